// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "aboutdialog.h"
#include "application.h"
#include "connectionbar.h"
#include "democontroller.h"
#include "errorbanner.h"
#include "operationsmenu.h"
#include "policycontroller.h"
#include "readonlybanner.h"
#include "scanactions.h"
#include "scanprogress.h"
#include "sessionstatus.h"
#include "fleet/targetsfile.h"
#include "fleetfiltermodel.h"
#include "fleetmodel.h"
#include "views/certificatesview.h"
#include "views/checklistview.h"
#include "views/complianceview.h"
#include "views/detailpane.h"
#include "views/eventspane.h"
#include "views/fleettable.h"
#include "views/logspane.h"
#include "views/gradepanel.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QMenuBar>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_session(new FleetSession(this))
    , m_demo(new DemoController(this))
    , m_fleetModel(new FleetModel(this))
    , m_proxyModel(new FleetFilterModel(this))
{
    Ui::initResources();
    setObjectName(QStringLiteral("mainWindow"));
    m_proxyModel->setSourceModel(m_fleetModel);
    m_operations = new OperationsMenu(m_session, this, [this] { return selectedDatastore(); });
    connect(m_operations, &OperationsMenu::message, this, [this](const QString &text) { statusBar()->showMessage(text); });
    connect(m_operations, &OperationsMenu::rescanRequested, this, [this] {
        if (!m_session->isBusy())
            rescan();
    });

    createActions();
    createToolBar();
    createCentralWidget();
    createDocks();

    // The policy `proofer scan` would find, read off the GUI thread; "Accept Risk…" of a finding adds to it.
    m_policy = new PolicyController(m_session, this);
    connect(m_policy, &PolicyController::failed, m_errorBanner, &ErrorBanner::showMessage);
    connect(m_policy, &PolicyController::message, this, [this](const QString &text) { statusBar()->showMessage(text); });
    connect(m_detailPane, &DetailPane::acceptRiskRequested, m_policy, &PolicyController::acceptRisk);
    m_policy->load();

    m_progress = new ScanProgress(m_session, m_scan->cancelAction(), this);
    connect(m_progress, &ScanProgress::signingInShown, this, [this](const QString &message) {
        if (m_emptyReason == EmptyReason::Connecting)
            m_fleetTable->setEmptyText(message.toHtmlEscaped());
    });
    connect(m_progress, &ScanProgress::signInOver, this, &MainWindow::updateActions);
    m_status = new SessionStatus(m_session, this);

    connect(m_fleetModel, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateEmptyState);
    connect(m_fleetModel, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateEmptyState);
    connect(m_fleetModel, &QAbstractItemModel::modelReset, this, &MainWindow::updateEmptyState);
    connect(m_fleetModel, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &from, const QModelIndex &to) {
                const int row = m_fleetModel->rowOf(m_detailPane->datastoreName());
                if (row >= from.row() && row <= to.row())
                    updateDetail();
            });
    connect(m_fleetModel, &QAbstractItemModel::modelReset, this, &MainWindow::updateDetail);

    connect(m_session, &FleetSession::stateChanged, this, &MainWindow::onSessionState);

    connect(m_demo, &DemoController::changed, this, &MainWindow::updateDemoState);
    connect(m_demo, &DemoController::starting, this, &MainWindow::hideKubeconfigError);
    connect(m_demo, &DemoController::message, this, [this](const QString &text) { statusBar()->showMessage(text); });
    connect(m_demo, &DemoController::ready, this,
            [this](const QString &kubeconfig) { openKubeconfigFile(kubeconfig, QStringLiteral("bakery-ia")); });
    connect(m_demo, &DemoController::failed, this, [this](const QString &message) {
        // With a fleet on screen the empty state is hidden: the banner says it instead.
        if (m_emptyReason != EmptyReason::NoKubeconfig)
            showKubeconfigError(message);
    });
    connect(m_demo, &DemoController::closeNow, this, &QWidget::close);
    // The models and the tabs follow the session themselves; the window keeps the progress, the empty state and
    // the actions.
    m_fleetModel->setSession(m_session);
    m_gradePanel->setSession(m_session);
    m_complianceView->setSession(m_session);
    m_checklistView->setSession(m_session);
    m_certificatesView->setSession(m_session);
    connect(m_session, &FleetSession::inventoryLoaded, this, [this](const QList<Fleet::Datastore> &stores) {
        m_emptyReason = stores.isEmpty() ? EmptyReason::NoDatastores : EmptyReason::NoData;
        updateEmptyState();
    });
    connect(m_session, &FleetSession::auditReady, this, [this] {
        updateActions();
        // Fit the columns to the first full fleet, unless the user's own widths were restored.
        if (!m_headerRestored && !m_columnsFitted) {
            m_fleetTable->fitColumns();
            m_columnsFitted = true;
        }
    });

    retranslateUi();
    updateEmptyState();
    updateActions();

    // 1280×800, or the screen when it is smaller (a 1024×700 laptop): never a window larger than the screen.
    resize(QSize(1280, 800).boundedTo(screen()->availableGeometry().size() - QSize(16, 48))); // room for the frame
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("MainWindow/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("MainWindow/state")).toByteArray());
    m_headerRestored = m_fleetView->horizontalHeader()->restoreState(
        settings.value(QStringLiteral("MainWindow/fleetHeader")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("MainWindow/splitter")).toByteArray());
    showPage(Page(qBound(0, settings.value(QStringLiteral("MainWindow/page")).toInt(), int(ChecklistPage))));
    m_ui.statusBarAction->setChecked(!statusBar()->isHidden());
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_ui.setupActions(this);
    connect(m_ui.openKubeconfigAction, &QAction::triggered, this, &MainWindow::openKubeconfig);
    m_scan = new ScanActions(m_session, this);
    connect(m_scan, &ScanActions::rescanRequested, this, &MainWindow::rescan);
    connect(m_ui.quitAction, &QAction::triggered, this, &QWidget::close);
    for (int page = FleetPage; page <= ChecklistPage; ++page)
        connect(m_ui.pageActions.at(page), &QAction::triggered, this, [this, page] { showPage(Page(page)); });
    connect(m_ui.findAction, &QAction::triggered, this, [this] { m_fleetTable->focusFilter(); });
    connect(m_ui.statusBarAction, &QAction::toggled, this, [this](bool on) { statusBar()->setVisible(on); });
    connect(m_ui.fullScreenAction, &QAction::toggled, this, [this](bool on) {
        setWindowState(on ? (windowState() | Qt::WindowFullScreen) : (windowState() & ~Qt::WindowFullScreen));
    });
    connect(m_ui.auditorAction, &QAction::toggled, this, [this](bool on) {
        if (on)
            lockReadOnly();
    });
    connect(m_ui.aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui.aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
    m_ui.setupMenus(this, { m_scan->rescanAction(), m_scan->thoroughAction(), m_scan->cancelAction() },
                    { m_demo->startAction(), m_demo->stopAction() }, m_operations->menu());
}

void MainWindow::createToolBar()
{
    m_toolBar = new ConnectionBar(m_session, this);
    addToolBar(m_toolBar);
    m_toolBar->addAction(m_scan->rescanAction());
    m_toolBar->addAction(m_scan->cancelAction());
    auto *spacer = new QWidget(m_toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolBar->addWidget(spacer);
    m_toolBar->addAction(m_ui.openKubeconfigAction);
    connect(m_toolBar, &ConnectionBar::connecting, this, [this] {
        m_fleetModel->clear();
        m_gradePanel->setAudit(nullptr);
        clearAuditViews();
    });
    connect(m_toolBar, &ConnectionBar::connectingWith, this,
            [this](const QStringList &warnings) { m_status->addConnectionNotes(warnings); });
    connect(m_toolBar, &ConnectionBar::failed, this, &MainWindow::showKubeconfigError);
}

void MainWindow::createCentralWidget()
{
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);

    auto *fleet = new QWidget(m_splitter);
    auto *layout = new QVBoxLayout(fleet);
    layout->setContentsMargins(6, 6, 6, 0);

    // Kubeconfig and connection errors, inline: the kubectl-like message and a way to pick another file.
    m_errorBanner = new ErrorBanner(fleet);
    connect(m_errorBanner, &ErrorBanner::openKubeconfigRequested, this, &MainWindow::openKubeconfig);
    layout->addWidget(m_errorBanner);

    m_fleetTable = new FleetTable(m_proxyModel, fleet);
    m_fleetView = m_fleetTable->view();
    connect(m_fleetTable, &FleetTable::currentDatastoreChanged, this, &MainWindow::updateDetail);
    connect(m_fleetTable, &FleetTable::startDemoRequested, m_demo, &DemoController::start);
    connect(m_fleetTable, &FleetTable::cancelDemoRequested, m_demo, &DemoController::stop);
    layout->addWidget(m_fleetTable, 1);

    m_detailPane = new DetailPane(m_splitter);
    m_splitter->addWidget(fleet);
    m_splitter->addWidget(m_detailPane);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);

    // The fleet and its detail first; the compliance matrix, the certificates and the checklist beside it.
    m_pages = new QTabWidget(this);
    m_pages->setObjectName(QStringLiteral("mainTabWidget"));
    m_pages->setDocumentMode(true);
    m_complianceView = new ComplianceView(m_pages);
    m_certificatesView = new CertificatesView(m_pages);
    m_checklistView = new ChecklistView(m_pages);
    m_pages->addTab(m_splitter, QString());
    m_pages->addTab(m_complianceView, QString());
    m_pages->addTab(m_certificatesView, QString());
    m_pages->addTab(m_checklistView, QString());
    connect(m_pages, &QTabWidget::currentChanged, this, [this](int page) {
        for (int i = 0; i < m_ui.pageActions.size(); ++i)
            m_ui.pageActions.at(i)->setChecked(i == page);
    });
    connect(m_certificatesView, &CertificatesView::renewRequested, m_operations, &OperationsMenu::renewCertificates);
    connect(m_detailPane->logsPane(), &LogsPane::logScanned, m_checklistView->model(), &ChecklistModel::setLogScan);
    connect(m_complianceView, &ComplianceView::evidencePackExported, this,
            [this](const QString &fileName, const QString &error) {
                if (error.isEmpty())
                    statusBar()->showMessage(tr("Evidence pack saved to %1").arg(fileName));
                else
                    showKubeconfigError(error);
            });
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    m_readOnlyBanner = new ReadOnlyBanner(central);
    centralLayout->addWidget(m_readOnlyBanner);
    centralLayout->addWidget(m_pages, 1);
    setCentralWidget(central);
}

