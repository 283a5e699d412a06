// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/evidence.h"
#include "audit/policy.h"
#include "audit/rule.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Audit {

/** One rule's outcome on one datastore (or, for fleet rules, on the fleet scope). */
struct Assessment
{
    QString ruleId;
    Severity severity = Severity::Info;
    QString datastore; ///< the datastore's name, or FleetEvidence::scope for fleet rules
    std::optional<Kind> kind; ///< empty for fleet rules
    Outcome outcome;
    QDateTime observedAt;
    Basis basis = Basis::Read; ///< the outcome's basis, or the rule's when the outcome names none
    /// Not empty: the datastore was not reached (Evidence::notReached); the grade leaves it out, saying why.
    QString notReached;
    /// A failed check an accepted risk of the policy covers (Audit::applyAcceptances): active, it costs no points and
    /// fails no gate; expired, it is a finding again that says so.
    std::optional<Acceptance> acceptance;

    /** The check failed and an acceptance that has not expired covers it. */
    bool isAccepted() const { return outcome.status == Outcome::Status::Fail && acceptance && !acceptance->expired; }

    /** "ruleId@datastore": the key what-if projections and suppressions use. */
    QString key() const { return ruleId + u'@' + datastore; }
};

/** The catalogue of rules. */
class RuleSet final
{
public:
    /** Every rule of every family, in a stable order (family, then id). */
    static const QList<Rule> &all();
    static const Rule *find(const QString &id);
    static QStringList ids();
};

/**
 * Runs @p rules over every datastore (rules whose kinds do not include the datastore's are excluded, not
 * recorded) and the fleet rules once. On a datastore that was not reached, the rules that read live facts are
 * not assessed with that reason, whatever the evidence holds. Pure apart from the clock that expiry rules read.
 */
QList<Assessment> evaluate(const QList<Evidence> &datastores, const FleetEvidence &fleet,
                           const QList<Rule> &rules = RuleSet::all());

} // namespace Audit
