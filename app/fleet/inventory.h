// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/secret.h"
#include "fleet/datastore.h"

#include <QFuture>
#include <QJsonObject>
#include <QList>
#include <QMap>
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
    QList<QJsonObject> ingresses;       ///< networking.k8s.io/v1
    QList<QJsonObject> networkPolicies; ///< networking.k8s.io/v1
    /** Lists that could not be read (resource plural → why): the facts that depend on them stay unknown. */
    QMap<QString, QString> unreadable;
    /** RBAC: Roles and RoleBindings of the namespace, ClusterRoles and ClusterRoleBindings of the cluster. */
    QList<QJsonObject> roles;
    QList<QJsonObject> roleBindings;
    QList<QJsonObject> clusterRoles;
    QList<QJsonObject> clusterRoleBindings;
    /** Why RBAC could not be read completely ("cannot list clusterrolebindings: forbidden (…)"); empty: it was. */
    QStringList rbacUnreadable;
    /** What could not be listed, and why (e.g. secrets: forbidden): the facts that depend on it stay unknown. */
    QStringList notes;
};

/**
 * Finds the datastores of a namespace: workloads labelled app.kubernetes.io/component=database plus
 * workloads whose image is postgres, redis or rabbitmq; links each to its pods, Service, PVCs, TLS
 * material (the files the server reads, through its mounts to Secret keys: fleet/tlsmaterial.h) and credentials secret (from env/envFrom of the database and its clients).
 * Pure: no I/O, so it is tested with hand-made manifests.
 */
QList<Datastore> discover(const ClusterObjects &objects);

/** One path by which a subject can read Secrets of the namespace: binding → role → rule. */
struct SecretGrant
{
    QString subject;   ///< "Group system:authenticated", "ServiceAccount bakery-ia/default", "User alice"
    QString binding;   ///< "RoleBinding bakery-ia/app-secrets" or "ClusterRoleBinding read-all"
    QString role;      ///< "Role app-secret-reader" or "ClusterRole edit"
    QString rule;      ///< the rule as written: "apiGroups [\"\"] resources [secrets] verbs [get] resourceNames [x]"
    QStringList verbs; ///< the read verbs it grants: get, list, watch
    QStringList resourceNames; ///< the Secrets it is limited to; empty: every Secret of the namespace
    bool broad = false;
    QString why; ///< why it is broad (empty when narrow or merely unrestricted)

    /** "Group system:authenticated via ClusterRoleBinding x → ClusterRole y (verbs [get list], every Secret)". */
    QString path() const;
    QJsonObject toJson() const;
};

/**
 * Who can read the namespace's Secrets, from its RBAC objects. Observed only when every RBAC list could be
 * read: a missing ClusterRoleBinding could hide the broadest grant, so a partial view is unknown, not a pass.
 */
struct SecretAccess
{
    bool observed = false;
    QString unknownReason; ///< why not observed, e.g. "cannot list clusterrolebindings: forbidden (…)"
    QList<SecretGrant> grants; ///< every grant to read Secrets, built-in control-plane subjects excluded

    /** The broad grants as "subject via binding → role (…)", one per subject and binding, sorted. */
    QStringList broadGrants() const;
    /** The "kubernetes.secretAccess" object of a snapshot (docs/snapshot.md). */
    QJsonObject toJson() const;
};

/**
 * Finds who can get, list or watch Secrets in @p objects.namespaceName: rules with apiGroups "" or "*",
 * resources "secrets" or "*", verbs get/list/watch or "*". A rule limited by resourceNames is narrow. A grant
 * is broad when its subject is a group of everyone (system:authenticated, system:unauthenticated,
 * system:serviceaccounts, system:serviceaccounts:<ns>) or a `default` ServiceAccount, when it comes from a
 * ClusterRoleBinding (all namespaces), or when its rule is a wildcard (verbs or resources "*"). The control
 * plane's own subjects are excluded (see docs/snapshot.md). Pure: tested with hand-made objects.
 */
SecretAccess analyseSecretAccess(const ClusterObjects &objects);

/** The pods a workload ("Deployment/auth-service", "StatefulSet/x") selects, by name; none when it is not found. */
QStringList podsOfWorkload(const QString &workload, const ClusterObjects &objects);

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
    SecretAccess secretAccess; ///< from the RBAC objects (unknown when some could not be listed)
    QString error; ///< set when the namespace could not be read at all (unreachable, forbidden pods…)
};

QFuture<InventoryResult> loadInventory(Kube::KubeClient *client, const QString &namespaceName, QObject *context);

} // namespace Fleet
