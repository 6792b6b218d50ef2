// The sign-in wizard driven like a person would, against the in-process demo server: widgets are
// found by objectName and keys go to whatever has the keyboard focus.

#include "Bidi.h"
#include "CodeEdit.h"
#include "CountryPicker.h"
#include "FakeServer.h"
#include "GuiStyle.h"
#include "MessagePanel.h"
#include "ResendCooldowns.h"
#include "SmsBanner.h"
#include "WizardHarness.h"

#include <QAccessible>
#include <QClipboard>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStyle>
#include <QTcpServer>
#include <QTreeWidget>
#include <QtTest>

using State = SignInSession::State;

namespace {
// From DemoServer::testNumbers(); all are valid United Kingdom mobile numbers.
const QString AdaNumber = demoNumber(QStringLiteral("Signs in as Ada"));
const QString SlowNumber = demoNumber(QStringLiteral("Slow"));
const QString ExpiringNumber = demoNumber(QStringLiteral("The code expires at once"));
const QString UnknownNumber = demoNumber(QStringLiteral("Unknown user"));
const QString EmptyObjectNumber = demoNumber(QStringLiteral("Tutorial flow, a script threw"));

// "+447123456001" → "+44 7123 456001" and "07123 456001".
QString international(const QString &e164)
{
    return PhoneNumber::parse(e164, QStringLiteral("GB")).international();
}
QString national(const QString &e164)
{
    return PhoneNumber::parse(e164, QStringLiteral("GB")).national();
}

QString lastDigits(const QString &e164, int n = 4)
{
    return e164.right(n);
}

QString visibleMessage(WizardHarness &h)
{
    auto *panel = h.find<MessagePanel>(QStringLiteral("messagePanel"));
    return panel && panel->isVisible() ? panel->text() : QString();
}
} // namespace

class tst_SignInWizard : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void theCodesFactsAreShown();
    void callMeInsteadAfterAResend();
    void theResendCountdownSurvivesARestart();

    void keyboardOnlySignIn();
    void otherPagesComeAfterTheFirstFrame();
    void wrongCodeThenRightCode();
    void resendCountsDown();
    void cancelDuringSlowRequest();
    void closingCancelsTheRequest();
    void backCancelsTheRequest();
    void doubleClickSendsOneRequest();
    void enterTwiceSendsOneRequest();
    void sendNeedsAValidNumber();
    void landlineIsRefusedBeforeSending();
    void rateLimitCountsDownAndKeepsSendDisabled();
    void escapeGoesBackAStepAndNeverQuits();
    void closingDuringSignInAsksFirst();
    void keychainMissingTellsOneCalmStory();
    void keychainMissingOffersSessionOnlyBeforeTheCode();
    void demoTestNumbersAreListedOnThePage();
    void failedUserCheckStoresNothingAndTryAgainSignsIn();
    void invalidNumberReasonAfterLeavingTheField();
    void unknownUserSaysSo();
    void expiredCodeGoesBackToPhone();
    void changeNumberKeepsTheNumber();
    void startsSignedInWithAValidToken();
    void revokedTokenGoesToPhone();
    void unreachableServerKeepsTheToken();
    void keychainLockedKeepForSession();
    void keychainLockedTryAgain();
    void signOutRemovesTheToken();
    void countryPickerSearch_data();
    void countryPickerSearch();
    void countryPickerEscapeRestores();
    void pastedCodeIsNormalised_data();
    void pastedCodeIsNormalised();
    void pastedNumberSwitchesCountry_data();
    void pastedNumberSwitchesCountry();
    void formatsAsYouType();
    void defaultCountryIsTheLastOne();
    void defaultCountryFollowsTheLocaleNotTheLanguage();
    void countryListOpensAtTheChosenCountry();
    void serverPageSavesAndTests();
    void testConnectionChecksEachFlow();
    void plainHttpIsRefusedWhenEntered();
    void serverPageRejectsMismatchedFlows();
    void demoBannerShowsTheSms();
    void errorDetailsDisclose();
    void everyControlHasAnAccessibleName();
    void errorColourReadsOnLightAndDark();
};

void tst_SignInWizard::init()
{
    QGuiApplication::clipboard()->clear();
}

void tst_SignInWizard::cleanup()
{
    QApplication::setPalette(QApplication::style()->standardPalette());
}

void tst_SignInWizard::keyboardOnlySignIn()
{
    WizardHarness h;
    SignInWizard &wizard = h.makeWizard(true, false); // a real server, not --demo
    QCOMPARE(wizard.currentId(), int(SignInWizard::PhonePageId));
    QTRY_COMPARE(h.session->state(), State::Idle); // no stored token

    // The number field has the focus when the page opens.
    QCOMPARE(focusedName(), QStringLiteral("phoneEdit"));
    QTest::keyClicks(focused(), international(AdaNumber));
    QCOMPARE(
        h.find<CountryPicker>(QStringLiteral("countryPicker"))->region(), QStringLiteral("GB"));
    QVERIFY(h.find<QLabel>(QStringLiteral("sentAsLabel"))
                ->text()
                .contains(Bidi::number(international(AdaNumber))));
    QVERIFY(h.find<QPushButton>(QStringLiteral("sendCodeButton"))->isEnabled());
    QTest::keyClick(focused(), Qt::Key_Return);

    QTRY_COMPARE(wizard.currentId(), int(SignInWizard::CodePageId));
    QCOMPARE(h.codes.size(), 1);
    // Masked: the calling code and the last four digits only.
    const QString sentTo = h.find<QLabel>(QStringLiteral("sentToLabel"))->text();
    QVERIFY2(sentTo.contains(lastDigits(AdaNumber)) && sentTo.contains(QStringLiteral("+44")),
        qPrintable(sentTo));
    QVERIFY2(!sentTo.contains(AdaNumber.mid(3, 4)), qPrintable(sentTo));
    QCOMPARE(focusedName(), QStringLiteral("codeEdit"));
    QTest::keyClicks(focused(), h.codes.last()); // submits itself at six digits

    QTRY_COMPARE(wizard.currentId(), int(SignInWizard::SignedInPageId));
    QCOMPARE(h.find<QLabel>(QStringLiteral("userLabel"))->text(), QStringLiteral("Ada Lovelace"));
    QVERIFY(h.find<QLabel>(QStringLiteral("serverLabel"))->text().contains(h.demo.url().host()));
    QVERIFY(h.find<QLabel>(QStringLiteral("tokenLocationLabel"))
                ->text()
                .contains(h.store->description()));
    QVERIFY(!h.readToken().isEmpty());
    QCOMPARE(h.config->string(QStringLiteral("LastRegion")), QStringLiteral("GB"));
    QCOMPARE(h.config->string(QStringLiteral("LastPhone")), AdaNumber);
    QCOMPARE(h.loginRequests(), 1);
    QCOMPARE(h.verifyRequests(), 1);

    // Enter closes the window.
    QCOMPARE(focused(), wizard.button(QWizard::FinishButton));
    QTest::keyClick(focused(), Qt::Key_Return);
    QTRY_VERIFY(!wizard.isVisible());
    QCOMPARE(wizard.result(), int(QDialog::Accepted));
}

void tst_SignInWizard::otherPagesComeAfterTheFirstFrame()
{
    // The window's first frame has the Phone page only (the others cost a quarter of the start,
    // tests/bench); they are there right after it, and the window keeps its size and focus.
    WizardHarness h;
    SignInWizard &wizard = h.makeWizard(false);
    QCOMPARE(wizard.pageIds(), QList<int> { SignInWizard::PhonePageId });
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    const QSize size = wizard.size();
    QTRY_COMPARE(wizard.pageIds().size(), 4);
    QCOMPARE(wizard.size(), size);
    QCOMPARE(wizard.currentId(), int(SignInWizard::PhonePageId));
    QCOMPARE(focusedName(), QStringLiteral("phoneEdit"));
    // A first run starts on the Server page, with every page built at once.
    WizardHarness empty(WizardHarness::Setup::Empty);
    QCOMPARE(empty.makeWizard(false).pageIds().size(), 4);
}

void tst_SignInWizard::wrongCodeThenRightCode()
{
    WizardHarness h;
    SignInWizard &wizard = h.makeWizard();
    QVERIFY(h.reachCodePage(AdaNumber));

    const QString right = h.codes.last();
    QString wrong = right;
    wrong[0]
        = right.at(0) == QLatin1Char('9') ? QLatin1Char('1') : QChar(right.at(0).unicode() + 1);
    QTest::keyClicks(focused(), wrong);
    QTRY_VERIFY(!visibleMessage(h).isEmpty());
    auto *codeEdit = h.find<CodeEdit>(QStringLiteral("codeEdit"));
    QCOMPARE(wizard.currentId(), int(SignInWizard::CodePageId));
    QVERIFY(codeEdit->text().isEmpty()); // cleared for the next try
    QCOMPARE(focused(), codeEdit); // and still focused
    QVERIFY2(
        visibleMessage(h).contains(QStringLiteral("not right")), qPrintable(visibleMessage(h)));

    QTest::keyClicks(focused(), right);
    QTRY_COMPARE(wizard.currentId(), int(SignInWizard::SignedInPageId));
    QCOMPARE(h.verifyRequests(), 2);
}

