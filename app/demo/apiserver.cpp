// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/apiserver.h"

#include "core/sslkey.h"

#include "core/logging.h"
#include "demo/apiresources.h"
#include "demo/httpconnection.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>
#include <QtEndian>

#include <openssl/bio.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace Demo {

namespace {

constexpr qint64 MaxLogBytes = 8 * 1024 * 1024;

QByteArray toJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString quoted(const QString &name)
{
    return u'"' + name + u'"';
}

QString notFoundMessage(const ApiResource &resource, const QString &name)
{
    return resource.qualifiedName() + u' ' + quoted(name) + u" not found"_s;
}

QJsonObject details(const ApiResource &resource, const QString &name)
{
    QJsonObject d { { "kind"_L1, resource.name } };
    if (!name.isEmpty())
        d.insert("name"_L1, name);
    if (!resource.group.isEmpty())
        d.insert("group"_L1, resource.group);
    return d;
}

QJsonObject conflictStatus(const ApiResource &resource, const QString &name)
{
    return statusObject(409, u"Conflict"_s,
                        u"Operation cannot be fulfilled on "_s + resource.qualifiedName() + u' ' + quoted(name)
                            + u": the object has been modified; please apply your changes to the latest version and "
                              u"try again"_s,
                        details(resource, name));
}

QJsonObject withTypeMeta(QJsonObject object, const ApiResource &resource)
{
    object.insert("kind"_L1, resource.kind);
    object.insert("apiVersion"_L1, resource.groupVersion());
    return object;
}

QByteArray yamlQuoted(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s);
    return '"' + escaped.toUtf8() + '"';
}

QString logKey(const QString &ns, const QString &pod, const QString &container)
{
    return ns + u'/' + pod + u'/' + container;
}

QString portKey(const QString &ns, const QString &pod, quint16 port)
{
    return ns + u'/' + pod + u'/' + QString::number(port);
}

QByteArray portPrefix(quint8 channel, quint16 port)
{
    char bytes[3];
    bytes[0] = char(channel);
    qToLittleEndian<quint16>(port, bytes + 1);
    return QByteArray(bytes, 3);
}

/** The continue token: the list position after which the next page starts, and the token generation. */
struct ContinueToken
{
    int epoch = 0;
    QString namespaceName;
    QString name;

    QString encode() const
    {
        const QJsonObject json { { "e"_L1, epoch }, { "n"_L1, namespaceName }, { "k"_L1, name } };
        return QString::fromLatin1(toJson(json).toBase64(QByteArray::Base64UrlEncoding));
    }
    static bool decode(const QString &text, ContinueToken *token)
    {
        const auto decoded = QByteArray::fromBase64Encoding(
            text.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return false;
        const QJsonObject json = QJsonDocument::fromJson(*decoded).object();
        if (!json.contains("e"_L1) || !json.contains("k"_L1))
            return false;
        token->epoch = json.value("e"_L1).toInt();
        token->namespaceName = json.value("n"_L1).toString();
        token->name = json.value("k"_L1).toString();
        return true;
    }
};

/** Request bodies must be JSON: protobuf (what typed clients of kubectl send for some commands) is not decoded. */
bool isJsonBody(const HttpRequest &request)
{
    const QByteArray type = request.header("content-type").toLower();
    return type.isEmpty() || type.startsWith("application/json") || type.contains("+json");
}

QJsonObject unsupportedMediaType()
{
    return statusObject(415, u"UnsupportedMediaType"_s,
                        u"the body of the request was in an unknown format - accepted media types include: "_s
                        u"application/json, application/merge-patch+json, application/strategic-merge-patch+json"_s);
}

} // namespace

// ---------------------------------------------------------------- streams

/** One watch: replays history, then forwards the store's matching changes as JSON lines. */
class WatchStream final : public QObject
{
public:
    WatchStream(HttpConnection *connection, ObjectStore *store, const ApiResource &resource, const QString &ns,
                const Selector &labels, const Selector &fields)
        : QObject(connection)
        , m_connection(connection)
        , m_store(store)
        , m_resource(resource)
        , m_namespace(ns)
        , m_labels(labels)
        , m_fields(fields)
    {
        connect(connection, &HttpConnection::closed, this, [this] { m_dead = true; });
    }

    void start(qint64 fromVersion, bool bookmarks, int bookmarkIntervalMs, int timeoutSeconds, int dropAfter)
    {
        m_dropAfter = dropAfter;
        m_connection->beginStream(200, "application/json");
        if (fromVersion <= 0) {
            for (const QJsonObject &object : m_store->list(m_resource.name, m_namespace))
                send(u"ADDED"_s, object);
        } else {
            bool tooOld = false;
            const QList<StoreEvent> events = m_store->eventsSince(m_resource.name, m_namespace, fromVersion, &tooOld);
            if (tooOld) {
                const QJsonObject status = statusObject(
                    410, u"Expired"_s,
                    u"too old resource version: %1 (%2)"_s.arg(fromVersion).arg(m_store->oldestResumableVersion()));
                m_connection->writeChunk(toJson(QJsonObject { { "type"_L1, "ERROR"_L1 }, { "object"_L1, status } })
                                         + '\n');
                finish();
                return;
            }
            for (const StoreEvent &event : events)
                send(event.type, event.object);
        }
        if (m_dead)
            return;
        connect(m_store, &ObjectStore::changed, this, [this](const StoreEvent &event) {
            if (event.resource == m_resource.name && (m_namespace.isEmpty() || event.namespaceName == m_namespace))
                send(event.type, event.object);
        });
        if (bookmarks) {
            auto *timer = new QTimer(this);
            connect(timer, &QTimer::timeout, this, [this] {
                const QJsonObject object {
                    { "kind"_L1, m_resource.kind },
                    { "apiVersion"_L1, m_resource.groupVersion() },
                    { "metadata"_L1,
                      QJsonObject { { "resourceVersion"_L1, QString::number(m_store->currentResourceVersion()) } } }
                };
                write(u"BOOKMARK"_s, object);
            });
            timer->start(std::max(10, bookmarkIntervalMs));
        }
        if (timeoutSeconds > 0)
            QTimer::singleShot(timeoutSeconds * 1000, this, [this] { finish(); });
    }

    bool isActive() const { return !m_dead; }

private:
    void send(const QString &type, const QJsonObject &object)
    {
        if (m_dead || !m_labels.matches(object) || !m_fields.matches(object))
            return;
        write(type, withTypeMeta(object, m_resource));
        ++m_sent;
        if (m_dropAfter > 0 && m_sent >= m_dropAfter) {
            qCDebug(lcDemo) << "dropping a watch of" << m_resource.name << "after" << m_sent << "events (test hook)";
            m_dead = true;
            m_connection->dropAfterFlush();
        }
    }

