// SPDX-License-Identifier: GPL-3.0-or-later
// One binary, two faces: a subcommand (or --help/--version) runs headless on QCoreApplication
// with no display; anything else opens the console window.
#include "cli/cli.h"
#include "application.h"

#include <QApplication>
#include <QCoreApplication>
#include <QLoggingCategory>

int main(int argc, char **argv)
{
    // Proofer's debug output is opt-in (QT_LOGGING_RULES="proofer.*.debug=true" overrides this).
    QLoggingCategory::setFilterRules(QStringLiteral("proofer.*.debug=false"));
    if (Cli::isCliInvocation(argc, argv)) {
        QCoreApplication app(argc, argv);
        return Cli::run(QCoreApplication::arguments());
    }
    QApplication app(argc, argv);
    return Ui::runGui(app);
}
