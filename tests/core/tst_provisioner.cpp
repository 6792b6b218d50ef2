#include "HttpServer.h"
#include "Provisioner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

namespace {

const QString adminToken = QStringLiteral("admin-static-token-0123456789");
const QString plivoToken = QStringLiteral("plivo-secret-token-ABCDEFGHIJ");
const QString loginId = QStringLiteral("4f0c5a52-3b8e-4d59-9c3e-2f9a4b7d1e01");
const QString verifyId = QStringLiteral("4f0c5a52-3b8e-4d59-9c3e-2f9a4b7d1e02");

QByteArray compact(const QJsonValue &value)
{
    return value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                           : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
}

HttpResponse data(const QJsonValue &value)
{
    return HttpResponse::json(200, compact(QJsonObject { { QStringLiteral("data"), value } }));
}

QJsonObject merged(QJsonObject base, const QJsonObject &patch)
{
    for (auto it = patch.begin(); it != patch.end(); ++it) {
        if (it.value().isObject() && base.value(it.key()).isObject())
            base.insert(it.key(), merged(base.value(it.key()).toObject(), it.value().toObject()));
        else
            base.insert(it.key(), it.value());
    }
    return base;
}

// The part of the Directus REST API that provisioning uses, in memory, with Directus' rules that
// matter here: admin token, foreign keys and uniqueness of resolve/reject, the Core licence's
// limit of active flows.
class FakeDirectus
{
public:
    FakeDirectus()
    {
        server.setHandler([this](const HttpRequest &request) { return handle(request); });
        server.listen();
    }

    HttpServer server;
    QList<QJsonObject> flows;
    QList<QJsonObject> fields; // with "collection"
    QList<QJsonObject> collections;
    QList<QJsonObject> operations;
    int flowLimit = 5;
    QString version = QStringLiteral("12.4.1"); // /server/info's; empty: none said
    QList<QByteArray> writes; // "POST /flows", …
    QList<QByteArray> auths; // Authorization headers seen

    int activeFlows() const
    {
        int n = 0;
        for (const QJsonObject &flow : flows)
            n += flow.value(QStringLiteral("status")).toString() == QLatin1String("active");
        return n;
    }
    int indexOf(const QList<QJsonObject> &list, const QString &key, const QString &value) const
    {
        for (int i = 0; i < list.size(); ++i) {
            if (list.at(i).value(key).toString() == value)
                return i;
        }
        return -1;
    }
    QJsonObject operation(const QString &id) const
    {
        const int i = indexOf(operations, QStringLiteral("id"), id);
        return i < 0 ? QJsonObject() : operations.at(i);
    }
    QJsonObject flow(const QString &id) const
    {
        const int i = indexOf(flows, QStringLiteral("id"), id);
        return i < 0 ? QJsonObject() : flows.at(i);
    }
    QString dump() const
    {
        QJsonArray all;
        for (const auto *list : { &flows, &fields, &collections, &operations }) {
            for (const QJsonObject &o : *list)
                all.append(o);
        }
        return QString::fromUtf8(compact(all));
    }

private:
    static HttpResponse limit()
    {
        return HttpResponse::directusError(
            403, QStringLiteral("LIMIT_EXCEEDED"), QStringLiteral("flows limit exceeded."));
    }
    HttpResponse linkError(const QJsonObject &op, const QString &self) const
    {
        for (const QString &link : { QStringLiteral("resolve"), QStringLiteral("reject") }) {
            const QString target = op.value(link).toString();
            if (target.isEmpty())
                continue;
            if (operation(target).isEmpty())
                return HttpResponse::directusError(400, QStringLiteral("INVALID_FOREIGN_KEY"),
                    QStringLiteral("Invalid foreign key."));
            for (const QJsonObject &other : operations) {
                if (other.value(QStringLiteral("id")).toString() != self
                    && other.value(link).toString() == target)
                    return HttpResponse::directusError(400, QStringLiteral("RECORD_NOT_UNIQUE"),
                        QStringLiteral("Value has to be unique."));
            }
        }
        return HttpResponse();
    }

