// SPDX-License-Identifier: GPL-3.0-or-later
#include "fleet/fleetscanner.h"

#include "core/clock.h"
#include "core/logging.h"
#include "fleet/backupcatalog.h"
#include "fleet/volumebackuplocation.h"
#include "kube/kubeclient.h"
#include "kube/portforwarder.h"
#include "probe/postgresprobe.h"
#include "probe/rabbitmqprobe.h"
#include "probe/redisprobe.h"
#include "probe/tlscertificate.h"
#include "probe/tlsinspector.h"

#include <QFileInfo>
#include <QCoreApplication>
#include <QHostAddress>
#include <QElapsedTimer>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace Fleet {

namespace {

Probe::Preamble preambleFor(Kind kind)
{
    switch (kind) {
    case Kind::PostgreSQL:
        return Probe::Preamble::Postgres;
    case Kind::Redis:
        return Probe::Preamble::Redis;
    case Kind::RabbitMQ:
        return Probe::Preamble::Amqp;
    }
    return Probe::Preamble::None;
}

/** The service name the certificate should carry: the first DNS form the secret's certificate names. */
QString serverNameFor(const Datastore &store)
{
    const QStringList names = store.serviceDnsNames();
    QString error;
    const QList<Probe::CertificateInfo> certificates = Probe::parseCertificates(store.tlsSecretCertificatePem, &error);
    if (!certificates.isEmpty()) {
        for (const QString &name : names) {
            if (certificates.first().dnsNames.contains(name, Qt::CaseInsensitive))
                return name;
        }
    }
    return names.last(); // the fully qualified name: what in-cluster clients resolve
}

} // namespace

QString ScanTarget::endpoint() const
{
    if (!pod.isEmpty())
        return QStringLiteral("%1:%2").arg(k8s && !k8s->serviceName.isEmpty() ? k8s->serviceName : name).arg(
            k8s && k8s->servicePort ? k8s->servicePort : podPort);
    const bool ipv6 = QHostAddress(host).protocol() == QAbstractSocket::IPv6Protocol;
    return (ipv6 ? QStringLiteral("[%1]:%2") : QStringLiteral("%1:%2")).arg(host).arg(port);
}

QList<ScanTarget> targetsFromInventory(const InventoryResult &inventory)
{
    QList<ScanTarget> targets;
    for (const Datastore &store : inventory.datastores) {
        ScanTarget target;
        target.name = store.name;
        target.kind = store.kind;
        target.namespaceName = store.namespaceName;
        target.k8s = store;
        for (const PodFacts &pod : store.pods) {
            if (pod.phase == u"Running") {
                target.pod = pod.name;
                break;
            }
        }
        if (target.pod.isEmpty() && !store.pods.isEmpty())
            target.pod = store.pods.first().name;
        target.podPort = store.containerPort ? store.containerPort : defaultPort(store.kind);
        target.port = target.podPort;
        if (store.kind == Kind::RabbitMQ) {
            // The standard ports unless the container declares others; a port the pod does not serve
            // answers "refused" through the tunnel, which is itself the fact (closed).
            target.podPlaintextPort = 5672;
            target.podManagementPort = 15672;
            for (quint16 port : store.containerPorts) {
                if (port == 15671 || port == 15672)
                    target.podManagementPort = port;
            }
        }
        target.serverName = serverNameFor(store);
        target.caPem = store.tlsSecretCaPem;
        target.caSource = store.tlsMaterial.ca.describe();
        const LoginCredentials login = loginFor(store, inventory.objects);
        target.user = login.user;
        target.database = login.database;
        target.password = login.password;
        targets << target;
    }
    return targets;
}

