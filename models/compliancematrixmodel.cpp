// SPDX-License-Identifier: GPL-3.0-or-later
#include "compliancematrixmodel.h"

#include "audit/ruleset.h"
#include "fleetmodel.h"
#include "statusicons.h"

#include <QBrush>
#include <QFont>
#include <QLocale>

namespace {

using CellStatus = Audit::ComplianceCell::Status;

constexpr quintptr kTopLevel = 0;

std::optional<StatusIcons::Status> iconStatus(CellStatus status)
{
    switch (status) {
    case CellStatus::Pass:
        return StatusIcons::Status::Good;
    case CellStatus::Fail:
        return StatusIcons::Status::Bad;
    case CellStatus::Partial:
        return StatusIcons::Status::Warning;
    case CellStatus::NotAssessed:
        return StatusIcons::Status::Unknown;
    case CellStatus::NotApplicable:
        break;
    }
    return std::nullopt;
}

/** Worst first, for sorting: fail, partial, not assessed, pass, not applicable. */
int severityOrder(CellStatus status)
{
    switch (status) {
    case CellStatus::Fail:
        return 0;
    case CellStatus::Partial:
        return 1;
    case CellStatus::NotAssessed:
        return 2;
    case CellStatus::Pass:
        return 3;
    case CellStatus::NotApplicable:
        break;
    }
    return 4;
}

/** "TLS-001 pass: TLS is on" → "TLS-001". */
QString ruleIdOf(const QString &evidenceLine)
{
    return evidenceLine.section(u' ', 0, 0);
}

} // namespace

ComplianceMatrixModel::ComplianceMatrixModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

ComplianceMatrixModel::~ComplianceMatrixModel() = default;

void ComplianceMatrixModel::setAudit(const std::shared_ptr<const Audit::Audit> &audit)
{
    beginResetModel();
    m_audit = audit;
    m_groups.clear();
    m_datastores.clear();
    if (m_audit) {
        const QList<Audit::ComplianceRow> &rows = m_audit->compliance.rows();
        for (int i = 0; i < rows.size(); ++i) {
            const Audit::ComplianceRow &row = rows.at(i);
            if (m_groups.isEmpty() || m_groups.constLast().id != row.framework)
                m_groups.append({ row.framework, row.frameworkName, row.version, {} });
            m_groups.last().rows << i;
        }
        if (!rows.isEmpty()) {
            for (const Audit::ComplianceCell &cell : rows.constFirst().cells)
                m_datastores << cell.datastore;
        }
    }
    endResetModel();
}

int ComplianceMatrixModel::controlCount() const
{
    int count = 0;
    for (const Group &group : m_groups)
        count += int(group.rows.size());
    return count;
}

QStringList ComplianceMatrixModel::frameworkIds() const
{
    QStringList ids;
    for (const Group &group : m_groups)
        ids << group.id;
    return ids;
}

QString ComplianceMatrixModel::frameworkName(const QString &id) const
{
    for (const Group &group : m_groups) {
        if (group.id == id)
            return group.version.isEmpty() ? group.name : tr("%1 %2").arg(group.name, group.version);
    }
    return id;
}

QModelIndex ComplianceMatrixModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kTopLevel);
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex ComplianceMatrixModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kTopLevel)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kTopLevel);
}

int ComplianceMatrixModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.column() != 0 || parent.internalId() != kTopLevel)
        return 0;
    return int(m_groups.at(parent.row()).rows.size());
}

int ComplianceMatrixModel::columnCount(const QModelIndex &) const
{
    return FirstDatastoreColumn + int(m_datastores.size());
}

const ComplianceMatrixModel::Group *ComplianceMatrixModel::groupOf(const QModelIndex &index) const
{
    if (!index.isValid())
        return nullptr;
    const int group = index.internalId() == kTopLevel ? index.row() : int(index.internalId() - 1);
    return group >= 0 && group < m_groups.size() ? &m_groups.at(group) : nullptr;
}

const Audit::ComplianceRow *ComplianceMatrixModel::controlRow(const QModelIndex &index) const
{
    if (!m_audit || !index.isValid() || index.internalId() == kTopLevel)
        return nullptr;
    const Group *group = groupOf(index);
    if (!group || index.row() >= group->rows.size())
        return nullptr;
    return &m_audit->compliance.rows().at(group->rows.at(index.row()));
}

