// SPDX-License-Identifier: GPL-3.0-or-later
/**
 * A pod spec for the demo's local kubelet: env and envFrom resolved from Secrets and ConfigMaps, $(VAR) in
 * command and args expanded, volumes placed under the pod's sandbox (Secrets and ConfigMaps as files with their
 * items and modes, emptyDir, PVCs bound to directories under the state dir), container paths mapped to host
 * paths. What is not translated is said in notes.
 */
#include "demo/podtranslator.h"

#include "fleet/clientsettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>

#include <algorithm>

namespace Demo {

namespace {

QString demoTr(const char *text)
{
    return QCoreApplication::translate("Demo", text);
}

QString str(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 17);
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return v.toString();
}

QJsonObject obj(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toObject();
}

QJsonArray arr(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toArray();
}

const QJsonObject *findNamed(const QList<QJsonObject> &objects, const QString &name)
{
    for (const QJsonObject &object : objects) {
        if (obj(object, "metadata").value(QStringLiteral("name")).toString() == name)
            return &object;
    }
    return nullptr;
}

QStringList strings(const QJsonArray &array)
{
    QStringList list;
    for (const QJsonValue &v : array)
        list << (v.isDouble() ? QString::number(v.toDouble(), 'g', 17) : v.toString());
    return list;
}

/** The keys and values of a ConfigMap (data, then binaryData) or a Secret (data, base64). */
QList<QPair<QString, QByteArray>> entriesOf(const QJsonObject &object, bool secret)
{
    QList<QPair<QString, QByteArray>> entries;
    const QJsonObject data = obj(object, "data");
    for (auto it = data.begin(); it != data.end(); ++it) {
        entries << qMakePair(it.key(), secret ? QByteArray::fromBase64(it.value().toString().toLatin1())
                                              : it.value().toString().toUtf8());
    }
    if (!secret) {
        const QJsonObject binary = obj(object, "binaryData");
        for (auto it = binary.begin(); it != binary.end(); ++it)
            entries << qMakePair(it.key(), QByteArray::fromBase64(it.value().toString().toLatin1()));
    }
    return entries;
}

class Planner
{
public:
    Planner(const QJsonObject &spec, const PodContext &context)
        : m_spec(spec)
        , m_context(context)
    { }

    PodPlan run()
    {
        planVolumes();
        for (const QJsonValue &c : arr(m_spec, "initContainers"))
            m_plan.initContainers << planContainer(c.toObject());
        for (const QJsonValue &c : arr(m_spec, "containers"))
            m_plan.containers << planContainer(c.toObject());
        return m_plan;
    }

private:
    void waiting(const QString &reason, const QString &message)
    {
        if (m_plan.waitingReason.isEmpty()) {
            m_plan.waitingReason = reason;
            m_plan.waitingMessage = message;
        }
    }

