#pragma once

#include "Error.h"

#include <QByteArray>
#include <QDateTime>
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
enum class Call { Login, Verify, CurrentUser, Ping, Api, Refresh, Logout };

// What the verify flow handed out: a static token (the seed's, our --token-mode static), or a new
// Directus session of this device (our flows by default): its refresh token, to exchange at once.
struct Verified
{
    QString token; // static: non-empty
    QString refreshToken; // session: non-empty
    QDateTime sessionExpires; // session: the flow-made row's expiry (short)
    bool isSession() const { return !refreshToken.isEmpty(); }
};

// POST /auth/refresh {"mode":"json"}: a new access token, when it expires, the rotated refresh
// token.
struct Refreshed
{
    QString accessToken;
    qint64 expiresMs = 0; // the access token's life from now
    QString refreshToken;
};

// The login flow's answer: the session, and what our flows say about its code (-1 / empty when
// the flow does not say: the seed's flows answer only {"otp_session_uuid"}).
struct CodeFacts
{
    QString sessionUuid;
    QString channel; // "sms" or "voice"
    int codeLength = -1; // digits
    int expiresIn = -1; // seconds from the answer
    int resendAfter = -1; // seconds before a new code may be asked for
    int attemptsLeft = -1; // codes the server will still check on this session
    bool fromServer() const { return codeLength > 0 || expiresIn >= 0 || resendAfter >= 0; }
};

Result<QString> parseLogin(const HttpAnswer &answer); // the otp_session_uuid
// The same answer with its facts; an out-of-range fact is ignored (as if absent).
Result<CodeFacts> parseCodeFacts(const HttpAnswer &answer);
Result<QString> parseVerify(const HttpAnswer &answer); // the (static) token
// The verify flow's answer, either kind: {"refresh_token","expires_at"} or {"token"}.
Result<Verified> parseVerified(const HttpAnswer &answer);
// /auth/refresh: 401 INVALID_CREDENTIALS (revoked, rotated elsewhere, expired) and 401
// USER_SUSPENDED become Error::Kind::SignedOut with a message that says so.
Result<Refreshed> parseRefresh(const HttpAnswer &answer);
// /auth/logout: None on 2xx.
Error parseLogout(const HttpAnswer &answer);
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
