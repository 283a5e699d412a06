// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/metricsserver.h"

#include "core/logging.h"
#include "report/metrics.h"

#include <QCoreApplication>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace Report {

Kube::Expected<ListenAddress> parseListenAddress(const QString &text)
{
    const auto invalid = [&text](const QString &why) {
        return Kube::Expected<ListenAddress>::failure(
            QCoreApplication::translate("Report", "\"%1\" is not an address to listen on (%2): give ADDRESS:PORT, e.g. "
                                                  "127.0.0.1:9187, [::1]:9187 or :9187 for every interface")
                .arg(text, why));
    };
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon < 0)
        return invalid(QCoreApplication::translate("Report", "no port"));
    bool ok = false;
    const uint port = QStringView(text).mid(colon + 1).toUInt(&ok);
    if (!ok || port > 65535 || QStringView(text).mid(colon + 1).startsWith(u'+'))
        return invalid(QCoreApplication::translate("Report", "the port is not a number from 0 to 65535"));
    QString host = text.left(colon);
    ListenAddress address;
    address.port = quint16(port);
    if (host.isEmpty()) {
        address.address = QHostAddress(QHostAddress::Any);
        return address;
    }
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    else if (host.contains(u':'))
        return invalid(QCoreApplication::translate("Report", "an IPv6 address goes between brackets"));
    if (host == u"localhost") {
        address.address = QHostAddress(QHostAddress::LocalHost);
        return address;
    }
    if (!address.address.setAddress(host))
        return invalid(QCoreApplication::translate("Report", "not an IP address; host names are not resolved"));
    return address;
}

/** One client: its request as it arrives, its deadline, and whether it was answered. */
struct MetricsServer::Connection final : QObject
{
    explicit Connection(QTcpSocket *client, QObject *parent)
        : QObject(parent)
        , socket(client)
        , deadline(new QTimer(this))
    {
        socket->setParent(this);
        deadline->setSingleShot(true);
    }

    QTcpSocket *socket;
    QTimer *deadline;
    QByteArray buffer;
    bool answered = false;
    bool halfClosed = false;
    bool dropped = false;
};

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return QByteArrayLiteral("OK");
    case 202: return QByteArrayLiteral("Accepted");
    case 400: return QByteArrayLiteral("Bad Request");
    case 404: return QByteArrayLiteral("Not Found");
    case 405: return QByteArrayLiteral("Method Not Allowed");
    case 408: return QByteArrayLiteral("Request Timeout");
    case 413: return QByteArrayLiteral("Content Too Large");
    case 431: return QByteArrayLiteral("Request Header Fields Too Large");
    case 501: return QByteArrayLiteral("Not Implemented");
    case 503: return QByteArrayLiteral("Service Unavailable");
    case 505: return QByteArrayLiteral("HTTP Version Not Supported");
    default: return QByteArrayLiteral("Error");
    }
}

bool isToken(const QByteArray &text)
{
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        if (!(c >= 'A' && c <= 'Z') && !(c >= 'a' && c <= 'z') && !(c >= '0' && c <= '9') && c != '-' && c != '_')
            return false;
    }
    return true;
}

struct Route
{
    const char *path;
    const char *method;
};
constexpr Route kRoutes[] = {
    {"/", "GET"}, {"/metrics", "GET"}, {"/healthz", "GET"}, {"/readyz", "GET"}, {"/-/rescan", "POST"},
};

} // namespace

MetricsServer::MetricsServer(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &MetricsServer::accept);
}

MetricsServer::~MetricsServer() = default;

Kube::Expected<quint16> MetricsServer::listen(const ListenAddress &address)
{
    if (!m_server->listen(address.address, address.port))
        return Kube::Expected<quint16>::failure(
            QCoreApplication::translate("Report", "cannot listen on %1 port %2: %3")
                .arg(address.address.toString())
                .arg(address.port)
                .arg(m_server->errorString()));
    return m_server->serverPort();
}

QHostAddress MetricsServer::serverAddress() const
{
    return m_server->serverAddress();
}

quint16 MetricsServer::serverPort() const
{
    return m_server->serverPort();
}

void MetricsServer::setReady(bool ready, const QString &detail)
{
    m_ready = ready;
    m_readyDetail = detail;
}

void MetricsServer::accept()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        auto *connection = new Connection(socket, this);
        ++m_open;
        // Qt's own buffer holds no more than one request may be (the rest waits in the kernel).
        socket->setReadBufferSize(m_limits.maxHeaderBytes + m_limits.maxBodyBytes + 1);
        connect(socket, &QTcpSocket::disconnected, connection, [this, connection] { drop(connection); });
        connect(socket, &QTcpSocket::errorOccurred, connection, [this, connection] { drop(connection); });
        connect(connection->deadline, &QTimer::timeout, connection, [this, connection] {
            if (connection->answered) {
                drop(connection); // the answer was not read in time
                return;
            }
            answer(connection, 408, QByteArrayLiteral("the request did not arrive in time\n"));
        });
        connection->deadline->start(m_limits.requestTimeout);
        connect(socket, &QTcpSocket::readyRead, connection, [this, connection] { readFrom(connection); });
        connect(socket, &QTcpSocket::bytesWritten, connection, [this, connection] { finishAnswer(connection); });
        if (m_open > m_limits.maxConnections)
            answer(connection, 503, QByteArrayLiteral("too many connections\n"));
        else
            readFrom(connection);
    }
}

