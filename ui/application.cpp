// SPDX-License-Identifier: GPL-3.0-or-later
#include "application.h"

#include "core/translations.h"
#include "core/versioninfo.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QTextStream>

// Q_INIT_RESOURCE must be used outside of any namespace.
static void registerProoferResources()
{
    Q_INIT_RESOURCE(proofer);
}

namespace Ui {

void initResources()
{
    static const bool done = (registerProoferResources(), true);
    Q_UNUSED(done);
}

int runGui(QApplication &app)
{
    QApplication::setApplicationName(QStringLiteral("proofer"));
    QApplication::setApplicationDisplayName(QStringLiteral("Proofer"));
    QApplication::setOrganizationName(QStringLiteral("Proofer"));
    QApplication::setApplicationVersion(Core::applicationVersion());
    QApplication::setDesktopFileName(QStringLiteral("io.github.proofer.Proofer"));
    initResources();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/proofer.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Proofer"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QCoreApplication::translate("Cli", "Language of the window (for example: es)"),
                                        QStringLiteral("code"));
    parser.addOption(langOption);
    if (!parser.parse(QApplication::arguments())) {
        QTextStream(stderr) << parser.errorText() << u'\n';
        return 2;
    }

    Core::installTranslations(parser.value(langOption));

    MainWindow window;
    window.show();
    return app.exec();
}

} // namespace Ui
