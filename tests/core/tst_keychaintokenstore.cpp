// KeychainTokenStore against a real Secret Service: gnome-keyring in the private D-Bus session that
// tests/with-keyring starts. Without it the keyring tests fail (they never touch your own keyring);
// the pure tests (error mapping) run anywhere.
//
// The binary has a child mode (environment DL_TOKENSTORE_CHILD) so the cases that need another
// session bus — none at all, or one that never answers — run in a process of their own: QtKeychain
// and libsecret pick their bus once per process.
#include "TokenStore.h"

#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusVariant>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QObject>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTestEventLoop>
#include <QTimer>
#include <algorithm>
#include <memory>
#include <qt6keychain/keychain.h>

namespace {

const char childModeVariable[] = "DL_TOKENSTORE_CHILD";
const QString secretsService = QStringLiteral("org.freedesktop.secrets");
const QString secretsPath = QStringLiteral("/org/freedesktop/secrets");
const QString loginCollection = QStringLiteral("/org/freedesktop/secrets/collection/login");
const QString childToken = QStringLiteral("child-secret-token-5e1f");

// Collects the answers of one operation.
struct Answers
{
    int calls = 0;
    Result<QString> lastRead = QString();
    Error lastError;
    std::function<void()> onAnswer;

    TokenStore::ReadCallback reader()
    {
        return [this](Result<QString> r) {
            ++calls;
            lastRead = std::move(r);
            if (onAnswer)
                onAnswer();
        };
    }
    TokenStore::WriteCallback writer()
    {
        return [this](Error e) {
            ++calls;
            lastError = std::move(e);
            if (onAnswer)
                onAnswer();
        };
    }
};

const int answerWaitMs = 15000; // more than the store's own 10 s timeout

// Runs the event loop until `answers` has one, at most answerWaitMs. Returns at once when it comes
// (unlike polling, so the measured times are the keychain's).
bool waitForAnswer(Answers &answers)
{
    if (answers.calls > 0)
        return true;
    QTestEventLoop loop;
    answers.onAnswer = [&loop] { loop.exitLoop(); };
    loop.enterLoopMSecs(answerWaitMs);
    answers.onAnswer = nullptr;
    return answers.calls > 0;
}

// org.freedesktop.Secret.Secret: (oayays)
struct DbusSecret
{
    QDBusObjectPath session;
    QByteArray parameters;
    QByteArray value;
    QString contentType;
};

QDBusArgument &operator<<(QDBusArgument &argument, const DbusSecret &secret)
{
    argument.beginStructure();
    argument << secret.session << secret.parameters << secret.value << secret.contentType;
    argument.endStructure();
    return argument;
}

const QDBusArgument &operator>>(const QDBusArgument &argument, DbusSecret &secret)
{
    argument.beginStructure();
    argument >> secret.session >> secret.parameters >> secret.value >> secret.contentType;
    argument.endStructure();
    return argument;
}

} // namespace

Q_DECLARE_METATYPE(DbusSecret)
Q_DECLARE_METATYPE(KeychainTokenStore::Operation)
Q_DECLARE_METATYPE(Error::Kind)

// Fails the current test, with the reason and what to do, when there is no usable test keyring.
#define REQUIRE_KEYRING()                                                                          \
    do {                                                                                           \
        if (!m_keyringProblem.isEmpty())                                                           \
            QFAIL(qPrintable(m_keyringProblem));                                                   \
    } while (false)

class tst_KeychainTokenStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    // Pure, no keyring needed.
    void mapError_data();
    void mapError();
    void timeoutError();
    void describesItself();

    // Against the test keyring.
    void roundTrip();
    void overwrite();
    void removeThenReadIsNotSignedIn();
    void removeMissingSucceeds();
    void keysAreIndependent();
    void unicodeLongToken();
    void otherProgramsFindTheToken();
    void answersAreAsynchronous();
    void noAnswerAfterContextDestroyed();
    void timeoutAnswersOnceAndIgnoresLateAnswer();
    void hangingKeychainTimesOut();
    void operationAfterATimeoutTimesOutToo();
    void noSessionBusIsUnavailable();
    void lockedKeyringSaysLocked();

private:
    QString uniqueKey(const QString &server) const;
    Result<QString> readNow(TokenStore &store, const QString &key);
    Error writeNow(TokenStore &store, const QString &key, const QString &token);
    Error removeNow(TokenStore &store, const QString &key);
    QJsonObject runChild(
        const QString &mode, int timeoutMs, QProcessEnvironment env, QString *output);

    bool isLoginLocked(QString *why = nullptr);
    bool lockLogin(QString *why);
    bool unlockLogin(QString *why);

    QString m_keyringProblem;
};

// A Cancelled error stands for "no answer at all"; the comparison that follows then fails.
namespace {
const Error noAnswer(Error::Kind::Cancelled, QStringLiteral("no answer"),
    QStringLiteral("the store did not answer within 15 s"));
} // namespace

