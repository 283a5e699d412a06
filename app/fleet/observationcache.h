// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "probe/tlsinspector.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <chrono>
#include <optional>

namespace Probe {
struct PostgresFacts;
struct RedisFacts;
}

namespace Fleet {

struct ScanTarget;
struct DatastoreReport;

/**
 * What could change a datastore's black-box observations, read again in every scan: its pods (UID, restart count,
 * image), the certificate it serves, the server's identity and lifetime (PostgreSQL version, postmaster start and
 * configuration load time; Redis run_id and version), its TLS and authentication settings (PostgreSQL ssl*,
 * password_encryption, pg_hba_file_rules when readable; Redis tls-* and port) and who logs in. Each part is kept
 * as a SHA-256 of what was read, never the value: the cache holds no setting, no address, no secret.
 */
struct Fingerprint
{
    QMap<QString, QString> parts; ///< part → SHA-256 (hex) of what was read for it
    QMap<QString, QString> unreadable; ///< part → why it could not be read this scan; nothing is reused then

    /** Every part could be read (and there is at least one). */
    bool complete() const { return unreadable.isEmpty() && !parts.isEmpty(); }
    /** SHA-256 (hex) over the parts, in order. */
    QString digest() const;
    /** The parts whose digest differs from @p earlier's, or that only one of them has; sorted. */
    QStringList changedFrom(const Fingerprint &earlier) const;
    /** Sets part @p name to the digest of @p value. */
    void add(const QString &name, const QByteArray &value);
};

/** The pod part (kubernetes targets): every pod's UID, restart count and image; unreadable when a UID is missing. */
void addPodParts(Fingerprint &fingerprint, const ScanTarget &target);
/** The served leaf certificate's SHA-256 ("none" without TLS). */
void addCertificatePart(Fingerprint &fingerprint, const QString &sha256);
/** PostgreSQL: server version, start and configuration load times, TLS and auth settings, hba rules, the login. */
void addPostgresParts(Fingerprint &fingerprint, const Probe::PostgresFacts &facts, const QString &user,
                      const QString &database);
/** Redis: run_id and version, the tls-* and port settings, the login. */
void addRedisParts(Fingerprint &fingerprint, const Probe::RedisFacts &facts, const QString &user);

/**
 * The observations a scan makes with connections of their own, besides the login, as last made for one datastore:
 * which TLS versions the server accepts (a ClientHello per version) and whether it takes a connection without TLS
 * (PostgreSQL sslmode=disable, Redis PING on the TLS port).
 */
struct CachedObservation
{
    QDateTime observedAt; ///< when they were made (UTC)
    Fingerprint fingerprint; ///< what they were made under (parts only)
    QList<Probe::VersionResult> versions; ///< every version the inspector tried, as it found it
    std::optional<bool> plaintextAccepted;
    QString plaintextDetail;
    /// The weak suites accepted per version (cipher names, never more than a server's handshake says); none: the
    /// enumeration did not finish, and it is made again on reuse
    std::optional<QList<Probe::WeakSuite>> weakSuites;
    QString weakSuitesDetail;

    QJsonObject toJson() const;
    static std::optional<CachedObservation> fromJson(const QJsonObject &object);
};

/** Whether a datastore's cached observation stands for a new one, and why (for people). */
struct ReuseDecision
{
    bool reuse = false;
    QString reason;
};

/**
 * Reuse only when not @p thorough, @p cached exists, @p now is complete and equal to the cached fingerprint, and the
 * observation is younger than @p ttl at @p at. The reason says which (e.g. "certificate changed").
 */
ReuseDecision decideReuse(const std::optional<CachedObservation> &cached, const Fingerprint &now, const QDateTime &at,
                          std::chrono::seconds ttl, bool thorough);

/** The observations a finished report made in this scan; none when any of them is unknown (nothing is cached then). */
std::optional<CachedObservation> observationOf(const DatastoreReport &report, const Fingerprint &fingerprint);
/** Puts @p cached's observations into @p report (the TLS versions it did not try, the plaintext fact). */
void applyObservation(DatastoreReport &report, const CachedObservation &cached);

/**
 * The observation cache: one JSON file beside the history (0600, its directory 0700), keyed per datastore and scope.
 * Blocking file I/O: load and store on a worker thread. A missing file is an empty cache; a damaged one is empty too
 * (with the reason), and the next store replaces it.
 */
class ObservationCache
{
public:
    static constexpr const char16_t *Schema = u"proofer.observations/v1";
    /** The application data directory's observation-cache.json (the history is its sibling "history/"). */
    static QString defaultPath();
    /** The key of @p target within @p scope (the cluster and namespace, or "targets"). */
    static QString key(const QString &scope, const ScanTarget &target);

    static ObservationCache load(const QString &path, QString *error = nullptr);
    /**
     * Reads the file again, replaces the entries of @p updates, drops entries older than 30 days, and writes it
     * atomically with mode 0600. Serialised within the process.
     */
    static bool store(const QString &path, const QHash<QString, CachedObservation> &updates, QString *error = nullptr);

    std::optional<CachedObservation> find(const QString &key) const;
    const QHash<QString, CachedObservation> &entries() const { return m_entries; }

private:
    QHash<QString, CachedObservation> m_entries;
};

} // namespace Fleet
