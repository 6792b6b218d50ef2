// Kiosk through the real directus-login binary: `kiosk-pin` (from a pipe and from a terminal,
// where the PIN must not be echoed), configuration keys locked in the system file beating the
// user file, the environment and the command line, and a kiosk sign-in that leaves nothing in the
// keychain (run under tests/with-keyring, like every keychain test).

#include "CliProcess.h"
#include "DemoServer.h"
#include "KioskPin.h"
#include "TestFiles.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <csignal>
#include <poll.h>
#include <pty.h>
#include <sys/wait.h>
#include <unistd.h>

using Run = CliRun;

namespace {

const QString AdaNumber = QStringLiteral("+447123456001");

} // namespace

class TestKioskCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void kioskPinFromStandardInput();
    void kioskPinDefaultIterations();
    void kioskPinHelp();
    void kioskPinRefuses_data();
    void kioskPinRefuses();
    void kioskPinFromTerminalWithoutEcho();
    void kioskPinTerminalEntriesMustMatch();
    void lockedKeysWin_data();
    void lockedKeysWin();
    void unlockedKeysCanBeOverridden();
    void kioskSignInLeavesNothingInKeychain();
    void kioskWindowNeedsAnAdministratorPin();

private:
    Run run(const QStringList &arguments, const QByteArray &input = {},
        const QProcessEnvironment &extra = {});
    QByteArray runInTerminal(
        const QStringList &arguments, const QList<QByteArray> &answers, int *exitCode);
    QStringList connection() const;
    QString systemFile() const
    {
        return m_cli.home() + QStringLiteral("/etc/directus-login/directus-login.conf");
    }
    QString userFile() const
    {
        return m_cli.configDir() + QStringLiteral("/directus-login/directus-login.conf");
    }
    // request-code then verify with the code the demo server sent; the verify run's JSON.
    QJsonObject signIn(const QStringList &options, const QProcessEnvironment &extra = {});

    DemoServer m_server;
    CliProcess m_cli { QStringLiteral(DL_BINARY) };
    QString m_profile;
    QString m_code;
};

void TestKioskCli::initTestCase()
{
    QVERIFY2(QFile::exists(QStringLiteral(DL_BINARY)), DL_BINARY);
    QVERIFY(m_server.start());
    connect(&m_server, &DemoServer::smsSent, this,
        [this](const QString &, const QString &, const QString &code) { m_code = code; });
    m_profile = QStringLiteral("tst-kiosk-%1").arg(QCoreApplication::applicationPid());
}

void TestKioskCli::init()
{
    QFile::remove(systemFile());
    QFile::remove(userFile());
    QDir().mkpath(QFileInfo(systemFile()).absolutePath());
    QDir().mkpath(QFileInfo(userFile()).absolutePath());
    m_server.http().clearRequests();
    m_code.clear();
}

Run TestKioskCli::run(
    const QStringList &arguments, const QByteArray &input, const QProcessEnvironment &extra)
{
    // The demo server lives in this process: CliProcess keeps its event loop running.
    QProcessEnvironment env = m_cli.environment();
    const QStringList keys = extra.keys();
    for (const QString &key : keys)
        env.insert(key, extra.value(key));
    return m_cli.run(arguments, env, input);
}

