#include "KioskWindow.h"
#include "ConfigKeys.h"

#include "Config.h"
#include "DigitKeypad.h"
#include "DirectusClient.h"
#include "GuiStyle.h"
#include "KioskPin.h"
#include "KioskPinPanel.h"
#include "KioskSession.h"
#include "KioskVisit.h"
#include "MessagePanel.h"
#include "NetworkLog.h"
#include "SignInSession.h"
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
#include <QVBoxLayout>
#include <QWindowStateChangeEvent>

#include <utility>

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

// How long "You are signed in" stays before the kiosk's application opens.
constexpr qint64 SuccessBeforeHandOffMs = 2000;
} // namespace

KioskWindow::KioskWindow(const KioskContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_kiosk(context.kiosk)
{
    setObjectName(QStringLiteral("kioskWindow"));
    setWindowFlags(Qt::Window | Qt::FramelessWindowHint | Qt::WindowStaysOnTopHint);
    //: The kiosk window's title (seen by accessibility tools; the window has no frame).
    setWindowTitle(tr("Directus Login kiosk"));
    setAutoFillBackground(true);
    m_complete = m_context.config.isComplete();

    auto *outer = new QVBoxLayout(this);
    buildTopBar(outer);
    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("kioskStack"));
    outer->addWidget(m_stack, 1);
    m_stack->addWidget(buildStartPage());
    m_stack->addWidget(buildSuccessPage());
    m_stack->addWidget(buildHandOffPage());
    m_stack->addWidget(buildNotSetUpPage());
    buildIdleWarning();

    // Only the system file may hold the PIN: a user file cannot let itself out.
    Config &config = m_context.config;
    const QString pinHash = config.source(Key::KioskPinHash) == Config::Source::System
        ? config.string(Key::KioskPinHash)
        : QString();
    m_pinPanel = new KioskPinPanel(pinHash, config.describe(), m_context.clock, this);

    connect(m_adminButton, &QPushButton::clicked, this, &KioskWindow::openAdministration);
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
    connect(&m_kiosk, &KioskSession::deadlineReached, this, [this] {
        if (m_handOffDue)
            startHandOff();
        else
            reset();
    });
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
        buildVisit();
    setPage(m_complete ? m_startPage : m_notSetUpPage);
    applyMetrics();
    qApp->installEventFilter(this);
}

void KioskWindow::buildTopBar(QVBoxLayout *outer)
{
    auto *topBar = new QHBoxLayout;
    topBar->addStretch(1);
    m_adminButton = new QPushButton(this);
    m_adminButton->setObjectName(QStringLiteral("kioskAdminButton"));
    //: The button in the kiosk's corner that asks for the administrator PIN.
    m_adminButton->setText(tr("Administrator"));
    m_adminButton->setAccessibleName(tr("Administrator: leave kiosk mode (needs the PIN)"));
    m_adminButton->setFlat(true);
    m_adminButton->setFocusPolicy(Qt::NoFocus);
    m_adminButton->setAutoDefault(false);
    topBar->addWidget(m_adminButton);
    outer->addLayout(topBar);
}

QWidget *KioskWindow::buildStartPage()
{
    // The calm screen between people: who runs the kiosk, and the one thing to do.
    m_startPage = new QWidget(m_stack);
    m_startPage->setObjectName(QStringLiteral("kioskStartPage"));
    auto *column = new QVBoxLayout(m_startPage);
    column->addStretch(2);
    const Config &config = m_context.config;
    auto *logo = new QLabel(m_startPage);
    logo->setObjectName(QStringLiteral("kioskLogo"));
    logo->setAlignment(Qt::AlignCenter);
    const QString logoFile = config.string(Key::KioskLogo).trimmed();
    logo->setVisible(!logoFile.isEmpty() && !QPixmap(logoFile).isNull());
    column->addWidget(logo);
    auto *organisation = new QLabel(m_startPage);
    organisation->setObjectName(QStringLiteral("kioskOrganisation"));
    organisation->setAlignment(Qt::AlignCenter);
    organisation->setWordWrap(true);
    organisation->setTextFormat(Qt::PlainText);
    const QString name = config.string(Key::KioskOrganisation).trimmed();
    //: The kiosk's start screen when no organisation is configured (KioskOrganisation).
    organisation->setText(name.isEmpty() ? tr("Sign in with your phone") : name);
    KioskMetrics::setRole(organisation, "title");
    column->addWidget(organisation);
    auto *hint = new QLabel(m_startPage);
    hint->setObjectName(QStringLiteral("kioskStartHint"));
    hint->setAlignment(Qt::AlignCenter);
    hint->setWordWrap(true);
    //: On the kiosk's start screen, under the organisation's name.
    hint->setText(tr("Your mobile number and a code by text message are all it takes."));
    GuiStyle::setDimmed(hint);
    column->addWidget(hint);
    column->addStretch(1);
    auto *start = new QPushButton(m_startPage);
    start->setObjectName(QStringLiteral("kioskStartButton"));
    //: The kiosk's start screen: its one button (a touch anywhere does the same).
    start->setText(tr("Touch to sign in"));
    start->setDefault(true);
    start->setFocusPolicy(Qt::NoFocus);
    KioskMetrics::setRole(start, "primary");
    connect(start, &QPushButton::clicked, this, &KioskWindow::begin);
    column->addWidget(start, 0, Qt::AlignHCenter);
    column->addStretch(2);
    return m_startPage;
}