void tst_KeychainTokenStore::initTestCase()
{
    qDBusRegisterMetaType<DbusSecret>();

    const QString howTo = QStringLiteral(
        "Run keychain tests through tests/with-keyring, which starts a private, unlocked "
        "gnome-keyring: tests/with-keyring %1")
                              .arg(QCoreApplication::applicationFilePath());
    // Never touch the person's own keyring (and never wait for its password prompt).
    if (qEnvironmentVariableIsEmpty("DL_WITH_KEYRING")) {
        m_keyringProblem = QStringLiteral("No test keyring (DL_WITH_KEYRING is not set). ") + howTo;
        return;
    }
    if (!QDBusConnection::sessionBus().isConnected()) {
        m_keyringProblem = QStringLiteral("No D-Bus session bus (%1). ")
                               .arg(QDBusConnection::sessionBus().lastError().message())
            + howTo;
        return;
    }
    if (!QDBusConnection::sessionBus().interface()->isServiceRegistered(secretsService)) {
        m_keyringProblem = QStringLiteral("No Secret Service (%1) on the session bus; is "
                                          "gnome-keyring installed (.ci/install-deps)? ")
                               .arg(secretsService)
            + howTo;
        return;
    }
    QString why;
    if (isLoginLocked(&why) || !why.isEmpty()) {
        m_keyringProblem = QStringLiteral("The test keyring's login collection is locked or "
                                          "missing (%1). ")
                               .arg(why)
            + howTo;
    }
}

void tst_KeychainTokenStore::cleanup()
{
    // A failed locked-keyring test must not leave the keyring locked for the tests after it.
    if (m_keyringProblem.isEmpty() && isLoginLocked()) {
        QString why;
        if (!unlockLogin(&why))
            qWarning("could not unlock the test keyring again: %s", qPrintable(why));
    }
}

QString tst_KeychainTokenStore::uniqueKey(const QString &server) const
{
    // Unique per run, so leftovers of an earlier run in the same keyring cannot interfere.
    return TokenStore::key(QStringLiteral("test-%1-%2")
                               .arg(QCoreApplication::applicationPid())
                               .arg(QString::fromLatin1(QTest::currentTestFunction())),
        server);
}

Result<QString> tst_KeychainTokenStore::readNow(TokenStore &store, const QString &key)
{
    Answers a;
    store.read(key, this, a.reader());
    return waitForAnswer(a) ? a.lastRead : noAnswer;
}

Error tst_KeychainTokenStore::writeNow(TokenStore &store, const QString &key, const QString &token)
{
    Answers a;
    store.write(key, token, this, a.writer());
    return waitForAnswer(a) ? a.lastError : noAnswer;
}

Error tst_KeychainTokenStore::removeNow(TokenStore &store, const QString &key)
{
    Answers a;
    store.remove(key, this, a.writer());
    return waitForAnswer(a) ? a.lastError : noAnswer;
}

// --- pure -------------------------------------------------------------------------------------

