// Event-loop stalls for tests/bench/run: a whole sign-in through the real wizard (offscreen),
// typed one key at a time like a fast typist, against the in-process demo server, with the token
// written to the real keychain (run under tests/with-keyring; --memory for an in-memory store).
// A 1 ms timer on the GUI thread notes every tick from the start of the event loop until the
// signed-in page has been shown for a moment; a gap between ticks is a time the window could not
// answer. Prints one line:
//   max_gap_ms=… median_gap_ms=… p95_gap_ms=… gaps_over_16ms=… ticks=… max_gap_phase=… total_ms=…
// and, with --trace, every gap over 5 ms with the phase it began and ended in.

#include "BenchTiming.h"
#include "Clock.h"
#include "CodePage.h"
#include "Config.h"
#include "CountryPicker.h"
#include "DirectusClient.h"
#include "MessagePanel.h"
#include "PhonePage.h"
#include "ProgressPanel.h"
#include "ServerPage.h"
#include "SignInSession.h"
#include "SignInWizard.h"
#include "SignedInPage.h"
#include "TestValues.h"
#include "TokenStore.h"

#include <QApplication>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <memory>

namespace {
constexpr int KeyIntervalMs = 60; // a fast typist: about 16 keys a second
constexpr int ThinkMs = 150; // before the first key, and before the code is typed

class StallBench : public QObject
{
public:
    StallBench(bool keychain, bool trace)
        : m_trace(trace)
    {
        m_store = benchStore(keychain);
    }

    bool start()
    {
        if (!m_demo.start() || !m_dir.isValid())
            return false;
        m_clock.start();
        connect(&m_demo, &DemoServer::smsSent, this,
            [this](const QString &, const QString &, const QString &code) { m_code = code; });
        m_config = TestValues::demoConfig(m_demo.url(), m_dir, QStringLiteral("bench"));
        m_session = std::make_unique<SignInSession>(m_client, *m_store, m_systemClock);
        connect(m_session.get(), &SignInSession::stateChanged, this,
            [this](SignInSession::State state) {
                m_phase = SignInSession::stateName(state);
                note(QStringLiteral("state ") + m_phase);
            });
        connect(m_session.get(), &SignInSession::failed, this,
            [](SignInSession::Step, const Error &error) {
                if (error.kind() != Error::Kind::NotSignedIn) // the start-up restore finds no token
                    std::fprintf(stderr, "bench_stall: %s\n",
                        qPrintable(error.message() + QStringLiteral(" / ") + error.detail()));
            });

        // As main.cpp does.
        m_session->applyConfig(*m_config);
        m_phase = QStringLiteral("constructing");
        note(QStringLiteral("constructing the wizard"));
        m_wizard = std::make_unique<SignInWizard>(
            WizardContext { *m_session, m_client, *m_config, m_systemClock, &m_demo });
        connect(m_wizard.get(), &QWizard::currentIdChanged, this, [this](int id) {
            note(QStringLiteral("page %1").arg(id));
            if (id == SignInWizard::CodePageId)
                QTimer::singleShot(ThinkMs, this, [this] { typeCode(0); });
            if (id == SignInWizard::SignedInPageId) {
                m_phase = QStringLiteral("signed-in page");
                QTimer::singleShot(300, this, [this] { finish(true); });
            }
        });

        m_ticker.setTimerType(Qt::PreciseTimer);
        m_ticker.setInterval(1);
        connect(&m_ticker, &QTimer::timeout, this, &StallBench::tick);
        m_phase = QStringLiteral("show");
        m_wizard->installEventFilter(this);
        note(QStringLiteral("show"));
        m_wizard->show();
        note(QStringLiteral("shown"));
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_phase = QStringLiteral("start");
                note(QStringLiteral("event loop runs"));
                m_lastTickNs = m_clock.nsecsElapsed();
                m_lastPhase = m_phase;
                m_ticker.start();
                QTimer::singleShot(ThinkMs, this, [this] { typeNumber(0); });
            },
            Qt::QueuedConnection);
        QTimer::singleShot(30000, this, [this] { finish(false); });
        return true;
    }

