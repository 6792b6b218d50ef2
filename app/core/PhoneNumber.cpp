#include "PhoneNumber.h"

#include "CountryList.h"

#include <QCoreApplication>

#include <phonenumbers/asyoutypeformatter.h>
#include <phonenumbers/phonenumberutil.h>

#include <string>

namespace pn = i18n::phonenumbers;

namespace {

using Util = pn::PhoneNumberUtil;

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

struct Reading
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

Reading read(const std::string &text, const std::string &region)
{
    Reading r;
    r.error = util().ParseAndKeepRawInput(text, region, &r.number);
    r.valid = r.error == Util::NO_PARSING_ERROR && !r.number.has_extension()
        && util().IsValidNumber(r.number) && fitsE164(r.number);
    return r;
}

// Reads the number as libphonenumber does with the region, and when that gives no valid number
// reads a leading "00" as the international prefix: "0044 7123 456789" is meant as +44 wherever it
// is typed (in the US the prefix is 011 and no national number starts with 0; in Brazil "00" is
// followed by a carrier code, so libphonenumber reads "0055 11…" as carrier 55, country 1).
Reading readWithFallback(const Cleaned &c, const std::string &region)
{
    Reading first = read(c.text.toStdString(), region);
    if (first.valid || !c.dial.startsWith(QLatin1String("00")))
        return first;
    Reading second = read("+" + c.dial.mid(2).toStdString(), region);
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
PhoneNumber::Problem lengthProblem(const Cleaned &cleaned, const std::string &region)
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
        return PhoneNumber::Problem::TooShort;
    if (shorterIsValid && !longerIsValid)
        return PhoneNumber::Problem::TooLong;
    return PhoneNumber::Problem::InvalidForRegion;
}

} // namespace

PhoneNumber PhoneNumber::parse(const QString &input, const QString &defaultRegion)
{
    PhoneNumber result;
    result.m_input = input;

    const Cleaned cleaned = clean(input);
    if (cleaned.empty) {
        result.m_problem = Problem::Empty;
        return result;
    }
    if (!cleaned.readable) {
        result.m_problem = Problem::NotANumber;
        return result;
    }

    const std::string region = regionCode(defaultRegion);
    const Reading reading = readWithFallback(cleaned, region);

    if (reading.error != Util::NO_PARSING_ERROR) {
        switch (reading.error) {
        case Util::INVALID_COUNTRY_CODE_ERROR:
            result.m_problem = Problem::InvalidCountryCode;
            break;
        case Util::NOT_A_NUMBER:
            // "+4", "1": too few digits to read, but digits all the same.
            result.m_problem
                = digitCount(cleaned.dial) > 0 ? Problem::TooShort : Problem::NotANumber;
            break;
        case Util::TOO_LONG_NSN:
            result.m_problem = Problem::TooLong;
            break;
        case Util::TOO_SHORT_AFTER_IDD:
        case Util::TOO_SHORT_NSN:
        default:
            result.m_problem = Problem::TooShort;
            break;
        }
        if (result.m_problem == Problem::TooShort || result.m_problem == Problem::TooLong) {
            const bool international = cleaned.dial.startsWith(QLatin1Char('+'))
                || cleaned.dial.startsWith(QLatin1String("00"));
            QString r = regionFromInput(input, defaultRegion);
            if (r.isEmpty() && !international && util().GetCountryCodeForRegion(region) != 0) {
                r = QString::fromStdString(region);
            }
            if (!r.isEmpty()) {
                result.m_region = r;
                result.m_callingCode
                    = QString::number(util().GetCountryCodeForRegion(r.toStdString()));
            }
        }
        return result;
    }

    const pn::PhoneNumber &number = reading.number;
    const int callingCode = number.country_code();
    result.m_callingCode = QString::number(callingCode);
    std::string numberRegion;
    util().GetRegionCodeForNumber(number, &numberRegion);
    if (numberRegion == NoRegion) {
        // Invalid, with a shared calling code: the selected country when it has that code.
        numberRegion = util().GetCountryCodeForRegion(region) == callingCode
            ? region
            : mainRegion(callingCode).toStdString();
    }
    result.m_region = numberRegion == NoRegion ? QString() : QString::fromStdString(numberRegion);

    switch (util().IsPossibleNumberWithReason(number)) {
    case Util::IS_POSSIBLE:
        result.m_problem = reading.valid ? Problem::None : lengthProblem(cleaned, region);
        break;
    case Util::IS_POSSIBLE_LOCAL_ONLY: // dialable only inside its area: the area code is missing
    case Util::TOO_SHORT:
        result.m_problem = Problem::TooShort;
        break;
    case Util::TOO_LONG:
        result.m_problem = Problem::TooLong;
        break;
    case Util::INVALID_COUNTRY_CODE:
        result.m_problem = Problem::InvalidCountryCode;
        break;
    case Util::INVALID_LENGTH:
    default:
        result.m_problem = lengthProblem(cleaned, region);
        break;
    }
    if (result.m_problem != Problem::None)
        return result;

    std::string formatted;
    util().Format(number, Util::E164, &formatted);
    result.m_e164 = QString::fromStdString(formatted);
    util().Format(number, Util::INTERNATIONAL, &formatted);
    result.m_international = QString::fromStdString(formatted);
    util().Format(number, Util::NATIONAL, &formatted);
    result.m_national = QString::fromStdString(formatted);
    return result;
}

