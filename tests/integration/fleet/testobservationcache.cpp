// SPDX-License-Identifier: GPL-3.0-or-later
// The observation cache (fleet/observationcache) with real PostgreSQL and Redis servers behind a relay that counts
// every connection: a first scan makes every observation, a rescan with an unchanged fingerprint makes exactly one
// connection per datastore and says which facts it reused and when they were observed; each part of the
// fingerprint changing (a restart, a new pod, another image, a new certificate, ALTER SYSTEM of the TLS floor, a
// pg_hba.conf edit, a Redis CONFIG SET of its TLS versions) makes the scan observe again, and so do an expired
// observation, a thorough scan and a fingerprint that cannot be read. The cache file is private and holds no secret.
#include "certfactory.h"
#include "countingrelay.h"
#include "fleet/fleetscanner.h"
#include "fleet/observationcache.h"
#include "postgresserver.h"
#include "redisserver.h"

#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

#include <memory>

using namespace std::chrono_literals;

namespace {

QString describe(const Fleet::DatastoreReport &report)
{
    return QString::fromUtf8(QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented)).left(6000);
}

Probe::VersionState stateOf(const Fleet::DatastoreReport &report, Probe::TlsVersion version)
{
    return report.tls ? report.tls->state(version) : Probe::VersionState::NotTried;
}

/**
 * The connections a scan that observes everything makes, with the fixtures' EC certificates: the login, the plaintext
 * check (PostgreSQL sslmode=disable, Redis PING), one hello offering TLS 1.0-1.1, and TLS 1.2 (the login negotiated
 * 1.3): offered first with RSA key exchange only, which an EC key cannot serve, so asked again with every cipher when
 * the server takes 1.2 at all.
 */
int thoroughConnections(const Fleet::DatastoreReport &report)
{
    // The login, the plaintext check, the TLS 1.0–1.1 hello, the TLS 1.2 hello(s), and the weak-suite enumeration.
    return 3 + (stateOf(report, Probe::TlsVersion::Tls1_2) == Probe::VersionState::Accepted ? 2 : 1)
        + (report.tls ? report.tls->cipherAttempts : 0);
}

} // namespace

class TestObservationCache final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void postgresRescanMakesOneConnection();
    void postgresFingerprintChange_data();
    void postgresFingerprintChange();
    void expiredObservationIsMadeAgain();
    void thoroughScanObservesEverything();
    void unreadableFingerprintIsNeverReused();
    void redisRescanMakesOneConnection();
    void redisTlsSettingChangeIsObservedAgain();
    void cacheFileIsPrivateAndHoldsNoSecret();

private:
    /** Scans @p target once (a scanner of its own, destroyed before returning: the cache file is written). */
    Fleet::DatastoreReport scan(const Fleet::ScanTarget &target, Fleet::ScanOptions options = {});
    Fleet::ScanOptions options() const;
    /** Runs a scan until the cache holds a fresh observation of @p target made in it (connections counted anew). */
    void observeFresh(const Fleet::ScanTarget &target, Test::CountingRelay &relay);
    void reload();

    QTemporaryDir m_dir;
    Test::CertFactory m_ca;
    std::unique_ptr<Test::PostgresServer> m_postgres;
    std::unique_ptr<Test::CountingRelay> m_pgRelay;
    Fleet::ScanTarget m_pgTarget;
    std::unique_ptr<Test::RedisServer> m_redis;
    std::unique_ptr<Test::CountingRelay> m_redisRelay;
    Fleet::ScanTarget m_redisTarget;
    QString m_redisPassword;
};

