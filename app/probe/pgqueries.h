// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The SQL of the PostgreSQL probe, in one place (pgModeler keeps its catalog queries in files; the core
// library has no .qrc, so they live here as constants instead of being scattered through the code).
// Every query is read-only, schema-qualified (a hostile search_path cannot shadow pg_catalog) and sent
// alone with PQsendQueryParams. Facts every role may read share a query (one round trip each costs time
// under load); queries that may be refused ("permission denied") stay alone, so that one refusal does not
// hide the other facts.

#include <array>

namespace Probe::PgQueries {

/**
 * The settings the probe reads, all in one query (settingsAndRole). Some are readable only by superusers and
 * members of pg_read_all_settings: pg_settings leaves those out for other roles (SHOW would answer "must be
 * superuser or have privileges of …").
 */
inline constexpr std::array<const char *, 12> settings = {
    "ssl",
    "ssl_min_protocol_version",
    "ssl_ciphers",
    "password_encryption",
    "log_connections",
    "log_disconnections",
    "log_statement",
    "log_duration",
    "log_min_duration_statement",
    "log_line_prefix",
    "shared_preload_libraries",
    "data_checksums",
};

// One row per name in $1 (a text[] literal of the names above), in that order:
//  0 the name; 1 its value as SHOW reports it (current_setting), NULL when not visible;
//  2 whether pg_settings shows it to this role; 3 whether the server knows the name at all (NULL before
//  PostgreSQL 15, which lacks pg_settings_get_flags; that function checks no privilege);
//  4 is_superuser ("on"/"off") of the role the probe logged in as;
//  5 whether the role has the privileges of pg_read_all_settings (true for superusers).
// current_setting is strict: for a name pg_settings hides, it is never called (and never refused).
#define PROOFER_PG_SETTINGS_SELECT "SELECT n.name, pg_catalog.current_setting(s.name), s.name IS NOT NULL, "
#define PROOFER_PG_SETTINGS_REST                                                                                       \
    ", pg_catalog.current_setting('is_superuser'),"                                                                    \
    " EXISTS (SELECT 1 FROM pg_catalog.pg_roles r WHERE r.rolname = 'pg_read_all_settings'"                            \
    "  AND pg_catalog.pg_has_role(r.oid, 'USAGE'))"                                                                    \
    " FROM pg_catalog.unnest($1::text[]) WITH ORDINALITY AS n(name, i)"                                                \
    " LEFT JOIN pg_catalog.pg_settings s ON s.name = n.name"                                                           \
    " ORDER BY n.i"

/** The settings and the role's privileges in one round trip, PostgreSQL 15 and later. */
inline constexpr char settingsAndRole[]
    = PROOFER_PG_SETTINGS_SELECT "pg_catalog.pg_settings_get_flags(n.name) IS NOT NULL" PROOFER_PG_SETTINGS_REST;

/** The same before PostgreSQL 15: whether a hidden name exists at all cannot be told (column 3 is NULL). */
inline constexpr char settingsAndRoleBefore15[] = PROOFER_PG_SETTINGS_SELECT "NULL::boolean" PROOFER_PG_SETTINGS_REST;

#undef PROOFER_PG_SETTINGS_SELECT
#undef PROOFER_PG_SETTINGS_REST

/** Installed extensions ("installed", extname) and available ones ("available", name), sorted by name. */
inline constexpr char extensions[] = "SELECT 'installed', extname FROM pg_catalog.pg_extension"
                                     " UNION ALL SELECT 'available', name FROM pg_catalog.pg_available_extensions"
                                     " ORDER BY 2, 1";

/**
 * Client sessions on TLS / client sessions whose TLS state this role may see / sessions hidden from it.
 * Without pg_read_all_stats, pg_stat_ssl leaves out other roles' sessions and pg_stat_activity shows them
 * with a NULL backend_type (but still their database and role).
 */
inline constexpr char tlsSessions[] = "SELECT count(*) FILTER (WHERE s.ssl), count(*),"
                                      " (SELECT count(*) FROM pg_catalog.pg_stat_activity h"
                                      "  WHERE h.backend_type IS NULL AND h.datid IS NOT NULL"
                                      "  AND h.usesysid IS NOT NULL)"
                                      " FROM pg_catalog.pg_stat_ssl s"
                                      " JOIN pg_catalog.pg_stat_activity a ON a.pid = s.pid"
                                      " WHERE a.backend_type = 'client backend'";

/** Readable by superusers only (PostgreSQL 15); rows with a parse error carry it in "error". */
inline constexpr char hbaRules[] = "SELECT line_number, type, array_to_string(database, ','),"
                                   " array_to_string(user_name, ','), address, netmask, auth_method, error"
                                   " FROM pg_catalog.pg_hba_file_rules ORDER BY line_number";

/** Roles whose stored verifier is not SCRAM (md5 hashes or plain text). Superusers only. */
inline constexpr char nonScramRoles[] = "SELECT rolname FROM pg_catalog.pg_authid"
                                        " WHERE rolpassword IS NOT NULL AND rolpassword NOT LIKE 'SCRAM-SHA-256$%'"
                                        " ORDER BY 1";

} // namespace Probe::PgQueries
