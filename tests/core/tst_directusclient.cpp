#include "DirectusClient.h"
#include "FakeServer.h"
#include "FaultEnvironment.h"
#include "NetworkLog.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

Q_DECLARE_METATYPE(Error::Kind)

namespace {

const QString LoginFlow = QStringLiteral("login-flow");
const QString VerifyFlow = QStringLiteral("verify-flow");
const QString LoginPath = QStringLiteral("/flows/trigger/login-flow");
const QString VerifyPath = QStringLiteral("/flows/trigger/verify-flow");
const QString Uuid = QStringLiteral("6a0b9d2e-1c3f-4e5a-8b7c-9d0e1f2a3b4c");
const QString Token = QStringLiteral("k3J9xQmZr2VtY8wLpN4sHbF6cDa91a2b");

HttpResponse sessionReply()
{
    return HttpResponse::json(200, R"({"otp_session_uuid":")" + Uuid.toLatin1() + R"("})");
}

HttpResponse userReply()
{
    return HttpResponse::json(
        200, R"({"data":{"id":"u-1","first_name":"Ada","last_name":"Lovelace"}})");
}

// Answers every connection with a body of `size` bytes and no Content-Length (read until close),
// written in chunks: a streamed answer whose size nobody announced.
class StreamingServer : public QObject
{
public:
    explicit StreamingServer(qint64 size)
        : m_size(size)
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    m_request += socket->readAll();
                    if (!m_request.contains("\r\n\r\n") || socket->property("answered").toBool())
                        return;
                    socket->setProperty("answered", true);
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: "
                                  "application/json\r\nConnection: close\r\n\r\n");
                    const QByteArray chunk(64 * 1024, 'x');
                    for (qint64 sent = 0; sent < m_size; sent += chunk.size())
                        socket->write(chunk);
                    socket->disconnectFromHost();
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    QUrl url() const
    {
        QUrl url;
        url.setScheme(QStringLiteral("http"));
        url.setHost(QStringLiteral("127.0.0.1"));
        url.setPort(m_server.serverPort());
        return url;
    }

private:
    QTcpServer m_server;
    QByteArray m_request;
    qint64 m_size;
};

// A self-signed certificate for 127.0.0.1 (valid 2000–2100) and its key, for tests only.
const char TestCertificate[] = "-----BEGIN CERTIFICATE-----\n"
                               "MIIBXDCCAQKgAwIBAgIBATAKBggqhkjOPQQDAjAUMRIwEAYDVQQDDAkxMjcuMC4w\n"
                               "LjEwIBcNMDAwMTAxMDAwMDAwWhgPMjEwMDAxMDEwMDAwMDBaMBQxEjAQBgNVBAMM\n"
                               "CTEyNy4wLjAuMTBZMBMGByqGSM49AgEGCCqGSM49AwEHA0IABHBE9YZWNDANKB5l\n"
                               "s+Hf4ftbM59JQtpNXio8W3fPFyMN8XqgA0JbIjFN1CPP+c7t/OhRN7Agp91LInh6\n"
                               "1VqkM1mjQzBBMA8GA1UdEQQIMAaHBH8AAAEwDwYDVR0TAQH/BAUwAwEB/zAdBgNV\n"
                               "HQ4EFgQUdMNiX6s/ZYiWAANejMDSl80Te8wwCgYIKoZIzj0EAwIDSAAwRQIhANoG\n"
                               "TCjpnXK1vRMuCB2cfoCBZeiqmFOA+UUWFSVgbU1aAiAGrj4Oqgm3z+GlrLPe/H61\n"
                               "aM6+MbpBEkvfkqpp6Qwmow==\n"
                               "-----END CERTIFICATE-----\n";
const char TestKey[] = "-----BEGIN PRIVATE KEY-----\n"
                       "MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgQqJd7/264rRTHN50\n"
                       "KLlXVfewtzARoHtcFAVr65JC3KKhRANCAARwRPWGVjQwDSgeZbPh3+H7WzOfSULa\n"
                       "TV4qPFt3zxcjDfF6oANCWyIxTdQjz/nO7fzoUTewIKfdSyJ4etVapDNZ\n"
                       "-----END PRIVATE KEY-----\n";

QSslCertificate testCertificate()
{
    return QSslCertificate(QByteArray(TestCertificate), QSsl::Pem);
}

