// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Cli {

/**
 * `proofer rotate-password`: rotates the passwords of PostgreSQL and Redis datastores of a namespace
 * (Ops::buildPasswordRotation run by Ops::Runner, journaled). Never prints a password.
 *
 * Exit status: 0 rotated (or the dry run passed), 1 a step failed and everything was rolled back,
 * 2 bad usage (or no --yes without a terminal to confirm on), 3 the cluster or a datastore could not be
 * reached (nothing changed), 4 the rollback itself failed (the message says what is left).
 */
int runRotatePasswordCommand(const QStringList &arguments);

/** The text of `proofer rotate-password --help` (the options also feed `proofer completion` and the man pages). */
QString rotateHelpText();

} // namespace Cli
