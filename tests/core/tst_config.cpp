#include "Config.h"
#include "TestFiles.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_METATYPE(Config::Source)

namespace {

const QString LoginId = QStringLiteral("8f1d2c7a-3b64-4e59-a0d2-5c9b7e41f6a3");
const QString VerifyId = QStringLiteral("b2e7c914-6a0f-4d3b-9c58-71e4a2d0f8c6");

} // namespace

class tst_Config : public QObject
{
    Q_OBJECT

private:
    // Files in a fresh temporary folder; either text may be empty (then the file does not exist).
    Config make(const QByteArray &system, const QByteArray &user,
        const QProcessEnvironment &env = {}, const QVariantHash &commandLine = {});
    Config::Paths paths() const;

    std::unique_ptr<QTemporaryDir> m_dir;

private slots:
    void init();
    void setUserValueKeepsCommentsAndOtherLines();
    void defaults();
    void precedence_data();
    void precedence();
    void lockedKeys_data();
    void lockedKeys();
    void lockedKeysOnlyFromTheSystemFile();
    void profiles();
    void profileFromEnvironmentAndLock();
    void usesProfiles_data();
    void usesProfiles();
    void profileValueOfAnotherProfile();
    void tokenKeyPerProfile();
    void switchingProfileIsRemembered();
    void setUserValue();
    void setUserValueRefusesLockedKey();
    void setUserValueRemoves();
    void clientOptionsErrors_data();
    void clientOptionsErrors();
    void clientOptions();
    void triggerUrlSuppliesServer();
    void caFile();
    void typedValues_data();
    void typedValues();
    void describeWithholdsSecrets();
};

void tst_Config::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

Config::Paths tst_Config::paths() const
{
    Config::Paths p;
    p.systemFile = m_dir->filePath(QStringLiteral("etc/directus-login.conf"));
    p.userFile = m_dir->filePath(QStringLiteral("home/.config/directus-login/directus-login.conf"));
    return p;
}

Config tst_Config::make(const QByteArray &system, const QByteArray &user,
    const QProcessEnvironment &env, const QVariantHash &commandLine)
{
    const Config::Paths p = paths();
    QDir().mkpath(QFileInfo(p.systemFile).absolutePath());
    QDir().mkpath(QFileInfo(p.userFile).absolutePath());
    QFile::remove(p.systemFile);
    QFile::remove(p.userFile);
    if (!system.isEmpty())
        writeFile(p.systemFile, system);
    if (!user.isEmpty())
        writeFile(p.userFile, user);
    return Config(p, env, commandLine);
}

void tst_Config::defaults()
{
    const Config config = make({}, {});
    QCOMPARE(config.integer(QStringLiteral("TimeoutSeconds")), 20);
    QCOMPARE(config.integer(QStringLiteral("CodeLength")), 6);
    QCOMPARE(config.integer(QStringLiteral("ResendSeconds")), 30);
    QCOMPARE(config.string(QStringLiteral("FlowMethod")), QStringLiteral("GET"));
    QCOMPARE(config.profile(), QStringLiteral("default"));
    QVERIFY(config.string(QStringLiteral("Server")).isEmpty());
    QVERIFY(!config.boolean(QStringLiteral("AllowInsecureHttp")));
    QVERIFY(!config.isKiosk());
    QVERIFY(!config.isProduction());
    QVERIFY(!config.isComplete());
    QCOMPARE(config.source(QStringLiteral("TimeoutSeconds")), Config::Source::Default);
    QVERIFY(config.lockedKeys().isEmpty());
    QCOMPARE(config.profiles(), QStringList { QStringLiteral("default") });
}

