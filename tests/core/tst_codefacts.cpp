// What the login flow tells about a code (issue 18), as the sign-in uses it: the code length, its
// expiry and the attempts left; the resend countdown from the server and kept across restarts
// (per number, as a salted hash); "Call me instead"; the daily cap's "try again after".
#include "DirectusClient.h"
#include "FakeServer.h"
#include "PhoneNumber.h"
#include "ResendCooldowns.h"
#include "SignInSession.h"
#include "TestFiles.h"
#include "TestValues.h"
#include "TokenStore.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString Number = QStringLiteral("+447400123456");
const QString Session = QStringLiteral("5f2b8c1e-7a44-4d1c-9e0b-3c6a2d9f8e17");

HttpResponse facts(int resendAfter, int expiresIn = 600, int attemptsLeft = 10,
    const QString &channel = QStringLiteral("sms"))
{
    return HttpResponse::json(200,
        QStringLiteral(R"({"otp_session_uuid":"%1","channel":"%2","code_length":8,)"
                       R"("expires_in":%3,"resend_after":%4,"attempts_left":%5})")
            .arg(Session, channel)
            .arg(expiresIn)
            .arg(resendAfter)
            .arg(attemptsLeft)
            .toUtf8());
}

HttpResponse seedReply()
{
    return HttpResponse::json(
        200, QStringLiteral(R"({"otp_session_uuid":"%1"})").arg(Session).toUtf8());
}

// One run of the app against `server`: its own client and session, the shared clock and the
// shared state file (a restart keeps both).
struct Run
{
    Run(const QUrl &server, const Clock &clock, ResendCooldowns *cooldowns)
        : client(nam)
        , session(client, store, clock)
    {
        client.setOptions(TestValues::clientOptions(server));
        session.setTokenKey(TokenStore::key(QStringLiteral("default"), server.toString()));
        session.setResendCooldowns(cooldowns);
    }
    // requestCode and wait for its answer; false when it was refused before any request.
    bool request(SignInSession::Channel channel = SignInSession::Channel::Sms)
    {
        QSignalSpy done(&session, &SignInSession::stateChanged);
        if (!session.requestCode(PhoneNumber::parse(Number, QStringLiteral("GB")), channel))
            return false;
        return QTest::qWaitFor([this] { return !session.isBusy(); }, 5000);
    }
    QNetworkAccessManager nam;
    DirectusClient client;
    MemoryTokenStore store;
    SignInSession session;
};
} // namespace

class tst_CodeFacts : public QObject
{
    Q_OBJECT

private slots:
    void theServersFactsAreUsed();
    void wrongCodesCountTheAttemptsDown();
    void aFlowWithoutFactsKeepsTheClientsDefaults();
    void theClientsCountdownSurvivesARestart();
    void aServerThatKnowsDecidesAfterARestart();
    void theStateFileHoldsNoNumber();
    void callMeInsteadAfterAFirstResend();
    void aCallBeforeAnySmsIsExplained();
    void theDailyCapSaysWhen();
};

void tst_CodeFacts::theServersFactsAreUsed()
{
    FakeServer server;
    server.on("GET", TestValues::loginPath(), facts(45, 600, 7));
    ManualClock clock;
    Run run(server.url(), clock, nullptr);
    QVERIFY(run.request());
    SignInSession &session = run.session;
    QCOMPARE(session.state(), SignInSession::State::AwaitingCode);
    QCOMPARE(session.codeLength(), 8);
    QCOMPARE(session.attemptsLeft(), 7);
    QCOMPARE(session.codeExpiresInMs(), 600000);
    QCOMPARE(session.resendAvailableInMs(), 45000); // the server's, not ResendSeconds (30)
    clock.advance(599000);
    QCOMPARE(session.codeExpiresInMs(), 1000);
    clock.advance(5000);
    QCOMPARE(session.codeExpiresInMs(), 0);
    QVERIFY(!session.codeByCall());
}

void tst_CodeFacts::wrongCodesCountTheAttemptsDown()
{
    FakeServer server;
    server.on("GET", TestValues::loginPath(), facts(30));
    server.on("GET", TestValues::verifyPath(),
        HttpResponse::directusError(401, QStringLiteral("INVALID_OTP"),
            QStringLiteral("The code is not correct. 3 attempts left.")));
    ManualClock clock;
    Run run(server.url(), clock, nullptr);
    QVERIFY(run.request());
    QSignalSpy changed(&run.session, &SignInSession::codeFactsChanged);
    QVERIFY(run.session.submitCode(QStringLiteral("12345678")));
    QTRY_COMPARE(run.session.state(), SignInSession::State::AwaitingCode);
    QCOMPARE(run.session.attemptsLeft(), 3);
    QVERIFY(changed.count() >= 1);
}

