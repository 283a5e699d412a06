// SPDX-License-Identifier: GPL-3.0-or-later
// `proofer demo --manifests` end to end, on manifests written as the bakery-ia security guide describes the platform
// (tests/fixtures/guide-platform: postgres:17-alpine Deployments with their *-db-service, 2Gi RWO *-db-pvc,
// *-db-secret, the postgres-tls Secret copied to /tls by fix-tls-permissions, Redis with the guide's TLS command
// line, a service and an Ingress): it comes up, says what it does not translate, kubectl lists the objects, and
// `proofer scan` grades the datastores with verified TLS.
#include "certfactory.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <signal.h>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QString &program, const QStringList &arguments, const QProcessEnvironment &environment = {})
{
    QProcess process;
    if (!environment.isEmpty())
        process.setProcessEnvironment(environment);
    process.start(program, arguments);
    Run result;
    if (!process.waitForStarted(10000) || !process.waitForFinished(180000)) {
        process.kill();
        process.waitForFinished();
        result.err = process.errorString().toUtf8();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QString proofer()
{
    return qEnvironmentVariable("PROOFER_BIN");
}

QByteArray tlsSecret(const QString &name, const QList<QPair<QString, QByteArray>> &files)
{
    QByteArray yaml = "apiVersion: v1\nkind: Secret\nmetadata:\n  name: " + name.toUtf8()
        + "\n  namespace: bakery-ia\ntype: Opaque\ndata:\n";
    for (const auto &file : files)
        yaml += "  " + file.first.toUtf8() + ": " + file.second.toBase64() + '\n';
    return yaml;
}

} // namespace

class TestManifestDemo final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QProcess m_demo;
    QByteArray m_output;
    QString m_kubeconfig;

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(proofer()), "PROOFER_BIN must point at the proofer binary");
        m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/proofer-test-")
                                                + QStringLiteral(PROOFER_TEST_TAG) + QStringLiteral("-XXXXXX"));
        QFile::setPermissions(m_dir->path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                                 | QFile::ExeGroup | QFile::ExeOther);
        // The platform's manifests, and its TLS Secrets as its certificate script would make them.
        const QString source = qEnvironmentVariable("PROOFER_SOURCE_DIR") + QStringLiteral("/tests/fixtures/guide-platform");
        const QString platform = m_dir->filePath(QStringLiteral("platform"));
        QVERIFY(QDir().mkpath(platform));
        QDirIterator it(source, { QStringLiteral("*.yaml") }, QDir::Files);
        int copied = 0;
        while (it.hasNext()) {
            const QString file = it.next();
            QVERIFY(QFile::copy(file, platform + u'/' + QFileInfo(file).fileName()));
            ++copied;
        }
        QVERIFY2(copied >= 5, qPrintable(source));
        Test::CertFactory ca(QStringLiteral("Bakery IA CA"));
        QVERIFY2(ca.isValid(), qPrintable(ca.errorString()));
        Test::LeafOptions postgres;
        postgres.commonName = QStringLiteral("postgres");
        for (const char *service : { "auth-db-service", "tenant-db-service" }) {
            postgres.dnsNames << QLatin1String(service)
                              << QLatin1String(service) + QStringLiteral(".bakery-ia.svc.cluster.local");
        }
        const Test::IssuedCertificate postgresCertificate = ca.issue(postgres);
        Test::LeafOptions redis;
        redis.commonName = QStringLiteral("redis-service");
        redis.dnsNames << QStringLiteral("redis-service") << QStringLiteral("redis-service.bakery-ia.svc.cluster.local");
        const Test::IssuedCertificate redisCertificate = ca.issue(redis);
        QVERIFY(!postgresCertificate.certificatePem.isEmpty() && !redisCertificate.certificatePem.isEmpty());
        QFile secrets(platform + QStringLiteral("/05-tls-secrets.yaml"));
        QVERIFY(secrets.open(QIODevice::WriteOnly));
        secrets.write(tlsSecret(QStringLiteral("postgres-tls"),
                                { { QStringLiteral("server-cert.pem"), postgresCertificate.certificatePem },
                                  { QStringLiteral("server-key.pem"), postgresCertificate.key.privateKeyPem.reveal() },
                                  { QStringLiteral("ca-cert.pem"), ca.caCertificatePem() } })
                      + "---\n"
                      + tlsSecret(QStringLiteral("redis-tls"),
                                  { { QStringLiteral("redis-cert.pem"), redisCertificate.certificatePem },
                                    { QStringLiteral("redis-key.pem"), redisCertificate.key.privateKeyPem.reveal() },
                                    { QStringLiteral("ca-cert.pem"), ca.caCertificatePem() } }));
        secrets.close();

        m_kubeconfig = m_dir->filePath(QStringLiteral("kubeconfig"));
        m_demo.setProcessChannelMode(QProcess::MergedChannels);
        m_demo.start(proofer(), { QStringLiteral("demo"), QStringLiteral("--manifests"), platform,
                                  QStringLiteral("--state-dir"), m_dir->filePath(QStringLiteral("state")),
                                  QStringLiteral("--kubeconfig-out"), m_kubeconfig });
        QVERIFY(m_demo.waitForStarted(10000));
        const bool up = QTest::qWaitFor(
            [&] {
                m_output += m_demo.readAll();
                return QFile::exists(m_kubeconfig) || m_demo.state() == QProcess::NotRunning;
            },
            240000);
        m_output += m_demo.readAll();
        QVERIFY2(up && QFile::exists(m_kubeconfig), m_output.constData());
        QTest::qWait(200);
        m_output += m_demo.readAll();
    }

    void cleanupTestCase()
    {
        if (m_demo.state() == QProcess::NotRunning)
            return;
        ::kill(pid_t(m_demo.processId()), SIGTERM);
        QVERIFY(QTest::qWaitFor([&] { return m_demo.state() == QProcess::NotRunning; }, 60000));
        QCOMPARE(m_demo.exitCode(), 0);
    }

    void saysWhatItRunsAndWhatItDoesNot()
    {
        QVERIFY2(m_output.contains("ignored: Ingress/api-gateway (stored, not served)"), m_output.constData());
        QCOMPARE(m_output.count("ignored: Ingress/api-gateway"), 1); // once, at start
        QVERIFY2(m_output.contains("auth-db-") && m_output.contains("image: postgres:17-alpine, served by local PostgreSQL 15."),
                 m_output.constData());
        QVERIFY2(m_output.contains("image: redis:7.4-alpine, served by local Redis"), m_output.constData());
        QVERIFY2(m_output.contains("Demo ready from"), m_output.constData());
        // The Secrets' values never reach the demo's output.
        QVERIFY(!m_output.contains("k9Rt2vXq8LmN4pZs7WcY3bHd6FgJ1aQe"));
        QVERIFY(!m_output.contains("Zx8Cv5Bn2Mq7Wr4Et1Yu9Io6Pa3Sd0Fg"));
    }

    void kubectlListsThePlatform()
    {
        const QString kubectl = QStandardPaths::findExecutable(QStringLiteral("kubectl"));
        if (kubectl.isEmpty())
            QSKIP("kubectl is not installed");
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("KUBECACHEDIR"), m_dir->filePath(QStringLiteral("kubecache")));
        const Run listed = run(kubectl, { QStringLiteral("--kubeconfig"), m_kubeconfig, QStringLiteral("get"),
                                          QStringLiteral("pods,svc,pvc,secrets"), QStringLiteral("-n"),
                                          QStringLiteral("bakery-ia") },
                               environment);
        QVERIFY2(listed.exitCode == 0, listed.err.constData());
        // The server's columns, as a cluster prints them.
        QVERIFY2(listed.out.contains("READY   STATUS    RESTARTS   AGE"), listed.out.constData());
        QVERIFY2(listed.out.contains("1/1     Running   0"), listed.out.constData());
        QVERIFY2(listed.out.contains("Bound") && listed.out.contains("2Gi        RWO"), listed.out.constData());
        for (const char *name : { "pod/auth-db-", "pod/tenant-db-", "pod/redis-", "pod/auth-service-",
                                  "service/auth-db-service", "service/redis-service",
                                  "persistentvolumeclaim/auth-db-pvc", "secret/postgres-tls", "secret/auth-db-secret" })
            QVERIFY2(listed.out.contains(name), qPrintable(QString::fromLatin1(name) + u'\n' + QString::fromUtf8(listed.out)));
    }

    void scanGradesTheDatastores()
    {
        const Run scan = run(proofer(), { QStringLiteral("scan"), QStringLiteral("--kubeconfig"), m_kubeconfig,
                                          QStringLiteral("--namespace"), QStringLiteral("bakery-ia"),
                                          QStringLiteral("--format"), QStringLiteral("json") });
        const QJsonObject root = QJsonDocument::fromJson(scan.out).object();
        QVERIFY2(!root.isEmpty(), scan.err.constData());
        const QJsonArray stores = root.value(QStringLiteral("datastores")).toArray();
        QStringList names;
        for (const QJsonValue &value : stores) {
            const QJsonObject store = value.toObject();
            const QString name = store.value(QStringLiteral("name")).toString();
            names << name;
            const QJsonObject tls = store.value(QStringLiteral("tls")).toObject();
            QVERIFY2(tls.value(QStringLiteral("enabled")).toBool(), qPrintable(name));
            QVERIFY2(tls.value(QStringLiteral("verified")).toBool(), qPrintable(name));
            QVERIFY2(store.value(QStringLiteral("errors")).toArray().isEmpty(),
                     qPrintable(name + QString::fromUtf8(QJsonDocument(store.value(QStringLiteral("errors")).toArray()).toJson())));
            QStringList ids;
            for (const QJsonValue &f : store.value(QStringLiteral("findings")).toArray())
                ids << f.toObject().value(QStringLiteral("id")).toString();
            if (name == u"redis") {
                QCOMPARE(tls.value(QStringLiteral("acceptsPlaintext")).toBool(true), false); // --port 0
                continue;
            }
            QCOMPARE(store.value(QStringLiteral("kind")).toString(), QStringLiteral("postgresql"));
            // The image's pg_hba: "host all all all scram-sha-256" accepts plaintext (TLS-002), as on the cluster.
            QVERIFY2(ids.contains(QStringLiteral("TLS-002")), qPrintable(name + u": " + ids.join(u',')));
            QCOMPARE(store.value(QStringLiteral("k8s")).toObject().value(QStringLiteral("password")).toObject()
                         .value(QStringLiteral("length")).toInt(),
                     32);
            QVERIFY2(!ids.contains(QStringLiteral("PERSIST-005")), qPrintable(name + u": " + ids.join(u','))); // 2Gi RWO
            // The guide's log_statement = 'all' puts statement text (passwords included) in the server log.
            QVERIFY2(ids.contains(QStringLiteral("PG-LOG-004")), qPrintable(name + u": " + ids.join(u',')));
            // The certificate, CA and key mode come through the mount chain: the server is verified, the key 0600.
            QVERIFY2(!ids.contains(QStringLiteral("CERT-013")) && !ids.contains(QStringLiteral("TLS-006")),
                     qPrintable(name + u": " + ids.join(u',')));
        }
        // The clients do not verify the servers: auth-service's URLs, one with $(AUTH_DB_HOST) from its ConfigMap
        // (asyncpg ssl=require) and the guide's rediss://…?ssl_cert_reqs=none. tenant-db has no client: not assessed.
        const auto outcomeOf = [&stores](const QString &datastore, const QString &rule) {
            for (const QJsonValue &value : stores) {
                if (value.toObject().value(QStringLiteral("name")).toString() != datastore)
                    continue;
                for (const QJsonValue &check : value.toObject().value(QStringLiteral("checks")).toArray()) {
                    if (check.toObject().value(QStringLiteral("rule")).toString() == rule)
                        return check.toObject().value(QStringLiteral("outcome")).toString();
                }
            }
            return QStringLiteral("<none>");
        };
        QCOMPARE(outcomeOf(QStringLiteral("auth-db"), QStringLiteral("TLS-005")), QStringLiteral("fail"));
        QCOMPARE(outcomeOf(QStringLiteral("redis"), QStringLiteral("TLS-005")), QStringLiteral("fail"));
        QCOMPARE(outcomeOf(QStringLiteral("tenant-db"), QStringLiteral("TLS-005")), QStringLiteral("not-assessed"));
        // The passwords' age comes from the Secrets' managedFields, as kubectl apply leaves them: written just now.
        QCOMPARE(outcomeOf(QStringLiteral("auth-db"), QStringLiteral("SECRET-003")), QStringLiteral("pass"));
        names.sort();
        QCOMPARE(names, (QStringList { QStringLiteral("auth-db"), QStringLiteral("redis"), QStringLiteral("tenant-db") }));
        const QJsonObject grade = root.value(QStringLiteral("grade")).toObject();
        // The guide's platform as its manifests build it grades in the B range: good TLS with documented weaknesses.
        const QString letter = grade.value(QStringLiteral("letter")).toString();
        QVERIFY2(letter.startsWith(u'B'), qPrintable(letter + u' ' + QString::number(grade.value(QStringLiteral("score")).toDouble())));
        QCOMPARE(grade.value(QStringLiteral("datastoresNotAssessed")).toInt(-1), 0);
    }
};

QTEST_GUILESS_MAIN(TestManifestDemo)
#include "testmanifestdemo.moc"
