// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/metrics.h"

#include "core/versioninfo.h"

#include <QList>
#include <QPair>
#include <QSet>

#include <cmath>

namespace Report {

namespace {

using Labels = QList<QPair<const char *, QString>>;

/** Integers as integers (timestamps, counts), the rest with at most three decimals and no trailing zeros. */
QByteArray formatNumber(double value)
{
    if (std::isnan(value))
        return QByteArrayLiteral("NaN");
    if (std::abs(value) < 1e15 && value == std::floor(value))
        return QByteArray::number(qint64(value));
    QByteArray text = QByteArray::number(value, 'f', 3);
    while (text.endsWith('0'))
        text.chop(1);
    if (text.endsWith('.'))
        text.chop(1);
    return text;
}

/**
 * One metric family at a time: HELP and TYPE first, then its samples. A sample whose labels repeat one already
 * written is dropped (Prometheus refuses a scrape with a duplicate series; two datastores of one name would make one).
 */
class Exposition
{
public:
    void family(const char *name, const char *type, const char *help)
    {
        m_name = name;
        m_text += "# HELP " + m_name + ' ' + help + '\n';
        m_text += "# TYPE " + m_name + ' ' + type + '\n';
    }

    void sample(const Labels &labels, double value)
    {
        QByteArray series = m_name;
        if (!labels.isEmpty()) {
            series += '{';
            for (qsizetype i = 0; i < labels.size(); ++i) {
                if (i > 0)
                    series += ',';
                series += labels.at(i).first;
                series += "=\"";
                series += escapeLabelValue(labels.at(i).second).toUtf8();
                series += '"';
            }
            series += '}';
        }
        if (m_series.contains(series))
            return;
        m_series.insert(series);
        m_text += series + ' ' + formatNumber(value) + '\n';
    }

    void sample(double value) { sample({}, value); }

