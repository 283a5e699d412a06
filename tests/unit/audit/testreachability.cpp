// SPDX-License-Identifier: GPL-3.0-or-later
// No verdict without evidence (#14.5): a datastore that never answers — a blackhole, a stopped process, a server that
// speaks another protocol, a Redis that answers PING with an error — is scanned by a real FleetScanner, and the audit
// of that report assesses no live check (REDIS-AUTH-001 above all), leaves the datastore out of the grade with the
// reason, and grades nothing when nothing was reached. The same with hand-made reports for a port-forward that failed
// (the tunnel's error first, a local TCP connection that closed). A Redis that does answer is still judged.
#include "auditfixtures.h"
#include "mockclock.h"
#include "redisserver.h"

#include "audit/snapshotevidence.h"
#include "fleet/fleetscanner.h"
#include "fleet/snapshot.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using S = Audit::Outcome::Status;

namespace {

/** A local server that behaves as told: never answers, answers @p reply to anything, or is closed. */
class FakeServer final : public QObject
{
public:
    explicit FakeServer(QByteArray reply)
        : m_reply(std::move(reply))
    {
        if (!m_server.listen(QHostAddress::LocalHost))
            qFatal("cannot listen on 127.0.0.1");
        if (m_reply.isEmpty())
            return; // a blackhole: the kernel accepts, nobody ever reads or writes
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    socket->readAll();
                    socket->write(m_reply);
                    socket->disconnectFromHost();
                });
            }
        });
    }
    quint16 port() const { return m_server.serverPort(); }

private:
    QTcpServer m_server;
    QByteArray m_reply;
};

quint16 closedPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost))
        qFatal("cannot listen on 127.0.0.1");
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

Fleet::ScanTarget target(const QString &name, Fleet::Kind kind, quint16 port)
{
    Fleet::ScanTarget t;
    t.name = name;
    t.kind = kind;
    t.host = QStringLiteral("127.0.0.1");
    t.port = port;
    return t;
}

QList<Fleet::DatastoreReport> scan(const QList<Fleet::ScanTarget> &targets)
{
    Fleet::FleetScanner scanner;
    QSignalSpy finished(&scanner, &Fleet::FleetScanner::finished);
    Fleet::ScanOptions options;
    options.connectTimeoutMs = 1500;
    options.datastoreTimeoutMs = 30000;
    scanner.start(targets, options);
    if (!finished.wait(60000) && finished.isEmpty())
        qFatal("the scan did not finish");
    return finished.constFirst().constFirst().value<QList<Fleet::DatastoreReport>>();
}

Fleet::Snapshot snapshotOf(const QList<Fleet::DatastoreReport> &reports)
{
    Fleet::Snapshot snapshot;
    snapshot.takenAt = AuditFixtures::kNow;
    snapshot.source = QStringLiteral("targets");
    snapshot.targetsFile = QStringLiteral("targets.yaml");
    snapshot.datastores = reports;
    return snapshot;
}

const Audit::Assessment *find(const Audit::Audit &audit, const QString &rule, const QString &datastore)
{
    for (const Audit::Assessment &a : audit.assessments) {
        if (a.ruleId == rule && a.datastore == datastore)
            return &a;
    }
    return nullptr;
}

/** Every live check of @p datastore is not assessed; none passes or fails. Returns what went wrong, or nothing. */
QString liveChecksUnassessed(const Audit::Audit &audit, const QString &datastore)
{
    for (const Audit::Assessment &a : audit.assessments) {
        const Audit::Rule *rule = Audit::RuleSet::find(a.ruleId);
        if (a.datastore != datastore || !rule || !rule->readsLiveFacts())
            continue;
        if (a.outcome.status != S::NotAssessed)
            return a.ruleId + u": "_s + Audit::statusName(a.outcome.status) + u' ' + a.outcome.evidence.join(u"; ");
    }
    return {};
}

/** A Datastore as discovery finds the reference fleet's: Running pod, Bound PVC, a 32-character password. */
Fleet::Datastore healthyK8s(const QString &name, Fleet::Kind kind)
{
    Fleet::Datastore k;
    k.name = name;
    k.kind = kind;
    k.namespaceName = QStringLiteral("bakery-ia");
    k.pods = { { name + u"-0"_s, QStringLiteral("Running"), true, 0, QString() } };
    k.pvcs = { { name + u"-pvc"_s, QStringLiteral("Bound"), QStringLiteral("2Gi"), QString(), {} } };
    k.keyFileMode = 0600;
    k.password = Fleet::PasswordShape { 32, 3 };
    k.passwordRotatedAt = AuditFixtures::kNow.addDays(-10);
    return k;
}

} // namespace

