// The kiosk administrator's PIN: the stored PBKDF2 line, its parsing, verification, and the
// verifier that runs off the GUI thread and slows guessing down (with a manual clock).

#include "Clock.h"
#include "KioskPin.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

class TestKioskPin : public QObject
{
    Q_OBJECT

private slots:
    void isRealPbkdf2Sha256();
    void roundTrip_data();
    void roundTrip();
    void saltIsRandom();
    void lineHasTheDocumentedShape();
    void malformedIsRefused_data();
    void malformedIsRefused();
    void checkPin_data();
    void checkPin();
    void verifierAnswersWithoutBlocking();
    void verifierSlowsGuessing();
    void verifierWithoutPinAcceptsNothing();
};

void TestKioskPin::isRealPbkdf2Sha256()
{
    // RFC 7914 section 11: PBKDF2-HMAC-SHA256("passwd", "salt", 1), first 32 bytes.
    const QString line = KioskPin::makeHash(QStringLiteral("passwd"), 1, QByteArrayLiteral("salt"));
    const QStringList parts = line.split(QLatin1Char('$'));
    QCOMPARE(parts.size(), 4);
    QCOMPARE(parts.at(1), QStringLiteral("1"));
    QCOMPARE(QByteArray::fromBase64(parts.at(2).toLatin1()), QByteArrayLiteral("salt"));
    QCOMPARE(QByteArray::fromBase64(parts.at(3).toLatin1()).toHex(),
        QByteArrayLiteral("55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc"));
}

void TestKioskPin::roundTrip_data()
{
    QTest::addColumn<QString>("pin");
    QTest::addColumn<QString>("other");
    QTest::newRow("four digits") << QStringLiteral("2468") << QStringLiteral("2469");
    QTest::newRow("leading zeros") << QStringLiteral("0007") << QStringLiteral("7");
    QTest::newRow("sixteen digits")
        << QStringLiteral("1234567890123456") << QStringLiteral("123456789012345");
    QTest::newRow("prefix is not enough") << QStringLiteral("123456") << QStringLiteral("1234");
}

void TestKioskPin::roundTrip()
{
    QFETCH(QString, pin);
    QFETCH(QString, other);
    const QString stored = KioskPin::makeHash(pin, 1000);
    QVERIFY(KioskPin::parse(stored).ok());
    QVERIFY(KioskPin::verify(pin, stored));
    QVERIFY(!KioskPin::verify(other, stored));
    QVERIFY(!KioskPin::verify(QString(), stored));
    QVERIFY(!stored.contains(pin));
}

void TestKioskPin::saltIsRandom()
{
    const QString a = KioskPin::makeHash(QStringLiteral("2468"), 1000);
    const QString b = KioskPin::makeHash(QStringLiteral("2468"), 1000);
    QVERIFY(a != b);
    QCOMPARE(KioskPin::parse(a).value().salt.size(), KioskPin::SaltBytes);
    QCOMPARE(KioskPin::parse(a).value().hash.size(), KioskPin::HashBytes);
}

void TestKioskPin::lineHasTheDocumentedShape()
{
    const QString stored = KioskPin::makeHash(QStringLiteral("2468"));
    static const QRegularExpression shape(
        QStringLiteral("^pbkdf2-sha256\\$100000\\$[A-Za-z0-9+/]+=*\\$[A-Za-z0-9+/]+=*$"));
    QVERIFY2(shape.match(stored).hasMatch(), qPrintable(stored));
    QCOMPARE(KioskPin::parse(stored).value().iterations, KioskPin::DefaultIterations);
    // Surrounding spaces (an INI file) do not matter.
    QVERIFY(KioskPin::parse(QStringLiteral("  ") + stored + QStringLiteral(" ")).ok());
}

void TestKioskPin::malformedIsRefused_data()
{
    const QString good = KioskPin::makeHash(QStringLiteral("2468"), 1000);
    const QStringList parts = good.split(QLatin1Char('$'));
    QTest::addColumn<QString>("stored");
    QTest::newRow("empty") << QString();
    QTest::newRow("plain PIN") << QStringLiteral("2468");
    QTest::newRow("other scheme")
        << QStringList { QStringLiteral("pbkdf2-sha1"), parts[1], parts[2], parts[3] }.join(
               QLatin1Char('$'));
    QTest::newRow("three parts") << QStringList { parts[0], parts[1], parts[3] }.join(
        QLatin1Char('$'));
    QTest::newRow("too few iterations")
        << QStringList { parts[0], QStringLiteral("10"), parts[2], parts[3] }.join(
               QLatin1Char('$'));
    QTest::newRow("iterations not a number")
        << QStringList { parts[0], QStringLiteral("many"), parts[2], parts[3] }.join(
               QLatin1Char('$'));
    QTest::newRow("salt not base64")
        << QStringList { parts[0], parts[1], QStringLiteral("!!!!"), parts[3] }.join(
               QLatin1Char('$'));
    QTest::newRow("short hash")
        << QStringList { parts[0], parts[1], parts[2], QStringLiteral("AAAA") }.join(
               QLatin1Char('$'));
}