    HttpResponse handle(const HttpRequest &request)
    {
        auths << request.header("authorization");
        if (request.header("authorization") != "Bearer " + adminToken.toUtf8())
            return HttpResponse::directusError(401, QStringLiteral("INVALID_CREDENTIALS"),
                QStringLiteral("Invalid user credentials."));
        const QString method = QString::fromLatin1(request.method);
        const QStringList parts = request.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
        const QJsonDocument body = QJsonDocument::fromJson(request.body);
        if (method != QLatin1String("GET"))
            writes << request.method + ' ' + request.path.toUtf8();

        if (request.path == QLatin1String("/server/info") && method == QLatin1String("GET")) {
            QJsonObject info { { QStringLiteral("project"), QJsonObject() } };
            if (!version.isEmpty())
                info.insert(QStringLiteral("version"), version);
            return data(info);
        }
        if (parts.value(0) == QLatin1String("flows")) {
            if (method == QLatin1String("GET")) {
                QJsonArray list;
                for (const QJsonObject &f : flows)
                    list.append(f);
                return data(list);
            }
            if (method == QLatin1String("POST")) {
                QJsonObject flow = body.object();
                if (flow.value(QStringLiteral("status")).toString() == QLatin1String("active")
                    && activeFlows() >= flowLimit)
                    return limit();
                if (!flow.contains(QStringLiteral("operation")))
                    flow.insert(QStringLiteral("operation"), QJsonValue::Null);
                flows.append(flow);
                return data(flow);
            }
            const int i = indexOf(flows, QStringLiteral("id"), parts.value(1));
            if (method == QLatin1String("PATCH") && i >= 0) {
                const QJsonObject patch = body.object();
                if (patch.value(QStringLiteral("status")).toString() == QLatin1String("active")
                    && flows[i].value(QStringLiteral("status")).toString()
                        != QLatin1String("active")
                    && activeFlows() >= flowLimit)
                    return limit();
                flows[i] = merged(flows[i], patch);
                return data(flows[i]);
            }
        }
        if (parts.value(0) == QLatin1String("fields")) {
            const QString collection = parts.value(1);
            if (method == QLatin1String("GET")) {
                QJsonArray list;
                for (const QJsonObject &f : fields) {
                    if (f.value(QStringLiteral("collection")).toString() == collection)
                        list.append(f);
                }
                return data(list);
            }
            if (method == QLatin1String("POST")) {
                QJsonObject field = body.object();
                field.insert(QStringLiteral("collection"), collection);
                fields.append(field);
                return data(field);
            }
            if (method == QLatin1String("PATCH")) {
                for (QJsonObject &f : fields) {
                    if (f.value(QStringLiteral("collection")).toString() == collection
                        && f.value(QStringLiteral("field")).toString() == parts.value(2)) {
                        f = merged(f, body.object());
                        return data(f);
                    }
                }
            }
        }
        if (parts.value(0) == QLatin1String("collections")) {
            if (method == QLatin1String("GET")) {
                QJsonArray list;
                for (const QJsonObject &c : collections)
                    list.append(c);
                return data(list);
            }
            if (method == QLatin1String("POST")) {
                QJsonObject c = body.object();
                const QString name = c.value(QStringLiteral("collection")).toString();
                for (const QJsonValue &f : c.take(QStringLiteral("fields")).toArray()) {
                    QJsonObject field = f.toObject();
                    field.insert(QStringLiteral("collection"), name);
                    fields.append(field);
                }
                collections.append(c);
                return data(c);
            }
            const int i = indexOf(collections, QStringLiteral("collection"), parts.value(1));
            if (method == QLatin1String("PATCH") && i >= 0) {
                collections[i] = merged(collections[i], body.object());
                return data(collections[i]);
            }
        }
        if (parts.value(0) == QLatin1String("operations")) {
            if (method == QLatin1String("GET")) {
                const QStringList wanted = request.queryValue(QStringLiteral("filter[flow][_in]"))
                                               .split(QLatin1Char(','));
                QJsonArray list;
                for (const QJsonObject &op : operations) {
                    if (wanted.contains(op.value(QStringLiteral("flow")).toString()))
                        list.append(op);
                }
                return data(list);
            }
            if (method == QLatin1String("POST")) {
                const QJsonArray items
                    = body.isArray() ? body.array() : QJsonArray { body.object() };
                const QList<QJsonObject> before = operations;
                QJsonArray created;
                for (const QJsonValue &value : items) {
                    QJsonObject op = value.toObject();
                    for (const QString &link :
                        { QStringLiteral("resolve"), QStringLiteral("reject") }) {
                        if (!op.contains(link))
                            op.insert(link, QJsonValue::Null);
                    }
                    const HttpResponse bad
                        = linkError(op, op.value(QStringLiteral("id")).toString());
                    if (bad.status != 200) {
                        operations = before; // one transaction
                        return bad;
                    }
                    operations.append(op);
                    created.append(op);
                }
                return data(created);
            }
            if (method == QLatin1String("PATCH")) {
                QStringList ids;
                QJsonObject patch = body.object();
                if (parts.size() > 1) {
                    ids << parts.value(1);
                } else {
                    for (const QJsonValue &key : patch.value(QStringLiteral("keys")).toArray())
                        ids << key.toString();
                    patch = patch.value(QStringLiteral("data")).toObject();
                }
                for (const QString &id : ids) {
                    const int i = indexOf(operations, QStringLiteral("id"), id);
                    if (i < 0)
                        return HttpResponse::directusError(
                            403, QStringLiteral("FORBIDDEN"), QStringLiteral("No such item."));
                    const QJsonObject next = merged(operations[i], patch);
                    const HttpResponse bad = linkError(next, id);
                    if (bad.status != 200)
                        return bad;
                    operations[i] = next;
                }
                return data(QJsonValue::Null);
            }
            if (method == QLatin1String("DELETE")) {
                QSet<QString> ids;
                for (const QJsonValue &key : body.array())
                    ids.insert(key.toString());
                for (const QJsonObject &op : operations) {
                    if (ids.contains(op.value(QStringLiteral("id")).toString()))
                        continue;
                    if (ids.contains(op.value(QStringLiteral("resolve")).toString())
                        || ids.contains(op.value(QStringLiteral("reject")).toString()))
                        return HttpResponse::directusError(400,
                            QStringLiteral("INVALID_FOREIGN_KEY"),
                            QStringLiteral("Still referenced."));
                }
                for (const QJsonObject &flow : flows) {
                    if (ids.contains(flow.value(QStringLiteral("operation")).toString()))
                        return HttpResponse::directusError(400,
                            QStringLiteral("INVALID_FOREIGN_KEY"),
                            QStringLiteral("Still referenced."));
                }
                operations.erase(std::remove_if(operations.begin(), operations.end(),
                                     [&ids](const QJsonObject &op) {
                                         return ids.contains(
                                             op.value(QStringLiteral("id")).toString());
                                     }),
                    operations.end());
                HttpResponse none;
                none.status = 204;
                return none;
            }
        }
        return HttpResponse::directusError(
            404, QStringLiteral("ROUTE_NOT_FOUND"), QStringLiteral("Route doesn't exist."));
    }
};

ProvisionOptions baseOptions(const QUrl &server)
{
    ProvisionOptions options;
    options.server = server;
    options.adminToken = adminToken;
    options.plivoAuthId = QStringLiteral("MAPLIVOAUTHID12345");
    options.plivoAuthToken = plivoToken;
    options.plivoAppUuid = QStringLiteral("1b2c3d4e-0000-4000-8000-00000000abcd");
    options.plivoApiUrl = QUrl(QStringLiteral("http://127.0.0.1:9/"));
    options.timeoutMs = 5000;
    return options;
}

} // namespace

