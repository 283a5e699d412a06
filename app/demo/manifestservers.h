// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demo/localserver.h"
#include "demo/podtranslator.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QTemporaryDir>

#include <memory>

namespace Demo {

/**
 * A container of a pod from the user's manifests, run by a local server as its image would run it: the
 * container's command line with its paths mapped under the pod's sandbox, its env, and overrides that keep it
 * on 127.0.0.1 and a free port. What it serves on is portMap() (container port → local port).
 */
class ManifestServer : public LocalServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ManifestServer)

public:
    ManifestServer(const QString &name, const QString &directory, const ContainerPlan &container,
                   QObject *parent = nullptr);
    ~ManifestServer() override;

    const ContainerPlan &container() const { return m_container; }
    /** Container port → local port, once started. */
    virtual QList<QPair<quint16, quint16>> portMap() const;
    /** "local PostgreSQL 15.14", read from the server's own log once it ran; empty before. */
    QString servedBy() const;
    /** Why the container's command is not translated (the pod then runs nothing); empty when it is. */
    QString unsupported() const { return m_unsupported; }

protected:
    bool portWasTaken(const QString &logTail) const override;
    /** The container's environment on top of the system's, with @p extra. */
    void setEnvironment(const QList<QPair<QString, QString>> &extra);
    /** An argument with a container path (a whole "/x" or the value of "key=/x") mapped to the host. */
    QString mapArgument(const QString &argument) const;

    ContainerPlan m_container;
    QString m_unsupported;
};

/**
 * The official postgres image: its docker-entrypoint.sh semantics (POSTGRES_USER, POSTGRES_PASSWORD,
 * POSTGRES_DB, POSTGRES_INITDB_ARGS, POSTGRES_HOST_AUTH_METHOD, PGDATA, the initdb pg_hba plus "host all all all
 * <method>", /docker-entrypoint-initdb.d scripts on a temporary socket-only server) then `postgres ARGS`, run by
 * the distribution's PostgreSQL. A command that replaces the entrypoint (command: [postgres, …]) runs postgres
 * directly, with no initialisation, as in the image.
 */
class ManifestPostgres final : public ManifestServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ManifestPostgres)

public:
    using ManifestServer::ManifestServer;
    ~ManifestPostgres() override;

    QString dataDirectory() const;

protected:
    void prepare() override;
    QString program() const override;
    QStringList arguments() const override;
    bool writeConfiguration(QString *error) override;
    int stopSignal() const override;
    bool isReady() override;

private:
    QStringList postgresArguments() const;
    /** Where its Unix socket lives: a short directory of its own (a socket path has at most 107 bytes). */
    QString socketDirectory() const;
    std::unique_ptr<QTemporaryDir> m_socketDir;
    bool m_entrypoint = true;
    QStringList m_argv; ///< after "postgres"
    QHash<QString, QString> m_configCopies; ///< "config_file=/etc/…" → the argument naming its mapped copy
};

/** The official redis image: redis-server with the container's arguments (a config file, --options). */
class ManifestRedis final : public ManifestServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ManifestRedis)

public:
    using ManifestServer::ManifestServer;
    ~ManifestRedis() override;

    QList<QPair<quint16, quint16>> portMap() const override;

protected:
    void prepare() override;
    QString program() const override;
    QStringList arguments() const override;
    bool writeConfiguration(QString *error) override;
    int stopSignal() const override;
    bool isReady() override;
    QString workingDirectory() const override;

private:
    QStringList m_argv; ///< after "redis-server"
    QString m_configCopy; ///< the mapped copy of its configuration file, when it has one
    quint16 m_containerPort = 6379; ///< the port its arguments serve on (tls-port, else port)
    quint16 m_containerPlainPort = 0; ///< the plain port when both are on
    quint16 m_plainPort = 0;
    bool m_tls = false; ///< its arguments or config file set a tls-port
};

} // namespace Demo
