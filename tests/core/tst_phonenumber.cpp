#include "Bidi.h"
#include "PhoneNumber.h"
#include "PhoneNumberEngine.h"

#include <QFile>

#include <QRegularExpression>
#include <QTest>

#include <atomic>
#include <thread>
#include <vector>

Q_DECLARE_METATYPE(PhoneNumber::Problem)

class TestPhoneNumber : public QObject
{
    Q_OBJECT

private slots:
    void loadsLibphonenumberOnFirstUse();
    void validNumbers_data();
    void validNumbers();
    void formats_data();
    void formats();
    void problems_data();
    void problems();
    void problemTextNamesTheCountry_data();
    void problemTextNamesTheCountry();
    void errorCarriesNoNumber();
    void masked_data();
    void masked();
    void maskedIsEmptyWhenInvalid();
    void regionFromInput_data();
    void regionFromInput();
    void asYouType_data();
    void asYouType();
    void asYouTypeFormatterIsReusable();
    void asYouTypeKeepsEveryDigit_data();
    void asYouTypeKeepsEveryDigit();
    void e164Boundary_data();
    void e164Boundary();
    void parseFromManyThreads();
};

// Every typed or pasted form of a number gives the same E.164 number and the region it belongs to.
static bool libphonenumberIsLoaded()
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    return maps.open(QIODevice::ReadOnly) && maps.readAll().contains("libphonenumber.so");
}

// Runs first. The program does not link libphonenumber (ten libraries with protobuf and abseil,
// 3 ms of every start, tests/bench): the first number read loads it, from the plug-in.
void TestPhoneNumber::loadsLibphonenumberOnFirstUse()
{
#ifdef DL_PHONENUMBER_BUILTIN
    QSKIP("built with DL_PHONENUMBER_PLUGIN=OFF: libphonenumber is linked in");
#endif
    QVERIFY(!libphonenumberIsLoaded());
    const PhoneNumber phone
        = PhoneNumber::parse(QStringLiteral("07123 456789"), QStringLiteral("GB"));
    QVERIFY2(PhoneNumberEngine::loadError().isEmpty(), qPrintable(PhoneNumberEngine::loadError()));
    QVERIFY(phone.isValid());
    QVERIFY(libphonenumberIsLoaded());
}

