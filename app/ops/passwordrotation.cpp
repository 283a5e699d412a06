// SPDX-License-Identifier: GPL-3.0-or-later
#include "ops/passwordrotation.h"

#include "core/clock.h"
#include "core/logging.h"
#include "fleet/fleetscanner.h"
#include "kube/kubeclient.h"
#include "kube/portforwarder.h"
#include "ops/passwordgenerator.h"
#include "ops/recoveryrecord.h"
#include "ops/rotationlogin.h"
#include "probe/pgconnection.h"
#include "probe/respcodec.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPromise>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTemporaryFile>
#include <QTimer>
#include <QtConcurrent>

#include <libpq-fe.h>
#include <openssl/crypto.h>

#include <functional>

namespace Ops {

namespace {

using RotationLogin::Pending;
using RotationLogin::changePassword;
using RotationLogin::isDefaultRedisUser;

const QString kDefaultAnnotation = QStringLiteral("bakery-ia.io/password-rotated-at");

// ---------------------------------------------------------------------------------------------------
// The shared state of one datastore's rotation, and its steps.

struct Rotation
{
    QPointer<Kube::KubeClient> client;
    LoginTarget login;
    QString secretName;
    QString passwordKey;
    QStringList consumers; ///< "Deployment/name"
    RotationOptions options;

    QString readVersion;    ///< the Secret's resourceVersion when read
    QString patchedVersion; ///< after our patch
    Core::Secret oldPassword;
    Core::Secret newPassword;
    QString annotationKey;
    QJsonValue oldAnnotation; ///< Undefined: there was none
    QString recordPath;        ///< the recovery record, once written
    QString plannedRecordPath; ///< where it is being written (journaled before the write)
    bool serverChanged = false;
    bool secretPatched = false;
    QStringList restarted;

    QString name() const { return login.name; }
    QString kindName() const { return Fleet::kindName(login.kind); }
    bool isPostgres() const { return login.kind == Fleet::Kind::PostgreSQL; }
    QString recordDirectory() const
    {
        return options.recoveryDirectory.isEmpty() ? RecoveryRecord::defaultDirectory() : options.recoveryDirectory;
    }
    QJsonObject baseFacts() const
    {
        return QJsonObject {{QStringLiteral("datastore"), name()},
                            {QStringLiteral("kind"), kindName()},
                            {QStringLiteral("secret"), secretName}};
    }
};

using RotationPtr = std::shared_ptr<Rotation>;

QString secretValueOf(const QJsonObject &secret, const QString &key, QByteArray *value)
{
    const QJsonObject data = secret.value(QStringLiteral("data")).toObject();
    if (!data.contains(key))
        return QCoreApplication::translate("Ops", "the Secret has no key %1").arg(key);
    *value = QByteArray::fromBase64(data.value(key).toString().toLatin1());
    return {};
}

QString versionOf(const QJsonObject &object)
{
    return object.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("resourceVersion")).toString();
}

/** The recovery record's plaintext: the datastore, the Secret, the new and the old password. */
Core::Secret recordPlaintext(const Rotation &r)
{
    QJsonObject object {
        {QStringLiteral("format"), QStringLiteral("proofer.recovery/v1")},
        {QStringLiteral("datastore"), r.name()},
        {QStringLiteral("kind"), r.kindName()},
        {QStringLiteral("namespace"), r.login.namespaceName},
        {QStringLiteral("secret"), r.secretName},
        {QStringLiteral("key"), r.passwordKey},
        {QStringLiteral("user"), r.login.user},
        {QStringLiteral("createdAt"), Core::Clock::currentDateTimeUtc().toString(Qt::ISODate)},
        {QStringLiteral("newPassword"), QString::fromUtf8(r.newPassword.reveal())},
        {QStringLiteral("oldPassword"), QString::fromUtf8(r.oldPassword.reveal())},
    };
    QByteArray json = QJsonDocument(object).toJson(QJsonDocument::Compact);
    Core::Secret secret(json);
    Core::wipe(json);
    return secret;
}

QFuture<QString> ensurePasswords(const RotationPtr &r);
QFuture<QString> recoverPasswords(const RotationPtr &r);

/** How to finish by hand from a recovery record, for people. */
QString recordHint(const QString &path)
{
    return QCoreApplication::translate("Ops", "the old and the new password are in the recovery record %1; read them with: gpg --decrypt %1 "
                                              "(it asks for your recovery passphrase)")
        .arg(path);
}

/** The password the credentials Secret holds now, and its resourceVersion; or why it could not be read. */
struct SecretNow
{
    QString error;
    Core::Secret password;
    QString version;
};

QFuture<SecretNow> readSecretNow(const RotationPtr &r)
{
    Pending<SecretNow> pending;
    if (!r->client) {
        pending.finish({QCoreApplication::translate("Ops", "%1: no cluster connection").arg(r->name()), {}, {}});
        return pending.future();
    }
    const RotationPtr rotation = r;
    r->client->get(QStringLiteral("secrets"), r->login.namespaceName, r->secretName)
        .then(r->client, [rotation, pending](const Kube::Response &response) {
            SecretNow now;
            if (!response.ok()) {
                now.error = QCoreApplication::translate("Ops", "%1: reading the Secret %2 failed: %3")
                                .arg(rotation->name(), rotation->secretName, response.error.message);
                pending.finish(now);
                return;
            }
            QByteArray value;
            now.error = secretValueOf(response.object, rotation->passwordKey, &value);
            if (!now.error.isEmpty())
                now.error = QCoreApplication::translate("Ops", "%1: %2").arg(rotation->name(), now.error);
            now.password = Core::Secret(value);
            Core::wipe(value);
            now.version = versionOf(response.object);
            pending.finish(now);
        });
    return pending.future();
}

bool samePassword(const Core::Secret &a, const Core::Secret &b)
{
    return !a.isEmpty() && a.size() == b.size() && CRYPTO_memcmp(a.reveal().constData(), b.reveal().constData(), size_t(a.size())) == 0;
}

/**
 * The verified end state a rollback must prove before the recovery record may go: the Secret holds the old
 * password and that password logs in. An empty string when proven, else what is not.
 */
QFuture<QString> proveRolledBack(const RotationPtr &r)
{
    Pending<QString> pending;
    const RotationPtr rotation = r;
    readSecretNow(r).then(r->client, [rotation, pending](const SecretNow &now) {
        Rotation &rot = *rotation;
        if (!now.error.isEmpty()) {
            pending.finish(now.error);
            return;
        }
        if (!samePassword(now.password, rot.oldPassword)) {
            pending.finish(QCoreApplication::translate("Ops", "%1: the Secret %2 does not hold the old password").arg(rot.name(), rot.secretName));
            return;
        }
        tryLogin(rot.client, rot.login, rot.oldPassword, rot.options.connectTimeoutMs)
            .then(rot.client, [rotation, pending](const QString &error) {
                pending.finish(error.isEmpty() ? QString()
                                               : QCoreApplication::translate("Ops", "%1: the password in the Secret does not log in: %2")
                                                     .arg(rotation->name(), error));
            });
    });
    return pending.future();
}

class RotationStep : public Step
{
public:
    RotationStep(RotationPtr rotation, QString phase)
        : r(std::move(rotation))
        , m_phase(std::move(phase))
    {
    }
    QString id() const override { return m_phase + u'/' + r->name(); }

protected:
    /**
     * Runs @p next once the passwords are in memory. In a normal run they are (read-secret drew them); in a
     * run resumed after a crash they come back from the recovery record, or from the Secret (see
     * ensurePasswords()).
     */
    QFuture<StepResult> afterPasswords(std::function<QFuture<StepResult>()> next)
    {
        if (!r->oldPassword.isEmpty() && !r->newPassword.isEmpty())
            return next();
        Pending<StepResult> pending;
        if (!r->client) {
            pending.finish(StepResult::failure(QCoreApplication::translate("Ops", "%1: no cluster connection").arg(r->name())));
            return pending.future();
        }
        const RotationPtr rotation = r;
        ensurePasswords(r).then(r->client, [rotation, pending, next](const QString &problem) {
            if (!problem.isEmpty()) {
                pending.finish(StepResult::failure(problem, rotation->baseFacts()));
                return;
            }
            next().then(rotation->client, [pending](const StepResult &result) { pending.finish(result); });
        });
        return pending.future();
    }

