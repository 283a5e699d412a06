// SPDX-License-Identifier: GPL-3.0-or-later
/**
 * The Kubernetes API emulator's front: its TLS server and certificates, authentication (tokens, client
 * certificates) and deny rules, routing of each request to a resource and verb, discovery documents, the test
 * hooks and the kubeconfig it writes. The verbs on stored objects are in apiserverobjects.cpp; watches, logs
 * and port-forwards in apistreams.cpp.
 */
#include "demo/apiserver.h"

#include "core/sslkey.h"

#include "core/logging.h"
#include "demo/apiresources.h"
#include "demo/apirbac.h"
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

namespace Demo {

namespace {

QByteArray yamlQuoted(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
    return '"' + escaped.toUtf8() + '"';
}

} // namespace

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
            *error = chain.isEmpty() ? QStringLiteral("the server certificate is not PEM")
                                     : QStringLiteral("the server key is not a PEM RSA or EC key");
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
        m_error = QStringLiteral("no server certificate set");
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
    url.setScheme(QStringLiteral("https"));
    url.setHost(QStringLiteral("127.0.0.1"));
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
    connection->sendResponse(status, "application/json", compactJson(body), headers);
    emit requestServed(method, path, status);
}

void ApiServer::replyStatus(HttpConnection *connection, const HttpRequest &request, const QJsonObject &status)
{
    reply(connection, request, status.value(QLatin1String("code")).toInt(), status);
}

