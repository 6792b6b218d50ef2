#pragma once

#include <QLineEdit>

// One field for the whole one-time code (so the system's autofill and a paste of the whole SMS
// work). Whatever is typed or pasted is reduced to its digits as ASCII ("Your code is 123-456",
// "１２３４５６", "١٢٣٤٥٦" → "123456"); from a whole message only the code is kept ("Your Directus
// code is 123456. It expires in 5 minutes." → "123456"). completed() is emitted when the code
// reaches the expected length.
class CodeEdit : public QLineEdit
{
    Q_OBJECT
public:
    explicit CodeEdit(QWidget *parent = nullptr);
    ~CodeEdit() override;

    void setExpectedLength(int length); // clamped to 4…8; default 6
    int expectedLength() const { return m_expected; }
    QString code() const { return text(); }
    bool isAcceptable() const; // 4 to 8 digits

    // The code in `text` as the field keeps it (pure; see the class comment).
    static QString extractCode(const QString &text, int expectedLength);

signals:
    void codeEdited(const QString &code);
    void completed(const QString &code);

private:
    void normalise(const QString &text);

    int m_expected = 6;
};