    RotationPtr r;
    QString m_phase;
};

/** Reads the credentials Secret: resourceVersion and old password; draws the new password. */
class ReadSecretStep final : public RotationStep
{
public:
    explicit ReadSecretStep(RotationPtr rotation)
        : RotationStep(std::move(rotation), QStringLiteral("read-secret"))
    {
    }
    QString title() const override { return QCoreApplication::translate("Ops", "Read the Secret %1 of %2").arg(r->secretName, r->name()); }
    QString preview() const override
    {
        return QCoreApplication::translate("Ops", "Read the Secret %1 (key %2) and remember its resourceVersion; draw a new 32-character "
                     "password from the system's CSPRNG")
            .arg(r->secretName, r->passwordKey);
    }

    QFuture<StepResult> apply(const RunContext &context) override
    {
        Pending<StepResult> pending;
        if (!r->client) {
            pending.finish(StepResult::failure(QCoreApplication::translate("Ops", "%1: no cluster connection").arg(r->name())));
            return pending.future();
        }
        const RotationPtr rotation = r;
        const bool dryRun = context.dryRun;
        r->client->get(QStringLiteral("secrets"), r->login.namespaceName, r->secretName)
            .then(r->client, [rotation, pending, dryRun](const Kube::Response &response) {
                Rotation &rot = *rotation;
                if (!response.ok()) {
                    pending.finish(StepResult::failure(
                        QCoreApplication::translate("Ops", "%1: reading the Secret failed: %2").arg(rot.name(), response.error.message),
                        rot.baseFacts()));
                    return;
                }
                QByteArray value;
                const QString problem = secretValueOf(response.object, rot.passwordKey, &value);
                if (!problem.isEmpty() || value.isEmpty()) {
                    pending.finish(StepResult::failure(
                        QCoreApplication::translate("Ops", "%1: %2").arg(rot.name(),
                                            problem.isEmpty() ? QCoreApplication::translate("Ops", "the password in the Secret is empty") : problem),
                        rot.baseFacts()));
                    return;
                }
                rot.oldPassword = Core::Secret(value);
                Core::wipe(value);
                rot.readVersion = versionOf(response.object);
                rot.annotationKey = rotationAnnotationKey(response.object);
                const QJsonObject annotations = response.object.value(QStringLiteral("metadata"))
                                                    .toObject()
                                                    .value(QStringLiteral("annotations"))
                                                    .toObject();
                rot.oldAnnotation = annotations.contains(rot.annotationKey) ? annotations.value(rot.annotationKey)
                                                                            : QJsonValue(QJsonValue::Undefined);
                QString error;
                rot.newPassword = PasswordGenerator::generate(PasswordGenerator::defaultLength, &error);
                if (rot.newPassword.isEmpty()) {
                    pending.finish(StepResult::failure(QCoreApplication::translate("Ops", "%1: %2").arg(rot.name(), error), rot.baseFacts()));
                    return;
                }
                QJsonObject facts = rot.baseFacts();
                facts.insert(QStringLiteral("resourceVersion"), rot.readVersion);
                facts.insert(QStringLiteral("passwordKey"), rot.passwordKey);
                pending.finish(StepResult::success(
                    dryRun ? QCoreApplication::translate("Ops", "%1: the Secret %2 is readable (resourceVersion %3)")
                                 .arg(rot.name(), rot.secretName, rot.readVersion)
                           : QCoreApplication::translate("Ops", "%1: read the Secret %2 (resourceVersion %3)")
                                 .arg(rot.name(), rot.secretName, rot.readVersion),
                    facts));
            });
        return pending.future();
    }

    QJsonObject journalState() const override
    {
        return QJsonObject {{QStringLiteral("resourceVersion"), r->readVersion},
                            {QStringLiteral("annotationKey"), r->annotationKey},
                            {QStringLiteral("oldAnnotation"), r->oldAnnotation.isUndefined() ? QJsonValue()
                                                                                              : r->oldAnnotation}};
    }
    bool restoreJournalState(const QJsonObject &state) override
    {
        r->readVersion = state.value(QStringLiteral("resourceVersion")).toString();
        r->annotationKey = state.value(QStringLiteral("annotationKey")).toString();
        const QJsonValue old = state.value(QStringLiteral("oldAnnotation"));
        r->oldAnnotation = old.isNull() ? QJsonValue(QJsonValue::Undefined) : old;
        return !r->readVersion.isEmpty();
    }
};

/** Logs in with the current password: the datastore is reachable, verified and the Secret is right. */
class CheckLoginStep final : public RotationStep
{
public:
    explicit CheckLoginStep(RotationPtr rotation)
        : RotationStep(std::move(rotation), QStringLiteral("check-login"))
    {
    }
    QString title() const override
    {
        return QCoreApplication::translate("Ops", "Log into %1 with the current password (TLS verify-full)").arg(r->name());
    }

    QFuture<StepResult> apply(const RunContext &) override
    {
        return afterPasswords([this] { return applyNow(); });
    }

private:
    QFuture<StepResult> applyNow()
    {
        const RotationPtr rotation = r;
        return tryLogin(r->client, r->login, r->oldPassword, r->options.connectTimeoutMs)
            .then(r->client, [rotation](const QString &error) {
                if (!error.isEmpty())
                    return StepResult::failure(
                        QCoreApplication::translate("Ops", "%1: cannot log in with the password of its Secret: %2").arg(rotation->name(), error),
                        rotation->baseFacts());
                const QString user = rotation->login.user.isEmpty() ? QStringLiteral("default") : rotation->login.user;
                return StepResult::success(
                    QCoreApplication::translate("Ops", "%1: logged in as %2 over verified TLS").arg(rotation->name(), user),
                    rotation->baseFacts());
            });
    }
};

/** Writes the encrypted recovery record of the new password before anything changes. */
class RecoveryRecordStep final : public RotationStep
{
public:
    explicit RecoveryRecordStep(RotationPtr rotation)
        : RotationStep(std::move(rotation), QStringLiteral("recovery-record"))
    {
    }
    QString title() const override { return QCoreApplication::translate("Ops", "Write the encrypted recovery record of %1").arg(r->name()); }
    QString preview() const override
    {
        return QCoreApplication::translate("Ops", "Write the new password, encrypted with your recovery passphrase (OpenPGP, AES-256), to a "
                     "0600 file in %1; it is deleted once the Secret holds the new password")
            .arg(r->recordDirectory());
    }
    bool hasUndo() const override { return true; }

