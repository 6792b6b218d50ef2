#include "DemoServer.h"

#include "Bidi.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QTimer>

#include <array>
#include <optional>

namespace {

// Not a secret: it only makes sessions and tokens of the demo server self-checking.
const QByteArray &demoKey()
{
    static const QByteArray key
        = QByteArrayLiteral("directus-login demo server, key 1, not secret");
    return key;
}

constexpr qint64 SessionEpoch = 1704067200; // 2024-01-01T00:00:00Z
constexpr qint64 ClockSkewSeconds = 60; // a session "from the future" is refused beyond this

enum class Behaviour {
    SignIn,
    IdOnly,
    UserCheckFailsOnce,
    UnknownUser,
    ProviderDown,
    RateLimited,
    Slow,
    FlowThrew,
    ExpiresAtOnce,
    VerifyProviderDown,
    NoFacts,
    BugEmptyObject,
    BugNoSessionUuid,
    BugLeaksCredentials,
    BugNoContent,
    BugMessageNull,
    BugTokenUndefined,
    BugCaptivePortal,
};

struct TestNumberSpec
{
    const char *e164;
    Behaviour behaviour;
    const char *text;
};

const std::array<TestNumberSpec, 18> &testNumberSpecs()
{
    static const std::array<TestNumberSpec, 18> specs { {
        { "+447123456001", Behaviour::SignIn, "Signs in as Ada Lovelace (ada@example.com)." },
        { "+447123456002", Behaviour::IdOnly,
            "Signs in; /users/me answers only {\"data\":{\"id\":...}} (no name, no email)." },
        { "+447123456505", Behaviour::UserCheckFailsOnce,
            "The right code, then /users/me answers 503 once: the sign-in cannot be checked, "
            "nothing is stored, Try again signs in." },
        { "+447123456401", Behaviour::UnknownUser,
            "Unknown user: login answers 401 INVALID_CREDENTIALS; no SMS is sent." },
        { "+447123456503", Behaviour::ProviderDown,
            "SMS provider down: login answers 503 SERVICE_UNAVAILABLE." },
        { "+447123456429", Behaviour::RateLimited,
            "Rate limited: login answers 429 REQUESTS_EXCEEDED with Retry-After: 30." },
        { "+447123456408", Behaviour::Slow,
            "Slow: login answers after 25 s, longer than the client's 20 s timeout." },
        { "+447123456500", Behaviour::FlowThrew,
            "A flow operation threw: login answers 500 INTERNAL_SERVER_ERROR." },
        { "+447123456410", Behaviour::ExpiresAtOnce,
            "The code expires at once: verify answers 401 INVALID_OTP_SESSION." },
        { "+447123456504", Behaviour::VerifyProviderDown,
            "SMS provider down while checking the code: verify answers 503 "
            "SERVICE_UNAVAILABLE." },
        { "+447123456300", Behaviour::NoFacts,
            "Signs in, but login answers only {\"otp_session_uuid\"} (the seed's flows: no code "
            "length, expiry or resend countdown from the server)." },
        { "+447123456201", Behaviour::BugEmptyObject,
            "Tutorial flow, a script threw: login answers 200 {}; no SMS." },
        { "+447123456202", Behaviour::BugNoSessionUuid,
            "Tutorial flow, {{$last.session_uuid}}: login answers 200 {\"phone_number\":...} "
            "without otp_session_uuid (the SMS is sent)." },
        { "+447123456203", Behaviour::BugLeaksCredentials,
            "Tutorial flow, SMS provider unreachable: login answers 200 with the request error "
            "{status,statusText,headers,data}, whose headers carry the provider's Basic "
            "credentials (fake ones); no SMS." },
        { "+447123456204", Behaviour::BugNoContent,
            "Tutorial flow, last operation returned nothing: login answers 204 with no body "
            "(the SMS is sent)." },
        { "+447123456205", Behaviour::BugMessageNull,
            "Tutorial flow, data.$last.message: verify with the right code answers 200 "
            "{\"message\":null}." },
        { "+447123456206", Behaviour::BugTokenUndefined,
            "Tutorial flow, {{$last.token}}: verify with the right code answers 200 with the "
            "token \"undefined\"." },
        { "+447123456207", Behaviour::BugCaptivePortal,
            "Captive portal: login answers 200 with an HTML page." },
    } };
    return specs;
}

Behaviour behaviourOf(const QString &e164)
{
    for (const TestNumberSpec &spec : testNumberSpecs()) {
        if (e164 == QLatin1String(spec.e164))
            return spec.behaviour;
    }
    return Behaviour::SignIn;
}

bool isE164(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\+[1-9][0-9]{6,14}$"));
    return pattern.match(text).hasMatch();
}

bool isUuidShape(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-"
                       "[0-9a-fA-F]{12}$"));
    return pattern.match(text).hasMatch();
}

