// The network log view, driven through the real wizard and the in-process demo server: every
// exchange appears as it happens, the selected one shows headers, pretty JSON and the diagnosis of
// a misconfigured flow, and no code or token (nor any 6-character piece of one) appears in the
// table, the details, the cURL text, the --verbose echo or the report.

#include "CodeEdit.h"
#include "NetworkLog.h"
#include "NetworkLogDialog.h"
#include "NetworkLogModel.h"
#include "WizardHarness.h"

#include <QBuffer>
#include <QClipboard>
#include <QFile>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QToolButton>
#include <QtTest>

namespace {
const QString AdaNumber = demoNumber(QStringLiteral("Signs in as Ada"));
const QString LeakNumber = demoNumber(QStringLiteral("Tutorial flow, SMS provider unreachable"));

QString leak(const QString &text, const QString &secret, int length = 6)
{
    if (secret.size() < length)
        return text.contains(secret) ? secret : QString();
    for (qsizetype i = 0; i + length <= secret.size(); ++i) {
        if (text.contains(secret.mid(i, length)))
            return secret.mid(i, length);
    }
    return {};
}

#define VERIFY_NO_LEAK(what, text, secret)                                                         \
    do {                                                                                           \
        const QString found_ = leak((text), (secret));                                             \
        QVERIFY2(found_.isEmpty(),                                                                 \
            qPrintable(QStringLiteral("%1: \"%2\" of a secret survives in: %3")                    \
                           .arg(QStringLiteral(what), found_, (text))));                           \
    } while (false)

// The wizard with a log attached as main.cpp does it (raw requests kept for the reveal; --verbose
// echo into a buffer).
struct LoggedHarness
{
    LoggedHarness()
    {
        echo.open(QIODevice::WriteOnly);
        log.setEcho(&echo);
        log.setKeepRawRequests(true);
        h.client->setNetworkLog(&log);
    }
    // Destroyed in reverse: the wizard (and its log window) first, then the log it shows.
    QBuffer echo;
    NetworkLog log;
    WizardHarness h;
};

void signIn(WizardHarness &h, const QString &number)
{
    SignInWizard &wizard = *h.wizard;
    QTRY_COMPARE(h.session->state(), SignInSession::State::Idle);
    h.find<QLineEdit>(QStringLiteral("phoneEdit"))->setFocus();
    QVERIFY(h.reachCodePage(number));
    QTRY_VERIFY(!h.codes.isEmpty());
    QTest::keyClicks(h.find<CodeEdit>(QStringLiteral("codeEdit")), h.codes.last());
    QTRY_COMPARE(wizard.currentId(), int(SignInWizard::SignedInPageId));
}

QString allCells(const QAbstractItemModel &model)
{
    QString text;
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column) {
            const QModelIndex index = model.index(row, column);
            text += index.data().toString() + QLatin1Char('\t')
                + index.data(Qt::ToolTipRole).toString() + QLatin1Char('\n');
        }
    }
    return text;
}

int rowOf(const NetworkLogDialog &dialog, const QString &urlPart)
{
    const QAbstractItemModel *model = dialog.table()->model();
    for (int row = model->rowCount() - 1; row >= 0; --row) {
        if (model->index(row, NetworkLogModel::Url).data().toString().contains(urlPart))
            return model->index(row, 0).data(NetworkLogModel::EntryIdRole).toInt();
    }
    return 0;
}

QMessageBox *confirmation(QWidget *parent)
{
    QMessageBox *box = nullptr;
    const bool shown = QTest::qWaitFor(
        [&] {
            box = parent->findChild<QMessageBox *>(QStringLiteral("revealConfirmation"));
            return box && box->isVisible();
        },
        2000);
    return shown ? box : nullptr;
}
} // namespace

class tst_NetworkLogDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void opensWithCtrlLAndFollowsRequestsLive();
    void selectedEntryShowsRequestAndResponse();
    void maskingAfterAFullSignIn();
    void revealNeedsAnExplicitSecondChoice();
    void misconfiguredFlowNamesTheOperationToFix();
    void filterAndClear();
};

