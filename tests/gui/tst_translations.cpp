// The languages a person can choose: our catalogs and Qt's own are loaded together, --lang wins
// over the system, Arabic turns the window right to left while numbers keep reading left to right.

#include "Bidi.h"
#include "CountryPicker.h"
#include "Translations.h"
#include "VisibleText.h"
#include "WizardHarness.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QTextLayout>
#include <QTreeWidget>
#include <QtTest>

using namespace VisibleText;

namespace {
const QString AdaNumber = demoNumber(QStringLiteral("Signs in as Ada"));
constexpr QChar Lri(0x2066); // Bidi::ltr: a left-to-right isolate
constexpr QChar Pdi(0x2069);

// Where the number's first character ('+') and last digit are drawn in a right-to-left paragraph:
// true when the '+' is left of the last digit, i.e. the number reads left to right.
bool readsLeftToRight(const QString &text, const QFont &font)
{
    QTextLayout layout(text, font);
    QTextOption option;
    option.setTextDirection(Qt::RightToLeft);
    layout.setTextOption(option);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setLineWidth(10000);
    layout.endLayout();
    const qsizetype plus = text.indexOf(QLatin1Char('+'));
    qsizetype last = -1;
    for (qsizetype i = 0; i < text.size(); ++i)
        last = text.at(i).isDigit() ? i : last;
    // Cursor positions inside the number's run (after the '+', before the last digit): at the
    // run's edges a cursor position is ambiguous in mixed-direction text.
    return line.cursorToX(int(plus) + 1) < line.cursorToX(int(last));
}

QStringList words(const char *text)
{
    return QString::fromLatin1(text).split(QLatin1Char(' '));
}

} // namespace

class tst_Translations : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void shipsEveryLanguage();
    void languageArgument_data();
    void languageArgument();
    void loadsOursAndQts_data();
    void loadsOursAndQts();
    void unknownLanguageStaysEnglish();
    void englishPluralsAreWords();
    void arabicWizardIsRightToLeftWithNumbersLeftToRight();
    void theNumberCheckCanFail();
    void numbersAndCountriesInEveryLanguage_data();
    void numbersAndCountriesInEveryLanguage();
};

void tst_Translations::cleanup()
{
    QApplication::setLayoutDirection(Qt::LeftToRight);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_Translations::shipsEveryLanguage()
{
    const QStringList available = Translations::available();
    for (const char *language : { "ar", "de", "en", "es", "fr", "pt_BR" })
        QVERIFY2(available.contains(QLatin1String(language)),
            qPrintable(available.join(QLatin1Char(' '))));
}

void tst_Translations::languageArgument_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    QTest::newRow("separate") << words("directus-login --lang de") << QStringLiteral("de");
    QTest::newRow("equals") << words("directus-login --lang=pt_BR status")
                            << QStringLiteral("pt_BR");
    QTest::newRow("after a command")
        << words("directus-login status --lang ar") << QStringLiteral("ar");
    QTest::newRow("none") << words("directus-login --demo") << QStringLiteral("");
    QTest::newRow("after --") << words("directus-login -- --lang de") << QStringLiteral("");
}

void tst_Translations::languageArgument()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    QCOMPARE(Translations::languageArgument(arguments), expected);
}

void tst_Translations::loadsOursAndQts_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("appName"); // our catalog: the window title
    QTest::addColumn<QString>("cancel"); // Qt's catalog: a standard button
    QTest::addColumn<bool>("rightToLeft");
    QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("Directus Login")
                        << QStringLiteral("Abbrechen") << false;
    QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("Directus Login")
                        << QStringLiteral("Annuler") << false;
    QTest::newRow("es") << QStringLiteral("es") << QStringLiteral("Directus Login")
                        << QStringLiteral("Cancelar") << false;
    QTest::newRow("pt-BR (dash)") << QStringLiteral("pt-BR") << QStringLiteral("Directus Login")
                                  << QStringLiteral("Cancelar") << false;
    QTest::newRow("ar") << QStringLiteral("ar") << QString() << QString() << true;
}