void TestKioskPin::malformedIsRefused()
{
    QFETCH(QString, stored);
    const auto parsed = KioskPin::parse(stored);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().kind(), Error::Kind::InvalidInput);
    QVERIFY(parsed.error().message().contains(QStringLiteral("kiosk-pin")));
    QVERIFY(!KioskPin::verify(QStringLiteral("2468"), stored));
}

void TestKioskPin::checkPin_data()
{
    QTest::addColumn<QString>("pin");
    QTest::addColumn<bool>("ok");
    QTest::newRow("4 digits") << QStringLiteral("1234") << true;
    QTest::newRow("16 digits") << QStringLiteral("1234567890123456") << true;
    QTest::newRow("3 digits") << QStringLiteral("123") << false;
    QTest::newRow("17 digits") << QStringLiteral("12345678901234567") << false;
    QTest::newRow("letter") << QStringLiteral("12a4") << false;
    QTest::newRow("space") << QStringLiteral("12 34") << false;
    QTest::newRow("arabic-indic digits") << QStringLiteral("١٢٣٤") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestKioskPin::checkPin()
{
    QFETCH(QString, pin);
    QFETCH(bool, ok);
    const Error error = KioskPin::checkPin(pin);
    QCOMPARE(!error.isError(), ok);
    if (!ok)
        QVERIFY(error.message().contains(QStringLiteral("4 to 16 digits")));
}

void TestKioskPin::verifierAnswersWithoutBlocking()
{
    ManualClock clock;
    // Many iterations: if check() derived the key on this thread, it would return late.
    KioskPinVerifier verifier(KioskPin::makeHash(QStringLiteral("2468"), 200000), clock);
    QSignalSpy checked(&verifier, &KioskPinVerifier::checked);
    QVERIFY(verifier.check(QStringLiteral("2468")));
    QCOMPARE(checked.count(), 0); // the answer comes later, from the event loop
    QVERIFY(verifier.isBusy());
    QVERIFY(!verifier.check(QStringLiteral("2468"))); // one at a time
    QVERIFY(checked.wait(10000));
    QCOMPARE(checked.count(), 1);
    QCOMPARE(checked.at(0).at(0).toBool(), true);
    QVERIFY(!verifier.isBusy());

    QVERIFY(verifier.check(QStringLiteral("1357")));
    QVERIFY(checked.wait(10000));
    QCOMPARE(checked.at(1).at(0).toBool(), false);
}

void TestKioskPin::verifierSlowsGuessing()
{
    ManualClock clock;
    KioskPinVerifier verifier(KioskPin::makeHash(QStringLiteral("2468"), 1000), clock);
    QSignalSpy checked(&verifier, &KioskPinVerifier::checked);
    const auto attempt = [&](const QString &pin) {
        const int before = int(checked.count());
        if (!verifier.check(pin))
            return false;
        return checked.wait(5000) && checked.count() == before + 1;
    };
    // Three wrong PINs are allowed in a row; then a pause of 30 s.
    QVERIFY(attempt(QStringLiteral("1111")));
    QVERIFY(attempt(QStringLiteral("2222")));
    QCOMPARE(verifier.lockedForMs(), 0);
    QVERIFY(attempt(QStringLiteral("3333")));
    QCOMPARE(verifier.lockedForMs(), 30000);
    // Even the right PIN waits.
    QVERIFY(!verifier.check(QStringLiteral("2468")));
    clock.advance(29000);
    QVERIFY(!verifier.check(QStringLiteral("2468")));
    clock.advance(1000);
    // The next wrong one doubles the pause.
    QVERIFY(attempt(QStringLiteral("4444")));
    QCOMPARE(verifier.lockedForMs(), 60000);
    clock.advance(60000);
    QVERIFY(attempt(QStringLiteral("2468")));
    QCOMPARE(checked.last().at(0).toBool(), true);
    QCOMPARE(verifier.failures(), 0);
    QCOMPARE(verifier.lockedForMs(), 0);
}

void TestKioskPin::verifierWithoutPinAcceptsNothing()
{
    ManualClock clock;
    KioskPinVerifier none(QString(), clock);
    QVERIFY(!none.hasPin());
    QVERIFY(!none.check(QStringLiteral("1234")));

    KioskPinVerifier broken(QStringLiteral("not-a-hash"), clock);
    QVERIFY(broken.hasPin());
    QVERIFY(!broken.isValid());
    QSignalSpy checked(&broken, &KioskPinVerifier::checked);
    QVERIFY(broken.check(QStringLiteral("1234")));
    QVERIFY(checked.wait(5000));
    QCOMPARE(checked.at(0).at(0).toBool(), false);
}

QTEST_GUILESS_MAIN(TestKioskPin)
#include "tst_kioskpin.moc"