    QFuture<StepResult> apply(const RunContext &context) override
    {
        // A dry run needs no passphrase: it writes nothing.
        if (context.dryRun)
            return ready(StepResult::success(
                QCoreApplication::translate("Ops", "%1: would write the encrypted recovery record in %2").arg(r->name(), r->recordDirectory()),
                r->baseFacts()));
        if (r->options.recoveryPassphrase.isEmpty())
            return ready(StepResult::failure(
                QCoreApplication::translate("Ops", "%1: no recovery passphrase: the new password would exist only in memory").arg(r->name()),
                r->baseFacts()));
        return afterPasswords([this] { return writeRecord(); });
    }

    QJsonObject beginState() override
    {
        // Named in the journal before it exists: a crash in the middle of the write leaves a known path.
        r->plannedRecordPath = RecoveryRecord::newPath(r->recordDirectory(), QStringLiteral("rotate-password-") + r->name());
        return {{QStringLiteral("plannedRecord"), r->plannedRecordPath}};
    }

    QFuture<StepResult> writeRecord()
    {
        const RotationPtr rotation = r;
        if (r->plannedRecordPath.isEmpty())
            r->plannedRecordPath = RecoveryRecord::newPath(r->recordDirectory(), QStringLiteral("rotate-password-") + r->name());
        return RecoveryRecord::writeToAsync(r->plannedRecordPath, recordPlaintext(*r), r->options.recoveryPassphrase)
            .then(r->client, [rotation](const RecoveryRecord::Written &written) {
                if (!written.error.isEmpty())
                    return StepResult::failure(QCoreApplication::translate("Ops", "%1: %2").arg(rotation->name(), written.error),
                                               rotation->baseFacts());
                rotation->recordPath = written.path;
                QJsonObject facts = rotation->baseFacts();
                facts.insert(QStringLiteral("record"), written.path);
                return StepResult::success(
                    QCoreApplication::translate("Ops", "%1: recovery record written to %2").arg(rotation->name(), written.path), facts);
            });
    }

    QFuture<StepResult> undo(const RunContext &) override
    {
        if (r->recordPath.isEmpty() || !QFileInfo::exists(r->recordPath))
            return ready(StepResult::success(QCoreApplication::translate("Ops", "%1: no recovery record left").arg(r->name()), r->baseFacts()));
        QJsonObject facts = r->baseFacts();
        facts.insert(QStringLiteral("record"), r->recordPath);
        if (r->serverChanged || r->secretPatched)
            // Something was not put back: the record may hold the only copy of the password in use.
            return ready(StepResult::failure(
                QCoreApplication::translate("Ops", "%1: the recovery record is kept: the rollback is incomplete and it may hold the password "
                      "in use; %2")
                    .arg(r->name(), recordHint(r->recordPath)),
                facts));
        // Deleted only on a verified end state: the Secret holds the old password and it logs in.
        Pending<StepResult> pending;
        const RotationPtr rotation = r;
        recoverPasswords(r).then(r->client, [rotation, pending, facts](const QString &problem) {
            if (!problem.isEmpty()) {
                pending.finish(StepResult::failure(
                    QCoreApplication::translate("Ops", "%1: the recovery record is kept, the end state could not be checked (%2); %3")
                        .arg(rotation->name(), problem, recordHint(rotation->recordPath)),
                    facts));
                return;
            }
            proveRolledBack(rotation).then(rotation->client, [rotation, pending, facts](const QString &unproven) {
                Rotation &rot = *rotation;
                if (!unproven.isEmpty()) {
                    pending.finish(StepResult::failure(
                        QCoreApplication::translate("Ops", "%1: the recovery record is kept, the rollback could not be verified: %2; %3")
                            .arg(rot.name(), unproven, recordHint(rot.recordPath)),
                        facts));
                    return;
                }
                QString error;
                if (!RecoveryRecord::remove(rot.recordPath, &error)) {
                    pending.finish(StepResult::failure(QCoreApplication::translate("Ops", "%1: %2").arg(rot.name(), error), facts));
                    return;
                }
                rot.recordPath.clear();
                pending.finish(StepResult::success(
                    QCoreApplication::translate("Ops", "%1: the Secret holds the old password and it logs in; recovery record deleted")
                        .arg(rot.name()),
                    facts));
            });
        });
        return pending.future();
    }

    /** In doubt: the record was being written. It is there and opens (applied), or it is not there. */
    QFuture<Observation> observe(const RunContext &) override
    {
        const QString planned = r->plannedRecordPath;
        QJsonObject facts = r->baseFacts();
        facts.insert(QStringLiteral("record"), planned);
        if (planned.isEmpty() || !QFileInfo::exists(planned))
            return ready(Observation::notApplied(
                QCoreApplication::translate("Ops", "%1: no recovery record was written").arg(r->name()), facts));
        r->recordPath = planned;
        Pending<Observation> pending;
        const RotationPtr rotation = r;
        recoverPasswords(r).then(r->client, [rotation, pending, facts, planned](const QString &problem) {
            if (!problem.isEmpty()) {
                pending.finish(Observation::unknown(
                    QCoreApplication::translate("Ops", "%1: the recovery record %2 exists but cannot be opened: %3")
                        .arg(rotation->name(), planned, problem),
                    facts));
                return;
            }
            pending.finish(Observation::applied(
                QCoreApplication::translate("Ops", "%1: the recovery record %2 was written and opens").arg(rotation->name(), planned), facts));
        });
        return pending.future();
    }