struct FleetScanner::Job
{
    int index = 0;
    ScanTarget target;
    DatastoreReport report;
    QPointer<Kube::PortForwarder> forwarder;
    QPointer<Probe::PostgresProbe> postgres;
    QPointer<Probe::RedisProbe> redis;
    QPointer<Probe::RabbitMqProbe> rabbitmq;
    QList<QPointer<Kube::PortForwarder>> extraForwarders;
    QPointer<QTimer> guard;
    QString host; ///< where the probes connect
    quint16 port = 0;
    std::optional<Probe::TlsReport> plaintextCheck; ///< Redis: the inspector's first pass (plaintext only)
    bool sessionSeen = false; ///< the probe's connection had a TLS session; the inspection uses it
    int tlsPending = 0; ///< inspections running
    // The observation cache (ScanOptions::observationCachePath):
    QString cacheKey;
    std::optional<CachedObservation> cached; ///< what the cache holds for this datastore (may be stale)
    bool gated = false; ///< the extra observations wait for the fingerprint read by the login
    bool gateDecided = false;
    ReuseDecision decision; ///< once the fingerprint was read: reuse the cached observations, or observe
    std::optional<Probe::TlsSession> session; ///< the probe's verified session (gated jobs)
    bool versionsTried = false; ///< a gated job observes again: its full inspection's report is the one kept
    bool probePending = false;
    QElapsedTimer clock; ///< for the debug timings
    QStringList tunnelErrors;
    bool done = false;
};

FleetScanner::FleetScanner(Kube::KubeClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    qRegisterMetaType<Fleet::DatastoreReport>();
    m_pool.setMaxThreadCount(1);
}

FleetScanner::~FleetScanner()
{
    m_cancelled = true;
    for (const auto &job : std::as_const(m_running_jobs)) {
        if (job->postgres)
            job->postgres->cancel();
        if (job->redis)
            job->redis->cancel();
        if (job->rabbitmq)
            job->rabbitmq->cancel();
    }
}

void FleetScanner::start(const QList<ScanTarget> &targets, const ScanOptions &options)
{
    m_targets = targets;
    m_options = options;
    m_reports = QList<DatastoreReport>(targets.size());
    m_next = 0;
    m_done = 0;
    m_running = true;
    m_cancelled = false;
    ++m_generation;
    m_backups.clear();
    m_backupsRead = false;
    m_landed.clear();
    emit progress(0, int(targets.size()));
    if (targets.isEmpty()) {
        m_running = false;
        QTimer::singleShot(0, this, [this] { emit finished(m_reports, false); });
        return;
    }
    readBackupCatalog();
    m_cacheUpdates.clear();
    if (cacheEnabled()) {
        readObservationCache(); // then launchMore()
        return;
    }
    launchMore();
}

void FleetScanner::readObservationCache()
{
    const QString path = m_options.observationCachePath;
    const quint64 generation = m_generation;
    QtConcurrent::run(&m_pool, [path] { return ObservationCache::load(path); })
        .then(this, [this, generation](const ObservationCache &cache) {
            if (generation != m_generation || !m_running || m_cancelled)
                return;
            m_cache = cache;
            qCDebug(lcFleet) << "observation cache read:" << m_cache.entries().size() << "datastores";
            launchMore();
        });
}

void FleetScanner::storeObservations()
{
    if (!cacheEnabled() || m_cacheUpdates.isEmpty())
        return;
    const QString path = m_options.observationCachePath;
    const QHash<QString, CachedObservation> updates = m_cacheUpdates;
    m_cacheUpdates.clear();
    // Blocking file I/O on the scanner's pool (its destructor waits for it: the file is whole before the scanner goes).
    (void)QtConcurrent::run(&m_pool, [path, updates] { ObservationCache::store(path, updates); });
}

void FleetScanner::readBackupCatalog()
{
    const QList<VolumeBackupLocation> volumes = m_options.volumeBackupLocations;
    if (volumes.isEmpty()) {
        readBackupFiles({});
        return;
    }
    // The scanned namespace: the targets' (a discovered namespace), else the context's.
    QString namespaceName;
    for (const ScanTarget &target : std::as_const(m_targets)) {
        if (namespaceName.isEmpty())
            namespaceName = target.namespaceName;
    }
    if (namespaceName.isEmpty() && m_client)
        namespaceName = m_client->defaultNamespace();
    const quint64 generation = m_generation;
    auto listings = std::make_shared<QList<BackupLocationListing>>(volumes.size());
    auto left = std::make_shared<qsizetype>(volumes.size());
    for (qsizetype i = 0; i < volumes.size(); ++i) {
        listVolumeBackupLocation(m_client.data(), namespaceName, volumes.at(i))
            .then(this, [this, generation, listings, left, i](const BackupLocationListing &listing) {
                if (generation != m_generation || !m_running)
                    return;
                (*listings)[i] = listing;
                if (--*left == 0)
                    readBackupFiles(*listings);
            });
    }
}

