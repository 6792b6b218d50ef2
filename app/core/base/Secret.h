#pragma once

#include <QString>
#include <vector>

// A secret (a code, a token) held in a buffer of its own: never shared with another string (a
// QString's implicit sharing would let fill() detach and leave the original bytes behind), wiped
// when it is destroyed or replaced, and copied only on purpose (copy()). Moving it leaves the
// source empty.
//
// reveal() gives a temporary QString for the moment a request is built; keep it no longer than
// that call.
class Secret
{
public:
    Secret() = default;
    explicit Secret(const QString &text);
    ~Secret();
    Secret(const Secret &) = delete;
    Secret &operator=(const Secret &) = delete;
    Secret(Secret &&other) noexcept;
    Secret &operator=(Secret &&other) noexcept;

    Secret copy() const;
    bool isEmpty() const { return m_chars.empty(); }
    int size() const { return int(m_chars.size()); }
    QString reveal() const;
    bool equals(const QString &text) const;
    // Overwrites the buffer with zeros and empties it.
    void wipe();

private:
    std::vector<char16_t> m_chars;
};
