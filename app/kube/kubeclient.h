// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kube/apierror.h"
#include "kube/credentials.h"
#include "kube/kubeconfig.h"
#include "kube/replybody.h"
#include "kube/resource.h"
#include "kube/wire.h"

#include <QFuture>
#include <QJsonObject>
#include <QNetworkProxy>
#include <QNetworkRequest>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QUrlQuery>

#include <chrono>
#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace Kube {

class ExecCredentialProvider;
class LogStream;
class StreamConnections;
class Watch;
struct ListState;

struct ListOptions
{
    QString labelSelector;
    QString fieldSelector;
    int limit = 500; ///< page size; every page is fetched
    int maxPages = 1000;      ///< a list that needs more pages fails (a server that pages forever)
    qsizetype maxItems = 100000; ///< a list with more items fails
};

struct LogOptions
{
    QString container;
    int tailLines = -1;
    int sinceSeconds = -1;
    qint64 limitBytes = -1; ///< the API server stops after this many bytes (-1: no limit asked)
    bool follow = false;
};

/** What a call is doing, for error messages: "list secrets in namespace \"bakery-ia\"". */
struct Operation
{
    QString verb;
    Resource resource;
    QString namespaceName;
    QString name;

    QString describe() const;
};

/**
 * An asynchronous Kubernetes REST client over one kubeconfig context, on the caller's event loop
 * (never blocks). TLS is verified against the cluster's CA (or the system CAs); the credentials
 * come from the kubeconfig, exec plugins included, refreshed once on a 401. 429 and 5xx answers
 * are retried only when the server sends Retry-After (capped). Errors name the verb, resource,
 * namespace and cause. What it reads is bounded while it reads (ReadLimits: per answer, per error
 * body, all answers at once; lists by pages and items); a server's messages are shown printable
 * and cut at 2 KiB.
 */
class KubeClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KubeClient)

