// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <chrono>
#include <optional>

namespace Cli {

/**
 * `proofer serve`: scan a namespace (or a targets file) on an interval, and on POST /-/rescan, and serve the newest
 * scan on /metrics in the Prometheus text format, with /healthz and /readyz, until SIGINT or SIGTERM.
 */
int runServeCommand(const QStringList &arguments);

/** The text of `proofer serve --help` (the options also feed `proofer completion` and the man pages). */
QString serveHelpText();

/** "90", "30s", "5m", "1h", "1h30m" (Prometheus's spelling, whole seconds); nothing when it is not a duration. */
std::optional<std::chrono::seconds> parseDuration(const QString &text);

} // namespace Cli
