// SPDX-License-Identifier: GPL-3.0-or-later
// `proofer scan -o html|pdf|sarif|junit`, `--no-history` and `proofer history` through the built binary, cheaply: the one
// target refuses connections at once, and the history lives in a private XDG_DATA_HOME.
#include "mockclock.h"
#include "programrun.h"
#include "reportfixtures.h"
#include "schemacheck.h"

#include "report/history.h"
#include "report/report.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

} // namespace

class TestReportCli final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("PROOFER_BIN"), "PROOFER_BIN is set by ctest");
        QVERIFY(m_home.isValid());
        m_targets = m_home.filePath(QStringLiteral("targets.yaml"));
        QVERIFY(TestSupport::writeUnreachableTargets(m_targets));
    }

    void scanWritesHtmlAndKeepsHistory()
    {
        const QString html = m_home.filePath(QStringLiteral("report.html"));
        const Run run = proofer({QStringLiteral("scan"), QStringLiteral("--targets"), m_targets, QStringLiteral("--format"),
                                 QStringLiteral("html"), QStringLiteral("--output-file"), html, QStringLiteral("--timeout"),
                                 QStringLiteral("2")});
        QCOMPARE(run.exitCode, 3); // unreachable, but the report is written
        QFile file(html);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString page = QString::fromUtf8(file.readAll());
        QVERIFY(page.startsWith(QStringLiteral("<!DOCTYPE html>")));
        QVERIFY(page.contains(QStringLiteral("gone-db")));
        QVERIFY(page.contains(QStringLiteral("Snapshot SHA-256")));

        // Kept in the history, byte for byte what the page's hash was computed from.
        const QStringList kept = QDir(historyDir()).entryList({QStringLiteral("*.json")}, QDir::Files);
        QCOMPARE(kept.size(), 1);
        QFile snapshot(QString(historyDir() + u'/' + kept.constFirst()));
        QVERIFY(snapshot.open(QIODevice::ReadOnly));
        QVERIFY(page.contains(Report::sha256Hex(snapshot.readAll())));
    }

    void scanWritesPdfHeadless()
    {
        const QString pdf = m_home.filePath(QStringLiteral("report.pdf"));
        const Run run = proofer({QStringLiteral("scan"), QStringLiteral("--targets"), m_targets, QStringLiteral("-o"),
                                 QStringLiteral("pdf"), QStringLiteral("--output-file"), pdf, QStringLiteral("--no-history"),
                                 QStringLiteral("--timeout"), QStringLiteral("2")});
        QVERIFY2(run.exitCode == 3, qPrintable(run.err));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().startsWith("%PDF-"));
        // --no-history kept nothing more.
        QCOMPARE(QDir(historyDir()).entryList({QStringLiteral("*.json")}, QDir::Files).size(), 1);

        const Run bad = proofer({QStringLiteral("scan"), QStringLiteral("--targets"), m_targets,
                                 QStringLiteral("--format"), QStringLiteral("docx")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains(QStringLiteral("unknown output format \"docx\" (text, json, html, pdf, sarif, junit)")),
                 qPrintable(bad.err));
    }

    /** The CI formats through the binary: valid against their schemas, the datastore that was not reached said so. */
    void scanWritesSarifAndJunit()
    {
        const QString sarifPath = m_home.filePath(QStringLiteral("scan.sarif"));
        const Run sarif = proofer({QStringLiteral("scan"), QStringLiteral("--targets"), m_targets, QStringLiteral("-o"),
                                   QStringLiteral("sarif"), QStringLiteral("--output-file"), sarifPath,
                                   QStringLiteral("--no-history"), QStringLiteral("--timeout"), QStringLiteral("2")});
        QVERIFY2(sarif.exitCode == 3, qPrintable(sarif.err)); // unreachable: the report is written all the same
        QVERIFY(sarif.out.isEmpty());
        QFile file(sarifPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray sarifBytes = file.readAll();
        const QJsonObject run = QJsonDocument::fromJson(sarifBytes).object().value(QStringLiteral("runs")).toArray()
                                    .first().toObject();
        QCOMPARE(run.value(QStringLiteral("results")).toArray().size(), 0); // not assessed is not a result
        const QJsonArray notifications = run.value(QStringLiteral("invocations")).toArray().first().toObject()
                                             .value(QStringLiteral("toolExecutionNotifications")).toArray();
        QVERIFY(!notifications.isEmpty());
        QVERIFY(notifications.first().toObject().value(QStringLiteral("message")).toObject().value(QStringLiteral("text"))
                    .toString().contains(QStringLiteral("targets/gone-db")));

        const Run junit = proofer({QStringLiteral("scan"), QStringLiteral("--targets"), m_targets, QStringLiteral("--output"),
                                   QStringLiteral("junit"), QStringLiteral("--no-history"), QStringLiteral("--timeout"),
                                   QStringLiteral("2")});
        QVERIFY2(junit.exitCode == 3, qPrintable(junit.err));
        QVERIFY(junit.out.startsWith("<?xml"));
        QVERIFY(junit.out.contains("<testsuite name=\"targets.gone-db\""));
        QVERIFY(junit.out.contains("<skipped message="));

        const SchemaCheck::Result sarifValid = SchemaCheck::sarif(sarifBytes);
        const SchemaCheck::Result junitValid = SchemaCheck::junit(junit.out);
        if (sarifValid.verdict == SchemaCheck::Verdict::NoTool)
            QSKIP(qPrintable(sarifValid.detail));
        QVERIFY2(sarifValid.verdict == SchemaCheck::Verdict::Valid, qPrintable(sarifValid.detail));
        if (junitValid.verdict == SchemaCheck::Verdict::NoTool)
            QSKIP(qPrintable(junitValid.detail));
        QVERIFY2(junitValid.verdict == SchemaCheck::Verdict::Valid, qPrintable(junitValid.detail));
    }

    void historyListsAndDiffs()
    {
        // Two more scans of the fixture fleet, made here: a diff with real findings.
        Test::MockClock clock(ReportFixtures::kNow);
        Report::HistoryStore store(historyDir());
        Fleet::Snapshot before = ReportFixtures::snapshot();
        before.takenAt = ReportFixtures::kNow.addDays(-1);
        Fleet::Snapshot after = ReportFixtures::snapshot();
        after.datastores[1] = ReportFixtures::authDb();
        after.datastores[1].name = QStringLiteral("legacy-db");
        const QString beforePath = store.save(Report::snapshotJson(before, ReportFixtures::audit(before)));
        const QString afterPath = store.save(Report::snapshotJson(after, ReportFixtures::audit(after)));
        QVERIFY(!beforePath.isEmpty() && !afterPath.isEmpty());

        const Run list = proofer({QStringLiteral("history"), QStringLiteral("--scope"), QStringLiteral("bakery-ia")});
        QVERIFY2(list.exitCode == 0, qPrintable(list.err));
        QVERIFY2(list.out.contains("GRADE"), list.out.constData());
        QCOMPARE(list.out.count("bakery-ia"), 2);

        const Run json = proofer({QStringLiteral("history"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(json.exitCode, 0);
        const QJsonArray entries = QJsonDocument::fromJson(json.out).object().value(QStringLiteral("entries")).toArray();
        QCOMPARE(entries.size(), 3); // and the targets scan of the first test

        const Run diff = proofer({QStringLiteral("history"), QStringLiteral("diff"), QStringLiteral("--scope"),
                                  QStringLiteral("bakery-ia")});
        QVERIFY2(diff.exitCode == 0, qPrintable(diff.err));
        QVERIFY2(diff.out.contains("Fixed findings"), diff.out.constData());
        QVERIFY(diff.out.contains("legacy-db"));
        QVERIFY(diff.out.contains("TLS-001"));

        const Run byPath = proofer({QStringLiteral("history"), QStringLiteral("diff"), beforePath, afterPath,
                                    QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(byPath.exitCode, 0);
        const QJsonObject changes = QJsonDocument::fromJson(byPath.out).object();
        QVERIFY(!changes.value(QStringLiteral("fixedFindings")).toArray().isEmpty());

        QCOMPARE(proofer({QStringLiteral("history"), QStringLiteral("diff"), QStringLiteral("9"), QStringLiteral("1")})
                     .exitCode,
                 2);
        QCOMPARE(proofer({QStringLiteral("history"), QStringLiteral("diff"), QStringLiteral("1")}).exitCode, 2);
        QCOMPARE(proofer({QStringLiteral("history"), QStringLiteral("--limit"), QStringLiteral("many")}).exitCode, 2);
        QCOMPARE(proofer({QStringLiteral("history"), QStringLiteral("frobnicate")}).exitCode, 2);
        const Run missing = proofer({QStringLiteral("history"), QStringLiteral("diff"),
                                     m_home.filePath(QStringLiteral("nope.json")), afterPath});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.err.contains(QStringLiteral("nope.json")));
        QCOMPARE(proofer({QStringLiteral("history"), QStringLiteral("--help")}).exitCode, 0);
    }

    /** Two scans of different scopes are not diffed (every finding would look fixed and new) unless --force. */
    void historyDiffRefusesDifferentScopes()
    {
        Test::MockClock clock(ReportFixtures::kNow);
        Report::HistoryStore store(historyDir());
        const Fleet::Snapshot prod = ReportFixtures::snapshot();
        Fleet::Snapshot staging = ReportFixtures::snapshot();
        staging.context = QStringLiteral("staging");
        const QString prodPath = store.save(Report::snapshotJson(prod, ReportFixtures::audit(prod)));
        const QString stagingPath = store.save(Report::snapshotJson(staging, ReportFixtures::audit(staging)));
        QVERIFY(!prodPath.isEmpty() && !stagingPath.isEmpty());

        const Run refused = proofer({QStringLiteral("history"), QStringLiteral("diff"), prodPath, stagingPath});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(QStringLiteral("different scopes")), qPrintable(refused.err));
        QVERIFY2(refused.err.contains(QStringLiteral("of context %1").arg(prod.context)), qPrintable(refused.err));
        QVERIFY2(refused.err.contains(QStringLiteral("of context staging")), qPrintable(refused.err));
        QVERIFY2(refused.err.contains(QStringLiteral("--force")), qPrintable(refused.err));
        QVERIFY(refused.out.isEmpty());

        const Run forced = proofer({QStringLiteral("history"), QStringLiteral("diff"), prodPath, stagingPath,
                                    QStringLiteral("--force"), QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(forced.exitCode == 0, qPrintable(forced.err));
        QCOMPARE(QJsonDocument::fromJson(forced.out).object().value(QStringLiteral("sameScope")).toBool(true), false);

        const Run same = proofer({QStringLiteral("history"), QStringLiteral("diff"), prodPath, prodPath,
                                  QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(same.exitCode == 0, qPrintable(same.err));
        QCOMPARE(QJsonDocument::fromJson(same.out).object().value(QStringLiteral("sameScope")).toBool(false), true);
    }

private:
    QString historyDir() const
    {
        // QStandardPaths::AppDataLocation of the proofer binary: $XDG_DATA_HOME/<organization>/<application>.
        return m_home.filePath(QStringLiteral("data/Proofer/proofer/history"));
    }

    Run proofer(const QStringList &arguments) const
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        process.setProcessEnvironment(env);
        process.start(qEnvironmentVariable("PROOFER_BIN"), arguments);
        Run run;
        if (!process.waitForFinished(60000))
            return run;
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
        run.out = process.readAllStandardOutput();
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

    QTemporaryDir m_home;
    QString m_targets;
};

QTEST_GUILESS_MAIN(TestReportCli)
#include "testreportcli.moc"
