// SPDX-License-Identifier: GPL-3.0-or-later
/**
 * DemoKubelet::publish: a pod's object as a kubelet reports it (phase, conditions, container and init container
 * statuses with their waiting reasons, restarts and last termination), with its logs, port-forwards and the
 * commands `kubectl exec` runs in its containers (over the container's paths: its mounts, PVCs included).
 */
#include "demo/apiserver.h"
#include "demo/demokubelet.h"
#include "demo/manifestservers.h"
#include "demo/podsandbox.h"

#include <QJsonArray>

namespace Demo {

namespace {

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

QJsonObject condition(const QString &type, bool status, const QString &reason = {}, const QString &message = {})
{
    QJsonObject c { { QStringLiteral("type"), type },
                    { QStringLiteral("status"), status ? QStringLiteral("True") : QStringLiteral("False") },
                    { QStringLiteral("lastTransitionTime"), nowText() } };
    if (!reason.isEmpty())
        c.insert(QStringLiteral("reason"), reason);
    if (!message.isEmpty())
        c.insert(QStringLiteral("message"), message);
    return c;
}

} // namespace

void DemoKubelet::publish(Pod *pod)
{
    const QJsonObject templateMetadata = pod->podTemplate.value(QStringLiteral("metadata")).toObject();
    QJsonObject labels = templateMetadata.value(QStringLiteral("labels")).toObject();
    if (pod->workloadKind == u"StatefulSet")
        labels.insert(QStringLiteral("statefulset.kubernetes.io/pod-name"), pod->name);
    QJsonObject annotations = templateMetadata.value(QStringLiteral("annotations")).toObject();
    QStringList servedBy;
    for (const ManifestServer *server : std::as_const(pod->servers)) {
        const QString served = server->servedBy();
        if (!served.isEmpty())
            servedBy << QStringLiteral("%1: image: %2, served by %3")
                            .arg(server->container().name, server->container().image, served);
    }
    if (!servedBy.isEmpty())
        annotations.insert(QStringLiteral("demo.proofer.io/served-by"), servedBy.join(QStringLiteral("; ")));
    if (!pod->notes.isEmpty())
        annotations.insert(QStringLiteral("demo.proofer.io/not-translated"), pod->notes.join(QStringLiteral("; ")));
    QJsonObject metadata { { QStringLiteral("name"), pod->name }, { QStringLiteral("namespace"), pod->namespaceName } };
    if (!labels.isEmpty())
        metadata.insert(QStringLiteral("labels"), labels);
    if (!annotations.isEmpty())
        metadata.insert(QStringLiteral("annotations"), annotations);
    metadata.insert(QStringLiteral("ownerReferences"),
                    QJsonArray { QJsonObject { { QStringLiteral("apiVersion"), QStringLiteral("apps/v1") },
                                               { QStringLiteral("kind"), pod->workloadKind },
                                               { QStringLiteral("name"), pod->workloadName },
                                               { QStringLiteral("controller"), true } } });

    QJsonObject spec = pod->podTemplate.value(QStringLiteral("spec")).toObject();
    spec.insert(QStringLiteral("nodeName"), QStringLiteral("proofer-demo"));

    QJsonObject status { { QStringLiteral("hostIP"), QStringLiteral("127.0.0.1") } };
    if (!pod->unschedulable.isEmpty()) {
        spec.remove(QStringLiteral("nodeName"));
        status.insert(QStringLiteral("phase"), QStringLiteral("Pending"));
        status.insert(QStringLiteral("conditions"),
                      QJsonArray { condition(QStringLiteral("PodScheduled"), false, QStringLiteral("Unschedulable"),
                                             pod->unschedulable) });
        status.remove(QStringLiteral("hostIP"));
    } else {
        bool allReady = pod->started;
        QJsonArray containers;
        for (const ContainerPlan &container : std::as_const(pod->plan.containers)) {
            const ManifestServer *server = nullptr;
            for (const ManifestServer *s : std::as_const(pod->servers)) {
                if (s->container().name == container.name)
                    server = s;
            }
            const bool ready = pod->started
                && (server ? server->state() == LocalServer::State::Running : pod->waitingReason.isEmpty());
            allReady = allReady && ready;
            QJsonObject state;
            if (ready) {
                state.insert(QStringLiteral("running"),
                             QJsonObject { { QStringLiteral("startedAt"), pod->startedAt.toString(Qt::ISODate) } });
            } else {
                QJsonObject waiting { { QStringLiteral("reason"), pod->waitingReason.isEmpty()
                                                                      ? QStringLiteral("ContainerCreating")
                                                                      : pod->waitingReason } };
                if (!pod->waitingMessage.isEmpty())
                    waiting.insert(QStringLiteral("message"), pod->waitingMessage);
                state.insert(QStringLiteral("waiting"), waiting);
            }
            QJsonObject entry { { QStringLiteral("name"), container.name },
                                { QStringLiteral("image"), container.image },
                                { QStringLiteral("imageID"), server ? server->servedBy() : QString() },
                                { QStringLiteral("ready"), ready },
                                { QStringLiteral("started"), ready },
                                { QStringLiteral("restartCount"), server ? pod->restarts : 0 },
                                { QStringLiteral("state"), state } };
            if (server) {
                entry.insert(QStringLiteral("containerID"), QStringLiteral("proofer://%1").arg(server->pid()));
                if (!pod->lastTermination.isEmpty())
                    entry.insert(QStringLiteral("lastState"),
                                 QJsonObject { { QStringLiteral("terminated"),
                                                 QJsonObject { { QStringLiteral("reason"), QStringLiteral("Error") },
                                                               { QStringLiteral("exitCode"), 1 },
                                                               { QStringLiteral("message"),
                                                                 pod->lastTermination.right(2000) },
                                                               { QStringLiteral("finishedAt"), nowText() } } } });
            }
            containers.append(entry);
            const QString log = podLogFile(pod, container.name);
            m_api->setPodLogFile(pod->namespaceName, pod->name, log, container.name);
            if (&container == &pod->plan.containers.first())
                m_api->setPodLogFile(pod->namespaceName, pod->name, log);
            // Only the paths: the env may hold Secrets' values, and an exec needs none of it.
            ContainerPlan paths;
            paths.name = container.name;
            paths.image = container.image;
            paths.mounts = container.mounts;
            paths.rootfs = container.rootfs;
            m_api->setPodExecHandler(pod->namespaceName, pod->name, container.name, [paths](const QStringList &argv) {
                return runExecCommand(paths, argv, 64 * 1024 * 1024);
            });
        }
        QJsonArray inits;
        bool initialized = true;
        for (const ContainerPlan &init : std::as_const(pod->plan.initContainers)) {
            const QString outcome = pod->initStates.value(init.name);
            QJsonObject state;
            if (outcome == u"done" || outcome == u"not run") {
                state.insert(QStringLiteral("terminated"),
                             QJsonObject { { QStringLiteral("exitCode"), 0 },
                                           { QStringLiteral("reason"), outcome == u"done" ? QStringLiteral("Completed")
                                                                                          : QStringLiteral("NotRun") } });
            } else {
                initialized = false;
                state.insert(QStringLiteral("waiting"),
                             QJsonObject { { QStringLiteral("reason"), outcome.isEmpty() ? QStringLiteral("PodInitializing")
                                                                                         : QStringLiteral("CrashLoopBackOff") },
                                           { QStringLiteral("message"), outcome } });
            }
            inits.append(QJsonObject { { QStringLiteral("name"), init.name },
                                       { QStringLiteral("image"), init.image },
                                       { QStringLiteral("ready"), outcome == u"done" || outcome == u"not run" },
                                       { QStringLiteral("restartCount"), outcome.isEmpty() || outcome == u"done"
                                                                               || outcome == u"not run"
                                                                           ? 0
                                                                           : pod->restarts },
                                       { QStringLiteral("state"), state } });
            m_api->setPodLogFile(pod->namespaceName, pod->name, podLogFile(pod, init.name), init.name);
        }
        const bool running = pod->started && initialized
            && (pod->waitingReason.isEmpty() || pod->waitingReason == u"CrashLoopBackOff"
                || pod->waitingReason == u"ContainerCreating");
        status.insert(QStringLiteral("phase"), running && pod->waitingReason != u"ContainerCreating"
                                                   ? QStringLiteral("Running")
                                                   : QStringLiteral("Pending"));
        status.insert(QStringLiteral("podIP"), QStringLiteral("127.0.0.1"));
        status.insert(QStringLiteral("startTime"), (pod->startedAt.isValid() ? pod->startedAt
                                                                              : QDateTime::currentDateTimeUtc())
                                                       .toString(Qt::ISODate));
        status.insert(QStringLiteral("conditions"),
                      QJsonArray { condition(QStringLiteral("PodScheduled"), true),
                                   condition(QStringLiteral("Initialized"), initialized),
                                   condition(QStringLiteral("ContainersReady"), allReady),
                                   condition(QStringLiteral("Ready"), allReady) });
        status.insert(QStringLiteral("containerStatuses"), containers);
        if (!inits.isEmpty())
            status.insert(QStringLiteral("initContainerStatuses"), inits);
    }
    const QJsonObject object { { QStringLiteral("apiVersion"), QStringLiteral("v1") },
                               { QStringLiteral("kind"), QStringLiteral("Pod") },
                               { QStringLiteral("metadata"), metadata },
                               { QStringLiteral("spec"), spec },
                               { QStringLiteral("status"), status } };
    if (m_api->store().contains(QStringLiteral("pods"), pod->namespaceName, pod->name))
        m_api->store().replace(QStringLiteral("pods"), pod->namespaceName, pod->name, object);
    else
        m_api->createObject(object, pod->namespaceName);
}

} // namespace Demo
