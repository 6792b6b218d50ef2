#pragma once

#include <QList>
#include <QLocale>
#include <QProcessEnvironment>
#include <QString>

struct Country
{
    QString region; // ISO 3166-1 alpha-2, "GB"
    QString name; // in the list's language, "Vereinigtes Königreich" (see CountryList::regionName)
    QString callingCode; // digits, "44"
    QString englishName; // "United Kingdom" (CLDR): found by search in every language
    QString alias; // another English name people search for ("Ivory Coast"), or empty
};

// Every region libphonenumber supports, with its name in the language of `locale` (CLDR, through
// ICU) and its calling code, sorted by name with that language's collation (ICU's Collator:
// "Österreich" among the O's in German). Cheap to copy. Loads libphonenumber's metadata on first
// use.
class CountryList
{
public:
    explicit CountryList(const QLocale &locale = QLocale());

    const QList<Country> &countries() const { return m_countries; }
    // Index of the region, -1 when unknown.
    int indexOf(const QString &region) const;
    Country country(const QString &region) const;

    // Countries matching a search text: a word prefix of the name in the list's language or in
    // English ("vereinigtes", "king"), an ISO code ("gb"), or a calling code ("+44", "44"). Exact
    // ISO/calling code matches first (for a shared calling code the main country first: "1" →
    // United States), then names starting with the text, then names with a later word starting with
    // it; each group in list order. Case and accents are ignored
    // ("cote" finds "Côte d'Ivoire"). An empty text gives every country.
    QList<Country> search(const QString &text) const;
    static bool matches(const Country &country, const QString &text);

    // The region for this locale ("en_GB" → "GB"); "US" when the locale names no country.
    static QString regionForLocale(const QLocale &locale);
    // The default country for a number: the region of the person's locale settings (LC_ALL,
    // LC_TELEPHONE, LC_ADDRESS, LANG, in that order), not of the interface language; then the
    // system locale's; then "US". Reads no phone metadata (cheap at start-up): an unknown code is
    // caught where the country list is loaded.
    static QString systemRegion(
        const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());

    // Display name of a region in the language of `locale` ("GB" → "Vereinigtes Königreich" for
    // German, "المملكة المتحدة" for Arabic), from CLDR through ICU; by default in the interface
    // language (QLocale's default, which Translations sets). The ISO code itself when CLDR has no
    // name for it. (Qt 6.4's own territory names are English only.)
    static QString regionName(const QString &region, const QLocale &locale = QLocale());

private:
    QList<Country> m_countries;
};
