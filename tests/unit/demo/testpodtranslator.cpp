// SPDX-License-Identifier: GPL-3.0-or-later
// A pod spec for the demo's kubelet: env from Secrets and ConfigMaps, $(VAR) expansion, volumes with items and
// modes under the sandbox, container paths mapped, PVCs that keep a pod Pending, and simple init containers.
#include "demo/podsandbox.h"
#include "demo/podtranslator.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

namespace {

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

QJsonObject secret(const QString &name, const QJsonObject &strings)
{
    QJsonObject data;
    for (auto it = strings.begin(); it != strings.end(); ++it)
        data.insert(it.key(), QString::fromLatin1(it.value().toString().toUtf8().toBase64()));
    return QJsonObject { { QStringLiteral("metadata"), QJsonObject { { QStringLiteral("name"), name } } },
                         { QStringLiteral("data"), data } };
}

QJsonObject configMap(const QString &name, const QJsonObject &data)
{
    return QJsonObject { { QStringLiteral("metadata"), QJsonObject { { QStringLiteral("name"), name } } },
                         { QStringLiteral("data"), data } };
}

QJsonObject claim(const QString &name, const QString &phase)
{
    return QJsonObject { { QStringLiteral("metadata"), QJsonObject { { QStringLiteral("name"), name } } },
                         { QStringLiteral("status"), QJsonObject { { QStringLiteral("phase"), phase } } } };
}

int modeOf(const QString &path)
{
    struct stat info = {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return int(info.st_mode & 07777);
}

Demo::PodContext context(const QString &sandbox)
{
    Demo::PodContext c;
    c.namespaceName = QStringLiteral("bakery-ia");
    c.podName = QStringLiteral("auth-db-abc-xyz");
    c.sandbox = sandbox;
    c.claimRoot = sandbox + QStringLiteral("/claims");
    c.secrets << secret(QStringLiteral("auth-db-secret"),
                        { { QStringLiteral("POSTGRES_USER"), QStringLiteral("auth_user") },
                          { QStringLiteral("POSTGRES_PASSWORD"), QStringLiteral("s3cret") } })
              << secret(QStringLiteral("postgres-tls"),
                        { { QStringLiteral("server-cert.pem"), QStringLiteral("CERT") },
                          { QStringLiteral("server-key.pem"), QStringLiteral("KEY") },
                          { QStringLiteral("ca-cert.pem"), QStringLiteral("CA") } });
    c.configMaps << configMap(QStringLiteral("settings"),
                              { { QStringLiteral("POSTGRES_DB"), QStringLiteral("auth_db") },
                                { QStringLiteral("CLUSTER"), QStringLiteral("bakery") } })
                 << configMap(QStringLiteral("initdb"),
                              { { QStringLiteral("01-schema.sql"), QStringLiteral("CREATE TABLE t (id int);") } });
    c.claims << claim(QStringLiteral("auth-db-pvc"), QStringLiteral("Bound"))
             << claim(QStringLiteral("slow-pvc"), QStringLiteral("Pending"));
    return c;
}

} // namespace

class TestPodTranslator final : public QObject
{
    Q_OBJECT

private slots:
    void expansion_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("reference") << QStringLiteral("--requirepass $(PASS)") << QStringLiteral("--requirepass pw");
        QTest::newRow("two") << QStringLiteral("$(USER):$(PASS)@h") << QStringLiteral("auth_user:pw@h");
        QTest::newRow("escaped") << QStringLiteral("$$(PASS)") << QStringLiteral("$(PASS)");
        QTest::newRow("unknown stays") << QStringLiteral("$(NOPE)x") << QStringLiteral("$(NOPE)x");
        QTest::newRow("shell form untouched") << QStringLiteral("$PASS ${PASS}") << QStringLiteral("$PASS ${PASS}");
        QTest::newRow("unclosed") << QStringLiteral("a$(PASS") << QStringLiteral("a$(PASS");
    }

