#include "FlowRef.h"

#include <QTest>

class tst_FlowRef : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void parseInvalid_data();
    void parseInvalid();
    void triggerUrl_data();
    void triggerUrl();
    void parseServerUrl_data();
    void parseServerUrl();
    void parseServerUrlInvalid_data();
    void parseServerUrlInvalid();
    void roundTrip_data();
    void roundTrip();
    void isLoopback_data();
    void isLoopback();
};

void tst_FlowRef::parse_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("server"); // empty: the flow was given as an id

    const QString uuid = QStringLiteral("2b3c4d5e-6f70-4812-9a3b-4c5d6e7f8091");
    QTest::newRow("uuid") << uuid << uuid << QString();
    QTest::newRow("uuid, spaces around")
        << QStringLiteral("  ") + uuid + QStringLiteral("\n") << uuid << QString();
    QTest::newRow("short id") << QStringLiteral("login") << QStringLiteral("login") << QString();
    QTest::newRow("id with underscore")
        << QStringLiteral("login_flow-2") << QStringLiteral("login_flow-2") << QString();
    QTest::newRow("https trigger URL") << QStringLiteral("https://cms.example.com/flows/trigger/")
            + uuid << uuid << QStringLiteral("https://cms.example.com");
    QTest::newRow("trailing slash")
        << QStringLiteral("https://cms.example.com/flows/trigger/") + uuid + QStringLiteral("/")
        << uuid << QStringLiteral("https://cms.example.com");
    QTest::newRow("several trailing slashes")
        << QStringLiteral("https://cms.example.com/flows/trigger/") + uuid + QStringLiteral("//")
        << uuid << QStringLiteral("https://cms.example.com");
    QTest::newRow("query and fragment") << QStringLiteral("https://cms.example.com/flows/trigger/")
            + uuid + QStringLiteral("?phone_number=%2B447123456001&country_code=44#top")
                                        << uuid << QStringLiteral("https://cms.example.com");
    QTest::newRow("trailing slash, query")
        << QStringLiteral("https://cms.example.com/flows/trigger/") + uuid + QStringLiteral("/?a=1")
        << uuid << QStringLiteral("https://cms.example.com");
    QTest::newRow("http loopback with port")
        << QStringLiteral("http://127.0.0.1:8055/flows/trigger/") + uuid << uuid
        << QStringLiteral("http://127.0.0.1:8055");
    QTest::newRow("https with port")
        << QStringLiteral("https://cms.example.com:8443/flows/trigger/") + uuid << uuid
        << QStringLiteral("https://cms.example.com:8443");
    QTest::newRow("https default port dropped")
        << QStringLiteral("https://cms.example.com:443/flows/trigger/") + uuid << uuid
        << QStringLiteral("https://cms.example.com");
    QTest::newRow("sub-path") << QStringLiteral("https://host.example.org/cms/flows/trigger/")
            + uuid << uuid << QStringLiteral("https://host.example.org/cms");
    QTest::newRow("deep sub-path, trailing slash")
        << QStringLiteral("https://host.example.org/a/b/flows/trigger/") + uuid
            + QStringLiteral("/")
        << uuid << QStringLiteral("https://host.example.org/a/b");
    QTest::newRow("upper-case scheme and host")
        << QStringLiteral("HTTPS://CMS.Example.COM/flows/trigger/") + uuid << uuid
        << QStringLiteral("https://cms.example.com");
    QTest::newRow("user info dropped")
        << QStringLiteral("https://admin:pw@cms.example.com/flows/trigger/") + uuid << uuid
        << QStringLiteral("https://cms.example.com");
    QTest::newRow("no scheme: https") << QStringLiteral("cms.example.com/flows/trigger/") + uuid
                                      << uuid << QStringLiteral("https://cms.example.com");
    QTest::newRow("no scheme, loopback: http") << QStringLiteral("localhost:8055/flows/trigger/")
            + uuid << uuid << QStringLiteral("http://localhost:8055");
    QTest::newRow("http, public host, port: kept")
        << QStringLiteral("http://cms.example.com:8080/flows/trigger/") + uuid << uuid
        << QStringLiteral("http://cms.example.com:8080");
    QTest::newRow("http default port dropped")
        << QStringLiteral("http://cms.example.com:80/flows/trigger/") + uuid << uuid
        << QStringLiteral("http://cms.example.com");
    QTest::newRow("no scheme, port: https") << QStringLiteral("cms.example.com:8443/flows/trigger/")
            + uuid << uuid << QStringLiteral("https://cms.example.com:8443");
    QTest::newRow("no scheme, trailing slash, query")
        << QStringLiteral("cms.example.com/flows/trigger/") + uuid + QStringLiteral("/?a=1") << uuid
        << QStringLiteral("https://cms.example.com");
    QTest::newRow("sub-path, port, query")
        << QStringLiteral("https://host.example.org:8443/cms/flows/trigger/") + uuid
            + QStringLiteral("?x=1")
        << uuid << QStringLiteral("https://host.example.org:8443/cms");
    QTest::newRow("ipv6 loopback") << QStringLiteral("http://[::1]:8055/flows/trigger/") + uuid
                                   << uuid << QStringLiteral("http://[::1]:8055");
    // F3 (tests/fuzz/FINDINGS.md): the server of "//flows" has no trailing slash.
    QTest::newRow("double slash before flows")
        << QStringLiteral("https://cms.example.com//flows/trigger/") + uuid << uuid
        << QStringLiteral("https://cms.example.com");
    QTest::newRow("sub-path, double slash before flows")
        << QStringLiteral("https://host.example.org/cms//flows/trigger/") + uuid << uuid
        << QStringLiteral("https://host.example.org/cms");
    // F4: a space pasted before the query (from a mail) is not part of the id or the path.
    QTest::newRow("space before the query")
        << QStringLiteral("https://cms.example.com/flows/trigger/") + uuid
            + QStringLiteral(" ?from=mail")
        << uuid << QStringLiteral("https://cms.example.com");
}

