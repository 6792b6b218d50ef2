#pragma once

#include "HttpServer.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>
#include <functional>

// A fake server for tests over real HTTP on 127.0.0.1 (any free port), listening from
// construction: routes by method and decoded path, answers with HttpResponse values (which can be
// delayed, hang, drop mid-body or lie about their length), and keeps a log of what it received.
//
//     FakeServer server;
//     server.on("GET", "/users/me", HttpResponse::json(200, R"({"data":{"id":"1"}})"));
//     server.on("POST", "/flows/trigger/x", [](const HttpRequest &r) { ... return response; });
//     ... point the client at server.url() ...
//     QCOMPARE(server.count("GET", "/users/me"), 1);
//
// Unrouted requests get the fallback (404 ROUTE_NOT_FOUND by default). Method "*" matches any
// method. A later on() for the same method and path replaces the earlier one.
class FakeServer : public QObject
{
    Q_OBJECT
public:
    using Route = std::function<HttpResponse(const HttpRequest &request)>;

    explicit FakeServer(QObject *parent = nullptr);
    ~FakeServer() override;

    bool isListening() const { return m_http.isListening(); }
    QUrl url() const { return m_http.url(); }
    // url() + an already-encoded path and query: url("/flows/trigger/x?phone_number=%2B44").
    QUrl url(const QByteArray &encodedPathAndQuery) const;

    void on(const QByteArray &method, const QString &path, const HttpResponse &response);
    void on(const QByteArray &method, const QString &path, Route route);
    // Answers in turn; the last one repeats.
    void onSequence(const QByteArray &method, const QString &path, QList<HttpResponse> responses);
    void setFallback(Route route) { m_fallback = std::move(route); }
    void clearRoutes() { m_routes.clear(); }

    const QList<HttpRequest> &requests() const { return m_http.requests(); }
    QList<HttpRequest> requestsTo(const QString &path) const;
    int count(const QByteArray &method, const QString &path) const;
    const HttpRequest &lastRequest() const { return m_http.requests().constLast(); }
    void clearRequests() { m_http.clearRequests(); }

    // Stop accepting and drop open connections ("the server went away").
    void close() { m_http.close(); }
    HttpServer &http() { return m_http; }

signals:
    void requestReceived(const HttpRequest &request);

private:
    struct Entry
    {
        QByteArray method;
        QString path;
        Route route;
    };
    HttpResponse handle(const HttpRequest &request);

    HttpServer m_http;
    QList<Entry> m_routes;
    Route m_fallback;
};
