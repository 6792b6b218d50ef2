#include "KioskSession.h"

#include "Clock.h"
#include "Config.h"
#include "ConfigKeys.h"
#include "DirectusClient.h"
#include "NetworkLog.h"
#include "SignInSession.h"
#include "TokenStore.h"

#include <QRegularExpression>
#include <QTimer>

namespace {
QString userFileValue(const Config &config, const QString &key)
{
    return config.source(key) == Config::Source::User ? config.string(key) : QString();
}
} // namespace

KioskSession::KioskSession(SignInSession &session, DirectusClient &client, TokenStore &store,
    Config &config, const Clock &clock, NetworkLog *log, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_client(client)
    , m_store(store)
    , m_config(config)
    , m_clock(clock)
    , m_log(log)
    , m_idle(clock)
    , m_ticker(new QTimer(this))
    , m_revokeRetry(new QTimer(this))
{
    m_revokeRetry->setInterval(30000);
    m_revokeRetry->setSingleShot(true);
    connect(m_revokeRetry, &QTimer::timeout, this, &KioskSession::revokePending);
    m_idle.setIdleMs(qint64(qMax(5, config.integer(Key::KioskIdleSeconds))) * 1000);
    m_idle.setWarningMs(qint64(qMax(0, config.integer(Key::KioskWarningSeconds))) * 1000);
    m_rememberedRegion = userFileValue(config, Key::LastRegion);
    m_rememberedPhone = userFileValue(config, Key::LastPhone);
    if (m_log) {
        // Nothing about the person in any log: numbers masked, and no echo to stderr (the
        // answers name the person).
        m_log->redactor().setMaskPhoneNumbers(true);
        m_log->setEcho(nullptr);
    }
    // The wizard remembers the number in the user file once signed in; a kiosk must not.
    connect(&m_session, &SignInSession::signedIn, this,
        [this] { QTimer::singleShot(0, this, &KioskSession::forgetRememberedPhone); });
    m_ticker->setInterval(250);
    connect(m_ticker, &QTimer::timeout, this, &KioskSession::check);
}

KioskSession::~KioskSession() = default;

void KioskSession::start()
{
    m_ticker->start();
}

void KioskSession::stop()
{
    m_ticker->stop();
}

bool KioskSession::isStarted() const
{
    return m_ticker->isActive();
}

void KioskSession::setDeadlineIn(qint64 ms)
{
    m_deadline = m_clock.nowMs() + qMax<qint64>(0, ms);
}

int KioskSession::secondsToDeadline() const
{
    if (m_deadline <= 0)
        return 0;
    return int(qMax<qint64>(0, m_deadline - m_clock.nowMs() + 999) / 1000);
}

bool KioskSession::hasApplication() const
{
    return !m_config.string(Key::KioskExec).trimmed().isEmpty();
}

bool KioskSession::startApplication()
{
    if (!hasApplication())
        return false;
    // The server of the current configuration in the child's environment; the credential of this
    // sign-in as one JSON line on its standard input (KioskHandOff): never in its environment,
    // where /proc/<pid>/environ and every grandchild would see it, nor on a command line.
    const auto options = m_config.clientOptions();
    const QUrl server = options.ok()
        ? (options.value().server.isEmpty() ? options.value().loginFlow.server()
                                            : options.value().server)
        : QUrl();
    const Credential &credential = m_session.credential();
    const bool session = credential.kind() == Credential::Kind::Session;
    return m_handOff.start(m_config.string(Key::KioskExec), server,
        KioskHandOff::credentialLine(server, m_session.bearer(),
            session ? credential.token().reveal() : QString(),
            session ? credential.accessExpires() : QDateTime()));
}

void KioskSession::forgetRememberedPhone()
{
    const auto putBack = [this](const QString &key, const QString &before) {
        if (userFileValue(m_config, key) != before)
            m_config.setUserValue(key, before.isEmpty() ? QVariant() : QVariant(before));
    };
    putBack(Key::LastPhone, m_rememberedPhone);
    putBack(Key::LastRegion, m_rememberedRegion);
}

void KioskSession::wipe()
{
    m_idle.stop();
    m_deadline = 0;
    const QString key = m_session.tokenKey();
    // A Directus session ends on the server as well (its tokens were handed to the application).
    if (m_session.credential().kind() == Credential::Kind::Session)
        m_revocations.append(m_session.credential().token().reveal());
    // The sign-in: code session, number, user, credential and the redactor's secrets.
    m_session.reset();
    // The credential where it was kept (memory, or the kiosk user's keychain when configured).
    if (!key.isEmpty())
        m_store.remove(key, this, [](Error) {});
    forgetRememberedPhone();
    if (m_log) {
        m_log->clear();
        m_log->redactor().forgetSecrets();
    }
    emit wiped();
    revokePending();
}

void KioskSession::setRevokeRetryMs(int ms)
{
    m_revokeRetry->setInterval(qMax(10, ms));
}

void KioskSession::revokePending()
{
    if (m_revoking > 0)
        return;
    const QList<QString> tokens = m_revocations;
    for (const QString &token : tokens) {
        ++m_revoking;
        ApiCall *call = m_client.logout(token, this);
        connect(call, &ApiCall::finished, this, [this, call, token] {
            call->deleteLater();
            --m_revoking;
            // Ended (or unknown there already, which Directus answers the same): done with it.
            if (!call->error() && !FlowReply::parseLogout(call->answer()))
                m_revocations.removeAll(token);
            if (m_revoking == 0 && !m_revocations.isEmpty())
                m_revokeRetry->start();
        });
    }
}

void KioskSession::check()
{
    m_idle.check();
    if (m_deadline > 0 && m_clock.nowMs() >= m_deadline) {
        m_deadline = 0;
        emit deadlineReached();
        return;
    }
    emit ticked();
}

QStringList KioskSession::countries() const
{
    return parseCountries(m_config.systemValue(Key::KioskCountries));
}

QStringList KioskSession::parseCountries(const QVariant &value)
{
    // QSettings reads "GB, IE" as a list already; a single string may still hold separators.
    const QString joined = value.metaType().id() == QMetaType::QStringList
        ? value.toStringList().join(QLatin1Char(','))
        : value.toString();
    QStringList codes;
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    for (const QString &part : joined.split(separators, Qt::SkipEmptyParts)) {
        const QString code = part.toUpper();
        const bool letters = code.size() == 2 && code.at(0).isLetter() && code.at(1).isLetter()
            && code.at(0).unicode() < 128 && code.at(1).unicode() < 128;
        if (letters && !codes.contains(code))
            codes.append(code);
    }
    return codes;
}
