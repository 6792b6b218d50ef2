#include "ProvisionCommand.h"

#include "FlowRef.h"
#include "Provisioner.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaObject>

#include <cstdio>

namespace {

void write(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

void printOut(const QString &text)
{
    write(stdout, text);
}

void printErr(const QString &text)
{
    write(stderr, text);
}

QString shortened(const QString &value)
{
    return value.size() <= 4 ? QStringLiteral("••••") : value.left(4) + QStringLiteral("…");
}

} // namespace

ProvisionCommand::ProvisionCommand(QNetworkAccessManager &nam, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
{
}

ProvisionCommand::~ProvisionCommand() = default;

void ProvisionCommand::start(const QStringList &arguments, const QProcessEnvironment &env)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Creates or updates, idempotently, what Directus Login needs on a Directus server: "
           "the phone and one-time-code fields on users and the two sign-in flows (with "
           "stable ids). Needs the static token of a Directus administrator."));
    const QCommandLineOption help(
        { QStringLiteral("h"), QStringLiteral("help") }, tr("Show this help."));
    const QCommandLineOption server(
        QStringLiteral("server"), tr("Directus URL (default: $DIRECTUS_URL)."), tr("URL"));
    const QCommandLineOption adminToken(QStringLiteral("admin-token"),
        tr("Static token of an administrator (default: "
           "$DIRECTUS_ADMIN_TOKEN; prefer the variable: "
           "arguments are visible to other users)."),
        tr("TOKEN"));
    const QCommandLineOption authId(
        QStringLiteral("plivo-auth-id"), tr("Plivo Auth ID (default: $PLIVO_AUTH_ID)."), tr("ID"));
    const QCommandLineOption authToken(QStringLiteral("plivo-auth-token"),
        tr("Plivo Auth Token (default: $PLIVO_AUTH_TOKEN)."), tr("TOKEN"));
    const QCommandLineOption appUuid(QStringLiteral("plivo-app-uuid"),
        tr("UUID of the Plivo Verify application (default: "
           "$PLIVO_APP_UUID)."),
        tr("UUID"));
    const QCommandLineOption apiUrl(QStringLiteral("plivo-api-url"),
        tr("Plivo API base URL (default: https://api.plivo.com)."), tr("URL"),
        QStringLiteral("https://api.plivo.com"));
    const QCommandLineOption fromEnv(QStringLiteral("plivo-from-env"),
        tr("The flows read the Plivo auth id, token and app uuid from Directus' environment "
           "({{$env.PLIVO_AUTH_ID}}, PLIVO_AUTH_TOKEN, PLIVO_APP_UUID) instead of holding "
           "them. Directus needs them in FLOWS_ENV_ALLOW_LIST."));
    const QCommandLineOption tokenMode(QStringLiteral("token-mode"),
        tr("What the verify flow hands out: \"session\" (default), a Directus session of the "
           "device with short-lived access tokens, revoked by sign-out; or \"static\", a "
           "token in directus_users.token that never expires (the seed's way)."),
        tr("MODE"), QStringLiteral("session"));
    const ProvisionOptions::Limits defaults;
    const QCommandLineOption resendSeconds(QStringLiteral("resend-seconds"),
        tr("No new code for a number within this many seconds of the last one: the same session "
           "is answered again, without an SMS (default 30; 0 to 3600)."),
        tr("SECONDS"), QString::number(defaults.resendSeconds));
    const QCommandLineOption dailyCodes(QStringLiteral("daily-codes"),
        tr("Codes sent to one number in 24 hours; more are refused with 429 (default 10; 1 to "
           "100)."),
        tr("N"), QString::number(defaults.dailyCodes));
    const QCommandLineOption dailyValidations(QStringLiteral("daily-validations"),
        tr("Codes tried on one number's sessions in 24 hours, whatever the session; more are "
           "refused with 429 (default 0: no cap beyond 10 per session; up to 1000)."),
        tr("N"), QString::number(defaults.dailyValidations));
    const QCommandLineOption uniformReplies(QStringLiteral("uniform-replies"),
        tr("Answer a number without an account as if it had one (a session no code validates, "
           "no SMS), so that nobody can test which numbers have accounts. A mistyped number then "
           "waits for an SMS that never comes."));
    const QCommandLineOption codeLength(QStringLiteral("code-length"),
        tr("Digits in the code your Plivo Verify application sends (default 6; 4 to 8)."), tr("N"),
        QString::number(defaults.codeLength));
    const QCommandLineOption codeMinutes(QStringLiteral("code-minutes"),
        tr("Minutes a code is accepted; match your Plivo Verify application (default 10; 1 to "
           "60)."),
        tr("MINUTES"), QString::number(defaults.codeMinutes));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
        tr("Read the server and show what would change; write "
           "nothing."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the result as JSON."));
    const QCommandLineOption verbose(
        QStringLiteral("verbose"), tr("Log each request (method and path) on stderr."));
    parser.addOptions({ help, server, adminToken, authId, authToken, appUuid, apiUrl, fromEnv,
        tokenMode, resendSeconds, dailyCodes, dailyValidations, uniformReplies, codeLength,
        codeMinutes, dryRun, json, verbose });
    parser.addPositionalArgument(QStringLiteral("provision"), tr("The command."));

    const auto usage = [this](const QString &message) {
        printErr(QStringLiteral("directus-login provision: %1\n").arg(message)
            + tr("Try 'directus-login provision --help'.") + QLatin1Char('\n'));
        finish(2);
    };
    if (!parser.parse(arguments)) {
        usage(parser.errorText());
        return;
    }
    m_json = parser.isSet(json);
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        text.replace(QStringLiteral("[options] provision"), QStringLiteral("provision [options]"));
        printOut(text);
        finish(0);
        return;
    }
    QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty() && positional.first() == QLatin1String("provision"))
        positional.removeFirst();
    if (!positional.isEmpty()) {
        usage(tr("unexpected argument \"%1\"").arg(positional.first()));
        return;
    }

    const auto value = [&parser, &env](const QCommandLineOption &option, const char *variable) {
        return parser.isSet(option) ? parser.value(option)
                                    : env.value(QString::fromLatin1(variable));
    };
    ProvisionOptions options;
    const QString serverText = value(server, "DIRECTUS_URL").trimmed();
    if (serverText.isEmpty()) {
        usage(tr("the Directus server is needed: --server URL or DIRECTUS_URL"));
        return;
    }
    const Result<QUrl> serverUrl = parseServerUrl(serverText);
    if (!serverUrl.ok()) {
        usage(serverUrl.error().message());
        return;
    }
    options.server = serverUrl.value();
    options.adminToken = value(adminToken, "DIRECTUS_ADMIN_TOKEN").trimmed();
    options.plivoFromEnv = parser.isSet(fromEnv);
    if (!options.plivoFromEnv) {
        options.plivoAuthId = value(authId, "PLIVO_AUTH_ID").trimmed();
        options.plivoAuthToken = value(authToken, "PLIVO_AUTH_TOKEN").trimmed();
        options.plivoAppUuid = value(appUuid, "PLIVO_APP_UUID").trimmed();
    }
    options.plivoApiUrl = QUrl(parser.value(apiUrl).trimmed());
    options.dryRun = parser.isSet(dryRun);
    const QString mode = parser.value(tokenMode).trimmed().toLower();
    if (mode == QLatin1String("static")) {
        options.tokenMode = ProvisionOptions::TokenMode::Static;
    } else if (mode != QLatin1String("session")) {
        usage(tr("--token-mode is \"session\" or \"static\", not \"%1\"").arg(mode));
        return;
    }

    // A limit: a whole number in its range, or a usage error that names the option.
    const auto limit = [&parser](const QCommandLineOption &option, int low, int high, int *out) {
        bool ok = false;
        const int number = parser.value(option).trimmed().toInt(&ok);
        if (!ok || number < low || number > high)
            return false;
        *out = number;
        return true;
    };
    const struct
    {
        const QCommandLineOption &option;
        int low;
        int high;
        int *value;
    } limits[] = {
        { resendSeconds, 0, 3600, &options.limits.resendSeconds },
        { dailyCodes, 1, 100, &options.limits.dailyCodes },
        { dailyValidations, 0, 1000, &options.limits.dailyValidations },
        { codeLength, 4, 8, &options.limits.codeLength },
        { codeMinutes, 1, 60, &options.limits.codeMinutes },
    };
    for (const auto &entry : limits) {
        if (!limit(entry.option, entry.low, entry.high, entry.value)) {
            usage(tr("--%1 is a whole number from %2 to %3, not \"%4\"")
                      .arg(entry.option.names().constFirst())
                      .arg(entry.low)
                      .arg(entry.high)
                      .arg(parser.value(entry.option)));
            return;
        }
    }
    options.limits.uniformReplies = parser.isSet(uniformReplies);

    const Error invalid = Provisioner::validate(options);
    if (invalid) {
        usage(invalid.message());
        return;
    }
    if (!m_json) {
        if (options.plivoFromEnv) {
            printOut(tr("Plivo: %1; auth id, token and app uuid read by the flows from Directus' "
                        "environment (PLIVO_AUTH_ID, PLIVO_AUTH_TOKEN, PLIVO_APP_UUID must be set "
                        "and listed in FLOWS_ENV_ALLOW_LIST).")
                         .arg(options.plivoApiUrl.toString())
                + QLatin1Char('\n'));
        } else {
            printOut(tr("Plivo: %1; auth id %2, auth token ••••, app %3.")
                         .arg(options.plivoApiUrl.toString(), shortened(options.plivoAuthId),
                             options.plivoAppUuid)
                + QLatin1Char('\n'));
        }
    }

    m_provisioner = new Provisioner(m_nam, this);
    if (parser.isSet(verbose)) {
        connect(m_provisioner, &Provisioner::progress, this,
            [](const QString &line) { printErr(QStringLiteral("> %1\n").arg(line)); });
    }
    connect(m_provisioner, &Provisioner::finished, this, &ProvisionCommand::onProvisionerFinished);
    m_provisioner->start(options);
}

