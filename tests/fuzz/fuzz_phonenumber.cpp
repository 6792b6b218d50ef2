// libFuzzer target: the phone normaliser (PhoneNumber::parse, regionFromInput, AsYouTypeFormatter).
// Input: the default region on the first line ("GB", "US", "", anything), then the number as typed
// or pasted (UTF-8, or "u16:" + raw UTF-16 — see FuzzSupport.h). Without a newline the whole input
// is the number, read for "GB".

#include "FuzzSupport.h"
#include "PhoneNumber.h"
#include "PhoneNumberEngine.h"

#include <QRegularExpression>

namespace {

QString asciiDigitsOf(const QString &text)
{
    QString digits;
    for (const char32_t cp : text.toUcs4()) {
        if (QChar::isDigit(cp))
            digits += QLatin1Char(char('0' + QChar::digitValue(cp)));
    }
    return digits;
}

QString describe(const PhoneNumber &n)
{
    return QStringLiteral(
        "input [%1] problem %2 e164 [%3] region [%4] code [%5] intl [%6] national [%7]")
        .arg(n.input())
        .arg(int(n.problem()))
        .arg(n.e164(), n.region(), n.callingCode(), n.international(), n.national());
}

// A number read completely: a valid one, or a real number that cannot receive a text message
// (landline, toll-free…), which is read the same way and then refused.
bool isRead(const PhoneNumber &n)
{
    return n.isValid() || n.problem() == PhoneNumber::Problem::Landline
        || n.problem() == PhoneNumber::Problem::NoTextMessages;
}

void checkValid(const PhoneNumber &n, const QString &defaultRegion)
{
    static const QRegularExpression e164(QStringLiteral("^\\+[1-9]\\d{6,14}$"));
    static const QRegularExpression region(QStringLiteral("^([A-Z]{2}|001)$"));
    const QString what = describe(n);

    FUZZ_CHECK(e164.match(n.e164()).hasMatch(), what);
    FUZZ_CHECK(region.match(n.region()).hasMatch(), what);
    FUZZ_CHECK(fuzz::isAsciiDigits(n.callingCode(), 1, 3), what);
    FUZZ_CHECK(n.e164().startsWith(QLatin1Char('+') + n.callingCode()), what);
    FUZZ_CHECK(n.international().startsWith(QLatin1Char('+') + n.callingCode()), what);
    FUZZ_CHECK(!n.national().isEmpty(), what);
    FUZZ_CHECK(n.problemText().isEmpty() == n.isValid(), what);
    FUZZ_CHECK(n.error().isError() == !n.isValid(), what);
    // The same digits in every form.
    FUZZ_CHECK(asciiDigitsOf(n.international()) == n.e164().mid(1), what);

    // masked(): calling code kept, at most the last four digits shown, at least two hidden.
    const QString masked = n.masked();
    const QString prefix = QLatin1Char('+') + n.callingCode();
    FUZZ_CHECK(masked.startsWith(prefix), what + QStringLiteral(" masked [%1]").arg(masked));
    const QString tail = masked.mid(prefix.size());
    const qsizetype shown = asciiDigitsOf(tail).size();
    const qsizetype hidden = tail.count(QChar(0x2022));
    const qsizetype nationalDigits = n.e164().size() - prefix.size();
    FUZZ_CHECK(shown <= 4 && hidden >= 2 && shown + hidden == nationalDigits,
        what + QStringLiteral(" masked [%1]").arg(masked));
    FUZZ_CHECK(
        n.e164().endsWith(asciiDigitsOf(tail)), what + QStringLiteral(" masked [%1]").arg(masked));

    // Reading any of its own forms again gives the same number: E.164 and the international form
    // anywhere, the national form in its own region.
    const QList<QPair<QString, QString>> forms { { n.e164(), defaultRegion },
        { n.e164(), QString() }, { n.international(), QStringLiteral("US") } };
    for (const auto &[again, r] : forms) {
        const PhoneNumber other = PhoneNumber::parse(again, r);
        FUZZ_CHECK(other.problem() == n.problem() && other.e164() == n.e164(),
            what + QStringLiteral(" → re-read [%1] for [%2]: ").arg(again, r) + describe(other));
    }
    if (n.region() != QLatin1String("001")) {
        const PhoneNumber other = PhoneNumber::parse(n.national(), n.region());
        FUZZ_CHECK(other.problem() == n.problem() && other.e164() == n.e164(),
            what + QStringLiteral(" → national re-read: ") + describe(other));
        // A pasted international number names its own country.
        FUZZ_CHECK(PhoneNumber::regionFromInput(n.e164(), defaultRegion) == n.region(),
            what + QStringLiteral(" → regionFromInput ")
                + PhoneNumber::regionFromInput(n.e164(), defaultRegion));
    }
}

void checkInvalid(const PhoneNumber &n)
{
    static const QRegularExpression detail(
        QStringLiteral("^phone number: [a-z-]+( \\(region ([A-Z]{2}|001)\\))?$"));
    const QString what = describe(n);
    FUZZ_CHECK(n.problem() != PhoneNumber::Problem::None, what);
    FUZZ_CHECK(n.e164().isEmpty() && n.masked().isEmpty(), what);
    FUZZ_CHECK(!n.problemText().isEmpty(), what);
    const Error error = n.error();
    FUZZ_CHECK(error.kind() == Error::Kind::InvalidInput, what);
    FUZZ_CHECK(error.message() == n.problemText(), what);
    // The detail names the reason and the region, never the number.
    FUZZ_CHECK(detail.match(error.detail()).hasMatch(),
        what + QStringLiteral(" detail [%1]").arg(error.detail()));
    FUZZ_CHECK(
        n.region().isEmpty() || n.region() == QLatin1String("001") || n.region().size() == 2, what);
    FUZZ_CHECK(n.callingCode().isEmpty() || fuzz::isAsciiDigits(n.callingCode(), 1, 3), what);
}

} // namespace