// Runs the binary on a new pseudo-terminal; each answer is typed after the next prompt (a line
// ending in ": "). Returns everything the terminal showed.
QByteArray TestKioskCli::runInTerminal(
    const QStringList &arguments, const QList<QByteArray> &answers, int *exitCode)
{
    QList<QByteArray> argStorage { QByteArray(DL_BINARY) };
    for (const QString &a : arguments)
        argStorage << a.toLocal8Bit();
    std::vector<char *> argv;
    for (QByteArray &a : argStorage)
        argv.push_back(a.data());
    argv.push_back(nullptr);

    int master = -1;
    const pid_t pid = forkpty(&master, nullptr, nullptr, nullptr);
    if (pid < 0)
        qFatal("forkpty failed");
    if (pid == 0) {
        execv(argv[0], argv.data());
        _exit(127);
    }
    QByteArray screen;
    int answered = 0;
    QDeadlineTimer deadline(20000);
    while (!deadline.hasExpired()) {
        pollfd fd { master, POLLIN, 0 };
        if (poll(&fd, 1, 100) > 0) {
            char buffer[512];
            const ssize_t n = read(master, buffer, sizeof buffer);
            if (n <= 0)
                break; // EIO: the program closed the terminal
            screen.append(buffer, int(n));
        }
        if (answered < answers.size() && screen.count(": ") > answered) {
            const QByteArray line = answers.at(answered++) + '\n';
            if (write(master, line.constData(), size_t(line.size())) != line.size())
                qWarning("could not type into the terminal");
        }
    }
    int status = 0;
    if (deadline.hasExpired())
        kill(pid, SIGKILL);
    waitpid(pid, &status, 0);
    close(master);
    *exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return screen;
}

QStringList TestKioskCli::connection() const
{
    return { QStringLiteral("--server"), m_server.url().toString(), QStringLiteral("--login-flow"),
        DemoServer::loginFlowId(), QStringLiteral("--verify-flow"), DemoServer::verifyFlowId(),
        QStringLiteral("--profile"), m_profile };
}

QJsonObject TestKioskCli::signIn(const QStringList &options, const QProcessEnvironment &extra)
{
    Run r = run(QStringList { QStringLiteral("request-code"), QStringLiteral("--phone"), AdaNumber,
                    QStringLiteral("--json") }
            + options,
        {}, extra);
    if (r.exitCode != 0) {
        qWarning() << "request-code:" << r.exitCode << r.err;
        return {};
    }
    const QString session = QJsonDocument::fromJson(r.out)
                                .object()
                                .value(QStringLiteral("otp_session_uuid"))
                                .toString();
    r = run(QStringList { QStringLiteral("verify"), QStringLiteral("--session"), session,
                QStringLiteral("--code"), m_code, QStringLiteral("--json") }
            + options,
        {}, extra);
    if (r.exitCode != 0) {
        qWarning() << "verify:" << r.exitCode << r.err;
        return {};
    }
    return QJsonDocument::fromJson(r.out).object();
}

void TestKioskCli::kioskPinFromStandardInput()
{
    const Run r = run(
        { QStringLiteral("kiosk-pin"), QStringLiteral("--iterations"), QStringLiteral("1000") },
        "2468\n");
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.out.endsWith('\n'));
    QCOMPARE(r.out.count('\n'), 1); // one line to paste, nothing else on stdout
    QVERIFY(r.out.startsWith("KioskPinHash=pbkdf2-sha256$1000$"));
    const QString stored = QString::fromLatin1(r.out.trimmed().mid(int(qstrlen("KioskPinHash="))));
    QVERIFY(KioskPin::verify(QStringLiteral("2468"), stored));
    QVERIFY(!KioskPin::verify(QStringLiteral("2469"), stored));
    QVERIFY(!r.out.contains("2468"));
    QVERIFY(!r.err.contains("2468"));

    // The printed line, pasted into the system file, is read back as it was printed.
    writeFile(systemFile(), "[General]\n" + r.out);
    QSettings settings(systemFile(), QSettings::IniFormat);
    QCOMPARE(settings.value(QStringLiteral("KioskPinHash")).toString(), stored);
}

void TestKioskCli::kioskPinDefaultIterations()
{
    const Run r = run({ QStringLiteral("kiosk-pin") }, "13579\r\n");
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.out.startsWith("KioskPinHash=pbkdf2-sha256$100000$"));
    QVERIFY(
        KioskPin::verify(QStringLiteral("13579"), QString::fromLatin1(r.out.trimmed().mid(13))));
}

