#include "FlowReply.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

Q_DECLARE_METATYPE(Error::Kind)
Q_DECLARE_METATYPE(FlowReply::Call)

namespace {

const QString Where = QStringLiteral("GET https://cms.example.com/flows/trigger/abc");
const QByteArray Json = "application/json; charset=utf-8";
const QByteArray Uuid = "6a0b9d2e-1c3f-4e5a-8b7c-9d0e1f2a3b4c";
const QByteArray Token = "k3J9x-QmZr2VtY8wLpN4sHbF6cDa1a2b";

// The SMS provider's Basic credentials ("secret:pass") as the tutorial's flows leak them.
const QByteArray Basic = "c2VjcmV0OnBhc3M=";

HttpAnswer answer(int status, const QByteArray &contentType, const QByteArray &body,
    const QList<QPair<QByteArray, QByteArray>> &headers = {})
{
    HttpAnswer a;
    a.status = status;
    a.contentType = contentType;
    a.body = body;
    a.headers = headers;
    a.where = Where;
    return a;
}

QByteArray directusError(const QByteArray &code, const QByteArray &message)
{
    return R"({"errors":[{"message":")" + message + R"(","extensions":{"code":")" + code
        + R"("}}]})";
}

// The Request URL operation's result that the tutorial's flows return as is.
QByteArray leakedRequestResult()
{
    return R"({"status":401,"statusText":"Unauthorized","headers":{"Accept":"application/json",)"
           R"("Content-Type":"application/json","Authorization":"Basic )"
        + Basic + R"("},"data":{"api_id":"4f1c","error":"authentication failed"}})";
}

// The axios error object a network failure of the Request URL operation serialises to.
QByteArray leakedAxiosError()
{
    return R"({"message":"connect ECONNREFUSED 127.0.0.1:9","name":"Error","code":"ECONNREFUSED",)"
           R"("config":{"url":"https://api.plivo.com/v1/Account/MAXXXX/Verify/Session/",)"
           R"("headers":{"Authorization":"Basic )"
        + Basic + R"("},"auth":{"username":"secret","password":"pass"}}})";
}

QByteArray captivePortal()
{
    return "<!DOCTYPE html>\n<html><head><title>Wi-Fi sign-in</title></head>"
           "<body><form action=/accept><button>Accept</button></form></body></html>";
}

void checkNothingSecret(const Error &error, const QByteArray &secret)
{
    const QStringList texts { error.message(), error.detail(), error.diagnosis() };
    for (const QString &text : texts) {
        QVERIFY2(!text.contains(QString::fromLatin1(Basic)), qPrintable(text));
        QVERIFY2(!text.contains(QLatin1String("c2VjcmV0OnBhc3M")), qPrintable(text));
        QVERIFY2(!text.contains(QLatin1String("secret:pass")), qPrintable(text));
        if (!secret.isEmpty())
            QVERIFY2(!text.contains(QString::fromLatin1(secret)), qPrintable(text));
    }
}

} // namespace

class tst_FlowReply : public QObject
{
    Q_OBJECT

private slots:
    void loginSuccess();
    void verifySuccess();
    void errors_data();
    void errors();
    void errorForMatchesParsers();
    void currentUser_data();
    void currentUser();
    void userInfoJson();
    void ping_data();
    void ping();
    void directusErrorShape_data();
    void directusErrorShape();
    void plausibleToken_data();
    void plausibleToken();
    void headerLookup();
};

void tst_FlowReply::loginSuccess()
{
    const auto session
        = FlowReply::parseLogin(answer(200, Json, R"({"otp_session_uuid":")" + Uuid + R"("})"));
    QVERIFY2(session.ok(), qPrintable(session.error().detail()));
    QCOMPARE(session.value(), QString::fromLatin1(Uuid));

    // Extra members are tolerated; the content type is not required to be JSON.
    const auto extra = FlowReply::parseLogin(
        answer(200, QByteArray(), R"({"otp_session_uuid":")" + Uuid + R"(","note":"resent"})"));
    QVERIFY(extra.ok());
    QCOMPARE(extra.value(), QString::fromLatin1(Uuid));
}

void tst_FlowReply::verifySuccess()
{
    const auto token = FlowReply::parseVerify(answer(
        200, Json, R"({"message":"session validated successfully.","token":")" + Token + R"("})"));
    QVERIFY2(token.ok(), qPrintable(token.error().detail()));
    QCOMPARE(token.value(), QString::fromLatin1(Token));
}

