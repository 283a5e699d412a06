// SPDX-License-Identifier: GPL-3.0-or-later
// `proofer scan` end to end against real servers: a targets file, and a namespace served by the
// API emulator whose pods port-forward to real PostgreSQL and Redis. Each fact in the JSON is
// checked against how the server was configured.
#include "emulatorfixture.h"
#include "postgresserver.h"
#include "redisserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

/** Runs proofer while this thread's event loop keeps turning (the emulator lives here). */
Run runProofer(const QStringList &arguments, int timeoutMs = 180000)
{
    // Every scan keeps its snapshot in the history: a private data directory, never the user's.
    static QTemporaryDir dataHome;
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), dataHome.path());
    process.setProcessEnvironment(env);
    process.start(qEnvironmentVariable("PROOFER_BIN"), arguments);
    Run run;
    if (!process.waitForStarted(10000))
        return run;
    if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, timeoutMs)) {
        process.kill();
        process.waitForFinished();
        run.err = QStringLiteral("timed out");
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = process.readAllStandardOutput();
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QJsonObject byName(const QJsonArray &stores, const QString &name)
{
    for (const QJsonValue &value : stores) {
        if (value.toObject().value(QStringLiteral("name")).toString() == name)
            return value.toObject();
    }
    return {};
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    // Owner-only: a targets file's passwordFile readable by others is refused.
    return file.open(QIODevice::WriteOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner) && file.write(data) == data.size();
}

} // namespace

