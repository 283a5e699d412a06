// SPDX-License-Identifier: GPL-3.0-or-later
// Every rule over hand-made Evidence: pass, fail, unknown (never a pass) and not applicable.
#include "auditfixtures.h"

#include "audit/finding.h"
#include "audit/ruleset.h"
#include "mockclock.h"

#include <QJsonObject>
#include <QTest>

#include <memory>

using namespace Audit;
using namespace AuditFixtures;
using S = Outcome::Status;
using namespace Qt::StringLiterals;

namespace {

struct Row
{
    QByteArray name;
    QString rule;
    Evidence evidence;
    FleetEvidence fleet;
    S expected;
    QString contains;
};

} // namespace

class TestRules final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::MockClock> m_clock;

private slots:
    void initTestCase() { m_clock = std::make_unique<Test::MockClock>(kNow); }
    void cleanupTestCase() { m_clock.reset(); }

private:
    /** The outcome table: every rule with pass, fail, unknown and (where it can happen) not applicable. */
    static QList<Row> rows()
    {
        QList<Row> rows;
        const Evidence pg = hardenedPostgres();
        const Evidence redis = hardenedRedis();
        const FleetEvidence fleet = hardenedFleet();
        auto row = [&](const char *name, const char *rule, const Evidence &e, S expected, const char *contains = "",
                       const FleetEvidence &f = FleetEvidence()) {
            rows.append({ QByteArray(name), QString::fromLatin1(rule), e, f.scope == u"namespace" ? fleet : f, expected,
                          QString::fromUtf8(contains) });
        };
        auto pgWith = [&](const std::function<void(Evidence &)> &change) { return modified(pg, change); };
        auto redisWith = [&](const std::function<void(Evidence &)> &change) { return modified(redis, change); };
        const Evidence tlsOff = pgWith([](Evidence &e) { e.tls.enabled = false; });
        const Evidence tlsUnknown = pgWith([](Evidence &e) { e.tls.enabled.reset(); });

        // TLS
        row("TLS on", "TLS-001", pg, S::Pass);
        row("TLS on (Redis)", "TLS-001", redis, S::Pass);
        row("TLS off", "TLS-001", tlsOff, S::Fail, "plaintext");
        row("TLS unknown", "TLS-001", tlsUnknown, S::NotAssessed);
        row("only hostssl lines", "TLS-002", pg, S::Pass);
        row("host line accepts plaintext", "TLS-002", pgWith([](Evidence &e) {
                e.pg.hbaRules->append({ QStringLiteral("host"), QStringLiteral("all"), QStringLiteral("all"),
                                        QStringLiteral("10.0.0.0/8"), QStringLiteral("scram-sha-256"), 3 });
            }),
            S::Fail, "line 3: host all all 10.0.0.0/8");
        row("host reject line is fine", "TLS-002", pgWith([](Evidence &e) {
                e.pg.hbaRules->append({ QStringLiteral("host"), QStringLiteral("all"), QStringLiteral("all"),
                                        QStringLiteral("0.0.0.0/0"), QStringLiteral("reject"), 3 });
            }),
            S::Pass);
        row("probe's plaintext session accepted", "TLS-002",
            pgWith([](Evidence &e) { e.tls.plaintextAccepted = true; }), S::Fail);
        row("sslmode=disable accepted, rules unreadable: the official image's host line", "TLS-002",
            pgWith([](Evidence &e) {
                e.tls.plaintextAccepted = true;
                e.pg.hbaRules.reset();
            }),
            S::Fail, "host all all all scram-sha-256");
        row("plain Redis port open", "TLS-002", redisWith([](Evidence &e) { e.redis.plainPortOpen = true; }), S::Fail);
        row("Redis --port 0", "TLS-002", redis, S::Pass);
        row("plaintext unknown", "TLS-002", pgWith([](Evidence &e) {
                e.tls.plaintextAccepted.reset();
                e.pg.hbaRules.reset();
            }),
            S::NotAssessed);
        row("plaintext with TLS off", "TLS-002", tlsOff, S::NotApplicable);
        row("TLS 1.2 and 1.3 only", "TLS-003", pg, S::Pass, "TLSv1.2, TLSv1.3");
        row("TLS 1.1 accepted", "TLS-003",
            pgWith([](Evidence &e) { e.tls.protocolsAccepted->insert(QStringLiteral("TLSv1.1")); }), S::Fail,
            "TLSv1.1");
        row("TLS 1.0 accepted", "TLS-003",
            redisWith([](Evidence &e) { e.tls.protocolsAccepted->insert(QStringLiteral("TLSv1")); }), S::Fail, "TLSv1");
        row("protocols unknown", "TLS-003", pgWith([](Evidence &e) { e.tls.protocolsAccepted.reset(); }),
            S::NotAssessed);
        row("protocols with TLS off", "TLS-003", tlsOff, S::NotApplicable);
        row("strong ciphers only", "TLS-004", pg, S::Pass);
        row("3DES accepted", "TLS-004",
            pgWith([](Evidence &e) { e.tls.weakCiphersAccepted = QStringList { QStringLiteral("DES-CBC3-SHA") }; }),
            S::Fail, "DES-CBC3-SHA");
        row("RC4 negotiated", "TLS-004", pgWith([](Evidence &e) {
                e.tls.cipher = QStringLiteral("RC4-SHA");
                e.tls.weakCiphersAccepted.reset();
            }),
            S::Fail, "RC4-SHA");
        row("weak ciphers unknown", "TLS-004", pgWith([](Evidence &e) { e.tls.weakCiphersAccepted.reset(); }),
            S::NotAssessed);
        row("ciphers with TLS off", "TLS-004", tlsOff, S::NotApplicable);
        row("clients verify", "TLS-005", pg, S::Pass);
        row("client sslmode=require", "TLS-005", pgWith([](Evidence &e) {
                e.clientsWithoutVerification = QList<UnverifiedClient> { { QStringLiteral("deployment/sales-service"),
                                                                           QStringLiteral("sslmode=require") } };
            }),
            S::Fail, "sslmode=require");
        row("asyncpg ssl=require", "TLS-005", pgWith([](Evidence &e) {
                e.clientsWithoutVerification = QList<UnverifiedClient> { { QStringLiteral("deployment/auth-service"),
                                                                           QStringLiteral("ssl=require") } };
            }),
            S::Fail, "deployment/auth-service");
        row("redis ssl_cert_reqs=none", "TLS-005", redisWith([](Evidence &e) {
                e.clientsWithoutVerification = QList<UnverifiedClient> { { QStringLiteral("deployment/gateway"),
                                                                           QStringLiteral("ssl_cert_reqs=none") } };
            }),
            S::Fail, "ssl_cert_reqs=none");
        row("clients unknown", "TLS-005", pgWith([](Evidence &e) {
                e.clientsWithoutVerification.reset();
                e.clientConnections.reset();
            }),
            S::NotAssessed);
        // No client found is not a client that verifies.
        row("no client settings found", "TLS-005", pgWith([](Evidence &e) {
                e.clientsWithoutVerification = QList<UnverifiedClient>();
                e.clientConnections = QList<ClientConnection>();
            }),
            S::NotAssessed, "no client connection settings found in env, ConfigMaps or Secrets");
        row("one of two clients does not verify", "TLS-005", pgWith([](Evidence &e) {
                e.clientsWithoutVerification.reset();
                e.clientConnections->append({ QStringLiteral("Deployment/sales-service"),
                                              QStringLiteral("Secret sales-db key DATABASE_URL"), false,
                                              QStringLiteral("sslmode=require"), QString() });
            }),
            S::Fail, "Deployment/sales-service connects with sslmode=require (Secret sales-db key DATABASE_URL)");
        row("every client found verifies", "TLS-005", redis, S::Pass, "ssl_cert_reqs=required");
        row("clients with TLS off", "TLS-005", tlsOff, S::NotApplicable);
        row("chain verifies", "TLS-006", pg, S::Pass);
        row("chain does not verify", "TLS-006", pgWith([](Evidence &e) {
                e.tls.verified = false;
                e.tls.verifyError = QStringLiteral("unable to get local issuer certificate");
            }),
            S::Fail, "local issuer");
        row("verification unknown", "TLS-006", pgWith([](Evidence &e) { e.tls.verified.reset(); }), S::NotAssessed);

        // Certificates
        row("valid leaf cert", "CERT-001", pg, S::Pass);
        row("expired leaf cert", "CERT-001", pgWith([](Evidence &e) { e.certificate.notAfter = kNow.addDays(-1); }),
            S::Fail, "expired");
        row("expiry unknown", "CERT-001", pgWith([](Evidence &e) { e.certificate.notAfter.reset(); }), S::NotAssessed);
        row("expiry with TLS off", "CERT-001", tlsOff, S::NotApplicable);
        row("expiry with TLS unknown", "CERT-001", tlsUnknown, S::NotAssessed);
        row("expires in 3 years", "CERT-002", pg, S::Pass);
        row("expires in 10 days", "CERT-002", pgWith([](Evidence &e) { e.certificate.notAfter = kNow.addDays(10); }),
            S::Fail, "10 days");
        row("30-day rule on expired cert", "CERT-002",
            pgWith([](Evidence &e) { e.certificate.notAfter = kNow.addDays(-1); }), S::NotApplicable);
        row("30-day rule, expiry unknown", "CERT-002", pgWith([](Evidence &e) { e.certificate.notAfter.reset(); }),
            S::NotAssessed);
        row("renewal window, expiry unknown", "CERT-003", pgWith([](Evidence &e) { e.certificate.notAfter.reset(); }),
            S::NotAssessed);
        row("outside renewal window", "CERT-003", pg, S::Pass);
        row("inside 90-day renewal window", "CERT-003",
            pgWith([](Evidence &e) { e.certificate.notAfter = kNow.addDays(60); }), S::Fail, "90-day");
        row("renewal window on 10-day cert", "CERT-003",
            pgWith([](Evidence &e) { e.certificate.notAfter = kNow.addDays(10); }), S::NotApplicable);
        FleetEvidence shortWindow = fleet;
        shortWindow.profile.renewalWindowDays = 45;
        row("60 days left with a 45-day window", "CERT-003",
            pgWith([](Evidence &e) { e.certificate.notAfter = kNow.addDays(60); }), S::Pass, "", shortWindow);
        row("has SANs", "CERT-004", pg, S::Pass);
        row("no SAN", "CERT-004", pgWith([](Evidence &e) {
                e.certificate.sanDns = QStringList();
                e.certificate.sanIp = QStringList();
            }),
            S::Fail, "no subjectAltName");
        row("IP SAN only", "CERT-004", pgWith([](Evidence &e) {
                e.certificate.sanDns = QStringList();
                e.certificate.sanIp = QStringList { QStringLiteral("10.0.0.7") };
            }),
            S::Pass);
        row("SANs unknown", "CERT-004", pgWith([](Evidence &e) {
                e.certificate.sanDns.reset();
                e.certificate.sanIp.reset();
            }),
            S::NotAssessed);
        row("hostname matches", "CERT-005", pg, S::Pass);
        row("hostname mismatch", "CERT-005", pgWith([](Evidence &e) { e.certificate.hostnameMatches = false; }),
            S::Fail, "auth-db-service");
        row("hostname unknown", "CERT-005", pgWith([](Evidence &e) { e.certificate.hostnameMatches.reset(); }),
            S::NotAssessed);
        row("RSA 4096", "CERT-006", pg, S::Pass);
        row("RSA 1024", "CERT-006", pgWith([](Evidence &e) { e.certificate.keyBits = 1024; }), S::Fail, "1024");
        row("EC key is not RSA", "CERT-006", pgWith([](Evidence &e) {
                e.certificate.keyType = QStringLiteral("EC");
                e.certificate.keyBits = 256;
            }),
            S::NotApplicable);
        row("RSA bits unknown", "CERT-006", pgWith([](Evidence &e) { e.certificate.keyBits.reset(); }), S::NotAssessed);
        row("RSA 4096 for 3 years", "CERT-007", pg, S::Pass);
        row("RSA 2048 for 3 years", "CERT-007", pgWith([](Evidence &e) { e.certificate.keyBits = 2048; }), S::Fail,
            "2048");
        row("RSA 2048 for 1 year", "CERT-007", pgWith([](Evidence &e) {
                e.certificate.keyBits = 2048;
                e.certificate.notAfter = e.certificate.notBefore->addDays(365);
            }),
            S::Pass);
        row("RSA 1024 left to CERT-006", "CERT-007", pgWith([](Evidence &e) { e.certificate.keyBits = 1024; }),
            S::NotApplicable);
        row("long-validity rule, validity unknown", "CERT-007",
            pgWith([](Evidence &e) { e.certificate.notBefore.reset(); }), S::NotAssessed);
        row("SHA-256 signature", "CERT-008", pg, S::Pass);
        row("SHA-1 signature", "CERT-008",
            pgWith([](Evidence &e) { e.certificate.signatureAlgorithm = QStringLiteral("sha1WithRSAEncryption"); }),
            S::Fail, "sha1WithRSAEncryption");
        row("signature unknown", "CERT-008", pgWith([](Evidence &e) { e.certificate.signatureAlgorithm.reset(); }),
            S::NotAssessed);
        row("CA-issued leaf", "CERT-009", pg, S::Pass);
        row("self-signed leaf", "CERT-009", pgWith([](Evidence &e) { e.certificate.selfSigned = true; }), S::Fail);
        row("self-signed unknown", "CERT-009", pgWith([](Evidence &e) { e.certificate.selfSigned.reset(); }),
            S::NotAssessed);
        row("CA valid for years", "CERT-010", pg, S::Pass);
        row("CA expires in 60 days", "CERT-010", pgWith([](Evidence &e) { e.ca.notAfter = kNow.addDays(60); }),
            S::Fail);
        row("CA expired", "CERT-010", pgWith([](Evidence &e) { e.ca.notAfter = kNow.addDays(-5); }), S::Fail,
            "expired");
        row("CA unknown", "CERT-010", pgWith([](Evidence &e) { e.ca.notAfter.reset(); }), S::NotAssessed);
        row("3-year leaf beyond CA/B norms", "CERT-011", pg, S::Fail, "398");
        row("90-day leaf", "CERT-011",
            pgWith([](Evidence &e) { e.certificate.notAfter = e.certificate.notBefore->addDays(90); }), S::Pass, "47");
        row("validity unknown", "CERT-011", pgWith([](Evidence &e) { e.certificate.notBefore.reset(); }),
            S::NotAssessed);
        row("secret matches served cert", "CERT-012", pg, S::Pass);
        row("secret differs from served cert", "CERT-012",
            pgWith([](Evidence &e) { e.secretCertificateMatchesServed = false; }), S::Fail);
        row("secret comparison unknown", "CERT-012",
            pgWith([](Evidence &e) { e.secretCertificateMatchesServed.reset(); }), S::NotAssessed);
        row("key file 0600", "CERT-013", pg, S::Pass, "0600");
        row("key file 0400", "CERT-013", pgWith([](Evidence &e) { e.keyFileMode = 0400; }), S::Pass);
        row("key file 0640", "CERT-013", pgWith([](Evidence &e) { e.keyFileMode = 0640; }), S::Fail, "0640");
        row("key file 0644", "CERT-013", pgWith([](Evidence &e) { e.keyFileMode = 0644; }), S::Fail);
        row("key file mode unknown", "CERT-013", pgWith([](Evidence &e) { e.keyFileMode.reset(); }), S::NotAssessed);

        // Authentication
        const auto addHba = [&](const char *type, const char *method) {
            return pgWith([=](Evidence &e) {
                e.pg.hbaRules->append({ QString::fromLatin1(type), QStringLiteral("all"), QStringLiteral("all"),
                                        qstrcmp(type, "local") == 0 ? QString() : QStringLiteral("0.0.0.0/0"),
                                        QString::fromLatin1(method), 9 });
            });
        };
        row("no trust line", "PG-AUTH-001", pg, S::Pass);
        row("hostssl trust", "PG-AUTH-001", addHba("hostssl", "trust"), S::Fail, "line 9");
        row("local trust only", "PG-AUTH-001", addHba("local", "trust"), S::Pass);
        const auto loopbackTrust = pgWith([](Evidence &e) {
            e.pg.hbaRules->append({ QStringLiteral("host"), QStringLiteral("all"), QStringLiteral("all"),
                                    QStringLiteral("127.0.0.1/32"), QStringLiteral("trust"), 4 });
            e.pg.hbaRules->append({ QStringLiteral("host"), QStringLiteral("all"), QStringLiteral("all"),
                                    QStringLiteral("::1/128"), QStringLiteral("trust"), 5 });
        });
        row("initdb's loopback trust is not network trust", "PG-AUTH-001", loopbackTrust, S::Pass);
        row("initdb's loopback trust: a finding of its own", "PG-AUTH-005", loopbackTrust, S::Fail, "line 4");
        row("initdb's local trust", "PG-AUTH-005", addHba("local", "trust"), S::Fail, "line 9");
        row("network trust is PG-AUTH-001's", "PG-AUTH-005", addHba("hostssl", "trust"), S::Pass);
        row("local and loopback rules unknown", "PG-AUTH-005", pgWith([](Evidence &e) { e.pg.hbaRules.reset(); }),
            S::NotAssessed);
        const auto roles = [&](QList<LoginRole> list, QStringList clientRoles = {}) {
            return pgWith([list, clientRoles](Evidence &e) {
                e.pg.loginRoles = list;
                e.pg.credentialsRole = QStringLiteral("auth_db");
                e.pg.database = QStringLiteral("auth_db");
                QList<ClientConnection> connections;
                for (const QString &role : clientRoles)
                    connections.append({QStringLiteral("Deployment/auth-service"), QStringLiteral("env DATABASE_URL"), true,
                                        QStringLiteral("sslmode=verify-full"), role});
                e.clientConnections = connections;
            });
        };
        const LoginRole ownsItsDatabase{QStringLiteral("auth_db"), false, false, true, false, {QStringLiteral("auth_db")}};
        const LoginRole bootstrapSuperuser{QStringLiteral("auth_db"), true, true, true, true,
                                           {QStringLiteral("auth_db"), QStringLiteral("postgres"), QStringLiteral("template1")}};
        const LoginRole serviceRole{QStringLiteral("auth_service"), false, false, false, false, {QStringLiteral("auth_db")}};
        row("the credentials' role owns only its database", "PG-ROLE-001", roles({ownsItsDatabase}), S::Pass, "CREATEDB");
        row("the image's bootstrap superuser", "PG-ROLE-001", roles({bootstrapSuperuser}), S::Fail, "superuser");
        row("it owns postgres and template1 too", "PG-ROLE-001", roles({bootstrapSuperuser}), S::Fail, "postgres, template1");
        row("the role the services name is judged", "PG-ROLE-001",
            roles({bootstrapSuperuser, serviceRole}, {QStringLiteral("auth_service")}), S::Pass, "auth_service");
        row("a service naming the superuser", "PG-ROLE-001",
            roles({bootstrapSuperuser, serviceRole}, {QStringLiteral("auth_service"), QStringLiteral("auth_db")}), S::Fail,
            "role auth_db");
        row("a role the server does not have", "PG-ROLE-001", roles({ownsItsDatabase}, {QStringLiteral("ghost")}),
            S::NotAssessed, "ghost");
        row("roles not read", "PG-ROLE-001", pg, S::NotAssessed, "pg.loginRoles");
        row("role rule on Redis", "PG-ROLE-001", redis, S::NotApplicable);
        row("hba unknown", "PG-AUTH-001", pgWith([](Evidence &e) { e.pg.hbaRules.reset(); }), S::NotAssessed);
        row("PG rule on Redis", "PG-AUTH-001", redis, S::NotApplicable);
        row("no password line", "PG-AUTH-002", pg, S::Pass);
        row("password lines unknown", "PG-AUTH-002", pgWith([](Evidence &e) { e.pg.hbaRules.reset(); }),
            S::NotAssessed);
        row("password method", "PG-AUTH-002", addHba("hostssl", "password"), S::Fail);
        row("scram everywhere", "PG-AUTH-003", pg, S::Pass);
        row("md5 line", "PG-AUTH-003", addHba("hostssl", "md5"), S::Fail, "md5");
        row("md5 verifier", "PG-AUTH-003",
            pgWith([](Evidence &e) { e.pg.nonScramRoles = QStringList { QStringLiteral("sales_user") }; }), S::Fail,
            "sales_user");
        row("verifiers unknown", "PG-AUTH-003", pgWith([](Evidence &e) { e.pg.nonScramRoles.reset(); }),
            S::NotAssessed);
        // No rules to read: the probe's own login refusing SCRAM with channel binding is an observation.
        row("rules unknown, login not SCRAM", "PG-AUTH-003", pgWith([](Evidence &e) {
                e.pg.hbaRules.reset();
                e.pg.scramLogin = false;
                e.pg.scramLoginDetail = QStringLiteral("channel binding required but not supported by server's "
                                                       "authentication request");
            }),
            S::Fail, "not supported by server");
        // One SCRAM login proves that path only: without the rules the rule stays not assessed.
        row("rules unknown, login SCRAM", "PG-AUTH-003", pgWith([](Evidence &e) {
                e.pg.hbaRules.reset();
                e.pg.scramLogin = true;
            }),
            S::NotAssessed);
        // With the rules read, trust/password lines have rules of their own: the login adds nothing here.
        row("rules read, login not SCRAM", "PG-AUTH-003", pgWith([](Evidence &e) { e.pg.scramLogin = false; }),
            S::Pass);
        row("password_encryption scram", "PG-AUTH-004", pg, S::Pass);
        row("password_encryption md5", "PG-AUTH-004",
            pgWith([](Evidence &e) { e.pg.passwordEncryption = QStringLiteral("md5"); }), S::Fail, "md5");
        row("password_encryption unknown", "PG-AUTH-004", pgWith([](Evidence &e) { e.pg.passwordEncryption.reset(); }),
            S::NotAssessed);
        const Evidence rabbit = modified(redis, [](Evidence &e) {
            e.name = QStringLiteral("rabbitmq");
            e.kind = Kind::RabbitMQ;
            e.redis = {};
            e.rabbitmq.guestLogin = false;
            e.rabbitmq.plainPortOpen = false;
        });
        auto rabbitWith = [&](const std::function<void(Evidence &)> &change) { return modified(rabbit, change); };
        row("guest refused", "RABBITMQ-AUTH-001", rabbit, S::Pass);
        row("guest logs in", "RABBITMQ-AUTH-001", rabbitWith([](Evidence &e) {
                e.rabbitmq.guestLogin = true;
                e.rabbitmq.guestExists = true;
            }), S::Fail, "guest");
        row("guest localhost only", "RABBITMQ-AUTH-001", rabbitWith([](Evidence &e) { e.rabbitmq.guestExists = true; }),
            S::Fail, "localhost");
        row("guest unknown", "RABBITMQ-AUTH-001", rabbitWith([](Evidence &e) { e.rabbitmq.guestLogin.reset(); }),
            S::NotAssessed);
        row("RabbitMQ rule on PostgreSQL", "RABBITMQ-AUTH-001", pg, S::NotApplicable);
        row("plain AMQP port open", "TLS-002", rabbitWith([](Evidence &e) { e.tls.plaintextAccepted = true; }), S::Fail);
        row("Redis requires AUTH", "REDIS-AUTH-001", redis, S::Pass);
        row("Redis without AUTH", "REDIS-AUTH-001", redisWith([](Evidence &e) { e.redis.authRequired = false; }),
            S::Fail);
        row("Redis AUTH unknown", "REDIS-AUTH-001", redisWith([](Evidence &e) { e.redis.authRequired.reset(); }),
            S::NotAssessed);
        row("Redis rule on PostgreSQL", "REDIS-AUTH-001", pg, S::NotApplicable);
        row("default user with password", "REDIS-AUTH-002", redis, S::Pass);
        row("default user nopass", "REDIS-AUTH-002", redisWith([](Evidence &e) { e.redis.defaultUserNopass = true; }),
            S::Fail, "nopass");
        row("default user unknown", "REDIS-AUTH-002", redisWith([](Evidence &e) { e.redis.defaultUserNopass.reset(); }),
            S::NotAssessed);
        row("tls-auth-clients with TLS off", "REDIS-AUTH-003", redisWith([](Evidence &e) { e.tls.enabled = false; }),
            S::NotApplicable);
        row("tls-auth-clients yes", "REDIS-AUTH-003", redis, S::Pass);
        row("tls-auth-clients no with ACL users", "REDIS-AUTH-003", redisWith([](Evidence &e) {
                e.redis.tlsAuthClients = QStringLiteral("no");
                e.redis.aclUsers = QStringList { QStringLiteral("forecasting") };
            }),
            S::Pass);
        row("tls-auth-clients no without ACL users", "REDIS-AUTH-003",
            redisWith([](Evidence &e) { e.redis.tlsAuthClients = QStringLiteral("no"); }), S::Fail,
            "tls-auth-clients no");
        row("ACL users unknown", "REDIS-AUTH-003", redisWith([](Evidence &e) {
                e.redis.tlsAuthClients = QStringLiteral("no");
                e.redis.aclUsers.reset();
            }),
            S::NotAssessed);

        // Secrets
        row("32-character password", "SECRET-001", pg, S::Pass);
        row("31-character password", "SECRET-001", pgWith([](Evidence &e) { e.secret.passwordLength = 31; }), S::Fail,
            "31");
        row("length unknown", "SECRET-001", pgWith([](Evidence &e) { e.secret.passwordLength.reset(); }),
            S::NotAssessed);
        FleetEvidence lenient = fleet;
        lenient.profile.minPasswordLength = 16;
        row("20 characters with a 16-character profile", "SECRET-001",
            pgWith([](Evidence &e) { e.secret.passwordLength = 20; }), S::Pass, "", lenient);
        row("three character classes", "SECRET-002", pg, S::Pass);
        row("two character classes", "SECRET-002", pgWith([](Evidence &e) { e.secret.characterClasses = 2; }), S::Fail);
        row("classes unknown", "SECRET-002", pgWith([](Evidence &e) { e.secret.characterClasses.reset(); }),
            S::NotAssessed);
        row("rotated 20 days ago", "SECRET-003", pg, S::Pass);
        row("rotated 120 days ago", "SECRET-003", pgWith([](Evidence &e) { e.secret.rotatedAt = kNow.addDays(-120); }),
            S::Fail, "120 days");
        row("rolvaliduntil passed", "SECRET-003", pgWith([](Evidence &e) { e.secret.validUntil = kNow.addDays(-1); }),
            S::Fail, "rolvaliduntil");
        row("rotation unknown", "SECRET-003", pgWith([](Evidence &e) { e.secret.rotatedAt.reset(); }), S::NotAssessed);
        row("written 10 days ago by kubectl (managedFields)", "SECRET-003", pgWith([](Evidence &e) {
                e.secret.rotatedAt = kNow.addDays(-10);
                e.secret.rotatedSource = QStringLiteral("managedFields kubectl-client-side-apply");
            }),
            S::Pass, "by kubectl-client-side-apply");
        row("written 200 days ago by helm (managedFields)", "SECRET-003", pgWith([](Evidence &e) {
                e.secret.rotatedAt = kNow.addDays(-200);
                e.secret.rotatedSource = QStringLiteral("managedFields helm");
            }),
            S::Fail, "200 days ago");
        row("a password of its own", "SECRET-004", pgWith([](Evidence &e) { e.secret.sharedWith = QStringList(); }), S::Pass,
            "keyed digests");
        row("the same password as two others", "SECRET-004",
            pgWith([](Evidence &e) { e.secret.sharedWith = QStringList{QStringLiteral("orders-db"), QStringLiteral("redis")}; }),
            S::Fail, "orders-db, redis");
        row("password not read", "SECRET-004", pg, S::NotAssessed, "secret.sharedWith");

        // Persistence
        row("Bound PVC", "PERSIST-001", pg, S::Pass);
        row("ephemeral storage", "PERSIST-001", pgWith([](Evidence &e) {
                e.pvc.ephemeral = true;
                e.pvc.bound.reset();
            }),
            S::Fail, "ephemeral");
        row("PVC not bound", "PERSIST-001", pgWith([](Evidence &e) { e.pvc.bound = false; }), S::Fail);
        row("PVC unknown", "PERSIST-001", pgWith([](Evidence &e) { e.pvc = {}; }), S::NotAssessed);
        row("database PVC rule on Redis", "PERSIST-001", redis, S::NotApplicable);
        row("Redis Bound PVC", "PERSIST-002", redis, S::Pass);
        row("Redis without PVC", "PERSIST-002", redisWith([](Evidence &e) { e.pvc.bound = false; }), S::Fail);
        row("Redis PVC unknown", "PERSIST-002", redisWith([](Evidence &e) { e.pvc = {}; }), S::NotAssessed);
        row("AOF on", "PERSIST-003", redis, S::Pass);
        row("AOF off", "PERSIST-003", redisWith([](Evidence &e) { e.redis.appendonly = false; }), S::Fail,
            "appendonly no");
        row("AOF unknown", "PERSIST-003", redisWith([](Evidence &e) { e.redis.appendonly.reset(); }), S::NotAssessed);
        row("AOF on, fsync every second, on a PVC", "PERSIST-003", redisWith([](Evidence &e) {
                e.redis.appendfsync = QStringLiteral("everysec");
                e.redis.dir = QStringLiteral("/data");
            }),
            S::Pass, "redis-pvc (dir /data)");
        row("AOF on, appendfsync no", "PERSIST-003",
            redisWith([](Evidence &e) { e.redis.appendfsync = QStringLiteral("no"); }), S::Fail, "appendfsync no");
        row("AOF on, data on emptyDir", "PERSIST-003", redisWith([](Evidence &e) {
                e.pvc.bound = false;
                e.pvc.ephemeral = true;
            }),
            S::Fail, "does not survive the pod");
        row("AOF on, storage unknown (direct target)", "PERSIST-003", redisWith([](Evidence &e) {
                e.pvc = {};
                e.unknownReasons.insert(QStringLiteral("pvc"), QStringLiteral("a direct target: no Kubernetes facts"));
                e.unknownReasons.insert(QStringLiteral("pvc.bound"), QStringLiteral("a direct target"));
            }),
            S::NotAssessed, "survive a restart");
        row("CONFIG renamed: AOF unknown with the reason", "PERSIST-003", redisWith([](Evidence &e) {
                e.redis.appendonly.reset();
                e.unknownReasons.insert(QStringLiteral("redis.appendonly"),
                                        QStringLiteral("CONFIG GET is renamed or disabled on this server"));
            }),
            S::NotAssessed, "renamed or disabled");
        const auto save = [&](const char *points) {
            return redisWith([=](Evidence &e) { e.redis.save = QString::fromLatin1(points); });
        };
        row("RDB snapshots on a PVC", "PERSIST-004", save("3600 1 300 100 60 10000"), S::Pass, "3600 1 300 100");
        row("RDB off (save \"\")", "PERSIST-004", save(""), S::Fail, "No RDB snapshots");
        row("RDB on emptyDir", "PERSIST-004", modified(save("3600 1"), [](Evidence &e) { e.pvc.bound = false; }),
            S::Fail, "PERSIST-002");
        row("RDB on, storage unknown", "PERSIST-004", modified(save("3600 1"), [](Evidence &e) { e.pvc = {}; }),
            S::NotAssessed);
        row("save denied (NOPERM)", "PERSIST-004", redisWith([](Evidence &e) {
                e.unknownReasons.insert(QStringLiteral("redis.save"),
                                        QStringLiteral("CONFIG GET is not allowed for user \"probe\""));
            }),
            S::NotAssessed, "not allowed");
        row("RDB rule on PostgreSQL", "PERSIST-004", pg, S::NotApplicable);

        // Audit logging
        const auto setting = [&](const char *name, const char *value) {
            return pgWith([=](Evidence &e) { e.pg.settings[QString::fromLatin1(name)] = QString::fromLatin1(value); });
        };
        const auto without = [&](const char *name) {
            return pgWith([=](Evidence &e) { e.pg.settings.remove(QString::fromLatin1(name)); });
        };
        row("log_connections on", "PG-LOG-001", pg, S::Pass);
        row("log_connections off", "PG-LOG-001", setting("log_connections", "off"), S::Fail, "log_connections = off");
        row("log_connections empty list (PostgreSQL 18)", "PG-LOG-001", setting("log_connections", ""), S::Fail);
        row("log_connections list (PostgreSQL 18)", "PG-LOG-001",
            setting("log_connections", "receipt,authentication,authorization"), S::Pass);
        row("log_connections unknown", "PG-LOG-001", without("log_connections"), S::NotAssessed);
        row("log_disconnections on", "PG-LOG-002", pg, S::Pass);
        row("log_disconnections off", "PG-LOG-002", setting("log_disconnections", "off"), S::Fail);
        row("log_disconnections unknown", "PG-LOG-002", without("log_disconnections"), S::NotAssessed);
        row("prefix with user, db, client", "PG-LOG-003", pg, S::Pass);
        row("prefix without user, db, client", "PG-LOG-003", setting("log_line_prefix", "%m [%p] "), S::Fail,
            "user (%u)");
        row("prefix with %h", "PG-LOG-003", setting("log_line_prefix", "%t %u %d %h "), S::Pass);
        row("prefix unknown", "PG-LOG-003", without("log_line_prefix"), S::NotAssessed);
        row("log_statement ddl", "PG-LOG-004", pg, S::Pass);
        row("log_statement all", "PG-LOG-004", setting("log_statement", "all"), S::Fail, "ALTER ROLE");
        row("log_statement mod", "PG-LOG-004", setting("log_statement", "mod"), S::Fail);
        row("log_statement unknown", "PG-LOG-004", without("log_statement"), S::NotAssessed);
        row("pgcrypto installed", "PG-LOG-005", pg, S::Pass);
        row("pgcrypto missing", "PG-LOG-005",
            pgWith([](Evidence &e) { e.pg.extensionsInstalled = QStringList { QStringLiteral("plpgsql") }; }), S::Fail,
            "available on the server");
        FleetEvidence noPgcrypto = fleet;
        noPgcrypto.profile.expectPgcrypto = false;
        row("pgcrypto not expected", "PG-LOG-005", pg, S::NotApplicable, "", noPgcrypto);
        row("extensions unknown", "PG-LOG-005", pgWith([](Evidence &e) { e.pg.extensionsInstalled.reset(); }),
            S::NotAssessed);
        row("DDL logged", "PG-LOG-006", pg, S::Pass);
        row("log_statement none", "PG-LOG-006", setting("log_statement", "none"), S::Fail);
        row("DDL logging unknown", "PG-LOG-006", without("log_statement"), S::NotAssessed);
        row("prefix with %m", "PG-LOG-007", pg, S::Pass, "%m");
        row("prefix with %t", "PG-LOG-007", setting("log_line_prefix", "%t [%p] "), S::Pass);
        row("prefix with %n", "PG-LOG-007", setting("log_line_prefix", "%n %u@%d "), S::Pass);
        row("prefix without a timestamp", "PG-LOG-007", setting("log_line_prefix", "[%p] %u@%d %r "), S::Fail,
            "No timestamp");
        row("prefix hidden from the role", "PG-LOG-007", pgWith([](Evidence &e) {
                e.pg.settings.remove(QStringLiteral("log_line_prefix"));
                e.unknownReasons.insert(QStringLiteral("pg.settings.log_line_prefix"),
                                        QStringLiteral("not visible to role app"));
            }),
            S::NotAssessed, "not visible to role app");
        row("slow statements over 250 ms", "PG-LOG-008", setting("log_min_duration_statement", "250ms"), S::Pass,
            "250ms");
        row("log_min_duration_statement -1", "PG-LOG-008", setting("log_min_duration_statement", "-1"), S::Fail,
            "not logged");
        row("log_min_duration_statement 0 logs every statement", "PG-LOG-008",
            setting("log_min_duration_statement", "0"), S::Fail, "every statement");
        row("log_min_duration_statement unknown", "PG-LOG-008", pg, S::NotAssessed);
        const auto collector = [&](const char *on, const char *age, const char *size) {
            return pgWith([=](Evidence &e) {
                e.pg.settings[QStringLiteral("logging_collector")] = QString::fromLatin1(on);
                if (age)
                    e.pg.settings[QStringLiteral("log_rotation_age")] = QString::fromLatin1(age);
                if (size)
                    e.pg.settings[QStringLiteral("log_rotation_size")] = QString::fromLatin1(size);
            });
        };
        row("collector rotating daily", "PG-LOG-009", collector("on", "1d", "10MB"), S::Pass, "log_rotation_age = 1d");
        row("collector rotating by size only", "PG-LOG-009", collector("on", "0", "100MB"), S::Pass);
        row("collector never rotating", "PG-LOG-009", collector("on", "0", "0"), S::Fail, "never rotated");
        row("collector on, rotation unknown", "PG-LOG-009", collector("on", nullptr, nullptr), S::NotAssessed,
            "log_rotation_age");
        row("collector off: stderr to the runtime", "PG-LOG-009", collector("off", "0", "0"), S::NotApplicable,
            "stderr");
        row("collector unknown", "PG-LOG-009", pg, S::NotAssessed, "logging_collector");
        FleetEvidence year = fleet;
        year.profile.logRetentionDays = 400;
        FleetEvidence week = fleet;
        week.profile.logRetentionDays = 7;
        row("logs kept 400 days (attested)", "LOG-001", pg, S::Pass, "400 days", year);
        row("the guide's 7-day retention", "LOG-001", pg, S::Fail, "12 months", week);
        row("no retention fact", "LOG-001", pg, S::NotAssessed, "attestations.logRetention");

        // Operations
        row("pod running and ready", "OPS-001", pg, S::Pass);
        row("pod pending", "OPS-001", pgWith([](Evidence &e) { e.pod.phase = QStringLiteral("Pending"); }), S::Fail,
            "Pending");
        row("pod not ready", "OPS-001", pgWith([](Evidence &e) { e.pod.ready = false; }), S::Fail);
        row("pod unknown", "OPS-001", pgWith([](Evidence &e) { e.pod = {}; }), S::NotAssessed);
        row("no restarts", "OPS-002", pg, S::Pass);
        row("restarting", "OPS-002", pgWith([](Evidence &e) { e.pod.restarts = 12; }), S::Fail, "12");
        row("restarts unknown", "OPS-002", pgWith([](Evidence &e) { e.pod.restarts.reset(); }), S::NotAssessed);
        row("backup a day old", "OPS-003", pg, S::Pass);
        row("backup 30 days old", "OPS-003", pgWith([](Evidence &e) { e.backup.newestAt = kNow.addDays(-30); }),
            S::Fail, "30 days old");
        row("no backup at the location", "OPS-003", pgWith([](Evidence &e) {
                e.backup.count = 0;
                e.backup.newestAt.reset();
            }),
            S::Fail, "No backup");
        row("backup location unknown", "OPS-003", pgWith([](Evidence &e) {
                e.backup = {};
                e.unknownReasons.insert(QStringLiteral("backup.location"), QStringLiteral("not configured"));
            }),
            S::NotAssessed, "not configured");

        const auto version = [&](int number, const char *text) {
            return pgWith([=](Evidence &e) {
                e.pg.serverVersionNumber = number;
                e.pg.serverVersion = QString::fromLatin1(text);
            });
        };
        row("PostgreSQL 17, as the guide runs", "PG-VER-001", version(170006, "17.6"), S::Pass, "2029-11-08");
        row("PostgreSQL 14 until its last day", "PG-VER-001", version(140019, "14.19"), S::Pass, "2026-11-12");
        row("PostgreSQL 13 past its end of life", "PG-VER-001", version(130022, "13.22"), S::Fail, "2025-11-13");
        row("PostgreSQL 9.6 past its end of life", "PG-VER-001", version(90624, "9.6.24"), S::Fail, "9.6");
        row("PostgreSQL 8.4: older than the table", "PG-VER-001", version(80422, "8.4.22"), S::Fail, "8.4");
        row("PostgreSQL 19: newer than the table", "PG-VER-001", version(190000, "19devel"), S::NotAssessed,
            "end-of-life table");
        row("server version not read", "PG-VER-001", pgWith([](Evidence &e) {
                e.pg.serverVersionNumber.reset();
                e.unknownReasons.insert(QStringLiteral("pg.serverVersionNumber"), QStringLiteral("auth failed"));
            }),
            S::NotAssessed, "auth failed");
        row("PostgreSQL version rule on Redis", "PG-VER-001", redis, S::NotApplicable);

        // Kubernetes (fleet rules)
        FleetEvidence broad = fleet;
        broad.secretsReadableBroadly = QStringList { QStringLiteral("ServiceAccount bakery-ia/default") };
        FleetEvidence insecure = fleet;
        insecure.kubeconfigInsecureSkipTlsVerify = true;
        FleetEvidence unknownFleet;
        unknownFleet.scope = QStringLiteral("namespace/bakery-ia");
        row("no broad Secret readers", "KUBE-001", pg, S::Pass);
        row("Secrets readable by default SA", "KUBE-001", pg, S::Fail, "bakery-ia/default", broad);
        row("RBAC unknown", "KUBE-001", pg, S::NotAssessed, "", unknownFleet);
        row("API server verified", "KUBE-002", pg, S::Pass);
        row("insecure-skip-tls-verify", "KUBE-002", pg, S::Fail, "insecure-skip-tls-verify", insecure);
        row("kubeconfig unknown", "KUBE-002", pg, S::NotAssessed, "", unknownFleet);
        const auto volume = [&](const char *size, const QStringList &modes) {
            return pgWith([=](Evidence &e) {
                e.pvc.bound = true;
                e.pvc.ephemeral = false;
                e.pvc.name = QStringLiteral("auth-db-pvc");
                e.pvc.capacity = QString::fromLatin1(size);
                e.pvc.accessModes = modes;
            });
        };
        const QStringList rwo{QStringLiteral("ReadWriteOnce")};
        row("2Gi ReadWriteOnce, as the guide", "PERSIST-005", volume("2Gi", rwo), S::Pass, "2Gi");
        row("5Gi is more than enough", "PERSIST-005", volume("5Gi", rwo), S::Pass);
        row("1Gi is less than the profile", "PERSIST-005", volume("1Gi", rwo), S::Fail, "Smaller than the 2Gi");
        row("2000M is less than 2Gi", "PERSIST-005", volume("2000M", rwo), S::Fail, "Smaller");
        row("ReadWriteMany", "PERSIST-005", volume("2Gi", {QStringLiteral("ReadWriteMany")}), S::Fail, "Not mounted ReadWriteOnce");
        row("capacity unknown", "PERSIST-005", pgWith([](Evidence &e) { e.pvc.bound = true; e.pvc.capacity.reset(); }), S::NotAssessed,
            "pvc.capacity");
        row("ephemeral data", "PERSIST-005", pgWith([](Evidence &e) { e.pvc.ephemeral = true; }), S::NotApplicable);
        row("ClusterIP only", "KUBE-004", pgWith([](Evidence &e) { e.network.exposure = QStringList(); }), S::Pass, "ClusterIP");
        row("NodePort Service", "KUBE-004",
            pgWith([](Evidence &e) { e.network.exposure = QStringList{QStringLiteral("Service auth-db-service is of type NodePort (node port 30432)")}; }),
            S::Fail, "30432");
        row("Services unreadable", "KUBE-004",
            pgWith([](Evidence &e) { e.unknownReasons.insert(QStringLiteral("network.exposure"), QStringLiteral("cannot list ingresses: forbidden")); }),
            S::NotAssessed, "cannot list ingresses");
        row("a NetworkPolicy admits only its services", "KUBE-005",
            pgWith([](Evidence &e) { e.network.ingressPolicies = QStringList{QStringLiteral("auth-db-ingress")}; }), S::Pass, "auth-db-ingress");
        row("no NetworkPolicy selects its pods", "KUBE-005", pgWith([](Evidence &e) { e.network.ingressPolicies = QStringList(); }),
            S::Fail, "every pod of the cluster");
        row("an allow-all policy beside a restricting one", "KUBE-005", pgWith([](Evidence &e) {
                e.network.ingressPolicies = QStringList{QStringLiteral("auth-db-ingress")};
                e.network.openIngressPolicies = QStringList{QStringLiteral("allow-all")};
            }),
            S::Fail, "allow-all");
        row("NetworkPolicies unreadable", "KUBE-005", pg, S::NotAssessed, "network.ingressPolicies");
        FleetEvidence attested = fleet;
        attested.profile.secretsEncryptedAtRest = true;
        attested.profile.secretsEncryptionAttestedBy = QStringLiteral("platform team, 2026-11-02");
        FleetEvidence plain = fleet;
        plain.profile.secretsEncryptedAtRest = false;
        row("Secrets encryption not stated", "KUBE-003", pg, S::NotAssessed, "cluster-admin evidence");
        row("Secrets encryption attested", "KUBE-003", pg, S::Pass, "attested by platform team", attested);
        row("Secrets stored unencrypted (attested)", "KUBE-003", pg, S::Fail, "unencrypted", plain);
        return rows;
    }

