// Kiosk mode, driven as a person at the kiosk would: the kiosk's touch screens over the real
// sign-in session against the in-process demo server, a manual clock for idle and welcome timing,
// an in-memory token store. Keypad and keyboard sign-in, idle warning / cancel / wipe, close
// attempts, the administrator PIN, the not-set-up screen and the hand-off to the kiosk's
// application.

#include "Bidi.h"
#include "CodeEdit.h"
#include "DigitKeypad.h"
#include "KioskCodeBoxes.h"
#include "KioskHarness.h"
#include "KioskMetrics.h"
#include "KioskPin.h"
#include "KioskPinPanel.h"
#include "KioskWindow.h"
#include "MessagePanel.h"
#include "NetworkLog.h"
#include "TestFiles.h"
#include "VisibleText.h"
#include "WizardHarness.h"

#include <QAccessible>
#include <QClipboard>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListWidget>
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
    void numbersAndCountriesInEveryLanguage_data();
    void numbersAndCountriesInEveryLanguage();
    void coversTheScreenFramelessOnTop();
    void keypadKeysAreLargeAndNeverTakeFocus();
    void keypadTypesDeletesAndClears();
    void touchOnlySignInShowsWelcomeThenResets();
    void keyboardSignInWorksToo();
    void numberIsMaskedAfterSendingAndNotLogged();
    void idleWarningCountsDownAndTouchCancels();
    void idleWipesFieldsTokenClipboardAndLog();
    void untouchedKioskNeverWarns();
    void resendCooldownSurvivesReset();
    void closeAttemptsAreIgnored_data();
    void closeAttemptsAreIgnored();
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
    void everyScreenIsMadeForTouch_data();
    void everyScreenIsMadeForTouch();
    void wholeVisitByTouchAlone();
    void countriesComeFromTheSystemFileOnly();
    void codeBoxesFollowTheServersLength();
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
    QCOMPARE(k.screen(), Screen::Phone);
    QVERIFY(k.window->keypad()->isVisible());
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
    QPushButton *send = k.key(QStringLiteral("keypadEnter"));
    QVERIFY2(!send->isEnabled(), "nothing to send yet");
    k.tapDigits(QStringLiteral("07123456001"));
    QCOMPARE(digitsOf(k.phoneText()), QStringLiteral("07123456001"));
    QVERIFY2(k.phoneText().contains(QLatin1Char(' ')), "formatted as typed");
    QVERIFY(send->isEnabled());

    // Backspace after the formatter's space deletes a digit, never only the space.
    k.tap(k.key(QStringLiteral("keypadBackspace")));
    QCOMPARE(digitsOf(k.phoneText()), QStringLiteral("0712345600"));
    k.tap(k.key(QStringLiteral("keypadBackspace")));
    k.tap(k.key(QStringLiteral("keypadBackspace")));
    k.tap(k.key(QStringLiteral("keypadBackspace")));
    k.tap(k.key(QStringLiteral("keypadBackspace")));
    QCOMPARE(digitsOf(k.phoneText()), QStringLiteral("071234"));

    // A number too short is refused with the reason, and nothing is sent.
    k.tap(send);
    auto *message = k.find<MessagePanel>(QStringLiteral("kioskPhoneMessage"));
    QVERIFY2(message->text().contains(QStringLiteral("short")), qPrintable(message->text()));
    QCOMPARE(k.h.loginRequests(), 0);
    QCOMPARE(k.screen(), Screen::Phone);

    k.tap(k.key(QStringLiteral("keypadClear")));
    QCOMPARE(k.phoneText(), QString());
    QVERIFY2(message->text().isEmpty(), "the edit cleared the message");
    QVERIFY(!send->isEnabled());
}