QString PhoneNumber::problemText() const
{
    // The country, when the number was read for one that has a name (not +800 and the like).
    const QString country = m_region.isEmpty() || m_region == QLatin1String(NonGeographicRegion)
        ? QString()
        : CountryList::regionName(m_region);
    const QString code = m_callingCode;
    const bool named = !country.isEmpty() && !code.isEmpty();

    switch (m_problem) {
    case Problem::None:
        return {};
    case Problem::Empty:
        //: Under the phone number field when it is empty.
        return QCoreApplication::translate("PhoneNumber", "Enter your phone number.");
    case Problem::NotANumber:
        //: The phone number field has letters or symbols in it.
        return QCoreApplication::translate("PhoneNumber",
            "This doesn't look like a phone number. Enter digits "
            "only, with + before a country code.");
    case Problem::InvalidCountryCode: {
        const Cleaned cleaned = clean(m_input);
        if (cleaned.dial.startsWith(QLatin1Char('+'))
            || cleaned.dial.startsWith(QLatin1String("00"))) {
            //: The number starts with + (or 00) and a calling code that no country has.
            return QCoreApplication::translate("PhoneNumber",
                "No country has the country code in this number. "
                "Check the digits after + or 00, or choose the "
                "country and enter the number without its code.");
        }
        //: No country is selected and the number has no country code.
        return QCoreApplication::translate("PhoneNumber",
            "Choose a country, or enter the number with its "
            "country code, starting with +.");
    }
    case Problem::TooShort:
        if (named) {
            //: %1 is a country name ("United Kingdom"), %2 its calling code in digits ("44").
            return QCoreApplication::translate("PhoneNumber",
                "This number is too short (%1, +%2). Check that "
                "you entered every digit, with the area code.")
                .arg(country, code);
        }
        return QCoreApplication::translate("PhoneNumber",
            "This number is too short. Check that you entered "
            "every digit, with the country and area code.");
    case Problem::TooLong:
        if (named) {
            //: %1 is a country name ("United Kingdom"), %2 its calling code in digits ("44").
            return QCoreApplication::translate("PhoneNumber",
                "This number is too long (%1, +%2). Check for "
                "extra digits, or choose the country it belongs to.")
                .arg(country, code);
        }
        return QCoreApplication::translate(
            "PhoneNumber", "This number is too long. Check for extra digits.");
    case Problem::InvalidForRegion:
        if (named) {
            //: The number has the right length but no such number exists in the country.
            //: %1 is a country name ("United Kingdom"), %2 its calling code in digits ("44").
            return QCoreApplication::translate("PhoneNumber",
                "This isn't a valid phone number (%1, +%2). Check "
                "the number, or choose the country it belongs to.")
                .arg(country, code);
        }
        //: The number has the right length but no such number exists.
        return QCoreApplication::translate("PhoneNumber",
            "This isn't a valid phone number. Check the number and "
            "its country code.");
    }
    return {};
}

