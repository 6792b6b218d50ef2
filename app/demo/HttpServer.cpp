#include "HttpServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QStringDecoder>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <cstring>

namespace {

constexpr int MaxHeadBytes = 64 * 1024;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 303:
        return "See Other";
    case 304:
        return "Not Modified";
    case 307:
        return "Temporary Redirect";
    case 308:
        return "Permanent Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 410:
        return "Gone";
    case 411:
        return "Length Required";
    case 413:
        return "Payload Too Large";
    case 415:
        return "Unsupported Media Type";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}

bool hasNoBody(int status)
{
    return (status >= 100 && status < 200) || status == 204 || status == 304;
}

// RFC 9110 token characters (methods, header names).
bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return c != '\0' && std::strchr("!#$%&'*+-.^_`|~", c) != nullptr;
}

bool isToken(const QByteArray &text)
{
    if (text.isEmpty())
        return false;
    for (char c : text) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

bool isHexDigit(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// One component of a query string, decoded as qs does: '+' is a space, then decodeURIComponent;
// a malformed escape or invalid UTF-8 leaves the text as it came.
QString decodeQueryComponent(QByteArray part)
{
    part.replace('+', ' ');
    for (qsizetype i = 0; i < part.size(); ++i) {
        if (part.at(i) != '%')
            continue;
        if (i + 2 >= part.size() || !isHexDigit(part.at(i + 1)) || !isHexDigit(part.at(i + 2)))
            return QString::fromLatin1(part);
        i += 2;
    }
    const QByteArray bytes = QByteArray::fromPercentEncoding(part);
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return QString::fromLatin1(part);
    return text;
}

} // namespace

// ----------------------------------------------------------------------------------------------
// HttpRequest, HttpResponse

QList<QPair<QString, QString>> HttpRequest::queryItems() const
{
    QList<QPair<QString, QString>> items;
    const QList<QByteArray> pairs = rawQuery.split('&');
    for (const QByteArray &pair : pairs) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        const QByteArray key = eq < 0 ? pair : pair.left(eq);
        const QByteArray value = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        QString decodedValue = decodeQueryComponent(value);
        if (decodedValue.isNull())
            decodedValue = QLatin1String(""); // present but empty, not "missing"
        items.append({ decodeQueryComponent(key), decodedValue });
    }
    return items;
}

QString HttpRequest::queryValue(const QString &name) const
{
    const auto items = queryItems();
    for (const auto &item : items) {
        if (item.first == name)
            return item.second;
    }
    return {};
}

bool HttpRequest::hasQueryItem(const QString &name) const
{
    const auto items = queryItems();
    for (const auto &item : items) {
        if (item.first == name)
            return true;
    }
    return false;
}

HttpResponse HttpResponse::json(int status, const QByteArray &body)
{
    HttpResponse response;
    response.status = status;
    response.body = body;
    return response;
}

HttpResponse HttpResponse::directusError(int status, const QString &code, const QString &message)
{
    const QJsonObject error { { QStringLiteral("message"), message },
        { QStringLiteral("extensions"), QJsonObject { { QStringLiteral("code"), code } } } };
    const QJsonObject root { { QStringLiteral("errors"), QJsonArray { error } } };
    return json(status, QJsonDocument(root).toJson(QJsonDocument::Compact));
}

// ----------------------------------------------------------------------------------------------
// One accepted connection: reads one request, answers it once, closes.

class HttpConnection : public QObject
{
public:
    HttpConnection(HttpServer *server, QTcpSocket *socket)
        : QObject(server)
        , m_server(server)
        , m_socket(socket)
    {
        m_socket->setParent(this);
        connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
        connect(m_socket, &QTcpSocket::disconnected, this, &HttpConnection::finish);
        connect(m_socket, &QTcpSocket::errorOccurred, this, [this] {
            if (m_socket->state() == QAbstractSocket::UnconnectedState)
                finish();
        });
    }

    ~HttpConnection() override
    {
        QObject::disconnect(m_socket, nullptr, this, nullptr);
        m_socket->abort();
    }

    // Drops the connection at once (server closing).
    void drop()
    {
        m_state = State::Done;
        QObject::disconnect(m_socket, nullptr, this, nullptr);
        m_socket->abort();
        finish();
    }

private:
    enum class State { Head, Body, Answered, Done };

