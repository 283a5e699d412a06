// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "aboutdialog.h"
#include "application.h"
#include "fleetmodel.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_fleetModel(new FleetModel(this))
    , m_proxyModel(new QSortFilterProxyModel(this))
{
    Ui::initResources();
    setObjectName(QStringLiteral("mainWindow"));
    m_proxyModel->setSourceModel(m_fleetModel);
    m_proxyModel->setSortRole(FleetModel::SortRole);
    m_proxyModel->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxyModel->setFilterKeyColumn(-1);

    createActions();
    createMenus();
    createCentralWidget();

    m_connectionLabel = new QLabel(this);
    m_connectionLabel->setObjectName(QStringLiteral("connectionStatusLabel"));
    statusBar()->addPermanentWidget(m_connectionLabel);

    connect(m_fleetModel, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateEmptyState);
    connect(m_fleetModel, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateEmptyState);
    connect(m_fleetModel, &QAbstractItemModel::modelReset, this, &MainWindow::updateEmptyState);

    retranslateUi();
    updateEmptyState();

    resize(1200, 720);
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("MainWindow/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("MainWindow/state")).toByteArray());
    m_fleetView->horizontalHeader()->restoreState(
        settings.value(QStringLiteral("MainWindow/fleetHeader")).toByteArray());
    m_statusBarAction->setChecked(!statusBar()->isHidden());
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_quitAction = new QAction(this);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_statusBarAction = new QAction(this);
    m_statusBarAction->setObjectName(QStringLiteral("statusBarAction"));
    m_statusBarAction->setCheckable(true);
    m_statusBarAction->setChecked(true);
    connect(m_statusBarAction, &QAction::toggled, this, [this](bool on) { statusBar()->setVisible(on); });

    m_fullScreenAction = new QAction(this);
    m_fullScreenAction->setObjectName(QStringLiteral("fullScreenAction"));
    m_fullScreenAction->setCheckable(true);
    m_fullScreenAction->setShortcut(QKeySequence::FullScreen);
    connect(m_fullScreenAction, &QAction::toggled, this, [this](bool on) {
        setWindowState(on ? (windowState() | Qt::WindowFullScreen) : (windowState() & ~Qt::WindowFullScreen));
    });

    m_aboutAction = new QAction(this);
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    m_aboutQtAction = new QAction(this);
    m_aboutQtAction->setObjectName(QStringLiteral("aboutQtAction"));
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_fileMenu->addAction(m_quitAction);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    m_viewMenu->addAction(m_statusBarAction);
    m_viewMenu->addAction(m_fullScreenAction);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));
    m_helpMenu->addAction(m_aboutAction);
    m_helpMenu->addAction(m_aboutQtAction);
}

void MainWindow::createCentralWidget()
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);

    m_filterEdit = new QLineEdit(central);
    m_filterEdit->setObjectName(QStringLiteral("filterLineEdit"));
    m_filterEdit->setClearButtonEnabled(true);
    connect(m_filterEdit, &QLineEdit::textChanged, m_proxyModel, &QSortFilterProxyModel::setFilterFixedString);
    layout->addWidget(m_filterEdit);

    m_stack = new QStackedWidget(central);
    m_stack->setObjectName(QStringLiteral("fleetStackedWidget"));

    m_fleetView = new QTableView(m_stack);
    m_fleetView->setObjectName(QStringLiteral("fleetTableView"));
    m_fleetView->setModel(m_proxyModel);
    m_fleetView->setSortingEnabled(true);
    m_fleetView->sortByColumn(FleetModel::NameColumn, Qt::AscendingOrder);
    m_fleetView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_fleetView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_fleetView->setAlternatingRowColors(true);
    m_fleetView->verticalHeader()->hide();
    m_fleetView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_fleetView->horizontalHeader()->setSectionResizeMode(FleetModel::NameColumn, QHeaderView::Stretch);
    m_fleetView->horizontalHeader()->setHighlightSections(false);

    // The empty state sits inside the table's viewport, under the headers, so the columns stay visible.
    auto *empty = new QWidget(m_fleetView->viewport());
    empty->setObjectName(QStringLiteral("emptyStateWidget"));
    empty->setAttribute(Qt::WA_TransparentForMouseEvents);
    auto *emptyLayout = new QVBoxLayout(empty);
    emptyLayout->addStretch();
    auto *icon = new QLabel(empty);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/proofer.svg")).pixmap(96, 96));
    icon->setAlignment(Qt::AlignCenter);
    emptyLayout->addWidget(icon);
    m_emptyTitle = new QLabel(empty);
    m_emptyTitle->setObjectName(QStringLiteral("emptyTitleLabel"));
    m_emptyTitle->setAlignment(Qt::AlignCenter);
    QFont titleFont = m_emptyTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_emptyTitle->setFont(titleFont);
    emptyLayout->addWidget(m_emptyTitle);
    m_emptyText = new QLabel(empty);
    m_emptyText->setObjectName(QStringLiteral("emptyTextLabel"));
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setWordWrap(true);
    m_emptyText->setForegroundRole(QPalette::PlaceholderText);
    emptyLayout->addWidget(m_emptyText);
    emptyLayout->addStretch();
    m_emptyState = empty;
    m_fleetView->viewport()->installEventFilter(this);

    m_stack->addWidget(m_fleetView);
    layout->addWidget(m_stack, 1);

    setCentralWidget(central);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("Proofer"));
    m_fileMenu->setTitle(tr("&File"));
    m_viewMenu->setTitle(tr("&View"));
    m_helpMenu->setTitle(tr("&Help"));
    m_quitAction->setText(tr("&Quit"));
    m_statusBarAction->setText(tr("Show &Status Bar"));
    m_fullScreenAction->setText(tr("&Full Screen"));
    m_aboutAction->setText(tr("&About Proofer"));
    m_aboutQtAction->setText(tr("About &Qt"));
    m_filterEdit->setPlaceholderText(tr("Filter datastores by name, kind or state"));
    m_emptyTitle->setText(tr("No datastores to show"));
    m_emptyText->setText(tr("Proofer lists every PostgreSQL, Redis and RabbitMQ of a namespace here, "
                            "with its TLS, certificate, storage, authentication and audit posture."));
    m_connectionLabel->setText(tr("Not connected"));
}

void MainWindow::updateEmptyState()
{
    const bool empty = m_fleetModel->rowCount() == 0;
    m_emptyState->setGeometry(m_fleetView->viewport()->rect());
    m_emptyState->setVisible(empty);
    statusBar()->showMessage(empty ? QString() : tr("%n datastore(s)", nullptr, m_fleetModel->rowCount()));
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_fleetView->viewport() && event->type() == QEvent::Resize)
        m_emptyState->setGeometry(m_fleetView->viewport()->rect());
    return QMainWindow::eventFilter(watched, event);
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
    QSettings settings;
    settings.setValue(QStringLiteral("MainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("MainWindow/state"), saveState());
    settings.setValue(QStringLiteral("MainWindow/fleetHeader"), m_fleetView->horizontalHeader()->saveState());
    QMainWindow::closeEvent(event);
}
