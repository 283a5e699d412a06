// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDebug>
#include <QString>

namespace Core {

/**
 * A password, token or private key in memory. Owns its own bytes (never implicitly shared with
 * another QByteArray), wipes them when destroyed or cleared, and prints as "<redacted>" in debug
 * output so that it cannot reach a log by accident.
 */
class Secret final
{
public:
    Secret() = default;
    /** Takes a deep copy of @p bytes; the caller should wipe its own copy. */
    explicit Secret(const QByteArray &bytes);
    static Secret fromUtf8(const QString &text);
    Secret(const Secret &other);
    Secret(Secret &&other) noexcept;
    Secret &operator=(const Secret &other);
    Secret &operator=(Secret &&other) noexcept;
    ~Secret();

    bool isEmpty() const { return m_bytes.isEmpty(); }
    qsizetype size() const { return m_bytes.size(); }
    /** The bytes, for handing to the one API that needs them. Do not store the result. */
    const QByteArray &reveal() const { return m_bytes; }
    void clear();

    friend bool operator==(const Secret &a, const Secret &b);

private:
    QByteArray m_bytes;
};

/**
 * Overwrites the bytes of @p data with zeros in place, keeping its size. Detaches first only when
 * @p data is the sole owner; bytes shared with other QByteArrays are left to their owners.
 */
void zeroize(QByteArray &data);
/** zeroize() then clear(). */
void wipe(QByteArray &data);

QDebug operator<<(QDebug debug, const Secret &secret);

} // namespace Core
