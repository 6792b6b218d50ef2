#include "AppParts.h"

#include "Cli.h"
#include "ConfigKeys.h"
#include "DemoServer.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QSysInfo>
#include <QThread>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace {
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

QList<QCommandLineOption> faceOptions()
{
    return {
        QCommandLineOption(QStringLiteral("kiosk"),
            QCoreApplication::translate(
                "main", "Kiosk mode: full screen, locked, token in memory only.")),
        QCommandLineOption(QStringLiteral("exec"),
            QCoreApplication::translate("main",
                "Kiosk: run this command after sign-in, with DIRECTUS_URL in its environment and "
                "the sign-in as one JSON line on its standard input."),
            QStringLiteral("CMD")),
        QCommandLineOption(QStringLiteral("lang"),
            QCoreApplication::translate(
                "main", "Use this language instead of the system's (ar, de, en, es, fr, pt_BR)."),
            QStringLiteral("LANG")),
    };
}
} // namespace

QString AppStart::findCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    Cli::addOptions(parser);
    parser.addOptions(faceOptions());
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    parser.parse(arguments);
    const QStringList positional = parser.positionalArguments();
    return positional.isEmpty() ? QString() : positional.first();
}

bool AppStart::wantsWindow(const QStringList &arguments)
{
    return findCommand(arguments).isEmpty() && !arguments.contains(QStringLiteral("--help"))
        && !arguments.contains(QStringLiteral("-h"))
        && !arguments.contains(QStringLiteral("--version"))
        && !arguments.contains(QStringLiteral("-v"));
}

void AppStart::provideRuntimeDir()
{
#ifdef Q_OS_UNIX
    if (!qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        return;
    const QByteArray path = QFile::encodeName(QDir::tempPath()) + "/directus-login-runtime-"
        + QByteArray::number(uint(::getuid()));
    ::mkdir(path.constData(), 0700); // fails harmlessly when it exists; checked below
    struct stat info;
    // Ours, a real folder (not a link someone else planted), private: else Qt's own choice.
    if (::lstat(path.constData(), &info) == 0 && S_ISDIR(info.st_mode) && info.st_uid == ::getuid()
        && (info.st_mode & 0777) == 0700)
        qputenv("XDG_RUNTIME_DIR", path);
#endif
}

void AppStart::name(QCoreApplication &)
{
    QCoreApplication::setApplicationName(QStringLiteral("directus-login"));
    QCoreApplication::setOrganizationName(QStringLiteral("directus-login"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DL_VERSION));
}

bool AppStart::loadLanguage(Translations &translations, const QStringList &arguments)
{
    const QString language = Translations::languageArgument(arguments);
    if (translations.load(language))
        return true;
    QFile err;
    err.open(stderr, QIODevice::WriteOnly);
    err.write(QCoreApplication::translate(
        "main", "directus-login: no translation for \"%1\"; available: %2\n")
                  .arg(language, Translations::available().join(QStringLiteral(", ")))
                  .toUtf8());
    return false;
}

void AppStart::addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(describeCommands());
    parser.addHelpOption();
    parser.addVersionOption();
    Cli::addOptions(parser);
    parser.addOptions(faceOptions());
    parser.addPositionalArgument(QStringLiteral("command"),
        QCoreApplication::translate("main", "A command (see above); none opens the window."),
        QStringLiteral("[command]"));
}

