// SPDX-License-Identifier: GPL-3.0-or-later
#include "fleetmodel.h"

#include "fleetverdicts.h"
#include "statusicons.h"

#include "session/fleetsession.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

#include <algorithm>
#include <climits>

namespace {

using Status = FleetRow::Status;

StatusIcons::Status iconStatus(Status status)
{
    switch (status) {
    case Status::Good:
        return StatusIcons::Status::Good;
    case Status::Warning:
        return StatusIcons::Status::Warning;
    case Status::Bad:
        return StatusIcons::Status::Bad;
    case Status::Pending:
        return StatusIcons::Status::Pending;
    case Status::Unknown:
        break;
    }
    return StatusIcons::Status::Unknown;
}

QString podText(const Fleet::Datastore &store, Status *status, QString *toolTip)
{
    if (store.pods.isEmpty()) {
        *status = Status::Bad;
        *toolTip = FleetModel::tr("No pod of %1/%2 exists").arg(store.workloadKind, store.workloadName);
        return FleetModel::tr("no pod");
    }
    int ready = 0;
    int restarts = 0;
    QStringList lines;
    for (const Fleet::PodFacts &pod : store.pods) {
        ready += pod.ready ? 1 : 0;
        restarts += pod.restarts;
        lines << FleetModel::tr("%1: %2, %3, %n restart(s)", nullptr, pod.restarts)
                     .arg(pod.name, pod.phase, pod.ready ? FleetModel::tr("ready") : FleetModel::tr("not ready"));
    }
    *toolTip = lines.join(u'\n');
    const Fleet::PodFacts &first = store.pods.constFirst();
    QString text
        = store.pods.size() == 1 ? first.phase : FleetModel::tr("%1/%2 ready").arg(ready).arg(store.pods.size());
    if (store.pods.size() == 1 && !first.ready && first.phase == u"Running")
        text = FleetModel::tr("Running, not ready");
    // An outage says what the kubelet says: CrashLoopBackOff, and how the container last ended (137 / OOMKilled).
    for (const Fleet::PodFacts &pod : store.pods) {
        if (pod.ready || pod.waitingReason.isEmpty())
            continue;
        text = pod.waitingReason;
        if (pod.lastExitCode) {
            const QString ended = pod.lastTerminationReason.isEmpty()
                ? FleetModel::tr("exit %1").arg(*pod.lastExitCode)
                : FleetModel::tr("exit %1 %2").arg(*pod.lastExitCode).arg(pod.lastTerminationReason);
            text += u" · " + ended;
            lines << FleetModel::tr("%1: last terminated with exit code %2 (%3)")
                         .arg(pod.name)
                         .arg(*pod.lastExitCode)
                         .arg(pod.lastTerminationReason.isEmpty() ? FleetModel::tr("no reason given")
                                                                   : pod.lastTerminationReason);
            *toolTip = lines.join(u'\n');
        }
        break;
    }
    if (restarts > 0)
        text += u" · " + FleetModel::tr("%n restart(s)", nullptr, restarts);
    if (ready == store.pods.size())
        *status = restarts > 0 ? Status::Warning : Status::Good;
    else
        *status = ready > 0 ? Status::Warning : Status::Bad;
    return text;
}

QString pvcText(const Fleet::Datastore &store, Status *status, QString *toolTip)
{
    if (store.pvcs.isEmpty()) {
        *status = store.ephemeralData ? Status::Bad : Status::Unknown;
        *toolTip = store.ephemeralData
            ? FleetModel::tr("The data directory is on an emptyDir or not mounted: a restart loses it")
            : FleetModel::tr("No PersistentVolumeClaim is mounted");
        return store.ephemeralData ? FleetModel::tr("none (ephemeral)") : FleetModel::tr("none");
    }
    QStringList parts;
    QStringList lines;
    bool allBound = true;
    for (const Fleet::PvcFacts &pvc : store.pvcs) {
        const QString phase = pvc.phase.isEmpty() ? FleetModel::tr("missing") : pvc.phase;
        allBound = allBound && pvc.phase == u"Bound";
        parts << (pvc.capacity.isEmpty() ? phase : QStringLiteral("%1 %2").arg(phase, pvc.capacity));
        lines << FleetModel::tr("%1: %2, %3, class %4")
                     .arg(pvc.name, phase, pvc.capacity.isEmpty() ? FleetModel::tr("no capacity") : pvc.capacity,
                          pvc.storageClass.isEmpty() ? FleetModel::tr("default") : pvc.storageClass);
    }
    *status = allBound ? Status::Good : Status::Bad;
    *toolTip = lines.join(u'\n');
    return parts.join(QStringLiteral(", "));
}

} // namespace

