#include "Bidi.h"
#include "DemoServer.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

namespace {

const QString Ada = QStringLiteral("+447123456001");

struct Answer
{
    bool finished = false;
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QByteArray contentType;
    QByteArray retryAfter;
    QJsonObject json;

    QJsonObject firstError() const
    {
        return json.value(QLatin1String("errors")).toArray().at(0).toObject();
    }
    QString errorCode() const
    {
        return firstError()
            .value(QLatin1String("extensions"))
            .toObject()
            .value(QLatin1String("code"))
            .toString();
    }
    QString errorMessage() const { return firstError().value(QLatin1String("message")).toString(); }
    QString value(const char *key) const { return json.value(QLatin1String(key)).toString(); }
};

QByteArray loginPath(const QString &phone, const QString &countryCode)
{
    return "/flows/trigger/" + DemoServer::loginFlowId().toLatin1() + "?phone_number="
        + QUrl::toPercentEncoding(phone) + "&country_code=" + QUrl::toPercentEncoding(countryCode);
}

QByteArray verifyPath(const QString &session, const QString &otp)
{
    return "/flows/trigger/" + DemoServer::verifyFlowId().toLatin1() + "?session_uuid="
        + QUrl::toPercentEncoding(session) + "&otp=" + QUrl::toPercentEncoding(otp);
}

QString wrongCode(const QString &code)
{
    return QStringLiteral("%1").arg((code.toInt() + 1) % 1000000, 6, 10, QLatin1Char('0'));
}

bool isV4Uuid(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
    return pattern.match(text).hasMatch();
}

} // namespace

class tst_DemoServer : public QObject
{
    Q_OBJECT

private:
    Answer call(DemoServer &server, const QByteArray &method, const QByteArray &pathAndQuery,
        const QByteArray &body = {}, const QByteArray &authorization = {},
        int transferTimeoutMs = 5000);
    Answer get(DemoServer &server, const QByteArray &pathAndQuery)
    {
        return call(server, "GET", pathAndQuery);
    }
    Answer usersMe(DemoServer &server, const QString &token)
    {
        return call(server, "GET", "/users/me", {}, "Bearer " + token.toLatin1());
    }

    struct Code
    {
        Answer answer;
        QString session;
        QString code;
        QString text;
        int smsCount = 0;
    };
    // Asks for a code and reads the "SMS".
    Code requestCode(DemoServer &server, const QString &phone, const QString &countryCode);
    // Signs in all the way; an empty string when that failed.
    QString signIn(DemoServer &server, const QString &phone, const QString &countryCode);

    QNetworkAccessManager m_nam;

private slots:
    void initTestCase();

    void constructionIsCheapAndListensOnlyInStart();
    void pingAnswersPong();
    void fullSignIn();
    void sameNumberWithinExpiryGetsTheSameSessionAndCode();
    void aCallOnlyAfterAnSms();
    void differentNumbersGetDifferentSessionsAndTokens();
    void wrongCodeCountsDownThenLocksTheSession();
    void usedSessionIsRefused();
    void sessionFromOneProcessVerifiesInAnother();
    void loginRefusesBadParameters_data();
    void loginRefusesBadParameters();
    void barePlusInTheQueryIsDiagnosed();
    void postWithJsonBody();
    void postWithBadBody_data();
    void postWithBadBody();
    void verifyRefusesBadParameters_data();
    void verifyRefusesBadParameters();
    void unknownSessionIsRefused();
    void unknownFlowOrMethodIsForbidden_data();
    void unknownFlowOrMethodIsForbidden();
    void unknownRouteIs404_data();
    void unknownRouteIs404();
    void usersMeRefusesBadTokens_data();
    void usersMeRefusesBadTokens();
    void newSignInReplacesTheOldToken();
    void otherNumbersSignInAsDemoUser();
    void idOnlyUser();
    void loginErrorNumbers_data();
    void loginErrorNumbers();
    void slowNumberDoesNotAnswerInTime();
    void codeThatExpiresAtOnce();
    void providerDownWhileVerifying();
    void tutorialLoginBugs_data();
    void tutorialLoginBugs();
    void tutorialVerifyBugs_data();
    void tutorialVerifyBugs();
    void latencyDelaysTheAnswerWithoutBlocking();
    void testNumbersAreDocumented();
};

Answer tst_DemoServer::call(DemoServer &server, const QByteArray &method,
    const QByteArray &pathAndQuery, const QByteArray &body, const QByteArray &authorization,
    int transferTimeoutMs)
{
    QNetworkRequest request(
        QUrl::fromEncoded(server.url().toEncoded() + pathAndQuery, QUrl::StrictMode));
    request.setTransferTimeout(transferTimeoutMs);
    request.setRawHeader("Accept", "application/json");
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    if (!authorization.isEmpty())
        request.setRawHeader("Authorization", authorization);
    QNetworkReply *reply = m_nam.sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    Answer answer;
    answer.finished = finished.wait(10000);
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.error = reply->error();
    answer.contentType = reply->rawHeader("Content-Type");
    answer.retryAfter = reply->rawHeader("Retry-After");
    if (reply->isOpen())
        answer.body = reply->readAll();
    answer.json = QJsonDocument::fromJson(answer.body).object();
    reply->deleteLater();
    return answer;
}