void tst_Config::precedence_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QByteArray>("system");
    QTest::addColumn<QByteArray>("user");
    QTest::addColumn<QString>("env"); // value of the key's environment variable; empty: unset
    QTest::addColumn<QString>("commandLine"); // empty: not given
    QTest::addColumn<QString>("expected");
    QTest::addColumn<Config::Source>("source");

    const QByteArray sys = "[Profile.default]\nServer=https://system.example.com\n";
    const QByteArray usr = "[Profile.default]\nServer=https://user.example.com\n";
    const QString env = QStringLiteral("https://env.example.com");
    const QString cmd = QStringLiteral("https://cmd.example.com");
    using S = Config::Source;

    QTest::newRow("default") << QStringLiteral("Server") << QByteArray() << QByteArray()
                             << QString() << QString() << QString() << S::Default;
    QTest::newRow("system") << QStringLiteral("Server") << sys << QByteArray() << QString()
                            << QString() << QStringLiteral("https://system.example.com")
                            << S::System;
    QTest::newRow("user over system")
        << QStringLiteral("Server") << sys << usr << QString() << QString()
        << QStringLiteral("https://user.example.com") << S::User;
    QTest::newRow("environment over user")
        << QStringLiteral("Server") << sys << usr << env << QString() << env << S::Environment;
    QTest::newRow("command line over all")
        << QStringLiteral("Server") << sys << usr << env << cmd << cmd << S::CommandLine;
    QTest::newRow("command line over system only")
        << QStringLiteral("Server") << sys << QByteArray() << QString() << cmd << cmd
        << S::CommandLine;
    QTest::newRow("environment over default")
        << QStringLiteral("Server") << QByteArray() << QByteArray() << env << QString() << env
        << S::Environment;
    QTest::newRow("profile key in [General] of the system file")
        << QStringLiteral("Server") << QByteArray("[General]\nServer=https://general.example.com\n")
        << QByteArray() << QString() << QString() << QStringLiteral("https://general.example.com")
        << S::System;
    QTest::newRow("profile section over [General] in the same file")
        << QStringLiteral("Server")
        << QByteArray(
               "[General]\nServer=https://general.example.com\n[Profile.default]\nServer=https://"
               "profile.example.com\n")
        << QByteArray() << QString() << QString() << QStringLiteral("https://profile.example.com")
        << S::System;
    QTest::newRow("user [General] over system profile section")
        << QStringLiteral("Server") << sys
        << QByteArray("[General]\nServer=https://user-general.example.com\n") << QString()
        << QString() << QStringLiteral("https://user-general.example.com") << S::User;

    const QByteArray sysT = "[General]\nTimeoutSeconds=30\n";
    const QByteArray usrT = "[General]\nTimeoutSeconds=40\n";
    QTest::newRow("general key: default")
        << QStringLiteral("TimeoutSeconds") << QByteArray() << QByteArray() << QString()
        << QString() << QStringLiteral("20") << S::Default;
    QTest::newRow("general key: system")
        << QStringLiteral("TimeoutSeconds") << sysT << QByteArray() << QString() << QString()
        << QStringLiteral("30") << S::System;
    QTest::newRow("general key: user") << QStringLiteral("TimeoutSeconds") << sysT << usrT
                                       << QString() << QString() << QStringLiteral("40") << S::User;
    QTest::newRow("general key without section")
        << QStringLiteral("TimeoutSeconds") << QByteArray("TimeoutSeconds=31\n") << QByteArray()
        << QString() << QString() << QStringLiteral("31") << S::System;
    QTest::newRow("general key: command line")
        << QStringLiteral("TimeoutSeconds") << sysT << usrT << QString() << QStringLiteral("50")
        << QStringLiteral("50") << S::CommandLine;
}

void tst_Config::precedence()
{
    QFETCH(QString, key);
    QFETCH(QByteArray, system);
    QFETCH(QByteArray, user);
    QFETCH(QString, env);
    QFETCH(QString, commandLine);
    QFETCH(QString, expected);
    QFETCH(Config::Source, source);

    QProcessEnvironment environment;
    if (!env.isEmpty())
        environment.insert(QStringLiteral("DIRECTUS_URL"), env);
    QVariantHash cmd;
    if (!commandLine.isEmpty())
        cmd.insert(key, commandLine);
    const Config config = make(system, user, environment, cmd);
    QCOMPARE(config.string(key), expected);
    QCOMPARE(config.sourceName(config.source(key)), Config::sourceName(source));
}

