// SPDX-License-Identifier: GPL-3.0-or-later
#include "fleetmodel.h"

#include <QBrush>
#include <QColor>

FleetModel::FleetModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int FleetModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FleetModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FleetModel::kindName(FleetRow::Kind kind)
{
    switch (kind) {
    case FleetRow::Kind::PostgreSQL:
        return QStringLiteral("PostgreSQL");
    case FleetRow::Kind::Redis:
        return QStringLiteral("Redis");
    case FleetRow::Kind::RabbitMQ:
        return QStringLiteral("RabbitMQ");
    }
    return {};
}

QVariant FleetModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FleetRow &row = m_rows.at(index.row());

    if (role == StatusRole)
        return int(row.status);

    if (role == Qt::DisplayRole || role == SortRole) {
        switch (Column(index.column())) {
        case KindColumn:
            return kindName(row.kind);
        case NameColumn:
            return row.name;
        case PodColumn:
            return row.podState;
        case TlsColumn:
            return row.tls;
        case CertificateColumn:
            if (!row.certificateKnown)
                return role == SortRole ? QVariant(INT_MAX) : QVariant(tr("unknown"));
            if (role == SortRole)
                return row.certificateDaysLeft;
            return row.certificateDaysLeft < 0 ? tr("expired %n day(s) ago", nullptr, -row.certificateDaysLeft)
                                               : tr("%n day(s)", nullptr, row.certificateDaysLeft);
        case PvcColumn:
            return row.pvc;
        case AuthenticationColumn:
            return row.authentication;
        case AuditColumn:
            return row.auditLogging;
        case PersistenceColumn:
            return row.persistence;
        case FindingsColumn:
            return row.findings;
        case GradeColumn:
            return row.grade;
        case ColumnCount:
            break;
        }
        return {};
    }
    if (role == Qt::ToolTipRole && !row.error.isEmpty())
        return row.error;
    if (role == Qt::ForegroundRole && index.column() == NameColumn && !row.error.isEmpty())
        return QBrush(QColor(0xb0, 0x1c, 0x1c));
    if (role == Qt::TextAlignmentRole && (index.column() == FindingsColumn || index.column() == GradeColumn))
        return int(Qt::AlignCenter);
    return {};
}

QVariant FleetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case KindColumn:
        return tr("Kind");
    case NameColumn:
        return tr("Name");
    case PodColumn:
        return tr("Pod");
    case TlsColumn:
        return tr("TLS");
    case CertificateColumn:
        return tr("Certificate");
    case PvcColumn:
        return tr("PVC");
    case AuthenticationColumn:
        return tr("Authentication");
    case AuditColumn:
        return tr("Audit logging");
    case PersistenceColumn:
        return tr("Persistence");
    case FindingsColumn:
        return tr("Findings");
    case GradeColumn:
        return tr("Grade");
    case ColumnCount:
        break;
    }
    return {};
}

void FleetModel::setRows(const QList<FleetRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

void FleetModel::upsertRow(const FleetRow &row)
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).name == row.name) {
            m_rows[i] = row;
            emit dataChanged(index(int(i), 0), index(int(i), ColumnCount - 1));
            return;
        }
    }
    const int at = int(m_rows.size());
    beginInsertRows({}, at, at);
    m_rows.append(row);
    endInsertRows();
}

void FleetModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    endResetModel();
}
