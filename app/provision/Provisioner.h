#pragma once

#include "Error.h"

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

// What `directus-login provision` is asked to do.
struct ProvisionOptions
{
    QUrl server; // "https://cms.example.com" (a sub-path is kept)
    QString adminToken; // a Directus static token of an administrator
    QString plivoAuthId;
    QString plivoAuthToken;
    QString plivoAppUuid;
    QUrl plivoApiUrl = QUrl(QStringLiteral("https://api.plivo.com"));
    // The flows read the Plivo auth id, auth token and app uuid from {{$env.PLIVO_AUTH_ID}},
    // PLIVO_AUTH_TOKEN and PLIVO_APP_UUID (Directus needs them in FLOWS_ENV_ALLOW_LIST) instead of
    // holding them. The API URL is stored in the flows either way.
    bool plivoFromEnv = false;
    // What the verify flow hands out: a Directus session of the device (a refresh token the client
    // exchanges at once; its access tokens live ACCESS_TOKEN_TTL) or, as the seed does, a static
    // token in directus_users.token that never expires. See packaging/directus/README.md.
    enum class TokenMode { Session, Static };
    TokenMode tokenMode = TokenMode::Session;
    static QString tokenModeName(TokenMode mode);
    // The limits the flows enforce (packaging/directus/README.md, "Limits against abuse"); each is
    // a `provision` option. All their state is in otp_events, in Directus' own database.
    struct Limits
    {
        int resendSeconds = 30; // no new code for a number within this (the same session again)
        int dailyCodes = 10; // codes sent to one number in 24 hours; then 429
        int dailyValidations = 0; // codes tried on one number's sessions in 24 hours; 0: no cap
        bool uniformReplies = false; // an unknown number answered like a known one, nothing sent
        int codeLength = 6; // what the Plivo Verify application sends (the client's field)
        int codeMinutes = 10; // how long a code is accepted
    };
    Limits limits;
    bool dryRun = false; // read and plan only; nothing is written
    int timeoutMs = 30000; // per request, without progress

    // The strings that must never be printed (admin token, Plivo token, Basic credentials).
    QStringList secrets() const;
};

// One thing provisioning looks after, and what it did (or, in a dry run, would do) to it.
struct ProvisionItem
{
    enum class Action { Unchanged, Create, Update, Replace };
    QString name; // "field directus_users.phone", "flow Directus Login: request code", …
    Action action = Action::Unchanged;
    QString detail; // what differs ("status, options"); never a value

    static QString actionName(Action action, bool dryRun); // "created" / "create" / "unchanged" …
};

struct ProvisionReport
{
    bool dryRun = false;
    QString loginFlowId;
    QString verifyFlowId;
    QUrl loginUrl; // <server>/flows/trigger/<id>
    QUrl verifyUrl;
    QList<ProvisionItem> items;
    QStringList warnings; // licence limits ahead, insecure URL, …
    QString serverVersion; // Directus' own ("12.4.1"), from /server/info

    bool changed() const;
    // {"dry_run", "changed", "directus_version", "login_flow", "verify_flow", "login_url",
    //  "verify_url", "items": [{"item", "action", "detail"}], "warnings": […]}
    QJsonObject toJson() const;
};

// A flow of packaging/directus/*-flow.json, ready to send: placeholders filled in, scripts
// inlined, operation ids derived (UUIDv5 of the flow id and the operation key).
struct FlowOperation
{
    QString id;
    QString key;
    QString name;
    QString type;
    int x = 0;
    int y = 0;
    QJsonObject options;
    QString resolve; // operation id or empty
    QString reject;
};

struct FlowDefinition
{
    QString id;
    QJsonObject fields; // name, icon, color, description, status, trigger, accountability, options
    QString firstOperationId;
    QList<FlowOperation> operations;
};

struct SchemaDefinition
{
    QList<QJsonObject> fields; // {collection, field, type, unique, meta, schema}
    QList<QJsonObject> collections; // {collection, meta, schema, fields}
};

// One REST call of a plan.
struct PlannedCall
{
    QByteArray verb; // "POST", "PATCH", "DELETE"
    QString path; // "/flows/<id>", relative to the server
    QJsonValue body;
    int item = -1; // index in ProvisionReport::items it serves
};

// What the server has, as far as provisioning cares.
struct ServerState
{
    QHash<QString, QJsonObject> flows; // by id
    QHash<QString, QJsonObject> userFields; // directus_users fields by name ({type, schema, …})
    QHash<QString, QJsonObject> collections; // by name ({collection, meta, schema})
    QHash<QString, QHash<QString, QJsonObject>> collectionFields; // collection → field → field
    QHash<QString, QList<QJsonObject>> operations; // flow id → its operations
    int serverMajor = 0; // Directus' major version (12), 0 when unknown
};