QByteArray mac(const QByteArray &label, const QByteArray &data)
{
    return QMessageAuthenticationCode::hash(
        label + '|' + data, demoKey(), QCryptographicHash::Sha256);
}

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return difference == 0;
}

QByteArray bigEndian(quint64 value, int bytes)
{
    QByteArray out(bytes, '\0');
    for (int i = bytes - 1; i >= 0; --i) {
        out[i] = char(value & 0xff);
        value >>= 8;
    }
    return out;
}

// The 122 free bits of a version 4 uuid (all but the version nibble and the variant bits).
class UuidBits
{
public:
    UuidBits()
        : m_bytes(16, '\0')
    {
    }
    static std::optional<UuidBits> fromText(const QString &text)
    {
        if (!isUuidShape(text))
            return std::nullopt;
        UuidBits bits;
        bits.m_bytes = QByteArray::fromHex(text.toLatin1().replace('-', QByteArray()));
        if (bits.m_bytes.size() != 16 || (bits.m_bytes.at(6) & 0xf0) != 0x40
            || (bits.m_bytes.at(8) & 0xc0) != 0x80)
            return std::nullopt;
        return bits;
    }

    void append(quint64 value, int count)
    {
        for (int i = count - 1; i >= 0; --i)
            setBit(m_cursor++, (value >> i) & 1);
    }
    quint64 take(int count)
    {
        quint64 value = 0;
        for (int i = 0; i < count; ++i)
            value = (value << 1) | (bit(m_cursor++) ? 1 : 0);
        return value;
    }

    QString text() const
    {
        QByteArray bytes = m_bytes;
        bytes[6] = char((bytes.at(6) & 0x0f) | 0x40);
        bytes[8] = char((bytes.at(8) & 0x3f) | 0x80);
        const QByteArray hex = bytes.toHex();
        return QString::fromLatin1(hex.left(8) + '-' + hex.mid(8, 4) + '-' + hex.mid(12, 4) + '-'
            + hex.mid(16, 4) + '-' + hex.mid(20));
    }

private:
    static int position(int index)
    {
        int position = index;
        if (position >= 48)
            position += 4; // version nibble
        if (position >= 64)
            position += 2; // variant
        return position;
    }
    void setBit(int index, bool on)
    {
        const int p = position(index);
        const char mask = char(0x80 >> (p % 8));
        m_bytes[p / 8] = on ? char(m_bytes.at(p / 8) | mask) : char(m_bytes.at(p / 8) & ~mask);
    }
    bool bit(int index) const
    {
        const int p = position(index);
        return (m_bytes.at(p / 8) & (0x80 >> (p % 8))) != 0;
    }

    QByteArray m_bytes;
    int m_cursor = 0;
};

// What a session uuid carries: the phone and when it was issued.
struct Session
{
    QString uuid;
    QString e164;
    qint64 issuedSecs = 0; // since the Unix epoch
};

// random 32 | check 8 | phone 50 | issued 32, the last 90 bits masked with a keyed stream.
constexpr int RandomBits = 32, CheckBits = 8, PhoneBits = 50, TimeBits = 32;
constexpr int MaskedBits = CheckBits + PhoneBits + TimeBits;

quint64 maskBits(const QByteArray &stream, int offset, int count)
{
    quint64 value = 0;
    for (int i = 0; i < count; ++i) {
        const int p = offset + i;
        value = (value << 1) | ((stream.at(p / 8) >> (7 - p % 8)) & 1);
    }
    return value;
}

quint8 sessionCheck(quint32 random, quint64 phone, quint32 issued)
{
    return quint8(
        mac("check", bigEndian(random, 4) + bigEndian(phone, 8) + bigEndian(issued, 4)).at(0));
}

