#include "Provisioner.h"

#include <QCoreApplication>
#include <QFile>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSet>
#include <QTimer>
#include <QUrlQuery>
#include <QUuid>
#include <QVersionNumber>

#include <functional>

#ifndef DL_VERSION
#define DL_VERSION "0"
#endif

// The flows, the scripts and the schema live in packaging/directus/ and reach dlcore through
// flows.qrc. A static library's resources need an explicit initialisation, outside any namespace.
static void initFlowsResource()
{
    Q_INIT_RESOURCE(flows);
}

namespace {

// Free functions' texts, under the class's context (what lupdate files them under, too).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Provisioner)
};

const QString secretMask = QStringLiteral("••••");

void ensureResources()
{
    static const bool done = [] {
        initFlowsResource();
        return true;
    }();
    Q_UNUSED(done);
}

Result<QJsonObject> readJsonResource(const QString &name)
{
    ensureResources();
    QFile file(QStringLiteral(":/directus/") + name);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error(Error::Kind::InvalidInput,
            Tr::tr("The flow definitions are missing from this build."),
            QStringLiteral("cannot open :/directus/%1").arg(name));
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject()) {
        return Error(Error::Kind::InvalidInput,
            Tr::tr("The flow definitions in this build are damaged."),
            QStringLiteral("%1: %2").arg(name, parseError.errorString()));
    }
    return document.object();
}

QString basicCredentials(const ProvisionOptions &options)
{
    const QByteArray pair = options.plivoAuthId.toUtf8() + ':' + options.plivoAuthToken.toUtf8();
    return QStringLiteral("Basic ") + QString::fromLatin1(pair.toBase64());
}

QString apiBase(const ProvisionOptions &options)
{
    QString url = options.plivoApiUrl.toString(QUrl::FullyEncoded);
    while (url.endsWith(QLatin1Char('/')))
        url.chop(1);
    return url;
}

QString fillPlaceholders(QString text, const ProvisionOptions &options)
{
    if (!text.contains(QLatin1String("${")))
        return text;
    text.replace(QLatin1String("${PLIVO_API_URL}"), apiBase(options));
    const ProvisionOptions::Limits &limits = options.limits;
    text.replace(QLatin1String("${DL_RESEND_SECONDS}"), QString::number(limits.resendSeconds));
    text.replace(QLatin1String("${DL_DAILY_CODES}"), QString::number(limits.dailyCodes));
    text.replace(
        QLatin1String("${DL_DAILY_VALIDATIONS}"), QString::number(limits.dailyValidations));
    text.replace(QLatin1String("${DL_UNIFORM_REPLIES}"),
        limits.uniformReplies ? QStringLiteral("true") : QStringLiteral("false"));
    text.replace(QLatin1String("${DL_CODE_LENGTH}"), QString::number(limits.codeLength));
    text.replace(QLatin1String("${DL_CODE_SECONDS}"), QString::number(limits.codeMinutes * 60));
    if (options.plivoFromEnv) {
        text.replace(QLatin1String("${PLIVO_AUTH_ID}"), QLatin1String("{{$env.PLIVO_AUTH_ID}}"));
        text.replace(QLatin1String("${PLIVO_APP_UUID}"), QLatin1String("{{$env.PLIVO_APP_UUID}}"));
    } else {
        text.replace(QLatin1String("${PLIVO_AUTH_ID}"), options.plivoAuthId);
        text.replace(QLatin1String("${PLIVO_APP_UUID}"), options.plivoAppUuid);
    }
    // ${PLIVO_AUTHORIZATION:<key>}: the operation <key> computes the Basic credentials from $env.
    static const QRegularExpression authorization(
        QStringLiteral("\\$\\{PLIVO_AUTHORIZATION:([a-z_]+)\\}"));
    QRegularExpressionMatch match;
    while ((match = authorization.match(text)).hasMatch()) {
        const QString value = options.plivoFromEnv
            ? QStringLiteral("Basic {{%1.plivo_basic}}").arg(match.captured(1))
            : basicCredentials(options);
        text.replace(match.capturedStart(), match.capturedLength(), value);
    }
    return text;
}

QJsonValue fillPlaceholders(const QJsonValue &value, const ProvisionOptions &options)
{
    if (value.isString())
        return fillPlaceholders(value.toString(), options);
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &element : value.toArray())
            out.append(fillPlaceholders(element, options));
        return out;
    }
    if (value.isObject()) {
        QJsonObject out;
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            out.insert(it.key(), fillPlaceholders(it.value(), options));
        return out;
    }
    return value;
}

bool containsPlaceholder(const QJsonValue &value)
{
    const QByteArray text = QJsonDocument(
        QJsonObject { { QStringLiteral("v"),
            value } }).toJson(QJsonDocument::Compact);
    return text.contains("${");
}

QString idOrEmpty(const QJsonValue &value)
{
    return value.isString() ? value.toString() : QString();
}

QJsonValue idOrNull(const QString &id)
{
    return id.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(id);
}

// Types that hold the same thing for our purposes.
bool compatibleType(const QString &wanted, const QString &actual)
{
    if (wanted == actual)
        return true;
    static const QList<QSet<QString>> families = {
        { QStringLiteral("string"), QStringLiteral("text") },
        { QStringLiteral("integer"), QStringLiteral("bigInteger") },
        { QStringLiteral("timestamp"), QStringLiteral("dateTime") },
    };
    for (const QSet<QString> &family : families) {
        if (family.contains(wanted) && family.contains(actual))
            return true;
    }
    return false;
}

bool isActive(const QJsonObject &flow)
{
    return flow.value(QStringLiteral("status")).toString() == QLatin1String("active");
}

} // namespace

QString ProvisionOptions::tokenModeName(TokenMode mode)
{
    return mode == TokenMode::Static ? QStringLiteral("static") : QStringLiteral("session");
}

