// SPDX-License-Identifier: GPL-3.0-or-later
#include "ops/certrenewal.h"

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

namespace {

QString b64(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

QJsonObject failureFacts(const QString &secret)
{
    return {{QStringLiteral("secret"), secret}};
}

Probe::Preamble preambleFor(Fleet::Kind kind)
{
    switch (kind) {
    case Fleet::Kind::PostgreSQL:
        return Probe::Preamble::Postgres;
    case Fleet::Kind::Redis:
        return Probe::Preamble::Redis;
    case Fleet::Kind::RabbitMQ:
        return Probe::Preamble::Amqp;
    }
    return Probe::Preamble::None;
}

QString pluralFor(const QString &workloadKind)
{
    return workloadKind == u"StatefulSet" ? QStringLiteral("statefulsets") : QStringLiteral("deployments");
}

std::shared_ptr<QPromise<StepResult>> newPromise()
{
    auto promise = std::make_shared<QPromise<StepResult>>();
    promise->start();
    return promise;
}

void deliver(const std::shared_ptr<QPromise<StepResult>> &promise, const StepResult &result)
{
    promise->addResult(result);
    promise->finish();
}

// ---- OpenSSL checks ---------------------------------------------------------------------------------

using X509Ptr = std::unique_ptr<X509, decltype(&X509_free)>;
using PKeyPtr = std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)>;

X509Ptr readCertificate(const QByteArray &pem)
{
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new_mem_buf(pem.constData(), int(pem.size())), &BIO_free);
    X509Ptr cert(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr), &X509_free);
    ERR_clear_error();
    return cert;
}

PKeyPtr readKey(const Core::Secret &pem)
{
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new_mem_buf(pem.reveal().constData(), int(pem.size())),
                                                  &BIO_free);
    PKeyPtr key(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr), &EVP_PKEY_free);
    ERR_clear_error();
    return key;
}

bool keyMatches(const QByteArray &certificatePem, const Core::Secret &keyPem)
{
    X509Ptr cert = readCertificate(certificatePem);
    PKeyPtr key = readKey(keyPem);
    const bool ok = cert && key && X509_check_private_key(cert.get(), key.get()) == 1;
    ERR_clear_error();
    return ok;
}

/** Verifies @p leafPem against the CAs of @p bundlePem for one name (DNS or IP); "" when it verifies. */
QString verifyFor(const QByteArray &leafPem, const QByteArray &bundlePem, const QString &name, bool isIp)
{
    X509Ptr leaf = readCertificate(leafPem);
    if (!leaf)
        return QCoreApplication::translate("Ops::CertRenewal", "the new certificate cannot be read");
    std::unique_ptr<X509_STORE, decltype(&X509_STORE_free)> store(X509_STORE_new(), &X509_STORE_free);
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new_mem_buf(bundlePem.constData(), int(bundlePem.size())),
                                                  &BIO_free);
    int added = 0;
    while (X509 *ca = PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr)) {
        X509_STORE_add_cert(store.get(), ca);
        X509_free(ca);
        ++added;
    }
    ERR_clear_error();
    if (added == 0)
        return QCoreApplication::translate("Ops::CertRenewal", "the CA bundle holds no certificate");
    std::unique_ptr<X509_STORE_CTX, decltype(&X509_STORE_CTX_free)> ctx(X509_STORE_CTX_new(), &X509_STORE_CTX_free);
    X509_STORE_CTX_init(ctx.get(), store.get(), leaf.get(), nullptr);
    X509_VERIFY_PARAM *param = X509_STORE_CTX_get0_param(ctx.get());
    const QByteArray ascii = name.toLatin1();
    if (isIp)
        X509_VERIFY_PARAM_set1_ip_asc(param, ascii.constData());
    else
        X509_VERIFY_PARAM_set1_host(param, ascii.constData(), size_t(ascii.size()));
    const int ok = X509_verify_cert(ctx.get());
    const int code = X509_STORE_CTX_get_error(ctx.get());
    ERR_clear_error();
    if (ok == 1)
        return {};
    return QString::fromLatin1(X509_verify_cert_error_string(code));
}

// ---- files ------------------------------------------------------------------------------------------

