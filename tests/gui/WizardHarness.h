#pragma once

// Shared by the GUI tests: the real wizard wired to the in-process demo server, an in-memory (or
// failing) token store, a manual clock and a configuration in a temporary directory.

#include "Clock.h"
#include "Config.h"
#include "DemoServer.h"
#include "DirectusClient.h"
#include "SignInSession.h"
#include "SignInWizard.h"
#include "TokenStore.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
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
        QVariantHash commandLine = extra;
        if (setup == Setup::Complete) {
            commandLine.insert(QStringLiteral("Server"), demo.url().toString());
            commandLine.insert(QStringLiteral("LoginFlow"), DemoServer::loginFlowId());
            commandLine.insert(QStringLiteral("VerifyFlow"), DemoServer::verifyFlowId());
        }
        config
            = std::make_unique<Config>(Config::Paths { dir.filePath(QStringLiteral("system.conf")),
                                           dir.filePath(QStringLiteral("user.conf")) },
                QProcessEnvironment(), commandLine);
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

    // As a person would: types `number` into the phone page, presses Return and waits for the
    // code page. False (with a warning naming what was seen) when it does not open.
    bool reachCodePage(const QString &number)
    {
        if (!QTest::qWaitFor([this] { return session->state() == SignInSession::State::Idle; }))
            qWarning("the session is not idle: %s",
                qPrintable(SignInSession::stateName(session->state())));
        QWidget *edit = wizard->currentPage()
            ? wizard->currentPage()->findChild<QWidget *>(QStringLiteral("phoneEdit"))
            : nullptr;
        if (!edit) {
            qWarning("not on the phone page");
            return false;
        }
        edit->setFocus(Qt::OtherFocusReason);
        QTest::keyClicks(edit, number);
        QTest::keyClick(edit, Qt::Key_Return);
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