void TestPhoneNumber::validNumbers_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("defaultRegion");
    QTest::addColumn<QString>("e164");
    QTest::addColumn<QString>("region");
    QTest::addColumn<PhoneNumber::Problem>("problem");

    struct Row
    {
        const char *tag;
        const char *input;
        const char *defaultRegion;
        const char *e164;
        const char *region;
    };
    // clang-format off
    const Row rows[] = {
        // United Kingdom
        { "GB national",              "07123 456789",         "GB", "+447123456789", "GB" },
        { "GB national, no spaces",   "07123456789",          "GB", "+447123456789", "GB" },
        { "GB international",         "+44 7123 456789",      "GB", "+447123456789", "GB" },
        { "GB international from US", "+44 7123 456789",      "US", "+447123456789", "GB" },
        { "GB 00 from GB",            "0044 7123 456789",     "GB", "+447123456789", "GB" },
        { "GB 00 from US",            "0044 7123 456789",     "US", "+447123456789", "GB" },
        { "GB 00 from JP",            "0044 7123 456789",     "JP", "+447123456789", "GB" },
        { "GB with (0)",              "+44 (0)7123 456789",   "GB", "+447123456789", "GB" },
        { "GB dashes",                "07123-456-789",        "GB", "+447123456789", "GB" },
        { "GB London",                "020 7946 0018",        "GB", "+442079460018", "GB" },
        { "GB London (issue 23)",     "020 7946 0000",        "GB", "+442079460000", "GB" },
        { "GB lower-case region",     "07123 456789",         "gb", "+447123456789", "GB" },
        { "GB country code, no +",    "447123456789",         "GB", "+447123456789", "GB" },
        // United States
        { "US brackets",              "(212) 555-0100",       "US", "+12125550100", "US" },
        { "US plain",                 "2125550100",           "US", "+12125550100", "US" },
        { "US dots",                  "212.555.0100",         "US", "+12125550100", "US" },
        { "US with 1",                "1 212 555 0100",       "US", "+12125550100", "US" },
        { "US international",         "+1 212-555-0100",      "US", "+12125550100", "US" },
        { "US pasted while GB",       "+1 212 555 0100",      "GB", "+12125550100", "US" },
        { "US 011 from US",           "011 1 212 555 0100",   "US", "+12125550100", "US" },
        { "US 00 from DE",            "001 212 555 0100",     "DE", "+12125550100", "US" },
        // Canada shares +1
        { "CA pasted while GB",       "+1 416 555 0199",      "GB", "+14165550199", "CA" },
        { "CA national",              "(416) 555-0199",       "CA", "+14165550199", "CA" },
        // Germany: trunk prefix 0
        { "DE national",              "030 12345678",         "DE", "+493012345678", "DE" },
        { "DE slash",                 "030/12345678",         "DE", "+493012345678", "DE" },
        { "DE mobile",                "0151 23456789",        "DE", "+4915123456789", "DE" },
        { "DE international",         "+49 30 12345678",      "GB", "+493012345678", "DE" },
        { "DE with (0)",              "+49 (0)30 12345678",   "FR", "+493012345678", "DE" },
        { "DE 00",                    "0049 30 12345678",     "DE", "+493012345678", "DE" },
        { "DE 00 from US",            "0049 30 12345678",     "US", "+493012345678", "DE" },
        // France: trunk prefix 0
        { "FR national",              "06 12 34 56 78",       "FR", "+33612345678", "FR" },
        { "FR dots",                  "06.12.34.56.78",       "FR", "+33612345678", "FR" },
        { "FR landline",              "01 23 45 67 89",       "FR", "+33123456789", "FR" },
        { "FR international",         "+33 6 12 34 56 78",    "GB", "+33612345678", "FR" },
        { "FR 00",                    "0033 6 12 34 56 78",   "FR", "+33612345678", "FR" },
        // Italy keeps its leading 0
        { "IT national",              "06 1234 5678",         "IT", "+390612345678", "IT" },
        { "IT no spaces",             "0612345678",           "IT", "+390612345678", "IT" },
        { "IT international",         "+39 06 1234 5678",     "GB", "+390612345678", "IT" },
        { "IT 00",                    "0039 06 1234 5678",    "IT", "+390612345678", "IT" },
        { "IT mobile",                "312 345 6789",         "IT", "+393123456789", "IT" },
        // Spain: no trunk prefix
        { "ES national",              "612 34 56 78",         "ES", "+34612345678", "ES" },
        { "ES international",         "+34 612 345 678",      "GB", "+34612345678", "ES" },
        { "ES 00",                    "0034612345678",        "ES", "+34612345678", "ES" },
        // Brazil: 00 is followed by a carrier code there
        { "BR national",              "(11) 91234-5678",      "BR", "+5511912345678", "BR" },
        { "BR trunk 0",               "0 11 91234-5678",      "BR", "+5511912345678", "BR" },
        { "BR international",         "+55 11 91234-5678",    "GB", "+5511912345678", "BR" },
        { "BR 00 + carrier",          "0014 55 11 91234 5678", "BR", "+5511912345678", "BR" },
        { "BR 00",                    "0055 11 91234 5678",   "BR", "+5511912345678", "BR" },
        // India
        { "IN national",              "98765 43210",          "IN", "+919876543210", "IN" },
        { "IN trunk 0",               "098765 43210",         "IN", "+919876543210", "IN" },
        { "IN international",         "+91 98765 43210",      "GB", "+919876543210", "IN" },
        { "IN 00",                    "0091 98765 43210",     "IN", "+919876543210", "IN" },
        // Australia: international prefix 0011
        { "AU national",              "0412 345 678",         "AU", "+61412345678", "AU" },
        { "AU international",         "+61 412 345 678",      "GB", "+61412345678", "AU" },
        { "AU 0011",                  "0011 44 7123 456789",  "AU", "+447123456789", "GB" },
        { "AU 00 anyway",             "0061 412 345 678",     "AU", "+61412345678", "AU" },
        // Japan: international prefix 010
        { "JP national",              "090-1234-5678",        "JP", "+819012345678", "JP" },
        { "JP international",         "+81 90-1234-5678",     "GB", "+819012345678", "JP" },
        { "JP 010",                   "010 81 90 1234 5678",  "JP", "+819012345678", "JP" },
        { "JP 00",                    "0081 90 1234 5678",    "US", "+819012345678", "JP" },
        // Non-geographic
        { "International freephone",  "+800 1234 5678",       "GB", "+80012345678", "001" },
    };
    // clang-format on
    // Real numbers that cannot receive the code's text message: read all the same (the right
    // E.164 form and region), then refused as such (issue 23: "020 7946 0000" was accepted).
    const QSet<QString> landlines { QStringLiteral("GB London"),
        QStringLiteral("GB London (issue 23)"), QStringLiteral("DE national"),
        QStringLiteral("DE slash"), QStringLiteral("DE international"),
        QStringLiteral("DE with (0)"), QStringLiteral("DE 00"), QStringLiteral("DE 00 from US"),
        QStringLiteral("FR landline"), QStringLiteral("IT national"),
        QStringLiteral("IT no spaces"), QStringLiteral("IT international"),
        QStringLiteral("IT 00") };
    for (const Row &row : rows) {
        const QString tag = QString::fromUtf8(row.tag);
        PhoneNumber::Problem problem = PhoneNumber::Problem::None;
        if (landlines.contains(tag))
            problem = PhoneNumber::Problem::Landline;
        else if (tag == QLatin1String("International freephone"))
            problem = PhoneNumber::Problem::NoTextMessages;
        QTest::newRow(row.tag) << QString::fromUtf8(row.input)
                               << QString::fromUtf8(row.defaultRegion)
                               << QString::fromUtf8(row.e164) << QString::fromUtf8(row.region)
                               << problem;
    }

    // What copying from a web page, a phone or a CJK keyboard brings along.
    QTest::newRow("full-width digits")
        << QStringLiteral("０７１２３ ４５６７８９") << QStringLiteral("GB")
        << QStringLiteral("+447123456789") << QStringLiteral("GB") << PhoneNumber::Problem::None;
    QTest::newRow("full-width plus")
        << QStringLiteral("＋４４ ７１２３ ４５６７８９") << QStringLiteral("US")
        << QStringLiteral("+447123456789") << QStringLiteral("GB") << PhoneNumber::Problem::None;
    QTest::newRow("Arabic-Indic digits")
        << QStringLiteral("+٤٤ ٧١٢٣ ٤٥٦٧٨٩") << QStringLiteral("GB")
        << QStringLiteral("+447123456789") << QStringLiteral("GB") << PhoneNumber::Problem::None;
    QTest::newRow("direction marks")
        << QStringLiteral("\u202A+44 7123 456789\u202C") << QStringLiteral("GB")
        << QStringLiteral("+447123456789") << QStringLiteral("GB") << PhoneNumber::Problem::None;
    QTest::newRow("non-breaking spaces, en dash")
        << QStringLiteral("07123\u00A0456\u2013789") << QStringLiteral("GB")
        << QStringLiteral("+447123456789") << QStringLiteral("GB") << PhoneNumber::Problem::None;
    QTest::newRow("surrounding spaces")
        << QStringLiteral("   07123 456789  \n") << QStringLiteral("GB")
        << QStringLiteral("+447123456789") << QStringLiteral("GB") << PhoneNumber::Problem::None;
    QTest::newRow("no region, international")
        << QStringLiteral("+44 7123 456789") << QString() << QStringLiteral("+447123456789")
        << QStringLiteral("GB") << PhoneNumber::Problem::None;
}

