// SPDX-License-Identifier: GPL-3.0-or-later
#include "kube/kubeclient.h"

#include "core/clock.h"
#include "core/logging.h"
#include "core/printable.h"
#include "core/versioninfo.h"
#include "kube/execcredentialprovider.h"
#include "kube/replybody.h"
#include "kube/streamconnections.h"
#include "kube/tlssettings.h"
#include "kube/wire.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPromise>
#include <QRandomGenerator>
#include <QSslKey>
#include <QTimer>

namespace Kube {

namespace {

/** Retry-After in seconds (the API server sends seconds); -1 when absent or unreadable. */
int retryAfterSeconds(QNetworkReply *reply)
{
    const QByteArray value = reply->rawHeader("Retry-After").trimmed();
    bool ok = false;
    const int seconds = value.toInt(&ok);
    return ok && seconds >= 0 ? seconds : -1;
}

} // namespace

QString Operation::describe() const
{
    QString text = verb + u' ' + resource.qualifiedName();
    if (!name.isEmpty())
        text += QStringLiteral(" \"%1\"").arg(name);
    if (resource.namespaced && !namespaceName.isEmpty())
        text += QCoreApplication::translate("Kube", " in namespace \"%1\"").arg(namespaceName);
    return text;
}

QString rfc3339(const QDateTime &when)
{
    return when.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

struct KubeClient::Call
{
    QByteArray verb;
    QString path;
    QUrlQuery query;
    QByteArray body;
    QByteArray contentType;
    Operation operation;
    QPromise<Response> promise;
    int attempts = 0;
    bool authRefreshed = false;
    QPointer<QNetworkReply> reply;
    bool timedOut = false;
    quint64 answersAtSend = 0; ///< the client's serverAnswers() when this attempt was sent
};

struct ListState
{
    QString resource;
    QString namespaceName;
    ListOptions options;
    ListPager pager{1000, 100000};
    int restarts = 0;
    QPromise<Response> promise;
};

KubeClient::KubeClient(const ResolvedContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_nam(new QNetworkAccessManager(this))
    , m_streams(new StreamConnections(this))
{
    qRegisterMetaType<Kube::ApiError>();
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_nam->setAutoDeleteReplies(false);

    // The cluster's trust (CA or system CAs, insecure-skip-tls-verify) and proxy; the client
    // certificate joins per request, since exec plugins may hand out a new one.
    const Expected<TlsSettings> tls = tlsSettings(m_context, Credentials());
    if (tls.ok()) {
        m_sslBase = tls->configuration;
        m_nam->setProxy(tls->proxy);
        m_streams->setProxy(tls->proxy);
    } else {
        m_sslSetupError = tls.error();
    }

    if (m_context.authKind == AuthKind::Exec) {
        m_exec = new ExecCredentialProvider(m_context, this);
        connect(m_exec, &ExecCredentialProvider::started, this, &KubeClient::credentialPluginStarted);
        connect(m_exec, &ExecCredentialProvider::credentialReady, this, [this](const Credentials &credentials) {
            const auto waiting = std::exchange(m_waitingForCredentials, {});
            emit credentialPluginFinished();
            for (const auto &ready : waiting)
                ready(&credentials, QString());
        });
        connect(m_exec, &ExecCredentialProvider::failed, this, [this](const QString &message) {
            const auto waiting = std::exchange(m_waitingForCredentials, {});
            emit credentialPluginFinished();
            emit credentialsFailed(message);
            for (const auto &ready : waiting)
                ready(nullptr, message);
        });
    }
}

KubeClient::~KubeClient()
{
    cancelAll();
}

void KubeClient::setRetryPolicy(int maxRetries, std::chrono::milliseconds maxRetryAfter)
{
    m_maxRetries = maxRetries;
    m_maxRetryAfter = maxRetryAfter;
}

void KubeClient::setExecTimeout(std::chrono::milliseconds timeout)
{
    if (m_exec)
        m_exec->setTimeout(timeout);
}

void KubeClient::cancelAll()
{
    const auto replies = m_nam->findChildren<QNetworkReply *>();
    for (QNetworkReply *reply : replies)
        reply->abort();
    m_streams->abortAll();
    if (m_exec && m_exec->isRunning())
        m_exec->cancel();
}

bool KubeClient::isCredentialPluginRunning() const
{
    return m_exec && m_exec->isRunning();
}

void KubeClient::cancelCredentialPlugin()
{
    if (m_exec && m_exec->isRunning())
        m_exec->cancel();
}

void KubeClient::withCredentials(QObject *context, CredentialsReady ready, bool forceRefresh)
{
    QPointer<QObject> guard(context);
    auto guarded = [guard, ready = std::move(ready)](const Credentials *credentials, const QString &error) {
        if (guard)
            ready(credentials, error);
    };
    if (m_exec) {
        if (forceRefresh)
            m_exec->invalidate();
        m_waitingForCredentials.append(guarded);
        m_exec->request();
        return;
    }
    // Token files are re-read on every call (the kubelet rotates projected tokens).
    const Expected<Credentials> credentials = staticCredentials(m_context);
    if (!credentials.ok()) {
        emit credentialsFailed(credentials.error());
        guarded(nullptr, credentials.error());
        return;
    }
    guarded(&credentials.value(), QString());
}

QNetworkRequest KubeClient::makeRequest(const QString &path, const QUrlQuery &query, const Credentials &credentials,
                                        QString *error) const
{
    QUrl url(m_context.cluster.server);
    QString base = url.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + path);
    url.setQuery(query);

    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("User-Agent", "proofer/" + Core::applicationVersion().toLatin1());
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    if (!m_context.cluster.tlsServerName.isEmpty())
        request.setPeerVerifyName(m_context.cluster.tlsServerName);

    QSslConfiguration ssl = m_sslBase;
    if (!credentials.clientCertificatePem.isEmpty()) {
        const Expected<TlsSettings> withIdentity = tlsSettings(m_context, credentials);
        if (withIdentity.ok())
            ssl = withIdentity->configuration;
        else if (error)
            *error = withIdentity.error();
    }
    request.setSslConfiguration(ssl);

    if (!credentials.token.isEmpty()) {
        request.setRawHeader("Authorization", "Bearer " + credentials.token.reveal());
    } else if (!credentials.username.isEmpty()) {
        QByteArray pair = credentials.username.toUtf8() + ':' + credentials.password.reveal();
        request.setRawHeader("Authorization", "Basic " + pair.toBase64());
        Core::wipe(pair);
    }
    if (!m_context.user.impersonate.isEmpty())
        request.setRawHeader("Impersonate-User", m_context.user.impersonate.toUtf8());
    return request;
}

QFuture<Response> KubeClient::call(const QByteArray &verb, const QString &path, const QUrlQuery &query,
                                   const QByteArray &body, const QByteArray &contentType, const Operation &operation)
{
    auto call = std::make_shared<Call>();
    call->verb = verb;
    call->path = path;
    call->query = query;
    call->body = body;
    call->contentType = contentType;
    call->operation = operation;
    call->promise.start();
    QFuture<Response> future = call->promise.future();
    if (!m_sslSetupError.isEmpty()) {
        Response response;
        response.error = {ApiError::Kind::Tls, 0, {}, m_sslSetupError};
        call->promise.addResult(response);
        call->promise.finish();
        return future;
    }
    // dispatch() fetches the credentials (and fails the call without them): once per attempt.
    dispatch(call);
    return future;
}

void KubeClient::dispatch(const std::shared_ptr<Call> &call)
{
    withCredentials(this, [this, call](const Credentials *credentials, const QString &error) {
        if (!credentials) {
            Response response;
            response.error = {ApiError::Kind::Credentials, 0, {},
                              QCoreApplication::translate("Kube", "%1: no credentials: %2").arg(call->operation.describe(), error)};
            call->promise.addResult(response);
            call->promise.finish();
            return;
        }
        QString identityError;
        QNetworkRequest request = makeRequest(call->path, call->query, *credentials, &identityError);
        if (!identityError.isEmpty()) {
            Response response;
            response.error = {ApiError::Kind::Credentials, 0, {},
                              QCoreApplication::translate("Kube", "%1: %2").arg(call->operation.describe(), identityError)};
            call->promise.addResult(response);
            call->promise.finish();
            return;
        }
        if (!call->contentType.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, call->contentType);
        ++call->attempts;
        call->answersAtSend = m_answers;
        QNetworkReply *reply = m_nam->sendCustomRequest(request, call->verb, call->body);
        new ReplyBody(reply, m_limits, m_inFlight, false);
        call->reply = reply;
        call->timedOut = false;
        auto *timer = new QTimer(reply);
        timer->setSingleShot(true);
        connect(timer, &QTimer::timeout, reply, [call, reply] {
            call->timedOut = true;
            reply->abort();
        });
        timer->start(m_requestTimeout);
        connect(reply, &QNetworkReply::finished, this, [this, call, reply] { finishCall(call, reply); });
    });
}

ApiError KubeClient::networkError(QNetworkReply *reply, const Operation &operation) const
{
    const QString server = m_context.cluster.server;
    ApiError error;
    switch (reply->error()) {
    case QNetworkReply::ConnectionRefusedError:
        error = {ApiError::Kind::Network, 0, {}, QCoreApplication::translate("Kube", "%1: connection refused by %2").arg(operation.describe(), server)};
        break;
    case QNetworkReply::HostNotFoundError:
        error = {ApiError::Kind::Network, 0, {},
                 QCoreApplication::translate("Kube", "%1: DNS lookup failed for %2").arg(operation.describe(), QUrl(server).host())};
        break;
    case QNetworkReply::RemoteHostClosedError:
        error = {ApiError::Kind::Network, 0, {},
                 QCoreApplication::translate("Kube", "%1: %2 closed the connection").arg(operation.describe(), server)};
        break;
    case QNetworkReply::SslHandshakeFailedError: {
        error = {ApiError::Kind::Tls, 0, {}, QCoreApplication::translate("Kube", "%1: TLS handshake with %2 failed: %3")
                                                 .arg(operation.describe(), server, Core::printable(reply->errorString(), 300))};
        break;
    }
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        error = {ApiError::Kind::Network, 0, {},
                 QCoreApplication::translate("Kube", "%1: proxy %2 failed: %3").arg(operation.describe(), m_context.cluster.proxyUrl,
                                                   Core::printable(reply->errorString(), 300))};
        break;
    default:
        error = {ApiError::Kind::Network, 0, {},
                 QCoreApplication::translate("Kube", "%1: %2: %3").arg(operation.describe(), server, Core::printable(reply->errorString(), 300))};
        break;
    }
    return error;
}

Response KubeClient::decodeFinished(QNetworkReply *reply, const Operation &operation) const
{
    ReplyBody *reader = ReplyBody::of(reply);
    const ReplyBody::Overflow overflow = reader ? reader->overflow() : ReplyBody::Overflow::None;
    const QByteArray body = reader ? reader->take() : QByteArray();
    Response response;
    response.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    constexpr qint64 MiB = 1024 * 1024;
    switch (overflow) {
    case ReplyBody::Overflow::TooLarge:
        response.error = {ApiError::Kind::BadResponse, response.httpStatus, {},
                          QCoreApplication::translate("Kube", "%1: response larger than %2 MiB; the rest was not read")
                              .arg(operation.describe())
                              .arg(reader->limits().maxResponseSize / MiB)};
        return response;
    case ReplyBody::Overflow::InFlightBudget:
        response.error = {ApiError::Kind::BadResponse, response.httpStatus, {},
                          QCoreApplication::translate("Kube",
                                                      "%1: the responses being read at once grew larger than %2 MiB; "
                                                      "this one was stopped")
                              .arg(operation.describe())
                              .arg(reader->limits().maxInFlight / MiB)};
        return response;
    case ReplyBody::Overflow::ErrorTruncated:
    case ReplyBody::Overflow::None:
        break;
    }
    if (response.httpStatus == 0) {
        response.error = networkError(reply, operation);
        return response;
    }
    return decodeResponse(response.httpStatus, reply->header(QNetworkRequest::ContentTypeHeader).toString(), body,
                          overflow == ReplyBody::Overflow::ErrorTruncated, operation.describe());
}

void KubeClient::finishCall(const std::shared_ptr<Call> &call, QNetworkReply *reply)
{
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const ReplyBody *reader = ReplyBody::of(reply);
    const bool overflowed = reader && reader->overflow() != ReplyBody::Overflow::None
                            && reader->overflow() != ReplyBody::Overflow::ErrorTruncated;
    if (status != 0)
        ++m_answers;

    if (call->timedOut) {
        // The server answered other requests meanwhile: it is reachable, this request alone got no answer.
        const bool othersAnswered = m_answers > call->answersAtSend;
        Response response;
        response.error = {ApiError::Kind::Timeout, 0, {},
                          (othersAnswered ? QCoreApplication::translate("Kube", "%1: no answer to this request from %2 "
                                                                                "within %3 s, while the server answered "
                                                                                "others (it is reachable)")
                                          : QCoreApplication::translate("Kube", "%1: no answer from %2 within %3 s"))
                              .arg(call->operation.describe(), m_context.cluster.server)
                              .arg(double(m_requestTimeout.count()) / 1000.0)};
        call->promise.addResult(response);
        call->promise.finish();
        return;
    }
    if (reply->error() == QNetworkReply::OperationCanceledError && status == 0 && !overflowed) {
        Response response;
        response.error = {ApiError::Kind::Cancelled, 0, {}, QCoreApplication::translate("Kube", "%1: cancelled").arg(call->operation.describe())};
        call->promise.addResult(response);
        call->promise.finish();
        return;
    }

    // 401: refresh the credentials once (exec plugin re-run, token file re-read), then report.
    if (status == 401 && !call->authRefreshed && (m_exec || m_context.authKind == AuthKind::TokenFile)) {
        call->authRefreshed = true;
        qCDebug(lcKube) << call->operation.describe() << "got 401: refreshing credentials once";
        if (m_exec)
            m_exec->invalidate();
        dispatch(call);
        return;
    }
    // 429 and 5xx: only when the server says when to come back, and not forever.
    if ((status == 429 || status >= 500) && call->attempts <= m_maxRetries && !overflowed) {
        const int seconds = retryAfterSeconds(reply);
        if (seconds >= 0) {
            const auto wait = std::min<std::chrono::milliseconds>(std::chrono::seconds(seconds), m_maxRetryAfter);
            qCDebug(lcKube) << call->operation.describe() << "HTTP" << status << "retry after" << wait.count() << "ms";
            QTimer::singleShot(wait, this, [this, call] { dispatch(call); });
            return;
        }
    }

    Response response = decodeFinished(reply, call->operation);
    call->promise.addResult(response);
    call->promise.finish();
}

QFuture<Response> KubeClient::version()
{
    Operation operation{QStringLiteral("get"), Resource{{}, {}, QStringLiteral("version"), {}, false}, {}, {}};
    return call("GET", QStringLiteral("/version"), {}, {}, {}, operation);
}

QFuture<Response> KubeClient::get(const QString &resource, const QString &namespaceName, const QString &name)
{
    const Resource type = resourceFor(resource);
    Operation operation{QStringLiteral("get"), type, namespaceName, name};
    return call("GET", type.objectPath(namespaceName, name), {}, {}, {}, operation);
}

QFuture<Response> KubeClient::list(const QString &resource, const QString &namespaceName, const ListOptions &options)
{
    auto state = std::make_shared<ListState>();
    state->resource = resource;
    state->namespaceName = namespaceName;
    state->options = options;
    state->pager = ListPager(options.maxPages, options.maxItems);
    state->promise.start();
    QFuture<Response> future = state->promise.future();
    listPage(state);
    return future;
}

void KubeClient::listPage(const std::shared_ptr<ListState> &state)
{
    const Resource type = resourceFor(state->resource);
    Operation operation{QStringLiteral("list"), type, state->namespaceName, {}};
    QUrlQuery query;
    if (state->options.limit > 0)
        query.addQueryItem(QStringLiteral("limit"), QString::number(state->options.limit));
    if (!state->pager.continueToken().isEmpty())
        query.addQueryItem(QStringLiteral("continue"), state->pager.continueToken());
    if (!state->options.labelSelector.isEmpty())
        query.addQueryItem(QStringLiteral("labelSelector"), state->options.labelSelector);
    if (!state->options.fieldSelector.isEmpty())
        query.addQueryItem(QStringLiteral("fieldSelector"), state->options.fieldSelector);

    call("GET", type.collectionPath(state->namespaceName), query, {}, {}, operation)
        .then(this, [this, state, operation](const Response &page) {
            if (!page.ok()) {
                // An expired continue token: start the list again from the beginning (once or twice).
                if (page.error.kind == ApiError::Kind::Gone && !state->pager.continueToken().isEmpty()
                    && state->restarts < 2) {
                    ++state->restarts;
                    state->pager.restart();
                    listPage(state);
                    return;
                }
                state->promise.addResult(page);
                state->promise.finish();
                return;
            }
            if (!state->pager.addPage(page.object)) {
                Response failed;
                failed.httpStatus = page.httpStatus;
                failed.error = {ApiError::Kind::BadResponse, page.httpStatus, {},
                                QCoreApplication::translate("Kube", "%1: %2").arg(operation.describe(), state->pager.error())};
                state->promise.addResult(failed);
                state->promise.finish();
                return;
            }
            if (!state->pager.isComplete()) {
                listPage(state);
                return;
            }
            Response all = page;
            all.object = state->pager.result();
            state->promise.addResult(all);
            state->promise.finish();
        });
}

QFuture<Response> KubeClient::patch(const QString &resource, const QString &namespaceName, const QString &name,
                                    const QJsonObject &patch, PatchType type, const QString &resourceVersion)
{
    const Resource kind = resourceFor(resource);
    Operation operation{QStringLiteral("patch"), kind, namespaceName, name};
    QJsonObject body = patch;
    if (!resourceVersion.isEmpty()) {
        QJsonObject metadata = body.value(QStringLiteral("metadata")).toObject();
        metadata.insert(QStringLiteral("resourceVersion"), resourceVersion);
        body.insert(QStringLiteral("metadata"), metadata);
    }
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("fieldManager"), QStringLiteral("proofer"));
    const QByteArray contentType = type == PatchType::Merge ? QByteArrayLiteral("application/merge-patch+json")
                                                            : QByteArrayLiteral("application/strategic-merge-patch+json");
    return call("PATCH", kind.objectPath(namespaceName, name), query, QJsonDocument(body).toJson(QJsonDocument::Compact),
                contentType, operation);
}

QFuture<Response> KubeClient::create(const QString &resource, const QString &namespaceName, const QJsonObject &object)
{
    const Resource kind = resourceFor(resource);
    Operation operation{QStringLiteral("create"), kind, namespaceName,
                        object.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("name")).toString()};
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("fieldManager"), QStringLiteral("proofer"));
    return call("POST", kind.collectionPath(namespaceName), query, QJsonDocument(object).toJson(QJsonDocument::Compact),
                QByteArrayLiteral("application/json"), operation);
}