class TestReachability final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::MockClock> m_clock;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_clock = std::make_unique<Test::MockClock>(AuditFixtures::kNow);
    }
    void cleanupTestCase() { m_clock.reset(); }

    /** Real scans of servers that never answer as the datastore would. */
    void deadEndpoints_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QByteArray>("reply"); // empty: a blackhole; "closed": nothing listens
        QTest::addColumn<bool>("reached"); // the port spoke RESP in plaintext: reached, yet nothing known of AUTH
        QTest::newRow("Redis blackhole") << int(Fleet::Kind::Redis) << QByteArray() << false;
        QTest::newRow("Redis stopped") << int(Fleet::Kind::Redis) << QByteArray("closed") << false;
        QTest::newRow("Redis port answers HTTP 500")
            << int(Fleet::Kind::Redis) << QByteArray("HTTP/1.1 500 Internal Server Error\r\nContent-Length: 0\r\n\r\n")
            << false;
        QTest::newRow("Redis port answers HTTP 403")
            << int(Fleet::Kind::Redis) << QByteArray("HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n") << false;
        QTest::newRow("RESP protocol error") << int(Fleet::Kind::Redis) << QByteArray("?oops\r\n") << false;
        QTest::newRow("PING refused, not NOAUTH")
            << int(Fleet::Kind::Redis) << QByteArray("-ERR unknown command 'PING'\r\n") << true;
        QTest::newRow("PostgreSQL blackhole") << int(Fleet::Kind::PostgreSQL) << QByteArray() << false;
        QTest::newRow("PostgreSQL stopped") << int(Fleet::Kind::PostgreSQL) << QByteArray("closed") << false;
        QTest::newRow("PostgreSQL port answers HTTP 404")
            << int(Fleet::Kind::PostgreSQL) << QByteArray("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n")
            << false;
    }

    void deadEndpoints()
    {
        QFETCH(int, kind);
        QFETCH(QByteArray, reply);
        QFETCH(bool, reached);
        std::unique_ptr<FakeServer> server;
        quint16 port = 0;
        if (reply == "closed") {
            port = closedPort();
        } else {
            server = std::make_unique<FakeServer>(reply);
            port = server->port();
        }
        const QString name = QStringLiteral("store");
        QList<Fleet::DatastoreReport> reports = scan({ target(name, Fleet::Kind(kind), port) });
        QCOMPARE(reports.size(), 1);
        // What discovery would have read in the cluster is all fine: it must not grade a datastore nobody saw.
        reports[0].k8s = healthyK8s(name, Fleet::Kind(kind));
        const Fleet::DatastoreReport &report = reports.first();
        QVERIFY(!report.authRequired().has_value());
        const Audit::Audit audit = Audit::auditSnapshot(snapshotOf(reports), QString());
        for (const Audit::Finding &f : audit.findings)
            QVERIFY2(f.ruleId != u"REDIS-AUTH-001" && f.ruleId != u"REDIS-AUTH-002", qPrintable(f.ruleId));
        if (kind == int(Fleet::Kind::Redis)) {
            const Audit::Assessment *auth = find(audit, u"REDIS-AUTH-001"_s, name);
            QVERIFY(auth);
            QCOMPARE(Audit::statusName(auth->outcome.status), Audit::statusName(S::NotAssessed));
            QVERIFY2(auth->outcome.reason.contains(reached ? u"Unknown: redis.authRequired"_s : u"Not reached"_s),
                     qPrintable(auth->outcome.reason));
        }
        if (reached) {
            QVERIFY2(!report.unreachable(), qPrintable(report.notReachedReason()));
            return;
        }
        QVERIFY2(report.unreachable(), qPrintable(report.errors.join(u"; ")));
        QVERIFY(!report.notReachedReason().isEmpty());
        const QString live = liveChecksUnassessed(audit, name);
        QVERIFY2(live.isEmpty(), qPrintable(live));
        const Audit::Grade *grade = audit.grade.datastore(name);
        QVERIFY(grade);
        QVERIFY(!grade->score);
        QVERIFY2(grade->reason.startsWith(u"not reached: "_s), qPrintable(grade->reason));
        QVERIFY(!audit.grade.fleet.score);
        QCOMPARE(audit.grade.fleet.datastoresNotAssessed, 1);
        QCOMPARE(audit.grade.fleet.datastoresTotal, 1);
        const QJsonObject json = audit.toJson(snapshotOf(reports));
        QVERIFY(json.value(u"grade"_s).toObject().value(u"letter"_s).isNull());
        QVERIFY(!json.value(u"grade"_s).toObject().value(u"reason"_s).toString().isEmpty());
        const QJsonObject store = json.value(u"datastores"_s).toArray().first().toObject();
        QCOMPARE(store.value(u"reached"_s).toBool(true), false);
        QVERIFY(store.value(u"auth"_s).toObject().value(u"required"_s).isNull());
    }

    /**
     * Through a port-forward the probe's TCP connection is to the local end of the tunnel: it connects, then the
     * tunnel fails (403 forbidden, 404 pod gone, 500, dropped) and the connection closes. Reports as the scanner
     * builds them then.
     */
    void portForwardFailures_data()
    {
        QTest::addColumn<QString>("tunnelError");
        QTest::newRow("403") << u"port-forward to bakery-ia/redis-0:6379: forbidden (403)"_s;
        QTest::newRow("404") << u"port-forward to bakery-ia/redis-0:6379: pods \"redis-0\" not found (404)"_s;
        QTest::newRow("500") << u"port-forward to bakery-ia/redis-0:6379: HTTP 500 Internal Server Error"_s;
        QTest::newRow("dropped") << u"port-forward to bakery-ia/redis-0:6379: the tunnel closed"_s;
    }

    void portForwardFailures()
    {
        QFETCH(QString, tunnelError);
        for (const Fleet::Kind kind : { Fleet::Kind::Redis, Fleet::Kind::PostgreSQL }) {
            Fleet::DatastoreReport report;
            report.name = kind == Fleet::Kind::Redis ? u"redis"_s : u"auth-db"_s;
            report.kind = kind;
            report.endpoint = report.name + u"-service:6379"_s;
            report.observedAt = AuditFixtures::kNow;
            report.k8s = healthyK8s(report.name, kind);
            Probe::TlsReport tls;
            tls.plaintextAccepted = false; // "closed the connection on plaintext": the tunnel, not the server
            tls.plaintextDetail = u"127.0.0.1:40000 closed the connection on plaintext"_s;
            tls.verifyError = u"No TLS session with a default client: the connection closed"_s;
            report.tls = tls;
            if (kind == Fleet::Kind::Redis) {
                Probe::RedisFacts redis;
                redis.connected = true; // the local listener accepted
                redis.error = u"Redis 127.0.0.1:40000: command: the server closed the connection"_s;
                redis.errors << redis.error;
                report.redis = redis;
            } else {
                Probe::PostgresFacts pg;
                pg.error = u"PostgreSQL 127.0.0.1:40000: connect: server closed the connection unexpectedly"_s;
                report.postgres = pg;
            }
            report.errors << tunnelError;
            const Audit::Audit audit = Audit::auditSnapshot(snapshotOf({ report }), QString());
            const QString live = liveChecksUnassessed(audit, report.name);
            QVERIFY2(live.isEmpty(), qPrintable(live));
            const Audit::Grade *grade = audit.grade.datastore(report.name);
            QVERIFY(grade && !grade->score);
            QVERIFY2(grade->reason.contains(tunnelError), qPrintable(grade->reason)); // the tunnel's error first
            QVERIFY2(!audit.grade.fleet.score, qPrintable(audit.grade.fleet.letter)); // was A+ on PVC and pod alone
        }
    }

    /** One datastore down among reached ones: the grade is theirs alone, and says how many were left out. */
    void downDatastoreIsLeftOutOfTheGrade()
    {
        using namespace AuditFixtures;
        QList<Audit::Evidence> fleet = referenceFleet(Stage::Hardened);
        const Audit::GradeReport before = Audit::Grader(Audit::evaluate(fleet, hardenedFleet())).grade();
        Audit::Evidence down = hardenedPostgres(u"ghost"_s);
        down.notReached = u"ghost-db-service:5432: connection refused"_s;
        down.pvc.bound = false; // a read fact that fails: a finding, never points
        down.pvc.ephemeral = true;
        fleet << down;
        const QList<Audit::Assessment> assessments = Audit::evaluate(fleet, hardenedFleet());
        const Audit::GradeReport after = Audit::Grader(assessments).grade();
        QCOMPARE(after.fleet.score, before.fleet.score);
        QCOMPARE(after.fleet.datastoresTotal, 16);
        QCOMPARE(after.fleet.datastoresNotAssessed, 1);
        QCOMPARE(after.fleet.coverage(), u"1 of 16 datastores not assessed"_s);
        QCOMPARE(after.fleet.toJson().value(u"coverage"_s).toString(), after.fleet.coverage());
        const Audit::Grade *ghost = after.datastore(u"ghost-db"_s);
        QVERIFY(ghost && !ghost->score);
        QCOMPARE(ghost->reason, u"not reached: ghost-db-service:5432: connection refused"_s);
        // Its failing read check is still a finding.
        bool persist = false;
        for (const Audit::Finding &f : Audit::Finding::fromAssessments(assessments))
            persist = persist || (f.ruleId == u"PERSIST-001" && f.datastore == u"ghost-db");
        QVERIFY(persist);
    }

    /** A Redis that answers is judged: requirepass passes REDIS-AUTH-001, none fails it. */
    void answeringRedisIsJudged_data()
    {
        QTest::addColumn<bool>("requirePass");
        QTest::newRow("requirepass") << true;
        QTest::newRow("no AUTH") << false;
    }

    void answeringRedisIsJudged()
    {
        QFETCH(bool, requirePass);
        Test::CertFactory ca;
        QVERIFY2(ca.isValid(), qPrintable(ca.errorString()));
        Test::RedisServer server(&ca);
        Test::RedisOptions options;
        options.mode = Test::RedisOptions::Mode::Plain;
        if (requirePass)
            options.requirePass = QStringLiteral("redis-password-redis-password-32");
        QVERIFY2(server.start(options), qPrintable(server.errorString()));
        const QList<Fleet::DatastoreReport> reports = scan({ target(u"redis"_s, Fleet::Kind::Redis, server.plainPort()) });
        QVERIFY2(!reports.first().unreachable(), qPrintable(reports.first().errors.join(u"; ")));
        const Audit::Audit audit = Audit::auditSnapshot(snapshotOf(reports), QString());
        const Audit::Assessment *auth = find(audit, u"REDIS-AUTH-001"_s, u"redis"_s);
        QVERIFY(auth);
        QCOMPARE(Audit::statusName(auth->outcome.status), Audit::statusName(requirePass ? S::Pass : S::Fail));
        QCOMPARE(auth->basis, Audit::Basis::Observed);

        // The JSON lists every rule's outcome for the datastore, not only the failures, each with its basis.
        const QJsonObject store = audit.toJson(snapshotOf(reports)).value(u"datastores"_s).toArray().first().toObject();
        const QJsonArray checks = store.value(u"checks"_s).toArray();
        int applicable = 0;
        for (const Audit::Rule &rule : Audit::RuleSet::all())
            applicable += rule.appliesTo(Audit::Kind::Redis) ? 1 : 0;
        QCOMPARE(checks.size(), applicable);
        const QStringList outcomes { u"pass"_s, u"fail"_s, u"not-assessed"_s, u"not-applicable"_s };
        const QStringList bases { u"observed"_s, u"read"_s, u"inferred"_s, u"attested"_s };
        bool sawAuth = false;
        for (const QJsonValue &value : checks) {
            const QJsonObject check = value.toObject();
            QVERIFY2(outcomes.contains(check.value(u"outcome"_s).toString()), qPrintable(check.value(u"rule"_s).toString()));
            QVERIFY(bases.contains(check.value(u"basis"_s).toString()));
            QVERIFY(check.value(u"evidence"_s).isArray());
            if (check.value(u"outcome"_s).toString().startsWith(u"not-"))
                QVERIFY(!check.value(u"reason"_s).toString().isEmpty());
            if (check.value(u"rule"_s).toString() == u"REDIS-AUTH-001") {
                sawAuth = true;
                QCOMPARE(check.value(u"outcome"_s).toString(), requirePass ? u"pass"_s : u"fail"_s);
                QCOMPARE(check.value(u"basis"_s).toString(), u"observed"_s);
            }
        }
        QVERIFY(sawAuth);
    }
};

QTEST_GUILESS_MAIN(TestReachability)
#include "testreachability.moc"
