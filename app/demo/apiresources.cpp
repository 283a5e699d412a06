// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/apiresources.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Demo {

namespace {

const QStringList &objectVerbs()
{
    static const QStringList verbs {
        u"create"_s, u"delete"_s, u"get"_s, u"list"_s, u"patch"_s, u"update"_s, u"watch"_s
    };
    return verbs;
}

ApiResource make(const QString &group, const QString &name, const QString &singular, const QString &kind,
                 bool namespaced, const QStringList &shortNames,
                 const QList<QPair<QString, QStringList>> &subresources = {})
{
    ApiResource r;
    r.group = group;
    r.version = u"v1"_s;
    r.name = name;
    r.singularName = singular;
    r.kind = kind;
    r.namespaced = namespaced;
    r.shortNames = shortNames;
    r.verbs = objectVerbs();
    r.subresources = subresources;
    return r;
}

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

} // namespace

const QList<ApiResource> &apiResources()
{
    static const QList<ApiResource> resources = [] {
        const QStringList getPatchUpdate { u"get"_s, u"patch"_s, u"update"_s };
        QList<ApiResource> list;
        list << make({}, u"namespaces"_s, u"namespace"_s, u"Namespace"_s, false, { u"ns"_s },
                     { { u"status"_s, getPatchUpdate } });
        list << make({}, u"nodes"_s, u"node"_s, u"Node"_s, false, { u"no"_s }, { { u"status"_s, getPatchUpdate } });
        list << make({}, u"pods"_s, u"pod"_s, u"Pod"_s, true, { u"po"_s },
                     { { u"exec"_s, { u"create"_s, u"get"_s } },
                       { u"log"_s, { u"get"_s } },
                       { u"portforward"_s, { u"create"_s, u"get"_s } },
                       { u"status"_s, getPatchUpdate } });
        list << make({}, u"services"_s, u"service"_s, u"Service"_s, true, { u"svc"_s },
                     { { u"status"_s, getPatchUpdate } });
        list << make({}, u"endpoints"_s, u"endpoints"_s, u"Endpoints"_s, true, { u"ep"_s });
        list << make({}, u"secrets"_s, u"secret"_s, u"Secret"_s, true, {});
        list << make({}, u"configmaps"_s, u"configmap"_s, u"ConfigMap"_s, true, { u"cm"_s });
        list << make({}, u"persistentvolumeclaims"_s, u"persistentvolumeclaim"_s, u"PersistentVolumeClaim"_s, true,
                     { u"pvc"_s }, { { u"status"_s, getPatchUpdate } });
        list << make({}, u"events"_s, u"event"_s, u"Event"_s, true, { u"ev"_s });
        list << make({}, u"serviceaccounts"_s, u"serviceaccount"_s, u"ServiceAccount"_s, true, { u"sa"_s });
        list << make(u"apps"_s, u"deployments"_s, u"deployment"_s, u"Deployment"_s, true, { u"deploy"_s },
                     { { u"status"_s, getPatchUpdate }, { u"scale"_s, getPatchUpdate } });
        list << make(u"apps"_s, u"statefulsets"_s, u"statefulset"_s, u"StatefulSet"_s, true, { u"sts"_s },
                     { { u"status"_s, getPatchUpdate }, { u"scale"_s, getPatchUpdate } });
        list << make(u"apps"_s, u"replicasets"_s, u"replicaset"_s, u"ReplicaSet"_s, true, { u"rs"_s },
                     { { u"status"_s, getPatchUpdate }, { u"scale"_s, getPatchUpdate } });
        // batch/v1: what packaging/k8s applies (the scheduled scan); the emulator stores them, runs nothing.
        list << make(u"batch"_s, u"cronjobs"_s, u"cronjob"_s, u"CronJob"_s, true, { u"cj"_s },
                     { { u"status"_s, getPatchUpdate } });
        list << make(u"batch"_s, u"jobs"_s, u"job"_s, u"Job"_s, true, {}, { { u"status"_s, getPatchUpdate } });
        const QString networking = u"networking.k8s.io"_s;
        list << make(networking, u"ingresses"_s, u"ingress"_s, u"Ingress"_s, true, { u"ing"_s },
                     { { u"status"_s, getPatchUpdate } });
        list << make(networking, u"networkpolicies"_s, u"networkpolicy"_s, u"NetworkPolicy"_s, true, { u"netpol"_s });
        // `kubectl auth can-i` (served by ApiServer::serveAccessReview, not stored).
        list << make(u"authorization.k8s.io"_s, u"selfsubjectaccessreviews"_s, u""_s, u"SelfSubjectAccessReview"_s, false, {});
        list.last().verbs = { u"create"_s };
        const QString rbac = u"rbac.authorization.k8s.io"_s;
        list << make(rbac, u"roles"_s, u"role"_s, u"Role"_s, true, {});
        list << make(rbac, u"rolebindings"_s, u"rolebinding"_s, u"RoleBinding"_s, true, {});
        list << make(rbac, u"clusterroles"_s, u"clusterrole"_s, u"ClusterRole"_s, false, {});
        list << make(rbac, u"clusterrolebindings"_s, u"clusterrolebinding"_s, u"ClusterRoleBinding"_s, false, {});
        return list;
    }();
    return resources;
}

const ApiResource *findApiResource(const QString &groupVersion, const QString &name)
{
    for (const ApiResource &r : apiResources()) {
        if (r.name == name && r.groupVersion() == groupVersion)
            return &r;
    }
    return nullptr;
}