tst_DemoServer::Code tst_DemoServer::requestCode(
    DemoServer &server, const QString &phone, const QString &countryCode)
{
    QSignalSpy sms(&server, &DemoServer::smsSent);
    Code result;
    result.answer = get(server, loginPath(phone, countryCode));
    result.session = result.answer.value("otp_session_uuid");
    result.smsCount = int(sms.count());
    if (!sms.isEmpty()) {
        const QList<QVariant> last = sms.constLast();
        if (last.at(0).toString() == phone) {
            result.text = last.at(1).toString();
            result.code = last.at(2).toString();
        }
    }
    return result;
}

QString tst_DemoServer::signIn(DemoServer &server, const QString &phone, const QString &countryCode)
{
    const Code code = requestCode(server, phone, countryCode);
    if (code.session.isEmpty() || code.code.isEmpty())
        return {};
    return get(server, verifyPath(code.session, code.code)).value("token");
}

void tst_DemoServer::initTestCase()
{
    m_nam.setAutoDeleteReplies(false);
}

void tst_DemoServer::constructionIsCheapAndListensOnlyInStart()
{
    QElapsedTimer timer;
    timer.start();
    DemoServer server;
    QVERIFY2(timer.elapsed() < 50, "constructing the demo server is not cheap");
    QVERIFY(!server.http().isListening());

    QVERIFY(server.start());
    QVERIFY(server.http().isListening());
    QCOMPARE(server.url().scheme(), QStringLiteral("http"));
    QCOMPARE(server.url().host(), QStringLiteral("127.0.0.1"));
    QVERIFY(server.url().port() > 0);
    const QUrl first = server.url();
    QVERIFY(server.start()); // again: nothing changes
    QCOMPARE(server.url(), first);
}

void tst_DemoServer::pingAnswersPong()
{
    DemoServer server;
    QVERIFY(server.start());
    const Answer answer = get(server, "/server/ping");
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.body, QByteArray("pong"));
    QVERIFY(answer.contentType.startsWith("text/html"));
}

void tst_DemoServer::fullSignIn()
{
    DemoServer server;
    QVERIFY(server.start());
    QSignalSpy sms(&server, &DemoServer::smsSent);

    const Answer login = get(server, loginPath(Ada, QStringLiteral("44")));
    QCOMPARE(login.status, 200);
    QVERIFY(login.contentType.startsWith("application/json"));
    const QString session = login.value("otp_session_uuid");
    QVERIFY2(isV4Uuid(session), qPrintable(session));
    // The facts of the code, as our flows tell them (keys() is sorted).
    QCOMPARE(login.json.keys(),
        QStringList({ QStringLiteral("attempts_left"), QStringLiteral("channel"),
            QStringLiteral("code_length"), QStringLiteral("expires_in"),
            QStringLiteral("otp_session_uuid"), QStringLiteral("resend_after") }));
    QCOMPARE(login.json.value(QStringLiteral("code_length")).toInt(), 6);
    QCOMPARE(login.json.value(QStringLiteral("attempts_left")).toInt(), DemoServer::MaxAttempts);
    QCOMPARE(login.json.value(QStringLiteral("resend_after")).toInt(), DemoServer::ResendSeconds);
    QVERIFY(
        login.json.value(QStringLiteral("expires_in")).toInt() > DemoServer::CodeExpirySeconds - 5);
    QCOMPARE(login.json.value(QStringLiteral("channel")).toString(), QStringLiteral("sms"));

    QCOMPARE(sms.count(), 1);
    const QString recipient = sms.at(0).at(0).toString();
    const QString text = sms.at(0).at(1).toString();
    const QString code = sms.at(0).at(2).toString();
    QCOMPARE(recipient, Ada);
    QVERIFY2(QRegularExpression(QStringLiteral("^[0-9]{6}$")).match(code).hasMatch(),
        "the code is not six digits");
    // The code comes as a left-to-right run, as every number in a sentence (issue 22).
    QCOMPARE(text,
        QStringLiteral("Your Directus code is %1. It expires in 5 minutes.")
            .arg(Bidi::number(code)));

    const Answer verify = get(server, verifyPath(session, code));
    QCOMPARE(verify.status, 200);
    QCOMPARE(verify.value("message"), QStringLiteral("session validated successfully."));
    const QString token = verify.value("token");
    QVERIFY2(token.size() >= 32, qPrintable(QString::number(token.size())));
    QVERIFY(!token.contains(code));

    const Answer me = usersMe(server, token);
    QCOMPARE(me.status, 200);
    const QJsonObject data = me.json.value(QLatin1String("data")).toObject();
    QVERIFY(isV4Uuid(data.value(QLatin1String("id")).toString()));
    QCOMPARE(data.value(QLatin1String("first_name")).toString(), QStringLiteral("Ada"));
    QCOMPARE(data.value(QLatin1String("last_name")).toString(), QStringLiteral("Lovelace"));
    QCOMPARE(data.value(QLatin1String("email")).toString(), QStringLiteral("ada@example.com"));

    // The same user id every time (another process would answer the same).
    const QString again = signIn(server, Ada, QStringLiteral("44"));
    QCOMPARE(usersMe(server, again).json[QLatin1String("data")][QLatin1String("id")],
        data.value(QLatin1String("id")));
}

