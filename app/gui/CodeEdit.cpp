#include "CodeEdit.h"

#include "GuiStyle.h"
#include "OtpCode.h"

#include <QFontDatabase>

CodeEdit::CodeEdit(QWidget *parent)
    : QLineEdit(parent)
{
    setInputMethodHints(Qt::ImhPreferNumbers | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    // The fixed-width family at 1.6 times the size, in points or pixels (a kiosk sets pixels).
    QFont big = GuiStyle::scaledFont(font(), 1.6);
    big.setFamilies(QFontDatabase::systemFont(QFontDatabase::FixedFont).families());
    big.setLetterSpacing(QFont::PercentageSpacing, 115);
    setFont(big);
    setExpectedLength(m_expected);
    connect(this, &QLineEdit::textEdited, this, &CodeEdit::normalise);
}

CodeEdit::~CodeEdit() = default;

void CodeEdit::setExpectedLength(int length)
{
    m_expected = qBound(OtpCode::MinLength, length, OtpCode::MaxLength);
    //: Placeholder of the code field; %n is the number of digits expected.
    setPlaceholderText(tr("%n-digit code", nullptr, m_expected));
}

bool CodeEdit::isAcceptable() const
{
    return OtpCode::isAcceptable(text());
}

QString CodeEdit::extractCode(const QString &text, int expectedLength)
{
    const auto codePoints = text.toUcs4();
    bool message = false;
    for (const char32_t cp : codePoints) {
        if (QChar::isLetter(cp)) {
            message = true;
            break;
        }
    }
    if (!message)
        return OtpCode::digitsOnly(text, OtpCode::MaxLength);

    // A whole message: the groups of digits, a single space or dash allowed between digits
    // ("123 456", "123-456"); the first group of the expected length wins, else the first one
    // of an acceptable length.
    QStringList groups;
    QString current;
    for (qsizetype i = 0; i < codePoints.size(); ++i) {
        const char32_t cp = codePoints.at(i);
        if (QChar::isDigit(cp)) {
            current += QLatin1Char(char('0' + QChar::digitValue(cp)));
            continue;
        }
        const bool joiner
            = (cp == U' ' || cp == U'-' || cp == U'\u00A0' || cp == U'\u2011' || cp == U'\u2013')
            && !current.isEmpty() && i + 1 < codePoints.size()
            && QChar::isDigit(codePoints.at(i + 1));
        if (joiner)
            continue;
        if (!current.isEmpty())
            groups << current;
        current.clear();
    }
    if (!current.isEmpty())
        groups << current;
    for (const QString &group : std::as_const(groups)) {
        if (group.size() == expectedLength)
            return group;
    }
    for (const QString &group : std::as_const(groups)) {
        if (OtpCode::isAcceptable(group))
            return group;
    }
    return OtpCode::digitsOnly(text, OtpCode::MaxLength);
}

void CodeEdit::normalise(const QString &edited)
{
    QString code = extractCode(edited, m_expected);
    if (code != edited) {
        // Keep the cursor after the same digits it followed.
        const int digitsBefore = int(OtpCode::digitsOnly(edited.left(cursorPosition()), -1).size());
        setText(code);
        setCursorPosition(qMin(digitsBefore, int(code.size())));
    }
    emit codeEdited(code);
    if (code.size() == m_expected)
        emit completed(code);
}
