#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QStringList>

class Error;
class QIODevice;

// Masks secrets in everything that is shown or logged: codes, tokens, Authorization values and
// SMS-provider credentials. Two mechanisms, both always on:
//  - by name: query items and JSON members called otp, code, token, password, secret,
//    authorization, auth_id, auth_token, access_token, refresh_token (any case, recursive), and
//    Authorization headers;
//  - by value: every secret the client handled in this run (registerSecret) is replaced wherever
//    it appears, so even a server that echoes a code back cannot leak it.
class Redactor
{
public:
    static QString mask(const QString &secret, bool keepTail);
    static bool isSecretName(const QString &name);

    void registerSecret(const QString &secret);
    // Forgets every registered secret (the kiosk, between two people: nothing of the last one
    // stays in memory longer than needed).
    void forgetSecrets();
    int secretCount() const { return int(m_secrets.size()); }
    void setMaskPhoneNumbers(bool on) { m_maskPhones = on; } // kiosk: nothing about the person

    QString url(const QString &url) const; // query values of secret names masked
    QString headerValue(const QByteArray &name, const QByteArray &value) const;
    QString body(const QByteArray &body, bool pretty) const; // JSON masked by name, then by value
    QString text(const QString &text) const; // by value only

private:
    QStringList m_secrets;
    bool m_maskPhones = false;
};

// Every request of this run, masked, for the network log view, --verbose and the report.
class NetworkLog : public QObject
{
    Q_OBJECT
public:
    struct Entry
    {
        int id = 0;
        QDateTime started;
        QString method;
        QString url; // masked
        int status = 0; // 0 while pending or when no answer came
        QString error; // transport error, untranslated technical detail
        qint64 durationMs = -1;
        qint64 bytes = 0;
        QList<QPair<QString, QString>> requestHeaders; // masked
        QString requestBody; // masked, pretty when JSON
        QList<QPair<QString, QString>> responseHeaders; // masked
        QString responseBody; // masked, pretty when JSON
        bool finished = false;
        // What the application made of this answer when it was an error (noteError): the
        // translated message and, for a misconfigured flow, which operation to fix.
        QString errorMessage;
        QString diagnosis;
    };

    explicit NetworkLog(QObject *parent = nullptr);
    ~NetworkLog() override;

    Redactor &redactor() { return m_redactor; }
    const Redactor &redactor() const { return m_redactor; }
    // Write each finished entry as text to this device (stderr for --verbose); not owned.
    void setEcho(QIODevice *device) { m_echo = device; }
    // Keep the unmasked request (method, URL, headers, body) of each entry in memory, for "Copy
    // as cURL with secrets" in the log view. Off by default (the command line and the kiosk never
    // need it); never written anywhere; dropped by clear() and when turned off.
    void setKeepRawRequests(bool keep);
    bool hasRawRequest(int id) const { return m_raw.contains(id); }

    int begin(const QByteArray &method, const QString &url,
        const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &body);
    void end(int id, int status, const QList<QPair<QByteArray, QByteArray>> &headers,
        const QByteArray &body, qint64 durationMs, const QString &error);

    const QList<Entry> &entries() const { return m_entries; }
    const Entry *entry(int id) const;
    int indexOf(int id) const; // -1 when not (or no longer) in the log
    void clear();

    // Attaches what the application made of a failed answer to its entry: the most recent
    // finished entry whose "METHOD URL" (without the query) starts error.detail(). Echoed with
    // --verbose. False when no entry matches.
    bool noteError(const Error &error);

    // A curl command line (a valid POSIX shell command) that repeats the request, masked.
    static QString curlCommand(const Entry &entry);
    // The same with the real values, from the raw request kept in memory; empty when it was not
    // kept (setKeepRawRequests) or the entry is gone.
    QString revealedCurlCommand(int id) const;
    static QString shellQuote(const QString &text);
    static QString format(const Entry &entry, bool withBodies);
    QString formatAll() const;

signals:
    void entryAdded(int index);
    void entryChanged(int index);
    void aboutToClear();
    void cleared();

private:
    struct RawRequest
    {
        QByteArray method;
        QString url;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
    };
    static QString buildCurl(const QString &method, const QString &url,
        const QList<QPair<QString, QString>> &headers, const QString &body);

    Redactor m_redactor;
    QList<Entry> m_entries;
    QHash<int, RawRequest> m_raw;
    QIODevice *m_echo = nullptr;
    int m_nextId = 1;
    bool m_keepRaw = false;
};