    QJsonObject journalState() const override
    {
        return {{QStringLiteral("record"), r->recordPath}, {QStringLiteral("plannedRecord"), r->plannedRecordPath}};
    }
    bool restoreJournalState(const QJsonObject &state) override
    {
        if (state.contains(QStringLiteral("record")))
            r->recordPath = state.value(QStringLiteral("record")).toString();
        r->plannedRecordPath = state.value(QStringLiteral("plannedRecord")).toString(r->recordPath);
        return true;
    }
};

/** After a crash the passwords are not in memory: they come back from the recovery record. */
QFuture<QString> recoverPasswords(const RotationPtr &r)
{
    if (!r->oldPassword.isEmpty() && !r->newPassword.isEmpty())
        return QtFuture::makeReadyFuture(QString());
    if (r->recordPath.isEmpty())
        return QtFuture::makeReadyFuture(
            QCoreApplication::translate("Ops", "%1: the passwords are not known (no recovery record)").arg(r->name()));
    const QString path = r->recordPath;
    const Core::Secret passphrase = r->options.recoveryPassphrase;
    return QtConcurrent::run([path, passphrase] {
               QString error;
               Core::Secret plaintext = RecoveryRecord::read(path, passphrase, &error);
               return std::make_pair(plaintext, error);
           })
        .then(r->client, [r](const std::pair<Core::Secret, QString> &result) {
            if (!result.second.isEmpty())
                return result.second;
            const QJsonObject object = QJsonDocument::fromJson(result.first.reveal()).object();
            r->oldPassword = Core::Secret::fromUtf8(object.value(QStringLiteral("oldPassword")).toString());
            r->newPassword = Core::Secret::fromUtf8(object.value(QStringLiteral("newPassword")).toString());
            return r->oldPassword.isEmpty() || r->newPassword.isEmpty()
                       ? QCoreApplication::translate("Ops", "%1: the recovery record holds no passwords").arg(r->name())
                       : QString();
        });
}

/**
 * A run resumed after a crash has no password in memory. They come back from, in this order:
 *  - the Secret, once patch-secret is done (it holds the new password; the old one is gone by design);
 *  - the recovery record, once it was written (both passwords; needs the recovery passphrase);
 *  - nothing was changed yet: the Secret is read again (it must be the version read before the crash)
 *    and a new password is drawn, as read-secret does.
 */
QFuture<QString> ensurePasswords(const RotationPtr &r)
{
    if (!r->oldPassword.isEmpty() && !r->newPassword.isEmpty())
        return QtFuture::makeReadyFuture(QString());
    if (!r->recordPath.isEmpty() && QFileInfo::exists(r->recordPath))
        return recoverPasswords(r);
    if (!r->secretPatched && r->serverChanged)
        return QtFuture::makeReadyFuture(
            QCoreApplication::translate("Ops", "%1: the password on the server may have changed and its recovery record %2 is missing")
                .arg(r->name(), r->recordPath));
    if (!r->client)
        return QtFuture::makeReadyFuture(QCoreApplication::translate("Ops", "%1: no cluster connection").arg(r->name()));
    const RotationPtr rotation = r;
    return readSecretNow(r).then(r->client, [rotation](const SecretNow &now) {
        Rotation &rot = *rotation;
        if (!now.error.isEmpty())
            return now.error;
        if (now.password.isEmpty())
            return QCoreApplication::translate("Ops", "%1: %2").arg(rot.name(), QCoreApplication::translate("Ops", "the password in the Secret is empty"));
        if (rot.secretPatched) {
            // The Secret holds the new password; the old one is no longer known (nor needed going forward).
            rot.newPassword = now.password;
            return QString();
        }
        if (!rot.readVersion.isEmpty() && now.version != rot.readVersion)
            return QCoreApplication::translate("Ops", "%1: the Secret %2 changed since the interrupted run read it (resourceVersion "
                                                      "%3, now %4): stopped before changing anything")
                .arg(rot.name(), rot.secretName, rot.readVersion, now.version);
        rot.oldPassword = now.password;
        rot.readVersion = now.version;
        QString error;
        rot.newPassword = PasswordGenerator::generate(PasswordGenerator::defaultLength, &error);
        return rot.newPassword.isEmpty() ? QCoreApplication::translate("Ops", "%1: %2").arg(rot.name(), error) : QString();
    });
}

/** Re-checks the Secret's resourceVersion, then changes the password on the server. */
class AlterRoleStep final : public RotationStep
{
public:
    explicit AlterRoleStep(RotationPtr rotation)
        : RotationStep(std::move(rotation), QStringLiteral("alter-role"))
    {
    }
    QString title() const override
    {
        return r->isPostgres() ? QCoreApplication::translate("Ops", "Change the password of role %1 on %2").arg(r->login.user, r->name())
                               : QCoreApplication::translate("Ops", "Change the Redis password of %1").arg(r->name());
    }
    QString preview() const override
    {
        if (r->isPostgres())
            return QCoreApplication::translate("Ops", "Check that the Secret %1 is unchanged, then run on %2:\n"
                         "  ALTER ROLE %3 PASSWORD 'SCRAM-SHA-256$4096:<salt>$<stored key>:<server key>'\n"
                         "(the verifier is computed here; the password itself never reaches the server or its log)")
                .arg(r->secretName, r->name(), r->login.user);
        return isDefaultRedisUser(r->login.user)
                   ? QCoreApplication::translate("Ops", "Check that the Secret %1 is unchanged, then run on %2: CONFIG SET requirepass <new>")
                         .arg(r->secretName, r->name())
                   : QCoreApplication::translate("Ops", "Check that the Secret %1 is unchanged, then run on %2: ACL SETUSER %3 ><new> <<old>")
                         .arg(r->secretName, r->name(), r->login.user);
    }
    bool hasUndo() const override { return true; }

    QFuture<StepResult> apply(const RunContext &context) override
    {
        if (context.dryRun)
            return applyNow(context);
        return afterPasswords([this, context] { return applyNow(context); });
    }
    QFuture<StepResult> applyNow(const RunContext &context)
    {
        Pending<StepResult> pending;
        if (!r->client) {
            pending.finish(StepResult::failure(QCoreApplication::translate("Ops", "%1: no cluster connection").arg(r->name())));
            return pending.future();
        }
        const RotationPtr rotation = r;
        const bool dryRun = context.dryRun;
        // The precondition first: a Secret edited since it was read means someone else is at work.
        r->client->get(QStringLiteral("secrets"), r->login.namespaceName, r->secretName)
            .then(r->client, [rotation, pending, dryRun](const Kube::Response &response) {
                Rotation &rot = *rotation;
                QJsonObject facts = rot.baseFacts();
                if (!response.ok()) {
                    pending.finish(StepResult::failure(
                        QCoreApplication::translate("Ops", "%1: re-reading the Secret failed, the password was not changed: %2")
                            .arg(rot.name(), response.error.message),
                        facts));
                    return;
                }
                const QString now = versionOf(response.object);
                facts.insert(QStringLiteral("resourceVersion"), now);
                if (now != rot.readVersion) {
                    pending.finish(StepResult::failure(
                        QCoreApplication::translate("Ops", "%1: the Secret %2 changed since it was read (resourceVersion %3, now %4): stopped "
                              "before changing the password")
                            .arg(rot.name(), rot.secretName, rot.readVersion, now),
                        facts));
                    return;
                }
                if (dryRun) {
                    pending.finish(StepResult::success(
                        QCoreApplication::translate("Ops", "%1: the Secret is unchanged; would change the password on the server").arg(rot.name()),
                        facts));
                    return;
                }
                changePassword(rot.client, rot.login, rot.oldPassword, rot.newPassword, rot.options.connectTimeoutMs)
                    .then(rot.client, [rotation, pending, facts](const QString &error) {
                        if (!error.isEmpty()) {
                            pending.finish(StepResult::failure(error, facts));
                            return;
                        }
                        rotation->serverChanged = true;
                        pending.finish(StepResult::success(
                            rotation->isPostgres()
                                ? QCoreApplication::translate("Ops", "%1: role %2 now has the new password (SCRAM verifier sent, not the password)")
                                      .arg(rotation->name(), rotation->login.user)
                                : QCoreApplication::translate("Ops", "%1: Redis now requires the new password").arg(rotation->name()),
                            facts));
                    });
            });
        return pending.future();
    }

    QFuture<StepResult> verify(const RunContext &context) override
    {
        return afterPasswords([this, context] { return verifyNow(context); });
    }
    QFuture<StepResult> verifyNow(const RunContext &)
    {
        const RotationPtr rotation = r;
        return tryLogin(r->client, r->login, r->newPassword, r->options.connectTimeoutMs)
            .then(r->client, [rotation](const QString &error) {
                if (!error.isEmpty())
                    return StepResult::failure(
                        QCoreApplication::translate("Ops", "%1: the new password does not log in: %2").arg(rotation->name(), error),
                        rotation->baseFacts());
                return StepResult::success(QCoreApplication::translate("Ops", "%1: the new password logs in").arg(rotation->name()),
                                           rotation->baseFacts());
            });
    }

