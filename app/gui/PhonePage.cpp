#include "PhonePage.h"

#include "Bidi.h"
#include "Config.h"
#include "ConfigKeys.h"
#include "CountryList.h"
#include "GuiStyle.h"
#include "SignInWizard.h"
#include "SimulatedPhone.h"
#include "ui_PhonePage.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QTimer>
#include <QTreeWidget>
#include <QWizard>

namespace {
bool isSignificant(QChar ch)
{
    return ch.isDigit() || ch == QLatin1Char('+');
}

int significantCount(const QString &text)
{
    int n = 0;
    for (const QChar ch : text)
        n += isSignificant(ch) ? 1 : 0;
    return n;
}

QString significant(const QString &text)
{
    QString out;
    for (const QChar ch : text) {
        if (isSignificant(ch))
            out += ch;
    }
    return out;
}

// The position just after the n-th significant character of `text`.
int positionAfter(const QString &text, int n)
{
    if (n <= 0)
        return 0;
    int seen = 0;
    for (int i = 0; i < text.size(); ++i) {
        if (isSignificant(text.at(i)) && ++seen == n)
            return i + 1;
    }
    return int(text.size());
}

bool isKeychainKind(Error::Kind kind)
{
    return kind == Error::Kind::KeychainLocked || kind == Error::Kind::KeychainUnavailable
        || kind == Error::Kind::KeychainDenied || kind == Error::Kind::KeychainTimeout;
}
} // namespace

PhonePage::PhonePage(
    SignInSession &session, Config &config, const SimulatedPhone *demo, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_config(config)
    , m_demo(demo)
    , m_ui(std::make_unique<Ui::PhonePage>())
    , m_cooldownTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    setTitle(GuiStyle::headline(title()));
    m_ui->sentAsLabel->setMinimumHeight(fontMetrics().height());
    m_ui->messagePanel->setActionObjectName(QStringLiteral("retryButton"));
    m_ui->sendCodeButton->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 16);
    m_ui->phoneEdit->installEventFilter(this);

    //: Placeholder of the phone number field.
    m_ui->phoneEdit->setPlaceholderText(tr("Mobile number"));

    // Default country: the last successful sign-in, then the region of the person's locale (not
    // of the interface language). The picker checks
    // the code once its list is loaded (after the first paint).
    QString region = m_config.string(Key::LastRegion).toUpper();
    if (region.isEmpty())
        region = CountryList::systemRegion();
    m_ui->countryPicker->setRegion(region);

    m_ui->demoBox->setVisible(m_demo != nullptr);
    if (m_demo)
        setUpTestNumbers();

    connect(m_ui->phoneEdit, &QLineEdit::textEdited, this, &PhonePage::onNumberEdited);
    connect(m_ui->phoneEdit, &QLineEdit::editingFinished, this, [this] {
        if (!m_ui->phoneEdit->text().trimmed().isEmpty()) {
            m_touched = true;
            updateLiveLine();
        }
    });
    connect(m_ui->countryPicker, &CountryPicker::regionChanged, this, &PhonePage::onRegionChanged);
    connect(m_ui->countryPicker, &CountryPicker::regionChosen, this, [this] { focusInput(); });
    connect(m_ui->sendCodeButton, &QPushButton::clicked, this, &PhonePage::send);
    connect(m_ui->progressPanel, &ProgressPanel::cancelRequested, this, [this] {
        cancelWait();
        focusInput();
    });
    connect(m_ui->messagePanel, &MessagePanel::actionTriggered, this, [this] {
        if (m_panelAction == PanelAction::CheckAgain) {
            m_session.setSessionOnly(false);
            startRestore();
            return;
        }
        m_session.setSessionOnly(true);
        //: On the phone page, once "Sign in for this session only" was chosen.
        m_ui->messagePanel->showMessage(GuiStyle::Tone::Neutral,
            tr("This sign-in will be kept for this session only: you will be signed out when you "
               "close Directus Login."));
        m_panelAction = PanelAction::CheckAgain;
        //: Checks again whether a keychain is running now.
        m_ui->messagePanel->showAction(tr("Check again"), tr("Check again for a keychain"));
        focusInput();
    });

    m_cooldownTimer->setInterval(250);
    connect(m_cooldownTimer, &QTimer::timeout, this, &PhonePage::updateSendButton);

    connect(&m_session, &SignInSession::stateChanged, this, &PhonePage::onStateChanged);
    connect(&m_session, &SignInSession::failed, this, &PhonePage::onFailed);

    updateLiveLine();
    updateSendButton();
}

