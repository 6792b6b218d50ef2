// Process-level tests of the command line: the real directus-login binary against an in-test
// DemoServer over real HTTP, with the real keychain of the private test session
// (tests/with-keyring).

#include "Bidi.h"
#include "CliProcess.h"
#include "DemoServer.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using Run = CliRun;

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void helpAndUsage_data();
    void helpAndUsage();
    void requestCodeSendsPlusAsPercent2B();
    void requestCodeRejectsInvalidNumbers_data();
    void requestCodeRejectsInvalidNumbers();
    void missingPhoneNumberPluginIsExplained();
    void fullChain();
    void wrongCodeExits4();
    void unknownUserExits4();
    void unreachableServerExits1();
    void missingConfigurationIsUsageError();
    void demoSignInWorksOffline();
    void noKeychainStopsBeforeAnySms_data();
    void noKeychainStopsBeforeAnySms();
    void insecureStorageKeepsAPrivateFile();
    void printTokenStoresNothing();
    void environmentTokenOverrides();
    void tutorialBugIsDiagnosed();
    void numbersAndCountriesInEveryLanguage_data();
    void numbersAndCountriesInEveryLanguage();
    void verboseLogMasksSecrets();

private:
    Run run(const QStringList &arguments, const QByteArray &input = {},
        const QProcessEnvironment &extra = {});
    // As on a server over SSH or in a container: no session bus (so no Secret Service), no
    // display.
    Run runWithoutKeychain(const QStringList &arguments);
    QStringList connection() const;
    QString requestSession(const QString &phone);

    DemoServer m_server;
    CliProcess m_cli { QStringLiteral(DL_BINARY) };
    QString m_profile;
    QString m_code;
};

void TestCli::initTestCase()
{
    QVERIFY2(QFile::exists(QStringLiteral(DL_BINARY)), DL_BINARY);
    QVERIFY(m_server.start());
    connect(&m_server, &DemoServer::smsSent, this,
        [this](const QString &, const QString &, const QString &code) { m_code = code; });
    m_profile = QStringLiteral("tst-cli-%1").arg(QCoreApplication::applicationPid());
}

void TestCli::init()
{
    m_server.http().clearRequests();
    m_code.clear();
}

Run TestCli::run(
    const QStringList &arguments, const QByteArray &input, const QProcessEnvironment &extra)
{
    QProcessEnvironment env = m_cli.environment();
    const QStringList keys = extra.keys();
    for (const QString &key : keys)
        env.insert(key, extra.value(key));
    return m_cli.run(arguments, env, input);
}

Run TestCli::runWithoutKeychain(const QStringList &arguments)
{
    QProcessEnvironment env = m_cli.environment();
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
        QStringLiteral("unix:path=/nonexistent/directus-login-test-bus"));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    return m_cli.run(arguments, env, {});
}

QStringList TestCli::connection() const
{
    return { QStringLiteral("--server"), m_server.url().toString(), QStringLiteral("--login-flow"),
        DemoServer::loginFlowId(), QStringLiteral("--verify-flow"), DemoServer::verifyFlowId(),
        QStringLiteral("--profile"), m_profile };
}

QString TestCli::requestSession(const QString &phone)
{
    const Run r
        = run(QStringList { QStringLiteral("request-code"), QStringLiteral("--phone"), phone,
                  QStringLiteral("--country"), QStringLiteral("GB"), QStringLiteral("--json") }
            + connection());
    if (r.exitCode != 0) {
        qWarning() << r.err;
        return {};
    }
    return QJsonDocument::fromJson(r.out)
        .object()
        .value(QStringLiteral("otp_session_uuid"))
        .toString();
}