void tst_KeychainTokenStore::mapError_data()
{
    using Op = KeychainTokenStore::Operation;
    QTest::addColumn<Op>("op");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("errorString");
    QTest::addColumn<Error::Kind>("kind");
    QTest::addColumn<QString>("messageSays"); // a phrase the message must contain

    const QString locked = QStringLiteral("keyring is locked");
    const QString install = QStringLiteral("Install and start gnome-keyring");
    const QString denied = QStringLiteral("was denied");
    const QString generic = QStringLiteral("could not be used");

    QTest::newRow("read ok") << Op::Read << int(QKeychain::NoError) << QString()
                             << Error::Kind::None << QString();
    QTest::newRow("read missing") << Op::Read << int(QKeychain::EntryNotFound)
                                  << QStringLiteral("Entry not found") << Error::Kind::NotSignedIn
                                  << QStringLiteral("No token is stored");
    QTest::newRow("remove missing")
        << Op::Remove << int(QKeychain::EntryNotFound) << QStringLiteral("Entry not found")
        << Error::Kind::None << QString();
    QTest::newRow("write to locked collection")
        << Op::Write << int(QKeychain::AccessDenied)
        << QStringLiteral("Cannot create an item in a locked collection")
        << Error::Kind::KeychainLocked << locked;
    QTest::newRow("read from locked collection")
        << Op::Read << int(QKeychain::AccessDenied) << QStringLiteral("Collection is locked")
        << Error::Kind::KeychainLocked << locked;
    QTest::newRow("keyring never unlocked")
        << Op::Write << int(QKeychain::OtherError)
        << QStringLiteral("Object does not exist at path \u201c/org/freedesktop/secrets/"
                          "collection/login\u201d")
        << Error::Kind::KeychainLocked << locked;
    QTest::newRow("denied by user")
        << Op::Read << int(QKeychain::AccessDeniedByUser) << QStringLiteral("User denied access")
        << Error::Kind::KeychainDenied << denied;
    QTest::newRow("denied otherwise")
        << Op::Write << int(QKeychain::AccessDenied) << QStringLiteral("Access to keychain denied")
        << Error::Kind::KeychainDenied << denied;
    QTest::newRow("no backend") << Op::Read << int(QKeychain::NoBackendAvailable)
                                << QStringLiteral("No keychain service available")
                                << Error::Kind::KeychainUnavailable << install;
    QTest::newRow("not implemented")
        << Op::Write << int(QKeychain::NotImplemented) << QStringLiteral("Not implemented")
        << Error::Kind::KeychainUnavailable << install;
    QTest::newRow("no session bus")
        << Op::Write << int(QKeychain::OtherError)
        << QStringLiteral("Cannot autolaunch D-Bus without X11 $DISPLAY")
        << Error::Kind::KeychainUnavailable << install;
    QTest::newRow("bus address without a bus")
        << Op::Write << int(QKeychain::OtherError)
        << QStringLiteral("Could not connect: No such file or directory")
        << Error::Kind::KeychainUnavailable << install;
    QTest::newRow("no secret service")
        << Op::Read << int(QKeychain::OtherError)
        << QStringLiteral("The name org.freedesktop.secrets was not provided by any .service "
                          "files")
        << Error::Kind::KeychainUnavailable << install;
    QTest::newRow("libsecret missing")
        << Op::Read << int(QKeychain::OtherError) << QStringLiteral("Unknown error")
        << Error::Kind::KeychainUnavailable << install;
    QTest::newRow("kwallet not running")
        << Op::Write << int(QKeychain::OtherError)
        << QStringLiteral("Could not open wallet: org.freedesktop.DBus.Error.ServiceUnknown; "
                          "The name org.kde.kwalletd5 was not provided by any .service files")
        << Error::Kind::KeychainUnavailable << install;
    QTest::newRow("something else")
        << Op::Write << int(QKeychain::OtherError) << QStringLiteral("Disk quota exceeded")
        << Error::Kind::KeychainUnavailable << generic;
    QTest::newRow("could not delete") << Op::Remove << int(QKeychain::CouldNotDeleteEntry)
                                      << QStringLiteral("Could not delete the entry")
                                      << Error::Kind::KeychainUnavailable << generic;
}

void tst_KeychainTokenStore::mapError()
{
    QFETCH(KeychainTokenStore::Operation, op);
    QFETCH(int, code);
    QFETCH(QString, errorString);
    QFETCH(Error::Kind, kind);
    QFETCH(QString, messageSays);

    const Error e = KeychainTokenStore::mapError(code, errorString, op);
    QCOMPARE(e.kind(), kind);
    if (kind == Error::Kind::None) {
        QVERIFY(e.message().isEmpty());
        return;
    }
    QVERIFY2(e.message().contains(messageSays), qPrintable(e.message()));
    // The detail is for "Details" and the log: the QtKeychain code by name and its own text.
    const char *names[] = { "NoError", "EntryNotFound", "CouldNotDeleteEntry", "AccessDeniedByUser",
        "AccessDenied", "NoBackendAvailable", "NotImplemented", "OtherError" };
    QVERIFY2(e.detail().contains(
                 QStringLiteral("QKeychain::%1 (%2)").arg(QLatin1String(names[code])).arg(code)),
        qPrintable(e.detail()));
    QVERIFY2(e.detail().contains(errorString), qPrintable(e.detail()));
    QVERIFY(!e.message().contains(errorString));
}

void tst_KeychainTokenStore::timeoutError()
{
    const Error e = KeychainTokenStore::timeoutError(KeychainTokenStore::Operation::Write, 10000);
    QCOMPARE(e.kind(), Error::Kind::KeychainTimeout);
    QVERIFY(e.message().contains(QStringLiteral("did not answer in time")));
    QCOMPARE(e.detail(), QStringLiteral("write: no answer from the keychain within 10000 ms"));
}

void tst_KeychainTokenStore::describesItself()
{
    KeychainTokenStore store;
    QVERIFY(store.isPersistent());
    QCOMPARE(store.timeout(), 10000);
#if defined(Q_OS_MACOS)
    QCOMPARE(store.description(), QStringLiteral("the macOS Keychain"));
#elif defined(Q_OS_WIN)
    QCOMPARE(store.description(), QStringLiteral("Windows Credential Manager"));
#else
    QCOMPARE(store.description(), QStringLiteral("the system keychain (Secret Service)"));
#endif
}

// --- against the test keyring -------------------------------------------------------------------

