// SPDX-License-Identifier: GPL-3.0-or-later
#include "kube/kubeclient.h"

#include "core/clock.h"
#include "core/logging.h"
#include "core/versioninfo.h"
#include "kube/execcredentialprovider.h"
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

constexpr qint64 MaxResponseSize = 64 * 1024 * 1024;

ApiError::Kind kindForStatus(int status)
{
    switch (status) {
    case 400:
    case 422:
        return ApiError::Kind::Invalid;
    case 401:
        return ApiError::Kind::Unauthorized;
    case 403:
        return ApiError::Kind::Forbidden;
    case 404:
        return ApiError::Kind::NotFound;
    case 409:
        return ApiError::Kind::Conflict;
    case 410:
        return ApiError::Kind::Gone;
    case 429:
        return ApiError::Kind::TooManyRequests;
    default:
        return status >= 500 ? ApiError::Kind::Server : ApiError::Kind::BadResponse;
    }
}

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
};

struct ListState
{
    QString resource;
    QString namespaceName;
    ListOptions options;
    QJsonArray items;
    QString continueToken;
    int restarts = 0;
    QPromise<Response> promise;
    QJsonObject first; ///< kind/apiVersion of the list
};

KubeClient::KubeClient(const ResolvedContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_nam(new QNetworkAccessManager(this))
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
        QNetworkReply *reply = m_nam->sendCustomRequest(request, call->verb, call->body);
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
                                                 .arg(operation.describe(), server, reply->errorString())};
        break;
    }
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        error = {ApiError::Kind::Network, 0, {},
                 QCoreApplication::translate("Kube", "%1: proxy %2 failed: %3").arg(operation.describe(), m_context.cluster.proxyUrl,
                                                   reply->errorString())};
        break;
    default:
        error = {ApiError::Kind::Network, 0, {},
                 QCoreApplication::translate("Kube", "%1: %2: %3").arg(operation.describe(), server, reply->errorString())};
        break;
    }
    return error;
}

