#include "Cli.h"
#include "ConfigKeys.h"

#include "Bidi.h"
#include "Config.h"
#include "CountryList.h"
#include "DirectusClient.h"
#include "NetworkLog.h"
#include "OtpCode.h"
#include "PhoneNumber.h"
#include "SignInSession.h"
#include "SimulatedPhone.h"
#include "TokenStore.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTimer>

namespace {
constexpr int ExitOk = 0;
constexpr int ExitFailure = 1;
constexpr int ExitUsage = 2;
constexpr int ExitAuth = 4;

bool isKeychainKind(Error::Kind kind)
{
    return kind == Error::Kind::KeychainLocked || kind == Error::Kind::KeychainUnavailable
        || kind == Error::Kind::KeychainDenied || kind == Error::Kind::KeychainTimeout;
}

QCommandLineOption opt(
    const QStringList &names, const char *description, const QString &valueName = {})
{
    return QCommandLineOption(names, QCoreApplication::translate("Cli", description), valueName);
}
} // namespace

Cli::Cli(const Context &context, QObject *parent)
    : QObject(parent)
    , m_ctx(context)
{
}

Cli::~Cli() = default;

QStringList Cli::commands()
{
    return { QStringLiteral("request-code"), QStringLiteral("verify"), QStringLiteral("sign-in"),
        QStringLiteral("status"), QStringLiteral("token"), QStringLiteral("logout"),
        QStringLiteral("api") };
}

void Cli::addOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        opt({ QStringLiteral("server") },
            QT_TRANSLATE_NOOP("Cli", "Directus server address (or DIRECTUS_URL)."),
            QStringLiteral("URL")),
        opt({ QStringLiteral("login-flow") },
            QT_TRANSLATE_NOOP(
                "Cli", "Sign-in flow: its id or trigger URL (or DIRECTUS_LOGIN_FLOW)."),
            QStringLiteral("ID|URL")),
        opt({ QStringLiteral("verify-flow") },
            QT_TRANSLATE_NOOP(
                "Cli", "Verification flow: its id or trigger URL (or DIRECTUS_VERIFY_FLOW)."),
            QStringLiteral("ID|URL")),
        opt({ QStringLiteral("profile") },
            QT_TRANSLATE_NOOP(
                "Cli", "Use the named profile (server and flows) from the configuration."),
            QStringLiteral("NAME")),
        opt({ QStringLiteral("demo") },
            QT_TRANSLATE_NOOP("Cli", "Use the built-in demo server: no network, simulated SMS.")),
        opt({ QStringLiteral("json") }, QT_TRANSLATE_NOOP("Cli", "Print machine-readable JSON.")),
        opt({ QStringLiteral("verbose") },
            QT_TRANSLATE_NOOP("Cli", "Log every request and response to stderr, secrets masked.")),
        opt({ QStringLiteral("timeout") },
            QT_TRANSLATE_NOOP("Cli",
                "Give up on a request after this many seconds without progress (default 20)."),
            QStringLiteral("SECONDS")),
        opt({ QStringLiteral("post") },
            QT_TRANSLATE_NOOP("Cli", "Call the flows with POST and a JSON body instead of GET.")),
        opt({ QStringLiteral("allow-http") },
            QT_TRANSLATE_NOOP(
                "Cli", "Allow plain http:// to a server that is not on this machine.")),
        opt({ QStringLiteral("ca-file") },
            QT_TRANSLATE_NOOP("Cli", "Also trust the certificate authorities in this PEM file."),
            QStringLiteral("FILE")),
        opt({ QStringLiteral("phone") },
            QT_TRANSLATE_NOOP("Cli", "request-code, sign-in: the phone number, in any format."),
            QStringLiteral("NUMBER")),
        opt({ QStringLiteral("country") },
            QT_TRANSLATE_NOOP("Cli",
                "request-code, sign-in: the country of a number without +, as an ISO code (GB)."),
            QStringLiteral("CC")),
        opt({ QStringLiteral("voice") },
            QT_TRANSLATE_NOOP("Cli",
                "request-code: the code by a phone call instead (our flows allow it once an SMS "
                "was sent).")),
        opt({ QStringLiteral("insecure-storage") },
            QT_TRANSLATE_NOOP("Cli",
                "sign-in, request-code, verify: keep the sign-in in a file of yours (mode 0600) "
                "instead of the "
                "keychain, for machines that have none. Anyone who can read your files can use "
                "it.")),
        opt({ QStringLiteral("print-token") },
            QT_TRANSLATE_NOOP("Cli",
                "sign-in, request-code, verify: print the access token once and store nothing "
                "(keep it "
                "yourself, e.g. as DIRECTUS_TOKEN).")),
        opt({ QStringLiteral("session") },
            QT_TRANSLATE_NOOP("Cli", "verify: the otp_session_uuid from request-code."),
            QStringLiteral("UUID")),
        opt({ QStringLiteral("code") }, QT_TRANSLATE_NOOP("Cli", "verify: the code from the SMS."),
            QStringLiteral("CODE")),
        opt({ QStringLiteral("X"), QStringLiteral("method") },
            QT_TRANSLATE_NOOP("Cli", "api: the HTTP method (default GET)."),
            QStringLiteral("METHOD")),
        opt({ QStringLiteral("data") }, QT_TRANSLATE_NOOP("Cli", "api: a JSON request body."),
            QStringLiteral("JSON")),
    });
}

