#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>

#include <algorithm>

namespace {
const QString OurPrefix = QStringLiteral("directus-login_");
const QString OurDirectory = QStringLiteral(":/i18n");
} // namespace

Translations::Translations(QCoreApplication &app)
    : m_app(app)
{
}

Translations::~Translations()
{
    m_app.removeTranslator(&m_ours);
    m_app.removeTranslator(&m_qt);
}

QStringList Translations::available()
{
    QStringList languages;
    const QStringList files
        = QDir(OurDirectory)
              .entryList({ OurPrefix + QStringLiteral("*.qm") }, QDir::Files, QDir::Name);
    for (const QString &file : files)
        languages.append(file.mid(OurPrefix.size()).chopped(3));
    if (!languages.contains(QStringLiteral("en")))
        languages.append(QStringLiteral("en"));
    languages.sort();
    return languages;
}

QString Translations::languageArgument(const QStringList &arguments)
{
    const QString option = QStringLiteral("--lang");
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--"))
            break;
        if (argument == option && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (argument.startsWith(option + QLatin1Char('=')))
            return argument.mid(option.size() + 1);
    }
    return {};
}

bool Translations::load(const QString &language)
{
    if (!language.isEmpty()) {
        QString name = language;
        name.replace(QLatin1Char('-'), QLatin1Char('_'));
        const QLocale requested(name);
        const QStringList ours = available();
        // QLocale("xx") falls back to the C locale for a language it does not know.
        const bool known = requested.language() != QLocale::C
            && (requested.language() == QLocale::English
                || std::any_of(ours.cbegin(), ours.cend(), [&](const QString &l) {
                       return QLocale(l).language() == requested.language();
                   }));
        if (!known) {
            install(QLocale(QLocale::English, QLocale::UnitedStates));
            return false;
        }
        return install(requested);
    }
    // The system's languages in order of preference: the first one we have wins, then English.
    const QStringList preferred = QLocale::system().uiLanguages();
    for (const QString &ui : preferred) {
        const QLocale candidate(QString(ui).replace(QLatin1Char('-'), QLatin1Char('_')));
        if (candidate.language() == QLocale::English)
            return install(candidate);
        const QStringList ours = available();
        if (std::any_of(ours.cbegin(), ours.cend(),
                [&](const QString &l) { return QLocale(l).language() == candidate.language(); }))
            return install(candidate);
    }
    return install(QLocale(QLocale::English, QLocale::UnitedStates));
}

bool Translations::install(const QLocale &locale)
{
    m_app.removeTranslator(&m_ours);
    m_app.removeTranslator(&m_qt);
    m_locale = locale;
    QLocale::setDefault(locale);
    // QTranslator::load(QLocale…) tries directus-login_pt_BR, then directus-login_pt, and so on.
    if (m_ours.load(locale, QStringLiteral("directus-login"), QStringLiteral("_"), OurDirectory))
        m_app.installTranslator(&m_ours);
    m_qtLoaded = locale.language() != QLocale::English
        && m_qt.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    if (m_qtLoaded)
        m_app.installTranslator(&m_qt);
    return true;
}
