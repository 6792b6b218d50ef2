#pragma once

// What a person sees and hears of a window, and the numbers in it that a right-to-left sentence
// would tear apart (issue 22): tests/gui/tst_translations.cpp, tst_kioskwindow.cpp.

#include "Translations.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QStringList>
#include <QTest>
#include <QTreeWidget>
#include <QWidget>

namespace VisibleText {

// The numbers in `text` that a right-to-left sentence would tear apart: every run of digits,
// '+', '•' and the spaces or dashes between them that starts with '+' or holds five or more
// digits and dots (a phone number, a masked one, a code, a calling code) must lie inside a
// left-to-right isolate (Bidi::number). Counts and times ("3 tries left", "5:00") are not such
// runs.
inline QStringList unisolatedNumbers(const QString &text)
{
    QStringList found;
    int depth = 0;
    QString run;
    bool runOutside = false;
    const auto endRun = [&] {
        const QString trimmed = run.trimmed();
        qsizetype digits = 0;
        for (const QChar ch : trimmed)
            digits += ch.isDigit() || ch == QChar(0x2022) ? 1 : 0;
        const bool numberLike = (trimmed.startsWith(QLatin1Char('+')) && digits > 0) || digits >= 5;
        if (numberLike && runOutside)
            found << trimmed;
        run.clear();
        runOutside = false;
    };
    for (const QChar ch : text) {
        if (ch.unicode() >= 0x2066 && ch.unicode() <= 0x2068) {
            endRun();
            ++depth;
            continue;
        }
        if (ch.unicode() == 0x2069) {
            endRun();
            depth = qMax(0, depth - 1);
            continue;
        }
        const bool part = ch.isDigit() || ch == QLatin1Char('+') || ch == QChar(0x2022)
            || (!run.isEmpty()
                && (ch == QLatin1Char(' ') || ch == QChar::Nbsp || ch == QLatin1Char('-')));
        if (!part) {
            endRun();
            continue;
        }
        run += ch;
        runOutside = runOutside || depth == 0;
    }
    endRun();
    return found;
}

// Every text a person sees or hears in `root`: labels, buttons, placeholders, list rows,
// accessible names (not what is typed into a field: that reads as typed).
inline QStringList visibleTexts(const QWidget *root)
{
    QStringList texts;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (!w->isVisibleTo(root->window()) && !w->isVisible())
            continue;
        texts << w->accessibleName() << w->accessibleDescription() << w->toolTip();
        if (auto *label = qobject_cast<QLabel *>(w))
            texts << label->text();
        else if (auto *button = qobject_cast<QAbstractButton *>(w))
            texts << button->text();
        else if (auto *edit = qobject_cast<QLineEdit *>(w))
            texts << edit->placeholderText() << (edit->isReadOnly() ? edit->text() : QString());
        else if (auto *tree = qobject_cast<QTreeWidget *>(w)) {
            for (int i = 0; i < tree->topLevelItemCount(); ++i)
                texts << tree->topLevelItem(i)->text(0) << tree->topLevelItem(i)->text(1);
        }
    }
    texts.removeAll(QString());
    return texts;
}

inline QString problemsIn(const QStringList &texts)
{
    QStringList problems;
    for (const QString &text : texts) {
        for (const QString &number : unisolatedNumbers(text))
            problems << QStringLiteral("\"%1\" in \"%2\"").arg(number, text);
    }
    return problems.join(QLatin1String("; "));
}
// The interface in `language` while this lives (our catalogs and Qt's, QLocale's default, the
// layout direction), then English, left to right, again.
class InLanguage
{
public:
    explicit InLanguage(const QString &language)
        : m_translations(*QCoreApplication::instance())
        , m_loaded(m_translations.load(language))
    {
        QApplication::setLayoutDirection(m_translations.locale().textDirection());
    }
    ~InLanguage()
    {
        QApplication::setLayoutDirection(Qt::LeftToRight);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
    InLanguage(const InLanguage &) = delete;
    InLanguage &operator=(const InLanguage &) = delete;
    bool loaded() const { return m_loaded; }

private:
    Translations m_translations;
    bool m_loaded;
};

// The languages a person can choose, for a data function: columns "language", "unitedKingdom" and
// "germany" (the two countries' names in that language, from CLDR).
inline void addLanguageRows()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("unitedKingdom");
    QTest::addColumn<QString>("germany");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("United Kingdom")
                        << QStringLiteral("Germany");
    QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("Vereinigtes Königreich")
                        << QStringLiteral("Deutschland");
    QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("Royaume-Uni")
                        << QStringLiteral("Allemagne");
    QTest::newRow("es") << QStringLiteral("es") << QStringLiteral("Reino Unido")
                        << QStringLiteral("Alemania");
    QTest::newRow("pt_BR") << QStringLiteral("pt_BR") << QStringLiteral("Reino Unido")
                           << QStringLiteral("Alemanha");
    QTest::newRow("ar") << QStringLiteral("ar") << QStringLiteral("المملكة المتحدة")
                        << QStringLiteral("ألمانيا");
}

} // namespace VisibleText
