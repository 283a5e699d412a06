// SPDX-License-Identifier: GPL-3.0-or-later
// The Prometheus exposition of an audited snapshot (what `proofer serve` answers on /metrics): every family with its
// HELP and TYPE before its samples, each fact of the hand-made snapshot as a series, unknown left absent, hostile
// label values escaped, no secret anywhere; and promtool's own linter (Debian's prometheus package) on the result.
#include "mockclock.h"
#include "reportfixtures.h"

#include "report/metrics.h"

#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTest>

namespace {

struct Sample
{
    QString family;
    QMap<QString, QString> labels;
    QString value;
};

/**
 * Reads the exposition back with the grammar of the text format 0.0.4 (a strict reader of our own, independent of
 * the writer): comment lines, then `name{label="value",…} number`. Fails on anything else, on a sample before its
 * family's TYPE, and on a family declared twice.
 */
bool parseExposition(const QByteArray &text, QList<Sample> *samples, QString *why)
{
    static const QRegularExpression help(QStringLiteral("^# HELP ([a-zA-Z_:][a-zA-Z0-9_:]*) \\S.*$"));
    static const QRegularExpression type(QStringLiteral("^# TYPE ([a-zA-Z_:][a-zA-Z0-9_:]*) (counter|gauge|untyped)$"));
    static const QRegularExpression sample(
        QStringLiteral("^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{((?:[a-zA-Z_][a-zA-Z0-9_]*=\"(?:[^\"\\\\\\n]|\\\\[\\\\\"n])*\",?)*)\\})? "
                       "(-?[0-9]+(?:\\.[0-9]+)?|NaN)$"));
    static const QRegularExpression label(QStringLiteral("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\[\\\\\"n])*)\""));
    if (!text.endsWith('\n')) {
        *why = QStringLiteral("does not end with a line feed");
        return false;
    }
    QSet<QString> typed;
    QSet<QString> helped;
    const QList<QByteArray> lines = text.chopped(1).split('\n');
    for (const QByteArray &raw : lines) {
        const QString line = QString::fromUtf8(raw);
        if (const QRegularExpressionMatch m = help.match(line); m.hasMatch()) {
            if (helped.contains(m.captured(1))) {
                *why = QStringLiteral("HELP twice: ") + line;
                return false;
            }
            helped.insert(m.captured(1));
            continue;
        }
        if (const QRegularExpressionMatch m = type.match(line); m.hasMatch()) {
            if (typed.contains(m.captured(1)) || !helped.contains(m.captured(1))) {
                *why = QStringLiteral("TYPE twice or before HELP: ") + line;
                return false;
            }
            typed.insert(m.captured(1));
            continue;
        }
        const QRegularExpressionMatch m = sample.match(line);
        if (!m.hasMatch()) {
            *why = QStringLiteral("not a sample: ") + line;
            return false;
        }
        Sample s;
        s.family = m.captured(1);
        if (!typed.contains(s.family)) {
            *why = QStringLiteral("sample before its TYPE: ") + line;
            return false;
        }
        for (QRegularExpressionMatchIterator it = label.globalMatch(m.captured(2)); it.hasNext();) {
            const QRegularExpressionMatch l = it.next();
            QString value = l.captured(2);
            value.replace(QStringLiteral("\\n"), QStringLiteral("\n")).replace(QStringLiteral("\\\""), QStringLiteral("\""));
            value.replace(QStringLiteral("\\\\"), QStringLiteral("\\"));
            s.labels.insert(l.captured(1), value);
        }
        s.value = m.captured(3);
        samples->append(s);
    }
    return true;
}

QList<Sample> of(const QList<Sample> &samples, const QString &family)
{
    QList<Sample> found;
    for (const Sample &s : samples) {
        if (s.family == family)
            found << s;
    }
    return found;
}

/** The value of the one sample of @p family whose labels include @p labels; "absent" when there is none. */
QString valueOf(const QList<Sample> &samples, const QString &family, const QMap<QString, QString> &labels = {})
{
    for (const Sample &s : samples) {
        if (s.family != family)
            continue;
        bool all = true;
        for (auto it = labels.cbegin(); it != labels.cend(); ++it)
            all = all && s.labels.value(it.key()) == it.value();
        if (all)
            return s.value;
    }
    return QStringLiteral("absent");
}

} // namespace

