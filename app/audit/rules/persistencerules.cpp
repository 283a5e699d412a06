// SPDX-License-Identifier: GPL-3.0-or-later
// Persistence: the data survives a pod restart.
#include "audit/rules/rules.h"
#include "audit/rules/rulesupport.h"

namespace Audit::Rules {

using namespace Support;

namespace {

Outcome noBoundPvc(const Evidence &e, const FleetEvidence &)
{
    if (e.pvc.ephemeral && *e.pvc.ephemeral)
        return Outcome::fail({ QCoreApplication::translate(
            "Audit", "The data directory is on ephemeral storage: a restart loses every row") });
    if (!e.pvc.bound)
        return unknown(e, QStringLiteral("pvc.bound"));
    if (!*e.pvc.bound)
        return Outcome::fail(
            { QCoreApplication::translate("Audit", "No Bound PersistentVolumeClaim backs the data directory") });
    return Outcome::pass({ QCoreApplication::translate("Audit", "PersistentVolumeClaim %1 is Bound")
                               .arg(e.pvc.name.value_or(QString())) });
}

/**
 * Redis writes its AOF and RDB files to its data directory: they persist only when a Bound PVC backs it. Returns
 * nothing when it does (and adds the line saying so), else the verdict: fail on ephemeral or unbound storage, not
 * assessed when the storage is unknown (a direct target, or no Kubernetes facts).
 */
std::optional<Outcome> durableStorage(const Evidence &e, QStringList &lines)
{
    const QString where = e.redis.dir ? QStringLiteral(" (dir %1)").arg(*e.redis.dir) : QString();
    if ((e.pvc.ephemeral && *e.pvc.ephemeral) || (e.pvc.bound && !*e.pvc.bound)) {
        lines << QCoreApplication::translate("Audit", "The files are written to storage that does not survive the pod: "
                                                      "no Bound PersistentVolumeClaim backs the data directory%1 (see "
                                                      "PERSIST-002)")
                     .arg(where);
        return Outcome::fail(lines);
    }
    if (!e.pvc.bound) {
        Outcome o = unknown(e, QStringLiteral("pvc.bound"));
        o.reason = QCoreApplication::translate("Audit", "Whether the files survive a restart is not known: %1").arg(o.reason);
        return o;
    }
    lines << QCoreApplication::translate("Audit", "Written to PersistentVolumeClaim %1%2")
                 .arg(e.pvc.name.value_or(QString()), where);
    return std::nullopt;
}

Outcome aofOff(const Evidence &e, const FleetEvidence &)
{
    if (!e.redis.appendonly)
        return unknown(e, QStringLiteral("redis.appendonly"));
    if (!*e.redis.appendonly)
        return Outcome::fail(
            { QStringLiteral("appendonly no"),
              QCoreApplication::translate("Audit", "Writes since the last RDB snapshot are lost on restart") });
    QStringList lines { QStringLiteral("appendonly yes") };
    if (e.redis.appendfsync) {
        lines << QStringLiteral("appendfsync %1").arg(*e.redis.appendfsync);
        if (*e.redis.appendfsync == u"no")
            return Outcome::fail(lines << QCoreApplication::translate(
                                     "Audit", "appendfsync no leaves flushing to the kernel: about 30 seconds of "
                                              "writes are lost on a crash"));
    } else {
        const QString why = e.unknownReasons.value(QStringLiteral("redis.appendfsync"));
        lines << (why.isEmpty() ? QCoreApplication::translate("Audit", "appendfsync not read")
                                : QCoreApplication::translate("Audit", "appendfsync not read (%1)").arg(why));
    }
    if (auto verdict = durableStorage(e, lines))
        return *verdict;
    return Outcome::pass(lines);
}

Outcome rdbOff(const Evidence &e, const FleetEvidence &)
{
    if (!e.redis.save)
        return unknown(e, QStringLiteral("redis.save"));
    const QString save = e.redis.save->trimmed();
    if (save.isEmpty())
        return Outcome::fail({ QStringLiteral("save \"\""),
                               QCoreApplication::translate("Audit", "No RDB snapshots: the guide documents RDB and AOF "
                                                                    "both on") });
    QStringList lines { QStringLiteral("save \"%1\"").arg(save) };
    if (auto verdict = durableStorage(e, lines))
        return *verdict;
    return Outcome::pass(lines);
}

const char *const kPvc = QT_TRANSLATE_NOOP(
    "Audit",
    "Mount a PersistentVolumeClaim at the data directory: volumeClaimTemplates: [{metadata: {name: data}, "
    "spec: {accessModes: [ReadWriteOnce], resources: {requests: {storage: 10Gi}}}}]");

} // namespace

QList<Rule> persistenceRules()
{
    const QString k8s = QStringLiteral("https://kubernetes.io/docs/concepts/storage/persistent-volumes/");
    return {
        makeRule("PERSIST-001", Family::Persistence, Severity::Critical, { Kind::PostgreSQL },
                 QT_TRANSLATE_NOOP("Audit", "The database has no Bound PersistentVolumeClaim"), kPvc,
                 { QStringLiteral("pvc.bound"), QStringLiteral("pvc.ephemeral") },
                 { QStringLiteral("GDPR Art. 32(1)(c)"), k8s }, noBoundPvc),
        makeRule("PERSIST-002", Family::Persistence, Severity::High, { Kind::Redis, Kind::RabbitMQ },
                 QT_TRANSLATE_NOOP("Audit", "The datastore has no Bound PersistentVolumeClaim"), kPvc,
                 { QStringLiteral("pvc.bound"), QStringLiteral("pvc.ephemeral") },
                 { QStringLiteral("GDPR Art. 32(1)(c)"), k8s }, noBoundPvc),
        makeRule("PERSIST-003", Family::Persistence, Severity::Medium, { Kind::Redis },
                 QT_TRANSLATE_NOOP("Audit", "Redis append-only file is off"),
                 QT_TRANSLATE_NOOP("Audit",
                                   "redis-cli CONFIG SET appendonly yes && redis-cli CONFIG REWRITE "
                                   "(or --appendonly yes in the container args)"),
                 { QStringLiteral("redis.appendonly"), QStringLiteral("redis.appendfsync"), QStringLiteral("pvc.bound") },
                 { QStringLiteral("GDPR Art. 32(1)(c)"),
                   QStringLiteral("https://redis.io/docs/latest/operate/oss_and_stack/management/persistence/") },
                 aofOff),
        makeRule("PERSIST-004", Family::Persistence, Severity::Low, { Kind::Redis },
                 QT_TRANSLATE_NOOP("Audit", "Redis RDB snapshots are off"),
                 QT_TRANSLATE_NOOP("Audit",
                                   "redis-cli CONFIG SET save \"3600 1 300 100 60 10000\" && redis-cli CONFIG "
                                   "REWRITE (or --save \"3600 1 300 100 60 10000\" in the container args), with a "
                                   "PersistentVolumeClaim mounted at the data directory"),
                 { QStringLiteral("redis.save"), QStringLiteral("pvc.bound") },
                 { QStringLiteral("GDPR Art. 32(1)(c)"),
                   QStringLiteral("https://redis.io/docs/latest/operate/oss_and_stack/management/persistence/") },
                 rdbOff),
    };
}

} // namespace Audit::Rules
