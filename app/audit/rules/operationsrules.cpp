// SPDX-License-Identifier: GPL-3.0-or-later
// Operations: the pod runs, a recent backup exists, and the server is a release its maintainers still fix.
#include "audit/postgresqlreleases.h"
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
        return Outcome::fail(QStringList { where, QCoreApplication::translate("Audit", "No backup of this datastore found") }
                             + e.backup.notes);
    if (!e.backup.newestAt)
        return unknown(e, QStringLiteral("backup.newestAt"));
    const qint64 age = e.backup.newestAt->secsTo(now()) / 86400;
    const QString newest
        = QCoreApplication::translate("Audit", "Newest backup %1, %2 days old").arg(day(*e.backup.newestAt)).arg(age);
    if (age > retention)
        return Outcome::fail(QStringList { where, newest } + e.backup.notes);
    return Outcome::pass(QStringList { where, newest } + e.backup.notes);
}

Outcome unsupportedMajor(const Evidence &e, const FleetEvidence &fleet)
{
    if (!e.pg.serverVersionNumber || *e.pg.serverVersionNumber <= 0)
        return unknown(e, QStringLiteral("pg.serverVersionNumber"));
    namespace R = PostgresReleases;
    const int number = *e.pg.serverVersionNumber;
    const QString major = R::majorName(R::majorOf(number));
    const QString reported = QCoreApplication::translate("Audit", "server_version %1 (server_version_num %2)")
                                 .arg(e.pg.serverVersion.isEmpty() ? major : e.pg.serverVersion)
                                 .arg(number);
    // The organisation's own list (the policy's allowedVersions) narrows what upstream still supports.
    const QList<int> &allowed = fleet.profile.postgresqlMajors;
    if (!allowed.isEmpty() && !allowed.contains(R::majorOf(number))) {
        QStringList names;
        for (int m : allowed)
            names << R::majorName(m);
        return Outcome::fail({ reported, QCoreApplication::translate("Audit", "PostgreSQL %1 is not among the versions "
                                                                              "the policy allows: %2")
                                             .arg(major, names.join(QStringLiteral(", "))) });
    }
    const R::Support support = R::supportOf(number, now().date());
    switch (support.state) {
    case R::Support::State::Supported:
        return Outcome::pass({ reported, QCoreApplication::translate("Audit", "PostgreSQL %1 is supported until %2")
                                             .arg(major, support.endOfLife->toString(Qt::ISODate)) });
    case R::Support::State::EndOfLife:
        return Outcome::fail(
            { reported,
              support.endOfLife
                  ? QCoreApplication::translate("Audit", "PostgreSQL %1 reached its end of life on %2: no security "
                                                         "fixes since")
                        .arg(major, support.endOfLife->toString(Qt::ISODate))
                  : QCoreApplication::translate("Audit", "PostgreSQL %1 is older than every supported release")
                        .arg(major) });
    case R::Support::State::Unknown:
        break;
    }
    return Outcome::notAssessed(
        QCoreApplication::translate("Audit", "PostgreSQL %1 (%2) is not in Proofer's end-of-life table (newer than "
                                             "this Proofer knows): its support is not known")
            .arg(major, reported));
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
        makeRule("PG-VER-001", Family::Operations, Severity::High, { Kind::PostgreSQL },
                 QT_TRANSLATE_NOOP("Audit", "The PostgreSQL major version is past its end of life"),
                 QT_TRANSLATE_NOOP("Audit",
                                   "Upgrade to a supported major (the reference fleet runs postgres:17-alpine): "
                                   "pg_dump the database, start a postgres:17-alpine Deployment on a new PVC, "
                                   "restore it there and switch the Service (or pg_upgrade --link on the volume)"),
                 { QStringLiteral("pg.serverVersionNumber"), QStringLiteral("profile.postgresqlMajors") },
                 { QStringLiteral("PCI DSS v4.0.1 6.3.3"), QStringLiteral("https://www.postgresql.org/support/versioning/") },
                 unsupportedMajor),
    };
}

} // namespace Audit::Rules