// HTTPS on 127.0.0.1 with the test certificate: answers every request with a user.
class TlsServer : public QObject
{
public:
    TlsServer()
    {
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificate(testCertificate());
        config.setPrivateKey(QSslKey(QByteArray(TestKey), QSsl::Ec));
        config.setPeerVerifyMode(QSslSocket::VerifyNone);
        m_server.setSslConfiguration(config);
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (auto *socket = qobject_cast<QSslSocket *>(m_server.nextPendingConnection())) {
                connect(socket, &QSslSocket::readyRead, socket, [this, socket] {
                    const QByteArray data = socket->readAll();
                    if (!data.contains("\r\n\r\n"))
                        return;
                    ++m_requests;
                    const QByteArray body = R"({"data":{"id":"u-1"}})";
                    socket->write(
                        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                        + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
                    socket->disconnectFromHost();
                });
                connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    bool isListening() const { return m_server.isListening(); }
    QUrl url() const
    {
        QUrl url;
        url.setScheme(QStringLiteral("https"));
        url.setHost(QStringLiteral("127.0.0.1"));
        url.setPort(m_server.serverPort());
        return url;
    }
    int requests() const { return m_requests; }

private:
    QSslServer m_server;
    int m_requests = 0;
};

} // namespace

class tst_DirectusClient : public QObject
{
    Q_OBJECT

private:
    ClientOptions options(const QUrl &server) const;
    // Waits for `call` to finish; false after `ms` without.
    static bool finished(ApiCall *call, int ms = 5000);

private slots:
    void encodeQuery_data();
    void encodeQuery();
    void userAgent();
    void requestCodeEncodesPlus();
    void verifyCarriesSessionAndCode();
    void postModeSendsJson();
    void currentUserSendsBearer();
    void subPathServer();
    void triggerUrlNamesItsServer();
    void apiCall();
    void serverErrorsReachFlowReply_data();
    void serverErrorsReachFlowReply();
    void hangTimesOut();
    void connectionRefused();
    void dropMidBody();
    void tooLargeDeclared_data();
    void tooLargeDeclared();
    void tooLargeStreamed();
    void insecureUrlRefusedWithoutTraffic_data();
    void insecureUrlRefusedWithoutTraffic();
    void insecureAllowedExplicitly();
    void tlsUntrustedFails();
    void tlsTrustedWithExtraCa();
    void redirectToOtherOriginNotFollowed_data();
    void redirectToOtherOriginNotFollowed();
    void redirectSameOriginFollowed();
    void redirectLoopEnds();
    void abortIsQuiet();
    void deleteMidFlight();
    void networkLogIsMasked();
};

ClientOptions tst_DirectusClient::options(const QUrl &server) const
{
    ClientOptions o;
    o.server = server;
    o.loginFlow = FlowRef::parse(LoginFlow).value();
    o.verifyFlow = FlowRef::parse(VerifyFlow).value();
    o.timeoutMs = 5000;
    return o;
}

bool tst_DirectusClient::finished(ApiCall *call, int ms)
{
    if (call->isFinished())
        return true;
    QSignalSpy spy(call, &ApiCall::finished);
    return spy.wait(ms);
}

void tst_DirectusClient::encodeQuery_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");

    QTest::newRow("plus") << QStringLiteral("phone_number") << QStringLiteral("+447123456789")
                          << QStringLiteral("phone_number=%2B447123456789");
    QTest::newRow("space") << QStringLiteral("q") << QStringLiteral("a b")
                           << QStringLiteral("q=a%20b");
    QTest::newRow("reserved") << QStringLiteral("q") << QStringLiteral("a&b=c#d/e?f")
                              << QStringLiteral("q=a%26b%3Dc%23d%2Fe%3Ff");
    QTest::newRow("unicode") << QStringLiteral("q") << QStringLiteral("é")
                             << QStringLiteral("q=%C3%A9");
    QTest::newRow("unreserved kept") << QStringLiteral("a-b_c.d~") << QStringLiteral("AZaz09-_.~")
                                     << QStringLiteral("a-b_c.d~=AZaz09-_.~");
}

void tst_DirectusClient::encodeQuery()
{
    QFETCH(QString, name);
    QFETCH(QString, value);
    QFETCH(QString, expected);
    QCOMPARE(DirectusClient::encodeQuery({ { name, value } }), expected);
    QCOMPARE(DirectusClient::encodeQuery(
                 { { name, value }, { QStringLiteral("x"), QStringLiteral("1") } }),
        expected + QStringLiteral("&x=1"));
}

void tst_DirectusClient::userAgent()
{
    const QByteArray agent = DirectusClient::userAgent();
    QVERIFY2(agent.startsWith("directus-login/" DL_VERSION " (Qt "), agent.constData());
}

void tst_DirectusClient::requestCodeEncodesPlus()
{
    FakeServer server;
    server.on("GET", LoginPath, sessionReply());
    QNetworkAccessManager nam;
    DirectusClient client(nam);
    client.setOptions(options(server.url()));

    ApiCall *call = client.requestCode(QStringLiteral("+447123456789"), QStringLiteral("44"));
    QCOMPARE(call->call(), FlowReply::Call::Login);
    QVERIFY(finished(call));
    QVERIFY2(!call->error(), qPrintable(call->error().detail()));
    QCOMPARE(call->answer().status, 200);

    QCOMPARE(server.requests().size(), 1);
    const HttpRequest &request = server.lastRequest();
    QCOMPARE(request.method, QByteArray("GET"));
    QCOMPARE(request.path, LoginPath);
    // The point of the issue: '+' travels as %2B, so Directus does not read a space.
    QVERIFY2(
        request.rawQuery.contains("phone_number=%2B447123456789"), request.rawQuery.constData());
    QVERIFY(!request.rawQuery.contains('+'));
    QCOMPARE(request.queryValue(QStringLiteral("phone_number")), QStringLiteral("+447123456789"));
    QCOMPARE(request.queryValue(QStringLiteral("country_code")), QStringLiteral("44"));
    QCOMPARE(request.header("accept"), QByteArray("application/json"));
    QCOMPARE(request.header("user-agent"), DirectusClient::userAgent());
    QVERIFY(request.header("authorization").isEmpty());

    const auto session = FlowReply::parseLogin(call->answer());
    QVERIFY(session.ok());
    QCOMPARE(session.value(), Uuid);
    QVERIFY(call->answer().where.startsWith(QStringLiteral("GET http://127.0.0.1:")));
    QVERIFY(!call->answer().where.contains(QLatin1Char('?'))); // never the query
    QVERIFY(call->elapsedMs() >= 0);
}

void tst_DirectusClient::verifyCarriesSessionAndCode()
{
    FakeServer server;
    server.on("GET", VerifyPath,
        HttpResponse::json(200,
            R"({"message":"session validated successfully.","token":")" + Token.toLatin1()
                + R"("})"));
    QNetworkAccessManager nam;
    DirectusClient client(nam);
    client.setOptions(options(server.url()));

