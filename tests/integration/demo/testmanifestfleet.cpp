// SPDX-License-Identifier: GPL-3.0-or-later
// The demo's kubelet on manifests, with real servers: env from Secrets and ConfigMaps reaches initdb, $(VAR)
// expansion reaches the command line, initdb.d scripts from a ConfigMap run, items and modes give the key its
// mode (the server then serves TLS), a wrong ssl_cert_file is the server's own FATAL and CrashLoopBackOff, a
// PVC that is Pending keeps its pod Pending until it binds, a rabbitmq image runs the broker its configuration
// describes, and workloads applied or deleted while it runs start or stop their servers.
#include "certfactory.h"
#include "demo/apiserver.h"
#include "demo/localserver.h"
#include "demo/manifestfleet.h"
#include "demo/manifestloader.h"
#include "demo/manifestservers.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <signal.h>
#include <sys/stat.h>

namespace {

const QString ns = QStringLiteral("mf");

QByteArray b64(const QByteArray &data)
{
    return data.toBase64();
}

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
    // The event loop keeps running: the emulator kubectl talks to lives in this process.
    if (!process.waitForStarted(10000)
        || !QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 60000)) {
        process.kill();
        process.waitForFinished();
        result.err = process.errorString().toUtf8();
        return result;
    }
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

/** The manifests: one workload per test, all started together. */
QByteArray manifests(const QByteArray &caPem, const QByteArray &certPem, const QByteArray &keyPem)
{
    QByteArray yaml = R"YAML(
apiVersion: v1
kind: Secret
metadata: {name: env-db-secret}
stringData:
  POSTGRES_USER: shop_owner
  POSTGRES_PASSWORD: "Kq3vX8pLm2Nz7RtY4wBs9CdF6gHj1aE5"
---
apiVersion: v1
kind: ConfigMap
metadata: {name: env-db-config}
data:
  POSTGRES_DB: shop
  CLUSTER: bakery-main
---
apiVersion: v1
kind: ConfigMap
metadata: {name: env-db-initdb}
data:
  01-schema.sql: |
    CREATE TABLE items (id int PRIMARY KEY, name text);
    INSERT INTO items VALUES (1, 'rye'), (2, 'spelt'), (3, 'oat');
  02-more.sh: |
    psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" -c "CREATE TABLE from_script (id int)"
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: env-db}
spec:
  selector: {matchLabels: {app: env-db}}
  template:
    metadata: {labels: {app: env-db}}
    spec:
      containers:
      - name: postgres
        image: postgres:17-alpine
        envFrom:
        - configMapRef: {name: env-db-config}
        env:
        - name: POSTGRES_USER
          valueFrom: {secretKeyRef: {name: env-db-secret, key: POSTGRES_USER}}
        - name: POSTGRES_PASSWORD
          valueFrom: {secretKeyRef: {name: env-db-secret, key: POSTGRES_PASSWORD}}
        args: ["-c", "cluster_name=$(CLUSTER)", "-c", "application_name=$$(CLUSTER)"]
        volumeMounts:
        - {name: initdb, mountPath: /docker-entrypoint-initdb.d}
      volumes:
      - name: initdb
        configMap: {name: env-db-initdb}
---
apiVersion: v1
kind: Secret
metadata: {name: cache-secret}
stringData: {REDIS_PASSWORD: "Wm5Qa8Zr2Xt7Lp4Vn9Bc3Hd6Jf1Ks0Ge"}
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: cache}
spec:
  selector: {matchLabels: {app: cache}}
  template:
    metadata: {labels: {app: cache}}
    spec:
      containers:
      - name: redis
        image: redis:7.4-alpine
        env:
        - name: REDIS_PASSWORD
          valueFrom: {secretKeyRef: {name: cache-secret, key: REDIS_PASSWORD}}
        command: ["redis-server", "--requirepass", "$(REDIS_PASSWORD)", "--appendonly", "yes"]
        volumeMounts:
        - {name: data, mountPath: /data}
      volumes:
      - name: data
        emptyDir: {}
---
apiVersion: v1
kind: Secret
metadata: {name: pg-tls}
data:
  tls.crt: CERT
  tls.key: KEY
  ca.crt: CA
---
apiVersion: v1
kind: Secret
metadata: {name: tls-db-secret}
stringData: {POSTGRES_PASSWORD: "Hs8Jd3Kf7Lg2Mq5Nw9Pe4Rt1Vy6Xz0Ab"}
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: tls-db}
spec:
  selector: {matchLabels: {app: tls-db}}
  template:
    metadata: {labels: {app: tls-db}}
    spec:
      initContainers:
      - name: fix-tls-permissions
        image: busybox
        command: [sh, -c, "cp /tls-source/server-key.pem /tls-source/server-cert.pem /tls/ && chown 70:70 /tls/server-key.pem"]
        volumeMounts:
        - {name: tls-source, mountPath: /tls-source}
        - {name: tls, mountPath: /tls}
      containers:
      - name: postgres
        image: postgres:17-alpine
        envFrom:
        - secretRef: {name: tls-db-secret}
        env:
        - {name: POSTGRES_INITDB_ARGS, value: "--auth-host=scram-sha-256"}
        args: [-c, ssl=on, -c, ssl_cert_file=/tls/server-cert.pem, -c, ssl_key_file=/tls/server-key.pem, -c, ssl_ca_file=/etc/ca/ca.pem]
        volumeMounts:
        - {name: tls, mountPath: /tls, readOnly: true}
        - {name: tls-source, mountPath: /etc/ca/ca.pem, subPath: ca-cert.pem}
      volumes:
      - name: tls-source
        secret:
          secretName: pg-tls
          defaultMode: 0644
          items:
          - {key: tls.crt, path: server-cert.pem}
          - {key: tls.key, path: server-key.pem, mode: 0600}
          - {key: ca.crt, path: ca-cert.pem}
      - name: tls
        emptyDir: {}