void tst_SignInWizard::resendCountsDown()
{
    WizardHarness h(
        WizardHarness::Setup::Complete, {}, { { QStringLiteral("ResendSeconds"), 30 } });
    SignInWizard &wizard = h.makeWizard();
    QVERIFY(h.reachCodePage(AdaNumber));

    auto *resend = h.find<QPushButton>(QStringLiteral("resendButton"));
    QVERIFY(!resend->isEnabled());
    QVERIFY2(resend->text().contains(QStringLiteral("30")), qPrintable(resend->text()));
    h.clock.advance(10000);
    QTRY_VERIFY2(resend->text().contains(QStringLiteral("20")), qPrintable(resend->text()));
    QVERIFY(!resend->isEnabled());
    h.clock.advance(20000);
    QTRY_VERIFY(resend->isEnabled());
    QVERIFY(!resend->text().contains(QStringLiteral("0 s")));

    // Keyboard: Tab from the code field reaches Resend (Sign in is disabled while empty).
    QCOMPARE(focusedName(), QStringLiteral("codeEdit"));
    QTest::keyClick(focused(), Qt::Key_Tab);
    QCOMPARE(focused(), resend);
    QTest::keyClick(focused(), Qt::Key_Space);
    QTRY_COMPARE(h.codes.size(), 2);
    QCOMPARE(h.loginRequests(), 2);
    QTRY_VERIFY(visibleMessage(h).contains(QStringLiteral("new code")));
    QTRY_VERIFY(!resend->isEnabled()); // the countdown starts again
    QVERIFY(resend->text().contains(QStringLiteral("30")));
    QCOMPARE(focusedName(), QStringLiteral("codeEdit"));

    // The new code signs in.
    QTest::keyClicks(focused(), h.codes.last());
    QTRY_COMPARE(wizard.currentId(), int(SignInWizard::SignedInPageId));
}

void tst_SignInWizard::cancelDuringSlowRequest()
{
    WizardHarness h;
    SignInWizard &wizard = h.makeWizard();
    QVERIFY(h.submitNumber(SlowNumber));
    QTRY_COMPARE(h.loginRequests(), 1);

    auto *progress = h.find<QWidget>(QStringLiteral("progressPanel"));
    auto *cancel = h.find<QPushButton>(QStringLiteral("cancelWaitButton"));
    QVERIFY(progress->isVisible());
    QVERIFY(h.find<QLabel>(QStringLiteral("progressLabel"))
                ->text()
                .contains(Bidi::number(international(SlowNumber))));
    QVERIFY(!h.find<QPushButton>(QStringLiteral("sendCodeButton"))->isEnabled());
    QVERIFY(cancel->isVisible());
    QTest::mouseClick(cancel, Qt::LeftButton);

    QCOMPARE(h.session->state(), State::Idle);
    QVERIFY(!progress->isVisible());
    QCOMPARE(wizard.currentId(), int(SignInWizard::PhonePageId));
    QVERIFY(h.find<QPushButton>(QStringLiteral("sendCodeButton"))->isEnabled());
    QCOMPARE(focusedName(), QStringLiteral("phoneEdit"));
    QVERIFY(visibleMessage(h).isEmpty()); // cancelling is not an error

    // Escape cancels a wait too, without closing the window.
    QTest::keyClick(focused(), Qt::Key_Return);
    QTRY_COMPARE(h.loginRequests(), 2);
    QCOMPARE(h.session->state(), State::RequestingCode);
    QTest::keyClick(focused(), Qt::Key_Escape);
    QCOMPARE(h.session->state(), State::Idle);
    QVERIFY(wizard.isVisible());
}

void tst_SignInWizard::closingCancelsTheRequest()
{
    WizardHarness h;
    SignInWizard &wizard = h.makeWizard();
    QVERIFY(h.submitNumber(SlowNumber));
    QTRY_COMPARE(h.loginRequests(), 1);
    QCOMPARE(h.session->state(), State::RequestingCode);
    QVERIFY(wizard.close());
    QCOMPARE(h.session->state(), State::Idle);
    QVERIFY(!wizard.isVisible());
}

void tst_SignInWizard::backCancelsTheRequest()
{
    WizardHarness h(WizardHarness::Setup::Empty);
    SignInWizard &wizard = h.makeWizard();
    QCOMPARE(wizard.currentId(), int(SignInWizard::ServerPageId));
    h.find<QLineEdit>(QStringLiteral("serverEdit"))->setText(h.demo.url().toString());
    h.find<QLineEdit>(QStringLiteral("loginFlowEdit"))->setText(DemoServer::loginFlowId());
    h.find<QLineEdit>(QStringLiteral("verifyFlowEdit"))->setText(DemoServer::verifyFlowId());
    wizard.next();
    QCOMPARE(wizard.currentId(), int(SignInWizard::PhonePageId));
    QVERIFY(h.submitNumber(SlowNumber));
    QTRY_COMPARE(h.loginRequests(), 1);
    QCOMPARE(h.session->state(), State::RequestingCode);
    QVERIFY(wizard.button(QWizard::BackButton)->isVisible());
    QTest::mouseClick(wizard.button(QWizard::BackButton), Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(SignInWizard::ServerPageId));
    QCOMPARE(h.session->state(), State::Idle);
}

void tst_SignInWizard::doubleClickSendsOneRequest()
{
    WizardHarness h;
    SignInWizard &wizard = h.makeWizard();
    QTRY_COMPARE(h.session->state(), State::Idle);
    QTest::keyClicks(focused(), AdaNumber);
    auto *send = h.find<QPushButton>(QStringLiteral("sendCodeButton"));
    QTest::mouseDClick(send, Qt::LeftButton);
    QTest::mouseClick(send, Qt::LeftButton);
    QTRY_COMPARE(wizard.currentId(), int(SignInWizard::CodePageId));
    QTest::qWait(200); // any second request would have arrived by now
    QCOMPARE(h.loginRequests(), 1);
    QCOMPARE(h.codes.size(), 1);
}

void tst_SignInWizard::enterTwiceSendsOneRequest()
{
    WizardHarness h;
    SignInWizard &wizard = h.makeWizard();
    QTRY_COMPARE(h.session->state(), State::Idle);
    QTest::keyClicks(focused(), SlowNumber);
    QWidget *edit = focused();
    QTest::keyClick(edit, Qt::Key_Return);
    QTest::keyClick(edit, Qt::Key_Return);
    QTRY_COMPARE(h.loginRequests(), 1);
    QTest::qWait(200);
    QCOMPARE(h.loginRequests(), 1);
    QCOMPARE(wizard.currentId(), int(SignInWizard::PhonePageId));
}

void tst_SignInWizard::sendNeedsAValidNumber()
{
    WizardHarness h;
    h.makeWizard();
    QTRY_COMPARE(h.session->state(), State::Idle);
    auto *send = h.find<QPushButton>(QStringLiteral("sendCodeButton"));
    QVERIFY(!send->isEnabled());
    QTest::keyClicks(focused(), AdaNumber.left(8));
    QVERIFY(!send->isEnabled());
    // Still typing: no nagging.
    auto *line = h.find<QLabel>(QStringLiteral("sentAsLabel"));
    QVERIFY2(!line->text().contains(QStringLiteral("short")), qPrintable(line->text()));
    // Enter on an incomplete number says why, and sends nothing.
    QTest::keyClick(focused(), Qt::Key_Return);
    QVERIFY2(line->text().contains(QStringLiteral("short"), Qt::CaseInsensitive),
        qPrintable(line->text()));
    QCOMPARE(h.loginRequests(), 0);
    QTest::keyClicks(focused(), AdaNumber.mid(8));
    QVERIFY(send->isEnabled());
    QVERIFY(line->text().contains(Bidi::number(international(AdaNumber))));
}

void tst_SignInWizard::landlineIsRefusedBeforeSending()
{
    // Issue 23: "020 7946 0000" (GB) passed and a code was "sent" to a landline.
    WizardHarness h;
    h.makeWizard();
    QTRY_COMPARE(h.session->state(), State::Idle);
    h.find<CountryPicker>(QStringLiteral("countryPicker"))->setRegion(QStringLiteral("GB"));
    auto *send = h.find<QPushButton>(QStringLiteral("sendCodeButton"));
    auto *line = h.find<QLabel>(QStringLiteral("sentAsLabel"));
    QTest::keyClicks(focused(), QStringLiteral("020 7946 0000"));
    // Complete and real, so said at once, before any attempt to send.
    QVERIFY2(line->text().contains(QStringLiteral("landline")), qPrintable(line->text()));
    QVERIFY(!send->isEnabled());
    QTest::keyClick(focused(), Qt::Key_Return);
    QCOMPARE(h.loginRequests(), 0);
    QCOMPARE(h.wizard->currentId(), int(SignInWizard::PhonePageId));
    // A mobile ("fixed line or mobile" in the US) is fine.
    h.find<QLineEdit>(QStringLiteral("phoneEdit"))->clear();
    h.find<CountryPicker>(QStringLiteral("countryPicker"))->setRegion(QStringLiteral("US"));
    QTest::keyClicks(focused(), QStringLiteral("212 555 0100"));
    QVERIFY2(line->text().contains(Bidi::number(QStringLiteral("+1 212-555-0100"))),
        qPrintable(line->text()));
    QVERIFY(send->isEnabled());
}

