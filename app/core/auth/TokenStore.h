#pragma once

#include "Error.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QString>
#include <functional>

// Where a token is kept. Every operation is asynchronous and ends exactly once, by calling `done`
// on the thread of `context` (never if `context` is destroyed first). No operation blocks the event
// loop; every keychain operation has a timeout.
//
// Keys: see TokenStore::key(). A token is stored under
//   service "directus-login", key "<profile>@<server URL>"
// (e.g. "default@https://cms.example.com"), so several servers and profiles can be signed in at
// once and other programs can read it. QtKeychain's Secret Service backend names the attributes
// "server" (= service) and "user" (= key), so on Linux:
//   secret-tool lookup server directus-login user default@https://cms.example.com
class TokenStore : public QObject
{
    Q_OBJECT
public:
    using ReadCallback = std::function<void(Result<QString> token)>; // NotSignedIn when absent
    using WriteCallback = std::function<void(Error error)>; // None on success

    explicit TokenStore(QObject *parent = nullptr)
        : QObject(parent)
    {
    }
    ~TokenStore() override = default;

    static QString serviceName() { return QStringLiteral("directus-login"); }
    // "<profile>@<server>", server normalised without a trailing slash: scheme and host lower-case,
    // default port dropped, no user info, query or fragment. An empty profile is "default". A
    // server that is not an absolute URL is only trimmed of spaces and trailing slashes.
    static QString key(const QString &profile, const QString &server);

    virtual void read(const QString &key, QObject *context, ReadCallback done) = 0;
    virtual void write(
        const QString &key, const QString &token, QObject *context, WriteCallback done)
        = 0;
    // Removing a key that does not exist is a success.
    virtual void remove(const QString &key, QObject *context, WriteCallback done) = 0;
    // Whether a token could be kept under `key` now, without writing one: None when it can
    // (the command line asks before it spends an SMS). By default: always.
    virtual void checkUsable(const QString &key, QObject *context, WriteCallback done);

    // Where tokens are kept, in words for the person ("the system keychain (Secret Service)",
    // "memory, for this session only").
    virtual QString description() const = 0;
    // True when tokens survive the end of the process.
    virtual bool isPersistent() const = 0;
    // What the person must be told each time a sign-in is kept here, or empty (the file store:
    // it is not the keychain).
    virtual QString caveat() const { return {}; }
};

// The operating system's keychain, through QtKeychain, insecure fallback off.
// A job that never answers (a keyring prompt nobody answers) ends with KeychainTimeout after
// timeout(); its late answer is ignored. Such a job cannot be deleted while it is pending (the
// backends keep a raw pointer to it), so it lives until it answers.
class KeychainTokenStore : public TokenStore
{
    Q_OBJECT
public:
    enum class Operation { Read, Write, Remove };

    explicit KeychainTokenStore(QObject *parent = nullptr);
    ~KeychainTokenStore() override;

    void setTimeout(int ms) { m_timeoutMs = ms; } // default 10 000
    int timeout() const { return m_timeoutMs; }

    void read(const QString &key, QObject *context, ReadCallback done) override;
    void write(
        const QString &key, const QString &token, QObject *context, WriteCallback done) override;
    void remove(const QString &key, QObject *context, WriteCallback done) override;
    // Reads `key`: an answer, found or not, means the keychain is there and open.
    void checkUsable(const QString &key, QObject *context, WriteCallback done) override;
    QString description() const override;
    bool isPersistent() const override { return true; }

    // The Error for a QtKeychain result (QKeychain::Error as int, the job's errorString()): None on
    // success and for a missing key on Remove, NotSignedIn for a missing key on Read, otherwise
    // KeychainLocked, KeychainDenied or KeychainUnavailable. Pure; the detail names the code.
    static Error mapError(int qkeychainError, const QString &errorString, Operation op);
    // The Error when a job has not answered within `ms` milliseconds.
    static Error timeoutError(Operation op, int ms);

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
    void write(
        const QString &key, const QString &token, QObject *context, WriteCallback done) override;
    void remove(const QString &key, QObject *context, WriteCallback done) override;
    QString description() const override;
    bool isPersistent() const override { return false; }

    // Overwrites and forgets every token (kiosk idle reset).
    void wipe();
    int count() const { return int(m_tokens.size()); }
    // What description() says (the demo: "demo: not saved"); empty: the default.
    void setDescription(const QString &text) { m_description = text; }

private:
    QHash<QString, QString> m_tokens;
    QString m_description;
};

// The explicit opt-in for machines without a keychain (`--insecure-storage`, as `gh auth login
// --insecure-storage`): tokens in a JSON file of the user's own, {"<key>": "<entry>"}, mode 0600,
// written atomically (the permissions are set before a byte is written). Removing the last key
// deletes the file. Not encrypted: anyone who can read the user's files can use the sign-in.
class FileTokenStore : public TokenStore
{
    Q_OBJECT
public:
    explicit FileTokenStore(const QString &path, QObject *parent = nullptr);
    ~FileTokenStore() override;

    QString path() const { return m_path; }
    bool exists() const;

    void read(const QString &key, QObject *context, ReadCallback done) override;
    void write(
        const QString &key, const QString &token, QObject *context, WriteCallback done) override;
    void remove(const QString &key, QObject *context, WriteCallback done) override;
    QString description() const override;
    bool isPersistent() const override { return true; }
    QString caveat() const override;

private:
    Result<QJsonObject> load() const;
    Error save(const QJsonObject &entries) const;

    QString m_path;
};
