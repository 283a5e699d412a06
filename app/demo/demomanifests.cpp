// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/demomanifests.h"

#include "demo/demofleet.h"
#include "demo/demopki.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>

namespace Demo {

namespace {

QString ns()
{
    return QString::fromLatin1(DemoFleet::namespaceName);
}

QString b64(const QByteArray &data)
{
    return QString::fromLatin1(data.toBase64());
}

QJsonObject secretEnv(const QString &variable, const QString &secret, const QString &key)
{
    return { { QStringLiteral("name"), variable },
             { QStringLiteral("valueFrom"),
               QJsonObject {
                   { QStringLiteral("secretKeyRef"),
                     QJsonObject { { QStringLiteral("name"), secret }, { QStringLiteral("key"), key } } } } } };
}

QString clusterIpFor(const QString &name)
{
    const QByteArray hash = QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha256);
    return QStringLiteral("10.96.%1.%2").arg(quint8(hash.at(0))).arg(quint8(hash.at(1)) % 250 + 2);
}

} // namespace

QJsonObject objectMetadata(const QString &name, const QJsonObject &labels, const QJsonObject &annotations)
{
    QJsonObject meta { { QStringLiteral("name"), name }, { QStringLiteral("namespace"), ns() } };
    if (!labels.isEmpty())
        meta.insert(QStringLiteral("labels"), labels);
    if (!annotations.isEmpty())
        meta.insert(QStringLiteral("annotations"), annotations);
    return meta;
}

QString instanceStem(const QString &instance)
{
    QString s = instance;
    if (s.endsWith(QStringLiteral("-db")))
        s.chop(3);
    return s;
}

QList<QJsonObject> secretReaderManifests(const QString &serviceAccount, const QString &roleName,
                                         const QStringList &secretNames)
{
    QList<QJsonObject> out;
    const QJsonObject labels { { QStringLiteral("app.kubernetes.io/part-of"), QStringLiteral("bakery-ia") } };
    if (serviceAccount != u"default")
        out.append(QJsonObject { { QStringLiteral("apiVersion"), QStringLiteral("v1") },
                                 { QStringLiteral("kind"), QStringLiteral("ServiceAccount") },
                                 { QStringLiteral("metadata"), objectMetadata(serviceAccount, labels) } });
    QJsonObject rule { { QStringLiteral("apiGroups"), QJsonArray { QString() } },
                       { QStringLiteral("resources"), QJsonArray { QStringLiteral("secrets") } } };
    if (secretNames.isEmpty()) {
        rule.insert(QStringLiteral("verbs"),
                    QJsonArray { QStringLiteral("get"), QStringLiteral("list"), QStringLiteral("watch") });
    } else {
        rule.insert(QStringLiteral("verbs"), QJsonArray { QStringLiteral("get") });
        rule.insert(QStringLiteral("resourceNames"), QJsonArray::fromStringList(secretNames));
    }
    const QString rbacVersion = QStringLiteral("rbac.authorization.k8s.io/v1");
    out.append(QJsonObject { { QStringLiteral("apiVersion"), rbacVersion },
                             { QStringLiteral("kind"), QStringLiteral("Role") },
                             { QStringLiteral("metadata"), objectMetadata(roleName, labels) },
                             { QStringLiteral("rules"), QJsonArray { rule } } });
    out.append(QJsonObject {
        { QStringLiteral("apiVersion"), rbacVersion },
        { QStringLiteral("kind"), QStringLiteral("RoleBinding") },
        { QStringLiteral("metadata"), objectMetadata(roleName + QStringLiteral("-") + serviceAccount, labels) },
        { QStringLiteral("roleRef"),
          QJsonObject { { QStringLiteral("apiGroup"), QStringLiteral("rbac.authorization.k8s.io") },
                        { QStringLiteral("kind"), QStringLiteral("Role") },
                        { QStringLiteral("name"), roleName } } },
        { QStringLiteral("subjects"),
          QJsonArray { QJsonObject { { QStringLiteral("kind"), QStringLiteral("ServiceAccount") },
                                     { QStringLiteral("name"), serviceAccount },
                                     { QStringLiteral("namespace"), ns() } } } } });
    return out;
}

