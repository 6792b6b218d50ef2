#include "ServerPage.h"

#include "Bidi.h"
#include "Config.h"
#include "ConfigKeys.h"
#include "DirectusClient.h"
#include "FlowRef.h"
#include "FlowReply.h"
#include "GuiStyle.h"
#include "ui_ServerPage.h"

#include <QKeyEvent>
#include <QWizard>

ServerPage::ServerPage(Config &config, DirectusClient &client, QWidget *parent)
    : QWizardPage(parent)
    , m_config(config)
    , m_client(client)
    , m_ui(std::make_unique<Ui::ServerPage>())
{
    m_ui->setupUi(this);
    setTitle(GuiStyle::headline(title()));
    GuiStyle::setDimmed(m_ui->hintLabel);
    for (QLineEdit *edit : { m_ui->serverEdit, m_ui->loginFlowEdit, m_ui->verifyFlowEdit }) {
        edit->installEventFilter(this);
        connect(edit, &QLineEdit::textChanged, this, &ServerPage::completeChanged);
        connect(edit, &QLineEdit::textEdited, this, [this] {
            if (m_ui->messagePanel->tone() != GuiStyle::Tone::Error || m_leftFields.isEmpty())
                m_ui->messagePanel->clear();
            else
                showProblems(false);
        });
        connect(edit, &QLineEdit::editingFinished, this, [this, edit] {
            if (!edit->hasFocus())
                edit->setCursorPosition(0); // a long trigger URL shows its start
            if (!edit->text().trimmed().isEmpty() && !m_leftFields.contains(edit))
                m_leftFields.append(edit);
            showProblems(false);
        });
    }
    connect(m_ui->loginFlowEdit, &QLineEdit::textEdited, this,
        [this] { onFlowEdited(m_ui->loginFlowEdit); });
    connect(m_ui->verifyFlowEdit, &QLineEdit::textEdited, this,
        [this] { onFlowEdited(m_ui->verifyFlowEdit); });
    connect(m_ui->testConnectionButton, &QPushButton::clicked, this, &ServerPage::testConnection);
    connect(m_ui->progressPanel, &ProgressPanel::cancelRequested, this, [this] {
        cancelWait();
        m_ui->testConnectionButton->setFocus(Qt::OtherFocusReason);
    });
}

ServerPage::~ServerPage()
{
    cancelWait();
    GuiStyle::disconnectChildren(this); // the fields' editingFinished must not reach a gone form
}

void ServerPage::initializePage()
{
    const QList<QPair<QLineEdit *, QString>> fields { { m_ui->serverEdit, Key::Server },
        { m_ui->loginFlowEdit, Key::LoginFlow }, { m_ui->verifyFlowEdit, Key::VerifyFlow } };
    for (const auto &[edit, key] : fields) {
        if (edit->text().isEmpty())
            edit->setText(m_config.string(key));
        const bool locked = m_config.isLocked(key);
        edit->setReadOnly(locked);
        //: Tooltip of a field the system administrator has fixed.
        edit->setToolTip(locked ? tr("Set by your administrator") : QString());
    }
    m_leftFields.clear();
    m_ui->messagePanel->clear();
}

QList<ServerPage::Problem> ServerPage::problems() const
{
    QList<Problem> out;
    const QString serverText = m_ui->serverEdit->text().trimmed();
    const auto login = FlowRef::parse(m_ui->loginFlowEdit->text());
    const auto verify = FlowRef::parse(m_ui->verifyFlowEdit->text());
    QUrl server;
    if (!serverText.isEmpty()) {
        const auto parsed = parseServerUrl(serverText);
        if (parsed.ok())
            server = parsed.value();
        else
            out.append({ m_ui->serverEdit, parsed.error().message() });
    } else if ((!login.ok() || login.value().server().isEmpty())
        && (!verify.ok() || verify.value().server().isEmpty())) {
        out.append({ m_ui->serverEdit, parseServerUrl(QString()).error().message() });
    }
    // Plain HTTP to another machine is refused when sending: say so as soon as it is entered.
    const QUrl effective = !server.isEmpty()              ? server
        : login.ok() && !login.value().server().isEmpty() ? login.value().server()
        : verify.ok()                                     ? verify.value().server()
                                                          : QUrl();
    if (!effective.isEmpty()
        && !DirectusClient::isAllowedUrl(effective, m_config.boolean(Key::AllowInsecureHttp))) {
        out.append({ serverText.isEmpty() ? m_ui->loginFlowEdit : m_ui->serverEdit,
            DirectusClient::insecureUrlError(effective).message() });
    }
    if (!login.ok())
        out.append({ m_ui->loginFlowEdit, login.error().message() });
    if (!verify.ok())
        out.append({ m_ui->verifyFlowEdit, verify.error().message() });
    // A pasted trigger URL names its server: it must be the same one.
    for (const auto &[edit, flow] :
        { qMakePair(m_ui->loginFlowEdit, login), qMakePair(m_ui->verifyFlowEdit, verify) }) {
        if (!flow.ok() || flow.value().server().isEmpty() || server.isEmpty())
            continue;
        if (flow.value().server().adjusted(QUrl::StripTrailingSlash)
            != server.adjusted(QUrl::StripTrailingSlash)) {
            //: %1 is the server named by the pasted trigger URL, %2 the one in the Server field.
            out.append({ edit,
                tr("This trigger URL is on %1, not on %2. Use the flows of the same server.")
                    .arg(flow.value().server().toString(), server.toString()) });
        }
    }
    return out;
}