void TestKioskWindow::touchOnlySignInShowsWelcomeThenResets()
{
    Kiosk k;
    QVERIFY(k.show());
    QSignalSpy resets(k.window.get(), &KioskWindow::resetDone);
    QCOMPARE(k.key(QStringLiteral("keypadEnter"))->text(), QStringLiteral("Send code"));
    k.tapDigits(QStringLiteral("07123456001"));
    k.tap(k.key(QStringLiteral("keypadEnter")));
    QTRY_COMPARE(k.screen(), Screen::Code);
    QCOMPARE(k.h.loginRequests(), 1);
    QCOMPARE(k.key(QStringLiteral("keypadEnter"))->text(), QStringLiteral("Sign in"));
    QTRY_COMPARE(focusedName(), QStringLiteral("codeEdit"));
    QVERIFY(!k.h.codes.isEmpty());
    k.tapDigits(k.h.codes.last()); // submits itself at the last digit
    QTRY_COMPARE(k.window->currentScreen(), Screen::Success);
    QCOMPARE(k.find<QLabel>(QStringLiteral("kioskWelcomeLabel"))->text(),
        QStringLiteral("Welcome, Ada"));
    snap(k, QStringLiteral("welcome"));
    QVERIFY(
        k.find<QLabel>(QStringLiteral("kioskWelcomeHint"))->text().contains(QStringLiteral("5 s")));
    QCOMPARE(k.h.session->state(), State::SignedIn);
    QVERIFY(!k.h.session->bearer().isEmpty());
    QCOMPARE(static_cast<MemoryTokenStore *>(k.h.store.get())->count(), 1);

    k.advance(4000);
    QCOMPARE(k.window->currentScreen(), Screen::Success);
    QVERIFY(
        k.find<QLabel>(QStringLiteral("kioskWelcomeHint"))->text().contains(QStringLiteral("1 s")));
    k.advance(1000);
    QCOMPARE(k.screen(), Screen::Start);
    QCOMPARE(resets.count(), 1);
    k.begin();
    QCOMPARE(k.screen(), Screen::Phone);
    QCOMPARE(k.phoneText(), QString());
    QTRY_COMPARE(k.h.session->state(), State::Idle);
    QVERIFY(k.h.session->bearer().isEmpty());
    QCOMPARE(static_cast<MemoryTokenStore *>(k.h.store.get())->count(), 0);
    QTRY_COMPARE(focusedName(), QStringLiteral("phoneEdit"));
}

void TestKioskWindow::keyboardSignInWorksToo()
{
    Kiosk k;
    QVERIFY(k.show());
    QTRY_COMPARE(focusedName(), QStringLiteral("phoneEdit"));
    QTest::keyClicks(focused(), QStringLiteral("07123456001"));
    QTest::keyClick(focused(), Qt::Key_Return);
    QTRY_COMPARE(k.screen(), Screen::Code);
    QTRY_COMPARE(focusedName(), QStringLiteral("codeEdit"));
    // Key by key to whatever has the focus, as a keyboard does: the focus must stay in the field.
    const QString code = k.h.codes.last();
    for (int i = 0; i < code.size() - 1; ++i) {
        QTest::keyClick(focused(), code.at(i).toLatin1());
        QTest::qWait(1);
        QCOMPARE(focusedName(), QStringLiteral("codeEdit"));
    }
    QTest::keyClick(focused(), code.back().toLatin1());
    QTRY_COMPARE(k.window->currentScreen(), Screen::Success);
    // Done clears at once for the next person.
    k.tap(k.find(QStringLiteral("kioskDoneButton")));
    QCOMPARE(k.screen(), Screen::Start);
    QTRY_COMPARE(k.h.session->state(), State::Idle);
}

