// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/snapshotevidence.h"
#include "fleet/fleetscanner.h"
#include "fleet/inventory.h"
#include "fleet/snapshot.h"
#include "kube/kubeconfig.h"
#include "report/history.h"
#include "session/liveview.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QThreadPool>

#include <chrono>
#include <memory>
#include <optional>

namespace Kube {
class KubeClient;
}

namespace Session {

/**
 * What is connected to and scanned: a kubeconfig context and namespace (or a targets file), the client, the
 * inventory, the scanner, the audit and the history — the one pipeline both the console and `proofer scan` drive.
 * Everything runs on the event loop or on the thread pool (the audit), never blocking the caller; each step is
 * dropped when a newer connection or scan supersedes it. No widgets: the window and the CLI show what the signals say.
 */
class FleetSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FleetSession)

public:
    enum class State { NotConnected, Connecting, Discovering, Scanning, Ready, Failed };
    Q_ENUM(State)
    using LiveState = LiveView::State;
    using NotWatched = LiveView::NotWatched;
    /** How the last scan ended (headless callers read their exit status from it). */
    enum class Outcome {
        None, ///< no scan ended yet
        Graded, ///< at least one datastore was reached
        NothingFound, ///< the scope holds no datastore: nothing to grade
        NoneReached, ///< no datastore could be reached
        Failed, ///< discovery failed (the cluster could not be read): stateChanged() said why
        Cancelled,
    };
    Q_ENUM(Outcome)
    /** What a session does besides scanning. The console wants all of it; `proofer scan` only the history. */
    struct Options
    {
        bool live = true; ///< watch the namespace after a scan and keep the view current
        bool listNamespaces = true; ///< list the namespaces on connecting (namespacesListed())
        bool auditEach = true; ///< audit each datastore as soon as its probe lands (datastoreAudited())
        bool keepHistory = true; ///< keep each full scan in the history and diff it with the previous one
        bool readLogs = true; ///< read the datastores' and their clients' recent logs after a cluster scan
        /**
         * Keep the observation cache beside the history (Fleet::ObservationCache::defaultPath(), unless the scan
         * options name one) and reuse what each datastore's fingerprint allows; ScanOptions::thorough or
         * rescan(true) makes every observation anyway.
         */
        bool reuseObservations = true;
        /**
         * Reach each datastore through its Service's DNS name and port instead of a port-forward to its pod
         * (Fleet::throughServices): for a process that runs in the cluster (`--in-cluster`).
         */
        bool throughServices = false;
    };

    /** What a kubeconfig offers to connect to (loadKubeconfig()). */
    struct KubeconfigChoice
    {
        bool found = true; ///< false: no kubeconfig file exists at all (nothing is wrong, there is none)
        QString error; ///< why it cannot be used (empty: it can)
        QStringList contexts; ///< in order
        QHash<QString, QString> contextFiles; ///< context → the file that defines it
        QString currentContext; ///< its current-context, or else its first context
    };
    /** A context of the loaded kubeconfig, resolved (resolveContext()). */
    struct ContextChoice
    {
        QString error; ///< why it cannot be used (empty: it can)
        QString name;
        QString defaultNamespace; ///< the context's namespace ("default" when it names none)
        QStringList warnings; ///< what the user should know (insecure TLS…)
    };

    explicit FleetSession(QObject *parent = nullptr);
    ~FleetSession() override;

    State state() const { return m_state; }
    bool isBusy() const
    {
        return m_state == State::Connecting || m_state == State::Discovering || m_state == State::Scanning;
    }

    /**
     * Reads the kubeconfig at @p path (empty: $KUBECONFIG, then ~/.kube/config) and keeps it for
     * resolveContext() and connectToContext().
     */
    KubeconfigChoice loadKubeconfig(const QString &path);
    /** Resolves @p context of the loaded kubeconfig (an error when none is loaded). */
    ContextChoice resolveContext(const QString &context) const;
    /** Connects to @p context of the loaded kubeconfig and scans @p namespaceName (empty: the context's). */
    void connectToContext(const QString &context, const QString &namespaceName);
    /** Connects to @p context (already resolved) and scans @p namespaceName (empty: the context's). */
    void connectTo(const Kube::ResolvedContext &context, const QString &namespaceName);
    /** Scans the datastores of a targets file instead of a cluster. */
    void scanTargets(const QList<Fleet::ScanTarget> &targets, const QString &targetsFile);
    /**
     * Scans again what was last scanned (cluster: discovery included). @p thorough: this scan makes every observation
     * ("Rescan thoroughly"), reusing nothing from the observation cache.
     */
    void rescan(bool thorough = false);
    /**
     * Stops discovery or the scan; what already landed stays. While the kubeconfig's exec plugin signs in, stops
     * the plugin instead: the connection then fails with a message that says so.
     */
    void cancel();
    /** The exec credential plugin is running (signingIn() was emitted, signInFinished() not yet). */
    bool isSigningIn() const;
    /**
     * `kubectl rollout restart` of datastore @p name's Deployment or StatefulSet, then a wait (at most 5 minutes)
     * for its new pods, as a journaled plan (Ops::buildRestartWorkloadPlan): workloadRestarting() now,
     * workloadRestarted() at the end. False (and nothing done) when
     * @p name has no workload in the inventory.
     */
    bool restartWorkload(const QString &name);
    /** Forgets the connection (no signal for what was in flight). */
    void disconnectFromCluster();

    void setOptions(const Options &options) { m_sessionOptions = options; }
    void setScanOptions(const Fleet::ScanOptions &options) { m_options = options; }
    /**
     * What grades the scans from now on (Audit::PolicyLoader; built in until set): the profile, the accepted risks,
     * and the observation cache's TTL (it replaces ScanOptions::observationTtl).
     */
    void setPolicy(const Audit::Policy &policy) { m_policy = policy; }
    /**
     * Grades the last snapshot again with the policy set since (an acceptance added, the policy read late): no probe,
     * no history entry; auditReady() follows. Nothing before the first scan, nor while one runs (its end grades with
     * the new policy).
     */
    void regrade();
    const Audit::Policy &policy() const { return m_policy; }
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
    /** Why the last scan could not be kept in the history (empty: it was, or keeping was off). */
    QString historyError() const { return m_historyError; }
    /** How the last scan ended. */
    Outcome outcome() const { return m_outcome; }
    /**
     * The API server answered some request since the last discovery began. When discovery then fails, the cluster
     * was reached and one request failed (timed out, was refused): stateChanged()'s message names that request, and
     * nobody should read "cannot reach the cluster". False for targets files and when nothing was answered.
     */
    bool isClusterReachable() const;
    /**
     * Where the black-box observations of @p snapshot come from, for people: "thorough, every observation made in this
     * scan", or how many datastores' observations were reused (fingerprint unchanged) and how many made anew; empty
     * when the scan kept no observation cache. Ends the state message of a finished scan.
     */
    static QString observationSummary(const Fleet::Snapshot &snapshot);
    /** True when @p reports hold at least one datastore and none of them was reached. */
    static bool noneReached(const QList<Fleet::DatastoreReport> &reports);

    /** The live view of the namespace (watches after a scan of a cluster). */
    LiveView *liveView() const { return m_live; }
    LiveState liveState() const { return m_live->state(); }
    /** Why the live view is reconnecting (or why watches stopped: the API's messages, one a line). */
    QString liveDetail() const { return m_live->detail(); }
    /** The resources whose watches run (for people: "pods", "PVCs"…), in a fixed order. */
    QStringList watchedResources() const { return m_live->watchedResources(); }
    /** The resources whose watches were refused for good (forbidden, not found), in a fixed order. */
    QList<NotWatched> notWatched() const { return m_live->notWatched(); }
    /**
     * How long watch events are gathered before they are applied (one re-grade for a burst of events).
     * Default 200 ms.
     */
    void setLiveDelay(std::chrono::milliseconds delay);
    /** The backoff of the watches started from now on (tests shorten it). */
    void setWatchBackoff(std::chrono::milliseconds initial, std::chrono::milliseconds maximum);

