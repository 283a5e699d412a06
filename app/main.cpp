// SPDX-License-Identifier: GPL-3.0-or-later
// One binary, two faces: a subcommand (or --help/--version, or an unknown option: usage) runs headless on
// QCoreApplication with no display; anything else opens the console window, or says there is no display. `scan --format pdf` is headless too but lays
// the PDF out with Qt Gui, so it gets a QGuiApplication on the offscreen platform (works in CI, no display).
#include "cli/cli.h"
#include "cli/terminal.h"
#include "application.h"
#include "report/pdf/pdfreport.h"

#include <QApplication>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QLoggingCategory>

int main(int argc, char **argv)
{
    // Proofer's debug output is opt-in (QT_LOGGING_RULES="proofer.*.debug=true" overrides this).
    QLoggingCategory::setFilterRules(QStringLiteral("proofer.*.debug=false"));
    Report::installPdfWriter();
    // A command line says what it means to say; Qt's and Proofer's log output only with -v (or QT_LOGGING_RULES).
    if (Cli::isCliInvocation(argc, argv) || !Cli::hasDisplay(argc, argv))
        Cli::installMessageHandler(argc, argv);
    if (Cli::needsGuiApplication(argc, argv)) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        return Cli::run(QCoreApplication::arguments());
    }
    if (Cli::isCliInvocation(argc, argv)) {
        QCoreApplication app(argc, argv);
        return Cli::run(QCoreApplication::arguments());
    }
    if (!Cli::hasDisplay(argc, argv)) {
        // Without a display Qt would abort (exit 134) on its platform plugin: say what to do instead.
        QCoreApplication app(argc, argv);
        return Cli::runWithoutDisplay(QCoreApplication::arguments());
    }
    QApplication app(argc, argv);
    return Ui::runGui(app);
}