Session makeSession(const QString &e164)
{
    const quint32 random = QRandomGenerator::system()->generate();
    const quint64 phone = e164.mid(1).toULongLong();
    const quint32 issued = quint32(QDateTime::currentSecsSinceEpoch() - SessionEpoch);
    const QByteArray stream = mac("mask", bigEndian(random, 4));

    UuidBits bits;
    bits.append(random, RandomBits);
    bits.append(sessionCheck(random, phone, issued) ^ maskBits(stream, 0, CheckBits), CheckBits);
    bits.append(phone ^ maskBits(stream, CheckBits, PhoneBits), PhoneBits);
    bits.append(issued ^ maskBits(stream, CheckBits + PhoneBits, TimeBits), TimeBits);
    static_assert(RandomBits + MaskedBits == 122, "a v4 uuid has 122 free bits");
    return { bits.text(), e164, SessionEpoch + issued };
}

std::optional<Session> readSession(const QString &uuid)
{
    std::optional<UuidBits> bits = UuidBits::fromText(uuid);
    if (!bits)
        return std::nullopt;
    const auto random = quint32(bits->take(RandomBits));
    const QByteArray stream = mac("mask", bigEndian(random, 4));
    const auto check = quint8(bits->take(CheckBits) ^ maskBits(stream, 0, CheckBits));
    const quint64 phone = bits->take(PhoneBits) ^ maskBits(stream, CheckBits, PhoneBits);
    const auto issued
        = quint32(bits->take(TimeBits) ^ maskBits(stream, CheckBits + PhoneBits, TimeBits));
    if (check != sessionCheck(random, phone, issued))
        return std::nullopt;
    const QString e164 = QLatin1Char('+') + QString::number(phone);
    if (!isE164(e164))
        return std::nullopt;
    return Session { uuid.toLower(), e164, SessionEpoch + issued };
}

QString codeFor(const QString &uuid)
{
    const QByteArray hash = mac("code", uuid.toLower().toLatin1());
    quint32 value = 0;
    for (int i = 0; i < 4; ++i)
        value = (value << 8) | quint8(hash.at(i));
    return QStringLiteral("%1").arg(value % 1000000, 6, 10, QLatin1Char('0'));
}

QByteArray base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QString makeToken(const QString &e164)
{
    QByteArray random(18, '\0');
    QRandomGenerator::system()->generate(random.begin(), random.end());
    const QJsonObject payload { { QStringLiteral("p"), e164 },
        { QStringLiteral("r"), QString::fromLatin1(base64Url(random)) },
        { QStringLiteral("t"), QDateTime::currentSecsSinceEpoch() } };
    const QByteArray signedPart
        = "demo." + base64Url(QJsonDocument(payload).toJson(QJsonDocument::Compact));
    return QString::fromLatin1(signedPart + '.' + base64Url(mac("token", signedPart)));
}

