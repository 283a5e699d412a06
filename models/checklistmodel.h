// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/checklist.h"
#include "audit/snapshotevidence.h"
#include "fleet/snapshot.h"

#include <QAbstractItemModel>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QStringList>

#include <memory>

using ChecklistItem = Audit::ChecklistItem;
using LogScan = Audit::LogScan;

/**
 * The checklist as a two-level tree: the items (pods running and healthy, PVCs Bound, TLS certificates mounted with
 * 0600 keys, PostgreSQL and Redis accept TLS, pgcrypto, no TLS errors in the logs, audit logging, 32+ character
 * passwords, recent backups), each with its datastores below. Columns: check, status, failing datastores, evidence.
 */
class ChecklistModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChecklistModel)

public:
    enum Column { CheckColumn, StatusColumn, FailingColumn, EvidenceColumn, ColumnCount };
    enum Role {
        StatusRole = Qt::UserRole + 1, ///< ChecklistItem::Status as int
        ItemIdRole,
        DatastoreRole, ///< child rows: the datastore
    };

    explicit ChecklistModel(QObject *parent = nullptr);
    ~ChecklistModel() override;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /** Recomputes the items from @p snapshot and its @p audit (null audit: every item not assessed). */
    void setSnapshot(const Fleet::Snapshot &snapshot, const std::shared_ptr<const Audit::Audit> &audit);
    /** Log evidence for the "no TLS errors" item, from the datastore's log pane. */
    void setLogScan(const QString &datastore, const LogScan &scan);

    const QList<ChecklistItem> &items() const { return m_items; }
    const ChecklistItem *item(const QString &id) const;

    /** Audit::computeChecklist: the engine computes the checklist; this model only shows it. */
    static QList<ChecklistItem> compute(const Fleet::Snapshot &snapshot, const Audit::Audit *audit,
                                        const QHash<QString, LogScan> &logs = {})
    {
        return Audit::computeChecklist(snapshot, audit, logs);
    }
    static QString statusText(ChecklistItem::Status status);

private:
    void recompute();

    Fleet::Snapshot m_snapshot;
    std::shared_ptr<const Audit::Audit> m_audit;
    QHash<QString, LogScan> m_logs;
    QList<ChecklistItem> m_items;
};