FleetRow FleetRow::fromDatastore(const Fleet::Datastore &store)
{
    FleetRow row;
    row.kind = store.kind;
    row.name = store.name;
    row.scanning = true;
    row.status = Status::Pending;
    Status status = Status::Unknown;
    QString toolTip;
    row.podState = podText(store, &status, &toolTip);
    row.cellStatus.insert(FleetModel::PodColumn, status);
    row.cellToolTip.insert(FleetModel::PodColumn, toolTip);
    row.pvc = pvcText(store, &status, &toolTip);
    row.cellStatus.insert(FleetModel::PvcColumn, status);
    row.cellToolTip.insert(FleetModel::PvcColumn, toolTip);
    row.tls = FleetModel::tr("probing…");
    row.cellStatus.insert(FleetModel::TlsColumn, Status::Pending);
    return row;
}

FleetRow FleetRow::fromReport(const Fleet::DatastoreReport &report)
{
    using C = FleetModel::Column;
    FleetRow row;
    row.kind = report.kind;
    row.name = report.name;
    row.report = std::make_shared<const Fleet::DatastoreReport>(report);
    row.error = report.errors.join(u'\n');
    row.status = report.unreachable() ? Status::Bad : (report.errors.isEmpty() ? Status::Good : Status::Warning);
    auto set = [&row](int column, Status status, const QString &toolTip = {}) {
        row.cellStatus.insert(column, status);
        if (!toolTip.isEmpty())
            row.cellToolTip.insert(column, toolTip);
    };

    // Pod and PVC: Kubernetes facts (none for targets from a file).
    if (report.k8s) {
        Status status = Status::Unknown;
        QString toolTip;
        row.podState = podText(*report.k8s, &status, &toolTip);
        set(C::PodColumn, status, toolTip);
        row.pvc = pvcText(*report.k8s, &status, &toolTip);
        set(C::PvcColumn, status, toolTip);
    } else {
        row.podState = FleetModel::tr("not in a cluster");
        row.pvc = FleetModel::tr("not in a cluster");
        set(C::PodColumn, Status::Unknown, FleetModel::tr("A direct target from a targets file: no Kubernetes facts"));
        set(C::PvcColumn, Status::Unknown, FleetModel::tr("A direct target from a targets file: no Kubernetes facts"));
    }

    // TLS: the protocol a default client gets and whether the chain and the name verify.
    if (!report.tls || report.unreachable()) {
        row.tls = report.unreachable() ? FleetModel::tr("unreachable") : FleetModel::tr("unknown");
        set(C::TlsColumn, report.unreachable() ? Status::Bad : Status::Unknown,
            report.errors.isEmpty() ? report.unknown.value(QStringLiteral("tls")) : report.errors.constFirst());
    } else if (!report.tls->tlsEnabled) {
        row.tls = FleetModel::tr("off");
        set(C::TlsColumn, Status::Bad,
            FleetModel::tr("The server does not offer TLS: everything travels in clear text"));
    } else {
        QStringList accepted;
        bool legacy = false;
        for (const Probe::VersionResult &version : report.tls->versions) {
            if (version.state != Probe::VersionState::Accepted)
                continue;
            accepted << Probe::tlsVersionName(version.version);
            legacy = legacy || version.version == Probe::TlsVersion::Tls1_0
                || version.version == Probe::TlsVersion::Tls1_1;
        }
        const QString protocol
            = report.tls->negotiatedProtocol.isEmpty() ? FleetModel::tr("TLS") : report.tls->negotiatedProtocol;
        row.tls = report.tls->verified ? FleetModel::tr("%1 · verified").arg(protocol)
                                       : FleetModel::tr("%1 · not verified").arg(protocol);
        QStringList lines;
        lines << FleetModel::tr("Accepted: %1")
                     .arg(accepted.isEmpty() ? FleetModel::tr("none") : accepted.join(QStringLiteral(", ")));
        if (!report.tls->cipher.isEmpty())
            lines << FleetModel::tr("Cipher: %1").arg(report.tls->cipher);
        if (!report.tls->verified)
            lines << FleetModel::tr("Verification failed: %1").arg(report.tls->verifyError);
        if (report.tls->plaintextAccepted.value_or(false))
            lines << FleetModel::tr("The port also accepts plaintext connections");
        const bool plaintext = report.tls->plaintextAccepted.value_or(false)
            || (report.postgres && report.postgres->plaintextAccepted.value_or(false));
        set(C::TlsColumn,
            !report.tls->verified ? Status::Bad : ((legacy || plaintext) ? Status::Warning : Status::Good),
            lines.join(u'\n'));
    }

    // The served certificate.
    if (const auto certificate = report.servedCertificate()) {
        row.certificateKnown = true;
        row.certificateDaysLeft = certificate->daysLeft;
        set(C::CertificateColumn,
            certificate->daysLeft < 0 ? Status::Bad : (certificate->daysLeft < 90 ? Status::Warning : Status::Good),
            FleetModel::tr("%1\nissued by %2\nexpires %3")
                .arg(certificate->subject, certificate->issuer,
                     QLocale().toString(certificate->notAfter.toLocalTime(), QLocale::ShortFormat)));
    } else {
        set(C::CertificateColumn, Status::Unknown);
    }

    // Authentication.
    const QString method = report.authMethod();
    row.authentication = method == u"unknown" ? FleetModel::tr("unknown") : method;
    Status auth = Status::Unknown;
    if (method == u"scram-sha-256" || method == u"requirepass" || method == u"acl" || method == u"cert")
        auth = Status::Good;
    else if (method == u"md5")
        auth = Status::Warning;
    else if (method == u"trust" || method == u"password" || method == u"none")
        auth = Status::Bad;
    QString authTip;
    if (report.k8s && report.k8s->password) {
        row.authentication += u" · " + FleetModel::tr("%n chars", nullptr, report.k8s->password->length);
        if (report.k8s->password->length < 32 && auth == Status::Good)
            auth = Status::Warning;
        authTip = FleetModel::tr("Password of %n characters in %1", nullptr, report.k8s->password->length)
                      .arg(report.k8s->credentialsSecretName);
    }
    set(C::AuthenticationColumn, auth, authTip);

    // Audit logging and persistence depend on the kind.
    const QMap<QString, QString> settings = report.settings();
    if (report.kind == Fleet::Kind::PostgreSQL) {
        static const QStringList logSettings = { QStringLiteral("log_connections"),
                                                 QStringLiteral("log_disconnections"), QStringLiteral("log_duration") };
        int on = 0;
        int known = 0;
        QStringList lines;
        for (const QString &name : logSettings) {
            if (!settings.contains(name))
                continue;
            ++known;
            const bool enabled = settings.value(name) == u"on";
            on += enabled ? 1 : 0;
            lines << QStringLiteral("%1 = %2").arg(name, settings.value(name));
        }
        if (known == 0) {
            row.auditLogging = FleetModel::tr("unknown");
            set(C::AuditColumn, Status::Unknown);
        } else {
            row.auditLogging = on == known
                ? FleetModel::tr("on (%1 of %2)").arg(on).arg(known)
                : (on == 0 ? FleetModel::tr("off") : FleetModel::tr("partial (%1 of %2)").arg(on).arg(known));
            set(C::AuditColumn, on == known ? Status::Good : (on == 0 ? Status::Bad : Status::Warning),
                lines.join(u'\n'));
        }
        const bool bound = report.k8s && !report.k8s->pvcs.isEmpty() && report.k8s->pvcs.constFirst().phase == u"Bound";
        if (!report.k8s) {
            row.persistence = FleetModel::tr("unknown");
            set(C::PersistenceColumn, Status::Unknown);
        } else if (report.k8s->ephemeralData) {
            row.persistence = FleetModel::tr("ephemeral");
            set(C::PersistenceColumn, Status::Bad, FleetModel::tr("The data is lost when the pod restarts"));
        } else {
            row.persistence = bound ? FleetModel::tr("on PVC") : FleetModel::tr("no bound PVC");
            set(C::PersistenceColumn, bound ? Status::Good : Status::Warning);
        }
    } else if (report.kind == Fleet::Kind::Redis) {
        row.auditLogging = FleetModel::tr("n/a");
        set(C::AuditColumn, Status::Unknown, FleetModel::tr("Redis has no connection audit log"));
        const QString aof = settings.value(QStringLiteral("appendonly"));
        const QString save = settings.value(QStringLiteral("save"));
        if (aof.isEmpty() && save.isEmpty()) {
            row.persistence = FleetModel::tr("unknown");
            set(C::PersistenceColumn, Status::Unknown);
        } else if (aof == u"yes") {
            row.persistence = FleetModel::tr("AOF on");
            set(C::PersistenceColumn, Status::Good, FleetModel::tr("appendonly yes, save \"%1\"").arg(save));
        } else if (!save.isEmpty()) {
            row.persistence = FleetModel::tr("RDB only");
            set(C::PersistenceColumn, Status::Warning, FleetModel::tr("appendonly no, save \"%1\"").arg(save));
        } else {
            row.persistence = FleetModel::tr("off");
            set(C::PersistenceColumn, Status::Bad,
                FleetModel::tr("Neither AOF nor RDB snapshots: a restart loses the data"));
        }
    } else {
        row.auditLogging = FleetModel::tr("unknown");
        row.persistence = FleetModel::tr("unknown");
    }
    return row;
}

