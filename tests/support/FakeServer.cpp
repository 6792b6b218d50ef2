#include "FakeServer.h"

#include <memory>

FakeServer::FakeServer(QObject *parent)
    : QObject(parent)
{
    m_http.setHandler([this](const HttpRequest &request) { return handle(request); });
    connect(&m_http, &HttpServer::requestReceived, this, &FakeServer::requestReceived);
    m_http.listen(QHostAddress::LocalHost, 0);
}

FakeServer::~FakeServer() = default;

QUrl FakeServer::url(const QByteArray &encodedPathAndQuery) const
{
    return QUrl::fromEncoded(m_http.url().toEncoded() + encodedPathAndQuery, QUrl::StrictMode);
}

void FakeServer::on(const QByteArray &method, const QString &path, const HttpResponse &response)
{
    on(method, path, [response](const HttpRequest &) { return response; });
}

void FakeServer::on(const QByteArray &method, const QString &path, Route route)
{
    for (Entry &entry : m_routes) {
        if (entry.method == method && entry.path == path) {
            entry.route = std::move(route);
            return;
        }
    }
    m_routes.append({ method, path, std::move(route) });
}

void FakeServer::onSequence(
    const QByteArray &method, const QString &path, QList<HttpResponse> responses)
{
    auto queue = std::make_shared<QList<HttpResponse>>(std::move(responses));
    on(method, path, [queue](const HttpRequest &) {
        if (queue->isEmpty())
            return HttpResponse::json(500, R"({"error":"FakeServer: empty sequence"})");
        return queue->size() > 1 ? queue->takeFirst() : queue->constFirst();
    });
}

QList<HttpRequest> FakeServer::requestsTo(const QString &path) const
{
    QList<HttpRequest> matching;
    for (const HttpRequest &request : m_http.requests()) {
        if (request.path == path)
            matching.append(request);
    }
    return matching;
}

int FakeServer::count(const QByteArray &method, const QString &path) const
{
    int n = 0;
    for (const HttpRequest &request : m_http.requests()) {
        if ((method == "*" || request.method == method) && request.path == path)
            ++n;
    }
    return n;
}

HttpResponse FakeServer::handle(const HttpRequest &request)
{
    for (const Entry &entry : m_routes) {
        if ((entry.method == "*" || entry.method == request.method) && entry.path == request.path)
            return entry.route(request);
    }
    if (m_fallback)
        return m_fallback(request);
    return HttpResponse::directusError(404, QStringLiteral("ROUTE_NOT_FOUND"),
        QStringLiteral("Route %1 doesn't exist.").arg(request.path));
}