class TestProvisioner : public QObject
{
    Q_OBJECT

private:
    // Runs one provisioning to its end.
    Result<ProvisionReport> provision(const ProvisionOptions &options)
    {
        Provisioner provisioner(m_nam);
        QSignalSpy spy(&provisioner, &Provisioner::finished);
        provisioner.start(options);
        if (!spy.wait(10000))
            return Error(Error::Kind::Timeout, QStringLiteral("no finished()"));
        [&] { QCOMPARE(spy.count(), 1); }();
        return provisioner.result();
    }
    static QString action(const ProvisionReport &report, const QString &item)
    {
        for (const ProvisionItem &i : report.items) {
            if (i.name == item)
                return ProvisionItem::actionName(i.action, report.dryRun);
        }
        return QStringLiteral("(missing)");
    }

    QNetworkAccessManager m_nam;

private slots:
    void operationIdsAreUuidV5OfFlowAndKey()
    {
        // The same value Python's uuid.uuid5(uuid.UUID(flow), key) gives (the e2e fixture relies
        // on it).
        QCOMPARE(Provisioning::operationId(loginId, QStringLiteral("check_phone")),
            QUuid::createUuidV5(QUuid::fromString(loginId), QStringLiteral("check_phone"))
                .toString(QUuid::WithoutBraces));
        QCOMPARE(Provisioning::operationId(loginId, QStringLiteral("x")),
            Provisioning::operationId(loginId, QStringLiteral("x")));
        QVERIFY(Provisioning::operationId(loginId, QStringLiteral("x"))
            != Provisioning::operationId(verifyId, QStringLiteral("x")));
    }

