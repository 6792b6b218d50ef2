#include "SignInWizard.h"

#include "Bidi.h"
#include "CodePage.h"
#include "Config.h"
#include "ConfigKeys.h"
#include "DiagnosticReport.h"
#include "DirectusClient.h"
#include "GuiStyle.h"
#include "NetworkLog.h"
#include "NetworkLogDialog.h"
#include "PhonePage.h"
#include "ProfileBanner.h"
#include "ServerPage.h"
#include "SignedInPage.h"
#include "SimulatedPhone.h"
#include "SmsBanner.h"

#include <QAbstractButton>
#include <QAction>
#include <QActionGroup>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QStandardPaths>
#include <QTimer>

SignInWizard::SignInWizard(const WizardContext &context, QWidget *parent)
    : QWizard(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("signInWizard"));
    //: The window title.
    setWindowTitle(m_context.demo ? tr("Directus Login (demo)") : tr("Directus Login"));
    setWizardStyle(QWizard::ModernStyle);
    // Enter in a field is handled by its page (one request per press); the default button only
    // shows which action is the main one.
    setTitleFormat(Qt::RichText);
    setOptions(QWizard::NoBackButtonOnStartPage | QWizard::NoBackButtonOnLastPage);
    setMinimumSize(520, 440);
    resize(560, 480);
    setButtonText(QWizard::NextButton, tr("&Continue"));
    //: The button that closes the window once signed in.
    setButtonText(QWizard::FinishButton, tr("&Close"));
    setButtonText(QWizard::BackButton, tr("&Back"));
    //: Closes the window (and stops whatever it was waiting for).
    setButtonText(QWizard::CancelButton, tr("Close"));
    button(QWizard::NextButton)->setAccessibleName(tr("Continue"));
    button(QWizard::FinishButton)->setAccessibleName(tr("Close"));
    button(QWizard::BackButton)->setAccessibleName(tr("Back"));
    button(QWizard::CancelButton)->setAccessibleName(tr("Close Directus Login"));

    // The Phone page now; the others once the first frame is out (ensurePages()): building and
    // sizing them took a quarter of the start-up (tests/bench). A first run, which starts on the
    // Server page, builds them all at once.
    m_phonePage = new PhonePage(m_context.session, m_context.config, m_context.demo, this);
    setPage(PhonePageId, m_phonePage);

    connect(this, &QWizard::currentIdChanged, this, &SignInWizard::onCurrentIdChanged);
    SignInSession &session = m_context.session;
    connect(&session, &SignInSession::stateChanged, this, &SignInWizard::onStateChanged);
    connect(&session, &SignInSession::failed, this, &SignInWizard::onFailed);
    connect(&session, &SignInSession::signedIn, this, &SignInWizard::onSignedIn);
    connect(&session, &SignInSession::signedOut, this, &SignInWizard::onSignedOut);

    if (m_context.demo) {
        m_smsBanner = new SmsBanner(this);
        connect(m_context.demo, &SimulatedPhone::smsSent, this,
            [this](const QString &to, const QString &text, const QString &code) {
                // Shown on the code page only, where the code goes; elsewhere it would cover the
                // page's own controls (the demo's test numbers, issue 23). An SMS that arrives
                // before the code page opens waits for it.
                m_pendingSms = { to, text, code };
                if (currentId() == CodePageId)
                    showPendingSms();
            });
        m_demoBadge = new QLabel(this);
        m_demoBadge->setObjectName(QStringLiteral("demoBadge"));
        //: A small badge in the corner of the window in demo mode.
        m_demoBadge->setText(tr("Demo"));
        m_demoBadge->setAccessibleName(tr("Demo mode: an offline demo server, no real SMS"));
        m_demoBadge->setAlignment(Qt::AlignCenter);
        m_demoBadge->setAutoFillBackground(true);
        m_demoBadge->setBackgroundRole(QPalette::Highlight);
        m_demoBadge->setForegroundRole(QPalette::HighlightedText);
        GuiStyle::scaleFont(m_demoBadge, 0.85, true);
        const int unit = m_demoBadge->fontMetrics().height();
        m_demoBadge->setContentsMargins(unit / 2, 0, unit / 2, 0);
        m_demoBadge->adjustSize();
    }

    m_kiosk = m_context.config.isKiosk();
    m_profileBanner = new ProfileBanner(this);
    buildTools();
    updateTools();
    updateBanner();

    if (m_context.config.isComplete()) {
        m_context.session.applyConfig(m_context.config);
        setStartId(PhonePageId);
        restart();
        // Not before the first frame: the keychain's first job loads libsecret and GIO (+4.6 MB)
        // and blocks the loop for 15–40 ms (tests/bench). See paintEvent.
        m_restoreAfterFirstFrame = true;
    } else {
        ensurePages();
        setStartId(ServerPageId);
        restart();
    }
}

