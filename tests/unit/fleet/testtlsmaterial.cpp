// SPDX-License-Identifier: GPL-3.0-or-later
// The TLS mount chain from hand-made pod specs: what each server is configured to read (args, a config file
// from a ConfigMap, a shell wrapper, env), followed through volumeMounts (mountPath, subPath) to the volume
// (secret items and modes, projected sources, configMap, an emptyDir an init container copies into) and to the
// Secret key; any key naming; and where the chain breaks, unknown with the reason, never a guess.
#include "../../fixtures/manifests/guidelayout.h"
#include "certfactory.h"
#include "core/translations.h"
#include "fleet/datastore.h"
#include "fleet/fleetscanner.h"
#include "fleet/inventory.h"
#include "fleet/tlsmaterial.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

namespace {

QJsonObject json(const char *text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(text), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad JSON in the test: %s", qPrintable(error.errorString()));
    return doc.object();
}

/** The value at @p keys, one object level per key. */
QJsonValue at(const QJsonObject &object, std::initializer_list<const char *> keys)
{
    QJsonValue value = object;
    for (const char *key : keys)
        value = value.toObject().value(QLatin1String(key));
    return value;
}

QJsonObject secret(const QString &name, const QStringList &keys)
{
    QJsonObject data;
    for (const QString &key : keys)
        data.insert(key, QString::fromLatin1(QByteArray("bytes of " + key.toUtf8()).toBase64()));
    return {{QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), name}}}, {QStringLiteral("data"), data}};
}

QJsonObject configMap(const QString &name, const QString &key, const QString &value)
{
    return {{QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), name}}},
            {QStringLiteral("data"), QJsonObject{{key, value}}}};
}

const QStringList GuideKeys{QStringLiteral("server-cert.pem"), QStringLiteral("server-key.pem"), QStringLiteral("ca-cert.pem")};
const QStringList CertManagerKeys{QStringLiteral("tls.crt"), QStringLiteral("tls.key"), QStringLiteral("ca.crt")};

QList<QJsonObject> standardSecrets()
{
    return {secret(QStringLiteral("postgres-tls"), GuideKeys), secret(QStringLiteral("pg-cm"), CertManagerKeys),
            secret(QStringLiteral("custom"), {QStringLiteral("cert"), QStringLiteral("private"), QStringLiteral("root")}),
            secret(QStringLiteral("ca-bundle"), {QStringLiteral("ca.crt")}),
            secret(QStringLiteral("redis-tls"), CertManagerKeys)};
}

QList<QJsonObject> standardConfigMaps()
{
    return {configMap(QStringLiteral("postgres-config"), QStringLiteral("postgresql.conf"),
                      QStringLiteral("ssl = on\nssl_cert_file = '/tls/server-cert.pem'  # cert\nssl_key_file='/tls/server-key.pem'\n"
                                     "#ssl_ca_file = '/nowhere'\nssl_ca_file = '/tls/ca-cert.pem'\n")),
            configMap(QStringLiteral("redis-config"), QStringLiteral("redis.conf"),
                      QStringLiteral("port 0\ntls-port 6379\ntls-cert-file /etc/redis/tls/tls.crt\n"
                                     "tls-key-file /etc/redis/tls/tls.key\ntls-ca-cert-file /etc/redis/tls/ca.crt\n")),
            configMap(QStringLiteral("rabbitmq-config"), QStringLiteral("20-tls.conf"),
                      QStringLiteral("listeners.ssl.default = 5671\nssl_options.cacertfile = /tls/ca.crt\n"
                                     "ssl_options.certfile = /tls/tls.crt\nssl_options.keyfile = /tls/tls.key\n"))};
}

} // namespace

class TestTlsMaterial final : public QObject
{
    Q_OBJECT

private slots:
    void resolves_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QJsonObject>("podSpec");
        QTest::addColumn<QString>("certificate"); ///< "Secret x key y", "" when unresolved
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("ca");
        QTest::addColumn<int>("keyMode");        ///< -1: unknown
        QTest::addColumn<QString>("copiedBy");
        QTest::addColumn<QString>("reason");     ///< a piece of some unknown reason; "" when all is known