---
apiVersion: v1
kind: ConfigMap
metadata: {name: conf-db-config}
data:
  postgresql.conf: |
    listen_addresses = '*'
    port = 5432
    ssl = on
    ssl_cert_file = '/tls/server-cert.pem'   # read from the pod's volume
    ssl_key_file='/tls/server-key.pem'
    ssl_min_protocol_version = 'TLSv1.2'
    hba_file = '/etc/postgresql/pg_hba.conf'
    log_connections = on
  pg_hba.conf: |
    local all all trust
    hostssl all all all scram-sha-256
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: conf-db}
spec:
  selector: {matchLabels: {app: conf-db}}
  template:
    metadata: {labels: {app: conf-db}}
    spec:
      initContainers:
      - name: fix-tls-permissions
        image: busybox
        command: [sh, -c, "cp /tls-source/server-key.pem /tls-source/server-cert.pem /tls/ && chown 999 /tls/server-key.pem"]
        volumeMounts:
        - {name: tls-source, mountPath: /tls-source}
        - {name: tls, mountPath: /tls}
      containers:
      - name: postgres
        image: postgres:16
        envFrom:
        - secretRef: {name: tls-db-secret}
        args: ["-c", "config_file=/etc/postgresql/postgresql.conf"]
        volumeMounts:
        - {name: tls, mountPath: /tls, readOnly: true}
        - {name: config, mountPath: /etc/postgresql}
      volumes:
      - name: tls-source
        secret: {secretName: pg-tls, items: [{key: tls.crt, path: server-cert.pem}, {key: tls.key, path: server-key.pem, mode: 0600}]}
      - name: tls
        emptyDir: {}
      - name: config
        configMap: {name: conf-db-config}
---
apiVersion: v1
kind: ConfigMap
metadata: {name: conf-cache-config}
data:
  redis.conf: |
    port 0
    tls-port 6390
    tls-cert-file /tls/server-cert.pem
    tls-key-file "/tls/server-key.pem"
    tls-ca-cert-file /tls/ca-cert.pem
    tls-auth-clients no
    requirepass conf-cache-password-0123456789ab
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: conf-cache}
spec:
  selector: {matchLabels: {app: conf-cache}}
  template:
    metadata: {labels: {app: conf-cache}}
    spec:
      containers:
      - name: redis
        image: redis:7.4-alpine
        args: ["/usr/local/etc/redis/redis.conf"]
        ports: [{containerPort: 6390}]
        volumeMounts:
        - {name: tls, mountPath: /tls}
        - {name: config, mountPath: /usr/local/etc/redis}
      volumes:
      - name: tls
        secret: {secretName: pg-tls, items: [{key: tls.crt, path: server-cert.pem}, {key: tls.key, path: server-key.pem}, {key: ca.crt, path: ca-cert.pem}]}
      - name: config
        configMap: {name: conf-cache-config}
---
apiVersion: apps/v1
kind: StatefulSet
metadata: {name: sts-db}
spec:
  serviceName: sts-db
  selector: {matchLabels: {app: sts-db}}
  template:
    metadata: {labels: {app: sts-db}}
    spec:
      containers:
      - name: postgres
        image: postgres:17
        env: [{name: POSTGRES_PASSWORD, value: "Zq8Xw4Cv1Bn7Mm3Lk9Jh5Gf2Ds6Ap0Qe"}]
        volumeMounts: [{name: data, mountPath: /var/lib/postgresql/data}]
  volumeClaimTemplates:
  - metadata: {name: data}
    spec: {accessModes: [ReadWriteOnce], resources: {requests: {storage: 1Gi}}}
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: init-fails}
spec:
  selector: {matchLabels: {app: init-fails}}
  template:
    metadata: {labels: {app: init-fails}}
    spec:
      initContainers:
      - name: copy-missing
        image: busybox
        command: [cp, /src/missing.pem, /dst/]
        volumeMounts: [{name: src, mountPath: /src}, {name: dst, mountPath: /dst}]
      - name: generate
        image: alpine/openssl
        command: [sh, -c, "openssl req -x509 -nodes -out /dst/cert.pem"]
      containers:
      - {name: redis, image: "redis:7"}
      volumes:
      - {name: src, emptyDir: {}}
      - {name: dst, emptyDir: {}}
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: broken-db}
spec:
  selector: {matchLabels: {app: broken-db}}
  template:
    metadata: {labels: {app: broken-db}}
    spec:
      containers:
      - name: postgres
        image: postgres:17-alpine
        envFrom:
        - secretRef: {name: tls-db-secret}
        args: [-c, ssl=on, -c, ssl_cert_file=/tls/wrong-name.pem, -c, ssl_key_file=/tls/server-key.pem]
        volumeMounts:
        - {name: tls, mountPath: /tls}
      volumes:
      - name: tls
        secret: {secretName: pg-tls, items: [{key: tls.crt, path: server-cert.pem}, {key: tls.key, path: server-key.pem}]}
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata: {name: slow-pvc}
spec:
  storageClassName: fast-ssd
  accessModes: [ReadWriteOnce]
  resources: {requests: {storage: 2Gi}}
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: waiting-db}
spec:
  selector: {matchLabels: {app: waiting-db}}
  template:
    metadata: {labels: {app: waiting-db}}
    spec:
      containers:
      - name: postgres
        image: postgres:17-alpine
        env: [{name: POSTGRES_HOST_AUTH_METHOD, value: trust}]
        volumeMounts: [{name: data, mountPath: /var/lib/postgresql/data}]
      volumes:
      - name: data
        persistentVolumeClaim: {claimName: slow-pvc}