void tst_Config::lockedKeys_data()
{
    QTest::addColumn<QByteArray>("system");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<Config::Source>("source");

    const QByteArray locked
        = "[General]\nLockedKeys=Server,LoginFlow\n[Profile.default]\n"
          "Server=https://locked.example.com\nLoginFlow=locked-login\nVerifyFlow=system-verify\n";
    QTest::newRow("locked Server")
        << locked << QStringLiteral("Server") << QStringLiteral("https://locked.example.com")
        << Config::Source::System;
    QTest::newRow("locked LoginFlow") << locked << QStringLiteral("LoginFlow")
                                      << QStringLiteral("locked-login") << Config::Source::System;
    QTest::newRow("VerifyFlow not locked")
        << locked << QStringLiteral("VerifyFlow") << QStringLiteral("cmd-verify")
        << Config::Source::CommandLine;
    QTest::newRow("locked, spaces and case in the list")
        << QByteArray("[General]\nLockedKeys=\" server , loginflow "
                      "\"\n[Profile.default]\nServer=https://locked.example.com\n")
        << QStringLiteral("Server") << QStringLiteral("https://locked.example.com")
        << Config::Source::System;
    QTest::newRow("locked without a system value: default")
        << QByteArray("[General]\nLockedKeys=Server\n") << QStringLiteral("Server") << QString()
        << Config::Source::Default;
    QTest::newRow("locked in [General] applies to every profile")
        << QByteArray("[General]\nLockedKeys=Server\nServer=https://all.example.com\n")
        << QStringLiteral("Server") << QStringLiteral("https://all.example.com")
        << Config::Source::System;
}

void tst_Config::lockedKeys()
{
    QFETCH(QByteArray, system);
    QFETCH(QString, key);
    QFETCH(QString, expected);
    QFETCH(Config::Source, source);

    const QByteArray user
        = "[Profile.default]\nServer=https://user.example.com\nLoginFlow=user-login\n"
          "VerifyFlow=user-verify\n";
    QProcessEnvironment env;
    env.insert(QStringLiteral("DIRECTUS_URL"), QStringLiteral("https://env.example.com"));
    env.insert(QStringLiteral("DIRECTUS_LOGIN_FLOW"), QStringLiteral("env-login"));
    env.insert(QStringLiteral("DIRECTUS_VERIFY_FLOW"), QStringLiteral("env-verify"));
    const QVariantHash cmd { { QStringLiteral("Server"),
                                 QStringLiteral("https://cmd.example.com") },
        { QStringLiteral("LoginFlow"), QStringLiteral("cmd-login") },
        { QStringLiteral("VerifyFlow"), QStringLiteral("cmd-verify") } };
    const Config config = make(system, user, env, cmd);
    QCOMPARE(config.string(key), expected);
    QCOMPARE(Config::sourceName(config.source(key)), Config::sourceName(source));
    QCOMPARE(config.isLocked(key), source != Config::Source::CommandLine);
}

void tst_Config::lockedKeysOnlyFromTheSystemFile()
{
    const Config config = make(QByteArray("[Profile.default]\nServer=https://system.example.com\n"),
        QByteArray(
            "[General]\nLockedKeys=Server\n[Profile.default]\nServer=https://user.example.com\n"));
    QVERIFY(!config.isLocked(QStringLiteral("Server")));
    QCOMPARE(config.string(QStringLiteral("Server")), QStringLiteral("https://user.example.com"));
}

