// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/checklist.h"

#include "core/clock.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QLocale>

#include <functional>

namespace Audit {

namespace {

// The checklist's strings keep the translation context they had in the console's checklist model.

using Status = ChecklistItem::Status;
using Result = ChecklistItem::Result;

/** One verdict behind a result: a rule outcome or a fact read directly. */
struct Check
{
    Status status;
    QString evidence;
};

Status fromOutcome(Outcome::Status status)
{
    switch (status) {
    case Outcome::Status::Pass:
        return Status::Pass;
    case Outcome::Status::Fail:
        return Status::Fail;
    case Outcome::Status::NotAssessed:
        return Status::NotAssessed;
    case Outcome::Status::NotApplicable:
        break;
    }
    return Status::NotApplicable;
}

Result combine(const QString &datastore, const QList<Check> &checks)
{
    Result result;
    result.datastore = datastore;
    QList<Status> statuses;
    for (const Check &check : checks) {
        if (check.status == Status::NotApplicable)
            continue;
        statuses << check.status;
        if (!check.evidence.isEmpty())
            result.evidence << check.evidence;
    }
    result.status = ChecklistItem::fold(statuses);
    return result;
}

} // namespace

QStringList ChecklistItem::failing() const
{
    QStringList names;
    for (const Result &r : results) {
        if (r.status == Status::Fail)
            names << r.datastore;
    }
    return names;
}

ChecklistItem::Status ChecklistItem::fold(const QList<Status> &statuses)
{
    QList<ComplianceCell> cells;
    cells.reserve(statuses.size());
    for (const Status status : statuses) {
        ComplianceCell cell;
        cell.status = status;
        cells << cell;
    }
    return ComplianceMatrix::summarize(cells);
}

ChecklistItem::Status ChecklistItem::summarize(const QList<Result> &results)
{
    QList<Status> statuses;
    statuses.reserve(results.size());
    for (const Result &r : results)
        statuses << r.status;
    return fold(statuses);
}

namespace {

/** Item 7 from the logs the scan read: the datastore's own and its clients'. */
QList<Check> logTlsChecks(const Fleet::LogObservation &logs)
{
    QList<Check> checks;
    auto one = [&checks](const Fleet::PodLogRead &read, const QString &whose) {
        if (!read.read) {
            checks << Check { Status::NotAssessed,
                              QCoreApplication::translate("ChecklistModel", "%1: log not read (%2)").arg(whose, read.error) };
            return;
        }
        if (read.linesRead == 0) {
            // An empty log is no evidence: the server may log elsewhere, or wrote nothing in the window.
            checks << Check { Status::NotAssessed,
                              QCoreApplication::translate("ChecklistModel", "%1: its log has no line in the window read").arg(whose) };
            return;
        }
        if (read.tlsErrorCount > 0) {
            checks << Check { Status::Fail, QCoreApplication::translate("ChecklistModel", "%1: %n TLS error(s) in the last %2 log lines", nullptr,
                                                                         read.tlsErrorCount)
                                                .arg(whose)
                                                .arg(read.linesRead) };
            for (const QString &line : read.tlsErrors.mid(0, 3))
                checks << Check { Status::Fail, line };
            return;
        }
        if (read.untimedTlsErrors > 0) {
            checks << Check { Status::NotAssessed,
                              QCoreApplication::translate("ChecklistModel", "%1: %n TLS error line(s) without a time: Proofer's own protocol "
                                                                            "and cipher checks leave such lines, so they cannot be told apart "
                                                                            "(a time in the log prefix, %m, tells them)", nullptr,
                                                          read.untimedTlsErrors)
                                  .arg(whose) };
            return;
        }
        QString text = QCoreApplication::translate("ChecklistModel", "%1: no TLS errors in the last %n log line(s)", nullptr, read.linesRead).arg(whose);
        if (read.ownProbeLines > 0)
            text += QCoreApplication::translate("ChecklistModel", " (%n written while Proofer probed it left out)", nullptr, read.ownProbeLines);
        if (read.loopbackTlsErrors > 0)
            text += QCoreApplication::translate("ChecklistModel", " (%n from port-forwarded clients, not services, left out)",
                                                nullptr, read.loopbackTlsErrors);
        checks << Check { Status::Pass, text };
    };
    one(logs.datastore, QCoreApplication::translate("ChecklistModel", "its own log"));
    for (const Fleet::PodLogRead &consumer : logs.consumers)
        one(consumer, consumer.workload);
    return checks;
}

/** Item 8's log part: connection and statement lines actually written (the probe's own login makes one). */
Check auditLineCheck(const Fleet::DatastoreReport &report)
{
    const Fleet::PodLogRead &own = report.logs->datastore;
    if (!own.read)
        return { Status::NotAssessed, QCoreApplication::translate("ChecklistModel", "Its log was not read: %1").arg(own.error) };
    if (own.linesRead == 0)
        return { Status::NotAssessed, QCoreApplication::translate("ChecklistModel", "Its log has no line in the window read: the "
                                                                                    "server logs elsewhere, or wrote nothing") };
    if (own.auditLines > 0)
        return { Status::Pass, QCoreApplication::translate("ChecklistModel", "%n connection or statement line(s) in the last %1 log lines, e.g. %2",
                                                           nullptr, own.auditLines)
                                   .arg(own.linesRead)
                                   .arg(own.auditSample) };
    if (report.settings().value(QStringLiteral("logging_collector")) == u"on")
        return { Status::NotAssessed, QCoreApplication::translate("ChecklistModel", "The server writes its log to files inside the pod "
                                                                                    "(logging_collector = on): the container's log shows none") };
    return { Status::Fail, QCoreApplication::translate("ChecklistModel", "No connection or statement line in the last %n log line(s), although "
                                                                         "Proofer's probe logged in during the scan", nullptr, own.linesRead) };
}

} // namespace

QList<ChecklistItem> computeChecklist(const Fleet::Snapshot &snapshot, const Audit *audit,
                                      const QHash<QString, LogScan> &logs)
{
    // The verdict of each rule on each datastore, as the audit gave it.
    auto ruleChecks = [audit](const QString &datastore, const QStringList &ruleIds) {
        QList<Check> checks;
        if (!audit) {
            checks << Check { Status::NotAssessed, QCoreApplication::translate("ChecklistModel", "Not audited yet") };
            return checks;
        }
        for (const QString &id : ruleIds) {
            for (const Assessment &a : audit->assessments) {
                if (a.ruleId != id || a.datastore != datastore)
                    continue;
                const Status status = fromOutcome(a.outcome.status);
                QString text
                    = a.outcome.isAssessed() ? a.outcome.evidence.join(QStringLiteral("; ")) : a.outcome.reason;
                if (!text.isEmpty())
                    text = QStringLiteral("%1: %2").arg(id, text);
                checks << Check { status, text };
            }
        }
        return checks;
    };

    using Kinds = QList<Fleet::Kind>;
    const Kinds all { Fleet::Kind::PostgreSQL, Fleet::Kind::Redis, Fleet::Kind::RabbitMQ };
    using Builder = std::function<QList<Check>(const Fleet::DatastoreReport &)>;
    auto item = [&snapshot](const QString &id, const QString &title, const Kinds &kinds, const Builder &build) {
        ChecklistItem it;
        it.id = id;
        it.title = title;
        for (const Fleet::DatastoreReport &report : snapshot.datastores) {
            if (!kinds.contains(report.kind))
                continue;
            const Result result = combine(report.name, build(report));
            if (result.status != Status::NotApplicable)
                it.results << result;
        }
        it.status = ChecklistItem::summarize(it.results);
        return it;
    };
    auto rules = [&ruleChecks](const QStringList &ids) {
        return [ids, &ruleChecks](const Fleet::DatastoreReport &report) { return ruleChecks(report.name, ids); };
    };

    QList<ChecklistItem> items;
    items << item(QStringLiteral("pods"), QCoreApplication::translate("ChecklistModel", "Pods are running and healthy"), all,
                  rules({ QStringLiteral("OPS-001"), QStringLiteral("OPS-002") }));
    items << item(QStringLiteral("pvcs"), QCoreApplication::translate("ChecklistModel", "PersistentVolumeClaims are Bound"), all,
                  rules({ QStringLiteral("PERSIST-001"), QStringLiteral("PERSIST-002") }));
    items << item(QStringLiteral("tls-mounted"), QCoreApplication::translate("ChecklistModel", "TLS certificates are mounted with 0600 keys"), all,
                  [&ruleChecks](const Fleet::DatastoreReport &report) {
                      QList<Check> checks;
                      if (!report.k8s) {
                          checks << Check { Status::NotAssessed, QCoreApplication::translate("ChecklistModel", "Not in a cluster: no pod to inspect") };
                          return checks;
                      }
                      if (report.k8s->tlsSecretName.isEmpty())
                          checks << Check { Status::Fail, QCoreApplication::translate("ChecklistModel", "No TLS secret is mounted") };
                      else
                          checks << Check { Status::Pass, QCoreApplication::translate("ChecklistModel", "Secret %1 is mounted").arg(report.k8s->tlsSecretName) };
                      checks << ruleChecks(report.name, { QStringLiteral("CERT-013") });
                      return checks;
                  });
    items << item(QStringLiteral("pg-tls"), QCoreApplication::translate("ChecklistModel", "PostgreSQL accepts TLS"), { Fleet::Kind::PostgreSQL },
                  rules({ QStringLiteral("TLS-001"), QStringLiteral("TLS-006") }));
    items << item(QStringLiteral("redis-tls"), QCoreApplication::translate("ChecklistModel", "Redis accepts TLS"), { Fleet::Kind::Redis },
                  rules({ QStringLiteral("TLS-001"), QStringLiteral("TLS-006") }));
    items << item(QStringLiteral("pgcrypto"), QCoreApplication::translate("ChecklistModel", "pgcrypto is loaded"), { Fleet::Kind::PostgreSQL },
                  rules({ QStringLiteral("PG-LOG-005") }));
    items << item(
        QStringLiteral("log-tls-errors"), QCoreApplication::translate("ChecklistModel", "Services connect without TLS errors (logs)"), all,
        [&logs](const Fleet::DatastoreReport &report) {
            if (report.logs)
                return logTlsChecks(*report.logs);
            const auto it = logs.constFind(report.name);
            if (it == logs.constEnd())
                return QList<Check> { { Status::NotAssessed,
                                        QCoreApplication::translate("ChecklistModel", "No log evidence: open the datastore's Logs tab to read it") } };
            if (it->tlsErrors.isEmpty())
                return QList<Check> { { Status::Pass,
                                        QCoreApplication::translate("ChecklistModel", "No TLS errors in the last %n log line(s)", nullptr, it->linesRead) } };
            QList<Check> checks { { Status::Fail,
                                    QCoreApplication::translate("ChecklistModel", "%n TLS error(s) in the last %1 log lines", nullptr, int(it->tlsErrors.size()))
                                        .arg(it->linesRead) } };
            for (const QString &line : it->tlsErrors.mid(0, 3))
                checks << Check { Status::Fail, line };
            return checks;
        });
    items << item(QStringLiteral("audit-logs"), QCoreApplication::translate("ChecklistModel", "Audit logs are being generated"), { Fleet::Kind::PostgreSQL },
                  [&ruleChecks](const Fleet::DatastoreReport &report) {
                      QList<Check> checks
                          = ruleChecks(report.name, { QStringLiteral("PG-LOG-001"), QStringLiteral("PG-LOG-002") });
                      const QMap<QString, QString> settings = report.settings();
                      const auto duration = settings.constFind(QStringLiteral("log_duration"));
                      if (duration == settings.constEnd())
                          checks << Check { Status::NotAssessed, QCoreApplication::translate("ChecklistModel", "log_duration could not be read") };
                      else if (duration.value() == u"on")
                          checks << Check { Status::Pass, QCoreApplication::translate("ChecklistModel", "log_duration = on") };
                      else
                          checks << Check { Status::Fail, QCoreApplication::translate("ChecklistModel", "log_duration = %1").arg(duration.value()) };
                      if (report.logs)
                          checks << auditLineCheck(report);
                      return checks;
                  });
    items << item(QStringLiteral("passwords"), QCoreApplication::translate("ChecklistModel", "Passwords have 32 or more characters"), all,
                  rules({ QStringLiteral("SECRET-001") }));
    items << item(QStringLiteral("backups"), QCoreApplication::translate("ChecklistModel", "A backup was made recently"), all,
                  rules({ QStringLiteral("OPS-003") }));
    // A backup that was never restored is a hope: Proofer's restores record their test in the backup catalog,
    // which the scan read into the snapshot (no file is read here, on the GUI thread).
    constexpr int kRestoreTestDays = 30;
    items << item(QStringLiteral("backup-tested"), QCoreApplication::translate("ChecklistModel", "A backup was restore-tested recently"),
                  { Fleet::Kind::PostgreSQL }, [&](const Fleet::DatastoreReport &report) {
                      if (!report.backup || !report.backup->known())
                          return QList<Check> { { Status::NotAssessed,
                                                  QCoreApplication::translate("ChecklistModel", "No backup made with Proofer for this fleet yet") } };
                      const Fleet::BackupObservation &backup = *report.backup;
                      if (!backup.lastRestoreTestAt)
                          return QList<Check> { { Status::Fail, QCoreApplication::translate("ChecklistModel", "No backup of it was ever restore-tested") } };
                      const qint64 days = backup.lastRestoreTestAt->daysTo(Core::Clock::currentDateTimeUtc());
                      const QString text = QCoreApplication::translate("ChecklistModel", "Last restore test %1 (%n day(s) ago)", nullptr, int(days))
                                               .arg(QLocale().toString(backup.lastRestoreTestAt->toLocalTime(),
                                                                       QLocale::ShortFormat));
                      return QList<Check> { { days > kRestoreTestDays ? Status::Fail : Status::Pass, text } };
                  });
    return items;
}

QString checklistStatusKey(ChecklistItem::Status status)
{
    return cellStatusName(status);
}

QJsonArray checklistJson(const QList<ChecklistItem> &items)
{
    QJsonArray array;
    for (const ChecklistItem &item : items) {
        QJsonArray results;
        for (const Result &result : item.results) {
            results.append(QJsonObject{{QStringLiteral("datastore"), result.datastore},
                                       {QStringLiteral("status"), checklistStatusKey(result.status)},
                                       {QStringLiteral("evidence"), QJsonArray::fromStringList(result.evidence)}});
        }
        array.append(QJsonObject{{QStringLiteral("item"), item.id},
                                 {QStringLiteral("title"), item.title},
                                 {QStringLiteral("status"), checklistStatusKey(item.status)},
                                 {QStringLiteral("failing"), QJsonArray::fromStringList(item.failing())},
                                 {QStringLiteral("results"), results}});
    }
    return array;
}

} // namespace Audit
