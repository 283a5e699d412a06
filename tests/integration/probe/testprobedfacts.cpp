// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 15 §3 against real servers: what the PostgreSQL and Redis probes read (server version, log settings,
// persistence, the TLS files the server is configured with) travels through the snapshot to the rules, and a fact
// the probe could not read leaves its rule not assessed with the probe's reason — never a pass.
#include "mockclock.h"
#include "postgresserver.h"
#include "redisserver.h"

#include "audit/ruleset.h"
#include "audit/snapshotevidence.h"
#include "fleet/snapshot.h"
#include "probe/postgresprobe.h"
#include "probe/redisprobe.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using S = Audit::Outcome::Status;

namespace {

Probe::PostgresFacts probePostgres(const Test::PostgresServer &server, bool superuser)
{
    Probe::PostgresTarget target;
    target.host = u"localhost"_s;
    target.hostaddr = u"127.0.0.1"_s;
    target.port = server.port();
    target.database = superuser ? u"postgres"_s : server.database();
    target.user = superuser ? u"postgres"_s : server.role();
    target.password = Core::Secret::fromUtf8(superuser ? server.superuserPassword() : server.password());
    target.caFile = server.caFile();
    Probe::PostgresProbe probe;
    QSignalSpy spy(&probe, &Probe::PostgresProbe::finished);
    probe.start(target);
    if (!QTest::qWaitFor([&spy] { return spy.count() > 0; }, 90000))
        qFatal("PostgresProbe did not finish");
    return spy.at(0).at(0).value<Probe::PostgresFacts>();
}

Probe::RedisFacts probeRedis(const Test::RedisServer &server, const QString &password = {})
{
    Probe::RedisTarget target;
    target.host = server.host();
    target.serverName = u"localhost"_s;
    target.port = server.tlsPort();
    target.caPem = server.ca().caCertificatePem();
    target.password = Core::Secret::fromUtf8(password);
    Probe::RedisProbe probe;
    std::optional<Probe::RedisFacts> result;
    QObject::connect(&probe, &Probe::RedisProbe::finished, &probe,
                     [&](const Probe::RedisFacts &facts) { result = facts; });
    probe.start(target);
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 20000))
        qFatal("RedisProbe did not finish");
    return *result;
}

/** A report as the scanner makes it: the probe's facts, its unknown facts merged in. */
Fleet::DatastoreReport reportOf(const QString &name, const Probe::PostgresFacts &pg)
{
    Fleet::DatastoreReport report;
    report.name = name;
    report.kind = Fleet::Kind::PostgreSQL;
    report.endpoint = pg.endpoint;
    report.observedAt = QDateTime::currentDateTimeUtc();
    report.postgres = pg;
    for (auto it = pg.unknown.cbegin(); it != pg.unknown.cend(); ++it)
        report.unknown.insert(it.key(), it.value());
    return report;
}

Fleet::DatastoreReport reportOf(const Probe::RedisFacts &redis, std::optional<bool> pvcBound)
{
    Fleet::DatastoreReport report;
    report.name = u"redis"_s;
    report.kind = Fleet::Kind::Redis;
    report.endpoint = redis.endpoint;
    report.observedAt = QDateTime::currentDateTimeUtc();
    report.redis = redis;
    for (auto it = redis.unknown.cbegin(); it != redis.unknown.cend(); ++it)
        report.unknown.insert(it.key(), it.value());
    if (pvcBound) {
        Fleet::Datastore k8s;
        k8s.name = u"redis"_s;
        Fleet::PvcFacts pvc;
        pvc.name = u"redis-data"_s;
        pvc.phase = *pvcBound ? u"Bound"_s : u"Pending"_s;
        k8s.pvcs << pvc;
        report.k8s = k8s;
    }
    return report;
}

Audit::Outcome outcome(const QString &rule, const Audit::Evidence &e)
{
    const Audit::Rule *r = Audit::RuleSet::find(rule);
    if (!r)
        qFatal("no rule %s", qPrintable(rule));
    Audit::FleetEvidence fleet;
    return r->evaluate(e, fleet);
}

QString text(const Audit::Outcome &o)
{
    return Audit::statusName(o.status) + u": "_s + o.evidence.join(u"; "_s) + o.reason;
}

} // namespace

