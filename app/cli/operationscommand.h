// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Cli {

/**
 * `proofer operations [list | resume <journal> | rollback <journal> | abandon <journal>]`: the runs that did
 * not finish (a crash, a killed process), read from their journals, and what to do with them.
 *
 * Exit status: list: 0 nothing unfinished, 1 some runs are unfinished. resume/rollback: 0 the run finished
 * (resumed to success, or rolled back), 1 the resumed run failed and was rolled back, 2 bad usage (unknown
 * or finished journal, running elsewhere, not confirmed, an action the kind does not allow), 3 the cluster
 * could not be reached, 4 the rollback failed (the journal says what is left). abandon: 0 marked, 2 refused.
 */
int runOperationsCommand(const QStringList &arguments);

/** The text of `proofer operations --help` (the options also feed `proofer completion` and the man pages). */
QString operationsHelpText();

} // namespace Cli