void tst_FlowRef::parse()
{
    QFETCH(QString, input);
    QFETCH(QString, id);
    QFETCH(QString, server);

    const Result<FlowRef> ref = FlowRef::parse(input);
    QVERIFY2(ref.ok(), qPrintable(ref.error().message()));
    QVERIFY(!ref.value().isNull());
    QCOMPARE(ref.value().id(), id);
    QCOMPARE(ref.value().server().toString(), server);
    QCOMPARE(ref.value().server().isEmpty(), server.isEmpty());
}

void tst_FlowRef::parseInvalid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("messagePart"); // what the person is told

    QTest::newRow("empty") << QString() << QStringLiteral("Enter the flow's id");
    QTest::newRow("blank") << QStringLiteral("   \t") << QStringLiteral("Enter the flow's id");
    QTest::newRow("space inside") << QStringLiteral("abc def")
                                  << QStringLiteral("neither a flow id nor a trigger URL");
    QTest::newRow("ftp") << QStringLiteral("ftp://cms.example.com/flows/trigger/abc")
                         << QStringLiteral("neither a flow id nor a trigger URL");
    QTest::newRow("mailto") << QStringLiteral("mailto:admin@example.com")
                            << QStringLiteral("neither a flow id nor a trigger URL");
    QTest::newRow("not a trigger path") << QStringLiteral("https://cms.example.com/items/flows")
                                        << QStringLiteral("not a flow trigger URL");
    QTest::newRow("server only") << QStringLiteral("https://cms.example.com/")
                                 << QStringLiteral("not a flow trigger URL");
    QTest::newRow("trigger without id") << QStringLiteral("https://cms.example.com/flows/trigger/")
                                        << QStringLiteral("not a flow trigger URL");
    QTest::newRow("extra segment after id")
        << QStringLiteral("https://cms.example.com/flows/trigger/abc/def")
        << QStringLiteral("not a flow trigger URL");
    QTest::newRow("id with a space")
        << QStringLiteral("https://cms.example.com/flows/trigger/ab%20cd")
        << QStringLiteral("not a flow trigger URL");
    QTest::newRow("admin page URL")
        << QStringLiteral("https://cms.example.com/admin/settings/flows/2b3c")
        << QStringLiteral("not a flow trigger URL");
    QTest::newRow("id too long") << QString(129, QLatin1Char('a'))
                                 << QStringLiteral("neither a flow id nor a trigger URL");
    // F2 (tests/fuzz/FINDINGS.md): a URL with a scheme that cannot be read is refused, never read
    // as "http://https//…" (plain http to a host named "https").
    QTest::newRow("port with a letter")
        << QStringLiteral("https://cms.example.com:8443x/flows/trigger/abc")
        << QStringLiteral("cannot be read");
    QTest::newRow("port too large")
        << QStringLiteral("https://cms.example.com:99999/flows/trigger/abc")
        << QStringLiteral("cannot be read");
    QTest::newRow("space in the host")
        << QStringLiteral("https://cms example.com/flows/trigger/abc")
        << QStringLiteral("cannot be read");
    QTest::newRow("ftp with a bad port")
        << QStringLiteral("ftp://host:x/flows/trigger/a") << QStringLiteral("cannot be read");
}

