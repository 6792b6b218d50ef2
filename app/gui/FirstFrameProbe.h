#pragma once

#include <QElapsedTimer>
#include <QObject>

class QWidget;

// For the start-up benchmark (tests/bench/run): when DL_BENCH_FIRST_FRAME is set, reports the time
// from the start of the event loop to the first painted frame of `window`, and the peak resident
// memory, as one line on stderr, then quits:
//   first_frame_ms=… peak_rss_kb=… show_ms=… show_to_frame_ms=… frame_epoch_us=…
// first_frame_ms: exec() → the first paint of `window` delivered (and the loop back, so flushed);
// show_ms: from installing the probe (just before show()) to exec(); show_to_frame_ms: the two
// together (robust where a platform delivers the first paint before a queued call reaches the
// loop, which makes the exec/show split uncertain); frame_epoch_us: the wall clock
// at that frame (µs since the epoch), so a caller that noted when it launched the process gets
// launch → first frame, including linking, static initialisation and every constructor.
class FirstFrameProbe : public QObject
{
    Q_OBJECT
public:
    // Installs the probe when the environment asks for it; returns nullptr otherwise. Call it just
    // before window->show() and the event loop.
    static FirstFrameProbe *installIfRequested(QWidget *window);

    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit FirstFrameProbe(QWidget *window);
    void report();
    static void reportMappings();

    QElapsedTimer m_sinceInstall;
    qint64 m_execNs = -1; // when the event loop first ran, since install
    bool m_painted = false;
};
