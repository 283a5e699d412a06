// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fleet/backuplocation.h"
#include "fleet/datastore.h"
#include "fleet/inventory.h"
#include "fleet/logevidence.h"
#include "probe/postgresprobe.h"
#include "probe/rabbitmqprobe.h"
#include "probe/redisprobe.h"
#include "probe/tlsinspector.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace Fleet {

class BackupCatalog;

/**
 * What Proofer's backup catalog said about one datastore when the scan ran ("backup" in docs/snapshot.md).
 * Read at scan time off the GUI thread, so that the audit and the console read the snapshot, never the file.
 */
struct BackupObservation
{
    QDateTime readAt;      ///< when the catalog was read (UTC)
    QString catalogError;  ///< the catalog could not be read: why (nothing below is known then)
    bool catalogCovers = false; ///< the catalog has entries for the scanned namespace (or for direct targets)
    QStringList fleetLocations; ///< the directories of every backup recorded for that namespace (sorted)
    QStringList locations;      ///< the directories of this datastore's verified backups (sorted)
    int verifiedBackups = 0;    ///< this datastore's verified backups whose file still exists
    std::optional<QDateTime> newestVerifiedTakenAt; ///< the newest of them, by the dump's time
    QString newestPath;
    std::optional<QDateTime> lastRestoreTestAt;
    QString lastRestoreTestPath;

    // The backup locations the scan was told to list (ScanOptions::backupLocations), where the platform's own
    // script writes `<db>_<datastore>_<timestamp>.sql.gz.gpg`: files the catalog does not know, seen, not decrypted.
    QStringList listedLocations; ///< the locations that were listed (absolute)
    QStringList listingErrors;   ///< one line per location that could not be: "DIR does not exist"
    int listedBackups = 0;       ///< this datastore's files there that are OpenPGP encrypted messages
    int listedNotEncrypted = 0;  ///< this datastore's files there that are not (empty, or plain gzip)
    std::optional<QDateTime> newestListedTakenAt; ///< the newest encrypted one, by its name's time
    QString newestListedPath;

    /** The backup facts are known: the catalog was read and has entries for the namespace. */
    bool known() const { return catalogError.isEmpty() && catalogCovers; }
    /** At least one backup location was listed: what it holds for this datastore is known. */
    bool listingKnown() const { return !listedLocations.isEmpty(); }
    /**
     * Adds what @p listings hold for @p datastore, leaving out files the catalog already counts (@p catalogPaths,
     * absolute).
     */
    void addListings(const QList<BackupLocationListing> &listings, const QString &datastore,
                     const QSet<QString> &catalogPaths);

    /** The "backup" object of a datastore in schema proofer.snapshot/v1. */
    QJsonObject toJson() const;
    /** Reads a "backup" value back; null, missing or not an object (older snapshots) is nothing: unknown. */
    static std::optional<BackupObservation> fromJson(const QJsonValue &value);
    /**
     * What a loaded @p catalog says of @p datastore in @p namespaceName (empty: direct targets). Checks that the
     * backup files still exist: blocking file I/O, never on the GUI thread.
     */
    static BackupObservation fromCatalog(const BackupCatalog &catalog, const QString &namespaceName,
                                         const QString &datastore, const QDateTime &readAt);
    /** A catalog that could not be read: unknown, with @p error as the reason. */
    static BackupObservation unreadable(const QString &error, const QDateTime &readAt);
};

/**
 * One TLS file the running server says it reads, from its own settings: PostgreSQL's SHOW ssl_cert_file /
 * ssl_key_file / ssl_ca_file, Redis's CONFIG GET tls-cert-file / tls-key-file / tls-ca-cert-file. The mount chain
 * (fleet/tlsmaterial) resolves such a path to the Secret key it comes from.
 */
struct ServerTlsFile
{
    QString role; ///< "certificate", "key" or "ca"
    QString setting; ///< the server's name for it, e.g. "ssl_cert_file", "tls-ca-cert-file"
    std::optional<QString> path; ///< as the server reports it; "" = not configured; none = not read
    QString unknownReason; ///< why the path was not read (role may not see it, CONFIG renamed, …)
};

/**
 * Where a datastore's black-box observations (the TLS versions it accepts, whether it takes a connection without
 * TLS: the checks that need connections of their own) come from in this report: made in this scan, or reused from
 * an earlier scan because the fingerprint (pods, certificate, server start and reload, TLS and auth settings) read
 * in this scan is unchanged ("observations" in docs/snapshot.md).
 */
