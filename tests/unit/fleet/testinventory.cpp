// SPDX-License-Identifier: GPL-3.0-or-later
// Discovery over realistic manifests (tests/fixtures/manifests/bakery-ia-sample.json): which
// workloads are datastores, and the Kubernetes facts linked to each.
#include "fleet/fleetscanner.h"
#include "fleet/inventory.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

namespace {

Fleet::ClusterObjects loadSample()
{
    QFile file(qEnvironmentVariable("PROOFER_SOURCE_DIR") + QStringLiteral("/tests/fixtures/manifests/bakery-ia-sample.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open the manifest fixture");
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    auto list = [&root](const char *key) {
        QList<QJsonObject> objects;
        for (const QJsonValue &v : root.value(QLatin1String(key)).toArray())
            objects << v.toObject();
        return objects;
    };
    Fleet::ClusterObjects objects;
    objects.namespaceName = root.value(QStringLiteral("namespace")).toString();
    objects.deployments = list("deployments");
    objects.statefulSets = list("statefulsets");
    objects.pods = list("pods");
    objects.services = list("services");
    objects.pvcs = list("pvcs");
    objects.secrets = list("secrets");
    objects.configMaps = list("configmaps");
    return objects;
}

const Fleet::Datastore *find(const QList<Fleet::Datastore> &stores, const QString &name)
{
    for (const Fleet::Datastore &store : stores) {
        if (store.name == name)
            return &store;
    }
    return nullptr;
}

} // namespace

class TestInventory final : public QObject
{
    Q_OBJECT

private slots:
    void findsDatastoresByLabelAndImage()
    {
        const auto stores = Fleet::discover(loadSample());
        QStringList names;
        for (const auto &store : stores)
            names << store.name + u':' + Fleet::kindName(store.kind);
        QCOMPARE(names, (QStringList{QStringLiteral("auth-db:postgresql"), QStringLiteral("orders-db:postgresql"),
                                     QStringLiteral("rabbitmq:rabbitmq"), QStringLiteral("redis:redis")}));
    }

    void rabbitMqInspectsItsTlsPort()
    {
        // The broker declares AMQP first: the port to inspect is still AMQPS, and the scanner also
        // forwards the plain and management ports.
        const auto stores = Fleet::discover(loadSample());
        const Fleet::Datastore *rabbit = find(stores, QStringLiteral("rabbitmq"));
        QVERIFY(rabbit);
        QCOMPARE(rabbit->containerPort, quint16(5671));
        QCOMPARE(rabbit->containerPorts, (QList<quint16>{5672, 5671, 15672}));
        Fleet::InventoryResult inventory;
        inventory.datastores = stores;
        for (const Fleet::ScanTarget &target : Fleet::targetsFromInventory(inventory)) {
            if (target.name != u"rabbitmq")
                continue;
            QCOMPARE(target.podPort, quint16(5671));
            QCOMPARE(target.podPlaintextPort, quint16(5672));
            QCOMPARE(target.podManagementPort, quint16(15672));
        }
    }

    void postgresWithPvcTlsAndCredentials()
    {
        const auto stores = Fleet::discover(loadSample());
        const Fleet::Datastore *auth = find(stores, QStringLiteral("auth-db"));
        QVERIFY(auth);
        QCOMPARE(auth->workloadKind, QStringLiteral("Deployment"));
        QCOMPARE(auth->serviceName, QStringLiteral("auth-db-service"));
        QCOMPARE(auth->servicePort, quint16(5432));
        QCOMPARE(auth->pods.size(), 1);
        QCOMPARE(auth->pods.first().phase, QStringLiteral("Running"));
        QVERIFY(auth->pods.first().ready);
        QCOMPARE(auth->pods.first().restarts, 2);
        QCOMPARE(auth->pods.first().uid, QStringLiteral("6f1d2c3b-0000-4000-8000-00000000a0db")); // the fingerprint's
        QCOMPARE(auth->pvcs.size(), 1);
        QCOMPARE(auth->pvcs.first().phase, QStringLiteral("Bound"));
        QCOMPARE(auth->pvcs.first().capacity, QStringLiteral("1Gi"));
        QVERIFY(!auth->ephemeralData);
        QCOMPARE(auth->tlsSecretName, QStringLiteral("postgres-tls"));
        QVERIFY(auth->tlsSecretCertificatePem.startsWith("-----BEGIN CERTIFICATE-----"));
        QVERIFY(auth->tlsSecretCaPem.contains("CA"));
        QCOMPARE(auth->keyFileMode, std::optional<int>(0600));
        QCOMPARE(auth->credentialsSecretName, QStringLiteral("database-secrets"));
        QCOMPARE(auth->passwordKey, QStringLiteral("AUTH_DB_PASSWORD"));
        QVERIFY(auth->password);
        QCOMPARE(auth->password->length, 32);
        QCOMPARE(auth->password->characterClasses, 3);
        QCOMPARE(auth->passwordRotatedAt, QDateTime(QDate(2026, 9, 1), QTime(10, 0), Qt::UTC));
        QVERIFY(auth->consumers.contains(QStringLiteral("Deployment/auth-service")));
        // asyncpg's ssl=require in the client's ConfigMap: TLS that does not verify the server.
        QCOMPARE(auth->clientsWithoutVerification.size(), 1);
        QCOMPARE(auth->clientsWithoutVerification.first().setting, QStringLiteral("ssl=require"));
        QCOMPARE(auth->clientsWithoutVerification.first().workload, QStringLiteral("Deployment/auth-service"));
        QVERIFY(auth->clientsWithoutVerification.first().source.contains(QStringLiteral("auth-config")));
        QCOMPARE(auth->serviceDnsNames().last(), QStringLiteral("auth-db-service.bakery-ia.svc.cluster.local"));
    }