QStringList ProvisionOptions::secrets() const
{
    QStringList list;
    if (!adminToken.isEmpty())
        list << adminToken;
    if (!plivoAuthToken.isEmpty()) {
        list << plivoAuthToken;
        list << basicCredentials(*this).mid(6); // the base64 part
    }
    return list;
}

QString ProvisionItem::actionName(Action action, bool dryRun)
{
    switch (action) {
    case Action::Unchanged:
        return QStringLiteral("unchanged");
    case Action::Create:
        return dryRun ? QStringLiteral("create") : QStringLiteral("created");
    case Action::Update:
        return dryRun ? QStringLiteral("update") : QStringLiteral("updated");
    case Action::Replace:
        return dryRun ? QStringLiteral("replace") : QStringLiteral("replaced");
    }
    return QString();
}

bool ProvisionReport::changed() const
{
    for (const ProvisionItem &item : items) {
        if (item.action != ProvisionItem::Action::Unchanged)
            return true;
    }
    return false;
}

QJsonObject ProvisionReport::toJson() const
{
    QJsonArray list;
    for (const ProvisionItem &item : items) {
        QJsonObject entry { { QStringLiteral("item"), item.name },
            { QStringLiteral("action"), ProvisionItem::actionName(item.action, dryRun) } };
        if (!item.detail.isEmpty())
            entry.insert(QStringLiteral("detail"), item.detail);
        list.append(entry);
    }
    return QJsonObject {
        { QStringLiteral("dry_run"), dryRun },
        { QStringLiteral("changed"), changed() },
        { QStringLiteral("directus_version"), serverVersion },
        { QStringLiteral("login_flow"), loginFlowId },
        { QStringLiteral("verify_flow"), verifyFlowId },
        { QStringLiteral("login_url"), loginUrl.toString() },
        { QStringLiteral("verify_url"), verifyUrl.toString() },
        { QStringLiteral("items"), list },
        { QStringLiteral("warnings"), QJsonArray::fromStringList(warnings) },
    };
}

