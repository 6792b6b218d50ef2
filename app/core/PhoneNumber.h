#pragma once

#include "Error.h"

#include <QString>
#include <memory>

// A phone number as the person typed or pasted it, read with libphonenumber for a default region.
// Implementation detail: libphonenumber's metadata is loaded on first use (~7 ms, ~4 MB), never at
// start-up; every function here is safe to call from any thread.
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
    };

    // Parse `input` ("07123 456789", "+44 7123 456789", "0044 …", "(212) 555-0100") with
    // `defaultRegion` (ISO 3166 alpha-2, "GB") used when the input has no international prefix.
    static PhoneNumber parse(const QString &input, const QString &defaultRegion);

    bool isValid() const { return m_problem == Problem::None; }
    Problem problem() const { return m_problem; }
    // Translated reason when invalid ("This number is too short for the United Kingdom.").
    QString problemText() const;
    Error error() const; // Error::Kind::InvalidInput with problemText(); None when valid

    QString e164() const { return m_e164; } // "+447123456789"
    QString callingCode() const { return m_callingCode; } // "44" (digits only)
    QString region() const { return m_region; } // "GB" — the region the number belongs to
    QString international() const { return m_international; } // "+44 7123 456789"
    QString national() const { return m_national; } // "07123 456789"
    // "+44 •••• ••6789": everything but the calling code and the last four digits masked.
    QString masked() const;
    QString input() const { return m_input; }

    // Region implied by an international prefix in `input` ("+1 212…" → "US", "0049…" → "DE"),
    // or empty when the input has none. Used to switch the country picker on paste.
    static QString regionFromInput(const QString &input, const QString &defaultRegion);

private:
    QString m_input;
    QString m_e164;
    QString m_callingCode;
    QString m_region;
    QString m_international;
    QString m_national;
    Problem m_problem = Problem::Empty;
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
