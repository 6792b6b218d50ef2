#pragma once

#include "Clock.h"
#include "Credential.h"
#include "Error.h"
#include "FlowReply.h"
#include "PhoneNumber.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <functional>
#include <memory>

class ApiCall;
class Config;
class CredentialLock;
class DirectusClient;
class ResendCooldowns;
class TokenStore;

// The sign-in as one state machine that the command line, the wizard and the kiosk all drive,
// and the one owner of the credential and of every secret of a sign-in:
//
//   Idle ─requestCode→ RequestingCode ─→ AwaitingCode ─submitCode→ Verifying ─→ Storing ─→ SignedIn
//     ↑  ←──────── failure / cancel ───┘      ↑ ←── wrong code ──────┘   │  │      └→ StoreFailed
//     │                                                                  │  └→ UserCheckFailed
//     └────────── checkStoredCredential(): Restoring ─────────────────────────────────→ SignedIn
//
// One request in flight per step: an action that does not fit the current state is ignored and
// returns false (a double click sends one request). Verifying checks the issued token with
// GET /users/me before anything is stored: a token the server does not accept is never kept, and
// when the check itself fails (network, 5xx, a role that may not read its own user) the session
// waits in UserCheckFailed with the token in memory only, for retryUserCheck() or cancel().
//
// Every failure names its step (failed(Step, Error)), so a view shows the failures of its own
// steps and filters nothing else. Requests that need the credential get it from here (api());
// nobody else holds a token. When a sign-in ends (sign-out, reset, another profile) its secrets
// are wiped from memory and the network log's redactor forgets them.
class SignInSession : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Idle,
        Restoring, // reading the stored credential (and checking it with /users/me)
        RequestingCode,
        AwaitingCode,
        Verifying, // verify flow, then /users/me with the new token
        UserCheckFailed, // the code was right, /users/me could not say who: retryUserCheck()
        Storing, // writing the credential to the store
        StoreFailed, // the store refused: keepTokenForSession() or retryStore() or cancel()
        SignedIn,
        SigningOut,
    };
    Q_ENUM(State)

    // What failed: each view listens for its own steps.
    enum class Step {
        Restore, // checkStoredCredential()
        RequestCode, // the first code for a number
        Resend, // another code for the same number, from the code page
        Verify, // the verify flow (a wrong or expired code)
        CheckUser, // GET /users/me right after verify
        Store, // the keychain write
        SignOut,
    };
    Q_ENUM(Step)

    SignInSession(
        DirectusClient &client, TokenStore &store, const Clock &clock, QObject *parent = nullptr);
    ~SignInSession() override;

    // Takes the configuration: the client's options (server, flows, timeout, CA file…), the
    // credential's key (TokenStore::key(profile, server)) and the resend cooldown (ResendSeconds;
    // a negative value keeps the default). The one place this happens: at start, after the Server
    // page saves, on a profile switch (which ends the last profile's sign-in in memory first).
    // Returns the options' error, if any (the rest is applied all the same).
    // `flowsNeeded` false: only the server must be configured (the commands that use the stored
    // sign-in).
    Error applyConfig(const Config &config, bool flowsNeeded = true);
    void setTokenKey(const QString &key);
    QString tokenKey() const { return m_tokenKey; }
    void setResendCooldownMs(qint64 ms) { m_cooldownMs = ms; }
    qint64 resendCooldownMs() const { return m_cooldownMs; }
    // Where resend countdowns are kept across restarts (per number, as salted hashes); none by
    // default.
    void setResendCooldowns(ResendCooldowns *cooldowns) { m_cooldownStore = cooldowns; }
    // A token given from outside (DIRECTUS_TOKEN, as GH_TOKEN for gh): checkStoredCredential()
    // uses it instead of the store, and nothing is ever stored or removed for it.
    void setEnvironmentToken(const QString &token);
    bool usesEnvironmentToken() const { return m_environmentToken; }
    // The name of this device in its Directus session (directus_sessions.user_agent), which an
    // administrator sees: "Directus Login on lab-7". Sent to the verify flow.
    void setDeviceName(const QString &name) { m_deviceName = name; }
    QString deviceName() const { return m_deviceName; }
    // The server's REFRESH_TOKEN_TTL as far as this client knows it (7 days, Directus' default):
    // a session ends that long after it was last renewed.
    void setSessionLifetimeDays(int days) { m_sessionLifetimeDays = qMax(1, days); }
    int sessionLifetimeDays() const { return m_sessionLifetimeDays; }
    // When this device's session ends if it is not used again (invalid for a static token).
    QDateTime sessionEnds() const;

    // The clock every countdown of the sign-in reads (resend, rate limit).
    const Clock &clock() const { return m_clock; }

    State state() const { return m_state; }
    static QString stateName(State state);
    static QString stepName(Step step);
    bool isBusy() const;

    PhoneNumber phone() const { return m_phone; }
    QString sessionUuid() const { return m_sessionUuid; }
    UserInfo user() const { return m_user; }
    // The credential once verified or loaded (empty otherwise). Its secrets stay in it: use
    // bearer() for the one moment a request or a hand-off needs the token.
    const Credential &credential() const { return m_credential; }
    QString bearer() const { return m_credential.bearer(); }
    // Where the credential is kept once signed in: the store's description, "memory" after
    // keepTokenForSession(), or DIRECTUS_TOKEN.
    QString tokenLocation() const;
    bool tokenIsPersistent() const;
    Error lastError() const { return m_lastError; }

    // Milliseconds until a new code may be asked for this number; 0 when allowed now. Cooldowns
    // are per number and survive reset() (and, with setResendCooldowns(), a restart): after a
    // code was sent (the server's resend_after, else ResendSeconds), and after the server
    // answered 429 (its Retry-After, else ResendSeconds). A server that says resend_after decides
    // itself after a restart: the request goes out and it answers the same session again.
    qint64 resendAvailableInMs() const;
    qint64 cooldownRemainingMs(const QString &e164) const;

    // What the server said about the current code (our flows do; the seed's say nothing: then
    // -1, and the client's own defaults apply).
    int codeLength() const { return m_facts.codeLength; }
    qint64 codeExpiresInMs() const; // -1 unknown, 0 expired
    int attemptsLeft() const { return m_attemptsLeft; } // -1 unknown; updated by wrong codes
    bool codeByCall() const { return m_facts.channel == QLatin1String("voice"); }
    // "Call me instead": offered once a code was sent again (a first resend), by a server that
    // tells its facts (ours, which allow channel=voice after an SMS).
    bool canCallInstead() const;

    enum class Channel { Sms, Voice };
    // Actions; false when ignored (wrong state, invalid input, cooldown — then failed() was emitted
    // for invalid input and cooldown).
    bool requestCode(const PhoneNumber &phone, Channel channel = Channel::Sms);
    bool resendCode(Channel channel = Channel::Sms);
    bool callInstead() { return resendCode(Channel::Voice); }
    bool submitCode(const QString &code); // keeps only digits (OtpCode::digitsOnly)
    // Continue a session started elsewhere (CLI `verify --session`): → AwaitingCode.
    bool resumeSession(const QString &sessionUuid, const PhoneNumber &phone = {});
    // The stored credential (or the environment's token), checked with GET /users/me for
    // Load::CheckWithServer (the wizard's start, `status`); `token` and `api` need only a usable
    // access token, `logout` nothing but the stored entry. Ends in
    // SignedIn (signedIn()), or in Idle: with nothingStored() when there is none; with
    // failed(Step::Restore, …) otherwise: Unauthorized when the server refused it (then the stored
    // one is removed), anything else keeps it stored.
    // How much checkStoredCredential() makes sure of: the server accepts it (/users/me), or only
    // that the access token is usable (a session's renewed if need be), or nothing (sign-out).
    enum class Load { CheckWithServer, UsableAccess, AsStored };
    void checkStoredCredential(Load load = Load::CheckWithServer);
    void restore() { checkStoredCredential(Load::CheckWithServer); }
    // In UserCheckFailed: ask /users/me again.
    bool retryUserCheck();
    // Forget the session and go back to Idle, keeping the number (Change number).
    void changeNumber();
    void signOut();
    // Abort whatever is in flight and return to the last stable state (AwaitingCode while
    // verifying or requesting a resend, Idle otherwise). Quiet: no failed().
    void cancel();
    // Kiosk, profile switch: cancel, forget number, session, user and credential (wiped), and
    // the redactor's secrets of this sign-in → Idle. Cooldowns stay.
    void reset();
    // In StoreFailed.
    bool keepTokenForSession();
    bool retryStore();
    // Chosen before a sign-in, when the store cannot be used (no keychain at start): the next
    // sign-in is kept in memory only, without asking the store. False undoes it.
    void setSessionOnly(bool only) { m_sessionOnlyChosen = only; }
    bool sessionOnly() const { return m_sessionOnlyChosen; }

    // An authenticated request to the server with this session's credential (SignedIn only;
    // otherwise nullptr). The caller owns the call (deleteLater once finished).
    ApiCall *api(const QByteArray &method, const QString &path, const QByteArray &jsonBody = {},
        QObject *context = nullptr);
    // A session's access token, renewed now (a request answered 401 TOKEN_EXPIRED): under the
    // credential's lock, with the store read again first, since another process may have renewed
    // it meanwhile. `done` once: None, or why not — SignedOut when the server ended the session
    // (the stored entry is then removed), SessionLost when the renewed token could not be kept,
    // anything else keeps the session for a later try. A static credential: None at once.
    void renewAccess(std::function<void(Error)> done);
    // Whether the last sign-out ended the session on the server too (false for a static token,
    // and when the server could not be reached: then it stays valid until it expires).
    bool lastSignOutRevoked() const { return m_lastSignOutRevoked; }

    // How close to its expiry an access token is renewed before use.
    static constexpr int RenewMarginSeconds = 60;

