#include "NetworkLog.h"

#include "Error.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QUrl>

namespace {

const QString Dots = QStringLiteral("••••••");
const QString Code = QStringLiteral("482913");
const QString Token = QStringLiteral("k3J9xQmZr2VtY8wLpN4sHbF6cDa91a2b");
const QString Basic = QStringLiteral("c2VjcmV0OnBhc3M="); // "secret:pass"

// The first substring of `secret` of `length` characters that appears in `text`; empty when none
// does. A masked secret leaves no run of 6 characters behind (a token may keep its last 4).
QString leak(const QString &text, const QString &secret, int length = 6)
{
    if (secret.size() < length)
        return text.contains(secret) ? secret : QString();
    for (qsizetype i = 0; i + length <= secret.size(); ++i) {
        const QString part = secret.mid(i, length);
        if (text.contains(part))
            return part;
    }
    return {};
}

#define VERIFY_NO_LEAK(text, secret)                                                               \
    do {                                                                                           \
        const QString found_ = leak((text), (secret));                                             \
        QVERIFY2(found_.isEmpty(),                                                                 \
            qPrintable(                                                                            \
                QStringLiteral("\"%1\" of the secret survives in: %2").arg(found_, (text))));      \
    } while (false)

QList<QPair<QByteArray, QByteArray>> headers(
    std::initializer_list<QPair<QByteArray, QByteArray>> list)
{
    return QList<QPair<QByteArray, QByteArray>>(list);
}

} // namespace

class tst_Redactor : public QObject
{
    Q_OBJECT

private slots:
    void leakHelper();
    void mask();
    void secretNames_data();
    void secretNames();
    void url_data();
    void url();
    void headerValue_data();
    void headerValue();
    void jsonBody_data();
    void jsonBody();
    void jsonBodyStaysJson();
    void textBody_data();
    void textBody();
    void registeredSecrets_data();
    void registeredSecrets();
    void shortSecretsAreNotRegistered();
    void phoneMaskDoesNotCompleteASecret();
    void phoneNumbers_data();
    void phoneNumbers();

    void logEntries();
    void logEcho();
    void logClear();
    void curlGet();
    void curlPost();
    void curlQuotes();
    void curlIsAValidShellCommand();
    void forgetSecrets();
    void revealedCurlNeedsRawRequests();
    void clearDropsRawRequestsAndSignals();
    void noteErrorAttachesDiagnosis_data();
    void noteErrorAttachesDiagnosis();
    void noteErrorIsEchoedMasked();
};

void tst_Redactor::leakHelper()
{
    QCOMPARE(leak(QStringLiteral("xx c3J9xQ yy"), QStringLiteral("abc3J9xQdef")),
        QStringLiteral("c3J9xQ"));
    QVERIFY(leak(QStringLiteral("••••1a2b"), Token).isEmpty());
    QVERIFY(leak(QStringLiteral("…91a2b…"), Token).isEmpty()); // 5 characters are not a leak
    QCOMPARE(leak(QStringLiteral("code 4829"), QStringLiteral("4829")), QStringLiteral("4829"));
}

void tst_Redactor::mask()
{
    QCOMPARE(Redactor::mask(Code, false), Dots);
    QCOMPARE(Redactor::mask(Code, true), Dots); // too short to show a tail
    QCOMPARE(Redactor::mask(Token, true), QStringLiteral("••••1a2b"));
    QCOMPARE(Redactor::mask(Token, false), Dots);
    QCOMPARE(Redactor::mask(QString(), false), Dots); // the length is not shown either
}

void tst_Redactor::secretNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("secret");

    const char *secrets[] = { "otp", "OTP", "code", "pin", "token", "Token", "password", "secret",
        "authorization", "Authorization", "auth_id", "auth_token", "access_token", "refresh_token",
        "api_key", "apikey", "client_secret", "plivo_auth_token", "session_token", "static_token" };
    for (const char *name : secrets)
        QTest::newRow(name) << QString::fromLatin1(name) << true;
    const char *plain[] = { "phone_number", "country_code", "session_uuid", "otp_session_uuid",
        "message", "status", "headers", "data", "id", "email", "tokenizer" };
    for (const char *name : plain)
        QTest::newRow(name) << QString::fromLatin1(name) << false;
}