void TestPhoneNumber::validNumbers()
{
    QFETCH(QString, input);
    QFETCH(QString, defaultRegion);
    QFETCH(QString, e164);
    QFETCH(QString, region);

    QFETCH(PhoneNumber::Problem, problem);

    const PhoneNumber number = PhoneNumber::parse(input, defaultRegion);
    QCOMPARE(number.problem(), problem);
    QCOMPARE(number.e164(), e164);
    QCOMPARE(number.region(), region);
    QVERIFY(e164.startsWith(QLatin1Char('+') + number.callingCode()));
    QCOMPARE(number.input(), input);
    if (problem == PhoneNumber::Problem::None) {
        QVERIFY2(number.isValid(), qPrintable(number.problemText()));
        QVERIFY(number.problemText().isEmpty());
        QVERIFY(!number.error().isError());
        return;
    }
    // Nothing may be sent to it, and the person is told why in words.
    QVERIFY(!number.isValid());
    QCOMPARE(number.error().kind(), Error::Kind::InvalidInput);
    QVERIFY2(number.problemText().contains(problem == PhoneNumber::Problem::Landline
                     ? QLatin1String("landline")
                     : QLatin1String("cannot receive text messages")),
        qPrintable(number.problemText()));
}

void TestPhoneNumber::formats_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("defaultRegion");
    QTest::addColumn<QString>("callingCode");
    QTest::addColumn<QString>("international");
    QTest::addColumn<QString>("national");

    QTest::newRow("GB") << QStringLiteral("07123456789") << QStringLiteral("GB")
                        << QStringLiteral("44") << QStringLiteral("+44 7123 456789")
                        << QStringLiteral("07123 456789");
    QTest::newRow("US") << QStringLiteral("2125550100") << QStringLiteral("US")
                        << QStringLiteral("1") << QStringLiteral("+1 212-555-0100")
                        << QStringLiteral("(212) 555-0100");
    QTest::newRow("DE") << QStringLiteral("+493012345678") << QStringLiteral("GB")
                        << QStringLiteral("49") << QStringLiteral("+49 30 12345678")
                        << QStringLiteral("030 12345678");
    QTest::newRow("IT") << QStringLiteral("0612345678") << QStringLiteral("IT")
                        << QStringLiteral("39") << QStringLiteral("+39 06 1234 5678")
                        << QStringLiteral("06 1234 5678");
    QTest::newRow("FR") << QStringLiteral("0612345678") << QStringLiteral("FR")
                        << QStringLiteral("33") << QStringLiteral("+33 6 12 34 56 78")
                        << QStringLiteral("06 12 34 56 78");
    // F8 (tests/fuzz/FINDINGS.md): libphonenumber 8.12 formats this nationally as "05 56 01 99",
    // which reads back as another number (+241 05 56 01 99): the international form stands in.
    QTest::newRow("GA old plan") << QStringLiteral("+241 5 56 01 99") << QStringLiteral("GB")
                                 << QStringLiteral("241") << QStringLiteral("+241 5 56 01 99")
                                 << QStringLiteral("+241 5 56 01 99");
}

