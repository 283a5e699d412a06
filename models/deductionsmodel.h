// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/grader.h"

#include <QAbstractTableModel>
#include <QList>

/** Every point taken off a grade: datastore, rule, severity, why (failure, ceiling, fleet cap) and points. */
class DeductionsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeductionsModel)

public:
    enum Column { DatastoreColumn, RuleColumn, SeverityColumn, KindColumn, PointsColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1 };

    explicit DeductionsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /** The deductions of @p grade (the fleet's: every datastore's points weighted into it). */
    void setDeductions(const QList<Audit::Deduction> &deductions);
    const QList<Audit::Deduction> &deductions() const { return m_deductions; }
    double totalPoints() const;

    /** "failed check", "capped at B- while a High finding is open", "fleet capped below B by a Critical finding". */
    static QString kindText(const Audit::Deduction &deduction);

private:
    QList<Audit::Deduction> m_deductions;
};
