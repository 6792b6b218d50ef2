#include "Config.h"

#include "TokenStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QSslCertificate>
#include <QStandardPaths>

namespace {
const QString General = QStringLiteral("General");

QString tr(const char *text)
{
    return QCoreApplication::translate("Config", text);
}

const QHash<QString, QVariant> &defaults()
{
    static const QHash<QString, QVariant> values {
        { QStringLiteral("Profile"), QStringLiteral("default") },
        { QStringLiteral("FlowMethod"), QStringLiteral("GET") },
        { QStringLiteral("AllowInsecureHttp"), false },
        { QStringLiteral("Production"), false },
        { QStringLiteral("TimeoutSeconds"), 20 },
        { QStringLiteral("CodeLength"), 6 },
        { QStringLiteral("ResendSeconds"), 30 },
        { QStringLiteral("Kiosk"), false },
        { QStringLiteral("KioskIdleSeconds"), 60 },
        { QStringLiteral("KioskWarningSeconds"), 10 },
        { QStringLiteral("KioskWelcomeSeconds"), 5 },
        { QStringLiteral("KioskKeepTokenInKeychain"), false },
    };
    return values;
}

// Environment variables that map to keys.
const QHash<QString, QString> &environmentKeys()
{
    static const QHash<QString, QString> keys {
        { QStringLiteral("Server"), QStringLiteral("DIRECTUS_URL") },
        { QStringLiteral("LoginFlow"), QStringLiteral("DIRECTUS_LOGIN_FLOW") },
        { QStringLiteral("VerifyFlow"), QStringLiteral("DIRECTUS_VERIFY_FLOW") },
        { QStringLiteral("Profile"), QStringLiteral("DIRECTUS_LOGIN_PROFILE") },
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
    static const QStringList keys { QStringLiteral("Server"), QStringLiteral("LoginFlow"),
        QStringLiteral("VerifyFlow"), QStringLiteral("FlowMethod"),
        QStringLiteral("AllowInsecureHttp"), QStringLiteral("Production") };
    return keys.contains(key);
}

QString Config::profile() const
{
    if (!m_profileOverride.isEmpty() && !isLocked(QStringLiteral("Profile")))
        return m_profileOverride;
    const QString name = value(QStringLiteral("Profile")).toString().trimmed();
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
    return boolean(QStringLiteral("Production"));
}

bool Config::isProduction(const QString &profile) const
{
    return profile == this->profile() ? isProduction()
                                      : toBool(profileValue(profile, QStringLiteral("Production")));
}

bool Config::isComplete() const
{
    return clientOptions().ok();
}

Result<ClientOptions> Config::clientOptions() const
{
    ClientOptions options;
    const QString loginText = string(QStringLiteral("LoginFlow"));
    const QString verifyText = string(QStringLiteral("VerifyFlow"));
    const QString serverText = string(QStringLiteral("Server"));
    if (!serverText.isEmpty()) {
        const auto server = parseServerUrl(serverText);
        if (!server.ok())
            return server.error();
        options.server = server.value();
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
    options.usePost
        = string(QStringLiteral("FlowMethod")).compare(QLatin1String("POST"), Qt::CaseInsensitive)
        == 0;
    options.allowInsecureHttp = boolean(QStringLiteral("AllowInsecureHttp"));
    options.timeoutMs = qBound(1, integer(QStringLiteral("TimeoutSeconds")), 600) * 1000;
    const QString caFile = string(QStringLiteral("CaFile"));
    if (!caFile.isEmpty()) {
        const auto certificates = QSslCertificate::fromPath(caFile, QSsl::Pem);
        if (certificates.isEmpty())
            return Error(
                Error::Kind::InvalidInput, tr("No certificate could be read from %1.").arg(caFile));
        options.extraCaCertificates = certificates;
    }
    return options;
}

bool Config::setUserValue(const QString &key, const QVariant &newValue)
{
    if (isLocked(key))
        return false;
    const QString fk = fileKey(key);
    QDir().mkpath(QFileInfo(m_paths.userFile).absolutePath());
    QSettings settings(m_paths.userFile, QSettings::IniFormat);
    const QString settingsKey
        = fk.startsWith(General + QLatin1Char('/')) ? fk.mid(General.size() + 1) : fk;
    if (newValue.isNull())
        settings.remove(settingsKey);
    else
        settings.setValue(settingsKey, newValue);
    settings.sync();
    if (newValue.isNull())
        m_user.remove(fk);
    else
        m_user.insert(fk, newValue);
    if (m_commandLine.contains(key))
        m_commandLine.insert(key, newValue);
    return settings.status() == QSettings::NoError;
}

QString Config::describe() const
{
    QStringList keys { QStringLiteral("Profile"), QStringLiteral("Server"),
        QStringLiteral("LoginFlow"), QStringLiteral("VerifyFlow"), QStringLiteral("FlowMethod"),
        QStringLiteral("AllowInsecureHttp"), QStringLiteral("Production"),
        QStringLiteral("TimeoutSeconds"), QStringLiteral("CodeLength"),
        QStringLiteral("ResendSeconds"), QStringLiteral("CaFile"), QStringLiteral("Kiosk"),
        QStringLiteral("KioskIdleSeconds"), QStringLiteral("KioskWarningSeconds"),
        QStringLiteral("KioskExec") };
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
                .arg(string(QStringLiteral("KioskPinHash")).isEmpty()
                        ? QStringLiteral("(not set)")
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
