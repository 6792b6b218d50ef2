#include "DirectusClient.h"

#include "NetworkLog.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSysInfo>
#include <QTimer>

namespace {
QString where(const QByteArray &method, const QUrl &url)
{
    return QString::fromLatin1(method) + QLatin1Char(' ')
        + url.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo | QUrl::RemoveFragment);
}

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host() == b.host()
        && a.port(a.scheme() == QLatin1String("https") ? 443 : 80)
        == b.port(b.scheme() == QLatin1String("https") ? 443 : 80);
}

Error transportError(QNetworkReply *reply, const QUrl &url, const QList<QSslError> &sslErrors)
{
    const QString host = url.host();
    const QString detail = QStringLiteral("%1: %2 (QNetworkReply %3)")
                               .arg(where(reply->operation() == QNetworkAccessManager::PostOperation
                                            ? QByteArray("POST")
                                            : QByteArray("GET"),
                                        url),
                                   reply->errorString())
                               .arg(int(reply->error()));
    switch (reply->error()) {
    case QNetworkReply::ConnectionRefusedError:
        return Error(Error::Kind::Network,
            QCoreApplication::translate("DirectusClient",
                "Could not connect to %1: the server refused the connection. Check the address "
                "and that the server is running.")
                .arg(host),
            detail);
    case QNetworkReply::HostNotFoundError:
        return Error(Error::Kind::Network,
            QCoreApplication::translate("DirectusClient",
                "Could not find the server %1. Check the address and your internet connection.")
                .arg(host),
            detail);
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::UnknownNetworkError:
        return Error(Error::Kind::Network,
            QCoreApplication::translate("DirectusClient",
                "The connection to %1 was interrupted. Check your connection and try again.")
                .arg(host),
            detail);
    case QNetworkReply::TimeoutError:
        return Error(Error::Kind::Timeout,
            QCoreApplication::translate(
                "DirectusClient", "%1 did not answer in time. Check your connection and try again.")
                .arg(host),
            detail);
    case QNetworkReply::SslHandshakeFailedError:
        return DirectusClient::tlsError(sslErrors, host, detail);
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return Error(Error::Kind::Network,
            QCoreApplication::translate("DirectusClient",
                "The network proxy refused or failed the connection to %1. Check the proxy "
                "settings.")
                .arg(host),
            detail);
    case QNetworkReply::TooManyRedirectsError:
        return Error(Error::Kind::Network,
            QCoreApplication::translate("DirectusClient",
                "%1 redirected the request too many times (a redirect loop), so it was stopped. "
                "Tell the server's administrator.")
                .arg(host),
            detail);
    case QNetworkReply::InsecureRedirectError:
        return Error(Error::Kind::Network,
            QCoreApplication::translate("DirectusClient",
                "%1 redirected the request to plain HTTP; it was not followed, so nothing was sent "
                "unencrypted.")
                .arg(host),
            detail);
    default:
        return Error(Error::Kind::Network,
            QCoreApplication::translate("DirectusClient", "The request to %1 failed: %2")
                .arg(host, reply->errorString()),
            detail);
    }
}

QString certificateNames(const QSslCertificate &certificate)
{
    QStringList names;
    const auto alternatives = certificate.subjectAlternativeNames();
    for (auto it = alternatives.cbegin(); it != alternatives.cend(); ++it) {
        if ((it.key() == QSsl::DnsEntry || it.key() == QSsl::IpAddressEntry)
            && !names.contains(it.value()))
            names.append(it.value());
    }
    if (names.isEmpty())
        names = certificate.subjectInfo(QSslCertificate::CommonName);
    return names.isEmpty() ? QStringLiteral("?") : names.join(QStringLiteral(", "));
}

QString issuerName(const QSslCertificate &certificate)
{
    const QString name = certificate.issuerDisplayName();
    return name.isEmpty() ? QStringLiteral("?") : name;
}
} // namespace

