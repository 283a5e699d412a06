// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/finding.h"

#include <algorithm>

namespace Audit {

QJsonObject Finding::toJson() const
{
    QJsonObject json {
        { QStringLiteral("id"), ruleId },
        { QStringLiteral("severity"), severityName(severity) },
        { QStringLiteral("title"), title },
        { QStringLiteral("datastore"), datastore },
        { QStringLiteral("evidence"), QJsonArray::fromStringList(evidence) },
        { QStringLiteral("remediation"), remediation },
        { QStringLiteral("references"), QJsonArray::fromStringList(references) },
        { QStringLiteral("observedAt"), observedAt.isValid() ? observedAt.toUTC().toString(Qt::ISODate) : QString() },
        { QStringLiteral("basis"), basisName(basis) },
        { QStringLiteral("status"), isAccepted() ? QStringLiteral("accepted") : QStringLiteral("open") },
    };
    if (acceptance)
        json.insert(QStringLiteral("acceptance"), acceptance->toJson());
    return json;
}

QList<Finding> Finding::fromAssessments(const QList<Assessment> &assessments, const QList<Rule> &rules)
{
    QList<Finding> findings;
    for (const Assessment &a : assessments) {
        if (a.outcome.status != Outcome::Status::Fail)
            continue;
        const auto rule = std::find_if(rules.cbegin(), rules.cend(), [&](const Rule &r) { return r.id == a.ruleId; });
        Finding f;
        f.ruleId = a.ruleId;
        f.severity = a.severity;
        f.datastore = a.datastore;
        f.evidence = a.outcome.evidence;
        f.observedAt = a.observedAt;
        f.basis = a.basis;
        f.acceptance = a.acceptance;
        if (rule != rules.cend()) {
            f.title = rule->title();
            f.remediation = rule->remediation(a.kind);
            f.references = rule->references;
        }
        findings << f;
    }
    std::stable_sort(findings.begin(), findings.end(), [](const Finding &l, const Finding &r) {
        if (l.severity != r.severity)
            return l.severity < r.severity;
        if (l.datastore != r.datastore)
            return l.datastore < r.datastore;
        return l.ruleId < r.ruleId;
    });
    return findings;
}

QJsonArray Finding::toJson(const QList<Finding> &findings)
{
    QJsonArray array;
    for (const Finding &f : findings)
        array.append(f.toJson());
    return array;
}

} // namespace Audit