Error PhoneNumber::error() const
{
    if (isValid())
        return {};
    const char *reason = "invalid";
    switch (m_problem) {
    case Problem::None:
        break;
    case Problem::Empty:
        reason = "empty";
        break;
    case Problem::NotANumber:
        reason = "not-a-number";
        break;
    case Problem::InvalidCountryCode:
        reason = "invalid-country-code";
        break;
    case Problem::TooShort:
        reason = "too-short";
        break;
    case Problem::TooLong:
        reason = "too-long";
        break;
    case Problem::InvalidForRegion:
        reason = "invalid-for-region";
        break;
    }
    // The detail names the reason and region, never the number itself.
    QString detail = QStringLiteral("phone number: %1").arg(QLatin1String(reason));
    if (!m_region.isEmpty())
        detail += QStringLiteral(" (region %1)").arg(m_region);
    return Error(Error::Kind::InvalidInput, problemText(), detail);
}

QString PhoneNumber::masked() const
{
    if (!isValid())
        return {};
    const QString prefix = QLatin1Char('+') + m_callingCode;
    if (!m_international.startsWith(prefix))
        return {};
    QString rest = m_international.mid(prefix.size());
    int digits = 0;
    for (const QChar ch : qAsConst(rest))
        digits += ch.isDigit() ? 1 : 0;
    // The last four stay visible, but never so many that fewer than two are hidden.
    const int shown = qBound(0, digits - 2, 4);
    const int hidden = digits - shown;
    int seen = 0;
    for (QChar &ch : rest) {
        if (ch.isDigit() && seen++ < hidden)
            ch = QChar(0x2022); // •
    }
    return prefix + rest;
}

QString PhoneNumber::regionFromInput(const QString &input, const QString &defaultRegion)
{
    const Cleaned cleaned = clean(input);
    if (!cleaned.readable || cleaned.dial.isEmpty())
        return {};
    const std::string region = regionCode(defaultRegion);

    int callingCode = 0;
    QString regionOfNumber;
    const Reading reading = readWithFallback(cleaned, region);
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

struct AsYouTypeFormatter::Private
{
    std::string region;
    std::unique_ptr<pn::AsYouTypeFormatter> formatter; // made on first use: loads the metadata
};

AsYouTypeFormatter::AsYouTypeFormatter(const QString &region)
    : d(std::make_unique<Private>())
{
    d->region = regionCode(region);
}

AsYouTypeFormatter::~AsYouTypeFormatter() = default;

QString AsYouTypeFormatter::format(const QString &input)
{
    if (!d->formatter)
        d->formatter.reset(util().GetAsYouTypeFormatter(d->region));
    d->formatter->Clear();
    std::string result;
    QString fed; // the '+' and the digits handed to libphonenumber
    const auto codePoints = input.toUcs4();
    for (const char32_t cp : codePoints) {
        if (QChar::isDigit(cp)) {
            const char digit = static_cast<char>('0' + QChar::digitValue(cp));
            d->formatter->InputDigit(digit, &result);
            fed += QLatin1Char(digit);
        } else if (isPlus(cp) && fed.isEmpty()) {
            d->formatter->InputDigit('+', &result);
            fed += QLatin1Char('+');
        }
    }
    if (fed.isEmpty())
        return {};
    // libphonenumber's formatter loses digits of a very long input (27 digits for BR come out as
    // 24): never show fewer digits than were typed; unformatted beats wrong.
    const QString formatted = QString::fromStdString(result);
    QString shown;
    for (const QChar ch : formatted) {
        if (ch.isDigit() || ch == QLatin1Char('+'))
            shown += ch;
    }
    return shown == fed ? formatted : fed;
}