void tst_NetworkLogDialog::initTestCase()
{
    QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
}

void tst_NetworkLogDialog::opensWithCtrlLAndFollowsRequestsLive()
{
    LoggedHarness l;
    SignInWizard &wizard = l.h.makeWizard(true, false);
    QVERIFY(!wizard.networkLogDialog());
    QTest::keyClick(&wizard, Qt::Key_L, Qt::ControlModifier);
    NetworkLogDialog *dialog = wizard.networkLogDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY(!dialog->isModal());
    const int before = dialog->table()->model()->rowCount(); // the restore check, if any

    // The wizard stays usable while the log is open, and the table grows as requests are made.
    signIn(l.h, AdaNumber);
    QTRY_VERIFY(dialog->table()->model()->rowCount() >= before + 3);
    QVERIFY(rowOf(*dialog, QStringLiteral("/flows/trigger/") + DemoServer::loginFlowId()));
    QVERIFY(rowOf(*dialog, QStringLiteral("/flows/trigger/") + DemoServer::verifyFlowId()));
    QVERIFY(rowOf(*dialog, QStringLiteral("/users/me")));
    // The newest one is selected while the person looks at the end of the list.
    const QAbstractItemModel *model = dialog->table()->model();
    QCOMPARE(dialog->selectedId(),
        model->index(model->rowCount() - 1, 0).data(NetworkLogModel::EntryIdRole).toInt());
    QCOMPARE(model->index(model->rowCount() - 1, NetworkLogModel::Status).data().toString(),
        QStringLiteral("200"));
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("networkLogCount"))
                ->text()
                .contains(QString::number(model->rowCount())));

    // Opening it again brings back the same window.
    wizard.networkLogAction()->trigger();
    QCOMPARE(wizard.networkLogDialog(), dialog);
}

void tst_NetworkLogDialog::selectedEntryShowsRequestAndResponse()
{
    LoggedHarness l;
    SignInWizard &wizard = l.h.makeWizard(true, false);
    signIn(l.h, AdaNumber);
    wizard.showNetworkLog();
    NetworkLogDialog *dialog = wizard.networkLogDialog();
    dialog->selectId(rowOf(*dialog, QStringLiteral("/flows/trigger/") + DemoServer::loginFlowId()));
    const QString details = dialog->detailText();
    for (const QString &expected : { QStringLiteral("Request"), QStringLiteral("GET "),
             QStringLiteral("Accept: application/json"), QStringLiteral("Response"),
             QStringLiteral("HTTP 200"), QStringLiteral("\"otp_session_uuid\": ") }) {
        QVERIFY2(details.contains(expected),
            qPrintable(expected + QStringLiteral(" missing in\n") + details));
    }
}

void tst_NetworkLogDialog::maskingAfterAFullSignIn()
{
    LoggedHarness l;
    SignInWizard &wizard = l.h.makeWizard(true, false);
    signIn(l.h, AdaNumber);
    const QString code = l.h.codes.last();
    const QString token = l.h.session->bearer();
    QVERIFY(code.size() >= 4);
    QVERIFY(token.size() >= 16);

    wizard.showNetworkLog();
    NetworkLogDialog *dialog = wizard.networkLogDialog();
    const QAbstractItemModel *model = dialog->table()->model();
    QVERIFY(model->rowCount() >= 3);

    // The --verbose echo (stderr in the application).
    const QString echo = QString::fromUtf8(l.echo.data());
    QVERIFY(echo.contains(QStringLiteral("/flows/trigger/")));
    VERIFY_NO_LEAK("verbose", echo, code);
    VERIFY_NO_LEAK("verbose", echo, token);
    // The log model.
    VERIFY_NO_LEAK("model", allCells(*model), code);
    VERIFY_NO_LEAK("model", allCells(*model), token);
    // The details and the cURL text of every entry.
    for (int row = 0; row < model->rowCount(); ++row) {
        dialog->selectId(model->index(row, 0).data(NetworkLogModel::EntryIdRole).toInt());
        VERIFY_NO_LEAK("details", dialog->detailText(), code);
        VERIFY_NO_LEAK("details", dialog->detailText(), token);
        dialog->copyCurl();
        const QString curl = QGuiApplication::clipboard()->text();
        QVERIFY(curl.startsWith(QStringLiteral("curl ")));
        VERIFY_NO_LEAK("curl", curl, code);
        VERIFY_NO_LEAK("curl", curl, token);
    }
    QVERIFY(echo.contains(QStringLiteral("otp=••••••"))
        || allCells(*model).contains(QStringLiteral("otp=••••••")));
    // The report, as text and as the file written.
    const QString path = l.h.dir.filePath(QStringLiteral("report.txt"));
    wizard.setReportPathChooser([path](QWidget *, const QString &,
                                    std::function<void(const QString &)> chosen) { chosen(path); });
    wizard.saveReportAction()->trigger();
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString report = QString::fromUtf8(file.readAll());
    QVERIFY(report.contains(QStringLiteral("/users/me")));
    VERIFY_NO_LEAK("report", report, code);
    VERIFY_NO_LEAK("report", report, token);
    QGuiApplication::clipboard()->clear();
}