struct ObservationProvenance
{
    bool reused = false;
    QDateTime observedAt; ///< when they were made: this scan, or the earlier one whose observation is reused
    QString reason; ///< "reused (fingerprint unchanged)", or why they were made again ("the fingerprint changed: …")
    QString fingerprint; ///< SHA-256 of the fingerprint read in this scan; empty when it could not be read

    QJsonObject toJson() const;
};

/** What was observed of one datastore in one scan: the facts, never a judgement. */
struct DatastoreReport
{
    QString name;
    Kind kind = Kind::PostgreSQL;
    QString endpoint;         ///< host:port as the cluster or the targets file names it
    QString observedEndpoint; ///< where the probe connected (127.0.0.1:PORT through a port-forward)
    QDateTime observedAt;
    std::optional<Datastore> k8s; ///< none for direct targets
    std::optional<Probe::TlsReport> tls;
    std::optional<Probe::PostgresFacts> postgres;
    std::optional<Probe::RedisFacts> redis;
    std::optional<Probe::RabbitMqFacts> rabbitmq;
    QMap<QString, QString> unknown; ///< fact → why it is not known
    QStringList errors;
    /** PostgreSQL: what the backup catalog said at scan time; none for other kinds and for older snapshots. */
    std::optional<BackupObservation> backup;
    /** What the scan read in its pod's log and its clients' (checklist items 7 and 8); none without pods. */
    std::optional<LogObservation> logs;
    /** Where the black-box observations come from; none when the scan kept no observation cache. */
    std::optional<ObservationProvenance> observations;

    /** The leaf certificate the server presented, if any. */
    std::optional<Probe::CertificateInfo> servedCertificate() const;
    /** "scram-sha-256", "md5", "password", "trust", "requirepass", "acl", "none" or "unknown". */
    QString authMethod() const;
    std::optional<bool> authRequired() const;
    /** Plaintext accepted on any port of the datastore (TLS port, PostgreSQL sslmode=disable, AMQP 5672). */
    std::optional<bool> acceptsPlaintext() const;
    /** Server settings exactly as the server reports them. */
    QMap<QString, QString> settings() const;
    /** The TLS files the server's own settings name (certificate, key, CA); empty for RabbitMQ or without a probe. */
    QList<ServerTlsFile> serverTlsFiles() const;
    /**
     * Why the datastore counts as not reached, empty when it was: no TLS handshake or plaintext session completed
     * and its protocol never answered (a refused or dropped port-forward, a stopped process, a blackhole, a protocol
     * error before the first reply). A TCP connection alone is not an answer: a port-forward accepts locally first.
     */
    QString notReachedReason() const;
    /** True when nothing at all could be learnt (notReachedReason() is not empty). */
    bool unreachable() const;
    /** The Redis probe got a RESP reply to its first command (PONG, NOAUTH or a successful AUTH). */
    bool redisAnswered() const;

    /** An element of "datastores" in schema proofer.snapshot/v1 (docs/snapshot.md). */
    QJsonObject toJson() const;
};

/**
 * Reads the backup catalog at @p catalogPath and sets the backup section of every PostgreSQL report of @p reports
 * (the only kind Proofer backs up); @p namespaceName is the scanned namespace, empty for direct targets.
 * Blocking file I/O: call it on a worker thread (FleetScanner does, on its own pool).
 */
void attachBackupCatalog(QList<DatastoreReport> &reports, const QString &namespaceName,
                         const QString &catalogPath, const QDateTime &readAt);

/** The immutable result of one scan: what the GUI, the CLI and the reports read. */
struct Snapshot
{
    static constexpr const char16_t *Schema = u"proofer.snapshot/v1";

    QDateTime takenAt;
    QString source;        ///< "kubernetes" or "targets"
    QString context;       ///< kubeconfig context (kubernetes)
    QString server;        ///< API server URL (kubernetes)
    QString namespaceName; ///< (kubernetes)
    QString targetsFile;   ///< (targets)
    QList<DatastoreReport> datastores;
    QStringList notes; ///< what could not be read and why (e.g. secrets: forbidden)
    /** Who can read the namespace's Secrets (kubernetes; unobserved for targets). */
    SecretAccess secretAccess;
    /** "thorough" (every observation made in this scan) or "incremental" (reused where the fingerprint allowed); empty:
     *  not recorded (no observation cache). */
    QString observationMode;
    qint64 observationTtlSeconds = 0; ///< incremental: how old a reused observation may be

    QJsonObject toJson() const;
};

QJsonObject certificateJson(const Probe::CertificateInfo &certificate);

} // namespace Fleet

Q_DECLARE_METATYPE(Fleet::DatastoreReport)
