#include "KioskIdleTimer.h"

KioskIdleTimer::KioskIdleTimer(const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{
}

KioskIdleTimer::~KioskIdleTimer() = default;

int KioskIdleTimer::secondsLeft() const
{
    if (m_phase != Phase::Warning)
        return 0;
    const qint64 left = m_lastActivity + m_idleMs - m_clock.nowMs();
    return int(qMax<qint64>(0, (left + 999) / 1000));
}

void KioskIdleTimer::noteActivity()
{
    m_lastActivity = m_clock.nowMs();
    const bool warned = m_phase == Phase::Warning;
    setPhase(Phase::Counting);
    if (warned)
        emit warningCancelled();
}

void KioskIdleTimer::stop()
{
    setPhase(Phase::Inactive);
}

void KioskIdleTimer::check()
{
    if (m_phase == Phase::Inactive)
        return;
    const qint64 idle = m_clock.nowMs() - m_lastActivity;
    if (idle >= m_idleMs) {
        stop();
        emit expired();
        return;
    }
    if (idle < m_idleMs - warningMs())
        return;
    if (m_phase != Phase::Warning) {
        setPhase(Phase::Warning);
        m_shownSeconds = secondsLeft();
        emit warningStarted(m_shownSeconds);
        return;
    }
    const int seconds = secondsLeft();
    if (seconds != m_shownSeconds) {
        m_shownSeconds = seconds;
        emit countdownChanged(seconds);
    }
}

void KioskIdleTimer::setPhase(Phase phase)
{
    m_phase = phase;
    if (phase != Phase::Warning)
        m_shownSeconds = -1;
}