void tst_KeychainTokenStore::roundTrip()
{
    REQUIRE_KEYRING();
    KeychainTokenStore store;
    const QString k = uniqueKey(QStringLiteral("https://cms.example.com"));
    // Times of write, read, remove and the whole round trip, in ms, over several runs.
    QList<qint64> times[4];
    for (int i = 0; i < 7; ++i) {
        const QString token = QStringLiteral("token-%1").arg(i);
        QElapsedTimer clock;
        clock.start();
        const Error written = writeNow(store, k, token);
        QVERIFY2(!written, qPrintable(written.detail()));
        times[0] << clock.elapsed();
        const Result<QString> r = readNow(store, k);
        QVERIFY2(r.ok(), qPrintable(r.error().detail()));
        QCOMPARE(r.value(), token);
        times[1] << clock.elapsed() - times[0].last();
        const Error removed = removeNow(store, k);
        QVERIFY2(!removed, qPrintable(removed.detail()));
        times[3] << clock.elapsed();
        times[2] << times[3].last() - times[0].last() - times[1].last();
    }
    for (auto &list : times)
        std::sort(list.begin(), list.end());
    qInfo("keychain round trip, median of 7: write %lld ms, read %lld, remove %lld; "
          "write+read+remove %lld ms (min %lld, max %lld)",
        times[0].at(3), times[1].at(3), times[2].at(3), times[3].at(3), times[3].first(),
        times[3].last());
}

void tst_KeychainTokenStore::overwrite()
{
    REQUIRE_KEYRING();
    KeychainTokenStore store;
    const QString k = uniqueKey(QStringLiteral("https://cms.example.com"));
    QVERIFY(!writeNow(store, k, QStringLiteral("old-token")));
    QVERIFY(!writeNow(store, k, QStringLiteral("new-token")));
    const Result<QString> r = readNow(store, k);
    QVERIFY2(r.ok(), qPrintable(r.error().detail()));
    QCOMPARE(r.value(), QStringLiteral("new-token"));
    // One item, not two: after one remove nothing is left.
    QVERIFY(!removeNow(store, k));
    QCOMPARE(readNow(store, k).error().kind(), Error::Kind::NotSignedIn);
}

void tst_KeychainTokenStore::removeThenReadIsNotSignedIn()
{
    REQUIRE_KEYRING();
    KeychainTokenStore store;
    const QString k = uniqueKey(QStringLiteral("https://cms.example.com"));
    QVERIFY(!writeNow(store, k, QStringLiteral("token")));
    const Error removed = removeNow(store, k);
    QCOMPARE(removed.kind(), Error::Kind::None);
    const Result<QString> r = readNow(store, k);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind(), Error::Kind::NotSignedIn);
    QCOMPARE(r.error().message(), QStringLiteral("No token is stored for this server."));
    QVERIFY2(r.error().detail().contains(QStringLiteral("EntryNotFound")),
        qPrintable(r.error().detail()));
}

void tst_KeychainTokenStore::removeMissingSucceeds()
{
    REQUIRE_KEYRING();
    KeychainTokenStore store;
    const Error e = removeNow(store, uniqueKey(QStringLiteral("https://never.example")));
    QVERIFY2(!e, qPrintable(e.detail()));
}

void tst_KeychainTokenStore::keysAreIndependent()
{
    REQUIRE_KEYRING();
    KeychainTokenStore store;
    const QString tag = uniqueKey(QString()); // "<unique profile>@"
    const QString a
        = TokenStore::key(tag + QStringLiteral("a"), QStringLiteral("https://a.example"));
    const QString b
        = TokenStore::key(tag + QStringLiteral("a"), QStringLiteral("https://b.example"));
    const QString work
        = TokenStore::key(tag + QStringLiteral("work"), QStringLiteral("https://a.example"));
    QVERIFY(!writeNow(store, a, QStringLiteral("token-a")));
    QVERIFY(!writeNow(store, b, QStringLiteral("token-b")));
    QVERIFY(!writeNow(store, work, QStringLiteral("token-work")));
    QCOMPARE(readNow(store, a).value(), QStringLiteral("token-a"));
    QCOMPARE(readNow(store, b).value(), QStringLiteral("token-b"));
    QCOMPARE(readNow(store, work).value(), QStringLiteral("token-work"));

    QVERIFY(!removeNow(store, b));
    QCOMPARE(readNow(store, a).value(), QStringLiteral("token-a"));
    QCOMPARE(readNow(store, work).value(), QStringLiteral("token-work"));
    QCOMPARE(readNow(store, b).error().kind(), Error::Kind::NotSignedIn);
    QVERIFY(!removeNow(store, a));
    QVERIFY(!removeNow(store, work));
}

void tst_KeychainTokenStore::unicodeLongToken()
{
    REQUIRE_KEYRING();
    KeychainTokenStore store;
    const QString k = uniqueKey(QStringLiteral("https://cms.example.com"));
    QString token;
    while (token.toUtf8().size() < 4096)
        token += QStringLiteral("\u00fcn\u00efc\u00f8d\u00e9-\U0001F511-\u0442\u043e\u043a\u0435"
                                "\u043d-\u4ee4\u724c-eyJhbGciOiJIUzI1NiJ9.");
    QVERIFY(token.toUtf8().size() >= 4096);
    const Error written = writeNow(store, k, token);
    QVERIFY2(!written, qPrintable(written.detail()));
    const Result<QString> r = readNow(store, k);
    QVERIFY2(r.ok(), qPrintable(r.error().detail()));
    QCOMPARE(r.value().size(), token.size());
    QVERIFY(r.value() == token);
    QVERIFY(!removeNow(store, k));
}

