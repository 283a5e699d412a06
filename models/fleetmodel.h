// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QList>

/** One row of the fleet table: what the console shows of one datastore. */
struct FleetRow
{
    enum class Kind { PostgreSQL, Redis, RabbitMQ };
    enum class Status { Unknown, Good, Warning, Bad };

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
    int findings = 0;
    QString grade;
    Status status = Status::Unknown;
    QString error; ///< per-row error shown inline (probe failed, tunnel lost…)
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
    enum Role { SortRole = Qt::UserRole + 1, StatusRole };

    explicit FleetModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const QList<FleetRow> &rows() const { return m_rows; }
    void setRows(const QList<FleetRow> &rows);
    /** Inserts or replaces the row with the same name (a probe that landed). */
    void upsertRow(const FleetRow &row);
    void clear();

    static QString kindName(FleetRow::Kind kind);

private:
    QList<FleetRow> m_rows;
};
