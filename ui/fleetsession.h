// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/snapshotevidence.h"
#include "fleet/fleetscanner.h"
#include "fleet/inventory.h"
#include "fleet/snapshot.h"
#include "kube/kubeconfig.h"
#include "report/history.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QThreadPool>

#include <chrono>
#include <memory>
#include <optional>

class QTimer;

namespace Kube {
class KubeClient;
class Watch;
}

/**
 * What the console is connected to and scanning: a kubeconfig context and namespace (or a targets
 * file), the client, the inventory, the scanner and the audit. Everything runs on the event loop or
 * on the thread pool (the audit), never blocking the caller; each step is dropped when a newer
 * connection or scan supersedes it. No widgets: the window shows what the signals say.
 */
class FleetSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FleetSession)

public:
    enum class State { NotConnected, Connecting, Discovering, Scanning, Ready, Failed };
    Q_ENUM(State)
    /**
     * Whether the watches keep the view current: none yet, all streaming, some reconnecting, or some refused for
     * good (Partial: forbidden or not found; notWatched() says which and why, watchedResources() what still runs).
     */
    enum class LiveState { Off, Live, Reconnecting, Partial };
    Q_ENUM(LiveState)
    /** A resource the live view does not follow: its watch was refused and is not retried. */
    struct NotWatched
    {
        QString what; ///< for people: "Secrets", "PVCs"…
        QString reason; ///< for people, short: "forbidden", "not found"
        QString message; ///< the API's message
    };

    explicit FleetSession(QObject *parent = nullptr);
    ~FleetSession() override;

    State state() const { return m_state; }
    bool isBusy() const
    {
        return m_state == State::Connecting || m_state == State::Discovering || m_state == State::Scanning;
    }

    /** Connects to @p context (already resolved) and scans @p namespaceName (empty: the context's). */
    void connectTo(const Kube::ResolvedContext &context, const QString &namespaceName);
    /** Scans the datastores of a targets file instead of a cluster. */
    void scanTargets(const QList<Fleet::ScanTarget> &targets, const QString &targetsFile);
    /** Scans again what was last scanned (cluster: discovery included). */
    void rescan();
    /**
     * Stops discovery or the scan; what already landed stays. While the kubeconfig's exec plugin signs in, stops
     * the plugin instead: the connection then fails with a message that says so.
     */
    void cancel();
    /** The exec credential plugin is running (signingIn() was emitted, signInFinished() not yet). */
    bool isSigningIn() const;
    /** Forgets the connection (no signal for what was in flight). */
    void disconnectFromCluster();

    void setScanOptions(const Fleet::ScanOptions &options) { m_options = options; }
    const Fleet::ScanOptions &scanOptions() const { return m_options; }

    QString namespaceName() const { return m_namespace; }
    QString contextName() const { return m_context ? m_context->context.name : QString(); }
    QString serverUrl() const { return m_context ? m_context->cluster.server : QString(); }
    /** The client of the current cluster connection (null for a targets file or when not connected). */
    Kube::KubeClient *kubeClient() const { return m_client.get(); }
    bool hasTarget() const { return m_context.has_value() || !m_targets.isEmpty(); }

    /** The last complete snapshot (empty before the first scan finishes). */
    const Fleet::Snapshot &snapshot() const { return m_snapshot; }
    /** The audit of the last snapshot; null before the first one is ready. */
    std::shared_ptr<const Audit::Audit> audit() const { return m_audit; }
    /** What the last discovery read (operations build their plans from it); empty for targets files. */
    const Fleet::InventoryResult &inventory() const { return m_inventory; }
    /** New and fixed findings against the previous scan of the same scope; none before a second scan. */
    const std::optional<Report::HistoryDiff> &changesSinceLastScan() const { return m_changes; }
    /** The kept scans of this scope, newest first (the grade history), as of the last audit. */
    const QList<Report::HistoryEntry> &history() const { return m_history; }

    LiveState liveState() const { return m_liveState; }
    /** Why the live view is reconnecting (or why watches stopped: the API's messages, one a line). */
    QString liveDetail() const;
    /** The resources whose watches run (for people: "pods", "PVCs"…), in a fixed order. */
    QStringList watchedResources() const;
    /** The resources whose watches were refused for good (forbidden, not found), in a fixed order. */
    QList<NotWatched> notWatched() const;
    /**
     * How long watch events are gathered before they are applied (one re-grade for a burst of events).
     * Default 200 ms.
     */
    void setLiveDelay(std::chrono::milliseconds delay);
    /** The backoff of the watches started from now on (tests shorten it). */
    void setWatchBackoff(std::chrono::milliseconds initial, std::chrono::milliseconds maximum);