void TestCli::helpAndUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("expected");
    QTest::newRow("help") << QStringList { QStringLiteral("--help") } << 0
                          << QStringLiteral("request-code");
    QTest::newRow("version") << QStringList { QStringLiteral("--version") } << 0
                             << QStringLiteral("directus-login 0.");
    QTest::newRow("unknown option")
        << QStringList { QStringLiteral("status"), QStringLiteral("--frobnicate") } << 2
        << QStringLiteral("frobnicate");
    QTest::newRow("unknown command")
        << QStringList { QStringLiteral("frobnicate"), QStringLiteral("--demo") } << 2
        << QStringLiteral("Unknown command");
    QTest::newRow("request-code without phone") << QStringList { QStringLiteral("request-code"),
        QStringLiteral("--demo") } << 2 << QStringLiteral("--phone");
    QTest::newRow("verify without code") << QStringList { QStringLiteral("verify"),
        QStringLiteral("--demo"), QStringLiteral("--session"), QStringLiteral("x") }
                                         << 2 << QStringLiteral("--code");
    QTest::newRow("api without path")
        << QStringList { QStringLiteral("api"), QStringLiteral("--demo") } << 2
        << QStringLiteral("path");
}

void TestCli::helpAndUsage()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, expected);
    const Run r = run(arguments);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(QString::fromUtf8(r.out + r.err).contains(expected), (r.out + r.err).constData());
}

void TestCli::requestCodeSendsPlusAsPercent2B()
{
    const Run r = run(QStringList { QStringLiteral("request-code"), QStringLiteral("--phone"),
                          QStringLiteral("+44 7123 456001"), QStringLiteral("--json") }
        + connection());
    QCOMPARE(r.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(r.out).object();
    QVERIFY(!json.value(QStringLiteral("otp_session_uuid")).toString().isEmpty());
    QCOMPARE(m_server.http().requests().size(), 1);
    const HttpRequest request = m_server.http().requests().first();
    QVERIFY2(
        request.rawQuery.contains("phone_number=%2B447123456001"), request.rawQuery.constData());
    QCOMPARE(request.queryValue(QStringLiteral("phone_number")), QStringLiteral("+447123456001"));
    QCOMPARE(request.queryValue(QStringLiteral("country_code")), QStringLiteral("44"));
    // The code itself never reaches the output.
    QVERIFY(!m_code.isEmpty());
    QVERIFY(!r.out.contains(m_code.toUtf8()));
    QVERIFY(!r.err.contains(m_code.toUtf8()));
}

void TestCli::requestCodeRejectsInvalidNumbers_data()
{
    QTest::addColumn<QString>("phone");
    QTest::addColumn<QString>("reason");
    QTest::newRow("too short") << QStringLiteral("+44 7700") << QStringLiteral("short");
    QTest::newRow("letters") << QStringLiteral("call me") << QString();
    QTest::newRow("landline") << QStringLiteral("+44 20 7946 0000") << QStringLiteral("landline");
    QTest::newRow("freephone") << QStringLiteral("+44 800 123 4567")
                               << QStringLiteral("cannot receive text messages");
}

void TestCli::requestCodeRejectsInvalidNumbers()
{
    QFETCH(QString, phone);
    QFETCH(QString, reason);
    const Run r
        = run(QStringList { QStringLiteral("request-code"), QStringLiteral("--phone"), phone }
            + connection());
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("Error:"));
    if (!reason.isEmpty())
        QVERIFY2(QString::fromUtf8(r.err).contains(reason, Qt::CaseInsensitive), r.err.constData());
    QCOMPARE(m_server.http().requests().size(), 0); // nothing was sent
}

void TestCli::missingPhoneNumberPluginIsExplained()
{
    // A broken installation: the program starts, says what is wrong and what to do, sends nothing.
    QProcessEnvironment env;
    const QString missing = m_cli.home() + QStringLiteral("/no-such-plugin.so");
    env.insert(QStringLiteral("DL_PHONENUMBER_PLUGIN_PATH"), missing);
    const Run r = run(QStringList { QStringLiteral("request-code"), QStringLiteral("--phone"),
                          QStringLiteral("+447123456001") }
            + connection(),
        {}, env);
    QCOMPARE(r.exitCode, 1); // not a usage error: no number would do
    const QString err = QString::fromUtf8(r.err);
    QVERIFY2(err.contains(QLatin1String("Reinstall Directus Login")), r.err.constData());
    QVERIFY2(err.contains(missing), r.err.constData()); // the details name the file
    QCOMPARE(m_server.http().requests().size(), 0);
    // What needs no phone number still works.
    QCOMPARE(run({ QStringLiteral("--version") }, {}, env).exitCode, 0);
}

