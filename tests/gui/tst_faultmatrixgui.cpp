// The fault matrix through the window, as a person meets it: the server or the network fails
// while the Phone page sends the code. Each case ends on the Phone page with a specific message,
// the number still there, Send usable again, the window responsive throughout, and no token
// stored. (tst_faults covers the same cases at the session level, tst_faultscli through the
// binary; tst_faultsgui the stalled keychain.)

#include "FakeServer.h"
#include "FaultEnvironment.h"
#include "HttpsTestServer.h"
#include "MessagePanel.h"
#include "NetworkLog.h"
#include "NetworkLogDialog.h"
#include "WizardHarness.h"

#include <QBuffer>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QPushButton>
#include <QStandardPaths>
#include <QtTest>

namespace {
const QString LoginFlow = QStringLiteral("11111111-1111-4111-8111-111111111111");
const QString VerifyFlow = QStringLiteral("22222222-2222-4222-8222-222222222222");
const QString Number = QStringLiteral("+447123456001");

QString loginPath()
{
    return QStringLiteral("/flows/trigger/") + LoginFlow;
}
} // namespace

class tst_FaultMatrixGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void loginFaults_data();
    void loginFaults();
    void signInWithLogOpenLeavesNoSecretOnDisk();

private:
    TestCertificates m_certificates;
};

void tst_FaultMatrixGui::initTestCase()
{
    QVERIFY2(m_certificates.make(), qPrintable(m_certificates.error()));
    // ~/.qttest/…: the configuration, cache and data folders the program would use, emptied.
    QStandardPaths::setTestModeEnabled(true);
    for (auto location : { QStandardPaths::GenericConfigLocation, QStandardPaths::CacheLocation,
             QStandardPaths::AppDataLocation })
        QDir(QStandardPaths::writableLocation(location)).removeRecursively();
}

void tst_FaultMatrixGui::loginFaults_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<QString>("message"); // a part of what the panel says
    QTest::newRow("server refused")
        << QStringLiteral("refused") << QStringLiteral("refused the connection");
    QTest::newRow("DNS failure") << QStringLiteral("dns")
                                 << QStringLiteral("Could not find the server");
    QTest::newRow("accepts, never answers")
        << QStringLiteral("hang") << QStringLiteral("did not answer within 1");
    QTest::newRow("dropped mid-body")
        << QStringLiteral("drop") << QStringLiteral("was interrupted");
    QTest::newRow("503 SMS provider")
        << QStringLiteral("503") << QStringLiteral("The SMS service is not available");
    QTest::newRow("500") << QStringLiteral("500") << QStringLiteral("had a problem");
    QTest::newRow("HTML captive portal")
        << QStringLiteral("html") << QStringLiteral("a web page instead of Directus data");
    QTest::newRow("JSON of the wrong shape")
        << QStringLiteral("shape") << QStringLiteral("not set up correctly");
    QTest::newRow("10 MB body") << QStringLiteral("10mb")
                                << QStringLiteral("far more data than a sign-in needs");
    QTest::newRow("certificate self-signed")
        << QStringLiteral("self-signed") << QStringLiteral("not trusted");
    QTest::newRow("certificate expired") << QStringLiteral("expired") << QStringLiteral("expired");
    QTest::newRow("certificate for another host")
        << QStringLiteral("other-host") << QStringLiteral("other.example");
}

