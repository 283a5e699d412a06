// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/secret.h"
#include "demo/apirbac.h"
#include "demo/objectstore.h"

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>

class QSslServer;
class QSslSocket;

namespace Demo {

class HttpConnection;
struct HttpRequest;
struct ApiResource;
class WatchStream;
class PortForwardSession;
struct ExecOutcome;

/** A user/verb/resource/namespace pattern; an empty field matches anything. */
struct AccessRule
{
    QString user;
    QString verb; ///< get, list, watch, create, update, patch, delete
    QString resource; ///< "secrets", "pods/log", "pods/portforward"
    QString namespaceName; ///< empty: any namespace and cluster scope
};

/** What a kubeconfig written by ApiServer::kubeconfig() authenticates with. */
struct KubeconfigOptions
{
    QString contextName = QStringLiteral("proofer-emulator");
    QString clusterName = QStringLiteral("proofer-emulator");
    QString userName = QStringLiteral("proofer");
    QString namespaceName; ///< the context's namespace; empty: none
    QByteArray clientCertificatePem; ///< client-certificate-data (with clientKeyPem)
    Core::Secret clientKeyPem; ///< client-key-data
    Core::Secret token; ///< token (instead of a client certificate)
};

/**
 * The Kubernetes API emulator of the demo fleet and the tests: an HTTPS server speaking enough of the
 * API server's REST protocol for kubectl get/describe/logs/rollout restart and for Proofer's own client.
 *
 * Serves /version, legacy discovery (/api, /apis, /api/v1, /apis/apps/v1), get/list (limit+continue,
 * labelSelector, fieldSelector), watch (resourceVersion, bookmarks, timeoutSeconds) as chunked JSON lines,
 * create, update (with resourceVersion precondition), merge and strategic-merge patches (treated as merge
 * patches), delete, pod logs from registered files (tailLines, follow) and pod port-forward over a
 * WebSocket with subprotocol v4.channel.k8s.io bridged to a registered local host:port. Authenticates
 * bearer tokens and client certificates (verified against a client CA; user = CN), applies deny rules
 * and, when asked, RBAC for ServiceAccounts (Roles and RoleBindings as stored) with real 403 Status objects, and has hooks for tests (forced 410, 429, dropped streams, delays,
 * expired continue tokens).
 *
 * Everything runs on the event loop of the thread the server lives in. Never used by production paths.
 */
class ApiServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiServer)

public:
    enum class WatchFailure {
        HttpGone, ///< answer the watch request itself with HTTP 410
        InStreamExpired ///< start the stream, then an ERROR event with a 410 Status
    };

    explicit ApiServer(QObject *parent = nullptr);
    ~ApiServer() override;

    /**
     * The server certificate chain and key (PEM; RSA or EC), and the CA that issued it (written into
     * kubeconfigs as certificate-authority-data). Call before listen().
     */
    bool setServerCertificate(const QByteArray &certificatePem, const Core::Secret &keyPem,
                              const QByteArray &caCertificatePem, QString *error = nullptr);
    /** Client certificates issued by this CA authenticate as their CN. Call before listen(). */
    void setClientCaCertificate(const QByteArray &caCertificatePem);
    /** @p token authenticates as @p user. Only a hash of the token is kept. */
    void addToken(const Core::Secret &token, const QString &user);

    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    void close();
    bool isListening() const;
    quint16 port() const;
    QUrl url() const;
    QString errorString() const { return m_error; }

    ObjectStore &store() { return m_store; }
    const ObjectStore &store() const { return m_store; }

    /**
     * Helper: stores @p object (kind picks the resource; metadata.namespace or @p namespaceName). With a
     * @p fieldManager, a Secret's or ConfigMap's data is recorded in managedFields as that manager's write, now (as
     * `kubectl apply` leaves it: "kubectl-client-side-apply").
     */
    QJsonObject createObject(const QJsonObject &object, const QString &namespaceName = {},
                             const QString &fieldManager = {});

    /**
     * With @p enforced, a ServiceAccount's requests (user system:serviceaccount:NS:NAME) are authorised by the RBAC
     * objects stored (Roles, ClusterRoles and their bindings: demo/apirbac.h) and refused with 403 Forbidden unless a
     * rule grants them; other users are not affected (only deny rules refuse them). Off by default.
     */
    void setServiceAccountRbac(bool enforced);
    /** Requests matching @p rule are refused with 403 Forbidden. */
    void addDenyRule(const AccessRule &rule);
    void clearDenyRules();

    /** `kubectl logs` of @p pod (optionally one @p container) reads @p filePath. */
    void setPodLogFile(const QString &namespaceName, const QString &pod, const QString &filePath,
                       const QString &container = {});
    /** Port-forwards to @p podPort of @p pod connect to @p host:@p targetPort. */
    void setPortForwardTarget(const QString &namespaceName, const QString &pod, quint16 podPort,
                              const QHostAddress &host, quint16 targetPort);

    /** Runs a command of pods/exec in a pod's container (podsandbox.h's runExecCommand, over its paths). */
    using ExecHandler = std::function<ExecOutcome(const QStringList &argv)>;
    /** `kubectl exec` in @p container of @p pod runs through @p handler (v5/v4.channel.k8s.io). */
    void setPodExecHandler(const QString &namespaceName, const QString &pod, const QString &container,
                           ExecHandler handler);

    /** A kubeconfig (YAML) for this server: https://127.0.0.1:PORT, CA data, and @p options' credentials. */
    QByteArray kubeconfig(const KubeconfigOptions &options) const;
    /** Writes kubeconfig() to @p path with mode 0600. */
    bool writeKubeconfig(const QString &path, const KubeconfigOptions &options, QString *error = nullptr) const;

    // Test hooks.
    /** The next @p count watch requests fail with 410 Gone as @p mode says. */
    void failNextWatches(int count = 1, WatchFailure mode = WatchFailure::HttpGone);
    /** The next @p count requests get 429 Too Many Requests with Retry-After: @p retryAfterSeconds. */
    void throttleNextRequests(int count, int retryAfterSeconds = 1);
    /** Watches started from now on are cut (TCP closed abruptly) after @p events events; 0: never. */
    void setWatchDropAfterEvents(int events);
    /** Every request (or only those whose path contains @p pathContains) is answered @p milliseconds late. */
    void setResponseDelay(int milliseconds, const QString &pathContains = {});
    /** Continue tokens issued so far are rejected with 410 Expired. */
    void expireContinueTokens();
    /** The exec subprotocols the server accepts, preferred first (default v5.channel.k8s.io, v4.channel.k8s.io). */
    void setExecSubprotocols(const QStringList &supported) { m_execProtocols = supported; }
    /** How often watches that asked for bookmarks get a BOOKMARK event (default 1000 ms). */
    void setBookmarkInterval(int milliseconds);
    int activeWatchCount() const;

