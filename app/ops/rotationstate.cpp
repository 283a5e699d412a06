// SPDX-License-Identifier: GPL-3.0-or-later
// The password rotation's state: its Secret read now, its passwords brought back after a crash, the proof of a
// rollback.
#include "ops/rotationsteps.h"

#include "core/clock.h"
#include "kube/kubeclient.h"
#include "ops/passwordgenerator.h"
#include "ops/recoveryrecord.h"
#include "ops/patchsecretstep.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QtConcurrent>

#include <openssl/crypto.h>

namespace Ops::RotationSteps {

QString Rotation::noConnection() const
{
    return QCoreApplication::translate("Ops", "%1: no cluster connection").arg(name());
}

QString defaultAnnotation()
{
    return QStringLiteral("bakery-ia.io/password-rotated-at");
}

QString secretValueOf(const QJsonObject &secret, const QString &key, QByteArray *value)
{
    const QJsonObject data = secret.value(QStringLiteral("data")).toObject();
    if (!data.contains(key))
        return QCoreApplication::translate("Ops", "the Secret has no key %1").arg(key);
    *value = QByteArray::fromBase64(data.value(key).toString().toLatin1());
    return {};
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

/** How to finish by hand from a recovery record, for people. */
QString recordHint(const QString &path)
{
    return QCoreApplication::translate("Ops", "the old and the new password are in the recovery record %1; read them with: gpg --decrypt %1 "
                                              "(it asks for your recovery passphrase)")
        .arg(path);
}

QFuture<SecretNow> readSecretNow(const RotationPtr &r)
{
    Pending<SecretNow> pending;
    if (!r->client) {
        pending.finish({r->noConnection(), {}, {}});
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
            now.version = resourceVersionOf(response.object);
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
        return QtFuture::makeReadyFuture(r->noConnection());
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

} // namespace Ops::RotationSteps