void TestPhoneNumber::formats()
{
    QFETCH(QString, input);
    QFETCH(QString, defaultRegion);
    QFETCH(QString, callingCode);
    QFETCH(QString, international);
    QFETCH(QString, national);

    // Landlines among them (DE, IT): read and formatted all the same, then refused for SMS.
    const PhoneNumber number = PhoneNumber::parse(input, defaultRegion);
    QVERIFY(number.isValid() || number.problem() == PhoneNumber::Problem::Landline);
    QCOMPARE(number.callingCode(), callingCode);
    QCOMPARE(number.international(), international);
    QCOMPARE(number.national(), national);
}

void TestPhoneNumber::problems_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("defaultRegion");
    QTest::addColumn<PhoneNumber::Problem>("problem");

    using P = PhoneNumber::Problem;
    QTest::newRow("empty") << QString() << QStringLiteral("GB") << P::Empty;
    QTest::newRow("spaces only") << QStringLiteral("   ") << QStringLiteral("GB") << P::Empty;
    QTest::newRow("letters") << QStringLiteral("abc") << QStringLiteral("GB") << P::NotANumber;
    QTest::newRow("letters in a number")
        << QStringLiteral("07123 45678O") << QStringLiteral("GB") << P::NotANumber;
    QTest::newRow("vanity number")
        << QStringLiteral("1-800-FLOWERS") << QStringLiteral("US") << P::NotANumber;
    QTest::newRow("extension") << QStringLiteral("+44 7123 456789 ext 12") << QStringLiteral("GB")
                               << P::NotANumber;
    QTest::newRow("hash") << QStringLiteral("07123 456789#") << QStringLiteral("GB")
                          << P::NotANumber;
    QTest::newRow("punctuation only")
        << QStringLiteral("()--") << QStringLiteral("GB") << P::NotANumber;
    QTest::newRow("unknown calling code")
        << QStringLiteral("+999 1234 5678") << QStringLiteral("GB") << P::InvalidCountryCode;
    QTest::newRow("unknown calling code after 00")
        << QStringLiteral("00999 1234 5678") << QStringLiteral("GB") << P::InvalidCountryCode;
    QTest::newRow("no region, national")
        << QStringLiteral("07123 456789") << QString() << P::InvalidCountryCode;
    QTest::newRow("unknown region")
        << QStringLiteral("07123 456789") << QStringLiteral("QQ") << P::InvalidCountryCode;
    QTest::newRow("GB too short") << QStringLiteral("07123 4567") << QStringLiteral("GB")
                                  << P::TooShort;
    QTest::newRow("GB two digits") << QStringLiteral("12") << QStringLiteral("GB") << P::TooShort;
    QTest::newRow("one digit") << QStringLiteral("7") << QStringLiteral("GB") << P::TooShort;
    QTest::newRow("plus and a digit")
        << QStringLiteral("+4") << QStringLiteral("GB") << P::TooShort;
    QTest::newRow("calling code only")
        << QStringLiteral("+44 1") << QStringLiteral("GB") << P::TooShort;
    QTest::newRow("00 only") << QStringLiteral("00") << QStringLiteral("GB") << P::TooShort;
    QTest::newRow("US without area code")
        << QStringLiteral("555-0100") << QStringLiteral("US") << P::TooShort;
    QTest::newRow("GB mobile one digit short")
        << QStringLiteral("07123 45678") << QStringLiteral("GB") << P::TooShort;
    QTest::newRow("FR too short") << QStringLiteral("06 12 34 56") << QStringLiteral("FR")
                                  << P::TooShort;
    QTest::newRow("FR too long") << QStringLiteral("06 12 34 56 78 9") << QStringLiteral("FR")
                                 << P::TooLong;
    QTest::newRow("US too short") << QStringLiteral("212 555 010") << QStringLiteral("US")
                                  << P::TooShort;
    QTest::newRow("US too long") << QStringLiteral("212 555 01000") << QStringLiteral("US")
                                 << P::TooLong;
    QTest::newRow("IT too short, international")
        << QStringLiteral("+39 06 12") << QStringLiteral("GB") << P::TooShort;
    QTest::newRow("JP too short") << QStringLiteral("090-1234-567") << QStringLiteral("JP")
                                  << P::TooShort;
    QTest::newRow("AU too long") << QStringLiteral("0412 345 6789") << QStringLiteral("AU")
                                 << P::TooLong;
    QTest::newRow("GB too long") << QStringLiteral("07123 4567890123") << QStringLiteral("GB")
                                 << P::TooLong;
    QTest::newRow("US number typed with GB selected")
        << QStringLiteral("1 212 555 0100") << QStringLiteral("GB") << P::TooLong;
    QTest::newRow("DE too long") << QStringLiteral("+49 30 1234 5678 9012 3456")
                                 << QStringLiteral("GB") << P::TooLong;
    QTest::newRow("US area code 123")
        << QStringLiteral("(123) 555-0100") << QStringLiteral("US") << P::InvalidForRegion;
    QTest::newRow("GB no such range")
        << QStringLiteral("01000 000000") << QStringLiteral("GB") << P::InvalidForRegion;
    QTest::newRow("US 00 prefix, number too long")
        << QStringLiteral("0044 7123 4567890") << QStringLiteral("US") << P::TooLong;
    // libphonenumber's metadata takes these German fixed-line numbers (15 national digits), but
    // with the calling code they are 16 digits, more than E.164 allows: no SMS provider takes them.
    QTest::newRow("DE 16 digits, beyond E.164")
        << QStringLiteral("0340 21512015123") << QStringLiteral("DE") << P::TooLong;
    QTest::newRow("DE 16 digits, beyond E.164, international")
        << QStringLiteral("+49 340 21512015123") << QStringLiteral("GB") << P::TooLong;
}