void tst_FlowReply::errors_data()
{
    QTest::addColumn<FlowReply::Call>("call");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("retryAfter"); // Retry-After header; empty: none
    QTest::addColumn<Error::Kind>("kind");
    QTest::addColumn<bool>("diagnosis");
    QTest::addColumn<QString>("serverCode");
    QTest::addColumn<int>("attemptsLeft");
    QTest::addColumn<int>("retryAfterSeconds");
    QTest::addColumn<QString>("mentions"); // in message, detail or diagnosis; may be empty
    QTest::addColumn<QByteArray>("secret"); // must appear nowhere; may be empty

    using C = FlowReply::Call;
    using K = Error::Kind;
    const QByteArray none;
    const QString noCode;

    // Our contract's failures, login.
    QTest::newRow("login 400 INVALID_PAYLOAD")
        << C::Login << 400 << Json
        << directusError("INVALID_PAYLOAD", "\\\"phone_number\\\" is required.") << none
        << K::InvalidInput << false << QStringLiteral("INVALID_PAYLOAD") << -1 << -1
        << QStringLiteral("phone number") << none;
    QTest::newRow("login 401 INVALID_CREDENTIALS")
        << C::Login << 401 << Json
        << directusError("INVALID_CREDENTIALS", "Invalid user credentials.") << none
        << K::UnknownUser << false << QStringLiteral("INVALID_CREDENTIALS") << -1 << -1
        << QStringLiteral("No account") << none;
    QTest::newRow("login 403 FORBIDDEN")
        << C::Login << 403 << Json
        << directusError("FORBIDDEN", "You don't have permission to access this.") << none
        << K::FlowMisconfigured << true << QStringLiteral("FORBIDDEN") << -1 << -1
        << QStringLiteral("inactive") << none;
    QTest::newRow("login 404 ROUTE_NOT_FOUND")
        << C::Login << 404 << Json << directusError("ROUTE_NOT_FOUND", "Route doesn't exist.")
        << none << K::FlowMisconfigured << true << QStringLiteral("ROUTE_NOT_FOUND") << -1 << -1
        << QStringLiteral("server address") << none;
    QTest::newRow("login 429 Retry-After 30")
        << C::Login << 429 << Json << directusError("REQUESTS_EXCEEDED", "Too many requests.")
        << QByteArray("30") << K::RateLimited << false << QStringLiteral("REQUESTS_EXCEEDED") << -1
        << 30 << QStringLiteral("30 second") << none;
    QTest::newRow("login 429 without Retry-After")
        << C::Login << 429 << Json << directusError("REQUESTS_EXCEEDED", "Too many requests.")
        << none << K::RateLimited << false << QStringLiteral("REQUESTS_EXCEEDED") << -1 << -1
        << QStringLiteral("few minutes") << none;
    QTest::newRow("login 429 Retry-After as a date")
        << C::Login << 429 << Json << directusError("REQUESTS_EXCEEDED", "Too many requests.")
        << QByteArray("Wed, 21 Oct 2015 07:28:00 GMT") << K::RateLimited << false
        << QStringLiteral("REQUESTS_EXCEEDED") << -1 << -1 << QStringLiteral("few minutes") << none;
    QTest::newRow("login 500") << C::Login << 500 << Json
                               << directusError(
                                      "INTERNAL_SERVER_ERROR", "An unexpected error occurred.")
                               << none << K::Server << true
                               << QStringLiteral("INTERNAL_SERVER_ERROR") << -1 << -1
                               << QStringLiteral("operations threw") << none;
    QTest::newRow("login 503") << C::Login << 503 << Json
                               << directusError(
                                      "SERVICE_UNAVAILABLE", "Service \\\"sms\\\" is unavailable.")
                               << none << K::ServiceUnavailable << true
                               << QStringLiteral("SERVICE_UNAVAILABLE") << -1 << -1
                               << QStringLiteral("SMS") << none;
    QTest::newRow("login 502 from a gateway, HTML")
        << C::Login << 502 << QByteArray("text/html")
        << QByteArray("<html><body>Bad Gateway</body></html>") << none << K::Server << false
        << noCode << -1 << -1 << QStringLiteral("gateway") << none;
    QTest::newRow("login 413") << C::Login << 413 << Json << QByteArray() << none << K::InvalidInput
                               << false << noCode << -1 << -1 << QString() << none;
    QTest::newRow("login 418") << C::Login << 418 << Json << QByteArray("{}") << none << K::Server
                               << false << noCode << -1 << -1 << QStringLiteral("418") << none;

    // The tutorial's flows (everything HTTP 200), login.
    QTest::newRow("login 200 {}") << C::Login << 200 << Json << QByteArray("{}") << none
                                  << K::FlowMisconfigured << true << noCode << -1 << -1
                                  << QStringLiteral("Run Script") << none;
    QTest::newRow("login 204") << C::Login << 204 << QByteArray() << QByteArray() << none
                               << K::FlowMisconfigured << true << noCode << -1 << -1
                               << QStringLiteral("204") << none;
    QTest::newRow("login 200 without otp_session_uuid")
        << C::Login << 200 << Json << QByteArray(R"({"phone_number":"+447123456202"})") << none
        << K::FlowMisconfigured << true << noCode << -1 << -1 << QStringLiteral("otp_session_uuid")
        << none;
    QTest::newRow("login 200 otp_session_uuid undefined")
        << C::Login << 200 << Json << QByteArray(R"({"otp_session_uuid":"undefined"})") << none
        << K::FlowMisconfigured << true << noCode << -1 << -1 << QStringLiteral("undefined")
        << none;
    QTest::newRow("login 200 otp_session_uuid null")
        << C::Login << 200 << Json << QByteArray(R"({"otp_session_uuid":null})") << none
        << K::FlowMisconfigured << true << noCode << -1 << -1 << QStringLiteral("otp_session_uuid")
        << none;
    QTest::newRow("login 200 otp_session_uuid empty")
        << C::Login << 200 << Json << QByteArray(R"({"otp_session_uuid":""})") << none
        << K::FlowMisconfigured << true << noCode << -1 << -1 << QStringLiteral("otp_session_uuid")
        << none;
    QTest::newRow("login 200 otp_session_uuid a number")
        << C::Login << 200 << Json << QByteArray(R"({"otp_session_uuid":12345678})") << none
        << K::FlowMisconfigured << true << noCode << -1 << -1 << QStringLiteral("otp_session_uuid")
        << none;
    QTest::newRow("login 200 leaks credentials")
        << C::Login << 200 << Json << leakedRequestResult() << none << K::FlowMisconfigured << true
        << noCode << -1 << -1 << QStringLiteral("credentials")
        << QByteArray("authentication failed");
    QTest::newRow("login 200 axios error")
        << C::Login << 200 << Json << leakedAxiosError() << none << K::FlowMisconfigured << true
        << noCode << -1 << -1 << QStringLiteral("Throw Error") << QByteArray("MAXXXX");
    QTest::newRow("login 200 captive portal")
        << C::Login << 200 << QByteArray("text/html; charset=utf-8") << captivePortal() << none
        << K::Server << true << noCode << -1 << -1 << QStringLiteral("Wi-Fi sign-in") << none;
    QTest::newRow("login 200 HTML without a content type")
        << C::Login << 200 << QByteArray() << captivePortal() << none << K::Server << true << noCode
        << -1 << -1 << QStringLiteral("captive portal") << none;
    QTest::newRow("login 200 HTML labelled JSON")
        << C::Login << 200 << Json << captivePortal() << none << K::Server << true << noCode << -1
        << -1 << QStringLiteral("HTML") << none;
    QTest::newRow("login 200 invalid JSON")
        << C::Login << 200 << Json << QByteArray(R"({"otp_session_uuid": )") << none
        << K::FlowMisconfigured << true << noCode << -1 << -1 << QStringLiteral("invalid JSON")
        << none;
    QTest::newRow("login 200 JSON array")
        << C::Login << 200 << Json << QByteArray(R"([{"otp_session_uuid":"6a0b9d2e"}])") << none
        << K::FlowMisconfigured << true << noCode << -1 << -1 << QStringLiteral("not an object")
        << none;
    QTest::newRow("login 200 empty body")
        << C::Login << 200 << Json << QByteArray() << none << K::FlowMisconfigured << true << noCode
        << -1 << -1 << QString() << none;
    QTest::newRow("login 200 plain text")
        << C::Login << 200 << QByteArray("text/plain") << QByteArray("OK") << none
        << K::FlowMisconfigured << true << noCode << -1 << -1 << QString() << none;

    // Our contract's failures, verify.
    QTest::newRow("verify 400 INVALID_PAYLOAD")
        << C::Verify << 400 << Json
        << directusError("INVALID_PAYLOAD", "\\\"otp\\\" must be 4 to 8 digits.") << none
        << K::InvalidInput << false << QStringLiteral("INVALID_PAYLOAD") << -1 << -1
        << QStringLiteral("code") << none;
    QTest::newRow("verify 401 INVALID_OTP, 7 attempts left")
        << C::Verify << 401 << Json << directusError("INVALID_OTP", "Invalid OTP. 7 attempts left.")
        << none << K::WrongCode << false << QStringLiteral("INVALID_OTP") << 7 << -1 << QString()
        << none;
    QTest::newRow("verify 401 INVALID_OTP, 1 attempt left")
        << C::Verify << 401 << Json << directusError("INVALID_OTP", "Invalid OTP. 1 attempt left.")
        << none << K::WrongCode << false << QStringLiteral("INVALID_OTP") << 1 << -1 << QString()
        << none;
    QTest::newRow("verify 401 INVALID_OTP, 3 tries remaining")
        << C::Verify << 401 << Json << directusError("INVALID_OTP", "Wrong code, 3 tries remaining")
        << none << K::WrongCode << false << QStringLiteral("INVALID_OTP") << 3 << -1 << QString()
        << none;
    QTest::newRow("verify 401 INVALID_OTP, no count")
        << C::Verify << 401 << Json << directusError("INVALID_OTP", "Invalid OTP.") << none
        << K::WrongCode << false << QStringLiteral("INVALID_OTP") << -1 << -1 << QString() << none;
    QTest::newRow("verify 401 INVALID_OTP_SESSION")
        << C::Verify << 401 << Json
        << directusError("INVALID_OTP_SESSION", "The OTP session has expired.") << none
        << K::SessionExpired << false << QStringLiteral("INVALID_OTP_SESSION") << -1 << -1
        << QStringLiteral("new code") << none;
    QTest::newRow("verify 403") << C::Verify << 403 << Json
                                << directusError(
                                       "FORBIDDEN", "You don't have permission to access this.")
                                << none << K::FlowMisconfigured << true
                                << QStringLiteral("FORBIDDEN") << -1 << -1 << QStringLiteral("POST")
                                << none;
    QTest::newRow("verify 404") << C::Verify << 404 << Json
                                << directusError("ROUTE_NOT_FOUND", "Route doesn't exist.") << none
                                << K::FlowMisconfigured << true << QStringLiteral("ROUTE_NOT_FOUND")
                                << -1 << -1 << QString() << none;
    QTest::newRow("verify 429 Retry-After 5")
        << C::Verify << 429 << Json << directusError("REQUESTS_EXCEEDED", "Too many requests.")
        << QByteArray(" 5 ") << K::RateLimited << false << QStringLiteral("REQUESTS_EXCEEDED") << -1
        << 5 << QStringLiteral("5 second") << none;
    QTest::newRow("verify 500") << C::Verify << 500 << Json
                                << directusError(
                                       "INTERNAL_SERVER_ERROR", "An unexpected error occurred.")
                                << none << K::Server << true
                                << QStringLiteral("INTERNAL_SERVER_ERROR") << -1 << -1 << QString()
                                << none;
    QTest::newRow("verify 503") << C::Verify << 503 << Json
                                << directusError("SERVICE_UNAVAILABLE", "Service unavailable.")
                                << none << K::ServiceUnavailable << true
                                << QStringLiteral("SERVICE_UNAVAILABLE") << -1 << -1 << QString()
                                << none;

    // The tutorial's flows, verify.
    QTest::newRow("verify 200 {}")
        << C::Verify << 200 << Json << QByteArray("{}") << none << K::FlowMisconfigured << true
        << noCode << -1 << -1 << QStringLiteral("empty object") << none;
    QTest::newRow("verify 204") << C::Verify << 204 << QByteArray() << QByteArray() << none
                                << K::FlowMisconfigured << true << noCode << -1 << -1
                                << QStringLiteral("nothing") << none;
    QTest::newRow("verify 200 message null")
        << C::Verify << 200 << Json << QByteArray(R"({"message":null})") << none
        << K::FlowMisconfigured << true << noCode << -1 << -1
        << QStringLiteral("data.$last.message") << none;
    QTest::newRow("verify 200 token undefined")
        << C::Verify << 200 << Json
        << QByteArray(R"({"message":"session validated successfully.","token":"undefined"})")
        << none << K::FlowMisconfigured << true << noCode << -1 << -1
        << QStringLiteral("$last.token") << none;
    QTest::newRow("verify 200 token null")
        << C::Verify << 200 << Json
        << QByteArray(R"({"message":"session validated successfully.","token":null})") << none
        << K::FlowMisconfigured << true << noCode << -1 << -1 << QStringLiteral("token") << none;
    QTest::newRow("verify 200 token [object Object]")
        << C::Verify << 200 << Json << QByteArray(R"({"token":"[object Object]"})") << none
        << K::FlowMisconfigured << true << noCode << -1 << -1 << QString() << none;
    QTest::newRow("verify 200 token too short, not shown")
        << C::Verify << 200 << Json << QByteArray(R"({"message":"ok","token":"Zq81kLm02Xa"})")
        << none << K::FlowMisconfigured << true << noCode << -1 << -1 << QStringLiteral("token")
        << QByteArray("Zq81kLm02Xa");
    QTest::newRow("verify 200 code accepted, no token")
        << C::Verify << 200 << Json
        << QByteArray(R"({"message":"session validated successfully."})") << none
        << K::FlowMisconfigured << true << noCode << -1 << -1 << QStringLiteral("token") << none;
    QTest::newRow("verify 200 wrong code without error")
        << C::Verify << 200 << Json << QByteArray(R"({"message":"Invalid OTP"})") << none
        << K::WrongCode << true << noCode << -1 << -1 << QStringLiteral("Throw Error") << none;
    QTest::newRow("verify 200 leaks credentials")
        << C::Verify << 200 << Json << leakedRequestResult() << none << K::FlowMisconfigured << true
        << noCode << -1 << -1 << QStringLiteral("credentials")
        << QByteArray("authentication failed");
    QTest::newRow("verify 200 axios error")
        << C::Verify << 200 << Json << leakedAxiosError() << none << K::FlowMisconfigured << true
        << noCode << -1 << -1 << QString() << QByteArray("MAXXXX");
    QTest::newRow("verify 200 captive portal")
        << C::Verify << 200 << QByteArray("text/html") << captivePortal() << none << K::Server
        << true << noCode << -1 << -1 << QStringLiteral("Wi-Fi sign-in") << none;
    QTest::newRow("verify 200 invalid JSON")
        << C::Verify << 200 << Json << QByteArray("{token: abc}") << none << K::FlowMisconfigured
        << true << noCode << -1 << -1 << QStringLiteral("invalid JSON") << none;
    // F1 (tests/fuzz/FINDINGS.md): the server's own words are quoted in the detail, credentials
    // masked.
    QTest::newRow("login 401, message quotes Basic credentials")
        << C::Login << 401 << Json
        << directusError("INVALID_CREDENTIALS", "Plivo refused Authorization: Basic " + Basic)
        << none << K::UnknownUser << false << QStringLiteral("INVALID_CREDENTIALS") << -1 << -1
        << QStringLiteral("Authorization: Basic ••••") << none;
    QTest::newRow("verify 200 wrong code, message quotes Basic credentials")
        << C::Verify << 200 << Json
        << QByteArray(
               R"({"message":"request failed, headers Authorization: Basic )" + Basic + R"("})")
        << none << K::WrongCode << true << noCode << -1 << -1
        << QStringLiteral("message: request failed") << none;
    QTest::newRow("verify 401, message quotes a Bearer token")
        << C::Verify << 401 << Json
        << directusError("INVALID_OTP", "Upstream said: Bearer " + Token + " is invalid") << none
        << K::WrongCode << false << QStringLiteral("INVALID_OTP") << -1 << -1
        << QStringLiteral("Bearer ••••") << Token;
    QTest::newRow("login 500, message quotes auth_token=")
        << C::Login << 500 << Json
        << directusError(
               "INTERNAL_SERVER_ERROR", "POST failed auth_id=MAXXXX&auth_token=PLIVOSECRET99")
        << none << K::Server << true << QStringLiteral("INTERNAL_SERVER_ERROR") << -1 << -1
        << QStringLiteral("auth_id=••••") << QByteArray("PLIVOSECRET99");
    QTest::newRow("login 503, message quotes a JSON password")
        << C::Login << 503 << Json
        << directusError("SERVICE_UNAVAILABLE", R"(auth {\"password\":\"hunter2hunter2\"})") << none
        << K::ServiceUnavailable << true << QStringLiteral("SERVICE_UNAVAILABLE") << -1 << -1
        << QStringLiteral("password") << QByteArray("hunter2hunter2");
    QTest::newRow("login 500, the code itself quotes credentials")
        << C::Login << 500 << Json << directusError("Basic " + Basic, "Oops.") << none << K::Server
        << true << QStringLiteral("Basic ••••••") << -1 << -1 << QStringLiteral("Oops.") << none;
    QTest::newRow("verify 401 TOKEN_EXPIRED, the sentence stays")
        << C::Verify << 401 << Json << directusError("TOKEN_EXPIRED", "Token expired.") << none
        << K::SessionExpired << false << QStringLiteral("TOKEN_EXPIRED") << -1 << -1
        << QStringLiteral("TOKEN_EXPIRED — Token expired.") << none;
    QTest::newRow("verify 200 JSON array")
        << C::Verify << 200 << Json << QByteArray("[]") << none << K::FlowMisconfigured << true
        << noCode << -1 << -1 << QString() << none;
}