void tst_SignInWizard::rateLimitCountsDownAndKeepsSendDisabled()
{
    // Issue 23: after a 429 "Try again in 30 seconds" stayed fixed, Send stayed enabled and every
    // click sent another request.
    WizardHarness h;
    h.makeWizard();
    QTRY_COMPARE(h.session->state(), State::Idle);
    const QString limited = demoNumber(QStringLiteral("Rate limited"));
    QTest::keyClicks(focused(), limited);
    auto *send = h.find<QPushButton>(QStringLiteral("sendCodeButton"));
    QVERIFY(send->isEnabled());
    QTest::mouseClick(send, Qt::LeftButton);
    auto *panel = h.find<MessagePanel>(QStringLiteral("messagePanel"));
    QTRY_VERIFY2(
        panel->text().contains(QStringLiteral("Try again in 30 ")), qPrintable(panel->text()));
    QCOMPARE(h.loginRequests(), 1);
    QVERIFY(!send->isEnabled());
    QVERIFY2(send->text().contains(QStringLiteral("30 s")), qPrintable(send->text()));
    // Clicks and Enter send nothing while it lasts.
    QTest::mouseClick(send, Qt::LeftButton);
    QTest::keyClick(focused(), Qt::Key_Return);
    QCOMPARE(h.loginRequests(), 1);
    // The message and the button count down together.
    h.clock.advance(12000);
    QTRY_VERIFY2(
        panel->text().contains(QStringLiteral("Try again in 18 ")), qPrintable(panel->text()));
    QTRY_VERIFY2(send->text().contains(QStringLiteral("18 s")), qPrintable(send->text()));
    QVERIFY(!send->isEnabled());
    // Then it may be tried again, once.
    h.clock.advance(18000);
    QTRY_VERIFY(send->isEnabled());
    QTRY_VERIFY2(
        panel->text().contains(QStringLiteral("try again now")), qPrintable(panel->text()));
    QTest::mouseClick(send, Qt::LeftButton);
    QTRY_COMPARE(h.loginRequests(), 2);
}

void tst_SignInWizard::escapeGoesBackAStepAndNeverQuits()
{
    // Issue 23: Escape closed the window at once, even on the code page mid-sign-in.
    WizardHarness h;
    SignInWizard &wizard = h.makeWizard();
    QVERIFY(h.reachCodePage(AdaNumber));
    QTest::keyClick(focused(), Qt::Key_Escape);
    QVERIFY(wizard.isVisible());
    QCOMPARE(wizard.currentId(), int(SignInWizard::PhonePageId));
    QVERIFY(digitsOf(h.find<QLineEdit>(QStringLiteral("phoneEdit"))->text())
                .endsWith(lastDigits(AdaNumber)));
    QCOMPARE(focusedName(), QStringLiteral("phoneEdit"));
    // On the first step there is nothing to go back to: Escape does nothing.
    QTest::keyClick(focused(), Qt::Key_Escape);
    QVERIFY(wizard.isVisible());
    QCOMPARE(wizard.currentId(), int(SignInWizard::PhonePageId));
    QVERIFY(!wizard.findChild<QMessageBox *>(QStringLiteral("closeConfirmBox")));
}

// The demo's login flow tells the code's facts, as ours do: the expiry counts down under the
// field, and after a wrong code the tries left stand next to it.
void tst_SignInWizard::theCodesFactsAreShown()
{
    WizardHarness h;
    h.makeWizard();
    QVERIFY(h.reachCodePage(AdaNumber));
    auto *expiry = h.find<QLabel>(QStringLiteral("expiryLabel"));
    auto *tries = h.find<QLabel>(QStringLiteral("attemptsLabel"));
    QTRY_VERIFY(expiry->isVisible());
    QVERIFY2(expiry->text().startsWith(QStringLiteral("Code expires in 4:5"))
            || expiry->text() == QStringLiteral("Code expires in 5:00"),
        qPrintable(expiry->text()));
    QVERIFY(!tries->isVisible()); // all 10 left: nothing to say yet
    const QString accessible = expiry->accessibleName();
    h.clock.advance(250 * 1000);
    QTRY_VERIFY2(expiry->text().startsWith(QStringLiteral("Code expires in 0:")),
        qPrintable(expiry->text()));
    QCOMPARE(expiry->accessibleName(), accessible); // not re-announced every second
    QTest::keyClicks(focused(), QStringLiteral("000000"));
    QTRY_VERIFY(tries->isVisible());
    QCOMPARE(tries->text(), QStringLiteral("9 tries left"));
    h.clock.advance(60 * 1000);
    QTRY_COMPARE(expiry->text(), QStringLiteral("This code has expired. Ask for a new one."));
}

// "Call me instead" appears after a first resend, waits for the same countdown, and the demo's
// simulated call carries the code.
void tst_SignInWizard::callMeInsteadAfterAResend()
{
    WizardHarness h;
    h.makeWizard();
    QVERIFY(h.reachCodePage(AdaNumber));
    auto *call = h.find<QPushButton>(QStringLiteral("callButton"));
    auto *resend = h.find<QPushButton>(QStringLiteral("resendButton"));
    QVERIFY(!call->isVisible());
    h.clock.advance(31 * 1000);
    QTRY_VERIFY(resend->isEnabled());
    const int sent = h.texts.size();
    QTest::mouseClick(resend, Qt::LeftButton);
    QTRY_COMPARE(h.texts.size(), sent + 1);
    QTRY_VERIFY(call->isVisible());
    QVERIFY(!call->isEnabled()); // the resend countdown holds it too
    h.clock.advance(31 * 1000);
    QTRY_VERIFY(call->isEnabled());
    QTest::mouseClick(call, Qt::LeftButton);
    QTRY_COMPARE(h.texts.size(), sent + 2);
    QVERIFY2(h.texts.last().contains(QStringLiteral("call")), qPrintable(h.texts.last()));
    QTRY_VERIFY(
        h.find<QLabel>(QStringLiteral("sentToLabel"))->text().contains(QStringLiteral("calling")));
    QVERIFY2(visibleMessage(h).contains(QStringLiteral("ring")), qPrintable(visibleMessage(h)));
    QVERIFY(!call->isVisible()); // already a call
    QTest::keyClicks(focused(), h.codes.last());
    QTRY_COMPARE(h.session->state(), State::SignedIn);
}

// A server that tells nothing about the code (the seed's flows) sends an SMS on every call: the
// client's own countdown is kept across a restart, so a restart does not buy a new SMS.
void tst_SignInWizard::theResendCountdownSurvivesARestart()
{
    const QString number = demoNumber(QStringLiteral("Signs in, but login answers only"));
    WizardHarness h;
    ResendCooldowns cooldowns(h.dir.filePath(QStringLiteral("directus-login.state")));
    h.session->setResendCooldowns(&cooldowns);
    h.makeWizard();
    QVERIFY(h.reachCodePage(number));
    QCOMPARE(h.codes.size(), 1);
    // The app quits; ten seconds later it starts again.
    h.wizard.reset();
    h.session = std::make_unique<SignInSession>(*h.client, *h.store, h.clock);
    h.session->setResendCooldowns(&cooldowns);
    h.clock.advance(10 * 1000);
    SignInWizard &wizard = h.makeWizard();
    QVERIFY(h.submitNumber(number));
    // The Send button counts down what is left of the first run's 30 seconds; Enter sends nothing.
    auto *send = h.find<QPushButton>(QStringLiteral("sendCodeButton"));
    QTRY_VERIFY2(send->text().contains(QStringLiteral("20 s")), qPrintable(send->text()));
    QVERIFY(!send->isEnabled());
    QCOMPARE(wizard.currentId(), int(SignInWizard::PhonePageId));
    QCOMPARE(h.codes.size(), 1); // no new SMS
    h.clock.advance(20 * 1000);
    QTRY_VERIFY(h.find<QPushButton>(QStringLiteral("sendCodeButton"))->isEnabled());
    QTest::mouseClick(h.find<QPushButton>(QStringLiteral("sendCodeButton")), Qt::LeftButton);
    QTRY_COMPARE(wizard.currentId(), int(SignInWizard::CodePageId));
    QCOMPARE(h.codes.size(), 2);
}

void tst_SignInWizard::closingDuringSignInAsksFirst()
{
    WizardHarness h;
    SignInWizard &wizard = h.makeWizard();
    QVERIFY(h.reachCodePage(AdaNumber));
    QVERIFY(!wizard.close()); // the window manager's close, Alt+F4
    auto *box = wizard.findChild<QMessageBox *>(QStringLiteral("closeConfirmBox"));
    QVERIFY(box);
    QTRY_VERIFY(box->isVisible());
    QVERIFY2(box->text().contains(QStringLiteral("Stop signing in")), qPrintable(box->text()));
    // The safe answer is the default.
    QCOMPARE(box->defaultButton()->objectName(), QStringLiteral("keepSigningInButton"));
    QTest::mouseClick(box->defaultButton(), Qt::LeftButton);
    QTRY_VERIFY(!box->isVisible());
    QVERIFY(wizard.isVisible());
    QCOMPARE(wizard.currentId(), int(SignInWizard::CodePageId));
    QCOMPARE(h.session->state(), State::AwaitingCode);

    // Asked again, and this time the person stops.
    QVERIFY(!wizard.close());
    const auto visibleBox = [&wizard]() -> QMessageBox * {
        const auto boxes = wizard.findChildren<QMessageBox *>(QStringLiteral("closeConfirmBox"));
        for (QMessageBox *b : boxes) {
            if (b->isVisible())
                return b;
        }
        return nullptr;
    };
    QTRY_VERIFY(visibleBox());
    box = visibleBox();
    auto *stop = box->findChild<QAbstractButton *>(QStringLiteral("stopAndCloseButton"));
    QVERIFY(stop);
    QTest::mouseClick(stop, Qt::LeftButton);
    QTRY_VERIFY(!wizard.isVisible());
    QCOMPARE(h.session->state(), State::Idle);

    // Nothing to lose (no code sent yet, or signed in): closes at once.
    WizardHarness idle;
    SignInWizard &other = idle.makeWizard();
    QTRY_COMPARE(idle.session->state(), State::Idle);
    QVERIFY(other.close());
}

