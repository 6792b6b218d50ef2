#pragma once

#include <QWidget>

class BusyIndicator;
class QLabel;
class QPushButton;

// "⟳ Sending the code…  [Cancel]": shown in place on a page while it waits for something.
// Children: progressLabel, cancelWaitButton.
class ProgressPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ProgressPanel(QWidget *parent = nullptr);
    ~ProgressPanel() override;

    // Shows the panel with this text; `cancellable` shows the Cancel button.
    void start(const QString &text, bool cancellable = true);
    void stop();
    bool isRunning() const { return !isHidden(); }
    QString text() const;

signals:
    void cancelRequested();

private:
    BusyIndicator *m_indicator;
    QLabel *m_label;
    QPushButton *m_cancel;
};
