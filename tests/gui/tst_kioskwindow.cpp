// Kiosk mode, driven as a person at the kiosk would: the real wizard inside the kiosk window
// against the in-process demo server, a manual clock for idle and welcome timing, an in-memory
// token store. Keypad and keyboard sign-in, idle warning / cancel / wipe, close attempts, the
// administrator PIN, the not-set-up screen and the hand-off to the kiosk's application.

#include "CodeEdit.h"
#include "CountryPicker.h"
#include "DigitKeypad.h"
#include "KioskHarness.h"
#include "KioskPin.h"
#include "KioskPinPanel.h"
#include "KioskWindow.h"
#include "MessagePanel.h"
#include "NetworkLog.h"
#include "TestFiles.h"
#include "WizardHarness.h"

#include <QAccessible>
#include <QClipboard>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QToolButton>
#include <QtTest>

using Screen = KioskWindow::Screen;
using State = SignInSession::State;

namespace {
const QString AdaNumber = demoNumber(QStringLiteral("Signs in as Ada"));
const QString Pin = QStringLiteral("2468");

// With DL_SCREENSHOT_DIR set, saves what the kiosk shows (for a person to look at).
void snap(const Kiosk &k, const QString &name)
{
    const QString dir = qEnvironmentVariable("DL_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    if (!k.window->grab().save(dir + QStringLiteral("/kiosk-%1.png").arg(name)))
        qWarning("could not save the screenshot %s", qPrintable(name));
}

} // namespace

class TestKioskWindow : public QObject
{
    Q_OBJECT

private slots:
    void coversTheScreenFramelessOnTop();
    void keypadKeysAreLargeAndNeverTakeFocus();
    void keypadTypesDeletesAndClears();
    void touchOnlySignInShowsWelcomeThenResets();
    void keyboardSignInWorksToo_data();
    void keyboardSignInWorksToo();
    void numberIsMaskedAfterSendingAndNotLogged();
    void idleWarningCountsDownAndTouchCancels();
    void idleWipesFieldsTokenClipboardAndLog();
    void untouchedKioskNeverWarns();
    void resendCooldownSurvivesReset();
    void closeAttemptsAreIgnored_data();
    void closeAttemptsAreIgnored();
    void wizardCannotBeClosed();
    void pinRefusedThenAccepted();
    void pinByKeyboardAndEscapeClosesPanel();
    void pinOnlyFromSystemFile();
    void notSetUpShowsNoServerPage();
    void handOffGivesTokenOnStandardInputOnly();
    void handOffFailureIsShownThenResets();
    void lastPhoneIsNotRemembered();
    void everyKeyAndControlIsNamed();
    void keypadWritesIntoTheNumberAfterEveryPath();
    void keypadReadsOneTwoThreeRightToLeftToo();
};

void TestKioskWindow::coversTheScreenFramelessOnTop()
{
    Kiosk k;
    QVERIFY(k.show());
    QWidget *w = k.window.get();
    QVERIFY(w->windowFlags() & Qt::FramelessWindowHint);
    QVERIFY(w->windowFlags() & Qt::WindowStaysOnTopHint);
    QVERIFY(w->windowState() & Qt::WindowFullScreen);
    QTRY_COMPARE(w->geometry(), w->screen()->geometry());
    QCOMPARE(k.window->currentScreen(), Screen::SignIn);
    QCOMPARE(k.page(), int(SignInWizard::PhonePageId));
    QVERIFY(k.window->keypad()->isVisible());
    // No Cancel/Close button in the wizard.
    QVERIFY(!k.window->wizard()->button(QWizard::CancelButton)->isVisible());
    QTRY_COMPARE(focusedName(), QStringLiteral("phoneEdit"));
}

void TestKioskWindow::keypadKeysAreLargeAndNeverTakeFocus()
{
    Kiosk k;
    QVERIFY(k.show());
    QStringList names { QStringLiteral("keypadBackspace"), QStringLiteral("keypadClear"),
        QStringLiteral("keypadEnter") };
    for (int d = 0; d <= 9; ++d)
        names << QStringLiteral("keypadDigit%1").arg(d);
    for (const QString &name : names) {
        QPushButton *key = k.key(name);
        QVERIFY2(key, qPrintable(name));
        QVERIFY2(key->isVisible(), qPrintable(name));
        QCOMPARE(key->focusPolicy(), Qt::NoFocus);
        QVERIFY2(key->width() >= DigitKeypad::minimumKeySize()
                && key->height() >= DigitKeypad::minimumKeySize(),
            qPrintable(
                QStringLiteral("%1 is %2×%3").arg(name).arg(key->width()).arg(key->height())));
    }
    QTRY_COMPARE(focusedName(), QStringLiteral("phoneEdit"));
    k.tap(k.key(QStringLiteral("keypadDigit7")));
    QCOMPARE(focusedName(), QStringLiteral("phoneEdit"));
}

void TestKioskWindow::keypadTypesDeletesAndClears()
{
    Kiosk k;
    QVERIFY(k.show());
    k.tapDigits(QStringLiteral("07123456001"));
    QCOMPARE(digitsOf(k.phoneText()), QStringLiteral("07123456001"));
    QVERIFY2(k.phoneText().contains(QLatin1Char(' ')), "formatted as typed");
    auto *sentAs = k.find<QLabel>(QStringLiteral("sentAsLabel"));
    QVERIFY2(digitsOf(sentAs->text()).contains(QStringLiteral("447123456001")),
        qPrintable(sentAs->text()));
    QVERIFY(k.find<QPushButton>(QStringLiteral("sendCodeButton"))->isEnabled());

    k.tap(k.key(QStringLiteral("keypadBackspace")));
    QCOMPARE(digitsOf(k.phoneText()), QStringLiteral("0712345600"));
    QVERIFY(!k.find<QPushButton>(QStringLiteral("sendCodeButton"))->isEnabled());

    k.tap(k.key(QStringLiteral("keypadClear")));
    QCOMPARE(k.phoneText(), QString());
    // The page heard an edit: the live line no longer names a number.
    QVERIFY2(digitsOf(sentAs->text()).isEmpty(), qPrintable(sentAs->text()));

    // A tap somewhere else (the country field) does not lose the digits: they go where the focus
    // is.
    QTest::mouseClick(k.find(QStringLiteral("countryPicker")), Qt::LeftButton);
    k.tapDigits(QStringLiteral("44"));
    auto *picker = k.find<QLineEdit>(QStringLiteral("countryPicker"));
    QVERIFY(picker->text().contains(QStringLiteral("44")));
}

void TestKioskWindow::touchOnlySignInShowsWelcomeThenResets()
{
    Kiosk k;
    QVERIFY(k.show());
    QSignalSpy resets(k.window.get(), &KioskWindow::resetDone);
    QCOMPARE(k.key(QStringLiteral("keypadEnter"))->text(), QStringLiteral("Send code"));
    k.tapDigits(QStringLiteral("07123456001"));
    k.tap(k.key(QStringLiteral("keypadEnter")));
    QTRY_COMPARE(k.page(), int(SignInWizard::CodePageId));
    QCOMPARE(k.h.loginRequests(), 1);
    QCOMPARE(k.key(QStringLiteral("keypadEnter"))->text(), QStringLiteral("Sign in"));
    QTRY_COMPARE(focusedName(), QStringLiteral("codeEdit"));
    QVERIFY(!k.h.codes.isEmpty());
    k.tapDigits(k.h.codes.last()); // submits itself at the last digit
    QTRY_COMPARE(k.window->currentScreen(), Screen::Welcome);
    QCOMPARE(k.find<QLabel>(QStringLiteral("kioskWelcomeLabel"))->text(),
        QStringLiteral("Welcome, Ada"));
    snap(k, QStringLiteral("welcome"));
    QVERIFY(
        k.find<QLabel>(QStringLiteral("kioskWelcomeHint"))->text().contains(QStringLiteral("5 s")));
    QCOMPARE(k.h.session->state(), State::SignedIn);
    QVERIFY(!k.h.session->bearer().isEmpty());
    QCOMPARE(static_cast<MemoryTokenStore *>(k.h.store.get())->count(), 1);

    k.advance(4000);
    QCOMPARE(k.window->currentScreen(), Screen::Welcome);
    QVERIFY(
        k.find<QLabel>(QStringLiteral("kioskWelcomeHint"))->text().contains(QStringLiteral("1 s")));
    k.advance(1000);
    QCOMPARE(k.window->currentScreen(), Screen::SignIn);
    QCOMPARE(resets.count(), 1);
    QCOMPARE(k.page(), int(SignInWizard::PhonePageId));
    QCOMPARE(k.phoneText(), QString());
    QTRY_COMPARE(k.h.session->state(), State::Idle);
    QVERIFY(k.h.session->bearer().isEmpty());
    QCOMPARE(static_cast<MemoryTokenStore *>(k.h.store.get())->count(), 0);
    QTRY_COMPARE(focusedName(), QStringLiteral("phoneEdit"));
}

void TestKioskWindow::keyboardSignInWorksToo_data()
{
    QTest::addColumn<bool>("demo");
    QTest::newRow("server") << false;
    QTest::newRow("demo, with its SMS banner") << true;
}

void TestKioskWindow::keyboardSignInWorksToo()
{
    QFETCH(bool, demo);
    Kiosk k({}, {}, {}, WizardHarness::Setup::Complete, demo);
    QVERIFY(k.show());
    QTRY_COMPARE(focusedName(), QStringLiteral("phoneEdit"));
    QTest::keyClicks(focused(), QStringLiteral("07123456001"));
    QTest::keyClick(focused(), Qt::Key_Return);
    QTRY_COMPARE(k.page(), int(SignInWizard::CodePageId));
    QTRY_COMPARE(focusedName(), QStringLiteral("codeEdit"));
    // Key by key to whatever has the focus, as a keyboard does: the focus must stay in the field.
    const QString code = k.h.codes.last();
    for (int i = 0; i < code.size() - 1; ++i) {
        QTest::keyClick(focused(), code.at(i).toLatin1());
        QTest::qWait(1);
        QCOMPARE(focusedName(), QStringLiteral("codeEdit"));
    }
    QTest::keyClick(focused(), code.back().toLatin1());
    QTRY_COMPARE(k.window->currentScreen(), Screen::Welcome);
    // Done clears at once for the next person.
    k.tap(k.find(QStringLiteral("kioskDoneButton")));
    QCOMPARE(k.window->currentScreen(), Screen::SignIn);
    QTRY_COMPARE(k.h.session->state(), State::Idle);
}

void TestKioskWindow::numberIsMaskedAfterSendingAndNotLogged()
{
    Kiosk k;
    QVERIFY(k.show());
    k.tapDigits(QStringLiteral("07123456001"));
    k.tap(k.key(QStringLiteral("keypadEnter")));
    QTRY_COMPARE(k.page(), int(SignInWizard::CodePageId));
    // Nothing visible on the code page shows the whole number.
    const QList<QLabel *> labels = k.window->findChildren<QLabel *>();
    for (const QLabel *label : labels) {
        if (label->isVisible())
            QVERIFY2(!digitsOf(label->text()).contains(QStringLiteral("7123456001")),
                qPrintable(label->text()));
    }
    QVERIFY(k.find<QLabel>(QStringLiteral("sentToLabel"))->text().contains(QStringLiteral("•")));
    // The network log masks it, and nothing is echoed.
    QVERIFY(!k.log.entries().isEmpty());
    QVERIFY(!k.log.formatAll().contains(QStringLiteral("7123456001")));
    QVERIFY(!k.log.formatAll().contains(QStringLiteral("7123%20456001")));
}

void TestKioskWindow::idleWarningCountsDownAndTouchCancels()
{
    Kiosk k;
    QVERIFY(k.show());
    QSignalSpy resets(k.window.get(), &KioskWindow::resetDone);
    k.tapDigits(QStringLiteral("0712"));
    QWidget *warning = k.window->findChild<QWidget *>(QStringLiteral("kioskIdleWarning"));
    QVERIFY(warning);

    // KioskIdleSeconds=60 (the default) with a 10 s warning: it shows after 50 s.
    k.advance(49000);
    QVERIFY(!warning->isVisible());
    k.advance(1000);
    QVERIFY(warning->isVisible());
    auto *label = k.window->findChild<QLabel *>(QStringLiteral("kioskIdleWarningLabel"));
    QVERIFY2(label->text().contains(QStringLiteral("10 s")), qPrintable(label->text()));
    snap(k, QStringLiteral("idle-warning"));
    k.advance(3000);
    QVERIFY2(label->text().contains(QStringLiteral("7 s")), qPrintable(label->text()));

    // A touch anywhere keeps everything, and presses nothing.
    QTest::mouseClick(k.key(QStringLiteral("keypadDigit9")), Qt::LeftButton);
    QVERIFY(!warning->isVisible());
    QCOMPARE(digitsOf(k.phoneText()), QStringLiteral("0712"));
    QCOMPARE(resets.count(), 0);

    // The idle period starts again from the touch.
    k.advance(49000);
    QVERIFY(!warning->isVisible());
    k.advance(1000);
    QVERIFY(warning->isVisible());
    // A key press cancels it as well.
    QTest::keyClick(focused(), Qt::Key_5);
    QVERIFY(!warning->isVisible());
    QCOMPARE(digitsOf(k.phoneText()), QStringLiteral("0712"));
}

void TestKioskWindow::idleWipesFieldsTokenClipboardAndLog()
{
    Kiosk k;
    QVERIFY(k.show());
    QSignalSpy resets(k.window.get(), &KioskWindow::resetDone);
    k.tapDigits(QStringLiteral("07123456001"));
    k.tap(k.key(QStringLiteral("keypadEnter")));
    QTRY_COMPARE(k.page(), int(SignInWizard::CodePageId));
    k.tapDigits(k.h.codes.last().left(3));
    QGuiApplication::clipboard()->setText(AdaNumber); // as if the number had been copied
    QPointer<SignInWizard> before = k.window->wizard();
    QVERIFY(!k.log.entries().isEmpty());

    k.advance(50000);
    QVERIFY(k.window->findChild<QWidget *>(QStringLiteral("kioskIdleWarning"))->isVisible());
    k.advance(9999);
    QCOMPARE(resets.count(), 0);
    k.advance(1);
    QCOMPARE(resets.count(), 1); // at KioskIdleSeconds, as documented
    QVERIFY(!k.window->findChild<QWidget *>(QStringLiteral("kioskIdleWarning"))->isVisible());
    QVERIFY(before.isNull()); // a fresh wizard: no field, message or state of the last person
    QCOMPARE(k.page(), int(SignInWizard::PhonePageId));
    QCOMPARE(k.phoneText(), QString());
    QTRY_COMPARE(k.h.session->state(), State::Idle);
    QVERIFY(!k.h.session->phone().isValid());
    QVERIFY(k.h.session->sessionUuid().isEmpty());
    QVERIFY(k.h.session->bearer().isEmpty());
    QCOMPARE(static_cast<MemoryTokenStore *>(k.h.store.get())->count(), 0);
    QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
    QVERIFY(k.log.entries().isEmpty());
    QTRY_COMPARE(focusedName(), QStringLiteral("phoneEdit"));
}

void TestKioskWindow::untouchedKioskNeverWarns()
{
    Kiosk k;
    QVERIFY(k.show());
    QSignalSpy resets(k.window.get(), &KioskWindow::resetDone);
    k.advance(10 * 60 * 1000);
    QVERIFY(!k.window->findChild<QWidget *>(QStringLiteral("kioskIdleWarning"))->isVisible());
    QCOMPARE(resets.count(), 0);
}

void TestKioskWindow::resendCooldownSurvivesReset()
{
    Kiosk k;
    QVERIFY(k.show());
    k.tapDigits(QStringLiteral("07123456001"));
    k.tap(k.key(QStringLiteral("keypadEnter")));
    QTRY_COMPARE(k.page(), int(SignInWizard::CodePageId));
    QCOMPARE(k.h.loginRequests(), 1);
    k.window->reset();
    // Waiting for the wipe does not buy a new code sooner.
    k.tapDigits(QStringLiteral("07123456001"));
    auto *send = k.find<QPushButton>(QStringLiteral("sendCodeButton"));
    QVERIFY(!send->isEnabled());
    QVERIFY2(send->text().contains(QStringLiteral("again")), qPrintable(send->text()));
    k.tap(k.key(QStringLiteral("keypadEnter")));
    QTest::qWait(50);
    QCOMPARE(k.h.loginRequests(), 1);
    QCOMPARE(k.page(), int(SignInWizard::PhonePageId));
}

void TestKioskWindow::closeAttemptsAreIgnored_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("modifiers");
    QTest::newRow("Alt+F4") << int(Qt::Key_F4) << int(Qt::AltModifier);
    QTest::newRow("Escape") << int(Qt::Key_Escape) << int(Qt::NoModifier);
    QTest::newRow("Ctrl+Q") << int(Qt::Key_Q) << int(Qt::ControlModifier);
    QTest::newRow("Ctrl+W") << int(Qt::Key_W) << int(Qt::ControlModifier);
}

