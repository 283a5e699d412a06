// SPDX-License-Identifier: GPL-3.0-or-later
#include "kube/portforwarder.h"

#include "core/logging.h"
#include "kube/channelsocket.h"
#include "kube/kubeclient.h"
#include "kube/wire.h"

#include <QCoreApplication>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QWebSocket>

#include <memory>

namespace Kube {

namespace {

constexpr qint64 MaxPendingBytes = 8 * 1024 * 1024;
/** How long a closed tunnel's local socket may take to hand its last bytes to a client that does not read them. */
constexpr std::chrono::milliseconds LocalFlushGrace{5000};

} // namespace

struct PortForwarder::Tunnel
{
    explicit Tunnel(quint16 port)
        : demux(port)
    {
    }

    ChannelDemux demux;
    QPointer<QTcpSocket> local;
    QPointer<QWebSocket> socket;
    QByteArray pending; ///< local bytes before the WebSocket is open
    QString errorText;
    bool open = false;
    bool closed = false;
};

PortForwarder::PortForwarder(KubeClient *client, const QString &namespaceName, const QString &pod, quint16 remotePort,
                             QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_namespace(namespaceName)
    , m_pod(pod)
    , m_remotePort(remotePort)
{
}

PortForwarder::~PortForwarder()
{
    close();
}

bool PortForwarder::listen(QString *error)
{
    if (m_client->proxy().type() == QNetworkProxy::Socks5Proxy) {
        if (error)
            *error = tr("port-forward to %1/%2 cannot go through the SOCKS5 proxy of the kubeconfig "
                        "(kubectl has the same limit): use an HTTP(S) proxy-url or a direct route")
                         .arg(m_namespace, m_pod);
        return false;
    }
    if (!m_server) {
        m_server = new QTcpServer(this);
        connect(m_server, &QTcpServer::newConnection, this, &PortForwarder::accept);
    }
    if (!m_server->listen(QHostAddress::LocalHost, 0)) {
        if (error)
            *error = tr("cannot listen on 127.0.0.1 for the port-forward to %1/%2: %3")
                         .arg(m_namespace, m_pod, m_server->errorString());
        return false;
    }
    return true;
}

void PortForwarder::close()
{
    if (m_server)
        m_server->close();
    const auto sockets = findChildren<QTcpSocket *>();
    for (QTcpSocket *socket : sockets) {
        if (socket->parent() == this)
            socket->abort();
    }
}

quint16 PortForwarder::localPort() const
{
    return m_server ? m_server->serverPort() : 0;
}

void PortForwarder::accept()
{
    while (QTcpSocket *local = m_server->nextPendingConnection()) {
        local->setParent(this);
        qCDebug(lcKube) << "port-forward: accepted a local connection for" << m_pod << m_remotePort;
        openTunnel(local);
    }
}

void PortForwarder::openTunnel(QTcpSocket *local)
{
    auto tunnel = std::make_shared<Tunnel>(m_remotePort);
    tunnel->local = local;

    connect(local, &QTcpSocket::readyRead, this, [tunnel] {
        if (!tunnel->local)
            return;
        const QByteArray data = tunnel->local->readAll();
        if (tunnel->open && tunnel->socket) {
            tunnel->socket->sendBinaryMessage(ChannelDemux::encodeData(data));
        } else {
            tunnel->pending += data;
            if (tunnel->pending.size() > MaxPendingBytes)
                tunnel->local->abort();
        }
    });
    connect(local, &QTcpSocket::disconnected, this, [this, tunnel] { closeTunnel(tunnel, QString()); });

    const Resource pods = resourceFor(QStringLiteral("pods"));
    Operation operation{QStringLiteral("port-forward"), pods, m_namespace, m_pod};
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("ports"), QString::number(m_remotePort));
    const QString path = pods.objectPath(m_namespace, m_pod) + QStringLiteral("/portforward");

    m_client->prepareRequest(path, query, operation, this, [this, tunnel](QNetworkRequest request,
                                                                          const ApiError &error) {
        if (tunnel->closed)
            return;
        if (error.isError()) {
            closeTunnel(tunnel, error.message);
            return;
        }
        auto *socket = openChannelSocket(m_client, request, {QStringLiteral("v4.channel.k8s.io")}, this);
        tunnel->socket = socket;
        connect(socket, &QWebSocket::connected, this, [this, tunnel] {
            if (!tunnel->socket)
                return;
            if (tunnel->socket->subprotocol() != u"v4.channel.k8s.io") {
                closeTunnel(tunnel, tr("port-forward to %1/%2: the server did not accept the v4.channel.k8s.io "
                                       "protocol (got \"%3\")")
                                        .arg(m_namespace, m_pod, tunnel->socket->subprotocol()));
                return;
            }
            tunnel->open = true;
            qCDebug(lcKube) << "port-forward: tunnel open to" << m_pod << m_remotePort;
            ++m_active;
            emit tunnelOpened();
            if (!tunnel->pending.isEmpty()) {
                tunnel->socket->sendBinaryMessage(ChannelDemux::encodeData(tunnel->pending));
                tunnel->pending.clear();
            }
        });
        connect(socket, &QWebSocket::binaryMessageReceived, this, [this, tunnel](const QByteArray &message) {
            ChannelDemux::Frame frame;
            QString protocolError;
            if (!tunnel->demux.decode(message, &frame, &protocolError)) {
                closeTunnel(tunnel, tr("tunnel lost to %1/%2 port %3: %4")
                                        .arg(m_namespace, m_pod)
                                        .arg(m_remotePort)
                                        .arg(protocolError));
                return;
            }
            if (frame.channel == 0) {
                if (tunnel->local && !frame.payload.isEmpty())
                    tunnel->local->write(frame.payload);
            } else {
                tunnel->errorText += QString::fromUtf8(frame.payload.left(4096));
            }
        });
        connect(socket, &QWebSocket::disconnected, this, [this, tunnel] {
            QString error;
            if (!tunnel->errorText.isEmpty()) {
                error = tr("tunnel lost to %1/%2 port %3: %4")
                            .arg(m_namespace, m_pod)
                            .arg(m_remotePort)
                            .arg(tunnel->errorText.trimmed());
            } else if (!tunnel->open && tunnel->socket) {
                error = tr("port-forward to %1/%2 port %3 failed: %4")
                            .arg(m_namespace, m_pod)
                            .arg(m_remotePort)
                            .arg(tunnel->socket->errorString());
            }
            closeTunnel(tunnel, error);
        });
        connect(socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this, [this, tunnel](QAbstractSocket::SocketError) {
            if (tunnel->open || !tunnel->socket)
                return; // an open tunnel reports through disconnected()
            closeTunnel(tunnel, tr("port-forward to %1/%2 port %3 failed: %4")
                                    .arg(m_namespace, m_pod)
                                    .arg(m_remotePort)
                                    .arg(tunnel->socket->errorString()));
        });
    });
}

void PortForwarder::closeTunnel(const std::shared_ptr<Tunnel> &tunnel, const QString &error)
{
    if (tunnel->closed)
        return;
    tunnel->closed = true;
    if (tunnel->open) {
        --m_active;
        emit tunnelClosed();
    }
    if (!error.isEmpty()) {
        qCDebug(lcKube) << "port-forward:" << error;
        emit tunnelError(error);
    }
    if (tunnel->local) {
        // What the pod sent last (a server's refusal before it hangs up) must reach the local client before the
        // close: disconnectFromHost() writes it out first, and a socket deleted before that would be aborted with
        // it unsent. So the socket goes once it is disconnected (or after a grace period, when the client reads
        // nothing).
        QTcpSocket *local = tunnel->local;
        local->disconnectFromHost();
        if (local->state() == QAbstractSocket::UnconnectedState) {
            local->deleteLater();
        } else {
            connect(local, &QAbstractSocket::disconnected, local, &QObject::deleteLater);
            QTimer::singleShot(LocalFlushGrace, local, &QObject::deleteLater);
        }
    }
    if (tunnel->socket) {
        QWebSocket *socket = tunnel->socket;
        tunnel->socket = nullptr;
        socket->close();
        socket->deleteLater();
    }
}

} // namespace Kube
