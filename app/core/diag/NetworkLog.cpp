#include "NetworkLog.h"

#include "Error.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace {
const QString Dots = QStringLiteral("••••••");

// Every scalar inside `value` masked: the members of an "auth" object (user name and password).
QJsonValue maskAll(const QJsonValue &value)
{
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            *it = maskAll(it.value());
        return object;
    }
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (auto it = array.begin(); it != array.end(); ++it)
            *it = maskAll(*it);
        return array;
    }
    if (value.isString() || value.isDouble())
        return Dots;
    return value;
}

QJsonValue maskJson(const QJsonValue &value)
{
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const bool numericName
                = it.key().compare(QLatin1String("code"), Qt::CaseInsensitive) == 0
                || it.key().compare(QLatin1String("pin"), Qt::CaseInsensitive) == 0;
            static const QRegularExpression digits(QStringLiteral("^[0-9 -]{4,}$"));
            const bool maskable = it.value().isDouble()
                || (it.value().isString()
                    && (!numericName || digits.match(it.value().toString()).hasMatch()));
            const bool container = it.value().isObject() || it.value().isArray();
            if (container
                && (Redactor::isSecretName(it.key())
                    || it.key().compare(QLatin1String("auth"), Qt::CaseInsensitive) == 0
                    || it.key().compare(QLatin1String("credentials"), Qt::CaseInsensitive) == 0))
                *it = maskAll(it.value());
            else if (Redactor::isSecretName(it.key()) && maskable)
                *it = Redactor::mask(it.value().isString() ? it.value().toString()
                                                           : QString::number(it.value().toDouble()),
                    it.key().contains(QLatin1String("token"), Qt::CaseInsensitive));
            else if (it.key().compare(QLatin1String("headers"), Qt::CaseInsensitive) == 0
                && it.value().isObject()) {
                QJsonObject headers = it.value().toObject();
                for (auto h = headers.begin(); h != headers.end(); ++h) {
                    if (Redactor::isSecretName(h.key())
                        || h.key().contains(QLatin1String("auth"), Qt::CaseInsensitive))
                        *h = Dots;
                    else
                        *h = maskJson(h.value());
                }
                *it = headers;
            } else
                *it = maskJson(it.value());
        }
        return object;
    }
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (auto it = array.begin(); it != array.end(); ++it)
            *it = maskJson(*it);
        return array;
    }
    return value;
}
} // namespace

QString Redactor::mask(const QString &secret, bool keepTail)
{
    if (keepTail && secret.size() >= 16)
        return QStringLiteral("••••") + secret.right(4);
    return Dots;
}

bool Redactor::isSecretName(const QString &name)
{
    static const QRegularExpression re(
        QStringLiteral(
            "^(otp|code|pin|token|password|passwd|secret|authorization|auth_id|auth_token|"
            "access_token|refresh_token|api_key|apikey|client_secret|plivo_.*|.*_token|.*_secret)"
            "$"),
        QRegularExpression::CaseInsensitiveOption);
    return re.match(name).hasMatch();
}

void Redactor::registerSecret(const QString &secret)
{
    // Short strings would mask innocent text; codes are at least 4 digits.
    if (secret.size() >= 4 && !m_secrets.contains(secret)) {
        m_secrets.append(secret);
        // Longest first, so a token is replaced before any shorter secret inside it.
        std::sort(m_secrets.begin(), m_secrets.end(),
            [](const QString &a, const QString &b) { return a.size() > b.size(); });
    }
}

void Redactor::forgetSecrets()
{
    // Overwritten before they are released, as the session does with its token.
    for (QString &secret : m_secrets)
        secret.fill(QLatin1Char(' '));
    m_secrets.clear();
}

QString Redactor::text(const QString &input) const
{
    QString out = input;
    if (m_maskPhones) {
        // International numbers only (with their '+', maybe percent-encoded): without it, IP
        // addresses, ports, sizes and dates would be masked too. Before the secrets: a mask
        // ending in '+' must not complete a secret that ends in '+' (tests/fuzz F5).
        static const QRegularExpression phone(QStringLiteral("(\\+|%2B)\\d[\\d ().-]{5,}\\d"),
            QRegularExpression::CaseInsensitiveOption);
        out.replace(phone, QStringLiteral("+•••"));
    }
    for (const QString &secret : m_secrets) {
        const bool keepTail = secret.size() >= 16;
        // Percent-encoding may come in either case (%2b, %2B): matched without case.
        const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(secret));
        for (int pass = 0; pass < 4; ++pass) {
            const QString before = out;
            // A secret that overlaps itself can hide a second copy behind the first one's mask
            // (tests/fuzz F5): mask again until nothing changes, the last time without the tail.
            const QString dots = mask(secret, keepTail && pass < 3);
            out.replace(secret, dots);
            if (encoded != secret)
                out.replace(encoded, dots, Qt::CaseInsensitive);
            if (out == before)
                break;
        }
    }
    return out;
}

