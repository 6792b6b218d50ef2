#pragma once

// Shared by the GUI tests: the real wizard wired to the in-process demo server, an in-memory (or
// failing) token store, a manual clock and a configuration in a temporary directory.

#include "Clock.h"
#include "Config.h"
#include "DemoServer.h"
#include "DirectusClient.h"
#include "SignInSession.h"
#include "SignInWizard.h"
#include "TestValues.h"
#include "TokenStore.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPalette>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <memory>

// A keychain stand-in whose writes fail with `failure` (e.g. KeychainLocked) `failures` times,
// then succeed. Answers asynchronously, like the real one.
class FailingTokenStore : public TokenStore
{
public:
    FailingTokenStore(Error::Kind failure, int failures,
        const QString &description = QStringLiteral("the test keychain"))
        : m_failure(failure)
        , m_failuresLeft(failures)
        , m_description(description)
    {
    }

    // Reads fail with `kind` too (KeychainUnavailable: no Secret Service on this machine).
    void setReadFailure(Error::Kind kind) { m_readFailure = kind; }

    void read(const QString &key, QObject *context, ReadCallback done) override
    {
        const QString token = m_tokens.value(key);
        const Error::Kind readFailure = m_readFailure;
        QTimer::singleShot(0, context, [token, done, readFailure] {
            if (readFailure != Error::Kind::None) {
                done(Error(readFailure,
                    QStringLiteral("No keychain is available. Install and start gnome-keyring or "
                                   "KWallet and try again, or keep the sign-in for this session "
                                   "only."),
                    QStringLiteral("QKeychain::OtherError: The name org.freedesktop.secrets was "
                                   "not provided by any .service files")));
                return;
            }
            if (token.isEmpty())
                done(Error(Error::Kind::NotSignedIn, QStringLiteral("not signed in")));
            else
                done(token);
        });
    }
    void write(
        const QString &key, const QString &token, QObject *context, WriteCallback done) override
    {
        ++m_writes;
        const bool fail = m_failuresLeft > 0;
        if (fail)
            --m_failuresLeft;
        else
            m_tokens.insert(key, token);
        const Error::Kind kind = m_failure;
        QTimer::singleShot(0, context, [fail, kind, done] {
            if (!fail) {
                done(Error());
                return;
            }
            // The message the real keychain store gives for a locked keyring.
            done(Error(kind,
                QStringLiteral("The keyring is locked. Unlock it (for example by signing in to "
                               "your desktop session) and try again."),
                QStringLiteral(
                    "QKeychain::AccessDenied: Cannot create an item in a locked collection")));
        });
    }
    void remove(const QString &key, QObject *context, WriteCallback done) override
    {
        m_tokens.remove(key);
        QTimer::singleShot(0, context, [done] { done(Error()); });
    }
    QString description() const override { return m_description; }
    bool isPersistent() const override { return true; }

    int writes() const { return m_writes; }
    bool has(const QString &key) const { return m_tokens.contains(key); }

private:
    Error::Kind m_failure;
    Error::Kind m_readFailure = Error::Kind::None;
    int m_failuresLeft;
    QString m_description;
    int m_writes = 0;
    QHash<QString, QString> m_tokens;
};

struct WizardHarness
{
    enum class Setup { Complete, Empty };

    explicit WizardHarness(Setup setup = Setup::Complete,
        std::unique_ptr<TokenStore> tokenStore = {}, const QVariantHash &extra = {})
    {
        if (!demo.start())
            qFatal("the demo server did not start");
        QObject::connect(&demo, &DemoServer::smsSent, &demo,
            [this](const QString &, const QString &text, const QString &code) {
                codes.append(code);
                texts.append(text);
            });
        client = std::make_unique<DirectusClient>(nam);
        store = tokenStore ? std::move(tokenStore) : std::make_unique<MemoryTokenStore>();
        session = std::make_unique<SignInSession>(*client, *store, clock);
        config = TestValues::demoConfig(
            setup == Setup::Complete ? demo.url() : QUrl(), dir, QString(), extra);
    }

    ~WizardHarness()
    {
        wizard.reset();
        session.reset();
    }

    SignInWizard &makeWizard(bool show = true, bool demoMode = true)
    {
        session->applyConfig(*config);
        wizard = std::make_unique<SignInWizard>(
            WizardContext { *session, *client, *config, clock, demoMode ? &demo : nullptr });
        if (show) {
            wizard->show();
            if (!QTest::qWaitForWindowActive(wizard.get()))
                qWarning("the wizard window did not become active");
        }
        return *wizard;
    }

    QString tokenKey() const { return config->tokenKey(demo.url()); }