void MainWindow::createDocks()
{
    m_gradeDock = new QDockWidget(this);
    m_gradeDock->setObjectName(QStringLiteral("gradeDockWidget"));
    m_gradeDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable
                             | QDockWidget::DockWidgetFloatable);
    m_gradePanel = new GradePanel(m_gradeDock);
    m_gradeDock->setWidget(m_gradePanel);
    addDockWidget(Qt::RightDockWidgetArea, m_gradeDock);
    resizeDocks({ m_gradeDock }, { 310 }, Qt::Horizontal);
    QAction *toggle = m_gradeDock->toggleViewAction();
    toggle->setObjectName(QStringLiteral("gradePanelAction"));
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    m_ui.viewMenu->insertAction(m_ui.statusBarAction, toggle);
}

void MainWindow::retranslateUi()
{
    m_ui.retranslateUi();
    m_demo->retranslateUi();
    m_pages->setTabText(FleetPage, tr("Fleet"));
    m_pages->setTabText(CompliancePage, tr("Compliance"));
    m_pages->setTabText(CertificatesPage, tr("Certificates"));
    m_pages->setTabText(ChecklistPage, tr("Checklist"));
    m_operations->retranslateUi();
    m_scan->retranslateUi();
    m_progress->retranslateUi();
    m_gradeDock->setWindowTitle(tr("Fleet Grade"));

    updateEmptyState();
    m_status->retranslateUi();
}