    ApiCall *call = client.verifyCode(Uuid, QStringLiteral("048213"));
    QVERIFY(finished(call));
    QVERIFY(!call->error());
    const HttpRequest &request = server.lastRequest();
    QCOMPARE(request.path, VerifyPath);
    QCOMPARE(request.queryValue(QStringLiteral("session_uuid")), Uuid);
    QCOMPARE(
        request.queryValue(QStringLiteral("otp")), QStringLiteral("048213")); // leading zero kept
    const auto token = FlowReply::parseVerify(call->answer());
    QVERIFY(token.ok());
    QCOMPARE(token.value(), Token);
}

void tst_DirectusClient::postModeSendsJson()
{
    FakeServer server;
    server.on("POST", LoginPath, sessionReply());
    server.on(
        "POST", VerifyPath, HttpResponse::json(200, R"({"token":")" + Token.toLatin1() + R"("})"));
    QNetworkAccessManager nam;
    DirectusClient client(nam);
    ClientOptions o = options(server.url());
    o.usePost = true;
    client.setOptions(o);

    ApiCall *login = client.requestCode(QStringLiteral("+447123456789"), QStringLiteral("44"));
    QVERIFY(finished(login));
    QVERIFY(!login->error());
    QCOMPARE(login->answer().status, 200);
    HttpRequest request = server.lastRequest();
    QCOMPARE(request.method, QByteArray("POST"));
    QVERIFY(request.rawQuery.isEmpty());
    QVERIFY(request.header("content-type").startsWith("application/json"));
    QCOMPARE(request.header("accept"), QByteArray("application/json"));
    QJsonObject body = QJsonDocument::fromJson(request.body).object();
    QCOMPARE(body.value(QLatin1String("phone_number")).toString(), QStringLiteral("+447123456789"));
    QCOMPARE(body.value(QLatin1String("country_code")).toString(), QStringLiteral("44"));

    ApiCall *verify = client.verifyCode(Uuid, QStringLiteral("482913"));
    QVERIFY(finished(verify));
    QVERIFY(!verify->error());
    request = server.lastRequest();
    QCOMPARE(request.method, QByteArray("POST"));
    body = QJsonDocument::fromJson(request.body).object();
    QCOMPARE(body.value(QLatin1String("session_uuid")).toString(), Uuid);
    QCOMPARE(body.value(QLatin1String("otp")).toString(), QStringLiteral("482913"));
}

