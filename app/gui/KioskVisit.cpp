#include "KioskVisit.h"

#include "Bidi.h"
#include "Config.h"
#include "ConfigKeys.h"
#include "DigitKeypad.h"
#include "GuiStyle.h"
#include "KioskCodeBoxes.h"
#include "MessagePanel.h"
#include "OtpCode.h"
#include "PhoneNumber.h"

#include <QBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScroller>

namespace {
QString significant(const QString &text)
{
    QString out;
    for (const QChar ch : text) {
        if (ch.isDigit() || ch == QLatin1Char('+'))
            out += ch;
    }
    return out;
}

QLabel *makeLabel(QWidget *parent, const QString &name, const char *role = nullptr)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignCenter);
    if (role)
        KioskMetrics::setRole(label, role);
    return label;
}

QPushButton *makeButton(QWidget *parent, const QString &name, const char *role = nullptr)
{
    auto *button = new QPushButton(parent);
    button->setObjectName(name);
    button->setFocusPolicy(Qt::NoFocus); // a finger has no focus; the field keeps the keys
    button->setAutoDefault(false);
    if (role)
        KioskMetrics::setRole(button, role);
    return button;
}

QString countryText(const Country &country)
{
    //: A country in the kiosk: its name and calling code, "United Kingdom  +44".
    return KioskVisit::tr("%1  %2").arg(country.name, Bidi::number(u'+' + country.callingCode));
}
} // namespace

KioskVisit::KioskVisit(SignInSession &session, const Config &config, const QStringList &countries,
    const QString &region, QWidget *parent)
    : QStackedWidget(parent)
    , m_session(session)
    , m_config(config)
{
    setObjectName(QStringLiteral("kioskVisit"));
    const CountryList all;
    if (countries.isEmpty()) {
        m_countries = all.countries();
    } else {
        for (const QString &code : countries) {
            if (all.indexOf(code) >= 0)
                m_countries.append(all.country(code));
        }
    }
    if (m_countries.isEmpty())
        m_countries.append(all.country(CountryList::systemRegion()));
    m_region = m_countries.first().region;
    for (const Country &c : std::as_const(m_countries)) {
        if (c.region == region)
            m_region = region;
    }

    buildCountryPage();
    buildPhonePage();
    buildCodePage();
    chooseCountry(m_region);
    showPage(Page::Phone);

    connect(&m_session, &SignInSession::stateChanged, this, &KioskVisit::onStateChanged);
    connect(&m_session, &SignInSession::codeSent, this, &KioskVisit::onCodeSent);
    connect(&m_session, &SignInSession::failed, this, &KioskVisit::onFailed);
    connect(&m_session, &SignInSession::codeFactsChanged, this, &KioskVisit::updateCode);
}

KioskVisit::~KioskVisit()
{
    // The flick gesture's recognizer is registered with Qt for the life of the process unless it
    // is ungrabbed: one per visitor otherwise (LeakSanitizer: 16 bytes a visit).
    QScroller::ungrabGesture(m_countryList->viewport());
}

void KioskVisit::buildCountryPage()
{
    m_countryPage = new QWidget(this);
    m_countryPage->setObjectName(QStringLiteral("kioskCountryPage"));
    auto *column = new QVBoxLayout(m_countryPage);
    m_countryTitle = makeLabel(m_countryPage, QStringLiteral("kioskCountryTitle"), "title");
    //: Title of the kiosk's country screen.
    m_countryTitle->setText(tr("Choose your country"));
    column->addWidget(m_countryTitle);
    m_countrySearch = new QLineEdit(m_countryPage);
    m_countrySearch->setObjectName(QStringLiteral("kioskCountrySearch"));
    //: Placeholder of the kiosk's country search: a name, a code like "GB" or "+44".
    m_countrySearch->setPlaceholderText(tr("Search: name or +code"));
    m_countrySearch->setAccessibleName(tr("Search countries"));
    m_countrySearch->setClearButtonEnabled(true);
    m_countrySearch->setVisible(m_countries.size() > 8); // a short list is read, not searched
    connect(m_countrySearch, &QLineEdit::textChanged, this, &KioskVisit::fillCountryList);
    column->addWidget(m_countrySearch);
    m_countryList = new QListWidget(m_countryPage);
    m_countryList->setObjectName(QStringLiteral("kioskCountryList"));
    m_countryList->setAccessibleName(tr("Countries"));
    m_countryList->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_countryList->setUniformItemSizes(true);
    // Dragged by a finger (a touch screen sends the drag as mouse events), like a phone's list.
    QScroller::grabGesture(m_countryList->viewport(), QScroller::LeftMouseButtonGesture);
    connect(m_countryList, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        chooseCountry(item->data(Qt::UserRole).toString());
        showPage(Page::Phone);
    });
    column->addWidget(m_countryList, 1);
    m_countryContinue
        = makeButton(m_countryPage, QStringLiteral("kioskCountryContinue"), "primary");
    m_countryContinue->setDefault(true);
    connect(m_countryContinue, &QPushButton::clicked, this, [this] { showPage(Page::Phone); });
    column->addWidget(m_countryContinue);
    fillCountryList({});
    addWidget(m_countryPage);
}

