// libFuzzer target: the trigger-URL and server-URL parsers (FlowRef::parse, parseServerUrl,
// isLoopback). Input: the text as typed or pasted (UTF-8, or "u16:" + raw UTF-16 — see
// FuzzSupport.h).

#include "FlowRef.h"
#include "FuzzSupport.h"

#include <QRegularExpression>

namespace {

// The scheme the person typed ("HTTPS://…" → "https"), empty without one. A URL with a scheme keeps
// it: an invalid one ("https://host:8443x") is refused, never read as "http://https//host:8443x".
QString typedScheme(const QString &input)
{
    static const QRegularExpression re(QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]*)://"));
    const auto match = re.match(input.trimmed());
    return match.hasMatch() ? match.captured(1).toLower() : QString();
}

QString show(const QUrl &url)
{
    return QStringLiteral("[%1]").arg(url.toString(QUrl::FullyEncoded));
}

// What a server URL from either parser looks like: http(s), a lower-case host, no user info (a
// pasted password is dropped), no query, no fragment, no default port, no trailing slash.
void checkServer(const QUrl &server, const QString &what)
{
    const QString where = what + QStringLiteral(" server ") + show(server);
    FUZZ_CHECK(server.isValid(), where);
    FUZZ_CHECK(
        server.scheme() == QLatin1String("https") || server.scheme() == QLatin1String("http"),
        where);
    FUZZ_CHECK(!server.host().isEmpty() && server.host() == server.host().toLower(), where);
    FUZZ_CHECK(server.userInfo().isEmpty() && !server.hasQuery() && !server.hasFragment(), where);
    FUZZ_CHECK(server.port() != (server.scheme() == QLatin1String("https") ? 443 : 80), where);
}

void checkFlowRef(const QString &input)
{
    static const QRegularExpression id(QStringLiteral("^[A-Za-z0-9_-]+$"));
    const Result<FlowRef> parsed = FlowRef::parse(input);
    const QString what = QStringLiteral("FlowRef::parse [%1]").arg(input);
    if (!parsed.ok()) {
        FUZZ_CHECK(parsed.error().kind() == Error::Kind::InvalidInput, what);
        FUZZ_CHECK(!parsed.error().message().isEmpty(), what);
        return;
    }
    const FlowRef &ref = parsed.value();
    if (!ref.server().isEmpty() && !typedScheme(input).isEmpty())
        FUZZ_CHECK(ref.server().scheme() == typedScheme(input),
            what + QStringLiteral(" server ") + show(ref.server()));
    // An https URL stays https: a typo must never turn it into plain http.
    if (input.trimmed().startsWith(QLatin1String("https://"), Qt::CaseInsensitive)
        && !ref.server().isEmpty())
        FUZZ_CHECK(ref.server().scheme() == QLatin1String("https"),
            what + QStringLiteral(" server ") + show(ref.server()));
    FUZZ_CHECK(!ref.isNull() && id.match(ref.id()).hasMatch(),
        what + QStringLiteral(" id [%1]").arg(ref.id()));
    if (ref.server().isEmpty()) {
        // Given as an id: the id is the whole (trimmed) input.
        FUZZ_CHECK(ref.id() == input.trimmed(), what);
    } else {
        checkServer(ref.server(), what);
    }

    // The trigger URL it makes is one the parser reads back as the same flow on the same server.
    const QUrl fallback(QStringLiteral("https://cms.example.com/sub"));
    const QUrl trigger = ref.triggerUrl(fallback);
    FUZZ_CHECK(
        trigger.isValid() && trigger.path().endsWith(QStringLiteral("/flows/trigger/") + ref.id()),
        what + QStringLiteral(" trigger ") + show(trigger));
    const Result<FlowRef> again = FlowRef::parse(trigger.toString());
    FUZZ_CHECK(again.ok() && again.value().id() == ref.id(),
        what + QStringLiteral(" trigger ") + show(trigger) + QStringLiteral(" does not read back"));
    const QUrl expectedServer = ref.server().isEmpty() ? fallback : ref.server();
    FUZZ_CHECK(!ref.server().path().endsWith(QLatin1Char('/')), what + show(ref.server()));
    FUZZ_CHECK(again.value().server() == expectedServer,
        what + QStringLiteral(" trigger ") + show(trigger) + QStringLiteral(" reads back on ")
            + show(again.value().server()) + QStringLiteral(" not ") + show(expectedServer));
}

void checkServerUrl(const QString &input)
{
    const Result<QUrl> parsed = parseServerUrl(input);
    const QString what = QStringLiteral("parseServerUrl [%1]").arg(input);
    if (!parsed.ok()) {
        FUZZ_CHECK(parsed.error().kind() == Error::Kind::InvalidInput, what);
        FUZZ_CHECK(!parsed.error().message().isEmpty(), what);
        return;
    }
    const QUrl &server = parsed.value();
    if (!typedScheme(input).isEmpty())
        FUZZ_CHECK(server.scheme() == typedScheme(input), what + show(server));
    checkServer(server, what);
    if (input.trimmed().startsWith(QLatin1String("https://"), Qt::CaseInsensitive))
        FUZZ_CHECK(server.scheme() == QLatin1String("https"), what + show(server));
    FUZZ_CHECK(!server.path().endsWith(QLatin1Char('/')), what + show(server));
    // Typed without a scheme, only a loopback server gets plain http.
    if (!input.contains(QLatin1String("://")) && server.scheme() == QLatin1String("http"))
        FUZZ_CHECK(isLoopback(server), what + show(server));
    // No trailing space in the path ("cms.example.com/cms ?x"): toString() would end in a space
    // that the next read trims.
    FUZZ_CHECK(server.path().isEmpty() || !server.path().back().isSpace(), what + show(server));
    // Idempotent: what it stores (toString) reads back as itself.
    const Result<QUrl> again = parseServerUrl(server.toString());
    FUZZ_CHECK(again.ok() && again.value() == server,
        what + show(server) + QStringLiteral(" reads back as ") + show(again.value()));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString input = fuzz::text(fuzz::bytes(data, size));
    checkFlowRef(input);
    checkServerUrl(input);
    (void)isLoopback(QUrl(input));
    (void)isLoopback(QUrl::fromUserInput(input));
    return 0;
}