void FleetScanner::readBackupFiles(const QList<BackupLocationListing> &volumeListings)
{
    // What the catalog needs: the namespace (empty for direct targets) and name of each PostgreSQL target.
    QList<std::optional<QPair<QString, QString>>> keys;
    for (const ScanTarget &target : std::as_const(m_targets)) {
        if (target.kind == Kind::PostgreSQL)
            keys << QPair<QString, QString>(target.namespaceName, target.name);
        else
            keys << std::nullopt;
    }
    const QString path =
        m_options.backupCatalogPath.isEmpty() ? BackupCatalog::defaultPath() : m_options.backupCatalogPath;
    const quint64 generation = m_generation;
    const QStringList locations = m_options.backupLocations;
    QtConcurrent::run(&m_pool, [keys, path, locations, volumeListings] {
        // Blocking: the catalog file and a stat of every backup it lists; each backup location's directory.
        const QDateTime readAt = Core::Clock::currentDateTimeUtc();
        BackupCatalog catalog(path);
        QString error;
        const bool loaded = catalog.load(&error);
        QSet<QString> catalogPaths;
        for (const BackupCatalogEntry &entry : catalog.entries())
            catalogPaths.insert(QFileInfo(entry.path).absoluteFilePath());
        QList<BackupLocationListing> listings;
        for (const QString &location : locations)
            listings << listBackupLocation(location);
        listings << volumeListings;
        QList<std::optional<BackupObservation>> backups;
        for (const auto &key : keys) {
            if (!key) {
                backups << std::nullopt;
                continue;
            }
            BackupObservation backup = loaded ? BackupObservation::fromCatalog(catalog, key->first, key->second, readAt)
                                              : BackupObservation::unreadable(error, readAt);
            backup.addListings(listings, key->second, catalogPaths);
            backups << backup;
        }
        return backups;
    }).then(this, [this, generation](const QList<std::optional<BackupObservation>> &backups) {
        if (generation != m_generation || !m_running)
            return;
        qCDebug(lcFleet) << "backup catalog read for" << backups.size() << "targets";
        m_backups = backups;
        m_backupsRead = true;
        publishLanded();
    });
}

void FleetScanner::publishLanded()
{
    if (!m_backupsRead)
        return;
    const quint64 generation = m_generation;
    while (!m_landed.isEmpty()) {
        const int index = m_landed.takeFirst();
        DatastoreReport &report = m_reports[index];
        if (index < m_backups.size())
            report.backup = m_backups.at(index);
        ++m_done;
        qCDebug(lcFleet) << "scanned" << report.name << m_done << "/" << m_targets.size();
        const DatastoreReport delivered = report;
        emit datastoreScanned(delivered);
        if (generation != m_generation || m_cancelled)
            return; // a slot cancelled or restarted the scan
        emit progress(m_done, int(m_targets.size()));
        if (generation != m_generation || m_cancelled)
            return;
        if (m_done == m_targets.size()) {
            m_running = false;
            storeObservations();
            emit finished(m_reports, false);
            return;
        }
    }
}

void FleetScanner::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    const auto jobs = m_running_jobs;
    for (const auto &job : jobs) {
        if (job->postgres)
            job->postgres->cancel();
        if (job->redis)
            job->redis->cancel();
        if (job->rabbitmq)
            job->rabbitmq->cancel();
        if (job->forwarder)
            job->forwarder->close();
        for (const auto &extra : std::as_const(job->extraForwarders)) {
            if (extra)
                extra->close();
        }
    }
    m_running_jobs.clear();
    m_running = false;
    emit finished(m_reports, true);
}

void FleetScanner::launchMore()
{
    while (!m_cancelled && m_next < m_targets.size() && m_running_jobs.size() < std::max(1, m_options.concurrency)) {
        auto job = std::make_shared<Job>();
        job->index = m_next;
        job->target = m_targets.at(m_next);
        ++m_next;
        if (cacheEnabled()) {
            job->cacheKey = ObservationCache::key(m_options.observationScope, job->target);
            job->cached = m_cache.find(job->cacheKey);
        }
        m_running_jobs << job;
        startJob(job);
    }
}

