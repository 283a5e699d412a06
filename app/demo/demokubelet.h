// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demo/podtranslator.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>

class QTimer;

namespace Demo {

class ApiServer;
class LocalServer;
class ManifestServer;
struct StoreEvent;

/**
 * The demo's kubelet and controllers for the user's manifests: it follows the emulator's store and runs the pods
 * of every Deployment and StatefulSet. A container whose image is postgres or redis is a real local server
 * (ManifestPostgres, ManifestRedis) reading the files its volumes hold; other containers run nothing but their
 * pod carries their labels and env. PVCs are bound to directories under the state dir (a storage class that is
 * not declared keeps them Pending, and the pods that mount them too). A server that fails shows
 * CrashLoopBackOff with its own log and is started again with back-off, as a kubelet does. A workload applied,
 * changed (rollout restart) or deleted while it runs starts, replaces or stops its pods; a deleted pod is replaced.
 */
class DemoKubelet final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoKubelet)

public:
    DemoKubelet(ApiServer *api, const QString &stateDir, QObject *parent = nullptr);
    ~DemoKubelet() override;

    /** Storage classes PVCs may name and still bind ("standard" and "" always can). */
    void setStorageClasses(const QStringList &names) { m_storageClasses = names; }
    /** How long a failed container waits before it is started again (first back-off; doubles to 5 min). */
    void setBackoff(int milliseconds) { m_backoffMs = milliseconds; }

    void start();
    /** Stops every server; stopped() follows. */
    void stop();

    /** True once every pod has come to a state that does not change on its own (running, failing, pending). */
    bool settled() const;
    /** One line per pod for people: name, status, image and what serves it. */
    QStringList podSummaries() const;
    QList<LocalServer *> servers() const;

signals:
    /** Every pod settled (after start, and again after later changes). */
    void settledChanged();
    void stopped();
    void progress(const QString &message);

private:
    struct Pod
    {
        QString namespaceName;
        QString workloadKind; ///< Deployment or StatefulSet
        QString workloadName;
        int replica = 0;
        QString name;
        QJsonObject podTemplate; ///< spec.template when it was made
        QString sandbox;
        PodPlan plan;
        QList<ManifestServer *> servers;
        QStringList notes;
        QString waitingReason; ///< shown while not running
        QString waitingMessage;
        QString unschedulable;
        QString lastTermination; ///< why its server last stopped on its own
        int restarts = 0;
        int backoffMs = 0;
        bool started = false; ///< volumes written, init containers done, servers started
        bool fresh = true; ///< not started yet: its emptyDir volumes start empty
        bool terminating = false;
        bool settled = false;
        QDateTime startedAt;
        QTimer *retry = nullptr;
        QHash<QString, QString> initStates; ///< init container → "done", "not run" or the failure
    };

    void onStoreChanged(const StoreEvent &event);
    void scheduleReconcile();
    void reconcile();
    void bindClaims();
    void ensureClaimTemplates(const QJsonObject &statefulSet, const QString &namespaceName);
    void startPod(Pod *pod);
    void startServers(Pod *pod);
    void onServerReady(Pod *pod, ManifestServer *server);
    void onServerFailed(Pod *pod, ManifestServer *server, const QString &reason);
    void terminate(Pod *pod, const std::function<void()> &then);
    void publish(Pod *pod);
    void event(Pod *pod, const QString &reason, const QString &message, bool warning = false);
    void updateSettled();
    void writePodLog(Pod *pod, const QString &container, const QString &text);
    QString podLogFile(const Pod *pod, const QString &container) const;
    QString newPodName(const QString &kind, const QString &workload, int replica) const;
    Pod *podByName(const QString &namespaceName, const QString &name) const;
    void finishStop();

    ApiServer *m_api = nullptr;
    QString m_stateDir;
    QStringList m_storageClasses;
    int m_backoffMs = 10000;
    QHash<QString, QList<Pod *>> m_workloads; ///< "ns/Kind/name" → its pods
    QSet<QString> m_ownDeletions; ///< "ns/pod" deleted by us, not by a user
    QTimer *m_reconcileTimer = nullptr;
    bool m_running = false;
    bool m_stopping = false;
    bool m_wasSettled = false;
    int m_pendingStops = 0;
};

} // namespace Demo