void KioskVisit::fillCountryList(const QString &search)
{
    m_countryList->clear();
    QList<Country> shown;
    if (search.trimmed().isEmpty()) {
        shown = m_countries;
    } else {
        for (const Country &c : std::as_const(m_countries)) {
            if (CountryList::matches(c, search.trimmed()))
                shown.append(c);
        }
    }
    for (const Country &c : std::as_const(shown)) {
        auto *item = new QListWidgetItem(countryText(c), m_countryList);
        item->setData(Qt::UserRole, c.region);
        item->setData(
            //: A country's row in the kiosk, for screen readers. %2 is its calling code ("+44").
            Qt::AccessibleTextRole,
            tr("%1, calling code %2").arg(c.name, Bidi::number(u'+' + c.callingCode)));
        item->setSizeHint(QSize(0, m_metrics.touch * 6 / 5));
        if (c.region == m_region)
            m_countryList->setCurrentItem(item);
    }
}

void KioskVisit::buildPhonePage()
{
    m_phonePage = new QWidget(this);
    m_phonePage->setObjectName(QStringLiteral("kioskPhonePage"));
    auto *fields = new QWidget(m_phonePage);
    auto *column = new QVBoxLayout(fields);
    column->addStretch(1);
    auto *title = makeLabel(fields, QStringLiteral("kioskPhoneTitle"), "title");
    //: Title of the kiosk's phone screen.
    title->setText(tr("Your mobile number"));
    column->addWidget(title);
    auto *hint = makeLabel(fields, QStringLiteral("kioskPhoneHint"));
    //: Under the title of the kiosk's phone screen.
    hint->setText(tr("We send you a code by text message."));
    GuiStyle::setDimmed(hint);
    column->addWidget(hint);
    m_countryButton = makeButton(fields, QStringLiteral("kioskCountryButton"));
    m_countryButton->setVisible(offersCountryChoice());
    connect(m_countryButton, &QPushButton::clicked, this, [this] {
        m_countrySearch->clear();
        fillCountryList({});
        showPage(Page::Country);
    });
    column->addWidget(m_countryButton);
    m_phoneEdit = new QLineEdit(fields);
    m_phoneEdit->setObjectName(QStringLiteral("phoneEdit"));
    KioskMetrics::setRole(m_phoneEdit, "large");
    m_phoneEdit->setAlignment(Qt::AlignCenter);
    m_phoneEdit->setLayoutDirection(Qt::LeftToRight); // a number reads left to right everywhere
    m_phoneEdit->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    m_phoneEdit->setContextMenuPolicy(Qt::NoContextMenu);
    //: Placeholder of the kiosk's phone number field.
    m_phoneEdit->setPlaceholderText(tr("Mobile number"));
    m_phoneEdit->setAccessibleName(tr("Mobile number"));
    connect(m_phoneEdit, &QLineEdit::textEdited, this, &KioskVisit::onNumberEdited);
    connect(m_phoneEdit, &QLineEdit::returnPressed, this, &KioskVisit::sendCode);
    column->addWidget(m_phoneEdit);
    m_phoneMessage = new MessagePanel(fields);
    m_phoneMessage->setObjectName(QStringLiteral("kioskPhoneMessage"));
    column->addWidget(m_phoneMessage);
    m_cancel = makeButton(fields, QStringLiteral("kioskCancelButton"));
    //: On the kiosk's phone screen: back to the start without signing in.
    m_cancel->setText(tr("Cancel"));
    column->addWidget(m_cancel, 0, Qt::AlignHCenter);
    connect(m_cancel, &QPushButton::clicked, this, &KioskVisit::cancelled);
    column->addStretch(1);

    m_phoneKeypad = new DigitKeypad(m_phonePage);
    //: The kiosk keypad's wide key on the phone screen.
    m_phoneKeypad->setEnterText(tr("Send code"));
    m_phoneKeypad->setTargetResolver([this] { return keypadTarget(); });
    addWidget(withKeypad(m_phonePage, fields, m_phoneKeypad));
    updatePhone();
}

