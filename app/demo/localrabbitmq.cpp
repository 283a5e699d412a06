// SPDX-License-Identifier: GPL-3.0-or-later
/**
 * LocalRabbitMq: the demo's broker, Debian's rabbitmq-server with every path in its instance directory and
 * its own epmd on a loopback port, configured (AMQPS, the plain listener when the scenario keeps it, the
 * management API, the default user) at each start. The process lifecycle is LocalServer's (localserver.cpp).
 */
#include "demo/localserver.h"

#include "core/logging.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTimer>

#include <signal.h>

namespace Demo {

namespace {

QString demoTr(const char *text)
{
    return QCoreApplication::translate("Demo", text);
}

} // namespace

LocalRabbitMq::LocalRabbitMq(const QString &name, const QString &directory, const Core::Secret &password,
                             const ScenarioSettings &settings, QObject *parent)
    : LocalServer(name, directory, parent)
    , m_password(password)
    , m_settings(settings)
{
    // epmd lives as long as the broker: stopped with it, never left behind.
    connect(this, &LocalServer::stopped, this, &LocalRabbitMq::stopEpmd);
    connect(this, &LocalServer::failed, this, &LocalRabbitMq::stopEpmd);
}

LocalRabbitMq::~LocalRabbitMq()
{
    stopEpmd();
}

QString LocalRabbitMq::findProgram()
{
    const QString script = QStringLiteral("/usr/lib/rabbitmq/bin/rabbitmq-server");
    if (!QFileInfo(script).isExecutable() || QStandardPaths::findExecutable(QStringLiteral("epmd")).isEmpty())
        return {};
    return script;
}

bool LocalRabbitMq::tlsOn() const
{
    return m_settings.tls && hasTls();
}

QString LocalRabbitMq::user() const
{
    return m_settings.rabbitmqGuest ? QStringLiteral("guest") : QStringLiteral("bakery");
}

void LocalRabbitMq::stopEpmd()
{
    if (m_epmdPoll)
        m_epmdPoll->stop();
    if (m_epmd && m_epmd->state() != QProcess::NotRunning)
        m_epmd->kill(); // reaped by QProcess on the event loop
}

void LocalRabbitMq::prepare()
{
    // The users come from rabbitmq.conf (default_user, or guest in the "before" scenario): a fresh node
    // database at each start, so a scenario or password change always takes effect. It holds nothing else.
    QDir(directory() + QStringLiteral("/mnesia")).removeRecursively();
    if (!m_managementPort)
        m_managementPort = pickLoopbackPort();
    if (!m_distPort)
        m_distPort = pickLoopbackPort();
    if (m_settings.rabbitmqPlainListener && tlsOn() && !m_plainPort)
        m_plainPort = pickLoopbackPort();
    if (m_epmd && m_epmd->state() == QProcess::Running) {
        launch();
        return;
    }
    if (!m_epmd) {
        m_epmd = new QProcess(this);
        m_epmdPoll = new QTimer(this);
        m_epmdPoll->setInterval(20);
        connect(m_epmdPoll, &QTimer::timeout, this, [this] {
            if (state() != State::Starting) {
                m_epmdPoll->stop();
                return;
            }
            if (m_epmd->state() != QProcess::Running
                || QDateTime::currentMSecsSinceEpoch() - m_epmdStartedMs > 5000) {
                m_epmdPoll->stop();
                m_epmdPort = 0;
                fail(demoTr("%1: epmd did not start: %2")
                         .arg(name(), readFileFrom(directory() + QStringLiteral("/epmd.log"), 0, 1000).trimmed()));
                return;
            }
            // Is epmd listening yet? A loopback connect, asynchronous like everything on this thread.
            auto *socket = new QTcpSocket(this);
            connect(socket, &QTcpSocket::connected, this, [this, socket] {
                socket->deleteLater();
                if (!m_epmdPoll->isActive() || state() != State::Starting)
                    return;
                m_epmdPoll->stop();
                launch();
            });
            connect(socket, &QTcpSocket::errorOccurred, socket, &QObject::deleteLater);
            socket->connectToHost(QHostAddress::LocalHost, m_epmdPort);
        });
    }
    m_epmdPort = pickLoopbackPort();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), directory());
    m_epmd->setProcessEnvironment(env);
    m_epmd->setStandardInputFile(QProcess::nullDevice());
    startServerProcess(m_epmd, QStandardPaths::findExecutable(QStringLiteral("epmd")),
                       { QStringLiteral("-port"), QString::number(m_epmdPort), QStringLiteral("-address"),
                         QStringLiteral("127.0.0.1") },
                       directory() + QStringLiteral("/epmd.log"), directory(), SIGKILL);
    m_epmdStartedMs = QDateTime::currentMSecsSinceEpoch();
    m_epmdPoll->start();
}

QString LocalRabbitMq::program() const
{
    return findProgram();
}

QStringList LocalRabbitMq::arguments() const
{
    return {};
}

