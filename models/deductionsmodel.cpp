// SPDX-License-Identifier: GPL-3.0-or-later
#include "deductionsmodel.h"

#include "fleetmodel.h"

#include "audit/grader.h"

#include <QLocale>

DeductionsModel::DeductionsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

int DeductionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_deductions.size());
}

int DeductionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DeductionsModel::kindText(const Audit::Deduction &deduction)
{
    switch (deduction.kind) {
    case Audit::Deduction::Kind::Failure:
        return tr("failed check");
    case Audit::Deduction::Kind::Ceiling:
        // Say what the cap is and what lifts it, not the formula's name.
        return tr("capped at %1 while a %2 finding is open")
            .arg(Audit::Grader::letterFor(Audit::Grader::ceiling(deduction.severity)),
                 FleetModel::severityText(deduction.severity));
    case Audit::Deduction::Kind::FleetCap:
        return tr("fleet capped at %1 while a Critical finding is open")
            .arg(Audit::Grader::letterFor(Audit::Grader::kFleetCriticalCap));
    }
    return {};
}

QVariant DeductionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Audit::Deduction &deduction = m_deductions.at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() == PointsColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == SortRole) {
        if (index.column() == PointsColumn)
            return deduction.points;
        if (index.column() == SeverityColumn)
            return int(deduction.severity);
    }
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (Column(index.column())) {
    case DatastoreColumn:
        return deduction.datastore.isEmpty() ? tr("fleet") : deduction.datastore;
    case RuleColumn:
        return deduction.ruleId;
    case SeverityColumn:
        return FleetModel::severityText(deduction.severity);
    case KindColumn:
        return kindText(deduction);
    case PointsColumn:
        return QStringLiteral("−%1").arg(QLocale().toString(deduction.points, 'f', 1));
    case ColumnCount:
        break;
    }
    return {};
}

QVariant DeductionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case DatastoreColumn:
        return tr("Datastore");
    case RuleColumn:
        return tr("Rule");
    case SeverityColumn:
        return tr("Severity");
    case KindColumn:
        return tr("Why");
    case PointsColumn:
        return tr("Points");
    case ColumnCount:
        break;
    }
    return {};
}

void DeductionsModel::setDeductions(const QList<Audit::Deduction> &deductions)
{
    beginResetModel();
    m_deductions = deductions;
    endResetModel();
}

double DeductionsModel::totalPoints() const
{
    double total = 0.0;
    for (const Audit::Deduction &deduction : m_deductions)
        total += deduction.points;
    return total;
}
