#include "CountryList.h"

#include <QCollator>
#include <QSet>
#include <QTest>

class TestCountryList : public QObject
{
    Q_OBJECT

private slots:
    void systemRegionComesFromTheLocaleSettings_data();
    void systemRegionComesFromTheLocaleSettings();
    void initTestCase();
    void everyRegionHasNameAndCallingCode();
    void knownCountries_data();
    void knownCountries();
    void sortedByName();
    void indexOf();
    void search_data();
    void search();
    void searchWordPrefixOnly();
    void searchIgnoresCaseAndAccents();
    void searchEmptyGivesEverything();
    void searchNothing();
    void matches_data();
    void matches();
    void regionForLocale_data();
    void regionForLocale();
    void regionName();
    void namesInThePersonsLanguage_data();
    void namesInThePersonsLanguage();
    void everyLanguageFindsTheEnglishName_data();
    void everyLanguageFindsTheEnglishName();
    void germanFindsDeutschland();
    void germanSortsUmlautsWithTheirLetter();

private:
    static QStringList regions(const QList<Country> &countries);
    CountryList m_list { QLocale(QLocale::English) };
};

QStringList TestCountryList::regions(const QList<Country> &countries)
{
    QStringList out;
    for (const Country &c : countries)
        out << c.region;
    return out;
}

void TestCountryList::initTestCase()
{
    // libphonenumber 8.12 supports about 245 regions.
    QVERIFY(m_list.countries().size() > 200);
}

void TestCountryList::everyRegionHasNameAndCallingCode()
{
    QSet<QString> seen;
    for (const Country &c : m_list.countries()) {
        QCOMPARE(c.region.size(), 2);
        QVERIFY2(!c.name.isEmpty(), qPrintable(c.region));
        QVERIFY2(!c.callingCode.isEmpty(), qPrintable(c.region));
        bool ok = false;
        QVERIFY2(c.callingCode.toInt(&ok) > 0 && ok, qPrintable(c.region));
        QVERIFY2(!seen.contains(c.region), qPrintable(c.region));
        seen.insert(c.region);
    }
    // libphonenumber's pseudo-region for non-geographic numbers is no country.
    QVERIFY(!seen.contains(QStringLiteral("001")));
}

void TestCountryList::knownCountries_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("callingCode");

    QTest::newRow("GB") << QStringLiteral("GB") << QStringLiteral("United Kingdom")
                        << QStringLiteral("44");
    QTest::newRow("US") << QStringLiteral("US") << QStringLiteral("United States")
                        << QStringLiteral("1");
    QTest::newRow("CA") << QStringLiteral("CA") << QStringLiteral("Canada") << QStringLiteral("1");
    QTest::newRow("DE") << QStringLiteral("DE") << QStringLiteral("Germany")
                        << QStringLiteral("49");
    QTest::newRow("IT") << QStringLiteral("IT") << QStringLiteral("Italy") << QStringLiteral("39");
    QTest::newRow("JP") << QStringLiteral("JP") << QStringLiteral("Japan") << QStringLiteral("81");
    QTest::newRow("IN") << QStringLiteral("IN") << QStringLiteral("India") << QStringLiteral("91");
    QTest::newRow("AE") << QStringLiteral("AE") << QStringLiteral("United Arab Emirates")
                        << QStringLiteral("971");
    QTest::newRow("JE shares +44")
        << QStringLiteral("JE") << QStringLiteral("Jersey") << QStringLiteral("44");
    QTest::newRow("AX") << QStringLiteral("AX") << QStringLiteral("Åland Islands")
                        << QStringLiteral("358");
    QTest::newRow("XK") << QStringLiteral("XK") << QStringLiteral("Kosovo")
                        << QStringLiteral("383");
    QTest::newRow("AC") << QStringLiteral("AC") << QStringLiteral("Ascension Island")
                        << QStringLiteral("247");
}

void TestCountryList::knownCountries()
{
    QFETCH(QString, region);
    QFETCH(QString, name);
    QFETCH(QString, callingCode);

    QVERIFY(m_list.indexOf(region) >= 0);
    const Country c = m_list.country(region);
    QCOMPARE(c.region, region);
    QCOMPARE(c.name, name);
    QCOMPARE(c.callingCode, callingCode);
}