void ProvisionCommand::onProvisionerFinished()
{
    const Result<ProvisionReport> &result = m_provisioner->result();
    if (!result.ok()) {
        const Error &error = result.error();
        printErr(QStringLiteral("directus-login provision: %1\n").arg(error.message()));
        if (!error.detail().isEmpty())
            printErr(QStringLiteral("  (%1)\n").arg(error.detail()));
        if (m_json) {
            const QJsonObject object { { QStringLiteral("error"),
                QJsonObject {
                    { QStringLiteral("kind"), error.kindName() },
                    { QStringLiteral("message"), error.message() },
                    { QStringLiteral("detail"), error.detail() },
                } } };
            printOut(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)));
        }
        finish(1);
        return;
    }
    const ProvisionReport &report = result.value();
    for (const QString &warning : report.warnings)
        printErr(tr("warning: %1").arg(warning) + QLatin1Char('\n'));
    if (m_json) {
        printOut(QString::fromUtf8(QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented)));
        finish(0);
        return;
    }
    QString text;
    //: provision: the first line of its report. %1 the server's Directus version ("12.4.1").
    text += tr("Directus %1.").arg(report.serverVersion) + QLatin1Char(' ');
    text += report.dryRun ? tr("Dry run: nothing was written. Planned changes:")
                          : tr("Provisioned:");
    text += QLatin1Char('\n');
    for (const ProvisionItem &item : report.items) {
        text += QStringLiteral("  %1 %2%3\n")
                    .arg(ProvisionItem::actionName(item.action, report.dryRun), -10)
                    .arg(item.name,
                        item.detail.isEmpty() ? QString()
                                              : QStringLiteral(" (%1)").arg(item.detail));
    }
    text += tr("Login flow:  %1\n  %2\n").arg(report.loginFlowId, report.loginUrl.toString());
    text += tr("Verify flow: %1\n  %2\n").arg(report.verifyFlowId, report.verifyUrl.toString());
    if (!report.changed())
        text += tr("Everything was up to date: nothing changed.") + QLatin1Char('\n');
    printOut(text);
    finish(0);
}

void ProvisionCommand::finish(int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    QMetaObject::invokeMethod(
        this, [this, exitCode] { emit finished(exitCode); }, Qt::QueuedConnection);
}