QFuture<Response> KubeClient::replace(const QString &resource, const QString &namespaceName, const QString &name,
                                      const QJsonObject &object)
{
    const Resource kind = resourceFor(resource);
    Operation operation{QStringLiteral("update"), kind, namespaceName, name};
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("fieldManager"), QStringLiteral("proofer"));
    return call("PUT", kind.objectPath(namespaceName, name), query, QJsonDocument(object).toJson(QJsonDocument::Compact),
                QByteArrayLiteral("application/json"), operation);
}

QFuture<Response> KubeClient::remove(const QString &resource, const QString &namespaceName, const QString &name,
                                     const QString &uid)
{
    const Resource kind = resourceFor(resource);
    Operation operation{QStringLiteral("delete"), kind, namespaceName, name};
    QByteArray body;
    QByteArray contentType;
    if (!uid.isEmpty()) {
        const QJsonObject options{{QStringLiteral("kind"), QStringLiteral("DeleteOptions")},
                                  {QStringLiteral("apiVersion"), QStringLiteral("v1")},
                                  {QStringLiteral("preconditions"), QJsonObject{{QStringLiteral("uid"), uid}}}};
        body = QJsonDocument(options).toJson(QJsonDocument::Compact);
        contentType = QByteArrayLiteral("application/json");
    }
    return call("DELETE", kind.objectPath(namespaceName, name), {}, body, contentType, operation);
}

