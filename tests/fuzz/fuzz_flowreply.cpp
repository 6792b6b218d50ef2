// libFuzzer target: the flow-reply parser (FlowReply::parseLogin, parseVerify, parseCurrentUser,
// parsePing, errorFor, directusError) on one HTTP answer.
// Input, as an HTTP answer reads:
//   200 application/json          status, then the content type
//   Retry-After: 30               headers, up to an empty line
//
//   {"otp_session_uuid":"…"}      the body
// Without a newline the whole input is the body of a 200 application/json answer.

#include "FlowReply.h"
#include "FuzzSupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace {

HttpAnswer readAnswer(const uint8_t *data, size_t size)
{
    HttpAnswer answer;
    answer.where = QStringLiteral("GET https://cms.example.com/flows/trigger/fuzz");
    QByteArray rest = fuzz::bytes(data, size);
    if (!rest.contains('\n')) {
        answer.status = 200;
        answer.contentType = "application/json";
        answer.body = rest;
        return answer;
    }
    const QByteArray first = fuzz::takeLine(rest).trimmed();
    const qsizetype space = first.indexOf(' ');
    answer.status = (space < 0 ? first : first.left(space)).toInt();
    answer.contentType = space < 0 ? QByteArray() : first.mid(space + 1).trimmed();
    while (!rest.isEmpty()) {
        const QByteArray line = fuzz::takeLine(rest);
        if (line.isEmpty())
            break;
        const qsizetype colon = line.indexOf(':');
        answer.headers.append({ colon < 0 ? line : line.left(colon),
            colon < 0 ? QByteArray() : line.mid(colon + 1).trimmed() });
    }
    answer.body = rest;
    return answer;
}

// Credentials in the body as the tutorial's flows leak them: "Basic <base64>" (Plivo's auth id and
// token). None of them may reach anything a person sees or the log gets.
QStringList credentialsIn(const QByteArray &body)
{
    static const QRegularExpression basic(QStringLiteral("Basic ([A-Za-z0-9+/=]{8,})"));
    QStringList found;
    auto it = basic.globalMatch(QString::fromUtf8(body));
    while (it.hasNext())
        found.append(it.next().captured(1));
    return found;
}

QString describe(const Error &error)
{
    return QStringLiteral("kind %1 message [%2] detail [%3] diagnosis [%4]")
        .arg(error.kindName(), error.message(), error.detail(), error.diagnosis());
}

// Where the detail quotes the answer by design: its content type, the <title> of an HTML page (to
// name a captive portal) and the names of the members of the reply (never their values).
bool quotedByDesign(const HttpAnswer &answer, const QString &needle)
{
    if (QString::fromLatin1(answer.contentType).contains(needle))
        return true;
    static const QRegularExpression title(
        QStringLiteral("<title[^>]*>([^<]*)</title>"), QRegularExpression::CaseInsensitiveOption);
    auto titles = title.globalMatch(QString::fromUtf8(answer.body));
    while (titles.hasNext()) {
        if (titles.next().captured(1).simplified().contains(needle))
            return true;
    }
    const QJsonObject object = QJsonDocument::fromJson(answer.body).object();
    for (const QString &key : object.keys()) {
        if (key.contains(needle))
            return true;
    }
    return false;
}

void checkError(const Error &error, const HttpAnswer &answer, const QStringList &credentials)
{
    const QString what = describe(error);
    FUZZ_CHECK(error.isError(), what);
    FUZZ_CHECK(!error.message().isEmpty(), what);
    FUZZ_CHECK(error.httpStatus() == 0 || error.httpStatus() == answer.status, what);
    for (const QString &text :
        { error.message(), error.detail(), error.diagnosis(), error.serverCode() }) {
        for (const QString &credential : credentials) {
            const QString needle = QStringLiteral("Basic ") + credential;
            if (!text.contains(needle) || quotedByDesign(answer, needle))
                continue;
            FUZZ_CHECK(false, QStringLiteral("credential %1 leaks: ").arg(credential) + what);
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const HttpAnswer answer = readAnswer(data, size);
    const QStringList credentials = credentialsIn(answer.body);

    const Result<QString> login = FlowReply::parseLogin(answer);
    if (login.ok()) {
        static const QRegularExpression uuid(QStringLiteral("^[A-Za-z0-9_-]{8,128}$"));
        FUZZ_CHECK(answer.status == 200, login.value());
        FUZZ_CHECK(!login.value().isEmpty() && uuid.match(login.value()).hasMatch(), login.value());
        FUZZ_CHECK(login.value() != QLatin1String("undefined"), login.value());
    } else {
        checkError(login.error(), answer, credentials);
    }

    const Result<QString> verify = FlowReply::parseVerify(answer);
    if (verify.ok()) {
        FUZZ_CHECK(answer.status == 200, verify.value());
        FUZZ_CHECK(FlowReply::isPlausibleToken(verify.value()), verify.value());
    } else {
        checkError(verify.error(), answer, credentials);
    }

    const Result<UserInfo> user = FlowReply::parseCurrentUser(answer);
    if (user.ok()) {
        FUZZ_CHECK(answer.status == 200, user.value().id);
        FUZZ_CHECK(!user.value().id.isEmpty(), user.value().id);
        FUZZ_CHECK(!user.value().displayName().isEmpty(), user.value().id);
        // What --json prints and the GUI keeps reads back as the same person.
        const UserInfo back = UserInfo::fromJson(user.value().toJson());
        FUZZ_CHECK(back.id == user.value().id && back.email == user.value().email
                && back.firstName == user.value().firstName
                && back.lastName == user.value().lastName,
            user.value().id);
    } else {
        checkError(user.error(), answer, credentials);
    }

    const Error ping = FlowReply::parsePing(answer);
    if (ping.isError())
        checkError(ping, answer, credentials);
    else
        FUZZ_CHECK(answer.status == 200, QStringLiteral("ping"));

    for (const FlowReply::Call call : { FlowReply::Call::Login, FlowReply::Call::Verify,
             FlowReply::Call::CurrentUser, FlowReply::Call::Ping, FlowReply::Call::Api })
        checkError(FlowReply::errorFor(call, answer), answer, credentials);

    // The server's own error, raw by design (the callers show it only through errorFor).
    const auto [code, message] = FlowReply::directusError(answer.body);
    (void)code;
    (void)message;

    // Plausible tokens are printable ASCII without spaces, 16 to 4096 characters, no placeholder.
    const QString asToken = QString::fromUtf8(answer.body);
    if (FlowReply::isPlausibleToken(asToken)) {
        static const QRegularExpression printable(QStringLiteral("^[\\x21-\\x7e]{16,4096}$"));
        FUZZ_CHECK(printable.match(asToken).hasMatch(), asToken);
        FUZZ_CHECK(!asToken.contains(QLatin1String("undefined"), Qt::CaseInsensitive), asToken);
    }
    return 0;
}
