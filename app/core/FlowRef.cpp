#include "FlowRef.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>

namespace {
bool isFlowId(const QString &text)
{
    static const QRegularExpression re(QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z0-9_-]{1,128}")));
    return re.match(text).hasMatch();
}

QString tr(const char *text)
{
    return QCoreApplication::translate("FlowRef", text);
}

// What the person typed, as a URL: without a scheme it is https, except on loopback (a local
// Directus rarely has a certificate).
QUrl fromTyped(const QString &text)
{
    QUrl url = QUrl::fromUserInput(text);
    if (!text.contains(QLatin1String("://")) && url.scheme() == QLatin1String("http") && !isLoopback(url))
        url.setScheme(QStringLiteral("https"));
    return url;
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
        return Error(Error::Kind::InvalidInput, tr("Enter the flow's id or paste its trigger URL."));

    FlowRef ref;
    if (isFlowId(text)) {
        ref.m_id = text;
        return ref;
    }

    const QUrl url = fromTyped(text);
    if (!isWebUrl(url)) {
        return Error(Error::Kind::InvalidInput,
                     tr("This is neither a flow id nor a trigger URL. Paste the Trigger URL shown on "
                        "the flow's webhook trigger in Directus."),
                     QStringLiteral("unparsable flow reference"));
    }
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    static const QRegularExpression triggerRe(QRegularExpression::anchoredPattern(QStringLiteral("(.*)/flows/trigger/([A-Za-z0-9_-]+)")));
    const auto match = triggerRe.match(path);
    if (!match.hasMatch()) {
        return Error(Error::Kind::InvalidInput,
                     tr("This URL is not a flow trigger URL: it should end in /flows/trigger/ followed "
                        "by the flow's id."),
                     QStringLiteral("path %1 has no /flows/trigger/<id>").arg(url.path()));
    }
    ref.m_id = match.captured(2);
    ref.m_server = origin(url, match.captured(1));
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
        return Error(Error::Kind::InvalidInput, tr("Enter the address of your Directus server."));
    const QUrl url = fromTyped(text);
    if (!isWebUrl(url)) {
        return Error(Error::Kind::InvalidInput,
                     tr("This is not a server address. Use the form https://cms.example.com."),
                     QStringLiteral("invalid server URL"));
    }
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    return origin(url, path);
}

bool isLoopback(const QUrl &url)
{
    const QString host = url.host().toLower();
    if (host == QLatin1String("localhost") || host.endsWith(QLatin1String(".localhost")))
        return true;
    QHostAddress address;
    return address.setAddress(host) && address.isLoopback();
}