Error DirectusClient::tlsError(
    const QList<QSslError> &errors, const QString &host, const QString &detail)
{
    const auto find
        = [&errors](std::initializer_list<QSslError::SslError> kinds) -> const QSslError * {
        for (const QSslError &error : errors) {
            for (const QSslError::SslError kind : kinds) {
                if (error.error() == kind)
                    return &error;
            }
        }
        return nullptr;
    };
    QStringList texts;
    for (const QSslError &error : errors)
        texts.append(error.errorString());
    const QString fullDetail = texts.isEmpty()
        ? detail
        : detail + QStringLiteral("; TLS: ") + texts.join(QStringLiteral("; "));

    if (const QSslError *e = find({ QSslError::HostNameMismatch })) {
        //: %1 the names in the certificate, %2 the server address the person gave.
        return Error(Error::Kind::Tls,
            QCoreApplication::translate("DirectusClient",
                "The server's certificate is for %1, not %2, so the connection was refused: this "
                "may "
                "not be the server you meant. Check the address, or tell the server's "
                "administrator.")
                .arg(certificateNames(e->certificate()), host),
            fullDetail);
    }
    if (const QSslError *e = find({ QSslError::CertificateExpired })) {
        //: %1 the date the certificate expired (YYYY-MM-DD), %2 the server.
        return Error(Error::Kind::Tls,
            QCoreApplication::translate("DirectusClient",
                "The server's certificate expired on %1, so the connection to %2 was refused. Tell "
                "the "
                "server's administrator to renew it.")
                .arg(e->certificate().expiryDate().toUTC().date().toString(Qt::ISODate), host),
            fullDetail);
    }
    if (const QSslError *e = find({ QSslError::CertificateNotYetValid })) {
        return Error(Error::Kind::Tls,
            QCoreApplication::translate("DirectusClient",
                "The server's certificate is not valid until %1, so the connection to %2 was "
                "refused. "
                "Check this computer's date and time.")
                .arg(e->certificate().effectiveDate().toUTC().date().toString(Qt::ISODate), host),
            fullDetail);
    }
    if (const QSslError *e = find({ QSslError::SelfSignedCertificate,
            QSslError::SelfSignedCertificateInChain, QSslError::UnableToGetLocalIssuerCertificate,
            QSslError::UnableToGetIssuerCertificate, QSslError::UnableToVerifyFirstCertificate,
            QSslError::CertificateUntrusted, QSslError::CertificateRejected })) {
        //: %1 who issued the certificate, %2 the server.
        return Error(Error::Kind::Tls,
            QCoreApplication::translate("DirectusClient",
                "The server's certificate is not trusted (issued by %1), so the connection to %2 "
                "was "
                "refused. If the server uses your organisation's own certificate authority, start "
                "the "
                "app with --ca-file.")
                .arg(issuerName(e->certificate()), host),
            fullDetail);
    }
    if (!texts.isEmpty()) {
        return Error(Error::Kind::Tls,
            QCoreApplication::translate(
                "DirectusClient", "The secure connection to %1 was refused: %2")
                .arg(host, texts.join(QStringLiteral("; "))),
            fullDetail);
    }
    return Error(Error::Kind::Tls,
        QCoreApplication::translate("DirectusClient",
            "The secure connection to %1 could not be established (the server does not speak TLS "
            "as expected). Check the address and port.")
            .arg(host),
        fullDetail);
}

ApiCall::ApiCall(FlowReply::Call call, QObject *parent)
    : QObject(parent)
    , m_call(call)
{
}

ApiCall::~ApiCall()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void ApiCall::abort()
{
    m_finished = true;
    if (m_timer)
        m_timer->stop();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    if (m_log && m_logId >= 0)
        m_log->end(m_logId, 0, {}, {}, m_clock.elapsed(), QStringLiteral("cancelled"));
    m_logId = -1;
}

