// Every page of the real wizard in the states a person sees, checked for clipped text and
// controls outside the window. With DL_SCREENSHOT_DIR set, each state is also saved there as a
// PNG (name@2x.png when QT_SCALE_FACTOR=2), for the packaging and for a human to look at.

#include "CodeEdit.h"
#include "CountryPicker.h"
#include "MessagePanel.h"
#include "NetworkLog.h"
#include "NetworkLogDialog.h"
#include "ProfileBanner.h"
#include "Translations.h"
#include "WizardHarness.h"

#include <QAbstractButton>
#include <QDir>
#include <QFile>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QStyle>
#include <QTableView>
#include <QtTest>

using State = SignInSession::State;

namespace {

const QString AdaNumber = demoNumber(QStringLiteral("Signs in as Ada"));
const QString UnknownNumber = demoNumber(QStringLiteral("Unknown user"));
} // namespace

class tst_Screenshots : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void serverPage();
    void phonePage();
    void phonePageProblems();
    void codePage();
    void storeFailed();
    void signedInPage();
    void darkPalette_data();
    void darkPalette();
    void networkLog();
    void profileBanner_data();
    void profileBanner();

private:
    // The PNG's path for a state: name, "-de"/"-ar" in another language, "@2x" at 200 %.
    QString pngPath(const QString &dir, const QString &name, const QWidget *widget) const;
    void save(QWidget *widget, const QString &name);
    void snap(WizardHarness &h, const QString &name);
    void toPhone(WizardHarness &h, bool demo = false);
    void toCode(WizardHarness &h, bool demo = false);

    // DL_SCREENSHOT_LANG=de|ar|…: the same states in that language (right to left for Arabic).
    QString m_language;
    std::unique_ptr<Translations> m_translations;
};

void tst_Screenshots::initTestCase()
{
    GuiStyle::applyApplicationStyle(); // as main.cpp does: the screenshots show the focus ring
    m_language = qEnvironmentVariable("DL_SCREENSHOT_LANG");
    if (m_language.isEmpty())
        return;
    m_translations = std::make_unique<Translations>(*QCoreApplication::instance());
    QVERIFY2(m_translations->load(m_language), qPrintable(m_language));
    QApplication::setLayoutDirection(m_translations->locale().textDirection());
    qInfo("screenshots in %s", qPrintable(m_translations->locale().name()));
}

QString tst_Screenshots::pngPath(
    const QString &dir, const QString &name, const QWidget *widget) const
{
    const QString language = m_language.isEmpty() || m_language == QLatin1String("en")
        ? QString()
        : QLatin1Char('-') + m_language;
    const QString suffix = widget->devicePixelRatioF() >= 1.5 ? QStringLiteral("@2x") : QString();
    return QDir(dir).filePath(name + language + suffix + QStringLiteral(".png"));
}

void tst_Screenshots::init()
{
    QApplication::setPalette(QApplication::style()->standardPalette());
}

void tst_Screenshots::cleanup()
{
    QApplication::setPalette(QApplication::style()->standardPalette());
}