QWidget *KioskWindow::buildSuccessPage()
{
    m_successPage = new QWidget(m_stack);
    m_successPage->setObjectName(QStringLiteral("kioskSuccessPage"));
    auto *column = new QVBoxLayout(m_successPage);
    column->addStretch(1);
    auto *badge = new QLabel(m_successPage);
    badge->setObjectName(QStringLiteral("kioskSuccessBadge"));
    badge->setAlignment(Qt::AlignCenter);
    column->addWidget(badge);
    auto *title = new QLabel(m_successPage);
    title->setObjectName(QStringLiteral("kioskSuccessTitle"));
    title->setAlignment(Qt::AlignCenter);
    //: The kiosk's success screen, over the welcome.
    title->setText(tr("You are signed in"));
    KioskMetrics::setRole(title, "large");
    column->addWidget(title);
    m_welcomeLabel = new QLabel(m_successPage);
    m_welcomeLabel->setObjectName(QStringLiteral("kioskWelcomeLabel"));
    m_welcomeLabel->setAlignment(Qt::AlignCenter);
    m_welcomeLabel->setWordWrap(true);
    m_welcomeLabel->setTextFormat(Qt::PlainText);
    KioskMetrics::setRole(m_welcomeLabel, "title");
    column->addWidget(m_welcomeLabel);
    m_welcomeHint = new QLabel(m_successPage);
    m_welcomeHint->setObjectName(QStringLiteral("kioskWelcomeHint"));
    m_welcomeHint->setAlignment(Qt::AlignCenter);
    GuiStyle::setDimmed(m_welcomeHint);
    column->addWidget(m_welcomeHint);
    //: On the kiosk's welcome screen: clears it now for the next person.
    m_doneButton = new QPushButton(tr("Done"), m_successPage);
    m_doneButton->setObjectName(QStringLiteral("kioskDoneButton"));
    m_doneButton->setDefault(true);
    m_doneButton->setFocusPolicy(Qt::NoFocus);
    KioskMetrics::setRole(m_doneButton, "primary");
    column->addWidget(m_doneButton, 0, Qt::AlignHCenter);
    column->addStretch(1);
    return m_successPage;
}

QWidget *KioskWindow::buildHandOffPage()
{
    m_handOffPage = new QWidget(m_stack);
    m_handOffPage->setObjectName(QStringLiteral("kioskHandOffPage"));
    auto *column = new QVBoxLayout(m_handOffPage);
    column->addStretch(1);
    m_handOffLabel = new QLabel(m_handOffPage);
    m_handOffLabel->setObjectName(QStringLiteral("kioskHandOffLabel"));
    m_handOffLabel->setAlignment(Qt::AlignCenter);
    m_handOffLabel->setWordWrap(true);
    KioskMetrics::setRole(m_handOffLabel, "title");
    column->addWidget(m_handOffLabel);
    m_handOffMessage = new MessagePanel(m_handOffPage);
    m_handOffMessage->setObjectName(QStringLiteral("kioskHandOffMessage"));
    column->addWidget(m_handOffMessage, 0, Qt::AlignHCenter);
    column->addStretch(1);
    return m_handOffPage;
}

QWidget *KioskWindow::buildNotSetUpPage()
{
    // Not set up: the Server page is never shown in a kiosk.
    m_notSetUpPage = new QWidget(m_stack);
    m_notSetUpPage->setObjectName(QStringLiteral("kioskNotSetUpPage"));
    auto *column = new QVBoxLayout(m_notSetUpPage);
    column->addStretch(1);
    auto *label = new QLabel(m_notSetUpPage);
    label->setObjectName(QStringLiteral("kioskNotSetUpLabel"));
    //: Full-screen message of a kiosk whose configuration is incomplete.
    label->setText(tr("This kiosk is not set up; ask the administrator."));
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    KioskMetrics::setRole(label, "title");
    column->addWidget(label);
    auto *detail = new QLabel(m_notSetUpPage);
    detail->setObjectName(QStringLiteral("kioskNotSetUpDetail"));
    detail->setAlignment(Qt::AlignCenter);
    detail->setWordWrap(true);
    GuiStyle::setDimmed(detail);
    const auto options = m_context.config.clientOptions();
    if (!options.ok())
        detail->setText(options.error().message());
    column->addWidget(detail);
    column->addStretch(1);
    return m_notSetUpPage;
}

