// SPDX-License-Identifier: GPL-3.0-or-later
#include "ops/backupformat.h"

#include "fleet/backuplocation.h"
#include "ops/backupdumppolicy.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QMap>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>

#include <algorithm>

namespace Ops {

namespace {

constexpr qsizetype chunkSize = 64 * 1024;
constexpr qsizetype statementCap = qsizetype(64) * 1024 * 1024;
constexpr qint64 bannerWithinLines = 200;

bool isFileNameSafe(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'_' || c == u'.'
        || c == u'-';
}

QString encodeDatabase(const QString &database)
{
    QString out;
    for (const QChar c : database) {
        if (isFileNameSafe(c) && c != u'%') {
            out += c;
            continue;
        }
        const QByteArray bytes = QString(c).toUtf8();
        for (const char byte : bytes)
            out += QStringLiteral("%%1").arg(uint(uchar(byte)), 2, 16, QLatin1Char('0')).toUpper();
    }
    return out;
}

QString decodeDatabase(const QString &encoded)
{
    return QString::fromUtf8(QByteArray::fromPercentEncoding(encoded.toLatin1()));
}

bool isIdentChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'
        || (uchar(c) >= 0x80);
}

} // namespace

QString BackupName::make(const QString &database, const QString &datastore, const QDateTime &timestamp)
{
    static const QRegularExpression datastorePattern(QStringLiteral("^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$"));
    if (database.isEmpty() || !datastorePattern.match(datastore).hasMatch())
        return {};
    return encodeDatabase(database) + u'_' + datastore + u'_'
        + timestamp.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")) + QLatin1String(backupSuffix);
}

std::optional<BackupName> BackupName::parse(const QString &fileName)
{
    const QString base = QFileInfo(fileName).fileName();
    const std::optional<Fleet::ListedBackup> listed = Fleet::parseBackupFileName(base);
    // The platform's script may write other timestamp forms; Proofer writes (and restores) only its own.
    if (!listed || !base.endsWith(listed->takenAt.toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")) + QLatin1String(backupSuffix)))
        return std::nullopt;
    BackupName name;
    name.database = decodeDatabase(listed->database);
    name.datastore = listed->datastore;
    name.timestamp = listed->takenAt;
    name.fileName = base;
    if (name.database.isEmpty())
        return std::nullopt;
    return name;
}

QList<BackupFile> listBackups(const QString &directory)
{
    QList<BackupFile> files;
    const QDir dir(directory);
    const QFileInfoList entries =
        dir.entryInfoList({QStringLiteral("*") + QLatin1String(backupSuffix)}, QDir::Files | QDir::NoDotAndDotDot);
    for (const QFileInfo &info : entries) {
        const auto name = BackupName::parse(info.fileName());
        if (!name)
            continue;
        BackupFile file;
        file.name = *name;
        file.path = info.absoluteFilePath();
        file.size = info.size();
        QFile sidecar(file.path + QLatin1String(verifiedSuffix));
        if (sidecar.open(QIODevice::ReadOnly)) {
            const QJsonObject json = QJsonDocument::fromJson(sidecar.read(1024 * 1024)).object();
            if (json.value(QStringLiteral("size")).toInteger(-1) == file.size) {
                file.verified = true;
                file.verifiedAt = QDateTime::fromString(json.value(QStringLiteral("verifiedAt")).toString(), Qt::ISODate);
            }
        }
        files << file;
    }
    std::sort(files.begin(), files.end(), [](const BackupFile &a, const BackupFile &b) {
        return a.name.timestamp != b.name.timestamp ? a.name.timestamp < b.name.timestamp
                                                    : a.name.fileName < b.name.fileName;
    });
    return files;
}

bool writeVerifiedSidecar(const QString &backupPath, const QJsonObject &details, const QDateTime &when,
                          QString *error)
{
    QFile backup(backupPath);
    if (!backup.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("Ops", "cannot read %1: %2").arg(backupPath, backup.errorString());
        return false;
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&backup)) {
        *error = QCoreApplication::translate("Ops", "cannot read %1: %2").arg(backupPath, backup.errorString());
        return false;
    }
    QJsonObject json = details;
    json.insert(QStringLiteral("file"), QFileInfo(backupPath).fileName());
    json.insert(QStringLiteral("size"), backup.size());
    json.insert(QStringLiteral("sha256"), QString::fromLatin1(hash.result().toHex()));
    json.insert(QStringLiteral("verifiedAt"), when.toUTC().toString(Qt::ISODate));
    QSaveFile file(backupPath + QLatin1String(verifiedSuffix));
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QCoreApplication::translate("Ops", "cannot write %1: %2").arg(file.fileName(), file.errorString());
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QByteArray bytes = QJsonDocument(json).toJson(QJsonDocument::Indented);
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        *error = QCoreApplication::translate("Ops", "cannot write %1: %2").arg(file.fileName(), file.errorString());
        return false;
    }
    return true;
}

