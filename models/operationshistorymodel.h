// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/operationshistory.h"

#include <QAbstractTableModel>

/** The operations performed (Session::OperationsHistory), one row per journal: kind, datastores, times, outcome. */
class OperationsHistoryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OperationsHistoryModel)

public:
    enum Column { KindColumn, DatastoreColumn, StartedColumn, EndedColumn, OutcomeColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, PathRole };

    explicit OperationsHistoryModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setRecords(const QList<Session::OperationRecord> &records);
    const QList<Session::OperationRecord> &records() const { return m_records; }

private:
    QList<Session::OperationRecord> m_records;
};