private slots:
    void outcome_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<Evidence>("evidence");
        QTest::addColumn<FleetEvidence>("fleet");
        QTest::addColumn<int>("expected");
        QTest::addColumn<QString>("evidenceContains");
        for (const Row &r : rows())
            QTest::newRow(r.name.constData()) << r.rule << r.evidence << r.fleet << int(r.expected) << r.contains;
    }

    void outcome()
    {
        QFETCH(QString, rule);
        QFETCH(Evidence, evidence);
        QFETCH(FleetEvidence, fleet);
        QFETCH(int, expected);
        QFETCH(QString, evidenceContains);

        const Rule *r = RuleSet::find(rule);
        QVERIFY2(r, qPrintable(rule));
        // A rule whose kinds exclude the datastore is excluded by evaluate(): report that as not applicable.
        const Outcome outcome = r->scope == Scope::Datastore && !r->appliesTo(evidence.kind)
            ? Outcome::notApplicable(QStringLiteral("kind"))
            : r->evaluate(evidence, fleet);
        QCOMPARE(statusName(outcome.status), statusName(S(expected)));
        if (outcome.status == S::Pass || outcome.status == S::Fail)
            QVERIFY2(!outcome.evidence.isEmpty(), "a verdict names its evidence");
        else
            QVERIFY2(!outcome.reason.isEmpty(), "not assessed / not applicable says why");
        if (!evidenceContains.isEmpty()) {
            const QString text = outcome.evidence.join(u'\n') + u'\n' + outcome.reason;
            QVERIFY2(text.contains(evidenceContains), qPrintable(text));
        }
    }

    void everyRuleIsTested()
    {
        // The outcome table covers every rule with at least a pass, a fail and an unknown.
        QSet<QString> pass, fail, unknown;
        for (const Row &r : rows()) {
            if (r.expected == S::Pass)
                pass.insert(r.rule);
            else if (r.expected == S::Fail)
                fail.insert(r.rule);
            else if (r.expected == S::NotAssessed)
                unknown.insert(r.rule);
        }
        for (const Rule &rule : RuleSet::all()) {
            QVERIFY2(pass.contains(rule.id), qPrintable(rule.id + u" has no passing row"_s));
            QVERIFY2(fail.contains(rule.id), qPrintable(rule.id + u" has no failing row"_s));
            QVERIFY2(unknown.contains(rule.id), qPrintable(rule.id + u" has no not-assessed row"_s));
        }
    }

    void catalogue_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("severity");
        QTest::newRow("TLS off is critical") << u"TLS-001"_s << u"critical"_s;
        QTest::newRow("plaintext also accepted is high") << u"TLS-002"_s << u"high"_s;
        QTest::newRow("TLS < 1.2 is high") << u"TLS-003"_s << u"high"_s;
        QTest::newRow("clients without verification are high") << u"TLS-005"_s << u"high"_s;
        QTest::newRow("expired is critical") << u"CERT-001"_s << u"critical"_s;
        QTest::newRow("30 days is high") << u"CERT-002"_s << u"high"_s;
        QTest::newRow("renewal window is medium") << u"CERT-003"_s << u"medium"_s;
        QTest::newRow("RSA < 2048 is high") << u"CERT-006"_s << u"high"_s;
        QTest::newRow("RSA < 3072 long validity is low") << u"CERT-007"_s << u"low"_s;
        QTest::newRow("validity norms are informational") << u"CERT-011"_s << u"info"_s;
        QTest::newRow("tls-auth-clients no is low") << u"REDIS-AUTH-003"_s << u"low"_s;
        QTest::newRow("no PVC for a database is critical") << u"PERSIST-001"_s << u"critical"_s;
        QTest::newRow("log_statement all is high") << u"PG-LOG-004"_s << u"high"_s;
    }

    void catalogue()
    {
        QFETCH(QString, rule);
        QFETCH(QString, severity);
        const Rule *r = RuleSet::find(rule);
        QVERIFY(r);
        QCOMPARE(severityName(r->severity), severity);
    }

    void everyRuleIsComplete()
    {
        QSet<QString> ids;
        for (const Rule &r : RuleSet::all()) {
            QVERIFY2(!ids.contains(r.id), qPrintable(r.id));
            ids.insert(r.id);
            QVERIFY2(!r.title().isEmpty(), qPrintable(r.id));
            QVERIFY2(!r.remediation().isEmpty(), qPrintable(r.id));
            QVERIFY2(!r.references.isEmpty(), qPrintable(r.id));
            QVERIFY2(!r.evidenceUsed.isEmpty(), qPrintable(r.id));
            QVERIFY2(bool(r.evaluate), qPrintable(r.id));
            QVERIFY2(r.scope == Scope::Fleet || !r.kinds.isEmpty(), qPrintable(r.id));
        }
        QVERIFY(ids.size() >= 40);
    }

    void unknownIsNeverAPass()
    {
        // Evidence with nothing known: every rule is not assessed (or not applicable), never pass nor fail.
        for (Kind kind : { Kind::PostgreSQL, Kind::Redis, Kind::RabbitMQ }) {
            Evidence e;
            e.name = QStringLiteral("blank");
            e.kind = kind;
            const QList<Assessment> all = evaluate({ e }, FleetEvidence());
            QVERIFY(!all.isEmpty());
            for (const Assessment &a : all)
                QVERIFY2(!a.outcome.isAssessed(), qPrintable(a.ruleId + u' ' + kindName(kind)));
        }
    }

    /** A datastore that was not reached: every check of a live fact is not assessed, whatever the evidence says. */
    void notReachedLeavesLiveChecksUnassessed()
    {
        for (Evidence e : { hardenedPostgres(), hardenedRedis() }) {
            e.redis.authRequired = false; // what a silent connection used to leave behind
            e.notReached = QStringLiteral("127.0.0.1:6379: timed out after 10000 ms");
            int live = 0;
            for (const Assessment &a : evaluate({ e }, hardenedFleet())) {
                const Rule *rule = RuleSet::find(a.ruleId);
                QVERIFY(rule);
                QCOMPARE(a.notReached, a.kind ? e.notReached : QString()); // the fleet scope was reached
                if (!rule->readsLiveFacts())
                    continue;
                ++live;
                QCOMPARE(statusName(a.outcome.status), statusName(S::NotAssessed));
                QCOMPARE(a.outcome.reason, u"Not reached: 127.0.0.1:6379: timed out after 10000 ms"_s);
            }
            QVERIFY(live > 10);
        }
    }

    /** Every outcome records its basis: the black-box probe observes, settings and objects are read. */
    void everyAssessmentHasItsBasis_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("basis");
        QTest::newRow("TLS-001 observed") << u"TLS-001"_s << u"observed"_s;
        QTest::newRow("REDIS-AUTH-001 observed") << u"REDIS-AUTH-001"_s << u"observed"_s;
        QTest::newRow("PG-LOG-004 read (server settings)") << u"PG-LOG-004"_s << u"read"_s;
        QTest::newRow("PERSIST-001 read (Kubernetes)") << u"PERSIST-001"_s << u"read"_s;
        QTest::newRow("TLS-005 read (client settings)") << u"TLS-005"_s << u"read"_s;
        QTest::newRow("CERT-012 inferred") << u"CERT-012"_s << u"inferred"_s;
        QTest::newRow("LOG-001 attested (the profile)") << u"LOG-001"_s << u"attested"_s;
    }

    void everyAssessmentHasItsBasis()
    {
        QFETCH(QString, rule);
        QFETCH(QString, basis);
        const QList<Assessment> all = evaluate({ hardenedPostgres(), hardenedRedis() }, hardenedFleet());
        bool seen = false;
        for (const Assessment &a : all) {
            if (a.ruleId != rule)
                continue;
            seen = true;
            QCOMPARE(basisName(a.basis), basis);
        }
        QVERIFY2(seen, qPrintable(rule));
    }

    void unknownReasonIsCarried()
    {
        Evidence e = hardenedPostgres();
        e.tls.protocolsAccepted.reset();
        e.unknownReasons.insert(QStringLiteral("tls.protocolsAccepted"), QStringLiteral("probe timed out after 10 s"));
        const Outcome o = RuleSet::find(QStringLiteral("TLS-003"))->evaluate(e, hardenedFleet());
        QCOMPARE(o.status, S::NotAssessed);
        QVERIFY2(o.reason.contains(u"probe timed out after 10 s"), qPrintable(o.reason));
    }

    void remediationsAreExact_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("line");
        QTest::newRow("hostssl line") << u"TLS-002"_s << int(Kind::PostgreSQL)
                                      << u"hostssl all all 0.0.0.0/0 scram-sha-256"_s;
        QTest::newRow("Redis TLS only") << u"TLS-002"_s << int(Kind::Redis) << u"--port 0"_s;
        QTest::newRow("log_statement ddl")
            << u"PG-LOG-004"_s << int(Kind::PostgreSQL) << u"ALTER SYSTEM SET log_statement = 'ddl';"_s;
        QTest::newRow("AOF") << u"PERSIST-003"_s << int(Kind::Redis) << u"redis-cli CONFIG SET appendonly yes"_s;
        QTest::newRow("renewal with the fleet's conventions")
            << u"CERT-001"_s << int(Kind::PostgreSQL) << u"openssl req -new -newkey rsa:4096 -sha256"_s;
        QTest::newRow("min protocol") << u"TLS-003"_s << int(Kind::PostgreSQL)
                                      << u"ALTER SYSTEM SET ssl_min_protocol_version = 'TLSv1.2';"_s;
        QTest::newRow("verify-full") << u"TLS-005"_s << int(Kind::PostgreSQL) << u"sslmode=verify-full"_s;
        QTest::newRow("pgcrypto") << u"PG-LOG-005"_s << int(Kind::PostgreSQL)
                                  << u"CREATE EXTENSION IF NOT EXISTS pgcrypto;"_s;
    }

    void remediationsAreExact()
    {
        QFETCH(QString, rule);
        QFETCH(int, kind);
        QFETCH(QString, line);
        const QString text = RuleSet::find(rule)->remediation(Kind(kind));
        QVERIFY2(text.contains(line), qPrintable(text));
    }

    void evaluateExcludesOtherKindsAndRunsFleetRulesOnce()
    {
        const QList<Assessment> all = evaluate({ hardenedPostgres(), hardenedRedis() }, hardenedFleet());
        int fleetRules = 0;
        for (const Assessment &a : all) {
            const Rule *r = RuleSet::find(a.ruleId);
            QVERIFY(r);
            if (r->scope == Scope::Fleet) {
                ++fleetRules;
                QCOMPARE(a.datastore, u"namespace/bakery-ia"_s);
                QVERIFY(!a.kind);
            } else {
                QVERIFY2(r->appliesTo(*a.kind), qPrintable(a.key()));
            }
            QVERIFY2(a.ruleId != u"REDIS-AUTH-001" || a.datastore == u"redis", qPrintable(a.key()));
        }
        QCOMPARE(fleetRules, 4); // KUBE-001, KUBE-002, KUBE-003, LOG-001
    }

    void findingsAreSortedAndSerialised()
    {
        Evidence pg = hardenedPostgres();
        pg.pg.settings[QStringLiteral("log_line_prefix")] = QStringLiteral("%m ");
        pg.tls.enabled = false;
        const QList<Finding> findings = Finding::fromAssessments(evaluate({ pg }, hardenedFleet()));
        QVERIFY(findings.size() >= 2);
        QCOMPARE(findings.first().ruleId, u"TLS-001"_s);
        QCOMPARE(findings.first().severity, Severity::Critical);
        const QJsonObject json = findings.first().toJson();
        for (const char *key : { "id", "severity", "title", "evidence", "remediation" })
            QVERIFY2(json.contains(QLatin1String(key)), key);
        QCOMPARE(json.value(u"severity").toString(), u"critical"_s);
        QCOMPARE(json.value(u"datastore").toString(), u"auth-db"_s);
        QVERIFY(json.value(u"remediation").toString().contains(u"ssl = on"));
        QCOMPARE(Finding::toJson(findings).size(), findings.size());
    }
};

QTEST_GUILESS_MAIN(TestRules)
#include "testrules.moc"
