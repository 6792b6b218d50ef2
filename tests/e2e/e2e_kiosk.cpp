// The kiosk's reset against a real Directus, for tests/e2e/run_e2e.py, without a window: the same
// SignInSession and KioskSession the kiosk window drives, with the memory store a kiosk uses.
//
//     e2e_kiosk SERVER LOGIN_FLOW VERIFY_FLOW PHONE
//
// Asks for a code and prints "code-requested <otp session uuid>"; reads the code from stdin;
// signs in and prints "signed-in"; then KioskSession::wipe() (what every reset does) and prints
// "revoked" once the session was ended on the server (or "not-revoked" after 15 s). Exit 0 when
// revoked.

#include "Clock.h"
#include "Config.h"
#include "DirectusClient.h"
#include "KioskSession.h"
#include "SignInSession.h"
#include "TokenStore.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QSocketNotifier>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <unistd.h>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 5) {
        fprintf(stderr, "usage: e2e_kiosk SERVER LOGIN_FLOW VERIFY_FLOW PHONE\n");
        return 2;
    }
    QTemporaryDir dir;
    Config config(
        { dir.filePath(QStringLiteral("system.conf")), dir.filePath(QStringLiteral("user.conf")) },
        QProcessEnvironment(),
        { { QStringLiteral("Server"), args.at(1) }, { QStringLiteral("LoginFlow"), args.at(2) },
            { QStringLiteral("VerifyFlow"), args.at(3) }, { QStringLiteral("Kiosk"), true } });
    QNetworkAccessManager nam;
    DirectusClient client(nam);
    MemoryTokenStore store;
    SystemClock clock;
    SignInSession session(client, store, clock);
    const Error configError = session.applyConfig(config);
    if (configError) {
        fprintf(stderr, "e2e_kiosk: %s\n", qPrintable(configError.message()));
        return 2;
    }
    session.setDeviceName(QStringLiteral("Directus Login kiosk (e2e)"));
    KioskSession kiosk(session, client, store, config, clock, nullptr);
    kiosk.setRevokeRetryMs(500);
    QTextStream out(stdout);

    QObject::connect(&session, &SignInSession::failed, &app,
        [&app](SignInSession::Step step, const Error &error) {
            fprintf(stderr, "e2e_kiosk: %s failed: %s (%s)\n",
                qPrintable(SignInSession::stepName(step)), qPrintable(error.message()),
                qPrintable(error.detail()));
            app.exit(1);
        });
    QObject::connect(&session, &SignInSession::codeSent, &app, [&] {
        out << "code-requested " << session.sessionUuid() << Qt::endl;
        char line[64] = {};
        if (!fgets(line, sizeof line, stdin)) {
            app.exit(1);
            return;
        }
        session.submitCode(QString::fromLatin1(line).trimmed());
    });
    QObject::connect(&session, &SignInSession::signedIn, &app, [&] {
        out << "signed-in " << Credential::kindName(session.credential().kind()) << Qt::endl;
        kiosk.wipe(); // what every reset does
        auto *poll = new QTimer(&app);
        int ticks = 0;
        QObject::connect(poll, &QTimer::timeout, &app, [&, poll, ticks]() mutable {
            if (kiosk.pendingRevocations() == 0) {
                out << "revoked" << Qt::endl;
                app.exit(0);
            } else if (++ticks > 150) {
                out << "not-revoked" << Qt::endl;
                app.exit(1);
            }
            Q_UNUSED(poll)
        });
        poll->start(100);
    });
    session.requestCode(PhoneNumber::parse(args.at(4), {}));
    return app.exec();
}
