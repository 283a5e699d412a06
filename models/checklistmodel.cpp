// SPDX-License-Identifier: GPL-3.0-or-later
#include "checklistmodel.h"

#include "statusicons.h"

#include "core/clock.h"

#include <QBrush>
#include <QFont>
#include <QLocale>

#include <functional>

namespace {

using Status = ChecklistItem::Status;
using Result = ChecklistItem::Result;

constexpr quintptr kTopLevel = 0;

/** One verdict behind a result: a rule outcome or a fact read directly. */
struct Check
{
    Status status;
    QString evidence;
};

Status fromOutcome(Audit::Outcome::Status status)
{
    switch (status) {
    case Audit::Outcome::Status::Pass:
        return Status::Pass;
    case Audit::Outcome::Status::Fail:
        return Status::Fail;
    case Audit::Outcome::Status::NotAssessed:
        return Status::NotAssessed;
    case Audit::Outcome::Status::NotApplicable:
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

std::optional<StatusIcons::Status> iconStatus(Status status)
{
    switch (status) {
    case Status::Pass:
        return StatusIcons::Status::Good;
    case Status::Fail:
        return StatusIcons::Status::Bad;
    case Status::Partial:
        return StatusIcons::Status::Warning;
    case Status::NotAssessed:
        return StatusIcons::Status::Unknown;
    case Status::NotApplicable:
        break;
    }
    return std::nullopt;
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
    QList<Audit::ComplianceCell> cells;
    cells.reserve(statuses.size());
    for (const Status status : statuses) {
        Audit::ComplianceCell cell;
        cell.status = status;
        cells << cell;
    }
    return Audit::ComplianceMatrix::summarize(cells);
}

ChecklistItem::Status ChecklistItem::summarize(const QList<Result> &results)
{
    QList<Status> statuses;
    statuses.reserve(results.size());
    for (const Result &r : results)
        statuses << r.status;
    return fold(statuses);
}

ChecklistModel::ChecklistModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

ChecklistModel::~ChecklistModel() = default;

QList<ChecklistItem> ChecklistModel::compute(const Fleet::Snapshot &snapshot, const Audit::Audit *audit,
                                             const QHash<QString, LogScan> &logs)
{
    // The verdict of each rule on each datastore, as the audit gave it.
    auto ruleChecks = [audit](const QString &datastore, const QStringList &ruleIds) {
        QList<Check> checks;
        if (!audit) {
            checks << Check { Status::NotAssessed, tr("Not audited yet") };
            return checks;
        }
        for (const QString &id : ruleIds) {
            for (const Audit::Assessment &a : audit->assessments) {
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
    items << item(QStringLiteral("pods"), tr("Pods are running and healthy"), all,
                  rules({ QStringLiteral("OPS-001"), QStringLiteral("OPS-002") }));
    items << item(QStringLiteral("pvcs"), tr("PersistentVolumeClaims are Bound"), all,
                  rules({ QStringLiteral("PERSIST-001"), QStringLiteral("PERSIST-002") }));
    items << item(QStringLiteral("tls-mounted"), tr("TLS certificates are mounted with 0600 keys"), all,
                  [&ruleChecks](const Fleet::DatastoreReport &report) {
                      QList<Check> checks;
                      if (!report.k8s) {
                          checks << Check { Status::NotAssessed, tr("Not in a cluster: no pod to inspect") };
                          return checks;
                      }
                      if (report.k8s->tlsSecretName.isEmpty())
                          checks << Check { Status::Fail, tr("No TLS secret is mounted") };
                      else
                          checks << Check { Status::Pass, tr("Secret %1 is mounted").arg(report.k8s->tlsSecretName) };
                      checks << ruleChecks(report.name, { QStringLiteral("CERT-013") });
                      return checks;
                  });
    items << item(QStringLiteral("pg-tls"), tr("PostgreSQL accepts TLS"), { Fleet::Kind::PostgreSQL },
                  rules({ QStringLiteral("TLS-001"), QStringLiteral("TLS-006") }));
    items << item(QStringLiteral("redis-tls"), tr("Redis accepts TLS"), { Fleet::Kind::Redis },
                  rules({ QStringLiteral("TLS-001"), QStringLiteral("TLS-006") }));
    items << item(QStringLiteral("pgcrypto"), tr("pgcrypto is loaded"), { Fleet::Kind::PostgreSQL },
                  rules({ QStringLiteral("PG-LOG-005") }));
    items << item(
        QStringLiteral("log-tls-errors"), tr("Services connect without TLS errors (logs)"), all,
        [&logs](const Fleet::DatastoreReport &report) {
            const auto it = logs.constFind(report.name);
            if (it == logs.constEnd())
                return QList<Check> { { Status::NotAssessed,
                                        tr("No log evidence: open the datastore's Logs tab to read it") } };
            if (it->tlsErrors.isEmpty())
                return QList<Check> { { Status::Pass,
                                        tr("No TLS errors in the last %n log line(s)", nullptr, it->linesRead) } };
            QList<Check> checks { { Status::Fail,
                                    tr("%n TLS error(s) in the last %1 log lines", nullptr, int(it->tlsErrors.size()))
                                        .arg(it->linesRead) } };
            for (const QString &line : it->tlsErrors.mid(0, 3))
                checks << Check { Status::Fail, line };
            return checks;
        });
    items << item(QStringLiteral("audit-logs"), tr("Audit logs are being generated"), { Fleet::Kind::PostgreSQL },
                  [&ruleChecks](const Fleet::DatastoreReport &report) {
                      QList<Check> checks
                          = ruleChecks(report.name, { QStringLiteral("PG-LOG-001"), QStringLiteral("PG-LOG-002") });
                      const QMap<QString, QString> settings = report.settings();
                      const auto duration = settings.constFind(QStringLiteral("log_duration"));
                      if (duration == settings.constEnd())
                          checks << Check { Status::NotAssessed, tr("log_duration could not be read") };
                      else if (duration.value() == u"on")
                          checks << Check { Status::Pass, tr("log_duration = on") };
                      else
                          checks << Check { Status::Fail, tr("log_duration = %1").arg(duration.value()) };
                      return checks;
                  });
    items << item(QStringLiteral("passwords"), tr("Passwords have 32 or more characters"), all,
                  rules({ QStringLiteral("SECRET-001") }));
    items << item(QStringLiteral("backups"), tr("A backup was made recently"), all,
                  rules({ QStringLiteral("OPS-003") }));
    // A backup that was never restored is a hope: Proofer's restores record their test in the backup catalog,
    // which the scan read into the snapshot (no file is read here, on the GUI thread).
    constexpr int kRestoreTestDays = 30;
    items << item(QStringLiteral("backup-tested"), tr("A backup was restore-tested recently"),
                  { Fleet::Kind::PostgreSQL }, [&](const Fleet::DatastoreReport &report) {
                      if (!report.backup || !report.backup->known())
                          return QList<Check> { { Status::NotAssessed,
                                                  tr("No backup made with Proofer for this fleet yet") } };
                      const Fleet::BackupObservation &backup = *report.backup;
                      if (!backup.lastRestoreTestAt)
                          return QList<Check> { { Status::Fail, tr("No backup of it was ever restore-tested") } };
                      const qint64 days = backup.lastRestoreTestAt->daysTo(Core::Clock::currentDateTimeUtc());
                      const QString text = tr("Last restore test %1 (%n day(s) ago)", nullptr, int(days))
                                               .arg(QLocale().toString(backup.lastRestoreTestAt->toLocalTime(),
                                                                       QLocale::ShortFormat));
                      return QList<Check> { { days > kRestoreTestDays ? Status::Fail : Status::Pass, text } };
                  });
    return items;
}

void ChecklistModel::setSnapshot(const Fleet::Snapshot &snapshot, const std::shared_ptr<const Audit::Audit> &audit)
{
    m_snapshot = snapshot;
    m_audit = audit;
    recompute();
}

void ChecklistModel::setLogScan(const QString &datastore, const LogScan &scan)
{
    m_logs.insert(datastore, scan);
    recompute();
}

void ChecklistModel::recompute()
{
    beginResetModel();
    m_items = compute(m_snapshot, m_audit.get(), m_logs);
    endResetModel();
}

const ChecklistItem *ChecklistModel::item(const QString &id) const
{
    for (const ChecklistItem &it : m_items) {
        if (it.id == id)
            return &it;
    }
    return nullptr;
}

QString ChecklistModel::statusText(ChecklistItem::Status status)
{
    switch (status) {
    case Status::Pass:
        return tr("pass");
    case Status::Fail:
        return tr("fail");
    case Status::Partial:
        return tr("partial");
    case Status::NotAssessed:
        return tr("not assessed");
    case Status::NotApplicable:
        break;
    }
    return tr("n/a");
}

QModelIndex ChecklistModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kTopLevel);
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex ChecklistModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kTopLevel)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kTopLevel);
}

int ChecklistModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_items.size());
    if (parent.column() != 0 || parent.internalId() != kTopLevel)
        return 0;
    return int(m_items.at(parent.row()).results.size());
}

int ChecklistModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant ChecklistModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const bool top = index.internalId() == kTopLevel;
    const ChecklistItem &it = m_items.at(top ? index.row() : int(index.internalId() - 1));
    const Result *result = top ? nullptr : &it.results.at(index.row());
    const Status status = result ? result->status : it.status;

    switch (role) {
    case StatusRole:
        return int(status);
    case ItemIdRole:
        return it.id;
    case DatastoreRole:
        return result ? result->datastore : QString();
    default:
        break;
    }

    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (Column(index.column())) {
        case CheckColumn:
            return result ? result->datastore : it.title;
        case StatusColumn:
            return statusText(status);
        case FailingColumn:
            if (result)
                return QString();
            return it.failing().join(QStringLiteral(", "));
        case EvidenceColumn: {
            if (result)
                return result->evidence.join(role == Qt::ToolTipRole ? QStringLiteral("\n") : QStringLiteral("; "));
            int passed = 0;
            int notAssessed = 0;
            for (const Result &r : it.results) {
                passed += r.status == Status::Pass ? 1 : 0;
                notAssessed += r.status == Status::NotAssessed ? 1 : 0;
            }
            if (it.results.isEmpty())
                return tr("No datastore concerned");
            QString text = tr("%1 of %n datastore(s) pass", nullptr, int(it.results.size())).arg(passed);
            if (notAssessed > 0)
                text += tr(", %n not assessed", nullptr, notAssessed);
            return text;
        }
        case ColumnCount:
            break;
        }
        return {};
    }
    if (role == Qt::DecorationRole && index.column() == StatusColumn) {
        if (const auto icon = iconStatus(status))
            return StatusIcons::statusIcon(*icon);
        return {};
    }
    if (role == Qt::ForegroundRole && (index.column() == StatusColumn || index.column() == FailingColumn)
        && status == Status::Fail)
        return QBrush(StatusIcons::statusColor(StatusIcons::Status::Bad));
    if (role == Qt::FontRole && top && index.column() == CheckColumn) {
        QFont font;
        font.setBold(true);
        return font;
    }
    return {};
}

QVariant ChecklistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case CheckColumn:
        return tr("Check");
    case StatusColumn:
        return tr("Status");
    case FailingColumn:
        return tr("Failing");
    case EvidenceColumn:
        return tr("Evidence");
    case ColumnCount:
        break;
    }
    return {};
}
