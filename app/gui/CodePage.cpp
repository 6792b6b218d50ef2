#include "CodePage.h"

#include "Bidi.h"
#include "Config.h"
#include "ConfigKeys.h"
#include "GuiStyle.h"
#include "OtpCode.h"
#include "SignInWizard.h"
#include "ui_CodePage.h"

#include <QKeyEvent>
#include <QTimer>
#include <QWizard>

CodePage::CodePage(SignInSession &session, const Config &config, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_config(config)
    , m_ui(std::make_unique<Ui::CodePage>())
    , m_resendTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    m_title = title();
    m_subTitle = subTitle();
    setTitle(GuiStyle::headline(m_title));
    m_ui->storeProblem->hide();
    GuiStyle::scaleFont(m_ui->storeTitleLabel, 1.1, true);
    GuiStyle::setDimmed(m_ui->codeHintLabel);
    GuiStyle::setDimmed(m_ui->storeNoteLabel);
    m_ui->codeEdit->installEventFilter(this);
    GuiStyle::makeLinkButton(m_ui->changeNumberButton);
    GuiStyle::makeLinkButton(m_ui->resendButton);
    GuiStyle::makeLinkButton(m_ui->callButton);
    GuiStyle::setDimmed(m_ui->expiryLabel);
    m_ui->callButton->hide();
    m_ui->attemptsLabel->hide();
    m_ui->expiryLabel->hide();
    m_ui->storeMessagePanel->setObjectName(QStringLiteral("storeMessagePanel"));
    // Tab in reading order: "Change number" sits above the code field.
    setTabOrder(m_ui->changeNumberButton, m_ui->codeEdit);
    setTabOrder(m_ui->codeEdit, m_ui->verifyButton);
    setTabOrder(m_ui->verifyButton, m_ui->callButton);
    setTabOrder(m_ui->callButton, m_ui->resendButton);
    setTabOrder(m_ui->resendButton, m_ui->retryStoreButton);
    setTabOrder(m_ui->retryStoreButton, m_ui->keepForSessionButton);

    m_resendTimer->setInterval(250);
    connect(m_resendTimer, &QTimer::timeout, this, &CodePage::updateResend);

    connect(m_ui->codeEdit, &CodeEdit::completed, this, [this] { submit(); });
    connect(m_ui->codeEdit, &CodeEdit::codeEdited, this, [this] {
        if (m_ui->messagePanel->tone() != GuiStyle::Tone::Success)
            m_ui->messagePanel->clear();
        updateState();
    });
    connect(m_ui->verifyButton, &QPushButton::clicked, this, &CodePage::submit);
    connect(m_ui->resendButton, &QPushButton::clicked, this, &CodePage::resend);
    connect(m_ui->callButton, &QPushButton::clicked, this, [this] {
        m_ui->messagePanel->clear();
        m_session.callInstead();
        updateState();
    });
    connect(&m_session, &SignInSession::codeFactsChanged, this, &CodePage::updateFacts);
    connect(
        m_ui->changeNumberButton, &QPushButton::clicked, this, &CodePage::changeNumberRequested);
    connect(m_ui->progressPanel, &ProgressPanel::cancelRequested, this, [this] {
        cancelWait();
        focusInput();
    });
    // "Try again": the keychain write, or the user check after a right code.
    connect(m_ui->retryStoreButton, &QPushButton::clicked, this, [this] {
        if (m_session.state() == SignInSession::State::UserCheckFailed)
            m_session.retryUserCheck();
        else
            m_session.retryStore();
    });
    connect(m_ui->keepForSessionButton, &QPushButton::clicked, this,
        [this] { m_session.keepTokenForSession(); });

    connect(&m_session, &SignInSession::stateChanged, this, &CodePage::onStateChanged);
    connect(&m_session, &SignInSession::failed, this, &CodePage::onFailed);
    connect(&m_session, &SignInSession::codeSent, this, &CodePage::onCodeSent);
}

CodePage::~CodePage() = default;

bool CodePage::isCurrent() const
{
    return wizard() && wizard()->currentPage() == this;
}

void CodePage::initializePage()
{
    m_wrongCodes = 0;
    m_ui->codeEdit->clear();
    m_ui->messagePanel->clear();
    m_ui->storeProblem->hide();
    m_ui->codeEntry->show();

    updateFacts();
    m_resendTimer->start();
    updateResend();
    updateState();
}

