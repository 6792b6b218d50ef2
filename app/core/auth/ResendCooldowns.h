#pragma once

#include <QString>

// When a new code may be asked for each number, kept across restarts of the app in a small state
// file of its own (next to the user's configuration, never in it). A number is never written:
// only a salted SHA-256 of the scope (profile and server), the number and a random salt of this
// file. Entries whose time has passed are dropped on every write.
class ResendCooldowns
{
public:
    // `path` empty: nothing is kept (demo mode, tests that want no state).
    explicit ResendCooldowns(QString path = {});

    struct Entry
    {
        qint64 untilWallMs = 0; // ms since 1970; 0 when none
        // The server said so (resend_after, or a 429): it will answer the same itself, so the
        // request may be sent and the server decides. False: the client's own cooldown.
        bool serverDecides = false;
    };
    Entry entry(const QString &scope, const QString &e164) const;
    void set(const QString &scope, const QString &e164, const Entry &entry, qint64 nowWallMs);
    QString path() const { return m_path; }

private:
    QString keyFor(const QString &scope, const QString &e164, bool create) const;

    QString m_path;
};