void tst_CodeFacts::aFlowWithoutFactsKeepsTheClientsDefaults()
{
    FakeServer server;
    server.on("GET", TestValues::loginPath(), seedReply());
    ManualClock clock;
    Run run(server.url(), clock, nullptr);
    QVERIFY(run.request());
    QCOMPARE(run.session.codeLength(), -1);
    QCOMPARE(run.session.codeExpiresInMs(), -1);
    QCOMPARE(run.session.attemptsLeft(), -1);
    QCOMPARE(run.session.resendAvailableInMs(), 30000);
    QVERIFY(!run.session.canCallInstead());
}

// The seed's flows send an SMS on every call: after a restart the client's own countdown holds
// the number back, without a request.
void tst_CodeFacts::theClientsCountdownSurvivesARestart()
{
    FakeServer server;
    server.on("GET", TestValues::loginPath(), seedReply());
    QTemporaryDir dir;
    ResendCooldowns cooldowns(dir.filePath(QStringLiteral("directus-login.state")));
    ManualClock clock;
    {
        Run first(server.url(), clock, &cooldowns);
        QVERIFY(first.request());
    }
    clock.advance(10000);
    Run second(server.url(), clock, &cooldowns);
    QSignalSpy failed(&second.session, &SignInSession::failed);
    QVERIFY(!second.request());
    QCOMPARE(server.count("GET", TestValues::loginPath()), 1);
    QCOMPARE(failed.count(), 1);
    const Error error = failed.at(0).at(1).value<Error>();
    QCOMPARE(error.kind(), Error::Kind::RateLimited);
    QCOMPARE(error.retryAfterSeconds(), 20);
    QCOMPARE(second.session.cooldownRemainingMs(Number), 20000);
    clock.advance(20000);
    QVERIFY(second.request());
    QCOMPARE(server.count("GET", TestValues::loginPath()), 2);
    // Another server (or profile) has countdowns of its own.
    FakeServer other;
    other.on("GET", TestValues::loginPath(), seedReply());
    Run elsewhere(other.url(), clock, &cooldowns);
    QCOMPARE(elsewhere.session.cooldownRemainingMs(Number), 0);
}

// Our flows answer the pending session again inside their cooldown (no SMS): after a restart the
// request goes out, and the countdown is the server's, never shorter than the one kept.
void tst_CodeFacts::aServerThatKnowsDecidesAfterARestart()
{
    FakeServer server;
    server.onSequence("GET", TestValues::loginPath(), { facts(30), facts(5) });
    QTemporaryDir dir;
    ResendCooldowns cooldowns(dir.filePath(QStringLiteral("directus-login.state")));
    ManualClock clock;
    {
        Run first(server.url(), clock, &cooldowns);
        QVERIFY(first.request());
    }
    clock.advance(10000);
    Run second(server.url(), clock, &cooldowns);
    QVERIFY(second.request());
    QCOMPARE(server.count("GET", TestValues::loginPath()), 2);
    QCOMPARE(second.session.state(), SignInSession::State::AwaitingCode);
    QCOMPARE(second.session.resendAvailableInMs(), 20000); // kept 20 s, the server said 5
}

void tst_CodeFacts::theStateFileHoldsNoNumber()
{
    FakeServer server;
    server.on("GET", TestValues::loginPath(), facts(30));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("directus-login.state"));
    ResendCooldowns cooldowns(path);
    ManualClock clock;
    Run run(server.url(), clock, &cooldowns);
    QVERIFY(run.request());
    const QByteArray text = readFile(path);
    QVERIFY2(text.contains("[Cooldowns]"), text.constData());
    QVERIFY2(!text.contains("7400123456") && !text.contains(Session.toLatin1()), text.constData());
    QCOMPARE(
        QFile::permissions(path) & (QFile::ReadOther | QFile::ReadGroup), QFile::Permissions());
    // The same number under another salt (another machine) hashes differently.
    QTemporaryDir otherDir;
    ResendCooldowns other(otherDir.filePath(QStringLiteral("directus-login.state")));
    other.set(QStringLiteral("scope"), Number, { clock.wallMs() + 5000, false }, clock.wallMs());
    cooldowns.set(
        QStringLiteral("scope"), Number, { clock.wallMs() + 5000, false }, clock.wallMs());
    const auto keys = [](const QString &file) {
        QStringList out;
        for (const QByteArray &line : readFile(file).split('\n')) {
            if (line.contains(" client"))
                out << QString::fromLatin1(line.left(line.indexOf('=')));
        }
        return out;
    };
    QVERIFY(!keys(path).isEmpty());
    QVERIFY(keys(path) != keys(otherDir.filePath(QStringLiteral("directus-login.state"))));
}

