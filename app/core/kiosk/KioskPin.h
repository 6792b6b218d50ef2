#pragma once

#include "Clock.h"
#include "Error.h"

#include <QByteArray>
#include <QObject>
#include <QString>

// The kiosk administrator's PIN. Only a salted PBKDF2-HMAC-SHA256 hash of it is kept, in the
// system configuration file, as one line:
//
//   KioskPinHash=pbkdf2-sha256$<iterations>$<salt, base64>$<hash, base64>
//
// `directus-login kiosk-pin` prints that line. A PIN is 4 to 16 ASCII digits (the kiosk's keypad
// has digits only). Pure functions; verification is slow on purpose (use KioskPinVerifier in a
// window: it runs off the GUI thread).
namespace KioskPin {
constexpr int MinLength = 4;
constexpr int MaxLength = 16;
constexpr int DefaultIterations = 100000;
constexpr int MinIterations = 1000; // a hash with fewer is refused as malformed
constexpr int MaxIterations = 10000000;
constexpr int SaltBytes = 16;
constexpr int HashBytes = 32;

struct Hash
{
    int iterations = 0;
    QByteArray salt;
    QByteArray hash;
};

// An InvalidInput error with a translated message when `pin` is not 4 to 16 ASCII digits.
Error checkPin(const QString &pin);
// The configuration line's value for `pin` (no checkPin here); a random salt from the system's
// cryptographic source unless one is given.
QString makeHash(
    const QString &pin, int iterations = DefaultIterations, const QByteArray &salt = {});
// Reads a stored value; an InvalidInput error (untranslated detail, never the value) when
// malformed.
Result<Hash> parse(const QString &text);
// True when `pin` matches the stored value (a malformed value matches nothing). Constant time in
// the comparison of the hashes.
bool verify(const QString &pin, const QString &stored);
} // namespace KioskPin

// Checks PINs typed on the kiosk without blocking the event loop (PBKDF2 runs on a pool thread)
// and slows guessing down: the `freeAttempts`-th wrong PIN in a row (3) locks it for `lockoutMs`
// (30 s), each further one for twice as long (at most 15 minutes); a right PIN resets the count.
class KioskPinVerifier : public QObject
{
    Q_OBJECT
public:
    // `stored` is the KioskPinHash value (empty: no PIN is set, nothing is accepted).
    KioskPinVerifier(const QString &stored, const Clock &clock, QObject *parent = nullptr);
    ~KioskPinVerifier() override;

    bool hasPin() const { return !m_stored.isEmpty(); }
    bool isValid() const; // the stored value can be read
    bool isBusy() const { return m_busy; }
    // Milliseconds until another attempt is allowed; 0 when allowed now.
    qint64 lockedForMs() const;
    int failures() const { return m_failures; }
    void setFreeAttempts(int n) { m_freeAttempts = n; }
    void setLockoutMs(qint64 ms) { m_lockoutMs = ms; }

    // Starts checking `pin`; false (and nothing emitted) while busy, locked out or without a PIN.
    bool check(const QString &pin);

signals:
    void checked(bool accepted);

private:
    void onResult(bool accepted);

    QString m_stored;
    const Clock &m_clock;
    bool m_busy = false;
    int m_failures = 0;
    int m_freeAttempts = 3;
    qint64 m_lockoutMs = 30000;
    qint64 m_lockedUntil = 0;
};