QList<RetentionDecision> applyRetention(const QList<BackupFile> &backups, const QDateTime &now,
                                        const RetentionPolicy &policy)
{
    QList<RetentionDecision> decisions;
    decisions.reserve(backups.size());
    for (const BackupFile &backup : backups)
        decisions.append({backup, false, {}});

    // Indices per database/datastore, newest first.
    QMap<QString, QList<int>> groups;
    for (int i = 0; i < decisions.size(); ++i) {
        const BackupName &name = decisions.at(i).backup.name;
        groups[name.database + u'\n' + name.datastore].append(i);
    }
    const QDateTime utcNow = now.toUTC();
    for (QList<int> &group : groups) {
        std::stable_sort(group.begin(), group.end(), [&](int a, int b) {
            return decisions.at(a).backup.name.timestamp > decisions.at(b).backup.name.timestamp;
        });
        QSet<QString> days;
        QSet<QString> weeks;
        QSet<QString> months;
        bool newestMarked = false;
        for (const int index : std::as_const(group)) {
            RetentionDecision &decision = decisions[index];
            const QDateTime when = decision.backup.name.timestamp.toUTC();
            if (when > utcNow) {
                decision.reasons << QStringLiteral("future");
                continue;
            }
            if (!newestMarked) {
                decision.reasons << QStringLiteral("newest");
                newestMarked = true;
            }
            const qint64 age = when.secsTo(utcNow);
            const QDate date = when.date();
            const QString day = date.toString(Qt::ISODate);
            int weekYear = 0;
            const int week = date.weekNumber(&weekYear);
            const QString weekKey = QStringLiteral("%1-W%2").arg(weekYear).arg(week);
            const QString month = date.toString(QStringLiteral("yyyy-MM"));
            if (age < qint64(policy.dailyDays) * 86400 && !days.contains(day)) {
                days.insert(day);
                decision.reasons << QStringLiteral("daily");
            }
            if (age < qint64(policy.weeklyDays) * 86400 && !weeks.contains(weekKey)) {
                weeks.insert(weekKey);
                decision.reasons << QStringLiteral("weekly");
            }
            if (age < qint64(policy.monthlyDays) * 86400 && !months.contains(month)) {
                months.insert(month);
                decision.reasons << QStringLiteral("monthly");
            }
        }
    }
    for (RetentionDecision &decision : decisions)
        decision.keep = !decision.reasons.isEmpty();
    return decisions;
}

QHash<QString, BackupAge> newestVerifiedBackups(const QList<BackupFile> &backups, const QDateTime &now)
{
    QHash<QString, BackupAge> result;
    for (const BackupFile &backup : backups) {
        if (!backup.verified)
            continue;
        auto it = result.find(backup.name.database);
        if (it != result.end() && it->newest.name.timestamp >= backup.name.timestamp)
            continue;
        BackupAge age;
        age.database = backup.name.database;
        age.datastore = backup.name.datastore;
        age.newest = backup;
        age.ageSeconds = std::max<qint64>(0, backup.name.timestamp.secsTo(now));
        result.insert(backup.name.database, age);
    }
    return result;
}

