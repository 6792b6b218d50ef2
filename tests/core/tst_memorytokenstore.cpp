// MemoryTokenStore (kiosk mode, "this session only") and TokenStore::key, which every store uses.
#include "TokenStore.h"

#include <QObject>
#include <QTest>
#include <memory>

namespace {

// Collects the answers of one operation.
struct Answers
{
    int calls = 0;
    Result<QString> lastRead = QString();
    Error lastError;

    TokenStore::ReadCallback reader()
    {
        return [this](Result<QString> r) {
            ++calls;
            lastRead = std::move(r);
        };
    }
    TokenStore::WriteCallback writer()
    {
        return [this](Error e) {
            ++calls;
            lastError = std::move(e);
        };
    }
};

} // namespace

class tst_MemoryTokenStore : public QObject
{
    Q_OBJECT

private slots:
    void key_data();
    void key();

    void roundTrip();
    void overwrite();
    void readMissingIsNotSignedIn();
    void removeThenRead();
    void removeMissingSucceeds();
    void keysAreIndependent();
    void answersAreAsynchronous();
    void noAnswerAfterContextDestroyed();
    void wipeForgetsEverything();
    void readGivesACopy();
    void describesItself();

private:
    Result<QString> readNow(TokenStore &store, const QString &key);
    Error writeNow(TokenStore &store, const QString &key, const QString &token);
    Error removeNow(TokenStore &store, const QString &key);
};

// The answer of one operation, waited for; a Cancelled error when none came (the comparison that
// follows then fails).
namespace {
const Error noAnswer(Error::Kind::Cancelled, QStringLiteral("no answer"),
    QStringLiteral("the store did not answer within 5 s"));
}

Result<QString> tst_MemoryTokenStore::readNow(TokenStore &store, const QString &key)
{
    Answers a;
    store.read(key, this, a.reader());
    return QTest::qWaitFor([&] { return a.calls > 0; }, 5000) ? a.lastRead : noAnswer;
}

Error tst_MemoryTokenStore::writeNow(TokenStore &store, const QString &key, const QString &token)
{
    Answers a;
    store.write(key, token, this, a.writer());
    return QTest::qWaitFor([&] { return a.calls > 0; }, 5000) ? a.lastError : noAnswer;
}

Error tst_MemoryTokenStore::removeNow(TokenStore &store, const QString &key)
{
    Answers a;
    store.remove(key, this, a.writer());
    return QTest::qWaitFor([&] { return a.calls > 0; }, 5000) ? a.lastError : noAnswer;
}

void tst_MemoryTokenStore::key_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("expected");

    const QString cms = QStringLiteral("default@https://cms.example.com");
    QTest::newRow("plain") << QString() << QStringLiteral("https://cms.example.com") << cms;
    QTest::newRow("trailing slash")
        << QString() << QStringLiteral("https://cms.example.com/") << cms;
    QTest::newRow("several trailing slashes")
        << QString() << QStringLiteral("https://cms.example.com///") << cms;
    QTest::newRow("upper-case scheme and host")
        << QString() << QStringLiteral("HTTPS://CMS.Example.COM/") << cms;
    QTest::newRow("default https port")
        << QString() << QStringLiteral("https://cms.example.com:443") << cms;
    QTest::newRow("query, fragment, user info")
        << QString() << QStringLiteral("https://me:secret@cms.example.com/?next=/x#top") << cms;
    QTest::newRow("spaces around")
        << QString() << QStringLiteral("  https://cms.example.com/ ") << cms;
    QTest::newRow("empty profile")
        << QStringLiteral("") << QStringLiteral("https://cms.example.com") << cms;
    QTest::newRow("blank profile")
        << QStringLiteral("  ") << QStringLiteral("https://cms.example.com") << cms;
    QTest::newRow("named profile")
        << QStringLiteral("work") << QStringLiteral("https://cms.example.com")
        << QStringLiteral("work@https://cms.example.com");
    QTest::newRow("default http port") << QString() << QStringLiteral("http://localhost:80/")
                                       << QStringLiteral("default@http://localhost");
    QTest::newRow("other port kept") << QString() << QStringLiteral("http://localhost:8055/")
                                     << QStringLiteral("default@http://localhost:8055");
    QTest::newRow("https on port 80 kept") << QString() << QStringLiteral("https://example.com:80")
                                           << QStringLiteral("default@https://example.com:80");
    QTest::newRow("path kept, case too")
        << QString() << QStringLiteral("https://example.com/Directus/")
        << QStringLiteral("default@https://example.com/Directus");
    QTest::newRow("IPv6 loopback") << QString() << QStringLiteral("http://[::1]:8055/")
                                   << QStringLiteral("default@http://[::1]:8055");
    QTest::newRow("IDN host as Unicode")
        << QString() << QStringLiteral("https://B\u00fccher.example/")
        << QStringLiteral("default@https://xn--bcher-kva.example");
    QTest::newRow("IDN host as punycode")
        << QString() << QStringLiteral("https://xn--bcher-kva.example")
        << QStringLiteral("default@https://xn--bcher-kva.example");
    QTest::newRow("not a URL: only trimmed") << QString() << QStringLiteral("cms.example.com/")
                                             << QStringLiteral("default@cms.example.com");
}

void tst_MemoryTokenStore::key()
{
    QFETCH(QString, profile);
    QFETCH(QString, server);
    QFETCH(QString, expected);
    QCOMPARE(TokenStore::key(profile, server), expected);
}

