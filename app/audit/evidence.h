// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fleet/kind.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace Audit {

/** The kinds of datastore the audit knows: the fleet's. */
using Fleet::Kind;

/**
 * Where a verdict's facts come from (docs/grading.md, "Basis"): observed (the live datastore, as a black box:
 * handshakes, logins, commands), read (server settings and Kubernetes objects), inferred (derived from other facts)
 * or attested (the policy says so).
 */
enum class Basis { Observed, Read, Inferred, Attested };

QString basisName(Basis basis); ///< "observed", "read", "inferred", "attested" (stable, for JSON)
/** The basis of a named fact ("tls.enabled" observed, "pg.settings.log_statement" read, …). */
Basis factBasis(const QString &fact);
/** True when the fact can only come from the running datastore (a probe or its server's settings). */
bool isLiveFact(const QString &fact);

/** What the TLS probe saw on the datastore's port(s). */
struct TlsFacts
{
    std::optional<bool> enabled; ///< the server speaks TLS (PostgreSQL ssl=on, Redis tls-port, RabbitMQ 5671)
    std::optional<bool> plaintextAccepted; ///< a plaintext session was accepted by the probe
    std::optional<QSet<QString>> protocolsAccepted; ///< "SSLv3", "TLSv1", "TLSv1.1", "TLSv1.2", "TLSv1.3"
    std::optional<QString> cipher; ///< the negotiated cipher suite (OpenSSL name)
    /// "TLSv1.2 AES256-GCM-SHA384 (no forward secrecy …)": the suites the cipher profile refuses that the server
    /// accepted, enumerated per version up to TLS 1.2
    std::optional<QStringList> weakCiphersAccepted;
    QString weakCiphersNote; ///< what the enumeration could not offer (e.g. RC4 without OpenSSL's legacy provider)
    std::optional<bool> verified; ///< the chain verified against the trusted CA, host name included
    std::optional<QString> verifyError; ///< why it did not, e.g. "hostname mismatch"
};

/** The served leaf certificate. */
struct CertificateFacts
{
    std::optional<QDateTime> notBefore;
    std::optional<QDateTime> notAfter;
    std::optional<QString> keyType; ///< "RSA", "EC", "Ed25519", …
    std::optional<int> keyBits;
    std::optional<QString> signatureAlgorithm; ///< OpenSSL long name, e.g. "sha256WithRSAEncryption"
    std::optional<bool> selfSigned;
    std::optional<QStringList> sanDns;
    std::optional<QStringList> sanIp;
    std::optional<bool> hostnameMatches; ///< the name clients use is covered by a SAN
};

struct CaFacts
{
    std::optional<QDateTime> notAfter;
};

/** A client workload that connects with TLS but without verifying the server. */
struct UnverifiedClient
{
    QString workload; ///< e.g. "deployment/auth-service"
    QString setting; ///< e.g. "sslmode=require", "ssl=require" (asyncpg), "ssl_cert_reqs=none"
};

/** A client connection setting found for the datastore (env, ConfigMap or Secret key), verifying or not. */
struct ClientConnection
{
    QString workload; ///< e.g. "Deployment/auth-service"
    QString source; ///< e.g. "env DATABASE_URL", "Secret redis-url key REDIS_URL"
    bool verifies = false; ///< the setting verifies the server (sslmode=verify-full, ssl_cert_reqs=required, …)
    QString setting; ///< what was found, e.g. "sslmode=verify-full", "ssl_cert_reqs=none", "no TLS option"
    QString role; ///< the database role it logs in as, when the setting names one
};

/** A PostgreSQL login role: what it may do and the databases it owns (pg_roles, pg_database). */
struct LoginRole
{
    QString name;
    bool superuser = false;
    bool createRole = false;
    bool createDb = false;
    bool bypassRls = false;
    QStringList ownedDatabases;
};

/** One pg_hba.conf line as pg_hba_file_rules shows it. */
struct HbaRule
{
    QString type; ///< local, host, hostssl, hostnossl, hostgssenc, hostnogssenc
    QString database;
    QString user;
    QString address;
    QString method; ///< trust, reject, scram-sha-256, md5, password, cert, …
    int line = 0;
};

