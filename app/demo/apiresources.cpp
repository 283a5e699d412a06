// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/apiresources.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Demo {

namespace {

const QStringList &objectVerbs()
{
    static const QStringList verbs {
        QStringLiteral("create"), QStringLiteral("delete"), QStringLiteral("get"), QStringLiteral("list"), QStringLiteral("patch"), QStringLiteral("update"), QStringLiteral("watch")
    };
    return verbs;
}

ApiResource make(const QString &group, const QString &name, const QString &singular, const QString &kind,
                 bool namespaced, const QStringList &shortNames,
                 const QList<QPair<QString, QStringList>> &subresources = {})
{
    ApiResource r;
    r.group = group;
    r.version = QStringLiteral("v1");
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
        const QStringList getPatchUpdate { QStringLiteral("get"), QStringLiteral("patch"), QStringLiteral("update") };
        QList<ApiResource> list;
        list << make({}, QStringLiteral("namespaces"), QStringLiteral("namespace"), QStringLiteral("Namespace"), false, { QStringLiteral("ns") },
                     { { QStringLiteral("status"), getPatchUpdate } });
        list << make({}, QStringLiteral("nodes"), QStringLiteral("node"), QStringLiteral("Node"), false, { QStringLiteral("no") }, { { QStringLiteral("status"), getPatchUpdate } });
        list << make({}, QStringLiteral("pods"), QStringLiteral("pod"), QStringLiteral("Pod"), true, { QStringLiteral("po") },
                     { { QStringLiteral("exec"), { QStringLiteral("create"), QStringLiteral("get") } },
                       { QStringLiteral("log"), { QStringLiteral("get") } },
                       { QStringLiteral("portforward"), { QStringLiteral("create"), QStringLiteral("get") } },
                       { QStringLiteral("status"), getPatchUpdate } });
        list << make({}, QStringLiteral("services"), QStringLiteral("service"), QStringLiteral("Service"), true, { QStringLiteral("svc") },
                     { { QStringLiteral("status"), getPatchUpdate } });
        list << make({}, QStringLiteral("endpoints"), QStringLiteral("endpoints"), QStringLiteral("Endpoints"), true, { QStringLiteral("ep") });
        list << make({}, QStringLiteral("secrets"), QStringLiteral("secret"), QStringLiteral("Secret"), true, {});
        list << make({}, QStringLiteral("configmaps"), QStringLiteral("configmap"), QStringLiteral("ConfigMap"), true, { QStringLiteral("cm") });
        list << make({}, QStringLiteral("persistentvolumeclaims"), QStringLiteral("persistentvolumeclaim"), QStringLiteral("PersistentVolumeClaim"), true,
                     { QStringLiteral("pvc") }, { { QStringLiteral("status"), getPatchUpdate } });
        list << make({}, QStringLiteral("events"), QStringLiteral("event"), QStringLiteral("Event"), true, { QStringLiteral("ev") });
        list << make({}, QStringLiteral("serviceaccounts"), QStringLiteral("serviceaccount"), QStringLiteral("ServiceAccount"), true, { QStringLiteral("sa") });
        list << make(QStringLiteral("apps"), QStringLiteral("deployments"), QStringLiteral("deployment"), QStringLiteral("Deployment"), true, { QStringLiteral("deploy") },
                     { { QStringLiteral("status"), getPatchUpdate }, { QStringLiteral("scale"), getPatchUpdate } });
        list << make(QStringLiteral("apps"), QStringLiteral("statefulsets"), QStringLiteral("statefulset"), QStringLiteral("StatefulSet"), true, { QStringLiteral("sts") },
                     { { QStringLiteral("status"), getPatchUpdate }, { QStringLiteral("scale"), getPatchUpdate } });
        list << make(QStringLiteral("apps"), QStringLiteral("replicasets"), QStringLiteral("replicaset"), QStringLiteral("ReplicaSet"), true, { QStringLiteral("rs") },
                     { { QStringLiteral("status"), getPatchUpdate }, { QStringLiteral("scale"), getPatchUpdate } });
        // batch/v1: what packaging/k8s applies (the scheduled scan); the emulator stores them, runs nothing.
        list << make(QStringLiteral("batch"), QStringLiteral("cronjobs"), QStringLiteral("cronjob"), QStringLiteral("CronJob"), true, { QStringLiteral("cj") },
                     { { QStringLiteral("status"), getPatchUpdate } });
        list << make(QStringLiteral("batch"), QStringLiteral("jobs"), QStringLiteral("job"), QStringLiteral("Job"), true, {}, { { QStringLiteral("status"), getPatchUpdate } });
        const QString networking = QStringLiteral("networking.k8s.io");
        list << make(networking, QStringLiteral("ingresses"), QStringLiteral("ingress"), QStringLiteral("Ingress"), true, { QStringLiteral("ing") },
                     { { QStringLiteral("status"), getPatchUpdate } });
        list << make(networking, QStringLiteral("networkpolicies"), QStringLiteral("networkpolicy"), QStringLiteral("NetworkPolicy"), true, { QStringLiteral("netpol") });
        // `kubectl auth can-i` (served by ApiServer::serveAccessReview, not stored).
        list << make(QStringLiteral("authorization.k8s.io"), QStringLiteral("selfsubjectaccessreviews"), QStringLiteral(""), QStringLiteral("SelfSubjectAccessReview"), false, {});
        list.last().verbs = { QStringLiteral("create") };
        const QString rbac = QStringLiteral("rbac.authorization.k8s.io");
        list << make(rbac, QStringLiteral("roles"), QStringLiteral("role"), QStringLiteral("Role"), true, {});
        list << make(rbac, QStringLiteral("rolebindings"), QStringLiteral("rolebinding"), QStringLiteral("RoleBinding"), true, {});
        list << make(rbac, QStringLiteral("clusterroles"), QStringLiteral("clusterrole"), QStringLiteral("ClusterRole"), false, {});
        list << make(rbac, QStringLiteral("clusterrolebindings"), QStringLiteral("clusterrolebinding"), QStringLiteral("ClusterRoleBinding"), false, {});
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
        { QLatin1String("kind"), QLatin1String("APIVersions") },
        { QLatin1String("versions"), QJsonArray { QStringLiteral("v1") } },
        { QLatin1String("serverAddressByClientCIDRs"),
          QJsonArray {
              QJsonObject { { QLatin1String("clientCIDR"), QLatin1String("0.0.0.0/0") }, { QLatin1String("serverAddress"), QLatin1String("127.0.0.1:6443") } } } },
    };
}

