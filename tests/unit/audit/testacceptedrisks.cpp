// SPDX-License-Identifier: GPL-3.0-or-later
// Accepted risks of the policy applied to the grade: an accepted failure costs no points and weighs as if it passed,
// until it expires (then it is a finding again that says so); the datastore glob; attested facts keep their basis.
#include "auditfixtures.h"

#include "audit/finding.h"
#include "audit/grader.h"
#include "audit/policy.h"
#include "audit/ruleset.h"
#include "mockclock.h"

#include <QTest>

using namespace Audit;
using namespace AuditFixtures;
using namespace Qt::StringLiterals;

namespace {

const QDate kToday = kNow.date();

Assessment check(const char *rule, Severity severity, Outcome::Status status, const QString &datastore)
{
    Assessment a;
    a.ruleId = QString::fromLatin1(rule);
    a.severity = severity;
    a.datastore = datastore;
    a.kind = Kind::PostgreSQL;
    a.outcome.status = status;
    a.outcome.evidence = { u"test"_s };
    a.observedAt = kNow;
    return a;
}

/** Two datastores: auth-db fails a high and a medium check, redis a medium one; both pass the rest. */
QList<Assessment> fleet()
{
    using S = Outcome::Status;
    return {
        check("TLS-001", Severity::Critical, S::Pass, u"auth-db"_s),
        check("PG-LOG-004", Severity::High, S::Fail, u"auth-db"_s),
        check("KUBE-005", Severity::Medium, S::Fail, u"auth-db"_s),
        check("PG-LOG-001", Severity::Medium, S::Pass, u"auth-db"_s),
        check("TLS-001", Severity::Critical, S::Pass, u"redis"_s),
        check("KUBE-005", Severity::Medium, S::Fail, u"redis"_s),
    };
}

AcceptedRisk risk(const char *rule, const char *datastore, const QDate &expires)
{
    return { QString::fromLatin1(rule),
             QString::fromLatin1(datastore),
             u"Isolated by the node pool"_s,
             u"Jane Doe (CISO)"_s,
             expires,
             7 };
}

} // namespace

class TestAcceptedRisks final : public QObject
{
    Q_OBJECT

private slots:
    void init() { m_clock = std::make_unique<Test::MockClock>(kNow); }

    void acceptedCostsNoPoints()
    {
        Policy policy;
        policy.acceptedRisks = { risk("PG-LOG-004", "auth-db", kToday.addDays(30)) };
        QList<Assessment> checks = fleet();
        applyAcceptances(checks, policy, kToday);
        const GradeReport accepted = Grader(checks).grade();
        const GradeReport fixed = Grader(fleet()).whatIf({ u"PG-LOG-004@auth-db"_s });
        const GradeReport open = Grader(fleet()).grade();
        // Exactly the grade the check would give passed, and better than with it open.
        QCOMPARE(accepted.fleet.score, fixed.fleet.score);
        QVERIFY(*accepted.fleet.score > *open.fleet.score);
        QCOMPARE(accepted.fleet.accepted, 1);
        QCOMPARE(accepted.fleet.counts.value(Severity::High), 0);
        QCOMPARE(accepted.datastore(u"auth-db"_s)->worst, std::optional<Severity>(Severity::Medium));
        for (const Deduction &d : accepted.fleet.deductions)
            QVERIFY2(d.ruleId != u"PG-LOG-004", "an accepted check cost points");
        QCOMPARE(accepted.fleet.toJson().value(u"accepted"_s).toInt(), 1);

        // Shown, not hidden: the finding is there, accepted, with its justification.
        const QList<Finding> findings = Finding::fromAssessments(checks);
        const auto it = std::find_if(findings.cbegin(), findings.cend(),
                                     [](const Finding &f) { return f.ruleId == u"PG-LOG-004"; });
        QVERIFY(it != findings.cend());
        QVERIFY(it->isAccepted());
        QCOMPARE(it->toJson().value(u"status"_s).toString(), u"accepted"_s);
        const QJsonObject acceptance = it->toJson().value(u"acceptance"_s).toObject();
        QCOMPARE(acceptance.value(u"justification"_s).toString(), u"Isolated by the node pool"_s);
        QCOMPARE(acceptance.value(u"approvedBy"_s).toString(), u"Jane Doe (CISO)"_s);
        QCOMPARE(acceptance.value(u"expires"_s).toString(), kToday.addDays(30).toString(Qt::ISODate));
        QCOMPARE(acceptance.value(u"expired"_s).toBool(), false);
        QVERIFY(it->acceptance->describe().startsWith(u"Accepted until "_s));
    }