---
apiVersion: v1
kind: Secret
metadata: {name: broker-secret}
stringData: {RABBITMQ_DEFAULT_USER: bakery_mq, RABBITMQ_DEFAULT_PASS: "Tn4Ys8Uq2Wr6Ep0Ia5Od9Fs3Gh7Jk1Lz"}
---
apiVersion: v1
kind: ConfigMap
metadata: {name: broker-config}
data:
  rabbitmq.conf: |
    listeners.tcp = none
    listeners.ssl.default = 5671
    ssl_options.cacertfile = /etc/rabbitmq/tls/ca.crt
    ssl_options.certfile   = /etc/rabbitmq/tls/tls.crt
    ssl_options.keyfile    = /etc/rabbitmq/tls/tls.key
    ssl_options.verify = verify_peer
    ssl_options.fail_if_no_peer_cert = false
    ssl_options.versions.1 = tlsv1.3
    ssl_options.versions.2 = tlsv1.2
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: broker}
spec:
  selector: {matchLabels: {app: broker}}
  template:
    metadata: {labels: {app: broker}}
    spec:
      containers:
      - name: rabbitmq
        image: rabbitmq:3.13-management
        envFrom:
        - secretRef: {name: broker-secret}
        ports: [{containerPort: 5671}, {containerPort: 15672}]
        volumeMounts:
        - {name: config, mountPath: /etc/rabbitmq/rabbitmq.conf, subPath: rabbitmq.conf}
        - {name: tls, mountPath: /etc/rabbitmq/tls, readOnly: true}
      volumes:
      - name: config
        configMap: {name: broker-config}
      - name: tls
        secret: {secretName: pg-tls}
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web, app.kubernetes.io/component: service}}
    spec:
      containers:
      - name: web
        image: bakery/web:1
        env: [{name: MODE, value: production}]
)YAML";
    yaml.replace("tls.crt: CERT", QByteArray("tls.crt: " + b64(certPem)));
    yaml.replace("tls.key: KEY", QByteArray("tls.key: " + b64(keyPem)));
    yaml.replace("ca.crt: CA", QByteArray("ca.crt: " + b64(caPem)));
    return yaml;
}

} // namespace

