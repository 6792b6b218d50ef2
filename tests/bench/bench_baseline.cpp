// The start-up baseline for tests/bench/run: a bare QApplication and a QLabel of the wizard's size,
// built with the same flags as the app and measured by the same probe (DL_BENCH_FIRST_FRAME).

#include "FirstFrameProbe.h"

#include <QApplication>
#include <QLabel>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QLabel label(QStringLiteral("Hello, world"));
    label.resize(560, 480); // the wizard's size: the same number of pixels to fill
    FirstFrameProbe::installIfRequested(&label);
    label.show();
    return app.exec();
}