signals:
    /** A PATCH or PUT changed the pod template of a Deployment or StatefulSet (kind "Deployment"…). */
    void rolloutRestarted(const QString &namespaceName, const QString &kind, const QString &name);
    /** A DELETE removed an object (kind "Pod"…): the demo's kubelet starts a replacement for a deleted pod. */
    void objectDeleted(const QString &namespaceName, const QString &kind, const QString &name);
    /** Every answered request (the user is never a token). */
    void requestServed(const QString &method, const QString &path, int status);

private:
    /** A request's resource, namespace, name, subresource and verb, as dispatch() routed it. */
    struct Route
    {
        const ApiResource *resource = nullptr;
        QString namespaceName;
        QString name;
        QString subresource;
        QString verb;
        QString authorizedResource; ///< "pods/log" for a subresource
    };
    struct Identity
    {
        bool authenticated = false;
        bool badCredentials = false;
        QString user;
    };

    void onPendingConnection();
    QString verifyClientCertificate(QSslSocket *socket) const;
    void onRequest(HttpConnection *connection, const HttpRequest &request);
    void dispatch(HttpConnection *connection, const HttpRequest &request);
    Identity authenticate(HttpConnection *connection, const HttpRequest &request) const;
    bool isDenied(const QString &user, const QString &verb, const QString &resource, const QString &ns) const;
    /**
     * Whether @p user may make @p request (its user and groups are filled in here): no deny rule matches, and with
     * setServiceAccountRbac() a ServiceAccount is granted it by a stored RBAC rule.
     */
    bool authorizes(const QString &user, AccessRequest request) const;
    /** `kubectl auth can-i`: a SelfSubjectAccessReview answered with what authorizes() decides for the requester. */
    void serveAccessReview(HttpConnection *connection, const HttpRequest &request, const Identity &identity);

    void reply(HttpConnection *connection, const HttpRequest &request, int status, const QJsonObject &body,
               const QList<QPair<QByteArray, QByteArray>> &headers = {});
    void replyStatus(HttpConnection *connection, const HttpRequest &request, const QJsonObject &status);

    void serveResource(HttpConnection *connection, const HttpRequest &request, const Identity &identity,
                       const Route &route);
    void serveList(HttpConnection *connection, const HttpRequest &request, const Route &route);
    void serveWatch(HttpConnection *connection, const HttpRequest &request, const Route &route);
    void serveCreate(HttpConnection *connection, const HttpRequest &request, const Route &route);
    void serveUpdate(HttpConnection *connection, const HttpRequest &request, const Route &route, bool patch);
    void serveLog(HttpConnection *connection, const HttpRequest &request, const Route &route);
    void servePortForward(HttpConnection *connection, const HttpRequest &request, const Route &route);
    void serveExec(HttpConnection *connection, const HttpRequest &request, const Route &route);

    /** Server-side defaults and consequences of a write (generation, rollout status). */
    QJsonObject applyWriteSemantics(const ApiResource &resource, const QJsonObject &previous, QJsonObject object,
                                    bool *templateChanged) const;
    void ensureNamespace(const QString &namespaceName);

    QSslServer *m_server = nullptr;
    ObjectStore m_store;
    QString m_error;
    QByteArray m_serverCertificatePem;
    Core::Secret m_serverKeyPem;
    QByteArray m_caCertificatePem;
    QByteArray m_clientCaCertificatePem;
    QHash<QByteArray, QString> m_tokenUsers; ///< SHA-256 of a token → user
    QList<AccessRule> m_denyRules;
    bool m_serviceAccountRbac = false;
    QHash<QString, QString> m_logFiles; ///< "ns/pod/container" → file
    QHash<QString, QPair<QHostAddress, quint16>> m_portTargets; ///< "ns/pod/port" → target
    QHash<QString, ExecHandler> m_execHandlers; ///< "ns/pod/container" → what runs its commands
    QStringList m_execProtocols { QStringLiteral("v5.channel.k8s.io"), QStringLiteral("v4.channel.k8s.io") };
    QList<WatchFailure> m_forcedWatchFailures;
    int m_throttleCount = 0;
    int m_retryAfterSeconds = 1;
    int m_watchDropAfter = 0;
    int m_responseDelay = 0;
    QString m_delayedPath; ///< empty: every request is delayed
    int m_continueEpoch = 1;
    int m_bookmarkInterval = 1000;
    QList<QPointer<WatchStream>> m_watches;
};

} // namespace Demo
