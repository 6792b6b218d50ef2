#include "ResendCooldowns.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSettings>

namespace {
const QString SaltKey = QStringLiteral("General/Salt");
const QString Group = QStringLiteral("Cooldowns");
} // namespace

ResendCooldowns::ResendCooldowns(QString path)
    : m_path(std::move(path))
{
}

QString ResendCooldowns::keyFor(const QString &scope, const QString &e164, bool create) const
{
    QSettings file(m_path, QSettings::IniFormat);
    QByteArray salt = QByteArray::fromHex(file.value(SaltKey).toByteArray());
    if (salt.size() < 16) {
        if (!create)
            return {};
        salt.resize(16);
        QRandomGenerator::system()->generate(salt.begin(), salt.end());
        file.setValue(SaltKey, QString::fromLatin1(salt.toHex()));
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(salt);
    hash.addData(scope.toUtf8() + '\n' + e164.toUtf8());
    return QString::fromLatin1(hash.result().toHex().left(40));
}

ResendCooldowns::Entry ResendCooldowns::entry(const QString &scope, const QString &e164) const
{
    if (m_path.isEmpty() || !QFileInfo::exists(m_path))
        return {};
    const QString key = keyFor(scope, e164, false);
    if (key.isEmpty())
        return {};
    QSettings file(m_path, QSettings::IniFormat);
    const QString value = file.value(Group + QLatin1Char('/') + key).toString();
    const QStringList parts = value.split(QLatin1Char(' '));
    Entry out;
    out.untilWallMs = parts.value(0).toLongLong();
    out.serverDecides = parts.value(1) == QLatin1String("server");
    return out;
}

void ResendCooldowns::set(
    const QString &scope, const QString &e164, const Entry &entry, qint64 nowWallMs)
{
    if (m_path.isEmpty())
        return;
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    const QString key = keyFor(scope, e164, true);
    QSettings file(m_path, QSettings::IniFormat);
    file.beginGroup(Group);
    for (const QString &other : file.childKeys()) {
        if (file.value(other).toString().section(QLatin1Char(' '), 0, 0).toLongLong() <= nowWallMs)
            file.remove(other);
    }
    if (entry.untilWallMs > nowWallMs) {
        file.setValue(key,
            QStringLiteral("%1 %2")
                .arg(entry.untilWallMs)
                .arg(entry.serverDecides ? QStringLiteral("server") : QStringLiteral("client")));
    } else {
        file.remove(key);
    }
    file.endGroup();
    file.sync();
    QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner);
}
