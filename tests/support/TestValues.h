#pragma once

#include "ClientOptions.h"
#include "Config.h"
#include "DemoServer.h"
#include "FlowRef.h"

#include <QProcessEnvironment>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>
#include <memory>

// What the tests and benchmarks share (header only: the benchmarks link no test support): the
// flow ids and session of a server that is not the demo's, the client options that name them, and
// a configuration that points at the demo server. Secrets (codes,
// tokens) stay in each test file, so that a leak found by a secret sweep names its suite.
namespace TestValues {
inline const QString LoginFlow = QStringLiteral("11111111-1111-4111-8111-111111111111");
inline const QString VerifyFlow = QStringLiteral("22222222-2222-4222-8222-222222222222");
inline const QString SessionUuid = QStringLiteral("aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee");

inline QString verifyPath()
{
    return QStringLiteral("/flows/trigger/") + VerifyFlow;
}
inline QString loginPath()
{
    return QStringLiteral("/flows/trigger/") + LoginFlow;
}

// `server` with LoginFlow and VerifyFlow; timeoutMs when not 0.
inline ClientOptions clientOptions(const QUrl &server, int timeoutMs = 0)
{
    ClientOptions options;
    options.server = server;
    options.loginFlow = FlowRef::parse(LoginFlow).value();
    options.verifyFlow = FlowRef::parse(VerifyFlow).value();
    if (timeoutMs > 0)
        options.timeoutMs = timeoutMs;
    return options;
}

// A Config whose system and user files live in `dir`, with Server, LoginFlow, VerifyFlow of the
// demo server at `demo` (none when it is empty) and `profile` (when not empty) on its command
// line, plus `extra`.
inline std::unique_ptr<Config> demoConfig(const QUrl &demo, const QTemporaryDir &dir,
    const QString &profile, const QVariantHash &extra = {})
{
    QVariantHash commandLine = extra;
    if (!demo.isEmpty()) {
        commandLine.insert(QStringLiteral("Server"), demo.toString());
        commandLine.insert(QStringLiteral("LoginFlow"), DemoServer::loginFlowId());
        commandLine.insert(QStringLiteral("VerifyFlow"), DemoServer::verifyFlowId());
    }
    if (!profile.isEmpty())
        commandLine.insert(QStringLiteral("Profile"), profile);
    return std::make_unique<Config>(Config::Paths { dir.filePath(QStringLiteral("system.conf")),
                                        dir.filePath(QStringLiteral("user.conf")) },
        QProcessEnvironment(), commandLine);
}
} // namespace TestValues