void ApiCall::start(QNetworkAccessManager &nam, const QByteArray &method,
    const QNetworkRequest &request, const QByteArray &body, const ClientOptions &options)
{
    m_clock.start();
    m_maxBytes = options.maxResponseBytes;
    m_answer.where = where(method, request.url());
    if (m_log) {
        QList<QPair<QByteArray, QByteArray>> headers;
        const auto names = request.rawHeaderList();
        for (const QByteArray &name : names)
            headers.append({ name, request.rawHeader(name) });
        m_logId = m_log->begin(method, request.url().toString(QUrl::FullyEncoded), headers, body);
    }

    if (method == "GET")
        m_reply = nam.get(request);
    else if (method == "POST")
        m_reply = nam.post(request, body);
    else if (method == "DELETE" && body.isEmpty())
        m_reply = nam.deleteResource(request);
    else
        m_reply = nam.sendCustomRequest(request, method, body);

    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    m_timer->setInterval(options.timeoutMs);
    connect(m_timer, &QTimer::timeout, this, &ApiCall::onTimeout);
    m_timer->start();

    QNetworkReply *reply = m_reply;
    auto progress = [this](qint64 received, qint64) {
        m_timer->start();
        if (m_maxBytes > 0 && received > m_maxBytes) {
            m_tooLarge = true;
            m_reply->abort();
        }
    };
    connect(reply, &QNetworkReply::downloadProgress, this, progress);
    connect(
        reply, &QNetworkReply::uploadProgress, this, [this](qint64, qint64) { m_timer->start(); });
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply] {
        const qint64 declared = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (m_maxBytes > 0 && declared > m_maxBytes) {
            m_tooLarge = true;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        m_sslErrors = errors;
        // Never ignored: the handshake fails and finished() reports it.
    });
    connect(reply, &QNetworkReply::requestSent, this, [this] { m_requestSent = true; });
    const QUrl origin = request.url();
    connect(reply, &QNetworkReply::redirected, this, [this, reply, origin](const QUrl &target) {
        ++m_redirects;
        const bool upgrade = origin.scheme() == QLatin1String("http")
            && target.scheme() == QLatin1String("https") && origin.host() == target.host();
        if (sameOrigin(origin, target) || upgrade) {
            emit reply->redirectAllowed();
        } else {
            m_redirectRefused = target.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo);
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this, &ApiCall::onFinished);
}

void ApiCall::onTimeout()
{
    m_timedOut = true;
    if (m_reply)
        m_reply->abort();
}

void ApiCall::finishWithError(const Error &error)
{
    m_error = error;
    QTimer::singleShot(0, this, [this] {
        if (m_finished)
            return;
        finish();
    });
}

void ApiCall::onFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || m_finished)
        return;
    m_reply = nullptr;
    reply->deleteLater();
    m_timer->stop();

    const QUrl url = reply->request().url();
    const QString host = url.host();
    const QString whereText = m_answer.where;
    m_answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_answer.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    for (const auto &pair : reply->rawHeaderPairs())
        m_answer.headers.append(pair);

    if (m_tooLarge) {
        m_error = Error(Error::Kind::ResponseTooLarge,
            QCoreApplication::translate("DirectusClient",
                "%1 sent far more data than a sign-in needs; the answer was refused.")
                .arg(host),
            QStringLiteral("%1: response over %2 bytes").arg(whereText).arg(m_maxBytes));
    } else if (m_timedOut) {
        const int seconds = qMax(1, (m_timer->interval() + 500) / 1000);
        m_error = m_requestSent ? Error(Error::Kind::Timeout,
                      QCoreApplication::translate("DirectusClient",
                          "%1 accepted the request but did not answer within %n second(s). Try "
                          "again later; if it "
                          "keeps happening, tell the server's administrator.",
                          nullptr, seconds)
                          .arg(host),
                      QStringLiteral("%1: no progress for %2 ms after the request was sent")
                          .arg(whereText)
                          .arg(m_timer->interval()))
                                : Error(Error::Kind::Timeout,
                                    QCoreApplication::translate("DirectusClient",
                                        "Could not connect to %1 within %n second(s). Check the "
                                        "address and your connection.",
                                        nullptr, seconds)
                                        .arg(host),
                                    QStringLiteral("%1: not connected after %2 ms")
                                        .arg(whereText)
                                        .arg(m_timer->interval()));
    } else if (!m_redirectRefused.isEmpty()) {
        m_error = Error(Error::Kind::Network,
            QCoreApplication::translate("DirectusClient",
                "%1 redirected the request to another site (%2); it was not followed, so nothing "
                "was sent there.")
                .arg(host, QUrl(m_redirectRefused).host()),
            QStringLiteral("%1: refused redirect to %2").arg(whereText, m_redirectRefused));
    } else if (reply->error() != QNetworkReply::NoError && m_answer.status == 0) {
        m_error = transportError(reply, url, m_sslErrors);
    } else if (reply->error() == QNetworkReply::NoError
        && ((m_answer.status >= 100 && m_answer.status < 200)
            || (m_answer.status >= 300 && m_answer.status < 400 && m_redirects > 0))) {
        // Qt 6.4 ends a same-origin redirect loop with "status 100" (or the last 3xx) and no error.
        m_error = Error(Error::Kind::Network,
            QCoreApplication::translate("DirectusClient",
                "%1 redirected the request too many times (a redirect loop), so it was stopped. "
                "Tell the server's administrator.")
                .arg(host),
            QStringLiteral("%1: too many redirects (%2 followed, last status %3)")
                .arg(whereText)
                .arg(m_redirects)
                .arg(m_answer.status));
    } else {
        const QByteArray body = reply->readAll();
        if (reply->error() != QNetworkReply::NoError
            && reply->error() < QNetworkReply::ContentAccessDenied
            && reply->error() != QNetworkReply::OperationCanceledError) {
            // A transport error after the status line: the body is incomplete.
            m_error = transportError(reply, url, m_sslErrors);
        } else if (const QVariant declared = reply->header(QNetworkRequest::ContentLengthHeader);
                   declared.isValid() && declared.toLongLong() > body.size()) {
            // The connection closed before the declared length arrived; Qt sometimes reports
            // that as a complete (short) answer instead of RemoteHostClosedError.
            m_error = Error(Error::Kind::Network,
                QCoreApplication::translate("DirectusClient",
                    "The connection to %1 was interrupted. Check your connection and try again.")
                    .arg(host),
                QStringLiteral("%1: %2 of %3 bytes received, then the connection closed")
                    .arg(whereText)
                    .arg(body.size())
                    .arg(declared.toLongLong()));
        } else {
            m_answer.body = body;
        }
    }
    finish();
}

