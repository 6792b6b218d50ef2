// The kiosk, proven to run for days (issue 19): DL_SOAK_CYCLES visitors (default 500) each sign in
// at the keypad, get the hand-off to a trivial application (/bin/true) and are wiped when it
// exits; every fifth walks away mid-code and is wiped by the idle timer instead. Against the
// in-process demo server, offscreen, with the manual clock. A census after the warm-up (a tenth
// of the cycles, at least 20) and at the end: resident memory, open descriptors, threads, widgets
// and live QObjects (counted through Qt's debugger hooks, parentless ones too), and malloc's heap
// in use. Fails when resident memory grows by more than 2 MB between them, or descriptors,
// threads, widgets or objects grow at all.

#include "KioskHarness.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QtTest>

#include <atomic>
#include <climits>
#include <malloc.h>

// Every QObject alive, through the hooks Qt keeps for its debuggers (GammaRay): QObject's
// constructor and destructor call them (private/qhooks_p.h: 3 AddQObject, 4 RemoveQObject).
extern "C" Q_CORE_EXPORT quintptr qtHookData[];

namespace {
std::atomic<int> liveObjects { 0 };
void objectAdded(QObject *)
{
    ++liveObjects;
}
void objectRemoved(QObject *)
{
    --liveObjects;
}
const bool hooked = [] {
    qtHookData[3] = reinterpret_cast<quintptr>(&objectAdded);
    qtHookData[4] = reinterpret_cast<quintptr>(&objectRemoved);
    return true;
}();

struct Census
{
    qint64 rssKb = 0;
    qint64 heapKb = 0; // malloc's bytes in use: a leak, where resident memory also holds caches
    int fds = 0;
    int threads = 0;
    int widgets = 0;
    int objects = 0;
};

qint64 statusValue(const QByteArray &key)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(key + ':'))
            return line.mid(key.size() + 1).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

int entries(const QString &dir)
{
    return int(QDir(dir).entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::System).size());
}

Census census()
{
    // Deferred deletes first: what is about to go is not a leak.
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCoreApplication::processEvents();
    }
    // Descriptors and threads come and go for a moment (the application's pipes while it is
    // reaped, Qt's DNS and network helpers): the fewest seen over a quarter of a second.
    int fds = INT_MAX, threads = INT_MAX;
    for (int i = 0; i < 5; ++i) {
        QTest::qWait(50);
        fds = qMin(fds, entries(QStringLiteral("/proc/self/fd")));
        threads = qMin(threads, entries(QStringLiteral("/proc/self/task")));
    }
    return { statusValue("VmRSS"), qint64(mallinfo2().uordblks / 1024), fds, threads,
        int(QApplication::allWidgets().size()), liveObjects.load() };
}

void print(const char *when, int cycle, const Census &c)
{
    fprintf(stderr,
        "soak: %s cycle %d: rss %lld kB, heap %lld kB, fds %d, threads %d, widgets %d, "
        "objects %d\n",
        when, cycle, static_cast<long long>(c.rssKb), static_cast<long long>(c.heapKb), c.fds,
        c.threads, c.widgets, c.objects);
}
} // namespace

class SoakKiosk : public QObject
{
    Q_OBJECT

private slots:
    void visitorsForDays();
};

void SoakKiosk::visitorsForDays()
{
    const int cycles = qMax(40,
        qEnvironmentVariableIntValue("DL_SOAK_CYCLES") > 0
            ? qEnvironmentVariableIntValue("DL_SOAK_CYCLES")
            : 500);
    const int warmUp = qMax(20, cycles / 10);
    Kiosk k({}, {}, { { QStringLiteral("KioskExec"), QStringLiteral("/bin/true") } });
    QVERIFY(k.show());
    QSignalSpy resets(k.window.get(), &KioskWindow::resetDone);
    QSignalSpy handedOff(&k.window->handOff(), &KioskHandOff::finished);
    Census first;
    QElapsedTimer time;
    time.start();
    for (int cycle = 1; cycle <= cycles; ++cycle) {
        k.tapDigits(QStringLiteral("07123456001"));
        k.tap(k.key(QStringLiteral("keypadEnter")));
        QTRY_COMPARE(k.screen(), KioskWindow::Screen::Code);
        const QString code = k.h.codes.last();
        if (cycle % 5 == 0) {
            // Walks away after three digits: the idle timer wipes.
            k.tapDigits(code.left(3));
            k.advance(60000);
        } else {
            k.tapDigits(code);
            // "You are signed in" for a moment, then the application.
            QTRY_COMPARE(k.screen(), KioskWindow::Screen::Success);
            k.advance(2000);
        }
        QTRY_COMPARE_WITH_TIMEOUT(resets.count(), cycle, 15000);
        QTRY_VERIFY(k.window->isVisible());
        QTRY_COMPARE(k.screen(), KioskWindow::Screen::Start);
        QVERIFY(k.h.session->bearer().isEmpty());
        // The fixture's own records are not the kiosk's: cleared, so only the kiosk is measured.
        k.h.codes.clear();
        k.h.texts.clear();
        k.h.demo.http().clearRequests();
        // The next visitor comes after the number's resend countdown (the kiosk keeps it).
        k.advance(31000);
        k.begin();
        QTRY_COMPARE(k.screen(), KioskWindow::Screen::Phone);
        if (cycle == warmUp) {
            first = census();
            print("after the warm-up,", cycle, first);
        } else if (cycle % qMax(1, cycles / 10) == 0 && cycle < cycles) {
            print("at", cycle, census()); // the curve: a leak climbs, a cache levels off
        }
    }
    QCOMPARE(int(handedOff.count()), cycles - cycles / 5); // the application really ran
    const Census last = census();
    print("at the end,", cycles, last);
    fprintf(stderr,
        "soak: %d cycles in %.1f s; growth after the warm-up: rss %+lld kB, heap %+lld kB, "
        "fds %+d, threads %+d, widgets %+d, objects %+d\n",
        cycles, time.elapsed() / 1000.0, static_cast<long long>(last.rssKb - first.rssKb),
        static_cast<long long>(last.heapKb - first.heapKb), last.fds - first.fds,
        last.threads - first.threads, last.widgets - first.widgets, last.objects - first.objects);
    QVERIFY2(last.rssKb - first.rssKb <= 2048, "resident memory grew by more than 2 MB");
    QVERIFY2(last.fds <= first.fds, "open descriptors grew");
    QVERIFY2(last.threads <= first.threads, "threads grew");
    QVERIFY2(last.widgets <= first.widgets, "widgets grew");
    QVERIFY2(last.objects <= first.objects, "objects grew");
}

QTEST_MAIN(SoakKiosk)
#include "soak_kiosk.moc"
