// SPDX-License-Identifier: GPL-3.0-or-later
/**
 * The API server's streaming answers: a watch (WatchStream: history, then the store's changes as JSON lines),
 * `logs --follow` (LogFollower), a v4.channel.k8s.io port-forward (PortForwardSession) and `kubectl exec` over
 * v5/v4.channel.k8s.io (ExecStream), and the ApiServer handlers that validate those requests and start them, with
 * what they serve from (log files, port targets, the pods' exec handlers).
 */
#include "demo/apiserver.h"

#include "core/logging.h"
#include "demo/apiresources.h"
#include "demo/httpconnection.h"
#include "demo/podsandbox.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>
#include <QtEndian>

#include <functional>

namespace Demo {

namespace {

constexpr qint64 MaxLogBytes = 8 * 1024 * 1024;

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

} // namespace

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
                send(QStringLiteral("ADDED"), object);
        } else {
            bool tooOld = false;
            const QList<StoreEvent> events = m_store->eventsSince(m_resource.name, m_namespace, fromVersion, &tooOld);
            if (tooOld) {
                const QJsonObject status = statusObject(
                    410, QStringLiteral("Expired"),
                    QStringLiteral("too old resource version: %1 (%2)").arg(fromVersion).arg(m_store->oldestResumableVersion()));
                m_connection->writeChunk(compactJson(QJsonObject { { QLatin1String("type"), QLatin1String("ERROR") }, { QLatin1String("object"), status } })
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
                    { QLatin1String("kind"), m_resource.kind },
                    { QLatin1String("apiVersion"), m_resource.groupVersion() },
                    { QLatin1String("metadata"),
                      QJsonObject { { QLatin1String("resourceVersion"), QString::number(m_store->currentResourceVersion()) } } }
                };
                write(QStringLiteral("BOOKMARK"), object);
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
        m_connection->writeChunk(compactJson(QJsonObject { { QLatin1String("type"), type }, { QLatin1String("object"), object } }) + '\n');
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

/**
 * `logs --follow`: sends what is appended to the file until the client goes away, or until the pod is gone (its
 * container stopped: the kubelet ends the stream then).
 */
class LogFollower final : public QObject
{
public:
    LogFollower(HttpConnection *connection, const QString &path, qint64 offset, std::function<bool()> podExists)
        : QObject(connection)
        , m_connection(connection)
        , m_path(path)
        , m_offset(offset)
        , m_podExists(std::move(podExists))
    {
        auto *timer = new QTimer(this);
        connect(timer, &QTimer::timeout, this, &LogFollower::poll);
        timer->start(200);
    }

private:
    void poll()
    {
        if (m_ended)
            return;
        QFile file(m_path);
        if (file.open(QIODevice::ReadOnly)) {
            if (file.size() < m_offset) // truncated or rotated
                m_offset = 0;
            if (file.size() > m_offset) {
                file.seek(m_offset);
                const QByteArray data = file.read(MaxLogBytes);
                m_offset += data.size();
                m_connection->writeChunk(data);
            }
        }
        if (!m_podExists()) {
            m_ended = true;
            m_connection->endStream();
        }
    }

    HttpConnection *m_connection;
    QString m_path;
    qint64 m_offset;
    std::function<bool()> m_podExists;
    bool m_ended = false;
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
                         QStringLiteral("failed to connect to localhost:%1: connect: connection refused (nothing listens on "
                         "this port of the pod)").arg(port.target.podPort));
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
                    ? QStringLiteral("connect: connection refused")
                    : p.socket->errorString();
                failPort(
                    i, QStringLiteral("failed to connect to %1:%2: %3").arg(p.target.host.toString()).arg(p.target.port).arg(cause));
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
            = QStringLiteral("error forwarding port %1 to pod %2: %3").arg(m_ports.at(index).target.podPort).arg(m_pod, cause);
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
                failPort(index, QStringLiteral("too much data before the target connected"));
        }
    }

    HttpConnection *m_connection;
    QString m_pod;
    QList<Port> m_ports;
    bool m_closing = false;
};

/**
 * One `kubectl exec` without stdin or a terminal: the command's standard output on channel 1, its standard error on
 * channel 2, then (once it has ended: a sleep ends later) its metav1.Status on channel 3, and a normal close.
 */
