// The one-time code field: what a person types or pastes becomes the code's digits.

#include "CodeEdit.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QSignalSpy>
#include <QtTest>

class tst_CodeEdit : public QObject
{
    Q_OBJECT

private slots:
    void extractCode_data();
    void extractCode();
    void typingKeepsDigits();
    void pasteCompletesAtExpectedLength_data();
    void pasteCompletesAtExpectedLength();
    void expectedLengthIsClamped();
};

void tst_CodeEdit::extractCode_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("expected");
    QTest::addColumn<QString>("code");
    QTest::newRow("digits") << QStringLiteral("123456") << 6 << QStringLiteral("123456");
    QTest::newRow("dash") << QStringLiteral("123-456") << 6 << QStringLiteral("123456");
    QTest::newRow("spaces") << QStringLiteral(" 123 456 ") << 6 << QStringLiteral("123456");
    QTest::newRow("sentence") << QStringLiteral("Your code is 123-456") << 6
                              << QStringLiteral("123456");
    QTest::newRow("whole SMS with a later number")
        << QStringLiteral("Your Directus code is 482913. It expires in 5 minutes.") << 6
        << QStringLiteral("482913");
    QTest::newRow("a short number around it")
        << QStringLiteral("Your code: 7391. Ref 55.") << 4 << QStringLiteral("7391");
    QTest::newRow("the expected length first")
        << QStringLiteral("Order 12345678: your code is 424242") << 6 << QStringLiteral("424242");
    QTest::newRow("eight digits") << QStringLiteral("Code: 1234 5678") << 8
                                  << QStringLiteral("12345678");
    QTest::newRow("full-width") << QStringLiteral("１２３４５６") << 6 << QStringLiteral("123456");
    QTest::newRow("arabic-indic") << QStringLiteral("١٢٣٤٥٦") << 6 << QStringLiteral("123456");
    QTest::newRow("extended arabic-indic")
        << QStringLiteral("۱۲۳۴۵۶") << 6 << QStringLiteral("123456");
    QTest::newRow("arabic sentence")
        << QStringLiteral("رمزك هو ١٢٣٤٥٦") << 6 << QStringLiteral("123456");
    QTest::newRow("too many digits are cut at 8")
        << QStringLiteral("1234567890") << 6 << QStringLiteral("12345678");
    QTest::newRow("letters only") << QStringLiteral("abc") << 6 << QString();
    QTest::newRow("empty") << QString() << 6 << QString();
}

void tst_CodeEdit::extractCode()
{
    QFETCH(QString, text);
    QFETCH(int, expected);
    QFETCH(QString, code);
    QCOMPARE(CodeEdit::extractCode(text, expected), code);
}

void tst_CodeEdit::typingKeepsDigits()
{
    CodeEdit edit;
    QSignalSpy completed(&edit, &CodeEdit::completed);
    QTest::keyClicks(&edit, QStringLiteral("12a3-4 5"));
    QCOMPARE(edit.text(), QStringLiteral("12345"));
    QVERIFY(completed.isEmpty());
    QVERIFY(edit.isAcceptable()); // 4 to 8 digits
    QTest::keyClicks(&edit, QStringLiteral("6"));
    QCOMPARE(completed.size(), 1);
    QCOMPARE(completed.first().first().toString(), QStringLiteral("123456"));
    // Backspace works normally.
    QTest::keyClick(&edit, Qt::Key_Backspace);
    QCOMPARE(edit.text(), QStringLiteral("12345"));
}

void tst_CodeEdit::pasteCompletesAtExpectedLength_data()
{
    QTest::addColumn<QString>("clipboard");
    QTest::addColumn<int>("expected");
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("completes");
    QTest::newRow("SMS") << QStringLiteral("Your code is 123-456") << 6 << QStringLiteral("123456")
                         << true;
    QTest::newRow("short") << QStringLiteral("12 34") << 6 << QStringLiteral("1234") << false;
    QTest::newRow("four expected")
        << QStringLiteral("code 9876") << 4 << QStringLiteral("9876") << true;
}

void tst_CodeEdit::pasteCompletesAtExpectedLength()
{
    QFETCH(QString, clipboard);
    QFETCH(int, expected);
    QFETCH(QString, code);
    QFETCH(bool, completes);
    CodeEdit edit;
    edit.setExpectedLength(expected);
    QSignalSpy completed(&edit, &CodeEdit::completed);
    QGuiApplication::clipboard()->setText(clipboard);
    QTest::keySequence(&edit, QKeySequence::Paste);
    QCOMPARE(edit.text(), code);
    QCOMPARE(completed.size(), completes ? 1 : 0);
}

void tst_CodeEdit::expectedLengthIsClamped()
{
    CodeEdit edit;
    edit.setExpectedLength(2);
    QCOMPARE(edit.expectedLength(), 4);
    edit.setExpectedLength(12);
    QCOMPARE(edit.expectedLength(), 8);
    QVERIFY(edit.placeholderText().contains(QStringLiteral("8")));
}

QTEST_MAIN(tst_CodeEdit)
#include "tst_codeedit.moc"
