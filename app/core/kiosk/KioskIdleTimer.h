#pragma once

#include "Clock.h"

#include <QObject>

// Kiosk: notices when nobody has touched the screen for a while. Once something happened
// (noteActivity()), `idleMs` without activity mean that the screen must be wiped (expired()); the
// last `warningMs` of that period are a warning, during which any activity cancels everything. So
// with KioskIdleSeconds=60 and KioskWarningSeconds=10, as documented, the warning comes after 50 s
// and the wipe after 60 s. A warning longer than half the idle period is shortened to half. After
// the wipe it waits for the next activity (an untouched kiosk never warns).
//
// Time comes from the Clock; its owner (KioskSession, whose one timer drives the whole kiosk)
// calls check() four times a second, and tests advance a ManualClock and call check().
class KioskIdleTimer : public QObject
{
    Q_OBJECT
public:
    enum class Phase { Inactive, Counting, Warning };
    Q_ENUM(Phase)

    explicit KioskIdleTimer(const Clock &clock, QObject *parent = nullptr);
    ~KioskIdleTimer() override;

    void setIdleMs(qint64 ms) { m_idleMs = qMax<qint64>(1000, ms); }
    void setWarningMs(qint64 ms) { m_warningMs = qMax<qint64>(0, ms); }
    qint64 idleMs() const { return m_idleMs; }
    // The warning's length in effect: warningMs, at most half of idleMs.
    qint64 warningMs() const { return qMin(m_warningMs, m_idleMs / 2); }

    Phase phase() const { return m_phase; }
    // Whole seconds left in the warning (rounded up); 0 outside it.
    int secondsLeft() const;

    // Someone touched the screen or typed: the idle period starts again (and a warning ends).
    void noteActivity();
    // Stops watching until the next noteActivity() (after a wipe; while another application has
    // the screen).
    void stop();
    // Reads the clock and emits what is due.
    void check();

signals:
    void warningStarted(int secondsLeft);
    void countdownChanged(int secondsLeft);
    void warningCancelled();
    void expired();

private:
    void setPhase(Phase phase);

    const Clock &m_clock;
    qint64 m_idleMs = 60000;
    qint64 m_warningMs = 10000;
    qint64 m_lastActivity = 0;
    Phase m_phase = Phase::Inactive;
    int m_shownSeconds = -1;
};
