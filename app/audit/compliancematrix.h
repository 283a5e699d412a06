// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/compliancecatalog.h"
#include "audit/ruleset.h"

#include <QDateTime>
#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Audit {

/**
 * One control × one datastore, from the outcomes of the control's rules there (not-applicable ones ignored):
 *   Fail        some rule failed at critical or high severity
 *   Partial     only medium/low/info rules failed, or every assessed rule passed but some were not assessed
 *   Pass        every applicable rule was assessed and passed
 *   NotAssessed no applicable rule could be assessed
 *   NotApplicable no rule of the control applies to this datastore's kind
 */
struct ComplianceCell
{
    enum class Status { Pass, Fail, Partial, NotAssessed, NotApplicable };

    QString framework; ///< framework id
    QString control; ///< control id
    QString datastore;
    Status status = Status::NotApplicable;
    QStringList evidence; ///< "TLS-001 pass: TLS is on", …
    QDateTime observedAt;
};

QString cellStatusName(ComplianceCell::Status status); ///< "pass", "fail", "partial", "not-assessed", …

/** One control across the fleet: its cells and their summary. */
struct ComplianceRow
{
    QString framework; ///< framework id
    QString frameworkName; ///< "PCI DSS"
    QString version;
    QString control;
    QString title;
    ComplianceCell::Status status = ComplianceCell::Status::NotApplicable; ///< worst cell, see summarize()
    QList<ComplianceCell> cells; ///< one per datastore, in datastore order
};

class ComplianceMatrix final
{
public:
    static ComplianceMatrix build(const ComplianceCatalog &catalog, const QList<Assessment> &assessments);

    /** Fail if any cell fails; Pass if every applicable cell passes; NotAssessed if none was; else Partial. */
    static ComplianceCell::Status summarize(const QList<ComplianceCell> &cells);

    const QList<ComplianceRow> &rows() const { return m_rows; }
    const ComplianceRow *row(const QString &framework, const QString &control) const;
    const ComplianceCell *cell(const QString &framework, const QString &control, const QString &datastore) const;

    /** [{"framework","version","control","title","status","datastores":{name: status},"evidence":[…]}] */
    QJsonArray toJson() const;

private:
    QList<ComplianceRow> m_rows;
};

} // namespace Audit