void ApiServer::onRequest(HttpConnection *connection, const HttpRequest &request)
{
    if (m_responseDelay > 0 && (m_delayedPath.isEmpty() || request.path.contains(m_delayedPath))) {
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
            = statusObject(429, QStringLiteral("TooManyRequests"), QStringLiteral("Too many requests, please try again later."),
                           QJsonObject { { QLatin1String("retryAfterSeconds"), m_retryAfterSeconds } });
        reply(connection, request, 429, status, { { "Retry-After", QByteArray::number(m_retryAfterSeconds) } });
        return;
    }

    Identity identity = authenticate(connection, request);
    const QJsonObject unauthorized = statusObject(401, QStringLiteral("Unauthorized"), QStringLiteral("Unauthorized"));
    if (identity.badCredentials) {
        replyStatus(connection, request, unauthorized);
        return;
    }
    const QString &path = request.path;
    if (path == QLatin1String("/version") || path == QLatin1String("/healthz") || path == QLatin1String("/livez") || path == QLatin1String("/readyz")) {
        if (request.method != "GET") {
            replyStatus(connection, request,
                        statusObject(405, QStringLiteral("MethodNotAllowed"),
                                     QStringLiteral("the server does not allow this method on the requested resource")));
            return;
        }
        if (path == QLatin1String("/version")) {
            reply(connection, request, 200,
                  QJsonObject { { QLatin1String("major"), QLatin1String("1") },
                                { QLatin1String("minor"), QLatin1String("32") },
                                { QLatin1String("gitVersion"), QLatin1String("v1.32.0-proofer-emulator") },
                                { QLatin1String("gitCommit"), QLatin1String("0000000000000000000000000000000000000000") },
                                { QLatin1String("gitTreeState"), QLatin1String("clean") },
                                { QLatin1String("buildDate"), QLatin1String("2025-01-01T00:00:00Z") },
                                { QLatin1String("goVersion"), QLatin1String("go1.23") },
                                { QLatin1String("compiler"), QLatin1String("gc") },
                                { QLatin1String("platform"), QLatin1String("linux/amd64") } });
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
    // Impersonation (kubectl --as): any user but a ServiceAccount may act as another, as an administrator can.
    if (const QByteArray as = request.header("impersonate-user"); !as.isEmpty()) {
        if (parseServiceAccountUser(identity.user, nullptr, nullptr)) {
            replyStatus(connection, request,
                        statusObject(403, QStringLiteral("Forbidden"),
                                     QStringLiteral("users ") + quotedName(QString::fromUtf8(as)) + QStringLiteral(" is forbidden: User ")
                                         + quotedName(identity.user)
                                         + QStringLiteral(" cannot impersonate resource \"users\" in API group \"\" at the cluster scope")));
            return;
        }
        identity.user = QString::fromUtf8(as);
    }

    const QStringList segments = path.split(u'/', Qt::SkipEmptyParts);
    const QJsonObject notFound
        = statusObject(404, QStringLiteral("NotFound"), QStringLiteral("the server could not find the requested resource"));
    if (request.method == "GET") {
        QJsonObject document;
        if (segments == QStringList { QStringLiteral("api") })
            document = apiVersionsDocument();
        else if (segments == QStringList { QStringLiteral("apis") })
            document = apiGroupListDocument();
        else if (segments.size() == 2 && segments.at(0) == QLatin1String("api"))
            document = apiResourceListDocument(segments.at(1));
        else if (segments.size() == 2 && segments.at(0) == QLatin1String("apis"))
            document = apiGroupDocument(segments.at(1));
        else if (segments.size() == 3 && segments.at(0) == QLatin1String("apis"))
            document = apiResourceListDocument(segments.at(1) + u'/' + segments.at(2));
        else if (segments.size() < 3)
            document = notFound;
        if (!document.isEmpty() || segments.size() < 3 || (segments.size() == 3 && segments.at(0) == QLatin1String("apis"))) {
            if (document.isEmpty() || document.value(QLatin1String("kind")).toString() == QLatin1String("Status"))
                replyStatus(connection, request, notFound);
            else
                reply(connection, request, 200, document);
            return;
        }
    }

    // /api/v1/… or /apis/GROUP/VERSION/…
    QString groupVersion;
    QStringList rest;
    if (segments.size() >= 3 && segments.at(0) == QLatin1String("api")) {
        groupVersion = segments.at(1);
        rest = segments.mid(2);
    } else if (segments.size() >= 4 && segments.at(0) == QLatin1String("apis")) {
        groupVersion = segments.at(1) + u'/' + segments.at(2);
        rest = segments.mid(3);
    } else {
        replyStatus(connection, request, notFound);
        return;
    }
    Route route;
    if (rest.size() >= 3 && rest.at(0) == QLatin1String("namespaces")) {
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
        if (!known || route.subresource == QLatin1String("scale")) {
            replyStatus(connection, request, notFound);
            return;
        }
    }
    const QByteArray &method = request.method;
    if (method == "GET") {
        if (route.name.isEmpty()) {
            const QString watch = request.queryValue(QStringLiteral("watch"));
            route.verb = (watch == QLatin1String("true") || watch == QLatin1String("1")) ? QStringLiteral("watch") : QStringLiteral("list");
        } else {
            route.verb = QStringLiteral("get");
        }
    } else if (method == "POST") {
        route.verb = QStringLiteral("create");
    } else if (method == "PUT") {
        route.verb = QStringLiteral("update");
    } else if (method == "PATCH") {
        route.verb = QStringLiteral("patch");
    } else if (method == "DELETE") {
        route.verb = route.name.isEmpty() ? QStringLiteral("deletecollection") : QStringLiteral("delete");
    } else {
        replyStatus(connection, request,
                    statusObject(405, QStringLiteral("MethodNotAllowed"),
                                 QStringLiteral("the server does not allow this method on the requested resource")));
        return;
    }
    // A port-forward, exec or attach: create, as the API server authorises the WebSocket upgrade (GET) and SPDY's POST.
    if (route.subresource == QLatin1String("portforward") || route.subresource == QLatin1String("exec") || route.subresource == QLatin1String("attach"))
        route.verb = QStringLiteral("create");
    route.authorizedResource
        = route.subresource.isEmpty() ? route.resource->name : route.resource->name + u'/' + route.subresource;

    // Everyone may ask what they may do (the API server's system:basic-user grants it to every authenticated user).
    if (route.resource->name == QLatin1String("selfsubjectaccessreviews")) {
        if (route.verb == QLatin1String("create") && route.name.isEmpty())
            serveAccessReview(connection, request, identity);
        else
            replyStatus(connection, request,
                        statusObject(405, QStringLiteral("MethodNotAllowed"),
                                     QStringLiteral("the server does not allow this method on the requested resource")));
        return;
    }
    if (!authorizes(identity.user,
                    { {}, {}, route.verb, route.resource->group, route.resource->name, route.subresource, route.namespaceName,
                      route.name })) {
        QString subject = route.resource->qualifiedName();
        if (!route.name.isEmpty())
            subject += u' ' + quotedName(route.name);
        const QString scope = route.namespaceName.isEmpty() ? QStringLiteral("at the cluster scope")
                                                            : QStringLiteral("in the namespace ") + quotedName(route.namespaceName);
        const QString message = subject + QStringLiteral(" is forbidden: User ") + quotedName(identity.user) + QStringLiteral(" cannot ") + route.verb
            + QStringLiteral(" resource ") + quotedName(route.authorizedResource) + QStringLiteral(" in API group ") + quotedName(route.resource->group)
            + u' ' + scope;
        replyStatus(connection, request,
                    statusObject(403, QStringLiteral("Forbidden"), message, statusDetails(*route.resource, route.name)));
        return;
    }
    serveResource(connection, request, identity, route);
}

bool ApiServer::authorizes(const QString &user, AccessRequest request) const
{
    const QString resource
        = request.subresource.isEmpty() ? request.resource : request.resource + u'/' + request.subresource;
    if (isDenied(user, request.verb, resource, request.namespaceName))
        return false;
    QString accountNamespace;
    if (!m_serviceAccountRbac || !parseServiceAccountUser(user, &accountNamespace, nullptr))
        return true;
    request.user = user;
    request.groups = serviceAccountGroups(accountNamespace);
    return rbacAllows(m_store, request);
}

void ApiServer::serveAccessReview(HttpConnection *connection, const HttpRequest &request, const Identity &identity)
{
    // kubectl's typed client sends protobuf; the answer is JSON, which it accepts too.
    QJsonObject review = request.header("content-type").startsWith("application/vnd.kubernetes.protobuf")
        ? accessReviewFromProtobuf(request.body).value_or(QJsonObject())
        : QJsonDocument::fromJson(request.body).object();
    if (review.value(QLatin1String("kind")).toString() != QLatin1String("SelfSubjectAccessReview")) {
        replyStatus(connection, request,
                    statusObject(400, QStringLiteral("BadRequest"), QStringLiteral("the request body is not a SelfSubjectAccessReview")));
        return;
    }
    const QJsonObject attributes = valueAtPath(review, QStringLiteral("spec.resourceAttributes")).toObject();
    bool allowed = false;
    if (!attributes.isEmpty()) {
        const auto text = [&attributes](const char *key) { return attributes.value(QLatin1String(key)).toString(); };
        allowed = authorizes(identity.user, { {}, {}, text("verb"), text("group"), text("resource"), text("subresource"),
                                              text("namespace"), text("name") });
    } else {
        // Non-resource URLs (/healthz…): every authenticated user may read them here.
        allowed = true;
    }
    QJsonObject status { { QLatin1String("allowed"), allowed } };
    if (!allowed && m_serviceAccountRbac)
        status.insert(QLatin1String("reason"), QStringLiteral("no RBAC rule of the stored Roles and bindings allows it"));
    review.insert(QLatin1String("status"), status);
    review.insert(QLatin1String("apiVersion"), QLatin1String("authorization.k8s.io/v1"));
    reply(connection, request, 201, review);
}

void ApiServer::setServiceAccountRbac(bool enforced)
{
    m_serviceAccountRbac = enforced;
}

void ApiServer::addDenyRule(const AccessRule &rule)
{
    m_denyRules.append(rule);
}

void ApiServer::clearDenyRules()
{
    m_denyRules.clear();
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

void ApiServer::setResponseDelay(int milliseconds, const QString &pathContains)
{
    m_responseDelay = std::max(0, milliseconds);
    m_delayedPath = pathContains;
}

void ApiServer::expireContinueTokens()
{
    ++m_continueEpoch;
}

void ApiServer::setBookmarkInterval(int milliseconds)
{
    m_bookmarkInterval = std::max(10, milliseconds);
}

} // namespace Demo