void TestKioskCli::kioskPinHelp()
{
    const Run r = run({ QStringLiteral("kiosk-pin"), QStringLiteral("--help") });
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("--iterations"));
    QVERIFY(r.out.contains("kiosk-pin [options]"));
    const Run main = run({ QStringLiteral("--help") });
    QVERIFY(main.out.contains("kiosk-pin"));
}

void TestKioskCli::kioskPinRefuses_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("says");
    QTest::newRow("too short") << QStringList() << QByteArray("123\n") << 2
                               << QByteArray("4 to 16 digits");
    QTest::newRow("letters") << QStringList() << QByteArray("12a4\n") << 2
                             << QByteArray("4 to 16 digits");
    QTest::newRow("no input") << QStringList() << QByteArray() << 1 << QByteArray("no PIN");
    QTest::newRow("PIN as argument")
        << QStringList { QStringLiteral("2468") } << QByteArray("2468\n") << 2
        << QByteArray("never from the command line");
    QTest::newRow("few iterations")
        << QStringList { QStringLiteral("--iterations"), QStringLiteral("5") }
        << QByteArray("2468\n") << 2 << QByteArray("--iterations");
    QTest::newRow("unknown option") << QStringList { QStringLiteral("--frobnicate") }
                                    << QByteArray("2468\n") << 2 << QByteArray("frobnicate");
}

void TestKioskCli::kioskPinRefuses()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, input);
    QFETCH(int, exitCode);
    QFETCH(QByteArray, says);
    const Run r = run(QStringList { QStringLiteral("kiosk-pin") } + arguments, input);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains(says), r.err.constData());
}

void TestKioskCli::kioskPinFromTerminalWithoutEcho()
{
    int exitCode = -1;
    const QByteArray screen = runInTerminal(
        { QStringLiteral("kiosk-pin"), QStringLiteral("--iterations"), QStringLiteral("1000") },
        { "97531", "97531" }, &exitCode);
    QCOMPARE(exitCode, 0);
    QVERIFY2(screen.contains("Administrator PIN: "), screen.constData());
    QVERIFY2(screen.contains("The same PIN again: "), screen.constData());
    QVERIFY2(!screen.contains("97531"), screen.constData()); // never echoed
    const int at = int(screen.indexOf("KioskPinHash="));
    QVERIFY(at >= 0);
    const QByteArray line = screen.mid(at, screen.indexOf('\n', at) - at).trimmed();
    QVERIFY(KioskPin::verify(QStringLiteral("97531"), QString::fromLatin1(line.mid(13))));
}

void TestKioskCli::kioskPinTerminalEntriesMustMatch()
{
    int exitCode = -1;
    const QByteArray screen = runInTerminal(
        { QStringLiteral("kiosk-pin"), QStringLiteral("--iterations"), QStringLiteral("1000") },
        { "97531", "97532" }, &exitCode);
    QCOMPARE(exitCode, 1);
    QVERIFY2(screen.contains("differ"), screen.constData());
    QVERIFY(!screen.contains("KioskPinHash="));
    QVERIFY(!screen.contains("9753"));
}

void TestKioskCli::lockedKeysWin_data()
{
    // Each row: the key the administrator locks, and how a user tries to override it.
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("how");
    for (const char *key : { "Server", "LoginFlow" }) {
        for (const char *how : { "user file", "environment", "command line" })
            QTest::addRow("%s by %s", key, how)
                << QString::fromLatin1(key) << QString::fromLatin1(how);
    }
    QTest::newRow("Kiosk by user file") << QStringLiteral("Kiosk") << QStringLiteral("user file");
    QTest::newRow("Kiosk by command line")
        << QStringLiteral("Kiosk") << QStringLiteral("command line");
}

