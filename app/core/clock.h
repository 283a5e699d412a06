// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>

namespace Core {

/**
 * Where "now" comes from. Expiry and rotation rules ask the clock instead of the system so that
 * tests can pin time (see MockClock in proofer_testsupport).
 */
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;

    /** The process-wide clock: the system clock unless a test installed another one. */
    static const Clock &instance();
    /** Installs @p clock as the process-wide clock (nullptr restores the system clock). Not owned. */
    static void setInstance(const Clock *clock);

    static QDateTime currentDateTimeUtc() { return instance().now(); }
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override;
};

} // namespace Core
