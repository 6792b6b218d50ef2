#pragma once

// What the window and the command line share before they differ: the options (parsed once), the
// language, the configuration and the objects of a run, built here and handed to the faces.
// (main.cpp runs the command line; gui/GuiMain.cpp, a plug-in on Linux so that a command never
// loads Qt Widgets, runs the window.)

#include "Clock.h"
#include "Config.h"
#include "DirectusClient.h"
#include "Error.h"
#include "NetworkLog.h"
#include "ResendCooldowns.h"
#include "SignInSession.h"
#include "TokenStore.h"
#include "Translations.h"

#include <QCommandLineParser>
#include <QFile>
#include <QNetworkAccessManager>
#include <QProcessEnvironment>
#include <QStringList>
#include <memory>

class DemoServer;

namespace AppStart {
// The command named on the command line, if any, found without knowing every option yet: the
// first positional argument once options (and their values) are skipped.
QString findCommand(const QStringList &arguments);
// No command and no --help/--version: the window.
bool wantsWindow(const QStringList &arguments);
// Before the window's QApplication: without XDG_RUNTIME_DIR (a start over SSH, su, a
// container) Qt's platform plug-ins print "QStandardPaths: XDG_RUNTIME_DIR not set" on stderr.
// Gives them what they would pick themselves, a private folder of ours (0700, checked), quietly.
void provideRuntimeDir();
// Application name, organisation, version.
void name(QCoreApplication &app);
// The language before any text is made (the --help texts included): --lang, else the system's.
// False (with the message on stderr) for a language there is no translation for.
bool loadLanguage(Translations &translations, const QStringList &arguments);
// Every option of every command (Cli's, and --kiosk, --exec, --lang), the description, the
// positional argument.
void addOptions(QCommandLineParser &parser);
} // namespace AppStart

// Waits, when destroyed after the network access manager, until Qt's network thread has really
// ended. QThread::wait(), which the manager's destructor calls, returns before that thread's own
// thread-local clean-up runs; when exit() runs OpenSSL's clean-up meanwhile, both free the same
// memory (openssl/openssl#6214 and kin), a rare crash at the very end of a command, after its
// output (found by tests/sanitize under load).
struct NetworkThreadReaper
{
    NetworkThreadReaper() = default;
    NetworkThreadReaper(const NetworkThreadReaper &) = delete;
    NetworkThreadReaper &operator=(const NetworkThreadReaper &) = delete;
    ~NetworkThreadReaper();
};

// The objects of one run, in the order they must be built (and destroyed in reverse).
class AppParts
{
public:
    // From the parsed options: the configuration (command line over environment over files), the
    // demo server for --demo, the client with its network log, the store (memory in a kiosk), the
    // session with its configuration and device name. `command` is empty for the window. When it
    // returns null, `exitCode` says how to end (the reason is on stderr).
    static std::unique_ptr<AppParts> build(const QCommandLineParser &parser, const QString &command,
        bool window, QFile &err, int *exitCode);
    ~AppParts();

    QProcessEnvironment env;
    NetworkThreadReaper reaper;
    QNetworkAccessManager nam;
    NetworkLog log;
    std::unique_ptr<DemoServer> demo;
    std::unique_ptr<Config> config;
    std::unique_ptr<DirectusClient> client;
    KeychainTokenStore keychain;
    MemoryTokenStore memory;
    std::unique_ptr<FileTokenStore> file; // --insecure-storage, next to the user file
    TokenStore *store = nullptr;
    SystemClock clock;
    std::unique_ptr<ResendCooldowns> cooldowns;
    std::unique_ptr<SignInSession> session;
    Error configError; // reported by the commands that need what is missing

private:
    AppParts();
};