PhonePage::~PhonePage()
{
    // Closing with the country list open moves the focus out of the number field while the
    // form is going (UndefinedBehaviorSanitizer saw editingFinished reach a destroyed m_ui).
    GuiStyle::disconnectChildren(this);
}

void PhonePage::setUpTestNumbers()
{
    const QList<SimulatedPhone::TestNumber> numbers = m_demo->numbers();
    const QString example = numbers.isEmpty() ? QString() : numbers.first().e164;
    // Formatted without libphonenumber (not loaded yet at start): "+44 7123 456001".
    const auto shown = [](const QString &e164) {
        return e164.size() == 13 && e164.startsWith(QLatin1String("+44"))
            ? QStringLiteral("%1 %2 %3").arg(e164.left(3), e164.mid(3, 4), e164.mid(7))
            : e164;
    };
    //: Demo mode hint at the bottom of the phone page. %1 is a test phone number.
    m_ui->demoHintLabel->setText(
        tr("Demo mode: no real SMS is sent. Any valid number signs in, %1 as Ada Lovelace; "
           "the other test numbers each show one error.")
            .arg(Bidi::number(shown(example))));
    GuiStyle::setDimmed(m_ui->demoHintLabel);

    // Every test number on the page, for the keyboard, touch and screen readers alike (it was a
    // tooltip only: issue 23). Activating a row fills it in.
    QTreeWidget *list = m_ui->testNumberList;
    //: Column of the demo's test numbers.
    list->setHeaderLabels({ tr("Number"), tr("What happens") });
    for (const SimulatedPhone::TestNumber &n : numbers) {
        auto *item = new QTreeWidgetItem(list, { Bidi::number(shown(n.e164)), n.label });
        item->setData(0, Qt::UserRole, n.e164);
        item->setToolTip(1, n.behaviour); // the technical story, for QA
    }
    list->resizeColumnToContents(0);
    const int rows = 6;
    list->setFixedHeight(list->header()->sizeHint().height() + list->sizeHintForRow(0) * rows
        + 2 * list->frameWidth());
    connect(m_ui->useTestNumberButton, &QPushButton::toggled, this, [this](bool shownNow) {
        m_ui->testNumberList->setVisible(shownNow);
        if (shownNow) {
            m_ui->testNumberList->setCurrentItem(m_ui->testNumberList->topLevelItem(0));
            m_ui->testNumberList->setFocus(Qt::OtherFocusReason);
        }
    });
    const auto choose = [this](QTreeWidgetItem *item) {
        if (!item)
            return;
        setNumber(item->data(0, Qt::UserRole).toString());
        m_ui->useTestNumberButton->setChecked(false);
        focusInput();
    };
    // A click or a tap chooses (itemClicked); Enter and a double click too (itemActivated).
    connect(list, &QTreeWidget::itemClicked, this, choose);
    connect(list, &QTreeWidget::itemActivated, this, choose);
}

bool PhonePage::isCurrent() const
{
    return wizard() && wizard()->currentPage() == this;
}

void PhonePage::initializePage()
{
    if (m_session.phone().isValid() && m_ui->phoneEdit->text().isEmpty())
        setNumber(m_session.phone().international());
    updateProgress();
    updateLiveLine();
    updateSendButton();
}

void PhonePage::cleanupPage()
{
    cancelWait();
    m_ui->messagePanel->clear();
}

bool PhonePage::validatePage()
{
    const SignInSession::State state = m_session.state();
    return state == SignInSession::State::AwaitingCode || state == SignInSession::State::SignedIn;
}

int PhonePage::nextId() const
{
    return m_session.state() == SignInSession::State::SignedIn ? SignInWizard::SignedInPageId
                                                               : SignInWizard::CodePageId;
}

