// SPDX-License-Identifier: GPL-3.0-or-later
#include "ops/passwordrotation.h"

#include "fleet/fleetscanner.h"
#include "ops/recoveryrecord.h"
#include "ops/rotationsteps.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Ops {

using RotationSteps::Rotation;
using RotationSteps::RotationPtr;

QString rotationAnnotationKey(const QJsonObject &secret)
{
    const QJsonObject annotations
        = secret.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("annotations")).toObject();
    // The inventory (and so the 90-day rule) reads any annotation whose key speaks of rotation: keep the
    // Secret's own key when it has one, so there is never a second, contradicting date.
    for (auto it = annotations.begin(); it != annotations.end(); ++it) {
        if (it.key().contains(QStringLiteral("rotat"), Qt::CaseInsensitive))
            return it.key();
    }
    return RotationSteps::defaultAnnotation();
}

QStringList workloadsUsingSecret(const Fleet::ClusterObjects &objects, const QString &secretName,
                                 const QString &exceptWorkload)
{
    QStringList found;
    auto scan = [&](const QString &kind, const QList<QJsonObject> &list) {
        for (const QJsonObject &workload : list) {
            const QString name = workload.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("name")).toString();
            if (name == exceptWorkload)
                continue;
            const QJsonObject podSpec = workload.value(QStringLiteral("spec"))
                                            .toObject()
                                            .value(QStringLiteral("template"))
                                            .toObject()
                                            .value(QStringLiteral("spec"))
                                            .toObject();
            bool uses = false;
            for (const char *containersKey : {"containers", "initContainers"}) {
                for (const QJsonValue &c : podSpec.value(QLatin1String(containersKey)).toArray()) {
                    const QJsonObject container = c.toObject();
                    for (const QJsonValue &e : container.value(QStringLiteral("env")).toArray()) {
                        const QJsonObject ref = e.toObject()
                                                    .value(QStringLiteral("valueFrom"))
                                                    .toObject()
                                                    .value(QStringLiteral("secretKeyRef"))
                                                    .toObject();
                        uses = uses || ref.value(QStringLiteral("name")).toString() == secretName;
                    }
                    for (const QJsonValue &f : container.value(QStringLiteral("envFrom")).toArray()) {
                        const QJsonObject ref = f.toObject().value(QStringLiteral("secretRef")).toObject();
                        uses = uses || ref.value(QStringLiteral("name")).toString() == secretName;
                    }
                }
            }
            for (const QJsonValue &v : podSpec.value(QStringLiteral("volumes")).toArray()) {
                const QJsonObject volume = v.toObject();
                uses = uses
                       || volume.value(QStringLiteral("secret")).toObject().value(QStringLiteral("secretName")).toString()
                              == secretName;
                for (const QJsonValue &s : volume.value(QStringLiteral("projected"))
                                               .toObject()
                                               .value(QStringLiteral("sources"))
                                               .toArray()) {
                    uses = uses
                           || s.toObject().value(QStringLiteral("secret")).toObject().value(QStringLiteral("name")).toString()
                                  == secretName;
                }
            }
            if (uses)
                found << kind + u'/' + name;
        }
    };
    scan(QStringLiteral("Deployment"), objects.deployments);
    scan(QStringLiteral("StatefulSet"), objects.statefulSets);
    found.sort();
    return found;
}

namespace {

LoginTarget loginOf(const Fleet::ScanTarget &target)
{
    LoginTarget login;
    login.name = target.name;
    login.kind = target.kind;
    login.namespaceName = target.namespaceName;
    login.pod = target.pod;
    login.podPort = target.podPort;
    login.serverName = target.serverName;
    login.caPem = target.caPem;
    login.user = target.user;
    login.database = target.database.isEmpty() && target.kind == Fleet::Kind::PostgreSQL ? QStringLiteral("postgres")
                                                                                         : target.database;
    return login;
}

} // namespace

std::optional<LoginTarget> loginTargetFor(const Fleet::InventoryResult &inventory, const QString &name)
{
    for (const Fleet::ScanTarget &target : Fleet::targetsFromInventory(inventory)) {
        if (target.name == name)
            return loginOf(target);
    }
    return std::nullopt;
}

RotationPlan buildPasswordRotation(Kube::KubeClient *client, const Fleet::InventoryResult &inventory,
                                   const RotationOptions &options)
{
    RotationPlan result;
    const QString namespaceName = options.namespaceName.isEmpty() ? inventory.objects.namespaceName
                                                                  : options.namespaceName;
    QList<Fleet::ScanTarget> targets = Fleet::targetsFromInventory(inventory);
    QStringList wanted = options.datastores;
    for (const QString &name : std::as_const(wanted)) {
        bool known = false;
        for (const Fleet::Datastore &store : inventory.datastores)
            known = known || store.name == name;
        if (!known) {
            result.error = QCoreApplication::translate("Ops", "no datastore named %1 in namespace %2").arg(name, namespaceName);
            return result;
        }
    }
    if (wanted.isEmpty() && !options.all) {
        result.error = QCoreApplication::translate("Ops", "name the datastores to rotate, or ask for all of them");
        return result;
    }

    QList<RotationPtr> rotations;
    for (const Fleet::ScanTarget &target : std::as_const(targets)) {
        if (!target.k8s || (!options.all && !wanted.contains(target.name)))
            continue;
        const Fleet::Datastore &store = *target.k8s;
        if (store.kind == Fleet::Kind::RabbitMQ) {
            result.skipped << QCoreApplication::translate("Ops", "%1: RabbitMQ passwords are not rotated by this version").arg(store.name);
            continue;
        }
        if (store.credentialsSecretName.isEmpty() || store.passwordKey.isEmpty()) {
            result.skipped << QCoreApplication::translate("Ops", "%1: no credentials Secret found in its workload").arg(store.name);
            continue;
        }
        if (target.pod.isEmpty()) {
            result.skipped << QCoreApplication::translate("Ops", "%1: no pod to connect to").arg(store.name);
            continue;
        }
        auto rotation = std::make_shared<Rotation>();
        rotation->client = client;
        rotation->login = loginOf(target);
        rotation->login.namespaceName = namespaceName;
        rotation->secretName = store.credentialsSecretName;
        rotation->passwordKey = store.passwordKey;
        rotation->consumers = workloadsUsingSecret(inventory.objects, store.credentialsSecretName, store.workloadName);
        rotation->options = options;
        rotation->options.datastores.clear();
        rotations << rotation;
        result.datastores << store.name;
    }
    if (rotations.isEmpty()) {
        result.error = result.skipped.isEmpty()
                           ? QCoreApplication::translate("Ops", "no PostgreSQL or Redis to rotate in namespace %1").arg(namespaceName)
                           : QCoreApplication::translate("Ops", "nothing to rotate: %1").arg(result.skipped.join(QStringLiteral("; ")));
        return result;
    }
    const QJsonObject parameters {
        {QStringLiteral("namespace"), namespaceName},
        {QStringLiteral("datastores"), QJsonArray::fromStringList(result.datastores)},
        {QStringLiteral("recoveryDirectory"), rotations.first()->recordDirectory()},
    };
    result.plan = std::make_unique<Plan>(
        QStringLiteral("rotate-password"),
        QCoreApplication::translate("Ops", "Rotate the passwords of %1").arg(result.datastores.join(QStringLiteral(", "))), parameters);
    for (const RotationPtr &rotation : std::as_const(rotations))
        RotationSteps::addSteps(result.plan.get(), rotation);
    return result;
}

} // namespace Ops
