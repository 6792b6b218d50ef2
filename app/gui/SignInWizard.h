#pragma once

#include "Error.h"
#include "SignInSession.h"

#include <QWizard>

class Clock;
class CodePage;
class Config;
class DemoServer;
class DirectusClient;
class PhonePage;
class QLabel;
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
    DemoServer *demo = nullptr; // non-null in --demo mode
};

// The sign-in wizard: Server (only when the configuration is incomplete) → Phone → Code → Signed
// in. It drives the SignInSession and never talks HTTP itself (except the Server page's "Test
// connection"). At start it checks a stored token: valid → Signed in; revoked → Phone with the
// number filled in and the reason; unreachable → Phone with the reason and "Try again" (the token
// is kept).
class SignInWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { ServerPageId, PhonePageId, CodePageId, SignedInPageId };
    Q_ENUM(PageId)

    explicit SignInWizard(const WizardContext &context, QWidget *parent = nullptr);
    ~SignInWizard() override;

    // Applies the configuration: client options, and the session's token key and resend
    // cooldown. The one place this happens (main.cpp calls it at start, the Server page on save).
    static Error applyConfig(const Config &config, DirectusClient &client, SignInSession &session);

    SmsBanner *smsBanner() const { return m_smsBanner; }

    void reject() override;

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void onCurrentIdChanged(int id);
    void onStateChanged(SignInSession::State state);
    void onFailed(const Error &error);
    void onSignedIn();
    void onSignedOut();
    void onConfigSaved();
    void restartAt(int id);
    void updateButtons(int id);
    bool cancelCurrentWait();
    void placeOverlays();

    WizardContext m_context;
    ServerPage *m_serverPage;
    PhonePage *m_phonePage;
    CodePage *m_codePage;
    SignedInPage *m_signedInPage;
    SmsBanner *m_smsBanner = nullptr;
    QLabel *m_demoBadge = nullptr;
    bool m_restoreOnPhone = false;
};
