// SPDX-License-Identifier: GPL-3.0-or-later
#include "countingrelay.h"

#include <QTcpSocket>

#include <memory>

namespace Test {

CountingRelay::CountingRelay(quint16 target, QObject *parent)
    : QObject(parent)
    , m_target(target)
{
}

bool CountingRelay::listen()
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *client = m_server.nextPendingConnection())
            relay(client);
    });
    return m_server.listen(QHostAddress::LocalHost);
}

void CountingRelay::relay(QTcpSocket *client)
{
    const qsizetype index = m_firstBytes.size();
    m_firstBytes.append(QByteArray());
    auto *upstream = new QTcpSocket(client);
    auto pending = std::make_shared<QByteArray>();
    // The index may be gone after a reset(): record only while the list still holds this connection.
    auto record = [this, index](const QByteArray &bytes) {
        if (index < m_firstBytes.size() && m_firstBytes[index].size() < 4096)
            m_firstBytes[index].append(bytes.left(4096 - m_firstBytes[index].size()));
    };
    connect(client, &QTcpSocket::readyRead, client, [client, upstream, pending, record] {
        const QByteArray bytes = client->readAll();
        record(bytes);
        if (upstream->state() == QAbstractSocket::ConnectedState)
            upstream->write(bytes);
        else
            pending->append(bytes);
    });
    connect(upstream, &QTcpSocket::connected, client, [upstream, pending] {
        upstream->write(*pending);
        pending->clear();
    });
    connect(upstream, &QTcpSocket::readyRead, client, [client, upstream] { client->write(upstream->readAll()); });
    connect(upstream, &QTcpSocket::disconnected, client, [client] { client->disconnectFromHost(); });
    connect(upstream, &QTcpSocket::errorOccurred, client, [client] { client->disconnectFromHost(); });
    connect(client, &QTcpSocket::disconnected, client, [client, upstream] {
        upstream->disconnectFromHost();
        client->deleteLater();
    });
    upstream->connectToHost(QHostAddress::LocalHost, m_target);
}

} // namespace Test
