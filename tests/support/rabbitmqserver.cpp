// SPDX-License-Identifier: GPL-3.0-or-later
#include "rabbitmqserver.h"

#include "serverprocess.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>

#include <signal.h>

namespace Test {

namespace {

const QString kServerScript = QStringLiteral("/usr/lib/rabbitmq/bin/rabbitmq-server");

QString randomToken(int length)
{
    QString token;
    for (int i = 0; i < length; ++i)
        token += QChar(u'a' + QRandomGenerator::global()->bounded(26));
    return token;
}

bool listening(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), port);
    return socket.waitForConnected(200);
}

} // namespace

RabbitMqServer::RabbitMqServer(CertFactory *ca)
    : m_ca(ca)
{
    if (!m_ca) {
        m_ownCa = std::make_unique<CertFactory>();
        m_ca = m_ownCa.get();
    }
}

RabbitMqServer::~RabbitMqServer()
{
    stop();
}

QString RabbitMqServer::unavailableReason()
{
    if (!QFile::exists(kServerScript))
        return QStringLiteral("rabbitmq-server is not installed (scripts/setup installs it)");
    if (QStandardPaths::findExecutable(QStringLiteral("epmd")).isEmpty())
        return QStringLiteral("epmd (erlang-base) is not installed");
    return {};
}

QString RabbitMqServer::dir() const
{
    return m_dir ? m_dir->path() : QString();
}

QString RabbitMqServer::caFile() const
{
    return dir() + QStringLiteral("/ca.crt");
}

QString RabbitMqServer::logFile() const
{
    return dir() + QStringLiteral("/rabbitmq.log");
}

bool RabbitMqServer::isRunning() const
{
    return m_process.state() == QProcess::Running;
}

bool RabbitMqServer::writeFiles()
{
    QStringList conf;
    if (m_options.plain)
        conf << QStringLiteral("listeners.tcp.1 = 127.0.0.1:%1").arg(m_plainPort);
    else
        conf << QStringLiteral("listeners.tcp = none");
    if (m_options.tls) {
        conf << QStringLiteral("listeners.ssl.1 = 127.0.0.1:%1").arg(m_tlsPort)
             << QStringLiteral("ssl_options.cacertfile = %1").arg(caFile())
             << QStringLiteral("ssl_options.certfile = %1/server.crt").arg(dir())
             << QStringLiteral("ssl_options.keyfile = %1/server.key").arg(dir())
             << QStringLiteral("ssl_options.verify = verify_none")
             << QStringLiteral("ssl_options.fail_if_no_peer_cert = false");
    }
    if (m_options.management) {
        conf << QStringLiteral("management.tcp.ip = 127.0.0.1")
             << QStringLiteral("management.tcp.port = %1").arg(m_managementPort);
    }
    if (!m_options.guest) {
        // guest is only created on first boot when it is the default user: name another one.
        conf << QStringLiteral("default_user = admin")
             << QStringLiteral("default_pass = %1").arg(m_options.adminPassword);
    }
    // No disk-space alarm from a small /tmp, no waiting for peers.
    conf << QStringLiteral("disk_free_limit.absolute = 1MB") << m_options.extraConfig;

    const QByteArray plugins = m_options.management ? "[rabbitmq_management].\n" : "[].\n";
    return CertFactory::writeFile(dir() + QStringLiteral("/rabbitmq.conf"), conf.join(u'\n').toUtf8() + '\n', 0600)
           && CertFactory::writeFile(dir() + QStringLiteral("/enabled_plugins"), plugins, 0600)
           && CertFactory::writeFile(dir() + QStringLiteral("/rabbitmq-env.conf"), QByteArray(), 0600)
           && chownToServerUser(dir() + QStringLiteral("/rabbitmq.conf"))
           && chownToServerUser(dir() + QStringLiteral("/enabled_plugins"))
           && chownToServerUser(dir() + QStringLiteral("/rabbitmq-env.conf"));
}

bool RabbitMqServer::start(const RabbitMqOptions &options)
{
    m_options = options;
    if (!m_options.guest && m_options.adminPassword.isEmpty())
        m_options.adminPassword = randomToken(32);
    m_error = unavailableReason();
    if (!m_error.isEmpty())
        return false;
    if (!m_ca->isValid()) {
        m_error = QStringLiteral("test CA: %1").arg(m_ca->errorString());
        return false;
    }
    m_dir = makeServerDir(&m_error);
    if (!m_dir)
        return false;
    if (m_options.tls) {
        const IssuedCertificate server = m_ca->issue(m_options.certificate);
        if (server.certificatePem.isEmpty()) {
            m_error = QStringLiteral("server certificate: %1").arg(m_ca->errorString());
            return false;
        }
        if (!CertFactory::writeFile(dir() + QStringLiteral("/server.crt"), server.certificatePem)
            || !CertFactory::writeFile(dir() + QStringLiteral("/server.key"), server.key.privateKeyPem.reveal(), 0600)
            || !CertFactory::writeFile(caFile(), m_ca->caCertificatePem())
            || !chownToServerUser(dir() + QStringLiteral("/server.key"))) {
            m_error = QStringLiteral("could not write the certificate files");
            return false;
        }
    }
    for (int attempt = 0; attempt < 5; ++attempt) {
        bool portTaken = false;
        if (launch(&portTaken))
            return true;
        if (!portTaken)
            return false;
    }
    return false;
}