class ExecStream final : public QObject
{
public:
    ExecStream(HttpConnection *connection, const QStringList &argv, ExecOutcome outcome)
        : QObject(connection)
        , m_connection(connection)
        , m_argv(argv)
        , m_outcome(std::move(outcome))
    {
        connect(connection, &HttpConnection::webSocketClosed, this, [this] { m_closed = true; });
    }

    void start()
    {
        if (m_outcome.started) {
            constexpr qsizetype Chunk = 64 * 1024;
            for (qsizetype at = 0; at < m_outcome.out.size() && !m_closed; at += Chunk)
                m_connection->sendBinaryMessage(char(1) + m_outcome.out.mid(at, Chunk));
            if (!m_outcome.err.isEmpty() && !m_closed)
                m_connection->sendBinaryMessage(char(2) + m_outcome.err);
        }
        QTimer::singleShot(std::max(0, m_outcome.durationMs), this, &ExecStream::finish);
    }

private:
    void finish()
    {
        if (m_closed)
            return;
        QJsonObject status { { QLatin1String("metadata"), QJsonObject() } };
        if (!m_outcome.started) {
            const QString message = QStringLiteral("Internal error occurred: error executing command in container: failed to exec in "
                                    "container: failed to start exec: ")
                + m_outcome.failure;
            status.insert(QLatin1String("status"), QLatin1String("Failure"));
            status.insert(QLatin1String("message"), message);
            status.insert(QLatin1String("reason"), QLatin1String("InternalError"));
            status.insert(QLatin1String("details"), QJsonObject { { QLatin1String("causes"), QJsonArray { QJsonObject { { QLatin1String("message"), message } } } } });
            status.insert(QLatin1String("code"), 500);
        } else if (m_outcome.exitCode != 0) {
            status.insert(QLatin1String("status"), QLatin1String("Failure"));
            status.insert(QLatin1String("message"), QStringLiteral("command terminated with non-zero exit code: error executing command [%1], exit "
                                        "code %2").arg(m_argv.join(u' ')).arg(m_outcome.exitCode));
            status.insert(QLatin1String("reason"), QLatin1String("NonZeroExitCode"));
            status.insert(QLatin1String("details"),
                          QJsonObject { { QLatin1String("causes"),
                                          QJsonArray { QJsonObject { { QLatin1String("reason"), QLatin1String("ExitCode") },
                                                                     { QLatin1String("message"), QString::number(m_outcome.exitCode) } } } } });
        } else {
            status.insert(QLatin1String("status"), QLatin1String("Success"));
        }
        m_connection->sendBinaryMessage(char(3) + compactJson(status));
        m_connection->closeWebSocket(1000);
    }

    HttpConnection *m_connection;
    QStringList m_argv;
    ExecOutcome m_outcome;
    bool m_closed = false;
};

void ApiServer::serveWatch(HttpConnection *connection, const HttpRequest &request, const Route &route)
{
    const ApiResource &resource = *route.resource;
    const Selector labels = Selector::parse(request.queryValue(QStringLiteral("labelSelector")), Selector::Kind::Labels);
    const Selector fields = Selector::parse(request.queryValue(QStringLiteral("fieldSelector")), Selector::Kind::Fields);
    if (!labels.isValid() || !fields.isValid()) {
        replyStatus(connection, request,
                    statusObject(400, QStringLiteral("BadRequest"), QStringLiteral("unable to parse requirement: invalid selector")));
        return;
    }
    bool ok = true;
    const QString versionText = request.queryValue(QStringLiteral("resourceVersion"));
    const qint64 fromVersion = versionText.isEmpty() ? 0 : versionText.toLongLong(&ok);
    const QString timeoutText = request.queryValue(QStringLiteral("timeoutSeconds"));
    const int timeoutSeconds = timeoutText.isEmpty() ? 0 : timeoutText.toInt(&ok);
    if (!ok) {
        replyStatus(connection, request,
                    statusObject(400, QStringLiteral("BadRequest"), QStringLiteral("invalid resourceVersion or timeoutSeconds")));
        return;
    }
    if (!m_forcedWatchFailures.isEmpty()) {
        const WatchFailure failure = m_forcedWatchFailures.takeFirst();
        const QJsonObject gone = statusObject(
            410, QStringLiteral("Expired"),
            QStringLiteral("too old resource version: %1 (%2)").arg(fromVersion).arg(m_store.currentResourceVersion()));
        if (failure == WatchFailure::HttpGone) {
            replyStatus(connection, request, gone);
        } else {
            connection->beginStream(200, "application/json");
            connection->writeChunk(compactJson(QJsonObject { { QLatin1String("type"), QLatin1String("ERROR") }, { QLatin1String("object"), gone } }) + '\n');
            connection->endStream();
            emit requestServed(QString::fromLatin1(request.method), request.path, 200);
        }
        return;
    }
    const QString bookmarks = request.queryValue(QStringLiteral("allowWatchBookmarks"));
    auto *watch = new WatchStream(connection, &m_store, resource, route.namespaceName, labels, fields);
    m_watches.removeIf([](const QPointer<WatchStream> &w) { return w.isNull(); });
    m_watches.append(watch);
    emit requestServed(QString::fromLatin1(request.method), request.path, 200);
    watch->start(fromVersion, bookmarks == QLatin1String("true") || bookmarks == QLatin1String("1"), m_bookmarkInterval, timeoutSeconds,
                 m_watchDropAfter);
}