void tst_SignInWizard::keychainMissingTellsOneCalmStory()
{
    // Issue 23: without a keychain the window opened on a red error, the keychain step kept the
    // code page's subtitle, and the session-only sign-in said other programs could use it.
    auto store = std::make_unique<FailingTokenStore>(Error::Kind::KeychainUnavailable, 100);
    store->setReadFailure(Error::Kind::KeychainUnavailable);
    WizardHarness h(WizardHarness::Setup::Complete, std::move(store));
    SignInWizard &wizard = h.makeWizard();
    auto *panel = h.find<MessagePanel>(QStringLiteral("messagePanel"));
    QTRY_VERIFY(!panel->text().isEmpty());
    QCOMPARE(panel->tone(), GuiStyle::Tone::Neutral); // a note, not an error
    QCOMPARE(panel->alertsSent(), 0);
    QVERIFY2(panel->text().contains(QStringLiteral("will not be remembered")),
        qPrintable(panel->text()));
    QVERIFY(panel->detailsText().contains(QStringLiteral("gnome-keyring")));
    QVERIFY(h.find<QPushButton>(QStringLiteral("sendCodeButton")) != nullptr);

    QVERIFY(h.reachCodePage(AdaNumber));
    QTest::keyClicks(focused(), h.codes.last());
    QTRY_COMPARE(h.session->state(), State::StoreFailed);
    auto *codePage = wizard.currentPage();
    QVERIFY2(!codePage->subTitle().contains(QStringLiteral("Type or paste the code")),
        qPrintable(codePage->subTitle()));
    QVERIFY2(codePage->subTitle().contains(QStringLiteral("code was right")),
        qPrintable(codePage->subTitle()));
    QTest::mouseClick(h.find<QPushButton>(QStringLiteral("keepForSessionButton")), Qt::LeftButton);
    QTRY_COMPARE(wizard.currentId(), int(SignInWizard::SignedInPageId));
    const QString subTitle = wizard.currentPage()->subTitle();
    QVERIFY2(
        !subTitle.contains(QStringLiteral("other programs can now use")), qPrintable(subTitle));
    QVERIFY2(subTitle.contains(QStringLiteral("not saved")), qPrintable(subTitle));
    QVERIFY(h.find<MessagePanel>(QStringLiteral("sessionOnlyPanel"))->isVisible());
}

void tst_SignInWizard::keychainMissingOffersSessionOnlyBeforeTheCode()
{
    // Issue 21: the choice comes on the first page, before a code is spent; chosen, the sign-in
    // goes straight to the signed-in page, and the keychain is never written.
    auto store = std::make_unique<FailingTokenStore>(Error::Kind::KeychainUnavailable, 100);
    store->setReadFailure(Error::Kind::KeychainUnavailable);
    FailingTokenStore *keychain = store.get();
    WizardHarness h(WizardHarness::Setup::Complete, std::move(store));
    SignInWizard &wizard = h.makeWizard();
    auto *panel = h.find<MessagePanel>(QStringLiteral("messagePanel"));
    QTRY_VERIFY(!panel->text().isEmpty());
    QCOMPARE(panel->tone(), GuiStyle::Tone::Neutral);
    QCOMPARE(panel->alertsSent(), 0);
    auto *action = panel->findChild<QPushButton *>(QStringLiteral("retryButton"));
    QVERIFY(action && action->isVisible());
    QCOMPARE(action->text(), QStringLiteral("Sign in for this session only"));
    QTest::mouseClick(action, Qt::LeftButton);
    QTRY_VERIFY(panel->text().contains(QStringLiteral("for this session only")));
    QCOMPARE(action->text(), QStringLiteral("Check again"));
    QCOMPARE(h.codes.size(), 0); // nothing was sent by choosing

    QVERIFY(h.reachCodePage(AdaNumber));
    QTest::keyClicks(focused(), h.codes.last());
    QTRY_COMPARE(wizard.currentId(), int(SignInWizard::SignedInPageId));
    QCOMPARE(keychain->writes(), 0);
    QVERIFY(!h.session->tokenIsPersistent());
    QVERIFY(h.find<MessagePanel>(QStringLiteral("sessionOnlyPanel"))->isVisible());
}

void tst_SignInWizard::demoTestNumbersAreListedOnThePage()
{
    // Issue 23: the test numbers were in a wide tooltip only, out of reach of the keyboard, touch
    // and kiosk; and the demo SMS card covered "Use a test number".
    WizardHarness h;
    SignInWizard &wizard = h.makeWizard();
    QTRY_COMPARE(h.session->state(), State::Idle);
    auto *button = h.find<QPushButton>(QStringLiteral("useTestNumberButton"));
    auto *list = h.find<QTreeWidget>(QStringLiteral("testNumberList"));
    QVERIFY(!list->isVisible());
    // By keyboard only: Tab to the button, Space, Down to "Unknown user", Return.
    for (int i = 0; i < 10 && focused() != button; ++i)
        QTest::keyClick(focused(), Qt::Key_Tab);
    QCOMPARE(focused(), button);
    QTest::keyClick(button, Qt::Key_Space);
    QVERIFY(list->isVisible());
    QCOMPARE(list->topLevelItemCount(), int(DemoServer::testNumbers().size()));
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = list->topLevelItem(i);
        QVERIFY(!item->text(0).isEmpty());
        QVERIFY2(!item->text(1).isEmpty(), qPrintable(item->text(0)));
    }
    QCOMPARE(focused(), list);
    const QString unknown = demoNumber(QStringLiteral("Unknown user"));
    int row = 0;
    while (DemoServer::testNumbers().at(row).e164 != unknown)
        ++row;
    for (int i = 0; i < row; ++i)
        QTest::keyClick(list, Qt::Key_Down);
    QTest::keyClick(list, Qt::Key_Return);
    QVERIFY(!list->isVisible());
    QCOMPARE(focusedName(), QStringLiteral("phoneEdit"));
    QCOMPARE(digitsOf(h.find<QLineEdit>(QStringLiteral("phoneEdit"))->text()), digitsOf(unknown));

    // The demo SMS card never covers the phone page: an SMS that arrives there waits for the
    // code page.
    emit h.demo.smsSent(
        AdaNumber, QStringLiteral("Your code is 123456."), QStringLiteral("123456"));
    QTest::qWait(50);
    QVERIFY(!h.wizard->smsBanner()->isVisible());
    // After Change number, the old SMS is gone.
    h.find<QLineEdit>(QStringLiteral("phoneEdit"))->clear();
    QVERIFY(h.reachCodePage(AdaNumber));
    QTRY_VERIFY(h.wizard->smsBanner()->isVisible());
    QTest::mouseClick(h.find<QPushButton>(QStringLiteral("changeNumberButton")), Qt::LeftButton);
    QTRY_COMPARE(wizard.currentId(), int(SignInWizard::PhonePageId));
    QVERIFY(!h.wizard->smsBanner()->isVisible());
}

void tst_SignInWizard::failedUserCheckStoresNothingAndTryAgainSignsIn()
{
    // Issue 16: a right code whose /users/me check failed (503 here) stored the token anyway.
    WizardHarness h;
    SignInWizard &wizard = h.makeWizard();
    QVERIFY(h.reachCodePage(demoNumber(QStringLiteral("The right code, then /users/me"))));
    QTest::keyClicks(focused(), h.codes.last());
    QTRY_COMPARE(h.session->state(), State::UserCheckFailed);
    QCOMPARE(wizard.currentId(), int(SignInWizard::CodePageId));
    QVERIFY(h.readToken().isEmpty()); // nothing stored
    auto *panel = h.find<MessagePanel>(QStringLiteral("storeMessagePanel"));
    QVERIFY(panel->isVisible());
    QVERIFY2(panel->text().contains(QStringLiteral("could not say who you are")),
        qPrintable(panel->text()));
    QVERIFY(!h.find<QPushButton>(QStringLiteral("keepForSessionButton"))->isVisible());
    auto *retry = h.find<QPushButton>(QStringLiteral("retryStoreButton"));
    QVERIFY(retry->isVisible());
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_COMPARE(wizard.currentId(), int(SignInWizard::SignedInPageId));
    QVERIFY(!h.readToken().isEmpty());
    QCOMPARE(h.verifyRequests(), 1); // one code, checked once
}

