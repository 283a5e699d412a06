// SPDX-License-Identifier: GPL-3.0-or-later
// What the datastores' and their clients' logs say about TLS errors and audit logging, for the checklist.
// Pure: the reads themselves are the session's.
#include "fleet/logevidence.h"

#include <QHash>
#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

namespace Fleet {

namespace {

constexpr qint64 WindowSlackMs = 2000;

QJsonObject readJson(const PodLogRead &read)
{
    QJsonObject json {
        { QStringLiteral("workload"), read.workload },
        { QStringLiteral("pod"), read.pod },
        { QStringLiteral("read"), read.read },
    };
    if (!read.read) {
        json.insert(QStringLiteral("error"), read.error);
        return json;
    }
    json.insert(QStringLiteral("linesRead"), read.linesRead);
    json.insert(QStringLiteral("tlsErrorCount"), read.tlsErrorCount);
    json.insert(QStringLiteral("tlsErrors"), QJsonArray::fromStringList(read.tlsErrors));
    json.insert(QStringLiteral("ownProbeLines"), read.ownProbeLines);
    json.insert(QStringLiteral("untimedTlsErrors"), read.untimedTlsErrors);
    json.insert(QStringLiteral("loopbackTlsErrors"), read.loopbackTlsErrors);
    json.insert(QStringLiteral("auditLines"), read.auditLines);
    if (!read.auditSample.isEmpty())
        json.insert(QStringLiteral("auditSample"), read.auditSample);
    return json;
}

bool inside(const QDateTime &at, const QList<ProbeWindow> &windows)
{
    for (const ProbeWindow &window : windows) {
        if (at >= window.first.addMSecs(-WindowSlackMs) && at <= window.second.addMSecs(WindowSlackMs))
            return true;
    }
    return false;
}

bool isLoopback(const QString &host)
{
    return host.startsWith(u"127.") || host == u"::1" || host == u"[::1]" || host == u"::ffff:127.0.0.1"
        || host == u"[local]" || host == u"localhost";
}

/** PostgreSQL's backend pid in a line prefixed with %p ("… [1234] LOG: …"); empty when there is none. */
QString backendPid(const QString &line)
{
    static const QRegularExpression pid(QStringLiteral(R"(\[(\d+)\](?:\s|:))"));
    const QRegularExpressionMatch match = pid.match(line.left(80));
    return match.hasMatch() ? match.captured(1) : QString();
}

std::optional<QDateTime> withZone(const QDate &date, const QTime &time, const QString &zone)
{
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    if (zone.isEmpty() || zone == u"UTC" || zone == u"GMT" || zone == u"Z" || zone == u"+00" || zone == u"+00:00")
        return QDateTime(date, time, Qt::UTC);
    // A numeric offset: +01, -0530, +05:30.
    static const QRegularExpression offset(QStringLiteral(R"(^([+-])(\d{2}):?(\d{2})?$)"));
    const QRegularExpressionMatch match = offset.match(zone);
    if (!match.hasMatch())
        return std::nullopt; // CET, EST…: ambiguous abbreviations are not guessed
    const int seconds = (match.captured(2).toInt() * 60 + match.captured(3).toInt()) * 60;
    return QDateTime(date, time, QTimeZone(match.captured(1) == u"-" ? -seconds : seconds)).toUTC();
}

} // namespace

QJsonObject PodLogRead::toJson() const
{
    return readJson(*this);
}

QJsonObject LogObservation::toJson() const
{
    QJsonArray consumerArray;
    for (const PodLogRead &consumer : consumers)
        consumerArray.append(consumer.toJson());
    return QJsonObject {
        { QStringLiteral("readAt"), readAt.toString(Qt::ISODate) },
        { QStringLiteral("maxLines"), maxLines },
        { QStringLiteral("windowSeconds"), windowSeconds },
        { QStringLiteral("datastore"), datastore.toJson() },
        { QStringLiteral("consumers"), consumerArray },
    };
}

bool isTlsErrorLine(const QString &line)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(could not accept SSL connection|SSL error|SSL_accept|ssl3_|tlsv1 alert|sslv3 alert|)"
                       R"(certificate verify failed|CERTIFICATE_VERIFY_FAILED|unknown ca|bad certificate|)"
                       R"(wrong version number|no shared cipher|unsupported protocol|handshake failure|)"
                       R"(Error accepting a client connection|certificate signed by unknown authority|SSLError|)"
                       R"(TLS handshake|\bTLS\b.*\b(error|failed|alert)\b)"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern.match(line).hasMatch();
}