QFuture<Response> KubeClient::rolloutRestart(const QString &resource, const QString &namespaceName, const QString &name)
{
    auto promise = std::make_shared<QPromise<Response>>();
    promise->start();
    QFuture<Response> future = promise->future();
    get(resource, namespaceName, name).then(this, [this, promise, resource, namespaceName, name](const Response &current) {
        if (!current.ok()) {
            promise->addResult(current);
            promise->finish();
            return;
        }
        const QJsonObject spec = current.object.value(QStringLiteral("spec")).toObject();
        if (spec.value(QStringLiteral("paused")).toBool()) {
            Response refused;
            refused.error = {ApiError::Kind::Refused, 0, {},
                             QCoreApplication::translate("Kube", "%1 \"%2\" can't restart paused deployment (run rollout resume first)")
                                 .arg(resourceFor(resource).qualifiedName(), name)};
            promise->addResult(refused);
            promise->finish();
            return;
        }
        const QString annotation = QStringLiteral("kubectl.kubernetes.io/restartedAt");
        const QString previous = spec.value(QLatin1String("template")).toObject().value(QLatin1String("metadata")).toObject()
                                     .value(QLatin1String("annotations")).toObject().value(annotation).toString();
        // restartedAt has seconds: a restart in the same second as the last one would write the same value,
        // change nothing and start no pod, and its rollout would be "complete" at once. Wait for the next second.
        auto send = [this, promise, resource, namespaceName, name, annotation, previous] {
            const QString stamp = rfc3339(Core::Clock::currentDateTimeUtc());
            if (stamp == previous) {
                Response refused;
                refused.error = {ApiError::Kind::Refused, 0, {},
                                 QCoreApplication::translate("Kube", "%1 \"%2\" was restarted at %3, the time it is now: a restart "
                                                                     "now would change nothing (is the clock stopped?)")
                                     .arg(resourceFor(resource).qualifiedName(), name, previous)};
                promise->addResult(refused);
                promise->finish();
                return;
            }
            const QJsonObject patchBody{
                {QStringLiteral("spec"),
                 QJsonObject{{QStringLiteral("template"),
                              QJsonObject{{QStringLiteral("metadata"),
                                           QJsonObject{{QStringLiteral("annotations"), QJsonObject{{annotation, stamp}}}}}}}}}};
            patch(resource, namespaceName, name, patchBody, PatchType::StrategicMerge)
                .then(this, [promise](const Response &patched) {
                    promise->addResult(patched);
                    promise->finish();
                });
        };
        const QDateTime now = Core::Clock::currentDateTimeUtc();
        if (rfc3339(now) == previous)
            QTimer::singleShot(1000 - now.time().msec() + 10, this, send);
        else
            send();
    });
    return future;
}

