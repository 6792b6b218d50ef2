#pragma once

#include "Error.h"

#include <QObject>
#include <QPointer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QUrl>

// Kiosk: runs the kiosk's real application once someone has signed in, with DIRECTUS_URL and
// DIRECTUS_TOKEN in its environment (never on its command line, which every user can read with
// ps). The command is split like a shell would split words (QProcess::splitCommand: quotes, no
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
    // `base` plus DIRECTUS_URL and DIRECTUS_TOKEN (replacing any there).
    static QProcessEnvironment environment(
        const QProcessEnvironment &base, const QUrl &server, const QString &token);

    // The environment the application starts from (default: ours).
    void setBaseEnvironment(const QProcessEnvironment &env) { m_base = env; }

    // Starts `command`; false when one is already running or the command is empty (then
    // failed() is emitted later, from the event loop, like a program that cannot start).
    bool start(const QString &command, const QUrl &server, const QString &token);
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
