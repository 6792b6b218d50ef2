// A Directus session as the credential (issue 17), against FakeDirectus (strict rotation, like
// Directus' json mode): the flow-made token exchanged at once, access tokens renewed ahead of
// their expiry and written back, the lock that lets two sessions of one credential renew it once,
// every failure of a renewal, sign-out that ends the session on the server, and the static tokens
// of earlier versions.

#include "CredentialLock.h"
#include "DirectusClient.h"
#include "FakeDirectus.h"
#include "NetworkLog.h"
#include "SignInSession.h"
#include "TokenStore.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSysInfo>
#include <QTest>
#include <memory>
#include <optional>

using State = SignInSession::State;
using Load = SignInSession::Load;

namespace {
// Memory, whose writes can be made to fail (a keychain that refuses after a renewal).
class FlakyStore : public MemoryTokenStore
{
public:
    void write(
        const QString &key, const QString &token, QObject *context, WriteCallback done) override
    {
        if (failWrites) {
            QMetaObject::invokeMethod(
                context,
                [done] {
                    done(Error(Error::Kind::KeychainLocked,
                        QStringLiteral("The keyring is locked. Unlock it."),
                        QStringLiteral("write: locked")));
                },
                Qt::QueuedConnection);
            return;
        }
        MemoryTokenStore::write(key, token, context, done);
    }
    bool failWrites = false;
};

struct Rig
{
    explicit Rig(FakeDirectus::Mode mode = FakeDirectus::Mode::Session)
        : server(mode)
    {
        ClientOptions options;
        options.server = server.url();
        options.loginFlow = FlowRef::parse(FakeDirectus::loginFlowId()).value();
        options.verifyFlow = FlowRef::parse(FakeDirectus::verifyFlowId()).value();
        options.timeoutMs = 3000;
        client.setOptions(options);
        client.setNetworkLog(&log);
        key = TokenStore::key(
            QStringLiteral("tst-session-%1").arg(QCoreApplication::applicationPid()),
            server.url().toString());
        session = make();
    }
    std::unique_ptr<SignInSession> make()
    {
        auto s = std::make_unique<SignInSession>(client, store, clock);
        s->setTokenKey(key);
        s->setDeviceName(QStringLiteral("Directus Login on test-host"));
        return s;
    }
    bool signIn()
    {
        QSignalSpy signedIn(session.get(), &SignInSession::signedIn);
        if (!session->requestCode(PhoneNumber::parse(QStringLiteral("+447123456001"), {})))
            return false;
        if (!QTest::qWaitFor([this] { return session->state() == State::AwaitingCode; }, 3000))
            return false;
        session->submitCode(FakeDirectus::code());
        return signedIn.wait(5000);
    }
    Credential stored()
    {
        std::optional<Result<QString>> answer;
        QObject context;
        store.read(key, &context, [&answer](Result<QString> r) { answer = r; });
        (void)QTest::qWaitFor([&answer] { return answer.has_value(); }, 2000);
        return answer && answer->ok() ? Credential::parse(answer->value()) : Credential();
    }
    // Loads the stored credential into `s` as the command line does; the error, if any.
    Error load(SignInSession &s, Load how = Load::UsableAccess)
    {
        QSignalSpy signedIn(&s, &SignInSession::signedIn);
        QSignalSpy failed(&s, &SignInSession::failed);
        QSignalSpy nothing(&s, &SignInSession::nothingStored);
        s.checkStoredCredential(how);
        (void)QTest::qWaitFor(
            [&] { return !signedIn.isEmpty() || !failed.isEmpty() || !nothing.isEmpty(); }, 8000);
        if (!failed.isEmpty())
            return failed.constLast().at(1).value<Error>();
        if (!nothing.isEmpty())
            return Error(Error::Kind::NotSignedIn, QStringLiteral("nothing stored"));
        return signedIn.isEmpty() ? Error(Error::Kind::Timeout, QStringLiteral("no answer"))
                                  : Error();
    }

    FakeDirectus server;
    QNetworkAccessManager nam;
    DirectusClient client { nam };
    NetworkLog log;
    FlakyStore store;
    SystemClock clock;
    QString key;
    std::unique_ptr<SignInSession> session;
};
} // namespace

