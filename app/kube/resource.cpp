// SPDX-License-Identifier: GPL-3.0-or-later
#include "kube/resource.h"

#include <QUrl>

#include <array>

namespace Kube {

QString Resource::qualifiedName() const
{
    return group.isEmpty() ? plural : plural + u'.' + group;
}

QString Resource::collectionPath(const QString &namespaceName) const
{
    QString path = group.isEmpty() ? QStringLiteral("/api/%1").arg(version)
                                   : QStringLiteral("/apis/%1/%2").arg(group, version);
    if (namespaced && !namespaceName.isEmpty())
        path += QStringLiteral("/namespaces/") + QString::fromLatin1(QUrl::toPercentEncoding(namespaceName));
    return path + u'/' + plural;
}

QString Resource::objectPath(const QString &namespaceName, const QString &name) const
{
    return collectionPath(namespaceName) + u'/' + QString::fromLatin1(QUrl::toPercentEncoding(name));
}

Resource resourceFor(const QString &plural)
{
    static const std::array<Resource, 16> known = {{
        {QString(), QStringLiteral("v1"), QStringLiteral("namespaces"), QStringLiteral("Namespace"), false},
        {QString(), QStringLiteral("v1"), QStringLiteral("pods"), QStringLiteral("Pod"), true},
        {QString(), QStringLiteral("v1"), QStringLiteral("services"), QStringLiteral("Service"), true},
        {QString(), QStringLiteral("v1"), QStringLiteral("endpoints"), QStringLiteral("Endpoints"), true},
        {QString(), QStringLiteral("v1"), QStringLiteral("secrets"), QStringLiteral("Secret"), true},
        {QString(), QStringLiteral("v1"), QStringLiteral("configmaps"), QStringLiteral("ConfigMap"), true},
        {QString(), QStringLiteral("v1"), QStringLiteral("persistentvolumeclaims"),
         QStringLiteral("PersistentVolumeClaim"), true},
        {QString(), QStringLiteral("v1"), QStringLiteral("events"), QStringLiteral("Event"), true},
        {QStringLiteral("apps"), QStringLiteral("v1"), QStringLiteral("deployments"), QStringLiteral("Deployment"), true},
        {QStringLiteral("apps"), QStringLiteral("v1"), QStringLiteral("statefulsets"), QStringLiteral("StatefulSet"),
         true},
        {QStringLiteral("networking.k8s.io"), QStringLiteral("v1"), QStringLiteral("ingresses"), QStringLiteral("Ingress"),
         true},
        {QStringLiteral("networking.k8s.io"), QStringLiteral("v1"), QStringLiteral("networkpolicies"),
         QStringLiteral("NetworkPolicy"), true},
        {QStringLiteral("rbac.authorization.k8s.io"), QStringLiteral("v1"), QStringLiteral("roles"), QStringLiteral("Role"),
         true},
        {QStringLiteral("rbac.authorization.k8s.io"), QStringLiteral("v1"), QStringLiteral("rolebindings"),
         QStringLiteral("RoleBinding"), true},
        {QStringLiteral("rbac.authorization.k8s.io"), QStringLiteral("v1"), QStringLiteral("clusterroles"),
         QStringLiteral("ClusterRole"), false},
        {QStringLiteral("rbac.authorization.k8s.io"), QStringLiteral("v1"), QStringLiteral("clusterrolebindings"),
         QStringLiteral("ClusterRoleBinding"), false},
    }};
    for (const Resource &resource : known) {
        if (resource.plural == plural)
            return resource;
    }
    return {};
}

Resource resourceForWorkloadKind(const QString &kind)
{
    if (kind == u"StatefulSet")
        return resourceFor(QStringLiteral("statefulsets"));
    return resourceFor(QStringLiteral("deployments"));
}

} // namespace Kube