namespace Provisioning {

QString oldestSupported()
{
    return QStringLiteral("%1.%2").arg(oldestMajor).arg(oldestMinor);
}

Error checkServerVersion(const QJsonValue &serverInfo)
{
    const QString version = serverInfo.toObject().value(QStringLiteral("version")).toString();
    qsizetype suffix = 0;
    const QVersionNumber number = QVersionNumber::fromString(version, &suffix);
    const QString tested = QStringLiteral("11.17.4, 12.4.1");
    if (number.segmentCount() < 2) {
        //: provision: /server/info did not say which Directus runs. %1 the oldest supported
        //: version ("11.17"), %2 the versions tested.
        return Error(Error::Kind::InvalidInput,
            Provisioner::tr(
                "Directus did not say its version, so it cannot be checked: these flows "
                "need Directus %1 or later (tested: %2). Check that the token belongs "
                "to an administrator.")
                .arg(oldestSupported(), tested),
            QStringLiteral("GET /server/info: no data.version"));
    }
    if (number < QVersionNumber(oldestMajor, oldestMinor)) {
        //: provision: the server's Directus is too old. %1 its version, %2 the oldest supported
        //: ("11.17"), %3 the versions tested.
        return Error(Error::Kind::InvalidInput,
            Provisioner::tr("This server runs Directus %1. The Directus Login flows need Directus "
                            "%2 or later (tested: %3): update Directus, then provision again. "
                            "Nothing was changed.")
                .arg(version, oldestSupported(), tested),
            QStringLiteral("directus %1 < %2").arg(version, oldestSupported()));
    }
    return {};
}

QString operationId(const QString &flowId, const QString &key)
{
    return QUuid::createUuidV5(QUuid::fromString(flowId), key).toString(QUuid::WithoutBraces);
}

Result<FlowDefinition> loadFlow(const QString &name, const ProvisionOptions &options)
{
    const Result<QJsonObject> loaded = readJsonResource(name);
    if (!loaded.ok())
        return loaded.error();
    // One file for both token modes: operations marked "modes": ["session"] (or ["static"]) are
    // of that mode only, and a value {"session": …, "static": …} is that mode's.
    const QString mode = ProvisionOptions::tokenModeName(options.tokenMode);
    const auto forMode = [&mode](const QJsonValue &value) {
        return value.isObject() && value.toObject().contains(mode) ? value.toObject().value(mode)
                                                                   : value;
    };
    QJsonObject root = loaded.value();
    {
        QJsonObject flowFields = root.value(QStringLiteral("flow")).toObject();
        flowFields.insert(QStringLiteral("description"),
            forMode(flowFields.value(QStringLiteral("description"))));
        root.insert(QStringLiteral("flow"), flowFields);
        QJsonArray kept;
        for (const QJsonValue &value : root.value(QStringLiteral("operations")).toArray()) {
            QJsonObject entry = value.toObject();
            const QJsonArray modes = entry.take(QStringLiteral("modes")).toArray();
            if (!modes.isEmpty() && !modes.contains(mode))
                continue;
            for (const QString &link : { QStringLiteral("resolve"), QStringLiteral("reject") }) {
                if (entry.contains(link))
                    entry.insert(link, forMode(entry.value(link)));
            }
            kept.append(entry);
        }
        root.insert(QStringLiteral("operations"), kept);
    }
    const auto damaged = [&name](const QString &why) {
        return Error(Error::Kind::InvalidInput,
            Tr::tr("The flow definitions in this build are damaged."),
            QStringLiteral("%1: %2").arg(name, why));
    };

    FlowDefinition flow;
    QJsonObject fields = root.value(QStringLiteral("flow")).toObject();
    flow.id = fields.take(QStringLiteral("id")).toString();
    if (QUuid::fromString(flow.id).isNull())
        return damaged(QStringLiteral("flow.id is not a UUID"));
    flow.fields = fields;

    const QJsonArray operations = root.value(QStringLiteral("operations")).toArray();
    QHash<QString, QString> idByKey;
    for (const QJsonValue &value : operations) {
        const QString key = value.toObject().value(QStringLiteral("key")).toString();
        if (key.isEmpty() || idByKey.contains(key))
            return damaged(QStringLiteral("missing or repeated operation key '%1'").arg(key));
        idByKey.insert(key, operationId(flow.id, key));
    }
    const QString first = root.value(QStringLiteral("first")).toString();
    if (!idByKey.contains(first))
        return damaged(QStringLiteral("'first' names no operation"));
    flow.firstOperationId = idByKey.value(first);

    for (const QJsonValue &value : operations) {
        const QJsonObject entry = value.toObject();
        FlowOperation op;
        op.key = entry.value(QStringLiteral("key")).toString();
        op.id = idByKey.value(op.key);
        op.name = entry.value(QStringLiteral("name")).toString();
        op.type = entry.value(QStringLiteral("type")).toString();
        const QJsonArray position = entry.value(QStringLiteral("position")).toArray();
        op.x = position.at(0).toInt();
        op.y = position.at(1).toInt();
        op.options = fillPlaceholders(entry.value(QStringLiteral("options")).toObject(), options)
                         .toObject();
        if (containsPlaceholder(op.options))
            return damaged(QStringLiteral("operation '%1' has an unknown placeholder").arg(op.key));
        const QString script = entry.value(QStringLiteral("script")).toString();
        if (!script.isEmpty()) {
            ensureResources();
            QFile file(QStringLiteral(":/directus/scripts/") + script);
            if (!file.open(QIODevice::ReadOnly))
                return damaged(QStringLiteral("script %1 is missing").arg(script));
            op.options.insert(QStringLiteral("code"), QString::fromUtf8(file.readAll()));
        }
        for (const QString &link : { QStringLiteral("resolve"), QStringLiteral("reject") }) {
            const QString target = entry.value(link).toString();
            if (target.isEmpty())
                continue;
            if (!idByKey.contains(target))
                return damaged(QStringLiteral("'%1' of '%2' names no operation").arg(link, op.key));
            (link == QLatin1String("resolve") ? op.resolve : op.reject) = idByKey.value(target);
        }
        if (op.type.isEmpty())
            return damaged(QStringLiteral("operation '%1' has no type").arg(op.key));
        flow.operations.append(op);
    }
    return flow;
}

Result<SchemaDefinition> loadSchema()
{
    const Result<QJsonObject> loaded = readJsonResource(QStringLiteral("schema.json"));
    if (!loaded.ok())
        return loaded.error();
    SchemaDefinition schema;
    for (const QJsonValue &value : loaded.value().value(QStringLiteral("fields")).toArray())
        schema.fields.append(value.toObject());
    for (const QJsonValue &value : loaded.value().value(QStringLiteral("collections")).toArray())
        schema.collections.append(value.toObject());
    return schema;
}

QList<FlowOperation> creationOrder(const QList<FlowOperation> &operations)
{
    QHash<QString, const FlowOperation *> byId;
    for (const FlowOperation &op : operations)
        byId.insert(op.id, &op);
    QList<FlowOperation> ordered;
    QSet<QString> placed;
    QSet<QString> visiting;
    std::function<void(const FlowOperation &)> visit = [&](const FlowOperation &op) {
        if (placed.contains(op.id) || visiting.contains(op.id))
            return; // a cycle cannot be created in one go; loadFlow data has none
        visiting.insert(op.id);
        for (const QString &target : { op.resolve, op.reject }) {
            if (!target.isEmpty() && byId.contains(target))
                visit(*byId.value(target));
        }
        visiting.remove(op.id);
        placed.insert(op.id);
        ordered.append(op);
    };
    for (const FlowOperation &op : operations)
        visit(op);
    return ordered;
}

QJsonObject operationPayload(const FlowOperation &operation, const QString &flowId, bool withLinks)
{
    QJsonObject payload {
        { QStringLiteral("id"), operation.id },
        { QStringLiteral("flow"), flowId },
        { QStringLiteral("key"), operation.key },
        { QStringLiteral("name"), operation.name },
        { QStringLiteral("type"), operation.type },
        { QStringLiteral("position_x"), operation.x },
        { QStringLiteral("position_y"), operation.y },
        { QStringLiteral("options"), operation.options },
    };
    if (withLinks) {
        payload.insert(QStringLiteral("resolve"), idOrNull(operation.resolve));
        payload.insert(QStringLiteral("reject"), idOrNull(operation.reject));
    }
    return payload;
}

namespace {

void planFields(const SchemaDefinition &schema, const ServerState &state, ProvisionReport &report,
    QList<PlannedCall> &calls, QStringList &conflicts)
{
    for (const QJsonObject &wanted : schema.fields) {
        const QString collection = wanted.value(QStringLiteral("collection")).toString();
        const QString name = wanted.value(QStringLiteral("field")).toString();
        const QString type = wanted.value(QStringLiteral("type")).toString();
        ProvisionItem item { QStringLiteral("field %1.%2").arg(collection, name),
            ProvisionItem::Action::Unchanged, QString() };
        const int index = int(report.items.size());
        // Only directus_users fields are read up front; that is all schema.json holds.
        const auto existing = state.userFields.constFind(name);
        if (collection != QLatin1String("directus_users")) {
            conflicts << QStringLiteral("schema.json: only directus_users fields are supported");
            continue;
        }
        if (existing == state.userFields.constEnd()) {
            item.action = ProvisionItem::Action::Create;
            QJsonObject body { { QStringLiteral("field"), name }, { QStringLiteral("type"), type },
                { QStringLiteral("meta"), wanted.value(QStringLiteral("meta")) },
                { QStringLiteral("schema"), wanted.value(QStringLiteral("schema")) } };
            calls.append({ "POST", QStringLiteral("/fields/") + collection, body, index });
        } else {
            const QString actual = existing->value(QStringLiteral("type")).toString();
            if (!compatibleType(type, actual)) {
                conflicts << Tr::tr(
                    "The field %1.%2 already exists with type \"%3\"; Directus Login "
                    "needs \"%4\". Rename or remove that field first.")
                                 .arg(collection, name, actual, type);
            } else if (wanted.value(QStringLiteral("unique")).toBool()
                && !existing->value(QStringLiteral("schema"))
                        .toObject()
                        .value(QStringLiteral("is_unique"))
                        .toBool()) {
                item.action = ProvisionItem::Action::Update;
                item.detail = QStringLiteral("made unique");
                calls.append({ "PATCH", QStringLiteral("/fields/%1/%2").arg(collection, name),
                    QJsonObject { { QStringLiteral("schema"),
                        QJsonObject { { QStringLiteral("is_unique"), true } } } },
                    index });
            }
        }
        report.items.append(item);
    }
}

void planCollections(const SchemaDefinition &schema, const ServerState &state,
    ProvisionReport &report, QList<PlannedCall> &calls, QStringList &conflicts)
{
    for (const QJsonObject &wanted : schema.collections) {
        const QString name = wanted.value(QStringLiteral("collection")).toString();
        const QJsonObject meta = wanted.value(QStringLiteral("meta")).toObject();
        ProvisionItem item { QStringLiteral("collection %1").arg(name),
            ProvisionItem::Action::Unchanged, QString() };
        const int index = int(report.items.size());
        const auto existing = state.collections.constFind(name);
        if (existing == state.collections.constEnd()) {
            item.action = ProvisionItem::Action::Create;
            QJsonObject body { { QStringLiteral("collection"), name },
                { QStringLiteral("meta"), meta },
                { QStringLiteral("schema"), wanted.value(QStringLiteral("schema")) },
                { QStringLiteral("fields"), wanted.value(QStringLiteral("fields")) } };
            calls.append({ "POST", QStringLiteral("/collections"), body, index });
            report.items.append(item);
            continue;
        }
        QStringList details;
        const QJsonValue actualMeta = existing->value(QStringLiteral("meta"));
        if (!actualMeta.isObject()
            || actualMeta.toObject().value(QStringLiteral("accountability"))
                != meta.value(QStringLiteral("accountability"))
            || actualMeta.toObject().value(QStringLiteral("hidden"))
                != meta.value(QStringLiteral("hidden"))) {
            details << QStringLiteral("meta");
            calls.append({ "PATCH", QStringLiteral("/collections/") + name,
                QJsonObject { { QStringLiteral("meta"), meta } }, index });
        }
        const QHash<QString, QJsonObject> fields = state.collectionFields.value(name);
        for (const QJsonValue &value : wanted.value(QStringLiteral("fields")).toArray()) {
            const QJsonObject field = value.toObject();
            const QString fieldName = field.value(QStringLiteral("field")).toString();
            const QString type = field.value(QStringLiteral("type")).toString();
            const auto actual = fields.constFind(fieldName);
            if (actual == fields.constEnd()
                || actual->value(QStringLiteral("type")).toString() != type) {
                conflicts << Tr::tr(
                    "The collection %1 already exists and its field \"%2\" is not of "
                    "type \"%3\". Remove that collection first: Directus Login keeps "
                    "only short-lived rows in it.")
                                 .arg(name, fieldName, type);
                continue;
            }
            const QJsonArray wantedSpecial = field.value(QStringLiteral("meta"))
                                                 .toObject()
                                                 .value(QStringLiteral("special"))
                                                 .toArray();
            const QJsonArray actualSpecial = actual->value(QStringLiteral("meta"))
                                                 .toObject()
                                                 .value(QStringLiteral("special"))
                                                 .toArray();
            if (!wantedSpecial.isEmpty() && actualSpecial != wantedSpecial) {
                details << QStringLiteral("field %1").arg(fieldName);
                calls.append({ "PATCH", QStringLiteral("/fields/%1/%2").arg(name, fieldName),
                    QJsonObject { { QStringLiteral("meta"), field.value(QStringLiteral("meta")) } },
                    index });
            }
        }
        if (!details.isEmpty()) {
            item.action = ProvisionItem::Action::Update;
            item.detail = details.join(QStringLiteral(", "));
        }
        report.items.append(item);
    }
}

void planFlow(const FlowDefinition &flow, const ServerState &state, ProvisionReport &report,
    QList<PlannedCall> &calls)
{
    const QString name = flow.fields.value(QStringLiteral("name")).toString();
    const QString flowPath = QStringLiteral("/flows/") + flow.id;
    const int flowIndex = int(report.items.size());
    report.items.append(
        { QStringLiteral("flow %1").arg(name), ProvisionItem::Action::Unchanged, QString() });
    const int opsIndex = int(report.items.size());
    report.items.append({ QStringLiteral("operations of %1").arg(name),
        ProvisionItem::Action::Unchanged, QString() });

    QJsonArray creation;
    for (const FlowOperation &op : creationOrder(flow.operations))
        creation.append(operationPayload(op, flow.id, true));
    const QJsonObject linkFirst { { QStringLiteral("operation"), flow.firstOperationId } };

    const auto existing = state.flows.constFind(flow.id);
    if (existing == state.flows.constEnd()) {
        QJsonObject body = flow.fields;
        body.insert(QStringLiteral("id"), flow.id);
        calls.append({ "POST", QStringLiteral("/flows"), body, flowIndex });
        calls.append({ "POST", QStringLiteral("/operations"), creation, opsIndex });
        calls.append({ "PATCH", flowPath, linkFirst, opsIndex });
        report.items[flowIndex].action = ProvisionItem::Action::Create;
        report.items[opsIndex].action = ProvisionItem::Action::Create;
        report.items[opsIndex].detail = QStringLiteral("%1 operations").arg(flow.operations.size());
        return;
    }

    // The flow itself.
    QJsonObject changes;
    for (auto it = flow.fields.begin(); it != flow.fields.end(); ++it) {
        if (existing->value(it.key()) != it.value())
            changes.insert(it.key(), it.value());
    }
    if (!changes.isEmpty()) {
        calls.append({ "PATCH", flowPath, changes, flowIndex });
        report.items[flowIndex].action = ProvisionItem::Action::Update;
        report.items[flowIndex].detail = changes.keys().join(QStringLiteral(", "));
    }

    // Its operations: patched in place when the graph is the same, replaced otherwise.
    const QList<QJsonObject> actual = state.operations.value(flow.id);
    QHash<QString, QJsonObject> actualById;
    for (const QJsonObject &op : actual)
        actualById.insert(op.value(QStringLiteral("id")).toString(), op);
    bool sameGraph = actual.size() == flow.operations.size();
    for (const FlowOperation &op : flow.operations) {
        if (!sameGraph)
            break;
        const auto found = actualById.constFind(op.id);
        sameGraph = found != actualById.constEnd()
            && found->value(QStringLiteral("type")).toString() == op.type
            && found->value(QStringLiteral("key")).toString() == op.key
            && idOrEmpty(found->value(QStringLiteral("resolve"))) == op.resolve
            && idOrEmpty(found->value(QStringLiteral("reject"))) == op.reject;
    }
    const bool firstLinked
        = idOrEmpty(existing->value(QStringLiteral("operation"))) == flow.firstOperationId;

    if (sameGraph) {
        QStringList touched;
        for (const FlowOperation &op : flow.operations) {
            const QJsonObject &have = actualById[op.id];
            QJsonObject patch;
            if (have.value(QStringLiteral("name")).toString() != op.name)
                patch.insert(QStringLiteral("name"), op.name);
            if (have.value(QStringLiteral("position_x")).toInt() != op.x)
                patch.insert(QStringLiteral("position_x"), op.x);
            if (have.value(QStringLiteral("position_y")).toInt() != op.y)
                patch.insert(QStringLiteral("position_y"), op.y);
            if (have.value(QStringLiteral("options")).toObject() != op.options)
                patch.insert(QStringLiteral("options"), op.options);
            if (!patch.isEmpty()) {
                calls.append({ "PATCH", QStringLiteral("/operations/") + op.id, patch, opsIndex });
                touched << QStringLiteral("%1 (%2)").arg(
                    op.key, patch.keys().join(QStringLiteral(", ")));
            }
        }
        if (!firstLinked) {
            calls.append({ "PATCH", flowPath, linkFirst, opsIndex });
            touched << QStringLiteral("first operation");
        }
        if (!touched.isEmpty()) {
            report.items[opsIndex].action = ProvisionItem::Action::Update;
            report.items[opsIndex].detail = touched.join(QStringLiteral("; "));
        }
        return;
    }

    // Replace: unlink the flow and the old operations from each other, delete them, create anew.
    if (!idOrEmpty(existing->value(QStringLiteral("operation"))).isEmpty()) {
        calls.append({ "PATCH", flowPath,
            QJsonObject { { QStringLiteral("operation"), QJsonValue::Null } }, opsIndex });
    }
    if (!actual.isEmpty()) {
        QJsonArray keys;
        for (const QJsonObject &op : actual)
            keys.append(op.value(QStringLiteral("id")));
        calls.append({ "PATCH", QStringLiteral("/operations"),
            QJsonObject { { QStringLiteral("keys"), keys },
                { QStringLiteral("data"),
                    QJsonObject { { QStringLiteral("resolve"), QJsonValue::Null },
                        { QStringLiteral("reject"), QJsonValue::Null } } } },
            opsIndex });
        calls.append({ "DELETE", QStringLiteral("/operations"), keys, opsIndex });
    }
    calls.append({ "POST", QStringLiteral("/operations"), creation, opsIndex });
    calls.append({ "PATCH", flowPath, linkFirst, opsIndex });
    report.items[opsIndex].action = ProvisionItem::Action::Replace;
    report.items[opsIndex].detail = QStringLiteral("%1 operations replaced by %2")
                                        .arg(actual.size())
                                        .arg(flow.operations.size());
}

} // namespace

Result<QList<PlannedCall>> plan(const SchemaDefinition &schema, const QList<FlowDefinition> &flows,
    const ServerState &state, ProvisionReport &report)
{
    QList<PlannedCall> calls;
    QStringList conflicts;
    planFields(schema, state, report, calls, conflicts);
    planCollections(schema, state, report, calls, conflicts);
    if (!conflicts.isEmpty()) {
        return Error(Error::Kind::InvalidInput, conflicts.join(QLatin1Char('\n')),
            QStringLiteral("schema conflict"));
    }
    QSet<QString> ours;
    for (const FlowDefinition &flow : flows) {
        planFlow(flow, state, report, calls);
        ours.insert(flow.id);
    }

    // Licence: Directus 12 without a licence key runs at most 5 active flows (11.x has no such
    // limit: measured with 11.17.4).
    QStringList activeOthers;
    for (auto it = state.flows.begin(); it != state.flows.end(); ++it) {
        if (!ours.contains(it.key()) && isActive(it.value()))
            activeOthers << it.value().value(QStringLiteral("name")).toString();
    }
    int oursActive = 0;
    for (const FlowDefinition &flow : flows) {
        if (isActive(flow.fields))
            ++oursActive;
    }
    const int total = int(activeOthers.size()) + oursActive;
    const bool licensed = state.serverMajor == 0 || state.serverMajor >= 12;
    if (licensed && total > coreActiveFlowLimit) {
        activeOthers.sort();
        report.warnings << Tr::tr(
            "Licence limit: Directus without a licence key runs at most %1 "
            "active flows; with these %2 this server would have %3 (others: %4). "
            "Directus will refuse to activate them unless it has a licence key "
            "or you deactivate %5 of the others.")
                               .arg(coreActiveFlowLimit)
                               .arg(oursActive)
                               .arg(total)
                               .arg(activeOthers.join(QStringLiteral(", ")))
                               .arg(total - coreActiveFlowLimit);
    }
    return calls;
}

QString maskSecrets(QString text, const QStringList &secrets)
{
    for (const QString &secret : secrets) {
        if (secret.size() >= 4)
            text.replace(secret, secretMask);
    }
    return text;
}

Error errorFromReply(int httpStatus, const QByteArray &body, const QString &whatFailed,
    const QStringList &activeFlowNames)
{
    QString code;
    QString message;
    const QJsonDocument document = QJsonDocument::fromJson(body);
    const QJsonArray errors = document.object().value(QStringLiteral("errors")).toArray();
    if (!errors.isEmpty()) {
        const QJsonObject first = errors.first().toObject();
        message = first.value(QStringLiteral("message")).toString();
        code = first.value(QStringLiteral("extensions"))
                   .toObject()
                   .value(QStringLiteral("code"))
                   .toString();
    }
    const QString detail = QStringLiteral("HTTP %1%2%3 while %4")
                               .arg(httpStatus)
                               .arg(code.isEmpty() ? QString() : QLatin1Char(' ') + code)
                               .arg(message.isEmpty() ? QString() : QStringLiteral(": ") + message)
                               .arg(whatFailed);
    Error error;
    if (code == QLatin1String("LIMIT_EXCEEDED")) {
        const QString lower = message.toLower();
        if (lower.contains(QLatin1String("flow"))) {
            QStringList names = activeFlowNames;
            names.sort();
            error = Error(Error::Kind::Forbidden,
                Tr::tr("Directus refused %1: licence limit on active flows reached. "
                       "Without a licence key Directus runs at most %2 active flows; active "
                       "now: %3. Deactivate or delete a flow you do not need, or add a "
                       "licence key, then run provision again.")
                    .arg(whatFailed)
                    .arg(coreActiveFlowLimit)
                    .arg(names.isEmpty() ? Tr::tr("(unknown)") : names.join(QStringLiteral(", "))),
                detail);
        } else if (lower.contains(QLatin1String("seat")) || lower.contains(QLatin1String("user"))) {
            error = Error(Error::Kind::Forbidden,
                Tr::tr("Directus refused %1: licence limit on seats reached. Without a "
                       "licence key Directus allows %2 active users with app or admin "
                       "access. Phone users need no app access; remove it from their role "
                       "or policy, or add a licence key.")
                    .arg(whatFailed)
                    .arg(coreSeatLimit),
                detail);
        } else {
            error = Error(Error::Kind::Forbidden,
                Tr::tr("Directus refused %1: licence limit \"%2\" reached.")
                    .arg(whatFailed, message),
                detail);
        }
    } else if (code == QLatin1String("RESOURCE_RESTRICTED")) {
        error = Error(Error::Kind::Forbidden,
            Tr::tr("Directus refused %1: this feature needs a Directus licence key (%2).")
                .arg(whatFailed, message),
            detail);
    } else if (httpStatus == 401) {
        error = Error(Error::Kind::Unauthorized,
            Tr::tr("Directus refused the admin token (401). Check --admin-token or "
                   "DIRECTUS_ADMIN_TOKEN: it must be the static token of an "
                   "administrator."),
            detail);
    } else if (httpStatus == 403) {
        error = Error(Error::Kind::Forbidden,
            Tr::tr("Directus refused %1 (403 %2). The token needs administrator access.")
                .arg(whatFailed, code.isEmpty() ? QStringLiteral("FORBIDDEN") : code),
            detail);
    } else if (httpStatus == 404) {
        error = Error(Error::Kind::NotFound,
            Tr::tr("Directus answered 404 while %1. Is the server address the Directus "
                   "root (the one that answers /server/ping)?")
                .arg(whatFailed),
            detail);
    } else {
        error = Error(Error::Kind::Server,
            Tr::tr("Directus answered %1 while %2%3")
                .arg(httpStatus)
                .arg(whatFailed,
                    message.isEmpty() ? QStringLiteral(".") : QStringLiteral(": ") + message),
            detail);
    }
    error.setHttpStatus(httpStatus);
    error.setServerCode(code);
    return error;
}

} // namespace Provisioning

