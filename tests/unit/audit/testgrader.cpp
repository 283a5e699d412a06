// SPDX-License-Identifier: GPL-3.0-or-later
// The grade: formula, denominators, deductions, ceilings and caps; calibration on the reference fleet.
#include "auditfixtures.h"

#include "audit/grader.h"
#include "audit/ruleset.h"
#include "mockclock.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <memory>

using namespace Audit;
using namespace AuditFixtures;
using namespace Qt::StringLiterals;

namespace {

Assessment check(const char *rule, Severity severity, Outcome::Status status, const QString &datastore = u"db"_s)
{
    Outcome o;
    o.status = status;
    o.evidence = { u"test"_s };
    Assessment a;
    a.ruleId = QString::fromLatin1(rule);
    a.severity = severity;
    a.datastore = datastore;
    a.kind = Kind::PostgreSQL;
    a.outcome = o;
    a.observedAt = kNow;
    return a;
}

double sumOfDeductions(const Grade &g)
{
    double sum = 0.0;
    for (const Deduction &d : g.deductions)
        sum += d.points;
    return sum;
}

/** Letters from best to worst, for "at least" / "at most" comparisons. */
int rank(const QString &letter)
{
    static const QStringList ladder { u"A+"_s, u"A"_s,  u"A-"_s, u"B+"_s, u"B"_s,  u"B-"_s, u"C+"_s,
                                      u"C"_s,  u"C-"_s, u"D+"_s, u"D"_s,  u"D-"_s, u"F"_s };
    return int(ladder.indexOf(letter));
}

} // namespace

class TestGrader final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::MockClock> m_clock;

    static GradeReport gradeFleet(const QList<Evidence> &fleet, const FleetEvidence &f = hardenedFleet())
    {
        return Grader(evaluate(fleet, f)).grade();
    }

    static QString describe(const Grade &g)
    {
        return u"%1 %2 (uncapped %3) critical=%4 high=%5 medium=%6 low=%7 info=%8"_s.arg(g.letter)
            .arg(g.score.value_or(-1))
            .arg(g.uncappedScore, 0, 'f', 1)
            .arg(g.counts.value(Severity::Critical))
            .arg(g.counts.value(Severity::High))
            .arg(g.counts.value(Severity::Medium))
            .arg(g.counts.value(Severity::Low))
            .arg(g.counts.value(Severity::Info));
    }

