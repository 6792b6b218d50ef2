#pragma once

#include <QFrame>

class QLabel;
class QPushButton;
class QToolButton;

// Demo mode: the simulated SMS, shown inside the window the way a phone shows a notification
// (sender, time, the message with its code in large type), floating over the top of the window.
// "Use code" fills the code field (like the system's "From Messages" suggestion); ✕ dismisses it.
// Object names: smsBanner, smsTextLabel, smsCodeLabel, useSmsCodeButton, dismissSmsButton.
class SmsBanner : public QFrame
{
    Q_OBJECT
public:
    explicit SmsBanner(QWidget *parent = nullptr);
    ~SmsBanner() override;

    void showSms(const QString &recipient, const QString &text, const QString &code);
    QString code() const { return m_code; }
    QString text() const;

    // Places the banner above `y` in its parent (the top of the window's button row).
    void setBottom(int y);
    void reposition();

signals:
    void useCodeRequested(const QString &code);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QLabel *m_from;
    QLabel *m_text;
    QLabel *m_codeLabel;
    QPushButton *m_use;
    QToolButton *m_dismiss;
    QString m_code;
    int m_bottom = 0;
};