signals:
    void stateChanged(FleetSession::State state, const QString &message);
    /** The kubeconfig's exec plugin @p command runs to sign in to @p cluster (it may wait for a login). */
    void signingIn(const QString &cluster, const QString &command);
    /** The exec plugin ended (credentials, failure, timeout or cancel: stateChanged() tells the rest). */
    void signInFinished();
    /** The namespaces the user may pick from (when listing them is allowed). */
    void namespacesListed(const QStringList &namespaces);
    void inventoryLoaded(const QList<Fleet::Datastore> &datastores);
    /** The scan begins: the name and kind of each datastore to be probed, in order. */
    void scanStarted(const QList<std::pair<QString, Fleet::Kind>> &datastores);
    void datastoreScanned(const Fleet::DatastoreReport &report);
    /** The grade and findings of one datastore, audited as soon as its probe landed. */
    void datastoreAudited(const QString &name, const std::optional<Audit::Grade> &grade,
                          const QList<Audit::Finding> &findings);
    void progress(int done, int total);
    void scanFinished(bool cancelled);
    /** The whole fleet was audited: grade, deductions, findings (snapshot() and audit() are current). */
    void auditReady();
    /**
     * After a scan of a cluster, watches on the namespace's pods, PVCs, Secrets, Deployments and StatefulSets keep
     * the view current: Live, Reconnecting (with the reason) while a dropped watch comes back, Partial when some
     * watches were refused (notWatched()); Off for targets files.
     */
    void liveStateChanged(FleetSession::LiveState state, const QString &detail);
    /** A Secret that @p name uses (TLS or credentials) changed, or its pod came back: @p name is probed again. */
    void datastoreReprobing(const QString &name, const QString &reason);
    /**
     * Datastores whose workload (a database Deployment or StatefulSet) appeared after the scan: they are in
     * inventory() now and are being probed (datastoreScanned() follows for each), without a rescan.
     */
    void datastoresAppeared(const QList<Fleet::Datastore> &datastores);
    /** Datastores whose workload was deleted after the scan: gone from inventory() and snapshot(). */
    void datastoresRemoved(const QStringList &names);

private:
    void setState(State state, const QString &message = {});
    void discover();
    void startScan(const QList<Fleet::ScanTarget> &targets);
    void onScanned(const Fleet::DatastoreReport &report);
    void onFinished(const QList<Fleet::DatastoreReport> &reports, bool cancelled);
    /** Audits the whole snapshot off the GUI thread; @p keep: save it in the history and diff it (full scans). */
    void auditFleet(bool keep);

    // Live view: watches after a scan.
    void startWatches();
    void stopWatches();
    Kube::Watch *makeWatch(const QString &resource, const QString &what);
    void watchRestarted(Kube::Watch *watch, const QString &reason);
    void watchStreaming(Kube::Watch *watch);
    void updateLiveState();
    void secretsChanged();
    void scheduleLiveUpdate();
    void applyLiveUpdate();
    /** Folds discovery over the watched objects into the snapshot; changed datastores are re-graded. */
    void applyDiscovered(const QList<Fleet::Datastore> &datastores, const QSet<QString> &changedSecrets);
    void reprobe(const QStringList &names);
    void onReprobed(const Fleet::DatastoreReport &report);
    void replaceReport(const Fleet::DatastoreReport &report);

    State m_state = State::NotConnected;
    std::optional<Kube::ResolvedContext> m_context;
    QString m_namespace;
    QList<Fleet::ScanTarget> m_targets;
    QString m_targetsFile;
    std::unique_ptr<Kube::KubeClient> m_client;
    QPointer<Fleet::FleetScanner> m_scanner;
    Fleet::ScanOptions m_options;
    Fleet::Snapshot m_snapshot;
    QStringList m_notes;
    std::shared_ptr<const Audit::Audit> m_audit;
    Fleet::InventoryResult m_inventory;
    std::optional<Report::HistoryDiff> m_changes;
    QList<Report::HistoryEntry> m_history;
    struct AuditOutcome
    {
        std::shared_ptr<const Audit::Audit> audit;
        std::optional<Report::HistoryDiff> changes;
        QList<Report::HistoryEntry> history;
        QString historyError;
        bool kept = false; ///< saved in the history (changes and history are current)
    };
    quint64 m_generation = 0; ///< bumps on every new connection, scan or cancel: stale continuations do nothing

    QThreadPool m_pool; ///< audits, discovery and the history (file I/O): never the global pool
    /// pods, persistentvolumeclaims, secrets, deployments, statefulsets of the namespace (in that order)
    QList<QPointer<Kube::Watch>> m_watches;
    QHash<Kube::Watch *, QString> m_reconnecting; ///< watch → why it is reconnecting
    QHash<Kube::Watch *, QString> m_watchNames; ///< watch → what it follows, for people ("Secrets")
    QHash<Kube::Watch *, NotWatched> m_notWatched; ///< watches refused for good (forbidden, not found)
    LiveState m_liveState = LiveState::Off;
    QString m_liveDetail; ///< why a watch stopped for good (forbidden…)
    QString m_emittedDetail;
    QTimer *m_liveTimer = nullptr;
    bool m_liveDirty = false; ///< pods or PVCs changed since the last apply
    bool m_workloadsDirty = false; ///< Deployments or StatefulSets changed since the last apply
    bool m_liveDiscovering = false; ///< a live discovery is running: the next one waits for it
    QHash<QString, QString> m_secretVersions; ///< secret name → resourceVersion the datastores were probed with
    QSet<QString> m_changedSecrets; ///< secrets changed since the last apply
    quint64 m_auditSerial = 0; ///< the newest fleet audit asked for: an older one finishing later is dropped
    quint64 m_liveGeneration = 0; ///< bumps when the watches stop: their late results do nothing
    QPointer<Fleet::FleetScanner> m_reprobeScanner;
    QStringList m_reprobeQueue; ///< datastores to probe again once the running re-probe finishes
    std::chrono::milliseconds m_watchBackoffInitial{500};
    std::chrono::milliseconds m_watchBackoffMax{30000};
};
