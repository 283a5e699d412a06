// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/demopki.h"

#include "demo/apiserver.h"

#include "demo/demoscenario.h"
#include "demo/localserver.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

namespace Demo {

namespace {

QString demoTr(const char *text)
{
    return QCoreApplication::translate("Demo", text);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

std::shared_ptr<DemoPki> loadDemoPki(const QString &dir)
{
    const QStringList files
        = { QStringLiteral("ca.crt"),    QStringLiteral("postgres.crt"), QStringLiteral("postgres.key"),
            QStringLiteral("redis.crt"), QStringLiteral("redis.key"),    QStringLiteral("api.crt"),
            QStringLiteral("api.key"),   QStringLiteral("client.crt"),   QStringLiteral("client.key") };
    for (const QString &file : files) {
        if (QFileInfo(dir + file).size() <= 0)
            return nullptr;
    }
    auto pki = std::make_shared<DemoPki>();
    pki->caPem = readAll(dir + QStringLiteral("ca.crt"));
    pki->postgresCertificatePem = readAll(dir + QStringLiteral("postgres.crt"));
    pki->postgresKeyPem = Core::Secret(readAll(dir + QStringLiteral("postgres.key")));
    pki->redisCertificatePem = readAll(dir + QStringLiteral("redis.crt"));
    pki->redisKeyPem = Core::Secret(readAll(dir + QStringLiteral("redis.key")));
    pki->apiCertificatePem = readAll(dir + QStringLiteral("api.crt"));
    pki->apiKeyPem = Core::Secret(readAll(dir + QStringLiteral("api.key")));
    pki->clientCertificatePem = readAll(dir + QStringLiteral("client.crt"));
    pki->clientKeyPem = Core::Secret(readAll(dir + QStringLiteral("client.key")));
    return pki;
}

std::shared_ptr<DemoPki> issueDemoPki(const QList<Ops::KeyPair> &keys, const QString &dir, const QString &nsName)
{
    auto pki = std::make_shared<DemoPki>();
    const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-3600);
    QString error;
    Ops::CertificateRequest ca;
    ca.commonName = QStringLiteral("Bakery-IA Demo CA");
    ca.organization = QStringLiteral("Proofer demo");
    ca.isCa = true;
    ca.notBefore = start;
    ca.notAfter = start.addYears(10);
    pki->caPem = Ops::issueCertificate(ca, keys.at(0), {}, keys.at(0), &error);

    auto serverRequest = [&](const QString &commonName, const QStringList &services) {
        Ops::CertificateRequest request;
        request.commonName = commonName;
        request.organization = QStringLiteral("Bakery-IA");
        for (const QString &service : services) {
            request.dnsNames << service << service + u'.' + nsName
                             << service + u'.' + nsName + QStringLiteral(".svc")
                             << service + u'.' + nsName + QStringLiteral(".svc.cluster.local");
        }
        request.dnsNames << QStringLiteral("localhost");
        request.ipAddresses << QStringLiteral("127.0.0.1");
        request.notBefore = start;
        request.notAfter = start.addYears(3);
        return request;
    };
    QStringList postgresServices;
    for (const QString &name : referenceInstanceNames())
        postgresServices << name + QStringLiteral("-service");
    pki->postgresCertificatePem = Ops::issueCertificate(
        serverRequest(QStringLiteral("postgres.bakery-ia.svc.cluster.local"), postgresServices), keys.at(1),
        pki->caPem, keys.at(0), &error);
    pki->postgresKeyPem = keys.at(1).privateKeyPem;
    pki->redisCertificatePem
        = Ops::issueCertificate(serverRequest(QStringLiteral("redis-service.bakery-ia.svc.cluster.local"),
                                              { QStringLiteral("redis-service") }),
                                keys.at(2), pki->caPem, keys.at(0), &error);
    pki->redisKeyPem = keys.at(2).privateKeyPem;
    Ops::CertificateRequest api = serverRequest(QStringLiteral("kubernetes"), { QStringLiteral("kubernetes") });
    api.notAfter = start.addYears(1);
    pki->apiCertificatePem = Ops::issueCertificate(api, keys.at(3), pki->caPem, keys.at(0), &error);
    pki->apiKeyPem = keys.at(3).privateKeyPem;
    Ops::CertificateRequest client;
    client.commonName = QStringLiteral("demo-admin");
    client.organization = QStringLiteral("system:masters");
    client.notBefore = start;
    client.notAfter = start.addYears(1);
    pki->clientCertificatePem = Ops::issueCertificate(client, keys.at(4), pki->caPem, keys.at(0), &error);
    pki->clientKeyPem = keys.at(4).privateKeyPem;
    if (pki->caPem.isEmpty() || pki->postgresCertificatePem.isEmpty() || pki->redisCertificatePem.isEmpty()
        || pki->apiCertificatePem.isEmpty() || pki->clientCertificatePem.isEmpty()) {
        pki->error = demoTr("could not issue the demo certificates: %1").arg(error);
        return pki;
    }
    const bool written = writePrivateFile(dir + QStringLiteral("ca.key"), keys.at(0).privateKeyPem.reveal(),
                                          0600, false, &error)
        && writePrivateFile(dir + QStringLiteral("postgres.crt"), pki->postgresCertificatePem, 0644, false,
                            &error)
        && writePrivateFile(dir + QStringLiteral("postgres.key"), pki->postgresKeyPem.reveal(), 0600, false,
                            &error)
        && writePrivateFile(dir + QStringLiteral("redis.crt"), pki->redisCertificatePem, 0644, false, &error)
        && writePrivateFile(dir + QStringLiteral("redis.key"), pki->redisKeyPem.reveal(), 0600, false, &error)
        && writePrivateFile(dir + QStringLiteral("api.crt"), pki->apiCertificatePem, 0644, false, &error)
        && writePrivateFile(dir + QStringLiteral("api.key"), pki->apiKeyPem.reveal(), 0600, false, &error)
        && writePrivateFile(dir + QStringLiteral("client.crt"), pki->clientCertificatePem, 0644, false, &error)
        && writePrivateFile(dir + QStringLiteral("client.key"), pki->clientKeyPem.reveal(), 0600, false, &error)
        // The CA certificate last: its presence says the set is complete.
        && writePrivateFile(dir + QStringLiteral("ca.crt"), pki->caPem, 0644, false, &error);
    if (!written)
        pki->error = error;
    return pki;
}

bool loadRabbitMqCertificate(const QString &dir, DemoPki *pki)
{
    const QByteArray certificate = readAll(dir + QStringLiteral("rabbitmq.crt"));
    const QByteArray key = readAll(dir + QStringLiteral("rabbitmq.key"));
    if (certificate.isEmpty() || key.isEmpty())
        return false;
    pki->rabbitmqCertificatePem = certificate;
    pki->rabbitmqKeyPem = Core::Secret(key);
    return true;
}

IssuedCertificate issueRabbitMqCertificate(const Ops::KeyPair &caKey, const QByteArray &caPem, const QString &nsName)
{
    IssuedCertificate issued;
    const Ops::KeyPair key = Ops::generateKey(Ops::KeyPair::Type::Rsa, 4096, &issued.error);
    if (key.isNull())
        return issued;
    Ops::CertificateRequest request;
    request.commonName = QStringLiteral("rabbitmq-service.%1.svc.cluster.local").arg(nsName);
    request.organization = QStringLiteral("Bakery-IA");
    const QString service = QStringLiteral("rabbitmq-service");
    request.dnsNames << service << service + u'.' + nsName << service + u'.' + nsName + QStringLiteral(".svc")
                     << service + u'.' + nsName + QStringLiteral(".svc.cluster.local")
                     << QStringLiteral("localhost");
    request.ipAddresses << QStringLiteral("127.0.0.1");
    request.notBefore = QDateTime::currentDateTimeUtc().addSecs(-3600);
    request.notAfter = request.notBefore.addYears(3);
    issued.certificatePem = Ops::issueCertificate(request, key, caPem, caKey, &issued.error);
    issued.keyPem = key.privateKeyPem;
    return issued;
}

QString publishKubeconfig(const ApiServer &api, const DemoPki &pki, const QString &contextName,
                          const QString &namespaceName, const QString &path, const QString &copyPath)
{
    KubeconfigOptions options;
    options.contextName = contextName;
    options.clusterName = QStringLiteral("proofer-demo");
    options.userName = QStringLiteral("demo-admin");
    options.namespaceName = namespaceName;
    options.clientCertificatePem = pki.clientCertificatePem;
    options.clientKeyPem = pki.clientKeyPem;
    QString error;
    const QString temporary = path + QStringLiteral(".new");
    if (!api.writeKubeconfig(temporary, options, &error) || !(QFile::remove(path), QFile::rename(temporary, path)))
        return demoTr("could not write the kubeconfig: %1").arg(error);
    if (!copyPath.isEmpty()) {
        const QString out = QFileInfo(copyPath).absoluteFilePath();
        const QString outTemporary = out + QStringLiteral(".new");
        if (!api.writeKubeconfig(outTemporary, options, &error) || !(QFile::remove(out), QFile::rename(outTemporary, out)))
            return demoTr("could not write the kubeconfig to %1: %2").arg(out, error);
    }
    return {};
}

} // namespace Demo
