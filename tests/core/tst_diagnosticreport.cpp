// The diagnostic report: one text file with the versions, the configuration without secrets, the
// last error with its detail and diagnosis, and the masked network log.

#include "Config.h"
#include "DiagnosticReport.h"
#include "Error.h"
#include "NetworkLog.h"

#include <QDateTime>
#include <QFile>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString Code = QStringLiteral("482913");
const QString Token = QStringLiteral("k3J9xQmZr2VtY8wLpN4sHbF6cDa91a2b");
const QString PinHash = QStringLiteral("pbkdf2-sha256$100000$c2FsdA$aGFzaGhhc2hoYXNo");

QString leak(const QString &text, const QString &secret, int length = 6)
{
    for (qsizetype i = 0; i + length <= secret.size(); ++i) {
        if (text.contains(secret.mid(i, length)))
            return secret.mid(i, length);
    }
    return {};
}
} // namespace

class tst_DiagnosticReport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void containsEverySection();
    void masksSecretsEverywhere();
    void withoutAnError();
    void defaultFileName();
    void writesTheFile();
    void writeFailureNamesTheFile();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Config> m_config;
    NetworkLog m_log;
    Error m_error;
};

void tst_DiagnosticReport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QFile user(m_dir->filePath(QStringLiteral("user.conf")));
    QVERIFY(user.open(QIODevice::WriteOnly));
    user.write("[General]\nProfile=staging\nKioskPinHash=" + PinHash.toUtf8()
        + "\n[Profile.staging]\nServer=https://"
          "staging.example.com\nLoginFlow=3f1c\nVerifyFlow=9a2b\n");
    user.close();
    m_config = std::make_unique<Config>(
        Config::Paths { m_dir->filePath(QStringLiteral("system.conf")), user.fileName() },
        QProcessEnvironment(), QVariantHash());

    m_log.clear();
    m_log.redactor().forgetSecrets();
    m_log.redactor().registerSecret(Code);
    m_log.redactor().registerSecret(Token);
    const int login = m_log.begin("GET",
        QStringLiteral("https://staging.example.com/flows/trigger/3f1c?phone=%2B447700900123"),
        { { "Accept", "application/json" } }, {});
    m_log.end(login, 200, { { "Content-Type", "application/json" } },
        R"({"otp_session_uuid":"u-1"})", 41, {});
    const int verify = m_log.begin("GET",
        QStringLiteral("https://staging.example.com/flows/trigger/9a2b?otp_session_uuid=u-1&otp=")
            + Code,
        { { "Accept", "application/json" } }, {});
    m_log.end(verify, 200, {}, R"({"message":"ok","token":")" + Token.toUtf8() + R"("})", 52, {});
    const int me = m_log.begin("GET", QStringLiteral("https://staging.example.com/users/me"),
        { { "Authorization", "Bearer " + Token.toUtf8() } }, {});
    m_log.end(me, 403, {}, R"({"errors":[{"message":"You don't have permission"}]})", 12, {});

    m_error = Error(Error::Kind::FlowMisconfigured,
        QStringLiteral("The verification flow is not set up correctly."),
        QStringLiteral("GET https://staging.example.com/users/me → HTTP 403"));
    m_error.setDiagnosis(
        QStringLiteral("Give the phone users' role read access to their own user."));
    m_error.setHttpStatus(403);
}

void tst_DiagnosticReport::containsEverySection()
{
    const QString report
        = DiagnosticReport::build(*m_config, m_log, m_error, QStringLiteral("Secret Service"));
    for (const QString &expected : {
             QStringLiteral("directus-login " DL_VERSION),
             QStringLiteral("Qt ") + QString::fromLatin1(qVersion()),
             QStringLiteral("QtKeychain"),
             QStringLiteral("Token store: Secret Service"),
             QStringLiteral("Profile = staging"),
             QStringLiteral("Server = https://staging.example.com"),
             QStringLiteral("kind: flow-misconfigured"),
             QStringLiteral("detail: GET https://staging.example.com/users/me → HTTP 403"),
             QStringLiteral("diagnosis: Give the phone users' role read access"),
             QStringLiteral("Network log (3 requests"),
             QStringLiteral("otp_session_uuid"),
             QStringLiteral("/users/me → 403"),
         }) {
        QVERIFY2(report.contains(expected),
            qPrintable(expected + QStringLiteral("\nis missing from:\n") + report));
    }
}

void tst_DiagnosticReport::masksSecretsEverywhere()
{
    const QString report
        = DiagnosticReport::build(*m_config, m_log, m_error, QStringLiteral("Secret Service"));
    for (const QString &secret : { Code, Token, PinHash })
        QVERIFY2(leak(report, secret).isEmpty(),
            qPrintable(leak(report, secret) + QStringLiteral(" in\n") + report));
    QVERIFY(report.contains(QStringLiteral("otp=••••••")));
    QVERIFY(report.contains(QStringLiteral("Bearer ••••1a2b")));
    QVERIFY(report.contains(QStringLiteral("KioskPinHash = (set, withheld)")));
}

void tst_DiagnosticReport::withoutAnError()
{
    NetworkLog empty;
    const QString report
        = DiagnosticReport::build(*m_config, empty, Error(), QStringLiteral("memory"));
    QVERIFY(report.contains(QStringLiteral("== Last error ==\n(none)")));
    QVERIFY(report.contains(QStringLiteral("Network log (0 requests")));
}

void tst_DiagnosticReport::defaultFileName()
{
    const QDateTime when(QDate(2024, 1, 31), QTime(14, 25, 1));
    QCOMPARE(DiagnosticReport::defaultFileName(when),
        QStringLiteral("directus-login-report-20240131-142501.txt"));
}

void tst_DiagnosticReport::writesTheFile()
{
    const QString path = m_dir->filePath(QStringLiteral("report.txt"));
    const QString text
        = DiagnosticReport::build(*m_config, m_log, m_error, QStringLiteral("memory"));
    QVERIFY(!DiagnosticReport::write(path, text).isError());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(file.readAll()), text);
}

void tst_DiagnosticReport::writeFailureNamesTheFile()
{
    const QString path = m_dir->filePath(QStringLiteral("no/such/folder/report.txt"));
    const Error error = DiagnosticReport::write(path, QStringLiteral("x"));
    QVERIFY(error.isError());
    QVERIFY2(error.message().contains(path), qPrintable(error.message()));
}

QTEST_GUILESS_MAIN(tst_DiagnosticReport)
#include "tst_diagnosticreport.moc"