void tst_FlowRef::parseInvalid()
{
    QFETCH(QString, input);
    QFETCH(QString, messagePart);

    const Result<FlowRef> ref = FlowRef::parse(input);
    QVERIFY(!ref.ok());
    QCOMPARE(ref.error().kind(), Error::Kind::InvalidInput);
    QVERIFY2(ref.error().message().contains(messagePart), qPrintable(ref.error().message()));
    QVERIFY(ref.value().isNull());
}

void tst_FlowRef::triggerUrl_data()
{
    QTest::addColumn<QString>("flow");
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("expected");

    QTest::newRow("id on server") << QStringLiteral("abc")
                                  << QStringLiteral("https://cms.example.com")
                                  << QStringLiteral("https://cms.example.com/flows/trigger/abc");
    QTest::newRow("server with trailing slash")
        << QStringLiteral("abc") << QStringLiteral("https://cms.example.com/")
        << QStringLiteral("https://cms.example.com/flows/trigger/abc");
    QTest::newRow("server with sub-path")
        << QStringLiteral("abc") << QStringLiteral("https://host.example.org/cms/")
        << QStringLiteral("https://host.example.org/cms/flows/trigger/abc");
    QTest::newRow("server with port")
        << QStringLiteral("abc") << QStringLiteral("http://127.0.0.1:8055")
        << QStringLiteral("http://127.0.0.1:8055/flows/trigger/abc");
    QTest::newRow("the flow's own server wins")
        << QStringLiteral("https://flows.example.net/cms/flows/trigger/abc")
        << QStringLiteral("https://cms.example.com")
        << QStringLiteral("https://flows.example.net/cms/flows/trigger/abc");
    QTest::newRow("the flow's own server, no other")
        << QStringLiteral("https://flows.example.net/flows/trigger/abc?x=1#y") << QString()
        << QStringLiteral("https://flows.example.net/flows/trigger/abc");
}

void tst_FlowRef::triggerUrl()
{
    QFETCH(QString, flow);
    QFETCH(QString, server);
    QFETCH(QString, expected);

    const Result<FlowRef> ref = FlowRef::parse(flow);
    QVERIFY(ref.ok());
    QCOMPARE(ref.value().triggerUrl(QUrl(server)).toString(), expected);
}

