// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/snapshotevidence.h"
#include "fleet/snapshot.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace Report {

/** What `proofer serve` knows about its own scans, beside what the last one found. */
struct ScanStatistics
{
    qint64 scansTotal = 0; ///< scans that ended (successful or not) since the exporter started
    qint64 errorsTotal = 0; ///< scans that failed: the cluster or the targets file could not be read
    bool lastScanSucceeded = false; ///< the newest scan that ended produced a snapshot
    QDateTime lastSuccessAt; ///< when the newest successful scan ended; invalid: none yet
    double lastDurationSeconds = 0.0; ///< how long the newest scan that ended took (successful or not)
    qint64 intervalSeconds = 0; ///< the rescan interval (the "scan stale" alert compares against it)
};

/**
 * The Prometheus text exposition format (version 0.0.4) of an audited snapshot: the fleet's score and grade, each
 * datastore up or down, its open findings, its served certificate's expiry, the TLS versions it accepts or refuses,
 * and the exporter's own scan statistics. @p snapshot and @p audit may be null (no scan has succeeded yet): then only
 * the statistics are written.
 *
 * Label values are the names the cluster or the targets file gives (datastores), the rule ids and severities, the
 * certificate's serial and issuer, the TLS version names: bounded by the fleet's size, never a secret, never an
 * endpoint or an error message (those vary, and would make new series at every scan). Unknown is absent: a TLS
 * version that was not tried has no series, a datastore that was not reached has no certificate series.
 */
QByteArray prometheusExposition(const Fleet::Snapshot *snapshot, const Audit::Audit *audit,
                                const ScanStatistics &statistics);

/** The Content-Type of prometheusExposition()'s bytes. */
QByteArray prometheusContentType();

/** @p value escaped for a label value between double quotes: backslash, double quote and line feed. */
QString escapeLabelValue(const QString &value);

} // namespace Report
