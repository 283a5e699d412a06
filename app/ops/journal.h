// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>

namespace Ops {

/**
 * The record of one run of a Plan: a JSON-lines file, one object per event, flushed and fsync'd
 * after each line so that a crash loses nothing that happened. Never a secret in it.
 *
 * Line 1: {"event":"plan","kind","title","parameters","steps":[ids],"time","pid","cluster":{"server","context"}}
 * ("cluster" since session 3, for runs against a cluster: see setCluster)
 * Then per phase: {"event":"begin|applied|verified|failed|undone|undo-failed|dry-run","step","index",
 *                  "message","facts","state","time"}
 * Last: {"event":"end","outcome":"Succeeded|RolledBack|RollbackFailed|Cancelled|DryRunOk|DryRunFailed","time"}
 *
 * A journal without an "end" line is unfinished: the run crashed (or is running in another process). So is
 * one whose last "end" says RollbackFailed: steps are still applied, a later rollback continues it (a
 * resume of it only rolls back). "Abandoned" ends it for good (Ops::abandonRun, the operator's choice).
 * The "plan" line of a dry run has "dryRun":true; unfinished() never lists those.
 *
 * The run lock: whoever acts on a run holds an exclusive flock(2) on its journal file while it does —
 * create() takes it for the new run; a resume, a rollback and an abandon take it with lock() before they
 * read the journal to decide. The kernel drops it when the process dies, so a crashed run's journal is free.
 * Copies of a Journal share the lock; it is released with the last of them (or unlock()).
 */
class Journal
{
public:
    struct Entry
    {
        QString event;
        QString step;
        int index = -1;
        QString message;
        QJsonObject facts;
        QJsonObject state;
        QDateTime time;
        QJsonObject raw;
    };

    /** <AppDataLocation>/journal (created on demand). Tests point QStandardPaths at a temp dir. */
    static QString defaultDirectory();

    /** Creates <dir>/<kind>-<yyyyMMdd-HHmmss>-<random>.jsonl (0600), holding its run lock. */
    static Journal create(const QString &directory, const QString &kind, QString *error);
    /** Opens an existing journal for reading and appending (resume/rollback); the lock is not taken (lock()). */
    static Journal open(const QString &path, QString *error);
    /** Unfinished journals in @p directory, oldest first. */
    static QStringList unfinished(const QString &directory);

    bool isValid() const { return !m_path.isEmpty(); }

    /**
     * The cluster the run acts on, {"server": URL without user info, "context": kubeconfig context name}
     * (Ops::clusterJson): added to the "plan" line when it is appended, so that a resume or rollback can
     * refuse another cluster. Empty (the default): not recorded.
     */
    void setCluster(const QJsonObject &cluster) { m_cluster = cluster; }
    QJsonObject cluster() const { return m_cluster; }

    /**
     * Takes the run lock, waiting up to @p timeoutMs (0: only tries). False with @p error naming the journal when
     * another process or another Journal object holds it. True at once when this one (or a copy) holds it.
     */
    bool lock(int timeoutMs, QString *error = nullptr);
    bool isLocked() const;
    /** Releases the run lock (for this object and its copies). */
    void unlock();
    QString path() const { return m_path; }

    bool append(const QJsonObject &line, QString *error = nullptr);
    QList<Entry> entries() const;       ///< everything read from the file (and appended since)
    QJsonObject header() const;         ///< the "plan" line
    /** Has an "end" line, and its outcome is not "RollbackFailed" (that run still needs a rollback). */
    bool isFinished() const;
    /** The outcome of the last "end" line ("Succeeded", "RolledBack", "Abandoned"…); empty: none. */
    QString outcome() const;

private:
    struct Lock;
    QString m_path;
    std::shared_ptr<Lock> m_lock;
    QJsonObject m_cluster;
};

} // namespace Ops