void Cli::run(const QString &command, const QCommandLineParser &parser,
    const QStringList &arguments, const Error &configError)
{
    m_parser = &parser;
    m_arguments = arguments;
    m_json = parser.isSet(QStringLiteral("json"));
    m_command = command;

    const bool needsServer = command != QLatin1String("token") || tokenFromEnvironment().isEmpty();
    if (configError && needsServer) {
        QTimer::singleShot(0, this, [this, configError] {
            printError(configError.message());
            finish(ExitUsage);
        });
        return;
    }

    using Method = void (Cli::*)();
    static const QHash<QString, Method> methods {
        { QStringLiteral("request-code"), &Cli::requestCode },
        { QStringLiteral("verify"), &Cli::verify },
        { QStringLiteral("sign-in"), &Cli::signIn },
        { QStringLiteral("status"), &Cli::status },
        { QStringLiteral("token"), &Cli::token },
        { QStringLiteral("logout"), &Cli::logout },
        { QStringLiteral("api"), &Cli::api },
    };
    const Method method = methods.value(command);
    QTimer::singleShot(0, this, [this, method, command] {
        if (!method) {
            usage(tr("Unknown command \"%1\". Commands: %2.")
                      .arg(command, commands().join(QStringLiteral(", "))));
            return;
        }
        (this->*method)();
    });
}

// --- output -----------------------------------------------------------------------------------

QString Cli::forTerminal(const QString &text)
{
    // Numbers and codes come isolated as left-to-right runs (Bidi::ltr), which an Arabic line
    // needs. A left-to-right language needs none: there they would only be invisible characters
    // in what a person copies from the terminal or a script greps.
    return QLocale().textDirection() == Qt::RightToLeft ? text : Bidi::plain(text);
}

void Cli::print(const QString &text)
{
    m_ctx.out.write(forTerminal(text).toUtf8());
    if (!text.endsWith(QLatin1Char('\n')))
        m_ctx.out.write("\n");
}

void Cli::printError(const QString &text)
{
    m_ctx.err.write(forTerminal(text).toUtf8());
    if (!text.endsWith(QLatin1Char('\n')))
        m_ctx.err.write("\n");
}