void TestObservationCache::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_ca.isValid(), qPrintable(m_ca.errorString()));
    m_postgres = std::make_unique<Test::PostgresServer>(&m_ca);
    Test::PostgresOptions pgOptions;
    pgOptions.extraConfig = { QStringLiteral("log_connections = on") };
    QVERIFY2(m_postgres->start(pgOptions), qPrintable(m_postgres->errorString()));
    m_pgRelay = std::make_unique<Test::CountingRelay>(m_postgres->port());
    QVERIFY(m_pgRelay->listen());

    // An ordinary role: it may not read pg_hba_file_rules nor ssl_min_protocol_version; the server's configuration
    // load time, which any role may read, stands for them in the fingerprint.
    m_pgTarget.name = QStringLiteral("orders-db");
    m_pgTarget.kind = Fleet::Kind::PostgreSQL;
    m_pgTarget.host = QStringLiteral("127.0.0.1");
    m_pgTarget.port = m_pgRelay->port();
    m_pgTarget.serverName = QStringLiteral("localhost");
    m_pgTarget.caPem = m_ca.caCertificatePem();
    m_pgTarget.database = m_postgres->database();
    m_pgTarget.user = m_postgres->role();
    m_pgTarget.password = Core::Secret::fromUtf8(m_postgres->password());
    Fleet::Datastore k8s;
    k8s.name = m_pgTarget.name;
    Fleet::PodFacts pod { QStringLiteral("orders-db-0"), QStringLiteral("Running"), true, 0, QStringLiteral("postgres:15") };
    pod.uid = QStringLiteral("5b3c2d7e-0001");
    k8s.pods = { pod };
    m_pgTarget.k8s = k8s;

    m_redis = std::make_unique<Test::RedisServer>(&m_ca);
    Test::RedisOptions redisOptions;
    m_redisPassword = Test::randomPassword();
    redisOptions.requirePass = m_redisPassword;
    redisOptions.mode = Test::RedisOptions::Mode::Both; // the plain port only for this test's redis-cli
    QVERIFY2(m_redis->start(redisOptions), qPrintable(m_redis->errorString()));
    m_redisRelay = std::make_unique<Test::CountingRelay>(m_redis->tlsPort());
    QVERIFY(m_redisRelay->listen());
    m_redisTarget.name = QStringLiteral("redis");
    m_redisTarget.kind = Fleet::Kind::Redis;
    m_redisTarget.host = QStringLiteral("127.0.0.1");
    m_redisTarget.port = m_redisRelay->port();
    m_redisTarget.serverName = QStringLiteral("localhost");
    m_redisTarget.caPem = m_ca.caCertificatePem();
    m_redisTarget.password = Core::Secret::fromUtf8(m_redisPassword);
}

Fleet::ScanOptions TestObservationCache::options() const
{
    Fleet::ScanOptions options;
    options.observationCachePath = m_dir.filePath(QStringLiteral("observation-cache.json"));
    options.observationScope = QStringLiteral("targets");
    options.backupCatalogPath = m_dir.filePath(QStringLiteral("no-backup-catalog.json"));
    options.connectTimeoutMs = 5000;
    return options;
}

Fleet::DatastoreReport TestObservationCache::scan(const Fleet::ScanTarget &target, Fleet::ScanOptions scanOptions)
{
    if (scanOptions.observationCachePath.isEmpty()) {
        const bool thorough = scanOptions.thorough;
        const auto ttl = scanOptions.observationTtl;
        scanOptions = options();
        scanOptions.thorough = thorough;
        scanOptions.observationTtl = ttl;
    }
    auto scanner = std::make_unique<Fleet::FleetScanner>();
    QSignalSpy finished(scanner.get(), &Fleet::FleetScanner::finished);
    scanner->start({ target }, scanOptions);
    if (!finished.wait(60000))
        return {};
    const auto reports = finished.at(0).at(0).value<QList<Fleet::DatastoreReport>>();
    scanner.reset(); // waits for the cache to be written
    return reports.value(0);
}

void TestObservationCache::observeFresh(const Fleet::ScanTarget &target, Test::CountingRelay &relay)
{
    Fleet::ScanOptions thorough = options();
    thorough.thorough = true;
    const Fleet::DatastoreReport report = scan(target, thorough);
    QVERIFY2(report.errors.isEmpty(), qPrintable(describe(report)));
    QVERIFY(report.observations && !report.observations->reused);
    relay.reset();
}