void TestPhoneNumber::problems()
{
    QFETCH(QString, input);
    QFETCH(QString, defaultRegion);
    QFETCH(PhoneNumber::Problem, problem);

    const PhoneNumber number = PhoneNumber::parse(input, defaultRegion);
    QVERIFY(!number.isValid());
    QCOMPARE(number.problem(), problem);
    QVERIFY(number.e164().isEmpty());
    QVERIFY(number.international().isEmpty());
    QVERIFY(!number.problemText().isEmpty());
    QVERIFY(number.problemText().endsWith(QLatin1Char('.')));

    const Error error = number.error();
    QCOMPARE(error.kind(), Error::Kind::InvalidInput);
    QCOMPARE(error.message(), number.problemText());
}

// Each reason reads differently, and names the country the number was read for when known.
void TestPhoneNumber::problemTextNamesTheCountry_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("defaultRegion");
    QTest::addColumn<QString>("expected");

    QTest::newRow("empty") << QString() << QStringLiteral("GB")
                           << QStringLiteral("Enter your phone number.");
    QTest::newRow("too short")
        << QStringLiteral("07123 4567") << QStringLiteral("GB")
        << QStringLiteral("This number is too short (United Kingdom, +44). Check that you "
                          "entered every digit, with the area code.");
    QTest::newRow("too short, international")
        << QStringLiteral("+49 30") << QStringLiteral("GB")
        << QStringLiteral("This number is too short (Germany, +49). Check that you entered "
                          "every digit, with the area code.");
    QTest::newRow("too short, unknown code")
        << QStringLiteral("+4") << QStringLiteral("GB")
        << QStringLiteral("This number is too short. Check that you entered every digit, "
                          "with the country and area code.");
    QTest::newRow("too long")
        << QStringLiteral("07123 4567890123") << QStringLiteral("GB")
        << QStringLiteral("This number is too long (United Kingdom, +44). Check for extra "
                          "digits, or choose the country it belongs to.");
    QTest::newRow("invalid for region, Canada selected")
        << QStringLiteral("(123) 555-0100") << QStringLiteral("CA")
        << QStringLiteral("This isn't a valid phone number (Canada, +1). Check the number, "
                          "or choose the country it belongs to.");
    QTest::newRow("invalid country code")
        << QStringLiteral("+999 1234 5678") << QStringLiteral("GB")
        << QStringLiteral("No country has the country code in this number. Check the digits "
                          "after + or 00, or choose the country and enter the number without "
                          "its code.");
    QTest::newRow("no country")
        << QStringLiteral("07123 456789") << QString()
        << QStringLiteral("Choose a country, or enter the number with its country code, "
                          "starting with +.");
    QTest::newRow("not a number")
        << QStringLiteral("call me") << QStringLiteral("GB")
        << QStringLiteral("This doesn't look like a phone number. Enter digits only, with + "
                          "before a country code.");
}

void TestPhoneNumber::problemTextNamesTheCountry()
{
    QFETCH(QString, input);
    QFETCH(QString, defaultRegion);
    QFETCH(QString, expected);

    const QString text = PhoneNumber::parse(input, defaultRegion).problemText();
    // As read: the calling code comes as one left-to-right run (issue 22), never split from its +.
    QCOMPARE(Bidi::plain(text), expected);
    const QRegularExpression code(QStringLiteral("\\+\\d+"));
    for (auto it = code.globalMatch(expected); it.hasNext();)
        QVERIFY2(text.contains(Bidi::number(it.next().captured())), qPrintable(text));
}