void tst_KeychainTokenStore::otherProgramsFindTheToken()
{
    REQUIRE_KEYRING();
    const QString secretTool = QStandardPaths::findExecutable(QStringLiteral("secret-tool"));
    if (secretTool.isEmpty())
        QFAIL("secret-tool is missing: install libsecret-tools (.ci/install-deps)");

    KeychainTokenStore store;
    const QString k = uniqueKey(QStringLiteral("https://cms.example.com"));
    QVERIFY(!writeNow(store, k, QStringLiteral("token-for-other-programs")));
    // QtKeychain's attribute names: "server" holds the service, "user" the key.
    QProcess lookup;
    QSignalSpy finished(&lookup, &QProcess::finished);
    lookup.start(secretTool,
        { QStringLiteral("lookup"), QStringLiteral("server"), TokenStore::serviceName(),
            QStringLiteral("user"), k });
    QVERIFY(finished.wait(10000));
    QCOMPARE(lookup.exitCode(), 0);
    QCOMPARE(QString::fromUtf8(lookup.readAllStandardOutput()),
        QStringLiteral("token-for-other-programs"));
    QVERIFY(!removeNow(store, k));
}

void tst_KeychainTokenStore::answersAreAsynchronous()
{
    REQUIRE_KEYRING();
    KeychainTokenStore store;
    Answers a;
    store.read(uniqueKey(QStringLiteral("https://cms.example.com")), this, a.reader());
    QCOMPARE(a.calls, 0);
    QVERIFY(waitForAnswer(a));
    QCOMPARE(a.calls, 1);
    QCOMPARE(a.lastRead.error().kind(), Error::Kind::NotSignedIn);
}

void tst_KeychainTokenStore::noAnswerAfterContextDestroyed()
{
    REQUIRE_KEYRING();
    KeychainTokenStore store;
    KeychainTokenStore quick;
    quick.setTimeout(1);
    const QString k = uniqueKey(QStringLiteral("https://cms.example.com"));
    Answers gone, alive;
    auto context = std::make_unique<QObject>();
    store.write(k, QStringLiteral("token"), context.get(), gone.writer());
    store.read(k, context.get(), gone.reader());
    quick.read(k, context.get(), gone.reader()); // would time out
    context.reset();
    // QtKeychain runs one job at a time: once this read has its answer, the jobs above have theirs.
    store.read(k, this, alive.reader());
    QVERIFY(waitForAnswer(alive));
    QVERIFY2(alive.lastRead.ok(), qPrintable(alive.lastRead.error().detail()));
    QCOMPARE(gone.calls, 0);
    QVERIFY(!removeNow(store, k));
    QCOMPARE(gone.calls, 0);
}

void tst_KeychainTokenStore::timeoutAnswersOnceAndIgnoresLateAnswer()
{
    REQUIRE_KEYRING();
    KeychainTokenStore impatient;
    impatient.setTimeout(1);
    const QString k = uniqueKey(QStringLiteral("https://cms.example.com"));
    Answers a;
    impatient.write(k, QStringLiteral("late-token"), this, a.writer());
    QVERIFY(waitForAnswer(a));
    QCOMPARE(a.calls, 1);
    QCOMPARE(a.lastError.kind(), Error::Kind::KeychainTimeout);
    QVERIFY(!a.lastError.message().isEmpty());
    QCOMPARE(
        a.lastError.detail(), QStringLiteral("write: no answer from the keychain within 1 ms"));

    // The job itself carries on. QtKeychain runs one job at a time, so when this read answers, the
    // write has answered too — and that answer was ignored.
    KeychainTokenStore store;
    const Result<QString> r = readNow(store, k);
    QVERIFY2(r.ok(), qPrintable(r.error().detail()));
    QCOMPARE(r.value(), QStringLiteral("late-token"));
    QCOMPARE(a.calls, 1);
    QVERIFY(!removeNow(store, k));
    QCOMPARE(a.calls, 1);
}

