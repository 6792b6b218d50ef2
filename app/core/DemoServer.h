#pragma once

#include "HttpServer.h"

#include <QObject>
#include <QString>
#include <QUrl>

// An in-process server on 127.0.0.1 that plays Directus with our repaired flows (the contract in
// directus-facts.md) and Plivo: the login and verify flows, GET /users/me, GET /server/ping. The
// "SMS" is handed to the application through smsSent() so the app can show it.
//
// It is stateless across processes so that `directus-login --demo request-code` and a later
// `directus-login --demo verify` (another process, another port) work together: the session uuid
// determines the code, and tokens are self-validating. Inside one process it also counts attempts.
//
// Test numbers (any other valid number signs in as "Demo User"):
//   see DemoServer::testNumbers() and the README's table.
class DemoServer : public QObject
{
    Q_OBJECT
public:
    struct TestNumber
    {
        QString e164;
        QString behaviour; // untranslated, for the README and --help
    };

    explicit DemoServer(QObject *parent = nullptr);
    ~DemoServer() override;

    bool start(); // listen on 127.0.0.1, any free port
    QUrl url() const;
    static QString loginFlowId(); // fixed uuids, so trigger URLs look real
    static QString verifyFlowId();
    static QList<TestNumber> testNumbers();

    // Simulated handling time added to each flow call (default 0).
    void setLatencyMs(int ms);
    HttpServer &http();

signals:
    // A simulated SMS: the recipient, the whole message text, and the code in it.
    void smsSent(const QString &e164, const QString &text, const QString &code);

private:
    struct Private;
    std::unique_ptr<Private> d;
};
