#pragma once

#include "HttpServer.h"
#include "SimulatedPhone.h"

#include <QObject>
#include <QString>
#include <QUrl>
#include <memory>

// An in-process server on 127.0.0.1 that plays Directus with our repaired flows (the contract in
// directus-facts.md) and Plivo: the login and verify flows, GET /users/me, GET /server/ping. The
// "SMS" is handed to the application through smsSent() so the app can show it.
//
// It is stateless across processes so that `directus-login --demo request-code` and a later
// `directus-login --demo verify` (another process, another port) work together: the session uuid
// determines the code, and tokens are self-validating. Inside one process it also counts attempts.
//
// How it stays stateless: the session uuid (a well-formed v4 uuid) carries the phone number and the
// time it was issued, masked and checked with a fixed demo key; the code is a keyed hash of the
// uuid; a token is "demo.<base64url payload>.<MAC>". None of this is secret (the key is in the
// binary): it is a demo. Within one process, wrong attempts, used sessions and the latest token
// of each user (a new sign-in replaces the old token, as Directus's static tokens do) are
// remembered.
//
// Test numbers (any other valid number signs in as "Demo User"):
//   see DemoServer::testNumbers() and the README's table.
class DemoServer : public SimulatedPhone
{
    Q_OBJECT
public:
    using TestNumber = SimulatedPhone::TestNumber;

    static constexpr int CodeExpirySeconds = 300; // a session and its code live 5 minutes
    static constexpr int MaxAttempts = 10; // code checks per session
    static constexpr int SlowAnswerMs = 25000; // the slow test number
    // What the login flow says a new code may be asked for after (resend_after). The demo says
    // it and does not hold a request back: its codes cost nothing, and a client that restarts
    // counts down from what it kept.
    static constexpr int ResendSeconds = 30;

    // Cheap: nothing listens and nothing is computed until start().
    explicit DemoServer(QObject *parent = nullptr);
    ~DemoServer() override;

    bool start(); // listen on 127.0.0.1, any free port (again: no-op, true)
    QUrl url() const;
    static QString loginFlowId(); // fixed uuids, so trigger URLs look real
    static QString verifyFlowId();
    static QList<TestNumber> testNumbers();
    QList<TestNumber> numbers() const override { return testNumbers(); }

    // Simulated handling time added to each flow call (default 0).
    void setLatencyMs(int ms);
    HttpServer &http();

    // A simulated SMS goes out through SimulatedPhone::smsSent(): the recipient, the whole
    // message text, and the code in it.

private:
    struct Private;
    std::unique_ptr<Private> d;
};