void MainWindow::updateEmptyState()
{
    const bool empty = m_fleetModel->rowCount() == 0;
    const auto [title, text] = MainWindowUi::emptyState(m_emptyReason, m_session->namespaceName());
    m_fleetTable->setEmptyState(empty, title, text);
    updateDemoState();
    if (!empty && !m_session->isBusy())
        statusBar()->showMessage(tr("%n datastore(s)", nullptr, m_fleetModel->rowCount()));
}

void MainWindow::updateActions()
{
    m_scan->updateActions();
    m_progress->setBusy(m_session->isBusy());
    m_operations->updateActions();
}

QString MainWindow::selectedDatastore() const
{
    return m_fleetTable ? m_fleetTable->currentDatastore() : QString();
}

void MainWindow::updateDetail()
{
    m_operations->updateActions();
    const QModelIndex current = m_fleetView->currentIndex();
    if (!current.isValid()) {
        m_detailPane->setRow(nullptr);
        return;
    }
    m_detailPane->setRow(m_fleetModel->row(current.data(FleetModel::NameRole).toString()));
}

void MainWindow::onSessionState(FleetSession::State state, const QString &message)
{
    m_detailPane->logsPane()->setSource(Session::LogSource(m_session->kubeClient(), m_session->namespaceName()));
    m_detailPane->eventsPane()->setSource(Session::EventSource(m_session->kubeClient(), m_session->namespaceName()));
    if (state == FleetSession::State::Failed) {
        showKubeconfigError(message);
        m_emptyReason = EmptyReason::NoData;
    } else if (state == FleetSession::State::Connecting || state == FleetSession::State::Discovering) {
        hideKubeconfigError();
        m_emptyReason = EmptyReason::Connecting;
    }
    if (!message.isEmpty())
        statusBar()->showMessage(message);
    if (state == FleetSession::State::Ready)
        m_fleetView->setFocus(Qt::OtherFocusReason);
    updateEmptyState();
    updateActions();
    if (state == FleetSession::State::Ready && !message.isEmpty())
        statusBar()->showMessage(message);
}