    void write(const QString &type, const QJsonObject &object)
    {
        if (m_dead)
            return;
        m_connection->writeChunk(toJson(QJsonObject { { "type"_L1, type }, { "object"_L1, object } }) + '\n');
    }

    void finish()
    {
        if (m_dead)
            return;
        m_dead = true;
        m_connection->endStream();
        deleteLater();
    }

    HttpConnection *m_connection;
    ObjectStore *m_store;
    ApiResource m_resource;
    QString m_namespace;
    Selector m_labels;
    Selector m_fields;
    int m_dropAfter = 0;
    int m_sent = 0;
    bool m_dead = false;
};

/** `logs --follow`: sends what is appended to the file until the client goes away. */
class LogFollower final : public QObject
{
public:
    LogFollower(HttpConnection *connection, const QString &path, qint64 offset)
        : QObject(connection)
        , m_connection(connection)
        , m_path(path)
        , m_offset(offset)
    {
        auto *timer = new QTimer(this);
        connect(timer, &QTimer::timeout, this, &LogFollower::poll);
        timer->start(200);
    }

private:
    void poll()
    {
        QFile file(m_path);
        if (!file.open(QIODevice::ReadOnly))
            return;
        if (file.size() < m_offset) // truncated or rotated
            m_offset = 0;
        if (file.size() == m_offset)
            return;
        file.seek(m_offset);
        const QByteArray data = file.read(MaxLogBytes);
        m_offset += data.size();
        m_connection->writeChunk(data);
    }

    HttpConnection *m_connection;
    QString m_path;
    qint64 m_offset;
};

/** A v4.channel.k8s.io port-forward: one TCP connection per requested port, bridged to its channels. */
class PortForwardSession final : public QObject
{
public:
    struct Target
    {
        quint16 podPort = 0;
        bool known = false;
        QHostAddress host;
        quint16 port = 0;
    };

    PortForwardSession(HttpConnection *connection, const QString &podDescription, const QList<Target> &targets)
        : QObject(connection)
        , m_connection(connection)
        , m_pod(podDescription)
    {
        connect(connection, &HttpConnection::binaryMessageReceived, this, &PortForwardSession::onMessage);
        connect(connection, &HttpConnection::webSocketClosed, this, [this] {
            m_closing = true;
            for (Port &port : m_ports) {
                if (port.socket)
                    port.socket->disconnectFromHost();
            }
        });
        for (const Target &target : targets)
            m_ports.append(Port { target, nullptr, false, {} });
    }

    void start()
    {
        for (qsizetype i = 0; i < m_ports.size(); ++i) {
            const quint16 podPort = m_ports.at(i).target.podPort;
            m_connection->sendBinaryMessage(portPrefix(quint8(2 * i), podPort));
            m_connection->sendBinaryMessage(portPrefix(quint8(2 * i + 1), podPort));
        }
        for (qsizetype i = 0; i < m_ports.size(); ++i) {
            Port &port = m_ports[i];
            if (!port.target.known) {
                failPort(i,
                         u"failed to connect to localhost:%1: connect: connection refused (nothing listens on "
                         u"this port of the pod)"_s.arg(port.target.podPort));
                return;
            }
            port.socket = new QTcpSocket(this);
            QTcpSocket *socket = port.socket;
            connect(socket, &QTcpSocket::connected, this, [this, i] {
                Port &p = m_ports[i];
                p.connected = true;
                if (!p.pending.isEmpty()) {
                    p.socket->write(p.pending);
                    p.pending.clear();
                }
            });
            connect(socket, &QTcpSocket::readyRead, this, [this, i] {
                const QByteArray data = m_ports[i].socket->readAll();
                if (!data.isEmpty())
                    m_connection->sendBinaryMessage(char(2 * i) + data);
            });
            connect(socket, &QTcpSocket::errorOccurred, this, [this, i](QAbstractSocket::SocketError error) {
                if (m_closing || m_ports.at(i).connected)
                    return;
                const Port &p = m_ports.at(i);
                const QString cause = error == QAbstractSocket::ConnectionRefusedError
                    ? u"connect: connection refused"_s
                    : p.socket->errorString();
                failPort(
                    i, u"failed to connect to %1:%2: %3"_s.arg(p.target.host.toString()).arg(p.target.port).arg(cause));
            });
            connect(socket, &QTcpSocket::disconnected, this, [this] {
                // The target hung up: the stream of this connection is over.
                if (!m_closing) {
                    m_closing = true;
                    m_connection->closeWebSocket(1000);
                }
            });
            socket->connectToHost(port.target.host, port.target.port);
        }
    }

private:
    struct Port
    {
        Target target;
        QTcpSocket *socket = nullptr;
        bool connected = false;
        QByteArray pending;
    };

    void failPort(qsizetype index, const QString &cause)
    {
        if (m_closing)
            return;
        m_closing = true;
        const QString message
            = u"error forwarding port %1 to pod %2: %3"_s.arg(m_ports.at(index).target.podPort).arg(m_pod, cause);
        qCDebug(lcDemo) << "port-forward:" << message;
        m_connection->sendBinaryMessage(char(2 * index + 1) + message.toUtf8());
        m_connection->closeWebSocket(1000);
    }

    void onMessage(const QByteArray &message)
    {
        if (message.isEmpty())
            return;
        const int channel = quint8(message.at(0));
        const qsizetype index = channel / 2;
        if (channel % 2 != 0 || index >= m_ports.size() || message.size() == 1)
            return;
        Port &port = m_ports[index];
        if (!port.socket)
            return;
        if (port.connected) {
            port.socket->write(message.mid(1));
        } else {
            port.pending += message.mid(1);
            if (port.pending.size() > HttpConnection::MaxBodyBytes)
                failPort(index, u"too much data before the target connected"_s);
        }
    }

    HttpConnection *m_connection;
    QString m_pod;
    QList<Port> m_ports;
    bool m_closing = false;
};

// ---------------------------------------------------------------- ApiServer

struct ApiServer::Route
{
    const ApiResource *resource = nullptr;
    QString namespaceName;
    QString name;
    QString subresource;
    QString verb;
    QString authorizedResource; ///< "pods/log" for a subresource
};

ApiServer::ApiServer(QObject *parent)
    : QObject(parent)
    , m_server(new QSslServer(this))
{
    connect(m_server, &QSslServer::pendingConnectionAvailable, this, &ApiServer::onPendingConnection);
    connect(m_server, &QSslServer::errorOccurred, this, [](QSslSocket *, QAbstractSocket::SocketError error) {
        qCDebug(lcDemo) << "emulator: TLS connection failed:" << error;
    });
}

ApiServer::~ApiServer()
{
    close();
}