void TestKioskWindow::closeAttemptsAreIgnored()
{
    QFETCH(int, key);
    QFETCH(int, modifiers);
    Kiosk k;
    QVERIFY(k.show());
    k.tapDigits(QStringLiteral("0712"));
    QSignalSpy resets(k.window.get(), &KioskWindow::resetDone);
    QSignalSpy leave(k.window.get(), &KioskWindow::leaveRequested);
    // A shortcut that would close the window, if anything listened.
    bool triggered = false;
    auto *action = new QAction(k.window.get());
    action->setShortcut(QKeySequence(key | modifiers));
    action->setShortcutContext(Qt::ApplicationShortcut);
    connect(action, &QAction::triggered, this, [&triggered] { triggered = true; });
    k.window->addAction(action);

    QTest::keyClick(focused(), Qt::Key(key), Qt::KeyboardModifiers(modifiers));
    QTest::qWait(20);
    QVERIFY(!triggered);
    QVERIFY(k.window->isVisible());
    QVERIFY(k.window->wizard()->isVisible());
    QCOMPARE(k.page(), int(SignInWizard::PhonePageId));
    QCOMPARE(digitsOf(k.phoneText()), QStringLiteral("0712"));
    QCOMPARE(resets.count(), 0);
    QCOMPARE(leave.count(), 0);

    // The window manager's close (what Alt+F4 becomes under one) is refused as well.
    QVERIFY(!k.window->close());
    QVERIFY(k.window->isVisible());
    QCloseEvent event;
    QApplication::sendEvent(k.window->windowHandle(), &event);
    QVERIFY(!event.isAccepted());
    QVERIFY(k.window->isVisible());
}