// The phone number a token was issued to, when the token is ours and intact.
std::optional<QString> readToken(const QString &token)
{
    const QByteArray bytes = token.toLatin1();
    const QList<QByteArray> parts = bytes.split('.');
    if (parts.size() != 3 || parts.at(0) != "demo")
        return std::nullopt;
    const QByteArray signedPart = parts.at(0) + '.' + parts.at(1);
    if (!constantTimeEquals(parts.at(2), base64Url(mac("token", signedPart))))
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(
        parts.at(1), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const QString e164
        = QJsonDocument::fromJson(*decoded).object().value(QLatin1String("p")).toString();
    if (!isE164(e164))
        return std::nullopt;
    return e164;
}

QString userId(const QString &e164)
{
    QByteArray bytes = mac("user", e164.toLatin1()).left(16);
    bytes[6] = char((bytes.at(6) & 0x0f) | 0x40);
    bytes[8] = char((bytes.at(8) & 0x3f) | 0x80);
    const QByteArray hex = bytes.toHex();
    return QString::fromLatin1(hex.left(8) + '-' + hex.mid(8, 4) + '-' + hex.mid(12, 4) + '-'
        + hex.mid(16, 4) + '-' + hex.mid(20));
}

HttpResponse jsonResponse(int status, const QJsonObject &object)
{
    return HttpResponse::json(status, QJsonDocument(object).toJson(QJsonDocument::Compact));
}

HttpResponse invalidPayload(const QString &message)
{
    return HttpResponse::directusError(400, QStringLiteral("INVALID_PAYLOAD"), message);
}

HttpResponse invalidSession(const QString &message)
{
    return HttpResponse::directusError(401, QStringLiteral("INVALID_OTP_SESSION"), message);
}

HttpResponse invalidCredentials()
{
    return HttpResponse::directusError(
        401, QStringLiteral("INVALID_CREDENTIALS"), QStringLiteral("Invalid user credentials."));
}

// The flow's parameters: the query, and for POST a JSON object body on top of it.
std::optional<QHash<QString, QString>> flowParameters(
    const HttpRequest &request, HttpResponse *error)
{
    QHash<QString, QString> parameters;
    const auto items = request.queryItems();
    for (const auto &item : items) {
        if (!parameters.contains(item.first))
            parameters.insert(item.first, item.second);
    }
    if (request.method != "POST" || request.body.trimmed().isEmpty())
        return parameters;

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = invalidPayload(QStringLiteral("Invalid JSON body: expected an object."));
        return std::nullopt;
    }
    const QJsonObject object = document.object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QJsonValue value = it.value();
        if (value.isString())
            parameters.insert(it.key(), value.toString());
        else if (value.isDouble() && value.toDouble() == double(value.toInteger()))
            parameters.insert(it.key(), QString::number(value.toInteger()));
        else if (value.isNull())
            parameters.remove(it.key());
        else // bools, fractions, arrays, objects: kept as text, refused by the checks
            parameters.insert(it.key(),
                value.isBool() ? (value.toBool() ? QStringLiteral("true") : QStringLiteral("false"))
                               : QStringLiteral("[unsupported]"));
    }
    return parameters;
}

} // namespace

struct DemoServer::Private
{
    explicit Private(DemoServer *owner)
        : q(owner)
    {
    }

    HttpResponse handle(const HttpRequest &request);
    HttpResponse login(const HttpRequest &request);
    HttpResponse verify(const HttpRequest &request);
    HttpResponse usersMe(const HttpRequest &request);
    void sendSms(const Session &session, int delayMs, bool call = false);
    std::optional<Session> activeSession(const QString &e164) const;
    // Why a session cannot be used any more; empty when it can.
    QString sessionProblem(const Session &session) const;

    DemoServer *q;
    HttpServer http;
    int latencyMs = 0;
    QHash<QString, QString> sessionOfPhone; // e164 → session uuid issued by this process
    QHash<QString, int> attempts; // session uuid → wrong codes so far
    QSet<QString> usedSessions;
    QHash<QString, QString> latestToken; // e164 → the token that replaced all earlier ones
    QSet<QString> userCheckFailed; // tokens whose first /users/me answered 503 (…505)
};

HttpResponse DemoServer::Private::handle(const HttpRequest &request)
{
    const QString triggerPrefix = QStringLiteral("/flows/trigger/");
    if (request.path.startsWith(triggerPrefix)) {
        const QString flowId = request.path.mid(triggerPrefix.size());
        const bool methodAllowed = request.method == "GET" || request.method == "POST";
        HttpResponse response;
        if (methodAllowed && flowId == loginFlowId()) {
            response = login(request);
        } else if (methodAllowed && flowId == verifyFlowId()) {
            response = verify(request);
        } else {
            return HttpResponse::directusError(403, QStringLiteral("FORBIDDEN"),
                QStringLiteral("You don't have permission to access this."));
        }
        response.delayMs += latencyMs;
        return response;
    }
    if (request.path == QLatin1String("/server/ping")
        && (request.method == "GET" || request.method == "HEAD")) {
        HttpResponse pong;
        pong.contentType = "text/html; charset=utf-8";
        pong.body = "pong";
        return pong;
    }
    if (request.path == QLatin1String("/users/me") && request.method == "GET")
        return usersMe(request);
    return HttpResponse::directusError(404, QStringLiteral("ROUTE_NOT_FOUND"),
        QStringLiteral("Route %1 doesn't exist.").arg(request.path));
}

std::optional<Session> DemoServer::Private::activeSession(const QString &e164) const
{
    const QString uuid = sessionOfPhone.value(e164);
    if (uuid.isEmpty())
        return std::nullopt;
    std::optional<Session> session = readSession(uuid);
    if (!session || !sessionProblem(*session).isEmpty())
        return std::nullopt;
    return session;
}

