// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fleet/kind.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace Fleet {

/**
 * Where one file a server reads comes from: the path the server is configured with, followed through the
 * container's volumeMounts (mountPath, subPath) to its volume (secret items and modes, projected sources,
 * configMap, or an emptyDir an init container visibly copies it into) and to the Secret (or ConfigMap) key.
 * When the chain breaks, what is known is kept and unknownReason says where and why; nothing is guessed.
 */
struct TlsFileSource
{
    QString path;         ///< as the server reads it: "/tls/server-cert.pem"; empty when not configured
    QString configuredBy; ///< "args -c ssl_cert_file", "ConfigMap postgres-config key postgresql.conf", "env …"
    QString container;    ///< the container whose mount holds it
    QString volume;       ///< the volume that holds it in that container
    QString secret;       ///< the Secret it comes from
    QString configMap;    ///< or the ConfigMap it comes from
    QString key;          ///< the key of that Secret or ConfigMap
    std::optional<int> mode;   ///< the effective mode of the file the server reads
    QString modeSource;        ///< "items[].mode", "defaultMode", "Kubernetes default 0644", "init container x: chmod 600 …"
    QString copiedBy;          ///< the init container that copied it from the Secret into a writable volume
    QString unknownReason;     ///< why the chain is not known; empty when it resolves to a key
    QString modeUnknownReason; ///< why the mode is not known (an init container copies it without a visible chmod)

    /** The Secret key (or ConfigMap key) is known. */
    bool resolved() const { return !key.isEmpty() && (!secret.isEmpty() || !configMap.isEmpty()); }
    /** "Secret postgres-tls key server-cert.pem", or "" when not resolved. */
    QString describe() const;
    /** {path, secret|configMap, key, mode, …} for the snapshot; "unknown" carries the reason. */
    QJsonObject toJson() const;
};

/** The three files of a server's TLS: its certificate, its key and the CA file it trusts. */
struct TlsMaterial
{
    TlsFileSource certificate;
    TlsFileSource key;
    TlsFileSource ca;
    QString container; ///< the server's container
    /** The server's certificate file is named somewhere Proofer can read (args, config file, env, server settings). */
    bool configured = false;
    QString unknownReason; ///< why the server's files are not known at all (nothing configures them)

    /** {configured, certificate: {…}, key: {…}, ca: {…}} — "tls.material" of a snapshot (docs/snapshot.md). */
    QJsonObject toJson() const;
};

/**
 * What a server of @p kind reads, resolved from @p podSpec (its containers, init containers and volumes) and
 * the namespace's @p secrets and @p configMaps. The server's files come from the container's command/args
 * (`-c ssl_cert_file=…`, `redis-server --tls-cert-file …`), a config file it is told to read (from a ConfigMap
 * or Secret, through the mounts), env (RabbitMQ; the bitnami images' TLS file variables when their TLS switch is
 * on), and @p serverSettings when the probe read them (SHOW
 * ssl_cert_file, CONFIG GET tls-cert-file: these win, they are what the server actually uses).
 * @p containerName: the server's container; empty: the first whose image is of @p kind, else the first.
 * Pure: no I/O.
 */
TlsMaterial resolveTlsMaterial(Kind kind, const QJsonObject &podSpec, const QString &containerName,
                               const QList<QJsonObject> &secrets, const QList<QJsonObject> &configMaps,
                               const QMap<QString, QString> &serverSettings = {});

/** The bytes of @p source's Secret or ConfigMap key, read from @p secrets / @p configMaps (empty: unknown). */
QByteArray tlsFileContent(const TlsFileSource &source, const QList<QJsonObject> &secrets,
                          const QList<QJsonObject> &configMaps);

} // namespace Fleet