QJsonObject tst_KeychainTokenStore::runChild(
    const QString &mode, int timeoutMs, QProcessEnvironment env, QString *output)
{
    env.insert(QString::fromLatin1(childModeVariable), mode);
    env.insert(QStringLiteral("DL_TOKENSTORE_TIMEOUT_MS"), QString::number(timeoutMs));
    // No display (no prompt, no bus autolaunch) and no desktop hints: QtKeychain goes straight to
    // libsecret, as on a headless machine.
    for (const char *name :
        { "DISPLAY", "WAYLAND_DISPLAY", "XDG_CURRENT_DESKTOP", "DESKTOP_SESSION",
            "KDE_FULL_SESSION", "KDE_SESSION_VERSION", "GNOME_DESKTOP_SESSION_ID" })
        env.remove(QString::fromLatin1(name));

    QProcess child;
    child.setProcessEnvironment(env);
    QSignalSpy finished(&child, &QProcess::finished);
    child.start(QCoreApplication::applicationFilePath(), {});
    if (!finished.wait(30000)) {
        child.kill();
        *output = QStringLiteral("the child did not end within 30 s");
        return {};
    }
    const QByteArray out = child.readAllStandardOutput();
    *output = QString::fromUtf8(out + child.readAllStandardError());
    return QJsonDocument::fromJson(out).object();
}

void tst_KeychainTokenStore::hangingKeychainTimesOut()
{
    // A session bus that accepts the connection and then never says a word, like a keyring whose
    // prompt nobody answers: the job never finishes; the store answers KeychainTimeout, once.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QString socket = dir.filePath(QStringLiteral("silent-bus"));
    env.insert(QStringLiteral("DL_TOKENSTORE_SILENT_BUS"), socket);
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=") + socket);
    QString output;
    const QJsonObject result = runChild(QStringLiteral("silent-bus"), 300, env, &output);
    QVERIFY2(!result.isEmpty(), qPrintable(output));
    QCOMPARE(result.value(QStringLiteral("kind")).toString(), QStringLiteral("keychain-timeout"));
    QCOMPARE(result.value(QStringLiteral("calls")).toInt(), 1);
    const int ms = result.value(QStringLiteral("ms")).toInt();
    QVERIFY2(ms >= 300 && ms < 5000, qPrintable(QString::number(ms)));
    QVERIFY(!output.contains(childToken));
}

void tst_KeychainTokenStore::operationAfterATimeoutTimesOutToo()
{
    // Issue 16: after one keychain job timed out, the next one waits behind it (QtKeychain runs
    // its jobs one at a time). It must not hang: it too ends after the store's timeout, with the
    // same words, "the keychain did not answer" (what the person sees: Try again, or keep the
    // sign-in for this session only).
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QString socket = dir.filePath(QStringLiteral("silent-bus"));
    env.insert(QStringLiteral("DL_TOKENSTORE_SILENT_BUS"), socket);
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=") + socket);
    QString output;
    const QJsonObject result = runChild(QStringLiteral("silent-bus-then-read"), 300, env, &output);
    QVERIFY2(!result.isEmpty(), qPrintable(output));
    QCOMPARE(result.value(QStringLiteral("kind")).toString(), QStringLiteral("keychain-timeout"));
    QCOMPARE(
        result.value(QStringLiteral("after_kind")).toString(), QStringLiteral("keychain-timeout"));
    QCOMPARE(result.value(QStringLiteral("after_calls")).toInt(), 1);
    const int afterMs = result.value(QStringLiteral("after_ms")).toInt();
    QVERIFY2(afterMs >= 300 && afterMs < 5000, qPrintable(QString::number(afterMs)));
    QCOMPARE(result.value(QStringLiteral("after_message")).toString(),
        result.value(QStringLiteral("message")).toString());
    qInfo("after a timeout, the next operation: %s after %d ms: %s",
        qPrintable(result.value(QStringLiteral("after_kind")).toString()), afterMs,
        qPrintable(result.value(QStringLiteral("after_message")).toString()));
    QVERIFY(!output.contains(childToken));
}

void tst_KeychainTokenStore::noSessionBusIsUnavailable()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
        QStringLiteral("unix:path=") + dir.filePath(QStringLiteral("no-such-bus")));
    QString output;
    const int timeoutMs = 5000;
    const QJsonObject result = runChild(QStringLiteral("no-bus"), timeoutMs, env, &output);
    QVERIFY2(!result.isEmpty(), qPrintable(output));
    QVERIFY2(
        result.value(QStringLiteral("kind")).toString() == QStringLiteral("keychain-unavailable"),
        qPrintable(output));
    QCOMPARE(result.value(QStringLiteral("calls")).toInt(), 1);
    QVERIFY(result.value(QStringLiteral("ms")).toInt() < timeoutMs);
    QVERIFY2(result.value(QStringLiteral("message"))
                 .toString()
                 .contains(QStringLiteral("No keychain is available")),
        qPrintable(output));
    QVERIFY2(result.value(QStringLiteral("detail"))
                 .toString()
                 .startsWith(QStringLiteral("write: QKeychain::")),
        qPrintable(output));
    QVERIFY(!output.contains(childToken));
    qInfo("no session bus: %s in %d ms",
        qPrintable(result.value(QStringLiteral("detail")).toString()),
        result.value(QStringLiteral("ms")).toInt());
}