int LocalRabbitMq::stopSignal() const
{
    return SIGTERM; // the start script's trap stops the Erlang VM in order
}

bool LocalRabbitMq::writeConfiguration(QString *error)
{
    const QString dir = directory();
    if (m_configuredPort && m_port != m_configuredPort) {
        // The last start found a port taken: pick the broker's other ports again too.
        m_managementPort = pickLoopbackPort();
        m_distPort = pickLoopbackPort();
        if (m_plainPort)
            m_plainPort = pickLoopbackPort();
    }
    m_configuredPort = m_port;
    QStringList conf = { QStringLiteral("# Written by proofer demo at each start; edits are lost.") };
    if (tlsOn()) {
        conf << QStringLiteral("listeners.ssl.default = 127.0.0.1:%1").arg(m_port)
             << QStringLiteral("ssl_options.cacertfile = %1").arg(caFile())
             << QStringLiteral("ssl_options.certfile = %1").arg(certificateFile())
             << QStringLiteral("ssl_options.keyfile = %1").arg(keyFile())
             << QStringLiteral("ssl_options.verify = verify_none")
             << QStringLiteral("ssl_options.fail_if_no_peer_cert = false")
             << QStringLiteral("ssl_options.versions.1 = tlsv1.3")
             << QStringLiteral("ssl_options.versions.2 = tlsv1.2");
        if (m_plainPort)
            conf << QStringLiteral("listeners.tcp.default = 127.0.0.1:%1").arg(m_plainPort);
        else
            conf << QStringLiteral("listeners.tcp = none");
    } else {
        conf << QStringLiteral("listeners.tcp.default = 127.0.0.1:%1").arg(m_port);
    }
    conf << QStringLiteral("management.tcp.ip = 127.0.0.1")
         << QStringLiteral("management.tcp.port = %1").arg(m_managementPort)
         << QStringLiteral("disk_free_limit.absolute = 50MB");
    if (!m_settings.rabbitmqGuest) {
        // guest is created on first boot only as the default user: name the platform's own instead.
        conf << QStringLiteral("default_user = bakery")
             << QStringLiteral("default_pass = %1").arg(QString::fromUtf8(m_password.reveal()));
    }
    QByteArray text = conf.join(u'\n').toUtf8() + '\n';
    const bool ok = writePrivateFile(dir + QStringLiteral("/rabbitmq.conf"), text, 0600, true, error)
        && writePrivateFile(dir + QStringLiteral("/enabled_plugins"), "[rabbitmq_management].\n", 0600, true, error)
        && writePrivateFile(dir + QStringLiteral("/rabbitmq-env.conf"), QByteArray(), 0600, true, error);
    Core::wipe(text);
    if (!ok)
        return false;

    // Everything the broker writes stays in its directory; its node, ports and epmd are its own.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), dir);
    env.insert(QStringLiteral("ERL_EPMD_PORT"), QString::number(m_epmdPort));
    env.insert(QStringLiteral("RABBITMQ_CONF_ENV_FILE"), dir + QStringLiteral("/rabbitmq-env.conf"));
    env.insert(QStringLiteral("RABBITMQ_CONFIG_FILE"), dir + QStringLiteral("/rabbitmq.conf"));
    env.insert(QStringLiteral("RABBITMQ_ADVANCED_CONFIG_FILE"), dir + QStringLiteral("/advanced.config"));
    env.insert(QStringLiteral("RABBITMQ_ENABLED_PLUGINS_FILE"), dir + QStringLiteral("/enabled_plugins"));
    env.insert(QStringLiteral("RABBITMQ_MNESIA_BASE"), dir + QStringLiteral("/mnesia"));
    env.insert(QStringLiteral("RABBITMQ_LOG_BASE"), dir + QStringLiteral("/log"));
    env.insert(QStringLiteral("RABBITMQ_LOGS"), QStringLiteral("-"));
    env.insert(QStringLiteral("RABBITMQ_PID_FILE"), dir + QStringLiteral("/rabbitmq.pid"));
    env.insert(QStringLiteral("RABBITMQ_NODENAME"), QStringLiteral("proofer-demo@localhost"));
    env.insert(QStringLiteral("RABBITMQ_NODE_IP_ADDRESS"), QStringLiteral("127.0.0.1"));
    env.insert(QStringLiteral("RABBITMQ_DIST_PORT"), QString::number(m_distPort));
    env.insert(QStringLiteral("RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS"),
               QStringLiteral("-kernel inet_dist_use_interface {127,0,0,1}"));
    m_process->setProcessEnvironment(env);
    return true;
}

bool LocalRabbitMq::isReady()
{
    return readFileFrom(logFile(), m_logOffset).contains(QStringLiteral("Server startup complete"));
}

bool LocalRabbitMq::portWasTaken(const QString &logTail) const
{
    return logTail.contains(QStringLiteral("eaddrinuse"));
}

} // namespace Demo