    // What an operation could bring (the wizards' projection): an accepted failure is not one it fixes.
    void operationProjectionCountsOnlyOpenFailures()
    {
        Policy policy;
        policy.acceptedRisks = { risk("PG-LOG-004", "auth-db", kToday.addDays(30)) };
        QList<Assessment> checks = fleet();
        applyAcceptances(checks, policy, kToday);
        int openCount = 0;
        for (const Assessment &a : checks)
            openCount += a.outcome.status == Outcome::Status::Fail && a.ruleId.startsWith(u"PG-LOG-")
                    && a.datastore == u"auth-db" && !a.isAccepted()
                ? 1
                : 0;
        int fixed = -1;
        const GradeReport after = Grader(checks).whatIfFixed({ u"PG-LOG-"_s }, { u"auth-db"_s }, &fixed);
        QCOMPARE(fixed, openCount);
        QSet<QString> keys;
        for (const Assessment &a : checks) {
            if (a.outcome.status == Outcome::Status::Fail && a.ruleId.startsWith(u"PG-LOG-") && a.datastore == u"auth-db")
                keys << a.key();
        }
        QCOMPARE(after.fleet.score, Grader(checks).whatIf(keys).fleet.score); // the same grade either way
    }

    void expiry_data()
    {
        QTest::addColumn<int>("expiresInDays");
        QTest::addColumn<bool>("active");
        QTest::newRow("expires in a month") << 30 << true;
        QTest::newRow("expires today: still accepted today") << 0 << true;
        QTest::newRow("expired yesterday") << -1 << false;
        QTest::newRow("expired a year ago") << -365 << false;
    }

    void expiry()
    {
        QFETCH(int, expiresInDays);
        QFETCH(bool, active);
        Policy policy;
        policy.acceptedRisks = { risk("PG-LOG-004", "auth-db", kToday.addDays(expiresInDays)) };
        QList<Assessment> checks = fleet();
        applyAcceptances(checks, policy, kToday);
        const Assessment &a = checks.at(1);
        QVERIFY(a.acceptance.has_value());
        QCOMPARE(a.isAccepted(), active);
        QCOMPARE(a.acceptance->expired, !active);
        const GradeReport report = Grader(checks).grade();
        QCOMPARE(report.fleet.counts.value(Severity::High), active ? 0 : 1);
        QCOMPARE(report.fleet.score,
                 active ? Grader(fleet()).whatIf({ a.key() }).fleet.score : Grader(fleet()).grade().fleet.score);
        if (!active) {
            // A finding again, and it says why it is back.
            const Finding f = Finding::fromAssessments(checks).constFirst();
            QCOMPARE(f.ruleId, u"PG-LOG-004"_s);
            QCOMPARE(f.toJson().value(u"status"_s).toString(), u"open"_s);
            QVERIFY2(f.acceptance->describe().startsWith(u"Acceptance expired on "_s
                                                         + kToday.addDays(expiresInDays).toString(Qt::ISODate)),
                     qPrintable(f.acceptance->describe()));
        }
    }

    void activeWinsOverExpired()
    {
        Policy policy;
        policy.acceptedRisks
            = { risk("KUBE-005", "*", kToday.addDays(-10)), risk("KUBE-005", "redis", kToday.addDays(10)) };
        QList<Assessment> checks = fleet();
        applyAcceptances(checks, policy, kToday);
        QVERIFY(!checks.at(2).isAccepted()); // auth-db: only the expired one covers it
        QVERIFY(checks.at(2).acceptance->expired);
        QVERIFY(checks.at(5).isAccepted()); // redis: both, the active one wins
    }

