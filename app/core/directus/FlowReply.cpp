#include "FlowReply.h"
#include "OtpCode.h"

#include "NetworkLog.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace {
// Texts of free functions, under the context lupdate files them under too.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(FlowReply)
};

bool isJson(const HttpAnswer &answer)
{
    return answer.contentType.toLower().contains("json");
}

bool looksLikeHtml(const HttpAnswer &answer)
{
    if (answer.contentType.toLower().contains("html"))
        return true;
    const QByteArray start = answer.body.left(512).trimmed().toLower();
    return start.startsWith("<!doctype html") || start.startsWith("<html")
        || start.contains("<head");
}

// The server's own words as the detail quotes them, with credentials masked: a flow that echoes
// its SMS provider's request (a Throw Error message built from {{$last}}, an error text quoting the
// Authorization header) must not put the provider's credentials into the details, the log or a
// report. Masks the value after an authorization scheme (Basic, Bearer, Digest, Token) and the
// value of every secret-named "key=value", "key: value" or "\"key\":\"value\"" pair.
QString quoted(const QString &serverText)
{
    static const QRegularExpression scheme(
        QStringLiteral("(Basic|Bearer|Digest|Token)(\\s+)([^\\s\"',;]+)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression schemeWord(
        QStringLiteral("^(Basic|Bearer|Digest|Token)$"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression plainWord(QStringLiteral("^[a-z]{1,20}[.!]?$"));
    static const QRegularExpression pair(
        QStringLiteral("\\b([A-Za-z_][A-Za-z0-9_-]*)(\"?\\s*[:=]\\s*\"?)([^\\s\"',;&}]+)"));
    QString out;
    qsizetype last = 0;
    auto schemes = scheme.globalMatch(serverText);
    while (schemes.hasNext()) {
        const auto m = schemes.next();
        // "Token expired." is a sentence; "Token 9a8b…" and every "Basic …" is a credential.
        const bool word = m.captured(1).compare(QLatin1String("Token"), Qt::CaseInsensitive) == 0
            && plainWord.match(m.captured(3)).hasMatch();
        out += serverText.mid(last, m.capturedStart() - last);
        out += word ? m.captured(0)
                    : m.captured(1) + m.captured(2) + Redactor::mask(m.captured(3), false);
        last = m.capturedEnd();
    }
    out += serverText.mid(last);

    QString masked;
    last = 0;
    auto pairs = pair.globalMatch(out);
    while (pairs.hasNext()) {
        const auto m = pairs.next();
        masked += out.mid(last, m.capturedStart() - last);
        // "Authorization: Basic ••••": the scheme stays, its credential is masked above.
        const bool masks
            = Redactor::isSecretName(m.captured(1)) && !schemeWord.match(m.captured(3)).hasMatch();
        masked += masks ? m.captured(1) + m.captured(2) + Redactor::mask(m.captured(3), false)
                        : m.captured(0);
        last = m.capturedEnd();
    }
    masked += out.mid(last);
    return masked;
}

// The <title> of an HTML page, to name a captive portal or proxy in the detail.
QString htmlTitle(const QByteArray &body)
{
    static const QRegularExpression re(QStringLiteral("<title[^>]*>([^<]{0,120})</title>"),
        QRegularExpression::CaseInsensitiveOption);
    const auto match = re.match(QString::fromUtf8(body.left(64 * 1024)));
    return match.hasMatch() ? quoted(match.captured(1).simplified()) : QString();
}

// A Request URL operation's result as the tutorial's flows return it: the provider's whole reply,
// with the request's own headers (Plivo's Basic credentials) inside.
bool isRawRequestResult(const QJsonObject &object)
{
    return object.contains(QLatin1String("status")) && object.contains(QLatin1String("headers"))
        && (object.contains(QLatin1String("data")) || object.contains(QLatin1String("statusText")));
}

bool looksLikeAxiosError(const QJsonObject &object)
{
    return object.contains(QLatin1String("config"))
        || object.contains(QLatin1String("isAxiosError"))
        || (object.contains(QLatin1String("code")) && object.contains(QLatin1String("name"))
            && object.value(QLatin1String("name")).toString().contains(QLatin1String("Error")));
}

QString keysOf(const QJsonObject &object)
{
    QStringList keys = object.keys();
    return QStringLiteral("{") + keys.join(QLatin1Char(',')) + QStringLiteral("}");
}

QString technical(const HttpAnswer &answer, const QString &what)
{
    QString text = answer.where;
    if (answer.status)
        text += QStringLiteral(" → HTTP %1").arg(answer.status);
    if (!what.isEmpty())
        text += QStringLiteral(": ") + what;
    return text;
}

Error misconfigured(
    const HttpAnswer &answer, const QString &message, const QString &diagnosis, const QString &what)
{
    Error error(Error::Kind::FlowMisconfigured, message, technical(answer, what));
    error.setHttpStatus(answer.status);
    error.setDiagnosis(diagnosis);
    return error;
}

QString flowName(FlowReply::Call call)
{
    switch (call) {
    case FlowReply::Call::Login:
        return Tr::tr("sign-in flow", "the Directus flow that sends the SMS");
    case FlowReply::Call::Verify:
        return Tr::tr("verification flow", "the Directus flow that checks the code");
    default:
        return Tr::tr("server");
    }
}

// Our flows end a refusal that waiting cures with "[retry_after=<seconds>]" (a Throw Error
// operation cannot set a Retry-After header).
int parseRetryAfter(const QString &message)
{
    static const QRegularExpression re(QStringLiteral("\\[retry_after=(\\d{1,6})\\]"));
    const auto match = re.match(message);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

int parseAttemptsLeft(const QString &message)
{
    static const QRegularExpression re(
        QStringLiteral("(\\d+)\\s+(?:attempts?|tries|try)\\s+(?:left|remaining)"),
        QRegularExpression::CaseInsensitiveOption);
    const auto match = re.match(message);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

// Interprets a 200 reply of a trigger that is a JSON object but lacks the field the contract
// promises. `field` is "otp_session_uuid" or "token".
Error shapeError(FlowReply::Call call, const HttpAnswer &answer, const QJsonObject &object)
{
    const bool login = call == FlowReply::Call::Login;
    const QString generic = login
        ? Tr::tr(
            "The server's sign-in flow is not set up correctly, so no code can be sent. Tell the "
            "server's administrator; the details say what to fix.")
        : Tr::tr(
            "The server's verification flow is not set up correctly, so your code could not be "
            "checked. Tell the server's administrator; the details say what to fix.");

    if (isRawRequestResult(object)) {
        return misconfigured(answer, generic,
            Tr::tr("The flow returns the SMS provider's raw reply, including the request "
                   "headers with the provider's credentials. Add a reject path that ends in "
                   "a \"Throw Error\" operation, turn on \"error on reject\", and make the "
                   "last operation return only %1.")
                .arg(login ? QStringLiteral("otp_session_uuid")
                           : QStringLiteral("message and token")),
            QStringLiteral("reply is a Request URL result %1 (credentials withheld)")
                .arg(keysOf(object)));
    }
    if (looksLikeAxiosError(object)) {
        return misconfigured(answer, generic,
            Tr::tr("The flow returns a network error object from its Request URL operation "
                   "(the SMS provider could not be reached), which can carry the provider's "
                   "credentials. Add a reject path that ends in a \"Throw Error\" operation "
                   "with status 503."),
            QStringLiteral("reply is an HTTP client error %1 (withheld)").arg(keysOf(object)));
    }
    if (object.isEmpty()) {
        return misconfigured(answer, generic,
            Tr::tr("The flow's last operation returned an empty object: a \"Run Script\" "
                   "operation probably threw. Look at the flow's logs in Directus."),
            QStringLiteral("reply is {}"));
    }
    if (login) {
        if (object.value(QLatin1String("otp_session_uuid")).toString()
            == QLatin1String("undefined")) {
            return misconfigured(answer, generic,
                Tr::tr("The flow answered the session id \"undefined\": the \"Deliver OTP "
                       "Session\" operation reads a path that does not exist. It should "
                       "return data.create_otp_session.data.session_uuid."),
                QStringLiteral("otp_session_uuid is \"undefined\""));
        }
        return misconfigured(answer, generic,
            Tr::tr("The flow answered without otp_session_uuid: the \"Deliver OTP Session\" "
                   "operation is missing, not the last operation, or returns something else."),
            QStringLiteral("reply %1 has no otp_session_uuid").arg(keysOf(object)));
    }
    // Verify.
    const QJsonValue message = object.value(QLatin1String("message"));
    const QJsonValue token = object.value(QLatin1String("token"));
    if (token.isString()) {
        const QString lower = token.toString().trimmed().toLower();
        // Only a known placeholder is quoted: anything else may be a real (if unusable) secret.
        if (lower.contains(QLatin1String("undefined")) || lower == QLatin1String("null")
            || lower.startsWith(QLatin1String("[object"))) {
            return misconfigured(answer, generic,
                Tr::tr("The flow answered the token \"%1\": the \"Update User Account\" operation "
                       "reads {{$last.token}}, which does not exist there. It must never store or "
                       "return such a token — anyone could sign in with it. The token was not "
                       "stored.")
                    .arg(lower.contains(QLatin1String("undefined"))
                            ? QStringLiteral("undefined")
                            : token.toString().trimmed().left(15)),
                QStringLiteral("placeholder token (%1 characters)").arg(token.toString().size()));
        }
        return misconfigured(answer, generic,
            Tr::tr("The flow answered a token that cannot be a real one (too short, too long, or "
                   "with spaces or control characters). Make \"Generate Session Token\" produce "
                   "at least 16 printable characters. The token was not stored."),
            QStringLiteral("implausible token (%1 characters)").arg(token.toString().size()));
    }
    if (object.contains(QLatin1String("message")) && message.isNull()) {
        return misconfigured(answer, generic,
            Tr::tr("The flow answered {\"message\":null}: \"Generate Session Token\" reads "
                   "data.$last.message, which is always empty, so no token is ever issued. It "
                   "should read the provider's reply under data.$last.data.message (the "
                   "tutorial's bug)."),
            QStringLiteral("reply is {\"message\":null}"));
    }
    static const QRegularExpression accepted(QStringLiteral("validated|success|verified|approved"),
        QRegularExpression::CaseInsensitiveOption);
    if (object.contains(QLatin1String("token"))
        || (message.isString() && accepted.match(message.toString()).hasMatch())) {
        // The code was right (or the flow got as far as a token), but no usable token came back.
        return misconfigured(answer, generic,
            Tr::tr("The flow accepted the code but answered without a token: \"Generate "
                   "Session Token\" or \"Update User Account\" did not run, or the last "
                   "operation returns the provider's reply instead of {\"message\": …, "
                   "\"token\": …}."),
            QStringLiteral("reply %1 has no usable token").arg(keysOf(object)));
    }
    if (message.isString()) {
        Error error(Error::Kind::WrongCode,
            Tr::tr("That code was not accepted. Check it and try again."),
            technical(answer,
                QStringLiteral("200 without token; message: %1")
                    .arg(quoted(message.toString()).left(200))));
        error.setHttpStatus(answer.status);
        error.setDiagnosis(
            Tr::tr("The flow answered HTTP 200 without a token instead of a 401 INVALID_OTP "
                   "error. Turn on \"error on reject\" and end the failure path in a \"Throw "
                   "Error\" operation."));
        return error;
    }
    return misconfigured(answer, generic,
        Tr::tr("The flow answered without a token: the last operation should return "
               "{\"message\": …, \"token\": …}."),
        QStringLiteral("reply %1 has no token").arg(keysOf(object)));
}
} // namespace

QByteArray HttpAnswer::header(const QByteArray &name) const
{
    for (const auto &pair : headers) {
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
            return pair.second;
    }
    return {};
}

QString UserInfo::displayName() const
{
    const QString name = (firstName + QLatin1Char(' ') + lastName).trimmed();
    if (!name.isEmpty())
        return name;
    if (!email.isEmpty())
        return email;
    return id;
}

QJsonObject UserInfo::toJson() const
{
    QJsonObject object { { QStringLiteral("id"), id } };
    if (!firstName.isEmpty())
        object.insert(QStringLiteral("first_name"), firstName);
    if (!lastName.isEmpty())
        object.insert(QStringLiteral("last_name"), lastName);
    if (!email.isEmpty())
        object.insert(QStringLiteral("email"), email);
    object.insert(QStringLiteral("display_name"), displayName());
    return object;
}

UserInfo UserInfo::fromJson(const QJsonObject &object)
{
    UserInfo user;
    const QJsonValue id = object.value(QLatin1String("id"));
    user.id = id.isDouble() ? QString::number(id.toInteger()) : id.toString();
    user.firstName = object.value(QLatin1String("first_name")).toString();
    user.lastName = object.value(QLatin1String("last_name")).toString();
    user.email = object.value(QLatin1String("email")).toString();
    return user;
}

namespace FlowReply {

QPair<QString, QString> directusError(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    const QJsonArray errors = doc.object().value(QLatin1String("errors")).toArray();
    if (errors.isEmpty())
        return {};
    const QJsonObject first = errors.first().toObject();
    const QString code = first.value(QLatin1String("extensions"))
                             .toObject()
                             .value(QLatin1String("code"))
                             .toString();
    const QString message = first.value(QLatin1String("message")).toString();
    if (code.isEmpty() && message.isEmpty())
        return {};
    return { code, message };
}

bool isPlausibleToken(const QString &token)
{
    static const QRegularExpression re(
        QRegularExpression::anchoredPattern(QStringLiteral("[\\x21-\\x7e]{16,4096}")));
    const QString lower = token.toLower();
    if (lower == QLatin1String("undefined") || lower == QLatin1String("null")
        || lower.contains(QLatin1String("undefined")) || lower == QLatin1String("[object object]"))
        return false;
    return re.match(token).hasMatch();
}

Error errorFor(Call call, const HttpAnswer &answer)
{
    const bool trigger = call == Call::Login || call == Call::Verify;
    const auto [rawCode, serverMessage] = directusError(answer.body);
    // The server's words are quoted masked (its code too: it is free text to a flow's Throw Error).
    const QString code = quoted(rawCode).left(100);
    const QString what = code.isEmpty()
        ? QString()
        : code + QStringLiteral(" — ") + quoted(serverMessage).left(300);
    auto make = [&](Error::Kind kind, const QString &message) {
        Error error(kind, message, technical(answer, what));
        error.setHttpStatus(answer.status);
        error.setServerCode(code);
        return error;
    };

    if (answer.status >= 200 && answer.status < 300 && looksLikeHtml(answer)) {
        const QString title = htmlTitle(answer.body);
        Error error = make(Error::Kind::Server,
            Tr::tr("The server answered with a web page instead of Directus data. Check the "
                   "server address; on a public network, you may first need to sign in to the "
                   "network in your browser."));
        error.setDetail(technical(answer,
            QStringLiteral("HTML instead of JSON%1")
                .arg(title.isEmpty() ? QString() : QStringLiteral(" (title \"%1\")").arg(title))));
        error.setDiagnosis(
            Tr::tr("HTML instead of JSON: a wrong server URL, a proxy, or a captive portal."));
        return error;
    }

    switch (answer.status) {
    case 204:
        if (trigger) {
            return misconfigured(answer,
                Tr::tr("The server's %1 answered nothing. Tell the server's administrator; the "
                       "details say what to fix.")
                    .arg(flowName(call)),
                Tr::tr("The flow's last operation returned nothing (HTTP 204). Make the last "
                       "operation return the reply object."),
                QStringLiteral("no content"));
        }
        break;
    case 400:
        if (call == Call::Login) {
            return make(Error::Kind::InvalidInput,
                Tr::tr("The server did not accept this phone number. Check it and try again."));
        }
        if (call == Call::Verify)
            return make(Error::Kind::InvalidInput,
                Tr::tr("The server did not accept this code. Check it and try again."));
        return make(Error::Kind::InvalidInput, Tr::tr("The server did not accept the request."));
    case 401:
        if (call == Call::Login) {
            return make(Error::Kind::UnknownUser,
                Tr::tr("No account on this server uses this phone number. Check the number, or ask "
                       "the server's administrator to add it to your account."));
        }
        if (call == Call::Verify) {
            if (code == QLatin1String("INVALID_OTP_SESSION")
                || code == QLatin1String("TOKEN_EXPIRED")) {
                return make(Error::Kind::SessionExpired,
                    Tr::tr("This code has expired or has been used too many times. Ask for a new "
                           "code."));
            }
            Error error = make(Error::Kind::WrongCode,
                Tr::tr("That code is not right. Check the SMS and try again."));
            error.setAttemptsLeft(parseAttemptsLeft(serverMessage));
            return error;
        }
        return make(Error::Kind::Unauthorized,
            Tr::tr("Your session ended (signed in elsewhere or revoked). Sign in again."));
    case 403:
        if (trigger) {
            Error error = make(Error::Kind::FlowMisconfigured,
                Tr::tr("The server refused to run its %1. Check the flow's id or trigger URL; "
                       "the details say what else to check.")
                    .arg(flowName(call)));
            error.setDiagnosis(
                Tr::tr("Directus answers 403 on a trigger URL when the flow id is wrong, the "
                       "flow is inactive, or the flow's webhook expects another method (GET or "
                       "POST)."));
            return error;
        }
        return make(Error::Kind::Forbidden, Tr::tr("Your account is not allowed to do this."));
    case 404:
        if (trigger) {
            Error error = make(Error::Kind::FlowMisconfigured,
                Tr::tr("The server has no such flow. Check the server address and the flow's "
                       "trigger URL."));
            error.setDiagnosis(
                Tr::tr("404 on a trigger URL: the server address (or its path) is wrong, or "
                       "this is not a Directus server."));
            return error;
        }
        return make(Error::Kind::NotFound, Tr::tr("The server has nothing at this address."));
    case 413:
        return make(Error::Kind::InvalidInput, Tr::tr("The request was too large for the server."));
    case 429: {
        Error error = make(Error::Kind::RateLimited, QString());
        int retry = answer.header("retry-after").trimmed().toInt();
        if (retry <= 0)
            retry = parseRetryAfter(serverMessage);
        if (retry > 120) {
            // A daily cap: when, rather than a countdown of hours.
            const QDateTime at = QDateTime::currentDateTime().addSecs(retry);
            const bool today = at.date() == QDate::currentDate();
            error = Error(Error::Kind::RateLimited,
                (call == Call::Verify
                        ? (today ? Tr::tr("Too many codes were tried for this number today. Try "
                                          "again after %1.")
                                 : Tr::tr("Too many codes were tried for this number today. Try "
                                          "again tomorrow after %1."))
                        : (today ? Tr::tr("Too many codes were sent to this number today. Try "
                                          "again after %1.")
                                 : Tr::tr("Too many codes were sent to this number today. Try "
                                          "again tomorrow after %1.")))
                    .arg(QLocale().toString(at.time(), QLocale::ShortFormat)),
                technical(answer, what));
            error.setRetryAfterSeconds(retry);
        } else if (retry > 0) {
            error = Error(Error::Kind::RateLimited,
                QCoreApplication::translate(
                    "FlowReply", "Too many attempts. Try again in %n second(s).", nullptr, retry),
                technical(answer, what));
            error.setRetryAfterSeconds(retry);
        } else {
            error = Error(Error::Kind::RateLimited,
                Tr::tr("Too many attempts. Wait a few minutes, then try again."),
                technical(answer, what));
        }
        error.setHttpStatus(429);
        error.setServerCode(code);
        return error;
    }
    case 500: {
        Error error = make(Error::Kind::Server,
            Tr::tr("The server had a problem running its %1. Try again later; if it keeps "
                   "happening, tell the server's administrator.")
                .arg(flowName(call)));
        if (trigger)
            error.setDiagnosis(
                Tr::tr("HTTP 500 from a flow: one of its operations threw. See the flow's "
                       "logs in Directus."));
        return error;
    }
    case 502:
    case 504:
        return make(Error::Kind::Server,
            Tr::tr("The server is not reachable through its gateway right now. Try again later."));
    case 503:
        if (trigger) {
            Error error = make(Error::Kind::ServiceUnavailable,
                Tr::tr("The SMS service is not available right now. Try again in a few minutes."));
            error.setDiagnosis(
                Tr::tr("HTTP 503 from a flow: the SMS provider is down or refused the "
                       "request."));
            return error;
        }
        return make(Error::Kind::ServiceUnavailable,
            Tr::tr("The server is not available right now. Try again in a few minutes."));
    default:
        break;
    }
    if (answer.status >= 200 && answer.status < 300) {
        Error error = make(
            Error::Kind::Server, Tr::tr("The server answered something this app cannot read."));
        error.setDetail(technical(answer,
            QStringLiteral("unexpected %1 body (%2 bytes)")
                .arg(QString::fromLatin1(
                    answer.contentType.isEmpty() ? QByteArray("untyped") : answer.contentType))
                .arg(answer.body.size())));
        return error;
    }
    return make(Error::Kind::Server,
        Tr::tr("The server answered with an unexpected error (HTTP %1). Try again later.")
            .arg(answer.status));
}

namespace {
Result<QJsonObject> jsonObject(Call call, const HttpAnswer &answer)
{
    if (answer.status != 200)
        return errorFor(call, answer);
    if (looksLikeHtml(answer))
        return errorFor(call, answer);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(answer.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        Error error(Error::Kind::Server,
            call == Call::Login || call == Call::Verify
                ? Tr::tr(
                    "The server's %1 answered something that is not valid data. Tell the server's "
                    "administrator; the details say what to fix.")
                      .arg(flowName(call))
                : Tr::tr("The server answered something that is not valid data."),
            technical(answer,
                parseError.error != QJsonParseError::NoError
                    ? QStringLiteral("invalid JSON (%1 at %2)")
                          .arg(parseError.errorString())
                          .arg(parseError.offset)
                    : QStringLiteral("JSON is not an object")));
        error.setHttpStatus(answer.status);
        if (call == Call::Login || call == Call::Verify) {
            error = Error(Error::Kind::FlowMisconfigured, error.message(), error.detail());
            error.setHttpStatus(answer.status);
            error.setDiagnosis(Tr::tr("The flow's last operation must return a JSON object."));
        }
        Q_UNUSED(isJson);
        return error;
    }
    return doc.object();
}
} // namespace

Result<QString> parseLogin(const HttpAnswer &answer)
{
    const auto object = jsonObject(Call::Login, answer);
    if (!object.ok())
        return object.error();
    const QJsonValue value = object.value().value(QLatin1String("otp_session_uuid"));
    static const QRegularExpression re(
        QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z0-9_-]{8,128}")));
    if (!value.isString() || value.toString() == QLatin1String("undefined")
        || !re.match(value.toString()).hasMatch())
        return shapeError(Call::Login, answer, object.value());
    return value.toString();
}

Result<CodeFacts> parseCodeFacts(const HttpAnswer &answer)
{
    const Result<QString> session = parseLogin(answer);
    if (!session.ok())
        return session.error();
    const QJsonObject object = QJsonDocument::fromJson(answer.body).object();
    const auto number = [&object](const char *key, int low, int high) {
        const QJsonValue value = object.value(QLatin1String(key));
        if (!value.isDouble())
            return -1;
        const double n = value.toDouble();
        return n >= low && n <= high && n == std::floor(n) ? int(n) : -1;
    };
    CodeFacts facts;
    facts.sessionUuid = session.value();
    const QString channel = object.value(QLatin1String("channel")).toString();
    facts.channel = channel == QLatin1String("voice") ? channel : QStringLiteral("sms");
    facts.codeLength = number("code_length", OtpCode::MinLength, OtpCode::MaxLength);
    facts.expiresIn = number("expires_in", 0, 24 * 3600);
    facts.resendAfter = number("resend_after", 0, 24 * 3600);
    facts.attemptsLeft = number("attempts_left", 0, 1000);
    return facts;
}

Result<QString> parseVerify(const HttpAnswer &answer)
{
    const auto object = jsonObject(Call::Verify, answer);
    if (!object.ok())
        return object.error();
    const QJsonValue token = object.value().value(QLatin1String("token"));
    if (!token.isString() || !isPlausibleToken(token.toString()))
        return shapeError(Call::Verify, answer, object.value());
    return token.toString();
}

Result<Verified> parseVerified(const HttpAnswer &answer)
{
    const auto object = jsonObject(Call::Verify, answer);
    if (!object.ok())
        return object.error();
    const QJsonValue refresh = object.value().value(QLatin1String("refresh_token"));
    if (refresh.isString() && isPlausibleToken(refresh.toString())) {
        Verified verified;
        verified.refreshToken = refresh.toString();
        verified.sessionExpires = QDateTime::fromString(
            object.value().value(QLatin1String("expires_at")).toString(), Qt::ISODateWithMs);
        return verified;
    }
    const Result<QString> token = parseVerify(answer);
    if (!token.ok())
        return token.error();
    Verified verified;
    verified.token = token.value();
    return verified;
}

Result<Refreshed> parseRefresh(const HttpAnswer &answer)
{
    if (answer.status == 401 || answer.status == 403) {
        const QString code = directusError(answer.body).first;
        Error error(Error::Kind::SignedOut,
            code == QLatin1String("USER_SUSPENDED")
                ? Tr::tr("You were signed out by the server: your account is suspended. Ask the "
                         "server's administrator.")
                : Tr::tr("You were signed out by the server (the sign-in was revoked, has "
                         "expired, or your account changed). Sign in again."),
            technical(answer, code));
        error.setHttpStatus(answer.status);
        error.setServerCode(code);
        return error;
    }
    const auto object = jsonObject(Call::Refresh, answer);
    if (!object.ok())
        return object.error();
    const QJsonObject data = object.value().value(QLatin1String("data")).toObject();
    Refreshed refreshed;
    refreshed.accessToken = data.value(QLatin1String("access_token")).toString();
    refreshed.refreshToken = data.value(QLatin1String("refresh_token")).toString();
    refreshed.expiresMs = qint64(data.value(QLatin1String("expires")).toDouble());
    if (!isPlausibleToken(refreshed.accessToken) || !isPlausibleToken(refreshed.refreshToken)
        || refreshed.expiresMs <= 0) {
        Error error(Error::Kind::Server,
            Tr::tr("The server's answer to renewing the sign-in cannot be read. Try again later."),
            technical(answer,
                QStringLiteral("/auth/refresh without data.access_token, refresh_token or "
                               "expires (keys %1)")
                    .arg(keysOf(data))));
        error.setHttpStatus(answer.status);
        return error;
    }
    return refreshed;
}

Error parseLogout(const HttpAnswer &answer)
{
    if (answer.status >= 200 && answer.status < 300)
        return {};
    return errorFor(Call::Logout, answer);
}

Result<UserInfo> parseCurrentUser(const HttpAnswer &answer)
{
    const auto object = jsonObject(Call::CurrentUser, answer);
    if (!object.ok())
        return object.error();
    const QJsonObject data = object.value().value(QLatin1String("data")).toObject();
    UserInfo user = UserInfo::fromJson(data);
    if (user.id.isEmpty()) {
        Error error(Error::Kind::Server,
            Tr::tr("The server answered something this app cannot read."),
            technical(answer, QStringLiteral("/users/me without data.id")));
        error.setHttpStatus(answer.status);
        return error;
    }
    return user;
}

Error parsePing(const HttpAnswer &answer)
{
    if (answer.status == 200 && answer.body.trimmed() == "pong")
        return {};
    if (answer.status == 200) {
        Error error(Error::Kind::Server,
            Tr::tr("Something answered at this address, but it is not a Directus server."),
            technical(answer, QStringLiteral("/server/ping did not answer \"pong\"")));
        if (looksLikeHtml(answer))
            error.setDiagnosis(Tr::tr(
                "HTML instead of \"pong\": a wrong server URL, a proxy, or a captive portal."));
        return error;
    }
    return errorFor(Call::Ping, answer);
}

Error parseProbe(Call call, const HttpAnswer &answer)
{
    const bool json = answer.contentType.contains("json");
    const bool directusError = !FlowReply::directusError(answer.body).first.isEmpty();
    // The flow ran and refused the empty input (ours), or ran and answered (the tutorial's).
    if ((answer.status == 400 || answer.status == 401) && directusError)
        return {};
    if (answer.status == 204 || (answer.status >= 200 && answer.status < 300 && json))
        return {};
    if (answer.status >= 200 && answer.status < 300) {
        Error error = misconfigured(answer,
            Tr::tr("Something answered at the %1's address, but not as a Directus flow does.")
                .arg(flowName(call)),
            looksLikeHtml(answer)
                ? Tr::tr("HTML instead of JSON: a wrong server URL, a proxy, or a captive portal.")
                : Tr::tr("A flow answers JSON; this answer is not."),
            QStringLiteral("not a flow's answer"));
        return error;
    }
    Error error = errorFor(call, answer);
    if (!error)
        error = misconfigured(answer,
            Tr::tr("The %1 did not answer as a flow does.").arg(flowName(call)), QString(),
            QStringLiteral("unexpected answer to an empty request"));
    return error;
}

} // namespace FlowReply
