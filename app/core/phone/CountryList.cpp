#include "CountryList.h"

#include "PhoneNumberEngine.h"

#include <QRegularExpression>

#include <unicode/coll.h>
#include <unicode/locdspnm.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <memory>

namespace {

// ICU's name of the language of `locale` ("de_DE", "pt_BR", "ar_EG"); English for the C locale.
icu::Locale icuLocale(const QLocale &locale)
{
    if (locale.language() == QLocale::C)
        return icu::Locale::getEnglish();
    return icu::Locale(locale.name().toLatin1().constData());
}

icu::UnicodeString icuString(const QString &text)
{
    // A read-only alias of the QString's UTF-16 buffer: no copy.
    return icu::UnicodeString(
        false, reinterpret_cast<const UChar *>(text.utf16()), int32_t(text.size()));
}

QString qtString(const icu::UnicodeString &text)
{
    return QString(reinterpret_cast<const QChar *>(text.getBuffer()), text.length());
}

// CLDR's names of regions in one language, read through ICU; one for a whole list, so that the
// language's data is opened once (a list, ~245 regions in two languages: 0.6 ms, against 1.2 ms
// with Locale::getDisplayCountry name by name; Qt's English-only names took 0.12 ms).
class RegionNames
{
public:
    explicit RegionNames(const icu::Locale &language)
        : m_names(icu::LocaleDisplayNames::createInstance(language, ULDN_STANDARD_NAMES))
    {
    }

    QString operator()(const QString &region) const
    {
        icu::UnicodeString name;
        if (m_names)
            m_names->regionDisplayName(region.toLatin1().constData(), name);
        const QString out = qtString(name);
        // ICU answers the code itself when CLDR has no name ("QQ").
        return out.isEmpty() ? region : out;
    }

private:
    std::unique_ptr<icu::LocaleDisplayNames> m_names;
};

// Lower case, accents and punctuation removed, words separated by one space:
// "Côte d’Ivoire" → "cote d ivoire".
QString fold(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    bool gap = false;
    for (const QChar ch : decomposed) {
        if (ch.category() == QChar::Mark_NonSpacing)
            continue;
        if (ch.isLetterOrNumber()) {
            if (gap && !out.isEmpty())
                out += QLatin1Char(' ');
            out += ch.toCaseFolded();
            gap = false;
        } else {
            gap = true;
        }
    }
    return out;
}

// "+44", "44", "+ 44", "＋４４" → "44"; a null string when the text is not a calling code.
QString callingCodeQuery(const QString &text)
{
    QString digits(QLatin1String("")); // empty but not null: "+" alone matches every code
    bool plus = false;
    const auto codePoints = text.toUcs4();
    for (const char32_t cp : codePoints) {
        if (QChar::isDigit(cp))
            digits += QLatin1Char(char('0' + QChar::digitValue(cp)));
        else if ((cp == U'+' || cp == U'\uFF0B') && digits.isEmpty() && !plus)
            plus = true;
        else if (!QChar::isSpace(cp))
            return {};
    }
    return plus || !digits.isEmpty() ? digits : QString();
}

struct Query
{
    QString text; // trimmed
    QString callingCode; // null unless the text is a calling code
    QString folded;
};

Query makeQuery(const QString &text)
{
    Query q;
    q.text = text.trimmed();
    q.callingCode = callingCodeQuery(q.text);
    if (q.callingCode.isNull())
        q.folded = fold(q.text);
    return q;
}

// Matches of the name in the list's language first; then those found only by the English name
// ("Germany" in a German list), in the same order; then by an alias ("Ivory Coast").
enum Rank {
    Exact = 0,
    NameStart,
    WordStart,
    EnglishNameStart,
    EnglishWordStart,
    AliasMatch,
    NoMatch
};

Rank rank(const Country &country, const Query &q)
{
    if (q.text.isEmpty())
        return NameStart;
    if (!q.callingCode.isNull()) {
        if (country.callingCode == q.callingCode)
            return Exact;
        return country.callingCode.startsWith(q.callingCode) ? NameStart : NoMatch;
    }
    if (country.region.compare(q.text, Qt::CaseInsensitive) == 0
        || (country.region == QLatin1String("GB")
            && q.text.compare(QLatin1String("UK"), Qt::CaseInsensitive) == 0)) {
        return Exact;
    }
    if (q.folded.isEmpty())
        return NoMatch;
    const auto wordStart = [&q](const QString &raw) {
        const QString name = fold(raw);
        Rank best = NoMatch;
        for (qsizetype at = name.indexOf(q.folded); at >= 0; at = name.indexOf(q.folded, at + 1)) {
            if (at == 0)
                return NameStart;
            if (name.at(at - 1) == QLatin1Char(' '))
                best = WordStart;
        }
        return best;
    };
    const Rank own = wordStart(country.name);
    if (own != NoMatch)
        return own;
    const Rank english
        = country.englishName == country.name ? NoMatch : wordStart(country.englishName);
    if (english != NoMatch)
        return english == NameStart ? EnglishNameStart : EnglishWordStart;
    return !country.alias.isEmpty() && wordStart(country.alias) != NoMatch ? AliasMatch : NoMatch;
}

} // namespace