void tst_SignInWizard::invalidNumberReasonAfterLeavingTheField()
{
    WizardHarness h;
    h.makeWizard();
    QTRY_COMPARE(h.session->state(), State::Idle);
    h.find<CountryPicker>(QStringLiteral("countryPicker"))->setRegion(QStringLiteral("GB"));
    QTest::keyClicks(focused(), QStringLiteral("0712"));
    auto *line = h.find<QLabel>(QStringLiteral("sentAsLabel"));
    QVERIFY(!line->text().contains(QStringLiteral("short")));
    QTest::keyClick(focused(), Qt::Key_Tab); // leaves the field
    QVERIFY2(line->text().contains(QStringLiteral("short"), Qt::CaseInsensitive),
        qPrintable(line->text()));
    // A number too long is said at once.
    auto *phone = h.find<QLineEdit>(QStringLiteral("phoneEdit"));
    phone->setFocus();
    phone->clear();
    QTest::keyClicks(phone, national(AdaNumber) + QStringLiteral(" 123456"));
    QVERIFY2(line->text().contains(QStringLiteral("long"), Qt::CaseInsensitive),
        qPrintable(line->text()));
}

void tst_SignInWizard::unknownUserSaysSo()
{
    WizardHarness h;
    SignInWizard &wizard = h.makeWizard();
    QVERIFY(h.submitNumber(UnknownNumber));
    QTRY_VERIFY(!visibleMessage(h).isEmpty());
    QCOMPARE(wizard.currentId(), int(SignInWizard::PhonePageId));
    QVERIFY2(
        visibleMessage(h).contains(QStringLiteral("No account")), qPrintable(visibleMessage(h)));
    QCOMPARE(focusedName(), QStringLiteral("phoneEdit"));
    QVERIFY(h.find<QPushButton>(QStringLiteral("sendCodeButton"))->isEnabled());
}

void tst_SignInWizard::expiredCodeGoesBackToPhone()
{
    WizardHarness h;
    SignInWizard &wizard = h.makeWizard();
    QVERIFY(h.reachCodePage(ExpiringNumber));
    QTest::keyClicks(focused(), h.codes.last());
    QTRY_COMPARE(wizard.currentId(), int(SignInWizard::PhonePageId));
    QVERIFY2(visibleMessage(h).contains(QStringLiteral("expired")), qPrintable(visibleMessage(h)));
    QCOMPARE(h.find<QLineEdit>(QStringLiteral("phoneEdit"))->text(), international(ExpiringNumber));
    // A new code may be asked for at once.
    QVERIFY(h.find<QPushButton>(QStringLiteral("sendCodeButton"))->isEnabled());
}

void tst_SignInWizard::changeNumberKeepsTheNumber()
{
    WizardHarness h;
    SignInWizard &wizard = h.makeWizard();
    QVERIFY(h.reachCodePage(AdaNumber));
    QTest::mouseClick(h.find<QPushButton>(QStringLiteral("changeNumberButton")), Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(SignInWizard::PhonePageId));
    QCOMPARE(h.session->state(), State::Idle);
    QCOMPARE(h.find<QLineEdit>(QStringLiteral("phoneEdit"))->text(), international(AdaNumber));
    QCOMPARE(focusedName(), QStringLiteral("phoneEdit"));
    // The same number again waits for the resend countdown, and says so.
    auto *send = h.find<QPushButton>(QStringLiteral("sendCodeButton"));
    QVERIFY(!send->isEnabled());
    QVERIFY2(send->text().contains(QStringLiteral("s")), qPrintable(send->text()));
    h.clock.advance(31000);
    QTRY_VERIFY(send->isEnabled());
}

void tst_SignInWizard::startsSignedInWithAValidToken()
{
    WizardHarness h;
    {
        // Sign in once, as the command line would, so that a valid token is stored.
        SignInSession earlier(*h.client, *h.store, h.clock);
        earlier.applyConfig(*h.config);
        QVERIFY(earlier.requestCode(PhoneNumber::parse(AdaNumber, QStringLiteral("GB"))));
        QTRY_COMPARE(earlier.state(), State::AwaitingCode);
        QVERIFY(earlier.submitCode(h.codes.last()));
        QTRY_COMPARE(earlier.state(), State::SignedIn);
    }
    const int before = h.loginRequests();
    SignInWizard &wizard = h.makeWizard();
    QTRY_COMPARE(wizard.currentId(), int(SignInWizard::SignedInPageId));
    QCOMPARE(h.find<QLabel>(QStringLiteral("userLabel"))->text(), QStringLiteral("Ada Lovelace"));
    QCOMPARE(h.loginRequests(), before); // no new code
}

void tst_SignInWizard::revokedTokenGoesToPhone()
{
    WizardHarness h;
    h.config->setUserValue(QStringLiteral("LastRegion"), QStringLiteral("GB"));
    h.config->setUserValue(QStringLiteral("LastPhone"), AdaNumber);
    QVERIFY(h.storeToken(QStringLiteral("f3c1b2a9d8e7f6a5b4c3d2e1f0a9b8c7")));
    SignInWizard &wizard = h.makeWizard();
    QTRY_COMPARE(h.session->state(), State::Idle);
    QCOMPARE(wizard.currentId(), int(SignInWizard::PhonePageId));
    QTRY_VERIFY(visibleMessage(h).contains(QStringLiteral("session ended")));
    QCOMPARE(h.find<QLineEdit>(QStringLiteral("phoneEdit"))->text(), international(AdaNumber));
    QCOMPARE(
        h.find<CountryPicker>(QStringLiteral("countryPicker"))->region(), QStringLiteral("GB"));
    QVERIFY(h.find<QPushButton>(QStringLiteral("sendCodeButton"))->isEnabled());
    QCOMPARE(focusedName(), QStringLiteral("phoneEdit"));
}

void tst_SignInWizard::unreachableServerKeepsTheToken()
{
    // A port nothing listens on.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const QString deadUrl = QStringLiteral("http://127.0.0.1:%1").arg(probe.serverPort());
    probe.close();
    WizardHarness h(WizardHarness::Setup::Empty, {},
        { { QStringLiteral("Server"), deadUrl },
            { QStringLiteral("LoginFlow"), DemoServer::loginFlowId() },
            { QStringLiteral("VerifyFlow"), DemoServer::verifyFlowId() } });
    const QString key = h.config->tokenKey(QUrl(deadUrl));
    bool written = false;
    h.store->write(key, QStringLiteral("kept-token-0123456789abcdef"), &h.demo,
        [&](Error) { written = true; });
    QTRY_VERIFY(written);

    SignInWizard &wizard = h.makeWizard();
    QTRY_VERIFY(!visibleMessage(h).isEmpty());
    QCOMPARE(wizard.currentId(), int(SignInWizard::PhonePageId));
    QVERIFY2(visibleMessage(h).contains(QStringLiteral("could not be checked")),
        qPrintable(visibleMessage(h)));
    auto *retry = h.find<QPushButton>(QStringLiteral("retryButton"));
    QVERIFY(retry && retry->isVisible());

    bool read = false;
    QString token;
    h.store->read(key, &h.demo, [&](Result<QString> t) {
        read = true;
        token = t.ok() ? t.value() : QString();
    });
    QTRY_VERIFY(read);
    QCOMPARE(token, QStringLiteral("kept-token-0123456789abcdef")); // never deleted

    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_VERIFY(visibleMessage(h).contains(QStringLiteral("could not be checked")));
    QCOMPARE(h.session->state(), State::Idle);
}

void tst_SignInWizard::keychainLockedKeepForSession()
{
    auto *failing = new FailingTokenStore(Error::Kind::KeychainLocked, 1000);
    WizardHarness h(WizardHarness::Setup::Complete, std::unique_ptr<TokenStore>(failing));
    SignInWizard &wizard = h.makeWizard();
    QVERIFY(h.reachCodePage(AdaNumber));
    QTest::keyClicks(focused(), h.codes.last());
    QTRY_COMPARE(h.session->state(), State::StoreFailed);

    QCOMPARE(wizard.currentId(), int(SignInWizard::CodePageId));
    auto *title = h.find<QLabel>(QStringLiteral("storeTitleLabel"));
    QVERIFY(title->isVisible());
    QVERIFY2(title->text().contains(QStringLiteral("locked")), qPrintable(title->text()));
    auto *panel = h.find<MessagePanel>(QStringLiteral("storeMessagePanel"));
    QVERIFY(panel->text().contains(QStringLiteral("Unlock")));
    QVERIFY(!h.find<QWidget>(QStringLiteral("codeEntry"))->isVisible());
    auto *keep = h.find<QPushButton>(QStringLiteral("keepForSessionButton"));
    QVERIFY(keep->isVisible());
    QVERIFY(h.find<QPushButton>(QStringLiteral("retryStoreButton"))->isVisible());
    QCOMPARE(failing->writes(), 1);

    QTest::mouseClick(keep, Qt::LeftButton);
    QTRY_COMPARE(wizard.currentId(), int(SignInWizard::SignedInPageId));
    QVERIFY(!h.session->tokenIsPersistent());
    QVERIFY(h.find<QLabel>(QStringLiteral("tokenLocationLabel"))
                ->text()
                .contains(QStringLiteral("memory")));
    QVERIFY(h.find<MessagePanel>(QStringLiteral("sessionOnlyPanel"))->isVisible());
    QVERIFY(!failing->has(h.tokenKey())); // never silently written anywhere
    QCOMPARE(failing->writes(), 1);
}