void TestKioskWindow::numberIsMaskedAfterSendingAndNotLogged()
{
    Kiosk k;
    QVERIFY(k.show());
    k.tapDigits(QStringLiteral("07123456001"));
    k.tap(k.key(QStringLiteral("keypadEnter")));
    QTRY_COMPARE(k.screen(), Screen::Code);
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
    QTRY_COMPARE(k.screen(), Screen::Code);
    k.tapDigits(k.h.codes.last().left(3));
    QGuiApplication::clipboard()->setText(AdaNumber); // as if the number had been copied
    QPointer<KioskVisit> before = k.window->visit();
    QVERIFY(!k.log.entries().isEmpty());

    k.advance(50000);
    QVERIFY(k.window->findChild<QWidget *>(QStringLiteral("kioskIdleWarning"))->isVisible());
    k.advance(9999);
    QCOMPARE(resets.count(), 0);
    k.advance(1);
    QCOMPARE(resets.count(), 1); // at KioskIdleSeconds, as documented
    QVERIFY(!k.window->findChild<QWidget *>(QStringLiteral("kioskIdleWarning"))->isVisible());
    QVERIFY(before.isNull()); // a fresh visit: no field, message or state of the last person
    QCOMPARE(k.screen(), Screen::Start);
    k.begin();
    QCOMPARE(k.screen(), Screen::Phone);
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
    QVERIFY(k.showStart());
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
    QTRY_COMPARE(k.screen(), Screen::Code);
    QCOMPARE(k.h.loginRequests(), 1);
    k.window->reset();
    k.begin();
    // Waiting for the wipe does not buy a new code sooner: the same number is told to wait.
    k.tapDigits(QStringLiteral("07123456001"));
    k.tap(k.key(QStringLiteral("keypadEnter")));
    QTest::qWait(50);
    QCOMPARE(k.h.loginRequests(), 1);
    QCOMPARE(k.screen(), Screen::Phone);
    auto *message = k.find<MessagePanel>(QStringLiteral("kioskPhoneMessage"));
    QVERIFY2(message->isCountingDown(), qPrintable(message->text()));
    QVERIFY(!k.key(QStringLiteral("keypadEnter"))->isEnabled());
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
    QVERIFY(k.window->visit()->isVisible());
    QCOMPARE(k.screen(), Screen::Phone);
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
    QVERIFY(k.showStart());
    QCOMPARE(k.window->currentScreen(), Screen::NotSetUp);
    QVERIFY(!k.window->visit());
    QVERIFY(!k.window->findChild<QWidget *>(QStringLiteral("ServerPage")));
    auto *label = k.window->findChild<QLabel *>(QStringLiteral("kioskNotSetUpLabel"));
    QVERIFY(label->isVisible());
    QCOMPARE(label->text(), QStringLiteral("This kiosk is not set up; ask the administrator."));
    snap(k, QStringLiteral("not-set-up"));
    QVERIFY(!k.window->keypad());
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
    QTRY_COMPARE(k.screen(), Screen::Code);
    k.tapDigits(k.h.codes.last());
    // "You are signed in" first, for a moment, then the application.
    QTRY_COMPARE(k.screen(), Screen::Success);
    QVERIFY(!k.find(QStringLiteral("kioskDoneButton"))->isVisible());
    k.advance(1900);
    QCOMPARE(k.screen(), Screen::Success);
    QVERIFY(!k.window->handOff().isRunning());
    k.advance(100);
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
    QCOMPARE(k.screen(), Screen::Start);
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
    QTRY_COMPARE(k.screen(), Screen::Code);
    k.tapDigits(k.h.codes.last());
    QTRY_COMPARE(k.screen(), Screen::Success);
    k.advance(2000);
    QTRY_COMPARE(k.window->currentScreen(), Screen::HandOff);
    auto *message = k.window->findChild<MessagePanel *>(QStringLiteral("kioskHandOffMessage"));
    QTRY_VERIFY(message->text().contains(QStringLiteral("could not be started")));
    snap(k, QStringLiteral("hand-off-failed"));
    QVERIFY(k.window->isVisible());
    k.advance(9000);
    QCOMPARE(resets.count(), 0);
    k.advance(1000);
    QCOMPARE(resets.count(), 1);
    QCOMPARE(k.screen(), Screen::Start);
    QVERIFY(k.h.session->bearer().isEmpty());
}

void TestKioskWindow::lastPhoneIsNotRemembered()
{
    // The wizard remembers the last number for a desktop; a kiosk keeps nothing of the person.
    Kiosk k({}, "[General]\nLastRegion=GB\n");
    QVERIFY(k.show());
    k.tapDigits(QStringLiteral("07123456001"));
    k.tap(k.key(QStringLiteral("keypadEnter")));
    QTRY_COMPARE(k.screen(), Screen::Code);
    k.tapDigits(k.h.codes.last());
    QTRY_COMPARE(k.window->currentScreen(), Screen::Success);
    QTest::qWait(10);
    const QByteArray user = readFile(k.h.config->paths().userFile);
    QVERIFY2(!user.contains("456001"), user.constData());
    QVERIFY(!user.contains("LastPhone"));
    QVERIFY(user.contains("LastRegion=GB")); // the administrator's default country stays
}