bool makePrivateDirectory(const QString &path, QString *error)
{
    if (!QDir().mkpath(path)) {
        *error = QCoreApplication::translate("Ops::CertRenewal", "cannot create the directory %1").arg(QDir::toNativeSeparators(path));
        return false;
    }
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return true;
}

/** Writes a new file readable by its owner only (never replaces one). */
bool writePrivateFile(const QString &path, const QByteArray &bytes, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        *error = file.exists() ? QCoreApplication::translate("Ops::CertRenewal", "%1 exists already; choose another output directory").arg(QDir::toNativeSeparators(path))
                               : QCoreApplication::translate("Ops::CertRenewal", "cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    if (file.write(bytes) != bytes.size() || !file.flush() || ::fsync(file.handle()) != 0) {
        *error = QCoreApplication::translate("Ops::CertRenewal", "cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        file.close();
        QFile::remove(path);
        return false;
    }
    return true;
}

QByteArray readSmallFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("Ops::CertRenewal", "cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return {};
    }
    if (file.size() > 1024 * 1024) {
        *error = QCoreApplication::translate("Ops::CertRenewal", "%1 is too large for a PEM file").arg(QDir::toNativeSeparators(path));
        return {};
    }
    return file.readAll();
}

// ---- what the steps share -----------------------------------------------------------------------------

/** One Secret's old and new material. Key material lives in Core::Secret only. */
struct SecretMaterial
{
    RenewalTarget target;
    QString namespaceName;
    QString secretType;
    QString certKey = QStringLiteral("tls.crt");
    QString keyKey = QStringLiteral("tls.key");
    QString caKey = QStringLiteral("ca.crt");
    QByteArray certificatePem;
    QByteArray caBundlePem;
    Core::Secret keyPem;
    QString keyDescription; ///< "RSA 4096", "EC P-256"
    QStringList workloadRefs; ///< "deployments/auth-db"
    /** The Secret's data before the patch, as compact JSON ({key: base64}): it holds the old private key. */
    Core::Secret previousData;
    /** The same, as the inventory read it when the plan was made (same resourceVersion): copied to previous/. */
    Core::Secret initialData;
    QString resourceVersionAfter;

    QString previousDirectory() const { return QDir(target.directory).filePath(QStringLiteral("previous")); }
};

using MaterialPtr = std::shared_ptr<SecretMaterial>;

QString validateMaterial(const SecretMaterial &m)
{
    if (!keyMatches(m.certificatePem, m.keyPem))
        return QCoreApplication::translate("Ops::CertRenewal", "The new key of the Secret %1 does not match its certificate.").arg(m.target.secretName);
    for (const QString &name : m.target.dnsNames) {
        const QString failure = verifyFor(m.certificatePem, m.caBundlePem, name, false);
        if (!failure.isEmpty())
            return QCoreApplication::translate("Ops::CertRenewal", "The new certificate of the Secret %1 does not verify for %2: %3")
                .arg(m.target.secretName, name, failure);
    }
    for (const QString &ip : m.target.ipAddresses) {
        const QString failure = verifyFor(m.certificatePem, m.caBundlePem, ip, true);
        if (!failure.isEmpty())
            return QCoreApplication::translate("Ops::CertRenewal", "The new certificate of the Secret %1 does not verify for %2: %3")
                .arg(m.target.secretName, ip, failure);
    }
    return {};
}

// ---- steps ---------------------------------------------------------------------------------------------

class ValidateStep final : public Step
{
public:
    explicit ValidateStep(QList<MaterialPtr> materials)
        : m_materials(std::move(materials))
    {
    }

    QString id() const override { return QStringLiteral("validate"); }
    QString title() const override { return QCoreApplication::translate("Ops::CertRenewal", "Check the new certificates (key, chain, names)"); }
    QString preview() const override
    {
        QStringList lines{title()};
        for (const MaterialPtr &m : m_materials)
            lines << QCoreApplication::translate("Ops::CertRenewal", "  %1: serial %2, %3, names %4").arg(m->target.secretName, m->target.newSerialHex, m->keyDescription,
                                                             (m->target.dnsNames + m->target.ipAddresses).join(QStringLiteral(", ")));
        return lines.join(QLatin1Char('\n'));
    }