void TestKioskWindow::wizardCannotBeClosed()
{
    Kiosk k;
    QVERIFY(k.show());
    QPointer<SignInWizard> first = k.window->wizard();
    first->reject(); // whatever would close the wizard inside the kiosk
    QTRY_VERIFY(first.isNull());
    QVERIFY(k.window->wizard());
    QVERIFY(k.window->wizard()->isVisible());
    QCOMPARE(k.window->currentScreen(), Screen::SignIn);
}

void TestKioskWindow::pinRefusedThenAccepted()
{
    const QByteArray system
        = "[General]\nKioskPinHash=" + KioskPin::makeHash(Pin, 1000).toLatin1() + "\n";
    Kiosk k(system);
    QVERIFY(k.show());
    QSignalSpy leave(k.window.get(), &KioskWindow::leaveRequested);
    k.tap(k.find(QStringLiteral("kioskAdminButton")));
    KioskPinPanel *panel = k.window->pinPanel();
    QVERIFY(panel->isVisible());
    auto *edit = panel->findChild<QLineEdit *>(QStringLiteral("kioskPinEdit"));
    auto *message = panel->findChild<QLabel *>(QStringLiteral("kioskPinMessage"));
    QCOMPARE(edit->echoMode(), QLineEdit::Password);
    auto *keypad = panel->findChild<DigitKeypad *>();
    QVERIFY(keypad);
    const auto enter = [&](const QString &pin) {
        for (const QChar ch : pin)
            QTest::mouseClick(keypad->key(QStringLiteral("keypadDigit") + ch), Qt::LeftButton);
        QTest::mouseClick(keypad->key(QStringLiteral("keypadEnter")), Qt::LeftButton);
    };

    enter(QStringLiteral("1111"));
    QTRY_VERIFY2(
        message->text().contains(QStringLiteral("not right")), qPrintable(message->text()));
    snap(k, QStringLiteral("pin"));
    QVERIFY(!panel->isUnlocked());
    QCOMPARE(edit->text(), QString());
    QTRY_VERIFY(edit->isEnabled());
    enter(QStringLiteral("2222"));
    QTRY_VERIFY(edit->isEnabled() && panel->verifier().failures() == 2);
    enter(QStringLiteral("3333"));
    QTRY_VERIFY2(
        message->text().contains(QStringLiteral("Try again in 30 s")), qPrintable(message->text()));
    QVERIFY(!edit->isEnabled());
    // Even the right PIN must wait.
    enter(Pin);
    QVERIFY(!panel->isUnlocked());
    k.h.clock.advance(30000);
    QTRY_VERIFY(edit->isEnabled());
    enter(Pin);
    QTRY_VERIFY(panel->isUnlocked());
    auto *leaveButton = panel->findChild<QPushButton *>(QStringLiteral("kioskLeaveButton"));
    QVERIFY(leaveButton->isVisible());
    k.tap(panel->findChild<QPushButton *>(QStringLiteral("kioskConfigButton")));
    auto *view = panel->findChild<QPlainTextEdit *>(QStringLiteral("kioskConfigView"));
    QVERIFY(view->isVisible());
    QVERIFY(view->toPlainText().contains(QStringLiteral("Kiosk = true")));
    const QByteArray hash
        = KioskPin::parse(k.h.config->string(QStringLiteral("KioskPinHash"))).value().hash;
    QVERIFY(!view->toPlainText().contains(QString::fromLatin1(hash.toBase64())));
    k.tap(leaveButton);
    QCOMPARE(leave.count(), 1);
    QVERIFY(k.window->close()); // now it may close
}

