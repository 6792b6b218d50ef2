// The fault matrix for a sign-in (SignInSession + DirectusClient + a token store) against real
// sockets on this machine: every case ends with a specific message, a session that can be used
// again, and nothing stored — no token in the store, none held by the session.
#include "DirectusClient.h"
#include "FakeServer.h"
#include "FaultEnvironment.h"
#include "SignInSession.h"
#include "TestValues.h"
#include "TokenStore.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

Q_DECLARE_METATYPE(Error::Kind)

namespace {
using TestValues::LoginFlow;
using TestValues::VerifyFlow;
const QString SessionUuid = QStringLiteral("33333333-3333-4333-8333-333333333333");
const QString Code = QStringLiteral("482913");
const QString Token = QStringLiteral("fault-token-0a1b2c3d4e5f6071");

using TestValues::verifyPath;

HttpResponse verified()
{
    return HttpResponse::json(200,
        QByteArrayLiteral(R"({"message":"session validated successfully.","token":")")
            + Token.toLatin1() + "\"}");
}

HttpResponse user()
{
    return HttpResponse::json(200, R"({"data":{"id":"u-1","first_name":"Ada"}})");
}

HttpResponse redirectTo(const QByteArray &location)
{
    HttpResponse response = HttpResponse::json(302, {});
    response.headers.append(qMakePair(QByteArrayLiteral("Location"), location));
    return response;
}
} // namespace

class tst_Faults : public QObject
{
    Q_OBJECT

private slots:
    void verifyFaults_data();
    void verifyFaults();
    void loginFaults_data();
    void loginFaults();
    void redirectDoesNotCarryTheToken();
    void redirectLoopIsTooManyRedirects();
};

// Each row: how the server (or the network) misbehaves when the code is verified.
void tst_Faults::verifyFaults_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<Error::Kind>("kind");
    QTest::addColumn<QString>("message"); // a sentence the message must contain
    QTest::addColumn<SignInSession::State>("after"); // where the session is left

    using K = Error::Kind;
    using S = SignInSession::State;
    QTest::newRow("server refused")
        << QStringLiteral("refused") << K::Network
        << QStringLiteral("Could not connect to 127.0.0.1: the server refused the connection.")
        << S::AwaitingCode;
    QTest::newRow("DNS failure") << QStringLiteral("dns") << K::Network
                                 << QStringLiteral(
                                        "Could not find the server directus-login-test.invalid.")
                                 << S::AwaitingCode;
    QTest::newRow("connect timeout")
        << QStringLiteral("connect-timeout") << K::Timeout
        << QStringLiteral("Could not connect to 127.0.0.1 within 1 second") << S::AwaitingCode;
    QTest::newRow("accepts, never answers")
        << QStringLiteral("hang") << K::Timeout
        << QStringLiteral("127.0.0.1 accepted the request but did not answer within 1 second")
        << S::AwaitingCode;
    QTest::newRow("dropped mid-body")
        << QStringLiteral("drop") << K::Network
        << QStringLiteral("The connection to 127.0.0.1 was interrupted.") << S::AwaitingCode;
    QTest::newRow("401 INVALID_OTP")
        << QStringLiteral("401") << K::WrongCode << QStringLiteral("That code is not right.")
        << S::AwaitingCode;
    QTest::newRow("401 INVALID_OTP_SESSION")
        << QStringLiteral("401-session") << K::SessionExpired
        << QStringLiteral("This code has expired or has been used too many times.") << S::Idle;
    QTest::newRow("403 FORBIDDEN")
        << QStringLiteral("403") << K::FlowMisconfigured
        << QStringLiteral("The server refused to run its verification flow.") << S::AwaitingCode;
    QTest::newRow("404 ROUTE_NOT_FOUND")
        << QStringLiteral("404") << K::FlowMisconfigured
        << QStringLiteral("The server has no such flow.") << S::AwaitingCode;
    QTest::newRow("429 REQUESTS_EXCEEDED")
        << QStringLiteral("429") << K::RateLimited
        << QStringLiteral("Too many attempts. Try again in 30 second") << S::AwaitingCode;
    QTest::newRow("500 INTERNAL_SERVER_ERROR")
        << QStringLiteral("500") << K::Server
        << QStringLiteral("The server had a problem running its verification flow.")
        << S::AwaitingCode;
    QTest::newRow("503 SERVICE_UNAVAILABLE")
        << QStringLiteral("503") << K::ServiceUnavailable
        << QStringLiteral("The SMS service is not available right now.") << S::AwaitingCode;
    QTest::newRow("HTML captive portal")
        << QStringLiteral("html") << K::Server
        << QStringLiteral("The server answered with a web page instead of Directus data.")
        << S::AwaitingCode;
    QTest::newRow("JSON of the wrong shape")
        << QStringLiteral("shape") << K::FlowMisconfigured
        << QStringLiteral("The server's verification flow is not set up correctly, so your code "
                          "could not be checked.")
        << S::AwaitingCode;
    QTest::newRow("10 MB body")
        << QStringLiteral("10mb") << K::ResponseTooLarge
        << QStringLiteral(
               "127.0.0.1 sent far more data than a sign-in needs; the answer was refused.")
        << S::AwaitingCode;
    QTest::newRow("redirect to another origin")
        << QStringLiteral("cross-origin") << K::Network
        << QStringLiteral("127.0.0.1 redirected the request to another site (127.0.0.1); it was "
                          "not followed, so nothing was sent there.")
        << S::AwaitingCode;
    QTest::newRow("redirect loop") << QStringLiteral("loop") << K::Network
                                   << QStringLiteral("127.0.0.1 redirected the request too many "
                                                     "times (a redirect loop), so it was stopped.")
                                   << S::AwaitingCode;
    QTest::newRow("token the server itself refuses")
        << QStringLiteral("me-401") << K::FlowMisconfigured
        << QStringLiteral(
               "The server issued a token that it does not accept itself, so it was not stored.")
        << S::AwaitingCode;
}