void MetricsServer::readFrom(Connection *connection)
{
    if (connection->answered) {
        // Whatever else the client sends is read and dropped until it closes (or the deadline): closing with unread
        // bytes would reset the connection, and the client could lose the answer.
        while (connection->socket->bytesAvailable() > 0)
            connection->socket->read(64 * 1024);
        return;
    }
    const qsizetype limit = m_limits.maxHeaderBytes + m_limits.maxBodyBytes;
    // Read no more than one request may be: one byte past it is enough to know it is too large.
    const qsizetype room = limit + 1 - connection->buffer.size();
    if (room > 0)
        connection->buffer += connection->socket->read(room);
    handle(connection);
}

bool MetricsServer::handle(Connection *connection)
{
    const QByteArray &buffer = connection->buffer;
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0 || headerEnd + 4 > m_limits.maxHeaderBytes) {
        if (buffer.size() > m_limits.maxHeaderBytes || (headerEnd >= 0)) {
            answer(connection, 431, QByteArrayLiteral("the request's header is too large\n"));
            return true;
        }
        return false;
    }
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.constFirst().trimmed().split(' ');
    if (requestLine.size() != 3 || !isToken(requestLine.at(0)) || !requestLine.at(1).startsWith('/')) {
        answer(connection, 400, QByteArrayLiteral("not an HTTP request\n"));
        return true;
    }
    if (requestLine.at(2) != "HTTP/1.1" && requestLine.at(2) != "HTTP/1.0") {
        answer(connection, 505, QByteArrayLiteral("HTTP/1.0 and HTTP/1.1 only\n"));
        return true;
    }
    qsizetype contentLength = 0;
    bool lengthSeen = false;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(line.left(colon))) {
            answer(connection, 400, QByteArrayLiteral("a header line is malformed\n"));
            return true;
        }
        const QByteArray name = line.left(colon).toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "transfer-encoding") {
            answer(connection, 501, QByteArrayLiteral("no Transfer-Encoding is accepted\n"));
            return true;
        }
        if (name == "content-length") {
            bool ok = false;
            const qlonglong length = value.toLongLong(&ok);
            if (!ok || length < 0 || value.startsWith('+') || (lengthSeen && length != contentLength)) {
                answer(connection, 400, QByteArrayLiteral("Content-Length is not a length\n"));
                return true;
            }
            if (length > m_limits.maxBodyBytes) {
                answer(connection, 413, QByteArrayLiteral("the request's body is too large\n"));
                return true;
            }
            contentLength = qsizetype(length);
            lengthSeen = true;
        }
    }
    if (buffer.size() < headerEnd + 4 + contentLength)
        return false; // the body is still coming
    const QByteArray method = requestLine.at(0);
    QByteArray path = requestLine.at(1);
    if (const qsizetype query = path.indexOf('?'); query >= 0)
        path.truncate(query);

    const Route *route = nullptr;
    for (const Route &candidate : kRoutes) {
        if (path == candidate.path)
            route = &candidate;
    }
    if (!route) {
        answer(connection, 404, QByteArrayLiteral("not found: see / for the paths\n"));
        return true;
    }
    if (method != route->method) {
        answer(connection, 405, QByteArray(route->method) + " only\n", QByteArrayLiteral("text/plain; charset=utf-8"),
               "Allow: " + QByteArray(route->method) + "\r\n");
        return true;
    }
    if (path == "/metrics") {
        answer(connection, 200, m_metrics, prometheusContentType());
    } else if (path == "/healthz") {
        answer(connection, 200, QByteArrayLiteral("ok\n"));
    } else if (path == "/readyz") {
        answer(connection, m_ready ? 200 : 503, m_readyDetail.toUtf8() + '\n');
    } else if (path == "/-/rescan") {
        answer(connection, 202, QByteArrayLiteral("rescan requested\n"));
        emit rescanRequested();
    } else {
        answer(connection, 200,
               QByteArrayLiteral("Proofer exporter\n"
                                 "GET  /metrics    the last scan in the Prometheus text format\n"
                                 "GET  /healthz    200 while the process runs\n"
                                 "GET  /readyz     200 once the first scan has ended\n"
                                 "POST /-/rescan   scan again now\n"));
    }
    return true;
}

void MetricsServer::answer(Connection *connection, int status, const QByteArray &body, const QByteArray &contentType,
                           const QByteArray &extraHeaders)
{
    if (connection->answered)
        return;
    connection->answered = true;
    connection->buffer.clear();
    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    response += "Content-Type: " + contentType + "\r\n";
    response += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    response += "Cache-Control: no-store\r\n";
    response += "X-Content-Type-Options: nosniff\r\n";
    response += extraHeaders;
    response += "Connection: close\r\n\r\n";
    response += body;
    if (status >= 400)
        qCDebug(lcCli) << "exporter: answered" << status;
    connection->socket->write(response);
    // The client has requestTimeout again to read the answer and close; then the connection is dropped.
    connection->deadline->start(m_limits.requestTimeout);
    readFrom(connection);
    finishAnswer(connection);
}

void MetricsServer::finishAnswer(Connection *connection)
{
    if (!connection->answered || connection->halfClosed || connection->socket->bytesToWrite() > 0)
        return;
    connection->halfClosed = true;
#ifdef Q_OS_UNIX
    // Half-close: the answer is complete (Connection: close), the client's own close ends the connection.
    ::shutdown(int(connection->socket->socketDescriptor()), SHUT_WR);
#else
    connection->socket->disconnectFromHost();
#endif
}

void MetricsServer::drop(Connection *connection)
{
    if (connection->dropped)
        return;
    connection->dropped = true;
    --m_open;
    connection->deadline->stop();
    connection->socket->disconnect(connection);
    connection->socket->abort();
    connection->deleteLater();
}

} // namespace Report