void tst_FlowReply::errors()
{
    QFETCH(FlowReply::Call, call);
    QFETCH(int, status);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, retryAfter);
    QFETCH(Error::Kind, kind);
    QFETCH(bool, diagnosis);
    QFETCH(QString, serverCode);
    QFETCH(int, attemptsLeft);
    QFETCH(int, retryAfterSeconds);
    QFETCH(QString, mentions);
    QFETCH(QByteArray, secret);

    QList<QPair<QByteArray, QByteArray>> headers;
    if (!retryAfter.isEmpty())
        headers.append({ QByteArrayLiteral("Retry-After"), retryAfter });
    const HttpAnswer a = answer(status, contentType, body, headers);

    Error error;
    if (call == FlowReply::Call::Login) {
        const auto result = FlowReply::parseLogin(a);
        QVERIFY(!result.ok());
        QVERIFY(result.value().isEmpty());
        error = result.error();
    } else {
        const auto result = FlowReply::parseVerify(a);
        QVERIFY(!result.ok());
        QVERIFY(result.value().isEmpty());
        error = result.error();
    }

    QCOMPARE(error.kindName(), Error::kindName(kind));
    QVERIFY(!error.message().isEmpty());
    QVERIFY2(error.detail().startsWith(Where), qPrintable(error.detail()));
    QVERIFY2(error.detail().contains(QString::number(status)), qPrintable(error.detail()));
    QCOMPARE(error.httpStatus(), status);
    QCOMPARE(!error.diagnosis().isEmpty(), diagnosis);
    QCOMPARE(error.serverCode(), serverCode);
    QCOMPARE(error.attemptsLeft(), attemptsLeft);
    QCOMPARE(error.retryAfterSeconds(), retryAfterSeconds);
    if (!mentions.isEmpty()) {
        const QString all = error.message() + QLatin1Char('\n') + error.detail() + QLatin1Char('\n')
            + error.diagnosis();
        QVERIFY2(all.contains(mentions, Qt::CaseInsensitive), qPrintable(all));
    }
    checkNothingSecret(error, secret);
    if (QTest::currentTestFailed())
        return;
    // The technical detail never shows the body raw (it could carry anything).
    if (body.size() > 40)
        QVERIFY2(!error.detail().contains(QString::fromUtf8(body)), qPrintable(error.detail()));
}

