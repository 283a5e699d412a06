// SPDX-License-Identifier: GPL-3.0-or-later
// Accepted risks in every output (docs/policy.md): the hand-made fleet graded with a policy that accepts one finding
// and holds an expired acceptance of another. The accepted one is shown as accepted with its justification in the
// JSON, text, SARIF (a suppression of kind "external"), JUnit (skipped, not failed) and HTML; the expired one is a
// finding again that says so; the JSON and every report name the policy file and its SHA-256, or "built-in".
#include "mockclock.h"
#include "reportfixtures.h"
#include "schemacheck.h"

#include "audit/policy.h"
#include "report/htmlreport.h"
#include "report/junitreport.h"
#include "report/report.h"
#include "report/sarifreport.h"
#include "report/textreport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString kJustification = u"Legacy client cannot verify until its Q3 release"_s;
const QString kExpiredJustification = u"Migration window"_s;

QJsonObject findingIn(const QJsonObject &root, const QString &rule, const QString &datastore)
{
    for (const QJsonValue &store : root.value(u"datastores"_s).toArray()) {
        if (store.toObject().value(u"name"_s).toString() != datastore)
            continue;
        for (const QJsonValue &f : store.toObject().value(u"findings"_s).toArray()) {
            if (f.toObject().value(u"id"_s).toString() == rule)
                return f.toObject();
        }
    }
    return {};
}

} // namespace