void TestKioskWindow::pinByKeyboardAndEscapeClosesPanel()
{
    const QByteArray system
        = "[General]\nKioskPinHash=" + KioskPin::makeHash(Pin, 1000).toLatin1() + "\n";
    Kiosk k(system);
    QVERIFY(k.show());
    k.window->openAdministration();
    KioskPinPanel *panel = k.window->pinPanel();
    QTRY_COMPARE(focusedName(), QStringLiteral("kioskPinEdit"));
    QTest::keyClicks(focused(), QStringLiteral("12"));
    QTest::keyClick(focused(), Qt::Key_Escape);
    QVERIFY(!panel->isVisible());
    QCOMPARE(panel->findChild<QLineEdit *>(QStringLiteral("kioskPinEdit"))->text(), QString());
    QVERIFY(k.window->isVisible());

    k.window->openAdministration();
    QTRY_COMPARE(focusedName(), QStringLiteral("kioskPinEdit"));
    QTest::keyClicks(focused(), Pin);
    QTest::keyClick(focused(), Qt::Key_Return);
    QTRY_VERIFY(panel->isUnlocked());
    k.tap(panel->findChild<QPushButton *>(QStringLiteral("kioskAdminBackButton")));
    QVERIFY(!panel->isVisible());
    QVERIFY(!panel->isUnlocked());
    // Idle closes an open panel as well.
    k.window->openAdministration();
    QTest::keyClicks(focused(), QStringLiteral("24"));
    k.advance(60000);
    QVERIFY(!panel->isVisible());
}

