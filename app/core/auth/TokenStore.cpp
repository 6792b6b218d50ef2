#include "TokenStore.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QMetaObject>
#include <QSaveFile>
#include <QTimer>
#include <QUrl>
#include <algorithm>
#include <memory>
#include <qt6keychain/keychain.h>

#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS) && !defined(Q_OS_ANDROID)
#define DL_SECRET_SERVICE_LOCK_CHECK 1
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>
#endif

namespace {

QString serverPart(const QString &server)
{
    const QString trimmed = server.trimmed();
    QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.scheme().isEmpty() || url.host().isEmpty()) {
        QString plain = trimmed;
        while (plain.endsWith(QLatin1Char('/')))
            plain.chop(1);
        return plain;
    }
    // QUrl already lower-cases the scheme and the host.
    url = url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment
        | QUrl::NormalizePathSegments);
    const QString scheme = url.scheme();
    if ((scheme == QLatin1String("https") && url.port() == 443)
        || (scheme == QLatin1String("http") && url.port() == 80))
        url.setPort(-1);
    QString path = url.path(QUrl::FullyEncoded);
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path, QUrl::TolerantMode);
    // Fully encoded: an IDN host is the same key whether typed as Unicode or as punycode.
    return url.toString(QUrl::FullyEncoded);
}

QString operationName(KeychainTokenStore::Operation op)
{
    switch (op) {
    case KeychainTokenStore::Operation::Read:
        return QStringLiteral("read");
    case KeychainTokenStore::Operation::Write:
        return QStringLiteral("write");
    case KeychainTokenStore::Operation::Remove:
        return QStringLiteral("remove");
    }
    return {};
}

QString qkeychainErrorName(int code)
{
    switch (code) {
    case QKeychain::NoError:
        return QStringLiteral("NoError");
    case QKeychain::EntryNotFound:
        return QStringLiteral("EntryNotFound");
    case QKeychain::CouldNotDeleteEntry:
        return QStringLiteral("CouldNotDeleteEntry");
    case QKeychain::AccessDeniedByUser:
        return QStringLiteral("AccessDeniedByUser");
    case QKeychain::AccessDenied:
        return QStringLiteral("AccessDenied");
    case QKeychain::NoBackendAvailable:
        return QStringLiteral("NoBackendAvailable");
    case QKeychain::NotImplemented:
        return QStringLiteral("NotImplemented");
    case QKeychain::OtherError:
        return QStringLiteral("OtherError");
    }
    return QStringLiteral("Unknown");
}