void PhonePage::makePrimaryDefault()
{
    m_ui->sendCodeButton->setDefault(true);
}

void PhonePage::focusInput()
{
    m_ui->phoneEdit->setFocus(Qt::OtherFocusReason);
}

PhoneNumber PhonePage::number() const
{
    return PhoneNumber::parse(m_ui->phoneEdit->text(), m_ui->countryPicker->region());
}

void PhonePage::setNumber(const QString &text)
{
    const QString implied = PhoneNumber::regionFromInput(text, m_ui->countryPicker->region());
    if (!implied.isEmpty())
        m_ui->countryPicker->setRegion(implied);
    m_ui->phoneEdit->setText(text);
    reformat();
    m_touched = !text.isEmpty();
    updateLiveLine();
    updateSendButton();
}

void PhonePage::completeAfterFirstFrame()
{
    m_ui->phoneEdit->setClearButtonEnabled(true);
}

void PhonePage::startRestore()
{
    m_ui->messagePanel->clear();
    if (m_session.state() != SignInSession::State::Idle)
        return;
    m_session.restore();
    updateProgress();
    updateSendButton();
}

void PhonePage::showReason(const Error &error)
{
    m_ui->messagePanel->showError(error, GuiStyle::Tone::Warning);
}

void PhonePage::showNotice(const QString &text)
{
    m_ui->messagePanel->showMessage(GuiStyle::Tone::Success, text);
}

bool PhonePage::isWaiting() const
{
    // This page's waits: the stored sign-in's check, and the first code for a number (a resend
    // is the code page's).
    const SignInSession::State state = m_session.state();
    return state == SignInSession::State::Restoring
        || (state == SignInSession::State::RequestingCode && m_session.sessionUuid().isEmpty());
}

bool PhonePage::cancelWait()
{
    if (!isWaiting())
        return false;
    m_session.cancel();
    updateProgress();
    updateSendButton();
    return true;
}

void PhonePage::send()
{
    const PhoneNumber phone = number();
    if (!phone.isValid()) {
        // Say why, now that the person asked to send.
        m_touched = true;
        updateLiveLine();
        focusInput();
        return;
    }
    if (m_session.state() == SignInSession::State::Restoring)
        m_session.cancel(); // the person would rather sign in again than wait for the check
    if (m_session.state() != SignInSession::State::Idle
        && m_session.state() != SignInSession::State::AwaitingCode)
        return; // already sending: one request however often Send is pressed
    m_ui->messagePanel->clear();
    m_session.requestCode(phone);
    updateProgress();
    updateSendButton();
}

AsYouTypeFormatter &PhonePage::formatter()
{
    const QString region = m_ui->countryPicker->region();
    if (!m_formatter || m_formatterRegion != region) {
        m_formatter = std::make_unique<AsYouTypeFormatter>(region);
        m_formatterRegion = region;
    }
    return *m_formatter;
}

void PhonePage::onNumberEdited(const QString &edited)
{
    QString text = edited;
    int cursor = m_ui->phoneEdit->cursorPosition();
    // Deleting only a space or a dash that the formatter put there deletes the digit before it,
    // else the formatter would put it back at once and Backspace would seem to do nothing.
    if (text.size() < m_previousText.size() && significant(text) == significant(m_previousText)) {
        int i = qMin(cursor, int(text.size())) - 1;
        while (i >= 0 && !isSignificant(text.at(i)))
            --i;
        if (i >= 0) {
            text.remove(i, 1);
            cursor = i;
        }
    }
    // An international prefix chooses the country ("+1 212…" → US, "0049…" → DE).
    const QString implied = PhoneNumber::regionFromInput(text, m_ui->countryPicker->region());
    if (!implied.isEmpty() && implied != m_ui->countryPicker->region())
        m_ui->countryPicker->setRegion(implied);

    const int before = significantCount(text.left(cursor));
    QString formatted = formatter().format(text);
    if (formatted.isEmpty() && significantCount(text) == 0)
        formatted = QString(); // only letters or symbols: nothing a phone number can use
    if (formatted != edited) {
        m_ui->phoneEdit->setText(formatted);
        m_ui->phoneEdit->setCursorPosition(positionAfter(formatted, before));
    }
    m_previousText = formatted;
    if (formatted.isEmpty())
        m_touched = false;
    m_ui->messagePanel->clear();
    updateLiveLine();
    updateSendButton();
}