void TestKioskCli::lockedKeysWin()
{
    QFETCH(QString, key);
    QFETCH(QString, how);
    const QString good = m_server.url().toString();
    const QString bad = QStringLiteral("http://127.0.0.1:9");
    const QString badFlow = QStringLiteral("00000000-0000-4000-8000-000000000000");
    QByteArray system
        = QStringLiteral("[General]\nProfile=%1\nLockedKeys=Server,LoginFlow,VerifyFlow,Kiosk\n"
                         "Kiosk=%2\n[Profile.%1]\nServer=%3\nLoginFlow=%4\nVerifyFlow=%5\n")
              .arg(m_profile,
                  key == QLatin1String("Kiosk") && how == QLatin1String("user file")
                      ? QStringLiteral("true")
                      : QStringLiteral("false"),
                  good, DemoServer::loginFlowId(), DemoServer::verifyFlowId())
              .toUtf8();
    writeFile(systemFile(), system);
    QStringList options;
    QProcessEnvironment env;
    const QString value = key == QLatin1String("Server") ? bad : badFlow;
    if (key == QLatin1String("Kiosk")) {
        if (how == QLatin1String("user file"))
            writeFile(userFile(), "[General]\nKiosk=false\n");
        else
            options << QStringLiteral("--kiosk");
    } else if (how == QLatin1String("user file")) {
        writeFile(userFile(),
            QStringLiteral("[Profile.%1]\n%2=%3\n").arg(m_profile, key, value).toUtf8());
    } else if (how == QLatin1String("environment")) {
        env.insert(key == QLatin1String("Server") ? QStringLiteral("DIRECTUS_URL")
                                                  : QStringLiteral("DIRECTUS_LOGIN_FLOW"),
            value);
    } else {
        options << (key == QLatin1String("Server") ? QStringLiteral("--server")
                                                   : QStringLiteral("--login-flow"))
                << value;
    }

    const QJsonObject signedIn = signIn(options, env);
    QVERIFY2(signedIn.value(QStringLiteral("signed_in")).toBool(),
        "the locked configuration was not used");
    QCOMPARE(signedIn.value(QStringLiteral("server")).toString(), good);
    int logins = 0;
    for (const HttpRequest &request : m_server.http().requests())
        logins += request.path == QStringLiteral("/flows/trigger/") + DemoServer::loginFlowId() ? 1
                                                                                                : 0;
    QCOMPARE(logins, 1);
    const QString location = signedIn.value(QStringLiteral("token_location")).toString();
    if (key == QLatin1String("Kiosk") && how == QLatin1String("user file")) {
        // Kiosk=true stays: the token went to memory only.
        QVERIFY2(location.contains(QStringLiteral("memory")), qPrintable(location));
    } else {
        // Kiosk=false stays (even with --kiosk): the keychain, as a desktop would.
        QVERIFY2(!location.contains(QStringLiteral("memory")), qPrintable(location));
        QCOMPARE(run(QStringList { QStringLiteral("logout") }, {}, env).exitCode, 0);
    }
}

void TestKioskCli::unlockedKeysCanBeOverridden()
{
    // The control: without LockedKeys the same overrides do win (so lockedKeysWin proves the lock).
    writeFile(systemFile(),
        QStringLiteral(
            "[General]\nProfile=%1\nKiosk=true\n[Profile.%1]\nServer=http://127.0.0.1:9\n"
            "LoginFlow=%2\nVerifyFlow=%3\n")
            .arg(m_profile, DemoServer::loginFlowId(), DemoServer::verifyFlowId())
            .toUtf8());
    writeFile(userFile(), "[General]\nKiosk=false\n");
    QProcessEnvironment env;
    env.insert(QStringLiteral("DIRECTUS_URL"), m_server.url().toString());
    const QJsonObject signedIn = signIn({}, env);
    QVERIFY(signedIn.value(QStringLiteral("signed_in")).toBool());
    QVERIFY(!signedIn.value(QStringLiteral("token_location"))
                 .toString()
                 .contains(QStringLiteral("memory")));
    QCOMPARE(run({ QStringLiteral("logout") }, {}, env).exitCode, 0);
}

