// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The record of backups Proofer made and checked: each backup written and verified end to end (gpg
// integrity, gunzip, dump header) and each successful restore test. A small JSON file in the app data
// directory (0600, no secret in it). The scan reads it (FleetScanner, off the GUI thread) into each PostgreSQL
// report's backup section; the audit (age of the newest verified backup) and the checklist (last restore test)
// read that section of the snapshot, never this file. Only Qt Core: the scan and the operations include it.

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Fleet {

struct BackupCatalogEntry
{
    enum class Kind {
        Backup,      ///< written and verified (decrypted, gunzipped, dump checked)
        RestoreTest, ///< restored into a scratch database whose row counts matched the dump
    };
    Kind kind = Kind::Backup;
    QString namespaceName; ///< Kubernetes namespace; empty for a direct target
    QString datastore;
    QString database;
    QString path;      ///< the backup file (absolute)
    QDateTime takenAt; ///< when the dump was taken (the file name's timestamp), UTC
    QDateTime at;      ///< when it was verified or restore-tested, UTC
    qint64 bytes = 0;

    QJsonObject toJson() const;
    static std::optional<BackupCatalogEntry> fromJson(const QJsonObject &object);
    static QString kindName(Kind kind);
};

/** What the catalog knows about one datastore. */
struct BackupCatalogSummary
{
    QStringList directories;   ///< where its verified backups are (sorted, unique)
    int verifiedBackups = 0;   ///< verified backups whose file still exists
    std::optional<QDateTime> newestVerifiedTakenAt; ///< the newest of them, by the dump's time
    QString newestPath;
    std::optional<QDateTime> lastRestoreTestAt;
    QString lastRestoreTestPath;
};

/**
 * The catalog file. Readers take a snapshot with load(); writers use record(), which re-reads, appends and
 * rewrites the file atomically under a lock file, so that two Proofer processes do not lose entries.
 */
class BackupCatalog
{
public:
    /** `<AppDataLocation>/backup-catalog.json` (QStandardPaths test mode applies). */
    static QString defaultPath();

    explicit BackupCatalog(QString path = defaultPath());

    /** Reads the file; a missing file is an empty catalog (true). False with @p error when unreadable or corrupt. */
    bool load(QString *error = nullptr);
    /** Writes the entries (0600, atomic). */
    bool save(QString *error = nullptr) const;

    QString path() const { return m_path; }
    const QList<BackupCatalogEntry> &entries() const { return m_entries; }
    bool isEmpty() const { return m_entries.isEmpty(); }
    void add(const BackupCatalogEntry &entry) { m_entries << entry; }

    /** Whether any entry is for @p namespaceName (empty: direct targets): the catalog covers that fleet. */
    bool coversNamespace(const QString &namespaceName) const;
    /** The directories of all backups recorded for @p namespaceName. */
    QStringList directories(const QString &namespaceName) const;
    /** The summary of one datastore of @p namespaceName; backups whose file is gone are not counted. */
    BackupCatalogSummary summary(const QString &namespaceName, const QString &datastore) const;

    /** Appends @p entry to the catalog at @p path (load, add, save under a lock). */
    static bool record(const BackupCatalogEntry &entry, QString *error = nullptr, const QString &path = defaultPath());

private:
    QString m_path;
    QList<BackupCatalogEntry> m_entries;
};

} // namespace Fleet