    /**
     * In doubt: the change may have reached the server before the crash. Logging in says which password the
     * server holds now: the new one (applied), the old one (not applied), or neither (unknown).
     */
    QFuture<Observation> observe(const RunContext &) override
    {
        Pending<Observation> pending;
        const RotationPtr rotation = r;
        recoverPasswords(r).then(r->client, [rotation, pending](const QString &problem) {
            Rotation &rot = *rotation;
            if (!problem.isEmpty()) {
                pending.finish(Observation::unknown(
                    QCoreApplication::translate("Ops", "%1: cannot tell whether the password changed on the server: %2; %3")
                        .arg(rot.name(), problem, recordHint(rot.recordPath)),
                    rot.baseFacts()));
                return;
            }
            tryLogin(rot.client, rot.login, rot.newPassword, rot.options.connectTimeoutMs)
                .then(rot.client, [rotation, pending](const QString &newError) {
                    Rotation &rot = *rotation;
                    if (newError.isEmpty()) {
                        rot.serverChanged = true;
                        pending.finish(Observation::applied(
                            QCoreApplication::translate("Ops", "%1: the new password logs in: the server applied the change").arg(rot.name()),
                            rot.baseFacts()));
                        return;
                    }
                    tryLogin(rot.client, rot.login, rot.oldPassword, rot.options.connectTimeoutMs)
                        .then(rot.client, [rotation, pending, newError](const QString &oldError) {
                            Rotation &rot = *rotation;
                            if (oldError.isEmpty()) {
                                pending.finish(Observation::notApplied(
                                    QCoreApplication::translate("Ops", "%1: the old password still logs in: the change did not happen").arg(rot.name()),
                                    rot.baseFacts()));
                                return;
                            }
                            pending.finish(Observation::unknown(
                                QCoreApplication::translate("Ops", "%1: neither password logs in (new: %2; old: %3); %4")
                                    .arg(rot.name(), newError, oldError, recordHint(rot.recordPath)),
                                rot.baseFacts()));
                        });
                });
        });
        return pending.future();
    }

    QFuture<StepResult> undo(const RunContext &) override
    {
        if (!r->serverChanged)
            return ready(StepResult::success(QCoreApplication::translate("Ops", "%1: the password on the server was not changed").arg(r->name()),
                                             r->baseFacts()));
        Pending<StepResult> pending;
        const RotationPtr rotation = r;
        recoverPasswords(r).then(r->client, [rotation, pending](const QString &problem) {
            Rotation &rot = *rotation;
            if (!problem.isEmpty()) {
                pending.finish(StepResult::failure(
                    QCoreApplication::translate("Ops", "%1: cannot put the old password back: %2").arg(rot.name(), problem), rot.baseFacts()));
                return;
            }
            changePassword(rot.client, rot.login, rot.newPassword, rot.oldPassword, rot.options.connectTimeoutMs)
                .then(rot.client, [rotation, pending](const QString &error) {
                    Rotation &rot = *rotation;
                    if (error.isEmpty()) {
                        rot.serverChanged = false;
                        pending.finish(StepResult::success(
                            rot.isPostgres()
                                ? QCoreApplication::translate("Ops", "%1: role %2 has its old password again (old verifier re-applied)")
                                      .arg(rot.name(), rot.login.user)
                                : QCoreApplication::translate("Ops", "%1: Redis requires the old password again").arg(rot.name()),
                            rot.baseFacts()));
                        return;
                    }
                    // The new password may never have taken: if the old one logs in, the server is as before.
                    tryLogin(rot.client, rot.login, rot.oldPassword, rot.options.connectTimeoutMs)
                        .then(rot.client, [rotation, pending, error](const QString &oldError) {
                            Rotation &rot = *rotation;
                            if (oldError.isEmpty()) {
                                rot.serverChanged = false;
                                pending.finish(StepResult::success(
                                    QCoreApplication::translate("Ops", "%1: the old password logs in: the server is as before").arg(rot.name()),
                                    rot.baseFacts()));
                                return;
                            }
                            pending.finish(StepResult::failure(
                                QCoreApplication::translate("Ops", "%1: the old password could not be put back: %2; the server still has the new "
                                      "password: %3")
                                    .arg(rot.name(), error, recordHint(rot.recordPath)),
                                rot.baseFacts()));
                        });
                });
        });
        return pending.future();
    }

    QJsonObject journalState() const override { return {{QStringLiteral("serverChanged"), r->serverChanged}}; }
    bool restoreJournalState(const QJsonObject &state) override
    {
        // After a crash the change may or may not have landed: assume it did, undo checks with a login.
        r->serverChanged = state.value(QStringLiteral("serverChanged")).toBool(true);
        return true;
    }
};

QString resourceForKind(const QString &kind)
{
    if (kind == u"StatefulSet")
        return QStringLiteral("statefulsets");
    if (kind == u"DaemonSet")
        return QStringLiteral("daemonsets");
    return QStringLiteral("deployments");
}

/** Restarts workloads one after the other and waits for each; the future holds the first error. */
struct RestartChain : std::enable_shared_from_this<RestartChain>
{
    RotationPtr r;
    QStringList workloads;
    QStringList *done = nullptr;
    Pending<QString> pending;

    void step(int index)
    {
        if (!r->client) {
            pending.finish(QCoreApplication::translate("Ops", "%1: no cluster connection").arg(r->name()));
            return;
        }
        if (index >= workloads.size()) {
            pending.finish(QString());
            return;
        }
        const QString workload = workloads.at(index);
        const QString name = workload.section(u'/', 1);
        const QString resource = resourceForKind(workload.section(u'/', 0, 0));
        auto self = shared_from_this();
        r->client->rolloutRestart(resource, r->login.namespaceName, name)
            .then(r->client, [self, index, workload, resource, name](const Kube::Response &response) {
                Rotation &rot = *self->r;
                if (!response.ok()) {
                    self->pending.finish(
                        QCoreApplication::translate("Ops", "%1: rollout restart of %2 failed: %3").arg(rot.name(), workload, response.error.message));
                    return;
                }
                if (self->done && !self->done->contains(workload))
                    self->done->append(workload);
                rot.client->waitForRollout(resource, rot.login.namespaceName, name, rot.options.rolloutTimeout)
                    .then(rot.client, [self, index, workload](const Kube::Response &status) {
                        if (!status.ok()) {
                            self->pending.finish(QCoreApplication::translate("Ops", "%1: %2 did not roll out: %3")
                                                     .arg(self->r->name(), workload, status.error.message));
                            return;
                        }
                        self->step(index + 1);
                    });
            });
    }
};

QFuture<QString> restartAll(const RotationPtr &r, const QStringList &workloads, QStringList *done)
{
    auto chain = std::make_shared<RestartChain>();
    chain->r = r;
    chain->workloads = workloads;
    chain->done = done;
    const QFuture<QString> future = chain->pending.future();
    chain->step(0);
    return future;
}

QJsonObject secretPatch(const QString &key, const Core::Secret &password, const QString &annotationKey,
                        const QJsonValue &annotation)
{
    QByteArray encoded = password.reveal().toBase64();
    QJsonObject patch {
        {QStringLiteral("data"), QJsonObject {{key, QString::fromLatin1(encoded)}}},
        {QStringLiteral("metadata"),
         QJsonObject {{QStringLiteral("annotations"),
                       QJsonObject {{annotationKey, annotation.isUndefined() ? QJsonValue() : annotation}}}}},
    };
    Core::wipe(encoded);
    return patch;
}

/** Patches the Secret with the new password (resourceVersion precondition) and the rotation time. */
class PatchSecretStep final : public RotationStep
{
public:
    explicit PatchSecretStep(RotationPtr rotation)
        : RotationStep(std::move(rotation), QStringLiteral("patch-secret"))
    {
    }
    QString title() const override { return QCoreApplication::translate("Ops", "Patch the Secret %1 of %2").arg(r->secretName, r->name()); }
    QString preview() const override
    {
        return QStringLiteral("PATCH secrets/%1 (application/merge-patch+json)\n"
                              "metadata:\n"
                              "  resourceVersion: \"%2\"  # %3\n"
                              "  annotations:\n"
                              "    %4: \"<now>\"\n"
                              "data:\n"
                              "  %5: <new password, base64>  # %6\n")
            .arg(r->secretName, r->readVersion.isEmpty() ? QStringLiteral("<as read>") : r->readVersion,
                 QCoreApplication::translate("Ops", "precondition: a concurrent edit aborts"),
                 r->annotationKey.isEmpty() ? kDefaultAnnotation : r->annotationKey, r->passwordKey,
                 QCoreApplication::translate("Ops", "elided"));
    }
    bool hasUndo() const override { return true; }

