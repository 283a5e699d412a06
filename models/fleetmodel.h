// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/finding.h"
#include "audit/grader.h"
#include "fleet/datastore.h"
#include "fleet/snapshot.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>
#include <QList>

#include <memory>
#include <optional>

namespace Session {
class FleetSession;
}

/** One row of the fleet table: what the console shows of one datastore. */
struct FleetRow
{
    using Kind = Fleet::Kind; ///< the fleet's one Kind enum
    /** Good/Warning/Bad/Unknown are drawn with distinct shapes; Pending is "being probed". */
    enum class Status { Unknown, Good, Warning, Bad, Pending };

    Kind kind = Kind::PostgreSQL;
    QString name;
    QString podState;
    QString tls;
    int certificateDaysLeft = 0;
    bool certificateKnown = false;
    QString pvc;
    QString authentication;
    QString auditLogging;
    QString persistence;
    int findings = 0; ///< open findings: those an active acceptance of the policy covers are not counted
    int acceptedFindings = 0; ///< findings an accepted risk covers (not expired): shown, costing nothing
    QString grade;
    Status status = Status::Unknown;
    QString error; ///< per-row error shown inline (probe failed, tunnel lost…)

    bool scanning = false; ///< found by discovery, probe not landed yet
    QHash<int, Status> cellStatus; ///< FleetModel::Column → status of that cell
    QHash<int, QString> cellToolTip; ///< FleetModel::Column → the details behind the cell
    QHash<int, Status> factStatus; ///< the cells' status from the facts alone (before the rules' verdicts)
    QHash<int, QString> factToolTip; ///< the cells' tooltips from the facts alone
    /// The datastore is down now: the fact cells show the last facts observed, greyed, as of this time.
    std::optional<QDateTime> staleSince;
    std::optional<double> gradeScore;
    std::optional<Audit::Severity> worstSeverity; ///< of the open findings (info included)
    std::shared_ptr<const Fleet::DatastoreReport> report; ///< the facts, once the probe landed
    QList<Audit::Finding> findingList;
    std::optional<Audit::Grade> gradeDetail;

    /** A row for a datastore discovery found (its probe still to come). */
    static FleetRow fromDatastore(const Fleet::Datastore &store);
    /** A row with the facts a probe observed (no audit yet). */
    static FleetRow fromReport(const Fleet::DatastoreReport &report);
    /** Adds the audit's verdict on this datastore: its grade, findings, and each fact cell's rules. */
    void applyAudit(const Audit::Grade *grade, const QList<Audit::Finding> &findings);
    /** This row is down: keep @p before's facts in the fact cells, greyed and dated (before.report->observedAt). */
    void keepStaleFacts(const FleetRow &before);
    bool isStale(int column) const;
};

/** The fleet table: one row per datastore, updated row by row as probes land. */
class FleetModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FleetModel)

public:
    enum Column {
        KindColumn,
        NameColumn,
        PodColumn,
        TlsColumn,
        CertificateColumn,
        PvcColumn,
        AuthenticationColumn,
        AuditColumn,
        PersistenceColumn,
        FindingsColumn,
        GradeColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1,
        StatusRole, ///< FleetRow::Status of the cell (of the row for the name column)
        KindRole, ///< FleetRow::Kind as int
        WorstSeverityRole, ///< Audit::Severity as int, or -1 without findings
        NameRole, ///< the datastore name whatever the column
        ErrorRole, ///< the row's error text
        AcceptedCountRole, ///< findings covered by an accepted risk of the policy (not expired)
    };

    explicit FleetModel(QObject *parent = nullptr);

    /**
     * Follows @p session: a row per datastore discovery found (kept, marked scanning, on a rescan), filled as each
     * probe and audit lands, marked "not probed" when a scan is cancelled, added and removed as workloads come and go
     * in the live view. The session's disconnectFromCluster() is followed by the caller's clear().
     */
    void setSession(const Session::FleetSession *session);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const QList<FleetRow> &rows() const { return m_rows; }
    void setRows(const QList<FleetRow> &rows);
    /** Inserts or replaces the row with the same name (a probe that landed). */
    void upsertRow(const FleetRow &row);
    /** A probe landed: fills (or adds) its row, keeping the audit it already had until a new one comes. */
    void upsertReport(const Fleet::DatastoreReport &report);
    /** Applies an audit to the row named @p name (grade and findings). */
    void applyAudit(const QString &name, const Audit::Grade *grade, const QList<Audit::Finding> &findings);
    /** Applies a whole audit: every row gets its grade and findings. */
    void applyAudit(const Audit::GradeReport &grades, const QList<Audit::Finding> &findings);
    void clear();

    int rowOf(const QString &name) const;
    const FleetRow *row(const QString &name) const;

    static QString kindName(FleetRow::Kind kind);
    static QString severityText(Audit::Severity severity);

private:
    void replaceAt(int at, const FleetRow &row);
    void keepOnly(const QSet<QString> &names);
    void onInventoryLoaded(const QList<Fleet::Datastore> &datastores);
    void onScanStarted(const QList<std::pair<QString, Fleet::Kind>> &datastores);
    void onScanCancelled();

    QList<FleetRow> m_rows;
};
