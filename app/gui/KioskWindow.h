#pragma once

#include "FlowReply.h"
#include "KioskMetrics.h"
#include "KioskSession.h"
#include "KioskVisit.h"

#include <QEvent>
#include <QPointer>
#include <QWidget>

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
class QVBoxLayout;
class SignInSession;
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

// Kiosk mode: one frameless full-screen window that stays on top and cannot be closed (Alt+F4,
// Escape, Ctrl+Q, Ctrl+W and close requests do nothing), made for touch at arm's length — every
// control at least KioskMetrics::MinimumTouch, text at least MinimumText, both scaled to the
// screen, one primary action per screen:
//
//   Start ("Touch to sign in", the organisation's name and logo) → Phone (the KioskCountries
//   choice on its own Country screen when there is more than one) → Code (digit boxes) →
//   Success ("You are signed in"), then the kiosk's application (KioskExec, see KioskHandOff; the
//   window steps aside until it exits) or KioskWelcomeSeconds → Start again.
//
// After KioskIdleSeconds without a touch everything is wiped, after a KioskWarningSeconds
// countdown that a touch anywhere cancels (KioskIdleTimer). Leaving needs the administrator PIN
// (the button in the corner). With an incomplete configuration it says that the kiosk is not set
// up; the desktop wizard's Server page is never shown.
//
// Every reset builds a fresh KioskVisit, so no field, message or choice of the last person
// survives (the session's resend cooldowns do, on purpose).
//
// Children: kioskStack with kioskStartPage (kioskLogo, kioskOrganisation, kioskStartButton),
// kioskVisit, kioskSuccessPage (kioskSuccessTitle, kioskWelcomeLabel, kioskWelcomeHint,
// kioskDoneButton), kioskHandOffPage (kioskHandOffLabel, kioskHandOffMessage), kioskNotSetUpPage
// (kioskNotSetUpLabel); kioskIdleWarning (kioskIdleWarningLabel), kioskPinPanel, kioskAdminButton.
class KioskWindow : public QWidget
{
    Q_OBJECT
public:
    enum class Screen { Start, Country, Phone, Code, Success, HandOff, NotSetUp };
    Q_ENUM(Screen)

    explicit KioskWindow(const KioskContext &context, QWidget *parent = nullptr);
    ~KioskWindow() override;

    // Full screen on the window's screen.
    void showKiosk();

    Screen currentScreen() const;
    // This person's screens (nullptr when the kiosk is not set up).
    KioskVisit *visit() const { return m_visit; }
    // The keypad of the screen shown (nullptr on a screen without one).
    DigitKeypad *keypad() const;
    const KioskMetrics &metrics() const { return m_metrics; }
    KioskHandOff &handOff() { return m_kiosk.handOff(); }
    KioskPinPanel *pinPanel() const { return m_pinPanel; }

    // Wipes everything of the last person and shows the Start screen again.
    void reset();
    // "Touch to sign in": this person's Phone screen.
    void begin();
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
    void buildTopBar(QVBoxLayout *outer);
    QWidget *buildStartPage();
    QWidget *buildSuccessPage();
    QWidget *buildHandOffPage();
    QWidget *buildNotSetUpPage();
    void buildIdleWarning();
    void buildVisit();
    void setPage(QWidget *page);
    void applyMetrics();
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
    void noteClipboardChange(int mode);
    void wipeClipboard();

    KioskContext m_context;
    KioskSession &m_kiosk;
    KioskMetrics m_metrics;
    QStackedWidget *m_stack;
    QWidget *m_startPage = nullptr;
    QPointer<KioskVisit> m_visit;
    QWidget *m_successPage = nullptr;
    QLabel *m_welcomeLabel = nullptr;
    QLabel *m_welcomeHint = nullptr;
    QPushButton *m_doneButton = nullptr;
    QWidget *m_handOffPage = nullptr;
    QLabel *m_handOffLabel = nullptr;
    MessagePanel *m_handOffMessage = nullptr;
    QWidget *m_notSetUpPage = nullptr;
    QWidget *m_warning = nullptr;
    QLabel *m_warningLabel = nullptr;
    KioskPinPanel *m_pinPanel = nullptr;
    QPushButton *m_adminButton = nullptr;
    bool m_handOffDue = false; // the success screen leads to the kiosk's application
    bool m_complete = false;
    bool m_leaving = false;
    bool m_handingOff = false;
    int m_clipboardModes = 0; // bit per QClipboard::Mode changed while the kiosk was active
    bool m_wipingClipboard = false;
};