void Cli::printJson(const QJsonObject &object)
{
    m_ctx.out.write(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

void Cli::finish(int code)
{
    if (m_finished)
        return;
    m_finished = true;
    emit finished(code);
}

void Cli::usage(const QString &message)
{
    printError(message);
    printError(tr("Run \"directus-login --help\" for the commands and options."));
    finish(ExitUsage);
}

void Cli::fail(const Error &error, int code)
{
    if (m_json) {
        QJsonObject object { { QStringLiteral("error"), error.kindName() },
            { QStringLiteral("message"), forTerminal(error.message()) } };
        if (!error.detail().isEmpty())
            object.insert(QStringLiteral("detail"), error.detail());
        if (!error.diagnosis().isEmpty())
            object.insert(QStringLiteral("diagnosis"), error.diagnosis());
        if (error.httpStatus())
            object.insert(QStringLiteral("status"), error.httpStatus());
        if (!error.serverCode().isEmpty())
            object.insert(QStringLiteral("code"), error.serverCode());
        m_ctx.err.write(QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n');
    } else {
        printError(tr("Error: %1").arg(error.message()));
        if (!error.diagnosis().isEmpty())
            printError(tr("Diagnosis: %1").arg(error.diagnosis()));
        if (!error.detail().isEmpty())
            printError(tr("Details: %1").arg(error.detail()));
    }
    finish(code >= 0 ? code : error.exitCode());
}

QString Cli::serverText() const
{
    if (m_ctx.demo) {
        //: The server in "Signed in to %1 as %2", "Not signed in to %1", "Signed out of %1",
        //: "rejected by %1" (so in German the dative: "dem Demo-Server").
        return tr("the demo server");
    }
    return m_ctx.client.server().toString();
}

QString Cli::tokenFromEnvironment() const
{
    return m_ctx.env.value(QStringLiteral("DIRECTUS_TOKEN")).trimmed();
}

QString Cli::phoneRegion() const
{
    const QString country = m_parser->value(QStringLiteral("country")).trimmed().toUpper();
    if (!country.isEmpty())
        return country;
    const QString last = m_ctx.config.string(Key::LastRegion);
    if (!last.isEmpty())
        return last;
    return CountryList::systemRegion(m_ctx.env);
}

// --- request-code / verify / sign-in ------------------------------------------------------------

bool Cli::phoneFromOptions(const QString &command, PhoneNumber &phone)
{
    const QString input = m_parser->value(QStringLiteral("phone"));
    if (input.trimmed().isEmpty()) {
        usage(tr("%1 needs --phone NUMBER.").arg(command));
        return false;
    }
    const QString country = m_parser->value(QStringLiteral("country")).trimmed().toUpper();
    if (!country.isEmpty() && CountryList().indexOf(country) < 0) {
        usage(tr("\"%1\" is not a country code. Use a two-letter ISO code such as GB or US.")
                  .arg(country));
        return false;
    }
    phone = PhoneNumber::parse(input, phoneRegion());
    if (!phone.isValid()) {
        // A number that cannot be read is a usage error; a program that cannot read any is not.
        const Error error = phone.error();
        fail(error, error.kind() == Error::Kind::InvalidInput ? ExitUsage : -1);
        return false;
    }
    return true;
}

void Cli::listenForDemoSms()
{
    if (!m_ctx.demo)
        return;
    connect(m_ctx.demo, &SimulatedPhone::smsSent, this,
        [this](const QString &, const QString &text, const QString &code) {
            m_demoCode = code;
            // The simulated phone: shown to a person at a terminal, used as autofill otherwise.
            if (m_ctx.inputIsTerminal)
                printError(tr("[demo SMS] %1").arg(text));
        });
}

void Cli::whenStorable(std::function<void()> go)
{
    m_ctx.store.checkUsable(m_ctx.session.tokenKey(), this, [this, go](Error error) {
        if (!error) {
            go();
            return;
        }
        // Before any SMS or code is spent: a sign-in that cannot be kept is not started.
        const QString what = error.kind() == Error::Kind::KeychainLocked
            //: What to do when the keychain is locked (before "or add --insecure-storage …").
            ? tr("Unlock the keyring (for example by signing in to the desktop) and try again")
            //: What to do when no keychain runs (before "or add --insecure-storage …").
            : tr("Start a keyring (gnome-keyring or KWallet) and try again");
        //: sign-in, request-code, verify on a machine whose keychain cannot be used. %1 says
        //: why, %2 what to do.
        fail(error.withMessage(tr("The sign-in could not be kept here: %1 Nothing was sent. %2, "
                                  "or add --insecure-storage (kept in a file of yours, mode "
                                  "0600) or --print-token (printed once, nothing stored).")
                                   .arg(keychainReason(error), what)),
            ExitFailure);
    });
}

QString Cli::keychainReason(const Error &error)
{
    switch (error.kind()) {
    case Error::Kind::KeychainUnavailable:
        return tr("no keychain is running on this machine.");
    case Error::Kind::KeychainLocked:
        return tr("the keychain is locked.");
    case Error::Kind::KeychainTimeout:
        return tr("the keychain did not answer.");
    default:
        return tr("the keychain refused.");
    }
}

void Cli::requestCode()
{
    PhoneNumber phone;
    if (!phoneFromOptions(QStringLiteral("request-code"), phone))
        return;
    whenStorable([this, phone] { sendCodeRequest(phone); });
}

void Cli::sendCodeRequest(const PhoneNumber &phone)
{
    listenForDemoSms();
    connect(&m_ctx.session, &SignInSession::failed, this,
        [this](SignInSession::Step, const Error &error) { fail(error); });
    connect(&m_ctx.session, &SignInSession::codeSent, this, [this](bool) {
        const QString uuid = m_ctx.session.sessionUuid();
        const PhoneNumber sent = m_ctx.session.phone();
        const SignInSession &session = m_ctx.session;
        const qint64 expires = session.codeExpiresInMs();
        const qint64 resend = session.resendAvailableInMs();
        if (m_json) {
            QJsonObject object { { QStringLiteral("otp_session_uuid"), uuid },
                { QStringLiteral("phone_number"), sent.e164() },
                { QStringLiteral("channel"),
                    session.codeByCall() ? QStringLiteral("voice") : QStringLiteral("sms") },
                { QStringLiteral("resend_after"), int((resend + 999) / 1000) } };
            // What the server said; absent when it did not (the seed's flows).
            if (session.codeLength() > 0)
                object.insert(QStringLiteral("code_length"), session.codeLength());
            if (expires >= 0)
                object.insert(QStringLiteral("expires_in"), int(expires / 1000));
            if (session.attemptsLeft() >= 0)
                object.insert(QStringLiteral("attempts_left"), session.attemptsLeft());
            if (m_ctx.demo)
                object.insert(QStringLiteral("demo_code"), m_demoCode);
            printJson(object);
        } else {
            if (m_parser->isSet(QStringLiteral("voice")) && !session.codeByCall()) {
                // Inside the cooldown the server answers the pending SMS session again.
                print(tr("No call yet: the code was sent to %1 by SMS moments ago. A call can be "
                         "asked for in %n second(s).",
                    nullptr, int((resend + 999) / 1000))
                          .arg(Bidi::number(sent.masked())));
            } else {
                const QString masked = Bidi::number(sent.masked());
                print(session.codeByCall() ? tr("Calling %1 with the code.").arg(masked)
                                           : tr("Code sent to %1.").arg(masked));
            }
            if (expires >= 0) {
                //: request-code; %1 "in 10 minutes"-like text, %n seconds before a new code.
                print(tr("It expires in %1; a new one can be asked for in %n second(s).", nullptr,
                    int((resend + 999) / 1000))
                          .arg(tr("%n minute(s)", nullptr, int((expires + 59999) / 60000))));
            }
            print(tr("Session: %1").arg(uuid));
            if (m_ctx.demo && !m_ctx.inputIsTerminal)
                print(tr("Demo code: %1").arg(Bidi::number(m_demoCode)));
            print(tr("Next: directus-login verify --session %1 --code CODE").arg(uuid));
        }
        finish(ExitOk);
    });
    m_ctx.session.requestCode(phone,
        m_parser->isSet(QStringLiteral("voice")) ? SignInSession::Channel::Voice
                                                 : SignInSession::Channel::Sms);
}

// What sign-in, verify and status print with --json once someone is signed in.
QJsonObject Cli::signedInJson() const
{
    QJsonObject object { { QStringLiteral("signed_in"), true },
        { QStringLiteral("server"), m_ctx.client.server().toString() },
        { QStringLiteral("user"), m_ctx.session.user().toJson() },
        { QStringLiteral("token_location"), m_ctx.session.tokenLocation() },
        { QStringLiteral("credential"), credentialJson() } };
    if (!m_ctx.session.usesEnvironmentToken() && !m_ctx.store.caveat().isEmpty())
        object.insert(QStringLiteral("token_caveat"), m_ctx.store.caveat());
    return object;
}

void Cli::printWhoIsSignedIn()
{
    const QString who = m_ctx.session.user().displayName();
    print(who.isEmpty() ? tr("Signed in to %1.").arg(serverText())
                        : tr("Signed in to %1 as %2.").arg(serverText(), who));
}

void Cli::printSignedIn()
{
    if (m_parser->isSet(QStringLiteral("print-token"))) {
        // Printed once, for the caller to keep; the access token alone is what DIRECTUS_TOKEN
        // takes (used as it is, never renewed).
        const QString bearer = m_ctx.session.bearer();
        if (m_json) {
            QJsonObject object = signedInJson();
            object.insert(QStringLiteral("access_token"), bearer);
            printJson(object);
        } else {
            m_ctx.out.write(bearer.toUtf8() + '\n');
            const QDateTime expires = m_ctx.session.credential().accessExpires();
            printError(expires.isValid()
                    ? tr("Nothing was stored. The token above works until %1; use it as "
                         "DIRECTUS_TOKEN.")
                          .arg(QLocale().toString(expires.toLocalTime(), QLocale::ShortFormat))
                    : tr("Nothing was stored. The token above does not expire; use it as "
                         "DIRECTUS_TOKEN."));
        }
        return;
    }
    if (m_json) {
        printJson(signedInJson());
    } else {
        printWhoIsSignedIn();
        print(tr("Token kept in %1.").arg(m_ctx.session.tokenLocation()));
        if (!m_ctx.store.caveat().isEmpty())
            printError(m_ctx.store.caveat());
    }
}

void Cli::verify()
{
    const QString session = m_parser->value(QStringLiteral("session")).trimmed();
    const QString code = m_parser->value(QStringLiteral("code"));
    if (session.isEmpty() || code.trimmed().isEmpty()) {
        usage(tr("verify needs --session UUID and --code CODE."));
        return;
    }
    if (!OtpCode::isAcceptable(OtpCode::digitsOnly(code, OtpCode::MaxLength + 1))) {
        usage(tr("The code must have %1 to %2 digits.")
                  .arg(OtpCode::MinLength)
                  .arg(OtpCode::MaxLength));
        return;
    }
    connect(&m_ctx.session, &SignInSession::failed, this,
        [this](SignInSession::Step step, const Error &error) { failSignIn(step, error); });
    connect(&m_ctx.session, &SignInSession::signedIn, this, [this] {
        rememberServer();
        printSignedIn();
        finish(ExitOk);
    });
    whenStorable([this, session, code] {
        m_ctx.session.resumeSession(session);
        m_ctx.session.submitCode(code);
    });
}

void Cli::signIn()
{
    PhoneNumber phone;
    if (!phoneFromOptions(QStringLiteral("sign-in"), phone))
        return;
    listenForDemoSms();
    connect(&m_ctx.session, &SignInSession::codeSent, this, [this](bool) { promptForCode(); });
    connect(&m_ctx.session, &SignInSession::failed, this,
        [this](SignInSession::Step step, const Error &error) {
            if (step == SignInSession::Step::Verify && error.kind() == Error::Kind::WrongCode
                && m_ctx.inputIsTerminal && m_prompts < 5) {
                printError(error.attemptsLeft() >= 0
                        ? tr("That code is not right (%n attempt(s) left).", nullptr,
                            error.attemptsLeft())
                        : error.message());
                promptForCode();
                return;
            }
            failSignIn(step, error);
        });
    connect(&m_ctx.session, &SignInSession::signedIn, this, [this] {
        m_ctx.config.setUserValue(Key::LastRegion, m_ctx.session.phone().region());
        rememberServer();
        printSignedIn();
        finish(ExitOk);
    });
    whenStorable([this, phone] { m_ctx.session.requestCode(phone); });
}

void Cli::failSignIn(SignInSession::Step step, const Error &error)
{
    // The code was right but nothing could be kept (the keychain, or the user check after it):
    // a failure of this machine or server, not of the person's authentication.
    if (step == SignInSession::Step::Store || step == SignInSession::Step::CheckUser) {
        if (m_ctx.session.state() == SignInSession::State::UserCheckFailed)
            m_ctx.session.cancel(); // the token in memory goes; nothing was stored
        fail(error, ExitFailure);
        return;
    }
    fail(error);
}

void Cli::promptForCode()
{
    ++m_prompts;
    m_ctx.err.write(forTerminal(
        tr("Code sent to %1. Enter the code: ").arg(Bidi::number(m_ctx.session.phone().masked())))
                        .toUtf8());
    // The code is read with the event loop idle: nothing is in flight while we wait for it.
    QTimer::singleShot(0, this, &Cli::readCode);
}

void Cli::readCode()
{
    QByteArray line = m_ctx.in.readLine(1024);
    if (line.isEmpty() && !m_ctx.inputIsTerminal && m_ctx.demo && !m_demoCode.isEmpty()) {
        // Demo without a terminal: the simulated SMS fills the code in, as a phone's autofill
        // would.
        m_ctx.err.write(tr("(filled in from the demo SMS)\n").toUtf8());
        line = m_demoCode.toUtf8();
    } else if (!m_ctx.inputIsTerminal) {
        m_ctx.err.write("\n");
    }
    const QString code = OtpCode::digitsOnly(QString::fromUtf8(line), OtpCode::MaxLength + 1);
    if (code.isEmpty()) {
        fail(Error(Error::Kind::InvalidInput, tr("No code was entered.")), ExitAuth);
        return;
    }
    if (!m_ctx.session.submitCode(code)) {
        if (m_ctx.inputIsTerminal && m_prompts < 5) {
            printError(m_ctx.session.lastError().message());
            promptForCode();
            return;
        }
        fail(m_ctx.session.lastError(), ExitAuth);
    }
}

// --- status / token / logout / api
// ----------------------------------------------------------------

void Cli::loadCredential(SignInSession::Load load, std::function<void()> signedIn)
{
    // One way in for status, token and api: the session's own (DIRECTUS_TOKEN first, else the
    // store; checked with /users/me for status). It says what went wrong, once.
    connect(&m_ctx.session, &SignInSession::signedIn, this, std::move(signedIn));
    connect(&m_ctx.session, &SignInSession::nothingStored, this, [this] {
        if (m_json && m_command == QLatin1String("status")) {
            QJsonObject object { { QStringLiteral("signed_in"), false },
                { QStringLiteral("server"), m_ctx.client.server().toString() } };
            if (m_ctx.demo)
                object.insert(QStringLiteral("token_location"), m_ctx.session.tokenLocation());
            printJson(object);
        } else if (m_ctx.demo) {
            //: status, logout, token with --demo: each command is a new demo server.
            //: %1 is a command with a test number, shown as it is.
            printError(tr("Not signed in to the demo server: demo sign-ins are not saved (demo: "
                          "not saved), so each command starts signed out. Try: %1")
                           .arg(Bidi::ltr(QStringLiteral(
                               "directus-login --demo sign-in --phone \"+44 7123 456001\""))));
        } else {
            printError(
                tr("Not signed in to %1. Sign in with: directus-login sign-in --phone NUMBER")
                    .arg(serverText()));
        }
        finish(ExitAuth);
    });
    connect(&m_ctx.session, &SignInSession::failed, this,
        [this](SignInSession::Step step, const Error &error) {
            if (step != SignInSession::Step::Restore)
                return;
            if (m_json && m_command == QLatin1String("status")) {
                printJson({ { QStringLiteral("signed_in"), false },
                    { QStringLiteral("server"), m_ctx.client.server().toString() },
                    { QStringLiteral("token_location"), m_ctx.session.tokenLocation() },
                    { QStringLiteral("error"), error.kindName() },
                    { QStringLiteral("message"), error.message() } });
                finish(error.exitCode());
                return;
            }
            if (error.kind() == Error::Kind::Unauthorized)
                printError(tr("The token in %1 was rejected by %2: your session ended (signed "
                              "in elsewhere or revoked). Sign in again: directus-login sign-in "
                              "--phone NUMBER")
                               .arg(m_ctx.session.tokenLocation(), serverText()));
            fail(error, isKeychainKind(error.kind()) ? ExitFailure : -1);
        });
    m_ctx.session.checkStoredCredential(load);
}

QJsonObject Cli::credentialJson() const
{
    const Credential &credential = m_ctx.session.credential();
    QJsonObject object { { QStringLiteral("kind"), Credential::kindName(credential.kind()) } };
    if (credential.kind() == Credential::Kind::Session) {
        if (!credential.device().isEmpty())
            object.insert(QStringLiteral("device"), credential.device());
        const QDateTime ends = m_ctx.session.sessionEnds();
        if (ends.isValid())
            object.insert(QStringLiteral("session_ends"), ends.toUTC().toString(Qt::ISODate));
        if (credential.accessExpires().isValid())
            object.insert(QStringLiteral("access_expires"),
                credential.accessExpires().toUTC().toString(Qt::ISODate));
    }
    return object;
}

void Cli::rememberServer()
{
    // status, token, logout and api need only the server from now on: the profile keeps the
    // server and both flows (never a secret).
    const ClientOptions &options = m_ctx.client.options();
    const QList<QPair<QString, QString>> values { { Key::Server, m_ctx.client.server().toString() },
        { Key::LoginFlow, options.loginFlow.id() }, { Key::VerifyFlow, options.verifyFlow.id() } };
    for (const auto &[key, value] : values) {
        const Config::Source source = m_ctx.config.source(key);
        const bool inAFile = source == Config::Source::User || source == Config::Source::System;
        if (value.isEmpty() || m_ctx.config.isLocked(key) || m_ctx.demo
            || (inAFile && m_ctx.config.string(key) == value))
            continue;
        m_ctx.config.setUserValue(key, value);
    }
}

void Cli::status()
{
    loadCredential(SignInSession::Load::CheckWithServer, [this] {
        const Credential &credential = m_ctx.session.credential();
        if (m_json) {
            printJson(signedInJson());
        } else {
            printWhoIsSignedIn();
            print(tr("Token: %1 (%2)")
                      .arg(Redactor::mask(QString(), false), m_ctx.session.tokenLocation()));
            if (!m_ctx.session.usesEnvironmentToken() && !m_ctx.store.caveat().isEmpty())
                print(m_ctx.store.caveat());
            if (credential.kind() == Credential::Kind::Session) {
                const QDateTime ends = m_ctx.session.sessionEnds();
                //: status: a Directus session of this device. %1 device name, %2 a date.
                print(tr("A session of this device (%1); it ends %2 unless it is used again.")
                          .arg(credential.device().isEmpty() ? tr("unnamed") : credential.device(),
                              ends.isValid()
                                  ? QLocale().toString(ends.toLocalTime(), QLocale::LongFormat)
                                  : tr("when the server says")));
            } else if (!m_ctx.session.usesEnvironmentToken()) {
                print(tr("A static token: it never expires, and signing out does not end it on "
                         "the server."));
            }
        }
        finish(ExitOk);
    });
}

void Cli::token()
{
    // A valid access token, renewed when needed (like `gcloud auth print-access-token`).
    loadCredential(SignInSession::Load::UsableAccess, [this] {
        const Credential &credential = m_ctx.session.credential();
        if (m_json) {
            QJsonObject object { { QStringLiteral("access_token"), m_ctx.session.bearer() } };
            object.insert(QStringLiteral("expires_at"),
                credential.kind() == Credential::Kind::Session
                    ? QJsonValue(credential.accessExpires().toUTC().toString(Qt::ISODate))
                    : QJsonValue(QJsonValue::Null));
            printJson(object);
        } else {
            print(m_ctx.session.bearer());
        }
        finish(ExitOk);
    });
}

void Cli::logout()
{
    // The stored sign-in of this server and profile (DIRECTUS_TOKEN is the caller's own).
    m_ctx.session.setEnvironmentToken({});
    connect(&m_ctx.session, &SignInSession::signedOut, this, [this] {
        const bool revoked = m_ctx.session.lastSignOutRevoked();
        if (m_json) {
            printJson(
                { { QStringLiteral("signed_out"), true }, { QStringLiteral("revoked"), revoked },
                    { QStringLiteral("server"), m_ctx.client.server().toString() } });
        } else if (m_kind == Credential::Kind::Session && revoked) {
            print(tr("Signed out of %1: the session was ended on the server and removed from %2.")
                      .arg(serverText(), m_ctx.store.description()));
        } else if (m_kind == Credential::Kind::Session) {
            print(tr("Signed out here: the sign-in was removed from %1. The server could not be "
                     "reached, so the session stays valid there until it expires (%2); an "
                     "administrator can end it sooner.")
                      .arg(m_ctx.store.description(),
                          m_sessionEnds.isValid()
                              ? QLocale().toString(m_sessionEnds.toLocalTime(), QLocale::LongFormat)
                              : tr("in at most %n day(s)", nullptr,
                                  m_ctx.session.sessionLifetimeDays())));
        } else {
            print(tr("Signed out of %1; the token was removed from %2.")
                      .arg(serverText(), m_ctx.store.description()));
        }
        finish(ExitOk);
    });
    connect(&m_ctx.session, &SignInSession::failed, this,
        [this](SignInSession::Step, const Error &error) { fail(error, ExitFailure); });
    connect(&m_ctx.session, &SignInSession::nothingStored, this, [this] {
        if (m_json)
            printJson(
                { { QStringLiteral("signed_out"), false }, { QStringLiteral("revoked"), false },
                    { QStringLiteral("server"), m_ctx.client.server().toString() } });
        else
            print(tr("Not signed in to %1; nothing to remove.").arg(serverText()));
        finish(ExitOk);
    });
    connect(&m_ctx.session, &SignInSession::signedIn, this, [this] {
        m_kind = m_ctx.session.credential().kind();
        m_sessionEnds = m_ctx.session.sessionEnds();
        m_ctx.session.signOut();
    });
    m_ctx.session.checkStoredCredential(SignInSession::Load::AsStored);
}

void Cli::api()
{
    if (m_arguments.size() < 2) {
        usage(tr("api needs a path, for example: directus-login api /users/me"));
        return;
    }
    const QString path = m_arguments.at(1);
    const QByteArray method
        = (m_parser->isSet(QStringLiteral("method")) ? m_parser->value(QStringLiteral("method"))
                                                     : QStringLiteral("GET"))
              .toUpper()
              .toLatin1();
    QByteArray body;
    if (m_parser->isSet(QStringLiteral("data"))) {
        body = m_parser->value(QStringLiteral("data")).toUtf8();
        QJsonParseError error;
        QJsonDocument::fromJson(body, &error);
        if (error.error != QJsonParseError::NoError) {
            usage(tr("--data is not valid JSON: %1 at offset %2.")
                      .arg(error.errorString())
                      .arg(error.offset));
            return;
        }
    }
    loadCredential(SignInSession::Load::UsableAccess,
        [this, path, method, body] { sendApi(method, path, body, true); });
}

void Cli::sendApi(
    const QByteArray &method, const QString &path, const QByteArray &body, bool mayRenew)
{
    ApiCall *call = m_ctx.session.api(method, path, body, this);
    connect(call, &ApiCall::finished, this, [this, call, method, path, body, mayRenew] {
        call->deleteLater();
        if (call->error()) {
            fail(call->error());
            return;
        }
        const HttpAnswer &answer = call->answer();
        if (answer.status >= 200 && answer.status < 300) {
            const QJsonDocument doc = QJsonDocument::fromJson(answer.body);
            m_ctx.out.write(doc.isNull() ? answer.body : doc.toJson(QJsonDocument::Indented));
            finish(ExitOk);
            return;
        }
        // An access token that expired on the way (clocks differ): renewed once, never in a loop.
        if (answer.status == 401 && mayRenew
            && m_ctx.session.credential().kind() == Credential::Kind::Session
            && FlowReply::directusError(answer.body).first == QLatin1String("TOKEN_EXPIRED")) {
            m_ctx.session.renewAccess([this, method, path, body](Error error) {
                if (error) {
                    fail(error);
                    return;
                }
                sendApi(method, path, body, false);
            });
            return;
        }
        m_ctx.out.write(answer.body);
        if (!answer.body.isEmpty() && !answer.body.endsWith('\n'))
            m_ctx.out.write("\n");
        fail(FlowReply::errorFor(FlowReply::Call::Api, answer));
    });
}
