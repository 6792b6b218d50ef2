#include "Config.h"
#include "ConfigKeys.h"

#include "TokenStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QSettings>
#include <QSslCertificate>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace {
const QString General = QStringLiteral("General");

QString tr(const char *text)
{
    return QCoreApplication::translate("Config", text);
}

const QHash<QString, QVariant> &defaults()
{
    static const QHash<QString, QVariant> values {
        { Key::Profile, QStringLiteral("default") },
        { Key::FlowMethod, QStringLiteral("GET") },
        { Key::AllowInsecureHttp, false },
        { Key::Production, false },
        { Key::TimeoutSeconds, 20 },
        { Key::CodeLength, 6 },
        { Key::ResendSeconds, 30 },
        { Key::SessionDays, 7 },
        { Key::Kiosk, false },
        { Key::KioskIdleSeconds, 60 },
        { Key::KioskWarningSeconds, 10 },
        { Key::KioskWelcomeSeconds, 5 },
        { Key::KioskKeepTokenInKeychain, false },
    };
    return values;
}

// Environment variables that map to keys.
const QHash<QString, QString> &environmentKeys()
{
    static const QHash<QString, QString> keys {
        { Key::Server, QStringLiteral("DIRECTUS_URL") },
        { Key::LoginFlow, QStringLiteral("DIRECTUS_LOGIN_FLOW") },
        { Key::VerifyFlow, QStringLiteral("DIRECTUS_VERIFY_FLOW") },
        { Key::Profile, QStringLiteral("DIRECTUS_LOGIN_PROFILE") },
    };
    return keys;
}

QVariantHash readFile(const QString &path)
{
    QVariantHash values;
    if (path.isEmpty() || !QFile::exists(path))
        return values;
    QSettings settings(path, QSettings::IniFormat);
    const QStringList keys = settings.allKeys();
    for (const QString &key : keys) {
        QString name = key;
        if (!name.contains(QLatin1Char('/')))
            name = General + QLatin1Char('/') + name;
        values.insert(name, settings.value(key));
    }
    return values;
}

// Where `key` is in a file, given its own file key `fk`: a profile key in the current profile's
// section, else in [General] (an administrator's value for every profile; within one file the
// profile's section wins); other keys in [General]. Empty when the file does not have it.
QString foundKey(const QVariantHash &file, const QString &key, const QString &fk)
{
    if (file.contains(fk))
        return fk;
    const QString general = General + QLatin1Char('/') + key;
    if (Config::isProfileKey(key) && file.contains(general))
        return general;
    return {};
}

bool toBool(const QVariant &value)
{
    const QString text = value.toString().trimmed().toLower();
    return text == QLatin1String("true") || text == QLatin1String("1")
        || text == QLatin1String("yes") || text == QLatin1String("on");
}
} // namespace

Config::Paths Config::defaultPaths()
{
    Paths paths;
    const QString name = QStringLiteral("directus-login/directus-login.conf");
    // XDG: the system file is in the last of $XDG_CONFIG_DIRS (default /etc/xdg).
    QStringList dirs = QStandardPaths::standardLocations(QStandardPaths::GenericConfigLocation);
    const QString userDir = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    dirs.removeAll(userDir);
    paths.systemFile
        = (dirs.isEmpty() ? QStringLiteral("/etc/xdg") : dirs.last()) + QLatin1Char('/') + name;
    paths.userFile = userDir + QLatin1Char('/') + name;
    return paths;
}

Config::Config(const Paths &paths, const QProcessEnvironment &env, const QVariantHash &commandLine)
    : m_paths(paths)
    , m_env(env)
    , m_commandLine(commandLine)
{
    m_system = readFile(paths.systemFile);
    m_user = readFile(paths.userFile);
    const QVariant locked = m_system.value(General + QStringLiteral("/LockedKeys"));
    const QStringList lockedList = locked.typeId() == QMetaType::QStringList
        ? locked.toStringList()
        : locked.toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &key : lockedList)
        m_locked.append(key.trimmed());
}

bool Config::isProfileKey(const QString &key)
{
    static const QStringList keys { Key::Server, Key::LoginFlow, Key::VerifyFlow, Key::FlowMethod,
        Key::AllowInsecureHttp, Key::Production };
    return keys.contains(key);
}

QString Config::profile() const
{
    if (!m_profileOverride.isEmpty() && !isLocked(Key::Profile))
        return m_profileOverride;
    const QString name = value(Key::Profile).toString().trimmed();
    return name.isEmpty() ? QStringLiteral("default") : name;
}

void Config::setProfile(const QString &name)
{
    m_profileOverride = name.trimmed();
}

