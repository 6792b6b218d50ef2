// Secret (a buffer of its own, wiped, copied on purpose) and Credential (what a sign-in leaves:
// its kinds, its stored form, the bare tokens earlier versions wrote).

#include "Credential.h"
#include "Secret.h"

#include <QTest>

class TestCredential : public QObject
{
    Q_OBJECT

private slots:
    void secretSharesNoBuffer();
    void secretMovesAndCopiesOnPurpose();
    void staticIsTheBareToken();
    void sessionRoundTrip();
    void unreadableEntriesSaySo_data();
    void unreadableEntriesSaySo();
    void accessValidity();
};

void TestCredential::secretSharesNoBuffer()
{
    // Issue 16: the session wiped a QString whose buffer was shared, so fill() detached and the
    // original bytes survived. A Secret never shares its buffer with the string it came from.
    QString text = QStringLiteral("tok-3f9a1c7e5b2d");
    const QString shared = text; // another owner of the same buffer
    Secret secret(text);
    text.fill(QLatin1Char('x'));
    QCOMPARE(secret.reveal(), QStringLiteral("tok-3f9a1c7e5b2d"));
    QVERIFY(secret.equals(shared));
    secret.wipe();
    QVERIFY(secret.isEmpty());
    QCOMPARE(secret.reveal(), QString());
    QVERIFY(!secret.equals(shared));
}

void TestCredential::secretMovesAndCopiesOnPurpose()
{
    Secret a(QStringLiteral("abc123"));
    Secret b = std::move(a);
    QVERIFY(a.isEmpty()); // NOLINT: the moved-from secret is empty, not a second copy
    QCOMPARE(b.reveal(), QStringLiteral("abc123"));
    Secret c = b.copy();
    b.wipe();
    QCOMPARE(c.reveal(), QStringLiteral("abc123"));
    QVERIFY(!std::is_copy_constructible_v<Secret>);
}

void TestCredential::staticIsTheBareToken()
{
    // What every earlier version (and other programs reading the keychain) knows: the token.
    const Credential c = Credential::makeStatic(QStringLiteral("tok-abcdef0123456789"));
    QCOMPARE(c.kind(), Credential::Kind::Static);
    QCOMPARE(c.serialize(), QStringLiteral("tok-abcdef0123456789"));
    QCOMPARE(c.bearer(), QStringLiteral("tok-abcdef0123456789"));
    Error error;
    const Credential back = Credential::parse(QStringLiteral("  tok-abcdef0123456789\n"), &error);
    QVERIFY(!error);
    QCOMPARE(back.kind(), Credential::Kind::Static);
    QCOMPARE(back.bearer(), QStringLiteral("tok-abcdef0123456789"));
    QVERIFY(Credential::parse(QString()).isEmpty());
}

void TestCredential::sessionRoundTrip()
{
    Credential c;
    c.setKind(Credential::Kind::Session);
    c.setToken(Secret(QStringLiteral("r").repeated(64)));
    const QDateTime expires = QDateTime::currentDateTimeUtc().addSecs(900);
    c.setAccess(Secret(QStringLiteral("eyJhbGciOiJIUzI1NiJ9.e30.sig")), expires);
    c.setSessionExpires(QDateTime::currentDateTimeUtc().addDays(7));
    c.setUserId(QStringLiteral("0b9a1f6e-7a51-4b6f-9d6c-0e2c1a4f8b11"));
    c.setDevice(QStringLiteral("Directus Login on lab-7"));
    const QString stored = c.serialize();
    QVERIFY(stored.startsWith(QLatin1Char('{')));
    Error error;
    const Credential back = Credential::parse(stored, &error);
    QVERIFY(!error);
    QCOMPARE(back.kind(), Credential::Kind::Session);
    QCOMPARE(back.token().reveal(), QStringLiteral("r").repeated(64));
    QCOMPARE(back.bearer(), QStringLiteral("eyJhbGciOiJIUzI1NiJ9.e30.sig"));
    QCOMPARE(back.accessExpires().toSecsSinceEpoch(), expires.toSecsSinceEpoch());
    QCOMPARE(back.userId(), c.userId());
    QCOMPARE(back.device(), c.device());
    QCOMPARE(back.sessionExpires().toSecsSinceEpoch(), c.sessionExpires().toSecsSinceEpoch());
}

void TestCredential::unreadableEntriesSaySo_data()
{
    QTest::addColumn<QString>("stored");
    QTest::newRow("later version")
        << QStringLiteral(R"({"v":2,"kind":"session","refresh_token":"x"})");
    QTest::newRow("unknown kind") << QStringLiteral(
        R"({"v":1,"kind":"oauth","refresh_token":"x"})");
    QTest::newRow("no token") << QStringLiteral(R"({"v":1,"kind":"session"})");
    QTest::newRow("broken json") << QStringLiteral(R"({"v":1,"kind":)");
}

void TestCredential::unreadableEntriesSaySo()
{
    QFETCH(QString, stored);
    Error error;
    const Credential c = Credential::parse(stored, &error);
    QVERIFY(c.isEmpty());
    QCOMPARE(error.kind(), Error::Kind::NotSignedIn);
    QVERIFY(error.message().contains(QStringLiteral("Sign in again")));
    QVERIFY(!error.detail().contains(QStringLiteral("refresh_token\":\"x")));
}

void TestCredential::accessValidity()
{
    Credential c;
    c.setKind(Credential::Kind::Session);
    c.setToken(Secret(QStringLiteral("refresh")));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(!c.accessValidAt(now, 60));
    c.setAccess(Secret(QStringLiteral("access")), now.addSecs(120));
    QVERIFY(c.accessValidAt(now, 60));
    QVERIFY(!c.accessValidAt(now.addSecs(61), 60)); // a minute's margin
    QVERIFY(Credential::makeStatic(QStringLiteral("t")).accessValidAt(now.addYears(5), 60));
}

QTEST_GUILESS_MAIN(TestCredential)
#include "tst_credential.moc"
