// The keychain that answers only after 30 s, in the GUI process: the Secret Service of a private
// bus is stopped (SIGSTOP) while the sign-in stores its token. The event loop keeps ticking (a
// QTimer probe), the store's own timeout (set short here) ends the step with its message, the
// session offers "keep for this session" / retry, and nothing is stored once the daemon runs again.
//
// The private bus must be chosen before anything in this process talks D-Bus, hence main().
#include "DirectusClient.h"
#include "FakeServer.h"
#include "FaultEnvironment.h"
#include "SignInSession.h"
#include "TestValues.h"
#include "TokenStore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

namespace {
PrivateKeyring *g_keyring = nullptr;
QString g_keyringProblem;
const QString Token = QStringLiteral("gui-stall-Pw3Xk8Lr2Tq9Vb6N");
} // namespace

class tst_FaultsGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void stalledKeychainKeepsTheUiResponsive();
};

void tst_FaultsGui::initTestCase()
{
    if (!g_keyringProblem.isEmpty()) {
        if (!qEnvironmentVariableIsEmpty("DL_WITH_KEYRING"))
            QFAIL(qPrintable(g_keyringProblem));
        QSKIP(qPrintable(QStringLiteral("SKIPPED LOUDLY: ") + g_keyringProblem));
    }
}

void tst_FaultsGui::stalledKeychainKeepsTheUiResponsive()
{
    FakeServer server;
    server.on("GET", TestValues::verifyPath(),
        HttpResponse::json(
            200, QByteArrayLiteral(R"({"message":"ok","token":")") + Token.toLatin1() + "\"}"));
    server.on(
        "GET", QStringLiteral("/users/me"), HttpResponse::json(200, R"({"data":{"id":"u-1"}})"));
    QNetworkAccessManager nam;
    DirectusClient client(nam);
    client.setOptions(TestValues::clientOptions(server.url()));
    KeychainTokenStore store;
    store.setTimeout(1500);
    SystemClock clock;
    SignInSession session(client, store, clock);
    const QString key = TokenStore::key(QStringLiteral("gui"), server.url().toString());
    session.setTokenKey(key);
    QVERIFY(session.resumeSession(QStringLiteral("33333333-3333-4333-8333-333333333333")));

    QVERIFY(g_keyring->stall());
    int ticks = 0;
    QTimer probe;
    probe.setInterval(50);
    QObject::connect(&probe, &QTimer::timeout, &probe, [&ticks] { ++ticks; });
    probe.start();
    QElapsedTimer elapsed;
    elapsed.start();
    QSignalSpy failed(&session, &SignInSession::failed);
    QVERIFY(session.submitCode(QStringLiteral("482913")));
    QVERIFY(failed.wait(10000));
    const qint64 ms = elapsed.elapsed();
    QVERIFY(g_keyring->resume());

    QCOMPARE(session.lastError().kind(), Error::Kind::KeychainTimeout);
    QVERIFY2(session.lastError().message().startsWith(
                 QStringLiteral("The keychain did not answer in time.")),
        qPrintable(session.lastError().message()));
    QCOMPARE(session.state(), SignInSession::State::StoreFailed);
    QVERIFY2(ms >= 1400 && ms < 5000, qPrintable(QString::number(ms)));
    // 50 ms ticks all along: the loop never blocked for long.
    QVERIFY2(ticks >= int(ms / 50) / 2,
        qPrintable(QStringLiteral("%1 ticks in %2 ms").arg(ticks).arg(ms)));
    // Usable: leaving keeps nothing.
    session.cancel();
    QCOMPARE(session.state(), SignInSession::State::AwaitingCode);
    QVERIFY(session.bearer().isEmpty());
    // The late write may still land once the daemon runs again — only ever under this key, with
    // this (valid) token; the session itself holds nothing.
    QTest::qWait(500);
    const QString stored = g_keyring->storedTokens();
    QVERIFY2(stored.isEmpty()
            || (stored.count(QStringLiteral("attribute.user = ")) == 1
                && g_keyring->lookup(key) == Token),
        qPrintable(stored));
}

int main(int argc, char *argv[])
{
    PrivateKeyring keyring;
    g_keyring = &keyring;
    g_keyringProblem = PrivateKeyring::unavailableReason();
    if (g_keyringProblem.isEmpty() && !keyring.start())
        g_keyringProblem = QStringLiteral("the private keyring did not start: ") + keyring.error();
    if (g_keyringProblem.isEmpty()) {
        // Before QApplication and before anything in this process opens the session bus.
        qputenv("DBUS_SESSION_BUS_ADDRESS", keyring.busAddress().toUtf8());
        qunsetenv("DISPLAY");
    }
    QApplication app(argc, argv);
    tst_FaultsGui tc;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&tc, argc, argv);
}

#include "tst_faultsgui.moc"
