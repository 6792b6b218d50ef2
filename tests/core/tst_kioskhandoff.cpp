// The kiosk's hand-off: the real application gets DIRECTUS_URL in its environment and the
// sign-in as one JSON line on its standard input, never on its command line nor in its
// environment (checked from inside the started program: its "$@", /proc/<pid>/cmdline and env),
// the command is split without a shell, and every end is reported.

#include "KioskHandOff.h"
#include "TestFiles.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/types.h>

namespace {
const QString Token = QStringLiteral("tok-3f9a1c7e-kiosk-secret");
const QByteArray Line
    = KioskHandOff::credentialLine(QUrl(QStringLiteral("https://cms.example.com")), Token,
        QStringLiteral("refresh-9c1e-kiosk-secret"),
        QDateTime(QDate(2026, 12, 3), QTime(14, 0), Qt::UTC));

} // namespace

class TestKioskHandOff : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void parseCommand_data();
    void parseCommand();
    void environmentReplacesToken();
    void tokenOnStandardInputOnly();
    void exitCodeAndCrash_data();
    void exitCodeAndCrash();
    void missingProgramFails();
    void emptyCommandFails();
    void oneAtATime();
    void destroyingStopsTheApplication();

private:
    QTemporaryDir m_dir;
    QString m_script;
};

void TestKioskHandOff::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_script = m_dir.filePath(QStringLiteral("app.sh"));
    QFile script(m_script);
    QVERIFY(script.open(QIODevice::WriteOnly));
    // Writes what the program sees: its environment, its arguments and its kernel command line.
    script.write("#!/bin/sh\n"
                 "out=\"$1\"; shift\n"
                 "env > \"$out.env\"\n"
                 "cat > \"$out.stdin\"\n"
                 "for a in \"$@\"; do printf '%s\\n' \"$a\"; done > \"$out.args\"\n"
                 "tr '\\0' ' ' < /proc/$$/cmdline > \"$out.cmdline\"\n"
                 "exit \"${EXIT_WITH:-0}\"\n");
    script.close();
    QFile::setPermissions(m_script, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

void TestKioskHandOff::parseCommand_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QStringList>("words");
    QTest::newRow("program") << QStringLiteral("/usr/bin/app")
                             << QStringList { QStringLiteral("/usr/bin/app") };
    QTest::newRow("arguments") << QStringLiteral("app --full-screen  -v")
                               << QStringList { QStringLiteral("app"),
                                      QStringLiteral("--full-screen"), QStringLiteral("-v") };
    QTest::newRow("quoted") << QStringLiteral("\"/opt/My App/run\" 'not $HOME' \"a b\"")
                            << QStringList { QStringLiteral("/opt/My App/run"),
                                   QStringLiteral("'not"), QStringLiteral("$HOME'"),
                                   QStringLiteral("a b") };
    QTest::newRow("no shell") << QStringLiteral("app; rm -rf / | cat")
                              << QStringList { QStringLiteral("app;"), QStringLiteral("rm"),
                                     QStringLiteral("-rf"), QStringLiteral("/"),
                                     QStringLiteral("|"), QStringLiteral("cat") };
}

void TestKioskHandOff::parseCommand()
{
    QFETCH(QString, command);
    QFETCH(QStringList, words);
    const auto parsed = KioskHandOff::parseCommand(command);
    QVERIFY(parsed.ok());
    QCOMPARE(parsed.value(), words);
}

void TestKioskHandOff::environmentReplacesToken()
{
    QProcessEnvironment base;
    base.insert(QStringLiteral("DIRECTUS_TOKEN"), QStringLiteral("someone-elses"));
    base.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    const QProcessEnvironment env
        = KioskHandOff::environment(base, QUrl(QStringLiteral("https://cms.example.com/")));
    QVERIFY(!env.contains(QStringLiteral("DIRECTUS_TOKEN"))); // not even someone else's
    QCOMPARE(env.value(QStringLiteral("DIRECTUS_URL")), QStringLiteral("https://cms.example.com"));
    QCOMPARE(env.value(QStringLiteral("LANG")), QStringLiteral("C.UTF-8"));
}

