#include "SignInWizard.h"

#include "CodePage.h"
#include "Config.h"
#include "DemoServer.h"
#include "DirectusClient.h"
#include "GuiStyle.h"
#include "PhonePage.h"
#include "ServerPage.h"
#include "SignedInPage.h"
#include "SmsBanner.h"

#include <QAbstractButton>
#include <QKeyEvent>
#include <QLabel>

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

    m_serverPage = new ServerPage(m_context.config, m_context.client, this);
    m_phonePage
        = new PhonePage(m_context.session, m_context.config, m_context.demo != nullptr, this);
    m_codePage = new CodePage(m_context.session, m_context.config, this);
    m_signedInPage = new SignedInPage(m_context.session, m_context.client, this);
    setPage(ServerPageId, m_serverPage);
    setPage(PhonePageId, m_phonePage);
    setPage(CodePageId, m_codePage);
    setPage(SignedInPageId, m_signedInPage);

    connect(this, &QWizard::currentIdChanged, this, &SignInWizard::onCurrentIdChanged);
    connect(m_serverPage, &ServerPage::configSaved, this, &SignInWizard::onConfigSaved);
    connect(m_codePage, &CodePage::changeNumberRequested, this, [this] {
        if (currentId() == CodePageId)
            back();
    });
    SignInSession &session = m_context.session;
    connect(&session, &SignInSession::stateChanged, this, &SignInWizard::onStateChanged);
    connect(&session, &SignInSession::failed, this, &SignInWizard::onFailed);
    connect(&session, &SignInSession::signedIn, this, &SignInWizard::onSignedIn);
    connect(&session, &SignInSession::signedOut, this, &SignInWizard::onSignedOut);

    if (m_context.demo) {
        m_smsBanner = new SmsBanner(this);
        connect(m_context.demo, &DemoServer::smsSent, this,
            [this](const QString &to, const QString &text, const QString &code) {
                placeOverlays();
                m_smsBanner->showSms(to, text, code);
            });
        connect(m_smsBanner, &SmsBanner::useCodeRequested, m_codePage, &CodePage::fillCode);
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

    if (m_context.config.isComplete()) {
        applyConfig(m_context.config, m_context.client, m_context.session);
        setStartId(PhonePageId);
        restart();
        m_phonePage->startRestore();
    } else {
        setStartId(ServerPageId);
        restart();
    }
}

SignInWizard::~SignInWizard()
{
    // Whatever is still in flight ends here, quietly.
    if (m_context.session.isBusy())
        m_context.session.cancel();
}

Error SignInWizard::applyConfig(
    const Config &config, DirectusClient &client, SignInSession &session)
{
    const auto options = config.clientOptions();
    if (!options.ok())
        return options.error();
    client.setOptions(options.value());
    session.setTokenKey(config.tokenKey(client.server())); // TokenStore::key(profile, server)
    const int resendSeconds = config.integer(QStringLiteral("ResendSeconds"));
    if (resendSeconds >= 0)
        session.setResendCooldownMs(qint64(resendSeconds) * 1000);
    return {};
}

void SignInWizard::onConfigSaved()
{
    const Error error = applyConfig(m_context.config, m_context.client, m_context.session);
    Q_UNUSED(error) // the Server page checked clientOptions() before saving
    m_restoreOnPhone = true;
}

void SignInWizard::onCurrentIdChanged(int id)
{
    updateButtons(id);
    placeOverlays();
    switch (id) {
    case ServerPageId:
        m_serverPage->focusInput();
        break;
    case PhonePageId:
        m_phonePage->makePrimaryDefault();
        m_phonePage->focusInput();
        if (m_restoreOnPhone) {
            m_restoreOnPhone = false;
            m_phonePage->startRestore();
        }
        break;
    case CodePageId:
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
    switch (id) {
    case ServerPageId:
        layout = { QWizard::Stretch, QWizard::CancelButton, QWizard::NextButton };
        break;
    case PhonePageId:
        layout = { QWizard::BackButton, QWizard::Stretch, QWizard::CancelButton };
        break;
    case CodePageId:
        layout = { QWizard::Stretch, QWizard::CancelButton };
        break;
    case SignedInPageId:
        layout = { QWizard::Stretch, QWizard::FinishButton };
        break;
    default:
        return;
    }
    setButtonLayout(layout);
    // QWizard shows and hides its buttons when a page's completeness changes.
    if (QWizardPage *page = currentPage())
        emit page->completeChanged();
}

void SignInWizard::restartAt(int id)
{
    setStartId(id);
    restart();
}

void SignInWizard::onStateChanged(SignInSession::State state)
{
    if (state == SignInSession::State::AwaitingCode && currentId() == PhonePageId
        && m_context.session.phone().isValid()) {
        next(); // the code is on its way
    }
}

void SignInWizard::onFailed(const Error &error)
{
    if (error.kind() == Error::Kind::SessionExpired && currentId() == CodePageId) {
        // The code session ended on the server: a new code is needed; say why on the phone page.
        back();
        m_phonePage->showReason(error);
    }
}

void SignInWizard::onSignedIn()
{
    const PhoneNumber phone = m_context.session.phone();
    if (phone.isValid() && !m_context.demo) {
        // Remembered for the next sign-in (the country picker's default, the number after a
        // revoked session). Never the code or the token; nothing from a demo.
        m_context.config.setUserValue(QStringLiteral("LastRegion"), phone.region());
        m_context.config.setUserValue(QStringLiteral("LastPhone"), phone.e164());
    }
    if (currentId() == PhonePageId || currentId() == CodePageId)
        next();
}

void SignInWizard::onSignedOut()
{
    restartAt(PhonePageId);
    //: On the phone page after Sign out.
    m_phonePage->showNotice(tr("You are signed out. The stored sign-in was removed."));
}

bool SignInWizard::cancelCurrentWait()
{
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

void SignInWizard::reject()
{
    // Closing the window (or Cancel) ends whatever is in flight, quietly.
    m_serverPage->cancelWait();
    if (m_context.session.isBusy())
        m_context.session.cancel();
    QWizard::reject();
}

void SignInWizard::keyPressEvent(QKeyEvent *event)
{
    // Escape first stops what the page is waiting for; pressed again, it closes the window.
    if (event->key() == Qt::Key_Escape && event->modifiers() == Qt::NoModifier
        && cancelCurrentWait()) {
        event->accept();
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
    if (m_demoBadge) {
        const int unit = m_demoBadge->fontMetrics().height();
        m_demoBadge->adjustSize();
        m_demoBadge->move(width() - m_demoBadge->width() - unit / 2, unit / 2);
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
