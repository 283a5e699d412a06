// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

class QAction;
class QMainWindow;
class QMenu;

/**
 * The main window's actions and menus, the way uic's `Ui::` classes hold a form's widgets: created with their
 * object names, icons and shortcuts, placed in the menu bar, and given their texts by retranslateUi(). What an
 * action does is connected by the window (it wires; this declares).
 */
struct MainWindowUi
{
    Q_DECLARE_TR_FUNCTIONS(MainWindow)

public:
    enum Page { FleetPage, CompliancePage, CertificatesPage, ChecklistPage };
    /** Why the fleet table has no rows. */
    enum class EmptyReason { NoData, NoKubeconfig, Connecting, NoDatastores };
    struct EmptyStateText
    {
        QString title;
        QString text; ///< rich text
    };
    /** What the empty fleet table says for @p reason. */
    static EmptyStateText emptyState(EmptyReason reason, const QString &namespaceName);

    /** Creates every action, parented to @p window. */
    void setupActions(QMainWindow *window);
    /**
     * Fills the menu bar: File (kubeconfig, @p scanActions, @p demoActions, quit), View, @p operationsMenu, Help. The grade
     * dock's toggle is placed in View before the status bar's by the window once the dock exists.
     */
    void setupMenus(QMainWindow *window, const QList<QAction *> &scanActions, const QList<QAction *> &demoActions,
                    QMenu *operationsMenu);
    void retranslateUi();

    QMenu *fileMenu = nullptr;
    QMenu *viewMenu = nullptr;
    QMenu *helpMenu = nullptr;
    QAction *openKubeconfigAction = nullptr;
    QAction *quitAction = nullptr;
    QAction *findAction = nullptr;
    QList<QAction *> pageActions; ///< View ▸ Fleet, Compliance Matrix, Certificates, Checklist (Ctrl+1 … Ctrl+4)
    QAction *statusBarAction = nullptr;
    QAction *fullScreenAction = nullptr;
    QAction *auditorAction = nullptr;
    QAction *aboutAction = nullptr;
    QAction *aboutQtAction = nullptr;
};
