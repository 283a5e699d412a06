// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Cli {

/** `proofer demo`: run the local demo fleet behind the Kubernetes API emulator until SIGINT/SIGTERM. */
int runDemoCommand(const QStringList &arguments);

/** The text of `proofer demo --help` (the options also feed `proofer completion` and the man pages). */
QString demoHelpText();

} // namespace Cli