QString DemoServer::Private::sessionProblem(const Session &session) const
{
    if (usedSessions.contains(session.uuid))
        return QStringLiteral("The OTP session has already been used.");
    const qint64 age = QDateTime::currentSecsSinceEpoch() - session.issuedSecs;
    if (behaviourOf(session.e164) == Behaviour::ExpiresAtOnce || age > CodeExpirySeconds
        || age < -ClockSkewSeconds)
        return QStringLiteral("The OTP session has expired.");
    if (attempts.value(session.uuid) >= MaxAttempts)
        return QStringLiteral("Too many attempts for this OTP session.");
    return {};
}

void DemoServer::Private::sendSms(const Session &session, int delayMs, bool call)
{
    const QString code = codeFor(session.uuid);
    const QString text = call
        //: The demo server's simulated phone call ("Call me instead"). %1 is the 6-digit code.
        ? QCoreApplication::translate(
            "DemoServer", "Phone call from Directus: your code is %1. Once more: %1.")
              .arg(Bidi::number(code))
        //: The demo server's simulated SMS. %1 is the 6-digit code.
        : QCoreApplication::translate(
            "DemoServer", "Your Directus code is %1. It expires in 5 minutes.")
              .arg(Bidi::number(code));
    const QString e164 = session.e164;
    if (delayMs > 0) {
        QTimer::singleShot(
            delayMs, q, [owner = q, e164, text, code] { emit owner->smsSent(e164, text, code); });
    } else {
        emit q->smsSent(e164, text, code);
    }
}

