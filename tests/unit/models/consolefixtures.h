// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A hand-built scan for the console's views: two PostgreSQL datastores and one Redis of namespace bakery-ia, TLS
// on with certificates of known days left from one shared CA; one database with a certificate inside the renewal
// window and an audit-logging gap. No network: the audit runs over it as it would over a real scan.

#include "audit/compliancecatalog.h"
#include "audit/snapshotevidence.h"
#include "fleet/snapshot.h"

#include <QCryptographicHash>

#include <memory>

namespace ConsoleFixtures {

inline const QDateTime kTakenAt(QDate(2026, 11, 1), QTime(12, 0), Qt::UTC);

inline Probe::CertificateInfo certificate(const QString &commonName, int daysLeft, bool authority = false)
{
    Probe::CertificateInfo c;
    c.commonName = commonName;
    c.subject = QStringLiteral("CN=") + commonName;
    c.issuer = QStringLiteral("CN=bakery-ia CA");
    c.notBefore = kTakenAt.addDays(-30);
    c.notAfter = kTakenAt.addDays(daysLeft);
    c.daysLeft = daysLeft;
    c.keyType = QStringLiteral("RSA");
    c.keyBits = 4096;
    c.signatureAlgorithm = QStringLiteral("sha256WithRSAEncryption");
    c.isCa = authority;
    c.selfSigned = authority;
    if (!authority) {
        c.sans = { commonName };
        c.dnsNames = { commonName };
    }
    c.serialHex = QString::fromLatin1(QCryptographicHash::hash(commonName.toUtf8(), QCryptographicHash::Md5).toHex());
    c.sha256Fingerprint = QString::fromLatin1(
        QCryptographicHash::hash(commonName.toUtf8(), QCryptographicHash::Sha256).toHex(':').toUpper());
    return c;
}

inline Fleet::DatastoreReport datastore(const QString &name, Fleet::Kind kind, int daysLeft, bool auditLogging = true)
{
    Fleet::DatastoreReport r;
    r.name = name;
    r.kind = kind;
    r.endpoint = name + QStringLiteral("-service:") + QString::number(Fleet::defaultPort(kind));
    r.observedEndpoint = QStringLiteral("127.0.0.1:40000");
    r.observedAt = kTakenAt;

    Probe::TlsReport tls;
    tls.endpoint = r.observedEndpoint;
    tls.serverName = name + QStringLiteral("-service");
    tls.tlsEnabled = true;
    tls.plaintextAccepted = false;
    tls.versions
        = { { Probe::TlsVersion::Tls1_0, Probe::VersionState::Refused, {} },
            { Probe::TlsVersion::Tls1_1, Probe::VersionState::Refused, {} },
            { Probe::TlsVersion::Tls1_2, Probe::VersionState::Accepted, QStringLiteral("ECDHE-RSA-AES256-GCM-SHA384") },
            { Probe::TlsVersion::Tls1_3, Probe::VersionState::Accepted, QStringLiteral("TLS_AES_256_GCM_SHA384") } };
    tls.negotiatedProtocol = QStringLiteral("TLSv1.3");
    tls.cipher = QStringLiteral("TLS_AES_256_GCM_SHA384");
    tls.chain = { certificate(name + QStringLiteral("-service"), daysLeft),
                  certificate(QStringLiteral("bakery-ia CA"), 3000, true) };
    tls.verified = true;
    r.tls = tls;

    Fleet::Datastore k8s;
    k8s.name = name;
    k8s.kind = kind;
    k8s.namespaceName = QStringLiteral("bakery-ia");
    k8s.workloadKind = QStringLiteral("Deployment");
    k8s.workloadName = name;
    k8s.pods = { { name + QStringLiteral("-0"), QStringLiteral("Running"), true, 0, QStringLiteral("postgres:17") } };
    k8s.serviceName = name + QStringLiteral("-service");
    k8s.servicePort = Fleet::defaultPort(kind);
    k8s.pvcs = { { name + QStringLiteral("-pvc"),
                   QStringLiteral("Bound"),
                   QStringLiteral("1Gi"),
                   QStringLiteral("standard"),
                   { QStringLiteral("ReadWriteOnce") } } };
    k8s.tlsSecretName = kind == Fleet::Kind::Redis ? QStringLiteral("redis-tls") : QStringLiteral("postgres-tls");
    k8s.keyFileMode = 0600;
    k8s.credentialsSecretName = QStringLiteral("database-secrets");
    k8s.password = Fleet::PasswordShape { 32, 3 };
    k8s.passwordRotatedAt = kTakenAt.addDays(-10);
    r.k8s = k8s;

    if (kind == Fleet::Kind::PostgreSQL) {
        Probe::PostgresFacts pg;
        pg.endpoint = r.observedEndpoint;
        pg.connected = true;
        pg.serverVersion = QStringLiteral("17.2");
        pg.serverVersionNumber = 170002;
        pg.tlsProtocol = QStringLiteral("TLSv1.3");
        pg.chain = tls.chain;
        const QString on = auditLogging ? QStringLiteral("on") : QStringLiteral("off");
        pg.settings = { { QStringLiteral("ssl"), QStringLiteral("on") },
                        { QStringLiteral("ssl_min_protocol_version"), QStringLiteral("TLSv1.2") },
                        { QStringLiteral("password_encryption"), QStringLiteral("scram-sha-256") },
                        { QStringLiteral("log_connections"), on },
                        { QStringLiteral("log_disconnections"), on },
                        { QStringLiteral("log_duration"), on },
                        { QStringLiteral("log_statement"), QStringLiteral("ddl") },
                        { QStringLiteral("log_line_prefix"), QStringLiteral("%m [%p] %q%u@%d %h ") } };
        pg.extensionsInstalled = { QStringLiteral("plpgsql"), QStringLiteral("pgcrypto") };
        pg.extensionsAvailable = pg.extensionsInstalled;
        pg.superuser = false;
        pg.plaintextAccepted = false;
        r.postgres = pg;
    } else {
        Probe::RedisFacts redis;
        redis.endpoint = r.observedEndpoint;
        redis.connected = true;
        redis.tlsProtocol = QStringLiteral("TLSv1.3");
        redis.chain = tls.chain;
        redis.authRequired = true;
        redis.authMethod = QStringLiteral("requirepass");
        redis.defaultUserNopass = false;
        redis.settings = { { QStringLiteral("appendonly"), QStringLiteral("yes") },
                           { QStringLiteral("port"), QStringLiteral("0") },
                           { QStringLiteral("requirepass"), QStringLiteral("set") } };
        r.redis = redis;
    }
    return r;
}

/** auth-db (400 days), orders-db (45 days, audit logging off), redis (700 days); one CA (3000 days). */
inline Fleet::Snapshot snapshot()
{
    Fleet::Snapshot s;
    s.takenAt = kTakenAt;
    s.source = QStringLiteral("kubernetes");
    s.context = QStringLiteral("kind-bakery");
    s.server = QStringLiteral("https://127.0.0.1:6443");
    s.namespaceName = QStringLiteral("bakery-ia");
    s.datastores = { datastore(QStringLiteral("auth-db"), Fleet::Kind::PostgreSQL, 400),
                     datastore(QStringLiteral("orders-db"), Fleet::Kind::PostgreSQL, 45, false),
                     datastore(QStringLiteral("redis"), Fleet::Kind::Redis, 700) };
    return s;
}

inline std::shared_ptr<const Audit::Audit> audit(const Fleet::Snapshot &s)
{
    return std::make_shared<const Audit::Audit>(Audit::auditSnapshot(s, Audit::ComplianceCatalog::defaultDirectory()));
}

} // namespace ConsoleFixtures
