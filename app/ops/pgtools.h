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
 *
 * Its path can be chosen before it exists (PrivateDir(path), choosePath()): an operation names the directory
 * in its journal first, and the directory is made on first use (create(), writeFile()), so that a crash at any
 * point leaves nothing the journal does not name. Only a directory this object made is ever wiped.
 */
class PrivateDir final
{
public:
    PrivateDir(); ///< a fresh path, created now
    explicit PrivateDir(QString path); ///< @p path (see choosePath()), created on first use
    ~PrivateDir();
    PrivateDir(const PrivateDir &) = delete;
    PrivateDir &operator=(const PrivateDir &) = delete;

    /** A fresh, unused path for a private temp dir: <tmp>/proofer-ops-<random>. Nothing is created. */
    static QString choosePath();

    /** Makes the directory (0700, exclusively) unless this object already did; false with error() on failure. */
    bool create() const;
    /** A path is chosen and nothing failed so far (the directory may not exist yet). */
    bool isValid() const;
    bool exists() const { return m_created; }
    QString error() const { return m_error; }
    QString path() const;
    QString filePath(const QString &name) const;
    /** Writes @p bytes to a new 0600 file (making the directory first); false with @p error on any failure. */
    bool writeFile(const QString &name, const QByteArray &bytes, QString *error) const;
    /** Truncates and removes everything now. */
    void wipe();

private:
    QString m_path;
    mutable QString m_error;
    mutable bool m_created = false;
};

/**
 * A libpq password file that exists only in memory (memfd_create, 0600): a child reads it as
 * /proc/self/fd/N once childSetup() ran in it (setChildProcessModifier). The kernel frees it when the
 * last process holding it ends — a killed operation leaves no password on any disk.
 */
class MemoryPassfile final
{
public:
    MemoryPassfile() = default;
    ~MemoryPassfile();
    MemoryPassfile(const MemoryPassfile &) = delete;
    MemoryPassfile &operator=(const MemoryPassfile &) = delete;

    bool open(const QByteArray &contents, QString *error);
    int fd() const { return m_fd; }
    /** The path the child gives libpq (PGPASSFILE). */
    QString childPath() const;
    /** Async-signal-safe: lets the child inherit the file (clears close-on-exec). For setChildProcessModifier. */
    void childSetup() const;

private:
    int m_fd = -1;
};

/** What a libpq child (pg_dump, psql) is started with. Keep it alive until the child has started. */
struct ClientEnvironment
{
    QProcessEnvironment environment;
    std::shared_ptr<MemoryPassfile> passfile;
};

/**
 * Writes ca.pem into @p dir (making it) and a memory-only passfile for @p endpoint, and returns the
 * environment of a libpq child (pg_dump, psql): PGHOST/PGHOSTADDR/PGPORT/PGUSER, PGSSLMODE and
 * PGSSLROOTCERT, PGPASSFILE — the password is in the memory file, never on disk, in the environment or on a
 * command line. The child must run passfile->childSetup() (QProcess::setChildProcessModifier). Inherited PG*
 * variables are removed. PGDATABASE is set to @p database.
 */
bool clientEnvironment(const PgEndpoint &endpoint, const QString &database, const PrivateDir &dir,
                       ClientEnvironment *environment, QString *error);

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
