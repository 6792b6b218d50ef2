// Builds the objects, hands them to constructors, and picks the window or a command.

#include "Cli.h"
#include "Config.h"
#include "ConfigKeys.h"
#include "DemoServer.h"
#include "DirectusClient.h"
#include "FirstFrameProbe.h"
#include "GuiStyle.h"
#include "KioskPin.h"
#include "KioskPinCommand.h"
#include "KioskSession.h"
#include "KioskWindow.h"
#include "NetworkLog.h"
#include "ProvisionCommand.h"
#include "SignInSession.h"
#include "SignInWizard.h"
#include "TokenStore.h"
#include "Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QProcessEnvironment>
#include <QThread>
#include <QTimer>
#include <memory>
#include <unistd.h>

namespace {
// The command named on the command line, if any, found without knowing every option yet: the
// first positional argument once options (and their values) are skipped.
QString findCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    Cli::addOptions(parser);
    parser.addOptions({ QCommandLineOption(QStringLiteral("kiosk")),
        QCommandLineOption(QStringLiteral("exec"), {}, QStringLiteral("CMD")),
        QCommandLineOption(QStringLiteral("lang"), {}, QStringLiteral("LANG")) });
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    parser.parse(arguments);
    const QStringList positional = parser.positionalArguments();
    return positional.isEmpty() ? QString() : positional.first();
}

// Declared before the network access manager, so destroyed after it: waits (at most 2 s) until
// Qt's network thread has really ended. QThread::wait(), which the manager's destructor calls,
// returns before that thread's own thread-local clean-up runs; when exit() runs OpenSSL's
// clean-up meanwhile, both free the same memory (openssl/openssl#6214 and kin), a rare crash at
// the very end of a command, after its output (found by tests/sanitize under load).
struct NetworkThreadReaper
{
    NetworkThreadReaper() = default;
    NetworkThreadReaper(const NetworkThreadReaper &) = delete;
    NetworkThreadReaper &operator=(const NetworkThreadReaper &) = delete;
    ~NetworkThreadReaper()
    {
        const auto networkThreadAlive = [] {
            const QStringList tasks = QDir(QStringLiteral("/proc/self/task"))
                                          .entryList(QDir::Dirs | QDir::NoDotAndDotDot);
            for (const QString &task : tasks) {
                QFile comm(QStringLiteral("/proc/self/task/%1/comm").arg(task));
                if (comm.open(QIODevice::ReadOnly) && comm.readAll().startsWith("QNetworkAccessM"))
                    return true;
            }
            return false;
        };
        QDeadlineTimer deadline(2000);
        while (networkThreadAlive() && !deadline.hasExpired())
            QThread::msleep(1);
    }
};

QString describeCommands()
{
    return QCoreApplication::translate("main",
        "Signs you in to a Directus server with your phone number and an SMS code, and keeps the "
        "token in the system keychain.\n\n"
        "Without a command, opens the sign-in window. Commands:\n"
        "  request-code --phone NUMBER [--country CC]  send a code; prints the session\n"
        "  verify --session UUID --code CODE           check the code, store the token\n"
        "  sign-in --phone NUMBER [--country CC]       both, asking for the code\n"
        "  status                                      who is signed in (exit 4 if nobody)\n"
        "  token                                       print the stored token (exit 4 if none)\n"
        "  logout                                      remove the stored token\n"
        "  api [-X METHOD] PATH [--data JSON]          an authenticated request\n"
        "  provision --server URL --admin-token TOKEN  install the flows on a Directus server\n"
        "  kiosk-pin                                   make the kiosk administrator PIN's hash\n\n"
        "Exit codes: 0 success, 1 failure, 2 usage error, 4 authentication needed or rejected.\n"
        "Environment: DIRECTUS_URL, DIRECTUS_LOGIN_FLOW, DIRECTUS_VERIFY_FLOW, DIRECTUS_TOKEN.");
}
} // namespace

