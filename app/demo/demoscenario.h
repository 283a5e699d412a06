// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace Demo {

/** The security posture the demo fleet reproduces. */
enum class Scenario {
    Before, ///< pre-hardening: no TLS, short md5 passwords, emptyDir, no audit logging
    Reference, ///< the platform as documented, with its remaining weaknesses
    Hardened ///< every finding of the reference fixed
};

std::optional<Scenario> scenarioFromName(const QString &name);
QString scenarioName(Scenario scenario);

/** What a scenario means for the servers, the manifests and the clients. */
struct ScenarioSettings
{
    bool tls = true;
    int passwordLength = 32;
    QString passwordEncryption = QStringLiteral("scram-sha-256"); ///< also the pg_hba.conf method
    bool persistentVolumes = true; ///< Bound PVCs; else emptyDir
    bool auditLogging = true; ///< log_connections, log_disconnections, log_duration, log_line_prefix
    QString logStatement = QStringLiteral("all"); ///< log_statement
    bool pgcrypto = true;
    bool passwordRotationRecorded = true; ///< the credentials secrets carry a rotation date
    /** How the service Deployments connect: "require" (no verification), "verify-full" or "disable". */
    QString clientTlsMode = QStringLiteral("require");
    QString redisTlsAuthClients = QStringLiteral("no");
    bool redisAclUsers = false; ///< a per-application ACL user besides the default one
    bool redisAof = true;
    bool redisPassword = true;
    bool rabbitmqGuest = false; ///< the broker keeps the default guest/guest user
    bool rabbitmqPlainListener = false; ///< AMQP 5672 besides AMQPS 5671 (with TLS on)
    /**
     * RBAC: every service runs as the namespace's default ServiceAccount, which a RoleBinding lets read every
     * Secret; else each service has its own ServiceAccount that may get only its own credentials Secret.
     */
    bool broadSecretAccess = false;
    /** A NetworkPolicy admits only the services' pods to the datastores; else none (every pod can connect). */
    bool networkPolicies = false;
    /** TLS 1.2 suites with forward secrecy and AEAD only (ECDHE with AES-GCM or ChaCha20); else the servers' defaults. */
    bool strongCiphers = false;
};

ScenarioSettings settingsFor(Scenario scenario);

/** The reference platform's PostgreSQL instances, in order (auth-db, tenant-db, …). */
const QStringList &referenceInstanceNames();

} // namespace Demo
