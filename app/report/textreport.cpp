// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/textreport.h"

#include "audit/checklist.h"
#include "report/report.h"

#include <QCoreApplication>
#include <QTextStream>

namespace Report {

namespace {

void writeFinding(QTextStream &stream, const Audit::Finding &finding)
{
    stream << QStringLiteral("  [%1] %2 %3: %4 (%5)\n")
                  .arg(Audit::severityName(finding.severity).toUpper(), -8)
                  .arg(finding.ruleId, -14)
                  .arg(finding.datastore, finding.title, basisLabel(finding.basis));
    if (finding.acceptance)
        stream << QStringLiteral("           ") << finding.acceptance->describe() << u'\n';
    if (!finding.remediation.isEmpty() && !finding.isAccepted())
        stream << QStringLiteral("           fix: ") << finding.remediation.section(u'\n', 0, 0) << u'\n';
}

} // namespace

QString policyLine(const Audit::Policy &policy)
{
    if (policy.isBuiltIn())
        return QCoreApplication::translate("Report", "Policy: built-in");
    return QCoreApplication::translate("Report", "Policy: %1 (SHA-256 %2)").arg(policy.path, policy.sha256);
}

QString renderText(const Fleet::Snapshot &snapshot, const Audit::Audit &audit)
{
    QString text;
    QTextStream stream(&text);
    if (snapshot.source == u"kubernetes")
        stream << QCoreApplication::translate("Report", "Namespace %1 (context %2, %3)").arg(snapshot.namespaceName, snapshot.context, snapshot.server);
    else
        stream << QCoreApplication::translate("Report", "Targets from %1").arg(snapshot.targetsFile);
    stream << u'\n' << QCoreApplication::translate("Report", "Scanned at %1").arg(snapshot.takenAt.toString(Qt::ISODate));
    stream << u'\n' << policyLine(audit.policy) << QStringLiteral("\n\n");
    const QString header = QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
                               .arg(QCoreApplication::translate("Report", "NAME"), -24)
                               .arg(QCoreApplication::translate("Report", "KIND"), -11)
                               .arg(QCoreApplication::translate("Report", "TLS"), -22)
                               .arg(QCoreApplication::translate("Report", "VERIFIED"), -9)
                               .arg(QCoreApplication::translate("Report", "CERT DAYS"), -10)
                               .arg(QCoreApplication::translate("Report", "AUTH"), -14)
                               .arg(QCoreApplication::translate("Report", "PLAINTEXT"));
    stream << header;
    for (const Fleet::DatastoreReport &report : snapshot.datastores) {
        QString tls = QCoreApplication::translate("Report", "unknown");
        QString verified = QStringLiteral("-");
        QString plaintext = QStringLiteral("-");
        if (report.tls) {
            QStringList accepted;
            for (const auto &version : report.tls->versions) {
                if (version.state == Probe::VersionState::Accepted)
                    accepted << Probe::tlsVersionName(version.version).mid(4); // "TLSv1.2" → "1.2"
            }
            tls = report.tls->tlsEnabled ? QStringLiteral("on (%1)").arg(accepted.join(u',')) : QCoreApplication::translate("Report", "off");
            verified = report.tls->tlsEnabled ? (report.tls->verified ? QCoreApplication::translate("Report", "yes") : QCoreApplication::translate("Report", "NO")) : QStringLiteral("-");
            std::optional<bool> plain = report.tls->plaintextAccepted;
            if (report.postgres && report.postgres->plaintextAccepted)
                plain = report.postgres->plaintextAccepted;
            plaintext = plain ? (*plain ? QCoreApplication::translate("Report", "accepted") : QCoreApplication::translate("Report", "refused")) : QCoreApplication::translate("Report", "unknown");
        }
        if (report.unreachable())
            tls = QCoreApplication::translate("Report", "DOWN (not reached)");
        const auto certificate = report.servedCertificate();
        stream << QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
                      .arg(report.name, -24)
                      .arg(Fleet::kindName(report.kind), -11)
                      .arg(tls, -22)
                      .arg(verified, -9)
                      .arg(certificate ? QString::number(certificate->daysLeft) : QStringLiteral("-"), -10)
                      .arg(report.authMethod(), -14)
                      .arg(plaintext);
        for (const QString &error : report.errors)
            stream << QStringLiteral("    ! ") << error << u'\n';
    }
    const Audit::Grade &fleet = audit.grade.fleet;
    stream << u'\n';
    if (fleet.score)
        stream << QCoreApplication::translate("Report", "Fleet grade: %1 (%2)  critical %3, high %4, medium %5, low %6")
                      .arg(fleet.letter, QString::number(*fleet.score, 'f', 1))
                      .arg(fleet.counts.value(Audit::Severity::Critical))
                      .arg(fleet.counts.value(Audit::Severity::High))
                      .arg(fleet.counts.value(Audit::Severity::Medium))
                      .arg(fleet.counts.value(Audit::Severity::Low));
    else
        stream << QCoreApplication::translate("Report", "Fleet grade: N/A (%1)").arg(fleet.reason);
    stream << u'\n';
    if (fleet.score && !fleet.coverage().isEmpty())
        stream << QCoreApplication::translate("Report", "Not in the grade: %1").arg(fleet.coverage()) << u'\n';
    if (fleet.accepted > 0)
        stream << QCoreApplication::translate("Report", "Accepted by the policy: %n failed check(s), not counted until they expire",
                                              nullptr, fleet.accepted)
               << u'\n';
    QList<Audit::Finding> open;
    QList<Audit::Finding> accepted;
    for (const Audit::Finding &finding : audit.findings)
        (finding.isAccepted() ? accepted : open) << finding;
    if (!open.isEmpty())
        stream << u'\n' << QCoreApplication::translate("Report", "Findings:") << u'\n';
    for (const Audit::Finding &finding : std::as_const(open))
        writeFinding(stream, finding);
    // Shown, not hidden: what the policy accepts, why and until when.
    if (!accepted.isEmpty())
        stream << u'\n' << QCoreApplication::translate("Report", "Accepted risks (not in the grade until they expire):") << u'\n';
    for (const Audit::Finding &finding : std::as_const(accepted))
        writeFinding(stream, finding);
    const QList<Audit::ChecklistItem> checklist = Audit::computeChecklist(snapshot, &audit);
    if (!checklist.isEmpty())
        stream << u'\n' << QCoreApplication::translate("Report", "Security validation checklist:") << u'\n';
    for (const Audit::ChecklistItem &item : checklist) {
        stream << QStringLiteral("  %1 %2").arg(Audit::checklistStatusKey(item.status), -15).arg(item.title);
        const QStringList failing = item.failing();
        if (!failing.isEmpty())
            stream << QStringLiteral(" — ") << QCoreApplication::translate("Report", "failing: %1").arg(failing.join(QStringLiteral(", ")));
        stream << u'\n';
    }
    for (const QString &note : snapshot.notes)
        stream << u'\n' << QCoreApplication::translate("Report", "note: %1").arg(note);
    if (!snapshot.notes.isEmpty())
        stream << u'\n';
    stream.flush();
    return text;
}

} // namespace Report
