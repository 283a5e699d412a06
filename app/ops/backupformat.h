// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What a Proofer backup is, independent of any server: its file name, the retention policy over a
// set of them, the checks a decrypted dump must pass before psql sees it, and gzip in memory/streams.
// Pure functions and small stream classes: unit-tested without servers.

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>

#include <zlib.h>

class QIODevice;

namespace Ops {

/**
 * A backup file name: `<database>_<datastore>_<yyyyMMdd>T<HHmmss>Z.sql.gz.gpg`, the timestamp in UTC,
 * e.g. `auth_db_auth-db_20261128T021500Z.sql.gz.gpg`.
 *
 * The datastore is a Kubernetes name (lower-case letters, digits, '-' and '.', never '_'), so the
 * last two '_' of the name split it unambiguously even when the database name has underscores.
 * Characters of the database name outside [A-Za-z0-9_.-] are written as %XX (UTF-8 bytes) so that
 * any PostgreSQL database name gives a portable file name; parsing decodes them.
 */
struct BackupName
{
    QString database;
    QString datastore;
    QDateTime timestamp; ///< UTC, second precision
    QString fileName;    ///< without directory

    /** Builds the file name; empty when the datastore is not a Kubernetes-style name. */
    static QString make(const QString &database, const QString &datastore, const QDateTime &timestamp);
    /** Parses a file name (a path is allowed: only its last component is read). */
    static std::optional<BackupName> parse(const QString &fileName);
};

inline constexpr const char *backupSuffix = ".sql.gz.gpg";
/** Suffix of the file being written; renamed to the final name only when the dump succeeded. */
inline constexpr const char *partialSuffix = ".partial";
/** Suffix of the sidecar written when a backup has been verified (decrypted and checked end to end). */
inline constexpr const char *verifiedSuffix = ".verified.json";

/** A backup in a directory. */
struct BackupFile
{
    BackupName name;
    QString path;
    qint64 size = 0;
    bool verified = false; ///< a sidecar says it was decrypted and checked, and the size still matches
    QDateTime verifiedAt;
};

/** The backups of @p directory (files whose name parses), oldest first. Unparsable names are ignored. */
QList<BackupFile> listBackups(const QString &directory);

/**
 * Writes the "verified" sidecar of @p backupPath (0600 JSON: size, sha256 of the file, when, how, the
 * tables and row counts). No secret in it.
 */
bool writeVerifiedSidecar(const QString &backupPath, const QJsonObject &details, const QDateTime &when,
                          QString *error);

/**
 * Grandfather-father-son retention, per database and datastore:
 *  - the newest backup of each UTC day is kept while younger than dailyDays,
 *  - the newest of each ISO week while younger than weeklyDays,
 *  - the newest of each calendar month while younger than monthlyDays,
 *  - the newest backup of a database is always kept (a policy never deletes the last copy),
 *  - a backup dated in the future is kept (a clock problem is not a reason to delete).
 * Everything else would be pruned.
 */
struct RetentionPolicy
{
    int dailyDays = 30;
    int weeklyDays = 90;
    int monthlyDays = 365;
};

struct RetentionDecision
{
    BackupFile backup;
    bool keep = false;
    QStringList reasons; ///< "daily", "weekly", "monthly", "newest", "future"; empty when pruned
};

/** Decides for each of @p backups (any order); the result is in the order of @p backups. */
QList<RetentionDecision> applyRetention(const QList<BackupFile> &backups, const QDateTime &now,
                                        const RetentionPolicy &policy = {});

/** The newest verified backup of one database. */
struct BackupAge
{
    QString database;
    QString datastore;
    BackupFile newest;
    qint64 ageSeconds = 0;
    int ageDays() const { return int(ageSeconds / 86400); }
};

/**
 * Age of the newest verified backup per database (key: database name), what feeds the checklist and
 * the grade. Databases with no verified backup are absent.
 */
QHash<QString, BackupAge> newestVerifiedBackups(const QList<BackupFile> &backups, const QDateTime &now);

/** The first line Proofer writes into every dump it takes: a SQL comment carrying JSON. */
QByteArray prooferHeaderLine(const QString &database, const QString &datastore, const QDateTime &taken);

/**
 * Checks a plain-format pg_dump as it streams by, before psql ever reads it:
 *  - the header: "-- PostgreSQL database dump", "-- Dumped from database version X", "-- Dumped by pg_dump
 *    version Y" within the first lines, and the trailer "-- PostgreSQL database dump complete" at the end
 *    (pg_dump writes it last: a dump cut short has none);
 *  - the database: the Proofer header line's database, else the one of the file name, must be the target;
 *  - no psql meta-command other than \restrict and \unrestrict (psql runs a backslash anywhere outside
 *    quotes, comments and COPY data, so this is a small lexer of psql's quoting rules);
 *  - no statement that reaches outside the scratch database (dumpStatementReach: role, database and
 *    tablespace DDL, ALTER SYSTEM, COPY PROGRAM or server files, role switches, LOAD, extensions outside an
 *    allow-list, DO blocks, functions whose bodies do those…): refused with the line the statement starts
 *    on and the statement, its literals masked.
 * COPY … FROM stdin data is skipped (and its rows counted per table, which the restore verifies).
 */
class DumpChecker
{
public:
    /** @p expectedDatabase: the target; @p fileNameDatabase: the database of the file name (may be empty). */
    DumpChecker(QString expectedDatabase, QString fileNameDatabase);

