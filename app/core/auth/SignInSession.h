#pragma once

#include "Clock.h"
#include "Error.h"
#include "FlowReply.h"
#include "PhoneNumber.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

class ApiCall;
class Config;
class DirectusClient;
class TokenStore;

// The sign-in as one state machine that the command line and the wizard both drive:
//
//   Idle ─requestCode→ RequestingCode ─→ AwaitingCode ─submitCode→ Verifying ─→ Storing ─→ SignedIn
//     ↑  ←──────── failure / cancel ───┘      ↑ ←── wrong code ──────┘   │  └→ StoreFailed
//     └──────────────── restore(): Restoring ───────────────────────────────┘    (keep in memory /
//     retry)
//
// One request in flight per step: an action that does not fit the current state is ignored and
// returns false (a double click sends one request). Verifying checks the issued token with
// GET /users/me before anything is stored, so a token the server does not accept is never kept.
class SignInSession : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Idle,
        Restoring, // reading a stored token and checking it with /users/me
        RequestingCode,
        AwaitingCode,
        Verifying, // verify flow, then /users/me with the new token
        Storing, // writing the token to the store
        StoreFailed, // the store refused: keepTokenForSession() or retryStore() or cancel()
        SignedIn,
        SigningOut,
    };
    Q_ENUM(State)

    SignInSession(
        DirectusClient &client, TokenStore &store, const Clock &clock, QObject *parent = nullptr);
    ~SignInSession() override;

    // Where the token goes (TokenStore::key(profile, server)). Set before restore()/submitCode().
    // Takes the configuration: the client's options (server, flows, timeout, CA file…), the token's
    // key (TokenStore::key(profile, server)) and the resend cooldown (ResendSeconds; a negative
    // value keeps the default). The one place this happens: at start, after the Server page saves,
    // on a profile switch. Returns the options' error, if any (the rest is applied all the same).
    Error applyConfig(const Config &config);
    void setTokenKey(const QString &key) { m_tokenKey = key; }
    QString tokenKey() const { return m_tokenKey; }
    void setResendCooldownMs(qint64 ms) { m_cooldownMs = ms; }
    qint64 resendCooldownMs() const { return m_cooldownMs; }

    // The clock every countdown of the sign-in reads (resend, rate limit).
    const Clock &clock() const { return m_clock; }

    State state() const { return m_state; }
    static QString stateName(State state);
    bool isBusy() const;

    PhoneNumber phone() const { return m_phone; }
    QString sessionUuid() const { return m_sessionUuid; }
    UserInfo user() const { return m_user; }
    // The token once signed in (for the kiosk hand-off and `directus-login token`); empty
    // otherwise.
    QString token() const { return m_token; }
    // Where the token is kept once signed in: the store's description, or "memory" after
    // keepTokenForSession().
    QString tokenLocation() const;
    bool tokenIsPersistent() const;
    Error lastError() const { return m_lastError; }

    // Milliseconds until a new code may be asked for this number; 0 when allowed now. Cooldowns
    // are per number and survive reset(): after a code was sent (ResendSeconds), and after the
    // server answered 429 (its Retry-After, else ResendSeconds).
    qint64 resendAvailableInMs() const;
    qint64 cooldownRemainingMs(const QString &e164) const;

    // Actions; false when ignored (wrong state, invalid input, cooldown — then failed() was emitted
    // for invalid input and cooldown).
    bool requestCode(const PhoneNumber &phone);
    bool resendCode();
    bool submitCode(const QString &code); // keeps only digits (OtpCode::digitsOnly)
    // Continue a session started elsewhere (CLI `verify --session`): → AwaitingCode.
    bool resumeSession(const QString &sessionUuid, const PhoneNumber &phone = {});
    void restore();
    // Forget the session and go back to Idle, keeping the number (Change number).
    void changeNumber();
    void signOut();
    // Abort whatever is in flight and return to the last stable state (AwaitingCode while
    // verifying or requesting a resend, Idle otherwise). Quiet: no failed().
    void cancel();
    // Kiosk: cancel, forget number, session, user and token (overwritten) → Idle. Cooldowns stay.
    void reset();
    // In StoreFailed.
    bool keepTokenForSession();
    bool retryStore();

signals:
    void stateChanged(SignInSession::State state);
    void codeSent(bool resent);
    void failed(const Error &error);
    void signedIn(const UserInfo &user);
    void signedOut();

private:
    void setState(State state);
    void fail(const Error &error, State next);
    void dropCall();
    void onCodeRequested(bool resent);
    void onVerified();
    void onUserChecked(bool restoring);
    void store();
    void wipeToken();

    DirectusClient &m_client;
    TokenStore &m_store;
    const Clock &m_clock;
    QPointer<ApiCall> m_call;
    QObject *m_storeContext = nullptr; // replaced to drop a pending store answer
    void dropStoreAnswer();
    State m_state = State::Idle;
    State m_stableState = State::Idle;
    QString m_tokenKey;
    qint64 m_cooldownMs = 30000;
    QHash<QString, qint64> m_cooldownUntil; // e164 → clock ms
    QSet<QString> m_rateLimited; // numbers whose cooldown is the server's 429 Retry-After
    PhoneNumber m_phone;
    QString m_sessionUuid;
    QString m_token;
    bool m_tokenInMemoryOnly = false;
    UserInfo m_user;
    Error m_lastError;
};
