// Killing directus-login (SIGKILL) in the middle of a sign-in leaves a consistent state: the next
// start is either signed in with a token that works for THAT server and profile, or signed out —
// never a token under another server or profile, never a half-written entry. Runs the real binary
// against a private gnome-keyring (PrivateKeyring), which can be stopped mid-write.
#include "CliProcess.h"
#include "FakeServer.h"
#include "FaultEnvironment.h"
#include "TestValues.h"

#include <QTest>

namespace {
using TestValues::LoginFlow;
using TestValues::SessionUuid;
using TestValues::VerifyFlow;
const QString Code = QStringLiteral("482913");
const QString Token = QStringLiteral("crash-token-Qm4Rt7Yp2Wx9Kd3N");

HttpResponse verified()
{
    return HttpResponse::json(200,
        QByteArrayLiteral(R"({"message":"session validated successfully.","token":")")
            + Token.toLatin1() + "\"}");
}

// /users/me that accepts only Token.
HttpResponse me(const HttpRequest &request)
{
    if (request.header("authorization") == "Bearer " + Token.toLatin1())
        return HttpResponse::json(200, R"({"data":{"id":"u-1","first_name":"Ada"}})");
    return HttpResponse::directusError(
        401, QStringLiteral("INVALID_CREDENTIALS"), QStringLiteral("Invalid user credentials."));
}
} // namespace

class tst_CrashSafety : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void killWhileVerifying_data();
    void killWhileVerifying();
    void killDuringKeychainWrite();
    void tokenStaysWithItsServerAndProfile();

private:
    QStringList connection(const QUrl &server, const QString &profile) const;
    QStringList verify(const QUrl &server, const QString &profile) const;
    // The state after a restart is consistent for `server`/`profile` (see the file comment).
    void expectConsistent(const QUrl &server, const QString &profile);

    CliProcess m_cli { QStringLiteral(DL_BINARY) };
    PrivateKeyring m_keyring;
};

void tst_CrashSafety::initTestCase()
{
    QVERIFY2(QFile::exists(QStringLiteral(DL_BINARY)), DL_BINARY);
    DL_REQUIRE_PRIVATE_KEYRING("crash-safety tests");
    QVERIFY2(m_keyring.start(), qPrintable(m_keyring.error()));
}

void tst_CrashSafety::cleanup()
{
    m_keyring.resume();
    // Each test starts signed out everywhere.
    const QString left = m_keyring.storedTokens();
    if (!left.isEmpty()) {
        for (const QString &line : left.split(QLatin1Char('\n'))) {
            if (line.startsWith(QLatin1String("attribute.user = "))) {
                QProcess::execute(QStringLiteral("env"),
                    { QStringLiteral("DBUS_SESSION_BUS_ADDRESS=") + m_keyring.busAddress(),
                        QStringLiteral("secret-tool"), QStringLiteral("clear"),
                        QStringLiteral("server"), QStringLiteral("directus-login"),
                        QStringLiteral("user"), line.mid(int(qstrlen("attribute.user = "))) });
            }
        }
    }
}

QStringList tst_CrashSafety::connection(const QUrl &server, const QString &profile) const
{
    return { QStringLiteral("--server"), server.toString(), QStringLiteral("--login-flow"),
        LoginFlow, QStringLiteral("--verify-flow"), VerifyFlow, QStringLiteral("--profile"),
        profile };
}

QStringList tst_CrashSafety::verify(const QUrl &server, const QString &profile) const
{
    return QStringList { QStringLiteral("verify"), QStringLiteral("--session"), SessionUuid,
        QStringLiteral("--code"), Code }
    + connection(server, profile);
}

void tst_CrashSafety::expectConsistent(const QUrl &server, const QString &profile)
{
    const QString key = profile + QLatin1Char('@') + server.toString();
    const QString stored = m_keyring.storedTokens();
    const CliRun status
        = m_cli.run(QStringList { QStringLiteral("status") } + connection(server, profile),
            m_cli.environment(m_keyring.environment()));
    if (stored.isEmpty()) {
        QVERIFY2(
            status.exitCode == 4 && status.err.contains("Not signed in"), qPrintable(status.all()));
        qInfo("after the kill: signed out");
        return;
    }
    // Exactly one entry, under this server and profile, holding the token the server accepts.
    QCOMPARE(stored.count(QStringLiteral("attribute.user = ")), 1);
    QVERIFY2(stored.contains(QStringLiteral("attribute.user = ") + key), qPrintable(stored));
    QCOMPARE(m_keyring.lookup(key), Token);
    QVERIFY2(
        status.exitCode == 0 && status.out.contains("Signed in to "), qPrintable(status.all()));
    qInfo("after the kill: signed in with a working token");
}

void tst_CrashSafety::killWhileVerifying_data()
{
    QTest::addColumn<QString>("hangAt");
    QTest::newRow("verify flow hangs") << QStringLiteral("/flows/trigger/") + VerifyFlow;
    QTest::newRow("token check hangs") << QStringLiteral("/users/me");
}

