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

Outcome aofOff(const Evidence &e, const FleetEvidence &)
{
    if (!e.redis.appendonly)
        return unknown(e, QStringLiteral("redis.appendonly"));
    if (*e.redis.appendonly)
        return Outcome::pass({ QStringLiteral("appendonly yes") });
    return Outcome::fail(
        { QStringLiteral("appendonly no"),
          QCoreApplication::translate("Audit", "Writes since the last RDB snapshot are lost on restart") });
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
                 { QStringLiteral("redis.appendonly") },
                 { QStringLiteral("https://redis.io/docs/latest/operate/oss_and_stack/management/persistence/") },
                 aofOff),
    };
}

} // namespace Audit::Rules