bool ApiServer::setServerCertificate(const QByteArray &certificatePem, const Core::Secret &keyPem,
                                     const QByteArray &caCertificatePem, QString *error)
{
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certificatePem, QSsl::Pem);
    const QSslKey key = Core::loadPrivateKey(keyPem.reveal());
    if (chain.isEmpty() || key.isNull()) {
        if (error)
            *error = chain.isEmpty() ? u"the server certificate is not PEM"_s
                                     : u"the server key is not a PEM RSA or EC key"_s;
        return false;
    }
    m_serverCertificatePem = certificatePem;
    m_serverKeyPem = keyPem;
    m_caCertificatePem = caCertificatePem;
    return true;
}

void ApiServer::setClientCaCertificate(const QByteArray &caCertificatePem)
{
    m_clientCaCertificatePem = caCertificatePem;
}

void ApiServer::addToken(const Core::Secret &token, const QString &user)
{
    m_tokenUsers.insert(QCryptographicHash::hash(token.reveal(), QCryptographicHash::Sha256), user);
}

bool ApiServer::listen(const QHostAddress &address, quint16 port)
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    const QList<QSslCertificate> chain = QSslCertificate::fromData(m_serverCertificatePem, QSsl::Pem);
    if (chain.isEmpty()) {
        m_error = u"no server certificate set"_s;
        return false;
    }
    const QSslKey key = Core::loadPrivateKey(m_serverKeyPem.reveal());
    config.setLocalCertificateChain(chain);
    config.setPrivateKey(key);
    config.setProtocol(QSsl::TlsV1_2OrLater);
    if (!m_clientCaCertificatePem.isEmpty()) {
        // Ask for a client certificate but do not demand one (tokens authenticate too); verified per connection.
        config.setPeerVerifyMode(QSslSocket::QueryPeer);
        config.setCaCertificates(QSslCertificate::fromData(m_clientCaCertificatePem, QSsl::Pem));
    } else {
        config.setPeerVerifyMode(QSslSocket::VerifyNone);
    }
    m_server->setSslConfiguration(config);
    if (!m_server->listen(address, port)) {
        m_error = m_server->errorString();
        return false;
    }
    qCInfo(lcDemo) << "Kubernetes API emulator listening on" << url().toString();
    return true;
}

void ApiServer::close()
{
    if (m_server->isListening())
        m_server->close();
    const QList<HttpConnection *> connections = findChildren<HttpConnection *>(Qt::FindDirectChildrenOnly);
    for (HttpConnection *connection : connections)
        connection->abort();
}

bool ApiServer::isListening() const
{
    return m_server->isListening();
}

quint16 ApiServer::port() const
{
    return m_server->serverPort();
}

QUrl ApiServer::url() const
{
    QUrl url;
    url.setScheme(u"https"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(port());
    return url;
}

void ApiServer::onPendingConnection()
{
    while (m_server->hasPendingConnections()) {
        auto *socket = qobject_cast<QSslSocket *>(m_server->nextPendingConnection());
        if (!socket)
            continue;
        auto *connection = new HttpConnection(socket, this);
        if (!socket->peerCertificate().isNull()) {
            const QString user = verifyClientCertificate(socket);
            connection->setCertificateUser(user);
            connection->setCertificateRejected(user.isEmpty());
        }
        connect(connection, &HttpConnection::requestReceived, this,
                [this, connection](const HttpRequest &request) { onRequest(connection, request); });
    }
}

QString ApiServer::verifyClientCertificate(QSslSocket *socket) const
{
    if (m_clientCaCertificatePem.isEmpty())
        return {};
    const QSslCertificate peer = socket->peerCertificate();
    const QByteArray der = peer.toDer();
    const auto *derData = reinterpret_cast<const unsigned char *>(der.constData());
    std::unique_ptr<X509, decltype(&X509_free)> leaf(d2i_X509(nullptr, &derData, long(der.size())), &X509_free);
    std::unique_ptr<X509_STORE, decltype(&X509_STORE_free)> store(X509_STORE_new(), &X509_STORE_free);
    std::unique_ptr<STACK_OF(X509), void (*)(STACK_OF(X509) *)> untrusted(
        sk_X509_new_null(), [](STACK_OF(X509) * s) { sk_X509_pop_free(s, X509_free); });
    if (!leaf || !store || !untrusted)
        return {};
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(
        BIO_new_mem_buf(m_clientCaCertificatePem.constData(), int(m_clientCaCertificatePem.size())), &BIO_free);
    while (X509 *ca = PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr)) {
        X509_STORE_add_cert(store.get(), ca);
        X509_free(ca);
    }
    const QList<QSslCertificate> chain = socket->peerCertificateChain();
    for (const QSslCertificate &certificate : chain) {
        if (certificate == peer)
            continue;
        const QByteArray bytes = certificate.toDer();
        const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
        if (X509 *x = d2i_X509(nullptr, &p, long(bytes.size())))
            sk_X509_push(untrusted.get(), x);
    }
    std::unique_ptr<X509_STORE_CTX, decltype(&X509_STORE_CTX_free)> ctx(X509_STORE_CTX_new(), &X509_STORE_CTX_free);
    if (!ctx || X509_STORE_CTX_init(ctx.get(), store.get(), leaf.get(), untrusted.get()) != 1)
        return {};
    if (X509_verify_cert(ctx.get()) != 1) {
        qCDebug(lcDemo) << "emulator: client certificate rejected:"
                        << X509_verify_cert_error_string(X509_STORE_CTX_get_error(ctx.get()));
        return {};
    }
    return peer.subjectInfo(QSslCertificate::CommonName).value(0);
}

ApiServer::Identity ApiServer::authenticate(HttpConnection *connection, const HttpRequest &request) const
{
    Identity identity;
    const QByteArray authorization = request.header("authorization");
    if (!authorization.isEmpty()) {
        if (authorization.startsWith("Bearer ")) {
            const QByteArray hash
                = QCryptographicHash::hash(authorization.mid(7).trimmed(), QCryptographicHash::Sha256);
            const auto it = m_tokenUsers.constFind(hash);
            if (it != m_tokenUsers.constEnd()) {
                identity.authenticated = true;
                identity.user = it.value();
                return identity;
            }
        }
        identity.badCredentials = true;
        return identity;
    }
    if (connection->certificateRejected()) {
        identity.badCredentials = true;
        return identity;
    }
    if (!connection->certificateUser().isEmpty()) {
        identity.authenticated = true;
        identity.user = connection->certificateUser();
    }
    return identity;
}

bool ApiServer::isDenied(const QString &user, const QString &verb, const QString &resource, const QString &ns) const
{
    for (const AccessRule &rule : m_denyRules) {
        if ((rule.user.isEmpty() || rule.user == user) && (rule.verb.isEmpty() || rule.verb == verb)
            && (rule.resource.isEmpty() || rule.resource == resource)
            && (rule.namespaceName.isEmpty() || rule.namespaceName == ns))
            return true;
    }
    return false;
}