void TestCountryList::sortedByName()
{
    QCollator collator { QLocale(QLocale::English) };
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    const QList<Country> &all = m_list.countries();
    for (qsizetype i = 1; i < all.size(); ++i) {
        QVERIFY2(collator.compare(all.at(i - 1).name, all.at(i).name) <= 0,
            qPrintable(all.at(i - 1).name + QLatin1String(" > ") + all.at(i).name));
    }
    QCOMPARE(all.first().name, QStringLiteral("Afghanistan"));
    QCOMPARE(all.last().name, QStringLiteral("Zimbabwe"));
}

void TestCountryList::indexOf()
{
    const int gb = m_list.indexOf(QStringLiteral("GB"));
    QVERIFY(gb >= 0);
    QCOMPARE(m_list.countries().at(gb).region, QStringLiteral("GB"));
    QCOMPARE(m_list.indexOf(QStringLiteral("gb")), gb);
    QCOMPARE(m_list.indexOf(QStringLiteral("QQ")), -1);
    QCOMPARE(m_list.indexOf(QString()), -1);
    QVERIFY(m_list.country(QStringLiteral("QQ")).region.isEmpty());
}

void TestCountryList::search_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("first"); // the first results, in order
    QTest::addColumn<QStringList>("alsoFound"); // in the results, anywhere

    QTest::newRow("+44") << QStringLiteral("+44") << QStringList { QStringLiteral("GB") }
                         << QStringList { QStringLiteral("GG"), QStringLiteral("IM"),
                                QStringLiteral("JE") };
    QTest::newRow("44") << QStringLiteral("44") << QStringList { QStringLiteral("GB") }
                        << QStringList { QStringLiteral("JE") };
    QTest::newRow("+ 44") << QStringLiteral(" + 44 ") << QStringList { QStringLiteral("GB") }
                          << QStringList();
    QTest::newRow("full-width +44")
        << QStringLiteral("＋４４") << QStringList { QStringLiteral("GB") } << QStringList();
    QTest::newRow("1: US first, then +1 countries")
        << QStringLiteral("1")
        << QStringList { QStringLiteral("US"), QStringLiteral("AS"), QStringLiteral("AI") }
        << QStringList { QStringLiteral("CA"), QStringLiteral("JM") };
    QTest::newRow("+49") << QStringLiteral("+49") << QStringList { QStringLiteral("DE") }
                         << QStringList();
    QTest::newRow("+3: every code starting with 3")
        << QStringLiteral("+3") << QStringList()
        << QStringList { QStringLiteral("FR"), QStringLiteral("ES"), QStringLiteral("IT"),
               QStringLiteral("IE") };
    QTest::newRow("gb") << QStringLiteral("gb") << QStringList { QStringLiteral("GB") }
                        << QStringList();
    QTest::newRow("GB") << QStringLiteral("GB") << QStringList { QStringLiteral("GB") }
                        << QStringList();
    QTest::newRow("uk") << QStringLiteral("uk") << QStringList { QStringLiteral("GB") }
                        << QStringList();
    QTest::newRow("in: India, then names")
        << QStringLiteral("in") << QStringList { QStringLiteral("IN"), QStringLiteral("ID") }
        << QStringList { QStringLiteral("IO") };
    QTest::newRow("united") << QStringLiteral("united")
                            << QStringList { QStringLiteral("AE"), QStringLiteral("GB"),
                                   QStringLiteral("US") }
                            << QStringList { QStringLiteral("VI") };
    QTest::newRow("United Kingdom") << QStringLiteral("United Kingdom")
                                    << QStringList { QStringLiteral("GB") } << QStringList();
    QTest::newRow("united k") << QStringLiteral("united k") << QStringList { QStringLiteral("GB") }
                              << QStringList();
    QTest::newRow("king") << QStringLiteral("king") << QStringList { QStringLiteral("GB") }
                          << QStringList();
    QTest::newRow("ger") << QStringLiteral("ger") << QStringList { QStringLiteral("DE") }
                         << QStringList();
    QTest::newRow("germany spaces")
        << QStringLiteral("  Germany ") << QStringList { QStringLiteral("DE") } << QStringList();
    QTest::newRow("guinea: names starting with it first")
        << QStringLiteral("guinea") << QStringList { QStringLiteral("GN"), QStringLiteral("GW") }
        << QStringList { QStringLiteral("GQ"), QStringLiteral("PG") };
}

void TestCountryList::search()
{
    QFETCH(QString, text);
    QFETCH(QStringList, first);
    QFETCH(QStringList, alsoFound);

    const QStringList found = regions(m_list.search(text));
    QCOMPARE(found.mid(0, first.size()), first);
    for (const QString &region : qAsConst(alsoFound))
        QVERIFY2(found.contains(region), qPrintable(region));
    for (const Country &c : m_list.search(text))
        QVERIFY2(CountryList::matches(c, text), qPrintable(c.region));
    QCOMPARE(found.size(), QSet<QString>(found.begin(), found.end()).size());
}

