// SPDX-License-Identifier: GPL-3.0-or-later
// Authentication: pg_hba methods, password verifiers, Redis AUTH and ACL users.
#include "audit/rules/rules.h"
#include "audit/rules/rulesupport.h"

#include <algorithm>

namespace Audit::Rules {

using namespace Support;

namespace {

/** initdb's loopback addresses: reachable only from inside the pod, like `local`. */
bool isLoopback(const QString &address)
{
    return address.startsWith(QStringLiteral("127.")) || address == u"::1/128" || address == u"::1"
           || address == u"localhost";
}

enum class Reach { Any, Network, LocalOrLoopback };

QStringList hbaLinesWithMethod(const QList<HbaRule> &rules, QStringView method, Reach reach)
{
    QStringList lines;
    for (const HbaRule &rule : rules) {
        if (rule.method != method)
            continue;
        const bool inPod = rule.type == u"local" || isLoopback(rule.address);
        if ((reach == Reach::Network && inPod) || (reach == Reach::LocalOrLoopback && !inPod))
            continue;
        lines << QStringLiteral("line %1: %2 %3 %4 %5 %6")
                     .arg(rule.line)
                     .arg(rule.type, rule.database, rule.user, rule.address, rule.method)
                     .simplified();
    }
    return lines;
}

Outcome trustRules(const Evidence &e, const FleetEvidence &)
{
    if (!e.pg.hbaRules)
        return unknown(e, QStringLiteral("pg.hbaRules"));
    // `local … trust` and initdb's loopback trust need a shell in the pod (PG-AUTH-005); network trust is anyone.
    const QStringList lines = hbaLinesWithMethod(*e.pg.hbaRules, u"trust", Reach::Network);
    if (!lines.isEmpty())
        return Outcome::fail(
            { QCoreApplication::translate("Audit", "Network connections authenticate with no password: %1")
                  .arg(lines.join(u"; ")) });
    return Outcome::pass({ QCoreApplication::translate("Audit", "No network pg_hba.conf line uses trust") });
}

Outcome inPodTrustRules(const Evidence &e, const FleetEvidence &)
{
    if (!e.pg.hbaRules)
        return unknown(e, QStringLiteral("pg.hbaRules"));
    // initdb (and so the official image) writes `local all all trust` and loopback `host … trust` lines.
    const QStringList lines = hbaLinesWithMethod(*e.pg.hbaRules, u"trust", Reach::LocalOrLoopback);
    if (!lines.isEmpty())
        return Outcome::fail(
            { QCoreApplication::translate("Audit", "Anyone with a shell in the pod logs in as any role without a password: %1")
                  .arg(lines.join(u"; ")) });
    return Outcome::pass({ QCoreApplication::translate("Audit", "No local or loopback pg_hba.conf line uses trust") });
}

Outcome passwordRules(const Evidence &e, const FleetEvidence &)
{
    if (!e.pg.hbaRules)
        return unknown(e, QStringLiteral("pg.hbaRules"));
    const QStringList lines = hbaLinesWithMethod(*e.pg.hbaRules, u"password", Reach::Any);
    if (!lines.isEmpty())
        return Outcome::fail(
            { QCoreApplication::translate("Audit", "Clients send the password in clear to the server: %1")
                  .arg(lines.join(u"; ")) });
    return Outcome::pass({ QCoreApplication::translate("Audit", "No pg_hba.conf line uses the password method") });
}

Outcome md5(const Evidence &e, const FleetEvidence &)
{
    QStringList failures;
    if (e.pg.hbaRules) {
        const QStringList lines = hbaLinesWithMethod(*e.pg.hbaRules, u"md5", Reach::Any);
        if (!lines.isEmpty())
            failures << QCoreApplication::translate("Audit", "pg_hba.conf lines with md5: %1").arg(lines.join(u"; "));
    }
    if (e.pg.nonScramRoles && !e.pg.nonScramRoles->isEmpty())
        failures << QCoreApplication::translate("Audit", "Roles with a non-SCRAM password verifier: %1")
                        .arg(e.pg.nonScramRoles->join(u", "));
    // Without the rules, the probe's own login is still an observation: a server that asked it for md5,
    // password or nothing at all is using a non-SCRAM method on that path. (With the rules, the trust and
    // password lines have rules of their own; counting the login here too would count them twice.)
    if (!e.pg.hbaRules && e.pg.scramLogin == false)
        failures << QCoreApplication::translate("Audit", "The probe's own login over TLS was not authenticated with "
                                                         "SCRAM-SHA-256: %1")
                        .arg(e.pg.scramLoginDetail);
    if (!failures.isEmpty())
        return Outcome::fail(failures);
    if (!e.pg.hbaRules)
        return unknown(e, QStringLiteral("pg.hbaRules"));
    if (!e.pg.nonScramRoles)
        return unknown(e, QStringLiteral("pg.nonScramRoles"));
    return Outcome::pass({ QCoreApplication::translate(
        "Audit", "No md5 line in pg_hba.conf and every login role has a SCRAM-SHA-256 verifier") });
}

/**
 * The roles the services log in as: those their connection settings name; when none names one, the role of the
 * datastore's credentials Secret (the one the probe logs in with, which the services are given).
 */
Outcome serviceRolePrivileges(const Evidence &e, const FleetEvidence &)
{
    if (!e.pg.loginRoles)
        return unknown(e, QStringLiteral("pg.loginRoles"));
    QStringList roles;
    QString whose;
    if (e.clientConnections) {
        for (const ClientConnection &c : *e.clientConnections) {
            if (!c.role.isEmpty() && !roles.contains(c.role))
                roles << c.role;
        }
    }
    if (!roles.isEmpty()) {
        whose = QCoreApplication::translate("Audit", "named in the services' connection settings");
    } else if (!e.pg.credentialsRole.isEmpty()) {
        roles << e.pg.credentialsRole;
        whose = QCoreApplication::translate("Audit", "the credentials Secret's role (no service's connection setting names one)");
    } else {
        return Outcome::notAssessed(QCoreApplication::translate("Audit", "Neither the services' connection settings nor the probe's login name a role"));
    }
    QStringList failures;
    QStringList passes;
    QStringList missing;
    for (const QString &name : std::as_const(roles)) {
        const auto it = std::find_if(e.pg.loginRoles->cbegin(), e.pg.loginRoles->cend(),
                                     [&name](const LoginRole &r) { return r.name == name; });
        if (it == e.pg.loginRoles->cend()) {
            missing << name;
            continue;
        }
        QStringList wrong;
        if (it->superuser)
            wrong << QCoreApplication::translate("Audit", "role %1 (%2) is a superuser: it bypasses every permission check").arg(name, whose);
        QStringList others = it->ownedDatabases;
        others.removeAll(e.pg.database);
        if (!others.isEmpty())
            wrong << QCoreApplication::translate("Audit", "role %1 owns databases besides %2: %3").arg(name, e.pg.database, others.join(u", "));
        if (!wrong.isEmpty()) {
            failures << wrong;
            continue;
        }
        QStringList extras;
        if (it->createRole)
            extras << QStringLiteral("CREATEROLE");
        if (it->createDb)
            extras << QStringLiteral("CREATEDB");
        if (it->bypassRls)
            extras << QStringLiteral("BYPASSRLS");
        const QString owned = it->ownedDatabases.isEmpty() ? QCoreApplication::translate("Audit", "owns no database")
                                                           : QCoreApplication::translate("Audit", "owns only %1").arg(e.pg.database);
        passes << (extras.isEmpty() ? QCoreApplication::translate("Audit", "role %1 (%2): not a superuser, %3").arg(name, whose, owned)
                                    : QCoreApplication::translate("Audit", "role %1 (%2): not a superuser, %3; also %4")
                                          .arg(name, whose, owned, extras.join(u' ')));
    }
    if (!failures.isEmpty())
        return Outcome::fail(failures + passes);
    if (passes.isEmpty())
        return Outcome::notAssessed(QCoreApplication::translate("Audit", "No login role of this server is named %1").arg(missing.join(u", ")));
    if (!missing.isEmpty())
        passes << QCoreApplication::translate("Audit", "not a login role of this server: %1").arg(missing.join(u", "));
    return Outcome::pass(passes);
}

Outcome passwordEncryption(const Evidence &e, const FleetEvidence &)
{
    if (!e.pg.passwordEncryption)
        return unknown(e, QStringLiteral("pg.passwordEncryption"));
    if (*e.pg.passwordEncryption == u"scram-sha-256")
        return Outcome::pass({ QStringLiteral("password_encryption = scram-sha-256") });
    return Outcome::fail({ QStringLiteral("password_encryption = %1").arg(*e.pg.passwordEncryption) });
}

Outcome redisNoAuth(const Evidence &e, const FleetEvidence &)
{
    if (!e.redis.authRequired)
        return unknown(e, QStringLiteral("redis.authRequired"));
    if (*e.redis.authRequired)
        return Outcome::pass({ QCoreApplication::translate("Audit", "Unauthenticated commands are refused (NOAUTH)") });
    return Outcome::fail({ QCoreApplication::translate("Audit", "Redis answers commands without AUTH") });
}

Outcome redisDefaultNopass(const Evidence &e, const FleetEvidence &)
{
    if (!e.redis.defaultUserNopass)
        return unknown(e, QStringLiteral("redis.defaultUserNopass"));
    if (*e.redis.defaultUserNopass)
        return Outcome::fail({ QCoreApplication::translate("Audit", "ACL user \"default\" is on with nopass") });
    return Outcome::pass({ QCoreApplication::translate("Audit", "ACL user \"default\" requires a password") });
}

Outcome redisTlsAuthClients(const Evidence &e, const FleetEvidence &)
{
    if (auto gate = requireTls(e))
        return *gate;
    if (!e.redis.tlsAuthClients)
        return unknown(e, QStringLiteral("redis.tlsAuthClients"));
    const QString setting = QStringLiteral("tls-auth-clients %1").arg(*e.redis.tlsAuthClients);
    if (*e.redis.tlsAuthClients == u"yes")
        return Outcome::pass({ setting });
    if (!e.redis.aclUsers)
        return unknown(e, QStringLiteral("redis.aclUsers"));
    if (!e.redis.aclUsers->isEmpty())
        return Outcome::pass({ setting,
                               QCoreApplication::translate("Audit", "Per-application ACL users: %1")
                                   .arg(e.redis.aclUsers->join(u", ")) });
    return Outcome::fail(
        { setting, QCoreApplication::translate("Audit", "Every application shares the default user's password") });
}

Outcome rabbitMqGuest(const Evidence &e, const FleetEvidence &)
{
    if (e.rabbitmq.guestLogin && *e.rabbitmq.guestLogin)
        return Outcome::fail({ QCoreApplication::translate(
            "Audit", "The management API accepts guest with the default password guest") });
    if (e.rabbitmq.guestExists && *e.rabbitmq.guestExists)
        return Outcome::fail({ QCoreApplication::translate(
            "Audit", "The guest user exists (refused here only because it may log in from localhost alone)") });
    if (!e.rabbitmq.guestLogin)
        return unknown(e, QStringLiteral("rabbitmq.guest"));
    return Outcome::pass({ QCoreApplication::translate("Audit", "guest:guest is refused by the management API") });
}

} // namespace

QList<Rule> authenticationRules()
{
    const QList<Kind> pg { Kind::PostgreSQL };
    const QList<Kind> redis { Kind::Redis };
    const QString hbaDoc = QStringLiteral("https://www.postgresql.org/docs/current/auth-pg-hba-conf.html");
    const QString pci83 = QStringLiteral("PCI DSS v4.0.1 8.3");
    return {
        makeRule("PG-AUTH-001", Family::Authentication, Severity::Critical, pg,
                 QT_TRANSLATE_NOOP("Audit", "pg_hba.conf trusts network connections"),
                 QT_TRANSLATE_NOOP("Audit",
                                   "Replace each trust line with "
                                   "`hostssl all all 0.0.0.0/0 scram-sha-256`, then SELECT pg_reload_conf();"),
                 { QStringLiteral("pg.hbaRules") }, { pci83, hbaDoc }, trustRules),
        makeRule("PG-AUTH-005", Family::Authentication, Severity::Low, pg,
                 QT_TRANSLATE_NOOP("Audit", "pg_hba.conf trusts local and loopback connections (initdb's default)"),
                 QT_TRANSLATE_NOOP("Audit",
                                   "Mount a pg_hba.conf whose `local` and loopback lines use scram-sha-256 "
                                   "(or peer for `local`) instead of trust, then SELECT pg_reload_conf();"),
                 { QStringLiteral("pg.hbaRules") }, { QStringLiteral("SOC 2 CC6.1"), hbaDoc }, inPodTrustRules),
        makeRule("PG-ROLE-001", Family::Authentication, Severity::High, pg,
                 QT_TRANSLATE_NOOP("Audit", "The services' database role is a superuser or owns other databases"),
                 QT_TRANSLATE_NOOP("Audit",
                                   "Give each service a role of its own that owns only its database: CREATE ROLE "
                                   "<service> LOGIN; ALTER DATABASE <db> OWNER TO <service>; set its password with "
                                   "\\password <service>, point the service's Secret at it, and keep the image's "
                                   "bootstrap superuser (POSTGRES_USER) for administration only"),
                 { QStringLiteral("pg.loginRoles"), QStringLiteral("clientConnections") },
                 { QStringLiteral("PCI DSS v4.0.1 7.2.1"), QStringLiteral("https://www.postgresql.org/docs/current/role-attributes.html") },
                 serviceRolePrivileges),
        makeRule("PG-AUTH-002", Family::Authentication, Severity::High, pg,
                 QT_TRANSLATE_NOOP("Audit", "pg_hba.conf uses the cleartext password method"),
                 QT_TRANSLATE_NOOP("Audit",
                                   "Replace each password line with "
                                   "`hostssl all all 0.0.0.0/0 scram-sha-256`, then SELECT pg_reload_conf();"),
                 { QStringLiteral("pg.hbaRules") }, { pci83, hbaDoc }, passwordRules),
        makeRule("PG-AUTH-003", Family::Authentication, Severity::Medium, pg,
                 QT_TRANSLATE_NOOP("Audit", "md5 authentication lines or md5 password verifiers"),
                 QT_TRANSLATE_NOOP("Audit",
                                   "ALTER SYSTEM SET password_encryption = 'scram-sha-256'; then set each "
                                   "listed role's password again (\\password <role>) and change md5 to "
                                   "scram-sha-256 in pg_hba.conf"),
                 { QStringLiteral("pg.hbaRules"), QStringLiteral("pg.nonScramRoles"), QStringLiteral("pg.scramLogin") },
                 { pci83, QStringLiteral("https://www.postgresql.org/docs/current/auth-password.html") }, md5),
        makeRule("PG-AUTH-004", Family::Authentication, Severity::Medium, pg,
                 QT_TRANSLATE_NOOP("Audit", "password_encryption is not scram-sha-256"),
                 QT_TRANSLATE_NOOP("Audit",
                                   "ALTER SYSTEM SET password_encryption = 'scram-sha-256'; "
                                   "SELECT pg_reload_conf();"),
                 { QStringLiteral("pg.passwordEncryption") },
                 { pci83, QStringLiteral("https://www.postgresql.org/docs/current/runtime-config-connection.html") },
                 passwordEncryption),
        makeRule("REDIS-AUTH-001", Family::Authentication, Severity::Critical, redis,
                 QT_TRANSLATE_NOOP("Audit", "Redis accepts commands without authentication"),
                 QT_TRANSLATE_NOOP("Audit",
                                   "Set the password in a file mounted from the Redis secret, never on a command "
                                   "line (ps and the pod spec show arguments): redis.conf include "
                                   "/etc/redis/secret/auth.conf holding requirepass <password>, or aclfile "
                                   "/etc/redis/secret/users.acl holding user default on #<SHA-256 of the "
                                   "password> ~* &* +@all"),
                 { QStringLiteral("redis.authRequired") },
                 { pci83, QStringLiteral("https://redis.io/docs/latest/operate/oss_and_stack/management/security/") },
                 redisNoAuth),
        makeRule(
            "REDIS-AUTH-002", Family::Authentication, Severity::High, redis,
            QT_TRANSLATE_NOOP("Audit", "The Redis default user has no password"),
            QT_TRANSLATE_NOOP("Audit",
                              "redis-cli ACL SETUSER default on \"#$(printf %s \"$REDIS_PASSWORD\" | sha256sum | "
                              "cut -d' ' -f1)\" && redis-cli ACL SAVE (the password's SHA-256 on the command "
                              "line, never the password; or the secret-mounted file of REDIS-AUTH-001)"),
            { QStringLiteral("redis.defaultUserNopass") },
            { pci83, QStringLiteral("https://redis.io/docs/latest/operate/oss_and_stack/management/security/acl/") },
            redisDefaultNopass),
        makeRule(
            "REDIS-AUTH-003", Family::Authentication, Severity::Low, redis,
            QT_TRANSLATE_NOOP("Audit", "tls-auth-clients no and no per-application ACL users"),
            QT_TRANSLATE_NOOP("Audit",
                              "redis-cli ACL SETUSER <app> on '#<SHA-256 of the app password>' '~<app>:*' "
                              "'+@all' '-@dangerous' (one user per service; the hash, never the password, on "
                              "the command line), or tls-auth-clients yes"),
            { QStringLiteral("redis.tlsAuthClients"), QStringLiteral("redis.aclUsers") },
            { pci83, QStringLiteral("https://redis.io/docs/latest/operate/oss_and_stack/management/security/encryption/") },
            redisTlsAuthClients),
        makeRule("RABBITMQ-AUTH-001", Family::Authentication, Severity::High, { Kind::RabbitMQ },
                 QT_TRANSLATE_NOOP("Audit", "The RabbitMQ guest user is present"),
                 QT_TRANSLATE_NOOP("Audit",
                                   "rabbitmqctl delete_user guest (after creating the application's own user), "
                                   "or rabbitmq.conf: default_user = <app user>, default_pass = <from the secret>"),
                 { QStringLiteral("rabbitmq.guest") },
                 { pci83, QStringLiteral("https://www.rabbitmq.com/docs/access-control#default-state") },
                 rabbitMqGuest),
    };
}

} // namespace Audit::Rules