void tst_DemoServer::sameNumberWithinExpiryGetsTheSameSessionAndCode()
{
    DemoServer server;
    QVERIFY(server.start());
    const Code first = requestCode(server, Ada, QStringLiteral("44"));
    const Code second = requestCode(server, Ada, QStringLiteral("44"));
    QCOMPARE(first.answer.status, 200);
    QCOMPARE(second.answer.status, 200);
    QCOMPARE(second.session, first.session);
    QCOMPARE(first.smsCount, 1);
    QCOMPARE(second.smsCount, 1); // re-sent
    QCOMPARE(second.code, first.code);
    // Either message's code works.
    QCOMPARE(get(server, verifyPath(second.session, first.code)).status, 200);
}

// "Call me instead", as our flows allow it: refused for a number that has no code yet, then the
// pending code again, by a (simulated) call.
void tst_DemoServer::aCallOnlyAfterAnSms()
{
    DemoServer server;
    QVERIFY(server.start());
    QSignalSpy sms(&server, &DemoServer::smsSent);
    const Answer early = get(server, loginPath(Ada, QStringLiteral("44")) + "&channel=voice");
    QCOMPARE(early.status, 400);
    QCOMPARE(sms.count(), 0);
    const Code first = requestCode(server, Ada, QStringLiteral("44"));
    const Answer call = get(server, loginPath(Ada, QStringLiteral("44")) + "&channel=voice");
    QCOMPARE(call.status, 200);
    QCOMPARE(call.value("otp_session_uuid"), first.session);
    QCOMPARE(call.json.value(QStringLiteral("channel")).toString(), QStringLiteral("voice"));
    QCOMPARE(sms.count(), 2);
    QCOMPARE(sms.last().at(2).toString(), first.code);
    QVERIFY2(sms.last().at(1).toString().contains(QLatin1String("call")),
        qPrintable(sms.last().at(1).toString()));
    QCOMPARE(get(server, loginPath(Ada, QStringLiteral("44")) + "&channel=fax").status, 400);
}

void tst_DemoServer::differentNumbersGetDifferentSessionsAndTokens()
{
    DemoServer server;
    QVERIFY(server.start());
    const Code ada = requestCode(server, Ada, QStringLiteral("44"));
    const Code other = requestCode(server, QStringLiteral("+447123456123"), QStringLiteral("44"));
    QVERIFY(ada.session != other.session);
    const QString adaToken = get(server, verifyPath(ada.session, ada.code)).value("token");
    const QString otherToken = get(server, verifyPath(other.session, other.code)).value("token");
    QVERIFY(!adaToken.isEmpty());
    QVERIFY(!otherToken.isEmpty());
    QVERIFY(adaToken != otherToken);

    // After a sign-in the next request starts a new session.
    const Code next = requestCode(server, Ada, QStringLiteral("44"));
    QCOMPARE(next.answer.status, 200);
    QVERIFY(next.session != ada.session);
}

void tst_DemoServer::wrongCodeCountsDownThenLocksTheSession()
{
    DemoServer server;
    QVERIFY(server.start());
    const Code code = requestCode(server, Ada, QStringLiteral("44"));
    QCOMPARE(code.answer.status, 200);
    const QString wrong = wrongCode(code.code);

    for (int left = DemoServer::MaxAttempts - 1; left >= 0; --left) {
        const Answer answer = get(server, verifyPath(code.session, wrong));
        QCOMPARE(answer.status, 401);
        QCOMPARE(answer.errorCode(), QStringLiteral("INVALID_OTP"));
        const QString expected = left == 1
            ? QStringLiteral("Invalid OTP. 1 attempt left.")
            : QStringLiteral("Invalid OTP. %1 attempts left.").arg(left);
        QCOMPARE(answer.errorMessage(), expected);
    }
    // Ten attempts spent: even the right code is refused now.
    const Answer locked = get(server, verifyPath(code.session, code.code));
    QCOMPARE(locked.status, 401);
    QCOMPARE(locked.errorCode(), QStringLiteral("INVALID_OTP_SESSION"));

    // Asking again starts a fresh session.
    const Code fresh = requestCode(server, Ada, QStringLiteral("44"));
    QVERIFY(fresh.session != code.session);
    QCOMPARE(get(server, verifyPath(fresh.session, fresh.code)).status, 200);
}

