#include "CredentialLock.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QTimer>

#include <unistd.h>

QString CredentialLock::pathFor(const QString &key)
{
    // Not QStandardPaths::RuntimeLocation: without XDG_RUNTIME_DIR it warns on stderr.
    QString base = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (base.isEmpty() || !QDir(base).exists())
        base = QDir::tempPath() + QStringLiteral("/directus-login-%1").arg(uint(getuid()));
    else
        base += QStringLiteral("/directus-login");
    QDir().mkpath(base);
    QFile::setPermissions(base, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const QByteArray digest
        = QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex().left(32);
    return base + QLatin1Char('/') + QString::fromLatin1(digest) + QStringLiteral(".lock");
}

CredentialLock::CredentialLock(const QString &key, QObject *parent)
    : QObject(parent)
    , m_file(std::make_unique<QLockFile>(pathFor(key)))
    , m_retry(new QTimer(this))
{
    // A lock older than this is stale even if a process of that id runs (a reused pid): no
    // renewal takes a minute.
    m_file->setStaleLockTime(60000);
    m_retry->setInterval(20);
    m_retry->setSingleShot(true);
    connect(m_retry, &QTimer::timeout, this, &CredentialLock::attempt);
}

CredentialLock::~CredentialLock()
{
    release();
}

void CredentialLock::acquire(int timeoutMs, std::function<void(Error)> done)
{
    if (m_held) {
        QTimer::singleShot(0, this, [done] { done(Error()); });
        return;
    }
    m_done = std::move(done);
    m_deadline = QDateTime::currentMSecsSinceEpoch() + qMax(0, timeoutMs);
    attempt();
}

void CredentialLock::attempt()
{
    if (m_file->tryLock(0)) {
        m_held = true;
        auto done = std::move(m_done);
        m_done = nullptr;
        QTimer::singleShot(0, this, [done] { done(Error()); });
        return;
    }
    if (m_file->error() == QLockFile::PermissionError
        || m_file->error() == QLockFile::UnknownError) {
        auto done = std::move(m_done);
        m_done = nullptr;
        done(Error(Error::Kind::SessionLost,
            QCoreApplication::translate("CredentialLock",
                "The sign-in could not be renewed safely: its lock file cannot be written. Check "
                "that the runtime folder can be written, then try again."),
            QStringLiteral("lock file error %1").arg(int(m_file->error()))));
        return;
    }
    if (QDateTime::currentMSecsSinceEpoch() >= m_deadline) {
        auto done = std::move(m_done);
        m_done = nullptr;
        done(Error(Error::Kind::Timeout,
            QCoreApplication::translate("CredentialLock",
                "Another Directus Login is renewing this sign-in and did not finish. Try again."),
            QStringLiteral("credential lock held by another process")));
        return;
    }
    m_retry->start();
}

void CredentialLock::release()
{
    m_retry->stop();
    m_done = nullptr;
    if (m_held) {
        m_file->unlock();
        m_held = false;
    }
}
