#pragma once

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryDir>
#include <memory>

// Runs the real directus-login binary (DL_BINARY) with its own configuration and cache folders
// (XDG_CONFIG_HOME, XDG_CACHE_HOME, XDG_CONFIG_DIRS in a temporary folder), no DIRECTUS_*
// variables from the caller, and keeps this process's event loop running meanwhile, so in-test
// servers answer.
struct CliRun
{
    int exitCode = -1; // -2: crashed or killed; -1: did not end in time
    QByteArray out;
    QByteArray err;
    QString all() const { return QString::fromUtf8(out + err); }
};

class CliProcess
{
public:
    explicit CliProcess(const QString &binary);

    QString binary() const { return m_binary; }
    QString home() const { return m_home.path(); }
    QString configDir() const { return m_home.filePath(QStringLiteral("config")); }
    QString cacheDir() const { return m_home.filePath(QStringLiteral("cache")); }
    // Environment for the next runs; start from environment(), change, pass to run().
    QProcessEnvironment environment(
        QProcessEnvironment base = QProcessEnvironment::systemEnvironment()) const;

    CliRun run(const QStringList &arguments, const QProcessEnvironment &env,
        const QByteArray &input = {}, int timeoutMs = 30000) const;
    // Starts without waiting (for tests that kill it); stdin closed after `input`.
    std::unique_ptr<QProcess> start(const QStringList &arguments, const QProcessEnvironment &env,
        const QByteArray &input = {}) const;

private:
    QString m_binary;
    QTemporaryDir m_home;
};