NetworkThreadReaper::~NetworkThreadReaper()
{
    const auto networkThreadAlive = [] {
        const QStringList tasks
            = QDir(QStringLiteral("/proc/self/task")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
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

AppParts::AppParts() = default;
AppParts::~AppParts() = default;

std::unique_ptr<AppParts> AppParts::build(const QCommandLineParser &parser, const QString &command,
    bool window, QFile &err, int *exitCode)
{
    std::unique_ptr<AppParts> parts(new AppParts);
    parts->env = QProcessEnvironment::systemEnvironment();

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

    if (parser.isSet(QStringLiteral("demo"))) {
        parts->demo = std::make_unique<DemoServer>();
        if (!parts->demo->start()) {
            err.write("directus-login: the demo server could not start\n");
            *exitCode = 1;
            return nullptr;
        }
        commandLine.insert(Key::Server, parts->demo->url().toString());
        commandLine.insert(Key::LoginFlow, DemoServer::loginFlowId());
        commandLine.insert(Key::VerifyFlow, DemoServer::verifyFlowId());
        commandLine.insert(Key::Profile, QStringLiteral("demo"));
        commandLine.insert(Key::Demo, true);
    }

    parts->config = std::make_unique<Config>(Config::defaultPaths(), parts->env, commandLine);
    Config &config = *parts->config;
    parts->client = std::make_unique<DirectusClient>(parts->nam);
    parts->client->setNetworkLog(&parts->log);
    // Where the sign-in is kept. The demo never touches the keychain (its sign-ins are worth
    // nothing after the run, and a machine without a keyring must still run it); a kiosk keeps
    // its visitors' in memory; --print-token keeps nothing; --insecure-storage, the explicit
    // opt-in of a machine without a keychain, a file of the user's own, which the commands that
    // use a stored sign-in then read whenever it exists.
    const QString configDir = QFileInfo(config.paths().userFile).absolutePath();
    parts->file = std::make_unique<FileTokenStore>(
        configDir + QStringLiteral("/directus-login.credentials"));
    const bool usesStoredSignIn = command == QLatin1String("status")
        || command == QLatin1String("token") || command == QLatin1String("logout")
        || command == QLatin1String("api");
    if (parts->demo) {
        //: Where the demo's sign-in is kept (the signed-in page, status): nowhere that lasts.
        parts->memory.setDescription(
            QCoreApplication::translate("main", "memory only (demo: not saved)"));
        parts->store = &parts->memory;
    } else if (config.isKiosk() && !config.boolean(Key::KioskKeepTokenInKeychain)) {
        parts->store = &parts->memory;
    } else if (!window && parser.isSet(QStringLiteral("print-token"))) {
        //: Where the sign-in is kept with --print-token.
        parts->memory.setDescription(
            QCoreApplication::translate("main", "nowhere: it was printed once"));
        parts->store = &parts->memory;
    } else if (!window
        && (parser.isSet(QStringLiteral("insecure-storage"))
            || (usesStoredSignIn && parts->file->exists()))) {
        parts->store = parts->file.get();
    } else {
        parts->store = &parts->keychain;
    }
    parts->session = std::make_unique<SignInSession>(*parts->client, *parts->store, parts->clock);
    SignInSession &session = *parts->session;
    // Resend countdowns outlive a restart, next to the user file (a kiosk keeps nothing of one
    // person for the next).
    parts->cooldowns = std::make_unique<ResendCooldowns>(
        config.isKiosk() ? QString() : configDir + QStringLiteral("/directus-login.state"));
    session.setResendCooldowns(parts->cooldowns.get());
    // "Copy as cURL with secrets" in the window's network log needs the real request, in memory
    // only; the command line and the kiosk never keep it.
    parts->log.setKeepRawRequests(window && !config.isKiosk());
    // The commands that use the stored sign-in need only the server; the sign-in itself, flows.
    const bool flowsNeeded = window || !usesStoredSignIn;
    parts->configError = session.applyConfig(config, flowsNeeded);
    // How an administrator tells this device's session apart in directus_sessions.
    const QString host = QSysInfo::machineHostName();
    const QString deviceName = config.string(Key::DeviceName).trimmed();
    session.setDeviceName(!deviceName.isEmpty() ? deviceName
            : config.isKiosk() ? QStringLiteral("Directus Login kiosk on %1").arg(host)
                               : QStringLiteral("Directus Login on %1").arg(host));
    return parts;
}
