#pragma once

#include <QString>

// The one-time code as typed or pasted: "Your code is 123-456", "１２３４５６" (full-width),
// "١٢٣٤٥٦" (Arabic-Indic), "۱۲۳۴۵۶" (Extended Arabic-Indic), spaces, dashes.
namespace OtpCode {
// Only the digits, as ASCII 0-9, in order; at most `maxLength` of them (the first ones); a negative
// `maxLength` keeps them all. Any Unicode decimal digit counts (QChar::isDigit).
QString digitsOnly(const QString &text, int maxLength = 8);
// A code is acceptable when it has 4 to 8 ASCII digits.
bool isAcceptable(const QString &digits);
constexpr int MinLength = 4;
constexpr int MaxLength = 8;
} // namespace OtpCode
