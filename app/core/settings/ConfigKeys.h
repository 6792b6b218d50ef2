#pragma once

#include <QString>

// The configuration's keys (Config), one name each, so that a typo is a compile error and a
// reader finds every use. The INI files spell them exactly so; Config reads them
// case-insensitively. Profile keys live in the [Profile.<name>] section, the others in [General].
namespace Key {
// General
inline const QString Profile = QStringLiteral("Profile");
inline const QString TimeoutSeconds = QStringLiteral("TimeoutSeconds");
inline const QString CodeLength = QStringLiteral("CodeLength");
inline const QString ResendSeconds = QStringLiteral("ResendSeconds");
// The server's REFRESH_TOKEN_TTL in days (Directus: 7): when an unused session ends.
inline const QString SessionDays = QStringLiteral("SessionDays");
// This device's name in its Directus sessions (default "Directus Login on <host name>").
inline const QString DeviceName = QStringLiteral("DeviceName");
inline const QString CaFile = QStringLiteral("CaFile");
inline const QString Language = QStringLiteral("Language");
inline const QString LockedKeys = QStringLiteral("LockedKeys"); // system file only
inline const QString Demo = QStringLiteral("Demo"); // set by --demo, never in a file
// Per profile
inline const QString Server = QStringLiteral("Server");
inline const QString LoginFlow = QStringLiteral("LoginFlow");
inline const QString VerifyFlow = QStringLiteral("VerifyFlow");
inline const QString FlowMethod = QStringLiteral("FlowMethod"); // GET | POST
inline const QString AllowInsecureHttp = QStringLiteral("AllowInsecureHttp");
inline const QString Production = QStringLiteral("Production");
// Kiosk
inline const QString Kiosk = QStringLiteral("Kiosk");
inline const QString KioskIdleSeconds = QStringLiteral("KioskIdleSeconds");
inline const QString KioskWarningSeconds = QStringLiteral("KioskWarningSeconds");
inline const QString KioskWelcomeSeconds = QStringLiteral("KioskWelcomeSeconds");
inline const QString KioskExec = QStringLiteral("KioskExec");
inline const QString KioskPinHash = QStringLiteral("KioskPinHash"); // system file only
inline const QString KioskKeepTokenInKeychain = QStringLiteral("KioskKeepTokenInKeychain");
inline const QString KioskCountries = QStringLiteral("KioskCountries"); // system file only
inline const QString KioskOrganisation = QStringLiteral("KioskOrganisation");
inline const QString KioskLogo = QStringLiteral("KioskLogo"); // an image file
// State remembered after a successful sign-in (user file)
inline const QString LastRegion = QStringLiteral("LastRegion");
inline const QString LastPhone = QStringLiteral("LastPhone");
} // namespace Key
