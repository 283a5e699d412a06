// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/htmlreport.h"

#include "audit/checklist.h"
#include "audit/grader.h"
#include "report/report.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace Report {

namespace {

// Print-friendly, and within the CSS subset QTextDocument reads (the PDF is rendered from this same page).
const char16_t *const s_style = uR"(
body { font-family: "DejaVu Sans", "Helvetica", "Arial", sans-serif; font-size: 10pt; color: #1a1a1a; margin: 0 1.5em; }
h1 { font-size: 18pt; margin-bottom: 4pt; }
h2 { font-size: 14pt; margin-top: 16pt; border-bottom: 1px solid #888888; }
h3 { font-size: 11pt; margin-top: 10pt; }
table { border-collapse: collapse; margin-bottom: 6pt; }
th, td { border: 1px solid #999999; padding: 2px 4px; vertical-align: top; text-align: left; font-size: 9pt; }
th { background-color: #e8e8e8; }
table.meta th { width: 11em; }
pre { font-family: "DejaVu Sans Mono", monospace; font-size: 8pt; margin: 0; white-space: pre-wrap; }
code { font-family: "DejaVu Sans Mono", monospace; }
.grade { font-size: 28pt; font-weight: bold; }
.muted { color: #555555; }
.nowrap { white-space: nowrap; }
.sev-critical { background-color: #8b0000; color: #ffffff; font-weight: bold; }
.sev-high { background-color: #d9480f; color: #ffffff; font-weight: bold; }
.sev-medium { background-color: #f0c419; color: #1a1a1a; }
.sev-low { background-color: #cfe2f3; color: #1a1a1a; }
.sev-info { background-color: #eeeeee; color: #1a1a1a; }
.st-pass { background-color: #d3f0d3; }
.st-fail { background-color: #f6c6c6; font-weight: bold; }
.st-partial { background-color: #fbe7b0; }
.st-not-assessed { background-color: #e6e6e6; }
.st-not-applicable { color: #777777; }
.expired { background-color: #f6c6c6; font-weight: bold; }
.expiring { background-color: #fbe7b0; }
.warn { color: #8b0000; }
.accepted { color: #2b5797; font-style: italic; }
@page { size: A4; margin: 15mm; }
@media print { body { margin: 0; } h2 { page-break-after: avoid; } tr { page-break-inside: avoid; } }
)";

QString esc(const QString &text)
{
    return htmlEscaped(text);
}

QString severityLabel(Audit::Severity severity)
{
    switch (severity) {
    case Audit::Severity::Critical:
        return QCoreApplication::translate("Report", "critical");
    case Audit::Severity::High:
        return QCoreApplication::translate("Report", "high");
    case Audit::Severity::Medium:
        return QCoreApplication::translate("Report", "medium");
    case Audit::Severity::Low:
        return QCoreApplication::translate("Report", "low");
    case Audit::Severity::Info:
        return QCoreApplication::translate("Report", "info");
    }
    return {};
}

QString severityCell(Audit::Severity severity)
{
    return QStringLiteral("<td class=\"sev-%1 nowrap\">%2</td>")
        .arg(Audit::severityName(severity), esc(severityLabel(severity)));
}

QString statusLabel(Audit::ComplianceCell::Status status)
{
    switch (status) {
    case Audit::ComplianceCell::Status::Pass:
        return QCoreApplication::translate("Report", "pass");
    case Audit::ComplianceCell::Status::Fail:
        return QCoreApplication::translate("Report", "fail");
    case Audit::ComplianceCell::Status::Partial:
        return QCoreApplication::translate("Report", "partial");
    case Audit::ComplianceCell::Status::NotAssessed:
        return QCoreApplication::translate("Report", "not assessed");
    case Audit::ComplianceCell::Status::NotApplicable:
        return QCoreApplication::translate("Report", "n/a", "compliance status: not applicable");
    }
    return {};
}

QString statusCell(Audit::ComplianceCell::Status status)
{
    return QStringLiteral("<td class=\"st-%1 nowrap\">%2</td>")
        .arg(Audit::cellStatusName(status), esc(statusLabel(status)));
}

QString outcomeLabel(Audit::Outcome::Status status)
{
    switch (status) {
    case Audit::Outcome::Status::Pass:
        return QCoreApplication::translate("Report", "pass");
    case Audit::Outcome::Status::Fail:
        return QCoreApplication::translate("Report", "fail");
    case Audit::Outcome::Status::NotAssessed:
        return QCoreApplication::translate("Report", "not assessed");
    case Audit::Outcome::Status::NotApplicable:
        return QCoreApplication::translate("Report", "n/a", "check outcome: not applicable");
    }
    return {};
}

/** What a deduction is, in the console's words: the cap and what lifts it, not the formula's name. */
QString deductionKindLabel(const Audit::Deduction &deduction)
{
    switch (deduction.kind) {
    case Audit::Deduction::Kind::Failure:
        return QCoreApplication::translate("Report", "failed check");
    case Audit::Deduction::Kind::Ceiling:
        return QCoreApplication::translate("Report", "capped at %1 while a %2 finding is open")
            .arg(Audit::Grader::letterFor(Audit::Grader::ceiling(deduction.severity)), severityLabel(deduction.severity));
    case Audit::Deduction::Kind::FleetCap:
        return QCoreApplication::translate("Report", "fleet capped at %1 while a critical finding is open")
            .arg(Audit::Grader::letterFor(Audit::Grader::kFleetCriticalCap));
    }
    return {};
}

QString utcText(const QDateTime &time)
{
    if (!time.isValid())
        return QCoreApplication::translate("Report", "unknown");
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QStringLiteral(" UTC");
}

QString scoreText(const std::optional<double> &score)
{
    return score ? QString::number(*score, 'f', 1) : QCoreApplication::translate("Report", "no score");
}

QString th(const QString &text)
{
    return QStringLiteral("<th>") + esc(text) + QStringLiteral("</th>");
}

QString td(const QString &text, const QString &cls = QString())
{
    if (cls.isEmpty())
        return QStringLiteral("<td>") + esc(text) + QStringLiteral("</td>");
    return QStringLiteral("<td class=\"") + cls + QStringLiteral("\">") + esc(text) + QStringLiteral("</td>");
}

/** Opens a table the way both a browser and QTextDocument draw it: ruled, full width. */
QString tableOpen(const QString &cls = QString())
{
    QString open = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"");
    if (!cls.isEmpty())
        open += QStringLiteral(" class=\"") + cls + u'"';
    return open + u'>';
}

QString headerRow(const QStringList &labels)
{
    QString row = QStringLiteral("<thead><tr>");
    for (const QString &label : labels)
        row += th(label);
    return row + QStringLiteral("</tr></thead>\n");
}

QString keyText(const Probe::CertificateInfo &c)
{
    QString text = c.keyType;
    if (c.keyBits > 0)
        text += u' ' + QString::number(c.keyBits);
    if (!c.keyCurve.isEmpty())
        text += QStringLiteral(" (") + c.keyCurve + u')';
    return text;
}

QList<Probe::CertificateInfo> servedChain(const Fleet::DatastoreReport &report)
{
    if (report.tls && !report.tls->chain.isEmpty())
        return report.tls->chain;
    if (report.postgres && !report.postgres->chain.isEmpty())
        return report.postgres->chain;
    if (report.redis && !report.redis->chain.isEmpty())
        return report.redis->chain;
    return {};
}

class HtmlReport final
{
public:
    HtmlReport(const Fleet::Snapshot &snapshot, const Audit::Audit &audit, const RenderOptions &options)
        : m_snapshot(snapshot)
        , m_audit(audit)
        , m_options(options)
    { }

    QString render()
    {
        const QString title = htmlTitle(m_snapshot);
        m_sha256 = sha256Hex(snapshotJson(m_snapshot, m_audit, m_options.toolVersion));
        m_html += QStringLiteral("<!DOCTYPE html>\n<html lang=\"")
                  + esc(QCoreApplication::translate("Report", "en", "the language code of this translation, for <html lang>"))
                  + QStringLiteral("\">\n<head>\n<meta charset=\"utf-8\">\n<title>") + esc(title)
                  + QStringLiteral("</title>\n<style>") + QString::fromUtf16(s_style)
                  + QStringLiteral("</style>\n</head>\n<body>\n<h1>") + esc(title) + QStringLiteral("</h1>\n");
        summary();
        grade();
        datastores();
        findings();
        compliance();
        certificates();
        checklist();
        notes();
        footer();
        m_html += QStringLiteral("</body>\n</html>\n");
        return m_html;
    }

private:
    void summary()
    {
        m_html += tableOpen(QStringLiteral("meta"));
        auto row = [this](const QString &label, const QString &valueHtml) {
            m_html += QStringLiteral("<tr>") + th(label) + QStringLiteral("<td>") + valueHtml
                      + QStringLiteral("</td></tr>\n");
        };
        row(QCoreApplication::translate("Report", "Scope"), esc(scopeDescription(m_snapshot)));
        if (m_snapshot.source == u"kubernetes") {
            row(QCoreApplication::translate("Report", "Cluster"), esc(m_snapshot.server));
            row(QCoreApplication::translate("Report", "Context"), esc(m_snapshot.context));
        }
        row(QCoreApplication::translate("Report", "Scanned at"), esc(utcText(m_snapshot.takenAt)));
        row(QCoreApplication::translate("Report", "Report generated at"), esc(utcText(m_options.generatedAt)));
        row(QCoreApplication::translate("Report", "Generated by"), esc(QCoreApplication::translate("Report", "Proofer %1").arg(m_options.toolVersion)));
        row(QCoreApplication::translate("Report", "Datastores"), esc(QString::number(m_snapshot.datastores.size())));
        row(QCoreApplication::translate("Report", "Fleet grade"), QStringLiteral("<b>") + esc(m_audit.grade.fleet.letter) + QStringLiteral("</b> (")
                                   + esc(scoreText(m_audit.grade.fleet.score)) + u')');
        row(QCoreApplication::translate("Report", "Policy"),
            m_audit.policy.isBuiltIn()
                ? esc(QCoreApplication::translate("Report", "built-in"))
                : esc(m_audit.policy.path) + QStringLiteral(" (SHA-256 <code>") + esc(m_audit.policy.sha256)
                      + QStringLiteral("</code>)"));
        row(QCoreApplication::translate("Report", "Snapshot SHA-256"),
            QStringLiteral("<code>") + m_sha256 + QStringLiteral("</code>"));
        m_html += QStringLiteral("</table>\n");
    }

    void grade()
    {
        const Audit::Grade &fleet = m_audit.grade.fleet;
        m_html += QStringLiteral("<h2>") + esc(QCoreApplication::translate("Report", "Fleet grade")) + QStringLiteral("</h2>\n");
        m_html += QStringLiteral("<p><span class=\"grade\">") + esc(fleet.letter) + QStringLiteral("</span> ")
                  + esc(QCoreApplication::translate("Report", "score %1 of 100").arg(scoreText(fleet.score))) + QStringLiteral("</p>\n");
        if (!fleet.score && !fleet.reason.isEmpty())
            m_html += QStringLiteral("<p class=\"warn\">") + esc(QCoreApplication::translate("Report", "No grade: %1").arg(fleet.reason))
                      + QStringLiteral("</p>\n");
        if (fleet.score && !fleet.coverage().isEmpty())
            m_html += QStringLiteral("<p class=\"warn\">") + esc(QCoreApplication::translate("Report", "Not in the grade: %1").arg(fleet.coverage()))
                      + QStringLiteral("</p>\n");
        m_html += tableOpen()
                  + headerRow({QCoreApplication::translate("Report", "Critical"), QCoreApplication::translate("Report", "High"), QCoreApplication::translate("Report", "Medium"), QCoreApplication::translate("Report", "Low"), QCoreApplication::translate("Report", "Info")})
                  + QStringLiteral("<tr>");
        for (Audit::Severity s : {Audit::Severity::Critical, Audit::Severity::High, Audit::Severity::Medium,
                                  Audit::Severity::Low, Audit::Severity::Info})
            m_html += td(QString::number(fleet.counts.value(s)));
        m_html += QStringLiteral("</tr></table>\n");

        m_html += QStringLiteral("<h3>") + esc(QCoreApplication::translate("Report", "Deductions")) + QStringLiteral("</h3>\n");
        if (fleet.deductions.isEmpty()) {
            m_html += QStringLiteral("<p>") + esc(QCoreApplication::translate("Report", "No deduction: every assessed check passed.")) + QStringLiteral("</p>\n");
        } else {
            m_html += QStringLiteral("<p class=\"muted\">")
                      + esc(QCoreApplication::translate("Report", "Each failed check costs its weight over the datastore's assessed weight, scaled by "
                               "the datastore's weight in the fleet; see docs/grading.md."))
                      + QStringLiteral("</p>\n");
            m_html += tableOpen()
                      + headerRow({QCoreApplication::translate("Report", "Rule"), QCoreApplication::translate("Report", "Datastore"), QCoreApplication::translate("Report", "Severity"), QCoreApplication::translate("Report", "Kind"), QCoreApplication::translate("Report", "Points")});
            double total = 0.0;
            for (const Audit::Deduction &d : fleet.deductions) {
                total += d.points;
                m_html += QStringLiteral("<tr>") + td(d.ruleId, QStringLiteral("nowrap")) + td(d.datastore)
                          + severityCell(d.severity) + td(deductionKindLabel(d))
                          + td(QString::number(d.points, 'f', 2)) + QStringLiteral("</tr>\n");
            }
            m_html += QStringLiteral("<tr><th colspan=\"4\">") + esc(QCoreApplication::translate("Report", "Total"))
                      + QStringLiteral("</th>") + td(QString::number(total, 'f', 2)) + QStringLiteral("</tr>\n");
            m_html += QStringLiteral("</table>\n");
        }

        m_html += QStringLiteral("<h3>") + esc(QCoreApplication::translate("Report", "Grades per datastore")) + QStringLiteral("</h3>\n");
        m_html += tableOpen()
                  + headerRow({QCoreApplication::translate("Report", "Datastore"), QCoreApplication::translate("Report", "Grade"), QCoreApplication::translate("Report", "Score"), QCoreApplication::translate("Report", "Critical"), QCoreApplication::translate("Report", "High"), QCoreApplication::translate("Report", "Medium"),
                               QCoreApplication::translate("Report", "Low"), QCoreApplication::translate("Report", "Not assessed")});
        for (const Audit::Grade &g : m_audit.grade.datastores) {
            m_html += QStringLiteral("<tr>") + td(g.subject) + td(g.letter, QStringLiteral("nowrap"))
                      + td(scoreText(g.score)) + td(QString::number(g.counts.value(Audit::Severity::Critical)))
                      + td(QString::number(g.counts.value(Audit::Severity::High)))
                      + td(QString::number(g.counts.value(Audit::Severity::Medium)))
                      + td(QString::number(g.counts.value(Audit::Severity::Low))) + td(QString::number(g.notAssessed))
                      + QStringLiteral("</tr>\n");
        }
        m_html += QStringLiteral("</table>\n");
    }

    void datastores()
    {
        m_html += QStringLiteral("<h2>") + esc(QCoreApplication::translate("Report", "Datastores")) + QStringLiteral("</h2>\n");
        m_html += tableOpen()
                  + headerRow({QCoreApplication::translate("Report", "Name"), QCoreApplication::translate("Report", "Kind"), QCoreApplication::translate("Report", "Endpoint"), QCoreApplication::translate("Report", "TLS"), QCoreApplication::translate("Report", "Verified"), QCoreApplication::translate("Report", "Authentication"),
                               QCoreApplication::translate("Report", "Plaintext"), QCoreApplication::translate("Report", "Errors")});
        for (const Fleet::DatastoreReport &report : m_snapshot.datastores) {
            QString tls = QCoreApplication::translate("Report", "unknown");
            QString verified = QStringLiteral("-");
            QString plaintext = QCoreApplication::translate("Report", "unknown");
            if (report.tls) {
                QStringList accepted;
                for (const Probe::VersionResult &version : report.tls->versions) {
                    if (version.state == Probe::VersionState::Accepted)
                        accepted << Probe::tlsVersionName(version.version);
                }
                tls = report.tls->tlsEnabled ? QCoreApplication::translate("Report", "on: %1").arg(accepted.join(QStringLiteral(", "))) : QCoreApplication::translate("Report", "off");
                if (report.tls->tlsEnabled) {
                    verified = report.tls->verified ? QCoreApplication::translate("Report", "yes") : QCoreApplication::translate("Report", "no");
                    if (!report.tls->verified && !report.tls->verifyError.isEmpty())
                        verified += QStringLiteral(" (") + report.tls->verifyError + u')';
                }
                std::optional<bool> plain = report.tls->plaintextAccepted;
                if (report.postgres && report.postgres->plaintextAccepted)
                    plain = report.postgres->plaintextAccepted;
                if (plain)
                    plaintext = *plain ? QCoreApplication::translate("Report", "accepted") : QCoreApplication::translate("Report", "refused");
            }
            QString errors;
            for (const QString &error : report.errors)
                errors += (errors.isEmpty() ? QString() : QStringLiteral("<br>")) + esc(error);
            m_html += QStringLiteral("<tr>") + td(report.name) + td(Fleet::kindName(report.kind))
                      + td(report.endpoint) + td(tls) + td(verified) + td(report.authMethod()) + td(plaintext)
                      + QStringLiteral("<td>") + errors + QStringLiteral("</td></tr>\n");
        }
        m_html += QStringLiteral("</table>\n");
    }

    void findingTable(const QList<Audit::Finding> &findings)
    {
        m_html += tableOpen()
                  + headerRow({QCoreApplication::translate("Report", "Severity"), QCoreApplication::translate("Report", "ID"), QCoreApplication::translate("Report", "Finding"), QCoreApplication::translate("Report", "Evidence"), QCoreApplication::translate("Report", "Basis"), QCoreApplication::translate("Report", "Remediation")});
        for (const Audit::Finding &f : findings) {
            QString evidence;
            for (const QString &line : f.evidence)
                evidence += (evidence.isEmpty() ? QString() : QStringLiteral("<br>")) + esc(line);
            QString remediation;
            if (!f.remediation.isEmpty())
                remediation = QStringLiteral("<pre>") + esc(f.remediation) + QStringLiteral("</pre>");
            if (!f.references.isEmpty())
                remediation += QStringLiteral("<p class=\"muted\">") + esc(f.references.join(QStringLiteral("; ")))
                               + QStringLiteral("</p>");
            // Accepted risks stay in the table, saying so, why, who approved and until when (or that it expired).
            QString title = esc(f.title);
            if (f.acceptance)
                title += QStringLiteral("<br><span class=\"") + (f.isAccepted() ? QStringLiteral("accepted") : QStringLiteral("warn"))
                         + QStringLiteral("\">") + esc(f.acceptance->describe()) + QStringLiteral("</span>");
            m_html += QStringLiteral("<tr>") + severityCell(f.severity) + td(f.ruleId, QStringLiteral("nowrap"))
                      + QStringLiteral("<td>") + title + QStringLiteral("</td><td>") + evidence + QStringLiteral("</td>") + td(basisLabel(f.basis))
                      + QStringLiteral("<td>") + remediation
                      + QStringLiteral("</td></tr>\n");
        }
        m_html += QStringLiteral("</table>\n");
    }

    /** Every check of @p datastore: its outcome, the basis and the evidence (or why it was not assessed). */
    void checkTable(const QString &datastore)
    {
        QString rows;
        for (const Audit::Assessment &a : m_audit.assessments) {
            if (a.datastore != datastore)
                continue;
            QString evidence;
            QStringList lines = a.outcome.isAssessed() ? a.outcome.evidence : QStringList{a.outcome.reason};
            if (a.acceptance)
                lines << a.acceptance->describe();
            for (const QString &line : std::as_const(lines))
                evidence += (evidence.isEmpty() ? QString() : QStringLiteral("<br>")) + esc(line);
            const QString outcome = a.isAccepted()
                ? QCoreApplication::translate("Report", "%1 (accepted)").arg(outcomeLabel(a.outcome.status))
                : outcomeLabel(a.outcome.status);
            rows += QStringLiteral("<tr>") + td(a.ruleId, QStringLiteral("nowrap"))
                    + td(outcome, QStringLiteral("st-") + Audit::statusName(a.outcome.status))
                    + td(basisLabel(a.basis)) + QStringLiteral("<td>") + evidence + QStringLiteral("</td></tr>\n");
        }
        if (rows.isEmpty())
            return;
        m_html += QStringLiteral("<p class=\"muted\">")
                  + esc(QCoreApplication::translate("Report", "Every check, with its basis: observed (the live datastore), read (server settings, "
                           "Kubernetes objects), inferred (derived from other facts), attested (the policy says so)."))
                  + QStringLiteral("</p>\n");
        m_html += tableOpen()
                  + headerRow({QCoreApplication::translate("Report", "Check"), QCoreApplication::translate("Report", "Outcome"),
                               QCoreApplication::translate("Report", "Basis"), QCoreApplication::translate("Report", "Evidence or reason")})
                  + rows + QStringLiteral("</table>\n");
    }

    void findings()
    {
        m_html += QStringLiteral("<h2>") + esc(QCoreApplication::translate("Report", "Findings")) + QStringLiteral("</h2>\n");
        m_html += QStringLiteral("<p>")
                  + esc(QCoreApplication::translate("Report", "%n finding(s), most severe first.", nullptr, int(m_audit.findings.size())))
                  + QStringLiteral("</p>\n");
        if (m_audit.grade.fleet.accepted > 0)
            m_html += QStringLiteral("<p class=\"accepted\">")
                      + esc(QCoreApplication::translate("Report", "%n of them accepted by the policy: shown with the justification, "
                                                                  "not counted in the grade until they expire.",
                                                        nullptr, m_audit.grade.fleet.accepted))
                      + QStringLiteral("</p>\n");
        QSet<QString> names;
        for (const Fleet::DatastoreReport &report : m_snapshot.datastores) {
            names.insert(report.name);
            QList<Audit::Finding> own;
            for (const Audit::Finding &f : m_audit.findings) {
                if (f.datastore == report.name)
                    own << f;
            }
            QString heading = report.name;
            if (const Audit::Grade *g = m_audit.grade.datastore(report.name))
                heading = QCoreApplication::translate("Report", "%1: grade %2 (%3)").arg(report.name, g->letter, scoreText(g->score));
            m_html += QStringLiteral("<h3>") + esc(heading) + QStringLiteral("</h3>\n");
            if (report.unreachable())
                m_html += QStringLiteral("<p class=\"warn\">")
                          + esc(QCoreApplication::translate("Report", "Down: not reached (%1). Not in the grade.").arg(report.notReachedReason()))
                          + QStringLiteral("</p>\n");
            if (own.isEmpty())
                m_html += QStringLiteral("<p>") + esc(QCoreApplication::translate("Report", "No finding.")) + QStringLiteral("</p>\n");
            else
                findingTable(own);
            checkTable(report.name);
        }
        QList<Audit::Finding> fleetWide;
        for (const Audit::Finding &f : m_audit.findings) {
            if (!names.contains(f.datastore))
                fleetWide << f;
        }
        if (!fleetWide.isEmpty()) {
            m_html += QStringLiteral("<h3>") + esc(QCoreApplication::translate("Report", "Fleet-wide")) + QStringLiteral("</h3>\n");
            findingTable(fleetWide);
        }
    }

    void compliance()
    {
        m_html += QStringLiteral("<h2>") + esc(QCoreApplication::translate("Report", "Compliance matrix")) + QStringLiteral("</h2>\n");
        if (!m_audit.complianceError.isEmpty())
            m_html += QStringLiteral("<p class=\"warn\">") + esc(m_audit.complianceError) + QStringLiteral("</p>\n");
        if (m_audit.compliance.rows().isEmpty()) {
            m_html += QStringLiteral("<p>") + esc(QCoreApplication::translate("Report", "No compliance control was evaluated.")) + QStringLiteral("</p>\n");
            return;
        }
        m_html += QStringLiteral("<p class=\"muted\">")
                  + esc(QCoreApplication::translate("Report", "pass: every applicable check passed on evidence for that datastore; fail: a critical or "
                           "high check failed; partial: only lesser checks failed, some could not be assessed, or what "
                           "can be observed shows a capability but not the control itself (see what each control "
                           "requires as evidence); not assessed: nothing could be observed; n/a: the control does not "
                           "concern this kind of datastore."))
                  + QStringLiteral("</p>\n");
        QString framework;
        QStringList columns;
        auto close = [this, &framework]() {
            if (!framework.isEmpty())
                m_html += QStringLiteral("</table>\n");
        };
        for (const Audit::ComplianceRow &row : m_audit.compliance.rows()) {
            if (row.framework != framework) {
                close();
                framework = row.framework;
                columns.clear();
                for (const Audit::ComplianceCell &cell : row.cells)
                    columns << cell.datastore;
                QString heading = row.frameworkName.isEmpty() ? row.framework : row.frameworkName;
                if (!row.version.isEmpty())
                    heading += u' ' + row.version;
                m_html += QStringLiteral("<h3>") + esc(heading) + QStringLiteral("</h3>\n");
                m_html += tableOpen() + headerRow(QStringList{QCoreApplication::translate("Report", "Control"), QCoreApplication::translate("Report", "Title"), QCoreApplication::translate("Report", "Fleet")} + columns);
            }
            QString title = QStringLiteral("<td>") + esc(row.title);
            if (!row.evidenceRequired.isEmpty())
                title += QStringLiteral("<br><span class=\"muted\">")
                         + esc(QCoreApplication::translate("Report", "Evidence required: %1").arg(row.evidenceRequired))
                         + QStringLiteral("</span>");
            if (!row.maxStatusReason.isEmpty())
                title += QStringLiteral("<br><span class=\"muted\">")
                         + esc(QCoreApplication::translate("Report", "At best partial: %1").arg(row.maxStatusReason))
                         + QStringLiteral("</span>");
            title += QStringLiteral("</td>");
            m_html += QStringLiteral("<tr>") + td(row.control, QStringLiteral("nowrap")) + title + statusCell(row.status);
            for (const QString &datastore : std::as_const(columns)) {
                const auto cell = std::find_if(row.cells.cbegin(), row.cells.cend(),
                                               [&](const Audit::ComplianceCell &c) { return c.datastore == datastore; });
                m_html += cell == row.cells.cend() ? statusCell(Audit::ComplianceCell::Status::NotApplicable)
                                                   : statusCell(cell->status);
            }
            m_html += QStringLiteral("</tr>\n");
        }
        close();
    }

    /** The platform's security validation checklist, computed by the engine from this snapshot and audit. */
    void checklist()
    {
        m_html += QStringLiteral("<h2>") + esc(QCoreApplication::translate("Report", "Security validation checklist"))
                  + QStringLiteral("</h2>\n");
        m_html += tableOpen()
                  + headerRow({QCoreApplication::translate("Report", "Check"), QCoreApplication::translate("Report", "Status"),
                               QCoreApplication::translate("Report", "Failing"), QCoreApplication::translate("Report", "Evidence")});
        for (const Audit::ChecklistItem &item : Audit::computeChecklist(m_snapshot, &m_audit)) {
            QStringList evidence;
            for (const Audit::ChecklistItem::Result &result : item.results) {
                if (result.status != Audit::ChecklistItem::Status::Pass && !result.evidence.isEmpty())
                    evidence << result.datastore + QStringLiteral(": ") + result.evidence.join(QStringLiteral("; "));
            }
            m_html += QStringLiteral("<tr>") + td(item.title) + statusCell(item.status)
                      + td(item.failing().join(QStringLiteral(", "))) + td(evidence.mid(0, 5).join(u'\n'))
                      + QStringLiteral("</tr>\n");
        }
        m_html += QStringLiteral("</table>\n");
    }

    void certificates()
    {
        m_html += QStringLiteral("<h2>") + esc(QCoreApplication::translate("Report", "Certificates")) + QStringLiteral("</h2>\n");
        bool any = false;
        for (const Fleet::DatastoreReport &report : m_snapshot.datastores)
            any = any || !servedChain(report).isEmpty();
        if (!any) {
            m_html += QStringLiteral("<p>") + esc(QCoreApplication::translate("Report", "No datastore presented a certificate.")) + QStringLiteral("</p>\n");
            return;
        }
        m_html += tableOpen()
                  + headerRow({QCoreApplication::translate("Report", "Datastore"), QCoreApplication::translate("Report", "Role"), QCoreApplication::translate("Report", "Subject"), QCoreApplication::translate("Report", "Issuer"), QCoreApplication::translate("Report", "Not after"),
                               QCoreApplication::translate("Report", "Days left"), QCoreApplication::translate("Report", "Key"), QCoreApplication::translate("Report", "Signature")});
        for (const Fleet::DatastoreReport &report : m_snapshot.datastores) {
            const QList<Probe::CertificateInfo> chain = servedChain(report);
            for (qsizetype i = 0; i < chain.size(); ++i) {
                const Probe::CertificateInfo &c = chain.at(i);
                const QString role = i == 0 ? QCoreApplication::translate("Report", "server") : (c.isCa ? QCoreApplication::translate("Report", "CA") : QCoreApplication::translate("Report", "intermediate"));
                const QString daysClass = c.daysLeft < 0  ? QStringLiteral("expired")
                                          : c.daysLeft < 90 ? QStringLiteral("expiring")
                                                            : QString();
                m_html += QStringLiteral("<tr>") + td(report.name) + td(role) + td(c.subject) + td(c.issuer)
                          + td(utcText(c.notAfter), QStringLiteral("nowrap")) + td(QString::number(c.daysLeft), daysClass)
                          + td(keyText(c)) + td(c.signatureAlgorithm) + QStringLiteral("</tr>\n");
            }
        }
        m_html += QStringLiteral("</table>\n");
    }

    void notes()
    {
        if (m_snapshot.notes.isEmpty())
            return;
        m_html += QStringLiteral("<h2>") + esc(QCoreApplication::translate("Report", "Notes")) + QStringLiteral("</h2>\n<ul>\n");
        for (const QString &note : m_snapshot.notes)
            m_html += QStringLiteral("<li>") + esc(note) + QStringLiteral("</li>\n");
        m_html += QStringLiteral("</ul>\n");
    }

    void footer()
    {
        m_html += QStringLiteral("<h2>") + esc(QCoreApplication::translate("Report", "Integrity")) + QStringLiteral("</h2>\n<p>")
                  + esc(QCoreApplication::translate("Report", "This report was rendered from the audited snapshot whose SHA-256 is:"))
                  + QStringLiteral("</p>\n<p><code>") + m_sha256
                  + QStringLiteral("</code></p>\n<p class=\"muted\">")
                  + esc(QCoreApplication::translate("Report", "That snapshot is the output of \"proofer scan --format json\" for this scan, also kept in "
                           "Proofer's scan history; \"sha256sum\" on the file prints the same value."))
                  + QStringLiteral("</p>\n");
    }

    const Fleet::Snapshot &m_snapshot;
    const Audit::Audit &m_audit;
    const RenderOptions &m_options;
    QString m_sha256;
    QString m_html;
};

} // namespace

QString htmlEscaped(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size() + text.size() / 8);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'<':
            escaped += QStringLiteral("&lt;");
            break;
        case u'>':
            escaped += QStringLiteral("&gt;");
            break;
        case u'&':
            escaped += QStringLiteral("&amp;");
            break;
        case u'"':
            escaped += QStringLiteral("&quot;");
            break;
        case u'\'':
            escaped += QStringLiteral("&#39;");
            break;
        case u'\t':
        case u'\n':
            escaped += c;
            break;
        default:
            // Control characters from a hostile server would make the page ill-formed: show a replacement.
            escaped += c.unicode() < 0x20 || c.unicode() == 0x7f ? QChar(QChar::ReplacementCharacter) : c;
        }
    }
    return escaped;
}

QString htmlTitle(const Fleet::Snapshot &snapshot)
{
    return QCoreApplication::translate("Report", "Proofer evidence pack: %1").arg(scopeDescription(snapshot));
}

QString renderHtml(const Fleet::Snapshot &snapshot, const Audit::Audit &audit, const RenderOptions &options)
{
    return HtmlReport(snapshot, audit, options).render();
}

} // namespace Report