void FleetScanner::startJob(const std::shared_ptr<Job> &job)
{
    const ScanTarget &target = job->target;
    DatastoreReport &report = job->report;
    report.name = target.name;
    report.kind = target.kind;
    report.endpoint = target.endpoint();
    report.k8s = target.k8s;

    // One datastore never holds the scan: past its time it is reported as it stands.
    auto *guard = new QTimer(this);
    guard->setSingleShot(true);
    job->guard = guard;
    connect(guard, &QTimer::timeout, this, [this, job] {
        if (job->done)
            return;
        job->report.errors << tr("%1: no answer within %2 s; stopped").arg(job->report.endpoint).arg(
            m_options.datastoreTimeoutMs / 1000);
        if (job->postgres)
            job->postgres->cancel();
        if (job->redis)
            job->redis->cancel();
        if (job->rabbitmq)
            job->rabbitmq->cancel();
        completeJob(job);
    });
    guard->start(m_options.datastoreTimeoutMs);

    if (!target.pod.isEmpty()) {
        if (!m_client) {
            report.errors << tr("%1 is a pod but there is no cluster connection").arg(target.name);
            completeJob(job);
            return;
        }
        auto *forwarder = new Kube::PortForwarder(m_client, target.namespaceName, target.pod, target.podPort, this);
        job->forwarder = forwarder;
        connect(forwarder, &Kube::PortForwarder::tunnelError, this,
                [job](const QString &message) { job->tunnelErrors << message; });
        QString error;
        if (!forwarder->listen(&error)) {
            report.errors << error;
            completeJob(job);
            return;
        }
        job->host = QStringLiteral("127.0.0.1");
        job->port = forwarder->localPort();
    } else {
        job->host = target.host;
        job->port = target.port;
    }
    report.observedEndpoint = QStringLiteral("%1:%2").arg(job->host).arg(job->port);
    job->clock.start();
    if (target.kind == Kind::PostgreSQL)
        runPostgres(job, true);
    else if (target.kind == Kind::Redis)
        runRedis(job);
    else
        runTls(job);
}

void FleetScanner::inspectTls(const std::shared_ptr<Job> &job, std::optional<Probe::TlsSession> session,
                              bool checkPlaintext, bool checkTls, std::function<void(const Probe::TlsReport &)> then,
                              bool tryOtherVersions)
{
    const ScanTarget &target = job->target;
    Probe::TlsTarget tls;
    tls.host = job->host;
    tls.port = job->port;
    tls.preamble = preambleFor(target.kind);
    tls.serverName = target.serverName.isEmpty() ? target.host : target.serverName;
    tls.caPem = target.caPem;
    tls.caSource = target.caSource;
    tls.timeoutMs = m_options.connectTimeoutMs;
    tls.plaintextPort = target.pod.isEmpty() ? target.plaintextPort : 0;
    tls.checkPlaintext = checkPlaintext;
    tls.checkTls = checkTls;
    tls.session = std::move(session);
    tls.tryOtherVersions = tryOtherVersions;
    ++job->tlsPending;
    static const Probe::TlsInspector inspector;
    inspector.inspect(tls).then(this, [this, job, then](const Probe::TlsReport &tlsReport) {
        --job->tlsPending;
        if (job->done || m_cancelled)
            return;
        qCDebug(lcFleet) << job->target.name << "TLS inspection done at" << job->clock.elapsed() << "ms";
        then(tlsReport);
    });
}

