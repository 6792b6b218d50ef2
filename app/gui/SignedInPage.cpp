#include "SignedInPage.h"

#include "Bidi.h"
#include "DirectusClient.h"
#include "GuiStyle.h"
#include "ui_SignedInPage.h"

#include <QLocale>
#include <QPixmap>
#include <QWizard>

SignedInPage::SignedInPage(SignInSession &session, DirectusClient &client, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_client(client)
    , m_ui(std::make_unique<Ui::SignedInPage>())
{
    m_ui->setupUi(this);
    setTitle(GuiStyle::headline(title()));
    GuiStyle::scaleFont(m_ui->userLabel, 1.35, true);
    m_ui->statusIcon->setAccessibleName(tr("Signed in"));
    GuiStyle::setDimmed(m_ui->serverCaption);
    GuiStyle::setDimmed(m_ui->tokenCaption);
    m_ui->sessionOnlyPanel->setObjectName(QStringLiteral("sessionOnlyPanel"));
    connect(m_ui->signOutButton, &QPushButton::clicked, this, &SignedInPage::signOut);
    connect(m_ui->progressPanel, &ProgressPanel::cancelRequested, this, [this] { cancelWait(); });
    connect(&m_session, &SignInSession::stateChanged, this, &SignedInPage::onStateChanged);
    connect(&m_session, &SignInSession::failed, this, &SignedInPage::onFailed);
}

SignedInPage::~SignedInPage() = default;

bool SignedInPage::isCurrent() const
{
    return wizard() && wizard()->currentPage() == this;
}

void SignedInPage::initializePage()
{
    const UserInfo user = m_session.user();
    const QString name = user.displayName();
    if (name.isEmpty() || name == user.id) {
        //: Signed in, but the server shows only the user's id.
        m_ui->userLabel->setText(tr("Signed in"));
        m_ui->userDetailLabel->setText(user.id.isEmpty()
                ? tr("The server does not show who you are.")
                //: %1 is the Directus user id (a uuid).
                : tr("User id %1 (the server shows no name or e-mail)").arg(Bidi::ltr(user.id)));
    } else {
        m_ui->userLabel->setText(name);
        const bool emailShown = !user.email.isEmpty() && user.email != name;
        m_ui->userDetailLabel->setText(emailShown ? user.email : QString());
    }
    m_ui->userDetailLabel->setVisible(!m_ui->userDetailLabel->text().isEmpty());
    m_ui->userLabel->setAccessibleName(m_ui->userLabel->text());
    m_ui->serverLabel->setText(m_client.server().toString());
    m_ui->serverLabel->setAccessibleName(tr("Server %1").arg(m_client.server().toString()));
    //: Completed by where the token is: "the system keychain (Secret Service)", "memory, for
    //: this session only".
    QString kept = tr("Your sign-in is kept in %1.").arg(m_session.tokenLocation());
    const Credential &credential = m_session.credential();
    if (credential.kind() == Credential::Kind::Session) {
        const QDateTime ends = m_session.sessionEnds();
        //: On the signed-in page, after "Your sign-in is kept in …". %1 is this device's name
        //: as the server knows it, %2 a date and time.
        kept += QLatin1Char(' ')
            + tr("It is a session of this device (%1) on the server, renewed whenever it is used; "
                 "unused, it ends %2.")
                  .arg(credential.device(),
                      QLocale().toString(ends.toLocalTime(), QLocale::ShortFormat));
    }
    m_ui->tokenLocationLabel->setText(kept);
    const int side = m_ui->userLabel->fontMetrics().height() * 2;
    m_ui->statusIcon->setPixmap(
        GuiStyle::toneIcon(GuiStyle::Tone::Success, palette(), side, devicePixelRatioF()));
    m_ui->statusIcon->setFixedSize(side, side);
    m_ui->tokenLocationLabel->setAccessibleName(m_ui->tokenLocationLabel->text());
    // The subtitle tells the same story as the panel: only a saved sign-in reaches other programs.
    if (m_persistentSubTitle.isEmpty())
        m_persistentSubTitle = subTitle();
    if (m_session.tokenIsPersistent()) {
        setSubTitle(m_persistentSubTitle);
        m_ui->sessionOnlyPanel->clear();
    } else {
        //: The signed-in page's subtitle when the sign-in is kept in memory only.
        setSubTitle(tr("You can use Directus Login now. The sign-in is not saved, so other "
                       "programs cannot use it."));
        m_ui->sessionOnlyPanel->showMessage(
            GuiStyle::Tone::Warning, tr("You will be signed out when you close Directus Login."));
    }
    m_ui->messagePanel->clear();
    m_ui->progressPanel->stop();
    m_ui->signOutButton->setEnabled(true);
}

bool SignedInPage::isComplete() const
{
    return m_session.state() != SignInSession::State::SigningOut;
}

void SignedInPage::focusInput()
{
    if (wizard() && wizard()->button(QWizard::FinishButton)->isVisible())
        wizard()->button(QWizard::FinishButton)->setFocus(Qt::OtherFocusReason);
    else
        m_ui->signOutButton->setFocus(Qt::OtherFocusReason);
}

bool SignedInPage::cancelWait()
{
    if (m_session.state() != SignInSession::State::SigningOut)
        return false;
    m_session.cancel();
    return true;
}

void SignedInPage::signOut()
{
    m_ui->messagePanel->clear();
    m_session.signOut();
}

void SignedInPage::onStateChanged(SignInSession::State state)
{
    if (!isCurrent())
        return;
    const bool busy = state == SignInSession::State::SigningOut;
    if (busy)
        //: While the token is removed from the keychain.
        m_ui->progressPanel->start(tr("Signing out…"));
    else
        m_ui->progressPanel->stop();
    m_ui->signOutButton->setEnabled(!busy);
    emit completeChanged();
}

void SignedInPage::onFailed(SignInSession::Step step, const Error &error)
{
    if (step != SignInSession::Step::SignOut || !isCurrent())
        return;
    m_ui->messagePanel->showError(error);
}