// Issue 23.1: after the administrator panel, a reset while it was open, the country screen, the
// idle warning or "Change number", the keypad's digits go into the number field (never into the
// country search), touched only.
void TestKioskWindow::keypadWritesIntoTheNumberAfterEveryPath()
{
    const QByteArray system
        = "[General]\nKioskPinHash=" + KioskPin::makeHash(Pin, 1000).toLatin1() + "\n";
    Kiosk k(system);
    QVERIFY(k.show());
    QCOMPARE(k.window->visit()->region(), QStringLiteral("GB"));
    KioskPinPanel *panel = k.window->pinPanel();
    // Empty when the keypad typed into the number; otherwise what went wrong.
    const auto keypadTypesNumber = [&](const char *path) {
        if (k.screen() != Screen::Phone)
            return QStringLiteral("%1: not on the phone screen").arg(QLatin1String(path));
        k.tap(k.key(QStringLiteral("keypadClear")));
        k.tapDigits(QStringLiteral("7123"));
        if (digitsOf(k.phoneText()) == QStringLiteral("7123")
            && k.window->visit()->region() == QLatin1String("GB"))
            return QString();
        return QStringLiteral("%1: number \"%2\", country %3, focus %4")
            .arg(QLatin1String(path), k.phoneText(), k.window->visit()->region(), focusedName());
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
    k.begin();
    CHECK_KEYPAD("after a reset with the panel open");

    // The country screen, and back with the same country.
    k.tap(k.find(QStringLiteral("kioskCountryButton")));
    QCOMPARE(k.screen(), Screen::Country);
    k.tap(k.find(QStringLiteral("kioskCountryContinue")));
    CHECK_KEYPAD("after the country screen");

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
    QTRY_COMPARE(k.screen(), Screen::Code);
    k.tapDigits(QStringLiteral("12"));
    QTRY_COMPARE(
        digitsOf(k.find<QLineEdit>(QStringLiteral("codeEdit"))->text()), QStringLiteral("12"));
    k.tap(k.find(QStringLiteral("kioskChangeNumberButton")));
    QTRY_COMPARE(k.screen(), Screen::Phone);
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

namespace {
// What a finger or an eye at arm's length would find wrong on the kiosk's screen now: a visible,
// enabled control under KioskMetrics::MinimumTouch on either side (list rows too), text under
// MinimumText pixels, a control outside the window; and with `oneDefault`, anything but exactly
// one default (primary) button.
QStringList touchProblems(const KioskWindow &window, bool oneDefault)
{
    QStringList problems;
    int defaults = 0;
    const QRect inside = window.rect();
    const QList<QWidget *> widgets = window.findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (!w->isVisible())
            continue;
        const QString name = w->objectName().isEmpty()
            ? QString::fromLatin1(w->metaObject()->className())
            : w->objectName();
        const bool control = qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w);
        if (control && w->isEnabled()
            && (w->width() < KioskMetrics::MinimumTouch
                || w->height() < KioskMetrics::MinimumTouch))
            problems << QStringLiteral("%1 is %2×%3").arg(name).arg(w->width()).arg(w->height());
        if (control && !inside.contains(QRect(w->mapTo(&window, QPoint(0, 0)), w->size())))
            problems << QStringLiteral("%1 is outside the window").arg(name);
        if (auto *list = qobject_cast<QAbstractItemView *>(w)) {
            for (int row = 0; row < list->model()->rowCount(); ++row) {
                const QRect r = list->visualRect(list->model()->index(row, 0));
                if (r.intersects(list->viewport()->rect())
                    && r.height() < KioskMetrics::MinimumTouch)
                    problems << QStringLiteral("%1 row %2 is %3 px high")
                                    .arg(name)
                                    .arg(row)
                                    .arg(r.height());
            }
        }
        const auto *label = qobject_cast<QLabel *>(w);
        const bool text = (label && !label->text().isEmpty()) || control;
        const int px = QFontInfo(w->font()).pixelSize();
        if (text && px < KioskMetrics::MinimumText)
            problems << QStringLiteral("%1 has %2 px text").arg(name).arg(px);
        if (auto *button = qobject_cast<QPushButton *>(w); button && button->isDefault())
            ++defaults;
        // A label cut off ("Change numbe") reads as a broken screen.
        if (auto *button = qobject_cast<QPushButton *>(w);
            button && !button->text().isEmpty() && button->width() < button->sizeHint().width())
            problems << QStringLiteral("%1 cuts its text \"%2\" (%3 of %4 px)")
                            .arg(name, button->text())
                            .arg(button->width())
                            .arg(button->sizeHint().width());
    }
    if (oneDefault && defaults != 1)
        problems << QStringLiteral("%1 default buttons").arg(defaults);
    return problems;
}

void snapAt(const Kiosk &k, const QString &name)
{
    snap(k, QStringLiteral("%1-%2x%3").arg(name).arg(k.window->width()).arg(k.window->height()));
}
} // namespace