void TestKioskWindow::pinOnlyFromSystemFile()
{
    // A user file cannot let itself out with a PIN of its own.
    const QByteArray user = "[General]\nLastRegion=GB\nKioskPinHash="
        + KioskPin::makeHash(Pin, 1000).toLatin1() + "\n";
    Kiosk k({}, user);
    QVERIFY(k.show());
    k.window->openAdministration();
    KioskPinPanel *panel = k.window->pinPanel();
    QVERIFY(panel->isVisible());
    QVERIFY(!panel->verifier().hasPin());
    QVERIFY(!panel->findChild<QLineEdit *>(QStringLiteral("kioskPinEdit"))->isEnabled());
    QVERIFY(panel->findChild<QLabel *>(QStringLiteral("kioskPinMessage"))
                ->text()
                .contains(QStringLiteral("No administrator PIN")));
    k.tap(panel->findChild<QPushButton *>(QStringLiteral("kioskPinCancelButton")));
    QVERIFY(!panel->isVisible());
}

void TestKioskWindow::notSetUpShowsNoServerPage()
{
    Kiosk k({}, {}, {}, WizardHarness::Setup::Empty);
    QVERIFY(k.show());
    QCOMPARE(k.window->currentScreen(), Screen::NotSetUp);
    QVERIFY(!k.window->wizard());
    QVERIFY(!k.window->findChild<QWidget *>(QStringLiteral("ServerPage")));
    auto *label = k.window->findChild<QLabel *>(QStringLiteral("kioskNotSetUpLabel"));
    QVERIFY(label->isVisible());
    QCOMPARE(label->text(), QStringLiteral("This kiosk is not set up; ask the administrator."));
    snap(k, QStringLiteral("not-set-up"));
    QVERIFY(!k.window->keypad()->isVisible());
    // The administrator can still get out.
    QVERIFY(k.find(QStringLiteral("kioskAdminButton"))->isVisible());
    // And it stays that way after a reset.
    k.window->reset();
    QCOMPARE(k.window->currentScreen(), Screen::NotSetUp);
}