QByteArray prooferHeaderLine(const QString &database, const QString &datastore, const QDateTime &taken)
{
    const QJsonObject json{
        {QStringLiteral("database"), database},
        {QStringLiteral("datastore"), datastore},
        {QStringLiteral("taken"), taken.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("format"), QStringLiteral("proofer.backup/v1")},
    };
    return "-- proofer-backup: " + QJsonDocument(json).toJson(QJsonDocument::Compact) + '\n';
}

// ---- DumpChecker ---------------------------------------------------------------------------------

DumpChecker::DumpChecker(QString expectedDatabase, QString fileNameDatabase)
    : m_expected(std::move(expectedDatabase))
    , m_fileNameDatabase(std::move(fileNameDatabase))
{
}

bool DumpChecker::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
    return false;
}

bool DumpChecker::feed(const char *data, qsizetype size)
{
    if (!m_error.isEmpty())
        return false;
    qsizetype start = 0;
    for (qsizetype i = 0; i < size; ++i) {
        if (data[i] != '\n')
            continue;
        m_pending.append(data + start, i - start);
        start = i + 1;
        const QByteArray text = m_pending;
        m_pending.clear();
        if (!line(text))
            return false;
    }
    m_pending.append(data + start, size - start);
    if (m_pending.size() > 64 * 1024 * 1024)
        return fail(QCoreApplication::translate("Ops", "line %1 of the dump is longer than 64 MiB").arg(m_line + 1));
    return true;
}

bool DumpChecker::finish()
{
    if (!m_error.isEmpty())
        return false;
    if (!m_pending.isEmpty()) {
        const QByteArray text = m_pending;
        m_pending.clear();
        if (!line(text))
            return false;
    }
    if (m_state == State::Copy)
        return fail(QCoreApplication::translate("Ops", "the dump ends inside the data of table %1: it is incomplete").arg(m_copyTable));
    if (!m_statement.trimmed().isEmpty() && !endStatement())
        return false;
    if (!m_sawBanner || m_dumpedFrom.isEmpty() || m_dumpedBy.isEmpty())
        return fail(QCoreApplication::translate("Ops", "this is not a plain-format pg_dump: the \"PostgreSQL database dump\" header is missing"));
    if (!m_sawTrailer)
        return fail(QCoreApplication::translate("Ops", "the dump is incomplete: pg_dump's closing line \"PostgreSQL database dump complete\" is "
                       "missing"));
    if (!m_statementStarted) {
        // A dump with no statement at all still has to be of the right database.
        m_statementStarted = true;
        const QString database = m_headerDatabase.isEmpty() ? m_fileNameDatabase : m_headerDatabase;
        if (!m_expected.isEmpty() && database != m_expected)
            return fail(QCoreApplication::translate("Ops", "this is a dump of database \"%1\", not of \"%2\"").arg(database, m_expected));
    }
    return true;
}