void TestKioskWindow::everyScreenIsMadeForTouch_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("1024×768 panel") << QSize(1024, 768);
    QTest::newRow("1920×1080") << QSize(1920, 1080);
    QTest::newRow("1080×1920 portrait") << QSize(1080, 1920);
    QTest::newRow("3840×2160") << QSize(3840, 2160);
}

// Issue 19: on every screen of a visit, at each screen size, every control a finger touches is at
// least 48 px on both sides, text at least 20 px, nothing outside the screen, and exactly one
// primary action.
void TestKioskWindow::everyScreenIsMadeForTouch()
{
    QFETCH(QSize, size);
    const QByteArray system = "[General]\nKioskPinHash=" + KioskPin::makeHash(Pin, 1000).toLatin1()
        + "\nKioskCountries=GB, IE, DE, FR, ES, PT, IT, NL, BE, AT, CH\n"
          "KioskOrganisation=Riverside City Library\n";
    Kiosk k(system);
    QVERIFY(k.showAt(size));
    const KioskMetrics metrics = k.window->metrics();
    QVERIFY(metrics.touch >= KioskMetrics::MinimumTouch);
    const auto check = [&](const char *screen, bool oneDefault = true) {
        QCoreApplication::processEvents();
        snapAt(k, QLatin1String(screen));
        QStringList problems = touchProblems(*k.window, oneDefault);
        if (k.window->size() != size) // the screen's content did not fit in it
            problems << QStringLiteral("the window is %1×%2")
                            .arg(k.window->width())
                            .arg(k.window->height());
        return problems.isEmpty() ? QString()
                                  : QStringLiteral("%1: %2").arg(
                                      QLatin1String(screen), problems.join(QStringLiteral("; ")));
    };
#define CHECK_SCREEN(...)                                                                          \
    do {                                                                                           \
        const QString problem = check(__VA_ARGS__);                                                \
        QVERIFY2(problem.isEmpty(), qPrintable(problem));                                          \
    } while (false)

    QCOMPARE(k.screen(), Screen::Start);
    CHECK_SCREEN("start");
    k.begin();
    QCOMPARE(k.screen(), Screen::Phone);
    CHECK_SCREEN("phone");
    k.tap(k.find(QStringLiteral("kioskCountryButton")));
    QCOMPARE(k.screen(), Screen::Country);
    QVERIFY2(k.find(QStringLiteral("kioskCountrySearch"))->isVisible(), "11 countries: a search");
    CHECK_SCREEN("country");
    k.tap(k.find(QStringLiteral("kioskCountryContinue")));
    k.tapDigits(QStringLiteral("07123"));
    k.tap(k.key(QStringLiteral("keypadEnter")));
    CHECK_SCREEN("phone-error");
    k.tapDigits(QStringLiteral("456001"));
    k.advance(50000);
    QVERIFY(k.find(QStringLiteral("kioskIdleWarning"))->isVisible());
    CHECK_SCREEN("idle-warning", false); // a touch anywhere: no button
    k.tap(k.find(QStringLiteral("kioskIdleWarning")));
    k.tap(k.key(QStringLiteral("keypadEnter")));
    QTRY_COMPARE(k.screen(), Screen::Code);
    CHECK_SCREEN("code");
    const QString code = k.h.codes.last();
    k.tapDigits(
        code == QStringLiteral("000000") ? QStringLiteral("111111") : QStringLiteral("000000"));
    QTRY_COMPARE(k.find<MessagePanel>(QStringLiteral("kioskCodeMessage"))->tone(),
        MessagePanel::Tone::Error);
    CHECK_SCREEN("code-wrong");
    k.tap(k.find(QStringLiteral("kioskAdminButton")));
    CHECK_SCREEN("administrator", false);
    k.tap(k.window->pinPanel()->findChild<QPushButton *>(QStringLiteral("kioskPinCancelButton")));
    k.tapDigits(code);
    QTRY_VERIFY2(k.screen() == Screen::Success,
        qPrintable(k.find<MessagePanel>(QStringLiteral("kioskCodeMessage"))->text()));
    CHECK_SCREEN("success");
#undef CHECK_SCREEN
}

