// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/compliancematrix.h"
#include "audit/snapshotevidence.h"
#include "fleet/snapshot.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QMetaType>
#include <QStringList>

namespace Audit {

/** One line of the platform's security validation checklist, computed from a scan. */
struct ChecklistItem
{
    /** The compliance matrix's statuses: one vocabulary and one way to fold them (Audit::ComplianceMatrix::summarize). */
    using Status = ComplianceCell::Status;

    struct Result
    {
        QString datastore;
        Status status = Status::NotAssessed;
        QStringList evidence;
    };

    QString id; ///< stable: "pods", "pvcs", "tls-mounted", "pg-tls", "redis-tls", "pgcrypto", "log-tls-errors",
                ///< "audit-logs", "passwords", "backups", "backup-tested"
    QString title;
    Status status = Status::NotApplicable;
    QList<Result> results; ///< one per datastore the item concerns

    QStringList failing() const;
    /** Fail if any fails; Pass if all pass; NotAssessed if none was; NotApplicable without results; else Partial. */
    static Status summarize(const QList<Result> &results);
    /** The same fold over bare statuses (the checks behind one result): the matrix's summarize(). */
    static Status fold(const QList<Status> &statuses);
};

/** What a look at a datastore's log found: how many lines were read and the TLS errors among them. */
struct LogScan
{
    int linesRead = 0;
    QStringList tlsErrors;
    QDateTime readAt;
};

/**
 * The guide's security validation checklist, computed in the engine from a snapshot and its audit (null audit:
 * every rule-based item not assessed) and the log evidence read so far: pods running and healthy, PVCs Bound, TLS
 * certificates mounted with 0600 keys, PostgreSQL and Redis accept TLS, pgcrypto, no TLS errors in the logs, audit
 * logging, 32+ character passwords, recent backups, a recent restore test. The console, `proofer scan` and the
 * reports all show this one computation.
 */
QList<ChecklistItem> computeChecklist(const Fleet::Snapshot &snapshot, const Audit *audit,
                                      const QHash<QString, LogScan> &logs = {});

/** "pass", "fail", "partial", "not-assessed", "not-applicable": the words of the JSON. */
QString checklistStatusKey(ChecklistItem::Status status);

/** [{"item", "title", "status", "failing", "results": [{"datastore", "status", "evidence"}]}] */
QJsonArray checklistJson(const QList<ChecklistItem> &items);

} // namespace Audit

Q_DECLARE_METATYPE(Audit::LogScan)