signals:
    void stateChanged(SignInSession::State state);
    void codeSent(bool resent);
    // codeLength(), codeExpiresInMs(), attemptsLeft() or codeByCall() changed.
    void codeFactsChanged();
    void failed(SignInSession::Step step, const Error &error);
    void signedIn(const UserInfo &user);
    void signedOut();
    // checkStoredCredential() found nothing under the key (nobody is signed in here).
    void nothingStored();

private:
    void setState(State state);
    void fail(Step step, const Error &error, State next);
    void failNow(Step step, const Error &error); // no state change (a refused action)
    void dropCall();
    void onCodeRequested(bool resent);
    void onVerified();
    void checkUser();
    void onUserChecked(bool restoring);
    void store();
    void endSignIn(); // wipes the credential and the redactor's secrets of this sign-in
    void dropStoreAnswer();
    // Makes sure the credential carries an access token valid for a minute more (renewed under
    // the lock when not, or when `force`), then calls `done` once; renewals are shared.
    void ensureAccess(bool force, std::function<void(Error)> done);
    void renewWithServer();
    void finishAccess(const Error &error);
    void dropRenewal();
    void signOutLocally();
    // Ends a session on the server without waiting for the answer (a sign-in abandoned after its
    // session was opened).
    void revokeQuietly(const QString &refreshToken);
    void registerSecret(const QString &secret);
    void startCooldown(const QString &e164, qint64 ms, bool serverDecides);
    void clearCodeFacts();

    DirectusClient &m_client;
    TokenStore &m_store;
    const Clock &m_clock;
    QPointer<ApiCall> m_call;
    QObject *m_storeContext = nullptr; // replaced to drop a pending store answer
    State m_state = State::Idle;
    State m_stableState = State::Idle;
    QString m_tokenKey;
    qint64 m_cooldownMs = 30000;
    mutable QHash<QString, qint64> m_cooldownUntil; // e164 → clock ms (a stored one read lazily)
    QSet<QString> m_rateLimited; // numbers whose cooldown is the server's 429 Retry-After
    ResendCooldowns *m_cooldownStore = nullptr;
    mutable QSet<QString> m_cooldownLoaded; // numbers whose stored cooldown was read
    mutable QHash<QString, qint64> m_serverFloor; // stored server cooldowns (clock ms): a floor
    FlowReply::CodeFacts m_facts;
    qint64 m_factsAtMs = 0;
    int m_attemptsLeft = -1;
    int m_resends = 0; // codes sent again for this number on the code page
    bool m_voiceAsked = false; // the request in flight asked for a call
    PhoneNumber m_phone;
    QString m_sessionUuid;
    Credential m_credential;
    bool m_credentialStored = false; // the store holds m_credential (a renewal writes it back)
    std::unique_ptr<CredentialLock> m_lock;
    QObject *m_renewContext = nullptr; // replaced to drop a renewal's pending answers
    QPointer<ApiCall> m_renewCall;
    QList<std::function<void(Error)>> m_waitingForAccess;
    QString m_deviceName;
    int m_sessionLifetimeDays = 7;
    bool m_lastSignOutRevoked = false;
    Secret m_environmentTokenValue;
    bool m_environmentToken = false;
    bool m_tokenInMemoryOnly = false;
    bool m_sessionOnlyChosen = false;
    UserInfo m_user;
    Error m_lastError;
};

Q_DECLARE_METATYPE(SignInSession::Step)
