// SPDX-License-Identifier: GPL-3.0-or-later
// The observation cache's pure parts: which fingerprint part each change touches, when an observation may be reused,
// and the cache file's round trip (merge, pruning, a damaged file, mode 0600). With real servers:
// tests/integration/fleet/testobservationcache.
#include "fleet/fleetscanner.h"
#include "fleet/observationcache.h"
#include "probe/postgresprobe.h"
#include "probe/redisprobe.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace std::chrono_literals;

namespace {

Fleet::ScanTarget podTarget()
{
    Fleet::ScanTarget target;
    target.name = QStringLiteral("auth-db");
    target.kind = Fleet::Kind::PostgreSQL;
    target.pod = QStringLiteral("auth-db-0");
    Fleet::Datastore store;
    Fleet::PodFacts pod { QStringLiteral("auth-db-0"), QStringLiteral("Running"), true, 0, QStringLiteral("postgres:17-alpine") };
    pod.uid = QStringLiteral("uid-1");
    store.pods = { pod };
    target.k8s = store;
    return target;
}

Probe::PostgresFacts postgresFacts()
{
    Probe::PostgresFacts facts;
    facts.connected = true;
    facts.serverVersion = QStringLiteral("17.2");
    facts.postmasterStartedAt = QDateTime(QDate(2026, 12, 1), QTime(8, 0), Qt::UTC);
    facts.configLoadedAt = QDateTime(QDate(2026, 12, 1), QTime(8, 0), Qt::UTC);
    facts.settings = { { QStringLiteral("ssl"), QStringLiteral("on") },
                       { QStringLiteral("ssl_min_protocol_version"), QStringLiteral("TLSv1.2") },
                       { QStringLiteral("password_encryption"), QStringLiteral("scram-sha-256") },
                       { QStringLiteral("log_statement"), QStringLiteral("none") } };
    Probe::HbaRule rule;
    rule.line = 1;
    rule.type = QStringLiteral("hostssl");
    rule.method = QStringLiteral("scram-sha-256");
    facts.hbaRules = { rule };
    return facts;
}

Fleet::Fingerprint fingerprintOf(const Fleet::ScanTarget &target, const Probe::PostgresFacts &facts,
                                 const QString &certificate = QStringLiteral("AA:BB"))
{
    Fleet::Fingerprint fingerprint;
    Fleet::addPodParts(fingerprint, target);
    Fleet::addCertificatePart(fingerprint, certificate);
    Fleet::addPostgresParts(fingerprint, facts, QStringLiteral("app"), QStringLiteral("app"));
    return fingerprint;
}

Fleet::CachedObservation observation(const Fleet::Fingerprint &fingerprint, const QDateTime &at)
{
    Fleet::CachedObservation cached;
    cached.observedAt = at;
    cached.fingerprint.parts = fingerprint.parts;
    cached.versions = { { Probe::TlsVersion::Tls1_0, Probe::VersionState::Refused, QStringLiteral("unsupported protocol") },
                        { Probe::TlsVersion::Tls1_1, Probe::VersionState::Refused, QStringLiteral("unsupported protocol") },
                        { Probe::TlsVersion::Tls1_2, Probe::VersionState::Accepted, QStringLiteral("AES256-GCM-SHA384") },
                        { Probe::TlsVersion::Tls1_3, Probe::VersionState::Accepted, QStringLiteral("TLS_AES_256_GCM_SHA384") } };
    cached.plaintextAccepted = false;
    cached.plaintextDetail = QStringLiteral("refused by pg_hba.conf");
    return cached;
}

} // namespace