void TestObservationCache::reload()
{
    QString error;
    m_postgres->superuserQuery(QStringLiteral("SELECT pg_reload_conf()"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QTest::qWait(300); // the postmaster handles SIGHUP on its own time
}

void TestObservationCache::postgresRescanMakesOneConnection()
{
    QFile::remove(options().observationCachePath);
    m_pgRelay->reset();
    const Fleet::DatastoreReport first = scan(m_pgTarget);
    QVERIFY2(first.errors.isEmpty(), qPrintable(describe(first)));
    // The verify-full login, the sslmode=disable check, a TLS 1.0-1.1 hello, two TLS 1.2 hellos and the weak-suite
    // enumeration (three sequences at least).
    QVERIFY2(first.tls && first.tls->cipherAttempts >= 3, qPrintable(describe(first)));
    QCOMPARE(m_pgRelay->connections(), 5 + first.tls->cipherAttempts);
    QCOMPARE(m_pgRelay->connections(), thoroughConnections(first));
    QVERIFY(first.observations);
    QCOMPARE(first.observations->reused, false);
    QVERIFY2(first.observations->reason.contains(QLatin1String("no earlier observation")), qPrintable(first.observations->reason));
    QCOMPARE(first.postgres->plaintextAccepted, std::optional<bool>(false));
    QCOMPARE(stateOf(first, Probe::TlsVersion::Tls1_2), Probe::VersionState::Accepted);
    QCOMPARE(stateOf(first, Probe::TlsVersion::Tls1_1), Probe::VersionState::Refused);

    QTest::qWait(1100); // observedAt has a resolution of one second in the snapshot
    m_pgRelay->reset();
    const Fleet::DatastoreReport second = scan(m_pgTarget);
    QVERIFY2(second.errors.isEmpty(), qPrintable(describe(second)));
    QCOMPARE(m_pgRelay->connections(), 1);
    QVERIFY(second.observations);
    QCOMPARE(second.observations->reused, true);
    QCOMPARE(second.observations->reason, QStringLiteral("reused (fingerprint unchanged)"));
    QCOMPARE(second.observations->observedAt.toSecsSinceEpoch(), first.observedAt.toSecsSinceEpoch());
    QVERIFY(second.observedAt > first.observedAt);
    QCOMPARE(second.observations->fingerprint, first.observations->fingerprint);
    // The same facts as the thorough scan's, complete: nothing unknown, no version left untried.
    QCOMPARE(second.postgres->plaintextAccepted, first.postgres->plaintextAccepted);
    QCOMPARE(second.postgres->plaintextDetail, first.postgres->plaintextDetail);
    for (const auto version : { Probe::TlsVersion::Tls1_0, Probe::TlsVersion::Tls1_1, Probe::TlsVersion::Tls1_2,
                                Probe::TlsVersion::Tls1_3 })
        QCOMPARE(stateOf(second, version), stateOf(first, version));
    QVERIFY(second.tls->verified);
    QVERIFY2(!second.unknown.contains(QStringLiteral("plaintextAccepted")), qPrintable(describe(second)));
    const QJsonObject json = second.toJson().value(QStringLiteral("observations")).toObject();
    QCOMPARE(json.value(QStringLiteral("note")).toString(), QStringLiteral("reused (fingerprint unchanged)"));
    QCOMPARE(json.value(QStringLiteral("observedAt")).toString(), first.observedAt.toString(Qt::ISODate));
}

void TestObservationCache::postgresFingerprintChange_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("part");
    QTest::newRow("container restarted") << QStringLiteral("restart") << QStringLiteral("pods");
    QTest::newRow("new pod (UID)") << QStringLiteral("uid") << QStringLiteral("pods");
    QTest::newRow("new image") << QStringLiteral("image") << QStringLiteral("pods");
    QTest::newRow("new certificate") << QStringLiteral("certificate") << QStringLiteral("certificate");
    QTest::newRow("ALTER SYSTEM ssl_min_protocol_version") << QStringLiteral("ssl_min") << QStringLiteral("server");
    QTest::newRow("pg_hba.conf edit") << QStringLiteral("hba") << QStringLiteral("server");
}

void TestObservationCache::postgresFingerprintChange()
{
    QFETCH(QString, change);
    QFETCH(QString, part);
    Fleet::ScanTarget target = m_pgTarget;
    observeFresh(target, *m_pgRelay);
    // Unchanged: one connection.
    QCOMPARE(scan(target).observations->reused, true);
    QCOMPARE(m_pgRelay->connections(), 1);

    if (change == u"restart") {
        target.k8s->pods[0].restarts = 1;
    } else if (change == u"uid") {
        target.k8s->pods[0].uid = QStringLiteral("5b3c2d7e-0002");
    } else if (change == u"image") {
        target.k8s->pods[0].image = QStringLiteral("postgres:15.10");
    } else if (change == u"certificate") {
        Test::LeafOptions leaf;
        leaf.ipAddresses = { QStringLiteral("127.0.0.1") };
        const Test::IssuedCertificate issued = m_ca.issue(leaf);
        QVERIFY(Test::CertFactory::writeFile(m_postgres->dir() + QStringLiteral("/server.crt"), issued.certificatePem));
        QVERIFY(Test::CertFactory::writeFile(m_postgres->dir() + QStringLiteral("/server.key"), issued.key.privateKeyPem.reveal(), 0600));
        reload();
    } else if (change == u"ssl_min") {
        QString error;
        m_postgres->superuserQuery(QStringLiteral("ALTER SYSTEM SET ssl_min_protocol_version = 'TLSv1.3'"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        reload();
    } else if (change == u"hba") {
        QFile hba(m_postgres->dataDir() + QStringLiteral("/pg_hba.conf"));
        QVERIFY(hba.open(QIODevice::Append));
        hba.write("host all all 127.0.0.1/32 scram-sha-256\n"); // a connection without TLS now reaches the password
        hba.close();
        reload();
    }
    m_pgRelay->reset();
    const Fleet::DatastoreReport report = scan(target);
    QVERIFY2(report.errors.isEmpty(), qPrintable(describe(report)));
    QVERIFY(report.observations);
    QCOMPARE(report.observations->reused, false);
    QVERIFY2(report.observations->reason.contains(QLatin1String("fingerprint changed")), qPrintable(report.observations->reason));
    QVERIFY2(report.observations->reason.contains(part), qPrintable(report.observations->reason));
    QCOMPARE(m_pgRelay->connections(), thoroughConnections(report));
    // What was observed again is what the server does now.
    if (change == u"ssl_min")
        QCOMPARE(stateOf(report, Probe::TlsVersion::Tls1_2), Probe::VersionState::Refused);
    if (change == u"hba")
        QCOMPARE(report.postgres->plaintextAccepted, std::optional<bool>(true));

    // And the next scan of the changed datastore reuses that new observation.
    m_pgRelay->reset();
    const Fleet::DatastoreReport again = scan(target);
    QCOMPARE(again.observations->reused, true);
    QCOMPARE(m_pgRelay->connections(), 1);
    QCOMPARE(again.postgres->plaintextAccepted, report.postgres->plaintextAccepted);
    QCOMPARE(stateOf(again, Probe::TlsVersion::Tls1_2), stateOf(report, Probe::TlsVersion::Tls1_2));
}

void TestObservationCache::expiredObservationIsMadeAgain()
{
    observeFresh(m_pgTarget, *m_pgRelay);
    Fleet::ScanOptions expired = options();
    expired.observationTtl = 0s;
    const Fleet::DatastoreReport report = scan(m_pgTarget, expired);
    QCOMPARE(report.observations->reused, false);
    QVERIFY2(report.observations->reason.contains(QLatin1String("older than")), qPrintable(report.observations->reason));
    QCOMPARE(m_pgRelay->connections(), thoroughConnections(report));
}

void TestObservationCache::thoroughScanObservesEverything()
{
    observeFresh(m_pgTarget, *m_pgRelay);
    Fleet::ScanOptions thorough = options();
    thorough.thorough = true;
    const Fleet::DatastoreReport report = scan(m_pgTarget, thorough);
    QCOMPARE(report.observations->reused, false);
    QVERIFY2(report.observations->reason.contains(QLatin1String("thorough")), qPrintable(report.observations->reason));
    QCOMPARE(m_pgRelay->connections(), thoroughConnections(report));
}

void TestObservationCache::unreadableFingerprintIsNeverReused()
{
    observeFresh(m_pgTarget, *m_pgRelay);
    Fleet::ScanTarget target = m_pgTarget;
    target.k8s->pods[0].uid.clear(); // the pod's UID could not be read this time
    const Fleet::DatastoreReport report = scan(target);
    QCOMPARE(report.observations->reused, false);
    QVERIFY2(report.observations->reason.contains(QLatin1String("could not be read")), qPrintable(report.observations->reason));
    QVERIFY(report.observations->fingerprint.isEmpty());
    QCOMPARE(m_pgRelay->connections(), thoroughConnections(report));
}

void TestObservationCache::redisRescanMakesOneConnection()
{
    m_redisRelay->reset();
    const Fleet::DatastoreReport first = scan(m_redisTarget);
    QVERIFY2(first.errors.isEmpty(), qPrintable(describe(first)));
    // The plaintext PING, the TLS login, a TLS 1.0-1.1 hello, two TLS 1.2 hellos and the weak-suite enumeration.
    QVERIFY2(first.tls && first.tls->cipherAttempts >= 3, qPrintable(describe(first)));
    QCOMPARE(m_redisRelay->connections(), 5 + first.tls->cipherAttempts);
    QCOMPARE(m_redisRelay->connections(), thoroughConnections(first));
    QCOMPARE(first.observations->reused, false);
    QCOMPARE(first.tls->plaintextAccepted, std::optional<bool>(false));

    m_redisRelay->reset();
    const Fleet::DatastoreReport second = scan(m_redisTarget);
    QVERIFY2(second.errors.isEmpty(), qPrintable(describe(second)));
    QCOMPARE(m_redisRelay->connections(), 1);
    QCOMPARE(second.observations->reused, true);
    QCOMPARE(second.tls->plaintextAccepted, std::optional<bool>(false));
    QCOMPARE(second.tls->plaintextDetail, first.tls->plaintextDetail);
    for (const auto version : { Probe::TlsVersion::Tls1_0, Probe::TlsVersion::Tls1_1, Probe::TlsVersion::Tls1_2,
                                Probe::TlsVersion::Tls1_3 })
        QCOMPARE(stateOf(second, version), stateOf(first, version));
    QVERIFY(second.redis && second.redis->authMethod == u"requirepass");
}

void TestObservationCache::redisTlsSettingChangeIsObservedAgain()
{
    observeFresh(m_redisTarget, *m_redisRelay);
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("REDISCLI_AUTH"), m_redisPassword);
    cli.setProcessEnvironment(env);
    cli.start(QStringLiteral("redis-cli"), { QStringLiteral("-h"), m_redis->host(), QStringLiteral("-p"),
                                             QString::number(m_redis->plainPort()), QStringLiteral("CONFIG"),
                                             QStringLiteral("SET"), QStringLiteral("tls-protocols"), QStringLiteral("TLSv1.3") });
    QVERIFY(cli.waitForFinished(10000));
    QCOMPARE(cli.readAllStandardOutput().trimmed(), QByteArrayLiteral("OK"));

    const Fleet::DatastoreReport report = scan(m_redisTarget);
    QVERIFY2(report.errors.isEmpty(), qPrintable(describe(report)));
    QCOMPARE(report.observations->reused, false);
    QVERIFY2(report.observations->reason.contains(QLatin1String("settings")), qPrintable(report.observations->reason));
    QCOMPARE(m_redisRelay->connections(), thoroughConnections(report));
    QCOMPARE(stateOf(report, Probe::TlsVersion::Tls1_2), Probe::VersionState::Refused);
}

void TestObservationCache::cacheFileIsPrivateAndHoldsNoSecret()
{
    const QString path = options().observationCachePath;
    struct stat info {};
    QCOMPARE(::stat(QFile::encodeName(path).constData(), &info), 0);
    QCOMPARE(info.st_mode & 0777, mode_t(0600));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.contains("proofer.observations/v1"));
    QVERIFY(text.contains("orders-db") && text.contains("redis"));
    QVERIFY(!text.contains(m_postgres->password().toUtf8()));
    QVERIFY(!text.contains(m_postgres->superuserPassword().toUtf8()));
    QVERIFY(!text.contains(m_redisPassword.toUtf8()));
    QVERIFY(!text.contains("BEGIN")); // no certificate, no key
    QVERIFY(!text.contains("scram-sha-256 ")); // no pg_hba.conf line, no setting: digests only
    QVERIFY(!text.contains(m_postgres->dir().toUtf8()));
    // A cache read back gives the entries it wrote.
    const Fleet::ObservationCache cache = Fleet::ObservationCache::load(path);
    QCOMPARE(cache.entries().size(), 2);
}

QTEST_GUILESS_MAIN(TestObservationCache)

#include "testobservationcache.moc"
