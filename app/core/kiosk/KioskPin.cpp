#include "KioskPin.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFutureWatcher>
#include <QPasswordDigestor>
#include <QPromise>
#include <QRandomGenerator>
#include <QStringList>
#include <QThreadPool>

#include <memory>

namespace {
const QLatin1String Scheme("pbkdf2-sha256");

Error malformed(const QString &detail)
{
    return Error(Error::Kind::InvalidInput,
        QCoreApplication::translate("KioskPin",
            "The administrator PIN hash (KioskPinHash) cannot be read. Make a new one with "
            "\"directus-login kiosk-pin\"."),
        detail);
}

QByteArray derive(const QString &pin, const QByteArray &salt, int iterations, int length)
{
    return QPasswordDigestor::deriveKeyPbkdf2(
        QCryptographicHash::Sha256, pin.toUtf8(), salt, iterations, quint64(length));
}

bool equalConstantTime(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}

QByteArray decode(const QString &text)
{
    const auto result
        = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    return result ? result.decoded : QByteArray();
}
} // namespace

Error KioskPin::checkPin(const QString &pin)
{
    bool digits = !pin.isEmpty();
    for (const QChar ch : pin)
        digits = digits && ch >= QLatin1Char('0') && ch <= QLatin1Char('9');
    if (!digits || pin.size() < MinLength || pin.size() > MaxLength) {
        return Error(Error::Kind::InvalidInput,
            QCoreApplication::translate("KioskPin",
                "The PIN must be %1 to %2 digits (0–9), so that it "
                "can be typed on the kiosk's keypad.")
                .arg(MinLength)
                .arg(MaxLength));
    }
    return {};
}

QString KioskPin::makeHash(const QString &pin, int iterations, const QByteArray &givenSalt)
{
    QByteArray salt = givenSalt;
    if (salt.isEmpty()) {
        salt.resize(SaltBytes);
        QRandomGenerator::system()->generate(salt.begin(), salt.end());
    }
    const QByteArray hash = derive(pin, salt, iterations, HashBytes);
    return QStringLiteral("%1$%2$%3$%4")
        .arg(Scheme)
        .arg(iterations)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(hash.toBase64()));
}

Result<KioskPin::Hash> KioskPin::parse(const QString &text)
{
    const QStringList parts = text.trimmed().split(QLatin1Char('$'));
    if (parts.size() != 4)
        return malformed(QStringLiteral("expected pbkdf2-sha256$<iterations>$<salt>$<hash>"));
    if (parts.at(0) != Scheme)
        return malformed(QStringLiteral("unknown scheme (only pbkdf2-sha256)"));
    bool ok = false;
    Hash hash;
    hash.iterations = parts.at(1).toInt(&ok);
    if (!ok || hash.iterations < MinIterations || hash.iterations > MaxIterations) {
        return malformed(
            QStringLiteral("iterations must be %1 to %2").arg(MinIterations).arg(MaxIterations));
    }
    hash.salt = decode(parts.at(2));
    hash.hash = decode(parts.at(3));
    if (hash.salt.size() < 8)
        return malformed(QStringLiteral("the salt is not base64 of at least 8 bytes"));
    if (hash.hash.size() < 16)
        return malformed(QStringLiteral("the hash is not base64 of at least 16 bytes"));
    return hash;
}

bool KioskPin::verify(const QString &pin, const QString &stored)
{
    const auto parsed = parse(stored);
    if (!parsed.ok())
        return false;
    const Hash &h = parsed.value();
    return equalConstantTime(derive(pin, h.salt, h.iterations, int(h.hash.size())), h.hash);
}

KioskPinVerifier::KioskPinVerifier(const QString &stored, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_stored(stored.trimmed())
    , m_clock(clock)
{
}

KioskPinVerifier::~KioskPinVerifier() = default;

bool KioskPinVerifier::isValid() const
{
    return KioskPin::parse(m_stored).ok();
}

qint64 KioskPinVerifier::lockedForMs() const
{
    return qMax<qint64>(0, m_lockedUntil - m_clock.nowMs());
}

bool KioskPinVerifier::check(const QString &pin)
{
    if (m_busy || !hasPin() || lockedForMs() > 0)
        return false;
    m_busy = true;
    auto promise = std::make_shared<QPromise<bool>>();
    auto *watcher = new QFutureWatcher<bool>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        onResult(watcher->future().resultCount() > 0 && watcher->result());
    });
    watcher->setFuture(promise->future());
    promise->start();
    QThreadPool::globalInstance()->start(
        [promise, pin = QString(pin), stored = m_stored]() mutable {
            promise->addResult(KioskPin::verify(pin, stored));
            promise->finish();
            pin.fill(QLatin1Char('\0'));
        });
    return true;
}

void KioskPinVerifier::onResult(bool accepted)
{
    m_busy = false;
    if (accepted) {
        m_failures = 0;
        m_lockedUntil = 0;
    } else {
        ++m_failures;
        const int over = m_failures - m_freeAttempts;
        if (over >= 0) {
            const qint64 maxMs = 15 * 60 * 1000;
            qint64 wait = m_lockoutMs;
            for (int i = 0; i < over && wait < maxMs; ++i)
                wait *= 2;
            m_lockedUntil = m_clock.nowMs() + qMin(wait, maxMs);
        }
    }
    emit checked(accepted);
}
