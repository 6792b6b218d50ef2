// libFuzzer target: the network-log redactor (Redactor::text, url, body, headerValue).
// Input:
//   pretty phones                 flags, any of: pretty (indented JSON), phones (kiosk: mask phone
//                                 numbers), big (the payload repeated past the 64 KiB body cut)
//   123456                        secrets, one a line, up to an empty line (registerSecret)
//   k3J9x-QmZr2VtY8wLpN4sHbF6cDa
//
//   {"token":"…","otp":"123456"}  the payload: a body, a URL, a header value, a text
// Without a newline the whole input is the payload and nothing is registered.
//
// The invariant: a registered secret never appears in what body(), url(), text() or a header value
// give back. Checked for secrets as the client registers them — codes, session ids, tokens,
// credentials: printable ASCII without spaces, at least 4 characters (shorter ones are not masked
// by design, and a "secret" made of the mask's own dots would be found in every mask).

#include "FuzzSupport.h"
#include "NetworkLog.h"

#include <QRegularExpression>
#include <QUrl>

namespace {

bool checkable(const QString &secret)
{
    static const QRegularExpression re(QStringLiteral("^[\\x21-\\x7e]{4,}$"));
    return re.match(secret).hasMatch();
}

// `phones`: kiosk masking was on (F5, fixed, needed it to leak; kept for the callers).
void checkNoSecret(const QString &output, const QStringList &secrets, const char *function,
    const QString &input, bool phones)
{
    Q_UNUSED(phones);
    for (const QString &secret : secrets) {
        // As it is, and percent-encoded as the client puts it into a URL.
        const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(secret));
        if (!output.contains(secret) && !output.contains(encoded))
            continue;
        FUZZ_CHECK(false,
            QStringLiteral("%1 leaks secret [%2]\n  input  [%3]\n  output [%4]")
                .arg(QLatin1String(function), secret, input.left(2000), output.left(2000)));
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray rest = fuzz::bytes(data, size);
    Redactor redactor;
    QStringList secrets;
    bool pretty = false;
    bool big = false;
    bool phones = false;
    if (rest.contains('\n')) {
        const QByteArrayList flags = fuzz::takeLine(rest).split(' ');
        pretty = flags.contains("pretty");
        big = flags.contains("big");
        phones = flags.contains("phones");
        redactor.setMaskPhoneNumbers(phones);
        while (!rest.isEmpty()) {
            const QByteArray line = fuzz::takeLine(rest);
            if (line.isEmpty())
                break;
            const QString secret = QString::fromUtf8(line);
            redactor.registerSecret(secret);
            if (checkable(secret))
                secrets.append(secret);
        }
    }
    QByteArray payload = rest;
    if (big && !payload.isEmpty()) {
        while (payload.size() <= 64 * 1024)
            payload += rest;
    }
    const QString payloadText = QString::fromUtf8(payload);
    if (big) {
        // Only body() cuts (at 64 KiB); the rest is covered by small inputs, 100 times faster.
        checkNoSecret(redactor.body(payload, pretty), secrets, "body()", payloadText, phones);
        return 0;
    }

    checkNoSecret(redactor.text(payloadText), secrets, "text()", payloadText, phones);
    checkNoSecret(redactor.body(payload, pretty), secrets, "body()", payloadText, phones);
    checkNoSecret(redactor.url(payloadText), secrets, "url()", payloadText, phones);
    checkNoSecret(redactor.headerValue("X-Echo", payload), secrets, "headerValue(X-Echo)",
        payloadText, phones);
    checkNoSecret(redactor.headerValue("Set-Cookie", payload), secrets, "headerValue(Set-Cookie)",
        payloadText, phones);

    // Authorization: the scheme stays, the credential never shows (a long one keeps its last four
    // characters, so only credentials longer than that are looked for).
    const QString authorization = redactor.headerValue("Authorization", payload);
    const qsizetype space = payload.indexOf(' ');
    const QString scheme = QString::fromLatin1(space > 0 ? payload.left(space + 1) : QByteArray());
    const QString credential = QString::fromLatin1(space > 0 ? payload.mid(space + 1) : payload);
    FUZZ_CHECK(authorization.startsWith(scheme), authorization);
    if (credential.size() > 4)
        FUZZ_CHECK(!authorization.mid(scheme.size()).contains(credential),
            QStringLiteral("Authorization [%1] shows as [%2]")
                .arg(QString::fromLatin1(payload), authorization));

    // With nothing registered and phones shown, text() changes nothing.
    FUZZ_CHECK(Redactor().text(payloadText) == payloadText, payloadText);

    (void)Redactor::isSecretName(payloadText);
    return 0;
}
