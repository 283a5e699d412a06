// SPDX-License-Identifier: GPL-3.0-or-later
#include "kube/podexec.h"

#include "core/logging.h"
#include "core/printable.h"
#include "kube/channelsocket.h"
#include "kube/kubeclient.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QPromise>
#include <QRegularExpression>
#include <QTimer>
#include <QWebSocket>

namespace Kube {

namespace {

constexpr qint64 MaxStatusBytes = 64 * 1024;
constexpr quint8 StdoutChannel = 1;
constexpr quint8 StderrChannel = 2;
constexpr quint8 StatusChannel = 3;

/** The handshake's refusal in words: Qt says only "Unhandled http status code: 403 (Forbidden)". */
QString refusal(const QString &socketError, const QString &namespaceName)
{
    static const QRegularExpression code(QStringLiteral("status code: (\\d{3})"));
    const QRegularExpressionMatch match = code.match(socketError);
    const int status = match.hasMatch() ? match.captured(1).toInt() : 0;
    switch (status) {
    case 401:
        return QCoreApplication::translate("Kube", "the API server did not accept the credentials (HTTP 401)");
    case 403:
        return QCoreApplication::translate(
                   "Kube", "permission denied (HTTP 403): the user may not create pods/exec in namespace \"%1\"")
            .arg(namespaceName);
    case 404:
        return QCoreApplication::translate("Kube", "the pod does not exist (HTTP 404)");
    case 0:
        return Core::printable(socketError, 400);
    default:
        return QCoreApplication::translate("Kube", "the API server refused the exec (HTTP %1): %2")
            .arg(status)
            .arg(Core::printable(socketError, 400));
    }
}

/** One exec: the request, the WebSocket, the bounds, the promise. Deletes itself once the future has its result. */
class ExecSession final : public QObject
{
public:
    ExecSession(KubeClient *client, const QString &namespaceName, const QString &pod, const QStringList &argv,
                const ExecOptions &options)
        : QObject(client)
        , m_client(client)
        , m_namespace(namespaceName)
        , m_pod(pod)
        , m_argv(argv)
        , m_options(options)
    {
        m_promise.start();
        m_watcher.setFuture(m_promise.future());
        connect(&m_watcher, &QFutureWatcher<ExecResult>::canceled, this, [this] {
            finish(ExecResult::Status::Cancelled, QCoreApplication::translate("Kube", "%1: cancelled").arg(what()));
        });
    }

    QFuture<ExecResult> future() { return m_promise.future(); }

    void start()
    {
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            finish(ExecResult::Status::TimedOut,
                   QCoreApplication::translate("Kube", "%1 did not end within %2 s: cancelled")
                       .arg(what())
                       .arg(double(m_options.timeout.count()) / 1000.0));
        });
        m_timer.start(m_options.timeout);
        if (m_argv.isEmpty()) {
            finish(ExecResult::Status::NotStarted,
                   QCoreApplication::translate("Kube", "exec in pod %1/%2: no command").arg(m_namespace, m_pod));
            return;
        }
        const Resource pods = resourceFor(QStringLiteral("pods"));
        const Operation operation { QStringLiteral("exec"), pods, m_namespace, m_pod };
        QUrlQuery query;
        if (!m_options.container.isEmpty())
            query.addQueryItem(QStringLiteral("container"), m_options.container);
        for (const QString &word : std::as_const(m_argv))
            query.addQueryItem(QStringLiteral("command"), QString::fromLatin1(QUrl::toPercentEncoding(word)));
        query.addQueryItem(QStringLiteral("stdout"), QStringLiteral("true"));
        query.addQueryItem(QStringLiteral("stderr"), QStringLiteral("true"));
        const QString path = pods.objectPath(m_namespace, m_pod) + QStringLiteral("/exec");
        // Only the program's name is logged: the rest is the caller's business (and never a secret).
        qCDebug(lcKube) << "exec:" << m_argv.constFirst() << "with" << (m_argv.size() - 1) << "arguments in"
                        << m_namespace << m_pod;
        m_client->prepareRequest(path, query, operation, this,
                                 [this](const QNetworkRequest &request, const ApiError &error) {
                                     if (m_done)
                                         return;
                                     if (error.isError()) {
                                         finish(ExecResult::Status::NotStarted, error.message);
                                         return;
                                     }
                                     open(request);
                                 });
    }

private:
    QString what() const
    {
        return QCoreApplication::translate("Kube", "the command %1 in pod %2/%3")
            .arg(m_argv.value(0), m_namespace, m_pod);
    }

    void open(const QNetworkRequest &request)
    {
        m_socket = openChannelSocket(
            m_client, request, { QStringLiteral("v5.channel.k8s.io"), QStringLiteral("v4.channel.k8s.io") }, this);
        connect(m_socket, &QWebSocket::connected, this, [this] {
            const QString protocol = m_socket->subprotocol();
            if (protocol != u"v5.channel.k8s.io" && protocol != u"v4.channel.k8s.io") {
                finish(
                    ExecResult::Status::NotStarted,
                    QCoreApplication::translate("Kube",
                                                "exec in pod %1/%2: the server accepted neither v5.channel.k8s.io nor "
                                                "v4.channel.k8s.io (got \"%3\")")
                        .arg(m_namespace, m_pod, Core::printable(protocol, 100)));
                return;
            }
            m_connected = true;
            m_result.protocol = protocol;
        });
        connect(m_socket, &QWebSocket::binaryMessageReceived, this, &ExecSession::onMessage);
        connect(m_socket, &QWebSocket::disconnected, this, [this] {
            if (m_done)
                return;
            if (!m_connected) {
                finish(ExecResult::Status::NotStarted,
                       QCoreApplication::translate("Kube", "exec in pod %1/%2 failed: %3")
                           .arg(m_namespace, m_pod, refusal(m_socket->errorString(), m_namespace)));
                return;
            }
            finish(ExecResult::Status::ConnectionLost,
                   QCoreApplication::translate("Kube", "%1: the stream ended before the command's status (%2)")
                       .arg(what(),
                            m_socket->closeReason().isEmpty() ? m_socket->errorString()
                                                              : Core::printable(m_socket->closeReason(), 200)));
        });
        connect(m_socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
                [this](QAbstractSocket::SocketError) {
                    if (m_done || m_connected)
                        return; // an open stream reports through disconnected()
                    finish(ExecResult::Status::NotStarted,
                           QCoreApplication::translate("Kube", "exec in pod %1/%2 failed: %3")
                               .arg(m_namespace, m_pod, refusal(m_socket->errorString(), m_namespace)));
                });
    }