void tst_DemoServer::usedSessionIsRefused()
{
    DemoServer server;
    QVERIFY(server.start());
    const Code code = requestCode(server, Ada, QStringLiteral("44"));
    QCOMPARE(get(server, verifyPath(code.session, code.code)).status, 200);
    const Answer again = get(server, verifyPath(code.session, code.code));
    QCOMPARE(again.status, 401);
    QCOMPARE(again.errorCode(), QStringLiteral("INVALID_OTP_SESSION"));
    QVERIFY(again.json.value(QLatin1String("token")).isUndefined());
}

void tst_DemoServer::sessionFromOneProcessVerifiesInAnother()
{
    // Two instances share nothing but the code: like `request-code` and `verify` run as two
    // processes, each with its own demo server on its own port.
    DemoServer first;
    DemoServer second;
    QVERIFY(first.start());
    QVERIFY(second.start());
    QVERIFY(first.url() != second.url());

    const Code code = requestCode(first, Ada, QStringLiteral("44"));
    QCOMPARE(code.answer.status, 200);
    const Answer wrong = get(second, verifyPath(code.session, wrongCode(code.code)));
    QCOMPARE(wrong.errorCode(), QStringLiteral("INVALID_OTP"));
    const Answer verify = get(second, verifyPath(code.session, code.code));
    QCOMPARE(verify.status, 200);
    const QString token = verify.value("token");

    // The token from the second is good on the first, and names the same user.
    const Answer me = usersMe(first, token);
    QCOMPARE(me.status, 200);
    QCOMPARE(me.json[QLatin1String("data")][QLatin1String("email")].toString(),
        QStringLiteral("ada@example.com"));
    QCOMPARE(usersMe(second, token).json, me.json);

    // Within the second process the used session stays used.
    QCOMPARE(get(second, verifyPath(code.session, code.code)).errorCode(),
        QStringLiteral("INVALID_OTP_SESSION"));
}

void tst_DemoServer::loginRefusesBadParameters_data()
{
    QTest::addColumn<QByteArray>("query");
    const auto row
        = [](const char *name, const char *query) { QTest::newRow(name) << QByteArray(query); };
    row("bare + (reads as a space)", "phone_number=+447123456001&country_code=44");
    row("no phone", "country_code=44");
    row("empty phone", "phone_number=&country_code=44");
    row("no plus", "phone_number=447123456001&country_code=44");
    row("leading zero after plus", "phone_number=%2B0447123456&country_code=44");
    row("too short", "phone_number=%2B44123&country_code=44");
    row("too long", "phone_number=%2B4471234560011234&country_code=44");
    row("spaces", "phone_number=%2B44%207700%20900001&country_code=44");
    row("dashes", "phone_number=%2B44-7700-900001&country_code=44");
    row("undefined", "phone_number=undefined&country_code=44");
    row("+undefined (tutorial cleanup)", "phone_number=%2Bundefined7123456001&country_code=44");
    row("no country code", "phone_number=%2B447123456001");
    row("country code letters", "phone_number=%2B447123456001&country_code=GB");
    row("country code with plus", "phone_number=%2B447123456001&country_code=%2B44");
    row("country code does not match", "phone_number=%2B447123456001&country_code=1");
}

void tst_DemoServer::loginRefusesBadParameters()
{
    QFETCH(QByteArray, query);
    DemoServer server;
    QVERIFY(server.start());
    QSignalSpy sms(&server, &DemoServer::smsSent);
    const Answer answer
        = get(server, "/flows/trigger/" + DemoServer::loginFlowId().toLatin1() + '?' + query);
    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.errorCode(), QStringLiteral("INVALID_PAYLOAD"));
    QVERIFY(!answer.errorMessage().isEmpty());
    QCOMPARE(sms.count(), 0);
}

void tst_DemoServer::barePlusInTheQueryIsDiagnosed()
{
    DemoServer server;
    QVERIFY(server.start());
    const Answer answer = get(server,
        "/flows/trigger/" + DemoServer::loginFlowId().toLatin1()
            + "?phone_number=+447123456001&country_code=44");
    QCOMPARE(answer.status, 400);
    QVERIFY2(
        answer.errorMessage().contains(QLatin1String("%2B")), qPrintable(answer.errorMessage()));
    // The server saw exactly what Directus would see: a space.
    QCOMPARE(server.http().requests().constLast().queryValue(QStringLiteral("phone_number")),
        QStringLiteral(" 447123456001"));
}