    void planVolumes()
    {
        QJsonArray volumes = arr(m_spec, "volumes");
        // A StatefulSet's volumeClaimTemplates are volumes of its pods, each bound to the replica's own claim.
        for (auto it = m_context.claimForVolume.cbegin(); it != m_context.claimForVolume.cend(); ++it) {
            const bool declared = std::any_of(volumes.cbegin(), volumes.cend(), [&](const QJsonValue &v) {
                return v.toObject().value(QStringLiteral("name")).toString() == it.key();
            });
            if (!declared) {
                volumes.append(QJsonObject {
                    { QStringLiteral("name"), it.key() },
                    { QStringLiteral("persistentVolumeClaim"),
                      QJsonObject { { QStringLiteral("claimName"), it.value() } } } });
            }
        }
        for (const QJsonValue &v : std::as_const(volumes)) {
            const QJsonObject volume = v.toObject();
            VolumePlan plan;
            plan.name = str(volume, "name");
            plan.hostDir = m_context.sandbox + QStringLiteral("/volumes/") + plan.name;
            if (volume.contains(QStringLiteral("secret"))) {
                plan.type = QStringLiteral("secret");
                const QJsonObject source = obj(volume, "secret");
                const QString name = str(source, "secretName");
                const QJsonObject *secret = findNamed(m_context.secrets, name);
                if (!secret) {
                    if (!source.value(QStringLiteral("optional")).toBool())
                        waiting(QStringLiteral("ContainerCreating"),
                                demoTr("MountVolume.SetUp failed for volume \"%1\" : secret \"%2\" not found")
                                    .arg(plan.name, name));
                } else {
                    projectFiles(plan, source, entriesOf(*secret, true), QStringLiteral("Secret"), name);
                }
            } else if (volume.contains(QStringLiteral("configMap"))) {
                plan.type = QStringLiteral("configMap");
                const QJsonObject source = obj(volume, "configMap");
                const QString name = str(source, "name");
                const QJsonObject *configMap = findNamed(m_context.configMaps, name);
                if (!configMap) {
                    if (!source.value(QStringLiteral("optional")).toBool())
                        waiting(QStringLiteral("ContainerCreating"),
                                demoTr("MountVolume.SetUp failed for volume \"%1\" : configmap \"%2\" not found")
                                    .arg(plan.name, name));
                } else {
                    projectFiles(plan, source, entriesOf(*configMap, false), QStringLiteral("ConfigMap"), name);
                }
            } else if (volume.contains(QStringLiteral("emptyDir"))) {
                plan.type = QStringLiteral("emptyDir");
                plan.dirMode = 0777; // as the kubelet makes it
            } else if (volume.contains(QStringLiteral("persistentVolumeClaim"))
                       || m_context.claimForVolume.contains(plan.name)) {
                plan.type = QStringLiteral("persistentVolumeClaim");
                const QString claimName = m_context.claimForVolume.value(
                    plan.name, str(obj(volume, "persistentVolumeClaim"), "claimName"));
                plan.hostDir = m_context.claimRoot + u'/' + m_context.namespaceName + u'/' + claimName;
                const QJsonObject *claim = findNamed(m_context.claims, claimName);
                if (!claim) {
                    m_plan.unschedulable
                        = demoTr("0/1 nodes are available: persistentvolumeclaim \"%1\" not found").arg(claimName);
                } else if (str(obj(*claim, "status"), "phase") != u"Bound") {
                    m_plan.unschedulable
                        = demoTr("0/1 nodes are available: pod has unbound immediate PersistentVolumeClaims "
                                 "(persistentvolumeclaim \"%1\" is %2)")
                              .arg(claimName, str(obj(*claim, "status"), "phase").isEmpty()
                                                  ? QStringLiteral("Pending")
                                                  : str(obj(*claim, "status"), "phase"));
                }
            } else {
                QString source;
                for (auto it = volume.begin(); it != volume.end(); ++it) {
                    if (it.key() != u"name")
                        source = it.key();
                }
                plan.type = source;
                m_plan.notes << demoTr("volume %1 (%2) is not translated: an empty directory stands in for it")
                                    .arg(plan.name, source);
            }
            m_plan.volumes << plan;
        }
    }

    void projectFiles(VolumePlan &plan, const QJsonObject &source, const QList<QPair<QString, QByteArray>> &entries,
                      const QString &kind, const QString &objectName)
    {
        const int defaultMode = source.contains(QStringLiteral("defaultMode"))
            ? source.value(QStringLiteral("defaultMode")).toInt()
            : 0644;
        const QJsonArray items = arr(source, "items");
        if (items.isEmpty()) {
            for (const auto &entry : entries)
                plan.files << VolumeFile { plan.hostDir + u'/' + entry.first, entry.second, defaultMode };
            return;
        }
        for (const QJsonValue &i : items) {
            const QJsonObject item = i.toObject();
            const QString key = str(item, "key");
            auto found = std::find_if(entries.cbegin(), entries.cend(), [&](const auto &e) { return e.first == key; });
            if (found == entries.cend()) {
                if (!source.value(QStringLiteral("optional")).toBool())
                    waiting(QStringLiteral("ContainerCreating"),
                            demoTr("MountVolume.SetUp failed for volume \"%1\" : references non-existent %2 key: %3")
                                .arg(plan.name, kind.toLower(), key));
                continue;
            }
            Q_UNUSED(objectName)
            const int mode = item.contains(QStringLiteral("mode")) ? item.value(QStringLiteral("mode")).toInt()
                                                                   : defaultMode;
            plan.files << VolumeFile { QDir::cleanPath(plan.hostDir + u'/' + str(item, "path")), found->second, mode };
        }
    }

