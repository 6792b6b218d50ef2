// libphonenumber behind PhoneNumberEngine (app/core/PhoneNumberEngine.h): built as the plug-in
// libdirectus-login-phonenumber.so, or linked in with DL_PHONENUMBER_PLUGIN=OFF. Qt Core and
// libphonenumber only: of dlcore, just the inline parts of its headers.

#include "PhoneNumberEngine.h"

#include <QtGlobal>

#include <phonenumbers/asyoutypeformatter.h>
#include <phonenumbers/phonenumberutil.h>

#include <set>
#include <string>

namespace pn = i18n::phonenumbers;

namespace {

using Util = pn::PhoneNumberUtil;
using Problem = PhoneNumber::Problem;

// libphonenumber reads its metadata on the first call of GetInstance(), never before; the singleton
// is created under a lock, and its const methods are safe from any thread.
const Util &util()
{
    return *Util::GetInstance();
}

const char *const NoRegion = "ZZ"; // libphonenumber's "unknown region"
const char *const NonGeographicRegion = "001";

bool isPlus(char32_t c)
{
    return c == U'+' || c == U'\uFF0B'; // '+' and the full-width plus
}

// What people put between digits: spaces, dashes, brackets, dots, slashes, tildes.
bool isSeparator(char32_t c)
{
    if (QChar::isSpace(c))
        return true;
    switch (QChar::category(c)) {
    case QChar::Punctuation_Dash:
    case QChar::Punctuation_Open:
    case QChar::Punctuation_Close:
        return true;
    default:
        break;
    }
    switch (c) {
    case U'.':
    case U'/':
    case U'~':
    case U'\u2212': // minus sign
    case U'\uFF0E': // full-width full stop, solidus, tilde
    case U'\uFF0F':
    case U'\uFF5E':
        return true;
    default:
        return false;
    }
}

// The input made safe for libphonenumber: every decimal digit as ASCII, full-width plus as '+',
// invisible format characters (direction marks, zero-width spaces copied from web pages) removed.
struct Cleaned
{
    QString text; // what libphonenumber reads
    QString dial; // '+' when the number starts with one, then the ASCII digits
    bool readable = true; // false when it has letters or symbols other than separators
    bool empty = true; // nothing but spaces
};

Cleaned clean(const QString &input)
{
    Cleaned c;
    bool seenDigit = false;
    const auto codePoints = input.toUcs4();
    for (const char32_t cp : codePoints) {
        if (QChar::category(cp) == QChar::Other_Format)
            continue;
        if (QChar::isDigit(cp)) {
            const auto ascii = QLatin1Char(char('0' + QChar::digitValue(cp)));
            c.text += ascii;
            c.dial += ascii;
            seenDigit = true;
            c.empty = false;
        } else if (isPlus(cp)) {
            c.text += QLatin1Char('+');
            if (!seenDigit && c.dial.isEmpty())
                c.dial += QLatin1Char('+');
            c.empty = false;
        } else if (isSeparator(cp)) {
            c.text += QChar::isSpace(cp) ? QString(QLatin1Char(' ')) : QString::fromUcs4(&cp, 1);
            if (!QChar::isSpace(cp))
                c.empty = false;
        } else {
            c.readable = false;
            c.empty = false;
        }
    }
    return c;
}

int digitCount(const QString &dial)
{
    return int(dial.size()) - (dial.startsWith(QLatin1Char('+')) ? 1 : 0);
}

std::string regionCode(const QString &region)
{
    const QString r = region.trimmed().toUpper();
    return r.isEmpty() ? std::string(NoRegion) : r.toStdString();
}

struct Parsed
{
    Util::ErrorType error = Util::NOT_A_NUMBER;
    pn::PhoneNumber number;
    bool valid = false;
};

// E.164 allows 15 digits in all, calling code included. libphonenumber's metadata accepts a few
// longer numbers (German fixed lines with up to 15 national digits: "+49 340 21512015123"), which
// no SMS provider or Directus flow takes.
constexpr std::size_t MaxE164Digits = 15;

bool fitsE164(const pn::PhoneNumber &number)
{
    std::string national;
    util().GetNationalSignificantNumber(number, &national);
    return std::to_string(number.country_code()).size() + national.size() <= MaxE164Digits;
}

Parsed read(const std::string &text, const std::string &region)
{
    Parsed r;
    r.error = util().ParseAndKeepRawInput(text, region, &r.number);
    r.valid = r.error == Util::NO_PARSING_ERROR && !r.number.has_extension()
        && util().IsValidNumber(r.number) && fitsE164(r.number);
    return r;
}

// Reads the number as libphonenumber does with the region, and when that gives no valid number
// reads a leading "00" as the international prefix: "0044 7123 456789" is meant as +44 wherever it
// is typed (in the US the prefix is 011 and no national number starts with 0; in Brazil "00" is
// followed by a carrier code, so libphonenumber reads "0055 11…" as carrier 55, country 1).
Parsed readWithFallback(const Cleaned &c, const std::string &region)
{
    Parsed first = read(c.text.toStdString(), region);
    if (first.valid || !c.dial.startsWith(QLatin1String("00")))
        return first;
    Parsed second = read("+" + c.dial.mid(2).toStdString(), region);
    const bool regionReadIdd = first.error == Util::NO_PARSING_ERROR
        && first.number.country_code_source() == pn::PhoneNumber::FROM_NUMBER_WITH_IDD;
    // Without a valid reading either way, explain the international reading, unless the region
    // itself took 00 as its international prefix.
    return second.valid || !regionReadIdd ? second : first;
}

// The main region for a calling code ("1" → "US"), empty when there is none.
QString mainRegion(int callingCode)
{
    std::string region;
    util().GetRegionCodeForCountryCode(callingCode, &region);
    return region == NoRegion ? QString() : QString::fromStdString(region);
}

// Country calling code at the start of `digits` (codes are prefix-free, 1 to 3 digits); 0 if none.
int leadingCallingCode(const QString &digits)
{
    for (int length = 1; length <= 3 && length <= digits.size(); ++length) {
        const int code = digits.left(length).toInt();
        if (!mainRegion(code).isEmpty())
            return code;
    }
    return 0;
}

// For a number of a possible length that is still not valid: whether a few more digits would make
// it valid ("07123 4567" in GB: a mobile number one digit short), or fewer would.
Problem lengthProblem(const Cleaned &cleaned, const std::string &region)
{
    const auto validAs = [&region](const QString &dial) {
        Cleaned changed;
        changed.text = dial;
        changed.dial = dial;
        return readWithFallback(changed, region).valid;
    };
    bool longerIsValid = false;
    for (int extra = 1; extra <= 3 && !longerIsValid; ++extra) {
        for (const char digit : { '0', '5', '9' }) {
            if (validAs(cleaned.dial + QString(extra, QLatin1Char(digit)))) {
                longerIsValid = true;
                break;
            }
        }
    }
    bool shorterIsValid = false;
    for (int fewer = 1; fewer <= 3 && fewer < digitCount(cleaned.dial) && !shorterIsValid; ++fewer)
        shorterIsValid = validAs(cleaned.dial.chopped(fewer));

    if (longerIsValid && !shorterIsValid)
        return Problem::TooShort;
    if (shorterIsValid && !longerIsValid)
        return Problem::TooLong;
    return Problem::InvalidForRegion;
}

} // namespace

