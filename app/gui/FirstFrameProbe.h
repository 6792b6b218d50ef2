#pragma once

#include <QElapsedTimer>
#include <QObject>

class QWidget;

// For the start-up benchmark (tests/bench/run): when DL_BENCH_FIRST_FRAME is set, reports the time
// from the start of the event loop to the first painted frame of `window`, and the peak resident
// memory, as one line on stderr ("first_frame_ms=… peak_rss_kb=…"), then quits.
class FirstFrameProbe : public QObject
{
    Q_OBJECT
public:
    // Installs the probe when the environment asks for it; returns nullptr otherwise.
    static FirstFrameProbe *installIfRequested(QWidget *window);

    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit FirstFrameProbe(QWidget *window);
    void report();

    QElapsedTimer m_sinceExec;
    bool m_reported = false;
};
