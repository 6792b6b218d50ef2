#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

// Certificates made at test time with the `openssl` command line tool, in a temporary folder: a
// private test CA and server certificates it signed. Nothing is checked in, nothing expires by
// surprise.
//
//     TestCertificates certs;
//     QVERIFY2(certs.make(), qPrintable(certs.error()));
//     HttpsTestServer server(certs.identity(TestCertificates::Kind::Good));
//     ... client with --ca-file certs.caFile() ...
class TestCertificates
{
public:
    enum class Kind {
        Good, // for localhost and 127.0.0.1, valid for 30 days, signed by the test CA
        Expired, // for localhost and 127.0.0.1, valid 2020-01-01 .. 2020-02-01
        OtherHost, // for other.example only, valid, signed by the test CA
        SelfSigned, // for localhost and 127.0.0.1, valid, signed by itself (no CA)
    };
    struct Identity
    {
        QSslCertificate certificate;
        QSslKey key;
    };

    TestCertificates();
    // Makes the CA and every kind. False (see error()) when openssl is missing or fails.
    bool make();
    QString error() const { return m_error; }

    QString caFile() const; // PEM of the test CA
    QSslCertificate ca() const { return m_ca; }
    QString caName() const { return QStringLiteral("Directus Login Test CA"); }
    Identity identity(Kind kind) const;
    QString path(const QString &name) const { return m_dir.filePath(name); }

private:
    bool openssl(const QStringList &arguments);
    bool makeLeaf(Kind kind, const QString &name, const QString &subject, const QString &extension,
        const QStringList &validity, bool selfSigned = false);

    QTemporaryDir m_dir;
    QString m_error;
    QSslCertificate m_ca;
    QHash<int, Identity> m_identities;
};

// HTTPS on the loopback interface (any free port) with the given identity, built on QSslServer.
// Answers every request with one fixed reply (default 200 and a Directus user) and records each
// request head, so tests can assert on what reached it (e.g. no Authorization header).
class HttpsTestServer : public QObject
{
    Q_OBJECT
public:
    explicit HttpsTestServer(const TestCertificates::Identity &identity, QObject *parent = nullptr);
    ~HttpsTestServer() override;

    bool isListening() const { return m_server.isListening(); }
    quint16 port() const { return m_server.serverPort(); }
    // "https://<host>:<port>" (host "127.0.0.1" or "localhost").
    QUrl url(const QString &host = QStringLiteral("localhost")) const;

    void setReply(int status, const QByteArray &body);
    // The raw heads (request line and headers) received, in order.
    const QList<QByteArray> &requests() const { return m_requests; }
    // TLS handshakes that failed on the server side (the client refused the certificate).
    int failedHandshakes() const { return m_failedHandshakes; }

signals:
    void requestReceived();

private:
    QSslServer m_server;
    QList<QByteArray> m_requests;
    int m_status = 200;
    QByteArray m_body;
    int m_failedHandshakes = 0;
};