void tst_Redactor::secretNames()
{
    QFETCH(QString, name);
    QFETCH(bool, secret);
    QCOMPARE(Redactor::isSecretName(name), secret);
}

void tst_Redactor::url_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    const QString verify = QStringLiteral("https://cms.example.com/flows/trigger/b2e7c914");
    QTest::newRow("otp masked") << verify + QStringLiteral("?session_uuid=6a0b9d2e-1c3f&otp=482913")
                                << verify
            + QStringLiteral("?session_uuid=6a0b9d2e-1c3f&otp=••••••");
    QTest::newRow("OTP first, upper case")
        << verify + QStringLiteral("?OTP=482913&x=1") << verify + QStringLiteral("?OTP=••••••&x=1");
    QTest::newRow("phone kept, encoded")
        << QStringLiteral("https://cms.example.com/flows/trigger/"
                          "8f1d?phone_number=%2B447123456001&country_code=44")
        << QStringLiteral("https://cms.example.com/flows/trigger/"
                          "8f1d?phone_number=%2B447123456001&country_code=44");
    QTest::newRow("access_token") << QStringLiteral(
                                         "https://cms.example.com/users/me?access_token=")
            + Token << QStringLiteral("https://cms.example.com/users/me?access_token=••••••");
    QTest::newRow("no query") << QStringLiteral("http://127.0.0.1:8055/users/me")
                              << QStringLiteral("http://127.0.0.1:8055/users/me");
    QTest::newRow("user info removed") << QStringLiteral("https://admin:hunter22@cms.example.com/x")
                                       << QStringLiteral("https://cms.example.com/x");
    QTest::newRow("empty value") << verify + QStringLiteral("?otp=&a=b")
                                 << verify + QStringLiteral("?otp=••••••&a=b");
}

void tst_Redactor::url()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);

    Redactor redactor;
    QCOMPARE(redactor.url(input), expected);
}

void tst_Redactor::headerValue_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("expected");

    QTest::newRow("Bearer keeps last 4")
        << QByteArray("Authorization") << ("Bearer " + Token.toLatin1())
        << QStringLiteral("Bearer ••••1a2b");
    QTest::newRow("bearer, lower case")
        << QByteArray("authorization") << ("bearer " + Token.toLatin1())
        << QStringLiteral("bearer ••••1a2b");
    QTest::newRow("short Bearer fully masked")
        << QByteArray("Authorization") << QByteArray("Bearer abc123def")
        << QStringLiteral("Bearer ••••••");
    QTest::newRow("Basic fully masked")
        << QByteArray("Authorization") << ("Basic " + Basic.toLatin1())
        << QStringLiteral("Basic ••••••");
    QTest::newRow("no scheme") << QByteArray("Authorization") << Token.toLatin1() << Dots;
    QTest::newRow("Proxy-Authorization")
        << QByteArray("Proxy-Authorization") << ("Basic " + Basic.toLatin1())
        << QStringLiteral("Basic ••••••");
    QTest::newRow("Cookie") << QByteArray("Cookie") << QByteArray("directus_session_token=abcdef")
                            << Dots;
    QTest::newRow("Set-Cookie") << QByteArray("Set-Cookie") << QByteArray("a=b; HttpOnly") << Dots;
    QTest::newRow("Accept kept") << QByteArray("Accept") << QByteArray("application/json")
                                 << QStringLiteral("application/json");
    QTest::newRow("Retry-After kept")
        << QByteArray("Retry-After") << QByteArray("30") << QStringLiteral("30");
}

void tst_Redactor::headerValue()
{
    QFETCH(QByteArray, name);
    QFETCH(QByteArray, value);
    QFETCH(QString, expected);

    Redactor redactor;
    const QString masked = redactor.headerValue(name, value);
    QCOMPARE(masked, expected);
    if (name.toLower().contains("auth")) {
        VERIFY_NO_LEAK(masked, QString::fromLatin1(value.mid(value.indexOf(' ') + 1)));
    }
}

