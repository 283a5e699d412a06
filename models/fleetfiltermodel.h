// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/rule.h"
#include "fleetmodel.h"

#include <QSortFilterProxyModel>

#include <optional>

/**
 * The fleet table as the user narrows it: by text (any column, and the open findings' rule ids, severities and
 * titles: "TLS-005", "high", "verify"), by kind and by worst open finding. Sorting breaks ties by name, so rows with
 * the same grade or state keep one order from scan to scan.
 */
class FleetFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FleetFilterModel)

public:
    explicit FleetFilterModel(QObject *parent = nullptr);

    void setText(const QString &text);
    QString text() const { return m_text; }
    /** Only rows of this kind; nullopt: every kind. */
    void setKind(std::optional<FleetRow::Kind> kind);
    /** Only rows with an open finding at least this severe; nullopt: every row. */
    void setMinimumSeverity(std::optional<Audit::Severity> severity);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_text;
    std::optional<FleetRow::Kind> m_kind;
    std::optional<Audit::Severity> m_severity;
};