void KioskVisit::buildCodePage()
{
    m_codePage = new QWidget(this);
    m_codePage->setObjectName(QStringLiteral("kioskCodePage"));
    auto *fields = new QWidget(m_codePage);
    auto *column = new QVBoxLayout(fields);
    column->addStretch(1);
    auto *title = makeLabel(fields, QStringLiteral("kioskCodeTitle"), "title");
    //: Title of the kiosk's code screen.
    title->setText(tr("Enter the code"));
    column->addWidget(title);
    m_sentTo = makeLabel(fields, QStringLiteral("sentToLabel"));
    column->addWidget(m_sentTo);
    m_codeBoxes = new KioskCodeBoxes(fields);
    m_codeBoxes->setObjectName(QStringLiteral("codeEdit"));
    KioskMetrics::setRole(m_codeBoxes, "code");
    m_codeBoxes->setAccessibleName(tr("Code"));
    connect(m_codeBoxes, &CodeEdit::completed, this, &KioskVisit::submitCode);
    connect(m_codeBoxes, &QLineEdit::returnPressed, this, &KioskVisit::submitCode);
    connect(m_codeBoxes, &CodeEdit::codeEdited, this, [this] {
        m_codeMessage->clear();
        updateCode();
    });
    column->addWidget(m_codeBoxes, 0, Qt::AlignHCenter);
    m_expiry = makeLabel(fields, QStringLiteral("kioskExpiryLabel"), "large");
    column->addWidget(m_expiry);
    m_attempts = makeLabel(fields, QStringLiteral("kioskAttemptsLabel"));
    column->addWidget(m_attempts);
    m_codeMessage = new MessagePanel(fields);
    m_codeMessage->setObjectName(QStringLiteral("kioskCodeMessage"));
    m_codeMessage->setActionObjectName(QStringLiteral("kioskRetryButton"));
    connect(m_codeMessage, &MessagePanel::actionTriggered, this, [this] {
        m_codeMessage->clear();
        m_session.retryUserCheck();
    });
    column->addWidget(m_codeMessage);
    auto *actions = new QHBoxLayout;
    m_resend = makeButton(fields, QStringLiteral("kioskResendButton"));
    connect(m_resend, &QPushButton::clicked, this, [this] {
        m_codeMessage->clear();
        m_session.resendCode();
    });
    m_call = makeButton(fields, QStringLiteral("kioskCallButton"));
    //: On the kiosk's code screen, after a second text message: have the code read out by a call.
    m_call->setText(tr("Call me instead"));
    connect(m_call, &QPushButton::clicked, this, [this] {
        m_codeMessage->clear();
        m_session.callInstead();
    });
    m_changeNumber = makeButton(fields, QStringLiteral("kioskChangeNumberButton"));
    //: On the kiosk's code screen: back to the number.
    m_changeNumber->setText(tr("Change number"));
    connect(m_changeNumber, &QPushButton::clicked, this, &KioskVisit::changeNumber);
    actions->addWidget(m_changeNumber);
    actions->addWidget(m_resend);
    actions->addWidget(m_call);
    column->addLayout(actions);
    column->addStretch(1);

    m_codeKeypad = new DigitKeypad(m_codePage);
    //: The kiosk keypad's wide key on the code screen.
    m_codeKeypad->setEnterText(tr("Sign in"));
    m_codeKeypad->setTargetResolver([this] { return keypadTarget(); });
    addWidget(withKeypad(m_codePage, fields, m_codeKeypad));
}

QWidget *KioskVisit::withKeypad(QWidget *page, QWidget *fields, DigitKeypad *keypad)
{
    // The keypad's wide key is the screen's one primary action.
    keypad->key(QStringLiteral("keypadEnter"))->setDefault(true);
    auto *layout = new QBoxLayout(QBoxLayout::LeftToRight, page);
    layout->addStretch(1);
    layout->addWidget(fields, 4);
    layout->addWidget(keypad, 3, Qt::AlignCenter);
    layout->addStretch(1);
    return page;
}