void tst_Redactor::jsonBody_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QStringList>("secrets"); // no 6 characters of these survive
    QTest::addColumn<QStringList>("kept"); // these survive as they are

    QTest::newRow("otp") << QByteArray(R"({"session_uuid":"6a0b9d2e","otp":"482913"})")
                         << QStringList { Code }
                         << QStringList { QStringLiteral("6a0b9d2e"), QStringLiteral("\"otp\"") };
    QTest::newRow("otp as a number") << QByteArray(R"({"otp":482913})") << QStringList { Code }
                                     << QStringList { QStringLiteral("\"otp\"") };
    QTest::newRow("token keeps last 4")
        << (R"({"message":"session validated successfully.","token":")" + Token.toLatin1()
               + R"("})")
        << QStringList { Token }
        << QStringList { QStringLiteral("••••1a2b"), QStringLiteral("session validated") };
    QTest::newRow("password") << QByteArray(
        R"({"email":"a@example.com","password":"hunter2hunter2"})")
                              << QStringList { QStringLiteral("hunter2hunter2") }
                              << QStringList { QStringLiteral("a@example.com") };
    QTest::newRow("nested and in arrays")
        << QByteArray(R"({"data":[{"user":{"password":"Tr0ub4dor&3x"}},{"otp":"917364"}]})")
        << QStringList { QStringLiteral("Tr0ub4dor&3x"), QStringLiteral("917364") }
        << QStringList();
    QTest::newRow("headers with Authorization")
        << (R"({"status":401,"statusText":"Unauthorized","headers":{"Accept":"application/json","Authorization":"Basic )"
               + Basic.toLatin1() + R"("},"data":{"error":"authentication failed"}})")
        << QStringList { Basic }
        << QStringList { QStringLiteral("application/json"),
               QStringLiteral("authentication failed") };
    QTest::newRow("axios config headers, lower case")
        << (R"({"name":"Error","config":{"headers":{"authorization":"Basic )" + Basic.toLatin1()
               + R"(","x-auth-id":"MAXXXXXXXXXXXXXXXXXX"},"auth":{"username":"MAXXXXXXXXXXXXXXXXXX","password":"plivoPass1234"}}})")
        << QStringList { Basic, QStringLiteral("MAXXXXXXXXXXXXXXXXXX"),
               QStringLiteral("plivoPass1234") }
        << QStringList { QStringLiteral("Error") };
    QTest::newRow("error code kept") << QByteArray(
        R"({"errors":[{"message":"Invalid OTP. 7 attempts left.","extensions":{"code":"INVALID_OTP"}}]})")
                                     << QStringList()
                                     << QStringList { QStringLiteral("\"INVALID_OTP\""),
                                            QStringLiteral("7 attempts left") };
    QTest::newRow("errno code kept") << QByteArray(R"({"code":"ECONNREFUSED"})") << QStringList()
                                     << QStringList { QStringLiteral("ECONNREFUSED") };
    QTest::newRow("numeric code masked")
        << QByteArray(R"({"code":"482 913"})") << QStringList { QStringLiteral("482 913") }
        << QStringList();
    QTest::newRow("Plivo credentials") << QByteArray(
        R"({"auth_id":"MAZDQ1ZDFHZTJMNZRLZJ","auth_token":"ZmE4NjM0OTJhNjUwYzliZTc2NzA4"})")
                                       << QStringList { QStringLiteral("MAZDQ1ZDFHZTJMNZRLZJ"),
                                              QStringLiteral("ZmE4NjM0OTJhNjUwYzliZTc2NzA4") }
                                       << QStringList();
    QTest::newRow("access and refresh tokens") << QByteArray(
        R"({"data":{"access_token":"eyJhbGciOiJIUzI1NiJ9.e30.sig012345","refresh_token":"r3fr3sh-t0k3n-v4lu3","expires":900000}})")
                                               << QStringList { QStringLiteral(
                                                                    "eyJhbGciOiJIUzI1NiJ9.e30"),
                                                      QStringLiteral("r3fr3sh-t0k3n-v4lu3") }
                                               << QStringList { QStringLiteral("900000") };
    QTest::newRow("top-level array")
        << QByteArray(R"([{"token":"0123456789abcdefXYZW"}])")
        << QStringList { QStringLiteral("0123456789abcdefXYZW") } << QStringList();
}

