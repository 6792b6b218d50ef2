#include "KioskHandOff.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <memory>

KioskHandOff::KioskHandOff(QObject *parent)
    : QObject(parent)
    , m_base(QProcessEnvironment::systemEnvironment())
{
}

KioskHandOff::~KioskHandOff()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        // Killed; the QProcess outlives us until it has reaped the child (no waiting here).
        QProcess *process = m_process;
        process->disconnect(this);
        process->setParent(nullptr);
        connect(process, &QProcess::finished, process, &QObject::deleteLater);
        process->kill();
    }
}

Result<QStringList> KioskHandOff::parseCommand(const QString &command)
{
    const QStringList words = QProcess::splitCommand(command);
    if (words.isEmpty() || words.first().isEmpty()) {
        return Error(Error::Kind::InvalidInput,
            tr("No application is configured to start after sign-in (KioskExec or --exec)."),
            QStringLiteral("empty command"));
    }
    return words;
}

namespace {
QString serverText(const QUrl &server)
{
    QString url = server.toString(QUrl::StripTrailingSlash);
    while (url.endsWith(QLatin1Char('/')))
        url.chop(1); // "https://cms.example.com/" keeps its root slash otherwise
    return url;
}
} // namespace

QProcessEnvironment KioskHandOff::environment(const QProcessEnvironment &base, const QUrl &server)
{
    QProcessEnvironment env = base;
    env.insert(QStringLiteral("DIRECTUS_URL"), serverText(server));
    env.remove(QStringLiteral("DIRECTUS_TOKEN"));
    return env;
}

QByteArray KioskHandOff::credentialLine(const QUrl &server, const QString &accessToken,
    const QString &refreshToken, const QDateTime &expires)
{
    QJsonObject object { { QStringLiteral("server"), serverText(server) },
        { QStringLiteral("access_token"), accessToken } };
    if (expires.isValid())
        object.insert(QStringLiteral("expires_at"), expires.toUTC().toString(Qt::ISODate));
    if (!refreshToken.isEmpty())
        object.insert(QStringLiteral("refresh_token"), refreshToken);
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

bool KioskHandOff::start(const QString &command, const QUrl &server, const QByteArray &credentials)
{
    if (isRunning())
        return false;
    const auto words = parseCommand(command);
    if (!words.ok()) {
        QTimer::singleShot(0, this, [this, error = words.error()] { fail(error); });
        return false;
    }
    QStringList arguments = words.value();
    m_program = arguments.takeFirst();

    auto *process = new QProcess(this);
    m_process = process;
    process->setProgram(m_program);
    process->setArguments(arguments);
    process->setProcessChannelMode(QProcess::ForwardedChannels);
    process->setInputChannelMode(QProcess::ManagedInputChannel);
    process->setProcessEnvironment(environment(m_base, server));

    // The credential on its standard input, then end of input; our copy goes with the pipe's
    // buffer once written.
    auto line = std::make_shared<QByteArray>(credentials);
    connect(process, &QProcess::started, this, [process, line] {
        process->write(*line);
        process->closeWriteChannel();
        line->fill('\0');
    });
    connect(process, &QProcess::started, this, &KioskHandOff::started);
    connect(process, &QProcess::errorOccurred, this, [this, process](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart || process != m_process)
            return;
        process->deleteLater();
        fail(Error(Error::Kind::InvalidInput,
            tr("The kiosk's application could not be started. Ask the administrator to "
               "check the command (KioskExec)."),
            QStringLiteral("%1: %2").arg(m_program, process->errorString())));
    });
    connect(process, &QProcess::finished, this,
        [this, process](int exitCode, QProcess::ExitStatus status) {
            if (process != m_process)
                return;
            process->deleteLater();
            m_process.clear();
            emit finished(exitCode, status == QProcess::CrashExit);
        });
    process->start();
    return true;
}

bool KioskHandOff::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

qint64 KioskHandOff::processId() const
{
    return m_process ? m_process->processId() : 0;
}

void KioskHandOff::fail(const Error &error)
{
    m_process.clear();
    emit failed(error);
}
