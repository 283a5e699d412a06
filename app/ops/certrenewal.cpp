// SPDX-License-Identifier: GPL-3.0-or-later
#include "ops/certrenewal.h"

#include "ops/certrenewalsteps.h"

#include "core/clock.h"
#include "core/logging.h"
#include "fleet/fleetscanner.h"
#include "kube/kubeclient.h"
#include "kube/portforwarder.h"
#include "probe/tlscertificate.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPromise>
#include <QSet>
#include <QStandardPaths>
#include <QTimer>
#include <QtConcurrent>

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>
#include <openssl/x509v3.h>

#include <functional>

#include <unistd.h>

namespace Ops {

using namespace Renewal;

namespace {

// ---- building ----------------------------------------------------------------------------------------

/** The part of a Secret's renewal the worker thread needs. */
struct IssueRequest
{
    QString secretName;
    QString commonName;
    QStringList dnsNames;
    QStringList ipAddresses;
    QByteArray oldCaPem;
};

struct Issued
{
    QString error;
    QByteArray caCertificatePem;
    Core::Secret caKeyPem; ///< only for a new CA (written to the output directory)
    QString caSubject;
    QString caSerial;
    struct Leaf
    {
        QByteArray certificatePem;
        Core::Secret keyPem;
        QByteArray caBundlePem;
    };
    QList<Leaf> leaves;
};

QString keyDescription(const RenewalOptions &options)
{
    return options.keyType == KeyPair::Type::EcP256 ? QStringLiteral("EC P-256") : QStringLiteral("RSA %1").arg(options.rsaBits);
}

Issued issueAll(const RenewalOptions &options, const QList<IssueRequest> &requests)
{
    Issued out;
    KeyPair caKey;
    const QDateTime now = Core::Clock::currentDateTimeUtc();
    if (options.caMode == RenewalOptions::CaMode::Existing) {
        QString error;
        const QByteArray certPem = readSmallFile(options.caCertificatePath, &error);
        if (certPem.isEmpty()) {
            out.error = error.isEmpty() ? QCoreApplication::translate("Ops::CertRenewal", "%1 is empty").arg(options.caCertificatePath) : error;
            return out;
        }
        QByteArray keyBytes = readSmallFile(options.caKeyPath, &error);
        caKey.privateKeyPem = Core::Secret(keyBytes);
        Core::wipe(keyBytes);
        if (caKey.privateKeyPem.isEmpty()) {
            out.error = error.isEmpty() ? QCoreApplication::translate("Ops::CertRenewal", "%1 is empty").arg(options.caKeyPath) : error;
            return out;
        }
        QString parseError;
        const QList<Probe::CertificateInfo> certs = Probe::parseCertificates(certPem, &parseError);
        if (certs.isEmpty()) {
            out.error = QCoreApplication::translate("Ops::CertRenewal", "%1 holds no certificate: %2").arg(options.caCertificatePath, parseError);
            return out;
        }
        if (!certs.first().isCa) {
            out.error = QCoreApplication::translate("Ops::CertRenewal", "%1 is not a CA certificate (basicConstraints CA:FALSE): it cannot sign").arg(options.caCertificatePath);
            return out;
        }
        if (certs.first().notAfter < now.addDays(options.validityDays))
            qCInfo(lcOps) << "the CA expires before the certificates it signs";
        if (!isReadableKey(caKey.privateKeyPem)) {
            out.error = QCoreApplication::translate("Ops::CertRenewal", "%1 is not a private key Proofer can read (PEM, unencrypted)").arg(options.caKeyPath);
            return out;
        }
        out.caCertificatePem = certs.first().pem;
        if (!keyMatches(out.caCertificatePem, caKey.privateKeyPem)) {
            out.error = QCoreApplication::translate("Ops::CertRenewal", "The CA key %1 does not match the CA certificate %2").arg(options.caKeyPath, options.caCertificatePath);
            return out;
        }
        out.caSubject = certs.first().subject;
        out.caSerial = certs.first().serialHex;
    } else {
        QString error;
        caKey = generateKey(options.keyType, options.rsaBits, &error);
        if (caKey.isNull()) {
            out.error = QCoreApplication::translate("Ops::CertRenewal", "Could not generate the CA key: %1").arg(error);
            return out;
        }
        CertificateRequest request;
        request.commonName = QCoreApplication::translate("Ops::CertRenewal", "Proofer CA for %1").arg(options.namespaceName);
        request.organization = QStringLiteral("Proofer");
        request.isCa = true;
        request.notBefore = now.addSecs(-300);
        request.notAfter = now.addDays(options.caValidityDays);
        out.caCertificatePem = issueCertificate(request, caKey, {}, {}, &error);
        if (out.caCertificatePem.isEmpty()) {
            out.error = QCoreApplication::translate("Ops::CertRenewal", "Could not issue the CA certificate: %1").arg(error);
            return out;
        }
        out.caKeyPem = caKey.privateKeyPem;
        const QList<Probe::CertificateInfo> certs = Probe::parseCertificates(out.caCertificatePem);
        out.caSubject = certs.isEmpty() ? QString() : certs.first().subject;
        out.caSerial = certs.isEmpty() ? QString() : certs.first().serialHex;
    }
    const QString caFingerprint = Probe::parseCertificates(out.caCertificatePem).value(0).sha256Fingerprint;

    for (const IssueRequest &r : requests) {
        QString error;
        const KeyPair key = generateKey(options.keyType, options.rsaBits, &error);
        if (key.isNull()) {
            out.error = QCoreApplication::translate("Ops::CertRenewal", "Could not generate the key for the Secret %1: %2").arg(r.secretName, error);
            return out;
        }
        CertificateRequest request;
        request.commonName = r.commonName;
        request.dnsNames = r.dnsNames;
        request.ipAddresses = r.ipAddresses;
        request.notBefore = now.addSecs(-300);
        request.notAfter = now.addDays(options.validityDays);
        const QByteArray certificate = issueCertificate(request, key, out.caCertificatePem, caKey, &error);
        if (certificate.isEmpty()) {
            out.error = QCoreApplication::translate("Ops::CertRenewal", "Could not issue the certificate for the Secret %1: %2").arg(r.secretName, error);
            return out;
        }
        // The bundle keeps the CAs clients trust today, so a client restarted before its server still connects.
        QByteArray bundle = out.caCertificatePem;
        for (const Probe::CertificateInfo &old : Probe::parseCertificates(r.oldCaPem)) {
            if (old.sha256Fingerprint != caFingerprint)
                bundle += old.pem;
        }
        out.leaves.append({certificate, key.privateKeyPem, bundle});
    }
    return out;
}

} // namespace

QJsonObject RenewalOptions::toJson() const
{
    return {{QStringLiteral("namespace"), namespaceName},
            {QStringLiteral("datastores"), QJsonArray::fromStringList(datastores)},
            {QStringLiteral("caMode"), caMode == CaMode::New ? QStringLiteral("new") : QStringLiteral("existing")},
            {QStringLiteral("caCertificate"), caCertificatePath},
            {QStringLiteral("caKey"), caKeyPath},
            {QStringLiteral("caValidityDays"), caValidityDays},
            {QStringLiteral("keyType"), keyType == KeyPair::Type::EcP256 ? QStringLiteral("ec-p256") : QStringLiteral("rsa")},
            {QStringLiteral("rsaBits"), rsaBits},
            {QStringLiteral("validityDays"), validityDays},
            {QStringLiteral("outputDirectory"), outputDirectory}};
}

RenewalOptions RenewalOptions::fromJson(const QJsonObject &json)
{
    RenewalOptions o;
    o.namespaceName = json.value(QLatin1String("namespace")).toString();
    for (const QJsonValue &v : json.value(QLatin1String("datastores")).toArray())
        o.datastores << v.toString();
    o.caMode = json.value(QLatin1String("caMode")).toString() == u"existing" ? CaMode::Existing : CaMode::New;
    o.caCertificatePath = json.value(QLatin1String("caCertificate")).toString();
    o.caKeyPath = json.value(QLatin1String("caKey")).toString();
    o.caValidityDays = json.value(QLatin1String("caValidityDays")).toInt(3650);
    o.keyType = json.value(QLatin1String("keyType")).toString() == u"ec-p256" ? KeyPair::Type::EcP256 : KeyPair::Type::Rsa;
    o.rsaBits = json.value(QLatin1String("rsaBits")).toInt(4096);
    o.validityDays = json.value(QLatin1String("validityDays")).toInt(1095);
    o.outputDirectory = json.value(QLatin1String("outputDirectory")).toString();
    return o;
}

namespace {
QString writeBackRefusal(const Fleet::Datastore &store);
} // namespace

QStringList renewableDatastores(const Fleet::InventoryResult &inventory)
{
    QStringList names;
    for (const Fleet::Datastore &store : inventory.datastores) {
        if (writeBackRefusal(store).isEmpty())
            names << store.name;
    }
    return names;
}

namespace {

/** Why @p store's certificate cannot be renewed by writing back the Secret keys it reads; "" when it can. */
QString writeBackRefusal(const Fleet::Datastore &store)
{
    const Fleet::TlsMaterial &m = store.tlsMaterial;
    if (!m.configured)
        return QCoreApplication::translate("Ops::CertRenewal", "%1: which certificate file its server reads is not known (%2); Proofer does not guess which Secret key to write")
            .arg(store.name, m.unknownReason);
    if (m.certificate.secret.isEmpty() || m.certificate.key.isEmpty())
        return QCoreApplication::translate("Ops::CertRenewal", "%1: the Secret key its certificate file (%2) comes from is not known (%3); Proofer does not guess which key to write")
            .arg(store.name, m.certificate.path, m.certificate.unknownReason.isEmpty() ? m.unknownReason : m.certificate.unknownReason);
    if (m.key.secret.isEmpty() || m.key.key.isEmpty())
        return QCoreApplication::translate("Ops::CertRenewal", "%1: the Secret key its key file (%2) comes from is not known (%3); Proofer does not guess which key to write")
            .arg(store.name, m.key.path, m.key.unknownReason);
    if (m.key.secret != m.certificate.secret)
        return QCoreApplication::translate("Ops::CertRenewal", "%1 reads its certificate from the Secret %2 and its key from the Secret %3: Proofer renews a certificate and its key together, in one Secret")
            .arg(store.name, m.certificate.secret, m.key.secret);
    return {};
}

} // namespace

QFuture<RenewalPlan> buildCertRenewal(Kube::KubeClient *client, const Fleet::InventoryResult &inventory,
                                      const RenewalOptions &givenOptions, QObject *context)
{
    auto failed = [](const QString &error) {
        RenewalPlan plan;
        plan.error = error;
        return QtFuture::makeReadyFuture(plan);
    };
    RenewalOptions options = givenOptions;
    if (options.namespaceName.isEmpty() && !inventory.datastores.isEmpty())
        options.namespaceName = inventory.datastores.first().namespaceName;
    if (options.validityDays < 1 || options.validityDays > 3650)
        return failed(QCoreApplication::translate("Ops::CertRenewal", "The validity must be between 1 and 3650 days, not %1").arg(options.validityDays));
    if (options.keyType == KeyPair::Type::Rsa && (options.rsaBits < 2048 || options.rsaBits > 8192))
        return failed(QCoreApplication::translate("Ops::CertRenewal", "RSA keys must have 2048 to 8192 bits, not %1").arg(options.rsaBits));
    if (options.caMode == RenewalOptions::CaMode::Existing
        && (options.caCertificatePath.isEmpty() || options.caKeyPath.isEmpty()))
        return failed(QCoreApplication::translate("Ops::CertRenewal", "Renewing with an existing CA needs its certificate and its key"));
    if (options.outputDirectory.isEmpty())
        options.outputDirectory = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                                      .filePath(QStringLiteral("certificates/") % options.namespaceName % QLatin1Char('-')
                                                % Core::Clock::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    options.outputDirectory = QDir(options.outputDirectory).absolutePath();

    // Which datastores, and through them which Secrets.
    const QStringList renewable = renewableDatastores(inventory);
    QStringList chosen = options.datastores;
    if (chosen.isEmpty())
        chosen = renewable;
    if (chosen.isEmpty())
        return failed(QCoreApplication::translate("Ops::CertRenewal", "No datastore of namespace %1 has a TLS Secret: there is nothing to renew").arg(options.namespaceName));
    QStringList secrets;
    for (const QString &name : std::as_const(chosen)) {
        auto it = std::find_if(inventory.datastores.cbegin(), inventory.datastores.cend(),
                               [&](const Fleet::Datastore &s) { return s.name == name; });
        if (it == inventory.datastores.cend())
            return failed(QCoreApplication::translate("Ops::CertRenewal", "There is no datastore %1 in namespace %2").arg(name, options.namespaceName));
        if (const QString refusal = writeBackRefusal(*it); !refusal.isEmpty())
            return failed(refusal);
        if (!secrets.contains(it->tlsSecretName))
            secrets << it->tlsSecretName;
    }

    RenewalPlan result;
    result.outputDirectory = options.outputDirectory;
    QList<MaterialPtr> materials;
    QList<IssueRequest> requests;
    QList<QList<Fleet::Datastore>> storesBySecret;
    for (const QString &secretName : std::as_const(secrets)) {
        auto material = std::make_shared<SecretMaterial>();
        material->namespaceName = options.namespaceName;
        RenewalTarget &t = material->target;
        t.secretName = secretName;
        t.directory = QDir(options.outputDirectory).filePath(secretName);
        const QJsonObject *secret = nullptr;
        for (const QJsonObject &object : inventory.objects.secrets) {
            if (object.value(QLatin1String("metadata")).toObject().value(QLatin1String("name")).toString() == secretName)
                secret = &object;
        }
        if (!secret)
            return failed(QCoreApplication::translate("Ops::CertRenewal", "The Secret %1 cannot be read in namespace %2: Proofer needs to read and patch it")
                              .arg(secretName, options.namespaceName));
        t.resourceVersion = secret->value(QLatin1String("metadata")).toObject().value(QLatin1String("resourceVersion")).toString();
        material->secretType = secret->value(QLatin1String("type")).toString();
        const QJsonObject data = secret->value(QLatin1String("data")).toObject();
        material->initialData = Core::Secret(QJsonDocument(data).toJson(QJsonDocument::Compact));
        // The keys the servers read, as their mounts say: written back under the same names, never renamed.
        bool first = true;
        for (const Fleet::Datastore &store : inventory.datastores) {
            if (store.tlsSecretName != secretName)
                continue;
            if (const QString refusal = writeBackRefusal(store); !refusal.isEmpty())
                return failed(refusal);
            const Fleet::TlsMaterial &tm = store.tlsMaterial;
            const QString caKey = tm.ca.secret == secretName ? tm.ca.key : QString();
            if (first) {
                material->certKey = tm.certificate.key;
                material->keyKey = tm.key.key;
                material->caKey = caKey;
                first = false;
                if (caKey.isEmpty())
                    result.notes << QCoreApplication::translate("Ops::CertRenewal", "The CA file %1 reads (%2) is not in the Secret %3: it is left as it is, and must trust the new CA before clients rely on it")
                                        .arg(store.name, tm.ca.resolved() ? tm.ca.describe() : tm.ca.path, secretName);
            } else if (material->certKey != tm.certificate.key || material->keyKey != tm.key.key || material->caKey != caKey) {
                return failed(QCoreApplication::translate("Ops::CertRenewal", "The datastores that share the Secret %1 read different keys of it (%2 reads %3 and %4): renew them separately")
                                  .arg(secretName, store.name, tm.certificate.key, tm.key.key));
            }
        }
        const QSet<QString> keys{material->certKey, material->keyKey, material->caKey.isEmpty() ? material->certKey : material->caKey};
        if (keys.size() != (material->caKey.isEmpty() ? 2 : 3))
            return failed(QCoreApplication::translate("Ops::CertRenewal", "The servers read their certificate, key and CA from the same key of the Secret %1: Proofer cannot write them back separately")
                              .arg(secretName));

        QList<Fleet::Datastore> stores;
        QByteArray currentPem;
        QByteArray oldCaPem;
        for (const Fleet::Datastore &store : inventory.datastores) {
            if (store.tlsSecretName != secretName)
                continue;
            stores << store;
            t.datastores << store.name;
            const QString workload = store.workloadKind % QLatin1Char('/') % store.workloadName;
            if (!t.workloads.contains(workload))
                t.workloads << workload;
            for (const QString &dns : store.serviceDnsNames()) {
                if (!t.dnsNames.contains(dns, Qt::CaseInsensitive))
                    t.dnsNames << dns;
            }
            if (currentPem.isEmpty())
                currentPem = store.tlsSecretCertificatePem;
            if (oldCaPem.isEmpty())
                oldCaPem = store.tlsSecretCaPem;
            if (!chosen.contains(store.name))
                result.notes << QCoreApplication::translate("Ops::CertRenewal", "%1 shares the Secret %2: it is restarted and verified too").arg(store.name, secretName);
        }
        // Whatever the current certificate names keeps working (localhost, an IP, an external name).
        const QList<Probe::CertificateInfo> current = Probe::parseCertificates(currentPem);
        QString commonName = t.dnsNames.value(0);
        if (!current.isEmpty()) {
            const Probe::CertificateInfo &leaf = current.first();
            for (const QString &dns : leaf.dnsNames) {
                if (!t.dnsNames.contains(dns, Qt::CaseInsensitive))
                    t.dnsNames << dns;
            }
            t.ipAddresses = leaf.ipAddresses;
            t.currentSerialHex = leaf.serialHex;
            t.currentNotAfter = leaf.notAfter;
            t.currentDaysLeft = leaf.daysLeft;
            if (!leaf.commonName.isEmpty())
                commonName = leaf.commonName;
        }
        material->keyDescription = keyDescription(options);
        requests.append({secretName, commonName, t.dnsNames, t.ipAddresses, oldCaPem});
        materials << material;
        storesBySecret << stores;
    }
    if (options.caMode == RenewalOptions::CaMode::New)
        result.notes << QCoreApplication::translate("Ops::CertRenewal", "A new CA signs the certificates: clients that verify the servers need its certificate (ca.crt "
                           "of the Secret, which keeps the old CA too). Restart them after the renewal.");

    QPointer<Kube::KubeClient> guardedClient = client;
    return QtConcurrent::run([options, requests] { return issueAll(options, requests); })
        .then(context, [guardedClient, options, materials, storesBySecret, result](const Issued &issued) mutable {
            if (!issued.error.isEmpty()) {
                result.error = issued.error;
                return result;
            }
            if (!guardedClient) {
                result.error = QCoreApplication::translate("Ops::CertRenewal", "The connection to the cluster is gone");
                return result;
            }
            result.caSubject = issued.caSubject;
            result.caSerialHex = issued.caSerial;
            for (qsizetype i = 0; i < materials.size(); ++i) {
                SecretMaterial &m = *materials[i];
                m.certificatePem = issued.leaves.at(i).certificatePem;
                m.keyPem = issued.leaves.at(i).keyPem;
                m.caBundlePem = issued.leaves.at(i).caBundlePem;
                const Probe::CertificateInfo info = Probe::parseCertificates(m.certificatePem).value(0);
                m.target.newSerialHex = info.serialHex;
                m.target.newNotAfter = info.notAfter;
                const QString failure = validateMaterial(m);
                if (!failure.isEmpty()) {
                    result.error = failure;
                    return result;
                }
                result.targets << m.target;
            }

            QStringList datastores;
            QJsonArray secretNames;
            for (const MaterialPtr &m : std::as_const(materials)) {
                datastores << m->target.datastores;
                secretNames.append(m->target.secretName);
            }
            QJsonObject parameters = options.toJson();
            parameters.insert(QStringLiteral("secrets"), secretNames);
            parameters.insert(QStringLiteral("renewedDatastores"), QJsonArray::fromStringList(datastores));
            auto plan = std::make_shared<Plan>(QStringLiteral("renew-certs"),
                                               QCoreApplication::translate("Ops::CertRenewal", "Renew the TLS certificates of %1").arg(datastores.join(QStringLiteral(", "))),
                                               parameters);
            plan->addStep(makeValidateStep(materials));
            if (options.caMode == RenewalOptions::CaMode::New) {
                const QString caDir = QDir(options.outputDirectory).filePath(QStringLiteral("ca"));
                plan->addStep(makeWriteFilesStep(
                    QStringLiteral("write-ca"), QCoreApplication::translate("Ops::CertRenewal", "Write the new CA to %1").arg(QDir::toNativeSeparators(caDir)), caDir,
                    QList<RenewalFile>{{QStringLiteral("ca.crt"), Core::Secret(issued.caCertificatePem)},
                                                {QStringLiteral("ca.key"), issued.caKeyPem}}));
            }
            for (qsizetype i = 0; i < materials.size(); ++i) {
                const MaterialPtr m = materials.at(i);
                QList<RenewalFile> files{{m->certKey, Core::Secret(m->certificatePem)},
                                         {m->keyKey, m->keyPem},
                                         {m->caFileName(), Core::Secret(m->caBundlePem)}};
                // A copy of what the Secret holds now: the rollback's source if Proofer stops half-way.
                const QJsonObject initial = QJsonDocument::fromJson(m->initialData.reveal()).object();
                for (auto it = initial.constBegin(); it != initial.constEnd(); ++it) {
                    QByteArray bytes = QByteArray::fromBase64(it.value().toString().toLatin1());
                    files.append({QStringLiteral("previous/") % it.key(), Core::Secret(bytes)});
                    Core::wipe(bytes);
                }
                const MaterialPtr material = m;
                plan->addStep(makeWriteFilesStep(
                    QStringLiteral("write-files/%1").arg(m->target.secretName),
                    QCoreApplication::translate("Ops::CertRenewal", "Write the new key and certificate of %1 to %2")
                        .arg(m->target.secretName, QDir::toNativeSeparators(m->target.directory)),
                    m->target.directory, files, [material](const QString &directory) {
                        QString error;
                        QByteArray cert = readSmallFile(QDir(directory).filePath(material->certKey), &error);
                        QByteArray key = readSmallFile(QDir(directory).filePath(material->keyKey), &error);
                        QByteArray ca = readSmallFile(QDir(directory).filePath(material->caFileName()), &error);
                        const bool ok = !cert.isEmpty() && !key.isEmpty() && !ca.isEmpty();
                        if (ok) {
                            material->certificatePem = cert;
                            material->keyPem = Core::Secret(key);
                            material->caBundlePem = ca;
                            material->target.newSerialHex = Probe::parseCertificates(cert).value(0).serialHex;
                        }
                        Core::wipe(key);
                        return ok;
                    }));
            }
            for (qsizetype i = 0; i < materials.size(); ++i) {
                const MaterialPtr m = materials.at(i);
                plan->addStep(makePatchSecretStep(guardedClient, m, options));
                for (const Fleet::Datastore &store : storesBySecret.at(i))
                    plan->addStep(makeRestartStep(guardedClient, m, store, options));
            }
            result.plan = plan;
            return result;
        });
}

QFuture<ServedCertificate> inspectServedCertificate(Kube::KubeClient *client, const QString &namespaceName,
                                                    const QString &datastore, const QByteArray &caPem, int timeoutMs,
                                                    QObject *context)
{
    auto promise = std::make_shared<QPromise<ServedCertificate>>();
    promise->start();
    QFuture<ServedCertificate> future = promise->future();
    auto finish = [promise](const ServedCertificate &served) {
        promise->addResult(served);
        promise->finish();
    };
    if (!client) {
        finish({QCoreApplication::translate("Ops::CertRenewal", "There is no connection to the cluster"), {}, {}});
        return future;
    }
    QPointer<Kube::KubeClient> guarded = client;
    QPointer<QObject> guardedContext = context;
    Fleet::loadInventory(client, namespaceName, context)
        .then(context, [guarded, guardedContext, namespaceName, datastore, caPem, timeoutMs, finish](
                           const Fleet::InventoryResult &inventory) {
            if (!inventory.error.isEmpty()) {
                finish({inventory.error, {}, {}});
                return;
            }
            const QList<Fleet::ScanTarget> targets = Fleet::targetsFromInventory(inventory);
            auto it = std::find_if(targets.cbegin(), targets.cend(),
                                   [&](const Fleet::ScanTarget &t) { return t.name == datastore; });
            if (it == targets.cend()) {
                finish({QCoreApplication::translate("Ops::CertRenewal", "There is no datastore %1 in namespace %2").arg(datastore, namespaceName), {}, {}});
                return;
            }
            if (!guarded || !guardedContext) {
                finish({QCoreApplication::translate("Ops::CertRenewal", "The connection to the cluster is gone"), {}, {}});
                return;
            }
            Probe::TlsTarget tls;
            tls.preamble = preambleFor(it->kind);
            tls.serverName = it->serverName.isEmpty() ? it->host : it->serverName;
            tls.caPem = caPem.isEmpty() ? it->caPem : caPem;
            tls.timeoutMs = timeoutMs;
            QPointer<Kube::PortForwarder> forwarder;
            if (!it->pod.isEmpty()) {
                forwarder = new Kube::PortForwarder(guarded, namespaceName, it->pod, it->podPort, guardedContext);
                QString error;
                if (!forwarder->listen(&error)) {
                    forwarder->deleteLater();
                    finish({error, {}, {}});
                    return;
                }
                tls.host = QStringLiteral("127.0.0.1");
                tls.port = forwarder->localPort();
            } else {
                tls.host = it->host;
                tls.port = it->port;
            }
            static const Probe::TlsInspector inspector;
            inspector.inspect(tls).then(guardedContext.data(), [forwarder, finish, datastore](const Probe::TlsReport &report) {
                if (forwarder) {
                    forwarder->close();
                    forwarder->deleteLater();
                }
                ServedCertificate served;
                served.report = report;
                if (const Probe::CertificateInfo *leaf = report.leaf())
                    served.serialHex = leaf->serialHex;
                else
                    served.error = report.errors.isEmpty()
                        ? QCoreApplication::translate("Ops::CertRenewal", "%1 served no certificate").arg(datastore)
                        : QCoreApplication::translate("Ops::CertRenewal", "%1: %2").arg(datastore, report.errors.join(QStringLiteral("; ")));
                finish(served);
            });
        });
    return future;
}

} // namespace Ops
