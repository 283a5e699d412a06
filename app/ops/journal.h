// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Ops {

/**
 * The record of one run of a Plan: a JSON-lines file, one object per event, flushed and fsync'd
 * after each line so that a crash loses nothing that happened. Never a secret in it.
 *
 * Line 1: {"event":"plan","kind","title","parameters","steps":[ids],"time","pid"}
 * Then per phase: {"event":"begin|applied|verified|failed|undone|undo-failed|dry-run","step","index",
 *                  "message","facts","state","time"}
 * Last: {"event":"end","outcome":"Succeeded|RolledBack|RollbackFailed|Cancelled|DryRunOk|DryRunFailed","time"}
 *
 * A journal without an "end" line is unfinished: the run crashed (or is running in another process). So is
 * one whose last "end" says RollbackFailed: steps are still applied, a later rollback continues it (a
 * resume of it only rolls back). "Abandoned" ends it for good (Ops::abandonRun, the operator's choice).
 * The "plan" line of a dry run has "dryRun":true; unfinished() never lists those.
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

    /** Creates <dir>/<kind>-<yyyyMMdd-HHmmss>-<random>.jsonl (0600). */
    static Journal create(const QString &directory, const QString &kind, QString *error);
    /** Opens an existing journal for reading and appending (resume/rollback). */
    static Journal open(const QString &path, QString *error);
    /** Unfinished journals in @p directory, oldest first. */
    static QStringList unfinished(const QString &directory);

    bool isValid() const { return !m_path.isEmpty(); }
    QString path() const { return m_path; }

    bool append(const QJsonObject &line, QString *error = nullptr);
    QList<Entry> entries() const;       ///< everything read from the file (and appended since)
    QJsonObject header() const;         ///< the "plan" line
    /** Has an "end" line, and its outcome is not "RollbackFailed" (that run still needs a rollback). */
    bool isFinished() const;
    /** The outcome of the last "end" line ("Succeeded", "RolledBack", "Abandoned"…); empty: none. */
    QString outcome() const;

private:
    QString m_path;
};

} // namespace Ops
