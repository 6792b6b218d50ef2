#pragma once

#include "Error.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QUrl>

// Kiosk: runs the kiosk's real application once someone has signed in, with DIRECTUS_URL in its
// environment and the sign-in on its standard input, one line of JSON:
//   {"server": …, "access_token": …, "expires_at": …, "refresh_token": …}
// (expires_at and refresh_token for a Directus session; a static token has neither). Never on
// its command line (every user reads it with ps) nor in its environment (/proc/<pid>/environ, and
// every child it starts inherits it). The kiosk's reset ends the session on the server, so the
// application's tokens stop working after it; an application that renews the session itself
// must end it (POST /auth/logout) before it exits.
// The command is split like a shell would split words (QProcess::splitCommand: quotes, no
// variables, no pipes) and started directly, without a shell. Its output goes to ours.
//
// One run at a time; finished() or failed() ends it exactly once. Destroying the object while
// the application runs kills it.
class KioskHandOff : public QObject
{
    Q_OBJECT
public:
    explicit KioskHandOff(QObject *parent = nullptr);
    ~KioskHandOff() override;

    // The program and its arguments, or an InvalidInput error for an empty command.
    static Result<QStringList> parseCommand(const QString &command);
    // `base` plus DIRECTUS_URL, without DIRECTUS_TOKEN (whoever set it, the credential travels on
    // standard input).
    static QProcessEnvironment environment(const QProcessEnvironment &base, const QUrl &server);
    // The line the application reads from its standard input.
    static QByteArray credentialLine(const QUrl &server, const QString &accessToken,
        const QString &refreshToken = {}, const QDateTime &expires = {});

    // The environment the application starts from (default: ours).
    void setBaseEnvironment(const QProcessEnvironment &env) { m_base = env; }

    // Starts `command`; false when one is already running or the command is empty (then
    // failed() is emitted later, from the event loop, like a program that cannot start).
    bool start(const QString &command, const QUrl &server, const QByteArray &credentialLine);
    bool isRunning() const;
    qint64 processId() const;

signals:
    void started();
    // The application ended (crashed: it did not exit normally).
    void finished(int exitCode, bool crashed);
    // It could not be started (missing, not executable, empty command).
    void failed(const Error &error);

private:
    void fail(const Error &error);

    QProcessEnvironment m_base;
    QPointer<QProcess> m_process;
    QString m_program;
};