public:
    enum class PatchType { Merge, StrategicMerge };

    explicit KubeClient(const ResolvedContext &context, QObject *parent = nullptr);
    ~KubeClient() override;

    const ResolvedContext &context() const { return m_context; }
    /** The context's namespace ("default" when it names none). */
    QString defaultNamespace() const { return m_context.namespaceName; }

    void setRequestTimeout(std::chrono::milliseconds timeout) { m_requestTimeout = timeout; }
    std::chrono::milliseconds requestTimeout() const { return m_requestTimeout; }
    /** How many times a 429/5xx with Retry-After is retried, and the longest wait honoured. */
    void setRetryPolicy(int maxRetries, std::chrono::milliseconds maxRetryAfter);
    /** How much the client reads from the server at most (per answer, per error body, all at once). */
    void setReadLimits(const ReadLimits &limits) { m_limits = limits; }
    const ReadLimits &readLimits() const { return m_limits; }
    /** The exec plugin's timeout (when the user authenticates with one). */
    void setExecTimeout(std::chrono::milliseconds timeout);

    QFuture<Response> version();
    QFuture<Response> get(const QString &resource, const QString &namespaceName, const QString &name);
    /**
     * Lists every page (limit + continue); a continue token that expired (410) restarts the list (twice at
     * most). Bounded by the options' maxPages and maxItems; a continue token the server sends twice fails it.
     */
    QFuture<Response> list(const QString &resource, const QString &namespaceName, const ListOptions &options = {});
    /**
     * Patches an object. A non-empty @p resourceVersion is a precondition: the server answers 409
     * when the object changed since (kind Conflict).
     */
    QFuture<Response> patch(const QString &resource, const QString &namespaceName, const QString &name,
                            const QJsonObject &patch, PatchType type, const QString &resourceVersion = {});
    /** Creates an object in the collection (POST); the server answers 409 AlreadyExists when the name is taken. */
    QFuture<Response> create(const QString &resource, const QString &namespaceName, const QJsonObject &object);
    /**
     * Replaces an object (PUT). The object's metadata.resourceVersion, when set, is a precondition: the server answers
     * 409 when the object changed since (kind Conflict).
     */
    QFuture<Response> replace(const QString &resource, const QString &namespaceName, const QString &name,
                              const QJsonObject &object);
    /** Deletes an object; a non-empty @p uid is a precondition (409 when the name now holds another object). */
    QFuture<Response> remove(const QString &resource, const QString &namespaceName, const QString &name,
                             const QString &uid = {});
    /**
     * `kubectl rollout restart`: sets the pod-template annotation kubectl.kubernetes.io/restartedAt
     * (RFC 3339, UTC, from Core::Clock) by strategic merge patch. Refuses a paused Deployment. A restart in the
     * same second as the last one waits for the next second: the same value would change nothing and start no pod.
     */
    QFuture<Response> rolloutRestart(const QString &resource, const QString &namespaceName, const QString &name);
    /** Polls until the workload's rollout is complete (observedGeneration, updated and available replicas). */
    QFuture<Response> waitForRollout(const QString &resource, const QString &namespaceName, const QString &name,
                                     std::chrono::milliseconds timeout);

    /** A live, self-healing watch (list, then watch; relists on 410; reconnects with backoff). */
    Watch *watch(const QString &resource, const QString &namespaceName, const ListOptions &options = {});
    /** The logs of a pod; with follow, lines keep coming until stop(). */
    LogStream *logs(const QString &namespaceName, const QString &pod, const LogOptions &options = {});

    /**
     * How many answers the API server has given this client so far (the HTTP status of a call, the head or data of
     * a stream). A call that times out while this grows timed out alone: the server is reachable, that request was
     * slow or stuck (its error says so).
     */
    quint64 serverAnswers() const { return m_answers; }

    /** Aborts every call in flight: their futures finish with kind Cancelled. */
    void cancelAll();
    /** An exec credential plugin is running (the calls wait for it). */
    bool isCredentialPluginRunning() const;
    /**
     * Stops a running exec credential plugin: the calls waiting for it fail with kind Credentials and a
     * message that says it was cancelled. Nothing else is aborted.
     */
    void cancelCredentialPlugin();

    // Used by Watch and LogStream.
    using StreamOpened = std::function<void(QNetworkReply *reply, const ApiError &error)>;
    /**
     * Sends a GET whose body streams, on a connection of the streams' own (StreamConnections), so that open
     * streams never make short calls wait; @p opened gets the reply (owned by the caller) or an error.
     */
    void openStream(const QString &path, const QUrlQuery &query, const Operation &operation, QObject *context,
                    StreamOpened opened);
    using RequestReady = std::function<void(const QNetworkRequest &request, const ApiError &error)>;
    /** Builds an authenticated request for @p path (credentials obtained first; exec plugins may run). */
    void prepareRequest(const QString &path, const QUrlQuery &query, const Operation &operation, QObject *context,
                        RequestReady ready);
    /** The proxy the client uses (from the cluster's proxy-url), for WebSockets. */
    QNetworkProxy proxy() const;

    /**
     * Turns a finished reply into a Response (status, JSON, typed error), from the body its ReplyBody
     * read within the limits (an answer past them is an error that says so).
     */
    Response decodeFinished(QNetworkReply *reply, const Operation &operation) const;

signals:
    /** The credentials could not be had (plugin failed, file unreadable): the message says why. */
    void credentialsFailed(const QString &message);
    /** The kubeconfig's exec plugin @p command runs to get credentials (a login may take a while). */
    void credentialPluginStarted(const QString &command);
    /** The exec plugin ended: with credentials, or failed, timed out or cancelled (credentialsFailed says why). */
    void credentialPluginFinished();

private:
    struct Call;
    using CredentialsReady = std::function<void(const Credentials *credentials, const QString &error)>;

    QFuture<Response> call(const QByteArray &verb, const QString &path, const QUrlQuery &query, const QByteArray &body,
                           const QByteArray &contentType, const Operation &operation);
    void withCredentials(QObject *context, CredentialsReady ready, bool forceRefresh = false);
    void dispatch(const std::shared_ptr<Call> &call);
    void finishCall(const std::shared_ptr<Call> &call, QNetworkReply *reply);
    QNetworkRequest makeRequest(const QString &path, const QUrlQuery &query, const Credentials &credentials,
                                QString *error) const;
    ApiError networkError(QNetworkReply *reply, const Operation &operation) const;
    void listPage(const std::shared_ptr<ListState> &state);

    ResolvedContext m_context;
    QNetworkAccessManager *m_nam = nullptr; ///< short calls: its six connections are theirs alone
    StreamConnections *m_streams = nullptr; ///< watches and log follows, on connections of their own
    ExecCredentialProvider *m_exec = nullptr;
    QList<CredentialsReady> m_waitingForCredentials;
    QSslConfiguration m_sslBase;
    QString m_sslSetupError;
    std::chrono::milliseconds m_requestTimeout{30000};
    int m_maxRetries = 3;
    std::chrono::milliseconds m_maxRetryAfter{10000};
    ReadLimits m_limits;
    std::shared_ptr<qint64> m_inFlight = std::make_shared<qint64>(0); ///< body bytes held by replies in flight
    quint64 m_answers = 0; ///< serverAnswers()
};