private:
    void tick()
    {
        const qint64 now = m_clock.nsecsElapsed();
        const double gap = double(now - m_lastTickNs) / 1e6;
        m_gaps.append(gap);
        if (gap > m_maxGap) {
            m_maxGap = gap;
            m_maxGapPhase = m_lastPhase + QStringLiteral("→") + m_phase;
        }
        if (m_trace && gap > 5) {
            std::fprintf(stderr, "gap %.2f ms at %.1f ms: %s → %s\n", gap,
                double(m_lastTickNs) / 1e6, qPrintable(m_lastPhase), qPrintable(m_phase));
        }
        m_lastTickNs = now;
        m_lastPhase = m_phase;
    }

    void note(const QString &what)
    {
        if (m_trace)
            std::fprintf(stderr, "event at %.1f ms: %s\n", double(m_clock.nsecsElapsed()) / 1e6,
                qPrintable(what));
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && watched == m_wizard.get() && !m_painted) {
            m_painted = true;
            note(QStringLiteral("first paint of the window begins"));
            QMetaObject::invokeMethod(
                this, [this] { note(QStringLiteral("first paint done")); }, Qt::QueuedConnection);
        }
        return QObject::eventFilter(watched, event);
    }

    QWidget *find(const QString &name) const
    {
        if (QWidget *page = m_wizard->currentPage()) {
            if (QWidget *w = page->findChild<QWidget *>(name))
                return w;
        }
        return m_wizard->findChild<QWidget *>(name);
    }

    void typeNumber(int i)
    {
        static const QString number = QStringLiteral("+447123456001");
        QWidget *edit = find(QStringLiteral("phoneEdit"));
        if (!edit) {
            finish(false);
            return;
        }
        if (i == 0)
            m_phase = QStringLiteral("typing number");
        if (i < number.size()) {
            QTest::keyClick(edit, number.at(i).toLatin1());
            QTimer::singleShot(KeyIntervalMs, this, [this, i] { typeNumber(i + 1); });
            return;
        }
        m_phase = QStringLiteral("send");
        QTest::keyClick(edit, Qt::Key_Return);
    }

    void typeCode(int i)
    {
        QWidget *edit = find(QStringLiteral("codeEdit"));
        if (!edit)
            return;
        if (m_code.isEmpty()) { // the SMS has not arrived yet
            QTimer::singleShot(KeyIntervalMs, this, [this, i] { typeCode(i); });
            return;
        }
        if (i == 0)
            m_phase = QStringLiteral("typing code");
        if (i < m_code.size()) {
            QTest::keyClick(edit, m_code.at(i).toLatin1()); // the last digit submits
            if (i + 1 < m_code.size())
                QTimer::singleShot(KeyIntervalMs, this, [this, i] { typeCode(i + 1); });
        }
    }

    void finish(bool ok)
    {
        if (m_finished)
            return;
        m_finished = true;
        m_ticker.stop();
        if (!ok || m_gaps.isEmpty()) {
            std::fprintf(stderr, "bench_stall: the sign-in did not finish (phase %s)\n",
                qPrintable(m_phase));
            QCoreApplication::exit(1);
            return;
        }
        QList<double> sorted = m_gaps;
        std::sort(sorted.begin(), sorted.end());
        const double median = sorted.at(sorted.size() / 2);
        const double p95 = sorted.at(qMin(sorted.size() - 1, qsizetype(sorted.size() * 0.95)));
        const auto over16
            = std::count_if(sorted.begin(), sorted.end(), [](double g) { return g > 16; });
        std::printf("max_gap_ms=%.3f median_gap_ms=%.3f p95_gap_ms=%.3f gaps_over_16ms=%d ticks=%d "
                    "max_gap_phase=%s total_ms=%.1f\n",
            m_maxGap, median, p95, int(over16), int(m_gaps.size()),
            qPrintable(QString(m_maxGapPhase).replace(QLatin1Char(' '), QLatin1Char('_'))),
            double(m_clock.nsecsElapsed()) / 1e6);
        std::fflush(stdout);
        QCoreApplication::exit(0);
    }

    bool m_trace;
    QElapsedTimer m_clock;
    QTemporaryDir m_dir;
    DemoServer m_demo;
    QNetworkAccessManager m_nam;
    DirectusClient m_client { m_nam };
    SystemClock m_systemClock;
    std::unique_ptr<TokenStore> m_store;
    std::unique_ptr<Config> m_config;
    std::unique_ptr<SignInSession> m_session;
    std::unique_ptr<SignInWizard> m_wizard;
    QTimer m_ticker;
    qint64 m_lastTickNs = 0;
    QList<double> m_gaps;
    double m_maxGap = 0;
    QString m_maxGapPhase;
    QString m_phase;
    QString m_lastPhase;
    QString m_code;
    bool m_finished = false;
    bool m_painted = false;
};
} // namespace

// --costs: what building the window costs, piece by piece, each the first time in the process
// (the first font use, each page, a whole wizard, show()). Prints "cost_<what>_ms=…" lines.
int printCosts()
{
    QTemporaryDir dir;
    DemoServer demo;
    QNetworkAccessManager nam;
    DirectusClient client(nam);
    MemoryTokenStore store;
    SystemClock clock;
    SignInSession session(client, store, clock);
    QVariantHash commandLine;
    commandLine.insert(QStringLiteral("Server"), QStringLiteral("https://cms.example.invalid"));
    commandLine.insert(QStringLiteral("LoginFlow"), DemoServer::loginFlowId());
    commandLine.insert(QStringLiteral("VerifyFlow"), DemoServer::verifyFlowId());
    Config config(Config::Paths { dir.filePath(QStringLiteral("system.conf")),
                      dir.filePath(QStringLiteral("user.conf")) },
        QProcessEnvironment(), commandLine);
    QElapsedTimer t;
    const auto lap = [&t](const char *what) {
        std::printf("cost_%s_ms=%.3f\n", what, double(t.nsecsElapsed()) / 1e6);
        t.restart();
    };
    t.start();
    {
        QWidget w;
        (void)w.fontMetrics().height();
    }
    lap("first_font_use");
    delete new CountryPicker;
    lap("country_picker");
    delete new CountryPicker;
    lap("country_picker_again");
    delete new MessagePanel;
    lap("message_panel");
    delete new ProgressPanel;
    lap("progress_panel");
    delete new PhonePage(session, config, nullptr);
    lap("phone_page");
    delete new PhonePage(session, config, nullptr);
    lap("phone_page_again");
    delete new ServerPage(config, client);
    lap("server_page");
    delete new CodePage(session, config);
    lap("code_page");
    delete new SignedInPage(session, client);
    lap("signed_in_page");
    {
        SignInWizard wizard(WizardContext { session, client, config, clock, nullptr });
        lap("whole_wizard_again");
        wizard.show();
        lap("wizard_show");
        session.cancel();
    }
    return 0;
}

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.contains(QStringLiteral("--costs")))
        return printCosts();
    StallBench bench(
        !args.contains(QStringLiteral("--memory")), args.contains(QStringLiteral("--trace")));
    if (!bench.start()) {
        std::fprintf(stderr, "bench_stall: could not start\n");
        return 1;
    }
    return app.exec();
}