QString Config::fileKey(const QString &key) const
{
    if (isProfileKey(key))
        return QStringLiteral("Profile.") + profile() + QLatin1Char('/') + key;
    return General + QLatin1Char('/') + key;
}

bool Config::isLocked(const QString &key) const
{
    return m_locked.contains(key, Qt::CaseInsensitive);
}

Config::Source Config::source(const QString &key) const
{
    const QString fk
        = key == QLatin1String("Profile") ? General + QStringLiteral("/Profile") : fileKey(key);
    if (!isLocked(key)) {
        if (m_commandLine.contains(key))
            return Source::CommandLine;
        const QString envName = environmentKeys().value(key);
        if (!envName.isEmpty() && !m_env.value(envName).isEmpty())
            return Source::Environment;
        if (!foundKey(m_user, key, fk).isEmpty())
            return Source::User;
    }
    if (!foundKey(m_system, key, fk).isEmpty())
        return Source::System;
    return Source::Default;
}

QVariant Config::value(const QString &key) const
{
    const QString fk
        = key == QLatin1String("Profile") ? General + QStringLiteral("/Profile") : fileKey(key);
    switch (source(key)) {
    case Source::CommandLine:
        return m_commandLine.value(key);
    case Source::Environment:
        return m_env.value(environmentKeys().value(key));
    case Source::User:
        return m_user.value(foundKey(m_user, key, fk));
    case Source::System:
        return m_system.value(foundKey(m_system, key, fk));
    case Source::Default:
        break;
    }
    return defaults().value(key);
}

bool Config::boolean(const QString &key) const
{
    return toBool(value(key));
}

int Config::integer(const QString &key) const
{
    bool ok = false;
    const int number = value(key).toString().toInt(&ok);
    return ok ? number : defaults().value(key).toInt();
}

QString Config::sourceName(Source source)
{
    switch (source) {
    case Source::Default:
        return QStringLiteral("default");
    case Source::System:
        return QStringLiteral("system file");
    case Source::User:
        return QStringLiteral("user file");
    case Source::Environment:
        return QStringLiteral("environment");
    case Source::CommandLine:
        return QStringLiteral("command line");
    }
    return {};
}

QStringList Config::profiles() const
{
    QStringList names;
    for (const QVariantHash *values : { &m_system, &m_user }) {
        for (auto it = values->cbegin(); it != values->cend(); ++it) {
            if (it.key().startsWith(QLatin1String("Profile."))) {
                const QString name = it.key().mid(8).section(QLatin1Char('/'), 0, 0);
                if (!names.contains(name))
                    names.append(name);
            }
        }
    }
    if (!names.contains(profile()))
        names.append(profile());
    names.sort();
    return names;
}

bool Config::usesProfiles() const
{
    return profiles().size() > 1 || profile() != QLatin1String("default");
}

QVariant Config::profileValue(const QString &profileName, const QString &key) const
{
    const QString fk = QStringLiteral("Profile.") + profileName + QLatin1Char('/') + key;
    for (const QVariantHash *file : { &m_user, &m_system }) {
        if (isLocked(key) && file == &m_user)
            continue;
        const QString found = foundKey(*file, key, fk);
        if (found == fk)
            return file->value(found);
    }
    for (const QVariantHash *file : { &m_user, &m_system }) {
        if (isLocked(key) && file == &m_user)
            continue;
        const QString found = foundKey(*file, key, fk);
        if (!found.isEmpty())
            return file->value(found);
    }
    return defaults().value(key);
}

bool Config::isProduction() const
{
    return boolean(Key::Production);
}

bool Config::isProduction(const QString &profile) const
{
    return profile == this->profile() ? isProduction()
                                      : toBool(profileValue(profile, Key::Production));
}

bool Config::isComplete() const
{
    return clientOptions().ok();
}