    QFuture<StepResult> apply(const RunContext &) override
    {
        QJsonArray checked;
        for (const MaterialPtr &m : m_materials) {
            const QString failure = validateMaterial(*m);
            if (!failure.isEmpty())
                return ready(StepResult::failure(failure, failureFacts(m->target.secretName)));
            checked.append(QJsonObject{{QStringLiteral("secret"), m->target.secretName},
                                       {QStringLiteral("serial"), m->target.newSerialHex}});
        }
        return ready(StepResult::success(
            QCoreApplication::translate("Ops::CertRenewal", "The key matches each new certificate, the chain verifies to the CA and the names are covered."),
            {{QStringLiteral("certificates"), checked}}));
    }

private:
    QList<MaterialPtr> m_materials;
};

/** Writes files (mode 0600) into a new directory. Keeps them on rollback: they are the record of what was made. */
class WriteFilesStep final : public Step
{
public:
    struct File
    {
        QString relativePath;
        Core::Secret bytes;
    };

    WriteFilesStep(QString id, QString title, QString directory, QList<File> files,
                   std::function<bool(const QString &)> reload = {})
        : m_id(std::move(id))
        , m_title(std::move(title))
        , m_directory(std::move(directory))
        , m_files(std::move(files))
        , m_reload(std::move(reload))
    {
    }

    QString id() const override { return m_id; }
    QString title() const override { return m_title; }
    QString preview() const override
    {
        QStringList lines{m_title};
        for (const File &file : m_files)
            lines << QStringLiteral("  %1 (0600)").arg(QDir::toNativeSeparators(QDir(m_directory).filePath(file.relativePath)));
        return lines.join(QLatin1Char('\n'));
    }

    QFuture<StepResult> apply(const RunContext &context) override
    {
        QJsonArray names;
        for (const File &file : m_files) {
            names.append(file.relativePath);
            if (QFileInfo::exists(QDir(m_directory).filePath(file.relativePath)))
                return ready(StepResult::failure(QCoreApplication::translate("Ops::CertRenewal", "%1 exists already; choose another output directory")
                                                     .arg(QDir::toNativeSeparators(QDir(m_directory).filePath(file.relativePath)))));
        }
        const QJsonObject facts{{QStringLiteral("directory"), m_directory}, {QStringLiteral("files"), names}};
        if (context.dryRun)
            return ready(StepResult::success(QCoreApplication::translate("Ops::CertRenewal", "Would write %n file(s) to %1", nullptr, int(m_files.size()))
                                                 .arg(QDir::toNativeSeparators(m_directory)),
                                             facts));
        QString error;
        for (const File &file : m_files) {
            const QString path = QDir(m_directory).filePath(file.relativePath);
            if (!makePrivateDirectory(QFileInfo(path).absolutePath(), &error) || !writePrivateFile(path, file.bytes.reveal(), &error))
                return ready(StepResult::failure(error, facts));
        }
        return ready(StepResult::success(QCoreApplication::translate("Ops::CertRenewal", "Wrote %n file(s) to %1 (readable by you only)", nullptr, int(m_files.size()))
                                             .arg(QDir::toNativeSeparators(m_directory)),
                                         facts));
    }

    QJsonObject journalState() const override { return {{QStringLiteral("directory"), m_directory}}; }
    bool restoreJournalState(const QJsonObject &state) override
    {
        const QString directory = state.value(QLatin1String("directory")).toString();
        if (directory != m_directory)
            return false;
        // A resumed run goes on with what was written, not with the keys its rebuilt plan made.
        return !m_reload || m_reload(directory);
    }

private:
    QString m_id;
    QString m_title;
    QString m_directory;
    QList<File> m_files;
    std::function<bool(const QString &)> m_reload;
};

