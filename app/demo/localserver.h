// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/scramverifier.h"
#include "core/secret.h"
#include "demo/demoscenario.h"

#include <QByteArray>
#include <QObject>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <chrono>
#include <optional>

class QTimer;

namespace Demo {

class ErlangNode;

/** Who the demo's servers run as: the postgres user when Proofer runs as root (PostgreSQL refuses root). */
struct ServerUser
{
    bool dropPrivileges = false;
    unsigned uid = 0;
    unsigned gid = 0;
    QString name; ///< the OS user name the servers see (for pg_ident.conf)
};

/** The server user, or nullopt with @p error when running as root without a "postgres" user. */
std::optional<ServerUser> serverUser(QString *error);
/** chown to the server user (a no-op when not root). */
bool giveToServerUser(const QString &path);
/** Writes @p data to @p path with @p mode, owned by the server user when @p serverOwned. */
bool writePrivateFile(const QString &path, const QByteArray &data, int mode, bool serverOwned, QString *error);

/**
 * Starts @p program as the server user, in its own process group, with stdout and stderr appended to
 * @p logFile, and asks the kernel to send @p deathSignal when Proofer dies so that no server outlives it.
 * Does not wait: failures arrive as QProcess::errorOccurred.
 */
void startServerProcess(QProcess *process, const QString &program, const QStringList &arguments, const QString &logFile,
                        const QString &workingDirectory, int deathSignal);

/** The newest /usr/lib/postgresql/N/bin holding postgres (or $PROOFER_PG_BINDIR). */
QString postgresBinDir();

using Core::scramSha256Verifier;
/** The legacy "md5…" verifier of @p password for @p role. */
QByteArray md5Verifier(const Core::Secret &password, const QString &role);
/** A random password of @p length letters and digits (at least one of each class when long enough). */
Core::Secret randomPassword(int length);
/** The text of @p path from @p offset on (only its last @p maxBytes when given); empty when unreadable. */
QString readFileFrom(const QString &path, qint64 offset, qint64 maxBytes = -1);
/** A free loopback port below the kernel's ephemeral range (32768+). */
quint16 pickLoopbackPort();

/**
 * One local server process with a lifecycle the event loop drives: start() → ready() or failed(),
 * stop() → stopped(), restart(). A process that dies on its own emits crashed().
 */
class LocalServer : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocalServer)

public:
    enum class State { Stopped, Starting, Running, Stopping };

    LocalServer(const QString &name, const QString &directory, QObject *parent = nullptr);
    ~LocalServer() override;

    QString name() const { return m_name; }
    QString directory() const { return m_directory; }
    QString logFile() const;
    quint16 port() const { return m_port; }
    qint64 pid() const;
    State state() const { return m_state; }
    int restarts() const { return m_restarts; }

    /** The certificate and key served, and the CA (PEM). Written to the server's directory at each start. */
    void setTlsMaterial(const QByteArray &certificatePem, const Core::Secret &keyPem, const QByteArray &caPem);

    /** How long a start may take until the server accepts connections (default 60 s); then failed() says so. */
    void setStartTimeout(std::chrono::milliseconds timeout) { m_startTimeout = timeout; }

    void start();
    /** Fast, clean shutdown (SIGINT for PostgreSQL, SIGTERM for Redis); SIGKILL after 15 s. */
    void stop();
    /** stop() then start(): new configuration, certificates and passwords take effect. */
    void restart();

signals:
    void ready();
    void failed(const QString &error);
    void stopped();
    /** The server exited while it was meant to run. */
    void crashed(const QString &reason);

protected:
    /** Prepares files (may run helper processes) and calls launch() when done, or fail(). */
    virtual void prepare() = 0;
    virtual QString program() const = 0;
    virtual QStringList arguments() const = 0;
    virtual bool writeConfiguration(QString *error) = 0;
    virtual int stopSignal() const = 0;
    /** Polled while starting: true once the server accepts connections. */
    virtual bool isReady() = 0;
    /** Runs once ready (e.g. the first-start SQL); calls markReady() or fail() when done. */
    virtual void afterReady() { markReady(); }
    /** True when the log says the port was taken (the start is retried on another port). */
    virtual bool portWasTaken(const QString &logTail) const = 0;
    /** Where the process starts (default: directory()). */
    virtual QString workingDirectory() const { return m_directory; }

    void launch();
    void markReady();
    void fail(const QString &error);
    QString logTail(int bytes = 2000) const;
    bool writeTlsFiles(QString *error);
    QString certificateFile() const;
    QString keyFile() const;
    QString caFile() const;
    bool hasTls() const { return !m_certificatePem.isEmpty(); }

    QProcess *m_process = nullptr;
    qint64 m_logOffset = 0; ///< where this start's log begins
    quint16 m_port = 0;