bool isAuditLine(const QString &line)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(connection authorized:|connection authenticated:|disconnection: session time|)"
                       R"(\bstatement: |\bduration: \d|\bAUDIT: |accepting AMQP connection|authenticated and granted access)"));
    return pattern.match(line).hasMatch();
}

std::optional<QDateTime> logLineTime(const QString &line)
{
    // PostgreSQL %m / %t / %n-less forms, ISO 8601: "2026-12-07 20:11:07.123 UTC", "2026-12-07T20:11:07.123456+00:00".
    static const QRegularExpression iso(
        QStringLiteral(R"((\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}:\d{2})(?:[.,](\d{1,9}))?\s?(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?|[A-Z]{2,5})?)"));
    if (const QRegularExpressionMatch match = iso.match(line.left(120)); match.hasMatch()) {
        const QDate date = QDate::fromString(match.captured(1), Qt::ISODate);
        QTime time = QTime::fromString(match.captured(2), QStringLiteral("HH:mm:ss"));
        if (!match.captured(3).isEmpty())
            time = time.addMSecs(match.captured(3).left(3).leftJustified(3, u'0').toInt());
        return withZone(date, time, match.captured(4));
    }
    // Redis: "1:M 07 Dec 2026 20:11:07.123 * Ready to accept connections" (the server's local time; UTC in a container).
    static const QRegularExpression redis(QStringLiteral(R"(^\d+:[XCSM] (\d{2} \w{3} \d{4}) (\d{2}:\d{2}:\d{2})(?:\.(\d{3}))?)"));
    if (const QRegularExpressionMatch match = redis.match(line); match.hasMatch()) {
        const QDate date = QLocale::c().toDate(match.captured(1), QStringLiteral("dd MMM yyyy"));
        QTime time = QTime::fromString(match.captured(2), QStringLiteral("HH:mm:ss"));
        if (!match.captured(3).isEmpty())
            time = time.addMSecs(match.captured(3).toInt());
        return withZone(date, time, QString());
    }
    return std::nullopt;
}

QString maskedLogLine(const QString &line)
{
    static const QRegularExpression quoted(QStringLiteral(R"((PASSWORD\s+)'(?:[^']|'')*')"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression assignment(QStringLiteral(R"((password\s*[=:]\s*)\S+)"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression url(QStringLiteral(R"(([a-z][a-z0-9+.-]*://[^:/@\s]*:)[^@\s]+@)"), QRegularExpression::CaseInsensitiveOption);
    QString masked = line;
    masked.replace(quoted, QStringLiteral("\\1'***'"));
    masked.replace(assignment, QStringLiteral("\\1***"));
    masked.replace(url, QStringLiteral("\\1***@"));
    return masked.left(400);
}

PodLogRead classifyLog(const QByteArray &text, const QList<ProbeWindow> &ownWindows, int keep)
{
    static const QRegularExpression received(QStringLiteral(R"(connection received: host=(\S+))"));
    static const QRegularExpression inlineClient(QStringLiteral(R"(\baddr=(\[[^\]]*\]|[^:\s]+))"));
    PodLogRead read;
    read.read = true;
    QHash<QString, QString> clientOfPid; // PostgreSQL: the client of each backend, from its "connection received"
    const QList<QByteArray> lines = text.split('\n');
    for (const QByteArray &raw : lines) {
        if (raw.trimmed().isEmpty())
            continue;
        ++read.linesRead;
        const QString line = QString::fromUtf8(raw).trimmed();
        if (isAuditLine(line)) {
            ++read.auditLines;
            if (read.auditSample.isEmpty())
                read.auditSample = maskedLogLine(line);
        }
        if (const QRegularExpressionMatch match = received.match(line); match.hasMatch()) {
            const QString pid = backendPid(line);
            if (!pid.isEmpty())
                clientOfPid.insert(pid, match.captured(1));
        }
        if (!isTlsErrorLine(line))
            continue;
        const std::optional<QDateTime> at = logLineTime(line);
        if (at && inside(*at, ownWindows)) {
            ++read.ownProbeLines;
            continue;
        }
        QString client;
        if (const QRegularExpressionMatch match = inlineClient.match(line); match.hasMatch())
            client = match.captured(1);
        else if (const QString pid = backendPid(line); !pid.isEmpty())
            client = clientOfPid.value(pid);
        if (isLoopback(client)) {
            ++read.loopbackTlsErrors;
            continue;
        }
        if (!at) {
            ++read.untimedTlsErrors;
            continue;
        }
        ++read.tlsErrorCount;
        if (read.tlsErrors.size() < keep)
            read.tlsErrors << maskedLogLine(line);
    }
    return read;
}

} // namespace Fleet
