// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QFuture>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

class QThreadPool;

namespace Session {

/** One run of an operation, as its journal (Ops::Journal) tells it: never a secret (journals hold none). */
struct OperationRecord
{
    QString path; ///< the journal file
    QString kind; ///< "rotate-password", "renew-certs", "backup", "restore", "restart-workload"
    QString title;
    /// from the plan's parameters (datastore, datastores, renewedDatastores; a restart's "Kind/workload")
    QStringList datastores;
    QDateTime started; ///< the plan line's time
    QDateTime ended; ///< the last "end" line's time; invalid while unfinished
    QString outcome; ///< the last "end" line's ("Succeeded", "RolledBack"…); empty: unfinished
    bool dryRun = false;
    QString context; ///< the kubeconfig context it ran against, when recorded
};

/**
 * The operations performed, from the journal directory the operations write to (`proofer operations` reads the same),
 * read and exported off the caller's thread; reads are bounded (files, bytes).
 */
class OperationsHistory final
{
public:
    static constexpr int MaxJournals = 2000;
    static constexpr qint64 MaxJournalBytes = 8 * 1024 * 1024;

    /** Ops::Journal::defaultDirectory(). */
    static QString defaultDirectory();
    /** Every journal of @p directory, newest first (a missing directory: none); on @p pool. */
    static QFuture<QList<OperationRecord>> list(const QString &directory, QThreadPool *pool);
    /** The record of one journal file (pure but for reading it); empty kind when it is not a journal. */
    static OperationRecord read(const QString &path);
    /** {"journal": file name, "kind", "outcome", "entries": [each line as written]}; @p error when unreadable. */
    static QJsonObject journalJson(const QString &path, QString *error);
    /**
     * Writes @p paths to @p target as JSON: one journal as journalJson(), or (@p collection) any number as
     * {"format": "proofer.journals/v1", "journals": [...]}. The error (for people), empty when written; on @p pool.
     */
    static QFuture<QString> exportJournals(const QStringList &paths, const QString &target, bool collection,
                                           QThreadPool *pool);
};

} // namespace Session
