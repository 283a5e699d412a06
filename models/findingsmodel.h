// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/finding.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSet>

/**
 * Findings as a table: severity, rule, datastore, title. Optionally checkable, for the what-if
 * projection: the checked findings are those the user imagines fixed (keys "ruleId@datastore",
 * what Audit::Grader::whatIf takes). A finding an accepted risk covers is shown as accepted (a stamp, a tint, the
 * justification in the tooltip) and cannot be ticked: it costs nothing already.
 */
class FindingsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindingsModel)

public:
    enum Column { SeverityColumn, RuleColumn, DatastoreColumn, TitleColumn, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1,
        SeverityRole, ///< Audit::Severity as int
        RemediationRole,
        KeyRole, ///< "ruleId@datastore"
        AcceptedRole, ///< bool: an accepted risk of the policy covers it (not expired): shown, costs nothing
    };

    explicit FindingsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setFindings(const QList<Audit::Finding> &findings);
    const QList<Audit::Finding> &findings() const { return m_findings; }
    const Audit::Finding *finding(int row) const;

    void setCheckable(bool checkable);
    bool isCheckable() const { return m_checkable; }
    QSet<QString> checkedKeys() const { return m_checked; }
    void setCheckedKeys(const QSet<QString> &keys);
    /** Ticks every open finding of rule @p ruleId ("fix TLS-005 everywhere"); how many are ticked now. */
    int checkRule(const QString &ruleId);
    /** Ticks every open finding of @p datastore ("fix everything on auth-db"); how many are ticked now. */
    int checkDatastore(const QString &datastore);

    static QString keyOf(const Audit::Finding &finding);

signals:
    void checkedKeysChanged(const QSet<QString> &keys);

private:
    QList<Audit::Finding> m_findings;
    QSet<QString> m_checked;
    bool m_checkable = false;
};