void FleetScanner::runPostgres(const std::shared_ptr<Job> &job, bool tls)
{
    // The probe connects at once with verify-full. Once its session is up (libpq verified chain and name),
    // the inspection takes that session's version, cipher and chain, verifies the chain without a handshake
    // and tries the other versions while the probe runs its queries. Only when the probe gets no TLS
    // session does the inspection do its own verification handshake, for the exact reason (and TLS off).
    const ScanTarget &target = job->target;
    const QString serverName = target.serverName.isEmpty() ? target.host : target.serverName;
    Probe::PostgresTarget pg;
    // An address: connect there and verify the server name (verify-full). A name: libpq resolves
    // and verifies that same name, so a tlsServerName that differs needs an address.
    const bool hostIsIp = !QHostAddress(job->host).isNull();
    pg.host = hostIsIp ? serverName : job->host;
    pg.hostaddr = hostIsIp ? job->host : QString();
    pg.port = job->port;
    pg.database = target.database.isEmpty() ? QStringLiteral("postgres") : target.database;
    pg.user = target.user.isEmpty() ? QStringLiteral("postgres") : target.user;
    pg.password = target.password;
    pg.caPem = target.caPem;
    pg.sslmode = tls ? QStringLiteral("verify-full") : QStringLiteral("disable");
    pg.connectTimeoutMs = m_options.connectTimeoutMs;
    auto *probe = new Probe::PostgresProbe(this);
    job->postgres = probe;
    job->probePending = true;
    auto finishIfDone = [this, job] {
        if (!job->tlsPending && !job->probePending)
            completeJob(job);
    };
    // With an earlier observation in the cache, the login reads the fingerprint first; the extra connections (the
    // sslmode=disable check, the version hellos) are made only when it changed or the observation is too old.
    job->gated = tls && job->cached && !m_options.thorough;
    if (job->gated) {
        probe->setObservationGate([this, job, finishIfDone, user = pg.user, database = pg.database](const Probe::PostgresFacts &facts) {
            Fingerprint fingerprint = fingerprintOf(job);
            addCertificatePart(fingerprint, facts.chain.isEmpty() ? QString() : facts.chain.first().sha256Fingerprint);
            addPostgresParts(fingerprint, facts, user, database);
            job->decision = decideReuse(job->cached, fingerprint, Core::Clock::currentDateTimeUtc(),
                                        m_options.observationTtl, m_options.thorough);
            job->gateDecided = true;
            qCDebug(lcFleet).noquote() << job->target.name << "observations:" << job->decision.reason;
            if (job->session && !job->decision.reuse) {
                // Observe again: the version hellos, alongside the plaintext check (this report replaces the
                // verification-only one started at the login).
                job->versionsTried = true;
                inspectTls(job, job->session, false, true, [job, finishIfDone](const Probe::TlsReport &tlsReport) {
                    job->report.tls = tlsReport;
                    finishIfDone();
                });
            }
            return !job->decision.reuse;
        });
    }
    connect(probe, &Probe::PostgresProbe::connected, this, [this, job, finishIfDone](const Probe::TlsSession &session) {
        if (job->done || session.protocol.isEmpty() || job->sessionSeen)
            return;
        job->sessionSeen = true;
        qCDebug(lcFleet) << job->target.name << "probe connected at" << job->clock.elapsed() << "ms," << session.protocol;
        if (job->gated) {
            // The chain is verified now, while the login reads the fingerprint; the version hellos wait for the gate.
            job->session = session;
            inspectTls(job, session, false, true, [job, finishIfDone](const Probe::TlsReport &tlsReport) {
                if (!job->versionsTried)
                    job->report.tls = tlsReport;
                finishIfDone();
            }, false);
            return;
        }
        inspectTls(job, session, false, true, [job, finishIfDone](const Probe::TlsReport &tlsReport) {
            job->report.tls = tlsReport;
            finishIfDone();
        });
    });
    connect(probe, &Probe::PostgresProbe::finished, this, [this, job, probe, tls, finishIfDone](const Probe::PostgresFacts &facts) {
        probe->deleteLater();
        job->probePending = false;
        if (job->done)
            return;
        qCDebug(lcFleet) << job->target.name << "probe done at" << job->clock.elapsed() << "ms";
        job->report.postgres = facts;
        if (job->gated && job->session && !job->gateDecided) {
            // The probe stopped before its gate (a broken link, a timeout): nothing is reused, the versions are tried.
            job->gateDecided = true;
            job->decision = { false, tr("the login ended before the fingerprint was read") };
            job->versionsTried = true;
            inspectTls(job, job->session, false, true, [job, finishIfDone](const Probe::TlsReport &tlsReport) {
                job->report.tls = tlsReport;
                finishIfDone();
            });
            return;
        }
        if (job->sessionSeen || !tls) {
            if (!tlsOnFor(job) && !job->tlsPending)
                job->report.unknown.insert(QStringLiteral("tls.verified"), tr("TLS is off: nothing to verify"));
            finishIfDone();
            return;
        }
        // No TLS session: the inspection's own handshakes say why (verify failure, TLS off, unreachable).
        inspectTls(job, std::nullopt, false, true, [this, job](const Probe::TlsReport &tlsReport) {
            job->report.tls = tlsReport;
            if (!tlsReport.tlsEnabled && tlsReport.errors.isEmpty()) {
                runPostgres(job, false); // TLS is off: the probe goes on without it
                return;
            }
            completeJob(job);
        });
    });
    probe->start(pg);
}