bool DumpChecker::line(const QByteArray &text)
{
    ++m_line;
    const qint64 offset = m_offset;
    m_offset += text.size() + 1;
    if (m_state == State::Copy) {
        if (text == "\\.") {
            m_copyRows.append({m_copyTable, m_copyCount});
            m_state = State::Normal;
            return true;
        }
        ++m_copyCount;
        return true;
    }
    if (m_line == 1 && text.startsWith("-- proofer-backup: ")) {
        const QJsonObject json = QJsonDocument::fromJson(text.mid(19)).object();
        m_headerDatabase = json.value(QStringLiteral("database")).toString();
        m_headerDatastore = json.value(QStringLiteral("datastore")).toString();
        if (m_headerDatabase.isEmpty())
            return fail(QCoreApplication::translate("Ops", "line 1: the Proofer header of the dump cannot be read"));
        if (!m_fileNameDatabase.isEmpty() && m_fileNameDatabase != m_headerDatabase)
            return fail(QCoreApplication::translate("Ops", "the file is named for database \"%1\" but holds a dump of \"%2\"")
                            .arg(m_fileNameDatabase, m_headerDatabase));
        return true;
    }
    if (m_state == State::Normal && text.startsWith("--")) {
        const QByteArray comment = text.mid(2).trimmed();
        if (comment == "PostgreSQL database dump") {
            m_sawBanner = true;
        } else if (comment == "PostgreSQL database dump complete") {
            m_sawTrailer = true;
        } else if (comment.startsWith("Dumped from database version ")) {
            m_dumpedFrom = QString::fromUtf8(comment.mid(28)).trimmed();
        } else if (comment.startsWith("Dumped by pg_dump version ")) {
            m_dumpedBy = QString::fromUtf8(comment.mid(26)).trimmed();
        }
        return true;
    }
    if (!m_sawBanner && m_line > bannerWithinLines)
        return fail(QCoreApplication::translate("Ops", "this is not a plain-format pg_dump: no \"PostgreSQL database dump\" header in its first %1 "
                       "lines")
                        .arg(bannerWithinLines));
    // A whole line where a statement starts, read the same way by psql and by the lexer below.
    if (m_state == State::Normal && m_statement.trimmed().isEmpty() && isDumpOwnershipLine(text))
        m_ownership.append({offset, text});
    return lexSql(text);
}

