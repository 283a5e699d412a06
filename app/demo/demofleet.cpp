// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/demofleet.h"

#include "core/logging.h"
#include "demo/apiserver.h"
#include "demo/demomanifests.h"
#include "demo/demopki.h"
#include "demo/localserver.h"
#include "fleet/datastore.h"
#include "fleet/tlsmaterial.h"
#include "ops/certificatebuilder.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLockFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Demo {

namespace {

QString demoTr(const char *text, int n = -1)
{
    return QCoreApplication::translate("Demo", text, nullptr, n);
}

QString ns()
{
    return QString::fromLatin1(DemoFleet::namespaceName);
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString sqlName(const QString &instance)
{
    return instanceStem(instance).replace(u'-', u'_');
}

/** A table or two with rows, so that backups and restores have something to carry. */
QString seedSqlFor(const QString &instance)
{
    struct Table
    {
        const char *service;
        const char *table;
        const char *label;
    };
    static const Table tables[] = {
        { "auth", "users", "user" },
        { "tenant", "tenants", "bakery" },
        { "training", "training_jobs", "model" },
        { "forecasting", "forecasts", "forecast" },
        { "sales", "sales_records", "sale" },
        { "external", "weather_observations", "station" },
        { "notification", "notifications", "notice" },
        { "inventory", "ingredients", "ingredient" },
        { "recipes", "recipes", "recipe" },
        { "suppliers", "suppliers", "supplier" },
        { "pos", "pos_transactions", "ticket" },
        { "orders", "orders", "order" },
        { "production", "production_batches", "batch" },
        { "alert-processor", "alerts", "alert" },
    };
    QString table = QStringLiteral("records");
    QString label = QStringLiteral("record");
    for (const Table &t : tables) {
        if (instanceStem(instance) == QLatin1String(t.service)) {
            table = QLatin1String(t.table);
            label = QLatin1String(t.label);
        }
    }
    return QStringLiteral("CREATE TABLE IF NOT EXISTS %1 (\n"
                          "  id bigserial PRIMARY KEY,\n"
                          "  tenant_id uuid NOT NULL,\n"
                          "  name text NOT NULL,\n"
                          "  quantity numeric(10,2) NOT NULL DEFAULT 0,\n"
                          "  created_at timestamptz NOT NULL DEFAULT now()\n"
                          ");\n"
                          "INSERT INTO %1 (tenant_id, name, quantity, created_at)\n"
                          "  SELECT ('00000000-0000-4000-8000-' || lpad((g %% 3 + 1)::text, 12, '0'))::uuid,\n"
                          "         '%2 ' || g, round((random() * 100)::numeric, 2), now() - g * interval '1 hour'\n"
                          "  FROM generate_series(1, 50) AS g WHERE NOT EXISTS (SELECT 1 FROM %1);\n"
                          "CREATE TABLE IF NOT EXISTS audit_log (\n"
                          "  id bigserial PRIMARY KEY, actor text NOT NULL, action text NOT NULL,\n"
                          "  at timestamptz NOT NULL DEFAULT now()\n"
                          ");\n"
                          "INSERT INTO audit_log (actor, action) SELECT 'system', 'seeded %1'\n"
                          "  WHERE NOT EXISTS (SELECT 1 FROM audit_log);\n")
        .arg(table, label)
        .replace(QStringLiteral("%%"), QStringLiteral("%"));
}

} // namespace

QString defaultStateDir()
{
    // As root the servers run as "postgres", which cannot enter /root: keep the state under /var/tmp then.
    if (::geteuid() == 0)
        return QStringLiteral("/var/tmp/proofer-demo");
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/proofer/demo");
}

DemoFleet::DemoFleet(const DemoOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_settings(settingsFor(options.scenario))
    , m_stateDir(options.stateDir.isEmpty() ? defaultStateDir() : QDir(options.stateDir).absolutePath())
{ }

DemoFleet::~DemoFleet()
{
    if (m_api)
        m_api->close();
}

QString DemoFleet::kubeconfigPath() const
{
    return m_stateDir + QStringLiteral("/kubeconfig");
}

QList<LocalServer *> DemoFleet::servers() const
{
    QList<LocalServer *> all;
    for (LocalPostgres *postgres : m_postgres)
        all << postgres;
    if (m_redis)
        all << m_redis;
    if (m_rabbitmq)
        all << m_rabbitmq;
    return all;
}

void DemoFleet::start()
{
    m_clock.start();
    QString error;
    if (m_options.instances < 1 || m_options.instances > int(referenceInstanceNames().size())) {
        fail(demoTr("--instances must be between 1 and %1").arg(referenceInstanceNames().size()));
        return;
    }
    if (postgresBinDir().isEmpty()) {
        fail(demoTr(
            "PostgreSQL server binaries not found in /usr/lib/postgresql (install postgresql; scripts/setup does)"));
        return;
    }
    if (LocalRedis::findProgram().isEmpty()) {
        fail(demoTr("redis-server not found (install redis-server; scripts/setup does)"));
        return;
    }
    if (!serverUser(&error) || !prepareStateDir(&error)) {
        fail(error);
        return;
    }
    if (!m_options.rabbitmq)
        m_leftOut << demoTr("RabbitMQ: left out (--no-rabbitmq)");
    else if (LocalRabbitMq::findProgram().isEmpty())
        m_leftOut << demoTr("RabbitMQ: rabbitmq-server is not installed, so the broker is left out");
    else
        m_rabbitmqWanted = true;
    loadCredentials();
    startPki();
    startTemplate();
}

bool DemoFleet::prepareStateDir(QString *error)
{
    if (!QDir().mkpath(m_stateDir)) {
        *error = demoTr("could not create the state directory %1").arg(m_stateDir);
        return false;
    }
    // The servers run as another user when we are root: they must be able to enter (not list) the state dir
    // and every directory above it.
    ::chmod(QFile::encodeName(m_stateDir).constData(), 0711);
    const auto user = serverUser(error);
    if (!user)
        return false;
    if (user->dropPrivileges) {
        QDir ancestor(m_stateDir);
        while (ancestor.cdUp()) {
            struct stat info = {};
            if (::stat(QFile::encodeName(ancestor.absolutePath()).constData(), &info) != 0)
                break;
            const bool enterable = (info.st_mode & S_IXOTH) || (info.st_uid == user->uid && (info.st_mode & S_IXUSR))
                || (info.st_gid == user->gid && (info.st_mode & S_IXGRP));
            if (!enterable) {
                *error = demoTr("the servers run as the \"%1\" user, which cannot enter %2; pass a --state-dir it can "
                                "reach (for example under /var/tmp) or allow it in (chmod o+x %2)")
                             .arg(user->name, ancestor.absolutePath());
                return false;
            }
            if (ancestor.isRoot())
                break;
        }
    }
    m_lock = std::make_unique<QLockFile>(m_stateDir + QStringLiteral("/demo.lock"));
    m_lock->setStaleLockTime(0);
    if (!m_lock->tryLock(0)) {
        qint64 pid = 0;
        QString host;
        QString application;
        m_lock->getLockInfo(&pid, &host, &application);
        *error = demoTr("the state directory %1 is in use by another proofer demo (pid %2); stop it first or pass "
                        "another --state-dir")
                     .arg(m_stateDir)
                     .arg(pid);
        m_lock.reset();
        return false;
    }
    const QString servers = m_stateDir + QStringLiteral("/servers");
    const QString pki = m_stateDir + QStringLiteral("/pki");
    if (!QDir().mkpath(servers) || !QDir().mkpath(pki)) {
        *error = demoTr("could not create directories under %1").arg(m_stateDir);
        return false;
    }
    ::chmod(QFile::encodeName(pki).constData(), 0700);
    ::chmod(QFile::encodeName(servers).constData(), 0700);
    if (!giveToServerUser(servers)) {
        *error = demoTr("could not give %1 to the server user").arg(servers);
        return false;
    }
    return true;
}

bool DemoFleet::loadCredentials()
{
    // Passwords persist in the state dir (0600) so warm starts keep them; a new scenario gets new ones.
    const QJsonObject saved
        = QJsonDocument::fromJson(readAll(m_stateDir + QStringLiteral("/credentials.json"))).object();
    const bool sameScenario = saved.value(QStringLiteral("scenario")).toString() == scenarioName(m_options.scenario);
    const QJsonObject passwords = saved.value(QStringLiteral("passwords")).toObject();
    QStringList names = referenceInstanceNames().mid(0, m_options.instances);
    names << QStringLiteral("redis") << QStringLiteral("redis-app") << QStringLiteral("rabbitmq");
    bool changed = !sameScenario;
    for (const QString &name : std::as_const(names)) {
        const QString value = passwords.value(name).toString();
        if (sameScenario && !value.isEmpty()) {
            m_passwords.insert(name, Core::Secret::fromUtf8(value));
        } else {
            m_passwords.insert(name, randomPassword(m_settings.passwordLength));
            changed = true;
        }
    }
    if (changed)
        saveCredentials();
    return true;
}

void DemoFleet::saveCredentials()
{
    QJsonObject passwords;
    for (auto it = m_passwords.cbegin(); it != m_passwords.cend(); ++it)
        passwords.insert(it.key(), QString::fromUtf8(it.value().reveal()));
    QJsonObject root { { QStringLiteral("scenario"), scenarioName(m_options.scenario) },
                       { QStringLiteral("passwords"), passwords } };
    QByteArray data = QJsonDocument(root).toJson();
    QString error;
    if (!writePrivateFile(m_stateDir + QStringLiteral("/credentials.json"), data, 0600, false, &error))
        qCWarning(lcDemo).noquote() << error;
    Core::wipe(data);
}

void DemoFleet::startPki()
{
    const QString dir = m_stateDir + QStringLiteral("/pki/");
    if (const std::shared_ptr<DemoPki> pki = loadDemoPki(dir)) {
        QTimer::singleShot(0, this, [this, pki] { pkiReady(pki); });
        return;
    }
    emit progress(demoTr("Generating the demo CA and server keys (RSA 4096, once per state directory)…"));
    // RSA-4096 generation takes about a second each: off the event loop, the three keys in parallel.
    auto generate = [](Ops::KeyPair::Type type, int bits) {
        return QtConcurrent::run([type, bits] {
            QString error;
            Ops::KeyPair key = Ops::generateKey(type, bits, &error);
            return key;
        });
    };
    struct Pending
    {
        QList<QFuture<Ops::KeyPair>> futures;
        int left = 0;
    };
    auto pending = std::make_shared<Pending>();
    pending->futures = { generate(Ops::KeyPair::Type::Rsa, 4096), generate(Ops::KeyPair::Type::Rsa, 4096),
                         generate(Ops::KeyPair::Type::Rsa, 4096), generate(Ops::KeyPair::Type::EcP256, 0),
                         generate(Ops::KeyPair::Type::EcP256, 0) };
    pending->left = int(pending->futures.size());
    for (const QFuture<Ops::KeyPair> &future : std::as_const(pending->futures)) {
        auto *watcher = new QFutureWatcher<Ops::KeyPair>(this);
        connect(watcher, &QFutureWatcher<Ops::KeyPair>::finished, this, [this, watcher, pending, dir] {
            watcher->deleteLater();
            if (--pending->left > 0)
                return;
            QList<Ops::KeyPair> keys;
            for (const QFuture<Ops::KeyPair> &f : std::as_const(pending->futures))
                keys << f.result();
            for (const Ops::KeyPair &key : std::as_const(keys)) {
                if (key.isNull()) {
                    fail(demoTr("could not generate the demo keys"));
                    return;
                }
            }
            const std::shared_ptr<DemoPki> pki = issueDemoPki(keys, dir, ns());
            if (!pki->error.isEmpty()) {
                fail(pki->error);
                return;
            }
            pkiReady(pki);
        });
        watcher->setFuture(future);
    }
}

void DemoFleet::pkiReady(const std::shared_ptr<DemoPki> &pki)
{
    if (m_failed || m_stopping)
        return;
    if (m_rabbitmqWanted && m_settings.tls && pki->rabbitmqCertificatePem.isEmpty()) {
        rabbitMqPki(pki);
        return;
    }
    m_pki = pki;
    m_pkiDone = true;
    maybeStartServers();
}

void DemoFleet::rabbitMqPki(const std::shared_ptr<DemoPki> &pki)
{
    // The broker's certificate is issued by the demo CA the first time a state dir runs it (older state
    // dirs have the rest of the PKI already), then kept like the others.
    const QString dir = m_stateDir + QStringLiteral("/pki/");
    if (loadRabbitMqCertificate(dir, pki.get())) {
        QTimer::singleShot(0, this, [this, pki] { pkiReady(pki); });
        return;
    }
    Ops::KeyPair caKey;
    caKey.privateKeyPem = Core::Secret(readAll(dir + QStringLiteral("ca.key")));
    if (caKey.isNull()) {
        fail(demoTr("the demo CA key is missing from %1; remove the pki directory to make a new CA").arg(dir));
        return;
    }
    emit progress(demoTr("Issuing the RabbitMQ certificate (RSA 4096, once per state directory)…"));
    const QByteArray caPem = pki->caPem;
    const QString nsName = ns();
    auto *watcher = new QFutureWatcher<IssuedCertificate>(this);
    connect(watcher, &QFutureWatcher<IssuedCertificate>::finished, this, [this, watcher, pki, dir] {
        watcher->deleteLater();
        const IssuedCertificate issued = watcher->result();
        if (issued.certificatePem.isEmpty()) {
            fail(demoTr("could not issue the RabbitMQ certificate: %1").arg(issued.error));
            return;
        }
        QString error;
        if (!writePrivateFile(dir + QStringLiteral("rabbitmq.key"), issued.keyPem.reveal(), 0600, false, &error)
            || !writePrivateFile(dir + QStringLiteral("rabbitmq.crt"), issued.certificatePem, 0644, false, &error)) {
            fail(error);
            return;
        }
        pki->rabbitmqCertificatePem = issued.certificatePem;
        pki->rabbitmqKeyPem = issued.keyPem;
        pkiReady(pki);
    });
    watcher->setFuture(
        QtConcurrent::run([caKey, caPem, nsName] { return issueRabbitMqCertificate(caKey, caPem, nsName); }));
}

void DemoFleet::startTemplate()
{
    const QString templateDir = m_stateDir + QStringLiteral("/servers/template");
    if (QFile::exists(templateDir + QStringLiteral("/PG_VERSION"))) {
        m_templateDone = true;
        QTimer::singleShot(0, this, &DemoFleet::maybeStartServers);
        return;
    }
    emit progress(demoTr("Creating the template PostgreSQL cluster (initdb, once per state directory)…"));
    const QString building = templateDir + QStringLiteral(".new");
    QDir(building).removeRecursively();
    auto *initdb = new QProcess(this);
    const QString log = m_stateDir + QStringLiteral("/servers/initdb.log");
    QFile::remove(log);
    connect(
        initdb, &QProcess::finished, this,
        [this, initdb, building, templateDir, log](int code, QProcess::ExitStatus status) {
            initdb->deleteLater();
            if (status != QProcess::NormalExit || code != 0) {
                QFile file(log);
                file.open(QIODevice::ReadOnly);
                fail(
                    demoTr("initdb failed (exit %1): %2").arg(code).arg(QString::fromUtf8(file.readAll()).right(2000)));
                return;
            }
            QDir(templateDir).removeRecursively();
            if (!QDir().rename(building, templateDir)) {
                fail(demoTr("could not move the template cluster into place"));
                return;
            }
            m_templateDone = true;
            maybeStartServers();
        });
    connect(initdb, &QProcess::errorOccurred, this, [this, initdb](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            fail(demoTr("could not run initdb: %1").arg(initdb->errorString()));
    });
    // Trust only inside the template: every instance gets its own pg_hba.conf before it first starts.
    startServerProcess(initdb, postgresBinDir() + QStringLiteral("/initdb"),
                       { QStringLiteral("-D"), building, QStringLiteral("-U"), QStringLiteral("postgres"),
                         QStringLiteral("--auth=trust"), QStringLiteral("-E"), QStringLiteral("UTF8"),
                         QStringLiteral("--locale=C"), QStringLiteral("--no-sync"),
                         QStringLiteral("--no-instructions") },
                       log, m_stateDir + QStringLiteral("/servers"), SIGKILL);
}

void DemoFleet::maybeStartServers()
{
    if (m_pkiDone && m_templateDone && !m_failed && !m_stopping && m_postgres.isEmpty() && !m_redis)
        startServers();
}

void DemoFleet::startServers()
{
    // The API server first: pods are published once their servers are ready.
    m_api = new ApiServer(this);
    QString error;
    if (!m_api->setServerCertificate(m_pki->apiCertificatePem, m_pki->apiKeyPem, m_pki->caPem, &error)) {
        fail(demoTr("API server certificate: %1").arg(error));
        return;
    }
    m_api->setClientCaCertificate(m_pki->caPem);
    if (!m_api->listen(QHostAddress::LocalHost, 0)) {
        fail(demoTr("the Kubernetes API emulator could not listen: %1").arg(m_api->errorString()));
        return;
    }
    connect(m_api, &ApiServer::rolloutRestarted, this, &DemoFleet::onRolloutRestarted);
    connect(m_api, &ApiServer::objectDeleted, this, &DemoFleet::onObjectDeleted);

    emit progress(m_rabbitmqWanted ? demoTr("Starting %n PostgreSQL server(s), Redis and RabbitMQ…", m_options.instances)
                                   : demoTr("Starting %n PostgreSQL server(s) and Redis…", m_options.instances));
    const QString serversDir = m_stateDir + QStringLiteral("/servers/");
    for (const QString &name : referenceInstanceNames().mid(0, m_options.instances)) {
        PostgresInstance instance;
        instance.name = name;
        instance.database = sqlName(name) + QStringLiteral("_db");
        instance.role = sqlName(name) + QStringLiteral("_user");
        instance.password = m_passwords.value(name);
        instance.seedSql = seedSqlFor(name);
        auto *postgres
            = new LocalPostgres(instance, serversDir + name, serversDir + QStringLiteral("template"), m_settings, this);
        if (m_settings.tls)
            postgres->setTlsMaterial(m_pki->postgresCertificatePem, m_pki->postgresKeyPem, m_pki->caPem);
        postgres->requestSetup();
        m_postgres << postgres;
    }
    m_redis = new LocalRedis(QStringLiteral("redis"), serversDir + QStringLiteral("redis"),
                             m_passwords.value(QStringLiteral("redis")), m_passwords.value(QStringLiteral("redis-app")),
                             m_settings, this);
    if (m_settings.tls)
        m_redis->setTlsMaterial(m_pki->redisCertificatePem, m_pki->redisKeyPem, m_pki->caPem);
    if (m_rabbitmqWanted) {
        m_rabbitmq = new LocalRabbitMq(QStringLiteral("rabbitmq"), serversDir + QStringLiteral("rabbitmq"),
                                       m_passwords.value(QStringLiteral("rabbitmq")), m_settings, this);
        if (m_settings.tls)
            m_rabbitmq->setTlsMaterial(m_pki->rabbitmqCertificatePem, m_pki->rabbitmqKeyPem, m_pki->caPem);
    }

    const QList<LocalServer *> all = servers();
    m_pendingReady = int(all.size());
    for (LocalServer *server : all) {
        connect(server, &LocalServer::ready, this, [this, server] { onServerReady(server); });
        connect(server, &LocalServer::failed, this, [this, server](const QString &e) { onServerFailed(server, e); });
        connect(server, &LocalServer::crashed, this, [this, server](const QString &r) { onServerCrashed(server, r); });
        connect(server, &LocalServer::stopped, this, &DemoFleet::onServerStopped);
    }
    for (LocalServer *server : all)
        server->start();
}

void DemoFleet::onServerReady(LocalServer *server)
{
    if (m_stopping)
        return;
    if (!m_published) {
        emit progress(demoTr("%1 ready on 127.0.0.1:%2").arg(server->name()).arg(server->port()));
        if (--m_pendingReady == 0)
            finishStart();
        return;
    }
    // A restart finished: the Deployment's new pod replaces the old one.
    m_crashReasons.remove(server->name());
    publishPod(server, true);
    addEvent(QStringLiteral("Pod"), m_podNames.value(server->name()), QStringLiteral("Started"),
             demoTr("Started container %1")
                 .arg(server == m_redis      ? QStringLiteral("redis")
                      : server == m_rabbitmq ? QStringLiteral("rabbitmq")
                                             : QStringLiteral("postgres")));
    qCInfo(lcDemo) << server->name() << "restarted, pid" << server->pid();
}

void DemoFleet::onServerFailed(LocalServer *server, const QString &error)
{
    if (m_stopping)
        return;
    if (!m_published) {
        fail(error);
        return;
    }
    ++m_podRestarts[server->name()];
    publishPod(server, false);
    addEvent(QStringLiteral("Pod"), m_podNames.value(server->name()), QStringLiteral("BackOff"), error,
             QStringLiteral("Warning"));
}

void DemoFleet::onServerCrashed(LocalServer *server, const QString &reason)
{
    if (m_stopping || !m_published)
        return;
    // As a kubelet in CrashLoopBackOff shows it: not Ready, one more restart, the last state terminated.
    // The server is not started again on its own: a rollout restart or deleting the pod does that, so the
    // console has a failing pod to show and to act on.
    ++m_podRestarts[server->name()];
    m_crashReasons.insert(server->name(), reason);
    qCInfo(lcDemo) << server->name() << "crashed:" << reason << "- shown as CrashLoopBackOff until restarted";
    publishPod(server, false);
    addEvent(QStringLiteral("Pod"), m_podNames.value(server->name()), QStringLiteral("BackOff"),
             demoTr("Back-off restarting failed container (%1)").arg(reason), QStringLiteral("Warning"));
}

void DemoFleet::finishStart()
{
    publishFleet();
    m_published = true;
    // Written last: a kubeconfig on disk means the fleet is ready.
    if (const QString error = publishKubeconfig(*m_api, *m_pki, QStringLiteral("bakery-ia-demo"), ns(), kubeconfigPath(),
                                                m_options.kubeconfigOut);
        !error.isEmpty()) {
        fail(error);
        return;
    }
    m_startupMs = m_clock.elapsed();
    emit ready();
}

void DemoFleet::fail(const QString &error)
{
    if (m_failed)
        return;
    m_failed = true;
    emit failed(error);
}

void DemoFleet::stop()
{
    if (m_stopping)
        return;
    m_stopping = true;
    const QList<LocalServer *> all = servers();
    m_pendingStops = int(all.size());
    if (m_pendingStops == 0) {
        QTimer::singleShot(0, this, &DemoFleet::onServerStopped);
        m_pendingStops = 1;
        return;
    }
    for (LocalServer *server : all)
        server->stop();
}

void DemoFleet::onServerStopped()
{
    if (!m_stopping)
        return;
    if (--m_pendingStops > 0)
        return;
    if (m_api)
        m_api->close();
    QFile::remove(kubeconfigPath());
    if (m_lock)
        m_lock->unlock();
    emit stopped();
}

void DemoFleet::onRolloutRestarted(const QString &namespaceName, const QString &kind, const QString &name)
{
    if (namespaceName != ns() || kind != u"Deployment" || m_stopping)
        return;
    LocalServer *target = nullptr;
    for (LocalServer *server : servers()) {
        if (server->name() == name)
            target = server;
    }
    if (!target)
        return; // a service Deployment: nothing runs behind it
    // The Secret may hold a renewed certificate: the server restarts with what the cluster says, read from the
    // Secret keys its Deployment mounts where its manifest says the server reads them (any key naming).
    const Fleet::Kind serverKind = target == m_redis      ? Fleet::Kind::Redis
                             : target == m_rabbitmq ? Fleet::Kind::RabbitMQ
                                                    : Fleet::Kind::PostgreSQL;
    const QJsonObject deployment = m_api->store().get(QStringLiteral("deployments"), ns(), name);
    const QJsonObject podSpec = deployment.value(QStringLiteral("spec")).toObject().value(QStringLiteral("template"))
                                    .toObject().value(QStringLiteral("spec")).toObject();
    const QList<QJsonObject> secrets = m_api->store().list(QStringLiteral("secrets"), ns());
    const QList<QJsonObject> configMaps = m_api->store().list(QStringLiteral("configmaps"), ns());
    const Fleet::TlsMaterial material = Fleet::resolveTlsMaterial(serverKind, podSpec, {}, secrets, configMaps);
    const QByteArray certificate = Fleet::tlsFileContent(material.certificate, secrets, configMaps);
    QByteArray key = Fleet::tlsFileContent(material.key, secrets, configMaps);
    if (m_settings.tls && !certificate.isEmpty() && !key.isEmpty()) {
        const QByteArray ca = Fleet::tlsFileContent(material.ca, secrets, configMaps);
        target->setTlsMaterial(certificate, Core::Secret(key), ca.isEmpty() ? m_pki->caPem : ca);
    }
    Core::wipe(key);
    m_crashReasons.remove(name);
    qCInfo(lcDemo) << "rollout restart of" << name;
    addEvent(QStringLiteral("Pod"), m_podNames.value(name), QStringLiteral("Killing"),
             demoTr("Stopping container for the rollout restart of deployment/%1").arg(name));
    publishPod(target, false);
    target->restart();
}

void DemoFleet::onObjectDeleted(const QString &namespaceName, const QString &kind, const QString &name)
{
    if (namespaceName != ns() || kind != u"Pod" || m_stopping || !m_published)
        return;
    const QString workload = m_podNames.key(name);
    if (workload.isEmpty())
        return;
    // The Deployment's ReplicaSet replaces a deleted pod: the server behind it starts again.
    ++m_podGeneration;
    m_podNames.insert(workload, podNameFor(workload));
    onRolloutRestarted(namespaceName, QStringLiteral("Deployment"), workload);
}

QString DemoFleet::podNameFor(const QString &workload)
{
    const QByteArray hash
        = QCryptographicHash::hash((workload + QString::number(m_podGeneration)).toUtf8(), QCryptographicHash::Sha256)
              .toHex();
    static const char alphabet[] = "bcdfghjklmnpqrstvwxz2456789";
    QString suffix;
    for (int i = 0; i < 5; ++i)
        suffix += QLatin1Char(alphabet[QRandomGenerator::global()->bounded(int(sizeof alphabet - 1))]);
    return QStringLiteral("%1-%2-%3").arg(workload, QString::fromLatin1(hash.left(9)), suffix);
}

void DemoFleet::addEvent(const QString &objectKind, const QString &objectName, const QString &reason,
                         const QString &message, const QString &type)
{
    if (!m_api || objectName.isEmpty())
        return;
    const QString name = objectName + u'.' + QString::number(QDateTime::currentMSecsSinceEpoch(), 16)
        + QString::number(QRandomGenerator::global()->bounded(1000));
    m_api->createObject(QJsonObject {
        { QStringLiteral("apiVersion"), QStringLiteral("v1") },
        { QStringLiteral("kind"), QStringLiteral("Event") },
        { QStringLiteral("metadata"), objectMetadata(name) },
        { QStringLiteral("involvedObject"),
          QJsonObject { { QStringLiteral("kind"), objectKind },
                        { QStringLiteral("name"), objectName },
                        { QStringLiteral("namespace"), ns() } } },
        { QStringLiteral("reason"), reason },
        { QStringLiteral("message"), message },
        { QStringLiteral("type"), type },
        { QStringLiteral("count"), 1 },
        { QStringLiteral("firstTimestamp"), now() },
        { QStringLiteral("lastTimestamp"), now() },
        { QStringLiteral("source"), QJsonObject { { QStringLiteral("component"), QStringLiteral("kubelet") } } },
    });
}

void DemoFleet::publishPod(LocalServer *server, bool ready)
{
    const QString workload = server->name();
    const bool isRedis = server == m_redis;
    const QJsonObject deployment = m_api->store().get(QStringLiteral("deployments"), ns(), workload);
    const QJsonObject podSpec = deployment.value(QStringLiteral("spec"))
                                    .toObject()
                                    .value(QStringLiteral("template"))
                                    .toObject()
                                    .value(QStringLiteral("spec"))
                                    .toObject();
    const QJsonObject labels = deployment.value(QStringLiteral("spec"))
                                   .toObject()
                                   .value(QStringLiteral("template"))
                                   .toObject()
                                   .value(QStringLiteral("metadata"))
                                   .toObject()
                                   .value(QStringLiteral("labels"))
                                   .toObject();
    QString podName = m_podNames.value(workload);
    if (ready && server->state() == LocalServer::State::Running) {
        // A (re)started server is a new pod of the Deployment, as after a rollout.
        if (!podName.isEmpty())
            m_api->store().remove(QStringLiteral("pods"), ns(), podName);
        ++m_podGeneration;
        podName = podNameFor(workload);
        m_podNames.insert(workload, podName);
        if (server == m_rabbitmq) {
            // AMQPS 5671 (AMQP 5672 without TLS), AMQP 5672 when kept beside TLS, management 15672.
            m_api->setPortForwardTarget(ns(), podName, m_rabbitmq->tlsOn() ? 5671 : 5672, QHostAddress::LocalHost,
                                        server->port());
            if (m_rabbitmq->plainPort())
                m_api->setPortForwardTarget(ns(), podName, 5672, QHostAddress::LocalHost, m_rabbitmq->plainPort());
            m_api->setPortForwardTarget(ns(), podName, 15672, QHostAddress::LocalHost, m_rabbitmq->managementPort());
        } else {
            m_api->setPortForwardTarget(ns(), podName, isRedis ? 6379 : 5432, QHostAddress::LocalHost,
                                        server->port());
        }
        m_api->setPodLogFile(ns(), podName, server->logFile());
    }
    const QString readyText = ready ? QStringLiteral("True") : QStringLiteral("False");
    const bool isRabbitMq = server == m_rabbitmq;
    const QString container = isRedis      ? QStringLiteral("redis")
                              : isRabbitMq ? QStringLiteral("rabbitmq")
                                           : QStringLiteral("postgres");
    const QString image = isRedis      ? QStringLiteral("redis:7.4-alpine")
                          : isRabbitMq ? QStringLiteral("rabbitmq:3.13-management-alpine")
                                       : QStringLiteral("postgres:17-alpine");
    const bool crashed = !ready && m_crashReasons.contains(workload);
    QJsonObject state = ready
        ? QJsonObject { { QStringLiteral("running"), QJsonObject { { QStringLiteral("startedAt"), now() } } } }
        : QJsonObject { { QStringLiteral("waiting"),
                          QJsonObject { { QStringLiteral("reason"), QStringLiteral("ContainerCreating") } } } };
    if (crashed) {
        state[QStringLiteral("waiting")] = QJsonObject {
            { QStringLiteral("reason"), QStringLiteral("CrashLoopBackOff") },
            { QStringLiteral("message"),
              demoTr("back-off restarting failed container %1 (%2)").arg(workload, m_crashReasons.value(workload)) } };
    }
    auto condition = [&](const QString &type, const QString &status) {
        return QJsonObject { { QStringLiteral("type"), type },
                             { QStringLiteral("status"), status },
                             { QStringLiteral("lastTransitionTime"), now() } };
    };
    QJsonObject spec = podSpec;
    spec.insert(QStringLiteral("nodeName"), QStringLiteral("proofer-demo"));
    const QJsonObject pod {
        { QStringLiteral("apiVersion"), QStringLiteral("v1") },
        { QStringLiteral("kind"), QStringLiteral("Pod") },
        { QStringLiteral("metadata"), objectMetadata(podName, labels) },
        { QStringLiteral("spec"), spec },
        { QStringLiteral("status"),
          QJsonObject {
              { QStringLiteral("phase"), QStringLiteral("Running") },
              { QStringLiteral("podIP"), QStringLiteral("127.0.0.1") },
              { QStringLiteral("hostIP"), QStringLiteral("127.0.0.1") },
              { QStringLiteral("startTime"), now() },
              { QStringLiteral("conditions"),
                QJsonArray { condition(QStringLiteral("PodScheduled"), QStringLiteral("True")),
                             condition(QStringLiteral("Initialized"), QStringLiteral("True")),
                             condition(QStringLiteral("ContainersReady"), readyText),
                             condition(QStringLiteral("Ready"), readyText) } },
              { QStringLiteral("containerStatuses"),
                QJsonArray { QJsonObject {
                    { QStringLiteral("name"), container },
                    { QStringLiteral("image"), image },
                    { QStringLiteral("ready"), ready },
                    { QStringLiteral("started"), ready },
                    { QStringLiteral("restartCount"), m_podRestarts.value(workload) },
                    { QStringLiteral("containerID"), QStringLiteral("containerd://%1").arg(server->pid()) },
                    { QStringLiteral("state"), state },
                    { QStringLiteral("lastState"),
                      crashed ? QJsonObject { { QStringLiteral("terminated"),
                                                QJsonObject { { QStringLiteral("reason"), QStringLiteral("Error") },
                                                              { QStringLiteral("exitCode"), 137 },
                                                              { QStringLiteral("finishedAt"), now() } } } }
                              : QJsonObject() } } } },
          } },
    };
    if (m_api->store().contains(QStringLiteral("pods"), ns(), podName))
        m_api->store().replace(QStringLiteral("pods"), ns(), podName, pod);
    else
        m_api->createObject(pod);
}

void DemoFleet::publishFleet()
{
    FleetManifestInput input { m_settings, *m_pki, {}, m_passwords.value(QStringLiteral("redis")), false, {}, {} };
    for (const LocalPostgres *postgres : std::as_const(m_postgres))
        input.postgres << postgres->instance();
    if (m_rabbitmq) {
        input.rabbitmq = true;
        input.rabbitmqUser = m_rabbitmq->user();
        input.rabbitmqPassword = m_passwords.value(QStringLiteral("rabbitmq"));
    }
    for (const QJsonObject &object : fleetManifests(input))
        m_api->createObject(object);

    // The pods, with their logs and port-forwards, and what the kubelet would have said.
    for (LocalServer *server : servers()) {
        publishPod(server, true);
        const QString pod = m_podNames.value(server->name());
        addEvent(QStringLiteral("Pod"), pod, QStringLiteral("Scheduled"),
                 demoTr("Successfully assigned %1/%2 to proofer-demo").arg(ns(), pod));
        addEvent(QStringLiteral("Pod"), pod, QStringLiteral("Pulled"),
                 demoTr("Container image already present on machine"));
        addEvent(QStringLiteral("Pod"), pod, QStringLiteral("Started"), demoTr("Started container"));
    }
}

} // namespace Demo
