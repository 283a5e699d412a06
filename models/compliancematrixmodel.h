// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/snapshotevidence.h"

#include <QAbstractItemModel>
#include <QList>
#include <QStringList>

#include <memory>

/**
 * The compliance matrix as a two-level tree: frameworks (PCI DSS 4.0.1, GDPR, …) at the top, their controls
 * below; columns are the control, the fleet summary and one column per datastore (the fleet scope included).
 * Each cell is pass, fail, partial, not assessed or not applicable, shown with an icon, a word and a colour.
 * A framework's cells summarise its controls for that datastore.
 */
class ComplianceMatrixModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComplianceMatrixModel)

public:
    enum Column { ControlColumn, FleetColumn, FirstDatastoreColumn };
    enum Role {
        CellStatusRole = Qt::UserRole + 1, ///< Audit::ComplianceCell::Status as int
        FrameworkRole, ///< framework id
        ControlRole, ///< control id (empty on framework rows)
        DatastoreRole, ///< the column's datastore (empty for the control and fleet columns)
        SortRole,
    };

    /** One rule behind a cell: its outcome on that datastore, the facts and, when it failed, the fix. */
    struct RuleEvidence
    {
        QString ruleId;
        QString datastore;
        QString title; ///< the rule's title, worded as the problem it looks for ("TLS is off")
        /** The outcome in words: the title for a failure, "Checked for “TLS is off”: not found" for a pass… */
        QString statement;
        QString status; ///< "pass", "fail", "not-assessed", "not-applicable"
        QStringList evidence; ///< the facts, or the reason it was not assessed
        QString severity; ///< of the rule, for people ("critical if it failed" when it did not)
        QString remediation; ///< only when it failed
        QDateTime observedAt;
    };

    explicit ComplianceMatrixModel(QObject *parent = nullptr);
    ~ComplianceMatrixModel() override;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /** Shows the matrix of @p audit (null: empty). */
    void setAudit(const std::shared_ptr<const Audit::Audit> &audit);
    std::shared_ptr<const Audit::Audit> audit() const { return m_audit; }

    QStringList datastores() const { return m_datastores; }
    /** How many controls (rows under frameworks) the matrix has. */
    int controlCount() const;
    /** The framework ids, in order. */
    QStringList frameworkIds() const;
    QString frameworkName(const QString &id) const;

    /** The control row behind @p index (a control row, any column); null on framework rows. */
    const Audit::ComplianceRow *controlRow(const QModelIndex &index) const;
    /** The cell behind @p index (a control row, a datastore column); null otherwise. */
    const Audit::ComplianceCell *cell(const QModelIndex &index) const;
    /** The rule ids that evidence the control of @p index, as the audit recorded them. */
    QStringList ruleIds(const QModelIndex &index) const;
    /** Each rule of the control at @p index on that column's datastore (every datastore for the fleet column). */
    QList<RuleEvidence> ruleEvidence(const QModelIndex &index) const;

    /** "pass", "fail", "partial", "not assessed", "n/a" — translated. */
    static QString statusText(int status);
    /**
     * A rule's outcome in words. Rule titles name the problem a rule looks for ("TLS is off"), so a title alone
     * reads like a failure: only a failure is worded as its title; a pass says the problem was not found.
     */
    static QString outcomeStatement(const QString &title, Audit::Outcome::Status status);
    /** The rule's severity for people; when it did not fail, what it would have been ("critical if it failed"). */
    static QString severityStatement(const QString &severity, Audit::Outcome::Status status);

private:
    struct Group
    {
        QString id;
        QString name;
        QString version;
        QList<int> rows; ///< indices into the matrix rows
    };

    const Group *groupOf(const QModelIndex &index) const;
    int cellStatus(const QModelIndex &index) const;
    QString cellToolTip(const QModelIndex &index) const;

    std::shared_ptr<const Audit::Audit> m_audit;
    QList<Group> m_groups;
    QStringList m_datastores;
};
