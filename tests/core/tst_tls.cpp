// TLS faults against a real HTTPS server (QSslServer) with certificates made at test time by
// openssl: untrusted issuer, self-signed, expired, for another host — each with its own message —
// and a private CA trusted through ClientOptions::extraCaCertificates (what --ca-file sets)
// without turning verification off. Whenever the handshake is refused, nothing reaches the
// server: no request, no token.
#include "DirectusClient.h"
#include "HttpsTestServer.h"
#include "SignInSession.h"
#include "TestValues.h"
#include "TokenStore.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTest>

Q_DECLARE_METATYPE(TestCertificates::Kind)
Q_DECLARE_METATYPE(Error::Kind)

namespace {
const QString Token = QStringLiteral("tls-token-9f8e7d6c5b4a");
}

class tst_Tls : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void handshake_data();
    void handshake();
    void caFileTrustsOnlyItsOwnCa();
    void tlsErrorIsPure_data();
    void tlsErrorIsPure();
    void sessionStoresNothingOnTlsFailure();

private:
    TestCertificates m_certs;
};

void tst_Tls::initTestCase()
{
    QVERIFY2(QSslSocket::supportsSsl(), "Qt has no TLS backend here (qt6-base's openssl plugin)");
    QVERIFY2(m_certs.make(), qPrintable(m_certs.error()));
}

void tst_Tls::handshake_data()
{
    QTest::addColumn<TestCertificates::Kind>("certificate");
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("trustTestCa"); // --ca-file with the test CA
    QTest::addColumn<QString>("message"); // empty: the request succeeds

    using K = TestCertificates::Kind;
    const QString untrusted
        = QStringLiteral("The server's certificate is not trusted (issued by %1), so the "
                         "connection to %2 was refused. If the server uses your organisation's own "
                         "certificate authority, start the app with --ca-file.");
    QTest::newRow("untrusted CA") << K::Good << QStringLiteral("localhost") << false
                                  << untrusted.arg(m_certs.caName(), QStringLiteral("localhost"));
    QTest::newRow("untrusted CA, by IP")
        << K::Good << QStringLiteral("127.0.0.1") << false
        << untrusted.arg(m_certs.caName(), QStringLiteral("127.0.0.1"));
    QTest::newRow("same CA trusted with --ca-file")
        << K::Good << QStringLiteral("localhost") << true << QString();
    QTest::newRow("--ca-file, by IP")
        << K::Good << QStringLiteral("127.0.0.1") << true << QString();
    QTest::newRow("self-signed") << K::SelfSigned << QStringLiteral("localhost") << false
                                 << untrusted.arg(
                                        QStringLiteral("localhost"), QStringLiteral("localhost"));
    QTest::newRow("self-signed, unrelated --ca-file")
        << K::SelfSigned << QStringLiteral("localhost") << true
        << untrusted.arg(QStringLiteral("localhost"), QStringLiteral("localhost"));
    const QString expired
        = QStringLiteral("The server's certificate expired on 2020-02-01, so the connection to "
                         "localhost was refused. Tell the server's administrator to renew it.");
    QTest::newRow("expired (CA trusted)")
        << K::Expired << QStringLiteral("localhost") << true << expired;
    QTest::newRow("expired and untrusted")
        << K::Expired << QStringLiteral("localhost") << false << expired;
    const QString other
        = QStringLiteral("The server's certificate is for other.example, not %1, so the connection "
                         "was refused: this may not be the server you meant. Check the address, or "
                         "tell the server's administrator.");
    QTest::newRow("other host") << K::OtherHost << QStringLiteral("localhost") << true
                                << other.arg(QStringLiteral("localhost"));
    QTest::newRow("other host, by IP") << K::OtherHost << QStringLiteral("127.0.0.1") << true
                                       << other.arg(QStringLiteral("127.0.0.1"));
    QTest::newRow("other host and untrusted") << K::OtherHost << QStringLiteral("localhost")
                                              << false << other.arg(QStringLiteral("localhost"));
}