Response KubeClient::decodeReply(QNetworkReply *reply, const QByteArray &body, const Operation &operation) const
{
    Response response;
    response.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (response.httpStatus == 0) {
        response.error = networkError(reply, operation);
        return response;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    const bool isJson = parseError.error == QJsonParseError::NoError && document.isObject();
    if (isJson)
        response.object = document.object();

    if (response.httpStatus >= 200 && response.httpStatus < 300) {
        if (!isJson) {
            response.error = {ApiError::Kind::BadResponse, response.httpStatus, {},
                              QCoreApplication::translate("Kube", "%1: the server did not answer with JSON (HTTP %2, %3): %4")
                                  .arg(operation.describe())
                                  .arg(response.httpStatus)
                                  .arg(reply->header(QNetworkRequest::ContentTypeHeader).toString(),
                                       sanitizeBody(body))};
        }
        return response;
    }

    ApiError &error = response.error;
    error.httpStatus = response.httpStatus;
    error.kind = kindForStatus(response.httpStatus);
    if (isJson && response.object.value(QStringLiteral("kind")).toString() == u"Status") {
        error.reason = response.object.value(QStringLiteral("reason")).toString();
        const QString message = response.object.value(QStringLiteral("message")).toString();
        error.message = QCoreApplication::translate("Kube", "%1: %2 (%3, HTTP %4)")
                            .arg(operation.describe(), message, error.reason.isEmpty() ? QCoreApplication::translate("Kube", "error") : error.reason)
                            .arg(response.httpStatus);
    } else {
        error.message = QCoreApplication::translate("Kube", "%1: HTTP %2 with a body that is not a Kubernetes Status (%3): %4")
                            .arg(operation.describe())
                            .arg(response.httpStatus)
                            .arg(reply->header(QNetworkRequest::ContentTypeHeader).toString(), sanitizeBody(body));
    }
    return response;
}

void KubeClient::finishCall(const std::shared_ptr<Call> &call, QNetworkReply *reply)
{
    reply->deleteLater();
    const QByteArray body = reply->read(MaxResponseSize);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();

    if (call->timedOut) {
        Response response;
        response.error = {ApiError::Kind::Timeout, 0, {},
                          QCoreApplication::translate("Kube", "%1: no answer from %2 within %3 s")
                              .arg(call->operation.describe(), m_context.cluster.server)
                              .arg(double(m_requestTimeout.count()) / 1000.0)};
        call->promise.addResult(response);
        call->promise.finish();
        return;
    }
    if (reply->error() == QNetworkReply::OperationCanceledError && status == 0) {
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
    if ((status == 429 || status >= 500) && call->attempts <= m_maxRetries) {
        const int seconds = retryAfterSeconds(reply);
        if (seconds >= 0) {
            const auto wait = std::min<std::chrono::milliseconds>(std::chrono::seconds(seconds), m_maxRetryAfter);
            qCDebug(lcKube) << call->operation.describe() << "HTTP" << status << "retry after" << wait.count() << "ms";
            QTimer::singleShot(wait, this, [this, call] { dispatch(call); });
            return;
        }
    }

    Response response = decodeReply(reply, body, call->operation);
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
    if (!state->continueToken.isEmpty())
        query.addQueryItem(QStringLiteral("continue"), state->continueToken);
    if (!state->options.labelSelector.isEmpty())
        query.addQueryItem(QStringLiteral("labelSelector"), state->options.labelSelector);
    if (!state->options.fieldSelector.isEmpty())
        query.addQueryItem(QStringLiteral("fieldSelector"), state->options.fieldSelector);

    call("GET", type.collectionPath(state->namespaceName), query, {}, {}, operation)
        .then(this, [this, state](const Response &page) {
            if (!page.ok()) {
                // An expired continue token: start the list again from the beginning (once or twice).
                if (page.error.kind == ApiError::Kind::Gone && !state->continueToken.isEmpty() && state->restarts < 2) {
                    ++state->restarts;
                    state->continueToken.clear();
                    state->items = QJsonArray();
                    listPage(state);
                    return;
                }
                state->promise.addResult(page);
                state->promise.finish();
                return;
            }
            const QJsonArray items = page.object.value(QStringLiteral("items")).toArray();
            for (const QJsonValue &item : items)
                state->items.append(item);
            const QJsonObject metadata = page.object.value(QStringLiteral("metadata")).toObject();
            state->continueToken = metadata.value(QStringLiteral("continue")).toString();
            if (!state->continueToken.isEmpty()) {
                listPage(state);
                return;
            }
            Response all = page;
            QJsonObject listObject = page.object;
            listObject.insert(QStringLiteral("items"), state->items);
            QJsonObject listMetadata = metadata;
            listMetadata.remove(QStringLiteral("continue"));
            listObject.insert(QStringLiteral("metadata"), listMetadata);
            all.object = listObject;
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
        const QJsonObject patchBody{
            {QStringLiteral("spec"),
             QJsonObject{{QStringLiteral("template"),
                          QJsonObject{{QStringLiteral("metadata"),
                                       QJsonObject{{QStringLiteral("annotations"),
                                                    QJsonObject{{QStringLiteral("kubectl.kubernetes.io/restartedAt"),
                                                                 rfc3339(Core::Clock::currentDateTimeUtc())}}}}}}}}}};
        patch(resource, namespaceName, name, patchBody, PatchType::StrategicMerge)
            .then(this, [promise](const Response &patched) {
                promise->addResult(patched);
                promise->finish();
            });
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
        QNetworkReply *reply = m_nam->get(request);
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

// ---------------------------------------------------------------------------------------------
// Watch

Watch::Watch(KubeClient *client, const Resource &resource, const QString &namespaceName, const ListOptions &options,
             QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_resource(resource)
    , m_namespace(namespaceName)
    , m_options(options)
    , m_idleTimer(new QTimer(this))
    , m_retryTimer(new QTimer(this))
{
    m_idleTimer->setSingleShot(true);
    connect(m_idleTimer, &QTimer::timeout, this, [this] {
        if (m_reply) {
            qCDebug(lcKube) << "watch of" << m_resource.plural << "silent for too long: re-watching";
            QPointer<QNetworkReply> reply = m_reply;
            m_reply = nullptr;
            reply->abort();
            reply->deleteLater();
            scheduleReconnect(QCoreApplication::translate("Kube", "the watch stream went silent"));
        }
    });
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, &Watch::openWatch);
}

Watch::~Watch()
{
    stop();
}

void Watch::setBackoff(std::chrono::milliseconds initial, std::chrono::milliseconds maximum)
{
    m_backoffInitial = initial;
    m_backoffMax = maximum;
}

QString Watch::keyOf(const QJsonObject &object)
{
    const QJsonObject metadata = object.value(QStringLiteral("metadata")).toObject();
    return metadata.value(QStringLiteral("namespace")).toString() + u'/'
           + metadata.value(QStringLiteral("name")).toString();
}

void Watch::start()
{
    if (m_running)
        return;
    m_running = true;
    relist(QString());
}

void Watch::stop()
{
    m_running = false;
    ++m_generation;
    m_idleTimer->stop();
    m_retryTimer->stop();
    if (m_reply) {
        QPointer<QNetworkReply> reply = m_reply;
        m_reply = nullptr;
        reply->abort();
        reply->deleteLater();
    }
}

void Watch::relist(const QString &reason)
{
    if (!m_running)
        return;
    m_relisting = true;
    const quint64 generation = ++m_generation;
    m_client->list(m_resource.plural, m_namespace, m_options).then(this, [this, generation, reason](const Response &list) {
        if (generation != m_generation || !m_running)
            return;
        m_relisting = false;
        if (!list.ok()) {
            emit errorOccurred(list.error);
            if (list.error.kind == ApiError::Kind::Forbidden || list.error.kind == ApiError::Kind::NotFound) {
                m_running = false; // not retried: it will not get better by itself
                return;
            }
            scheduleReconnect(list.error.message);
            return;
        }
        QMap<QString, QJsonObject> objects;
        QList<QJsonObject> ordered;
        const QJsonArray items = list.object.value(QStringLiteral("items")).toArray();
        for (const QJsonValue &item : items) {
            QJsonObject object = item.toObject();
            if (!object.contains(QStringLiteral("kind")))
                object.insert(QStringLiteral("kind"), m_resource.kind);
            objects.insert(keyOf(object), object);
            ordered << object;
        }
        // Swap the whole set at once: nobody sees half of an old and half of a new list.
        m_objects = objects;
        m_resourceVersion = list.object.value(QStringLiteral("metadata")).toObject().value(
            QStringLiteral("resourceVersion")).toString();
        m_failures = 0;
        if (!reason.isEmpty())
            emit watchRestarted(reason);
        emit synced(ordered);
        openWatch();
    });
}

void Watch::scheduleReconnect(const QString &reason)
{
    if (!m_running)
        return;
    ++m_failures;
    const qint64 base = std::min<qint64>(m_backoffMax.count(),
                                         m_backoffInitial.count() * (qint64(1) << std::min(m_failures - 1, 16)));
    // ±20 % jitter so that many clients do not come back in step.
    const double jitter = 0.8 + 0.4 * QRandomGenerator::global()->generateDouble();
    const auto delay = std::chrono::milliseconds(qint64(double(base) * jitter));
    qCDebug(lcKube) << "watch of" << m_resource.plural << "reconnects in" << delay.count() << "ms:" << reason;
    emit watchRestarted(reason);
    m_retryTimer->start(delay);
}

void Watch::openWatch()
{
    if (!m_running)
        return;
    if (m_resourceVersion.isEmpty()) {
        relist(QString());
        return;
    }
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("watch"), QStringLiteral("1"));
    query.addQueryItem(QStringLiteral("resourceVersion"), m_resourceVersion);
    query.addQueryItem(QStringLiteral("allowWatchBookmarks"), QStringLiteral("true"));
    query.addQueryItem(QStringLiteral("timeoutSeconds"), QString::number(m_watchTimeoutSeconds));
    if (!m_options.labelSelector.isEmpty())
        query.addQueryItem(QStringLiteral("labelSelector"), m_options.labelSelector);
    if (!m_options.fieldSelector.isEmpty())
        query.addQueryItem(QStringLiteral("fieldSelector"), m_options.fieldSelector);

    const quint64 generation = m_generation;
    Operation operation{QStringLiteral("watch"), m_resource, m_namespace, {}};
    m_lines.clear();
    m_goneInStream = false;
    m_client->openStream(m_resource.collectionPath(m_namespace), query, operation, this,
                         [this, generation](QNetworkReply *reply, const ApiError &error) {
                             if (generation != m_generation || !m_running) {
                                 if (reply) {
                                     reply->abort();
                                     reply->deleteLater();
                                 }
                                 return;
                             }
                             if (!reply) {
                                 emit errorOccurred(error);
                                 scheduleReconnect(error.message);
                                 return;
                             }
                             m_reply = reply;
                             connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply] {
                                 if (reply == m_reply
                                     && reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200)
                                     emit streamOpened();
                             });
                             connect(reply, &QNetworkReply::readyRead, this, &Watch::readStream);
                             connect(reply, &QNetworkReply::finished, this, &Watch::streamFinished);
                             m_idleTimer->start(m_idleTimeout);
                         });
}

void Watch::readStream()
{
    if (!m_reply)
        return;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 200)
        return; // the error body is read when the reply finishes
    m_idleTimer->start(m_idleTimeout);
    const QList<QByteArray> lines = m_lines.feed(m_reply->readAll());
    if (m_lines.overflowed()) {
        emit errorOccurred({ApiError::Kind::BadResponse, 200, {}, QCoreApplication::translate("Kube", "watch of %1: an event larger than 16 MiB")
                                                                      .arg(m_resource.qualifiedName())});
        m_lines.clear();
        m_reply->abort();
        return;
    }
    for (const QByteArray &line : lines) {
        handleLine(line);
        if (m_goneInStream)
            return;
    }
}

void Watch::handleLine(const QByteArray &line)
{
    const WatchEvent event = parseWatchEvent(line);
    switch (event.type) {
    case WatchEvent::Type::Invalid:
        emit errorOccurred({ApiError::Kind::BadResponse, 200, {},
                            QCoreApplication::translate("Kube", "watch of %1: %2: %3")
                                .arg(m_resource.qualifiedName(), event.errorMessage, sanitizeBody(line, 120))});
        return;
    case WatchEvent::Type::Error:
        if (event.errorCode == 410) {
            // The resourceVersion is too old for the server: list again and swap.
            m_goneInStream = true;
            QPointer<QNetworkReply> reply = m_reply;
            m_reply = nullptr;
            if (reply) {
                reply->abort();
                reply->deleteLater();
            }
            m_idleTimer->stop();
            relist(QCoreApplication::translate("Kube", "the server forgot resource version %1 (410 Gone): listed again").arg(m_resourceVersion));
            return;
        }
        emit errorOccurred({kindForStatus(event.errorCode), event.errorCode, event.errorReason,
                            QCoreApplication::translate("Kube", "watch of %1: %2").arg(m_resource.qualifiedName(), event.errorMessage)});
        return;
    default:
        break;
    }
    if (!event.resourceVersion.isEmpty())
        m_resourceVersion = event.resourceVersion;
    if (event.type == WatchEvent::Type::Bookmark)
        return;
    QJsonObject object = event.object;
    if (!object.contains(QStringLiteral("kind")))
        object.insert(QStringLiteral("kind"), m_resource.kind);
    const QString key = keyOf(object);
    if (event.type == WatchEvent::Type::Added) {
        const bool known = m_objects.contains(key);
        m_objects.insert(key, object);
        if (known)
            emit objectModified(object);
        else
            emit objectAdded(object);
    } else if (event.type == WatchEvent::Type::Modified) {
        m_objects.insert(key, object);
        emit objectModified(object);
    } else if (event.type == WatchEvent::Type::Deleted) {
        m_objects.remove(key);
        emit objectDeleted(object);
    }
}

void Watch::streamFinished()
{
    auto *reply = qobject_cast<QNetworkReply *>(sender());
    if (!reply || reply != m_reply) {
        if (reply)
            reply->deleteLater();
        return;
    }
    m_reply = nullptr;
    m_idleTimer->stop();
    reply->deleteLater();
    if (!m_running)
        return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 200 && reply->error() == QNetworkReply::NoError) {
        // Any last whole line, then resume where we are (the server's timeoutSeconds ended it).
        for (const QByteArray &line : m_lines.feed(reply->readAll()))
            handleLine(line);
        const QByteArray rest = m_lines.takeRest();
        if (!rest.isEmpty() && !m_goneInStream)
            handleLine(rest);
        if (!m_goneInStream)
            openWatch();
        return;
    }
    const QByteArray body = reply->readAll();
    Operation operation{QStringLiteral("watch"), m_resource, m_namespace, {}};
    const Response response = m_client->decodeReply(reply, body, operation);
    if (response.error.kind == ApiError::Kind::Gone) {
        relist(QCoreApplication::translate("Kube", "the server forgot resource version %1 (410 Gone): listed again").arg(m_resourceVersion));
        return;
    }
    if (status == 200) {
        scheduleReconnect(QCoreApplication::translate("Kube", "the watch stream of %1 was dropped: %2").arg(m_resource.qualifiedName(),
                                                                          reply->errorString()));
        return;
    }
    emit errorOccurred(response.error);
    if (response.error.kind == ApiError::Kind::Forbidden || response.error.kind == ApiError::Kind::NotFound) {
        m_running = false;
        return;
    }
    scheduleReconnect(response.error.message);
}

