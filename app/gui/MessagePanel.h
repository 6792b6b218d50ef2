#pragma once

#include "GuiStyle.h"

#include <QFrame>

class Clock;
class Error;
class QGridLayout;
class QLabel;
class QTimer;
class QPushButton;
class QToolButton;

// A message shown inline on a page: an error (with a "Details" disclosure holding the technical
// detail and the diagnosis), a notice, or a success. Never modal. Server text is shown as plain
// text. Children: errorLabel, detailsButton, detailsText, and an optional action button.
class MessagePanel : public QFrame
{
    Q_OBJECT
public:
    using Tone = GuiStyle::Tone;

    explicit MessagePanel(QWidget *parent = nullptr);
    ~MessagePanel() override;

    // The error's message, its detail and diagnosis behind "Details"; Tone::Error unless told.
    void showError(const Error &error, Tone tone = Tone::Error);
    void showMessage(Tone tone, const QString &text, const QString &details = {});
    // A wait the person must sit out (429): the error's detail behind "Details", and a message
    // that counts the seconds down on `clock` until `untilMs` ("Too many attempts. Try again in
    // 12 seconds."), then says that it may be tried again. Announced once, not every second.
    void showCountdown(const Error &error, const Clock &clock, qint64 untilMs);
    bool isCountingDown() const;
    void clear();

    Tone tone() const { return m_tone; }
    // How many times an error or warning was announced to screen readers (an accessible alert).
    int alertsSent() const { return m_alertsSent; }
    QString text() const;
    QString detailsText() const;
    bool detailsShown() const;

    // An action offered with the message ("Try again"); hidden until showAction().
    QPushButton *actionButton() const { return m_action; }
    void setActionObjectName(const QString &name);
    void showAction(const QString &text, const QString &accessibleName = {});
    void hideAction();

signals:
    void actionTriggered();

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void applyTone();
    void applySizes(QGridLayout *layout);
    void setDetailsShown(bool shown);
    void tick();

    Tone m_tone = Tone::Neutral;
    int m_alertsSent = 0;
    QLabel *m_icon;
    QLabel *m_label;
    QToolButton *m_detailsButton;
    QLabel *m_details;
    QPushButton *m_action;
    QTimer *m_countdown;
    const Clock *m_clock = nullptr;
    qint64 m_until = 0;
};
