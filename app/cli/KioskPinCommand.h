#pragma once

#include <QStringList>

#include <cstdio>

// `directus-login kiosk-pin`: makes the administrator PIN's hash for a kiosk's system file.
// From a terminal it asks for the PIN twice without showing it; otherwise it reads one line from
// standard input. It prints the line to paste into [General] of the system file:
//
//   KioskPinHash=pbkdf2-sha256$<iterations>$<salt base64>$<hash base64>
//
// Exit codes: 0 printed, 1 the two entries differ or input ended, 2 usage error or an unusable PIN.
class KioskPinCommand
{
public:
    // arguments: the whole command line ({"directus-login", "kiosk-pin", …}). Synchronous: it
    // needs no event loop.
    static int run(const QStringList &arguments, std::FILE *in, std::FILE *out, std::FILE *err);
};
