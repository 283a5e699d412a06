// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Cli {

/** `proofer scan`: probe a namespace's datastores (or a targets file) and print the snapshot. */
int runScanCommand(const QStringList &arguments);

/** The text of `proofer scan --help` (the options also feed `proofer completion` and the man pages). */
QString scanHelpText();

} // namespace Cli
