// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/sarifreport.h"

#include "audit/ruleset.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Report {

namespace {

// The published schema of SARIF 2.1.0 with its errata (tests/fixtures/sarif/ keeps a copy the tests validate against).
const QLatin1StringView s_schema("https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json");
// partialFingerprints keys are versioned: a change of what is hashed gets a new key, never new values under the old.
const QLatin1StringView s_fingerprintKey("prooferFinding/v1");

QJsonObject text(const QString &value)
{
    return {{QStringLiteral("text"), value}};
}

/** "TLS older than 1.2 is accepted" → "TLSOlderThan12IsAccepted": SARIF's rule name, from the untranslated title. */
QString ruleName(const Audit::Rule &rule)
{
    QString name;
    bool wordStart = true;
    for (const QChar c : QString::fromUtf8(rule.titleSource)) {
        if (!c.isLetterOrNumber() || c.unicode() > 0x7f) {
            wordStart = true;
            continue;
        }
        name += wordStart ? c.toUpper() : c;
        wordStart = false;
    }
    return name.isEmpty() ? rule.id : name;
}

/** GitHub's security-severity: critical ≥ 9.0, high 7.0–8.9, medium 4.0–6.9, low 0.1–3.9. */
QString securitySeverity(Audit::Severity severity)
{
    switch (severity) {
    case Audit::Severity::Critical:
        return QStringLiteral("9.5");
    case Audit::Severity::High:
        return QStringLiteral("8.0");
    case Audit::Severity::Medium:
        return QStringLiteral("5.5");
    case Audit::Severity::Low:
        return QStringLiteral("3.0");
    case Audit::Severity::Info:
        return QStringLiteral("0.0");
    }
    return {};
}

/** The remediation of every kind the rule applies to; kinds with the same text share one line. */
QList<QPair<QString, QString>> remediations(const Audit::Rule &rule)
{
    QList<QPair<QString, QString>> byText; // (kinds, text)
    if (rule.scope == Audit::Scope::Fleet || rule.remediationByKind.isEmpty()) {
        byText.append({QString(), rule.remediation()});
        return byText;
    }
    for (const Audit::Kind kind : rule.kinds) {
        const QString fix = rule.remediation(kind);
        auto same = std::find_if(byText.begin(), byText.end(), [&](const auto &entry) { return entry.second == fix; });
        if (same != byText.end())
            same->first += QStringLiteral(", ") + Fleet::kindDisplayName(kind);
        else
            byText.append({Fleet::kindDisplayName(kind), fix});
    }
    return byText;
}

QJsonObject ruleJson(const Audit::Rule &rule)
{
    QStringList kinds;
    for (const Audit::Kind kind : rule.kinds)
        kinds << Fleet::kindDisplayName(kind);
    const QString appliesTo = rule.scope == Audit::Scope::Fleet
        ? QCoreApplication::translate("Report", "the namespace (or targets file) as a whole")
        : kinds.join(QStringLiteral(", "));
    QString full = QCoreApplication::translate("Report", "%1. Severity %2; checked on %3.")
                       .arg(rule.title(), Audit::severityName(rule.severity), appliesTo);
    if (!rule.evidenceUsed.isEmpty())
        full += u' ' + QCoreApplication::translate("Report", "Reads: %1.").arg(rule.evidenceUsed.join(QStringLiteral(", ")));

    QString helpText;
    QString helpMarkdown = QStringLiteral("**") + rule.title() + QStringLiteral("**\n\n");
    for (const auto &[kindsOf, fix] : remediations(rule)) {
        if (fix.isEmpty())
            continue;
        const QString label = kindsOf.isEmpty() ? QCoreApplication::translate("Report", "Fix")
                                                : QCoreApplication::translate("Report", "Fix (%1)").arg(kindsOf);
        helpText += label + QStringLiteral(": ") + fix + u'\n';
        helpMarkdown += label + QStringLiteral(":\n\n```\n") + fix + QStringLiteral("\n```\n\n");
    }
    if (!rule.references.isEmpty()) {
        const QString references = QCoreApplication::translate("Report", "References: %1")
                                       .arg(rule.references.join(QStringLiteral("; ")));
        helpText += references + u'\n';
        helpMarkdown += references + u'\n';
    }
    QJsonArray tags{QStringLiteral("security"), Audit::familyName(rule.family)};
    return {
        {QStringLiteral("id"), rule.id},
        {QStringLiteral("name"), ruleName(rule)},
        {QStringLiteral("shortDescription"), text(rule.title())},
        {QStringLiteral("fullDescription"), text(full)},
        {QStringLiteral("help"), QJsonObject{{QStringLiteral("text"), helpText.trimmed()},
                                             {QStringLiteral("markdown"), helpMarkdown.trimmed()}}},
        {QStringLiteral("defaultConfiguration"), QJsonObject{{QStringLiteral("level"), sarifLevel(rule.severity)}}},
        {QStringLiteral("properties"), QJsonObject{{QStringLiteral("tags"), tags},
                                                   {QStringLiteral("severity"), Audit::severityName(rule.severity)},
                                                   {QStringLiteral("security-severity"), securitySeverity(rule.severity)}}},
    };
}

QJsonObject locationJson(const Fleet::Snapshot &snapshot, const QString &subject)
{
    const bool datastore = isDatastore(snapshot, subject);
    const QString qualified = qualifiedName(snapshot, subject);
    const QJsonObject logical{
        {QStringLiteral("name"), datastore ? subject : scopeName(snapshot)},
        {QStringLiteral("fullyQualifiedName"), qualified},
        {QStringLiteral("kind"), datastore ? QStringLiteral("resource") : QStringLiteral("namespace")},
    };
    // Not a file: GitHub code scanning refuses a result without an artifact location, so the datastore's name is one.
    const QJsonObject physical{
        {QStringLiteral("artifactLocation"), QJsonObject{{QStringLiteral("uri"), qualified}}},
    };
    return {
        {QStringLiteral("physicalLocation"), physical},
        {QStringLiteral("logicalLocations"), QJsonArray{logical}},
    };
}

QJsonObject resultJson(const Fleet::Snapshot &snapshot, const Audit::Finding &finding, qsizetype ruleIndex)
{
    const bool datastore = isDatastore(snapshot, finding.datastore);
    const QString where = qualifiedName(snapshot, finding.datastore);
    QString message = QCoreApplication::translate("Report", "%1 (%2)").arg(finding.title.isEmpty() ? finding.ruleId : finding.title, where);
    if (!finding.evidence.isEmpty())
        message += QStringLiteral(": ") + finding.evidence.join(QStringLiteral("; "));
    QJsonObject properties{
        {QStringLiteral("severity"), Audit::severityName(finding.severity)},
        {QStringLiteral("basis"), Audit::basisName(finding.basis)},
        {QStringLiteral("remediation"), finding.remediation},
    };
    if (finding.observedAt.isValid())
        properties.insert(QStringLiteral("observedAt"), finding.observedAt.toUTC().toString(Qt::ISODate));
    if (finding.acceptance) {
        properties.insert(QStringLiteral("acceptance"), finding.acceptance->toJson());
        // An expired acceptance is a finding again: its message says so, beside the evidence.
        if (finding.acceptance->expired)
            message += QStringLiteral(" (") + finding.acceptance->describe() + u')';
    }
    QJsonObject result{
        {QStringLiteral("ruleId"), finding.ruleId},
        {QStringLiteral("kind"), QStringLiteral("fail")},
        {QStringLiteral("level"), sarifLevel(finding.severity)},
        {QStringLiteral("message"), text(message)},
        {QStringLiteral("locations"), QJsonArray{locationJson(snapshot, finding.datastore)}},
        {QStringLiteral("partialFingerprints"),
         QJsonObject{{s_fingerprintKey, findingFingerprint(finding.ruleId, scopeName(snapshot),
                                                           datastore ? finding.datastore : QString())}}},
        {QStringLiteral("properties"), properties},
    };
    if (ruleIndex >= 0)
        result.insert(QStringLiteral("ruleIndex"), int(ruleIndex));
    // Accepted by the policy: shown as suppressed (GitHub code scanning closes it as dismissed), never left out.
    if (finding.isAccepted()) {
        const Audit::Acceptance &acceptance = *finding.acceptance;
        result.insert(QStringLiteral("suppressions"),
                      QJsonArray{QJsonObject{
                          {QStringLiteral("kind"), QStringLiteral("external")},
                          {QStringLiteral("status"), QStringLiteral("accepted")},
                          {QStringLiteral("justification"), acceptance.describe()},
                          {QStringLiteral("properties"),
                           QJsonObject{{QStringLiteral("approvedBy"), acceptance.approvedBy},
                                       {QStringLiteral("expires"), acceptance.expires.toString(Qt::ISODate)}}},
                      }});
    }
    return result;
}

/** What kept the scan from a verdict: datastores not reached (errors) and the snapshot's notes (warnings). */
QJsonArray notificationsJson(const Fleet::Snapshot &snapshot)
{
    QJsonArray notifications;
    for (const Fleet::DatastoreReport &report : snapshot.datastores) {
        const QString reason = report.notReachedReason();
        if (reason.isEmpty())
            continue;
        notifications.append(QJsonObject{
            {QStringLiteral("level"), QStringLiteral("error")},
            {QStringLiteral("message"),
             text(QCoreApplication::translate("Report", "%1 was not reached, its live checks are not assessed: %2")
                      .arg(qualifiedName(snapshot, report.name), reason))},
            {QStringLiteral("locations"), QJsonArray{locationJson(snapshot, report.name)}},
        });
    }
    for (const QString &note : snapshot.notes)
        notifications.append(QJsonObject{{QStringLiteral("level"), QStringLiteral("warning")},
                                         {QStringLiteral("message"), text(note)}});
    return notifications;
}

} // namespace

