// `directus-login token` against the floor (issue 17): the cost of printing a valid access token
// from the keychain, next to a bare `secret-tool lookup` of the same entry, alternating, medians;
// and the cost when the access token has to be renewed first (one POST /auth/refresh, checked by
// counting the requests). Runs inside tests/with-keyring; the fake Directus lives in this process,
// whose event loop keeps running while the commands run (CliProcess).
//
//     bench_token [--runs N]     prints:  token_ms= lookup_ms= token_ratio= renew_ms=
//                                         renew_extra_ms= refreshes_per_renewing_call=

#include "CliProcess.h"
#include "DirectusClient.h"
#include "FakeDirectus.h"
#include "SignInSession.h"
#include "TokenStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <algorithm>
#include <cstdio>

namespace {
double median(QList<double> values)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

// Runs `program args` to its end with the event loop running; milliseconds, or -1 on failure.
double timed(const QString &program, const QStringList &args, const QProcessEnvironment &env,
    QByteArray *out = nullptr)
{
    QProcess process;
    process.setProcessEnvironment(env);
    QSignalSpy finished(&process, &QProcess::finished);
    QElapsedTimer timer;
    timer.start();
    process.start(program, args);
    if (!finished.wait(30000))
        return -1;
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    if (out)
        *out = process.readAllStandardOutput();
    return process.exitCode() == 0 ? ms : -1;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int runs = 20;
    const QStringList args = app.arguments();
    const qsizetype at = args.indexOf(QStringLiteral("--runs"));
    if (at >= 0 && at + 1 < args.size())
        runs = qMax(1, args.at(at + 1).toInt());

    FakeDirectus server;
    CliProcess cli(QStringLiteral(DL_BINARY));
    QProcessEnvironment env = cli.environment();
    env.insert(QStringLiteral("DIRECTUS_URL"), server.url().toString());
    env.insert(QStringLiteral("DIRECTUS_LOGIN_FLOW"), FakeDirectus::loginFlowId());
    env.insert(QStringLiteral("DIRECTUS_VERIFY_FLOW"), FakeDirectus::verifyFlowId());

    // A session signed in the way the command line does it.
    const CliRun requested = cli.run({ QStringLiteral("request-code"), QStringLiteral("--phone"),
                                         QStringLiteral("+447123456001") },
        env);
    const QString session = QStringLiteral("4f6c1a52-5b8e-4c1d-9a3f-2e7d6b0c8a91");
    const CliRun verified = cli.run({ QStringLiteral("verify"), QStringLiteral("--session"),
                                        session, QStringLiteral("--code"), FakeDirectus::code() },
        env);
    if (requested.exitCode != 0 || verified.exitCode != 0) {
        fprintf(stderr, "bench_token: the sign-in failed: %s\n", verified.err.constData());
        return 1;
    }
    const QString key = TokenStore::key(QStringLiteral("default"), server.url().toString());
    const QStringList lookup { QStringLiteral("lookup"), QStringLiteral("server"),
        TokenStore::serviceName(), QStringLiteral("user"), key };

    QList<double> tokenMs, lookupMs;
    for (int i = 0; i < runs; ++i) {
        QByteArray printed;
        const double t = timed(cli.binary(), { QStringLiteral("token") }, env, &printed);
        const double l = timed(QStringLiteral("secret-tool"), lookup, env);
        if (t < 0 || l < 0 || !server.acceptsAccessToken(QString::fromUtf8(printed.trimmed()))) {
            fprintf(stderr, "bench_token: token or secret-tool failed\n");
            return 1;
        }
        tokenMs << t;
        lookupMs << l;
    }
    const int requestsCached = int(server.requests().size());

    // Every call renews: access tokens that live less than the renewal margin (signed in again so
    // that the stored one is such a token too).
    server.setAccessTtlMs(30000);
    // This fake tells nothing about the code, so the client's own 30-second resend countdown,
    // kept across runs, would hold the second request back: forget it.
    QFile::remove(cli.configDir() + QStringLiteral("/directus-login/directus-login.state"));
    if (cli.run({ QStringLiteral("request-code"), QStringLiteral("--phone"),
                    QStringLiteral("+447123456001") },
               env)
                .exitCode
            != 0
        || cli.run({ QStringLiteral("verify"), QStringLiteral("--session"), session,
                       QStringLiteral("--code"), FakeDirectus::code() },
                  env)
                .exitCode
            != 0) {
        fprintf(stderr, "bench_token: the second sign-in failed\n");
        return 1;
    }
    const int requestsRenewBefore = int(server.requests().size());
    QList<double> renewMs;
    const int refreshesBefore = server.refreshes();
    for (int i = 0; i < runs; ++i) {
        const double t = timed(cli.binary(), { QStringLiteral("token") }, env);
        if (t < 0) {
            fprintf(stderr, "bench_token: a renewing token call failed\n");
            return 1;
        }
        renewMs << t;
    }
    const double refreshesPerCall = double(server.refreshes() - refreshesBefore) / runs;
    const int otherRequests = int(server.requests().size()) - requestsRenewBefore
        - (server.refreshes() - refreshesBefore);

    const double token = median(tokenMs), look = median(lookupMs), renew = median(renewMs);
    printf("token_ms=%.3f lookup_ms=%.3f token_ratio=%.3f renew_ms=%.3f renew_extra_ms=%.3f "
           "refreshes_per_renewing_call=%.2f other_requests=%d requests_while_cached=%d\n",
        token, look, token / look, renew, renew - token, refreshesPerCall, otherRequests,
        requestsCached
            - 2 /* the sign-in's login and verify */ - 2 /* its refresh and /users/me */);
    return 0;
}