/** Restarts the workloads one after the other and waits for each rollout. */
QFuture<StepResult> restartAll(QPointer<Kube::KubeClient> client, const QString &namespaceName, QStringList refs,
                               std::chrono::milliseconds timeout)
{
    auto promise = newPromise();
    auto next = std::make_shared<std::function<void()>>();
    auto done = std::make_shared<QStringList>();
    *next = [client, namespaceName, refs, timeout, promise, next, done]() mutable {
        if (!client) {
            deliver(promise, StepResult::failure(QCoreApplication::translate("Ops::CertRenewal", "The connection to the cluster is gone")));
            *next = nullptr;
            return;
        }
        if (done->size() == refs.size()) {
            deliver(promise, StepResult::success(QCoreApplication::translate("Ops::CertRenewal", "Restarted %1").arg(refs.join(QStringLiteral(", ")))));
            *next = nullptr;
            return;
        }
        const QString ref = refs.at(done->size());
        const QString plural = ref.section(QLatin1Char('/'), 0, 0);
        const QString name = ref.section(QLatin1Char('/'), 1);
        client->rolloutRestart(plural, namespaceName, name)
            .then(client, [client, plural, namespaceName, name, timeout, promise, next, done, ref](const Kube::Response &r) {
                if (!r.ok()) {
                    deliver(promise, StepResult::failure(r.error.message));
                    *next = nullptr;
                    return;
                }
                client->waitForRollout(plural, namespaceName, name, timeout)
                    .then(client, [promise, next, done, ref](const Kube::Response &w) {
                        if (!w.ok()) {
                            deliver(promise, StepResult::failure(w.error.message));
                            *next = nullptr;
                            return;
                        }
                        *done << ref;
                        (*next)();
                    });
            });
    };
    (*next)();
    return promise->future();
}

class PatchSecretStep final : public Step
{
public:
    PatchSecretStep(Kube::KubeClient *client, MaterialPtr material, const RenewalOptions &options)
        : m_client(client)
        , m_m(std::move(material))
        , m_rolloutTimeout(options.rolloutTimeoutMs)
    {
    }

    QString id() const override { return QStringLiteral("patch-secret/%1").arg(m_m->target.secretName); }
    QString title() const override { return QCoreApplication::translate("Ops::CertRenewal", "Patch the Secret %1 with the new certificate").arg(m_m->target.secretName); }
    QString preview() const override
    {
        const RenewalTarget &t = m_m->target;
        QStringList sans = t.dnsNames + t.ipAddresses;
        QStringList y;
        y << QCoreApplication::translate("Ops::CertRenewal", "# The Secret %1 after the patch (key material elided)").arg(t.secretName);
        y << QStringLiteral("apiVersion: v1");
        y << QStringLiteral("kind: Secret");
        y << QStringLiteral("metadata:");
        y << QStringLiteral("  name: %1").arg(t.secretName);
        y << QStringLiteral("  namespace: %1").arg(m_m->namespaceName);
        y << QStringLiteral("  resourceVersion: \"%1\"  # %2").arg(t.resourceVersion, QCoreApplication::translate("Ops::CertRenewal", "precondition: the patch fails (409) if the Secret changed"));
        if (!m_m->secretType.isEmpty())
            y << QStringLiteral("type: %1").arg(m_m->secretType);
        y << QStringLiteral("data:");
        y << QStringLiteral("  %1: <%2>").arg(m_m->certKey, QCoreApplication::translate("Ops::CertRenewal", "new certificate, serial %1, valid until %2, SANs: %3")
                                                         .arg(t.newSerialHex, t.newNotAfter.toString(Qt::ISODate), sans.join(QStringLiteral(", "))));
        y << QStringLiteral("  %1: <%2>").arg(m_m->keyKey, QCoreApplication::translate("Ops::CertRenewal", "elided: new %1 private key").arg(m_m->keyDescription));
        const int bundled = int(Probe::parseCertificates(m_m->caBundlePem).size());
        const QString bundle = QCoreApplication::translate("Ops::CertRenewal", "CA bundle, %n certificate(s)", nullptr, bundled);
        y << QStringLiteral("  %1: <%2>").arg(m_m->caKey, bundle);
        y << QCoreApplication::translate("Ops::CertRenewal", "# Undo: the previous data is put back (precondition: our resourceVersion) and %1 restarted again.")
                 .arg(m_m->target.workloads.join(QStringLiteral(", ")));
        return y.join(QLatin1Char('\n'));
    }

    bool hasUndo() const override { return true; }

