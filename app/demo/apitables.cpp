// SPDX-License-Identifier: GPL-3.0-or-later
/** The Table format of list and get answers: the columns `kubectl get` prints, computed by the server. */
#include "demo/apitables.h"

#include "demo/apiresources.h"

#include <QJsonArray>
#include <QStringList>

namespace Demo {

namespace {

QJsonObject obj(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toObject();
}

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QJsonObject column(const QString &name, const QString &type, const QString &description, int priority = 0,
                   const QString &format = {})
{
    return QJsonObject { { QStringLiteral("name"), name },
                         { QStringLiteral("type"), type },
                         { QStringLiteral("format"), format },
                         { QStringLiteral("description"), description },
                         { QStringLiteral("priority"), priority } };
}

QString age(const QJsonObject &object, const QDateTime &now)
{
    const QDateTime created = QDateTime::fromString(str(obj(object, "metadata"), "creationTimestamp"), Qt::ISODate);
    if (!created.isValid())
        return QStringLiteral("<unknown>");
    return humanAge(qMax<qint64>(0, created.secsTo(now)));
}

/** What kubectl shows as a pod's STATUS: a container's waiting or terminated reason, else the phase. */
QString podStatus(const QJsonObject &pod)
{
    const QJsonObject status = obj(pod, "status");
    QString reason = str(status, "phase");
    if (!str(status, "reason").isEmpty())
        reason = str(status, "reason");
    const QJsonArray inits = status.value(QStringLiteral("initContainerStatuses")).toArray();
    for (int i = 0; i < inits.size(); ++i) {
        const QJsonObject state = obj(inits.at(i).toObject(), "state");
        const QString waiting = str(obj(state, "waiting"), "reason");
        if (!waiting.isEmpty() && waiting != u"PodInitializing")
            return QStringLiteral("Init:") + waiting;
        if (!waiting.isEmpty() || state.contains(QStringLiteral("running")))
            return QStringLiteral("Init:%1/%2").arg(i).arg(inits.size());
    }
    for (const QJsonValue &c : status.value(QStringLiteral("containerStatuses")).toArray()) {
        const QJsonObject state = obj(c.toObject(), "state");
        if (!str(obj(state, "waiting"), "reason").isEmpty())
            reason = str(obj(state, "waiting"), "reason");
        else if (!str(obj(state, "terminated"), "reason").isEmpty())
            reason = str(obj(state, "terminated"), "reason");
    }
    if (!obj(pod, "metadata").value(QStringLiteral("deletionTimestamp")).toString().isEmpty())
        reason = QStringLiteral("Terminating");
    return reason;
}

QJsonArray cellsFor(const ApiResource &resource, const QJsonObject &object, const QDateTime &now)
{
    const QString name = str(obj(object, "metadata"), "name");
    const QJsonObject spec = obj(object, "spec");
    const QJsonObject status = obj(object, "status");
    const bool core = resource.group.isEmpty();
    if (core && resource.name == u"pods") {
        const QJsonArray containers = status.value(QStringLiteral("containerStatuses")).toArray();
        int ready = 0;
        int restarts = 0;
        for (const QJsonValue &c : containers) {
            ready += c.toObject().value(QStringLiteral("ready")).toBool() ? 1 : 0;
            restarts += c.toObject().value(QStringLiteral("restartCount")).toInt();
        }
        const qsizetype total = qMax(containers.size(), spec.value(QStringLiteral("containers")).toArray().size());
        return { name,
                 QStringLiteral("%1/%2").arg(ready).arg(total),
                 podStatus(object),
                 restarts,
                 age(object, now),
                 str(status, "podIP").isEmpty() ? QStringLiteral("<none>") : str(status, "podIP"),
                 str(spec, "nodeName").isEmpty() ? QStringLiteral("<none>") : str(spec, "nodeName"),
                 QStringLiteral("<none>"),
                 QStringLiteral("<none>") };
    }
    if (resource.group == u"apps" && resource.name == u"deployments") {
        return { name,
                 QStringLiteral("%1/%2").arg(status.value(QStringLiteral("readyReplicas")).toInt())
                     .arg(spec.value(QStringLiteral("replicas")).toInt(1)),
                 status.value(QStringLiteral("updatedReplicas")).toInt(),
                 status.value(QStringLiteral("availableReplicas")).toInt(),
                 age(object, now) };
    }
    if (resource.group == u"apps" && resource.name == u"statefulsets") {
        return { name,
                 QStringLiteral("%1/%2").arg(status.value(QStringLiteral("readyReplicas")).toInt())
                     .arg(spec.value(QStringLiteral("replicas")).toInt(1)),
                 age(object, now) };
    }
    if (core && resource.name == u"services") {
        QStringList ports;
        for (const QJsonValue &p : spec.value(QStringLiteral("ports")).toArray()) {
            const QJsonObject port = p.toObject();
            QString text = QString::number(port.value(QStringLiteral("port")).toInt());
            if (port.contains(QStringLiteral("nodePort")))
                text += u':' + QString::number(port.value(QStringLiteral("nodePort")).toInt());
            ports << text + u'/' + (str(port, "protocol").isEmpty() ? QStringLiteral("TCP") : str(port, "protocol"));
        }
        const QString type = str(spec, "type").isEmpty() ? QStringLiteral("ClusterIP") : str(spec, "type");
        const QString clusterIp = str(spec, "clusterIP").isEmpty() ? QStringLiteral("<none>") : str(spec, "clusterIP");
        return { name, type, clusterIp, type == u"LoadBalancer" ? QStringLiteral("<pending>") : QStringLiteral("<none>"),
                 ports.isEmpty() ? QStringLiteral("<none>") : ports.join(u','), age(object, now) };
    }
    if (core && resource.name == u"persistentvolumeclaims") {
        QStringList modes;
        for (const QJsonValue &m : status.value(QStringLiteral("accessModes")).toArray()) {
            const QString mode = m.toString();
            modes << (mode == u"ReadWriteOnce"    ? QStringLiteral("RWO")
                      : mode == u"ReadOnlyMany"   ? QStringLiteral("ROX")
                      : mode == u"ReadWriteMany"  ? QStringLiteral("RWX")
                      : mode == u"ReadWriteOncePod" ? QStringLiteral("RWOP")
                                                    : mode);
        }
        return { name,
                 str(status, "phase").isEmpty() ? QStringLiteral("Pending") : str(status, "phase"),
                 str(spec, "volumeName"),
                 obj(status, "capacity").value(QStringLiteral("storage")).toString(),
                 modes.join(u','),
                 str(spec, "storageClassName").isEmpty() ? QStringLiteral("<unset>") : str(spec, "storageClassName"),
                 QStringLiteral("<unset>"),
                 age(object, now) };
    }
    if (core && resource.name == u"secrets") {
        return { name, str(object, "type").isEmpty() ? QStringLiteral("Opaque") : str(object, "type"),
                 obj(object, "data").size(), age(object, now) };
    }
    if (core && resource.name == u"configmaps")
        return { name, obj(object, "data").size() + obj(object, "binaryData").size(), age(object, now) };
    return { name, age(object, now) };
}

QJsonArray columnsFor(const ApiResource &resource)
{
    const QJsonObject nameColumn = column(QStringLiteral("Name"), QStringLiteral("string"),
                                          QStringLiteral("Name must be unique within a namespace."), 0,
                                          QStringLiteral("name"));
    const QJsonObject ageColumn = column(QStringLiteral("Age"), QStringLiteral("string"),
                                         QStringLiteral("CreationTimestamp is a timestamp representing the server "
                                                        "time when this object was created."));
    const bool core = resource.group.isEmpty();
    if (core && resource.name == u"pods") {
        return { nameColumn,
                 column(QStringLiteral("Ready"), QStringLiteral("string"), QStringLiteral("The aggregate readiness state of this pod for accepting traffic.")),
                 column(QStringLiteral("Status"), QStringLiteral("string"), QStringLiteral("The aggregate status of the containers in this pod.")),
                 column(QStringLiteral("Restarts"), QStringLiteral("string"), QStringLiteral("The number of times the containers in this pod have been restarted.")),
                 ageColumn,
                 column(QStringLiteral("IP"), QStringLiteral("string"), QStringLiteral("IP address allocated to the pod."), 1),
                 column(QStringLiteral("Node"), QStringLiteral("string"), QStringLiteral("Name of the Node where the Pod is running."), 1),
                 column(QStringLiteral("Nominated Node"), QStringLiteral("string"), QStringLiteral("Name of the node nominated by the scheduler."), 1),
                 column(QStringLiteral("Readiness Gates"), QStringLiteral("string"), QStringLiteral("Readiness gates of the pod."), 1) };
    }
    if (resource.group == u"apps" && resource.name == u"deployments") {
        return { nameColumn,
                 column(QStringLiteral("Ready"), QStringLiteral("string"), QStringLiteral("Number of the pod with ready state")),
                 column(QStringLiteral("Up-to-date"), QStringLiteral("string"), QStringLiteral("Total number of non-terminated pods targeted by this deployment that have the desired template spec.")),
                 column(QStringLiteral("Available"), QStringLiteral("string"), QStringLiteral("Total number of available pods (ready for at least minReadySeconds) targeted by this deployment.")),
                 ageColumn };
    }
    if (resource.group == u"apps" && resource.name == u"statefulsets") {
        return { nameColumn,
                 column(QStringLiteral("Ready"), QStringLiteral("string"), QStringLiteral("Number of the pod with ready state")),
                 ageColumn };
    }
    if (core && resource.name == u"services") {
        return { nameColumn,
                 column(QStringLiteral("Type"), QStringLiteral("string"), QStringLiteral("The type of the service.")),
                 column(QStringLiteral("Cluster-IP"), QStringLiteral("string"), QStringLiteral("The cluster IP of the service.")),
                 column(QStringLiteral("External-IP"), QStringLiteral("string"), QStringLiteral("The external IP of the service.")),
                 column(QStringLiteral("Port(s)"), QStringLiteral("string"), QStringLiteral("The ports of the service.")),
                 ageColumn };
    }
    if (core && resource.name == u"persistentvolumeclaims") {
        return { nameColumn,
                 column(QStringLiteral("Status"), QStringLiteral("string"), QStringLiteral("The phase of the claim.")),
                 column(QStringLiteral("Volume"), QStringLiteral("string"), QStringLiteral("The volume bound to the claim.")),
                 column(QStringLiteral("Capacity"), QStringLiteral("string"), QStringLiteral("The capacity of the bound volume.")),
                 column(QStringLiteral("Access Modes"), QStringLiteral("string"), QStringLiteral("The access modes of the bound volume.")),
                 column(QStringLiteral("StorageClass"), QStringLiteral("string"), QStringLiteral("The storage class of the claim.")),
                 column(QStringLiteral("VolumeAttributesClass"), QStringLiteral("string"), QStringLiteral("The volume attributes class of the claim.")),
                 ageColumn };
    }
    if (core && resource.name == u"secrets") {
        return { nameColumn,
                 column(QStringLiteral("Type"), QStringLiteral("string"), QStringLiteral("The type of the secret.")),
                 column(QStringLiteral("Data"), QStringLiteral("string"), QStringLiteral("The number of keys of the secret.")),
                 ageColumn };
    }
    if (core && resource.name == u"configmaps") {
        return { nameColumn,
                 column(QStringLiteral("Data"), QStringLiteral("string"), QStringLiteral("The number of keys of the config map.")),
                 ageColumn };
    }
    return { nameColumn, ageColumn };
}

} // namespace

bool acceptsTable(const QByteArray &accept)
{
    for (const QByteArray &part : accept.split(',')) {
        const QByteArray type = part.trimmed().toLower();
        if (type.contains("as=table") && type.contains("g=meta.k8s.io") && type.contains("v=v1")
            && !type.contains("v=v1beta1"))
            return true;
        if (type.startsWith("application/json") && !type.contains("as="))
            return false; // plain JSON is preferred before any Table
    }
    return false;
}

QString humanAge(qint64 seconds)
{
    // As k8s.io/apimachinery/pkg/util/duration.HumanDuration prints it.
    if (seconds < 120)
        return QString::number(seconds) + u's';
    const qint64 minutes = seconds / 60;
    if (minutes < 10)
        return seconds % 60 == 0 ? QString::number(minutes) + u'm'
                                 : QStringLiteral("%1m%2s").arg(minutes).arg(seconds % 60);
    if (minutes < 180)
        return QString::number(minutes) + u'm';
    const qint64 hours = seconds / 3600;
    if (hours < 8)
        return minutes % 60 == 0 ? QString::number(hours) + u'h' : QStringLiteral("%1h%2m").arg(hours).arg(minutes % 60);
    if (hours < 48)
        return QString::number(hours) + u'h';
    const qint64 days = hours / 24;
    if (hours < 192)
        return hours % 24 == 0 ? QString::number(days) + u'd' : QStringLiteral("%1d%2h").arg(days).arg(hours % 24);
    if (days < 365 * 2)
        return QString::number(days) + u'd';
    return QString::number(days / 365) + u'y';
}

QJsonObject tableOf(const ApiResource &resource, const QList<QJsonObject> &objects, const QJsonObject &listMetadata,
                    const QDateTime &now)
{
    QJsonArray rows;
    for (const QJsonObject &object : objects) {
        rows.append(QJsonObject {
            { QStringLiteral("cells"), cellsFor(resource, object, now) },
            { QStringLiteral("object"),
              QJsonObject { { QStringLiteral("kind"), QStringLiteral("PartialObjectMetadata") },
                            { QStringLiteral("apiVersion"), QStringLiteral("meta.k8s.io/v1") },
                            { QStringLiteral("metadata"), obj(object, "metadata") } } } });
    }
    return QJsonObject { { QStringLiteral("kind"), QStringLiteral("Table") },
                         { QStringLiteral("apiVersion"), QStringLiteral("meta.k8s.io/v1") },
                         { QStringLiteral("metadata"), listMetadata },
                         { QStringLiteral("columnDefinitions"), columnsFor(resource) },
                         { QStringLiteral("rows"), rows } };
}

} // namespace Demo
