// libFuzzer target: the one-time-code normaliser (OtpCode::digitsOnly, OtpCode::isAcceptable).
// Input: optionally a first line "#<maxLength>" (else the default 8), then the pasted text
// (UTF-8, or "u16:" + raw UTF-16 — see FuzzSupport.h).

#include "FuzzSupport.h"
#include "OtpCode.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray rest = fuzz::bytes(data, size);
    int maxLength = 8;
    bool explicitLength = false;
    if (rest.startsWith('#')) {
        QByteArray line = fuzz::takeLine(rest);
        bool ok = false;
        const int n = line.mid(1).toInt(&ok);
        if (ok && n >= -1 && n <= 64) {
            maxLength = n;
            explicitLength = true;
        }
    }
    const QString input = fuzz::text(rest);

    const QString digits
        = explicitLength ? OtpCode::digitsOnly(input, maxLength) : OtpCode::digitsOnly(input);
    const QString all = OtpCode::digitsOnly(input, -1);

    // Only ASCII digits, never more than asked for.
    FUZZ_CHECK(fuzz::isAsciiDigits(digits, 0, maxLength < 0 ? all.size() : maxLength), digits);
    FUZZ_CHECK(fuzz::isAsciiDigits(all, 0, input.size()), all);
    // The first ones, in order: the limited result is a prefix of the unlimited one.
    FUZZ_CHECK(digits == (maxLength < 0 ? all : all.left(maxLength)),
        digits + QStringLiteral(" vs ") + all);
    // Idempotent: normalising the normalised text changes nothing.
    FUZZ_CHECK(OtpCode::digitsOnly(digits, maxLength) == digits, digits);
    // Every ASCII digit of the input survives (other scripts' digits only add to it).
    qsizetype asciiDigits = 0;
    for (const QChar ch : input)
        asciiDigits += (ch >= QLatin1Char('0') && ch <= QLatin1Char('9')) ? 1 : 0;
    FUZZ_CHECK(all.size() >= asciiDigits, all);

    // Acceptable exactly when 4 to 8 ASCII digits.
    FUZZ_CHECK(OtpCode::isAcceptable(digits)
            == (digits.size() >= OtpCode::MinLength && digits.size() <= OtpCode::MaxLength),
        digits);
    if (OtpCode::isAcceptable(input)) {
        FUZZ_CHECK(fuzz::isAsciiDigits(input, OtpCode::MinLength, OtpCode::MaxLength), input);
        FUZZ_CHECK(OtpCode::digitsOnly(input) == input, input);
    }
    return 0;
}
