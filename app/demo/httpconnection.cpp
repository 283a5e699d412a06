// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/httpconnection.h"

#include "core/logging.h"
#include "demo/apiresources.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSslSocket>
#include <QTimer>
#include <QtEndian>

namespace Demo {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 101:
        return "Switching Protocols";
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 406:
        return "Not Acceptable";
    case 409:
        return "Conflict";
    case 410:
        return "Gone";
    case 411:
        return "Length Required";
    case 413:
        return "Request Entity Too Large";
    case 415:
        return "Unsupported Media Type";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    default:
        return "Status";
    }
}

QString decodeComponent(QByteArray bytes)
{
    bytes.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(bytes));
}

} // namespace

bool HttpRequest::hasQuery(const QString &key) const
{
    for (const auto &[k, v] : query) {
        if (k == key)
            return true;
    }
    return false;
}

QString HttpRequest::queryValue(const QString &key) const
{
    for (const auto &[k, v] : query) {
        if (k == key)
            return v;
    }
    return {};
}

HttpConnection::HttpConnection(QSslSocket *socket, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
{
    qRegisterMetaType<Demo::HttpRequest>();
    socket->setParent(this);
    connect(socket, &QSslSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(socket, &QSslSocket::disconnected, this, &HttpConnection::onDisconnected);
    // Bytes may have arrived with the handshake, before readyRead was connected.
    QTimer::singleShot(0, this, &HttpConnection::onReadyRead);
}

HttpConnection::~HttpConnection() = default;

void HttpConnection::onReadyRead()
{
    if (!m_socket || m_state == State::Closed)
        return;
    m_buffer += m_socket->readAll();
    switch (m_state) {
    case State::ReadingHeaders:
    case State::ReadingBody:
        processBuffer();
        break;
    case State::WebSocket:
        processWebSocketFrames();
        break;
    case State::Handling:
    case State::Streaming:
        // A client does not send while it waits for a (streamed) answer; do not let one fill memory.
        if (m_buffer.size() > MaxHeaderBytes + MaxBodyBytes)
            abort();
        break;
    case State::Closing:
    case State::Closed:
        m_buffer.clear();
        break;
    }
}

void HttpConnection::processBuffer()
{
    for (;;) {
        if (m_state == State::ReadingHeaders) {
            while (m_buffer.startsWith("\r\n"))
                m_buffer.remove(0, 2);
            const qsizetype end = m_buffer.indexOf("\r\n\r\n");
            if (end < 0) {
                if (m_buffer.size() > MaxHeaderBytes)
                    fail(431, "request headers exceed 64 KiB");
                return;
            }
            if (end > MaxHeaderBytes) {
                fail(431, "request headers exceed 64 KiB");
                return;
            }
            if (!parseHeaders(end))
                return;
            m_buffer.remove(0, end + 4);
            m_state = State::ReadingBody;
        }
        if (m_state != State::ReadingBody)
            return;
        if (m_buffer.size() < m_bodyLength)
            return;
        m_request.body = m_buffer.left(m_bodyLength);
        m_buffer.remove(0, m_bodyLength);
        m_state = State::Handling;
        emit requestReceived(m_request);
        return;
    }
}

bool HttpConnection::parseHeaders(qsizetype end)
{
    m_request = HttpRequest();
    const QList<QByteArray> lines = m_buffer.left(end).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1.") || !requestLine.at(1).startsWith('/')) {
        fail(400, "malformed request line");
        return false;
    }
    m_request.method = requestLine.at(0);
    m_request.target = requestLine.at(1);
    const bool http10 = requestLine.at(2) == "HTTP/1.0";
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            fail(400, "malformed header line");
            return false;
        }
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (m_request.headers.contains(name))
            m_request.headers[name] += ", " + value;
        else
            m_request.headers.insert(name, value);
    }
    const qsizetype question = m_request.target.indexOf('?');
    const QByteArray rawPath = question < 0 ? m_request.target : m_request.target.left(question);
    m_request.path = QString::fromUtf8(QByteArray::fromPercentEncoding(rawPath));
    if (question >= 0) {
        const QList<QByteArray> pairs = m_request.target.mid(question + 1).split('&');
        for (const QByteArray &pair : pairs) {
            if (pair.isEmpty())
                continue;
            const qsizetype eq = pair.indexOf('=');
            m_request.query.append(
                { decodeComponent(pair.left(eq)), eq < 0 ? QString() : decodeComponent(pair.mid(eq + 1)) });
        }
    }
    if (m_request.headers.contains("transfer-encoding")) {
        fail(411, "chunked request bodies are not supported; send Content-Length");
        return false;
    }
    bool ok = true;
    const QByteArray length = m_request.header("content-length");
    m_bodyLength = length.isEmpty() ? 0 : length.toLongLong(&ok);
    if (!ok || m_bodyLength < 0) {
        fail(400, "bad Content-Length");
        return false;
    }
    if (m_bodyLength > MaxBodyBytes) {
        fail(413, "request body exceeds 4 MiB");
        return false;
    }
    const QByteArray connection = m_request.header("connection").toLower();
    m_keepAlive = http10 ? connection.contains("keep-alive") : !connection.contains("close");
    return true;
}

