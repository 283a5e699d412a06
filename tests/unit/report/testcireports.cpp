// SPDX-License-Identifier: GPL-3.0-or-later
// The CI formats of an audited snapshot: SARIF 2.1.0 and JUnit XML of the hand-made fleet (golden files), checked
// against their published schemas and for what code scanning and CI systems rely on: the rule catalogue, one result
// per finding with its level and location, fingerprints that do not move with the evidence, counts that match the
// test cases, not-assessed checks as skipped.
#include "goldenfile.h"
#include "mockclock.h"
#include "reportfixtures.h"
#include "schemacheck.h"

#include "audit/ruleset.h"
#include "core/printable.h"
#include "report/junitreport.h"
#include "report/reportformat.h"
#include "report/sarifreport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QStandardPaths>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct JunitCase
{
    QString classname;
    QString name;
    QString outcome; ///< "pass", "failure", "skipped"
    QString message;
    QString text;
};

struct JunitSuite
{
    QString name;
    QXmlStreamAttributes attributes;
    QList<JunitCase> cases;
};

struct JunitDocument
{
    QXmlStreamAttributes attributes;
    QList<JunitSuite> suites;
    QString error;
};

JunitDocument parseJunit(const QByteArray &xml)
{
    JunitDocument document;
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        reader.readNext();
        if (!reader.isStartElement())
            continue;
        if (reader.name() == u"testsuites") {
            document.attributes = reader.attributes();
        } else if (reader.name() == u"testsuite") {
            document.suites.append({reader.attributes().value(QStringLiteral("name")).toString(), reader.attributes(), {}});
        } else if (reader.name() == u"testcase" && !document.suites.isEmpty()) {
            document.suites.last().cases.append({reader.attributes().value(QStringLiteral("classname")).toString(),
                                                 reader.attributes().value(QStringLiteral("name")).toString(), QStringLiteral("pass"),
                                                 {}, {}});
        } else if ((reader.name() == u"failure" || reader.name() == u"skipped") && !document.suites.isEmpty()
                   && !document.suites.last().cases.isEmpty()) {
            JunitCase &c = document.suites.last().cases.last();
            c.outcome = reader.name().toString();
            c.message = reader.attributes().value(QStringLiteral("message")).toString();
            c.text = reader.readElementText();
        }
    }
    if (reader.hasError())
        document.error = reader.errorString();
    return document;
}

int intAttribute(const QXmlStreamAttributes &attributes, const QString &name)
{
    bool ok = false;
    const int value = attributes.value(name).toInt(&ok);
    return ok ? value : -1;
}

} // namespace

