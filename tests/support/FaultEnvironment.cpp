#include "FaultEnvironment.h"

#include <QDir>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTcpServer>
#include <QThread>

#include <arpa/inet.h>
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {
const QByteArray KeyringPassword = "dl-private-test-keyring";
} // namespace

quint16 closedLoopbackPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

UnacceptingListener::~UnacceptingListener()
{
    for (int fd : std::as_const(m_fillers))
        ::close(fd);
    if (m_listener >= 0)
        ::close(m_listener);
}

bool UnacceptingListener::start()
{
    m_listener = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    socklen_t length = sizeof address;
    if (m_listener < 0
        || ::bind(m_listener, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0
        || ::listen(m_listener, 0) != 0
        || ::getsockname(m_listener, reinterpret_cast<sockaddr *>(&address), &length) != 0) {
        m_error = QStringLiteral("cannot listen: %1").arg(QString::fromLocal8Bit(strerror(errno)));
        return false;
    }
    m_port = ntohs(address.sin_port);
    // Connect until one attempt stays unanswered for 300 ms: the accept queue is full from then on.
    for (int i = 0; i < 16; ++i) {
        const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
        ::fcntl(fd, F_SETFL, O_NONBLOCK);
        ::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address);
        m_fillers.append(fd);
        pollfd p { fd, POLLOUT, 0 };
        if (::poll(&p, 1, 300) == 0)
            return true;
    }
    m_error = QStringLiteral("the accept queue never filled up");
    return false;
}

PrivateKeyring::~PrivateKeyring()
{
    if (m_keyringPid > 0) {
        ::kill(pid_t(m_keyringPid), SIGCONT);
        ::kill(pid_t(m_keyringPid), SIGTERM);
    }
    if (m_bus.state() != QProcess::NotRunning) {
        m_bus.terminate();
        if (!m_bus.waitForFinished(3000))
            m_bus.kill();
        m_bus.waitForFinished(3000);
    }
}

QString PrivateKeyring::unavailableReason()
{
    for (const char *tool : { "dbus-daemon", "dbus-send", "gnome-keyring-daemon", "secret-tool" }) {
        if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
            return QStringLiteral("%1 is missing (install dbus, gnome-keyring and libsecret-tools)")
                .arg(QString::fromLatin1(tool));
    }
    return {};
}

QProcessEnvironment PrivateKeyring::environment(QProcessEnvironment base) const
{
    base.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), m_address);
    base.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_dir.filePath(QStringLiteral("runtime")));
    base.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    for (const char *name :
        { "DISPLAY", "WAYLAND_DISPLAY", "XDG_CURRENT_DESKTOP", "DESKTOP_SESSION",
            "KDE_FULL_SESSION", "KDE_SESSION_VERSION", "GNOME_DESKTOP_SESSION_ID" })
        base.remove(QString::fromLatin1(name));
    return base;
}

QString PrivateKeyring::run(const QString &program, const QStringList &arguments,
    const QByteArray &input, int *exitCode) const
{
    QProcess process;
    process.setProcessEnvironment(environment());
    process.start(program, arguments);
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(10000)) {
        process.kill();
        process.waitForFinished();
        if (exitCode)
            *exitCode = -1;
        return {};
    }
    if (exitCode)
        *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return QString::fromUtf8(process.readAllStandardOutput());
}

