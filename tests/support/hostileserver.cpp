// SPDX-License-Identifier: GPL-3.0-or-later
#include "hostileserver.h"

#include "core/sslkey.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslServer>
#include <QSslSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Test {

namespace {

constexpr qint64 Chunk = 256 * 1024;
constexpr qint64 MaxQueued = 1024 * 1024;
constexpr int MaxConnectionMs = 60000;

QByteArray pod(int number)
{
    return "{\"metadata\":{\"name\":\"pod-" + QByteArray::number(number)
           + "\",\"namespace\":\"hostile\",\"resourceVersion\":\"5\"},\"spec\":{}}";
}

QByteArray itemsFiller()
{
    // Many small pods: what an endless list would look like on the wire.
    QByteArray filler;
    filler.reserve(Chunk + 128);
    int n = 0;
    while (filler.size() < Chunk)
        filler += pod(n++) + ',';
    return filler;
}

QByteArray page(const QByteArray &continueToken, int items, int firstNumber)
{
    QByteArray body = "{\"kind\":\"PodList\",\"apiVersion\":\"v1\",\"metadata\":{\"resourceVersion\":\"5\"";
    if (!continueToken.isEmpty())
        body += ",\"continue\":\"" + continueToken + '"';
    body += "},\"items\":[";
    for (int i = 0; i < items; ++i)
        body += (i ? "," : "") + pod(firstNumber + i);
    return body + "]}";
}

QByteArray answer(const QByteArray &status, const QByteArray &body)
{
    return "HTTP/1.1 " + status + "\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: "
           + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

} // namespace

HostileServer::HostileServer(Mode mode, QObject *parent)
    : QObject(parent)
    , m_mode(mode)
    , m_server(new QSslServer(this))
{
    m_clock.start();
    if (!m_ca.isValid() || !m_dir.isValid()) {
        m_error = u"test CA or temp dir: "_s + m_ca.errorString();
        return;
    }
    const IssuedCertificate leaf = m_ca.issue();
    if (leaf.certificatePem.isEmpty()) {
        m_error = m_ca.errorString();
        return;
    }
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificateChain(QSslCertificate::fromData(leaf.certificatePem, QSsl::Pem));
    config.setPrivateKey(Core::loadPrivateKey(leaf.key.privateKeyPem.reveal()));
    config.setPeerVerifyMode(QSslSocket::VerifyNone);
    m_server->setSslConfiguration(config);
    connect(m_server, &QSslServer::pendingConnectionAvailable, this, &HostileServer::accept);
    if (!m_server->listen(QHostAddress::LocalHost, 0)) {
        m_error = m_server->errorString();
        return;
    }
    m_kubeconfigPath = m_dir.filePath(u"kubeconfig"_s);
    QFile file(m_kubeconfigPath);
    if (!file.open(QIODevice::WriteOnly)) {
        m_error = file.errorString();
        return;
    }
    file.write("apiVersion: v1\nkind: Config\nclusters:\n- name: hostile\n  cluster:\n    server: https://127.0.0.1:"
               + QByteArray::number(port()) + "\n    certificate-authority-data: " + m_ca.caCertificatePem().toBase64()
               + "\nusers:\n- name: someone\n  user:\n    token: not-a-secret\ncontexts:\n- name: hostile\n"
                 "  context:\n    cluster: hostile\n    user: someone\n    namespace: hostile\n"
                 "current-context: hostile\n");
}

HostileServer::~HostileServer()
{
    m_server->close();
    const auto sockets = findChildren<QSslSocket *>();
    for (QSslSocket *socket : sockets)
        socket->abort();
}

quint16 HostileServer::port() const
{
    return m_server->serverPort();
}

void HostileServer::accept()
{
    while (m_server->hasPendingConnections()) {
        auto *socket = qobject_cast<QSslSocket *>(m_server->nextPendingConnection());
        if (!socket)
            continue;
        socket->setParent(this);
        auto request = std::make_shared<QByteArray>();
        auto answered = std::make_shared<bool>(false);
        connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
        QTimer::singleShot(MaxConnectionMs, socket, [socket] { socket->abort(); });
        connect(socket, &QSslSocket::readyRead, this, [this, socket, request, answered] {
            if (*answered) {
                socket->readAll(); // one request a connection: the rest is ignored
                return;
            }
            *request += socket->readAll();
            if (request->size() > 64 * 1024) {
                socket->abort();
                return;
            }
            const qsizetype end = request->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QByteArray line = request->left(request->indexOf("\r\n"));
            *answered = true;
            request->clear();
            handle(socket, line);
        });
    }
}

void HostileServer::handle(QSslSocket *socket, const QByteArray &requestLine)
{
    ++m_requests;
    const bool watch = requestLine.contains("watch=1") || requestLine.contains("watch=true");
    (watch ? m_watchTimes : m_listTimes) << m_clock.elapsed();
    switch (m_mode) {
    case Mode::EndlessBody:
        stream(socket,
               "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n"
               "Connection: close\r\n\r\n",
               m_maxBytes, true);
        return;
    case Mode::HugeBody:
        stream(socket,
               "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: 1000000000\r\n\r\n",
               std::min<qint64>(m_maxBytes, 1000000000), false);
        return;
    case Mode::HugeStatus: {
        if (m_statusMessageSize > 1024 * 1024) {
            // Streamed: a Status that starts well and whose message goes on for m_statusMessageSize bytes.
            const QByteArray start = "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"metadata\":{},\"status\":\"Failure\","
                                     "\"reason\":\"Forbidden\",\"code\":403,\"message\":\"";
            stream(socket,
                   "HTTP/1.1 403 Forbidden\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: "
                       + QByteArray::number(start.size() + m_statusMessageSize) + "\r\n\r\n",
                   start.size() + m_statusMessageSize, false, start,
                   "\\u001b[31mforbidden\\u001b[0m \\u001b]0;title\\u0007 ");
            return;
        }
        QByteArray message;
        message.reserve(m_statusMessageSize + 16);
        const QByteArray piece = "\\u001b[31mforbidden\\u001b[0m \\u001b]0;title\\u0007";
        while (message.size() < m_statusMessageSize)
            message += piece;
        const QByteArray body = "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"metadata\":{},\"status\":\"Failure\","
                                "\"message\":\"" + message + "\",\"reason\":\"Forbidden\",\"code\":403}";
        m_bytesSent += body.size();
        socket->write(answer("403 Forbidden", body));
        socket->disconnectFromHost();
        return;
    }
    case Mode::RepeatedContinue:
    case Mode::EndlessContinue:
    case Mode::FullPages: {
        const int number = m_pageNumber++;
        const QByteArray token = m_mode == Mode::RepeatedContinue ? QByteArray("again")
                                                                    : "token-" + QByteArray::number(number);
        const QByteArray body = page(token, m_mode == Mode::FullPages ? 500 : 1, number * 500);
        m_bytesSent += body.size();
        socket->write(answer("200 OK", body));
        socket->disconnectFromHost();
        return;
    }
    case Mode::GoneWatch: {
        if (!watch) {
            const QByteArray body = page({}, 1, 0);
            m_bytesSent += body.size();
            socket->write(answer("200 OK", body));
        } else {
            const QByteArray body =
                "{\"type\":\"ERROR\",\"object\":{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"metadata\":{},"
                "\"status\":\"Failure\",\"message\":\"too old resource version: 5 (9)\",\"reason\":\"Expired\","
                "\"code\":410}}\n";
            m_bytesSent += body.size();
            socket->write(answer("200 OK", body));
        }
        socket->disconnectFromHost();
        return;
    }
    }
}

void HostileServer::stream(QSslSocket *socket, const QByteArray &headers, qint64 total, bool chunked,
                           const QByteArray &start, const QByteArray &piece)
{
    QByteArray filler;
    if (piece.isEmpty()) {
        filler = itemsFiller();
    } else {
        while (filler.size() < Chunk)
            filler += piece;
    }
    socket->write(headers);
    auto sent = std::make_shared<qint64>(0);
    auto writeMore = [this, socket, total, chunked, sent, start, filler] {
        while (socket->state() == QAbstractSocket::ConnectedState
               && socket->bytesToWrite() + socket->encryptedBytesToWrite() < MaxQueued) {
            if (*sent >= total || m_clock.elapsed() > 10 * MaxConnectionMs) {
                if (chunked)
                    socket->write("0\r\n\r\n");
                socket->disconnectFromHost();
                return;
            }
            QByteArray data = *sent == 0 ? start + filler : filler;
            data.truncate(std::min<qint64>(data.size(), total - *sent));
            *sent += data.size();
            m_bytesSent += data.size();
            if (chunked)
                socket->write(QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n");
            else
                socket->write(data);
        }
    };
    connect(socket, &QSslSocket::encryptedBytesWritten, socket, writeMore);
    writeMore();
}

} // namespace Test