QList<QJsonObject> fleetManifests(const FleetManifestInput &input)
{
    const ScenarioSettings &s = input.settings;
    QList<QJsonObject> out;
    const QJsonObject dbLabels { { QStringLiteral("app.kubernetes.io/component"), QStringLiteral("database") },
                                 { QStringLiteral("app.kubernetes.io/part-of"), QStringLiteral("bakery-ia") } };
    auto withLabels = [](QJsonObject base, const QJsonObject &more) {
        for (auto it = more.begin(); it != more.end(); ++it)
            base.insert(it.key(), it.value());
        return base;
    };
    const QString rotatedAt = QDateTime::currentDateTimeUtc().addDays(-12).toString(Qt::ISODate);

    // The shared TLS secrets, as the platform mounts them.
    if (s.tls) {
        out.append(QJsonObject {
            { QStringLiteral("apiVersion"), QStringLiteral("v1") },
            { QStringLiteral("kind"), QStringLiteral("Secret") },
            { QStringLiteral("metadata"),
              objectMetadata(QStringLiteral("postgres-tls"),
                             { { QStringLiteral("app.kubernetes.io/part-of"), QStringLiteral("bakery-ia") } }) },
            { QStringLiteral("type"), QStringLiteral("kubernetes.io/tls") },
            { QStringLiteral("data"),
              QJsonObject { { QStringLiteral("tls.crt"), b64(input.pki.postgresCertificatePem) },
                            { QStringLiteral("tls.key"), b64(input.pki.postgresKeyPem.reveal()) },
                            { QStringLiteral("ca.crt"), b64(input.pki.caPem) } } } });
        out.append(QJsonObject {
            { QStringLiteral("apiVersion"), QStringLiteral("v1") },
            { QStringLiteral("kind"), QStringLiteral("Secret") },
            { QStringLiteral("metadata"),
              objectMetadata(QStringLiteral("redis-tls"),
                             { { QStringLiteral("app.kubernetes.io/part-of"), QStringLiteral("bakery-ia") } }) },
            { QStringLiteral("type"), QStringLiteral("kubernetes.io/tls") },
            { QStringLiteral("data"),
              QJsonObject { { QStringLiteral("tls.crt"), b64(input.pki.redisCertificatePem) },
                            { QStringLiteral("tls.key"), b64(input.pki.redisKeyPem.reveal()) },
                            { QStringLiteral("ca.crt"), b64(input.pki.caPem) } } } });
    }

    auto dataVolume = [&](const QString &workload) {
        if (s.persistentVolumes)
            return QJsonObject {
                { QStringLiteral("name"), QStringLiteral("data") },
                { QStringLiteral("persistentVolumeClaim"),
                  QJsonObject { { QStringLiteral("claimName"), QString(workload + QStringLiteral("-pvc")) } } }
            };
        return QJsonObject { { QStringLiteral("name"), QStringLiteral("data") },
                             { QStringLiteral("emptyDir"), QJsonObject {} } };
    };
    auto tlsVolume = [](const QString &secret) {
        return QJsonObject { { QStringLiteral("name"), QStringLiteral("tls") },
                             { QStringLiteral("secret"),
                               QJsonObject { { QStringLiteral("secretName"), secret },
                                             { QStringLiteral("defaultMode"), 0600 } } } };
    };
    auto pvc = [&](const QString &workload) {
        if (!s.persistentVolumes)
            return;
        out.append(QJsonObject {
            { QStringLiteral("apiVersion"), QStringLiteral("v1") },
            { QStringLiteral("kind"), QStringLiteral("PersistentVolumeClaim") },
            { QStringLiteral("metadata"),
              objectMetadata(workload + QStringLiteral("-pvc"), { { QStringLiteral("app"), workload } }) },
            { QStringLiteral("spec"),
              QJsonObject {
                  { QStringLiteral("accessModes"), QJsonArray { QStringLiteral("ReadWriteOnce") } },
                  { QStringLiteral("storageClassName"), QStringLiteral("standard") },
                  { QStringLiteral("volumeName"), QString(QStringLiteral("pvc-") + workload) },
                  { QStringLiteral("resources"),
                    QJsonObject { { QStringLiteral("requests"),
                                    QJsonObject { { QStringLiteral("storage"), QStringLiteral("2Gi") } } } } } } },
            { QStringLiteral("status"),
              QJsonObject { { QStringLiteral("phase"), QStringLiteral("Bound") },
                            { QStringLiteral("accessModes"), QJsonArray { QStringLiteral("ReadWriteOnce") } },
                            { QStringLiteral("capacity"),
                              QJsonObject { { QStringLiteral("storage"), QStringLiteral("2Gi") } } } } } });
    };
    auto service = [&](const QString &workload, int port, const QString &portName) {
        const QString name = workload + QStringLiteral("-service");
        out.append(QJsonObject {
            { QStringLiteral("apiVersion"), QStringLiteral("v1") },
            { QStringLiteral("kind"), QStringLiteral("Service") },
            { QStringLiteral("metadata"), objectMetadata(name, { { QStringLiteral("app"), workload } }) },
            { QStringLiteral("spec"),
              QJsonObject {
                  { QStringLiteral("type"), QStringLiteral("ClusterIP") },
                  { QStringLiteral("clusterIP"), clusterIpFor(name) },
                  { QStringLiteral("selector"), QJsonObject { { QStringLiteral("app"), workload } } },
                  { QStringLiteral("ports"),
                    QJsonArray { QJsonObject { { QStringLiteral("name"), portName },
                                               { QStringLiteral("port"), port },
                                               { QStringLiteral("targetPort"), port },
                                               { QStringLiteral("protocol"), QStringLiteral("TCP") } } } } } } });
    };
    auto deployment = [&](const QString &name, const QJsonObject &labels, const QJsonObject &container,
                          const QJsonArray &volumes, const QString &serviceAccount = {}) {
        QJsonObject templateLabels = withLabels(labels, { { QStringLiteral("app"), name } });
        QJsonObject podSpec { { QStringLiteral("containers"), QJsonArray { container } } };
        if (!volumes.isEmpty())
            podSpec.insert(QStringLiteral("volumes"), volumes);
        if (!serviceAccount.isEmpty())
            podSpec.insert(QStringLiteral("serviceAccountName"), serviceAccount);
        out.append(QJsonObject {
            { QStringLiteral("apiVersion"), QStringLiteral("apps/v1") },
            { QStringLiteral("kind"), QStringLiteral("Deployment") },
            { QStringLiteral("metadata"), objectMetadata(name, templateLabels) },
            { QStringLiteral("spec"),
              QJsonObject { { QStringLiteral("replicas"), 1 },
                            { QStringLiteral("selector"),
                              QJsonObject { { QStringLiteral("matchLabels"),
                                              QJsonObject { { QStringLiteral("app"), name } } } } },
                            { QStringLiteral("template"),
                              QJsonObject { { QStringLiteral("metadata"),
                                              QJsonObject { { QStringLiteral("labels"), templateLabels } } },
                                            { QStringLiteral("spec"), podSpec } } } } } });
    };
    auto credentialsSecret = [&](const QString &name, const QJsonObject &data) {
        QJsonObject annotations;
        if (s.passwordRotationRecorded)
            annotations.insert(QStringLiteral("bakery-ia.io/password-rotated-at"), rotatedAt);
        out.append(QJsonObject {
            { QStringLiteral("apiVersion"), QStringLiteral("v1") },
            { QStringLiteral("kind"), QStringLiteral("Secret") },
            { QStringLiteral("metadata"),
              objectMetadata(name, { { QStringLiteral("app.kubernetes.io/part-of"), QStringLiteral("bakery-ia") } },
                             annotations) },
            { QStringLiteral("type"), QStringLiteral("Opaque") },
            { QStringLiteral("data"), data } });
    };

    const QJsonObject serviceLabels { { QStringLiteral("app.kubernetes.io/component"), QStringLiteral("microservice") },
                                      { QStringLiteral("app.kubernetes.io/part-of"), QStringLiteral("bakery-ia") } };
    for (const PostgresInstance &instance : input.postgres) {
        const QString secretName = instance.name + QStringLiteral("-secret");
        credentialsSecret(secretName,
                          { { QStringLiteral("POSTGRES_USER"), b64(instance.role.toUtf8()) },
                            { QStringLiteral("POSTGRES_DB"), b64(instance.database.toUtf8()) },
                            { QStringLiteral("POSTGRES_PASSWORD"), b64(instance.password.reveal()) } });
        QJsonArray volumes { dataVolume(instance.name) };
        if (s.tls)
            volumes << tlsVolume(QStringLiteral("postgres-tls"));
        QJsonObject container {
            { QStringLiteral("name"), QStringLiteral("postgres") },
            { QStringLiteral("image"), QStringLiteral("postgres:17-alpine") },
            // What the local server reads (LocalPostgres writes the Secret's keys to these files).
            { QStringLiteral("args"),
              s.tls ? QJsonArray { QStringLiteral("postgres"), QStringLiteral("-c"), QStringLiteral("ssl=on"),
                                   QStringLiteral("-c"), QStringLiteral("ssl_cert_file=/tls/tls.crt"),
                                   QStringLiteral("-c"), QStringLiteral("ssl_key_file=/tls/tls.key"),
                                   QStringLiteral("-c"), QStringLiteral("ssl_ca_file=/tls/ca.crt") }
                    : QJsonArray { QStringLiteral("postgres") } },
            { QStringLiteral("ports"),
              QJsonArray { QJsonObject { { QStringLiteral("containerPort"), 5432 },
                                         { QStringLiteral("name"), QStringLiteral("postgres") } } } },
            { QStringLiteral("env"),
              QJsonArray {
                  secretEnv(QStringLiteral("POSTGRES_USER"), secretName, QStringLiteral("POSTGRES_USER")),
                  secretEnv(QStringLiteral("POSTGRES_DB"), secretName, QStringLiteral("POSTGRES_DB")),
                  secretEnv(QStringLiteral("POSTGRES_PASSWORD"), secretName, QStringLiteral("POSTGRES_PASSWORD")) } },
            { QStringLiteral("volumeMounts"),
              s.tls ? QJsonArray { QJsonObject {
                                       { QStringLiteral("name"), QStringLiteral("data") },
                                       { QStringLiteral("mountPath"), QStringLiteral("/var/lib/postgresql/data") } },
                                   QJsonObject { { QStringLiteral("name"), QStringLiteral("tls") },
                                                 { QStringLiteral("mountPath"), QStringLiteral("/tls") },
                                                 { QStringLiteral("readOnly"), true } } }
                    : QJsonArray { QJsonObject {
                        { QStringLiteral("name"), QStringLiteral("data") },
                        { QStringLiteral("mountPath"), QStringLiteral("/var/lib/postgresql/data") } } } },
        };
        deployment(instance.name,
                   withLabels(dbLabels, { { QStringLiteral("app.kubernetes.io/name"), QStringLiteral("postgresql") } }),
                   container, volumes);
        pvc(instance.name);
        service(instance.name, 5432, QStringLiteral("postgres"));

        // The service that consumes this database, told how to connect in its ConfigMap.
        const QString consumer = instanceStem(instance.name) + QStringLiteral("-service");
        const QString host
            = instance.name + QStringLiteral("-service.bakery-ia.svc.cluster.local:5432/") + instance.database;
        QString asyncUrl = QStringLiteral("postgresql+asyncpg://%1@%2").arg(instance.role, host);
        QString syncUrl = QStringLiteral("postgresql://%1@%2").arg(instance.role, host);
        if (s.clientTlsMode == u"require") {
            asyncUrl += QStringLiteral("?ssl=require");
            syncUrl += QStringLiteral("?sslmode=require");
        } else if (s.clientTlsMode == u"verify-full") {
            asyncUrl += QStringLiteral("?ssl=verify-full&sslrootcert=/tls/ca.crt");
            syncUrl += QStringLiteral("?sslmode=verify-full&sslrootcert=/tls/ca.crt");
        }
        const QString configMap = consumer + QStringLiteral("-config");
        out.append(QJsonObject {
            { QStringLiteral("apiVersion"), QStringLiteral("v1") },
            { QStringLiteral("kind"), QStringLiteral("ConfigMap") },
            { QStringLiteral("metadata"), objectMetadata(configMap, { { QStringLiteral("app"), consumer } }) },
            { QStringLiteral("data"),
              QJsonObject { { QStringLiteral("DATABASE_URL"), asyncUrl },
                            { QStringLiteral("DATABASE_URL_SYNC"), syncUrl },
                            { QStringLiteral("LOG_LEVEL"), QStringLiteral("INFO") } } } });
        QJsonObject client {
            { QStringLiteral("name"), consumer },
            { QStringLiteral("image"), QStringLiteral("bakery-ia/%1:1.4.2").arg(consumer) },
            { QStringLiteral("ports"), QJsonArray { QJsonObject { { QStringLiteral("containerPort"), 8000 } } } },
            { QStringLiteral("envFrom"),
              QJsonArray { QJsonObject {
                  { QStringLiteral("configMapRef"), QJsonObject { { QStringLiteral("name"), configMap } } } } } },
            { QStringLiteral("env"),
              QJsonArray {
                  secretEnv(QStringLiteral("DB_PASSWORD"), secretName, QStringLiteral("POSTGRES_PASSWORD")) } },
        };
        QJsonArray clientVolumes;
        if (s.tls) {
            clientVolumes << QJsonObject {
                { QStringLiteral("name"), QStringLiteral("tls") },
                { QStringLiteral("secret"),
                  QJsonObject {
                      { QStringLiteral("secretName"), QStringLiteral("postgres-tls") },
                      { QStringLiteral("items"),
                        QJsonArray { QJsonObject { { QStringLiteral("key"), QStringLiteral("ca.crt") },
                                                   { QStringLiteral("path"), QStringLiteral("ca.crt") } } } } } }
            };
        }
        if (s.broadSecretAccess) {
            deployment(consumer, serviceLabels, client, clientVolumes);
        } else {
            // Least privilege: the service's own ServiceAccount may get its own credentials Secret, nothing more.
            out << secretReaderManifests(consumer, consumer, { secretName });
            deployment(consumer, serviceLabels, client, clientVolumes, consumer);
        }
    }
    if (s.broadSecretAccess)
        out << secretReaderManifests(QStringLiteral("default"), QStringLiteral("secret-reader"), {});

    // Redis.
    const QString redisSecret = QStringLiteral("redis-secrets");
    credentialsSecret(redisSecret, { { QStringLiteral("REDIS_PASSWORD"), b64(input.redisPassword.reveal()) } });
    QStringList args = { QStringLiteral("redis-server") };
    if (s.tls) {
        args << QStringLiteral("--port") << QStringLiteral("0") << QStringLiteral("--tls-port")
             << QStringLiteral("6379") << QStringLiteral("--tls-cert-file") << QStringLiteral("/tls/tls.crt")
             << QStringLiteral("--tls-key-file") << QStringLiteral("/tls/tls.key")
             << QStringLiteral("--tls-ca-cert-file") << QStringLiteral("/tls/ca.crt")
             << QStringLiteral("--tls-auth-clients") << s.redisTlsAuthClients;
    }
    args << QStringLiteral("--requirepass") << QStringLiteral("$(REDIS_PASSWORD)") << QStringLiteral("--appendonly")
         << (s.redisAof ? QStringLiteral("yes") : QStringLiteral("no"));
    QJsonArray redisVolumes { dataVolume(QStringLiteral("redis")) };
    if (s.tls)
        redisVolumes << tlsVolume(QStringLiteral("redis-tls"));
    deployment(
        QStringLiteral("redis"),
        withLabels(dbLabels, { { QStringLiteral("app.kubernetes.io/name"), QStringLiteral("redis") } }),
        QJsonObject { { QStringLiteral("name"), QStringLiteral("redis") },
                      { QStringLiteral("image"), QStringLiteral("redis:7.4-alpine") },
                      { QStringLiteral("command"), QJsonArray::fromStringList(args) },
                      { QStringLiteral("volumeMounts"),
                        s.tls ? QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("tls") },
                                                           { QStringLiteral("mountPath"), QStringLiteral("/tls") },
                                                           { QStringLiteral("readOnly"), true } } }
                              : QJsonArray {} },
                      { QStringLiteral("ports"),
                        QJsonArray { QJsonObject { { QStringLiteral("containerPort"), 6379 },
                                                   { QStringLiteral("name"), QStringLiteral("redis") } } } },
                      { QStringLiteral("env"),
                        QJsonArray { secretEnv(QStringLiteral("REDIS_PASSWORD"), redisSecret,
                                               QStringLiteral("REDIS_PASSWORD")) } } },
        redisVolumes);
    pvc(QStringLiteral("redis"));
    service(QStringLiteral("redis"), 6379, QStringLiteral("redis"));
    QString redisUrl = s.tls ? QStringLiteral("rediss://redis-service.bakery-ia.svc.cluster.local:6379/0")
                             : QStringLiteral("redis://redis-service.bakery-ia.svc.cluster.local:6379/0");
    if (s.tls && s.clientTlsMode == u"require")
        redisUrl += QStringLiteral("?ssl_cert_reqs=none");
    else if (s.tls)
        redisUrl += QStringLiteral("?ssl_cert_reqs=required&ssl_ca_certs=/tls/ca.crt");
    out.append(QJsonObject {
        { QStringLiteral("apiVersion"), QStringLiteral("v1") },
        { QStringLiteral("kind"), QStringLiteral("ConfigMap") },
        { QStringLiteral("metadata"),
          objectMetadata(QStringLiteral("gateway-config"), { { QStringLiteral("app"), QStringLiteral("gateway") } }) },
        { QStringLiteral("data"),
          QJsonObject { { QStringLiteral("REDIS_URL"), redisUrl },
                        { QStringLiteral("LOG_LEVEL"), QStringLiteral("INFO") } } } });
    deployment(
        QStringLiteral("gateway"), serviceLabels,
        QJsonObject { { QStringLiteral("name"), QStringLiteral("gateway") },
                      { QStringLiteral("image"), QStringLiteral("bakery-ia/gateway:1.4.2") },
                      { QStringLiteral("envFrom"),
                        QJsonArray { QJsonObject {
                            { QStringLiteral("configMapRef"),
                              QJsonObject { { QStringLiteral("name"), QStringLiteral("gateway-config") } } } } } },
                      { QStringLiteral("env"),
                        QJsonArray { secretEnv(QStringLiteral("REDIS_PASSWORD"), redisSecret,
                                               QStringLiteral("REDIS_PASSWORD")) } } },
        {});

    // RabbitMQ, the platform's broker: AMQPS with the rabbitmq-tls secret, the management plugin.
    if (input.rabbitmq) {
        if (s.tls) {
            out.append(QJsonObject {
                { QStringLiteral("apiVersion"), QStringLiteral("v1") },
                { QStringLiteral("kind"), QStringLiteral("Secret") },
                { QStringLiteral("metadata"),
                  objectMetadata(QStringLiteral("rabbitmq-tls"),
                                 { { QStringLiteral("app.kubernetes.io/part-of"), QStringLiteral("bakery-ia") } }) },
                { QStringLiteral("type"), QStringLiteral("kubernetes.io/tls") },
                { QStringLiteral("data"),
                  QJsonObject { { QStringLiteral("tls.crt"), b64(input.pki.rabbitmqCertificatePem) },
                                { QStringLiteral("tls.key"), b64(input.pki.rabbitmqKeyPem.reveal()) },
                                { QStringLiteral("ca.crt"), b64(input.pki.caPem) } } } });
        }
        const QString rabbitSecret = QStringLiteral("rabbitmq-secrets");
        credentialsSecret(
            rabbitSecret,
            { { QStringLiteral("RABBITMQ_DEFAULT_USER"), b64(input.rabbitmqUser.toUtf8()) },
              { QStringLiteral("RABBITMQ_DEFAULT_PASS"),
                s.rabbitmqGuest ? b64(QByteArrayLiteral("guest")) : b64(input.rabbitmqPassword.reveal()) } });
        auto port = [](int number, const QString &name) {
            return QJsonObject { { QStringLiteral("containerPort"), number }, { QStringLiteral("name"), name } };
        };
        QJsonArray ports;
        if (s.tls)
            ports << port(5671, QStringLiteral("amqps"));
        if (!s.tls || s.rabbitmqPlainListener)
            ports << port(5672, QStringLiteral("amqp"));
        ports << port(15672, QStringLiteral("management"));
        QJsonArray rabbitVolumes { dataVolume(QStringLiteral("rabbitmq")) };
        if (s.tls)
            rabbitVolumes << tlsVolume(QStringLiteral("rabbitmq-tls"));
        QJsonObject container {
            { QStringLiteral("name"), QStringLiteral("rabbitmq") },
            { QStringLiteral("image"), QStringLiteral("rabbitmq:3.13-management-alpine") },
            { QStringLiteral("ports"), ports },
            { QStringLiteral("env"),
              QJsonArray { secretEnv(QStringLiteral("RABBITMQ_DEFAULT_USER"), rabbitSecret,
                                     QStringLiteral("RABBITMQ_DEFAULT_USER")),
                           secretEnv(QStringLiteral("RABBITMQ_DEFAULT_PASS"), rabbitSecret,
                                     QStringLiteral("RABBITMQ_DEFAULT_PASS")) } },
        };
        if (s.tls) {
            // Where the broker is told to read its TLS files: the mounted rabbitmq-tls Secret.
            out.append(QJsonObject {
                { QStringLiteral("apiVersion"), QStringLiteral("v1") },
                { QStringLiteral("kind"), QStringLiteral("ConfigMap") },
                { QStringLiteral("metadata"),
                  objectMetadata(QStringLiteral("rabbitmq-config"),
                                 { { QStringLiteral("app"), QStringLiteral("rabbitmq") } }) },
                { QStringLiteral("data"),
                  QJsonObject {
                      { QStringLiteral("20-tls.conf"),
                        QStringLiteral(
                            "listeners.ssl.default = 5671\nssl_options.cacertfile = /tls/ca.crt\n"
                            "ssl_options.certfile = /tls/tls.crt\nssl_options.keyfile = /tls/tls.key\n") } } } });
            rabbitVolumes << QJsonObject { { QStringLiteral("name"), QStringLiteral("config") },
                                           { QStringLiteral("configMap"),
                                             QJsonObject {
                                                 { QStringLiteral("name"), QStringLiteral("rabbitmq-config") } } } };
            container.insert(
                QStringLiteral("volumeMounts"),
                QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("tls") },
                                           { QStringLiteral("mountPath"), QStringLiteral("/tls") },
                                           { QStringLiteral("readOnly"), true } },
                             QJsonObject { { QStringLiteral("name"), QStringLiteral("config") },
                                           { QStringLiteral("mountPath"), QStringLiteral("/etc/rabbitmq/conf.d") } } });
        }
        // Found by its image, as a broker rather than a database.
        deployment(QStringLiteral("rabbitmq"),
                   QJsonObject { { QStringLiteral("app.kubernetes.io/component"), QStringLiteral("message-broker") },
                                 { QStringLiteral("app.kubernetes.io/part-of"), QStringLiteral("bakery-ia") },
                                 { QStringLiteral("app.kubernetes.io/name"), QStringLiteral("rabbitmq") } },
                   container, rabbitVolumes);
        pvc(QStringLiteral("rabbitmq"));
        QJsonArray servicePorts;
        for (const QJsonValue &value : std::as_const(ports)) {
            const QJsonObject p = value.toObject();
            servicePorts << QJsonObject { { QStringLiteral("name"), p.value(QStringLiteral("name")) },
                                          { QStringLiteral("port"), p.value(QStringLiteral("containerPort")) },
                                          { QStringLiteral("targetPort"), p.value(QStringLiteral("containerPort")) },
                                          { QStringLiteral("protocol"), QStringLiteral("TCP") } };
        }
        const QString serviceName = QStringLiteral("rabbitmq-service");
        out.append(
            QJsonObject { { QStringLiteral("apiVersion"), QStringLiteral("v1") },
                          { QStringLiteral("kind"), QStringLiteral("Service") },
                          { QStringLiteral("metadata"),
                            objectMetadata(serviceName, { { QStringLiteral("app"), QStringLiteral("rabbitmq") } }) },
                          { QStringLiteral("spec"),
                            QJsonObject { { QStringLiteral("type"), QStringLiteral("ClusterIP") },
                                          { QStringLiteral("clusterIP"), clusterIpFor(serviceName) },
                                          { QStringLiteral("selector"),
                                            QJsonObject { { QStringLiteral("app"), QStringLiteral("rabbitmq") } } },
                                          { QStringLiteral("ports"), servicePorts } } } });
    }
    if (s.networkPolicies) {
        // Only the services' pods may connect to the datastores (databases, Redis and the broker).
        const QJsonObject fromServices { { QStringLiteral("podSelector"),
                                           QJsonObject { { QStringLiteral("matchLabels"),
                                                           QJsonObject { { QStringLiteral("app.kubernetes.io/component"),
                                                                           QStringLiteral("microservice") } } } } } };
        out.append(QJsonObject {
            { QStringLiteral("apiVersion"), QStringLiteral("networking.k8s.io/v1") },
            { QStringLiteral("kind"), QStringLiteral("NetworkPolicy") },
            { QStringLiteral("metadata"),
              objectMetadata(QStringLiteral("datastores-from-services"),
                             { { QStringLiteral("app.kubernetes.io/part-of"), QStringLiteral("bakery-ia") } }) },
            { QStringLiteral("spec"),
              QJsonObject {
                  { QStringLiteral("podSelector"),
                    QJsonObject { { QStringLiteral("matchExpressions"),
                                    QJsonArray { QJsonObject {
                                        { QStringLiteral("key"), QStringLiteral("app.kubernetes.io/component") },
                                        { QStringLiteral("operator"), QStringLiteral("In") },
                                        { QStringLiteral("values"),
                                          QJsonArray { QStringLiteral("database"), QStringLiteral("message-broker") } } } } } } },
                  { QStringLiteral("policyTypes"), QJsonArray { QStringLiteral("Ingress") } },
                  { QStringLiteral("ingress"), QJsonArray { QJsonObject { { QStringLiteral("from"), QJsonArray { fromServices } } } } } } } });
    }
    return out;
}

} // namespace Demo