    void resolveEnv(const QJsonObject &container, ContainerPlan &plan)
    {
        auto set = [&plan](const QString &name, const QByteArray &value) {
            for (auto &entry : plan.env) {
                if (entry.first == name) {
                    entry.second = value;
                    return;
                }
            }
            plan.env << qMakePair(name, value);
        };
        for (const QJsonValue &f : arr(container, "envFrom")) {
            const QJsonObject from = f.toObject();
            const QString prefix = str(from, "prefix");
            const bool secret = from.contains(QStringLiteral("secretRef"));
            const QJsonObject ref = secret ? obj(from, "secretRef") : obj(from, "configMapRef");
            const QString name = str(ref, "name");
            const QJsonObject *object = findNamed(secret ? m_context.secrets : m_context.configMaps, name);
            if (!object) {
                if (!ref.value(QStringLiteral("optional")).toBool())
                    waiting(QStringLiteral("CreateContainerConfigError"),
                            (secret ? demoTr("secret \"%1\" not found") : demoTr("configmap \"%1\" not found")).arg(name));
                continue;
            }
            for (const auto &entry : entriesOf(*object, secret))
                set(prefix + entry.first, entry.second);
        }
        for (const QJsonValue &e : arr(container, "env")) {
            const QJsonObject env = e.toObject();
            const QString name = str(env, "name");
            if (!env.contains(QStringLiteral("valueFrom"))) {
                set(name, expandReferences(str(env, "value"), plan.env).toUtf8());
                continue;
            }
            const QJsonObject from = obj(env, "valueFrom");
            const bool secret = from.contains(QStringLiteral("secretKeyRef"));
            if (secret || from.contains(QStringLiteral("configMapKeyRef"))) {
                const QJsonObject ref = secret ? obj(from, "secretKeyRef") : obj(from, "configMapKeyRef");
                const QString objectName = str(ref, "name");
                const QString key = str(ref, "key");
                const bool optional = ref.value(QStringLiteral("optional")).toBool();
                const QJsonObject *object = findNamed(secret ? m_context.secrets : m_context.configMaps, objectName);
                QByteArray value;
                bool found = false;
                if (object) {
                    for (const auto &entry : entriesOf(*object, secret)) {
                        if (entry.first == key) {
                            value = entry.second;
                            found = true;
                        }
                    }
                }
                if (!found) {
                    if (!optional) {
                        waiting(QStringLiteral("CreateContainerConfigError"),
                                !object ? (secret ? demoTr("secret \"%1\" not found")
                                                  : demoTr("configmap \"%1\" not found"))
                                              .arg(objectName)
                                        : demoTr("couldn't find key %1 in %2 %3/%4")
                                              .arg(key, secret ? QStringLiteral("Secret") : QStringLiteral("ConfigMap"),
                                                   m_context.namespaceName, objectName));
                    }
                    continue;
                }
                set(name, value);
            } else if (from.contains(QStringLiteral("fieldRef"))) {
                const QString path = str(obj(from, "fieldRef"), "fieldPath");
                if (path == u"metadata.name")
                    set(name, m_context.podName.toUtf8());
                else if (path == u"metadata.namespace")
                    set(name, m_context.namespaceName.toUtf8());
                else if (path == u"status.podIP" || path == u"status.hostIP")
                    set(name, QByteArrayLiteral("127.0.0.1"));
                else if (path == u"spec.nodeName")
                    set(name, QByteArrayLiteral("proofer-demo"));
                else
                    m_plan.notes << demoTr("container %1: env %2 from fieldRef %3 is not translated")
                                        .arg(plan.name, name, path);
            } else {
                m_plan.notes << demoTr("container %1: env %2 (resourceFieldRef) is not translated").arg(plan.name, name);
            }
        }
    }