class TestFingerprint final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void eachChangeTouchesItsPart_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("part");
        QTest::newRow("restart") << QStringLiteral("restart") << QStringLiteral("pods");
        QTest::newRow("pod uid") << QStringLiteral("uid") << QStringLiteral("pods");
        QTest::newRow("image") << QStringLiteral("image") << QStringLiteral("pods");
        QTest::newRow("certificate") << QStringLiteral("certificate") << QStringLiteral("certificate");
        QTest::newRow("reload") << QStringLiteral("reload") << QStringLiteral("server");
        QTest::newRow("postmaster restart") << QStringLiteral("start") << QStringLiteral("server");
        QTest::newRow("TLS floor (superuser sees it)") << QStringLiteral("sslmin") << QStringLiteral("settings");
        QTest::newRow("pg_hba.conf") << QStringLiteral("hba") << QStringLiteral("hba");
        QTest::newRow("other user") << QStringLiteral("user") << QStringLiteral("login");
    }

    void eachChangeTouchesItsPart()
    {
        QFETCH(QString, change);
        QFETCH(QString, part);
        Fleet::ScanTarget target = podTarget();
        Probe::PostgresFacts facts = postgresFacts();
        const Fleet::Fingerprint before = fingerprintOf(target, facts);
        QVERIFY(before.complete());
        QString certificate = QStringLiteral("AA:BB");
        Fleet::Fingerprint after;
        if (change == u"restart")
            target.k8s->pods[0].restarts = 1;
        else if (change == u"uid")
            target.k8s->pods[0].uid = QStringLiteral("uid-2");
        else if (change == u"image")
            target.k8s->pods[0].image = QStringLiteral("postgres:17.1-alpine");
        else if (change == u"certificate")
            certificate = QStringLiteral("CC:DD");
        else if (change == u"reload")
            facts.configLoadedAt = facts.configLoadedAt.addSecs(60);
        else if (change == u"start")
            facts.postmasterStartedAt = facts.postmasterStartedAt.addSecs(60);
        else if (change == u"sslmin")
            facts.settings[QStringLiteral("ssl_min_protocol_version")] = QStringLiteral("TLSv1.3");
        else if (change == u"hba")
            facts.hbaRules[0].type = QStringLiteral("host");
        if (change == u"user") {
            Fleet::addPodParts(after, target);
            Fleet::addCertificatePart(after, certificate);
            Fleet::addPostgresParts(after, facts, QStringLiteral("postgres"), QStringLiteral("app"));
        } else {
            after = fingerprintOf(target, facts, certificate);
        }
        QCOMPARE(after.changedFrom(before), QStringList { part });
        QVERIFY(after.digest() != before.digest());
        // A setting the fingerprint does not cover changes nothing.
        Probe::PostgresFacts logging = postgresFacts();
        logging.settings[QStringLiteral("log_statement")] = QStringLiteral("all");
        QCOMPARE(fingerprintOf(podTarget(), logging).digest(), before.digest());
    }

    void unreadablePartsAreNamed()
    {
        Fleet::ScanTarget target = podTarget();
        target.k8s->pods[0].uid.clear();
        Probe::PostgresFacts facts = postgresFacts();
        facts.configLoadedAt = QDateTime();
        facts.unknown.insert(QStringLiteral("configLoadedAt"), QStringLiteral("permission denied"));
        const Fleet::Fingerprint fingerprint = fingerprintOf(target, facts);
        QVERIFY(!fingerprint.complete());
        QCOMPARE(fingerprint.unreadable.keys(), (QStringList { QStringLiteral("pods"), QStringLiteral("server") }));
        QCOMPARE(fingerprint.unreadable.value(QStringLiteral("server")), QStringLiteral("permission denied"));

        // A role that may not read pg_hba_file_rules nor the TLS floor: recorded as such, and complete (a change
        // of either takes a reload, which the server part catches).
        Probe::PostgresFacts ordinary = postgresFacts();
        ordinary.hbaRules.clear();
        ordinary.settings.remove(QStringLiteral("ssl_min_protocol_version"));
        ordinary.unknown.insert(QStringLiteral("hbaRules"), QStringLiteral("permission denied"));
        ordinary.unknown.insert(QStringLiteral("ssl_min_protocol_version"), QStringLiteral("not visible"));
        QVERIFY(fingerprintOf(podTarget(), ordinary).complete());

        // Redis: CONFIG GET refused leaves the settings unread.
        Probe::RedisFacts redis;
        redis.info.insert(QStringLiteral("run_id"), QStringLiteral("abc"));
        redis.unknown.insert(QStringLiteral("tls-protocols"), QStringLiteral("CONFIG is renamed"));
        Fleet::Fingerprint redisFingerprint;
        Fleet::addRedisParts(redisFingerprint, redis, QString());
        QVERIFY(redisFingerprint.unreadable.contains(QStringLiteral("settings")));
    }

    void reuseDecision_data()
    {
        QTest::addColumn<QString>("situation");
        QTest::addColumn<bool>("reuse");
        QTest::addColumn<QString>("reason");
        QTest::newRow("unchanged, fresh") << QStringLiteral("fresh") << true << QStringLiteral("reused (fingerprint unchanged)");
        QTest::newRow("thorough") << QStringLiteral("thorough") << false << QStringLiteral("thorough");
        QTest::newRow("nothing cached") << QStringLiteral("none") << false << QStringLiteral("no earlier observation");
        QTest::newRow("changed") << QStringLiteral("changed") << false << QStringLiteral("the fingerprint changed: certificate");
        QTest::newRow("older than the TTL") << QStringLiteral("old") << false << QStringLiteral("older than 24 h");
        QTest::newRow("from the future") << QStringLiteral("future") << false << QStringLiteral("older than");
        QTest::newRow("unreadable") << QStringLiteral("unreadable") << false << QStringLiteral("could not be read (pods");
    }

    void reuseDecision()
    {
        QFETCH(QString, situation);
        QFETCH(bool, reuse);
        QFETCH(QString, reason);
        const QDateTime now(QDate(2026, 12, 7), QTime(12, 0), Qt::UTC);
        Fleet::Fingerprint fingerprint = fingerprintOf(podTarget(), postgresFacts());
        QDateTime observedAt = now.addSecs(-3600);
        if (situation == u"old")
            observedAt = now.addSecs(-25 * 3600);
        else if (situation == u"future")
            observedAt = now.addSecs(3600);
        std::optional<Fleet::CachedObservation> cached = observation(fingerprint, observedAt);
        if (situation == u"none")
            cached.reset();
        if (situation == u"changed")
            Fleet::addCertificatePart(fingerprint, QStringLiteral("EE:FF"));
        if (situation == u"unreadable")
            fingerprint.unreadable.insert(QStringLiteral("pods"), QStringLiteral("pod x has no UID"));
        const Fleet::ReuseDecision decision
            = Fleet::decideReuse(cached, fingerprint, now, 24h, situation == u"thorough");
        QCOMPARE(decision.reuse, reuse);
        QVERIFY2(decision.reason.contains(reason), qPrintable(decision.reason));
    }

    void cacheFileRoundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/observation-cache.json"));
        const Fleet::Fingerprint fingerprint = fingerprintOf(podTarget(), postgresFacts());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(Fleet::ObservationCache::store(path, { { QStringLiteral("a"), observation(fingerprint, now) },
                                                       { QStringLiteral("old"), observation(fingerprint, now.addDays(-40)) } }));
        // A second store merges (and drops what is older than 30 days).
        QVERIFY(Fleet::ObservationCache::store(path, { { QStringLiteral("b"), observation(fingerprint, now.addSecs(-60)) } }));
        struct stat info {};
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &info), 0);
        QCOMPARE(info.st_mode & 0777, mode_t(0600));
        QString error;
        const Fleet::ObservationCache cache = Fleet::ObservationCache::load(path, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(cache.entries().size(), 2);
        const auto a = cache.find(QStringLiteral("a"));
        QVERIFY(a);
        QCOMPARE(a->observedAt, now);
        QCOMPARE(a->fingerprint.parts, fingerprint.parts);
        QCOMPARE(a->versions.size(), 4);
        QCOMPARE(a->versions.at(2).state, Probe::VersionState::Accepted);
        QCOMPARE(a->plaintextAccepted, std::optional<bool>(false));
        QVERIFY(!cache.find(QStringLiteral("old")));

        // Damaged: empty, with the reason, and the next store replaces it.
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("{ not json");
        file.close();
        const Fleet::ObservationCache damaged = Fleet::ObservationCache::load(path, &error);
        QVERIFY(damaged.entries().isEmpty());
        QVERIFY2(error.contains(QLatin1String("damaged")), qPrintable(error));
        QVERIFY(Fleet::ObservationCache::store(path, { { QStringLiteral("c"), observation(fingerprint, now) } }));
        QCOMPARE(Fleet::ObservationCache::load(path).entries().size(), 1);
    }

    void incompleteObservationIsNotCached()
    {
        Fleet::DatastoreReport report;
        report.kind = Fleet::Kind::PostgreSQL;
        report.observedAt = QDateTime::currentDateTimeUtc();
        Probe::TlsReport tls;
        tls.tlsEnabled = true;
        const Fleet::CachedObservation full = observation(fingerprintOf(podTarget(), postgresFacts()), report.observedAt);
        tls.versions = full.versions;
        tls.weakSuites = QList<Probe::WeakSuite>();
        report.tls = tls;
        report.postgres = postgresFacts();
        report.postgres->plaintextAccepted = false;
        const Fleet::Fingerprint fingerprint = fingerprintOf(podTarget(), postgresFacts());
        QVERIFY(Fleet::observationOf(report, fingerprint));
        // A version attempt that did not end, or an unknown plaintext fact: nothing to reuse next time.
        Fleet::DatastoreReport untried = report;
        untried.tls->versions[0].state = Probe::VersionState::NotTried;
        QVERIFY(!Fleet::observationOf(untried, fingerprint));
        Fleet::DatastoreReport unknownPlaintext = report;
        unknownPlaintext.postgres->plaintextAccepted.reset();
        QVERIFY(!Fleet::observationOf(unknownPlaintext, fingerprint));
        Fleet::Fingerprint unreadable = fingerprint;
        unreadable.unreadable.insert(QStringLiteral("pods"), QStringLiteral("no UID"));
        QVERIFY(!Fleet::observationOf(report, unreadable));
    }
};

QTEST_GUILESS_MAIN(TestFingerprint)

#include "testfingerprint.moc"
