// SPDX-License-Identifier: GPL-3.0-or-later
// proofer-cli: every subcommand of proofer from the same engine, linked without Qt Gui, Widgets or Charts, for
// servers, containers and CI (the proofer-cli package pulls no X11, Mesa or LLVM). What needs Qt Gui says so: the
// console window and `scan --format pdf` are in the proofer package.
#include "cli/cli.h"
#include "cli/terminal.h"

#include <QCoreApplication>
#include <QLoggingCategory>

int main(int argc, char **argv)
{
    QLoggingCategory::setFilterRules(QStringLiteral("proofer.*.debug=false"));
    Cli::installMessageHandler(argc, argv);
    Cli::setConsoleAvailable(false);
    QCoreApplication app(argc, argv);
    if (!Cli::isCliInvocation(argc, argv))
        return Cli::runWithoutConsole(QCoreApplication::arguments());
    return Cli::run(QCoreApplication::arguments());
}
