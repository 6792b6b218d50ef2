#include "Bidi.h"

namespace Bidi {

namespace {
bool isIsolateStart(QChar ch)
{
    return ch.unicode() >= 0x2066 && ch.unicode() <= 0x2068; // LRI, RLI, FSI
}
} // namespace

QString ltr(const QString &text)
{
    if (text.isEmpty())
        return text;
    if (text.startsWith(QChar(LeftToRightIsolate)) && text.endsWith(QChar(PopDirectionalIsolate)))
        return text;
    return QChar(LeftToRightIsolate) + text + QChar(PopDirectionalIsolate);
}

QString number(const QString &text)
{
    QString kept = text;
    kept.replace(QLatin1Char(' '), QChar::Nbsp);
    return ltr(kept);
}

QString plain(const QString &text)
{
    QString out;
    out.reserve(text.size());
    int depth = 0;
    for (const QChar ch : text) {
        if (isIsolateStart(ch)) {
            ++depth;
        } else if (ch.unicode() == PopDirectionalIsolate) {
            depth = qMax(0, depth - 1);
        } else {
            out += depth > 0 && ch == QChar::Nbsp ? QChar(u' ') : ch;
        }
    }
    return out;
}

} // namespace Bidi