bool DumpChecker::lexSql(const QByteArray &text)
{
    const qsizetype n = text.size();
    bool enterCopy = false;
    // The statement twice: as written (function bodies are read from it) and as the server parses it, with
    // literals, quoted identifiers and bodies masked (the rules read it; messages quote it: no secret shows).
    auto appendText = [this](char c) { m_statement.append(c); };
    auto append = [this](char c) {
        m_statement.append(c);
        m_code.append(c);
    };
    auto markStart = [this]() {
        if (m_code.trimmed().isEmpty())
            m_statementLine = m_line;
    };
    auto startStatement = [this, &markStart]() -> bool {
        markStart();
        m_sawTrailer = false; // something follows the trailer: it was not the end
        if (m_statementStarted)
            return true;
        m_statementStarted = true;
        if (!m_sawBanner)
            return fail(QCoreApplication::translate("Ops", "line %1: SQL before the \"PostgreSQL database dump\" header: this is not a pg_dump")
                            .arg(m_line));
        const QString database = m_headerDatabase.isEmpty() ? m_fileNameDatabase : m_headerDatabase;
        if (!m_expected.isEmpty() && database.isEmpty())
            return fail(QCoreApplication::translate("Ops", "cannot tell which database this dump is of (no Proofer header, no database in the file "
                           "name)"));
        if (!m_expected.isEmpty() && database != m_expected)
            return fail(QCoreApplication::translate("Ops", "this is a dump of database \"%1\", not of \"%2\"").arg(database, m_expected));
        return true;
    };
    for (qsizetype i = 0; i < n; ++i) {
        const char c = text.at(i);
        const char next = i + 1 < n ? text.at(i + 1) : '\0';
        switch (m_state) {
        case State::Copy:
            return fail(QCoreApplication::translate("Ops", "line %1: text after a COPY statement on the same line").arg(m_line));
        case State::BlockComment:
            if (c == '/' && next == '*') {
                ++m_commentDepth;
                ++i;
            } else if (c == '*' && next == '/') {
                ++i;
                if (--m_commentDepth == 0)
                    m_state = State::Normal;
            }
            break;
        case State::SingleQuote:
        case State::EscapeQuote:
            appendText(c);
            if (m_state == State::EscapeQuote && c == '\\') {
                if (i + 1 < n)
                    appendText(text.at(++i));
            } else if (c == '\'') {
                if (next == '\'') {
                    appendText(next);
                    ++i;
                } else {
                    m_state = State::Normal;
                }
            }
            break;
        case State::DoubleQuote:
            appendText(c);
            if (c == '"') {
                if (next == '"') {
                    appendText(next);
                    ++i;
                } else {
                    m_state = State::Normal;
                }
            }
            break;
        case State::Dollar:
            if (c == '$' && text.mid(i, m_dollarTag.size()) == m_dollarTag) {
                for (char t : std::as_const(m_dollarTag))
                    appendText(t);
                i += m_dollarTag.size() - 1;
                m_state = State::Normal;
            } else {
                appendText(c);
            }
            break;
        case State::Normal:
            if (enterCopy) {
                if (c != ' ' && c != '\t' && c != '\r')
                    return fail(QCoreApplication::translate("Ops", "line %1: text after a COPY statement on the same line").arg(m_line));
                break;
            }
            if (c == '-' && next == '-')
                i = n; // comment to the end of the line
            if (i >= n)
                break;
            if (c == '/' && next == '*') {
                m_state = State::BlockComment;
                m_commentDepth = 1;
                append(' '); // a comment separates words as a space does: ALTER/**/ROLE is ALTER ROLE
                ++i;
                break;
            }
            if (c == '\\') {
                qsizetype j = i + 1;
                while (j < n && ((text.at(j) >= 'a' && text.at(j) <= 'z') || (text.at(j) >= 'A' && text.at(j) <= 'Z')))
                    ++j;
                const QByteArray command = text.mid(i + 1, j - i - 1);
                const bool atLineStart = text.left(i).trimmed().isEmpty();
                if (atLineStart && m_statement.trimmed().isEmpty() && (command == "restrict" || command == "unrestrict"))
                    return true; // pg_dump's own guard lines (CVE-2025-8714); the rest of the line is its key
                return fail(QCoreApplication::translate("Ops", "line %1: the psql meta-command \\%2 is not allowed in a restore")
                                .arg(m_line)
                                .arg(QString::fromUtf8(command.isEmpty() ? text.mid(i + 1, 1) : command)));
            }
            if (c == ';' && m_beginDepth > 0) {
                append(c); // inside BEGIN ATOMIC … END: part of the function's body
                break;
            }
            if (c == ';') {
                if (!startStatement())
                    return false;
                const QByteArray statement = m_statement.simplified();
                if (!endStatement())
                    return false;
                static const QRegularExpression copyPattern(
                    QStringLiteral("^COPY\\s+(.+?)\\s*(\\(.*\\))?\\s+FROM\\s+stdin$"),
                    QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
                const QRegularExpressionMatch match = copyPattern.match(QString::fromUtf8(statement));
                if (match.hasMatch()) {
                    m_copyTable = match.captured(1);
                    m_copyCount = 0;
                    enterCopy = true;
                }
                break;
            }
            if (c == '\'') {
                const bool escape = i > 0 && (text.at(i - 1) == 'E' || text.at(i - 1) == 'e')
                    && (i < 2 || !isIdentChar(text.at(i - 2)));
                m_state = escape ? State::EscapeQuote : State::SingleQuote;
                if (!startStatement())
                    return false;
                appendText(c);
                m_code.append("'\xe2\x80\xa6'"); // '…'
                break;
            }
            if (c == '"') {
                m_state = State::DoubleQuote;
                if (!startStatement())
                    return false;
                appendText(c);
                m_code.append("\"\xe2\x80\xa6\""); // "…"
                break;
            }
            if (c == '$' && (i == 0 || !isIdentChar(text.at(i - 1)))) {
                qsizetype j = i + 1;
                while (j < n && isIdentChar(text.at(j)) && !(j == i + 1 && text.at(j) >= '0' && text.at(j) <= '9'))
                    ++j;
                if (j < n && text.at(j) == '$') {
                    m_dollarTag = text.mid(i, j - i + 1);
                    m_state = State::Dollar;
                    if (!startStatement())
                        return false;
                    for (char t : std::as_const(m_dollarTag))
                        appendText(t);
                    m_code.append("$\xe2\x80\xa6$"); // $…$
                    i = j;
                    break;
                }
            }
            if (c != ' ' && c != '\t' && c != '\r') {
                if (!startStatement())
                    return false;
            }
            if (isIdentChar(c) && (i == 0 || !isIdentChar(text.at(i - 1)))) {
                // A word: psql does not end CREATE FUNCTION … BEGIN ATOMIC … END at a ';' inside it; nor does this.
                qsizetype j = i + 1;
                while (j < n && isIdentChar(text.at(j)))
                    ++j;
                const QByteArray word = text.mid(i, j - i).toUpper();
                if (word == "BEGIN" || word == "CASE" || word == "END") {
                    static const QRegularExpression routine(
                        QStringLiteral("^\\s*CREATE\\s+(OR\\s+REPLACE\\s+)?(FUNCTION|PROCEDURE)\\b"),
                        QRegularExpression::CaseInsensitiveOption);
                    if (routine.match(QString::fromUtf8(m_code)).hasMatch()) {
                        if (word == "BEGIN" || (word == "CASE" && m_beginDepth > 0))
                            ++m_beginDepth;
                        else if (word == "END" && m_beginDepth > 0)
                            --m_beginDepth;
                    }
                }
                for (qsizetype k = i; k < j; ++k)
                    append(text.at(k));
                i = j - 1;
                break;
            }
            append(c);
            break;
        }
    }
    if (enterCopy) {
        m_state = State::Copy;
        return true;
    }
    // Lines join with a space in what the server parses; the text keeps the line break (a body's "--" comment
    // ends there).
    if (!m_statement.isEmpty()) {
        appendText('\n');
        m_code.append(' ');
    }
    if (m_statement.size() > statementCap)
        return fail(QCoreApplication::translate("Ops", "line %1: a statement of the dump is longer than %2 MiB")
                        .arg(m_statementLine)
                        .arg(statementCap / (1024 * 1024)));
    return true;
}

bool DumpChecker::endStatement()
{
    const DumpStatement statement{m_code, m_statement};
    m_statement.clear();
    m_code.clear();
    m_beginDepth = 0;
    const QString reach = dumpStatementReach(statement);
    if (!reach.isEmpty())
        return fail(QCoreApplication::translate("Ops", "line %1: the dump reaches outside the scratch database with %2: %3")
                        .arg(m_statementLine)
                        .arg(reach, dumpStatementExcerpt(statement.code)));
    return true;
}

// ---- gzip ----------------------------------------------------------------------------------------

GzipCompressor::GzipCompressor(int level)
{
    m_ok = deflateInit2(&m_stream, level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) == Z_OK;
}

GzipCompressor::~GzipCompressor()
{
    if (m_ok)
        deflateEnd(&m_stream);
}

bool GzipCompressor::run(const char *data, qsizetype size, int flush, QByteArray &out)
{
    if (!m_ok)
        return false;
    m_stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data));
    m_stream.avail_in = uInt(size);
    char buffer[chunkSize];
    int status = Z_OK;
    do {
        m_stream.next_out = reinterpret_cast<Bytef *>(buffer);
        m_stream.avail_out = sizeof buffer;
        status = deflate(&m_stream, flush);
        if (status == Z_STREAM_ERROR)
            return false;
        out.append(buffer, qsizetype(sizeof buffer - m_stream.avail_out));
    } while (m_stream.avail_out == 0 || (flush == Z_FINISH && status != Z_STREAM_END));
    return true;
}