class TestSessionCredential : public QObject
{
    Q_OBJECT

private slots:
    void signInExchangesTheFlowMadeTokenAtOnce();
    void aCachedAccessTokenNeedsNoNetwork();
    void anExpiringAccessTokenIsRenewedAndWrittenBack();
    void renewalFailures_data();
    void renewalFailures();
    void aKeychainThatRefusesTheRenewedTokenLosesTheSession();
    void twoProcessesRenewOnce();
    void theLockOfADeadProcessIsTakenOver();
    void signOutEndsTheSessionOnTheServer();
    void signOutWithTheServerDownStillSignsOutHere();
    void anAbandonedSignInEndsItsSession();
    void staticTokensOfEarlierVersionsStillWork();
};

void TestSessionCredential::signInExchangesTheFlowMadeTokenAtOnce()
{
    Rig rig;
    QVERIFY(rig.signIn());
    // The flow-made token (the one directus_revisions keeps) is dead: exchanged at once.
    QCOMPARE(rig.server.refreshes(), 1);
    QCOMPARE(rig.server.liveSessions(), 1);
    QCOMPARE(rig.server.devices(), QStringList { QStringLiteral("Directus Login on test-host") });
    const Credential stored = rig.stored();
    QCOMPARE(stored.kind(), Credential::Kind::Session);
    QVERIFY(rig.server.acceptsRefreshToken(stored.token().reveal()));
    QVERIFY(stored.token().reveal().startsWith(QLatin1String("refresh-")));
    QVERIFY(rig.server.acceptsAccessToken(stored.bearer()));
    QCOMPARE(stored.device(), QStringLiteral("Directus Login on test-host"));
    QCOMPARE(rig.session->user().firstName, QStringLiteral("Ada"));
    // /users/me was asked with the access token, not with the refresh token.
    const HttpRequest me = rig.server.requestsTo(QStringLiteral("/users/me")).constLast();
    QCOMPARE(QString::fromLatin1(me.header("authorization").mid(7)), stored.bearer());
    QVERIFY(rig.session->sessionEnds() > QDateTime::currentDateTimeUtc().addDays(6));
    // Nothing secret in the log.
    for (const NetworkLog::Entry &entry : rig.log.entries()) {
        QVERIFY(!entry.requestBody.contains(stored.token().reveal()));
        QVERIFY(!entry.responseBody.contains(stored.token().reveal()));
        QVERIFY(!entry.responseBody.contains(stored.bearer()));
    }
}

void TestSessionCredential::aCachedAccessTokenNeedsNoNetwork()
{
    Rig rig;
    QVERIFY(rig.signIn());
    const int requests = int(rig.server.requests().size());
    for (int i = 0; i < 3; ++i) {
        auto other = rig.make();
        QVERIFY(!rig.load(*other));
        QVERIFY(rig.server.acceptsAccessToken(other->bearer()));
    }
    QCOMPARE(int(rig.server.requests().size()), requests); // no request at all
    QCOMPARE(rig.server.refreshes(), 1);
}

void TestSessionCredential::anExpiringAccessTokenIsRenewedAndWrittenBack()
{
    Rig rig;
    rig.server.setAccessTtlMs(30000); // inside the minute's margin: always renewed before use
    QVERIFY(rig.signIn());
    const QString before = rig.stored().token().reveal();
    auto other = rig.make();
    QVERIFY(!rig.load(*other));
    QCOMPARE(rig.server.refreshes(), 2);
    const Credential after = rig.stored();
    QVERIFY(after.token().reveal() != before);
    QVERIFY(!rig.server.acceptsRefreshToken(before));
    QVERIFY(rig.server.acceptsRefreshToken(after.token().reveal()));
    QCOMPARE(other->bearer(), after.bearer());
    QCOMPARE(rig.server.liveSessions(), 1);
}