const Audit::ComplianceCell *ComplianceMatrixModel::cell(const QModelIndex &index) const
{
    const Audit::ComplianceRow *row = controlRow(index);
    const int at = index.column() - FirstDatastoreColumn;
    if (!row || at < 0 || at >= row->cells.size())
        return nullptr;
    return &row->cells.at(at);
}

QStringList ComplianceMatrixModel::ruleIds(const QModelIndex &index) const
{
    QStringList ids;
    const Audit::ComplianceRow *row = controlRow(index);
    if (!row)
        return ids;
    for (const Audit::ComplianceCell &c : row->cells) {
        for (const QString &line : c.evidence) {
            const QString id = ruleIdOf(line);
            if (!id.isEmpty() && !ids.contains(id))
                ids << id;
        }
    }
    return ids;
}

QList<ComplianceMatrixModel::RuleEvidence> ComplianceMatrixModel::ruleEvidence(const QModelIndex &index) const
{
    QList<RuleEvidence> result;
    const Audit::ComplianceRow *row = controlRow(index);
    if (!row)
        return result;
    const QStringList ids = ruleIds(index);
    QStringList datastores;
    if (const Audit::ComplianceCell *c = cell(index))
        datastores << c->datastore;
    else if (index.column() == FleetColumn)
        datastores = m_datastores;
    for (const QString &datastore : std::as_const(datastores)) {
        for (const QString &id : ids) {
            for (const Audit::Assessment &a : m_audit->assessments) {
                if (a.ruleId != id || a.datastore != datastore)
                    continue;
                RuleEvidence evidence;
                evidence.ruleId = id;
                evidence.datastore = datastore;
                const Audit::Rule *rule = Audit::RuleSet::find(id);
                evidence.title = rule ? rule->title() : QString();
                evidence.statement = outcomeStatement(evidence.title.isEmpty() ? id : evidence.title,
                                                      a.outcome.status);
                evidence.status = Audit::statusName(a.outcome.status);
                evidence.evidence = a.outcome.isAssessed() || a.outcome.reason.isEmpty()
                    ? a.outcome.evidence
                    : QStringList { a.outcome.reason };
                evidence.severity = severityStatement(FleetModel::severityText(a.severity), a.outcome.status);
                evidence.observedAt = a.observedAt;
                if (a.outcome.status == Audit::Outcome::Status::Fail) {
                    for (const Audit::Finding &f : m_audit->findings) {
                        if (f.ruleId == id && f.datastore == datastore) {
                            evidence.remediation = f.remediation;
                            break;
                        }
                    }
                }
                result << evidence;
            }
        }
    }
    return result;
}

QString ComplianceMatrixModel::statusText(int status)
{
    switch (CellStatus(status)) {
    case CellStatus::Pass:
        return tr("pass");
    case CellStatus::Fail:
        return tr("fail");
    case CellStatus::Partial:
        return tr("partial");
    case CellStatus::NotAssessed:
        return tr("not assessed");
    case CellStatus::NotApplicable:
        break;
    }
    return tr("n/a");
}

QString ComplianceMatrixModel::outcomeStatement(const QString &title, Audit::Outcome::Status status)
{
    switch (status) {
    case Audit::Outcome::Status::Fail:
        return title;
    case Audit::Outcome::Status::Pass:
        return tr("Checked for “%1”: not found").arg(title);
    case Audit::Outcome::Status::NotAssessed:
        return tr("Could not check for “%1”").arg(title);
    case Audit::Outcome::Status::NotApplicable:
        break;
    }
    return tr("Does not apply here: %1").arg(title);
}

QString ComplianceMatrixModel::severityStatement(const QString &severity, Audit::Outcome::Status status)
{
    if (status == Audit::Outcome::Status::Fail)
        return severity;
    return tr("%1 if it failed").arg(severity);
}

int ComplianceMatrixModel::cellStatus(const QModelIndex &index) const
{
    if (index.column() == ControlColumn)
        return -1;
    if (index.internalId() == kTopLevel) {
        // A framework: its controls summarised for this datastore (or for the fleet).
        const Group *group = groupOf(index);
        QList<Audit::ComplianceCell> cells;
        for (int r : group->rows) {
            const Audit::ComplianceRow &row = m_audit->compliance.rows().at(r);
            if (index.column() == FleetColumn) {
                Audit::ComplianceCell summary;
                summary.status = row.status;
                cells << summary;
            } else if (index.column() - FirstDatastoreColumn < row.cells.size()) {
                cells << row.cells.at(index.column() - FirstDatastoreColumn);
            }
        }
        return int(Audit::ComplianceMatrix::summarize(cells));
    }
    const Audit::ComplianceRow *row = controlRow(index);
    if (!row)
        return -1;
    if (index.column() == FleetColumn)
        return int(row->status);
    const Audit::ComplianceCell *c = cell(index);
    return c ? int(c->status) : -1;
}