void CodePage::updateFacts()
{
    // The server's code length when it says (our flows do), else the configured one.
    const int configured = m_config.integer(Key::CodeLength);
    const int length = m_session.codeLength() > 0 ? m_session.codeLength()
        : configured > 0                          ? configured
                                                  : 6;
    if (m_ui->codeEdit->expectedLength() != length)
        m_ui->codeEdit->setExpectedLength(length);
    const QString masked = Bidi::number(m_session.phone().masked());
    m_ui->sentToLabel->setText(m_session.codeByCall()
            //: After "Call me instead". %1 is the masked phone number.
            ? tr("We are calling %1 with your code.").arg(masked)
            //: %1 is the phone number with most digits hidden: "+44 •••• ••6789".
            : tr("We sent a code to %1.").arg(masked));
    m_ui->sentToLabel->setAccessibleName(m_ui->sentToLabel->text());
    //: Under the code field. %n is the number of digits of the code.
    m_ui->codeHintLabel->setText(tr("The code has %n digits. It can take a minute to arrive.",
        nullptr, m_ui->codeEdit->expectedLength()));
    // Tries left: once a code was wrong, or when few are left from the start.
    const int left = m_session.attemptsLeft();
    const bool showLeft = left >= 0 && (m_wrongCodes > 0 || left <= 3);
    if (showLeft) {
        //: Next to the code field; %n is how many more codes the server will check.
        m_ui->attemptsLabel->setText(tr("%n tries left", nullptr, left));
        GuiStyle::setToneText(
            m_ui->attemptsLabel, left <= 2 ? GuiStyle::Tone::Warning : GuiStyle::Tone::Neutral);
    }
    m_ui->attemptsLabel->setVisible(showLeft);
    m_ui->callButton->setVisible(m_session.canCallInstead());
    updateExpiry();
}

void CodePage::updateExpiry()
{
    const qint64 left = m_session.codeExpiresInMs();
    QLabel *label = m_ui->expiryLabel;
    if (left < 0 || m_session.state() == SignInSession::State::SignedIn) {
        label->hide();
        return;
    }
    const int seconds = int((left + 999) / 1000);
    const QString text = seconds > 0
        //: Under the code field, counting down; %1 is minutes:seconds ("9:12").
        ? tr("Code expires in %1")
              .arg(QStringLiteral("%1:%2")
                       .arg(seconds / 60)
                       .arg(seconds % 60, 2, 10, QLatin1Char('0')))
        : tr("This code has expired. Ask for a new one.");
    if (label->text() != text)
        label->setText(text);
    // A screen reader hears the minutes, not every second.
    const QString description = seconds > 0
        ? tr("In about %n minute(s).", nullptr, qMax(1, (seconds + 59) / 60))
        : tr("Expired.");
    if (label->accessibleDescription() != description)
        label->setAccessibleDescription(description);
    GuiStyle::setToneText(label, seconds > 60 ? GuiStyle::Tone::Neutral : GuiStyle::Tone::Warning);
    label->show();
}

void CodePage::cleanupPage()
{
    // Back (or Change number): forget this code session; the number stays on the phone page.
    m_resendTimer->stop();
    m_ui->codeEdit->clear();
    m_ui->messagePanel->clear();
    const SignInSession::State state = m_session.state();
    if (state == SignInSession::State::AwaitingCode || state == SignInSession::State::Verifying
        || state == SignInSession::State::RequestingCode || state == SignInSession::State::Storing
        || state == SignInSession::State::StoreFailed
        || state == SignInSession::State::UserCheckFailed) {
        m_session.cancel();
        m_session.changeNumber();
    }
}

bool CodePage::validatePage()
{
    return m_session.state() == SignInSession::State::SignedIn;
}

int CodePage::nextId() const
{
    return SignInWizard::SignedInPageId;
}

void CodePage::makePrimaryDefault()
{
    m_ui->verifyButton->setDefault(true);
}

void CodePage::focusInput()
{
    if (m_ui->storeProblem->isVisible())
        m_ui->retryStoreButton->setFocus(Qt::OtherFocusReason);
    else
        m_ui->codeEdit->setFocus(Qt::OtherFocusReason);
}

void CodePage::fillCode(const QString &code)
{
    if (m_session.state() != SignInSession::State::AwaitingCode)
        return;
    m_ui->codeEdit->setText(OtpCode::digitsOnly(code, OtpCode::MaxLength));
    focusInput();
    submit();
}

