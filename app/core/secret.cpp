// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/secret.h"

#include <openssl/crypto.h>

namespace Core {

namespace {
QByteArray deepCopy(const QByteArray &bytes)
{
    return QByteArray(bytes.constData(), bytes.size());
}
} // namespace

void zeroize(QByteArray &data)
{
    if (!data.isEmpty() && data.isDetached())
        OPENSSL_cleanse(data.data(), size_t(data.size()));
}

void wipe(QByteArray &data)
{
    zeroize(data);
    data.clear();
}

Secret::Secret(const QByteArray &bytes)
    : m_bytes(deepCopy(bytes))
{
}

Secret Secret::fromUtf8(const QString &text)
{
    QByteArray utf8 = text.toUtf8();
    Secret secret(utf8);
    wipe(utf8);
    return secret;
}

Secret::Secret(const Secret &other)
    : m_bytes(deepCopy(other.m_bytes))
{
}

Secret::Secret(Secret &&other) noexcept
    : m_bytes(std::move(other.m_bytes))
{
    other.m_bytes = QByteArray();
}

Secret &Secret::operator=(const Secret &other)
{
    if (this != &other) {
        clear();
        m_bytes = deepCopy(other.m_bytes);
    }
    return *this;
}

Secret &Secret::operator=(Secret &&other) noexcept
{
    if (this != &other) {
        clear();
        m_bytes = std::move(other.m_bytes);
        other.m_bytes = QByteArray();
    }
    return *this;
}

Secret::~Secret()
{
    clear();
}

void Secret::clear()
{
    wipe(m_bytes);
}

bool operator==(const Secret &a, const Secret &b)
{
    // Constant time for equal lengths: do not leak how much of a guess matched.
    if (a.m_bytes.size() != b.m_bytes.size())
        return false;
    return CRYPTO_memcmp(a.m_bytes.constData(), b.m_bytes.constData(), size_t(a.m_bytes.size())) == 0;
}

QDebug operator<<(QDebug debug, const Secret &secret)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << (secret.isEmpty() ? "Secret(empty)" : "Secret(<redacted>)");
    return debug;
}

} // namespace Core
