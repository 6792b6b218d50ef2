// The window: the wizard, or the kiosk. On Linux this is a plug-in of its own
// (libdirectus-login-gui.so) that main.cpp loads only when there is no command, so that
// `directus-login token` in a script never loads Qt Widgets and Qt GUI (6 ms of every command,
// tests/bench). Elsewhere it is linked in.

#include "AppParts.h"
#include "ConfigKeys.h"
#include "DemoServer.h"
#include "FirstFrameProbe.h"
#include "GuiStyle.h"
#include "KioskPin.h"
#include "KioskSession.h"
#include "KioskWindow.h"
#include "SignInWizard.h"

#include <QApplication>
#include <QTimer>

#if defined(DL_GUI_PLUGIN)
#define DL_GUI_EXPORT extern "C" Q_DECL_EXPORT
#else
#define DL_GUI_EXPORT
#endif

DL_GUI_EXPORT int dl_gui_main(int argc, char **argv);

int dl_gui_main(int argc, char **argv)
{
    QApplication app(argc, argv);
    AppStart::name(app);
    Translations translations(app);
    const QStringList arguments = app.arguments();
    if (!AppStart::loadLanguage(translations, arguments))
        return 2;
    QGuiApplication::setApplicationDisplayName(
        QCoreApplication::translate("main", "Directus Login"));
    // Arabic reads right to left; Qt's own catalog says so too, but not every language has one.
    QGuiApplication::setLayoutDirection(translations.locale().textDirection());
    GuiStyle::applyApplicationStyle(); // a focus ring that can be seen

    QFile err;
    err.open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered);
    QCommandLineParser parser;
    AppStart::addOptions(parser);
    if (!parser.parse(arguments)) {
        err.write((parser.errorText()
            + QStringLiteral("\nRun \"directus-login --help\" for the commands and options.\n"))
                      .toUtf8());
        return 2;
    }
    int exitCode = 0;
    const std::unique_ptr<AppParts> parts
        = AppParts::build(parser, QString(), true, err, &exitCode);
    if (!parts)
        return exitCode;
    SignInSession &session = *parts->session;
    DirectusClient &client = *parts->client;
    Config &config = *parts->config;

    const WizardContext wizardContext { session, client, config, parts->clock, parts->demo.get() };
    if (config.isKiosk()) {
        // Without an administrator PIN in the system file nobody could ever leave the kiosk from
        // its screen: refuse to start rather than lock the machine (issue 23).
        const bool pinFromSystem = config.source(Key::KioskPinHash) == Config::Source::System;
        const auto pin = KioskPin::parse(config.string(Key::KioskPinHash));
        if (!pinFromSystem || !pin.ok()) {
            err.write(QCoreApplication::translate("main",
                "directus-login: kiosk mode needs an administrator PIN, or nobody could leave the "
                "kiosk. Run \"directus-login kiosk-pin\" and put the KioskPinHash=… line it "
                "prints into the system configuration (%1).\n")
                          .arg(config.paths().systemFile)
                          .toUtf8());
            return 2;
        }
        QGuiApplication::setQuitOnLastWindowClosed(false); // hidden while its application runs
        KioskSession kioskSession(
            session, client, *parts->store, config, parts->clock, &parts->log);
        KioskWindow kiosk({ session, client, config, parts->clock, kioskSession });
        QObject::connect(&kiosk, &KioskWindow::leaveRequested, &app, &QCoreApplication::quit);
        kiosk.showKiosk();
        return app.exec();
    }
    SignInWizard wizard(wizardContext);
    FirstFrameProbe::installIfRequested(&wizard);
    wizard.show();
    // While the person types the number: start the network machinery with a connection to the
    // configured server, which the sign-in contacts anyway; nothing is sent. The first request of
    // a process otherwise pays 6–16 ms on the client side (tests/bench). A failed warm-up is
    // silent.
    QNetworkAccessManager &nam = parts->nam;
    QTimer::singleShot(100, &wizard, [&nam, &client] {
        const QUrl server = client.server();
        if (server.scheme() == QLatin1String("https"))
            nam.connectToHostEncrypted(server.host(), quint16(server.port(443)));
        else if (server.scheme() == QLatin1String("http"))
            nam.connectToHost(server.host(), quint16(server.port(80)));
    });
    return app.exec();
}
