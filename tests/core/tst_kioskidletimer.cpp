// The kiosk's idle timer, driven by a manual clock: when the warning starts, how it counts down,
// that any activity cancels it, and that an untouched kiosk never warns.

#include "Clock.h"
#include "KioskIdleTimer.h"

#include <QSignalSpy>
#include <QTest>

using Phase = KioskIdleTimer::Phase;

class TestKioskIdleTimer : public QObject
{
    Q_OBJECT

private slots:
    void untouchedNeverWarns();
    void warnsThenExpires();
    void wipesAtTheDocumentedIdleTime();
    void longWarningIsHalfTheIdleTime();
    void activityCancelsTheWarning();
};

void TestKioskIdleTimer::untouchedNeverWarns()
{
    ManualClock clock;
    KioskIdleTimer idle(clock);
    QSignalSpy warned(&idle, &KioskIdleTimer::warningStarted);
    QSignalSpy expired(&idle, &KioskIdleTimer::expired);
    clock.advance(3600 * 1000);
    idle.check();
    QCOMPARE(idle.phase(), Phase::Inactive);
    QCOMPARE(warned.count(), 0);
    QCOMPARE(expired.count(), 0);
}

void TestKioskIdleTimer::warnsThenExpires()
{
    ManualClock clock;
    KioskIdleTimer idle(clock);
    idle.setIdleMs(60000);
    idle.setWarningMs(10000);
    QSignalSpy warned(&idle, &KioskIdleTimer::warningStarted);
    QSignalSpy countdown(&idle, &KioskIdleTimer::countdownChanged);
    QSignalSpy expired(&idle, &KioskIdleTimer::expired);

    idle.noteActivity();
    QCOMPARE(idle.phase(), Phase::Counting);
    clock.advance(49999);
    idle.check();
    QCOMPARE(warned.count(), 0);
    clock.advance(1);
    idle.check();
    QCOMPARE(idle.phase(), Phase::Warning);
    QCOMPARE(warned.count(), 1);
    QCOMPARE(warned.at(0).at(0).toInt(), 10);
    QCOMPARE(idle.secondsLeft(), 10);
    clock.advance(250);
    idle.check(); // still 10 s (rounded up): no new signal
    QCOMPARE(countdown.count(), 0);
    clock.advance(750);
    idle.check();
    QCOMPARE(countdown.count(), 1);
    QCOMPARE(countdown.at(0).at(0).toInt(), 9);
    clock.advance(8999);
    idle.check();
    QCOMPARE(expired.count(), 0);
    QCOMPARE(idle.secondsLeft(), 1);
    clock.advance(1);
    idle.check();
    QCOMPARE(expired.count(), 1);
    QCOMPARE(idle.phase(), Phase::Inactive);
    // After the wipe it waits for the next person.
    clock.advance(120000);
    idle.check();
    QCOMPARE(warned.count(), 1);
    QCOMPARE(expired.count(), 1);
}

void TestKioskIdleTimer::wipesAtTheDocumentedIdleTime()
{
    // KioskIdleSeconds=60, KioskWarningSeconds=10 (the example configuration): the wipe after 60 s
    // of no input, the warning the last 10 s before it (issue 23: it came at 60 + 10).
    ManualClock clock;
    KioskIdleTimer idle(clock);
    idle.setIdleMs(60000);
    idle.setWarningMs(10000);
    QSignalSpy warned(&idle, &KioskIdleTimer::warningStarted);
    QSignalSpy expired(&idle, &KioskIdleTimer::expired);
    idle.noteActivity();
    clock.advance(50000);
    idle.check();
    QCOMPARE(warned.count(), 1);
    QCOMPARE(warned.at(0).at(0).toInt(), 10);
    clock.advance(10000);
    idle.check();
    QCOMPARE(expired.count(), 1);
    QCOMPARE(clock.nowMs() - 1000000, qint64(60000));
}

void TestKioskIdleTimer::longWarningIsHalfTheIdleTime()
{
    ManualClock clock;
    KioskIdleTimer idle(clock);
    idle.setIdleMs(20000);
    idle.setWarningMs(60000);
    QCOMPARE(idle.warningMs(), qint64(10000));
    QSignalSpy warned(&idle, &KioskIdleTimer::warningStarted);
    QSignalSpy expired(&idle, &KioskIdleTimer::expired);
    idle.noteActivity();
    clock.advance(9999);
    idle.check();
    QCOMPARE(warned.count(), 0);
    clock.advance(1);
    idle.check();
    QCOMPARE(warned.count(), 1);
    QCOMPARE(warned.at(0).at(0).toInt(), 10);
    clock.advance(10000);
    idle.check();
    QCOMPARE(expired.count(), 1);
}

void TestKioskIdleTimer::activityCancelsTheWarning()
{
    ManualClock clock;
    KioskIdleTimer idle(clock);
    idle.setIdleMs(60000);
    idle.setWarningMs(10000);
    QSignalSpy cancelled(&idle, &KioskIdleTimer::warningCancelled);
    QSignalSpy expired(&idle, &KioskIdleTimer::expired);
    idle.noteActivity();
    clock.advance(55000);
    idle.check();
    QCOMPARE(idle.phase(), Phase::Warning);
    idle.noteActivity();
    QCOMPARE(cancelled.count(), 1);
    QCOMPARE(idle.phase(), Phase::Counting);
    QCOMPARE(idle.secondsLeft(), 0);
    // The idle period starts again from the touch.
    clock.advance(49000);
    idle.check();
    QCOMPARE(idle.phase(), Phase::Counting);
    QCOMPARE(expired.count(), 0);
    // Activity while counting is not a cancellation.
    idle.noteActivity();
    QCOMPARE(cancelled.count(), 1);
}

QTEST_GUILESS_MAIN(TestKioskIdleTimer)
#include "tst_kioskidletimer.moc"