    QFuture<StepResult> apply(const RunContext &context) override
    {
        if (!m_client)
            return ready(StepResult::failure(QCoreApplication::translate("Ops::CertRenewal", "The connection to the cluster is gone")));
        auto promise = newPromise();
        const MaterialPtr m = m_m;
        const bool dryRun = context.dryRun;
        QPointer<Kube::KubeClient> client = m_client;
        client->get(QStringLiteral("secrets"), m->namespaceName, m->target.secretName)
            .then(client.data(), [client, m, dryRun, promise](const Kube::Response &current) {
                const QString name = m->target.secretName;
                if (!current.ok()) {
                    deliver(promise, StepResult::failure(current.error.message, failureFacts(name)));
                    return;
                }
                const QString version = current.object.value(QLatin1String("metadata")).toObject()
                                            .value(QLatin1String("resourceVersion")).toString();
                QJsonObject facts{{QStringLiteral("secret"), name},
                                  {QStringLiteral("resourceVersionBefore"), m->target.resourceVersion}};
                if (version != m->target.resourceVersion) {
                    facts.insert(QStringLiteral("resourceVersionNow"), version);
                    deliver(promise, StepResult::failure(QCoreApplication::translate("Ops::CertRenewal", "The Secret %1 was changed by someone else since the plan was made "
                                                            "(resourceVersion %2, now %3): it was not patched. Make the plan again.")
                                                             .arg(name, m->target.resourceVersion, version),
                                                         facts));
                    return;
                }
                if (dryRun) {
                    deliver(promise, StepResult::success(QCoreApplication::translate("Ops::CertRenewal", "Would patch the Secret %1 (resourceVersion %2) with serial %3")
                                                             .arg(name, version, m->target.newSerialHex),
                                                         facts));
                    return;
                }
                const QJsonObject data = current.object.value(QLatin1String("data")).toObject();
                m->previousData = Core::Secret(QJsonDocument(data).toJson(QJsonDocument::Compact));
                QJsonObject newData{{m->certKey, b64(m->certificatePem)},
                                    {m->keyKey, b64(m->keyPem.reveal())},
                                    {m->caKey, b64(m->caBundlePem)}};
                client->patch(QStringLiteral("secrets"), m->namespaceName, name, {{QStringLiteral("data"), newData}},
                              Kube::KubeClient::PatchType::Merge, version)
                    .then(client.data(), [m, promise, facts, name](const Kube::Response &patched) mutable {
                        if (!patched.ok()) {
                            m->previousData.clear();
                            const QString message = patched.error.kind == Kube::ApiError::Kind::Conflict
                                ? QCoreApplication::translate("Ops::CertRenewal", "The Secret %1 was changed by someone else while the plan ran (409 Conflict): it was "
                                     "not patched. Make the plan again.")
                                      .arg(name)
                                : patched.error.message;
                            deliver(promise, StepResult::failure(message, facts));
                            return;
                        }
                        m->resourceVersionAfter = patched.object.value(QLatin1String("metadata")).toObject()
                                                      .value(QLatin1String("resourceVersion")).toString();
                        facts.insert(QStringLiteral("resourceVersionAfter"), m->resourceVersionAfter);
                        facts.insert(QStringLiteral("serial"), m->target.newSerialHex);
                        deliver(promise, StepResult::success(QCoreApplication::translate("Ops::CertRenewal", "Patched the Secret %1: it holds the certificate with serial %2")
                                                                 .arg(name, m->target.newSerialHex),
                                                             facts));
                    });
            });
        return promise->future();
    }

