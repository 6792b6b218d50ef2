#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QTemporaryDir>

// Helpers for fault tests that need the operating system to misbehave on cue.

// A port on 127.0.0.1 where nothing listens (connecting is refused at once).
quint16 closedLoopbackPort();

// A listening socket on 127.0.0.1 that never accepts and whose accept queue is already full, so a
// new connection attempt gets no answer at all (the kernel drops its SYN): a deterministic
// "connect timeout" without leaving the machine. Linux only.
class UnacceptingListener
{
public:
    UnacceptingListener() = default;
    ~UnacceptingListener();
    UnacceptingListener(const UnacceptingListener &) = delete;
    UnacceptingListener &operator=(const UnacceptingListener &) = delete;

    // False (see error()) when the queue cannot be filled.
    bool start();
    quint16 port() const { return m_port; }
    QString error() const { return m_error; }

private:
    int m_listener = -1;
    QList<int> m_fillers;
    quint16 m_port = 0;
    QString m_error;
};

// In a test function (initTestCase): when a private keyring cannot run here, fails if
// tests/with-keyring promised one (DL_WITH_KEYRING), else skips loudly, naming `what` needs it.
#define DL_REQUIRE_PRIVATE_KEYRING(what)                                                           \
    do {                                                                                           \
        const QString missing_ = PrivateKeyring::unavailableReason();                              \
        if (!missing_.isEmpty()) {                                                                 \
            if (!qEnvironmentVariableIsEmpty("DL_WITH_KEYRING"))                                   \
                QFAIL(qPrintable(QStringLiteral(what " cannot run: ") + missing_));                \
            QSKIP(qPrintable(                                                                      \
                QStringLiteral("SKIPPED LOUDLY: " what ": no private gnome-keyring here: ")        \
                + missing_));                                                                      \
        }                                                                                          \
    } while (false)

// A private D-Bus session bus with its own unlocked gnome-keyring, for tests that lock, stall
// (SIGSTOP) or kill the keyring: the shared keyring of tests/with-keyring stays untouched, so such
// tests can run in parallel with the others. Child processes get it through environment().
class PrivateKeyring
{
public:
    PrivateKeyring() = default;
    ~PrivateKeyring();
    PrivateKeyring(const PrivateKeyring &) = delete;
    PrivateKeyring &operator=(const PrivateKeyring &) = delete;

    // Why a private keyring cannot run here (tools missing), empty when it can.
    static QString unavailableReason();

    bool start();
    QString error() const { return m_error; }
    QString busAddress() const { return m_address; }
    qint64 keyringPid() const { return m_keyringPid; }

    // `base` with this bus, runtime and data folders, and no display (no prompt can appear).
    QProcessEnvironment environment(
        QProcessEnvironment base = QProcessEnvironment::systemEnvironment()) const;

    bool lock(); // locks the login collection through the Secret Service API
    // After lock(): restarts the daemon with the password (the same keyring, unlocked).
    bool unlock();
    bool stall(); // SIGSTOP the keyring daemon: the bus stays, the Secret Service never answers
    bool resume(); // SIGCONT
    // `secret-tool search --all server directus-login` on this bus: the attributes and secrets of
    // every stored token, as text ("" when none).
    QString storedTokens() const;
    // The secret stored under `key` (TokenStore::key), empty when none.
    QString lookup(const QString &key) const;

private:
    bool startKeyring();
    QString run(const QString &program, const QStringList &arguments, const QByteArray &input = {},
        int *exitCode = nullptr) const;

    QTemporaryDir m_dir;
    QProcess m_bus;
    QString m_address;
    qint64 m_keyringPid = 0;
    bool m_stalled = false;
    bool m_locked = false;
    QString m_error;
};
