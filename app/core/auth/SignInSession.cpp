#include "SignInSession.h"
#include "ConfigKeys.h"

#include "Config.h"
#include "DirectusClient.h"
#include "OtpCode.h"
#include "TokenStore.h"

#include <QCoreApplication>

SignInSession::SignInSession(
    DirectusClient &client, TokenStore &store, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
    , m_clock(clock)
{
    m_storeContext = new QObject(this);
}

SignInSession::~SignInSession()
{
    dropCall();
    wipeToken();
}

QString SignInSession::stateName(State state)
{
    switch (state) {
    case State::Idle:
        return QStringLiteral("idle");
    case State::Restoring:
        return QStringLiteral("restoring");
    case State::RequestingCode:
        return QStringLiteral("requesting-code");
    case State::AwaitingCode:
        return QStringLiteral("awaiting-code");
    case State::Verifying:
        return QStringLiteral("verifying");
    case State::Storing:
        return QStringLiteral("storing");
    case State::StoreFailed:
        return QStringLiteral("store-failed");
    case State::SignedIn:
        return QStringLiteral("signed-in");
    case State::SigningOut:
        return QStringLiteral("signing-out");
    }
    return {};
}

bool SignInSession::isBusy() const
{
    switch (m_state) {
    case State::Restoring:
    case State::RequestingCode:
    case State::Verifying:
    case State::Storing:
    case State::SigningOut:
        return true;
    default:
        return false;
    }
}

QString SignInSession::tokenLocation() const
{
    if (m_tokenInMemoryOnly || !m_store.isPersistent())
        return tr("memory, for this session only");
    return m_store.description();
}

bool SignInSession::tokenIsPersistent() const
{
    return !m_tokenInMemoryOnly && m_store.isPersistent();
}

qint64 SignInSession::cooldownRemainingMs(const QString &e164) const
{
    const qint64 until = m_cooldownUntil.value(e164, 0);
    return qMax<qint64>(0, until - m_clock.nowMs());
}

qint64 SignInSession::resendAvailableInMs() const
{
    return cooldownRemainingMs(m_phone.e164());
}

void SignInSession::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    if (state == State::Idle || state == State::AwaitingCode || state == State::SignedIn
        || state == State::StoreFailed)
        m_stableState = state;
    emit stateChanged(state);
}

void SignInSession::fail(const Error &error, State next)
{
    m_lastError = error;
    setState(next);
    emit failed(error);
}

void SignInSession::dropCall()
{
    if (m_call) {
        m_call->abort();
        m_call->deleteLater();
        m_call = nullptr;
    }
}

bool SignInSession::requestCode(const PhoneNumber &phone)
{
    if (m_state != State::Idle && m_state != State::AwaitingCode)
        return false;
    if (!phone.isValid()) {
        m_lastError = phone.error();
        emit failed(m_lastError);
        return false;
    }
    const qint64 wait = cooldownRemainingMs(phone.e164());
    if (wait > 0) {
        const int seconds = int((wait + 999) / 1000);
        Error error(Error::Kind::RateLimited,
            m_rateLimited.contains(phone.e164())
                ? tr("The server refused more codes for this number for now. Try again in %n "
                     "second(s).",
                    nullptr, seconds)
                : tr("A code was just sent to this number. You can ask for a new one in %n "
                     "second(s).",
                    nullptr, seconds),
            QStringLiteral("local resend cooldown: %1 ms left").arg(wait));
        error.setRetryAfterSeconds(seconds);
        m_lastError = error;
        emit failed(error);
        return false;
    }
    const bool resent = m_state == State::AwaitingCode && phone.e164() == m_phone.e164();
    m_phone = phone;
    if (!resent)
        m_sessionUuid.clear();
    m_lastError = {};
    setState(State::RequestingCode);
    m_call = m_client.requestCode(phone.e164(), phone.callingCode(), this);
    connect(m_call, &ApiCall::finished, this, [this, resent] { onCodeRequested(resent); });
    return true;
}

bool SignInSession::resendCode()
{
    if (m_state != State::AwaitingCode || !m_phone.isValid())
        return false;
    return requestCode(m_phone);
}