    QFuture<StepResult> undo(const RunContext &) override
    {
        const MaterialPtr m = m_m;
        const QString name = m->target.secretName;
        if (!m_client)
            return ready(StepResult::failure(QCoreApplication::translate("Ops::CertRenewal", "The connection to the cluster is gone")));
        if (m->previousData.isEmpty())
            return ready(StepResult::failure(QCoreApplication::translate("Ops::CertRenewal", "The previous data of the Secret %1 is not known: restore it from %2")
                                                 .arg(name, QDir::toNativeSeparators(m->previousDirectory())),
                                             failureFacts(name)));
        QJsonObject data = QJsonDocument::fromJson(m->previousData.reveal()).object();
        // A merge patch removes what the renewal added and the Secret did not have.
        for (const QString &key : {m->certKey, m->keyKey, m->caKey}) {
            if (!data.contains(key))
                data.insert(key, QJsonValue::Null);
        }
        auto promise = newPromise();
        QPointer<Kube::KubeClient> client = m_client;
        const auto timeout = std::chrono::milliseconds(m_rolloutTimeout);
        client->patch(QStringLiteral("secrets"), m->namespaceName, name, {{QStringLiteral("data"), data}},
                      Kube::KubeClient::PatchType::Merge, m->resourceVersionAfter)
            .then(client.data(), [client, m, name, promise, timeout](const Kube::Response &patched) {
                if (!patched.ok()) {
                    const QString message = patched.error.kind == Kube::ApiError::Kind::Conflict
                        ? QCoreApplication::translate("Ops::CertRenewal", "The Secret %1 was changed by someone else after the renewal patched it (409 Conflict): its "
                             "previous data was not put back; it is in %2")
                              .arg(name, QDir::toNativeSeparators(m->previousDirectory()))
                        : QCoreApplication::translate("Ops::CertRenewal", "Could not put back the previous data of the Secret %1 (%2); it is in %3")
                              .arg(name, patched.error.message, QDir::toNativeSeparators(m->previousDirectory()));
                    deliver(promise, StepResult::failure(message, failureFacts(name)));
                    return;
                }
                const QString restored = patched.object.value(QLatin1String("metadata")).toObject()
                                             .value(QLatin1String("resourceVersion")).toString();
                restartAll(client, m->namespaceName, m->workloadRefs, timeout)
                    .then(client.data(), [m, name, promise, restored](const StepResult &restart) {
                        const QJsonObject facts{{QStringLiteral("secret"), name}, {QStringLiteral("resourceVersion"), restored}};
                        if (!restart.ok) {
                            deliver(promise, StepResult::failure(QCoreApplication::translate("Ops::CertRenewal", "The Secret %1 holds its previous data again, but the restart "
                                                                    "failed: %2")
                                                                     .arg(name, restart.message),
                                                                 facts));
                            return;
                        }
                        deliver(promise, StepResult::success(QCoreApplication::translate("Ops::CertRenewal", "The Secret %1 holds its previous certificate again; %2 restarted")
                                                                 .arg(name, m->target.workloads.join(QStringLiteral(", "))),
                                                             facts));
                    });
            });
        return promise->future();
    }

    QJsonObject journalState() const override
    {
        return {{QStringLiteral("resourceVersionBefore"), m_m->target.resourceVersion},
                {QStringLiteral("resourceVersionAfter"), m_m->resourceVersionAfter},
                {QStringLiteral("serial"), m_m->target.newSerialHex},
                {QStringLiteral("previousDirectory"), m_m->previousDirectory()}};
    }

    bool restoreJournalState(const QJsonObject &state) override
    {
        m_m->resourceVersionAfter = state.value(QLatin1String("resourceVersionAfter")).toString();
        // The previous data (with the old key) never went to the journal: it is read back from the copy
        // write-files made, mode 0600, in the output directory.
        const QDir dir(state.value(QLatin1String("previousDirectory")).toString());
        QJsonObject data;
        const QStringList names = dir.entryList(QDir::Files);
        for (const QString &file : names) {
            QString error;
            QByteArray bytes = readSmallFile(dir.filePath(file), &error);
            data.insert(file, b64(bytes));
            Core::wipe(bytes);
        }
        if (data.isEmpty())
            return false;
        m_m->previousData = Core::Secret(QJsonDocument(data).toJson(QJsonDocument::Compact));
        return !m_m->resourceVersionAfter.isEmpty();
    }

private:
    QPointer<Kube::KubeClient> m_client;
    MaterialPtr m_m;
    int m_rolloutTimeout;
};

/** Restarts one datastore's workload; verify = a live handshake that serves the new serial. */
class RestartStep final : public Step
{
public:
    RestartStep(Kube::KubeClient *client, MaterialPtr material, Fleet::Datastore store, const RenewalOptions &options)
        : m_client(client)
        , m_m(std::move(material))
        , m_store(std::move(store))
        , m_options(options)
    {
    }

    QString ref() const { return pluralFor(m_store.workloadKind) % QLatin1Char('/') % m_store.workloadName; }
    QString id() const override { return QStringLiteral("restart/%1").arg(m_store.name); }
    QString title() const override
    {
        return QCoreApplication::translate("Ops::CertRenewal", "Restart %1/%2 and check %3 serves the new certificate")
            .arg(m_store.workloadKind, m_store.workloadName, m_store.name);
    }
    QString preview() const override
    {
        return title() % QLatin1Char('\n')
               % QStringLiteral("  kubectl rollout restart %1 -n %2\n  kubectl rollout status %1 -n %2 --timeout=%3s\n")
                     .arg(ref().section(QLatin1Char('/'), 0, 0).chopped(1) % QLatin1Char('/') % m_store.workloadName,
                          m_store.namespaceName)
                     .arg(m_options.rolloutTimeoutMs / 1000)
               % QCoreApplication::translate("Ops::CertRenewal", "  verify: a TLS handshake with %1 serves serial %2").arg(m_store.name, m_m->target.newSerialHex);
    }