void tst_FaultMatrixGui::loginFaults()
{
    QFETCH(QString, fault);
    QFETCH(QString, message);

    FakeServer http;
    QVERIFY(http.isListening());
    std::unique_ptr<HttpsTestServer> https;
    QVariantHash config { { QStringLiteral("LoginFlow"), LoginFlow },
        { QStringLiteral("VerifyFlow"), VerifyFlow }, { QStringLiteral("TimeoutSeconds"), 1 } };
    QUrl server = http.url();
    using Kind = TestCertificates::Kind;
    const QHash<QString, Kind> tls { { QStringLiteral("self-signed"), Kind::SelfSigned },
        { QStringLiteral("expired"), Kind::Expired },
        { QStringLiteral("other-host"), Kind::OtherHost } };
    if (tls.contains(fault)) {
        https = std::make_unique<HttpsTestServer>(m_certificates.identity(tls.value(fault)));
        QVERIFY(https->isListening());
        https->setReply(200, R"({"otp_session_uuid":"33333333-3333-4333-8333-333333333333"})");
        server = https->url();
        // The test CA is trusted (as --ca-file does): only the named problem is left.
        config.insert(QStringLiteral("CaFile"), m_certificates.caFile());
    } else if (fault == QLatin1String("refused")) {
        server = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(closedLoopbackPort()));
    } else if (fault == QLatin1String("dns")) {
        server = QUrl(QStringLiteral("https://directus-login-test.invalid"));
    } else {
        HttpResponse response;
        if (fault == QLatin1String("hang")) {
            response.hang = true;
        } else if (fault == QLatin1String("drop")) {
            response = HttpResponse::json(200, QByteArray(4000, ' ') + "{}");
            response.dropMidBody = true;
        } else if (fault == QLatin1String("503")) {
            response = HttpResponse::directusError(
                503, QStringLiteral("SERVICE_UNAVAILABLE"), QStringLiteral("Plivo is down"));
        } else if (fault == QLatin1String("500")) {
            response = HttpResponse::directusError(
                500, QStringLiteral("INTERNAL_SERVER_ERROR"), QStringLiteral("boom"));
        } else if (fault == QLatin1String("html")) {
            response.contentType = "text/html";
            response.body = "<html><title>Hotel Wi-Fi</title><body>Log in</body></html>";
        } else if (fault == QLatin1String("shape")) {
            response = HttpResponse::json(200, R"({"data":[1,2,3]})");
        } else if (fault == QLatin1String("10mb")) {
            response = HttpResponse::json(
                200, "{\"pad\":\"" + QByteArray(10 * 1024 * 1024, 'x') + "\"}");
        }
        http.on("GET", loginPath(), response);
    }
    config.insert(QStringLiteral("Server"), server.toString());

    WizardHarness h(WizardHarness::Setup::Empty, {}, config);
    SignInWizard &wizard = h.makeWizard(true, false);
    QTRY_COMPARE(wizard.currentId(), int(SignInWizard::PhonePageId));
    QTRY_COMPARE(h.session->state(), SignInSession::State::Idle);

    // The window keeps answering while the request fails: a 20 ms timer is never starved.
    QElapsedTimer clock;
    qint64 last = 0;
    qint64 longestGap = 0;
    QTimer probe;
    probe.setInterval(20);
    clock.start();
    QObject::connect(&probe, &QTimer::timeout, &probe, [&] {
        longestGap = qMax(longestGap, clock.elapsed() - last);
        last = clock.elapsed();
    });
    probe.start();

    QTest::keyClicks(focused(), Number);
    QTest::keyClick(focused(), Qt::Key_Return);
    auto *panel = h.find<MessagePanel>(QStringLiteral("messagePanel"));
    QTRY_VERIFY_WITH_TIMEOUT(panel->isVisible() && !panel->text().isEmpty(), 15000);
    probe.stop();

    QVERIFY2(panel->text().contains(message, Qt::CaseInsensitive), qPrintable(panel->text()));
    QCOMPARE(wizard.currentId(), int(SignInWizard::PhonePageId));
    QCOMPARE(h.session->state(), SignInSession::State::Idle);
    auto *phone = h.find<QLineEdit>(QStringLiteral("phoneEdit"));
    QVERIFY2(!phone->text().isEmpty(), "the number was lost");
    QTRY_VERIFY(h.find<QPushButton>(QStringLiteral("sendCodeButton"))->isEnabled());
    QVERIFY2(longestGap < 1000,
        qPrintable(QStringLiteral("the window froze for %1 ms").arg(longestGap)));
    QVERIFY(h.readToken().isEmpty());
    if (https)
        QVERIFY2(https->requests().isEmpty(), "a request was sent over an untrusted connection");
}

// Issue 10's secret sweep for the window: a whole sign-in with the network log open (and the
// --verbose echo on) leaves neither the code nor the token, nor any 6-character piece of them, in
// any file under the configuration, cache and data folders, nor in the log window's texts.
void tst_FaultMatrixGui::signInWithLogOpenLeavesNoSecretOnDisk()
{
    QBuffer echo;
    echo.open(QIODevice::WriteOnly);
    NetworkLog log;
    log.setEcho(&echo);
    WizardHarness h;
    h.client->setNetworkLog(&log);
    SignInWizard &wizard = h.makeWizard(true, false);
    QTRY_COMPARE(h.session->state(), SignInSession::State::Idle);
    wizard.showNetworkLog();
    NetworkLogDialog *dialog = wizard.networkLogDialog();
    QVERIFY(dialog);
    wizard.activateWindow();
    h.find<QLineEdit>(QStringLiteral("phoneEdit"))->setFocus();
    QVERIFY(h.reachCodePage(Number));
    const QString code = h.codes.last();
    h.find<QWidget>(QStringLiteral("codeEdit"))->setFocus();
    QTest::keyClicks(focused(), code);
    QTRY_COMPARE(wizard.currentId(), int(SignInWizard::SignedInPageId));
    const QString token = h.readToken();
    QVERIFY(token.size() >= 16);

    QStringList pieces;
    for (const QString &secret : { code, token }) {
        for (qsizetype i = 0; i + 6 <= secret.size(); ++i)
            pieces.append(secret.mid(i, 6));
    }
    const auto leaks = [&](const QString &where, const QString &text) {
        for (const QString &piece : qAsConst(pieces)) {
            if (text.contains(piece))
                return QStringLiteral("%1 contains \"%2\"").arg(where, piece);
        }
        return QString();
    };

    QStringList folders { h.dir.path() };
    for (auto location : { QStandardPaths::GenericConfigLocation, QStandardPaths::CacheLocation,
             QStandardPaths::AppDataLocation })
        folders.append(QStandardPaths::writableLocation(location));
    int files = 0;
    for (const QString &folder : qAsConst(folders)) {
        QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            ++files;
            const QString found = leaks(file.fileName(), QString::fromUtf8(file.readAll()));
            QVERIFY2(found.isEmpty(), qPrintable(found));
        }
    }
    QVERIFY2(files > 0, "no file was written: nothing was checked"); // user.conf at least
    QString found = leaks(QStringLiteral("the --verbose echo"), QString::fromUtf8(echo.data()));
    QVERIFY2(found.isEmpty(), qPrintable(found));
    for (int row = 0; row < int(log.entries().size()); ++row) {
        found = leaks(QStringLiteral("the log entry %1").arg(log.entries().at(row).id),
            NetworkLog::curlCommand(log.entries().at(row)));
        QVERIFY2(found.isEmpty(), qPrintable(found));
    }
    found = leaks(QStringLiteral("the log window's details"), dialog->detailText());
    QVERIFY2(found.isEmpty(), qPrintable(found));
}

QTEST_MAIN(tst_FaultMatrixGui)
#include "tst_faultmatrixgui.moc"
