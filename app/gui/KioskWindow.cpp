#include "KioskWindow.h"
#include "ConfigKeys.h"

#include "Config.h"
#include "DigitKeypad.h"
#include "DirectusClient.h"
#include "GuiStyle.h"
#include "KioskPin.h"
#include "KioskPinPanel.h"
#include "KioskSession.h"
#include "MessagePanel.h"
#include "NetworkLog.h"
#include "SignInSession.h"
#include "SignInWizard.h"
#include "TokenStore.h"

#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMouseEvent>
#include <QPainter>
#include <QPixmapCache>
#include <QPushButton>
#include <QScreen>
#include <QStackedWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWindowStateChangeEvent>

namespace {
// The dimmed layer over the whole window with the idle countdown in a card.
class IdleWarning : public QWidget
{
public:
    explicit IdleWarning(QWidget *parent)
        : QWidget(parent)
    {
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.fillRect(rect(), QColor(0, 0, 0, 150));
    }
};

// Stands in for the wizard's Cancel button, which its custom button layouts would show again.
class NeverShownButton : public QPushButton
{
public:
    explicit NeverShownButton(QWidget *parent)
        : QPushButton(parent)
    {
    }
    void setVisible(bool) override { QPushButton::setVisible(false); }
};
} // namespace

KioskWindow::KioskWindow(const KioskContext &context, WizardFactory makeWizard, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_makeWizard(std::move(makeWizard))
    , m_kiosk(context.kiosk)
{
    setObjectName(QStringLiteral("kioskWindow"));
    setWindowFlags(Qt::Window | Qt::FramelessWindowHint | Qt::WindowStaysOnTopHint);
    //: The kiosk window's title (seen by accessibility tools; the window has no frame).
    setWindowTitle(tr("Directus Login kiosk"));
    setAutoFillBackground(true);

    Config &config = m_context.config;
    m_complete = config.isComplete();

    const int unit = fontMetrics().height();
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(unit, unit / 2, unit, unit);
    auto *topBar = new QHBoxLayout;
    topBar->addStretch(1);
    m_adminButton = new QToolButton(this);
    m_adminButton->setObjectName(QStringLiteral("kioskAdminButton"));
    //: The small button in the kiosk's corner that asks for the administrator PIN.
    m_adminButton->setText(tr("Administrator"));
    m_adminButton->setAccessibleName(tr("Administrator: leave kiosk mode (needs the PIN)"));
    m_adminButton->setAutoRaise(true);
    m_adminButton->setFocusPolicy(Qt::NoFocus);
    m_adminButton->setMinimumHeight(unit * 2);
    topBar->addWidget(m_adminButton);
    outer->addLayout(topBar);

    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("kioskStack"));
    outer->addWidget(m_stack, 1);

    // Sign-in: the wizard with the keypad under it (beside it when the screen is too low).
    m_signInPage = new QWidget(m_stack);
    m_signInPage->setObjectName(QStringLiteral("kioskSignInPage"));
    auto *signInRow = new QHBoxLayout(m_signInPage);
    signInRow->setContentsMargins(0, 0, 0, 0);
    auto *columnWidget = new QWidget(m_signInPage);
    columnWidget->setMaximumWidth(unit * 44);
    signInRow->addStretch(1);
    signInRow->addWidget(columnWidget, 4);
    signInRow->addStretch(1);
    m_column = new QVBoxLayout(columnWidget);
    m_column->setContentsMargins(0, 0, 0, 0);
    m_column->setSpacing(unit);
    m_keypad = new DigitKeypad(columnWidget);
    m_keypad->setMaximumWidth(unit * 26);
    m_keypad->setTargetResolver([this] {
        focusKeypadTarget(); // a tap elsewhere (the country field) may have taken the focus
        return keypadTarget();
    });
    m_column->addWidget(m_keypad, 0, Qt::AlignHCenter);
    m_stack->addWidget(m_signInPage);

    // Welcome.
    m_welcomePage = new QWidget(m_stack);
    m_welcomePage->setObjectName(QStringLiteral("kioskWelcomePage"));
    auto *welcome = new QVBoxLayout(m_welcomePage);
    welcome->setSpacing(unit * 2);
    welcome->addStretch(1);
    m_welcomeLabel = new QLabel(m_welcomePage);
    m_welcomeLabel->setObjectName(QStringLiteral("kioskWelcomeLabel"));
    m_welcomeLabel->setAlignment(Qt::AlignCenter);
    m_welcomeLabel->setWordWrap(true);
    GuiStyle::scaleFont(m_welcomeLabel, 3.0, true);
    welcome->addWidget(m_welcomeLabel);
    m_welcomeHint = new QLabel(m_welcomePage);
    m_welcomeHint->setObjectName(QStringLiteral("kioskWelcomeHint"));
    m_welcomeHint->setAlignment(Qt::AlignCenter);
    GuiStyle::scaleFont(m_welcomeHint, 1.4);
    GuiStyle::setDimmed(m_welcomeHint);
    welcome->addWidget(m_welcomeHint);
    //: On the kiosk's welcome screen: clears it now for the next person.
    m_doneButton = new QPushButton(tr("Done"), m_welcomePage);
    m_doneButton->setObjectName(QStringLiteral("kioskDoneButton"));
    m_doneButton->setMinimumSize(unit * 12, DigitKeypad::minimumKeySize());
    GuiStyle::scaleFont(m_doneButton, 1.4, true);
    welcome->addWidget(m_doneButton, 0, Qt::AlignHCenter);
    welcome->addStretch(1);
    m_stack->addWidget(m_welcomePage);

    // Hand-off to the kiosk's application.
    m_handOffPage = new QWidget(m_stack);
    m_handOffPage->setObjectName(QStringLiteral("kioskHandOffPage"));
    auto *handOff = new QVBoxLayout(m_handOffPage);
    handOff->setSpacing(unit * 2);
    handOff->addStretch(1);
    m_handOffLabel = new QLabel(m_handOffPage);
    m_handOffLabel->setObjectName(QStringLiteral("kioskHandOffLabel"));
    m_handOffLabel->setAlignment(Qt::AlignCenter);
    m_handOffLabel->setWordWrap(true);
    GuiStyle::scaleFont(m_handOffLabel, 2.0, true);
    handOff->addWidget(m_handOffLabel);
    m_handOffMessage = new MessagePanel(m_handOffPage);
    m_handOffMessage->setObjectName(QStringLiteral("kioskHandOffMessage"));
    m_handOffMessage->setMaximumWidth(unit * 44);
    auto *handOffRow = new QHBoxLayout;
    handOffRow->addStretch(1);
    handOffRow->addWidget(m_handOffMessage, 4);
    handOffRow->addStretch(1);
    handOff->addLayout(handOffRow);
    handOff->addStretch(1);
    m_stack->addWidget(m_handOffPage);

    // Not set up: the Server page is never shown in a kiosk.
    m_notSetUpPage = new QWidget(m_stack);
    m_notSetUpPage->setObjectName(QStringLiteral("kioskNotSetUpPage"));
    auto *notSetUp = new QVBoxLayout(m_notSetUpPage);
    notSetUp->setSpacing(unit * 2);
    notSetUp->addStretch(1);
    auto *notSetUpLabel = new QLabel(m_notSetUpPage);
    notSetUpLabel->setObjectName(QStringLiteral("kioskNotSetUpLabel"));
    //: Full-screen message of a kiosk whose configuration is incomplete.
    notSetUpLabel->setText(tr("This kiosk is not set up; ask the administrator."));
    notSetUpLabel->setAlignment(Qt::AlignCenter);
    notSetUpLabel->setWordWrap(true);
    GuiStyle::scaleFont(notSetUpLabel, 2.2, true);
    notSetUp->addWidget(notSetUpLabel);
    auto *notSetUpDetail = new QLabel(m_notSetUpPage);
    notSetUpDetail->setObjectName(QStringLiteral("kioskNotSetUpDetail"));
    notSetUpDetail->setAlignment(Qt::AlignCenter);
    notSetUpDetail->setWordWrap(true);
    GuiStyle::setDimmed(notSetUpDetail);
    const auto options = config.clientOptions();
    if (!options.ok())
        notSetUpDetail->setText(options.error().message());
    notSetUp->addWidget(notSetUpDetail);
    notSetUp->addStretch(1);
    m_stack->addWidget(m_notSetUpPage);

    // Overlays.
    m_warning = new IdleWarning(this);
    m_warning->setObjectName(QStringLiteral("kioskIdleWarning"));
    auto *warningOuter = new QVBoxLayout(m_warning);
    auto *warningCard = new QFrame(m_warning);
    warningCard->setAutoFillBackground(true);
    warningCard->setFrameShape(QFrame::StyledPanel);
    warningCard->setMaximumWidth(unit * 36);
    auto *warningLayout = new QVBoxLayout(warningCard);
    warningLayout->setContentsMargins(unit * 2, unit * 2, unit * 2, unit * 2);
    warningLayout->setSpacing(unit);
    auto *warningTitle = new QLabel(warningCard);
    //: Title of the kiosk's idle warning.
    warningTitle->setText(tr("Are you still there?"));
    warningTitle->setAlignment(Qt::AlignCenter);
    GuiStyle::scaleFont(warningTitle, 2.0, true);
    warningLayout->addWidget(warningTitle);
    m_warningLabel = new QLabel(warningCard);
    m_warningLabel->setObjectName(QStringLiteral("kioskIdleWarningLabel"));
    m_warningLabel->setAlignment(Qt::AlignCenter);
    m_warningLabel->setWordWrap(true);
    GuiStyle::scaleFont(m_warningLabel, 1.4);
    warningLayout->addWidget(m_warningLabel);
    // Stretches rather than alignment, so that the wrapped text gets the height it needs.
    auto *warningRow = new QHBoxLayout;
    warningRow->addStretch(1);
    warningRow->addWidget(warningCard, 4);
    warningRow->addStretch(1);
    warningOuter->addStretch(1);
    warningOuter->addLayout(warningRow);
    warningOuter->addStretch(1);
    m_warning->hide();

    // Only the system file may hold the PIN: a user file cannot let itself out.
    const QString pinHash = config.source(Key::KioskPinHash) == Config::Source::System
        ? config.string(Key::KioskPinHash)
        : QString();
    m_pinPanel = new KioskPinPanel(pinHash, config.describe(), m_context.clock, this);

    connect(m_adminButton, &QToolButton::clicked, this, &KioskWindow::openAdministration);
    connect(m_doneButton, &QPushButton::clicked, this, &KioskWindow::reset);
    // Back from the panel (Cancel, "Back to the sign-in", Escape): the keys go to the page's field.
    connect(m_pinPanel, &KioskPinPanel::closed, this, &KioskWindow::focusKeypadTarget);
    connect(m_pinPanel, &KioskPinPanel::leaveRequested, this, [this] {
        m_leaving = true;
        emit leaveRequested();
    });
    KioskIdleTimer &idle = m_kiosk.idle();
    connect(&idle, &KioskIdleTimer::warningStarted, this, &KioskWindow::showWarning);
    connect(&idle, &KioskIdleTimer::countdownChanged, this, &KioskWindow::showWarning);
    connect(&idle, &KioskIdleTimer::warningCancelled, this, &KioskWindow::hideWarning);
    connect(&idle, &KioskIdleTimer::expired, this, &KioskWindow::reset);
    connect(&m_kiosk, &KioskSession::deadlineReached, this, &KioskWindow::reset);
    connect(&m_kiosk, &KioskSession::ticked, this, &KioskWindow::updateCountdown);
    connect(&m_context.session, &SignInSession::signedIn, this, &KioskWindow::onSignedIn);
    connect(&m_kiosk.handOff(), &KioskHandOff::started, this, [this] {
        // The application has the screen until it exits.
        hide();
    });
    connect(&m_kiosk.handOff(), &KioskHandOff::finished, this, &KioskWindow::onHandOffFinished);
    connect(&m_kiosk.handOff(), &KioskHandOff::failed, this, &KioskWindow::onHandOffFailed);
    if (QClipboard *clipboard = QGuiApplication::clipboard()) {
        connect(clipboard, &QClipboard::changed, this,
            [this](QClipboard::Mode mode) { noteClipboardChange(int(mode)); });
    }

    if (m_complete)
        buildWizard();
    setScreen(m_complete ? Screen::SignIn : Screen::NotSetUp);
    qApp->installEventFilter(this);
}

