// FileTokenStore, the explicit --insecure-storage opt-in (issue 21): private from the first byte,
// several keys side by side, the file gone with the last key, and a damaged or unreadable file
// named as such instead of being overwritten.

#include "TokenStore.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

namespace {
Error write(FileTokenStore &store, const QString &key, const QString &token)
{
    Error result(Error::Kind::Cancelled, QStringLiteral("no answer"));
    bool done = false;
    store.write(key, token, &store, [&](Error error) {
        result = error;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 1000))
        qWarning("the store did not answer"); // the result stays Cancelled
    return result;
}

Result<QString> read(FileTokenStore &store, const QString &key)
{
    Result<QString> result(Error(Error::Kind::Cancelled, QStringLiteral("no answer")));
    bool done = false;
    store.read(key, &store, [&](Result<QString> answer) {
        result = answer;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 1000))
        qWarning("the store did not answer"); // the result stays Cancelled
    return result;
}

Error remove(FileTokenStore &store, const QString &key)
{
    Error result(Error::Kind::Cancelled, QStringLiteral("no answer"));
    bool done = false;
    store.remove(key, &store, [&](Error error) {
        result = error;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 1000))
        qWarning("the store did not answer"); // the result stays Cancelled
    return result;
}
} // namespace

class tst_FileTokenStore : public QObject
{
    Q_OBJECT

private slots:
    void keysLiveSideBySideAndTheLastRemovalDeletesTheFile();
    void theFileIsPrivate();
    void aDamagedFileIsNamedNotOverwritten();
    void itSaysWhereAndWarns();
};

void tst_FileTokenStore::keysLiveSideBySideAndTheLastRemovalDeletesTheFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sub/directus-login.credentials"));
    FileTokenStore store(path);
    QCOMPARE(read(store, QStringLiteral("a")).error().kind(), Error::Kind::NotSignedIn);
    QVERIFY(!write(store, QStringLiteral("default@https://a.example"), QStringLiteral("token-a")));
    QVERIFY(!write(store, QStringLiteral("default@https://b.example"), QStringLiteral("token-b")));
    QCOMPARE(read(store, QStringLiteral("default@https://a.example")).value(),
        QStringLiteral("token-a"));
    QCOMPARE(read(store, QStringLiteral("default@https://b.example")).value(),
        QStringLiteral("token-b"));
    // A second store over the same file (the next command) sees both.
    FileTokenStore later(path);
    QCOMPARE(read(later, QStringLiteral("default@https://b.example")).value(),
        QStringLiteral("token-b"));
    QVERIFY(!remove(later, QStringLiteral("default@https://a.example")));
    QVERIFY(QFile::exists(path));
    QVERIFY(!remove(later, QStringLiteral("missing")));
    QVERIFY(!remove(later, QStringLiteral("default@https://b.example")));
    QVERIFY(!QFile::exists(path));
    QVERIFY(!later.exists());
}

void tst_FileTokenStore::theFileIsPrivate()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("directus-login.credentials"));
    FileTokenStore store(path);
    QVERIFY(!write(store, QStringLiteral("k"), QStringLiteral("secret-token")));
    const QFileDevice::Permissions permissions = QFileInfo(path).permissions()
        & ~(QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser);
    QCOMPARE(permissions, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(file.readAll()).object(),
        QJsonObject({ { QStringLiteral("k"), QStringLiteral("secret-token") } }));
}

void tst_FileTokenStore::aDamagedFileIsNamedNotOverwritten()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("directus-login.credentials"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{ not json");
    }
    FileTokenStore store(path);
    const Result<QString> answer = read(store, QStringLiteral("k"));
    QVERIFY(!answer.ok());
    QVERIFY2(answer.error().message().contains(QStringLiteral("is damaged")),
        qPrintable(answer.error().message()));
    QVERIFY(answer.error().message().contains(path));
    const Error written = write(store, QStringLiteral("k"), QStringLiteral("t"));
    QVERIFY(written.isError());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("{ not json")); // kept for the person to look at
}

void tst_FileTokenStore::itSaysWhereAndWarns()
{
    FileTokenStore store(
        QStringLiteral("/home/ada/.config/directus-login/directus-login.credentials"));
    QVERIFY(store.isPersistent());
    QVERIFY(store.description().contains(QStringLiteral("not the keychain")));
    QVERIFY(store.description().contains(QStringLiteral("/home/ada/.config/directus-login")));
    QVERIFY(store.caveat().contains(QStringLiteral("Stored in a file, not in the keychain")));
    MemoryTokenStore memory;
    QVERIFY(memory.caveat().isEmpty());
}

QTEST_MAIN(tst_FileTokenStore)
#include "tst_filetokenstore.moc"
