#pragma once

#include "Error.h"

#include <QString>

class Config;
class NetworkLog;

// One text file for a bug report: versions (app, Qt, QtKeychain backend), the configuration
// without secrets, the last error with its detail and diagnosis, and the masked network log.
namespace DiagnosticReport {
QString build(const Config &config, const NetworkLog &log, const Error &lastError,
              const QString &tokenLocation);
// Writes atomically (QSaveFile); an error names the file and the reason.
Error write(const QString &path, const QString &text);
} // namespace DiagnosticReport