void tst_NetworkLogDialog::revealNeedsAnExplicitSecondChoice()
{
    LoggedHarness l;
    SignInWizard &wizard = l.h.makeWizard(true, false);
    signIn(l.h, AdaNumber);
    const QString code = l.h.codes.last();
    const QString token = l.h.session->bearer();
    wizard.showNetworkLog();
    NetworkLogDialog *dialog = wizard.networkLogDialog();
    QSignalSpy copied(dialog, &NetworkLogDialog::curlCopied);

    // The button copies the masked command; the real one is only in its menu.
    dialog->selectId(
        rowOf(*dialog, QStringLiteral("/flows/trigger/") + DemoServer::verifyFlowId()));
    auto *button = dialog->findChild<QToolButton *>(QStringLiteral("copyCurlButton"));
    QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(4, button->height() / 2));
    QCOMPARE(copied.count(), 1);
    QCOMPARE(copied.last().first().toBool(), false);
    VERIFY_NO_LEAK("button", QGuiApplication::clipboard()->text(), code);
    QVERIFY(button->menu()->actions().contains(
        dialog->findChild<QAction *>(QStringLiteral("copyCurlWithSecretsAction"))));

    // Cancel: nothing copied.
    dialog->findChild<QAction *>(QStringLiteral("copyCurlWithSecretsAction"))->trigger();
    QMessageBox *box = confirmation(dialog);
    QVERIFY(box);
    QCOMPARE(box->icon(), QMessageBox::Warning);
    QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel)); // Enter does not reveal
    QTest::keyClick(box, Qt::Key_Escape);
    QTRY_VERIFY(!dialog->findChild<QMessageBox *>(QStringLiteral("revealConfirmation")));
    QCOMPARE(copied.count(), 1);
    VERIFY_NO_LEAK("after cancel", QGuiApplication::clipboard()->text(), code);

    // Confirmed: the real command, which the shell would run as is.
    dialog->findChild<QAction *>(QStringLiteral("copyCurlWithSecretsAction"))->trigger();
    box = confirmation(dialog);
    QVERIFY(box);
    box->findChild<QPushButton *>(QStringLiteral("revealButton"))->click();
    QTRY_COMPARE(copied.count(), 2);
    QCOMPARE(copied.last().first().toBool(), true);
    const QString revealed = QGuiApplication::clipboard()->text();
    QVERIFY2(revealed.contains(QStringLiteral("otp=") + code), qPrintable(revealed));
    // ... and nowhere else: the table and the echo stay masked.
    VERIFY_NO_LEAK("model after reveal", allCells(*dialog->table()->model()), code);
    VERIFY_NO_LEAK("echo after reveal", QString::fromUtf8(l.echo.data()), token);
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("networkLogStatus"))
                ->text()
                .contains(QStringLiteral("cleared")));
    QGuiApplication::clipboard()->clear();
}