QString Redactor::url(const QString &input) const
{
    const QUrl url(input);
    if (!url.hasQuery())
        return text(url.toString(QUrl::FullyEncoded | QUrl::RemoveUserInfo));
    // The query is rebuilt by hand: QUrl would percent-encode the mask.
    QStringList parts;
    const QStringList items = url.query(QUrl::FullyEncoded).split(QLatin1Char('&'));
    for (const QString &item : items) {
        const QString name = item.section(QLatin1Char('='), 0, 0);
        if (isSecretName(QUrl::fromPercentEncoding(name.toLatin1())))
            parts.append(name + QLatin1Char('=') + Dots);
        else
            parts.append(item);
    }
    QString out = url.toString(QUrl::FullyEncoded | QUrl::RemoveUserInfo | QUrl::RemoveQuery
                      | QUrl::RemoveFragment)
        + QLatin1Char('?') + parts.join(QLatin1Char('&'));
    if (url.hasFragment())
        out += QLatin1Char('#') + url.fragment(QUrl::FullyEncoded);
    return text(out);
}

QString Redactor::headerValue(const QByteArray &name, const QByteArray &value) const
{
    const QByteArray lower = name.toLower();
    if (lower == "authorization" || lower == "proxy-authorization") {
        const int space = value.indexOf(' ');
        const QString scheme = space > 0 ? QString::fromLatin1(value.left(space)) : QString();
        const QString credential = QString::fromLatin1(space > 0 ? value.mid(space + 1) : value);
        const bool bearer = scheme.compare(QLatin1String("Bearer"), Qt::CaseInsensitive) == 0;
        return (scheme.isEmpty() ? QString() : scheme + QLatin1Char(' '))
            + mask(credential, bearer);
    }
    if (lower == "cookie" || lower == "set-cookie")
        return Dots;
    return text(QString::fromLatin1(value));
}

QString Redactor::body(const QByteArray &body, bool pretty) const
{
    if (body.isEmpty())
        return {};
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::NoError && (doc.isObject() || doc.isArray())) {
        const QJsonValue masked
            = maskJson(doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()));
        const QJsonDocument out = masked.isObject() ? QJsonDocument(masked.toObject())
                                                    : QJsonDocument(masked.toArray());
        return text(
            QString::fromUtf8(out.toJson(pretty ? QJsonDocument::Indented : QJsonDocument::Compact))
                .trimmed());
    }
    QString raw = QString::fromUtf8(body.left(64 * 1024));
    if (body.size() > 64 * 1024)
        raw += QStringLiteral("\n… (%1 bytes in all)").arg(body.size());
    // Form-encoded or plain text: mask "name=value" pairs with secret names.
    static const QRegularExpression pair(QStringLiteral("(\\b[A-Za-z_]+)=([^&\\s]+)"));
    QString out;
    qsizetype last = 0;
    auto it = pair.globalMatch(raw);
    while (it.hasNext()) {
        const auto m = it.next();
        out += raw.mid(last, m.capturedStart() - last);
        out += isSecretName(m.captured(1)) ? m.captured(1) + QLatin1Char('=') + Dots
                                           : m.captured(0);
        last = m.capturedEnd();
    }
    out += raw.mid(last);
    return text(out);
}

NetworkLog::NetworkLog(QObject *parent)
    : QObject(parent)
{
}
NetworkLog::~NetworkLog() = default;

int NetworkLog::begin(const QByteArray &method, const QString &url,
    const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &body)
{
    Entry entry;
    entry.id = m_nextId++;
    entry.started = QDateTime::currentDateTime();
    entry.method = QString::fromLatin1(method);
    entry.url = m_redactor.url(url);
    for (const auto &header : headers)
        entry.requestHeaders.append({ QString::fromLatin1(header.first),
            m_redactor.headerValue(header.first, header.second) });
    entry.requestBody = m_redactor.body(body, true);
    if (m_keepRaw)
        m_raw.insert(entry.id, RawRequest { method, url, headers, body });
    m_entries.append(entry);
    emit entryAdded(int(m_entries.size()) - 1);
    if (m_echo) {
        m_echo->write(QStringLiteral("> %1 %2\n").arg(entry.method, entry.url).toUtf8());
    }
    return entry.id;
}

void NetworkLog::end(int id, int status, const QList<QPair<QByteArray, QByteArray>> &headers,
    const QByteArray &body, qint64 durationMs, const QString &error)
{
    for (int i = 0; i < m_entries.size(); ++i) {
        Entry &entry = m_entries[i];
        if (entry.id != id)
            continue;
        entry.status = status;
        entry.error = m_redactor.text(error);
        entry.durationMs = durationMs;
        entry.bytes = body.size();
        for (const auto &header : headers)
            entry.responseHeaders.append({ QString::fromLatin1(header.first),
                m_redactor.headerValue(header.first, header.second) });
        entry.responseBody = m_redactor.body(body, true);
        entry.finished = true;
        emit entryChanged(i);
        if (m_echo)
            m_echo->write(format(entry, true).toUtf8());
        return;
    }
}

const NetworkLog::Entry *NetworkLog::entry(int id) const
{
    for (const Entry &entry : m_entries) {
        if (entry.id == id)
            return &entry;
    }
    return nullptr;
}

int NetworkLog::indexOf(int id) const
{
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).id == id)
            return i;
    }
    return -1;
}