namespace {

/** The API groups besides the core one, in discovery order. */
const QStringList &apiGroups()
{
    static const QStringList groups { QStringLiteral("apps"), QStringLiteral("batch"), QStringLiteral("networking.k8s.io"), QStringLiteral("rbac.authorization.k8s.io") };
    return groups;
}

} // namespace

QJsonObject apiGroupDocument(const QString &group)
{
    if (!apiGroups().contains(group))
        return {};
    const QJsonObject version { { QLatin1String("groupVersion"), QString(group + QStringLiteral("/v1")) }, { QLatin1String("version"), QLatin1String("v1") } };
    return QJsonObject { { QLatin1String("kind"), QLatin1String("APIGroup") },
                         { QLatin1String("apiVersion"), QLatin1String("v1") },
                         { QLatin1String("name"), group },
                         { QLatin1String("versions"), QJsonArray { version } },
                         { QLatin1String("preferredVersion"), version } };
}

QJsonObject apiGroupListDocument()
{
    QJsonArray groups;
    for (const QString &name : apiGroups()) {
        QJsonObject group = apiGroupDocument(name);
        group.remove(QLatin1String("kind"));
        group.remove(QLatin1String("apiVersion"));
        groups.append(group);
    }
    return QJsonObject { { QLatin1String("kind"), QLatin1String("APIGroupList") },
                         { QLatin1String("apiVersion"), QLatin1String("v1") },
                         { QLatin1String("groups"), groups } };
}