void TestPhoneNumber::errorCarriesNoNumber()
{
    const PhoneNumber number
        = PhoneNumber::parse(QStringLiteral("07123 4567"), QStringLiteral("GB"));
    const Error error = number.error();
    QVERIFY(error.isError());
    QCOMPARE(error.detail(), QStringLiteral("phone number: too-short (region GB)"));
    QVERIFY(!error.message().contains(QLatin1String("4567")));
}

void TestPhoneNumber::masked_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("defaultRegion");
    QTest::addColumn<QString>("masked");

    QTest::newRow("GB mobile") << QStringLiteral("07123 456789") << QStringLiteral("GB")
                               << QStringLiteral("+44 •••• ••6789");
    QTest::newRow("GB London") << QStringLiteral("020 7946 0018") << QStringLiteral("GB")
                               << QStringLiteral("+44 •• •••• 0018");
    QTest::newRow("US keeps dashes") << QStringLiteral("(212) 555-0100") << QStringLiteral("US")
                                     << QStringLiteral("+1 •••-•••-0100");
    QTest::newRow("DE") << QStringLiteral("030 12345678") << QStringLiteral("DE")
                        << QStringLiteral("+49 •• ••••5678");
    QTest::newRow("FR") << QStringLiteral("06 12 34 56 78") << QStringLiteral("FR")
                        << QStringLiteral("+33 • •• •• 56 78");
    QTest::newRow("IT keeps the leading 0 masked") << QStringLiteral(
        "06 1234 5678") << QStringLiteral("IT") << QStringLiteral("+39 •• •••• 5678");
    QTest::newRow("BR") << QStringLiteral("(11) 91234-5678") << QStringLiteral("BR")
                        << QStringLiteral("+55 •• •••••-5678");
    QTest::newRow("JP") << QStringLiteral("090-1234-5678") << QStringLiteral("JP")
                        << QStringLiteral("+81 ••-••••-5678");
    QTest::newRow("three-digit calling code")
        << QStringLiteral("+353 85 123 4567") << QStringLiteral("GB")
        << QStringLiteral("+353 •• ••• 4567");
    QTest::newRow("four-digit number keeps two")
        << QStringLiteral("+683 4002") << QStringLiteral("GB") << QStringLiteral("+683 ••02");
}

void TestPhoneNumber::masked()
{
    QFETCH(QString, input);
    QFETCH(QString, defaultRegion);
    QFETCH(QString, masked);

    // Landlines among them: masked the same way when they are named in a message.
    const PhoneNumber number = PhoneNumber::parse(input, defaultRegion);
    QVERIFY2(number.isValid() || number.problem() == PhoneNumber::Problem::Landline,
        qPrintable(number.problemText()));
    QCOMPARE(number.masked(), masked);
    // Same shape as the international form: only digits changed.
    QCOMPARE(number.masked().size(), number.international().size());
}

void TestPhoneNumber::maskedIsEmptyWhenInvalid()
{
    QVERIFY(PhoneNumber::parse(QStringLiteral("0712"), QStringLiteral("GB")).masked().isEmpty());
    QVERIFY(PhoneNumber().masked().isEmpty());
}