bool containsAny(const QString &text, std::initializer_list<const char *> needles)
{
    for (const char *needle : needles) {
        if (text.contains(QLatin1String(needle), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

// The keyring exists but is locked, or was never unlocked in this session (gnome-keyring then
// answers as if the login collection did not exist).
bool saysLocked(const QString &errorString)
{
    return errorString.contains(QLatin1String("locked"), Qt::CaseInsensitive)
        || (errorString.contains(
                QLatin1String("Object does not exist at path"), Qt::CaseInsensitive)
            && errorString.contains(QLatin1String("/collection/")));
}

// No Secret Service, no KWallet, no session bus, or no libsecret to talk to them.
bool saysNoKeychain(const QString &errorString)
{
    return containsAny(errorString,
        { "autolaunch", "was not provided by any .service files", "Unknown error",
            "No keychain service available", "No keyring daemon", "D-Bus is not running",
            "Could not connect", "ServiceUnknown", "NoServer", "Not connected" });
}

Error unavailableError(const QString &detail)
{
#if defined(Q_OS_MACOS) || defined(Q_OS_WIN)
    return Error(Error::Kind::KeychainUnavailable,
        //: The operating system's keychain cannot be reached.
        QCoreApplication::translate("TokenStore",
            "The system keychain is not available. Try again, or "
            "keep the sign-in for this session only."),
        detail);
#else
    return Error(Error::Kind::KeychainUnavailable,
        //: No Secret Service (gnome-keyring, KWallet) is running on this Linux desktop.
        QCoreApplication::translate("TokenStore",
            "No keychain is available. Install and start "
            "gnome-keyring or KWallet and try again, or keep the "
            "sign-in for this session only."),
        detail);
#endif
}

// Delivers `value` to `done` on the thread of `context`, always through the event loop, and not at
// all once `context` is gone (its posted events die with it).
template <typename T>
void deliver(const QPointer<QObject> &context, const std::function<void(T)> &done, T value)
{
    if (!context || !done)
        return;
    QMetaObject::invokeMethod(
        context.data(), [done, value = std::move(value)] { done(value); }, Qt::QueuedConnection);
}

// One keychain operation: answers exactly once, whichever comes first of the job and the timer.
template <typename T> struct PendingOperation
{
    QPointer<QObject> context;
    std::function<void(T)> done;
    bool answered = false;

    void answer(T value)
    {
        if (answered)
            return;
        answered = true;
        deliver(context, done, std::move(value));
        done = nullptr;
    }
};

Error lockedError(const QString &detail)
{
    return Error(Error::Kind::KeychainLocked,
        QCoreApplication::translate("TokenStore",
            "The keyring is locked. Unlock it (for example by "
            "signing in to your desktop session) and try "
            "again."),
        detail);
}

// Asks the Secret Service whether the default collection is locked, without blocking, and calls
// `done` with true (locked), false (unlocked) or — when it cannot tell (no Secret Service, no such
// alias, KWallet) — false as well; `timedOut` when it did not answer before `deadline`.
// libsecret answers a read in a locked collection with "not found" and a remove with success (the
// item stays), so those two answers are only believed after this check.
void askIfLocked(QObject *context, QDeadlineTimer deadline,
    std::function<void(bool locked, bool timedOut, QString detail)> done)
{
#ifdef DL_SECRET_SERVICE_LOCK_CHECK
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        done(false, false, QStringLiteral("no session bus for the lock check"));
        return;
    }
    QDBusMessage get = QDBusMessage::createMethodCall(QStringLiteral("org.freedesktop.secrets"),
        QStringLiteral("/org/freedesktop/secrets/aliases/default"),
        QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("Get"));
    get << QStringLiteral("org.freedesktop.Secret.Collection") << QStringLiteral("Locked");
    const int ms = int(qBound(qint64(1), deadline.remainingTime(), qint64(600000)));
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(get, ms), context);
    QObject::connect(watcher, &QDBusPendingCallWatcher::finished, context,
        [done = std::move(done)](QDBusPendingCallWatcher *finished) {
            finished->deleteLater();
            const QDBusPendingReply<QDBusVariant> reply = *finished;
            if (reply.isError()) {
                const bool timedOut = reply.error().type() == QDBusError::NoReply
                    || reply.error().type() == QDBusError::Timeout
                    || reply.error().type() == QDBusError::TimedOut;
                done(false, timedOut,
                    QStringLiteral("lock check: %1: %2")
                        .arg(reply.error().name(), reply.error().message()));
                return;
            }
            done(reply.value().variant().toBool(), false,
                QStringLiteral("lock check: the default collection is locked"));
        });
#else
    Q_UNUSED(context)
    Q_UNUSED(deadline)
    done(false, false, QString());
#endif
}

template <typename T> bool needsLockCheck(const T &answer, KeychainTokenStore::Operation op);
template <> bool needsLockCheck(const Error &answer, KeychainTokenStore::Operation op)
{
    return op == KeychainTokenStore::Operation::Remove && !answer.isError();
}
template <> bool needsLockCheck(const Result<QString> &answer, KeychainTokenStore::Operation)
{
    return !answer.ok() && answer.error().kind() == Error::Kind::NotSignedIn;
}

// Starts `job` (heap, auto-deleted, no insecure fallback) with a timeout. `interpret` turns the
// finished job into the answer. The connections run in the job's thread (direct), so the job is
// read before it deletes itself, and are cut when `context` is destroyed. A "not found" read and
// a successful remove are confirmed with the Secret Service's lock state first (see askIfLocked),
// within the same timeout.
template <typename T>
void startJob(QKeychain::Job *job, const QString &key, KeychainTokenStore::Operation op,
    int timeoutMs, QObject *context, std::function<void(T)> done,
    std::function<T(QKeychain::Job *)> interpret)
{
    auto pending = std::make_shared<PendingOperation<T>>();
    pending->context = context;
    pending->done = std::move(done);
    const QDeadlineTimer deadline(timeoutMs, Qt::PreciseTimer);

    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);

    // A child of the job: it goes when the job goes. A job that never answers is never deleted
    // (deleting a pending job would leave the backend with a dangling pointer), nor is its timer.
    auto *timer = new QTimer(job);
    timer->setSingleShot(true);
    timer->setTimerType(Qt::PreciseTimer); // a coarse timer may fire 5 % early
    QObject::connect(
        timer, &QTimer::timeout, context,
        [pending, op, timeoutMs] {
            pending->answer(T(KeychainTokenStore::timeoutError(op, timeoutMs)));
        },
        Qt::DirectConnection);
    QObject::connect(
        job, &QKeychain::Job::finished, context,
        [pending, timer, op, timeoutMs, deadline, context, interpret = std::move(interpret)](
            QKeychain::Job *finished) {
            timer->stop();
            T answer = interpret(finished);
            if (pending->answered || !needsLockCheck(answer, op)) {
                pending->answer(std::move(answer));
                return;
            }
            askIfLocked(context, deadline,
                [pending, op, timeoutMs, answer](bool locked, bool timedOut, const QString &why) {
                    if (timedOut) {
                        pending->answer(T(KeychainTokenStore::timeoutError(op, timeoutMs)));
                    } else if (locked) {
                        pending->answer(T(lockedError(QStringLiteral("%1: %2").arg(
                            op == KeychainTokenStore::Operation::Read ? QStringLiteral("read")
                                                                      : QStringLiteral("remove"),
                            why))));
                    } else {
                        pending->answer(answer);
                    }
                });
        },
        Qt::DirectConnection);
    timer->start(timeoutMs);
    job->start();
}

} // namespace