// The whole visit with a finger on a touch screen: no key press, no mouse.
void TestKioskWindow::wholeVisitByTouchAlone()
{
    Kiosk k("[General]\nKioskCountries=IE, GB\n", "[General]\n"); // no last country
    QVERIFY(k.showAt(QSize(1080, 1920)));
    QSignalSpy resets(k.window.get(), &KioskWindow::resetDone);
    k.touch(k.find(QStringLiteral("kioskStartPage")), QPoint(40, 400));
    QTRY_COMPARE(k.screen(), Screen::Phone);
    QCOMPARE(k.window->visit()->region(), QStringLiteral("IE")); // the first one configured
    k.touch(k.find(QStringLiteral("kioskCountryButton")));
    QTRY_COMPARE(k.screen(), Screen::Country);
    auto *list = k.find<QListWidget>(QStringLiteral("kioskCountryList"));
    QCOMPARE(list->count(), 2);
    QVERIFY(!k.find(QStringLiteral("kioskCountrySearch"))->isVisible()); // two rows: no search
    QCOMPARE(list->item(1)->data(Qt::UserRole).toString(), QStringLiteral("GB"));
    k.touch(list->viewport(), list->visualItemRect(list->item(1)).center());
    QTRY_COMPARE(k.screen(), Screen::Phone);
    QCOMPARE(k.window->visit()->region(), QStringLiteral("GB"));
    QVERIFY(k.find<QPushButton>(QStringLiteral("kioskCountryButton"))->text().contains(u"+44"));
    for (const QChar ch : QStringLiteral("07123456001"))
        k.touch(k.key(QStringLiteral("keypadDigit") + ch));
    QCOMPARE(digitsOf(k.phoneText()), QStringLiteral("07123456001"));
    k.touch(k.key(QStringLiteral("keypadEnter")));
    QTRY_COMPARE(k.screen(), Screen::Code);
    QCOMPARE(k.h.loginRequests(), 1);
    const QString code = k.h.codes.last();
    for (const QChar ch : code)
        k.touch(k.key(QStringLiteral("keypadDigit") + ch));
    QTRY_COMPARE(k.screen(), Screen::Success);
    QCOMPARE(k.find<QLabel>(QStringLiteral("kioskWelcomeLabel"))->text(),
        QStringLiteral("Welcome, Ada"));
    k.touch(k.find(QStringLiteral("kioskDoneButton")));
    QCOMPARE(resets.count(), 1);
    QCOMPARE(k.screen(), Screen::Start);
    QVERIFY(k.h.session->bearer().isEmpty());
}

// A user file cannot change what the kiosk offers; one country means no choice at all.
void TestKioskWindow::countriesComeFromTheSystemFileOnly()
{
    QCOMPARE(KioskSession::parseCountries(QStringLiteral("gb; ie,  DE gb x1 FRA")),
        QStringList({ QStringLiteral("GB"), QStringLiteral("IE"), QStringLiteral("DE") }));
    QCOMPARE(
        KioskSession::parseCountries(QStringList { QStringLiteral("GB"), QStringLiteral(" ie") }),
        QStringList({ QStringLiteral("GB"), QStringLiteral("IE") }));
    {
        Kiosk k("[General]\nKioskCountries=GB\n", "[General]\nKioskCountries=US, CA\n");
        QVERIFY(k.show());
        QCOMPARE(k.window->visit()->countryCount(), 1);
        QVERIFY(!k.find(QStringLiteral("kioskCountryButton"))->isVisible());
        QCOMPARE(k.window->visit()->region(), QStringLiteral("GB"));
    }
    {
        Kiosk k({}, "[General]\nLastRegion=GB\nKioskCountries=US\n");
        QVERIFY(k.show());
        QVERIFY2(k.window->visit()->countryCount() > 200, "the user file's list is ignored");
        QCOMPARE(k.window->visit()->region(), QStringLiteral("GB"));
    }
}