void TestPhoneNumber::regionFromInput_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("defaultRegion");
    QTest::addColumn<QString>("region");

    QTest::newRow("+1 partial") << QStringLiteral("+1 212") << QStringLiteral("GB")
                                << QStringLiteral("US");
    QTest::newRow("+1 full US") << QStringLiteral("+1 212 555 0100") << QStringLiteral("GB")
                                << QStringLiteral("US");
    QTest::newRow("+1 full Canada")
        << QStringLiteral("+1 416 555 0199") << QStringLiteral("GB") << QStringLiteral("CA");
    QTest::newRow("+1 only") << QStringLiteral("+1") << QStringLiteral("GB")
                             << QStringLiteral("US");
    QTest::newRow("+44") << QStringLiteral("+44 7123 456789") << QStringLiteral("US")
                         << QStringLiteral("GB");
    QTest::newRow("+44 only") << QStringLiteral("+44") << QStringLiteral("US")
                              << QStringLiteral("GB");
    QTest::newRow("+44 Jersey") << QStringLiteral("+44 7797 712345") << QStringLiteral("US")
                                << QStringLiteral("JE");
    QTest::newRow("+49 from DE") << QStringLiteral("+49 30 123456") << QStringLiteral("DE")
                                 << QStringLiteral("DE");
    QTest::newRow("0049 from GB") << QStringLiteral("0049 30 123456") << QStringLiteral("GB")
                                  << QStringLiteral("DE");
    QTest::newRow("0049 only from GB")
        << QStringLiteral("0049") << QStringLiteral("GB") << QStringLiteral("DE");
    QTest::newRow("0049 from US") << QStringLiteral("0049 30 123456") << QStringLiteral("US")
                                  << QStringLiteral("DE");
    QTest::newRow("011 from US") << QStringLiteral("011 44 7123 456789") << QStringLiteral("US")
                                 << QStringLiteral("GB");
    QTest::newRow("0011 from AU") << QStringLiteral("0011 49 30 123456") << QStringLiteral("AU")
                                  << QStringLiteral("DE");
    QTest::newRow("+39 Italy") << QStringLiteral("+39 06 1234 5678") << QStringLiteral("GB")
                               << QStringLiteral("IT");
    QTest::newRow("+7 Kazakhstan")
        << QStringLiteral("+7 701 123 4567") << QStringLiteral("GB") << QStringLiteral("KZ");
    QTest::newRow("+7 Russia") << QStringLiteral("+7 912 345 6789") << QStringLiteral("GB")
                               << QStringLiteral("RU");
    QTest::newRow("full-width plus")
        << QStringLiteral("＋８１ ９０") << QStringLiteral("GB") << QStringLiteral("JP");
    QTest::newRow("national GB") << QStringLiteral("07123 456789") << QStringLiteral("GB")
                                 << QString();
    QTest::newRow("national US") << QStringLiteral("(212) 555-0100") << QStringLiteral("US")
                                 << QString();
    QTest::newRow("country code without +")
        << QStringLiteral("447123456789") << QStringLiteral("GB") << QString();
    QTest::newRow("empty") << QString() << QStringLiteral("GB") << QString();
    QTest::newRow("plus only") << QStringLiteral("+") << QStringLiteral("GB") << QString();
    QTest::newRow("unknown code") << QStringLiteral("+999 123") << QStringLiteral("GB")
                                  << QString();
    QTest::newRow("non-geographic")
        << QStringLiteral("+800 1234 5678") << QStringLiteral("GB") << QString();
    QTest::newRow("letters") << QStringLiteral("+44 call me") << QStringLiteral("GB") << QString();
}

void TestPhoneNumber::regionFromInput()
{
    QFETCH(QString, input);
    QFETCH(QString, defaultRegion);
    QFETCH(QString, region);

    QCOMPARE(PhoneNumber::regionFromInput(input, defaultRegion), region);
}

void TestPhoneNumber::asYouType_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("formatted");

    QTest::newRow("GB mobile") << QStringLiteral("GB") << QStringLiteral("07123456789")
                               << QStringLiteral("07123 456789");
    QTest::newRow("GB partial") << QStringLiteral("GB") << QStringLiteral("07123")
                                << QStringLiteral("07123");
    QTest::newRow("GB ignores typed spaces")
        << QStringLiteral("GB") << QStringLiteral("0 7 1 2 3-456 789")
        << QStringLiteral("07123 456789");
    QTest::newRow("GB international") << QStringLiteral("GB") << QStringLiteral("+447123456789")
                                      << QStringLiteral("+44 7123 456789");
    QTest::newRow("US") << QStringLiteral("US") << QStringLiteral("2125550100")
                        << QStringLiteral("(212) 555-0100");
    QTest::newRow("US partial") << QStringLiteral("US") << QStringLiteral("212555")
                                << QStringLiteral("212-555");
    QTest::newRow("DE") << QStringLiteral("DE") << QStringLiteral("03012345678")
                        << QStringLiteral("030 12345678");
    QTest::newRow("FR") << QStringLiteral("FR") << QStringLiteral("0612345678")
                        << QStringLiteral("06 12 34 56 78");
    QTest::newRow("IT") << QStringLiteral("IT") << QStringLiteral("0612345678")
                        << QStringLiteral("06 1234 5678");
    QTest::newRow("full-width digits")
        << QStringLiteral("GB") << QStringLiteral("０７１２３４５６７８９")
        << QStringLiteral("07123 456789");
    QTest::newRow("late plus ignored")
        << QStringLiteral("GB") << QStringLiteral("07123+456789") << QStringLiteral("07123 456789");
    QTest::newRow("empty") << QStringLiteral("GB") << QString() << QString();
    QTest::newRow("no digits") << QStringLiteral("GB") << QStringLiteral("abc") << QString();
    // libphonenumber's formatter drops digits of a long input (27 digits for BR come out as 24);
    // the field would lose what was typed, so the digits come back unformatted instead.
    QTest::newRow("BR 27 digits, none lost")
        << QStringLiteral("BR") << QStringLiteral("015112344009999999999999999")
        << QStringLiteral("015112344009999999999999999");
    QTest::newRow("plus only") << QStringLiteral("GB") << QStringLiteral("+")
                               << QStringLiteral("+");
}