// A word of the name must start with the text: "ited" is inside "United" but starts no word.
void TestCountryList::searchWordPrefixOnly()
{
    QVERIFY(m_list.search(QStringLiteral("ited")).isEmpty());
    QVERIFY(m_list.search(QStringLiteral("ngdom")).isEmpty());
    const QStringList united = regions(m_list.search(QStringLiteral("united")));
    QVERIFY(!united.contains(QStringLiteral("DE")));
    const QStringList &found = united;
    for (const Country &c : m_list.search(QStringLiteral("united"))) {
        QVERIFY2((c.name + c.alias).contains(QLatin1String("United")), qPrintable(c.name));
        QVERIFY2(
            c.region != QLatin1String("VI") || c.region == found.last(), "an alias match last");
    }
}

void TestCountryList::searchIgnoresCaseAndAccents()
{
    QCOMPARE(regions(m_list.search(QStringLiteral("UNITED KINGDOM"))),
        QStringList { QStringLiteral("GB") });
    QVERIFY(regions(m_list.search(QStringLiteral("aland"))).contains(QStringLiteral("AX")));
    QVERIFY(regions(m_list.search(QStringLiteral("Åland"))).contains(QStringLiteral("AX")));
    QVERIFY(regions(m_list.search(QStringLiteral("curacao"))).contains(QStringLiteral("CW")));
    QVERIFY(regions(m_list.search(QStringLiteral("réunion"))).contains(QStringLiteral("RE")));

    // CLDR's names have accents and typographic apostrophes.
    const Country ivoire { QStringLiteral("CI"), QStringLiteral("Côte d’Ivoire"),
        QStringLiteral("225"), QStringLiteral("Côte d’Ivoire"), QString() };
    QVERIFY(CountryList::matches(ivoire, QStringLiteral("cote")));
    QVERIFY(CountryList::matches(ivoire, QStringLiteral("CÔTE D'IV")));
    QVERIFY(CountryList::matches(ivoire, QStringLiteral("ivoire")));
    QVERIFY(!CountryList::matches(ivoire, QStringLiteral("voire")));
}

void TestCountryList::searchEmptyGivesEverything()
{
    QCOMPARE(m_list.search(QString()).size(), m_list.countries().size());
    QCOMPARE(m_list.search(QStringLiteral("   ")).size(), m_list.countries().size());
}

void TestCountryList::searchNothing()
{
    QVERIFY(m_list.search(QStringLiteral("Atlantis")).isEmpty());
    QVERIFY(m_list.search(QStringLiteral("+999")).isEmpty());
    QVERIFY(m_list.search(QStringLiteral("zz")).isEmpty());
    QVERIFY(m_list.search(QStringLiteral("+44x")).isEmpty());
}

void TestCountryList::matches_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("match");

    QTest::newRow("GB by +44") << QStringLiteral("GB") << QStringLiteral("+44") << true;
    QTest::newRow("GB by 4") << QStringLiteral("GB") << QStringLiteral("4") << true;
    QTest::newRow("GB by gb") << QStringLiteral("GB") << QStringLiteral("gb") << true;
    QTest::newRow("GB by king") << QStringLiteral("GB") << QStringLiteral("king") << true;
    QTest::newRow("GB by empty") << QStringLiteral("GB") << QString() << true;
    QTest::newRow("GB not by +1") << QStringLiteral("GB") << QStringLiteral("+1") << false;
    QTest::newRow("GB not by g") << QStringLiteral("GB") << QStringLiteral("g") << false;
    QTest::newRow("GB not by 'nited'") << QStringLiteral("GB") << QStringLiteral("nited") << false;
    QTest::newRow("US by 1") << QStringLiteral("US") << QStringLiteral("1") << true;
    QTest::newRow("CI by ivory") << QStringLiteral("CI") << QStringLiteral("ivory") << true;
}

void TestCountryList::matches()
{
    QFETCH(QString, region);
    QFETCH(QString, text);
    QFETCH(bool, match);

    const Country c = m_list.country(region);
    QCOMPARE(c.region, region);
    QCOMPARE(CountryList::matches(c, text), match);
}

