// Flow overhead for tests/bench/run: full sign-ins through SignInSession and DirectusClient
// against the in-process demo server. For each sign-in it prints one line
//   flow_calls=3 client_ms=… server_ms=… overhead_per_call_ms=… first_call_overhead_ms=…
//   store_ms=… run=…
// client_ms: from requestCode() to AwaitingCode plus from submitCode() to Storing (the login
// flow, the verify flow and GET /users/me); server_ms: the server's own handling of those
// requests (ServerTimer); overhead = (client − server) / calls. store_ms: Storing → SignedIn.
//   bench_flow [--runs N] [--keychain] [--prewarm] [--costs]
// --keychain: the real keychain (run under with-keyring); --prewarm: QNetworkAccessManager::
// connectToHost() to the server 200 ms before the first sign-in (an experiment for a proposal);
// --costs: see printCosts().
// The first sign-in of a process is a cold one (the network manager's first request); later ones
// in the same process are warm.

#include "BenchTiming.h"
#include "Clock.h"
#include "Config.h"
#include "CountryList.h"
#include "DirectusClient.h"
#include "PhoneNumber.h"
#include "SignInSession.h"
#include "TestValues.h"
#include "TokenStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QNetworkAccessManager>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTimer>
#include <cstdio>
#include <memory>

namespace {
constexpr auto AdaNumber = "+447123456001";

struct Run
{
    double client = 0;
    double server = 0;
    int calls = 0;
    double firstCallOverhead = 0;
    double store = 0;
    bool ok = false;
};

class FlowBench : public QObject
{
public:
    FlowBench(int runs, bool keychain, bool prewarm)
        : m_runs(runs)
        , m_prewarm(prewarm)
    {
        m_store = benchStore(keychain);
        m_clock.start();
    }

    bool start()
    {
        if (!m_demo.start() || !m_dir.isValid())
            return false;
        m_config = TestValues::demoConfig(m_demo.url(), m_dir, QStringLiteral("bench"));
        const auto options = m_config->clientOptions();
        if (!options.ok())
            return false;
        m_client.setOptions(options.value());
        connect(&m_demo, &DemoServer::smsSent, this,
            [this](const QString &, const QString &, const QString &code) {
                m_code = code;
                maybeSubmit();
            });
        // Read once before timing: libphonenumber's metadata load belongs to typing, not to the
        // flow.
        m_phone = PhoneNumber::parse(QString::fromLatin1(AdaNumber), QStringLiteral("GB"));
        if (!m_phone.isValid())
            return false;
        if (m_prewarm) {
            // What the window could do once painted, while the person types the number: start the
            // network manager's machinery with a connection to the server.
            m_nam.connectToHost(m_demo.url().host(), quint16(m_demo.url().port()));
            QTimer::singleShot(200, this, [this] { next(); });
        } else {
            QTimer::singleShot(0, this, [this] { next(); });
        }
        return true;
    }

    int failures() const { return m_failures; }

private:
    void next()
    {
        if (m_done == m_runs) {
            QCoreApplication::exit(m_failures > 0 ? 1 : 0);
            return;
        }
        m_session = std::make_unique<SignInSession>(m_client, *m_store, m_systemClock);
        m_session->setResendCooldownMs(0);
        m_session->setTokenKey(m_config->tokenKey(m_client.server()));
        m_run = Run();
        m_code.clear();
        m_submitted = false;
        m_serverBefore = m_serverTimer.count();
        connect(m_session.get(), &SignInSession::stateChanged, this, &FlowBench::onState);
        connect(m_session.get(), &SignInSession::failed, this,
            [this](SignInSession::Step, const Error &error) {
                std::fprintf(stderr, "bench_flow: sign-in failed: %s\n",
                    qPrintable(error.message() + QStringLiteral(" / ") + error.detail()));
                ++m_failures;
                finishRun();
            });
        m_t0 = m_clock.nsecsElapsed();
        if (!m_session->requestCode(m_phone)) {
            std::fprintf(stderr, "bench_flow: requestCode refused\n");
            ++m_failures;
            finishRun();
        }
    }

    void onState(SignInSession::State state)
    {
        switch (state) {
        case SignInSession::State::AwaitingCode: {
            const double client = msSince(m_clock, m_t0);
            const double server = m_serverTimer.totalMs(m_serverBefore);
            m_run.client += client;
            m_run.server += server;
            m_run.firstCallOverhead = client - server;
            m_serverAfterCode = m_serverTimer.count();
            maybeSubmit();
            break;
        }
        case SignInSession::State::Storing:
            m_run.client += msSince(m_clock, m_t0);
            m_run.server += m_serverTimer.totalMs(m_serverAfterCode);
            m_run.calls = m_serverTimer.count() - m_serverBefore;
            m_t0 = m_clock.nsecsElapsed();
            break;
        case SignInSession::State::SignedIn:
            m_run.store = msSince(m_clock, m_t0);
            m_run.ok = true;
            finishRun();
            break;
        default:
            break;
        }
    }

