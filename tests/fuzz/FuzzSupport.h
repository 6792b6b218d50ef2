#pragma once

// Shared by the libFuzzer targets: reading the fuzzer's bytes as the readable seed format, and a
// check that reports a broken invariant the way libFuzzer reports a crash (abort → artifact).

#include <QByteArray>
#include <QByteArrayList>
#include <QString>

#include <cstdio>
#include <cstdlib>
#include <map>
#include <string>

// A broken invariant is a finding: print what broke (never to a log a person sees: this is a fuzz
// binary fed with made-up secrets) and abort, so libFuzzer saves the input as crash-<sha1>.
#define FUZZ_CHECK(condition, what)                                                                \
    do {                                                                                           \
        if (!(condition)) {                                                                        \
            std::fprintf(stderr, "\nFUZZ INVARIANT BROKEN at %s:%d: %s\n  %s\n", __FILE__,         \
                __LINE__, #condition, fuzz::escaped(QString(what)).constData());                   \
            std::abort();                                                                          \
        }                                                                                          \
    } while (false)

namespace fuzz {

// UTF-8 with control characters as \xNN, so a report shows all of an input with NULs in it.
inline QByteArray escaped(const QString &text)
{
    QByteArray out;
    for (const QChar ch : text) {
        if (ch.unicode() < 0x20 && ch != QLatin1Char('\n'))
            out += "\\x" + QByteArray::number(ch.unicode(), 16).rightJustified(2, '0');
        else
            out += QString(ch).toUtf8();
    }
    return out;
}

// A finding reported and not fixed yet (tests/fuzz/FINDINGS.md): the target lets that one shape
// through and counts it, so a run still fails on everything else. Delete the call with the fix, and
// move the finding's input from tests/fuzz/findings/ into the corpus.
inline void knownOpen(const char *id)
{
    static std::map<std::string, long> *counts = [] {
        static std::map<std::string, long> map;
        std::atexit([] {
            for (const auto &[name, n] : map)
                std::fprintf(stderr, "fuzz: known open finding %s let through %ld time(s)\n",
                    name.c_str(), n);
        });
        return &map;
    }();
    ++(*counts)[id];
}

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// Splits off the first line ("\n"-terminated, a trailing "\r" dropped); `rest` is what follows.
// Without a newline the whole input is the line and `rest` is empty.
inline QByteArray takeLine(QByteArray &rest)
{
    const qsizetype newline = rest.indexOf('\n');
    QByteArray line = newline < 0 ? rest : rest.left(newline);
    rest = newline < 0 ? QByteArray() : rest.mid(newline + 1);
    if (line.endsWith('\r'))
        line.chop(1);
    return line;
}

// Text as a person may paste it: UTF-8 when the bytes say "u8:" first, else UTF-16 (native byte
// order; lone surrogates and all) when they say "u16:", else UTF-8.
inline QString text(const QByteArray &raw)
{
    if (raw.startsWith("u16:")) {
        const QByteArray units = raw.mid(4);
        return QString(reinterpret_cast<const QChar *>(units.constData()), units.size() / 2);
    }
    return QString::fromUtf8(raw.startsWith("u8:") ? raw.mid(3) : raw);
}

// Only ASCII digits, `min` to `max` of them.
inline bool isAsciiDigits(const QString &s, qsizetype min, qsizetype max)
{
    if (s.size() < min || s.size() > max)
        return false;
    for (const QChar ch : s) {
        if (ch < QLatin1Char('0') || ch > QLatin1Char('9'))
            return false;
    }
    return true;
}

} // namespace fuzz
