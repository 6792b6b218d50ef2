#include "Credential.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

Credential Credential::copy() const
{
    Credential out;
    out.m_kind = m_kind;
    out.m_token = m_token.copy();
    out.m_access = m_access.copy();
    out.m_accessExpires = m_accessExpires;
    out.m_sessionExpires = m_sessionExpires;
    out.m_userId = m_userId;
    out.m_device = m_device;
    out.m_renewed = m_renewed;
    return out;
}

Credential Credential::makeStatic(const QString &token)
{
    Credential out;
    out.m_kind = Kind::Static;
    out.m_token = Secret(token);
    return out;
}

QString Credential::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::Static:
        return QStringLiteral("static");
    case Kind::Session:
        return QStringLiteral("session");
    }
    return {};
}

void Credential::setAccess(Secret token, const QDateTime &expires)
{
    m_access = std::move(token);
    m_accessExpires = expires;
}

QString Credential::bearer() const
{
    return m_kind == Kind::Static ? m_token.reveal() : m_access.reveal();
}

bool Credential::accessValidAt(const QDateTime &now, int marginSeconds) const
{
    if (m_kind == Kind::Static)
        return !m_token.isEmpty();
    return !m_access.isEmpty() && m_accessExpires.isValid()
        && now.addSecs(marginSeconds) < m_accessExpires;
}

QString Credential::serialize() const
{
    if (m_kind == Kind::Static)
        return m_token.reveal(); // what every earlier version wrote: readable by other programs
    if (m_kind == Kind::None)
        return {};
    QJsonObject object { { QStringLiteral("v"), 1 }, { QStringLiteral("kind"), kindName(m_kind) },
        { QStringLiteral("refresh_token"), m_token.reveal() } };
    if (!m_access.isEmpty() && m_accessExpires.isValid()) {
        object.insert(QStringLiteral("access_token"), m_access.reveal());
        object.insert(
            QStringLiteral("access_expires"), m_accessExpires.toUTC().toString(Qt::ISODateWithMs));
    }
    if (m_sessionExpires.isValid())
        object.insert(
            QStringLiteral("expires_at"), m_sessionExpires.toUTC().toString(Qt::ISODateWithMs));
    if (!m_userId.isEmpty())
        object.insert(QStringLiteral("user"), m_userId);
    if (!m_device.isEmpty())
        object.insert(QStringLiteral("device"), m_device);
    if (m_renewed.isValid())
        object.insert(QStringLiteral("renewed_at"), m_renewed.toUTC().toString(Qt::ISODateWithMs));
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

Credential Credential::parse(const QString &stored, Error *error)
{
    Credential out;
    const QString text = stored.trimmed();
    if (text.isEmpty())
        return out;
    if (!text.startsWith(QLatin1Char('{'))) {
        out.m_kind = Kind::Static; // a bare token, as earlier versions (and the seed) keep it
        out.m_token = Secret(text);
        return out;
    }
    const QJsonObject object = QJsonDocument::fromJson(text.toUtf8()).object();
    const QString kind = object.value(QStringLiteral("kind")).toString();
    const QString token = object.value(QStringLiteral("refresh_token")).toString();
    if (object.value(QStringLiteral("v")).toInt() != 1 || kind != QLatin1String("session")
        || token.isEmpty()) {
        if (error)
            *error = Error(Error::Kind::NotSignedIn,
                QCoreApplication::translate("Credential",
                    "The stored sign-in cannot be read (it was written by another version). "
                    "Sign in again."),
                QStringLiteral("stored credential: unknown format (kind \"%1\", v %2)")
                    .arg(kind)
                    .arg(object.value(QStringLiteral("v")).toInt()));
        return out;
    }
    out.m_kind = Kind::Session;
    out.m_token = Secret(token);
    const QDateTime accessExpires = QDateTime::fromString(
        object.value(QStringLiteral("access_expires")).toString(), Qt::ISODateWithMs);
    const QString access = object.value(QStringLiteral("access_token")).toString();
    if (!access.isEmpty() && accessExpires.isValid())
        out.setAccess(Secret(access), accessExpires);
    out.m_sessionExpires = QDateTime::fromString(
        object.value(QStringLiteral("expires_at")).toString(), Qt::ISODateWithMs);
    out.m_userId = object.value(QStringLiteral("user")).toString();
    out.m_device = object.value(QStringLiteral("device")).toString();
    out.m_renewed = QDateTime::fromString(
        object.value(QStringLiteral("renewed_at")).toString(), Qt::ISODateWithMs);
    return out;
}

void Credential::wipe()
{
    m_kind = Kind::None;
    m_token.wipe();
    m_access.wipe();
    m_accessExpires = {};
    m_sessionExpires = {};
    m_userId.clear();
    m_device.clear();
    m_renewed = {};
}