bool ServerPage::isComplete() const
{
    return problems().isEmpty() && !m_ping;
}

bool ServerPage::showProblems(bool all)
{
    for (const Problem &problem : problems()) {
        if (all || m_leftFields.contains(problem.field)) {
            m_ui->messagePanel->showMessage(GuiStyle::Tone::Error, problem.message);
            return true;
        }
    }
    if (m_ui->messagePanel->tone() == GuiStyle::Tone::Error)
        m_ui->messagePanel->clear();
    return false;
}

void ServerPage::onFlowEdited(QLineEdit *edit)
{
    // A pasted trigger URL fills in the server when it is still empty.
    const auto flow = FlowRef::parse(edit->text());
    if (flow.ok() && !flow.value().server().isEmpty()
        && m_ui->serverEdit->text().trimmed().isEmpty() && !m_ui->serverEdit->isReadOnly()) {
        m_ui->serverEdit->setText(flow.value().server().toString());
    }
}

bool ServerPage::validatePage()
{
    if (m_ping)
        return false;
    const QList<Problem> found = problems();
    if (!found.isEmpty()) {
        showProblems(true);
        found.first().field->setFocus(Qt::OtherFocusReason);
        return false;
    }
    return save();
}

bool ServerPage::save()
{
    const auto login = FlowRef::parse(m_ui->loginFlowEdit->text()).value();
    const auto verify = FlowRef::parse(m_ui->verifyFlowEdit->text()).value();
    QUrl server;
    if (!m_ui->serverEdit->text().trimmed().isEmpty())
        server = parseServerUrl(m_ui->serverEdit->text()).value();
    else
        server = login.server().isEmpty() ? verify.server() : login.server();

    const QList<QPair<QString, QString>> values { { Key::Server, server.toString() },
        { Key::LoginFlow, login.id() }, { Key::VerifyFlow, verify.id() } };
    for (const auto &[key, value] : values) {
        if (m_config.isLocked(key) || m_config.string(key) == value)
            continue;
        if (!m_config.setUserValue(key, value)) {
            //: %1 is the configuration file.
            m_ui->messagePanel->showMessage(GuiStyle::Tone::Error,
                tr("The settings could not be saved to %1. Check that the "
                   "folder exists and can be written.")
                    .arg(m_config.paths().userFile));
            return false;
        }
    }
    const auto options = m_config.clientOptions();
    if (!options.ok()) {
        m_ui->messagePanel->showError(options.error());
        return false;
    }
    emit configSaved();
    return true;
}

void ServerPage::testConnection()
{
    if (m_ping)
        return;
    const QString serverText = m_ui->serverEdit->text().trimmed();
    const auto login = FlowRef::parse(m_ui->loginFlowEdit->text());
    const auto verify = FlowRef::parse(m_ui->verifyFlowEdit->text());
    QUrl server;
    if (!serverText.isEmpty()) {
        const auto parsed = parseServerUrl(serverText);
        if (!parsed.ok()) {
            m_ui->messagePanel->showError(parsed.error());
            m_ui->serverEdit->setFocus(Qt::OtherFocusReason);
            return;
        }
        server = parsed.value();
    } else if (login.ok() && !login.value().server().isEmpty()) {
        server = login.value().server();
    } else {
        m_ui->messagePanel->showError(parseServerUrl(QString()).error());
        m_ui->serverEdit->setFocus(Qt::OtherFocusReason);
        return;
    }
    // The client tries what is typed; Continue applies the saved configuration again.
    ClientOptions options = m_client.options();
    options.server = server;
    if (login.ok())
        options.loginFlow = login.value();
    if (verify.ok())
        options.verifyFlow = verify.value();
    m_client.setOptions(options);

    m_ui->messagePanel->clear();
    //: %1 is the server address.
    m_ui->progressPanel->start(tr("Contacting %1…").arg(Bidi::ltr(server.host())));
    m_refocusTest = m_ui->testConnectionButton->hasFocus();
    m_ui->testConnectionButton->setEnabled(false);
    if (m_refocusTest)
        m_ui->progressPanel->findChild<QWidget *>(QStringLiteral("cancelWaitButton"))->setFocus();
    m_probe = Probe::Ping;
    m_probeLogin = login.ok();
    m_probeVerify = verify.ok();
    m_probeWhere.clear();
    m_ping = m_client.ping(this);
    connect(m_ping, &ApiCall::finished, this, &ServerPage::onPingFinished);
    emit completeChanged();
}

