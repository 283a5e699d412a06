// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

class FleetModel;
class QAction;
class QLabel;
class QLineEdit;
class QMenu;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

/** The console window: the fleet table and, around it, menus and the status bar. */
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    FleetModel *fleetModel() const { return m_fleetModel; }

public slots:
    void showAbout();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createCentralWidget();
    void retranslateUi();
    void updateEmptyState();

    FleetModel *m_fleetModel = nullptr;
    QSortFilterProxyModel *m_proxyModel = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTableView *m_fleetView = nullptr;
    QLineEdit *m_filterEdit = nullptr;
    QWidget *m_emptyState = nullptr;
    QLabel *m_emptyTitle = nullptr;
    QLabel *m_emptyText = nullptr;
    QLabel *m_connectionLabel = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_statusBarAction = nullptr;
    QAction *m_fullScreenAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
};
