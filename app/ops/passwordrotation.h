// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/secret.h"
#include "fleet/datastore.h"
#include "fleet/inventory.h"
#include "ops/plan.h"

#include <QFuture>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <chrono>
#include <memory>
#include <optional>

namespace Kube {
class KubeClient;
}

namespace Ops {

/** Where and how Proofer logs into one datastore for a rotation: through a port-forward, TLS verify-full. */
struct LoginTarget
{
    QString name; ///< the datastore, for messages
    Fleet::Kind kind = Fleet::Kind::PostgreSQL;
    QString namespaceName;
    QString pod;
    quint16 podPort = 0;
    QString serverName; ///< the name the certificate must carry
    QByteArray caPem;
    QString user; ///< PostgreSQL role; Redis ACL user (empty: the default user / requirepass)
    QString database;
};

/**
 * Logs in with @p password over verify-full and logs out. The future holds an empty string on success,
 * else the cause (naming the datastore and the step: tunnel, connect, TLS, authentication).
 */
QFuture<QString> tryLogin(Kube::KubeClient *client, const LoginTarget &target, const Core::Secret &password,
                          int timeoutMs = 20000);

struct RotationOptions
{
    QString namespaceName;
    QStringList datastores; ///< names; empty with all = every PostgreSQL and Redis of the namespace
    bool all = false;
    /** Encrypts the recovery record (see RecoveryRecord); required unless dry run. */
    Core::Secret recoveryPassphrase;
    QString recoveryDirectory; ///< empty: RecoveryRecord::defaultDirectory()
    int connectTimeoutMs = 20000;
    std::chrono::milliseconds rolloutTimeout{std::chrono::minutes(5)};
};

struct RotationPlan
{
    std::unique_ptr<Plan> plan;
    QString error;         ///< nothing to rotate, an unknown name… (no plan then)
    QStringList skipped;   ///< datastores left out, and why (RabbitMQ, no credentials Secret…)
    QStringList datastores; ///< the ones the plan rotates
};

/**
 * Builds the rotation plan from an inventory. Per datastore, in this order:
 *   check-login     log in with the current password over verify-full (nothing changes)
 *   read-secret     read the credentials Secret: its resourceVersion and the old password (kept in memory
 *                   only), and draw the new password
 *   recovery-record write the new (and old) password encrypted with the user's passphrase, before any change
 *   alter-role      re-read the Secret and stop if its resourceVersion moved (a concurrent edit aborts
 *                   before the role changes); then PostgreSQL: ALTER ROLE … PASSWORD '<SCRAM verifier>'
 *                   computed here by PQencryptPasswordConn (the plaintext never reaches the server or its
 *                   log); Redis: CONFIG SET requirepass (default user) or ACL SETUSER <user> >new <old
 *   patch-secret    merge-patch the Secret's password key with the resourceVersion precondition, annotate
 *                   it with the rotation time; the recovery record is then deleted
 *   restart         rollout restart of the workloads that consume the Secret, and wait for them
 *   verify-login    log in with the new password over verify-full
 * Undo puts the old password back on the server (the old verifier, computed here from the old value) and
 * in the Secret, and restarts the consumers again. @p client must outlive the plan.
 */
RotationPlan buildPasswordRotation(Kube::KubeClient *client, const Fleet::InventoryResult &inventory,
                                   const RotationOptions &options);

/** How Proofer logs into datastore @p name of @p inventory (pod, port, TLS name and CA, user, database). */
std::optional<LoginTarget> loginTargetFor(const Fleet::InventoryResult &inventory, const QString &name);

/** The annotation that records the rotation time on a credentials Secret (the one the audit reads). */
QString rotationAnnotationKey(const QJsonObject &secret);

/** The workloads ("Deployment/name") that take the Secret @p secretName through env, envFrom or a volume. */
QStringList workloadsUsingSecret(const Fleet::ClusterObjects &objects, const QString &secretName,
                                 const QString &exceptWorkload = {});

} // namespace Ops