CountryList::CountryList(const QLocale &locale)
{
    // Loads libphonenumber's metadata on the first call, never at start-up; thread-safe.
    const QList<PhoneNumberEngine::Region> regions = PhoneNumberEngine::instance().regions();
    m_countries.reserve(regions.size());
    const icu::Locale language = icuLocale(locale);
    const RegionNames names(language);
    const RegionNames englishNames(icu::Locale::getEnglish());
    for (const PhoneNumberEngine::Region &r : regions) {
        const QString english = englishNames(r.code);
        // Qt's own English name where it differs from CLDR's ("Ivory Coast" for "Côte d’Ivoire").
        QString alias = QLocale::territoryToString(QLocale::codeToTerritory(r.code));
        if (alias == english)
            alias.clear();
        m_countries.append(
            { r.code, names(r.code), QString::number(r.callingCode), english, alias });
    }
    UErrorCode status = U_ZERO_ERROR;
    const std::unique_ptr<icu::Collator> collator(icu::Collator::createInstance(language, status));
    if (U_FAILURE(status) || !collator) {
        std::stable_sort(m_countries.begin(), m_countries.end(),
            [](const Country &a, const Country &b) { return a.name < b.name; });
        return;
    }
    collator->setStrength(icu::Collator::SECONDARY); // case does not order, accents do
    std::stable_sort(
        m_countries.begin(), m_countries.end(), [&collator](const Country &a, const Country &b) {
            UErrorCode error = U_ZERO_ERROR;
            const UCollationResult order
                = collator->compare(icuString(a.name), icuString(b.name), error);
            return order != UCOL_EQUAL ? order == UCOL_LESS : a.region < b.region;
        });
}

int CountryList::indexOf(const QString &region) const
{
    for (qsizetype i = 0; i < m_countries.size(); ++i) {
        if (m_countries.at(i).region.compare(region, Qt::CaseInsensitive) == 0)
            return int(i);
    }
    return -1;
}

Country CountryList::country(const QString &region) const
{
    const int i = indexOf(region);
    return i < 0 ? Country {} : m_countries.at(i);
}

QList<Country> CountryList::search(const QString &text) const
{
    const Query q = makeQuery(text);
    if (q.text.isEmpty())
        return m_countries;

    QList<Country> groups[NoMatch];
    for (const Country &c : m_countries) {
        const Rank r = rank(c, q);
        if (r != NoMatch)
            groups[r].append(c);
    }
    if (!q.callingCode.isNull() && !groups[Exact].isEmpty()) {
        // A shared calling code: its main country first ("1" → United States).
        const QString mainRegion = PhoneNumberEngine::instance().mainRegion(q.callingCode.toInt());
        std::stable_partition(groups[Exact].begin(), groups[Exact].end(),
            [&mainRegion](const Country &c) { return c.region == mainRegion; });
    }
    QList<Country> result;
    for (const QList<Country> &group : groups)
        result += group;
    return result;
}

bool CountryList::matches(const Country &country, const QString &text)
{
    return rank(country, makeQuery(text)) != NoMatch;
}

QString CountryList::regionForLocale(const QLocale &locale)
{
    const QLocale::Territory territory = locale.territory();
    if (territory != QLocale::AnyTerritory) {
        const QString code = QLocale::territoryToCode(territory);
        if (PhoneNumberEngine::instance().callingCode(code) != 0)
            return code;
    }
    return QStringLiteral("US");
}

QString CountryList::systemRegion(const QProcessEnvironment &env)
{
    // The region of the locale the person set (en_GB.UTF-8 → GB), whatever language the window
    // speaks: LANGUAGE=fr with LANG=en_GB is a British number read in French (issue 23).
    static const QRegularExpression localeName(
        QStringLiteral("^[A-Za-z]{2,3}_([A-Za-z]{2})(?:[.@].*)?$"));
    for (const char *name : { "LC_ALL", "LC_TELEPHONE", "LC_ADDRESS", "LANG" }) {
        const QString value = env.value(QString::fromLatin1(name)).trimmed();
        if (value.isEmpty())
            continue;
        const auto match = localeName.match(value);
        if (match.hasMatch())
            return match.captured(1).toUpper();
        if (qstrcmp(name, "LC_ALL") == 0)
            break; // LC_ALL=C.UTF-8 overrides the others: no region from them
    }
    const QString system = QLocale::territoryToCode(QLocale::system().territory());
    return system.size() == 2 ? system : QStringLiteral("US");
}

QString CountryList::regionName(const QString &region, const QLocale &locale)
{
    static const QRegularExpression twoLetters(QStringLiteral("^[A-Za-z]{2}$"));
    if (!twoLetters.match(region).hasMatch())
        return region;
    return RegionNames(icuLocale(locale))(region.toUpper());
}