Result<ClientOptions> Config::clientOptions(Need need) const
{
    ClientOptions options;
    const QString loginText = string(Key::LoginFlow);
    const QString verifyText = string(Key::VerifyFlow);
    const QString serverText = string(Key::Server);
    if (!serverText.isEmpty()) {
        const auto server = parseServerUrl(serverText);
        if (!server.ok())
            return server.error();
        options.server = server.value();
    }
    if (need == Need::Server) {
        // status, token, logout, api: the server is enough; flows are taken when they can be read.
        const auto login = FlowRef::parse(loginText);
        const auto verify = FlowRef::parse(verifyText);
        if (login.ok())
            options.loginFlow = login.value();
        if (verify.ok())
            options.verifyFlow = verify.value();
        if (options.server.isEmpty())
            options.server = options.loginFlow.server().isEmpty() ? options.verifyFlow.server()
                                                                  : options.loginFlow.server();
        if (!options.server.isEmpty())
            return withConnectionOptions(options);
    }
    // Say everything that is missing at once, so that nobody has to fix it in three rounds.
    if (loginText.isEmpty() && verifyText.isEmpty()) {
        if (serverText.isEmpty()) {
            return Error(Error::Kind::InvalidInput,
                tr("Nothing is configured yet. Give the server's address (--server or "
                   "DIRECTUS_URL) and the ids or trigger URLs of the sign-in flow (--login-flow) "
                   "and the verification flow (--verify-flow)."),
                QStringLiteral("missing: Server, LoginFlow, VerifyFlow"));
        }
        return Error(Error::Kind::InvalidInput,
            tr("No flows are configured. Give the ids or trigger URLs of the sign-in flow "
               "(--login-flow or DIRECTUS_LOGIN_FLOW) and the verification flow (--verify-flow or "
               "DIRECTUS_VERIFY_FLOW)."),
            QStringLiteral("missing: LoginFlow, VerifyFlow"));
    }
    const auto login = FlowRef::parse(loginText);
    if (loginText.isEmpty())
        return Error(Error::Kind::InvalidInput,
            tr("No sign-in flow is configured. Give its id or trigger URL (--login-flow or "
               "DIRECTUS_LOGIN_FLOW)."));
    if (!login.ok())
        return login.error();
    const auto verify = FlowRef::parse(verifyText);
    if (verifyText.isEmpty())
        return Error(Error::Kind::InvalidInput,
            tr("No verification flow is configured. Give its id or trigger URL (--verify-flow or "
               "DIRECTUS_VERIFY_FLOW)."));
    if (!verify.ok())
        return verify.error();
    options.loginFlow = login.value();
    options.verifyFlow = verify.value();
    if (options.server.isEmpty())
        options.server = options.loginFlow.server().isEmpty() ? options.verifyFlow.server()
                                                              : options.loginFlow.server();
    if (options.server.isEmpty())
        return Error(Error::Kind::InvalidInput,
            tr("No Directus server is configured. Give its address (--server or DIRECTUS_URL), or "
               "paste the flows' full trigger URLs."));
    return withConnectionOptions(options);
}

Result<ClientOptions> Config::withConnectionOptions(ClientOptions options) const
{
    options.usePost
        = string(Key::FlowMethod).compare(QLatin1String("POST"), Qt::CaseInsensitive) == 0;
    options.allowInsecureHttp = boolean(Key::AllowInsecureHttp);
    options.timeoutMs = qBound(1, integer(Key::TimeoutSeconds), 600) * 1000;
    const QString caFile = string(Key::CaFile);
    if (!caFile.isEmpty()) {
        const auto certificates = QSslCertificate::fromPath(caFile, QSsl::Pem);
        if (certificates.isEmpty())
            return Error(
                Error::Kind::InvalidInput, tr("No certificate could be read from %1.").arg(caFile));
        options.extraCaCertificates = certificates;
    }
    return options;
}

namespace {
// "[Section]" → "Section"; empty for a line that is not a section header.
QString sectionOf(const QString &line)
{
    const QString t = line.trimmed();
    return t.size() > 2 && t.startsWith(QLatin1Char('[')) && t.endsWith(QLatin1Char(']'))
        ? t.mid(1, t.size() - 2)
        : QString();
}

// The key of a "key=value" line, as written (still encoded as QSettings writes keys).
QString keyOf(const QString &line)
{
    const QString t = line.trimmed();
    if (t.isEmpty() || t.startsWith(QLatin1Char(';')) || t.startsWith(QLatin1Char('#')))
        return {};
    const qsizetype eq = t.indexOf(QLatin1Char('='));
    return eq > 0 ? t.left(eq).trimmed() : QString();
}
} // namespace

