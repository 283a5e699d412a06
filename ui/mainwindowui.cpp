// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindowui.h"

#include <QAction>
#include <QKeySequence>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QStyle>

namespace {

QAction *makeAction(QMainWindow *window, const char *objectName)
{
    auto *action = new QAction(window);
    action->setObjectName(QString::fromLatin1(objectName));
    return action;
}

} // namespace

void MainWindowUi::setupActions(QMainWindow *window)
{
    QStyle *style = window->style();
    openKubeconfigAction = makeAction(window, "openKubeconfigAction");
    openKubeconfigAction->setShortcut(QKeySequence::Open);
    openKubeconfigAction->setIcon(
        QIcon::fromTheme(QStringLiteral("document-open"), style->standardIcon(QStyle::SP_DialogOpenButton)));

    quitAction = makeAction(window, "quitAction");
    quitAction->setShortcut(QKeySequence::Quit);
    quitAction->setMenuRole(QAction::QuitRole);

    const char *pageNames[] = { "showFleetAction", "showComplianceAction", "showCertificatesAction",
                                "showChecklistAction" };
    const Qt::Key pageKeys[] = { Qt::Key_1, Qt::Key_2, Qt::Key_3, Qt::Key_4 };
    for (int page = FleetPage; page <= ChecklistPage; ++page) {
        QAction *action = makeAction(window, pageNames[page]);
        action->setShortcut(QKeySequence(Qt::CTRL | pageKeys[page]));
        action->setCheckable(true);
        pageActions << action;
    }

    findAction = makeAction(window, "findAction");
    findAction->setShortcut(QKeySequence::Find);

    statusBarAction = makeAction(window, "statusBarAction");
    statusBarAction->setCheckable(true);
    statusBarAction->setChecked(true);

    fullScreenAction = makeAction(window, "fullScreenAction");
    fullScreenAction->setCheckable(true);
    fullScreenAction->setShortcut(QKeySequence::FullScreen);

    auditorAction = makeAction(window, "auditorModeAction");
    auditorAction->setCheckable(true);

    aboutAction = makeAction(window, "aboutAction");
    aboutAction->setMenuRole(QAction::AboutRole);

    aboutQtAction = makeAction(window, "aboutQtAction");
    aboutQtAction->setMenuRole(QAction::AboutQtRole);
}

void MainWindowUi::setupMenus(QMainWindow *window, const QList<QAction *> &scanActions,
                              const QList<QAction *> &demoActions, QMenu *operationsMenu)
{
    QMenuBar *bar = window->menuBar();
    fileMenu = bar->addMenu(QString());
    fileMenu->setObjectName(QStringLiteral("fileMenu"));
    fileMenu->addAction(openKubeconfigAction);
    fileMenu->addSeparator();
    fileMenu->addActions(scanActions);
    fileMenu->addSeparator();
    fileMenu->addActions(demoActions);
    fileMenu->addSeparator();
    fileMenu->addAction(quitAction);

    viewMenu = bar->addMenu(QString());
    viewMenu->setObjectName(QStringLiteral("viewMenu"));
    viewMenu->addActions(pageActions);
    viewMenu->addSeparator();
    viewMenu->addAction(findAction);
    viewMenu->addSeparator();
    viewMenu->addAction(statusBarAction);
    viewMenu->addAction(fullScreenAction);
    viewMenu->addSeparator();
    viewMenu->addAction(auditorAction);

    bar->addMenu(operationsMenu);

    helpMenu = bar->addMenu(QString());
    helpMenu->setObjectName(QStringLiteral("helpMenu"));
    helpMenu->addAction(aboutAction);
    helpMenu->addAction(aboutQtAction);
}

void MainWindowUi::retranslateUi()
{
    fileMenu->setTitle(tr("&File"));
    viewMenu->setTitle(tr("&View"));
    helpMenu->setTitle(tr("&Help"));
    openKubeconfigAction->setText(tr("&Open Kubeconfig…"));
    openKubeconfigAction->setToolTip(tr("Read the contexts of another kubeconfig file"));
    quitAction->setText(tr("&Quit"));
    findAction->setText(tr("&Filter Datastores"));
    pageActions.at(FleetPage)->setText(tr("F&leet"));
    pageActions.at(CompliancePage)->setText(tr("C&ompliance Matrix"));
    pageActions.at(CertificatesPage)->setText(tr("C&ertificates"));
    pageActions.at(ChecklistPage)->setText(tr("Chec&klist"));
    statusBarAction->setText(tr("Show &Status Bar"));
    fullScreenAction->setText(tr("&Full Screen"));
    auditorAction->setText(tr("&Auditor Mode (Read-Only)"));
    auditorAction->setToolTip(tr("Read-only until Proofer is closed: no operation can change the cluster"));
    aboutAction->setText(tr("&About Proofer"));
    aboutQtAction->setText(tr("About &Qt"));
}

MainWindowUi::EmptyStateText MainWindowUi::emptyState(EmptyReason reason, const QString &namespaceName)
{
    switch (reason) {
    case EmptyReason::NoKubeconfig:
        return { tr("No kubeconfig found"),
                 tr("Proofer reads your clusters from <tt>$KUBECONFIG</tt> or <tt>~/.kube/config</tt>, and neither "
                    "exists.<br>Open one with <b>File ▸ Open Kubeconfig…</b> or start the demo fleet — real PostgreSQL "
                    "and Redis behind an emulated Kubernetes API, on this computer — with the button below or, in a "
                    "terminal, <tt>proofer demo</tt>.") };
    case EmptyReason::Connecting:
        return { tr("Looking for datastores…"), tr("Reading namespace %1.").arg(namespaceName.toHtmlEscaped()) };
    case EmptyReason::NoDatastores:
        return { tr("No datastores in namespace %1").arg(namespaceName),
                 tr("Proofer found no PostgreSQL, Redis or RabbitMQ here: no workload labelled "
                    "<tt>app.kubernetes.io/component=database</tt> and none running those images.") };
    case EmptyReason::NoData:
        break;
    }
    return { tr("No datastores to show"),
             tr("Proofer lists every PostgreSQL, Redis and RabbitMQ of a namespace here, "
                "with its TLS, certificate, storage, authentication and audit posture.") };
}