HttpResponse DemoServer::Private::login(const HttpRequest &request)
{
    HttpResponse error;
    const auto parameters = flowParameters(request, &error);
    if (!parameters)
        return error;
    const QString phone = parameters->value(QStringLiteral("phone_number"));
    const QString countryCode = parameters->value(QStringLiteral("country_code"));
    const QString channel = parameters->value(QStringLiteral("channel"));
    if (!channel.isEmpty() && channel != QLatin1String("sms") && channel != QLatin1String("voice"))
        return invalidPayload(QStringLiteral("\"channel\" is sms or voice."));
    const bool call = channel == QLatin1String("voice");
    if (phone.isEmpty())
        return invalidPayload(QStringLiteral("\"phone_number\" is required."));
    if (!isE164(phone)) {
        if (phone.startsWith(QLatin1Char(' '))) {
            return invalidPayload(QStringLiteral(
                "\"phone_number\" must be in E.164 format, like +447123456001. It starts with "
                "a space: a '+' sent unencoded in a query string reads as a space; send it as "
                "%2B."));
        }
        return invalidPayload(
            QStringLiteral("\"phone_number\" must be in E.164 format, like +447123456001."));
    }
    if (countryCode.isEmpty())
        return invalidPayload(QStringLiteral("\"country_code\" is required."));
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,3}$"));
    if (!digits.match(countryCode).hasMatch()) {
        return invalidPayload(
            QStringLiteral("\"country_code\" must be the calling code in digits, like 44."));
    }
    if (!phone.startsWith(QLatin1Char('+') + countryCode)) {
        return invalidPayload(
            QStringLiteral("\"phone_number\" does not start with the country code +%1.")
                .arg(countryCode));
    }

    const Behaviour behaviour = behaviourOf(phone);
    switch (behaviour) {
    case Behaviour::UnknownUser:
        return invalidCredentials();
    case Behaviour::ProviderDown:
        return HttpResponse::directusError(503, QStringLiteral("SERVICE_UNAVAILABLE"),
            QStringLiteral("Service \"sms\" is unavailable. The SMS provider did not answer."));
    case Behaviour::RateLimited: {
        HttpResponse limited = HttpResponse::directusError(429, QStringLiteral("REQUESTS_EXCEEDED"),
            QStringLiteral("Too many requests, retry after 30s."));
        limited.headers.append(
            qMakePair(QByteArrayLiteral("Retry-After"), QByteArrayLiteral("30")));
        return limited;
    }
    case Behaviour::FlowThrew:
        return HttpResponse::directusError(500, QStringLiteral("INTERNAL_SERVER_ERROR"),
            QStringLiteral("An unexpected error occurred."));
    case Behaviour::BugEmptyObject:
        return jsonResponse(200, QJsonObject {});
    case Behaviour::BugLeaksCredentials: {
        const QByteArray fake
            = QByteArrayLiteral("MADEMOFAKEAUTHID0000:demo-fake-not-a-real-token");
        const QJsonObject headers {
            { QStringLiteral("Accept"), QStringLiteral("application/json, text/plain, */*") },
            { QStringLiteral("Content-Type"), QStringLiteral("application/json") },
            { QStringLiteral("Authorization"),
                QStringLiteral("Basic ") + QString::fromLatin1(fake.toBase64()) },
        };
        const QJsonObject data { { QStringLiteral("api_id"),
                                     QStringLiteral("d3m0d3m0-0000-4000-8000-000000000000") },
            { QStringLiteral("error"), QStringLiteral("connect ECONNREFUSED 127.0.0.1:9") } };
        return jsonResponse(200,
            QJsonObject { { QStringLiteral("status"), 502 },
                { QStringLiteral("statusText"), QStringLiteral("Bad Gateway") },
                { QStringLiteral("headers"), headers }, { QStringLiteral("data"), data } });
    }
    case Behaviour::BugCaptivePortal: {
        HttpResponse page;
        page.contentType = "text/html; charset=utf-8";
        page.body = "<!DOCTYPE html>\n<html><head><title>Wi-Fi sign-in</title></head>\n"
                    "<body><h1>Welcome to Demo Caf&eacute; Wi-Fi</h1>\n"
                    "<p>Please accept the terms of use to continue.</p>\n"
                    "<form method=\"post\" action=\"/accept\"><button>Accept</button></form>\n"
                    "</body></html>\n";
        return page;
    }
    default:
        break;
    }

    std::optional<Session> session = activeSession(phone);
    if (call && !session) {
        // As our flows: a call only for a number that already got the code by SMS.
        return invalidPayload(QStringLiteral(
            "A call can be asked for only after a code was sent by SMS to this number."));
    }
    if (!session) {
        session = makeSession(phone);
        sessionOfPhone.insert(phone, session->uuid);
    }
    const int smsDelay = latencyMs + (behaviour == Behaviour::Slow ? SlowAnswerMs : 0);
    sendSms(*session, smsDelay, call);

    if (behaviour == Behaviour::NoFacts) {
        return jsonResponse(
            200, QJsonObject { { QStringLiteral("otp_session_uuid"), session->uuid } });
    }
    if (behaviour == Behaviour::BugNoSessionUuid)
        return jsonResponse(200, QJsonObject { { QStringLiteral("phone_number"), phone } });
    if (behaviour == Behaviour::BugNoContent) {
        HttpResponse empty;
        empty.status = 204;
        return empty;
    }
    // The facts of the code, as our flows tell them.
    const qint64 age = QDateTime::currentSecsSinceEpoch() - session->issuedSecs;
    HttpResponse response = jsonResponse(200,
        QJsonObject { { QStringLiteral("otp_session_uuid"), session->uuid },
            { QStringLiteral("channel"), call ? QStringLiteral("voice") : QStringLiteral("sms") },
            { QStringLiteral("code_length"), 6 },
            { QStringLiteral("expires_in"), int(qMax<qint64>(0, CodeExpirySeconds - age)) },
            { QStringLiteral("resend_after"), ResendSeconds },
            { QStringLiteral("attempts_left"), MaxAttempts - attempts.value(session->uuid) } });
    if (behaviour == Behaviour::Slow)
        response.delayMs = SlowAnswerMs;
    return response;
}