        const int pg = int(Fleet::Kind::PostgreSQL);
        const int redis = int(Fleet::Kind::Redis);

        QTest::newRow("guide: config file from a ConfigMap, files copied by fix-tls-permissions")
            << pg << json(R"({
                "initContainers": [{"name": "fix-tls-permissions", "image": "busybox",
                    "command": ["sh", "-c"],
                    "args": ["cp /tls-source/\u002a /tls/\nchmod 600 /tls/server-key.pem\nchmod 644 /tls/server-cert.pem /tls/ca-cert.pem\nchown -R 70:70 /tls"],
                    "volumeMounts": [{"name": "tls-certs", "mountPath": "/tls-source", "readOnly": true},
                                     {"name": "tls-writable", "mountPath": "/tls"}]}],
                "containers": [{"name": "postgres", "image": "postgres:17-alpine",
                    "args": ["postgres", "-c", "config_file=/etc/postgresql/postgresql.conf"],
                    "volumeMounts": [{"name": "tls-writable", "mountPath": "/tls"},
                                     {"name": "config", "mountPath": "/etc/postgresql"}]}],
                "volumes": [{"name": "tls-certs", "secret": {"secretName": "postgres-tls"}},
                            {"name": "tls-writable", "emptyDir": {}},
                            {"name": "config", "configMap": {"name": "postgres-config"}}]})")
            << QStringLiteral("Secret postgres-tls key server-cert.pem") << QStringLiteral("Secret postgres-tls key server-key.pem")
            << QStringLiteral("Secret postgres-tls key ca-cert.pem") << 0600 << QStringLiteral("fix-tls-permissions") << QStringLiteral("");

        QTest::newRow("guide: Secret at /tls (defaultMode 0600), chmod on the read-only mount changes nothing")
            << pg << json(R"({
                "initContainers": [{"name": "fix-tls-permissions", "image": "busybox",
                    "command": ["sh", "-c", "chmod 600 /tls/server-key.pem"],
                    "volumeMounts": [{"name": "tls-certs", "mountPath": "/tls"}]}],
                "containers": [{"name": "postgres", "image": "postgres:17-alpine",
                    "args": ["-c", "ssl=on", "-c", "ssl_cert_file=/tls/server-cert.pem", "-c", "ssl_key_file=/tls/server-key.pem",
                             "-c", "ssl_ca_file=/tls/ca-cert.pem"],
                    "volumeMounts": [{"name": "tls-certs", "mountPath": "/tls", "readOnly": true}]}],
                "volumes": [{"name": "tls-certs", "secret": {"secretName": "postgres-tls", "defaultMode": 384}}]})")
            << QStringLiteral("Secret postgres-tls key server-cert.pem") << QStringLiteral("Secret postgres-tls key server-key.pem")
            << QStringLiteral("Secret postgres-tls key ca-cert.pem") << 0600 << QStringLiteral("") << QStringLiteral("");

        QTest::newRow("cert-manager names, no defaultMode: the key is 0644")
            << pg << json(R"({
                "containers": [{"name": "db", "image": "postgres:16",
                    "args": ["-cssl=on", "-cssl_cert_file=/tls/tls.crt", "--ssl_key_file=/tls/tls.key", "-c", "ssl_ca_file=/tls/ca.crt"],
                    "volumeMounts": [{"name": "certs", "mountPath": "/tls/"}]}],
                "volumes": [{"name": "certs", "secret": {"secretName": "pg-cm"}}]})")
            << QStringLiteral("Secret pg-cm key tls.crt") << QStringLiteral("Secret pg-cm key tls.key") << QStringLiteral("Secret pg-cm key ca.crt") << 0644 << QStringLiteral("") << QStringLiteral("");

        QTest::newRow("custom items mapping with a mode for the key")
            << pg << json(R"({
                "containers": [{"name": "db", "image": "postgres:16",
                    "args": ["-c", "ssl_cert_file=/etc/ssl/pg/server.crt", "-c", "ssl_key_file=/etc/ssl/pg/private/server.key",
                             "-c", "ssl_ca_file=/etc/ssl/pg/root.crt"],
                    "volumeMounts": [{"name": "certs", "mountPath": "/etc/ssl/pg"}]}],
                "volumes": [{"name": "certs", "secret": {"secretName": "custom", "defaultMode": 420,
                    "items": [{"key": "cert", "path": "server.crt"}, {"key": "private", "path": "private/server.key", "mode": 256},
                              {"key": "root", "path": "root.crt"}]}}]})")
            << QStringLiteral("Secret custom key cert") << QStringLiteral("Secret custom key private") << QStringLiteral("Secret custom key root") << 0400 << QStringLiteral("") << QStringLiteral("");

        QTest::newRow("subPath mounts of single files")
            << pg << json(R"({
                "containers": [{"name": "db", "image": "postgres:16",
                    "args": ["-c", "ssl_cert_file=/var/lib/postgresql/server.crt", "-c", "ssl_key_file=/var/lib/postgresql/server.key",
                             "-c", "ssl_ca_file=/var/lib/postgresql/root.crt"],
                    "volumeMounts": [{"name": "certs", "mountPath": "/var/lib/postgresql/server.crt", "subPath": "tls.crt"},
                                     {"name": "certs", "mountPath": "/var/lib/postgresql/server.key", "subPath": "tls.key"},
                                     {"name": "certs", "mountPath": "/var/lib/postgresql/root.crt", "subPath": "ca.crt"}]}],
                "volumes": [{"name": "certs", "secret": {"secretName": "pg-cm", "defaultMode": 416}}]})")
            << QStringLiteral("Secret pg-cm key tls.crt") << QStringLiteral("Secret pg-cm key tls.key") << QStringLiteral("Secret pg-cm key ca.crt") << 0640 << QStringLiteral("") << QStringLiteral("");

        QTest::newRow("projected: certificate from one Secret, CA from another")
            << pg << json(R"({
                "containers": [{"name": "db", "image": "postgres:16",
                    "args": ["-c", "ssl_cert_file=/tls/server.crt", "-c", "ssl_key_file=/tls/server.key", "-c", "ssl_ca_file=/tls/ca.crt"],
                    "volumeMounts": [{"name": "tls", "mountPath": "/tls"}]}],
                "volumes": [{"name": "tls", "projected": {"defaultMode": 384, "sources": [
                    {"secret": {"name": "pg-cm", "items": [{"key": "tls.crt", "path": "server.crt"}, {"key": "tls.key", "path": "server.key"}]}},
                    {"secret": {"name": "ca-bundle"}}]}}]})")
            << QStringLiteral("Secret pg-cm key tls.crt") << QStringLiteral("Secret pg-cm key tls.key") << QStringLiteral("Secret ca-bundle key ca.crt") << 0600 << QStringLiteral("") << QStringLiteral("");

        QTest::newRow("a shell wrapper around the entrypoint")
            << pg << json(R"({
                "containers": [{"name": "db", "image": "postgres:16",
                    "command": ["/bin/sh", "-c", "exec docker-entrypoint.sh postgres -c ssl=on -c 'ssl_cert_file=/tls/tls.crt' -c ssl_key_file=/tls/tls.key -c ssl_ca_file=/tls/ca.crt"],
                    "volumeMounts": [{"name": "certs", "mountPath": "/tls"}]}],
                "volumes": [{"name": "certs", "secret": {"secretName": "pg-cm", "defaultMode": 384}}]})")
            << QStringLiteral("Secret pg-cm key tls.crt") << QStringLiteral("Secret pg-cm key tls.key") << QStringLiteral("Secret pg-cm key ca.crt") << 0600 << QStringLiteral("") << QStringLiteral("");

        QTest::newRow("redis: a config file from a ConfigMap")
            << redis << json(R"({
                "containers": [{"name": "redis", "image": "redis:7",
                    "command": ["redis-server", "/etc/redis/redis.conf"],
                    "volumeMounts": [{"name": "conf", "mountPath": "/etc/redis/redis.conf", "subPath": "redis.conf"},
                                     {"name": "certs", "mountPath": "/etc/redis/tls"}]}],
                "volumes": [{"name": "conf", "configMap": {"name": "redis-config"}},
                            {"name": "certs", "secret": {"secretName": "redis-tls", "defaultMode": 256}}]})")
            << QStringLiteral("Secret redis-tls key tls.crt") << QStringLiteral("Secret redis-tls key tls.key") << QStringLiteral("Secret redis-tls key ca.crt") << 0400 << QStringLiteral("") << QStringLiteral("");

        QTest::newRow("rabbitmq: conf.d from a ConfigMap")
            << int(Fleet::Kind::RabbitMQ) << json(R"({
                "containers": [{"name": "rabbitmq", "image": "rabbitmq:3.13-management",
                    "volumeMounts": [{"name": "conf", "mountPath": "/etc/rabbitmq/conf.d"},
                                     {"name": "certs", "mountPath": "/tls"}]}],
                "volumes": [{"name": "conf", "configMap": {"name": "rabbitmq-config"}},
                            {"name": "certs", "secret": {"secretName": "redis-tls", "defaultMode": 384}}]})")
            << QStringLiteral("Secret redis-tls key tls.crt") << QStringLiteral("Secret redis-tls key tls.key") << QStringLiteral("Secret redis-tls key ca.crt") << 0600 << QStringLiteral("") << QStringLiteral("");

        QTest::newRow("no ssl settings anywhere: unknown, not the mounted Secret")
            << pg << json(R"({
                "containers": [{"name": "db", "image": "postgres:16",
                    "volumeMounts": [{"name": "certs", "mountPath": "/tls"}]}],
                "volumes": [{"name": "certs", "secret": {"secretName": "pg-cm", "defaultMode": 384}}]})")
            << QStringLiteral("") << QStringLiteral("") << QStringLiteral("") << -1 << QStringLiteral("") << QStringLiteral("do not set ssl_cert_file");

        QTest::newRow("copied without a visible chmod: the key's mode is unknown")
            << pg << json(R"({
                "initContainers": [{"name": "copy", "image": "busybox", "command": ["cp", "-r", "/src/.", "/tls/"],
                    "volumeMounts": [{"name": "secret", "mountPath": "/src"}, {"name": "work", "mountPath": "/tls"}]}],
                "containers": [{"name": "db", "image": "postgres:16",
                    "args": ["-c", "ssl_cert_file=/tls/tls.crt", "-c", "ssl_key_file=/tls/tls.key", "-c", "ssl_ca_file=/tls/ca.crt"],
                    "volumeMounts": [{"name": "work", "mountPath": "/tls"}]}],
                "volumes": [{"name": "secret", "secret": {"secretName": "pg-cm"}}, {"name": "work", "emptyDir": {}}]})")
            << QStringLiteral("Secret pg-cm key tls.crt") << QStringLiteral("Secret pg-cm key tls.key") << QStringLiteral("Secret pg-cm key ca.crt") << -1 << QStringLiteral("copy")
            << QStringLiteral("without a visible chmod");

        QTest::newRow("an emptyDir nothing visibly fills")
            << pg << json(R"({
                "initContainers": [{"name": "fetch", "image": "vault-agent", "args": ["agent", "-config=/etc/vault.hcl"],
                    "volumeMounts": [{"name": "work", "mountPath": "/tls"}]}],
                "containers": [{"name": "db", "image": "postgres:16",
                    "args": ["-c", "ssl_cert_file=/tls/tls.crt", "-c", "ssl_key_file=/tls/tls.key", "-c", "ssl_ca_file=/tls/ca.crt"],
                    "volumeMounts": [{"name": "work", "mountPath": "/tls"}]}],
                "volumes": [{"name": "work", "emptyDir": {}}]})")
            << QStringLiteral("") << QStringLiteral("") << QStringLiteral("") << -1 << QStringLiteral("") << QStringLiteral("no init container visibly copies");

        QTest::newRow("files not on any mount: from the image")
            << pg << json(R"({
                "containers": [{"name": "db", "image": "postgres:16",
                    "args": ["-c", "ssl_cert_file=/etc/ssl/certs/ssl-cert-snakeoil.pem", "-c", "ssl_key_file=/etc/ssl/private/ssl-cert-snakeoil.key"]}]})")
            << QStringLiteral("") << QStringLiteral("") << QStringLiteral("") << -1 << QStringLiteral("") << QStringLiteral("no volume is mounted at /etc/ssl/certs/ssl-cert-snakeoil.pem");

        QTest::newRow("relative paths are in the data directory, on a PVC")
            << pg << json(R"({
                "containers": [{"name": "db", "image": "postgres:16", "args": ["-c", "ssl=on", "-c", "ssl_cert_file=server.crt", "-c", "ssl_key_file=server.key"],
                    "volumeMounts": [{"name": "data", "mountPath": "/var/lib/postgresql/data"}]}],
                "volumes": [{"name": "data", "persistentVolumeClaim": {"claimName": "db-pvc"}}]})")
            << QStringLiteral("") << QStringLiteral("") << QStringLiteral("") << -1 << QStringLiteral("") << QStringLiteral("/var/lib/postgresql/data/server.crt is on the persistentVolumeClaim volume data");

        QTest::newRow("items that do not project the file the server reads")
            << pg << json(R"({
                "containers": [{"name": "db", "image": "postgres:16",
                    "args": ["-c", "ssl_cert_file=/tls/tls.crt", "-c", "ssl_key_file=/tls/tls.key", "-c", "ssl_ca_file=/tls/ca.crt"],
                    "volumeMounts": [{"name": "certs", "mountPath": "/tls"}]}],
                "volumes": [{"name": "certs", "secret": {"secretName": "pg-cm", "items": [{"key": "tls.crt", "path": "tls.crt"},
                                                                                          {"key": "tls.key", "path": "tls.key"}]}}]})")
            << QStringLiteral("Secret pg-cm key tls.crt") << QStringLiteral("Secret pg-cm key tls.key") << QStringLiteral("") << 0644 << QStringLiteral("") << QStringLiteral("has nothing at ca.crt");

        QTest::newRow("bitnami/postgresql: the TLS files from its env")
            << pg << json(R"({
                "containers": [{"name": "postgresql", "image": "bitnami/postgresql:16",
                    "env": [{"name": "POSTGRESQL_ENABLE_TLS", "value": "yes"},
                            {"name": "POSTGRESQL_TLS_CERT_FILE", "value": "/opt/bitnami/postgresql/certs/tls.crt"},
                            {"name": "POSTGRESQL_TLS_KEY_FILE", "value": "/opt/bitnami/postgresql/certs/tls.key"},
                            {"name": "POSTGRESQL_TLS_CA_FILE", "value": "/opt/bitnami/postgresql/certs/ca.crt"}],
                    "volumeMounts": [{"name": "raw-certificates", "mountPath": "/opt/bitnami/postgresql/certs"}]}],
                "volumes": [{"name": "raw-certificates", "secret": {"secretName": "pg-cm", "defaultMode": 384}}]})")
            << QStringLiteral("Secret pg-cm key tls.crt") << QStringLiteral("Secret pg-cm key tls.key")
            << QStringLiteral("Secret pg-cm key ca.crt") << 0600 << QStringLiteral("") << QStringLiteral("");

        QTest::newRow("bitnami/postgresql with TLS off: its file env says nothing")
            << pg << json(R"({
                "containers": [{"name": "postgresql", "image": "bitnami/postgresql:16",
                    "env": [{"name": "POSTGRESQL_ENABLE_TLS", "value": "no"},
                            {"name": "POSTGRESQL_TLS_CERT_FILE", "value": "/opt/bitnami/postgresql/certs/tls.crt"}],
                    "volumeMounts": [{"name": "raw-certificates", "mountPath": "/opt/bitnami/postgresql/certs"}]}],
                "volumes": [{"name": "raw-certificates", "secret": {"secretName": "pg-cm"}}]})")
            << QStringLiteral("") << QStringLiteral("") << QStringLiteral("") << -1 << QStringLiteral("")
            << QStringLiteral("do not set ssl_cert_file");

        QTest::newRow("bitnami/redis: the TLS files from its env")
            << redis << json(R"({
                "containers": [{"name": "redis", "image": "bitnami/redis:7.2",
                    "env": [{"name": "REDIS_TLS_ENABLED", "value": "true"},
                            {"name": "REDIS_TLS_CERT_FILE", "value": "/opt/bitnami/redis/certs/tls.crt"},
                            {"name": "REDIS_TLS_KEY_FILE", "value": "/opt/bitnami/redis/certs/tls.key"},
                            {"name": "REDIS_TLS_CA_FILE", "value": "/opt/bitnami/redis/certs/ca.crt"}],
                    "volumeMounts": [{"name": "redis-certificates", "mountPath": "/opt/bitnami/redis/certs", "readOnly": true}]}],
                "volumes": [{"name": "redis-certificates", "secret": {"secretName": "redis-tls"}}]})")
            << QStringLiteral("Secret redis-tls key tls.crt") << QStringLiteral("Secret redis-tls key tls.key")
            << QStringLiteral("Secret redis-tls key ca.crt") << 0644 << QStringLiteral("") << QStringLiteral("");

        QTest::newRow("a Secret key the Secret does not have")
            << pg << json(R"({
                "containers": [{"name": "db", "image": "postgres:16",
                    "args": ["-c", "ssl_cert_file=/tls/tls.crt", "-c", "ssl_key_file=/tls/tls.key", "-c", "ssl_ca_file=/tls/ca.crt"],
                    "volumeMounts": [{"name": "certs", "mountPath": "/tls"}]}],
                "volumes": [{"name": "certs", "secret": {"secretName": "pg-cm", "items": [{"key": "tls.crt", "path": "tls.crt"},
                     {"key": "tls.key", "path": "tls.key"}, {"key": "missing", "path": "ca.crt"}]}}]})")
            << QStringLiteral("Secret pg-cm key tls.crt") << QStringLiteral("Secret pg-cm key tls.key") << QStringLiteral("Secret pg-cm key missing") << 0644 << QStringLiteral("")
            << QStringLiteral("has no key missing");
    }

    void resolves()
    {
        QFETCH(int, kind);
        QFETCH(QJsonObject, podSpec);
        QFETCH(QString, certificate);
        QFETCH(QString, key);
        QFETCH(QString, ca);
        QFETCH(int, keyMode);
        QFETCH(QString, copiedBy);
        QFETCH(QString, reason);
        const Fleet::TlsMaterial m = Fleet::resolveTlsMaterial(Fleet::Kind(kind), podSpec, {}, standardSecrets(), standardConfigMaps());
        const QByteArray json = QJsonDocument(m.toJson()).toJson();
        QCOMPARE(m.certificate.describe(), certificate);
        QCOMPARE(m.key.describe(), key);
        QCOMPARE(m.ca.describe(), ca);
        QCOMPARE(m.key.resolved() && m.key.mode ? *m.key.mode : -1, keyMode);
        QCOMPARE(m.key.copiedBy, copiedBy);
        const QString reasons = QStringList{m.unknownReason, m.certificate.unknownReason, m.key.unknownReason,
                                            m.ca.unknownReason, m.key.modeUnknownReason}.join(u'|');
        if (reason.isEmpty())
            QVERIFY2(reasons == u"||||", qPrintable(reasons));
        else
            QVERIFY2(reasons.contains(reason), qPrintable(reasons));
        // The chain is in the JSON the snapshot carries, never the bytes.
        QVERIFY(!json.contains("bytes of"));
        if (!certificate.isEmpty())
            QVERIFY(json.contains(certificate.section(u' ', -1).toUtf8()));
    }

    /** The reasons are looked up under the context lupdate extracts them with, so they reach people translated. */
    void reasonsAreTranslated()
    {
        const QJsonObject spec = json(R"({
                "containers": [{"name": "db", "image": "postgres:16",
                    "args": ["-c", "ssl_cert_file=/tls/tls.crt", "-c", "ssl_key_file=/tls/tls.key", "-c", "ssl_ca_file=/tls/ca.crt"],
                    "volumeMounts": [{"name": "certs", "mountPath": "/tls"}]}],
                "volumes": [{"name": "certs", "secret": {"secretName": "pg-cm", "items": [{"key": "tls.crt", "path": "tls.crt"},
                     {"key": "tls.key", "path": "tls.key"}, {"key": "missing", "path": "ca.crt"}]}}]})");
        QVERIFY(Core::installTranslations(QStringLiteral("es")));
        const Fleet::TlsMaterial m
            = Fleet::resolveTlsMaterial(Fleet::Kind::PostgreSQL, spec, {}, standardSecrets(), standardConfigMaps());
        QVERIFY(Core::installTranslations(QStringLiteral("en")));
        QCOMPARE(m.ca.unknownReason, QStringLiteral("el Secret pg-cm no tiene la clave missing"));
        QCOMPARE(m.key.modeSource, QStringLiteral("0644 por omisión de Kubernetes"));
    }

    /** The scanner names the Secret key of a server certificate that is not one (#14); a real one gives no error. */
    void scanNamesTheSecretKeyOfABrokenCertificate_data()
    {
        QTest::addColumn<QByteArray>("certificatePem");
        QTest::addColumn<bool>("named");
        const Test::CertFactory ca;
        QTest::newRow("not PEM") << QByteArray("not a certificate") << true;
        QTest::newRow("a private key") << QByteArray("-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIA==\n-----END PRIVATE KEY-----\n")
                                       << true;
        QTest::newRow("a PEM certificate") << ca.caCertificatePem() << false;
    }

    void scanNamesTheSecretKeyOfABrokenCertificate()
    {
        QFETCH(QByteArray, certificatePem);
        QFETCH(bool, named);
        const GuideLayout::Objects objects = GuideLayout::build(QStringLiteral("bakery-ia"), GuideLayout::Naming::Guide,
                                                                GuideLayout::Layout::Copied, {"C", "K", "R", "RK", "A"});
        Fleet::Datastore store;
        store.name = QStringLiteral("auth-db");
        store.kind = Fleet::Kind::PostgreSQL;
        store.tlsMaterial = Fleet::resolveTlsMaterial(Fleet::Kind::PostgreSQL,
                                                      at(objects.deployments.first(), {"spec", "template", "spec"}).toObject(),
                                                      QStringLiteral("postgres"), objects.secrets, objects.configMaps);
        store.tlsSecretCertificatePem = certificatePem;
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        Fleet::ScanTarget target;
        target.name = store.name;
        target.kind = store.kind;
        target.host = QStringLiteral("127.0.0.1");
        target.port = closed.serverPort();
        target.k8s = store;
        closed.close(); // nothing answers: the certificate is judged all the same, from the Secret

        Fleet::FleetScanner scanner;
        QSignalSpy finished(&scanner, &Fleet::FleetScanner::finished);
        Fleet::ScanOptions options;
        options.connectTimeoutMs = 1500;
        scanner.start({ target }, options);
        QVERIFY(finished.wait(30000) || !finished.isEmpty());
        const auto reports = finished.constFirst().constFirst().value<QList<Fleet::DatastoreReport>>();
        QCOMPARE(reports.size(), 1);
        const QString error = QStringLiteral("Secret postgres-tls key server-cert.pem: not a PEM certificate");
        QVERIFY2(reports.first().errors.contains(error) == named, qPrintable(reports.first().errors.join(u'\n')));
    }

    void modeSourceAndPathAreRecorded()
    {
        const GuideLayout::Objects objects = GuideLayout::build(QStringLiteral("bakery-ia"), GuideLayout::Naming::Guide,
                                                                GuideLayout::Layout::Copied, {"C", "K", "R", "RK", "A"});
        const QJsonObject spec = at(objects.deployments.first(), {"spec", "template", "spec"}).toObject();
        const Fleet::TlsMaterial m = Fleet::resolveTlsMaterial(Fleet::Kind::PostgreSQL, spec, QStringLiteral("postgres"),
                                                               objects.secrets, objects.configMaps);
        QCOMPARE(m.key.path, QStringLiteral("/tls/server-key.pem"));
        QCOMPARE(m.key.configuredBy, QStringLiteral("ConfigMap postgres-config key postgresql.conf"));
        QVERIFY(m.key.modeSource.contains(QStringLiteral("chmod 600 /tls/server-key.pem")));
        QCOMPARE(m.certificate.mode, std::optional<int>(0644));
        QCOMPARE(Fleet::tlsFileContent(m.ca, objects.secrets, objects.configMaps), QByteArray("A"));
        const QJsonObject json = m.toJson();
        QCOMPARE(at(json, {"key", "secret"}).toString(), QStringLiteral("postgres-tls"));
        QCOMPARE(at(json, {"key", "key"}).toString(), QStringLiteral("server-key.pem"));
        QCOMPARE(at(json, {"key", "mode"}).toString(), QStringLiteral("0600"));
        QCOMPARE(at(json, {"ca", "path"}).toString(), QStringLiteral("/tls/ca-cert.pem"));
    }

    void serverSettingsWin()
    {
        // SHOW ssl_cert_file says what the server actually reads, whatever the manifest's config file says.
        const QJsonObject spec = json(R"({
            "containers": [{"name": "db", "image": "postgres:16", "args": ["-c", "ssl_cert_file=/tls/server-cert.pem"],
                "volumeMounts": [{"name": "certs", "mountPath": "/tls"}]}],
            "volumes": [{"name": "certs", "secret": {"secretName": "pg-cm"}}]})");
        const Fleet::TlsMaterial m = Fleet::resolveTlsMaterial(
            Fleet::Kind::PostgreSQL, spec, {}, standardSecrets(), {},
            {{QStringLiteral("ssl_cert_file"), QStringLiteral("/tls/tls.crt")}, {QStringLiteral("ssl_key_file"), QStringLiteral("/tls/tls.key")}});
        QCOMPARE(m.certificate.describe(), QStringLiteral("Secret pg-cm key tls.crt"));
        QCOMPARE(m.certificate.configuredBy, QStringLiteral("SHOW ssl_cert_file"));
        QCOMPARE(m.key.describe(), QStringLiteral("Secret pg-cm key tls.key"));
    }

    void inventoryTakesItsFactsFromTheChain_data()
    {
        QTest::addColumn<int>("naming");
        QTest::addColumn<int>("layout");
        QTest::newRow("guide names, copied") << int(GuideLayout::Naming::Guide) << int(GuideLayout::Layout::Copied);
        QTest::newRow("guide names, Secret at /tls") << int(GuideLayout::Naming::Guide) << int(GuideLayout::Layout::Direct);
        QTest::newRow("cert-manager names, copied") << int(GuideLayout::Naming::CertManager) << int(GuideLayout::Layout::Copied);
        QTest::newRow("cert-manager names, Secret at /tls") << int(GuideLayout::Naming::CertManager) << int(GuideLayout::Layout::Direct);
    }

    void inventoryTakesItsFactsFromTheChain()
    {
        QFETCH(int, naming);
        QFETCH(int, layout);
        const GuideLayout::Objects objects = GuideLayout::build(QStringLiteral("bakery-ia"), GuideLayout::Naming(naming),
                                                                GuideLayout::Layout(layout), {"PC", "PK", "RC", "RK", "CA"});
        Fleet::ClusterObjects cluster;
        cluster.namespaceName = QStringLiteral("bakery-ia");
        cluster.deployments = objects.deployments;
        cluster.services = objects.services;
        cluster.secrets = objects.secrets;
        cluster.configMaps = objects.configMaps;
        cluster.pvcs = objects.pvcs;
        const QList<Fleet::Datastore> stores = Fleet::discover(cluster);
        QCOMPARE(stores.size(), 15);
        for (const Fleet::Datastore &store : stores) {
            const bool redis = store.kind == Fleet::Kind::Redis;
            QCOMPARE(store.tlsSecretName, redis ? QStringLiteral("redis-tls") : QStringLiteral("postgres-tls"));
            QCOMPARE(store.tlsSecretCertificatePem, redis ? QByteArray("RC") : QByteArray("PC"));
            QCOMPARE(store.tlsSecretCaPem, QByteArray("CA"));
            QCOMPARE(store.keyFileMode, std::optional<int>(0600));
            QCOMPARE(store.keyModeFixedByInitContainer, GuideLayout::Layout(layout) == GuideLayout::Layout::Copied);
            const GuideLayout::Keys keys = GuideLayout::keysFor(GuideLayout::Naming(naming), redis);
            QCOMPARE(store.tlsMaterial.key.key, keys.key);
            QCOMPARE(store.tlsMaterial.ca.key, keys.ca);
            QCOMPARE(at(store.toJson(), {"tlsMaterial", "certificate", "key"}).toString(), keys.certificate);
        }
    }
};

QTEST_GUILESS_MAIN(TestTlsMaterial)
#include "testtlsmaterial.moc"