void tst_Redactor::jsonBody()
{
    QFETCH(QByteArray, body);
    QFETCH(QStringList, secrets);
    QFETCH(QStringList, kept);

    Redactor redactor;
    for (const bool pretty : { false, true }) {
        const QString masked = redactor.body(body, pretty);
        QVERIFY(!masked.isEmpty());
        for (const QString &secret : secrets)
            VERIFY_NO_LEAK(masked, secret);
        for (const QString &text : kept)
            QVERIFY2(masked.contains(text), qPrintable(masked));
    }
}

void tst_Redactor::jsonBodyStaysJson()
{
    Redactor redactor;
    const QString masked = redactor.body(
        R"({"otp":"482913","nested":{"token":")" + Token.toLatin1() + R"("}})", false);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(masked.toUtf8(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(doc.object().value(QLatin1String("otp")).toString(), Dots);
    QCOMPARE(doc.object()
                 .value(QLatin1String("nested"))
                 .toObject()
                 .value(QLatin1String("token"))
                 .toString(),
        QStringLiteral("••••1a2b"));
}

void tst_Redactor::textBody_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("kept");

    QTest::newRow("form") << QByteArray("session_uuid=6a0b9d2e&otp=482913") << Code
                          << QStringLiteral("session_uuid=6a0b9d2e");
    QTest::newRow("form, password")
        << QByteArray("email=a%40example.com&password=hunter2hunter2&x=1")
        << QStringLiteral("hunter2hunter2") << QStringLiteral("x=1");
    QTest::newRow("text with token=")
        << QByteArray("Error: token=abcdef0123456789 rejected")
        << QStringLiteral("abcdef0123456789") << QStringLiteral("rejected");
    QTest::newRow("html") << QByteArray("<html><title>Wi-Fi sign-in</title></html>") << QString()
                          << QStringLiteral("<title>Wi-Fi sign-in</title>");
}

void tst_Redactor::textBody()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, secret);
    QFETCH(QString, kept);

    Redactor redactor;
    const QString masked = redactor.body(body, true);
    if (!secret.isEmpty())
        VERIFY_NO_LEAK(masked, secret);
    QVERIFY2(masked.contains(kept), qPrintable(masked));
}

void tst_Redactor::registeredSecrets_data()
{
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("surrounding"); // %1 is where the secret goes

    const QString slashy = QStringLiteral("Ab+cD/eF=gH+iJ/kL=mN0123");
    QTest::newRow("code in text") << Code
                                  << QStringLiteral(
                                         "Your Directus code is %1. It expires in 5 minutes.");
    QTest::newRow("code under an innocent name") << Code << QStringLiteral(R"({"echo":"%1"})");
    QTest::newRow("token in an error") << Token << QStringLiteral("token %1 was refused");
    QTest::newRow("token at the start") << Token << QStringLiteral("%1");
    QTest::newRow("token with + and /") << slashy << QStringLiteral("raw %1 raw");
    QTest::newRow("token with + and /, percent-encoded") << slashy
                                                         << QStringLiteral("https://x/?t=")
            + QString::fromLatin1(QUrl::toPercentEncoding(slashy)) + QStringLiteral("&%1");
    // tests/fuzz F5 (a): a secret that starts and ends alike, twice and overlapping.
    QTest::newRow("token overlapping itself")
        << QStringLiteral("abcdefghijklmnoa") << QStringLiteral("%1bcdefghijklmnoa");
    // Percent-encoding in lower case.
    QTest::newRow("token with + and /, lower-case percent-encoding")
        << slashy
        << QStringLiteral("https://x/?t=")
            + QString::fromLatin1(QUrl::toPercentEncoding(slashy)).toLower()
            + QStringLiteral("&%1");
}

// tests/fuzz F5 (b): in kiosk mode the phone mask ("+•••") must not complete a secret ending in
// '+' that arrived percent-encoded in lower case.
void tst_Redactor::phoneMaskDoesNotCompleteASecret()
{
    Redactor redactor;
    redactor.setMaskPhoneNumbers(true);
    redactor.registerSecret(QStringLiteral("wxyz+"));
    const QString out = redactor.text(QStringLiteral("wxyz%2b447123456789"));
    QVERIFY2(!out.contains(QStringLiteral("wxyz+")), qPrintable(out));
    QVERIFY2(!out.contains(QStringLiteral("447123456789")), qPrintable(out));
}

