#include "FlowRef.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>

namespace {
bool isFlowId(const QString &text)
{
    static const QRegularExpression re(
        QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z0-9_-]{1,128}")));
    return re.match(text).hasMatch();
}

// Texts of free functions, under the context lupdate files them under too.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(FlowRef)
};

// "https://…", "ftp://…": the text names its scheme.
bool hasScheme(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*://"));
    return re.match(text).hasMatch();
}

// What the person typed, as a URL: without a scheme it is https, except on loopback (a local
// Directus rarely has a certificate). A URL with a scheme is read as it is: QUrl::fromUserInput
// would read an invalid one ("https://host:8443x") as a host-less input and make it
// "http://https//host:8443x", plain http to a host named "https".
QUrl fromTyped(const QString &text)
{
    if (hasScheme(text))
        return QUrl(text);
    QUrl url = QUrl::fromUserInput(text);
    if (url.scheme() == QLatin1String("http") && !isLoopback(url))
        url.setScheme(QStringLiteral("https"));
    return url;
}

// The error for a URL with a scheme that QUrl cannot read (a typo in the port or the host).
Error invalidUrl(const QUrl &url)
{
    return Error(Error::Kind::InvalidInput,
        Tr::tr("This address cannot be read. Check the host name, and that the port after the "
               "colon is a number (https://cms.example.com:8443)."),
        // Not QUrl::errorString(): it quotes the whole URL, a pasted password included.
        QStringLiteral("invalid URL (scheme %1)").arg(url.scheme().left(16)));
}

// A path without the trailing slashes and spaces a pasted URL brings along ("/cms/",
// "/cms ?from=mail").
QString withoutTrailing(QString path)
{
    while (!path.isEmpty() && (path.endsWith(QLatin1Char('/')) || path.back().isSpace()))
        path.chop(1);
    return path;
}

bool isWebUrl(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return url.isValid() && !url.host().isEmpty()
        && (scheme == QLatin1String("http") || scheme == QLatin1String("https"));
}

// Scheme and host in lower case, the default port dropped, no user info, query or fragment.
QUrl origin(const QUrl &url, const QString &path)
{
    const QString scheme = url.scheme().toLower();
    const int defaultPort = scheme == QLatin1String("https") ? 443 : 80;
    QUrl clean;
    clean.setScheme(scheme);
    clean.setHost(url.host().toLower());
    clean.setPort(url.port() == defaultPort ? -1 : url.port());
    clean.setPath(path);
    return clean;
}
} // namespace

Result<FlowRef> FlowRef::parse(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return Error(
            Error::Kind::InvalidInput, Tr::tr("Enter the flow's id or paste its trigger URL."));

    FlowRef ref;
    if (isFlowId(text)) {
        ref.m_id = text;
        return ref;
    }

    const QUrl url = fromTyped(text);
    if (hasScheme(text) && !url.isValid())
        return invalidUrl(url);
    if (!isWebUrl(url)) {
        return Error(Error::Kind::InvalidInput,
            Tr::tr("This is neither a flow id nor a trigger URL. Paste the Trigger URL shown on "
                   "the flow's webhook trigger in Directus."),
            QStringLiteral("unparsable flow reference"));
    }
    const QString path = withoutTrailing(url.path());
    static const QRegularExpression triggerRe(
        QRegularExpression::anchoredPattern(QStringLiteral("(.*)/flows/trigger/([A-Za-z0-9_-]+)")));
    const auto match = triggerRe.match(path);
    if (!match.hasMatch()) {
        return Error(Error::Kind::InvalidInput,
            Tr::tr("This URL is not a flow trigger URL: it should end in /flows/trigger/ followed "
                   "by the flow's id."),
            QStringLiteral("path %1 has no /flows/trigger/<id>").arg(url.path()));
    }
    ref.m_id = match.captured(2);
    // "https://host//flows/trigger/<id>": the server is "https://host", as parseServerUrl has it.
    ref.m_server = origin(url, withoutTrailing(match.captured(1)));
    return ref;
}

QUrl FlowRef::triggerUrl(const QUrl &server) const
{
    QUrl base = m_server.isEmpty() ? server : m_server;
    QString path = base.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    base.setPath(path + QStringLiteral("/flows/trigger/") + m_id);
    return base;
}

Result<QUrl> parseServerUrl(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return Error(
            Error::Kind::InvalidInput, Tr::tr("Enter the address of your Directus server."));
    const QUrl url = fromTyped(text);
    if (hasScheme(text) && !url.isValid())
        return invalidUrl(url);
    if (!isWebUrl(url)) {
        return Error(Error::Kind::InvalidInput,
            Tr::tr("This is not a server address. Use the form https://cms.example.com."),
            QStringLiteral("invalid server URL"));
    }
    return origin(url, withoutTrailing(url.path()));
}

bool isLoopback(const QUrl &url)
{
    const QString host = url.host().toLower();
    if (host == QLatin1String("localhost") || host.endsWith(QLatin1String(".localhost")))
        return true;
    QHostAddress address;
    return address.setAddress(host) && address.isLoopback();
}
