// SPDX-License-Identifier: GPL-3.0-or-later
// The platform facts issue 15 §3 turns into checks, from the probes' reports to the audit's Evidence: the server
// version against the end-of-life table, the log settings, Redis persistence (RDB and AOF) and the TLS files the
// servers read. A fact the probe could not read is unknown with the probe's reason, never a pass.
#include "auditfixtures.h"
#include "mockclock.h"

#include "audit/postgresqlreleases.h"
#include "audit/ruleset.h"
#include "audit/snapshotevidence.h"
#include "fleet/snapshot.h"

#include <QTest>

#include <memory>

using namespace Audit;
using namespace Qt::StringLiterals;
using S = Outcome::Status;

namespace {

Fleet::DatastoreReport postgresReport()
{
    Fleet::DatastoreReport report;
    report.name = u"auth-db"_s;
    report.kind = Fleet::Kind::PostgreSQL;
    report.endpoint = u"auth-db-service:5432"_s;
    report.observedAt = AuditFixtures::kNow;
    Probe::PostgresFacts pg;
    pg.connected = true;
    pg.serverVersion = u"17.6"_s;
    pg.serverVersionNumber = 170006;
    pg.settings = { { u"log_connections"_s, u"on"_s }, { u"logging_collector"_s, u"off"_s } };
    pg.unknown = { { u"log_line_prefix"_s, u"not visible to role app: must be superuser"_s } };
    report.postgres = pg;
    return report;
}

Fleet::DatastoreReport redisReport()
{
    Fleet::DatastoreReport report;
    report.name = u"redis"_s;
    report.kind = Fleet::Kind::Redis;
    report.endpoint = u"redis-service:6379"_s;
    report.observedAt = AuditFixtures::kNow;
    Probe::RedisFacts redis;
    redis.connected = true;
    redis.authRequired = true;
    redis.authMethod = u"requirepass"_s;
    redis.settings = { { u"save"_s, QString() }, { u"appendfsync"_s, u"everysec"_s } };
    redis.unknown = { { u"appendonly"_s, u"CONFIG GET is renamed or disabled on this server (ERR unknown command)"_s } };
    report.redis = redis;
    return report;
}

Outcome outcomeOf(const QString &rule, const Evidence &e)
{
    const Rule *r = RuleSet::find(rule);
    if (!r)
        qFatal("no rule %s", qPrintable(rule));
    return r->evaluate(e, AuditFixtures::hardenedFleet());
}

} // namespace

class TestPlatformFacts final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::MockClock> m_clock;

private slots:
    void initTestCase() { m_clock = std::make_unique<Test::MockClock>(AuditFixtures::kNow); }
    void cleanupTestCase() { m_clock.reset(); }

    void endOfLife_data()
    {
        QTest::addColumn<int>("number");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<int>("state");
        QTest::addColumn<QString>("major");
        using State = PostgresReleases::Support::State;
        QTest::newRow("17 today") << 170006 << QDate(2026, 12, 7) << int(State::Supported) << u"17"_s;
        QTest::newRow("14 on its last day") << 140019 << QDate(2026, 11, 12) << int(State::Supported) << u"14"_s;
        QTest::newRow("14 the day after") << 140019 << QDate(2026, 11, 13) << int(State::EndOfLife) << u"14"_s;
        QTest::newRow("9.6") << 90624 << QDate(2026, 1, 1) << int(State::EndOfLife) << u"9.6"_s;
        QTest::newRow("8.4, older than the table") << 80422 << QDate(2026, 1, 1) << int(State::EndOfLife)
                                                   << u"8.4"_s;
        QTest::newRow("19, newer than the table") << 190000 << QDate(2026, 1, 1) << int(State::Unknown) << u"19"_s;
        QTest::newRow("nothing read") << 0 << QDate(2026, 1, 1) << int(State::Unknown) << u"0"_s;
    }

    void endOfLife()
    {
        QFETCH(int, number);
        QFETCH(QDate, today);
        QFETCH(int, state);
        QFETCH(QString, major);
        QCOMPARE(int(PostgresReleases::supportOf(number, today).state), state);
        QCOMPARE(PostgresReleases::majorName(PostgresReleases::majorOf(number)), major);
    }

    void postgresVersionAndHiddenSettingsReachTheRules()
    {
        const Evidence e = evidenceFrom(postgresReport());
        QCOMPARE(e.pg.serverVersionNumber, std::optional<int>(170006));
        const Outcome version = outcomeOf(u"PG-VER-001"_s, e);
        QCOMPARE(statusName(version.status), statusName(S::Pass));
        QVERIFY2(version.evidence.join(u' ').contains(u"17.6"), qPrintable(version.evidence.join(u' ')));
        // A setting the role may not read: not assessed, with the probe's reason (not just "Unknown").
        const Outcome prefix = outcomeOf(u"PG-LOG-003"_s, e);
        QCOMPARE(statusName(prefix.status), statusName(S::NotAssessed));
        QVERIFY2(prefix.reason.contains(u"must be superuser"), qPrintable(prefix.reason));
    }

    void postgresNeverLoggedInLeavesTheVersionUnknown()
    {
        Fleet::DatastoreReport report = postgresReport();
        report.postgres->connected = false;
        report.postgres->serverVersionNumber = 0;
        report.postgres->error = u"auth-db-service:5432: authentication: password authentication failed"_s;
        const Evidence e = evidenceFrom(report);
        QVERIFY(!e.pg.serverVersionNumber);
        const Outcome version = outcomeOf(u"PG-VER-001"_s, e);
        QCOMPARE(statusName(version.status), statusName(S::NotAssessed));
        QVERIFY2(version.reason.contains(u"password authentication failed"), qPrintable(version.reason));
    }

    void redisPersistenceFactsAndRefusals()
    {
        const Evidence e = evidenceFrom(redisReport());
        QCOMPARE(e.redis.save, std::optional<QString>(QString()));
        QCOMPARE(e.redis.appendfsync, std::optional<QString>(u"everysec"_s));
        QVERIFY(!e.redis.appendonly);
        const Outcome aof = outcomeOf(u"PERSIST-003"_s, e);
        QCOMPARE(statusName(aof.status), statusName(S::NotAssessed));
        QVERIFY2(aof.reason.contains(u"renamed or disabled"), qPrintable(aof.reason));
    }
};

QTEST_GUILESS_MAIN(TestPlatformFacts)
#include "testplatformfacts.moc"
