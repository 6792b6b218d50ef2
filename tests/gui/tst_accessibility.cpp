// Accessibility of every page in every mode, as a screen-reader or keyboard-only person meets it:
// every control has a name, Tab follows the reading order, errors are announced once as alerts,
// the resend countdown is not re-announced every second, and the coloured texts read (WCAG AA)
// on light and dark palettes.

#include "CodeEdit.h"
#include "GuiStyle.h"
#include "KioskWindow.h"
#include "MessagePanel.h"
#include "NetworkLogDialog.h"
#include "ProfileBanner.h"
#include "WizardHarness.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QTextEdit>
#include <QVBoxLayout>
#include <QtTest>

using State = SignInSession::State;

namespace {
const QString AdaNumber = demoNumber(QStringLiteral("Signs in as Ada"));
const QString UnknownNumber = demoNumber(QStringLiteral("Unknown user"));

bool isInteractive(QWidget *w)
{
    if (!w->isVisible() || !w->isEnabled() || w->focusPolicy() == Qt::NoFocus)
        return false;
    return qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w)
        || qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractItemView *>(w)
        || qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<QTextEdit *>(w)
        || qobject_cast<QPlainTextEdit *>(w);
}

// Every visible interactive widget of `window` without an accessible name, as "objectName
// (ClassName)".
QStringList unnamedIn(QWidget *window)
{
    QStringList unnamed;
    const QList<QWidget *> widgets = window->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (!isInteractive(w))
            continue;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        if (!iface || iface->text(QAccessible::Name).trimmed().isEmpty())
            unnamed.append(QStringLiteral("%1 (%2)").arg(
                w->objectName().isEmpty() ? QStringLiteral("<no objectName>") : w->objectName(),
                QString::fromLatin1(w->metaObject()->className())));
    }
    return unnamed;
}

// Tab from the first focusable widget until focus comes back; the widgets met, in order.
QList<QWidget *> tabCycle(QWidget *window)
{
    QList<QWidget *> cycle;
    QWidget *first = QApplication::focusWidget();
    if (!first || first->window() != window)
        return cycle;
    QWidget *current = first;
    for (int i = 0; i < 64; ++i) {
        cycle.append(current);
        QTest::keyClick(current, Qt::Key_Tab);
        current = QApplication::focusWidget();
        if (!current || current == first)
            break;
    }
    return cycle;
}

// Reading order: rows from the top (widgets whose vertical middles are within half a line
// belong to one row), within a row from the start side (left, or right in right-to-left).
bool readsBefore(QWidget *a, QWidget *b, QWidget *window, bool rtl)
{
    const QRect ra(a->mapTo(window, QPoint(0, 0)), a->size());
    const QRect rb(b->mapTo(window, QPoint(0, 0)), b->size());
    const int row = a->fontMetrics().height() / 2;
    if (ra.bottom() < rb.top() + row && qAbs(ra.center().y() - rb.center().y()) > row)
        return true; // a's row is above b's
    if (rb.bottom() < ra.top() + row && qAbs(ra.center().y() - rb.center().y()) > row)
        return false;
    return rtl ? ra.center().x() >= rb.center().x() : ra.center().x() <= rb.center().x();
}

QString describe(QWidget *w)
{
    return w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className())
                                     : w->objectName();
}

} // namespace

class tst_Accessibility : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void focusRingIsWideEnoughToSee();

    void everyControlIsNamed_data();
    void everyControlIsNamed();
    void tabFollowsReadingOrder_data();
    void tabFollowsReadingOrder();
    void errorsAreAnnouncedOnce();
    void countdownIsNotReannounced();
    void tonesMeetContrast_data();
    void tonesMeetContrast();
};

void tst_Accessibility::cleanup()
{
    QApplication::setPalette(QApplication::style()->standardPalette());
    QApplication::setLayoutDirection(Qt::LeftToRight);
}

void tst_Accessibility::everyControlIsNamed_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<bool>("rtl");
    for (const char *mode : { "server", "desktop", "demo", "staging-profile" }) {
        QTest::newRow(mode) << QString::fromLatin1(mode) << false;
        QTest::newRow(qPrintable(QStringLiteral("%1-rtl").arg(QLatin1String(mode))))
            << QString::fromLatin1(mode) << true;
    }
}

