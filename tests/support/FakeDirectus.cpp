#include "FakeDirectus.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

namespace {
HttpResponse jsonObject(int status, const QJsonObject &object)
{
    return HttpResponse::json(status, QJsonDocument(object).toJson(QJsonDocument::Compact));
}
} // namespace

FakeDirectus::FakeDirectus(Mode mode, QObject *parent)
    : FakeServer(parent)
    , m_mode(mode)
{
    const QString login = QStringLiteral("/flows/trigger/") + loginFlowId();
    const QString verifyPath = QStringLiteral("/flows/trigger/") + verifyFlowId();
    on("GET", login, [this, login](const HttpRequest &request) {
        return faultOr(login, [&request] {
            if (!request.queryValue(QStringLiteral("phone_number")).startsWith(QLatin1Char('+')))
                return HttpResponse::directusError(400, QStringLiteral("INVALID_PAYLOAD"),
                    QStringLiteral("phone_number is required"));
            return HttpResponse::json(
                200, R"({"otp_session_uuid":"4f6c1a52-5b8e-4c1d-9a3f-2e7d6b0c8a91"})");
        });
    });
    on("GET", verifyPath, [this, verifyPath](const HttpRequest &request) {
        return faultOr(verifyPath, [this, &request] { return verify(request); });
    });
    on("GET", QStringLiteral("/users/me"), [this](const HttpRequest &request) {
        return faultOr(QStringLiteral("/users/me"), [this, &request] { return usersMe(request); });
    });
    on("POST", QStringLiteral("/auth/refresh"), [this](const HttpRequest &request) {
        return faultOr(
            QStringLiteral("/auth/refresh"), [this, &request] { return refresh(request); });
    });
    on("POST", QStringLiteral("/auth/logout"), [this](const HttpRequest &request) {
        return faultOr(QStringLiteral("/auth/logout"), [this, &request] {
            const QString token = QJsonDocument::fromJson(request.body)
                                      .object()
                                      .value(QStringLiteral("refresh_token"))
                                      .toString();
            m_refreshTokens.remove(token);
            m_devices.remove(token);
            HttpResponse none;
            none.status = 204;
            return none;
        });
    });
    HttpResponse pong = HttpResponse::json(200, "pong");
    pong.contentType = "text/html; charset=utf-8";
    on("GET", QStringLiteral("/server/ping"), pong);
}

void FakeDirectus::fail(const QString &path, const HttpResponse &response, int times)
{
    for (int i = 0; i < times; ++i)
        m_faults[path].append(response);
}

HttpResponse FakeDirectus::faultOr(const QString &path, std::function<HttpResponse()> normal)
{
    auto it = m_faults.find(path);
    if (it != m_faults.end() && !it->isEmpty())
        return it->takeFirst();
    return normal();
}

QString FakeDirectus::newToken(const char *prefix)
{
    // Plausible tokens (FlowReply::isPlausibleToken): 16+ printable characters.
    return QStringLiteral("%1-%2-%3")
        .arg(QLatin1String(prefix))
        .arg(++m_counter)
        .arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'));
}

HttpResponse FakeDirectus::verify(const HttpRequest &request)
{
    if (request.queryValue(QStringLiteral("otp")) != code())
        return HttpResponse::directusError(
            401, QStringLiteral("INVALID_OTP"), QStringLiteral("Invalid code. 9 attempts left."));
    if (m_mode == Mode::Static) {
        m_staticToken = newToken("static");
        return jsonObject(200,
            { { QStringLiteral("message"), QStringLiteral("session validated successfully.") },
                { QStringLiteral("token"), m_staticToken } });
    }
    const QString refreshToken = newToken("flow-made");
    m_refreshTokens.insert(refreshToken);
    m_devices.insert(refreshToken, request.queryValue(QStringLiteral("device")));
    return jsonObject(200,
        { { QStringLiteral("message"), QStringLiteral("session validated successfully.") },
            { QStringLiteral("refresh_token"), refreshToken },
            { QStringLiteral("expires_at"), QStringLiteral("2026-12-03T13:16:30.950Z") } });
}

HttpResponse FakeDirectus::refresh(const HttpRequest &request)
{
    ++m_refreshes;
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const QString old = body.value(QStringLiteral("refresh_token")).toString();
    if (body.value(QStringLiteral("mode")).toString() != QLatin1String("json"))
        return HttpResponse::directusError(400, QStringLiteral("INVALID_PAYLOAD"),
            QStringLiteral("mode json expected by this fake"));
    if (!m_refreshTokens.contains(old))
        return HttpResponse::directusError(401, QStringLiteral("INVALID_CREDENTIALS"),
            QStringLiteral("Invalid user credentials."));
    if (m_suspended) {
        m_refreshTokens.remove(old);
        return HttpResponse::directusError(
            401, QStringLiteral("USER_SUSPENDED"), QStringLiteral("User suspended."));
    }
    // Strict rotation: the old token dies at once.
    const QString device = m_devices.take(old);
    m_refreshTokens.remove(old);
    const QString fresh = newToken("refresh");
    m_refreshTokens.insert(fresh);
    m_devices.insert(fresh, device);
    const QString access = newToken("access");
    m_accessTokens.insert(access);
    return jsonObject(200,
        { { QStringLiteral("data"),
            QJsonObject { { QStringLiteral("access_token"), access },
                { QStringLiteral("expires"), double(m_accessTtlMs) },
                { QStringLiteral("refresh_token"), fresh } } } });
}

HttpResponse FakeDirectus::usersMe(const HttpRequest &request)
{
    const QByteArray authorization = request.header("authorization");
    const QString token = QString::fromLatin1(authorization.mid(7));
    if (!authorization.startsWith("Bearer ")
        || (!m_accessTokens.contains(token) && token != m_staticToken))
        return HttpResponse::directusError(401, QStringLiteral("INVALID_CREDENTIALS"),
            QStringLiteral("Invalid user credentials."));
    return jsonObject(200,
        { { QStringLiteral("data"),
            QJsonObject { { QStringLiteral("id"), userId() },
                { QStringLiteral("first_name"), QStringLiteral("Ada") } } } });
}