void SignInSession::onCodeRequested(bool resent)
{
    ApiCall *call = m_call;
    m_call = nullptr;
    call->deleteLater();
    const State back = resent ? State::AwaitingCode : State::Idle;
    if (call->error()) {
        fail(call->error(), back);
        return;
    }
    const auto session = FlowReply::parseLogin(call->answer());
    if (!session.ok()) {
        if (session.error().kind() == Error::Kind::RateLimited) {
            // The server says when: no new request for this number before then (the window counts
            // down and keeps Send disabled). Without a Retry-After, the resend cooldown.
            const int seconds = session.error().retryAfterSeconds();
            const qint64 wait = seconds > 0 ? qint64(seconds) * 1000 : m_cooldownMs;
            m_cooldownUntil.insert(m_phone.e164(), m_clock.nowMs() + wait);
            m_rateLimited.insert(m_phone.e164());
        }
        fail(session.error(), back);
        return;
    }
    m_rateLimited.remove(m_phone.e164());
    m_sessionUuid = session.value();
    m_cooldownUntil.insert(m_phone.e164(), m_clock.nowMs() + m_cooldownMs);
    setState(State::AwaitingCode);
    emit codeSent(resent);
}

bool SignInSession::resumeSession(const QString &sessionUuid, const PhoneNumber &phone)
{
    if (m_state != State::Idle || sessionUuid.trimmed().isEmpty())
        return false;
    m_sessionUuid = sessionUuid.trimmed();
    m_phone = phone;
    setState(State::AwaitingCode);
    return true;
}

bool SignInSession::submitCode(const QString &input)
{
    if (m_state != State::AwaitingCode)
        return false;
    const QString code = OtpCode::digitsOnly(input, OtpCode::MaxLength + 1);
    if (!OtpCode::isAcceptable(code)) {
        m_lastError = Error(Error::Kind::InvalidInput,
            code.size() < OtpCode::MinLength ? tr("The code is too short: it has %1 to %2 digits.")
                                                   .arg(OtpCode::MinLength)
                                                   .arg(OtpCode::MaxLength)
                                             : tr("The code is too long: it has %1 to %2 digits.")
                                                   .arg(OtpCode::MinLength)
                                                   .arg(OtpCode::MaxLength),
            QStringLiteral("code of %1 digits").arg(code.size()));
        emit failed(m_lastError);
        return false;
    }
    m_lastError = {};
    setState(State::Verifying);
    m_call = m_client.verifyCode(m_sessionUuid, code, this);
    connect(m_call, &ApiCall::finished, this, &SignInSession::onVerified);
    return true;
}

void SignInSession::onVerified()
{
    ApiCall *call = m_call;
    m_call = nullptr;
    call->deleteLater();
    if (call->error()) {
        fail(call->error(), State::AwaitingCode);
        return;
    }
    const auto token = FlowReply::parseVerify(call->answer());
    if (!token.ok()) {
        const Error error = token.error();
        if (error.kind() == Error::Kind::SessionExpired) {
            // The server ended the session: a new code must be possible at once.
            m_sessionUuid.clear();
            m_cooldownUntil.remove(m_phone.e164());
            fail(error, State::Idle);
        } else {
            fail(error, State::AwaitingCode);
        }
        return;
    }
    m_token = token.value();
    // Check the token before keeping it: a flow that hands out a token it did not store (or
    // stored wrongly) must not leave a useless secret behind.
    m_call = m_client.currentUser(m_token, this);
    connect(m_call, &ApiCall::finished, this, [this] { onUserChecked(false); });
}

void SignInSession::onUserChecked(bool restoring)
{
    ApiCall *call = m_call;
    m_call = nullptr;
    call->deleteLater();

    Error error = call->error();
    Result<UserInfo> user
        = error ? Result<UserInfo>(error) : FlowReply::parseCurrentUser(call->answer());
    if (restoring) {
        if (!user.ok()) {
            if (user.error().kind() == Error::Kind::Unauthorized) {
                // Revoked or replaced: the stored token is useless now; remove it.
                const Error revoked = user.error();
                wipeToken();
                m_store.remove(m_tokenKey, m_storeContext, [](Error) {});
                fail(revoked, State::Idle);
            } else {
                // Unreachable or broken server: keep the token, say so, let the person retry.
                wipeToken();
                fail(user.error(), State::Idle);
            }
            return;
        }
        m_user = user.value();
        setState(State::SignedIn);
        emit signedIn(m_user);
        return;
    }

    if (!user.ok()) {
        if (user.error().kind() == Error::Kind::Unauthorized) {
            wipeToken();
            Error bad(Error::Kind::FlowMisconfigured,
                tr("The server issued a token that it does not accept itself, so it was not "
                   "stored. "
                   "Tell the server's administrator; the details say what to fix."),
                user.error().detail());
            bad.setDiagnosis(
                tr("GET /users/me refused the token the verification flow returned: the "
                   "\"Update User Account\" operation did not save it as the user's token "
                   "(wrong filter, or it writes another value than it returns)."));
            bad.setHttpStatus(401);
            fail(bad, State::AwaitingCode);
            return;
        }
        // The token was issued by the flow; only the profile could not be read. Keep going.
        m_user = UserInfo();
    } else {
        m_user = user.value();
    }
    store();
}

