// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/clock.h"

#include <atomic>

namespace Core {

namespace {
const SystemClock s_systemClock;
std::atomic<const Clock *> s_clock{nullptr};
} // namespace

QDateTime SystemClock::now() const
{
    return QDateTime::currentDateTimeUtc();
}

const Clock &Clock::instance()
{
    const Clock *clock = s_clock.load(std::memory_order_acquire);
    return clock ? *clock : s_systemClock;
}

void Clock::setInstance(const Clock *clock)
{
    s_clock.store(clock, std::memory_order_release);
}

} // namespace Core
