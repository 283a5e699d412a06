// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/rule.h"
#include "audit/ruleset.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Audit {

/** A failed rule on one datastore, ready for people: what, where, the evidence and the exact fix. */
struct Finding
{
    QString ruleId;
    Severity severity = Severity::Info;
    QString title;
    QString datastore;
    QStringList evidence;
    QString remediation;
    QStringList references;
    QDateTime observedAt;
    Basis basis = Basis::Read; ///< where the failing facts came from
    /// An accepted risk of the policy covers it: active (shown as accepted, costs no points, fails no gate) or expired
    /// (open again, saying so).
    std::optional<Acceptance> acceptance;

    /** Covered by an acceptance that has not expired. */
    bool isAccepted() const { return acceptance && !acceptance->expired; }

    /**
     * {"id","severity","title","datastore","evidence","remediation","references","observedAt","basis","status"}, status
     * "open" or "accepted", and "acceptance" {justification, approvedBy, expires, expired, …} when one covers it.
     */
    QJsonObject toJson() const;

    /** The failing assessments as findings, most severe first (then datastore, then rule id). */
    static QList<Finding> fromAssessments(const QList<Assessment> &assessments,
                                          const QList<Rule> &rules = RuleSet::all());
    static QJsonArray toJson(const QList<Finding> &findings);
};

} // namespace Audit
