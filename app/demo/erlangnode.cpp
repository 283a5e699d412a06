// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/erlangnode.h"

#include "demo/localserver.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHostAddress>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTimer>

#include <signal.h>

namespace Demo {

ErlangNode::ErlangNode(LocalServer *broker)
    : QObject(broker)
    , m_directory(broker->directory())
    , m_poll(new QTimer(this))
{
    m_poll->setInterval(20);
    connect(m_poll, &QTimer::timeout, this, &ErlangNode::poll);
    // epmd lives as long as the broker: stopped with it, never left behind.
    connect(broker, &LocalServer::stopped, this, &ErlangNode::stop);
    connect(broker, &LocalServer::failed, this, &ErlangNode::stop);
    connect(broker, &LocalServer::crashed, this, &ErlangNode::stop);
}

ErlangNode::~ErlangNode()
{
    stop();
}

void ErlangNode::startEpmd()
{
    if (m_epmd && m_epmd->state() == QProcess::Running) {
        emit listening();
        return;
    }
    if (!m_epmd)
        m_epmd = new QProcess(this);
    m_epmdPort = pickLoopbackPort();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_directory);
    m_epmd->setProcessEnvironment(env);
    m_epmd->setStandardInputFile(QProcess::nullDevice());
    startServerProcess(m_epmd, QStandardPaths::findExecutable(QStringLiteral("epmd")),
                       { QStringLiteral("-port"), QString::number(m_epmdPort), QStringLiteral("-address"),
                         QStringLiteral("127.0.0.1") },
                       m_directory + QStringLiteral("/epmd.log"), m_directory, SIGKILL);
    m_startedMs = QDateTime::currentMSecsSinceEpoch();
    m_poll->start();
}

void ErlangNode::stop()
{
    m_poll->stop();
    if (m_epmd && m_epmd->state() != QProcess::NotRunning)
        m_epmd->kill(); // reaped by QProcess on the event loop
}

void ErlangNode::poll()
{
    if (m_epmd->state() != QProcess::Running || QDateTime::currentMSecsSinceEpoch() - m_startedMs > 5000) {
        m_poll->stop();
        m_epmdPort = 0;
        emit failed(QCoreApplication::translate("Demo", "epmd did not start: %1")
                        .arg(readFileFrom(m_directory + QStringLiteral("/epmd.log"), 0, 1000).trimmed()));
        return;
    }
    // Is epmd listening yet? A loopback connect, asynchronous like everything on this thread.
    auto *socket = new QTcpSocket(this);
    connect(socket, &QTcpSocket::connected, this, [this, socket] {
        socket->deleteLater();
        if (!m_poll->isActive())
            return;
        m_poll->stop();
        emit listening();
    });
    connect(socket, &QTcpSocket::errorOccurred, socket, &QObject::deleteLater);
    socket->connectToHost(QHostAddress::LocalHost, m_epmdPort);
}

QProcessEnvironment ErlangNode::brokerEnvironment(const QString &configFile, const QString &enabledPluginsFile,
                                                  quint16 distPort) const
{
    const QString dir = m_directory;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), dir);
    env.insert(QStringLiteral("ERL_EPMD_PORT"), QString::number(m_epmdPort));
    env.insert(QStringLiteral("RABBITMQ_CONF_ENV_FILE"), dir + QStringLiteral("/rabbitmq-env.conf"));
    env.insert(QStringLiteral("RABBITMQ_CONFIG_FILE"), configFile);
    env.insert(QStringLiteral("RABBITMQ_ADVANCED_CONFIG_FILE"), dir + QStringLiteral("/advanced.config"));
    env.insert(QStringLiteral("RABBITMQ_ENABLED_PLUGINS_FILE"), enabledPluginsFile);
    env.insert(QStringLiteral("RABBITMQ_MNESIA_BASE"), dir + QStringLiteral("/mnesia"));
    env.insert(QStringLiteral("RABBITMQ_LOG_BASE"), dir + QStringLiteral("/log"));
    env.insert(QStringLiteral("RABBITMQ_LOGS"), QStringLiteral("-"));
    env.insert(QStringLiteral("RABBITMQ_PID_FILE"), dir + QStringLiteral("/rabbitmq.pid"));
    env.insert(QStringLiteral("RABBITMQ_NODENAME"), QStringLiteral("proofer-demo@localhost"));
    env.insert(QStringLiteral("RABBITMQ_NODE_IP_ADDRESS"), QStringLiteral("127.0.0.1"));
    env.insert(QStringLiteral("RABBITMQ_DIST_PORT"), QString::number(distPort));
    env.insert(QStringLiteral("RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS"),
               QStringLiteral("-kernel inet_dist_use_interface {127,0,0,1}"));
    return env;
}

} // namespace Demo
