// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/secret.h"
#include "demo/demoscenario.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <memory>

class QLockFile;

namespace Demo {

class ApiServer;
struct DemoPki;
class LocalServer;
class LocalPostgres;
class LocalRedis;
class LocalRabbitMq;

struct DemoOptions
{
    int instances = 14; ///< PostgreSQL instances, 1…14 (the reference services, in order)
    Scenario scenario = Scenario::Reference;
    QString stateDir; ///< empty: defaultStateDir()
    QString kubeconfigOut; ///< an extra copy of the kubeconfig; empty: none
    bool rabbitmq = true; ///< run RabbitMQ when rabbitmq-server is installed (--no-rabbitmq: never)
};

/** Where the demo keeps its clusters, keys and kubeconfig when --state-dir is not given. */
QString defaultStateDir();

/**
 * The demo fleet: N local PostgreSQL servers and one Redis on 127.0.0.1 with TLS from a demo CA, exposed in
 * namespace bakery-ia by the Kubernetes API emulator as the reference platform's manifests (Deployments,
 * pods, Services, PVCs, TLS and credentials Secrets, the service Deployments and their ConfigMaps, events).
 *
 * start() never blocks: keys are generated on the thread pool (once per state dir), the template cluster
 * is made by one initdb (once per state dir) and copied per instance, and every server starts in
 * parallel; ready() or failed() follows. A rollout restart of a database Deployment restarts its server
 * with the TLS material of its Secret, so renewed certificates and rotated passwords take effect.
 */
class DemoFleet final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoFleet)

public:
    static constexpr const char *namespaceName = "bakery-ia";

    explicit DemoFleet(const DemoOptions &options, QObject *parent = nullptr);
    ~DemoFleet() override;

    void start();
    /** Stops every server cleanly; stopped() follows. */
    void stop();

    QString stateDir() const { return m_stateDir; }
    QString kubeconfigPath() const;
    /** What the fleet does not include on this machine, and why (e.g. RabbitMQ not installed). */
    QStringList leftOut() const { return m_leftOut; }
    QList<LocalServer *> servers() const;
    ApiServer *apiServer() const { return m_api; }
    qint64 startupMs() const { return m_startupMs; }

signals:
    void ready();
    void failed(const QString &error);
    void stopped();
    /** Progress for people ("PostgreSQL auth-db ready"), already translated. */
    void progress(const QString &message);

private:
    bool prepareStateDir(QString *error);
    bool loadCredentials();
    void saveCredentials();
    void startPki();
    void pkiReady(const std::shared_ptr<DemoPki> &pki);
    void rabbitMqPki(const std::shared_ptr<DemoPki> &pki);
    void startTemplate();
    void templateReady();
    void maybeStartServers();
    void startServers();
    void onServerReady(LocalServer *server);
    void onServerFailed(LocalServer *server, const QString &error);
    void onServerCrashed(LocalServer *server, const QString &reason);
    void onServerStopped();
    void onRolloutRestarted(const QString &namespaceName, const QString &kind, const QString &name);
    void onObjectDeleted(const QString &namespaceName, const QString &kind, const QString &name);
    void fail(const QString &error);
    void finishStart();

    void publishFleet();
    void publishPod(LocalServer *server, bool ready);
    void addEvent(const QString &objectKind, const QString &objectName, const QString &reason, const QString &message,
                  const QString &type = QStringLiteral("Normal"));
    QString podNameFor(const QString &workload);

    DemoOptions m_options;
    ScenarioSettings m_settings;
    QString m_stateDir;
    std::unique_ptr<QLockFile> m_lock;
    QStringList m_leftOut;

    std::shared_ptr<DemoPki> m_pki;
    bool m_templateDone = false;
    bool m_pkiDone = false;
    bool m_published = false;
    bool m_failed = false;
    bool m_stopping = false;
    int m_pendingReady = 0;
    int m_pendingStops = 0;

    QHash<QString, Core::Secret> m_passwords; ///< instance name (and "redis", "redis-app") → password
    QList<LocalPostgres *> m_postgres;
    LocalRedis *m_redis = nullptr;
    LocalRabbitMq *m_rabbitmq = nullptr;
    bool m_rabbitmqWanted = false;
    ApiServer *m_api = nullptr;
    QHash<QString, QString> m_podNames; ///< workload → current pod
    QHash<QString, int> m_podRestarts; ///< workload → restarts shown on its pod
    QHash<QString, QString> m_crashReasons; ///< workload → why its server died; shown until it is restarted
    int m_podGeneration = 0;
    QElapsedTimer m_clock;
    qint64 m_startupMs = 0;
};

} // namespace Demo