void KioskVisit::applyMetrics(const KioskMetrics &metrics)
{
    m_metrics = metrics;
    metrics.apply(this);
    // Portrait: the keypad under the fields; landscape: beside them (mirrored right to left).
    for (QWidget *page : { m_phonePage, m_codePage }) {
        auto *layout = static_cast<QBoxLayout *>(page->layout());
        layout->setDirection(metrics.portrait ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight);
        layout->setSpacing(metrics.gap * 3);
        layout->setContentsMargins(metrics.gap * 2, 0, metrics.gap * 2, metrics.gap * 2);
        layout->itemAt(1)->widget()->setMaximumWidth(metrics.touch * 12);
        // As wide as its keys need (they grow with the font), and no wider than a hand spans.
        QWidget *keypad = layout->itemAt(2)->widget();
        keypad->setMaximumWidth(qMax(metrics.touch * 7, keypad->minimumSizeHint().width()));
        static_cast<QBoxLayout *>(layout->itemAt(1)->widget()->layout())->setSpacing(metrics.gap);
    }
    m_countryPage->layout()->setSpacing(metrics.gap);
    m_countryPage->setMaximumWidth(QWIDGETSIZE_MAX);
    m_countryPage->layout()->setContentsMargins(metrics.touch, 0, metrics.touch, metrics.gap * 2);
    for (int i = 0; i < m_countryList->count(); ++i)
        m_countryList->item(i)->setSizeHint(QSize(0, metrics.touch * 6 / 5));
}

KioskVisit::Page KioskVisit::page() const
{
    QWidget *w = currentWidget();
    if (w == m_countryPage)
        return Page::Country;
    return w == m_codePage ? Page::Code : Page::Phone;
}

DigitKeypad *KioskVisit::keypad() const
{
    switch (page()) {
    case Page::Phone:
        return m_phoneKeypad;
    case Page::Code:
        return m_codeKeypad;
    case Page::Country:
        break;
    }
    return nullptr;
}

QWidget *KioskVisit::keypadTarget() const
{
    QLineEdit *edit = page() == Page::Phone ? m_phoneEdit
        : page() == Page::Code              ? static_cast<QLineEdit *>(m_codeBoxes)
                                            : nullptr;
    if (edit && edit->isVisible() && edit->isEnabled() && !edit->isReadOnly())
        return edit;
    return nullptr;
}

void KioskVisit::showPage(Page page)
{
    setCurrentWidget(page == Page::Country ? m_countryPage
            : page == Page::Code           ? m_codePage
                                           : m_phonePage);
    if (page == Page::Country) {
        if (QListWidgetItem *item = m_countryList->currentItem())
            m_countryList->scrollToItem(item, QAbstractItemView::PositionAtCenter);
    }
    emit pageChanged(page);
}

void KioskVisit::chooseCountry(const QString &region)
{
    for (const Country &c : std::as_const(m_countries)) {
        if (c.region != region)
            continue;
        m_region = region;
        m_countryButton->setText(countryText(c));
        //: The kiosk's country button, for screen readers.
        m_countryButton->setAccessibleName(tr("Country: %1, calling code %2. Touch to change.")
                                               .arg(c.name, Bidi::number(u'+' + c.callingCode)));
        //: The country screen's primary button: keep this country. %1 is its name.
        m_countryContinue->setText(tr("Continue with %1").arg(c.name));
        m_formatter = std::make_unique<AsYouTypeFormatter>(region);
        m_previousNumber.clear();
        onNumberEdited(m_phoneEdit->text());
        return;
    }
}

void KioskVisit::onNumberEdited(const QString &text)
{
    QString raw = significant(text);
    // Backspace after a space the formatter put there deletes the digit before it.
    if (text.size() < m_previousNumber.size() && raw == significant(m_previousNumber))
        raw.chop(1);
    const QString formatted = raw.isEmpty() ? QString() : m_formatter->format(raw);
    if (formatted != text)
        m_phoneEdit->setText(formatted);
    m_phoneEdit->setCursorPosition(int(formatted.size()));
    m_previousNumber = formatted;
    m_phoneMessage->clear();
    updatePhone();
}