void TestSessionCredential::renewalFailures_data()
{
    QTest::addColumn<HttpResponse>("answer");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<bool>("keptStored");
    QTest::addColumn<QString>("says");
    QTest::newRow("5xx") << HttpResponse::directusError(
        503, QStringLiteral("SERVICE_UNAVAILABLE"), QStringLiteral("down"))
                         << QStringLiteral("service-unavailable") << true
                         << QStringLiteral("could not be renewed");
    QTest::newRow("malformed") << HttpResponse::json(200, R"({"data":{}})")
                               << QStringLiteral("server") << true
                               << QStringLiteral("cannot be read");
    QTest::newRow("revoked") << HttpResponse::directusError(
        401, QStringLiteral("INVALID_CREDENTIALS"), QStringLiteral("Invalid user credentials."))
                             << QStringLiteral("signed-out") << false
                             << QStringLiteral("signed out by the server");
    QTest::newRow("suspended") << HttpResponse::directusError(
        401, QStringLiteral("USER_SUSPENDED"), QStringLiteral("User suspended."))
                               << QStringLiteral("signed-out") << false
                               << QStringLiteral("suspended");
    HttpResponse hang = HttpResponse::json(200, "{}");
    hang.hang = true;
    QTest::newRow("no answer") << hang << QStringLiteral("timeout") << true
                               << QStringLiteral("could not be renewed");
}

void TestSessionCredential::renewalFailures()
{
    QFETCH(HttpResponse, answer);
    QFETCH(QString, kind);
    QFETCH(bool, keptStored);
    QFETCH(QString, says);
    Rig rig;
    rig.server.setAccessTtlMs(30000);
    QVERIFY(rig.signIn());
    const QString refreshToken = rig.stored().token().reveal();
    rig.server.fail(QStringLiteral("/auth/refresh"), answer);
    auto other = rig.make();
    const Error error = rig.load(*other);
    QCOMPARE(error.kindName(), kind);
    QVERIFY2(error.message().contains(says), qPrintable(error.message()));
    QCOMPARE(other->state(), State::Idle);
    QVERIFY(other->bearer().isEmpty());
    if (keptStored) {
        // Kept for a later try, and that try works: renewed once, not in a loop.
        QCOMPARE(rig.stored().token().reveal(), refreshToken);
        QVERIFY(!rig.load(*other));
        QVERIFY(rig.server.acceptsAccessToken(other->bearer()));
    } else {
        QVERIFY(rig.stored().isEmpty()); // "You were signed out by the server"
        QCOMPARE(error.exitCode(), 4);
    }
}

void TestSessionCredential::aKeychainThatRefusesTheRenewedTokenLosesTheSession()
{
    Rig rig;
    rig.server.setAccessTtlMs(30000);
    QVERIFY(rig.signIn());
    rig.store.failWrites = true;
    auto other = rig.make();
    const Error error = rig.load(*other);
    QCOMPARE(error.kind(), Error::Kind::SessionLost);
    QVERIFY2(error.message().contains(QStringLiteral("lost")), qPrintable(error.message()));
    QVERIFY2(error.message().contains(QStringLiteral("Unlock")), qPrintable(error.message()));
}

void TestSessionCredential::twoProcessesRenewOnce()
{
    // Two holders of one credential (as the window and `directus-login token`) with a stale
    // access token, renewing at the same moment: the lock and the store's second read make one
    // renewal serve both; nobody is signed out by the rotation.
    Rig rig;
    rig.server.setAccessTtlMs(61000);
    QVERIFY(rig.signIn());
    QTest::qWait(1100); // now inside the margin
    auto a = rig.make();
    auto b = rig.make();
    QSignalSpy aIn(a.get(), &SignInSession::signedIn);
    QSignalSpy bIn(b.get(), &SignInSession::signedIn);
    QSignalSpy aFailed(a.get(), &SignInSession::failed);
    QSignalSpy bFailed(b.get(), &SignInSession::failed);
    a->checkStoredCredential(Load::UsableAccess);
    b->checkStoredCredential(Load::UsableAccess);
    QTRY_VERIFY_WITH_TIMEOUT(
        aIn.count() + aFailed.count() == 1 && bIn.count() + bFailed.count() == 1, 8000);
    QCOMPARE(aFailed.count(), 0);
    QCOMPARE(bFailed.count(), 0);
    QCOMPARE(rig.server.refreshes(), 2); // the sign-in's and one renewal
    QCOMPARE(a->bearer(), b->bearer());
    QVERIFY(rig.server.acceptsAccessToken(a->bearer()));
    QVERIFY(rig.server.acceptsRefreshToken(rig.stored().token().reveal()));
}

