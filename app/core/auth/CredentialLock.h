#pragma once

#include "Error.h"

#include <QObject>
#include <functional>
#include <memory>

class QLockFile;
class QTimer;

// Serialises the renewal of one credential across processes (the window, `directus-login token`
// in a script, a kiosk's child): Directus rotates a refresh token strictly, so two processes
// renewing with the same one at once would leave one of them with a token the server never
// stored. A lock file per credential key in the runtime directory ($XDG_RUNTIME_DIR/
// directus-login, else a private folder under the temporary directory); the lock of a process
// that died is taken over (QLockFile checks whether its owner still runs).
//
// acquire() never blocks the event loop: it tries at once, then every 20 ms until `timeoutMs`,
// and calls `done` once, on the caller's thread (KeychainTimeout-like Error::Kind::Timeout when
// another process held it all that time). The lock is held until release() or destruction.
class CredentialLock : public QObject
{
    Q_OBJECT
public:
    explicit CredentialLock(const QString &key, QObject *parent = nullptr);
    ~CredentialLock() override;

    void acquire(int timeoutMs, std::function<void(Error)> done);
    void release();
    bool isHeld() const { return m_held; }

    // The lock file's path for a key (tests).
    static QString pathFor(const QString &key);

private:
    void attempt();

    std::unique_ptr<QLockFile> m_file;
    QTimer *m_retry;
    std::function<void(Error)> m_done;
    qint64 m_deadline = 0;
    bool m_held = false;
};