void tst_Config::profiles()
{
    Config config = make(
        QByteArray("[Profile.work]\nServer=https://work.example.com\nProduction=true\n"
                   "[Profile.default]\nServer=https://default.example.com\n"),
        QByteArray("[General]\nProfile=work\n[Profile.home]\nServer=https://home.example.com\n"));
    QCOMPARE(config.profile(), QStringLiteral("work"));
    QCOMPARE(config.string(QStringLiteral("Server")), QStringLiteral("https://work.example.com"));
    QVERIFY(config.isProduction());
    QCOMPARE(config.profiles(),
        (QStringList {
            QStringLiteral("default"), QStringLiteral("home"), QStringLiteral("work") }));

    // The Profile menu marks other profiles the way the current one is read: yes, 1, on count.
    QVERIFY(config.isProduction(QStringLiteral("work")));
    QVERIFY(!config.isProduction(QStringLiteral("home")));
    Config yes = make(QByteArray("[Profile.live]\nProduction=yes\n[Profile.qa]\nProduction=0\n"),
        QByteArray("[General]\nProfile=qa\n"));
    QVERIFY(yes.isProduction(QStringLiteral("live")));
    QVERIFY(!yes.isProduction(QStringLiteral("qa")));

    config.setProfile(QStringLiteral("home"));
    QCOMPARE(config.profile(), QStringLiteral("home"));
    QCOMPARE(config.string(QStringLiteral("Server")), QStringLiteral("https://home.example.com"));
    QCOMPARE(config.source(QStringLiteral("Server")), Config::Source::User);
    QVERIFY(!config.isProduction());

    config.setProfile(QStringLiteral("new"));
    QVERIFY(config.string(QStringLiteral("Server")).isEmpty());
    QVERIFY(config.profiles().contains(QStringLiteral("new")));

    // Non-profile keys are shared by every profile.
    QCOMPARE(config.integer(QStringLiteral("TimeoutSeconds")), 20);
}

void tst_Config::profileFromEnvironmentAndLock()
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("DIRECTUS_LOGIN_PROFILE"), QStringLiteral("home"));
    const QByteArray user
        = "[General]\nProfile=work\n[Profile.home]\nServer=https://home.example.com\n";
    const Config fromEnv = make({}, user, env);
    QCOMPARE(fromEnv.profile(), QStringLiteral("home"));
    QCOMPARE(fromEnv.string(QStringLiteral("Server")), QStringLiteral("https://home.example.com"));

    Config locked = make(QByteArray("[General]\nLockedKeys=Profile\nProfile=kiosk\n[Profile.kiosk]"
                                    "\nServer=https://kiosk.example.com\n"),
        user, env, { { QStringLiteral("Profile"), QStringLiteral("home") } });
    QCOMPARE(locked.profile(), QStringLiteral("kiosk"));
    locked.setProfile(QStringLiteral("home"));
    QCOMPARE(locked.profile(), QStringLiteral("kiosk"));
    QCOMPARE(locked.string(QStringLiteral("Server")), QStringLiteral("https://kiosk.example.com"));
}

void tst_Config::setUserValue()
{
    Config config = make(QByteArray("[General]\nTimeoutSeconds=30\n"), {});
    QVERIFY(
        config.setUserValue(QStringLiteral("Server"), QStringLiteral("https://mine.example.com")));
    QVERIFY(config.setUserValue(QStringLiteral("TimeoutSeconds"), 45));
    QVERIFY(config.setUserValue(QStringLiteral("LastRegion"), QStringLiteral("GB")));
    QCOMPARE(config.string(QStringLiteral("Server")), QStringLiteral("https://mine.example.com"));
    QCOMPARE(config.source(QStringLiteral("Server")), Config::Source::User);
    QCOMPARE(config.integer(QStringLiteral("TimeoutSeconds")), 45);

    // Written where it belongs, and read back by a new Config.
    QSettings file(paths().userFile, QSettings::IniFormat);
    QCOMPARE(file.value(QStringLiteral("Profile.default/Server")).toString(),
        QStringLiteral("https://mine.example.com"));
    QCOMPARE(file.value(QStringLiteral("TimeoutSeconds")).toInt(), 45);
    const Config again(paths(), QProcessEnvironment(), {});
    QCOMPARE(again.string(QStringLiteral("Server")), QStringLiteral("https://mine.example.com"));
    QCOMPARE(again.string(QStringLiteral("LastRegion")), QStringLiteral("GB"));
    QCOMPARE(again.integer(QStringLiteral("TimeoutSeconds")), 45);

    // A profile key goes to the current profile's section.
    config.setProfile(QStringLiteral("work"));
    QVERIFY(
        config.setUserValue(QStringLiteral("Server"), QStringLiteral("https://work.example.com")));
    QSettings file2(paths().userFile, QSettings::IniFormat);
    QCOMPARE(file2.value(QStringLiteral("Profile.work/Server")).toString(),
        QStringLiteral("https://work.example.com"));
    QCOMPARE(file2.value(QStringLiteral("Profile.default/Server")).toString(),
        QStringLiteral("https://mine.example.com"));
}

