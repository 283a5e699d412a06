// SPDX-License-Identifier: GPL-3.0-or-later
#include "operationshistorydialog.h"

#include "operationshistorymodel.h"
#include "session/operationshistory.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

OperationsHistoryDialog::OperationsHistoryDialog(const QString &directory, QWidget *parent)
    : QDialog(parent)
    , m_directory(directory.isEmpty() ? Session::OperationsHistory::defaultDirectory() : directory)
    , m_model(new OperationsHistoryModel(this))
{
    setObjectName(QStringLiteral("operationsHistoryDialog"));
    setWindowTitle(tr("Operations History"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Every operation run from this computer, from its journal in %1. Journals hold no "
                                "secret.")
                                 .arg(QDir::toNativeSeparators(m_directory)),
                             this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    layout->addWidget(intro);
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    proxy->setSortRole(OperationsHistoryModel::SortRole);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("operationsHistoryTableView"));
    m_view->setModel(proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(OperationsHistoryModel::StartedColumn, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_view, 1);
    m_status = new QLabel(tr("Reading the journals…"), this);
    m_status->setObjectName(QStringLiteral("operationsHistoryStatusLabel"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_export = buttons->addButton(tr("Export…"), QDialogButtonBox::ActionRole);
    m_export->setObjectName(QStringLiteral("exportJournalPushButton"));
    m_exportAll = buttons->addButton(tr("Export All…"), QDialogButtonBox::ActionRole);
    m_exportAll->setObjectName(QStringLiteral("exportAllJournalsPushButton"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_export, &QPushButton::clicked, this, [this] { chooseFile(false); });
    connect(m_exportAll, &QPushButton::clicked, this, [this] { chooseFile(true); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &OperationsHistoryDialog::updateButtons);
    connect(this, &OperationsHistoryDialog::exported, this, [this](const QString &file, const QString &error) {
        m_status->setText(error.isEmpty() ? tr("Exported to %1").arg(QDir::toNativeSeparators(file)) : error);
    });
    updateButtons();
    resize(760, 420);

    m_pool.setMaxThreadCount(1);
    Session::OperationsHistory::list(m_directory, &m_pool)
        .then(this, [this](const QList<Session::OperationRecord> &records) {
            m_model->setRecords(records);
            m_loaded = true;
            m_status->setText(records.isEmpty() ? tr("No operation has been run from this computer yet.")
                                                : tr("%n operation(s)", nullptr, int(records.size())));
            if (!records.isEmpty())
                m_view->selectRow(0);
            updateButtons();
        });
}

OperationsHistoryDialog::~OperationsHistoryDialog()
{
    m_pool.waitForDone();
}

void OperationsHistoryDialog::updateButtons()
{
    m_export->setEnabled(m_view->selectionModel()->hasSelection());
    m_exportAll->setEnabled(m_model->rowCount() > 0);
}

void OperationsHistoryDialog::chooseFile(bool all)
{
    QString name = QStringLiteral("proofer-operations.json");
    if (!all && m_view->currentIndex().isValid())
        name = QFileInfo(m_view->currentIndex().data(OperationsHistoryModel::PathRole).toString()).completeBaseName()
            + QStringLiteral(".json");
    auto *dialog = new QFileDialog(this, all ? tr("Export All Journals") : tr("Export Journal"),
                                   QDir::home().filePath(name));
    dialog->setObjectName(QStringLiteral("exportJournalFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilters({ tr("JSON files (*.json)"), tr("All files (*)") });
    connect(dialog, &QFileDialog::fileSelected, this, [this, all](const QString &file) { exportTo(file, all); });
    dialog->open();
}

void OperationsHistoryDialog::exportTo(const QString &file, bool all)
{
    QStringList paths;
    if (all) {
        for (const Session::OperationRecord &record : m_model->records())
            paths << record.path;
    } else if (m_view->currentIndex().isValid()) {
        paths << m_view->currentIndex().data(OperationsHistoryModel::PathRole).toString();
    }
    if (paths.isEmpty())
        return;
    m_status->setText(tr("Exporting…"));
    Session::OperationsHistory::exportJournals(paths, file, all, &m_pool).then(this, [this, file](const QString &error) {
        emit exported(file, error);
    });
}