bool GzipCompressor::compress(const char *data, qsizetype size, QByteArray &out)
{
    while (size > 0) {
        const qsizetype part = std::min<qsizetype>(size, 1 << 30);
        if (!run(data, part, Z_NO_FLUSH, out))
            return false;
        data += part;
        size -= part;
    }
    return true;
}

bool GzipCompressor::finish(QByteArray &out)
{
    return run(nullptr, 0, Z_FINISH, out);
}

QByteArray gzipBytes(const QByteArray &data)
{
    GzipCompressor compressor;
    QByteArray out;
    compressor.compress(data.constData(), data.size(), out);
    compressor.finish(out);
    return out;
}

GzipDecompressor::GzipDecompressor(Output output)
    : m_output(std::move(output))
    , m_buffer(chunkSize, Qt::Uninitialized)
{
    m_ok = inflateInit2(&m_stream, 15 + 16) == Z_OK;
}

GzipDecompressor::~GzipDecompressor()
{
    if (m_ok)
        inflateEnd(&m_stream);
}

bool GzipDecompressor::emitOutput(qsizetype produced, QString *error)
{
    return produced <= 0 || m_output(m_buffer.constData(), produced, error);
}

bool GzipDecompressor::feed(const char *data, qsizetype size, QString *error)
{
    if (!m_ok) {
        *error = QCoreApplication::translate("Ops", "zlib could not start");
        return false;
    }
    if (size <= 0)
        return true;
    m_sawInput = true;
    m_stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data));
    m_stream.avail_in = uInt(size);
    for (;;) {
        if (m_memberDone) {
            if (m_stream.avail_in == 0)
                return true;
            // Another gzip member follows (gzip allows concatenation).
            inflateReset(&m_stream);
            m_memberDone = false;
        }
        m_stream.next_out = reinterpret_cast<Bytef *>(m_buffer.data());
        m_stream.avail_out = uInt(m_buffer.size());
        const int status = inflate(&m_stream, Z_NO_FLUSH);
        if (status == Z_NEED_DICT || status == Z_DATA_ERROR || status == Z_MEM_ERROR || status == Z_STREAM_ERROR) {
            *error = m_stream.msg ? QCoreApplication::translate("Ops", "the gzip data is corrupt: %1").arg(QString::fromUtf8(m_stream.msg))
                                  : QCoreApplication::translate("Ops", "the gzip data is corrupt");
            return false;
        }
        const qsizetype produced = m_buffer.size() - qsizetype(m_stream.avail_out);
        if (!emitOutput(produced, error))
            return false;
        if (status == Z_STREAM_END) {
            m_memberDone = true;
            continue;
        }
        // All input taken and the output buffer not filled: zlib holds nothing more for now.
        if (m_stream.avail_in == 0 && m_stream.avail_out != 0)
            return true;
        if (status == Z_BUF_ERROR && m_stream.avail_in == 0)
            return true;
    }
}