void ApiServer::reply(HttpConnection *connection, const HttpRequest &request, int status, const QJsonObject &body,
                      const QList<QPair<QByteArray, QByteArray>> &headers)
{
    // sendResponse() resets the connection's request, which @p request may refer to: read it first.
    const QString method = QString::fromLatin1(request.method);
    const QString path = request.path;
    connection->sendResponse(status, "application/json", toJson(body), headers);
    emit requestServed(method, path, status);
}

void ApiServer::replyStatus(HttpConnection *connection, const HttpRequest &request, const QJsonObject &status)
{
    reply(connection, request, status.value("code"_L1).toInt(), status);
}

void ApiServer::onRequest(HttpConnection *connection, const HttpRequest &request)
{
    if (m_responseDelay > 0) {
        QTimer::singleShot(m_responseDelay, connection, [this, connection, request] { dispatch(connection, request); });
        return;
    }
    dispatch(connection, request);
}

void ApiServer::dispatch(HttpConnection *connection, const HttpRequest &request)
{
    qCDebug(lcDemo).noquote() << "emulator:" << request.method << request.target << request.header("content-type")
                              << request.header("accept");
    if (m_throttleCount > 0) {
        --m_throttleCount;
        const QJsonObject status
            = statusObject(429, u"TooManyRequests"_s, u"Too many requests, please try again later."_s,
                           QJsonObject { { "retryAfterSeconds"_L1, m_retryAfterSeconds } });
        reply(connection, request, 429, status, { { "Retry-After", QByteArray::number(m_retryAfterSeconds) } });
        return;
    }

    const Identity identity = authenticate(connection, request);
    const QJsonObject unauthorized = statusObject(401, u"Unauthorized"_s, u"Unauthorized"_s);
    if (identity.badCredentials) {
        replyStatus(connection, request, unauthorized);
        return;
    }
    const QString &path = request.path;
    if (path == "/version"_L1 || path == "/healthz"_L1 || path == "/livez"_L1 || path == "/readyz"_L1) {
        if (request.method != "GET") {
            replyStatus(connection, request,
                        statusObject(405, u"MethodNotAllowed"_s,
                                     u"the server does not allow this method on the requested resource"_s));
            return;
        }
        if (path == "/version"_L1) {
            reply(connection, request, 200,
                  QJsonObject { { "major"_L1, "1"_L1 },
                                { "minor"_L1, "32"_L1 },
                                { "gitVersion"_L1, "v1.32.0-proofer-emulator"_L1 },
                                { "gitCommit"_L1, "0000000000000000000000000000000000000000"_L1 },
                                { "gitTreeState"_L1, "clean"_L1 },
                                { "buildDate"_L1, "2025-01-01T00:00:00Z"_L1 },
                                { "goVersion"_L1, "go1.23"_L1 },
                                { "compiler"_L1, "gc"_L1 },
                                { "platform"_L1, "linux/amd64"_L1 } });
        } else {
            connection->sendResponse(200, "text/plain; charset=utf-8", "ok");
            emit requestServed(QString::fromLatin1(request.method), path, 200);
        }
        return;
    }
    if (!identity.authenticated) {
        replyStatus(connection, request, unauthorized);
        return;
    }

    const QStringList segments = path.split(u'/', Qt::SkipEmptyParts);
    const QJsonObject notFound
        = statusObject(404, u"NotFound"_s, u"the server could not find the requested resource"_s);
    if (request.method == "GET") {
        QJsonObject document;
        if (segments == QStringList { u"api"_s })
            document = apiVersionsDocument();
        else if (segments == QStringList { u"apis"_s })
            document = apiGroupListDocument();
        else if (segments.size() == 2 && segments.at(0) == "api"_L1)
            document = apiResourceListDocument(segments.at(1));
        else if (segments.size() == 2 && segments.at(0) == "apis"_L1)
            document = apiGroupDocument(segments.at(1));
        else if (segments.size() == 3 && segments.at(0) == "apis"_L1)
            document = apiResourceListDocument(segments.at(1) + u'/' + segments.at(2));
        else if (segments.size() < 3)
            document = notFound;
        if (!document.isEmpty() || segments.size() < 3 || (segments.size() == 3 && segments.at(0) == "apis"_L1)) {
            if (document.isEmpty() || document.value("kind"_L1).toString() == "Status"_L1)
                replyStatus(connection, request, notFound);
            else
                reply(connection, request, 200, document);
            return;
        }
    }

    // /api/v1/… or /apis/GROUP/VERSION/…
    QString groupVersion;
    QStringList rest;
    if (segments.size() >= 3 && segments.at(0) == "api"_L1) {
        groupVersion = segments.at(1);
        rest = segments.mid(2);
    } else if (segments.size() >= 4 && segments.at(0) == "apis"_L1) {
        groupVersion = segments.at(1) + u'/' + segments.at(2);
        rest = segments.mid(3);
    } else {
        replyStatus(connection, request, notFound);
        return;
    }
    Route route;
    if (rest.size() >= 3 && rest.at(0) == "namespaces"_L1) {
        route.namespaceName = rest.at(1);
        route.resource = findApiResource(groupVersion, rest.at(2));
        route.name = rest.value(3);
        route.subresource = rest.value(4);
        if (rest.size() > 5 || (route.resource && !route.resource->namespaced))
            route.resource = nullptr;
    } else {
        route.resource = findApiResource(groupVersion, rest.at(0));
        route.name = rest.value(1);
        route.subresource = rest.value(2);
        if (rest.size() > 3 || (route.resource && route.resource->namespaced && !route.name.isEmpty()))
            route.resource = nullptr;
    }
    if (!route.resource) {
        replyStatus(connection, request, notFound);
        return;
    }
    if (!route.subresource.isEmpty()) {
        bool known = false;
        for (const auto &[sub, verbs] : route.resource->subresources)
            known = known || sub == route.subresource;
        if (!known || route.subresource == "scale"_L1) {
            replyStatus(connection, request, notFound);
            return;
        }
    }
    const QByteArray &method = request.method;
    if (method == "GET") {
        if (route.name.isEmpty()) {
            const QString watch = request.queryValue(u"watch"_s);
            route.verb = (watch == "true"_L1 || watch == "1"_L1) ? u"watch"_s : u"list"_s;
        } else {
            route.verb = u"get"_s;
        }
    } else if (method == "POST") {
        route.verb = u"create"_s;
    } else if (method == "PUT") {
        route.verb = u"update"_s;
    } else if (method == "PATCH") {
        route.verb = u"patch"_s;
    } else if (method == "DELETE") {
        route.verb = route.name.isEmpty() ? u"deletecollection"_s : u"delete"_s;
    } else {
        replyStatus(connection, request,
                    statusObject(405, u"MethodNotAllowed"_s,
                                 u"the server does not allow this method on the requested resource"_s));
        return;
    }
    if (route.subresource == "portforward"_L1)
        route.verb = u"create"_s;
    route.authorizedResource
        = route.subresource.isEmpty() ? route.resource->name : route.resource->name + u'/' + route.subresource;

    if (isDenied(identity.user, route.verb, route.authorizedResource, route.namespaceName)) {
        QString subject = route.resource->qualifiedName();
        if (!route.name.isEmpty())
            subject += u' ' + quoted(route.name);
        const QString scope = route.namespaceName.isEmpty() ? u"at the cluster scope"_s
                                                            : u"in the namespace "_s + quoted(route.namespaceName);
        const QString message = subject + u" is forbidden: User "_s + quoted(identity.user) + u" cannot "_s + route.verb
            + u" resource "_s + quoted(route.authorizedResource) + u" in API group "_s + quoted(route.resource->group)
            + u' ' + scope;
        replyStatus(connection, request,
                    statusObject(403, u"Forbidden"_s, message, details(*route.resource, route.name)));
        return;
    }
    serveResource(connection, request, identity, route);
}

