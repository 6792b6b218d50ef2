#include "KioskPinCommand.h"

#include "KioskPin.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <csignal>
#include <termios.h>
#include <unistd.h>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("KioskPinCommand", text);
}

void write(std::FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

// The terminal's settings while echo is off, to put back if the person presses Ctrl+C.
int g_ttyFd = -1;
struct termios g_saved;

extern "C" void restoreTerminal(int signal)
{
    if (g_ttyFd >= 0)
        tcsetattr(g_ttyFd, TCSANOW, &g_saved);
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

// One line from `in`, without its line end; false at the end of the input.
bool readLine(std::FILE *in, QByteArray &line)
{
    line.clear();
    int ch;
    while ((ch = std::fgetc(in)) != EOF && ch != '\n')
        line.append(char(ch));
    if (line.endsWith('\r'))
        line.chop(1);
    return ch != EOF || !line.isEmpty();
}

// Asks on the terminal with echo off. Echo goes off before the prompt appears, so that nothing
// typed in answer to it is ever shown.
bool readHidden(std::FILE *in, std::FILE *err, const QString &prompt, QByteArray &line)
{
    const int fd = fileno(in);
    struct termios saved;
    const bool haveTerminal = tcgetattr(fd, &saved) == 0;
    if (haveTerminal) {
        g_saved = saved;
        g_ttyFd = fd;
        std::signal(SIGINT, restoreTerminal);
        std::signal(SIGTERM, restoreTerminal);
        std::signal(SIGHUP, restoreTerminal);
        struct termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        quiet.c_lflag |= tcflag_t(ECHONL);
        tcsetattr(fd, TCSAFLUSH, &quiet); // also drops anything typed before the prompt
    }
    write(err, prompt);
    const bool ok = readLine(in, line);
    if (haveTerminal) {
        tcsetattr(fd, TCSANOW, &saved);
        g_ttyFd = -1;
        std::signal(SIGINT, SIG_DFL);
        std::signal(SIGTERM, SIG_DFL);
        std::signal(SIGHUP, SIG_DFL);
    }
    return ok;
}

void wipe(QByteArray &bytes)
{
    bytes.fill('\0');
    bytes.clear();
}

void wipe(QString &text)
{
    text.fill(QLatin1Char('\0'));
    text.clear();
}
} // namespace

int KioskPinCommand::run(
    const QStringList &arguments, std::FILE *in, std::FILE *out, std::FILE *err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Makes the hash of a kiosk's administrator PIN (%1 to %2 digits) for the system "
        "configuration file. From a terminal it asks twice and shows nothing; otherwise it reads "
        "one line from standard input. Prints the line to put in [General] of "
        "/etc/xdg/directus-login/directus-login.conf.")
                                         .arg(KioskPin::MinLength)
                                         .arg(KioskPin::MaxLength));
    const QCommandLineOption help(
        { QStringLiteral("h"), QStringLiteral("help") }, tr("Show this help."));
    const QCommandLineOption iterations(QStringLiteral("iterations"),
        tr("PBKDF2 iterations (default %1).").arg(KioskPin::DefaultIterations), tr("N"),
        QString::number(KioskPin::DefaultIterations));
    parser.addOptions({ help, iterations });
    parser.addPositionalArgument(QStringLiteral("kiosk-pin"), tr("The command."));

    const auto usage = [err](const QString &message) {
        write(err,
            QStringLiteral("directus-login kiosk-pin: %1\n").arg(message)
                + tr("Try 'directus-login kiosk-pin --help'.") + QLatin1Char('\n'));
        return 2;
    };
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        text.replace(QStringLiteral("[options] kiosk-pin"), QStringLiteral("kiosk-pin [options]"));
        write(out, text);
        return 0;
    }
    QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty() && positional.first() == QLatin1String("kiosk-pin"))
        positional.removeFirst();
    if (!positional.isEmpty()) {
        //: Do not pass the PIN as an argument: the error that says so.
        return usage(tr("unexpected argument; the PIN is read from the terminal or standard "
                        "input, never from the command line (where other users can see it)"));
    }
    bool ok = false;
    const int rounds = parser.value(iterations).toInt(&ok);
    if (!ok || rounds < KioskPin::MinIterations || rounds > KioskPin::MaxIterations) {
        return usage(tr("--iterations must be a number from %1 to %2")
                         .arg(KioskPin::MinIterations)
                         .arg(KioskPin::MaxIterations));
    }

    const bool interactive = isatty(fileno(in));
    QByteArray first, second;
    if (interactive) {
        if (!readHidden(in, err, tr("Administrator PIN: "), first)) {
            wipe(first);
            write(err, tr("directus-login kiosk-pin: no PIN was given.") + QLatin1Char('\n'));
            return 1;
        }
        const Error invalid = KioskPin::checkPin(QString::fromUtf8(first));
        if (invalid) {
            wipe(first);
            write(err, QStringLiteral("directus-login kiosk-pin: %1\n").arg(invalid.message()));
            return 2;
        }
        if (!readHidden(in, err, tr("The same PIN again: "), second) || second != first) {
            wipe(first);
            wipe(second);
            write(err,
                tr("directus-login kiosk-pin: the two PINs differ; nothing was made.")
                    + QLatin1Char('\n'));
            return 1;
        }
    } else if (!readLine(in, first)) {
        write(err, tr("directus-login kiosk-pin: no PIN on standard input.") + QLatin1Char('\n'));
        return 1;
    }
    wipe(second);
    QString pin = QString::fromUtf8(first).trimmed();
    wipe(first);
    const Error invalid = KioskPin::checkPin(pin);
    if (invalid) {
        wipe(pin);
        write(err, QStringLiteral("directus-login kiosk-pin: %1\n").arg(invalid.message()));
        return 2;
    }
    const QString line = QStringLiteral("KioskPinHash=") + KioskPin::makeHash(pin, rounds);
    wipe(pin);
    write(out, line + QLatin1Char('\n'));
    if (interactive) {
        write(err,
            tr("Put this line in [General] of the system configuration file "
               "(/etc/xdg/directus-login/directus-login.conf). It is read from that file "
               "only.")
                + QLatin1Char('\n'));
    }
    return 0;
}
