// SPDX-License-Identifier: GPL-3.0-or-later
#include "fleetverdicts.h"

#include "audit/ruleset.h"

namespace FleetVerdicts {

namespace {

using Status = FleetRow::Status;

struct Area
{
    FleetModel::Column column;
    bool (*owns)(const Audit::Rule &rule);
    Status worst; ///< the most a failing rule can colour the cell
};

bool readsClaim(const Audit::Rule &rule)
{
    return rule.family == Audit::Family::Persistence && !rule.evidenceUsed.isEmpty()
        && rule.evidenceUsed.constFirst().startsWith(u"pvc.");
}

const Area kAreas[] = {
    { FleetModel::TlsColumn, [](const Audit::Rule &r) { return r.family == Audit::Family::Tls; }, Status::Warning },
    { FleetModel::CertificateColumn, [](const Audit::Rule &r) { return r.family == Audit::Family::Certificates; },
      Status::Bad },
    { FleetModel::PvcColumn, readsClaim, Status::Bad },
    { FleetModel::AuthenticationColumn,
      [](const Audit::Rule &r) {
          return r.family == Audit::Family::Authentication || r.family == Audit::Family::Secrets;
      },
      Status::Bad },
    { FleetModel::AuditColumn, [](const Audit::Rule &r) { return r.family == Audit::Family::AuditLogging; },
      Status::Bad },
    { FleetModel::PersistenceColumn, [](const Audit::Rule &r) { return r.family == Audit::Family::Persistence; },
      Status::Bad },
};

int rank(Status status)
{
    switch (status) {
    case Status::Bad:
        return 3;
    case Status::Warning:
        return 2;
    case Status::Good:
        return 1;
    case Status::Unknown:
    case Status::Pending:
        break;
    }
    return 0;
}

} // namespace

void apply(FleetRow &row)
{
    if (row.factStatus.isEmpty() && row.factToolTip.isEmpty()) {
        row.factStatus = row.cellStatus;
        row.factToolTip = row.cellToolTip;
    }
    if (!row.gradeDetail && row.findingList.isEmpty())
        return; // no audit yet: the facts speak alone
    for (const Area &area : kAreas) {
        const int column = area.column;
        QStringList failing;
        QStringList accepted;
        Status verdict = Status::Good;
        for (const Audit::Finding &finding : std::as_const(row.findingList)) {
            const Audit::Rule *rule = Audit::RuleSet::find(finding.ruleId);
            if (!rule || !area.owns(*rule))
                continue;
            if (finding.isAccepted()) {
                // Accepted by the policy: named, but it colours nothing (it costs no points either).
                accepted << FleetModel::tr("≈ %1 (%2), accepted: %3")
                                .arg(finding.ruleId, FleetModel::severityText(finding.severity),
                                     finding.acceptance->describe());
                continue;
            }
            const Status said = finding.severity <= Audit::Severity::High
                ? Status::Bad
                : (finding.severity <= Audit::Severity::Low ? Status::Warning : Status::Good);
            if (rank(said) > rank(verdict))
                verdict = said;
            failing << QStringLiteral("✗ %1 (%2): %3")
                           .arg(finding.ruleId, FleetModel::severityText(finding.severity), finding.title);
        }
        if (rank(verdict) > rank(area.worst))
            verdict = area.worst;
        const Status fact = row.factStatus.value(column, Status::Unknown);
        if (fact == Status::Pending)
            continue;
        row.cellStatus.insert(column, rank(verdict) > rank(fact) && !failing.isEmpty() ? verdict : fact);
        QString tip = row.factToolTip.value(column);
        if (!failing.isEmpty() || !accepted.isEmpty()) {
            tip += (tip.isEmpty() ? QString() : QStringLiteral("\n")) + (failing + accepted).join(u'\n');
        } else {
            QStringList checked;
            for (const Audit::Rule &rule : Audit::RuleSet::all()) {
                if (area.owns(rule) && rule.appliesTo(row.kind))
                    checked << rule.id;
            }
            if (!checked.isEmpty())
                tip += (tip.isEmpty() ? QString() : QStringLiteral("\n"))
                    + FleetModel::tr("✓ No finding from %1").arg(checked.join(QStringLiteral(", ")));
        }
        row.cellToolTip.insert(column, tip);
    }
}

QColor gradeColor(const QString &letter)
{
    if (letter.isEmpty())
        return {};
    switch (letter.at(0).toUpper().unicode()) {
    case u'A':
        return QColor(0x2e, 0x9d, 0x4a);
    case u'B':
        return QColor(0x8c, 0xb8, 0x2c);
    case u'C':
        return QColor(0xe0, 0xa8, 0x00);
    case u'D':
        return QColor(0xe0, 0x6c, 0x10);
    case u'F':
        return QColor(0xd0, 0x30, 0x30);
    default:
        break;
    }
    return {};
}

} // namespace FleetVerdicts
