// The kiosk without a widget (QCoreApplication only): one timer drives the idle timer and the
// deadline of a screen that clears itself, and wipe() removes everything of the last person —
// the sign-in, its credential in the store, the redactor's secrets, the log and the number the
// wizard remembered in the user file.

#include "Clock.h"
#include "Config.h"
#include "DemoServer.h"
#include "DirectusClient.h"
#include "FakeDirectus.h"
#include "KioskSession.h"
#include "NetworkLog.h"
#include "SignInSession.h"
#include "TokenStore.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using State = SignInSession::State;

class TestKioskSession : public QObject
{
    Q_OBJECT

private slots:
    void oneTimerDrivesIdleAndDeadline();
    void wipeRemovesEverythingOfThePerson();
    void wipeEndsTheSessionOnTheServerInTheBackground();
};

void TestKioskSession::oneTimerDrivesIdleAndDeadline()
{
    QTemporaryDir dir;
    QNetworkAccessManager nam;
    DirectusClient client(nam);
    MemoryTokenStore store;
    SystemClock clock;
    SignInSession session(client, store, clock);
    Config config(
        { dir.filePath(QStringLiteral("system.conf")), dir.filePath(QStringLiteral("user.conf")) },
        QProcessEnvironment(), { { QStringLiteral("KioskIdleSeconds"), 5 } });
    KioskSession kiosk(session, client, store, config, clock, nullptr);
    QSignalSpy warned(&kiosk.idle(), &KioskIdleTimer::warningStarted);
    QSignalSpy expired(&kiosk.idle(), &KioskIdleTimer::expired);
    QSignalSpy deadline(&kiosk, &KioskSession::deadlineReached);
    QVERIFY(!kiosk.isStarted());
    kiosk.start();
    kiosk.idle().setIdleMs(1000);
    kiosk.idle().setWarningMs(500);
    kiosk.idle().noteActivity();
    QVERIFY(expired.wait(5000));
    QCOMPARE(warned.count(), 1);
    kiosk.setDeadlineIn(300);
    QVERIFY(kiosk.hasDeadline());
    QVERIFY(deadline.wait(5000));
    QCOMPARE(deadline.count(), 1);
    QVERIFY(!kiosk.hasDeadline());
}

void TestKioskSession::wipeRemovesEverythingOfThePerson()
{
    QTemporaryDir dir;
    const Config::Paths paths { dir.filePath(QStringLiteral("system.conf")),
        dir.filePath(QStringLiteral("user.conf")) };
    {
        QFile user(paths.userFile);
        QVERIFY(user.open(QIODevice::WriteOnly));
        user.write("[General]\nLastRegion=FR\n");
    }
    DemoServer demo;
    QVERIFY(demo.start());
    QStringList codes;
    connect(&demo, &DemoServer::smsSent, this,
        [&codes](const QString &, const QString &, const QString &code) { codes << code; });
    QNetworkAccessManager nam;
    DirectusClient client(nam);
    NetworkLog log;
    client.setNetworkLog(&log);
    MemoryTokenStore store;
    ManualClock clock;
    SignInSession session(client, store, clock);
    Config config(paths, QProcessEnvironment(),
        { { QStringLiteral("Server"), demo.url().toString() },
            { QStringLiteral("LoginFlow"), DemoServer::loginFlowId() },
            { QStringLiteral("VerifyFlow"), DemoServer::verifyFlowId() },
            { QStringLiteral("Kiosk"), true } });
    session.applyConfig(config);
    KioskSession kiosk(session, client, store, config, clock, &log);
    QSignalSpy wiped(&kiosk, &KioskSession::wiped);

    // A person signs in.
    const QString number = DemoServer::testNumbers().first().e164;
    QVERIFY(session.requestCode(PhoneNumber::parse(number, QStringLiteral("GB"))));
    QTRY_COMPARE(session.state(), State::AwaitingCode);
    QVERIFY(session.submitCode(codes.last()));
    QTRY_COMPARE(session.state(), State::SignedIn);
    const QString token = session.bearer();
    QVERIFY(!token.isEmpty());
    QCOMPARE(store.count(), 1);
    QVERIFY(log.redactor().secretCount() > 0);
    QVERIFY(!log.entries().isEmpty());
    // … and the wizard remembers the number, as it does on a desktop.
    config.setUserValue(QStringLiteral("LastPhone"), number);
    config.setUserValue(QStringLiteral("LastRegion"), QStringLiteral("GB"));
    kiosk.setDeadlineIn(5000);

    kiosk.wipe(); // one call, no window
    QCOMPARE(wiped.count(), 1);
    QCOMPARE(session.state(), State::Idle);
    QVERIFY(!session.phone().isValid());
    QVERIFY(session.sessionUuid().isEmpty());
    QVERIFY(session.bearer().isEmpty());
    QVERIFY(session.credential().isEmpty());
    QVERIFY(session.user().id.isEmpty());
    QCOMPARE(store.count(), 0);
    QCOMPARE(log.redactor().secretCount(), 0);
    QVERIFY(log.entries().isEmpty());
    QVERIFY(!kiosk.hasDeadline());
    // The user file as it was before anyone signed in.
    const Config reread(paths, QProcessEnvironment(), {});
    QVERIFY(reread.string(QStringLiteral("LastPhone")).isEmpty());
    QCOMPARE(reread.string(QStringLiteral("LastRegion")), QStringLiteral("FR"));
    // The resend cooldown of the number stays (so a reset cannot be used to pump SMS).
    QVERIFY(session.cooldownRemainingMs(number) > 0);
}