// ---------------------------------------------------------------------------------------------
// LogStream

LogStream::LogStream(KubeClient *client, const QString &namespaceName, const QString &pod, const LogOptions &options,
                     QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_namespace(namespaceName)
    , m_pod(pod)
    , m_options(options)
{
}

LogStream::~LogStream()
{
    if (m_reply) {
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void LogStream::start()
{
    QUrlQuery query;
    if (m_options.follow)
        query.addQueryItem(QStringLiteral("follow"), QStringLiteral("true"));
    if (m_options.tailLines >= 0)
        query.addQueryItem(QStringLiteral("tailLines"), QString::number(m_options.tailLines));
    if (m_options.sinceSeconds >= 0)
        query.addQueryItem(QStringLiteral("sinceSeconds"), QString::number(m_options.sinceSeconds));
    if (!m_options.container.isEmpty())
        query.addQueryItem(QStringLiteral("container"), m_options.container);
    const Resource pods = resourceFor(QStringLiteral("pods"));
    Operation operation{QStringLiteral("logs"), pods, m_namespace, m_pod};
    m_client->openStream(pods.objectPath(m_namespace, m_pod) + QStringLiteral("/log"), query, operation, this,
                         [this, operation](QNetworkReply *reply, const ApiError &error) {
                             if (!reply) {
                                 emit finished(error);
                                 return;
                             }
                             if (m_stopped) {
                                 reply->abort();
                                 reply->deleteLater();
                                 return;
                             }
                             m_reply = reply;
                             connect(reply, &QNetworkReply::readyRead, this, &LogStream::readMore);
                             connect(reply, &QNetworkReply::finished, this, [this, reply, operation] {
                                 reply->deleteLater();
                                 m_reply = nullptr;
                                 const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                                 if (status == 200) {
                                     readMore();
                                     if (!m_buffer.isEmpty()) {
                                         emit linesReceived({QString::fromUtf8(m_buffer)});
                                         m_buffer.clear();
                                     }
                                 }
                                 if (m_stopped) {
                                     emit finished({ApiError::Kind::Cancelled, 0, {}, QCoreApplication::translate("Kube", "stopped")});
                                     return;
                                 }
                                 if (status == 200 && reply->error() == QNetworkReply::NoError) {
                                     emit finished({});
                                     return;
                                 }
                                 const Response response = m_client->decodeReply(reply, reply->readAll(), operation);
                                 emit finished(response.error.isError()
                                                   ? response.error
                                                   : ApiError{ApiError::Kind::Network, status, {},
                                                              QCoreApplication::translate("Kube", "%1: %2").arg(operation.describe(),
                                                                               reply->errorString())});
                             });
                         });
}

void LogStream::readMore()
{
    if (!m_reply || m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200)
        return;
    m_buffer += m_reply->readAll();
    const qsizetype lastNewline = m_buffer.lastIndexOf('\n');
    if (lastNewline < 0)
        return;
    const QByteArray complete = m_buffer.left(lastNewline);
    m_buffer.remove(0, lastNewline + 1);
    emit linesReceived(QString::fromUtf8(complete).split(u'\n'));
}

void LogStream::stop()
{
    m_stopped = true;
    if (m_reply)
        m_reply->abort();
}

} // namespace Kube
