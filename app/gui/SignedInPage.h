#pragma once

#include "SignInSession.h"

#include <QWizardPage>
#include <memory>

class DirectusClient;

namespace Ui {
class SignedInPage;
}

// Who is signed in (name or e-mail from /users/me, else the user id), on which server, where the
// token is kept, and "Sign out" (removes it).
class SignedInPage : public QWizardPage
{
    Q_OBJECT
public:
    SignedInPage(SignInSession &session, DirectusClient &client, QWidget *parent = nullptr);
    ~SignedInPage() override;

    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override { return -1; }

    bool cancelWait();
    void focusInput();

private:
    void signOut();
    void onStateChanged(SignInSession::State state);
    void onFailed(SignInSession::Step step, const Error &error);
    bool isCurrent() const;

    SignInSession &m_session;
    DirectusClient &m_client;
    const std::unique_ptr<Ui::SignedInPage> m_ui;
    QString m_persistentSubTitle; // the form's: "… and other programs can now use this sign-in."
};
