// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Kube {

/** A Kubernetes resource type Proofer reads or changes, with where it lives in the REST API. */
struct Resource
{
    QString group;   ///< "" for the core group, "apps" for deployments…
    QString version; ///< "v1"
    QString plural;  ///< "pods"
    QString kind;    ///< "Pod"
    bool namespaced = true;

    bool isValid() const { return !plural.isEmpty(); }
    /** "pods" or "deployments.apps": the name kubectl uses in messages. */
    QString qualifiedName() const;
    /** The collection path, e.g. /api/v1/namespaces/NS/pods or /apis/apps/v1/namespaces/NS/deployments. */
    QString collectionPath(const QString &namespaceName) const;
    /** The path of one object. */
    QString objectPath(const QString &namespaceName, const QString &name) const;
};

/** The resources the client knows, by plural name: namespaces, pods, services, endpoints,
 *  secrets, configmaps, persistentvolumeclaims, events, deployments, statefulsets, and RBAC's roles,
 *  rolebindings, clusterroles, clusterrolebindings. */
Resource resourceFor(const QString &plural);

/**
 * The resource of a workload kind, as a pod's owner chain names it: "StatefulSet" → statefulsets.apps; any other
 * kind ("Deployment", or none known) → deployments.apps, the kind Proofer's datastores run in unless their owner
 * says otherwise. The one place a workload kind becomes a REST resource (restarts, rollouts, the console).
 */
Resource resourceForWorkloadKind(const QString &kind);

} // namespace Kube