KioskWindow::~KioskWindow()
{
    qApp->removeEventFilter(this);
    delete m_wizard;
}

void KioskWindow::enlargeApplicationFont()
{
    QApplication::setFont(GuiStyle::scaledFont(QApplication::font(), 1.25));
}

void KioskWindow::showKiosk()
{
    if (QScreen *s = screen())
        setGeometry(s->geometry());
    showFullScreen();
    activateWindow();
    placeOverlays();
    focusKeypadTarget();
    m_kiosk.start();
}

void KioskWindow::buildWizard()
{
    std::unique_ptr<SignInWizard> made = m_makeWizard();
    SignInWizard *wizard = made.release();
    m_wizard = wizard;
    // Closing is the administrator's, through the PIN; there is no Cancel in a kiosk.
    wizard->setOption(QWizard::NoCancelButton, true);
    wizard->setButton(QWizard::CancelButton, new NeverShownButton(wizard));
    // No network log, report, profiles or About: nothing about other people or the setup.
    wizard->setKioskMode(true);
    wizard->setMinimumSize(0, 0);
    m_column->insertWidget(0, wizard, 1);
    wizard->show();
    connect(wizard, &QWizard::currentIdChanged, this, &KioskWindow::onCurrentIdChanged);
    // Anything that would close the wizard (a Close button, a dialog's accept) starts over.
    connect(wizard, &QDialog::finished, this,
        [this] { QTimer::singleShot(0, this, &KioskWindow::reset); });
    onCurrentIdChanged(wizard->currentId());
}