void tst_Redactor::registeredSecrets()
{
    QFETCH(QString, secret);
    QFETCH(QString, surrounding);

    Redactor redactor;
    redactor.registerSecret(secret);
    const QString input = surrounding.arg(secret);
    const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(secret));

    const QString text = redactor.text(input);
    VERIFY_NO_LEAK(text, secret);
    VERIFY_NO_LEAK(text, encoded);
    const QString body = redactor.body(input.toUtf8(), true);
    VERIFY_NO_LEAK(body, secret);
    VERIFY_NO_LEAK(body, encoded);
    const QString header = redactor.headerValue("X-Echo", input.toUtf8());
    VERIFY_NO_LEAK(header, secret);
    const QString url = redactor.url(QStringLiteral("https://cms.example.com/x?echo=") + encoded);
    VERIFY_NO_LEAK(url, secret);
    VERIFY_NO_LEAK(url, encoded);
}

void tst_Redactor::shortSecretsAreNotRegistered()
{
    // A 1–3 character "secret" would mask innocent text everywhere.
    Redactor redactor;
    redactor.registerSecret(QStringLiteral("12"));
    redactor.registerSecret(QString());
    QCOMPARE(redactor.text(QStringLiteral("HTTP 1200, port 8120")),
        QStringLiteral("HTTP 1200, port 8120"));

    // The longest secret first: a code inside a token does not split the token.
    redactor.registerSecret(QStringLiteral("9a2b"));
    redactor.registerSecret(Token);
    const QString text = redactor.text(Token);
    VERIFY_NO_LEAK(text, Token);
}

void tst_Redactor::phoneNumbers_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("phone"); // must not survive; empty: none in the input
    QTest::addColumn<QString>("kept");

    QTest::newRow("E.164") << QStringLiteral(R"({"phone_number":"+447123456001"})")
                           << QStringLiteral("447123456001") << QStringLiteral("phone_number");
    QTest::newRow("encoded in a query") << QStringLiteral(
        "GET http://127.0.0.1:8055/flows/trigger/x?phone_number=%2B447123456001&country_code=44")
                                        << QStringLiteral("447123456001")
                                        << QStringLiteral("127.0.0.1:8055");
    QTest::newRow("international format") << QStringLiteral("to +44 7123 456001")
                                          << QStringLiteral("7123 456001") << QStringLiteral("to ");
    QTest::newRow("loopback address kept")
        << QStringLiteral("http://127.0.0.1:8055/users/me") << QString()
        << QStringLiteral("http://127.0.0.1:8055/users/me");
    QTest::newRow("durations and sizes kept")
        << QStringLiteral("(1234 ms, 1048576 bytes) 2024-01-01") << QString()
        << QStringLiteral("(1234 ms, 1048576 bytes) 2024-01-01");
}

void tst_Redactor::phoneNumbers()
{
    QFETCH(QString, input);
    QFETCH(QString, phone);
    QFETCH(QString, kept);

    Redactor redactor;
    QCOMPARE(redactor.text(input), input); // off by default
    redactor.setMaskPhoneNumbers(true);
    const QString masked = redactor.text(input);
    if (!phone.isEmpty())
        VERIFY_NO_LEAK(masked, phone);
    QVERIFY2(masked.contains(kept), qPrintable(masked));
}

