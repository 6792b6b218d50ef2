#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>
#include <QTranslator>

class QCoreApplication;

// Our catalogs (built into the binary under :/i18n) and Qt's own (qtbase_<lang>.qm from the Qt
// installation, so standard buttons and dialogs speak the same language). Built once in main()
// and kept alive as long as the application; no global state of its own.
class Translations
{
public:
    explicit Translations(QCoreApplication &app);
    ~Translations();

    // The languages we ship a catalog for, as given to --lang ("ar", "de", "en", "es", "fr",
    // "pt_BR").
    static QStringList available();

    // Installs the catalogs for `language` ("de", "pt_BR", "pt-BR", "ar_EG" …; empty: the system's
    // UI languages in order). English needs no catalog but has one for its plural forms. Returns
    // false only for an explicitly requested language we do not have; the application then stays
    // in English. The chosen locale also becomes QLocale's default (dates, numbers).
    bool load(const QString &language);

    QLocale locale() const { return m_locale; }
    bool qtCatalogLoaded() const { return m_qtLoaded; }

    // The argument of --lang in `arguments` ("--lang de", "--lang=de"), read before the full parser
    // exists: the parser's own help texts must already be translated.
    static QString languageArgument(const QStringList &arguments);

private:
    bool install(const QLocale &locale);

    QCoreApplication &m_app;
    QTranslator m_ours;
    QTranslator m_qt;
    QLocale m_locale = QLocale(QLocale::English, QLocale::UnitedStates);
    bool m_qtLoaded = false;
};