void tst_Translations::loadsOursAndQts()
{
    QFETCH(QString, language);
    QFETCH(QString, appName);
    QFETCH(QString, cancel);
    QFETCH(bool, rightToLeft);
    Translations translations(*QCoreApplication::instance());
    QVERIFY(translations.load(language));
    QVERIFY2(translations.qtCatalogLoaded(), "qtbase_*.qm (qt6-translations-l10n) was not found");
    QCOMPARE(translations.locale().textDirection() == Qt::RightToLeft, rightToLeft);
    QCOMPARE(QLocale().name(), translations.locale().name()); // dates and numbers follow

    // A text of ours: the Phone page's button, whose English is known.
    const QString send = QCoreApplication::translate("PhonePage", "&Send code");
    QVERIFY2(!send.isEmpty() && send != QLatin1String("&Send code"), qPrintable(send));
    if (!appName.isEmpty())
        QCOMPARE(QCoreApplication::translate("main", "Directus Login"), appName);

    // Qt's: a standard button.
    QDialogButtonBox box(QDialogButtonBox::Cancel);
    const QString shown = box.button(QDialogButtonBox::Cancel)->text().remove(QLatin1Char('&'));
    QVERIFY2(shown != QLatin1String("Cancel"), qPrintable(shown));
    if (!cancel.isEmpty())
        QCOMPARE(shown, cancel);
}

void tst_Translations::unknownLanguageStaysEnglish()
{
    Translations translations(*QCoreApplication::instance());
    QVERIFY(!translations.load(QStringLiteral("xx")));
    QCOMPARE(translations.locale().language(), QLocale::English);
    QCOMPARE(QCoreApplication::translate("PhonePage", "&Send code"), QStringLiteral("&Send code"));
    QVERIFY(!translations.load(QStringLiteral("tlh"))); // a language Qt knows, we do not ship
}

// English has a catalog too, for its plural forms: "1 request", never "1 request(s)".
void tst_Translations::englishPluralsAreWords()
{
    Translations translations(*QCoreApplication::instance());
    QVERIFY(translations.load(QStringLiteral("en")));
    const QString one = QCoreApplication::translate("CodePage", "Resend code in %n s", nullptr, 1);
    QVERIFY2(!one.contains(QLatin1String("(s)")), qPrintable(one));
    for (int n : { 1, 2, 5 }) {
        const QString attempts
            = QCoreApplication::translate("NetworkLogDialog", "%n request(s)", nullptr, n);
        QVERIFY2(!attempts.contains(QLatin1String("(s)")), qPrintable(attempts));
        QVERIFY2(attempts.contains(QString::number(n)), qPrintable(attempts));
    }
}

// Arabic: the window mirrors, and the number in "We sent a code to …" is isolated left to right so
// that "+44 7123" never reads backwards.
void tst_Translations::arabicWizardIsRightToLeftWithNumbersLeftToRight()
{
    Translations translations(*QCoreApplication::instance());
    QVERIFY(translations.load(QStringLiteral("ar")));
    QApplication::setLayoutDirection(translations.locale().textDirection());
    WizardHarness h;
    SignInWizard &wizard = h.makeWizard();
    QCOMPARE(wizard.layoutDirection(), Qt::RightToLeft);
    QTRY_COMPARE(h.session->state(), SignInSession::State::Idle);
    QVERIFY(h.reachCodePage(AdaNumber));
    const QString sentTo = h.find<QLabel>(QStringLiteral("sentToLabel"))->text();
    QVERIFY2(sentTo.contains(QChar(0x0627)) || sentTo.contains(QChar(0x0644)),
        qPrintable(sentTo)); // Arabic letters: the text is translated
    const qsizetype open = sentTo.indexOf(Lri);
    const qsizetype close = sentTo.indexOf(Pdi);
    QVERIFY2(open >= 0 && close > open, qPrintable(sentTo));
    const QString isolated = sentTo.mid(open + 1, close - open - 1);
    QVERIFY2(isolated.contains(QStringLiteral("+44")) && isolated.contains(AdaNumber.right(4)),
        qPrintable(isolated));
    // And it is drawn that way: the '+' left of the last digit, where without the isolate the
    // groups come out reversed ("6001•• •••• 44+").
    const QFont font = h.find<QLabel>(QStringLiteral("sentToLabel"))->font();
    QVERIFY(readsLeftToRight(sentTo, font));
    QString bare = sentTo;
    bare.remove(Lri).remove(Pdi);
    QVERIFY(!readsLeftToRight(bare, font)); // the check itself can fail
}

// The rule the next test applies, on texts whose answer is known.
void tst_Translations::theNumberCheckCanFail()
{
    const QString sentence = QStringLiteral("We sent a code to %1.");
    QCOMPARE(unisolatedNumbers(sentence.arg(QStringLiteral("+44 •••• ••6001"))),
        QStringList { QStringLiteral("+44 •••• ••6001") });
    QCOMPARE(unisolatedNumbers(QStringLiteral("Your code is 379256.")),
        QStringList { QStringLiteral("379256") });
    QCOMPARE(unisolatedNumbers(QStringLiteral("United Kingdom (+44)")),
        QStringList { QStringLiteral("+44") });
    QVERIFY(
        unisolatedNumbers(sentence.arg(Bidi::number(QStringLiteral("+44 •••• ••6001")))).isEmpty());
    QVERIFY(unisolatedNumbers(QStringLiteral("3 tries left, expires in 5:00, 30 s")).isEmpty());
}