void tst_FlowReply::errorForMatchesParsers()
{
    // errorFor is what the parsers use for every non-200 status.
    const HttpAnswer a
        = answer(401, Json, directusError("INVALID_OTP", "Invalid OTP. 9 attempts left."));
    const Error direct = FlowReply::errorFor(FlowReply::Call::Verify, a);
    const Error parsed = FlowReply::parseVerify(a).error();
    QCOMPARE(direct.kind(), parsed.kind());
    QCOMPARE(direct.attemptsLeft(), 9);
    QCOMPARE(direct.message(), parsed.message());

    // The same status means different things on different calls.
    const HttpAnswer unauthorized
        = answer(401, Json, directusError("INVALID_CREDENTIALS", "Invalid user credentials."));
    QCOMPARE(
        FlowReply::errorFor(FlowReply::Call::Login, unauthorized).kind(), Error::Kind::UnknownUser);
    QCOMPARE(FlowReply::errorFor(FlowReply::Call::CurrentUser, unauthorized).kind(),
        Error::Kind::Unauthorized);
    QCOMPARE(
        FlowReply::errorFor(FlowReply::Call::Api, unauthorized).kind(), Error::Kind::Unauthorized);
    const HttpAnswer forbidden = answer(403, Json, directusError("FORBIDDEN", "No."));
    QCOMPARE(FlowReply::errorFor(FlowReply::Call::Login, forbidden).kind(),
        Error::Kind::FlowMisconfigured);
    QCOMPARE(FlowReply::errorFor(FlowReply::Call::Api, forbidden).kind(), Error::Kind::Forbidden);
    QVERIFY(FlowReply::errorFor(FlowReply::Call::Api, forbidden).diagnosis().isEmpty());
    const HttpAnswer notFound = answer(404, Json, directusError("ROUTE_NOT_FOUND", "No."));
    QCOMPARE(FlowReply::errorFor(FlowReply::Call::Api, notFound).kind(), Error::Kind::NotFound);
}