    void onMessage(const QByteArray &message)
    {
        if (m_done || message.isEmpty())
            return;
        const auto channel = quint8(message.at(0));
        const QByteArrayView payload = QByteArrayView(message).sliced(1);
        switch (channel) {
        case StdoutChannel:
            if (m_result.out.size() + payload.size() > m_options.maxStdoutBytes) {
                m_result.out += payload.first(m_options.maxStdoutBytes - m_result.out.size());
                finish(ExecResult::Status::OutputTooLarge,
                       QCoreApplication::translate("Kube", "%1 wrote more than %2 bytes to standard output: stopped")
                           .arg(what())
                           .arg(m_options.maxStdoutBytes));
                return;
            }
            m_result.out += payload;
            return;
        case StderrChannel:
            m_result.err += payload.first(std::min(payload.size(), m_options.maxStderrBytes - m_result.err.size()));
            return;
        case StatusChannel:
            m_status += payload;
            if (m_status.size() > MaxStatusBytes) {
                finish(ExecResult::Status::ConnectionLost,
                       QCoreApplication::translate("Kube", "%1: the command's status is too long").arg(what()));
                return;
            }
            // The status comes last, after every byte of output (one stream, in order): the command is over.
            if (QJsonDocument::fromJson(m_status).isObject())
                finishWithStatus();
            return;
        default:
            return; // stdin, resize and v5's close signal are the client's to send
        }
    }

    void finishWithStatus()
    {
        ExecResult decoded;
        if (!applyExecStatus(m_status, &decoded)) {
            finish(ExecResult::Status::ConnectionLost,
                   QCoreApplication::translate("Kube", "%1: the command's status could not be read").arg(what()));
            return;
        }
        if (decoded.status == ExecResult::Status::Exited) {
            m_result.exitCode = decoded.exitCode;
            finish(ExecResult::Status::Exited,
                   decoded.exitCode == 0 ? QString()
                                         : QCoreApplication::translate("Kube", "%1 ended with exit code %2")
                                               .arg(what())
                                               .arg(decoded.exitCode));
            return;
        }
        finish(decoded.status, QCoreApplication::translate("Kube", "%1 could not run: %2").arg(what(), decoded.error));
    }

    void finish(ExecResult::Status status, const QString &error)
    {
        if (m_done)
            return;
        m_done = true;
        m_timer.stop();
        m_result.status = status;
        m_result.error = error;
        if (!error.isEmpty())
            qCDebug(lcKube) << "exec:" << error;
        if (m_socket) {
            m_socket->disconnect(this);
            m_socket->abort();
        }
        m_watcher.disconnect(this);
        m_promise.addResult(m_result);
        m_promise.finish();
        deleteLater();
    }

    KubeClient *m_client;
    QString m_namespace;
    QString m_pod;
    QStringList m_argv;
    ExecOptions m_options;
    QPromise<ExecResult> m_promise;
    QFutureWatcher<ExecResult> m_watcher;
    QTimer m_timer;
    QPointer<QWebSocket> m_socket;
    ExecResult m_result;
    QByteArray m_status;
    bool m_connected = false;
    bool m_done = false;
};

} // namespace

bool applyExecStatus(const QByteArray &statusJson, ExecResult *result)
{
    const QJsonDocument document = QJsonDocument::fromJson(statusJson);
    if (!document.isObject())
        return false;
    const QJsonObject status = document.object();
    const QString state = status.value(QStringLiteral("status")).toString();
    if (state == u"Success") {
        result->status = ExecResult::Status::Exited;
        result->exitCode = 0;
        return true;
    }
    if (state != u"Failure")
        return false;
    const QString message = Core::printable(status.value(QStringLiteral("message")).toString(), 2048);
    if (status.value(QStringLiteral("reason")).toString() == u"NonZeroExitCode") {
        const QJsonArray causes
            = status.value(QStringLiteral("details")).toObject().value(QStringLiteral("causes")).toArray();
        for (const QJsonValue &cause : causes) {
            const QJsonObject object = cause.toObject();
            if (object.value(QStringLiteral("reason")).toString() != u"ExitCode")
                continue;
            bool ok = false;
            const int code = object.value(QStringLiteral("message")).toString().toInt(&ok);
            if (ok) {
                result->status = ExecResult::Status::Exited;
                result->exitCode = code;
                result->error = message;
                return true;
            }
        }
    }
    // A failure without an exit code: the command never ran (no such executable, no such container).
    result->status = ExecResult::Status::NotStarted;
    result->error = message.isEmpty() ? QCoreApplication::translate("Kube", "the server gave no reason") : message;
    return true;
}

QFuture<ExecResult> execInPod(KubeClient *client, const QString &namespaceName, const QString &pod,
                              const QStringList &argv, const ExecOptions &options)
{
    auto *session = new ExecSession(client, namespaceName, pod, argv, options);
    QFuture<ExecResult> future = session->future();
    session->start();
    return future;
}

} // namespace Kube