    // As a person would: once the session is idle, types `number` where the focus is (which must
    // be the phone field, as it is when the phone page opens) and presses Return. False (with a
    // warning naming what was seen) when the focus is elsewhere.
    bool submitNumber(const QString &number)
    {
        if (!QTest::qWaitFor([this] { return session->state() == SignInSession::State::Idle; }))
            qWarning("the session is not idle: %s",
                qPrintable(SignInSession::stateName(session->state())));
        QWidget *edit = QApplication::focusWidget();
        if (!edit || edit->objectName() != QLatin1String("phoneEdit")) {
            qWarning("the focus is not in the phone field but in %s",
                edit ? qPrintable(edit->objectName()) : "nothing");
            return false;
        }
        QTest::keyClicks(edit, number);
        QTest::keyClick(edit, Qt::Key_Return);
        return true;
    }

    // submitNumber(), then waits for the code page. False (with a warning naming what was seen)
    // when it does not open.
    bool reachCodePage(const QString &number)
    {
        if (!submitNumber(number))
            return false;
        if (!QTest::qWaitFor(
                [this] { return wizard->currentId() == SignInWizard::CodePageId; }, 5000)) {
            qWarning("the code page did not open (state %s)",
                qPrintable(SignInSession::stateName(session->state())));
            return false;
        }
        return true;
    }

    template <typename T = QWidget> T *find(const QString &name) const
    {
        // The current page first (several pages have a messagePanel), then the whole window.
        if (QWidget *page = wizard->currentPage()) {
            if (T *w = page->findChild<T *>(name))
                return w;
        }
        return wizard->findChild<T *>(name);
    }

    int requestsTo(const QString &flowId)
    {
        int n = 0;
        for (const HttpRequest &request : demo.http().requests())
            n += request.path.endsWith(QStringLiteral("/flows/trigger/") + flowId) ? 1 : 0;
        return n;
    }
    int loginRequests() { return requestsTo(DemoServer::loginFlowId()); }
    int verifyRequests() { return requestsTo(DemoServer::verifyFlowId()); }

    // Writes a token to the store and waits for it.
    bool storeToken(const QString &token)
    {
        bool done = false;
        store->write(tokenKey(), token, &demo, [&done](Error) { done = true; });
        return QTest::qWaitFor([&done] { return done; }, 2000);
    }
    QString readToken()
    {
        bool done = false;
        QString out;
        store->read(tokenKey(), &demo, [&](Result<QString> token) {
            done = true;
            out = token.ok() ? token.value() : QString();
        });
        if (!QTest::qWaitFor([&done] { return done; }, 2000))
            qWarning("the token store did not answer");
        return out;
    }

    QTemporaryDir dir;
    DemoServer demo;
    QNetworkAccessManager nam;
    std::unique_ptr<DirectusClient> client;
    std::unique_ptr<TokenStore> store;
    ManualClock clock;
    std::unique_ptr<SignInSession> session;
    std::unique_ptr<Config> config;
    std::unique_ptr<SignInWizard> wizard;
    QStringList codes;
    QStringList texts;
};

// A demo test number by the start of its behaviour ("Slow", "Unknown user"), so that the tests
// follow DemoServer::testNumbers().
inline QString demoNumber(const QString &behaviour)
{
    for (const DemoServer::TestNumber &n : DemoServer::testNumbers()) {
        if (n.behaviour.startsWith(behaviour))
            return n.e164;
    }
    qWarning("no demo test number behaves like \"%s\"", qPrintable(behaviour));
    return {};
}

// Keys go where the keyboard focus is, as a person's would.
// A dark palette like a dark desktop theme's (the screenshots' and the contrast checks').
inline QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x20, 0x21, 0x24), text(0xe8, 0xea, 0xed), base(0x2b, 0x2c, 0x30);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x30, 0x31, 0x35));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x36, 0x3a));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::Highlight, QColor(0x8a, 0xb4, 0xf8));
    p.setColor(QPalette::HighlightedText, QColor(0x20, 0x21, 0x24));
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0xa0, 0xa6));
    p.setColor(QPalette::Light, QColor(0x4a, 0x4b, 0x50));
    p.setColor(QPalette::Midlight, QColor(0x3c, 0x3d, 0x41));
    p.setColor(QPalette::Mid, QColor(0x5f, 0x63, 0x68));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x86, 0x8b));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x86, 0x8b));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x86, 0x8b));
    return p;
}

// The digits of `text`, in order.
inline QString digitsOf(const QString &text)
{
    QString out;
    for (const QChar ch : text) {
        if (ch.isDigit())
            out += ch;
    }
    return out;
}

inline QWidget *focused()
{
    return QApplication::focusWidget();
}

// QTest::keyClicks() takes Latin-1 only; this types any text, one key event per character.
inline void typeText(QWidget *widget, const QString &text)
{
    for (const QChar ch : text) {
        if (ch.unicode() < 0x80)
            QTest::keyClick(widget, ch.toLatin1());
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(ch), Qt::NoModifier);
    }
}

inline QString focusedName()
{
    return focused() ? focused()->objectName() : QStringLiteral("<none>");
}