void PhonePage::onRegionChanged(const QString &)
{
    reformat();
    updateLiveLine();
    updateSendButton();
}

void PhonePage::reformat()
{
    const QString text = m_ui->phoneEdit->text();
    if (text.isEmpty()) {
        m_previousText.clear();
        return;
    }
    const QString formatted = formatter().format(text);
    if (!formatted.isEmpty() && formatted != text)
        m_ui->phoneEdit->setText(formatted);
    m_previousText = m_ui->phoneEdit->text();
}

bool PhonePage::problemIsCertain(const PhoneNumber &phone) const
{
    // Problems that more typing cannot fix are shown at once; the others once the person
    // leaves the field or tries to send.
    switch (phone.problem()) {
    case PhoneNumber::Problem::TooLong:
    case PhoneNumber::Problem::NotANumber:
    case PhoneNumber::Problem::Unavailable:
    case PhoneNumber::Problem::Landline: // complete and real: more digits make it too long
    case PhoneNumber::Problem::NoTextMessages:
        return true;
    case PhoneNumber::Problem::InvalidCountryCode:
        return significantCount(m_ui->phoneEdit->text()) >= 5; // "+" and four digits
    default:
        return false;
    }
}

void PhonePage::updateLiveLine()
{
    QLabel *line = m_ui->sentAsLabel;
    const QString text = m_ui->phoneEdit->text().trimmed();
    const PhoneNumber phone = text.isEmpty() ? PhoneNumber() : number();
    QPalette palette = this->palette();
    QString message;
    QPalette::ColorRole role = QPalette::PlaceholderText;
    if (text.isEmpty()) {
        //: Under the empty phone number field.
        message = tr("Your mobile number, with or without the country code.");
    } else if (phone.isValid()) {
        //: The live line under the phone number field. %1 is the number in international format.
        message = tr("The code will be sent to %1").arg(Bidi::number(phone.international()));
        role = QPalette::WindowText;
    } else if (m_touched || problemIsCertain(phone)) {
        message = phone.problemText();
        palette.setColor(QPalette::WindowText, GuiStyle::toneColor(GuiStyle::Tone::Error, palette));
        role = QPalette::WindowText;
    } else {
        message = tr("Your mobile number, with or without the country code.");
    }
    line->setPalette(palette);
    line->setForegroundRole(role);
    line->setText(message);
    line->setAccessibleName(message);
    m_ui->phoneEdit->setAccessibleDescription(message);
}

void PhonePage::updateSendButton()
{
    const PhoneNumber phone = number();
    const bool busy = m_session.state() == SignInSession::State::RequestingCode;
    const qint64 wait = phone.isValid() ? m_session.cooldownRemainingMs(phone.e164()) : 0;
    QPushButton *button = m_ui->sendCodeButton;
    if (wait > 0) {
        const int seconds = int((wait + 999) / 1000);
        //: The Send code button while a new code cannot be asked for yet.
        button->setText(tr("Send again in %n s", nullptr, seconds));
        // What a screen reader reads stays the same while the seconds tick.
        GuiStyle::setAccessibleText(button, tr("Send code"),
            tr("Not available yet: a new code can be asked for in a moment."));
        if (!m_cooldownTimer->isActive())
            m_cooldownTimer->start();
    } else {
        button->setText(tr("&Send code"));
        GuiStyle::setAccessibleText(button, tr("Send code"));
        m_cooldownTimer->stop();
    }
    button->setEnabled(phone.isValid() && !busy && wait <= 0);
}

void PhonePage::updateProgress()
{
    switch (m_session.state()) {
    case SignInSession::State::Restoring:
        //: At start, while the stored sign-in is checked with the server.
        m_ui->progressPanel->start(tr("Checking your saved sign-in…"));
        break;
    case SignInSession::State::RequestingCode:
        if (isWaiting()) {
            //: %1 is the phone number.
            m_ui->progressPanel->start(
                tr("Sending a code to %1…").arg(Bidi::number(m_session.phone().international())));
        }
        break;
    default:
        m_ui->progressPanel->stop();
        break;
    }
}

