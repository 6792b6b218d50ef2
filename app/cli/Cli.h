#pragma once

#include "Clock.h"
#include "Error.h"
#include "FlowReply.h"
#include "SignInSession.h"

#include <QDateTime>
#include <QJsonObject>

#include <QCommandLineParser>
#include <QObject>
#include <QProcessEnvironment>
#include <QString>
#include <functional>

class QIODevice;
class Config;
class SimulatedPhone;
class DirectusClient;
class PhoneNumber;
class TokenStore;

// The command-line commands (like `gh auth`): request-code, verify, sign-in, status, token,
// logout, api. Each runs asynchronously on the event loop and ends with finished(exitCode):
// 0 success, 1 failure, 2 usage error, 4 authentication needed or rejected.
class Cli : public QObject
{
    Q_OBJECT
public:
    struct Context
    {
        DirectusClient &client;
        SignInSession &session;
        TokenStore &store;
        Config &config;
        QIODevice &out;
        QIODevice &err;
        QIODevice &in;
        bool inputIsTerminal = false;
        QProcessEnvironment env;
        SimulatedPhone *demo = nullptr; // --demo: the simulated phone
    };

    Cli(const Context &context, QObject *parent = nullptr);
    ~Cli() override;

    static QStringList commands();
    // Adds the options every command knows (connection, --json, --verbose …) and the commands'
    // own options to `parser`.
    static void addOptions(QCommandLineParser &parser);

    // Runs `command` with the parsed options; `configError` is the configuration problem, if any,
    // found while building the client (reported only by commands that need a server).
    void run(const QString &command, const QCommandLineParser &parser, const QStringList &arguments,
        const Error &configError);

signals:
    void finished(int exitCode);

private:
    void requestCode();
    void sendCodeRequest(const PhoneNumber &phone);
    // Calls `go` once the store can keep a sign-in; otherwise says why and what to do (exit 1).
    void whenStorable(std::function<void()> go);
    static QString keychainReason(const Error &error);
    void verify();
    void signIn();
    void status();
    void token();
    void logout();
    void api();

    // Reads --phone and --country; on a problem reports it (usage, exit 2) and returns false.
    bool phoneFromOptions(const QString &command, PhoneNumber &phone);
    void listenForDemoSms();
    void printSignedIn();
    void printWhoIsSignedIn();
    QJsonObject signedInJson() const;
    void failSignIn(SignInSession::Step step, const Error &error);
    // Loads the session's credential (checked with the server when `withServer`); calls
    // `signedIn` once it is there, or says why not and finishes.
    void loadCredential(SignInSession::Load load, std::function<void()> signedIn);
    void sendApi(
        const QByteArray &method, const QString &path, const QByteArray &body, bool mayRenew);
    QJsonObject credentialJson() const;
    void rememberServer();
    void promptForCode();
    void readCode();
    void finish(int code);
    void fail(const Error &error, int code = -1);
    void usage(const QString &message);
    static QString forTerminal(const QString &text);
    void print(const QString &text);
    void printError(const QString &text);
    void printJson(const QJsonObject &object);
    QString phoneRegion() const;
    QString serverText() const;
    QString tokenFromEnvironment() const;

    Context m_ctx;
    const QCommandLineParser *m_parser = nullptr;
    QStringList m_arguments;
    bool m_json = false;
    QString m_command;
    Credential::Kind m_kind = Credential::Kind::None; // logout: what was signed out
    QDateTime m_sessionEnds;
    int m_prompts = 0;
    QString m_demoCode;
    bool m_finished = false;
};
