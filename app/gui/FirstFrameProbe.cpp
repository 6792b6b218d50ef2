#include "FirstFrameProbe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QTimer>
#include <QWidget>
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
    window->installEventFilter(this);
    // The clock starts when the event loop runs, as "exec → first frame" is defined.
    QTimer::singleShot(0, this, [this] { m_sinceExec.start(); });
    m_sinceExec.start();
}

bool FirstFrameProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && !m_reported) {
        m_reported = true;
        // Report once the paint has been delivered and flushed.
        QTimer::singleShot(0, this, &FirstFrameProbe::report);
    }
    return QObject::eventFilter(watched, event);
}

void FirstFrameProbe::report()
{
    const double ms = double(m_sinceExec.nsecsElapsed()) / 1e6;
    qint64 peakKb = -1;
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> lines = status.readAll().split('\n');
        for (const QByteArray &line : lines) {
            if (line.startsWith("VmHWM:"))
                peakKb = line.mid(6).trimmed().split(' ').first().toLongLong();
        }
    }
    std::fprintf(
        stderr, "first_frame_ms=%.3f peak_rss_kb=%lld\n", ms, static_cast<long long>(peakKb));
    std::fflush(stderr);
    QCoreApplication::exit(0);
}
