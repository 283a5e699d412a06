// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/secret.h"
#include "ops/passwordrotation.h"

#include <QFuture>
#include <QPromise>
#include <QString>

#include <memory>

namespace Kube {
class KubeClient;
}

/** The rotation's logins (one datastore, through a port-forward, TLS verify-full): internal to app/ops. */
namespace Ops::RotationLogin {

/** The Redis default user (requirepass), also when no user is named. */
bool isDefaultRedisUser(const QString &user);

/**
 * Changes the password of @p target's user from @p current (used to log in) to @p next. PostgreSQL: the
 * SCRAM-SHA-256 verifier of @p next is computed here and only it is sent. Redis: CONFIG SET requirepass for
 * the default user, else ACL SETUSER <user> >next <current. Empty string on success, else the cause.
 */
QFuture<QString> changePassword(Kube::KubeClient *client, const LoginTarget &target, const Core::Secret &current,
                                const Core::Secret &next, int timeoutMs);

} // namespace Ops::RotationLogin
