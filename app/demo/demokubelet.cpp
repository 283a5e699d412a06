// SPDX-License-Identifier: GPL-3.0-or-later
/**
 * DemoKubelet: the pods of the user's Deployments and StatefulSets, level-triggered from the emulator's store.
 * Translation of a pod spec is podtranslator.cpp's, its sandbox podsandbox.cpp's, its servers manifestservers.cpp's.
 */
#include "demo/demokubelet.h"

#include "core/logging.h"
#include "demo/apiserver.h"
#include "demo/manifestrabbitmq.h"
#include "demo/manifestservers.h"
#include "demo/objectstore.h"
#include "demo/podsandbox.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QTimer>

namespace Demo {

namespace {

QString demoTr(const char *text)
{
    return QCoreApplication::translate("Demo", text);
}

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

QJsonObject obj(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toObject();
}

QString nameOf(const QJsonObject &o)
{
    return obj(o, "metadata").value(QStringLiteral("name")).toString();
}

QString workloadKey(const QString &ns, const QString &kind, const QString &name)
{
    return ns + u'/' + kind + u'/' + name;
}

const QString deploymentsResource = QStringLiteral("deployments");
const QString statefulSetsResource = QStringLiteral("statefulsets");

} // namespace

DemoKubelet::DemoKubelet(ApiServer *api, const QString &stateDir, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_stateDir(stateDir)
    , m_reconcileTimer(new QTimer(this))
{
    m_reconcileTimer->setSingleShot(true);
    m_reconcileTimer->setInterval(0);
    connect(m_reconcileTimer, &QTimer::timeout, this, &DemoKubelet::reconcile);
}

DemoKubelet::~DemoKubelet()
{
    for (const QList<Pod *> &pods : std::as_const(m_workloads))
        qDeleteAll(pods);
}

void DemoKubelet::start()
{
    m_running = true;
    QDir().mkpath(m_stateDir + QStringLiteral("/pods"));
    QDir().mkpath(m_stateDir + QStringLiteral("/volumes"));
    for (const char *dir : { "/pods", "/volumes" })
        QFile::setPermissions(m_stateDir + QLatin1String(dir), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                                                  | QFile::ExeGroup | QFile::ExeOther);
    connect(&m_api->store(), &ObjectStore::changed, this, &DemoKubelet::onStoreChanged);
    reconcile();
}

void DemoKubelet::onStoreChanged(const StoreEvent &event)
{
    if (!m_running || m_stopping)
        return;
    if (event.resource == u"pods") {
        if (event.type != u"DELETED")
            return;
        const QString key = event.namespaceName + u'/' + nameOf(event.object);
        if (m_ownDeletions.remove(key))
            return;
        // A user deleted the pod: its ReplicaSet or StatefulSet makes another.
        if (Pod *pod = podByName(event.namespaceName, nameOf(event.object))) {
            qCInfo(lcDemo) << "pod" << pod->name << "deleted: replacing it";
            pod->podTemplate = QJsonObject(); // reconcile() sees it as changed and replaces it
            scheduleReconcile();
        }
        return;
    }
    static const QStringList watched = { deploymentsResource,
                                         statefulSetsResource,
                                         QStringLiteral("persistentvolumeclaims"),
                                         QStringLiteral("secrets"),
                                         QStringLiteral("configmaps") };
    if (watched.contains(event.resource))
        scheduleReconcile();
}

void DemoKubelet::scheduleReconcile()
{
    if (!m_reconcileTimer->isActive())
        m_reconcileTimer->start();
}

void DemoKubelet::bindClaims()
{
    // The provisioner of the demo's node: a claim of a known storage class is Bound to a directory at once.
    for (const QJsonObject &claim : m_api->store().list(QStringLiteral("persistentvolumeclaims"))) {
        const QJsonObject status = obj(claim, "status");
        if (!status.value(QStringLiteral("phase")).toString().isEmpty())
            continue;
        const QJsonObject spec = obj(claim, "spec");
        const QString storageClass = spec.value(QStringLiteral("storageClassName")).toString();
        const bool known = storageClass.isEmpty() || storageClass == u"standard" || m_storageClasses.contains(storageClass);
        QJsonObject updated = claim;
        QJsonObject newStatus;
        const QString ns = obj(claim, "metadata").value(QStringLiteral("namespace")).toString();
        if (known) {
            newStatus.insert(QStringLiteral("phase"), QStringLiteral("Bound"));
            newStatus.insert(QStringLiteral("accessModes"), spec.value(QStringLiteral("accessModes")));
            newStatus.insert(QStringLiteral("capacity"),
                             QJsonObject { { QStringLiteral("storage"),
                                             obj(obj(spec, "resources"), "requests").value(QStringLiteral("storage")) } });
            QJsonObject boundSpec = spec;
            if (boundSpec.value(QStringLiteral("volumeName")).toString().isEmpty())
                boundSpec.insert(QStringLiteral("volumeName"),
                                 QString(QStringLiteral("pvc-") + obj(claim, "metadata").value(QStringLiteral("uid")).toString()));
            boundSpec.insert(QStringLiteral("storageClassName"), storageClass.isEmpty() ? QStringLiteral("standard")
                                                                                         : storageClass);
            updated.insert(QStringLiteral("spec"), boundSpec);
            QDir().mkpath(m_stateDir + QStringLiteral("/volumes/") + ns + u'/' + nameOf(claim));
        } else {
            newStatus.insert(QStringLiteral("phase"), QStringLiteral("Pending"));
            qCInfo(lcDemo).noquote() << "PVC" << ns + u'/' + nameOf(claim) << "stays Pending: storageclass"
                                     << storageClass << "not found";
        }
        updated.insert(QStringLiteral("status"), newStatus);
        QJsonObject metadata = obj(updated, "metadata");
        metadata.remove(QStringLiteral("resourceVersion"));
        updated.insert(QStringLiteral("metadata"), metadata);
        m_api->store().replace(QStringLiteral("persistentvolumeclaims"), ns, nameOf(claim), updated);
    }
}

void DemoKubelet::ensureClaimTemplates(const QJsonObject &statefulSet, const QString &namespaceName)
{
    const QJsonObject spec = obj(statefulSet, "spec");
    const int replicas = spec.value(QStringLiteral("replicas")).toInt(1);
    for (const QJsonValue &t : spec.value(QStringLiteral("volumeClaimTemplates")).toArray()) {
        const QJsonObject claimTemplate = t.toObject();
        for (int i = 0; i < replicas; ++i) {
            const QString claimName = nameOf(claimTemplate) + u'-' + nameOf(statefulSet) + u'-' + QString::number(i);
            if (m_api->store().contains(QStringLiteral("persistentvolumeclaims"), namespaceName, claimName))
                continue;
            QJsonObject claim = claimTemplate;
            QJsonObject metadata = obj(claim, "metadata");
            metadata.insert(QStringLiteral("name"), claimName);
            metadata.insert(QStringLiteral("namespace"), namespaceName);
            claim.insert(QStringLiteral("metadata"), metadata);
            claim.insert(QStringLiteral("apiVersion"), QStringLiteral("v1"));
            claim.insert(QStringLiteral("kind"), QStringLiteral("PersistentVolumeClaim"));
            claim.remove(QStringLiteral("status"));
            m_api->createObject(claim, namespaceName);
        }
    }
}

void DemoKubelet::reconcile()
{
    if (!m_running || m_stopping)
        return;
    for (const QJsonObject &sts : m_api->store().list(statefulSetsResource))
        ensureClaimTemplates(sts, obj(sts, "metadata").value(QStringLiteral("namespace")).toString());
    bindClaims();

    QSet<QString> present;
    for (const QString &resource : { deploymentsResource, statefulSetsResource }) {
        const QString kind = resource == deploymentsResource ? QStringLiteral("Deployment")
                                                             : QStringLiteral("StatefulSet");
        for (const QJsonObject &workload : m_api->store().list(resource)) {
            const QString ns = obj(workload, "metadata").value(QStringLiteral("namespace")).toString();
            const QString name = nameOf(workload);
            const QString key = workloadKey(ns, kind, name);
            present.insert(key);
            const QJsonObject spec = obj(workload, "spec");
            const QJsonObject podTemplate = obj(spec, "template");
            const int replicas = qMax(0, spec.value(QStringLiteral("replicas")).toInt(1));
            QList<Pod *> &pods = m_workloads[key];
            // Pods whose template is not the workload's any more (a rollout), or past the replicas, go.
            for (Pod *pod : std::as_const(pods)) {
                if (pod->terminating || (pod->podTemplate == podTemplate && pod->replica < replicas))
                    continue;
                // Once it is gone, the next pass makes its replacement (same replica, new name).
                terminate(pod, [this] { scheduleReconcile(); });
            }
            for (int replica = 0; replica < replicas; ++replica) {
                const bool exists = std::any_of(pods.cbegin(), pods.cend(), [replica](const Pod *p) {
                    return p->replica == replica;
                });
                if (exists)
                    continue;
                auto *pod = new Pod;
                pod->namespaceName = ns;
                pod->workloadKind = kind;
                pod->workloadName = name;
                pod->replica = replica;
                pod->name = newPodName(kind, name, replica);
                pod->podTemplate = podTemplate;
                pod->sandbox = m_stateDir + QStringLiteral("/pods/") + ns + u'/' + name + u'-' + QString::number(replica);
                pods << pod;
                emit progress(demoTr("Pod %1/%2 scheduled").arg(ns, pod->name));
                startPod(pod);
            }
            // Pods that wait on something the cluster may now have (a PVC bound, a Secret created) try again.
            for (Pod *pod : std::as_const(pods)) {
                if (!pod->started && !pod->terminating && !(pod->retry && pod->retry->isActive()))
                    startPod(pod);
            }
        }
    }
    // Workloads deleted: their pods go and their servers stop.
    for (auto it = m_workloads.begin(); it != m_workloads.end(); ++it) {
        if (present.contains(it.key()))
            continue;
        for (Pod *pod : std::as_const(it.value())) {
            if (!pod->terminating)
                terminate(pod, [] { });
        }
    }
    updateSettled();
}

void DemoKubelet::startPod(Pod *pod)
{
    PodContext context;
    context.namespaceName = pod->namespaceName;
    context.podName = pod->name;
    context.sandbox = pod->sandbox;
    context.claimRoot = m_stateDir + QStringLiteral("/volumes");
    context.secrets = m_api->store().list(QStringLiteral("secrets"), pod->namespaceName);
    context.configMaps = m_api->store().list(QStringLiteral("configmaps"), pod->namespaceName);
    context.claims = m_api->store().list(QStringLiteral("persistentvolumeclaims"), pod->namespaceName);
    if (pod->workloadKind == u"StatefulSet") {
        const QJsonObject sts = m_api->store().get(statefulSetsResource, pod->namespaceName, pod->workloadName);
        for (const QJsonValue &t : obj(sts, "spec").value(QStringLiteral("volumeClaimTemplates")).toArray()) {
            const QString templateName = nameOf(t.toObject());
            context.claimForVolume.insert(templateName, templateName + u'-' + pod->workloadName + u'-'
                                                            + QString::number(pod->replica));
        }
    }
    pod->plan = planPod(obj(pod->podTemplate, "spec"), context);
    pod->unschedulable = pod->plan.unschedulable;
    pod->waitingReason = pod->plan.waitingReason;
    pod->waitingMessage = pod->plan.waitingMessage;
    if (!pod->unschedulable.isEmpty()) {
        event(pod, QStringLiteral("FailedScheduling"), pod->unschedulable, true);
        pod->settled = true;
        publish(pod);
        updateSettled();
        return;
    }
    if (!pod->waitingReason.isEmpty()) {
        event(pod, pod->waitingReason == u"ContainerCreating" ? QStringLiteral("FailedMount")
                                                              : QStringLiteral("Failed"),
              pod->waitingMessage, true);
        pod->settled = true;
        publish(pod);
        updateSettled();
        return;
    }
    for (const QString &note : std::as_const(pod->plan.notes)) {
        if (!pod->notes.contains(note))
            pod->notes << note;
    }
    QDir().mkpath(pod->sandbox);
    QFile::setPermissions(pod->sandbox, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ExeGroup
                                            | QFile::ExeOther);
    if (pod->fresh) {
        // A new pod: its emptyDir volumes and its containers' filesystems start empty (the sandbox is reused by
        // the replica's next pods; PVC directories live elsewhere and are kept).
        for (const VolumePlan &volume : std::as_const(pod->plan.volumes)) {
            if (volume.type == u"emptyDir")
                QDir(volume.hostDir).removeRecursively();
        }
        QDir(pod->sandbox + QStringLiteral("/rootfs")).removeRecursively();
        pod->fresh = false;
    }
    QString error;
    if (!materializeVolumes(pod->plan, &error)) {
        pod->waitingReason = QStringLiteral("ContainerCreating");
        pod->waitingMessage = error;
        event(pod, QStringLiteral("FailedMount"), error, true);
        pod->settled = true;
        publish(pod);
        updateSettled();
        return;
    }
    pod->started = true;
    pod->startedAt = QDateTime::currentDateTimeUtc();
    if (pod->restarts == 0)
        event(pod, QStringLiteral("Scheduled"),
              demoTr("Successfully assigned %1/%2 to proofer-demo").arg(pod->namespaceName, pod->name));
    // Init containers, in order: the simple ones are carried out on the sandbox's files, others are not run.
    for (const ContainerPlan &init : std::as_const(pod->plan.initContainers)) {
        const InitOutcome outcome = runInitContainer(init);
        writePodLog(pod, init.name, outcome.log.join(u'\n') + (outcome.message.isEmpty() ? QString() : u'\n' + outcome.message));
        if (!outcome.supported) {
            pod->initStates.insert(init.name, QStringLiteral("not run"));
            if (!pod->notes.contains(outcome.message))
                pod->notes << outcome.message;
            event(pod, QStringLiteral("InitNotRun"), outcome.message, true);
            continue;
        }
        if (!outcome.ok) {
            pod->initStates.insert(init.name, outcome.message);
            pod->waitingReason = QStringLiteral("Init:CrashLoopBackOff");
            pod->waitingMessage = outcome.message;
            ++pod->restarts;
            pod->started = false;
            event(pod, QStringLiteral("BackOff"),
                  demoTr("Back-off restarting failed init container %1: %2").arg(init.name, outcome.message), true);
            pod->settled = true;
            publish(pod);
            updateSettled();
            // Tried again with back-off, as the kubelet does.
            pod->backoffMs = pod->backoffMs == 0 ? m_backoffMs : qMin(pod->backoffMs * 2, 300000);
            if (!pod->retry) {
                pod->retry = new QTimer(this);
                pod->retry->setSingleShot(true);
            }
            pod->retry->disconnect(this);
            connect(pod->retry, &QTimer::timeout, this, [this, pod] {
                if (!m_stopping && !pod->terminating && !pod->started)
                    startPod(pod);
            });
            pod->retry->start(pod->backoffMs);
            return;
        }
        pod->initStates.insert(init.name, QStringLiteral("done"));
    }
    startServers(pod);
}

void DemoKubelet::startServers(Pod *pod)
{
    pod->waitingReason = QStringLiteral("ContainerCreating");
    pod->waitingMessage.clear();
    pod->settled = true;
    for (const ContainerPlan &container : std::as_const(pod->plan.containers)) {
        if (container.kind == ServerKind::None) {
            writePodLog(pod, container.name,
                        demoTr("proofer demo: image %1 runs nothing here (only postgres, redis and rabbitmq images are "
                               "served); the pod carries its labels and env.")
                            .arg(container.image));
            continue;
        }
        ManifestServer *server = nullptr;
        const QString directory = pod->sandbox + QStringLiteral("/containers/") + container.name;
        QDir().mkpath(pod->sandbox + QStringLiteral("/containers"));
        QFile::setPermissions(pod->sandbox + QStringLiteral("/containers"),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ExeGroup
                                  | QFile::ExeOther);
        if (container.kind == ServerKind::PostgreSQL)
            server = new ManifestPostgres(pod->workloadName, directory, container, this);
        else if (container.kind == ServerKind::Redis)
            server = new ManifestRedis(pod->workloadName, directory, container, this);
        else
            server = new ManifestRabbitMq(pod->workloadName, directory, container, this);
        server->setStartTimeout(std::chrono::milliseconds(120000));
        pod->servers << server;
        pod->settled = false;
        connect(server, &LocalServer::ready, this, [this, pod, server] { onServerReady(pod, server); });
        connect(server, &LocalServer::failed, this,
                [this, pod, server](const QString &error) { onServerFailed(pod, server, error); });
        connect(server, &LocalServer::crashed, this,
                [this, pod, server](const QString &reason) { onServerFailed(pod, server, reason); });
        connect(server, &LocalServer::stopped, this, [this] {
            if (m_stopping && --m_pendingStops == 0)
                finishStop();
        });
        server->start();
    }
    if (pod->servers.isEmpty())
        pod->waitingReason.clear(); // nothing to wait for: Running
    publish(pod);
    updateSettled();
}

void DemoKubelet::onServerReady(Pod *pod, ManifestServer *server)
{
    if (m_stopping || pod->terminating)
        return;
    for (const auto &port : server->portMap())
        m_api->setPortForwardTarget(pod->namespaceName, pod->name, port.first, QHostAddress::LocalHost, port.second);
    const bool all = std::all_of(pod->servers.cbegin(), pod->servers.cend(), [](ManifestServer *s) {
        return s->state() == LocalServer::State::Running;
    });
    if (all) {
        pod->waitingReason.clear();
        pod->waitingMessage.clear();
        pod->backoffMs = 0;
    }
    pod->settled = true;
    event(pod, QStringLiteral("Started"), demoTr("Started container %1").arg(server->container().name));
    emit progress(demoTr("%1/%2 ready: image %3, served by %4 on 127.0.0.1:%5")
                      .arg(pod->namespaceName, pod->name, server->container().image, server->servedBy())
                      .arg(server->port()));
    publish(pod);
    updateSettled();
}

void DemoKubelet::onServerFailed(Pod *pod, ManifestServer *server, const QString &reason)
{
    if (m_stopping || pod->terminating)
        return;
    // As a kubelet shows it: not ready, one more restart, the last state terminated, then a start with back-off.
    ++pod->restarts;
    pod->lastTermination = reason;
    pod->waitingReason = server->unsupported().isEmpty() ? QStringLiteral("CrashLoopBackOff")
                                                         : QStringLiteral("CreateContainerError");
    pod->waitingMessage = demoTr("back-off restarting failed container %1 in pod %2")
                              .arg(server->container().name, pod->name);
    pod->settled = true;
    qCInfo(lcDemo).noquote() << pod->name << "failed:" << reason.left(300);
    event(pod, QStringLiteral("BackOff"),
          demoTr("Back-off restarting failed container %1 in pod %2").arg(server->container().name, pod->name), true);
    publish(pod);
    updateSettled();
    if (!server->unsupported().isEmpty())
        return;
    pod->backoffMs = pod->backoffMs == 0 ? m_backoffMs : qMin(pod->backoffMs * 2, 300000);
    if (!pod->retry) {
        pod->retry = new QTimer(this);
        pod->retry->setSingleShot(true);
    }
    pod->retry->disconnect(this);
    connect(pod->retry, &QTimer::timeout, this, [this, pod, server] {
        if (m_stopping || pod->terminating)
            return;
        pod->settled = false;
        server->start();
    });
    pod->retry->start(pod->backoffMs);
}

void DemoKubelet::terminate(Pod *pod, const std::function<void()> &then)
{
    pod->terminating = true;
    if (pod->retry)
        pod->retry->stop();
    const QString key = workloadKey(pod->namespaceName, pod->workloadKind, pod->workloadName);
    auto finish = [this, pod, key, then] {
        if (m_api->store().contains(QStringLiteral("pods"), pod->namespaceName, pod->name)) {
            m_ownDeletions.insert(pod->namespaceName + u'/' + pod->name);
            m_api->store().remove(QStringLiteral("pods"), pod->namespaceName, pod->name);
        }
        m_workloads[key].removeAll(pod);
        if (m_workloads[key].isEmpty())
            m_workloads.remove(key);
        for (ManifestServer *server : std::as_const(pod->servers)) {
            server->disconnect(this);
            server->deleteLater();
        }
        delete pod->retry;
        delete pod;
        then();
        updateSettled();
    };
    auto running = std::make_shared<int>(0);
    for (ManifestServer *server : std::as_const(pod->servers)) {
        if (server->state() == LocalServer::State::Stopped)
            continue;
        ++*running;
        server->disconnect(this);
        connect(server, &LocalServer::stopped, this, [running, finish] {
            if (--*running == 0)
                finish();
        });
        server->stop();
    }
    event(pod, QStringLiteral("Killing"), demoTr("Stopping the pod's containers"));
    if (*running == 0)
        QTimer::singleShot(0, this, finish);
}

void DemoKubelet::stop()
{
    if (m_stopping)
        return;
    m_stopping = true;
    m_reconcileTimer->stop();
    const QList<LocalServer *> all = servers();
    m_pendingStops = 0;
    for (LocalServer *server : all) {
        if (server->state() != LocalServer::State::Stopped)
            ++m_pendingStops;
    }
    if (m_pendingStops == 0) {
        QTimer::singleShot(0, this, &DemoKubelet::finishStop);
        return;
    }
    for (LocalServer *server : all) {
        if (server->state() != LocalServer::State::Stopped) {
            server->disconnect(this);
            connect(server, &LocalServer::stopped, this, [this] {
                if (--m_pendingStops == 0)
                    finishStop();
            });
            server->stop();
        }
    }
}

void DemoKubelet::finishStop()
{
    emit stopped();
}

QList<LocalServer *> DemoKubelet::servers() const
{
    QList<LocalServer *> all;
    for (const QList<Pod *> &pods : m_workloads) {
        for (const Pod *pod : pods) {
            for (ManifestServer *server : pod->servers)
                all << server;
        }
    }
    return all;
}

bool DemoKubelet::settled() const
{
    for (const QList<Pod *> &pods : m_workloads) {
        for (const Pod *pod : pods) {
            if (!pod->settled && !pod->terminating)
                return false;
        }
    }
    return !m_reconcileTimer->isActive();
}

void DemoKubelet::updateSettled()
{
    const bool now = settled();
    if (now && !m_wasSettled)
        emit settledChanged();
    m_wasSettled = now;
}

QStringList DemoKubelet::podSummaries() const
{
    QStringList lines;
    for (const QList<Pod *> &pods : m_workloads) {
        for (const Pod *pod : pods) {
            QString status = !pod->unschedulable.isEmpty() ? QStringLiteral("Pending")
                : !pod->waitingReason.isEmpty()            ? pod->waitingReason
                                                           : QStringLiteral("Running");
            QStringList images;
            for (const ContainerPlan &container : pod->plan.containers) {
                QString served;
                for (const ManifestServer *server : pod->servers) {
                    if (server->container().name == container.name)
                        served = server->servedBy();
                }
                images << (served.isEmpty() ? demoTr("image: %1").arg(container.image)
                                            : demoTr("image: %1, served by %2").arg(container.image, served));
            }
            lines << QStringLiteral("%1/%2: %3 (%4)").arg(pod->namespaceName, pod->name, status, images.join(u"; "));
        }
    }
    lines.sort();
    return lines;
}

DemoKubelet::Pod *DemoKubelet::podByName(const QString &namespaceName, const QString &name) const
{
    for (const QList<Pod *> &pods : m_workloads) {
        for (Pod *pod : pods) {
            if (pod->namespaceName == namespaceName && pod->name == name)
                return pod;
        }
    }
    return nullptr;
}

QString DemoKubelet::newPodName(const QString &kind, const QString &workload, int replica) const
{
    if (kind == u"StatefulSet")
        return workload + u'-' + QString::number(replica);
    // <deployment>-<pod-template-hash>-<5 random>, as a ReplicaSet names its pods.
    static const char alphabet[] = "bcdfghjklmnpqrstvwxz2456789";
    auto random = [](int length) {
        QString text;
        for (int i = 0; i < length; ++i)
            text += QLatin1Char(alphabet[QRandomGenerator::global()->bounded(int(sizeof alphabet - 1))]);
        return text;
    };
    return workload + u'-' + random(10) + u'-' + random(5);
}

QString DemoKubelet::podLogFile(const Pod *pod, const QString &container) const
{
    for (const ManifestServer *server : pod->servers) {
        if (server->container().name == container)
            return server->logFile();
    }
    return pod->sandbox + QStringLiteral("/logs/") + container + QStringLiteral(".log");
}

void DemoKubelet::writePodLog(Pod *pod, const QString &container, const QString &text)
{
    const QString path = pod->sandbox + QStringLiteral("/logs/") + container + QStringLiteral(".log");
    QDir().mkpath(pod->sandbox + QStringLiteral("/logs"));
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Append))
        file.write(text.toUtf8() + '\n');
}