void FleetRow::applyAudit(const Audit::Grade *grade, const QList<Audit::Finding> &findingsOfRow)
{
    findingList = findingsOfRow;
    // An accepted risk is shown, not counted: like the grade (Audit::Grader), the count and the worst severity are of
    // the open findings; the accepted ones are named in the tooltip with their justification.
    findings = 0;
    acceptedFindings = 0;
    worstSeverity.reset();
    QStringList accepted;
    for (const Audit::Finding &finding : findingsOfRow) {
        if (finding.isAccepted()) {
            ++acceptedFindings;
            accepted << FleetModel::tr("%1: %2").arg(finding.ruleId, finding.acceptance->describe());
            continue;
        }
        ++findings;
        if (!worstSeverity || finding.severity < *worstSeverity)
            worstSeverity = finding.severity;
    }
    Status findingsStatus = Status::Good;
    if (worstSeverity)
        findingsStatus = (*worstSeverity <= Audit::Severity::High)
            ? Status::Bad
            : (*worstSeverity <= Audit::Severity::Low ? Status::Warning : Status::Good);
    cellStatus.insert(FleetModel::FindingsColumn, findingsStatus);
    QStringList tip;
    if (worstSeverity)
        tip << FleetModel::tr("Worst: %1").arg(FleetModel::severityText(*worstSeverity));
    if (acceptedFindings > 0)
        tip << FleetModel::tr("%n accepted by the policy (not counted):", nullptr, acceptedFindings) << accepted;
    if (tip.isEmpty())
        cellToolTip.remove(FleetModel::FindingsColumn);
    else
        cellToolTip.insert(FleetModel::FindingsColumn, tip.join(u'\n'));
    if (grade) {
        gradeDetail = *grade;
        this->grade = grade->letter;
        gradeScore = grade->score;
        Status gradeStatus = Status::Unknown;
        if (grade->score)
            gradeStatus = *grade->score >= 80 ? Status::Good : (*grade->score >= 70 ? Status::Warning : Status::Bad);
        cellStatus.insert(FleetModel::GradeColumn, gradeStatus);
        cellToolTip.insert(FleetModel::GradeColumn,
                           grade->score ? FleetModel::tr("Score %1 of 100").arg(*grade->score, 0, 'f', 1)
                                        : FleetModel::tr("Nothing could be assessed"));
    }
    FleetVerdicts::apply(*this);
}