void TestKioskCli::kioskSignInLeavesNothingInKeychain()
{
    if (qEnvironmentVariableIsEmpty("DL_WITH_KEYRING"))
        QFAIL("needs the test keyring: run under tests/with-keyring");
    // Control: a desktop sign-in is found by `token` afterwards …
    QJsonObject signedIn = signIn(connection());
    QVERIFY(signedIn.value(QStringLiteral("signed_in")).toBool());
    Run r = run(QStringList { QStringLiteral("token") } + connection());
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(run(QStringList { QStringLiteral("logout") } + connection()).exitCode, 0);

    // … a kiosk's is not: memory only, gone with the process.
    signedIn = signIn(QStringList { QStringLiteral("--kiosk") } + connection());
    QVERIFY(signedIn.value(QStringLiteral("signed_in")).toBool());
    QVERIFY(signedIn.value(QStringLiteral("token_location"))
                .toString()
                .contains(QStringLiteral("memory")));
    r = run(QStringList { QStringLiteral("token") } + connection());
    QCOMPARE(r.exitCode, 4);
    QVERIFY(r.out.isEmpty());
    // Kiosk=true in the system file does the same as --kiosk.
    writeFile(systemFile(), "[General]\nKiosk=true\n");
    signedIn = signIn(connection());
    QVERIFY(signedIn.value(QStringLiteral("token_location"))
                .toString()
                .contains(QStringLiteral("memory")));
    QCOMPARE(run(QStringList { QStringLiteral("token") } + connection()).exitCode, 4);
}

void TestKioskCli::kioskWindowNeedsAnAdministratorPin()
{
    // Issue 23: without a PIN in the system file the kiosk could not be left at all. It refuses to
    // start, and says what to do.
    const QString setUp
        = QStringLiteral("[General]\nProfile=%1\n[Profile.%1]\nServer=%2\nLoginFlow=%3\n"
                         "VerifyFlow=%4\n")
              .arg(m_profile, m_server.url().toString(), DemoServer::loginFlowId(),
                  DemoServer::verifyFlowId());
    QProcessEnvironment gui;
    gui.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    const QList<QPair<const char *, QString>> cases {
        { "no PIN", setUp },
        { "the example's placeholder",
            setUp
                + QStringLiteral("[General]\nKioskPinHash=REPLACE-WITH-THE-OUTPUT-OF-directus-"
                                 "login-kiosk-pin\n") },
    };
    for (const auto &[what, system] : cases) {
        writeFile(systemFile(), system.toUtf8());
        const Run r = run({ QStringLiteral("--kiosk") }, {}, gui);
        QVERIFY2(r.exitCode == 2, what);
        QVERIFY2(r.err.contains("directus-login kiosk-pin") && r.err.contains("KioskPinHash"),
            r.err.constData());
        QCOMPARE(m_server.http().requests().size(), 0);
    }
    // A PIN only in the user file does not count either (a user cannot let itself out).
    writeFile(systemFile(), setUp.toUtf8());
    writeFile(userFile(),
        "[General]\nKioskPinHash=" + KioskPin::makeHash(QStringLiteral("2468"), 1000).toUtf8()
            + "\n");
    QCOMPARE(run({ QStringLiteral("--kiosk") }, {}, gui).exitCode, 2);

    // With one in the system file it starts (and keeps running until stopped).
    QFile::remove(userFile());
    writeFile(systemFile(),
        (setUp + QStringLiteral("[General]\nKioskPinHash=")
            + KioskPin::makeHash(QStringLiteral("2468"), 1000) + QLatin1Char('\n'))
            .toUtf8());
    QProcessEnvironment env = m_cli.environment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    std::unique_ptr<QProcess> kiosk = m_cli.start({ QStringLiteral("--kiosk") }, env);
    QVERIFY(kiosk->waitForStarted());
    QVERIFY2(!kiosk->waitForFinished(1500), kiosk->readAllStandardError().constData());
    kiosk->kill();
    kiosk->waitForFinished();
}

QTEST_GUILESS_MAIN(TestKioskCli)
#include "tst_kioskcli.moc"
