#pragma once

#include "ClientOptions.h"
#include "ConfigKeys.h"
#include "Error.h"

#include <QHash>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QVariant>

// Settings, lowest to highest: built-in defaults, the system file (/etc/xdg/directus-login/
// directus-login.conf), the user file (~/.config/directus-login/directus-login.conf), the
// environment, the command line. Keys the administrator lists in the system file's `LockedKeys`
// take the system file's value (or the default) whatever the user file, environment or command
// line say. Tokens and codes are never written here.
//
// Keys (INI, section [General] unless noted):
//   Profile            current profile name (default "default")
//   Server, LoginFlow, VerifyFlow, FlowMethod (GET|POST), AllowInsecureHttp, Production
//                      per profile, in section [Profile.<name>]
//   TimeoutSeconds (20), CodeLength (6), ResendSeconds (30), CaFile, Language
//   Kiosk (false), KioskIdleSeconds (60), KioskWarningSeconds (10), KioskWelcomeSeconds (5),
//   KioskExec, KioskPinHash, KioskKeepTokenInKeychain (false), KioskCountries (ISO codes),
//   KioskOrganisation, KioskLogo (an image file)
//   LockedKeys         (system file only) comma-separated key names
//   LastRegion, LastPhone   state remembered after a successful sign-in (user file)
class Config
{
public:
    enum class Source { Default, System, User, Environment, CommandLine };

    struct Paths
    {
        QString systemFile;
        QString userFile;
    };
    static Paths defaultPaths();

    // `commandLine` holds key → value for options given on the command line (already mapped to
    // key names, e.g. "Server" for --server).
    Config(const Paths &paths, const QProcessEnvironment &env, const QVariantHash &commandLine);

    QVariant value(const QString &key) const;
    QString string(const QString &key) const { return value(key).toString(); }
    bool boolean(const QString &key) const;
    int integer(const QString &key) const;
    Source source(const QString &key) const;
    static QString sourceName(Source source);
    bool isLocked(const QString &key) const;
    QStringList lockedKeys() const { return m_locked; }

    QString profile() const;
    QStringList profiles() const; // every profile named in the files, plus the current one
    static bool isProfileKey(const QString &key);
    bool isProduction() const; // the current profile is marked Production=true
    bool isProduction(const QString &profile) const; // that profile is (true, 1, yes, on)
    // More than the one implicit "default" profile is in play: several are named in the files,
    // or the current one has another name. (Then the window says which one is current.)
    bool usesProfiles() const;
    // A profile key's value for a profile that need not be the current one (files only, the
    // profile's section first, then [General]): the profile menu shows each one's server.
    QVariant profileValue(const QString &profile, const QString &key) const;
    bool isKiosk() const { return boolean(Key::Kiosk); }
    // A [General] key as the system file has it, whatever the other sources say (invalid when
    // it does not): what only an administrator may decide (KioskCountries).
    QVariant systemValue(const QString &key) const;

    // Server and both flows are known (a flow's trigger URL may supply the server).
    bool isComplete() const;
    // The client options of the current profile, or an InvalidInput error saying what is wrong.
    // Need::Server: only the server must be known (status, token, logout, api use the stored
    // sign-in, not the flows).
    enum class Need { Flows, Server };
    Result<ClientOptions> clientOptions(Need need = Need::Flows) const;

    // Writes to the user file (in the current profile's section for profile keys). False when the
    // key is locked. The value then also reads back through value() unless a higher source wins.
    bool setUserValue(const QString &key, const QVariant &value);
    void setProfile(const QString &name); // switches the current profile (not persisted)
    // Sets (or, for a null value, removes) one key of one section of the INI file at `path`,
    // changing only that line: comments, blank lines, the order and every other key stay as
    // written (QSettings would rewrite the whole file and drop the comments). The line is
    // encoded as QSettings writes it, so QSettings reads it back. False when it cannot write.
    static bool writeIniValue(
        const QString &path, const QString &section, const QString &key, const QVariant &value);

    // The key the token is kept under: TokenStore::key(profile, server); in demo mode
    // (Demo=true, set by --demo) a fixed name, because the demo server's port changes every run.
    QString tokenKey(const QUrl &server) const;
    bool isDemo() const { return boolean(Key::Demo); }

    const Paths &paths() const { return m_paths; }
    // The whole configuration without secrets, for the diagnostic report.
    QString describe() const;

private:
    Result<ClientOptions> withConnectionOptions(ClientOptions options) const;
    QString fileKey(const QString &key) const;

    Paths m_paths;
    QProcessEnvironment m_env;
    QVariantHash m_commandLine;
    QVariantHash m_system; // file keys ("General/X", "Profile.name/X") → value
    QVariantHash m_user;
    QStringList m_locked;
    QString m_profileOverride;
};