void tst_DirectusClient::currentUserSendsBearer()
{
    FakeServer server;
    server.on("GET", QStringLiteral("/users/me"), userReply());
    QNetworkAccessManager nam;
    DirectusClient client(nam);
    client.setOptions(options(server.url()));

    ApiCall *call = client.currentUser(Token);
    QCOMPARE(call->call(), FlowReply::Call::CurrentUser);
    QVERIFY(finished(call));
    QVERIFY(!call->error());
    QCOMPARE(server.lastRequest().header("authorization"), "Bearer " + Token.toLatin1());
    QCOMPARE(server.lastRequest().header("accept"), QByteArray("application/json"));
    const auto user = FlowReply::parseCurrentUser(call->answer());
    QVERIFY(user.ok());
    QCOMPARE(user.value().displayName(), QStringLiteral("Ada Lovelace"));
}

void tst_DirectusClient::subPathServer()
{
    FakeServer server;
    server.on("GET", QStringLiteral("/cms/users/me"), userReply());
    server.on("GET", QStringLiteral("/cms/flows/trigger/login-flow"), sessionReply());
    QNetworkAccessManager nam;
    DirectusClient client(nam);
    QUrl base = server.url();
    base.setPath(QStringLiteral("/cms"));
    client.setOptions(options(base));

    ApiCall *me = client.currentUser(Token);
    QVERIFY(finished(me));
    QCOMPARE(me->answer().status, 200);
    ApiCall *login = client.requestCode(QStringLiteral("+447123456789"), QStringLiteral("44"));
    QVERIFY(finished(login));
    QCOMPARE(login->answer().status, 200);
    QCOMPARE(server.count("GET", QStringLiteral("/cms/flows/trigger/login-flow")), 1);
}

void tst_DirectusClient::triggerUrlNamesItsServer()
{
    FakeServer server;
    server.on("GET", LoginPath, sessionReply());
    server.on("GET", QStringLiteral("/users/me"), userReply());
    QNetworkAccessManager nam;
    DirectusClient client(nam);
    ClientOptions o;
    o.loginFlow = FlowRef::parse(server.url().toString() + LoginPath).value();
    o.verifyFlow = FlowRef::parse(VerifyFlow).value();
    client.setOptions(o);
    QCOMPARE(client.server(), server.url());

    ApiCall *login = client.requestCode(QStringLiteral("+447123456789"), QStringLiteral("44"));
    QVERIFY(finished(login));
    QCOMPARE(login->answer().status, 200);
    ApiCall *me = client.currentUser(Token);
    QVERIFY(finished(me));
    QCOMPARE(me->answer().status, 200);
}

void tst_DirectusClient::apiCall()
{
    FakeServer server;
    server.on(
        "PATCH", QStringLiteral("/items/notes/1"), HttpResponse::json(200, R"({"data":{"id":1}})"));
    QNetworkAccessManager nam;
    DirectusClient client(nam);
    client.setOptions(options(server.url()));

    ApiCall *call = client.api(
        "patch", QStringLiteral("items/notes/1?fields=id,title"), Token, R"({"title":"x"})");
    QVERIFY(finished(call));
    QVERIFY(!call->error());
    QCOMPARE(call->answer().status, 200);
    const HttpRequest &request = server.lastRequest();
    QCOMPARE(request.method, QByteArray("PATCH"));
    QCOMPARE(request.queryValue(QStringLiteral("fields")), QStringLiteral("id,title"));
    QCOMPARE(request.body, QByteArray(R"({"title":"x"})"));
    QCOMPARE(request.header("authorization"), "Bearer " + Token.toLatin1());
}

void tst_DirectusClient::serverErrorsReachFlowReply_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<HttpResponse>("response");
    QTest::addColumn<int>("status");
    QTest::addColumn<Error::Kind>("kind");

    QTest::newRow("login 500") << LoginPath
                               << HttpResponse::directusError(500,
                                      QStringLiteral("INTERNAL_SERVER_ERROR"),
                                      QStringLiteral("Oops."))
                               << 500 << Error::Kind::Server;
    QTest::newRow("login 503") << LoginPath
                               << HttpResponse::directusError(503,
                                      QStringLiteral("SERVICE_UNAVAILABLE"),
                                      QStringLiteral("Down."))
                               << 503 << Error::Kind::ServiceUnavailable;
    QTest::newRow("login 401") << LoginPath
                               << HttpResponse::directusError(401,
                                      QStringLiteral("INVALID_CREDENTIALS"), QStringLiteral("No."))
                               << 401 << Error::Kind::UnknownUser;
    QTest::newRow("login 403") << LoginPath
                               << HttpResponse::directusError(
                                      403, QStringLiteral("FORBIDDEN"), QStringLiteral("No."))
                               << 403 << Error::Kind::FlowMisconfigured;
    QTest::newRow("login 404") << LoginPath
                               << HttpResponse::directusError(
                                      404, QStringLiteral("ROUTE_NOT_FOUND"), QStringLiteral("No."))
                               << 404 << Error::Kind::FlowMisconfigured;
    HttpResponse limited = HttpResponse::directusError(
        429, QStringLiteral("REQUESTS_EXCEEDED"), QStringLiteral("Slow down."));
    limited.headers.append(qMakePair(QByteArrayLiteral("Retry-After"), QByteArrayLiteral("30")));
    QTest::newRow("login 429") << LoginPath << limited << 429 << Error::Kind::RateLimited;
    QTest::newRow("login malformed")
        << LoginPath << HttpResponse::json(200, "{\"otp_session_uuid\":") << 200
        << Error::Kind::FlowMisconfigured;
    QTest::newRow("login 204") << LoginPath << HttpResponse::json(204, {}) << 204
                               << Error::Kind::FlowMisconfigured;
    HttpResponse html
        = HttpResponse::json(200, "<html><head><title>Hotel Wi-Fi</title></head></html>");
    html.contentType = "text/html";
    QTest::newRow("login HTML") << LoginPath << html << 200 << Error::Kind::Server;
}

