// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace Kube {

/**
 * A value or the message that says why there is none. The kube layer never lets an exception
 * escape: every fallible call returns one of these. The message is for people (translated).
 */
template<typename T> class Expected final {
public:
    Expected(T value) // NOLINT(google-explicit-constructor): returning a T reads naturally
        : m_value(std::move(value))
    {
    }

    static Expected failure(QString message)
    {
        Expected result;
        result.m_error = std::move(message);
        return result;
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    /** Empty when ok(). */
    const QString &error() const { return m_error; }

    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T &operator*() const & { return *m_value; }
    T &operator*() & { return *m_value; }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }

private:
    Expected() = default;

    std::optional<T> m_value;
    QString m_error;
};

} // namespace Kube