void TestKioskSession::wipeEndsTheSessionOnTheServerInTheBackground()
{
    // Issue 17: a kiosk handed a forever-valid token to its application and its reset could not
    // take it back. Now every reset ends the session on the server; when the server cannot be
    // reached, it tries again later, and the reset never waits.
    QTemporaryDir dir;
    FakeDirectus server;
    QNetworkAccessManager nam;
    DirectusClient client(nam);
    ClientOptions options;
    options.server = server.url();
    options.loginFlow = FlowRef::parse(FakeDirectus::loginFlowId()).value();
    options.verifyFlow = FlowRef::parse(FakeDirectus::verifyFlowId()).value();
    client.setOptions(options);
    MemoryTokenStore store;
    ManualClock clock;
    SignInSession session(client, store, clock);
    session.setTokenKey(QStringLiteral("kiosk@") + server.url().toString());
    Config config(
        { dir.filePath(QStringLiteral("system.conf")), dir.filePath(QStringLiteral("user.conf")) },
        QProcessEnvironment(), { { QStringLiteral("Kiosk"), true } });
    KioskSession kiosk(session, client, store, config, clock, nullptr);
    kiosk.setRevokeRetryMs(100);
    const auto signIn = [&] {
        QSignalSpy in(&session, &SignInSession::signedIn);
        session.requestCode(PhoneNumber::parse(QStringLiteral("+447123456001"), {}));
        if (!QTest::qWaitFor([&] { return session.state() == State::AwaitingCode; }, 3000))
            return false;
        session.submitCode(FakeDirectus::code());
        return in.wait(5000);
    };
    QVERIFY(signIn());
    QCOMPARE(server.liveSessions(), 1);
    kiosk.wipe();
    QCOMPARE(session.state(), State::Idle); // at once
    QTRY_COMPARE(server.liveSessions(), 0);
    QTRY_COMPARE(kiosk.pendingRevocations(), 0);

    // The server fails twice: the session is ended on the third try.
    clock.advance(60000);
    QVERIFY(signIn());
    QCOMPARE(server.liveSessions(), 1);
    server.fail(QStringLiteral("/auth/logout"),
        HttpResponse::directusError(
            503, QStringLiteral("SERVICE_UNAVAILABLE"), QStringLiteral("down")),
        2);
    kiosk.wipe();
    QTRY_COMPARE(server.count("POST", QStringLiteral("/auth/logout")),
        1 + 3); // the first reset, then 3 tries
    QTRY_COMPARE(server.liveSessions(), 0);
    QTRY_COMPARE(kiosk.pendingRevocations(), 0);
}

QTEST_GUILESS_MAIN(TestKioskSession)
#include "tst_kiosksession.moc"
