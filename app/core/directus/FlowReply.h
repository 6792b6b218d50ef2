#pragma once

#include "Error.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

// What came back over HTTP, before any interpretation.
struct HttpAnswer
{
    int status = 0;
    QByteArray contentType;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QString where; // "GET https://host/flows/trigger/<id>" — never with its query

    QByteArray header(const QByteArray &name) const;
};

// The person behind a token, from GET /users/me. A phone user may only be allowed to read its id.
struct UserInfo
{
    QString id;
    QString firstName;
    QString lastName;
    QString email;

    // "Ada Lovelace", else the e-mail, else the id.
    QString displayName() const;
    QJsonObject toJson() const;
    static UserInfo fromJson(const QJsonObject &object);
};

// Strict readers for the flow contract (directus-facts.md). Pure functions: no network, no state.
// Every answer outside the contract becomes one Error with a translated message, a technical
// detail that carries nothing secret, and — for a misconfigured flow — a diagnosis that names the
// operation to fix (the tutorial's known bugs are recognised by their shapes).
namespace FlowReply {
enum class Call { Login, Verify, CurrentUser, Ping, Api };

Result<QString> parseLogin(const HttpAnswer &answer); // the otp_session_uuid
Result<QString> parseVerify(const HttpAnswer &answer); // the token
Result<UserInfo> parseCurrentUser(const HttpAnswer &answer);
Error parsePing(const HttpAnswer &answer); // None when the server answered "pong"
// A flow triggered with no parameters (Test connection): None when it answered as a flow does —
// ours refuse the empty input with a Directus error (400 INVALID_PAYLOAD, 401), the tutorial's
// answer 2xx with JSON or 204 —, otherwise why not (403: no such flow or an inactive one; 404: a
// wrong address; a web page…).
Error parseProbe(Call call, const HttpAnswer &answer);

// The error for an answer that is not a success of `call` (any status). Exposed for the API
// command and for tests.
Error errorFor(Call call, const HttpAnswer &answer);

// {"errors":[{"message":…,"extensions":{"code":…}}]} → (code, message); empty when not that shape.
QPair<QString, QString> directusError(const QByteArray &body);
// A token that no flow should ever hand out: empty, "undefined", "null", whitespace, too short.
bool isPlausibleToken(const QString &token);
} // namespace FlowReply