void MainWindow::start(const ConsoleOptions &options)
{
    if (options.readOnly)
        lockReadOnly();
    if (!options.targetsFile.isEmpty()) {
        m_toolBar->setChoosable(false);
        const Fleet::TargetsFile file = Fleet::loadTargetsFile(options.targetsFile);
        if (!file.error.isEmpty()) {
            showKubeconfigError(tr("error: %1").arg(file.error));
            return;
        }
        m_fleetModel->clear();
        m_session->scanTargets(file.targets, options.targetsFile);
        return;
    }
    m_kubeconfigPath = options.kubeconfig;
    loadKubeconfig(options.kubeconfig);
    if (m_toolBar->currentContext().isEmpty())
        return;
    const QString context = options.context.isEmpty() ? m_toolBar->currentContext() : options.context;
    m_toolBar->connectToContext(context, options.namespaceName);
}

void MainWindow::loadKubeconfig(const QString &path)
{
    QString error;
    switch (m_toolBar->loadKubeconfig(path, &error)) {
    case ConnectionBar::Loaded::Missing:
        hideKubeconfigError();
        m_emptyReason = EmptyReason::NoKubeconfig;
        break;
    case ConnectionBar::Loaded::Failed:
        showKubeconfigError(tr("error: %1").arg(error));
        return;
    case ConnectionBar::Loaded::Ok:
        hideKubeconfigError();
        m_emptyReason = EmptyReason::NoData;
        break;
    }
    updateEmptyState();
}

void MainWindow::showKubeconfigError(const QString &message)
{
    m_errorBanner->showMessage(message);
}

void MainWindow::hideKubeconfigError()
{
    m_errorBanner->clear();
}

void MainWindow::rescan(bool thorough)
{
    if (m_session->isBusy())
        return;
    if (m_session->hasTarget()) {
        m_session->rescan(thorough);
    } else {
        m_toolBar->connectToChosen();
    }
}

void MainWindow::openKubeconfig()
{
    auto *dialog = new QFileDialog(this, tr("Open Kubeconfig"),
                                   m_kubeconfigPath.isEmpty() ? QDir::homePath() + QStringLiteral("/.kube")
                                                              : QFileInfo(m_kubeconfigPath).absolutePath());
    dialog->setObjectName(QStringLiteral("openKubeconfigFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters({ tr("Kubeconfig files (*config* *.yaml *.yml *.json)"), tr("All files (*)") });
    connect(dialog, &QFileDialog::fileSelected, this,
            [this](const QString &file) { openKubeconfigFile(file, QString()); });
    dialog->open();
}

void MainWindow::openKubeconfigFile(const QString &file, const QString &namespaceName)
{
    m_kubeconfigPath = file;
    m_session->disconnectFromCluster();
    m_fleetModel->clear();
    loadKubeconfig(file);
    if (!m_toolBar->currentContext().isEmpty())
        m_toolBar->connectToContext(m_toolBar->currentContext(), namespaceName);
}

void MainWindow::startDemoFleet()
{
    m_demo->start();
}

void MainWindow::stopDemoFleet()
{
    m_demo->stop();
}

void MainWindow::updateDemoState()
{
    const bool offer = m_emptyReason == EmptyReason::NoKubeconfig;
    m_fleetTable->setDemoControls(offer && m_demo->isIdle(), offer && m_demo->isStarting(), m_demo->stateText());
}

void MainWindow::showPage(Page page)
{
    m_pages->setCurrentIndex(int(page));
    for (int i = 0; i < m_ui.pageActions.size(); ++i)
        m_ui.pageActions.at(i)->setChecked(i == int(page));
}

void MainWindow::clearAuditViews()
{
    m_complianceView->setAudit({}, nullptr);
    m_checklistView->setSnapshot({}, nullptr);
    m_certificatesView->setReports({});
}

bool MainWindow::isReadOnly() const
{
    return m_readOnlyBanner->isLocked();
}

void MainWindow::lockReadOnly()
{
    if (isReadOnly())
        return;
    m_readOnlyBanner->lock();
    m_certificatesView->lockReadOnly();
    m_operations->lockReadOnly();
    m_detailPane->lockReadOnly();
    m_policy->lockReadOnly();
    m_ui.auditorAction->setChecked(true);
    m_ui.auditorAction->setEnabled(false); // no way back: the lock lasts until the window closes
    updateActions();
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_demo->readyToClose()) {
        event->ignore(); // closes again once the demo's servers stopped
        return;
    }
    m_session->cancel();
    QSettings settings;
    settings.setValue(QStringLiteral("MainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("MainWindow/state"), saveState());
    settings.setValue(QStringLiteral("MainWindow/fleetHeader"), m_fleetView->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("MainWindow/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("MainWindow/page"), m_pages->currentIndex());
    QMainWindow::closeEvent(event);
}
