// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Demo {

/** One resource type the emulator serves, as its discovery document describes it. */
struct ApiResource
{
    QString group; ///< "" for the core group
    QString version;
    QString name; ///< plural, e.g. "pods"
    QString singularName;
    QString kind;
    bool namespaced = true;
    QStringList shortNames;
    QStringList verbs;
    /** Subresources and their verbs, e.g. {"log", {"get"}}. */
    QList<QPair<QString, QStringList>> subresources;

    QString groupVersion() const { return group.isEmpty() ? version : group + u'/' + version; }
    /** "pods" or "deployments.apps", as API server messages name a resource. */
    QString qualifiedName() const { return group.isEmpty() ? name : name + u'.' + group; }
};

/** The resource table: core/v1 namespaces, pods, services, endpoints, secrets, configmaps, PVCs, events,
 *  nodes, serviceaccounts; apps/v1 deployments, statefulsets, replicasets; batch/v1 cronjobs, jobs; rbac.authorization.k8s.io/v1 roles,
 *  rolebindings (namespaced), clusterroles, clusterrolebindings (cluster-scoped). */
const QList<ApiResource> &apiResources();
/** The resource @p name of @p groupVersion ("v1", "apps/v1"), or nullptr. */
const ApiResource *findApiResource(const QString &groupVersion, const QString &name);
/** The resource whose kind is @p kind (first match), or nullptr. */
const ApiResource *findApiResourceByKind(const QString &kind);

/** Discovery documents. */
QJsonObject apiVersionsDocument();
QJsonObject apiGroupListDocument();
QJsonObject apiGroupDocument(const QString &group); ///< empty when the group is unknown
QJsonObject apiResourceListDocument(const QString &groupVersion); ///< empty when unknown

/** A metav1.Status failure. @p details may be empty. */
QJsonObject statusObject(int code, const QString &reason, const QString &message, const QJsonObject &details = {});

/** The Status details of @p name of @p resource: {kind, name, group}. */
QJsonObject statusDetails(const ApiResource &resource, const QString &name);
/** 404 NotFound: 'pods "x" not found', as the API server says it. */
QJsonObject notFoundStatus(const ApiResource &resource, const QString &name);
/** @p object with the kind and apiVersion of @p resource (items of a list and stored objects may lack them). */
QJsonObject withTypeMeta(QJsonObject object, const ApiResource &resource);
/** "name" in double quotes, as API server messages quote names. */
QString quotedName(const QString &name);
/** @p object as compact JSON. */
QByteArray compactJson(const QJsonObject &object);

} // namespace Demo