class TestCiReports final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_snapshot = ReportFixtures::snapshot();
        m_audit = ReportFixtures::audit(m_snapshot);
        QVERIFY(m_audit.findings.size() >= 5);
        m_sarif = Report::renderSarif(m_snapshot, m_audit, options());
        m_junit = Report::renderJunit(m_snapshot, m_audit, options());
        QJsonParseError error;
        m_sarifJson = QJsonDocument::fromJson(m_sarif, &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    }

    void formatsAreDescribed()
    {
        QCOMPARE(Report::ReportFormat::names(),
                 (QStringList{QStringLiteral("text"), QStringLiteral("json"), QStringLiteral("html"), QStringLiteral("pdf"),
                              QStringLiteral("sarif"), QStringLiteral("junit")}));
        const Report::ReportFormat *sarif = Report::ReportFormat::find(u"sarif");
        QVERIFY(sarif);
        QVERIFY(!sarif->binary && !sarif->needsGui);
        const Report::Rendered bytes = sarif->render(m_snapshot, m_audit, options());
        QVERIFY(bytes.ok());
        QCOMPARE(*bytes, m_sarif);
        QVERIFY(Report::ReportFormat::find(u"pdf")->needsGui);
        QVERIFY(!Report::ReportFormat::find(u"docx"));
    }

    void sarifGolden()
    {
        QString why;
        QVERIFY2(GoldenFile::matches(QStringLiteral("report.sarif"), m_sarif, &why), qPrintable(why));
    }

    void junitGolden()
    {
        QString why;
        QVERIFY2(GoldenFile::matches(QStringLiteral("report.junit.xml"), m_junit, &why), qPrintable(why));
    }

    void sarifMatchesThePublishedSchema()
    {
        const SchemaCheck::Result valid = SchemaCheck::sarif(m_sarif);
        if (valid.verdict == SchemaCheck::Verdict::NoTool)
            QSKIP(qPrintable(valid.detail));
        QVERIFY2(valid.verdict == SchemaCheck::Verdict::Valid, qPrintable(valid.detail));
        // The validator does reject what the schema forbids: a level SARIF does not have.
        QByteArray broken = m_sarif;
        broken.replace("\"level\": \"error\"", "\"level\": \"fatal\"");
        QVERIFY(broken != m_sarif);
        const SchemaCheck::Result invalid = SchemaCheck::sarif(broken);
        QVERIFY2(invalid.verdict == SchemaCheck::Verdict::Invalid, qPrintable(invalid.detail));
        QVERIFY2(invalid.detail.contains(QStringLiteral("fatal")), qPrintable(invalid.detail));
    }

    void sarifHasOneRunOfProofer()
    {
        QCOMPARE(m_sarifJson.value(u"version").toString(), QStringLiteral("2.1.0"));
        QVERIFY(m_sarifJson.value(u"$schema").toString().endsWith(QStringLiteral("sarif-schema-2.1.0.json")));
        const QJsonArray runs = m_sarifJson.value(u"runs").toArray();
        QCOMPARE(runs.size(), 1);
        const QJsonObject driver = run().value(u"tool").toObject().value(u"driver").toObject();
        QCOMPARE(driver.value(u"name").toString(), QStringLiteral("proofer"));
        QCOMPARE(driver.value(u"version").toString(), QStringLiteral("0.0.0-test"));
        QCOMPARE(run().value(u"automationDetails").toObject().value(u"id").toString(), QStringLiteral("proofer/bakery-ia/"));
    }

    void sarifRulesAreTheCatalogue()
    {
        const QJsonArray rules = run().value(u"tool").toObject().value(u"driver").toObject().value(u"rules").toArray();
        const QList<Audit::Rule> &catalogue = Audit::RuleSet::all();
        QCOMPARE(rules.size(), catalogue.size());
        QSet<QString> names;
        for (qsizetype i = 0; i < catalogue.size(); ++i) {
            const Audit::Rule &rule = catalogue.at(i);
            const QJsonObject json = rules.at(i).toObject();
            QCOMPARE(json.value(u"id").toString(), rule.id);
            const QString name = json.value(u"name").toString();
            QVERIFY2(!name.isEmpty() && !name.contains(u' '), qPrintable(rule.id));
            names.insert(name);
            QCOMPARE(json.value(u"shortDescription").toObject().value(u"text").toString(), rule.title());
            QVERIFY(json.value(u"fullDescription").toObject().value(u"text").toString().startsWith(rule.title()));
            const QString help = json.value(u"help").toObject().value(u"text").toString();
            QVERIFY2(help.contains(rule.remediation(rule.kinds.isEmpty() ? std::nullopt : std::optional(rule.kinds.first()))),
                     qPrintable(rule.id));
            QVERIFY(!json.value(u"help").toObject().value(u"markdown").toString().isEmpty());
            QCOMPARE(json.value(u"defaultConfiguration").toObject().value(u"level").toString(),
                     Report::sarifLevel(rule.severity));
            const QJsonObject properties = json.value(u"properties").toObject();
            QVERIFY(properties.value(u"tags").toArray().contains(QStringLiteral("security")));
            QVERIFY(!properties.value(u"security-severity").toString().isEmpty());
        }
        QCOMPARE(names.size(), catalogue.size()); // names are as unique as the ids
    }

    void sarifLevels_data()
    {
        QTest::addColumn<Audit::Severity>("severity");
        QTest::addColumn<QString>("level");
        QTest::newRow("critical") << Audit::Severity::Critical << QStringLiteral("error");
        QTest::newRow("high") << Audit::Severity::High << QStringLiteral("error");
        QTest::newRow("medium") << Audit::Severity::Medium << QStringLiteral("warning");
        QTest::newRow("low") << Audit::Severity::Low << QStringLiteral("note");
        QTest::newRow("info") << Audit::Severity::Info << QStringLiteral("note");
    }

    void sarifLevels()
    {
        QFETCH(Audit::Severity, severity);
        QFETCH(QString, level);
        QCOMPARE(Report::sarifLevel(severity), level);
    }

    void sarifResultsAreTheFindings()
    {
        const QJsonArray results = run().value(u"results").toArray();
        QCOMPARE(results.size(), m_audit.findings.size());
        const QJsonArray rules = run().value(u"tool").toObject().value(u"driver").toObject().value(u"rules").toArray();
        for (qsizetype i = 0; i < results.size(); ++i) {
            const Audit::Finding &finding = m_audit.findings.at(i);
            const QJsonObject result = results.at(i).toObject();
            QCOMPARE(result.value(u"ruleId").toString(), finding.ruleId);
            QCOMPARE(rules.at(result.value(u"ruleIndex").toInt()).toObject().value(u"id").toString(), finding.ruleId);
            QCOMPARE(result.value(u"level").toString(), Report::sarifLevel(finding.severity));
            const QString message = result.value(u"message").toObject().value(u"text").toString();
            for (const QString &line : finding.evidence)
                QVERIFY2(message.contains(line), qPrintable(message));
            const QJsonObject location = result.value(u"locations").toArray().first().toObject();
            const QJsonObject logical = location.value(u"logicalLocations").toArray().first().toObject();
            const QString uri = location.value(u"physicalLocation").toObject().value(u"artifactLocation").toObject()
                                    .value(u"uri").toString();
            QVERIFY(Report::isDatastore(m_snapshot, finding.datastore)); // the fixture fails no fleet rule
            QCOMPARE(logical.value(u"fullyQualifiedName").toString(), QStringLiteral("bakery-ia/") + finding.datastore);
            QCOMPARE(logical.value(u"name").toString(), finding.datastore);
            QCOMPARE(logical.value(u"kind").toString(), QStringLiteral("resource"));
            // GitHub code scanning refuses a result without an artifact location: the same name is one.
            QCOMPARE(uri, logical.value(u"fullyQualifiedName").toString());
            QCOMPARE(result.value(u"properties").toObject().value(u"remediation").toString(), finding.remediation);
        }
    }

    void sarifPlacesFleetFindingsOnTheNamespace()
    {
        // A failed fleet-wide check (who can read the Secrets) carries the fleet scope's label as its datastore.
        Audit::Audit audit = m_audit;
        Audit::Finding fleet;
        fleet.ruleId = QStringLiteral("KUBE-001");
        fleet.severity = Audit::Severity::High;
        fleet.title = QStringLiteral("Secrets are readable through broad RBAC");
        fleet.datastore = QStringLiteral("namespace/bakery-ia");
        fleet.evidence = {QStringLiteral("system:serviceaccounts can get secrets")};
        audit.findings = {fleet};
        const QJsonObject result = QJsonDocument::fromJson(Report::renderSarif(m_snapshot, audit, options()))
                                       .object().value(u"runs").toArray().first().toObject()
                                       .value(u"results").toArray().first().toObject();
        const QJsonObject location = result.value(u"locations").toArray().first().toObject();
        const QJsonObject logical = location.value(u"logicalLocations").toArray().first().toObject();
        QCOMPARE(logical.value(u"fullyQualifiedName").toString(), QStringLiteral("bakery-ia"));
        QCOMPARE(logical.value(u"kind").toString(), QStringLiteral("namespace"));
        QCOMPARE(location.value(u"physicalLocation").toObject().value(u"artifactLocation").toObject().value(u"uri").toString(),
                 QStringLiteral("bakery-ia"));
        QCOMPARE(result.value(u"partialFingerprints").toObject().value(u"prooferFinding/v1").toString(),
                 Report::findingFingerprint(QStringLiteral("KUBE-001"), QStringLiteral("bakery-ia"), QString()));
    }

    void sarifLeavesOutWhatWasNotAssessed()
    {
        QSet<QString> resultKeys;
        for (const QJsonValue &value : run().value(u"results").toArray()) {
            const QJsonObject result = value.toObject();
            resultKeys.insert(result.value(u"ruleId").toString() + u'@'
                              + result.value(u"locations").toArray().first().toObject().value(u"logicalLocations")
                                    .toArray().first().toObject().value(u"fullyQualifiedName").toString());
        }
        int notAssessed = 0;
        for (const Audit::Assessment &a : std::as_const(m_audit.assessments)) {
            if (a.outcome.status == Audit::Outcome::Status::Fail)
                continue;
            notAssessed += a.outcome.status == Audit::Outcome::Status::NotAssessed;
            QVERIFY2(!resultKeys.contains(a.ruleId + u'@' + Report::qualifiedName(m_snapshot, a.datastore)),
                     qPrintable(a.key()));
        }
        QVERIFY(notAssessed > 0); // the unreachable orders-db leaves its live checks not assessed
        // The datastore that was not reached is a notification of the run, with the reason.
        const QJsonArray notifications = run().value(u"invocations").toArray().first().toObject()
                                             .value(u"toolExecutionNotifications").toArray();
        bool ordersDown = false;
        for (const QJsonValue &n : notifications) {
            const QString text = n.toObject().value(u"message").toObject().value(u"text").toString();
            ordersDown = ordersDown || (text.contains(QStringLiteral("bakery-ia/orders-db"))
                                        && text.contains(QStringLiteral("connection refused")));
        }
        QVERIFY(ordersDown);
    }

    void sarifFingerprintsFollowTheFindingNotItsText()
    {
        const QStringList before = fingerprints(m_sarif);
        QCOMPARE(before.size(), m_audit.findings.size());
        QCOMPARE(QSet<QString>(before.cbegin(), before.cend()).size(), before.size()); // one per finding
        // The same findings with other evidence and another scan time: the same fingerprints.
        Audit::Audit changed = m_audit;
        for (Audit::Finding &finding : changed.findings)
            finding.evidence = {QStringLiteral("something else was observed this time")};
        Fleet::Snapshot later = m_snapshot;
        later.takenAt = later.takenAt.addDays(7);
        QCOMPARE(fingerprints(Report::renderSarif(later, changed, options())), before);
        // The key is rule, scope and datastore.
        const Audit::Finding &first = m_audit.findings.first();
        QCOMPARE(before.first(), Report::findingFingerprint(first.ruleId, QStringLiteral("bakery-ia"), first.datastore));
        QVERIFY(Report::findingFingerprint(QStringLiteral("TLS-001"), QStringLiteral("bakery-ia"), QStringLiteral("auth-db"))
                != Report::findingFingerprint(QStringLiteral("TLS-001"), QStringLiteral("bakery-ia"), QStringLiteral("legacy-db")));
        QVERIFY(Report::findingFingerprint(QStringLiteral("TLS-001"), QStringLiteral("a"), QStringLiteral("b-c"))
                != Report::findingFingerprint(QStringLiteral("TLS-001"), QStringLiteral("a-b"), QStringLiteral("c")));
    }

    void junitMatchesTheJenkinsSchema()
    {
        const SchemaCheck::Result valid = SchemaCheck::junit(m_junit);
        if (valid.verdict == SchemaCheck::Verdict::NoTool)
            QSKIP(qPrintable(valid.detail));
        QVERIFY2(valid.verdict == SchemaCheck::Verdict::Valid, qPrintable(valid.detail));
        // The validator does reject what the schema forbids: a test suite without its required counts.
        QByteArray broken = m_junit;
        broken.replace(" errors=\"0\"", "");
        QVERIFY(broken != m_junit);
        QCOMPARE(SchemaCheck::junit(broken).verdict, SchemaCheck::Verdict::Invalid);
    }

    void junitHasASuitePerDatastoreAndACasePerCheck()
    {
        const JunitDocument document = parseJunit(m_junit);
        QVERIFY2(document.error.isEmpty(), qPrintable(document.error));
        QStringList suites;
        for (const JunitSuite &suite : document.suites)
            suites << suite.name;
        QCOMPARE(suites, (QStringList{QStringLiteral("bakery-ia.auth-db"), QStringLiteral("bakery-ia.legacy-db"),
                                      QStringLiteral("bakery-ia.redis"), QStringLiteral("bakery-ia.orders-db"),
                                      QStringLiteral("bakery-ia")}));
        int tests = 0;
        int failures = 0;
        for (const JunitSuite &suite : document.suites) {
            int suiteFailures = 0;
            int suiteSkipped = 0;
            for (const JunitCase &c : suite.cases) {
                QCOMPARE(c.classname, suite.name);
                suiteFailures += c.outcome == u"failure";
                suiteSkipped += c.outcome == u"skipped";
            }
            QCOMPARE(intAttribute(suite.attributes, QStringLiteral("tests")), int(suite.cases.size()));
            QCOMPARE(intAttribute(suite.attributes, QStringLiteral("failures")), suiteFailures);
            QCOMPARE(intAttribute(suite.attributes, QStringLiteral("skipped")), suiteSkipped);
            QCOMPARE(intAttribute(suite.attributes, QStringLiteral("errors")), 0);
            tests += int(suite.cases.size());
            failures += suiteFailures;
        }
        QCOMPARE(intAttribute(document.attributes, QStringLiteral("tests")), tests);
        QCOMPARE(intAttribute(document.attributes, QStringLiteral("failures")), failures);
        QCOMPARE(failures, m_audit.findings.size());

        // Every assessed or not-assessed check is a case; those that do not apply are not.
        int expected = 0;
        for (const Audit::Assessment &a : std::as_const(m_audit.assessments))
            expected += a.outcome.status != Audit::Outcome::Status::NotApplicable;
        QCOMPARE(tests, expected);
    }

    void junitFailuresCarryEvidenceAndRemediation()
    {
        const JunitDocument document = parseJunit(m_junit);
        for (const Audit::Finding &finding : std::as_const(m_audit.findings)) {
            const QString classname = Report::isDatastore(m_snapshot, finding.datastore)
                ? QStringLiteral("bakery-ia.") + finding.datastore
                : QStringLiteral("bakery-ia");
            const JunitCase *found = nullptr;
            for (const JunitSuite &suite : document.suites) {
                for (const JunitCase &c : suite.cases) {
                    if (c.classname == classname && c.name == finding.ruleId + u' ' + finding.title)
                        found = &c;
                }
            }
            QVERIFY2(found, qPrintable(finding.ruleId + u'@' + finding.datastore));
            QCOMPARE(found->outcome, QStringLiteral("failure"));
            for (const QString &line : finding.evidence)
                QVERIFY2(found->text.contains(Core::printable(line)), qPrintable(finding.ruleId));
            if (!finding.remediation.isEmpty())
                QVERIFY2(found->text.contains(finding.remediation), qPrintable(finding.ruleId));
        }
    }

    void junitSkipsWhatWasNotAssessedWithTheReason()
    {
        const JunitDocument document = parseJunit(m_junit);
        const JunitSuite *orders = nullptr;
        for (const JunitSuite &suite : document.suites)
            orders = suite.name == u"bakery-ia.orders-db" ? &suite : orders;
        QVERIFY(orders);
        int skipped = 0;
        for (const JunitCase &c : orders->cases) {
            if (c.outcome != u"skipped")
                continue;
            ++skipped;
            QVERIFY2(c.message.contains(QStringLiteral("connection refused")) || c.message.startsWith(QStringLiteral("Unknown")),
                     qPrintable(c.message));
        }
        QVERIFY(skipped > 0);
    }

    void junitHoldsNoControlCharacter()
    {
        // A server's text with escape sequences and a NUL: XML 1.0 cannot carry them, the report stays well formed.
        Audit::Audit hostile = m_audit;
        for (Audit::Assessment &a : hostile.assessments) {
            if (a.outcome.status == Audit::Outcome::Status::Fail) {
                a.outcome.evidence = {QStringLiteral("bell\x07 esc\x1b[31mred\x1b[0m nul") + QChar(0) + QStringLiteral("end")};
                break;
            }
        }
        const QByteArray xml = Report::renderJunit(m_snapshot, hostile, options());
        const JunitDocument document = parseJunit(xml);
        QVERIFY2(document.error.isEmpty(), qPrintable(document.error));
        QVERIFY(xml.contains("bell esc"));
        QVERIFY(!xml.contains('\x1b'));
        QVERIFY(!xml.contains('\x07'));
    }

private:
    static Report::RenderOptions options() { return {ReportFixtures::kNow.addSecs(3600), QStringLiteral("0.0.0-test")}; }

    QJsonObject run() const { return m_sarifJson.value(u"runs").toArray().first().toObject(); }

    static QStringList fingerprints(const QByteArray &sarif)
    {
        QStringList list;
        const QJsonObject run = QJsonDocument::fromJson(sarif).object().value(u"runs").toArray().first().toObject();
        for (const QJsonValue &result : run.value(u"results").toArray())
            list << result.toObject().value(u"partialFingerprints").toObject().value(u"prooferFinding/v1").toString();
        return list;
    }

    Test::MockClock m_clock;
    Fleet::Snapshot m_snapshot;
    Audit::Audit m_audit;
    QByteArray m_sarif;
    QByteArray m_junit;
    QJsonObject m_sarifJson;
};

QTEST_GUILESS_MAIN(TestCiReports)
#include "testcireports.moc"