class TestProbedFacts final : public QObject
{
    Q_OBJECT

private:
    Test::CertFactory m_ca;
    std::unique_ptr<Test::PostgresServer> m_pg;

private slots:
    void initTestCase()
    {
        QVERIFY2(m_ca.isValid(), qPrintable(m_ca.errorString()));
        m_pg = std::make_unique<Test::PostgresServer>(&m_ca);
        Test::PostgresOptions options;
        options.extraConfig = {
            u"log_line_prefix = '[%p] %u@%d '"_s, // no timestamp
            u"log_min_duration_statement = 0"_s, // every statement's text
            u"logging_collector = on"_s,
            u"log_rotation_age = 0"_s,
            u"log_rotation_size = 0"_s,
        };
        QVERIFY2(m_pg->start(options), qPrintable(m_pg->errorString()));
    }

    void postgresAsSuperuser()
    {
        // PostgreSQL 15 is supported until 2027-11-11: a pass today, a failure the day after.
        const Probe::PostgresFacts facts = probePostgres(*m_pg, true);
        QVERIFY2(facts.connected, qPrintable(facts.error));
        const Audit::Evidence e = Audit::evidenceFrom(reportOf(u"auth-db"_s, facts));
        {
            Test::MockClock clock(QDateTime(QDate(2026, 12, 7), QTime(12, 0), Qt::UTC));
            const Audit::Outcome o = outcome(u"PG-VER-001"_s, e);
            QVERIFY2(o.status == S::Pass && o.evidence.join(u' ').contains(u"2027-11-11"), qPrintable(text(o)));
        }
        {
            Test::MockClock clock(QDateTime(QDate(2027, 11, 12), QTime(12, 0), Qt::UTC));
            const Audit::Outcome o = outcome(u"PG-VER-001"_s, e);
            QVERIFY2(o.status == S::Fail && o.evidence.join(u' ').contains(facts.serverVersion), qPrintable(text(o)));
        }
        Test::MockClock clock(QDateTime(QDate(2026, 12, 7), QTime(12, 0), Qt::UTC));
        const Audit::Outcome prefix = outcome(u"PG-LOG-007"_s, e);
        QVERIFY2(prefix.status == S::Fail && prefix.evidence.join(u' ').contains(u"[%p] %u@%d"), qPrintable(text(prefix)));
        const Audit::Outcome duration = outcome(u"PG-LOG-008"_s, e);
        QVERIFY2(duration.status == S::Fail && duration.evidence.join(u' ').contains(u"every statement"),
                 qPrintable(text(duration)));
        const Audit::Outcome rotation = outcome(u"PG-LOG-009"_s, e);
        QVERIFY2(rotation.status == S::Fail && rotation.evidence.join(u' ').contains(u"log_rotation_size = 0"),
                 qPrintable(text(rotation)));

        // The TLS files the server reads are facts of the snapshot, by the name each setting has.
        const QJsonObject json = reportOf(u"auth-db"_s, facts).toJson();
        const QJsonObject files = json.value(u"tlsFiles"_s).toObject();
        QVERIFY2(files.value(u"certificate"_s).toObject().value(u"path"_s).toString().endsWith(u"/server.crt"),
                 QJsonDocument(json).toJson().constData());
        QCOMPARE(files.value(u"certificate"_s).toObject().value(u"setting"_s).toString(), u"ssl_cert_file"_s);
        QVERIFY(files.value(u"key"_s).toObject().value(u"path"_s).toString().endsWith(u"/server.key"));
        QCOMPARE(files.value(u"key"_s).toObject().value(u"setting"_s).toString(), u"ssl_key_file"_s);
        QCOMPARE(files.value(u"ca"_s).toObject().value(u"path"_s).toString(), QString()); // none configured
    }

    void postgresAsOrdinaryRole()
    {
        // What the role may not read stays unknown with the server's reason; the version always arrives at login.
        Test::MockClock clock(QDateTime(QDate(2026, 12, 7), QTime(12, 0), Qt::UTC));
        const Probe::PostgresFacts facts = probePostgres(*m_pg, false);
        QVERIFY2(facts.connected, qPrintable(facts.error));
        const Audit::Evidence e = Audit::evidenceFrom(reportOf(u"auth-db"_s, facts));
        QCOMPARE(outcome(u"PG-VER-001"_s, e).status, S::Pass);
        for (const char *rule : { "PG-LOG-007", "PG-LOG-008", "PG-LOG-009" }) {
            const Audit::Outcome o = outcome(QString::fromLatin1(rule), e);
            // Readable by every role on PostgreSQL 15: the same verdicts as for the superuser.
            QVERIFY2(o.status == S::Fail, qPrintable(QString::fromLatin1(rule) + u' ' + text(o)));
        }
        // A setting hidden from the role reaches the audit with the server's reason, under the name rules use.
        int hidden = 0;
        for (const QString &name : Probe::PostgresProbe::settingNames()) {
            if (facts.settings.contains(name))
                continue;
            ++hidden;
            QCOMPARE(e.unknownReasons.value(u"pg.settings."_s + name), facts.unknown.value(name));
            QVERIFY2(facts.unknown.value(name).contains(u"pg_read_all_settings"), qPrintable(facts.unknown.value(name)));
        }
        QVERIFY(hidden > 0);
    }

