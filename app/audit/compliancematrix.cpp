// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/compliancematrix.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace Audit {

namespace {

using Status = ComplianceCell::Status;

bool capped(const Control &control, const std::optional<Kind> &kind)
{
    if (control.maxStatus != Control::MaxStatus::Partial)
        return false;
    return control.maxStatusKinds.isEmpty() || (kind && control.maxStatusKinds.contains(*kind));
}

ComplianceCell cellFor(const Control &control, const QString &framework, const QString &datastore,
                       const QList<const Assessment *> &checks)
{
    ComplianceCell cell;
    cell.framework = framework;
    cell.control = control.id;
    cell.datastore = datastore;
    // Every assessment of a datastore carries its kind; the fleet scope's carry none.
    const std::optional<Kind> kind = checks.isEmpty() ? std::nullopt : checks.first()->kind;
    if (!control.kinds.isEmpty() && (!kind || !control.kinds.contains(*kind)))
        return cell; // NotApplicable: e.g. a CIS PostgreSQL item on Redis or on the fleet scope

    QList<const Assessment *> mapped;
    for (const Assessment *a : checks) {
        if (control.ruleIds.contains(a->ruleId))
            mapped << a;
    }
    if (mapped.isEmpty()) {
        if (!kind)
            return cell; // the fleet scope is not a datastore: only fleet rules speak for it
        // In scope, but nothing observes the control here: never a pass, and never "does not concern it".
        cell.status = Status::NotAssessed;
        cell.missing << (control.ruleIds.isEmpty()
                             ? control.notAssessedReason
                             : QCoreApplication::translate("Audit", "No rule of this control observes %1 datastores")
                                   .arg(Fleet::kindDisplayName(*kind)));
        if (capped(control, kind))
            cell.missing << control.maxStatusReason;
        return cell;
    }

    int applicable = 0;
    int passed = 0;
    int notAssessed = 0;
    bool severeFailure = false;
    bool mildFailure = false;
    QStringList deferred; // not-applicable outcomes: "TLS is off (see TLS-001)", "The profile does not expect pgcrypto"
    for (const Assessment *a : std::as_const(mapped)) {
        if (a->outcome.status == Outcome::Status::NotApplicable) {
            deferred << QStringLiteral("%1: %2").arg(a->ruleId, a->outcome.reason);
            continue;
        }
        ++applicable;
        if (a->observedAt.isValid() && (!cell.observedAt.isValid() || a->observedAt > cell.observedAt))
            cell.observedAt = a->observedAt;
        const QString status = statusName(a->outcome.status);
        switch (a->outcome.status) {
        case Outcome::Status::Pass:
            ++passed;
            break;
        case Outcome::Status::Fail:
            (a->severity <= Severity::High ? severeFailure : mildFailure) = true;
            break;
        case Outcome::Status::NotAssessed:
            ++notAssessed;
            cell.missing << QStringLiteral("%1: %2").arg(a->ruleId, a->outcome.reason);
            break;
        case Outcome::Status::NotApplicable:
            break;
        }
        const QString detail
            = a->outcome.status == Outcome::Status::NotAssessed ? a->outcome.reason : a->outcome.evidence.join(u"; ");
        cell.evidence << QStringLiteral("%1 %2: %3").arg(a->ruleId, status, detail);
    }
    if (applicable == 0) {
        // Every mapped rule stood aside here (TLS off, a profile choice): the control was not assessed on this
        // datastore, which is not the same as not concerning it.
        cell.status = Status::NotAssessed;
        cell.missing << deferred;
        if (capped(control, kind))
            cell.missing << control.maxStatusReason;
        return cell;
    }
    if (severeFailure)
        cell.status = Status::Fail;
    else if (mildFailure)
        cell.status = Status::Partial;
    else if (notAssessed == applicable)
        cell.status = Status::NotAssessed;
    else if (notAssessed > 0 || passed != applicable)
        cell.status = Status::Partial;
    else
        cell.status = Status::Pass;
    if (capped(control, kind)) {
        // Capability or settings only: the rules cannot show the control itself.
        cell.missing << control.maxStatusReason;
        if (cell.status == Status::Pass)
            cell.status = Status::Partial;
    }
    return cell;
}

} // namespace

QString cellStatusName(ComplianceCell::Status status)
{
    switch (status) {
    case Status::Pass:
        return QStringLiteral("pass");
    case Status::Fail:
        return QStringLiteral("fail");
    case Status::Partial:
        return QStringLiteral("partial");
    case Status::NotAssessed:
        return QStringLiteral("not-assessed");
    case Status::NotApplicable:
        return QStringLiteral("not-applicable");
    }
    return {};
}