bool CodePage::cancelWait()
{
    const SignInSession::State state = m_session.state();
    if (state != SignInSession::State::Verifying && state != SignInSession::State::RequestingCode
        && state != SignInSession::State::Storing)
        return false;
    m_session.cancel();
    updateState();
    return true;
}

void CodePage::submit()
{
    if (m_session.state() != SignInSession::State::AwaitingCode)
        return; // already checking: one request per code
    const QString code = m_ui->codeEdit->code();
    if (!OtpCode::isAcceptable(code)) {
        //: %n is the number of digits the code should have.
        m_ui->messagePanel->showMessage(GuiStyle::Tone::Error,
            tr("Type all %n digits of the code from the text message.", nullptr,
                m_ui->codeEdit->expectedLength()));
        focusInput();
        return;
    }
    m_ui->messagePanel->clear();
    m_session.submitCode(code);
    updateState();
}

void CodePage::resend()
{
    if (m_session.resendAvailableInMs() > 0)
        return;
    m_ui->messagePanel->clear();
    m_session.resendCode();
    updateState();
}

void CodePage::updateResend()
{
    if (!isCurrent() && m_resendTimer->isActive() && wizard())
        m_resendTimer->stop();
    const qint64 wait = m_session.resendAvailableInMs();
    const bool idle = m_session.state() == SignInSession::State::AwaitingCode;
    QPushButton *button = m_ui->resendButton;
    if (wait > 0) {
        const int seconds = int((wait + 999) / 1000);
        //: The resend button while counting down; %n is the number of seconds left.
        button->setText(tr("Resend code in %n s", nullptr, seconds));
        // What a screen reader reads stays the same while the seconds tick.
        GuiStyle::setAccessibleText(button, tr("Resend code"),
            tr("Not available yet: a new code can be asked for in a moment."));
    } else {
        button->setText(tr("&Resend code"));
        GuiStyle::setAccessibleText(button, tr("Resend code"));
    }
    const bool enabled = wait <= 0 && idle;
    if (!enabled && button->hasFocus())
        m_ui->codeEdit->setFocus(Qt::OtherFocusReason);
    button->setEnabled(enabled);
    // "Call me instead" waits for the same cooldown as a resend.
    m_ui->callButton->setEnabled(enabled);
    m_ui->callButton->setVisible(m_session.canCallInstead());
    updateExpiry();
}

void CodePage::updateState()
{
    const SignInSession::State state = m_session.state();
    const bool userCheckFailed = state == SignInSession::State::UserCheckFailed;
    // The code was right: the same view for a keychain that refused and a user check that failed.
    const bool storeFailed = state == SignInSession::State::StoreFailed || userCheckFailed;
    m_ui->storeProblem->setVisible(storeFailed);
    m_ui->codeEntry->setVisible(!storeFailed);
    m_ui->sentToLabel->setVisible(!storeFailed);
    m_ui->changeNumberButton->setVisible(!storeFailed || userCheckFailed);
    // Nothing to keep after a failed user check: only Try again (or Change number).
    m_ui->keepForSessionButton->setVisible(!userCheckFailed);
    m_ui->storeNoteLabel->setVisible(!userCheckFailed);
    //: The code page's title once the code was right but the sign-in could not be stored.
    const QString title = GuiStyle::headline(storeFailed ? tr("Keep your sign-in") : m_title);
    //: The code page's subtitle once the code was right but the sign-in could not be stored.
    const QString subTitle
        = storeFailed ? tr("Your code was right. Choose how to go on.") : m_subTitle;
    if (subTitle != this->subTitle())
        setSubTitle(subTitle);
    // Only when it changes: QWizard lays the whole page out again on every setTitle(), and this
    // runs on every keystroke.
    if (title != this->title())
        setTitle(title);

    switch (state) {
    case SignInSession::State::Verifying:
        //: While the code is checked with the server.
        m_ui->progressPanel->start(tr("Checking the code…"));
        break;
    case SignInSession::State::RequestingCode:
        m_ui->progressPanel->start(tr("Sending a new code…"));
        break;
    case SignInSession::State::Storing:
        //: While the token is written to the keychain.
        m_ui->progressPanel->start(tr("Saving your sign-in…"));
        break;
    default:
        m_ui->progressPanel->stop();
        break;
    }
    const bool awaiting = state == SignInSession::State::AwaitingCode;
    m_ui->codeEdit->setReadOnly(!awaiting);
    m_ui->verifyButton->setEnabled(awaiting && m_ui->codeEdit->isAcceptable());
    updateResend();
}