void tst_Config::setUserValueRefusesLockedKey()
{
    Config config = make(QByteArray("[General]\nLockedKeys=Server,LoginFlow\n[Profile.default]"
                                    "\nServer=https://locked.example.com\n"),
        QByteArray("[General]\nLanguage=de\n"));
    const QByteArray before = readFile(paths().userFile);
    QVERIFY(
        !config.setUserValue(QStringLiteral("Server"), QStringLiteral("https://mine.example.com")));
    QVERIFY(!config.setUserValue(QStringLiteral("loginflow"), QStringLiteral("mine")));
    QCOMPARE(readFile(paths().userFile), before);
    QCOMPARE(config.string(QStringLiteral("Server")), QStringLiteral("https://locked.example.com"));
    QVERIFY(config.setUserValue(QStringLiteral("VerifyFlow"), QStringLiteral("mine")));
    QCOMPARE(config.string(QStringLiteral("VerifyFlow")), QStringLiteral("mine"));
}

void tst_Config::setUserValueKeepsCommentsAndOtherLines()
{
    // Issue 23: switching profile rewrote the person's file through QSettings and dropped its
    // comments. Only the line of the key that changed may change.
    const QByteArray user = "; My Directus Login settings\n"
                            "[General]\n"
                            "; the one I use most\n"
                            "Profile=local\n"
                            "TimeoutSeconds = 30   \n"
                            "\n"
                            "# staging is behind the VPN\n"
                            "[Profile.staging]\n"
                            "Server=https://staging.example.com\n"
                            "\n"
                            "[Profile.local]\n"
                            "Server=http://localhost:8055 \n";
    Config config = make({}, user);
    QVERIFY(config.setUserValue(QStringLiteral("Profile"), QStringLiteral("staging")));
    QByteArray expected = user;
    expected.replace("Profile=local\n", "Profile=staging\n");
    QCOMPARE(readFile(paths().userFile), expected);

    // A profile key goes into its section, after the section's last line.
    config.setProfile(QStringLiteral("staging"));
    QVERIFY(config.setUserValue(QStringLiteral("LoginFlow"), QStringLiteral("3f1c, the login")));
    expected.replace("Server=https://staging.example.com\n",
        "Server=https://staging.example.com\nLoginFlow=\"3f1c, the login\"\n");
    QCOMPARE(readFile(paths().userFile), expected);
    // A section that is not there yet is added at the end.
    config.setProfile(QStringLiteral("new"));
    QVERIFY(
        config.setUserValue(QStringLiteral("Server"), QStringLiteral("https://new.example.com")));
    expected += "\n[Profile.new]\nServer=https://new.example.com\n";
    QCOMPARE(readFile(paths().userFile), expected);
    // Removing takes out that line only.
    QVERIFY(config.setUserValue(QStringLiteral("TimeoutSeconds"), QVariant()));
    expected.replace("TimeoutSeconds = 30   \n", "");
    QCOMPARE(readFile(paths().userFile), expected);

    // QSettings (and so the next start) reads every value back.
    QSettings settings(paths().userFile, QSettings::IniFormat);
    QCOMPARE(settings.value(QStringLiteral("Profile")).toString(), QStringLiteral("staging"));
    QCOMPARE(settings.value(QStringLiteral("Profile.staging/LoginFlow")).toString(),
        QStringLiteral("3f1c, the login"));
    QCOMPARE(settings.value(QStringLiteral("Profile.new/Server")).toString(),
        QStringLiteral("https://new.example.com"));
    QCOMPARE(settings.value(QStringLiteral("Profile.local/Server")).toString(),
        QStringLiteral("http://localhost:8055"));
    const Config again = make({}, readFile(paths().userFile));
    QCOMPARE(again.profile(), QStringLiteral("staging"));
}