Provisioner::Provisioner(QNetworkAccessManager &nam, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (m_reply) {
            m_timedOut = true;
            m_reply->abort();
        }
    });
}

Provisioner::~Provisioner()
{
    cancel();
}

Error Provisioner::validate(const ProvisionOptions &options)
{
    const QString scheme = options.server.scheme();
    if (!options.server.isValid() || options.server.host().isEmpty()
        || (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
        return Error(Error::Kind::InvalidInput,
            tr("Give the Directus server as an http(s) URL, e.g. https://cms.example.com."),
            QStringLiteral("invalid --server"));
    }
    if (options.adminToken.trimmed().isEmpty()) {
        return Error(Error::Kind::InvalidInput,
            tr("An admin token is needed: --admin-token or DIRECTUS_ADMIN_TOKEN."),
            QStringLiteral("no admin token"));
    }
    const QString apiScheme = options.plivoApiUrl.scheme();
    if (!options.plivoApiUrl.isValid() || options.plivoApiUrl.host().isEmpty()
        || (apiScheme != QLatin1String("http") && apiScheme != QLatin1String("https"))
        || options.plivoApiUrl.hasQuery() || options.plivoApiUrl.hasFragment()) {
        return Error(Error::Kind::InvalidInput,
            tr("Give the Plivo API as an http(s) URL without query, e.g. "
               "https://api.plivo.com."),
            QStringLiteral("invalid --plivo-api-url"));
    }
    if (options.plivoFromEnv)
        return Error();
    static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    static const QRegularExpression tokenPattern(QStringLiteral("^[\\x21-\\x7e]{1,256}$"));
    if (!idPattern.match(options.plivoAuthId).hasMatch()) {
        return Error(Error::Kind::InvalidInput,
            tr("Give the Plivo auth id (--plivo-auth-id: letters and digits), or use "
               "--plivo-from-env."),
            QStringLiteral("invalid --plivo-auth-id"));
    }
    if (!tokenPattern.match(options.plivoAuthToken).hasMatch()
        || options.plivoAuthToken.contains(QLatin1String("{{"))) {
        return Error(Error::Kind::InvalidInput,
            tr("Give the Plivo auth token (--plivo-auth-token or PLIVO_AUTH_TOKEN), or "
               "use --plivo-from-env."),
            QStringLiteral("invalid --plivo-auth-token"));
    }
    if (!idPattern.match(options.plivoAppUuid).hasMatch()) {
        return Error(Error::Kind::InvalidInput,
            tr("Give the Plivo Verify application's UUID (--plivo-app-uuid), or use "
               "--plivo-from-env."),
            QStringLiteral("invalid --plivo-app-uuid"));
    }
    return Error();
}

void Provisioner::start(const ProvisionOptions &options)
{
    cancel();
    m_options = options;
    m_running = true;
    m_timedOut = false;
    m_state = ServerState();
    m_plan.clear();
    m_flows.clear();
    m_report = ProvisionReport();
    m_report.dryRun = options.dryRun;

    Error error = validate(options);
    if (!error) {
        const Result<SchemaDefinition> schema = Provisioning::loadSchema();
        const Result<FlowDefinition> login
            = Provisioning::loadFlow(QStringLiteral("login-flow.json"), m_options);
        const Result<FlowDefinition> verify
            = Provisioning::loadFlow(QStringLiteral("verify-flow.json"), m_options);
        if (!schema.ok())
            error = schema.error();
        else if (!login.ok())
            error = login.error();
        else if (!verify.ok())
            error = verify.error();
        else {
            m_schema = schema.value();
            m_flows = { login.value(), verify.value() };
        }
    }
    if (error) {
        // finished() is never emitted from inside start().
        QMetaObject::invokeMethod(
            this, [this, error] { fail(error); }, Qt::QueuedConnection);
        return;
    }

    const auto trigger = [this](const QString &id) {
        QUrl url = m_options.server;
        url.setPath(url.path() + QStringLiteral("/flows/trigger/") + id);
        return url;
    };
    m_report.loginFlowId = m_flows.at(0).id;
    m_report.verifyFlowId = m_flows.at(1).id;
    m_report.loginUrl = trigger(m_report.loginFlowId);
    m_report.verifyUrl = trigger(m_report.verifyFlowId);
    if (m_options.server.scheme() == QLatin1String("http")) {
        const QString host = m_options.server.host();
        if (host != QLatin1String("localhost") && !host.startsWith(QLatin1String("127."))
            && host != QLatin1String("::1")) {
            m_report.warnings << tr("The server is reached over plain http: the admin token "
                                    "and the Plivo credentials travel unencrypted.");
        }
    }
    {
        QHostAddress address;
        const QString host = m_options.plivoApiUrl.host();
        const bool local = host == QLatin1String("localhost")
            || (address.setAddress(host)
                && (address.isLoopback() || address.isLinkLocal()
                    || address.isInSubnet(QHostAddress::parseSubnet(QStringLiteral("10.0.0.0/8")))
                    || address.isInSubnet(
                        QHostAddress::parseSubnet(QStringLiteral("172.16.0.0/12")))
                    || address.isInSubnet(
                        QHostAddress::parseSubnet(QStringLiteral("192.168.0.0/16")))
                    || address.isInSubnet(QHostAddress::parseSubnet(QStringLiteral("fc00::/7")))));
        if (local) {
            m_report.warnings << tr("The Plivo API URL is a local or private address: Directus "
                                    "refuses such requests until IMPORT_IP_DENY_LIST is narrowed "
                                    "(its default, 0.0.0.0, denies every local interface).");
        }
    }
    readVersion();
}

void Provisioner::cancel()
{
    m_running = false;
    m_timer->stop();
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void Provisioner::get(const QString &path, const QString &what, Handler handler)
{
    send("GET", path, QJsonValue(QJsonValue::Undefined), what, std::move(handler));
}

void Provisioner::send(const QByteArray &verb, const QString &path, const QJsonValue &body,
    const QString &what, Handler handler)
{
    QUrl url = m_options.server;
    const int question = int(path.indexOf(QLatin1Char('?')));
    url.setPath(url.path() + (question < 0 ? path : path.left(question)));
    if (question >= 0)
        url.setQuery(path.mid(question + 1));

    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + m_options.adminToken.toUtf8());
    request.setRawHeader("Accept", "application/json");
    request.setHeader(
        QNetworkRequest::UserAgentHeader, QByteArray("directus-login/" DL_VERSION " (provision)"));
    request.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    QByteArray data;
    if (!body.isUndefined()) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        data = body.isArray() ? QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact)
                              : QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
    }
    emit progress(QStringLiteral("%1 %2").arg(QString::fromLatin1(verb), url.path()));
    QNetworkReply *reply
        = verb == "GET" ? m_nam.get(request) : m_nam.sendCustomRequest(request, verb, data);
    m_reply = reply;
    m_timedOut = false;
    m_timer->start(m_options.timeoutMs);
    // A stalled transfer also counts as a timeout, with Qt's own timer.
    connect(reply, &QNetworkReply::downloadProgress, this, [this] { m_timer->start(); });
    connect(reply, &QNetworkReply::finished, this,
        [this, reply, what, handler] { onReplyFinished(reply, what, handler); });
}

