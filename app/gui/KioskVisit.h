#pragma once

#include "CountryList.h"
#include "KioskMetrics.h"
#include "SignInSession.h"

#include <QStackedWidget>
#include <memory>

class AsYouTypeFormatter;
class Config;
class DigitKeypad;
class KioskCodeBoxes;
class MessagePanel;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

// One person's visit at the kiosk, from the number to the right code: the country, phone and
// code screens, made for touch, over the same SignInSession as the desktop wizard. The kiosk
// window builds a fresh one for every person (nothing typed, shown or chosen survives a reset)
// and takes over once the session is signed in.
//
// Every screen has one primary action (the default button: the keypad's wide key, or "Continue"
// on the country screen); the rest are secondary and as large.
//
// Children: kioskCountryPage (kioskCountrySearch, kioskCountryList, kioskCountryContinue),
// kioskPhonePage (kioskCountryButton, phoneEdit, kioskPhoneMessage, kioskCancelButton, the
// keypad), kioskCodePage (sentToLabel, codeEdit, kioskExpiryLabel, kioskAttemptsLabel,
// kioskCodeMessage, kioskResendButton, kioskCallButton, kioskChangeNumberButton, the keypad).
class KioskVisit : public QStackedWidget
{
    Q_OBJECT
public:
    enum class Page { Country, Phone, Code };
    Q_ENUM(Page)

    // `countries`: what the kiosk offers (KioskSession::countries(); empty: every country), the
    // first one chosen unless `region` names another of them.
    KioskVisit(SignInSession &session, const Config &config, const QStringList &countries,
        const QString &region, QWidget *parent = nullptr);
    ~KioskVisit() override;

    Page page() const;
    QString region() const { return m_region; }
    bool offersCountryChoice() const { return m_countries.size() > 1; }
    int countryCount() const { return int(m_countries.size()); }
    // The page's keypad (nullptr on the country page).
    DigitKeypad *keypad() const;
    // The field the keypad writes into (the number or the code), when it may be typed into.
    QWidget *keypadTarget() const;

    void applyMetrics(const KioskMetrics &metrics);
    // The countdowns (resend, expiry, a 429's wait); the kiosk's ticker calls it.
    void tick();

signals:
    void pageChanged(KioskVisit::Page page);
    // Cancel on the phone page: this person is done without signing in.
    void cancelled();

private:
    void buildCountryPage();
    void buildPhonePage();
    void buildCodePage();
    QWidget *withKeypad(QWidget *page, QWidget *fields, DigitKeypad *keypad);
    void showPage(Page page);
    void chooseCountry(const QString &region);
    void fillCountryList(const QString &search);
    void onNumberEdited(const QString &text);
    void sendCode();
    void submitCode();
    void onStateChanged(SignInSession::State state);
    void onCodeSent(bool resent);
    void onFailed(SignInSession::Step step, const Error &error);
    void updatePhone();
    void updateCode();
    void changeNumber();

    SignInSession &m_session;
    const Config &m_config;
    QList<Country> m_countries;
    QString m_region;
    std::unique_ptr<AsYouTypeFormatter> m_formatter;
    QString m_previousNumber;
    KioskMetrics m_metrics;

    QWidget *m_countryPage = nullptr;
    QLabel *m_countryTitle = nullptr;
    QLineEdit *m_countrySearch = nullptr;
    QListWidget *m_countryList = nullptr;
    QPushButton *m_countryContinue = nullptr;

    QWidget *m_phonePage = nullptr;
    QPushButton *m_countryButton = nullptr;
    QLineEdit *m_phoneEdit = nullptr;
    MessagePanel *m_phoneMessage = nullptr;
    QPushButton *m_cancel = nullptr;
    DigitKeypad *m_phoneKeypad = nullptr;

    QWidget *m_codePage = nullptr;
    QLabel *m_sentTo = nullptr;
    KioskCodeBoxes *m_codeBoxes = nullptr;
    QLabel *m_expiry = nullptr;
    QLabel *m_attempts = nullptr;
    MessagePanel *m_codeMessage = nullptr;
    QPushButton *m_resend = nullptr;
    QPushButton *m_call = nullptr;
    QPushButton *m_changeNumber = nullptr;
    DigitKeypad *m_codeKeypad = nullptr;
    int m_wrongCodes = 0;
};
