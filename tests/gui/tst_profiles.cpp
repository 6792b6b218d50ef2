// Profiles in the window: the coloured banner on every page of a profile not marked as
// production, switching from the Tools menu (the wizard starts again at the page that profile
// needs, tokens kept per profile), and the Tools menu itself — absent in kiosk mode. Also the
// wizard fixes that came with it: no Cancel with NoCancelButton, no LastPhone in kiosk mode, no
// relayout of the code page per keystroke.

#include "CodeEdit.h"
#include "GuiStyle.h"
#include "NetworkLog.h"
#include "ProfileBanner.h"
#include "WizardHarness.h"

#include <QActionGroup>
#include <QFile>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QtTest>

namespace {
const QString AdaNumber = demoNumber(QStringLiteral("Signs in as Ada"));

// The harness with these files; %1 in them is the demo server's URL.
void useFiles(WizardHarness &h, const QByteArray &user, const QByteArray &system = {},
    const QVariantHash &commandLine = {})
{
    const QByteArray url = h.demo.url().toString().toUtf8();
    const QByteArray login = DemoServer::loginFlowId().toUtf8();
    const QByteArray verify = DemoServer::verifyFlowId().toUtf8();
    auto fill = [&](QByteArray text) {
        return text.replace("%URL", url).replace("%LOGIN", login).replace("%VERIFY", verify);
    };
    for (const auto &[name, text] : { std::pair { QStringLiteral("user.conf"), user },
             std::pair { QStringLiteral("system.conf"), system } }) {
        QFile file(h.dir.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(fill(text));
    }
    h.config
        = std::make_unique<Config>(Config::Paths { h.dir.filePath(QStringLiteral("system.conf")),
                                       h.dir.filePath(QStringLiteral("user.conf")) },
            QProcessEnvironment(), commandLine);
}

const QByteArray ThreeProfiles
    = "[General]\nProfile=local\n"
      "[Profile.local]\nServer=%URL\nLoginFlow=%LOGIN\nVerifyFlow=%VERIFY\n"
      "[Profile.staging]\nServer=%URL\nLoginFlow=%LOGIN\nVerifyFlow=%VERIFY\n"
      "[Profile.production]\nProduction=true\n";

void signIn(WizardHarness &h)
{
    QTRY_COMPARE(h.session->state(), SignInSession::State::Idle);
    h.find<QLineEdit>(QStringLiteral("phoneEdit"))->setFocus();
    QTest::keyClicks(focused(), AdaNumber);
    QTest::keyClick(focused(), Qt::Key_Return);
    QTRY_COMPARE(h.wizard->currentId(), int(SignInWizard::CodePageId));
    QTRY_VERIFY(!h.codes.isEmpty());
    QTest::keyClicks(h.find<CodeEdit>(QStringLiteral("codeEdit")), h.codes.last());
    QTRY_COMPARE(h.wizard->currentId(), int(SignInWizard::SignedInPageId));
}

QAction *profileAction(SignInWizard &wizard, const QString &name)
{
    return wizard.findChild<QAction *>(QStringLiteral("profileAction_") + name);
}
} // namespace

class tst_Profiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void bannerOnlyForNonProduction_data();
    void bannerOnlyForNonProduction();
    void bannerIsOnTopOfEveryPage();
    void bannerColoursReadInLightAndDark_data();
    void bannerColoursReadInLightAndDark();
    void toolsMenu();
    void switchingRestartsAtThePageTheProfileNeeds();
    void lockedProfileCannotBeSwitched();
    void kioskModeHasNoTools();
    void saveReportSuggestsADatedFileInDocuments();
    void noCancelButtonIsRespected();
    void kioskDoesNotRememberThePhone();
    void codePageIsNotLaidOutAgainPerKeystroke();
};

void tst_Profiles::initTestCase()
{
    QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
}

void tst_Profiles::bannerOnlyForNonProduction_data()
{
    QTest::addColumn<QByteArray>("user");
    QTest::addColumn<bool>("demo");
    QTest::addColumn<QString>("banner"); // empty: none

    QTest::newRow("staging") << QByteArray(
        "[General]\nProfile=staging\n[Profile.staging]\nServer=%URL\n"
        "LoginFlow=%LOGIN\nVerifyFlow=%VERIFY\n")
                             << false << QStringLiteral("Profile: staging (");
    QTest::newRow("production") << QByteArray(
        "[General]\nProfile=live\n[Profile.live]\nServer=%URL\n"
        "LoginFlow=%LOGIN\nVerifyFlow=%VERIFY\nProduction=true\n")
                                << false << QString();
    QTest::newRow("no profiles at all")
        << QByteArray("[General]\nServer=%URL\nLoginFlow=%LOGIN\nVerifyFlow=%VERIFY\n") << false
        << QString();
    QTest::newRow("demo has its own badge") << QByteArray(ThreeProfiles) << true << QString();
    QTest::newRow("incomplete profile") << QByteArray("[General]\nProfile=new\n") << false
                                        << QStringLiteral("Profile: new — not production");
}