    void flowsFollowTheContract_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("id");
        QTest::newRow("login") << QStringLiteral("login-flow.json") << loginId;
        QTest::newRow("verify") << QStringLiteral("verify-flow.json") << verifyId;
    }
    void flowsFollowTheContract()
    {
        QFETCH(QString, file);
        QFETCH(QString, id);
        const Result<FlowDefinition> flow = Provisioning::loadFlow(file, baseOptions(QUrl()));
        QVERIFY2(flow.ok(), qPrintable(flow.error().detail()));
        QCOMPARE(flow.value().id, id);
        const QJsonObject fields = flow.value().fields;
        QCOMPARE(fields.value(QStringLiteral("trigger")).toString(), QStringLiteral("webhook"));
        QCOMPARE(
            fields.value(QStringLiteral("accountability")).toString(), QStringLiteral("activity"));
        QCOMPARE(fields.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
        const QJsonObject options = fields.value(QStringLiteral("options")).toObject();
        QCOMPARE(options.value(QStringLiteral("error_on_reject")).toBool(), true);
        QCOMPARE(options.value(QStringLiteral("cacheEnabled")).toBool(true), false);
        QCOMPARE(options.value(QStringLiteral("async")).toBool(true), false);
        QCOMPARE(options.value(QStringLiteral("method")).toString(), QStringLiteral("GET"));

        QSet<QString> ids;
        QSet<QString> targets;
        for (const FlowOperation &op : flow.value().operations) {
            ids.insert(op.id);
            // Every path that can fail ends in "Throw Error": no operation that can reject is
            // left without a reject path, so no Directus internals reach the caller.
            if (op.type != QLatin1String("throw-error") && op.type != QLatin1String("transform"))
                QVERIFY2(
                    !op.reject.isEmpty(), qPrintable(op.key + QStringLiteral(" has no reject")));
            // A link target is used once (Directus: resolve and reject are unique).
            for (const QString &target : { op.resolve, op.reject }) {
                if (target.isEmpty())
                    continue;
                QVERIFY2(!targets.contains(target), qPrintable(op.key));
                targets.insert(target);
            }
            if (op.type == QLatin1String("exec"))
                QVERIFY(op.options.value(QStringLiteral("code"))
                            .toString()
                            .contains(QLatin1String("module.exports")));
            if (op.type == QLatin1String("throw-error")) {
                const QString code = op.options.value(QStringLiteral("code")).toString();
                QVERIFY2(code.startsWith(QLatin1String("{{"))
                        || QStringList(
                            { QStringLiteral("INVALID_PAYLOAD"),
                                QStringLiteral("INVALID_CREDENTIALS"),
                                QStringLiteral("INVALID_OTP_SESSION"),
                                QStringLiteral("INVALID_OTP"), QStringLiteral("REQUESTS_EXCEEDED"),
                                QStringLiteral("SERVICE_UNAVAILABLE") })
                               .contains(code),
                    qPrintable(code));
            }
            const QByteArray text = compact(op.options);
            QVERIFY2(!text.contains("${"), text.constData());
        }
        QVERIFY(ids.contains(flow.value().firstOperationId));
        QVERIFY(!targets.contains(flow.value().firstOperationId));
    }

    void placeholdersAreFilledOrReadFromEnv()
    {
        ProvisionOptions options = baseOptions(QUrl());
        const FlowDefinition baked
            = Provisioning::loadFlow(QStringLiteral("login-flow.json"), options).value();
        const FlowDefinition fromEnv = [&] {
            ProvisionOptions env = options;
            env.plivoFromEnv = true;
            env.plivoAuthId.clear();
            env.plivoAuthToken.clear();
            env.plivoAppUuid.clear();
            return Provisioning::loadFlow(QStringLiteral("login-flow.json"), env).value();
        }();
        const auto sendCode = [](const FlowDefinition &flow) {
            for (const FlowOperation &op : flow.operations) {
                if (op.key == QLatin1String("send_code"))
                    return op.options;
            }
            return QJsonObject();
        };
        const QByteArray bakedText = compact(sendCode(baked));
        QVERIFY(
            bakedText.contains("http://127.0.0.1:9/v1/Account/MAPLIVOAUTHID12345/Verify/Session/"));
        const QByteArray basic
            = "Basic " + QByteArray("MAPLIVOAUTHID12345:").append(plivoToken.toUtf8()).toBase64();
        QVERIFY(bakedText.contains(basic));
        QVERIFY(bakedText.contains("1b2c3d4e-0000-4000-8000-00000000abcd"));

        const QByteArray envText = compact(sendCode(fromEnv));
        QVERIFY(envText.contains("/v1/Account/{{$env.PLIVO_AUTH_ID}}/Verify/Session/"));
        QVERIFY(envText.contains("Basic {{check_user.plivo_basic}}"));
        QVERIFY(envText.contains("{{$env.PLIVO_APP_UUID}}"));
        QVERIFY(!envText.contains(plivoToken.toUtf8()));
    }

    void creationOrderPutsTargetsFirst()
    {
        const FlowDefinition flow
            = Provisioning::loadFlow(QStringLiteral("verify-flow.json"), baseOptions(QUrl()))
                  .value();
        const QList<FlowOperation> ordered = Provisioning::creationOrder(flow.operations);
        QCOMPARE(ordered.size(), flow.operations.size());
        QSet<QString> seen;
        for (const FlowOperation &op : ordered) {
            for (const QString &target : { op.resolve, op.reject })
                QVERIFY(target.isEmpty() || seen.contains(target));
            seen.insert(op.id);
        }
    }

    void validateRejectsMissingOrUnsafeValues_data()
    {
        QTest::addColumn<QString>("change");
        QTest::newRow("no server") << QStringLiteral("server");
        QTest::newRow("ftp server") << QStringLiteral("ftp");
        QTest::newRow("no admin token") << QStringLiteral("admin");
        QTest::newRow("no plivo token") << QStringLiteral("token");
        QTest::newRow("template in token") << QStringLiteral("template");
        QTest::newRow("auth id with slash") << QStringLiteral("authid");
        QTest::newRow("api url with query") << QStringLiteral("api");
    }
    void validateRejectsMissingOrUnsafeValues()
    {
        QFETCH(QString, change);
        ProvisionOptions options = baseOptions(QUrl(QStringLiteral("http://127.0.0.1:1")));
        QVERIFY(!Provisioner::validate(options));
        if (change == QLatin1String("server"))
            options.server = QUrl();
        else if (change == QLatin1String("ftp"))
            options.server = QUrl(QStringLiteral("ftp://cms.example.com"));
        else if (change == QLatin1String("admin"))
            options.adminToken = QStringLiteral("  ");
        else if (change == QLatin1String("token"))
            options.plivoAuthToken.clear();
        else if (change == QLatin1String("template"))
            options.plivoAuthToken = QStringLiteral("abc{{$env.X}}");
        else if (change == QLatin1String("authid"))
            options.plivoAuthId = QStringLiteral("MA/../x");
        else if (change == QLatin1String("api"))
            options.plivoApiUrl = QUrl(QStringLiteral("https://api.plivo.com/?x=1"));
        const Error error = Provisioner::validate(options);
        QCOMPARE(error.kind(), Error::Kind::InvalidInput);
        QVERIFY(!error.message().contains(plivoToken));
        // With --plivo-from-env the Plivo values are not needed.
        if (change == QLatin1String("token")) {
            options.plivoFromEnv = true;
            QVERIFY(!Provisioner::validate(options));
        }
    }

    void provisionsAnEmptyServerThenChangesNothing()
    {
        FakeDirectus directus;
        const Result<ProvisionReport> first = provision(baseOptions(directus.server.url()));
        QVERIFY2(first.ok(), qPrintable(first.error().message()));
        const ProvisionReport &report = first.value();
        QVERIFY(report.changed());
        QCOMPARE(report.loginFlowId, loginId);
        QCOMPARE(report.verifyFlowId, verifyId);
        QCOMPARE(report.loginUrl,
            QUrl(directus.server.url().toString() + QStringLiteral("/flows/trigger/") + loginId));
        QCOMPARE(action(report, QStringLiteral("field directus_users.phone")),
            QStringLiteral("created"));
        QCOMPARE(
            action(report, QStringLiteral("collection otp_nonces")), QStringLiteral("created"));
        QCOMPARE(action(report, QStringLiteral("flow Directus Login: request code")),
            QStringLiteral("created"));
        QCOMPARE(directus.flows.size(), 2);
        QCOMPARE(directus.flow(loginId).value(QStringLiteral("operation")).toString(),
            Provisioning::operationId(loginId, QStringLiteral("limits")));
        QCOMPARE(directus.flow(verifyId).value(QStringLiteral("accountability")).toString(),
            QStringLiteral("activity"));
        const int fields = int(directus.fields.size());
        QCOMPARE(fields, 14); // 4 on directus_users, otp_nonces.id, 9 of otp_events
        QCOMPARE(
            action(report, QStringLiteral("collection otp_events")), QStringLiteral("created"));
        const int operations = int(directus.operations.size());
        QVERIFY(operations > 20);
        // Every request carried the admin token; none anything else.
        for (const QByteArray &auth : directus.auths)
            QCOMPARE(auth, "Bearer " + adminToken.toUtf8());

        // Second run: reads only, and says so.
        directus.writes.clear();
        const Result<ProvisionReport> second = provision(baseOptions(directus.server.url()));
        QVERIFY2(second.ok(), qPrintable(second.error().message()));
        QVERIFY(!second.value().changed());
        QCOMPARE(second.value().toJson().value(QStringLiteral("changed")).toBool(true), false);
        for (const ProvisionItem &item : second.value().items)
            QCOMPARE(ProvisionItem::actionName(item.action, false), QStringLiteral("unchanged"));
        QCOMPARE(directus.writes, QList<QByteArray>());
        QCOMPARE(int(directus.operations.size()), operations);
    }

    void dryRunWritesNothing()
    {
        FakeDirectus directus;
        ProvisionOptions options = baseOptions(directus.server.url());
        options.dryRun = true;
        const Result<ProvisionReport> result = provision(options);
        QVERIFY2(result.ok(), qPrintable(result.error().message()));
        QVERIFY(result.value().dryRun);
        QVERIFY(result.value().changed());
        QCOMPARE(action(result.value(), QStringLiteral("field directus_users.phone")),
            QStringLiteral("create"));
        QCOMPARE(directus.writes, QList<QByteArray>());
        const QByteArray json = compact(result.value().toJson());
        QVERIFY(!json.contains(plivoToken.toUtf8()));
        QVERIFY(!json.contains(adminToken.toUtf8()));
    }

    void changedCredentialsPatchOnlyTheRequestOperations()
    {
        FakeDirectus directus;
        QVERIFY(provision(baseOptions(directus.server.url())).ok());
        const QJsonArray before = [&] {
            QJsonArray ids;
            for (const QJsonObject &op : directus.operations)
                ids.append(op.value(QStringLiteral("id")));
            return ids;
        }();
        directus.writes.clear();
        ProvisionOptions options = baseOptions(directus.server.url());
        options.plivoAuthToken = QStringLiteral("another-plivo-token-999");
        const Result<ProvisionReport> result = provision(options);
        QVERIFY(result.ok());
        QCOMPARE(
            action(result.value(), QStringLiteral("operations of Directus Login: request code")),
            QStringLiteral("updated"));
        // Only the three Plivo calls changed: three PATCHes, no operation recreated.
        QCOMPARE(directus.writes,
            QList<QByteArray>({ "PATCH /operations/"
                    + Provisioning::operationId(loginId, QStringLiteral("send_code")).toUtf8(),
                "PATCH /operations/"
                    + Provisioning::operationId(loginId, QStringLiteral("probe_plivo")).toUtf8(),
                "PATCH /operations/"
                    + Provisioning::operationId(verifyId, QStringLiteral("validate_code"))
                          .toUtf8() }));
        QJsonArray after;
        for (const QJsonObject &op : directus.operations)
            after.append(op.value(QStringLiteral("id")));
        QCOMPARE(after, before);
    }

    void aChangedGraphIsReplaced()
    {
        FakeDirectus directus;
        QVERIFY(provision(baseOptions(directus.server.url())).ok());
        // Someone edited the flow in the app: an extra operation hangs off the last one.
        const QString respond = Provisioning::operationId(loginId, QStringLiteral("reply"));
        const QString extra = QUuid::createUuid().toString(QUuid::WithoutBraces);
        directus.operations.append(QJsonObject { { QStringLiteral("id"), extra },
            { QStringLiteral("flow"), loginId }, { QStringLiteral("key"), QStringLiteral("log") },
            { QStringLiteral("type"), QStringLiteral("log") },
            { QStringLiteral("resolve"), QJsonValue::Null },
            { QStringLiteral("reject"), QJsonValue::Null } });
        for (QJsonObject &op : directus.operations) {
            if (op.value(QStringLiteral("id")).toString() == respond)
                op.insert(QStringLiteral("resolve"), extra);
        }
        const Result<ProvisionReport> result = provision(baseOptions(directus.server.url()));
        QVERIFY2(result.ok(), qPrintable(result.error().message() + result.error().detail()));
        QCOMPARE(
            action(result.value(), QStringLiteral("operations of Directus Login: request code")),
            QStringLiteral("replaced"));
        QVERIFY(directus.operation(extra).isEmpty());
        QVERIFY(directus.operation(respond).value(QStringLiteral("resolve")).isNull());
        QCOMPARE(directus.flow(loginId).value(QStringLiteral("operation")).toString(),
            Provisioning::operationId(loginId, QStringLiteral("limits")));
        // And it is stable again.
        directus.writes.clear();
        QVERIFY(!provision(baseOptions(directus.server.url())).value().changed());
        QCOMPARE(directus.writes, QList<QByteArray>());
    }

    void existingFieldsAreKeptAndPhoneMadeUnique()
    {
        FakeDirectus directus;
        // The tutorial's fields, made by hand: phone as text, not unique.
        directus.fields.append(QJsonObject {
            { QStringLiteral("collection"), QStringLiteral("directus_users") },
            { QStringLiteral("field"), QStringLiteral("phone") },
            { QStringLiteral("type"), QStringLiteral("text") },
            { QStringLiteral("schema"), QJsonObject { { QStringLiteral("is_unique"), false } } } });
        directus.fields.append(
            QJsonObject { { QStringLiteral("collection"), QStringLiteral("directus_users") },
                { QStringLiteral("field"), QStringLiteral("otp_session_uuid") },
                { QStringLiteral("type"), QStringLiteral("string") } });
        const Result<ProvisionReport> result = provision(baseOptions(directus.server.url()));
        QVERIFY(result.ok());
        QCOMPARE(action(result.value(), QStringLiteral("field directus_users.phone")),
            QStringLiteral("updated"));
        QCOMPARE(action(result.value(), QStringLiteral("field directus_users.otp_session_uuid")),
            QStringLiteral("unchanged"));
        QVERIFY(directus.writes.contains("PATCH /fields/directus_users/phone"));
    }

    void aFieldOfAnotherTypeStopsBeforeAnyWrite()
    {
        FakeDirectus directus;
        directus.fields.append(
            QJsonObject { { QStringLiteral("collection"), QStringLiteral("directus_users") },
                { QStringLiteral("field"), QStringLiteral("otp_attempts") },
                { QStringLiteral("type"), QStringLiteral("json") } });
        const Result<ProvisionReport> result = provision(baseOptions(directus.server.url()));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind(), Error::Kind::InvalidInput);
        QVERIFY(result.error().message().contains(QLatin1String("otp_attempts")));
        QCOMPARE(directus.writes, QList<QByteArray>());
    }

    // The oldest Directus the flows are provisioned on is said, and anything older refused before
    // a single write; the newest 11.x and 12.x pass, and the report says the version.
    void olderDirectusIsRefusedBeforeAnyWrite_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("12.4.1") << QStringLiteral("12.4.1") << true;
        QTest::newRow("11.17.4") << QStringLiteral("11.17.4") << true;
        QTest::newRow("11.17.0") << QStringLiteral("11.17.0") << true;
        QTest::newRow("13.0.0-rc.1") << QStringLiteral("13.0.0-rc.1") << true;
        QTest::newRow("11.16.1") << QStringLiteral("11.16.1") << false;
        QTest::newRow("10.13.3") << QStringLiteral("10.13.3") << false;
        QTest::newRow("9.26.0") << QStringLiteral("9.26.0") << false;
        QTest::newRow("not said") << QString() << false;
        QTest::newRow("nonsense") << QStringLiteral("latest") << false;
    }
    void olderDirectusIsRefusedBeforeAnyWrite()
    {
        QFETCH(QString, version);
        QFETCH(bool, accepted);
        FakeDirectus directus;
        directus.version = version;
        const Result<ProvisionReport> result = provision(baseOptions(directus.server.url()));
        QCOMPARE(result.ok(), accepted);
        if (accepted) {
            QCOMPARE(result.value().serverVersion, version);
            QCOMPARE(result.value().toJson().value(QStringLiteral("directus_version")).toString(),
                version);
            return;
        }
        QCOMPARE(result.error().kind(), Error::Kind::InvalidInput);
        const QString message = result.error().message();
        QVERIFY2(message.contains(QLatin1String("11.17 or later")), qPrintable(message));
        if (!version.isEmpty() && version != QLatin1String("latest"))
            QVERIFY2(message.contains(version), qPrintable(message));
        QCOMPARE(directus.writes, QList<QByteArray>());
        QCOMPARE(Provisioning::oldestSupported(), QStringLiteral("11.17"));
    }

    void licenceLimitOnFlowsIsNamed()
    {
        FakeDirectus directus;
        for (int i = 0; i < 4; ++i) {
            directus.flows.append(QJsonObject {
                { QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces) },
                { QStringLiteral("name"), QStringLiteral("Other %1").arg(i) },
                { QStringLiteral("status"), QStringLiteral("active") } });
        }
        // The dry run warns ahead.
        ProvisionOptions dry = baseOptions(directus.server.url());
        dry.dryRun = true;
        const Result<ProvisionReport> planned = provision(dry);
        QVERIFY(planned.ok());
        const QStringList limits
            = planned.value().warnings.filter(QStringLiteral("at most 5 active flows"));
        QCOMPARE(limits.size(), 1);
        QVERIFY(limits.first().contains(QLatin1String("Other 3")));

        const Result<ProvisionReport> result = provision(baseOptions(directus.server.url()));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind(), Error::Kind::Forbidden);
        QCOMPARE(result.error().serverCode(), QStringLiteral("LIMIT_EXCEEDED"));
        const QString message = result.error().message();
        QVERIFY2(
            message.contains(QLatin1String("licence limit on active flows")), qPrintable(message));
        QVERIFY(message.contains(QLatin1String("at most 5 active flows")));
        QVERIFY(message.contains(QLatin1String("Other 0")));
    }

    void seatLimitIsNamed()
    {
        const QByteArray body = R"({"errors":[{"message":"seats limit exceeded.",)"
                                R"("extensions":{"code":"LIMIT_EXCEEDED"}}]})";
        const Error error
            = Provisioning::errorFromReply(403, body, QStringLiteral("creating x"), {});
        QCOMPARE(error.kind(), Error::Kind::Forbidden);
        QVERIFY(error.message().contains(QLatin1String("licence limit on seats")));
        QVERIFY(error.message().contains(QLatin1String("3 active users")));
    }

    void rejectedTokenNeverAppearsInTheError()
    {
        FakeDirectus directus;
        ProvisionOptions options = baseOptions(directus.server.url());
        options.adminToken = QStringLiteral("wrong-admin-token-XYZ");
        const Result<ProvisionReport> result = provision(options);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind(), Error::Kind::Unauthorized);
        for (const QString &text : { result.error().message(), result.error().detail() }) {
            QVERIFY(!text.contains(options.adminToken));
            QVERIFY(!text.contains(plivoToken));
        }
        QCOMPARE(directus.writes, QList<QByteArray>());
    }

    void serverMessagesAreMasked()
    {
        const QString masked = Provisioning::maskSecrets(
            QStringLiteral("bad value %1 and %2").arg(adminToken, plivoToken),
            baseOptions(QUrl()).secrets());
        QVERIFY(!masked.contains(adminToken));
        QVERIFY(!masked.contains(plivoToken));
        QVERIFY(masked.contains(QStringLiteral("••••")));
    }

    void unreachableServerIsANetworkError()
    {
        quint16 port = 0;
        {
            HttpServer closed;
            QVERIFY(closed.listen());
            port = closed.port();
        }
        const Result<ProvisionReport> result
            = provision(baseOptions(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port))));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind(), Error::Kind::Network);
    }

    void hangingServerTimesOut()
    {
        HttpServer server;
        server.setHandler([](const HttpRequest &) {
            HttpResponse response;
            response.hang = true;
            return response;
        });
        QVERIFY(server.listen());
        ProvisionOptions options = baseOptions(server.url());
        options.timeoutMs = 300;
        const Result<ProvisionReport> result = provision(options);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind(), Error::Kind::Timeout);
    }

    void cancelIsQuiet()
    {
        HttpServer server;
        server.setHandler([](const HttpRequest &) {
            HttpResponse response;
            response.hang = true;
            return response;
        });
        QVERIFY(server.listen());
        Provisioner provisioner(m_nam);
        QSignalSpy spy(&provisioner, &Provisioner::finished);
        provisioner.start(baseOptions(server.url()));
        QTRY_COMPARE(server.requests().size(), 1);
        provisioner.cancel();
        QVERIFY(!provisioner.isRunning());
        QTest::qWait(100);
        QCOMPARE(spy.count(), 0);
    }

    void invalidOptionsFinishAsynchronously()
    {
        Provisioner provisioner(m_nam);
        QSignalSpy spy(&provisioner, &Provisioner::finished);
        ProvisionOptions options;
        provisioner.start(options);
        QCOMPARE(spy.count(), 0); // never from inside start()
        QVERIFY(spy.wait(2000));
        QCOMPARE(provisioner.result().error().kind(), Error::Kind::InvalidInput);
    }
};

QTEST_GUILESS_MAIN(TestProvisioner)
#include "tst_provisioner.moc"