QFuture<Response> KubeClient::waitForRollout(const QString &resource, const QString &namespaceName,
                                             const QString &name, std::chrono::milliseconds timeout)
{
    auto promise = std::make_shared<QPromise<Response>>();
    promise->start();
    QFuture<Response> future = promise->future();
    auto deadline = std::make_shared<QDeadlineTimer>(timeout);
    auto poll = std::make_shared<std::function<void()>>();
    *poll = [this, promise, deadline, poll, resource, namespaceName, name]() {
        get(resource, namespaceName, name).then(this, [this, promise, deadline, poll, resource, namespaceName, name](
                                                          const Response &current) {
            if (!current.ok()) {
                promise->addResult(current);
                promise->finish();
                *poll = nullptr;
                return;
            }
            const QJsonObject metadata = current.object.value(QStringLiteral("metadata")).toObject();
            const QJsonObject spec = current.object.value(QStringLiteral("spec")).toObject();
            const QJsonObject status = current.object.value(QStringLiteral("status")).toObject();
            const qint64 generation = metadata.value(QStringLiteral("generation")).toInteger();
            const qint64 observed = status.value(QStringLiteral("observedGeneration")).toInteger();
            const qint64 wanted = spec.value(QStringLiteral("replicas")).toInteger(1);
            const qint64 updated = status.value(QStringLiteral("updatedReplicas")).toInteger();
            const qint64 available = resource == u"statefulsets"
                                         ? status.value(QStringLiteral("readyReplicas")).toInteger()
                                         : status.value(QStringLiteral("availableReplicas")).toInteger();
            const qint64 total = status.value(QStringLiteral("replicas")).toInteger();
            if (observed >= generation && updated >= wanted && available >= wanted && total <= wanted) {
                promise->addResult(current);
                promise->finish();
                *poll = nullptr;
                return;
            }
            if (deadline->hasExpired()) {
                Response late = current;
                late.error = {ApiError::Kind::Timeout, 0, {},
                              QCoreApplication::translate("Kube", "waiting for the rollout of %1 \"%2\" in namespace \"%3\": not complete in time "
                                 "(%4 of %5 replicas updated, %6 available)")
                                  .arg(resourceFor(resource).qualifiedName(), name, namespaceName)
                                  .arg(updated)
                                  .arg(wanted)
                                  .arg(available)};
                promise->addResult(late);
                promise->finish();
                *poll = nullptr;
                return;
            }
            QTimer::singleShot(250, this, [poll] {
                if (*poll)
                    (*poll)();
            });
        });
    };
    (*poll)();
    return future;
}

