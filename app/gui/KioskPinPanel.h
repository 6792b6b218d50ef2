#pragma once

#include <QFrame>

class Clock;
class DigitKeypad;
class KioskPinVerifier;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTimer;
class QWidget;

// The kiosk's administrator panel, shown over the kiosk window (never a modal dialog): first the
// PIN, typed on its own keypad or a keyboard (shown as dots, checked off the GUI thread, guessing
// slowed down by KioskPinVerifier); once accepted, "Leave kiosk mode" and the configuration
// (without secrets). Escape or Cancel closes it. The PIN is forgotten whenever it closes.
//
// Children: kioskPinEdit, kioskPinMessage, kioskPinCancelButton, the keypad (digitKeypad), and
// after a right PIN kioskLeaveButton, kioskConfigButton, kioskConfigView, kioskAdminBackButton.
class KioskPinPanel : public QFrame
{
    Q_OBJECT
public:
    // `stored`: the KioskPinHash from the system file (empty: none is set). `configuration`:
    // what "Show the configuration" shows.
    KioskPinPanel(const QString &stored, const QString &configuration, const Clock &clock,
        QWidget *parent = nullptr);
    ~KioskPinPanel() override;

    // Shows the PIN step, empty.
    void open();
    // Hides the panel and forgets what was typed.
    void close();
    bool isUnlocked() const { return m_unlocked; }
    KioskPinVerifier &verifier() const { return *m_verifier; }

signals:
    void leaveRequested();
    void closed();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void submit();
    void onChecked(bool accepted);
    void updateLockout();
    void showPinStep();
    void showAdminStep();
    void setMessage(const QString &text, bool error);

    KioskPinVerifier *m_verifier;
    QString m_configuration;
    QWidget *m_pinStep;
    QWidget *m_adminStep;
    QLabel *m_title;
    QLabel *m_message;
    QLineEdit *m_pinEdit;
    DigitKeypad *m_keypad;
    QPushButton *m_cancel;
    QPushButton *m_leave;
    QPushButton *m_showConfig;
    QPushButton *m_back;
    QPlainTextEdit *m_configView;
    QTimer *m_lockoutTimer;
    bool m_unlocked = false;
};