struct PostgresFacts
{
    /// server_version_num as the server reported it at login (170006); absent when the probe did not log in.
    std::optional<int> serverVersionNumber;
    QString serverVersion; ///< server_version as reported, e.g. "17.6"
    std::optional<QList<HbaRule>> hbaRules;
    std::optional<QString> passwordEncryption;
    std::optional<QStringList> nonScramRoles; ///< login roles whose verifier is not SCRAM (md5 or plaintext)
    std::optional<QList<LoginRole>> loginRoles; ///< every role that may log in
    QString credentialsRole; ///< the role the datastore's credentials Secret logs in as (the probe's login)
    QString database; ///< the datastore's own database (the one its credentials name)
    /// The probe's own TLS login was authenticated with SCRAM (channel binding required): true, or the server
    /// asked for something else before any password was sent: false. One login, not every pg_hba.conf line.
    std::optional<bool> scramLogin;
    QString scramLoginDetail;
    QMap<QString, QString> settings; ///< pg_settings name → value; a missing name is unknown
    std::optional<QStringList> extensionsInstalled; ///< in the service's database
    std::optional<QStringList> extensionsAvailable; ///< on the server (pg_available_extensions)
};

struct RedisFacts
{
    std::optional<bool> authRequired; ///< an unauthenticated command was refused (NOAUTH)
    std::optional<bool> defaultUserNopass; ///< ACL "default" user is "on nopass"
    std::optional<QStringList> aclUsers; ///< ACL users other than "default"
    std::optional<QString> tlsAuthClients; ///< "yes", "no" or "optional"
    std::optional<bool> appendonly;
    std::optional<QString> appendfsync; ///< CONFIG GET appendfsync: always, everysec or no
    std::optional<QString> save; ///< CONFIG GET save: the RDB snapshot points, e.g. "3600 1 300 100"; "" = RDB off
    std::optional<QString> dir; ///< CONFIG GET dir: where the AOF and RDB files are written, e.g. "/data"
    std::optional<bool> plainPortOpen; ///< the plaintext port (6379 or `port`) accepts connections
};

struct RabbitMqFacts
{
    std::optional<bool> guestLogin; ///< guest:guest logged in to the management API
    std::optional<bool> guestExists; ///< guest exists (logged in, or refused only for not being on localhost)
    std::optional<bool> plainPortOpen; ///< the plain AMQP port (5672) answered the protocol header
};

/** The shape of the datastore's credential secret (never the password itself). */
struct SecretFacts
{
    std::optional<int> passwordLength;
    std::optional<int> characterClasses; ///< of lower, upper, digit, symbol (0–4)
    std::optional<QDateTime> rotatedAt; ///< the password's last write: a rotation annotation or managedFields
    QString rotatedSource; ///< where rotatedAt comes from: "annotation <key>", "managedFields <manager>"
    std::optional<QDateTime> validUntil; ///< PostgreSQL rolvaliduntil of the service role
    /// The other datastores of the namespace with the same password (compared as keyed digests in memory, never
    /// stored); known when this datastore's password was read.
    std::optional<QStringList> sharedWith;
};

struct PvcFacts
{
    std::optional<bool> bound; ///< a PersistentVolumeClaim in phase Bound backs the data directory
    std::optional<bool> ephemeral; ///< the data directory is emptyDir / container storage
    std::optional<QString> name;
    std::optional<QString> capacity; ///< of the Bound claim, as its status says: "2Gi"
    std::optional<QStringList> accessModes; ///< of the Bound claim: "ReadWriteOnce", …
};

struct PodFacts
{
    std::optional<QString> phase; ///< Pending, Running, Succeeded, Failed, Unknown
    std::optional<bool> ready;
    std::optional<int> restarts;
};

/** How the datastore is reached over the network (Kubernetes objects). */
struct NetworkFacts
{
    /// Ways it is reached from outside the cluster (a NodePort/LoadBalancer Service, externalIPs, an Ingress);
    /// empty: none.
    std::optional<QStringList> exposure;
    /// NetworkPolicies that select its pods for ingress and admit only listed sources.
    std::optional<QStringList> ingressPolicies;
    QStringList openIngressPolicies; ///< NetworkPolicies that select its pods and admit any source
};