QString TokenStore::key(const QString &profile, const QString &server)
{
    const QString name = profile.trimmed();
    return (name.isEmpty() ? QStringLiteral("default") : name) + QLatin1Char('@')
        + serverPart(server);
}

// KeychainTokenStore

KeychainTokenStore::KeychainTokenStore(QObject *parent)
    : TokenStore(parent)
{
}

KeychainTokenStore::~KeychainTokenStore() = default;

void KeychainTokenStore::read(const QString &key, QObject *context, ReadCallback done)
{
    startJob<Result<QString>>(new QKeychain::ReadPasswordJob(serviceName()), key, Operation::Read,
        m_timeoutMs, context ? context : this, std::move(done),
        [](QKeychain::Job *job) -> Result<QString> {
            if (job->error() == QKeychain::NoError)
                return static_cast<QKeychain::ReadPasswordJob *>(job)->textData();
            return mapError(job->error(), job->errorString(), Operation::Read);
        });
}

void KeychainTokenStore::write(
    const QString &key, const QString &token, QObject *context, WriteCallback done)
{
    auto *job = new QKeychain::WritePasswordJob(serviceName());
    job->setTextData(token);
    startJob<Error>(job, key, Operation::Write, m_timeoutMs, context ? context : this,
        std::move(done), [](QKeychain::Job *finished) {
            return mapError(finished->error(), finished->errorString(), Operation::Write);
        });
}

void KeychainTokenStore::remove(const QString &key, QObject *context, WriteCallback done)
{
    startJob<Error>(new QKeychain::DeletePasswordJob(serviceName()), key, Operation::Remove,
        m_timeoutMs, context ? context : this, std::move(done), [](QKeychain::Job *finished) {
            return mapError(finished->error(), finished->errorString(), Operation::Remove);
        });
}

void TokenStore::checkUsable(const QString &, QObject *context, WriteCallback done)
{
    deliver<Error>(context ? context : this, done, Error());
}

void KeychainTokenStore::checkUsable(const QString &key, QObject *context, WriteCallback done)
{
    read(key, context, [done](Result<QString> answer) {
        done(answer.ok() || answer.error().kind() == Error::Kind::NotSignedIn ? Error()
                                                                              : answer.error());
    });
}

QString KeychainTokenStore::description() const
{
#if defined(Q_OS_MACOS)
    //: Where the token is kept, completes "Your sign-in is kept in …".
    return QCoreApplication::translate("TokenStore", "the macOS Keychain");
#elif defined(Q_OS_WIN)
    //: Where the token is kept, completes "Your sign-in is kept in …".
    return QCoreApplication::translate("TokenStore", "Windows Credential Manager");
#else
    //: Where the token is kept, completes "Your sign-in is kept in …".
    return QCoreApplication::translate("TokenStore", "the system keychain (Secret Service)");
#endif
}

