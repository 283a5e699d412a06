// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace Demo {

class ObjectStore;

/** One request as RBAC sees it (the attributes the API server's authorizer is given). */
struct AccessRequest
{
    QString user; ///< "system:serviceaccount:bakery-ia:proofer", "alice"
    QStringList groups; ///< the user's groups (a ServiceAccount's: system:serviceaccounts, …:NS, system:authenticated)
    QString verb; ///< get, list, watch, create, update, patch, delete, deletecollection
    QString apiGroup; ///< "" for the core group
    QString resource; ///< plural: "pods"
    QString subresource; ///< "log", "portforward", "exec", or empty
    QString namespaceName; ///< empty at the cluster scope
    QString name; ///< empty for list, watch, create and deletecollection
};

/** The namespace and name of a ServiceAccount user ("system:serviceaccount:NS:NAME"); false for any other user. */
bool parseServiceAccountUser(const QString &user, QString *namespaceName, QString *name);

/** A ServiceAccount token's groups: system:serviceaccounts, system:serviceaccounts:NS, system:authenticated. */
QStringList serviceAccountGroups(const QString &namespaceName);

/**
 * Whether the RBAC objects of @p store allow @p request, as the API server's RBAC authorizer decides it: the
 * RoleBindings of the request's namespace (to a Role of that namespace or to a ClusterRole) and every
 * ClusterRoleBinding; subjects of kind User, Group and ServiceAccount; rules by apiGroups, resources (a subresource
 * as "pods/log", "*" and "*\/log"), verbs ("*" too) and resourceNames (which never match a request without a name:
 * list, watch, create, deletecollection). Rules only grant: anything not granted is denied. Aggregated ClusterRoles
 * and nonResourceURLs are not emulated.
 */
bool rbacAllows(const ObjectStore &store, const AccessRequest &request);

/**
 * A SelfSubjectAccessReview sent as protobuf (what kubectl's typed client sends: the "k8s\0" envelope around a
 * runtime.Unknown) as its JSON form, kind and spec.resourceAttributes / nonResourceAttributes only; nothing when
 * it is not one. A small reader of the wire format: varints and length-delimited fields, bounded by the body.
 */
std::optional<QJsonObject> accessReviewFromProtobuf(const QByteArray &body);

} // namespace Demo