void tst_FlowRef::parseServerUrl_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("bare host: https")
        << QStringLiteral("cms.example.com") << QStringLiteral("https://cms.example.com");
    QTest::newRow("bare host with port: https")
        << QStringLiteral("cms.example.com:8443") << QStringLiteral("https://cms.example.com:8443");
    QTest::newRow("bare host with path")
        << QStringLiteral("cms.example.com/cms/") << QStringLiteral("https://cms.example.com/cms");
    QTest::newRow("https kept") << QStringLiteral("https://cms.example.com")
                                << QStringLiteral("https://cms.example.com");
    QTest::newRow("explicit http kept")
        << QStringLiteral("http://cms.example.com") << QStringLiteral("http://cms.example.com");
    QTest::newRow("loopback http, trailing slash")
        << QStringLiteral("http://127.0.0.1:8055/") << QStringLiteral("http://127.0.0.1:8055");
    QTest::newRow("localhost:port → http")
        << QStringLiteral("localhost:8055") << QStringLiteral("http://localhost:8055");
    QTest::newRow("bare localhost → http")
        << QStringLiteral("localhost") << QStringLiteral("http://localhost");
    QTest::newRow("bare 127.0.0.1:port → http")
        << QStringLiteral("127.0.0.1:8055") << QStringLiteral("http://127.0.0.1:8055");
    QTest::newRow("spaces, upper case") << QStringLiteral("  HTTPS://CMS.EXAMPLE.COM/  ")
                                        << QStringLiteral("https://cms.example.com");
    QTest::newRow("query and fragment dropped") << QStringLiteral(
        "https://cms.example.com/admin?x=1#y") << QStringLiteral("https://cms.example.com/admin");
    QTest::newRow("user info dropped") << QStringLiteral("https://u:p@cms.example.com")
                                       << QStringLiteral("https://cms.example.com");
    QTest::newRow("default port dropped") << QStringLiteral("https://cms.example.com:443/")
                                          << QStringLiteral("https://cms.example.com");
    QTest::newRow("ipv6 loopback")
        << QStringLiteral("http://[::1]:8055") << QStringLiteral("http://[::1]:8055");
    QTest::newRow("http, public host, port") << QStringLiteral("http://cms.example.com:8080/")
                                             << QStringLiteral("http://cms.example.com:8080");
    QTest::newRow("sub-path, port, query")
        << QStringLiteral("https://host.example.org:8443/cms/?a=1")
        << QStringLiteral("https://host.example.org:8443/cms");
    // F4 (tests/fuzz/FINDINGS.md): no trailing space kept in the path.
    QTest::newRow("space before the query")
        << QStringLiteral("https://cms.example.com/directus ?from=mail")
        << QStringLiteral("https://cms.example.com/directus");
    QTest::newRow("no scheme, space before the query")
        << QStringLiteral("cms.example.com/directus ?from=mail")
        << QStringLiteral("https://cms.example.com/directus");
    QTest::newRow("space and slash before the fragment")
        << QStringLiteral("https://cms.example.com/directus/ #x")
        << QStringLiteral("https://cms.example.com/directus");
}

void tst_FlowRef::parseServerUrl()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);

    const Result<QUrl> url = ::parseServerUrl(input);
    QVERIFY2(url.ok(), qPrintable(url.error().message()));
    QCOMPARE(url.value().toString(), expected);
}

void tst_FlowRef::parseServerUrlInvalid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("messagePart");

    const QString notServer = QStringLiteral("not a server address");
    const QString unreadable = QStringLiteral("cannot be read");
    QTest::newRow("empty") << QString() << QStringLiteral("Enter the address");
    QTest::newRow("blank") << QStringLiteral("  ") << QStringLiteral("Enter the address");
    QTest::newRow("ftp") << QStringLiteral("ftp://cms.example.com") << notServer;
    QTest::newRow("file") << QStringLiteral("file:///etc/passwd") << notServer;
    QTest::newRow("mailto") << QStringLiteral("mailto:admin@example.com") << notServer;
    QTest::newRow("no host") << QStringLiteral("https://") << notServer;
    // F2 (tests/fuzz/FINDINGS.md): refused, not turned into "http://https//…".
    QTest::newRow("port with a letter")
        << QStringLiteral("https://cms.example.com:8443x") << unreadable;
    QTest::newRow("port too large") << QStringLiteral("http://127.0.0.1:80555") << unreadable;
    QTest::newRow("space in the host") << QStringLiteral("https://cms example.com") << unreadable;
    QTest::newRow("password pasted, bad port")
        << QStringLiteral("https://admin:hunter2@cms.example.com:44x") << unreadable;
}