void tst_DemoServer::postWithJsonBody()
{
    DemoServer server;
    QVERIFY(server.start());
    QSignalSpy sms(&server, &DemoServer::smsSent);
    const QByteArray login = "/flows/trigger/" + DemoServer::loginFlowId().toLatin1();
    const QByteArray verify = "/flows/trigger/" + DemoServer::verifyFlowId().toLatin1();

    const Answer first
        = call(server, "POST", login, R"({"phone_number":"+447123456001","country_code":"44"})");
    QCOMPARE(first.status, 200);
    const QString session = first.value("otp_session_uuid");
    QVERIFY(isV4Uuid(session));
    // A number for the country code works as well, and it is the same session.
    const Answer second
        = call(server, "POST", login, R"({"phone_number":"+447123456001","country_code":44})");
    QCOMPARE(second.value("otp_session_uuid"), session);
    QCOMPARE(sms.count(), 2);
    const QString code = sms.constLast().at(2).toString();

    const QJsonObject body { { QStringLiteral("session_uuid"), session },
        { QStringLiteral("otp"), code } };
    const Answer verified
        = call(server, "POST", verify, QJsonDocument(body).toJson(QJsonDocument::Compact));
    QCOMPARE(verified.status, 200);
    QCOMPARE(usersMe(server, verified.value("token")).status, 200);
}

void tst_DemoServer::postWithBadBody_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("not JSON") << QByteArray("phone_number=+447123456001&country_code=44");
    QTest::newRow("array") << QByteArray(R"(["+447123456001","44"])");
    QTest::newRow("truncated") << QByteArray(R"({"phone_number":"+4477009)");
    QTest::newRow("phone as a number")
        << QByteArray(R"({"phone_number":447123456001,"country_code":"44"})");
    QTest::newRow("phone as an object")
        << QByteArray(R"({"phone_number":{"e164":"+447123456001"},"country_code":"44"})");
    QTest::newRow("phone null") << QByteArray(R"({"phone_number":null,"country_code":"44"})");
}

void tst_DemoServer::postWithBadBody()
{
    QFETCH(QByteArray, body);
    DemoServer server;
    QVERIFY(server.start());
    QSignalSpy sms(&server, &DemoServer::smsSent);
    const Answer answer
        = call(server, "POST", "/flows/trigger/" + DemoServer::loginFlowId().toLatin1(), body);
    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.errorCode(), QStringLiteral("INVALID_PAYLOAD"));
    QCOMPARE(sms.count(), 0);
}

void tst_DemoServer::verifyRefusesBadParameters_data()
{
    QTest::addColumn<QByteArray>("query");
    const QByteArray session = QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1();
    QTest::newRow("nothing") << QByteArray();
    QTest::newRow("no session") << QByteArray("otp=123456");
    QTest::newRow("session undefined") << QByteArray("session_uuid=undefined&otp=123456");
    QTest::newRow("session not a uuid") << QByteArray("session_uuid=abc&otp=123456");
    QTest::newRow("no otp") << QByteArray("session_uuid=" + session);
    QTest::newRow("otp letters") << QByteArray("session_uuid=" + session + "&otp=12ab56");
    QTest::newRow("otp too short") << QByteArray("session_uuid=" + session + "&otp=123");
    QTest::newRow("otp too long") << QByteArray("session_uuid=" + session + "&otp=123456789");
}

void tst_DemoServer::verifyRefusesBadParameters()
{
    QFETCH(QByteArray, query);
    DemoServer server;
    QVERIFY(server.start());
    const Answer answer
        = get(server, "/flows/trigger/" + DemoServer::verifyFlowId().toLatin1() + '?' + query);
    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.errorCode(), QStringLiteral("INVALID_PAYLOAD"));
}

void tst_DemoServer::unknownSessionIsRefused()
{
    DemoServer server;
    QVERIFY(server.start());
    for (int i = 0; i < 5; ++i) {
        const QString random = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const Answer answer = get(server, verifyPath(random, QStringLiteral("123456")));
        QCOMPARE(answer.status, 401);
        QCOMPARE(answer.errorCode(), QStringLiteral("INVALID_OTP_SESSION"));
    }
    // A real session with one character changed is unknown too.
    const Code code = requestCode(server, Ada, QStringLiteral("44"));
    QString tampered = code.session;
    tampered[0] = tampered.at(0) == QLatin1Char('a') ? QLatin1Char('b') : QLatin1Char('a');
    QCOMPARE(get(server, verifyPath(tampered, code.code)).errorCode(),
        QStringLiteral("INVALID_OTP_SESSION"));
}

void tst_DemoServer::unknownFlowOrMethodIsForbidden_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("path");
    const QByteArray login = "/flows/trigger/" + DemoServer::loginFlowId().toLatin1()
        + "?phone_number=%2B447123456001&country_code=44";
    QTest::newRow("unknown flow")
        << QByteArray("GET")
        << QByteArray("/flows/trigger/"
               + QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1()
               + "?phone_number=%2B447123456001");
    QTest::newRow("no flow id") << QByteArray("GET") << QByteArray("/flows/trigger/");
    QTest::newRow("PUT") << QByteArray("PUT") << login;
    QTest::newRow("PATCH") << QByteArray("PATCH") << login;
    QTest::newRow("DELETE") << QByteArray("DELETE") << login;
}