void KioskVisit::sendCode()
{
    const SignInSession::State state = m_session.state();
    if (state != SignInSession::State::Idle)
        return; // already sending: one request however often it is touched
    const PhoneNumber number = PhoneNumber::parse(m_phoneEdit->text(), m_region);
    if (!number.isValid()) {
        m_phoneMessage->showError(number.error());
        return;
    }
    m_phoneMessage->clear();
    m_session.requestCode(number);
}

void KioskVisit::submitCode()
{
    if (m_session.state() != SignInSession::State::AwaitingCode)
        return;
    const QString code = m_codeBoxes->code();
    if (code.size() < m_codeBoxes->expectedLength() && !OtpCode::isAcceptable(code)) {
        //: On the kiosk's code screen, when Sign in is touched too early.
        m_codeMessage->showMessage(MessagePanel::Tone::Warning,
            tr("Type all %n digits of the code.", nullptr, m_codeBoxes->expectedLength()));
        return;
    }
    m_codeMessage->clear();
    m_session.submitCode(code);
}

void KioskVisit::changeNumber()
{
    m_session.cancel();
    m_session.changeNumber();
    m_codeBoxes->clear();
    m_codeMessage->clear();
    showPage(Page::Phone);
}

void KioskVisit::onStateChanged(SignInSession::State state)
{
    using State = SignInSession::State;
    if (state == State::StoreFailed) {
        // The kiosk hands the token to its application or forgets it at the reset: memory is
        // where it belongs when the keychain (KioskKeepTokenInKeychain) refuses it.
        m_session.keepTokenForSession();
        return;
    }
    if (state == State::RequestingCode && page() == Page::Phone)
        //: While the kiosk asks the server for a code.
        m_phoneMessage->showMessage(MessagePanel::Tone::Info, tr("Sending the code…"));
    else if (state == State::Verifying)
        //: While the kiosk checks the code with the server.
        m_codeMessage->showMessage(MessagePanel::Tone::Info, tr("Checking the code…"));
    else if (state == State::RequestingCode)
        m_codeMessage->showMessage(MessagePanel::Tone::Info, tr("Sending a new code…"));
    else if (state == State::AwaitingCode && m_codeMessage->tone() == MessagePanel::Tone::Info)
        m_codeMessage->clear();
    updatePhone();
    updateCode();
}

void KioskVisit::onCodeSent(bool resent)
{
    m_codeBoxes->clear();
    m_wrongCodes = 0;
    updateCode();
    if (resent) {
        m_codeMessage->showMessage(MessagePanel::Tone::Info,
            m_session.codeByCall()
                //: After "Call me instead" on the kiosk. %1 is the masked number.
                ? tr("Your phone %1 will ring in a moment: a voice reads the code.")
                      .arg(Bidi::number(m_session.phone().masked()))
                //: After "Send a new code" on the kiosk. %1 is the masked number.
                : tr("A new code is on its way to %1.")
                      .arg(Bidi::number(m_session.phone().masked())));
    } else {
        m_phoneMessage->clear();
        showPage(Page::Code);
    }
}

void KioskVisit::onFailed(SignInSession::Step step, const Error &error)
{
    using Step = SignInSession::Step;
    if (step == Step::RequestCode) {
        const PhoneNumber typed = PhoneNumber::parse(m_phoneEdit->text(), m_region);
        const qint64 waitMs = error.kind() == Error::Kind::RateLimited && typed.isValid()
            ? m_session.cooldownRemainingMs(typed.e164())
            : 0;
        if (waitMs > 0)
            m_phoneMessage->showCountdown(
                error, m_session.clock(), m_session.clock().nowMs() + waitMs);
        else
            m_phoneMessage->showError(error);
    } else if (step == Step::Verify || step == Step::Resend) {
        if (step == Step::Verify) {
            ++m_wrongCodes;
            m_codeBoxes->clear();
        }
        m_codeMessage->showError(error);
    } else if (step == Step::CheckUser) {
        m_codeMessage->showError(error);
        //: On the kiosk's code screen, when the sign-in could not be checked.
        m_codeMessage->showAction(tr("Try again"));
    } else {
        return;
    }
    updatePhone();
    updateCode();
}