void FleetScanner::runRedis(const std::shared_ptr<Job> &job)
{
    // An earlier observation in the cache says the port speaks TLS: the probe's TLS login comes first, and the
    // plaintext check and the version hellos follow only when the fingerprint it reads has changed.
    job->gated = job->cached && !m_options.thorough;
    if (job->gated) {
        runRedisProbe(job, true);
        return;
    }
    // Plaintext first: a plaintext Redis would sit on a ClientHello. Then the probe over TLS (unless the port
    // speaks plaintext or cannot be reached), then the inspection with the probe's session.
    inspectTls(job, std::nullopt, true, false, [this, job](const Probe::TlsReport &plain) {
        job->plaintextCheck = plain;
        const quint16 plainPort = job->target.pod.isEmpty() ? job->target.plaintextPort : 0;
        const bool samePort = plainPort == 0 || plainPort == job->port;
        if (!plain.errors.isEmpty() || (samePort && plain.plaintextAccepted.value_or(false))) {
            job->report.tls = plain;
            runRedisProbe(job, false);
            return;
        }
        runRedisProbe(job, true);
    });
}

void FleetScanner::runRedisProbe(const std::shared_ptr<Job> &job, bool tls)
{
    const ScanTarget &target = job->target;
    Probe::RedisTarget redis;
    redis.host = job->host;
    redis.serverName = target.serverName.isEmpty() ? target.host : target.serverName;
    redis.port = job->port;
    redis.tls = tls;
    redis.caPem = target.caPem;
    redis.user = target.user;
    redis.password = target.password;
    redis.timeoutMs = m_options.connectTimeoutMs * 2;
    auto *probe = new Probe::RedisProbe(this);
    job->redis = probe;
    connect(probe, &Probe::RedisProbe::finished, this, [this, job, probe, tls](const Probe::RedisFacts &facts) {
        probe->deleteLater();
        if (job->done)
            return;
        job->report.redis = facts;
        if (!tls) {
            completeJob(job);
            return;
        }
        std::optional<Probe::TlsSession> session;
        if (!facts.tlsProtocol.isEmpty())
            session = Probe::TlsSession { facts.tlsProtocol, facts.tlsCipher, facts.chain };
        const bool hadSession = session.has_value();
        if (job->gated && !job->gateDecided) {
            job->gateDecided = true;
            if (!hadSession) {
                // No TLS login after all: everything is observed again, the usual way (plaintext first).
                job->gated = false;
                job->decision = { false, tr("the TLS login failed: %1").arg(facts.error) };
                job->report.redis.reset();
                runRedis(job);
                return;
            }
            Fingerprint fingerprint = fingerprintOf(job);
            addCertificatePart(fingerprint, facts.chain.isEmpty() ? QString() : facts.chain.first().sha256Fingerprint);
            addRedisParts(fingerprint, facts, job->target.user);
            job->decision = decideReuse(job->cached, fingerprint, Core::Clock::currentDateTimeUtc(),
                                        m_options.observationTtl, m_options.thorough);
            qCDebug(lcFleet).noquote() << job->target.name << "observations:" << job->decision.reason;
            // Reused: the session's chain is verified, nothing else is sent. Observed: the plaintext check, then
            // the version hellos, with the same session.
            const bool observe = !job->decision.reuse;
            inspectTls(job, session, observe, true, [this, job](const Probe::TlsReport &tlsReport) {
                job->report.tls = tlsReport;
                completeJob(job);
            }, observe);
            return;
        }
        inspectTls(job, session, false, true, [this, job, hadSession](const Probe::TlsReport &tlsReport) {
            Probe::TlsReport merged = tlsReport;
            if (job->plaintextCheck) {
                merged.plaintextAccepted = job->plaintextCheck->plaintextAccepted;
                merged.plaintextDetail = job->plaintextCheck->plaintextDetail;
            }
            job->report.tls = merged;
            if (!hadSession && !merged.tlsEnabled && merged.errors.isEmpty()) {
                runRedisProbe(job, false); // no TLS on the port after all
                return;
            }
            completeJob(job);
        });
    });
    probe->start(redis);
}