void tst_DemoServer::unknownFlowOrMethodIsForbidden()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, path);
    DemoServer server;
    QVERIFY(server.start());
    QSignalSpy sms(&server, &DemoServer::smsSent);
    const Answer answer = call(server, method, path);
    QCOMPARE(answer.status, 403);
    QCOMPARE(answer.errorCode(), QStringLiteral("FORBIDDEN"));
    QCOMPARE(sms.count(), 0);
}

void tst_DemoServer::unknownRouteIs404_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("path");
    QTest::newRow("items") << QByteArray("GET") << QByteArray("/items/articles");
    QTest::newRow("root") << QByteArray("GET") << QByteArray("/");
    QTest::newRow("flows without trigger") << QByteArray("GET") << QByteArray("/flows");
    QTest::newRow("POST /users/me") << QByteArray("POST") << QByteArray("/users/me");
}

void tst_DemoServer::unknownRouteIs404()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, path);
    DemoServer server;
    QVERIFY(server.start());
    const Answer answer = call(server, method, path);
    QCOMPARE(answer.status, 404);
    QCOMPARE(answer.errorCode(), QStringLiteral("ROUTE_NOT_FOUND"));
}

void tst_DemoServer::usersMeRefusesBadTokens_data()
{
    QTest::addColumn<QString>("mutation");
    QTest::newRow("no Authorization") << QStringLiteral("none");
    QTest::newRow("empty bearer") << QStringLiteral("empty");
    QTest::newRow("Bearer undefined") << QStringLiteral("undefined");
    QTest::newRow("random text") << QStringLiteral("random");
    QTest::newRow("Basic instead of Bearer") << QStringLiteral("basic");
    QTest::newRow("signature changed") << QStringLiteral("signature");
    QTest::newRow("payload of another user") << QStringLiteral("payload");
    QTest::newRow("truncated") << QStringLiteral("truncated");
}

void tst_DemoServer::usersMeRefusesBadTokens()
{
    QFETCH(QString, mutation);
    DemoServer server;
    QVERIFY(server.start());
    const QString token = signIn(server, Ada, QStringLiteral("44"));
    QVERIFY(!token.isEmpty());
    const QString other = signIn(server, QStringLiteral("+447123456123"), QStringLiteral("44"));
    QVERIFY(!other.isEmpty());
    QCOMPARE(usersMe(server, token).status, 200);

    QByteArray authorization;
    if (mutation == QLatin1String("empty")) {
        authorization = "Bearer ";
    } else if (mutation == QLatin1String("undefined")) {
        authorization = "Bearer undefined";
    } else if (mutation == QLatin1String("random")) {
        authorization = "Bearer " + QByteArray(40, 'x');
    } else if (mutation == QLatin1String("basic")) {
        authorization = "Basic " + token.toLatin1();
    } else if (mutation == QLatin1String("signature")) {
        QByteArray changed = token.toLatin1();
        changed[changed.size() - 2] = changed.at(changed.size() - 2) == 'A' ? 'B' : 'A';
        authorization = "Bearer " + changed;
    } else if (mutation == QLatin1String("payload")) {
        const QList<QString> mine = token.split(QLatin1Char('.'));
        const QList<QString> theirs = other.split(QLatin1Char('.'));
        QCOMPARE(mine.size(), 3);
        QCOMPARE(theirs.size(), 3);
        authorization = QStringLiteral("Bearer %1.%2.%3")
                            .arg(mine.at(0), theirs.at(1), mine.at(2))
                            .toLatin1();
    } else if (mutation == QLatin1String("truncated")) {
        authorization = "Bearer " + token.left(token.size() - 5).toLatin1();
    }
    const Answer answer = call(server, "GET", "/users/me", {}, authorization);
    QCOMPARE(answer.status, 401);
    QCOMPARE(answer.errorCode(), QStringLiteral("INVALID_CREDENTIALS"));
    QVERIFY(answer.json.value(QLatin1String("data")).isUndefined());
}

void tst_DemoServer::newSignInReplacesTheOldToken()
{
    DemoServer server;
    QVERIFY(server.start());
    const QString first = signIn(server, Ada, QStringLiteral("44"));
    QCOMPARE(usersMe(server, first).status, 200);
    const QString second = signIn(server, Ada, QStringLiteral("44"));
    QVERIFY(!second.isEmpty());
    QVERIFY(second != first);
    QCOMPARE(usersMe(server, second).status, 200);
    const Answer replaced = usersMe(server, first);
    QCOMPARE(replaced.status, 401);
    QCOMPARE(replaced.errorCode(), QStringLiteral("INVALID_CREDENTIALS"));
}

void tst_DemoServer::otherNumbersSignInAsDemoUser()
{
    DemoServer server;
    QVERIFY(server.start());
    const QString token = signIn(server, QStringLiteral("+12025550143"), QStringLiteral("1"));
    QVERIFY(!token.isEmpty());
    const QJsonObject data = usersMe(server, token).json.value(QLatin1String("data")).toObject();
    QCOMPARE(data.value(QLatin1String("first_name")).toString(), QStringLiteral("Demo"));
    QCOMPARE(data.value(QLatin1String("last_name")).toString(), QStringLiteral("User"));
    QVERIFY(data.value(QLatin1String("email")).isNull());
    QVERIFY(isV4Uuid(data.value(QLatin1String("id")).toString()));
}

