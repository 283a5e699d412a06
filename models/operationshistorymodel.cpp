// SPDX-License-Identifier: GPL-3.0-or-later
#include "operationshistorymodel.h"

#include "statusicons.h"

#include <QFileInfo>
#include <QLocale>

OperationsHistoryModel::OperationsHistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

int OperationsHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int OperationsHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OperationsHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Session::OperationRecord &record = m_records.at(index.row());
    const auto when = [](const QDateTime &time) {
        return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : QString();
    };
    switch (role) {
    case PathRole:
        return record.path;
    case Qt::ToolTipRole:
        return tr("%1\nJournal: %2").arg(record.title, QFileInfo(record.path).fileName());
    case Qt::DecorationRole:
        if (index.column() != OutcomeColumn)
            return {};
        if (record.outcome.isEmpty() || record.outcome == u"RollbackFailed")
            return StatusIcons::statusIcon(StatusIcons::Status::Warning);
        if (record.outcome == u"Succeeded" || record.outcome == u"DryRunOk")
            return StatusIcons::statusIcon(StatusIcons::Status::Good);
        return StatusIcons::statusIcon(record.outcome == u"DryRunFailed" ? StatusIcons::Status::Bad
                                                                         : StatusIcons::Status::Unknown);
    case SortRole:
        if (index.column() == StartedColumn)
            return record.started;
        if (index.column() == EndedColumn)
            return record.ended;
        break;
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (Column(index.column())) {
    case KindColumn:
        return record.dryRun ? tr("%1 (dry run)").arg(record.kind) : record.kind;
    case DatastoreColumn:
        return record.datastores.join(QStringLiteral(", "));
    case StartedColumn:
        return when(record.started);
    case EndedColumn:
        return when(record.ended);
    case OutcomeColumn:
        return record.outcome.isEmpty() ? tr("unfinished") : record.outcome;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant OperationsHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case KindColumn:
        return tr("Operation");
    case DatastoreColumn:
        return tr("Datastores or workload");
    case StartedColumn:
        return tr("Started");
    case EndedColumn:
        return tr("Ended");
    case OutcomeColumn:
        return tr("Outcome");
    case ColumnCount:
        break;
    }
    return {};
}

void OperationsHistoryModel::setRecords(const QList<Session::OperationRecord> &records)
{
    beginResetModel();
    m_records = records;
    endResetModel();
}
