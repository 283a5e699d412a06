// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demo/manifestservers.h"

#include <functional>

namespace Demo {

class ErlangNode;

/**
 * The official rabbitmq image: rabbitmq-server with the image's configuration (its conf.d defaults,
 * `loopback_users.guest = false` among them, unless the pod mounts its own conf.d), the pod's
 * /etc/rabbitmq/rabbitmq.conf and enabled_plugins with their paths mapped, the env's RABBITMQ_DEFAULT_USER,
 * _PASS and _VHOST, and the management plugin on the `-management` tags. The listeners the configuration names
 * (ssl, tcp, management) are served on loopback ports of their own: portMap() says which.
 */
class ManifestRabbitMq final : public ManifestServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ManifestRabbitMq)

public:
    ManifestRabbitMq(const QString &name, const QString &directory, const ContainerPlan &container,
                     QObject *parent = nullptr);
    ~ManifestRabbitMq() override;

    QList<QPair<quint16, quint16>> portMap() const override;

    /**
     * The broker's configuration as the image would load it, for the demo's ports: @p userConf (rabbitmq.conf)
     * then @p confD (conf.d files in name order), paths mapped by @p map, listener and management lines replaced.
     * Exposed for tests. The container ports its listeners serve on are returned in the out-parameters (0: none).
     */
    struct Layout
    {
        QByteArray config;
        quint16 sslPort = 0;
        quint16 tcpPort = 0;
        quint16 managementPort = 0;
    };
    static Layout configure(const QList<QByteArray> &files, const std::function<QString(const QString &)> &map,
                            bool management, quint16 localSsl, quint16 localTcp, quint16 localManagement);

protected:
    void prepare() override;
    QString program() const override;
    QStringList arguments() const override;
    bool writeConfiguration(QString *error) override;
    int stopSignal() const override;
    bool isReady() override;
    bool portWasTaken(const QString &logTail) const override;

private:
    /** The configuration files the image loads, in order: rabbitmq.conf, then conf.d. */
    QList<QByteArray> configurationFiles() const;
    bool managementImage() const;

    ErlangNode *m_node = nullptr;
    Layout m_layout; ///< container ports, from the last configuration
    quint16 m_plainPort = 0;
    quint16 m_managementPort = 0;
    quint16 m_distPort = 0;
    quint16 m_configuredPort = 0; ///< m_port when the ports above were picked
};

} // namespace Demo