void TestPhoneNumber::asYouTypeKeepsEveryDigit_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("input");

    QTest::newRow("BR long paste")
        << QStringLiteral("BR") << QStringLiteral("015112344009999999999999999");
    QTest::newRow("BR carrier code, long")
        << QStringLiteral("BR") << QStringLiteral("0 15 11 91234 5678 9999 9999");
    QTest::newRow("GB 30 digits") << QStringLiteral("GB") << QString(30, QLatin1Char('7'));
    QTest::newRow("US international, long")
        << QStringLiteral("US") << QStringLiteral("+1 212 555 0100 1234 5678 9");
    QTest::newRow("DE 16 digits") << QStringLiteral("DE") << QStringLiteral("0340 21512015123");
    QTest::newRow("full-width, long")
        << QStringLiteral("JP") << QStringLiteral("０９０１２３４５６７８９０１２３４５６７８９");
}

// Whatever libphonenumber does with it, the field never shows fewer (or other) digits than typed.
void TestPhoneNumber::asYouTypeKeepsEveryDigit()
{
    QFETCH(QString, region);
    QFETCH(QString, input);

    auto digitsOf = [](const QString &text) {
        QString digits;
        for (const QChar ch : text) {
            if (ch.isDigit())
                digits += QChar(u'0' + ch.digitValue());
            else if (ch == QLatin1Char('+') && digits.isEmpty())
                digits += ch;
        }
        return digits;
    };
    AsYouTypeFormatter formatter(region);
    // Every prefix, as the person types it.
    for (qsizetype n = 1; n <= input.size(); ++n) {
        const QString typed = input.left(n);
        const QString shown = formatter.format(typed);
        QCOMPARE(digitsOf(shown), digitsOf(typed));
    }
}

void TestPhoneNumber::e164Boundary_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("e164"); // empty: not valid

    QTest::newRow("DE 15 digits: valid")
        << QStringLiteral("0340 2151201512") << QStringLiteral("DE")
        << QStringLiteral("+493402151201512");
    QTest::newRow("DE 16 digits: not valid")
        << QStringLiteral("0340 21512015123") << QStringLiteral("DE") << QString();
    QTest::newRow("GB mobile: valid") << QStringLiteral("07123 456789") << QStringLiteral("GB")
                                      << QStringLiteral("+447123456789");
}

// E.164 allows 15 digits in all, the calling code included.
void TestPhoneNumber::e164Boundary()
{
    QFETCH(QString, input);
    QFETCH(QString, region);
    QFETCH(QString, e164);

    const PhoneNumber number = PhoneNumber::parse(input, region);
    QCOMPARE(number.e164(), e164);
    if (!e164.isEmpty()) {
        // (The 15-digit German number is a landline: read, then refused for SMS.)
        QVERIFY(number.isValid() || number.problem() == PhoneNumber::Problem::Landline);
        static const QRegularExpression e164Shape(QStringLiteral("^\\+[1-9]\\d{6,14}$"));
        QVERIFY(e164Shape.match(number.e164()).hasMatch());
    } else {
        QCOMPARE(number.problem(), PhoneNumber::Problem::TooLong);
        QVERIFY2(number.problemText().contains(QLatin1String("too long")),
            qPrintable(number.problemText()));
    }
}

void TestPhoneNumber::asYouType()
{
    QFETCH(QString, region);
    QFETCH(QString, input);
    QFETCH(QString, formatted);

    AsYouTypeFormatter formatter(region);
    QCOMPARE(formatter.format(input), formatted);
}

// The field calls format() on every keystroke with the whole text.
void TestPhoneNumber::asYouTypeFormatterIsReusable()
{
    AsYouTypeFormatter formatter(QStringLiteral("GB"));
    const QString typed = QStringLiteral("07123456789");
    QString last;
    for (int i = 1; i <= typed.size(); ++i)
        last = formatter.format(typed.left(i));
    QCOMPARE(last, QStringLiteral("07123 456789"));
    QCOMPARE(formatter.format(QStringLiteral("0712")), QStringLiteral("0712"));
    QCOMPARE(formatter.format(QStringLiteral("07123456789")), QStringLiteral("07123 456789"));
}

void TestPhoneNumber::parseFromManyThreads()
{
    std::atomic<int> failures { 0 };
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&failures] {
            for (int i = 0; i < 200; ++i) {
                const PhoneNumber n
                    = PhoneNumber::parse(QStringLiteral("0044 7123 456789"), QStringLiteral("FR"));
                if (n.e164() != QLatin1String("+447123456789"))
                    ++failures;
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    QCOMPARE(failures.load(), 0);
}

QTEST_GUILESS_MAIN(TestPhoneNumber)
#include "tst_phonenumber.moc"
