// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/secret.h"
#include "demo/demoscenario.h"
#include "demo/localserver.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Demo {

struct DemoPki;

/** What the demo fleet's manifests are made from: the scenario, the PKI and the servers that run. */
struct FleetManifestInput
{
    ScenarioSettings settings;
    const DemoPki &pki;
    QList<PostgresInstance> postgres; ///< in order: auth-db, tenant-db, …
    Core::Secret redisPassword;
    bool rabbitmq = false; ///< the broker runs
    QString rabbitmqUser;
    Core::Secret rabbitmqPassword;
};

/**
 * The Kubernetes objects of the demo fleet as the reference platform's manifests describe it, in the order they
 * are created: the TLS Secrets, then per PostgreSQL instance its credentials Secret, Deployment, PVC, Service,
 * the service that consumes it (ConfigMap with its DATABASE_URL, Deployment, RBAC), then Redis and its gateway,
 * then RabbitMQ. Pods and events are DemoFleet's (they follow the servers' lives). Pure: no I/O.
 */
QList<QJsonObject> fleetManifests(const FleetManifestInput &input);

/** A Role that lets @p serviceAccount read @p secretNames (empty: every Secret), its RoleBinding and the
 *  ServiceAccount itself (unless "default"). */
QList<QJsonObject> secretReaderManifests(const QString &serviceAccount, const QString &roleName,
                                         const QStringList &secretNames);

/** metadata {name, namespace: bakery-ia, labels, annotations} (empty maps left out). */
QJsonObject objectMetadata(const QString &name, const QJsonObject &labels = {}, const QJsonObject &annotations = {});

/** auth-db → auth; alert-processor-db → alert-processor (the service that consumes a database). */
QString instanceStem(const QString &instance);

} // namespace Demo