    void passwordAgeFromManagedFields_data()
    {
        QTest::addColumn<QString>("manager");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("time");
        QTest::addColumn<QDateTime>("expected");
        QTest::addColumn<QString>("source");
        const QDateTime annotated(QDate(2026, 9, 1), QTime(10, 0), Qt::UTC);
        QTest::newRow("a later write of the key wins") << QStringLiteral("kubectl-client-side-apply") << QStringLiteral("AUTH_DB_PASSWORD")
                                                       << QStringLiteral("2026-10-15T08:30:00Z") << QDateTime(QDate(2026, 10, 15), QTime(8, 30), Qt::UTC)
                                                       << QStringLiteral("managedFields kubectl-client-side-apply");
        QTest::newRow("an older write leaves the annotation") << QStringLiteral("helm") << QStringLiteral("AUTH_DB_PASSWORD")
                                                              << QStringLiteral("2026-03-01T00:00:00Z") << annotated
                                                              << QStringLiteral("annotation bakery-ia/password-rotated-at");
        QTest::newRow("a write of another key says nothing") << QStringLiteral("kubectl-edit") << QStringLiteral("ORDERS_DB_PASSWORD")
                                                             << QStringLiteral("2026-11-30T00:00:00Z") << annotated
                                                             << QStringLiteral("annotation bakery-ia/password-rotated-at");
    }

    void passwordAgeFromManagedFields()
    {
        // The guide's process writes no rotation annotation; the API server records every write in managedFields.
        QFETCH(QString, manager);
        QFETCH(QString, key);
        QFETCH(QString, time);
        QFETCH(QDateTime, expected);
        QFETCH(QString, source);
        Fleet::ClusterObjects objects = loadSample();
        for (QJsonObject &secret : objects.secrets) {
            QJsonObject metadata = secret.value(QLatin1String("metadata")).toObject();
            if (metadata.value(QLatin1String("name")).toString() != u"database-secrets")
                continue;
            const QJsonObject data{{QStringLiteral("."), QJsonObject()}, {QStringLiteral("f:") + key, QJsonObject()}};
            metadata.insert(QStringLiteral("managedFields"),
                            QJsonArray{QJsonObject{{QStringLiteral("manager"), manager},
                                                   {QStringLiteral("operation"), QStringLiteral("Update")},
                                                   {QStringLiteral("time"), time},
                                                   {QStringLiteral("fieldsType"), QStringLiteral("FieldsV1")},
                                                   {QStringLiteral("fieldsV1"), QJsonObject{{QStringLiteral("f:data"), data}}}}});
            secret.insert(QStringLiteral("metadata"), metadata);
        }
        const auto stores = Fleet::discover(objects);
        const Fleet::Datastore *auth = find(stores, QStringLiteral("auth-db"));
        QVERIFY(auth);
        QCOMPARE(auth->passwordRotatedAt, expected);
        QCOMPARE(auth->passwordRotatedSource, source);
        QCOMPARE(auth->toJson().value(QLatin1String("passwordRotatedSource")).toString(), source);
    }