void SignInWizard::ensurePages()
{
    if (m_codePage)
        return;
    QPointer<QWidget> focused = focusWidget(); // a new page would take it (its first field)
    m_serverPage = new ServerPage(m_context.config, m_context.client, this);
    m_codePage = new CodePage(m_context.session, m_context.config, this);
    m_signedInPage = new SignedInPage(m_context.session, m_context.client, this);
    setPage(ServerPageId, m_serverPage);
    setPage(CodePageId, m_codePage);
    setPage(SignedInPageId, m_signedInPage);
    connect(m_serverPage, &ServerPage::configSaved, this, &SignInWizard::onConfigSaved);
    connect(m_codePage, &CodePage::changeNumberRequested, this, [this] {
        if (currentId() == CodePageId)
            back();
    });
    if (m_smsBanner)
        connect(m_smsBanner, &SmsBanner::useCodeRequested, m_codePage, &CodePage::fillCode);
    if (focused && focusWidget() != focused)
        focused->setFocus(Qt::OtherFocusReason);
}

SignInWizard::~SignInWizard()
{
    // Whatever is still in flight ends here, quietly.
    if (m_context.session.isBusy())
        m_context.session.cancel();
}

void SignInWizard::onConfigSaved()
{
    const Error error = m_context.session.applyConfig(m_context.config);
    Q_UNUSED(error) // the Server page checked clientOptions() before saving
    m_restoreOnPhone = true;
    updateBanner(); // the banner names the server
}

NetworkLog &SignInWizard::networkLog()
{
    if (NetworkLog *log = m_context.client.networkLog())
        return *log;
    // A client built without a log (tests, embedders): the window keeps one of its own.
    if (!m_ownLog) {
        m_ownLog = new NetworkLog(this);
        m_context.client.setNetworkLog(m_ownLog);
    }
    return *m_ownLog;
}

void SignInWizard::buildTools()
{
    m_toolsMenu = new QMenu(this);
    m_toolsMenu->setObjectName(QStringLiteral("toolsMenu"));
    m_toolsMenu->setAccessibleName(tr("Tools"));

    //: Tools menu: opens the list of every request of this run.
    m_networkLogAction = new QAction(tr("&Network Log…"), this);
    m_networkLogAction->setObjectName(QStringLiteral("networkLogAction"));
    m_networkLogAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_networkLogAction->setShortcutContext(Qt::WindowShortcut);
    m_networkLogAction->setStatusTip(tr("Every request of this run, secrets masked"));
    connect(m_networkLogAction, &QAction::triggered, this, &SignInWizard::showNetworkLog);

    //: Tools menu: writes one text file for a bug report.
    m_saveReportAction = new QAction(tr("&Save Report…"), this);
    m_saveReportAction->setObjectName(QStringLiteral("saveReportAction"));
    m_saveReportAction->setStatusTip(
        tr("One file with the masked log, the versions, the settings and the last error"));
    connect(m_saveReportAction, &QAction::triggered, this, &SignInWizard::saveReport);

    //: Tools menu: the submenu that lists the profiles (servers).
    m_profileMenu = new QMenu(tr("&Profile"), m_toolsMenu);
    m_profileMenu->setObjectName(QStringLiteral("profileMenu"));
    m_profileGroup = new QActionGroup(this);
    m_profileGroup->setExclusive(true);
    connect(m_profileMenu, &QMenu::aboutToShow, this, &SignInWizard::fillProfileMenu);

    //: Tools menu: versions of the program and its libraries.
    m_aboutAction = new QAction(tr("&About Directus Login…"), this);
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &SignInWizard::showAbout);

    m_toolsMenu->addAction(m_networkLogAction);
    m_toolsMenu->addAction(m_saveReportAction);
    m_toolsMenu->addMenu(m_profileMenu);
    m_toolsMenu->addSeparator();
    m_toolsMenu->addAction(m_aboutAction);
    fillProfileMenu();

    //: The button at the left of the button row that opens the Tools menu.
    setButtonText(QWizard::CustomButton1, tr("&Tools"));
    auto *tools = qobject_cast<QPushButton *>(button(QWizard::CustomButton1));
    tools->setObjectName(QStringLiteral("toolsButton"));
    tools->setMenu(m_toolsMenu);
    tools->setAutoDefault(false);
    tools->setAccessibleName(tr("Tools"));
    tools->setAccessibleDescription(tr("Network log, diagnostic report, profiles and version"));
}