void ApiServer::serveResource(HttpConnection *connection, const HttpRequest &request, const Identity &identity,
                              const Route &route)
{
    Q_UNUSED(identity)
    const ApiResource &resource = *route.resource;
    if (route.subresource == "log"_L1) {
        if (route.verb != "get"_L1)
            replyStatus(connection, request,
                        statusObject(405, u"MethodNotAllowed"_s,
                                     u"the server does not allow this method on the requested resource"_s));
        else
            serveLog(connection, request, route);
        return;
    }
    if (route.subresource == "portforward"_L1) {
        servePortForward(connection, request, route);
        return;
    }
    if (route.verb == "get"_L1) {
        const QJsonObject object = m_store.get(resource.name, route.namespaceName, route.name);
        if (object.isEmpty())
            replyStatus(
                connection, request,
                statusObject(404, u"NotFound"_s, notFoundMessage(resource, route.name), details(resource, route.name)));
        else
            reply(connection, request, 200, withTypeMeta(object, resource));
    } else if (route.verb == "list"_L1) {
        serveList(connection, request, route);
    } else if (route.verb == "watch"_L1) {
        serveWatch(connection, request, route);
    } else if (route.verb == "create"_L1) {
        if (!route.name.isEmpty())
            replyStatus(connection, request,
                        statusObject(405, u"MethodNotAllowed"_s,
                                     u"the server does not allow this method on the requested resource"_s));
        else
            serveCreate(connection, request, route);
    } else if (route.verb == "update"_L1 || route.verb == "patch"_L1) {
        serveUpdate(connection, request, route, route.verb == "patch"_L1);
    } else if (route.verb == "delete"_L1) {
        ObjectStore::Result result;
        const QJsonObject removed = m_store.remove(resource.name, route.namespaceName, route.name, &result);
        if (result == ObjectStore::Result::NotFound)
            replyStatus(
                connection, request,
                statusObject(404, u"NotFound"_s, notFoundMessage(resource, route.name), details(resource, route.name)));
        else {
            reply(connection, request, 200, withTypeMeta(removed, resource));
            emit objectDeleted(route.namespaceName, resource.kind, route.name);
        }
    } else {
        replyStatus(connection, request,
                    statusObject(405, u"MethodNotAllowed"_s,
                                 u"the server does not allow this method on the requested resource"_s));
    }
}

void ApiServer::serveList(HttpConnection *connection, const HttpRequest &request, const Route &route)
{
    const ApiResource &resource = *route.resource;
    const Selector labels = Selector::parse(request.queryValue(u"labelSelector"_s), Selector::Kind::Labels);
    const Selector fields = Selector::parse(request.queryValue(u"fieldSelector"_s), Selector::Kind::Fields);
    if (!labels.isValid() || !fields.isValid()) {
        replyStatus(connection, request,
                    statusObject(400, u"BadRequest"_s, u"unable to parse requirement: invalid selector"_s));
        return;
    }
    bool ok = true;
    const QString limitText = request.queryValue(u"limit"_s);
    const qsizetype limit = limitText.isEmpty() ? 0 : limitText.toLongLong(&ok);
    if (!ok || limit < 0) {
        replyStatus(connection, request, statusObject(400, u"BadRequest"_s, u"invalid limit"_s));
        return;
    }
    ContinueToken start;
    const QString continueText = request.queryValue(u"continue"_s);
    if (!continueText.isEmpty()) {
        if (!ContinueToken::decode(continueText, &start)) {
            replyStatus(connection, request, statusObject(400, u"BadRequest"_s, u"continue key is not valid"_s));
            return;
        }
        if (start.epoch != m_continueEpoch) {
            replyStatus(connection, request,
                        statusObject(410, u"Expired"_s,
                                     u"The provided continue parameter is too old to display a consistent list "
                                     u"result. You can start a new list without the continue parameter, or use the "
                                     u"continue token in this response to retrieve the remainder of the results. "
                                     u"Continuing with the provided token results in an inconsistent list - objects "
                                     u"that were created, modified, or deleted between the time the first chunk was "
                                     u"returned and now may show up in the list."_s));
            return;
        }
    }
    QJsonArray items;
    qsizetype remaining = 0;
    QString lastNamespace;
    QString lastName;
    for (const QJsonObject &object : m_store.list(resource.name, route.namespaceName)) {
        const QJsonObject metadata = object.value("metadata"_L1).toObject();
        const QString ns = metadata.value("namespace"_L1).toString();
        const QString name = metadata.value("name"_L1).toString();
        if (!continueText.isEmpty() && std::pair(ns, name) <= std::pair(start.namespaceName, start.name))
            continue;
        if (!labels.matches(object) || !fields.matches(object))
            continue;
        if (limit > 0 && items.size() >= limit) {
            ++remaining;
            continue;
        }
        items.append(withTypeMeta(object, resource));
        lastNamespace = ns;
        lastName = name;
    }
    QJsonObject metadata { { "resourceVersion"_L1, QString::number(m_store.currentResourceVersion()) } };
    if (remaining > 0) {
        metadata.insert("continue"_L1, ContinueToken { m_continueEpoch, lastNamespace, lastName }.encode());
        metadata.insert("remainingItemCount"_L1, remaining);
    }
    reply(connection, request, 200,
          QJsonObject { { "kind"_L1, QString(resource.kind + u"List"_s) },
                        { "apiVersion"_L1, resource.groupVersion() },
                        { "metadata"_L1, metadata },
                        { "items"_L1, items } });
}