bool tst_KeychainTokenStore::isLoginLocked(QString *why)
{
    QDBusMessage get = QDBusMessage::createMethodCall(secretsService, loginCollection,
        QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("Get"));
    get << QStringLiteral("org.freedesktop.Secret.Collection") << QStringLiteral("Locked");
    const QDBusMessage reply = QDBusConnection::sessionBus().call(get, QDBus::Block, 5000);
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty()) {
        if (why)
            *why = reply.errorMessage();
        return false;
    }
    return reply.arguments().at(0).value<QDBusVariant>().variant().toBool();
}

bool tst_KeychainTokenStore::lockLogin(QString *why)
{
    QDBusMessage lock = QDBusMessage::createMethodCall(secretsService, secretsPath,
        QStringLiteral("org.freedesktop.Secret.Service"), QStringLiteral("Lock"));
    lock << QVariant::fromValue(QList<QDBusObjectPath> { QDBusObjectPath(loginCollection) });
    const QDBusMessage reply = QDBusConnection::sessionBus().call(lock, QDBus::Block, 5000);
    if (reply.type() != QDBusMessage::ReplyMessage) {
        *why = reply.errorMessage();
        return false;
    }
    return isLoginLocked(why);
}

bool tst_KeychainTokenStore::unlockLogin(QString *why)
{
    // Unlock needs a prompt through the public API; gnome-keyring's own interface takes the
    // password instead (tests/with-keyring passes it in DL_KEYRING_PASSWORD). The secret travels
    // in a "plain" session: this is a throwaway test keyring on a private bus.
    QDBusConnection bus = QDBusConnection::sessionBus();
    QDBusMessage open = QDBusMessage::createMethodCall(secretsService, secretsPath,
        QStringLiteral("org.freedesktop.Secret.Service"), QStringLiteral("OpenSession"));
    open << QStringLiteral("plain") << QVariant::fromValue(QDBusVariant(QString()));
    QDBusMessage reply = bus.call(open, QDBus::Block, 5000);
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().size() < 2) {
        *why = QStringLiteral("OpenSession: ") + reply.errorMessage();
        return false;
    }
    const QDBusObjectPath session = reply.arguments().at(1).value<QDBusObjectPath>();
    const auto closeSession = qScopeGuard([&] {
        bus.call(QDBusMessage::createMethodCall(secretsService, session.path(),
                     QStringLiteral("org.freedesktop.Secret.Session"), QStringLiteral("Close")),
            QDBus::Block, 5000);
    });

    const DbusSecret password { session, {}, qgetenv("DL_KEYRING_PASSWORD"),
        QStringLiteral("text/plain") };
    QDBusMessage unlock = QDBusMessage::createMethodCall(secretsService, secretsPath,
        QStringLiteral("org.gnome.keyring.InternalUnsupportedGuiltRiddenInterface"),
        QStringLiteral("UnlockWithMasterPassword"));
    unlock << QVariant::fromValue(QDBusObjectPath(loginCollection))
           << QVariant::fromValue(password);
    reply = bus.call(unlock, QDBus::Block, 5000);
    if (reply.type() != QDBusMessage::ReplyMessage) {
        *why = QStringLiteral("UnlockWithMasterPassword: ") + reply.errorMessage();
        return false;
    }
    return !isLoginLocked(why);
}

void tst_KeychainTokenStore::lockedKeyringSaysLocked()
{
    REQUIRE_KEYRING();
    KeychainTokenStore store;
    const QString stored = uniqueKey(QStringLiteral("https://stored.example"));
    const QString fresh = uniqueKey(QStringLiteral("https://fresh.example"));
    QVERIFY(!writeNow(store, stored, QStringLiteral("stored-token")));

    QString why;
    QVERIFY2(
        lockLogin(&why), qPrintable(QStringLiteral("could not lock the test keyring: ") + why));
    const auto unlockAgain = qScopeGuard([&] {
        QString problem;
        if (!unlockLogin(&problem))
            qWarning("could not unlock the test keyring: %s", qPrintable(problem));
    });

    // gnome-keyring tries to show an unlock prompt, which cannot appear without a display.
    const Error written = writeNow(store, fresh, QStringLiteral("fresh-token"));
    QVERIFY2(written.kind() == Error::Kind::KeychainLocked,
        qPrintable(written.kindName() + QStringLiteral(": ") + written.detail()));
    QVERIFY2(written.message().contains(QStringLiteral("keyring is locked")),
        qPrintable(written.message()));
    // libsecret answers a read in a locked collection with "not found" and a remove with success
    // (the item stays); the store asks the Secret Service whether the collection is locked and
    // says so instead of "not signed in" / "signed out".
    const Result<QString> readLocked = readNow(store, stored);
    const Error removedLocked = removeNow(store, stored);
    QVERIFY2(!readLocked.ok() && readLocked.error().kind() == Error::Kind::KeychainLocked,
        qPrintable(
            readLocked.error().kindName() + QStringLiteral(": ") + readLocked.error().detail()));
    QVERIFY2(readLocked.error().message().contains(QStringLiteral("keyring is locked")),
        qPrintable(readLocked.error().message()));
    QVERIFY2(removedLocked.kind() == Error::Kind::KeychainLocked,
        qPrintable(removedLocked.kindName() + QStringLiteral(": ") + removedLocked.detail()));
    qInfo("locked keyring: write -> %s (%s); read -> %s (%s); remove -> %s (%s)",
        qPrintable(written.kindName()), qPrintable(written.detail()),
        qPrintable(readLocked.ok() ? QStringLiteral("ok") : readLocked.error().kindName()),
        qPrintable(readLocked.error().detail()), qPrintable(removedLocked.kindName()),
        qPrintable(removedLocked.detail()));
    QVERIFY(!readLocked.ok() || readLocked.value() == QStringLiteral("stored-token"));

    QVERIFY2(unlockLogin(&why), qPrintable(QStringLiteral("could not unlock: ") + why));
    // The remove that was refused left the token where it was, and nothing else changed.
    const Result<QString> afterUnlock = readNow(store, stored);
    QVERIFY2(afterUnlock.ok(), qPrintable(afterUnlock.error().detail()));
    QCOMPARE(afterUnlock.value(), QStringLiteral("stored-token"));
    const Error again = writeNow(store, fresh, QStringLiteral("fresh-token"));
    QVERIFY2(!again, qPrintable(again.detail()));
    QCOMPARE(readNow(store, fresh).value(), QStringLiteral("fresh-token"));
    QVERIFY(!removeNow(store, fresh));
    QVERIFY(!removeNow(store, stored));
}

