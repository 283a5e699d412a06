// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Evidence fixtures for the audit tests: the reference fleet ("bakery-ia": 14 PostgreSQL `<name>-db` and one
// Redis) at three stages of hardening. Dates are relative to kNow, the default time of Test::MockClock.

#include "audit/evidence.h"

#include <QDateTime>
#include <QMetaType>

#include <functional>

Q_DECLARE_METATYPE(Audit::Evidence)
Q_DECLARE_METATYPE(Audit::FleetEvidence)

namespace AuditFixtures {

using namespace Audit;

inline const QDateTime kNow(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC);

inline const QStringList kServices { QStringLiteral("auth"),         QStringLiteral("tenant"),
                                     QStringLiteral("training"),     QStringLiteral("forecasting"),
                                     QStringLiteral("sales"),        QStringLiteral("external"),
                                     QStringLiteral("notification"), QStringLiteral("inventory"),
                                     QStringLiteral("recipes"),      QStringLiteral("suppliers"),
                                     QStringLiteral("pos"),          QStringLiteral("orders"),
                                     QStringLiteral("production"),   QStringLiteral("alert-processor") };

/** TLS as the reference fleet documents it: TLS 1.2+, RSA 4096 / SHA-256, 3-year leaf from a 10-year CA. */
inline void hardenTls(Evidence &e)
{
    e.tls.enabled = true;
    e.tls.plaintextAccepted = false;
    e.tls.protocolsAccepted = QSet<QString> { QStringLiteral("TLSv1.2"), QStringLiteral("TLSv1.3") };
    e.tls.cipher = QStringLiteral("TLS_AES_256_GCM_SHA384");
    e.tls.weakCiphersAccepted = QStringList();
    e.tls.verified = true;
    e.certificate.notBefore = kNow.addDays(-30);
    e.certificate.notAfter = kNow.addDays(-30 + 1095);
    e.certificate.keyType = QStringLiteral("RSA");
    e.certificate.keyBits = 4096;
    e.certificate.signatureAlgorithm = QStringLiteral("sha256WithRSAEncryption");
    e.certificate.selfSigned = false;
    e.certificate.sanDns = QStringList { e.host, e.name + QStringLiteral("-service") };
    e.certificate.sanIp = QStringList();
    e.certificate.hostnameMatches = true;
    e.ca.notAfter = kNow.addDays(3000);
    e.secretCertificateMatchesServed = true;
    e.keyFileMode = 0600;
    e.clientsWithoutVerification = QList<UnverifiedClient>();
    e.clientConnections = QList<ClientConnection> {
        { QStringLiteral("Deployment/") + e.name.section(u'-', 0, 0) + QStringLiteral("-service"),
          QStringLiteral("env DATABASE_URL"), true,
          e.kind == Kind::Redis ? QStringLiteral("ssl_cert_reqs=required") : QStringLiteral("sslmode=verify-full"), QString() }
    };
}

inline void hardenCommon(Evidence &e)
{
    e.secret.passwordLength = 32;
    e.secret.characterClasses = 3;
    e.secret.rotatedAt = kNow.addDays(-20);
    e.pvc.bound = true;
    e.pvc.ephemeral = false;
    e.pvc.name = e.name + QStringLiteral("-pvc");
    e.pod.phase = QStringLiteral("Running");
    e.pod.ready = true;
    e.pod.restarts = 0;
    e.backup.location = QStringLiteral("pvc/backups:/backups");
    e.backup.count = 12;
    e.backup.newestAt = kNow.addDays(-1);
    e.backup.retentionDays = 7;
}

/** A PostgreSQL datastore with every fact known and every rule passing. */
inline Evidence hardenedPostgres(const QString &service = QStringLiteral("auth"))
{
    Evidence e;
    e.name = service + QStringLiteral("-db");
    e.kind = Kind::PostgreSQL;
    e.host = e.name + QStringLiteral("-service.bakery-ia.svc.cluster.local");
    e.observedAt = kNow;
    hardenTls(e);
    hardenCommon(e);
    e.pg.hbaRules = QList<HbaRule> {
        { QStringLiteral("local"), QStringLiteral("all"), QStringLiteral("postgres"), QString(), QStringLiteral("peer"),
          1 },
        { QStringLiteral("hostssl"), QStringLiteral("all"), QStringLiteral("all"), QStringLiteral("0.0.0.0/0"),
          QStringLiteral("scram-sha-256"), 2 },
    };
    e.pg.passwordEncryption = QStringLiteral("scram-sha-256");
    e.pg.nonScramRoles = QStringList();
    e.pg.settings = { { QStringLiteral("log_connections"), QStringLiteral("on") },
                      { QStringLiteral("log_disconnections"), QStringLiteral("on") },
                      { QStringLiteral("log_duration"), QStringLiteral("on") },
                      { QStringLiteral("log_line_prefix"), QStringLiteral("%m [%p] %q%u@%d %r ") },
                      { QStringLiteral("log_statement"), QStringLiteral("ddl") } };
    e.pg.extensionsInstalled = QStringList { QStringLiteral("plpgsql"), QStringLiteral("pgcrypto") };
    e.pg.extensionsAvailable = QStringList { QStringLiteral("plpgsql"), QStringLiteral("pgcrypto") };
    return e;
}

/** The Redis of the reference fleet, hardened: requirepass, TLS only (--port 0), AOF on. */
inline Evidence hardenedRedis()
{
    Evidence e;
    e.name = QStringLiteral("redis");
    e.kind = Kind::Redis;
    e.host = QStringLiteral("redis-service.bakery-ia.svc.cluster.local");
    e.observedAt = kNow;
    hardenTls(e);
    hardenCommon(e);
    e.redis.authRequired = true;
    e.redis.defaultUserNopass = false;
    e.redis.aclUsers = QStringList();
    e.redis.tlsAuthClients = QStringLiteral("yes");
    e.redis.appendonly = true;
    e.redis.plainPortOpen = false;
    return e;
}

inline Evidence modified(Evidence e, const std::function<void(Evidence &)> &change)
{
    change(e);
    return e;
}

inline FleetEvidence hardenedFleet()
{
    FleetEvidence f;
    f.scope = QStringLiteral("namespace/bakery-ia");
    f.observedAt = kNow;
    f.kubeconfigInsecureSkipTlsVerify = false;
    f.secretsReadableBroadly = QStringList();
    return f;
}

enum class Stage { BeforeHardening, AsDocumented, Hardened };

/**
 * The reference fleet at a stage.
 * BeforeHardening: no TLS (plaintext `host … md5` lines, plain Redis port), 16-character passwords, no PVCs,
 *   no audit logging, Redis without AOF.
 * AsDocumented: TLS 1.2+, scram, 32-character passwords, PVCs, audit logging — but the services connect with
 *   sslmode=require / asyncpg ssl=require / ssl_cert_reqs=none, log_statement='all', Redis tls-auth-clients no
 *   without per-app ACL users, and the backup location unknown to the probe.
 * Hardened: everything verified; only the informational CERT-011 (3-year leaves) remains.
 */
inline QList<Evidence> referenceFleet(Stage stage)
{
    QList<Evidence> fleet;
    for (const QString &service : kServices)
        fleet << hardenedPostgres(service);
    fleet << hardenedRedis();
    for (Evidence &e : fleet) {
        switch (stage) {
        case Stage::Hardened:
            break;
        case Stage::AsDocumented:
            if (e.kind == Kind::PostgreSQL) {
                const QString setting = e.name.startsWith(u"auth") || e.name.startsWith(u"tenant")
                    ? QStringLiteral("ssl=require")
                    : QStringLiteral("sslmode=require");
                e.clientsWithoutVerification = QList<UnverifiedClient> {
                    { QStringLiteral("deployment/") + e.name.chopped(3) + QStringLiteral("-service"), setting }
                };
                e.pg.settings[QStringLiteral("log_statement")] = QStringLiteral("all");
            } else {
                e.clientsWithoutVerification = QList<UnverifiedClient> { { QStringLiteral("deployment/gateway"),
                                                                           QStringLiteral("ssl_cert_reqs=none") } };
                e.redis.tlsAuthClients = QStringLiteral("no");
            }
            e.backup = {};
            e.unknownReasons.insert(QStringLiteral("backup.location"), QStringLiteral("no backup location configured"));
            break;
        case Stage::BeforeHardening:
            e.tls = {};
            e.tls.enabled = false;
            e.tls.plaintextAccepted = true;
            e.certificate = {};
            e.ca = {};
            e.secretCertificateMatchesServed.reset();
            e.keyFileMode.reset();
            e.secret.passwordLength = 16;
            e.secret.characterClasses = 2;
            e.pvc.bound = false;
            e.pvc.ephemeral = true;
            e.backup = {};
            if (e.kind == Kind::PostgreSQL) {
                e.pg.hbaRules = QList<HbaRule> { { QStringLiteral("host"), QStringLiteral("all"), QStringLiteral("all"),
                                                   QStringLiteral("0.0.0.0/0"), QStringLiteral("md5"), 1 } };
                e.pg.passwordEncryption = QStringLiteral("md5");
                e.pg.nonScramRoles = QStringList { e.name.chopped(3) + QStringLiteral("_user") };
                e.pg.settings = { { QStringLiteral("log_connections"), QStringLiteral("off") },
                                  { QStringLiteral("log_disconnections"), QStringLiteral("off") },
                                  { QStringLiteral("log_line_prefix"), QStringLiteral("%m [%p] ") },
                                  { QStringLiteral("log_statement"), QStringLiteral("none") } };
                e.pg.extensionsInstalled = QStringList { QStringLiteral("plpgsql") };
            } else {
                e.redis.plainPortOpen = true;
                e.redis.appendonly = false;
            }
            break;
        }
    }
    return fleet;
}

} // namespace AuditFixtures
