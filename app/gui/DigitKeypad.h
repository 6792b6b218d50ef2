#pragma once

#include <QWidget>
#include <functional>

class QPushButton;

// A digit keypad for touch screens: 0–9, delete, clear and a wide Enter key, each at least
// minimumKeySize() (64 px at 100 %). The keys never take the keyboard focus: they type into the
// widget the resolver names (by default the focused one) with the same key events a keyboard
// sends, so the fields behave exactly as when typed into (formatting, auto-submit, Enter sends).
// Clear empties a QLineEdit as an edit (textEdited is emitted).
//
// Children: keypadDigit0 … keypadDigit9, keypadBackspace, keypadClear, keypadEnter.
class DigitKeypad : public QWidget
{
    Q_OBJECT
public:
    using TargetResolver = std::function<QWidget *()>;

    explicit DigitKeypad(QWidget *parent = nullptr);
    ~DigitKeypad() override;

    static int minimumKeySize() { return 64; }

    // Where the keys go; nullptr from the resolver: nowhere.
    void setTargetResolver(TargetResolver resolver) { m_resolver = std::move(resolver); }
    // The Enter key's label ("OK" by default).
    void setEnterText(const QString &text, const QString &accessibleName = {});
    QPushButton *key(const QString &objectName) const;

    void pressDigit(int digit);
    void pressBackspace();
    void pressClear();
    void pressEnter();

signals:
    // A key of the keypad was pressed (after its key event was sent).
    void keyPressed();

protected:
    void changeEvent(QEvent *event) override;

private:
    QPushButton *makeKey(
        const QString &objectName, const QString &text, const QString &accessibleName);
    void sendKey(int key, const QString &text);
    void retranslate();
    void applySizes();

    TargetResolver m_resolver;
    QList<QPushButton *> m_keys;
    QPushButton *m_backspace = nullptr;
    QPushButton *m_clear = nullptr;
    QPushButton *m_enter = nullptr;
    QString m_enterText;
    QString m_enterAccessibleName;
};
