#include "DiagnosticReport.h"

#include "Config.h"
#include "DirectusClient.h"
#include "NetworkLog.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSaveFile>
#include <QSysInfo>

namespace DiagnosticReport {

QString build(const Config &config, const NetworkLog &log, const Error &lastError,
    const QString &tokenLocation)
{
    QString text;
    text += QStringLiteral("Directus Login diagnostic report\n");
    text += QStringLiteral("Written: %1\n\n")
                .arg(QDateTime::currentDateTime().toString(Qt::ISODate));
    text += QStringLiteral("== Versions ==\n");
    text += versions();
    text += QStringLiteral("Token store: %1\n").arg(tokenLocation);
    text += QStringLiteral("System: %1 (%2, kernel %3)\n")
                .arg(QSysInfo::prettyProductName(), QSysInfo::currentCpuArchitecture(),
                    QSysInfo::kernelVersion());
    text += QStringLiteral("User agent: %1\n\n")
                .arg(QString::fromLatin1(DirectusClient::userAgent()));

    text += QStringLiteral("== Configuration (no secrets) ==\n");
    text += config.describe();
    text += QLatin1Char('\n');

    text += QStringLiteral("== Last error ==\n");
    if (lastError) {
        text += QStringLiteral("kind: %1\n").arg(lastError.kindName());
        text += QStringLiteral("message: %1\n").arg(lastError.message());
        if (!lastError.detail().isEmpty())
            text += QStringLiteral("detail: %1\n").arg(lastError.detail());
        if (!lastError.diagnosis().isEmpty())
            text += QStringLiteral("diagnosis: %1\n").arg(lastError.diagnosis());
        if (lastError.httpStatus())
            text += QStringLiteral("HTTP status: %1\n").arg(lastError.httpStatus());
        if (!lastError.serverCode().isEmpty())
            text += QStringLiteral("server code: %1\n").arg(lastError.serverCode());
    } else {
        text += QStringLiteral("(none)\n");
    }
    text += QLatin1Char('\n');

    text += QStringLiteral("== Network log (%1 requests, secrets masked) ==\n")
                .arg(log.entries().size());
    text += log.formatAll();
    return log.redactor().text(text);
}

QString defaultFileName(const QDateTime &when)
{
    return QStringLiteral("directus-login-report-%1.txt")
        .arg(when.toString(QStringLiteral("yyyyMMdd-HHmmss")));
}

QString versions()
{
    QString text;
    text += QStringLiteral("directus-login %1\n").arg(QStringLiteral(DL_VERSION));
    text += QStringLiteral("Qt %1 at run time, built with %2\n")
                .arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR));
    // QtKeychain has no run-time version call, and its header's QTKEYCHAIN_VERSION is not kept
    // up to date upstream; the build requires 0.13 or later.
    text += QStringLiteral("QtKeychain 0.13 or later (Qt 6 build)\n");
    return text;
}

Error write(const QString &path, const QString &text)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text) || file.write(text.toUtf8()) < 0
        || !file.commit()) {
        return Error(Error::Kind::InvalidInput,
            QCoreApplication::translate(
                "DiagnosticReport", "The report could not be saved to %1: %2")
                .arg(path, file.errorString()),
            file.errorString());
    }
    return {};
}

} // namespace DiagnosticReport
