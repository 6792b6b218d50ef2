#pragma once

// Shared by the benchmark programs: a monotonic clock in milliseconds and the in-server handling
// time of every request the demo server answers.

#include "DemoServer.h"
#include "HttpServer.h"
#include "TokenStore.h"

#include <QAbstractSocket>
#include <QElapsedTimer>
#include <QList>
#include <QPointer>
#include <QSet>
#include <QTcpSocket>
#include <memory>

// Measures, inside the in-process server, how long it takes to handle each request: from the
// whole request having been read (HttpServer::requestReceived, emitted just before the handler
// runs) until the answer is handed to the socket and the server closes its side (the socket leaves
// ConnectedState, synchronously inside the same call). Everything else a flow call costs —
// QNetworkAccessManager, the TCP connection, parsing the reply, the session's own work — is
// client-side time. One request at a time (a sign-in is sequential).
class ServerTimer : public QObject
{
public:
    explicit ServerTimer(DemoServer &demo, const QElapsedTimer &clock)
        : m_http(demo.http())
        , m_clock(clock)
    {
        connect(
            &m_http, &HttpServer::requestReceived, this,
            [this](const HttpRequest &) {
                m_startNs = m_clock.nsecsElapsed();
                // The connection that read this request exists now: watch its socket.
                const QList<QTcpSocket *> sockets = m_http.findChildren<QTcpSocket *>();
                for (QTcpSocket *socket : sockets) {
                    if (m_watched.contains(socket))
                        continue;
                    m_watched.insert(socket);
                    connect(
                        socket, &QAbstractSocket::stateChanged, this,
                        [this](QAbstractSocket::SocketState state) {
                            if (m_startNs < 0 || state == QAbstractSocket::ConnectedState)
                                return;
                            m_handlingNs.append(m_clock.nsecsElapsed() - m_startNs);
                            m_startNs = -1;
                        },
                        Qt::DirectConnection);
                    connect(socket, &QObject::destroyed, this,
                        [this, socket] { m_watched.remove(socket); });
                }
            },
            Qt::DirectConnection);
    }

    int count() const { return int(m_handlingNs.size()); }
    double totalMs(int from = 0) const
    {
        qint64 ns = 0;
        for (int i = from; i < m_handlingNs.size(); ++i)
            ns += m_handlingNs.at(i);
        return double(ns) / 1e6;
    }

private:
    HttpServer &m_http;
    const QElapsedTimer &m_clock;
    qint64 m_startNs = -1;
    QList<qint64> m_handlingNs;
    QSet<QObject *> m_watched;
};

inline double msSince(const QElapsedTimer &clock, qint64 startNs)
{
    return double(clock.nsecsElapsed() - startNs) / 1e6;
}

// Where a benchmark keeps the token: the real keychain (5 s timeout) or memory.
inline std::unique_ptr<TokenStore> benchStore(bool keychain)
{
    if (!keychain)
        return std::make_unique<MemoryTokenStore>();
    auto store = std::make_unique<KeychainTokenStore>();
    store->setTimeout(5000);
    return store;
}
