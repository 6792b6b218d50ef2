#include "FirstFrameProbe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QHash>
#include <QTimer>
#include <QWidget>
#include <algorithm>
#include <chrono>
#include <cstdio>

FirstFrameProbe *FirstFrameProbe::installIfRequested(QWidget *window)
{
    if (qEnvironmentVariableIsEmpty("DL_BENCH_FIRST_FRAME"))
        return nullptr;
    return new FirstFrameProbe(window);
}

FirstFrameProbe::FirstFrameProbe(QWidget *window)
    : QObject(window)
{
    m_sinceInstall.start();
    window->installEventFilter(this);
    // A queued call runs as soon as the event loop does: that is "exec" (show() happens between
    // the install and here).
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (m_execNs < 0)
                m_execNs = m_sinceInstall.nsecsElapsed();
        },
        Qt::QueuedConnection);
}

bool FirstFrameProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && !m_painted) {
        m_painted = true;
        // A paint delivered before the loop ran (a platform that paints inside show()) counts
        // from the start of the loop all the same: exec starts at the earliest here.
        if (m_execNs < 0)
            m_execNs = m_sinceInstall.nsecsElapsed();
        // Report once the paint has been delivered and flushed and the loop is back.
        QMetaObject::invokeMethod(this, &FirstFrameProbe::report, Qt::QueuedConnection);
    }
    return QObject::eventFilter(watched, event);
}

// DL_BENCH_FIRST_FRAME=smaps: where the resident memory is, by mapped file (for finding out why).
void FirstFrameProbe::reportMappings()
{
    QFile smaps(QStringLiteral("/proc/self/smaps"));
    if (!smaps.open(QIODevice::ReadOnly))
        return;
    QHash<QByteArray, qint64> rssKb;
    QByteArray current;
    const QList<QByteArray> lines = smaps.readAll().split('\n');
    for (const QByteArray &line : lines) {
        const QList<QByteArray> parts = line.simplified().split(' ');
        if (parts.size() >= 5 && parts.first().contains('-') && !line.endsWith(':'))
            current = parts.size() >= 6 ? parts.at(5) : QByteArray("[anon]");
        else if (line.startsWith("Rss:"))
            rssKb[current] += parts.value(1).toLongLong();
    }
    QList<QPair<qint64, QByteArray>> sorted;
    for (auto it = rssKb.cbegin(); it != rssKb.cend(); ++it)
        sorted.append({ it.value(), it.key() });
    std::sort(sorted.begin(), sorted.end(),
        [](const auto &a, const auto &b) { return a.first > b.first; });
    for (int i = 0; i < qMin(25, int(sorted.size())); ++i)
        std::fprintf(stderr, "rss_kb=%lld %s\n", static_cast<long long>(sorted.at(i).first),
            sorted.at(i).second.constData());
}

void FirstFrameProbe::report()
{
    const qint64 nowNs = m_sinceInstall.nsecsElapsed();
    const long long epochUs = std::chrono::duration_cast<std::chrono::microseconds>(
        std::chrono::system_clock::now().time_since_epoch())
                                  .count();
    const double frameMs = double(nowNs - m_execNs) / 1e6;
    const double showMs = double(m_execNs) / 1e6;
    qint64 peakKb = -1;
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> lines = status.readAll().split('\n');
        for (const QByteArray &line : lines) {
            if (line.startsWith("VmHWM:"))
                peakKb = line.mid(6).trimmed().split(' ').first().toLongLong();
        }
    }
    std::fprintf(stderr,
        "first_frame_ms=%.3f peak_rss_kb=%lld show_ms=%.3f show_to_frame_ms=%.3f "
        "frame_epoch_us=%lld\n",
        frameMs, static_cast<long long>(peakKb), showMs, double(nowNs) / 1e6, epochUs);
    if (qgetenv("DL_BENCH_FIRST_FRAME") == "smaps")
        reportMappings();
    std::fflush(stderr);
    QCoreApplication::exit(0);
}