void PhonePage::onStateChanged(SignInSession::State)
{
    updateProgress();
    updateSendButton();
}

void PhonePage::onFailed(SignInSession::Step step, const Error &error)
{
    // This page's steps only: the stored sign-in's check and the first code request.
    if (step == SignInSession::Step::Restore) {
        onRestoreFailed(error);
        return;
    }
    if (step != SignInSession::Step::RequestCode)
        return;
    const PhoneNumber typed = number();
    const qint64 waitMs = error.kind() == Error::Kind::RateLimited && typed.isValid()
        ? m_session.cooldownRemainingMs(typed.e164())
        : 0;
    if (waitMs > 0) // counts down beside "Send again in N s", which stays disabled until then
        m_ui->messagePanel->showCountdown(
            error, m_session.clock(), m_session.clock().nowMs() + waitMs);
    else
        m_ui->messagePanel->showError(error);
    if (isCurrent()) {
        focusInput();
        m_ui->phoneEdit->selectAll();
    }
}

void PhonePage::onRestoreFailed(const Error &error)
{
    if (error.kind() == Error::Kind::Unauthorized || error.kind() == Error::Kind::SignedOut
        || error.kind() == Error::Kind::SessionLost) {
        // The stored sign-in was revoked, replaced or ended by the server: sign in again, with
        // the last number.
        showReason(error);
        const QString last = m_config.string(Key::LastPhone);
        if (!last.isEmpty() && m_ui->phoneEdit->text().trimmed().isEmpty()) {
            const QString region = m_config.string(Key::LastRegion);
            if (!region.isEmpty())
                m_ui->countryPicker->setRegion(region);
            const PhoneNumber number = PhoneNumber::parse(last, m_ui->countryPicker->region());
            setNumber(number.isValid() ? number.international() : last);
        }
        if (isCurrent())
            focusInput();
        return;
    }
    if (error.kind() == Error::Kind::NotSignedIn || error.kind() == Error::Kind::Cancelled)
        return;
    if (error.kind() == Error::Kind::KeychainUnavailable) {
        showNoKeychainNote(error);
        return;
    }
    // The token is kept: the server could not be reached, or the keychain could not be read.
    Error shown = error;
    if (!isKeychainKind(error.kind())) {
        //: At start, the stored sign-in could not be checked. %1 says why and what to do.
        shown = error.withMessage(
            tr("Your saved sign-in could not be checked. %1").arg(error.message()));
    }
    // The saved sign-in is still there: a warning, not an error of the person's.
    m_ui->messagePanel->showError(shown, GuiStyle::Tone::Warning);
    m_panelAction = PanelAction::CheckAgain;
    //: Checks the saved sign-in again.
    m_ui->messagePanel->showAction(tr("Try again"), tr("Check the saved sign-in again"));
}

void PhonePage::showNoKeychainNote(const Error &error)
{
    // Nothing went wrong with a sign-in: this machine has no keychain running. A calm note, not
    // an error; what to do is behind Details (issues 21, 23). The choice of a sign-in for this
    // session only comes before the code is asked for, not after it was spent.
    QStringList details { error.message() };
    if (!error.detail().isEmpty())
        details << error.detail();
    //: At start, on the phone page, when no keychain (Secret Service) is running.
    m_ui->messagePanel->showMessage(GuiStyle::Tone::Neutral,
        tr("Sign-ins will not be remembered: no keychain is running."),
        details.join(QLatin1String("\n\n")));
    m_panelAction = PanelAction::SessionOnly;
    //: On the phone page without a keychain: the next sign-in is kept in memory only.
    m_ui->messagePanel->showAction(tr("Sign in for this session only"),
        tr("Sign in for this session only, without saving the sign-in"));
}

bool PhonePage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->phoneEdit && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            send();
            return true;
        }
    }
    return QWizardPage::eventFilter(watched, event);
}

void PhonePage::changeEvent(QEvent *event)
{
    QWizardPage::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateLiveLine();
}
