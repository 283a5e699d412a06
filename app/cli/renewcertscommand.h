// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Cli {

/**
 * `proofer renew-certs`: renews the TLS certificates of a namespace's datastores (new CA or an existing one),
 * patches their Secrets, restarts them and verifies each serves the new serial; rolls back on failure.
 * Exit status: 0 renewed (or the dry run found nothing in the way), 1 failed and rolled back (or the dry run
 * found problems), 2 bad usage (or no --yes without a terminal), 3 the cluster was unreachable,
 * 4 the rollback failed (the journal says what is left).
 */
int runRenewCertsCommand(const QStringList &arguments);

/** The text of `proofer renew-certs --help` (the options also feed `proofer completion` and the man pages). */
QString renewHelpText();

} // namespace Cli
