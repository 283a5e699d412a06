// SPDX-License-Identifier: GPL-3.0-or-later
#include "fleet/inventory.h"

#include "core/secret.h"
#include "kube/kubeclient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QPromise>
#include <QRegularExpression>

#include <memory>

namespace Fleet {

namespace {

QJsonObject obj(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toObject();
}

QJsonArray arr(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toArray();
}

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QString nameOf(const QJsonObject &object)
{
    return str(obj(object, "metadata"), "name");
}

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
    const QJsonObject data = obj(secret, "data");
    if (data.contains(key))
        return QByteArray::fromBase64(data.value(key).toString().toLatin1());
    return obj(secret, "stringData").value(key).toString().toUtf8();
}

bool isPasswordKey(const QString &name)
{
    const QString upper = name.toUpper();
    return upper.contains(QStringLiteral("PASSWORD")) || upper.contains(QStringLiteral("PASS"))
           || upper == u"REDIS_AUTH";
}

/** sslmode=require & co in a value: TLS that does not check who answers. */
QStringList weakTlsSettings(const QString &value)
{
    static const QRegularExpression patterns[] = {
        QRegularExpression(QStringLiteral("sslmode=(require|prefer|allow)"), QRegularExpression::CaseInsensitiveOption),
        QRegularExpression(QStringLiteral("[?&;]ssl=(require|true)(?![a-z_-])"), QRegularExpression::CaseInsensitiveOption),
        QRegularExpression(QStringLiteral("ssl_cert_reqs=(none|CERT_NONE)"), QRegularExpression::CaseInsensitiveOption),
    };
    QStringList found;
    for (const QRegularExpression &pattern : patterns) {
        auto it = pattern.globalMatch(value);
        while (it.hasNext()) {
            QString match = it.next().captured(0);
            if (match.startsWith(u'?') || match.startsWith(u'&') || match.startsWith(u';'))
                match.remove(0, 1);
            if (!found.contains(match))
                found << match;
        }
    }
    return found;
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
        const QJsonObject status = obj(pod, "status");
        facts.phase = str(status, "phase");
        bool ready = false;
        for (const QJsonValue &condition : arr(status, "conditions")) {
            if (condition.toObject().value(QStringLiteral("type")).toString() == u"Ready")
                ready = condition.toObject().value(QStringLiteral("status")).toString() == u"True";
        }
        facts.ready = ready;
        for (const QJsonValue &container : arr(status, "containerStatuses"))
            facts.restarts += container.toObject().value(QStringLiteral("restartCount")).toInt();
        const QJsonArray containers = arr(obj(pod, "spec"), "containers");
        if (!containers.isEmpty())
            facts.image = containers.first().toObject().value(QStringLiteral("image")).toString();
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
        if (volume.contains(QStringLiteral("persistentVolumeClaim"))) {
            pvcNames << str(obj(volume, "persistentVolumeClaim"), "claimName");
        } else if (volume.contains(QStringLiteral("secret"))) {
            const QJsonObject secretVolume = obj(volume, "secret");
            const QString secretName = str(secretVolume, "secretName");
            const QJsonObject *secret = findByName(objects.secrets, secretName);
            const QJsonObject data = secret ? obj(*secret, "data") : QJsonObject();
            const bool tlsType = secret && str(*secret, "type") == u"kubernetes.io/tls";
            const QString certKey = data.contains(QStringLiteral("tls.crt"))      ? QStringLiteral("tls.crt")
                                    : data.contains(QStringLiteral("server.crt")) ? QStringLiteral("server.crt")
                                                                                  : QString();
            if (!tlsType && certKey.isEmpty())
                continue;
            store.tlsSecretName = secretName;
            if (secret) {
                store.tlsSecretCertificatePem = secretValue(*secret, certKey.isEmpty() ? QStringLiteral("tls.crt") : certKey);
                store.tlsSecretCaPem = secretValue(*secret, QStringLiteral("ca.crt"));
            }
            // The mode the key lands with: items[].mode for the key, else defaultMode (Kubernetes: 0644).
            std::optional<int> mode;
            for (const QJsonValue &item : arr(secretVolume, "items")) {
                const QJsonObject entry = item.toObject();
                if (str(entry, "key").endsWith(QStringLiteral(".key")) && entry.contains(QStringLiteral("mode")))
                    mode = entry.value(QStringLiteral("mode")).toInt();
            }
            if (!mode)
                mode = secretVolume.contains(QStringLiteral("defaultMode"))
                           ? secretVolume.value(QStringLiteral("defaultMode")).toInt()
                           : 0644;
            store.keyFileMode = mode;
        }
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

    // An init container that chmods the key to 0600 fixes a wide defaultMode.
    for (const QJsonValue &c : arr(podSpec, "initContainers")) {
        const QJsonObject container = c.toObject();
        QStringList words;
        for (const QJsonValue &part : arr(container, "command"))
            words << part.toString();
        for (const QJsonValue &part : arr(container, "args"))
            words << part.toString();
        const QString command = words.join(u' ');
        if (command.contains(QStringLiteral("chmod")) && (command.contains(QStringLiteral("600")))) {
            store.keyModeFixedByInitContainer = true;
            store.keyFileMode = 0600;
        }
    }
}

/** The credentials secret from env (secretKeyRef on a password variable) or envFrom. */
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
    QByteArray value = secretValue(*secret, store.passwordKey);
    if (!value.isEmpty())
        store.password = passwordShape(value);
    Core::wipe(value);
    const QJsonObject annotations = obj(obj(*secret, "metadata"), "annotations");
    for (auto it = annotations.begin(); it != annotations.end(); ++it) {
        if (it.key().contains(QStringLiteral("rotat"), Qt::CaseInsensitive)) {
            const QDateTime when = QDateTime::fromString(it.value().toString(), Qt::ISODate);
            if (when.isValid())
                store.passwordRotatedAt = when.toUTC();
        }
    }
}