void tst_Config::setUserValueRemoves()
{
    Config config = make({}, QByteArray("[General]\nLastPhone=+447700900001\n"));
    QCOMPARE(config.string(QStringLiteral("LastPhone")), QStringLiteral("+447700900001"));
    QVERIFY(config.setUserValue(QStringLiteral("LastPhone"), QVariant()));
    QVERIFY(config.string(QStringLiteral("LastPhone")).isEmpty());
    QVERIFY(!readFile(paths().userFile).contains("LastPhone"));
}

void tst_Config::clientOptionsErrors_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("verify");
    QTest::addColumn<QString>("says");

    QTest::newRow("nothing") << QString() << QString() << QString()
                             << QStringLiteral("--server or DIRECTUS_URL");
    QTest::newRow("nothing, both flows named")
        << QString() << QString() << QString()
        << QStringLiteral("--login-flow) and the verification flow (--verify-flow");
    QTest::newRow("no flows") << QStringLiteral("https://cms.example.com") << QString() << QString()
                              << QStringLiteral("--verify-flow or DIRECTUS_VERIFY_FLOW");
    QTest::newRow("no flows, login named")
        << QStringLiteral("https://cms.example.com") << QString() << QString()
        << QStringLiteral("--login-flow or DIRECTUS_LOGIN_FLOW");
    QTest::newRow("no login flow") << QStringLiteral("https://cms.example.com") << QString()
                                   << VerifyId << QStringLiteral("--login-flow");
    QTest::newRow("no verify flow") << QStringLiteral("https://cms.example.com") << LoginId
                                    << QString() << QStringLiteral("--verify-flow");
    QTest::newRow("no server") << QString() << LoginId << VerifyId << QStringLiteral("--server");
    QTest::newRow("bad server") << QStringLiteral("ftp://cms.example.com") << LoginId << VerifyId
                                << QStringLiteral("server address");
    QTest::newRow("bad login flow") << QStringLiteral("https://cms.example.com")
                                    << QStringLiteral("https://cms.example.com/items/x") << VerifyId
                                    << QStringLiteral("trigger URL");
    QTest::newRow("bad verify flow")
        << QStringLiteral("https://cms.example.com") << LoginId << QStringLiteral("not a flow!")
        << QStringLiteral("trigger URL");
}

void tst_Config::clientOptionsErrors()
{
    QFETCH(QString, server);
    QFETCH(QString, login);
    QFETCH(QString, verify);
    QFETCH(QString, says);

    QVariantHash cmd;
    if (!server.isEmpty())
        cmd.insert(QStringLiteral("Server"), server);
    if (!login.isEmpty())
        cmd.insert(QStringLiteral("LoginFlow"), login);
    if (!verify.isEmpty())
        cmd.insert(QStringLiteral("VerifyFlow"), verify);
    const Config config = make({}, {}, {}, cmd);
    const auto options = config.clientOptions();
    QVERIFY(!options.ok());
    QCOMPARE(options.error().kind(), Error::Kind::InvalidInput);
    QVERIFY2(options.error().message().contains(says), qPrintable(options.error().message()));
    QVERIFY(!config.isComplete());
}

void tst_Config::clientOptions()
{
    const Config config = make(
        QByteArray("[General]\nTimeoutSeconds=7\n[Profile.default]\nServer=cms.example.com/cms/\n"
                   "FlowMethod=post\nAllowInsecureHttp=true\n"),
        {}, {},
        { { QStringLiteral("LoginFlow"), LoginId }, { QStringLiteral("VerifyFlow"), VerifyId } });
    const auto options = config.clientOptions();
    QVERIFY2(options.ok(), qPrintable(options.error().message()));
    QVERIFY(config.isComplete());
    QCOMPARE(options.value().server.toString(), QStringLiteral("https://cms.example.com/cms"));
    QCOMPARE(options.value().loginFlow.id(), LoginId);
    QCOMPARE(options.value().verifyFlow.id(), VerifyId);
    QVERIFY(options.value().usePost);
    QVERIFY(options.value().allowInsecureHttp);
    QCOMPARE(options.value().timeoutMs, 7000);
    QCOMPARE(options.value().loginFlow.triggerUrl(options.value().server).toString(),
        QStringLiteral("https://cms.example.com/cms/flows/trigger/") + LoginId);

    const Config bounded = make(QByteArray("[General]\nTimeoutSeconds=0\n"), {}, {},
        { { QStringLiteral("Server"), QStringLiteral("https://cms.example.com") },
            { QStringLiteral("LoginFlow"), LoginId }, { QStringLiteral("VerifyFlow"), VerifyId } });
    QCOMPARE(bounded.clientOptions().value().timeoutMs, 1000);
    QVERIFY(!bounded.clientOptions().value().usePost);
}