void KioskWindow::setScreen(Screen screen)
{
    m_screen = screen;
    switch (screen) {
    case Screen::SignIn:
        m_stack->setCurrentWidget(m_signInPage);
        break;
    case Screen::Welcome:
        m_stack->setCurrentWidget(m_welcomePage);
        break;
    case Screen::HandOff:
        m_stack->setCurrentWidget(m_handOffPage);
        break;
    case Screen::NotSetUp:
        m_stack->setCurrentWidget(m_notSetUpPage);
        break;
    }
    // The kiosk's timer runs while it is on screen (idle, and the screens that clear themselves).
}

void KioskWindow::onCurrentIdChanged(int id)
{
    if (id == SignInWizard::ServerPageId) {
        // Never in a kiosk: the administrator configures the system file instead.
        setScreen(Screen::NotSetUp);
        return;
    }
    m_keypad->setVisible(id == SignInWizard::PhonePageId || id == SignInWizard::CodePageId);
    if (id == SignInWizard::PhonePageId) {
        //: The keypad's Enter key on the phone page.
        m_keypad->setEnterText(tr("Send code"));
    } else if (id == SignInWizard::CodePageId) {
        //: The keypad's Enter key on the code page.
        m_keypad->setEnterText(tr("Sign in"));
    }
    // After the wizard has put the focus on the new page (it does so after this signal).
    QTimer::singleShot(0, this, &KioskWindow::focusKeypadTarget);
}

