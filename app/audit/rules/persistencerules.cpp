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

/** A Kubernetes quantity in bytes ("2Gi", "500M", "1.5Gi", "1073741824"); nothing when it is not one. */
std::optional<double> quantityBytes(const QString &text)
{
    static const QList<std::pair<QString, double>> suffixes{
        {QStringLiteral("Ki"), 1024.0}, {QStringLiteral("Mi"), 1024.0 * 1024}, {QStringLiteral("Gi"), 1024.0 * 1024 * 1024},
        {QStringLiteral("Ti"), 1024.0 * 1024 * 1024 * 1024}, {QStringLiteral("Pi"), 1024.0 * 1024 * 1024 * 1024 * 1024},
        {QStringLiteral("k"), 1e3}, {QStringLiteral("M"), 1e6}, {QStringLiteral("G"), 1e9}, {QStringLiteral("T"), 1e12},
        {QStringLiteral("P"), 1e15}};
    QString number = text.trimmed();
    double factor = 1;
    for (const auto &[suffix, value] : suffixes) {
        if (number.endsWith(suffix)) {
            number.chop(suffix.size());
            factor = value;
            break;
        }
    }
    bool ok = false;
    const double amount = number.toDouble(&ok);
    if (!ok || amount < 0)
        return std::nullopt;
    return amount * factor;
}

Outcome volumeShape(const Evidence &e, const FleetEvidence &fleet)
{
    if ((e.pvc.ephemeral && *e.pvc.ephemeral) || (e.pvc.bound && !*e.pvc.bound))
        return Outcome::notApplicable(QCoreApplication::translate("Audit", "No Bound PersistentVolumeClaim (see PERSIST-001/002)"));
    if (!e.pvc.bound)
        return unknown(e, QStringLiteral("pvc.bound"));
    if (!e.pvc.capacity)
        return unknown(e, QStringLiteral("pvc.capacity"));
    const Profile &profile = fleet.profile;
    const std::optional<double> has = quantityBytes(*e.pvc.capacity);
    const std::optional<double> wanted = quantityBytes(profile.pvcMinimumSize);
    if (!has || !wanted)
        return Outcome::notAssessed(QCoreApplication::translate("Audit", "The size %1 cannot be compared with %2")
                                        .arg(*e.pvc.capacity, profile.pvcMinimumSize));
    const QStringList modes = e.pvc.accessModes.value_or(QStringList());
    const QString lines = QCoreApplication::translate("Audit", "PersistentVolumeClaim %1: %2, %3 (profile: at least %4, %5)")
                              .arg(e.pvc.name.value_or(QString()), *e.pvc.capacity,
                                   modes.isEmpty() ? QStringLiteral("-") : modes.join(QStringLiteral(", ")),
                                   profile.pvcMinimumSize, profile.pvcAccessMode);
    QStringList failures;
    if (*has < *wanted)
        failures << QCoreApplication::translate("Audit", "Smaller than the %1 the profile asks for").arg(profile.pvcMinimumSize);
    if (!profile.pvcAccessMode.isEmpty() && !modes.contains(profile.pvcAccessMode))
        failures << QCoreApplication::translate("Audit", "Not mounted %1").arg(profile.pvcAccessMode);
    if (!failures.isEmpty())
        return Outcome::fail(QStringList{lines} + failures);
    return Outcome::pass({lines});
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
        makeRule("PERSIST-005", Family::Persistence, Severity::Low, allKinds(),
                 QT_TRANSLATE_NOOP("Audit", "The data volume is smaller than the profile or not mounted as it asks"),
                 QT_TRANSLATE_NOOP("Audit",
                                   "Request the profile's size and access mode in the volumeClaimTemplate or the "
                                   "PersistentVolumeClaim (resources.requests.storage: 2Gi, accessModes: "
                                   "[ReadWriteOnce]); grow a bound claim with kubectl patch pvc when its storage class "
                                   "allows volume expansion"),
                 { QStringLiteral("pvc.capacity"), QStringLiteral("pvc.accessModes"), QStringLiteral("pvc.bound") },
                 { k8s }, volumeShape),
    };
}

} // namespace Audit::Rules