void Provisioner::onReplyFinished(QNetworkReply *reply, const QString &what, const Handler &handler)
{
    reply->deleteLater();
    if (reply != m_reply)
        return;
    m_reply = nullptr;
    m_timer->stop();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (m_timedOut) {
        fail(Error(Error::Kind::Timeout,
            tr("Directus did not answer within %1 s while %2.")
                .arg(m_options.timeoutMs / 1000)
                .arg(what),
            QStringLiteral("timeout")));
        return;
    }
    if (status == 0) {
        const QNetworkReply::NetworkError code = reply->error();
        const bool tls = code == QNetworkReply::SslHandshakeFailedError;
        fail(Error(tls ? Error::Kind::Tls : Error::Kind::Network,
            tls ? tr("The TLS connection to %1 failed; its certificate is not trusted.")
                      .arg(m_options.server.host())
                : tr("Could not reach Directus at %1 while %2: %3")
                      .arg(m_options.server.toString(), what, reply->errorString()),
            reply->errorString()));
        return;
    }
    const QByteArray body = reply->readAll();
    if (status < 200 || status >= 300) {
        QStringList active;
        for (const QJsonObject &flow : qAsConst(m_state.flows)) {
            if (isActive(flow))
                active << flow.value(QStringLiteral("name")).toString();
        }
        fail(Provisioning::errorFromReply(status, body, what, active));
        return;
    }
    QJsonValue data;
    if (!body.trimmed().isEmpty()) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
        if (!document.isObject()) {
            fail(Error(Error::Kind::Server,
                tr("Directus answered something that is not JSON while %1. Is the server "
                   "address right?")
                    .arg(what),
                parseError.errorString()));
            return;
        }
        data = document.object().value(QStringLiteral("data"));
    }
    handler(data);
}

