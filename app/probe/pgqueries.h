// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The SQL of the PostgreSQL probe, in one place (pgModeler keeps its catalog queries in files; the core
// library has no .qrc, so they live here as constants instead of being scattered through the code).
// Every query is read-only, schema-qualified (a hostile search_path cannot shadow pg_catalog) and sent
// alone with PQsendQueryParams, so that one "permission denied" does not hide the other facts.

#include <array>

namespace Probe::PgQueries {

/**
 * The settings the probe reads with currentSetting. Some are readable only by superusers and members of
 * pg_read_all_settings; for the others the server answers "must be superuser or have privileges of …".
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

/** $1: a setting name. Checks the same privileges as SHOW. */
inline constexpr char currentSetting[] = "SELECT pg_catalog.current_setting($1)";

/** "on" or "off" for the role the probe logged in as. */
inline constexpr char isSuperuser[] = "SELECT pg_catalog.current_setting('is_superuser')";

inline constexpr char extensionsInstalled[] = "SELECT extname FROM pg_catalog.pg_extension ORDER BY 1";

inline constexpr char extensionsAvailable[] = "SELECT name FROM pg_catalog.pg_available_extensions ORDER BY 1";

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
