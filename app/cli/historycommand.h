// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Cli {

/** `proofer history [diff A B]`: the grades of past scans, and what changed between two of them. */
int runHistoryCommand(const QStringList &arguments);

/** The text of `proofer history --help` (the options also feed `proofer completion` and the man pages). */
QString historyHelpText();

} // namespace Cli