class TestMetrics final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_snapshot = ReportFixtures::snapshot();
        m_audit = ReportFixtures::audit(m_snapshot);
        QVERIFY2(m_audit.complianceError.isEmpty(), qPrintable(m_audit.complianceError));
        QVERIFY(m_audit.grade.fleet.score.has_value());
        m_statistics.scansTotal = 3;
        m_statistics.errorsTotal = 1;
        m_statistics.lastScanSucceeded = true;
        m_statistics.lastSuccessAt = ReportFixtures::kNow.addMSecs(1500);
        m_statistics.lastDurationSeconds = 2.25;
        m_statistics.intervalSeconds = 300;
        m_text = Report::prometheusExposition(&m_snapshot, &m_audit, m_statistics);
        QString why;
        QVERIFY2(parseExposition(m_text, &m_samples, &why), qPrintable(why + QStringLiteral("\n") + QString::fromUtf8(m_text)));
    }

    void fleet()
    {
        QCOMPARE(valueOf(m_samples, QStringLiteral("proofer_fleet_score")).toDouble(), *m_audit.grade.fleet.score);
        const QList<Sample> grade = of(m_samples, QStringLiteral("proofer_fleet_grade_info"));
        QCOMPARE(grade.size(), 1);
        QCOMPARE(grade.constFirst().labels.value(QStringLiteral("letter")), m_audit.grade.fleet.letter);
        QCOMPARE(grade.constFirst().value, QStringLiteral("1"));
        QCOMPARE(valueOf(m_samples, QStringLiteral("proofer_scope_info"),
                         {{QStringLiteral("source"), QStringLiteral("kubernetes")},
                          {QStringLiteral("context"), QStringLiteral("kind-proofer")},
                          {QStringLiteral("namespace"), QStringLiteral("bakery-ia")}}),
                 QStringLiteral("1"));
    }

    void datastoreUp_data()
    {
        QTest::addColumn<QString>("datastore");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("up");
        QTest::newRow("reached postgresql") << QStringLiteral("auth-db") << QStringLiteral("postgresql") << QStringLiteral("1");
        QTest::newRow("plaintext postgresql") << QStringLiteral("legacy-db") << QStringLiteral("postgresql") << QStringLiteral("1");
        QTest::newRow("reached redis") << QStringLiteral("redis") << QStringLiteral("redis") << QStringLiteral("1");
        QTest::newRow("refused port-forward") << QStringLiteral("orders-db") << QStringLiteral("postgresql") << QStringLiteral("0");
    }

    void datastoreUp()
    {
        QFETCH(QString, datastore);
        QFETCH(QString, kind);
        QFETCH(QString, up);
        QCOMPARE(valueOf(m_samples, QStringLiteral("proofer_datastore_up"),
                         {{QStringLiteral("datastore"), datastore}, {QStringLiteral("kind"), kind}}),
                 up);
    }

    void datastoreScores()
    {
        // Only graded datastores have a score: the one not reached has none (unknown is absent, never 0).
        QCOMPARE(valueOf(m_samples, QStringLiteral("proofer_datastore_score"), {{QStringLiteral("datastore"), QStringLiteral("orders-db")}}),
                 QStringLiteral("absent"));
        const Audit::Grade *auth = m_audit.grade.datastore(QStringLiteral("auth-db"));
        QVERIFY(auth && auth->score);
        QCOMPARE(valueOf(m_samples, QStringLiteral("proofer_datastore_score"), {{QStringLiteral("datastore"), QStringLiteral("auth-db")}})
                     .toDouble(),
                 *auth->score);
    }

    void everyOpenFindingIsASeries()
    {
        const QList<Sample> findings = of(m_samples, QStringLiteral("proofer_finding"));
        QCOMPARE(findings.size(), m_audit.findings.size());
        for (const Audit::Finding &finding : std::as_const(m_audit.findings)) {
            QCOMPARE(valueOf(m_samples, QStringLiteral("proofer_finding"),
                             {{QStringLiteral("rule"), finding.ruleId},
                              {QStringLiteral("severity"), Audit::severityName(finding.severity)},
                              {QStringLiteral("datastore"), finding.datastore}}),
                     QStringLiteral("1"));
        }
        QVERIFY(valueOf(m_samples, QStringLiteral("proofer_finding"),
                        {{QStringLiteral("rule"), QStringLiteral("TLS-001")}, {QStringLiteral("datastore"), QStringLiteral("legacy-db")}})
                == u"1");
    }

    void certificateExpiry_data()
    {
        QTest::addColumn<QString>("datastore");
        QTest::addColumn<QString>("issuer");
        QTest::addColumn<int>("daysLeft");
        QTest::newRow("auth-db") << QStringLiteral("auth-db") << QStringLiteral("CN=bakery-ia CA") << 1065;
        // A hostile issuer comes back intact after escaping (quotes, markup).
        QTest::newRow("hostile issuer") << QStringLiteral("redis")
                                        << QStringLiteral("CN=<script>alert('x')</script>,O=Evil & \"Co\"") << 20;
    }

    void certificateExpiry()
    {
        QFETCH(QString, datastore);
        QFETCH(QString, issuer);
        QFETCH(int, daysLeft);
        const QString value = valueOf(m_samples, QStringLiteral("proofer_certificate_not_after_seconds"),
                                      {{QStringLiteral("datastore"), datastore},
                                       {QStringLiteral("serial"), QStringLiteral("0A1B2C3D")},
                                       {QStringLiteral("issuer"), issuer}});
        QCOMPARE(value, QString::number(ReportFixtures::kNow.addDays(daysLeft).toSecsSinceEpoch()));
    }

    void noCertificateWithoutOne()
    {
        // Plaintext only, or not reached: no certificate series at all.
        for (const QString &name : {QStringLiteral("legacy-db"), QStringLiteral("orders-db")})
            QCOMPARE(valueOf(m_samples, QStringLiteral("proofer_certificate_not_after_seconds"), {{QStringLiteral("datastore"), name}}),
                     QStringLiteral("absent"));
    }

    void tlsVersions_data()
    {
        QTest::addColumn<QString>("datastore");
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("accepted");
        QTest::newRow("auth-db refuses TLSv1") << QStringLiteral("auth-db") << QStringLiteral("TLSv1") << QStringLiteral("0");
        QTest::newRow("auth-db refuses TLSv1.1") << QStringLiteral("auth-db") << QStringLiteral("TLSv1.1") << QStringLiteral("0");
        QTest::newRow("auth-db accepts TLSv1.3") << QStringLiteral("auth-db") << QStringLiteral("TLSv1.3") << QStringLiteral("1");
        QTest::newRow("redis accepts TLSv1") << QStringLiteral("redis") << QStringLiteral("TLSv1") << QStringLiteral("1");
        // TLS off: nothing was tried, so nothing is said.
        QTest::newRow("legacy-db not tried") << QStringLiteral("legacy-db") << QStringLiteral("TLSv1.2") << QStringLiteral("absent");
        QTest::newRow("orders-db not reached") << QStringLiteral("orders-db") << QStringLiteral("TLSv1.2") << QStringLiteral("absent");
    }

    void tlsVersions()
    {
        QFETCH(QString, datastore);
        QFETCH(QString, version);
        QFETCH(QString, accepted);
        QCOMPARE(valueOf(m_samples, QStringLiteral("proofer_tls_protocol_accepted"),
                         {{QStringLiteral("datastore"), datastore}, {QStringLiteral("version"), version}}),
                 accepted);
    }

    void statistics()
    {
        QCOMPARE(valueOf(m_samples, QStringLiteral("proofer_last_scan_timestamp_seconds")),
                 QString::number(ReportFixtures::kNow.toSecsSinceEpoch() + 1) + QStringLiteral(".5"));
        QCOMPARE(valueOf(m_samples, QStringLiteral("proofer_scan_duration_seconds")), QStringLiteral("2.25"));
        QCOMPARE(valueOf(m_samples, QStringLiteral("proofer_scans_total")), QStringLiteral("3"));
        QCOMPARE(valueOf(m_samples, QStringLiteral("proofer_scan_errors_total")), QStringLiteral("1"));
        QCOMPARE(valueOf(m_samples, QStringLiteral("proofer_last_scan_success")), QStringLiteral("1"));
        QCOMPARE(valueOf(m_samples, QStringLiteral("proofer_scan_interval_seconds")), QStringLiteral("300"));
        QVERIFY(m_text.contains("# TYPE proofer_scan_errors_total counter\n"));
        QVERIFY(m_text.contains("# TYPE proofer_certificate_not_after_seconds gauge\n"));
    }

    void beforeTheFirstScan()
    {
        // Nothing scanned yet: the statistics only, no fleet series (no verdict without evidence).
        Report::ScanStatistics none;
        none.intervalSeconds = 60;
        const QByteArray text = Report::prometheusExposition(nullptr, nullptr, none);
        QList<Sample> samples;
        QString why;
        QVERIFY2(parseExposition(text, &samples, &why), qPrintable(why));
        QVERIFY(of(samples, QStringLiteral("proofer_fleet_score")).isEmpty());
        QVERIFY(of(samples, QStringLiteral("proofer_datastore_up")).isEmpty());
        QCOMPARE(valueOf(samples, QStringLiteral("proofer_last_scan_timestamp_seconds")), QStringLiteral("absent"));
        QCOMPARE(valueOf(samples, QStringLiteral("proofer_scan_duration_seconds")), QStringLiteral("absent"));
        QCOMPARE(valueOf(samples, QStringLiteral("proofer_scans_total")), QStringLiteral("0"));
        QCOMPARE(valueOf(samples, QStringLiteral("proofer_last_scan_success")), QStringLiteral("0"));
    }

    void nothingToGrade()
    {
        // An empty namespace: the scope and the statistics, no score and no letter.
        Fleet::Snapshot empty = m_snapshot;
        empty.datastores.clear();
        const Audit::Audit audit = ReportFixtures::audit(empty);
        QVERIFY(!audit.grade.fleet.score);
        QList<Sample> samples;
        QString why;
        QVERIFY2(parseExposition(Report::prometheusExposition(&empty, &audit, m_statistics), &samples, &why), qPrintable(why));
        QVERIFY(of(samples, QStringLiteral("proofer_fleet_score")).isEmpty());
        QVERIFY(of(samples, QStringLiteral("proofer_fleet_grade_info")).isEmpty());
        QCOMPARE(of(samples, QStringLiteral("proofer_scope_info")).size(), 1);
    }

    void duplicateNamesMakeNoDuplicateSeries()
    {
        // Prometheus refuses a whole scrape with a duplicate series: the second datastore of a name is left out.
        Fleet::Snapshot twice = m_snapshot;
        twice.datastores << ReportFixtures::authDb();
        const Audit::Audit audit = ReportFixtures::audit(twice);
        QList<Sample> samples;
        QString why;
        QVERIFY2(parseExposition(Report::prometheusExposition(&twice, &audit, m_statistics), &samples, &why), qPrintable(why));
        QSet<QString> series;
        for (const Sample &s : std::as_const(samples)) {
            QString key = s.family;
            for (auto it = s.labels.cbegin(); it != s.labels.cend(); ++it)
                key += u'|' + it.key() + u'=' + it.value();
            QVERIFY2(!series.contains(key), qPrintable(key));
            series.insert(key);
        }
    }

    void escaping_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("escaped");
        QTest::newRow("plain") << QStringLiteral("auth-db") << QStringLiteral("auth-db");
        QTest::newRow("quote") << QStringLiteral("O=\"Co\"") << QStringLiteral("O=\\\"Co\\\"");
        QTest::newRow("backslash") << QStringLiteral("a\\b") << QStringLiteral("a\\\\b");
        QTest::newRow("line feed") << QStringLiteral("a\nb") << QStringLiteral("a\\nb");
        QTest::newRow("utf-8 kept") << QStringLiteral("CN=Panadería") << QStringLiteral("CN=Panadería");
    }

    void escaping()
    {
        QFETCH(QString, value);
        QFETCH(QString, escaped);
        QCOMPARE(Report::escapeLabelValue(value), escaped);
    }

    void endpointsAndErrorsAreNotLabels()
    {
        // They change from scan to scan (a new port-forward port, another error text): as labels they would make new
        // series at every scan. Neither reaches the exposition.
        QVERIFY(!m_text.contains("127.0.0.1:40001"));
        QVERIFY(!m_text.contains("connection refused"));
        QVERIFY(!m_text.contains("unexpected"));
    }

    /** promtool's linter (naming conventions, HELP, counters' _total) on the exposition. */
    void promtoolAcceptsIt()
    {
        const QString promtool = QStandardPaths::findExecutable(QStringLiteral("promtool"));
        if (promtool.isEmpty())
            QSKIP("promtool is not installed (Debian package prometheus; scripts/setup installs it)");
        QProcess process;
        process.start(promtool, {QStringLiteral("check"), QStringLiteral("metrics")});
        QVERIFY(process.waitForStarted());
        process.write(m_text);
        process.closeWriteChannel();
        QVERIFY(process.waitForFinished(30000));
        const QString output = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
        QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0, qPrintable(output));
        QVERIFY2(output.trimmed().isEmpty(), qPrintable(output));
    }

private:
    Test::MockClock m_clock;
    Fleet::Snapshot m_snapshot;
    Audit::Audit m_audit;
    Report::ScanStatistics m_statistics;
    QByteArray m_text;
    QList<Sample> m_samples;
};

QTEST_GUILESS_MAIN(TestMetrics)
#include "testmetrics.moc"