void NetworkLog::setKeepRawRequests(bool keep)
{
    m_keepRaw = keep;
    if (!keep)
        m_raw.clear();
}

void NetworkLog::clear()
{
    emit aboutToClear();
    m_entries.clear();
    m_raw.clear();
    emit cleared();
}

bool NetworkLog::noteError(const Error &error)
{
    if (!error.isError())
        return false;
    const QString detail = error.detail();
    for (int i = int(m_entries.size()) - 1; i >= 0; --i) {
        Entry &entry = m_entries[i];
        if (!entry.finished)
            continue;
        const QString where
            = entry.method + QLatin1Char(' ') + entry.url.section(QLatin1Char('?'), 0, 0);
        if (!detail.startsWith(where)
            || (detail.size() > where.size() && detail.at(where.size()) != QLatin1Char(' ')))
            continue;
        entry.errorMessage = m_redactor.text(error.message());
        entry.diagnosis = m_redactor.text(error.diagnosis());
        emit entryChanged(i);
        if (m_echo) {
            QString text = QStringLiteral("  problem: %1\n").arg(entry.errorMessage);
            if (!entry.diagnosis.isEmpty())
                text += QStringLiteral("  diagnosis: %1\n").arg(entry.diagnosis);
            m_echo->write(text.toUtf8());
        }
        return true;
    }
    return false;
}

QString NetworkLog::format(const Entry &entry, bool withBodies)
{
    QString text
        = QStringLiteral("< %1 %2 → %3 (%4 ms, %5 bytes)\n")
              .arg(entry.method, entry.url,
                  entry.status ? QString::number(entry.status) : QStringLiteral("no answer"))
              .arg(entry.durationMs)
              .arg(entry.bytes);
    if (!entry.error.isEmpty())
        text += QStringLiteral("  error: %1\n").arg(entry.error);
    if (!entry.errorMessage.isEmpty())
        text += QStringLiteral("  problem: %1\n").arg(entry.errorMessage);
    if (!entry.diagnosis.isEmpty())
        text += QStringLiteral("  diagnosis: %1\n").arg(entry.diagnosis);
    if (withBodies) {
        for (const auto &header : entry.requestHeaders)
            text += QStringLiteral("  > %1: %2\n").arg(header.first, header.second);
        if (!entry.requestBody.isEmpty())
            text += QStringLiteral("  > ")
                + QString(entry.requestBody).replace(QLatin1Char('\n'), QStringLiteral("\n  > "))
                + QLatin1Char('\n');
        for (const auto &header : entry.responseHeaders)
            text += QStringLiteral("  < %1: %2\n").arg(header.first, header.second);
        if (!entry.responseBody.isEmpty())
            text += QStringLiteral("  < ")
                + QString(entry.responseBody).replace(QLatin1Char('\n'), QStringLiteral("\n  < "))
                + QLatin1Char('\n');
    }
    return text;
}

QString NetworkLog::formatAll() const
{
    QString text;
    for (const Entry &entry : m_entries)
        text += QStringLiteral("[%1] ").arg(entry.started.toString(Qt::ISODateWithMs))
            + format(entry, true);
    return text;
}

QString NetworkLog::shellQuote(const QString &text)
{
    // POSIX single quotes take everything literally except the single quote itself.
    return QLatin1Char('\'') + QString(text).replace(QLatin1Char('\''), QStringLiteral("'\\''"))
        + QLatin1Char('\'');
}

QString NetworkLog::buildCurl(const QString &method, const QString &url,
    const QList<QPair<QString, QString>> &headers, const QString &body)
{
    QString command = QStringLiteral("curl");
    static const QRegularExpression token(QStringLiteral("^[A-Z]+$"));
    if (method != QLatin1String("GET"))
        command += QStringLiteral(" -X ")
            + (token.match(method).hasMatch() ? method : shellQuote(method));
    for (const auto &header : headers) {
        if (header.first.compare(QLatin1String("User-Agent"), Qt::CaseInsensitive) == 0)
            continue;
        command += QStringLiteral(" -H ")
            + shellQuote(header.first + QStringLiteral(": ") + header.second);
    }
    if (!body.isEmpty()) {
        const QJsonDocument doc = QJsonDocument::fromJson(body.toUtf8());
        command += QStringLiteral(" --data-raw ")
            + shellQuote(
                doc.isNull() ? body : QString::fromUtf8(doc.toJson(QJsonDocument::Compact)));
    }
    command += QLatin1Char(' ') + shellQuote(url);
    return command;
}

QString NetworkLog::curlCommand(const Entry &entry)
{
    return buildCurl(entry.method, entry.url, entry.requestHeaders, entry.requestBody);
}

QString NetworkLog::revealedCurlCommand(int id) const
{
    const auto it = m_raw.constFind(id);
    if (it == m_raw.cend())
        return {};
    QList<QPair<QString, QString>> headers;
    for (const auto &header : it->headers)
        headers.append({ QString::fromLatin1(header.first), QString::fromLatin1(header.second) });
    return buildCurl(
        QString::fromLatin1(it->method), it->url, headers, QString::fromUtf8(it->body));
}
