// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QTcpServer>

namespace Test {

/**
 * A TCP relay on a free loopback port in front of a real server: forwards every connection both ways and counts
 * them, keeping the first bytes each client sent (a PostgreSQL startup packet without TLS is readable there, an
 * SSLRequest says a TLS connection follows). What a test needs to prove how many connections a scan made.
 */
class CountingRelay final : public QObject
{
    Q_DISABLE_COPY_MOVE(CountingRelay)

public:
    explicit CountingRelay(quint16 target, QObject *parent = nullptr);

    bool listen();
    quint16 port() const { return m_server.serverPort(); }
    /** Connections accepted since the last reset(). */
    int connections() const { return int(m_firstBytes.size()); }
    /** Per connection since the last reset(), in order: the first bytes (up to 4 KiB) the client sent. */
    const QList<QByteArray> &firstBytes() const { return m_firstBytes; }
    void reset() { m_firstBytes.clear(); }

private:
    void relay(QTcpSocket *client);

    QTcpServer m_server;
    quint16 m_target;
    QList<QByteArray> m_firstBytes;
};

} // namespace Test