void tst_Redactor::logEntries()
{
    NetworkLog log;
    QSignalSpy added(&log, &NetworkLog::entryAdded);
    QSignalSpy changed(&log, &NetworkLog::entryChanged);
    log.redactor().registerSecret(Code);
    log.redactor().registerSecret(Token);

    const QString verifyUrl
        = QStringLiteral("https://cms.example.com/flows/trigger/v?session_uuid=6a0b9d2e&otp=")
        + Code;
    const int first
        = log.begin("GET", verifyUrl, headers({ { "Accept", "application/json" } }), {});
    const int second = log.begin("GET", QStringLiteral("https://cms.example.com/users/me"),
        headers({ { "Authorization", "Bearer " + Token.toLatin1() } }), {});
    QVERIFY(first != second);
    QCOMPARE(added.count(), 2);
    QCOMPARE(added.at(1).at(0).toInt(), 1);
    QCOMPARE(log.entries().size(), 2);
    QVERIFY(!log.entry(first)->finished);
    QCOMPARE(log.entry(first)->status, 0);

    log.end(first, 200, headers({ { "Content-Type", "application/json" } }),
        R"({"message":"session validated successfully.","token":")" + Token.toLatin1() + R"("})",
        42, {});
    log.end(second, 0, {}, {}, 7,
        QStringLiteral("GET https://cms.example.com/users/me: refused (token ") + Token
            + QLatin1Char(')'));
    QCOMPARE(changed.count(), 2);
    QCOMPARE(changed.at(0).at(0).toInt(), 0);

    const NetworkLog::Entry *e1 = log.entry(first);
    QVERIFY(e1);
    QVERIFY(e1->finished);
    QCOMPARE(e1->status, 200);
    QCOMPARE(e1->durationMs, 42);
    QCOMPARE(e1->method, QStringLiteral("GET"));
    QVERIFY(e1->url.endsWith(QStringLiteral("otp=••••••")));
    QVERIFY(e1->responseBody.contains(QStringLiteral("••••1a2b")));
    QVERIFY(e1->bytes > 0);

    const NetworkLog::Entry *e2 = log.entry(second);
    QCOMPARE(e2->requestHeaders.at(0).second, QStringLiteral("Bearer ••••1a2b"));
    QVERIFY(e2->error.contains(QStringLiteral("refused")));

    const QString all = log.formatAll();
    VERIFY_NO_LEAK(all, Code);
    VERIFY_NO_LEAK(all, Token);
    QVERIFY(all.contains(QStringLiteral("→ 200")));
    QVERIFY(all.contains(QStringLiteral("no answer")));
    QVERIFY(!log.entry(12345));
}

void tst_Redactor::logEcho()
{
    NetworkLog log;
    QBuffer echo;
    echo.open(QIODevice::WriteOnly);
    log.setEcho(&echo);
    log.redactor().registerSecret(Code);
    const int id
        = log.begin("GET", QStringLiteral("https://cms.example.com/flows/trigger/v?otp=") + Code,
            headers({ { "Authorization", "Basic " + Basic.toLatin1() } }), {});
    log.end(id, 401, {},
        R"({"errors":[{"message":"Invalid OTP )" + Code.toLatin1()
            + R"(","extensions":{"code":"INVALID_OTP"}}]})",
        5, {});
    const QString written = QString::fromUtf8(echo.data());
    QVERIFY(written.contains(
        QStringLiteral("> GET https://cms.example.com/flows/trigger/v?otp=••••••")));
    QVERIFY(written.contains(QStringLiteral("INVALID_OTP")));
    VERIFY_NO_LEAK(written, Code);
    VERIFY_NO_LEAK(written, Basic);
}

void tst_Redactor::logClear()
{
    NetworkLog log;
    const int a = log.begin("GET", QStringLiteral("https://x.example/"), {}, {});
    log.clear();
    QVERIFY(log.entries().isEmpty());
    QVERIFY(!log.entry(a));
    const int b = log.begin("GET", QStringLiteral("https://x.example/"), {}, {});
    QVERIFY(b != a); // ids are never reused, so a late end() cannot touch a new entry
    log.end(a, 200, {}, {}, 1, {});
    QVERIFY(!log.entry(b)->finished);
}

void tst_Redactor::curlGet()
{
    NetworkLog log;
    const int id = log.begin("GET", QStringLiteral("https://cms.example.com/users/me"),
        headers({ { "Accept", "application/json" }, { "User-Agent", "directus-login/1.0" },
            { "Authorization", "Bearer " + Token.toLatin1() } }),
        {});
    const QString curl = NetworkLog::curlCommand(*log.entry(id));
    QCOMPARE(curl,
        QStringLiteral("curl -H 'Accept: application/json' -H 'Authorization: Bearer ••••1a2b' "
                       "'https://cms.example.com/users/me'"));
    VERIFY_NO_LEAK(curl, Token);
}