    void onReadyRead()
    {
        const QByteArray data = m_socket->readAll();
        if (m_state == State::Answered || m_state == State::Done)
            return; // one request per connection; anything after it is ignored
        m_buffer += data;
        if (m_state == State::Head)
            readHead();
        if (m_state == State::Body)
            readBody();
    }

    void readHead()
    {
        qsizetype end = m_buffer.indexOf("\r\n\r\n");
        qsizetype separator = 4;
        const qsizetype bareEnd = m_buffer.indexOf("\n\n");
        if (bareEnd >= 0 && (end < 0 || bareEnd < end)) {
            end = bareEnd;
            separator = 2;
        }
        if (end < 0) {
            if (m_buffer.size() > MaxHeadBytes)
                answerPlain(431);
            return;
        }
        if (end > MaxHeadBytes) {
            answerPlain(431);
            return;
        }
        const QByteArray head = m_buffer.left(end);
        m_buffer.remove(0, end + separator);
        if (!parseHead(head)) {
            answerPlain(400);
            return;
        }

        if (!m_request.header("transfer-encoding").isEmpty()) {
            m_server->record(m_request);
            answerPlain(501);
            return;
        }
        const QByteArray lengthText = m_request.header("content-length");
        m_contentLength = 0;
        if (!lengthText.isEmpty()) {
            for (char c : lengthText) {
                if (c < '0' || c > '9') {
                    answerPlain(400);
                    return;
                }
            }
            bool ok = false;
            m_contentLength = lengthText.toLongLong(&ok);
            if (!ok || m_contentLength < 0) {
                answerPlain(400);
                return;
            }
        }
        if (m_contentLength > m_server->maxBodyBytes()) {
            m_server->record(m_request);
            answerPlain(413);
            return;
        }
        if (m_request.header("expect").toLower() == "100-continue"
            && m_buffer.size() < m_contentLength)
            m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
        m_state = State::Body;
    }

    bool parseHead(const QByteArray &head)
    {
        QList<QByteArray> lines = head.split('\n');
        for (QByteArray &line : lines) {
            if (line.endsWith('\r'))
                line.chop(1);
        }
        const QList<QByteArray> requestLine = lines.value(0).split(' ');
        if (requestLine.size() != 3)
            return false;
        const QByteArray &method = requestLine.at(0);
        const QByteArray &target = requestLine.at(1);
        const QByteArray &version = requestLine.at(2);
        if (!isToken(method) || (version != "HTTP/1.1" && version != "HTTP/1.0"))
            return false;
        if (!target.startsWith('/'))
            return false;
        for (char c : target) {
            if (static_cast<unsigned char>(c) <= 0x20 || static_cast<unsigned char>(c) >= 0x7f)
                return false;
        }

        m_request.method = method;
        m_request.target = target;
        const qsizetype question = target.indexOf('?');
        const QByteArray rawPath = question < 0 ? target : target.left(question);
        m_request.rawQuery = question < 0 ? QByteArray() : target.mid(question + 1);
        const qsizetype hash = m_request.rawQuery.indexOf('#');
        if (hash >= 0)
            m_request.rawQuery.truncate(hash);
        m_request.path = QString::fromUtf8(QByteArray::fromPercentEncoding(rawPath));

        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray &line = lines.at(i);
            if (line.isEmpty())
                return false;
            if (line.startsWith(' ') || line.startsWith('\t'))
                return false; // obsolete line folding
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                return false;
            const QByteArray name = line.left(colon).toLower();
            if (!isToken(name))
                return false;
            const QByteArray value = line.mid(colon + 1).trimmed();
            for (char c : value) {
                if ((static_cast<unsigned char>(c) < 0x20 && c != '\t') || c == 0x7f)
                    return false;
            }
            auto existing = m_request.headers.find(name);
            if (existing == m_request.headers.end())
                m_request.headers.insert(name, value);
            else
                existing.value() += ", " + value;
        }
        return true;
    }

    void readBody()
    {
        if (m_buffer.size() < m_contentLength)
            return;
        m_request.body = m_buffer.left(m_contentLength);
        m_buffer.clear();
        m_state = State::Answered;

        const QPointer<HttpConnection> self(this);
        const HttpResponse response = m_server->dispatch(m_request);
        if (!self || m_state == State::Done)
            return; // the handler closed the server
        answer(response);
    }

    void answerPlain(int status)
    {
        m_state = State::Answered;
        HttpResponse response;
        response.status = status;
        response.contentType = "text/plain; charset=utf-8";
        response.body = reasonPhrase(status) + '\n';
        write(response);
    }

    void answer(const HttpResponse &response)
    {
        if (response.hang)
            return; // kept open until the client, close() or the destructor ends it
        if (response.delayMs > 0) {
            QTimer::singleShot(response.delayMs, this, [this, response] { write(response); });
            return;
        }
        write(response);
    }

    void write(const HttpResponse &response)
    {
        if (m_state == State::Done || m_socket->state() != QAbstractSocket::ConnectedState)
            return;
        const bool noBody = hasNoBody(response.status);
        const bool head = m_request.method == "HEAD";
        QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' '
            + reasonPhrase(response.status) + "\r\n";
        if (!response.contentType.isEmpty() && !noBody)
            out += "Content-Type: " + response.contentType + "\r\n";
        if (!noBody) {
            const qint64 length
                = response.declaredLength >= 0 ? response.declaredLength : response.body.size();
            out += "Content-Length: " + QByteArray::number(length) + "\r\n";
        }
        out += "Connection: close\r\n";
        for (const auto &header : response.headers)
            out += header.first + ": " + header.second + "\r\n";
        out += "\r\n";

        if (!noBody && !head) {
            if (response.dropMidBody)
                out += response.body.left(response.body.size() / 2);
            else
                out += response.body;
        }
        m_socket->write(out);

        if (response.dropMidBody) {
            // Only after the half body is on its way: abort() would discard unwritten bytes.
            if (m_socket->bytesToWrite() == 0) {
                m_socket->abort();
            } else {
                connect(m_socket, &QTcpSocket::bytesWritten, this, [this] {
                    if (m_socket->bytesToWrite() == 0)
                        m_socket->abort();
                });
            }
            return;
        }
        m_socket->disconnectFromHost(); // sends what is buffered, then closes
    }

    void finish()
    {
        if (m_finished)
            return;
        m_finished = true;
        m_state = State::Done;
        m_server->forget(this);
        deleteLater();
    }

    HttpServer *m_server;
    QTcpSocket *m_socket;
    State m_state = State::Head;
    QByteArray m_buffer;
    qint64 m_contentLength = 0;
    HttpRequest m_request;
    bool m_finished = false;
};

