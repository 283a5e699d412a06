// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

#include <memory>

class QTemporaryDir;

namespace Test {

/**
 * How the fixtures start real servers: as a child that dies with the test (PR_SET_PDEATHSIG, so a
 * crashed or aborted test leaves no server behind), optionally as another user (postgres refuses
 * root), with its output in a log file in the fixture's temp dir.
 */
struct ChildSpec
{
    QString program;
    QStringList arguments;
    QString logFile;
    QString workingDirectory;
    int deathSignal = 15; ///< SIGTERM; postgres gets SIGINT (fast shutdown)
    bool dropToUnprivilegedUser = false; ///< when running as root: setuid to the "postgres" user
};

/** Starts @p spec in @p process. Returns false and sets @p error if the program could not start. */
bool startChild(QProcess &process, const ChildSpec &spec, QString *error);

/** Stops the child with @p signal, waits up to @p graceMs, then SIGKILLs it. */
void stopChild(QProcess &process, int signal, int graceMs = 10000);

/** True when tests run as root and servers must run as the unprivileged "postgres" user. */
bool runningAsRoot();

/** Looks up uid/gid of the unprivileged server user; false when it does not exist. */
bool unprivilegedUser(unsigned *uid, unsigned *gid);

/**
 * A temp dir named proofer-test-<build tag>-XXXXXX (so the stray-server check finds what this
 * build started), given to the server user when running as root.
 */
std::unique_ptr<QTemporaryDir> makeServerDir(QString *error);

/** Gives @p path to the server user when running as root (no-op otherwise). */
bool chownToServerUser(const QString &path);

/** A TCP port on 127.0.0.1 below the ephemeral range (32768+) that nothing listens on right now. */
quint16 pickFreePort();

/** Reads a whole text file (logs), empty when missing. */
QString readTextFile(const QString &path);

/** Finds a PostgreSQL server binary directory (PROOFER_PG_BINDIR, else the newest /usr/lib/postgresql/N/bin). */
QString postgresBinDir();

} // namespace Test
