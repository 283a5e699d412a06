// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Cli {

/**
 * `proofer kubeconfig check|contexts|view [--kubeconfig F] [--context C] [--output …]`.
 * @p arguments starts with "kubeconfig". Returns 0, or 2 with the error on stderr.
 */
int runKubeconfigCommand(const QStringList &arguments);

/** The text of `proofer kubeconfig --help`. */
QString kubeconfigHelpText();

} // namespace Cli