bool PrivateKeyring::start()
{
    m_error = unavailableReason();
    if (!m_error.isEmpty())
        return false;
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("no temporary directory");
        return false;
    }
    for (const char *sub : { "runtime", "data" }) {
        QDir(m_dir.path()).mkpath(QString::fromLatin1(sub));
        QFile::setPermissions(m_dir.filePath(QString::fromLatin1(sub)),
            QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    m_bus.setProcessChannelMode(QProcess::SeparateChannels);
    m_bus.start(QStringLiteral("dbus-daemon"),
        { QStringLiteral("--session"), QStringLiteral("--nofork"), QStringLiteral("--nopidfile"),
            QStringLiteral("--print-address=1"),
            QStringLiteral("--address=unix:path=") + m_dir.filePath(QStringLiteral("bus")) });
    QElapsedTimer clock;
    clock.start();
    QByteArray line;
    while (!line.contains('\n') && clock.elapsed() < 5000) {
        m_bus.waitForReadyRead(100);
        line += m_bus.readAllStandardOutput();
    }
    m_address = QString::fromUtf8(line.trimmed());
    if (m_address.isEmpty()) {
        m_error = QStringLiteral("dbus-daemon did not start: ")
            + QString::fromLocal8Bit(m_bus.readAllStandardError());
        return false;
    }
    return startKeyring();
}

bool PrivateKeyring::startKeyring()
{
    QElapsedTimer clock;
    clock.start();
    int rc = 0;
    run(QStringLiteral("gnome-keyring-daemon"),
        { QStringLiteral("--unlock"), QStringLiteral("--components=secrets") }, KeyringPassword,
        &rc);
    const QStringList busCall { QStringLiteral("--session"), QStringLiteral("--print-reply"),
        QStringLiteral("--dest=org.freedesktop.DBus"), QStringLiteral("/org/freedesktop/DBus") };
    while (clock.elapsed() < 10000) {
        const QString owned = run(QStringLiteral("dbus-send"),
            busCall
                + QStringList { QStringLiteral("org.freedesktop.DBus.NameHasOwner"),
                    QStringLiteral("string:org.freedesktop.secrets") });
        if (owned.contains(QLatin1String("true"))) {
            const QString pid = run(QStringLiteral("dbus-send"),
                busCall
                    + QStringList {
                        QStringLiteral("org.freedesktop.DBus.GetConnectionUnixProcessID"),
                        QStringLiteral("string:org.freedesktop.secrets") });
            m_keyringPid = pid.section(QLatin1String("uint32"), 1).trimmed().toLongLong();
            if (m_keyringPid <= 0) {
                m_error = QStringLiteral("cannot find the keyring's process: ") + pid;
                return false;
            }
            return true;
        }
        QThread::msleep(50);
    }
    m_error = QStringLiteral("gnome-keyring-daemon did not take org.freedesktop.secrets (exit %1)")
                  .arg(rc);
    return false;
}

bool PrivateKeyring::lock()
{
    int rc = 0;
    run(QStringLiteral("dbus-send"),
        { QStringLiteral("--session"), QStringLiteral("--print-reply"),
            QStringLiteral("--dest=org.freedesktop.secrets"),
            QStringLiteral("/org/freedesktop/secrets"),
            QStringLiteral("org.freedesktop.Secret.Service.Lock"),
            QStringLiteral("array:objpath:/org/freedesktop/secrets/collection/login") },
        {}, &rc);
    m_locked = rc == 0;
    return m_locked;
}

bool PrivateKeyring::unlock()
{
    // Unlocking a running gnome-keyring needs a prompt (or its private D-Bus interface); a new
    // daemon started with the password opens the same keyring file unlocked.
    if (!m_locked)
        return true;
    m_locked = false;
    if (m_keyringPid > 0) {
        ::kill(pid_t(m_keyringPid), SIGCONT);
        ::kill(pid_t(m_keyringPid), SIGTERM);
        QElapsedTimer clock;
        clock.start();
        while (::kill(pid_t(m_keyringPid), 0) == 0 && clock.elapsed() < 5000)
            QThread::msleep(20);
        m_keyringPid = 0;
    }
    return startKeyring();
}

bool PrivateKeyring::stall()
{
    m_stalled = m_keyringPid > 0 && ::kill(pid_t(m_keyringPid), SIGSTOP) == 0;
    return m_stalled;
}

bool PrivateKeyring::resume()
{
    const bool ok = m_keyringPid > 0 && ::kill(pid_t(m_keyringPid), SIGCONT) == 0;
    m_stalled = false;
    return ok;
}

QString PrivateKeyring::storedTokens() const
{
    QProcess process;
    process.setProcessEnvironment(environment());
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("secret-tool"),
        { QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("--unlock"),
            QStringLiteral("server"), QStringLiteral("directus-login") });
    process.closeWriteChannel();
    if (!process.waitForFinished(10000)) {
        process.kill();
        process.waitForFinished();
        return QStringLiteral("<secret-tool did not answer>");
    }
    return QString::fromUtf8(process.readAll()).trimmed();
}

QString PrivateKeyring::lookup(const QString &key) const
{
    return run(QStringLiteral("secret-tool"),
        { QStringLiteral("lookup"), QStringLiteral("server"), QStringLiteral("directus-login"),
            QStringLiteral("user"), key })
        .trimmed();
}