void KioskVisit::updatePhone()
{
    const bool idle = m_session.state() == SignInSession::State::Idle;
    const bool waiting = m_phoneMessage->isCountingDown();
    m_phoneKeypad->key(QStringLiteral("keypadEnter"))
        ->setEnabled(idle && !waiting && !significant(m_phoneEdit->text()).isEmpty());
    m_phoneEdit->setReadOnly(!idle);
    m_countryButton->setEnabled(idle);
}

void KioskVisit::updateCode()
{
    using State = SignInSession::State;
    const State state = m_session.state();
    const int configured = m_config.integer(Key::CodeLength);
    const int length = m_session.codeLength() > 0 ? m_session.codeLength()
        : configured > 0                          ? configured
                                                  : 6;
    if (m_codeBoxes->expectedLength() != length)
        m_codeBoxes->setBoxCount(length);
    const QString masked = Bidi::number(m_session.phone().masked());
    m_sentTo->setText(m_session.codeByCall()
            //: On the kiosk's code screen after a call. %1 is the masked number.
            ? tr("We are calling %1 with your code.").arg(masked)
            //: On the kiosk's code screen. %1 is the number with most digits hidden.
            : tr("We sent a code to %1.").arg(masked));
    GuiStyle::setAccessibleText(m_sentTo, m_sentTo->text());
    GuiStyle::setAccessibleText(m_codeBoxes,
        //: The kiosk's code boxes, for screen readers: %1 digits typed of %2.
        tr("Code, %1 of %2 digits").arg(m_codeBoxes->code().size()).arg(length));

    const qint64 expiresMs = m_session.codeExpiresInMs();
    const int expirySeconds = int((expiresMs + 999) / 1000);
    if (expiresMs < 0) {
        m_expiry->hide();
    } else {
        m_expiry->setText(expirySeconds > 0
                //: The kiosk's code countdown; %1 is minutes:seconds ("4:59").
                ? tr("Code expires in %1")
                      .arg(QStringLiteral("%1:%2")
                               .arg(expirySeconds / 60)
                               .arg(expirySeconds % 60, 2, 10, QLatin1Char('0')))
                : tr("This code has expired. Ask for a new one."));
        GuiStyle::setAccessibleText(m_expiry,
            expirySeconds > 0 ? tr("The code expires in about %n minute(s).", nullptr,
                qMax(1, (expirySeconds + 59) / 60))
                              : m_expiry->text());
        GuiStyle::setToneText(
            m_expiry, expirySeconds > 60 ? GuiStyle::Tone::Neutral : GuiStyle::Tone::Warning);
        m_expiry->show();
    }
    const int left = m_session.attemptsLeft();
    m_attempts->setVisible(left >= 0 && (m_wrongCodes > 0 || left <= 3));
    //: On the kiosk's code screen; %n is how many more codes the server will check.
    m_attempts->setText(tr("%n tries left", nullptr, left));
    GuiStyle::setToneText(
        m_attempts, left <= 2 ? GuiStyle::Tone::Warning : GuiStyle::Tone::Neutral);

    const bool awaiting = state == State::AwaitingCode;
    const qint64 waitMs = m_session.resendAvailableInMs();
    if (waitMs > 0) {
        //: The kiosk's resend button while it waits; %n is seconds.
        m_resend->setText(tr("New code in %n s", nullptr, int((waitMs + 999) / 1000)));
        GuiStyle::setAccessibleText(m_resend, tr("Send a new code"),
            tr("Not available yet: a new code can be asked for in a moment."));
    } else {
        //: The kiosk's resend button.
        m_resend->setText(tr("Send a new code"));
        GuiStyle::setAccessibleText(m_resend, tr("Send a new code"));
    }
    m_resend->setEnabled(awaiting && waitMs <= 0);
    m_call->setVisible(m_session.canCallInstead());
    m_call->setEnabled(awaiting && waitMs <= 0);
    m_changeNumber->setEnabled(state != State::Storing && state != State::SignedIn);
    m_codeBoxes->setEnabled(awaiting || state == State::Verifying);
    m_codeBoxes->setReadOnly(!awaiting);
    m_codeKeypad->key(QStringLiteral("keypadEnter"))
        ->setEnabled(awaiting && expiresMs != 0 && !m_codeBoxes->code().isEmpty());
}

void KioskVisit::tick()
{
    if (page() == Page::Code)
        updateCode();
    else if (page() == Page::Phone)
        updatePhone();
}