void TestCli::fullChain()
{
    const QString session = requestSession(QStringLiteral("07123 456001"));
    QVERIFY(!session.isEmpty());
    QVERIFY(!m_code.isEmpty());

    m_server.http().clearRequests();
    Run r = run(QStringList { QStringLiteral("verify"), QStringLiteral("--session"), session,
                    QStringLiteral("--code"), m_code }
        + connection());
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("Ada Lovelace"), r.out.constData());
    // The token the server issued is the one the client checked with /users/me.
    QByteArray issued;
    for (const HttpRequest &request : m_server.http().requests()) {
        if (request.path == QLatin1String("/users/me"))
            issued = request.header("authorization").mid(7);
    }
    QVERIFY(!issued.isEmpty());
    QVERIFY(!r.out.contains(issued));

    r = run(QStringList { QStringLiteral("token") } + connection());
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.trimmed(), issued);

    r = run(QStringList { QStringLiteral("status"), QStringLiteral("--json") } + connection());
    QCOMPARE(r.exitCode, 0);
    QJsonObject status = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(status.value(QStringLiteral("signed_in")).toBool(), true);
    QCOMPARE(
        status.value(QStringLiteral("user")).toObject().value(QStringLiteral("email")).toString(),
        QStringLiteral("ada@example.com"));

    r = run(QStringList { QStringLiteral("api"), QStringLiteral("/users/me") } + connection());
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(r.out)
                 .object()
                 .value(QStringLiteral("data"))
                 .toObject()
                 .value(QStringLiteral("first_name"))
                 .toString(),
        QStringLiteral("Ada"));

    r = run(QStringList { QStringLiteral("logout") } + connection());
    QCOMPARE(r.exitCode, 0);
    r = run(QStringList { QStringLiteral("status") } + connection());
    QCOMPARE(r.exitCode, 4);
    QVERIFY(r.err.contains("Not signed in"));
    r = run(QStringList { QStringLiteral("token") } + connection());
    QCOMPARE(r.exitCode, 4);
    QVERIFY(r.out.isEmpty());
    r = run(QStringList { QStringLiteral("api"), QStringLiteral("/users/me") } + connection());
    QCOMPARE(r.exitCode, 4);
}

void TestCli::wrongCodeExits4()
{
    const QString session = requestSession(QStringLiteral("+447123456001"));
    QVERIFY(!session.isEmpty());
    const QString wrong
        = m_code == QLatin1String("000000") ? QStringLiteral("111111") : QStringLiteral("000000");
    const Run r = run(QStringList { QStringLiteral("verify"), QStringLiteral("--session"), session,
                          QStringLiteral("--code"), wrong }
        + connection());
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(r.err.contains("not right"), r.err.constData());
    const Run token = run(QStringList { QStringLiteral("token") } + connection());
    QCOMPARE(token.exitCode, 4);
}

void TestCli::unknownUserExits4()
{
    const Run r = run(QStringList { QStringLiteral("request-code"), QStringLiteral("--phone"),
                          QStringLiteral("+447123456401") }
        + connection());
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(r.err.contains("No account"), r.err.constData());
    QVERIFY(m_code.isEmpty()); // no SMS
}

void TestCli::unreachableServerExits1()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    const Run r = run({ QStringLiteral("request-code"), QStringLiteral("--phone"),
        QStringLiteral("+447123456001"), QStringLiteral("--server"),
        QStringLiteral("http://127.0.0.1:%1").arg(port), QStringLiteral("--login-flow"),
        QStringLiteral("a"), QStringLiteral("--verify-flow"), QStringLiteral("b") });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("127.0.0.1"), r.err.constData());
    QVERIFY2(r.err.contains("refused"), r.err.constData());
}

