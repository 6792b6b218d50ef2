#include "CountryList.h"

#include "PhoneNumberEngine.h"

#include <QCollator>
#include <QRegularExpression>

#include <algorithm>

namespace {

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

enum Rank { Exact = 0, NameStart = 1, WordStart = 2, NoMatch = 3 };

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
    const QString name = fold(country.name);
    Rank best = NoMatch;
    for (qsizetype at = name.indexOf(q.folded); at >= 0; at = name.indexOf(q.folded, at + 1)) {
        if (at == 0)
            return NameStart;
        if (name.at(at - 1) == QLatin1Char(' '))
            best = WordStart;
    }
    return best;
}

} // namespace

CountryList::CountryList(const QLocale &locale)
{
    // Loads libphonenumber's metadata on the first call, never at start-up; thread-safe.
    const QList<PhoneNumberEngine::Region> regions = PhoneNumberEngine::instance().regions();
    m_countries.reserve(regions.size());
    for (const PhoneNumberEngine::Region &r : regions)
        m_countries.append({ r.code, regionName(r.code), QString::number(r.callingCode) });
    QCollator collator(locale);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::stable_sort(
        m_countries.begin(), m_countries.end(), [&collator](const Country &a, const Country &b) {
            const int order = collator.compare(a.name, b.name);
            return order != 0 ? order < 0 : a.region < b.region;
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

QString CountryList::regionName(const QString &region)
{
    const QLocale::Territory territory = QLocale::codeToTerritory(region);
    if (territory == QLocale::AnyTerritory)
        return region;
    const QString name = QLocale::territoryToString(territory);
    return name.isEmpty() ? region : name;
}