    QFuture<StepResult> apply(const RunContext &context) override
    {
        if (context.dryRun)
            return applyNow(context);
        return afterPasswords([this, context] { return applyNow(context); });
    }
    QFuture<StepResult> applyNow(const RunContext &context)
    {
        Pending<StepResult> pending;
        if (!r->client) {
            pending.finish(StepResult::failure(QCoreApplication::translate("Ops", "%1: no cluster connection").arg(r->name())));
            return pending.future();
        }
        const RotationPtr rotation = r;
        if (context.dryRun) {
            r->client->get(QStringLiteral("secrets"), r->login.namespaceName, r->secretName)
                .then(r->client, [rotation, pending](const Kube::Response &response) {
                    const bool same = response.ok() && versionOf(response.object) == rotation->readVersion;
                    pending.finish(same ? StepResult::success(QCoreApplication::translate("Ops", "%1: would patch the Secret %2 (resourceVersion "
                                                                    "%3) and annotate %4")
                                                                  .arg(rotation->name(), rotation->secretName,
                                                                       rotation->readVersion, rotation->annotationKey),
                                                              rotation->baseFacts())
                                        : StepResult::failure(
                                            QCoreApplication::translate("Ops", "%1: the Secret %2 changed or cannot be read: %3")
                                                .arg(rotation->name(), rotation->secretName,
                                                     response.ok() ? versionOf(response.object)
                                                                   : response.error.message),
                                            rotation->baseFacts()));
                });
            return pending.future();
        }
        const QString when = Kube::rfc3339(Core::Clock::currentDateTimeUtc());
        r->client
            ->patch(QStringLiteral("secrets"), r->login.namespaceName, r->secretName,
                    secretPatch(r->passwordKey, r->newPassword, r->annotationKey, QJsonValue(when)),
                    Kube::KubeClient::PatchType::Merge, r->readVersion)
            .then(r->client, [rotation, pending, when](const Kube::Response &response) {
                Rotation &rot = *rotation;
                QJsonObject facts = rot.baseFacts();
                if (!response.ok()) {
                    facts.insert(QStringLiteral("httpStatus"), response.httpStatus);
                    pending.finish(StepResult::failure(
                        response.error.kind == Kube::ApiError::Kind::Conflict
                            ? QCoreApplication::translate("Ops", "%1: the Secret %2 was changed by someone else (409 Conflict): not patched")
                                  .arg(rot.name(), rot.secretName)
                            : QCoreApplication::translate("Ops", "%1: patching the Secret failed: %2").arg(rot.name(), response.error.message),
                        facts));
                    return;
                }
                rot.secretPatched = true;
                rot.patchedVersion = versionOf(response.object);
                facts.insert(QStringLiteral("resourceVersion"), rot.patchedVersion);
                facts.insert(QStringLiteral("rotatedAt"), when);
                facts.insert(QStringLiteral("annotation"), rot.annotationKey);
                // The recovery record stays until the new password is verified (verify-login).
                pending.finish(StepResult::success(QCoreApplication::translate("Ops", "%1: the Secret %2 holds the new password (resourceVersion "
                                                         "%3), annotated %4=%5")
                                                           .arg(rot.name(), rot.secretName, rot.patchedVersion,
                                                                rot.annotationKey, when),
                                                   facts));
            });
        return pending.future();
    }

    /** In doubt: the PATCH may have been applied. The Secret says which password it holds now. */
    QFuture<Observation> observe(const RunContext &) override
    {
        Pending<Observation> pending;
        const RotationPtr rotation = r;
        recoverPasswords(r).then(r->client, [rotation, pending](const QString &problem) {
            if (!problem.isEmpty()) {
                pending.finish(Observation::unknown(
                    QCoreApplication::translate("Ops", "%1: cannot tell whether the Secret was patched: %2; %3")
                        .arg(rotation->name(), problem, recordHint(rotation->recordPath)),
                    rotation->baseFacts()));
                return;
            }
            readSecretNow(rotation).then(rotation->client, [rotation, pending](const SecretNow &now) {
                Rotation &rot = *rotation;
                QJsonObject facts = rot.baseFacts();
                facts.insert(QStringLiteral("resourceVersion"), now.version);
                if (!now.error.isEmpty()) {
                    pending.finish(Observation::unknown(now.error, facts));
                } else if (samePassword(now.password, rot.newPassword)) {
                    rot.secretPatched = true;
                    rot.patchedVersion = now.version;
                    pending.finish(Observation::applied(
                        QCoreApplication::translate("Ops", "%1: the Secret %2 holds the new password: the patch was applied")
                            .arg(rot.name(), rot.secretName),
                        facts));
                } else if (samePassword(now.password, rot.oldPassword)) {
                    pending.finish(Observation::notApplied(
                        QCoreApplication::translate("Ops", "%1: the Secret %2 still holds the old password: the patch did not happen")
                            .arg(rot.name(), rot.secretName),
                        facts));
                } else {
                    pending.finish(Observation::unknown(
                        QCoreApplication::translate("Ops", "%1: the Secret %2 holds neither the old nor the new password: someone else "
                                                           "changed it; %3")
                            .arg(rot.name(), rot.secretName, recordHint(rot.recordPath)),
                        facts));
                }
            });
        });
        return pending.future();
    }

    QFuture<StepResult> undo(const RunContext &) override
    {
        if (!r->secretPatched)
            return ready(StepResult::success(QCoreApplication::translate("Ops", "%1: the Secret was not changed").arg(r->name()), r->baseFacts()));
        Pending<StepResult> pending;
        const RotationPtr rotation = r;
        recoverPasswords(r).then(r->client, [rotation, pending](const QString &problem) {
            Rotation &rot = *rotation;
            if (!problem.isEmpty()) {
                pending.finish(StepResult::failure(
                    QCoreApplication::translate("Ops", "%1: cannot restore the Secret: %2").arg(rot.name(), problem), rot.baseFacts()));
                return;
            }
            // Until the server is back on the old password, the new one must not exist only in memory.
            auto restore = [rotation, pending] {
                Rotation &rot = *rotation;
                rot.client
                    ->patch(QStringLiteral("secrets"), rot.login.namespaceName, rot.secretName,
                            secretPatch(rot.passwordKey, rot.oldPassword, rot.annotationKey, rot.oldAnnotation),
                            Kube::KubeClient::PatchType::Merge, rot.patchedVersion)
                    .then(rot.client, [rotation, pending](const Kube::Response &response) {
                        Rotation &rot = *rotation;
                        QJsonObject facts = rot.baseFacts();
                        if (!response.ok()) {
                            pending.finish(StepResult::failure(
                                QCoreApplication::translate("Ops", "%1: restoring the Secret %2 failed: %3; it still holds the new password")
                                    .arg(rot.name(), rot.secretName, response.error.message),
                                facts));
                            return;
                        }
                        rot.secretPatched = false;
                        facts.insert(QStringLiteral("resourceVersion"), versionOf(response.object));
                        const QString restored
                            = QCoreApplication::translate("Ops", "%1: the Secret %2 holds the old password again").arg(rot.name(), rot.secretName);
                        if (rot.restarted.isEmpty()) {
                            pending.finish(StepResult::success(restored, facts));
                            return;
                        }
                        // The workloads restarted with the new password: once more, now that the Secret is back.
                        const QStringList again = rot.restarted;
                        facts.insert(QStringLiteral("restartedAgain"), QJsonArray::fromStringList(again));
                        restartAll(rotation, again, nullptr)
                            .then(rot.client, [rotation, pending, facts, restored, again](const QString &error) {
                                if (!error.isEmpty()) {
                                    pending.finish(StepResult::failure(restored + QStringLiteral("; ") + error, facts));
                                    return;
                                }
                                rotation->restarted.clear();
                                pending.finish(StepResult::success(
                                    restored + QStringLiteral("; ")
                                        + QCoreApplication::translate("Ops", "restarted %1 again").arg(again.join(QStringLiteral(", "))),
                                    facts));
                            });
                    });
            };
            if (!rot.serverChanged || !rot.recordPath.isEmpty() || rot.options.recoveryPassphrase.isEmpty()) {
                restore();
                return;
            }
            RecoveryRecord::writeAsync(rot.recordDirectory(), QStringLiteral("rotate-password-") + rot.name(),
                                       recordPlaintext(rot), rot.options.recoveryPassphrase)
                .then(rot.client, [rotation, pending, restore](const RecoveryRecord::Written &written) {
                    if (!written.error.isEmpty()) {
                        pending.finish(StepResult::failure(
                            QCoreApplication::translate("Ops", "%1: the Secret is left with the new password: %2")
                                .arg(rotation->name(), written.error),
                            rotation->baseFacts()));
                        return;
                    }
                    rotation->recordPath = written.path;
                    restore();
                });
        });
        return pending.future();
    }