void SignInSession::store()
{
    setState(State::Storing);
    dropStoreAnswer();
    m_store.write(m_tokenKey, m_token, m_storeContext, [this](Error error) {
        if (error) {
            fail(error, State::StoreFailed);
            return;
        }
        m_tokenInMemoryOnly = false;
        m_sessionUuid.clear();
        setState(State::SignedIn);
        emit signedIn(m_user);
    });
}

bool SignInSession::keepTokenForSession()
{
    if (m_state != State::StoreFailed)
        return false;
    m_tokenInMemoryOnly = true;
    m_sessionUuid.clear();
    m_lastError = {};
    setState(State::SignedIn);
    emit signedIn(m_user);
    return true;
}

bool SignInSession::retryStore()
{
    if (m_state != State::StoreFailed)
        return false;
    store();
    return true;
}

void SignInSession::restore()
{
    if (m_state != State::Idle)
        return;
    m_lastError = {};
    setState(State::Restoring);
    dropStoreAnswer();
    m_store.read(m_tokenKey, m_storeContext, [this](Result<QString> token) {
        if (!token.ok()) {
            if (token.error().kind() == Error::Kind::NotSignedIn) {
                setState(State::Idle);
            } else {
                fail(token.error(), State::Idle);
            }
            return;
        }
        m_token = token.value();
        m_tokenInMemoryOnly = false;
        m_call = m_client.currentUser(m_token, this);
        connect(m_call, &ApiCall::finished, this, [this] { onUserChecked(true); });
    });
}

void SignInSession::changeNumber()
{
    if (isBusy())
        cancel();
    m_sessionUuid.clear();
    setState(State::Idle);
}

void SignInSession::signOut()
{
    if (m_state != State::SignedIn)
        return;
    if (m_tokenInMemoryOnly) {
        wipeToken();
        m_user = {};
        setState(State::Idle);
        emit signedOut();
        return;
    }
    setState(State::SigningOut);
    dropStoreAnswer();
    m_store.remove(m_tokenKey, m_storeContext, [this](Error error) {
        if (error) {
            fail(error, State::SignedIn);
            return;
        }
        wipeToken();
        m_user = {};
        setState(State::Idle);
        emit signedOut();
    });
}

void SignInSession::cancel()
{
    const State state = m_state;
    dropCall();
    switch (state) {
    case State::RequestingCode:
        setState(m_sessionUuid.isEmpty() ? State::Idle : State::AwaitingCode);
        break;
    case State::Verifying:
        wipeToken();
        setState(State::AwaitingCode);
        break;
    case State::Restoring:
        // Drop a keychain read still under way, so its late answer cannot sign anyone in.
        dropStoreAnswer();
        wipeToken();
        setState(State::Idle);
        break;
    case State::Storing:
    case State::StoreFailed:
        // The store may still finish the write; drop its answer and the token we hold. A write
        // that completes anyway leaves a valid token, found on the next start.
        dropStoreAnswer();
        wipeToken();
        setState(State::AwaitingCode);
        break;
    case State::SigningOut:
        dropStoreAnswer();
        setState(State::SignedIn);
        break;
    default:
        break;
    }
}

void SignInSession::reset()
{
    dropCall();
    dropStoreAnswer();
    wipeToken();
    m_phone = PhoneNumber();
    m_sessionUuid.clear();
    m_user = {};
    m_lastError = {};
    m_tokenInMemoryOnly = false;
    setState(State::Idle);
}

void SignInSession::wipeToken()
{
    m_token.fill(QLatin1Char('\0'));
    m_token.clear();
}

void SignInSession::dropStoreAnswer()
{
    // The store answers through this context object: a new one means the pending answer (of a
    // read, write or remove that no longer matters) is never delivered.
    delete m_storeContext;
    m_storeContext = new QObject(this);
}

Error SignInSession::applyConfig(const Config &config)
{
    const auto options = config.clientOptions();
    if (options.ok())
        m_client.setOptions(options.value());
    setTokenKey(config.tokenKey(m_client.server()));
    const int resendSeconds = config.integer(Key::ResendSeconds);
    if (resendSeconds >= 0)
        setResendCooldownMs(qint64(resendSeconds) * 1000);
    return options.ok() ? Error() : options.error();
}
