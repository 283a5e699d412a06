// SPDX-License-Identifier: GPL-3.0-or-later
// The steps of a password rotation: read-secret, check-login, recovery-record, alter-role, patch-secret, restart,
// verify-login.
#include "ops/rotationsteps.h"

#include "core/clock.h"
#include "kube/kubeclient.h"
#include "ops/passwordgenerator.h"
#include "ops/patchsecretstep.h"
#include "ops/recoveryrecord.h"
#include "ops/restartworkloadsstep.h"
#include "ops/rotationlogin.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <functional>

namespace Ops::RotationSteps {

namespace {

using RotationLogin::changePassword;
using RotationLogin::isDefaultRedisUser;

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
            pending.finish(StepResult::failure(r->noConnection()));
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

    /** Reads the credentials Secret and hands it, with the step's promise, to @p next (on the client's thread). */
    QFuture<StepResult> withSecret(std::function<void(const Kube::Response &response, const Pending<StepResult> &pending)> next)
    {
        Pending<StepResult> pending;
        if (!r->client) {
            pending.finish(StepResult::failure(r->noConnection()));
            return pending.future();
        }
        r->client->get(QStringLiteral("secrets"), r->login.namespaceName, r->secretName)
            .then(r->client, [pending, next](const Kube::Response &response) { next(response, pending); });
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
        const RotationPtr rotation = r;
        const bool dryRun = context.dryRun;
        return withSecret([rotation, dryRun](const Kube::Response &response, const Pending<StepResult> &pending) {
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
            rot.readVersion = resourceVersionOf(response.object);
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
        const RotationPtr rotation = r;
        const bool dryRun = context.dryRun;
        // The precondition first: a Secret edited since it was read means someone else is at work.
        return withSecret([rotation, dryRun](const Kube::Response &response, const Pending<StepResult> &pending) {
            Rotation &rot = *rotation;
            QJsonObject facts = rot.baseFacts();
            if (!response.ok()) {
                pending.finish(StepResult::failure(
                    QCoreApplication::translate("Ops", "%1: re-reading the Secret failed, the password was not changed: %2")
                        .arg(rot.name(), response.error.message),
                    facts));
                return;
            }
            const QString now = resourceVersionOf(response.object);
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

/**
 * Patches the Secret with the new password (resourceVersion precondition) and the rotation time. Undo puts the
 * old password and annotation back and restarts the consumers that restarted with the new one.
 */
class PasswordSecretPatchStep final : public PatchSecretStep
{
public:
    explicit PasswordSecretPatchStep(RotationPtr rotation)
        : PatchSecretStep(rotation->client, rotation->login.namespaceName, rotation->secretName, rotation->options.rolloutTimeout)
        , r(std::move(rotation))
    {
    }
    QString id() const override { return QStringLiteral("patch-secret/") + r->name(); }
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
                 r->annotationKey.isEmpty() ? defaultAnnotation() : r->annotationKey, r->passwordKey,
                 QCoreApplication::translate("Ops", "elided"));
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

protected:
    QFuture<QString> prepare(Phase phase) override
    {
        if (phase == Phase::Apply)
            return ensurePasswords(r);
        if (phase == Phase::Observe)
            return recoverPasswords(r);
        // Undo: until the server is back on the old password, the new one must not exist only in memory.
        const RotationPtr rotation = r;
        Pending<QString> pending;
        recoverPasswords(r).then(r->client, [rotation, pending](const QString &problem) {
            Rotation &rot = *rotation;
            if (!problem.isEmpty() || !rot.serverChanged || !rot.recordPath.isEmpty() || rot.options.recoveryPassphrase.isEmpty()) {
                pending.finish(problem);
                return;
            }
            RecoveryRecord::writeAsync(rot.recordDirectory(), QStringLiteral("rotate-password-") + rot.name(), recordPlaintext(rot),
                                       rot.options.recoveryPassphrase)
                .then(rot.client, [rotation, pending](const RecoveryRecord::Written &written) {
                    if (!written.error.isEmpty()) {
                        pending.finish(QCoreApplication::translate("Ops", "the Secret is left with the new password: %1").arg(written.error));
                        return;
                    }
                    rotation->recordPath = written.path;
                    pending.finish(QString());
                });
        });
        return pending.future();
    }

    QString expectedVersion() const override { return r->readVersion; }
    QJsonObject changePatch(const QJsonObject &) override
    {
        m_when = Kube::rfc3339(Core::Clock::currentDateTimeUtc());
        return secretPatch(r->passwordKey, r->newPassword, r->annotationKey, QJsonValue(m_when));
    }
    void changed(const QString &resourceVersion, const QJsonObject &) override
    {
        r->secretPatched = true;
        r->patchedVersion = resourceVersion;
    }
    QString changedVersion() const override { return r->secretPatched ? r->patchedVersion : QString(); }
    QJsonObject restorePatch(QString *) override
    {
        return secretPatch(r->passwordKey, r->oldPassword, r->annotationKey, r->oldAnnotation);
    }
    void restored(const QString &) override { r->secretPatched = false; }
    QStringList restartAfterUndo() const override { return *r->restarted; }
    void restartedAfterUndo() override { r->restarted->clear(); }

    /** In doubt: the PATCH may have been applied. The Secret says which password it holds now. */
    Observation classify(const QJsonObject &secret) override
    {
        Rotation &rot = *r;
        QJsonObject facts = rot.baseFacts();
        const QString version = resourceVersionOf(secret);
        facts.insert(QStringLiteral("resourceVersion"), version);
        QByteArray value;
        const QString problem = secretValueOf(secret, rot.passwordKey, &value);
        const Core::Secret password(value);
        Core::wipe(value);
        if (!problem.isEmpty())
            return Observation::unknown(QCoreApplication::translate("Ops", "%1: %2").arg(rot.name(), problem), facts);
        if (samePassword(password, rot.newPassword)) {
            rot.secretPatched = true;
            rot.patchedVersion = version;
            return Observation::applied(
                QCoreApplication::translate("Ops", "%1: the Secret %2 holds the new password: the patch was applied").arg(rot.name(), rot.secretName),
                facts);
        }
        if (samePassword(password, rot.oldPassword))
            return Observation::notApplied(
                QCoreApplication::translate("Ops", "%1: the Secret %2 still holds the old password: the patch did not happen").arg(rot.name(), rot.secretName),
                facts);
        return Observation::unknown(QCoreApplication::translate("Ops", "%1: the Secret %2 holds neither the old nor the new password: someone else "
                                                                       "changed it; %3")
                                        .arg(rot.name(), rot.secretName, recordHint(rot.recordPath)),
                                    facts);
    }

    QString subject() const override { return r->name(); }
    QJsonObject baseFacts() const override { return r->baseFacts(); }
    QString appliedMessage(const QString &resourceVersion) const override
    {
        // The recovery record stays until the new password is verified (verify-login).
        return QCoreApplication::translate("Ops", "%1: the Secret %2 holds the new password (resourceVersion %3), annotated %4=%5")
            .arg(r->name(), r->secretName, resourceVersion, r->annotationKey, m_when);
    }
    void addAppliedFacts(QJsonObject *facts) const override
    {
        facts->insert(QStringLiteral("resourceVersion"), r->patchedVersion);
        facts->insert(QStringLiteral("rotatedAt"), m_when);
        facts->insert(QStringLiteral("annotation"), r->annotationKey);
    }
    QString restoreHint() const override { return r->recordPath.isEmpty() ? QString() : recordHint(r->recordPath); }

private:
    RotationPtr r;
    QString m_when;
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

/** Rollout restart of the workloads that read the Secret, so they pick up the new password. */
std::unique_ptr<Step> makeConsumersRestartStep(const RotationPtr &r)
{
    RestartWorkloadsStep::Settings settings;
    settings.id = QStringLiteral("restart/") + r->name();
    settings.title = QCoreApplication::translate("Ops", "Restart the workloads that use the Secret %1 (%2)")
                         .arg(r->secretName, r->consumers.isEmpty() ? QCoreApplication::translate("Ops", "none") : r->consumers.join(QStringLiteral(", ")));
    settings.subject = r->name();
    settings.namespaceName = r->login.namespaceName;
    settings.workloads = r->consumers;
    settings.timeout = r->options.rolloutTimeout;
    // No undo of its own: the workloads must restart again after the Secret is restored, so the Secret's
    // undo does it (this step's undo would run first, while the Secret still holds the new password).
    settings.undo = RestartWorkloadsStep::Undo::Nothing;
    return std::make_unique<RestartWorkloadsStep>(r->client, std::move(settings), r->restarted);
}

} // namespace

void addSteps(Plan *plan, const RotationPtr &r)
{
    plan->addStep(std::make_unique<ReadSecretStep>(r));
    plan->addStep(std::make_unique<CheckLoginStep>(r));
    plan->addStep(std::make_unique<RecoveryRecordStep>(r));
    plan->addStep(std::make_unique<AlterRoleStep>(r));
    plan->addStep(std::make_unique<PasswordSecretPatchStep>(r));
    plan->addStep(makeConsumersRestartStep(r));
    plan->addStep(std::make_unique<VerifyLoginStep>(r));
}

} // namespace Ops::RotationSteps
