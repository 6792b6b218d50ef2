// Picks the window or a command; for a command, builds the objects (AppParts) and hands them to
// the command line. The window is gui/GuiMain.cpp: on Linux a plug-in loaded only here, so that a
// command never loads Qt Widgets and Qt GUI.

#include "AppParts.h"
#include "Cli.h"
#include "DemoServer.h"
#include "KioskPinCommand.h"
#include "ProvisionCommand.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLibrary>
#include <memory>
#include <unistd.h>

#if !defined(DL_GUI_PLUGIN)
int dl_gui_main(int argc, char **argv); // gui/GuiMain.cpp, linked in
#endif

namespace {
#if defined(DL_GUI_PLUGIN)
// The window's plug-in: DL_GUI_PLUGIN_PATH when set; else next to the program as installed
// (bin/../<libdir>/directus-login/plugins/); else, for a program inside the build folder, the
// build's own copy. Runs it, or says what is missing.
int runWindow(int argc, char **argv)
{
    QStringList candidates;
    const QByteArray override = qgetenv("DL_GUI_PLUGIN_PATH");
    if (!override.isEmpty()) {
        candidates << QString::fromLocal8Bit(override);
    } else {
        const QString exeDir
            = QFileInfo(QFileInfo(QStringLiteral("/proc/self/exe")).symLinkTarget()).absolutePath();
        candidates << QDir::cleanPath(
            exeDir + QLatin1Char('/') + QStringLiteral(DL_GUI_PLUGIN_FROM_BINDIR));
        const QString buildDir = QStringLiteral(DL_BUILD_DIR);
        if (exeDir == buildDir || exeDir.startsWith(buildDir + QLatin1Char('/')))
            candidates << QStringLiteral(DL_GUI_PLUGIN_IN_BUILD);
    }
    QStringList errors;
    for (const QString &path : candidates) {
        if (!QFileInfo::exists(path)) {
            errors << QStringLiteral("%1: no such file").arg(path);
            continue;
        }
        // Never unloaded: the window's objects live until the process ends.
        QLibrary library(path);
        library.setLoadHints(QLibrary::PreventUnloadHint);
        using Main = int (*)(int, char **);
        if (auto main = reinterpret_cast<Main>(library.resolve("dl_gui_main")))
            return main(argc, argv);
        errors << library.errorString();
    }
    fprintf(stderr,
        "directus-login: the window cannot open: a part of Directus Login is missing or damaged. "
        "Reinstall Directus Login. (%s)\n",
        qPrintable(errors.join(QStringLiteral("; "))));
    return 1;
}
#else
int runWindow(int argc, char **argv)
{
    return dl_gui_main(argc, argv);
}
#endif
} // namespace

int main(int argc, char **argv)
{
    QStringList rawArguments;
    for (int i = 0; i < argc; ++i)
        rawArguments.append(QString::fromLocal8Bit(argv[i]));
    if (AppStart::wantsWindow(rawArguments)) {
        AppStart::provideRuntimeDir();
        return runWindow(argc, argv);
    }
    const QString command = AppStart::findCommand(rawArguments);

    QCoreApplication app(argc, argv);
    AppStart::name(app);
    Translations translations(app);
    if (!AppStart::loadLanguage(translations, rawArguments))
        return 2;

    if (command == QLatin1String("kiosk-pin"))
        return KioskPinCommand::run(app.arguments(), stdin, stdout, stderr);
    if (command == QLatin1String("provision")) {
        const NetworkThreadReaper reaper;
        QNetworkAccessManager nam;
        ProvisionCommand provision(nam);
        QObject::connect(&provision, &ProvisionCommand::finished, &app,
            [](int code) { QCoreApplication::exit(code); });
        provision.start(app.arguments(), QProcessEnvironment::systemEnvironment());
        return app.exec();
    }

    QFile stdoutFile, stderrFile, stdinFile;
    stdoutFile.open(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered);
    stderrFile.open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered);
    stdinFile.open(stdin, QIODevice::ReadOnly);

    QCommandLineParser parser;
    AppStart::addOptions(parser);
    if (!parser.parse(app.arguments())) {
        stderrFile.write((parser.errorText()
            + QStringLiteral("\nRun \"directus-login --help\" for the commands and options.\n"))
                             .toUtf8());
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        stdoutFile.write(parser.helpText().toUtf8());
        return 0;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        stdoutFile.write(QStringLiteral("directus-login %1 (Qt %2, QtKeychain 0.13)\n")
                             .arg(QStringLiteral(DL_VERSION), QString::fromLatin1(qVersion()))
                             .toUtf8());
        return 0;
    }

    int exitCode = 0;
    const std::unique_ptr<AppParts> parts
        = AppParts::build(parser, command, false, stderrFile, &exitCode);
    if (!parts)
        return exitCode;
    if (parser.isSet(QStringLiteral("verbose")))
        parts->log.setEcho(&stderrFile);
    SignInSession &session = *parts->session;
    // What the application made of a failed answer goes next to it in the log (and --verbose).
    QObject::connect(&session, &SignInSession::failed, &parts->log,
        [&parts](SignInSession::Step, const Error &error) { parts->log.noteError(error); });
    // As GH_TOKEN for gh: the command line takes the token from the environment over the store.
    session.setEnvironmentToken(parts->env.value(QStringLiteral("DIRECTUS_TOKEN")));

    Cli cli({ *parts->client, session, *parts->store, *parts->config, stdoutFile, stderrFile,
        stdinFile, bool(isatty(STDIN_FILENO)), parts->env, parts->demo.get() });
    QObject::connect(&cli, &Cli::finished, &app, [](int code) { QCoreApplication::exit(code); });
    cli.run(command, parser, parser.positionalArguments(), parts->configError);
    return app.exec();
}