void tst_Config::triggerUrlSuppliesServer()
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("DIRECTUS_LOGIN_FLOW"),
        QStringLiteral("https://cms.example.com/flows/trigger/") + LoginId);
    env.insert(QStringLiteral("DIRECTUS_VERIFY_FLOW"), VerifyId);
    const Config config = make({}, {}, env);
    const auto options = config.clientOptions();
    QVERIFY2(options.ok(), qPrintable(options.error().message()));
    QCOMPARE(options.value().server.toString(), QStringLiteral("https://cms.example.com"));
    QCOMPARE(options.value().loginFlow.id(), LoginId);
    QCOMPARE(options.value().verifyFlow.triggerUrl(options.value().server).toString(),
        QStringLiteral("https://cms.example.com/flows/trigger/") + VerifyId);

    // The verify flow's trigger URL does it as well.
    QProcessEnvironment env2;
    env2.insert(QStringLiteral("DIRECTUS_LOGIN_FLOW"), LoginId);
    env2.insert(QStringLiteral("DIRECTUS_VERIFY_FLOW"),
        QStringLiteral("http://127.0.0.1:8055/flows/trigger/") + VerifyId);
    const auto options2 = make({}, {}, env2).clientOptions();
    QVERIFY(options2.ok());
    QCOMPARE(options2.value().server.toString(), QStringLiteral("http://127.0.0.1:8055"));
}

void tst_Config::caFile()
{
    const QVariantHash base { { QStringLiteral("Server"),
                                  QStringLiteral("https://cms.example.com") },
        { QStringLiteral("LoginFlow"), LoginId }, { QStringLiteral("VerifyFlow"), VerifyId } };
    QVariantHash missing = base;
    missing.insert(QStringLiteral("CaFile"), m_dir->filePath(QStringLiteral("nope.pem")));
    const auto error = make({}, {}, {}, missing).clientOptions();
    QVERIFY(!error.ok());
    QVERIFY(error.error().message().contains(QStringLiteral("nope.pem")));

    QVariantHash garbage = base;
    const QString path = m_dir->filePath(QStringLiteral("garbage.pem"));
    writeFile(path, "not a certificate\n");
    garbage.insert(QStringLiteral("CaFile"), path);
    QVERIFY(!make({}, {}, {}, garbage).clientOptions().ok());
}

void tst_Config::typedValues_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("boolean");
    QTest::addColumn<int>("integer");

    QTest::newRow("true") << QByteArray("true") << true << 20;
    QTest::newRow("TRUE") << QByteArray("TRUE") << true << 20;
    QTest::newRow("yes") << QByteArray("yes") << true << 20;
    QTest::newRow("on") << QByteArray("on") << true << 20;
    QTest::newRow("1") << QByteArray("1") << true << 1;
    QTest::newRow("false") << QByteArray("false") << false << 20;
    QTest::newRow("0") << QByteArray("0") << false << 0;
    QTest::newRow("garbage") << QByteArray("maybe") << false << 20;
    QTest::newRow("number") << QByteArray("45") << false << 45;
}

void tst_Config::typedValues()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, boolean);
    QFETCH(int, integer);

    const Config config = make("[General]\nKiosk=" + text + "\nTimeoutSeconds=" + text + "\n", {});
    QCOMPARE(config.boolean(QStringLiteral("Kiosk")), boolean);
    QCOMPARE(config.isKiosk(), boolean);
    QCOMPARE(config.integer(QStringLiteral("TimeoutSeconds")), integer);
}