// The harness for one of everyControlIsNamed_data()'s modes, the layout direction set.
static std::unique_ptr<WizardHarness> harnessFor(const QString &mode, bool rtl)
{
    QApplication::setLayoutDirection(rtl ? Qt::RightToLeft : Qt::LeftToRight);
    QVariantHash extra;
    if (mode == QLatin1String("staging-profile"))
        extra.insert(QStringLiteral("Profile"), QStringLiteral("staging"));
    return std::make_unique<WizardHarness>(mode == QLatin1String("server")
            ? WizardHarness::Setup::Empty
            : WizardHarness::Setup::Complete,
        std::unique_ptr<TokenStore> {}, extra);
}

// Walks every page a person meets in the mode (Server when unconfigured; Phone, an error, Code,
// Signed in otherwise; the Tools menu and the network log), checking names on each.
void tst_Accessibility::everyControlIsNamed()
{
    QFETCH(QString, mode);
    QFETCH(bool, rtl);
    const auto harness = harnessFor(mode, rtl);
    WizardHarness &h = *harness;
    SignInWizard &wizard = h.makeWizard(true, mode == QLatin1String("demo"));
    auto check = [&](const QString &where) {
        const QStringList unnamed = unnamedIn(&wizard);
        QVERIFY2(unnamed.isEmpty(),
            qPrintable(
                QStringLiteral("%1: unnamed %2").arg(where, unnamed.join(QStringLiteral(", ")))));
    };
    if (mode == QLatin1String("server")) {
        QCOMPARE(wizard.currentId(), int(SignInWizard::ServerPageId));
        check(QStringLiteral("Server page"));
        return;
    }
    QTRY_COMPARE(h.session->state(), State::Idle);
    check(QStringLiteral("Phone page"));
    QTest::keyClicks(focused(), UnknownNumber);
    QTest::keyClick(focused(), Qt::Key_Return);
    QTRY_VERIFY(h.find<MessagePanel>(QStringLiteral("messagePanel"))->isVisible());
    check(QStringLiteral("Phone page with an error"));
    auto *phone = h.find<QLineEdit>(QStringLiteral("phoneEdit"));
    phone->setFocus();
    phone->selectAll();
    QTest::keyClicks(phone, AdaNumber);
    QTest::keyClick(phone, Qt::Key_Return);
    QTRY_COMPARE(wizard.currentId(), int(SignInWizard::CodePageId));
    check(QStringLiteral("Code page"));
    QTest::keyClicks(focused(), h.codes.last());
    QTRY_COMPARE(wizard.currentId(), int(SignInWizard::SignedInPageId));
    check(QStringLiteral("Signed-in page"));

    wizard.showNetworkLog();
    NetworkLogDialog *log = wizard.networkLogDialog();
    QVERIFY(log);
    QVERIFY(QTest::qWaitForWindowExposed(log));
    const QStringList unnamedLog = unnamedIn(log);
    QVERIFY2(unnamedLog.isEmpty(), qPrintable(unnamedLog.join(QStringLiteral(", "))));
    log->close();
    for (QAction *action : wizard.toolsMenu()->actions())
        QVERIFY2(action->isSeparator() || !action->text().remove(QLatin1Char('&')).isEmpty(),
            qPrintable(action->objectName()));
}

void tst_Accessibility::tabFollowsReadingOrder_data()
{
    everyControlIsNamed_data();
}

