// SPDX-License-Identifier: GPL-3.0-or-later
// The text and HTML renderers of an audited snapshot: golden files of a hand-made snapshot at a pinned time, the
// evidence pack's contents (every finding id, the snapshot's SHA-256, the compliance matrix, the certificates) and
// the escaping of values a hostile server could send.
#include "goldenfile.h"
#include "mockclock.h"
#include "reportfixtures.h"

#include "report/htmlreport.h"
#include "report/report.h"
#include "report/textreport.h"

#include "core/versioninfo.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

class TestReports final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_snapshot = ReportFixtures::snapshot();
        m_audit = ReportFixtures::audit(m_snapshot);
        QVERIFY2(m_audit.complianceError.isEmpty(), qPrintable(m_audit.complianceError));
        QVERIFY(m_audit.findings.size() >= 5);
        m_html = Report::renderHtml(m_snapshot, m_audit, options());
    }

    void textGolden()
    {
        QString why;
        QVERIFY2(GoldenFile::matches(QStringLiteral("report.txt"), Report::renderText(m_snapshot, m_audit).toUtf8(),
                                     &why),
                 qPrintable(why));
    }

    void htmlGolden()
    {
        QString why;
        QVERIFY2(GoldenFile::matches(QStringLiteral("report.html"), m_html.toUtf8(), &why), qPrintable(why));
    }

    void renderingIsDeterministic()
    {
        QCOMPARE(Report::renderHtml(m_snapshot, m_audit, options()), m_html);
        QCOMPARE(Report::snapshotJson(m_snapshot, m_audit), Report::snapshotJson(m_snapshot, m_audit));
    }

    void htmlHasEveryFinding()
    {
        for (const Audit::Finding &finding : std::as_const(m_audit.findings)) {
            QVERIFY2(m_html.contains(QString(QStringLiteral("<td class=\"nowrap\">") + finding.ruleId + QStringLiteral("</td>"))),
                     qPrintable(finding.ruleId));
            QVERIFY2(m_html.contains(Report::htmlEscaped(finding.title)), qPrintable(finding.title));
            if (!finding.remediation.isEmpty())
                QVERIFY2(m_html.contains(Report::htmlEscaped(finding.remediation)), qPrintable(finding.ruleId));
        }
    }

    void jsonNamesItsGenerator()
    {
        const QJsonObject root = QJsonDocument::fromJson(Report::snapshotJson(m_snapshot, m_audit)).object();
        QCOMPARE(root.value(QStringLiteral("schema")).toString(), QStringLiteral("proofer.snapshot/v1"));
        const QJsonObject generator = root.value(QStringLiteral("generator")).toObject();
        QCOMPARE(generator.value(QStringLiteral("name")).toString(), QStringLiteral("proofer"));
        QCOMPARE(generator.value(QStringLiteral("version")).toString(), Core::applicationVersion());
        const QJsonObject pinned
            = QJsonDocument::fromJson(Report::snapshotJson(m_snapshot, m_audit, options().toolVersion)).object();
        QCOMPARE(pinned.value(QStringLiteral("generator")).toObject().value(QStringLiteral("version")).toString(),
                 QStringLiteral("0.0.0-test"));
    }

    void htmlCarriesTheEvidencePack()
    {
        // The pack hashes the JSON its own generator version writes.
        const QByteArray json = Report::snapshotJson(m_snapshot, m_audit, options().toolVersion);
        const QString sha = QString::fromLatin1(QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex());
        QCOMPARE(Report::sha256Hex(json), sha);
        QCOMPARE(m_html.count(sha), 2); // in the summary and in the integrity section
        // Scope, cluster, context and time.
        QVERIFY(m_html.contains(QStringLiteral("namespace bakery-ia")));
        QVERIFY(m_html.contains(QStringLiteral("https://127.0.0.1:6443")));
        QVERIFY(m_html.contains(QStringLiteral("kind-proofer")));
        QVERIFY(m_html.contains(QStringLiteral("2026-01-01 12:00:00 UTC")));
        // The fleet grade and every deduction.
        const Audit::Grade &fleet = m_audit.grade.fleet;
        QVERIFY(m_html.contains(QString(QStringLiteral("<span class=\"grade\">") + fleet.letter + QStringLiteral("</span>"))));
        QVERIFY(!fleet.deductions.isEmpty());
        for (const Audit::Deduction &d : fleet.deductions)
            QVERIFY(m_html.contains(QString(QStringLiteral("<td>") + QString::number(d.points, 'f', 2) + QStringLiteral("</td>"))));
        // The compliance matrix: every control, with a status per datastore.
        for (const Audit::ComplianceRow &row : m_audit.compliance.rows())
            QVERIFY(m_html.contains(QString(QStringLiteral("<td class=\"nowrap\">") + row.control + QStringLiteral("</td>"))));
        QVERIFY(m_html.contains(QStringLiteral("Test Framework &lt;&amp;&gt; 1.0")));
        QVERIFY(m_html.contains(QStringLiteral("class=\"st-fail nowrap\"")));
        // Certificates: subject, issuer, expiry, days left, key and signature.
        QVERIFY(m_html.contains(QStringLiteral("<td>CN=auth-db-service</td><td>CN=bakery-ia CA</td>")));
        QVERIFY(m_html.contains(QStringLiteral("2028-12-01 12:00:00 UTC")));
        QVERIFY(m_html.contains(QStringLiteral("<td>1065</td>")));
        QVERIFY(m_html.contains(QStringLiteral("<td class=\"expiring\">20</td>")));
        QVERIFY(m_html.contains(QStringLiteral("<td>RSA 4096</td><td>sha256WithRSAEncryption</td>")));
        QVERIFY(m_html.contains(QStringLiteral("<td>RSA 2048</td><td>sha1WithRSAEncryption</td>")));
    }

    void htmlEscapesServerValues()
    {
        // Nothing a server sent may become markup.
        QVERIFY(!m_html.contains(QStringLiteral("<script")));
        QVERIFY(!m_html.contains(QStringLiteral("<img")));
        QVERIFY(!m_html.contains(QStringLiteral("<b>unexpected")));
        QVERIFY(m_html.contains(QStringLiteral("CN=&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;,O=Evil &amp; "
                                               "&quot;Co&quot;")));
        QVERIFY(m_html.contains(QStringLiteral("self-signed certificate &lt;script&gt;alert(1)&lt;/script&gt;")));
        QVERIFY(m_html.contains(QStringLiteral("&lt;img src=x onerror=alert(1)&gt;")));
        QVERIFY(m_html.contains(QStringLiteral("&lt;b&gt;unexpected&lt;/b&gt; reply &amp; more")));

        QCOMPARE(Report::htmlEscaped(QStringLiteral("<a href=\"x\" title='y'>&amp;</a>")),
                 QStringLiteral("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;"));
        QCOMPARE(Report::htmlEscaped(QStringLiteral("bell\x07 esc\x1b[0m\ttab\nline")),
                 QStringLiteral("bell\uFFFD esc\uFFFD[0m\ttab\nline"));
    }

    void htmlIsSelfContained()
    {
        QVERIFY(m_html.startsWith(QStringLiteral("<!DOCTYPE html>")));
        QVERIFY(m_html.contains(QStringLiteral("<meta charset=\"utf-8\">")));
        QVERIFY(m_html.contains(QStringLiteral("<style>")));
        QVERIFY(m_html.contains(QStringLiteral("@page")));
        // No script, no external stylesheet, image or font.
        static const QRegularExpression external(QStringLiteral("<[^>]+\\s(src|href)\\s*=|@import|url\\(|<link|<script"),
                                                 QRegularExpression::CaseInsensitiveOption);
        const QRegularExpressionMatch match = external.match(m_html);
        QVERIFY2(!match.hasMatch(), qPrintable(match.captured()));
    }

    void targetsScope()
    {
        Fleet::Snapshot snapshot = m_snapshot;
        snapshot.source = QStringLiteral("targets");
        snapshot.targetsFile = QStringLiteral("/etc/proofer/targets.yaml");
        snapshot.context.clear();
        snapshot.server.clear();
        snapshot.namespaceName.clear();
        const QString html = Report::renderHtml(snapshot, m_audit, options());
        QVERIFY(html.contains(QStringLiteral("targets file /etc/proofer/targets.yaml")));
        QVERIFY(!html.contains(QStringLiteral("<th>Cluster</th>")));
        QVERIFY(Report::renderText(snapshot, m_audit).startsWith(QStringLiteral("Targets from /etc/proofer/targets.yaml")));
    }

private:
    static Report::RenderOptions options()
    {
        return {ReportFixtures::kNow.addSecs(3600), QStringLiteral("0.0.0-test")};
    }

    Test::MockClock m_clock;
    Fleet::Snapshot m_snapshot;
    Audit::Audit m_audit;
    QString m_html;
};

QTEST_GUILESS_MAIN(TestReports)
#include "testreports.moc"