void tst_DirectusClient::serverErrorsReachFlowReply()
{
    QFETCH(QString, path);
    QFETCH(HttpResponse, response);
    QFETCH(int, status);
    QFETCH(Error::Kind, kind);

    FakeServer server;
    server.on("GET", path, response);
    QNetworkAccessManager nam;
    DirectusClient client(nam);
    client.setOptions(options(server.url()));

    ApiCall *call = client.requestCode(QStringLiteral("+447123456789"), QStringLiteral("44"));
    QVERIFY(finished(call));
    // The transport worked: the server's answer is FlowReply's to read.
    QVERIFY2(!call->error(), qPrintable(call->error().detail()));
    QCOMPARE(call->answer().status, status);
    QCOMPARE(call->answer().body, response.body);
    const auto session = FlowReply::parseLogin(call->answer());
    QVERIFY(!session.ok());
    QCOMPARE(session.error().kindName(), Error::kindName(kind));
    if (kind == Error::Kind::RateLimited)
        QCOMPARE(session.error().retryAfterSeconds(), 30);
}

void tst_DirectusClient::hangTimesOut()
{
    FakeServer server;
    HttpResponse hang;
    hang.hang = true;
    server.on("GET", LoginPath, hang);
    QNetworkAccessManager nam;
    DirectusClient client(nam);
    ClientOptions o = options(server.url());
    o.timeoutMs = 300;
    client.setOptions(o);

    ApiCall *call = client.requestCode(QStringLiteral("+447123456789"), QStringLiteral("44"));
    QVERIFY(finished(call, 5000));
    QCOMPARE(call->error().kindName(), Error::kindName(Error::Kind::Timeout));
    QVERIFY(call->error().message().contains(QStringLiteral("127.0.0.1")));
    QVERIFY(call->elapsedMs() >= 250);
    QVERIFY2(call->elapsedMs() < 3000, qPrintable(QString::number(call->elapsedMs())));
    QCOMPARE(call->answer().status, 0);
    QTRY_COMPARE(server.http().openConnectionCount(), 0); // the request was really abandoned
}

void tst_DirectusClient::connectionRefused()
{
    QNetworkAccessManager nam;
    DirectusClient client(nam);
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(closedLoopbackPort());
    client.setOptions(options(url));

    ApiCall *call = client.requestCode(QStringLiteral("+447123456789"), QStringLiteral("44"));
    QVERIFY(finished(call));
    QCOMPARE(call->error().kindName(), Error::kindName(Error::Kind::Network));
    QVERIFY2(call->error().message().contains(QStringLiteral("127.0.0.1")),
        qPrintable(call->error().message()));
    QVERIFY(call->error().detail().contains(QString::number(url.port())));
    QVERIFY(!call->error().detail().contains(QStringLiteral("phone_number")));
}

void tst_DirectusClient::dropMidBody()
{
    FakeServer server;
    HttpResponse drop = sessionReply();
    drop.dropMidBody = true;
    server.on("GET", LoginPath, drop);
    QNetworkAccessManager nam;
    DirectusClient client(nam);
    client.setOptions(options(server.url()));

    ApiCall *call = client.requestCode(QStringLiteral("+447123456789"), QStringLiteral("44"));
    QVERIFY(finished(call));
    QCOMPARE(call->error().kindName(), Error::kindName(Error::Kind::Network));
    QVERIFY(call->answer().body.isEmpty()); // no half body to be mistaken for an answer
}

void tst_DirectusClient::tooLargeDeclared_data()
{
    QTest::addColumn<HttpResponse>("response");

    QTest::newRow("real body over the cap")
        << HttpResponse::json(200, QByteArray(4096, ' ') + "{}");
    HttpResponse lying = HttpResponse::json(200, "{}");
    lying.declaredLength = 10 * 1024 * 1024;
    QTest::newRow("declared 10 MB") << lying;
}

