#pragma once

#include "KioskHandOff.h"
#include "KioskIdleTimer.h"

#include <QObject>

class Clock;
class Config;
class DirectusClient;
class NetworkLog;
class QTimer;
class SignInSession;
class TokenStore;

// What makes a shared screen a kiosk, without any widget: the idle timer, the deadline of a
// screen that clears itself (the welcome, a failure), the hand-off to the kiosk's application,
// and wipe() — the one call that removes everything of the last person: the sign-in (code
// session, number, user, credential, the redactor's secrets), the credential in the store, the
// number the wizard remembered in the user file, and the network log; a Directus session is ended
// on the server too, in the background (retried every 30 s while the kiosk runs; the reset never
// waits for it). (The window adds what only it has: its fields and the clipboard.)
//
// One timer drives it all, four times a second while started; tests advance a ManualClock and
// call check() themselves.
class KioskSession : public QObject
{
    Q_OBJECT
public:
    KioskSession(SignInSession &session, DirectusClient &client, TokenStore &store, Config &config,
        const Clock &clock, NetworkLog *log, QObject *parent = nullptr);
    ~KioskSession() override;

    KioskIdleTimer &idle() { return m_idle; }
    KioskHandOff &handOff() { return m_handOff; }

    // Runs the ticker (while the kiosk is on screen).
    void start();
    void stop();
    bool isStarted() const;

    // A screen that clears itself at `clockMs` (KioskWelcomeSeconds after a sign-in); 0: none.
    void setDeadlineIn(qint64 ms);
    void clearDeadline() { m_deadline = 0; }
    bool hasDeadline() const { return m_deadline > 0; }
    int secondsToDeadline() const; // rounded up, 0 when none

    // The kiosk's application (KioskExec): set, and started with the session's server and token
    // (in its environment only).
    bool hasApplication() const;
    bool startApplication();

    // The countries the kiosk offers, as ISO codes in the administrator's order: KioskCountries
    // from the system file only ("GB, IE" or a list; case and spaces ignored, duplicates and
    // anything that is not two letters dropped). Empty: every country.
    QStringList countries() const;
    static QStringList parseCountries(const QVariant &value);
    // Everything of the last person, gone. Emits wiped().
    void wipe();
    // Sessions of earlier people not yet ended on the server (it could not be reached).
    int pendingRevocations() const { return int(m_revocations.size()); }
    void setRevokeRetryMs(int ms); // 30 000 by default
    // Reads the clock: the idle timer's warning and expiry, and the deadline.
    void check();

signals:
    void deadlineReached();
    // Each tick, after check() (countdowns to redraw).
    void ticked();
    void wiped();

private:
    void forgetRememberedPhone();
    void revokePending();

    SignInSession &m_session;
    DirectusClient &m_client;
    TokenStore &m_store;
    Config &m_config;
    const Clock &m_clock;
    NetworkLog *m_log;
    KioskIdleTimer m_idle;
    KioskHandOff m_handOff;
    QTimer *m_ticker;
    qint64 m_deadline = 0;
    QList<QString> m_revocations; // refresh tokens of sessions to end on the server
    QTimer *m_revokeRetry;
    int m_revoking = 0;
    QString m_rememberedRegion; // the user file's LastRegion/LastPhone before anyone signed in
    QString m_rememberedPhone;
};