void ApiServer::serveWatch(HttpConnection *connection, const HttpRequest &request, const Route &route)
{
    const ApiResource &resource = *route.resource;
    const Selector labels = Selector::parse(request.queryValue(u"labelSelector"_s), Selector::Kind::Labels);
    const Selector fields = Selector::parse(request.queryValue(u"fieldSelector"_s), Selector::Kind::Fields);
    if (!labels.isValid() || !fields.isValid()) {
        replyStatus(connection, request,
                    statusObject(400, u"BadRequest"_s, u"unable to parse requirement: invalid selector"_s));
        return;
    }
    bool ok = true;
    const QString versionText = request.queryValue(u"resourceVersion"_s);
    const qint64 fromVersion = versionText.isEmpty() ? 0 : versionText.toLongLong(&ok);
    const QString timeoutText = request.queryValue(u"timeoutSeconds"_s);
    const int timeoutSeconds = timeoutText.isEmpty() ? 0 : timeoutText.toInt(&ok);
    if (!ok) {
        replyStatus(connection, request,
                    statusObject(400, u"BadRequest"_s, u"invalid resourceVersion or timeoutSeconds"_s));
        return;
    }
    if (!m_forcedWatchFailures.isEmpty()) {
        const WatchFailure failure = m_forcedWatchFailures.takeFirst();
        const QJsonObject gone = statusObject(
            410, u"Expired"_s,
            u"too old resource version: %1 (%2)"_s.arg(fromVersion).arg(m_store.currentResourceVersion()));
        if (failure == WatchFailure::HttpGone) {
            replyStatus(connection, request, gone);
        } else {
            connection->beginStream(200, "application/json");
            connection->writeChunk(toJson(QJsonObject { { "type"_L1, "ERROR"_L1 }, { "object"_L1, gone } }) + '\n');
            connection->endStream();
            emit requestServed(QString::fromLatin1(request.method), request.path, 200);
        }
        return;
    }
    const QString bookmarks = request.queryValue(u"allowWatchBookmarks"_s);
    auto *watch = new WatchStream(connection, &m_store, resource, route.namespaceName, labels, fields);
    m_watches.removeIf([](const QPointer<WatchStream> &w) { return w.isNull(); });
    m_watches.append(watch);
    emit requestServed(QString::fromLatin1(request.method), request.path, 200);
    watch->start(fromVersion, bookmarks == "true"_L1 || bookmarks == "1"_L1, m_bookmarkInterval, timeoutSeconds,
                 m_watchDropAfter);
}

void ApiServer::serveCreate(HttpConnection *connection, const HttpRequest &request, const Route &route)
{
    const ApiResource &resource = *route.resource;
    if (!isJsonBody(request)) {
        replyStatus(connection, request, unsupportedMediaType());
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (!document.isObject()) {
        replyStatus(connection, request,
                    statusObject(400, u"BadRequest"_s,
                                 u"the request body is not a JSON object: "_s + parseError.errorString()));
        return;
    }
    QJsonObject object = document.object();
    const QString kind = object.value("kind"_L1).toString();
    if (!kind.isEmpty() && kind != resource.kind) {
        replyStatus(
            connection, request,
            statusObject(400, u"BadRequest"_s,
                         u"the kind of the object (%1) does not match the resource (%2)"_s.arg(kind, resource.name)));
        return;
    }
    const QString bodyNamespace = object.value("metadata"_L1).toObject().value("namespace"_L1).toString();
    if (!bodyNamespace.isEmpty() && bodyNamespace != route.namespaceName) {
        replyStatus(
            connection, request,
            statusObject(400, u"BadRequest"_s,
                         u"the namespace of the provided object does not match the namespace sent on the request"_s));
        return;
    }
    bool templateChanged = false;
    object = applyWriteSemantics(resource, {}, object, &templateChanged);
    ensureNamespace(route.namespaceName);
    ObjectStore::Result result;
    const QJsonObject created = m_store.create(resource.name, route.namespaceName, object, &result);
    const QString name = object.value("metadata"_L1).toObject().value("name"_L1).toString();
    if (result == ObjectStore::Result::AlreadyExists) {
        replyStatus(connection, request,
                    statusObject(409, u"AlreadyExists"_s,
                                 resource.qualifiedName() + u' ' + quoted(name) + u" already exists"_s,
                                 details(resource, name)));
    } else if (result != ObjectStore::Result::Ok) {
        replyStatus(connection, request,
                    statusObject(422, u"Invalid"_s,
                                 resource.kind
                                     + u" \"\" is invalid: metadata.name: Required value: name or "_s
                                       u"generateName is required"_s));
    } else {
        reply(connection, request, 201, withTypeMeta(created, resource));
    }
}

void ApiServer::serveUpdate(HttpConnection *connection, const HttpRequest &request, const Route &route, bool patch)
{
    const ApiResource &resource = *route.resource;
    const QJsonObject current = m_store.get(resource.name, route.namespaceName, route.name);
    if (current.isEmpty()) {
        replyStatus(
            connection, request,
            statusObject(404, u"NotFound"_s, notFoundMessage(resource, route.name), details(resource, route.name)));
        return;
    }
    const QByteArray contentType = request.header("content-type").toLower();
    // JSON patches (RFC 6902) and server-side apply are not emulated; strategic merge is treated as merge.
    const bool acceptable = patch ? contentType.startsWith("application/merge-patch+json")
            || contentType.startsWith("application/strategic-merge-patch+json")
                                  : isJsonBody(request);
    if (!acceptable) {
        replyStatus(connection, request, unsupportedMediaType());
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (!document.isObject()) {
        replyStatus(connection, request,
                    statusObject(400, u"BadRequest"_s,
                                 u"the request body is not a JSON object: "_s + parseError.errorString()));
        return;
    }
    const QJsonObject body = document.object();
    const QString currentVersion = valueAtPath(current, u"metadata.resourceVersion"_s).toString();
    const QString expectedVersion = valueAtPath(body, u"metadata.resourceVersion"_s).toString();
    if (!expectedVersion.isEmpty() && expectedVersion != currentVersion) {
        replyStatus(connection, request, conflictStatus(resource, route.name));
        return;
    }
    QJsonObject updated = patch ? mergePatch(current, body).toObject() : body;
    const QString bodyName = valueAtPath(updated, u"metadata.name"_s).toString();
    if (!bodyName.isEmpty() && bodyName != route.name) {
        replyStatus(connection, request,
                    statusObject(400, u"BadRequest"_s,
                                 u"the name of the object (%1) does not match the name on the URL (%2)"_s.arg(
                                     bodyName, route.name)));
        return;
    }
    // The precondition was checked above; the write itself is atomic on this thread.
    QJsonObject metadata = updated.value("metadata"_L1).toObject();
    metadata.insert("resourceVersion"_L1, currentVersion);
    updated.insert("metadata"_L1, metadata);
    bool templateChanged = false;
    updated = applyWriteSemantics(resource, current, updated, &templateChanged);
    ObjectStore::Result result;
    const QJsonObject stored = m_store.replace(resource.name, route.namespaceName, route.name, updated, &result);
    if (result == ObjectStore::Result::Conflict) {
        replyStatus(connection, request, conflictStatus(resource, route.name));
        return;
    }
    if (templateChanged) {
        qCInfo(lcDemo).noquote() << "emulator: rollout restart of" << resource.kind
                                 << route.namespaceName + u'/' + route.name;
        emit rolloutRestarted(route.namespaceName, resource.kind, route.name);
    }
    reply(connection, request, 200, withTypeMeta(stored, resource));
}

void ApiServer::serveLog(HttpConnection *connection, const HttpRequest &request, const Route &route)
{
    const ApiResource &resource = *route.resource;
    if (!m_store.contains(resource.name, route.namespaceName, route.name)) {
        replyStatus(
            connection, request,
            statusObject(404, u"NotFound"_s, notFoundMessage(resource, route.name), details(resource, route.name)));
        return;
    }
    const QString container = request.queryValue(u"container"_s);
    QString path = m_logFiles.value(logKey(route.namespaceName, route.name, container));
    if (path.isEmpty())
        path = m_logFiles.value(logKey(route.namespaceName, route.name, {}));
    QByteArray content;
    qint64 offset = 0;
    if (!path.isEmpty()) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly)) {
            offset = file.size();
            if (offset > MaxLogBytes)
                file.seek(offset - MaxLogBytes);
            content = file.read(MaxLogBytes);
        }
    }
    bool ok = true;
    const QString tail = request.queryValue(u"tailLines"_s);
    if (!tail.isEmpty()) {
        const qsizetype lines = tail.toLongLong(&ok);
        if (ok && lines >= 0) {
            // Walk back over @p lines newlines, ignoring the one that ends the file.
            qsizetype start = content.size() - (content.endsWith('\n') ? 1 : 0);
            qsizetype found = 0;
            while (found < lines && start > 0) {
                const qsizetype newline = content.lastIndexOf('\n', start - 1);
                if (newline < 0) {
                    start = 0;
                    break;
                }
                ++found;
                start = found == lines ? newline + 1 : newline;
            }
            content = lines == 0 ? QByteArray() : content.mid(start);
        }
    }
    // sinceSeconds, approximated: a file untouched for longer has nothing that recent.
    const QString since = request.queryValue(u"sinceSeconds"_s);
    if (!since.isEmpty() && !path.isEmpty()) {
        const qint64 seconds = since.toLongLong(&ok);
        if (ok && QFileInfo(path).lastModified().secsTo(QDateTime::currentDateTime()) > seconds)
            content.clear();
    }
    const QString limitBytes = request.queryValue(u"limitBytes"_s);
    if (!limitBytes.isEmpty()) {
        const qint64 limit = limitBytes.toLongLong(&ok);
        if (ok && limit >= 0)
            content.truncate(limit);
    }
    const QString follow = request.queryValue(u"follow"_s);
    if ((follow == "true"_L1 || follow == "1"_L1) && !path.isEmpty()) {
        connection->beginStream(200, "text/plain");
        connection->writeChunk(content);
        new LogFollower(connection, path, offset);
        emit requestServed(QString::fromLatin1(request.method), request.path, 200);
        return;
    }
    connection->sendResponse(200, "text/plain", content);
    emit requestServed(QString::fromLatin1(request.method), request.path, 200);
}

