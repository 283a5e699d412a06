// SPDX-License-Identifier: GPL-3.0-or-later
#include "highlightscan.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

namespace HighlightScan {

int length(const QString &text)
{
    return static_cast<int>(text.size());
}

QChar charAt(const QString &text, int i)
{
    return i >= 0 && i < length(text) ? text.at(i) : QChar();
}

bool isIdentStart(QChar c)
{
    return c.isLetter() || c == u'_';
}

bool isIdentChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

bool isIdentifier(QStringView word)
{
    if (word.isEmpty() || !isIdentStart(word.front()))
        return false;
    return std::all_of(word.begin(), word.end(), [](QChar c) { return isIdentChar(c); });
}

bool isFlowIndicator(QChar c)
{
    return c == u',' || c == u'[' || c == u']' || c == u'{' || c == u'}';
}

QSet<QString> wordSet(const QString &words)
{
    const QStringList list = words.split(u' ', Qt::SkipEmptyParts);
    return { list.cbegin(), list.cend() };
}

const QSet<QString> &sqlKeywords()
{
    static const QSet<QString> words = wordSet(QStringLiteral(
        "ADD ADMIN ALL ALTER ANALYZE AND ANY ARRAY AS ASC AUTHORIZATION BEGIN BETWEEN BIGINT BOOLEAN BY BYPASSRLS "
        "BYTEA CASCADE CASE CAST CHECK COLUMN COMMENT COMMIT CONCURRENTLY CONNECT CONNECTION CONSTRAINT COPY CREATE "
        "CREATEDB CREATEROLE CROSS CURRENT_USER DATABASE DECLARE DEFAULT DELETE DESC DISTINCT DO DROP ELSE ELSIF "
        "ENCRYPTED END EXCEPT EXCEPTION EXECUTE EXISTS EXPLAIN EXTENSION FALSE FOR FOREIGN FROM FULL FUNCTION GRANT "
        "GROUP HAVING IF ILIKE IN INDEX INHERIT INNER INSERT INT INTEGER INTERSECT INTO IS JOIN JSONB KEY LANGUAGE "
        "LEFT LIKE LIMIT LOGIN LOOP NOBYPASSRLS NOCREATEDB NOCREATEROLE NOINHERIT NOLOGIN NOREPLICATION NOSUPERUSER "
        "NOT NOTICE NULL OFFSET ON OR ORDER OUTER OWNER PASSWORD PERFORM PRIMARY PRIVILEGES PROCEDURE PUBLIC RAISE "
        "REFERENCES RENAME REPLICATION RESET RESTRICT RETURN RETURNS REVOKE RIGHT ROLE ROLLBACK ROW SCHEMA SELECT "
        "SEQUENCE SERIAL SESSION SET SHOW SUPERUSER SYSTEM TABLE TABLES TEMP TEMPORARY TEXT THEN TIMESTAMP "
        "TIMESTAMPTZ TO TRANSACTION TRIGGER TRUE TRUNCATE UNION UNIQUE UNTIL UPDATE USAGE USER USING UUID VACUUM "
        "VALID VALUES VARCHAR VIEW WHEN WHERE WITH"));
    return words;
}

const QSet<QString> &shellWords()
{
    static const QSet<QString> words = wordSet(QStringLiteral(
        // builtins and reserved words
        "if then else elif fi for while until do done case esac in function select return exit export local "
        "readonly declare unset set shift source eval exec trap break continue echo printf read cd test true false "
        // the commands of the runbooks Proofer shows
        "kubectl helm psql pg_dump pg_dumpall pg_restore pg_isready pg_ctl pg_basebackup openssl gpg gzip gunzip "
        "zcat redis-cli rabbitmqctl curl base64 jq yq sed awk grep cat tee head tail cut sort xargs wc mkdir rm cp "
        "mv chmod chown sudo tar date sleep docker podman"));
    return words;
}

const QSet<QString> &trueFalseWords()
{
    static const QSet<QString> words = wordSet(QStringLiteral("true false yes no on off null ~"));
    return words;
}

// SQL ---------------------------------------------------------------------------------------------

/** Index after the quote that closes a SQL string whose body starts at @p from, or -1. */
int sqlStringEnd(const QString &text, int from, bool backslashEscapes)
{
    const int n = length(text);
    for (int i = from; i < n; ++i) {
        const QChar c = text.at(i);
        if (backslashEscapes && c == u'\\') {
            ++i;
        } else if (c == u'\'') {
            if (charAt(text, i + 1) != u'\'')
                return i + 1;
            ++i; // '' is a quote inside the string
        }
    }
    return -1;
}

/** "$$" or "$tag$" when a dollar quote opens at @p i, else an empty string. */
QString dollarQuoteTag(const QString &text, int i)
{
    int j = i + 1;
    if (charAt(text, j) == u'$')
        return text.mid(i, 2);
    if (!isIdentStart(charAt(text, j)))
        return {};
    while (isIdentChar(charAt(text, j)))
        ++j;
    return charAt(text, j) == u'$' ? text.mid(i, j - i + 1) : QString();
}

int numberEnd(const QString &text, int i)
{
    while (charAt(text, i).isDigit())
        ++i;
    if (charAt(text, i) == u'.' && charAt(text, i + 1).isDigit()) {
        ++i;
        while (charAt(text, i).isDigit())
            ++i;
    }
    if (charAt(text, i) == u'e' || charAt(text, i) == u'E') {
        int j = i + 1;
        if (charAt(text, j) == u'+' || charAt(text, j) == u'-')
            ++j;
        if (charAt(text, j).isDigit()) {
            i = j;
            while (charAt(text, i).isDigit())
                ++i;
        }
    }
    return i;
}

// Shell -------------------------------------------------------------------------------------------

bool isShellSeparator(QChar c)
{
    return c == u';' || c == u'|' || c == u'&' || c == u'(' || c == u')' || c == u'<' || c == u'>' || c == u'\''
        || c == u'"' || c == u'$' || c == u'`';
}

/** End of a parameter expansion starting with the '$' at @p i ($NAME, ${…}, $1, $?); i + 1 if none. */
int shellVariableEnd(const QString &text, int i)
{
    const QChar next = charAt(text, i + 1);
    if (next == u'{') {
        const int close = text.indexOf(u'}', i + 2);
        return close < 0 ? length(text) : close + 1;
    }
    if (isIdentStart(next)) {
        int j = i + 2;
        while (isIdentChar(charAt(text, j)))
            ++j;
        return j;
    }
    if (next.isDigit() || next == u'?' || next == u'#' || next == u'@' || next == u'*' || next == u'!' || next == u'$'
        || next == u'-')
        return i + 2;
    return i + 1;
}

/** Index after the quote that closes a double-quoted shell string whose body starts at @p from, or -1. */
int shellDoubleQuoteEnd(const QString &text, int from)
{
    const int n = length(text);
    for (int i = from; i < n; ++i) {
        if (text.at(i) == u'\\')
            ++i;
        else if (text.at(i) == u'"')
            return i + 1;
    }
    return -1;
}

// YAML and INI ------------------------------------------------------------------------------------

/** Index after the closing quote of the YAML/INI string opening at @p i (end of line when open). */
int quotedEnd(const QString &text, int i)
{
    const QChar quote = text.at(i);
    const int n = length(text);
    for (int j = i + 1; j < n; ++j) {
        const QChar c = text.at(j);
        if (c == u'\\' && quote == u'"') {
            ++j;
        } else if (c == quote) {
            if (quote == u'\'' && charAt(text, j + 1) == u'\'') {
                ++j; // '' is a quote inside a single-quoted scalar
                continue;
            }
            return j + 1;
        }
    }
    return n;
}

/** The colon that ends a plain block mapping key starting at @p i, or -1. */
int plainKeyColon(const QString &text, int i)
{
    const int n = length(text);
    for (int j = i; j < n; ++j) {
        const QChar c = text.at(j);
        if (c == u':' && (j + 1 == n || text.at(j + 1).isSpace()))
            return j;
        if (c == u'#' && j > i && text.at(j - 1).isSpace())
            return -1;
    }
    return -1;
}

/** End of a block scalar header ("|", ">-", "|2+") at @p i when only a comment may follow it, else -1. */
int blockScalarHeaderEnd(const QString &text, int i)
{
    const int n = length(text);
    int j = i + 1;
    while (j < n && (text.at(j) == u'-' || text.at(j) == u'+' || text.at(j).isDigit()))
        ++j;
    int k = j;
    while (k < n && text.at(k).isSpace())
        ++k;
    if (k == n || (text.at(k) == u'#' && k > j))
        return j;
    return -1;
}

BuiltinHighlighter::Category yamlScalarCategory(const QString &scalar)
{
    static const QRegularExpression number(QStringLiteral(R"(\A(?:[-+]?(?:\d[\d_]*(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?)"
                                                          R"(|0x[0-9a-fA-F_]+|0o[0-7]+)"
                                                          R"(|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))\z)"));
    if (trueFalseWords().contains(scalar.toLower()))
        return BuiltinHighlighter::Category::Keyword;
    if (number.match(scalar).hasMatch())
        return BuiltinHighlighter::Category::Number;
    return BuiltinHighlighter::Category::Normal;
}

BuiltinHighlighter::Category iniValueCategory(const QString &value)
{
    // 5432, 0.9, -1, 128MB, 5min, 100%: postgresql.conf accepts units after numbers.
    static const QRegularExpression number(QStringLiteral(R"(\A[-+]?\d+(?:\.\d+)?(?:[a-zA-Z]{1,3}|%)?\z)"));
    static const QSet<QString> booleans = wordSet(QStringLiteral("on off true false yes no"));
    if (booleans.contains(value.toLower()))
        return BuiltinHighlighter::Category::Keyword;
    if (number.match(value).hasMatch())
        return BuiltinHighlighter::Category::Number;
    return BuiltinHighlighter::Category::Normal;
}

} // namespace HighlightScan
