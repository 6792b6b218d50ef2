#pragma once

#include "FlowReply.h"
#include "KioskSession.h"

#include <QEvent>
#include <QPointer>
#include <QWidget>
#include <functional>
#include <memory>

class Clock;
class Config;
class DigitKeypad;
class DirectusClient;
class KioskPinPanel;
class MessagePanel;
class NetworkLog;
class QLabel;
class QPushButton;
class QStackedWidget;
class QToolButton;
class QVBoxLayout;
class SignInSession;
class SignInWizard;
class TokenStore;

// What the kiosk window works with; built in main.cpp (or a test) and handed in.
struct KioskContext
{
    SignInSession &session;
    DirectusClient &client;
    Config &config;
    const Clock &clock;
    KioskSession &kiosk; // the idle timer, the hand-off and the wipe of every reset
};

// Kiosk mode around the sign-in wizard: one frameless full-screen window that stays on top and
// cannot be closed (Alt+F4, Escape, Ctrl+Q, Ctrl+W and close requests do nothing); a digit keypad
// under the phone and code fields; after sign-in a welcome screen (KioskWelcomeSeconds) or the
// kiosk's application (KioskExec, see KioskHandOff; the window steps aside until it exits); after
// KioskIdleSeconds without a touch everything is wiped, after a KioskWarningSeconds countdown
// that ends at that moment (KioskIdleTimer).
// Leaving needs the administrator PIN (the small button in the corner). With an incomplete
// configuration it says that the kiosk is not set up instead of showing the Server page.
//
// Every reset builds a fresh wizard from `makeWizard`, so no field, message or formatter state of
// the last person survives (the session's resend cooldowns do, on purpose).
//
// Children: kioskStack with kioskSignInPage (the wizard and digitKeypad), kioskWelcomePage
// (kioskWelcomeLabel, kioskWelcomeHint, kioskDoneButton), kioskHandOffPage (kioskHandOffLabel,
// kioskHandOffMessage), kioskNotSetUpPage (kioskNotSetUpLabel); kioskIdleWarning
// (kioskIdleWarningLabel), kioskPinPanel, kioskAdminButton.
class KioskWindow : public QWidget
{
    Q_OBJECT
public:
    using WizardFactory = std::function<std::unique_ptr<SignInWizard>()>;
    enum class Screen { SignIn, Welcome, HandOff, NotSetUp };
    Q_ENUM(Screen)

    KioskWindow(const KioskContext &context, WizardFactory makeWizard, QWidget *parent = nullptr);
    ~KioskWindow() override;

    // A larger application font for touch and for reading at arm's length (×1.25); call before
    // anything is built, so that every widget (and every title scaled from it) follows.
    static void enlargeApplicationFont();

    // Full screen on the window's screen.
    void showKiosk();

    Screen currentScreen() const { return m_screen; }
    SignInWizard *wizard() const { return m_wizard; }
    DigitKeypad *keypad() const { return m_keypad; }
    KioskHandOff &handOff() { return m_kiosk.handOff(); }
    KioskPinPanel *pinPanel() const { return m_pinPanel; }

    // Wipes everything of the last person and shows the Phone page again.
    void reset();
    // Opens the administrator panel (the corner button).
    void openAdministration();
    // Reads the clock and does what is due (idle warning, end of the welcome screen):
    // KioskSession::check(). Its timer calls it four times a second; tests advance a ManualClock
    // and call it.
    void checkTimers();

signals:
    // The administrator entered the PIN and chose to leave.
    void leaveRequested();
    // After every reset (idle, welcome done, the application exited).
    void resetDone();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildWizard();
    void setScreen(Screen screen);
    void onCurrentIdChanged(int id);
    void onSignedIn(const UserInfo &user);
    void startHandOff();
    void onHandOffFinished();
    void onHandOffFailed(const Error &error);
    void showWarning(int secondsLeft);
    void hideWarning();
    void updateCountdown();
    void placeOverlays();
    QWidget *keypadTarget() const;
    // Puts the focus where the keypad writes (the page's number or code field); on every path
    // into a screen: shown, reset, back from the administrator panel or the idle warning.
    void focusKeypadTarget();
    bool isBlocked(const QKeyEvent *event, QObject *receiver) const;
    bool isActivity(const QEvent *event) const;
    void keepFocusThroughRelayout(QObject *watched, QEvent::Type type);
    void noteClipboardChange(int mode);
    void wipeClipboard();

    KioskContext m_context;
    WizardFactory m_makeWizard;
    KioskSession &m_kiosk;
    Screen m_screen = Screen::SignIn;
    QStackedWidget *m_stack;
    QWidget *m_signInPage;
    QVBoxLayout *m_column;
    QPointer<SignInWizard> m_wizard;
    QPointer<QWidget> m_focusToRestore; // a field that lost the focus only because it was hidden
    DigitKeypad *m_keypad;
    QWidget *m_welcomePage;
    QLabel *m_welcomeLabel;
    QLabel *m_welcomeHint;
    QPushButton *m_doneButton;
    QWidget *m_handOffPage;
    QLabel *m_handOffLabel;
    MessagePanel *m_handOffMessage;
    QWidget *m_notSetUpPage;
    QWidget *m_warning;
    QLabel *m_warningLabel;
    KioskPinPanel *m_pinPanel;
    QToolButton *m_adminButton;
    bool m_complete = false;
    bool m_leaving = false;
    bool m_handingOff = false;
    int m_clipboardModes = 0; // bit per QClipboard::Mode changed while the kiosk was active
    bool m_wipingClipboard = false;
};
