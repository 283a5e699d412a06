// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What a statement of a dump may do during a restore: stay inside the scratch database. Roles,
// databases and tablespaces are cluster-wide (a restore into a scratch database that runs ALTER ROLE
// changes the live role's password); server files, programs and libraries are the server machine's.
// Pure functions over one statement as DumpChecker lexes it: unit-tested and fuzzed without a server.

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Ops {

/** One complete SQL statement of a dump (outside COPY data), in the two forms DumpChecker builds. */
struct DumpStatement
{
    /** What the server parses as SQL: comments as a space, every string literal as '…', every quoted
     *  identifier as "…" and every dollar-quoted body as $…$. */
    QByteArray code;
    /** The statement with its literals, identifiers and bodies as written (comments as a space), line
     *  breaks kept. Function bodies are read from it. */
    QByteArray text;
};

/**
 * Why @p statement reaches outside the scratch database — "ALTER ROLE changes a role, and roles belong to the
 * whole server" — or empty when it stays inside. Refused: CREATE/ALTER/DROP ROLE, USER, GROUP, DATABASE,
 * TABLESPACE; ALTER SYSTEM; COPY … TO/FROM PROGRAM or a server file; SET ROLE / SET SESSION AUTHORIZATION /
 * RESET of either (also as set_config and as a function's SET clause); LOAD; CREATE EXTENSION outside
 * allowedExtensions(); CREATE LANGUAGE; role membership GRANT/REVOKE; REASSIGN/DROP OWNED; foreign servers,
 * user mappings and subscriptions; COMMENT or SECURITY LABEL on a database, role or tablespace; calls to
 * lo_import/lo_export, the server-file functions (pg_read_file, pg_ls_dir…), the server-control functions
 * (pg_reload_conf, pg_terminate_backend…) and dblink; every DO block; a function or procedure whose body does
 * any of those. Conservative: a function body is searched as text, so a body that only mentions one of those
 * in a comment is refused too (pg_dump never writes such statements for one database's objects).
 */
QString dumpStatementReach(const DumpStatement &statement);

/** Extensions a restore may create (lower case): trusted, in-database ones shipped with PostgreSQL. */
const QStringList &allowedDumpExtensions();

/**
 * @p line (one whole line of the dump, read where a statement starts) is one of pg_dump's ownership statements, in
 * exactly the shape pg_dump writes it: `ALTER <kind> <name> OWNER TO <role>;` (tables, views, sequences, schemas,
 * types, domains, functions, procedures, aggregates, operators, collations, text search objects, statistics,
 * publications, large objects) or `ALTER DEFAULT PRIVILEGES FOR ROLE <role> … ;`. A restore that runs the dump as a
 * role of its own (which cannot act for other roles) leaves these lines out and applies them afterwards as the
 * operation's login: they give objects of the restored copy to their roles and run no code. Names are identifiers
 * or quoted identifiers only, no literal, no second statement: a line of another shape stays in the dump.
 */
bool isDumpOwnershipLine(const QByteArray &line);

/** @p code shortened for a message (at most ~160 characters, one line). Literals are already masked in it. */
QString dumpStatementExcerpt(const QByteArray &code);

} // namespace Ops
