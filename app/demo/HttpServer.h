#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPair>
#include <QSet>
#include <QUrl>
#include <QUrlQuery>
#include <functional>

class QTcpServer;
class HttpConnection;

// A small HTTP/1.1 server on QTcpServer for the in-process demo server and for tests (fake
// Directus, fake Plivo). Loopback only by default, any free port. Not a general web server:
// one request per connection is enough (Connection: close), Content-Length bodies only.
//
// Requests may arrive in any number of TCP chunks. Malformed requests are answered 400, a body over
// maxBodyBytes() 413 (without reading it), headers over 64 KiB 431, Transfer-Encoding 501; none of
// those reach the handler, but every request whose head could be read is recorded in requests().
struct HttpRequest
{
    QByteArray method; // "GET"
    QByteArray target; // raw request target, "/flows/trigger/x?phone_number=%2B44…"
    QString path; // decoded path, "/flows/trigger/x"
    QByteArray rawQuery; // undecoded query, "phone_number=%2B44…"
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;

    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    // Query value decoded as Directus (Express/qs) does: %XX decoded and a literal '+' read as a
    // space. So "%2B44" → "+44" and "+44" → " 44".
    // Like decodeURIComponent, a malformed escape ("%zz", "%E9" alone) leaves the value as it came
    // (with '+' still read as a space). The first of several items with the same name wins; a null
    // QString when there is none.
    QString queryValue(const QString &name) const;
    bool hasQueryItem(const QString &name) const;
    // Every query item, decoded as queryValue() does, in order.
    QList<QPair<QString, QString>> queryItems() const;
};

Q_DECLARE_METATYPE(HttpRequest)

struct HttpResponse
{
    int status = 200;
    QByteArray contentType = "application/json; charset=utf-8";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    // Behaviours for fault tests.
    int delayMs = 0; // answer after this long
    bool hang = false; // accept the request and never answer
    bool dropMidBody = false; // send headers and half the body, then close the connection
    qint64 declaredLength = -1; // Content-Length to announce instead of body.size() (-1: real)
    // A hung request is kept open until the client goes away, close() or the server is destroyed.
    // A delayed answer uses a timer; the server keeps serving other connections meanwhile.

    static HttpResponse json(int status, const QByteArray &body);
    // {"errors":[{"message":…,"extensions":{"code":…}}]}
    static HttpResponse directusError(int status, const QString &code, const QString &message);
};

Q_DECLARE_METATYPE(HttpResponse)

class HttpServer : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<HttpResponse(const HttpRequest &request)>;

    explicit HttpServer(QObject *parent = nullptr);
    ~HttpServer() override;

    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    // Stops listening and drops every open connection (hung and delayed ones included).
    void close();
    bool isListening() const;
    quint16 port() const;
    QUrl url() const; // "http://127.0.0.1:<port>"; empty when not listening

    // Without a handler every request is answered 404 ROUTE_NOT_FOUND (a Directus error body).
    void setHandler(Handler handler);

    // Every request received, in order (for tests to assert on).
    const QList<HttpRequest> &requests() const { return m_requests; }
    void clearRequests() { m_requests.clear(); }
    int maxBodyBytes() const { return m_maxBodyBytes; }
    void setMaxBodyBytes(int bytes) { m_maxBodyBytes = bytes; }

    // Connections currently open (waiting for a request, delayed, hung or still sending).
    int openConnectionCount() const { return int(m_connections.size()); }

signals:
    void requestReceived(const HttpRequest &request);

private:
    friend class HttpConnection;
    void onNewConnection();
    // Records the request, emits requestReceived and asks the handler (or answers 404).
    HttpResponse dispatch(const HttpRequest &request);
    void record(const HttpRequest &request);
    void forget(HttpConnection *connection);

    QTcpServer *m_server;
    QSet<HttpConnection *> m_connections;
    Handler m_handler;
    QList<HttpRequest> m_requests;
    int m_maxBodyBytes = 1 << 20;
};
