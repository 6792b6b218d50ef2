#include "OtpCode.h"

#include <QChar>
#include <QList>

#include <algorithm>

namespace OtpCode {

QString digitsOnly(const QString &text, int maxLength)
{
    QString digits;
    const auto codePoints = text.toUcs4();
    for (const char32_t cp : codePoints) {
        if (maxLength >= 0 && digits.size() >= maxLength)
            break;
        // Any decimal digit: ASCII, full-width, Arabic-Indic, Extended Arabic-Indic, Devanagari…
        if (QChar::isDigit(cp))
            digits += QLatin1Char(char('0' + QChar::digitValue(cp)));
    }
    return digits;
}

bool isAcceptable(const QString &digits)
{
    if (digits.size() < MinLength || digits.size() > MaxLength)
        return false;
    return std::all_of(digits.begin(), digits.end(),
        [](QChar ch) { return ch >= QLatin1Char('0') && ch <= QLatin1Char('9'); });
}

} // namespace OtpCode
