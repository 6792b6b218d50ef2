#include "SignInSession.h"

#include "Config.h"
#include "ConfigKeys.h"
#include "CredentialLock.h"
#include "DirectusClient.h"
#include "NetworkLog.h"
#include "OtpCode.h"
#include "ResendCooldowns.h"
#include "TokenStore.h"

#include <QCoreApplication>

SignInSession::SignInSession(
    DirectusClient &client, TokenStore &store, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
    , m_clock(clock)
{
    qRegisterMetaType<SignInSession::Step>();
    m_storeContext = new QObject(this);
    m_renewContext = new QObject(this);
}

SignInSession::~SignInSession()
{
    dropCall();
    dropRenewal();
    m_credential.wipe();
}

QDateTime SignInSession::sessionEnds() const
{
    if (m_credential.kind() != Credential::Kind::Session)
        return {};
    if (m_credential.renewed().isValid())
        return m_credential.renewed().addDays(m_sessionLifetimeDays);
    return m_credential.sessionExpires();
}

void SignInSession::registerSecret(const QString &secret)
{
    if (NetworkLog *log = m_client.networkLog())
        log->redactor().registerSecret(secret);
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
    case State::UserCheckFailed:
        return QStringLiteral("user-check-failed");
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

QString SignInSession::stepName(Step step)
{
    switch (step) {
    case Step::Restore:
        return QStringLiteral("restore");
    case Step::RequestCode:
        return QStringLiteral("request-code");
    case Step::Resend:
        return QStringLiteral("resend");
    case Step::Verify:
        return QStringLiteral("verify");
    case Step::CheckUser:
        return QStringLiteral("check-user");
    case Step::Store:
        return QStringLiteral("store");
    case Step::SignOut:
        return QStringLiteral("sign-out");
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

void SignInSession::setTokenKey(const QString &key)
{
    if (key != m_tokenKey && !m_tokenKey.isEmpty())
        endSignIn(); // another server or profile: nothing of this sign-in goes with it
    if (key != m_tokenKey) {
        dropRenewal();
        m_lock.reset();
        m_cooldownLoaded.clear(); // stored countdowns are per profile and server
        m_serverFloor.clear();
    }
    m_tokenKey = key;
}

void SignInSession::setEnvironmentToken(const QString &token)
{
    m_environmentTokenValue = Secret(token.trimmed());
    m_environmentToken = !m_environmentTokenValue.isEmpty();
}

QString SignInSession::tokenLocation() const
{
    if (m_environmentToken)
        return QStringLiteral("DIRECTUS_TOKEN");
    if (!m_store.isPersistent())
        return m_store.description(); // memory; the demo's says so
    if (m_tokenInMemoryOnly)
        return tr("memory, for this session only");
    return m_store.description();
}

bool SignInSession::tokenIsPersistent() const
{
    return !m_environmentToken && !m_tokenInMemoryOnly && m_store.isPersistent();
}

qint64 SignInSession::cooldownRemainingMs(const QString &e164) const
{
    if (m_cooldownStore && !m_cooldownLoaded.contains(e164) && !e164.isEmpty()) {
        // A countdown of an earlier run: the client's own holds the request back; the server's
        // (it will answer the same session itself) is only a floor for the next countdown.
        m_cooldownLoaded.insert(e164);
        const ResendCooldowns::Entry stored = m_cooldownStore->entry(m_tokenKey, e164);
        const qint64 left = stored.untilWallMs - m_clock.wallMs();
        if (left > 0 && !m_cooldownUntil.contains(e164)) {
            if (stored.serverDecides)
                m_serverFloor.insert(e164, m_clock.nowMs() + left);
            else
                m_cooldownUntil.insert(e164, m_clock.nowMs() + left);
        }
    }
    const qint64 until = m_cooldownUntil.value(e164, 0);
    return qMax<qint64>(0, until - m_clock.nowMs());
}

void SignInSession::startCooldown(const QString &e164, qint64 ms, bool serverDecides)
{
    qint64 until = m_clock.nowMs() + qMax<qint64>(0, ms);
    until = qMax(until, m_serverFloor.take(e164));
    m_cooldownUntil.insert(e164, until);
    m_cooldownLoaded.insert(e164);
    if (m_cooldownStore) {
        m_cooldownStore->set(m_tokenKey, e164,
            { m_clock.wallMs() + (until - m_clock.nowMs()), serverDecides }, m_clock.wallMs());
    }
}

qint64 SignInSession::codeExpiresInMs() const
{
    if (m_facts.expiresIn < 0 || m_sessionUuid.isEmpty())
        return -1;
    return qMax<qint64>(0, m_factsAtMs + qint64(m_facts.expiresIn) * 1000 - m_clock.nowMs());
}

bool SignInSession::canCallInstead() const
{
    return m_state == State::AwaitingCode && m_phone.isValid() && m_facts.fromServer()
        && m_resends >= 1 && !codeByCall();
}

void SignInSession::clearCodeFacts()
{
    m_facts = {};
    m_factsAtMs = 0;
    m_attemptsLeft = -1;
    m_resends = 0;
    emit codeFactsChanged();
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
        || state == State::StoreFailed || state == State::UserCheckFailed)
        m_stableState = state;
    emit stateChanged(state);
}

void SignInSession::fail(Step step, const Error &error, State next)
{
    m_lastError = error;
    setState(next);
    emit failed(step, error);
}

void SignInSession::failNow(Step step, const Error &error)
{
    m_lastError = error;
    emit failed(step, error);
}

void SignInSession::dropCall()
{
    if (m_call) {
        m_call->abort();
        m_call->deleteLater();
        m_call = nullptr;
    }
}

void SignInSession::endSignIn()
{
    dropRenewal();
    m_credential.wipe();
    m_credentialStored = false;
    m_tokenInMemoryOnly = false;
    // The log keeps what it showed (masked when it was written); the secrets it would mask in
    // later entries are of this sign-in only.
    if (NetworkLog *log = m_client.networkLog())
        log->redactor().forgetSecrets();
}

bool SignInSession::requestCode(const PhoneNumber &phone, Channel channel)
{
    if (m_state != State::Idle && m_state != State::AwaitingCode)
        return false;
    const bool resent = m_state == State::AwaitingCode && phone.e164() == m_phone.e164();
    const Step step = resent ? Step::Resend : Step::RequestCode;
    if (!phone.isValid()) {
        failNow(step, phone.error());
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
        failNow(step, error);
        return false;
    }
    m_phone = phone;
    if (!resent) {
        m_sessionUuid.clear();
        clearCodeFacts();
    }
    m_lastError = {};
    setState(State::RequestingCode);
    m_voiceAsked = channel == Channel::Voice;
    m_call = m_client.requestCode(phone.e164(), phone.callingCode(), this, m_voiceAsked);
    connect(m_call, &ApiCall::finished, this, [this, resent] { onCodeRequested(resent); });
    return true;
}

bool SignInSession::resendCode(Channel channel)
{
    if (m_state != State::AwaitingCode || !m_phone.isValid())
        return false;
    if (channel == Channel::Voice && !canCallInstead())
        return false;
    return requestCode(m_phone, channel);
}

void SignInSession::onCodeRequested(bool resent)
{
    ApiCall *call = m_call;
    m_call = nullptr;
    call->deleteLater();
    const State back = resent ? State::AwaitingCode : State::Idle;
    const Step step = resent ? Step::Resend : Step::RequestCode;
    if (call->error()) {
        fail(step, call->error(), back);
        return;
    }
    const auto session = FlowReply::parseCodeFacts(call->answer());
    if (!session.ok() && m_voiceAsked && session.error().kind() == Error::Kind::InvalidInput) {
        // Our flows call only a number that already got the code by SMS.
        fail(step,
            session.error().withMessage(
                tr("A call can be asked for only once a code was sent by SMS to this number. "
                   "Ask for the SMS first.")),
            back);
        return;
    }
    if (!session.ok()) {
        if (session.error().kind() == Error::Kind::RateLimited) {
            // The server says when: no new request for this number before then (the window counts
            // down and keeps Send disabled). Without a Retry-After, the resend cooldown.
            const int seconds = session.error().retryAfterSeconds();
            const qint64 wait = seconds > 0 ? qint64(seconds) * 1000 : m_cooldownMs;
            m_serverFloor.remove(m_phone.e164());
            startCooldown(m_phone.e164(), wait, false);
            m_rateLimited.insert(m_phone.e164());
        }
        fail(step, session.error(), back);
        return;
    }
    m_rateLimited.remove(m_phone.e164());
    m_sessionUuid = session.value().sessionUuid;
    m_facts = session.value();
    m_factsAtMs = m_clock.nowMs();
    m_attemptsLeft = m_facts.attemptsLeft;
    if (resent)
        ++m_resends;
    startCooldown(m_phone.e164(),
        m_facts.resendAfter >= 0 ? qint64(m_facts.resendAfter) * 1000 : m_cooldownMs,
        m_facts.fromServer());
    setState(State::AwaitingCode);
    emit codeFactsChanged();
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
        failNow(Step::Verify,
            Error(Error::Kind::InvalidInput,
                code.size() < OtpCode::MinLength
                    ? tr("The code is too short: it has %1 to %2 digits.")
                          .arg(OtpCode::MinLength)
                          .arg(OtpCode::MaxLength)
                    : tr("The code is too long: it has %1 to %2 digits.")
                          .arg(OtpCode::MinLength)
                          .arg(OtpCode::MaxLength),
                QStringLiteral("code of %1 digits").arg(code.size())));
        return false;
    }
    m_lastError = {};
    setState(State::Verifying);
    m_call = m_client.verifyCode(m_sessionUuid, code, m_deviceName, this);
    connect(m_call, &ApiCall::finished, this, &SignInSession::onVerified);
    return true;
}

void SignInSession::onVerified()
{
    ApiCall *call = m_call;
    m_call = nullptr;
    call->deleteLater();
    if (call->error()) {
        fail(Step::Verify, call->error(), State::AwaitingCode);
        return;
    }
    const auto verified = FlowReply::parseVerified(call->answer());
    if (!verified.ok()) {
        const Error error = verified.error();
        if (error.kind() == Error::Kind::SessionExpired) {
            // The server ended the session: a new code must be possible at once.
            m_sessionUuid.clear();
            m_cooldownUntil.remove(m_phone.e164());
            if (m_cooldownStore)
                m_cooldownStore->set(m_tokenKey, m_phone.e164(), {}, m_clock.wallMs());
            clearCodeFacts();
            fail(Step::Verify, error, State::Idle);
        } else {
            if (error.kind() == Error::Kind::WrongCode && error.attemptsLeft() >= 0) {
                m_attemptsLeft = error.attemptsLeft();
                emit codeFactsChanged();
            }
            fail(Step::Verify, error, State::AwaitingCode);
        }
        return;
    }
    if (verified.value().isSession()) {
        // A new Directus session of this device: its flow-made token is exchanged at once (the
        // copy directus_revisions keeps of it dies with the rotation), then checked, then kept.
        m_credential = Credential();
        m_credential.setKind(Credential::Kind::Session);
        m_credential.setToken(Secret(verified.value().refreshToken));
        m_credential.setSessionExpires(verified.value().sessionExpires);
        m_credential.setDevice(m_deviceName);
        registerSecret(verified.value().refreshToken);
    } else {
        m_credential = Credential::makeStatic(verified.value().token);
    }
    m_credentialStored = false;
    // Check the token before keeping it: a flow that hands out a token it did not store (or
    // stored wrongly) must not leave a useless secret behind.
    checkUser();
}

void SignInSession::checkUser()
{
    setState(State::Verifying);
    ensureAccess(false, [this](Error error) {
        if (error) {
            // The code was right, the session could not be opened yet (network, 5xx): in memory,
            // for Try again. (SignedOut: the server refused the flow's own token.)
            if (error.kind() == Error::Kind::SignedOut) {
                m_credential.wipe();
                Error bad = error.withMessage(
                    tr("The server opened a session for this sign-in and refused it at once, so "
                       "nothing was stored. Tell the server's administrator; the details say "
                       "what happened."));
                fail(Step::CheckUser, bad, State::Idle);
                return;
            }
            fail(Step::CheckUser,
                error.withMessage(tr("Your code was right, but the sign-in could not be "
                                     "completed, so nothing was saved. %1")
                                      .arg(error.message())),
                State::UserCheckFailed);
            return;
        }
        m_call = m_client.currentUser(m_credential.bearer(), this);
        connect(m_call, &ApiCall::finished, this, [this] { onUserChecked(false); });
    });
}

bool SignInSession::retryUserCheck()
{
    if (m_state != State::UserCheckFailed || m_credential.isEmpty())
        return false;
    m_lastError = {};
    checkUser();
    return true;
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
            const Error failure = user.error();
            m_credential.wipe();
            if (failure.kind() == Error::Kind::Unauthorized && !m_environmentToken) {
                // Revoked or replaced: the stored credential is useless now; removed before
                // anyone is told (a command exits right after).
                m_store.remove(m_tokenKey, m_storeContext,
                    [this, failure](Error) { fail(Step::Restore, failure, State::Idle); });
                return;
            }
            // Otherwise (unreachable or broken server) it stays stored; the person may retry.
            fail(Step::Restore, failure, State::Idle);
            return;
        }
        m_user = user.value();
        setState(State::SignedIn);
        emit signedIn(m_user);
        return;
    }

    if (!user.ok()) {
        const Error failure = user.error();
        if (failure.kind() == Error::Kind::Unauthorized) {
            m_credential.wipe();
            Error bad(Error::Kind::FlowMisconfigured,
                tr("The server issued a token that it does not accept itself, so it was not "
                   "stored. "
                   "Tell the server's administrator; the details say what to fix."),
                failure.detail());
            bad.setDiagnosis(
                tr("GET /users/me refused the token the verification flow returned: the "
                   "\"Update User Account\" operation did not save it as the user's token "
                   "(wrong filter, or it writes another value than it returns)."));
            bad.setHttpStatus(401);
            bad.setServerCode(failure.serverCode());
            fail(Step::CheckUser, bad, State::AwaitingCode);
            return;
        }
        // The code was right and a token was issued, but who it belongs to could not be checked.
        // Nothing is stored; the token waits in memory for retryUserCheck() (issue 16).
        Error waiting = failure.kind() == Error::Kind::Forbidden
            ? failure.withMessage(
                tr("Your code was right, but your account may not read its own user on this "
                   "server (GET /users/me answers 403), so the sign-in cannot be checked and was "
                   "not saved. Ask the server's administrator to let your role read its own "
                   "user."))
            : failure.withMessage(
                tr("Your code was right, but the server could not say who you are, so nothing "
                   "was saved. %1")
                    .arg(failure.message()));
        fail(Step::CheckUser, waiting, State::UserCheckFailed);
        return;
    }
    m_user = user.value();
    if (m_credential.userId().isEmpty())
        m_credential.setUserId(m_user.id);
    store();
}