    QFuture<StepResult> apply(const RunContext &context) override
    {
        if (!m_client)
            return ready(StepResult::failure(QCoreApplication::translate("Ops::CertRenewal", "The connection to the cluster is gone")));
        const QJsonObject facts{{QStringLiteral("workload"), QString(m_store.workloadKind % QLatin1Char('/') % m_store.workloadName)}};
        if (context.dryRun) {
            auto promise = newPromise();
            const QString what = m_store.workloadKind % QLatin1Char('/') % m_store.workloadName;
            m_client->get(pluralFor(m_store.workloadKind), m_store.namespaceName, m_store.workloadName)
                .then(m_client.data(), [promise, facts, what](const Kube::Response &r) {
                    if (!r.ok()) {
                        deliver(promise, StepResult::failure(r.error.message, facts));
                        return;
                    }
                    if (r.object.value(QLatin1String("spec")).toObject().value(QLatin1String("paused")).toBool()) {
                        deliver(promise, StepResult::failure(QCoreApplication::translate("Ops::CertRenewal", "%1 is paused: it cannot be restarted (kubectl rollout resume first)").arg(what), facts));
                        return;
                    }
                    deliver(promise, StepResult::success(QCoreApplication::translate("Ops::CertRenewal", "Would restart %1").arg(what), facts));
                });
            return promise->future();
        }
        return restartAll(m_client, m_store.namespaceName, {ref()}, std::chrono::milliseconds(m_options.rolloutTimeoutMs))
            .then(m_client.data(), [facts](StepResult result) {
                result.facts = facts;
                return result;
            });
    }