void KioskWindow::buildIdleWarning()
{
    m_warning = new IdleWarning(this);
    m_warning->setObjectName(QStringLiteral("kioskIdleWarning"));
    auto *outer = new QVBoxLayout(m_warning);
    auto *card = new QFrame(m_warning);
    card->setObjectName(QStringLiteral("kioskIdleWarningCard"));
    card->setAutoFillBackground(true);
    card->setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(card);
    auto *title = new QLabel(card);
    //: Title of the kiosk's idle warning.
    title->setText(tr("Are you still there?"));
    title->setAlignment(Qt::AlignCenter);
    KioskMetrics::setRole(title, "title");
    layout->addWidget(title);
    m_warningLabel = new QLabel(card);
    m_warningLabel->setObjectName(QStringLiteral("kioskIdleWarningLabel"));
    m_warningLabel->setAlignment(Qt::AlignCenter);
    m_warningLabel->setWordWrap(true);
    KioskMetrics::setRole(m_warningLabel, "large");
    layout->addWidget(m_warningLabel);
    // Stretches rather than alignment, so that the wrapped text gets the height it needs.
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(card, 4);
    row->addStretch(1);
    outer->addStretch(1);
    outer->addLayout(row);
    outer->addStretch(1);
    m_warning->hide();
}

void KioskWindow::buildVisit()
{
    const Config &config = m_context.config;
    m_visit = new KioskVisit(
        m_context.session, config, m_kiosk.countries(), config.string(Key::LastRegion), m_stack);
    m_stack->insertWidget(1, m_visit);
    connect(m_visit, &KioskVisit::pageChanged, this,
        [this] { QTimer::singleShot(0, this, &KioskWindow::focusKeypadTarget); });
    connect(m_visit, &KioskVisit::cancelled, this, &KioskWindow::reset);
    m_visit->applyMetrics(m_metrics);
}