void tst_Tls::handshake()
{
    QFETCH(TestCertificates::Kind, certificate);
    QFETCH(QString, host);
    QFETCH(bool, trustTestCa);
    QFETCH(QString, message);

    HttpsTestServer server(m_certs.identity(certificate));
    QVERIFY(server.isListening());
    QNetworkAccessManager nam;
    DirectusClient client(nam);
    ClientOptions options;
    options.server = server.url(host);
    options.timeoutMs = 5000;
    if (trustTestCa)
        options.extraCaCertificates = QSslCertificate::fromPath(m_certs.caFile(), QSsl::Pem);
    client.setOptions(options);

    ApiCall *call = client.currentUser(Token);
    QSignalSpy finished(call, &ApiCall::finished);
    QVERIFY(finished.wait(10000));
    if (message.isEmpty()) {
        QVERIFY2(!call->error(),
            qPrintable(call->error().message() + QStringLiteral(" / ") + call->error().detail()));
        QCOMPARE(call->answer().status, 200);
        QCOMPARE(server.requests().size(), 1);
        QVERIFY(server.requests().constFirst().contains("Bearer " + Token.toLatin1()));
        return;
    }
    QCOMPARE(call->error().kind(), Error::Kind::Tls);
    QCOMPARE(call->error().message(), message);
    QVERIFY(!call->error().detail().isEmpty());
    QVERIFY(!call->error().detail().contains(Token));
    // The handshake was refused: the request (and its Authorization header) never left.
    QCOMPARE(server.requests().size(), 0);
}

void tst_Tls::caFileTrustsOnlyItsOwnCa()
{
    // Trusting the test CA must not turn verification off: another CA's certificate (here a
    // self-signed one) and a wrong host name stay refused; the system's CAs stay trusted.
    TestCertificates other;
    QVERIFY2(other.make(), qPrintable(other.error()));
    HttpsTestServer server(other.identity(TestCertificates::Kind::Good));
    QNetworkAccessManager nam;
    DirectusClient client(nam);
    ClientOptions options;
    options.server = server.url();
    options.extraCaCertificates = QSslCertificate::fromPath(m_certs.caFile(), QSsl::Pem);
    client.setOptions(options);
    ApiCall *call = client.ping();
    QSignalSpy finished(call, &ApiCall::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(call->error().kind(), Error::Kind::Tls);
    QVERIFY2(call->error().message().contains(QStringLiteral("is not trusted")),
        qPrintable(call->error().message()));
    QCOMPARE(server.requests().size(), 0);
    const auto system = QSslConfiguration::defaultConfiguration().caCertificates();
    QVERIFY(!system.contains(m_certs.ca())); // nothing leaked into the process-wide default
}

void tst_Tls::tlsErrorIsPure_data()
{
    QTest::addColumn<int>("error");
    QTest::addColumn<QString>("says");
    QTest::newRow("revoked") << int(QSslError::CertificateRevoked)
                             << QStringLiteral(
                                    "The secure connection to cms.example.com was refused: ");
    QTest::newRow("none") << -1 << QStringLiteral("does not speak TLS as expected");
}

void tst_Tls::tlsErrorIsPure()
{
    QFETCH(int, error);
    QFETCH(QString, says);
    QList<QSslError> errors;
    if (error >= 0)
        errors.append(QSslError(QSslError::SslError(error),
            m_certs.identity(TestCertificates::Kind::Good).certificate));
    const Error e = DirectusClient::tlsError(
        errors, QStringLiteral("cms.example.com"), QStringLiteral("GET https://cms.example.com"));
    QCOMPARE(e.kind(), Error::Kind::Tls);
    QVERIFY2(e.message().contains(says), qPrintable(e.message()));
    QVERIFY(e.detail().startsWith(QStringLiteral("GET https://cms.example.com")));
}

void tst_Tls::sessionStoresNothingOnTlsFailure()
{
    // The verify flow behind an untrusted certificate: the code never leaves, nothing is stored,
    // the person can try again (e.g. after restarting with --ca-file).
    HttpsTestServer server(m_certs.identity(TestCertificates::Kind::Good));
    server.setReply(
        200, R"({"message":"session validated successfully.","token":"tls-token-9f8e7d6c5b4a"})");
    QNetworkAccessManager nam;
    DirectusClient client(nam);
    client.setOptions(TestValues::clientOptions(server.url()));
    MemoryTokenStore store;
    SystemClock clock;
    SignInSession session(client, store, clock);
    session.setTokenKey(TokenStore::key(QString(), server.url().toString()));
    QVERIFY(session.resumeSession(QStringLiteral("33333333-3333-4333-8333-333333333333")));
    QSignalSpy failed(&session, &SignInSession::failed);
    QVERIFY(session.submitCode(QStringLiteral("482913")));
    QVERIFY(failed.wait(10000));
    QCOMPARE(session.lastError().kind(), Error::Kind::Tls);
    QCOMPARE(session.state(), SignInSession::State::AwaitingCode);
    QCOMPARE(store.count(), 0);
    QVERIFY(session.bearer().isEmpty());
    QCOMPARE(server.requests().size(), 0);
    QVERIFY(!session.lastError().detail().contains(QStringLiteral("482913")));
}

QTEST_GUILESS_MAIN(tst_Tls)
#include "tst_tls.moc"