void SignInSession::store()
{
    if (m_sessionOnlyChosen) {
        // The person chose it before the code was asked for: the store is not tried.
        m_tokenInMemoryOnly = true;
        m_credentialStored = false;
        m_sessionUuid.clear();
        setState(State::SignedIn);
        emit signedIn(m_user);
        return;
    }
    setState(State::Storing);
    dropStoreAnswer();
    m_store.write(m_tokenKey, m_credential.serialize(), m_storeContext, [this](Error error) {
        if (error) {
            fail(Step::Store, error, State::StoreFailed);
            return;
        }
        m_credentialStored = true;
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
    m_credentialStored = false;
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

void SignInSession::checkStoredCredential(Load load)
{
    const bool withServer = load == Load::CheckWithServer;
    if (m_state != State::Idle)
        return;
    m_lastError = {};
    setState(State::Restoring);
    const auto loaded = [this, withServer, load](const QString &stored) {
        Error unreadable;
        m_credential = Credential::parse(stored, &unreadable);
        if (m_credential.isEmpty()) {
            fail(Step::Restore,
                unreadable ? unreadable
                           : Error(Error::Kind::NotSignedIn, tr("Not signed in."),
                               QStringLiteral("nothing stored under %1").arg(m_tokenKey)),
                State::Idle);
            return;
        }
        m_tokenInMemoryOnly = false;
        m_credentialStored = !m_environmentToken;
        if (load == Load::AsStored) {
            m_user = UserInfo { m_credential.userId(), {}, {}, {} };
            setState(State::SignedIn);
            emit signedIn(m_user);
            return;
        }
        // A session's access token renewed first when it is (nearly) expired.
        ensureAccess(false, [this, withServer](Error error) {
            if (error) {
                m_credential.wipe();
                fail(Step::Restore, error, State::Idle);
                return;
            }
            if (!withServer) {
                m_user = UserInfo { m_credential.userId(), {}, {}, {} };
                setState(State::SignedIn);
                emit signedIn(m_user);
                return;
            }
            m_call = m_client.currentUser(m_credential.bearer(), this);
            connect(m_call, &ApiCall::finished, this, [this] { onUserChecked(true); });
        });
    };
    if (m_environmentToken) {
        // Later in this turn of the event loop, as a store would answer.
        QMetaObject::invokeMethod(
            m_storeContext, [this, loaded] { loaded(m_environmentTokenValue.reveal()); },
            Qt::QueuedConnection);
        return;
    }
    dropStoreAnswer();
    m_store.read(m_tokenKey, m_storeContext, [this, loaded](Result<QString> token) {
        if (!token.ok()) {
            if (token.error().kind() == Error::Kind::NotSignedIn) {
                // Nothing stored: not a failure of anyone's.
                setState(State::Idle);
                emit nothingStored();
            } else {
                fail(Step::Restore, token.error(), State::Idle);
            }
            return;
        }
        loaded(token.value());
    });
}

ApiCall *SignInSession::api(
    const QByteArray &method, const QString &path, const QByteArray &jsonBody, QObject *context)
{
    if (m_state != State::SignedIn || m_credential.isEmpty())
        return nullptr;
    return m_client.api(method, path, m_credential.bearer(), jsonBody, context);
}

void SignInSession::changeNumber()
{
    if (isBusy())
        cancel();
    if (m_state == State::UserCheckFailed)
        endSignIn();
    m_sessionUuid.clear();
    clearCodeFacts();
    setState(State::Idle);
}

void SignInSession::signOut()
{
    if (m_state != State::SignedIn)
        return;
    m_lastSignOutRevoked = false;
    if (m_credential.kind() != Credential::Kind::Session) {
        signOutLocally();
        return;
    }
    // A session ends on the server first (with the newest refresh token: another process may
    // have renewed it), then here. Unreachable: it ends here, and stays valid there until it
    // expires (lastSignOutRevoked() says so).
    setState(State::SigningOut);
    const auto revoke = [this](const QString &refreshToken) {
        m_call = m_client.logout(refreshToken, this);
        connect(m_call, &ApiCall::finished, this, [this] {
            ApiCall *call = m_call;
            m_call = nullptr;
            call->deleteLater();
            m_lastSignOutRevoked = !call->error() && !FlowReply::parseLogout(call->answer());
            signOutLocally();
        });
    };
    if (!m_credentialStored) {
        revoke(m_credential.token().reveal());
        return;
    }
    dropStoreAnswer();
    m_store.read(m_tokenKey, m_storeContext, [this, revoke](Result<QString> stored) {
        const Credential there = stored.ok() ? Credential::parse(stored.value()) : Credential();
        revoke(there.kind() == Credential::Kind::Session ? there.token().reveal()
                                                         : m_credential.token().reveal());
    });
}

void SignInSession::signOutLocally()
{
    if (m_tokenInMemoryOnly || m_environmentToken || !m_credentialStored) {
        endSignIn();
        m_user = {};
        setState(State::Idle);
        emit signedOut();
        return;
    }
    setState(State::SigningOut);
    dropStoreAnswer();
    m_store.remove(m_tokenKey, m_storeContext, [this](Error error) {
        if (error) {
            fail(Step::SignOut, error, State::SignedIn);
            return;
        }
        endSignIn();
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
        m_credential.wipe();
        setState(State::AwaitingCode);
        break;
    case State::UserCheckFailed:
        // The code was used; a new sign-in starts with a new code. A session opened for it ends.
        if (m_credential.kind() == Credential::Kind::Session)
            revokeQuietly(m_credential.token().reveal());
        m_credential.wipe();
        m_sessionUuid.clear();
        setState(State::Idle);
        break;
    case State::Restoring:
        // Drop a keychain read still under way, so its late answer cannot sign anyone in.
        dropStoreAnswer();
        m_credential.wipe();
        setState(State::Idle);
        break;
    case State::Storing:
    case State::StoreFailed:
        // The store may still finish the write; drop its answer and the token we hold. A write
        // that completes anyway leaves a valid credential, found on the next start.
        dropStoreAnswer();
        m_credential.wipe();
        setState(State::AwaitingCode);
        break;
    case State::SigningOut:
        dropStoreAnswer();
        setState(State::SignedIn);
        break;
    case State::SignedIn:
        dropRenewal();
        break;
    default:
        break;
    }
}

void SignInSession::reset()
{
    dropCall();
    dropStoreAnswer();
    dropRenewal();
    endSignIn();
    m_phone = PhoneNumber();
    m_sessionUuid.clear();
    clearCodeFacts();
    m_user = {};
    m_lastError = {};
    setState(State::Idle);
}

void SignInSession::dropStoreAnswer()
{
    // The store answers through this context object: a new one means the pending answer (of a
    // read, write or remove that no longer matters) is never delivered.
    delete m_storeContext;
    m_storeContext = new QObject(this);
}

void SignInSession::renewAccess(std::function<void(Error)> done)
{
    if (m_state != State::SignedIn) {
        QMetaObject::invokeMethod(
            m_renewContext,
            [done] {
                done(Error(Error::Kind::NotSignedIn, tr("Not signed in."),
                    QStringLiteral("renewAccess outside SignedIn")));
            },
            Qt::QueuedConnection);
        return;
    }
    ensureAccess(true, [this, done](Error error) {
        if (error
            && (error.kind() == Error::Kind::SignedOut
                || error.kind() == Error::Kind::SessionLost)) {
            endSignIn();
            m_user = {};
            setState(State::Idle);
        }
        done(error);
    });
}

void SignInSession::ensureAccess(bool force, std::function<void(Error)> done)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (m_credential.kind() != Credential::Kind::Session
        || (!force && m_credential.accessValidAt(now, RenewMarginSeconds))) {
        QMetaObject::invokeMethod(
            m_renewContext, [done] { done(Error()); }, Qt::QueuedConnection);
        return;
    }
    m_waitingForAccess.append(std::move(done));
    if (m_waitingForAccess.size() > 1)
        return; // one renewal at a time: this one's answer serves every caller
    if (!m_lock)
        m_lock = std::make_unique<CredentialLock>(m_tokenKey);
    const Secret ours = m_credential.token().copy();
    m_lock->acquire(
        15000, [this, force, ours = std::make_shared<Secret>(ours.copy())](Error error) {
            if (error) {
                finishAccess(error);
                return;
            }
            if (!m_credentialStored) {
                renewWithServer(); // a fresh sign-in: nothing in the store to read again
                return;
            }
            // Another process may have renewed it while we waited: its token is the live one.
            m_store.read(m_tokenKey, m_renewContext, [this, force, ours](Result<QString> stored) {
                if (!stored.ok()) {
                    if (stored.error().kind() == Error::Kind::NotSignedIn) {
                        finishAccess(Error(Error::Kind::SignedOut,
                            tr("You were signed out of this server (in another window or command). "
                               "Sign in again."),
                            QStringLiteral("the stored session is gone")));
                        return;
                    }
                    finishAccess(stored.error());
                    return;
                }
                Credential there = Credential::parse(stored.value());
                if (there.kind() == Credential::Kind::Session
                    && !there.token().equals(ours->reveal())) {
                    m_credential = std::move(there);
                    registerSecret(m_credential.token().reveal());
                    registerSecret(m_credential.accessToken().reveal());
                    if (m_credential.accessValidAt(
                            QDateTime::currentDateTimeUtc(), RenewMarginSeconds)) {
                        finishAccess({}); // renewed by the other process: nothing to do
                        return;
                    }
                }
                Q_UNUSED(force)
                renewWithServer();
            });
        });
}

void SignInSession::renewWithServer()
{
    m_renewCall = m_client.refresh(m_credential.token().reveal(), m_renewContext);
    connect(m_renewCall, &ApiCall::finished, m_renewContext, [this] {
        ApiCall *call = m_renewCall;
        m_renewCall = nullptr;
        call->deleteLater();
        if (call->error()) {
            // Not reached, or no answer: the refresh token is still good; try again later.
            finishAccess(call->error().withMessage(
                tr("The sign-in could not be renewed: %1").arg(call->error().message())));
            return;
        }
        const auto refreshed = FlowReply::parseRefresh(call->answer());
        if (!refreshed.ok()) {
            if (refreshed.error().kind() == Error::Kind::SignedOut) {
                // Useless now: removed before anyone is told (a command exits right after).
                const Error signedOut = refreshed.error();
                if (!m_credentialStored) {
                    finishAccess(signedOut);
                    return;
                }
                m_store.remove(m_tokenKey, m_renewContext,
                    [this, signedOut](Error) { finishAccess(signedOut); });
                return;
            }
            // The server failed, not the session: kept for a later try.
            finishAccess(refreshed.error().withMessage(
                tr("The sign-in could not be renewed: %1").arg(refreshed.error().message())));
            return;
        }
        const QDateTime now = QDateTime::currentDateTimeUtc();
        registerSecret(refreshed.value().refreshToken);
        registerSecret(refreshed.value().accessToken);
        m_credential.setToken(Secret(refreshed.value().refreshToken));
        m_credential.setAccess(
            Secret(refreshed.value().accessToken), now.addMSecs(refreshed.value().expiresMs));
        m_credential.setRenewed(now);
        if (!m_credentialStored) {
            finishAccess({});
            return;
        }
        // The old refresh token is dead now: the new one goes into the store before anything else.
        m_store.write(m_tokenKey, m_credential.serialize(), m_renewContext, [this](Error error) {
            if (error) {
                finishAccess(Error(Error::Kind::SessionLost,
                    tr("The sign-in was renewed, but the keychain did not keep the new token, and "
                       "the old one no longer works: this sign-in is lost. %1 Then sign in again.")
                        .arg(error.message()),
                    error.detail()));
                return;
            }
            finishAccess({});
        });
    });
}

void SignInSession::finishAccess(const Error &error)
{
    if (m_lock)
        m_lock->release();
    const QList<std::function<void(Error)>> waiting = std::move(m_waitingForAccess);
    m_waitingForAccess.clear();
    for (const auto &done : waiting)
        done(error);
}

void SignInSession::dropRenewal()
{
    if (m_renewCall) {
        m_renewCall->abort();
        m_renewCall = nullptr;
    }
    delete m_renewContext;
    m_renewContext = new QObject(this);
    m_waitingForAccess.clear();
    if (m_lock)
        m_lock->release();
}

void SignInSession::revokeQuietly(const QString &refreshToken)
{
    ApiCall *call = m_client.logout(refreshToken, this);
    connect(call, &ApiCall::finished, call, &QObject::deleteLater);
}

Error SignInSession::applyConfig(const Config &config, bool flowsNeeded)
{
    const auto options
        = config.clientOptions(flowsNeeded ? Config::Need::Flows : Config::Need::Server);
    if (options.ok())
        m_client.setOptions(options.value());
    setTokenKey(config.tokenKey(m_client.server()));
    const int resendSeconds = config.integer(Key::ResendSeconds);
    if (resendSeconds >= 0)
        setResendCooldownMs(qint64(resendSeconds) * 1000);
    setSessionLifetimeDays(config.integer(Key::SessionDays));
    return options.ok() ? Error() : options.error();
}