namespace {

class LibPhoneNumberFormatter : public PhoneNumberEngine::Formatter
{
public:
    explicit LibPhoneNumberFormatter(const QString &region)
        : m_region(regionCode(region))
    {
    }

    QString format(const QString &input) override
    {
        if (!m_formatter)
            m_formatter.reset(util().GetAsYouTypeFormatter(m_region));
        m_formatter->Clear();
        std::string result;
        QString fed; // the '+' and the digits handed to libphonenumber
        const auto codePoints = input.toUcs4();
        for (const char32_t cp : codePoints) {
            if (QChar::isDigit(cp)) {
                const char digit = static_cast<char>('0' + QChar::digitValue(cp));
                m_formatter->InputDigit(digit, &result);
                fed += QLatin1Char(digit);
            } else if (isPlus(cp) && fed.isEmpty()) {
                m_formatter->InputDigit('+', &result);
                fed += QLatin1Char('+');
            }
        }
        if (fed.isEmpty())
            return {};
        // libphonenumber's formatter loses digits of a very long input (27 digits for BR come out
        // as 24): never show fewer digits than were typed; unformatted beats wrong.
        const QString formatted = QString::fromStdString(result);
        QString shown;
        for (const QChar ch : formatted) {
            if (ch.isDigit() || ch == QLatin1Char('+'))
                shown += ch;
        }
        return shown == fed ? formatted : fed;
    }

private:
    std::string m_region;
    std::unique_ptr<pn::AsYouTypeFormatter> m_formatter; // made on first use
};

class LibPhoneNumberEngine : public PhoneNumberEngine
{
public:
    Reading parse(const QString &input, const QString &defaultRegion) const override
    {
        Reading result;

        const Cleaned cleaned = clean(input);
        if (cleaned.empty) {
            result.problem = Problem::Empty;
            return result;
        }
        result.internationalPrefix = cleaned.dial.startsWith(QLatin1Char('+'))
            || cleaned.dial.startsWith(QLatin1String("00"));
        if (!cleaned.readable) {
            result.problem = Problem::NotANumber;
            return result;
        }

        const std::string region = regionCode(defaultRegion);
        const Parsed reading = readWithFallback(cleaned, region);

        if (reading.error != Util::NO_PARSING_ERROR) {
            switch (reading.error) {
            case Util::INVALID_COUNTRY_CODE_ERROR:
                result.problem = Problem::InvalidCountryCode;
                break;
            case Util::NOT_A_NUMBER:
                // "+4", "1": too few digits to read, but digits all the same.
                result.problem
                    = digitCount(cleaned.dial) > 0 ? Problem::TooShort : Problem::NotANumber;
                break;
            case Util::TOO_LONG_NSN:
                result.problem = Problem::TooLong;
                break;
            case Util::TOO_SHORT_AFTER_IDD:
            case Util::TOO_SHORT_NSN:
            default:
                result.problem = Problem::TooShort;
                break;
            }
            if (result.problem == Problem::TooShort || result.problem == Problem::TooLong) {
                QString r = regionFromInput(input, defaultRegion);
                if (r.isEmpty() && !result.internationalPrefix
                    && util().GetCountryCodeForRegion(region) != 0) {
                    r = QString::fromStdString(region);
                }
                if (!r.isEmpty()) {
                    result.region = r;
                    result.callingCode
                        = QString::number(util().GetCountryCodeForRegion(r.toStdString()));
                }
            }
            return result;
        }

        const pn::PhoneNumber &number = reading.number;
        const int callingCode = number.country_code();
        result.callingCode = QString::number(callingCode);
        std::string numberRegion;
        util().GetRegionCodeForNumber(number, &numberRegion);
        if (numberRegion == NoRegion) {
            // Invalid, with a shared calling code: the selected country when it has that code.
            numberRegion = util().GetCountryCodeForRegion(region) == callingCode
                ? region
                : mainRegion(callingCode).toStdString();
        }
        result.region = numberRegion == NoRegion ? QString() : QString::fromStdString(numberRegion);

        switch (util().IsPossibleNumberWithReason(number)) {
        case Util::IS_POSSIBLE:
            result.problem = reading.valid ? Problem::None : lengthProblem(cleaned, region);
            break;
        case Util::IS_POSSIBLE_LOCAL_ONLY: // dialable only inside its area: the area code is
                                           // missing
        case Util::TOO_SHORT:
            result.problem = Problem::TooShort;
            break;
        case Util::TOO_LONG:
            result.problem = Problem::TooLong;
            break;
        case Util::INVALID_COUNTRY_CODE:
            result.problem = Problem::InvalidCountryCode;
            break;
        case Util::INVALID_LENGTH:
        default:
            result.problem = lengthProblem(cleaned, region);
            break;
        }
        if (result.problem != Problem::None)
            return result;

        std::string formatted;
        util().Format(number, Util::E164, &formatted);
        result.e164 = QString::fromStdString(formatted);
        util().Format(number, Util::INTERNATIONAL, &formatted);
        result.international = QString::fromStdString(formatted);
        util().Format(number, Util::NATIONAL, &formatted);
        result.national = QString::fromStdString(formatted);
        // The national form must read back as this number in its own region. libphonenumber 8.12
        // formats Gabon's old-plan numbers (+241 5 56 01 99) as "05 56 01 99", which reads as
        // +241 05 56 01 99, another number (tests/fuzz/FINDINGS.md, F8): the international form
        // stands in for such a national one.
        const Parsed back = read(formatted, numberRegion);
        std::string backE164;
        if (back.valid)
            util().Format(back.number, Util::E164, &backE164);
        if (backE164 != result.e164.toStdString())
            result.national = result.international;
        // Codes go by text message: a number that cannot receive one is refused before anything
        // is sent. Mobile, "fixed line or mobile" (the US, Canada…), VoIP, personal and unknown
        // types pass; libphonenumber cannot tell those apart from a mobile.
        switch (util().GetNumberType(number)) {
        case Util::FIXED_LINE:
            result.problem = Problem::Landline;
            break;
        case Util::TOLL_FREE:
        case Util::PREMIUM_RATE:
        case Util::SHARED_COST:
        case Util::UAN:
        case Util::VOICEMAIL:
        case Util::PAGER:
            result.problem = Problem::NoTextMessages;
            break;
        default:
            break;
        }
        return result;
    }