Error KeychainTokenStore::mapError(int qkeychainError, const QString &errorString, Operation op)
{
    if (qkeychainError == QKeychain::NoError)
        return {};
    const QString detail = QStringLiteral("%1: QKeychain::%2 (%3): %4")
                               .arg(operationName(op), qkeychainErrorName(qkeychainError))
                               .arg(qkeychainError)
                               .arg(errorString);

    switch (qkeychainError) {
    case QKeychain::EntryNotFound:
        if (op == Operation::Remove)
            return {};
        if (op == Operation::Read) {
            return Error(Error::Kind::NotSignedIn,
                QCoreApplication::translate("TokenStore", "No token is stored for this server."),
                detail);
        }
        break;
    case QKeychain::AccessDeniedByUser:
        return Error(Error::Kind::KeychainDenied,
            //: The person (or the system on their behalf) refused access to the keychain.
            QCoreApplication::translate("TokenStore",
                "Access to the keychain was denied. Allow Directus "
                "Login to use it when asked, then try again."),
            detail);
    case QKeychain::AccessDenied:
        if (saysLocked(errorString))
            break;
        return Error(Error::Kind::KeychainDenied,
            QCoreApplication::translate("TokenStore",
                "Access to the keychain was denied. Allow Directus "
                "Login to use it when asked, then try again."),
            detail);
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return unavailableError(detail);
    default:
        break;
    }

    if (saysLocked(errorString))
        return lockedError(detail);
    if (saysNoKeychain(errorString))
        return unavailableError(detail);
    return Error(Error::Kind::KeychainUnavailable,
        //: The keychain answered with an error we do not know; the details show it.
        QCoreApplication::translate("TokenStore",
            "The keychain could not be used. Check that it is "
            "running and unlocked, then try again; the details say "
            "what went wrong."),
        detail);
}

Error KeychainTokenStore::timeoutError(Operation op, int ms)
{
    return Error(Error::Kind::KeychainTimeout,
        //: The keychain may be showing a password prompt somewhere.
        QCoreApplication::translate("TokenStore",
            "The keychain did not answer in time. If it is asking "
            "for a password, unlock it and try again."),
        QStringLiteral("%1: no answer from the keychain within %2 ms")
            .arg(operationName(op))
            .arg(ms));
}

// MemoryTokenStore

MemoryTokenStore::MemoryTokenStore(QObject *parent)
    : TokenStore(parent)
{
}

MemoryTokenStore::~MemoryTokenStore()
{
    wipe();
}

namespace {

// A copy that shares no buffer, so the stored buffer stays ours alone and can be overwritten.
QString deepCopy(const QString &text)
{
    return QString(text.constData(), text.size());
}

void overwrite(QString &text)
{
    // data() detaches first if the buffer were shared; ours never is (see deepCopy).
    std::fill(text.data(), text.data() + text.size(), QChar(0));
}

} // namespace

void MemoryTokenStore::read(const QString &key, QObject *context, ReadCallback done)
{
    const auto it = m_tokens.constFind(key);
    Result<QString> answer = it == m_tokens.constEnd()
        ? Result<QString>(Error(Error::Kind::NotSignedIn,
            QCoreApplication::translate("TokenStore", "No token is stored for this server."),
            QStringLiteral("read: no token in memory")))
        : Result<QString>(deepCopy(it.value()));
    deliver<Result<QString>>(context ? context : this, done, std::move(answer));
}

void MemoryTokenStore::write(
    const QString &key, const QString &token, QObject *context, WriteCallback done)
{
    auto it = m_tokens.find(key);
    if (it != m_tokens.end()) {
        overwrite(it.value());
        it.value() = deepCopy(token);
    } else {
        m_tokens.insert(key, deepCopy(token));
    }
    deliver<Error>(context ? context : this, done, Error());
}

void MemoryTokenStore::remove(const QString &key, QObject *context, WriteCallback done)
{
    auto it = m_tokens.find(key);
    if (it != m_tokens.end()) {
        overwrite(it.value());
        m_tokens.erase(it);
    }
    deliver<Error>(context ? context : this, done, Error());
}

QString MemoryTokenStore::description() const
{
    if (!m_description.isEmpty())
        return m_description;
    //: Where the token is kept, completes "Your sign-in is kept in …".
    return QCoreApplication::translate("TokenStore", "memory, for this session only");
}

