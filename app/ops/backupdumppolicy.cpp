// SPDX-License-Identifier: GPL-3.0-or-later
#include "ops/backupdumppolicy.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Ops {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Ops", text);
}

QRegularExpression pattern(const char *text)
{
    return QRegularExpression(QString::fromLatin1(text), QRegularExpression::DotMatchesEverythingOption);
}

/** A rule over upper-cased, space-collapsed SQL: what it matches and what that reaches. */
struct Rule
{
    QRegularExpression expression;
    const char *what; ///< the statement as named in the message, e.g. "ALTER ROLE"
    const char *why;  ///< the reason, translated at use
};

const char *const s_roles = QT_TRANSLATE_NOOP("Ops", "roles belong to the whole server");
const char *const s_databases = QT_TRANSLATE_NOOP("Ops", "databases belong to the whole server");
const char *const s_tablespaces = QT_TRANSLATE_NOOP("Ops", "tablespaces belong to the whole server");
const char *const s_server = QT_TRANSLATE_NOOP("Ops", "it changes the server itself");
const char *const s_files = QT_TRANSLATE_NOOP("Ops", "it reads or writes files or runs programs on the server machine");
const char *const s_identity = QT_TRANSLATE_NOOP("Ops", "it acts as another role");
const char *const s_code = QT_TRANSLATE_NOOP("Ops", "it loads code into the server");
const char *const s_remote = QT_TRANSLATE_NOOP("Ops", "it connects to other servers");
const char *const s_other = QT_TRANSLATE_NOOP("Ops", "it acts on other sessions");
const char *const s_transaction = QT_TRANSLATE_NOOP("Ops", "it ends the restore's transaction before its check");

/** Where a statement starts inside a function body: a role switch or LOAD only counts there (UPDATE … SET role = … is data). */
#define BODY_START "(?:^|[;'(]|\\$|\\bBEGIN\\b|\\bTHEN\\b|\\bELSE\\b|\\bLOOP\\b|\\bEXECUTE\\b|\\bIMMEDIATE\\b|\\bAS\\b)\\s*"
#define ROLE_SWITCH "(?:SET\\s+(?:SESSION\\s+|LOCAL\\s+)?(?:ROLE|SESSION\\s+AUTHORIZATION|SESSION_AUTHORIZATION)\\b|RESET\\s+(?:ROLE|SESSION\\s+AUTHORIZATION|SESSION_AUTHORIZATION)\\b)"

/** Rules that hold anywhere: in the code of every statement and in function bodies. */
const QList<Rule> &anywhereRules()
{
    static const QList<Rule> rules = {
        {pattern("\\b(?:CREATE|ALTER|DROP)\\s+(?:ROLE|USER|GROUP)\\b"), nullptr, s_roles},
        {pattern("\\b(?:CREATE|ALTER|DROP)\\s+DATABASE\\b"), nullptr, s_databases},
        {pattern("\\b(?:CREATE|ALTER|DROP)\\s+TABLESPACE\\b"), nullptr, s_tablespaces},
        {pattern("\\bALTER\\s+SYSTEM\\b"), nullptr, s_server},
        {pattern("\\b(?:REASSIGN|DROP)\\s+OWNED\\b"), nullptr, s_roles},
        {pattern("\\bCREATE\\s+(?:OR\\s+REPLACE\\s+)?(?:TRUSTED\\s+)?(?:PROCEDURAL\\s+)?LANGUAGE\\b"), "CREATE LANGUAGE", s_code},
        {pattern("\\b(?:CREATE|ALTER)\\s+(?:SUBSCRIPTION|SERVER|FOREIGN\\s+DATA\\s+WRAPPER)\\b"), nullptr, s_remote},
        {pattern("\\bIMPORT\\s+FOREIGN\\s+SCHEMA\\b"), nullptr, s_remote},
        {pattern("\\b(?:COMMENT|SECURITY\\s+LABEL)\\b[^;]*?\\bON\\s+(?:DATABASE|ROLE|TABLESPACE)\\b"), nullptr,
         s_databases},
        {pattern("\\bCOPY\\b[^;]*?\\bPROGRAM\\b"), "COPY … PROGRAM", s_files},
        {pattern("\\b(?:LO_IMPORT|LO_EXPORT)\\s*\\("), nullptr, s_files},
        {pattern("\\b(?:PG_READ_FILE|PG_READ_BINARY_FILE|PG_STAT_FILE|PG_LS_DIR|PG_LS_\\w*DIR|PG_FILE_\\w+)\\s*\\("), nullptr,
         s_files},
        {pattern("\\b(?:PG_RELOAD_CONF|PG_ROTATE_LOGFILE|PG_PROMOTE|PG_SWITCH_WAL|PG_CREATE_RESTORE_POINT)\\s*\\("), nullptr,
         s_server},
        {pattern("\\b(?:PG_TERMINATE_BACKEND|PG_CANCEL_BACKEND)\\s*\\("), nullptr, s_other},
        {pattern("\\bDBLINK\\w*\\s*\\("), nullptr, s_remote},
    };
    return rules;
}