const ApiResource *findApiResourceByKind(const QString &kind)
{
    for (const ApiResource &r : apiResources()) {
        if (r.kind == kind)
            return &r;
    }
    return nullptr;
}

QJsonObject apiVersionsDocument()
{
    return QJsonObject {
        { "kind"_L1, "APIVersions"_L1 },
        { "versions"_L1, QJsonArray { u"v1"_s } },
        { "serverAddressByClientCIDRs"_L1,
          QJsonArray {
              QJsonObject { { "clientCIDR"_L1, "0.0.0.0/0"_L1 }, { "serverAddress"_L1, "127.0.0.1:6443"_L1 } } } },
    };
}

namespace {

/** The API groups besides the core one, in discovery order. */
const QStringList &apiGroups()
{
    static const QStringList groups { u"apps"_s, u"batch"_s, u"networking.k8s.io"_s, u"rbac.authorization.k8s.io"_s };
    return groups;
}

} // namespace

QJsonObject apiGroupDocument(const QString &group)
{
    if (!apiGroups().contains(group))
        return {};
    const QJsonObject version { { "groupVersion"_L1, QString(group + u"/v1"_s) }, { "version"_L1, "v1"_L1 } };
    return QJsonObject { { "kind"_L1, "APIGroup"_L1 },
                         { "apiVersion"_L1, "v1"_L1 },
                         { "name"_L1, group },
                         { "versions"_L1, QJsonArray { version } },
                         { "preferredVersion"_L1, version } };
}

QJsonObject apiGroupListDocument()
{
    QJsonArray groups;
    for (const QString &name : apiGroups()) {
        QJsonObject group = apiGroupDocument(name);
        group.remove("kind"_L1);
        group.remove("apiVersion"_L1);
        groups.append(group);
    }
    return QJsonObject { { "kind"_L1, "APIGroupList"_L1 },
                         { "apiVersion"_L1, "v1"_L1 },
                         { "groups"_L1, groups } };
}

QJsonObject apiResourceListDocument(const QString &groupVersion)
{
    QJsonArray resources;
    for (const ApiResource &r : apiResources()) {
        if (r.groupVersion() != groupVersion)
            continue;
        QJsonObject entry { { "name"_L1, r.name },
                            { "singularName"_L1, r.singularName },
                            { "namespaced"_L1, r.namespaced },
                            { "kind"_L1, r.kind },
                            { "verbs"_L1, toArray(r.verbs) } };
        if (!r.shortNames.isEmpty())
            entry.insert("shortNames"_L1, toArray(r.shortNames));
        resources.append(entry);
        for (const auto &[sub, verbs] : r.subresources) {
            QString kind = r.kind;
            if (sub == "scale"_L1)
                kind = u"Scale"_s;
            else if (sub == "portforward"_L1)
                kind = u"PodPortForwardOptions"_s;
            else if (sub == "exec"_L1)
                kind = u"PodExecOptions"_s;
            else if (sub == "log"_L1)
                kind = u"Pod"_s;
            QJsonObject subEntry { { "name"_L1, QString(r.name + u'/' + sub) },
                                   { "singularName"_L1, QString() },
                                   { "namespaced"_L1, r.namespaced },
                                   { "kind"_L1, kind },
                                   { "verbs"_L1, toArray(verbs) } };
            if (sub == "scale"_L1) {
                subEntry.insert("group"_L1, "autoscaling"_L1);
                subEntry.insert("version"_L1, "v1"_L1);
            }
            resources.append(subEntry);
        }
    }
    if (resources.isEmpty())
        return {};
    return QJsonObject { { "kind"_L1, "APIResourceList"_L1 },
                         { "apiVersion"_L1, "v1"_L1 },
                         { "groupVersion"_L1, groupVersion },
                         { "resources"_L1, resources } };
}

QJsonObject statusObject(int code, const QString &reason, const QString &message, const QJsonObject &details)
{
    QJsonObject status { { "kind"_L1, "Status"_L1 },
                         { "apiVersion"_L1, "v1"_L1 },
                         { "metadata"_L1, QJsonObject() },
                         { "status"_L1, code < 400 ? "Success"_L1 : "Failure"_L1 },
                         { "message"_L1, message },
                         { "reason"_L1, reason },
                         { "code"_L1, code } };
    if (!details.isEmpty())
        status.insert("details"_L1, details);
    return status;
}

QJsonObject statusDetails(const ApiResource &resource, const QString &name)
{
    QJsonObject d { { "kind"_L1, resource.name } };
    if (!name.isEmpty())
        d.insert("name"_L1, name);
    if (!resource.group.isEmpty())
        d.insert("group"_L1, resource.group);
    return d;
}

QJsonObject notFoundStatus(const ApiResource &resource, const QString &name)
{
    return statusObject(404, u"NotFound"_s, resource.qualifiedName() + u' ' + quotedName(name) + u" not found"_s,
                        statusDetails(resource, name));
}

QJsonObject withTypeMeta(QJsonObject object, const ApiResource &resource)
{
    object.insert("kind"_L1, resource.kind);
    object.insert("apiVersion"_L1, resource.groupVersion());
    return object;
}

QString quotedName(const QString &name)
{
    return u'"' + name + u'"';
}

QByteArray compactJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace Demo