void tst_Profiles::bannerOnlyForNonProduction()
{
    QFETCH(QByteArray, user);
    QFETCH(bool, demo);
    QFETCH(QString, banner);
    WizardHarness h(WizardHarness::Setup::Empty);
    useFiles(h, user);
    SignInWizard &wizard = h.makeWizard(true, demo);
    ProfileBanner *strip = wizard.profileBanner();
    QCOMPARE(strip->isVisible(), !banner.isEmpty());
    if (!banner.isEmpty()) {
        QVERIFY2(strip->text().startsWith(banner), qPrintable(strip->text()));
        QVERIFY(strip->text().contains(QStringLiteral("not production")));
        QCOMPARE(strip->accessibleName(), strip->text());
    }
}

void tst_Profiles::bannerIsOnTopOfEveryPage()
{
    WizardHarness h(WizardHarness::Setup::Empty);
    useFiles(h,
        "[General]\nProfile=staging\n[Profile.staging]\nServer=%URL\nLoginFlow=%LOGIN\nVerifyFlow=%"
        "VERIFY\n");
    SignInWizard &wizard = h.makeWizard(true, false);
    for (int page : { int(SignInWizard::PhonePageId), int(SignInWizard::CodePageId),
             int(SignInWizard::SignedInPageId) }) {
        if (page == SignInWizard::SignedInPageId)
            QTRY_COMPARE(wizard.currentId(), page);
        QTRY_COMPARE(wizard.currentId(), page);
        ProfileBanner *strip = wizard.profileBanner();
        QVERIFY(strip->isVisible());
        QCOMPARE(strip->geometry().topLeft(), QPoint(0, 0));
        QCOMPARE(strip->width(), wizard.width());
        QVERIFY(strip->height() >= strip->sizeHint().height());
        // Nothing of the page is under the strip.
        const QRect pageRect(
            wizard.currentPage()->mapTo(&wizard, QPoint(0, 0)), wizard.currentPage()->size());
        QVERIFY(pageRect.top() >= strip->geometry().bottom());
        if (page == SignInWizard::PhonePageId) {
            h.find<QLineEdit>(QStringLiteral("phoneEdit"))->setFocus();
            QTest::keyClicks(focused(), AdaNumber);
            QTest::keyClick(focused(), Qt::Key_Return);
        } else if (page == SignInWizard::CodePageId) {
            QTRY_VERIFY(!h.codes.isEmpty());
            QTest::keyClicks(h.find<CodeEdit>(QStringLiteral("codeEdit")), h.codes.last());
        }
    }
}

void tst_Profiles::bannerColoursReadInLightAndDark_data()
{
    QTest::addColumn<QString>("profile");
    for (const char *name : { "local", "staging", "test", "qa", "dev", "preview", "eu", "us-east" })
        QTest::newRow(name) << QString::fromLatin1(name);
}

void tst_Profiles::bannerColoursReadInLightAndDark()
{
    QFETCH(QString, profile);
    for (const bool dark : { false, true }) {
        const QColor background = ProfileBanner::backgroundFor(profile, dark);
        QVERIFY2(GuiStyle::contrastRatio(background, ProfileBanner::textOn(background)) >= 4.5,
            qPrintable(background.name()));
        QCOMPARE(ProfileBanner::backgroundFor(profile, dark), background); // stable
    }
    QVERIFY(ProfileBanner::backgroundFor(QStringLiteral("local"), false)
        != ProfileBanner::backgroundFor(QStringLiteral("staging"), false));
}