/** Rules for function bodies only (the text inside their quotes), where statements start after ';', BEGIN… */
const QList<Rule> &bodyRules()
{
    static const QList<Rule> rules = {
        {pattern(BODY_START ROLE_SWITCH), "SET ROLE", s_identity},
        {pattern(BODY_START "LOAD\\s+E?'"), "LOAD", s_code},
        {pattern(BODY_START "DO\\s+(?:LANGUAGE\\s+\\S+\\s+)?(?:E?'|\\$)"), "DO", s_code},
        {pattern("\\bCOPY\\b[^;]*?\\b(?:FROM|TO)\\s+E?'"), "COPY … server file", s_files},
        {pattern("\\bCREATE\\s+EXTENSION\\b"), "CREATE EXTENSION", s_code},
        {pattern("\\bSET_CONFIG\\s*\\(\\s*'+\\s*(?:ROLE|SESSION_AUTHORIZATION)\\s*'"), "set_config", s_identity},
    };
    return rules;
}

/** Upper case, comments already spaces; every run of white space one space. */
QString normalized(const QByteArray &sql)
{
    return QString::fromUtf8(sql).toUpper().simplified();
}

/** The matched words as the message names them: "ALTER  role" → "ALTER ROLE". */
QString named(const Rule &rule, const QRegularExpressionMatch &match)
{
    if (rule.what)
        return QString::fromUtf8(rule.what);
    QString text = match.captured(0);
    if (text.endsWith(u'('))
        text.chop(1);
    return text.simplified();
}

QString reach(const QString &what, const char *why)
{
    return QCoreApplication::translate("Ops", "%1 (%2)").arg(what, tr(why));
}

QString firstMatch(const QList<Rule> &rules, const QString &sql)
{
    for (const Rule &rule : rules) {
        const QRegularExpressionMatch match = rule.expression.match(sql);
        if (match.hasMatch())
            return reach(named(rule, match), rule.why);
    }
    return {};
}

/** A function body: comments dropped (so that ALTER, a comment, ROLE is seen as ALTER ROLE), also searched as written. */
QString bodyReach(const QByteArray &text)
{
    static const QRegularExpression comments(QStringLiteral("/\\*.*?\\*/|--[^\\n]*"),
                                             QRegularExpression::DotMatchesEverythingOption);
    const QString raw = QString::fromUtf8(text).toUpper();
    QString stripped = raw;
    stripped.replace(comments, QStringLiteral(" "));
    for (const QString &form : {stripped.simplified(), raw.simplified()}) {
        QString found = firstMatch(anywhereRules(), form);
        if (found.isEmpty())
            found = firstMatch(bodyRules(), form);
        if (!found.isEmpty())
            return found;
    }
    return {};
}

