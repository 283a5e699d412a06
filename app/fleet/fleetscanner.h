// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/secret.h"
#include "fleet/backuplocation.h"
#include "fleet/datastore.h"
#include "fleet/inventory.h"
#include "fleet/observationcache.h"
#include "fleet/snapshot.h"
#include "probe/tlsinspector.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QThreadPool>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace Kube {
class KubeClient;
}

namespace Fleet {

/** One datastore to probe: where it is, what to trust, how to log in. */
struct ScanTarget
{
    QString name;
    Kind kind = Kind::PostgreSQL;
    QString host;       ///< address to reach (a name or an IP); ignored when pod is set
    quint16 port = 0;
    QString serverName; ///< the name the certificate must carry; empty: host
    QByteArray caPem;   ///< trusted CA(s); empty: the system's
    QString caSource;   ///< where caPem comes from ("Secret postgres-tls key ca-cert.pem"), for errors about it
    QString database;
    QString user;
    Core::Secret password;
    quint16 plaintextPort = 0; ///< Redis/AMQP plain port when different (0: same port / none)
    quint16 managementPort = 0; ///< RabbitMQ management API (HTTP); 0: not probed

    // Through the cluster: a port-forward to pod:podPort (the probe then connects to 127.0.0.1).
    QString namespaceName;
    QString pod;
    quint16 podPort = 0;
    quint16 podPlaintextPort = 0;  ///< RabbitMQ: the pod's plain AMQP port (5672), forwarded too
    quint16 podManagementPort = 0; ///< RabbitMQ: the pod's management port (15672), forwarded too
    std::optional<Datastore> k8s;

    QString endpoint() const;
};

struct ScanOptions
{
    int concurrency = 8;         ///< datastores probed at once
    int connectTimeoutMs = 10000;
    int datastoreTimeoutMs = 90000; ///< one datastore, all steps; then it is reported as timed out
    /** The backup catalog read at scan time (see DatastoreReport::backup); empty: BackupCatalog::defaultPath(). */
    QString backupCatalogPath;
    /**
     * Directories on this machine where the platform's own backup script writes `<db>_<name>_<timestamp>.sql.gz.gpg`
     * (checklist item 10): listed with the catalog, each PostgreSQL report counting its files there.
     */
    QStringList backupLocations;
    /**
     * Backup locations on PVCs of the scanned namespace (`--backup-location pvc/NAME:/path`), listed through a running
     * pod that mounts each (listVolumeBackupLocation) and counted as the directories are.
     */
    QList<VolumeBackupLocation> volumeBackupLocations;
    /**
     * The observation cache (ObservationCache, read before the first probe, written when the scan ends); empty: none,
     * and every scan makes every observation. With it, a datastore whose fingerprint is unchanged and whose last
     * observation is younger than observationTtl gets one connection (the login); the rest is reused and says so.
     */
    QString observationCachePath;
    QString observationScope; ///< the cache keys' scope: the cluster and namespace, or "targets"
    bool thorough = false; ///< make every observation even where the cache could stand for it
    std::chrono::seconds observationTtl = std::chrono::hours(24);
};

/** The scan targets of a discovered namespace: through port-forwards, with the credentials from the secrets. */
QList<ScanTarget> targetsFromInventory(const InventoryResult &inventory);

/**
 * Probes datastores with bounded concurrency: the protocol probe (PostgreSQL, Redis or RabbitMQ) and the TLS
 * inspection, through a port-forward when the target is a pod. Where the probe's own verified TLS session
 * exists (PostgreSQL verify-full, Redis over QSslSocket) the inspection reuses it instead of a handshake of
 * its own, and runs its version attempts while the probe reads. Reports each datastore as it lands;
 * one unreachable datastore never stalls the others; cancellable. Runs on the caller's event loop.
 * Meanwhile it reads Proofer's backup catalog on a private thread (never the GUI thread) and sets each PostgreSQL
 * report's backup section from it before the report is delivered: the audit and the console read the snapshot.
 */
class FleetScanner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FleetScanner)