void tst_Faults::verifyFaults()
{
    QFETCH(QString, fault);
    QFETCH(Error::Kind, kind);
    QFETCH(QString, message);
    QFETCH(SignInSession::State, after);

    FakeServer server;
    FakeServer other;
    UnacceptingListener unaccepting;
    QVERIFY(server.isListening() && other.isListening());
    server.on("GET", QStringLiteral("/users/me"), user());
    QUrl serverUrl = server.url();
    const QString path = verifyPath();
    if (fault == QLatin1String("refused")) {
        serverUrl.setPort(closedLoopbackPort());
    } else if (fault == QLatin1String("dns")) {
        // RFC 6761: .invalid never resolves, and the question never leaves the machine's resolver.
        serverUrl = QUrl(QStringLiteral("https://directus-login-test.invalid"));
    } else if (fault == QLatin1String("connect-timeout")) {
        QVERIFY2(unaccepting.start(), qPrintable(unaccepting.error()));
        serverUrl.setPort(unaccepting.port());
    } else if (fault == QLatin1String("hang")) {
        HttpResponse hang;
        hang.hang = true;
        server.on("GET", path, hang);
    } else if (fault == QLatin1String("drop")) {
        HttpResponse drop = verified();
        drop.dropMidBody = true;
        server.on("GET", path, drop);
    } else if (fault == QLatin1String("401")) {
        server.on("GET", path,
            HttpResponse::directusError(
                401, QStringLiteral("INVALID_OTP"), QStringLiteral("Invalid code")));
    } else if (fault == QLatin1String("401-session")) {
        server.on("GET", path,
            HttpResponse::directusError(
                401, QStringLiteral("INVALID_OTP_SESSION"), QStringLiteral("Session expired")));
    } else if (fault == QLatin1String("403")) {
        server.on("GET", path,
            HttpResponse::directusError(403, QStringLiteral("FORBIDDEN"),
                QStringLiteral("You don't have permission to access this.")));
    } else if (fault == QLatin1String("404")) {
        server.on("GET", path,
            HttpResponse::directusError(
                404, QStringLiteral("ROUTE_NOT_FOUND"), QStringLiteral("Route doesn't exist.")));
    } else if (fault == QLatin1String("429")) {
        HttpResponse limited = HttpResponse::directusError(429, QStringLiteral("REQUESTS_EXCEEDED"),
            QStringLiteral("Too many requests, retry after 30s."));
        limited.headers.append(
            qMakePair(QByteArrayLiteral("Retry-After"), QByteArrayLiteral("30")));
        server.on("GET", path, limited);
    } else if (fault == QLatin1String("500")) {
        server.on("GET", path,
            HttpResponse::directusError(500, QStringLiteral("INTERNAL_SERVER_ERROR"),
                QStringLiteral("An unexpected error occurred.")));
    } else if (fault == QLatin1String("503")) {
        server.on("GET", path,
            HttpResponse::directusError(503, QStringLiteral("SERVICE_UNAVAILABLE"),
                QStringLiteral("SMS provider unavailable")));
    } else if (fault == QLatin1String("html")) {
        HttpResponse portal;
        portal.contentType = "text/html; charset=utf-8";
        portal.body = "<!DOCTYPE html><html><head><title>Hotel "
                      "WiFi</title></head><body><form>Accept the terms</form></body></html>";
        server.on("GET", path, portal);
    } else if (fault == QLatin1String("shape")) {
        server.on("GET", path, HttpResponse::json(200, R"({"data":[1,2,3],"token":{"value":42}})"));
    } else if (fault == QLatin1String("10mb")) {
        server.on("GET", path, HttpResponse::json(200, QByteArray(10 * 1024 * 1024, ' ') + "{}"));
    } else if (fault == QLatin1String("cross-origin")) {
        other.setFallback([](const HttpRequest &) { return verified(); });
        server.on("GET", path, [&other](const HttpRequest &request) {
            return redirectTo(other.url().toEncoded() + request.target);
        });
    } else if (fault == QLatin1String("loop")) {
        server.on(
            "GET", path, [](const HttpRequest &request) { return redirectTo(request.target); });
    } else if (fault == QLatin1String("me-401")) {
        server.on("GET", path, verified());
        server.on("GET", QStringLiteral("/users/me"),
            HttpResponse::directusError(401, QStringLiteral("INVALID_CREDENTIALS"),
                QStringLiteral("Invalid user credentials.")));
    } else {
        QFAIL("unknown fault");
    }

    QNetworkAccessManager nam;
    DirectusClient client(nam);
    client.setOptions(TestValues::clientOptions(serverUrl, 1000));
    MemoryTokenStore store;
    ManualClock clock;
    SignInSession session(client, store, clock);
    session.setTokenKey(TokenStore::key(QStringLiteral("faults"), serverUrl.toString()));
    QVERIFY(session.resumeSession(SessionUuid));

    QSignalSpy failed(&session, &SignInSession::failed);
    QSignalSpy signedIn(&session, &SignInSession::signedIn);
    QVERIFY(session.submitCode(Code));
    QVERIFY(failed.wait(15000));
    const Error error = session.lastError();
    qInfo("%s -> %s: %s | %s", qPrintable(fault), qPrintable(error.kindName()),
        qPrintable(error.message()), qPrintable(error.detail()));
    QCOMPARE(error.kindName(), Error::kindName(kind));
    QVERIFY(!error.message().isEmpty());
    if (!message.isEmpty())
        QVERIFY2(error.message().contains(message), qPrintable(error.message()));
    // The person reads plain words: no code, no token, no raw body.
    for (const QString &text : { error.message(), error.detail(), error.diagnosis() }) {
        QVERIFY2(!text.contains(Code) && !text.contains(Token), qPrintable(text));
        QVERIFY(!text.contains(QLatin1String("<html"))
            && !text.contains(QLatin1String("Accept the terms")));
    }
    // Nothing stored, nothing held, and the session can be used again.
    QCOMPARE(signedIn.count(), 0);
    QCOMPARE(store.count(), 0);
    QVERIFY(session.bearer().isEmpty());
    QCOMPARE(session.state(), after);
    QVERIFY(!session.isBusy());
    if (after == SignInSession::State::AwaitingCode) {
        // Usable: the next attempt goes out (and is cancelled here).
        QVERIFY(session.submitCode(Code));
        QCOMPARE(session.state(), SignInSession::State::Verifying);
        session.cancel();
        QCOMPARE(session.state(), SignInSession::State::AwaitingCode);
    }
    // A redirected request never reached the other origin.
    QCOMPARE(other.requests().size(), 0);
    QCOMPARE(failed.count(), 1);
}