QString extensionName(const QByteArray &text)
{
    static const QRegularExpression name(
        QStringLiteral("^\\s*CREATE\\s+EXTENSION\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?(\"(?:[^\"]|\"\")*\"|[^\\s;]+)"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = name.match(QString::fromUtf8(text));
    if (!match.hasMatch())
        return {};
    QString extension = match.captured(1);
    if (extension.startsWith(u'"'))
        return extension.mid(1, extension.size() - 2).replace(QStringLiteral("\"\""), QStringLiteral("\""));
    return extension.toLower();
}

} // namespace

const QStringList &allowedDumpExtensions()
{
    static const QStringList extensions = {
        QStringLiteral("plpgsql"),   QStringLiteral("pgcrypto"),     QStringLiteral("uuid-ossp"),
        QStringLiteral("citext"),    QStringLiteral("hstore"),       QStringLiteral("pg_trgm"),
        QStringLiteral("btree_gin"), QStringLiteral("btree_gist"),   QStringLiteral("unaccent"),
        QStringLiteral("fuzzystrmatch"), QStringLiteral("intarray"), QStringLiteral("ltree"),
        QStringLiteral("cube"),      QStringLiteral("earthdistance"), QStringLiteral("tablefunc"),
        QStringLiteral("isn"),       QStringLiteral("seg"),          QStringLiteral("tcn"),
        QStringLiteral("tsm_system_rows"), QStringLiteral("tsm_system_time"), QStringLiteral("dict_int"),
        QStringLiteral("lo"),        QStringLiteral("pg_stat_statements"), QStringLiteral("bloom"),
        QStringLiteral("intagg"),    QStringLiteral("moddatetime"),  QStringLiteral("insert_username"),
        QStringLiteral("autoinc"),   QStringLiteral("refint"),       QStringLiteral("postgis"),
        QStringLiteral("vector"),
    };
    return extensions;
}

bool isDumpOwnershipLine(const QByteArray &line)
{
    // An identifier as pg_dump writes one (fmtId): plain lower case, or double-quoted with "" inside.
    // Possessive, as PostgreSQL's lexer reads them: a quote closes unless doubled, a name runs to its last letter
    // (no backtracking into a different reading, and none that grows with the line).
#define IDENT "(?:[a-z_\\x{80}-\\x{10FFFF}][a-z0-9_$\\x{80}-\\x{10FFFF}]*+|\"(?:[^\"]++|\"\")++\")"
#define QUALIFIED IDENT "(?:\\." IDENT "){0,2}"
    // A routine's or operator's argument types: names, arrays, type modifiers, "*" (aggregates), commas.
#define ARGUMENTS "\\((?:" IDENT "|IN|OUT|INOUT|VARIADIC|ORDER BY|NONE|[ ,.*\\[\\]]|\\(\\d+(?:,\\d+)?\\))*+\\)"
#define GRANTEES "(?:PUBLIC|" IDENT ")(?:, (?:PUBLIC|" IDENT "))*"
    static const QRegularExpression shapes(QStringLiteral(
        "^ALTER (?:"
        "(?:TABLE|SEQUENCE|VIEW|MATERIALIZED VIEW|FOREIGN TABLE|SCHEMA|TYPE|DOMAIN|COLLATION|CONVERSION|STATISTICS|PUBLICATION|"
        "TEXT SEARCH CONFIGURATION|TEXT SEARCH DICTIONARY) " QUALIFIED
        "|(?:FUNCTION|PROCEDURE|AGGREGATE) " QUALIFIED ARGUMENTS
        "|OPERATOR (?:" IDENT "\\.)?[-+*/<>=~!@#%^&|`?]+ " ARGUMENTS
        "|OPERATOR (?:CLASS|FAMILY) " QUALIFIED " USING " IDENT
        "|LARGE OBJECT \\d+"
        ") OWNER TO " IDENT ";$"
        "|^ALTER DEFAULT PRIVILEGES FOR ROLE " IDENT "(?: IN SCHEMA " IDENT ")? "
        "(?:GRANT [A-Z ,]+ ON (?:TABLES|SEQUENCES|FUNCTIONS|ROUTINES|TYPES|SCHEMAS) TO " GRANTEES "(?: WITH GRANT OPTION)?"
        "|REVOKE [A-Z ,]+ ON (?:TABLES|SEQUENCES|FUNCTIONS|ROUTINES|TYPES|SCHEMAS) FROM " GRANTEES ");$"));
#undef GRANTEES
#undef ARGUMENTS
#undef QUALIFIED
#undef IDENT
    if (line.size() > 4096 || !line.startsWith("ALTER "))
        return false;
    return shapes.match(QString::fromUtf8(line)).hasMatch();
}

QString dumpStatementExcerpt(const QByteArray &code)
{
    QString text = QString::fromUtf8(code).simplified();
    if (text.size() > 160)
        text = text.left(157) + QStringLiteral("…");
    return text;
}

QString dumpStatementReach(const DumpStatement &statement)
{
    const QString code = normalized(statement.code);
    if (code.isEmpty())
        return {};
    static const QRegularExpression firstWord(QStringLiteral("^(\\w+)"));
    const QString verb = firstWord.match(code).captured(1);

    // Statements whose first word decides.
    // The restore is one transaction that a check closes before it commits: the dump may not end it early.
    static const QRegularExpression transactionControl(
        QStringLiteral("^(?:BEGIN|START\\s+TRANSACTION|COMMIT|END|ABORT|ROLLBACK(?!\\s+TO\\b)|PREPARE\\s+TRANSACTION)\\b"));
    if (transactionControl.match(code).hasMatch())
        return reach(verb, s_transaction);
    if (verb == u"DO")
        return reach(QStringLiteral("DO"), s_code);
    if (verb == u"LOAD")
        return reach(QStringLiteral("LOAD"), s_code);
    if (verb == u"SET" || verb == u"RESET") {
        static const QRegularExpression roleSwitch(QStringLiteral("^" ROLE_SWITCH "|^(?:SET|RESET)\\s+(?:SESSION\\s+|LOCAL\\s+)?(?:ROLE|SESSION_AUTHORIZATION)\\s*(?:=|\\bTO\\b|$)"));
        if (roleSwitch.match(code).hasMatch())
            return reach(code.contains(QStringLiteral("AUTHORIZATION")) ? QStringLiteral("SET SESSION AUTHORIZATION")
                                                                       : verb + QStringLiteral(" ROLE"),
                         s_identity);
    }
    if (verb == u"COPY") {
        static const QRegularExpression program(QStringLiteral("\\bPROGRAM\\b"));
        static const QRegularExpression stdio(QStringLiteral("\\b(?:FROM\\s+STDIN|TO\\s+STDOUT)\\b"));
        if (program.match(code).hasMatch())
            return reach(QStringLiteral("COPY … PROGRAM"), s_files);
        if (!stdio.match(code).hasMatch())
            return reach(QCoreApplication::translate("Ops", "COPY to or from a server file"), s_files);
    }
    if (verb == u"GRANT" || verb == u"REVOKE") {
        static const QRegularExpression on(QStringLiteral("\\bON\\b"));
        if (!on.match(code).hasMatch())
            return reach(QCoreApplication::translate("Ops", "%1 of a role membership").arg(verb), s_roles);
    }
    if (verb == u"CREATE" && code.startsWith(QStringLiteral("CREATE EXTENSION"))) {
        const QString name = extensionName(statement.text);
        if (!allowedDumpExtensions().contains(name))
            return reach(QCoreApplication::translate("Ops", "CREATE EXTENSION %1, which is not among the extensions a restore may create")
                             .arg(name.isEmpty() ? QStringLiteral("?") : name),
                         s_code);
    }

    // Anywhere in what the server parses.
    QString found = firstMatch(anywhereRules(), code);
    static const QRegularExpression setConfigRole(
        QStringLiteral("\\bSET_CONFIG\\s*\\(\\s*'\\s*(?:ROLE|SESSION_AUTHORIZATION)\\s*'"));
    if (found.isEmpty() && code.contains(QStringLiteral("SET_CONFIG"))
        && setConfigRole.match(QString::fromUtf8(statement.text).toUpper().simplified()).hasMatch())
        found = reach(QStringLiteral("set_config('role')"), s_identity);
    if (!found.isEmpty())
        return found;

    // A function or procedure: its SET clause, and what its body would do when called.
    static const QRegularExpression routine(
        QStringLiteral("^(?:CREATE\\s+(?:OR\\s+REPLACE\\s+)?(?:FUNCTION|PROCEDURE)|ALTER\\s+(?:FUNCTION|PROCEDURE|ROUTINE))\\b"));
    if (routine.match(code).hasMatch()) {
        static const QRegularExpression setRole(
            QStringLiteral("\\bSET\\s+(?:ROLE|SESSION_AUTHORIZATION)\\b"));
        if (setRole.match(code).hasMatch())
            return reach(QStringLiteral("SET ROLE"), s_identity);
        const QString body = bodyReach(statement.text);
        if (!body.isEmpty())
            return QCoreApplication::translate("Ops", "a function whose body runs %1").arg(body);
    }
    return {};
}

} // namespace Ops
