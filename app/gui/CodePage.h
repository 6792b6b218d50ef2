#pragma once

#include "SignInSession.h"

#include <QWizardPage>
#include <memory>

class Config;
class QTimer;

namespace Ui {
class CodePage;
}

// The code: "We sent a code to +44 •••• ••6789" with "Change number"; one code field that keeps
// only digits and submits itself at the expected length; "Resend code" with a countdown; a wrong
// code clears the field and says so. When the token cannot be stored (StoreFailed) the page says
// why and offers "Try again" and "Keep me signed in for this session only".
class CodePage : public QWizardPage
{
    Q_OBJECT
public:
    CodePage(SignInSession &session, const Config &config, QWidget *parent = nullptr);
    ~CodePage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool validatePage() override;
    int nextId() const override;

    bool cancelWait();
    void focusInput();
    // Shows "Sign in" as the window's default button.
    void makePrimaryDefault();
    // Puts a code in the field as if it had been typed (demo "Use code").
    void fillCode(const QString &code);

signals:
    // "Change number": the wizard goes back to the phone page.
    void changeNumberRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void submit();
    void resend();
    void updateResend();
    // The code's facts when the server tells them: its length, "Code expires in 9:12", "2 tries
    // left", and whether "Call me instead" is offered.
    void updateFacts();
    void updateExpiry();
    void updateState();
    void onStateChanged(SignInSession::State state);
    void onFailed(SignInSession::Step step, const Error &error);
    void onCodeSent(bool resent);
    void showStoreProblem(const Error &error);
    bool isCurrent() const;

    SignInSession &m_session;
    const Config &m_config;
    const std::unique_ptr<Ui::CodePage> m_ui;
    QTimer *m_resendTimer;
    int m_wrongCodes = 0; // on this page, for this number
    QString m_title;
    QString m_subTitle; // the form's, while a code is expected
};
