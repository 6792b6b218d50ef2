#pragma once

#include <QMetaType>
#include <QString>

// One error type for the whole application: a kind the code can branch on, a translated message
// that tells the person what to do next, and an untranslated technical detail for "Details" and the
// log. Neither ever carries a code, a token or a provider credential.
class Error
{
public:
    enum class Kind {
        None,
        InvalidInput, // our own validation (phone, code, URL) before anything is sent
        Network, // refused, DNS, dropped connection
        Timeout,
        Tls,
        InsecureUrl, // http:// to a non-loopback server without AllowInsecureHttp
        Server, // 5xx, unexpected status
        FlowMisconfigured, // the flow answered outside the contract (see Diagnosis)
        UnknownUser, // 401 INVALID_CREDENTIALS on the login flow: no active user with this phone
        WrongCode, // 401 INVALID_OTP
        SessionExpired, // 401 INVALID_OTP_SESSION
        RateLimited, // 429
        ServiceUnavailable, // 503 (SMS provider)
        Unauthorized, // 401 on an authenticated request: token rejected
        Forbidden, // 403 on an authenticated request
        NotFound, // 404
        ResponseTooLarge,
        KeychainUnavailable,
        KeychainLocked,
        KeychainDenied,
        KeychainTimeout,
        NotSignedIn, // no stored token
        SignedOut, // the server ended this device's session (revoked, suspended, expired)
        SessionLost, // the session was renewed but the new token could not be kept
        Cancelled,
        Installation, // a part of the application is missing or damaged (a plug-in)
    };

    Error() = default;
    Error(Kind kind, QString message, QString detail = {})
        : m_kind(kind)
        , m_message(std::move(message))
        , m_detail(std::move(detail))
    {
    }

    Kind kind() const { return m_kind; }
    bool isError() const { return m_kind != Kind::None; }
    explicit operator bool() const { return isError(); }

    // Translated, one or two sentences, says what to do next.
    QString message() const { return m_message; }
    // Untranslated technical detail: URL without query, HTTP status, error code, server message.
    QString detail() const { return m_detail; }
    void setDetail(const QString &detail) { m_detail = detail; }

    int httpStatus() const { return m_httpStatus; }
    void setHttpStatus(int status) { m_httpStatus = status; }
    // The Directus error code (extensions.code), when the server gave one.
    QString serverCode() const { return m_serverCode; }
    void setServerCode(const QString &code) { m_serverCode = code; }

    // Attempts left, when the server said (wrong code); -1 when unknown.
    int attemptsLeft() const { return m_attemptsLeft; }
    void setAttemptsLeft(int n) { m_attemptsLeft = n; }
    // Seconds to wait, when the server said (rate limited); -1 when unknown.
    int retryAfterSeconds() const { return m_retryAfter; }
    void setRetryAfterSeconds(int s) { m_retryAfter = s; }

    // Diagnosis of a misconfigured flow: which operation to fix, in plain words (untranslated
    // identifier + translated text). Empty for other kinds.
    QString diagnosis() const { return m_diagnosis; }
    void setDiagnosis(const QString &d) { m_diagnosis = d; }

    // The same error (kind, detail, status, server code, attempts left, retry-after, diagnosis)
    // told in other words: a view rewording a message keeps every fact of it.
    Error withMessage(const QString &message) const
    {
        Error copy = *this;
        copy.m_message = message;
        return copy;
    }

    // A short stable identifier of the kind ("wrong-code"), for --json and tests.
    static QString kindName(Kind kind);
    QString kindName() const { return kindName(m_kind); }

    // Exit code for the command line: 4 for authentication needed or rejected, 1 otherwise.
    int exitCode() const;

private:
    Kind m_kind = Kind::None;
    QString m_message;
    QString m_detail;
    QString m_serverCode;
    QString m_diagnosis;
    int m_httpStatus = 0;
    int m_attemptsLeft = -1;
    int m_retryAfter = -1;
};

Q_DECLARE_METATYPE(Error)

// A value or an error.
template <typename T> class Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {
    }
    Result(Error error)
        : m_error(std::move(error))
    {
    }

    bool ok() const { return !m_error.isError(); }
    const T &value() const { return m_value; }
    T &value() { return m_value; }
    const Error &error() const { return m_error; }

private:
    T m_value {};
    Error m_error;
};