/** Other workloads that point at the datastore: who consumes it, and who does so without verifying TLS. */
void linkClients(Datastore &store, const ClusterObjects &objects)
{
    const QString service = store.serviceName.isEmpty() ? store.name : store.serviceName;
    const QRegularExpression mentions(QStringLiteral("(^|[^a-z0-9-])%1([^a-z0-9-]|$)")
                                          .arg(QRegularExpression::escape(service)));
    auto consider = [&](const QString &workload, const QString &source, const QString &value) {
        if (!mentions.match(value).hasMatch())
            return;
        if (!store.consumers.contains(workload))
            store.consumers << workload;
        for (const QString &setting : weakTlsSettings(value))
            store.clientsWithoutVerification.append({workload, source, setting});
    };
    for (const WorkloadRef &ref : workloads(objects)) {
        const QString workload = ref.kind + u'/' + nameOf(ref.object);
        if (nameOf(ref.object) == store.workloadName)
            continue;
        const QJsonObject podSpec = podSpecOf(ref.object);
        for (const QJsonValue &c : arr(podSpec, "containers")) {
            const QJsonObject container = c.toObject();
            for (const QJsonValue &e : arr(container, "env")) {
                const QJsonObject env = e.toObject();
                if (env.contains(QStringLiteral("value")))
                    consider(workload, QStringLiteral("env %1").arg(str(env, "name")), str(env, "value"));
                const QJsonObject ref2 = obj(obj(env, "valueFrom"), "secretKeyRef");
                if (!ref2.isEmpty() && str(ref2, "name") == store.credentialsSecretName && !store.consumers.contains(workload))
                    store.consumers << workload;
            }
            for (const QJsonValue &f : arr(container, "envFrom")) {
                const QString mapName = str(obj(f.toObject(), "configMapRef"), "name");
                if (const QJsonObject *map = findByName(objects.configMaps, mapName)) {
                    const QJsonObject data = obj(*map, "data");
                    for (auto it = data.begin(); it != data.end(); ++it)
                        consider(workload, QStringLiteral("ConfigMap %1 key %2").arg(mapName, it.key()),
                                 it.value().toString());
                }
                const QString secretName = str(obj(f.toObject(), "secretRef"), "name");
                if (!secretName.isEmpty() && secretName == store.credentialsSecretName && !store.consumers.contains(workload))
                    store.consumers << workload;
            }
        }
    }
    // ConfigMaps that no workload mounts still show how clients are told to connect.
    for (const QJsonObject &map : objects.configMaps) {
        const QJsonObject data = obj(map, "data");
        for (auto it = data.begin(); it != data.end(); ++it) {
            const QString value = it.value().toString();
            if (!mentions.match(value).hasMatch())
                continue;
            const QString source = QStringLiteral("ConfigMap %1 key %2").arg(nameOf(map), it.key());
            for (const QString &setting : weakTlsSettings(value)) {
                bool known = false;
                for (const ClientSetting &existing : std::as_const(store.clientsWithoutVerification))
                    known = known || (existing.source == source && existing.setting == setting);
                if (!known)
                    store.clientsWithoutVerification.append({QStringLiteral("ConfigMap/") + nameOf(map), source, setting});
            }
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
        for (const QJsonValue &c : arr(podSpecOf(workload), "containers")) {
            const QJsonObject container = c.toObject();
            const auto fromImage = kindFromImage(str(container, "image"));
            if (fromImage && !kind) {
                kind = fromImage;
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
        linkCredentials(store, workload, objects);
        found << store;
    }
    for (Datastore &store : found)
        linkClients(store, objects);
    std::sort(found.begin(), found.end(), [](const Datastore &a, const Datastore &b) { return a.name < b.name; });
    return found;
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
    };
    state->pending = int(lists.size());
    for (const auto &entry : lists) {
        const QString resource = entry.first;
        const auto member = entry.second;
        client->list(resource, namespaceName).then(context, [state, resource, member](const Kube::Response &response) {
            if (response.ok()) {
                for (const QJsonValue &item : response.object.value(QStringLiteral("items")).toArray())
                    (state->result.objects.*member).append(item.toObject());
            } else if (resource == u"deployments" || resource == u"pods") {
                // Without workloads or pods there is no inventory at all.
                if (state->result.error.isEmpty())
                    state->result.error = response.error.message;
            } else {
                state->result.objects.notes << response.error.message;
            }
            if (--state->pending == 0) {
                if (state->result.error.isEmpty())
                    state->result.datastores = discover(state->result.objects);
                state->promise.addResult(state->result);
                state->promise.finish();
            }
        });
    }
    return future;
}

} // namespace Fleet