void ApiServer::servePortForward(HttpConnection *connection, const HttpRequest &request, const Route &route)
{
    const ApiResource &resource = *route.resource;
    const QJsonObject pod = m_store.get(resource.name, route.namespaceName, route.name);
    if (pod.isEmpty()) {
        replyStatus(
            connection, request,
            statusObject(404, u"NotFound"_s, notFoundMessage(resource, route.name), details(resource, route.name)));
        return;
    }
    if (request.method != "GET" || !request.header("upgrade").toLower().contains("websocket")) {
        replyStatus(connection, request, statusObject(400, u"BadRequest"_s, u"Upgrade request required"_s));
        return;
    }
    QList<PortForwardSession::Target> targets;
    for (const auto &[key, value] : request.query) {
        if (key != "ports"_L1)
            continue;
        for (const QString &text : value.split(u',', Qt::SkipEmptyParts)) {
            bool ok = false;
            const uint port = text.trimmed().toUInt(&ok);
            if (!ok || port == 0 || port > 65535) {
                replyStatus(connection, request, statusObject(400, u"BadRequest"_s, u"invalid port: "_s + text));
                return;
            }
            PortForwardSession::Target target;
            target.podPort = quint16(port);
            const auto it = m_portTargets.constFind(portKey(route.namespaceName, route.name, quint16(port)));
            if (it != m_portTargets.constEnd()) {
                target.known = true;
                target.host = it->first;
                target.port = it->second;
            }
            targets << target;
        }
    }
    if (targets.isEmpty() || targets.size() > 64) {
        replyStatus(connection, request, statusObject(400, u"BadRequest"_s, u"query parameter \"port\" is required"_s));
        return;
    }
    const QString protocol = u"v4.channel.k8s.io"_s;
    bool offered = false;
    for (const QByteArray &p : request.header("sec-websocket-protocol").split(','))
        offered = offered || p.trimmed() == protocol.toLatin1();
    if (!offered) {
        replyStatus(
            connection, request,
            statusObject(400, u"BadRequest"_s, u"unable to upgrade: the only supported subprotocol is "_s + protocol));
        return;
    }
    if (!connection->upgradeToWebSocket(protocol)) {
        replyStatus(connection, request, statusObject(400, u"BadRequest"_s, u"invalid WebSocket upgrade request"_s));
        return;
    }
    emit requestServed(QString::fromLatin1(request.method), request.path, 101);
    const QString description
        = route.namespaceName + u'/' + route.name + u", uid "_s + valueAtPath(pod, u"metadata.uid"_s).toString();
    auto *session = new PortForwardSession(connection, description, targets);
    session->start();
}

