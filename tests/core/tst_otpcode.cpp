#include "OtpCode.h"

#include <QTest>

class TestOtpCode : public QObject
{
    Q_OBJECT

private slots:
    void digitsOnly_data();
    void digitsOnly();
    void maxLength_data();
    void maxLength();
    void isAcceptable_data();
    void isAcceptable();
};

void TestOtpCode::digitsOnly_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("digits");

    QTest::newRow("plain") << QStringLiteral("123456") << QStringLiteral("123456");
    QTest::newRow("spaces") << QStringLiteral(" 123 456 ") << QStringLiteral("123456");
    QTest::newRow("dash") << QStringLiteral("123-456") << QStringLiteral("123456");
    QTest::newRow("SMS text") << QStringLiteral("Your code is 123-456") << QStringLiteral("123456");
    QTest::newRow("SMS text, full stop")
        << QStringLiteral("Your verification code: 4821.") << QStringLiteral("4821");
    QTest::newRow("tabs and newlines")
        << QStringLiteral("12\t34\n56\r\n") << QStringLiteral("123456");
    QTest::newRow("full-width") << QStringLiteral("１２３４５６") << QStringLiteral("123456");
    QTest::newRow("full-width with ideographic space")
        << QStringLiteral("１２３\u3000４５６") << QStringLiteral("123456");
    QTest::newRow("Arabic-Indic") << QStringLiteral("١٢٣٤٥٦") << QStringLiteral("123456");
    QTest::newRow("Extended Arabic-Indic") << QStringLiteral("۱۲۳۴۵۶") << QStringLiteral("123456");
    QTest::newRow("Arabic-Indic zero and nine") << QStringLiteral("٠٩٠٩") << QStringLiteral("0909");
    QTest::newRow("Devanagari") << QStringLiteral("१२३४५६") << QStringLiteral("123456");
    QTest::newRow("Bengali") << QStringLiteral("১২৩৪৫৬") << QStringLiteral("123456");
    QTest::newRow("Thai") << QStringLiteral("๑๒๓๔๕๖") << QStringLiteral("123456");
    QTest::newRow("mathematical bold (outside the BMP)")
        << QString::fromUcs4(U"\U0001D7CF\U0001D7D0\U0001D7D1\U0001D7D2") << QStringLiteral("1234");
    QTest::newRow("mixed scripts") << QStringLiteral("1٢３۴") << QStringLiteral("1234");
    QTest::newRow("leading zeros kept") << QStringLiteral("000123") << QStringLiteral("000123");
    QTest::newRow("superscripts are not digits")
        << QStringLiteral("12³45") << QStringLiteral("1245");
    QTest::newRow("fractions are not digits") << QStringLiteral("12½34") << QStringLiteral("1234");
    QTest::newRow("roman numerals are not digits")
        << QStringLiteral("Ⅻ1234") << QStringLiteral("1234");
    QTest::newRow("too long: first eight")
        << QStringLiteral("1234567890") << QStringLiteral("12345678");
    QTest::newRow("too long, with text")
        << QStringLiteral("Code 123456, valid 10 minutes") << QStringLiteral("12345610");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("no digits") << QStringLiteral("abc - ") << QString();
}

void TestOtpCode::digitsOnly()
{
    QFETCH(QString, text);
    QFETCH(QString, digits);

    const QString result = OtpCode::digitsOnly(text);
    QCOMPARE(result, digits);
    for (const QChar ch : result)
        QVERIFY(ch >= QLatin1Char('0') && ch <= QLatin1Char('9'));
}

void TestOtpCode::maxLength_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("maxLength");
    QTest::addColumn<QString>("digits");

    QTest::newRow("6 of 8") << QStringLiteral("12345678") << 6 << QStringLiteral("123456");
    QTest::newRow("4 of full-width")
        << QStringLiteral("１２３４５６") << 4 << QStringLiteral("1234");
    QTest::newRow("shorter than max") << QStringLiteral("12") << 6 << QStringLiteral("12");
    QTest::newRow("zero") << QStringLiteral("1234") << 0 << QString();
    QTest::newRow("negative keeps all")
        << QStringLiteral("1234567890123") << -1 << QStringLiteral("1234567890123");
}

void TestOtpCode::maxLength()
{
    QFETCH(QString, text);
    QFETCH(int, maxLength);
    QFETCH(QString, digits);

    QCOMPARE(OtpCode::digitsOnly(text, maxLength), digits);
}

void TestOtpCode::isAcceptable_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("acceptable");

    QTest::newRow("empty") << QString() << false;
    QTest::newRow("3 digits") << QStringLiteral("123") << false;
    QTest::newRow("4 digits") << QStringLiteral("1234") << true;
    QTest::newRow("6 digits") << QStringLiteral("123456") << true;
    QTest::newRow("8 digits") << QStringLiteral("12345678") << true;
    QTest::newRow("9 digits") << QStringLiteral("123456789") << false;
    QTest::newRow("with a space") << QStringLiteral("123 456") << false;
    QTest::newRow("with a dash") << QStringLiteral("123-456") << false;
    QTest::newRow("letters") << QStringLiteral("abcdef") << false;
    QTest::newRow("full-width") << QStringLiteral("１２３４５６") << false;
    QTest::newRow("Arabic-Indic") << QStringLiteral("١٢٣٤٥٦") << false;
    QTest::newRow("normalised full-width")
        << OtpCode::digitsOnly(QStringLiteral("１２３４５６")) << true;
}

void TestOtpCode::isAcceptable()
{
    QFETCH(QString, code);
    QFETCH(bool, acceptable);

    QCOMPARE(OtpCode::isAcceptable(code), acceptable);
}

QTEST_GUILESS_MAIN(TestOtpCode)
#include "tst_otpcode.moc"
