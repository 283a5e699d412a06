// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/clock.h"

namespace Test {

/** A clock that says what the test tells it. Installs itself as Core::Clock::instance() while alive. */
class MockClock final : public Core::Clock
{
public:
    explicit MockClock(const QDateTime &now = QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC))
        : m_now(now)
    {
        Core::Clock::setInstance(this);
    }
    ~MockClock() override { Core::Clock::setInstance(nullptr); }
    MockClock(const MockClock &) = delete;
    MockClock &operator=(const MockClock &) = delete;

    QDateTime now() const override { return m_now; }
    void setNow(const QDateTime &now) { m_now = now; }
    void advanceSecs(qint64 secs) { m_now = m_now.addSecs(secs); }
    void advanceDays(qint64 days) { m_now = m_now.addDays(days); }

private:
    QDateTime m_now;
};

} // namespace Test