void tst_Accessibility::tabFollowsReadingOrder()
{
    QFETCH(QString, mode);
    QFETCH(bool, rtl);
    const auto harness = harnessFor(mode, rtl);
    WizardHarness &h = *harness;
    SignInWizard &wizard = h.makeWizard(true, mode == QLatin1String("demo"));
    auto check = [&](const QString &where) {
        QList<QWidget *> cycle = tabCycle(&wizard);
        QVERIFY2(cycle.size() >= 2, qPrintable(where + QStringLiteral(": Tab goes nowhere")));
        // Start the round at the control that reads first; Tab must then go forward only.
        qsizetype start = 0;
        for (qsizetype i = 1; i < cycle.size(); ++i) {
            if (readsBefore(cycle.at(i), cycle.at(start), &wizard, rtl))
                start = i;
        }
        cycle = cycle.mid(start) + cycle.mid(0, start);
        QStringList names;
        for (QWidget *w : cycle)
            names.append(describe(w));
        int backwards = 0;
        for (int i = 1; i < cycle.size(); ++i)
            backwards += readsBefore(cycle.at(i - 1), cycle.at(i), &wizard, rtl) ? 0 : 1;
        QVERIFY2(backwards == 0,
            qPrintable(
                QStringLiteral("%1: Tab order %2").arg(where, names.join(QStringLiteral(" → ")))));
        // Every interactive control is reached.
        const QList<QWidget *> widgets = wizard.findChildren<QWidget *>();
        for (QWidget *w : widgets) {
            if (isInteractive(w) && (w->focusPolicy() & Qt::TabFocus))
                QVERIFY2(cycle.contains(w),
                    qPrintable(QStringLiteral("%1: Tab never reaches %2 (order %3)")
                                   .arg(where, describe(w), names.join(QStringLiteral(" → ")))));
        }
    };
    if (mode == QLatin1String("server")) {
        check(QStringLiteral("Server page"));
        return;
    }
    QTRY_COMPARE(h.session->state(), State::Idle);
    h.find<QLineEdit>(QStringLiteral("phoneEdit"))->setFocus();
    check(QStringLiteral("Phone page"));
    auto *phone = h.find<QLineEdit>(QStringLiteral("phoneEdit"));
    phone->setFocus();
    QTest::keyClicks(phone, AdaNumber);
    QTest::keyClick(phone, Qt::Key_Return);
    QTRY_COMPARE(wizard.currentId(), int(SignInWizard::CodePageId));
    h.find<QWidget>(QStringLiteral("codeEdit"))->setFocus();
    check(QStringLiteral("Code page"));
    h.find<QWidget>(QStringLiteral("codeEdit"))->setFocus();
    QTest::keyClicks(focused(), h.codes.last());
    QTRY_COMPARE(wizard.currentId(), int(SignInWizard::SignedInPageId));
    check(QStringLiteral("Signed-in page"));
}

// Qt drops accessibility events when no screen reader listens (always so on the test platform),
// so the panel counts the alerts it sends.
void tst_Accessibility::errorsAreAnnouncedOnce()
{
    WizardHarness h;
    SignInWizard &wizard = h.makeWizard();
    QTRY_COMPARE(h.session->state(), State::Idle);
    auto *panel = h.find<MessagePanel>(QStringLiteral("messagePanel"));
    const int before = panel->alertsSent();
    QTest::keyClicks(focused(), UnknownNumber);
    QTest::keyClick(focused(), Qt::Key_Return);
    QTRY_VERIFY(panel->isVisible());
    QCOMPARE(panel->alertsSent(), before + 1);
    QAccessibleInterface *label
        = QAccessible::queryAccessibleInterface(h.find<QLabel>(QStringLiteral("errorLabel")));
    QVERIFY(label);
    QCOMPARE(label->text(QAccessible::Name), panel->text()); // what is announced is what is shown
    wizard.repaint();
    QTest::qWait(100);
    QCOMPARE(panel->alertsSent(), before + 1); // once, not on every repaint
    // A second error is a second announcement.
    QTest::keyClick(h.find<QLineEdit>(QStringLiteral("phoneEdit")), Qt::Key_Return);
    QTRY_COMPARE(panel->alertsSent(), before + 2);
}

// The visible countdown ticks; what a screen reader reads (name and description) does not.
void tst_Accessibility::countdownIsNotReannounced()
{
    WizardHarness h;
    h.makeWizard();
    QVERIFY(h.reachCodePage(AdaNumber));
    auto *resend = h.find<QPushButton>(QStringLiteral("resendButton"));
    QVERIFY(resend);
    QVERIFY(!resend->isEnabled());
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(resend);
    QSet<QString> texts;
    QSet<QString> spoken;
    for (int second = 0; second < 10; ++second) {
        texts.insert(resend->text());
        spoken.insert(iface->text(QAccessible::Name) + QLatin1Char('|')
            + iface->text(QAccessible::Description));
        h.clock.advance(1000);
        QTest::qWait(300); // the page's 250 ms timer reads the clock
    }
    QVERIFY2(texts.size() >= 9, qPrintable(QStringList(texts.values()).join(QLatin1String(" / "))));
    QVERIFY2(
        spoken.size() == 1, qPrintable(QStringList(spoken.values()).join(QLatin1String(" / "))));
    QVERIFY(!iface->text(QAccessible::Description).isEmpty()); // it says why it is unavailable
}

