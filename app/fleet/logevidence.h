// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace Fleet {

/** A span of time in which Proofer itself was probing a datastore (its refused TLS attempts leave log lines). */
using ProbeWindow = std::pair<QDateTime, QDateTime>;

/** What a bounded read of one pod's recent log showed. Lines are kept masked and few. */
struct PodLogRead
{
    QString workload; ///< "Deployment/auth-service"
    QString pod;
    bool read = false;
    QString error; ///< why it was not read (forbidden, no pod, timeout)
    int linesRead = 0;
    int tlsErrorCount = 0; ///< TLS error lines that are not Proofer's own
    QStringList tlsErrors; ///< the first of them, masked
    int ownProbeLines = 0; ///< TLS error lines written while Proofer probed the datastore: left out
    int untimedTlsErrors = 0; ///< TLS error lines without a time: they cannot be told from Proofer's own
    /**
     * TLS error lines from a loopback client: a port-forward's (kubectl port-forward, an operator's psql, Proofer's
     * probes from any machine), never a service's, which connects from its pod's address. Left out.
     */
    int loopbackTlsErrors = 0;
    int auditLines = 0; ///< connection, disconnection, statement and duration lines
    QString auditSample; ///< one of them, masked

    QJsonObject toJson() const;
};

/**
 * The log evidence of one datastore, read by the scan (checklist items 7 and 8): its own pod's log and those of
 * the workloads that use it, each a bounded tail (the last maxLines lines of the last windowSeconds).
 */
struct LogObservation
{
    QDateTime readAt;
    int maxLines = 0;
    int windowSeconds = 0;
    PodLogRead datastore;
    QList<PodLogRead> consumers;

    QJsonObject toJson() const;
};

/** Server- or client-side TLS failures: handshake errors, alerts, verification failures (PostgreSQL, Redis, RabbitMQ, drivers). */
bool isTlsErrorLine(const QString &line);

/** PostgreSQL's connection, disconnection, statement and duration lines; RabbitMQ's connection and authentication lines. */
bool isAuditLine(const QString &line);

/**
 * The time a log line was written, when it says: PostgreSQL's %m / %t prefixes ("2026-12-07 20:11:07.123 UTC"),
 * ISO 8601 with an offset (RabbitMQ, most drivers), Redis's "07 Dec 2026 20:11:07.123". Nothing when the line has
 * no time or a zone this cannot place.
 */
std::optional<QDateTime> logLineTime(const QString &line);

/** The line with any password in it replaced (ALTER ROLE … PASSWORD '…', password=…, URLs with a user:password@). */
QString maskedLogLine(const QString &line);

/**
 * Classifies @p text, the tail of one pod's log: TLS errors written inside one of @p ownWindows (give or take
 * two seconds) are Proofer's own probes' and left out; so are those of a loopback client (PostgreSQL's "connection
 * received: host=…" line of the same [pid], Redis's addr=…), a port-forward's; those without a time are counted
 * apart, since they could be Proofer's. Keeps at most @p keep error lines, masked.
 */
PodLogRead classifyLog(const QByteArray &text, const QList<ProbeWindow> &ownWindows, int keep = 5);

} // namespace Fleet