class TestScanCli final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(m_ca.isValid(), qPrintable(m_ca.errorString()));
        Test::PostgresOptions hardened;
        hardened.certificate.dnsNames = {QStringLiteral("localhost"), QStringLiteral("auth-db-service"),
                                         QStringLiteral("auth-db-service.bakery-ia.svc.cluster.local")};
        hardened.extraConfig << QStringLiteral("log_statement = 'all'") << QStringLiteral("log_connections = on");
        QVERIFY2(m_postgres.start(hardened), qPrintable(m_postgres.errorString()));
        // The same server again, scanned only by namespaceThroughTheEmulator: its log holds no other scan's lines
        // (another Proofer's refused probes of the last minutes would count as errors: this one cannot know them).
        hardened.password = m_postgres.password();
        QVERIFY2(m_logged.start(hardened), qPrintable(m_logged.errorString()));

        Test::PostgresOptions weak;
        weak.tls = false;
        weak.hbaLines = {QStringLiteral("host all all 127.0.0.1/32 md5")};
        weak.passwordEncryption = QStringLiteral("md5");
        QVERIFY2(m_weak.start(weak), qPrintable(m_weak.errorString()));

        Test::RedisOptions redis;
        redis.requirePass = QStringLiteral("redis-password-redis-password-32");
        redis.aof = true;
        redis.certificate.dnsNames = {QStringLiteral("localhost"), QStringLiteral("redis-service"),
                                      QStringLiteral("redis-service.bakery-ia.svc.cluster.local")};
        QVERIFY2(m_redis.start(redis), qPrintable(m_redis.errorString()));
    }

    void targetsFile()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(QStringLiteral("ca.pem")), m_ca.caCertificatePem()));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("auth.pass")), m_postgres.password().toUtf8() + '\n'));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("weak.pass")), m_weak.password().toUtf8()));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("redis.pass")), QByteArrayLiteral("redis-password-redis-password-32")));
        const QByteArray targets = QStringLiteral(
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
        const QString path = dir.filePath(QStringLiteral("targets.yaml"));
        QVERIFY(writeFile(path, targets));

        const Run run = runProofer({QStringLiteral("scan"), QStringLiteral("--targets"), path, QStringLiteral("--format"),
                                    QStringLiteral("json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject root = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(root.value(QStringLiteral("schema")).toString(), QStringLiteral("proofer.snapshot/v1"));
        const QJsonArray stores = root.value(QStringLiteral("datastores")).toArray();
        QCOMPARE(stores.size(), 3);

        const QJsonObject auth = byName(stores, QStringLiteral("auth-db"));
        const QJsonObject authTls = auth.value(QStringLiteral("tls")).toObject();
        QCOMPARE(authTls.value(QStringLiteral("enabled")).toBool(), true);
        QCOMPARE(authTls.value(QStringLiteral("verified")).toBool(), true);
        QCOMPARE(authTls.value(QStringLiteral("acceptsPlaintext")).toBool(true), false);
        QCOMPARE(authTls.value(QStringLiteral("protocols")).toArray(),
                 (QJsonArray{QStringLiteral("TLSv1.2"), QStringLiteral("TLSv1.3")}));
        QVERIFY(auth.value(QStringLiteral("certificate")).toObject().value(QStringLiteral("daysLeft")).toInt() > 300);
        QCOMPARE(auth.value(QStringLiteral("settings")).toObject().value(QStringLiteral("log_statement")).toString(),
                 QStringLiteral("all"));
        QCOMPARE(auth.value(QStringLiteral("endpoint")).toString(), QStringLiteral("127.0.0.1:%1").arg(m_postgres.port()));
        QVERIFY(auth.value(QStringLiteral("k8s")).isNull());

        const QJsonObject legacy = byName(stores, QStringLiteral("legacy-db"));
        const QJsonObject legacyTls = legacy.value(QStringLiteral("tls")).toObject();
        QCOMPARE(legacyTls.value(QStringLiteral("enabled")).toBool(true), false);
        QCOMPARE(legacyTls.value(QStringLiteral("acceptsPlaintext")).toBool(false), true);
        QVERIFY(legacy.value(QStringLiteral("certificate")).isNull());

        const QJsonObject redis = byName(stores, QStringLiteral("redis"));
        QCOMPARE(redis.value(QStringLiteral("tls")).toObject().value(QStringLiteral("verified")).toBool(), true);
        QCOMPARE(redis.value(QStringLiteral("auth")).toObject().value(QStringLiteral("method")).toString(),
                 QStringLiteral("requirepass"));
        QCOMPARE(redis.value(QStringLiteral("auth")).toObject().value(QStringLiteral("required")).toBool(), true);
        QCOMPARE(redis.value(QStringLiteral("settings")).toObject().value(QStringLiteral("appendonly")).toString(),
                 QStringLiteral("yes"));
        // No password ever reaches the output.
        QVERIFY(!run.out.contains(m_postgres.password().toUtf8()));
        QVERIFY(!run.out.contains("redis-password-redis-password-32"));

        // The audit on top of the facts: findings per datastore, a fleet grade, the compliance matrix.
        auto findingIds = [](const QJsonObject &store) {
            QStringList ids;
            for (const QJsonValue &f : store.value(QStringLiteral("findings")).toArray())
                ids << f.toObject().value(QStringLiteral("id")).toString();
            return ids;
        };
        QVERIFY2(findingIds(legacy).contains(QStringLiteral("TLS-001")), qPrintable(findingIds(legacy).join(u',')));
        QVERIFY2(findingIds(auth).contains(QStringLiteral("PG-LOG-004")), qPrintable(findingIds(auth).join(u',')));
        QVERIFY(!findingIds(auth).contains(QStringLiteral("TLS-001")));
        const QJsonObject grade = root.value(QStringLiteral("grade")).toObject();
        QVERIFY(!grade.value(QStringLiteral("letter")).toString().isEmpty());
        QVERIFY(grade.value(QStringLiteral("counts")).toObject().value(QStringLiteral("critical")).toInt() >= 1);
        // A critical finding caps the fleet below B.
        QVERIFY(grade.value(QStringLiteral("score")).toDouble() < 83.0);
        QVERIFY(!root.value(QStringLiteral("compliance")).toArray().isEmpty());
        QVERIFY(auth.value(QStringLiteral("grade")).toObject().value(QStringLiteral("score")).toDouble()
                > legacy.value(QStringLiteral("grade")).toObject().value(QStringLiteral("score")).toDouble());

        const Run text = runProofer({QStringLiteral("scan"), QStringLiteral("--targets"), path});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("auth-db"));
        QVERIFY(text.out.contains("NAME"));
        QVERIFY(text.out.contains("Fleet grade:"));
        QVERIFY(text.out.contains("TLS-001"));

        // The CI gate.
        const Run gateFails = runProofer({QStringLiteral("scan"), QStringLiteral("--targets"), path,
                                          QStringLiteral("--fail-under"), QStringLiteral("A")});
        QCOMPARE(gateFails.exitCode, 1);
        QVERIFY2(gateFails.err.contains(QStringLiteral("below A")), qPrintable(gateFails.err));
        const Run gatePasses = runProofer({QStringLiteral("scan"), QStringLiteral("--targets"), path,
                                           QStringLiteral("--fail-under"), QStringLiteral("F")});
        QCOMPARE(gatePasses.exitCode, 0);
        const Run gateBad = runProofer({QStringLiteral("scan"), QStringLiteral("--targets"), path,
                                        QStringLiteral("--fail-under"), QStringLiteral("Z")});
        QCOMPARE(gateBad.exitCode, 2);
    }

    /** When verification fails the probes get no session: the inspection's own handshake names the reason. */
    void verificationFailureNamesTheReason()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(QStringLiteral("ca.pem")), m_ca.caCertificatePem()));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("auth.pass")), m_postgres.password().toUtf8()));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("redis.pass")), QByteArrayLiteral("redis-password-redis-password-32")));
        const QByteArray targets = QStringLiteral(
            "datastores:\n"
            "  - {name: auth-db, kind: postgresql, host: 127.0.0.1, port: %1, tlsServerName: wrong-name, caFile: ca.pem, database: %2, user: %3, passwordFile: auth.pass}\n"
            "  - {name: redis, kind: redis, host: 127.0.0.1, port: %4, tlsServerName: wrong-name, caFile: ca.pem, passwordFile: redis.pass}\n")
                                       .arg(m_postgres.port())
                                       .arg(m_postgres.database(), m_postgres.role())
                                       .arg(m_redis.tlsPort())
                                       .toUtf8();
        const QString path = dir.filePath(QStringLiteral("targets.yaml"));
        QVERIFY(writeFile(path, targets));
        const Run run = runProofer({QStringLiteral("scan"), QStringLiteral("--targets"), path, QStringLiteral("--format"),
                                    QStringLiteral("json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonArray stores = QJsonDocument::fromJson(run.out).object().value(QStringLiteral("datastores")).toArray();
        QCOMPARE(stores.size(), 2);
        for (const QString &name : {QStringLiteral("auth-db"), QStringLiteral("redis")}) {
            const QJsonObject store = byName(stores, name);
            const QJsonObject tls = store.value(QStringLiteral("tls")).toObject();
            QCOMPARE(tls.value(QStringLiteral("enabled")).toBool(), true);
            QCOMPARE(tls.value(QStringLiteral("verified")).toBool(true), false);
            QCOMPARE(tls.value(QStringLiteral("verifyError")).toString(), QStringLiteral("hostname mismatch"));
            QCOMPARE(tls.value(QStringLiteral("protocols")).toArray(),
                     (QJsonArray{QStringLiteral("TLSv1.2"), QStringLiteral("TLSv1.3")}));
            QCOMPARE(tls.value(QStringLiteral("negotiated")).toString(), QStringLiteral("TLSv1.3"));
            QVERIFY2(!store.value(QStringLiteral("certificate")).isNull(), qPrintable(name));
            QVERIFY2(!store.value(QStringLiteral("errors")).toArray().isEmpty(), qPrintable(name)); // the probe's refusal
        }
    }

    void badTargetsFileNamesTheLine()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("targets.yaml"));
        QVERIFY(writeFile(path, "datastores:\n  - {name: a, kind: postgresql, host: 127.0.0.1}\n"
                                "  - {name: b, kind: mongodb, host: 127.0.0.1}\n"));
        const Run run = runProofer({QStringLiteral("scan"), QStringLiteral("--targets"), path});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("targets.yaml:3")), qPrintable(run.err));
        QVERIFY(run.err.contains(QStringLiteral("unknown kind \"mongodb\"")));

        QVERIFY(writeFile(path, "datastores:\n  - {name: a, kind: redis, host: 127.0.0.1, caFile: missing.pem}\n"));
        const Run missing = runProofer({QStringLiteral("scan"), QStringLiteral("--targets"), path});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY2(missing.err.contains(QStringLiteral("missing.pem")), qPrintable(missing.err));

        // A password file others can read is refused, with the command that fixes it; the password is not printed.
        const QString pass = dir.filePath(QStringLiteral("loose.pass"));
        QVERIFY(writeFile(pass, "loose-password-loose-password-32"));
        QVERIFY(QFile::setPermissions(pass, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        QVERIFY(writeFile(path, "datastores:\n  - {name: a, kind: redis, host: 127.0.0.1, passwordFile: loose.pass}\n"));
        const Run loose = runProofer({QStringLiteral("scan"), QStringLiteral("--targets"), path});
        QCOMPARE(loose.exitCode, 2);
        QVERIFY2(loose.err.contains(QStringLiteral("chmod 600 ") + pass), qPrintable(loose.err));
        QVERIFY(!loose.err.contains(QStringLiteral("loose-password")) && !loose.out.contains("loose-password"));
    }

    void everyTargetUnreachableExits3()
    {
        QTemporaryDir dir;
        QTcpServer reserve;
        QVERIFY(reserve.listen(QHostAddress::LocalHost));
        const quint16 port = reserve.serverPort();
        reserve.close();
        const QString path = dir.filePath(QStringLiteral("targets.yaml"));
        QVERIFY(writeFile(path, QStringLiteral("datastores:\n  - {name: gone, kind: postgresql, host: 127.0.0.1, port: %1}\n")
                                    .arg(port)
                                    .toUtf8()));
        const Run run = runProofer({QStringLiteral("scan"), QStringLiteral("--targets"), path, QStringLiteral("--format"),
                                    QStringLiteral("json")});
        QCOMPARE(run.exitCode, 3);
        const QJsonObject gone =
            QJsonDocument::fromJson(run.out).object().value(QStringLiteral("datastores")).toArray().first().toObject();
        const QString errors = QString::fromUtf8(QJsonDocument(gone.value(QStringLiteral("errors")).toArray()).toJson());
        QVERIFY2(errors.contains(QStringLiteral("127.0.0.1:%1").arg(port)), qPrintable(errors));
    }

    void namespaceThroughTheEmulator()
    {
        Test::Emulator emulator;
        QVERIFY2(emulator.isValid(), qPrintable(emulator.errorString()));
        const QString ns = QStringLiteral("bakery-ia");
        populateNamespace(emulator);

        emulator.server().setPortForwardTarget(ns, QStringLiteral("auth-db-0"), 5432, QHostAddress::LocalHost, m_logged.port());
        emulator.server().setPodLogFile(ns, QStringLiteral("auth-db-0"), m_logged.logFile());

        const Run run = runProofer({QStringLiteral("scan"), QStringLiteral("--kubeconfig"), emulator.kubeconfigPath(),
                                    QStringLiteral("--namespace"), ns, QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err + QString::fromUtf8(run.out)));
        const QJsonObject root = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(root.value(QStringLiteral("scope")).toObject().value(QStringLiteral("namespace")).toString(), ns);
        const QJsonArray stores = root.value(QStringLiteral("datastores")).toArray();
        QCOMPARE(stores.size(), 1);
        const QJsonObject auth = stores.first().toObject();
        QCOMPARE(auth.value(QStringLiteral("name")).toString(), QStringLiteral("auth-db"));
        QCOMPARE(auth.value(QStringLiteral("endpoint")).toString(), QStringLiteral("auth-db-service:5432"));
        const QJsonObject tls = auth.value(QStringLiteral("tls")).toObject();
        QVERIFY2(tls.value(QStringLiteral("verified")).toBool(), qPrintable(QString::fromUtf8(run.out)));
        QCOMPARE(auth.value(QStringLiteral("settings")).toObject().value(QStringLiteral("log_statement")).toString(),
                 QStringLiteral("all"));
        const QJsonObject k8s = auth.value(QStringLiteral("k8s")).toObject();
        QCOMPARE(k8s.value(QStringLiteral("tlsSecret")).toString(), QStringLiteral("postgres-tls"));
        QCOMPARE(k8s.value(QStringLiteral("keyFileMode")).toString(), QStringLiteral("0600"));
        QCOMPARE(k8s.value(QStringLiteral("password")).toObject().value(QStringLiteral("length")).toInt(), 32);
        QVERIFY(!run.out.contains(m_postgres.password().toUtf8()));

        // The guide's checklist is computed by the engine and travels with the scan: every item with its status and
        // its per-datastore evidence; the 32-character password passes on auth-db, pgcrypto is judged by its rule.
        QHash<QString, QJsonObject> items;
        for (const QJsonValue &value : root.value(QStringLiteral("checklist")).toArray())
            items.insert(value.toObject().value(QStringLiteral("item")).toString(), value.toObject());
        for (const char *id : {"pods", "pvcs", "tls-mounted", "pg-tls", "pgcrypto", "log-tls-errors", "audit-logs", "passwords",
                               "backups", "backup-tested"})
            QVERIFY2(items.contains(QString::fromLatin1(id)), id);
        const QJsonObject passwords = items.value(QStringLiteral("passwords"));
        QCOMPARE(passwords.value(QStringLiteral("status")).toString(), QStringLiteral("pass"));
        const QJsonArray results = passwords.value(QStringLiteral("results")).toArray();
        QCOMPARE(results.size(), 1);
        QCOMPARE(results.first().toObject().value(QStringLiteral("datastore")).toString(), QStringLiteral("auth-db"));
        QVERIFY(!results.first().toObject().value(QStringLiteral("evidence")).toArray().isEmpty());
        // The scan read the datastore's log (the server's real one, served as its pod's): Proofer's own refused
        // attempts (TLS 1.0/1.1, the weak suites it offered) are left out by their time, not counted as errors,
        // and the probe's own login is an audit line actually written.
        const QJsonObject logs = auth.value(QStringLiteral("logs")).toObject().value(QStringLiteral("datastore")).toObject();
        QVERIFY2(logs.value(QStringLiteral("read")).toBool(), QJsonDocument(logs).toJson().constData());
        QVERIFY2(logs.value(QStringLiteral("ownProbeLines")).toInt() > 0, QJsonDocument(logs).toJson().constData());
        QCOMPARE(logs.value(QStringLiteral("tlsErrorCount")).toInt(), 0);
        QCOMPARE(logs.value(QStringLiteral("untimedTlsErrors")).toInt(), 0);
        QVERIFY2(logs.value(QStringLiteral("auditLines")).toInt() > 0, QJsonDocument(logs).toJson().constData());
        QVERIFY(!QJsonDocument(logs).toJson().contains(m_postgres.password().toUtf8()));
        QCOMPARE(items.value(QStringLiteral("log-tls-errors")).value(QStringLiteral("status")).toString(), QStringLiteral("pass"));
        const QByteArray audit = QJsonDocument(items.value(QStringLiteral("audit-logs"))).toJson();
        QVERIFY2(audit.contains("connection or statement line(s) in the last"), audit.constData());

        const Run text = runProofer({QStringLiteral("scan"), QStringLiteral("--kubeconfig"), emulator.kubeconfigPath(),
                                     QStringLiteral("--namespace"), ns, QStringLiteral("--no-history")});
        QVERIFY2(text.out.contains("Security validation checklist:"), text.out.constData());
    }

    /** A namespace with no datastore (a typo, the wrong context, nothing deployed) is N/A, never A+; exit 3. */
    void emptyNamespaceIsNotGraded()
    {
        Test::Emulator emulator;
        QVERIFY2(emulator.isValid(), qPrintable(emulator.errorString()));
        populateNamespace(emulator); // bakery-ia has a datastore; the scan looks at a namespace that has none
        const QString ns = QStringLiteral("bakery-ai");
        const QStringList base{QStringLiteral("scan"), QStringLiteral("--kubeconfig"), emulator.kubeconfigPath(),
                               QStringLiteral("--namespace"), ns, QStringLiteral("--no-history")};
        const Run json = runProofer(base + QStringList{QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(json.exitCode, 3);
        const QJsonObject grade = QJsonDocument::fromJson(json.out).object().value(QStringLiteral("grade")).toObject();
        QVERIFY2(grade.value(QStringLiteral("letter")).isNull(), qPrintable(QString::fromUtf8(json.out)));
        QVERIFY(grade.value(QStringLiteral("score")).isNull());
        const QString reason = grade.value(QStringLiteral("reason")).toString();
        QCOMPARE(reason, QStringLiteral("no PostgreSQL, Redis or RabbitMQ found in namespace bakery-ai of context proofer-emulator"));
        QVERIFY2(json.err.contains(reason), qPrintable(json.err));

        const Run text = runProofer(base);
        QCOMPARE(text.exitCode, 3);
        const QByteArray expectedLine = QByteArray("Fleet grade: N/A (") + reason.toUtf8() + ')';
        QVERIFY2(text.out.contains(expectedLine), text.out.constData());
        QVERIFY(!text.out.contains("A+"));
        // The CI gate never passes on nothing, not even at F.
        const Run gate = runProofer(base + QStringList{QStringLiteral("--fail-under"), QStringLiteral("F")});
        QVERIFY2(gate.exitCode != 0, qPrintable(gate.err));
    }

    /**
     * A Redis that cannot be reached through its port-forward — the API refuses the port-forward (403), nothing
     * listens on the pod's port, the Redis process is stopped — is shown down, is never REDIS-AUTH-001, and with
     * nothing reached the scan exits 3.
     */
    void unreachableRedisThroughTheEmulator_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::newRow("port-forward forbidden (403)") << QStringLiteral("forbidden");
        QTest::newRow("nothing listens in the pod") << QStringLiteral("no-target");
        QTest::newRow("Redis stopped") << QStringLiteral("stopped");
    }

    void unreachableRedisThroughTheEmulator()
    {
        QFETCH(QString, mode);
        Test::Emulator emulator;
        QVERIFY2(emulator.isValid(), qPrintable(emulator.errorString()));
        const QString ns = QStringLiteral("bakery-ia");
        emulator.server().createObject(QJsonDocument::fromJson(QByteArray(R"({
            "apiVersion": "apps/v1", "kind": "Deployment",
            "metadata": {"name": "redis", "namespace": "bakery-ia", "labels": {"app.kubernetes.io/component": "database"}},
            "spec": {"replicas": 1, "selector": {"matchLabels": {"app": "redis"}},
              "template": {"metadata": {"labels": {"app": "redis"}},
                "spec": {"containers": [{"name": "redis", "image": "redis:7-alpine", "ports": [{"containerPort": 6379}]}]}}}})")).object());
        emulator.server().createObject(QJsonDocument::fromJson(QByteArray(R"({
            "apiVersion": "v1", "kind": "Pod", "metadata": {"name": "redis-0", "namespace": "bakery-ia", "labels": {"app": "redis"}},
            "spec": {"containers": [{"name": "redis", "image": "redis:7-alpine"}]},
            "status": {"phase": "Running", "conditions": [{"type": "Ready", "status": "True"}]}})")).object());
        emulator.server().createObject(QJsonDocument::fromJson(QByteArray(R"({
            "apiVersion": "v1", "kind": "Service", "metadata": {"name": "redis-service", "namespace": "bakery-ia"},
            "spec": {"selector": {"app": "redis"}, "ports": [{"port": 6379}]}})")).object());
        if (mode == u"forbidden") {
            emulator.server().setPortForwardTarget(ns, QStringLiteral("redis-0"), 6379, QHostAddress::LocalHost, m_redis.tlsPort());
            emulator.server().addDenyRule({{}, QStringLiteral("create"), QStringLiteral("pods/portforward"), {}});
        } else if (mode == u"stopped") {
            QTcpServer reserve;
            QVERIFY(reserve.listen(QHostAddress::LocalHost));
            const quint16 port = reserve.serverPort();
            reserve.close();
            emulator.server().setPortForwardTarget(ns, QStringLiteral("redis-0"), 6379, QHostAddress::LocalHost, port);
        }
        const Run run = runProofer({QStringLiteral("scan"), QStringLiteral("--kubeconfig"), emulator.kubeconfigPath(),
                                    QStringLiteral("--namespace"), ns, QStringLiteral("--format"), QStringLiteral("json"),
                                    QStringLiteral("--timeout"), QStringLiteral("3"), QStringLiteral("--no-history")});
        QVERIFY2(run.exitCode == 3, qPrintable(run.err + QString::fromUtf8(run.out)));
        const QJsonObject root = QJsonDocument::fromJson(run.out).object();
        const QJsonObject redis = byName(root.value(QStringLiteral("datastores")).toArray(), QStringLiteral("redis"));
        QCOMPARE(redis.value(QStringLiteral("reached")).toBool(true), false);
        QVERIFY(!redis.value(QStringLiteral("notReachedReason")).toString().isEmpty());
        QVERIFY(redis.value(QStringLiteral("auth")).toObject().value(QStringLiteral("required")).isNull());
        for (const QJsonValue &finding : redis.value(QStringLiteral("findings")).toArray()) {
            const QString id = finding.toObject().value(QStringLiteral("id")).toString();
            QVERIFY2(!id.startsWith(QStringLiteral("REDIS-")) && !id.startsWith(QStringLiteral("TLS-")), qPrintable(id));
        }
        QVERIFY(root.value(QStringLiteral("grade")).toObject().value(QStringLiteral("letter")).isNull());
        QVERIFY2(run.err.contains(QStringLiteral("no datastore could be reached")), qPrintable(run.err));
    }

    /** A PostgreSQL whose port-forward is refused was graded A+ on its PVC, pod and Secret alone: now it is down. */
    void unreachablePostgresIsNotGraded()
    {
        Test::Emulator emulator;
        QVERIFY2(emulator.isValid(), qPrintable(emulator.errorString()));
        populateNamespace(emulator);
        emulator.server().addDenyRule({{}, QStringLiteral("create"), QStringLiteral("pods/portforward"), {}});
        const Run run = runProofer({QStringLiteral("scan"), QStringLiteral("--kubeconfig"), emulator.kubeconfigPath(),
                                    QStringLiteral("--namespace"), QStringLiteral("bakery-ia"), QStringLiteral("--format"),
                                    QStringLiteral("json"), QStringLiteral("--timeout"), QStringLiteral("3"),
                                    QStringLiteral("--no-history")});
        QVERIFY2(run.exitCode == 3, qPrintable(run.err + QString::fromUtf8(run.out)));
        const QJsonObject root = QJsonDocument::fromJson(run.out).object();
        const QJsonObject auth = byName(root.value(QStringLiteral("datastores")).toArray(), QStringLiteral("auth-db"));
        QCOMPARE(auth.value(QStringLiteral("reached")).toBool(true), false);
        const QJsonObject grade = auth.value(QStringLiteral("grade")).toObject();
        QVERIFY2(grade.value(QStringLiteral("letter")).isNull(), qPrintable(QString::fromUtf8(QJsonDocument(grade).toJson())));
        QVERIFY(grade.value(QStringLiteral("reason")).toString().startsWith(QStringLiteral("not reached: ")));
        const QJsonObject fleet = root.value(QStringLiteral("grade")).toObject();
        QVERIFY(fleet.value(QStringLiteral("letter")).isNull());
        QCOMPARE(fleet.value(QStringLiteral("datastoresNotAssessed")).toInt(), 1);
        // What was read from Kubernetes still shows, with its basis; nothing live passed.
        for (const QJsonValue &value : auth.value(QStringLiteral("checks")).toArray()) {
            const QJsonObject check = value.toObject();
            if (check.value(QStringLiteral("basis")).toString() == u"observed")
                QCOMPARE(check.value(QStringLiteral("outcome")).toString(), QStringLiteral("not-assessed"));
        }
    }

    /** KUBE-001 from the namespace's real RBAC objects: narrow grants pass, a broad one fails naming the subject,
     *  and a ClusterRoleBinding list the user may not read leaves it not assessed. */
    void rbacThroughTheEmulator_data()
    {
        QTest::addColumn<QStringList>("manifests");
        QTest::addColumn<bool>("denyClusterRoleBindings");
        QTest::addColumn<QString>("expected"); // "pass", "fail" or "unknown"
        QTest::newRow("narrow grants only") << QStringList{QStringLiteral("rbac-narrow.json")} << false << QStringLiteral("pass");
        QTest::newRow("default ServiceAccount reads every Secret")
            << QStringList{QStringLiteral("rbac-narrow.json"), QStringLiteral("rbac-broad.json")} << false
            << QStringLiteral("fail");
        QTest::newRow("clusterrolebindings forbidden")
            << QStringList{QStringLiteral("rbac-narrow.json")} << true << QStringLiteral("unknown");
    }

    void rbacThroughTheEmulator()
    {
        QFETCH(QStringList, manifests);
        QFETCH(bool, denyClusterRoleBindings);
        QFETCH(QString, expected);
        Test::Emulator emulator;
        QVERIFY2(emulator.isValid(), qPrintable(emulator.errorString()));
        const QString ns = QStringLiteral("bakery-ia");
        populateNamespace(emulator);
        for (const QString &manifest : manifests) {
            QFile file(qEnvironmentVariable("PROOFER_SOURCE_DIR") + QStringLiteral("/tests/fixtures/manifests/") + manifest);
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
            for (const QJsonValue &object : QJsonDocument::fromJson(file.readAll()).array())
                QVERIFY2(!emulator.server().createObject(object.toObject()).isEmpty(), qPrintable(manifest));
        }
        if (denyClusterRoleBindings)
            emulator.server().addDenyRule({{}, QStringLiteral("list"), QStringLiteral("clusterrolebindings"), {}});

        const Run run = runProofer({QStringLiteral("scan"), QStringLiteral("--kubeconfig"), emulator.kubeconfigPath(),
                                    QStringLiteral("--namespace"), ns, QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err + QString::fromUtf8(run.out)));
        const QJsonObject root = QJsonDocument::fromJson(run.out).object();
        const QJsonObject access
            = root.value(QStringLiteral("kubernetes")).toObject().value(QStringLiteral("secretAccess")).toObject();
        QJsonObject kube001;
        for (const QJsonValue &finding : root.value(QStringLiteral("fleetFindings")).toArray()) {
            if (finding.toObject().value(QStringLiteral("id")).toString() == u"KUBE-001")
                kube001 = finding.toObject();
        }
        const QString text = QString::fromUtf8(QJsonDocument(access).toJson(QJsonDocument::Compact));
        if (expected == u"unknown") {
            QCOMPARE(access.value(QStringLiteral("observed")).toBool(true), false);
            QVERIFY2(access.value(QStringLiteral("unknown")).toString().startsWith(
                         QStringLiteral("cannot list clusterrolebindings: forbidden (clusterrolebindings.rbac.authorization.k8s.io "
                                        "is forbidden")),
                     qPrintable(text));
            QVERIFY(kube001.isEmpty()); // not assessed: neither a finding nor a pass
            return;
        }
        QCOMPARE(access.value(QStringLiteral("observed")).toBool(), true);
        // The narrow grant is observed either way, with its path; system:masters is not listed.
        QVERIFY2(text.contains(QStringLiteral("\"subject\":\"ServiceAccount bakery-ia/auth-service\"")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("resourceNames\":[\"database-secrets\"]")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("system:masters")), qPrintable(text));
        if (expected == u"pass") {
            QVERIFY2(kube001.isEmpty(), qPrintable(QString::fromUtf8(QJsonDocument(kube001).toJson())));
            QCOMPARE(access.value(QStringLiteral("broad")).toArray().size(), 0);
            return;
        }
        QVERIFY2(!kube001.isEmpty(), qPrintable(QString::fromUtf8(run.out)));
        QCOMPARE(kube001.value(QStringLiteral("severity")).toString(), QStringLiteral("high"));
        const QString evidence = kube001.value(QStringLiteral("evidence")).toArray().first().toString();
        QVERIFY2(evidence.contains(QStringLiteral("ServiceAccount bakery-ia/default via RoleBinding bakery-ia/secret-reader-default "
                                                  "→ Role secret-reader")),
                 qPrintable(evidence));
        QVERIFY2(!evidence.contains(QStringLiteral("auth-service")), qPrintable(evidence));
    }

private:
    /** The auth-db of the reference platform in namespace bakery-ia, port-forwarded to m_postgres. */
    void populateNamespace(Test::Emulator &emulator)
    {
        const QString ns = QStringLiteral("bakery-ia");
        const QString caData = QString::fromLatin1(m_ca.caCertificatePem().toBase64());
        emulator.server().createObject(QJsonDocument::fromJson(QStringLiteral(R"({
            "apiVersion": "v1", "kind": "Secret", "metadata": {"name": "postgres-tls", "namespace": "bakery-ia"},
            "type": "Opaque", "data": {"ca.crt": "%1", "server.crt": "%1", "server.key": "a2V5"}})").arg(caData).toUtf8()).object());
        emulator.server().createObject(QJsonDocument::fromJson(QStringLiteral(R"({
            "apiVersion": "v1", "kind": "Secret", "metadata": {"name": "database-secrets", "namespace": "bakery-ia"},
            "type": "Opaque", "data": {"AUTH_DB_PASSWORD": "%1"}})").arg(QString::fromLatin1(m_postgres.password().toUtf8().toBase64())).toUtf8()).object());
        emulator.server().createObject(QJsonDocument::fromJson(QStringLiteral(R"({
            "apiVersion": "apps/v1", "kind": "Deployment",
            "metadata": {"name": "auth-db", "namespace": "bakery-ia", "labels": {"app.kubernetes.io/component": "database"}},
            "spec": {"replicas": 1, "selector": {"matchLabels": {"app": "auth-db"}},
              "template": {"metadata": {"labels": {"app": "auth-db"}},
                "spec": {"containers": [{"name": "postgres", "image": "postgres:17-alpine", "ports": [{"containerPort": 5432}],
                   "args": ["-c", "ssl=on", "-c", "ssl_cert_file=/tls/server.crt", "-c", "ssl_key_file=/tls/server.key", "-c", "ssl_ca_file=/tls/ca.crt"],
                   "volumeMounts": [{"name": "tls", "mountPath": "/tls", "readOnly": true}],
                   "env": [{"name": "POSTGRES_USER", "value": "%1"}, {"name": "POSTGRES_DB", "value": "%2"},
                           {"name": "POSTGRES_PASSWORD", "valueFrom": {"secretKeyRef": {"name": "database-secrets", "key": "AUTH_DB_PASSWORD"}}}]}],
                  "volumes": [{"name": "tls", "secret": {"secretName": "postgres-tls", "defaultMode": 384}}]}}}})")
                                                               .arg(m_postgres.role(), m_postgres.database())
                                                               .toUtf8())
                                           .object());
        emulator.server().createObject(QJsonDocument::fromJson(QByteArray(R"({
            "apiVersion": "v1", "kind": "Pod", "metadata": {"name": "auth-db-0", "namespace": "bakery-ia", "labels": {"app": "auth-db"}},
            "spec": {"containers": [{"name": "postgres", "image": "postgres:17-alpine"}]},
            "status": {"phase": "Running", "conditions": [{"type": "Ready", "status": "True"}]}})")).object());
        emulator.server().createObject(QJsonDocument::fromJson(QByteArray(R"({
            "apiVersion": "v1", "kind": "Service", "metadata": {"name": "auth-db-service", "namespace": "bakery-ia"},
            "spec": {"selector": {"app": "auth-db"}, "ports": [{"port": 5432}]}})")).object());
        emulator.server().setPortForwardTarget(ns, QStringLiteral("auth-db-0"), 5432, QHostAddress::LocalHost,
                                               m_postgres.port());
    }

    Test::CertFactory m_ca;
    Test::PostgresServer m_postgres{&m_ca};
    Test::PostgresServer m_logged{&m_ca};
    Test::PostgresServer m_weak{&m_ca};
    Test::RedisServer m_redis{&m_ca};
};

QTEST_GUILESS_MAIN(TestScanCli)
#include "testscancli.moc"