void tst_FlowReply::currentUser_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<Error::Kind>("kind"); // None: success
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("displayName");

    QTest::newRow("full user")
        << 200 << Json
        << QByteArray(
               R"({"data":{"id":"u-1","first_name":"Ada","last_name":"Lovelace","email":"ada@example.com"}})")
        << Error::Kind::None << QStringLiteral("u-1") << QStringLiteral("Ada Lovelace");
    QTest::newRow("only id") << 200 << Json
                             << QByteArray(
                                    R"({"data":{"id":"0b7e4c1a-2f3d-4e5a-9b8c-7d6e5f4a3b2c"}})")
                             << Error::Kind::None
                             << QStringLiteral("0b7e4c1a-2f3d-4e5a-9b8c-7d6e5f4a3b2c")
                             << QStringLiteral("0b7e4c1a-2f3d-4e5a-9b8c-7d6e5f4a3b2c");
    QTest::newRow("only e-mail")
        << 200 << Json
        << QByteArray(R"({"data":{"id":"u-2","first_name":null,"email":"x@example.com"}})")
        << Error::Kind::None << QStringLiteral("u-2") << QStringLiteral("x@example.com");
    QTest::newRow("first name only")
        << 200 << Json << QByteArray(R"({"data":{"id":"u-3","first_name":"Grace"}})")
        << Error::Kind::None << QStringLiteral("u-3") << QStringLiteral("Grace");
    QTest::newRow("numeric id") << 200 << Json << QByteArray(R"({"data":{"id":42}})")
                                << Error::Kind::None << QStringLiteral("42")
                                << QStringLiteral("42");
    QTest::newRow("401") << 401 << Json
                         << directusError("INVALID_CREDENTIALS", "Invalid user credentials.")
                         << Error::Kind::Unauthorized << QString() << QString();
    QTest::newRow("403") << 403 << Json << directusError("FORBIDDEN", "No.")
                         << Error::Kind::Forbidden << QString() << QString();
    QTest::newRow("data without id") << 200 << Json << QByteArray(R"({"data":{}})")
                                     << Error::Kind::Server << QString() << QString();
    QTest::newRow("no data") << 200 << Json << QByteArray(R"({"id":"u-1"})") << Error::Kind::Server
                             << QString() << QString();
    QTest::newRow("HTML") << 200 << QByteArray("text/html") << captivePortal()
                          << Error::Kind::Server << QString() << QString();
    QTest::newRow("invalid JSON") << 200 << Json << QByteArray("{") << Error::Kind::Server
                                  << QString() << QString();
    QTest::newRow("500") << 500 << Json << directusError("INTERNAL_SERVER_ERROR", "Oops.")
                         << Error::Kind::Server << QString() << QString();
    QTest::newRow("503") << 503 << Json << directusError("SERVICE_UNAVAILABLE", "Down.")
                         << Error::Kind::ServiceUnavailable << QString() << QString();
}