QString sarifLevel(Audit::Severity severity)
{
    switch (severity) {
    case Audit::Severity::Critical:
    case Audit::Severity::High:
        return QStringLiteral("error");
    case Audit::Severity::Medium:
        return QStringLiteral("warning");
    case Audit::Severity::Low:
    case Audit::Severity::Info:
        return QStringLiteral("note");
    }
    return QStringLiteral("note");
}

QString findingFingerprint(const QString &ruleId, const QString &scope, const QString &datastore)
{
    // NUL between the parts: no two different triples hash the same bytes.
    QByteArray key = ruleId.toUtf8();
    key += '\0';
    key += scope.toUtf8();
    key += '\0';
    key += datastore.toUtf8();
    return QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex());
}

QByteArray renderSarif(const Fleet::Snapshot &snapshot, const Audit::Audit &audit, const RenderOptions &options)
{
    const QList<Audit::Rule> &rules = Audit::RuleSet::all();
    QJsonArray rulesJson;
    for (const Audit::Rule &rule : rules)
        rulesJson.append(ruleJson(rule));
    QJsonArray results;
    for (const Audit::Finding &finding : audit.findings) {
        const auto rule = std::find_if(rules.cbegin(), rules.cend(), [&](const Audit::Rule &r) { return r.id == finding.ruleId; });
        results.append(resultJson(snapshot, finding, rule == rules.cend() ? -1 : rule - rules.cbegin()));
    }
    QJsonObject driver{
        {QStringLiteral("name"), QStringLiteral("proofer")},
        {QStringLiteral("version"), options.toolVersion},
        {QStringLiteral("rules"), rulesJson},
    };
    QJsonObject invocation{
        // The scan ran: what it could not reach is in the notifications, not a failed execution.
        {QStringLiteral("executionSuccessful"), true},
        {QStringLiteral("toolExecutionNotifications"), notificationsJson(snapshot)},
    };
    if (snapshot.takenAt.isValid())
        invocation.insert(QStringLiteral("startTimeUtc"), snapshot.takenAt.toUTC().toString(Qt::ISODate));
    QJsonObject runProperties{{QStringLiteral("scope"), scopeDescription(snapshot)},
                              {QStringLiteral("policy"), audit.policy.sourceName()}};
    if (!audit.policy.isBuiltIn())
        runProperties.insert(QStringLiteral("policySha256"), audit.policy.sha256);
    if (audit.grade.fleet.score) {
        runProperties.insert(QStringLiteral("grade"), audit.grade.fleet.letter);
        runProperties.insert(QStringLiteral("score"), *audit.grade.fleet.score);
    } else {
        runProperties.insert(QStringLiteral("grade"), QJsonValue::Null);
        runProperties.insert(QStringLiteral("gradeReason"), audit.grade.fleet.reason);
    }
    const QJsonObject run{
        {QStringLiteral("tool"), QJsonObject{{QStringLiteral("driver"), driver}}},
        // One category per scope: code scanning keeps the alerts of each namespace apart.
        {QStringLiteral("automationDetails"),
         QJsonObject{{QStringLiteral("id"), QStringLiteral("proofer/%1/").arg(scopeName(snapshot))}}},
        {QStringLiteral("invocations"), QJsonArray{invocation}},
        {QStringLiteral("results"), results},
        {QStringLiteral("properties"), runProperties},
    };
    const QJsonObject log{
        {QStringLiteral("$schema"), QString(s_schema)},
        {QStringLiteral("version"), QStringLiteral("2.1.0")},
        {QStringLiteral("runs"), QJsonArray{run}},
    };
    return QJsonDocument(log).toJson(QJsonDocument::Indented);
}

} // namespace Report