void tst_CodeFacts::callMeInsteadAfterAFirstResend()
{
    FakeServer server;
    server.onSequence("GET", TestValues::loginPath(),
        { facts(30), facts(30), facts(30, 540, 10, QStringLiteral("voice")) });
    ManualClock clock;
    Run run(server.url(), clock, nullptr);
    QVERIFY(run.request());
    QVERIFY(!run.session.canCallInstead());
    QVERIFY(!run.session.callInstead()); // not before a first resend
    QCOMPARE(server.count("GET", TestValues::loginPath()), 1);
    clock.advance(30000);
    QVERIFY(run.session.resendCode());
    QTRY_COMPARE(run.session.state(), SignInSession::State::AwaitingCode);
    QVERIFY(run.session.canCallInstead());
    QVERIFY(!run.session.callInstead()); // the same cooldown as a resend
    clock.advance(30000);
    QVERIFY(run.session.callInstead());
    QTRY_COMPARE(run.session.state(), SignInSession::State::AwaitingCode);
    QCOMPARE(server.lastRequest().queryValue(QStringLiteral("channel")), QStringLiteral("voice"));
    QVERIFY(run.session.codeByCall());
    QVERIFY(!run.session.canCallInstead()); // already a call
}

void tst_CodeFacts::aCallBeforeAnySmsIsExplained()
{
    FakeServer server;
    server.on("GET", TestValues::loginPath(),
        HttpResponse::directusError(400, QStringLiteral("INVALID_PAYLOAD"),
            QStringLiteral(
                "A call can be asked for only after a code was sent by SMS to this number.")));
    ManualClock clock;
    Run run(server.url(), clock, nullptr);
    QSignalSpy failed(&run.session, &SignInSession::failed);
    QVERIFY(run.request(SignInSession::Channel::Voice));
    QCOMPARE(server.lastRequest().queryValue(QStringLiteral("channel")), QStringLiteral("voice"));
    QCOMPARE(failed.count(), 1);
    const Error error = failed.at(0).at(1).value<Error>();
    QVERIFY2(error.message().contains(QLatin1String("SMS first")), qPrintable(error.message()));
}

void tst_CodeFacts::theDailyCapSaysWhen()
{
    FakeServer server;
    server.on("GET", TestValues::loginPath(),
        HttpResponse::directusError(429, QStringLiteral("REQUESTS_EXCEEDED"),
            QStringLiteral("Too many codes were sent to this number today. Try again in 5 hours. "
                           "[retry_after=18000]")));
    ManualClock clock;
    Run run(server.url(), clock, nullptr);
    QSignalSpy failed(&run.session, &SignInSession::failed);
    QVERIFY(run.request());
    QCOMPARE(failed.count(), 1);
    const Error error = failed.at(0).at(1).value<Error>();
    QCOMPARE(error.kind(), Error::Kind::RateLimited);
    QCOMPARE(error.retryAfterSeconds(), 18000);
    QVERIFY2(error.message().contains(QLatin1String("today")), qPrintable(error.message()));
    const QString at = QLocale().toString(
        QDateTime::currentDateTime().addSecs(18000).time(), QLocale::ShortFormat);
    QVERIFY2(error.message().contains(at), qPrintable(error.message() + QLatin1String(" / ") + at));
    // Nothing is retried by itself, and the number waits.
    QTest::qWait(200);
    QCOMPARE(server.count("GET", TestValues::loginPath()), 1);
    QCOMPARE(run.session.cooldownRemainingMs(Number), 18000 * 1000);
}

QTEST_GUILESS_MAIN(tst_CodeFacts)
#include "tst_codefacts.moc"