void Provisioner::readVersion()
{
    get(QStringLiteral("/server/info"), tr("reading the server's version"),
        [this](const QJsonValue &info) {
            m_report.serverVersion = info.toObject().value(QStringLiteral("version")).toString();
            m_state.serverMajor = QVersionNumber::fromString(m_report.serverVersion).majorVersion();
            if (const Error error = Provisioning::checkServerVersion(info)) {
                fail(error);
                return;
            }
            readState();
        });
}

void Provisioner::readState()
{
    const QString flowIds = m_flows.at(0).id + QLatin1Char(',') + m_flows.at(1).id;
    get(QStringLiteral("/flows?limit=-1&fields=id,name,status,icon,color,description,trigger,"
                       "accountability,options,operation"),
        tr("reading the flows"), [this, flowIds](const QJsonValue &flows) {
            for (const QJsonValue &value : flows.toArray()) {
                const QJsonObject flow = value.toObject();
                m_state.flows.insert(flow.value(QStringLiteral("id")).toString(), flow);
            }
            get(QStringLiteral("/fields/directus_users"), tr("reading the fields of users"),
                [this, flowIds](const QJsonValue &fields) {
                    for (const QJsonValue &value : fields.toArray()) {
                        const QJsonObject field = value.toObject();
                        m_state.userFields.insert(
                            field.value(QStringLiteral("field")).toString(), field);
                    }
                    get(QStringLiteral("/collections?limit=-1"), tr("reading the collections"),
                        [this, flowIds](const QJsonValue &collections) {
                            for (const QJsonValue &value : collections.toArray()) {
                                const QJsonObject c = value.toObject();
                                m_state.collections.insert(
                                    c.value(QStringLiteral("collection")).toString(), c);
                            }
                            get(QStringLiteral("/operations?limit=-1&filter[flow][_in]=%1"
                                               "&fields=id,flow,key,name,type,position_x,"
                                               "position_y,options,resolve,reject")
                                    .arg(flowIds),
                                tr("reading the operations"), [this](const QJsonValue &ops) {
                                    for (const QJsonValue &value : ops.toArray()) {
                                        const QJsonObject op = value.toObject();
                                        m_state
                                            .operations[op.value(QStringLiteral("flow")).toString()]
                                            .append(op);
                                    }
                                    readCollectionFields(0);
                                });
                        });
                });
        });
}

