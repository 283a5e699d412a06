// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to the password rotation (ops/passwordrotation.cpp): the state of one datastore's rotation, the helpers
// that read its Secret and bring its passwords back after a crash (ops/rotationstate.cpp), and its steps
// (ops/rotationsteps.cpp).
#pragma once

#include "core/secret.h"
#include "kube/kubeclient.h"
#include "ops/passwordrotation.h"
#include "ops/plan.h"
#include "ops/recoveryrecord.h"

#include <QFuture>
#include <QJsonObject>
#include <QJsonValue>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <memory>

namespace Ops::RotationSteps {

/** The annotation a Secret gets when it has none that speaks of rotation. */
QString defaultAnnotation();

/** The shared state of one datastore's rotation: what its steps read, change and put back. */
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
    /** The consumers restarted (by restart/<datastore>): patch-secret's undo restarts them again. */
    std::shared_ptr<QStringList> restarted = std::make_shared<QStringList>();

    QString name() const { return login.name; }
    /** "auth-db: no cluster connection", for people. */
    QString noConnection() const;
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

/** The value under @p key of a Secret's data (decoded) in @p value; or why there is none. */
QString secretValueOf(const QJsonObject &secret, const QString &key, QByteArray *value);
/** The recovery record's plaintext: the datastore, the Secret, the new and the old password. */
Core::Secret recordPlaintext(const Rotation &r);
/** How to finish by hand from a recovery record, for people. */
QString recordHint(const QString &path);

/** The password the credentials Secret holds now, and its resourceVersion; or why it could not be read. */
struct SecretNow
{
    QString error;
    Core::Secret password;
    QString version;
};
QFuture<SecretNow> readSecretNow(const RotationPtr &r);
/** The same non-empty password, compared in constant time. */
bool samePassword(const Core::Secret &a, const Core::Secret &b);
/**
 * The verified end state a rollback must prove before the recovery record may go: the Secret holds the old
 * password and that password logs in. An empty string when proven, else what is not.
 */
QFuture<QString> proveRolledBack(const RotationPtr &r);
/** After a crash the passwords are not in memory: they come back from the recovery record. */
QFuture<QString> recoverPasswords(const RotationPtr &r);
/**
 * A run resumed after a crash has no password in memory. They come back from the Secret (once patched), the
 * recovery record (once written), or, when nothing was changed yet, the Secret is read again and a new password
 * drawn as read-secret does.
 */
QFuture<QString> ensurePasswords(const RotationPtr &r);

/**
 * Adds the steps of one datastore's rotation to @p plan, in this order: read-secret, check-login,
 * recovery-record, alter-role, patch-secret, restart, verify-login (see buildPasswordRotation).
 */
void addSteps(Plan *plan, const RotationPtr &r);

} // namespace Ops::RotationSteps
