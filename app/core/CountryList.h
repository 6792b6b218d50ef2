#pragma once

#include <QList>
#include <QLocale>
#include <QString>

struct Country
{
    QString region; // ISO 3166-1 alpha-2, "GB"
    QString name; // localized display name, "United Kingdom"
    QString callingCode; // digits, "44"
};

// Every region libphonenumber supports, with its name in `locale` and its calling code, sorted by
// name in that locale. Cheap to copy.
class CountryList
{
public:
    explicit CountryList(const QLocale &locale = QLocale());

    const QList<Country> &countries() const { return m_countries; }
    // Index of the region, -1 when unknown.
    int indexOf(const QString &region) const;
    Country country(const QString &region) const;

    // Countries matching a search text: a name word prefix ("united", "king"), an ISO code ("gb"),
    // or a calling code ("+44", "44"). Exact ISO/calling code matches first.
    QList<Country> search(const QString &text) const;
    static bool matches(const Country &country, const QString &text);

    // The region for this locale ("en_GB" → "GB"); "US" when the locale names no country.
    static QString regionForLocale(const QLocale &locale);

private:
    QList<Country> m_countries;
};
