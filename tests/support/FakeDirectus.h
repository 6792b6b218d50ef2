#pragma once

#include "FakeServer.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>
#include <functional>

// A fake Directus with our flows' contract, over real HTTP on 127.0.0.1, for unit tests of the
// session, the command line and the window: the login and verify flows (static token or session
// mode), GET /users/me, POST /auth/refresh with strict rotation (as Directus' json mode: the old
// refresh token dies at once) and POST /auth/logout. Every code is "123456"; every number is a
// known user unless unknown. Faults are set per route with fail(); the request log is FakeServer's.
//
// Routes: /flows/trigger/<LoginFlow>, /flows/trigger/<VerifyFlow>, /users/me, /auth/refresh,
// /auth/logout, /server/ping.
class FakeDirectus : public FakeServer
{
    Q_OBJECT
public:
    enum class Mode { Session, Static };
    static QString loginFlowId() { return QStringLiteral("6c4b9d7e-1111-4000-8000-000000000001"); }
    static QString verifyFlowId() { return QStringLiteral("6c4b9d7e-2222-4000-8000-000000000002"); }
    static QString code() { return QStringLiteral("123456"); }
    static QString userId() { return QStringLiteral("0b9a1f6e-7a51-4b6f-9d6c-0e2c1a4f8b11"); }

    explicit FakeDirectus(Mode mode = Mode::Session, QObject *parent = nullptr);

    void setMode(Mode mode) { m_mode = mode; }
    // Access tokens live this long (Directus' ACCESS_TOKEN_TTL; default 900 000 ms).
    void setAccessTtlMs(qint64 ms) { m_accessTtlMs = ms; }
    // The next `times` answers of `path` are `response` instead (a fault), then normal again.
    void fail(const QString &path, const HttpResponse &response, int times = 1);
    // Ends every session of the user (an administrator's revocation, or a suspension).
    void revokeAll() { m_refreshTokens.clear(); }
    void suspendUser() { m_suspended = true; }

    // What the server holds.
    int liveSessions() const { return int(m_refreshTokens.size()); }
    QStringList devices() const { return m_devices.values(); }
    bool acceptsRefreshToken(const QString &token) const { return m_refreshTokens.contains(token); }
    bool acceptsAccessToken(const QString &token) const { return m_accessTokens.contains(token); }
    int refreshes() const { return m_refreshes; }
    QString lastStaticToken() const { return m_staticToken; }

private:
    HttpResponse faultOr(const QString &path, std::function<HttpResponse()> normal);
    HttpResponse verify(const HttpRequest &request);
    HttpResponse refresh(const HttpRequest &request);
    HttpResponse usersMe(const HttpRequest &request);
    QString newToken(const char *prefix);

    Mode m_mode;
    qint64 m_accessTtlMs = 900000;
    QHash<QString, QList<HttpResponse>> m_faults;
    QSet<QString> m_refreshTokens;
    QHash<QString, QString> m_devices; // refresh token → device name
    QSet<QString> m_accessTokens;
    QString m_staticToken;
    int m_counter = 0;
    int m_refreshes = 0;
    bool m_suspended = false;
};
