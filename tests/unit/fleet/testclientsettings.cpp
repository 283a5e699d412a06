// SPDX-License-Identifier: GPL-3.0-or-later
// Client connection settings (TLS-005) where they live — env literals, env valueFrom ConfigMap and Secret keys, envFrom
// ConfigMaps and Secrets — judged for verification without keeping their values; and Secret data that is not valid
// base64 (#14.6): an error on that key and an unknown password shape, never a "short password".
#include "mockclock.h"

#include "audit/snapshotevidence.h"
#include "fleet/clientsettings.h"
#include "fleet/inventory.h"
#include "fleet/snapshot.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QJsonObject json(const QByteArray &text)
{
    QJsonParseError error;
    const QJsonObject object = QJsonDocument::fromJson(text, &error).object();
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", qPrintable(error.errorString()));
    return object;
}

QString b64(const QByteArray &value)
{
    return QString::fromLatin1(value.toBase64());
}

/** A Redis (as the guide deploys it) and one client Deployment whose container is @p clientContainer. */
Fleet::ClusterObjects redisWithClient(const QByteArray &clientContainer, const QList<QJsonObject> &extra = {})
{
    Fleet::ClusterObjects objects;
    objects.namespaceName = u"bakery-ia"_s;
    objects.statefulSets << json("{\"metadata\": {\"name\": \"redis\", \"namespace\": \"bakery-ia\"},\n"
"        \"spec\": {\"selector\": {\"matchLabels\": {\"app\": \"redis\"}}, \"template\": {\"metadata\": {\"labels\": {\"app\": \"redis\"}},\n"
"          \"spec\": {\"containers\": [{\"name\": \"redis\", \"image\": \"redis:7-alpine\",\n"
"            \"env\": [{\"name\": \"REDIS_PASSWORD\", \"valueFrom\": {\"secretKeyRef\": {\"name\": \"redis-secrets\", \"key\": \"REDIS_PASSWORD\"}}}]}]}}}}");
    objects.services << json("{\"metadata\": {\"name\": \"redis-service\", \"namespace\": \"bakery-ia\"},\n"
"        \"spec\": {\"selector\": {\"app\": \"redis\"}, \"ports\": [{\"port\": 6379}]}}");
    objects.secrets << json(QByteArray("{\"metadata\": {\"name\": \"redis-secrets\"}, \"data\": {\"REDIS_PASSWORD\": \"")
                            + b64("Rk3vT9qLm2Rw8ZpN4yHs7BdJ6fGc1QaE").toLatin1() + "\"}}");
    objects.deployments << json(QByteArray("{\"metadata\": {\"name\": \"gateway\", \"namespace\": \"bakery-ia\"},\n"
"        \"spec\": {\"selector\": {\"matchLabels\": {\"app\": \"gateway\"}}, \"template\": {\"metadata\": {\"labels\": {\"app\": \"gateway\"}},\n"
"          \"spec\": {\"containers\": [") + clientContainer + "]}}}}");
    for (const QJsonObject &object : extra) {
        if (object.value(u"kind"_s).toString() == u"Secret")
            objects.secrets << object;
        else
            objects.configMaps << object;
    }
    return objects;
}

const Fleet::Datastore *byName(const QList<Fleet::Datastore> &stores, const QString &name)
{
    for (const Fleet::Datastore &store : stores) {
        if (store.name == name)
            return &store;
    }
    return nullptr;
}

} // namespace

