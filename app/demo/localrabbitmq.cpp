// SPDX-License-Identifier: GPL-3.0-or-later
/**
 * LocalRabbitMq: the demo's broker, Debian's rabbitmq-server with every path in its instance directory and
 * its own epmd on a loopback port, configured (AMQPS, the plain listener when the scenario keeps it, the
 * management API, the default user) at each start. The process lifecycle is LocalServer's (localserver.cpp).
 */
#include "demo/erlangnode.h"
#include "demo/localserver.h"

#include "core/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QStandardPaths>

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
    , m_node(new ErlangNode(this))
{
    connect(m_node, &ErlangNode::listening, this, [this] {
        if (state() == State::Starting)
            launch();
    });
    connect(m_node, &ErlangNode::failed, this, [this](const QString &error) {
        if (state() == State::Starting)
            fail(demoTr("%1: %2").arg(this->name(), error));
    });
}

LocalRabbitMq::~LocalRabbitMq() = default;

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
    m_node->startEpmd();
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
    const QProcessEnvironment env = m_node->brokerEnvironment(dir + QStringLiteral("/rabbitmq.conf"),
                                                              dir + QStringLiteral("/enabled_plugins"), m_distPort);
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