void FleetScanner::runTls(const std::shared_ptr<Job> &job)
{
    // RabbitMQ: the whole inspection (AMQPS), then the broker probe.
    inspectTls(job, std::nullopt, true, true, [this, job](const Probe::TlsReport &tlsReport) {
        job->report.tls = tlsReport;
        runRabbitMq(job);
    });
}

quint16 FleetScanner::forwardExtraPort(const std::shared_ptr<Job> &job, quint16 podPort)
{
    const ScanTarget &target = job->target;
    auto *forwarder = new Kube::PortForwarder(m_client, target.namespaceName, target.pod, podPort, this);
    job->extraForwarders << forwarder;
    QString error;
    if (!forwarder->listen(&error)) {
        job->report.errors << error;
        return 0;
    }
    return forwarder->localPort();
}

void FleetScanner::runRabbitMq(const std::shared_ptr<Job> &job)
{
    const ScanTarget &target = job->target;
    Probe::RabbitMqTarget rabbit;
    rabbit.host = job->host;
    rabbit.serverName = target.serverName.isEmpty() ? target.host : target.serverName;
    rabbit.caPem = target.caPem;
    rabbit.tlsPort = job->port;
    rabbit.inspectTls = false; // runTls did it
    rabbit.timeoutMs = m_options.connectTimeoutMs;
    if (!target.pod.isEmpty()) {
        // Through the cluster the plain and management ports need tunnels of their own.
        if (target.podPlaintextPort && target.podPlaintextPort != target.podPort)
            rabbit.plainPort = forwardExtraPort(job, target.podPlaintextPort);
        if (target.podManagementPort)
            rabbit.managementPort = forwardExtraPort(job, target.podManagementPort);
    } else {
        rabbit.plainPort = target.plaintextPort;
        rabbit.managementPort = target.managementPort;
    }
    auto *probe = new Probe::RabbitMqProbe(this);
    job->rabbitmq = probe;
    connect(probe, &Probe::RabbitMqProbe::finished, this, [this, job, probe](const Probe::RabbitMqFacts &facts) {
        probe->deleteLater();
        if (job->done)
            return;
        job->report.rabbitmq = facts;
        completeJob(job);
    });
    probe->start(rabbit);
}

Fingerprint FleetScanner::fingerprintOf(const std::shared_ptr<Job> &job) const
{
    Fingerprint fingerprint;
    addPodParts(fingerprint, job->target);
    return fingerprint;
}