bool GzipDecompressor::finish(QString *error)
{
    if (!m_sawInput) {
        *error = QCoreApplication::translate("Ops", "the compressed dump is empty");
        return false;
    }
    if (!m_memberDone) {
        *error = QCoreApplication::translate("Ops", "the gzip data is truncated: the dump was cut short");
        return false;
    }
    return true;
}

bool gunzip(QIODevice &in, QIODevice *out, DumpChecker *checker, const std::atomic_bool *cancelled, QString *error)
{
    GzipDecompressor decompressor([&](const char *data, qsizetype size, QString *message) {
        if (checker && !checker->feed(data, size)) {
            *message = checker->error();
            return false;
        }
        if (out && out->write(data, size) != size) {
            *message = QCoreApplication::translate("Ops", "cannot write the decompressed dump (is the disk full?): %1").arg(out->errorString());
            return false;
        }
        return true;
    });
    QByteArray input(chunkSize, Qt::Uninitialized);
    for (;;) {
        if (cancelled && cancelled->load()) {
            *error = QCoreApplication::translate("Ops", "cancelled");
            return false;
        }
        const qint64 got = in.read(input.data(), input.size());
        if (got < 0) {
            *error = QCoreApplication::translate("Ops", "cannot read the compressed dump: %1").arg(in.errorString());
            return false;
        }
        if (got == 0)
            break;
        if (!decompressor.feed(input.constData(), got, error))
            return false;
    }
    if (!decompressor.finish(error))
        return false;
    if (checker && !checker->finish()) {
        *error = checker->error();
        return false;
    }
    return true;
}

QString quoteIdentifier(const QString &name)
{
    QString quoted = name;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

QString quoteLiteral(const QString &text)
{
    QString quoted = text;
    quoted.replace(u'\'', QStringLiteral("''"));
    return u'\'' + quoted + u'\'';
}

} // namespace Ops
