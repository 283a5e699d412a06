// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/compliancematrix.h"
#include "audit/evidence.h"
#include "audit/finding.h"
#include "audit/grader.h"
#include "audit/policy.h"
#include "fleet/snapshot.h"

#include <QJsonObject>
#include <QList>

namespace Audit {

/** The audit's view of one observed datastore: facts copied over, unknown stays unknown (with its reason). */
Evidence evidenceFrom(const Fleet::DatastoreReport &report);

/** Fleet-wide facts of a snapshot (the kubeconfig's insecure-skip-tls-verify, read from its notes). */
FleetEvidence fleetEvidenceFrom(const Fleet::Snapshot &snapshot, bool kubeconfigInsecure = false);

/** Everything the audit says about a snapshot: assessments, findings, grade and compliance matrix. */
struct Audit
{
    QList<Assessment> assessments;
    QList<Finding> findings;
    GradeReport grade;
    ComplianceMatrix compliance;
    QString complianceError; ///< the catalogue could not be read: the matrix is empty and this says why
    Policy policy; ///< what graded it: the profile, the accepted risks, the file (or built-in) and its SHA-256

    /**
     * The snapshot JSON with the audit added: per datastore "checks" (every rule's outcome with its reason, basis
     * and evidence), "findings" and "grade"; at the top "fleetChecks", "grade" (letter, score, counts, deductions;
     * a null letter with a reason when nothing was graded), "compliance" and "policy" (the file that graded it and its
     * SHA-256, or "built-in"; its accepted risks).
     */
    QJsonObject toJson(const Fleet::Snapshot &snapshot) const;
};

/**
 * {"rule","outcome":"pass|fail|not-assessed|not-applicable","reason","basis","evidence"}, and "acceptance" when an
 * accepted risk of the policy covers the failure (its "expired" says whether it still counts).
 */
QJsonObject checkJson(const Assessment &assessment);

/**
 * Runs every rule over @p snapshot with @p policy's profile, marks the failures its accepted risks cover (expiry
 * judged on the clock's day, UTC) and grades it; the compliance catalogue comes from @p complianceDir.
 */
Audit auditSnapshot(const Fleet::Snapshot &snapshot, const QString &complianceDir, bool kubeconfigInsecure = false,
                    const Policy &policy = Policy::builtIn());

} // namespace Audit
