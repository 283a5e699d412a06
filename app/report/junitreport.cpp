// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/junitreport.h"

#include "audit/ruleset.h"
#include "core/printable.h"

#include <QCoreApplication>
#include <QXmlStreamWriter>

namespace Report {

namespace {

/** XML 1.0 holds no control character but tab and newline: what a server sent is cleaned first. */
QString clean(const QString &value)
{
    return Core::printable(value);
}

/** One suite: a datastore of the snapshot, or the fleet scope (subject = the assessments' label for it). */
struct Suite
{
    QString subject;
    QString classname; ///< "bakery-ia.auth-db", or "bakery-ia" for the fleet scope
    std::optional<Fleet::Kind> kind;
    QList<const Audit::Assessment *> cases; ///< pass, fail and not assessed; not applicable left out
    int failures = 0;
    int skipped = 0;
};

QList<Suite> suitesOf(const Fleet::Snapshot &snapshot, const Audit::Audit &audit)
{
    QList<Suite> suites;
    for (const Fleet::DatastoreReport &report : snapshot.datastores)
        suites.append({report.name, scopeName(snapshot) + u'.' + report.name, report.kind, {}, 0, 0});
    for (const Audit::Assessment &a : audit.assessments) {
        if (a.outcome.status == Audit::Outcome::Status::NotApplicable)
            continue;
        auto suite = std::find_if(suites.begin(), suites.end(), [&](const Suite &s) { return s.subject == a.datastore; });
        if (suite == suites.end()) {
            // A fleet-wide check: one suite for the scope, after the datastores.
            suites.append({a.datastore, scopeName(snapshot), std::nullopt, {}, 0, 0});
            suite = suites.end() - 1;
        }
        suite->cases.append(&a);
        if (a.isAccepted())
            ++suite->skipped; // shown with its justification, not a failure of the pipeline
        else if (a.outcome.status == Audit::Outcome::Status::Fail)
            ++suite->failures;
        else if (a.outcome.status == Audit::Outcome::Status::NotAssessed)
            ++suite->skipped;
    }
    return suites;
}

QString failureText(const Audit::Assessment &a, const Audit::Rule *rule)
{
    QString text = QCoreApplication::translate("Report", "Severity: %1 (%2)")
                       .arg(Audit::severityName(a.severity), basisLabel(a.basis))
                   + u'\n';
    if (a.acceptance)
        text += a.acceptance->describe() + u'\n';
    if (!a.outcome.evidence.isEmpty()) {
        text += QCoreApplication::translate("Report", "Evidence:") + u'\n';
        for (const QString &line : a.outcome.evidence)
            text += QStringLiteral("  ") + line + u'\n';
    }
    if (rule) {
        if (const QString fix = rule->remediation(a.kind); !fix.isEmpty())
            text += QCoreApplication::translate("Report", "Fix:") + u'\n' + fix + u'\n';
        if (!rule->references.isEmpty())
            text += QCoreApplication::translate("Report", "References: %1").arg(rule->references.join(QStringLiteral("; ")))
                    + u'\n';
    }
    return clean(text);
}

void writeCase(QXmlStreamWriter &xml, const Suite &suite, const Audit::Assessment &a)
{
    const Audit::Rule *rule = Audit::RuleSet::find(a.ruleId);
    xml.writeStartElement(QStringLiteral("testcase"));
    xml.writeAttribute(QStringLiteral("classname"), clean(suite.classname));
    xml.writeAttribute(QStringLiteral("name"), rule ? a.ruleId + u' ' + rule->title() : a.ruleId);
    xml.writeAttribute(QStringLiteral("time"), QStringLiteral("0"));
    if (a.isAccepted()) {
        xml.writeStartElement(QStringLiteral("skipped"));
        xml.writeAttribute(QStringLiteral("message"), clean(QCoreApplication::translate("Report", "Accepted risk: %1")
                                                                .arg(a.acceptance->describe())));
        xml.writeCharacters(failureText(a, rule));
        xml.writeEndElement();
    } else if (a.outcome.status == Audit::Outcome::Status::Fail) {
        xml.writeStartElement(QStringLiteral("failure"));
        xml.writeAttribute(QStringLiteral("type"), Audit::severityName(a.severity));
        xml.writeAttribute(QStringLiteral("message"),
                           clean(a.outcome.evidence.isEmpty() ? (rule ? rule->title() : a.ruleId)
                                                              : a.outcome.evidence.join(QStringLiteral("; "))));
        xml.writeCharacters(failureText(a, rule));
        xml.writeEndElement();
    } else if (a.outcome.status == Audit::Outcome::Status::NotAssessed) {
        xml.writeEmptyElement(QStringLiteral("skipped"));
        xml.writeAttribute(QStringLiteral("message"), clean(a.outcome.reason));
    }
    xml.writeEndElement();
}

} // namespace

QByteArray renderJunit(const Fleet::Snapshot &snapshot, const Audit::Audit &audit, const RenderOptions &options)
{
    const QList<Suite> suites = suitesOf(snapshot, audit);
    int tests = 0;
    int failures = 0;
    for (const Suite &suite : suites) {
        tests += int(suite.cases.size());
        failures += suite.failures;
    }
    const QString timestamp = snapshot.takenAt.isValid() ? snapshot.takenAt.toUTC().toString(Qt::ISODate) : QString();

    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("testsuites"));
    xml.writeAttribute(QStringLiteral("name"), clean(QStringLiteral("proofer %1: %2").arg(options.toolVersion, scopeDescription(snapshot))));
    xml.writeAttribute(QStringLiteral("tests"), QString::number(tests));
    xml.writeAttribute(QStringLiteral("failures"), QString::number(failures));
    xml.writeAttribute(QStringLiteral("errors"), QStringLiteral("0"));
    xml.writeAttribute(QStringLiteral("time"), QStringLiteral("0"));
    for (const Suite &suite : suites) {
        xml.writeStartElement(QStringLiteral("testsuite"));
        xml.writeAttribute(QStringLiteral("name"), clean(suite.classname));
        xml.writeAttribute(QStringLiteral("tests"), QString::number(suite.cases.size()));
        xml.writeAttribute(QStringLiteral("failures"), QString::number(suite.failures));
        xml.writeAttribute(QStringLiteral("errors"), QStringLiteral("0"));
        xml.writeAttribute(QStringLiteral("skipped"), QString::number(suite.skipped));
        xml.writeAttribute(QStringLiteral("time"), QStringLiteral("0"));
        if (!timestamp.isEmpty())
            xml.writeAttribute(QStringLiteral("timestamp"), timestamp);
        xml.writeStartElement(QStringLiteral("properties"));
        auto property = [&xml](const QString &name, const QString &value) {
            xml.writeEmptyElement(QStringLiteral("property"));
            xml.writeAttribute(QStringLiteral("name"), name);
            xml.writeAttribute(QStringLiteral("value"), clean(value));
        };
        if (suite.kind)
            property(QStringLiteral("kind"), Fleet::kindName(*suite.kind));
        property(QStringLiteral("policy"), audit.policy.sourceName());
        if (const Audit::Grade *grade = audit.grade.datastore(suite.subject))
            property(QStringLiteral("grade"), grade->score ? grade->letter : QStringLiteral("N/A"));
        else if (!suite.kind)
            property(QStringLiteral("grade"), audit.grade.fleet.score ? audit.grade.fleet.letter : QStringLiteral("N/A"));
        for (const Fleet::DatastoreReport &report : snapshot.datastores) {
            if (report.name == suite.subject && !report.notReachedReason().isEmpty())
                property(QStringLiteral("notReached"), report.notReachedReason());
        }
        xml.writeEndElement(); // properties
        for (const Audit::Assessment *a : suite.cases)
            writeCase(xml, suite, *a);
        xml.writeEndElement(); // testsuite
    }
    xml.writeEndElement(); // testsuites
    xml.writeEndDocument();
    return bytes;
}

} // namespace Report