void tst_MemoryTokenStore::roundTrip()
{
    MemoryTokenStore store;
    QCOMPARE(writeNow(store, QStringLiteral("default@https://a.example"), QStringLiteral("tok-1"))
                 .kind(),
        Error::Kind::None);
    const Result<QString> r = readNow(store, QStringLiteral("default@https://a.example"));
    QVERIFY(r.ok());
    QCOMPARE(r.value(), QStringLiteral("tok-1"));
    QCOMPARE(store.count(), 1);
}

void tst_MemoryTokenStore::overwrite()
{
    MemoryTokenStore store;
    const QString k = QStringLiteral("default@https://a.example");
    QVERIFY(!writeNow(store, k, QStringLiteral("old")));
    QVERIFY(!writeNow(store, k, QStringLiteral("new")));
    QCOMPARE(readNow(store, k).value(), QStringLiteral("new"));
    QCOMPARE(store.count(), 1);
}

void tst_MemoryTokenStore::readMissingIsNotSignedIn()
{
    MemoryTokenStore store;
    const Result<QString> r = readNow(store, QStringLiteral("default@https://nowhere.example"));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind(), Error::Kind::NotSignedIn);
    QVERIFY(!r.error().message().isEmpty());
}

void tst_MemoryTokenStore::removeThenRead()
{
    MemoryTokenStore store;
    const QString k = QStringLiteral("default@https://a.example");
    QVERIFY(!writeNow(store, k, QStringLiteral("tok")));
    QCOMPARE(removeNow(store, k).kind(), Error::Kind::None);
    QCOMPARE(readNow(store, k).error().kind(), Error::Kind::NotSignedIn);
    QCOMPARE(store.count(), 0);
}

void tst_MemoryTokenStore::removeMissingSucceeds()
{
    MemoryTokenStore store;
    QCOMPARE(removeNow(store, QStringLiteral("default@https://never.example")).kind(),
        Error::Kind::None);
}

void tst_MemoryTokenStore::keysAreIndependent()
{
    MemoryTokenStore store;
    const QString a = TokenStore::key(QString(), QStringLiteral("https://a.example"));
    const QString b = TokenStore::key(QString(), QStringLiteral("https://b.example"));
    const QString work
        = TokenStore::key(QStringLiteral("work"), QStringLiteral("https://a.example"));
    QVERIFY(!writeNow(store, a, QStringLiteral("token-a")));
    QVERIFY(!writeNow(store, b, QStringLiteral("token-b")));
    QVERIFY(!writeNow(store, work, QStringLiteral("token-work")));
    QVERIFY(!removeNow(store, b));
    QCOMPARE(readNow(store, a).value(), QStringLiteral("token-a"));
    QCOMPARE(readNow(store, work).value(), QStringLiteral("token-work"));
    QCOMPARE(readNow(store, b).error().kind(), Error::Kind::NotSignedIn);
}

void tst_MemoryTokenStore::answersAreAsynchronous()
{
    // Callers must behave the same with the keychain, which can never answer at once.
    MemoryTokenStore store;
    Answers w, r, d;
    store.write(QStringLiteral("k"), QStringLiteral("v"), this, w.writer());
    store.read(QStringLiteral("k"), this, r.reader());
    store.remove(QStringLiteral("k"), this, d.writer());
    QCOMPARE(w.calls, 0);
    QCOMPARE(r.calls, 0);
    QCOMPARE(d.calls, 0);
    QTRY_COMPARE(d.calls, 1);
    QCOMPARE(w.calls, 1);
    QCOMPARE(r.calls, 1);
    QCOMPARE(r.lastRead.value(), QStringLiteral("v"));
}

void tst_MemoryTokenStore::noAnswerAfterContextDestroyed()
{
    MemoryTokenStore store;
    Answers gone, alive;
    auto context = std::make_unique<QObject>();
    store.write(QStringLiteral("k"), QStringLiteral("v"), context.get(), gone.writer());
    store.read(QStringLiteral("k"), context.get(), gone.reader());
    context.reset();
    // Queued after the two above: once it has answered, they would have too.
    store.read(QStringLiteral("k"), this, alive.reader());
    QTRY_COMPARE(alive.calls, 1);
    QCOMPARE(gone.calls, 0);
    QCOMPARE(alive.lastRead.value(), QStringLiteral("v"));
}

void tst_MemoryTokenStore::wipeForgetsEverything()
{
    MemoryTokenStore store;
    QVERIFY(!writeNow(store, QStringLiteral("a"), QStringLiteral("token-a")));
    QVERIFY(!writeNow(store, QStringLiteral("b"), QStringLiteral("token-b")));
    QCOMPARE(store.count(), 2);
    store.wipe();
    QCOMPARE(store.count(), 0);
    QCOMPARE(readNow(store, QStringLiteral("a")).error().kind(), Error::Kind::NotSignedIn);
    QCOMPARE(readNow(store, QStringLiteral("b")).error().kind(), Error::Kind::NotSignedIn);
}

void tst_MemoryTokenStore::readGivesACopy()
{
    // Overwriting the stored token (wipe, overwrite) must not change a token already handed out,
    // nor may the caller's string change when the store wipes its own.
    MemoryTokenStore store;
    QString written = QStringLiteral("token-xyz");
    QVERIFY(!writeNow(store, QStringLiteral("a"), written));
    const QString handedOut = readNow(store, QStringLiteral("a")).value();
    store.wipe();
    QCOMPARE(handedOut, QStringLiteral("token-xyz"));
    QCOMPARE(written, QStringLiteral("token-xyz"));
}

void tst_MemoryTokenStore::describesItself()
{
    MemoryTokenStore store;
    QVERIFY(!store.isPersistent());
    QCOMPARE(store.description(), QStringLiteral("memory, for this session only"));
}

QTEST_GUILESS_MAIN(tst_MemoryTokenStore)
#include "tst_memorytokenstore.moc"