void DemoKubelet::event(Pod *pod, const QString &reason, const QString &message, bool warning)
{
    const QString name = pod->name + u'.' + QString::number(QDateTime::currentMSecsSinceEpoch(), 16)
        + QString::number(QRandomGenerator::global()->bounded(1000));
    m_api->createObject(
        QJsonObject {
            { QStringLiteral("apiVersion"), QStringLiteral("v1") },
            { QStringLiteral("kind"), QStringLiteral("Event") },
            { QStringLiteral("metadata"), QJsonObject { { QStringLiteral("name"), name } } },
            { QStringLiteral("involvedObject"),
              QJsonObject { { QStringLiteral("kind"), QStringLiteral("Pod") },
                            { QStringLiteral("name"), pod->name },
                            { QStringLiteral("namespace"), pod->namespaceName } } },
            { QStringLiteral("reason"), reason },
            { QStringLiteral("message"), message },
            { QStringLiteral("type"), warning ? QStringLiteral("Warning") : QStringLiteral("Normal") },
            { QStringLiteral("count"), 1 },
            { QStringLiteral("firstTimestamp"), nowText() },
            { QStringLiteral("lastTimestamp"), nowText() },
            { QStringLiteral("source"), QJsonObject { { QStringLiteral("component"), QStringLiteral("kubelet") } } },
        },
        pod->namespaceName);
}

} // namespace Demo
