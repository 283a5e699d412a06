// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class QTcpServer;
class QTcpSocket;
class QWebSocket;

namespace Kube {

class KubeClient;

/**
 * `kubectl port-forward` for one pod port over the WebSocket protocol (subprotocol
 * v4.channel.k8s.io): a listener on 127.0.0.1 (a port the kernel picks), and one WebSocket per
 * accepted local connection, so libpq can connect with hostaddr=127.0.0.1, the local port and
 * host=<service DNS name> and still verify the certificate's name (verify-full).
 *
 * Channel 0 carries data and channel 1 errors; every binary message starts with its channel byte
 * and the first message on each channel carries the port (little-endian uint16), which is stripped.
 * An error from the error channel or a closed WebSocket is reported as "tunnel lost", never as the
 * datastore being down.
 */
class PortForwarder final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PortForwarder)

public:
    PortForwarder(KubeClient *client, const QString &namespaceName, const QString &pod, quint16 remotePort,
                  QObject *parent = nullptr);
    ~PortForwarder() override;

    /** Starts listening on 127.0.0.1; false with @p error when it cannot. */
    bool listen(QString *error = nullptr);
    void close();
    quint16 localPort() const;
    QString podName() const { return m_pod; }
    quint16 remotePort() const { return m_remotePort; }
    /** Local connections with a live WebSocket. */
    int activeTunnels() const { return m_active; }

signals:
    void tunnelOpened();
    void tunnelClosed();
    /** A tunnel failed: the message names the pod and port and starts with "tunnel lost" or says why it never opened. */
    void tunnelError(const QString &message);

private:
    struct Tunnel;
    void accept();
    void openTunnel(QTcpSocket *local);
    void closeTunnel(const std::shared_ptr<Tunnel> &tunnel, const QString &error);

    KubeClient *m_client;
    QString m_namespace;
    QString m_pod;
    quint16 m_remotePort;
    QTcpServer *m_server = nullptr;
    int m_active = 0;
};

} // namespace Kube