    QByteArray text() const { return m_text; }

private:
    QByteArray m_name;
    QByteArray m_text;
    QSet<QByteArray> m_series;
};

double seconds(const QDateTime &time)
{
    return double(time.toMSecsSinceEpoch()) / 1000.0;
}

void writeFleet(Exposition &out, const Fleet::Snapshot &snapshot, const Audit::Audit &audit)
{
    out.family("proofer_scope_info", "gauge", "What the exporter scans: a namespace of a kubeconfig context, or a targets file.");
    out.sample({{"source", snapshot.source}, {"context", snapshot.context}, {"namespace", snapshot.namespaceName}}, 1);

    const Audit::Grade &fleet = audit.grade.fleet;
    out.family("proofer_fleet_score", "gauge",
               "The fleet's score from 0 to 100 (docs/grading.md); absent when nothing could be graded.");
    if (fleet.score)
        out.sample(*fleet.score);
    out.family("proofer_fleet_grade_info", "gauge", "The fleet's letter grade (A+ to F); absent when nothing could be graded.");
    if (fleet.score && !fleet.letter.isEmpty())
        out.sample({{"letter", fleet.letter}}, 1);
}

void writeDatastores(Exposition &out, const Fleet::Snapshot &snapshot, const Audit::Audit &audit)
{
    out.family("proofer_datastore_up", "gauge",
               "1 when the last scan reached the datastore (a TLS handshake or its protocol answered), 0 when not.");
    for (const Fleet::DatastoreReport &report : snapshot.datastores)
        out.sample({{"datastore", report.name}, {"kind", Fleet::kindName(report.kind)}}, report.unreachable() ? 0 : 1);

    out.family("proofer_datastore_score", "gauge",
               "The datastore's score from 0 to 100; absent when nothing of it could be assessed.");
    for (const Fleet::DatastoreReport &report : snapshot.datastores) {
        const Audit::Grade *grade = audit.grade.datastore(report.name);
        if (grade && grade->score)
            out.sample({{"datastore", report.name}, {"kind", Fleet::kindName(report.kind)}}, *grade->score);
    }

    out.family("proofer_finding", "gauge", "1 for each open finding: a rule that failed on a datastore (or on the fleet).");
    for (const Audit::Finding &finding : audit.findings)
        out.sample({{"rule", finding.ruleId}, {"severity", Audit::severityName(finding.severity)}, {"datastore", finding.datastore}},
                   1);

    out.family("proofer_certificate_not_after_seconds", "gauge",
               "The end of validity (Unix time) of the certificate each datastore served in the last scan.");
    for (const Fleet::DatastoreReport &report : snapshot.datastores) {
        if (const std::optional<Probe::CertificateInfo> leaf = report.servedCertificate(); leaf && leaf->notAfter.isValid())
            out.sample({{"datastore", report.name}, {"serial", leaf->serialHex}, {"issuer", leaf->issuer}},
                       double(leaf->notAfter.toSecsSinceEpoch()));
    }

    out.family("proofer_tls_protocol_accepted", "gauge",
               "1 when the datastore accepted a handshake of exactly this TLS version, 0 when it refused it; absent when "
               "not tried.");
    for (const Fleet::DatastoreReport &report : snapshot.datastores) {
        if (!report.tls)
            continue;
        for (const Probe::VersionResult &result : report.tls->versions) {
            if (result.state == Probe::VersionState::Accepted || result.state == Probe::VersionState::Refused)
                out.sample({{"datastore", report.name}, {"version", Probe::tlsVersionName(result.version)}},
                           result.state == Probe::VersionState::Accepted ? 1 : 0);
        }
    }
}

void writeStatistics(Exposition &out, const ScanStatistics &statistics)
{
    out.family("proofer_last_scan_timestamp_seconds", "gauge",
               "When the newest successful scan ended (Unix time); absent before the first one.");
    if (statistics.lastSuccessAt.isValid())
        out.sample(seconds(statistics.lastSuccessAt));
    out.family("proofer_last_scan_success", "gauge", "1 when the newest scan that ended produced a snapshot, 0 when it failed.");
    out.sample(statistics.lastScanSucceeded ? 1 : 0);
    out.family("proofer_scan_duration_seconds", "gauge", "How long the newest scan that ended took.");
    if (statistics.scansTotal > 0)
        out.sample(statistics.lastDurationSeconds);
    out.family("proofer_scan_interval_seconds", "gauge", "The time between two scans of the exporter.");
    out.sample(double(statistics.intervalSeconds));
    out.family("proofer_scans_total", "counter", "Scans that ended since the exporter started, successful or not.");
    out.sample(double(statistics.scansTotal));
    out.family("proofer_scan_errors_total", "counter",
               "Scans that failed since the exporter started: the cluster or the targets file could not be read.");
    out.sample(double(statistics.errorsTotal));
}

} // namespace

QString escapeLabelValue(const QString &value)
{
    QString escaped;
    escaped.reserve(value.size());
    for (const QChar c : value) {
        if (c == u'\\')
            escaped += QStringLiteral("\\\\");
        else if (c == u'"')
            escaped += QStringLiteral("\\\"");
        else if (c == u'\n')
            escaped += QStringLiteral("\\n");
        else
            escaped += c;
    }
    return escaped;
}

QByteArray prometheusContentType()
{
    return QByteArrayLiteral("text/plain; version=0.0.4; charset=utf-8");
}

QByteArray prometheusExposition(const Fleet::Snapshot *snapshot, const Audit::Audit *audit, const ScanStatistics &statistics)
{
    Exposition out;
    out.family("proofer_build_info", "gauge", "The version of the Proofer that exports these metrics.");
    out.sample({{"version", Core::applicationVersion()}}, 1);
    if (snapshot && audit) {
        writeFleet(out, *snapshot, *audit);
        writeDatastores(out, *snapshot, *audit);
    }
    writeStatistics(out, statistics);
    return out.text();
}

} // namespace Report