void tst_SignInWizard::keychainLockedTryAgain()
{
    auto *failing = new FailingTokenStore(Error::Kind::KeychainLocked, 1);
    WizardHarness h(WizardHarness::Setup::Complete, std::unique_ptr<TokenStore>(failing));
    SignInWizard &wizard = h.makeWizard();
    QVERIFY(h.reachCodePage(AdaNumber));
    QTest::keyClicks(focused(), h.codes.last());
    QTRY_COMPARE(h.session->state(), State::StoreFailed);
    // "Try again" has the focus: Space retries (the keyring has been unlocked meanwhile).
    QCOMPARE(focusedName(), QStringLiteral("retryStoreButton"));
    QTest::keyClick(focused(), Qt::Key_Space);
    QTRY_COMPARE(wizard.currentId(), int(SignInWizard::SignedInPageId));
    QVERIFY(h.session->tokenIsPersistent());
    QVERIFY(failing->has(h.tokenKey()));
    QVERIFY(h.find<QLabel>(QStringLiteral("tokenLocationLabel"))
                ->text()
                .contains(QStringLiteral("test keychain")));
}

void tst_SignInWizard::signOutRemovesTheToken()
{
    WizardHarness h;
    SignInWizard &wizard = h.makeWizard();
    QVERIFY(h.reachCodePage(AdaNumber));
    QTest::keyClicks(focused(), h.codes.last());
    QTRY_COMPARE(wizard.currentId(), int(SignInWizard::SignedInPageId));
    QVERIFY(!h.readToken().isEmpty());

    QTest::mouseClick(h.find<QPushButton>(QStringLiteral("signOutButton")), Qt::LeftButton);
    QTRY_COMPARE(wizard.currentId(), int(SignInWizard::PhonePageId));
    QVERIFY(h.readToken().isEmpty());
    QVERIFY(visibleMessage(h).contains(QStringLiteral("signed out")));
    QCOMPARE(
        static_cast<MessagePanel *>(h.find<MessagePanel>(QStringLiteral("messagePanel")))->tone(),
        GuiStyle::Tone::Success);
}

void tst_SignInWizard::countryPickerSearch_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("region");
    QTest::newRow("calling code with +") << QStringLiteral("+44") << QStringLiteral("GB");
    QTest::newRow("calling code") << QStringLiteral("44") << QStringLiteral("GB");
    QTest::newRow("ISO code") << QStringLiteral("gb") << QStringLiteral("GB");
    QTest::newRow("name word") << QStringLiteral("united k") << QStringLiteral("GB");
    QTest::newRow("later word") << QStringLiteral("kingdom") << QStringLiteral("GB");
    QTest::newRow("name") << QStringLiteral("germany") << QStringLiteral("DE");
    QTest::newRow("+1 is the US") << QStringLiteral("+1") << QStringLiteral("US");
    QTest::newRow("ISO de") << QStringLiteral("de") << QStringLiteral("DE");
    QTest::newRow("accents ignored") << QStringLiteral("réunion") << QStringLiteral("RE");
}

void tst_SignInWizard::countryPickerSearch()
{
    QFETCH(QString, typed);
    QFETCH(QString, region);
    WizardHarness h;
    h.makeWizard();
    QTRY_COMPARE(h.session->state(), State::Idle);
    auto *picker = h.find<CountryPicker>(QStringLiteral("countryPicker"));
    picker->setRegion(QStringLiteral("FR"));
    // Keyboard: Shift+Tab from the number goes to the country.
    QTest::keyClick(focused(), Qt::Key_Tab, Qt::ShiftModifier);
    QCOMPARE(focused(), picker);
    QVERIFY(picker->hasSelectedText()); // typing replaces the country shown
    typeText(focused(), typed);
    QVERIFY(picker->isListVisible());
    QVERIFY(!picker->matches().isEmpty());
    QCOMPARE(picker->matches().first().region, region);
    QTest::keyClick(focused(), Qt::Key_Return);
    QCOMPARE(picker->region(), region);
    QVERIFY(!picker->isListVisible());
    QVERIFY(picker->text().contains(picker->country().name));
    QCOMPARE(focusedName(), QStringLiteral("phoneEdit")); // on to the number
}

void tst_SignInWizard::countryPickerEscapeRestores()
{
    WizardHarness h;
    h.makeWizard();
    QTRY_COMPARE(h.session->state(), State::Idle);
    auto *picker = h.find<CountryPicker>(QStringLiteral("countryPicker"));
    picker->setRegion(QStringLiteral("FR"));
    // The list loads after the first paint; the calling code is one left-to-right run.
    QTRY_COMPARE(
        picker->text(), QStringLiteral("France (%1)").arg(Bidi::number(QStringLiteral("+33"))));
    const QString shown = picker->text();
    picker->setFocus();
    QTest::keyClicks(picker, QStringLiteral("ger"));
    QVERIFY2(picker->isListVisible(), qPrintable(picker->text()));
    QTest::keyClick(picker, Qt::Key_Down); // Germany is first, then the next match
    QTest::keyClick(picker, Qt::Key_Escape);
    QCOMPARE(picker->region(), QStringLiteral("FR"));
    QCOMPARE(picker->text(), shown);
    QVERIFY(h.wizard->isVisible()); // Escape closed the list, not the window
}

void tst_SignInWizard::pastedCodeIsNormalised_data()
{
    QTest::addColumn<QString>("pasted");
    QTest::newRow("sentence") << QStringLiteral("Your code is %1-%2");
    QTest::newRow("whole demo SMS")
        << QStringLiteral("Your Directus code is %1%2. It expires in 5 minutes.");
    QTest::newRow("spaces") << QStringLiteral(" %1 %2 ");
    QTest::newRow("full-width") << QStringLiteral("full-width");
    QTest::newRow("arabic-indic") << QStringLiteral("arabic-indic");
}

void tst_SignInWizard::pastedCodeIsNormalised()
{
    QFETCH(QString, pasted);
    WizardHarness h;
    SignInWizard &wizard = h.makeWizard();
    QVERIFY(h.reachCodePage(AdaNumber));
    const QString code = h.codes.last();
    QString text;
    if (pasted == QLatin1String("full-width") || pasted == QLatin1String("arabic-indic")) {
        const char16_t zero = pasted == QLatin1String("full-width") ? u'\uFF10' : u'\u0660';
        for (const QChar ch : code)
            text += QChar(char16_t(zero + (ch.unicode() - '0')));
    } else {
        text = pasted.arg(code.left(3), code.mid(3));
    }
    QGuiApplication::clipboard()->setText(text);
    auto *codeEdit = h.find<CodeEdit>(QStringLiteral("codeEdit"));
    QCOMPARE(focused(), codeEdit);
    QSignalSpy completed(codeEdit, &CodeEdit::completed);
    QTest::keySequence(focused(), QKeySequence::Paste);
    QCOMPARE(completed.size(), 1);
    QCOMPARE(completed.first().first().toString(), code);
    QTRY_COMPARE(wizard.currentId(), int(SignInWizard::SignedInPageId));
}

void tst_SignInWizard::pastedNumberSwitchesCountry_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("pasted");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("sentAs");
    QTest::newRow("+1 while GB") << QStringLiteral("GB") << QStringLiteral("+1 212 555 0100")
                                 << QStringLiteral("US") << QStringLiteral("+1 212-555-0100");
    QTest::newRow("0049 while GB") << QStringLiteral("GB") << QStringLiteral("0049 151 23456789")
                                   << QStringLiteral("DE") << QStringLiteral("+49 1512 3456789");
    QTest::newRow("+44 while US") << QStringLiteral("US") << QStringLiteral("+44 7123 456001")
                                  << QStringLiteral("GB") << QStringLiteral("+44 7123 456001");
    QTest::newRow("national stays") << QStringLiteral("GB") << QStringLiteral("07123 456001")
                                    << QStringLiteral("GB") << QStringLiteral("+44 7123 456001");
}

void tst_SignInWizard::pastedNumberSwitchesCountry()
{
    QFETCH(QString, from);
    QFETCH(QString, pasted);
    QFETCH(QString, region);
    QFETCH(QString, sentAs);
    WizardHarness h;
    h.makeWizard();
    QTRY_COMPARE(h.session->state(), State::Idle);
    auto *picker = h.find<CountryPicker>(QStringLiteral("countryPicker"));
    picker->setRegion(from);
    QGuiApplication::clipboard()->setText(pasted);
    QTest::keySequence(focused(), QKeySequence::Paste);
    QCOMPARE(picker->region(), region);
    auto *line = h.find<QLabel>(QStringLiteral("sentAsLabel"));
    QVERIFY2(line->text().contains(Bidi::number(sentAs)), qPrintable(line->text()));
    QVERIFY(h.find<QPushButton>(QStringLiteral("sendCodeButton"))->isEnabled());
}