signals:
    void stateChanged(Session::FleetSession::State state, const QString &message);
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
    void liveStateChanged(Session::LiveView::State state, const QString &detail);
    /** A Secret that @p name uses (TLS or credentials) changed, or its pod came back: @p name is probed again. */
    void datastoreReprobing(const QString &name, const QString &reason);
    /**
     * Datastores whose workload (a database Deployment or StatefulSet) appeared after the scan: they are in
     * inventory() now and are being probed (datastoreScanned() follows for each), without a rescan.
     */
    void datastoresAppeared(const QList<Fleet::Datastore> &datastores);
    /** restartWorkload() began: @p workload ("StatefulSet/redis") of datastore @p name is being restarted. */
    void workloadRestarting(const QString &name, const QString &workload);
    /** restartWorkload() ended: @p error is empty when the new pods are ready. */
    void workloadRestarted(const QString &name, const QString &error);
    /** Datastores whose workload was deleted after the scan: gone from inventory() and snapshot(). */
    void datastoresRemoved(const QStringList &names);

private:
    void setState(State state, const QString &message = {});
    void discover();
    void startScan(const QList<Fleet::ScanTarget> &targets);
    /** The scan targets of @p inventory, through port-forwards or through Services (Options::throughServices). */
    QList<Fleet::ScanTarget> targetsOf(const Fleet::InventoryResult &inventory) const;
    /** The scan options with the observation cache filled in (path, scope), @p thorough or not. */
    Fleet::ScanOptions effectiveScanOptions(bool thorough) const;
    void onScanned(const Fleet::DatastoreReport &report);
    void onFinished(const QList<Fleet::DatastoreReport> &reports, bool cancelled);
    /** The scan's probes are done: reads the log evidence (a cluster scan), then finishScan(). */
    void readLogsThenFinish(const QList<Fleet::DatastoreReport> &reports);
    void finishScan(const QList<Fleet::DatastoreReport> &reports, bool cancelled);
    /** Audits the whole snapshot off the GUI thread; @p keep: save it in the history and diff it (full scans). */
    void auditFleet(bool keep);

    // The live view: what the watches saw, folded into the inventory and the snapshot.
    void startLive();
    void stopLive();
    void applyLiveUpdate();
    void applyDiscovered(const QList<Fleet::Datastore> &datastores, const QSet<QString> &changedSecrets);
    void reprobe(const QStringList &names);
    void onReprobed(const Fleet::DatastoreReport &report);
    void replaceReport(const Fleet::DatastoreReport &report);

    State m_state = State::NotConnected;
    std::optional<Kube::Kubeconfig> m_kubeconfig; ///< the last one loadKubeconfig() read
    std::optional<Kube::ResolvedContext> m_context;
    QString m_namespace;
    QList<Fleet::ScanTarget> m_targets;
    QString m_targetsFile;
    std::unique_ptr<Kube::KubeClient> m_client;
    QPointer<Fleet::FleetScanner> m_scanner;
    Fleet::ScanOptions m_options;
    Audit::Policy m_policy;
    bool m_thoroughNext = false; ///< rescan(true): the next full scan reuses no observation
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
    QDateTime m_scanStartedAt;
    /// When this session's own probes ran (the last quarter of an hour): the TLS errors they cause are not the services'
    QList<Fleet::ProbeWindow> m_probeWindows;

    QThreadPool m_pool; ///< audits, discovery and the history (file I/O): never the global pool
    Options m_sessionOptions;
    Outcome m_outcome = Outcome::None;
    QString m_historyError;
    quint64 m_answersAtDiscovery = 0; ///< the client's serverAnswers() when the last discovery began
    LiveView *m_live = nullptr;
    bool m_liveDiscovering = false; ///< a live discovery is running: the next one waits for it
    quint64 m_auditSerial = 0; ///< the newest fleet audit asked for: an older one finishing later is dropped
    quint64 m_liveGeneration = 0; ///< bumps when the live view stops: its late results do nothing
    QPointer<Fleet::FleetScanner> m_reprobeScanner;
    QStringList m_reprobeQueue; ///< datastores to probe again once the running re-probe finishes
};

} // namespace Session

using Session::FleetSession; // the console and its tests name it unqualified