void TestSessionCredential::theLockOfADeadProcessIsTakenOver()
{
    // A lock file left by a process that died (its pid no longer runs) does not block anyone.
    const QString key = QStringLiteral("tst-lock@https://lock.example");
    const QString path = CredentialLock::pathFor(key);
    QFile::remove(path);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        // QLockFile's format: pid, application, host (this one: so that the pid can be checked).
        file.write("999999\ndirectus-login\n" + QSysInfo::machineHostName().toUtf8() + "\n");
    }
    CredentialLock lock(key);
    std::optional<Error> got;
    QElapsedTimer timer;
    timer.start();
    lock.acquire(3000, [&got](Error e) { got = e; });
    QTRY_VERIFY(got.has_value());
    QVERIFY2(!*got, qPrintable(got->detail()));
    QVERIFY(lock.isHeld());
    // Held by us: a second lock waits, then gives up with a message.
    CredentialLock other(key);
    std::optional<Error> second;
    other.acquire(200, [&second](Error e) { second = e; });
    QTRY_VERIFY(second.has_value());
    QCOMPARE(second->kind(), Error::Kind::Timeout);
    lock.release();
    QVERIFY(!QFile::exists(path));
}

void TestSessionCredential::signOutEndsTheSessionOnTheServer()
{
    Rig rig;
    QVERIFY(rig.signIn());
    const QString refreshToken = rig.stored().token().reveal();
    QSignalSpy out(rig.session.get(), &SignInSession::signedOut);
    rig.session->signOut();
    QVERIFY(out.wait(5000));
    QVERIFY(rig.session->lastSignOutRevoked());
    QCOMPARE(rig.server.liveSessions(), 0);
    QVERIFY(!rig.server.acceptsRefreshToken(refreshToken));
    QVERIFY(rig.stored().isEmpty());
    QCOMPARE(rig.log.redactor().secretCount(), 0);
}

void TestSessionCredential::signOutWithTheServerDownStillSignsOutHere()
{
    Rig rig;
    QVERIFY(rig.signIn());
    rig.server.close(); // unreachable
    QSignalSpy out(rig.session.get(), &SignInSession::signedOut);
    rig.session->signOut();
    QVERIFY(out.wait(5000));
    QVERIFY(!rig.session->lastSignOutRevoked());
    QVERIFY(rig.stored().isEmpty());
    QCOMPARE(rig.server.liveSessions(), 1); // still valid there until it expires
}

void TestSessionCredential::anAbandonedSignInEndsItsSession()
{
    // The code was right, the session opened, but /users/me failed and the person gave up: the
    // session must not stay behind on the server.
    Rig rig;
    rig.server.fail(QStringLiteral("/users/me"),
        HttpResponse::directusError(
            503, QStringLiteral("SERVICE_UNAVAILABLE"), QStringLiteral("down")));
    QVERIFY(rig.session->requestCode(PhoneNumber::parse(QStringLiteral("+447123456001"), {})));
    QTRY_COMPARE(rig.session->state(), State::AwaitingCode);
    rig.session->submitCode(FakeDirectus::code());
    QTRY_COMPARE_WITH_TIMEOUT(rig.session->state(), State::UserCheckFailed, 5000);
    QCOMPARE(rig.server.liveSessions(), 1);
    QVERIFY(rig.stored().isEmpty());
    rig.session->cancel();
    QTRY_COMPARE(rig.server.liveSessions(), 0);
    QVERIFY(rig.stored().isEmpty());
}

void TestSessionCredential::staticTokensOfEarlierVersionsStillWork()
{
    Rig rig(FakeDirectus::Mode::Static);
    QVERIFY(rig.signIn());
    // Stored as every earlier version stored it: the bare token.
    const Credential stored = rig.stored();
    QCOMPARE(stored.kind(), Credential::Kind::Static);
    QCOMPARE(stored.token().reveal(), rig.server.lastStaticToken());
    QCOMPARE(rig.server.refreshes(), 0);
    auto other = rig.make();
    QVERIFY(!rig.load(*other, Load::CheckWithServer));
    QCOMPARE(other->bearer(), rig.server.lastStaticToken());
    QCOMPARE(other->user().firstName, QStringLiteral("Ada"));
    QVERIFY(!other->sessionEnds().isValid());
}

QTEST_GUILESS_MAIN(TestSessionCredential)
#include "tst_sessioncredential.moc"