void TestCli::missingConfigurationIsUsageError()
{
    const Run r = run({ QStringLiteral("status") });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("flow"), r.err.constData());
}

void TestCli::demoSignInWorksOffline()
{
    // The README's first command on a bare machine: no keychain, no display. No terminal: the
    // demo SMS fills the code in. The demo never touches a keychain: its sign-in is not saved.
    Run r = runWithoutKeychain({ QStringLiteral("--demo"), QStringLiteral("sign-in"),
        QStringLiteral("--phone"), QStringLiteral("+447123456001") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("Signed in to the demo server as Ada Lovelace"), r.out.constData());
    QVERIFY2(r.out.contains("demo: not saved"), r.out.constData());
    QVERIFY2(!r.err.contains("keychain") && !r.err.contains("XDG_RUNTIME_DIR"), r.err.constData());
    // Each demo command is a new demo server: signed out, and told why.
    r = runWithoutKeychain({ QStringLiteral("--demo"), QStringLiteral("status") });
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(r.err.contains("demo sign-ins are not saved"), r.err.constData());
    r = runWithoutKeychain({ QStringLiteral("--demo"), QStringLiteral("logout") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
}

void TestCli::noKeychainStopsBeforeAnySms_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("sign-in") << QStringList { QStringLiteral("sign-in"), QStringLiteral("--phone"),
        QStringLiteral("+447123456001") };
    QTest::newRow("request-code") << QStringList { QStringLiteral("request-code"),
        QStringLiteral("--phone"), QStringLiteral("+447123456001") };
    QTest::newRow("verify") << QStringList { QStringLiteral("verify"), QStringLiteral("--session"),
        QStringLiteral("0f0e0d0c-0b0a-4909-8807-060504030201"), QStringLiteral("--code"),
        QStringLiteral("123456") };
}

void TestCli::noKeychainStopsBeforeAnySms()
{
    QFETCH(QStringList, arguments);
    const Run r = runWithoutKeychain(arguments + connection());
    QCOMPARE(r.exitCode, 1);
    const QString err = QString::fromUtf8(r.err);
    QVERIFY2(err.contains(QStringLiteral("no keychain is running")), r.err.constData());
    QVERIFY2(err.contains(QStringLiteral("Nothing was sent")), r.err.constData());
    QVERIFY2(err.contains(QStringLiteral("--insecure-storage"))
            && err.contains(QStringLiteral("--print-token")),
        r.err.constData());
    QCOMPARE(m_server.http().requests().size(), 0); // no SMS, no code spent
    QVERIFY(m_code.isEmpty());
}

void TestCli::insecureStorageKeepsAPrivateFile()
{
    const QString file
        = m_cli.configDir() + QStringLiteral("/directus-login/directus-login.credentials");
    QFile::remove(file);
    Run r = runWithoutKeychain(QStringList { QStringLiteral("request-code"),
                                   QStringLiteral("--phone"), QStringLiteral("+447123456001"),
                                   QStringLiteral("--insecure-storage"), QStringLiteral("--json") }
        + connection());
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString session = QJsonDocument::fromJson(r.out)
                                .object()
                                .value(QStringLiteral("otp_session_uuid"))
                                .toString();
    QVERIFY(!m_code.isEmpty());
    QVERIFY(!QFile::exists(file)); // asking for a code stores nothing
    r = runWithoutKeychain(
        QStringList { QStringLiteral("verify"), QStringLiteral("--session"), session,
            QStringLiteral("--code"), m_code, QStringLiteral("--insecure-storage") }
        + connection());
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.err.contains("Stored in a file, not in the keychain"), r.err.constData());

    // The file: the user's alone, one entry (the sign-in), neither the code nor anything else.
    QVERIFY(QFile::exists(file));
    QCOMPARE(QFileInfo(file).permissions() & ~(QFile::ReadUser | QFile::WriteUser),
        QFile::ReadOwner | QFile::WriteOwner);
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray content = f.readAll();
    const QJsonObject entries = QJsonDocument::fromJson(content).object();
    QCOMPARE(entries.size(), 1);
    QVERIFY(!content.contains(m_code.toLatin1()));
    const QString stored = entries.constBegin().value().toString();

    // Later commands find it without the option, and say every time where it is.
    r = runWithoutKeychain(QStringList { QStringLiteral("token") } + connection());
    QCOMPARE(r.exitCode, 0);
    QVERIFY(stored.contains(QString::fromUtf8(r.out.trimmed())));
    r = runWithoutKeychain(QStringList { QStringLiteral("status") } + connection());
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("Stored in a file, not in the keychain"), r.out.constData());
    QVERIFY2(r.out.contains(QDir::toNativeSeparators(file).toUtf8()), r.out.constData());
    r = runWithoutKeychain(QStringList { QStringLiteral("logout") } + connection());
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(!QFile::exists(file));
    // Back to the keychain, which this machine does not have: status says so (not "signed in").
    r = runWithoutKeychain(QStringList { QStringLiteral("status") } + connection());
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("No keychain is available"), r.err.constData());
}

