// After full sign-ins, the code and the token — or any 6-character piece of them — appear in no
// file under the configuration and cache folders, in no stderr or stdout (but `token`'s own), and
// on no child process's command line. Sweeps the real binary (CLI with --verbose) and the kiosk
// hand-off (KioskHandOff, what --exec runs).
#include "CliProcess.h"
#include "FakeServer.h"
#include "FaultEnvironment.h"
#include "KioskHandOff.h"
#include "TestValues.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

namespace {
using TestValues::LoginFlow;
using TestValues::SessionUuid;
using TestValues::VerifyFlow;
const QString Code = QStringLiteral("730586");
const QString Token = QStringLiteral("Hk7pQ2vXn9LmR4tYz8WcJ3");

// Every piece of `secret` at least 6 characters long that occurs in `text`, as the first found.
QString leak(const QByteArray &text, const QString &secret)
{
    const QByteArray s = secret.toUtf8();
    for (int i = 0; i + 6 <= s.size(); ++i) {
        if (text.contains(s.mid(i, 6)))
            return QString::fromUtf8(s.mid(i, 6));
    }
    return {};
}
} // namespace

class tst_SecretSweep : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cliSignInLeavesNoSecret();
    void kioskHandOffKeepsTokenOffTheCommandLine();

private:
    void sweepText(const QByteArray &text, const QString &where);
    void sweepFolder(const QString &folder);

    CliProcess m_cli { QStringLiteral(DL_BINARY) };
    PrivateKeyring m_keyring;
};

void tst_SecretSweep::initTestCase()
{
    QVERIFY2(QFile::exists(QStringLiteral(DL_BINARY)), DL_BINARY);
    DL_REQUIRE_PRIVATE_KEYRING("the secret sweep");
    QVERIFY2(m_keyring.start(), qPrintable(m_keyring.error()));
}

void tst_SecretSweep::sweepText(const QByteArray &text, const QString &where)
{
    for (const QString &secret : { Code, Token }) {
        const QString found = leak(text, secret);
        QVERIFY2(
            found.isEmpty(), qPrintable(QStringLiteral("%1 contains \"%2\"").arg(where, found)));
    }
}

void tst_SecretSweep::sweepFolder(const QString &folder)
{
    QDirIterator it(
        folder, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        sweepText(file.readAll(), file.fileName());
        if (QTest::currentTestFailed())
            return;
    }
}

void tst_SecretSweep::cliSignInLeavesNoSecret()
{
    FakeServer server;
    server.on("GET", QStringLiteral("/flows/trigger/") + LoginFlow,
        HttpResponse::json(
            200, QByteArrayLiteral(R"({"otp_session_uuid":")") + SessionUuid.toLatin1() + "\"}"));
    server.on("GET", QStringLiteral("/flows/trigger/") + VerifyFlow,
        HttpResponse::json(200,
            QByteArrayLiteral(R"({"message":"session validated successfully.","token":")")
                + Token.toLatin1() + "\"}"));
    server.on("GET", QStringLiteral("/users/me"),
        HttpResponse::json(200, R"({"data":{"id":"u-1","first_name":"Ada"}})"));
    server.on("GET", QStringLiteral("/items/articles"), HttpResponse::json(200, R"({"data":[]})"));
    const QStringList connection { QStringLiteral("--server"), server.url().toString(),
        QStringLiteral("--login-flow"), LoginFlow, QStringLiteral("--verify-flow"), VerifyFlow,
        QStringLiteral("--profile"), QStringLiteral("sweep"), QStringLiteral("--verbose") };
    const QProcessEnvironment env = m_cli.environment(m_keyring.environment());

    QList<CliRun> runs;
    runs << m_cli.run(QStringList { QStringLiteral("sign-in"), QStringLiteral("--phone"),
                          QStringLiteral("+447123456789") }
            + connection,
        env, Code.toUtf8() + '\n');
    QVERIFY2(runs.last().exitCode == 0, qPrintable(runs.last().all()));
    QVERIFY(runs.last().err.contains("GET ")); // --verbose did log the requests
    runs << m_cli.run(QStringList { QStringLiteral("status") } + connection, env);
    runs << m_cli.run(
        QStringList { QStringLiteral("api"), QStringLiteral("/items/articles") } + connection, env);
    for (const CliRun &r : std::as_const(runs))
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
    // The secrets did go where they must: the server got both, the keychain holds the token.
    QCOMPARE(server.lastRequest().header("authorization"), "Bearer " + Token.toLatin1());
    QCOMPARE(m_keyring.lookup(QStringLiteral("sweep@") + server.url().toString()), Token);

    for (int i = 0; i < runs.size(); ++i) {
        sweepText(runs.at(i).err, QStringLiteral("stderr of run %1").arg(i));
        sweepText(runs.at(i).out, QStringLiteral("stdout of run %1").arg(i));
    }
    QDir().mkpath(m_cli.configDir());
    QVERIFY(QFileInfo::exists(
        m_cli.configDir() + QStringLiteral("/directus-login"))); // LastRegion was written
    sweepFolder(m_cli.configDir());
    sweepFolder(m_cli.cacheDir());

    // `token` prints it on purpose — on stdout only.
    const CliRun token = m_cli.run(QStringList { QStringLiteral("token") } + connection, env);
    QCOMPARE(token.out.trimmed(), Token.toUtf8());
    sweepText(token.err, QStringLiteral("stderr of token"));
}

void tst_SecretSweep::kioskHandOffKeepsTokenOffTheCommandLine()
{
    // What --exec starts: its command line (what `ps` shows every user) must not carry the token;
    // nor its environment (/proc/<pid>/environ, inherited by everything it starts): its standard
    // input does.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString script = dir.filePath(QStringLiteral("app.sh"));
    QFile file(script);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("#!/bin/sh\n"
               "tr '\\0' ' ' < /proc/$$/cmdline > \"$1/cmdline\"\n"
               "tr '\\0' ' ' < /proc/$PPID/cmdline > \"$1/parent-cmdline\"\n"
               "env > \"$1/env\"\n"
               "cat > \"$1/stdin\"\n");
    file.close();
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

    KioskHandOff handOff;
    QSignalSpy finished(&handOff, &KioskHandOff::finished);
    QVERIFY(handOff.start(script + QLatin1Char(' ') + dir.path(),
        QUrl(QStringLiteral("https://cms.example.com")),
        KioskHandOff::credentialLine(QUrl(QStringLiteral("https://cms.example.com")), Token)));
    QVERIFY(finished.wait(10000));
    for (const char *name : { "cmdline", "parent-cmdline", "env" }) {
        QFile out(dir.filePath(QString::fromLatin1(name)));
        QVERIFY(out.open(QIODevice::ReadOnly));
        const QByteArray text = out.readAll();
        QVERIFY2(text.contains("app.sh") || QByteArray(name) != "cmdline", text.constData());
        sweepText(text, QString::fromLatin1(name));
    }
    // It has it on its standard input, nowhere else.
    QFile handed(dir.filePath(QStringLiteral("stdin")));
    QVERIFY(handed.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(handed.readAll())
                 .object()
                 .value(QStringLiteral("access_token"))
                 .toString(),
        Token);
    handed.remove();
}

QTEST_GUILESS_MAIN(tst_SecretSweep)
#include "tst_secretsweep.moc"