void tst_DemoServer::idOnlyUser()
{
    DemoServer server;
    QVERIFY(server.start());
    const QString token = signIn(server, QStringLiteral("+447123456002"), QStringLiteral("44"));
    QVERIFY(!token.isEmpty());
    const Answer me = usersMe(server, token);
    QCOMPARE(me.status, 200);
    const QJsonObject data = me.json.value(QLatin1String("data")).toObject();
    QCOMPARE(data.keys(), QStringList { QStringLiteral("id") });
    QVERIFY(isV4Uuid(data.value(QLatin1String("id")).toString()));
}

void tst_DemoServer::loginErrorNumbers_data()
{
    QTest::addColumn<QString>("phone");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::newRow("unknown user") << QStringLiteral("+447123456401") << 401
                                  << QStringLiteral("INVALID_CREDENTIALS") << QByteArray();
    QTest::newRow("SMS provider down") << QStringLiteral("+447123456503") << 503
                                       << QStringLiteral("SERVICE_UNAVAILABLE") << QByteArray();
    QTest::newRow("rate limited") << QStringLiteral("+447123456429") << 429
                                  << QStringLiteral("REQUESTS_EXCEEDED") << QByteArray("30");
    QTest::newRow("flow threw") << QStringLiteral("+447123456500") << 500
                                << QStringLiteral("INTERNAL_SERVER_ERROR") << QByteArray();
}

void tst_DemoServer::loginErrorNumbers()
{
    QFETCH(QString, phone);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QByteArray, retryAfter);
    DemoServer server;
    QVERIFY(server.start());
    const Code result = requestCode(server, phone, QStringLiteral("44"));
    QCOMPARE(result.answer.status, status);
    QCOMPARE(result.answer.errorCode(), code);
    QVERIFY(!result.answer.errorMessage().isEmpty());
    QCOMPARE(result.answer.retryAfter, retryAfter);
    QCOMPARE(result.smsCount, 0);
}

void tst_DemoServer::slowNumberDoesNotAnswerInTime()
{
    DemoServer server;
    QVERIFY(server.start());
    QSignalSpy sms(&server, &DemoServer::smsSent);
    QNetworkRequest request(QUrl::fromEncoded(
        server.url().toEncoded() + loginPath(QStringLiteral("+447123456408"), QStringLiteral("44")),
        QUrl::StrictMode));
    QNetworkReply *reply = m_nam.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(!finished.wait(300));
    QCOMPARE(server.http().requests().size(), 1); // received, not answered
    QCOMPARE(sms.count(), 0); // the SMS comes with the late answer

    // The server is not blocked meanwhile.
    QCOMPARE(get(server, "/server/ping").status, 200);
    QVERIFY(!reply->isFinished());
    reply->abort();
    delete reply;
}

void tst_DemoServer::codeThatExpiresAtOnce()
{
    DemoServer server;
    QVERIFY(server.start());
    const Code code = requestCode(server, QStringLiteral("+447123456410"), QStringLiteral("44"));
    QCOMPARE(code.answer.status, 200);
    QCOMPARE(code.smsCount, 1);
    const Answer verify = get(server, verifyPath(code.session, code.code));
    QCOMPARE(verify.status, 401);
    QCOMPARE(verify.errorCode(), QStringLiteral("INVALID_OTP_SESSION"));
    QVERIFY(verify.errorMessage().contains(QLatin1String("expired")));
}

void tst_DemoServer::providerDownWhileVerifying()
{
    DemoServer server;
    QVERIFY(server.start());
    const Code code = requestCode(server, QStringLiteral("+447123456504"), QStringLiteral("44"));
    QCOMPARE(code.answer.status, 200);
    const Answer verify = get(server, verifyPath(code.session, code.code));
    QCOMPARE(verify.status, 503);
    QCOMPARE(verify.errorCode(), QStringLiteral("SERVICE_UNAVAILABLE"));
}

void tst_DemoServer::tutorialLoginBugs_data()
{
    QTest::addColumn<QString>("phone");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("smsCount");
    QTest::newRow("200 {}") << QStringLiteral("+447123456201") << 200 << 0;
    QTest::newRow("no otp_session_uuid") << QStringLiteral("+447123456202") << 200 << 1;
    QTest::newRow("leaked request error") << QStringLiteral("+447123456203") << 200 << 0;
    QTest::newRow("204 no body") << QStringLiteral("+447123456204") << 204 << 1;
    QTest::newRow("captive portal") << QStringLiteral("+447123456207") << 200 << 0;
}