void TestKioskWindow::handOffGivesTokenOnStandardInputOnly()
{
    QTemporaryDir dir;
    const QString script = dir.filePath(QStringLiteral("kiosk-app.sh"));
    const QString out = dir.filePath(QStringLiteral("seen"));
    const QString go = dir.filePath(QStringLiteral("go"));
    // Writes what it was given, then waits until the test lets it exit.
    writeFile(script,
        "#!/bin/sh\n"
        "out=\"$1\"; go=\"$2\"; shift 2\n"
        "env > \"$out.env.tmp\"\n"
        "cat > \"$out.stdin\"\n"
        "printf '%s\\n' \"$@\" > \"$out.args\"\n"
        "tr '\\0' ' ' < /proc/$$/cmdline > \"$out.cmdline\"\n"
        "mv \"$out.env.tmp\" \"$out.env\"\n"
        "i=0; while [ ! -e \"$go\" ] && [ $i -lt 200 ]; do sleep 0.05; i=$((i+1)); done\n");
    const QString command = QStringLiteral("/bin/sh \"%1\" \"%2\" \"%3\" --kiosk-app \"two words\"")
                                .arg(script, out, go);
    Kiosk k({}, {}, { { QStringLiteral("KioskExec"), command } });
    QVERIFY(k.show());
    QString issued;
    connect(
        k.h.session.get(), &SignInSession::signedIn, this, [&] { issued = k.h.session->bearer(); });
    QSignalSpy resets(k.window.get(), &KioskWindow::resetDone);

    k.tapDigits(QStringLiteral("07123456001"));
    k.tap(k.key(QStringLiteral("keypadEnter")));
    QTRY_COMPARE(k.page(), int(SignInWizard::CodePageId));
    k.tapDigits(k.h.codes.last());
    QTRY_VERIFY(QFile::exists(out + QStringLiteral(".env")));
    QVERIFY(!issued.isEmpty());
    // The application has the screen while it runs.
    QTRY_VERIFY(!k.window->isVisible());
    QVERIFY(k.window->handOff().isRunning());

    const QByteArray env = "\n" + readFile(out + QStringLiteral(".env"));
    QVERIFY(!env.contains(issued.toLatin1())); // not in its environment: on its standard input
    QCOMPARE(QJsonDocument::fromJson(readFile(out + QStringLiteral(".stdin")))
                 .object()
                 .value(QStringLiteral("access_token"))
                 .toString(),
        issued);
    QVERIFY(env.contains(
        "\nDIRECTUS_URL=" + k.h.demo.url().toString(QUrl::StripTrailingSlash).toLatin1() + '\n'));
    QCOMPARE(readFile(out + QStringLiteral(".args")), QByteArray("--kiosk-app\ntwo words\n"));
    const QByteArray cmdline = readFile(out + QStringLiteral(".cmdline"));
    QVERIFY(cmdline.contains("--kiosk-app two words"));
    QVERIFY(!cmdline.contains(issued.toLatin1()));
    QCOMPARE(resets.count(), 0);

    // When it exits, the kiosk wipes everything and takes the screen back.
    writeFile(go, "");
    QTRY_COMPARE_WITH_TIMEOUT(resets.count(), 1, 15000);
    QTRY_VERIFY(k.window->isVisible());
    QCOMPARE(k.window->currentScreen(), Screen::SignIn);
    QCOMPARE(k.page(), int(SignInWizard::PhonePageId));
    QVERIFY(k.h.session->bearer().isEmpty());
    QCOMPARE(static_cast<MemoryTokenStore *>(k.h.store.get())->count(), 0);
}

