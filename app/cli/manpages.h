// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Cli {

/**
 * The man page (roff, man(7) macros) of `proofer` (@p command empty) or of `proofer <command>`, made from its --help:
 * the usage lines are the SYNOPSIS, the option lines the OPTIONS, the "Exit status" paragraph EXIT STATUS, the rest
 * the DESCRIPTION.
 */
QString manPage(const QString &command);

/**
 * `proofer build-files DIR` (not listed: the build runs it): writes DIR/man/man1/proofer.1 and proofer-<command>.1
 * for every command, and the completion scripts DIR/completions/{proofer.bash,_proofer,proofer.fish}, in English.
 */
int runBuildFilesCommand(const QStringList &arguments);

} // namespace Cli