void tst_Config::describeWithholdsSecrets()
{
    const Config config
        = make(QByteArray("[General]\nLockedKeys=Server\nKioskPinHash=$argon2id$v=19$secrethash\n"
                          "[Profile.default]\nServer=https://locked.example.com\n"),
            {}, {}, { { QStringLiteral("LoginFlow"), LoginId } });
    const QString text = config.describe();
    QVERIFY(text.contains(
        QStringLiteral("Server = https://locked.example.com  (system file, locked)")));
    QVERIFY(text.contains(
        QStringLiteral("LoginFlow = ") + LoginId + QStringLiteral("  (command line)")));
    QVERIFY(text.contains(QStringLiteral("TimeoutSeconds = 20  (default)")));
    QVERIFY(text.contains(QStringLiteral("(set, withheld)")));
    QVERIFY(!text.contains(QStringLiteral("secrethash")));
    QVERIFY(text.contains(paths().userFile));
}

void tst_Config::usesProfiles_data()
{
    QTest::addColumn<QByteArray>("user");
    QTest::addColumn<bool>("uses");
    QTest::newRow("nothing") << QByteArray() << false;
    QTest::newRow("server in General")
        << QByteArray("[General]\nServer=https://a.example\n") << false;
    QTest::newRow("only the default section")
        << QByteArray("[Profile.default]\nServer=https://a.example\n") << false;
    QTest::newRow("a named current profile")
        << QByteArray("[General]\nProfile=staging\n[Profile.staging]\nServer=https://s.example\n")
        << true;
    QTest::newRow("two profiles") << QByteArray("[Profile.default]\nServer=https://a.example\n"
                                                "[Profile.local]\nServer=http://localhost:8055\n")
                                  << true;
}

void tst_Config::usesProfiles()
{
    QFETCH(QByteArray, user);
    QFETCH(bool, uses);
    QCOMPARE(make({}, user).usesProfiles(), uses);
}

void tst_Config::profileValueOfAnotherProfile()
{
    const Config config = make(
        QByteArray("[General]\nFlowMethod=POST\n"
                   "[Profile.production]\nServer=https://cms.example.com\nProduction=true\n"),
        QByteArray("[Profile.staging]\nServer=https://staging.example.com\n"));
    QCOMPARE(config.profile(), QStringLiteral("default"));
    QCOMPARE(config.profileValue(QStringLiteral("staging"), QStringLiteral("Server")).toString(),
        QStringLiteral("https://staging.example.com"));
    QCOMPARE(
        config.profileValue(QStringLiteral("production"), QStringLiteral("Production")).toString(),
        QStringLiteral("true"));
    // [General] is every profile's fallback; the default for the rest.
    QCOMPARE(
        config.profileValue(QStringLiteral("staging"), QStringLiteral("FlowMethod")).toString(),
        QStringLiteral("POST"));
    QCOMPARE(config.profileValue(QStringLiteral("staging"), QStringLiteral("Production")).toBool(),
        false);
}

void tst_Config::tokenKeyPerProfile()
{
    Config config = make({},
        QByteArray("[Profile.a]\nServer=https://same.example\n[Profile.b]\nServer=https://"
                   "same.example\n"));
    const QUrl server(QStringLiteral("https://same.example"));
    config.setProfile(QStringLiteral("a"));
    const QString a = config.tokenKey(server);
    config.setProfile(QStringLiteral("b"));
    const QString b = config.tokenKey(server);
    QVERIFY(a != b); // two profiles on one server are two sign-ins
    config.setProfile(QStringLiteral("a"));
    QCOMPARE(config.tokenKey(server), a);
}

void tst_Config::switchingProfileIsRemembered()
{
    {
        Config config = make({}, QByteArray("[Profile.local]\nServer=http://localhost:8055\n"));
        config.setProfile(QStringLiteral("local"));
        QVERIFY(config.setUserValue(QStringLiteral("Profile"), QStringLiteral("local")));
    }
    const Config again(paths(), QProcessEnvironment(), {});
    QCOMPARE(again.profile(), QStringLiteral("local"));
    QCOMPARE(again.string(QStringLiteral("Server")), QStringLiteral("http://localhost:8055"));
}

QTEST_GUILESS_MAIN(tst_Config)
#include "tst_config.moc"
