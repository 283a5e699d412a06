// SPDX-License-Identifier: GPL-3.0-or-later
// The steps of a certificate renewal (validate, write files, patch the Secret, restart) and what they share.
#include "ops/certrenewalsteps.h"

#include "core/logging.h"
#include "kube/kubeclient.h"
#include "ops/patchsecretstep.h"
#include "ops/restartworkloadsstep.h"
#include "probe/tlscertificate.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QPromise>
#include <QTimer>

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>
#include <openssl/x509v3.h>

#include <functional>

#include <unistd.h>

namespace Ops::Renewal {

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

PKeyPtr readKeyPem(const Core::Secret &pem)
{
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new_mem_buf(pem.reveal().constData(), int(pem.size())),
                                                  &BIO_free);
    PKeyPtr key(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr), &EVP_PKEY_free);
    ERR_clear_error();
    return key;
}

bool isReadableKey(const Core::Secret &pem)
{
    return readKeyPem(pem) != nullptr;
}

bool keyMatches(const QByteArray &certificatePem, const Core::Secret &keyPem)
{
    X509Ptr cert = readCertificate(certificatePem);
    PKeyPtr key = readKeyPem(keyPem);
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

/** The Secret's data before the patch, read back from the copy write-files made (0600) in @p directory. */
QJsonObject readPreviousData(const QString &directory)
{
    const QDir dir(directory);
    QJsonObject data;
    const QStringList names = dir.entryList(QDir::Files);
    for (const QString &file : names) {
        QString error;
        QByteArray bytes = readSmallFile(dir.filePath(file), &error);
        data.insert(file, b64(bytes));
        Core::wipe(bytes);
    }
    return data;
}

/** The serial of the first certificate of @p pem ("" when there is none). */
QString serialOf(const QByteArray &pem)
{
    return Probe::parseCertificates(pem).value(0).serialHex;
}

/** The certificate under @p key of a Secret's data (base64). */
QByteArray certificateIn(const QJsonObject &data, const QString &key)
{
    return QByteArray::fromBase64(data.value(key).toString().toLatin1());
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
    using File = RenewalFile;

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

/** What awaitServedSerial() saw: problem is "" when the datastore serves the serial it waited for. */
struct ServedCheck
{
    QString problem;
    QString servedSerial;
};

/**
 * Asks what @p datastore serves, once a second, until it is @p serial (and, with @p mustVerify, verifies against
 * @p caPem), @p waitMs passed or @p cancelled is set: a restarted server takes time to come up.
 */
QFuture<ServedCheck> awaitServedSerial(Kube::KubeClient *client, const QString &namespaceName, const QString &datastore,
                                       const QByteArray &caPem, const QString &serial, bool mustVerify, int handshakeTimeoutMs,
                                       int waitMs, std::shared_ptr<std::atomic_bool> cancelled)
{
    Pending<ServedCheck> promise;
    auto deadline = std::make_shared<QDeadlineTimer>(waitMs);
    auto attempt = std::make_shared<std::function<void()>>();
    QPointer<Kube::KubeClient> guarded = client;
    *attempt = [=]() {
        if (!guarded) {
            promise.finish({QCoreApplication::translate("Ops::CertRenewal", "The connection to the cluster is gone"), {}});
            *attempt = nullptr;
            return;
        }
        inspectServedCertificate(guarded, namespaceName, datastore, caPem, handshakeTimeoutMs, guarded)
            .then(guarded.data(), [=](const ServedCertificate &served) {
                QString problem;
                if (!served.error.isEmpty())
                    problem = served.error;
                else if (served.serialHex != serial)
                    problem = QCoreApplication::translate("Ops::CertRenewal", "%1 serves serial %2, not %3").arg(datastore, served.serialHex, serial);
                else if (mustVerify && !served.report.verified)
                    problem = QCoreApplication::translate("Ops::CertRenewal", "%1 serves serial %2 but it does not verify: %3")
                                  .arg(datastore, served.serialHex, served.report.verifyError);
                if (problem.isEmpty() || deadline->hasExpired() || (cancelled && cancelled->load()) || !guarded) {
                    promise.finish({problem, served.serialHex});
                    *attempt = nullptr;
                    return;
                }
                QTimer::singleShot(1000, guarded.data(), [attempt] {
                    if (*attempt)
                        (*attempt)();
                });
            });
    };
    (*attempt)();
    return promise.future();
}

/**
 * Patches the Secret with the new certificate, key and CA bundle (only the keys the servers read: a merge patch
 * keeps every other key). Undo puts the previous data back and restarts the Secret's workloads again.
 */
class CertificateSecretPatchStep final : public PatchSecretStep
{
public:
    CertificateSecretPatchStep(Kube::KubeClient *client, MaterialPtr material, const RenewalOptions &options)
        : PatchSecretStep(client, material->namespaceName, material->target.secretName,
                          std::chrono::milliseconds(options.rolloutTimeoutMs))
        , m_m(std::move(material))
        , m_handshakeTimeoutMs(options.handshakeTimeoutMs)
        , m_verifyTimeoutMs(options.verifyTimeoutMs)
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
        if (!m_m->caKey.isEmpty())
            y << QStringLiteral("  %1: <%2>").arg(m_m->caKey, bundle);
        else
            y << QCoreApplication::translate("Ops::CertRenewal", "# The CA file the servers read is not in this Secret: it is left as it is.");
        y << QCoreApplication::translate("Ops::CertRenewal", "# Other keys of the Secret are kept; no key is renamed.");
        y << QCoreApplication::translate("Ops::CertRenewal", "# Undo: the previous data is put back (precondition: our resourceVersion) and %1 restarted again.")
                 .arg(m_m->target.workloads.join(QStringLiteral(", ")));
        return y.join(QLatin1Char('\n'));
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
        const QJsonObject data = readPreviousData(state.value(QLatin1String("previousDirectory")).toString());
        if (data.isEmpty())
            return false;
        m_m->previousData = Core::Secret(QJsonDocument(data).toJson(QJsonDocument::Compact));
        return !m_m->resourceVersionAfter.isEmpty();
    }

protected:
    QString expectedVersion() const override { return m_m->target.resourceVersion; }

    QJsonObject changePatch(const QJsonObject &) override
    {
        // Only the keys the servers read; a merge patch keeps every other key of the Secret.
        QJsonObject newData{{m_m->certKey, b64(m_m->certificatePem)}, {m_m->keyKey, b64(m_m->keyPem.reveal())}};
        if (!m_m->caKey.isEmpty())
            newData.insert(m_m->caKey, b64(m_m->caBundlePem));
        return {{QStringLiteral("data"), newData}};
    }

    void changed(const QString &resourceVersion, const QJsonObject &current) override
    {
        const QJsonObject data = current.value(QLatin1String("data")).toObject();
        m_m->previousData = Core::Secret(QJsonDocument(data).toJson(QJsonDocument::Compact));
        m_m->resourceVersionAfter = resourceVersion;
    }

    QString changedVersion() const override { return m_m->resourceVersionAfter; }

    QJsonObject restorePatch(QString *error) override
    {
        if (m_m->previousData.isEmpty()) {
            *error = QCoreApplication::translate("Ops::CertRenewal", "The previous data of the Secret %1 is not known: restore it from %2")
                         .arg(m_m->target.secretName, QDir::toNativeSeparators(m_m->previousDirectory()));
            return {};
        }
        QJsonObject data = QJsonDocument::fromJson(m_m->previousData.reveal()).object();
        // A merge patch removes what the renewal added and the Secret did not have.
        for (const QString &key : m_m->writtenKeys()) {
            if (!data.contains(key))
                data.insert(key, QJsonValue::Null);
        }
        return {{QStringLiteral("data"), data}};
    }

    QStringList restartAfterUndo() const override { return m_m->target.workloads; }

    /**
     * The Secret is back and its workloads restarted: each datastore that mounts it must serve the previous
     * certificate again (its serial, read from the data put back). Until then the rollback is not proven.
     */
    QFuture<QString> verifyRestored() override
    {
        const QJsonObject previous = QJsonDocument::fromJson(m_m->previousData.reveal()).object();
        const QString oldSerial = serialOf(certificateIn(previous, m_m->certKey));
        const QStringList datastores = m_m->target.datastores;
        if (datastores.isEmpty())
            return readyValue(QString());
        if (oldSerial.isEmpty())
            return readyValue(QCoreApplication::translate("Ops::CertRenewal", "the Secret %1 held no certificate before: what %2 serves now "
                                                                         "cannot be compared with it")
                             .arg(m_m->target.secretName, datastores.join(QStringLiteral(", "))));
        if (!client())
            return readyValue(QCoreApplication::translate("Ops::CertRenewal", "The connection to the cluster is gone"));
        // Not verified against a CA: the previous certificate may be the expired one the renewal was for.
        struct Walk
        {
            QStringList left;
            QStringList problems;
            Pending<QString> done;
        };
        auto walk = std::make_shared<Walk>();
        walk->left = datastores;
        auto next = std::make_shared<std::function<void()>>();
        QPointer<Kube::KubeClient> guarded = client();
        const MaterialPtr m = m_m;
        const int handshakeMs = m_handshakeTimeoutMs;
        const int waitMs = m_verifyTimeoutMs;
        *next = [walk, next, guarded, m, oldSerial, handshakeMs, waitMs]() {
            if (walk->left.isEmpty() || !guarded) {
                if (!guarded && !walk->left.isEmpty())
                    walk->problems << QCoreApplication::translate("Ops::CertRenewal", "The connection to the cluster is gone");
                walk->done.finish(walk->problems.join(QStringLiteral("; ")));
                *next = nullptr;
                return;
            }
            const QString datastore = walk->left.takeFirst();
            awaitServedSerial(guarded, m->namespaceName, datastore, {}, oldSerial, false, handshakeMs, waitMs, nullptr)
                .then(guarded.data(), [walk, next](const ServedCheck &check) {
                    if (!check.problem.isEmpty())
                        walk->problems << check.problem;
                    if (*next)
                        (*next)();
                });
        };
        (*next)();
        return walk->done.future();
    }

    /**
     * After a crash in the middle of the patch: the Secret itself says whether it happened. Its certificate key
     * holds the new certificate (applied: undo then needs the previous data, read back from the copy write-files
     * made, and the Secret's resourceVersion now), the old one (not applied), or neither (unknown: someone else
     * changed it).
     */
    Observation classify(const QJsonObject &secret) override
    {
        const MaterialPtr m = m_m;
        const QString name = m->target.secretName;
        const QString version = resourceVersionOf(secret);
        const QString holds = serialOf(certificateIn(secret.value(QLatin1String("data")).toObject(), m->certKey));
        const QJsonObject previous = readPreviousData(m->previousDirectory());
        const QString oldSerial = serialOf(certificateIn(previous, m->certKey));
        const QString newSerial = serialOf(m->certificatePem);
        const QJsonObject facts{{QStringLiteral("secret"), name},
                                {QStringLiteral("resourceVersion"), version},
                                {QStringLiteral("secretSerial"), holds},
                                {QStringLiteral("oldSerial"), oldSerial},
                                {QStringLiteral("newSerial"), newSerial}};
        if (!newSerial.isEmpty() && holds == newSerial) {
            if (previous.isEmpty())
                return Observation::unknown(QCoreApplication::translate("Ops::CertRenewal", "The Secret %1 holds the new certificate "
                                                                                            "(serial %2), but the copy of its previous data is not in %3: it could not be put back")
                                                .arg(name, holds, QDir::toNativeSeparators(m->previousDirectory())),
                                            facts);
            m->previousData = Core::Secret(QJsonDocument(previous).toJson(QJsonDocument::Compact));
            m->resourceVersionAfter = version;
            return Observation::applied(QCoreApplication::translate("Ops::CertRenewal", "The Secret %1 holds the new certificate (serial %2): "
                                                                                        "the patch was applied")
                                            .arg(name, holds),
                                        facts);
        }
        if (!oldSerial.isEmpty() && holds == oldSerial)
            return Observation::notApplied(QCoreApplication::translate("Ops::CertRenewal", "The Secret %1 still holds the previous certificate "
                                                                                           "(serial %2): the patch was not applied")
                                               .arg(name, holds),
                                           facts);
        return Observation::unknown(QCoreApplication::translate("Ops::CertRenewal", "The Secret %1 holds serial %2, neither the previous %3 nor the "
                                                                                    "new %4: someone else changed it")
                                        .arg(name, holds.isEmpty() ? QStringLiteral("-") : holds, oldSerial, newSerial),
                                    facts);
    }

    QString appliedMessage(const QString &) const override
    {
        return QCoreApplication::translate("Ops::CertRenewal", "Patched the Secret %1: it holds the certificate with serial %2")
            .arg(m_m->target.secretName, m_m->target.newSerialHex);
    }
    void addAppliedFacts(QJsonObject *facts) const override
    {
        facts->insert(QStringLiteral("serial"), m_m->target.newSerialHex);
    }
    QString restoreHint() const override
    {
        return QCoreApplication::translate("Ops::CertRenewal", "it is in %1").arg(QDir::toNativeSeparators(m_m->previousDirectory()));
    }

private:
    MaterialPtr m_m;
    int m_handshakeTimeoutMs;
    int m_verifyTimeoutMs;
};

RestartWorkloadsStep::Settings restartSettings(const Fleet::Datastore &store, const RenewalOptions &options)
{
    RestartWorkloadsStep::Settings settings;
    settings.id = QStringLiteral("restart/%1").arg(store.name);
    settings.title = QCoreApplication::translate("Ops::CertRenewal", "Restart %1/%2 and check %3 serves the new certificate")
                         .arg(store.workloadKind, store.workloadName, store.name);
    settings.subject = store.name;
    settings.namespaceName = store.namespaceName;
    settings.workloads = {store.workloadKind % QLatin1Char('/') % store.workloadName};
    settings.timeout = std::chrono::milliseconds(options.rolloutTimeoutMs);
    return settings;
}

/** Restarts one datastore's workload; verify = a live handshake that serves the new serial. */
class ServedCertificateRestartStep final : public RestartWorkloadsStep
{
public:
    ServedCertificateRestartStep(Kube::KubeClient *client, MaterialPtr material, Fleet::Datastore store, const RenewalOptions &options)
        : RestartWorkloadsStep(client, restartSettings(store, options))
        , m_m(std::move(material))
        , m_store(std::move(store))
        , m_options(options)
    {
    }

    QString preview() const override
    {
        return RestartWorkloadsStep::preview() % QLatin1Char('\n')
               % QCoreApplication::translate("Ops::CertRenewal", "  verify: a TLS handshake with %1 serves serial %2").arg(m_store.name, m_m->target.newSerialHex);
    }
    QFuture<StepResult> verify(const RunContext &context) override
    {
        if (!m_client)
            return ready(StepResult::failure(QCoreApplication::translate("Ops::CertRenewal", "The connection to the cluster is gone")));
        const QString name = m_store.name;
        return awaitServedSerial(m_client, m_store.namespaceName, name, m_m->caBundlePem, m_m->target.newSerialHex, true,
                                 m_options.handshakeTimeoutMs, m_options.verifyTimeoutMs, context.cancelled)
            .then([name](const ServedCheck &check) {
                const QJsonObject facts{{QStringLiteral("datastore"), name}, {QStringLiteral("servedSerial"), check.servedSerial}};
                if (!check.problem.isEmpty())
                    return StepResult::failure(check.problem, facts);
                return StepResult::success(QCoreApplication::translate("Ops::CertRenewal", "%1 serves the new certificate (serial %2), verified against the CA")
                                               .arg(name, check.servedSerial),
                                           facts);
            });
    }

    /**
     * After a crash in the middle of the restart: whether the server serves what its Secret holds now (applied:
     * it was restarted with it) or not (not applied: the restart is to be done again). Unknown when either
     * cannot be read.
     */
    QFuture<Observation> observe(const RunContext &) override
    {
        if (!m_client)
            return ready(Observation::unknown(QCoreApplication::translate("Ops::CertRenewal", "The connection to the cluster is gone")));
        Pending<Observation> promise;
        QPointer<Kube::KubeClient> client = m_client;
        const MaterialPtr m = m_m;
        const QString name = m_store.name;
        const int timeoutMs = m_options.handshakeTimeoutMs;
        client->get(QStringLiteral("secrets"), m->namespaceName, m->target.secretName)
            .then(client.data(), [client, m, name, timeoutMs, promise](const Kube::Response &secret) {
                if (!secret.ok() || !client) {
                    promise.finish(Observation::unknown(QCoreApplication::translate("Ops::CertRenewal", "The Secret %1 cannot be read: %2")
                                                                         .arg(m->target.secretName, secret.error.message)));
                    return;
                }
                const QString holds = serialOf(certificateIn(secret.object.value(QLatin1String("data")).toObject(), m->certKey));
                inspectServedCertificate(client, m->namespaceName, name, m->caBundlePem, timeoutMs, client)
                    .then(client.data(), [m, name, holds, promise](const ServedCertificate &served) {
                        const QJsonObject facts{{QStringLiteral("datastore"), name},
                                                {QStringLiteral("servedSerial"), served.serialHex},
                                                {QStringLiteral("secretSerial"), holds}};
                        if (!served.error.isEmpty() || holds.isEmpty()) {
                            promise.finish(Observation::unknown(QCoreApplication::translate("Ops::CertRenewal", "What %1 serves cannot be compared with its Secret: %2")
                                                                                 .arg(name, served.error.isEmpty() ? QCoreApplication::translate("Ops::CertRenewal", "the Secret holds no certificate") : served.error),
                                                                             facts));
                            return;
                        }
                        if (served.serialHex == holds)
                            promise.finish(Observation::applied(QCoreApplication::translate("Ops::CertRenewal", "%1 serves serial %2, the certificate its Secret holds")
                                                                                 .arg(name, holds),
                                                                             facts));
                        else
                            promise.finish(Observation::notApplied(QCoreApplication::translate("Ops::CertRenewal", "%1 serves serial %2, not the %3 its Secret holds: "
                                                                                   "it was not restarted with it")
                                                                                    .arg(name, served.serialHex, holds),
                                                                                facts));
                    });
            });
        return promise.future();
    }

private:
    MaterialPtr m_m;
    Fleet::Datastore m_store;
    RenewalOptions m_options;
};

std::unique_ptr<Step> makeValidateStep(QList<MaterialPtr> materials)
{
    return std::make_unique<ValidateStep>(std::move(materials));
}

std::unique_ptr<Step> makeWriteFilesStep(QString id, QString title, QString directory, QList<RenewalFile> files,
                                         std::function<bool(const QString &)> reload)
{
    return std::make_unique<WriteFilesStep>(std::move(id), std::move(title), std::move(directory), std::move(files),
                                            std::move(reload));
}

std::unique_ptr<Step> makePatchSecretStep(Kube::KubeClient *client, MaterialPtr material, const RenewalOptions &options)
{
    return std::make_unique<CertificateSecretPatchStep>(client, std::move(material), options);
}

std::unique_ptr<Step> makeRestartStep(Kube::KubeClient *client, MaterialPtr material, Fleet::Datastore store,
                                      const RenewalOptions &options)
{
    return std::make_unique<ServedCertificateRestartStep>(client, std::move(material), std::move(store), options);
}

} // namespace Ops::Renewal