void CodePage::onStateChanged(SignInSession::State state)
{
    if (!isCurrent())
        return;
    updateState();
    if (state == SignInSession::State::StoreFailed
        || state == SignInSession::State::UserCheckFailed) {
        showStoreProblem(m_session.lastError());
        m_ui->retryStoreButton->setFocus(Qt::OtherFocusReason);
    } else if (state == SignInSession::State::AwaitingCode && !m_ui->codeEdit->hasFocus()) {
        focusInput();
    }
}

void CodePage::onFailed(SignInSession::Step step, const Error &error)
{
    // This page's steps only: a resend, the code's check, the user check and the keychain write.
    if (step == SignInSession::Step::Restore || step == SignInSession::Step::RequestCode
        || step == SignInSession::Step::SignOut || !isCurrent())
        return;
    if (step == SignInSession::Step::Store
        && m_session.state() == SignInSession::State::StoreFailed) {
        showStoreProblem(error);
        return;
    }
    if (step == SignInSession::Step::CheckUser
        && m_session.state() == SignInSession::State::UserCheckFailed) {
        showStoreProblem(error);
        return;
    }
    switch (error.kind()) {
    case Error::Kind::SessionExpired:
        return; // the wizard goes back to the phone page
    case Error::Kind::WrongCode: {
        ++m_wrongCodes;
        updateFacts();
        m_ui->codeEdit->clear();
        Error shown = error;
        if (error.attemptsLeft() >= 0) {
            //: After a wrong code; %n is how many more codes the server will check.
            shown = error.withMessage(
                tr("That code is not right. Attempts left: %n.", nullptr, error.attemptsLeft()));
        }
        m_ui->messagePanel->showError(shown);
        updateState();
        focusInput();
        return;
    }
    case Error::Kind::RateLimited: {
        // A refused resend: "Resend code in N s" stays disabled, the message counts down.
        const qint64 wait = m_session.resendAvailableInMs();
        if (wait > 0) {
            m_ui->messagePanel->showCountdown(
                error, m_session.clock(), m_session.clock().nowMs() + wait);
            updateResend();
            updateState();
            focusInput();
            return;
        }
        break;
    }
    default:
        break;
    }
    m_ui->messagePanel->showError(error);
    updateState();
    focusInput();
    m_ui->codeEdit->selectAll();
}

void CodePage::onCodeSent(bool resent)
{
    if (!isCurrent() || !resent)
        return;
    m_ui->codeEdit->clear();
    const QString masked = Bidi::number(m_session.phone().masked());
    m_ui->messagePanel->showMessage(GuiStyle::Tone::Success,
        m_session.codeByCall()
            //: After "Call me instead" worked. %1 is the masked phone number.
            ? tr("Your phone %1 will ring in a moment: a voice reads the code.").arg(masked)
            //: After "Resend code" worked. %1 is the masked phone number.
            : tr("A new code is on its way to %1. The earlier code no longer works.").arg(masked));
    m_resendTimer->start();
    updateState();
    focusInput();
}

void CodePage::showStoreProblem(const Error &error)
{
    QString title;
    switch (m_session.state() == SignInSession::State::UserCheckFailed ? Error::Kind::None
                                                                       : error.kind()) {
    case Error::Kind::None:
        //: Heading when the code was right but /users/me could not say who signed in.
        title = tr("Your code was right, but the sign-in could not be checked");
        break;
    case Error::Kind::KeychainLocked:
        //: Heading when the token cannot be stored because the keychain is locked.
        title = tr("Signed in, but your keychain is locked");
        break;
    case Error::Kind::KeychainUnavailable:
        title = tr("Signed in, but no keychain is available");
        break;
    case Error::Kind::KeychainDenied:
        title = tr("Signed in, but the keychain refused to keep your sign-in");
        break;
    case Error::Kind::KeychainTimeout:
        title = tr("Signed in, but the keychain did not answer");
        break;
    default:
        title = tr("Signed in, but your sign-in could not be saved");
        break;
    }
    m_ui->storeTitleLabel->setText(title);
    m_ui->storeTitleLabel->setAccessibleName(title);
    m_ui->storeMessagePanel->showError(error, GuiStyle::Tone::Warning);
    m_ui->storeProblem->show();
    m_ui->codeEntry->hide();
}

bool CodePage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->codeEdit && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            submit();
            return true;
        }
    }
    return QWizardPage::eventFilter(watched, event);
}