// Pure parts, tested without a network.
namespace Provisioning {
// Operation id: UUIDv5(flow id as namespace, key), without braces. Stable across runs.
QString operationId(const QString &flowId, const QString &key);
// Loads ":/directus/<name>" (e.g. "login-flow.json") and fills in the placeholders.
Result<FlowDefinition> loadFlow(const QString &name, const ProvisionOptions &options);
Result<SchemaDefinition> loadSchema();
// Operations ordered so that every resolve/reject target comes before the operation naming it.
QList<FlowOperation> creationOrder(const QList<FlowOperation> &operations);
QJsonObject operationPayload(const FlowOperation &operation, const QString &flowId, bool withLinks);
// The REST calls that bring `state` to what the definitions describe, and the report items.
// Fails (InvalidInput) on a conflict it will not resolve by itself, e.g. a field of another type.
Result<QList<PlannedCall>> plan(const SchemaDefinition &schema, const QList<FlowDefinition> &flows,
    const ServerState &state, ProvisionReport &report);
// Replaces every secret in `text` with "••••".
QString maskSecrets(QString text, const QStringList &secrets);
// A failed REST answer as an Error with a message for an administrator. Knows the licence
// limits of Directus without a licence key (LIMIT_EXCEEDED: 5 active flows, 3 seats).
Error errorFromReply(int httpStatus, const QByteArray &body, const QString &whatFailed,
    const QStringList &activeFlowNames);
// The oldest Directus the flows are provisioned on: the 11.x line's newest minor, the oldest the
// end-to-end suite runs (tests/e2e/directus/11: 11.17.4; 12.4.1 too). Earlier versions are refused
// before anything is written, with this in the message.
inline constexpr int oldestMajor = 11;
inline constexpr int oldestMinor = 17;
QString oldestSupported(); // "11.17"
// Refuses a Directus older than oldestSupported() (Kind::InvalidInput, the versions named), or
// one whose version cannot be read from /server/info's data (an admin token sees it).
Error checkServerVersion(const QJsonValue &serverInfo);
// Directus Core (no licence key) allows this many active flows.
constexpr int coreActiveFlowLimit = 5;
constexpr int coreSeatLimit = 3;
} // namespace Provisioning

// Creates or updates, idempotently and through the REST API with an admin token, what the
// Directus Login flows need: the phone and OTP fields on directus_users, the otp_nonces
// collection, and the two flows with their operations (stable ids). Asynchronous; one request at
// a time; never blocks. A second run over an up-to-date server writes nothing.
class Provisioner : public QObject
{
    Q_OBJECT
public:
    explicit Provisioner(QNetworkAccessManager &nam, QObject *parent = nullptr);
    ~Provisioner() override;

    // Validates the options, then reads the server, plans and (unless dryRun) applies.
    void start(const ProvisionOptions &options);
    // Aborts quietly: no finished().
    void cancel();
    bool isRunning() const { return m_running; }

    // Valid after finished(): the report, or the error (its message never holds a secret). On an
    // error during the writes, report() still lists what was done before it.
    const Result<ProvisionReport> &result() const { return m_result; }
    const ProvisionReport &report() const { return m_report; }

    // Checks what start() checks first (server URL, token, Plivo values). Pure.
    static Error validate(const ProvisionOptions &options);

signals:
    void progress(const QString &message); // untranslated, for --verbose
    void finished();

private:
    using Handler = std::function<void(const QJsonValue &data)>;
    void get(const QString &path, const QString &what, Handler handler);
    void send(const QByteArray &verb, const QString &path, const QJsonValue &body,
        const QString &what, Handler handler);
    void onReplyFinished(QNetworkReply *reply, const QString &what, const Handler &handler);
    void readVersion();
    void readState();
    void readCollectionFields(int index);
    void applyPlan();
    void runCall(int index);
    void fail(const Error &error);
    void succeed();

    QNetworkAccessManager &m_nam;
    ProvisionOptions m_options;
    SchemaDefinition m_schema;
    QList<FlowDefinition> m_flows;
    ServerState m_state;
    QList<PlannedCall> m_plan;
    ProvisionReport m_report;
    Result<ProvisionReport> m_result = Error(Error::Kind::Cancelled, QString());
    QPointer<QNetworkReply> m_reply;
    QTimer *m_timer = nullptr;
    bool m_running = false;
    bool m_timedOut = false;
};