void tst_FlowRef::parseServerUrlInvalid()
{
    QFETCH(QString, input);
    QFETCH(QString, messagePart);

    const Result<QUrl> url = ::parseServerUrl(input);
    QVERIFY(!url.ok());
    QCOMPARE(url.error().kind(), Error::Kind::InvalidInput);
    QVERIFY2(url.error().message().contains(messagePart), qPrintable(url.error().message()));
    // The detail goes into the log: never a pasted password.
    QVERIFY2(
        !url.error().detail().contains(QLatin1String("hunter2")), qPrintable(url.error().detail()));
}

void tst_FlowRef::roundTrip_data()
{
    QTest::addColumn<QString>("input");

    QTest::newRow("plain") << QStringLiteral("https://cms.example.com/flows/trigger/abc");
    QTest::newRow("trailing slash") << QStringLiteral("https://cms.example.com/flows/trigger/abc/");
    QTest::newRow("query") << QStringLiteral("https://cms.example.com/flows/trigger/abc?x=1");
    QTest::newRow("http, port") << QStringLiteral("http://127.0.0.1:8055/flows/trigger/abc");
    QTest::newRow("sub-path") << QStringLiteral("https://host.example.org/cms/flows/trigger/abc");
    QTest::newRow("double slash") << QStringLiteral("https://cms.example.com//flows/trigger/abc");
    QTest::newRow("sub-path, double slash")
        << QStringLiteral("https://host.example.org/cms//flows/trigger/abc");
    QTest::newRow("no scheme") << QStringLiteral("cms.example.com/flows/trigger/abc");
}

// The trigger URL a flow makes reads back as the same flow on the same server, which is the one
// parseServerUrl gives for that server: the flow compares equal to itself after a round trip.
void tst_FlowRef::roundTrip()
{
    QFETCH(QString, input);

    const Result<FlowRef> ref = FlowRef::parse(input);
    QVERIFY(ref.ok());
    const QUrl trigger = ref.value().triggerUrl(QUrl());
    const Result<FlowRef> again = FlowRef::parse(trigger.toString());
    QVERIFY(again.ok());
    QCOMPARE(again.value().id(), ref.value().id());
    QCOMPARE(again.value().server(), ref.value().server());
    const Result<QUrl> server = ::parseServerUrl(ref.value().server().toString());
    QVERIFY(server.ok());
    QCOMPARE(server.value(), ref.value().server());
}

void tst_FlowRef::isLoopback_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("loopback");

    QTest::newRow("127.0.0.1") << QStringLiteral("http://127.0.0.1:8055") << true;
    QTest::newRow("127.1.2.3") << QStringLiteral("http://127.1.2.3") << true;
    QTest::newRow("::1") << QStringLiteral("http://[::1]:8055") << true;
    QTest::newRow("localhost") << QStringLiteral("http://localhost") << true;
    QTest::newRow("LOCALHOST") << QStringLiteral("http://LOCALHOST:1") << true;
    QTest::newRow("sub.localhost") << QStringLiteral("http://cms.localhost") << true;
    QTest::newRow("localhost.example.com")
        << QStringLiteral("http://localhost.example.com") << false;
    QTest::newRow("10.0.0.1") << QStringLiteral("http://10.0.0.1") << false;
    QTest::newRow("192.168.1.10") << QStringLiteral("http://192.168.1.10") << false;
    QTest::newRow("0.0.0.0") << QStringLiteral("http://0.0.0.0") << false;
    QTest::newRow("public host") << QStringLiteral("https://cms.example.com") << false;
    QTest::newRow("128.0.0.1") << QStringLiteral("http://128.0.0.1") << false;
    QTest::newRow("127.evil.com") << QStringLiteral("http://127.0.0.1.evil.com") << false;
    QTest::newRow("empty") << QString() << false;
}

void tst_FlowRef::isLoopback()
{
    QFETCH(QString, url);
    QFETCH(bool, loopback);

    QCOMPARE(::isLoopback(QUrl(url)), loopback);
}

QTEST_GUILESS_MAIN(tst_FlowRef)
#include "tst_flowref.moc"