void KubeClient::openStream(const QString &path, const QUrlQuery &query, const Operation &operation,
                            QObject *context, StreamOpened opened)
{
    if (!m_sslSetupError.isEmpty()) {
        opened(nullptr, {ApiError::Kind::Tls, 0, {}, m_sslSetupError});
        return;
    }
    withCredentials(context, [this, path, query, operation, opened](const Credentials *credentials,
                                                                     const QString &error) {
        if (!credentials) {
            opened(nullptr, {ApiError::Kind::Credentials, 0, {},
                             QCoreApplication::translate("Kube", "%1: no credentials: %2").arg(operation.describe(), error)});
            return;
        }
        QString identityError;
        QNetworkRequest request = makeRequest(path, query, *credentials, &identityError);
        if (!identityError.isEmpty()) {
            opened(nullptr, {ApiError::Kind::Credentials, 0, {}, QCoreApplication::translate("Kube", "%1: %2").arg(operation.describe(), identityError)});
            return;
        }
        QNetworkReply *reply = m_streams->get(request);
        new ReplyBody(reply, m_limits, m_inFlight, true);
        // A stream's head and data are answers too: the server is alive while they come.
        connect(reply, &QNetworkReply::metaDataChanged, this, [this] { ++m_answers; });
        connect(reply, &QNetworkReply::readyRead, this, [this] { ++m_answers; });
        opened(reply, {});
    });
}

