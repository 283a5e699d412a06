// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fleet/datastore.h"
#include "fleet/inventory.h"
#include "probe/postgresprobe.h"
#include "probe/rabbitmqprobe.h"
#include "probe/redisprobe.h"
#include "probe/tlsinspector.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace Fleet {

/** What was observed of one datastore in one scan: the facts, never a judgement. */
struct DatastoreReport
{
    QString name;
    Kind kind = Kind::PostgreSQL;
    QString endpoint;         ///< host:port as the cluster or the targets file names it
    QString observedEndpoint; ///< where the probe connected (127.0.0.1:PORT through a port-forward)
    QDateTime observedAt;
    std::optional<Datastore> k8s; ///< none for direct targets
    std::optional<Probe::TlsReport> tls;
    std::optional<Probe::PostgresFacts> postgres;
    std::optional<Probe::RedisFacts> redis;
    std::optional<Probe::RabbitMqFacts> rabbitmq;
    QMap<QString, QString> unknown; ///< fact → why it is not known
    QStringList errors;

    /** The leaf certificate the server presented, if any. */
    std::optional<Probe::CertificateInfo> servedCertificate() const;
    /** "scram-sha-256", "md5", "password", "trust", "requirepass", "acl", "none" or "unknown". */
    QString authMethod() const;
    std::optional<bool> authRequired() const;
    /** Plaintext accepted on any port of the datastore (TLS port, PostgreSQL sslmode=disable, AMQP 5672). */
    std::optional<bool> acceptsPlaintext() const;
    /** Server settings exactly as the server reports them. */
    QMap<QString, QString> settings() const;
    /** True when nothing at all could be learnt (unreachable). */
    bool unreachable() const;

    /** An element of "datastores" in schema proofer.snapshot/v1 (docs/snapshot.md). */
    QJsonObject toJson() const;
};

/** The immutable result of one scan: what the GUI, the CLI and the reports read. */
struct Snapshot
{
    static constexpr const char16_t *Schema = u"proofer.snapshot/v1";

    QDateTime takenAt;
    QString source;        ///< "kubernetes" or "targets"
    QString context;       ///< kubeconfig context (kubernetes)
    QString server;        ///< API server URL (kubernetes)
    QString namespaceName; ///< (kubernetes)
    QString targetsFile;   ///< (targets)
    QList<DatastoreReport> datastores;
    QStringList notes; ///< what could not be read and why (e.g. secrets: forbidden)
    /** Who can read the namespace's Secrets (kubernetes; unobserved for targets). */
    SecretAccess secretAccess;

    QJsonObject toJson() const;
};

QJsonObject certificateJson(const Probe::CertificateInfo &certificate);

} // namespace Fleet

Q_DECLARE_METATYPE(Fleet::DatastoreReport)
