// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "certfactory.h"
#include "core/secret.h"
#include "demo/apiserver.h"

#include <QJsonObject>
#include <QMap>
#include <QSslConfiguration>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace Test {

/**
 * A running Kubernetes API emulator for a test: a test CA, a server certificate for 127.0.0.1/localhost,
 * a client certificate (CN "proofer-test", O "system:masters"), a bearer token for user "proofer-token",
 * the Demo::ApiServer on a free loopback port, and a kubeconfig (client-certificate auth, CA data,
 * namespace "proofer-test") in a temp dir. Helpers add pods, PVCs, secrets and deployments quickly.
 */
class Emulator final
{
public:
    static constexpr const char16_t *DefaultNamespace = u"proofer-test";
    static constexpr const char16_t *CertificateUser = u"proofer-test";
    static constexpr const char16_t *TokenUser = u"proofer-token";

    Emulator();
    ~Emulator();
    Emulator(const Emulator &) = delete;
    Emulator &operator=(const Emulator &) = delete;

    bool isValid() const { return m_error.isEmpty(); }
    QString errorString() const { return m_error; }

    Demo::ApiServer &server() { return *m_server; }
    Demo::ObjectStore &store() { return m_server->store(); }
    QString namespaceName() const { return QString::fromUtf16(DefaultNamespace); }
    QString dir() const { return m_dir.path(); }

    /** The kubeconfig with client-certificate auth. */
    QString kubeconfigPath() const { return m_kubeconfigPath; }
    /** Writes a kubeconfig authenticating with @p token as @p userName into the temp dir; returns its path. */
    QString writeTokenKubeconfig(const QString &fileName, const Core::Secret &token,
                                 const QString &userName = QStringLiteral("token-user"));
    /** The token the server maps to TokenUser. */
    const Core::Secret &token() const { return m_token; }
    /** Registers another token for @p user. */
    void addToken(const Core::Secret &token, const QString &user) { m_server->addToken(token, user); }

    const QByteArray &caCertificatePem() const { return m_ca.caCertificatePem(); }
    /** TLS settings for a Qt client: the test CA, plus the client certificate when @p withClientCertificate. */
    QSslConfiguration sslConfiguration(bool withClientCertificate = true) const;
    /** Issues another client certificate (CN @p user) and writes a kubeconfig using it; returns its path. */
    QString writeCertificateKubeconfig(const QString &fileName, const QString &user);

    // Quick objects in namespaceName() unless @p ns says otherwise. Return the stored object.
    QJsonObject addPod(const QString &name, const QMap<QString, QString> &labels = {}, const QString &ns = {});
    QJsonObject addPvc(const QString &name, const QString &storage = QStringLiteral("1Gi"),
                       const QString &phase = QStringLiteral("Bound"), const QString &ns = {});
    QJsonObject addSecret(const QString &name, const QMap<QString, QByteArray> &data, const QString &ns = {});
    QJsonObject addDeployment(const QString &name, int replicas = 1, const QMap<QString, QString> &labels = {},
                              const QString &ns = {});
    QJsonObject addStatefulSet(const QString &name, int replicas = 1, const QMap<QString, QString> &labels = {},
                               const QString &ns = {});
    QJsonObject addService(const QString &name, quint16 port, const QMap<QString, QString> &selector = {},
                           const QString &ns = {});

private:
    QString nsOr(const QString &ns) const { return ns.isEmpty() ? namespaceName() : ns; }

    QTemporaryDir m_dir;
    CertFactory m_ca;
    IssuedCertificate m_clientCertificate;
    Core::Secret m_token;
    std::unique_ptr<Demo::ApiServer> m_server;
    QString m_kubeconfigPath;
    QString m_error;
};

} // namespace Test
