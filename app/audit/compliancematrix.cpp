// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/compliancematrix.h"

#include <QJsonObject>

namespace Audit {

namespace {

using Status = ComplianceCell::Status;

ComplianceCell cellFor(const Control &control, const QString &framework, const QString &datastore,
                       const QList<const Assessment *> &checks)
{
    ComplianceCell cell;
    cell.framework = framework;
    cell.control = control.id;
    cell.datastore = datastore;
    if (!control.kinds.isEmpty()) {
        const std::optional<Kind> kind = checks.isEmpty() ? std::nullopt : checks.first()->kind;
        if (!kind || !control.kinds.contains(*kind))
            return cell; // NotApplicable: e.g. a CIS PostgreSQL item on Redis or on the fleet scope
    }
    int applicable = 0;
    int passed = 0;
    int notAssessed = 0;
    bool severeFailure = false;
    bool mildFailure = false;
    for (const Assessment *a : checks) {
        if (!control.ruleIds.contains(a->ruleId) || a->outcome.status == Outcome::Status::NotApplicable)
            continue;
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
            break;
        case Outcome::Status::NotApplicable:
            break;
        }
        const QString detail
            = a->outcome.status == Outcome::Status::NotAssessed ? a->outcome.reason : a->outcome.evidence.join(u"; ");
        cell.evidence << QStringLiteral("%1 %2: %3").arg(a->ruleId, status, detail);
    }
    if (applicable == 0)
        cell.status = Status::NotApplicable;
    else if (severeFailure)
        cell.status = Status::Fail;
    else if (mildFailure)
        cell.status = Status::Partial;
    else if (notAssessed == applicable)
        cell.status = Status::NotAssessed;
    else if (notAssessed > 0)
        cell.status = Status::Partial;
    else
        cell.status = passed == applicable ? Status::Pass : Status::Partial;
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
            datastores.insert(
                c.datastore,
                QJsonObject { { QStringLiteral("status"), cellStatusName(c.status) },
                              { QStringLiteral("observedAt"),
                                c.observedAt.isValid() ? c.observedAt.toUTC().toString(Qt::ISODate) : QString() } });
            for (const QString &line : c.evidence)
                evidence.append(QStringLiteral("%1: %2").arg(c.datastore, line));
        }
        array.append(QJsonObject {
            { QStringLiteral("framework"), r.frameworkName },
            { QStringLiteral("frameworkId"), r.framework },
            { QStringLiteral("version"), r.version },
            { QStringLiteral("control"), r.control },
            { QStringLiteral("title"), r.title },
            { QStringLiteral("status"), cellStatusName(r.status) },
            { QStringLiteral("datastores"), datastores },
            { QStringLiteral("evidence"), evidence },
        });
    }
    return array;
}

} // namespace Audit