void FleetScanner::settleObservations(const std::shared_ptr<Job> &job)
{
    DatastoreReport &report = job->report;
    ObservationProvenance provenance;
    if (job->gateDecided && job->decision.reuse && job->cached) {
        applyObservation(report, *job->cached);
        provenance.reused = true;
        provenance.observedAt = job->cached->observedAt;
        provenance.reason = job->decision.reason;
        provenance.fingerprint = job->cached->fingerprint.digest();
        report.observations = provenance;
        return;
    }
    provenance.observedAt = report.observedAt;
    // The fingerprint of what was just observed: read from the facts the login brought back.
    Fingerprint fingerprint = fingerprintOf(job);
    if (report.postgres && report.postgres->connected) {
        const Probe::PostgresFacts &facts = *report.postgres;
        addCertificatePart(fingerprint, facts.chain.isEmpty() ? QString() : facts.chain.first().sha256Fingerprint);
        addPostgresParts(fingerprint, facts, job->target.user.isEmpty() ? QStringLiteral("postgres") : job->target.user,
                         job->target.database.isEmpty() ? QStringLiteral("postgres") : job->target.database);
    } else if (report.redis && report.redis->connected && !report.redis->tlsProtocol.isEmpty()) {
        const Probe::RedisFacts &facts = *report.redis;
        addCertificatePart(fingerprint, facts.chain.isEmpty() ? QString() : facts.chain.first().sha256Fingerprint);
        addRedisParts(fingerprint, facts, job->target.user);
    } else {
        fingerprint.unreadable.insert(QStringLiteral("login"), tr("no TLS login read the fingerprint"));
    }
    if (job->gateDecided) {
        provenance.reason = job->decision.reason;
    } else {
        provenance.reason = m_options.thorough ? tr("a thorough scan observes everything")
                            : job->target.kind == Kind::RabbitMQ ? tr("RabbitMQ is observed in every scan")
                            : !fingerprint.complete() ? decideReuse(std::nullopt, fingerprint, report.observedAt, m_options.observationTtl, false).reason
                            : job->cached ? tr("the verified login did not come first: everything was observed again")
                                          : tr("no earlier observation");
    }
    if (fingerprint.complete())
        provenance.fingerprint = fingerprint.digest();
    report.observations = provenance;
    if (job->target.kind == Kind::RabbitMQ)
        return;
    if (const std::optional<CachedObservation> observation = observationOf(report, fingerprint))
        m_cacheUpdates.insert(job->cacheKey, *observation);
}

bool FleetScanner::tlsOnFor(const std::shared_ptr<Job> &job)
{
    return job->report.tls && job->report.tls->tlsEnabled;
}

void FleetScanner::completeJob(const std::shared_ptr<Job> &job)
{
    if (job->done)
        return;
    job->done = true;
    if (job->guard)
        job->guard->deleteLater();
    if (job->forwarder) {
        job->forwarder->close();
        job->forwarder->deleteLater();
    }
    for (const auto &extra : std::as_const(job->extraForwarders)) {
        if (extra) {
            extra->close();
            extra->deleteLater();
        }
    }
    DatastoreReport &report = job->report;
    report.observedAt = Core::Clock::currentDateTimeUtc();
    // A tunnel that failed explains a datastore that looks down: say so first.
    for (const QString &error : std::as_const(job->tunnelErrors)) {
        if (!report.errors.contains(error))
            report.errors.prepend(error);
    }
    if (report.tls) {
        for (const QString &error : report.tls->errors) {
            if (!report.errors.contains(error))
                report.errors << error;
        }
    }
    // A server certificate the Secret holds that is not one: name the Secret key (the CA's is the inspector's error).
    if (report.k8s && !report.k8s->tlsSecretCertificatePem.isEmpty()
        && Probe::parseCertificates(report.k8s->tlsSecretCertificatePem).isEmpty()) {
        const QString error = tr("%1: not a PEM certificate").arg(report.k8s->tlsMaterial.certificate.describe());
        if (!report.errors.contains(error))
            report.errors << error;
    }
    if (report.postgres && !report.postgres->error.isEmpty() && !report.errors.contains(report.postgres->error))
        report.errors << report.postgres->error;
    if (report.redis && !report.redis->error.isEmpty() && !report.errors.contains(report.redis->error))
        report.errors << report.redis->error;
    if (report.postgres) {
        for (auto it = report.postgres->unknown.begin(); it != report.postgres->unknown.end(); ++it)
            report.unknown.insert(it.key(), it.value());
    }
    if (report.redis) {
        for (auto it = report.redis->unknown.begin(); it != report.redis->unknown.end(); ++it)
            report.unknown.insert(it.key(), it.value());
    }
    if (report.rabbitmq) {
        for (auto it = report.rabbitmq->unknown.begin(); it != report.rabbitmq->unknown.end(); ++it)
            report.unknown.insert(it.key(), it.value());
        for (const QString &error : report.rabbitmq->errors) {
            if (!report.errors.contains(error))
                report.errors << error;
        }
    }

    if (cacheEnabled() && !m_cancelled)
        settleObservations(job);

    m_running_jobs.removeOne(job);
    if (m_cancelled)
        return;
    m_reports[job->index] = report;
    m_landed << job->index;
    const quint64 generation = m_generation;
    publishLanded();
    if (generation != m_generation || m_cancelled || !m_running)
        return;
    launchMore();
}

} // namespace Fleet