void TestCli::printTokenStoresNothing()
{
    const QString file
        = m_cli.configDir() + QStringLiteral("/directus-login/directus-login.credentials");
    const QString session = [this] {
        const Run r
            = runWithoutKeychain(QStringList { QStringLiteral("request-code"),
                                     QStringLiteral("--phone"), QStringLiteral("+447123456001"),
                                     QStringLiteral("--print-token"), QStringLiteral("--json") }
                + connection());
        return QJsonDocument::fromJson(r.out)
            .object()
            .value(QStringLiteral("otp_session_uuid"))
            .toString();
    }();
    QVERIFY(!session.isEmpty());
    Run r = runWithoutKeychain(
        QStringList { QStringLiteral("verify"), QStringLiteral("--session"), session,
            QStringLiteral("--code"), m_code, QStringLiteral("--print-token") }
        + connection());
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QByteArray printed = r.out.trimmed();
    QVERIFY2(
        !printed.isEmpty() && !printed.contains(' ') && !printed.contains('\n'), r.out.constData());
    QVERIFY2(r.err.contains("Nothing was stored"), r.err.constData());
    QVERIFY(!QFile::exists(file));
    // Nothing stored here; the printed token works as DIRECTUS_TOKEN.
    r = runWithoutKeychain(QStringList { QStringLiteral("status") } + connection());
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("No keychain is available"), r.err.constData());
    QProcessEnvironment env;
    env.insert(QStringLiteral("DIRECTUS_TOKEN"), QString::fromUtf8(printed));
    r = run(
        QStringList { QStringLiteral("api"), QStringLiteral("/users/me") } + connection(), {}, env);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("Ada"), r.out.constData());
}

void TestCli::environmentTokenOverrides()
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("DIRECTUS_TOKEN"), QStringLiteral("env-token-0123456789abcdef"));
    const Run r = run(QStringList { QStringLiteral("token") } + connection(), {}, env);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.trimmed(), QByteArray("env-token-0123456789abcdef"));
    const Run status = run(QStringList { QStringLiteral("status") } + connection(), {}, env);
    QCOMPARE(status.exitCode, 4); // the demo server does not know that token
    QVERIFY2(status.err.contains("DIRECTUS_TOKEN"), status.err.constData());
}

void TestCli::tutorialBugIsDiagnosed()
{
    const Run r = run(QStringList { QStringLiteral("request-code"), QStringLiteral("--phone"),
                          QStringLiteral("+447123456203") }
        + connection());
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("Diagnosis:"), r.err.constData());
    QVERIFY2(r.err.contains("credentials"), r.err.constData());
    QVERIFY(!r.err.contains("Basic "));
}