    /** Feeds the next bytes; false when the dump is refused (error() says why, with the line). */
    bool feed(const char *data, qsizetype size);
    /** End of stream: checks the trailer and the database. */
    bool finish();

    QString error() const { return m_error; }
    QString dumpedFromVersion() const { return m_dumpedFrom; }
    QString pgDumpVersion() const { return m_dumpedBy; }
    /** The database named by the Proofer header line (empty when the dump has none). */
    QString headerDatabase() const { return m_headerDatabase; }
    QString headerDatastore() const { return m_headerDatastore; }
    /** "schema.table" → rows of its COPY data, in dump order. */
    QList<QPair<QString, qint64>> copyRows() const { return m_copyRows; }
    qint64 lines() const { return m_line; }
    /** pg_dump's ownership lines (isDumpOwnershipLine), each where it starts in the dump (its byte offset). */
    struct Ownership
    {
        qint64 offset = 0;
        QByteArray text;
    };
    QList<Ownership> ownershipLines() const { return m_ownership; }

private:
    bool line(const QByteArray &text);
    bool lexSql(const QByteArray &text);
    bool endStatement();
    bool fail(const QString &message);

    enum class State { Normal, SingleQuote, EscapeQuote, DoubleQuote, Dollar, BlockComment, Copy };
    QString m_expected;
    QString m_fileNameDatabase;
    QString m_error;
    QByteArray m_pending;
    qint64 m_line = 0;
    State m_state = State::Normal;
    int m_commentDepth = 0;
    QByteArray m_dollarTag;
    QByteArray m_statement; ///< the current statement as written (DumpStatement::text)
    QByteArray m_code;      ///< the current statement with literals masked (DumpStatement::code)
    qint64 m_statementLine = 0; ///< the line the current statement starts on
    int m_beginDepth = 0;       ///< BEGIN … END depth inside CREATE FUNCTION/PROCEDURE (psql's rule)
    bool m_statementStarted = false;
    QString m_copyTable;
    qint64 m_copyCount = 0;
    bool m_sawBanner = false;
    bool m_sawTrailer = false;
    QByteArray m_lastComment;
    QString m_dumpedFrom;
    QString m_dumpedBy;
    QString m_headerDatabase;
    QString m_headerDatastore;
    QList<QPair<QString, qint64>> m_copyRows;
    qint64 m_offset = 0; ///< bytes of the lines read so far
    QList<Ownership> m_ownership;
};

/** Streaming gzip compression (zlib, gzip wrapper). */
class GzipCompressor
{
public:
    explicit GzipCompressor(int level = 6);
    ~GzipCompressor();
    GzipCompressor(const GzipCompressor &) = delete;
    GzipCompressor &operator=(const GzipCompressor &) = delete;

    /** Compresses @p size bytes and appends the output to @p out. */
    bool compress(const char *data, qsizetype size, QByteArray &out);
    /** Ends the gzip member (trailer with CRC and size). */
    bool finish(QByteArray &out);

private:
    bool run(const char *data, qsizetype size, int flush, QByteArray &out);
    z_stream m_stream{};
    bool m_ok = false;
};

/**
 * Streaming gzip decompression, push style: feed() compressed bytes as they come, @p output receives
 * the plain bytes; finish() says whether the stream ended where it should (else it was truncated).
 * Concatenated gzip members are accepted; anything after the last member is corruption.
 */
class GzipDecompressor
{
public:
    using Output = std::function<bool(const char *data, qsizetype size, QString *error)>;
    explicit GzipDecompressor(Output output);
    ~GzipDecompressor();
    GzipDecompressor(const GzipDecompressor &) = delete;
    GzipDecompressor &operator=(const GzipDecompressor &) = delete;

    bool feed(const char *data, qsizetype size, QString *error);
    bool finish(QString *error);

private:
    bool emitOutput(qsizetype produced, QString *error);
    Output m_output;
    z_stream m_stream{};
    QByteArray m_buffer;
    bool m_ok = false;
    bool m_sawInput = false;
    bool m_memberDone = false;
};

/**
 * Decompresses the gzip stream of @p in to @p out (may be null) and through @p checker (may be null),
 * until the end of input. Concatenated gzip members are accepted; a stream cut short ("truncated gzip
 * data"), corrupt data, a checker refusal, a write error (a full disk) or @p cancelled stop it with
 * @p error set. Blocking: for a worker thread.
 */
bool gunzip(QIODevice &in, QIODevice *out, DumpChecker *checker, const std::atomic_bool *cancelled, QString *error);

/** Convenience for tests and small data: gzip of @p data. */
QByteArray gzipBytes(const QByteArray &data);

/** "X" quoted as a PostgreSQL identifier: "a""b". */
QString quoteIdentifier(const QString &name);
/** 'x' quoted as a PostgreSQL string literal (standard_conforming_strings on). */
QString quoteLiteral(const QString &text);

} // namespace Ops
