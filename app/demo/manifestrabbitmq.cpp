// SPDX-License-Identifier: GPL-3.0-or-later
/**
 * The broker behind a rabbitmq image of the user's manifests: Debian's rabbitmq-server loading the configuration
 * the image would load, with the pod's paths mapped under its sandbox and its listeners on loopback ports.
 */
#include "demo/manifestrabbitmq.h"

#include "core/secret.h"
#include "demo/erlangnode.h"
#include "demo/localserver.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>

#include <signal.h>

namespace Demo {

namespace {

QString demoTr(const char *text)
{
    return QCoreApplication::translate("Demo", text);
}

/** The official image's /etc/rabbitmq/conf.d/10-defaults.conf (3.9 and later). */
const char imageDefaults[] = "loopback_users.guest = false\nlog.console = true\n";
/** …and the management variant's 20-management_agent.disable_metrics_collector.conf. */
const char imageManagementDefaults[] = "management_agent.disable_metrics_collector = true\n";

/** The port of a listener value: "5671", "0.0.0.0:5671", "[::]:5671"; 0 when none. */
quint16 listenerPort(const QString &value)
{
    const QString port = value.section(u':', -1).trimmed();
    bool ok = false;
    const uint number = port.toUInt(&ok);
    return ok && number > 0 && number < 65536 ? quint16(number) : 0;
}

} // namespace

ManifestRabbitMq::ManifestRabbitMq(const QString &name, const QString &directory, const ContainerPlan &container,
                                   QObject *parent)
    : ManifestServer(name, directory, container, parent)
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

ManifestRabbitMq::~ManifestRabbitMq() = default;

ManifestRabbitMq::Layout ManifestRabbitMq::configure(const QList<QByteArray> &files,
                                                     const std::function<QString(const QString &)> &map,
                                                     bool management, quint16 localSsl, quint16 localTcp,
                                                     quint16 localManagement)
{
    static const QRegularExpression setting(QStringLiteral("^\\s*([A-Za-z0-9_.\\-]+)\\s*=\\s*(.*?)\\s*$"));
    Layout layout;
    bool tcpNone = false;
    bool tcpNamed = false;
    bool diskLimit = false;
    QStringList out = { QStringLiteral("# Written by proofer demo at each start from the pod's configuration; "
                                       "edits are lost.") };
    for (const QByteArray &file : files) {
        for (const QString &line : QString::fromUtf8(file).split(u'\n')) {
            const QRegularExpressionMatch match = setting.match(line);
            if (line.trimmed().startsWith(u'#') || !match.hasMatch()) {
                out << line;
                continue;
            }
            const QString key = match.captured(1);
            QString value = match.captured(2);
            if (key == u"listeners.ssl" || key.startsWith(QStringLiteral("listeners.ssl."))) {
                if (!layout.sslPort && value != u"none")
                    layout.sslPort = listenerPort(value);
                continue; // the demo's own listener replaces it
            }
            if (key == u"listeners.tcp") {
                tcpNone = value == u"none";
                continue;
            }
            if (key.startsWith(QStringLiteral("listeners.tcp."))) {
                tcpNamed = true;
                if (!layout.tcpPort)
                    layout.tcpPort = listenerPort(value);
                continue;
            }
            if (key == u"management.tcp.port") {
                layout.managementPort = listenerPort(value);
                continue;
            }
            if (key.startsWith(QStringLiteral("management.tcp.")) || key.startsWith(QStringLiteral("management.ssl.")))
                continue; // management over TLS is not served by the demo: its plain port is
            diskLimit = diskLimit || key.startsWith(QStringLiteral("disk_free_limit"));
            if (value.startsWith(u'/'))
                value = map(value);
            out << key + QStringLiteral(" = ") + value;
        }
    }
    if (tcpNone) {
        layout.tcpPort = 0;
    } else if (!tcpNamed) {
        layout.tcpPort = 5672; // RabbitMQ's default listener
    }
    if (management && !layout.managementPort)
        layout.managementPort = 15672;
    if (!management)
        layout.managementPort = 0;

    out << QStringLiteral("# The demo's addresses and ports:");
    if (layout.sslPort && localSsl)
        out << QStringLiteral("listeners.ssl.default = 127.0.0.1:%1").arg(localSsl);
    if (layout.tcpPort && localTcp)
        out << QStringLiteral("listeners.tcp.default = 127.0.0.1:%1").arg(localTcp);
    else
        out << QStringLiteral("listeners.tcp = none");
    if (layout.managementPort && localManagement) {
        out << QStringLiteral("management.tcp.ip = 127.0.0.1")
            << QStringLiteral("management.tcp.port = %1").arg(localManagement);
    }
    if (!diskLimit)
        out << QStringLiteral("disk_free_limit.absolute = 50MB");
    layout.config = out.join(u'\n').toUtf8() + '\n';
    return layout;
}

QList<QPair<quint16, quint16>> ManifestRabbitMq::portMap() const
{
    QList<QPair<quint16, quint16>> map;
    if (m_layout.sslPort) {
        map << qMakePair(m_layout.sslPort, m_port);
        if (m_layout.tcpPort)
            map << qMakePair(m_layout.tcpPort, m_plainPort);
    } else if (m_layout.tcpPort) {
        map << qMakePair(m_layout.tcpPort, m_port);
    }
    if (m_layout.managementPort)
        map << qMakePair(m_layout.managementPort, m_managementPort);
    return map;
}

bool ManifestRabbitMq::managementImage() const
{
    return m_container.image.section(u':', 1).contains(QStringLiteral("management"));
}

QList<QByteArray> ManifestRabbitMq::configurationFiles() const
{
    QList<QByteArray> files;
    QFile main(m_container.hostPath(QStringLiteral("/etc/rabbitmq/rabbitmq.conf")));
    if (main.open(QIODevice::ReadOnly))
        files << main.read(1024 * 1024);
    // conf.d: the image's files, unless a volume is mounted over the directory; files mounted into it beside them.
    const bool replaced = std::any_of(m_container.mounts.cbegin(), m_container.mounts.cend(), [](const MountPlan &m) {
        return QDir::cleanPath(m.containerPath) == u"/etc/rabbitmq/conf.d";
    });
    QMap<QString, QByteArray> confD;
    if (!replaced) {
        confD.insert(QStringLiteral("10-defaults.conf"), imageDefaults);
        if (managementImage())
            confD.insert(QStringLiteral("20-management_agent.disable_metrics_collector.conf"), imageManagementDefaults);
    }
    const QDir dir(m_container.hostPath(QStringLiteral("/etc/rabbitmq/conf.d")));
    for (const QString &entry : dir.entryList({ QStringLiteral("*.conf") }, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(entry));
        if (file.open(QIODevice::ReadOnly))
            confD.insert(entry, file.read(1024 * 1024));
    }
    for (auto it = confD.cbegin(); it != confD.cend(); ++it)
        files << it.value();
    return files;
}

void ManifestRabbitMq::prepare()
{
    QStringList argv = m_container.command + m_container.args;
    if (!argv.isEmpty() && QFileInfo(argv.first()).fileName() == u"docker-entrypoint.sh")
        argv.removeFirst();
    if (!argv.isEmpty() && QFileInfo(argv.first()).fileName() != u"rabbitmq-server") {
        m_unsupported = demoTr("the command \"%1\" is not translated (only rabbitmq-server is)").arg(argv.join(u' '));
        fail(demoTr("%1: %2").arg(name(), m_unsupported));
        return;
    }
    if (LocalRabbitMq::findProgram().isEmpty()) {
        m_unsupported = demoTr("rabbitmq-server is not installed on this computer");
        fail(demoTr("%1: %2").arg(name(), m_unsupported));
        return;
    }
    // Which listeners the configuration asks for decides the ports; the node database is fresh at each start, as
    // an emptyDir-backed broker's would be, so that the default user always comes from this configuration.
    m_layout = configure(configurationFiles(), [](const QString &path) { return path; }, managementImage(), 0, 0, 0);
    QDir(directory() + QStringLiteral("/mnesia")).removeRecursively();
    if (!m_distPort)
        m_distPort = pickLoopbackPort();
    if (m_layout.sslPort && m_layout.tcpPort && !m_plainPort)
        m_plainPort = pickLoopbackPort();
    if (m_layout.managementPort && !m_managementPort)
        m_managementPort = pickLoopbackPort();
    m_node->startEpmd();
}

QString ManifestRabbitMq::program() const
{
    return LocalRabbitMq::findProgram();
}

QStringList ManifestRabbitMq::arguments() const
{
    return {};
}

bool ManifestRabbitMq::writeConfiguration(QString *error)
{
    const QString dir = directory();
    if (m_configuredPort && m_port != m_configuredPort) {
        // The last start found a port taken: pick the broker's other ports again too.
        m_distPort = pickLoopbackPort();
        m_plainPort = m_plainPort ? pickLoopbackPort() : quint16(0);
        m_managementPort = m_managementPort ? pickLoopbackPort() : quint16(0);
    }
    m_configuredPort = m_port;
    const quint16 ssl = m_layout.sslPort ? m_port : 0;
    const quint16 tcp = m_layout.sslPort ? m_plainPort : m_port;
    m_layout = configure(configurationFiles(), [this](const QString &path) { return m_container.hostPath(path); },
                         managementImage(), ssl, tcp, m_managementPort);
    QByteArray text = m_layout.config;
    // The image's environment variables for the first user and vhost, as the broker reads them.
    const QList<QPair<const char *, QString>> defaults = { { "default_user", QStringLiteral("RABBITMQ_DEFAULT_USER") },
                                                           { "default_pass", QStringLiteral("RABBITMQ_DEFAULT_PASS") },
                                                           { "default_vhost", QStringLiteral("RABBITMQ_DEFAULT_VHOST") } };
    for (const auto &[key, variable] : defaults) {
        const QByteArray value = m_container.envValue(variable);
        if (!value.isNull())
            text += QByteArray(key) + " = " + value + '\n';
    }
    QByteArray plugins;
    QFile enabled(m_container.hostPath(QStringLiteral("/etc/rabbitmq/enabled_plugins")));
    if (enabled.open(QIODevice::ReadOnly))
        plugins = enabled.read(64 * 1024);
    else
        plugins = managementImage() ? QByteArrayLiteral("[rabbitmq_management].\n") : QByteArrayLiteral("[].\n");
    const bool ok = writePrivateFile(dir + QStringLiteral("/rabbitmq.conf"), text, 0600, true, error)
        && writePrivateFile(dir + QStringLiteral("/enabled_plugins"), plugins, 0600, true, error)
        && writePrivateFile(dir + QStringLiteral("/rabbitmq-env.conf"), QByteArray(), 0600, true, error);
    Core::wipe(text); // it may hold default_pass
    if (!ok)
        return false;
    const QProcessEnvironment broker = m_node->brokerEnvironment(dir + QStringLiteral("/rabbitmq.conf"),
                                                                 dir + QStringLiteral("/enabled_plugins"), m_distPort);
    QList<QPair<QString, QString>> extra;
    for (const QString &key : broker.keys()) {
        if (key.startsWith(QStringLiteral("RABBITMQ_")) || key.startsWith(QStringLiteral("ERL_")) || key == u"HOME")
            extra << qMakePair(key, broker.value(key));
    }
    setEnvironment(extra);
    return true;
}

int ManifestRabbitMq::stopSignal() const
{
    return SIGTERM; // the start script's trap stops the Erlang VM in order
}

bool ManifestRabbitMq::isReady()
{
    return readFileFrom(logFile(), m_logOffset).contains(QStringLiteral("Server startup complete"));
}

bool ManifestRabbitMq::portWasTaken(const QString &logTail) const
{
    return logTail.contains(QStringLiteral("eaddrinuse")) || ManifestServer::portWasTaken(logTail);
}

} // namespace Demo