ComplianceCell::Status ComplianceMatrix::summarize(const QList<ComplianceCell> &cells)
{
    int applicable = 0;
    int passed = 0;
    int notAssessed = 0;
    for (const ComplianceCell &c : cells) {
        switch (c.status) {
        case Status::Fail:
            return Status::Fail;
        case Status::NotApplicable:
            continue;
        case Status::Pass:
            ++passed;
            break;
        case Status::NotAssessed:
            ++notAssessed;
            break;
        case Status::Partial:
            break;
        }
        ++applicable;
    }
    if (applicable == 0)
        return Status::NotApplicable;
    if (passed == applicable)
        return Status::Pass;
    if (notAssessed == applicable)
        return Status::NotAssessed;
    return Status::Partial;
}

ComplianceMatrix ComplianceMatrix::build(const ComplianceCatalog &catalog, const QList<Assessment> &assessments)
{
    QStringList datastores;
    QMap<QString, QList<const Assessment *>> byDatastore;
    for (const Assessment &a : assessments) {
        if (!byDatastore.contains(a.datastore))
            datastores << a.datastore;
        byDatastore[a.datastore] << &a;
    }
    ComplianceMatrix matrix;
    for (const Framework &fw : catalog.frameworks()) {
        for (const Control &control : fw.controls) {
            ComplianceRow row;
            row.framework = fw.id;
            row.frameworkName = fw.name;
            row.version = fw.version;
            row.control = control.id;
            row.title = control.title;
            row.evidenceRequired = control.evidenceRequired;
            if (control.maxStatus == Control::MaxStatus::Partial) {
                row.maxStatusReason = control.maxStatusReason;
                for (const Kind kind : control.maxStatusKinds)
                    row.maxStatusKinds << Fleet::kindDisplayName(kind);
            }
            for (const QString &name : std::as_const(datastores))
                row.cells << cellFor(control, fw.id, name, byDatastore.value(name));
            row.status = summarize(row.cells);
            matrix.m_rows << row;
        }
    }
    return matrix;
}

const ComplianceRow *ComplianceMatrix::row(const QString &framework, const QString &control) const
{
    for (const ComplianceRow &r : m_rows) {
        if (r.framework == framework && r.control == control)
            return &r;
    }
    return nullptr;
}

const ComplianceCell *ComplianceMatrix::cell(const QString &framework, const QString &control,
                                             const QString &datastore) const
{
    const ComplianceRow *r = row(framework, control);
    if (!r)
        return nullptr;
    for (const ComplianceCell &c : r->cells) {
        if (c.datastore == datastore)
            return &c;
    }
    return nullptr;
}

QJsonArray ComplianceMatrix::toJson() const
{
    QJsonArray array;
    for (const ComplianceRow &r : m_rows) {
        QJsonObject datastores;
        QJsonArray evidence;
        for (const ComplianceCell &c : r.cells) {
            if (c.status == Status::NotApplicable)
                continue;
            QJsonObject cell { { QStringLiteral("status"), cellStatusName(c.status) },
                               { QStringLiteral("observedAt"),
                                 c.observedAt.isValid() ? c.observedAt.toUTC().toString(Qt::ISODate) : QString() } };
            if (!c.missing.isEmpty())
                cell.insert(QStringLiteral("missing"), QJsonArray::fromStringList(c.missing));
            datastores.insert(c.datastore, cell);
            for (const QString &line : c.evidence)
                evidence.append(QStringLiteral("%1: %2").arg(c.datastore, line));
        }
        QJsonObject row {
            { QStringLiteral("framework"), r.frameworkName },
            { QStringLiteral("frameworkId"), r.framework },
            { QStringLiteral("version"), r.version },
            { QStringLiteral("control"), r.control },
            { QStringLiteral("title"), r.title },
            { QStringLiteral("evidenceRequired"), r.evidenceRequired },
            { QStringLiteral("maxStatus"),
              r.maxStatusReason.isEmpty() ? QStringLiteral("pass") : QStringLiteral("partial") },
            { QStringLiteral("status"), cellStatusName(r.status) },
            { QStringLiteral("datastores"), datastores },
            { QStringLiteral("evidence"), evidence },
        };
        if (!r.maxStatusReason.isEmpty())
            row.insert(QStringLiteral("maxStatusReason"), r.maxStatusReason);
        if (!r.maxStatusKinds.isEmpty())
            row.insert(QStringLiteral("maxStatusKinds"), QJsonArray::fromStringList(r.maxStatusKinds));
        array.append(row);
    }
    return array;
}

} // namespace Audit
