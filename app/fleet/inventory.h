// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/secret.h"
#include "fleet/datastore.h"

#include <QFuture>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QStringList>

namespace Kube {
class KubeClient;
}

namespace Fleet {

/** The objects of one namespace that discovery reads. */
struct ClusterObjects
{
    QString namespaceName;
    QList<QJsonObject> deployments;
    QList<QJsonObject> statefulSets;
    QList<QJsonObject> pods;
    QList<QJsonObject> services;
    QList<QJsonObject> pvcs;
    QList<QJsonObject> secrets;
    QList<QJsonObject> configMaps;
    /** What could not be listed, and why (e.g. secrets: forbidden): the facts that depend on it stay unknown. */
    QStringList notes;
};

/**
 * Finds the datastores of a namespace: workloads labelled app.kubernetes.io/component=database plus
 * workloads whose image is postgres, redis or rabbitmq; links each to its pods, Service, PVCs, TLS
 * secret (from volumes) and credentials secret (from env/envFrom of the database and its clients).
 * Pure: no I/O, so it is tested with hand-made manifests.
 */
QList<Datastore> discover(const ClusterObjects &objects);

/** How the database itself is logged into, from its workload's env and credentials secret. */
struct LoginCredentials
{
    QString user;
    QString database;
    Core::Secret password;
};

/** Reads the login of @p store from the objects it was discovered in (POSTGRES_USER/DB, the password key). */
LoginCredentials loginFor(const Datastore &store, const ClusterObjects &objects);

/** The inventory of a namespace, read through a KubeClient (all lists in parallel). */
struct InventoryResult
{
    QList<Datastore> datastores;
    ClusterObjects objects;
    QString error; ///< set when the namespace could not be read at all (unreachable, forbidden pods…)
};

QFuture<InventoryResult> loadInventory(Kube::KubeClient *client, const QString &namespaceName, QObject *context);

} // namespace Fleet