QString ComplianceMatrixModel::cellToolTip(const QModelIndex &index) const
{
    const Audit::ComplianceRow *row = controlRow(index);
    if (!row) {
        const Group *group = groupOf(index);
        if (index.column() == ControlColumn)
            return frameworkName(group->id);
        const QString where = index.column() == FleetColumn ? tr("the fleet")
                                                            : m_datastores.value(index.column() - FirstDatastoreColumn);
        return tr("%1 on %2: %3").arg(frameworkName(group->id), where, statusText(cellStatus(index)));
    }
    const QString control = tr("%1 %2 — %3").arg(frameworkName(row->framework), row->control, row->title);
    // What an auditor would accept as proof, and why a control can at best be partial: shown with the control.
    QString proof;
    if (!row->evidenceRequired.isEmpty())
        proof += u'\n' + tr("Evidence required: %1").arg(row->evidenceRequired);
    if (!row->maxStatusReason.isEmpty())
        proof += u'\n' + tr("At best partial: %1").arg(row->maxStatusReason);
    if (index.column() == ControlColumn)
        return control + proof;
    if (index.column() == FleetColumn)
        return tr("%1\nFleet: %2").arg(control, statusText(int(row->status))) + proof;
    const Audit::ComplianceCell *c = cell(index);
    if (!c)
        return {};
    QString tip = tr("%1\n%2: %3").arg(control, c->datastore, statusText(int(c->status)));
    if (c->status == CellStatus::NotApplicable)
        return tip + u'\n' + tr("No rule of this control applies here.");
    for (const QString &line : c->evidence)
        tip += u'\n' + line;
    for (const QString &line : c->missing)
        tip += u'\n' + tr("Missing for a pass: %1").arg(line);
    if (c->observedAt.isValid())
        tip += u'\n' + tr("Observed %1").arg(QLocale().toString(c->observedAt.toLocalTime(), QLocale::ShortFormat));
    return tip;
}

QVariant ComplianceMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !m_audit)
        return {};
    const Audit::ComplianceRow *row = controlRow(index);
    const Group *group = groupOf(index);
    switch (role) {
    case FrameworkRole:
        return group ? group->id : QString();
    case ControlRole:
        return row ? row->control : QString();
    case DatastoreRole:
        return m_datastores.value(index.column() - FirstDatastoreColumn);
    case CellStatusRole: {
        const int status = cellStatus(index);
        return status < 0 ? QVariant() : QVariant(status);
    }
    case Qt::ToolTipRole:
        return cellToolTip(index);
    default:
        break;
    }

    if (index.column() == ControlColumn) {
        if (role == Qt::DisplayRole)
            return row ? tr("%1 · %2").arg(row->control, row->title) : frameworkName(group->id);
        if (role == SortRole)
            return row ? row->control : group->name;
        if (role == Qt::FontRole && !row) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    }

    const int status = cellStatus(index);
    if (status < 0)
        return {};
    const auto cellState = CellStatus(status);
    switch (role) {
    case Qt::DisplayRole:
        return statusText(status);
    case SortRole:
        return severityOrder(cellState);
    case Qt::DecorationRole:
        if (const auto icon = iconStatus(cellState))
            return StatusIcons::statusIcon(*icon);
        return {};
    case Qt::ForegroundRole:
        if (cellState == CellStatus::NotApplicable)
            return QBrush(QColor(128, 128, 128));
        if (cellState == CellStatus::Fail)
            return QBrush(StatusIcons::statusColor(StatusIcons::Status::Bad));
        return {};
    case Qt::FontRole:
        if (!row) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    default:
        break;
    }
    return {};
}

QVariant ComplianceMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return {};
    if (role == Qt::DisplayRole) {
        if (section == ControlColumn)
            return tr("Control");
        if (section == FleetColumn)
            return tr("Fleet");
        return m_datastores.value(section - FirstDatastoreColumn);
    }
    if (role == Qt::ToolTipRole && section >= FirstDatastoreColumn)
        return m_datastores.value(section - FirstDatastoreColumn);
    return {};
}