HttpResponse DemoServer::Private::verify(const HttpRequest &request)
{
    HttpResponse error;
    const auto parameters = flowParameters(request, &error);
    if (!parameters)
        return error;
    const QString uuid = parameters->value(QStringLiteral("session_uuid"));
    const QString otp = parameters->value(QStringLiteral("otp"));
    if (uuid.isEmpty())
        return invalidPayload(QStringLiteral("\"session_uuid\" is required."));
    if (!isUuidShape(uuid))
        return invalidPayload(QStringLiteral("\"session_uuid\" must be a UUID."));
    if (otp.isEmpty())
        return invalidPayload(QStringLiteral("\"otp\" is required."));
    static const QRegularExpression digits(QStringLiteral("^[0-9]{4,8}$"));
    if (!digits.match(otp).hasMatch())
        return invalidPayload(QStringLiteral("\"otp\" must be 4 to 8 digits."));

    const std::optional<Session> session = readSession(uuid);
    if (!session)
        return invalidSession(QStringLiteral("Invalid OTP session."));
    const QString problem = sessionProblem(*session);
    if (!problem.isEmpty())
        return invalidSession(problem);
    const Behaviour behaviour = behaviourOf(session->e164);
    if (behaviour == Behaviour::VerifyProviderDown) {
        return HttpResponse::directusError(503, QStringLiteral("SERVICE_UNAVAILABLE"),
            QStringLiteral("Service \"sms\" is unavailable. The SMS provider did not answer."));
    }

    if (!constantTimeEquals(otp.toLatin1(), codeFor(session->uuid).toLatin1())) {
        const int spent = ++attempts[session->uuid];
        const int left = MaxAttempts - spent;
        return HttpResponse::directusError(401, QStringLiteral("INVALID_OTP"),
            left == 1 ? QStringLiteral("Invalid OTP. 1 attempt left.")
                      : QStringLiteral("Invalid OTP. %1 attempts left.").arg(left));
    }

    usedSessions.insert(session->uuid);
    attempts.remove(session->uuid);
    if (sessionOfPhone.value(session->e164) == session->uuid)
        sessionOfPhone.remove(session->e164);

    if (behaviour == Behaviour::BugMessageNull)
        return jsonResponse(200, QJsonObject { { QStringLiteral("message"), QJsonValue::Null } });
    const QString validated = QStringLiteral("session validated successfully.");
    if (behaviour == Behaviour::BugTokenUndefined) {
        return jsonResponse(200,
            QJsonObject { { QStringLiteral("message"), validated },
                { QStringLiteral("token"), QStringLiteral("undefined") } });
    }
    const QString token = makeToken(session->e164);
    latestToken.insert(session->e164, token);
    return jsonResponse(200,
        QJsonObject {
            { QStringLiteral("message"), validated }, { QStringLiteral("token"), token } });
}

HttpResponse DemoServer::Private::usersMe(const HttpRequest &request)
{
    QString token;
    const QByteArray authorization = request.header("authorization").trimmed();
    if (authorization.size() > 7 && authorization.left(7).toLower() == "bearer ")
        token = QString::fromLatin1(authorization.mid(7).trimmed());
    else if (authorization.isEmpty())
        token = request.queryValue(QStringLiteral("access_token"));
    if (token.isEmpty())
        return invalidCredentials();
    const std::optional<QString> e164 = readToken(token);
    if (!e164)
        return invalidCredentials();
    const QString latest = latestToken.value(*e164);
    if (!latest.isEmpty() && latest != token)
        return invalidCredentials(); // replaced by a later sign-in in this process

    if (behaviourOf(*e164) == Behaviour::UserCheckFailsOnce && !userCheckFailed.contains(token)) {
        userCheckFailed.insert(token);
        return HttpResponse::directusError(503, QStringLiteral("SERVICE_UNAVAILABLE"),
            QStringLiteral("Service \"database\" is unavailable."));
    }
    QJsonObject user { { QStringLiteral("id"), userId(*e164) } };
    switch (behaviourOf(*e164)) {
    case Behaviour::IdOnly:
        break;
    case Behaviour::SignIn:
        if (*e164 == QLatin1String("+447123456001")) {
            user.insert(QStringLiteral("first_name"), QStringLiteral("Ada"));
            user.insert(QStringLiteral("last_name"), QStringLiteral("Lovelace"));
            user.insert(QStringLiteral("email"), QStringLiteral("ada@example.com"));
            break;
        }
        Q_FALLTHROUGH();
    default:
        user.insert(QStringLiteral("first_name"), QStringLiteral("Demo"));
        user.insert(QStringLiteral("last_name"), QStringLiteral("User"));
        user.insert(QStringLiteral("email"), QJsonValue::Null);
        break;
    }
    return jsonResponse(200, QJsonObject { { QStringLiteral("data"), user } });
}

// ----------------------------------------------------------------------------------------------

DemoServer::DemoServer(QObject *parent)
    : SimulatedPhone(parent)
    , d(std::make_unique<Private>(this))
{
    d->http.setHandler([this](const HttpRequest &request) { return d->handle(request); });
}