    void sharedPasswordsAreFoundWithoutKeepingThem()
    {
        // Distinct passwords: every datastore whose password was read knows it shares it with no one.
        const auto distinct = Fleet::discover(loadSample());
        for (const QString &name : {QStringLiteral("auth-db"), QStringLiteral("orders-db")}) {
            const Fleet::Datastore *store = find(distinct, name);
            QVERIFY(store);
            QVERIFY2(store->passwordSharedWith && store->passwordSharedWith->isEmpty(), qPrintable(name));
            QVERIFY(store->passwordDigest.isEmpty()); // dropped once compared
        }

        // orders-db given auth-db's password: each names the other; the JSON holds neither value nor digest.
        Fleet::ClusterObjects objects = loadSample();
        QByteArray authValue;
        for (QJsonObject &secret : objects.secrets) {
            if (secret.value(QLatin1String("metadata")).toObject().value(QLatin1String("name")).toString() != u"database-secrets")
                continue;
            QJsonObject data = secret.value(QLatin1String("data")).toObject();
            authValue = data.value(QLatin1String("AUTH_DB_PASSWORD")).toString().toLatin1();
            data.insert(QStringLiteral("ORDERS_DB_PASSWORD"), QString::fromLatin1(authValue));
            secret.insert(QStringLiteral("data"), data);
        }
        QVERIFY(!authValue.isEmpty());
        const auto stores = Fleet::discover(objects);
        const Fleet::Datastore *auth = find(stores, QStringLiteral("auth-db"));
        const Fleet::Datastore *orders = find(stores, QStringLiteral("orders-db"));
        QVERIFY(auth && orders);
        QCOMPARE(auth->passwordSharedWith.value_or(QStringList{QStringLiteral("?")}), QStringList{QStringLiteral("orders-db")});
        QCOMPARE(orders->passwordSharedWith.value_or(QStringList{QStringLiteral("?")}), QStringList{QStringLiteral("auth-db")});
        const Fleet::Datastore *redis = find(stores, QStringLiteral("redis"));
        if (redis && redis->passwordSharedWith)
            QVERIFY(redis->passwordSharedWith->isEmpty());
        const QByteArray json = QJsonDocument(auth->toJson()).toJson(QJsonDocument::Compact);
        QVERIFY(json.contains("\"passwordSharedWith\":[\"orders-db\"]"));
        QVERIFY(!json.contains(authValue));
        QVERIFY(!json.contains(QByteArray::fromBase64(authValue)));
        QVERIFY(!json.contains("igest"));
    }

    void networkExposureAndPolicies()
    {
        // The sample: ClusterIP Services, no Ingress, no NetworkPolicy.
        const auto plain = Fleet::discover(loadSample());
        const Fleet::Datastore *auth = find(plain, QStringLiteral("auth-db"));
        QVERIFY(auth);
        QCOMPARE(auth->exposure, std::optional<QStringList>(QStringList()));
        QCOMPARE(auth->ingressPolicies, std::optional<QStringList>(QStringList()));

        Fleet::ClusterObjects objects = loadSample();
        for (QJsonObject &service : objects.services) {
            if (service.value(QLatin1String("metadata")).toObject().value(QLatin1String("name")).toString() != u"orders-db-service")
                continue;
            QJsonObject spec = service.value(QLatin1String("spec")).toObject();
            spec.insert(QStringLiteral("type"), QStringLiteral("NodePort"));
            spec.insert(QStringLiteral("ports"), QJsonArray{QJsonObject{{QStringLiteral("port"), 5432}, {QStringLiteral("nodePort"), 30432}}});
            service.insert(QStringLiteral("spec"), spec);
        }
        const auto json = [](const char *text) { return QJsonDocument::fromJson(text).object(); };
        objects.ingresses << json(R"({"metadata":{"name":"cache-admin"},"spec":{"rules":[{"http":{"paths":[{"path":"/","backend":{"service":{"name":"redis-service","port":{"number":6379}}}}]}}]}})");
        // auth-db: a policy for the database component admitting only the services; an Egress-only one is ignored.
        objects.networkPolicies
            << json(R"({"metadata":{"name":"databases-from-services"},"spec":{"podSelector":{"matchExpressions":[{"key":"app.kubernetes.io/component","operator":"In","values":["database"]}]},"policyTypes":["Ingress"],"ingress":[{"from":[{"podSelector":{"matchLabels":{"app.kubernetes.io/component":"service"}}}]}]}})")
            << json(R"({"metadata":{"name":"egress-only"},"spec":{"podSelector":{},"policyTypes":["Egress"]}})")
            // orders-db: selected by an allow-all policy.
            << json(R"({"metadata":{"name":"orders-open"},"spec":{"podSelector":{"matchLabels":{"app":"orders-db"}},"ingress":[{}]}})");
        const auto stores = Fleet::discover(objects);
        auth = find(stores, QStringLiteral("auth-db"));
        const Fleet::Datastore *orders = find(stores, QStringLiteral("orders-db"));
        const Fleet::Datastore *redis = find(stores, QStringLiteral("redis"));
        QVERIFY(auth && orders && redis);
        QCOMPARE(auth->exposure, std::optional<QStringList>(QStringList()));
        QCOMPARE(auth->ingressPolicies, std::optional<QStringList>(QStringList{QStringLiteral("databases-from-services")}));
        QVERIFY(auth->openIngressPolicies.isEmpty());
        QCOMPARE(orders->exposure.value_or(QStringList()).join(u'|'),
                 QStringLiteral("Service orders-db-service is of type NodePort (node port 30432)"));
        QCOMPARE(orders->openIngressPolicies, QStringList{QStringLiteral("orders-open")});
        QCOMPARE(redis->exposure.value_or(QStringList()).join(u'|'), QStringLiteral("Ingress cache-admin routes to Service redis-service"));

        // A refused list leaves the facts unknown with the API server's answer.
        objects.unreadable.insert(QStringLiteral("networkpolicies"), QStringLiteral("cannot list networkpolicies: forbidden"));
        const auto refused = Fleet::discover(objects);
        auth = find(refused, QStringLiteral("auth-db"));
        QVERIFY(auth);
        QVERIFY(!auth->ingressPolicies);
        QCOMPARE(auth->policiesUnknown, QStringLiteral("cannot list networkpolicies: forbidden"));
        QVERIFY(auth->exposure);
    }

