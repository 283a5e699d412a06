// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Cli {

/** `proofer demo`: run the local demo fleet behind the Kubernetes API emulator until SIGINT/SIGTERM. */
int runDemoCommand(const QStringList &arguments);

} // namespace Cli