void TestCountryList::regionForLocale_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("region");

    QTest::newRow("en_GB") << QLocale(QStringLiteral("en_GB")) << QStringLiteral("GB");
    QTest::newRow("de_DE") << QLocale(QStringLiteral("de_DE")) << QStringLiteral("DE");
    QTest::newRow("de_AT") << QLocale(QStringLiteral("de_AT")) << QStringLiteral("AT");
    QTest::newRow("fr_CA") << QLocale(QStringLiteral("fr_CA")) << QStringLiteral("CA");
    QTest::newRow("pt_BR") << QLocale(QStringLiteral("pt_BR")) << QStringLiteral("BR");
    QTest::newRow("ja_JP") << QLocale(QStringLiteral("ja_JP")) << QStringLiteral("JP");
    QTest::newRow("C") << QLocale::c() << QStringLiteral("US");
    QTest::newRow("English, world")
        << QLocale(QLocale::English, QLocale::World) << QStringLiteral("US");
}

void TestCountryList::regionForLocale()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, region);

    QCOMPARE(CountryList::regionForLocale(locale), region);
}

void TestCountryList::regionName()
{
    QCOMPARE(CountryList::regionName(QStringLiteral("GB")), QStringLiteral("United Kingdom"));
    QCOMPARE(CountryList::regionName(QStringLiteral("gb")), QStringLiteral("United Kingdom"));
    // No name known: the code itself.
    QCOMPARE(CountryList::regionName(QStringLiteral("QQ")), QStringLiteral("QQ"));
}

// Issue 22: "Diese Nummer ist zu kurz (United Kingdom, +44)" no more.
void TestCountryList::namesInThePersonsLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("gb");
    QTest::addColumn<QString>("de");
    QTest::newRow("de") << QStringLiteral("de_DE") << QStringLiteral("Vereinigtes Königreich")
                        << QStringLiteral("Deutschland");
    QTest::newRow("fr") << QStringLiteral("fr_FR") << QStringLiteral("Royaume-Uni")
                        << QStringLiteral("Allemagne");
    QTest::newRow("es") << QStringLiteral("es_ES") << QStringLiteral("Reino Unido")
                        << QStringLiteral("Alemania");
    QTest::newRow("pt_BR") << QStringLiteral("pt_BR") << QStringLiteral("Reino Unido")
                           << QStringLiteral("Alemanha");
    QTest::newRow("ar") << QStringLiteral("ar_EG") << QStringLiteral("المملكة المتحدة")
                        << QStringLiteral("ألمانيا");
    QTest::newRow("en") << QStringLiteral("en_US") << QStringLiteral("United Kingdom")
                        << QStringLiteral("Germany");
}

void TestCountryList::namesInThePersonsLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, gb);
    QFETCH(QString, de);
    const QLocale locale(language);
    QCOMPARE(CountryList::regionName(QStringLiteral("GB"), locale), gb);
    QCOMPARE(CountryList::regionName(QStringLiteral("DE"), locale), de);
    const CountryList list(locale);
    QCOMPARE(list.country(QStringLiteral("GB")).name, gb);
    QCOMPARE(list.country(QStringLiteral("GB")).englishName, QStringLiteral("United Kingdom"));
    // By default, the interface language (QLocale's default, which Translations sets).
    const QLocale before;
    QLocale::setDefault(locale);
    const QString byDefault = CountryList::regionName(QStringLiteral("GB"));
    QLocale::setDefault(before);
    QCOMPARE(byDefault, gb);
}

void TestCountryList::everyLanguageFindsTheEnglishName_data()
{
    QTest::addColumn<QString>("language");
    for (const char *language : { "de_DE", "fr_FR", "es_ES", "pt_BR", "ar_EG", "en_US" })
        QTest::newRow(language) << QString::fromLatin1(language);
}

// An English name works in every language: a visitor, a tester, a name learnt at school.
void TestCountryList::everyLanguageFindsTheEnglishName()
{
    QFETCH(QString, language);
    const CountryList list { QLocale(language) };
    QCOMPARE(regions(list.search(QStringLiteral("Germany"))), QStringList { QStringLiteral("DE") });
    QCOMPARE(regions(list.search(QStringLiteral("united kingdom"))),
        QStringList { QStringLiteral("GB") });
    QCOMPARE(regions(list.search(QStringLiteral("+49"))).value(0), QStringLiteral("DE"));
    QCOMPARE(regions(list.search(QStringLiteral("de"))).value(0), QStringLiteral("DE"));
    QVERIFY(regions(list.search(QStringLiteral("ivory"))).contains(QStringLiteral("CI")));
}

