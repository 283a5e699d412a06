// SPDX-License-Identifier: GPL-3.0-or-later
// `proofer serve` end to end. On a targets file of real PostgreSQL and Redis servers: /metrics says what each server
// was configured to be (its certificate's exact expiry, serial and issuer, the TLS versions it takes, its findings),
// promtool accepts the real exposition, POST /-/rescan scans again, a broken targets file is a counted error that
// keeps the last good series, SIGTERM ends it with 0. On the demo fleet (Kubernetes API emulator, port-forwards to
// real servers): a real Prometheus, run unprivileged with a temporary configuration and storage, scrapes the
// exporter every second, evaluates the shipped alert rules without error, and its HTTP API returns the certificate
// expiry series.
#include "certfactory.h"
#include "demofixture.h"
#include "postgresserver.h"
#include "programrun.h"
#include "redisserver.h"
#include "serverprocess.h"

#include "probe/tlscertificate.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <csignal>
#include <memory>

namespace {

struct Http
{
    int status = 0; ///< 0: no answer
    QByteArray body;
};

/** One request, the event loop turning meanwhile (the demo fleet's API emulator lives on this thread). */
Http request(QNetworkAccessManager &network, const QString &method, const QUrl &url, int timeoutMs = 10000)
{
    QNetworkRequest req(url);
    req.setTransferTimeout(timeoutMs);
    QNetworkReply *reply = method == u"POST" ? network.post(req, QByteArray()) : network.get(req);
    Http http;
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, timeoutMs + 2000)) {
        reply->abort();
        reply->deleteLater();
        return http;
    }
    http.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    http.body = reply->readAll();
    reply->deleteLater();
    return http;
}

/** The samples of a text exposition: "name{labels}" → value, labels in the order the exporter writes them. */
QMap<QString, QString> samplesOf(const QByteArray &exposition)
{
    QMap<QString, QString> samples;
    for (const QByteArray &line : exposition.split('\n')) {
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const qsizetype space = line.lastIndexOf(' ');
        samples.insert(QString::fromUtf8(line.left(space)), QString::fromUtf8(line.mid(space + 1)));
    }
    return samples;
}

/** A running `proofer serve`, its standard error gathered as it comes. */
class Serve final
{
public:
    ~Serve() { stop(); }

    bool start(const QStringList &arguments, QString *why)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_data.path());
        m_process.setProcessEnvironment(env);
        m_process.start(qEnvironmentVariable("PROOFER_BIN"), QStringList{QStringLiteral("serve")} + arguments);
        if (!m_process.waitForStarted(10000)) {
            *why = m_process.errorString();
            return false;
        }
        static const QRegularExpression listening(QStringLiteral("listening on http://127\\.0\\.0\\.1:(\\d+)/metrics"));
        QRegularExpressionMatch match;
        [[maybe_unused]] const bool seen = QTest::qWaitFor(
            [&] {
                match = listening.match(errors());
                return match.hasMatch() || m_process.state() == QProcess::NotRunning;
            },
            15000);
        if (!match.hasMatch()) {
            *why = QStringLiteral("no \"listening on\" line: ") + errors();
            return false;
        }
        m_port = quint16(match.captured(1).toUInt());
        return true;
    }

    QString errors()
    {
        m_errors += m_process.readAllStandardError();
        return QString::fromUtf8(m_errors);
    }

    QUrl url(const QString &path) const { return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path)); }
    quint16 port() const { return m_port; }

    /** SIGTERM, as Kubernetes stops a pod; the exit code (-1: did not end in time). */
    int terminate()
    {
        if (m_process.state() == QProcess::NotRunning)
            return m_process.exitCode();
        ::kill(pid_t(m_process.processId()), SIGTERM);
        if (!QTest::qWaitFor([this] { return m_process.state() == QProcess::NotRunning; }, 30000))
            return -1;
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -2;
    }

    void stop()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(10000);
        }
    }

private:
    QProcess m_process;
    QTemporaryDir m_data; ///< its observation cache, never the user's
    QByteArray m_errors;
    quint16 m_port = 0;
};

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    // Owner-only: a targets file's passwordFile readable by others is refused.
    return file.open(QIODevice::WriteOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner) && file.write(data) == data.size();
}

