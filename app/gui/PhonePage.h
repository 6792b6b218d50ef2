#pragma once

#include "PhoneNumber.h"
#include "SignInSession.h"

#include <QWizardPage>
#include <memory>

class Config;
class QTimer;
class SimulatedPhone;

namespace Ui {
class PhonePage;
}

// The phone number: a searchable country picker, a number field that formats as you type (and
// switches the country when an international number is typed or pasted), a live line with what
// will be sent, and "Send code" (enabled for a valid number only; one request however often it
// is pressed). Also checks a stored sign-in at start (startRestore()) while the form stays usable.
class PhonePage : public QWizardPage
{
    Q_OBJECT
public:
    // `demo`: the simulated phone in --demo mode (its test numbers are listed), else nullptr.
    PhonePage(SignInSession &session, Config &config, const SimulatedPhone *demo,
        QWidget *parent = nullptr);
    ~PhonePage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool validatePage() override;
    int nextId() const override;

    // Checks the stored token (SignInSession::restore()); the outcome is shown on this page.
    void startRestore();
    // What the first frame does without, done once it is out: the field's clear button (the
    // style's icon is read through the image plug-ins, ~2.5 ms of start-up, tests/bench).
    void completeAfterFirstFrame();
    // Why the person is back on this page (an expired code, a revoked session).
    void showReason(const Error &error);
    // A notice with no error ("You are signed out.").
    void showNotice(const QString &text);
    void setNumber(const QString &text);
    PhoneNumber number() const;
    // Cancels what this page is waiting for; false when it waits for nothing.
    bool cancelWait();
    void focusInput();
    // Shows "Send code" as the window's default button.
    void makePrimaryDefault();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void setUpTestNumbers();
    void send();
    void onNumberEdited(const QString &text);
    void onRegionChanged(const QString &region);
    void reformat();
    void updateLiveLine();
    void updateSendButton();
    void updateProgress();
    void onStateChanged(SignInSession::State state);
    void onFailed(SignInSession::Step step, const Error &error);
    void onRestoreFailed(const Error &error);
    bool problemIsCertain(const PhoneNumber &number) const;
    AsYouTypeFormatter &formatter();
    bool isCurrent() const;
    bool isWaiting() const;

    SignInSession &m_session;
    Config &m_config;
    const SimulatedPhone *const m_demo;
    const std::unique_ptr<Ui::PhonePage> m_ui;
    std::unique_ptr<AsYouTypeFormatter> m_formatter;
    QString m_formatterRegion;
    QString m_previousText;
    QTimer *m_cooldownTimer;
    bool m_touched = false; // the person left the field or tried to send: show problems
    // What the message panel's button does: check the saved sign-in (or the keychain) again, or
    // choose a sign-in for this session only when no keychain is running.
    enum class PanelAction { CheckAgain, SessionOnly };
    PanelAction m_panelAction = PanelAction::CheckAgain;
    void showNoKeychainNote(const Error &error);
};