// One box per digit the server says its code has (our flows tell; 6 otherwise); a pasted message
// fills them with its code.
void TestKioskWindow::codeBoxesFollowTheServersLength()
{
    Kiosk k;
    QVERIFY(k.showAt(QSize(1024, 768))); // the smallest screen a kiosk is made for
    k.begin();
    QCOMPARE(k.screen(), Screen::Phone);
    k.tapDigits(QStringLiteral("07123456001"));
    k.tap(k.key(QStringLiteral("keypadEnter")));
    QTRY_COMPARE(k.screen(), Screen::Code);
    auto *boxes = k.find<KioskCodeBoxes>(QStringLiteral("codeEdit"));
    QVERIFY(boxes);
    const int expected = k.h.session->codeLength() > 0 ? k.h.session->codeLength() : 6;
    QCOMPARE(boxes->expectedLength(), expected);
    for (int i = 0; i + 1 < expected; ++i) {
        QVERIFY(boxes->boxRect(i).right() < boxes->boxRect(i + 1).left());
        QVERIFY(boxes->boxRect(i).width() >= KioskMetrics::MinimumTouch);
    }
    // More digits than boxes are not kept.
    k.tapDigits(QStringLiteral("1"));
    QCOMPARE(boxes->text(), QStringLiteral("1"));
    boxes->clear();
    const QString code = k.h.codes.last();
    QGuiApplication::clipboard()->setText(
        QStringLiteral("Your Directus code is %1. It expires soon.").arg(code));
    boxes->paste();
    QTRY_COMPARE(k.screen(), Screen::Success);
}

// Issue 22 on the kiosk: the country's name in the kiosk's language on the country button, the
// country screen and the number's error, found by its English name too; every number, code and
// calling code a visitor sees (or hears from a screen reader) inside a left-to-right isolate.
// With DL_SCREENSHOT_DIR: kiosk-{start,phone,country,code}-<language>.png at 1024×768.
void TestKioskWindow::numbersAndCountriesInEveryLanguage_data()
{
    VisibleText::addLanguageRows();
}

void TestKioskWindow::numbersAndCountriesInEveryLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, unitedKingdom);
    QFETCH(QString, germany);
    const VisibleText::InLanguage inLanguage(language);
    QVERIFY(inLanguage.loaded());
    const auto countryText = [](const QString &name, const QString &code) {
        return QCoreApplication::translate("KioskVisit", "%1  %2").arg(name, Bidi::number(code));
    };
    const auto check = [](const Kiosk &kiosk) {
        return VisibleText::problemsIn(VisibleText::visibleTexts(kiosk.window.get()));
    };
    Kiosk k("[General]\nKioskCountries=GB, DE, IE\nKioskOrganisation=Riverside City Library\n");
    QVERIFY(k.showAt(QSize(1024, 768)));
    snap(k, QStringLiteral("start-") + language);
    k.begin();
    QCOMPARE(k.screen(), Screen::Phone);
    auto *country = k.find<QPushButton>(QStringLiteral("kioskCountryButton"));
    QCOMPARE(country->text(), countryText(unitedKingdom, QStringLiteral("+44")));
    QString problems = check(k);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
    snap(k, QStringLiteral("phone-") + language);

    k.tap(country);
    QCOMPARE(k.screen(), Screen::Country);
    auto *list = k.find<QListWidget>(QStringLiteral("kioskCountryList"));
    QStringList rows;
    for (int i = 0; i < list->count(); ++i)
        rows << list->item(i)->text();
    QVERIFY2(rows.contains(countryText(germany, QStringLiteral("+49"))),
        qPrintable(rows.join(QLatin1String(" | "))));
    problems = check(k);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
    snap(k, QStringLiteral("country-") + language);
    k.tap(k.find(QStringLiteral("kioskCountryContinue")));
    QCOMPARE(k.screen(), Screen::Phone);

    // Too short for the United Kingdom: named in this language, with "+44" in one piece.
    k.tapDigits(QStringLiteral("07123"));
    k.tap(k.key(QStringLiteral("keypadEnter")));
    const QString shown = VisibleText::visibleTexts(k.window.get()).join(QLatin1Char('\n'));
    QVERIFY2(
        shown.contains(unitedKingdom + QStringLiteral(", ") + Bidi::number(QStringLiteral("+44")))
            || shown.contains(
                unitedKingdom + QStringLiteral("، ") + Bidi::number(QStringLiteral("+44"))),
        qPrintable(shown));
    problems = check(k);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));

    k.tapDigits(QStringLiteral("456001"));
    k.tap(k.key(QStringLiteral("keypadEnter")));
    QTRY_COMPARE(k.screen(), Screen::Code);
    const QString sentTo = k.find<QLabel>(QStringLiteral("sentToLabel"))->text();
    QVERIFY2(sentTo.contains(Bidi::number(k.h.session->phone().masked())), qPrintable(sentTo));
    problems = check(k);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
    snap(k, QStringLiteral("code-") + language);
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
