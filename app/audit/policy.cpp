// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/policy.h"

#include "audit/ruleset.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <fnmatch.h>

namespace Audit {

bool AcceptedRisk::matches(const QString &ruleId, const QString &subject) const
{
    if (ruleId != rule)
        return false;
    // No FNM_PATHNAME: "*" also matches the "/" of a fleet scope ("namespace/bakery-ia").
    return ::fnmatch(datastore.toUtf8().constData(), subject.toUtf8().constData(), 0) == 0;
}

QString Acceptance::describe() const
{
    const QString day = expires.toString(Qt::ISODate);
    if (expired)
        return QCoreApplication::translate("Audit", "Acceptance expired on %1 (approved by %2: %3)")
            .arg(day, approvedBy, justification);
    return QCoreApplication::translate("Audit", "Accepted until %1 by %2: %3").arg(day, approvedBy, justification);
}

QJsonObject Acceptance::toJson() const
{
    return {
        { QStringLiteral("justification"), justification },
        { QStringLiteral("approvedBy"), approvedBy },
        { QStringLiteral("expires"), expires.toString(Qt::ISODate) },
        { QStringLiteral("expired"), expired },
        { QStringLiteral("datastore"), pattern },
        { QStringLiteral("line"), line },
    };
}

QString Policy::sourceName() const
{
    return isBuiltIn() ? QStringLiteral("built-in") : path;
}

QJsonObject Policy::toJson(const QList<Assessment> &assessments, const QDate &today) const
{
    QJsonArray risks;
    for (const AcceptedRisk &risk : acceptedRisks) {
        int matched = 0;
        for (const Assessment &a : assessments) {
            if (a.outcome.status == Outcome::Status::Fail && risk.matches(a.ruleId, a.datastore))
                ++matched;
        }
        risks.append(QJsonObject {
            { QStringLiteral("rule"), risk.rule },
            { QStringLiteral("datastore"), risk.datastore },
            { QStringLiteral("justification"), risk.justification },
            { QStringLiteral("approvedBy"), risk.approvedBy },
            { QStringLiteral("expires"), risk.expires.toString(Qt::ISODate) },
            { QStringLiteral("expired"), risk.expiredOn(today) },
            { QStringLiteral("line"), risk.line },
            { QStringLiteral("matched"), matched },
        });
    }
    return {
        { QStringLiteral("source"), sourceName() },
        { QStringLiteral("sha256"), isBuiltIn() ? QJsonValue(QJsonValue::Null) : QJsonValue(sha256) },
        { QStringLiteral("foundBy"), isBuiltIn() ? QStringLiteral("built-in") : foundBy },
        { QStringLiteral("observationTtlSeconds"), qint64(observationTtl.count()) },
        { QStringLiteral("acceptedRisks"), risks },
    };
}

void applyAcceptances(QList<Assessment> &assessments, const Policy &policy, const QDate &today)
{
    for (Assessment &a : assessments) {
        a.acceptance.reset();
        if (a.outcome.status != Outcome::Status::Fail)
            continue;
        const AcceptedRisk *chosen = nullptr;
        for (const AcceptedRisk &risk : policy.acceptedRisks) {
            if (!risk.matches(a.ruleId, a.datastore))
                continue;
            if (!chosen || (chosen->expiredOn(today) && !risk.expiredOn(today)))
                chosen = &risk;
        }
        if (chosen)
            a.acceptance = Acceptance { chosen->justification,    chosen->approvedBy, chosen->expires,
                                        chosen->expiredOn(today), chosen->datastore,  chosen->line };
    }
}

} // namespace Audit
