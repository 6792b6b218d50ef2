#pragma once

#include "Error.h"

#include <QString>

class QDateTime;

class Config;
class NetworkLog;

// One text file for a bug report: versions (app, Qt, QtKeychain backend), the configuration
// without secrets, the last error with its detail and diagnosis, and the masked network log.
namespace DiagnosticReport {
QString build(const Config &config, const NetworkLog &log, const Error &lastError,
    const QString &tokenLocation);
// "directus-login-report-20240131-142501.txt" for that moment.
QString defaultFileName(const QDateTime &when);
// The version line of the About box and the report: app, Qt at run time and at build time,
// QtKeychain.
QString versions();
// Writes atomically (QSaveFile); an error names the file and the reason.
Error write(const QString &path, const QString &text);
} // namespace DiagnosticReport
