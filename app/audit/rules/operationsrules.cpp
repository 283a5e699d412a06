// SPDX-License-Identifier: GPL-3.0-or-later
// Operations: the pod runs, and a recent backup exists.
#include "audit/rules/rules.h"
#include "audit/rules/rulesupport.h"

namespace Audit::Rules {

using namespace Support;

namespace {

Outcome notRunning(const Evidence &e, const FleetEvidence &)
{
    if (!e.pod.phase)
        return unknown(e, QStringLiteral("pod.phase"));
    if (*e.pod.phase != u"Running")
        return Outcome::fail({ QCoreApplication::translate("Audit", "Pod phase %1").arg(*e.pod.phase) });
    if (!e.pod.ready)
        return unknown(e, QStringLiteral("pod.ready"));
    if (!*e.pod.ready)
        return Outcome::fail({ QCoreApplication::translate("Audit", "Pod Running but not Ready") });
    return Outcome::pass({ QCoreApplication::translate("Audit", "Pod Running and Ready") });
}

Outcome restarting(const Evidence &e, const FleetEvidence &fleet)
{
    if (!e.pod.restarts)
        return unknown(e, QStringLiteral("pod.restarts"));
    const int restarts = *e.pod.restarts;
    if (restarts > fleet.profile.maxRestarts)
        return Outcome::fail({ QCoreApplication::translate("Audit", "%1 container restarts (profile: at most %2)")
                                   .arg(restarts)
                                   .arg(fleet.profile.maxRestarts) });
    return Outcome::pass({ QCoreApplication::translate("Audit", "%1 container restarts").arg(restarts) });
}

Outcome noRecentBackup(const Evidence &e, const FleetEvidence &fleet)
{
    if (!e.backup.location)
        return unknown(e, QStringLiteral("backup.location"));
    const int retention = e.backup.retentionDays.value_or(fleet.profile.backupRetentionDays);
    const QString where
        = QCoreApplication::translate("Audit", "Location %1, retention %2 days").arg(*e.backup.location).arg(retention);
    if (e.backup.count && *e.backup.count == 0)
        return Outcome::fail({ where, QCoreApplication::translate("Audit", "No backup of this datastore found") });
    if (!e.backup.newestAt)
        return unknown(e, QStringLiteral("backup.newestAt"));
    const qint64 age = e.backup.newestAt->secsTo(now()) / 86400;
    const QString newest
        = QCoreApplication::translate("Audit", "Newest backup %1, %2 days old").arg(day(*e.backup.newestAt)).arg(age);
    if (age > retention)
        return Outcome::fail({ where, newest });
    return Outcome::pass({ where, newest });
}

} // namespace

QList<Rule> operationsRules()
{
    return {
        makeRule("OPS-001", Family::Operations, Severity::High, allKinds(),
                 QT_TRANSLATE_NOOP("Audit", "The pod is not running or not ready"),
                 QT_TRANSLATE_NOOP("Audit",
                                   "kubectl -n <namespace> describe pod <pod> && kubectl -n <namespace> "
                                   "logs <pod> --previous"),
                 { QStringLiteral("pod.phase"), QStringLiteral("pod.ready") },
                 { QStringLiteral("SOC 2 CC7.2"), QStringLiteral("GDPR Art. 32(1)(b)") }, notRunning),
        makeRule("OPS-002", Family::Operations, Severity::Medium, allKinds(),
                 QT_TRANSLATE_NOOP("Audit", "The pod keeps restarting"),
                 QT_TRANSLATE_NOOP("Audit",
                                   "kubectl -n <namespace> logs <pod> --previous (look for OOMKilled in "
                                   "kubectl describe pod)"),
                 { QStringLiteral("pod.restarts"), QStringLiteral("profile.maxRestarts") },
                 { QStringLiteral("SOC 2 CC7.2") }, restarting),
        makeRule("OPS-003", Family::Operations, Severity::High, allKinds(),
                 QT_TRANSLATE_NOOP("Audit", "No backup newer than the retention policy"),
                 QT_TRANSLATE_NOOP("Audit",
                                   "pg_dump <db> | gzip | gpg --encrypt --recipient <backup key> > "
                                   "<db>_<name>_$(date -u +%Y%m%dT%H%M%SZ).sql.gz.gpg (or Proofer's backup)"),
                 { QStringLiteral("backup.location"), QStringLiteral("backup.newestAt"),
                   QStringLiteral("backup.retentionDays") },
                 { QStringLiteral("GDPR Art. 32(1)(c)"), QStringLiteral("SOC 2 A1.2") }, noRecentBackup),
    };
}

} // namespace Audit::Rules