void tst_Accessibility::tonesMeetContrast_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::newRow("light") << QPalette(QApplication::style()->standardPalette());
    QTest::newRow("dark") << darkPalette();
}

// WCAG AA: 4.5:1 for text. Every tone's text on its own background and on the window, and the
// profile banner's text on its colour, for the palettes people use.
void tst_Accessibility::tonesMeetContrast()
{
    QFETCH(QPalette, palette);
    using Tone = GuiStyle::Tone;
    for (Tone tone : { Tone::Info, Tone::Success, Tone::Warning, Tone::Error }) {
        const QColor text = GuiStyle::toneColor(tone, palette);
        const QColor background = GuiStyle::toneBackground(tone, palette);
        QVERIFY2(GuiStyle::contrastRatio(text, background) >= 4.5,
            qPrintable(QStringLiteral("tone %1: %2 on %3 = %4")
                           .arg(int(tone))
                           .arg(text.name(), background.name())
                           .arg(GuiStyle::contrastRatio(text, background))));
        QVERIFY2(GuiStyle::contrastRatio(text, palette.color(QPalette::Window)) >= 4.5,
            qPrintable(
                QStringLiteral("tone %1 on the window: %2").arg(int(tone)).arg(text.name())));
    }
    const bool dark = GuiStyle::isDark(palette);
    for (const char *profile : { "local", "staging", "test", "qa", "dev", "preview" }) {
        const QColor background = ProfileBanner::backgroundFor(QString::fromLatin1(profile), dark);
        const QColor text = ProfileBanner::textOn(background);
        QVERIFY2(GuiStyle::contrastRatio(text, background) >= 4.5,
            qPrintable(QStringLiteral("banner %1: %2 on %3")
                           .arg(QLatin1String(profile), text.name(), background.name())));
    }
}

// Issue 23: the focus ring was 1 px. With the application's style it is FocusRingWidth (2) px of
// the highlight colour, around a focused field and a button reached by Tab.
void tst_Accessibility::focusRingIsWideEnoughToSee()
{
    GuiStyle::applyApplicationStyle();
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *edit = new QLineEdit(&window);
    auto *button = new QPushButton(QStringLiteral("Send code"), &window);
    layout->addWidget(edit);
    layout->addWidget(button);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QColor highlight = window.palette().color(QPalette::Highlight);
    // The widest run of highlight-coloured pixels from the left edge inwards, at mid height.
    const auto ringWidth = [&highlight](QWidget *w) {
        const QImage image = w->grab().toImage();
        const int y = image.height() / 2;
        int best = 0, run = 0;
        for (int x = 0; x < qMin(8, image.width()); ++x) {
            const QColor c = image.pixelColor(x, y);
            const bool ring = qAbs(c.red() - highlight.red()) < 40
                && qAbs(c.green() - highlight.green()) < 40
                && qAbs(c.blue() - highlight.blue()) < 40;
            run = ring ? run + 1 : 0;
            best = qMax(best, run);
        }
        return best;
    };
    edit->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(edit->hasFocus());
    QVERIFY2(
        ringWidth(edit) >= GuiStyle::FocusRingWidth, qPrintable(QString::number(ringWidth(edit))));
    QTest::keyClick(edit, Qt::Key_Tab); // a keyboard move: buttons show their ring
    QTRY_VERIFY(button->hasFocus());
    QVERIFY2(ringWidth(button) >= GuiStyle::FocusRingWidth,
        qPrintable(QString::number(ringWidth(button))));
    // Without focus, no ring.
    QCOMPARE(ringWidth(edit), 0);
}

QTEST_MAIN(tst_Accessibility)
#include "tst_accessibility.moc"