void tst_DemoServer::tutorialLoginBugs()
{
    QFETCH(QString, phone);
    QFETCH(int, status);
    QFETCH(int, smsCount);
    DemoServer server;
    QVERIFY(server.start());
    const Code code = requestCode(server, phone, QStringLiteral("44"));
    const Answer &answer = code.answer;
    QCOMPARE(answer.status, status);
    QCOMPARE(code.smsCount, smsCount);
    QVERIFY(!answer.json.contains(QLatin1String("otp_session_uuid")));
    QVERIFY(!answer.json.contains(QLatin1String("errors")));

    if (phone.endsWith(QLatin1String("201"))) {
        QCOMPARE(answer.body, QByteArray("{}"));
    } else if (phone.endsWith(QLatin1String("202"))) {
        const QJsonObject expected { { QStringLiteral("phone_number"),
            QStringLiteral("+447123456202") } };
        QCOMPARE(answer.json, expected);
    } else if (phone.endsWith(QLatin1String("203"))) {
        for (const char *key : { "status", "statusText", "headers", "data" })
            QVERIFY2(answer.json.contains(QLatin1String(key)), key);
        const QString credential = answer.json[QLatin1String("headers")]
                                       .toObject()
                                       .value(QLatin1String("Authorization"))
                                       .toString();
        QVERIFY(credential.startsWith(QLatin1String("Basic ")));
        const QByteArray decoded = QByteArray::fromBase64(credential.mid(6).toLatin1());
        QVERIFY2(decoded.contains("FAKE") || decoded.contains("fake"),
            "the leaked credential must be obviously fake");
    } else if (phone.endsWith(QLatin1String("204"))) {
        QVERIFY(answer.body.isEmpty());
    } else if (phone.endsWith(QLatin1String("207"))) {
        QVERIFY(answer.contentType.startsWith("text/html"));
        QVERIFY(answer.body.contains("<html"));
    }
}

void tst_DemoServer::tutorialVerifyBugs_data()
{
    QTest::addColumn<QString>("phone");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("message null") << QStringLiteral("+447123456205")
                                  << QByteArray(R"({"message":null})");
    QTest::newRow("token undefined")
        << QStringLiteral("+447123456206")
        << QByteArray(R"({"message":"session validated successfully.","token":"undefined"})");
}

void tst_DemoServer::tutorialVerifyBugs()
{
    QFETCH(QString, phone);
    QFETCH(QByteArray, body);
    DemoServer server;
    QVERIFY(server.start());
    const Code code = requestCode(server, phone, QStringLiteral("44"));
    QCOMPARE(code.answer.status, 200);
    QVERIFY(isV4Uuid(code.session));
    // A wrong code is still refused properly; the right one meets the bug.
    QCOMPARE(get(server, verifyPath(code.session, wrongCode(code.code))).errorCode(),
        QStringLiteral("INVALID_OTP"));
    const Answer verify = get(server, verifyPath(code.session, code.code));
    QCOMPARE(verify.status, 200);
    QCOMPARE(verify.json, QJsonDocument::fromJson(body).object());
    QCOMPARE(usersMe(server, QStringLiteral("undefined")).status, 401);
}

void tst_DemoServer::latencyDelaysTheAnswerWithoutBlocking()
{
    DemoServer server;
    QVERIFY(server.start());
    server.setLatencyMs(300);
    QSignalSpy sms(&server, &DemoServer::smsSent);
    QNetworkRequest request(QUrl::fromEncoded(
        server.url().toEncoded() + loginPath(Ada, QStringLiteral("44")), QUrl::StrictMode));
    QElapsedTimer timer;
    timer.start();
    QNetworkReply *reply = m_nam.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);

    const Answer ping = get(server, "/server/ping"); // not a flow call: no latency
    QCOMPARE(ping.status, 200);
    QVERIFY(finished.isEmpty());

    QVERIFY(finished.wait(3000));
    QVERIFY(timer.elapsed() >= 280);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QTRY_COMPARE(sms.count(), 1);
    delete reply;
}

void tst_DemoServer::testNumbersAreDocumented()
{
    const QList<DemoServer::TestNumber> numbers = DemoServer::testNumbers();
    const QRegularExpression series(QStringLiteral("^\\+447123456[0-9]{3}$"));
    QSet<QString> seen;
    for (const DemoServer::TestNumber &number : numbers) {
        QVERIFY2(series.match(number.e164).hasMatch(), qPrintable(number.e164));
        QVERIFY2(!seen.contains(number.e164), qPrintable(number.e164));
        seen.insert(number.e164);
        QVERIFY2(number.behaviour.size() > 10, qPrintable(number.e164));
    }
    const char *required[]
        = { "+447123456001", "+447123456002", "+447123456401", "+447123456503", "+447123456429",
              "+447123456408", "+447123456500", "+447123456410", "+447123456201", "+447123456202",
              "+447123456203", "+447123456204", "+447123456205", "+447123456206", "+447123456207" };
    for (const char *e164 : required)
        QVERIFY2(seen.contains(QLatin1String(e164)), e164);
}

QTEST_GUILESS_MAIN(tst_DemoServer)
#include "tst_demoserver.moc"