    void maybeSubmit()
    {
        if (m_submitted || m_code.isEmpty() || !m_session
            || m_session->state() != SignInSession::State::AwaitingCode)
            return;
        m_submitted = true;
        // Not timed: the person reads the SMS. The verify phase starts at submitCode().
        QTimer::singleShot(0, this, [this] {
            m_t0 = m_clock.nsecsElapsed();
            m_session->submitCode(m_code);
        });
    }

    void finishRun()
    {
        if (m_run.ok) {
            const int calls = qMax(1, m_run.calls);
            std::printf("flow_calls=%d client_ms=%.3f server_ms=%.3f overhead_per_call_ms=%.3f "
                        "first_call_overhead_ms=%.3f store_ms=%.3f run=%d\n",
                m_run.calls, m_run.client, m_run.server, (m_run.client - m_run.server) / calls,
                m_run.firstCallOverhead, m_run.store, m_done + 1);
            std::fflush(stdout);
        }
        ++m_done;
        m_session.release()->deleteLater(); // we may be inside one of its signals
        QTimer::singleShot(0, this, [this] { next(); });
    }

    int m_runs;
    bool m_prewarm;
    int m_done = 0;
    int m_failures = 0;
    QElapsedTimer m_clock;
    QTemporaryDir m_dir;
    DemoServer m_demo;
    ServerTimer m_serverTimer { m_demo, m_clock };
    QNetworkAccessManager m_nam;
    DirectusClient m_client { m_nam };
    SystemClock m_systemClock;
    std::unique_ptr<TokenStore> m_store;
    std::unique_ptr<Config> m_config;
    std::unique_ptr<SignInSession> m_session;
    PhoneNumber m_phone;
    QString m_code;
    bool m_submitted = false;
    int m_serverBefore = 0;
    int m_serverAfterCode = 0;
    qint64 m_t0 = 0;
    Run m_run;
};
} // namespace

qint64 rssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

// --costs: what the start-up pieces cost on the calling thread, each the first time in the process
// (libphonenumber's metadata, the country list, a keychain read), for finding out where a stall
// comes from. Prints "cost_<what>_ms=…" lines.
int printCosts(QCoreApplication &app)
{
    QElapsedTimer t;
    qint64 rss = rssKb();
    t.start();
    const PhoneNumber phone
        = PhoneNumber::parse(QString::fromLatin1(AdaNumber), QStringLiteral("GB"));
    std::printf("cost_first_phone_parse_ms=%.3f valid=%d\n", double(t.nsecsElapsed()) / 1e6,
        phone.isValid());
    std::printf("rss_first_phone_parse_kb=%lld\n", static_cast<long long>(rssKb() - rss));
    t.restart();
    const CountryList list { QLocale() };
    std::printf("cost_country_list_ms=%.3f\n", double(t.nsecsElapsed()) / 1e6);
    t.restart();
    const CountryList again { QLocale() };
    std::printf("cost_country_list_again_ms=%.3f\n", double(t.nsecsElapsed()) / 1e6);
    KeychainTokenStore store;
    store.setTimeout(5000);
    // The longest the event loop is blocked while the read is under way.
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(1);
    qint64 lastTick = 0, maxGap = 0;
    QObject::connect(&ticker, &QTimer::timeout, &app, [&] {
        maxGap = qMax(maxGap, t.nsecsElapsed() - lastTick);
        lastTick = t.nsecsElapsed();
    });
    rss = rssKb();
    t.restart();
    ticker.start();
    qint64 callNs = -1;
    store.read(QStringLiteral("bench@nowhere"), &app, [&](Result<QString>) {
        std::printf("cost_keychain_read_call_ms=%.3f cost_keychain_read_answer_ms=%.3f "
                    "keychain_read_max_loop_gap_ms=%.3f\n",
            double(callNs) / 1e6, double(t.nsecsElapsed()) / 1e6, double(maxGap) / 1e6);
        std::printf("rss_keychain_read_kb=%lld\n", static_cast<long long>(rssKb() - rss));
        QCoreApplication::exit(0);
    });
    callNs = t.nsecsElapsed(); // the part of read() that runs before it returns
    return app.exec();
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.contains(QStringLiteral("--costs")))
        return printCosts(app);
    int runs = 1;
    const int runsAt = int(args.indexOf(QStringLiteral("--runs")));
    if (runsAt > 0 && runsAt + 1 < args.size())
        runs = qMax(1, args.at(runsAt + 1).toInt());
    FlowBench bench(runs, args.contains(QStringLiteral("--keychain")),
        args.contains(QStringLiteral("--prewarm")));
    if (!bench.start()) {
        std::fprintf(stderr, "bench_flow: could not start the demo server or the configuration\n");
        return 1;
    }
    QTimer::singleShot(60000, &app, [] {
        std::fprintf(stderr, "bench_flow: no answer within 60 s\n");
        QCoreApplication::exit(1);
    });
    return app.exec();
}