    void ephemeralDatabaseWithoutTls()
    {
        const auto stores = Fleet::discover(loadSample());
        const Fleet::Datastore *orders = find(stores, QStringLiteral("orders-db"));
        QVERIFY(orders);
        QVERIFY(orders->ephemeralData);
        QVERIFY(orders->pvcs.isEmpty());
        QVERIFY(orders->tlsSecretName.isEmpty());
        QVERIFY(!orders->keyFileMode);
        QCOMPARE(orders->pods.first().phase, QStringLiteral("Pending"));
        QVERIFY(!orders->pods.first().ready);
        QCOMPARE(orders->password->length, 9);
        QCOMPARE(orders->clientsWithoutVerification.size(), 1);
        QCOMPARE(orders->clientsWithoutVerification.first().setting, QStringLiteral("sslmode=require"));
        QVERIFY(orders->clientsWithoutVerification.first().source.startsWith(QStringLiteral("env ORDERS_URL")));
    }

    void redisStatefulSetWithClaimTemplateAndInitChmod()
    {
        const auto stores = Fleet::discover(loadSample());
        const Fleet::Datastore *redis = find(stores, QStringLiteral("redis"));
        QVERIFY(redis);
        QCOMPARE(redis->workloadKind, QStringLiteral("StatefulSet"));
        QCOMPARE(redis->pvcs.size(), 1);
        QCOMPARE(redis->pvcs.first().name, QStringLiteral("data-redis-0"));
        QCOMPARE(redis->pvcs.first().phase, QStringLiteral("Bound"));
        QCOMPARE(redis->tlsSecretName, QStringLiteral("redis-tls"));
        QVERIFY(redis->keyModeFixedByInitContainer);
        QCOMPARE(redis->keyFileMode, std::optional<int>(0600));
        QCOMPARE(redis->credentialsSecretName, QStringLiteral("redis-secrets"));
        QCOMPARE(redis->password->length, 32);
        QCOMPARE(redis->password->characterClasses, 4);
        QCOMPARE(redis->clientsWithoutVerification.size(), 1);
        QCOMPARE(redis->clientsWithoutVerification.first().setting, QStringLiteral("ssl_cert_reqs=none"));
    }

    void noPasswordValueLeaksIntoJson()
    {
        const auto stores = Fleet::discover(loadSample());
        for (const auto &store : stores) {
            const QByteArray json = QJsonDocument(store.toJson()).toJson();
            QVERIFY(!json.contains("Xk3vT9qLm2Rw8ZpN4yHs7BdJ6fGc1QaE"));
            QVERIFY(!json.contains("orders123"));
            QVERIFY(!json.contains("J8kL2mN5pQ7rS9tV1wX3yZ6aB4cD0eF-"));
        }
    }

    void passwordShapes_data()
    {
        QTest::addColumn<QByteArray>("password");
        QTest::addColumn<int>("length");
        QTest::addColumn<int>("classes");
        QTest::newRow("digits") << QByteArray("123456") << 6 << 1;
        QTest::newRow("mixed") << QByteArray("aB3$") << 4 << 4;
        QTest::newRow("utf-8 counts characters") << QByteArray("contraseña") << 10 << 1;
        QTest::newRow("empty") << QByteArray() << 0 << 0;
    }

    void passwordShapes()
    {
        QFETCH(QByteArray, password);
        QFETCH(int, length);
        QFETCH(int, classes);
        const Fleet::PasswordShape shape = Fleet::passwordShape(password);
        QCOMPARE(shape.length, length);
        QCOMPARE(shape.characterClasses, classes);
    }
};

QTEST_GUILESS_MAIN(TestInventory)
#include "testinventory.moc"