void KubeClient::prepareRequest(const QString &path, const QUrlQuery &query, const Operation &operation,
                                QObject *context, RequestReady ready)
{
    if (!m_sslSetupError.isEmpty()) {
        ready(QNetworkRequest(), {ApiError::Kind::Tls, 0, {}, m_sslSetupError});
        return;
    }
    withCredentials(context, [this, path, query, operation, ready](const Credentials *credentials,
                                                                    const QString &error) {
        if (!credentials) {
            ready(QNetworkRequest(), {ApiError::Kind::Credentials, 0, {},
                                      QCoreApplication::translate("Kube", "%1: no credentials: %2").arg(operation.describe(), error)});
            return;
        }
        QString identityError;
        QNetworkRequest request = makeRequest(path, query, *credentials, &identityError);
        if (!identityError.isEmpty()) {
            ready(QNetworkRequest(), {ApiError::Kind::Credentials, 0, {},
                                      QCoreApplication::translate("Kube", "%1: %2").arg(operation.describe(), identityError)});
            return;
        }
        ready(request, {});
    });
}

QNetworkProxy KubeClient::proxy() const
{
    return m_nam->proxy();
}

Watch *KubeClient::watch(const QString &resource, const QString &namespaceName, const ListOptions &options)
{
    return new Watch(this, resourceFor(resource), namespaceName, options, this);
}

LogStream *KubeClient::logs(const QString &namespaceName, const QString &pod, const LogOptions &options)
{
    return new LogStream(this, namespaceName, pod, options, this);
}

} // namespace Kube
