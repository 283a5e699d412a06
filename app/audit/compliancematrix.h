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
 * One control × one datastore, from the outcomes there of the control's rules (docs/grading.md §8):
 *   NotApplicable the control's kinds exclude this datastore, or this is the fleet scope and no fleet rule is
 *                 mapped
 *   NotAssessed   no mapped rule could be assessed here (unknown facts, or every one stood aside as not
 *                 applicable: TLS off, a profile choice), no mapped rule observes this kind of datastore, or the
 *                 control names no rule yet (its notAssessedReason)
 *   Fail          some mapped rule failed at critical or high severity
 *   Partial       only medium/low/info rules failed, or some mapped rule was not assessed, or every rule
 *                 passed but the control is capped at partial (capability or settings only)
 *   Pass          every mapped rule that applies was assessed here and passed, and the control is not capped
 * missing names what a pass would still need: each not-assessed rule with its reason, the cap's reason, or why
 * no rule observes the control here.
 */
struct ComplianceCell
{
    enum class Status { Pass, Fail, Partial, NotAssessed, NotApplicable };

    QString framework; ///< framework id
    QString control; ///< control id
    QString datastore;
    Status status = Status::NotApplicable;
    QStringList evidence; ///< "TLS-001 pass: TLS is on", … (one line per mapped rule, starting with its id)
    QStringList missing; ///< "capability present; no encrypted columns observed", "OPS-003: Unknown: …"
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
    QString evidenceRequired; ///< what an auditor would accept as proof (from the catalogue)
    QString maxStatusReason; ///< set when the control is capped at partial
    QStringList maxStatusKinds; ///< the kinds the cap applies to ("Redis", …); empty: every kind
    ComplianceCell::Status status = ComplianceCell::Status::NotApplicable; ///< see summarize()
    QList<ComplianceCell> cells; ///< one per datastore, in datastore order
};

class ComplianceMatrix final
{
public:
    static ComplianceMatrix build(const ComplianceCatalog &catalog, const QList<Assessment> &assessments);

    /**
     * The control's status from its cells, not-applicable cells left out: NotApplicable if no cell is left;
     * Fail if any cell fails; Pass only if every cell left passes; NotAssessed if every cell left is not
     * assessed; otherwise Partial. So a control passes only when every datastore in its scope passes.
     */
    static ComplianceCell::Status summarize(const QList<ComplianceCell> &cells);

    const QList<ComplianceRow> &rows() const { return m_rows; }
    const ComplianceRow *row(const QString &framework, const QString &control) const;
    const ComplianceCell *cell(const QString &framework, const QString &control, const QString &datastore) const;

    /**
     * [{"framework","frameworkId","version","control","title","evidenceRequired","maxStatus","maxStatusReason"?,
     *   "maxStatusKinds"?,"status","datastores":{name: {"status","observedAt","missing"?:[…]}},"evidence":[…]}]
     */
    QJsonArray toJson() const;

private:
    QList<ComplianceRow> m_rows;
};

} // namespace Audit