    void expansion()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const QList<QPair<QString, QByteArray>> env { { QStringLiteral("PASS"), QByteArray("pw") },
                                                      { QStringLiteral("USER"), QByteArray("auth_user") } };
        QCOMPARE(Demo::expandReferences(text, env), expected);
    }

    void images_data()
    {
        QTest::addColumn<QString>("image");
        QTest::addColumn<int>("kind");
        QTest::newRow("postgres alpine") << QStringLiteral("postgres:17-alpine") << int(Demo::ServerKind::PostgreSQL);
        QTest::newRow("registry path") << QStringLiteral("docker.io/library/postgres:15@sha256:ab")
                                       << int(Demo::ServerKind::PostgreSQL);
        QTest::newRow("redis") << QStringLiteral("redis:7.4-alpine") << int(Demo::ServerKind::Redis);
        QTest::newRow("bitnami not translated") << QStringLiteral("bitnami/postgresql:16") << int(Demo::ServerKind::None);
        QTest::newRow("a service") << QStringLiteral("bakery/auth-service:latest") << int(Demo::ServerKind::None);
        QTest::newRow("postgres-exporter") << QStringLiteral("prometheuscommunity/postgres-exporter")
                                           << int(Demo::ServerKind::None);
    }

    void images()
    {
        QFETCH(QString, image);
        QFETCH(int, kind);
        QCOMPARE(int(Demo::serverKindForImage(image)), kind);
    }

    void envFromSecretsAndConfigMaps()
    {
        QTemporaryDir dir;
        const Demo::PodPlan plan = Demo::planPod(json(R"({
            "containers": [{
                "name": "postgres", "image": "postgres:17-alpine",
                "envFrom": [{"configMapRef": {"name": "settings"}}, {"secretRef": {"name": "auth-db-secret"}, "prefix": "DB_"}],
                "env": [
                    {"name": "POSTGRES_USER", "valueFrom": {"secretKeyRef": {"name": "auth-db-secret", "key": "POSTGRES_USER"}}},
                    {"name": "POSTGRES_PASSWORD", "valueFrom": {"secretKeyRef": {"name": "auth-db-secret", "key": "POSTGRES_PASSWORD"}}},
                    {"name": "URL", "value": "user=$(POSTGRES_USER) dbname=$(POSTGRES_DB) sslmode=require"},
                    {"name": "POD", "valueFrom": {"fieldRef": {"fieldPath": "metadata.name"}}},
                    {"name": "MISSING_OK", "valueFrom": {"configMapKeyRef": {"name": "nope", "key": "x", "optional": true}}}
                ],
                "args": ["-c", "cluster_name=$(CLUSTER)-1", "-c", "application_name=$$(CLUSTER)-2"]
            }]})"),
                                                 context(dir.path()));
        QVERIFY2(plan.waitingReason.isEmpty(), qPrintable(plan.waitingMessage));
        QCOMPARE(plan.containers.size(), 1);
        const Demo::ContainerPlan &c = plan.containers.first();
        QCOMPARE(c.kind, Demo::ServerKind::PostgreSQL);
        QCOMPARE(c.envValue(QStringLiteral("POSTGRES_DB")), QByteArray("auth_db"));
        QCOMPARE(c.envValue(QStringLiteral("DB_POSTGRES_PASSWORD")), QByteArray("s3cret"));
        QCOMPARE(c.envValue(QStringLiteral("POSTGRES_PASSWORD")), QByteArray("s3cret"));
        QCOMPARE(c.envValue(QStringLiteral("URL")), QByteArray("user=auth_user dbname=auth_db sslmode=require"));
        QCOMPARE(c.envValue(QStringLiteral("POD")), QByteArray("auth-db-abc-xyz"));
        QVERIFY(c.envValue(QStringLiteral("MISSING_OK")).isNull());
        QCOMPARE(c.args, (QStringList { QStringLiteral("-c"), QStringLiteral("cluster_name=bakery-1"), QStringLiteral("-c"),
                                        QStringLiteral("application_name=$(CLUSTER)-2") }));
    }

    void missingReferences_data()
    {
        QTest::addColumn<QByteArray>("spec");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("message");
        QTest::newRow("secret missing")
            << QByteArray(R"({"containers": [{"name": "c", "image": "redis", "env": [{"name": "P", "valueFrom": {"secretKeyRef": {"name": "nope", "key": "k"}}}]}]})")
            << QStringLiteral("CreateContainerConfigError") << QStringLiteral("secret \"nope\" not found");
        QTest::newRow("key missing")
            << QByteArray(R"({"containers": [{"name": "c", "image": "redis", "env": [{"name": "P", "valueFrom": {"secretKeyRef": {"name": "auth-db-secret", "key": "k"}}}]}]})")
            << QStringLiteral("CreateContainerConfigError")
            << QStringLiteral("couldn't find key k in Secret bakery-ia/auth-db-secret");
        QTest::newRow("volume secret missing")
            << QByteArray(R"({"containers": [{"name": "c", "image": "redis"}], "volumes": [{"name": "tls", "secret": {"secretName": "redis-tls"}}]})")
            << QStringLiteral("ContainerCreating") << QStringLiteral("secret \"redis-tls\" not found");
    }

    void missingReferences()
    {
        QFETCH(QByteArray, spec);
        QFETCH(QString, reason);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const Demo::PodPlan plan = Demo::planPod(QJsonDocument::fromJson(spec).object(), context(dir.path()));
        QCOMPARE(plan.waitingReason, reason);
        QVERIFY2(plan.waitingMessage.contains(message), qPrintable(plan.waitingMessage));
    }

    void claims_data()
    {
        QTest::addColumn<QString>("claimName");
        QTest::addColumn<QString>("unschedulable");
        QTest::newRow("bound") << QStringLiteral("auth-db-pvc") << QString();
        QTest::newRow("pending") << QStringLiteral("slow-pvc") << QStringLiteral("persistentvolumeclaim \"slow-pvc\" is Pending");
        QTest::newRow("missing") << QStringLiteral("nope") << QStringLiteral("persistentvolumeclaim \"nope\" not found");
    }

    void claims()
    {
        QFETCH(QString, claimName);
        QFETCH(QString, unschedulable);
        QTemporaryDir dir;
        QJsonObject spec = json(R"({"containers": [{"name": "postgres", "image": "postgres:17",
            "volumeMounts": [{"name": "data", "mountPath": "/var/lib/postgresql/data"}]}],
            "volumes": [{"name": "data", "persistentVolumeClaim": {"claimName": "X"}}]})");
        QJsonArray volumes = spec.value(QStringLiteral("volumes")).toArray();
        volumes[0] = QJsonObject { { QStringLiteral("name"), QStringLiteral("data") },
                                   { QStringLiteral("persistentVolumeClaim"),
                                     QJsonObject { { QStringLiteral("claimName"), claimName } } } };
        spec.insert(QStringLiteral("volumes"), volumes);
        const Demo::PodPlan plan = Demo::planPod(spec, context(dir.path()));
        if (unschedulable.isEmpty()) {
            QVERIFY2(plan.unschedulable.isEmpty(), qPrintable(plan.unschedulable));
            QCOMPARE(plan.containers.first().hostPath(QStringLiteral("/var/lib/postgresql/data/pgdata")),
                     dir.path() + QStringLiteral("/claims/bakery-ia/auth-db-pvc/pgdata"));
        } else {
            QVERIFY2(plan.unschedulable.contains(unschedulable), qPrintable(plan.unschedulable));
        }
    }

    // items and defaultMode give each file its mode; subPath mounts one file; other paths fall under rootfs.
    void volumesItemsModesAndPaths()
    {
        QTemporaryDir dir;
        const Demo::PodPlan plan = Demo::planPod(json(R"({
            "containers": [{"name": "postgres", "image": "postgres:17-alpine",
                "volumeMounts": [
                    {"name": "tls", "mountPath": "/tls", "readOnly": true},
                    {"name": "init", "mountPath": "/docker-entrypoint-initdb.d"},
                    {"name": "tls", "mountPath": "/etc/ssl/root.pem", "subPath": "ca-cert.pem"}]}],
            "volumes": [
                {"name": "tls", "secret": {"secretName": "postgres-tls", "defaultMode": 420,
                    "items": [{"key": "server-key.pem", "path": "server-key.pem", "mode": 384},
                              {"key": "server-cert.pem", "path": "server-cert.pem"},
                              {"key": "ca-cert.pem", "path": "ca-cert.pem"}]}},
                {"name": "init", "configMap": {"name": "initdb"}}]})"),
                                                 context(dir.path()));
        QVERIFY2(plan.waitingReason.isEmpty(), qPrintable(plan.waitingMessage));
        QString error;
        QVERIFY2(Demo::materializeVolumes(plan, &error), qPrintable(error));
        const Demo::ContainerPlan &c = plan.containers.first();
        const QString key = c.hostPath(QStringLiteral("/tls/server-key.pem"));
        QCOMPARE(key, dir.path() + QStringLiteral("/volumes/tls/server-key.pem"));
        QCOMPARE(modeOf(key), 0600);
        QCOMPARE(modeOf(c.hostPath(QStringLiteral("/tls/server-cert.pem"))), 0644);
        QFile keyFile(key);
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        QCOMPARE(keyFile.readAll(), QByteArray("KEY"));
        QCOMPARE(c.hostPath(QStringLiteral("/etc/ssl/root.pem")), dir.path() + QStringLiteral("/volumes/tls/ca-cert.pem"));
        QVERIFY(QFile::exists(c.hostPath(QStringLiteral("/docker-entrypoint-initdb.d/01-schema.sql"))));
        QCOMPARE(c.hostPath(QStringLiteral("/var/run/postgresql")),
                 dir.path() + QStringLiteral("/rootfs/postgres/var/run/postgresql"));
        QCOMPARE(c.hostPath(QStringLiteral("/tlsx/a")), dir.path() + QStringLiteral("/rootfs/postgres/tlsx/a"));
    }

    // The guide's fix-tls-permissions: copy from the Secret's volume to an emptyDir, chmod, chown.
    void simpleInitContainerIsCarriedOut()
    {
        QTemporaryDir dir;
        QJsonObject spec = json(R"({
            "initContainers": [{"name": "fix-tls-permissions", "image": "busybox",
                "command": ["sh", "-c"],
                "args": ["SCRIPT"],
                "volumeMounts": [{"name": "src", "mountPath": "/tls-source", "readOnly": true},
                                 {"name": "tls", "mountPath": "/tls"}]}],
            "containers": [{"name": "postgres", "image": "postgres:17-alpine",
                "volumeMounts": [{"name": "tls", "mountPath": "/tls"}]}],
            "volumes": [{"name": "src", "secret": {"secretName": "postgres-tls", "defaultMode": 256}},
                        {"name": "tls", "emptyDir": {}}]})");
        // Set here: moc reads "/" followed by "*" in a raw string as a comment.
        QJsonArray inits = spec.value(QStringLiteral("initContainers")).toArray();
        QJsonObject init = inits.at(0).toObject();
        init.insert(QStringLiteral("args"),
                    QJsonArray { QStringLiteral("cp /tls-source/* /tls/\nchmod 600 /tls/server-key.pem && chmod go-w,u+w "
                                                "/tls/server-cert.pem\nchown 70:70 /tls/*\nls -la /tls/") });
        inits[0] = init;
        spec.insert(QStringLiteral("initContainers"), inits);
        const Demo::PodPlan plan = Demo::planPod(spec, context(dir.path()));
        QString error;
        QVERIFY2(Demo::materializeVolumes(plan, &error), qPrintable(error));
        QCOMPARE(modeOf(dir.path() + QStringLiteral("/volumes/src/server-key.pem")), 0400);
        const Demo::InitOutcome outcome = Demo::runInitContainer(plan.initContainers.first());
        QVERIFY2(outcome.supported && outcome.ok, qPrintable(outcome.message));
        const Demo::ContainerPlan &postgres = plan.containers.first();
        QCOMPARE(modeOf(postgres.hostPath(QStringLiteral("/tls/server-key.pem"))), 0600);
        QCOMPARE(modeOf(postgres.hostPath(QStringLiteral("/tls/server-cert.pem"))), 0600); // copied 0400, then u+w
        QVERIFY(QFile::exists(postgres.hostPath(QStringLiteral("/tls/ca-cert.pem"))));
        QVERIFY2(outcome.log.join(u'\n').contains(QStringLiteral("+ chown 70:70 /tls/*")), qPrintable(outcome.log.join(u'\n')));
    }

    void otherInitContainersAreNotRun_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<bool>("supported");
        QTest::addColumn<bool>("ok");
        QTest::newRow("openssl") << QStringLiteral("openssl req -x509 -out /tls/c.pem") << false << true;
        QTest::newRow("pipe") << QStringLiteral("cat /tls-source/a | tee /tls/a") << false << true;
        QTest::newRow("variable") << QStringLiteral("cp $SRC /tls/") << false << true;
        QTest::newRow("missing source") << QStringLiteral("cp /tls-source/nope.pem /tls/") << true << false;
        QTest::newRow("mkdir and copy") << QStringLiteral("mkdir -p /tls/sub; cp /tls-source/ca-cert.pem /tls/sub/")
                                        << true << true;
    }

    void otherInitContainersAreNotRun()
    {
        QFETCH(QString, script);
        QFETCH(bool, supported);
        QFETCH(bool, ok);
        QTemporaryDir dir;
        QJsonObject spec = json(R"({
            "initContainers": [{"name": "init", "image": "alpine", "command": ["sh", "-c", "X"],
                "volumeMounts": [{"name": "src", "mountPath": "/tls-source"}, {"name": "tls", "mountPath": "/tls"}]}],
            "containers": [{"name": "postgres", "image": "postgres:17"}],
            "volumes": [{"name": "src", "secret": {"secretName": "postgres-tls"}}, {"name": "tls", "emptyDir": {}}]})");
        QJsonArray inits = spec.value(QStringLiteral("initContainers")).toArray();
        QJsonObject init = inits.at(0).toObject();
        init.insert(QStringLiteral("command"), QJsonArray { QStringLiteral("sh"), QStringLiteral("-c"), script });
        inits[0] = init;
        spec.insert(QStringLiteral("initContainers"), inits);
        const Demo::PodPlan plan = Demo::planPod(spec, context(dir.path()));
        QString error;
        QVERIFY(Demo::materializeVolumes(plan, &error));
        const Demo::InitOutcome outcome = Demo::runInitContainer(plan.initContainers.first());
        QCOMPARE(outcome.supported, supported);
        QCOMPARE(outcome.ok, ok);
        if (!supported)
            QVERIFY2(outcome.message.contains(QStringLiteral("not run")), qPrintable(outcome.message));
        if (!supported) // nothing was done
            QVERIFY(QDir(dir.path() + QStringLiteral("/volumes/tls")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPodTranslator)
#include "testpodtranslator.moc"