KioskWindow::~KioskWindow()
{
    qApp->removeEventFilter(this);
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

KioskWindow::Screen KioskWindow::currentScreen() const
{
    QWidget *page = m_stack->currentWidget();
    if (page == m_startPage)
        return Screen::Start;
    if (page == m_successPage)
        return Screen::Success;
    if (page == m_handOffPage)
        return Screen::HandOff;
    if (page == m_notSetUpPage || !m_visit)
        return Screen::NotSetUp;
    switch (m_visit->page()) {
    case KioskVisit::Page::Country:
        return Screen::Country;
    case KioskVisit::Page::Code:
        return Screen::Code;
    case KioskVisit::Page::Phone:
        break;
    }
    return Screen::Phone;
}

DigitKeypad *KioskWindow::keypad() const
{
    return m_visit && m_stack->currentWidget() == m_visit ? m_visit->keypad() : nullptr;
}

void KioskWindow::setPage(QWidget *page)
{
    m_stack->setCurrentWidget(page);
}

void KioskWindow::begin()
{
    if (!m_visit || m_stack->currentWidget() != m_startPage)
        return;
    setPage(m_visit);
    // From here an untouched screen goes back to the start after KioskIdleSeconds.
    m_kiosk.idle().noteActivity();
    QTimer::singleShot(0, this, &KioskWindow::focusKeypadTarget);
}

void KioskWindow::applyMetrics()
{
    m_metrics = KioskMetrics::forSize(size());
    const int gap = m_metrics.gap;
    layout()->setContentsMargins(gap * 2, gap, gap * 2, gap * 2);
    m_metrics.apply(this);
    if (m_visit)
        m_visit->applyMetrics(m_metrics);
    m_doneButton->setMinimumWidth(m_metrics.touch * 5);
    m_stack->widget(0)->findChild<QPushButton *>()->setMinimumWidth(m_metrics.touch * 7);
    if (auto *logo = m_startPage->findChild<QLabel *>(QStringLiteral("kioskLogo"))) {
        const QPixmap pixmap(m_context.config.string(Key::KioskLogo).trimmed());
        if (!pixmap.isNull())
            logo->setPixmap(pixmap.scaled(m_metrics.touch * 6, m_metrics.touch * 3,
                Qt::KeepAspectRatio, Qt::SmoothTransformation));
    }
    auto *badge = m_successPage->findChild<QLabel *>(QStringLiteral("kioskSuccessBadge"));
    badge->setPixmap(GuiStyle::toneIcon(
        GuiStyle::Tone::Success, palette(), m_metrics.touch * 2, devicePixelRatioF()));
    m_handOffMessage->setMaximumWidth(m_metrics.touch * 14);
    m_warning->findChild<QFrame *>(QStringLiteral("kioskIdleWarningCard"))
        ->setMaximumWidth(m_metrics.touch * 12);
}

QWidget *KioskWindow::keypadTarget() const
{
    if (!m_visit || m_stack->currentWidget() != m_visit)
        return nullptr;
    return m_visit->keypadTarget();
}

void KioskWindow::focusKeypadTarget()
{
    if (!isVisible() || m_pinPanel->isVisible())
        return;
    if (QWidget *target = keypadTarget()) {
        if (QApplication::focusWidget() != target)
            target->setFocus(Qt::OtherFocusReason);
    }
}

void KioskWindow::onSignedIn(const UserInfo &user)
{
    // (KioskSession puts back the number the desktop wizard remembers in the user file.)
    m_kiosk.idle().stop();
    hideWarning();
    const QString first = user.firstName.trimmed();
    //: The kiosk's welcome after sign-in. %1 is the person's first name.
    m_welcomeLabel->setText(first.isEmpty() ? tr("Welcome") : tr("Welcome, %1").arg(first));
    m_welcomeLabel->setAccessibleName(m_welcomeLabel->text());
    // The success screen first, always: with an application for a moment before it opens.
    m_handOffDue = m_kiosk.hasApplication();
    m_doneButton->setVisible(!m_handOffDue);
    const int seconds = qMax(1, m_context.config.integer(Key::KioskWelcomeSeconds));
    m_kiosk.setDeadlineIn(m_handOffDue ? SuccessBeforeHandOffMs : qint64(seconds) * 1000);
    setPage(m_successPage);
    updateCountdown();
}

void KioskWindow::startHandOff()
{
    m_handOffDue = false;
    m_handingOff = true;
    m_kiosk.clearDeadline();
    m_handOffMessage->clear();
    //: While the kiosk starts its application after sign-in.
    m_handOffLabel->setText(tr("Opening…"));
    setPage(m_handOffPage);
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
    setPage(m_handOffPage);
}

void KioskWindow::reset()
{
    hideWarning();
    m_pinPanel->close();
    m_handOffDue = false;
    // A fresh visit: nothing typed, shown or chosen by the last person survives. Deleted before
    // the wipe, so that none of its views hears the session's last signals; out of m_visit first,
    // because its children's removal events pass this window's event filter while it is no longer
    // a KioskVisit (UndefinedBehaviorSanitizer found the filter using it half destroyed).
    delete std::exchange(m_visit, nullptr).data();
    // The sign-in, the stored credential, the remembered number and the log (core); the
    // clipboard (here).
    m_kiosk.wipe();
    wipeClipboard();
    // Qt's pixmap cache (the style's painted frames, keyed by palette) gains entries with every
    // visitor's fresh pages that the next visitor never reuses, up to its 10 MB limit: the soak
    // run measured half of the kiosk's heap growth per visitor there (tests/soak).
    QPixmapCache::clear();
    if (m_complete)
        buildVisit();
    setPage(m_complete ? m_startPage : m_notSetUpPage);
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
    if (m_visit && m_stack->currentWidget() == m_visit)
        m_visit->tick();
    if (!m_kiosk.hasDeadline())
        return;
    const int seconds = m_kiosk.secondsToDeadline();
    //: Under the kiosk's welcome (or error) message.
    const QString text = tr("This screen clears in %n s.", nullptr, seconds);
    if (m_stack->currentWidget() == m_successPage)
        //: On the kiosk's success screen while its application is about to open.
        m_welcomeHint->setText(m_handOffDue ? tr("Opening…") : text);
    else if (m_stack->currentWidget() == m_handOffPage)
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
    applyMetrics();
    placeOverlays();
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
    if (type == QEvent::MouseButtonPress || type == QEvent::TouchBegin) {
        // A touch anywhere on the start screen begins (after the press: the release then goes
        // to nothing on the next screen).
        auto *widget = qobject_cast<QWidget *>(watched);
        if (widget && m_stack->currentWidget() == m_startPage && !m_pinPanel->isVisible()
            && (widget == m_startPage || m_startPage->isAncestorOf(widget))) {
            QTimer::singleShot(0, this, &KioskWindow::begin);
            return true;
        }
    }
    if (m_visit && m_stack->currentWidget() == m_visit && isVisible() && isActivity(event)) {
        const bool warned = m_kiosk.idle().phase() == KioskIdleTimer::Phase::Warning;
        m_kiosk.idle().noteActivity();
        if (warned)
            return true; // the touch that keeps the session goes no further
    }
    return QWidget::eventFilter(watched, event);
}