// Issue 22, through the window in each language: the country's name in that language in the
// picker and in the number's error, and every phone number, code and calling code on the phone
// page (with the demo hint and the test numbers), the code page and the demo SMS inside a
// left-to-right isolate. Arabic is drawn right to left with the numbers reading left to right.
void tst_Translations::numbersAndCountriesInEveryLanguage_data()
{
    addLanguageRows();
}

void tst_Translations::numbersAndCountriesInEveryLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, unitedKingdom);
    QFETCH(QString, germany);
    const InLanguage inLanguage(language);
    QVERIFY(inLanguage.loaded());
    WizardHarness h;
    SignInWizard &wizard = h.makeWizard();
    QTRY_COMPARE(h.session->state(), SignInSession::State::Idle);

    // The picker: the name in this language, found by it and by the English name.
    auto *picker = h.find<CountryPicker>(QStringLiteral("countryPicker"));
    picker->setFocus();
    // Typed as one key event with its text: QTest::keyClicks knows only ASCII keys.
    QTest::sendKeyEvent(QTest::Click, picker, Qt::Key_unknown, germany, Qt::NoModifier);
    QTRY_VERIFY2(picker->isListVisible(), qPrintable(picker->text()));
    QCOMPARE(picker->matches().value(0).region, QStringLiteral("DE"));
    QTest::keyClick(picker, Qt::Key_Escape);
    picker->setRegion(QStringLiteral("GB"));
    QTRY_COMPARE(picker->text(),
        QCoreApplication::translate("CountryPicker", "%1 (%2)")
            .arg(unitedKingdom, Bidi::number(QStringLiteral("+44"))));
    QCOMPARE(picker->country().englishName, QStringLiteral("United Kingdom"));
    picker->clear();
    QTest::keyClicks(picker, QStringLiteral("Germany"));
    QTRY_VERIFY2(picker->isListVisible(), qPrintable(picker->text()));
    QCOMPARE(picker->matches().value(0).region, QStringLiteral("DE"));
    QTest::keyClick(picker, Qt::Key_Escape);
    QTest::keyClick(picker, Qt::Key_Escape);

    // A number too short for the United Kingdom: the country in this language, "+44" whole.
    auto *phone = h.find<QLineEdit>(QStringLiteral("phoneEdit"));
    phone->setFocus();
    QTest::keyClicks(phone, AdaNumber.left(8));
    QTest::keyClick(phone, Qt::Key_Return);
    const QString tooShort = h.find<QLabel>(QStringLiteral("sentAsLabel"))->text();
    QVERIFY2(tooShort.contains(unitedKingdom), qPrintable(tooShort));
    QVERIFY2(tooShort.contains(Bidi::number(QStringLiteral("+44"))), qPrintable(tooShort));
    // Drawn in a right-to-left paragraph, "+44" keeps its '+' on the left.
    QVERIFY2(readsLeftToRight(tooShort, h.find<QLabel>(QStringLiteral("sentAsLabel"))->font()),
        qPrintable(tooShort));
    QString problems = problemsIn(visibleTexts(&wizard));
    QVERIFY2(problems.isEmpty(), qPrintable(problems));

    // The whole number: the live line, the demo hint and the test numbers.
    phone->clear();
    QVERIFY(h.reachCodePage(AdaNumber));
    const QString sentTo = h.find<QLabel>(QStringLiteral("sentToLabel"))->text();
    QVERIFY2(sentTo.contains(Bidi::number(QStringLiteral("+44"))) || sentTo.contains(QChar(0x2066)),
        qPrintable(sentTo));
    QTRY_VERIFY(!h.codes.isEmpty());
    problems = problemsIn(visibleTexts(&wizard));
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
    // Drawn that way in a right-to-left paragraph: the '+' left of the last digit.
    QVERIFY(readsLeftToRight(sentTo, h.find<QLabel>(QStringLiteral("sentToLabel"))->font()));

    // Back on the phone page (demo hint, test numbers, live line), every text checked again.
    QTest::keyClick(h.find<QWidget>(QStringLiteral("codeEdit")), Qt::Key_Escape);
    QTRY_COMPARE(wizard.currentId(), int(SignInWizard::PhonePageId));
    problems = problemsIn(visibleTexts(&wizard));
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
    const QString hint = h.find<QLabel>(QStringLiteral("demoHintLabel"))->text();
    QVERIFY2(hint.contains(Bidi::number(QStringLiteral("+44 7123 456001"))), qPrintable(hint));
}

QTEST_MAIN(tst_Translations)
#include "tst_translations.moc"
