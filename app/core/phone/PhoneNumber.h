#pragma once

#include "Error.h"

#include <QString>
#include <memory>

// A phone number as the person typed or pasted it, read with libphonenumber for a default region.
// libphonenumber (its plug-in and its metadata: ~7 ms, ~4 MB) is loaded on first use, never at
// start-up (PhoneNumberEngine); every function here is safe to call from any thread.
class PhoneNumber
{
public:
    enum class Problem {
        None,
        Empty,
        NotANumber, // letters, or nothing libphonenumber can read
        InvalidCountryCode, // "+999 …" or an unknown region
        TooShort,
        TooLong,
        InvalidForRegion, // right length, but no such number in that country
        Landline, // a valid fixed-line number: it cannot receive the code's text message
        NoTextMessages, // toll-free, premium rate, shared cost, pager, voicemail: no SMS either
        Unavailable, // libphonenumber's plug-in could not be loaded (PhoneNumberEngine::loadError)
    };

    // Parse `input` ("07123 456789", "+44 7123 456789", "0044 …", "(212) 555-0100") with
    // `defaultRegion` (ISO 3166 alpha-2, "GB") used when the input has no international prefix.
    static PhoneNumber parse(const QString &input, const QString &defaultRegion);

    // A number a code can be sent to (a landline is a real number, but not valid here).
    bool isValid() const { return m_problem == Problem::None; }
    Problem problem() const { return m_problem; }
    // Translated reason when invalid ("This number is too short for the United Kingdom.").
    QString problemText() const;
    // Error::Kind::InvalidInput with problemText() (Installation for Problem::Unavailable); None
    // when valid.
    Error error() const;

    QString e164() const { return m_e164; } // "+447123456789"
    // For an invalid number, callingCode() and region() are what the number was read for when that
    // is known (the default region, or the one its international prefix names), else empty.
    QString callingCode() const { return m_callingCode; } // "44" (digits only)
    // "GB" — the region the number belongs to; "001" for non-geographic numbers (+800, +882…).
    QString region() const { return m_region; }
    QString international() const { return m_international; } // "+44 7123 456789"
    QString national() const { return m_national; } // "07123 456789"
    // "+44 •••• ••6789": everything but the calling code and the last four digits masked, the
    // international grouping kept. At least two digits are always masked (a 4-digit number keeps
    // only its last two). Empty unless the number was read completely (valid, or a landline).
    QString masked() const;
    QString input() const { return m_input; }

    // Region implied by an international prefix in `input` ("+1 212…" → "US", "0049…" → "DE"),
    // or empty when the input has none. Used to switch the country picker on paste.
    // The international prefix is "+", the default region's own (011 in the US, 0011 in Australia),
    // or "00", which is read as one wherever no national number starts with it. For a shared
    // calling code (+1, +7, +44…) it is the number's own region when the number is complete and
    // valid, else the main country for the code ("+1 416 555 0199" → "CA", "+1 4" → "US").
    // Non-geographic codes (+800…) give an empty string: no country in the picker has them.
    static QString regionFromInput(const QString &input, const QString &defaultRegion);

private:
    QString m_input;
    QString m_e164;
    QString m_callingCode;
    QString m_region;
    QString m_international;
    QString m_national;
    Problem m_problem = Problem::Empty;
    bool m_internationalPrefix = false; // the input starts with + or 00
};

// libphonenumber's as-you-type formatter for one region.
class AsYouTypeFormatter
{
public:
    explicit AsYouTypeFormatter(const QString &region);
    ~AsYouTypeFormatter();
    AsYouTypeFormatter(const AsYouTypeFormatter &) = delete;
    AsYouTypeFormatter &operator=(const AsYouTypeFormatter &) = delete;

    // Formats the whole of `input` (digits and a leading '+' are kept, the rest ignored).
    QString format(const QString &input);

private:
    struct Private;
    std::unique_ptr<Private> d;
};