void tst_Screenshots::snap(WizardHarness &h, const QString &name)
{
    SignInWizard &wizard = *h.wizard;
    QTest::qWait(50); // layouts and the busy indicator settle
    QVERIFY(wizard.width() >= 520 && wizard.height() >= 440);
    const QRect window = wizard.rect();
    const QList<QWidget *> widgets = wizard.findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (!w->isVisibleTo(&wizard) || w->isWindow()
            || qobject_cast<QLineEdit *>(w->parentWidget()))
            continue; // (a line edit's own icon buttons are sized by the line edit)
        const QString what
            = QStringLiteral("%1: %2 (%3)")
                  .arg(name, w->objectName(), QString::fromLatin1(w->metaObject()->className()));
        const QRect inWindow(w->mapTo(&wizard, QPoint(0, 0)), w->size());
        QVERIFY2(
            window.contains(inWindow), qPrintable(what + QStringLiteral(" is outside the window")));
        if (auto *label = qobject_cast<QLabel *>(w)) {
            if (label->text().isEmpty())
                continue;
            if (label->wordWrap()) {
                QVERIFY2(label->height() >= label->heightForWidth(label->width()) - 1,
                    qPrintable(
                        what + QStringLiteral(" is cut off at the bottom: ") + label->text()));
            } else {
                QVERIFY2(label->width() >= label->sizeHint().width() - 1,
                    qPrintable(what + QStringLiteral(" is cut off: ") + label->text()));
                QVERIFY2(label->height() >= label->sizeHint().height() - 1,
                    qPrintable(what + QStringLiteral(" is too short: ") + label->text()));
            }
        } else if (auto *button = qobject_cast<QAbstractButton *>(w)) {
            QVERIFY2(button->width() >= button->minimumSizeHint().width() - 1
                    && button->height() >= button->minimumSizeHint().height() - 1,
                qPrintable(what + QStringLiteral(" is cut off: ") + button->text()));
        } else if (auto *edit = qobject_cast<QLineEdit *>(w)) {
            QVERIFY2(edit->height() >= edit->minimumSizeHint().height() - 1, qPrintable(what));
        }
    }
    const QString dir = qEnvironmentVariable("DL_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    const QString file = pngPath(dir, name, &wizard);
    QVERIFY2(wizard.grab().save(file), qPrintable(file));
    qInfo("saved %s", qPrintable(file));
}