void Provisioner::readCollectionFields(int index)
{
    if (index >= m_schema.collections.size()) {
        applyPlan();
        return;
    }
    const QString name
        = m_schema.collections.at(index).value(QStringLiteral("collection")).toString();
    if (!m_state.collections.contains(name)) {
        readCollectionFields(index + 1);
        return;
    }
    get(QStringLiteral("/fields/") + name, tr("reading the fields of %1").arg(name),
        [this, index, name](const QJsonValue &fields) {
            for (const QJsonValue &value : fields.toArray()) {
                const QJsonObject field = value.toObject();
                m_state.collectionFields[name].insert(
                    field.value(QStringLiteral("field")).toString(), field);
            }
            readCollectionFields(index + 1);
        });
}

void Provisioner::applyPlan()
{
    const Result<QList<PlannedCall>> planned
        = Provisioning::plan(m_schema, m_flows, m_state, m_report);
    if (!planned.ok()) {
        fail(planned.error());
        return;
    }
    m_plan = planned.value();
    if (m_options.dryRun) {
        succeed();
        return;
    }
    runCall(0);
}

void Provisioner::runCall(int index)
{
    if (index >= m_plan.size()) {
        succeed();
        return;
    }
    const PlannedCall &call = m_plan.at(index);
    QString what;
    const QString item = call.item >= 0 ? m_report.items.at(call.item).name : QString();
    if (call.verb == "POST")
        what = tr("creating %1").arg(item);
    else if (call.verb == "DELETE")
        what = tr("deleting the old %1").arg(item);
    else
        what = tr("updating %1").arg(item);
    send(call.verb, call.path, call.body, what,
        [this, index](const QJsonValue &) { runCall(index + 1); });
}

void Provisioner::fail(const Error &error)
{
    if (!m_running)
        return;
    m_running = false;
    Error masked(error.kind(), Provisioning::maskSecrets(error.message(), m_options.secrets()),
        Provisioning::maskSecrets(error.detail(), m_options.secrets()));
    masked.setHttpStatus(error.httpStatus());
    masked.setServerCode(error.serverCode());
    m_result = masked;
    emit finished();
}

void Provisioner::succeed()
{
    if (!m_running)
        return;
    m_running = false;
    m_result = m_report;
    emit finished();
}
