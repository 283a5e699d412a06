// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fleet/datastore.h"
#include "fleet/inventory.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QString>

#include <functional>
#include <optional>

namespace Fleet {

/**
 * What a client connection setting (a URL or DSN) says about verifying the server, judged for @p kind:
 * libpq sslmode=verify-full/verify-ca verify, require/prefer/allow/disable do not, and no sslmode is libpq's
 * default prefer (or @p pgSslMode, the container's PGSSLMODE); asyncpg ssl=require/true does not verify;
 * rediss:// verifies unless ssl_cert_reqs is none or optional (redis-py's default is required), redis:// has no TLS;
 * amqps:// verifies unless verify=verify_none, amqp:// has no TLS. Nothing when @p value is not a URL or DSN.
 * The result never holds the value itself (it may carry a password).
 */
std::optional<ClientSetting> classifyClientSetting(Kind kind, const QString &value, const QString &pgSslMode = {});

/**
 * Kubernetes' expansion of $(VAR) in a container's env value, command or args: $(NAME) is @p lookup's value for
 * NAME, $$ is a literal $, and a name @p lookup does not know, an empty name or an unterminated reference stays as
 * written.
 */
QString expandKubernetesVariables(const QString &text, const std::function<std::optional<QString>(const QString &)> &lookup);
QString expandKubernetesVariables(const QString &text, const QHash<QString, QString> &defined);

/**
 * Finds every client connection setting for @p store in the workloads that use it — env values, env valueFrom
 * (ConfigMap and Secret keys), envFrom (ConfigMaps and Secrets) — and in ConfigMaps no workload mounts: each value
 * that names the datastore's Service and is a URL or DSN. An env value's $(VAR) is expanded as the kubelet would from
 * literal values and ConfigMaps (envFrom, with its prefix, and the entries before it); a variable from a Secret is
 * never expanded, so a password stays a reference. Of Secrets only keys whose name says they hold a URL, URI,
 * DSN or connection string are read, and only the verdict is kept. Fills store.clientConnections (all of them),
 * store.clientsWithoutVerification (those that do not verify) and store.consumers. Pure.
 */
void linkClientSettings(Datastore &store, const ClusterObjects &objects);

/**
 * The decoded value of @p key in @p secret: "data" is strict base64 (a value that is not is an error naming the
 * Secret and the key, never its content), "stringData" is taken as it is. Nothing when the key is absent.
 */
struct SecretValue
{
    std::optional<QByteArray> value;
    QString error;
};
SecretValue secretData(const QJsonObject &secret, const QString &key);

} // namespace Fleet
