// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A hand-made audited snapshot for the report tests: four datastores of namespace bakery-ia observed at a pinned
// time (Test::MockClock's default), one of them with hostile values a server could send (markup in a certificate
// subject, a verification error and a note).

#include "audit/snapshotevidence.h"
#include "fleet/snapshot.h"

#include <QDateTime>

namespace ReportFixtures {

inline const QDateTime kNow(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC);

inline QString complianceDir()
{
    return QStringLiteral(PROOFER_REPORT_TEST_DIR "/compliance");
}

inline Probe::CertificateInfo certificate(const QString &subject, const QString &issuer, int daysLeft,
                                          const QString &keyType = QStringLiteral("RSA"), int keyBits = 4096,
                                          const QString &signature = QStringLiteral("sha256WithRSAEncryption"))
{
    Probe::CertificateInfo c;
    c.subject = subject;
    c.issuer = issuer;
    c.commonName = subject.section(u',', 0, 0).mid(3);
    c.serialHex = QStringLiteral("0A1B2C3D");
    c.notBefore = kNow.addDays(-30);
    c.notAfter = kNow.addDays(daysLeft);
    c.daysLeft = daysLeft;
    c.keyType = keyType;
    c.keyBits = keyBits;
    c.signatureAlgorithm = signature;
    c.selfSigned = subject == issuer;
    c.sha256Fingerprint = QStringLiteral("AA:BB:CC:DD");
    return c;
}

inline QList<Probe::VersionResult> versions(bool old)
{
    using Probe::TlsVersion;
    using Probe::VersionState;
    return {
        {TlsVersion::Tls1_0, old ? VersionState::Accepted : VersionState::Refused, QString()},
        {TlsVersion::Tls1_1, old ? VersionState::Accepted : VersionState::Refused, QString()},
        {TlsVersion::Tls1_2, VersionState::Accepted, QStringLiteral("ECDHE-RSA-AES256-GCM-SHA384")},
        {TlsVersion::Tls1_3, VersionState::Accepted, QStringLiteral("TLS_AES_256_GCM_SHA384")},
    };
}

inline Fleet::Datastore k8sFacts(const QString &name, Fleet::Kind kind, bool bound)
{
    Fleet::Datastore d;
    d.name = name;
    d.kind = kind;
    d.namespaceName = QStringLiteral("bakery-ia");
    d.workloadKind = QStringLiteral("Deployment");
    d.workloadName = name;
    d.image = kind == Fleet::Kind::Redis ? QStringLiteral("redis:7.4-alpine") : QStringLiteral("postgres:17-alpine");
    d.pods = {{name + QStringLiteral("-0"), QStringLiteral("Running"), true, 0, d.image}};
    d.serviceName = name + QStringLiteral("-service");
    d.servicePort = Fleet::defaultPort(kind);
    d.containerPort = d.servicePort;
    if (bound)
        d.pvcs = {{name + QStringLiteral("-pvc"), QStringLiteral("Bound"), QStringLiteral("2Gi"),
                   QStringLiteral("standard"), {QStringLiteral("ReadWriteOnce")}}};
    else
        d.ephemeralData = true;
    d.tlsSecretName = QStringLiteral("postgres-tls");
    d.keyFileMode = 0600;
    d.credentialsSecretName = QStringLiteral("database-secrets");
    d.passwordKey = name.toUpper().replace(u'-', u'_') + QStringLiteral("_PASSWORD");
    d.password = Fleet::PasswordShape{bound ? 32 : 16, bound ? 3 : 2};
    d.passwordRotatedAt = kNow.addDays(bound ? -20 : -400);
    return d;
}

inline Fleet::DatastoreReport authDb()
{
    Fleet::DatastoreReport r;
    r.name = QStringLiteral("auth-db");
    r.kind = Fleet::Kind::PostgreSQL;
    r.endpoint = QStringLiteral("auth-db-service:5432");
    r.observedEndpoint = QStringLiteral("127.0.0.1:40001");
    r.observedAt = kNow;
    r.k8s = k8sFacts(r.name, r.kind, true);
    Probe::TlsReport tls;
    tls.endpoint = r.observedEndpoint;
    tls.preamble = Probe::Preamble::Postgres;
    tls.serverName = QStringLiteral("auth-db-service.bakery-ia.svc.cluster.local");
    tls.tlsEnabled = true;
    tls.plaintextAccepted = false;
    tls.versions = versions(false);
    tls.negotiatedProtocol = QStringLiteral("TLSv1.3");
    tls.cipher = QStringLiteral("TLS_AES_256_GCM_SHA384");
    Probe::CertificateInfo leaf = certificate(QStringLiteral("CN=auth-db-service"), QStringLiteral("CN=bakery-ia CA"), 1065);
    leaf.dnsNames = {QStringLiteral("auth-db-service"), tls.serverName};
    leaf.sans = leaf.dnsNames;
    Probe::CertificateInfo ca = certificate(QStringLiteral("CN=bakery-ia CA"), QStringLiteral("CN=bakery-ia CA"), 3620);
    ca.isCa = true;
    tls.chain = {leaf, ca};
    tls.verified = true;
    r.tls = tls;
    Probe::PostgresFacts pg;
    pg.endpoint = r.observedEndpoint;
    pg.connected = true;
    pg.serverVersion = QStringLiteral("17.2");
    pg.serverVersionNumber = 170002;
    pg.tlsProtocol = QStringLiteral("TLSv1.3");
    pg.settings = {{QStringLiteral("ssl"), QStringLiteral("on")},
                   {QStringLiteral("ssl_min_protocol_version"), QStringLiteral("TLSv1.2")},
                   {QStringLiteral("password_encryption"), QStringLiteral("scram-sha-256")},
                   {QStringLiteral("log_connections"), QStringLiteral("on")},
                   {QStringLiteral("log_disconnections"), QStringLiteral("on")},
                   {QStringLiteral("log_duration"), QStringLiteral("on")},
                   {QStringLiteral("log_line_prefix"), QStringLiteral("%m [%p] %q%u@%d %r ")},
                   {QStringLiteral("log_statement"), QStringLiteral("all")}};
    pg.extensionsInstalled = {QStringLiteral("plpgsql"), QStringLiteral("pgcrypto")};
    pg.extensionsAvailable = pg.extensionsInstalled;
    pg.hbaRules = {{1, QStringLiteral("local"), QStringLiteral("all"), QStringLiteral("all"), QString(), QString(),
                    QStringLiteral("peer"), QString()},
                   {2, QStringLiteral("hostssl"), QStringLiteral("all"), QStringLiteral("all"),
                    QStringLiteral("0.0.0.0/0"), QString(), QStringLiteral("scram-sha-256"), QString()}};
    pg.plaintextAccepted = false;
    r.postgres = pg;
    return r;
}

inline Fleet::DatastoreReport legacyDb()
{
    Fleet::DatastoreReport r;
    r.name = QStringLiteral("legacy-db");
    r.kind = Fleet::Kind::PostgreSQL;
    r.endpoint = QStringLiteral("legacy-db-service:5432");
    r.observedAt = kNow;
    r.k8s = k8sFacts(r.name, r.kind, false);
    Probe::TlsReport tls;
    tls.preamble = Probe::Preamble::Postgres;
    tls.serverName = QStringLiteral("legacy-db-service.bakery-ia.svc.cluster.local");
    tls.tlsEnabled = false;
    tls.plaintextAccepted = true;
    r.tls = tls;
    Probe::PostgresFacts pg;
    pg.connected = true;
    pg.serverVersion = QStringLiteral("14.10");
    pg.settings = {{QStringLiteral("ssl"), QStringLiteral("off")},
                   {QStringLiteral("password_encryption"), QStringLiteral("md5")},
                   {QStringLiteral("log_connections"), QStringLiteral("off")},
                   {QStringLiteral("log_statement"), QStringLiteral("none")}};
    pg.hbaRules = {{1, QStringLiteral("host"), QStringLiteral("all"), QStringLiteral("all"), QStringLiteral("0.0.0.0/0"),
                    QString(), QStringLiteral("md5"), QString()}};
    pg.nonScramRoles = {QStringLiteral("legacy")};
    pg.plaintextAccepted = true;
    r.postgres = pg;
    return r;
}

/** A Redis whose certificate, verification error and errors carry markup, as a hostile server could send. */
inline Fleet::DatastoreReport hostileRedis()
{
    Fleet::DatastoreReport r;
    r.name = QStringLiteral("redis");
    r.kind = Fleet::Kind::Redis;
    r.endpoint = QStringLiteral("redis-service:6379");
    r.observedAt = kNow;
    r.k8s = k8sFacts(r.name, r.kind, true);
    Probe::TlsReport tls;
    tls.preamble = Probe::Preamble::Redis;
    tls.serverName = QStringLiteral("redis-service.bakery-ia.svc.cluster.local");
    tls.tlsEnabled = true;
    tls.plaintextAccepted = false;
    tls.versions = versions(true);
    tls.negotiatedProtocol = QStringLiteral("TLSv1.3");
    tls.cipher = QStringLiteral("TLS_AES_256_GCM_SHA384");
    const QString evil = QStringLiteral("CN=<script>alert('x')</script>,O=Evil & \"Co\"");
    Probe::CertificateInfo leaf = certificate(evil, evil, 20, QStringLiteral("RSA"), 2048,
                                              QStringLiteral("sha1WithRSAEncryption"));
    leaf.dnsNames = {QStringLiteral("redis")};
    leaf.sans = leaf.dnsNames;
    tls.chain = {leaf};
    tls.verified = false;
    tls.verifyFailure = Probe::VerifyFailure::SelfSigned;
    tls.verifyError = QStringLiteral("self-signed certificate <script>alert(1)</script>");
    r.tls = tls;
    Probe::RedisFacts redis;
    redis.connected = true;
    redis.tlsProtocol = QStringLiteral("TLSv1.3");
    redis.authRequired = true;
    redis.authMethod = QStringLiteral("requirepass");
    redis.defaultUserNopass = false;
    redis.settings = {{QStringLiteral("appendonly"), QStringLiteral("no")},
                      {QStringLiteral("port"), QStringLiteral("0")},
                      {QStringLiteral("tls-auth-clients"), QStringLiteral("no")},
                      {QStringLiteral("requirepass"), QStringLiteral("set")}};
    r.redis = redis;
    r.errors = {QStringLiteral("redis-service:6379: INFO: <b>unexpected</b> reply & more")};
    return r;
}

inline Fleet::DatastoreReport unreachableDb()
{
    Fleet::DatastoreReport r;
    r.name = QStringLiteral("orders-db");
    r.kind = Fleet::Kind::PostgreSQL;
    r.endpoint = QStringLiteral("orders-db-service:5432");
    r.observedAt = kNow;
    r.errors = {QStringLiteral("orders-db-service:5432: port-forward: connection refused")};
    return r;
}

inline Fleet::Snapshot snapshot()
{
    Fleet::Snapshot s;
    s.takenAt = kNow;
    s.source = QStringLiteral("kubernetes");
    s.context = QStringLiteral("kind-proofer");
    s.server = QStringLiteral("https://127.0.0.1:6443");
    s.namespaceName = QStringLiteral("bakery-ia");
    s.datastores = {authDb(), legacyDb(), hostileRedis(), unreachableDb()};
    s.notes = {QStringLiteral("list secrets in namespace \"bakery-ia\": <img src=x onerror=alert(1)> (Forbidden, HTTP 403)")};
    return s;
}

inline Audit::Audit audit(const Fleet::Snapshot &s)
{
    return Audit::auditSnapshot(s, complianceDir());
}

} // namespace ReportFixtures