void TestCli::verboseLogMasksSecrets()
{
    const QString session = requestSession(QStringLiteral("+447123456001"));
    QVERIFY(!session.isEmpty());
    const Run r = run(QStringList { QStringLiteral("verify"), QStringLiteral("--verbose"),
                          QStringLiteral("--session"), session, QStringLiteral("--code"), m_code }
        + connection());
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.contains("/flows/trigger/"), r.err.constData());
    QByteArray issued;
    for (const HttpRequest &request : m_server.http().requests()) {
        if (request.path == QLatin1String("/users/me"))
            issued = request.header("authorization").mid(7);
    }
    QVERIFY(issued.size() >= 16);
    const QByteArray all = r.out + r.err;
    for (int i = 0; i + 6 <= issued.size(); ++i)
        QVERIFY2(!all.contains(issued.mid(i, 6)), "a piece of the token reached the output");
    QVERIFY2(!all.contains(m_code.toUtf8()), "the code reached the output");
    QVERIFY(all.contains("otp=••••••") || all.contains("otp=%E2%80%A2"));
    run(QStringList { QStringLiteral("logout") } + connection());
}

// Issue 22 on the command line: the country in the person's language ("Fehler: Diese Nummer ist
// zu kurz (Vereinigtes Königreich, +44)"), and in Arabic every number, code and calling code
// isolated as a left-to-right run, so "+44 •••• ••6001" reads that way in a right-to-left
// terminal. A left-to-right language gets no isolates at all: nothing invisible to copy or grep.
void TestCli::numbersAndCountriesInEveryLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("unitedKingdom");
    QTest::addColumn<bool>("rightToLeft");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("United Kingdom") << false;
    QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("Vereinigtes Königreich")
                        << false;
    QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("Royaume-Uni") << false;
    QTest::newRow("es") << QStringLiteral("es") << QStringLiteral("Reino Unido") << false;
    QTest::newRow("pt_BR") << QStringLiteral("pt_BR") << QStringLiteral("Reino Unido") << false;
    QTest::newRow("ar") << QStringLiteral("ar") << QStringLiteral("المملكة المتحدة") << true;
}

void TestCli::numbersAndCountriesInEveryLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, unitedKingdom);
    QFETCH(bool, rightToLeft);
    const auto hasIsolates = [](const QString &text) {
        return std::any_of(text.begin(), text.end(),
            [](QChar ch) { return ch.unicode() >= 0x2066 && ch.unicode() <= 0x2069; });
    };
    const QStringList lang { QStringLiteral("--lang"), language };

    // A number too short for the country: nothing is sent, the country is named in this language.
    Run r = run(lang
        + QStringList { QStringLiteral("request-code"), QStringLiteral("--phone"),
            QStringLiteral("07123"), QStringLiteral("--country"), QStringLiteral("GB") }
        + connection());
    QCOMPARE(r.exitCode, 2);
    const QString tooShort = QString::fromUtf8(r.err);
    QVERIFY2(tooShort.contains(unitedKingdom), r.err.constData());
    QVERIFY2(tooShort.contains(
                 rightToLeft ? Bidi::number(QStringLiteral("+44")) : QStringLiteral("+44")),
        r.err.constData());
    QCOMPARE(hasIsolates(tooShort), rightToLeft);
    QCOMPARE(m_server.http().requests().size(), 0);

    // A code sent: the masked number as one run in Arabic, plain elsewhere.
    r = run(lang
        + QStringList { QStringLiteral("request-code"), QStringLiteral("--phone"),
            QStringLiteral("07123 456001"), QStringLiteral("--country"), QStringLiteral("GB") }
        + connection());
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString sent = QString::fromUtf8(r.out);
    const QString masked = QStringLiteral("+44 •••• ••6001");
    QVERIFY2(sent.contains(rightToLeft ? Bidi::number(masked) : masked), r.out.constData());
    QCOMPARE(hasIsolates(sent + QString::fromUtf8(r.err)), rightToLeft);

    // The demo's advice holds a whole command: one run too.
    r = run(lang + QStringList { QStringLiteral("--demo"), QStringLiteral("status") });
    QCOMPARE(r.exitCode, 4);
    const QString command
        = QStringLiteral("directus-login --demo sign-in --phone \"+44 7123 456001\"");
    QVERIFY2(QString::fromUtf8(r.err).contains(rightToLeft ? Bidi::ltr(command) : command),
        r.err.constData());
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