void tst_CrashSafety::killWhileVerifying()
{
    QFETCH(QString, hangAt);
    FakeServer server;
    server.on("GET", QStringLiteral("/flows/trigger/") + VerifyFlow, verified());
    server.on("GET", QStringLiteral("/users/me"), [](const HttpRequest &r) { return me(r); });
    HttpResponse hang;
    hang.hang = true;
    server.on("GET", hangAt, hang);

    auto process = m_cli.start(
        verify(server.url(), QStringLiteral("crash")), m_cli.environment(m_keyring.environment()));
    QTRY_VERIFY_WITH_TIMEOUT(server.count("GET", hangAt) == 1, 10000);
    QCOMPARE(process->state(), QProcess::Running);
    process->kill(); // SIGKILL
    QVERIFY(process->waitForFinished(5000));
    QCOMPARE(process->exitStatus(), QProcess::CrashExit);
    server.on("GET", hangAt, hangAt.startsWith(QLatin1String("/users")) ? me({}) : verified());
    server.on("GET", QStringLiteral("/users/me"), [](const HttpRequest &r) { return me(r); });

    QCOMPARE(m_keyring.storedTokens(), QString());
    expectConsistent(server.url(), QStringLiteral("crash"));
}

void tst_CrashSafety::killDuringKeychainWrite()
{
    // The token is checked, then the keychain write starts — and the Secret Service is stopped
    // (SIGSTOP) just before, so the write is in flight when the process is killed. The daemon then
    // carries on with whatever it received.
    FakeServer server;
    server.on("GET", QStringLiteral("/flows/trigger/") + VerifyFlow, verified());
    server.on("GET", QStringLiteral("/users/me"), [this](const HttpRequest &r) {
        m_keyring.stall();
        return me(r);
    });
    auto process = m_cli.start(
        verify(server.url(), QStringLiteral("crash")), m_cli.environment(m_keyring.environment()));
    QTRY_VERIFY_WITH_TIMEOUT(server.count("GET", QStringLiteral("/users/me")) == 1, 10000);
    QTest::qWait(500); // the write request reaches the bus and waits for the stopped daemon
    QCOMPARE(process->state(), QProcess::Running); // still waiting for the keychain
    process->kill();
    QVERIFY(process->waitForFinished(5000));
    QVERIFY(m_keyring.resume());
    server.on("GET", QStringLiteral("/users/me"), [](const HttpRequest &r) { return me(r); });
    expectConsistent(server.url(), QStringLiteral("crash"));
}

void tst_CrashSafety::tokenStaysWithItsServerAndProfile()
{
    FakeServer a;
    FakeServer b;
    for (FakeServer *s : { &a, &b }) {
        s->on("GET", QStringLiteral("/flows/trigger/") + VerifyFlow, verified());
        s->on("GET", QStringLiteral("/users/me"), [](const HttpRequest &r) { return me(r); });
    }
    const QProcessEnvironment env = m_cli.environment(m_keyring.environment());
    CliRun r = m_cli.run(verify(a.url(), QStringLiteral("x")), env);
    QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
    b.clearRequests();

    const QList<QPair<QUrl, QString>> elsewhere { { a.url(), QStringLiteral("y") },
        { b.url(), QStringLiteral("x") }, { b.url(), QStringLiteral("y") } };
    for (const auto &[server, profile] : elsewhere) {
        r = m_cli.run(QStringList { QStringLiteral("status") } + connection(server, profile), env);
        QVERIFY2(r.exitCode == 4 && r.err.contains("Not signed in"), qPrintable(r.all()));
        r = m_cli.run(QStringList { QStringLiteral("token") } + connection(server, profile), env);
        QVERIFY2(r.exitCode == 4 && !r.out.contains(Token.toUtf8()), qPrintable(r.all()));
    }
    for (const HttpRequest &request : b.requests())
        QVERIFY(!request.header("authorization").contains(Token.toLatin1()));
    const QString stored = m_keyring.storedTokens();
    QCOMPARE(stored.count(QStringLiteral("attribute.user = ")), 1);
    QVERIFY2(stored.contains(QStringLiteral("attribute.user = x@") + a.url().toString()),
        qPrintable(stored));
    expectConsistent(a.url(), QStringLiteral("x"));

    // A kill while signing in to B as y leaves A/x alone.
    HttpResponse hang;
    hang.hang = true;
    b.on("GET", QStringLiteral("/users/me"), hang);
    auto process = m_cli.start(verify(b.url(), QStringLiteral("y")), env);
    QTRY_VERIFY_WITH_TIMEOUT(b.count("GET", QStringLiteral("/users/me")) == 1, 10000);
    process->kill();
    QVERIFY(process->waitForFinished(5000));
    QCOMPARE(m_keyring.lookup(QStringLiteral("x@") + a.url().toString()), Token);
    QCOMPARE(m_keyring.lookup(QStringLiteral("y@") + b.url().toString()), QString());
}

QTEST_GUILESS_MAIN(tst_CrashSafety)
#include "tst_crashsafety.moc"
