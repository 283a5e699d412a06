// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QString>

class QSslSocket;

namespace Demo {

/** One parsed HTTP/1.1 request. Header names are lower-case. */
struct HttpRequest
{
    QByteArray method;
    QByteArray target; ///< as sent: path and query
    QString path; ///< percent-decoded
    QList<QPair<QString, QString>> query; ///< decoded ('+' is a space)
    QHash<QByteArray, QByteArray> headers;
    QByteArray body;

    QByteArray header(const QByteArray &lowerCaseName) const { return headers.value(lowerCaseName); }
    bool hasQuery(const QString &key) const;
    QString queryValue(const QString &key) const;
};

using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

/**
 * The server side of one HTTP/1.1 connection (keep-alive, one request at a time) on an encrypted
 * socket: parses requests with caps (headers 64 KiB, body 4 MiB), writes plain or chunked responses,
 * and can switch to WebSocket framing (RFC 6455, server side) after an upgrade.
 */
class HttpConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpConnection)

public:
    static constexpr qsizetype MaxHeaderBytes = 64 * 1024;
    static constexpr qsizetype MaxBodyBytes = 4 * 1024 * 1024;
    static constexpr qsizetype MaxWebSocketMessageBytes = 4 * 1024 * 1024;

    /** Takes ownership of @p socket. */
    explicit HttpConnection(QSslSocket *socket, QObject *parent = nullptr);
    ~HttpConnection() override;

    QSslSocket *socket() const { return m_socket; }
    /** The user the client certificate proved, if any (set by the server). */
    QString certificateUser() const { return m_certificateUser; }
    void setCertificateUser(const QString &user) { m_certificateUser = user; }
    /** The client sent a certificate that does not verify against the client CA. */
    bool certificateRejected() const { return m_certificateRejected; }
    void setCertificateRejected(bool rejected) { m_certificateRejected = rejected; }

    /** A complete response with Content-Length; the next request is read afterwards. */
    void sendResponse(int status, const QByteArray &contentType, const QByteArray &body,
                      const HttpHeaders &extraHeaders = {});
    /** Starts a chunked response; write with writeChunk(), end with endStream(). */
    void beginStream(int status, const QByteArray &contentType);
    void writeChunk(const QByteArray &data);
    void endStream();
    bool isStreaming() const { return m_state == State::Streaming; }
    /** Closes the TCP connection at once, mid-response, discarding what is not yet written. */
    void abort();
    /** Lets what was written reach the client, then closes the TCP connection without ending the response. */
    void dropAfterFlush();

    /** Answers a WebSocket upgrade of the current request with 101 and @p subprotocol. */
    bool upgradeToWebSocket(const QString &subprotocol);
    void sendBinaryMessage(const QByteArray &message);
    /** Sends a close frame and closes the connection once it is written. */
    void closeWebSocket(quint16 code = 1000, const QByteArray &reason = {});

signals:
    void requestReceived(const Demo::HttpRequest &request);
    void binaryMessageReceived(const QByteArray &message);
    void webSocketClosed();
    /** The socket went away; the connection deletes itself after this. */
    void closed();

private:
    enum class State { ReadingHeaders, ReadingBody, Handling, Streaming, WebSocket, Closing, Closed };

    void onReadyRead();
    void processBuffer();
    bool parseHeaders(qsizetype end);
    void processWebSocketFrames();
    void sendFrame(quint8 opcode, const QByteArray &payload);
    void fail(int status, const QByteArray &message);
    void finishResponse(bool keepAlive);
    void onDisconnected();

    QPointer<QSslSocket> m_socket;
    QString m_certificateUser;
    bool m_certificateRejected = false;
    State m_state = State::ReadingHeaders;
    QByteArray m_buffer;
    HttpRequest m_request;
    qsizetype m_bodyLength = 0;
    bool m_keepAlive = true;
    bool m_closedEmitted = false;
    // WebSocket message reassembly.
    QByteArray m_fragments;
    quint8 m_fragmentOpcode = 0;
};

} // namespace Demo

Q_DECLARE_METATYPE(Demo::HttpRequest)