/** Backups are assessed only when their location is known. */
struct BackupFacts
{
    std::optional<QString> location; ///< e.g. "pvc/backups:/backups"; unknown = not assessed
    std::optional<int> count; ///< backups found for this datastore at the location
    std::optional<QDateTime> newestAt;
    std::optional<int> retentionDays; ///< the policy; falls back to the profile
    QStringList notes; ///< what the verdict's evidence must also say (where the newest comes from, files not counted)
};

/**
 * The audit's input for one datastore: plain values, every fact optional. An absent fact is unknown and
 * makes the rules that need it "not assessed"; unknownReasons says why (key: the fact's name, e.g.
 * "tls.protocolsAccepted", value: "probe timed out after 10 s").
 */
struct Evidence
{
    /// Not empty: the datastore was not reached, or its protocol failed before it answered anything: why.
    /// Every rule that reads a live fact is then not assessed, and the grade leaves the datastore out.
    QString notReached;
    QString name; ///< e.g. "auth-db"
    Kind kind = Kind::PostgreSQL;
    QString host; ///< the name clients use, e.g. "auth-db-service.bakery-ia.svc.cluster.local"
    QDateTime observedAt;

    TlsFacts tls;
    CertificateFacts certificate;
    CaFacts ca;
    std::optional<bool> secretCertificateMatchesServed;
    std::optional<int> keyFileMode; ///< permission bits of the private key file, e.g. 0600
    std::optional<QList<UnverifiedClient>> clientsWithoutVerification;
    /// Every client connection setting found for the datastore; none found (empty) leaves TLS-005 not assessed.
    std::optional<QList<ClientConnection>> clientConnections;
    PostgresFacts pg;
    RedisFacts redis;
    RabbitMqFacts rabbitmq;
    SecretFacts secret;
    PvcFacts pvc;
    PodFacts pod;
    BackupFacts backup;
    NetworkFacts network;

    QMap<QString, QString> unknownReasons;

    bool reached() const { return notReached.isEmpty(); }
};

/** What the organisation expects; the reference fleet's conventions are the defaults. */
struct Profile
{
    bool expectPgcrypto = true;
    int renewalWindowDays = 90;
    int rotationDays = 90;
    int minPasswordLength = 32;
    int minCharacterClasses = 3;
    int backupRetentionDays = 7;
    int maxRestarts = 3;
    /// How long the datastores' logs are kept, as the organisation states it (attested: Proofer cannot observe a
    /// log store); unset: not stated, and log retention is not assessed.
    std::optional<int> logRetentionDays;
    QString logRetentionAttestedBy; ///< who stated it, and when
    /// The data volume each datastore should have (the guide's platform: 2Gi, ReadWriteOnce).
    QString pvcMinimumSize = QStringLiteral("2Gi");
    QString pvcAccessMode = QStringLiteral("ReadWriteOnce");
    /// Whether the cluster encrypts Secrets at rest (an EncryptionConfiguration with a KMS or aescbc/aesgcm provider
    /// before identity), as someone with cluster-admin access attests it; unset: not stated (not observable from a
    /// namespace), and KUBE-003 is not assessed.
    std::optional<bool> secretsEncryptedAtRest;
    QString secretsEncryptionAttestedBy; ///< who stated it, and when: "platform team, 2026-11-02"
    /// The PostgreSQL majors the organisation allows (e.g. 16, 17); empty: every release still supported upstream.
    QList<int> postgresqlMajors;
};

/** Facts about the namespace and the operator's access, not about one datastore. */
struct FleetEvidence
{
    QString scope = QStringLiteral("namespace"); ///< the label fleet-level findings carry, e.g. "namespace/bakery-ia"
    QDateTime observedAt;
    std::optional<bool> kubeconfigInsecureSkipTlsVerify;
    std::optional<QStringList> secretsReadableBroadly; ///< subjects that can read Secrets beyond their need
    Profile profile;
    QMap<QString, QString> unknownReasons;
};

} // namespace Audit
