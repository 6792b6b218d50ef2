#pragma once

#include "ClientOptions.h"
#include "Error.h"
#include "FlowRef.h"
#include "FlowReply.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslError>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;
class QTimer;
class NetworkLog;

// One request and its reply. Owned by the client's caller through deleteLater once finished; emits
// finished() exactly once unless aborted (abort() is quiet: no signal).
class ApiCall : public QObject
{
    Q_OBJECT
public:
    ~ApiCall() override;

    FlowReply::Call call() const { return m_call; }
    bool isFinished() const { return m_finished; }
    // Transport-level failure (network, timeout, TLS, too large, insecure URL, refused redirect).
    // When None, answer() holds what the server said (any status).
    Error error() const { return m_error; }
    const HttpAnswer &answer() const { return m_answer; }
    qint64 elapsedMs() const { return m_elapsedMs; }

    void abort();

signals:
    void finished();

private:
    friend class DirectusClient;
    ApiCall(FlowReply::Call call, QObject *parent);
    void start(QNetworkAccessManager &nam, const QByteArray &method, const QNetworkRequest &request,
        const QByteArray &body, const ClientOptions &options);
    void finishWithError(const Error &error);
    void onFinished();
    void onTimeout();
    void finish();

    FlowReply::Call m_call;
    QPointer<QNetworkReply> m_reply;
    QTimer *m_timer = nullptr;
    QElapsedTimer m_clock;
    qint64 m_elapsedMs = 0;
    qint64 m_maxBytes = 0;
    bool m_finished = false;
    bool m_timedOut = false;
    bool m_tooLarge = false;
    bool m_requestSent = false; // the connection (and TLS handshake) succeeded
    int m_redirects = 0;
    QList<QSslError> m_sslErrors;
    QString m_redirectRefused;
    Error m_error;
    HttpAnswer m_answer;
    int m_logId = -1;
    NetworkLog *m_log = nullptr;
};

// Talks to one Directus server: the two flows, /users/me, /server/ping and any authenticated API
// path. Asynchronous and cancellable; never retries the code request by itself (that would send
// another SMS). The network manager is handed in (no global one) so tests can inject their own.
class DirectusClient : public QObject
{
    Q_OBJECT
public:
    explicit DirectusClient(QNetworkAccessManager &nam, QObject *parent = nullptr);
    ~DirectusClient() override;

    void setOptions(const ClientOptions &options) { m_options = options; }
    const ClientOptions &options() const { return m_options; }
    // The server requests go to: the explicit one, else the one named by a pasted trigger URL.
    QUrl server() const;
    // Every request is recorded there (masked) when set.
    void setNetworkLog(NetworkLog *log) { m_log = log; }
    NetworkLog *networkLog() const { return m_log; }

    static QByteArray userAgent();

    // Each returns a new call parented to `context` (or the client); the caller connects to
    // finished() and reads answer()/error(), then deletes it.
    // `voice`: the code by a phone call (channel=voice; our flows allow it once an SMS was sent).
    ApiCall *requestCode(const QString &e164, const QString &callingCode,
        QObject *context = nullptr, bool voice = false);
    // `device` names this device for the session the verify flow opens ("Directus Login on lab-7";
    // flows that open none ignore it).
    ApiCall *verifyCode(const QString &sessionUuid, const QString &code, const QString &device = {},
        QObject *context = nullptr);
    // POST /auth/refresh {"refresh_token", "mode": "json"}: rotates the refresh token
    // (FlowReply::parseRefresh).
    ApiCall *refresh(const QString &refreshToken, QObject *context = nullptr);
    // POST /auth/logout {"refresh_token", "mode": "json"}: deletes the session on the server.
    ApiCall *logout(const QString &refreshToken, QObject *context = nullptr);
    ApiCall *currentUser(const QString &token, QObject *context = nullptr);
    ApiCall *ping(QObject *context = nullptr);
    // Triggers the login (or verify) flow with no parameters, to see that it exists and answers
    // as a flow does (FlowReply::parseProbe). No number, no code: no SMS can be sent.
    ApiCall *probeFlow(FlowReply::Call call, QObject *context = nullptr);

    // Whether a request may go to `url`: https, or http to this machine (or with
    // allowInsecureHttp). The error that says why not, and what to do. Pure.
    static bool isAllowedUrl(const QUrl &url, bool allowInsecureHttp);
    static Error insecureUrlError(const QUrl &url);
    // An authenticated request to `path` ("/items/articles?limit=1") on the server.
    ApiCall *api(const QByteArray &method, const QString &path, const QString &token,
        const QByteArray &jsonBody = {}, QObject *context = nullptr);

    // The Error for a failed TLS handshake to `host`, from what QSslSocket reported: the most
    // telling problem (wrong host, expired, not yet valid, untrusted issuer) in plain words. Pure.
    static Error tlsError(
        const QList<QSslError> &errors, const QString &host, const QString &detail);

    // Query string with '+' (and every reserved character) percent-encoded: Directus reads a bare
    // '+' as a space. QUrlQuery leaves '+' alone, so it is not used for this.
    static QString encodeQuery(const QList<QPair<QString, QString>> &items);

private:
    ApiCall *trigger(FlowReply::Call call, const FlowRef &flow,
        const QList<QPair<QString, QString>> &params, const QStringList &secrets, QObject *context);
    ApiCall *sessionCall(
        FlowReply::Call call, const QString &path, const QString &refreshToken, QObject *context);
    ApiCall *send(FlowReply::Call call, const QByteArray &method, const QUrl &url,
        const QByteArray &body, const QString &token, const QStringList &secrets, QObject *context);

    QNetworkAccessManager &m_nam;
    ClientOptions m_options;
    NetworkLog *m_log = nullptr;
};