/** Waits until /readyz answers 200 (the first scan ended). */
bool waitReady(QNetworkAccessManager &network, Serve &serve, int timeoutMs)
{
    return QTest::qWaitFor([&] { return request(network, QStringLiteral("GET"), serve.url(QStringLiteral("/readyz"))).status == 200; },
                           timeoutMs);
}

QString sampleValue(QNetworkAccessManager &network, Serve &serve, const QString &series)
{
    return samplesOf(request(network, QStringLiteral("GET"), serve.url(QStringLiteral("/metrics"))).body).value(series);
}

} // namespace

class TestServe final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("PROOFER_BIN"), "PROOFER_BIN is set by ctest");
        QVERIFY2(m_ca.isValid(), qPrintable(m_ca.errorString()));

        // Certificates issued here, so that the test knows their exact serial, issuer and end of validity.
        Test::LeafOptions postgresLeaf;
        postgresLeaf.dnsNames = {QStringLiteral("localhost"), QStringLiteral("auth-db-service")};
        postgresLeaf.notAfterDays = 400;
        Test::PostgresOptions hardened;
        hardened.issued = m_ca.issue(postgresLeaf);
        QVERIFY2(!hardened.issued.certificatePem.isEmpty(), qPrintable(m_ca.errorString()));
        m_postgresCertificate = hardened.issued.certificatePem;
        QVERIFY2(m_postgres.start(hardened), qPrintable(m_postgres.errorString()));

        Test::PostgresOptions weak;
        weak.tls = false;
        weak.hbaLines = {QStringLiteral("host all all 127.0.0.1/32 md5")};
        weak.passwordEncryption = QStringLiteral("md5");
        QVERIFY2(m_weak.start(weak), qPrintable(m_weak.errorString()));

        Test::LeafOptions redisLeaf;
        redisLeaf.dnsNames = {QStringLiteral("localhost"), QStringLiteral("redis-service")};
        redisLeaf.notAfterDays = 30; // inside the 90-day renewal window
        Test::RedisOptions redis;
        redis.requirePass = QStringLiteral("redis-password-redis-password-32");
        redis.aof = true;
        redis.issued = m_ca.issue(redisLeaf);
        QVERIFY(!redis.issued.certificatePem.isEmpty());
        m_redisCertificate = redis.issued.certificatePem;
        QVERIFY2(m_redis.start(redis), qPrintable(m_redis.errorString()));

        QVERIFY(m_dir.isValid());
        QVERIFY(writeFile(m_dir.filePath(QStringLiteral("ca.pem")), m_ca.caCertificatePem()));
        QVERIFY(writeFile(m_dir.filePath(QStringLiteral("auth.pass")), m_postgres.password().toUtf8()));
        QVERIFY(writeFile(m_dir.filePath(QStringLiteral("weak.pass")), m_weak.password().toUtf8()));
        QVERIFY(writeFile(m_dir.filePath(QStringLiteral("redis.pass")), QByteArrayLiteral("redis-password-redis-password-32")));
        m_targets = QStringLiteral(
                        "datastores:\n"
                        "  - {name: auth-db, kind: postgresql, host: 127.0.0.1, port: %1, tlsServerName: auth-db-service, caFile: ca.pem, database: %2, user: %3, passwordFile: auth.pass}\n"
                        "  - {name: legacy-db, kind: postgresql, host: 127.0.0.1, port: %4, database: %5, user: %6, passwordFile: weak.pass}\n"
                        "  - {name: redis, kind: redis, host: 127.0.0.1, port: %7, tlsServerName: redis-service, caFile: ca.pem, passwordFile: redis.pass}\n")
                        .arg(m_postgres.port())
                        .arg(m_postgres.database(), m_postgres.role())
                        .arg(m_weak.port())
                        .arg(m_weak.database(), m_weak.role())
                        .arg(m_redis.tlsPort())
                        .toUtf8();
        QVERIFY(writeFile(targetsPath(), m_targets));
    }

    void targetsFileExposition()
    {
        Serve serve;
        QString why;
        QVERIFY2(serve.start({QStringLiteral("--targets"), targetsPath(), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                              QStringLiteral("--interval"), QStringLiteral("10m")},
                             &why),
                 qPrintable(why));
        QNetworkAccessManager network;
        QCOMPARE(request(network, QStringLiteral("GET"), serve.url(QStringLiteral("/healthz"))).status, 200);
        QVERIFY2(waitReady(network, serve, 120000), qPrintable(serve.errors()));
        const Http metrics = request(network, QStringLiteral("GET"), serve.url(QStringLiteral("/metrics")));
        QCOMPARE(metrics.status, 200);
        const QMap<QString, QString> samples = samplesOf(metrics.body);

        QCOMPARE(samples.value(QStringLiteral("proofer_datastore_up{datastore=\"auth-db\",kind=\"postgresql\"}")), QStringLiteral("1"));
        QCOMPARE(samples.value(QStringLiteral("proofer_datastore_up{datastore=\"legacy-db\",kind=\"postgresql\"}")), QStringLiteral("1"));
        QCOMPARE(samples.value(QStringLiteral("proofer_datastore_up{datastore=\"redis\",kind=\"redis\"}")), QStringLiteral("1"));

        // The exact certificates the servers were given.
        for (const auto &[name, pem] : {std::pair{QStringLiteral("auth-db"), m_postgresCertificate},
                                        std::pair{QStringLiteral("redis"), m_redisCertificate}}) {
            const QList<Probe::CertificateInfo> parsed = Probe::parseCertificates(pem);
            QCOMPARE(parsed.size(), 1);
            const QString series = QStringLiteral("proofer_certificate_not_after_seconds{datastore=\"%1\",serial=\"%2\",issuer=\"%3\"}")
                                       .arg(name, parsed.constFirst().serialHex, parsed.constFirst().issuer);
            QVERIFY2(samples.contains(series), qPrintable(series + QStringLiteral(" not in\n") + QString::fromUtf8(metrics.body)));
            QCOMPARE(samples.value(series), QString::number(parsed.constFirst().notAfter.toSecsSinceEpoch()));
        }
        QVERIFY(!metrics.body.contains("proofer_certificate_not_after_seconds{datastore=\"legacy-db\""));

        // As the servers were configured: TLS 1.2+ only on auth-db; plaintext legacy-db has the TLS-001 finding.
        QCOMPARE(samples.value(QStringLiteral("proofer_tls_protocol_accepted{datastore=\"auth-db\",version=\"TLSv1.1\"}")), QStringLiteral("0"));
        QCOMPARE(samples.value(QStringLiteral("proofer_tls_protocol_accepted{datastore=\"auth-db\",version=\"TLSv1.2\"}")), QStringLiteral("1"));
        QCOMPARE(samples.value(QStringLiteral("proofer_finding{rule=\"TLS-001\",severity=\"critical\",datastore=\"legacy-db\"}")),
                 QStringLiteral("1"));
        QVERIFY(!samples.contains(QStringLiteral("proofer_finding{rule=\"TLS-001\",severity=\"critical\",datastore=\"auth-db\"}")));
        QVERIFY(samples.contains(QStringLiteral("proofer_fleet_score")));
        QCOMPARE(samples.value(QStringLiteral("proofer_scans_total")), QStringLiteral("1"));
        QCOMPARE(samples.value(QStringLiteral("proofer_scan_errors_total")), QStringLiteral("0"));
        QCOMPARE(samples.value(QStringLiteral("proofer_scan_interval_seconds")), QStringLiteral("600"));

        // No secret in any label or value.
        QVERIFY(!metrics.body.contains(m_postgres.password().toUtf8()));
        QVERIFY(!metrics.body.contains(m_weak.password().toUtf8()));
        QVERIFY(!metrics.body.contains("redis-password-redis-password-32"));

        // POST /-/rescan scans again.
        QCOMPARE(request(network, QStringLiteral("POST"), serve.url(QStringLiteral("/-/rescan"))).status, 202);
        QVERIFY2(QTest::qWaitFor([&] { return sampleValue(network, serve, QStringLiteral("proofer_scans_total")) == u"2"; }, 120000),
                 qPrintable(serve.errors()));

        // A targets file broken meanwhile: a failed scan, counted; the last good series stay.
        const QString lastGood = sampleValue(network, serve, QStringLiteral("proofer_last_scan_timestamp_seconds"));
        QVERIFY(!lastGood.isEmpty());
        QVERIFY(writeFile(targetsPath(), QByteArrayLiteral("datastores: [unclosed\n")));
        QCOMPARE(request(network, QStringLiteral("POST"), serve.url(QStringLiteral("/-/rescan"))).status, 202);
        QVERIFY(QTest::qWaitFor([&] { return sampleValue(network, serve, QStringLiteral("proofer_scan_errors_total")) == u"1"; }, 60000));
        const QMap<QString, QString> afterError = samplesOf(request(network, QStringLiteral("GET"), serve.url(QStringLiteral("/metrics"))).body);
        QCOMPARE(afterError.value(QStringLiteral("proofer_last_scan_success")), QStringLiteral("0"));
        QCOMPARE(afterError.value(QStringLiteral("proofer_scans_total")), QStringLiteral("3"));
        QCOMPARE(afterError.value(QStringLiteral("proofer_datastore_up{datastore=\"auth-db\",kind=\"postgresql\"}")), QStringLiteral("1"));
        QCOMPARE(afterError.value(QStringLiteral("proofer_last_scan_timestamp_seconds")), lastGood);
        QVERIFY2(serve.errors().contains(QStringLiteral("scan 3 failed")), qPrintable(serve.errors()));
        QVERIFY(writeFile(targetsPath(), m_targets));

        QCOMPARE(serve.terminate(), 0);
        QVERIFY(!serve.errors().contains(m_postgres.password()));

        // promtool's linter on the real exposition.
        const QString promtool = QStandardPaths::findExecutable(QStringLiteral("promtool"));
        if (promtool.isEmpty())
            QSKIP("promtool is not installed (Debian package prometheus; scripts/setup installs it)");
        QProcess check;
        check.start(promtool, {QStringLiteral("check"), QStringLiteral("metrics")});
        QVERIFY(check.waitForStarted());
        check.write(metrics.body);
        check.closeWriteChannel();
        QVERIFY(check.waitForFinished(30000));
        const QByteArray lint = check.readAllStandardOutput() + check.readAllStandardError();
        QVERIFY2(check.exitCode() == 0 && lint.trimmed().isEmpty(), lint.constData());

    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("interval too short") << QStringList{QStringLiteral("--interval"), QStringLiteral("5s")}
                                            << QStringLiteral("--interval takes a duration from 10s to 24h");
        QTest::newRow("interval not a duration") << QStringList{QStringLiteral("--interval"), QStringLiteral("often")}
                                                 << QStringLiteral("not \"often\"");
        QTest::newRow("listen without a port") << QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1")}
                                               << QStringLiteral("no port");
        QTest::newRow("listen on a host name") << QStringList{QStringLiteral("--listen"), QStringLiteral("example.com:9187")}
                                               << QStringLiteral("host names are not resolved");
        QTest::newRow("targets and context") << QStringList{QStringLiteral("--targets"), QStringLiteral("t.yaml"),
                                                            QStringLiteral("--context"), QStringLiteral("x")}
                                             << QStringLiteral("--targets cannot be combined");
        QTest::newRow("missing targets file") << QStringList{QStringLiteral("--targets"), QStringLiteral("/nonexistent/t.yaml")}
                                              << QStringLiteral("/nonexistent/t.yaml");
        QTest::newRow("unexpected argument") << QStringList{QStringLiteral("now")} << QStringLiteral("unexpected argument");
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const TestSupport::ProgramRun run =
            TestSupport::runProgram(qEnvironmentVariable("PROOFER_BIN"), QStringList{QStringLiteral("serve")} + arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
    }

    void portInUse()
    {
        QTcpServer taken;
        QVERIFY(taken.listen(QHostAddress::LocalHost));
        const TestSupport::ProgramRun run = TestSupport::runProgram(
            qEnvironmentVariable("PROOFER_BIN"),
            {QStringLiteral("serve"), QStringLiteral("--targets"), targetsPath(), QStringLiteral("--listen"),
             QStringLiteral("127.0.0.1:%1").arg(taken.serverPort())});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("cannot listen on 127.0.0.1 port %1").arg(taken.serverPort())), qPrintable(run.err));
    }

    void prometheusScrapesTheDemoFleet()
    {
        const QString prometheus = QStandardPaths::findExecutable(QStringLiteral("prometheus"));
        if (prometheus.isEmpty())
            QSKIP("prometheus is not installed (Debian package prometheus; scripts/setup installs it)");

        std::unique_ptr<QTemporaryDir> fleetDir;
        QString failure;
        std::unique_ptr<Demo::DemoFleet> fleet = TestSupport::startSmallDemoFleet(&fleetDir, &failure);
        QVERIFY2(fleet, qPrintable(failure));
        auto stopFleet = qScopeGuard([&fleet] { TestSupport::stopDemoFleet(fleet); });

        Serve serve;
        QVERIFY2(serve.start({QStringLiteral("--kubeconfig"), fleet->kubeconfigPath(), QStringLiteral("--listen"),
                              QStringLiteral("127.0.0.1:0"), QStringLiteral("--interval"), QStringLiteral("10m")},
                             &failure),
                 qPrintable(failure));
        QNetworkAccessManager network;
        QVERIFY2(waitReady(network, serve, 180000), qPrintable(serve.errors()));
        const QMap<QString, QString> served =
            samplesOf(request(network, QStringLiteral("GET"), serve.url(QStringLiteral("/metrics"))).body);
        QMap<QString, QString> expiryByDatastore;
        static const QRegularExpression certificateSeries(QStringLiteral("^proofer_certificate_not_after_seconds\\{datastore=\"([^\"]+)\""));
        for (auto it = served.cbegin(); it != served.cend(); ++it) {
            if (const QRegularExpressionMatch match = certificateSeries.match(it.key()); match.hasMatch())
                expiryByDatastore.insert(match.captured(1), it.value());
        }
        QVERIFY2(expiryByDatastore.contains(QStringLiteral("auth-db")) && expiryByDatastore.contains(QStringLiteral("redis")),
                 qPrintable(serve.errors()));

        // A real Prometheus, unprivileged, with a configuration and storage of its own, scraping every second and
        // evaluating the shipped alert rules.
        QString error;
        const std::unique_ptr<QTemporaryDir> dir = Test::makeServerDir(&error);
        QVERIFY2(dir, qPrintable(error));
        const QString rules = dir->filePath(QStringLiteral("proofer-alerts.yml"));
        QVERIFY(QFile::copy(qEnvironmentVariable("PROOFER_SOURCE_DIR") + QStringLiteral("/packaging/prometheus/proofer-alerts.yml"), rules));
        const quint16 webPort = Test::pickFreePort();
        const QString config = dir->filePath(QStringLiteral("prometheus.yml"));
        QFile configFile(config);
        QVERIFY(configFile.open(QIODevice::WriteOnly));
        configFile.write(QStringLiteral("global:\n"
                                        "  scrape_interval: 1s\n"
                                        "  scrape_timeout: 1s\n"
                                        "  evaluation_interval: 1s\n"
                                        "rule_files: ['%1']\n"
                                        "scrape_configs:\n"
                                        "  - job_name: proofer\n"
                                        "    static_configs:\n"
                                        "      - targets: ['127.0.0.1:%2']\n")
                             .arg(rules)
                             .arg(serve.port())
                             .toUtf8());
        configFile.close();
        for (const QString &file : {rules, config}) {
            QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
            QVERIFY(Test::chownToServerUser(file));
        }
        QProcess server;
        Test::ChildSpec spec;
        spec.program = prometheus;
        spec.arguments = {QStringLiteral("--config.file=") + config,
                          QStringLiteral("--storage.tsdb.path=") + dir->filePath(QStringLiteral("data")),
                          QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(webPort), QStringLiteral("--log.level=warn")};
        spec.logFile = dir->filePath(QStringLiteral("prometheus.log"));
        spec.workingDirectory = dir->path();
        spec.dropToUnprivilegedUser = true; // never as root
        QVERIFY2(Test::startChild(server, spec, &error), qPrintable(error));
        auto stopServer = qScopeGuard([&server] { Test::stopChild(server, SIGTERM); });
        const QString api = QStringLiteral("http://127.0.0.1:%1").arg(webPort);
        QVERIFY2(QTest::qWaitFor([&] { return request(network, QStringLiteral("GET"), QUrl(api + QStringLiteral("/-/ready"))).status == 200; },
                                 60000),
                 qPrintable(Test::readTextFile(spec.logFile)));

        // Prometheus scraped the exporter ("up" is Prometheus's own verdict on the scrape).
        auto query = [&](const QString &promql) {
            QUrl url(api + QStringLiteral("/api/v1/query"));
            QUrlQuery parameters;
            parameters.addQueryItem(QStringLiteral("query"), promql);
            url.setQuery(parameters);
            const Http answer = request(network, QStringLiteral("GET"), url);
            return QJsonDocument::fromJson(answer.body).object().value(QStringLiteral("data")).toObject().value(QStringLiteral("result")).toArray();
        };
        QJsonArray up;
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         up = query(QStringLiteral("up{job=\"proofer\"}"));
                         return up.size() == 1 && up.at(0).toObject().value(QStringLiteral("value")).toArray().at(1).toString() == u"1";
                     },
                     60000),
                 qPrintable(Test::readTextFile(spec.logFile)));

        // The certificate expiry series, through Prometheus's HTTP API, as the exporter served them.
        QJsonArray expiry;
        QVERIFY(QTest::qWaitFor([&] {
            expiry = query(QStringLiteral("proofer_certificate_not_after_seconds"));
            return expiry.size() == expiryByDatastore.size();
        }, 30000));
        for (const QJsonValue &series : std::as_const(expiry)) {
            const QJsonObject metric = series.toObject().value(QStringLiteral("metric")).toObject();
            const QString datastore = metric.value(QStringLiteral("datastore")).toString();
            QVERIFY2(expiryByDatastore.contains(datastore), qPrintable(datastore));
            QCOMPARE(metric.value(QStringLiteral("job")).toString(), QStringLiteral("proofer"));
            QVERIFY(!metric.value(QStringLiteral("serial")).toString().isEmpty());
            QVERIFY(!metric.value(QStringLiteral("issuer")).toString().isEmpty());
            const double value = series.toObject().value(QStringLiteral("value")).toArray().at(1).toString().toDouble();
            QCOMPARE(value, expiryByDatastore.value(datastore).toDouble());
        }

        // Every shipped rule evaluates against the real series without an error.
        QJsonArray loaded;
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         const Http answer = request(network, QStringLiteral("GET"), QUrl(api + QStringLiteral("/api/v1/rules")));
                         loaded = QJsonArray();
                         for (const QJsonValue &group : QJsonDocument::fromJson(answer.body).object().value(QStringLiteral("data")).toObject().value(QStringLiteral("groups")).toArray()) {
                             for (const QJsonValue &rule : group.toObject().value(QStringLiteral("rules")).toArray())
                                 loaded.append(rule);
                         }
                         return loaded.size() == 6
                             && std::all_of(loaded.cbegin(), loaded.cend(), [](const QJsonValue &rule) {
                                    return rule.toObject().value(QStringLiteral("health")).toString() == u"ok";
                                });
                     },
                     30000),
                 QJsonDocument(loaded).toJson().constData());

        QCOMPARE(serve.terminate(), 0);
    }

private:
    QString targetsPath() const { return m_dir.filePath(QStringLiteral("targets.yaml")); }

    Test::CertFactory m_ca;
    Test::PostgresServer m_postgres{&m_ca};
    Test::PostgresServer m_weak{&m_ca};
    Test::RedisServer m_redis{&m_ca};
    QByteArray m_postgresCertificate;
    QByteArray m_redisCertificate;
    QTemporaryDir m_dir;
    QByteArray m_targets;
};

QTEST_GUILESS_MAIN(TestServe)
#include "testserve.moc"
