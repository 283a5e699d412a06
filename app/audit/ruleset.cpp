// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/ruleset.h"

#include "audit/rules/rules.h"
#include "core/logging.h"

namespace Audit {

const QList<Rule> &RuleSet::all()
{
    static const QList<Rule> rules = [] {
        QList<Rule> r;
        r << Rules::tlsRules() << Rules::certificateRules() << Rules::authenticationRules() << Rules::secretRules()
          << Rules::persistenceRules() << Rules::auditLoggingRules() << Rules::operationsRules()
          << Rules::kubernetesRules();
        return r;
    }();
    return rules;
}

const Rule *RuleSet::find(const QString &id)
{
    for (const Rule &rule : all()) {
        if (rule.id == id)
            return &rule;
    }
    return nullptr;
}

QStringList RuleSet::ids()
{
    QStringList ids;
    for (const Rule &rule : all())
        ids << rule.id;
    return ids;
}

QList<Assessment> evaluate(const QList<Evidence> &datastores, const FleetEvidence &fleet, const QList<Rule> &rules)
{
    QList<Assessment> out;
    for (const Evidence &e : datastores) {
        for (const Rule &rule : rules) {
            if (!rule.appliesTo(e.kind))
                continue;
            out.append({ rule.id, rule.severity, e.name, e.kind, rule.evaluate(e, fleet), e.observedAt });
        }
    }
    const Evidence none;
    for (const Rule &rule : rules) {
        if (rule.scope != Scope::Fleet)
            continue;
        out.append({ rule.id, rule.severity, fleet.scope, std::nullopt, rule.evaluate(none, fleet), fleet.observedAt });
    }
    qCDebug(lcAudit) << "evaluated" << out.size() << "checks over" << datastores.size() << "datastores";
    return out;
}

} // namespace Audit