void tst_Faults::loginFaults_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<Error::Kind>("kind");

    QTest::newRow("401 unknown user")
        << 401 << QStringLiteral("INVALID_CREDENTIALS") << Error::Kind::UnknownUser;
    QTest::newRow("403") << 403 << QStringLiteral("FORBIDDEN") << Error::Kind::FlowMisconfigured;
    QTest::newRow("404") << 404 << QStringLiteral("ROUTE_NOT_FOUND")
                         << Error::Kind::FlowMisconfigured;
    QTest::newRow("429") << 429 << QStringLiteral("REQUESTS_EXCEEDED") << Error::Kind::RateLimited;
    QTest::newRow("500") << 500 << QStringLiteral("INTERNAL_SERVER_ERROR") << Error::Kind::Server;
    QTest::newRow("503") << 503 << QStringLiteral("SERVICE_UNAVAILABLE")
                         << Error::Kind::ServiceUnavailable;
}

void tst_Faults::loginFaults()
{
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(Error::Kind, kind);
    FakeServer server;
    server.on("GET", QStringLiteral("/flows/trigger/") + LoginFlow,
        HttpResponse::directusError(status, code, QStringLiteral("Server says no")));
    QNetworkAccessManager nam;
    DirectusClient client(nam);
    client.setOptions(TestValues::clientOptions(server.url()));
    MemoryTokenStore store;
    ManualClock clock;
    SignInSession session(client, store, clock);
    QSignalSpy failed(&session, &SignInSession::failed);
    QVERIFY(session.requestCode(
        PhoneNumber::parse(QStringLiteral("+447123456789"), QStringLiteral("GB"))));
    QVERIFY(failed.wait(5000));
    qInfo("login %d -> %s: %s", status, qPrintable(session.lastError().kindName()),
        qPrintable(session.lastError().message()));
    QCOMPARE(session.lastError().kindName(), Error::kindName(kind));
    QCOMPARE(session.state(), SignInSession::State::Idle);
    QVERIFY(session.sessionUuid().isEmpty());
    QCOMPARE(store.count(), 0);
    // Usable: a new request goes out at once (no cooldown was started by a failure) — except
    // after a 429, which says to wait: then once the wait is over.
    if (kind == Error::Kind::RateLimited) {
        QVERIFY(!session.requestCode(
            PhoneNumber::parse(QStringLiteral("+447123456789"), QStringLiteral("GB"))));
        clock.advance(session.resendAvailableInMs());
    }
    QVERIFY(session.requestCode(
        PhoneNumber::parse(QStringLiteral("+447123456789"), QStringLiteral("GB"))));
    session.cancel();
}