void TestKioskWindow::handOffFailureIsShownThenResets()
{
    Kiosk k({}, {}, { { QStringLiteral("KioskExec"), QStringLiteral("/nonexistent/kiosk-app") } });
    QVERIFY(k.show());
    QSignalSpy resets(k.window.get(), &KioskWindow::resetDone);
    k.tapDigits(QStringLiteral("07123456001"));
    k.tap(k.key(QStringLiteral("keypadEnter")));
    QTRY_COMPARE(k.page(), int(SignInWizard::CodePageId));
    k.tapDigits(k.h.codes.last());
    QTRY_COMPARE(k.window->currentScreen(), Screen::HandOff);
    auto *message = k.window->findChild<MessagePanel *>(QStringLiteral("kioskHandOffMessage"));
    QTRY_VERIFY(message->text().contains(QStringLiteral("could not be started")));
    snap(k, QStringLiteral("hand-off-failed"));
    QVERIFY(k.window->isVisible());
    k.advance(9000);
    QCOMPARE(resets.count(), 0);
    k.advance(1000);
    QCOMPARE(resets.count(), 1);
    QCOMPARE(k.window->currentScreen(), Screen::SignIn);
    QVERIFY(k.h.session->bearer().isEmpty());
}

void TestKioskWindow::lastPhoneIsNotRemembered()
{
    // The wizard remembers the last number for a desktop; a kiosk keeps nothing of the person.
    Kiosk k({}, "[General]\nLastRegion=GB\n");
    QVERIFY(k.show());
    k.tapDigits(QStringLiteral("07123456001"));
    k.tap(k.key(QStringLiteral("keypadEnter")));
    QTRY_COMPARE(k.page(), int(SignInWizard::CodePageId));
    k.tapDigits(k.h.codes.last());
    QTRY_COMPARE(k.window->currentScreen(), Screen::Welcome);
    QTest::qWait(10);
    const QByteArray user = readFile(k.h.config->paths().userFile);
    QVERIFY2(!user.contains("456001"), user.constData());
    QVERIFY(!user.contains("LastPhone"));
    QVERIFY(user.contains("LastRegion=GB")); // the administrator's default country stays
}