void tst_FlowReply::currentUser()
{
    QFETCH(int, status);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(Error::Kind, kind);
    QFETCH(QString, id);
    QFETCH(QString, displayName);

    HttpAnswer a = answer(status, contentType, body);
    a.where = QStringLiteral("GET https://cms.example.com/users/me");
    const auto user = FlowReply::parseCurrentUser(a);
    QCOMPARE(user.error().kindName(), Error::kindName(kind));
    if (kind == Error::Kind::None) {
        QCOMPARE(user.value().id, id);
        QCOMPARE(user.value().displayName(), displayName);
    } else {
        QVERIFY(!user.error().message().isEmpty());
        QVERIFY(user.error().detail().contains(QLatin1String("/users/me")));
    }
}

void tst_FlowReply::userInfoJson()
{
    UserInfo user;
    user.id = QStringLiteral("u-1");
    user.firstName = QStringLiteral("Ada");
    user.lastName = QStringLiteral("Lovelace");
    const QJsonObject json = user.toJson();
    QCOMPARE(json.value(QLatin1String("display_name")).toString(), QStringLiteral("Ada Lovelace"));
    QVERIFY(!json.contains(QLatin1String("email")));
    const UserInfo back = UserInfo::fromJson(json);
    QCOMPARE(back.id, user.id);
    QCOMPARE(back.displayName(), user.displayName());

    UserInfo idOnly;
    idOnly.id = QStringLiteral("u-2");
    QCOMPARE(
        idOnly.toJson().value(QLatin1String("display_name")).toString(), QStringLiteral("u-2"));
}