namespace {
const FleetModel::Column kStaleColumns[] = { FleetModel::TlsColumn, FleetModel::CertificateColumn,
                                             FleetModel::AuthenticationColumn, FleetModel::AuditColumn,
                                             FleetModel::PersistenceColumn };
} // namespace

void FleetRow::keepStaleFacts(const FleetRow &before)
{
    if (!before.report)
        return;
    staleSince = before.staleSince ? before.staleSince : std::optional<QDateTime>(before.report->observedAt);
    tls = before.tls;
    certificateKnown = before.certificateKnown;
    certificateDaysLeft = before.certificateDaysLeft;
    authentication = before.authentication;
    auditLogging = before.auditLogging;
    persistence = before.persistence;
    const QString asOf = FleetModel::tr("Not reachable now: last observed %1")
                             .arg(QLocale().toString(staleSince->toLocalTime(), QLocale::ShortFormat));
    for (const int column : kStaleColumns) {
        const QString tip = before.factToolTip.value(column, before.cellToolTip.value(column));
        cellToolTip.insert(column, tip.isEmpty() ? asOf : asOf + u'\n' + tip);
        cellStatus.insert(column, before.factStatus.value(column, before.cellStatus.value(column, Status::Unknown)));
    }
    factStatus.clear();
    factToolTip.clear();
}