class TestAcceptedOutputs final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_snapshot = ReportFixtures::snapshot();
        const Audit::Audit plain = ReportFixtures::audit(m_snapshot);
        m_plainScore = plain.grade.fleet.score;
        m_plainJunitFailures = 0;
        for (const Audit::Assessment &a : plain.assessments)
            m_plainJunitFailures += a.outcome.status == Audit::Outcome::Status::Fail ? 1 : 0;
        // Two findings on datastores that are graded and weigh: one accepted, one whose acceptance expired.
        for (const Audit::Finding &f : plain.findings) {
            const Audit::Grade *g = plain.grade.datastore(f.datastore);
            if (!g || !g->score || f.severity == Audit::Severity::Info)
                continue;
            if (m_accepted.ruleId.isEmpty())
                m_accepted = f;
            else if (f.ruleId != m_accepted.ruleId && m_expired.ruleId.isEmpty())
                m_expired = f;
        }
        QVERIFY(!m_accepted.ruleId.isEmpty() && !m_expired.ruleId.isEmpty());
        m_policy.path = u"/srv/ci/.proofer.yaml"_s;
        m_policy.sha256 = QString(64, u'a');
        m_policy.foundBy = u"./.proofer.yaml"_s;
        const QDate today = ReportFixtures::kNow.date();
        m_policy.acceptedRisks = {
            { m_accepted.ruleId, m_accepted.datastore.left(3) + u'*', kJustification, u"Jane Doe (CISO)"_s,
              today.addDays(90), 12 },
            { m_expired.ruleId, m_expired.datastore, kExpiredJustification, u"J. Smith"_s, today.addDays(-1), 18 },
        };
        m_audit = Audit::auditSnapshot(m_snapshot, ReportFixtures::complianceDir(), false, m_policy);
    }

    void gradeCountsTheAcceptanceOnly()
    {
        QVERIFY(m_plainScore && m_audit.grade.fleet.score);
        QVERIFY(*m_audit.grade.fleet.score > *m_plainScore);
        QVERIFY(m_audit.grade.fleet.accepted >= 1);
    }

    void json()
    {
        const QJsonObject root = QJsonDocument::fromJson(Report::snapshotJson(m_snapshot, m_audit)).object();
        const QJsonObject policy = root.value(u"policy"_s).toObject();
        QCOMPARE(policy.value(u"source"_s).toString(), m_policy.path);
        QCOMPARE(policy.value(u"sha256"_s).toString(), m_policy.sha256);
        QCOMPARE(policy.value(u"foundBy"_s).toString(), u"./.proofer.yaml"_s);
        const QJsonArray risks = policy.value(u"acceptedRisks"_s).toArray();
        QCOMPARE(risks.size(), 2);
        QVERIFY(risks.at(0).toObject().value(u"matched"_s).toInt() >= 1);
        QCOMPARE(risks.at(1).toObject().value(u"expired"_s).toBool(), true);

        const QJsonObject accepted = findingIn(root, m_accepted.ruleId, m_accepted.datastore);
        QCOMPARE(accepted.value(u"status"_s).toString(), u"accepted"_s);
        QCOMPARE(accepted.value(u"acceptance"_s).toObject().value(u"justification"_s).toString(), kJustification);
        const QJsonObject expired = findingIn(root, m_expired.ruleId, m_expired.datastore);
        QCOMPARE(expired.value(u"status"_s).toString(), u"open"_s);
        QCOMPARE(expired.value(u"acceptance"_s).toObject().value(u"expired"_s).toBool(), true);

        // The check itself still failed, and says who accepted it.
        bool found = false;
        for (const QJsonValue &store : root.value(u"datastores"_s).toArray()) {
            for (const QJsonValue &c : store.toObject().value(u"checks"_s).toArray()) {
                const QJsonObject check = c.toObject();
                if (store.toObject().value(u"name"_s).toString() == m_accepted.datastore
                    && check.value(u"rule"_s).toString() == m_accepted.ruleId) {
                    found = true;
                    QCOMPARE(check.value(u"outcome"_s).toString(), u"fail"_s);
                    QCOMPARE(check.value(u"acceptance"_s).toObject().value(u"approvedBy"_s).toString(),
                             u"Jane Doe (CISO)"_s);
                }
            }
        }
        QVERIFY(found);

        const Audit::Audit builtIn = ReportFixtures::audit(m_snapshot);
        const QJsonObject plain = QJsonDocument::fromJson(Report::snapshotJson(m_snapshot, builtIn)).object();
        QCOMPARE(plain.value(u"policy"_s).toObject().value(u"source"_s).toString(), u"built-in"_s);
        QVERIFY(plain.value(u"policy"_s).toObject().value(u"sha256"_s).isNull());
    }

    void text()
    {
        const QString text = Report::renderText(m_snapshot, m_audit);
        QVERIFY(text.contains(u"Policy: /srv/ci/.proofer.yaml (SHA-256 "_s + m_policy.sha256 + u')'));
        const qsizetype acceptedSection = text.indexOf(u"Accepted risks (not in the grade until they expire):"_s);
        QVERIFY2(acceptedSection > 0, qPrintable(text));
        QVERIFY(text.indexOf(kJustification) > acceptedSection);
        QVERIFY(
            text.contains(u"Acceptance expired on "_s + ReportFixtures::kNow.date().addDays(-1).toString(Qt::ISODate)));
        QVERIFY(text.indexOf(kExpiredJustification) < acceptedSection); // among the findings, not the accepted
        QVERIFY(Report::renderText(m_snapshot, ReportFixtures::audit(m_snapshot)).contains(u"Policy: built-in"_s));
    }

    void sarif()
    {
        const QByteArray bytes = Report::renderSarif(m_snapshot, m_audit, options());
        const QJsonObject run = QJsonDocument::fromJson(bytes).object().value(u"runs"_s).toArray().at(0).toObject();
        QCOMPARE(run.value(u"properties"_s).toObject().value(u"policy"_s).toString(), m_policy.path);
        QCOMPARE(run.value(u"properties"_s).toObject().value(u"policySha256"_s).toString(), m_policy.sha256);
        int suppressed = 0;
        bool expiredSeen = false;
        for (const QJsonValue &r : run.value(u"results"_s).toArray()) {
            const QJsonObject result = r.toObject();
            const QString where = result.value(u"locations"_s)
                                      .toArray()
                                      .at(0)
                                      .toObject()
                                      .value(u"logicalLocations"_s)
                                      .toArray()
                                      .at(0)
                                      .toObject()
                                      .value(u"name"_s)
                                      .toString();
            const QJsonArray suppressions = result.value(u"suppressions"_s).toArray();
            if (result.value(u"ruleId"_s).toString() == m_accepted.ruleId && where == m_accepted.datastore) {
                QCOMPARE(suppressions.size(), 1);
                const QJsonObject s = suppressions.at(0).toObject();
                QCOMPARE(s.value(u"kind"_s).toString(), u"external"_s);
                QCOMPARE(s.value(u"status"_s).toString(), u"accepted"_s);
                QVERIFY(s.value(u"justification"_s).toString().contains(kJustification));
            }
            if (result.value(u"ruleId"_s).toString() == m_expired.ruleId && where == m_expired.datastore) {
                expiredSeen = true;
                QVERIFY(suppressions.isEmpty());
                QVERIFY(result.value(u"message"_s)
                            .toObject()
                            .value(u"text"_s)
                            .toString()
                            .contains(u"Acceptance expired on"_s));
            }
            suppressed += suppressions.isEmpty() ? 0 : 1;
        }
        QCOMPARE(suppressed, m_audit.grade.fleet.accepted);
        QVERIFY(expiredSeen);
        const SchemaCheck::Result valid = SchemaCheck::sarif(bytes);
        QVERIFY2(valid.verdict != SchemaCheck::Verdict::NoTool, qPrintable(valid.detail));
        QVERIFY2(valid.verdict == SchemaCheck::Verdict::Valid, qPrintable(valid.detail));
    }

    void junit()
    {
        const QByteArray xml = Report::renderJunit(m_snapshot, m_audit, options());
        const QString text = QString::fromUtf8(xml);
        QVERIFY(text.contains(u"<skipped message=\"Accepted risk: Accepted until "_s));
        QVERIFY(text.contains(kJustification));
        QVERIFY(text.contains(u"Acceptance expired on"_s));
        QVERIFY(text.contains(u"name=\"policy\" value=\"/srv/ci/.proofer.yaml\""_s));
        // The accepted failures left the failure count.
        QVERIFY(
            text.contains(QStringLiteral("failures=\"%1\"").arg(m_plainJunitFailures - m_audit.grade.fleet.accepted)));
        const SchemaCheck::Result valid = SchemaCheck::junit(xml);
        QVERIFY2(valid.verdict != SchemaCheck::Verdict::NoTool, qPrintable(valid.detail));
        QVERIFY2(valid.verdict == SchemaCheck::Verdict::Valid, qPrintable(valid.detail));
    }

    void html()
    {
        const QString html = Report::renderHtml(m_snapshot, m_audit, options());
        QVERIFY(html.contains(u"<th>Policy</th><td>/srv/ci/.proofer.yaml (SHA-256 <code>"_s + m_policy.sha256));
        QVERIFY(html.contains(u"<span class=\"accepted\">Accepted until "_s));
        QVERIFY(html.contains(kJustification));
        QVERIFY(html.contains(u"<span class=\"warn\">Acceptance expired on "_s));
        QVERIFY(html.contains(u"Fail (accepted)"_s) || html.contains(u"fail (accepted)"_s));
    }

private:
    static Report::RenderOptions options() { return { ReportFixtures::kNow.addSecs(3600), u"0.0.0-test"_s }; }

    Test::MockClock m_clock;
    Fleet::Snapshot m_snapshot;
    Audit::Policy m_policy;
    Audit::Audit m_audit;
    Audit::Finding m_accepted;
    Audit::Finding m_expired;
    std::optional<double> m_plainScore;
    int m_plainJunitFailures = 0;
};

QTEST_GUILESS_MAIN(TestAcceptedOutputs)
#include "testacceptedoutputs.moc"