    QFuture<StepResult> verify(const RunContext &context) override
    {
        if (!m_client)
            return ready(StepResult::failure(QCoreApplication::translate("Ops::CertRenewal", "The connection to the cluster is gone")));
        auto promise = newPromise();
        auto deadline = std::make_shared<QDeadlineTimer>(m_options.verifyTimeoutMs);
        auto attempt = std::make_shared<std::function<void()>>();
        QPointer<Kube::KubeClient> client = m_client;
        const MaterialPtr m = m_m;
        const QString name = m_store.name;
        const QString ns = m_store.namespaceName;
        const int timeoutMs = m_options.handshakeTimeoutMs;
        const auto cancelled = context.cancelled;
        *attempt = [client, m, name, ns, timeoutMs, promise, deadline, attempt, cancelled]() {
            if (!client) {
                deliver(promise, StepResult::failure(QCoreApplication::translate("Ops::CertRenewal", "The connection to the cluster is gone")));
                *attempt = nullptr;
                return;
            }
            inspectServedCertificate(client, ns, name, m->caBundlePem, timeoutMs, client)
                .then(client.data(), [client, m, name, promise, deadline, attempt, cancelled](const ServedCertificate &served) {
                    QString problem;
                    if (!served.error.isEmpty())
                        problem = served.error;
                    else if (served.serialHex != m->target.newSerialHex)
                        problem = QCoreApplication::translate("Ops::CertRenewal", "%1 serves serial %2, not the new %3").arg(name, served.serialHex, m->target.newSerialHex);
                    else if (!served.report.verified)
                        problem = QCoreApplication::translate("Ops::CertRenewal", "%1 serves the new certificate but it does not verify: %2").arg(name, served.report.verifyError);
                    const QJsonObject facts{{QStringLiteral("datastore"), name}, {QStringLiteral("servedSerial"), served.serialHex}};
                    if (problem.isEmpty()) {
                        deliver(promise, StepResult::success(QCoreApplication::translate("Ops::CertRenewal", "%1 serves the new certificate (serial %2), verified against the CA")
                                                                 .arg(name, served.serialHex),
                                                             facts));
                        *attempt = nullptr;
                        return;
                    }
                    if (deadline->hasExpired() || cancelled->load()) {
                        deliver(promise, StepResult::failure(problem, facts));
                        *attempt = nullptr;
                        return;
                    }
                    // The server may still be starting: try again shortly.
                    QTimer::singleShot(1000, client.data(), [attempt] {
                        if (*attempt)
                            (*attempt)();
                    });
                });
        };
        (*attempt)();
        return promise->future();
    }

private:
    QPointer<Kube::KubeClient> m_client;
    MaterialPtr m_m;
    Fleet::Datastore m_store;
    RenewalOptions m_options;
};

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
        if (!readKey(caKey.privateKeyPem)) {
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

QStringList renewableDatastores(const Fleet::InventoryResult &inventory)
{
    QStringList names;
    for (const Fleet::Datastore &store : inventory.datastores) {
        if (!store.tlsSecretName.isEmpty())
            names << store.name;
    }
    return names;
}

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
        if (it->tlsSecretName.isEmpty())
            return failed(QCoreApplication::translate("Ops::CertRenewal", "%1 has no TLS Secret: there is no certificate to renew").arg(name));
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
        if (!data.contains(QStringLiteral("tls.crt")) && data.contains(QStringLiteral("server.crt"))) {
            material->certKey = QStringLiteral("server.crt");
            material->keyKey = QStringLiteral("server.key");
        }

        QList<Fleet::Datastore> stores;
        QByteArray currentPem;
        QByteArray oldCaPem;
        for (const Fleet::Datastore &store : inventory.datastores) {
            if (store.tlsSecretName != secretName)
                continue;
            stores << store;
            t.datastores << store.name;
            const QString workload = store.workloadKind % QLatin1Char('/') % store.workloadName;
            if (!t.workloads.contains(workload)) {
                t.workloads << workload;
                material->workloadRefs << pluralFor(store.workloadKind) % QLatin1Char('/') % store.workloadName;
            }
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
            plan->addStep(std::make_unique<ValidateStep>(materials));
            if (options.caMode == RenewalOptions::CaMode::New) {
                const QString caDir = QDir(options.outputDirectory).filePath(QStringLiteral("ca"));
                plan->addStep(std::make_unique<WriteFilesStep>(
                    QStringLiteral("write-ca"), QCoreApplication::translate("Ops::CertRenewal", "Write the new CA to %1").arg(QDir::toNativeSeparators(caDir)), caDir,
                    QList<WriteFilesStep::File>{{QStringLiteral("ca.crt"), Core::Secret(issued.caCertificatePem)},
                                                {QStringLiteral("ca.key"), issued.caKeyPem}}));
            }
            for (qsizetype i = 0; i < materials.size(); ++i) {
                const MaterialPtr m = materials.at(i);
                QList<WriteFilesStep::File> files{{m->certKey, Core::Secret(m->certificatePem)},
                                                  {m->keyKey, m->keyPem},
                                                  {m->caKey, Core::Secret(m->caBundlePem)}};
                // A copy of what the Secret holds now: the rollback's source if Proofer stops half-way.
                const QJsonObject initial = QJsonDocument::fromJson(m->initialData.reveal()).object();
                for (auto it = initial.constBegin(); it != initial.constEnd(); ++it) {
                    QByteArray bytes = QByteArray::fromBase64(it.value().toString().toLatin1());
                    files.append({QStringLiteral("previous/") % it.key(), Core::Secret(bytes)});
                    Core::wipe(bytes);
                }
                const MaterialPtr material = m;
                plan->addStep(std::make_unique<WriteFilesStep>(
                    QStringLiteral("write-files/%1").arg(m->target.secretName),
                    QCoreApplication::translate("Ops::CertRenewal", "Write the new key and certificate of %1 to %2")
                        .arg(m->target.secretName, QDir::toNativeSeparators(m->target.directory)),
                    m->target.directory, files, [material](const QString &directory) {
                        QString error;
                        QByteArray cert = readSmallFile(QDir(directory).filePath(material->certKey), &error);
                        QByteArray key = readSmallFile(QDir(directory).filePath(material->keyKey), &error);
                        QByteArray ca = readSmallFile(QDir(directory).filePath(material->caKey), &error);
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
                plan->addStep(std::make_unique<PatchSecretStep>(guardedClient, m, options));
                for (const Fleet::Datastore &store : storesBySecret.at(i))
                    plan->addStep(std::make_unique<RestartStep>(guardedClient, m, store, options));
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
