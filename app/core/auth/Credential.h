#pragma once

#include "Error.h"
#include "Secret.h"

#include <QDateTime>
#include <QString>

// What a sign-in leaves behind, and what later requests are authenticated with. One per server
// and profile, kept by a TokenStore under TokenStore::key(profile, server).
//
//   Static   a token that the server looks up as directus_users.token: the seed's verify flow, an
//            entry written by an earlier version (the bare token), or DIRECTUS_TOKEN.
//   Session  a Directus session of this device: a refresh token (rotated by /auth/refresh), with
//            the short-lived access token it gave last and when that one expires.
//
// Stored form: a bare token (Static, as every earlier version wrote it) or a JSON object
// {"v":1,"kind":…} (serialize()/parse()). Secrets live in Secret buffers only.
class Credential
{
public:
    enum class Kind { None, Static, Session };

    Credential() = default;
    Credential(Credential &&) noexcept = default;
    Credential &operator=(Credential &&) noexcept = default;
    Credential copy() const;

    static Credential makeStatic(const QString &token);

    Kind kind() const { return m_kind; }
    bool isEmpty() const { return m_kind == Kind::None; }
    static QString kindName(Kind kind); // "static", "session"

    // Static: the token. Session: the refresh token.
    const Secret &token() const { return m_token; }
    // Session: the last access token and when it expires (UTC); empty/invalid when none.
    const Secret &accessToken() const { return m_access; }
    QDateTime accessExpires() const { return m_accessExpires; }
    // Session: when the session itself ends (the refresh token's expiry), when known.
    QDateTime sessionExpires() const { return m_sessionExpires; }
    QString userId() const { return m_userId; }
    QString device() const { return m_device; }
    // Session: when it was last renewed (each renewal extends it by the server's
    // REFRESH_TOKEN_TTL).
    QDateTime renewed() const { return m_renewed; }
    void setRenewed(const QDateTime &when) { m_renewed = when; }

    void setToken(Secret token) { m_token = std::move(token); }
    void setAccess(Secret token, const QDateTime &expires);
    void setSessionExpires(const QDateTime &when) { m_sessionExpires = when; }
    void setUserId(const QString &id) { m_userId = id; }
    void setDevice(const QString &device) { m_device = device; }
    void setKind(Kind kind) { m_kind = kind; }

    // What goes into Authorization: Bearer: the static token, or the session's access token
    // (empty when it has none yet).
    QString bearer() const;
    // Whether the access token is still good `marginSeconds` from `now`.
    bool accessValidAt(const QDateTime &now, int marginSeconds) const;

    // The keychain's text for it (a Static one as the bare token, as earlier versions wrote it).
    QString serialize() const;
    // A stored text back: a bare token is Static; a JSON object names its kind. An entry that is
    // neither (or a later version's) gives an empty credential and sets `error`.
    static Credential parse(const QString &stored, Error *error = nullptr);

    void wipe();

private:
    Kind m_kind = Kind::None;
    Secret m_token;
    Secret m_access;
    QDateTime m_accessExpires;
    QDateTime m_sessionExpires;
    QString m_userId;
    QString m_device;
    QDateTime m_renewed;
};