/**
 * A list-then-watch of one resource kind, kept in step with the server: reports the whole set
 * after each (re)list and each change after that; relists on 410 Gone (HTTP or in-stream) and
 * swaps the set at once; relists and re-watches (dropped or silent streams) with jittered
 * exponential backoff.
 */
class Watch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Watch)

public:
    Watch(KubeClient *client, const Resource &resource, const QString &namespaceName, const ListOptions &options,
          QObject *parent = nullptr);
    ~Watch() override;

    void start();
    void stop();
    bool isRunning() const { return m_running; }

    /** Objects by "namespace/name". */
    const QMap<QString, QJsonObject> &objects() const { return m_objects; }
    QString resourceVersion() const { return m_resourceVersion; }

    /** A stream that says nothing for this long (not even a bookmark) is presumed dead. */
    void setIdleTimeout(std::chrono::milliseconds timeout) { m_idleTimeout = timeout; }
    /** The server closes each watch after this long; the watch then resumes (default 300 s). */
    void setWatchTimeoutSeconds(int seconds) { m_watchTimeoutSeconds = seconds; }
    /**
     * Re-lists (after 410 Gone) and re-watches (after a dropped or silent stream) wait @p initial,
     * doubled at each further trouble up to @p maximum, ±20 % jitter; the delay starts over after
     * two minutes without trouble (client-go's reflector).
     */
    void setBackoff(std::chrono::milliseconds initial, std::chrono::milliseconds maximum);

signals:
    /** The whole set after a (re)list: replace what you have. */
    void synced(const QList<QJsonObject> &objects);
    void objectAdded(const QJsonObject &object);
    void objectModified(const QJsonObject &object);
    void objectDeleted(const QJsonObject &object);
    /** The stream was re-established (and why): a relist, a reconnect. */
    void watchRestarted(const QString &reason);
    /** The server answered a watch request with 200: events flow again (after a reconnect too). */
    void streamOpened();
    void errorOccurred(const Kube::ApiError &error);

private:
    void relist(const QString &reason);
    void openWatch();
    void readStream();
    void streamFinished();
    void handleLine(const QByteArray &line);
    void scheduleReconnect(const QString &reason);
    void scheduleRelist(const QString &reason);
    std::chrono::milliseconds nextBackoff();
    static QString keyOf(const QJsonObject &object);

    KubeClient *m_client;
    Resource m_resource;
    QString m_namespace;
    ListOptions m_options;
    QPointer<QNetworkReply> m_reply;
    QTimer *m_idleTimer = nullptr;
    QTimer *m_retryTimer = nullptr;
    LineSplitter m_lines;
    QMap<QString, QJsonObject> m_objects;
    QString m_resourceVersion;
    std::chrono::milliseconds m_idleTimeout{360000};
    std::chrono::milliseconds m_backoffInitial{500};
    std::chrono::milliseconds m_backoffMax{30000};
    std::chrono::milliseconds m_backoffReset{120000}; ///< trouble-free this long: the backoff starts over
    QElapsedTimer m_sinceTrouble;
    int m_failures = 0;
    bool m_relistPending = false;
    QString m_relistReason;
    int m_watchTimeoutSeconds = 300;
    bool m_running = false;
    bool m_relisting = false;
    bool m_goneInStream = false;
    quint64 m_generation = 0; ///< bumps on stop/restart so stale callbacks do nothing
};

/** A pod's logs as lines; with follow, keeps streaming until stop(). */
class LogStream final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogStream)

public:
    LogStream(KubeClient *client, const QString &namespaceName, const QString &pod, const LogOptions &options,
              QObject *parent = nullptr);
    ~LogStream() override;

    void start();
    void stop();

signals:
    void linesReceived(const QStringList &lines);
    /** The stream ended: by the server, by stop() (kind Cancelled) or by an error. */
    void finished(const Kube::ApiError &error);

private:
    void readMore();

    KubeClient *m_client;
    QString m_namespace;
    QString m_pod;
    LogOptions m_options;
    QPointer<QNetworkReply> m_reply;
    QByteArray m_buffer;
    bool m_stopped = false;
};

/** RFC 3339 in UTC with seconds, as kubectl writes restartedAt: 2026-11-27T23:08:03Z. */
QString rfc3339(const QDateTime &when);

} // namespace Kube

Q_DECLARE_METATYPE(Kube::ApiError)