void tst_DirectusClient::tooLargeDeclared()
{
    QFETCH(HttpResponse, response);

    FakeServer server;
    server.on("GET", QStringLiteral("/users/me"), response);
    QNetworkAccessManager nam;
    DirectusClient client(nam);
    ClientOptions o = options(server.url());
    o.maxResponseBytes = 1024;
    client.setOptions(o);

    ApiCall *call = client.currentUser(Token);
    QVERIFY(finished(call));
    QCOMPARE(call->error().kindName(), Error::kindName(Error::Kind::ResponseTooLarge));
    QVERIFY(call->answer().body.isEmpty());
    QVERIFY(!call->error().message().isEmpty());
}

void tst_DirectusClient::tooLargeStreamed()
{
    StreamingServer server(8 * 1024 * 1024);
    QNetworkAccessManager nam;
    DirectusClient client(nam);
    ClientOptions o = options(server.url());
    o.maxResponseBytes = 256 * 1024;
    client.setOptions(o);

    ApiCall *call = client.currentUser(Token);
    QVERIFY(finished(call, 10000));
    QCOMPARE(call->error().kindName(), Error::kindName(Error::Kind::ResponseTooLarge));
    QVERIFY(call->answer().body.isEmpty());
}

void tst_DirectusClient::insecureUrlRefusedWithoutTraffic_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("loginFlow");

    QTest::newRow("http server") << QStringLiteral("http://cms.example.com") << LoginFlow;
    QTest::newRow("http LAN address") << QStringLiteral("http://192.168.1.20:8055") << LoginFlow;
    QTest::newRow("http trigger URL")
        << QString() << QStringLiteral("http://cms.example.com/flows/trigger/x");
}

void tst_DirectusClient::insecureUrlRefusedWithoutTraffic()
{
    QFETCH(QString, server);
    QFETCH(QString, loginFlow);

    QNetworkAccessManager nam;
    DirectusClient client(nam);
    NetworkLog log;
    client.setNetworkLog(&log);
    ClientOptions o = options(QUrl(server));
    o.loginFlow = FlowRef::parse(loginFlow).value();
    client.setOptions(o);

    ApiCall *call = client.requestCode(QStringLiteral("+447123456789"), QStringLiteral("44"));
    QSignalSpy spy(call, &ApiCall::finished);
    QVERIFY(!call->isFinished()); // asynchronous like every other answer
    QVERIFY(spy.wait(2000));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(call->error().kindName(), Error::kindName(Error::Kind::InsecureUrl));
    QVERIFY(call->error().message().contains(QStringLiteral("https://")));
    QVERIFY(log.entries().isEmpty()); // nothing was sent

    ApiCall *me = client.currentUser(Token);
    QVERIFY(finished(me));
    QCOMPARE(me->error().kind(), Error::Kind::InsecureUrl);
    QVERIFY(log.entries().isEmpty());
}

void tst_DirectusClient::insecureAllowedExplicitly()
{
    // With AllowInsecureHttp the request is attempted (TEST-NET-1: nothing answers there).
    QNetworkAccessManager nam;
    DirectusClient client(nam);
    ClientOptions o = options(QUrl(QStringLiteral("http://192.0.2.1:8055")));
    o.allowInsecureHttp = true;
    o.timeoutMs = 300;
    client.setOptions(o);
    ApiCall *call = client.ping();
    QVERIFY(finished(call));
    QVERIFY2(call->error().kind() == Error::Kind::Timeout
            || call->error().kind() == Error::Kind::Network,
        qPrintable(call->error().kindName()));
}

void tst_DirectusClient::tlsUntrustedFails()
{
    if (!QSslSocket::supportsSsl())
        QFAIL("Qt has no TLS backend here");
    TlsServer server;
    QVERIFY(server.isListening());
    QNetworkAccessManager nam;
    DirectusClient client(nam);
    client.setOptions(options(server.url()));

    ApiCall *call = client.currentUser(Token);
    QVERIFY(finished(call));
    QCOMPARE(call->error().kindName(), Error::kindName(Error::Kind::Tls));
    QVERIFY2(call->error().message().contains(QStringLiteral("--ca-file")),
        qPrintable(call->error().message()));
    QCOMPARE(server.requests(), 0); // the token never left: the handshake failed first
}

void tst_DirectusClient::tlsTrustedWithExtraCa()
{
    if (!QSslSocket::supportsSsl())
        QFAIL("Qt has no TLS backend here");
    TlsServer server;
    QNetworkAccessManager nam;
    DirectusClient client(nam);
    ClientOptions o = options(server.url());
    o.extraCaCertificates = { testCertificate() };
    client.setOptions(o);

    ApiCall *call = client.currentUser(Token);
    QVERIFY(finished(call));
    QVERIFY2(!call->error(), qPrintable(call->error().detail()));
    QCOMPARE(call->answer().status, 200);
    QCOMPARE(server.requests(), 1);
}