void SignInWizard::fillProfileMenu()
{
    m_profileMenu->clear();
    const QList<QAction *> old = m_profileGroup->actions();
    for (QAction *action : old) {
        m_profileGroup->removeAction(action);
        // Later: this may run from that action's own triggered().
        action->setParent(nullptr);
        action->deleteLater();
    }
    const Config &config = m_context.config;
    const QString current = config.profile();
    const bool switchable = !config.isLocked(Key::Profile) && !m_context.demo;
    const QStringList names = config.profiles();
    for (const QString &name : names) {
        const QString server = config.profileValue(name, Key::Server).toString();
        const bool production = config.isProduction(name);
        const QString host = QUrl(server).host();
        QString text = host.isEmpty() ? name : QStringLiteral("%1 — %2").arg(name, host);
        if (production) {
            //: A profile in the Profile menu marked as production. %1 is its name and server.
            text = tr("%1 (production)").arg(text);
        }
        auto *action = new QAction(text, m_profileGroup);
        action->setObjectName(QStringLiteral("profileAction_") + name);
        action->setData(name);
        action->setCheckable(true);
        action->setChecked(name == current);
        action->setEnabled(switchable || name == current);
        action->setToolTip(server);
        connect(action, &QAction::triggered, this, [this, name] { switchProfile(name); });
        m_profileMenu->addAction(action);
    }
    if (!switchable) {
        m_profileMenu->addSeparator();
        QAction *why = m_profileMenu->addAction(m_context.demo
                ? tr("Demo mode uses its own server.")
                //: In the Profile menu when the administrator fixed the profile.
                : tr("The administrator has fixed the profile."));
        why->setEnabled(false);
    }
}

void SignInWizard::updateTools()
{
    setOption(QWizard::HaveCustomButton1, !m_kiosk);
    button(QWizard::CustomButton1)->setVisible(!m_kiosk);
    for (QAction *action : { m_networkLogAction, m_saveReportAction, m_aboutAction }) {
        action->setEnabled(!m_kiosk);
        if (m_kiosk)
            removeAction(action);
        else
            addAction(action); // so that Ctrl+L works without opening the menu
    }
    m_profileMenu->setEnabled(!m_kiosk);
    if (m_kiosk && m_logDialog)
        m_logDialog->close();
    updateButtons(currentId());
}

void SignInWizard::updateBanner()
{
    const Config &config = m_context.config;
    const bool shown
        = !m_kiosk && !m_context.demo && config.usesProfiles() && !config.isProduction();
    if (shown) {
        QString server = config.string(Key::Server);
        if (server.isEmpty() && config.isComplete())
            server = m_context.client.server().toString();
        m_profileBanner->setProfile(config.profile(), server);
    }
    m_profileBanner->setVisible(shown);
    const int height = shown ? m_profileBanner->sizeHint().height() : 0;
    // The wizard's own layout starts under the strip.
    setContentsMargins(0, height, 0, 0);
    placeOverlays();
}

void SignInWizard::setKioskMode(bool kiosk)
{
    m_kiosk = kiosk;
    updateTools();
    updateBanner();
}

void SignInWizard::showNetworkLog()
{
    if (m_kiosk)
        return;
    if (!m_logDialog) {
        m_logDialog = new NetworkLogDialog(networkLog(), this);
        m_logDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_logDialog->show();
    m_logDialog->raise();
    m_logDialog->activateWindow();
}

QString SignInWizard::suggestedReportPath()
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QDir::homePath();
    return QDir(folder).filePath(DiagnosticReport::defaultFileName(QDateTime::currentDateTime()));
}