bool FleetRow::isStale(int column) const
{
    return staleSince && std::find(std::begin(kStaleColumns), std::end(kStaleColumns), column) != std::end(kStaleColumns);
}

FleetModel::FleetModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

int FleetModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FleetModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FleetModel::kindName(FleetRow::Kind kind)
{
    return Fleet::kindDisplayName(kind);
}

QString FleetModel::severityText(Audit::Severity severity)
{
    switch (severity) {
    case Audit::Severity::Critical:
        return tr("Critical");
    case Audit::Severity::High:
        return tr("High");
    case Audit::Severity::Medium:
        return tr("Medium");
    case Audit::Severity::Low:
        return tr("Low");
    case Audit::Severity::Info:
        break;
    }
    return tr("Info");
}

QVariant FleetModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FleetRow &row = m_rows.at(index.row());
    const int column = index.column();

    switch (role) {
    case KindRole:
        return int(row.kind);
    case WorstSeverityRole:
        return row.worstSeverity ? int(*row.worstSeverity) : -1;
    case NameRole:
        return row.name;
    case ErrorRole:
        return row.error;
    case AcceptedCountRole:
        return row.acceptedFindings;
    case StatusRole:
        if (column == NameColumn || column == KindColumn)
            return int(row.status);
        return int(row.cellStatus.value(column, FleetRow::Status::Unknown));
    default:
        break;
    }

    if (role == Qt::DisplayRole && row.isStale(column)) {
        const QString text = data(index, SortRole).toString();
        const QString time = QLocale().toString(row.staleSince->toLocalTime().time(), QLocale::ShortFormat);
        return column == CertificateColumn && row.certificateKnown
            ? tr("%n day(s) (as of %1)", nullptr, row.certificateDaysLeft).arg(time)
            : tr("%1 (as of %2)").arg(text, time);
    }
    if (role == Qt::DisplayRole || role == SortRole) {
        switch (Column(column)) {
        case KindColumn:
            return kindName(row.kind);
        case NameColumn:
            return row.name;
        case PodColumn:
            return row.podState;
        case TlsColumn:
            return row.tls;
        case CertificateColumn:
            if (!row.certificateKnown) {
                if (role == SortRole)
                    return INT_MAX;
                return row.scanning ? QString() : tr("unknown");
            }
            if (role == SortRole)
                return row.certificateDaysLeft;
            return row.certificateDaysLeft < 0 ? tr("expired %n day(s) ago", nullptr, -row.certificateDaysLeft)
                                               : tr("%n day(s)", nullptr, row.certificateDaysLeft);
        case PvcColumn:
            return row.pvc;
        case AuthenticationColumn:
            return row.authentication;
        case AuditColumn:
            return row.auditLogging;
        case PersistenceColumn:
            return row.persistence;
        case FindingsColumn:
            if (role == Qt::DisplayRole && row.scanning && row.findings == 0)
                return QString();
            return row.findings;
        case GradeColumn:
            if (role == SortRole)
                return row.gradeScore.value_or(-1.0);
            return row.grade;
        case ColumnCount:
            break;
        }
        return {};
    }

    if (role == Qt::DecorationRole) {
        if (column == KindColumn) {
            switch (row.kind) {
            case FleetRow::Kind::Redis:
                return StatusIcons::kindIcon(StatusIcons::Shape::KeyValue);
            case FleetRow::Kind::RabbitMQ:
                return StatusIcons::kindIcon(StatusIcons::Shape::Broker);
            case FleetRow::Kind::PostgreSQL:
                break;
            }
            return StatusIcons::kindIcon(StatusIcons::Shape::Database);
        }
        if (column == NameColumn) {
            if (!row.error.isEmpty())
                return StatusIcons::statusIcon(row.status == FleetRow::Status::Bad ? StatusIcons::Status::Bad
                                                                                   : StatusIcons::Status::Warning);
            if (row.scanning)
                return StatusIcons::statusIcon(StatusIcons::Status::Pending);
            return {};
        }
        if (column == FindingsColumn && row.findings == 0 && row.acceptedFindings > 0)
            return StatusIcons::acceptedIcon(); // nothing open, something accepted: said, not passed over
        const auto status = row.cellStatus.constFind(column);
        if (status == row.cellStatus.constEnd())
            return {};
        return StatusIcons::statusIcon(iconStatus(*status));
    }

    if (role == Qt::ToolTipRole) {
        if (column == NameColumn || column == KindColumn) {
            if (!row.error.isEmpty())
                return row.error;
            return row.scanning ? tr("%1: probing…").arg(row.name) : QVariant();
        }
        // The whole text first (a narrow column elides it), then the details behind it.
        const QString text = data(index, Qt::DisplayRole).toString();
        const QString tip = row.cellToolTip.value(column);
        if (tip.isEmpty())
            return text.isEmpty() ? QVariant() : QVariant(text);
        return tip.startsWith(text) ? tip : text + u'\n' + tip;
    }

    if (role == Qt::ForegroundRole) {
        if (row.isStale(column))
            return QBrush(StatusIcons::statusColor(StatusIcons::Status::Unknown));
        if (column == NameColumn && !row.error.isEmpty())
            return QBrush(StatusIcons::statusColor(StatusIcons::Status::Bad));
        const FleetRow::Status status = row.cellStatus.value(column, FleetRow::Status::Unknown);
        if (status == FleetRow::Status::Bad)
            return QBrush(StatusIcons::statusColor(StatusIcons::Status::Bad));
        return {};
    }

    if (role == Qt::BackgroundRole && column == GradeColumn) {
        QColor tint = FleetVerdicts::gradeColor(row.grade);
        if (!tint.isValid())
            return {};
        tint.setAlphaF(0.35);
        return QBrush(tint);
    }
    if (role == Qt::TextAlignmentRole && (column == FindingsColumn || column == GradeColumn))
        return int(Qt::AlignCenter);
    if (role == Qt::FontRole && column == GradeColumn) {
        QFont font;
        font.setBold(true);
        return font;
    }
    return {};
}