void HttpConnection::sendResponse(int status, const QByteArray &contentType, const QByteArray &body,
                                  const HttpHeaders &extraHeaders)
{
    if (!m_socket || (m_state != State::Handling && m_state != State::ReadingHeaders && m_state != State::ReadingBody))
        return;
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    head += "Content-Type: " + contentType + "\r\n";
    head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    head += "Cache-Control: no-cache, private\r\n";
    for (const auto &[name, value] : extraHeaders)
        head += name + ": " + value + "\r\n";
    if (!m_keepAlive)
        head += "Connection: close\r\n";
    head += "\r\n";
    m_socket->write(head + body);
    finishResponse(m_keepAlive);
}

void HttpConnection::beginStream(int status, const QByteArray &contentType)
{
    if (!m_socket || m_state != State::Handling)
        return;
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    head += "Content-Type: " + contentType + "\r\n";
    head += "Transfer-Encoding: chunked\r\n";
    head += "Cache-Control: no-cache, private\r\n\r\n";
    m_socket->write(head);
    m_state = State::Streaming;
}

void HttpConnection::writeChunk(const QByteArray &data)
{
    if (!m_socket || m_state != State::Streaming || data.isEmpty())
        return;
    m_socket->write(QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n");
}

void HttpConnection::endStream()
{
    if (!m_socket || m_state != State::Streaming)
        return;
    m_socket->write("0\r\n\r\n");
    finishResponse(m_keepAlive);
}

void HttpConnection::finishResponse(bool keepAlive)
{
    m_request = HttpRequest();
    if (keepAlive) {
        m_state = State::ReadingHeaders;
        // Not from within the handler that answered: that would re-enter it for a pipelined request.
        QTimer::singleShot(0, this, [this] {
            if (m_state == State::ReadingHeaders)
                processBuffer();
        });
    } else {
        m_state = State::Closing;
        m_socket->disconnectFromHost();
    }
}

void HttpConnection::fail(int status, const QByteArray &message)
{
    qCDebug(lcDemo) << "HTTP" << status << message;
    m_keepAlive = false;
    m_state = State::Handling;
    const QString reason = status == 413 ? QStringLiteral("RequestEntityTooLarge") : QStringLiteral("BadRequest");
    const QJsonObject body = statusObject(status, reason, QString::fromLatin1(message));
    sendResponse(status, "application/json", QJsonDocument(body).toJson(QJsonDocument::Compact));
}

void HttpConnection::abort()
{
    if (!m_socket || m_state == State::Closed)
        return;
    m_socket->abort();
    onDisconnected();
}

void HttpConnection::dropAfterFlush()
{
    if (!m_socket || m_state == State::Closed || m_state == State::Closing)
        return;
    m_state = State::Closing;
    const auto dropWhenFlushed = [this] {
        if (!m_socket)
            return;
        m_socket->flush();
        if (m_socket->bytesToWrite() == 0 && m_socket->encryptedBytesToWrite() == 0)
            abort();
    };
    connect(m_socket, &QSslSocket::encryptedBytesWritten, this, dropWhenFlushed);
    QTimer::singleShot(0, this, dropWhenFlushed);
    QTimer::singleShot(2000, this, &HttpConnection::abort);
}

void HttpConnection::onDisconnected()
{
    if (m_state == State::WebSocket)
        emit webSocketClosed();
    m_state = State::Closed;
    if (m_closedEmitted)
        return;
    m_closedEmitted = true;
    emit closed();
    deleteLater();
}

// ---------------------------------------------------------------- WebSocket (RFC 6455, server side)

bool HttpConnection::upgradeToWebSocket(const QString &subprotocol)
{
    const QByteArray key = m_request.header("sec-websocket-key");
    if (!m_socket || m_state != State::Handling || key.isEmpty())
        return false;
    const QByteArray accept
        = QCryptographicHash::hash(QByteArray(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"), QCryptographicHash::Sha1)
              .toBase64();
    QByteArray head = "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n";
    head += "Sec-WebSocket-Accept: " + accept + "\r\n";
    if (!subprotocol.isEmpty())
        head += "Sec-WebSocket-Protocol: " + subprotocol.toLatin1() + "\r\n";
    head += "\r\n";
    m_socket->write(head);
    m_state = State::WebSocket;
    m_request = HttpRequest();
    QTimer::singleShot(0, this, [this] {
        if (m_state == State::WebSocket && !m_buffer.isEmpty())
            processWebSocketFrames();
    });
    return true;
}

void HttpConnection::processWebSocketFrames()
{
    while (m_state == State::WebSocket && m_buffer.size() >= 2) {
        const auto b0 = quint8(m_buffer.at(0));
        const auto b1 = quint8(m_buffer.at(1));
        const bool fin = b0 & 0x80;
        const quint8 opcode = b0 & 0x0f;
        const bool masked = b1 & 0x80;
        quint64 length = b1 & 0x7f;
        qsizetype pos = 2;
        if (length == 126) {
            if (m_buffer.size() < 4)
                return;
            length = qFromBigEndian<quint16>(m_buffer.constData() + 2);
            pos = 4;
        } else if (length == 127) {
            if (m_buffer.size() < 10)
                return;
            length = qFromBigEndian<quint64>(m_buffer.constData() + 2);
            pos = 10;
        }
        if (length > quint64(MaxWebSocketMessageBytes)) {
            closeWebSocket(1009, "message too big");
            return;
        }
        if (!masked) {
            closeWebSocket(1002, "client frames must be masked");
            return;
        }
        if (m_buffer.size() < pos + 4 + qsizetype(length))
            return;
        const QByteArray mask = m_buffer.mid(pos, 4);
        QByteArray payload = m_buffer.mid(pos + 4, qsizetype(length));
        m_buffer.remove(0, pos + 4 + qsizetype(length));
        for (qsizetype i = 0; i < payload.size(); ++i)
            payload[i] = char(payload.at(i) ^ mask.at(i % 4));

        switch (opcode) {
        case 0x0: // continuation
            if (m_fragmentOpcode == 0) {
                closeWebSocket(1002, "continuation without a message");
                return;
            }
            m_fragments += payload;
            if (m_fragments.size() > MaxWebSocketMessageBytes) {
                closeWebSocket(1009, "message too big");
                return;
            }
            if (fin) {
                if (m_fragmentOpcode == 0x2)
                    emit binaryMessageReceived(m_fragments);
                m_fragments.clear();
                m_fragmentOpcode = 0;
            }
            break;
        case 0x1: // text: the channel protocols are binary; ignored
        case 0x2:
            if (fin) {
                if (opcode == 0x2)
                    emit binaryMessageReceived(payload);
            } else {
                m_fragments = payload;
                m_fragmentOpcode = opcode;
            }
            break;
        case 0x8: {
            quint16 code = 1000;
            if (payload.size() >= 2)
                code = qFromBigEndian<quint16>(payload.constData());
            closeWebSocket(code);
            return;
        }
        case 0x9:
            sendFrame(0xA, payload);
            break;
        case 0xA:
            break;
        default:
            closeWebSocket(1002, "unknown opcode");
            return;
        }
    }
}

void HttpConnection::sendFrame(quint8 opcode, const QByteArray &payload)
{
    if (!m_socket || m_state != State::WebSocket)
        return;
    QByteArray frame;
    frame.append(char(0x80 | opcode));
    if (payload.size() < 126) {
        frame.append(char(payload.size()));
    } else if (payload.size() <= 0xffff) {
        frame.append(char(126));
        char length[2];
        qToBigEndian<quint16>(quint16(payload.size()), length);
        frame.append(length, 2);
    } else {
        frame.append(char(127));
        char length[8];
        qToBigEndian<quint64>(quint64(payload.size()), length);
        frame.append(length, 8);
    }
    m_socket->write(frame + payload);
}

void HttpConnection::sendBinaryMessage(const QByteArray &message)
{
    sendFrame(0x2, message);
}

void HttpConnection::closeWebSocket(quint16 code, const QByteArray &reason)
{
    if (!m_socket || m_state != State::WebSocket)
        return;
    char bytes[2];
    qToBigEndian<quint16>(code, bytes);
    sendFrame(0x8, QByteArray(bytes, 2) + reason.left(120));
    m_state = State::Closing;
    emit webSocketClosed();
    m_socket->disconnectFromHost();
}

} // namespace Demo