void tst_SignInWizard::formatsAsYouType()
{
    WizardHarness h;
    h.makeWizard();
    QTRY_COMPARE(h.session->state(), State::Idle);
    h.find<CountryPicker>(QStringLiteral("countryPicker"))->setRegion(QStringLiteral("GB"));
    auto *phone = h.find<QLineEdit>(QStringLiteral("phoneEdit"));
    QTest::keyClicks(phone, QStringLiteral("07123456001"));
    QCOMPARE(phone->text(), QStringLiteral("07123 456001"));
    // Backspace right after the group space removes a digit, not just the space.
    phone->setCursorPosition(6);
    QTest::keyClick(phone, Qt::Key_Backspace);
    QCOMPARE(phone->text().remove(QLatin1Char(' ')), QStringLiteral("0712456001"));
    // Typing in the middle keeps the cursor after the typed digit.
    phone->setText(QString());
    QTest::keyClicks(phone, QStringLiteral("0712456001"));
    phone->setCursorPosition(4);
    QTest::keyClicks(phone, QStringLiteral("3"));
    QCOMPARE(phone->text(), QStringLiteral("07123 456001"));
    QCOMPARE(phone->text().left(phone->cursorPosition()).remove(QLatin1Char(' ')),
        QStringLiteral("07123"));
}

void tst_SignInWizard::defaultCountryIsTheLastOne()
{
    WizardHarness h;
    h.config->setUserValue(QStringLiteral("LastRegion"), QStringLiteral("DE"));
    h.makeWizard();
    QTRY_COMPARE(h.session->state(), State::Idle);
    auto *picker = h.find<CountryPicker>(QStringLiteral("countryPicker"));
    QCOMPARE(picker->region(), QStringLiteral("DE"));
    QTRY_VERIFY(picker->text().contains(Bidi::number(QStringLiteral("+49"))));
}

void tst_SignInWizard::defaultCountryFollowsTheLocaleNotTheLanguage()
{
    // Issue 23: LANGUAGE=fr with LANG=en_GB gave France; the region of LANG/LC_ALL comes first.
    const QByteArray lcAll = qgetenv("LC_ALL"), lang = qgetenv("LANG"),
                     language = qgetenv("LANGUAGE");
    qunsetenv("LC_ALL");
    qputenv("LANG", "en_GB.UTF-8");
    qputenv("LANGUAGE", "fr");
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France)); // the window speaks French
    QString region;
    {
        WizardHarness h;
        h.makeWizard();
        region = h.find<CountryPicker>(QStringLiteral("countryPicker"))->region();
    }
    QLocale::setDefault(before);
    qputenv("LC_ALL", lcAll);
    qputenv("LANG", lang);
    if (language.isNull())
        qunsetenv("LANGUAGE");
    else
        qputenv("LANGUAGE", language);
    QCOMPARE(region, QStringLiteral("GB"));
}

void tst_SignInWizard::countryListOpensAtTheChosenCountry()
{
    // Issue 23: the whole list opened at Afghanistan, whatever was chosen.
    WizardHarness h;
    h.makeWizard();
    QTRY_COMPARE(h.session->state(), State::Idle);
    auto *picker = h.find<CountryPicker>(QStringLiteral("countryPicker"));
    picker->setRegion(QStringLiteral("GB"));
    QTRY_VERIFY(picker->text().contains(QStringLiteral("44")));
    picker->setFocus(Qt::OtherFocusReason);
    QTest::keyClick(picker, Qt::Key_Down);
    QTRY_VERIFY(picker->isListVisible());
    QAbstractItemView *list = nullptr;
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (w->objectName() == QLatin1String("countryList"))
            list = qobject_cast<QAbstractItemView *>(w);
    }
    QVERIFY(list);
    QVERIFY(picker->matches().size() > 200);
    QVERIFY2(list->currentIndex().data().toString().contains(QStringLiteral("United Kingdom")),
        qPrintable(list->currentIndex().data().toString()));
    // And it is in view.
    QVERIFY(list->viewport()->rect().intersects(list->visualRect(list->currentIndex())));
    // Enter keeps it.
    QTest::keyClick(picker, Qt::Key_Return);
    QCOMPARE(picker->region(), QStringLiteral("GB"));
}

void tst_SignInWizard::serverPageSavesAndTests()
{
    WizardHarness h(WizardHarness::Setup::Empty);
    SignInWizard &wizard = h.makeWizard();
    QCOMPARE(wizard.currentId(), int(SignInWizard::ServerPageId));
    QCOMPARE(focusedName(), QStringLiteral("serverEdit"));
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());

    // Pasting a trigger URL into the first flow field fills in the server.
    const QString trigger
        = h.demo.url().toString() + QStringLiteral("/flows/trigger/") + DemoServer::loginFlowId();
    QTest::keyClick(focused(), Qt::Key_Tab);
    QCOMPARE(focusedName(), QStringLiteral("loginFlowEdit"));
    QGuiApplication::clipboard()->setText(trigger);
    QTest::keySequence(focused(), QKeySequence::Paste);
    QCOMPARE(h.find<QLineEdit>(QStringLiteral("serverEdit"))->text(), h.demo.url().toString());
    QTest::keyClick(focused(), Qt::Key_Tab);
    QTest::keyClicks(focused(), DemoServer::verifyFlowId());
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());

    // Test connection: /server/ping.
    QTest::keyClick(focused(), Qt::Key_Tab);
    QCOMPARE(focusedName(), QStringLiteral("testConnectionButton"));
    QTest::keyClick(focused(), Qt::Key_Space);
    QTRY_VERIFY(visibleMessage(h).contains(QStringLiteral("Connected")));
    bool pinged = false;
    for (const HttpRequest &request : h.demo.http().requests())
        pinged = pinged || request.path == QLatin1String("/server/ping");
    QVERIFY(pinged);

    // Enter in a field continues; the configuration is saved and applied.
    h.find<QLineEdit>(QStringLiteral("verifyFlowEdit"))->setFocus();
    QTest::keyClick(focused(), Qt::Key_Return);
    QCOMPARE(wizard.currentId(), int(SignInWizard::PhonePageId));
    QVERIFY(h.config->isComplete());
    QSettings saved(h.dir.filePath(QStringLiteral("user.conf")), QSettings::IniFormat);
    QString savedServer;
    for (const QString &key : saved.allKeys()) {
        if (key.endsWith(QLatin1String("Server")))
            savedServer = saved.value(key).toString();
    }
    QCOMPARE(savedServer, h.demo.url().toString());
    QCOMPARE(h.client->server(), h.demo.url());
    QCOMPARE(h.session->tokenKey(), h.tokenKey());
    QTRY_COMPARE(h.session->state(), State::Idle);
    QCOMPARE(focusedName(), QStringLiteral("phoneEdit"));

    // And signing in works with what was saved.
    QVERIFY(h.reachCodePage(AdaNumber));
}

void tst_SignInWizard::testConnectionChecksEachFlow()
{
    // Issue 23: "Test connection" said Connected when both flows answered 404.
    FakeServer server;
    HttpResponse pong = HttpResponse::json(200, "pong");
    pong.contentType = "text/html; charset=utf-8"; // as Directus answers it
    server.on("GET", QStringLiteral("/server/ping"), pong);
    WizardHarness h(WizardHarness::Setup::Empty);
    h.makeWizard();
    const QString login = QStringLiteral("6c4b9d7e-0000-4000-8000-000000000001");
    const QString verify = QStringLiteral("9e1a2b3c-0000-4000-8000-000000000002");
    h.find<QLineEdit>(QStringLiteral("serverEdit"))->setText(server.url().toString());
    h.find<QLineEdit>(QStringLiteral("loginFlowEdit"))->setText(login);
    h.find<QLineEdit>(QStringLiteral("verifyFlowEdit"))->setText(verify);
    auto *panel = h.find<MessagePanel>(QStringLiteral("messagePanel"));
    auto *test = h.find<QPushButton>(QStringLiteral("testConnectionButton"));
    const auto runTest = [&] {
        panel->clear();
        QTest::mouseClick(test, Qt::LeftButton);
        return QTest::qWaitFor([&] { return !panel->text().isEmpty() && test->isEnabled(); });
    };

    // Both flows 404: not connected to any flow.
    QVERIFY(runTest());
    QVERIFY2(!panel->text().contains(QStringLiteral("Connected")), qPrintable(panel->text()));
    QCOMPARE(panel->tone(), GuiStyle::Tone::Error);
    QVERIFY2(panel->text().contains(QStringLiteral("no such flow")), qPrintable(panel->text()));
    QCOMPARE(server.count("GET", QStringLiteral("/flows/trigger/") + login), 1);
    // Nothing that could send an SMS: no number, no code.
    QVERIFY(
        server.requestsTo(QStringLiteral("/flows/trigger/") + login).first().rawQuery.isEmpty());

    // The login flow exists (it refuses the empty input), the verify flow is inactive (403).
    server.on("GET", QStringLiteral("/flows/trigger/") + login,
        HttpResponse::directusError(
            400, QStringLiteral("INVALID_PAYLOAD"), QStringLiteral("phone_number is required")));
    server.on("GET", QStringLiteral("/flows/trigger/") + verify,
        HttpResponse::directusError(403, QStringLiteral("FORBIDDEN"),
            QStringLiteral("You don't have permission to access this.")));
    QVERIFY(runTest());
    QVERIFY2(
        panel->text().contains(QStringLiteral("verification flow")), qPrintable(panel->text()));
    QVERIFY(!panel->text().contains(QStringLiteral("Connected")));

    // Both answer as flows do.
    server.on("GET", QStringLiteral("/flows/trigger/") + verify,
        HttpResponse::directusError(
            400, QStringLiteral("INVALID_PAYLOAD"), QStringLiteral("session_uuid is required")));
    QVERIFY(runTest());
    QVERIFY2(
        panel->text().contains(QStringLiteral("both flows answer")), qPrintable(panel->text()));
    QCOMPARE(panel->tone(), GuiStyle::Tone::Success);

    // A web page where the flow should be is not a flow.
    HttpResponse portal
        = HttpResponse::json(200, "<html><body>Welcome to the hotel Wi-Fi</body></html>");
    portal.contentType = "text/html";
    server.on("GET", QStringLiteral("/flows/trigger/") + login, portal);
    QVERIFY(runTest());
    QVERIFY2(panel->text().contains(QStringLiteral("not as a Directus flow")),
        qPrintable(panel->text()));
}