private slots:
    void initTestCase() { m_clock = std::make_unique<Test::MockClock>(kNow); }
    void cleanupTestCase() { m_clock.reset(); }

    void ladder_data()
    {
        QTest::addColumn<double>("score");
        QTest::addColumn<QString>("letter");
        QTest::newRow("100") << 100.0 << u"A+"_s;
        QTest::newRow("97") << 97.0 << u"A+"_s;
        QTest::newRow("96.9") << 96.9 << u"A"_s;
        QTest::newRow("93") << 93.0 << u"A"_s;
        QTest::newRow("90") << 90.0 << u"A-"_s;
        QTest::newRow("87") << 87.0 << u"B+"_s;
        QTest::newRow("83") << 83.0 << u"B"_s;
        QTest::newRow("82.9") << 82.9 << u"B-"_s;
        QTest::newRow("80") << 80.0 << u"B-"_s;
        QTest::newRow("77") << 77.0 << u"C+"_s;
        QTest::newRow("73") << 73.0 << u"C"_s;
        QTest::newRow("70") << 70.0 << u"C-"_s;
        QTest::newRow("67") << 67.0 << u"D+"_s;
        QTest::newRow("63") << 63.0 << u"D"_s;
        QTest::newRow("60") << 60.0 << u"D-"_s;
        QTest::newRow("59.9") << 59.9 << u"F"_s;
        QTest::newRow("0") << 0.0 << u"F"_s;
    }

    void ladder()
    {
        QFETCH(double, score);
        QFETCH(QString, letter);
        QCOMPARE(Grader::letterFor(score), letter);
    }

    void severityWeightedShareOfAssessedChecks()
    {
        using S = Outcome::Status;
        // Weights 10 + 5 + 2 + 1 assessed = 18; the medium fails: 100 × 16/18 = 88.9, under the medium ceiling 89.
        const QList<Assessment> checks {
            check("A", Severity::Critical, S::Pass),    check("B", Severity::High, S::Pass),
            check("C", Severity::Medium, S::Fail),      check("D", Severity::Low, S::Pass),
            check("E", Severity::High, S::NotAssessed), check("F", Severity::Critical, S::NotApplicable),
            check("G", Severity::Info, S::Fail)
        };
        const GradeReport report = Grader(checks).grade();
        const Grade *db = report.datastore(u"db"_s);
        QVERIFY(db);
        QCOMPARE(db->assessedWeight, 18.0);
        QCOMPARE(db->passedWeight, 16.0);
        QCOMPARE(db->assessed, 5);
        QCOMPARE(db->notAssessed, 1);
        QCOMPARE(db->notApplicable, 1);
        QCOMPARE(*db->score, 88.9);
        QCOMPARE(db->letter, u"B+"_s);
        QCOMPARE(db->deductions.size(), 1); // the info failure costs nothing
        QCOMPARE(db->deductions.first().ruleId, u"C"_s);
        QVERIFY(qAbs(db->deductions.first().points - 100.0 * 2 / 18) < 1e-9);
        QCOMPARE(db->counts.value(Severity::Medium), 1);
        QCOMPARE(db->counts.value(Severity::Info), 1);
    }

    void ceilingOfTheWorstSeverity_data()
    {
        QTest::addColumn<int>("severity");
        QTest::addColumn<double>("score");
        QTest::newRow("critical caps at 59 (F)") << int(Severity::Critical) << 59.0;
        QTest::newRow("high caps at 82 (B-)") << int(Severity::High) << 82.0;
        QTest::newRow("medium caps at 89 (B+)") << int(Severity::Medium) << 89.0;
        QTest::newRow("low caps at 96 (A)") << int(Severity::Low) << 96.0;
    }

    void ceilingOfTheWorstSeverity()
    {
        QFETCH(int, severity);
        QFETCH(double, score);
        using S = Outcome::Status;
        QList<Assessment> checks;
        for (int i = 0; i < 40; ++i)
            checks << check("PASS", Severity::Critical, S::Pass);
        checks << check("X", Severity(severity), S::Fail);
        const Grade g = Grader(checks).grade().datastores.first();
        QCOMPARE(*g.score, score);
        QVERIFY(g.uncappedScore > score);
        QCOMPARE(g.deductions.last().kind, Deduction::Kind::Ceiling);
        QCOMPARE(g.deductions.last().ruleId, u"X"_s);
        QVERIFY(qAbs(100.0 - sumOfDeductions(g) - score) < 1e-9);
    }

    void nothingAssessedHasNoScore()
    {
        using S = Outcome::Status;
        const GradeReport report
            = Grader({ check("A", Severity::High, S::NotAssessed), check("B", Severity::Critical, S::NotApplicable) })
                  .grade();
        QVERIFY(!report.datastores.first().score);
        QCOMPARE(report.datastores.first().letter, u"N/A"_s);
        QVERIFY(!report.fleet.score);
        QCOMPARE(report.fleet.letter, u"N/A"_s);
        QVERIFY(report.fleet.toJson().value(u"score").isNull());
    }

    /** A namespace with no datastore: the fleet checks (RBAC, kubeconfig) alone never make a grade. */
    void noDatastoreIsNoGrade()
    {
        const GradeReport report = gradeFleet({});
        QVERIFY(!report.fleet.score);
        QCOMPARE(report.fleet.letter, u"N/A"_s);
        QCOMPARE(report.fleet.datastoresTotal, 0);
        QVERIFY(!report.fleet.reason.isEmpty());
        const QJsonObject json = report.fleet.toJson();
        QVERIFY(json.value(u"letter").isNull());
        QCOMPARE(json.value(u"reason").toString(), report.fleet.reason);
    }

    void minimumScoreFollowsTheLadder_data()
    {
        QTest::addColumn<QString>("letter");
        QTest::addColumn<double>("minimum");
        QTest::newRow("A+") << u"A+"_s << 97.0;
        QTest::newRow("b- (any case)") << u"b-"_s << 80.0;
        QTest::newRow("D-") << u"D-"_s << 60.0;
        QTest::newRow("F") << u"F"_s << 0.0;
        QTest::newRow("not a letter") << u"Z"_s << -1.0;
        QTest::newRow("N/A is not a letter") << u"N/A"_s << -1.0;
    }

    void minimumScoreFollowsTheLadder()
    {
        QFETCH(QString, letter);
        QFETCH(double, minimum);
        const std::optional<double> got = Grader::minimumScore(letter);
        QCOMPARE(got.value_or(-1.0), minimum);
        if (got)
            QCOMPARE(Grader::letterFor(*got).toUpper(), letter.toUpper());
    }

    void notAssessedSectionsAreExcluded()
    {
        // Unknown facts neither pass nor fail: a datastore with all TLS facts unknown scores on the rest.
        Evidence e = hardenedPostgres();
        e.tls = {};
        const GradeReport report = gradeFleet({ e });
        QCOMPARE(report.fleet.letter, u"A+"_s);
        QVERIFY(report.fleet.notAssessed > 10);
    }

    void calibrationBeforeHardening()
    {
        const GradeReport report = gradeFleet(referenceFleet(Stage::BeforeHardening));
        qInfo("before hardening: %s", qPrintable(describe(report.fleet)));
        QVERIFY2(rank(report.fleet.letter) >= rank(u"D-"_s), qPrintable(report.fleet.letter));
        QCOMPARE(report.datastores.size(), 16); // 14 PostgreSQL, Redis, the namespace scope
        QVERIFY(report.fleet.counts.value(Severity::Critical) >= 15);
    }

    void calibrationAsDocumented()
    {
        const GradeReport report = gradeFleet(referenceFleet(Stage::AsDocumented));
        qInfo("as documented: %s", qPrintable(describe(report.fleet)));
        QVERIFY2(rank(report.fleet.letter) >= rank(u"B"_s) && rank(report.fleet.letter) <= rank(u"C+"_s),
                 qPrintable(report.fleet.letter)); // "B- range, not A"
        QCOMPARE(report.fleet.counts.value(Severity::Critical), 0);
        QCOMPARE(report.fleet.counts.value(Severity::High), 14 * 2 + 1); // TLS-005 ×15, PG-LOG-004 ×14
        QCOMPARE(report.fleet.counts.value(Severity::Low), 1); // REDIS-AUTH-003
        for (const Grade &g : report.datastores) {
            if (g.subject.endsWith(u"-db"))
                QCOMPARE(g.letter, u"B-"_s);
        }
        // The worked example of docs/grading.md.
        const Grade *auth = report.datastore(u"auth-db"_s);
        QCOMPARE(auth->assessedWeight, 141.0); // PG-LOG-007 (low): the prefix has %m
        QCOMPARE(auth->passedWeight, 131.0);
        QCOMPARE(auth->deductions.size(), 3);
        QVERIFY(qAbs(auth->deductions.last().points - 10.91) < 0.01);
        QCOMPARE(*report.fleet.score, 82.2);
    }

    void calibrationHardened()
    {
        const GradeReport report = gradeFleet(referenceFleet(Stage::Hardened));
        qInfo("hardened: %s", qPrintable(describe(report.fleet)));
        QVERIFY2(report.fleet.letter == u"A+" || report.fleet.letter == u"A", qPrintable(report.fleet.letter));
        QCOMPARE(report.fleet.counts.value(Severity::Info), 15); // CERT-011: 3-year leaves
    }

    void oneCriticalDatastoreAmongHealthyCapsBelowB()
    {
        QList<Evidence> fleet = referenceFleet(Stage::Hardened);
        fleet[5].pvc.bound = false; // external-db loses its PVC
        fleet[5].pvc.ephemeral = true;
        const GradeReport report = gradeFleet(fleet);
        qInfo("one critical among healthy: %s", qPrintable(describe(report.fleet)));
        QVERIFY2(*report.fleet.score < 83.0, qPrintable(describe(report.fleet)));
        QCOMPARE(report.fleet.counts.value(Severity::Critical), 1);
        QCOMPARE(report.datastore(u"external-db"_s)->letter, u"F"_s);
        QCOMPARE(report.datastore(u"external-db"_s)->fleetWeight, 10.0);
        // The plain mean of 15 datastores would have hidden it (14 × 100 + 59) / 15 = 97.3.
        QVERIFY(report.fleet.uncappedScore < 90.0);
    }

    void fleetDeductionsAddUp()
    {
        for (Stage stage : { Stage::BeforeHardening, Stage::AsDocumented, Stage::Hardened }) {
            const GradeReport report = gradeFleet(referenceFleet(stage));
            QVERIFY2(qAbs(100.0 - sumOfDeductions(report.fleet) - *report.fleet.score) < 0.06,
                     qPrintable(describe(report.fleet)));
            for (const Grade &g : report.datastores) {
                if (g.score)
                    QVERIFY(qAbs(100.0 - sumOfDeductions(g) - *g.score) < 0.06);
            }
        }
    }

    void whatIfRaisesTheGrade()
    {
        const QList<Assessment> assessments = evaluate(referenceFleet(Stage::AsDocumented), hardenedFleet());
        const Grader grader(assessments);
        const GradeReport now = grader.grade();
        QSet<QString> fixed;
        for (const Assessment &a : assessments) {
            if (a.outcome.status == Outcome::Status::Fail && (a.ruleId == u"TLS-005" || a.ruleId == u"PG-LOG-004"))
                fixed.insert(a.key());
        }
        const GradeReport projected = grader.whatIf(fixed);
        qInfo("as documented %s → what-if verify-full + log_statement ddl: %s", qPrintable(now.fleet.letter),
              qPrintable(describe(projected.fleet)));
        QVERIFY(*projected.fleet.score > *now.fleet.score);
        QVERIFY(rank(projected.fleet.letter) < rank(now.fleet.letter));
        QVERIFY2(projected.fleet.letter == u"A+" || projected.fleet.letter == u"A", qPrintable(projected.fleet.letter));
        QCOMPARE(projected.fleet.counts.value(Severity::High), 0);
        // The grader itself is unchanged.
        QCOMPARE(grader.grade().fleet.score, now.fleet.score);

        // Fixing one datastore only moves the fleet a little.
        const GradeReport one = grader.whatIf({ u"TLS-005@auth-db"_s, u"PG-LOG-004@auth-db"_s });
        QVERIFY(*one.fleet.score > *now.fleet.score);
        QVERIFY(*one.fleet.score < *projected.fleet.score);
        QCOMPARE(one.datastore(u"auth-db"_s)->letter, u"A+"_s);
    }

    void json()
    {
        const GradeReport report = gradeFleet(referenceFleet(Stage::AsDocumented));
        const QJsonObject json = report.toJson();
        QCOMPARE(json.value(u"letter").toString(), report.fleet.letter);
        QCOMPARE(json.value(u"score").toDouble(), *report.fleet.score);
        const QJsonObject counts = json.value(u"counts").toObject();
        for (const char *key : { "critical", "high", "medium", "low" })
            QVERIFY2(counts.contains(QLatin1String(key)), key);
        QCOMPARE(counts.value(u"high").toInt(), 29);
        const QJsonArray deductions = json.value(u"deductions").toArray();
        QVERIFY(!deductions.isEmpty());
        const QJsonObject first = deductions.first().toObject();
        for (const char *key : { "rule", "datastore", "severity", "points", "kind" })
            QVERIFY2(first.contains(QLatin1String(key)), key);
        QVERIFY(json.value(u"datastores").toObject().contains(u"auth-db"));
    }
};

QTEST_GUILESS_MAIN(TestGrader)
#include "testgrader.moc"
