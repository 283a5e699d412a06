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
    PrivateDir tmp; ///< wiped when the session ends, whatever happened
    QString gzPath;
    QString sqlPath;
    QString caFile;
    QString scratch;  ///< `<db>_restore_<yyyyMMdd_HHmmss>`
    QString previous; ///< `<db>_previous_<yyyyMMdd_HHmmss>`
    QString liveOid;
    QString scratchOid;
    QString pgDumpVersion;
    QString dumpedFrom;
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
 *                   truncated file are specific errors);
 *  2. check/<ds>    gunzip (truncated gzip caught) through the dump checks (header, database name,
 *                   psql meta-commands, CREATE/DROP DATABASE); the dump's tables and row counts noted;
 *  3. restore-scratch/<ds>  CREATE DATABASE <scratch> (encoding/locale of the live one), then
 *                   `psql -X -v ON_ERROR_STOP=1 --single-transaction -f dump`; verify: every table of the
 *                   dump has its row count in the scratch copy (live counts shown beside); undo: drop it.
 *                   In a dry run it restores, compares and drops the scratch copy: nothing live changes;
 *  4. swap/<ds>     (request.swap) terminate the sessions of both databases, then in one transaction
 *                   rename live → <previous> and scratch → live; verify by OIDs and row counts; undo:
 *                   rename back. The previous database is kept until the user drops it.
 * The live database is untouched until step 4, which runs only after step 3 verified.
 */
std::unique_ptr<Plan> makeRestorePlan(const RestoreRequest &request, std::shared_ptr<RestoreSession> *session = nullptr);

} // namespace Ops