int main(int argc, char **argv)
{
    QStringList rawArguments;
    for (int i = 0; i < argc; ++i)
        rawArguments.append(QString::fromLocal8Bit(argv[i]));
    const QString command = findCommand(rawArguments);
    const bool gui = command.isEmpty() && !rawArguments.contains(QStringLiteral("--help"))
        && !rawArguments.contains(QStringLiteral("-h"))
        && !rawArguments.contains(QStringLiteral("--version"))
        && !rawArguments.contains(QStringLiteral("-v"));

    std::unique_ptr<QCoreApplication> app(
        gui ? new QApplication(argc, argv) : new QCoreApplication(argc, argv));
    QCoreApplication::setApplicationName(QStringLiteral("directus-login"));
    QCoreApplication::setOrganizationName(QStringLiteral("directus-login"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DL_VERSION));
    // The language before any text is made (the --help texts included): --lang, else the system's.
    Translations translations(*app);
    const QString language = Translations::languageArgument(rawArguments);
    if (!translations.load(language)) {
        QFile err;
        err.open(stderr, QIODevice::WriteOnly);
        err.write(QCoreApplication::translate(
            "main", "directus-login: no translation for \"%1\"; available: %2\n")
                      .arg(language, Translations::available().join(QStringLiteral(", ")))
                      .toUtf8());
        return 2;
    }
    if (gui) {
        QGuiApplication::setApplicationDisplayName(
            QCoreApplication::translate("main", "Directus Login"));
        // Arabic reads right to left; Qt's own catalog says so too, but not every language has one.
        QGuiApplication::setLayoutDirection(translations.locale().textDirection());
        GuiStyle::applyApplicationStyle(); // a focus ring that can be seen
    }

    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const NetworkThreadReaper reaper;
    QNetworkAccessManager nam;

    if (command == QLatin1String("provision")) {
        ProvisionCommand provision(nam);
        QObject::connect(&provision, &ProvisionCommand::finished, app.get(),
            [](int code) { QCoreApplication::exit(code); });
        provision.start(app->arguments(), env);
        return app->exec();
    }

    if (command == QLatin1String("kiosk-pin"))
        return KioskPinCommand::run(app->arguments(), stdin, stdout, stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(describeCommands());
    parser.addHelpOption();
    parser.addVersionOption();
    Cli::addOptions(parser);
    parser.addOptions({
        QCommandLineOption(QStringLiteral("kiosk"),
            QCoreApplication::translate(
                "main", "Kiosk mode: full screen, locked, token in memory only.")),
        QCommandLineOption(QStringLiteral("exec"),
            QCoreApplication::translate("main",
                "Kiosk: run this command after sign-in, with DIRECTUS_URL and DIRECTUS_TOKEN in "
                "its environment."),
            QStringLiteral("CMD")),
        QCommandLineOption(QStringLiteral("lang"),
            QCoreApplication::translate(
                "main", "Use this language instead of the system's (ar, de, en, es, fr, pt_BR)."),
            QStringLiteral("LANG")),
    });
    parser.addPositionalArgument(QStringLiteral("command"),
        QCoreApplication::translate("main", "A command (see above); none opens the window."),
        QStringLiteral("[command]"));
    if (!parser.parse(app->arguments())) {
        QFile err;
        err.open(stderr, QIODevice::WriteOnly);
        err.write((parser.errorText()
            + QStringLiteral("\nRun \"directus-login --help\" for the commands and options.\n"))
                      .toUtf8());
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QFile out;
        out.open(stdout, QIODevice::WriteOnly);
        out.write(parser.helpText().toUtf8());
        return 0;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        QFile out;
        out.open(stdout, QIODevice::WriteOnly);
        out.write(QStringLiteral("directus-login %1 (Qt %2, QtKeychain 0.13)\n")
                      .arg(QStringLiteral(DL_VERSION), QString::fromLatin1(qVersion()))
                      .toUtf8());
        return 0;
    }

    QFile stdoutFile, stderrFile, stdinFile;
    stdoutFile.open(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered);
    stderrFile.open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered);
    stdinFile.open(stdin, QIODevice::ReadOnly);

    NetworkLog log;
    if (parser.isSet(QStringLiteral("verbose")))
        log.setEcho(&stderrFile);

    // Command-line options, mapped to configuration keys.
    QVariantHash commandLine;
    const QList<QPair<QString, QString>> valueOptions {
        { QStringLiteral("server"), Key::Server },
        { QStringLiteral("login-flow"), Key::LoginFlow },
        { QStringLiteral("verify-flow"), Key::VerifyFlow },
        { QStringLiteral("profile"), Key::Profile },
        { QStringLiteral("timeout"), Key::TimeoutSeconds },
        { QStringLiteral("ca-file"), Key::CaFile },
        { QStringLiteral("exec"), Key::KioskExec },
        { QStringLiteral("lang"), Key::Language },
    };
    for (const auto &[option, key] : valueOptions) {
        if (parser.isSet(option))
            commandLine.insert(key, parser.value(option));
    }
    if (parser.isSet(QStringLiteral("post")))
        commandLine.insert(Key::FlowMethod, QStringLiteral("POST"));
    if (parser.isSet(QStringLiteral("allow-http")))
        commandLine.insert(Key::AllowInsecureHttp, true);
    if (parser.isSet(QStringLiteral("kiosk")))
        commandLine.insert(Key::Kiosk, true);

    std::unique_ptr<DemoServer> demo;
    if (parser.isSet(QStringLiteral("demo"))) {
        demo = std::make_unique<DemoServer>();
        if (!demo->start()) {
            stderrFile.write("directus-login: the demo server could not start\n");
            return 1;
        }
        commandLine.insert(Key::Server, demo->url().toString());
        commandLine.insert(Key::LoginFlow, DemoServer::loginFlowId());
        commandLine.insert(Key::VerifyFlow, DemoServer::verifyFlowId());
        commandLine.insert(Key::Profile, QStringLiteral("demo"));
        commandLine.insert(Key::Demo, true);
    }

    Config config(Config::defaultPaths(), env, commandLine);
    DirectusClient client(nam);
    client.setNetworkLog(&log);
    KeychainTokenStore keychain;
    MemoryTokenStore memory;
    const bool memoryOnly = config.isKiosk() && !config.boolean(Key::KioskKeepTokenInKeychain);
    TokenStore &store = memoryOnly ? static_cast<TokenStore &>(memory) : keychain;

    SystemClock clock;
    SignInSession session(client, store, clock);
    // What the application made of a failed answer goes next to it in the log (and --verbose);
    // the window does the same for itself.
    if (!gui)
        QObject::connect(&session, &SignInSession::failed, &log,
            [&log](SignInSession::Step, const Error &error) { log.noteError(error); });
    // "Copy as cURL with secrets" in the window's network log needs the real request, in memory
    // only; the command line and the kiosk never keep it.
    log.setKeepRawRequests(gui && !config.isKiosk());
    const Error configError = session.applyConfig(config);
    // As GH_TOKEN for gh: the command line takes the token from the environment over the store.
    if (!gui)
        session.setEnvironmentToken(env.value(QStringLiteral("DIRECTUS_TOKEN")));

    if (!gui) {
        Cli cli({ client, session, store, config, stdoutFile, stderrFile, stdinFile,
            bool(isatty(STDIN_FILENO)), env, demo.get() });
        QObject::connect(
            &cli, &Cli::finished, app.get(), [](int code) { QCoreApplication::exit(code); });
        cli.run(command, parser, parser.positionalArguments(), configError);
        return app->exec();
    }

    const WizardContext wizardContext { session, client, config, clock, demo.get() };
    if (config.isKiosk()) {
        // Without an administrator PIN in the system file nobody could ever leave the kiosk from
        // its screen: refuse to start rather than lock the machine (issue 23).
        const bool pinFromSystem = config.source(Key::KioskPinHash) == Config::Source::System;
        const auto pin = KioskPin::parse(config.string(Key::KioskPinHash));
        if (!pinFromSystem || !pin.ok()) {
            stderrFile.write(QCoreApplication::translate("main",
                "directus-login: kiosk mode needs an administrator PIN, or nobody could leave the "
                "kiosk. Run \"directus-login kiosk-pin\" and put the KioskPinHash=… line it "
                "prints into the system configuration (%1).\n")
                                 .arg(config.paths().systemFile)
                                 .toUtf8());
            return 2;
        }
        QGuiApplication::setQuitOnLastWindowClosed(false); // hidden while its application runs
        KioskWindow::enlargeApplicationFont();
        KioskSession kioskSession(session, store, config, clock, &log);
        KioskWindow kiosk({ session, client, config, clock, kioskSession },
            [&wizardContext] { return std::make_unique<SignInWizard>(wizardContext); });
        QObject::connect(&kiosk, &KioskWindow::leaveRequested, app.get(), &QCoreApplication::quit);
        kiosk.showKiosk();
        return app->exec();
    }
    SignInWizard wizard(wizardContext);
    FirstFrameProbe::installIfRequested(&wizard);
    wizard.show();
    // While the person types the number: start the network machinery with a connection to the
    // configured server, which the sign-in contacts anyway; nothing is sent. The first request of
    // a process otherwise pays 6–16 ms on the client side (tests/bench). A failed warm-up is
    // silent.
    QTimer::singleShot(100, &wizard, [&nam, &client] {
        const QUrl server = client.server();
        if (server.scheme() == QLatin1String("https"))
            nam.connectToHostEncrypted(server.host(), quint16(server.port(443)));
        else if (server.scheme() == QLatin1String("http"))
            nam.connectToHost(server.host(), quint16(server.port(80)));
    });
    return app->exec();
}