    void glob_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("subject");
        QTest::addColumn<bool>("matches");
        QTest::newRow("exact") << u"KUBE-005"_s << u"auth-db"_s << u"auth-db"_s << true;
        QTest::newRow("exact, other datastore") << u"KUBE-005"_s << u"auth-db"_s << u"auth-db-2"_s << false;
        QTest::newRow("suffix star") << u"KUBE-005"_s << u"*-db"_s << u"orders-db"_s << true;
        QTest::newRow("suffix star misses redis") << u"KUBE-005"_s << u"*-db"_s << u"redis"_s << false;
        QTest::newRow("prefix star") << u"KUBE-005"_s << u"redis*"_s << u"redis-cache"_s << true;
        QTest::newRow("question mark") << u"KUBE-005"_s << u"p?s-db"_s << u"pos-db"_s << true;
        QTest::newRow("character class") << u"KUBE-005"_s << u"[ab]uth-db"_s << u"auth-db"_s << true;
        QTest::newRow("star covers a fleet scope") << u"KUBE-003"_s << u"*"_s << u"namespace/bakery-ia"_s << true;
        QTest::newRow("namespace glob") << u"KUBE-003"_s << u"namespace/bakery-*"_s << u"namespace/bakery-ia"_s << true;
        QTest::newRow("other rule") << u"KUBE-004"_s << u"*"_s << u"auth-db"_s << false;
        QTest::newRow("case matters") << u"KUBE-005"_s << u"Auth-db"_s << u"auth-db"_s << false;
    }

    void glob()
    {
        QFETCH(QString, rule);
        QFETCH(QString, pattern);
        QFETCH(QString, subject);
        QFETCH(bool, matches);
        // "other rule": a KUBE-005 acceptance does not cover KUBE-004.
        const QString accepted = rule == u"KUBE-004" ? u"KUBE-005"_s : rule;
        const AcceptedRisk r { accepted, pattern, u"j"_s, u"a"_s, kToday, 1 };
        QCOMPARE(r.matches(rule, subject), matches);
    }

    void acceptedCriticalLiftsTheFleetCap()
    {
        using S = Outcome::Status;
        QList<Assessment> checks;
        for (const char *rule : { "TLS-001", "TLS-002", "TLS-003", "PG-LOG-001", "PG-LOG-002", "PG-LOG-003" })
            checks << check(rule, Severity::Critical, S::Pass, u"auth-db"_s);
        checks << check("PG-AUTH-001", Severity::Critical, S::Fail, u"auth-db"_s);
        for (const char *rule :
             { "TLS-001", "TLS-002", "TLS-003", "PG-LOG-001", "PG-LOG-002", "PG-LOG-003", "PG-AUTH-001" })
            checks << check(rule, Severity::Critical, S::Pass, u"orders-db"_s);
        QVERIFY(*Grader(checks).grade().fleet.score <= Grader::kFleetCriticalCap);
        Policy policy;
        policy.acceptedRisks = { risk("PG-AUTH-001", "auth-db", kToday) };
        applyAcceptances(checks, policy, kToday);
        const GradeReport report = Grader(checks).grade();
        QCOMPARE(*report.fleet.score, 100.0);
        for (const Deduction &d : report.fleet.deductions)
            QVERIFY(d.kind != Deduction::Kind::FleetCap);
    }

    void passesAreNotAccepted()
    {
        Policy policy;
        policy.acceptedRisks = { risk("TLS-001", "*", kToday.addDays(1)) };
        QList<Assessment> checks = fleet();
        applyAcceptances(checks, policy, kToday);
        QVERIFY(!checks.at(0).acceptance);
        const QJsonObject json = policy.toJson(checks, kToday);
        QCOMPARE(json.value(u"source"_s).toString(), u"built-in"_s);
        QVERIFY(json.value(u"sha256"_s).isNull());
        QCOMPARE(json.value(u"acceptedRisks"_s).toArray().at(0).toObject().value(u"matched"_s).toInt(), 0);
    }

    void attestedFactsAreAttested_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("evidence");
        QTest::newRow("Secrets encrypted at rest")
            << u"KUBE-003"_s << u"Secrets encryption at rest attested by Platform team, 2026-11-02"_s;
        QTest::newRow("log retention") << u"LOG-001"_s << u"Log retention of 400 days, attested by SRE, Loki"_s;
    }

    void attestedFactsAreAttested()
    {
        QFETCH(QString, rule);
        QFETCH(QString, evidence);
        FleetEvidence fleetEvidence = hardenedFleet();
        fleetEvidence.profile.secretsEncryptedAtRest = true;
        fleetEvidence.profile.secretsEncryptionAttestedBy = u"Platform team, 2026-11-02"_s;
        fleetEvidence.profile.logRetentionDays = 400;
        fleetEvidence.profile.logRetentionAttestedBy = u"SRE, Loki"_s;
        const QList<Assessment> checks = evaluate({ hardenedPostgres() }, fleetEvidence);
        const auto it
            = std::find_if(checks.cbegin(), checks.cend(), [&](const Assessment &a) { return a.ruleId == rule; });
        QVERIFY2(it != checks.cend(), qPrintable(rule));
        QCOMPARE(it->outcome.status, Outcome::Status::Pass);
        QCOMPARE(it->basis, Basis::Attested);
        QVERIFY2(it->outcome.evidence.contains(evidence), qPrintable(it->outcome.evidence.join(u" | ")));
    }

    void allowedVersions()
    {
        FleetEvidence fleetEvidence = hardenedFleet();
        const Evidence pg = modified(hardenedPostgres(), [](Evidence &e) { e.pg.serverVersionNumber = 160004; });
        auto outcomeOf = [&](const FleetEvidence &f) {
            for (const Assessment &a : evaluate({ pg }, f)) {
                if (a.ruleId == u"PG-VER-001")
                    return a.outcome;
            }
            return Outcome();
        };
        QCOMPARE(outcomeOf(fleetEvidence).status, Outcome::Status::Pass); // 16 is supported upstream
        fleetEvidence.profile.postgresqlMajors = { 17 };
        const Outcome narrowed = outcomeOf(fleetEvidence);
        QCOMPARE(narrowed.status, Outcome::Status::Fail);
        QVERIFY2(narrowed.evidence.join(u' ').contains(u"not among the versions the policy allows: 17"_s),
                 qPrintable(narrowed.evidence.join(u' ')));
        fleetEvidence.profile.postgresqlMajors = { 16, 17 };
        QCOMPARE(outcomeOf(fleetEvidence).status, Outcome::Status::Pass);
    }

private:
    std::unique_ptr<Test::MockClock> m_clock;
};

QTEST_GUILESS_MAIN(TestAcceptedRisks)
#include "testacceptedrisks.moc"
