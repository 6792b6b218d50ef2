#pragma once

#include <QList>
#include <QObject>
#include <QString>

// The phone of demo mode, as the window and the command line see it: the text messages it
// "receives" and the test numbers that each play one case. The demo server (app/demo) is one;
// the faces never see the server itself, only this.
class SimulatedPhone : public QObject
{
    Q_OBJECT
public:
    struct TestNumber
    {
        QString e164;
        QString behaviour; // untranslated, for the README and --help
        QString label; // translated, a few words: the demo's list of test numbers
    };

    explicit SimulatedPhone(QObject *parent = nullptr)
        : QObject(parent)
    {
    }
    ~SimulatedPhone() override = default;

    virtual QList<TestNumber> numbers() const = 0;

signals:
    // A text message was "sent" to `to` (E.164), with its text and the code in it.
    void smsSent(const QString &to, const QString &text, const QString &code);
};
