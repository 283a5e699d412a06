// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Cli {

/** `proofer completion bash|zsh|fish`: the shell completion script, made from the commands' --help. */
int runCompletionCommand(const QStringList &arguments);

/** The text of `proofer completion --help`. */
QString completionHelpText();

/** The completion script for @p shell ("bash", "zsh", "fish"), or empty for another shell. */
QString completionScript(const QString &shell);

} // namespace Cli
