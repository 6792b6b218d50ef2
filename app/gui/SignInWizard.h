#pragma once

#include "Error.h"
#include "NetworkLogDialog.h"
#include "SignInSession.h"

#include <QPointer>
#include <QWizard>
#include <functional>

class Clock;
class CodePage;
class Config;
class SimulatedPhone;
class DirectusClient;
class NetworkLog;
class PhonePage;
class ProfileBanner;
class QActionGroup;
class QLabel;
class QMenu;
class QMessageBox;
class ServerPage;
class SignedInPage;
class SmsBanner;

// What the wizard works with; built in main.cpp (or a test) and handed in.
struct WizardContext
{
    SignInSession &session;
    DirectusClient &client;
    Config &config;
    const Clock &clock;
    SimulatedPhone *demo = nullptr; // non-null in --demo mode: its SMS are shown in the window
};

// The sign-in wizard: Server (only when the configuration is incomplete) → Phone → Code → Signed
// in. It drives the SignInSession and never talks HTTP itself (except the Server page's "Test
// connection"). At start it checks a stored token: valid → Signed in; revoked → Phone with the
// number filled in and the reason; unreachable → Phone with the reason and "Try again" (the token
// is kept).
//
// QA tools (not in kiosk mode): a Tools menu button at the left of the button row (toolsButton:
// Network log… Ctrl+L, Save report…, Profile ▸, About Directus Login…), and a profileBanner on top
// of every page when the current profile is not marked as production.
class SignInWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { ServerPageId, PhonePageId, CodePageId, SignedInPageId };
    Q_ENUM(PageId)

    explicit SignInWizard(const WizardContext &context, QWidget *parent = nullptr);
    ~SignInWizard() override;

    SmsBanner *smsBanner() const { return m_smsBanner; }

    // Builds the pages the first frame does without (all but Phone, when the window starts there).
    // The window calls it right after its first frame and before anything that changes the page;
    // idempotent.
    void ensurePages();

    // Kiosk: no Tools menu, no shortcuts to it, no profile banner, nothing remembered in the user
    // file. KioskWindow sets it; a configuration with Kiosk=true starts with it.
    void setKioskMode(bool kiosk);
    bool isKioskMode() const { return m_kiosk; }

    // The Tools menu and its actions (objectNames networkLogAction, saveReportAction,
    // profileMenu with one checkable action per profile, aboutAction).
    QMenu *toolsMenu() const { return m_toolsMenu; }
    QAction *networkLogAction() const { return m_networkLogAction; }
    QAction *saveReportAction() const { return m_saveReportAction; }
    QMenu *profileMenu() const { return m_profileMenu; }
    ProfileBanner *profileBanner() const { return m_profileBanner; }
    // The network log window, once opened.
    NetworkLogDialog *networkLogDialog() const { return m_logDialog; }

    void showNetworkLog();
    // Asks where (a QFileDialog opened without blocking, objectName reportFileDialog; the chooser
    // can be replaced), then writes the report there.
    void saveReport();
    using ReportPathChooser = std::function<void(QWidget *parent, const QString &suggested,
        std::function<void(const QString &path)> chosen)>;
    void setReportPathChooser(ReportPathChooser chooser)
    {
        m_chooseReportPath = std::move(chooser);
    }
    // Writes the diagnostic report to `path` and says so (reportSavedBox); the error otherwise.
    Error writeReport(const QString &path);
    QString reportText() const;
    static QString suggestedReportPath();
    void showAbout();
    // Switches to another profile: ends what is in flight, forgets the last profile's sign-in in
    // memory (its stored token stays), remembers the choice, and starts again at the page that
    // profile needs (its stored token is checked).
    void switchProfile(const QString &name);

    // Closing: in the middle of a sign-in (a code was sent) asks first (closeConfirmBox with
    // keepSigningInButton, the default, and stopAndCloseButton); otherwise ends what is in flight.
    // Escape never closes the window: it stops a wait, or goes back a step.
    void reject() override;

signals:
    void profileSwitched(const QString &name);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void onCurrentIdChanged(int id);
    void onStateChanged(SignInSession::State state);
    void onFailed(SignInSession::Step step, const Error &error);
    void onSignedIn();
    void onSignedOut();
    void onConfigSaved();
    void restartAt(int id);
    void updateButtons(int id);
    bool cancelCurrentWait();
    bool isMidSignIn() const;
    void askBeforeClosing();
    void placeOverlays();
    void showPendingSms();
    void buildTools();
    void updateTools();
    void updateBanner();
    void fillProfileMenu();
    NetworkLog &networkLog();

    WizardContext m_context;
    ServerPage *m_serverPage = nullptr;
    PhonePage *m_phonePage = nullptr;
    CodePage *m_codePage = nullptr; // the pages but Phone come after the first frame: ensurePages()
    SignedInPage *m_signedInPage = nullptr;
    SmsBanner *m_smsBanner = nullptr;
    QLabel *m_demoBadge = nullptr;
    bool m_restoreOnPhone = false;
    bool m_restoreAfterFirstFrame = false; // the start-up token check waits for the first paint
    bool m_firstFramePainted = false;
    bool m_kiosk = false;
    QMenu *m_toolsMenu = nullptr;
    QMenu *m_profileMenu = nullptr;
    QActionGroup *m_profileGroup = nullptr;
    QAction *m_networkLogAction = nullptr;
    QAction *m_saveReportAction = nullptr;
    QAction *m_aboutAction = nullptr;
    ProfileBanner *m_profileBanner = nullptr;
    QPointer<NetworkLogDialog> m_logDialog;
    NetworkLog *m_ownLog = nullptr; // when the client was given none
    Error m_lastError;
    ReportPathChooser m_chooseReportPath;
    QPointer<QMessageBox> m_closeBox;
    bool m_closeConfirmed = false;
    QStringList m_pendingSms; // demo: recipient, text and code of an SMS not shown yet
};