class TestManifestFleet final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Demo::ManifestFleet> m_fleet;
    QString m_kubectl;
    Test::CertFactory m_ca;

    QJsonObject pod(const QString &workload) const
    {
        for (const QJsonObject &p : m_fleet->apiServer()->store().list(QStringLiteral("pods"), ns)) {
            if (p.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("name")).toString().startsWith(
                    workload + u'-'))
                return p;
        }
        return {};
    }

    static QJsonObject containerStatus(const QJsonObject &pod)
    {
        return pod.value(QStringLiteral("status"))
            .toObject()
            .value(QStringLiteral("containerStatuses"))
            .toArray()
            .at(0)
            .toObject();
    }

    Demo::ManifestServer *server(const QString &workload) const
    {
        for (Demo::LocalServer *s : m_fleet->servers()) {
            if (s->name() == workload && s->state() == Demo::LocalServer::State::Running)
                return qobject_cast<Demo::ManifestServer *>(s);
        }
        return nullptr;
    }

    QProcessEnvironment kubectlEnvironment() const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("KUBECACHEDIR"), m_dir->filePath(QStringLiteral("kubecache")));
        environment.insert(QStringLiteral("KUBECONFIG"), m_fleet->kubeconfigPath());
        return environment;
    }

    Run psql(quint16 port, const QString &user, const QByteArray &password, const QString &database,
             const QString &sql, const QString &sslmode = QStringLiteral("disable"))
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("PGPASSWORD"), QString::fromUtf8(password));
        environment.insert(QStringLiteral("PGSSLMODE"), sslmode);
        environment.insert(QStringLiteral("PGCONNECT_TIMEOUT"), QStringLiteral("10"));
        return run(Demo::postgresBinDir() + QStringLiteral("/psql"),
                   { QStringLiteral("-X"), QStringLiteral("-At"), QStringLiteral("-h"), QStringLiteral("127.0.0.1"),
                     QStringLiteral("-p"), QString::number(port), QStringLiteral("-U"), user, QStringLiteral("-d"),
                     database, QStringLiteral("-c"), sql },
                   environment);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_ca.isValid(), qPrintable(m_ca.errorString()));
        Test::LeafOptions leaf;
        leaf.dnsNames = { QStringLiteral("localhost"), QStringLiteral("tls-db") };
        const Test::IssuedCertificate issued = m_ca.issue(leaf);
        QVERIFY(!issued.certificatePem.isEmpty());
        m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/proofer-test-")
                                                + QStringLiteral(PROOFER_TEST_TAG) + QStringLiteral("-XXXXXX"));
        QFile::setPermissions(m_dir->path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                                 | QFile::ExeGroup | QFile::ExeOther);
        Demo::ManifestSet set;
        QVERIFY2(Demo::parseManifests(manifests(m_ca.caCertificatePem(), issued.certificatePem,
                                                issued.key.privateKeyPem.reveal()),
                                      QStringLiteral("test.yaml"), &set),
                 qPrintable(set.error));
        Demo::ManifestFleetOptions options;
        options.defaultNamespace = ns;
        options.stateDir = m_dir->filePath(QStringLiteral("state"));
        m_fleet = std::make_unique<Demo::ManifestFleet>(set, options);
        m_fleet->setBackoff(2000);
        bool ready = false;
        QString error;
        connect(m_fleet.get(), &Demo::ManifestFleet::ready, this, [&] { ready = true; });
        connect(m_fleet.get(), &Demo::ManifestFleet::failed, this, [&](const QString &e) { error = e; });
        m_fleet->start();
        QVERIFY2(QTest::qWaitFor([&] { return ready || !error.isEmpty(); }, 240000), "the fleet did not settle");
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_kubectl = QStandardPaths::findExecutable(QStringLiteral("kubectl"));
    }

    void cleanupTestCase()
    {
        if (!m_fleet)
            return;
        bool stopped = false;
        connect(m_fleet.get(), &Demo::ManifestFleet::stopped, this, [&] { stopped = true; });
        m_fleet->stop();
        QVERIFY(QTest::qWaitFor([&] { return stopped; }, 60000));
        for (Demo::LocalServer *s : m_fleet->servers())
            QVERIFY2(s->pid() == 0 || ::kill(pid_t(s->pid()), 0) != 0, qPrintable(s->name()));
    }

    // POSTGRES_USER and POSTGRES_PASSWORD from a Secret, POSTGRES_DB from a ConfigMap (envFrom), $(CLUSTER) in args,
    // and the initdb.d scripts of a ConfigMap: what the image's entrypoint made is there.
    void envSecretsConfigMapsAndInitdbScripts()
    {
        QTRY_VERIFY_WITH_TIMEOUT(server(QStringLiteral("env-db")), 60000);
        const QJsonObject status = containerStatus(pod(QStringLiteral("env-db")));
        QCOMPARE(status.value(QStringLiteral("ready")).toBool(), true);
        QCOMPARE(status.value(QStringLiteral("image")).toString(), QStringLiteral("postgres:17-alpine"));
        QVERIFY2(status.value(QStringLiteral("imageID")).toString().startsWith(QStringLiteral("local PostgreSQL ")),
                 qPrintable(status.value(QStringLiteral("imageID")).toString()));
        const Run result = psql(server(QStringLiteral("env-db"))->port(), QStringLiteral("shop_owner"),
                                "Kq3vX8pLm2Nz7RtY4wBs9CdF6gHj1aE5", QStringLiteral("shop"),
                                QStringLiteral("SELECT current_user || '|' || current_database() || '|' || "
                                               "current_setting('cluster_name') || '|' || "
                                               "current_setting('application_name', true) || '|' || "
                                               "(SELECT count(*) FROM items) || '|' || "
                                               "(to_regclass('from_script') IS NOT NULL)"));
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QCOMPARE(result.out.trimmed(), QByteArray("shop_owner|shop|bakery-main|psql|3|true"));
        // The image's pg_hba: initdb's lines, then "host all all all <password_encryption>".
        QFile hba(qobject_cast<Demo::ManifestPostgres *>(server(QStringLiteral("env-db")))->dataDirectory()
                  + QStringLiteral("/pg_hba.conf"));
        QVERIFY(hba.open(QIODevice::ReadOnly));
        QVERIFY(hba.readAll().trimmed().endsWith("host all all all scram-sha-256"));
        // $$(CLUSTER) is not expanded: the server got the text as written.
        QFile log(server(QStringLiteral("env-db"))->logFile());
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QByteArray text = log.readAll();
        QVERIFY2(text.contains("running /") && text.contains("01-schema.sql"), text.right(2000).constData());
        QVERIFY2(!text.contains("Kq3vX8pLm2Nz7RtY4wBs9CdF6gHj1aE5"), "the password reached the pod's log");
    }

    void redisCommandLineWithExpandedPassword()
    {
        QTRY_VERIFY_WITH_TIMEOUT(server(QStringLiteral("cache")), 60000);
        const QString cli = QStandardPaths::findExecutable(QStringLiteral("redis-cli"));
        QVERIFY2(!cli.isEmpty(), "redis-cli is needed (redis-tools)");
        const QString port = QString::number(server(QStringLiteral("cache"))->port());
        const Run authed = run(cli, { QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"), port,
                                      QStringLiteral("--no-auth-warning"), QStringLiteral("-a"),
                                      QStringLiteral("Wm5Qa8Zr2Xt7Lp4Vn9Bc3Hd6Jf1Ks0Ge"),
                                      QStringLiteral("CONFIG"), QStringLiteral("GET"), QStringLiteral("appendonly") });
        QVERIFY2(authed.out.contains("appendonly\nyes"), authed.out.constData());
        const Run anonymous = run(cli, { QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"), port,
                                         QStringLiteral("PING") });
        QVERIFY2(anonymous.out.contains("NOAUTH"), anonymous.out.constData());
    }

    // items give server-key.pem its 0600; the init container gives it to the server's user; the server serves TLS
    // with the files at the container paths its arguments name (a subPath mount for the CA).
    void itemsModesAndInitContainerLetTheServerServeTls()
    {
        QTRY_VERIFY_WITH_TIMEOUT(server(QStringLiteral("tls-db")), 60000);
        Demo::ManifestServer *tls = server(QStringLiteral("tls-db"));
        const QString sourceKey = tls->container().hostPath(QStringLiteral("/etc/ca/ca.pem"));
        QVERIFY(QFile::exists(sourceKey));
        struct stat info = {};
        const QString sandboxKey = QFileInfo(sourceKey).path() + QStringLiteral("/server-key.pem");
        QCOMPARE(::stat(QFile::encodeName(sandboxKey).constData(), &info), 0);
        QCOMPARE(int(info.st_mode & 07777), 0600); // the item's mode
        QCOMPARE(::stat(QFile::encodeName(QFileInfo(sourceKey).path() + QStringLiteral("/server-cert.pem")).constData(),
                        &info),
                 0);
        QCOMPARE(int(info.st_mode & 07777), 0644); // defaultMode
        const QString servedKey = tls->container().hostPath(QStringLiteral("/tls/server-key.pem"));
        QCOMPARE(::stat(QFile::encodeName(servedKey).constData(), &info), 0);
        QCOMPARE(int(info.st_mode & 07777), 0600);
        QCOMPARE(info.st_uid, Demo::serverUser(nullptr)->uid); // chown 70:70 → the servers' user
        const Run result = psql(tls->port(), QStringLiteral("postgres"), "Hs8Jd3Kf7Lg2Mq5Nw9Pe4Rt1Vy6Xz0Ab",
                                QStringLiteral("postgres"), QStringLiteral("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()"),
                                QStringLiteral("require"));
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QCOMPARE(result.out.trimmed(), QByteArray("t"));
        const QJsonArray inits
            = pod(QStringLiteral("tls-db")).value(QStringLiteral("status")).toObject().value(QStringLiteral("initContainerStatuses")).toArray();
        QCOMPARE(inits.at(0).toObject().value(QStringLiteral("state")).toObject().value(QStringLiteral("terminated")).toObject().value(QStringLiteral("reason")).toString(),
                 QStringLiteral("Completed"));
    }

    // A postgresql.conf and pg_hba.conf from a ConfigMap (config_file=…): the paths they name are the pod's.
    void configurationFileFromAConfigMap()
    {
        QTRY_VERIFY_WITH_TIMEOUT(server(QStringLiteral("conf-db")), 60000);
        const quint16 port = server(QStringLiteral("conf-db"))->port();
        const Run tls = psql(port, QStringLiteral("postgres"), "Hs8Jd3Kf7Lg2Mq5Nw9Pe4Rt1Vy6Xz0Ab", QStringLiteral("postgres"),
                             QStringLiteral("SELECT current_setting('ssl') || '|' || current_setting('ssl_min_protocol_version')"),
                             QStringLiteral("require"));
        QVERIFY2(tls.exitCode == 0, tls.err.constData());
        QCOMPARE(tls.out.trimmed(), QByteArray("on|TLSv1.2"));
        // Its pg_hba.conf has only hostssl: a plaintext connection finds no line.
        const Run plain = psql(port, QStringLiteral("postgres"), "Hs8Jd3Kf7Lg2Mq5Nw9Pe4Rt1Vy6Xz0Ab",
                               QStringLiteral("postgres"), QStringLiteral("SELECT 1"), QStringLiteral("disable"));
        QVERIFY(plain.exitCode != 0);
        QVERIFY2(plain.err.contains("no pg_hba.conf entry") && plain.err.contains("no encryption"), plain.err.constData());
    }

    // A redis.conf from a ConfigMap: its TLS files are the pod's, its tls-port is the one served.
    void redisConfigurationFile()
    {
        QTRY_VERIFY_WITH_TIMEOUT(server(QStringLiteral("conf-cache")), 60000);
        Demo::ManifestServer *redis = server(QStringLiteral("conf-cache"));
        QCOMPARE(redis->portMap().first().first, quint16(6390));
        const QString cli = QStandardPaths::findExecutable(QStringLiteral("redis-cli"));
        QVERIFY2(!cli.isEmpty(), "redis-cli is needed (redis-tools)");
        const QString ca = m_dir->filePath(QStringLiteral("ca.pem"));
        QFile caFile(ca);
        QVERIFY(caFile.open(QIODevice::WriteOnly));
        caFile.write(m_ca.caCertificatePem());
        caFile.close();
        const Run ping = run(cli, { QStringLiteral("--tls"), QStringLiteral("--cacert"), ca, QStringLiteral("--sni"),
                                    QStringLiteral("localhost"), QStringLiteral("-h"), QStringLiteral("127.0.0.1"),
                                    QStringLiteral("-p"), QString::number(redis->port()), QStringLiteral("--no-auth-warning"),
                                    QStringLiteral("-a"), QStringLiteral("conf-cache-password-0123456789ab"),
                                    QStringLiteral("PING") });
        QVERIFY2(ping.out.trimmed() == "PONG", QByteArray(ping.out + ping.err).constData());
    }

    // The official rabbitmq image: rabbitmq.conf by subPath, its TLS files from a Secret, the first user from the
    // env (a Secret), the management plugin of the -management tag; the broker serves AMQPS with that certificate.
    void rabbitMqImageFromManifests()
    {
        if (Demo::LocalRabbitMq::findProgram().isEmpty())
            QSKIP("rabbitmq-server is not installed (scripts/setup installs it)");
        QTRY_VERIFY_WITH_TIMEOUT(server(QStringLiteral("broker")), 120000);
        Demo::ManifestServer *broker = server(QStringLiteral("broker"));
        const auto ports = broker->portMap();
        QCOMPARE(ports.first(), qMakePair(quint16(5671), broker->port()));
        quint16 management = 0;
        for (const auto &[container, local] : ports) {
            if (container == 15672)
                management = local;
            QVERIFY2(container != 5672, "listeners.tcp = none: no plain AMQP listener");
        }
        QVERIFY(management != 0);
        const QJsonObject status = containerStatus(pod(QStringLiteral("broker")));
        QVERIFY2(status.value(QStringLiteral("imageID")).toString().startsWith(QStringLiteral("local RabbitMQ ")),
                 qPrintable(status.value(QStringLiteral("imageID")).toString()));

        // AMQPS with the Secret's certificate, verified against its CA for the name "localhost".
        const QString ca = m_dir->filePath(QStringLiteral("broker-ca.pem"));
        QFile caFile(ca);
        QVERIFY(caFile.open(QIODevice::WriteOnly));
        caFile.write(m_ca.caCertificatePem());
        caFile.close();
        const Run handshake = run(QStringLiteral("openssl"),
                                  { QStringLiteral("s_client"), QStringLiteral("-connect"),
                                    QStringLiteral("127.0.0.1:%1").arg(broker->port()), QStringLiteral("-CAfile"), ca,
                                    QStringLiteral("-verify_hostname"), QStringLiteral("localhost"),
                                    QStringLiteral("-verify_return_error"), QStringLiteral("-brief") });
        QVERIFY2(handshake.err.contains("Verification: OK"), QByteArray(handshake.out + handshake.err).constData());

        // The env's user is the broker's first user (and guest is not: a default user was named).
        const QString curl = QStandardPaths::findExecutable(QStringLiteral("curl"));
        QVERIFY2(!curl.isEmpty(), "curl is needed");
        const QString url = QStringLiteral("http://127.0.0.1:%1/api/whoami").arg(management);
        const Run whoami = run(curl, { QStringLiteral("-s"), QStringLiteral("-u"),
                                       QStringLiteral("bakery_mq:Tn4Ys8Uq2Wr6Ep0Ia5Od9Fs3Gh7Jk1Lz"), url });
        QVERIFY2(whoami.out.contains("\"name\":\"bakery_mq\""), whoami.out.constData());
        const Run guest = run(curl, { QStringLiteral("-s"), QStringLiteral("-o"), QStringLiteral("/dev/null"),
                                      QStringLiteral("-w"), QStringLiteral("%{http_code}"), QStringLiteral("-u"),
                                      QStringLiteral("guest:guest"), url });
        QCOMPARE(guest.out, QByteArray("401"));

        // The configuration the broker read holds the password: private to the server's user, and the pod's log
        // does not show it.
        struct stat info = {};
        QCOMPARE(::stat(QFile::encodeName(broker->directory() + QStringLiteral("/rabbitmq.conf")).constData(), &info), 0);
        QCOMPARE(int(info.st_mode & 07777), 0600);
        QFile log(broker->logFile());
        QVERIFY(log.open(QIODevice::ReadOnly));
        QVERIFY2(!log.readAll().contains("Tn4Ys8Uq2Wr6Ep0Ia5Od9Fs3Gh7Jk1Lz"), "the password reached the pod's log");
    }

    void wrongCertificatePathIsACrashLoopWithTheServersFatal()
    {
        QJsonObject status;
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         status = containerStatus(pod(QStringLiteral("broken-db")));
                         return status.value(QStringLiteral("state")).toObject().value(QStringLiteral("waiting")).toObject().value(QStringLiteral("reason")).toString()
                             == u"CrashLoopBackOff";
                     },
                     60000),
                 QJsonDocument(status).toJson().constData());
        QVERIFY(status.value(QStringLiteral("restartCount")).toInt() >= 1);
        QCOMPARE(status.value(QStringLiteral("ready")).toBool(), false);
        const QString podName = pod(QStringLiteral("broken-db")).value(QStringLiteral("metadata")).toObject().value(QStringLiteral("name")).toString();
        if (m_kubectl.isEmpty())
            QSKIP("kubectl is not installed: the pod's log is read through the API by kubectl");
        const Run logs = run(m_kubectl, { QStringLiteral("logs"), QStringLiteral("-n"), ns, podName }, kubectlEnvironment());
        QVERIFY2(logs.exitCode == 0, logs.err.constData());
        QVERIFY2(logs.out.contains("FATAL:  could not load server certificate file")
                     && logs.out.contains("/tls/wrong-name.pem\": No such file or directory"),
                 logs.out.right(1500).constData());
        // Back-off: it is started again, and fails again, as a kubelet does.
        const int restarts = status.value(QStringLiteral("restartCount")).toInt();
        QVERIFY(QTest::qWaitFor([&] { return containerStatus(pod(QStringLiteral("broken-db"))).value(QStringLiteral("restartCount")).toInt() > restarts; }, 30000));
    }

    void pendingClaimKeepsThePodPendingUntilItBinds()
    {
        const QJsonObject waiting = pod(QStringLiteral("waiting-db"));
        const QJsonObject status = waiting.value(QStringLiteral("status")).toObject();
        QCOMPARE(status.value(QStringLiteral("phase")).toString(), QStringLiteral("Pending"));
        const QJsonObject scheduled = status.value(QStringLiteral("conditions")).toArray().at(0).toObject();
        QCOMPARE(scheduled.value(QStringLiteral("reason")).toString(), QStringLiteral("Unschedulable"));
        QVERIFY2(scheduled.value(QStringLiteral("message")).toString().contains(QStringLiteral("slow-pvc")),
                 qPrintable(scheduled.value(QStringLiteral("message")).toString()));
        QVERIFY(!server(QStringLiteral("waiting-db")));
        Demo::ObjectStore &store = m_fleet->apiServer()->store();
        QJsonObject claim = store.get(QStringLiteral("persistentvolumeclaims"), ns, QStringLiteral("slow-pvc"));
        QCOMPARE(claim.value(QStringLiteral("status")).toObject().value(QStringLiteral("phase")).toString(),
                 QStringLiteral("Pending"));
        // The claim gets a storage class the node has: it binds, and the pod runs.
        QJsonObject spec = claim.value(QStringLiteral("spec")).toObject();
        spec.remove(QStringLiteral("storageClassName"));
        claim.insert(QStringLiteral("spec"), spec);
        claim.remove(QStringLiteral("status"));
        QJsonObject metadata = claim.value(QStringLiteral("metadata")).toObject();
        metadata.remove(QStringLiteral("resourceVersion"));
        claim.insert(QStringLiteral("metadata"), metadata);
        store.replace(QStringLiteral("persistentvolumeclaims"), ns, QStringLiteral("slow-pvc"), claim);
        QTRY_VERIFY_WITH_TIMEOUT(server(QStringLiteral("waiting-db")), 90000);
        QCOMPARE(store.get(QStringLiteral("persistentvolumeclaims"), ns, QStringLiteral("slow-pvc"))
                     .value(QStringLiteral("status")).toObject().value(QStringLiteral("phase")).toString(),
                 QStringLiteral("Bound"));
        QTRY_COMPARE_WITH_TIMEOUT(pod(QStringLiteral("waiting-db")).value(QStringLiteral("status")).toObject().value(QStringLiteral("phase")).toString(),
                                  QStringLiteral("Running"), 10000);
    }

    // A StatefulSet's pod is name-0, and its volumeClaimTemplates claim data-name-0 is made, bound and used.
    void statefulSetWithClaimTemplates()
    {
        QTRY_VERIFY_WITH_TIMEOUT(server(QStringLiteral("sts-db")), 60000);
        QVERIFY(m_fleet->apiServer()->store().contains(QStringLiteral("pods"), ns, QStringLiteral("sts-db-0")));
        const QJsonObject claim = m_fleet->apiServer()->store().get(QStringLiteral("persistentvolumeclaims"), ns,
                                                                    QStringLiteral("data-sts-db-0"));
        QCOMPARE(claim.value(QStringLiteral("status")).toObject().value(QStringLiteral("phase")).toString(),
                 QStringLiteral("Bound"));
        const QString data = qobject_cast<Demo::ManifestPostgres *>(server(QStringLiteral("sts-db")))->dataDirectory();
        QVERIFY2(data.endsWith(QStringLiteral("/volumes/mf/data-sts-db-0")), qPrintable(data));
        QVERIFY(QFile::exists(data + QStringLiteral("/PG_VERSION")));
    }

    // An init container whose copy fails keeps the pod in Init:CrashLoopBackOff, with its error in its log.
    void failingInitContainer()
    {
        QJsonObject status;
        QVERIFY(QTest::qWaitFor(
            [&] {
                status = pod(QStringLiteral("init-fails")).value(QStringLiteral("status")).toObject();
                return !status.value(QStringLiteral("initContainerStatuses")).toArray().isEmpty();
            },
            30000));
        QCOMPARE(status.value(QStringLiteral("phase")).toString(), QStringLiteral("Pending"));
        const QJsonObject init = status.value(QStringLiteral("initContainerStatuses")).toArray().at(0).toObject();
        QCOMPARE(init.value(QStringLiteral("state")).toObject().value(QStringLiteral("waiting")).toObject().value(QStringLiteral("reason")).toString(),
                 QStringLiteral("CrashLoopBackOff"));
        QVERIFY2(init.value(QStringLiteral("state")).toObject().value(QStringLiteral("waiting")).toObject()
                     .value(QStringLiteral("message")).toString().contains(QStringLiteral("missing.pem")),
                 QJsonDocument(init).toJson().constData());
        QVERIFY(!server(QStringLiteral("init-fails")));
        if (m_kubectl.isEmpty())
            QSKIP("kubectl is not installed");
        const QString podName = pod(QStringLiteral("init-fails")).value(QStringLiteral("metadata")).toObject().value(QStringLiteral("name")).toString();
        const Run listed = run(m_kubectl, { QStringLiteral("get"), QStringLiteral("pod"), QStringLiteral("-n"), ns, podName },
                               kubectlEnvironment());
        QVERIFY2(listed.out.contains("Init:CrashLoopBackOff"), listed.out.constData());
        const Run logs = run(m_kubectl, { QStringLiteral("logs"), QStringLiteral("-n"), ns, podName, QStringLiteral("-c"),
                                          QStringLiteral("copy-missing") },
                             kubectlEnvironment());
        QVERIFY2(logs.out.contains("No such file or directory"), QByteArray(logs.out + logs.err).constData());
    }

    void otherWorkloadsArePodsThatRunNothing()
    {
        const QJsonObject web = pod(QStringLiteral("web"));
        QCOMPARE(web.value(QStringLiteral("status")).toObject().value(QStringLiteral("phase")).toString(), QStringLiteral("Running"));
        QCOMPARE(web.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("labels")).toObject().value(QStringLiteral("app.kubernetes.io/component")).toString(),
                 QStringLiteral("service"));
        QCOMPARE(web.value(QStringLiteral("spec")).toObject().value(QStringLiteral("containers")).toArray().at(0).toObject()
                     .value(QStringLiteral("env")).toArray().at(0).toObject().value(QStringLiteral("value")).toString(),
                 QStringLiteral("production"));
        QVERIFY(!server(QStringLiteral("web")));
    }

    // kubectl rollout restart: a new pod with a new server process; the old one stops.
    void rolloutRestartReplacesThePod()
    {
        if (m_kubectl.isEmpty())
            QSKIP("kubectl is not installed");
        QTRY_VERIFY_WITH_TIMEOUT(server(QStringLiteral("cache")), 30000);
        const qint64 before = server(QStringLiteral("cache"))->pid();
        const QString oldPod = pod(QStringLiteral("cache")).value(QStringLiteral("metadata")).toObject().value(QStringLiteral("name")).toString();
        const Run restarted = run(m_kubectl, { QStringLiteral("rollout"), QStringLiteral("restart"),
                                               QStringLiteral("deployment/cache"), QStringLiteral("-n"), ns },
                                  kubectlEnvironment());
        QVERIFY2(restarted.exitCode == 0, restarted.err.constData());
        QTRY_VERIFY_WITH_TIMEOUT(::kill(pid_t(before), 0) != 0, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(server(QStringLiteral("cache")) && server(QStringLiteral("cache"))->pid() != before, 30000);
        const QString newPod = pod(QStringLiteral("cache")).value(QStringLiteral("metadata")).toObject().value(QStringLiteral("name")).toString();
        QVERIFY(!newPod.isEmpty() && newPod != oldPod);
        QVERIFY(!m_fleet->apiServer()->store().contains(QStringLiteral("pods"), ns, oldPod));
    }

    // kubectl apply of a Deployment while the demo runs starts its server; kubectl delete stops it.
    void applyAndDeleteWhileRunning()
    {
        if (m_kubectl.isEmpty())
            QSKIP("kubectl is not installed");
        const QString file = m_dir->filePath(QStringLiteral("late.yaml"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: late-cache, namespace: mf}\nspec:\n"
                  "  selector: {matchLabels: {app: late}}\n  template:\n    metadata: {labels: {app: late}}\n"
                  "    spec:\n      containers:\n      - {name: redis, image: 'redis:7', args: ['--maxmemory', '10mb']}\n");
        out.close();
        // The emulator serves no OpenAPI schemas: kubectl's client-side validation is turned off (docs/demo.md).
        const Run applied = run(m_kubectl, { QStringLiteral("apply"), QStringLiteral("--validate=false"),
                                             QStringLiteral("-f"), file }, kubectlEnvironment());
        QVERIFY2(applied.exitCode == 0, applied.err.constData());
        QTRY_VERIFY_WITH_TIMEOUT(server(QStringLiteral("late-cache")), 30000);
        const qint64 pid = server(QStringLiteral("late-cache"))->pid();
        QVERIFY(pid > 0 && ::kill(pid_t(pid), 0) == 0);
        const Run deleted = run(m_kubectl, { QStringLiteral("delete"), QStringLiteral("-f"), file }, kubectlEnvironment());
        QVERIFY2(deleted.exitCode == 0, deleted.err.constData());
        QTRY_VERIFY_WITH_TIMEOUT(::kill(pid_t(pid), 0) != 0, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(pod(QStringLiteral("late-cache")).isEmpty(), 10000);
    }
};

QTEST_GUILESS_MAIN(TestManifestFleet)
#include "testmanifestfleet.moc"
