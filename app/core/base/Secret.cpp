#include "Secret.h"

#include <utility>

namespace {
// A write the compiler may not drop because the buffer dies right after.
void zero(std::vector<char16_t> &chars)
{
    volatile char16_t *p = chars.data();
    for (std::size_t i = 0; i < chars.size(); ++i)
        p[i] = 0;
}
} // namespace

Secret::Secret(const QString &text)
    : m_chars(reinterpret_cast<const char16_t *>(text.utf16()),
        reinterpret_cast<const char16_t *>(text.utf16()) + text.size())
{
}

Secret::~Secret()
{
    wipe();
}

Secret::Secret(Secret &&other) noexcept
    : m_chars(std::move(other.m_chars))
{
    other.m_chars.clear();
}

Secret &Secret::operator=(Secret &&other) noexcept
{
    if (this != &other) {
        wipe();
        m_chars = std::move(other.m_chars);
        other.m_chars.clear();
    }
    return *this;
}

Secret Secret::copy() const
{
    Secret out;
    out.m_chars = m_chars;
    return out;
}

QString Secret::reveal() const
{
    return QString(reinterpret_cast<const QChar *>(m_chars.data()), qsizetype(m_chars.size()));
}

bool Secret::equals(const QString &text) const
{
    if (qsizetype(m_chars.size()) != text.size())
        return false;
    const char16_t *other = reinterpret_cast<const char16_t *>(text.utf16());
    char16_t diff = 0;
    for (std::size_t i = 0; i < m_chars.size(); ++i)
        diff |= char16_t(m_chars[i] ^ other[i]);
    return diff == 0;
}

void Secret::wipe()
{
    zero(m_chars);
    m_chars.clear();
    m_chars.shrink_to_fit();
}