void ApiServer::serveLog(HttpConnection *connection, const HttpRequest &request, const Route &route)
{
    const ApiResource &resource = *route.resource;
    if (!m_store.contains(resource.name, route.namespaceName, route.name)) {
        replyStatus(
            connection, request,
            notFoundStatus(resource, route.name));
        return;
    }
    const QString container = request.queryValue(QStringLiteral("container"));
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
    const QString tail = request.queryValue(QStringLiteral("tailLines"));
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
    const QString since = request.queryValue(QStringLiteral("sinceSeconds"));
    if (!since.isEmpty() && !path.isEmpty()) {
        const qint64 seconds = since.toLongLong(&ok);
        if (ok && QFileInfo(path).lastModified().secsTo(QDateTime::currentDateTime()) > seconds)
            content.clear();
    }
    const QString limitBytes = request.queryValue(QStringLiteral("limitBytes"));
    if (!limitBytes.isEmpty()) {
        const qint64 limit = limitBytes.toLongLong(&ok);
        if (ok && limit >= 0)
            content.truncate(limit);
    }
    const QString follow = request.queryValue(QStringLiteral("follow"));
    if ((follow == QLatin1String("true") || follow == QLatin1String("1")) && !path.isEmpty()) {
        connection->beginStream(200, "text/plain");
        connection->writeChunk(content);
        const QString resourceName = resource.name;
        new LogFollower(connection, path, offset,
                        [this, resourceName, ns = route.namespaceName, pod = route.name,
                         uid = m_store.get(resourceName, route.namespaceName, route.name)
                                   .value(QLatin1String("metadata"))
                                   .toObject()
                                   .value(QLatin1String("uid"))
                                   .toString()] {
                            // The same pod: a new one of the same name (a StatefulSet's) is another container.
                            return m_store.get(resourceName, ns, pod)
                                       .value(QLatin1String("metadata"))
                                       .toObject()
                                       .value(QLatin1String("uid"))
                                       .toString()
                                == uid;
                        });
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
            notFoundStatus(resource, route.name));
        return;
    }
    if (request.method != "GET" || !request.header("upgrade").toLower().contains("websocket")) {
        replyStatus(connection, request, statusObject(400, QStringLiteral("BadRequest"), QStringLiteral("Upgrade request required")));
        return;
    }
    QList<PortForwardSession::Target> targets;
    for (const auto &[key, value] : request.query) {
        if (key != QLatin1String("ports"))
            continue;
        for (const QString &text : value.split(u',', Qt::SkipEmptyParts)) {
            bool ok = false;
            const uint port = text.trimmed().toUInt(&ok);
            if (!ok || port == 0 || port > 65535) {
                replyStatus(connection, request, statusObject(400, QStringLiteral("BadRequest"), QStringLiteral("invalid port: ") + text));
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
        replyStatus(connection, request, statusObject(400, QStringLiteral("BadRequest"), QStringLiteral("query parameter \"port\" is required")));
        return;
    }
    const QString protocol = QStringLiteral("v4.channel.k8s.io");
    bool offered = false;
    for (const QByteArray &p : request.header("sec-websocket-protocol").split(','))
        offered = offered || p.trimmed() == protocol.toLatin1();
    if (!offered) {
        replyStatus(
            connection, request,
            statusObject(400, QStringLiteral("BadRequest"), QStringLiteral("unable to upgrade: the only supported subprotocol is ") + protocol));
        return;
    }
    if (!connection->upgradeToWebSocket(protocol)) {
        replyStatus(connection, request, statusObject(400, QStringLiteral("BadRequest"), QStringLiteral("invalid WebSocket upgrade request")));
        return;
    }
    emit requestServed(QString::fromLatin1(request.method), request.path, 101);
    const QString description
        = route.namespaceName + u'/' + route.name + QStringLiteral(", uid ") + valueAtPath(pod, QStringLiteral("metadata.uid")).toString();
    auto *session = new PortForwardSession(connection, description, targets);
    session->start();
}

void ApiServer::serveExec(HttpConnection *connection, const HttpRequest &request, const Route &route)
{
    const ApiResource &resource = *route.resource;
    const QJsonObject pod = m_store.get(resource.name, route.namespaceName, route.name);
    if (pod.isEmpty()) {
        replyStatus(connection, request, notFoundStatus(resource, route.name));
        return;
    }
    if (request.method != "GET" || !request.header("upgrade").toLower().contains("websocket")) {
        // kubectl falls back to SPDY (a POST) when the WebSocket is refused: the emulator speaks only WebSocket.
        replyStatus(connection, request, statusObject(400, QStringLiteral("BadRequest"), QStringLiteral("Upgrade request required")));
        return;
    }
    QStringList argv;
    for (const auto &[key, value] : request.query) {
        if (key == QLatin1String("command"))
            argv << value;
    }
    if (argv.isEmpty()) {
        replyStatus(connection, request,
                    statusObject(400, QStringLiteral("BadRequest"), QStringLiteral("you must specify at least 1 command")));
        return;
    }
    QStringList containers;
    for (const QJsonValue &c : valueAtPath(pod, QStringLiteral("spec.containers")).toArray())
        containers << c.toObject().value(QLatin1String("name")).toString();
    QString container = request.queryValue(QStringLiteral("container"));
    if (container.isEmpty() && containers.size() == 1)
        container = containers.constFirst();
    if (container.isEmpty()) {
        replyStatus(connection, request,
                    statusObject(400, QStringLiteral("BadRequest"),
                                 QStringLiteral("a container name must be specified for pod %1, choose one of: [%2]")
                                     .arg(route.name, containers.join(u' '))));
        return;
    }
    if (!containers.contains(container)) {
        replyStatus(connection, request,
                    statusObject(400, QStringLiteral("BadRequest"),
                                 QStringLiteral("container %1 is not valid for pod %2").arg(container, route.name)));
        return;
    }
    QStringList offered;
    for (const QByteArray &p : request.header("sec-websocket-protocol").split(','))
        offered << QString::fromLatin1(p.trimmed());
    QString protocol;
    for (const QString &supported : std::as_const(m_execProtocols)) {
        if (protocol.isEmpty() && offered.contains(supported))
            protocol = supported;
    }
    if (protocol.isEmpty()) {
        replyStatus(connection, request,
                    statusObject(400, QStringLiteral("BadRequest"),
                                 QStringLiteral("unable to upgrade: the supported subprotocols are ") + m_execProtocols.join(QStringLiteral(", "))));
        return;
    }
    if (!connection->upgradeToWebSocket(protocol)) {
        replyStatus(connection, request, statusObject(400, QStringLiteral("BadRequest"), QStringLiteral("invalid WebSocket upgrade request")));
        return;
    }
    emit requestServed(QString::fromLatin1(request.method), request.path, 101);
    ExecOutcome outcome;
    const auto handler = m_execHandlers.constFind(route.namespaceName + u'/' + route.name + u'/' + container);
    if (valueAtPath(pod, QStringLiteral("status.phase")).toString() != QLatin1String("Running")) {
        outcome.started = false;
        outcome.failure = QStringLiteral("container %1 is not running").arg(container);
    } else if (handler == m_execHandlers.constEnd()) {
        outcome.started = false;
        outcome.failure = QStringLiteral("the demo runs no command in pod %1 (it has no sandbox)").arg(route.name);
    } else {
        outcome = (*handler)(argv);
    }
    qCDebug(lcDemo) << "exec in" << route.name << container << argv.constFirst() << "exit" << outcome.exitCode
                    << (outcome.started ? QString() : outcome.failure);
    auto *stream = new ExecStream(connection, argv, std::move(outcome));
    stream->start();
}

void ApiServer::setPodExecHandler(const QString &namespaceName, const QString &pod, const QString &container,
                                  ExecHandler handler)
{
    m_execHandlers.insert(namespaceName + u'/' + pod + u'/' + container, std::move(handler));
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