void tst_NetworkLogDialog::misconfiguredFlowNamesTheOperationToFix()
{
    LoggedHarness l;
    SignInWizard &wizard = l.h.makeWizard(true, false);
    QTRY_COMPARE(l.h.session->state(), SignInSession::State::Idle);
    l.h.find<QLineEdit>(QStringLiteral("phoneEdit"))->setFocus();
    QTest::keyClicks(focused(), LeakNumber);
    QTest::keyClick(focused(), Qt::Key_Return);
    QTRY_COMPARE(l.h.session->lastError().kind(), Error::Kind::FlowMisconfigured);
    const QString diagnosis = l.h.session->lastError().diagnosis();
    QVERIFY(!diagnosis.isEmpty());

    // The page's error says what happened; its details say which operation to fix.
    auto *details = l.h.find<QLabel>(QStringLiteral("detailsText"));
    QVERIFY(details->text().contains(diagnosis));

    // The log's entry for that exchange says the same, above the raw answer.
    wizard.showNetworkLog();
    NetworkLogDialog *dialog = wizard.networkLogDialog();
    const int id = rowOf(*dialog, QStringLiteral("/flows/trigger/") + DemoServer::loginFlowId());
    dialog->selectId(id);
    const QString text = dialog->detailText();
    QVERIFY2(text.contains(QStringLiteral("Likely cause and fix:")), qPrintable(text));
    QVERIFY2(text.contains(diagnosis), qPrintable(text));
    QVERIFY2(text.indexOf(diagnosis) < text.indexOf(QStringLiteral("Response")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("\"Authorization\": \"••••••\""))
        || !text.contains(QStringLiteral("Basic ")));
    // The row is marked, and its tooltip gives the diagnosis.
    const QAbstractItemModel *model = dialog->table()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(NetworkLogModel::EntryIdRole).toInt() == id) {
            QVERIFY(model->index(row, 0).data(NetworkLogModel::ProblemRole).toBool());
            QVERIFY(model->index(row, 0).data(Qt::ForegroundRole).isValid());
            QCOMPARE(model->index(row, NetworkLogModel::Url).data(Qt::ToolTipRole).toString(),
                diagnosis);
        }
    }
    // And the report names it too.
    QVERIFY(wizard.reportText().contains(QStringLiteral("diagnosis: ") + diagnosis));
}

void tst_NetworkLogDialog::filterAndClear()
{
    LoggedHarness l;
    SignInWizard &wizard = l.h.makeWizard(true, false);
    signIn(l.h, AdaNumber);
    wizard.showNetworkLog();
    NetworkLogDialog *dialog = wizard.networkLogDialog();
    QAbstractItemModel *model = dialog->table()->model();
    const int all = model->rowCount();
    auto *filter = dialog->findChild<QLineEdit *>(QStringLiteral("networkLogFilter"));
    QTest::keyClicks(filter, QStringLiteral("users/me"));
    QTRY_VERIFY(model->rowCount() >= 1 && model->rowCount() < all);
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("networkLogCount"))
                ->text()
                .contains(QStringLiteral(" of ")));
    filter->clear();
    QCOMPARE(model->rowCount(), all);

    dialog->findChild<QPushButton *>(QStringLiteral("clearLogButton"))->click();
    QCOMPARE(model->rowCount(), 0);
    QCOMPARE(dialog->selectedId(), 0);
    QVERIFY(dialog->detailText().isEmpty());
    QVERIFY(!dialog->findChild<QAction *>(QStringLiteral("copyCurlAction"))->isEnabled());
    // New requests still arrive after a clear.
    ApiCall *ping = l.h.client->ping(dialog);
    QTRY_COMPARE(model->rowCount(), 1);
    QTRY_VERIFY(ping->isFinished());
    QTRY_VERIFY(model->index(0, NetworkLogModel::Url)
                    .data()
                    .toString()
                    .endsWith(QStringLiteral("/server/ping")));
}

QTEST_MAIN(tst_NetworkLogDialog)
#include "tst_networklogdialog.moc"
