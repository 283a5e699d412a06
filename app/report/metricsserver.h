// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kube/expected.h"

#include <QByteArray>
#include <QHostAddress>
#include <QObject>
#include <QString>

#include <chrono>

class QTcpServer;
class QTcpSocket;

namespace Report {

/** Where `proofer serve` listens: an IP address (or "localhost") and a port. */
struct ListenAddress
{
    QHostAddress address;
    quint16 port = 0;
};

/**
 * Reads "127.0.0.1:9187", "[::1]:9187", "localhost:9187", ":9187" (every interface) or "0.0.0.0:0" (any free port).
 * Never resolves a host name: an address that is not an IP literal or "localhost" is an error for people.
 */
Kube::Expected<ListenAddress> parseListenAddress(const QString &text);

/**
 * The HTTP side of `proofer serve`: a deliberately small HTTP/1.1 server on the event loop that answers
 *   GET /metrics      the exposition given to setMetrics() (text format 0.0.4)
 *   GET /healthz      200 while the process runs
 *   GET /readyz       200 once setReady(true) (after the first scan), 503 before
 *   POST /-/rescan    202; rescanRequested() is emitted
 *   GET /             a short index of the above
 * and nothing else: another method on a known path is 405 (with Allow), an unknown path 404. Every request is bounded
 * while it is read (header bytes, body bytes, time) and each connection answers one request and closes; past
 * Limits::maxConnections a new connection gets a 503 at once. The request's content never reaches a log.
 */
class MetricsServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MetricsServer)

public:
    struct Limits
    {
        qsizetype maxHeaderBytes = 8192; ///< the request line and headers; past it: 431
        qsizetype maxBodyBytes = 1024; ///< a POST's body (read and ignored); past it: 413
        std::chrono::milliseconds requestTimeout{10000}; ///< to send the whole request, and again to read the answer
        int maxConnections = 32; ///< open at once
    };

    explicit MetricsServer(QObject *parent = nullptr);
    ~MetricsServer() override;

    void setLimits(const Limits &limits) { m_limits = limits; }
    /** Listens on @p address; its port 0 takes any free port. The port listened on, or why not (for people). */
    Kube::Expected<quint16> listen(const ListenAddress &address);
    QHostAddress serverAddress() const;
    quint16 serverPort() const;

    void setMetrics(const QByteArray &exposition) { m_metrics = exposition; }
    /** /readyz answers 200 with @p detail when @p ready, 503 with it when not. */
    void setReady(bool ready, const QString &detail);

signals:
    /** POST /-/rescan was received (answered 202). */
    void rescanRequested();

private:
    struct Connection;
    void accept();
    void readFrom(Connection *connection);
    /** The request in @p connection's buffer is complete or broken: answer it (or wait for more: false). */
    bool handle(Connection *connection);
    void answer(Connection *connection, int status, const QByteArray &body,
                const QByteArray &contentType = QByteArrayLiteral("text/plain; charset=utf-8"),
                const QByteArray &extraHeaders = {});
    /** The answer is written: half-close, and wait for the client to close. */
    void finishAnswer(Connection *connection);
    void drop(Connection *connection);

    QTcpServer *m_server = nullptr;
    Limits m_limits;
    QByteArray m_metrics;
    bool m_ready = false;
    QString m_readyDetail;
    int m_open = 0;
};

} // namespace Report
