// SPDX-License-Identifier: GPL-3.0-or-later
#include "emulatorfixture.h"

#include "ops/certificatebuilder.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QSslCertificate>
#include <QSslKey>

using namespace Qt::StringLiterals;

namespace Test {

namespace {

QJsonObject toJson(const QMap<QString, QString> &map)
{
    QJsonObject object;
    for (auto it = map.constBegin(); it != map.constEnd(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

QJsonObject container(const QString &name)
{
    return QJsonObject { { "name"_L1, name },
                         { "image"_L1, QString("registry.local/proofer/"_L1 + name + ":1.0"_L1) },
                         { "imagePullPolicy"_L1, "IfNotPresent"_L1 } };
}

IssuedCertificate issueClientCertificate(const CertFactory &ca, const QString &user, const QString &organization,
                                         QString *error)
{
    IssuedCertificate issued;
    issued.key = Ops::generateKey(Ops::KeyPair::Type::EcP256, 0, error);
    if (issued.key.isNull())
        return issued;
    Ops::CertificateRequest request;
    request.commonName = user;
    request.organization = organization;
    request.notBefore = QDateTime::currentDateTimeUtc().addDays(-1);
    request.notAfter = QDateTime::currentDateTimeUtc().addDays(30);
    issued.certificatePem = Ops::issueCertificate(request, issued.key, ca.caCertificatePem(), ca.caKey(), error);
    return issued;
}

} // namespace

Emulator::Emulator()
    : m_server(std::make_unique<Demo::ApiServer>())
{
    if (!m_dir.isValid()) {
        m_error = u"cannot make a temp dir"_s;
        return;
    }
    if (!m_ca.isValid()) {
        m_error = u"test CA: "_s + m_ca.errorString();
        return;
    }
    LeafOptions serverOptions;
    serverOptions.commonName = u"proofer-emulator"_s;
    serverOptions.dnsNames = { u"localhost"_s };
    serverOptions.ipAddresses = { u"127.0.0.1"_s };
    const IssuedCertificate serverCertificate = m_ca.issue(serverOptions);
    if (serverCertificate.certificatePem.isEmpty()) {
        m_error = u"server certificate: "_s + m_ca.errorString();
        return;
    }
    QString error;
    m_clientCertificate
        = issueClientCertificate(m_ca, QString::fromUtf16(CertificateUser), u"system:masters"_s, &error);
    if (m_clientCertificate.certificatePem.isEmpty()) {
        m_error = u"client certificate: "_s + error;
        return;
    }
    if (!m_server->setServerCertificate(serverCertificate.certificatePem, serverCertificate.key.privateKeyPem,
                                        m_ca.caCertificatePem(), &error)) {
        m_error = error;
        return;
    }
    m_server->setClientCaCertificate(m_ca.caCertificatePem());
    QByteArray token(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(token.begin(), token.end());
    m_token = Core::Secret(token.toHex());
    Core::wipe(token);
    m_server->addToken(m_token, QString::fromUtf16(TokenUser));
    if (!m_server->listen()) {
        m_error = u"emulator: "_s + m_server->errorString();
        return;
    }
    Demo::KubeconfigOptions options;
    options.userName = QString::fromUtf16(CertificateUser);
    options.namespaceName = namespaceName();
    options.clientCertificatePem = m_clientCertificate.certificatePem;
    options.clientKeyPem = m_clientCertificate.key.privateKeyPem;
    m_kubeconfigPath = m_dir.filePath(u"kubeconfig"_s);
    if (!m_server->writeKubeconfig(m_kubeconfigPath, options, &error))
        m_error = u"kubeconfig: "_s + error;
}

Emulator::~Emulator() = default;

QString Emulator::writeTokenKubeconfig(const QString &fileName, const Core::Secret &token, const QString &userName)
{
    Demo::KubeconfigOptions options;
    options.userName = userName;
    options.namespaceName = namespaceName();
    options.token = token;
    const QString path = m_dir.filePath(fileName);
    return m_server->writeKubeconfig(path, options) ? path : QString();
}

QString Emulator::writeCertificateKubeconfig(const QString &fileName, const QString &user)
{
    QString error;
    const IssuedCertificate certificate = issueClientCertificate(m_ca, user, u"proofer-tests"_s, &error);
    if (certificate.certificatePem.isEmpty())
        return {};
    Demo::KubeconfigOptions options;
    options.userName = user;
    options.namespaceName = namespaceName();
    options.clientCertificatePem = certificate.certificatePem;
    options.clientKeyPem = certificate.key.privateKeyPem;
    const QString path = m_dir.filePath(fileName);
    return m_server->writeKubeconfig(path, options) ? path : QString();
}

QSslConfiguration Emulator::sslConfiguration(bool withClientCertificate) const
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setCaCertificates(QSslCertificate::fromData(m_ca.caCertificatePem(), QSsl::Pem));
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (withClientCertificate) {
        config.setLocalCertificate(QSslCertificate(m_clientCertificate.certificatePem, QSsl::Pem));
        config.setPrivateKey(
            QSslKey(m_clientCertificate.key.privateKeyPem.reveal(), QSsl::Ec, QSsl::Pem, QSsl::PrivateKey));
    }
    return config;
}

QJsonObject Emulator::addPod(const QString &name, const QMap<QString, QString> &labels, const QString &ns)
{
    const QString started = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    const QJsonObject pod {
        { "apiVersion"_L1, "v1"_L1 },
        { "kind"_L1, "Pod"_L1 },
        { "metadata"_L1,
          QJsonObject { { "name"_L1, name }, { "namespace"_L1, nsOr(ns) }, { "labels"_L1, toJson(labels) } } },
        { "spec"_L1,
          QJsonObject { { "containers"_L1, QJsonArray { container(u"main"_s) } },
                        { "nodeName"_L1, "emulator-node"_L1 } } },
        { "status"_L1,
          QJsonObject {
              { "phase"_L1, "Running"_L1 },
              { "podIP"_L1, "127.0.0.1"_L1 },
              { "hostIP"_L1, "127.0.0.1"_L1 },
              { "startTime"_L1, started },
              { "conditions"_L1, QJsonArray { QJsonObject { { "type"_L1, "Ready"_L1 }, { "status"_L1, "True"_L1 } } } },
              { "containerStatuses"_L1,
                QJsonArray { QJsonObject {
                    { "name"_L1, "main"_L1 },
                    { "ready"_L1, true },
                    { "started"_L1, true },
                    { "restartCount"_L1, 0 },
                    { "image"_L1, container(u"main"_s).value("image"_L1) },
                    { "imageID"_L1, ""_L1 },
                    { "state"_L1,
                      QJsonObject { { "running"_L1, QJsonObject { { "startedAt"_L1, started } } } } } } } } } },
    };
    return m_server->createObject(pod);
}

QJsonObject Emulator::addPvc(const QString &name, const QString &storage, const QString &phase, const QString &ns)
{
    const QJsonObject pvc {
        { "apiVersion"_L1, "v1"_L1 },
        { "kind"_L1, "PersistentVolumeClaim"_L1 },
        { "metadata"_L1, QJsonObject { { "name"_L1, name }, { "namespace"_L1, nsOr(ns) } } },
        { "spec"_L1,
          QJsonObject {
              { "accessModes"_L1, QJsonArray { u"ReadWriteOnce"_s } },
              { "storageClassName"_L1, "standard"_L1 },
              { "volumeName"_L1, QString("pv-"_L1 + name) },
              { "resources"_L1, QJsonObject { { "requests"_L1, QJsonObject { { "storage"_L1, storage } } } } } } },
        { "status"_L1,
          QJsonObject { { "phase"_L1, phase },
                        { "accessModes"_L1, QJsonArray { u"ReadWriteOnce"_s } },
                        { "capacity"_L1, QJsonObject { { "storage"_L1, storage } } } } },
    };
    return m_server->createObject(pvc);
}

QJsonObject Emulator::addSecret(const QString &name, const QMap<QString, QByteArray> &data, const QString &ns)
{
    QJsonObject encoded;
    for (auto it = data.constBegin(); it != data.constEnd(); ++it)
        encoded.insert(it.key(), QString::fromLatin1(it.value().toBase64()));
    const QJsonObject secret {
        { "apiVersion"_L1, "v1"_L1 },
        { "kind"_L1, "Secret"_L1 },
        { "metadata"_L1, QJsonObject { { "name"_L1, name }, { "namespace"_L1, nsOr(ns) } } },
        { "type"_L1, "Opaque"_L1 },
        { "data"_L1, encoded },
    };
    return m_server->createObject(secret);
}

namespace {

QJsonObject workload(const QString &kind, const QString &name, const QString &ns, int replicas,
                     QMap<QString, QString> labels)
{
    if (labels.isEmpty())
        labels.insert(u"app"_s, name);
    QJsonObject spec {
        { "replicas"_L1, replicas },
        { "selector"_L1, QJsonObject { { "matchLabels"_L1, toJson(labels) } } },
        { "template"_L1,
          QJsonObject { { "metadata"_L1, QJsonObject { { "labels"_L1, toJson(labels) } } },
                        { "spec"_L1, QJsonObject { { "containers"_L1, QJsonArray { container(u"main"_s) } } } } } },
    };
    if (kind == "StatefulSet"_L1)
        spec.insert("serviceName"_L1, name);
    return QJsonObject {
        { "apiVersion"_L1, "apps/v1"_L1 },
        { "kind"_L1, kind },
        { "metadata"_L1, QJsonObject { { "name"_L1, name }, { "namespace"_L1, ns }, { "labels"_L1, toJson(labels) } } },
        { "spec"_L1, spec }
    };
}

} // namespace

QJsonObject Emulator::addDeployment(const QString &name, int replicas, const QMap<QString, QString> &labels,
                                    const QString &ns)
{
    return m_server->createObject(workload(u"Deployment"_s, name, nsOr(ns), replicas, labels));
}

QJsonObject Emulator::addStatefulSet(const QString &name, int replicas, const QMap<QString, QString> &labels,
                                     const QString &ns)
{
    return m_server->createObject(workload(u"StatefulSet"_s, name, nsOr(ns), replicas, labels));
}

QJsonObject Emulator::addService(const QString &name, quint16 port, const QMap<QString, QString> &selector,
                                 const QString &ns)
{
    const QJsonObject service {
        { "apiVersion"_L1, "v1"_L1 },
        { "kind"_L1, "Service"_L1 },
        { "metadata"_L1, QJsonObject { { "name"_L1, name }, { "namespace"_L1, nsOr(ns) } } },
        { "spec"_L1,
          QJsonObject { { "type"_L1, "ClusterIP"_L1 },
                        { "clusterIP"_L1, "10.96.0.10"_L1 },
                        { "selector"_L1, toJson(selector) },
                        { "ports"_L1,
                          QJsonArray { QJsonObject { { "name"_L1, "main"_L1 },
                                                     { "port"_L1, port },
                                                     { "targetPort"_L1, port },
                                                     { "protocol"_L1, "TCP"_L1 } } } } } },
    };
    return m_server->createObject(service);
}

} // namespace Test
