// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fleet/inventory.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

#include <chrono>

class QTimer;

namespace Kube {
class KubeClient;
class Watch;
}

namespace Session {

/**
 * The live view of a scanned namespace: watches on its pods, PVCs, Secrets, Deployments and StatefulSets, and what
 * changed since the datastores were probed. It gathers a burst of events for a short delay, then says changesPending();
 * its owner (the session) takes the changes when it can (takeChanges()) and runs discovery over them. It keeps no
 * datastores of its own: it reports what changed, the session decides what that means.
 */
class LiveView final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveView)

public:
    /**
     * Whether the watches keep the view current: none yet, all streaming, some reconnecting, or some refused for
     * good (Partial: forbidden or not found; notWatched() says which and why, watchedResources() what still runs).
     */
    enum class State { Off, Live, Reconnecting, Partial };
    Q_ENUM(State)
    /** A resource the live view does not follow: its watch was refused and is not retried. */
    struct NotWatched
    {
        QString what; ///< for people: "Secrets", "PVCs"…
        QString reason; ///< for people, short: "forbidden", "not found"
        QString message; ///< the API's message
    };
    /** What changed since the last takeChanges(). */
    struct Changes
    {
        bool podsOrPvcs = false; ///< pods or PVCs changed
        bool workloads = false; ///< Deployments or StatefulSets came, went or changed
        QSet<QString> secrets; ///< Secrets changed (or deleted) since the datastores were probed with them
        bool any() const { return podsOrPvcs || workloads || !secrets.isEmpty(); }
    };

    explicit LiveView(QObject *parent = nullptr);
    ~LiveView() override;

    /** Starts the watches of @p namespaceName (a running view is stopped first). */
    void start(Kube::KubeClient *client, const QString &namespaceName);
    /** Stops every watch and forgets what changed (no signal for what was in flight, except Off). */
    void stop();
    bool isRunning() const;

    /** The Secrets the datastores were just probed with: a later change of one is a change to apply. */
    void setProbedSecrets(const QList<QJsonObject> &secrets);
    /** Something changed since the last takeChanges(). */
    bool hasChanges() const { return m_changes.any(); }
    /**
     * Takes what changed: the watched lists replace theirs in @p objects (those listed at least once), the flags
     * are cleared, and the changed Secrets become the versions the datastores are now probed with.
     */
    Changes takeChanges(Fleet::ClusterObjects *objects);
    /** changesPending() again after the delay, if something is still to apply. */
    void schedule();

    State state() const { return m_state; }
    /** Why the live view is reconnecting (or why watches stopped: the API's messages, one a line). */
    QString detail() const;
    /** The resources whose watches run (for people: "pods", "PVCs"…), in a fixed order. */
    QStringList watchedResources() const;
    /** The resources whose watches were refused for good (forbidden, not found), in a fixed order. */
    QList<NotWatched> notWatched() const;

    /** How long events are gathered before changesPending() (one re-grade for a burst). Default 200 ms. */
    void setDelay(std::chrono::milliseconds delay);
    /** The backoff of the watches started from now on (tests shorten it). */
    void setBackoff(std::chrono::milliseconds initial, std::chrono::milliseconds maximum);

signals:
    void stateChanged(Session::LiveView::State state, const QString &detail);
    /** Changes were gathered for the delay: the owner takes them (takeChanges()) when it can. */
    void changesPending();

private:
    /** The watches, by what they follow. */
    struct Watches
    {
        QPointer<Kube::Watch> pods;
        QPointer<Kube::Watch> pvcs;
        QPointer<Kube::Watch> secrets;
        QPointer<Kube::Watch> deployments;
        QPointer<Kube::Watch> statefulSets;
        QList<Kube::Watch *> all() const;
    };

    Kube::Watch *makeWatch(Kube::KubeClient *client, const QString &resource, const QString &what);
    void watchRestarted(Kube::Watch *watch, const QString &reason);
    void watchStreaming(Kube::Watch *watch);
    void updateState();
    void compareSecrets();

    QString m_namespace;
    Watches m_watches;
    bool m_started = false;
    QHash<Kube::Watch *, QString> m_reconnecting; ///< watch → why it is reconnecting
    QHash<Kube::Watch *, QString> m_names; ///< watch → what it follows, for people ("Secrets")
    QHash<Kube::Watch *, NotWatched> m_notWatched; ///< watches refused for good (forbidden, not found)
    State m_state = State::Off;
    QString m_detail; ///< why a watch stopped for good (forbidden…)
    QString m_emittedDetail;
    QTimer *m_timer = nullptr;
    Changes m_changes;
    QHash<QString, QString> m_secretVersions; ///< secret name → resourceVersion the datastores were probed with
    quint64 m_generation = 0; ///< bumps when the watches stop: their late signals do nothing
    std::chrono::milliseconds m_backoffInitial{500};
    std::chrono::milliseconds m_backoffMax{30000};
};

} // namespace Session