// ----------------------------------------------------------------------------------------------
// HttpServer

HttpServer::HttpServer(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &HttpServer::onNewConnection);
}

HttpServer::~HttpServer()
{
    m_server->close();
    const auto connections = m_connections;
    m_connections.clear();
    qDeleteAll(connections);
}

bool HttpServer::listen(const QHostAddress &address, quint16 port)
{
    return m_server->listen(address, port);
}

void HttpServer::close()
{
    m_server->close();
    const auto connections = m_connections;
    for (HttpConnection *connection : connections)
        connection->drop();
}

bool HttpServer::isListening() const
{
    return m_server->isListening();
}

quint16 HttpServer::port() const
{
    return m_server->serverPort();
}

QUrl HttpServer::url() const
{
    if (!isListening())
        return {};
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    QHostAddress address = m_server->serverAddress();
    if (address == QHostAddress::Any || address == QHostAddress::AnyIPv4)
        address = QHostAddress::LocalHost;
    else if (address == QHostAddress::AnyIPv6)
        address = QHostAddress::LocalHostIPv6;
    url.setHost(address.toString());
    url.setPort(port());
    return url;
}

void HttpServer::setHandler(Handler handler)
{
    m_handler = std::move(handler);
}

void HttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection())
        m_connections.insert(new HttpConnection(this, socket));
}

void HttpServer::record(const HttpRequest &request)
{
    m_requests.append(request);
    emit requestReceived(request);
}

HttpResponse HttpServer::dispatch(const HttpRequest &request)
{
    const QPointer<HttpServer> self(this);
    record(request);
    if (!self)
        return {};
    if (!m_handler) {
        return HttpResponse::directusError(404, QStringLiteral("ROUTE_NOT_FOUND"),
            QStringLiteral("Route %1 doesn't exist.").arg(request.path));
    }
    return m_handler(request);
}

void HttpServer::forget(HttpConnection *connection)
{
    m_connections.remove(connection);
}
