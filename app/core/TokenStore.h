#pragma once

#include "Error.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <functional>

// Where a token is kept. Every operation is asynchronous and ends exactly once, by calling `done`
// on the thread of `context` (never if `context` is destroyed first). No operation blocks the event
// loop; every keychain operation has a timeout.
//
// Keys: see TokenStore::key(). A token is stored under
//   service "directus-login", account "<profile>@<server URL>"
// (e.g. "default@https://cms.example.com"), so several servers and profiles can be signed in at once
// and other programs can read it (secret-tool lookup service directus-login account …).
class TokenStore : public QObject
{
    Q_OBJECT
public:
    using ReadCallback = std::function<void(Result<QString> token)>; // NotSignedIn when absent
    using WriteCallback = std::function<void(Error error)>; // None on success

    explicit TokenStore(QObject *parent = nullptr) : QObject(parent) { }
    ~TokenStore() override = default;

    static QString serviceName() { return QStringLiteral("directus-login"); }
    // "<profile>@<server>", server normalised without a trailing slash.
    static QString key(const QString &profile, const QString &server);

    virtual void read(const QString &key, QObject *context, ReadCallback done) = 0;
    virtual void write(const QString &key, const QString &token, QObject *context,
                       WriteCallback done) = 0;
    // Removing a key that does not exist is a success.
    virtual void remove(const QString &key, QObject *context, WriteCallback done) = 0;

    // Where tokens are kept, in words for the person ("the system keychain (Secret Service)",
    // "memory, for this session only").
    virtual QString description() const = 0;
    // True when tokens survive the end of the process.
    virtual bool isPersistent() const = 0;
};

// The operating system's keychain, through QtKeychain, insecure fallback off.
class KeychainTokenStore : public TokenStore
{
    Q_OBJECT
public:
    explicit KeychainTokenStore(QObject *parent = nullptr);
    ~KeychainTokenStore() override;

    void setTimeout(int ms) { m_timeoutMs = ms; } // default 10 000
    int timeout() const { return m_timeoutMs; }

    void read(const QString &key, QObject *context, ReadCallback done) override;
    void write(const QString &key, const QString &token, QObject *context,
               WriteCallback done) override;
    void remove(const QString &key, QObject *context, WriteCallback done) override;
    QString description() const override;
    bool isPersistent() const override { return true; }

private:
    int m_timeoutMs = 10000;
};

// Tokens in this process's memory only (kiosk mode, "keep me signed in for this session only",
// tests). Answers asynchronously, like the keychain.
class MemoryTokenStore : public TokenStore
{
    Q_OBJECT
public:
    explicit MemoryTokenStore(QObject *parent = nullptr);
    ~MemoryTokenStore() override;

    void read(const QString &key, QObject *context, ReadCallback done) override;
    void write(const QString &key, const QString &token, QObject *context,
               WriteCallback done) override;
    void remove(const QString &key, QObject *context, WriteCallback done) override;
    QString description() const override;
    bool isPersistent() const override { return false; }

    // Overwrites and forgets every token (kiosk idle reset).
    void wipe();
    int count() const { return int(m_tokens.size()); }

private:
    QHash<QString, QString> m_tokens;
};