    ContainerPlan planContainer(const QJsonObject &container)
    {
        ContainerPlan plan;
        plan.name = str(container, "name");
        plan.image = str(container, "image");
        plan.kind = serverKindForImage(plan.image);
        plan.rootfs = m_context.sandbox + QStringLiteral("/rootfs/") + plan.name;
        resolveEnv(container, plan);
        for (const QString &part : strings(arr(container, "command")))
            plan.command << expandReferences(part, plan.env);
        for (const QString &part : strings(arr(container, "args")))
            plan.args << expandReferences(part, plan.env);
        for (const QJsonValue &p : arr(container, "ports")) {
            const int port = p.toObject().value(QStringLiteral("containerPort")).toInt();
            if (port > 0 && port < 65536)
                plan.ports << quint16(port);
        }
        for (const QJsonValue &m : arr(container, "volumeMounts")) {
            const QJsonObject mount = m.toObject();
            const QString volumeName = str(mount, "name");
            auto volume = std::find_if(m_plan.volumes.cbegin(), m_plan.volumes.cend(),
                                       [&](const VolumePlan &v) { return v.name == volumeName; });
            if (volume == m_plan.volumes.cend()) {
                waiting(QStringLiteral("CreateContainerConfigError"),
                        demoTr("volumeMount %1 of container %2 names no volume of the pod").arg(volumeName, plan.name));
                continue;
            }
            MountPlan mountPlan;
            mountPlan.containerPath = QDir::cleanPath(str(mount, "mountPath"));
            const QString subPath = str(mount, "subPath");
            mountPlan.hostPath = subPath.isEmpty() ? volume->hostDir : QDir::cleanPath(volume->hostDir + u'/' + subPath);
            mountPlan.readOnly = mount.value(QStringLiteral("readOnly")).toBool();
            if (mount.contains(QStringLiteral("subPathExpr")))
                m_plan.notes << demoTr("container %1: subPathExpr of volumeMount %2 is not translated")
                                    .arg(plan.name, volumeName);
            plan.mounts << mountPlan;
        }
        std::stable_sort(plan.mounts.begin(), plan.mounts.end(), [](const MountPlan &a, const MountPlan &b) {
            return a.containerPath.size() > b.containerPath.size();
        });
        return plan;
    }

    const QJsonObject &m_spec;
    const PodContext &m_context;
    PodPlan m_plan;
};

} // namespace

ServerKind serverKindForImage(const QString &image)
{
    // "docker.io/library/postgres:17-alpine": the repository's last component, without registry or tag.
    const QString withoutDigest = image.section(u'@', 0, 0);
    const QString path = withoutDigest.section(u'/', -1);
    const QString repository = path.section(u':', 0, 0).toLower();
    const QString owner = withoutDigest.count(u'/') >= 1 ? withoutDigest.section(u'/', -2, -2).toLower() : QString();
    if (owner == u"bitnami")
        return ServerKind::None; // other env names and paths: not translated (docs/demo.md)
    if (repository == u"postgres")
        return ServerKind::PostgreSQL;
    if (repository == u"redis")
        return ServerKind::Redis;
    if (repository == u"rabbitmq")
        return ServerKind::RabbitMQ;
    return ServerKind::None;
}

QString ContainerPlan::hostPath(const QString &containerPath) const
{
    const QString clean = QDir::cleanPath(containerPath);
    for (const MountPlan &mount : mounts) {
        if (clean == mount.containerPath)
            return mount.hostPath;
        if (clean.startsWith(mount.containerPath + u'/') || mount.containerPath == u"/")
            return mount.hostPath + clean.mid(mount.containerPath == u"/" ? 0 : mount.containerPath.size());
    }
    return rootfs + clean;
}

QByteArray ContainerPlan::envValue(const QString &name) const
{
    for (const auto &entry : env) {
        if (entry.first == name)
            return entry.second.isNull() ? QByteArray("") : entry.second;
    }
    return {};
}

QString expandReferences(const QString &text, const QList<QPair<QString, QByteArray>> &env)
{
    return Fleet::expandKubernetesVariables(text, [&env](const QString &name) -> std::optional<QString> {
        auto found = std::find_if(env.cbegin(), env.cend(), [&](const auto &e) { return e.first == name; });
        return found == env.cend() ? std::nullopt : std::optional<QString>(QString::fromUtf8(found->second));
    });
}

QByteArray secretValueOf(const QJsonObject &secret, const QString &key)
{
    const QJsonValue value = secret.value(QStringLiteral("data")).toObject().value(key);
    if (!value.isString())
        return {};
    return QByteArray::fromBase64(value.toString().toLatin1());
}

PodPlan planPod(const QJsonObject &podSpec, const PodContext &context)
{
    return Planner(podSpec, context).run();
}

} // namespace Demo
