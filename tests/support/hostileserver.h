// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "certfactory.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTemporaryDir>

class QSslServer;
class QSslSocket;

namespace Test {

/**
 * A loopback HTTPS server (127.0.0.1, port 0, a certificate from CertFactory) that answers every
 * request the way a hostile or broken API server could: an endless body, a 1 GB body, a Status with a
 * huge message, a continue token that never ends, an endless run of pages, a watch that says 410 at
 * once. Every loop is bounded: at most maxBytes() per answer and a minute per connection.
 */
class HostileServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HostileServer)

public:
    enum class Mode {
        EndlessBody,     ///< 200, chunked, a PodList that never ends
        HugeBody,        ///< 200 with Content-Length: 1 GB (sent until the client stops reading)
        HugeStatus,      ///< 403 Status whose message is statusMessageSize() bytes with ANSI escapes
        RepeatedContinue,///< every page says continue: "again"
        EndlessContinue, ///< every page names a new continue token
        FullPages,       ///< 500 items a page, new tokens, never ends
        GoneWatch,       ///< lists answer; every watch gets 200 and an ERROR 410 event at once
    };

    explicit HostileServer(Mode mode, QObject *parent = nullptr);
    ~HostileServer() override;

    bool isValid() const { return m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    quint16 port() const;

    /** A kubeconfig (token auth, this server's CA) in a temp dir. */
    QString kubeconfigPath() const { return m_kubeconfigPath; }

    void setStatusMessageSize(qint64 bytes) { m_statusMessageSize = bytes; }
    void setMaxBytes(qint64 bytes) { m_maxBytes = bytes; }
    qint64 maxBytes() const { return m_maxBytes; }

    int requestCount() const { return m_requests; }
    /** When (ms since the server started) each list and each watch request came. */
    const QList<qint64> &listTimes() const { return m_listTimes; }
    const QList<qint64> &watchTimes() const { return m_watchTimes; }
    /** The body bytes it sent, all answers together. */
    qint64 bytesSent() const { return m_bytesSent; }

private:
    void accept();
    void handle(QSslSocket *socket, const QByteArray &requestLine);
    /** Writes @p headers, then @p start and @p piece (or pods) again and again, @p total body bytes, as the socket drains. */
    void stream(QSslSocket *socket, const QByteArray &headers, qint64 total, bool chunked,
                const QByteArray &start = "{\"kind\":\"PodList\",\"apiVersion\":\"v1\",\"metadata\":{},\"items\":[",
                const QByteArray &piece = {});

    Mode m_mode;
    QSslServer *m_server = nullptr;
    CertFactory m_ca;
    QTemporaryDir m_dir;
    QString m_kubeconfigPath;
    QString m_error;
    QElapsedTimer m_clock;
    qint64 m_statusMessageSize = 50 * 1000 * 1000;
    qint64 m_maxBytes = qint64(1100) * 1024 * 1024;
    qint64 m_bytesSent = 0;
    int m_requests = 0;
    int m_pageNumber = 0;
    QList<qint64> m_listTimes;
    QList<qint64> m_watchTimes;
};

} // namespace Test
