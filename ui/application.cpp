// SPDX-License-Identifier: GPL-3.0-or-later
#include "application.h"

#include "core/translations.h"
#include "core/versioninfo.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QTextStream>
#include <QTimer>

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
    const QCommandLineOption kubeconfigOption(
        QStringLiteral("kubeconfig"), QCoreApplication::translate("Cli", "kubeconfig to use"), QStringLiteral("file"));
    const QCommandLineOption contextOption(
        QStringLiteral("context"), QCoreApplication::translate("Cli", "context to use"), QStringLiteral("name"));
    const QCommandLineOption namespaceOption(QStringLiteral("namespace"),
                                             QCoreApplication::translate("Cli", "namespace to scan"),
                                             QStringLiteral("namespace"));
    const QCommandLineOption targetsOption(QStringLiteral("targets"),
                                           QCoreApplication::translate("Cli", "scan the datastores of this YAML file"),
                                           QStringLiteral("file"));
    const QCommandLineOption readOnlyOption(QStringLiteral("read-only"),
                                            QCoreApplication::translate("Cli", "auditor mode: read-only, no secrets"));
    parser.addOptions({ langOption, kubeconfigOption, contextOption, namespaceOption, targetsOption, readOnlyOption });
    if (!parser.parse(QApplication::arguments())) {
        QTextStream(stderr) << parser.errorText() << u'\n';
        return 2;
    }
    if (parser.isSet(targetsOption)
        && (parser.isSet(kubeconfigOption) || parser.isSet(contextOption) || parser.isSet(namespaceOption))) {
        QTextStream(stderr) << QCoreApplication::translate(
            "Cli", "--targets cannot be combined with --kubeconfig, --context or --namespace")
                            << u'\n';
        return 2;
    }

    Core::installTranslations(parser.value(langOption));

    ConsoleOptions options;
    options.kubeconfig = parser.value(kubeconfigOption);
    options.context = parser.value(contextOption);
    options.namespaceName = parser.value(namespaceOption);
    options.targetsFile = parser.value(targetsOption);
    options.readOnly = parser.isSet(readOnlyOption);

    MainWindow window;
    window.show();
    // After the first paint: the window appears at once, the kubeconfig and the cluster come after.
    QTimer::singleShot(0, &window, [&window, options] { window.start(options); });
    return app.exec();
}

} // namespace Ui