void tst_FlowReply::ping_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<Error::Kind>("kind");
    QTest::addColumn<bool>("diagnosis");

    QTest::newRow("pong") << 200 << QByteArray("text/html; charset=utf-8") << QByteArray("pong")
                          << Error::Kind::None << false;
    QTest::newRow("pong with newline")
        << 200 << QByteArray("text/plain") << QByteArray("pong\n") << Error::Kind::None << false;
    QTest::newRow("captive portal")
        << 200 << QByteArray("text/html") << captivePortal() << Error::Kind::Server << true;
    QTest::newRow("something else")
        << 200 << Json << QByteArray("{}") << Error::Kind::Server << false;
    QTest::newRow("404") << 404 << Json << directusError("ROUTE_NOT_FOUND", "No.")
                         << Error::Kind::NotFound << false;
    QTest::newRow("503") << 503 << Json << QByteArray() << Error::Kind::ServiceUnavailable << false;
}

void tst_FlowReply::ping()
{
    QFETCH(int, status);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(Error::Kind, kind);
    QFETCH(bool, diagnosis);

    const Error error = FlowReply::parsePing(answer(status, contentType, body));
    QCOMPARE(error.kindName(), Error::kindName(kind));
    QCOMPARE(!error.diagnosis().isEmpty(), diagnosis);
    if (kind != Error::Kind::None)
        QVERIFY(!error.message().isEmpty());
}