void SignInWizard::saveReport()
{
    if (m_kiosk)
        return;
    auto chosen = [this](const QString &path) {
        if (!path.isEmpty())
            writeReport(path);
    };
    if (m_chooseReportPath) {
        m_chooseReportPath(this, suggestedReportPath(), chosen);
        return;
    }
    //: Title of the file dialog for the diagnostic report.
    auto *dialog = new QFileDialog(this, tr("Save Diagnostic Report"));
    dialog->setObjectName(QStringLiteral("reportFileDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setDefaultSuffix(QStringLiteral("txt"));
    //: File type filter in the report's save dialog.
    dialog->setNameFilter(tr("Text files (*.txt)"));
    const QString suggested = suggestedReportPath();
    dialog->setDirectory(QFileInfo(suggested).absolutePath());
    dialog->selectFile(QFileInfo(suggested).fileName());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, chosen);
    dialog->open();
}

QString SignInWizard::reportText() const
{
    const NetworkLog *log = m_context.client.networkLog();
    const NetworkLog empty;
    return DiagnosticReport::build(m_context.config, log ? *log : empty,
        m_lastError.isError() ? m_lastError : m_context.session.lastError(),
        m_context.session.tokenLocation());
}

Error SignInWizard::writeReport(const QString &path)
{
    const Error error = DiagnosticReport::write(path, reportText());
    auto *box = new QMessageBox(this);
    box->setObjectName(QStringLiteral("reportSavedBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    if (error) {
        box->setIcon(QMessageBox::Warning);
        //: Title when the diagnostic report could not be written.
        box->setWindowTitle(tr("Report Not Saved"));
        box->setText(error.message());
    } else {
        box->setIcon(QMessageBox::Information);
        box->setWindowTitle(tr("Report Saved"));
        //: %1 is the report's file path.
        box->setText(
            tr("The report was saved to %1.").arg(Bidi::ltr(QDir::toNativeSeparators(path))));
        box->setInformativeText(tr("Codes, tokens and credentials in it are masked. Read it before "
                                   "you send it: it contains the server's address and the "
                                   "requests' URLs."));
    }
    box->open();
    return error;
}

void SignInWizard::showAbout()
{
    if (m_kiosk)
        return;
    auto *box = new QMessageBox(this);
    box->setObjectName(QStringLiteral("aboutBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setIconPixmap(windowIcon().pixmap(64, 64));
    //: Title of the About box.
    box->setWindowTitle(tr("About Directus Login"));
    box->setTextFormat(Qt::PlainText);
    //: %1 is the version number.
    box->setText(tr("Directus Login %1").arg(QStringLiteral(DL_VERSION)));
    //: In the About box. %1: Qt version at run time, %2: Qt version it was built with, %3: where
    //: tokens are kept (the keychain backend).
    box->setInformativeText(
        tr("Signs you in to a Directus server with your phone number and a code sent by SMS.\n\n"
           "Qt %1 (built with %2)\nQtKeychain 0.13 or later\nTokens are kept in: %3")
            .arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR),
                m_context.session.tokenLocation()));
    box->setStandardButtons(QMessageBox::Close);
    box->open();
}

void SignInWizard::switchProfile(const QString &name)
{
    ensurePages();
    Config &config = m_context.config;
    if (m_kiosk || name.trimmed().isEmpty() || name == config.profile()
        || config.isLocked(Key::Profile))
        return;
    m_serverPage->cancelWait();
    // The last profile's sign-in ends here (in memory; its stored token stays for next time).
    m_context.session.reset();
    config.setProfile(name);
    config.setUserValue(Key::Profile, name); // the next start opens it again
    m_lastError = {};
    updateBanner();
    fillProfileMenu();
    if (config.isComplete()) {
        m_context.session.applyConfig(config);
        m_restoreOnPhone = true;
        restartAt(PhonePageId);
    } else {
        restartAt(ServerPageId);
    }
    updateBanner(); // the server may come from the flows' trigger URLs
    emit profileSwitched(name);
}

void SignInWizard::onCurrentIdChanged(int id)
{
    // Runs in the constructor too: no ensurePages() here (a page can only be current once built).
    updateButtons(id);
    placeOverlays();
    switch (id) {
    case ServerPageId:
        m_serverPage->focusInput();
        break;
    case PhonePageId:
        if (m_smsBanner)
            m_smsBanner->hide();
        m_phonePage->makePrimaryDefault();
        m_phonePage->focusInput();
        if (m_restoreOnPhone) {
            m_restoreOnPhone = false;
            m_phonePage->startRestore();
        }
        break;
    case CodePageId:
        showPendingSms();
        m_codePage->makePrimaryDefault();
        m_codePage->focusInput();
        break;
    case SignedInPageId:
        if (m_smsBanner)
            m_smsBanner->hide();
        m_signedInPage->focusInput();
        break;
    default:
        break;
    }
}

void SignInWizard::updateButtons(int id)
{
    QList<QWizard::WizardButton> layout;
    if (!m_kiosk)
        layout << QWizard::CustomButton1;
    switch (id) {
    case ServerPageId:
        layout << QWizard::Stretch << QWizard::CancelButton << QWizard::NextButton;
        break;
    case PhonePageId:
        layout << QWizard::BackButton << QWizard::Stretch << QWizard::CancelButton;
        break;
    case CodePageId:
        layout << QWizard::Stretch << QWizard::CancelButton;
        break;
    case SignedInPageId:
        layout << QWizard::Stretch << QWizard::FinishButton;
        break;
    default:
        return;
    }
    if (testOption(QWizard::NoCancelButton))
        layout.removeAll(QWizard::CancelButton);
    setButtonLayout(layout);
    // QWizard shows and hides its buttons when a page's completeness changes.
    if (QWizardPage *page = currentPage())
        emit page->completeChanged();
}

void SignInWizard::restartAt(int id)
{
    ensurePages();
    setStartId(id);
    restart();
}

void SignInWizard::onStateChanged(SignInSession::State state)
{
    if (state == SignInSession::State::AwaitingCode && currentId() == PhonePageId
        && m_context.session.phone().isValid()) {
        ensurePages();
        next(); // the code is on its way
    }
}

void SignInWizard::onFailed(SignInSession::Step step, const Error &error)
{
    // What the application made of a failed answer goes next to it in the network log.
    networkLog().noteError(error);
    if (error.kind() != Error::Kind::Cancelled && error.kind() != Error::Kind::NotSignedIn)
        m_lastError = error; // for the report
    if (step == SignInSession::Step::Verify && error.kind() == Error::Kind::SessionExpired
        && currentId() == CodePageId) {
        // The code session ended on the server: a new code is needed; say why on the phone page.
        back();
        m_phonePage->showReason(error);
    }
}

void SignInWizard::onSignedIn()
{
    const PhoneNumber phone = m_context.session.phone();
    if (phone.isValid() && !m_context.demo && !m_kiosk) {
        // Remembered for the next sign-in (the country picker's default, the number after a
        // revoked session). Never the code or the token; nothing from a demo or a kiosk.
        m_context.config.setUserValue(Key::LastRegion, phone.region());
        m_context.config.setUserValue(Key::LastPhone, phone.e164());
    }
    if (currentId() == PhonePageId || currentId() == CodePageId) {
        ensurePages();
        next();
    }
}

void SignInWizard::onSignedOut()
{
    restartAt(PhonePageId);
    //: On the phone page after Sign out.
    m_phonePage->showNotice(tr("You are signed out. The stored sign-in was removed."));
}

bool SignInWizard::cancelCurrentWait()
{
    // The current page is always built.
    switch (currentId()) {
    case ServerPageId:
        return m_serverPage->cancelWait();
    case PhonePageId:
        return m_phonePage->cancelWait();
    case CodePageId:
        return m_codePage->cancelWait();
    case SignedInPageId:
        return m_signedInPage->cancelWait();
    default:
        return false;
    }
}

bool SignInWizard::isMidSignIn() const
{
    // A code was sent (or is being sent again): closing now throws it away.
    switch (m_context.session.state()) {
    case SignInSession::State::AwaitingCode:
    case SignInSession::State::Verifying:
    case SignInSession::State::Storing:
    case SignInSession::State::StoreFailed:
    case SignInSession::State::UserCheckFailed:
        return true;
    case SignInSession::State::RequestingCode:
        return !m_context.session.sessionUuid().isEmpty();
    default:
        return false;
    }
}

void SignInWizard::askBeforeClosing()
{
    if (m_closeBox && m_closeBox->isVisible()) {
        m_closeBox->raise();
        return;
    }
    auto *box = new QMessageBox(this);
    m_closeBox = box;
    box->setObjectName(QStringLiteral("closeConfirmBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->setIcon(QMessageBox::Question);
    //: Title of the question asked when the window is closed in the middle of a sign-in.
    box->setWindowTitle(tr("Stop Signing In?"));
    box->setText(tr("Stop signing in?"));
    box->setInformativeText(
        tr("The code sent to %1 will not be used. To sign in later you will ask for a new one.")
            .arg(Bidi::number(m_context.session.phone().masked())));
    //: In the question before closing mid-sign-in: the safe answer, the default.
    QPushButton *keep = box->addButton(tr("&Keep Signing In"), QMessageBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepSigningInButton"));
    //: In the question before closing mid-sign-in: closes the window.
    QPushButton *stop = box->addButton(tr("&Stop and Close"), QMessageBox::DestructiveRole);
    stop->setObjectName(QStringLiteral("stopAndCloseButton"));
    box->setDefaultButton(keep);
    box->setEscapeButton(keep);
    connect(stop, &QPushButton::clicked, this, [this] {
        m_closeConfirmed = true;
        QTimer::singleShot(0, this, &SignInWizard::reject);
    });
    box->open();
}

void SignInWizard::reject()
{
    // Closing the window, Alt+F4 or Close: in the middle of a sign-in, ask first (never in a
    // kiosk, which cannot be closed at all).
    if (!m_kiosk && !m_closeConfirmed && isMidSignIn()) {
        askBeforeClosing();
        return;
    }
    m_closeConfirmed = false;
    // Whatever is in flight ends here, quietly.
    if (m_serverPage)
        m_serverPage->cancelWait();
    if (m_context.session.isBusy())
        m_context.session.cancel();
    QWizard::reject();
}

void SignInWizard::keyPressEvent(QKeyEvent *event)
{
    // Escape stops what the page is waiting for; otherwise it goes back a step (the code page to
    // the phone page, keeping the number). It never closes the window.
    if (event->key() == Qt::Key_Escape && event->modifiers() == Qt::NoModifier) {
        event->accept();
        if (cancelCurrentWait())
            return;
        if (currentId() != SignedInPageId && visitedIds().size() > 1)
            back();
        return;
    }
    QWizard::keyPressEvent(event);
}

void SignInWizard::resizeEvent(QResizeEvent *event)
{
    QWizard::resizeEvent(event);
    placeOverlays();
}

void SignInWizard::placeOverlays()
{
    const int top = contentsMargins().top();
    // QWizard keeps everything in one inner widget that it stretches over the whole window on
    // every resize (it ignores the contents margins): move it under the banner.
    // (It has no meta-object of its own: it is the first child widget, the one with the layout.)
    for (QObject *child : children()) {
        auto *inner = qobject_cast<QWidget *>(child);
        if (inner && !inner->isWindow() && inner->layout() && inner != m_profileBanner
            && inner != m_smsBanner && inner != m_demoBadge) {
            inner->setGeometry(0, top, width(), height() - top);
            break;
        }
    }
    if (m_profileBanner && m_profileBanner->isVisibleTo(this)) {
        m_profileBanner->setGeometry(0, 0, width(), top);
        m_profileBanner->raise();
    }
    if (m_demoBadge) {
        const int unit = m_demoBadge->fontMetrics().height();
        m_demoBadge->adjustSize();
        // In the corner the title does not reach: top right, or top left right to left.
        const int x = layoutDirection() == Qt::RightToLeft
            ? unit / 2
            : width() - m_demoBadge->width() - unit / 2;
        m_demoBadge->move(x, top + unit / 2);
        m_demoBadge->raise();
    }
    if (m_smsBanner) {
        int bottom = height();
        for (QWizard::WizardButton which :
            { QWizard::CancelButton, QWizard::FinishButton, QWizard::NextButton }) {
            QAbstractButton *b = button(which);
            if (b && b->isVisible())
                bottom = qMin(bottom, b->mapTo(this, QPoint(0, 0)).y());
        }
        m_smsBanner->setBottom(bottom - m_smsBanner->fontMetrics().height());
        m_smsBanner->raise();
    }
}

void SignInWizard::showPendingSms()
{
    if (!m_smsBanner || m_pendingSms.isEmpty())
        return;
    const QStringList sms = m_pendingSms;
    m_pendingSms.clear();
    placeOverlays();
    m_smsBanner->showSms(sms.at(0), sms.at(1), sms.at(2));
}

void SignInWizard::paintEvent(QPaintEvent *event)
{
    QWizard::paintEvent(event);
    if (m_firstFramePainted)
        return;
    m_firstFramePainted = true;
    // Queued: the frame is on the screen first; what it does without comes after it, in two turns
    // of the event loop so that neither is a long gap (tests/bench): the stored sign-in's check
    // first, then the other pages and the clear button.
    QMetaObject::invokeMethod(
        this,
        [this] {
            // Its answer comes later; what it opens is built by then (ensurePages() below, or
            // when the session signals first).
            if (m_restoreAfterFirstFrame && currentId() == PhonePageId)
                m_phonePage->startRestore();
            m_restoreAfterFirstFrame = false;
        },
        Qt::QueuedConnection);
    QMetaObject::invokeMethod(
        this,
        [this] {
            ensurePages();
            m_phonePage->completeAfterFirstFrame();
        },
        Qt::QueuedConnection);
}