    QJsonObject journalState() const override
    {
        return {{QStringLiteral("secretPatched"), r->secretPatched},
                {QStringLiteral("resourceVersion"), r->patchedVersion}};
    }
    bool restoreJournalState(const QJsonObject &state) override
    {
        r->secretPatched = state.value(QStringLiteral("secretPatched")).toBool();
        r->patchedVersion = state.value(QStringLiteral("resourceVersion")).toString();
        return true;
    }
};

/** Rollout restart of the workloads that read the Secret, so they pick up the new password. */
class RestartStep final : public RotationStep
{
public:
    explicit RestartStep(RotationPtr rotation)
        : RotationStep(std::move(rotation), QStringLiteral("restart"))
    {
    }
    QString title() const override
    {
        return QCoreApplication::translate("Ops", "Restart the workloads that use the Secret %1 (%2)")
            .arg(r->secretName, r->consumers.isEmpty() ? QCoreApplication::translate("Ops", "none") : r->consumers.join(QStringLiteral(", ")));
    }
    // No undo of its own: the workloads must restart again after the Secret is restored, so the Secret's
    // undo does it (this step's undo would run first, while the Secret still holds the new password).
    bool hasUndo() const override { return false; }

    QFuture<StepResult> apply(const RunContext &context) override
    {
        QJsonObject facts = r->baseFacts();
        facts.insert(QStringLiteral("workloads"), QJsonArray::fromStringList(r->consumers));
        if (r->consumers.isEmpty())
            return ready(StepResult::success(
                QCoreApplication::translate("Ops", "%1: no workload uses the Secret %2: nothing to restart").arg(r->name(), r->secretName), facts));
        if (context.dryRun)
            return ready(StepResult::success(QCoreApplication::translate("Ops", "%1: would restart %2 and wait for the rollout")
                                                 .arg(r->name(), r->consumers.join(QStringLiteral(", "))),
                                             facts));
        const RotationPtr rotation = r;
        return restartAll(r, r->consumers, &r->restarted).then(r->client, [rotation, facts](const QString &error) {
            if (!error.isEmpty())
                return StepResult::failure(error, facts);
            return StepResult::success(QCoreApplication::translate("Ops", "%1: restarted %2, rollout complete")
                                           .arg(rotation->name(), rotation->consumers.join(QStringLiteral(", "))),
                                       facts);
        });
    }

    QJsonObject journalState() const override
    {
        return {{QStringLiteral("restarted"), QJsonArray::fromStringList(r->restarted)}};
    }
    bool restoreJournalState(const QJsonObject &state) override
    {
        r->restarted.clear();
        for (const QJsonValue &value : state.value(QStringLiteral("restarted")).toArray())
            r->restarted << value.toString();
        return true;
    }
};

/** The end: a real login with the new password over verify-full. */
class VerifyLoginStep final : public RotationStep
{
public:
    explicit VerifyLoginStep(RotationPtr rotation)
        : RotationStep(std::move(rotation), QStringLiteral("verify-login"))
    {
    }
    QString title() const override
    {
        return QCoreApplication::translate("Ops", "Log into %1 with the new password (TLS verify-full)").arg(r->name());
    }

    QFuture<StepResult> apply(const RunContext &context) override
    {
        if (context.dryRun)
            return applyNow(context);
        return afterPasswords([this, context] { return applyNow(context); });
    }
    QFuture<StepResult> applyNow(const RunContext &context)
    {
        if (context.dryRun)
            return ready(
                StepResult::success(QCoreApplication::translate("Ops", "%1: would log in with the new password").arg(r->name()), r->baseFacts()));
        Pending<StepResult> pending;
        const RotationPtr rotation = r;
        tryLogin(r->client, r->login, r->newPassword, r->options.connectTimeoutMs)
            .then(r->client, [rotation, pending](const QString &error) {
                Rotation &rot = *rotation;
                if (!error.isEmpty()) {
                    pending.finish(StepResult::failure(
                        QCoreApplication::translate("Ops", "%1: the new password does not log in: %2").arg(rot.name(), error), rot.baseFacts()));
                    return;
                }
                tryLogin(rot.client, rot.login, rot.oldPassword, rot.options.connectTimeoutMs)
                    .then(rot.client, [rotation, pending](const QString &oldError) {
                        readSecretNow(rotation).then(rotation->client, [rotation, pending, oldError](const SecretNow &now) {
                        Rotation &rot = *rotation;
                        QJsonObject facts = rot.baseFacts();
                        facts.insert(QStringLiteral("oldPasswordRefused"), !oldError.isEmpty());
                        // The end state is verified only when the Secret holds the password that logged in.
                        if (!now.error.isEmpty() || !samePassword(now.password, rot.newPassword)) {
                            pending.finish(StepResult::failure(
                                (now.error.isEmpty() ? QCoreApplication::translate("Ops", "%1: the Secret %2 does not hold the new password")
                                                           .arg(rot.name(), rot.secretName)
                                                     : now.error)
                                    + QStringLiteral("; ") + recordHint(rot.recordPath),
                                facts));
                            return;
                        }
                        QString removeError;
                        if (!rot.recordPath.isEmpty() && RecoveryRecord::remove(rot.recordPath, &removeError))
                            rot.recordPath.clear();
                        if (!removeError.isEmpty())
                            facts.insert(QStringLiteral("recordLeft"), removeError);
                        pending.finish(StepResult::success(
                            oldError.isEmpty()
                                ? QCoreApplication::translate("Ops", "%1: the new password logs in (the old one still does too: check pg_hba.conf "
                                        "for trust)")
                                      .arg(rot.name())
                                : QCoreApplication::translate("Ops", "%1: the new password logs in over verified TLS; the old one is refused")
                                      .arg(rot.name()),
                            facts));
                        });
                    });
            });
        return pending.future();
    }
};

} // namespace