void tst_Profiles::toolsMenu()
{
    WizardHarness h(WizardHarness::Setup::Empty);
    useFiles(h, ThreeProfiles);
    SignInWizard &wizard = h.makeWizard(true, false);
    auto *tools = wizard.findChild<QPushButton *>(QStringLiteral("toolsButton"));
    QVERIFY(tools && tools->isVisible());
    QCOMPARE(tools->menu(), wizard.toolsMenu());
    QVERIFY(!tools->accessibleName().isEmpty());
    // Left of the button row, away from the page's own buttons.
    QVERIFY(tools->x() < wizard.button(QWizard::CancelButton)->x());
    QCOMPARE(wizard.networkLogAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_L));
    const QStringList names = [&] {
        QStringList out;
        for (QAction *a : wizard.toolsMenu()->actions())
            out << (a->menu() ? a->menu()->objectName() : a->objectName());
        return out;
    }();
    QCOMPARE(names,
        (QStringList { QStringLiteral("networkLogAction"), QStringLiteral("saveReportAction"),
            QStringLiteral("profileMenu"), QString(), QStringLiteral("aboutAction") }));
    // A radio list of the profiles, the current one checked, production marked; filled again
    // whenever the submenu opens.
    emit wizard.profileMenu()->aboutToShow();
    QAction *local = profileAction(wizard, QStringLiteral("local"));
    QAction *production = profileAction(wizard, QStringLiteral("production"));
    QVERIFY(local && production);
    QVERIFY(local->isCheckable() && local->isChecked() && local->actionGroup()->isExclusive());
    QVERIFY(!production->isChecked());
    QVERIFY(production->text().contains(QStringLiteral("production")));
    QVERIFY(local->text().contains(h.demo.url().host()));

    wizard.showAbout();
    auto *about = wizard.findChild<QMessageBox *>(QStringLiteral("aboutBox"));
    QVERIFY(about);
    const QString text = about->text() + about->informativeText();
    QVERIFY(text.contains(QStringLiteral(DL_VERSION)));
    QVERIFY(text.contains(QString::fromLatin1(qVersion())));
    QVERIFY(text.contains(QStringLiteral("QtKeychain")));
    QVERIFY(text.contains(h.session->tokenLocation()));
    about->close();
}

void tst_Profiles::switchingRestartsAtThePageTheProfileNeeds()
{
    WizardHarness h(WizardHarness::Setup::Empty);
    useFiles(h, ThreeProfiles);
    SignInWizard &wizard = h.makeWizard(true, false);
    QCOMPARE(wizard.currentId(), int(SignInWizard::PhonePageId));
    QVERIFY(wizard.profileBanner()->text().contains(QStringLiteral("local")));
    QSignalSpy switched(&wizard, &SignInWizard::profileSwitched);

    // Signed in on staging: its token is kept under staging's key.
    profileAction(wizard, QStringLiteral("staging"))->trigger();
    QCOMPARE(switched.count(), 1);
    QCOMPARE(h.config->profile(), QStringLiteral("staging"));
    QVERIFY(wizard.profileBanner()->text().contains(QStringLiteral("staging")));
    QCOMPARE(wizard.currentId(), int(SignInWizard::PhonePageId));
    signIn(h);
    const QString stagingKey = h.session->tokenKey();

    // local has no token: the phone page; staging's token stays where it is.
    profileAction(wizard, QStringLiteral("local"))->trigger();
    QTRY_COMPARE(h.session->state(), SignInSession::State::Idle);
    QCOMPARE(wizard.currentId(), int(SignInWizard::PhonePageId));
    QVERIFY(h.session->tokenKey() != stagingKey);
    QVERIFY(h.session->bearer().isEmpty());

    // Back to staging: its stored token is checked and still good.
    profileAction(wizard, QStringLiteral("staging"))->trigger();
    QTRY_COMPARE(wizard.currentId(), int(SignInWizard::SignedInPageId));
    QCOMPARE(h.session->tokenKey(), stagingKey);

    // production has no server yet: the server page, and no banner.
    profileAction(wizard, QStringLiteral("production"))->trigger();
    QCOMPARE(wizard.currentId(), int(SignInWizard::ServerPageId));
    QVERIFY(!wizard.profileBanner()->isVisible());
    QVERIFY(profileAction(wizard, QStringLiteral("production"))->isChecked());

    // The choice is remembered for the next start.
    const Config again(h.config->paths(), QProcessEnvironment(), {});
    QCOMPARE(again.profile(), QStringLiteral("production"));
}

void tst_Profiles::lockedProfileCannotBeSwitched()
{
    WizardHarness h(WizardHarness::Setup::Empty);
    useFiles(h, ThreeProfiles, "[General]\nLockedKeys=Profile\nProfile=staging\n");
    SignInWizard &wizard = h.makeWizard(true, false);
    QCOMPARE(h.config->profile(), QStringLiteral("staging"));
    QAction *local = profileAction(wizard, QStringLiteral("local"));
    QVERIFY(!local->isEnabled());
    wizard.switchProfile(QStringLiteral("local"));
    QCOMPARE(h.config->profile(), QStringLiteral("staging"));
}