QJsonObject apiResourceListDocument(const QString &groupVersion)
{
    QJsonArray resources;
    for (const ApiResource &r : apiResources()) {
        if (r.groupVersion() != groupVersion)
            continue;
        QJsonObject entry { { QLatin1String("name"), r.name },
                            { QLatin1String("singularName"), r.singularName },
                            { QLatin1String("namespaced"), r.namespaced },
                            { QLatin1String("kind"), r.kind },
                            { QLatin1String("verbs"), toArray(r.verbs) } };
        if (!r.shortNames.isEmpty())
            entry.insert(QLatin1String("shortNames"), toArray(r.shortNames));
        resources.append(entry);
        for (const auto &[sub, verbs] : r.subresources) {
            QString kind = r.kind;
            if (sub == QLatin1String("scale"))
                kind = QStringLiteral("Scale");
            else if (sub == QLatin1String("portforward"))
                kind = QStringLiteral("PodPortForwardOptions");
            else if (sub == QLatin1String("exec"))
                kind = QStringLiteral("PodExecOptions");
            else if (sub == QLatin1String("log"))
                kind = QStringLiteral("Pod");
            QJsonObject subEntry { { QLatin1String("name"), QString(r.name + u'/' + sub) },
                                   { QLatin1String("singularName"), QString() },
                                   { QLatin1String("namespaced"), r.namespaced },
                                   { QLatin1String("kind"), kind },
                                   { QLatin1String("verbs"), toArray(verbs) } };
            if (sub == QLatin1String("scale")) {
                subEntry.insert(QLatin1String("group"), QLatin1String("autoscaling"));
                subEntry.insert(QLatin1String("version"), QLatin1String("v1"));
            }
            resources.append(subEntry);
        }
    }
    if (resources.isEmpty())
        return {};
    return QJsonObject { { QLatin1String("kind"), QLatin1String("APIResourceList") },
                         { QLatin1String("apiVersion"), QLatin1String("v1") },
                         { QLatin1String("groupVersion"), groupVersion },
                         { QLatin1String("resources"), resources } };
}

QJsonObject statusObject(int code, const QString &reason, const QString &message, const QJsonObject &details)
{
    QJsonObject status { { QLatin1String("kind"), QLatin1String("Status") },
                         { QLatin1String("apiVersion"), QLatin1String("v1") },
                         { QLatin1String("metadata"), QJsonObject() },
                         { QLatin1String("status"), code < 400 ? QLatin1String("Success") : QLatin1String("Failure") },
                         { QLatin1String("message"), message },
                         { QLatin1String("reason"), reason },
                         { QLatin1String("code"), code } };
    if (!details.isEmpty())
        status.insert(QLatin1String("details"), details);
    return status;
}

QJsonObject statusDetails(const ApiResource &resource, const QString &name)
{
    QJsonObject d { { QLatin1String("kind"), resource.name } };
    if (!name.isEmpty())
        d.insert(QLatin1String("name"), name);
    if (!resource.group.isEmpty())
        d.insert(QLatin1String("group"), resource.group);
    return d;
}

QJsonObject notFoundStatus(const ApiResource &resource, const QString &name)
{
    return statusObject(404, QStringLiteral("NotFound"), resource.qualifiedName() + u' ' + quotedName(name) + QStringLiteral(" not found"),
                        statusDetails(resource, name));
}

QJsonObject withTypeMeta(QJsonObject object, const ApiResource &resource)
{
    object.insert(QLatin1String("kind"), resource.kind);
    object.insert(QLatin1String("apiVersion"), resource.groupVersion());
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