QVariant FleetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case KindColumn:
        return tr("Kind");
    case NameColumn:
        return tr("Name");
    case PodColumn:
        return tr("Pod");
    case TlsColumn:
        return tr("TLS");
    case CertificateColumn:
        return tr("Certificate");
    case PvcColumn:
        return tr("PVC");
    case AuthenticationColumn:
        return tr("Authentication");
    case AuditColumn:
        return tr("Audit logging");
    case PersistenceColumn:
        return tr("Persistence");
    case FindingsColumn:
        return tr("Findings");
    case GradeColumn:
        return tr("Grade");
    case ColumnCount:
        break;
    }
    return {};
}

void FleetModel::setRows(const QList<FleetRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int FleetModel::rowOf(const QString &name) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).name == name)
            return int(i);
    }
    return -1;
}

const FleetRow *FleetModel::row(const QString &name) const
{
    const int at = rowOf(name);
    return at < 0 ? nullptr : &m_rows.at(at);
}

void FleetModel::replaceAt(int at, const FleetRow &row)
{
    m_rows[at] = row;
    emit dataChanged(index(at, 0), index(at, ColumnCount - 1));
}

void FleetModel::upsertRow(const FleetRow &row)
{
    const int at = rowOf(row.name);
    if (at >= 0) {
        replaceAt(at, row);
        return;
    }
    const int end = int(m_rows.size());
    beginInsertRows({}, end, end);
    m_rows.append(row);
    endInsertRows();
}

void FleetModel::upsertReport(const Fleet::DatastoreReport &report)
{
    FleetRow row = FleetRow::fromReport(report);
    const FleetRow *previous = this->row(report.name);
    // Down now: the last facts stay on screen, greyed and dated, rather than a row of "unknown".
    if (previous && report.unreachable() && previous->report && (!previous->report->unreachable() || previous->staleSince))
        row.keepStaleFacts(*previous);
    if (previous && previous->gradeDetail)
        row.applyAudit(&*previous->gradeDetail, previous->findingList);
    upsertRow(row);
}