private:
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void onPoll();

    QString m_name;
    QString m_directory;
    QTimer *m_poll = nullptr;
    QTimer *m_killTimer = nullptr;
    State m_state = State::Stopped;
    int m_portAttempts = 0;
    int m_restarts = 0;
    bool m_restartPending = false;
    qint64 m_startedAtMs = 0;
    std::chrono::milliseconds m_startTimeout{60000};
    QByteArray m_certificatePem;
    Core::Secret m_keyPem;
    QByteArray m_caPem;
};

/** What one PostgreSQL instance serves. */
struct PostgresInstance
{
    QString name; ///< auth-db
    QString database; ///< auth_db
    QString role; ///< auth_user
    Core::Secret password;
    QString seedSql; ///< tables and rows, run as the role in its database on setup
};

/**
 * A PostgreSQL cluster copied from a template data directory (initdb once per state dir), configured for
 * the scenario: TLS files, pg_hba.conf, audit logging. Connections from Proofer itself use the Unix
 * socket in the instance directory with peer authentication mapped to the postgres superuser.
 */
class LocalPostgres final : public LocalServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocalPostgres)

public:
    LocalPostgres(const PostgresInstance &instance, const QString &directory, const QString &templateDir,
                  const ScenarioSettings &settings, QObject *parent = nullptr);
    ~LocalPostgres() override;

    const PostgresInstance &instance() const { return m_instance; }
    QString dataDirectory() const;
    /** The next start (re)creates the role, database and data and sets the password. */
    void requestSetup() { m_setupPending = true; }

protected:
    void prepare() override;
    QString program() const override;
    QStringList arguments() const override;
    bool writeConfiguration(QString *error) override;
    int stopSignal() const override;
    bool isReady() override;
    void afterReady() override;
    bool portWasTaken(const QString &logTail) const override;

private:
    QByteArray setupSql() const;

    PostgresInstance m_instance;
    QString m_templateDir;
    ScenarioSettings m_settings;
    QProcess *m_helper = nullptr;
    bool m_setupPending = false;
};

/** Redis: TLS only (port 0) unless the scenario has no TLS, requirepass, AOF. */
class LocalRedis final : public LocalServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocalRedis)

public:
    LocalRedis(const QString &name, const QString &directory, const Core::Secret &password,
               const Core::Secret &appPassword, const ScenarioSettings &settings, QObject *parent = nullptr);
    ~LocalRedis() override;

    static QString findProgram();

protected:
    void prepare() override;
    QString program() const override;
    QStringList arguments() const override;
    bool writeConfiguration(QString *error) override;
    int stopSignal() const override;
    bool isReady() override;
    bool portWasTaken(const QString &logTail) const override;

private:
    Core::Secret m_password;
    Core::Secret m_appPassword;
    ScenarioSettings m_settings;
};

/**
 * RabbitMQ: Debian's rabbitmq-server with every path (Mnesia, logs, config, plugins, Erlang cookie via
 * HOME) in the instance directory, its own epmd on a loopback port (so nothing is left behind and the
 * system's broker is never touched), AMQPS on port() with TLS, AMQP on plainPort() when the scenario keeps
 * the plain listener, and the management API (HTTP) on managementPort(). Without the guest user unless
 * the scenario has it: the default user is then "bakery" with the given password.
 */
class LocalRabbitMq final : public LocalServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocalRabbitMq)

public:
    LocalRabbitMq(const QString &name, const QString &directory, const Core::Secret &password,
                  const ScenarioSettings &settings, QObject *parent = nullptr);
    ~LocalRabbitMq() override;

    /** The broker's start script, or empty when rabbitmq-server is not installed. */
    static QString findProgram();

    bool tlsOn() const;
    quint16 plainPort() const { return m_plainPort; } ///< 0 when the scenario has no plain listener
    quint16 managementPort() const { return m_managementPort; }
    QString user() const;

protected:
    void prepare() override;
    QString program() const override;
    QStringList arguments() const override;
    bool writeConfiguration(QString *error) override;
    int stopSignal() const override;
    bool isReady() override;
    bool portWasTaken(const QString &logTail) const override;

private:
    Core::Secret m_password;
    ScenarioSettings m_settings;
    ErlangNode *m_node = nullptr; ///< its epmd, stopped with it
    quint16 m_plainPort = 0;
    quint16 m_managementPort = 0;
    quint16 m_distPort = 0;
    quint16 m_configuredPort = 0;
};

} // namespace Demo
