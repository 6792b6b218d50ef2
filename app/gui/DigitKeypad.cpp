#include "DigitKeypad.h"

#include "GuiStyle.h"

#include <QApplication>
#include <QEvent>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPushButton>

DigitKeypad::DigitKeypad(QWidget *parent)
    : QWidget(parent)
    , m_resolver([] { return QApplication::focusWidget(); })
{
    setObjectName(QStringLiteral("digitKeypad"));
    setFocusPolicy(Qt::NoFocus);
    // A phone keypad reads 1-2-3 in every language, right to left ones too (issue 23).
    setLayoutDirection(Qt::LeftToRight);
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    for (int digit = 0; digit <= 9; ++digit) {
        QPushButton *key = makeKey(QStringLiteral("keypadDigit%1").arg(digit),
            QString::number(digit), QString::number(digit));
        connect(key, &QPushButton::clicked, this, [this, digit] { pressDigit(digit); });
        if (digit == 0)
            grid->addWidget(key, 3, 1);
        else
            grid->addWidget(key, (digit - 1) / 3, (digit - 1) % 3);
    }
    m_clear = makeKey(QStringLiteral("keypadClear"), {}, {});
    connect(m_clear, &QPushButton::clicked, this, &DigitKeypad::pressClear);
    grid->addWidget(m_clear, 3, 0);
    m_backspace = makeKey(QStringLiteral("keypadBackspace"), {}, {});
    m_backspace->setAutoRepeat(true);
    connect(m_backspace, &QPushButton::clicked, this, &DigitKeypad::pressBackspace);
    grid->addWidget(m_backspace, 3, 2);
    m_enter = makeKey(QStringLiteral("keypadEnter"), {}, {});
    connect(m_enter, &QPushButton::clicked, this, &DigitKeypad::pressEnter);
    grid->addWidget(m_enter, 4, 0, 1, 3);
    retranslate();
    applySizes();
}

DigitKeypad::~DigitKeypad() = default;

QPushButton *DigitKeypad::makeKey(
    const QString &objectName, const QString &text, const QString &accessibleName)
{
    auto *key = new QPushButton(text, this);
    key->setObjectName(objectName);
    key->setAccessibleName(accessibleName);
    key->setFocusPolicy(Qt::NoFocus);
    key->setAutoDefault(false);
    key->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_keys.append(key);
    return key;
}

QPushButton *DigitKeypad::key(const QString &objectName) const
{
    for (QPushButton *k : m_keys) {
        if (k->objectName() == objectName)
            return k;
    }
    return nullptr;
}

void DigitKeypad::setEnterText(const QString &text, const QString &accessibleName)
{
    m_enterText = text;
    m_enterAccessibleName = accessibleName.isEmpty() ? text : accessibleName;
    retranslate();
}

void DigitKeypad::retranslate()
{
    //: Keypad key that empties the field.
    m_clear->setText(tr("Clear"));
    m_clear->setAccessibleName(tr("Clear the field"));
    //: Keypad key that deletes the last digit (an erase-to-the-left symbol).
    m_backspace->setText(tr("⌫"));
    m_backspace->setAccessibleName(tr("Delete the last digit"));
    //: Keypad key that confirms (like Enter on a keyboard).
    m_enter->setText(m_enterText.isEmpty() ? tr("OK") : m_enterText);
    m_enter->setAccessibleName(m_enterAccessibleName.isEmpty() ? tr("OK") : m_enterAccessibleName);
}

void DigitKeypad::applySizes()
{
    // Large enough for a finger at any font size: 64 px, more with a large font.
    const QFont digitFont = GuiStyle::scaledFont(font(), 1.6);
    QFont wordFont = GuiStyle::scaledFont(font(), 1.2);
    wordFont.setBold(true);
    const int height = qMax(minimumKeySize(), QFontMetrics(digitFont).height() * 2);
    for (QPushButton *k : m_keys) {
        k->setFont(k == m_clear || k == m_enter ? wordFont : digitFont);
        k->setMinimumSize(qMax(minimumKeySize(), height * 3 / 2), height);
    }
}

void DigitKeypad::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::FontChange)
        applySizes();
}

void DigitKeypad::sendKey(int key, const QString &text)
{
    QWidget *target = m_resolver ? m_resolver() : nullptr;
    if (target) {
        QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier, text);
        QCoreApplication::sendEvent(target, &press);
        QKeyEvent release(QEvent::KeyRelease, key, Qt::NoModifier, text);
        QCoreApplication::sendEvent(target, &release);
    }
    emit keyPressed();
}

void DigitKeypad::pressDigit(int digit)
{
    if (digit < 0 || digit > 9)
        return;
    sendKey(Qt::Key_0 + digit, QString::number(digit));
}

void DigitKeypad::pressBackspace()
{
    sendKey(Qt::Key_Backspace, {});
}

void DigitKeypad::pressClear()
{
    QWidget *target = m_resolver ? m_resolver() : nullptr;
    auto *edit = qobject_cast<QLineEdit *>(target);
    if (edit && !edit->isReadOnly() && !edit->text().isEmpty()) {
        // An edit, not setText(): the page hears textEdited and updates what depends on it.
        edit->selectAll();
        edit->del();
    }
    emit keyPressed();
}

void DigitKeypad::pressEnter()
{
    sendKey(Qt::Key_Return, QStringLiteral("\r"));
}
