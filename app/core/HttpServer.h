#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPair>
#include <QUrl>
#include <QUrlQuery>
#include <functional>

class QTcpServer;

// A small HTTP/1.1 server on QTcpServer for the in-process demo server and for tests (fake
// Directus, fake Plivo). Loopback only by default, any free port. Not a general web server:
// one request per connection is enough (Connection: close), Content-Length bodies only.
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
    QString queryValue(const QString &name) const;
    bool hasQueryItem(const QString &name) const;
};

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

    static HttpResponse json(int status, const QByteArray &body);
    // {"errors":[{"message":…,"extensions":{"code":…}}]}
    static HttpResponse directusError(int status, const QString &code, const QString &message);
};

class HttpServer : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<HttpResponse(const HttpRequest &request)>;

    explicit HttpServer(QObject *parent = nullptr);
    ~HttpServer() override;

    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    void close();
    bool isListening() const;
    quint16 port() const;
    QUrl url() const; // "http://127.0.0.1:<port>"

    void setHandler(Handler handler);

    // Every request received, in order (for tests to assert on).
    const QList<HttpRequest> &requests() const { return m_requests; }
    void clearRequests() { m_requests.clear(); }
    int maxBodyBytes() const { return m_maxBodyBytes; }
    void setMaxBodyBytes(int bytes) { m_maxBodyBytes = bytes; }

signals:
    void requestReceived(const HttpRequest &request);

private:
    void onNewConnection();

    QTcpServer *m_server;
    Handler m_handler;
    QList<HttpRequest> m_requests;
    int m_maxBodyBytes = 1 << 20;
};
