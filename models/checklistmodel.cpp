// SPDX-License-Identifier: GPL-3.0-or-later
#include "checklistmodel.h"

#include "statusicons.h"

#include <QBrush>
#include <QFont>
#include <QLocale>

#include <functional>

namespace {

using Status = ChecklistItem::Status;
using Result = ChecklistItem::Result;

constexpr quintptr kTopLevel = 0;

std::optional<StatusIcons::Status> iconStatus(Status status)
{
    switch (status) {
    case Status::Pass:
        return StatusIcons::Status::Good;
    case Status::Fail:
        return StatusIcons::Status::Bad;
    case Status::Partial:
        return StatusIcons::Status::Warning;
    case Status::NotAssessed:
        return StatusIcons::Status::Unknown;
    case Status::NotApplicable:
        break;
    }
    return std::nullopt;
}

} // namespace

ChecklistModel::ChecklistModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

ChecklistModel::~ChecklistModel() = default;

void ChecklistModel::setSnapshot(const Fleet::Snapshot &snapshot, const std::shared_ptr<const Audit::Audit> &audit)
{
    m_snapshot = snapshot;
    m_audit = audit;
    recompute();
}

void ChecklistModel::setLogScan(const QString &datastore, const LogScan &scan)
{
    m_logs.insert(datastore, scan);
    recompute();
}

void ChecklistModel::recompute()
{
    beginResetModel();
    m_items = compute(m_snapshot, m_audit.get(), m_logs);
    endResetModel();
}

const ChecklistItem *ChecklistModel::item(const QString &id) const
{
    for (const ChecklistItem &it : m_items) {
        if (it.id == id)
            return &it;
    }
    return nullptr;
}

QString ChecklistModel::statusText(ChecklistItem::Status status)
{
    switch (status) {
    case Status::Pass:
        return tr("pass");
    case Status::Fail:
        return tr("fail");
    case Status::Partial:
        return tr("partial");
    case Status::NotAssessed:
        return tr("not assessed");
    case Status::NotApplicable:
        break;
    }
    return tr("n/a");
}

QModelIndex ChecklistModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kTopLevel);
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex ChecklistModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kTopLevel)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kTopLevel);
}

int ChecklistModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_items.size());
    if (parent.column() != 0 || parent.internalId() != kTopLevel)
        return 0;
    return int(m_items.at(parent.row()).results.size());
}

int ChecklistModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant ChecklistModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const bool top = index.internalId() == kTopLevel;
    const ChecklistItem &it = m_items.at(top ? index.row() : int(index.internalId() - 1));
    const Result *result = top ? nullptr : &it.results.at(index.row());
    const Status status = result ? result->status : it.status;

    switch (role) {
    case StatusRole:
        return int(status);
    case ItemIdRole:
        return it.id;
    case DatastoreRole:
        return result ? result->datastore : QString();
    default:
        break;
    }

    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (Column(index.column())) {
        case CheckColumn:
            return result ? result->datastore : it.title;
        case StatusColumn:
            return statusText(status);
        case FailingColumn:
            if (result)
                return QString();
            return it.failing().join(QStringLiteral(", "));
        case EvidenceColumn: {
            if (result)
                return result->evidence.join(role == Qt::ToolTipRole ? QStringLiteral("\n") : QStringLiteral("; "));
            int passed = 0;
            int notAssessed = 0;
            for (const Result &r : it.results) {
                passed += r.status == Status::Pass ? 1 : 0;
                notAssessed += r.status == Status::NotAssessed ? 1 : 0;
            }
            if (it.results.isEmpty())
                return tr("No datastore concerned");
            QString text = tr("%1 of %n datastore(s) pass", nullptr, int(it.results.size())).arg(passed);
            if (notAssessed > 0)
                text += tr(", %n not assessed", nullptr, notAssessed);
            return text;
        }
        case ColumnCount:
            break;
        }
        return {};
    }
    if (role == Qt::DecorationRole && index.column() == StatusColumn) {
        if (const auto icon = iconStatus(status))
            return StatusIcons::statusIcon(*icon);
        return {};
    }
    if (role == Qt::ForegroundRole && (index.column() == StatusColumn || index.column() == FailingColumn)
        && status == Status::Fail)
        return QBrush(StatusIcons::statusColor(StatusIcons::Status::Bad));
    if (role == Qt::FontRole && top && index.column() == CheckColumn) {
        QFont font;
        font.setBold(true);
        return font;
    }
    return {};
}

QVariant ChecklistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case CheckColumn:
        return tr("Check");
    case StatusColumn:
        return tr("Status");
    case FailingColumn:
        return tr("Failing");
    case EvidenceColumn:
        return tr("Evidence");
    case ColumnCount:
        break;
    }
    return {};
}