void tst_Profiles::kioskModeHasNoTools()
{
    WizardHarness h(WizardHarness::Setup::Empty);
    useFiles(h, ThreeProfiles, {}, { { QStringLiteral("Kiosk"), true } });
    SignInWizard &wizard = h.makeWizard(true, false);
    QVERIFY(wizard.isKioskMode());
    QVERIFY(!wizard.button(QWizard::CustomButton1)->isVisible());
    QVERIFY(!wizard.profileBanner()->isVisible());
    QVERIFY(!wizard.actions().contains(wizard.networkLogAction()));
    QTest::keyClick(&wizard, Qt::Key_L, Qt::ControlModifier);
    QVERIFY(!wizard.networkLogDialog());
    wizard.showNetworkLog();
    wizard.saveReport();
    wizard.showAbout();
    QVERIFY(!wizard.networkLogDialog());
    QVERIFY(!wizard.findChild<QFileDialog *>());
    QVERIFY(!wizard.findChild<QMessageBox *>());
    wizard.switchProfile(QStringLiteral("staging"));
    QCOMPARE(h.config->profile(), QStringLiteral("local"));

    // And back (an embedding that leaves kiosk mode).
    wizard.setKioskMode(false);
    QVERIFY(wizard.button(QWizard::CustomButton1)->isVisible());
    QVERIFY(wizard.profileBanner()->isVisible());
}

void tst_Profiles::saveReportSuggestsADatedFileInDocuments()
{
    WizardHarness h;
    SignInWizard &wizard = h.makeWizard(true, false);
    QVERIFY(QRegularExpression(QStringLiteral("/directus-login-report-\\d{8}-\\d{6}\\.txt$"))
                .match(SignInWizard::suggestedReportPath())
                .hasMatch());
    wizard.saveReportAction()->trigger();
    QFileDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = wizard.findChild<QFileDialog *>(QStringLiteral("reportFileDialog")))
        && dialog->isVisible());
    QCOMPARE(dialog->acceptMode(), QFileDialog::AcceptSave);
    QVERIFY(dialog->selectedFiles().value(0).contains(QStringLiteral("directus-login-report-")));
    const QString path = h.dir.filePath(QStringLiteral("chosen.txt"));
    dialog->selectFile(path);
    QMetaObject::invokeMethod(dialog, "accept");
    QTRY_VERIFY(QFile::exists(path));
    auto *saved = wizard.findChild<QMessageBox *>(QStringLiteral("reportSavedBox"));
    QVERIFY(saved && saved->text().contains(QStringLiteral("chosen.txt")));
    saved->close();

    // A folder that cannot be written: the reason, and no file.
    const Error error = wizard.writeReport(h.dir.filePath(QStringLiteral("missing/folder/r.txt")));
    QVERIFY(error.isError());
}

void tst_Profiles::noCancelButtonIsRespected()
{
    WizardHarness h;
    SignInWizard &wizard = h.makeWizard(true, false);
    QVERIFY(wizard.button(QWizard::CancelButton)->isVisible());
    wizard.setOption(QWizard::NoCancelButton, true);
    wizard.restart();
    QTRY_COMPARE(h.session->state(), SignInSession::State::Idle);
    QVERIFY(!wizard.button(QWizard::CancelButton)->isVisible());
    h.find<QLineEdit>(QStringLiteral("phoneEdit"))->setFocus();
    QVERIFY(h.reachCodePage(AdaNumber));
    QVERIFY(!wizard.button(QWizard::CancelButton)->isVisible());
}

void tst_Profiles::kioskDoesNotRememberThePhone()
{
    WizardHarness h;
    SignInWizard &wizard = h.makeWizard(true, false);
    wizard.setKioskMode(true);
    signIn(h);
    QVERIFY(h.config->source(QStringLiteral("LastPhone")) != Config::Source::User);
    QVERIFY(h.config->source(QStringLiteral("LastRegion")) != Config::Source::User);
}

void tst_Profiles::codePageIsNotLaidOutAgainPerKeystroke()
{
    WizardHarness h;
    h.makeWizard(true, false);
    QTRY_COMPARE(h.session->state(), SignInSession::State::Idle);
    h.find<QLineEdit>(QStringLiteral("phoneEdit"))->setFocus();
    QVERIFY(h.reachCodePage(AdaNumber));
    auto *edit = h.find<CodeEdit>(QStringLiteral("codeEdit"));
    // QWizard hides and shows its page area again on every setTitle(); a field that is hidden
    // loses the keyboard focus.
    int focusLosses = 0;
    struct Counter : QObject
    {
        int *n;
        explicit Counter(int *count)
            : n(count)
        {
        }
        bool eventFilter(QObject *, QEvent *event) override
        {
            if (event->type() == QEvent::FocusOut || event->type() == QEvent::Hide)
                ++*n;
            return false;
        }
    } counter(&focusLosses);
    edit->installEventFilter(&counter);
    QTest::keyClicks(edit, h.codes.last().left(4));
    QTest::keyClick(edit, Qt::Key_Backspace);
    QCOMPARE(focusLosses, 0);
    edit->removeEventFilter(&counter);
}

QTEST_MAIN(tst_Profiles)
#include "tst_profiles.moc"
