// SPDX-License-Identifier: GPL-3.0-or-later
#include "fleet/inventory.h"
#include "fleet/secretreads.h"

#include "fleet/jsonfields.h"

#include "fleet/clientsettings.h"
#include "fleet/networkexposure.h"

#include "core/secret.h"
#include "fleet/tlsmaterial.h"
#include "kube/kubeclient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QPointer>
#include <QMessageAuthenticationCode>
#include <QPromise>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <algorithm>
#include <memory>
#include <tuple>

namespace Fleet {

namespace {

using Json::obj;
using Json::arr;
using Json::str;
using Json::nameOf;

QJsonObject labelsOf(const QJsonObject &object)
{
    return obj(obj(object, "metadata"), "labels");
}

/** True when every key=value of @p selector is in @p labels (an empty selector matches nothing). */
bool selects(const QJsonObject &selector, const QJsonObject &labels)
{
    if (selector.isEmpty())
        return false;
    for (auto it = selector.begin(); it != selector.end(); ++it) {
        if (labels.value(it.key()) != it.value())
            return false;
    }
    return true;
}

std::optional<Kind> kindFromImage(const QString &image)
{
    // "docker.io/library/postgres:17-alpine", "bitnami/redis:7", "rabbitmq:3-management"
    QString repository = image.section(u'/', -1).section(u':', 0, 0).section(u'@', 0, 0).toLower();
    if (repository.contains(QStringLiteral("postgres")) || repository.contains(QStringLiteral("postgis")))
        return Kind::PostgreSQL;
    if (repository.contains(QStringLiteral("redis")) || repository.contains(QStringLiteral("valkey")))
        return Kind::Redis;
    if (repository.contains(QStringLiteral("rabbitmq")))
        return Kind::RabbitMQ;
    return std::nullopt;
}

const QJsonObject *findByName(const QList<QJsonObject> &objects, const QString &name)
{
    for (const QJsonObject &object : objects) {
        if (nameOf(object) == name)
            return &object;
    }
    return nullptr;
}

QByteArray secretValue(const QJsonObject &secret, const QString &key)
{
    return secretData(secret, key).value.value_or(QByteArray()); // strict base64: see clientsettings.cpp
}

bool isPasswordKey(const QString &name)
{
    const QString upper = name.toUpper();
    return upper.contains(QStringLiteral("PASSWORD")) || upper.contains(QStringLiteral("PASS"))
           || upper == u"REDIS_AUTH";
}

struct WorkloadRef
{
    QString kind;
    QJsonObject object;
};

QList<WorkloadRef> workloads(const ClusterObjects &objects)
{
    QList<WorkloadRef> all;
    for (const QJsonObject &d : objects.deployments)
        all.append({QStringLiteral("Deployment"), d});
    for (const QJsonObject &s : objects.statefulSets)
        all.append({QStringLiteral("StatefulSet"), s});
    return all;
}

QJsonObject podSpecOf(const QJsonObject &workload)
{
    return obj(obj(obj(workload, "spec"), "template"), "spec");
}

void linkPods(Datastore &store, const QJsonObject &workload, const ClusterObjects &objects)
{
    const QJsonObject selector = obj(obj(obj(workload, "spec"), "selector"), "matchLabels");
    for (const QJsonObject &pod : objects.pods) {
        if (!selects(selector, labelsOf(pod)))
            continue;
        PodFacts facts;
        facts.name = nameOf(pod);
        facts.uid = str(obj(pod, "metadata"), "uid");
        const QJsonObject status = obj(pod, "status");
        facts.phase = str(status, "phase");
        bool ready = false;
        for (const QJsonValue &condition : arr(status, "conditions")) {
            if (condition.toObject().value(QStringLiteral("type")).toString() == u"Ready")
                ready = condition.toObject().value(QStringLiteral("status")).toString() == u"True";
        }
        facts.ready = ready;
        for (const QJsonValue &value : arr(status, "containerStatuses")) {
            const QJsonObject container = value.toObject();
            facts.restarts += container.value(QStringLiteral("restartCount")).toInt();
            const QString waiting = str(obj(obj(container, "state"), "waiting"), "reason");
            if (facts.waitingReason.isEmpty() && waiting != u"ContainerCreating" && waiting != u"PodInitializing")
                facts.waitingReason = waiting;
            const QJsonObject terminated = obj(obj(container, "lastState"), "terminated");
            if (!facts.lastExitCode && terminated.contains(QStringLiteral("exitCode"))) {
                facts.lastExitCode = terminated.value(QStringLiteral("exitCode")).toInt();
                facts.lastTerminationReason = str(terminated, "reason");
            }
        }
        const QJsonArray containers = arr(obj(pod, "spec"), "containers");
        if (!containers.isEmpty()) {
            const QJsonObject first = containers.first().toObject();
            facts.image = str(first, "image");
            // What runs: the image's digest on a cluster; on the demo, the local server behind the image.
            for (const QJsonValue &value : arr(status, "containerStatuses")) {
                if (str(value.toObject(), "name") == str(first, "name"))
                    facts.imageId = str(value.toObject(), "imageID");
            }
        }
        store.pods << facts;
    }
}

void linkService(Datastore &store, const QJsonObject &workload, const ClusterObjects &objects)
{
    const QJsonObject templateLabels = obj(obj(obj(obj(workload, "spec"), "template"), "metadata"), "labels");
    const quint16 wanted = defaultPort(store.kind);
    for (const QJsonObject &service : objects.services) {
        const QJsonObject spec = obj(service, "spec");
        if (!selects(obj(spec, "selector"), templateLabels))
            continue;
        store.serviceName = nameOf(service);
        const QJsonArray ports = arr(spec, "ports");
        for (const QJsonValue &p : ports) {
            const QJsonObject port = p.toObject();
            const int number = port.value(QStringLiteral("port")).toInt();
            if (store.servicePort == 0 || number == wanted || port.value(QStringLiteral("targetPort")).toInt() == wanted)
                store.servicePort = quint16(number);
        }
        if (!store.serviceName.isEmpty())
            return;
    }
}

void linkVolumes(Datastore &store, const QJsonObject &workload, const QString &kind, const ClusterObjects &objects)
{
    const QJsonObject podSpec = podSpecOf(workload);
    const QJsonArray volumes = arr(podSpec, "volumes");
    QStringList pvcNames;
    for (const QJsonValue &v : volumes) {
        const QJsonObject volume = v.toObject();
        if (volume.contains(QStringLiteral("persistentVolumeClaim")))
            pvcNames << str(obj(volume, "persistentVolumeClaim"), "claimName");
    }
    // StatefulSets: claims from volumeClaimTemplates, one per ordinal.
    if (kind == u"StatefulSet") {
        const QString setName = nameOf(workload);
        const int replicas = obj(workload, "spec").value(QStringLiteral("replicas")).toInt(1);
        for (const QJsonValue &t : arr(obj(workload, "spec"), "volumeClaimTemplates")) {
            const QString templateName = nameOf(t.toObject());
            for (int i = 0; i < replicas; ++i)
                pvcNames << QStringLiteral("%1-%2-%3").arg(templateName, setName).arg(i);
        }
    }
    for (const QString &claim : std::as_const(pvcNames)) {
        PvcFacts facts;
        facts.name = claim;
        if (const QJsonObject *pvc = findByName(objects.pvcs, claim)) {
            facts.phase = str(obj(*pvc, "status"), "phase");
            facts.capacity = str(obj(obj(*pvc, "status"), "capacity"), "storage");
            if (facts.capacity.isEmpty())
                facts.capacity = str(obj(obj(obj(*pvc, "spec"), "resources"), "requests"), "storage");
            facts.storageClass = str(obj(*pvc, "spec"), "storageClassName");
            for (const QJsonValue &mode : arr(obj(*pvc, "spec"), "accessModes"))
                facts.accessModes << mode.toString();
        }
        store.pvcs << facts;
    }
    // Data on emptyDir, or no claim at all: it is gone with the pod.
    bool bound = false;
    for (const PvcFacts &pvc : std::as_const(store.pvcs))
        bound = bound || pvc.phase == u"Bound";
    store.ephemeralData = !bound;
}

/**
 * The TLS files the server reads, followed through its mounts to the Secret keys (fleet/tlsmaterial.h); the
 * certificate, CA and key mode facts come from that chain only.
 */
void linkTlsMaterial(Datastore &store, const QJsonObject &workload, const QString &container, const ClusterObjects &objects)
{
    store.tlsMaterial = resolveTlsMaterial(store.kind, podSpecOf(workload), container, objects.secrets, objects.configMaps);
    const TlsMaterial &m = store.tlsMaterial;
    store.tlsSecretName = !m.certificate.secret.isEmpty() ? m.certificate.secret : m.key.secret;
    store.tlsSecretCertificatePem = tlsFileContent(m.certificate, objects.secrets, objects.configMaps);
    store.tlsSecretCaPem = tlsFileContent(m.ca, objects.secrets, objects.configMaps);
    store.keyFileMode = m.key.resolved() ? m.key.mode : std::nullopt;
    store.keyModeFixedByInitContainer = !m.key.copiedBy.isEmpty() && m.key.mode.has_value();
}

/** The credentials secret from env (secretKeyRef on a password variable) or envFrom. */


/** HMAC-SHA256 of @p password under a key made at random once per process: equal passwords give equal digests
 *  within one run, and a digest alone says nothing about the password (nor survives the process). */
QByteArray passwordDigest(const QByteArray &password)
{
    static const QByteArray key = [] {
        QByteArray bytes(32, Qt::Uninitialized);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
        return bytes;
    }();
    return QMessageAuthenticationCode::hash(password, key, QCryptographicHash::Sha256);
}

/** Service isolation: which datastores share a password. The digests are dropped once compared. */
void comparePasswords(QList<Datastore> &stores)
{
    for (Datastore &store : stores) {
        if (store.passwordDigest.isEmpty())
            continue;
        QStringList shared;
        for (const Datastore &other : std::as_const(stores)) {
            if (&other != &store && !other.passwordDigest.isEmpty() && other.passwordDigest == store.passwordDigest)
                shared << other.name;
        }
        store.passwordSharedWith = shared;
    }
    for (Datastore &store : stores)
        Core::wipe(store.passwordDigest);
}

/** The last write of a Secret key, as the API server's managedFields record it. */
struct PasswordWrite
{
    QDateTime at;
    QString manager;
};

/**
 * The latest managedFields entry of @p secret whose fields include data.@p key (fieldsV1 `f:data` → `f:<key>`):
 * its time and manager. Invalid when no entry names the key (older servers, objects made before managedFields).
 */
PasswordWrite lastPasswordWrite(const QJsonObject &secret, const QString &key)
{
    PasswordWrite last;
    if (key.isEmpty())
        return last;
    const QString field = QStringLiteral("f:") + key;
    for (const QJsonValue &value : arr(obj(secret, "metadata"), "managedFields")) {
        const QJsonObject entry = value.toObject();
        if (str(entry, "fieldsType") != u"FieldsV1" || !obj(obj(entry, "fieldsV1"), "f:data").contains(field))
            continue;
        const QDateTime when = QDateTime::fromString(str(entry, "time"), Qt::ISODate);
        if (when.isValid() && (!last.at.isValid() || when > last.at)) {
            last.at = when.toUTC();
            last.manager = str(entry, "manager");
        }
    }
    return last;
}

void linkCredentials(Datastore &store, const QJsonObject &workload, const ClusterObjects &objects)
{
    const QJsonObject podSpec = podSpecOf(workload);
    for (const QJsonValue &c : arr(podSpec, "containers")) {
        const QJsonObject container = c.toObject();
        for (const QJsonValue &e : arr(container, "env")) {
            const QJsonObject env = e.toObject();
            const QJsonObject ref = obj(obj(env, "valueFrom"), "secretKeyRef");
            if (!ref.isEmpty() && isPasswordKey(str(env, "name"))) {
                store.credentialsSecretName = str(ref, "name");
                store.passwordKey = str(ref, "key");
            }
        }
        if (store.credentialsSecretName.isEmpty()) {
            for (const QJsonValue &f : arr(container, "envFrom")) {
                const QJsonObject ref = obj(f.toObject(), "secretRef");
                if (ref.isEmpty())
                    continue;
                const QJsonObject *secret = findByName(objects.secrets, str(ref, "name"));
                if (!secret)
                    continue;
                const QJsonObject data = obj(*secret, "data");
                for (auto it = data.begin(); it != data.end(); ++it) {
                    if (isPasswordKey(it.key())) {
                        store.credentialsSecretName = str(ref, "name");
                        store.passwordKey = it.key();
                        break;
                    }
                }
            }
        }
        // Redis: --requirepass $(REDIS_PASSWORD) reads the env set above; nothing more to do.
    }
    if (store.credentialsSecretName.isEmpty())
        return;
    const QJsonObject *secret = findByName(objects.secrets, store.credentialsSecretName);
    if (!secret)
        return;
    SecretValue read = secretData(*secret, store.passwordKey);
    store.passwordError = read.error; // not valid base64: the password's shape is unknown, not short
    QByteArray value = read.value.value_or(QByteArray());
    if (read.value)
        Core::wipe(*read.value);
    if (!value.isEmpty()) {
        store.password = passwordShape(value);
        store.passwordDigest = passwordDigest(value);
    }
    Core::wipe(value);
    const QJsonObject annotations = obj(obj(*secret, "metadata"), "annotations");
    for (auto it = annotations.begin(); it != annotations.end(); ++it) {
        if (it.key().contains(QStringLiteral("rotat"), Qt::CaseInsensitive)) {
            const QDateTime when = QDateTime::fromString(it.value().toString(), Qt::ISODate);
            if (when.isValid()) {
                store.passwordRotatedAt = when.toUTC();
                store.passwordRotatedSource = QStringLiteral("annotation ") + it.key();
            }
        }
    }
    // What every cluster records whatever the process: the API server's managedFields say when the field manager
    // that owns the password key last wrote the Secret. The password is at least that old, never younger.
    const PasswordWrite written = lastPasswordWrite(*secret, store.passwordKey);
    if (written.at.isValid() && (!store.passwordRotatedAt.isValid() || written.at > store.passwordRotatedAt)) {
        store.passwordRotatedAt = written.at;
        store.passwordRotatedSource = QStringLiteral("managedFields ") + written.manager;
    }
}

// ---------------------------------------------------------------- RBAC: who can read Secrets

QStringList stringList(const QJsonObject &o, const char *key)
{
    QStringList list;
    for (const QJsonValue &value : arr(o, key))
        list << value.toString();
    return list;
}

/** Rules of the ClusterRoles every cluster bootstraps, for when a binding names one the list did not hold. */
QJsonArray builtInClusterRoleRules(const QString &name)
{
    auto rule = [](const QStringList &groups, const QStringList &resources, const QStringList &verbs) {
        return QJsonObject{{QStringLiteral("apiGroups"), QJsonArray::fromStringList(groups)},
                           {QStringLiteral("resources"), QJsonArray::fromStringList(resources)},
                           {QStringLiteral("verbs"), QJsonArray::fromStringList(verbs)}};
    };
    if (name == u"cluster-admin")
        return {rule({QStringLiteral("*")}, {QStringLiteral("*")}, {QStringLiteral("*")})};
    if (name == u"admin" || name == u"edit") {
        return {rule({QString()}, {QStringLiteral("secrets")},
                     {QStringLiteral("create"), QStringLiteral("delete"), QStringLiteral("deletecollection"),
                      QStringLiteral("get"), QStringLiteral("list"), QStringLiteral("patch"), QStringLiteral("update"),
                      QStringLiteral("watch")})};
    }
    return {};
}

/** The control plane's own subjects, which every cluster has and which read Secrets by design. */
bool isControlPlaneSubject(const QString &kind, const QString &name, const QString &saNamespace,
                           const QString &bindingName)
{
    if (kind == u"Group")
        return name == u"system:masters" || name == u"system:nodes";
    if (kind == u"User") {
        static const QStringList users{QStringLiteral("system:kube-controller-manager"),
                                       QStringLiteral("system:kube-scheduler"), QStringLiteral("system:apiserver"),
                                       QStringLiteral("kube-apiserver-kubelet-client")};
        return users.contains(name) || name.startsWith(QStringLiteral("system:node:"));
    }
    // The controller manager's per-controller ServiceAccounts (system:controller:* bindings) and the bootstrap
    // bindings (system:*) of kube-system's own components.
    return kind == u"ServiceAccount" && saNamespace == u"kube-system" && bindingName.startsWith(QStringLiteral("system:"));
}

bool isEveryoneGroup(const QString &name)
{
    return name == u"system:authenticated" || name == u"system:unauthenticated" || name == u"system:serviceaccounts"
           || name.startsWith(QStringLiteral("system:serviceaccounts:"));
}

QString bracketed(const QStringList &values)
{
    QStringList shown;
    for (const QString &value : values)
        shown << (value.isEmpty() ? QStringLiteral("\"\"") : value);
    return u'[' + shown.join(u' ') + u']';
}

/** The read verbs of @p rule on Secrets (empty when it grants none). */
QStringList secretReadVerbs(const QJsonObject &rule)
{
    const QStringList groups = stringList(rule, "apiGroups");
    const QStringList resources = stringList(rule, "resources");
    const QStringList verbs = stringList(rule, "verbs");
    if (!groups.contains(QString()) && !groups.contains(QStringLiteral("*")))
        return {};
    if (!resources.contains(QStringLiteral("secrets")) && !resources.contains(QStringLiteral("*")))
        return {};
    QStringList read;
    for (const QString &verb : {QStringLiteral("get"), QStringLiteral("list"), QStringLiteral("watch")}) {
        if (verbs.contains(verb) || verbs.contains(QStringLiteral("*")))
            read << verb;
    }
    return read;
}

void addGrants(SecretAccess &access, const QJsonObject &binding, bool clusterBinding, const ClusterObjects &objects)
{
    const QString bindingName = nameOf(binding);
    const QJsonObject roleRef = obj(binding, "roleRef");
    const QString roleKind = str(roleRef, "kind");
    const QString roleName = str(roleRef, "name");
    QJsonArray rules;
    if (roleKind == u"Role" && !clusterBinding) {
        if (const QJsonObject *role = findByName(objects.roles, roleName))
            rules = arr(*role, "rules");
    } else if (roleKind == u"ClusterRole") {
        if (const QJsonObject *role = findByName(objects.clusterRoles, roleName))
            rules = arr(*role, "rules");
        else
            rules = builtInClusterRoleRules(roleName);
    }
    const QString bindingLabel = clusterBinding
                                     ? QStringLiteral("ClusterRoleBinding ") + bindingName
                                     : QStringLiteral("RoleBinding %1/%2").arg(objects.namespaceName, bindingName);
    const QString roleLabel = roleKind + u' ' + roleName;
    for (const QJsonValue &r : std::as_const(rules)) {
        const QJsonObject rule = r.toObject();
        const QStringList verbs = secretReadVerbs(rule);
        if (verbs.isEmpty())
            continue;
        const QStringList resourceNames = stringList(rule, "resourceNames");
        QString ruleText = QStringLiteral("apiGroups %1 resources %2 verbs %3")
                               .arg(bracketed(stringList(rule, "apiGroups")), bracketed(stringList(rule, "resources")),
                                    bracketed(stringList(rule, "verbs")));
        if (!resourceNames.isEmpty())
            ruleText += QStringLiteral(" resourceNames ") + bracketed(resourceNames);
        const bool wildcard = stringList(rule, "verbs").contains(QStringLiteral("*"))
                              || stringList(rule, "resources").contains(QStringLiteral("*"));
        for (const QJsonValue &sv : arr(binding, "subjects")) {
            const QJsonObject subject = sv.toObject();
            const QString kind = str(subject, "kind");
            const QString name = str(subject, "name");
            QString saNamespace = str(subject, "namespace");
            if (kind == u"ServiceAccount" && saNamespace.isEmpty() && !clusterBinding)
                saNamespace = objects.namespaceName;
            if (isControlPlaneSubject(kind, name, saNamespace, bindingName))
                continue;
            SecretGrant grant;
            grant.subject = kind == u"ServiceAccount" ? QStringLiteral("ServiceAccount %1/%2").arg(saNamespace, name)
                                                      : kind + u' ' + name;
            grant.binding = bindingLabel;
            grant.role = roleLabel;
            grant.rule = ruleText;
            grant.verbs = verbs;
            grant.resourceNames = resourceNames;
            QStringList why;
            if (resourceNames.isEmpty()) {
                if (kind == u"Group" && isEveryoneGroup(name))
                    why << QCoreApplication::translate("Fleet", "granted to a group of everyone");
                if (kind == u"ServiceAccount" && name == u"default")
                    why << QCoreApplication::translate("Fleet", "granted to a default ServiceAccount (every pod that names none)");
                if (clusterBinding)
                    why << QCoreApplication::translate("Fleet", "granted by a ClusterRoleBinding (every namespace)");
                if (wildcard)
                    why << QCoreApplication::translate("Fleet", "a wildcard rule");
            }
            grant.broad = !why.isEmpty();
            grant.why = why.join(QStringLiteral("; "));
            access.grants << grant;
        }
    }
}

} // namespace

QList<Datastore> discover(const ClusterObjects &objects)
{
    QList<Datastore> found;
    for (const WorkloadRef &ref : workloads(objects)) {
        const QJsonObject &workload = ref.object;
        const QJsonObject labels = labelsOf(workload);
        const QJsonObject templateLabels = obj(obj(obj(obj(workload, "spec"), "template"), "metadata"), "labels");
        const bool labelled = labels.value(QStringLiteral("app.kubernetes.io/component")).toString() == u"database"
                              || templateLabels.value(QStringLiteral("app.kubernetes.io/component")).toString() == u"database";
        std::optional<Kind> kind;
        QString image;
        int containerPort = 0;
        QList<quint16> containerPorts;
        QString containerName;
        for (const QJsonValue &c : arr(podSpecOf(workload), "containers")) {
            const QJsonObject container = c.toObject();
            const auto fromImage = kindFromImage(str(container, "image"));
            if (fromImage && !kind) {
                kind = fromImage;
                containerName = str(container, "name");
                image = str(container, "image");
                const QJsonArray ports = arr(container, "ports");
                for (const QJsonValue &port : ports) {
                    const int number = port.toObject().value(QStringLiteral("containerPort")).toInt();
                    if (number > 0 && number < 65536)
                        containerPorts << quint16(number);
                }
                if (!containerPorts.isEmpty())
                    containerPort = containerPorts.first();
                // A broker declares 5672 and 5671 (and 15672) in any order: the TLS port is the one to inspect.
                if (*fromImage == Kind::RabbitMQ && containerPorts.contains(defaultPort(Kind::RabbitMQ)))
                    containerPort = defaultPort(Kind::RabbitMQ);
            }
        }
        if (!kind && labelled) {
            const QString appName = labels.value(QStringLiteral("app.kubernetes.io/name")).toString();
            kind = kindFromName(appName);
        }
        if (!kind)
            continue; // not a datastore (or one we do not know)

        Datastore store;
        store.name = nameOf(workload);
        store.kind = *kind;
        store.namespaceName = objects.namespaceName;
        store.workloadKind = ref.kind;
        store.workloadName = nameOf(workload);
        store.image = image;
        store.containerPort = quint16(containerPort ? containerPort : defaultPort(*kind));
        store.containerPorts = containerPorts;
        linkPods(store, workload, objects);
        linkService(store, workload, objects);
        linkVolumes(store, workload, ref.kind, objects);
        linkTlsMaterial(store, workload, containerName, objects);
        linkCredentials(store, workload, objects);
        linkNetwork(store, workload, objects); // networkexposure.cpp
        found << store;
    }
    for (Datastore &store : found)
        linkClientSettings(store, objects); // clientsettings.cpp
    comparePasswords(found);
    std::sort(found.begin(), found.end(), [](const Datastore &a, const Datastore &b) { return a.name < b.name; });
    return found;
}

QString SecretGrant::path() const
{
    const QString scope = resourceNames.isEmpty()
                              ? QCoreApplication::translate("Fleet", "every Secret")
                              : QCoreApplication::translate("Fleet", "only %1").arg(resourceNames.join(QStringLiteral(", ")));
    return QCoreApplication::translate("Fleet", "%1 via %2 → %3 (%4 %5)")
        .arg(subject, binding, role, verbs.join(u'/'), scope);
}

QJsonObject SecretGrant::toJson() const
{
    QJsonObject json{
        {QStringLiteral("subject"), subject},
        {QStringLiteral("binding"), binding},
        {QStringLiteral("role"), role},
        {QStringLiteral("rule"), rule},
        {QStringLiteral("verbs"), QJsonArray::fromStringList(verbs)},
        {QStringLiteral("resourceNames"), QJsonArray::fromStringList(resourceNames)},
        {QStringLiteral("broad"), broad},
    };
    if (!why.isEmpty())
        json.insert(QStringLiteral("why"), why);
    return json;
}

QStringList SecretAccess::broadGrants() const
{
    QStringList list;
    for (const SecretGrant &grant : grants) {
        if (grant.broad && !list.contains(grant.path()))
            list << grant.path();
    }
    list.sort();
    return list;
}

QJsonObject SecretAccess::toJson() const
{
    QJsonArray grantArray;
    for (const SecretGrant &grant : grants)
        grantArray.append(grant.toJson());
    QJsonObject json{{QStringLiteral("observed"), observed}};
    if (observed) {
        json.insert(QStringLiteral("grants"), grantArray);
        json.insert(QStringLiteral("broad"), QJsonArray::fromStringList(broadGrants()));
    } else {
        json.insert(QStringLiteral("unknown"), unknownReason);
    }
    return json;
}

SecretAccess analyseSecretAccess(const ClusterObjects &objects)
{
    SecretAccess access;
    if (!objects.rbacUnreadable.isEmpty()) {
        access.unknownReason = objects.rbacUnreadable.join(QStringLiteral("; "));
        return access;
    }
    access.observed = true;
    for (const QJsonObject &binding : objects.roleBindings)
        addGrants(access, binding, false, objects);
    for (const QJsonObject &binding : objects.clusterRoleBindings)
        addGrants(access, binding, true, objects);
    std::stable_sort(access.grants.begin(), access.grants.end(), [](const SecretGrant &a, const SecretGrant &b) {
        return std::tie(a.subject, a.binding, a.role) < std::tie(b.subject, b.binding, b.role);
    });
    return access;
}

QStringList podsOfWorkload(const QString &workload, const ClusterObjects &objects)
{
    const QString kind = workload.section(u'/', 0, 0);
    const QString name = workload.section(u'/', 1);
    const QList<QJsonObject> &pool = kind == u"StatefulSet" ? objects.statefulSets : objects.deployments;
    const QJsonObject *found = findByName(pool, name);
    QStringList pods;
    if (!found)
        return pods;
    const QJsonObject selector = obj(obj(obj(*found, "spec"), "selector"), "matchLabels");
    for (const QJsonObject &pod : objects.pods) {
        if (selects(selector, labelsOf(pod)))
            pods << nameOf(pod);
    }
    return pods;
}

LoginCredentials loginFor(const Datastore &store, const ClusterObjects &objects)
{
    LoginCredentials login;
    const QList<QJsonObject> &pool = store.workloadKind == u"StatefulSet" ? objects.statefulSets : objects.deployments;
    const QJsonObject *workload = findByName(pool, store.workloadName);
    if (workload) {
        for (const QJsonValue &c : arr(podSpecOf(*workload), "containers")) {
            for (const QJsonValue &e : arr(c.toObject(), "env")) {
                const QJsonObject env = e.toObject();
                const QString name = str(env, "name");
                QString value = str(env, "value");
                const QJsonObject ref = obj(obj(env, "valueFrom"), "secretKeyRef");
                if (!ref.isEmpty() && name != u"POSTGRES_PASSWORD") {
                    if (const QJsonObject *secret = findByName(objects.secrets, str(ref, "name")))
                        value = QString::fromUtf8(secretValue(*secret, str(ref, "key")));
                }
                if (name == u"POSTGRES_USER" || name == u"REDIS_USERNAME")
                    login.user = value;
                else if (name == u"POSTGRES_DB")
                    login.database = value;
            }
        }
    }
    if (store.kind == Kind::PostgreSQL) {
        if (login.user.isEmpty())
            login.user = QStringLiteral("postgres");
        if (login.database.isEmpty())
            login.database = login.user;
    }
    if (!store.credentialsSecretName.isEmpty()) {
        if (const QJsonObject *secret = findByName(objects.secrets, store.credentialsSecretName)) {
            QByteArray value = secretValue(*secret, store.passwordKey);
            login.password = Core::Secret(value);
            Core::wipe(value);
        }
    }
    return login;
}

QFuture<InventoryResult> loadInventory(Kube::KubeClient *client, const QString &namespaceName, QObject *context)
{
    struct State
    {
        QPromise<InventoryResult> promise;
        InventoryResult result;
        int pending = 0;
        bool secretsForbidden = false; ///< the Secrets may not be listed: those the workloads name are read one by one
    };
    auto state = std::make_shared<State>();
    state->promise.start();
    state->result.objects.namespaceName = namespaceName;
    QFuture<InventoryResult> future = state->promise.future();

    const QList<QPair<QString, QList<QJsonObject> ClusterObjects::*>> lists = {
        {QStringLiteral("deployments"), &ClusterObjects::deployments},
        {QStringLiteral("statefulsets"), &ClusterObjects::statefulSets},
        {QStringLiteral("pods"), &ClusterObjects::pods},
        {QStringLiteral("services"), &ClusterObjects::services},
        {QStringLiteral("persistentvolumeclaims"), &ClusterObjects::pvcs},
        {QStringLiteral("secrets"), &ClusterObjects::secrets},
        {QStringLiteral("configmaps"), &ClusterObjects::configMaps},
        {QStringLiteral("ingresses"), &ClusterObjects::ingresses},
        {QStringLiteral("networkpolicies"), &ClusterObjects::networkPolicies},
        {QStringLiteral("roles"), &ClusterObjects::roles},
        {QStringLiteral("rolebindings"), &ClusterObjects::roleBindings},
        {QStringLiteral("clusterroles"), &ClusterObjects::clusterRoles},
        {QStringLiteral("clusterrolebindings"), &ClusterObjects::clusterRoleBindings},
    };
    state->pending = int(lists.size());
    auto finish = [state] {
        if (state->result.error.isEmpty()) {
            state->result.datastores = discover(state->result.objects);
            state->result.objects.rbacUnreadable.sort();
            state->result.secretAccess = analyseSecretAccess(state->result.objects);
        }
        state->promise.addResult(state->result);
        state->promise.finish();
    };
    // The client may be gone when the lists end (a new connection replaced it): then no Secret is read by name.
    const QPointer<Kube::KubeClient> guardedClient(client);
    for (const auto &entry : lists) {
        const QString resource = entry.first;
        const auto member = entry.second;
        client->list(resource, namespaceName).then(context, [state, resource, member, finish, guardedClient, namespaceName,
                                                             context](const Kube::Response &response) {
            if (response.ok()) {
                for (const QJsonValue &item : response.object.value(QStringLiteral("items")).toArray())
                    (state->result.objects.*member).append(item.toObject());
            } else if (resource == u"deployments" || resource == u"pods") {
                // Without workloads or pods there is no inventory at all.
                if (state->result.error.isEmpty())
                    state->result.error = response.error.message;
            } else {
                if (resource == u"secrets" && response.error.kind == Kube::ApiError::Kind::Forbidden)
                    state->secretsForbidden = true;
                state->result.objects.notes << response.error.message;
                const QString serverMessage = response.object.value(QStringLiteral("message")).toString();
                state->result.objects.unreadable.insert(
                    resource, QCoreApplication::translate("Fleet", "cannot list %1: %2")
                                  .arg(resource, serverMessage.isEmpty() ? response.error.message : serverMessage));
                static const QStringList rbac{QStringLiteral("roles"), QStringLiteral("rolebindings"),
                                              QStringLiteral("clusterroles"), QStringLiteral("clusterrolebindings")};
                if (rbac.contains(resource)) {
                    state->result.objects.rbacUnreadable
                        << (response.error.kind == Kube::ApiError::Kind::Forbidden
                                ? QCoreApplication::translate("Fleet", "cannot list %1: forbidden (%2)")
                                      .arg(resource, serverMessage.isEmpty() ? response.error.message : serverMessage)
                                : QCoreApplication::translate("Fleet", "cannot list %1: %2").arg(resource, response.error.message));
                }
            }
            if (--state->pending > 0)
                return;
            // A Role may grant get on the Secrets it names (resourceNames) and no list: read those the workloads use.
            const QStringList names = state->result.error.isEmpty() && state->secretsForbidden && guardedClient
                                          ? referencedSecretNames(state->result.objects.deployments + state->result.objects.statefulSets)
                                                .mid(0, 500)
                                          : QStringList();
            if (names.isEmpty()) {
                finish();
                return;
            }
            state->pending = int(names.size());
            for (const QString &name : names) {
                guardedClient->get(QStringLiteral("secrets"), namespaceName, name)
                    .then(context, [state, finish](const Kube::Response &secret) {
                        if (secret.ok())
                            state->result.objects.secrets << secret.object;
                        else
                            state->result.objects.notes << secret.error.message;
                        if (--state->pending == 0)
                            finish();
                    });
            }
        });
    }
    return future;
}

} // namespace Fleet