void FleetModel::applyAudit(const QString &name, const Audit::Grade *grade, const QList<Audit::Finding> &findings)
{
    const int at = rowOf(name);
    if (at < 0)
        return;
    FleetRow row = m_rows.at(at);
    row.applyAudit(grade, findings);
    replaceAt(at, row);
}

void FleetModel::applyAudit(const Audit::GradeReport &grades, const QList<Audit::Finding> &findings)
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        QList<Audit::Finding> mine;
        for (const Audit::Finding &finding : findings) {
            if (finding.datastore == m_rows.at(i).name)
                mine << finding;
        }
        m_rows[i].applyAudit(grades.datastore(m_rows.at(i).name), mine);
    }
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

void FleetModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

// ---------------------------------------------------------------------------------------------
// Following a session: the rows are what its signals say.

void FleetModel::setSession(const Session::FleetSession *session)
{
    using Session::FleetSession;
    connect(session, &FleetSession::inventoryLoaded, this, &FleetModel::onInventoryLoaded);
    connect(session, &FleetSession::scanStarted, this, &FleetModel::onScanStarted);
    connect(session, &FleetSession::datastoreScanned, this, &FleetModel::upsertReport);
    connect(session, &FleetSession::datastoreAudited, this,
            [this](const QString &name, const std::optional<Audit::Grade> &grade,
                   const QList<Audit::Finding> &findings) { applyAudit(name, grade ? &*grade : nullptr, findings); });
    connect(session, &FleetSession::scanFinished, this, [this](bool cancelled) {
        if (cancelled)
            onScanCancelled();
    });
    connect(session, &FleetSession::auditReady, this, [this, session] {
        if (const auto audit = session->audit())
            applyAudit(audit->grade, audit->findings);
    });
    // The live view: a database workload created or deleted after the scan adds or removes just its row.
    connect(session, &FleetSession::datastoresAppeared, this, [this](const QList<Fleet::Datastore> &datastores) {
        for (const Fleet::Datastore &store : datastores) {
            if (!row(store.name))
                upsertRow(FleetRow::fromDatastore(store));
        }
    });
    connect(session, &FleetSession::datastoresRemoved, this, [this](const QStringList &names) {
        QSet<QString> kept;
        for (const FleetRow &row : std::as_const(m_rows)) {
            if (!names.contains(row.name))
                kept.insert(row.name);
        }
        keepOnly(kept);
    });
}

void FleetModel::keepOnly(const QSet<QString> &names)
{
    QList<FleetRow> kept;
    for (const FleetRow &row : std::as_const(m_rows)) {
        if (names.contains(row.name))
            kept << row;
    }
    if (kept.size() != m_rows.size())
        setRows(kept);
}

void FleetModel::onInventoryLoaded(const QList<Fleet::Datastore> &datastores)
{
    QSet<QString> names;
    for (const Fleet::Datastore &store : datastores)
        names.insert(store.name);
    keepOnly(names);
    for (const Fleet::Datastore &store : datastores) {
        const FleetRow *existing = row(store.name);
        if (!existing) {
            upsertRow(FleetRow::fromDatastore(store));
            continue;
        }
        FleetRow again = *existing; // a rescan: keep what is known until the new probe lands
        again.scanning = true;
        upsertRow(again);
    }
}

void FleetModel::onScanStarted(const QList<std::pair<QString, Fleet::Kind>> &datastores)
{
    for (const auto &[name, kind] : datastores) {
        if (row(name))
            continue;
        FleetRow pending; // a target from a file: no discovery came first
        pending.name = name;
        pending.kind = kind;
        pending.scanning = true;
        pending.status = FleetRow::Status::Pending;
        pending.podState = tr("not in a cluster");
        pending.tls = tr("probing…");
        pending.cellStatus.insert(TlsColumn, FleetRow::Status::Pending);
        upsertRow(pending);
    }
}

void FleetModel::onScanCancelled()
{
    const QList<FleetRow> rows = m_rows;
    for (const FleetRow &row : rows) {
        if (!row.scanning)
            continue;
        FleetRow stopped = row;
        stopped.scanning = false;
        if (!stopped.report) {
            stopped.tls = tr("not probed");
            stopped.status = FleetRow::Status::Unknown;
            stopped.cellStatus.insert(TlsColumn, FleetRow::Status::Unknown);
            stopped.cellToolTip.insert(TlsColumn, tr("The scan was cancelled before this datastore was probed"));
        }
        upsertRow(stopped);
    }
}