void MemoryTokenStore::wipe()
{
    for (auto it = m_tokens.begin(); it != m_tokens.end(); ++it)
        overwrite(it.value());
    m_tokens.clear();
}

FileTokenStore::FileTokenStore(const QString &path, QObject *parent)
    : TokenStore(parent)
    , m_path(path)
{
}

FileTokenStore::~FileTokenStore() = default;

bool FileTokenStore::exists() const
{
    return QFileInfo::exists(m_path);
}

Result<QJsonObject> FileTokenStore::load() const
{
    QFile file(m_path);
    if (!file.exists())
        return QJsonObject();
    if (!file.open(QIODevice::ReadOnly)) {
        return Error(Error::Kind::KeychainDenied,
            QCoreApplication::translate("TokenStore", "The sign-in file %1 could not be read.")
                .arg(QDir::toNativeSeparators(m_path)),
            QStringLiteral("file store: %1").arg(file.errorString()));
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject()) {
        return Error(Error::Kind::KeychainDenied,
            QCoreApplication::translate(
                "TokenStore", "The sign-in file %1 is damaged. Delete it and sign in again.")
                .arg(QDir::toNativeSeparators(m_path)),
            QStringLiteral("file store: not a JSON object (%1)").arg(parseError.errorString()));
    }
    return document.object();
}

Error FileTokenStore::save(const QJsonObject &entries) const
{
    const auto failed = [this](const QString &why) {
        return Error(Error::Kind::KeychainDenied,
            QCoreApplication::translate("TokenStore", "The sign-in file %1 could not be written.")
                .arg(QDir::toNativeSeparators(m_path)),
            QStringLiteral("file store: %1").arg(why));
    };
    if (entries.isEmpty()) {
        if (QFile::exists(m_path) && !QFile::remove(m_path))
            return failed(QStringLiteral("could not delete the file"));
        return {};
    }
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath()))
        return failed(QStringLiteral("could not create its folder"));
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return failed(file.errorString());
    // Before a byte of it is written: only the user may read the temporary file that becomes it.
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        file.cancelWriting();
        return failed(QStringLiteral("could not make it private (0600)"));
    }
    file.write(QJsonDocument(entries).toJson(QJsonDocument::Compact));
    if (!file.commit())
        return failed(file.errorString());
    return {};
}

void FileTokenStore::read(const QString &key, QObject *context, ReadCallback done)
{
    const Result<QJsonObject> entries = load();
    Result<QString> answer = !entries.ok() ? Result<QString>(entries.error())
        : entries.value().value(key).isString()
        ? Result<QString>(entries.value().value(key).toString())
        : Result<QString>(Error(Error::Kind::NotSignedIn,
            QCoreApplication::translate("TokenStore", "No token is stored for this server."),
            QStringLiteral("read: no token in the file")));
    deliver<Result<QString>>(context ? context : this, done, std::move(answer));
}

void FileTokenStore::write(
    const QString &key, const QString &token, QObject *context, WriteCallback done)
{
    Result<QJsonObject> entries = load();
    Error error = entries.error();
    if (entries.ok()) {
        QJsonObject updated = entries.value();
        updated.insert(key, token);
        error = save(updated);
    }
    deliver<Error>(context ? context : this, done, error);
}

void FileTokenStore::remove(const QString &key, QObject *context, WriteCallback done)
{
    Result<QJsonObject> entries = load();
    Error error = entries.error();
    if (entries.ok() && entries.value().contains(key)) {
        QJsonObject updated = entries.value();
        updated.remove(key);
        error = save(updated);
    }
    deliver<Error>(context ? context : this, done, error);
}

QString FileTokenStore::description() const
{
    //: Where the token is kept, completes "Your sign-in is kept in …". %1 is the file.
    return QCoreApplication::translate("TokenStore", "a file, not the keychain: %1")
        .arg(QDir::toNativeSeparators(m_path));
}

QString FileTokenStore::caveat() const
{
    //: Said by status and sign-in each time the sign-in is kept with --insecure-storage.
    return QCoreApplication::translate("TokenStore",
        "Stored in a file, not in the keychain: anyone who can read your files can use this "
        "sign-in. \"directus-login logout\" removes it.");
}
