// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "democontroller.h"
#include "mainwindowui.h"
#include "session/fleetsession.h"

#include <QMainWindow>

#include <optional>

class CertificatesView;
class ConnectionBar;
class ChecklistView;
class ComplianceView;
class DetailPane;
class ErrorBanner;
class OperationsMenu;
class PolicyController;
class SessionStatus;
class FleetFilterModel;
class FleetModel;
class FleetTable;
class GradePanel;
class QAction;
class QComboBox;
class QDockWidget;
class QFrame;
class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class ReadOnlyBanner;
class ScanActions;
class ScanProgress;
class QTableView;
class QToolBar;

/** What the console opens on (the command line: `proofer --kubeconfig F --context C --namespace N …`). */
struct ConsoleOptions
{
    QString kubeconfig; ///< empty: $KUBECONFIG, then ~/.kube/config
    QString context; ///< empty: the remembered or current context
    QString namespaceName; ///< empty: the remembered one for the context, else the context's
    QString targetsFile; ///< scan the datastores of this file instead of a cluster
    bool readOnly = false; ///< auditor mode
};

/**
 * The console window: a toolbar to pick the kubeconfig context and namespace, the live fleet table
 * (filterable, sortable), the selected datastore's details below it, the fleet grade beside it,
 * the connection and scan progress in the status bar.
 */
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    FleetModel *fleetModel() const { return m_fleetModel; }
    FleetSession *session() const { return m_session; }
    DemoLauncher *demoLauncher() const { return m_demo->launcher(); }
    DetailPane *detailPane() const { return m_detailPane; }
    GradePanel *gradePanel() const { return m_gradePanel; }
    ComplianceView *complianceView() const { return m_complianceView; }
    CertificatesView *certificatesView() const { return m_certificatesView; }
    ChecklistView *checklistView() const { return m_checklistView; }
    PolicyController *policyController() const { return m_policy; }

    /** The pages of the central tab widget, in order (View ▸ Fleet … Checklist, Ctrl+1 … Ctrl+4). */
    using Page = MainWindowUi::Page;
    static constexpr Page FleetPage = MainWindowUi::FleetPage;
    static constexpr Page CompliancePage = MainWindowUi::CompliancePage;
    static constexpr Page CertificatesPage = MainWindowUi::CertificatesPage;
    static constexpr Page ChecklistPage = MainWindowUi::ChecklistPage;
    void showPage(Page page);
    /** Auditor mode: on for good once lockReadOnly() ran (`--read-only` or View ▸ Auditor Mode). */
    bool isReadOnly() const;
    /** Auditor mode for the life of the process: every action that changes the cluster goes away. */
    void lockReadOnly();

    /** Loads the kubeconfig (or the targets file) and connects: the window's start. Never blocks on the network. */
    void start(const ConsoleOptions &options);

public slots:
    void showAbout();
    /** Scans again (@p thorough: every observation made anew); connects to the chosen context when nothing is. */
    void rescan(bool thorough = false);
    void openKubeconfig();
    /** Runs `proofer demo` as a child and opens its kubeconfig on namespace bakery-ia once it is ready. */
    void startDemoFleet();
    /** Stops the demo fleet this window started (SIGTERM, SIGKILL after 10 s). */
    void stopDemoFleet();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    using EmptyReason = MainWindowUi::EmptyReason;

    void createActions();
    void createToolBar();
    void createCentralWidget();
    void createDocks();
    void retranslateUi();
    void updateEmptyState();
    void updateActions();
    /** "Live" while the watches keep the fleet view current, "Reconnecting…" while one comes back. */
    void updateDetail();
    QString selectedDatastore() const;
    /** "Grade now … → with this fixed: …" for the findings of rules starting with @p rulePrefixes on @p datastores. */

    void loadKubeconfig(const QString &path);
    void openKubeconfigFile(const QString &file, const QString &namespaceName);
    void updateDemoState();
    void showKubeconfigError(const QString &message);
    void hideKubeconfigError();
    void onSessionState(FleetSession::State state, const QString &message);
    void clearAuditViews();

    FleetSession *m_session = nullptr;
    OperationsMenu *m_operations = nullptr;
    PolicyController *m_policy = nullptr;
    SessionStatus *m_status = nullptr;
    DemoController *m_demo = nullptr;
    MainWindowUi m_ui;
    FleetModel *m_fleetModel = nullptr;
    FleetFilterModel *m_proxyModel = nullptr;
    QString m_kubeconfigPath; ///< explicit --kubeconfig or the file the user opened
    EmptyReason m_emptyReason = EmptyReason::NoData;
    bool m_headerRestored = false;
    bool m_columnsFitted = false;

    ConnectionBar *m_toolBar = nullptr;

    QTabWidget *m_pages = nullptr;
    ComplianceView *m_complianceView = nullptr;
    CertificatesView *m_certificatesView = nullptr;
    ChecklistView *m_checklistView = nullptr;
    QSplitter *m_splitter = nullptr;
    FleetTable *m_fleetTable = nullptr;
    QTableView *m_fleetView = nullptr; ///< m_fleetTable's view
    ErrorBanner *m_errorBanner = nullptr;
    DetailPane *m_detailPane = nullptr;
    QDockWidget *m_gradeDock = nullptr;
    GradePanel *m_gradePanel = nullptr;

    ReadOnlyBanner *m_readOnlyBanner = nullptr;
    ScanProgress *m_progress = nullptr;
    ScanActions *m_scan = nullptr;

};
