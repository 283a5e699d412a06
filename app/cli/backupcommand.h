// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Cli {

/** `proofer backup`: pg_dump | gzip | gpg of some or all databases, and the retention view. */
int runBackupCommand(const QStringList &arguments);

/** `proofer restore`: an encrypted backup restored into a scratch database, verified, then swapped in. */
int runRestoreCommand(const QStringList &arguments);

/** The text of `proofer backup --help` (the options also feed `proofer completion` and the man pages). */
QString backupHelpText();
/** The text of `proofer restore --help` (the options also feed `proofer completion` and the man pages). */
QString restoreHelpText();

} // namespace Cli
