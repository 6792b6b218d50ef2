#include "CliProcess.h"

#include <QTest>

CliProcess::CliProcess(const QString &binary)
    : m_binary(binary)
{
}

QProcessEnvironment CliProcess::environment(QProcessEnvironment env) const
{
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), configDir());
    env.insert(QStringLiteral("XDG_CACHE_HOME"), cacheDir());
    env.insert(QStringLiteral("XDG_CONFIG_DIRS"), m_home.filePath(QStringLiteral("etc")));
    for (const char *name :
        { "DIRECTUS_URL", "DIRECTUS_TOKEN", "DIRECTUS_LOGIN_FLOW", "DIRECTUS_VERIFY_FLOW" })
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    return env;
}

std::unique_ptr<QProcess> CliProcess::start(
    const QStringList &arguments, const QProcessEnvironment &env, const QByteArray &input) const
{
    auto process = std::make_unique<QProcess>();
    process->setProcessEnvironment(env);
    process->start(m_binary, arguments);
    process->waitForStarted(10000);
    process->write(input);
    process->closeWriteChannel();
    return process;
}

CliRun CliProcess::run(const QStringList &arguments, const QProcessEnvironment &env,
    const QByteArray &input, int timeoutMs) const
{
    auto process = start(arguments, env, input);
    CliRun result;
    if (!QTest::qWaitFor([&] { return process->state() == QProcess::NotRunning; }, timeoutMs)) {
        process->kill();
        process->waitForFinished();
        result.out = process->readAllStandardOutput();
        result.err = process->readAllStandardError() + "\n<did not end in time>";
        return result;
    }
    result.exitCode = process->exitStatus() == QProcess::NormalExit ? process->exitCode() : -2;
    result.out = process->readAllStandardOutput();
    result.err = process->readAllStandardError();
    return result;
}