// libphonenumber is a plug-in (PhoneNumberEngine): loaded before the first input, so that its
// coverage counters are there from the start, and a missing plug-in stops the run at once.
extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    PhoneNumberEngine::instance();
    if (!PhoneNumberEngine::loadError().isEmpty()) {
        fprintf(stderr, "fuzz_phonenumber: %s\n", qPrintable(PhoneNumberEngine::loadError()));
        abort();
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray rest = fuzz::bytes(data, size);
    QString region = QStringLiteral("GB");
    if (rest.contains('\n'))
        region = QString::fromUtf8(fuzz::takeLine(rest));
    const QString input = fuzz::text(rest);

    const PhoneNumber number = PhoneNumber::parse(input, region);
    FUZZ_CHECK(number.input() == input, describe(number));
    if (isRead(number))
        checkValid(number, region);
    else
        checkInvalid(number);

    // Deterministic.
    const PhoneNumber again = PhoneNumber::parse(input, region);
    FUZZ_CHECK(again.problem() == number.problem() && again.e164() == number.e164()
            && again.region() == number.region() && again.callingCode() == number.callingCode(),
        describe(number) + QStringLiteral(" then ") + describe(again));

    // The country the picker switches to: empty or a real two-letter region, never "001"/"ZZ".
    const QString picked = PhoneNumber::regionFromInput(input, region);
    static const QRegularExpression twoLetters(QStringLiteral("^[A-Z]{2}$"));
    FUZZ_CHECK(
        picked.isEmpty() || (twoLetters.match(picked).hasMatch() && picked != QLatin1String("ZZ")),
        picked);

    // As-you-type: only digits, '+' and separators come out.
    AsYouTypeFormatter formatter(region);
    const QString formatted = formatter.format(input);
    static const QRegularExpression typed(QStringLiteral("^[0-9+ ()\\-./\\x{2011}]*$"));
    FUZZ_CHECK(typed.match(formatted).hasMatch(),
        QStringLiteral("as-you-type [%1] → [%2]").arg(input, formatted));
    // Every digit typed is shown, in order: formatting only adds separators.
    FUZZ_CHECK(asciiDigitsOf(formatted) == asciiDigitsOf(input),
        QStringLiteral("as-you-type [%1] → [%2]").arg(input, formatted));
    // The formatter is reusable: the same input formats the same way a second time.
    FUZZ_CHECK(formatter.format(input) == formatted, formatted);
    return 0;
}