void TestCountryList::germanFindsDeutschland()
{
    const CountryList german { QLocale(QStringLiteral("de_DE")) };
    QCOMPARE(regions(german.search(QStringLiteral("Deutschland"))),
        QStringList { QStringLiteral("DE") });
    QCOMPARE(regions(german.search(QStringLiteral("deutsch"))).value(0), QStringLiteral("DE"));
    // Accents and case do not matter, a later word may start the match.
    QVERIFY(regions(german.search(QStringLiteral("osterreich"))).contains(QStringLiteral("AT")));
    QCOMPARE(regions(german.search(QStringLiteral("königreich"))).value(0), QStringLiteral("GB"));
    // English names found in German: those starting with the text before a later word's match,
    // an alias last ("United States Virgin Islands" for "Amerikanische Jungferninseln").
    QCOMPARE(regions(german.search(QStringLiteral("united"))),
        QStringList({ QStringLiteral("AE"), QStringLiteral("US"), QStringLiteral("GB"),
            QStringLiteral("VI") })); // each group in the German order
    // A French list does not match German names.
    const CountryList french { QLocale(QStringLiteral("fr_FR")) };
    QVERIFY(french.search(QStringLiteral("Deutschland")).isEmpty());
}

// "Österreich" sorts among the O's in German (ICU's collation of the language), not after Z.
void TestCountryList::germanSortsUmlautsWithTheirLetter()
{
    const CountryList german { QLocale(QStringLiteral("de_DE")) };
    const QList<Country> &all = german.countries();
    const int at = german.indexOf(QStringLiteral("AT"));
    QCOMPARE(all.at(at).name, QStringLiteral("Österreich"));
    QVERIFY2(at > german.indexOf(QStringLiteral("OM")), "after Oman");
    QVERIFY2(at < german.indexOf(QStringLiteral("PK")), "before Pakistan");
    QVERIFY2(all.at(at - 1).name.startsWith(QLatin1Char('O')), qPrintable(all.at(at - 1).name));
    QCOMPARE(all.first().name, QStringLiteral("Afghanistan"));
    QCOMPARE(all.last().name, QStringLiteral("Zypern"));
    // Arabic sorts by the Arabic alphabet: the first name starts with an alif (ا أ إ آ).
    const CountryList arabic { QLocale(QStringLiteral("ar_EG")) };
    const QChar first = arabic.countries().first().name.at(0);
    QVERIFY2(QList<QChar>({ QChar(0x0622), QChar(0x0623), QChar(0x0625), QChar(0x0627) })
                 .contains(first),
        qPrintable(arabic.countries().first().name));
}

void TestCountryList::systemRegionComesFromTheLocaleSettings_data()
{
    QTest::addColumn<QString>("lcAll");
    QTest::addColumn<QString>("lcTelephone");
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("region");
    QTest::newRow("LANG") << QString() << QString() << QStringLiteral("en_GB.UTF-8")
                          << QStringLiteral("GB");
    QTest::newRow("LC_ALL first") << QStringLiteral("de_AT.UTF-8") << QString()
                                  << QStringLiteral("en_GB.UTF-8") << QStringLiteral("AT");
    QTest::newRow("LC_TELEPHONE before LANG")
        << QString() << QStringLiteral("pt_BR.UTF-8") << QStringLiteral("en_GB.UTF-8")
        << QStringLiteral("BR");
    QTest::newRow("modifier") << QString() << QString() << QStringLiteral("sr_RS@latin")
                              << QStringLiteral("RS");
    QTest::newRow("three-letter language")
        << QString() << QString() << QStringLiteral("ast_ES.UTF-8") << QStringLiteral("ES");
}

void TestCountryList::systemRegionComesFromTheLocaleSettings()
{
    QFETCH(QString, lcAll);
    QFETCH(QString, lcTelephone);
    QFETCH(QString, lang);
    QFETCH(QString, region);
    QProcessEnvironment env;
    if (!lcAll.isEmpty())
        env.insert(QStringLiteral("LC_ALL"), lcAll);
    if (!lcTelephone.isEmpty())
        env.insert(QStringLiteral("LC_TELEPHONE"), lcTelephone);
    env.insert(QStringLiteral("LANG"), lang);
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("fr")); // the interface language: no say
    QCOMPARE(CountryList::systemRegion(env), region);
}

QTEST_GUILESS_MAIN(TestCountryList)
#include "tst_countrylist.moc"