void ServerPage::onPingFinished()
{
    ApiCall *call = m_ping;
    m_ping = nullptr;
    call->deleteLater();
    const Probe probe = m_probe;
    Error error = call->error();
    if (!error) {
        error = probe == Probe::Ping
            ? FlowReply::parsePing(call->answer())
            : FlowReply::parseProbe(
                probe == Probe::VerifyFlow ? FlowReply::Call::Verify : FlowReply::Call::Login,
                call->answer());
    }
    if (!error) {
        if (probe == Probe::Ping)
            m_pingMs = call->elapsedMs();
        m_probeWhere << call->answer().where;
        // Then each flow that is filled in: does it exist and answer as a flow does? (A server
        // that answers "pong" said nothing about them: issue 23.)
        const bool loginNext = probe == Probe::Ping && m_probeLogin;
        const bool verifyNext = (probe == Probe::Ping && !m_probeLogin && m_probeVerify)
            || (probe == Probe::LoginFlow && m_probeVerify);
        if (loginNext || verifyNext) {
            m_probe = loginNext ? Probe::LoginFlow : Probe::VerifyFlow;
            m_ui->progressPanel->start(loginNext
                    //: Test connection, after the server answered.
                    ? tr("Checking the sign-in flow…")
                    : tr("Checking the verification flow…"));
            m_ping = m_client.probeFlow(
                loginNext ? FlowReply::Call::Login : FlowReply::Call::Verify, this);
            connect(m_ping, &ApiCall::finished, this, &ServerPage::onPingFinished);
            return;
        }
    }
    m_ui->progressPanel->stop();
    m_ui->testConnectionButton->setEnabled(true);
    if (m_refocusTest)
        m_ui->testConnectionButton->setFocus(Qt::OtherFocusReason);
    emit completeChanged();
    if (error) {
        m_ui->messagePanel->showError(error);
        return;
    }
    const int ms = int(qMax<qint64>(1, m_pingMs));
    const QString host = Bidi::ltr(m_client.server().host());
    m_ui->messagePanel->showMessage(GuiStyle::Tone::Success,
        m_probeLogin && m_probeVerify
            //: After Test connection worked and both flows answered; %1 is the server, %n the
            //: time the server took to answer, in milliseconds.
            ? tr("Connected: %1 answered in %n ms, and both flows answer.", nullptr, ms).arg(host)
            //: After Test connection worked; %1 is the server, %n the time it took in
            //: milliseconds.
            : tr("Connected: %1 answered in %n ms.", nullptr, ms).arg(host),
        m_probeWhere.join(QLatin1Char('\n')));
}

bool ServerPage::cancelWait()
{
    if (!m_ping)
        return false;
    ApiCall *call = m_ping;
    m_ping = nullptr;
    call->abort();
    call->deleteLater();
    m_ui->progressPanel->stop();
    m_ui->testConnectionButton->setEnabled(true);
    emit completeChanged();
    return true;
}

void ServerPage::focusInput()
{
    for (QLineEdit *edit : { m_ui->serverEdit, m_ui->loginFlowEdit, m_ui->verifyFlowEdit }) {
        if (edit->text().trimmed().isEmpty() && !edit->isReadOnly()) {
            edit->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
    m_ui->serverEdit->setFocus(Qt::OtherFocusReason);
}

bool ServerPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress
        && (watched == m_ui->serverEdit || watched == m_ui->loginFlowEdit
            || watched == m_ui->verifyFlowEdit)) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (wizard())
                wizard()->next();
            return true;
        }
    }
    return QWizardPage::eventFilter(watched, event);
}