void TestKioskHandOff::tokenOnStandardInputOnly()
{
    KioskHandOff handOff;
    QSignalSpy started(&handOff, &KioskHandOff::started);
    QSignalSpy finished(&handOff, &KioskHandOff::finished);
    QSignalSpy failed(&handOff, &KioskHandOff::failed);
    const QString out = m_dir.filePath(QStringLiteral("run1"));
    const QString command = QStringLiteral("/bin/sh %1 %2 first \"second arg\"").arg(m_script, out);
    QVERIFY(handOff.start(command, QUrl(QStringLiteral("https://cms.example.com")), Line));
    QVERIFY(handOff.isRunning());
    QVERIFY(finished.wait(10000));
    QCOMPARE(started.count(), 1);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(finished.at(0).at(0).toInt(), 0);
    QCOMPARE(finished.at(0).at(1).toBool(), false);
    QVERIFY(!handOff.isRunning());

    const QByteArray env = "\n" + readFile(out + QStringLiteral(".env"));
    QVERIFY(!env.contains(Token.toLatin1()));
    QVERIFY(!env.contains("DIRECTUS_TOKEN="));
    QVERIFY(env.contains("\nDIRECTUS_URL=https://cms.example.com\n"));
    // The sign-in arrives on standard input, one JSON line.
    const QJsonObject handed
        = QJsonDocument::fromJson(readFile(out + QStringLiteral(".stdin"))).object();
    QCOMPARE(handed.value(QStringLiteral("access_token")).toString(), Token);
    QCOMPARE(handed.value(QStringLiteral("refresh_token")).toString(),
        QStringLiteral("refresh-9c1e-kiosk-secret"));
    QCOMPARE(handed.value(QStringLiteral("expires_at")).toString(),
        QStringLiteral("2026-12-03T14:00:00Z"));
    QCOMPARE(handed.value(QStringLiteral("server")).toString(),
        QStringLiteral("https://cms.example.com"));
    QCOMPARE(readFile(out + QStringLiteral(".args")), QByteArray("first\nsecond arg\n"));
    const QByteArray cmdline = readFile(out + QStringLiteral(".cmdline"));
    QVERIFY(cmdline.contains("first second arg"));
    QVERIFY(!cmdline.contains(Token.toLatin1()));
    // And this process's own environment never had it.
    QVERIFY(qEnvironmentVariable("DIRECTUS_TOKEN") != Token);
}

void TestKioskHandOff::exitCodeAndCrash_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<bool>("crashed");
    QTest::newRow("exit 0") << QStringLiteral("/bin/sh -c \"exit 0\"") << 0 << false;
    QTest::newRow("exit 3") << QStringLiteral("/bin/sh -c \"exit 3\"") << 3 << false;
    QTest::newRow("killed") << QStringLiteral("/bin/sh -c \"kill -KILL $$\"") << 9 << true;
}

void TestKioskHandOff::exitCodeAndCrash()
{
    QFETCH(QString, command);
    QFETCH(int, exitCode);
    QFETCH(bool, crashed);
    KioskHandOff handOff;
    QSignalSpy finished(&handOff, &KioskHandOff::finished);
    QVERIFY(handOff.start(command, QUrl(QStringLiteral("https://cms.example.com")), Line));
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.at(0).at(1).toBool(), crashed);
    if (!crashed)
        QCOMPARE(finished.at(0).at(0).toInt(), exitCode);
}

void TestKioskHandOff::missingProgramFails()
{
    KioskHandOff handOff;
    QSignalSpy failed(&handOff, &KioskHandOff::failed);
    QSignalSpy finished(&handOff, &KioskHandOff::finished);
    handOff.start(QStringLiteral("/nonexistent/kiosk-app --flag"),
        QUrl(QStringLiteral("https://cms.example.com")), Line);
    QVERIFY(failed.count() == 1 || failed.wait(10000));
    const Error error = failed.at(0).at(0).value<Error>();
    QCOMPARE(error.kind(), Error::Kind::InvalidInput);
    QVERIFY(error.message().contains(QStringLiteral("KioskExec")));
    QVERIFY(error.detail().contains(QStringLiteral("/nonexistent/kiosk-app")));
    QVERIFY(!error.detail().contains(Token));
    QCOMPARE(finished.count(), 0);
    QVERIFY(!handOff.isRunning());
}

void TestKioskHandOff::emptyCommandFails()
{
    KioskHandOff handOff;
    QSignalSpy failed(&handOff, &KioskHandOff::failed);
    QVERIFY(!handOff.start(
        QStringLiteral("   "), QUrl(QStringLiteral("https://cms.example.com")), Line));
    QCOMPARE(failed.count(), 0); // later, from the event loop
    QVERIFY(failed.wait(2000));
}

void TestKioskHandOff::oneAtATime()
{
    KioskHandOff handOff;
    QSignalSpy finished(&handOff, &KioskHandOff::finished);
    QVERIFY(handOff.start(
        QStringLiteral("/bin/sleep 0.3"), QUrl(QStringLiteral("https://cms.example.com")), Line));
    QVERIFY(!handOff.start(
        QStringLiteral("/bin/true"), QUrl(QStringLiteral("https://cms.example.com")), Line));
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.count(), 1);
}

void TestKioskHandOff::destroyingStopsTheApplication()
{
    qint64 pid = 0;
    {
        KioskHandOff handOff;
        QSignalSpy started(&handOff, &KioskHandOff::started);
        QVERIFY(handOff.start(QStringLiteral("/bin/sleep 30"),
            QUrl(QStringLiteral("https://cms.example.com")), Line));
        QVERIFY(started.wait(10000));
        pid = handOff.processId();
        QVERIFY(pid > 0);
        QCOMPARE(::kill(pid_t(pid), 0), 0);
    }
    // Killed and reaped: the process is gone.
    QTRY_VERIFY_WITH_TIMEOUT(::kill(pid_t(pid), 0) != 0, 5000);
}

QTEST_GUILESS_MAIN(TestKioskHandOff)
#include "tst_kioskhandoff.moc"