class TestClientSettings final : public QObject
{
    Q_OBJECT

private slots:
    void classify_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("pgSslMode");
        QTest::addColumn<QString>("setting"); // empty: not a connection setting
        QTest::addColumn<bool>("verifies");
        const int pg = int(Fleet::Kind::PostgreSQL);
        const int redis = int(Fleet::Kind::Redis);
        const int rabbit = int(Fleet::Kind::RabbitMQ);
        QTest::newRow("libpq verify-full") << pg << u"postgresql://u@db-service:5432/d?sslmode=verify-full&sslrootcert=/tls/ca.pem"_s
                                           << QString() << u"sslmode=verify-full"_s << true;
        QTest::newRow("libpq verify-ca") << pg << u"postgresql://u@db-service/d?sslmode=verify-ca"_s << QString()
                                         << u"sslmode=verify-ca"_s << true;
        QTest::newRow("libpq require") << pg << u"postgresql://u@db-service/d?sslmode=require"_s << QString()
                                       << u"sslmode=require"_s << false;
        QTest::newRow("DSN disable") << pg << u"host=db-service dbname=d sslmode=disable"_s << QString()
                                     << u"sslmode=disable"_s << false;
        QTest::newRow("asyncpg ssl=require") << pg << u"postgresql+asyncpg://u@db-service/d?ssl=require"_s << QString()
                                             << u"ssl=require"_s << false;
        QTest::newRow("no sslmode: prefer") << pg << u"postgresql://u@db-service/d"_s << QString()
                                            << u"no sslmode (libpq's default, prefer, does not verify)"_s << false;
        QTest::newRow("PGSSLMODE of the container") << pg << u"postgresql://u@db-service/d"_s << u"verify-full"_s
                                                    << u"PGSSLMODE=verify-full"_s << true;
        QTest::newRow("host name only") << pg << u"db-service"_s << QString() << QString() << false;
        QTest::newRow("guide's Redis URL") << redis << u"rediss://:secret@redis-service:6379?ssl_cert_reqs=none"_s
                                           << QString() << u"ssl_cert_reqs=none"_s << false;
        QTest::newRow("rediss required") << redis << u"rediss://:x@redis-service:6379/0?ssl_cert_reqs=required"_s
                                         << QString() << u"ssl_cert_reqs=required"_s << true;
        QTest::newRow("rediss default") << redis << u"rediss://redis-service:6379/0"_s << QString()
                                        << u"rediss:// (ssl_cert_reqs defaults to required)"_s << true;
        QTest::newRow("redis without TLS") << redis << u"redis://redis-service:6379/0"_s << QString()
                                           << u"redis:// (no TLS)"_s << false;
        QTest::newRow("a postgres URL is not Redis's") << redis << u"postgresql://redis-service/x"_s << QString()
                                                       << QString() << false;
        QTest::newRow("amqps") << rabbit << u"amqps://u:p@rabbitmq-service:5671/"_s << QString() << u"amqps://"_s << true;
        QTest::newRow("amqps verify_none") << rabbit << u"amqps://u:p@rabbitmq-service:5671/?verify=verify_none"_s
                                           << QString() << u"verify=verify_none"_s << false;
        QTest::newRow("amqp") << rabbit << u"amqp://u:p@rabbitmq-service:5672/"_s << QString() << u"amqp:// (no TLS)"_s
                              << false;
    }

    void classify()
    {
        QFETCH(int, kind);
        QFETCH(QString, value);
        QFETCH(QString, pgSslMode);
        QFETCH(QString, setting);
        QFETCH(bool, verifies);
        const auto found = Fleet::classifyClientSetting(Fleet::Kind(kind), value, pgSslMode);
        if (setting.isEmpty()) {
            QVERIFY(!found);
            return;
        }
        QVERIFY(found);
        QCOMPARE(found->setting, setting);
        QCOMPARE(found->verifies, verifies);
        QVERIFY(!found->setting.contains(u"secret"_s)); // never the value (a password may be in it)
    }

    /** The role a PostgreSQL setting logs in as: the user of the URL or DSN, never the password after it. */
    void roleOfTheSetting_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("role"); // empty: none named
        QTest::newRow("URL user and password") << u"postgresql://auth_user:s3cret@auth-db-service:5432/auth_db"_s << u"auth_user"_s;
        QTest::newRow("URL user only") << u"postgresql+asyncpg://orders@orders-db-service/orders?ssl=require"_s << u"orders"_s;
        QTest::newRow("percent-encoded user") << u"postgres://app%40eu:p@db-service/d"_s << u"app@eu"_s;
        QTest::newRow("a password with an @ in it") << u"postgresql://svc:p@ss@db-service/d"_s << u"svc"_s;
        QTest::newRow("no user") << u"postgresql://db-service:5432/d"_s << QString();
        QTest::newRow("user as a URL parameter") << u"postgresql://db-service/d?user=reporting&sslmode=require"_s << u"reporting"_s;
        QTest::newRow("DSN user") << u"host=db-service dbname=d user=inventory password=x"_s << u"inventory"_s;
        QTest::newRow("a variable still to expand") << u"postgresql://$(DB_USER):$(DB_PASSWORD)@db-service/d"_s << QString();
        QTest::newRow("a shell variable") << u"postgresql://${DB_USER}@db-service/d"_s << QString();
    }

    void roleOfTheSetting()
    {
        QFETCH(QString, value);
        QFETCH(QString, role);
        const auto found = Fleet::classifyClientSetting(Fleet::Kind::PostgreSQL, value);
        QVERIFY(found);
        QCOMPARE(found->role, role);
        QVERIFY(!found->role.contains(u"s3cret"_s));
        QVERIFY(!found->role.contains(u"ss@"_s));
    }

    /** Where the settings live: env, ConfigMap keys, Secret keys (only URL/DSN ones), envFrom of both. */
    void discoveredWhereTheyLive_data()
    {
        QTest::addColumn<QByteArray>("container");
        QTest::addColumn<QByteArray>("extra"); // a JSON array of ConfigMaps / Secrets
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("setting");
        QTest::addColumn<bool>("verifies");
        const QByteArray guideUrl = "rediss://:Rk3vT9qLm2Rw8ZpN4yHs7BdJ6fGc1QaE@redis-service:6379?ssl_cert_reqs=none";
        QTest::newRow("env literal")
            << QByteArray("{\"name\": \"app\", \"image\": \"gw\", \"env\": [{\"name\": \"REDIS_URL\", \"value\": \"rediss://redis-service:6379?ssl_cert_reqs=required\"}]}")
            << QByteArray("[]") << u"env REDIS_URL"_s << u"ssl_cert_reqs=required"_s << true;
        QTest::newRow("env valueFrom ConfigMap key")
            << QByteArray("{\"name\": \"app\", \"image\": \"gw\", \"env\": [{\"name\": \"REDIS_URL\", \"valueFrom\": {\"configMapKeyRef\": {\"name\": \"gw-config\", \"key\": \"url\"}}}]}")
            << QByteArray("[{\"kind\": \"ConfigMap\", \"metadata\": {\"name\": \"gw-config\"}, \"data\": {\"url\": \"rediss://redis-service:6379?ssl_cert_reqs=none\"}}]")
            << u"ConfigMap gw-config key url (env REDIS_URL)"_s << u"ssl_cert_reqs=none"_s << false;
        QTest::newRow("env valueFrom Secret key (the guide's URL)")
            << QByteArray("{\"name\": \"app\", \"image\": \"gw\", \"env\": [{\"name\": \"REDIS_URL\", \"valueFrom\": {\"secretKeyRef\": {\"name\": \"gw-secrets\", \"key\": \"REDIS_URL\"}}}]}")
            << (QByteArray("[{\"kind\": \"Secret\", \"metadata\": {\"name\": \"gw-secrets\"}, \"data\": {\"REDIS_URL\": \"") + b64(guideUrl).toLatin1() + "\"}}]")
            << u"Secret gw-secrets key REDIS_URL (env REDIS_URL)"_s << u"ssl_cert_reqs=none"_s << false;
        QTest::newRow("envFrom Secret, URL key")
            << QByteArray("{\"name\": \"app\", \"image\": \"gw\", \"envFrom\": [{\"secretRef\": {\"name\": \"gw-secrets\"}}]}")
            << (QByteArray("[{\"kind\": \"Secret\", \"metadata\": {\"name\": \"gw-secrets\"}, \"data\": {\"CACHE_DSN\": \"")
                + b64("rediss://redis-service:6379").toLatin1() + "\"}}]")
            << u"Secret gw-secrets key CACHE_DSN"_s << u"rediss:// (ssl_cert_reqs defaults to required)"_s << true;
        QTest::newRow("envFrom ConfigMap")
            << QByteArray("{\"name\": \"app\", \"image\": \"gw\", \"envFrom\": [{\"configMapRef\": {\"name\": \"gw-config\"}}]}")
            << QByteArray("[{\"kind\": \"ConfigMap\", \"metadata\": {\"name\": \"gw-config\"}, \"data\": {\"REDIS\": \"redis://redis-service:6379\"}}]")
            << u"ConfigMap gw-config key REDIS"_s << u"redis:// (no TLS)"_s << false;
        // Kubernetes expands $(VAR) in an env value from envFrom and the entries before it (the guide's services name
        // the host through a ConfigMap); a Secret's variable is never expanded, so the password stays a reference.
        QTest::newRow("$(HOST) from an envFrom ConfigMap")
            << QByteArray("{\"name\": \"app\", \"image\": \"gw\", \"envFrom\": [{\"configMapRef\": {\"name\": \"gw-config\"}}],"
                          " \"env\": [{\"name\": \"REDIS_PASSWORD\", \"valueFrom\": {\"secretKeyRef\": {\"name\": \"redis-secrets\", \"key\": \"REDIS_PASSWORD\"}}},"
                          " {\"name\": \"CACHE_URL\", \"value\": \"rediss://:$(REDIS_PASSWORD)@$(CACHE_HOST):6379?ssl_cert_reqs=none\"}]}")
            << QByteArray("[{\"kind\": \"ConfigMap\", \"metadata\": {\"name\": \"gw-config\"}, \"data\": {\"CACHE_HOST\": \"redis-service\"}}]")
            << u"env CACHE_URL"_s << u"ssl_cert_reqs=none"_s << false;
        QTest::newRow("$(HOST) from an earlier env entry and a ConfigMap key")
            << QByteArray("{\"name\": \"app\", \"image\": \"gw\", \"env\": [{\"name\": \"H\", \"valueFrom\": {\"configMapKeyRef\": {\"name\": \"gw-config\", \"key\": \"host\"}}},"
                          " {\"name\": \"PORT\", \"value\": \"6379\"},"
                          " {\"name\": \"CACHE_URL\", \"value\": \"rediss://$(H):$(PORT)/0\"}]}")
            << QByteArray("[{\"kind\": \"ConfigMap\", \"metadata\": {\"name\": \"gw-config\"}, \"data\": {\"host\": \"redis-service\"}}]")
            << u"env CACHE_URL"_s << u"rediss:// (ssl_cert_reqs defaults to required)"_s << true;
        QTest::newRow("$(HOST) from an envFrom ConfigMap with a prefix")
            << QByteArray("{\"name\": \"app\", \"image\": \"gw\", \"envFrom\": [{\"prefix\": \"GW_\", \"configMapRef\": {\"name\": \"gw-config\"}}],"
                          " \"env\": [{\"name\": \"CACHE_URL\", \"value\": \"redis://$(GW_CACHE_HOST):6379\"}]}")
            << QByteArray("[{\"kind\": \"ConfigMap\", \"metadata\": {\"name\": \"gw-config\"}, \"data\": {\"CACHE_HOST\": \"redis-service\"}}]")
            << u"env CACHE_URL"_s << u"redis:// (no TLS)"_s << false;
    }

    /** What Kubernetes does with $(VAR) in an env value: defined names expand, $$ escapes, the rest stays. */
    void kubernetesVariableExpansion_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expanded");
        QTest::newRow("defined") << u"redis://$(HOST):$(PORT)"_s << u"redis://redis-service:6379"_s;
        QTest::newRow("undefined stays") << u"x$(NOPE)y"_s << u"x$(NOPE)y"_s;
        QTest::newRow("escaped") << u"$$(HOST) and $$$(HOST)"_s << u"$(HOST) and $redis-service"_s;
        QTest::newRow("unterminated") << u"a$(HOST"_s << u"a$(HOST"_s;
        QTest::newRow("a lone dollar") << u"cost $5 $"_s << u"cost $5 $"_s;
        QTest::newRow("empty name") << u"$()"_s << u"$()"_s;
    }

    void kubernetesVariableExpansion()
    {
        QFETCH(QString, value);
        QFETCH(QString, expanded);
        const QHash<QString, QString> defined { { u"HOST"_s, u"redis-service"_s }, { u"PORT"_s, u"6379"_s } };
        QCOMPARE(Fleet::expandKubernetesVariables(value, defined), expanded);
    }

    void discoveredWhereTheyLive()
    {
        QFETCH(QByteArray, container);
        QFETCH(QByteArray, extra);
        QFETCH(QString, source);
        QFETCH(QString, setting);
        QFETCH(bool, verifies);
        QList<QJsonObject> objects;
        for (const QJsonValue &value : QJsonDocument::fromJson(extra).array())
            objects << value.toObject();
        const QList<Fleet::Datastore> stores = Fleet::discover(redisWithClient(container, objects));
        const Fleet::Datastore *redis = byName(stores, u"redis"_s);
        QVERIFY(redis);
        QCOMPARE(redis->clientConnections.size(), 1);
        const Fleet::ClientSetting &found = redis->clientConnections.first();
        QCOMPARE(found.workload, u"Deployment/gateway"_s);
        QCOMPARE(found.source, source);
        QCOMPARE(found.setting, setting);
        QCOMPARE(found.verifies, verifies);
        QCOMPARE(redis->clientsWithoutVerification.size(), verifies ? 0 : 1);
        QVERIFY(redis->consumers.contains(u"Deployment/gateway"_s));
        // Neither the URL nor the password in it reach the snapshot.
        const QByteArray snapshot = QJsonDocument(redis->toJson()).toJson();
        QVERIFY(!snapshot.contains("Rk3vT9qLm2Rw8ZpN4yHs7BdJ6fGc1QaE"));
        QVERIFY(!snapshot.contains("rediss://redis-service") && !snapshot.contains("redis://redis-service"));
    }

    /** A Secret key whose name does not say URL/DSN is never read, whatever it holds. */
    void otherSecretKeysAreNotRead()
    {
        const QList<QJsonObject> extra { json(QByteArray("{\"kind\": \"Secret\", \"metadata\": {\"name\": \"gw-secrets\"}, \"data\": {\"TOKEN\": \"")
                                                   + b64("rediss://redis-service:6379?ssl_cert_reqs=none").toLatin1() + "\"}}") };
        const QList<Fleet::Datastore> stores = Fleet::discover(redisWithClient(
            "{\"name\": \"app\", \"image\": \"gw\", \"envFrom\": [{\"secretRef\": {\"name\": \"gw-secrets\"}}]}", extra));
        const Fleet::Datastore *redis = byName(stores, u"redis"_s);
        QVERIFY(redis);
        QVERIFY(redis->clientConnections.isEmpty());
    }

    /** #14.6: not base64 is an error on that key; the password shape is unknown, SECRET-001 not assessed. */
    void passwordThatIsNotBase64()
    {
        Test::MockClock clock;
        Fleet::ClusterObjects objects = redisWithClient("{\"name\": \"app\", \"image\": \"gw\"}");
        objects.secrets[0] = json("{\"metadata\": {\"name\": \"redis-secrets\"}, \"data\": {\"REDIS_PASSWORD\": \"not base64!*\"}}");
        const QList<Fleet::Datastore> stores = Fleet::discover(objects);
        const Fleet::Datastore *redis = byName(stores, u"redis"_s);
        QVERIFY(redis);
        QVERIFY(!redis->password);
        QCOMPARE(redis->passwordError, u"Secret redis-secrets key REDIS_PASSWORD is not valid base64"_s);
        QVERIFY(!QJsonDocument(redis->toJson()).toJson().contains("not base64!*"));

        Fleet::DatastoreReport report;
        report.name = redis->name;
        report.kind = Fleet::Kind::Redis;
        report.k8s = *redis;
        const Audit::Evidence e = Audit::evidenceFrom(report);
        QVERIFY(!e.secret.passwordLength);
        const Audit::Outcome outcome = Audit::RuleSet::find(u"SECRET-001"_s)->evaluate(e, Audit::FleetEvidence());
        QCOMPARE(outcome.status, Audit::Outcome::Status::NotAssessed);
        QVERIFY2(outcome.reason.contains(redis->passwordError), qPrintable(outcome.reason));

        // Valid base64 still decodes; stringData is taken as written.
        QCOMPARE(*Fleet::secretData(json("{\"data\": {\"k\": \"YWJj\"}}"), u"k"_s).value, QByteArray("abc"));
        QCOMPARE(*Fleet::secretData(json("{\"stringData\": {\"k\": \"abc\"}}"), u"k"_s).value, QByteArray("abc"));
        QVERIFY(!Fleet::secretData(json("{\"data\": {}}"), u"k"_s).value);
    }
};

QTEST_GUILESS_MAIN(TestClientSettings)
#include "testclientsettings.moc"