void ApiCall::finish()
{
    m_finished = true;
    m_elapsedMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    if (m_log && m_logId >= 0)
        m_log->end(m_logId, m_answer.status, m_answer.headers, m_answer.body, m_elapsedMs,
            m_error.isError() ? m_error.detail() : QString());
    m_logId = -1;
    emit finished();
}

DirectusClient::DirectusClient(QNetworkAccessManager &nam, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
{
}

DirectusClient::~DirectusClient() = default;

QUrl DirectusClient::server() const
{
    if (!m_options.server.isEmpty())
        return m_options.server;
    if (!m_options.loginFlow.server().isEmpty())
        return m_options.loginFlow.server();
    return m_options.verifyFlow.server();
}

QByteArray DirectusClient::userAgent()
{
    return QByteArrayLiteral("directus-login/" DL_VERSION " (Qt ") + qVersion() + "; "
        + QSysInfo::productType().toLatin1() + ')';
}

QString DirectusClient::encodeQuery(const QList<QPair<QString, QString>> &items)
{
    QStringList parts;
    for (const auto &item : items)
        parts.append(QString::fromLatin1(
            QUrl::toPercentEncoding(item.first) + '=' + QUrl::toPercentEncoding(item.second)));
    return parts.join(QLatin1Char('&'));
}

ApiCall *DirectusClient::requestCode(
    const QString &e164, const QString &callingCode, QObject *context, bool voice)
{
    QList<QPair<QString, QString>> params { { QStringLiteral("phone_number"), e164 },
        { QStringLiteral("country_code"), callingCode } };
    if (voice)
        params.append({ QStringLiteral("channel"), QStringLiteral("voice") });
    return trigger(FlowReply::Call::Login, m_options.loginFlow, params, {}, context);
}

ApiCall *DirectusClient::verifyCode(
    const QString &sessionUuid, const QString &code, const QString &device, QObject *context)
{
    QList<QPair<QString, QString>> params { { QStringLiteral("session_uuid"), sessionUuid },
        { QStringLiteral("otp"), code } };
    if (!device.isEmpty())
        params.append({ QStringLiteral("device"), device });
    return trigger(FlowReply::Call::Verify, m_options.verifyFlow, params, { code }, context);
}

ApiCall *DirectusClient::refresh(const QString &refreshToken, QObject *context)
{
    return sessionCall(
        FlowReply::Call::Refresh, QStringLiteral("/auth/refresh"), refreshToken, context);
}

ApiCall *DirectusClient::logout(const QString &refreshToken, QObject *context)
{
    return sessionCall(
        FlowReply::Call::Logout, QStringLiteral("/auth/logout"), refreshToken, context);
}

// POST /auth/refresh and /auth/logout: the refresh token in a JSON body, "json" mode (the
// tokens in the answer, never in cookies); the token is masked in the log.
ApiCall *DirectusClient::sessionCall(
    FlowReply::Call call, const QString &path, const QString &refreshToken, QObject *context)
{
    QUrl url = server();
    url.setPath(url.path() + path);
    const QJsonObject body { { QStringLiteral("refresh_token"), refreshToken },
        { QStringLiteral("mode"), QStringLiteral("json") } };
    return send(call, "POST", url, QJsonDocument(body).toJson(QJsonDocument::Compact), {},
        { refreshToken }, context);
}

ApiCall *DirectusClient::currentUser(const QString &token, QObject *context)
{
    QUrl url = server();
    url.setPath(url.path() + QStringLiteral("/users/me"));
    return send(FlowReply::Call::CurrentUser, "GET", url, {}, token, { token }, context);
}

ApiCall *DirectusClient::probeFlow(FlowReply::Call call, QObject *context)
{
    const FlowRef &flow
        = call == FlowReply::Call::Verify ? m_options.verifyFlow : m_options.loginFlow;
    return trigger(
        call == FlowReply::Call::Verify ? call : FlowReply::Call::Login, flow, {}, {}, context);
}

bool DirectusClient::isAllowedUrl(const QUrl &url, bool allowInsecureHttp)
{
    const QString scheme = url.scheme().toLower();
    return scheme == QLatin1String("https")
        || (scheme == QLatin1String("http") && (isLoopback(url) || allowInsecureHttp));
}

Error DirectusClient::insecureUrlError(const QUrl &url)
{
    return Error(Error::Kind::InsecureUrl,
        QCoreApplication::translate("DirectusClient",
            "%1 uses plain HTTP, which would send your code and token "
            "unencrypted. Use an https:// address, or allow plain HTTP "
            "explicitly (--allow-http) on a network you trust.")
            .arg(url.host()),
        QStringLiteral("refused %1 to non-loopback host").arg(url.scheme().toLower()));
}

ApiCall *DirectusClient::ping(QObject *context)
{
    QUrl url = server();
    url.setPath(url.path() + QStringLiteral("/server/ping"));
    return send(FlowReply::Call::Ping, "GET", url, {}, {}, {}, context);
}

ApiCall *DirectusClient::api(const QByteArray &method, const QString &path, const QString &token,
    const QByteArray &jsonBody, QObject *context)
{
    QUrl url = server();
    QString relative = path.startsWith(QLatin1Char('/')) ? path : QLatin1Char('/') + path;
    const qsizetype question = relative.indexOf(QLatin1Char('?'));
    const QString query = question >= 0 ? relative.mid(question + 1) : QString();
    if (question >= 0)
        relative.truncate(question);
    url.setPath(url.path() + relative);
    if (!query.isEmpty())
        url.setQuery(query, QUrl::TolerantMode);
    return send(FlowReply::Call::Api, method.toUpper(), url, jsonBody, token, { token }, context);
}

ApiCall *DirectusClient::trigger(FlowReply::Call call, const FlowRef &flow,
    const QList<QPair<QString, QString>> &params, const QStringList &secrets, QObject *context)
{
    QUrl url = flow.triggerUrl(server());
    if (m_options.usePost) {
        QJsonObject object;
        for (const auto &param : params)
            object.insert(param.first, param.second);
        return send(call, "POST", url, QJsonDocument(object).toJson(QJsonDocument::Compact), {},
            secrets, context);
    }
    url.setQuery(encodeQuery(params), QUrl::StrictMode);
    return send(call, "GET", url, {}, {}, secrets, context);
}

ApiCall *DirectusClient::send(FlowReply::Call call, const QByteArray &method, const QUrl &url,
    const QByteArray &body, const QString &token, const QStringList &secrets, QObject *context)
{
    auto *apiCall = new ApiCall(call, context ? context : this);
    apiCall->m_log = m_log;
    if (m_log) {
        for (const QString &secret : secrets)
            m_log->redactor().registerSecret(secret);
    }

    if (!url.isValid() || url.host().isEmpty()) {
        apiCall->m_answer.where = where(method, url);
        apiCall->finishWithError(Error(Error::Kind::InvalidInput,
            QCoreApplication::translate("DirectusClient", "No valid server address is configured."),
            QStringLiteral("invalid URL")));
        return apiCall;
    }
    if (!isAllowedUrl(url, m_options.allowInsecureHttp)) {
        apiCall->m_answer.where = where(method, url);
        apiCall->finishWithError(insecureUrlError(url));
        return apiCall;
    }

    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    request.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::UserVerifiedRedirectPolicy);
    request.setAttribute(
        QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setMaximumRedirectsAllowed(5);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    if (!body.isEmpty())
        request.setHeader(
            QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (url.scheme().toLower() == QLatin1String("https")
        && !m_options.extraCaCertificates.isEmpty()) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificates(m_options.extraCaCertificates);
        request.setSslConfiguration(ssl);
    }
    apiCall->start(m_nam, method, request, body, m_options);
    return apiCall;
}