void tst_Screenshots::save(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("DL_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    const QString file = pngPath(dir, name, widget);
    QVERIFY2(widget->grab().save(file), qPrintable(file));
    qInfo("saved %s", qPrintable(file));
}

void tst_Screenshots::networkLog()
{
    // A sign-in, then the tutorial's bug: the log with its diagnosis selected.
    WizardHarness h;
    ::NetworkLog log;
    log.setKeepRawRequests(true);
    h.client->setNetworkLog(&log);
    toCode(h);
    QTest::keyClicks(h.find<QLineEdit>(QStringLiteral("codeEdit")), h.codes.last());
    QTRY_COMPARE(h.wizard->currentId(), int(SignInWizard::SignedInPageId));
    h.session->reset();
    QVERIFY(h.session->requestCode(
        PhoneNumber::parse(demoNumber(QStringLiteral("Tutorial flow, SMS provider unreachable")),
            QStringLiteral("GB"))));
    QTRY_COMPARE(h.session->lastError().kind(), Error::Kind::FlowMisconfigured);

    h.wizard->showNetworkLog();
    NetworkLogDialog *dialog = h.wizard->networkLogDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QTRY_VERIFY(dialog->detailText().contains(
        QCoreApplication::translate("NetworkLogDialog", "Likely cause and fix:")));
    QTest::qWait(50);
    const QRect window = dialog->rect();
    for (QWidget *w : dialog->findChildren<QWidget *>()) {
        if (w->isVisibleTo(dialog) && !w->isWindow())
            QVERIFY2(window.contains(QRect(w->mapTo(dialog, QPoint(0, 0)), w->size())),
                qPrintable(w->objectName()));
    }
    save(dialog, QStringLiteral("network-log"));
    dialog->close();

    h.wizard->toolsMenu()->popup(
        h.wizard->button(QWizard::CustomButton1)->mapToGlobal(QPoint(0, 0)));
    QTRY_VERIFY(h.wizard->toolsMenu()->isVisible());
    save(h.wizard->toolsMenu(), QStringLiteral("tools-menu"));
    h.wizard->toolsMenu()->close();
}

void tst_Screenshots::profileBanner_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

void tst_Screenshots::profileBanner()
{
    QFETCH(bool, dark);
    if (dark)
        QApplication::setPalette(::darkPalette());
    WizardHarness h(WizardHarness::Setup::Empty);
    QFile user(h.dir.filePath(QStringLiteral("user.conf")));
    QVERIFY(user.open(QIODevice::WriteOnly));
    user.write("[General]\nProfile=staging\n[Profile.staging]\nServer="
        + h.demo.url().toString().toUtf8() + "\nLoginFlow=" + DemoServer::loginFlowId().toUtf8()
        + "\nVerifyFlow=" + DemoServer::verifyFlowId().toUtf8() + "\n");
    user.close();
    h.config = std::make_unique<Config>(
        Config::Paths { h.dir.filePath(QStringLiteral("system.conf")), user.fileName() },
        QProcessEnvironment(), QVariantHash());
    toPhone(h);
    QVERIFY(h.wizard->profileBanner()->isVisible());
    snap(h, dark ? QStringLiteral("profile-banner-dark") : QStringLiteral("profile-banner"));
}

void tst_Screenshots::toPhone(WizardHarness &h, bool demo)
{
    h.makeWizard(true, demo);
    QTRY_COMPARE(h.session->state(), State::Idle);
    auto *picker = h.find<CountryPicker>(QStringLiteral("countryPicker"));
    picker->setRegion(QStringLiteral("GB"));
    // "United Kingdom (+44)" in the picker's words (the calling code arrives with the list).
    QTRY_VERIFY(picker->text().contains(QStringLiteral("44")));
}

void tst_Screenshots::toCode(WizardHarness &h, bool demo)
{
    toPhone(h, demo);
    QTest::keyClicks(focused(), AdaNumber);
    QTest::keyClick(focused(), Qt::Key_Return);
    QTRY_COMPARE(h.wizard->currentId(), int(SignInWizard::CodePageId));
}

void tst_Screenshots::serverPage()
{
    WizardHarness h(WizardHarness::Setup::Empty);
    SignInWizard &wizard = h.makeWizard(true, false);
    QCOMPARE(wizard.currentId(), int(SignInWizard::ServerPageId));
    snap(h, QStringLiteral("server-empty"));
    QTest::keyClicks(focused(), QStringLiteral("https://cms.example.com"));
    QTest::keyClick(focused(), Qt::Key_Tab);
    QTest::keyClicks(focused(),
        QStringLiteral(
            "https://cms.example.com/flows/trigger/9c1f0a52-4d3e-4a8b-9f7e-2b6c8d1e0f34"));
    QTest::keyClick(focused(), Qt::Key_Tab);
    QTest::keyClicks(focused(),
        QStringLiteral(
            "https://cms.example.com/flows/trigger/4e7d2b19-8a6c-4f03-b5d1-7c9e3a2f6b80"));
    QTest::keyClick(focused(), Qt::Key_Tab);
    snap(h, QStringLiteral("server"));

    // "Test connection" against the demo server, by keyboard.
    for (const char *name : { "serverEdit", "loginFlowEdit", "verifyFlowEdit" })
        h.find<QLineEdit>(QLatin1String(name))->clear();
    h.find<QLineEdit>(QStringLiteral("serverEdit"))->setText(h.demo.url().toString());
    h.find<QLineEdit>(QStringLiteral("loginFlowEdit"))->setText(DemoServer::loginFlowId());
    h.find<QLineEdit>(QStringLiteral("verifyFlowEdit"))->setText(DemoServer::verifyFlowId());
    auto *test = h.find<QPushButton>(QStringLiteral("testConnectionButton"));
    test->setFocus();
    QTest::keyClick(test, Qt::Key_Space);
    QTRY_VERIFY(h.find<MessagePanel>(QStringLiteral("messagePanel"))->isVisible());
    QCOMPARE(focused(), test);
    snap(h, QStringLiteral("server-connected"));

    // A flow id the server does not know: Test connection says so (it said "Connected").
    auto *panel = h.find<MessagePanel>(QStringLiteral("messagePanel"));
    panel->clear();
    h.find<QLineEdit>(QStringLiteral("verifyFlowEdit"))
        ->setText(QStringLiteral("4e7d2b19-8a6c-4f03-b5d1-7c9e3a2f6b80"));
    QTest::keyClick(test, Qt::Key_Space);
    QTRY_VERIFY(panel->isVisible() && test->isEnabled());
    QCOMPARE(panel->tone(), GuiStyle::Tone::Error);
    snap(h, QStringLiteral("server-flow-missing"));

    // Plain HTTP to another machine: said when the field is left.
    h.find<QLineEdit>(QStringLiteral("serverEdit"))
        ->setText(QStringLiteral("http://cms.example.com"));
    h.find<QLineEdit>(QStringLiteral("serverEdit"))->setFocus();
    QTest::keyClick(focused(), Qt::Key_Tab);
    QTRY_VERIFY(panel->text().contains(QStringLiteral("cms.example.com")));
    snap(h, QStringLiteral("server-plain-http"));
}

void tst_Screenshots::phonePage()
{
    {
        WizardHarness h;
        toPhone(h);
        snap(h, QStringLiteral("phone-empty"));
        QTest::keyClicks(focused(), QStringLiteral("07123 456001"));
        snap(h, QStringLiteral("phone"));
    }
    {
        WizardHarness h;
        toPhone(h, true);
        QTest::keyClicks(focused(), AdaNumber);
        snap(h, QStringLiteral("phone-demo"));
        // The demo's test numbers, listed on the page.
        QTest::mouseClick(
            h.find<QPushButton>(QStringLiteral("useTestNumberButton")), Qt::LeftButton);
        snap(h, QStringLiteral("phone-demo-test-numbers"));
    }
    {
        // A landline is refused before anything is sent.
        WizardHarness h;
        toPhone(h);
        h.find<CountryPicker>(QStringLiteral("countryPicker"))->setRegion(QStringLiteral("GB"));
        QTest::keyClicks(focused(), QStringLiteral("020 7946 0000"));
        snap(h, QStringLiteral("phone-landline"));
    }
    {
        // After a 429: the message and the button count down.
        WizardHarness h;
        toPhone(h, true);
        QTest::keyClicks(focused(), demoNumber(QStringLiteral("Rate limited")));
        QTest::keyClick(focused(), Qt::Key_Return);
        QTRY_VERIFY(!h.find<QPushButton>(QStringLiteral("sendCodeButton"))->isEnabled()
            && h.session->state() == State::Idle);
        h.clock.advance(12000);
        QTest::qWait(300);
        snap(h, QStringLiteral("phone-rate-limited"));
    }
    {
        // No keychain at all: a calm note, and signing in still works.
        auto store = std::make_unique<FailingTokenStore>(Error::Kind::KeychainUnavailable, 100);
        store->setReadFailure(Error::Kind::KeychainUnavailable);
        WizardHarness h(WizardHarness::Setup::Complete, std::move(store));
        h.makeWizard();
        QTRY_VERIFY(h.find<QWidget>(QStringLiteral("messagePanel"))->isVisible());
        snap(h, QStringLiteral("phone-no-keychain"));
    }
    {
        WizardHarness h;
        toPhone(h);
        auto *picker = h.find<CountryPicker>(QStringLiteral("countryPicker"));
        QTest::keyClick(focused(), Qt::Key_Tab, Qt::ShiftModifier);
        QTest::keyClicks(picker, QStringLiteral("united"));
        QVERIFY(picker->isListVisible());
        // The list is a popup window of its own: paint it into the screenshot where it shows.
        QWidget *list = nullptr;
        for (QWidget *w : QApplication::topLevelWidgets())
            list = w->objectName() == QLatin1String("countryList") ? w : list;
        QVERIFY(list);
        snap(h, QStringLiteral("phone-country-search"));
        const QString dir = qEnvironmentVariable("DL_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            QPixmap shot = h.wizard->grab();
            QPainter painter(&shot);
            // Below the field, where QCompleter puts it (offscreen at 200 % may misplace it).
            painter.drawPixmap(
                picker->mapTo(h.wizard.get(), QPoint(0, picker->height())), list->grab());
            painter.end();
            QVERIFY(
                shot.save(pngPath(dir, QStringLiteral("phone-country-search"), h.wizard.get())));
        }
    }
}

void tst_Screenshots::phonePageProblems()
{
    {
        // No keychain running (issue 21): a calm note and the choice before the code.
        auto store = std::make_unique<FailingTokenStore>(Error::Kind::KeychainUnavailable, 100);
        store->setReadFailure(Error::Kind::KeychainUnavailable);
        WizardHarness h(WizardHarness::Setup::Complete, std::move(store));
        toPhone(h);
        QTRY_VERIFY(h.find<MessagePanel>(QStringLiteral("messagePanel"))->isVisible());
        snap(h, QStringLiteral("phone-no-keychain"));
    }
    {
        WizardHarness h;
        toPhone(h);
        QTest::keyClicks(focused(), UnknownNumber);
        QTest::keyClick(focused(), Qt::Key_Return);
        QTRY_VERIFY(h.find<MessagePanel>(QStringLiteral("messagePanel"))->isVisible());
        snap(h, QStringLiteral("phone-error"));
        QTest::mouseClick(h.find<QAbstractButton>(QStringLiteral("detailsButton")), Qt::LeftButton);
        snap(h, QStringLiteral("phone-error-details"));
    }
    {
        WizardHarness h;
        toPhone(h);
        QTest::keyClicks(focused(), QStringLiteral("07123 45"));
        QTest::keyClick(focused(), Qt::Key_Return);
        snap(h, QStringLiteral("phone-invalid"));
    }
    {
        WizardHarness h;
        h.config->setUserValue(QStringLiteral("LastRegion"), QStringLiteral("GB"));
        h.config->setUserValue(QStringLiteral("LastPhone"), AdaNumber);
        QVERIFY(h.storeToken(QStringLiteral("5f0c9d8e7b6a5f4e3d2c1b0a9f8e7d6c")));
        h.makeWizard(true, false);
        QTRY_VERIFY2(h.find<MessagePanel>(QStringLiteral("messagePanel"))->isVisible(),
            qPrintable(
                SignInSession::stateName(h.session->state()) + h.session->lastError().kindName()));
        QTRY_VERIFY(h.find<CountryPicker>(QStringLiteral("countryPicker"))
                        ->text()
                        .contains(QStringLiteral("44")));
        snap(h, QStringLiteral("phone-session-ended"));
    }
    {
        WizardHarness h;
        h.demo.setLatencyMs(60000);
        toPhone(h);
        QTest::keyClicks(focused(), AdaNumber);
        QTest::keyClick(focused(), Qt::Key_Return);
        QTRY_VERIFY(h.find<QWidget>(QStringLiteral("progressPanel"))->isVisible());
        snap(h, QStringLiteral("phone-sending"));
    }
}

void tst_Screenshots::codePage()
{
    {
        WizardHarness h;
        toCode(h);
        snap(h, QStringLiteral("code"));
        const QString right = h.codes.last();
        QString wrong = right;
        wrong[5] = right.at(5) == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
        QTest::keyClicks(focused(), wrong);
        QTRY_VERIFY(h.find<MessagePanel>(QStringLiteral("messagePanel"))->isVisible());
        snap(h, QStringLiteral("code-wrong"));
    }
    {
        WizardHarness h;
        toCode(h, true);
        QTRY_VERIFY(h.find<QWidget>(QStringLiteral("smsBanner"))->isVisible());
        snap(h, QStringLiteral("code-demo"));
    }
    {
        WizardHarness h;
        toCode(h);
        h.clock.advance(31000);
        QTRY_VERIFY(h.find<QPushButton>(QStringLiteral("resendButton"))->isEnabled());
        h.demo.setLatencyMs(60000);
        QTest::mouseClick(h.find<QPushButton>(QStringLiteral("resendButton")), Qt::LeftButton);
        QTRY_VERIFY(h.find<QWidget>(QStringLiteral("progressPanel"))->isVisible());
        snap(h, QStringLiteral("code-resending"));
    }
    {
        // After a resend: the expiry, "Call me instead" once its countdown is over; then the call.
        WizardHarness h;
        toCode(h);
        h.clock.advance(31000);
        auto *resend = h.find<QPushButton>(QStringLiteral("resendButton"));
        QTRY_VERIFY(resend->isEnabled());
        QTest::mouseClick(resend, Qt::LeftButton);
        auto *call = h.find<QPushButton>(QStringLiteral("callButton"));
        QTRY_VERIFY(call->isVisible());
        h.clock.advance(31000);
        QTRY_VERIFY(call->isEnabled());
        snap(h, QStringLiteral("code-call-offered"));
        QTest::mouseClick(call, Qt::LeftButton);
        QTRY_VERIFY(!call->isVisible());
        QTRY_VERIFY(h.find<MessagePanel>(QStringLiteral("messagePanel"))->isVisible());
        snap(h, QStringLiteral("code-calling"));
    }
    {
        // Closing in the middle of a sign-in asks first; the box is painted where it shows.
        WizardHarness h;
        toCode(h);
        QVERIFY(!h.wizard->close());
        QMessageBox *box = h.wizard->findChild<QMessageBox *>(QStringLiteral("closeConfirmBox"));
        QVERIFY(box);
        QTRY_VERIFY(box->isVisible());
        const QString dir = qEnvironmentVariable("DL_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            QPixmap shot = h.wizard->grab();
            QPainter painter(&shot);
            const QPixmap boxShot = box->grab();
            const QSizeF logical = QSizeF(boxShot.size()) / boxShot.devicePixelRatio();
            painter.fillRect(shot.rect(), QColor(0, 0, 0, 60));
            painter.drawPixmap(QPointF((h.wizard->width() - logical.width()) / 2,
                                   (h.wizard->height() - logical.height()) / 3),
                boxShot);
            painter.end();
            QVERIFY(shot.save(pngPath(dir, QStringLiteral("code-close-confirm"), h.wizard.get())));
        }
        QTest::mouseClick(box->defaultButton(), Qt::LeftButton);
    }
}

void tst_Screenshots::storeFailed()
{
    WizardHarness h(WizardHarness::Setup::Complete,
        std::make_unique<FailingTokenStore>(Error::Kind::KeychainLocked, 1000));
    toCode(h);
    QTest::keyClicks(focused(), h.codes.last());
    QTRY_COMPARE(h.session->state(), State::StoreFailed);
    snap(h, QStringLiteral("keychain-locked"));
}

void tst_Screenshots::signedInPage()
{
    {
        // A keychain that works, described as the Linux one is.
        WizardHarness h(WizardHarness::Setup::Complete,
            std::make_unique<FailingTokenStore>(Error::Kind::None, 0,
                QCoreApplication::translate("TokenStore", "the system keychain (Secret Service)")));
        toCode(h);
        QTest::keyClicks(focused(), h.codes.last());
        QTRY_COMPARE(h.wizard->currentId(), int(SignInWizard::SignedInPageId));
        snap(h, QStringLiteral("signed-in"));
    }
    {
        WizardHarness h(WizardHarness::Setup::Complete,
            std::make_unique<FailingTokenStore>(Error::Kind::KeychainLocked, 1000));
        toCode(h);
        QTest::keyClicks(focused(), h.codes.last());
        QTRY_COMPARE(h.session->state(), State::StoreFailed);
        QTest::mouseClick(
            h.find<QPushButton>(QStringLiteral("keepForSessionButton")), Qt::LeftButton);
        QTRY_COMPARE(h.wizard->currentId(), int(SignInWizard::SignedInPageId));
        snap(h, QStringLiteral("signed-in-session-only"));
    }
}

void tst_Screenshots::darkPalette_data()
{
    QTest::addColumn<QString>("page");
    QTest::newRow("phone") << QStringLiteral("phone");
    QTest::newRow("code-wrong") << QStringLiteral("code-wrong");
    QTest::newRow("signed-in") << QStringLiteral("signed-in");
}

void tst_Screenshots::darkPalette()
{
    QFETCH(QString, page);
    QApplication::setPalette(::darkPalette());
    WizardHarness h;
    if (page == QLatin1String("phone")) {
        toPhone(h, true);
        QTest::keyClicks(focused(), QStringLiteral("07123 456001 999"));
    } else {
        toCode(h, true);
        if (page == QLatin1String("code-wrong")) {
            QString wrong = h.codes.last();
            wrong[5] = wrong.at(5) == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
            QTest::keyClicks(focused(), wrong);
            QTRY_VERIFY(h.find<MessagePanel>(QStringLiteral("messagePanel"))->isVisible());
        } else {
            QTest::keyClicks(focused(), h.codes.last());
            QTRY_COMPARE(h.wizard->currentId(), int(SignInWizard::SignedInPageId));
        }
    }
    snap(h, page + QStringLiteral("-dark"));
}

QTEST_MAIN(tst_Screenshots)
#include "tst_screenshots.moc"