QWidget *KioskWindow::keypadTarget() const
{
    if (!m_wizard || m_screen != Screen::SignIn)
        return nullptr;
    // The page's own field, never whatever has the focus: the country field is a line edit too,
    // and digits typed into its search strand the person (issue 23).
    QWizardPage *page = m_wizard->currentPage();
    if (!page)
        return nullptr;
    for (const QString &name : { QStringLiteral("phoneEdit"), QStringLiteral("codeEdit") }) {
        auto *edit = page->findChild<QLineEdit *>(name);
        if (edit && edit->isVisible() && edit->isEnabled() && !edit->isReadOnly())
            return edit;
    }
    return nullptr;
}

void KioskWindow::focusKeypadTarget()
{
    if (!isVisible() || m_pinPanel->isVisible())
        return;
    if (QApplication::activePopupWidget())
        return; // the country list is open: it has the keys until it closes
    if (QWidget *target = keypadTarget()) {
        if (QApplication::focusWidget() != target)
            target->setFocus(Qt::OtherFocusReason);
    }
}

void KioskWindow::onSignedIn(const UserInfo &user)
{
    // (KioskSession puts back the number the wizard remembers in the user file.)
    m_kiosk.idle().stop();
    hideWarning();
    if (m_kiosk.hasApplication()) {
        startHandOff();
        return;
    }
    const QString first = user.firstName.trimmed();
    //: The kiosk's welcome after sign-in. %1 is the person's first name.
    m_welcomeLabel->setText(first.isEmpty() ? tr("Welcome") : tr("Welcome, %1").arg(first));
    m_welcomeLabel->setAccessibleName(m_welcomeLabel->text());
    const int seconds = qMax(1, m_context.config.integer(Key::KioskWelcomeSeconds));
    m_kiosk.setDeadlineIn(qint64(seconds) * 1000);
    setScreen(Screen::Welcome);
    updateCountdown();
    m_doneButton->setFocus(Qt::OtherFocusReason);
}

void KioskWindow::startHandOff()
{
    m_handingOff = true;
    m_kiosk.clearDeadline();
    m_handOffMessage->clear();
    //: While the kiosk starts its application after sign-in.
    m_handOffLabel->setText(tr("Opening…"));
    setScreen(Screen::HandOff);
    m_kiosk.startApplication();
}