DemoServer::~DemoServer() = default;

bool DemoServer::start()
{
    if (d->http.isListening())
        return true;
    return d->http.listen(QHostAddress::LocalHost, 0);
}

QUrl DemoServer::url() const
{
    return d->http.url();
}

QString DemoServer::loginFlowId()
{
    return QStringLiteral("8f1d2c7a-3b64-4e59-a0d2-5c9b7e41f6a3");
}

QString DemoServer::verifyFlowId()
{
    return QStringLiteral("b2e7c914-6a0f-4d3b-9c58-71e4a2d0f8c6");
}

namespace {
// What a test number does, in a few translated words for the demo's list of test numbers.
QString labelOf(Behaviour behaviour)
{
    const char *text = "";
    switch (behaviour) {
    case Behaviour::SignIn:
        text = QT_TRANSLATE_NOOP("DemoServer", "Signs in as Ada Lovelace");
        break;
    case Behaviour::IdOnly:
        text = QT_TRANSLATE_NOOP("DemoServer", "Signs in; the server shows only the user id");
        break;
    case Behaviour::UserCheckFailsOnce:
        text = QT_TRANSLATE_NOOP(
            "DemoServer", "The sign-in cannot be checked once; Try again works");
        break;
    case Behaviour::UnknownUser:
        text = QT_TRANSLATE_NOOP("DemoServer", "Unknown user: no code is sent");
        break;
    case Behaviour::ProviderDown:
        text = QT_TRANSLATE_NOOP("DemoServer", "The SMS provider is down");
        break;
    case Behaviour::RateLimited:
        text = QT_TRANSLATE_NOOP("DemoServer", "Too many attempts: wait 30 seconds");
        break;
    case Behaviour::Slow:
        text = QT_TRANSLATE_NOOP("DemoServer", "The server answers too late (time-out)");
        break;
    case Behaviour::FlowThrew:
        text = QT_TRANSLATE_NOOP("DemoServer", "The flow fails (server error)");
        break;
    case Behaviour::ExpiresAtOnce:
        text = QT_TRANSLATE_NOOP("DemoServer", "The code expires at once");
        break;
    case Behaviour::VerifyProviderDown:
        text = QT_TRANSLATE_NOOP("DemoServer", "The SMS provider is down when the code is checked");
        break;
    case Behaviour::NoFacts:
        text = QT_TRANSLATE_NOOP("DemoServer", "Signs in; the server tells nothing about the code");
        break;
    case Behaviour::BugEmptyObject:
        text = QT_TRANSLATE_NOOP("DemoServer", "Tutorial bug: an empty answer");
        break;
    case Behaviour::BugNoSessionUuid:
        text = QT_TRANSLATE_NOOP("DemoServer", "Tutorial bug: no session in the answer");
        break;
    case Behaviour::BugLeaksCredentials:
        text = QT_TRANSLATE_NOOP(
            "DemoServer", "Tutorial bug: the provider's password in the answer");
        break;
    case Behaviour::BugNoContent:
        text = QT_TRANSLATE_NOOP("DemoServer", "Tutorial bug: the flow returns nothing");
        break;
    case Behaviour::BugMessageNull:
        text = QT_TRANSLATE_NOOP("DemoServer", "Tutorial bug: no token after the right code");
        break;
    case Behaviour::BugTokenUndefined:
        text = QT_TRANSLATE_NOOP("DemoServer", "Tutorial bug: the token \"undefined\"");
        break;
    case Behaviour::BugCaptivePortal:
        text = QT_TRANSLATE_NOOP("DemoServer", "A captive portal answers with a web page");
        break;
    }
    return QCoreApplication::translate("DemoServer", text);
}
} // namespace

QList<DemoServer::TestNumber> DemoServer::testNumbers()
{
    QList<TestNumber> numbers;
    for (const TestNumberSpec &spec : testNumberSpecs())
        numbers.append(
            { QLatin1String(spec.e164), QLatin1String(spec.text), labelOf(spec.behaviour) });
    return numbers;
}

void DemoServer::setLatencyMs(int ms)
{
    d->latencyMs = qMax(0, ms);
}

HttpServer &DemoServer::http()
{
    return d->http;
}