void tst_Faults::redirectDoesNotCarryTheToken()
{
    // Restoring a stored token: /users/me redirects to another origin. The Authorization header
    // must not follow — the second server sees nothing at all — and the token stays stored.
    FakeServer other;
    other.setFallback([](const HttpRequest &) { return user(); });
    FakeServer server;
    server.on("GET", QStringLiteral("/users/me"), [&other](const HttpRequest &request) {
        return redirectTo(other.url().toEncoded() + request.target);
    });
    QNetworkAccessManager nam;
    DirectusClient client(nam);
    client.setOptions(TestValues::clientOptions(server.url()));
    MemoryTokenStore store;
    ManualClock clock;
    SignInSession session(client, store, clock);
    const QString key = TokenStore::key(QString(), server.url().toString());
    session.setTokenKey(key);
    bool written = false;
    store.write(key, Token, this, [&written](Error) { written = true; });
    QTRY_VERIFY(written);

    QSignalSpy failed(&session, &SignInSession::failed);
    session.restore();
    QVERIFY(failed.wait(5000));
    QCOMPARE(session.lastError().kind(), Error::Kind::Network);
    QVERIFY2(session.lastError().message().contains(
                 QStringLiteral("redirected the request to another site")),
        qPrintable(session.lastError().message()));
    QCOMPARE(session.state(), SignInSession::State::Idle);
    QVERIFY(session.bearer().isEmpty());
    QCOMPARE(server.requests().size(), 1);
    QCOMPARE(server.requests().constFirst().header("authorization"), "Bearer " + Token.toLatin1());
    QCOMPARE(other.requests().size(), 0);
    QCOMPARE(store.count(), 1); // an unreachable check is not a revocation
}

void tst_Faults::redirectLoopIsTooManyRedirects()
{
    // Qt 6.4 ends a same-origin loop with "status 100" and no error; the client names it.
    FakeServer server;
    server.setFallback([](const HttpRequest &request) {
        return redirectTo(request.path == QLatin1String("/a") ? QByteArrayLiteral("/b")
                                                              : QByteArrayLiteral("/a"));
    });
    QNetworkAccessManager nam;
    DirectusClient client(nam);
    ClientOptions options;
    options.server = server.url();
    client.setOptions(options);
    ApiCall *call = client.api("GET", QStringLiteral("/a"), Token);
    QSignalSpy finished(call, &ApiCall::finished);
    QVERIFY(finished.wait(5000));
    QCOMPARE(call->error().kind(), Error::Kind::Network);
    QVERIFY2(call->error().message().contains(QStringLiteral("too many times (a redirect loop)")),
        qPrintable(call->error().message()));
    QVERIFY2(call->error().detail().contains(QStringLiteral("too many redirects"))
            || call->error().detail().contains(QStringLiteral("QNetworkReply 110")),
        qPrintable(call->error().detail()));
    QVERIFY2(server.requests().size() < 20, qPrintable(QString::number(server.requests().size())));
}

QTEST_GUILESS_MAIN(tst_Faults)
#include "tst_faults.moc"
