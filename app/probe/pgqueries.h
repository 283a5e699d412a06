// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The SQL of the PostgreSQL probe, in one place (pgModeler keeps its catalog queries in files; the core
// library has no .qrc, so they live here as constants instead of being scattered through the code).
// Every query is read-only and schema-qualified (a hostile search_path cannot shadow pg_catalog). The probe
// sends them in libpq's pipeline mode, each in its own implicit transaction: all in one round trip, and one
// refusal does not hide the other facts. Queries that need privileges are sent only when the first query
// says the role has them, so a probe never fills the server's log with "permission denied" errors.

#include <array>

namespace Probe::PgQueries {

/**
 * The settings the probe reads, all in one query (settingsAndRole). Some are readable only by superusers and
 * members of pg_read_all_settings: pg_settings leaves those out for other roles (SHOW would answer "must be
 * superuser or have privileges of …").
 */
inline constexpr std::array<const char *, 21> settings = {
    "ssl",
    "ssl_min_protocol_version",
    "ssl_max_protocol_version", // with the minimum: the versions the server accepts
    "ssl_ciphers",
    "ssl_prefer_server_ciphers",
    "ssl_cert_file", // the TLS files the server reads: the mount chain resolves them to Secret keys
    "ssl_key_file",
    "ssl_ca_file",
    "password_encryption",
    "log_connections",
    "log_disconnections",
    "log_statement",
    "log_duration",
    "log_min_duration_statement",
    "log_line_prefix",
    "logging_collector", // with the collector on, the server rotates its own files
    "log_destination",
    "log_rotation_age",
    "log_rotation_size",
    "shared_preload_libraries",
    "data_checksums",
};

// One row per name in $1 (a text[] literal of the names above), in that order:
//  0 the name; 1 its value as SHOW reports it (current_setting), NULL when this role may not see it (or the
//  server has no such setting); 2 whether the server knows the name at all (NULL before PostgreSQL 15, which
//  lacks pg_settings_get_flags; that function checks no privilege); 3 is_superuser ("on"/"off") of the role
//  the probe logged in as; 4 whether the role has the privileges of pg_read_all_settings (true for
//  superusers); 5 whether it may read pg_hba_file_rules; 6 whether it may read pg_authid.
// A role with pg_read_all_settings sees every setting: current_setting(name, true) answers at once. For any
// other role, the names pg_show_all_settings lists are the visible ones (current_setting would raise an
// error for the others); that list is built only for such a role (an uncorrelated sub-select runs when first
// needed) and from the function, not the pg_settings view (same rows, a third of the cost in a fresh session).
// Columns 5 and 6 let the probe skip what it may not read instead of filling the server's log with errors.
#define PROOFER_PG_SETTINGS_SELECT                                                                                     \
    "SELECT n.name, CASE WHEN r.reads_all THEN pg_catalog.current_setting(n.name, true)"                              \
    " WHEN n.name = ANY (ARRAY(SELECT s.name FROM pg_catalog.pg_show_all_settings() s))"                             \
    " THEN pg_catalog.current_setting(n.name) END, "
#define PROOFER_PG_SETTINGS_REST                                                                                       \
    ", r.superuser, r.reads_all, r.hba, r.authid"                                                                      \
    " FROM pg_catalog.unnest($1::text[]) WITH ORDINALITY AS n(name, i)"                                                \
    " CROSS JOIN (SELECT pg_catalog.current_setting('is_superuser') AS superuser,"                                     \
    "  COALESCE(pg_catalog.pg_has_role(pg_catalog.to_regrole('pg_read_all_settings'), 'USAGE'), false) AS reads_all,"  \
    "  pg_catalog.has_table_privilege('pg_catalog.pg_hba_file_rules', 'SELECT')"                                      \
    "  AND pg_catalog.has_function_privilege('pg_catalog.pg_hba_file_rules()', 'EXECUTE') AS hba,"                    \
    "  pg_catalog.has_table_privilege('pg_catalog.pg_authid', 'SELECT') AS authid) r"                                  \
    " ORDER BY n.i"

/** The settings and the role's privileges in one round trip, PostgreSQL 15 and later. */
inline constexpr char settingsAndRole[]
    = PROOFER_PG_SETTINGS_SELECT "pg_catalog.pg_settings_get_flags(n.name) IS NOT NULL" PROOFER_PG_SETTINGS_REST;

/** The same before PostgreSQL 15: whether a hidden name exists at all cannot be told (column 2 is NULL). */
inline constexpr char settingsAndRoleBefore15[] = PROOFER_PG_SETTINGS_SELECT "NULL::boolean" PROOFER_PG_SETTINGS_REST;

#undef PROOFER_PG_SETTINGS_SELECT
#undef PROOFER_PG_SETTINGS_REST

/**
 * Installed extensions ("installed", extname) and available ones ("available", name), sorted by name. The
 * function rather than the view: same rows, less work in a fresh session.
 */
inline constexpr char extensions[] = "SELECT 'installed', extname FROM pg_catalog.pg_extension"
                                     " UNION ALL SELECT 'available', name FROM pg_catalog.pg_available_extensions()"
                                     " ORDER BY 2, 1";

/**
 * Client sessions on TLS / client sessions whose TLS state this role may see / sessions hidden from it.
 * Without pg_read_all_stats, other roles' sessions come back with their database and role but a NULL
 * backend_type and TLS state. One call of the function under pg_stat_activity and pg_stat_ssl (both views
 * call it; joining them called it three times).
 */
inline constexpr char tlsSessions[] = "SELECT count(*) FILTER (WHERE s.ssl AND s.backend_type = 'client backend'),"
                                      " count(*) FILTER (WHERE s.backend_type = 'client backend'),"
                                      " count(*) FILTER (WHERE s.backend_type IS NULL AND s.datid IS NOT NULL"
                                      "  AND s.usesysid IS NOT NULL)"
                                      " FROM pg_catalog.pg_stat_get_activity(NULL) s";

/**
 * When the postmaster started and when it last loaded its configuration files (a new session inherits the
 * postmaster's load time): any role may call both. A restart or a reload (ALTER SYSTEM + pg_reload_conf(), a
 * pg_hba.conf edit taking effect) changes them, so they belong to the fingerprint of what the probe observed.
 */
// As seconds since the epoch: text that does not depend on the session's DateStyle or TimeZone.
inline constexpr char serverTimes[] = "SELECT EXTRACT(epoch FROM pg_catalog.pg_postmaster_start_time()),"
                                      " EXTRACT(epoch FROM pg_catalog.pg_conf_load_time())";

/**
 * Readable by superusers (PostgreSQL 15) or a role granted SELECT on the view and EXECUTE on its function;
 * rows with a parse error carry it in "error".
 */
inline constexpr char hbaRules[] = "SELECT line_number, type, array_to_string(database, ','),"
                                   " array_to_string(user_name, ','), address, netmask, auth_method, error"
                                   " FROM pg_catalog.pg_hba_file_rules ORDER BY line_number";

/** Roles whose stored verifier is not SCRAM (md5 hashes or plain text). Superusers (or a SELECT grant). */
inline constexpr char nonScramRoles[] = "SELECT rolname FROM pg_catalog.pg_authid"
                                        " WHERE rolpassword IS NOT NULL AND rolpassword NOT LIKE 'SCRAM-SHA-256$%'"
                                        " ORDER BY 1";

/**
 * Every login role with its privileges and the databases it owns (pg_roles and pg_database: readable by any role),
 * plus the database this session is in. 0 name, 1 rolsuper, 2 rolcreaterole, 3 rolcreatedb, 4 rolbypassrls,
 * 5 rolreplication, 6 rolvaliduntil as seconds since the epoch (NULL: none or infinity), 7 owned databases joined by
 * U+001F, 8 whether it is this session's role, 9 current_database(). Bounded: a server with more login roles than the
 * limit is reported as such.
 */
inline constexpr int loginRolesLimit = 500;
inline constexpr char loginRoles[]
    = "SELECT r.rolname, r.rolsuper, r.rolcreaterole, r.rolcreatedb, r.rolbypassrls, r.rolreplication,"
      " CASE WHEN pg_catalog.isfinite(r.rolvaliduntil)"
      "  THEN pg_catalog.floor(pg_catalog.date_part('epoch', r.rolvaliduntil))::bigint END,"
      " pg_catalog.array_to_string(ARRAY(SELECT d.datname FROM pg_catalog.pg_database d WHERE d.datdba = r.oid"
      "  ORDER BY 1), E'\\x1f'),"
      " r.rolname = current_user, pg_catalog.current_database()"
      " FROM pg_catalog.pg_roles r WHERE r.rolcanlogin ORDER BY 1 LIMIT 501";

} // namespace Probe::PgQueries