QJsonObject ApiServer::applyWriteSemantics(const ApiResource &resource, const QJsonObject &previous, QJsonObject object,
                                           bool *templateChanged) const
{
    object = withTypeMeta(object, resource);
    *templateChanged = false;
    if (resource.group != "apps"_L1)
        return object;
    QJsonObject spec = object.value("spec"_L1).toObject();
    if (!spec.contains("replicas"_L1))
        spec.insert("replicas"_L1, 1);
    if (resource.name == "statefulsets"_L1 && !spec.contains("updateStrategy"_L1))
        spec.insert("updateStrategy"_L1, QJsonObject { { "type"_L1, "RollingUpdate"_L1 } });
    if (resource.name == "deployments"_L1 && !spec.contains("strategy"_L1))
        spec.insert("strategy"_L1, QJsonObject { { "type"_L1, "RollingUpdate"_L1 } });
    object.insert("spec"_L1, spec);

    QJsonObject metadata = object.value("metadata"_L1).toObject();
    qint64 generation = previous.isEmpty() ? 1 : valueAtPath(previous, u"metadata.generation"_s).toInteger(1);
    if (!previous.isEmpty() && previous.value("spec"_L1).toObject() != spec)
        ++generation;
    metadata.insert("generation"_L1, generation);
    object.insert("metadata"_L1, metadata);
    *templateChanged = !previous.isEmpty()
        && valueAtPath(previous, u"spec.template"_s).toObject() != spec.value("template"_L1).toObject();

    // The emulator's controllers finish every rollout at once.
    const int replicas = spec.value("replicas"_L1).toInt(1);
    QJsonObject status = object.value("status"_L1).toObject();
    status.insert("observedGeneration"_L1, generation);
    status.insert("replicas"_L1, replicas);
    status.insert("updatedReplicas"_L1, replicas);
    status.insert("readyReplicas"_L1, replicas);
    status.insert("availableReplicas"_L1, replicas);
    if (resource.name == "deployments"_L1) {
        const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
        status.insert("conditions"_L1,
                      QJsonArray { QJsonObject { { "type"_L1, "Available"_L1 },
                                                 { "status"_L1, "True"_L1 },
                                                 { "reason"_L1, "MinimumReplicasAvailable"_L1 },
                                                 { "message"_L1, "Deployment has minimum availability."_L1 },
                                                 { "lastUpdateTime"_L1, now },
                                                 { "lastTransitionTime"_L1, now } },
                                   QJsonObject { { "type"_L1, "Progressing"_L1 },
                                                 { "status"_L1, "True"_L1 },
                                                 { "reason"_L1, "NewReplicaSetAvailable"_L1 },
                                                 { "message"_L1, "ReplicaSet has successfully progressed."_L1 },
                                                 { "lastUpdateTime"_L1, now },
                                                 { "lastTransitionTime"_L1, now } } });
    } else if (resource.name == "statefulsets"_L1) {
        const QString revision
            = valueAtPath(object, u"metadata.name"_s).toString() + u"-rev"_s + QString::number(generation);
        status.insert("currentReplicas"_L1, replicas);
        status.insert("currentRevision"_L1, revision);
        status.insert("updateRevision"_L1, revision);
    }
    object.insert("status"_L1, status);
    return object;
}

void ApiServer::ensureNamespace(const QString &namespaceName)
{
    if (namespaceName.isEmpty() || m_store.contains(u"namespaces"_s, {}, namespaceName))
        return;
    const ApiResource *resource = findApiResource(u"v1"_s, u"namespaces"_s);
    QJsonObject ns { { "metadata"_L1, QJsonObject { { "name"_L1, namespaceName } } },
                     { "status"_L1, QJsonObject { { "phase"_L1, "Active"_L1 } } } };
    m_store.create(resource->name, {}, withTypeMeta(ns, *resource));
}

QJsonObject ApiServer::createObject(const QJsonObject &object, const QString &namespaceName)
{
    const ApiResource *resource = findApiResourceByKind(object.value("kind"_L1).toString());
    if (!resource)
        return {};
    QString ns;
    if (resource->namespaced) {
        ns = valueAtPath(object, u"metadata.namespace"_s).toString();
        if (ns.isEmpty())
            ns = namespaceName;
        if (ns.isEmpty())
            ns = u"default"_s;
        ensureNamespace(ns);
    }
    bool templateChanged = false;
    return m_store.create(resource->name, ns, applyWriteSemantics(*resource, {}, object, &templateChanged));
}

void ApiServer::addDenyRule(const AccessRule &rule)
{
    m_denyRules.append(rule);
}

void ApiServer::clearDenyRules()
{
    m_denyRules.clear();
}

void ApiServer::setPodLogFile(const QString &namespaceName, const QString &pod, const QString &filePath,
                              const QString &container)
{
    m_logFiles.insert(logKey(namespaceName, pod, container), filePath);
}

void ApiServer::setPortForwardTarget(const QString &namespaceName, const QString &pod, quint16 podPort,
                                     const QHostAddress &host, quint16 targetPort)
{
    m_portTargets.insert(portKey(namespaceName, pod, podPort), { host, targetPort });
}

QByteArray ApiServer::kubeconfig(const KubeconfigOptions &options) const
{
    QByteArray yaml;
    yaml += "apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n";
    if (!m_caCertificatePem.isEmpty())
        yaml += "    certificate-authority-data: " + m_caCertificatePem.toBase64() + '\n';
    yaml += "    server: " + url().toString().toUtf8() + '\n';
    yaml += "  name: " + yamlQuoted(options.clusterName) + '\n';
    yaml += "contexts:\n- context:\n";
    yaml += "    cluster: " + yamlQuoted(options.clusterName) + '\n';
    if (!options.namespaceName.isEmpty())
        yaml += "    namespace: " + yamlQuoted(options.namespaceName) + '\n';
    yaml += "    user: " + yamlQuoted(options.userName) + '\n';
    yaml += "  name: " + yamlQuoted(options.contextName) + '\n';
    yaml += "current-context: " + yamlQuoted(options.contextName) + '\n';
    yaml += "preferences: {}\nusers:\n- name: " + yamlQuoted(options.userName) + "\n  user:\n";
    bool any = false;
    if (!options.clientCertificatePem.isEmpty() && !options.clientKeyPem.isEmpty()) {
        yaml += "    client-certificate-data: " + options.clientCertificatePem.toBase64() + '\n';
        yaml += "    client-key-data: " + options.clientKeyPem.reveal().toBase64() + '\n';
        any = true;
    }
    if (!options.token.isEmpty()) {
        yaml += "    token: " + yamlQuoted(QString::fromUtf8(options.token.reveal())) + '\n';
        any = true;
    }
    if (!any)
        yaml += "    {}\n";
    return yaml;
}

bool ApiServer::writeKubeconfig(const QString &path, const KubeconfigOptions &options, QString *error) const
{
    QByteArray yaml = kubeconfig(options);
    QFile file(path);
    // The mode is set before the credentials land in the file.
    const bool ok = file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) && file.write(yaml) == yaml.size()
        && file.flush();
    Core::wipe(yaml);
    if (!ok && error)
        *error = file.errorString();
    return ok;
}

void ApiServer::failNextWatches(int count, WatchFailure mode)
{
    for (int i = 0; i < count; ++i)
        m_forcedWatchFailures.append(mode);
}

void ApiServer::throttleNextRequests(int count, int retryAfterSeconds)
{
    m_throttleCount = count;
    m_retryAfterSeconds = retryAfterSeconds;
}

void ApiServer::setWatchDropAfterEvents(int events)
{
    m_watchDropAfter = std::max(0, events);
}

void ApiServer::setResponseDelay(int milliseconds)
{
    m_responseDelay = std::max(0, milliseconds);
}

void ApiServer::expireContinueTokens()
{
    ++m_continueEpoch;
}

void ApiServer::setBookmarkInterval(int milliseconds)
{
    m_bookmarkInterval = std::max(10, milliseconds);
}

int ApiServer::activeWatchCount() const
{
    int count = 0;
    for (const QPointer<WatchStream> &watch : m_watches) {
        if (watch && watch->isActive())
            ++count;
    }
    return count;
}

} // namespace Demo
