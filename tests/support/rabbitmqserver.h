// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "certfactory.h"

#include <QProcess>
#include <QString>
#include <QStringList>

#include <memory>

class QTemporaryDir;

namespace Test {

struct RabbitMqOptions
{
    bool tls = true;         ///< an AMQPS listener (ssl_options from the fixture's CA)
    bool plain = false;      ///< a plain AMQP listener too
    bool management = true;  ///< the management plugin (HTTP) on its own port
    bool guest = true;       ///< false: the default user is `admin` (guest is never created)
    QString adminPassword;   ///< the admin's password when guest is off; empty: random
    QStringList extraConfig; ///< extra rabbitmq.conf lines
    LeafOptions certificate;
};

/**
 * A real RabbitMQ broker for a test: Debian's rabbitmq-server with every path (Mnesia, logs, config,
 * enabled plugins, Erlang cookie through HOME) in a temp dir, its own epmd on a chosen port, loopback
 * listeners (AMQPS, optionally AMQP, optionally management over HTTP), as the unprivileged server user
 * when the test runs as root. Both processes die with the test (PR_SET_PDEATHSIG).
 *
 * Start-up takes about 5 s on the 2-core CI machine (Erlang boot + the management plugin).
 */
class RabbitMqServer final
{
public:
    explicit RabbitMqServer(CertFactory *ca = nullptr);
    ~RabbitMqServer();
    RabbitMqServer(const RabbitMqServer &) = delete;
    RabbitMqServer &operator=(const RabbitMqServer &) = delete;

    /** Why the broker cannot run here at all (not installed), empty when it can. */
    static QString unavailableReason();

    bool start(const RabbitMqOptions &options = {});
    void stop();
    bool isRunning() const;
    QString errorString() const { return m_error; }

    QString host() const { return QStringLiteral("127.0.0.1"); }
    quint16 tlsPort() const { return m_tlsPort; }               ///< 0 when TLS is off
    quint16 plainPort() const { return m_plainPort; }           ///< 0 when plain AMQP is off
    quint16 managementPort() const { return m_managementPort; } ///< 0 without the management plugin
    QString caFile() const;
    QString dir() const;
    QString logFile() const;
    QString adminUser() const { return m_options.guest ? QStringLiteral("guest") : QStringLiteral("admin"); }
    QString adminPassword() const { return m_options.guest ? QStringLiteral("guest") : m_options.adminPassword; }
    qint64 startupMs() const { return m_startupMs; } ///< from launch to "Server startup complete"
    const CertFactory &ca() const { return *m_ca; }

private:
    bool writeFiles();
    bool launch(bool *portTaken);

    std::unique_ptr<CertFactory> m_ownCa;
    CertFactory *m_ca = nullptr;
    std::unique_ptr<QTemporaryDir> m_dir;
    QProcess m_epmd;
    QProcess m_process;
    RabbitMqOptions m_options;
    QString m_error;
    quint16 m_tlsPort = 0;
    quint16 m_plainPort = 0;
    quint16 m_managementPort = 0;
    quint16 m_distPort = 0;
    quint16 m_epmdPort = 0;
    qint64 m_startupMs = 0;
};

} // namespace Test
