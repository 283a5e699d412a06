// SPDX-License-Identifier: GPL-3.0-or-later
#include "fleetfiltermodel.h"

FleetFilterModel::FleetFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(FleetModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void FleetFilterModel::setText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateFilter();
}

void FleetFilterModel::setKind(std::optional<FleetRow::Kind> kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    invalidateFilter();
}

void FleetFilterModel::setMinimumSeverity(std::optional<Audit::Severity> severity)
{
    if (severity == m_severity)
        return;
    m_severity = severity;
    invalidateFilter();
}

bool FleetFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    const QModelIndex first = model->index(sourceRow, 0, sourceParent);
    if (m_kind && first.data(FleetModel::KindRole).toInt() != int(*m_kind))
        return false;
    if (m_severity) {
        const int worst = first.data(FleetModel::WorstSeverityRole).toInt();
        if (worst < 0 || worst > int(*m_severity))
            return false;
    }
    if (m_text.isEmpty())
        return true;
    for (int column = 0; column < model->columnCount(sourceParent); ++column) {
        if (model->index(sourceRow, column, sourceParent).data().toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    if (first.data(FleetModel::ErrorRole).toString().contains(m_text, Qt::CaseInsensitive))
        return true;
    if (const auto *fleet = qobject_cast<const FleetModel *>(model); fleet && sourceRow < fleet->rowCount()) {
        for (const Audit::Finding &finding : fleet->rows().at(sourceRow).findingList) {
            if (finding.ruleId.contains(m_text, Qt::CaseInsensitive)
                || finding.title.contains(m_text, Qt::CaseInsensitive)
                || FleetModel::severityText(finding.severity).compare(m_text, Qt::CaseInsensitive) == 0
                || Audit::severityName(finding.severity).compare(m_text, Qt::CaseInsensitive) == 0)
                return true;
        }
    }
    return false;
}

bool FleetFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (QSortFilterProxyModel::lessThan(left, right))
        return true;
    if (QSortFilterProxyModel::lessThan(right, left) || left.column() == FleetModel::NameColumn)
        return false;
    // A tie: by name, always ascending in the view (a descending sort reverses this comparison, so undo that).
    const QString leftName = left.data(FleetModel::NameRole).toString();
    const QString rightName = right.data(FleetModel::NameRole).toString();
    const int byName = leftName.compare(rightName, Qt::CaseInsensitive);
    return sortOrder() == Qt::AscendingOrder ? byName < 0 : byName > 0;
}