QString rotationAnnotationKey(const QJsonObject &secret)
{
    const QJsonObject annotations
        = secret.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("annotations")).toObject();
    // The inventory (and so the 90-day rule) reads any annotation whose key speaks of rotation: keep the
    // Secret's own key when it has one, so there is never a second, contradicting date.
    for (auto it = annotations.begin(); it != annotations.end(); ++it) {
        if (it.key().contains(QStringLiteral("rotat"), Qt::CaseInsensitive))
            return it.key();
    }
    return kDefaultAnnotation;
}

QStringList workloadsUsingSecret(const Fleet::ClusterObjects &objects, const QString &secretName,
                                 const QString &exceptWorkload)
{
    QStringList found;
    auto scan = [&](const QString &kind, const QList<QJsonObject> &list) {
        for (const QJsonObject &workload : list) {
            const QString name = workload.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("name")).toString();
            if (name == exceptWorkload)
                continue;
            const QJsonObject podSpec = workload.value(QStringLiteral("spec"))
                                            .toObject()
                                            .value(QStringLiteral("template"))
                                            .toObject()
                                            .value(QStringLiteral("spec"))
                                            .toObject();
            bool uses = false;
            for (const char *containersKey : {"containers", "initContainers"}) {
                for (const QJsonValue &c : podSpec.value(QLatin1String(containersKey)).toArray()) {
                    const QJsonObject container = c.toObject();
                    for (const QJsonValue &e : container.value(QStringLiteral("env")).toArray()) {
                        const QJsonObject ref = e.toObject()
                                                    .value(QStringLiteral("valueFrom"))
                                                    .toObject()
                                                    .value(QStringLiteral("secretKeyRef"))
                                                    .toObject();
                        uses = uses || ref.value(QStringLiteral("name")).toString() == secretName;
                    }
                    for (const QJsonValue &f : container.value(QStringLiteral("envFrom")).toArray()) {
                        const QJsonObject ref = f.toObject().value(QStringLiteral("secretRef")).toObject();
                        uses = uses || ref.value(QStringLiteral("name")).toString() == secretName;
                    }
                }
            }
            for (const QJsonValue &v : podSpec.value(QStringLiteral("volumes")).toArray()) {
                const QJsonObject volume = v.toObject();
                uses = uses
                       || volume.value(QStringLiteral("secret")).toObject().value(QStringLiteral("secretName")).toString()
                              == secretName;
                for (const QJsonValue &s : volume.value(QStringLiteral("projected"))
                                               .toObject()
                                               .value(QStringLiteral("sources"))
                                               .toArray()) {
                    uses = uses
                           || s.toObject().value(QStringLiteral("secret")).toObject().value(QStringLiteral("name")).toString()
                                  == secretName;
                }
            }
            if (uses)
                found << kind + u'/' + name;
        }
    };
    scan(QStringLiteral("Deployment"), objects.deployments);
    scan(QStringLiteral("StatefulSet"), objects.statefulSets);
    found.sort();
    return found;
}

namespace {

LoginTarget loginOf(const Fleet::ScanTarget &target)
{
    LoginTarget login;
    login.name = target.name;
    login.kind = target.kind;
    login.namespaceName = target.namespaceName;
    login.pod = target.pod;
    login.podPort = target.podPort;
    login.serverName = target.serverName;
    login.caPem = target.caPem;
    login.user = target.user;
    login.database = target.database.isEmpty() && target.kind == Fleet::Kind::PostgreSQL ? QStringLiteral("postgres")
                                                                                         : target.database;
    return login;
}

} // namespace

std::optional<LoginTarget> loginTargetFor(const Fleet::InventoryResult &inventory, const QString &name)
{
    for (const Fleet::ScanTarget &target : Fleet::targetsFromInventory(inventory)) {
        if (target.name == name)
            return loginOf(target);
    }
    return std::nullopt;
}

RotationPlan buildPasswordRotation(Kube::KubeClient *client, const Fleet::InventoryResult &inventory,
                                   const RotationOptions &options)
{
    RotationPlan result;
    const QString namespaceName = options.namespaceName.isEmpty() ? inventory.objects.namespaceName
                                                                  : options.namespaceName;
    QList<Fleet::ScanTarget> targets = Fleet::targetsFromInventory(inventory);
    QStringList wanted = options.datastores;
    for (const QString &name : std::as_const(wanted)) {
        bool known = false;
        for (const Fleet::Datastore &store : inventory.datastores)
            known = known || store.name == name;
        if (!known) {
            result.error = QCoreApplication::translate("Ops", "no datastore named %1 in namespace %2").arg(name, namespaceName);
            return result;
        }
    }
    if (wanted.isEmpty() && !options.all) {
        result.error = QCoreApplication::translate("Ops", "name the datastores to rotate, or ask for all of them");
        return result;
    }

    QList<RotationPtr> rotations;
    for (const Fleet::ScanTarget &target : std::as_const(targets)) {
        if (!target.k8s || (!options.all && !wanted.contains(target.name)))
            continue;
        const Fleet::Datastore &store = *target.k8s;
        if (store.kind == Fleet::Kind::RabbitMQ) {
            result.skipped << QCoreApplication::translate("Ops", "%1: RabbitMQ passwords are not rotated by this version").arg(store.name);
            continue;
        }
        if (store.credentialsSecretName.isEmpty() || store.passwordKey.isEmpty()) {
            result.skipped << QCoreApplication::translate("Ops", "%1: no credentials Secret found in its workload").arg(store.name);
            continue;
        }
        if (target.pod.isEmpty()) {
            result.skipped << QCoreApplication::translate("Ops", "%1: no pod to connect to").arg(store.name);
            continue;
        }
        auto rotation = std::make_shared<Rotation>();
        rotation->client = client;
        rotation->login = loginOf(target);
        rotation->login.namespaceName = namespaceName;
        rotation->secretName = store.credentialsSecretName;
        rotation->passwordKey = store.passwordKey;
        rotation->consumers = workloadsUsingSecret(inventory.objects, store.credentialsSecretName, store.workloadName);
        rotation->options = options;
        rotation->options.datastores.clear();
        rotations << rotation;
        result.datastores << store.name;
    }
    if (rotations.isEmpty()) {
        result.error = result.skipped.isEmpty()
                           ? QCoreApplication::translate("Ops", "no PostgreSQL or Redis to rotate in namespace %1").arg(namespaceName)
                           : QCoreApplication::translate("Ops", "nothing to rotate: %1").arg(result.skipped.join(QStringLiteral("; ")));
        return result;
    }
    const QJsonObject parameters {
        {QStringLiteral("namespace"), namespaceName},
        {QStringLiteral("datastores"), QJsonArray::fromStringList(result.datastores)},
        {QStringLiteral("recoveryDirectory"), rotations.first()->recordDirectory()},
    };
    result.plan = std::make_unique<Plan>(
        QStringLiteral("rotate-password"),
        QCoreApplication::translate("Ops", "Rotate the passwords of %1").arg(result.datastores.join(QStringLiteral(", "))), parameters);
    for (const RotationPtr &rotation : std::as_const(rotations)) {
        result.plan->addStep(std::make_unique<ReadSecretStep>(rotation));
        result.plan->addStep(std::make_unique<CheckLoginStep>(rotation));
        result.plan->addStep(std::make_unique<RecoveryRecordStep>(rotation));
        result.plan->addStep(std::make_unique<AlterRoleStep>(rotation));
        result.plan->addStep(std::make_unique<PatchSecretStep>(rotation));
        result.plan->addStep(std::make_unique<RestartStep>(rotation));
        result.plan->addStep(std::make_unique<VerifyLoginStep>(rotation));
    }
    return result;
}

} // namespace Ops
