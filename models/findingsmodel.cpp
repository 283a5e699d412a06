// SPDX-License-Identifier: GPL-3.0-or-later
#include "findingsmodel.h"

#include "fleetmodel.h"
#include "statusicons.h"

#include <QBrush>

namespace {

StatusIcons::Status severityStatus(Audit::Severity severity)
{
    if (severity <= Audit::Severity::High)
        return StatusIcons::Status::Bad;
    if (severity <= Audit::Severity::Low)
        return StatusIcons::Status::Warning;
    return StatusIcons::Status::Unknown;
}

} // namespace

FindingsModel::FindingsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

int FindingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FindingsModel::keyOf(const Audit::Finding &finding)
{
    return finding.ruleId + u'@' + finding.datastore;
}

const Audit::Finding *FindingsModel::finding(int row) const
{
    return row >= 0 && row < m_findings.size() ? &m_findings.at(row) : nullptr;
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Audit::Finding &finding = m_findings.at(index.row());
    switch (role) {
    case SeverityRole:
        return int(finding.severity);
    case RemediationRole:
        return finding.remediation;
    case KeyRole:
        return keyOf(finding);
    case AcceptedRole:
        return finding.isAccepted();
    case SortRole:
        if (index.column() == SeverityColumn) // the accepted after the open ones
            return int(finding.severity) + (finding.isAccepted() ? 100 : 0);
        break;
    case Qt::CheckStateRole:
        if (m_checkable && index.column() == SeverityColumn && !finding.isAccepted())
            return m_checked.contains(keyOf(finding)) ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::DecorationRole:
        if (index.column() == SeverityColumn)
            return finding.isAccepted() ? StatusIcons::acceptedIcon()
                                        : StatusIcons::statusIcon(severityStatus(finding.severity));
        return {};
    case Qt::ToolTipRole: {
        QString tip = finding.evidence.isEmpty() ? finding.title : finding.title + u'\n' + finding.evidence.join(u'\n');
        if (finding.acceptance) // active or expired: the reason it was accepted is in front of whoever reads it
            tip += u'\n' + finding.acceptance->describe();
        return tip;
    }
    case Qt::ForegroundRole:
        if (finding.isAccepted())
            return QBrush(StatusIcons::acceptedColor());
        if (index.column() == SeverityColumn && finding.severity <= Audit::Severity::High)
            return QBrush(StatusIcons::statusColor(StatusIcons::Status::Bad));
        return {};
    default:
        break;
    }
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (Column(index.column())) {
    case SeverityColumn:
        if (role == Qt::DisplayRole && finding.isAccepted())
            return tr("%1 · accepted").arg(FleetModel::severityText(finding.severity));
        return FleetModel::severityText(finding.severity);
    case RuleColumn:
        return finding.ruleId;
    case DatastoreColumn:
        return finding.datastore;
    case TitleColumn:
        return finding.title;
    case ColumnCount:
        break;
    }
    return {};
}

bool FindingsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!m_checkable || role != Qt::CheckStateRole || index.column() != SeverityColumn
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    if (m_findings.at(index.row()).isAccepted())
        return false; // it costs nothing already: nothing to project
    const QString key = keyOf(m_findings.at(index.row()));
    const bool checked = Qt::CheckState(value.toInt()) == Qt::Checked;
    if (checked == m_checked.contains(key))
        return true;
    if (checked)
        m_checked.insert(key);
    else
        m_checked.remove(key);
    emit dataChanged(index, index, { Qt::CheckStateRole });
    emit checkedKeysChanged(m_checked);
    return true;
}

Qt::ItemFlags FindingsModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (m_checkable && index.isValid() && index.column() == SeverityColumn && !m_findings.at(index.row()).isAccepted())
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case SeverityColumn:
        return tr("Severity");
    case RuleColumn:
        return tr("Rule");
    case DatastoreColumn:
        return tr("Datastore");
    case TitleColumn:
        return tr("Finding");
    case ColumnCount:
        break;
    }
    return {};
}

void FindingsModel::setFindings(const QList<Audit::Finding> &findings)
{
    beginResetModel();
    m_findings = findings;
    QSet<QString> still;
    for (const Audit::Finding &finding : m_findings) {
        if (m_checked.contains(keyOf(finding)) && !finding.isAccepted())
            still.insert(keyOf(finding));
    }
    const bool changed = still != m_checked;
    m_checked = still;
    endResetModel();
    if (changed)
        emit checkedKeysChanged(m_checked);
}

void FindingsModel::setCheckable(bool checkable)
{
    if (checkable == m_checkable)
        return;
    beginResetModel();
    m_checkable = checkable;
    endResetModel();
}

void FindingsModel::setCheckedKeys(const QSet<QString> &keys)
{
    if (keys == m_checked)
        return;
    m_checked = keys;
    if (!m_findings.isEmpty())
        emit dataChanged(index(0, SeverityColumn), index(int(m_findings.size()) - 1, SeverityColumn),
                         { Qt::CheckStateRole });
    emit checkedKeysChanged(m_checked);
}

int FindingsModel::checkRule(const QString &ruleId)
{
    QSet<QString> keys = m_checked;
    for (const Audit::Finding &finding : std::as_const(m_findings)) {
        if (finding.ruleId == ruleId && !finding.isAccepted()) // an accepted one costs nothing already
            keys.insert(keyOf(finding));
    }
    setCheckedKeys(keys);
    return int(m_checked.size());
}

int FindingsModel::checkDatastore(const QString &datastore)
{
    QSet<QString> keys = m_checked;
    for (const Audit::Finding &finding : std::as_const(m_findings)) {
        if (finding.datastore == datastore && !finding.isAccepted())
            keys.insert(keyOf(finding));
    }
    setCheckedKeys(keys);
    return int(m_checked.size());
}