void tst_DirectusClient::redirectToOtherOriginNotFollowed_data()
{
    QTest::addColumn<bool>("trigger"); // the login flow, else /users/me with a token
    QTest::addColumn<int>("status");

    QTest::newRow("users/me 302") << false << 302;
    QTest::newRow("users/me 307") << false << 307;
    QTest::newRow("login 301") << true << 301;
}

void tst_DirectusClient::redirectToOtherOriginNotFollowed()
{
    QFETCH(bool, trigger);
    QFETCH(int, status);

    FakeServer other; // another port is another origin
    other.setFallback([](const HttpRequest &) { return userReply(); });
    FakeServer server;
    server.setFallback([&other, status](const HttpRequest &request) {
        HttpResponse redirect = HttpResponse::json(status, {});
        redirect.headers.append(
            qMakePair(QByteArrayLiteral("Location"), other.url().toEncoded() + request.target));
        return redirect;
    });
    QNetworkAccessManager nam;
    DirectusClient client(nam);
    client.setOptions(options(server.url()));

    ApiCall *call = trigger
        ? client.requestCode(QStringLiteral("+447123456789"), QStringLiteral("44"))
        : client.currentUser(Token);
    QVERIFY(finished(call));
    QCOMPARE(server.requests().size(), 1);
    QCOMPARE(call->error().kindName(), Error::kindName(Error::Kind::Network));
    QVERIFY2(call->error().message().contains(QStringLiteral("another site")),
        qPrintable(call->error().message()));
    // The other origin never saw the request, let alone the token.
    QCOMPARE(other.requests().size(), 0);
    for (const HttpRequest &request : other.requests())
        QVERIFY(request.header("authorization").isEmpty());
    QVERIFY(!call->error().detail().contains(QStringLiteral("phone_number")));
}

void tst_DirectusClient::redirectSameOriginFollowed()
{
    FakeServer server;
    HttpResponse redirect = HttpResponse::json(302, {});
    redirect.headers.append(
        qMakePair(QByteArrayLiteral("Location"), QByteArrayLiteral("/v2/users/me")));
    server.on("GET", QStringLiteral("/users/me"), redirect);
    server.on("GET", QStringLiteral("/v2/users/me"), userReply());
    QNetworkAccessManager nam;
    DirectusClient client(nam);
    client.setOptions(options(server.url()));

    ApiCall *call = client.currentUser(Token);
    QVERIFY(finished(call));
    QVERIFY2(!call->error(), qPrintable(call->error().detail()));
    QCOMPARE(call->answer().status, 200);
    QCOMPARE(server.count("GET", QStringLiteral("/v2/users/me")), 1);
    QCOMPARE(server.requestsTo(QStringLiteral("/v2/users/me")).at(0).header("authorization"),
        "Bearer " + Token.toLatin1());
    QVERIFY(FlowReply::parseCurrentUser(call->answer()).ok());
}

void tst_DirectusClient::redirectLoopEnds()
{
    FakeServer server;
    HttpResponse toB = HttpResponse::json(302, {});
    toB.headers.append(qMakePair(QByteArrayLiteral("Location"), QByteArrayLiteral("/b")));
    HttpResponse toMe = HttpResponse::json(302, {});
    toMe.headers.append(qMakePair(QByteArrayLiteral("Location"), QByteArrayLiteral("/users/me")));
    server.on("GET", QStringLiteral("/users/me"), toB);
    server.on("GET", QStringLiteral("/b"), toMe);
    QNetworkAccessManager nam;
    DirectusClient client(nam);
    client.setOptions(options(server.url()));

    // A same-origin loop ends (Qt 6.4 may end it with "HTTP 100" rather than an error) and is never
    // taken for an answer.
    ApiCall *call = client.currentUser(Token);
    QVERIFY(finished(call));
    const Result<UserInfo> user = call->error() ? Result<UserInfo>(call->error())
                                                : FlowReply::parseCurrentUser(call->answer());
    QVERIFY(!user.ok());
    QVERIFY(!user.error().message().isEmpty());
    QVERIFY(server.requests().size() < 20);
}

