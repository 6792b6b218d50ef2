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
    void advance(qint64 ms) { m_now += ms; }
    void set(qint64 ms) { m_now = ms; }

private:
    qint64 m_now = 1000000;
};