    QString regionFromInput(const QString &input, const QString &defaultRegion) const override
    {
        const Cleaned cleaned = clean(input);
        if (!cleaned.readable || cleaned.dial.isEmpty())
            return {};
        const std::string region = regionCode(defaultRegion);

        int callingCode = 0;
        QString regionOfNumber;
        const Parsed reading = readWithFallback(cleaned, region);
        if (reading.error == Util::NO_PARSING_ERROR) {
            const auto source = reading.number.country_code_source();
            if (source == pn::PhoneNumber::FROM_NUMBER_WITH_PLUS_SIGN
                || source == pn::PhoneNumber::FROM_NUMBER_WITH_IDD) {
                callingCode = reading.number.country_code();
                if (reading.valid) {
                    std::string r;
                    util().GetRegionCodeForNumber(reading.number, &r);
                    if (r != NoRegion)
                        regionOfNumber = QString::fromStdString(r);
                }
            }
        }
        if (callingCode == 0) {
            // Too short to read yet ("+4", "0049"): take the calling code the digits start with.
            if (cleaned.dial.startsWith(QLatin1Char('+')))
                callingCode = leadingCallingCode(cleaned.dial.mid(1));
            else if (cleaned.dial.startsWith(QLatin1String("00")))
                callingCode = leadingCallingCode(cleaned.dial.mid(2));
        }
        if (callingCode == 0)
            return {};
        const QString main = mainRegion(callingCode);
        if (main == QLatin1String(NonGeographicRegion))
            return {};
        return regionOfNumber.isEmpty() ? main : regionOfNumber;
    }

    std::unique_ptr<Formatter> formatter(const QString &region) const override
    {
        return std::make_unique<LibPhoneNumberFormatter>(region);
    }

    QList<Region> regions() const override
    {
        std::set<std::string> codes;
        util().GetSupportedRegions(&codes);
        QList<Region> result;
        result.reserve(qsizetype(codes.size()));
        for (const std::string &code : codes)
            result.append({ QString::fromStdString(code), util().GetCountryCodeForRegion(code) });
        return result;
    }

    int callingCode(const QString &region) const override
    {
        return util().GetCountryCodeForRegion(regionCode(region));
    }

    QString mainRegion(int code) const override { return ::mainRegion(code); }
};

} // namespace

#ifdef DL_PHONENUMBER_BUILTIN
PhoneNumberEngine *dlBuiltinPhoneNumberEngine()
#else
extern "C" Q_DECL_EXPORT PhoneNumberEngine *dl_phonenumber_engine()
#endif
{
    return new LibPhoneNumberEngine;
}