void tst_Redactor::curlPost()
{
    NetworkLog log;
    log.redactor().registerSecret(Code);
    const int id = log.begin("POST", QStringLiteral("https://cms.example.com/flows/trigger/v"),
        headers({ { "Content-Type", "application/json" } }),
        R"({"session_uuid":"6a0b9d2e","otp":")" + Code.toLatin1() + R"("})");
    const QString curl = NetworkLog::curlCommand(*log.entry(id));
    QCOMPARE(curl,
        QStringLiteral("curl -X POST -H 'Content-Type: application/json' --data-raw "
                       "'{\"otp\":\"••••••\",\"session_uuid\":\"6a0b9d2e\"}' "
                       "'https://cms.example.com/flows/trigger/v'"));
    VERIFY_NO_LEAK(curl, Code);
}

void tst_Redactor::curlQuotes()
{
    NetworkLog log;
    const int id = log.begin(
        "POST", QStringLiteral("https://cms.example.com/items/notes"), {}, R"({"text":"it's"})");
    const QString curl = NetworkLog::curlCommand(*log.entry(id));
    QVERIFY2(curl.contains(QStringLiteral(R"(--data-raw '{"text":"it'\''s"}')")), qPrintable(curl));
}

void tst_Redactor::curlIsAValidShellCommand()
{
    // The shell reads back exactly the words that went in: quotes, $, backticks, newlines.
    const QString nasty = QStringLiteral("it's $HOME `id` \"q\" \\ \n end");
    NetworkLog log;
    const int id = log.begin("POST", QStringLiteral("https://cms.example.com/items/notes"),
        headers({ { "X-Note", nasty.toUtf8() } }), nasty.toUtf8());
    const QString curl = NetworkLog::curlCommand(*log.entry(id));
    QProcess shell;
    shell.start(QStringLiteral("/bin/sh"),
        { QStringLiteral("-c"),
            QStringLiteral("curl() { for a in \"$@\"; do printf '%s\\0' \"$a\"; done; }; ")
                + curl });
    QVERIFY(shell.waitForFinished(5000));
    QCOMPARE(shell.exitCode(), 0);
    const QList<QByteArray> words = shell.readAllStandardOutput().split('\0');
    QVERIFY2(words.contains(QByteArray("X-Note: ") + nasty.toUtf8()), qPrintable(curl));
    QVERIFY2(words.contains(nasty.toUtf8()), qPrintable(curl));
    QVERIFY(words.contains("https://cms.example.com/items/notes"));
}

void tst_Redactor::forgetSecrets()
{
    Redactor redactor;
    redactor.registerSecret(Code);
    redactor.registerSecret(Token);
    QCOMPARE(redactor.secretCount(), 2);
    QVERIFY(!redactor.text(Code).contains(Code));
    redactor.forgetSecrets();
    QCOMPARE(redactor.secretCount(), 0);
    QCOMPARE(redactor.text(QStringLiteral("x ") + Code), QStringLiteral("x ") + Code);
    // Masking by name does not depend on registered secrets.
    QVERIFY(redactor.url(QStringLiteral("https://x.example/f?otp=") + Code).endsWith(Dots));
}

void tst_Redactor::revealedCurlNeedsRawRequests()
{
    NetworkLog log;
    log.redactor().registerSecret(Code);
    const QString url = QStringLiteral("https://cms.example.com/flows/trigger/v?otp=") + Code;
    const auto h = headers({ { "Authorization", "Bearer " + Token.toLatin1() } });
    const int before = log.begin("GET", url, h, {});
    QVERIFY(!log.hasRawRequest(before));
    QVERIFY(log.revealedCurlCommand(before).isEmpty());

    log.setKeepRawRequests(true);
    const int id = log.begin("GET", url, h, {});
    QVERIFY(log.hasRawRequest(id));
    const QString revealed = log.revealedCurlCommand(id);
    QVERIFY2(revealed.contains(QStringLiteral("otp=") + Code), qPrintable(revealed));
    QVERIFY2(revealed.contains(QStringLiteral("Bearer ") + Token), qPrintable(revealed));
    // The entry itself, and what is shown or echoed, stay masked.
    VERIFY_NO_LEAK(NetworkLog::curlCommand(*log.entry(id)), Code);
    VERIFY_NO_LEAK(NetworkLog::curlCommand(*log.entry(id)), Token);
    VERIFY_NO_LEAK(log.formatAll(), Token);

    log.setKeepRawRequests(false);
    QVERIFY(log.revealedCurlCommand(id).isEmpty());
}

void tst_Redactor::clearDropsRawRequestsAndSignals()
{
    NetworkLog log;
    log.setKeepRawRequests(true);
    const int id = log.begin("GET", QStringLiteral("https://x.example/?otp=") + Code, {}, {});
    QSignalSpy about(&log, &NetworkLog::aboutToClear);
    QSignalSpy done(&log, &NetworkLog::cleared);
    log.clear();
    QCOMPARE(about.count(), 1);
    QCOMPARE(done.count(), 1);
    QVERIFY(!log.hasRawRequest(id));
    QCOMPARE(log.indexOf(id), -1);
}

void tst_Redactor::noteErrorAttachesDiagnosis_data()
{
    QTest::addColumn<QString>("detail");
    QTest::addColumn<int>("expectedEntry"); // 0: the first, 1: the second, -1: none

    QTest::newRow("the later of two identical requests")
        << QStringLiteral("GET https://cms.example.com/flows/trigger/a → HTTP 200: {}") << 1;
    QTest::newRow("the other flow")
        << QStringLiteral("GET https://cms.example.com/flows/trigger/b → HTTP 403") << 2;
    QTest::newRow("only a prefix of the id")
        << QStringLiteral("GET https://cms.example.com/flows/trigger/ab → HTTP 404") << -1;
    QTest::newRow("another method")
        << QStringLiteral("POST https://cms.example.com/flows/trigger/a") << -1;
}

void tst_Redactor::noteErrorAttachesDiagnosis()
{
    QFETCH(QString, detail);
    QFETCH(int, expectedEntry);
    NetworkLog log;
    QList<int> ids;
    for (const char *flow : { "a", "a", "b" }) {
        const int id = log.begin("GET",
            QStringLiteral("https://cms.example.com/flows/trigger/%1?phone=44")
                .arg(QLatin1String(flow)),
            {}, {});
        log.end(id, 200, {}, "{}", 3, {});
        ids.append(id);
    }
    Error error(
        Error::Kind::FlowMisconfigured, QStringLiteral("The sign-in flow is not set up."), detail);
    error.setDiagnosis(QStringLiteral("Make the last operation return otp_session_uuid."));
    QSignalSpy changed(&log, &NetworkLog::entryChanged);
    QCOMPARE(log.noteError(error), expectedEntry >= 0);
    for (int i = 0; i < ids.size(); ++i) {
        const NetworkLog::Entry *entry = log.entry(ids.at(i));
        QCOMPARE(entry->diagnosis.isEmpty(), i != expectedEntry);
        QCOMPARE(entry->errorMessage.isEmpty(), i != expectedEntry);
    }
    if (expectedEntry >= 0) {
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().first().toInt(), expectedEntry);
        QVERIFY(NetworkLog::format(*log.entry(ids.at(expectedEntry)), false)
                    .contains(QStringLiteral("diagnosis: Make the last operation")));
    }
}

void tst_Redactor::noteErrorIsEchoedMasked()
{
    QBuffer echo;
    echo.open(QIODevice::WriteOnly);
    NetworkLog log;
    log.setEcho(&echo);
    log.redactor().registerSecret(Code);
    const int id = log.begin(
        "GET", QStringLiteral("https://cms.example.com/flows/trigger/v?otp=") + Code, {}, {});
    log.end(id, 200, {}, "{}", 3, {});
    Error error(Error::Kind::FlowMisconfigured, QStringLiteral("Not set up."),
        QStringLiteral("GET https://cms.example.com/flows/trigger/v → HTTP 200"));
    error.setDiagnosis(QStringLiteral("The flow echoed the code ") + Code);
    QVERIFY(log.noteError(error));
    const QString written = QString::fromUtf8(echo.data());
    QVERIFY2(written.contains(QStringLiteral("diagnosis: The flow echoed the code")),
        qPrintable(written));
    VERIFY_NO_LEAK(written, Code);
}

QTEST_GUILESS_MAIN(tst_Redactor)
#include "tst_redactor.moc"