void KioskWindow::onHandOffFinished()
{
    m_handingOff = false;
    reset();
    if (!m_leaving)
        showKiosk();
}

void KioskWindow::onHandOffFailed(const Error &error)
{
    m_handingOff = false;
    if (!isVisible() && !m_leaving)
        showKiosk();
    //: The kiosk's application did not start after sign-in.
    m_handOffLabel->setText(tr("Something went wrong"));
    m_handOffMessage->showError(error);
    const int seconds = qMax(10, m_context.config.integer(Key::KioskWelcomeSeconds));
    m_kiosk.setDeadlineIn(qint64(seconds) * 1000);
    setScreen(Screen::HandOff);
}

void KioskWindow::reset()
{
    hideWarning();
    m_pinPanel->close();
    // A fresh wizard: nothing typed, shown or selected by the last person survives. Its
    // destructor quietly cancels whatever it was waiting for.
    delete m_wizard;
    // The sign-in, the stored credential, the remembered number and the log (core); the
    // clipboard (here).
    m_kiosk.wipe();
    wipeClipboard();
    // Qt's pixmap cache (the style's painted frames, keyed by palette) gains entries with every
    // visitor's fresh pages that the next visitor never reuses, up to its 10 MB limit: the soak
    // run measured half of the kiosk's heap growth per visitor there (tests/soak).
    QPixmapCache::clear();
    if (m_complete)
        buildWizard();
    setScreen(m_complete ? Screen::SignIn : Screen::NotSetUp);
    focusKeypadTarget();
    emit resetDone();
}

void KioskWindow::noteClipboardChange(int mode)
{
    // While the kiosk is the active application, only it can change the clipboard.
    if (QGuiApplication::applicationState() == Qt::ApplicationActive && !m_wipingClipboard)
        m_clipboardModes |= 1 << mode;
}

void KioskWindow::wipeClipboard()
{
    QClipboard *clipboard = QGuiApplication::clipboard();
    if (!clipboard)
        return;
    // Only what this application put there (a copied number, a selection in a field).
    m_wipingClipboard = true;
    if (clipboard->ownsClipboard() || (m_clipboardModes & (1 << QClipboard::Clipboard)))
        clipboard->clear(QClipboard::Clipboard);
    if (clipboard->supportsSelection()
        && (clipboard->ownsSelection() || (m_clipboardModes & (1 << QClipboard::Selection))))
        clipboard->clear(QClipboard::Selection);
    m_wipingClipboard = false;
    m_clipboardModes = 0;
}

void KioskWindow::openAdministration()
{
    m_pinPanel->setGeometry(rect());
    m_pinPanel->open();
}

void KioskWindow::checkTimers()
{
    m_kiosk.check();
}

void KioskWindow::updateCountdown()
{
    if (!m_kiosk.hasDeadline())
        return;
    const int seconds = m_kiosk.secondsToDeadline();
    //: Under the kiosk's welcome (or error) message.
    const QString text = tr("This screen clears in %n s.", nullptr, seconds);
    if (m_screen == Screen::Welcome)
        m_welcomeHint->setText(text);
    else if (m_screen == Screen::HandOff)
        m_handOffLabel->setAccessibleDescription(text);
}

void KioskWindow::showWarning(int secondsLeft)
{
    //: The kiosk's idle warning. %n is the number of seconds left.
    m_warningLabel->setText(
        tr("Everything entered here will be cleared in %n s. Touch the screen to continue.",
            nullptr, secondsLeft));
    m_warningLabel->setAccessibleName(m_warningLabel->text());
    m_warning->setGeometry(rect());
    m_warning->show();
    m_warning->raise();
}

void KioskWindow::hideWarning()
{
    const bool wasShown = m_warning->isVisible();
    m_warning->hide();
    if (wasShown)
        focusKeypadTarget();
}

void KioskWindow::placeOverlays()
{
    m_warning->setGeometry(rect());
    m_pinPanel->setGeometry(rect());
    if (m_pinPanel->isVisible())
        m_pinPanel->raise();
    if (m_warning->isVisible())
        m_warning->raise();
}