// --- child mode
// -----------------------------------------------------------------------------------

namespace {

// Writes one token with a fresh KeychainTokenStore and prints what came back as JSON: kind,
// message, detail, how many calls, after how many ms. Never the token.
int childMain(QCoreApplication &app)
{
    const QByteArray mode = qgetenv(childModeVariable);
    std::unique_ptr<QLocalServer> silentBus;
    const bool silent = mode == "silent-bus" || mode == "silent-bus-then-read";
    if (silent) {
        // Accepts the D-Bus connection and never answers, not even the authentication.
        silentBus = std::make_unique<QLocalServer>();
        if (!silentBus->listen(qEnvironmentVariable("DL_TOKENSTORE_SILENT_BUS"))) {
            fprintf(stderr, "child: cannot listen: %s\n", qPrintable(silentBus->errorString()));
            return 3;
        }
    }

    KeychainTokenStore store;
    store.setTimeout(qEnvironmentVariableIntValue("DL_TOKENSTORE_TIMEOUT_MS"));
    QElapsedTimer clock;
    clock.start();
    int calls = 0;
    qint64 ms = -1;
    Error answer;
    int afterCalls = 0;
    qint64 afterMs = -1;
    Error afterAnswer;
    const auto quitLater = [&] {
        // With a silent bus, stay past the deadline: a second answer (there must be none) from
        // the timer would be counted.
        const qint64 rest = silent ? std::max<qint64>(0, store.timeout() - ms) : 0;
        QTimer::singleShot(int(rest) + 300, &app, &QCoreApplication::quit);
    };
    store.write(QStringLiteral("child@https://child.example"), childToken, &app, [&](Error e) {
        if (++calls > 1)
            return;
        ms = clock.elapsed();
        answer = std::move(e);
        if (mode != "silent-bus-then-read") {
            quitLater();
            return;
        }
        // The next keychain operation, while the first job is still stuck: QtKeychain runs one
        // job at a time, so it waits behind it. What does the person see?
        const qint64 start = clock.elapsed();
        store.read(
            QStringLiteral("child@https://child.example"), &app, [&, start](Result<QString> r) {
                if (++afterCalls > 1)
                    return;
                afterMs = clock.elapsed() - start;
                afterAnswer = r.ok() ? Error() : r.error();
                ms = clock.elapsed();
                quitLater();
            });
    });
    QTimer::singleShot(20000, &app, [&app] { app.exit(4); }); // never hang the parent
    const int rc = app.exec();

    const QJsonObject result {
        { QStringLiteral("kind"), answer.kindName() },
        { QStringLiteral("message"), answer.message() },
        { QStringLiteral("detail"), answer.detail() },
        { QStringLiteral("calls"), calls },
        { QStringLiteral("ms"), ms },
        { QStringLiteral("after_kind"), afterAnswer.kindName() },
        { QStringLiteral("after_message"), afterAnswer.message() },
        { QStringLiteral("after_calls"), afterCalls },
        { QStringLiteral("after_ms"), afterMs },
    };
    fputs(QJsonDocument(result).toJson(QJsonDocument::Compact).constData(), stdout);
    return rc;
}

} // namespace

// QTEST_GUILESS_MAIN, plus the child mode.
int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet(childModeVariable))
        return childMain(app);
    tst_KeychainTokenStore tc;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&tc, argc, argv);
}

#include "tst_keychaintokenstore.moc"
