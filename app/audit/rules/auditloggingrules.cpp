// SPDX-License-Identifier: GPL-3.0-or-later
// Audit logging (PostgreSQL): who connected, from where, to what — and no secrets in the server log.
#include "audit/rules/rules.h"
#include "audit/rules/rulesupport.h"

namespace Audit::Rules {

using namespace Support;

namespace {

bool isOff(const QString &value)
{
    // PostgreSQL 18 turns log_connections into a list; an empty list is off like "off".
    const QString v = value.trimmed().toLower();
    return v.isEmpty() || v == u"off" || v == u"false" || v == u"0" || v == u"no";
}

Outcome settingOn(const Evidence &e, const QString &name)
{
    if (!e.pg.settings.contains(name))
        return unknown(e, QStringLiteral("pg.settings.") + name);
    const QString value = e.pg.settings.value(name);
    const QString line = QStringLiteral("%1 = %2").arg(name, value.isEmpty() ? QStringLiteral("''") : value);
    return isOff(value) ? Outcome::fail({ line }) : Outcome::pass({ line });
}

Outcome logConnections(const Evidence &e, const FleetEvidence &)
{
    return settingOn(e, QStringLiteral("log_connections"));
}

Outcome logDisconnections(const Evidence &e, const FleetEvidence &)
{
    return settingOn(e, QStringLiteral("log_disconnections"));
}

Outcome linePrefix(const Evidence &e, const FleetEvidence &)
{
    const QString name = QStringLiteral("log_line_prefix");
    if (!e.pg.settings.contains(name))
        return unknown(e, QStringLiteral("pg.settings.") + name);
    const QString prefix = e.pg.settings.value(name);
    QStringList missing;
    if (!prefix.contains(u"%u"))
        missing << QCoreApplication::translate("Audit", "user (%u)");
    if (!prefix.contains(u"%d"))
        missing << QCoreApplication::translate("Audit", "database (%d)");
    if (!prefix.contains(u"%h") && !prefix.contains(u"%r"))
        missing << QCoreApplication::translate("Audit", "client (%h or %r)");
    const QString line = QStringLiteral("log_line_prefix = '%1'").arg(prefix);
    if (!missing.isEmpty())
        return Outcome::fail({ line, QCoreApplication::translate("Audit", "Missing: %1").arg(missing.join(u", ")) });
    return Outcome::pass({ line });
}

Outcome logStatement(const Evidence &e, const FleetEvidence &)
{
    const QString name = QStringLiteral("log_statement");
    if (!e.pg.settings.contains(name))
        return unknown(e, QStringLiteral("pg.settings.") + name);
    const QString value = e.pg.settings.value(name).trimmed().toLower();
    const QString line = QStringLiteral("log_statement = '%1'").arg(value);
    if (value == u"all" || value == u"mod")
        return Outcome::fail(
            { line,
              QCoreApplication::translate("Audit",
                                          "Statement text goes to the server log: ALTER ROLE … PASSWORD, pgcrypto keys "
                                          "passed as parameters in SQL and personal data in INSERT/UPDATE") });
    return Outcome::pass({ line });
}

Outcome statementsNotLogged(const Evidence &e, const FleetEvidence &)
{
    const QString name = QStringLiteral("log_statement");
    if (!e.pg.settings.contains(name))
        return unknown(e, QStringLiteral("pg.settings.") + name);
    const QString value = e.pg.settings.value(name).trimmed().toLower();
    const QString line = QStringLiteral("log_statement = '%1'").arg(value);
    if (value == u"none")
        return Outcome::fail(
            { line,
              QCoreApplication::translate("Audit", "Schema and role changes (DDL) leave no trace in the server log") });
    return Outcome::pass({ line });
}

Outcome pgcrypto(const Evidence &e, const FleetEvidence &fleet)
{
    if (!fleet.profile.expectPgcrypto)
        return Outcome::notApplicable(QCoreApplication::translate("Audit", "The profile does not expect pgcrypto"));
    if (!e.pg.extensionsInstalled)
        return unknown(e, QStringLiteral("pg.extensionsInstalled"));
    if (e.pg.extensionsInstalled->contains(QStringLiteral("pgcrypto")))
        return Outcome::pass({ QCoreApplication::translate("Audit", "pgcrypto is installed") });
    QStringList evidence { QCoreApplication::translate("Audit", "pgcrypto is not installed in the database") };
    if (e.pg.extensionsAvailable)
        evidence << (e.pg.extensionsAvailable->contains(QStringLiteral("pgcrypto"))
                         ? QCoreApplication::translate("Audit", "It is available on the server")
                         : QCoreApplication::translate(
                             "Audit", "It is not available on the server either (postgresql-contrib)"));
    return Outcome::fail(evidence);
}

Outcome prefixTimestamp(const Evidence &e, const FleetEvidence &)
{
    const QString name = QStringLiteral("log_line_prefix");
    if (!e.pg.settings.contains(name))
        return unknown(e, QStringLiteral("pg.settings.") + name);
    const QString prefix = e.pg.settings.value(name);
    const QString line = QStringLiteral("log_line_prefix = '%1'").arg(prefix);
    if (prefix.contains(u"%t") || prefix.contains(u"%m") || prefix.contains(u"%n"))
        return Outcome::pass({ line });
    return Outcome::fail(
        { line, QCoreApplication::translate("Audit", "No timestamp (%t, %m or %n): a log line cannot be placed in time "
                                                     "once it leaves the container runtime") });
}

Outcome minDuration(const Evidence &e, const FleetEvidence &)
{
    const QString name = QStringLiteral("log_min_duration_statement");
    if (!e.pg.settings.contains(name))
        return unknown(e, QStringLiteral("pg.settings.") + name);
    const QString value = e.pg.settings.value(name).trimmed();
    const QString line = QStringLiteral("log_min_duration_statement = %1").arg(value);
    if (value == u"-1")
        return Outcome::fail({ line, QCoreApplication::translate("Audit", "Slow statements are not logged") });
    // SHOW gives "250ms", "1s", "0": a threshold of zero logs the text of every statement.
    if (value == u"0" || value == u"0ms")
        return Outcome::fail({ line, QCoreApplication::translate(
                                         "Audit", "A threshold of 0 logs the text of every statement, as "
                                                  "log_statement = 'all' does: passwords and personal data reach "
                                                  "the server log") });
    return Outcome::pass({ line });
}

Outcome rotation(const Evidence &e, const FleetEvidence &)
{
    const QString collector = QStringLiteral("logging_collector");
    if (!e.pg.settings.contains(collector))
        return unknown(e, QStringLiteral("pg.settings.") + collector);
    if (isOff(e.pg.settings.value(collector)))
        return Outcome::notApplicable(QCoreApplication::translate(
            "Audit", "logging_collector is off: the server logs to stderr, which the container runtime keeps and "
                     "rotates (the kubelet's containerLogMaxSize)"));
    QStringList lines { QStringLiteral("logging_collector = on") };
    bool rotates = false;
    for (const char *key : { "log_rotation_age", "log_rotation_size" }) {
        const QString setting = QLatin1String(key);
        if (!e.pg.settings.contains(setting))
            return unknown(e, QStringLiteral("pg.settings.") + setting);
        const QString value = e.pg.settings.value(setting).trimmed();
        lines << QStringLiteral("%1 = %2").arg(setting, value);
        rotates = rotates || !(value.isEmpty() || value == u"0"); // SHOW gives "0" for off, "1d" / "10MB" otherwise
    }
    if (!rotates)
        return Outcome::fail(lines << QCoreApplication::translate(
                                 "Audit", "The log file is never rotated: it grows until the disk is full"));
    return Outcome::pass(lines);
}

/** PCI DSS 10.5.1: twelve months of audit log history, three of them immediately available. */
constexpr int kRetentionDays = 365;

Outcome retention(const Evidence &, const FleetEvidence &fleet)
{
    if (!fleet.profile.logRetentionDays)
        return Outcome::notAssessed(QCoreApplication::translate(
            "Audit", "No log retention fact: how long the logs are kept is not observable from the namespace; state "
                     "it in the policy file (attestations.logRetention: days and attestedBy, whoever runs the log store)"));
    const int days = *fleet.profile.logRetentionDays;
    const QString by = fleet.profile.logRetentionAttestedBy.isEmpty()
        ? QCoreApplication::translate("Audit", "the profile (no one named)")
        : fleet.profile.logRetentionAttestedBy;
    const QString stated
        = QCoreApplication::translate("Audit", "Log retention of %n days, attested by %1", nullptr, days).arg(by);
    if (days < kRetentionDays)
        return Outcome::fail({ stated, QCoreApplication::translate(
                                           "Audit", "PCI DSS 10.5.1 asks for 12 months, 3 of them immediately "
                                                    "available") })
            .withBasis(Basis::Attested);
    return Outcome::pass({ stated }).withBasis(Basis::Attested);
}

} // namespace

QList<Rule> auditLoggingRules()
{
    const QList<Kind> pg { Kind::PostgreSQL };
    const QString logDoc = QStringLiteral("https://www.postgresql.org/docs/current/runtime-config-logging.html");
    const QString pci102 = QStringLiteral("PCI DSS v4.0.1 10.2.1");
    return {
        makeRule("PG-LOG-001", Family::AuditLogging, Severity::Medium, pg,
                 QT_TRANSLATE_NOOP("Audit", "log_connections is off"),
                 QT_TRANSLATE_NOOP("Audit", "ALTER SYSTEM SET log_connections = on; SELECT pg_reload_conf();"),
                 { QStringLiteral("pg.settings.log_connections") }, { pci102, logDoc }, logConnections),
        makeRule("PG-LOG-002", Family::AuditLogging, Severity::Medium, pg,
                 QT_TRANSLATE_NOOP("Audit", "log_disconnections is off"),
                 QT_TRANSLATE_NOOP("Audit", "ALTER SYSTEM SET log_disconnections = on; SELECT pg_reload_conf();"),
                 { QStringLiteral("pg.settings.log_disconnections") }, { pci102, logDoc }, logDisconnections),
        makeRule("PG-LOG-003", Family::AuditLogging, Severity::Low, pg,
                 QT_TRANSLATE_NOOP("Audit", "log_line_prefix lacks the user, database or client"),
                 QT_TRANSLATE_NOOP("Audit",
                                   "ALTER SYSTEM SET log_line_prefix = '%m [%p] %q%u@%d %r '; "
                                   "SELECT pg_reload_conf();"),
                 { QStringLiteral("pg.settings.log_line_prefix") }, { QStringLiteral("PCI DSS v4.0.1 10.2.2"), logDoc },
                 linePrefix),
        makeRule("PG-LOG-004", Family::AuditLogging, Severity::High, pg,
                 QT_TRANSLATE_NOOP("Audit", "log_statement writes secrets and personal data to the server log"),
                 QT_TRANSLATE_NOOP("Audit",
                                   "ALTER SYSTEM SET log_statement = 'ddl'; SELECT pg_reload_conf(); "
                                   "('ddl' still logs ALTER ROLE: set passwords as SCRAM verifiers, "
                                   "never in clear)"),
                 { QStringLiteral("pg.settings.log_statement") },
                 { QStringLiteral("PCI DSS v4.0.1 3.5.1"), QStringLiteral("GDPR Art. 5(1)(f)"), logDoc }, logStatement),
        makeRule("PG-LOG-005", Family::AuditLogging, Severity::Medium, pg,
                 QT_TRANSLATE_NOOP("Audit", "pgcrypto is expected but not installed"),
                 QT_TRANSLATE_NOOP("Audit", "CREATE EXTENSION IF NOT EXISTS pgcrypto;"),
                 { QStringLiteral("pg.extensionsInstalled"), QStringLiteral("pg.extensionsAvailable"),
                   QStringLiteral("profile.expectPgcrypto") },
                 { QStringLiteral("PCI DSS v4.0.1 3.5.1"),
                   QStringLiteral("https://www.postgresql.org/docs/current/pgcrypto.html") },
                 pgcrypto),
        makeRule("PG-LOG-006", Family::AuditLogging, Severity::Low, pg,
                 QT_TRANSLATE_NOOP("Audit", "log_statement is none: DDL is not audited"),
                 QT_TRANSLATE_NOOP("Audit", "ALTER SYSTEM SET log_statement = 'ddl'; SELECT pg_reload_conf();"),
                 { QStringLiteral("pg.settings.log_statement") }, { QStringLiteral("PCI DSS v4.0.1 10.2.1"), logDoc },
                 statementsNotLogged),
        makeRule("PG-LOG-007", Family::AuditLogging, Severity::Low, pg,
                 QT_TRANSLATE_NOOP("Audit", "log_line_prefix has no timestamp"),
                 QT_TRANSLATE_NOOP("Audit",
                                   "ALTER SYSTEM SET log_line_prefix = '%m [%p] %q%u@%d %r '; "
                                   "SELECT pg_reload_conf();"),
                 { QStringLiteral("pg.settings.log_line_prefix") }, { QStringLiteral("PCI DSS v4.0.1 10.2.2"), logDoc },
                 prefixTimestamp),
        makeRule("PG-LOG-008", Family::AuditLogging, Severity::Low, pg,
                 QT_TRANSLATE_NOOP("Audit", "log_min_duration_statement is not set to a threshold"),
                 QT_TRANSLATE_NOOP("Audit",
                                   "ALTER SYSTEM SET log_min_duration_statement = '1s'; SELECT pg_reload_conf();"),
                 { QStringLiteral("pg.settings.log_min_duration_statement") }, { QStringLiteral("SOC 2 CC7.2"), logDoc },
                 minDuration),
        makeRule("PG-LOG-009", Family::AuditLogging, Severity::Low, pg,
                 QT_TRANSLATE_NOOP("Audit", "The logging collector never rotates its log file"),
                 QT_TRANSLATE_NOOP("Audit",
                                   "ALTER SYSTEM SET log_rotation_age = '1d'; ALTER SYSTEM SET log_rotation_size = "
                                   "'100MB'; SELECT pg_reload_conf(); (and ship the files before they are removed)"),
                 { QStringLiteral("pg.settings.logging_collector"), QStringLiteral("pg.settings.log_rotation_age"),
                   QStringLiteral("pg.settings.log_rotation_size") },
                 { QStringLiteral("PCI DSS v4.0.1 10.5.1"), logDoc }, rotation),
        [] {
            Rule r = makeRule("LOG-001", Family::AuditLogging, Severity::Medium, {},
                              QT_TRANSLATE_NOOP("Audit", "Logs are kept for less than 12 months"),
                              QT_TRANSLATE_NOOP("Audit",
                                                "Ship the datastores' logs to a central store that keeps them 12 "
                                                "months (3 immediately available), then attest it in the policy file "
                                                "(docs/policy.md): attestations: logRetention: {days: 365, attestedBy: "
                                                "<who checked the log store>}"),
                              { QStringLiteral("profile.logRetentionDays") }, { QStringLiteral("PCI DSS v4.0.1 10.5.1") },
                              retention);
            r.scope = Scope::Fleet;
            return r;
        }(),
    };
}

} // namespace Audit::Rules