void KioskWindow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    placeOverlays();
    // The keypad goes under the fields; beside them on a screen too low for both.
    const int needed = (m_wizard ? m_wizard->sizeHint().height() : 0)
        + m_keypad->sizeHint().height() + fontMetrics().height() * 4;
    const bool under = height() >= needed || width() < height();
    const int unit = fontMetrics().height();
    m_column->setDirection(under ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight);
    m_column->setAlignment(m_keypad, under ? Qt::AlignHCenter : Qt::AlignVCenter);
    m_column->parentWidget()->setMaximumWidth(under ? unit * 44 : unit * 80);
    // Side by side, the pair uses the whole width; under, the column stays readable in the middle.
    auto *row = static_cast<QBoxLayout *>(m_signInPage->layout());
    row->setStretch(0, under ? 1 : 0);
    row->setStretch(2, under ? 1 : 0);
}

void KioskWindow::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() != QEvent::WindowStateChange || m_leaving || m_handingOff || !isVisible())
        return;
    const auto *change = static_cast<QWindowStateChangeEvent *>(event);
    if ((change->oldState() & Qt::WindowFullScreen) && !(windowState() & Qt::WindowFullScreen))
        QTimer::singleShot(0, this, &KioskWindow::showKiosk); // a window manager took it away
}

void KioskWindow::closeEvent(QCloseEvent *event)
{
    // Alt+F4, the window manager's close, a session's close request: only the administrator
    // leaves (through the PIN).
    if (m_leaving)
        event->accept();
    else
        event->ignore();
}

void KioskWindow::keepFocusThroughRelayout(QObject *watched, QEvent::Type type)
{
    // QWizard hides its page area for a moment whenever it lays itself out again (a page's
    // title is set on every keystroke of the code); Qt then moves the focus to the next widget
    // outside it, and keys would stop reaching the field. Put it back as soon as it is shown.
    auto *edit = qobject_cast<QLineEdit *>(watched);
    if (!edit || !m_wizard || !m_wizard->isAncestorOf(edit))
        return;
    if (type == QEvent::FocusOut) {
        if (!edit->isVisible())
            m_focusToRestore = edit;
        return;
    }
    if (type != QEvent::Show || m_focusToRestore != edit)
        return;
    m_focusToRestore.clear();
    QWidget *now = QApplication::focusWidget();
    QWidget *page = m_wizard->currentPage();
    if (edit->isEnabled() && page && page->isAncestorOf(edit) && (!now || !page->isAncestorOf(now)))
        edit->setFocus(Qt::OtherFocusReason);
}

bool KioskWindow::isBlocked(const QKeyEvent *event, QObject *receiver) const
{
    Q_UNUSED(receiver)
    const int key = event->key();
    const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
    if (key == Qt::Key_Escape) {
        // Escape may close a popup (the country list) or the administrator panel; nothing else.
        if (QApplication::activePopupWidget())
            return false;
        QWidget *focus = QApplication::focusWidget();
        return !(m_pinPanel->isVisible() && focus && m_pinPanel->isAncestorOf(focus));
    }
    if (key == Qt::Key_F4 && (mods & Qt::AltModifier))
        return true;
    if ((mods & Qt::ControlModifier) && (key == Qt::Key_Q || key == Qt::Key_W))
        return true;
    return event->matches(QKeySequence::Quit) || event->matches(QKeySequence::Close);
}

bool KioskWindow::isActivity(const QEvent *event) const
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonDblClick:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TabletPress:
    case QEvent::Wheel:
        return true;
    case QEvent::MouseMove:
        return static_cast<const QMouseEvent *>(event)->buttons() != Qt::NoButton;
    default:
        return false;
    }
}

bool KioskWindow::eventFilter(QObject *watched, QEvent *event)
{
    const QEvent::Type type = event->type();
    if (type == QEvent::ShortcutOverride || type == QEvent::KeyPress
        || type == QEvent::KeyRelease) {
        if (isBlocked(static_cast<QKeyEvent *>(event), watched)) {
            // Accepting the override keeps the key away from every shortcut; then it is dropped.
            event->accept();
            return true;
        }
    }
    if (type == QEvent::ContextMenu)
        return true; // no Paste of what someone else copied, no Select All
    if (type == QEvent::FocusOut || type == QEvent::Show)
        keepFocusThroughRelayout(watched, type);
    if (m_screen == Screen::SignIn && isVisible() && isActivity(event)) {
        const bool warned = m_kiosk.idle().phase() == KioskIdleTimer::Phase::Warning;
        m_kiosk.idle().noteActivity();
        if (warned)
            return true; // the touch that keeps the session goes no further
    }
    return QWidget::eventFilter(watched, event);
}