void tst_SignInWizard::plainHttpIsRefusedWhenEntered()
{
    // Issue 23: plain HTTP to another machine was refused only after Send.
    WizardHarness h(WizardHarness::Setup::Empty);
    SignInWizard &wizard = h.makeWizard();
    QCOMPARE(focusedName(), QStringLiteral("serverEdit"));
    QTest::keyClicks(focused(), QStringLiteral("http://cms.example.com"));
    QTest::keyClick(focused(), Qt::Key_Tab); // leaves the field
    QTest::keyClicks(focused(), DemoServer::loginFlowId());
    QTest::keyClick(focused(), Qt::Key_Tab);
    QTest::keyClicks(focused(), DemoServer::verifyFlowId());
    QVERIFY2(
        visibleMessage(h).contains(QStringLiteral("plain HTTP")), qPrintable(visibleMessage(h)));
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    QCOMPARE(h.demo.http().requests().size(), 0);
    // This machine is fine over http.
    auto *edit = h.find<QLineEdit>(QStringLiteral("serverEdit"));
    edit->setText(h.demo.url().toString());
    QVERIFY(h.demo.url().scheme() == QLatin1String("http"));
    QTRY_VERIFY(wizard.button(QWizard::NextButton)->isEnabled());
}

void tst_SignInWizard::serverPageRejectsMismatchedFlows()
{
    WizardHarness h(WizardHarness::Setup::Empty);
    SignInWizard &wizard = h.makeWizard();
    QTest::keyClicks(focused(), QStringLiteral("https://cms.example.com"));
    QTest::keyClick(focused(), Qt::Key_Tab);
    QTest::keyClicks(focused(), QStringLiteral("https://other.example.org/flows/trigger/abc"));
    QTest::keyClick(focused(), Qt::Key_Tab);
    QTest::keyClicks(focused(), QStringLiteral("def"));
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    QTest::keyClick(focused(), Qt::Key_Return);
    QCOMPARE(wizard.currentId(), int(SignInWizard::ServerPageId));
    QVERIFY2(visibleMessage(h).contains(QStringLiteral("other.example.org")),
        qPrintable(visibleMessage(h)));
    QCOMPARE(focusedName(), QStringLiteral("loginFlowEdit"));
    QVERIFY(!h.config->isComplete());
}

void tst_SignInWizard::demoBannerShowsTheSms()
{
    WizardHarness h;
    SignInWizard &wizard = h.makeWizard();
    QTRY_COMPARE(h.session->state(), State::Idle);
    QVERIFY(h.find<QWidget>(QStringLiteral("demoBadge"))->isVisible());
    QVERIFY(h.find<QLabel>(QStringLiteral("demoHintLabel"))->isVisible());
    QTest::mouseClick(h.find<QPushButton>(QStringLiteral("useTestNumberButton")), Qt::LeftButton);
    auto *list = h.find<QTreeWidget>(QStringLiteral("testNumberList"));
    QVERIFY(list->isVisible());
    QTest::mouseClick(
        list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->topLevelItem(0)).center());
    QVERIFY(!list->isVisible());
    QVERIFY(h.find<QPushButton>(QStringLiteral("sendCodeButton"))->isEnabled());
    QTest::keyClick(focused(), Qt::Key_Return);
    QTRY_COMPARE(wizard.currentId(), int(SignInWizard::CodePageId));
    auto *banner = h.find<QWidget>(QStringLiteral("smsBanner"));
    QTRY_VERIFY(banner->isVisible());
    QCOMPARE(h.find<QLabel>(QStringLiteral("smsCodeLabel"))->text().contains(h.codes.last()), true);
    QCOMPARE(h.find<QLabel>(QStringLiteral("smsTextLabel"))->text(), h.texts.last());
    // The banner does not take the focus from the code field.
    QCOMPARE(focusedName(), QStringLiteral("codeEdit"));
    QTest::mouseClick(h.find<QPushButton>(QStringLiteral("useSmsCodeButton")), Qt::LeftButton);
    QTRY_COMPARE(wizard.currentId(), int(SignInWizard::SignedInPageId));
    QVERIFY(!banner->isVisible());
    // A demo sign-in leaves nothing in the person's settings.
    QVERIFY(h.config->string(QStringLiteral("LastPhone")).isEmpty());
}

void tst_SignInWizard::errorDetailsDisclose()
{
    WizardHarness h;
    h.makeWizard();
    QTRY_COMPARE(h.session->state(), State::Idle);
    QTest::keyClicks(focused(), EmptyObjectNumber); // a flow that answers {}
    QTest::keyClick(focused(), Qt::Key_Return);
    QTRY_VERIFY(!visibleMessage(h).isEmpty());
    auto *panel = h.find<MessagePanel>(QStringLiteral("messagePanel"));
    auto *details = h.find<QAbstractButton>(QStringLiteral("detailsButton"));
    QVERIFY(details->isVisible());
    QVERIFY(!panel->detailsShown());
    QTest::mouseClick(details, Qt::LeftButton);
    QVERIFY(panel->detailsShown());
    QVERIFY(!panel->detailsText().isEmpty());
    QVERIFY(!panel->detailsText().contains(EmptyObjectNumber.mid(3))); // no query, no number
}

void tst_SignInWizard::everyControlHasAnAccessibleName()
{
    WizardHarness h(WizardHarness::Setup::Empty);
    SignInWizard &wizard = h.makeWizard();
    const QList<int> ids = wizard.pageIds();
    QCOMPARE(ids.size(), 4);
    for (int id : ids) {
        const QList<QWidget *> widgets = wizard.page(id)->findChildren<QWidget *>();
        for (QWidget *w : widgets) {
            if (w->focusPolicy() == Qt::NoFocus
                || !(qobject_cast<QLineEdit *>(w) || qobject_cast<QAbstractButton *>(w)))
                continue;
            QVERIFY2(!w->accessibleName().isEmpty()
                    || (qobject_cast<QAbstractButton *>(w) && w->isHidden()),
                qPrintable(QStringLiteral("%1 on page %2 has no accessible name")
                               .arg(w->objectName())
                               .arg(id)));
            QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
            QVERIFY(iface);
            QVERIFY2(!iface->text(QAccessible::Name).isEmpty() || w->isHidden(),
                qPrintable(w->objectName()));
        }
    }
    for (QWizard::WizardButton which :
        { QWizard::BackButton, QWizard::NextButton, QWizard::FinishButton, QWizard::CancelButton })
        QVERIFY(!wizard.button(which)->accessibleName().isEmpty());
}

void tst_SignInWizard::errorColourReadsOnLightAndDark()
{
    const QPalette dark = darkPalette();
    for (const QPalette &palette : { QPalette(QApplication::style()->standardPalette()), dark }) {
        QApplication::setPalette(palette);
        WizardHarness h;
        h.makeWizard();
        QTRY_COMPARE(h.session->state(), State::Idle);
        QTest::keyClicks(focused(), UnknownNumber);
        QTest::keyClick(focused(), Qt::Key_Return);
        QTRY_VERIFY(!visibleMessage(h).isEmpty());
        auto *label = h.find<QLabel>(QStringLiteral("errorLabel"));
        auto *panel = h.find<MessagePanel>(QStringLiteral("messagePanel"));
        const QColor text = label->palette().color(QPalette::WindowText);
        const QColor background = GuiStyle::toneBackground(GuiStyle::Tone::Error, panel->palette());
        QVERIFY2(GuiStyle::contrastRatio(text, background) >= 4.5,
            qPrintable(QStringLiteral("%1 on %2: %3")
                           .arg(text.name(), background.name())
                           .arg(GuiStyle::contrastRatio(text, background))));
        QVERIFY(text != palette.color(QPalette::WindowText)); // an error colour, not plain text
        // The live line's error colour too.
        auto *phone = h.find<QLineEdit>(QStringLiteral("phoneEdit"));
        phone->setFocus();
        phone->selectAll();
        QTest::keyClicks(phone, international(AdaNumber) + QStringLiteral(" 99999"));
        auto *line = h.find<QLabel>(QStringLiteral("sentAsLabel"));
        QVERIFY(GuiStyle::contrastRatio(line->palette().color(line->foregroundRole()),
                    line->palette().color(QPalette::Window))
            >= 4.5);
    }
}

QTEST_MAIN(tst_SignInWizard)
#include "tst_signinwizard.moc"