    void redisPersistence()
    {
        Test::RedisServer server(&m_ca);
        Test::RedisOptions options;
        options.aof = true; // and the fixture's save "" (RDB off)
        QVERIFY2(server.start(options), qPrintable(server.errorString()));
        const Probe::RedisFacts facts = probeRedis(server);
        QVERIFY2(facts.error.isEmpty(), qPrintable(facts.error));

        const Audit::Evidence onPvc = Audit::evidenceFrom(reportOf(facts, true));
        const Audit::Outcome aof = outcome(u"PERSIST-003"_s, onPvc);
        QVERIFY2(aof.status == S::Pass && aof.evidence.join(u' ').contains(u"appendfsync everysec")
                     && aof.evidence.join(u' ').contains(server.dir()),
                 qPrintable(text(aof)));
        const Audit::Outcome rdb = outcome(u"PERSIST-004"_s, onPvc);
        QVERIFY2(rdb.status == S::Fail && rdb.evidence.join(u' ').contains(u"save \"\""), qPrintable(text(rdb)));

        // The same files on a claim that is not Bound do not survive the pod.
        const Audit::Outcome unbound = outcome(u"PERSIST-003"_s, Audit::evidenceFrom(reportOf(facts, false)));
        QVERIFY2(unbound.status == S::Fail && unbound.evidence.join(u' ').contains(u"does not survive"),
                 qPrintable(text(unbound)));
        // A direct target: no Kubernetes facts, so whether they survive is not known.
        const Audit::Outcome direct = outcome(u"PERSIST-003"_s, Audit::evidenceFrom(reportOf(facts, std::nullopt)));
        QVERIFY2(direct.status == S::NotAssessed && direct.reason.contains(u"direct target"), qPrintable(text(direct)));

        // The TLS files Redis reads, by the name of each directive.
        const QJsonObject files = reportOf(facts, true).toJson().value(u"tlsFiles"_s).toObject();
        QCOMPARE(files.value(u"certificate"_s).toObject().value(u"path"_s).toString(), server.dir() + u"/server.crt"_s);
        QCOMPARE(files.value(u"certificate"_s).toObject().value(u"setting"_s).toString(), u"tls-cert-file"_s);
        QCOMPARE(files.value(u"key"_s).toObject().value(u"path"_s).toString(), server.dir() + u"/server.key"_s);
        QCOMPARE(files.value(u"ca"_s).toObject().value(u"path"_s).toString(), server.caFile());
        QCOMPARE(files.value(u"ca"_s).toObject().value(u"setting"_s).toString(), u"tls-ca-cert-file"_s);
    }

    void redisConfigRenamed()
    {
        Test::RedisServer server(&m_ca);
        Test::RedisOptions options;
        options.aof = true;
        options.extraConfig = { u"rename-command CONFIG \"\""_s };
        QVERIFY2(server.start(options), qPrintable(server.errorString()));
        const Probe::RedisFacts facts = probeRedis(server);
        QVERIFY2(facts.error.isEmpty(), qPrintable(facts.error));
        const Audit::Evidence e = Audit::evidenceFrom(reportOf(facts, true));
        for (const char *rule : { "PERSIST-003", "PERSIST-004" }) {
            const Audit::Outcome o = outcome(QString::fromLatin1(rule), e);
            QVERIFY2(o.status == S::NotAssessed && o.reason.contains(u"CONFIG GET is renamed or disabled"),
                     qPrintable(QString::fromLatin1(rule) + u' ' + text(o)));
        }
        // Unknown TLS files say why instead of showing a path.
        const QJsonObject files = reportOf(facts, true).toJson().value(u"tlsFiles"_s).toObject();
        QVERIFY2(files.value(u"certificate"_s).toObject().value(u"unknown"_s).toString().contains(u"renamed"),
                 QJsonDocument(files).toJson().constData());
    }
};

QTEST_GUILESS_MAIN(TestProbedFacts)
#include "testprobedfacts.moc"
