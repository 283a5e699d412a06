// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ops/plan.h"
#include "ops/pgtools.h"

#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

#include <memory>

namespace Ops {

/** What to restore, where. */
struct RestoreRequest
{
    PgEndpoint endpoint; ///< endpoint.database: the live database the backup replaces
    QString backupFile;  ///< a `<db>_<name>_<timestamp>.sql.gz.gpg`
    Core::Secret passphrase; ///< symmetric passphrase, or the passphrase of the user's secret key (may be empty)
    QString gnupgHome;       ///< empty: gpg's default
    QDateTime timestamp;     ///< names the scratch and previous databases; invalid: the clock's now
    bool swap = true;        ///< false: stop after the verified scratch copy (the wizard asks before swapping)
    /** A backup that is not signed by a key this keyring holds valid (unsigned, unknown or uncertified signer) is
     *  refused unless this is set (`--allow-unsigned`; the console asks). A bad signature is always refused. */
    bool allowUnsigned = false;
    /** The scratch and previous database names; empty: restoreDatabaseNames(database, timestamp). A rollback
     *  passes the names its journal recorded. */
    QString scratchName;
    QString previousName;
    /** The role the dump runs as when the login may create roles; empty: restoreDatabaseNames' scratch name. A
     *  rollback passes the name its journal recorded (namesFromJournal), empty when it recorded none. */
    QString restoreRoleName;
    bool namesFromJournal = false; ///< restoreRoleName is the journal's, even when empty
    /** Where a dry run records its scratch database before creating it (see makeRestorePlan); empty:
     *  Journal::defaultDirectory(). */
    QString journalDirectory;
};

/** One table: rows in the dump, in the restored scratch copy and in the live database (-1: absent). */
struct TableComparison
{
    QString table; ///< as pg_dump names it: schema.table, quoted where needed
    qint64 dumpRows = -1;
    qint64 scratchRows = -1;
    qint64 liveRows = -1;
    bool matches() const { return dumpRows == scratchRows; }
};

/** What the steps of one restore share (temp files in a private 0600 dir, names, the comparison). */
struct RestoreSession
{
    RestoreRequest request;
    PrivateDir tmp{PrivateDir::choosePath()}; ///< named in the plan's parameters, made on first use, wiped when the session ends
    QString gzPath;
    QString sqlPath;
    QString caFile;
    QString scratch;  ///< `<db>_restore_<yyyyMMdd_HHmmss>`
    QString previous; ///< `<db>_previous_<yyyyMMdd_HHmmss>`
    QString liveOid;
    QString scratchOid;
    /** The role made for this restore (named in the journal before it is made): when the login may create roles
     *  (a superuser, CREATEROLE), psql runs the dump as this one, which may not (see makeRestorePlan). */
    QString restoreRole;
    /** pg_dump's ownership lines of the checked dump (byte offset, text): the restore role cannot give objects to
     *  other roles, so they are left out of what it runs and applied by the login afterwards. */
    QList<QPair<qint64, QByteArray>> ownershipLines;
    QString restoredAs; ///< the role psql ran the dump as, described for people; empty until it ran
    QString pgDumpVersion;
    QString dumpedFrom;
    int serverVersion = 0; ///< PQserverVersion of the target, once the scratch step has logged in
    QList<QPair<QString, qint64>> dumpRows;
    QList<TableComparison> comparison;
};

/**
 * Scratch and previous database names for @p database at @p when: `<db>_restore_<yyyyMMdd_HHmmss>` and
 * `<db>_previous_<yyyyMMdd_HHmmss>` (UTC), the database part shortened so that they fit PostgreSQL's
 * 63-byte identifiers.
 */
QPair<QString, QString> restoreDatabaseNames(const QString &database, const QDateTime &when);

/**
 * The "restore" plan:
 *  1. decrypt/<ds>  GPGME into the private temp dir; nothing goes further unless gpg reports a clean
 *                   decryption with an intact integrity check (wrong passphrase, no MDC, modified or
 *                   truncated file are specific errors) and a good signature by a key the keyring holds
 *                   valid (else refused unless request.allowUnsigned; a bad signature always); the signer
 *                   and the verdict are journaled;
 *  2. check/<ds>    gunzip (truncated gzip caught) through the dump checks (header, database name,
 *                   psql meta-commands, CREATE/DROP DATABASE); the dump's tables and row counts noted;
 *  3. restore-scratch/<ds>  CREATE DATABASE <scratch> (encoding/locale of the live one), then
 *                   `psql -X -v ON_ERROR_STOP=1 --single-transaction -f dump`. When the login is a superuser or has
 *                   CREATEROLE, the dump runs as a role made for it (LOGIN, a random password sent only as a SCRAM
 *                   verifier, valid for a day; no SUPERUSER, CREATEROLE, CREATEDB, REPLICATION, BYPASSRLS) that owns
 *                   the scratch database: a statement the dump check missed cannot change another role, make a
 *                   database or act as the login. pg_dump's ownership lines are applied by the login afterwards, the
 *                   rest of the copy is given to the login (as when it ran the dump itself) and the role is dropped
 *                   before the step ends. Otherwise the login runs it (it cannot alter other roles either). Either
 *                   way a check of the server-wide catalogs' locks stops the transaction before it commits when
 *                   anything outside the scratch database changed. Verify: every table of the
 *                   dump has its row count in the scratch copy (live counts shown beside); undo: drop it.
 *                   In a dry run it restores, compares and drops the scratch copy: nothing live changes. A dry
 *                   run journals nothing the runner can roll back, so the step records its scratch database in a
 *                   journal of its own first (a "restore" run without the swap, in request.journalDirectory):
 *                   killed midway, that run is listed by `proofer operations` and its rollback drops the copy;
 *                   observe: does the scratch database or the restore role exist (undo drops both);
 *  4. swap/<ds>     (request.swap) terminate the sessions of both databases, then in one transaction
 *                   rename live → <previous> and scratch → live; verify by OIDs and row counts; undo:
 *                   rename back; observe: which database holds the restored copy's OID and whether <previous>
 *                   exists. The previous database is kept until the user drops it.
 * The live database is untouched until step 4, which runs only after step 3 verified.
 */
std::unique_ptr<Plan> makeRestorePlan(const RestoreRequest &request, std::shared_ptr<RestoreSession> *session = nullptr);

} // namespace Ops
