// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/ruleset.h"

#include "audit/rules/rules.h"
#include "core/logging.h"

#include <QCoreApplication>

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
    auto assessment = [](const Rule &rule, const QString &subject, std::optional<Kind> kind, Outcome outcome,
                         const QDateTime &observedAt, const QString &notReached) {
        Assessment a;
        a.ruleId = rule.id;
        a.severity = rule.severity;
        a.datastore = subject;
        a.kind = kind;
        a.basis = outcome.basis.value_or(rule.basis());
        a.outcome = std::move(outcome);
        a.observedAt = observedAt;
        a.notReached = notReached;
        return a;
    };
    for (const Evidence &e : datastores) {
        for (const Rule &rule : rules) {
            if (!rule.appliesTo(e.kind))
                continue;
            // No verdict without evidence: a datastore that never answered cannot pass (or fail) a live check.
            Outcome outcome = !e.reached() && rule.readsLiveFacts()
                ? Outcome::notAssessed(QCoreApplication::translate("Audit", "Not reached: %1").arg(e.notReached))
                : rule.evaluate(e, fleet);
            out.append(assessment(rule, e.name, e.kind, std::move(outcome), e.observedAt, e.notReached));
        }
    }
    const Evidence none;
    for (const Rule &rule : rules) {
        if (rule.scope != Scope::Fleet)
            continue;
        out.append(assessment(rule, fleet.scope, std::nullopt, rule.evaluate(none, fleet), fleet.observedAt, {}));
    }
    qCDebug(lcAudit) << "evaluated" << out.size() << "checks over" << datastores.size() << "datastores";
    return out;
}

} // namespace Audit
