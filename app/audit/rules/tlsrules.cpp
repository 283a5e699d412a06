// SPDX-License-Identifier: GPL-3.0-or-later
// TLS: is the session encrypted, is plaintext still accepted, which protocols and ciphers, do clients verify.
#include "audit/rules/rules.h"
#include "audit/rules/rulesupport.h"
#include "probe/tlsinspector.h"

namespace Audit::Rules {

using namespace Support;

namespace {

const QStringList kWeakCipherMarkers { QStringLiteral("RC4"),   QStringLiteral("DES"),  QStringLiteral("NULL"),
                                       QStringLiteral("EXP"),   QStringLiteral("MD5"),  QStringLiteral("ADH"),
                                       QStringLiteral("AECDH"), QStringLiteral("anon"), QStringLiteral("IDEA"),
                                       QStringLiteral("SEED") };

bool isWeakCipher(const QString &cipher)
{
    for (const QString &marker : kWeakCipherMarkers) {
        if (cipher.contains(marker, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

Outcome tlsOff(const Evidence &e, const FleetEvidence &)
{
    if (!e.tls.enabled)
        return unknown(e, QStringLiteral("tls.enabled"));
    if (!*e.tls.enabled)
        return Outcome::fail({ QCoreApplication::translate(
            "Audit", "The server does not offer TLS: every session, password and query is in plaintext") });
    return Outcome::pass({ QCoreApplication::translate("Audit", "TLS is on") });
}

Outcome plaintextAccepted(const Evidence &e, const FleetEvidence &)
{
    if (auto gate = requireTls(e))
        return *gate;
    QStringList failures;
    bool knownClean = false;
    if (e.tls.plaintextAccepted) {
        if (*e.tls.plaintextAccepted && e.kind == Kind::PostgreSQL && !e.pg.hbaRules)
            // The black-box attempt is the evidence when the rules cannot be read.
            failures << QCoreApplication::translate("Audit", "A connection with sslmode=disable was accepted: a `host` (or "
                                                             "`hostnossl`) line of pg_hba.conf matches it — without a "
                                                             "mounted pg_hba.conf the official postgres image appends "
                                                             "`host all all all scram-sha-256`, which accepts plaintext "
                                                             "even with ssl = on (the rules themselves could not be read)");
        else if (*e.tls.plaintextAccepted)
            failures << QCoreApplication::translate("Audit", "The probe's plaintext session was accepted");
        else
            knownClean = true;
    }
    if (e.kind == Kind::PostgreSQL && e.pg.hbaRules) {
        QStringList lines;
        for (const HbaRule &rule : *e.pg.hbaRules) {
            if ((rule.type == u"host" || rule.type == u"hostnossl") && rule.method != u"reject")
                lines << QStringLiteral("line %1: %2 %3 %4 %5 %6")
                             .arg(rule.line)
                             .arg(rule.type, rule.database, rule.user, rule.address, rule.method);
        }
        if (!lines.isEmpty())
            failures << QCoreApplication::translate("Audit", "pg_hba.conf accepts non-TLS connections: %1")
                            .arg(lines.join(u"; "));
        else
            knownClean = true;
    }
    if (e.kind == Kind::Redis && e.redis.plainPortOpen) {
        if (*e.redis.plainPortOpen)
            failures << QCoreApplication::translate("Audit", "The plaintext Redis port accepts connections");
        else
            knownClean = true;
    }
    if (!failures.isEmpty())
        return Outcome::fail(failures);
    if (!knownClean)
        return unknown(e, QStringLiteral("tls.plaintextAccepted"));
    return Outcome::pass({ QCoreApplication::translate("Audit", "Only TLS sessions are accepted") });
}

Outcome oldProtocols(const Evidence &e, const FleetEvidence &)
{
    if (auto gate = requireTls(e))
        return *gate;
    if (!e.tls.protocolsAccepted)
        return unknown(e, QStringLiteral("tls.protocolsAccepted"));
    QStringList old;
    for (const QString &p : { QStringLiteral("SSLv3"), QStringLiteral("TLSv1"), QStringLiteral("TLSv1.1") }) {
        if (e.tls.protocolsAccepted->contains(p))
            old << p;
    }
    QStringList accepted(e.tls.protocolsAccepted->cbegin(), e.tls.protocolsAccepted->cend());
    accepted.sort();
    if (!old.isEmpty())
        return Outcome::fail(
            { QCoreApplication::translate("Audit", "Protocols older than TLS 1.2 accepted: %1").arg(old.join(u", ")) });
    return Outcome::pass({ QCoreApplication::translate("Audit", "Protocols accepted: %1").arg(accepted.join(u", ")) });
}

Outcome weakCiphers(const Evidence &e, const FleetEvidence &)
{
    if (auto gate = requireTls(e))
        return *gate;
    if (e.tls.cipher && isWeakCipher(*e.tls.cipher))
        return Outcome::fail(
            { QCoreApplication::translate("Audit", "Negotiated cipher is weak: %1").arg(*e.tls.cipher) });
    if (!e.tls.weakCiphersAccepted)
        return unknown(e, QStringLiteral("tls.weakCiphersAccepted"));
    const QString profile = Probe::cipherProfileName();
    if (!e.tls.weakCiphersAccepted->isEmpty()) {
        QStringList evidence { QCoreApplication::translate("Audit", "%n suite(s) refused by %1 accepted:", nullptr,
                                                           int(e.tls.weakCiphersAccepted->size()))
                                   .arg(profile) };
        evidence << *e.tls.weakCiphersAccepted;
        return Outcome::fail(evidence);
    }
    QStringList evidence { QCoreApplication::translate("Audit", "Every suite %1 refuses (static RSA, anonymous, NULL, "
                                                                "export, DES, 3DES, RC4, IDEA, SEED, MD5, CBC-SHA1) was "
                                                                "offered at each accepted version up to TLS 1.2 and refused")
                               .arg(profile) };
    if (!e.tls.weakCiphersNote.isEmpty())
        evidence << e.tls.weakCiphersNote;
    if (e.tls.cipher)
        evidence << QCoreApplication::translate("Audit", "Negotiated cipher: %1").arg(*e.tls.cipher);
    return Outcome::pass(evidence);
}

Outcome clientsWithoutVerification(const Evidence &e, const FleetEvidence &)
{
    if (auto gate = requireTls(e))
        return *gate;
    QStringList evidence;
    if (e.clientsWithoutVerification) {
        for (const UnverifiedClient &c : *e.clientsWithoutVerification)
            evidence << QCoreApplication::translate("Audit",
                                                    "%1 connects with %2: encrypted but the server is not authenticated")
                            .arg(c.workload, c.setting);
    }
    if (e.clientConnections) {
        for (const ClientConnection &c : *e.clientConnections) {
            if (c.verifies)
                continue;
            const QString line = QCoreApplication::translate("Audit", "%1 connects with %2 (%3): the server is not "
                                                                      "authenticated")
                                     .arg(c.workload, c.setting, c.source);
            bool listed = false;
            for (const QString &known : std::as_const(evidence))
                listed = listed || (known.startsWith(c.workload + u' ') && known.contains(c.setting));
            if (!listed)
                evidence << line;
        }
    }
    if (!evidence.isEmpty())
        return Outcome::fail(evidence);
    // A pass needs clients seen verifying: no client found is not a client that verifies.
    if (!e.clientConnections)
        return unknown(e, QStringLiteral("clientConnections"));
    if (e.clientConnections->isEmpty())
        return Outcome::notAssessed(QCoreApplication::translate(
            "Audit", "no client connection settings found in env, ConfigMaps or Secrets of the workloads that use it"));
    for (const ClientConnection &c : *e.clientConnections)
        evidence << QCoreApplication::translate("Audit", "%1 verifies the server: %2 (%3)").arg(c.workload, c.setting, c.source);
    return Outcome::pass(evidence);
}

Outcome chainNotVerified(const Evidence &e, const FleetEvidence &)
{
    if (auto gate = requireTls(e))
        return *gate;
    if (!e.tls.verified)
        return unknown(e, QStringLiteral("tls.verified"));
    if (*e.tls.verified)
        return Outcome::pass(
            { QCoreApplication::translate("Audit", "The certificate chain verifies against the trusted CA") });
    return Outcome::fail(
        { QCoreApplication::translate("Audit", "The certificate chain does not verify: %1")
              .arg(e.tls.verifyError.value_or(QCoreApplication::translate("Audit", "no reason given"))) });
}

} // namespace

QList<Rule> tlsRules()
{
    const QList<Kind> all = allKinds();
    QList<Rule> rules;

    Rule r;
    r.id = QStringLiteral("TLS-001");
    r.family = Family::Tls;
    r.severity = Severity::Critical;
    r.kinds = all;
    r.titleSource = QT_TRANSLATE_NOOP("Audit", "TLS is off");
    r.remediationSource = QT_TRANSLATE_NOOP("Audit", "Serve TLS with the certificate from the datastore's TLS secret.");
    r.remediationByKind = {
        { Kind::PostgreSQL,
          QT_TRANSLATE_NOOP("Audit",
                            "postgresql.conf: ssl = on, ssl_cert_file = '/tls/server-cert.pem', "
                            "ssl_key_file = '/tls/server-key.pem', ssl_ca_file = '/tls/ca-cert.pem', "
                            "ssl_min_protocol_version = 'TLSv1.2'") },
        { Kind::Redis,
          QT_TRANSLATE_NOOP("Audit",
                            "redis-server --port 0 --tls-port 6379 --tls-cert-file /tls/redis-cert.pem "
                            "--tls-key-file /tls/redis-key.pem --tls-ca-cert-file /tls/ca-cert.pem") },
        { Kind::RabbitMQ,
          QT_TRANSLATE_NOOP("Audit",
                            "rabbitmq.conf: listeners.tcp = none, listeners.ssl.default = 5671, "
                            "ssl_options.certfile = /tls/server-cert.pem, "
                            "ssl_options.keyfile = /tls/server-key.pem") },
    };
    r.evidenceUsed = { QStringLiteral("tls.enabled") };
    r.references = { QStringLiteral("PCI DSS v4.0.1 4.2.1"), QStringLiteral("GDPR Art. 32(1)(a)"),
                     QStringLiteral("https://www.postgresql.org/docs/current/ssl-tcp.html") };
    r.evaluate = tlsOff;
    rules << r;

    r = {};
    r.id = QStringLiteral("TLS-002");
    r.family = Family::Tls;
    r.severity = Severity::High;
    r.kinds = all;
    r.titleSource = QT_TRANSLATE_NOOP("Audit", "Plaintext connections are also accepted");
    r.remediationSource = QT_TRANSLATE_NOOP("Audit", "Close every non-TLS listener.");
    r.remediationByKind = {
        { Kind::PostgreSQL,
          QT_TRANSLATE_NOOP("Audit",
                            "Mount a pg_hba.conf with `hostssl` lines only (no `host` line): "
                            "`hostssl all all 0.0.0.0/0 scram-sha-256` — without one the official image's "
                            "`host all all all scram-sha-256` accepts plaintext — then SELECT pg_reload_conf();") },
        { Kind::Redis, QT_TRANSLATE_NOOP("Audit", "redis-server --port 0 (TLS only, as the reference fleet runs it)") },
        { Kind::RabbitMQ, QT_TRANSLATE_NOOP("Audit", "rabbitmq.conf: listeners.tcp = none") },
    };
    r.evidenceUsed = { QStringLiteral("tls.plaintextAccepted"), QStringLiteral("pg.hbaRules"),
                       QStringLiteral("redis.plainPortOpen") };
    r.references = { QStringLiteral("PCI DSS v4.0.1 4.2.1"),
                     QStringLiteral("https://www.postgresql.org/docs/current/auth-pg-hba-conf.html") };
    r.evaluate = plaintextAccepted;
    rules << r;

    r = {};
    r.id = QStringLiteral("TLS-003");
    r.family = Family::Tls;
    r.severity = Severity::High;
    r.kinds = all;
    r.titleSource = QT_TRANSLATE_NOOP("Audit", "TLS older than 1.2 is accepted");
    r.remediationSource = QT_TRANSLATE_NOOP("Audit", "Accept TLS 1.2 and 1.3 only.");
    r.remediationByKind = {
        { Kind::PostgreSQL, QT_TRANSLATE_NOOP("Audit", "ALTER SYSTEM SET ssl_min_protocol_version = 'TLSv1.2';") },
        { Kind::Redis, QT_TRANSLATE_NOOP("Audit", "redis.conf: tls-protocols \"TLSv1.2 TLSv1.3\"") },
        { Kind::RabbitMQ,
          QT_TRANSLATE_NOOP("Audit",
                            "rabbitmq.conf: ssl_options.versions.1 = tlsv1.3, "
                            "ssl_options.versions.2 = tlsv1.2") },
    };
    r.evidenceUsed = { QStringLiteral("tls.protocolsAccepted") };
    r.references = { QStringLiteral("PCI DSS v4.0.1 4.2.1"), QStringLiteral("NIST SP 800-52 Rev. 2 §3.1"),
                     QStringLiteral("RFC 8996") };
    r.evaluate = oldProtocols;
    rules << r;

    r = {};
    r.id = QStringLiteral("TLS-004");
    r.family = Family::Tls;
    r.severity = Severity::Medium;
    r.kinds = all;
    r.titleSource = QT_TRANSLATE_NOOP("Audit", "Weak cipher suites are accepted");
    r.remediationSource = QT_TRANSLATE_NOOP("Audit", "Restrict the cipher list to strong AEAD suites.");
    r.remediationByKind = {
        { Kind::PostgreSQL,
          QT_TRANSLATE_NOOP("Audit", "ALTER SYSTEM SET ssl_ciphers = 'HIGH:!aNULL:!eNULL:!MD5:!3DES:!RC4';") },
        { Kind::Redis, QT_TRANSLATE_NOOP("Audit", "redis.conf: tls-ciphers \"HIGH:!aNULL:!eNULL:!MD5:!3DES:!RC4\"") },
        { Kind::RabbitMQ,
          QT_TRANSLATE_NOOP("Audit",
                            "rabbitmq.conf: ssl_options.ciphers.1 = "
                            "ECDHE-RSA-AES256-GCM-SHA384 (list only AEAD suites)") },
    };
    r.evidenceUsed = { QStringLiteral("tls.cipher"), QStringLiteral("tls.weakCiphersAccepted") };
    r.references = { QStringLiteral("PCI DSS v4.0.1 4.2.1"), QStringLiteral("NIST SP 800-52 Rev. 2 §3.3.1") };
    r.evaluate = weakCiphers;
    rules << r;

    r = {};
    r.id = QStringLiteral("TLS-005");
    r.family = Family::Tls;
    r.severity = Severity::High;
    r.kinds = all;
    r.titleSource = QT_TRANSLATE_NOOP("Audit", "Clients use TLS without verifying the server");
    r.remediationSource = QT_TRANSLATE_NOOP(
        "Audit",
        "Verify the server: libpq sslmode=verify-full sslrootcert=/tls/ca-cert.pem; asyncpg "
        "ssl=ssl.create_default_context(cafile='/tls/ca-cert.pem'); redis-py ssl_cert_reqs=required "
        "ssl_ca_certs=/tls/ca-cert.pem");
    r.remediationByKind = {
        { Kind::PostgreSQL,
          QT_TRANSLATE_NOOP("Audit",
                            "DATABASE_URL: …?sslmode=verify-full&sslrootcert=/tls/ca-cert.pem (asyncpg: "
                            "ssl=ssl.create_default_context(cafile='/tls/ca-cert.pem'))") },
        { Kind::Redis,
          QT_TRANSLATE_NOOP("Audit",
                            "REDIS_URL: rediss://…?ssl_cert_reqs=required&"
                            "ssl_ca_certs=/tls/ca-cert.pem") },
    };
    r.evidenceUsed = { QStringLiteral("clientConnections"), QStringLiteral("clientsWithoutVerification") };
    r.references = { QStringLiteral("PCI DSS v4.0.1 4.2.1"),
                     QStringLiteral("https://www.postgresql.org/docs/current/libpq-ssl.html#LIBPQ-SSL-PROTECTION") };
    r.evaluate = clientsWithoutVerification;
    rules << r;

    r = {};
    r.id = QStringLiteral("TLS-006");
    r.family = Family::Tls;
    r.severity = Severity::High;
    r.kinds = all;
    r.titleSource = QT_TRANSLATE_NOOP("Audit", "The server certificate does not verify against the trusted CA");
    r.remediationSource = QT_TRANSLATE_NOOP(
        "Audit", "Serve a certificate issued by the fleet CA: openssl verify -CAfile ca-cert.pem server-cert.pem");
    r.evidenceUsed = { QStringLiteral("tls.verified"), QStringLiteral("tls.verifyError") };
    r.references = { QStringLiteral("PCI DSS v4.0.1 4.2.1"), QStringLiteral("RFC 5280 §6") };
    r.evaluate = chainNotVerified;
    rules << r;

    return rules;
}

} // namespace Audit::Rules