public:
    explicit FleetScanner(Kube::KubeClient *client = nullptr, QObject *parent = nullptr);
    ~FleetScanner() override;

    void start(const QList<ScanTarget> &targets, const ScanOptions &options = {});
    void cancel();
    bool isRunning() const { return m_running; }
    const QList<DatastoreReport> &reports() const { return m_reports; }

signals:
    void datastoreScanned(const Fleet::DatastoreReport &report);
    void progress(int done, int total);
    /** Every datastore was reported (or the scan was cancelled: @p cancelled). Reports in target order. */
    void finished(const QList<Fleet::DatastoreReport> &reports, bool cancelled);

private:
    struct Job;
    void launchMore();
    void startJob(const std::shared_ptr<Job> &job);
    void runTls(const std::shared_ptr<Job> &job);
    /** The cache was read (or there is none): the jobs start. */
    void readObservationCache();
    bool cacheEnabled() const { return !m_options.observationCachePath.isEmpty(); }
    /** What the job's datastore looks like now: pods, and once the login read them, certificate and settings. */
    Fingerprint fingerprintOf(const std::shared_ptr<Job> &job) const;
    /** Reused observations into the report, or this scan's into the cache; the report's provenance either way. */
    void settleObservations(const std::shared_ptr<Job> &job);
    void storeObservations();
    /** PostgreSQL: the probe first; the TLS inspection reuses its verified session (see runPostgres). */
    void runPostgres(const std::shared_ptr<Job> &job, bool tls);
    /** Redis: the plaintext check, then the probe, then the TLS inspection with the probe's session. */
    void runRedis(const std::shared_ptr<Job> &job);
    void runRedisProbe(const std::shared_ptr<Job> &job, bool tls);
    /** The TLS inspection, with the session a probe already has when @p session is set; then @p then. */
    void inspectTls(const std::shared_ptr<Job> &job, std::optional<Probe::TlsSession> session, bool checkPlaintext,
                    bool checkTls, std::function<void(const Probe::TlsReport &)> then, bool tryOtherVersions = true);
    void runRabbitMq(const std::shared_ptr<Job> &job);
    /** A port-forward to the job's pod on @p podPort; 0 (and an error in the report) when it cannot listen. */
    quint16 forwardExtraPort(const std::shared_ptr<Job> &job, quint16 podPort);
    void completeJob(const std::shared_ptr<Job> &job);
    /** Lists the backup locations on PVCs (through the cluster), then reads the backup files. */
    void readBackupCatalog();
    /** Reads the backup catalog and directories for the targets on m_pool; then publishes what landed meanwhile. */
    void readBackupFiles(const QList<BackupLocationListing> &volumeListings);
    /** Delivers the landed reports (with their backup section) once the catalog has been read. */
    void publishLanded();
    static bool tlsOnFor(const std::shared_ptr<Job> &job);

    QPointer<Kube::KubeClient> m_client;
    QList<ScanTarget> m_targets;
    ScanOptions m_options;
    QList<DatastoreReport> m_reports;
    QList<std::shared_ptr<Job>> m_running_jobs;
    int m_next = 0;
    int m_done = 0;
    bool m_running = false;
    bool m_cancelled = false;
    quint64 m_generation = 0; ///< one per start(): a late catalog read of an earlier scan is ignored
    /** Per target: what the backup catalog says (PostgreSQL only); empty until the catalog has been read. */
    QList<std::optional<BackupObservation>> m_backups;
    bool m_backupsRead = false;
    QList<int> m_landed; ///< indexes of reports probed but not yet delivered (the catalog is still being read)
    QThreadPool m_pool;  ///< the catalog read: file I/O off the caller's thread, never the global pool
    ObservationCache m_cache; ///< as read when the scan started
    QHash<QString, CachedObservation> m_cacheUpdates; ///< this scan's new observations, written when it ends
};

} // namespace Fleet