void tst_FlowReply::directusErrorShape_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");

    QTest::newRow("full") << directusError("INVALID_OTP", "Invalid OTP.")
                          << QStringLiteral("INVALID_OTP") << QStringLiteral("Invalid OTP.");
    QTest::newRow("no extensions")
        << QByteArray(R"({"errors":[{"message":"Boom"}]})") << QString() << QStringLiteral("Boom");
    QTest::newRow("several, first wins")
        << QByteArray(R"({"errors":[{"message":"A","extensions":{"code":"X"}},{"message":"B"}]})")
        << QStringLiteral("X") << QStringLiteral("A");
    QTest::newRow("empty errors") << QByteArray(R"({"errors":[]})") << QString() << QString();
    QTest::newRow("not that shape") << QByteArray(R"({"error":"x"})") << QString() << QString();
    QTest::newRow("not JSON") << QByteArray("<html>") << QString() << QString();
    QTest::newRow("errors not an array")
        << QByteArray(R"({"errors":"x"})") << QString() << QString();
}

void tst_FlowReply::directusErrorShape()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    QFETCH(QString, message);

    const auto parsed = FlowReply::directusError(body);
    QCOMPARE(parsed.first, code);
    QCOMPARE(parsed.second, message);
}

void tst_FlowReply::plausibleToken_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<bool>("plausible");

    QTest::newRow("empty") << QString() << false;
    QTest::newRow("undefined") << QStringLiteral("undefined") << false;
    QTest::newRow("Undefined") << QStringLiteral("Undefined") << false;
    QTest::newRow("null") << QStringLiteral("null") << false;
    QTest::newRow("[object Object]") << QStringLiteral("[object Object]") << false;
    QTest::newRow("undefined inside") << QStringLiteral("tok_undefined_0123456789") << false;
    QTest::newRow("whitespace") << QStringLiteral("                    ") << false;
    QTest::newRow("space inside") << QStringLiteral("abcdefgh ijklmnopq") << false;
    QTest::newRow("15 characters") << QStringLiteral("abcdefghijklmno") << false;
    QTest::newRow("16 characters") << QStringLiteral("abcdefghijklmnop") << true;
    QTest::newRow("Math.random token") << QStringLiteral("0.8273645193847261ab") << true;
    QTest::newRow("32 random") << QString::fromLatin1(Token) << true;
    QTest::newRow("JWT-like") << QStringLiteral("eyJhbGciOiJIUzI1NiJ9.eyJpZCI6IjEifQ.abcDEF_-123")
                              << true;
    QTest::newRow("non-ASCII") << QStringLiteral("abcdefghijklmnopé") << false;
    QTest::newRow("newline") << QStringLiteral("abcdefghijklmnop\n") << false;
    QTest::newRow("4096") << QString(4096, QLatin1Char('a')) << true;
    QTest::newRow("4097") << QString(4097, QLatin1Char('a')) << false;
}

void tst_FlowReply::plausibleToken()
{
    QFETCH(QString, token);
    QFETCH(bool, plausible);
    QCOMPARE(FlowReply::isPlausibleToken(token), plausible);
}

void tst_FlowReply::headerLookup()
{
    const HttpAnswer a = answer(429, Json, {}, { { "Retry-After", "12" }, { "X-Other", "1" } });
    QCOMPARE(a.header("retry-after"), QByteArray("12"));
    QCOMPARE(a.header("RETRY-AFTER"), QByteArray("12"));
    QVERIFY(a.header("missing").isEmpty());
}

QTEST_GUILESS_MAIN(tst_FlowReply)
#include "tst_flowreply.moc"