bool Config::writeIniValue(
    const QString &path, const QString &section, const QString &key, const QVariant &newValue)
{
    // The line as QSettings would write it (its encoding of keys and values, which QSettings
    // reads back), found in a scratch file of its own. (For a removal: only the key's encoding.)
    QString entryKey;
    QString entryLine;
    {
        QTemporaryDir scratch;
        if (!scratch.isValid())
            return false;
        const QString file = scratch.filePath(QStringLiteral("entry.conf"));
        {
            QSettings one(file, QSettings::IniFormat);
            one.setValue(
                section + QLatin1Char('/') + key, newValue.isNull() ? QVariant(0) : newValue);
            one.sync();
        }
        QFile written(file);
        if (!written.open(QIODevice::ReadOnly))
            return false;
        const QStringList scratchLines
            = QString::fromUtf8(written.readAll()).split(QLatin1Char('\n'));
        for (const QString &line : scratchLines) {
            if (!keyOf(line).isEmpty()) {
                entryLine = line.trimmed();
                entryKey = keyOf(line);
            }
        }
        if (entryKey.isEmpty())
            return false;
    }

    // Everything else stays as the person (or the administrator) wrote it: comments, order,
    // blank lines, other keys. Only this key's line changes, is added, or goes.
    QStringList lines;
    QFile in(path);
    if (in.exists()) {
        if (!in.open(QIODevice::ReadOnly))
            return false;
        lines = QString::fromUtf8(in.readAll()).split(QLatin1Char('\n'));
        in.close();
        if (!lines.isEmpty() && lines.last().isEmpty())
            lines.removeLast();
    }
    qsizetype sectionStart = -1; // the header's line
    qsizetype sectionEnd = -1; // one past its last non-blank line
    qsizetype found = -1;
    QString current;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString header = sectionOf(lines.at(i));
        if (!header.isEmpty()) {
            current = header;
            if (current == section && sectionStart < 0) {
                sectionStart = i;
                sectionEnd = i + 1;
            }
            continue;
        }
        if (current != section)
            continue;
        if (!lines.at(i).trimmed().isEmpty())
            sectionEnd = i + 1;
        if (keyOf(lines.at(i)) == entryKey)
            found = i;
    }
    if (found >= 0) {
        if (newValue.isNull())
            lines.removeAt(found);
        else
            lines[found] = entryLine;
    } else if (!newValue.isNull()) {
        if (sectionStart >= 0) {
            lines.insert(sectionEnd, entryLine);
        } else {
            if (!lines.isEmpty() && !lines.last().trimmed().isEmpty())
                lines.append(QString());
            lines.append(QLatin1Char('[') + section + QLatin1Char(']'));
            lines.append(entryLine);
        }
    } else {
        return true; // nothing to remove
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return false;
    out.write((lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8());
    return out.commit();
}

bool Config::setUserValue(const QString &key, const QVariant &newValue)
{
    if (isLocked(key))
        return false;
    const QString fk = fileKey(key);
    // "General/Profile" → [General] Profile; "Profile.staging/Server" → [Profile.staging] Server.
    const qsizetype slash = fk.indexOf(QLatin1Char('/'));
    const QString section = slash > 0 ? fk.left(slash) : General;
    const QString name = slash > 0 ? fk.mid(slash + 1) : fk;
    if (!writeIniValue(m_paths.userFile, section, name, newValue))
        return false;
    if (newValue.isNull())
        m_user.remove(fk);
    else
        m_user.insert(fk, newValue);
    if (m_commandLine.contains(key))
        m_commandLine.insert(key, newValue);
    return true;
}

QVariant Config::systemValue(const QString &key) const
{
    return m_system.value(General + QLatin1Char('/') + key);
}

QString Config::describe() const
{
    QStringList keys { Key::Profile, Key::Server, Key::LoginFlow, Key::VerifyFlow, Key::FlowMethod,
        Key::AllowInsecureHttp, Key::Production, Key::TimeoutSeconds, Key::CodeLength,
        Key::ResendSeconds, Key::CaFile, Key::Kiosk, Key::KioskIdleSeconds,
        Key::KioskWarningSeconds, Key::KioskExec, Key::KioskCountries, Key::KioskOrganisation,
        Key::KioskLogo };
    QString text;
    text += QStringLiteral("system file: %1\nuser file: %2\n")
                .arg(m_paths.systemFile, m_paths.userFile);
    for (const QString &key : keys) {
        const QVariant v = value(key);
        text += QStringLiteral("%1 = %2  (%3%4)\n")
                    .arg(key, v.toString(), sourceName(source(key)),
                        isLocked(key) ? QStringLiteral(", locked") : QString());
    }
    text += QStringLiteral("KioskPinHash = %1\n")
                .arg(string(Key::KioskPinHash).isEmpty() ? QStringLiteral("(not set)")
                                                         : QStringLiteral("(set, withheld)"));
    text += QStringLiteral("LockedKeys = %1\n").arg(m_locked.join(QLatin1Char(',')));
    return text;
}

QString Config::tokenKey(const QUrl &server) const
{
    if (isDemo())
        return TokenStore::key(QStringLiteral("demo"), QStringLiteral("https://demo.invalid"));
    return TokenStore::key(profile(), server.toString());
}