// Issue 23.1: after the administrator panel, a reset while it was open, a tap on the country
// field, the idle warning or "Change number", the keypad's digits go into the number field (never
// into the country search), touched only.
void TestKioskWindow::keypadWritesIntoTheNumberAfterEveryPath()
{
    const QByteArray system
        = "[General]\nKioskPinHash=" + KioskPin::makeHash(Pin, 1000).toLatin1() + "\n";
    Kiosk k(system);
    QVERIFY(k.show());
    auto *picker = k.find<CountryPicker>(QStringLiteral("countryPicker"));
    QVERIFY(picker);
    QCOMPARE(picker->region(), QStringLiteral("GB"));
    KioskPinPanel *panel = k.window->pinPanel();
    // Empty when the keypad typed into the number; otherwise what went wrong.
    const auto keypadTypesNumber = [&](const char *path) {
        k.tap(k.key(QStringLiteral("keypadClear")));
        k.tapDigits(QStringLiteral("7123"));
        if (digitsOf(k.phoneText()) == QStringLiteral("7123")
            && picker->region() == QLatin1String("GB")
            && !picker->text().contains(QLatin1String("7123")))
            return QString();
        return QStringLiteral("%1: number \"%2\", country \"%3\", focus %4")
            .arg(QLatin1String(path), k.phoneText(), picker->text(), focusedName());
    };
#define CHECK_KEYPAD(path)                                                                         \
    do {                                                                                           \
        const QString problem = keypadTypesNumber(path);                                           \
        QVERIFY2(problem.isEmpty(), qPrintable(problem));                                          \
    } while (false)

    // The PIN step's Cancel.
    k.tap(k.find(QStringLiteral("kioskAdminButton")));
    QVERIFY(panel->isVisible());
    k.tap(panel->findChild<QPushButton *>(QStringLiteral("kioskPinCancelButton")));
    QVERIFY(!panel->isVisible());
    CHECK_KEYPAD("after the PIN step's Cancel");

    // "Back to the sign-in" after the right PIN.
    k.tap(k.find(QStringLiteral("kioskAdminButton")));
    auto *pinKeypad = panel->findChild<DigitKeypad *>();
    for (const QChar ch : Pin)
        k.tap(pinKeypad->key(QStringLiteral("keypadDigit") + ch));
    k.tap(pinKeypad->key(QStringLiteral("keypadEnter")));
    QTRY_VERIFY(panel->isUnlocked());
    k.tap(panel->findChild<QPushButton *>(QStringLiteral("kioskAdminBackButton")));
    CHECK_KEYPAD("after Back to the sign-in");
    snap(k, QStringLiteral("after-administrator"));

    // A reset (idle) while the panel was open.
    k.tap(k.find(QStringLiteral("kioskAdminButton")));
    QVERIFY(panel->isVisible());
    k.window->reset();
    QVERIFY(!panel->isVisible());
    picker = k.find<CountryPicker>(QStringLiteral("countryPicker"));
    CHECK_KEYPAD("after a reset with the panel open");

    // A tap on the country field (to look at the list) and away again.
    k.tap(picker);
    if (QWidget *popup = QApplication::activePopupWidget())
        popup->close();
    CHECK_KEYPAD("after a tap on the country field");

    // The idle warning, cancelled by a touch.
    k.tapDigits(QStringLiteral("456001"));
    k.advance(55000);
    QVERIFY(k.find(QStringLiteral("kioskIdleWarning"))->isVisible());
    k.tap(k.find(QStringLiteral("kioskIdleWarning")));
    QVERIFY(!k.find(QStringLiteral("kioskIdleWarning"))->isVisible());
    CHECK_KEYPAD("after the idle warning");

    // The code page, then "Change number".
    k.tapDigits(QStringLiteral("456001"));
    k.tap(k.key(QStringLiteral("keypadEnter")));
    QTRY_COMPARE(k.page(), int(SignInWizard::CodePageId));
    k.tapDigits(QStringLiteral("12"));
    QTRY_COMPARE(
        digitsOf(k.find<QLineEdit>(QStringLiteral("codeEdit"))->text()), QStringLiteral("12"));
    k.tap(k.find(QStringLiteral("changeNumberButton")));
    QTRY_COMPARE(k.page(), int(SignInWizard::PhonePageId));
    CHECK_KEYPAD("after Change number");
#undef CHECK_KEYPAD
}

void TestKioskWindow::keypadReadsOneTwoThreeRightToLeftToo()
{
    // Issue 23: in Arabic the keypad was mirrored (3-2-1); phone keypads keep 1-2-3 everywhere.
    QApplication::setLayoutDirection(Qt::RightToLeft);
    Kiosk k;
    QVERIFY(k.show());
    const auto x = [&k](const char *name) {
        QWidget *key = k.key(QLatin1String(name));
        return key->mapTo(k.window.get(), QPoint(0, 0)).x();
    };
    const bool ordered = x("keypadDigit1") < x("keypadDigit2")
        && x("keypadDigit2") < x("keypadDigit3") && x("keypadDigit7") < x("keypadDigit9");
    snap(k, QStringLiteral("phone-rtl"));
    QApplication::setLayoutDirection(Qt::LeftToRight);
    QVERIFY(ordered);
}

QTEST_MAIN(TestKioskWindow)
// A screen reader on a touch kiosk: the keypad's keys never take the keyboard focus, but each
// is named ("7", "Delete", "Enter"), as is every other control, on the sign-in screen and on the
// administrator's PIN panel.
void TestKioskWindow::everyKeyAndControlIsNamed()
{
    const QByteArray system
        = "[General]\nKioskPinHash=" + KioskPin::makeHash(Pin, 1000).toLatin1() + "\n";
    Kiosk k(system);
    QVERIFY(k.show());
    const auto unnamed = [&] {
        QStringList out;
        const QList<QWidget *> widgets = k.window->findChildren<QWidget *>();
        for (QWidget *w : widgets) {
            if (!w->isVisible()
                || !(qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w)))
                continue;
            QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
            if (!iface || iface->text(QAccessible::Name).trimmed().isEmpty())
                out.append(w->objectName());
        }
        return out;
    };
    QVERIFY(!k.window->keypad()->findChildren<QAbstractButton *>().isEmpty());
    QStringList missing = unnamed();
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));
    k.tap(k.find(QStringLiteral("kioskAdminButton")));
    QVERIFY(k.window->pinPanel()->isVisible());
    missing = unnamed();
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));
}

#include "tst_kioskwindow.moc"
