// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What backup and restore share: where a PostgreSQL is and how to log in, a private temp dir for the
// files libpq clients need (CA, passfile), the environment of a pg_dump/psql child, the client binaries,
// and a few SQL statements run on the event loop with non-blocking libpq.

#include "core/secret.h"

#include <QFuture>
#include <QList>
#include <QObject>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <memory>

class QTemporaryDir;
class QThreadPool;

namespace Ops {

/** One PostgreSQL database reachable from here (directly, or through a port-forward on 127.0.0.1). */
struct PgEndpoint
{
    QString datastore; ///< "auth-db": names the backup file and every message
    QString namespaceName; ///< the Kubernetes namespace (empty for a direct target): scopes the backup catalog
    QString host;      ///< the name the certificate must carry (verify-full)
    QString hostaddr;  ///< IP to connect to (127.0.0.1 for a port-forward); empty: host is an IP or resolvable
    quint16 port = 5432;
    QString database; ///< the live database
    QString user;
    Core::Secret password;
    QByteArray caPem; ///< CA(s) that issued the server certificate
    QString sslmode = QStringLiteral("verify-full");
    int connectTimeoutMs = 10000;

    /** "auth-db (host:port/database)" for messages. */
    QString describe() const;
};

/**
 * The highest installed PostgreSQL client directory (/usr/lib/postgresql/N/bin with pg_dump and psql),
 * or $PROOFER_PG_BINDIR when set. Empty when none is installed.
 */
QString postgresBinDir();

/**
 * A private temp directory (0700) whose files are written 0600. Destroying it truncates its files
 * (so the freed blocks hold no dump) and removes it.
 */
class PrivateDir final
{
public:
    PrivateDir();
    ~PrivateDir();
    PrivateDir(const PrivateDir &) = delete;
    PrivateDir &operator=(const PrivateDir &) = delete;

    bool isValid() const;
    QString error() const { return m_error; }
    QString path() const;
    QString filePath(const QString &name) const;
    /** Writes @p bytes to a new 0600 file; false with @p error on any failure (a full disk). */
    bool writeFile(const QString &name, const QByteArray &bytes, QString *error) const;
    /** Truncates and removes everything now. */
    void wipe();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_error;
};

/**
 * Writes ca.pem and a 0600 passfile for @p endpoint into @p dir, and returns the environment of a
 * libpq child (pg_dump, psql): PGHOST/PGHOSTADDR/PGPORT/PGUSER, PGSSLMODE and PGSSLROOTCERT, PGPASSFILE
 * — the password is in the file, never in the environment or on a command line. Inherited PG*
 * variables are removed. PGDATABASE is set to @p database.
 */
bool clientEnvironment(const PgEndpoint &endpoint, const QString &database, const PrivateDir &dir,
                       QProcessEnvironment *environment, QString *error);

/** The rows of one statement, as text (NULL → null QString). */
using SqlRows = QList<QStringList>;

struct SqlResult
{
    bool ok = false;
    QString error; ///< names the datastore, the database and the cause
    QList<SqlRows> results; ///< one per statement run
    int serverVersion = 0;  ///< PQserverVersion, e.g. 150014
};

/**
 * Runs @p statements in order on one connection to @p database (verify-full with the CA file
 * @p caFile), on the calling thread's event loop without blocking it. Stops at the first error.
 * Each statement is sent on its own (so CREATE DATABASE works). The future finishes on @p context's thread.
 */
QFuture<SqlResult> runSql(const PgEndpoint &endpoint, const QString &database, const QStringList &statements,
                          const QString &caFile, QObject *context, int timeoutMs = 120000);

/**
 * The pool for the CPU and blocking file work of backups and restores (GPGME, zlib): private, so that
 * a long decryption never holds QThreadPool::globalInstance(), which the GUI's raster engine waits on.
 */
QThreadPool *opsThreadPool();

/** Strips libpq's prefixes from a server message and keeps the first line. */
QString cleanPgMessage(const QString &message);

} // namespace Ops
