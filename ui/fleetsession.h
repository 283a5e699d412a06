// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/snapshotevidence.h"
#include "fleet/fleetscanner.h"
#include "fleet/inventory.h"
#include "fleet/snapshot.h"
#include "kube/kubeconfig.h"
#include "report/history.h"

#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

namespace Kube {
class KubeClient;
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
    /** Stops discovery or the scan; what already landed stays. */
    void cancel();
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

signals:
    void stateChanged(FleetSession::State state, const QString &message);
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

private:
    void setState(State state, const QString &message = {});
    void discover();
    void startScan(const QList<Fleet::ScanTarget> &targets);
    void onScanned(const Fleet::DatastoreReport &report);
    void onFinished(const QList<Fleet::DatastoreReport> &reports, bool cancelled);

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
    };
    quint64 m_generation = 0; ///< bumps on every new connection, scan or cancel: stale continuations do nothing
};