void tst_DirectusClient::abortIsQuiet()
{
    FakeServer server;
    HttpResponse hang;
    hang.hang = true;
    server.on("GET", LoginPath, hang);
    server.on("GET", QStringLiteral("/server/ping"), HttpResponse::json(200, "pong"));
    QNetworkAccessManager nam;
    DirectusClient client(nam);
    NetworkLog log;
    client.setNetworkLog(&log);
    client.setOptions(options(server.url()));

    ApiCall *call = client.requestCode(QStringLiteral("+447123456789"), QStringLiteral("44"));
    QSignalSpy spy(call, &ApiCall::finished);
    QTRY_COMPARE(server.requests().size(), 1);
    call->abort();
    QVERIFY(call->isFinished());
    // Another request goes through the event loop from start to end meanwhile.
    ApiCall *ping = client.ping();
    QVERIFY(finished(ping));
    QCOMPARE(spy.count(), 0);
    QTRY_COMPARE(server.http().openConnectionCount(), 0);
    QVERIFY(log.entries().at(0).finished);
    QCOMPARE(log.entries().at(0).error, QStringLiteral("cancelled"));

    // abort() on an already refused (insecure) call is quiet as well.
    ClientOptions o = options(QUrl(QStringLiteral("http://cms.example.com")));
    client.setOptions(o);
    ApiCall *refused = client.ping();
    QSignalSpy refusedSpy(refused, &ApiCall::finished);
    refused->abort();
    client.setOptions(options(server.url()));
    ApiCall *ping2 = client.ping();
    QVERIFY(finished(ping2));
    QCOMPARE(refusedSpy.count(), 0);
}

void tst_DirectusClient::deleteMidFlight()
{
    FakeServer server;
    HttpResponse slow = sessionReply();
    slow.delayMs = 200;
    server.on("GET", LoginPath, slow);
    HttpResponse hang;
    hang.hang = true;
    server.on("GET", QStringLiteral("/users/me"), hang);
    server.on("GET", QStringLiteral("/server/ping"), HttpResponse::json(200, "pong"));
    QNetworkAccessManager nam;
    DirectusClient client(nam);
    NetworkLog log;
    client.setNetworkLog(&log);
    client.setOptions(options(server.url()));

    QPointer<ApiCall> delayed
        = client.requestCode(QStringLiteral("+447123456789"), QStringLiteral("44"));
    QPointer<ApiCall> hung = client.currentUser(Token);
    QTRY_COMPARE(server.requests().size(), 2);
    delete delayed;
    delete hung;
    QVERIFY(!delayed && !hung);
    // The delayed answer arrives after its call is gone; the client keeps working.
    QTRY_COMPARE(server.http().openConnectionCount(), 0);
    ApiCall *ping = client.ping();
    QVERIFY(finished(ping));
    QCOMPARE(ping->answer().status, 200);

    // Deleting the call from its own finished() handler is fine too (deleteLater).
    ApiCall *again = client.ping();
    bool done = false;
    connect(again, &ApiCall::finished, this, [again, &done] {
        done = true;
        again->deleteLater();
    });
    QTRY_VERIFY(done);
}

void tst_DirectusClient::networkLogIsMasked()
{
    FakeServer server;
    server.on("GET", VerifyPath,
        HttpResponse::json(200,
            R"({"message":"session validated successfully.","token":")" + Token.toLatin1()
                + R"("})"));
    server.on("GET", QStringLiteral("/users/me"), userReply());
    QNetworkAccessManager nam;
    DirectusClient client(nam);
    NetworkLog log;
    client.setNetworkLog(&log);
    client.setOptions(options(server.url()));

    ApiCall *verify = client.verifyCode(Uuid, QStringLiteral("482913"));
    QVERIFY(finished(verify));
    ApiCall *me = client.currentUser(Token);
    QVERIFY(finished(me));

    QCOMPARE(log.entries().size(), 2);
    const NetworkLog::Entry &first = log.entries().at(0);
    QVERIFY(first.finished);
    QCOMPARE(first.status, 200);
    QVERIFY2(first.url.contains(QStringLiteral("otp=••••••")), qPrintable(first.url));
    QVERIFY(first.url.contains(Uuid)); // the session id is not a secret
    const NetworkLog::Entry &second = log.entries().at(1);
    bool sawAuthorization = false;
    for (const auto &header : second.requestHeaders) {
        if (header.first.compare(QLatin1String("Authorization"), Qt::CaseInsensitive) == 0) {
            QCOMPARE(header.second, QStringLiteral("Bearer ••••1a2b"));
            sawAuthorization = true;
        }
    }
    QVERIFY(sawAuthorization);

    const QString all
        = log.formatAll() + NetworkLog::curlCommand(first) + NetworkLog::curlCommand(second);
    QVERIFY(!all.contains(QStringLiteral("482913")));
    for (qsizetype i = 0; i + 6 <= Token.size(); ++i)
        QVERIFY2(!all.contains(Token.mid(i, 6)), qPrintable(Token.mid(i, 6)));
}

QTEST_GUILESS_MAIN(tst_DirectusClient)
#include "tst_directusclient.moc"
