#include "PhoneNumber.h"

#include "Bidi.h"
#include "CountryList.h"
#include "PhoneNumberEngine.h"

#include <QCoreApplication>

namespace {
const char *const NonGeographicRegion = "001";
} // namespace

PhoneNumber PhoneNumber::parse(const QString &input, const QString &defaultRegion)
{
    PhoneNumber result;
    result.m_input = input;
    if (input.trimmed().isEmpty())
        return result; // Problem::Empty, without loading libphonenumber (an empty form at start)
    const PhoneNumberEngine::Reading reading
        = PhoneNumberEngine::instance().parse(input, defaultRegion);
    result.m_problem = reading.problem;
    result.m_e164 = reading.e164;
    result.m_callingCode = reading.callingCode;
    result.m_region = reading.region;
    result.m_international = reading.international;
    result.m_national = reading.national;
    result.m_internationalPrefix = reading.internationalPrefix;
    return result;
}

QString PhoneNumber::problemText() const
{
    // The country, when the number was read for one that has a name (not +800 and the like).
    const QString country = m_region.isEmpty() || m_region == QLatin1String(NonGeographicRegion)
        ? QString()
        : CountryList::regionName(m_region);
    // "+44" as one left-to-right run, also inside an Arabic sentence.
    const QString code = m_callingCode.isEmpty() ? QString() : Bidi::number(u'+' + m_callingCode);
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
        if (m_internationalPrefix) {
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
            //: %1 is a country name ("United Kingdom"), %2 its calling code with its + ("+44").
            return QCoreApplication::translate("PhoneNumber",
                "This number is too short (%1, %2). Check that "
                "you entered every digit, with the area code.")
                .arg(country, code);
        }
        return QCoreApplication::translate("PhoneNumber",
            "This number is too short. Check that you entered "
            "every digit, with the country and area code.");
    case Problem::TooLong:
        if (named) {
            //: %1 is a country name ("United Kingdom"), %2 its calling code with its + ("+44").
            return QCoreApplication::translate("PhoneNumber",
                "This number is too long (%1, %2). Check for "
                "extra digits, or choose the country it belongs to.")
                .arg(country, code);
        }
        return QCoreApplication::translate(
            "PhoneNumber", "This number is too long. Check for extra digits.");
    case Problem::InvalidForRegion:
        if (named) {
            //: The number has the right length but no such number exists in the country.
            //: %1 is a country name ("United Kingdom"), %2 its calling code with its + ("+44").
            return QCoreApplication::translate("PhoneNumber",
                "This isn't a valid phone number (%1, %2). Check "
                "the number, or choose the country it belongs to.")
                .arg(country, code);
        }
        //: The number has the right length but no such number exists.
        return QCoreApplication::translate("PhoneNumber",
            "This isn't a valid phone number. Check the number and "
            "its country code.");
    case Problem::Landline:
        //: The number is a real fixed-line (landline) number; codes only go to mobiles.
        return QCoreApplication::translate("PhoneNumber",
            "This looks like a landline: codes are sent by text message. Enter a mobile number.");
    case Problem::NoTextMessages:
        //: A toll-free, premium-rate, shared-cost, pager or voicemail number.
        return QCoreApplication::translate("PhoneNumber",
            "This number cannot receive text messages (a toll-free, premium-rate or service "
            "number). Enter a mobile number.");
    case Problem::Unavailable:
        //: The part of the program that reads phone numbers (a plug-in file) could not be loaded.
        return QCoreApplication::translate("PhoneNumber",
            "Phone numbers can't be read: a part of Directus Login is missing or damaged. "
            "Reinstall Directus Login.");
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
    case Problem::Landline:
        reason = "landline";
        break;
    case Problem::NoTextMessages:
        reason = "cannot-receive-sms";
        break;
    case Problem::Unavailable:
        return Error(Error::Kind::Installation, problemText(), PhoneNumberEngine::loadError());
    }
    // The detail names the reason and region, never the number itself.
    QString detail = QStringLiteral("phone number: %1").arg(QLatin1String(reason));
    if (!m_region.isEmpty())
        detail += QStringLiteral(" (region %1)").arg(m_region);
    return Error(Error::Kind::InvalidInput, problemText(), detail);
}

QString PhoneNumber::masked() const
{
    if (m_e164.isEmpty()) // read completely (a valid number, or a landline)
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
    return PhoneNumberEngine::instance().regionFromInput(input, defaultRegion);
}

struct AsYouTypeFormatter::Private
{
    QString region;
    std::unique_ptr<PhoneNumberEngine::Formatter> formatter; // made on first use: loads the engine
};

AsYouTypeFormatter::AsYouTypeFormatter(const QString &region)
    : d(std::make_unique<Private>())
{
    d->region = region;
}

AsYouTypeFormatter::~AsYouTypeFormatter() = default;

QString AsYouTypeFormatter::format(const QString &input)
{
    if (!d->formatter)
        d->formatter = PhoneNumberEngine::instance().formatter(d->region);
    return d->formatter->format(input);
}