bool RabbitMqServer::launch(bool *portTaken)
{
    m_tlsPort = m_options.tls ? pickFreePort() : 0;
    m_plainPort = m_options.plain ? pickFreePort() : 0;
    m_managementPort = m_options.management ? pickFreePort() : 0;
    m_distPort = pickFreePort();
    m_epmdPort = pickFreePort();
    if (!writeFiles()) {
        m_error = QStringLiteral("could not write rabbitmq.conf");
        return false;
    }
    QFile::remove(logFile());

    // The environment isolates the node from the system's broker: every path in the temp dir, its own
    // node name, distribution port and epmd. PROOFER_FIXTURE_DIR marks both processes for the stray check.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QString d = dir();
    env.insert(QStringLiteral("PROOFER_FIXTURE_DIR"), d);
    env.insert(QStringLiteral("HOME"), d);
    env.insert(QStringLiteral("ERL_EPMD_PORT"), QString::number(m_epmdPort));
    m_epmd.setProcessEnvironment(env);

    ChildSpec epmd;
    epmd.program = QStandardPaths::findExecutable(QStringLiteral("epmd"));
    epmd.arguments = {QStringLiteral("-port"), QString::number(m_epmdPort), QStringLiteral("-address"),
                      QStringLiteral("127.0.0.1")};
    epmd.logFile = d + QStringLiteral("/epmd.log");
    epmd.workingDirectory = d;
    epmd.deathSignal = SIGTERM;
    epmd.dropToUnprivilegedUser = true;
    if (!startChild(m_epmd, epmd, &m_error))
        return false;
    QElapsedTimer epmdTimer;
    epmdTimer.start();
    while (!listening(m_epmdPort)) {
        if (m_epmd.state() != QProcess::Running || epmdTimer.elapsed() > 5000) {
            m_epmd.waitForFinished(500);
            *portTaken = readTextFile(epmd.logFile).contains(QStringLiteral("in use"))
                         || m_epmd.state() != QProcess::Running;
            m_error = QStringLiteral("epmd did not start: %1").arg(readTextFile(epmd.logFile).right(1000));
            stopChild(m_epmd, SIGTERM, 2000);
            return false;
        }
        QThread::msleep(20);
    }

    env.insert(QStringLiteral("RABBITMQ_CONF_ENV_FILE"), d + QStringLiteral("/rabbitmq-env.conf"));
    env.insert(QStringLiteral("RABBITMQ_CONFIG_FILE"), d + QStringLiteral("/rabbitmq.conf"));
    env.insert(QStringLiteral("RABBITMQ_ADVANCED_CONFIG_FILE"), d + QStringLiteral("/advanced.config"));
    env.insert(QStringLiteral("RABBITMQ_ENABLED_PLUGINS_FILE"), d + QStringLiteral("/enabled_plugins"));
    env.insert(QStringLiteral("RABBITMQ_MNESIA_BASE"), d + QStringLiteral("/mnesia"));
    env.insert(QStringLiteral("RABBITMQ_LOG_BASE"), d + QStringLiteral("/log"));
    env.insert(QStringLiteral("RABBITMQ_LOGS"), QStringLiteral("-"));
    env.insert(QStringLiteral("RABBITMQ_PID_FILE"), d + QStringLiteral("/rabbitmq.pid"));
    env.insert(QStringLiteral("RABBITMQ_NODENAME"), QStringLiteral("proofer-") + randomToken(8) + QStringLiteral("@localhost"));
    env.insert(QStringLiteral("RABBITMQ_NODE_IP_ADDRESS"), QStringLiteral("127.0.0.1"));
    env.insert(QStringLiteral("RABBITMQ_DIST_PORT"), QString::number(m_distPort));
    // The Erlang distribution listens on loopback only.
    env.insert(QStringLiteral("RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS"),
               QStringLiteral("-kernel inet_dist_use_interface {127,0,0,1}"));
    m_process.setProcessEnvironment(env);

    ChildSpec spec;
    spec.program = kServerScript;
    spec.logFile = logFile();
    spec.workingDirectory = d;
    spec.deathSignal = SIGTERM; // the script's trap stops the VM in order
    spec.dropToUnprivilegedUser = true;
    QElapsedTimer timer;
    timer.start();
    if (!startChild(m_process, spec, &m_error)) {
        stopChild(m_epmd, SIGTERM, 2000);
        return false;
    }
    while (timer.elapsed() < 60000) {
        const QString log = readTextFile(logFile());
        if (m_process.state() != QProcess::Running) {
            m_process.waitForFinished(1000);
            *portTaken = log.contains(QStringLiteral("eaddrinuse"));
            m_error = QStringLiteral("rabbitmq-server exited during start-up: %1").arg(log.right(3000));
            stopChild(m_epmd, SIGTERM, 2000);
            return false;
        }
        if (log.contains(QStringLiteral("Server startup complete"))) {
            m_startupMs = timer.elapsed();
            return true;
        }
        if (log.contains(QStringLiteral("eaddrinuse"))) {
            *portTaken = true;
            m_error = QStringLiteral("a port was taken: %1").arg(log.right(2000));
            stop();
            return false;
        }
        QThread::msleep(25);
    }
    m_error = QStringLiteral("rabbitmq-server did not start within 60 s: %1").arg(readTextFile(logFile()).right(3000));
    stop();
    return false;
}

void RabbitMqServer::stop()
{
    // SIGTERM to the script: its trap stops the VM gracefully and waits for it.
    stopChild(m_process, SIGTERM, 20000);
    stopChild(m_epmd, SIGTERM, 2000);
}

} // namespace Test
