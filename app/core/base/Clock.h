#pragma once

#include <QDateTime>
#include <QElapsedTimer>

// Monotonic time, injectable so that countdowns and idle timers can be tested without waiting.
class Clock
{
public:
    virtual ~Clock() = default;
    // Milliseconds on a monotonic clock with an arbitrary origin.
    virtual qint64 nowMs() const = 0;
    // Wall-clock milliseconds since 1970, for what must outlive the process (a resend countdown
    // kept across restarts).
    virtual qint64 wallMs() const { return QDateTime::currentMSecsSinceEpoch(); }
};

class SystemClock : public Clock
{
public:
    SystemClock() { m_timer.start(); }
    qint64 nowMs() const override { return m_timer.elapsed(); }

private:
    QElapsedTimer m_timer;
};

class ManualClock : public Clock
{
public:
    qint64 nowMs() const override { return m_now; }
    // The wall clock moves with advance() and set(), from the real time at construction.
    qint64 wallMs() const override { return m_wallOrigin + m_now; }
    void advance(qint64 ms) { m_now += ms; }
    void set(qint64 ms) { m_now = ms; }

private:
    qint64 m_now = 1000000;
    qint64 m_wallOrigin = QDateTime::currentMSecsSinceEpoch() - 1000000;
};
