// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ops/backupcrypto.h"
#include "ops/plan.h"
#include "ops/pgtools.h"

#include <QDateTime>
#include <QFuture>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

#include <atomic>
#include <memory>

namespace Fleet {
struct BackupCatalogEntry;
}

namespace Ops {

/**
 * Appends @p entry to the backup catalog at @p catalogPath (empty: Fleet::BackupCatalog::defaultPath()) on
 * a private single-thread pool, never on the calling thread: Fleet::BackupCatalog::record may wait up to
 * 5 s for another process's lock. One writer thread keeps the writes in the order they were asked for.
 * The future (continued on @p context's thread) holds the error, empty when the entry was recorded; the
 * failure is logged too.
 */
QFuture<QString> recordInBackupCatalog(const Fleet::BackupCatalogEntry &entry, QObject *context,
                                       const QString &catalogPath = {});

/** One database to back up. */
struct BackupRequest
{
    PgEndpoint endpoint; ///< endpoint.database is the database dumped
    QString outputDirectory;
    Gpg::EncryptionKey key;
    QDateTime timestamp; ///< names the file; invalid: the clock's now (makeBackupPlan fixes it: the journal names the file)
    /** Where the file is written until it is complete (must end in ".partial"); empty: "<final name>.partial".
     *  makeBackupPlan gives each request one, named in the journal's parameters before anything is written,
     *  so that the rollback or abandon of a crashed run can delete it (see Ops::rebuildPlan, Ops::abandonRun). */
    QString partialPath;
    /** The private temp dir of the libpq files (PrivateDir::choosePath()); empty: a fresh one. makeBackupPlan
     *  names it in the journal's parameters ("tmpDirs") before it is made, so that a rollback can remove it. */
    QString tempDirectory;
    /** Decrypt and check the written file end to end (in memory) when this machine can: with the
     *  passphrase, or with the recipient's secret key when the keyring has it. */
    bool verify = true;
};

struct BackupResult
{
    bool ok = false;
    QString error;    ///< names the datastore, the step and the cause
    QString path;     ///< the final file (empty when it failed: nothing is left)
    qint64 bytes = 0; ///< size of the encrypted file
    qint64 dumpBytes = 0; ///< size of pg_dump's output
    bool verified = false;
    QString verification; ///< how it was verified, or why it could not be
    QList<QPair<QString, qint64>> tables; ///< COPY rows per table, from the verification
    QString pgDumpVersion;

    /** Journal facts: names, sizes, counts; no secret. */
    QJsonObject facts() const;
};

/**
 * pg_dump | gzip | gpg with pipefail semantics. pg_dump (the highest installed client, verify-full,
 * the password in a 0600 passfile) writes into a pipe; a worker of opsThreadPool() reads it,
 * prepends the Proofer header line, gzips it (zlib) and encrypts it (GPGME) into `<name>.partial`
 * (0600, created exclusively). Only when pg_dump exited 0, its closing line was seen and the file is
 * fsync'd is it linked to its final name (never overwriting one); any failure — pg_dump's exit
 * status, a kill, the server gone midway, a write error, a cancel — removes the partial file. Then,
 * if request.verify, the file is decrypted and checked in memory and a "verified" sidecar written;
 * a file that fails its verification is removed too.
 *
 * Never blocks the calling thread; the future finishes on @p context's thread.
 */
QFuture<BackupResult> createBackup(const BackupRequest &request, QObject *context,
                                   std::shared_ptr<std::atomic_bool> cancelled = {});

/**
 * Decrypts @p path and checks its gzip stream and dump (database @p expectedDatabase) on a worker,
 * in memory; on success writes the "verified" sidecar. result.ok says whether it passed.
 */
QFuture<BackupResult> verifyBackup(const QString &path, const Core::Secret &passphrase, const QString &homeDirectory,
                                   const QString &expectedDatabase, QObject *context,
                                   std::shared_ptr<std::atomic_bool> cancelled = {});

/**
 * One backup as a Step: apply creates it (dry run: checks tools, directory and login). A backup that
 * was written is good and stays when a later step fails, so hasUndo() is false (the runner leaves it);
 * undo() deletes it when called explicitly.
 */
class BackupStep final : public Step
{
public:
    explicit BackupStep(BackupRequest request);

    QString id() const override;
    QString title() const override;
    QString preview() const override;
    QFuture<StepResult> apply(const RunContext &context) override;
    QFuture<StepResult> verify(const RunContext &context) override;
    QFuture<StepResult> undo(const RunContext &context) override;
    bool hasUndo() const override { return false; }
    /**
     * Interrupted (killed while it ran): is the backup file there under its final name (fixed by makeBackupPlan), was
     * it verified, and is it in the backup catalog? Applied: a verified file (the step then holds its path); not there:
     * NotApplied (its partial file goes with the rollback); there but unverified: Unknown (verify or delete it).
     */
    QFuture<Observation> observe(const RunContext &context) override;
    QJsonObject journalState() const override;
    bool restoreJournalState(const QJsonObject &state) override;

    const BackupResult &result() const { return m_result; }

private:
    StepResult successOf(const BackupResult &result, const QJsonObject &facts) const;

    BackupRequest m_request;
    BackupResult m_result;
    QString m_path;
    std::unique_ptr<QObject> m_context;
};

/**
 * The "backup" plan: one BackupStep per request. Parameters: datastores, databases, directory, partials (the
 * ".partial" file each step writes into until its backup is complete; no key material), tmpDirs (each step's
 * private temp dir, made when the step runs), files (each step's final file: requests without a timestamp get the
 * plan's time, so that the journal names every file before it is written). Requests without a
 * partialPath get a unique one in their output directory.
 */
std::unique_ptr<Plan> makeBackupPlan(const QList<BackupRequest> &requests);

} // namespace Ops
