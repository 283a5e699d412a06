// SPDX-License-Identifier: GPL-3.0-or-later
// The compliance matrix, the certificates view with its expiry chart, the checklist and the pod logs pane, offscreen,
// over a hand-built scan (and, for the logs, the Kubernetes API emulator serving a log file); then the same views as
// pages of the console window, their View menu shortcuts and auditor mode.
#include "certificatesmodel.h"
#include "charts/expirytimeline.h"
#include "checklistmodel.h"
#include "compliancematrixmodel.h"
#include "consolefixtures.h"
#include "core/translations.h"
#include "emulatorfixture.h"
#include "findingsmodel.h"
#include "kube/kubeclient.h"
#include "kubetestutil.h"
#include "kube/kubeconfigloader.h"
#include "mainwindow.h"
#include "policycontroller.h"
#include "views/certificatesview.h"
#include "views/checklistview.h"
#include "views/complianceview.h"
#include "views/detailpane.h"
#include "views/gradepanel.h"
#include "views/logspane.h"
#include "widgets/codeview.h"

#include <QAbstractAxis>
#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QFontMetrics>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>

#include <algorithm>

namespace {

/** With PROOFER_SCREENSHOT_DIR set, saves @p widget there as @p name.png (to look at the views by eye). */
void saveScreenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("PROOFER_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        widget->grab().save(dir + u'/' + name + QStringLiteral(".png"));
}

} // namespace

class TestConsoleViews final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(Core::installTranslations(QStringLiteral("en")));
        m_snapshot = ConsoleFixtures::snapshot();
        m_audit = ConsoleFixtures::audit(m_snapshot);
        QVERIFY(!m_audit->compliance.rows().isEmpty());
    }

    void matrixHasCellsForEachControlAndDrillsDown()
    {
        ComplianceView view;
        view.resize(1200, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto *export_ = view.findChild<QPushButton *>(QStringLiteral("exportEvidencePushButton"));
        QVERIFY(export_ && !export_->isEnabled()); // nothing to export before a scan
        view.setAudit(m_snapshot, m_audit);
        QVERIFY(export_->isEnabled());

        auto *tree = view.findChild<QTreeView *>(QStringLiteral("complianceTreeView"));
        QVERIFY(tree && tree->isVisible());
        QAbstractItemModel *model = tree->model();
        int controls = 0;
        for (int g = 0; g < model->rowCount(); ++g) {
            const QModelIndex group = model->index(g, 0);
            QVERIFY(tree->isExpanded(group));
            for (int r = 0; r < model->rowCount(group); ++r, ++controls) {
                for (int c = ComplianceMatrixModel::FleetColumn; c < model->columnCount(); ++c)
                    QVERIFY2(!model->index(r, c, group).data().toString().isEmpty(),
                             qPrintable(model->index(r, 0, group).data().toString()));
            }
        }
        QCOMPARE(controls, int(m_audit->compliance.rows().size()));
        auto *summary = view.findChild<QLabel *>(QStringLiteral("complianceSummaryLabel"));
        QVERIFY(summary->text().contains(QString::number(controls)));

        // Select the auth-db cell of a control with rule evidence: the drill-down names the control, its rules,
        // the datastore and each rule's facts.
        const int column = ComplianceMatrixModel::FirstDatastoreColumn
            + int(view.model()->datastores().indexOf(QStringLiteral("auth-db")));
        QModelIndex chosen;
        for (int g = 0; g < model->rowCount() && !chosen.isValid(); ++g) {
            const QModelIndex group = model->index(g, 0);
            for (int r = 0; r < model->rowCount(group) && !chosen.isValid(); ++r) {
                const QModelIndex index = model->index(r, column, group);
                if (!view.model()->ruleEvidence(index).isEmpty())
                    chosen = index;
            }
        }
        QVERIFY(chosen.isValid());
        tree->setCurrentIndex(chosen);
        const QString detail = view.detailView()->toPlainText();
        const Audit::ComplianceRow *row = view.model()->controlRow(chosen);
        QVERIFY2(detail.contains(row->control), qPrintable(detail));
        QVERIFY(detail.contains(QStringLiteral("auth-db")));
        const auto evidence = view.model()->ruleEvidence(chosen);
        QVERIFY(detail.contains(evidence.constFirst().ruleId));
        if (!evidence.constFirst().evidence.isEmpty())
            QVERIFY(detail.contains(evidence.constFirst().evidence.constFirst()));
        QVERIFY(detail.contains(QStringLiteral("Observed")));
        // The drill-down says what an auditor would accept as proof, and what the cell lacks for a pass.
        QVERIFY(!row->evidenceRequired.isEmpty());
        QVERIFY2(detail.contains(QStringLiteral("Evidence required: ") + row->evidenceRequired), qPrintable(detail));
        if (const Audit::ComplianceCell *cell = view.model()->cell(chosen); cell && !cell->missing.isEmpty())
            QVERIFY2(detail.contains(cell->missing.constFirst()), qPrintable(detail));
        saveScreenshot(&view, QStringLiteral("compliance"));

        // A framework filter leaves one framework's controls.
        auto *frameworks = view.findChild<QComboBox *>(QStringLiteral("complianceFrameworkComboBox"));
        QCOMPARE(frameworks->count(), model->rowCount() + 1);
        frameworks->setCurrentIndex(1);
        int visible = 0;
        for (int g = 0; g < model->rowCount(); ++g)
            visible += tree->isRowHidden(g, QModelIndex()) ? 0 : 1;
        QCOMPARE(visible, 1);

        // A rescan keeps the selected cell.
        frameworks->setCurrentIndex(0);
        view.setAudit(m_snapshot, ConsoleFixtures::audit(m_snapshot));
        QCOMPARE(tree->currentIndex().data(ComplianceMatrixModel::ControlRole).toString(), row->control);
    }

    void drillDownOfAPassingRuleReadsAsAPass()
    {
        // Rule titles name the problem ("TLS is off"): in the drill-down a passing rule says it was not found.
        ComplianceView view;
        view.resize(1200, 800);
        view.show();
        view.setAudit(m_snapshot, m_audit);
        auto *tree = view.findChild<QTreeView *>(QStringLiteral("complianceTreeView"));
        QAbstractItemModel *model = tree->model();
        const int column = ComplianceMatrixModel::FirstDatastoreColumn
            + int(view.model()->datastores().indexOf(QStringLiteral("auth-db")));
        QModelIndex chosen;
        for (int g = 0; g < model->rowCount() && !chosen.isValid(); ++g) {
            const QModelIndex group = model->index(g, 0);
            for (int r = 0; r < model->rowCount(group) && !chosen.isValid(); ++r) {
                const QModelIndex index = model->index(r, column, group);
                const auto evidence = view.model()->ruleEvidence(index);
                const bool allPass = !evidence.isEmpty()
                    && std::all_of(evidence.cbegin(), evidence.cend(), [](const auto &e) { return e.status == u"pass"; });
                if (allPass)
                    chosen = index;
            }
        }
        QVERIFY(chosen.isValid());
        tree->setCurrentIndex(chosen);
        const QString detail = view.detailView()->toPlainText();
        for (const auto &e : view.model()->ruleEvidence(chosen)) {
            QVERIFY2(detail.contains(QStringLiteral("Checked for “%1”: not found").arg(e.title)), qPrintable(detail));
            QVERIFY2(detail.contains(QStringLiteral("if it failed")), qPrintable(detail));
        }
        QVERIFY(!detail.contains(QStringLiteral("Fix:")));
        QVERIFY(!detail.contains(QStringLiteral("fail\n")));
    }

    void timelineYearTicksAreReadable_data()
    {
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("years");
        QTest::newRow("wide, 11 years") << 1200 << 11;
        QTest::newRow("narrow, 11 years") << 360 << 11;
        QTest::newRow("wide, 3 years") << 1000 << 3;
        QTest::newRow("wide, 40 years") << 1000 << 40;
    }

    void timelineYearTicksAreReadable()
    {
        // Over years the axis shows whole years, each once, evenly stepped, and no more labels than fit.
        QFETCH(int, width);
        QFETCH(int, years);
        const QDateTime now(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC);
        QList<CertificateEntry> entries;
        for (int i = 0; i < 4; ++i) {
            CertificateEntry entry;
            entry.info.commonName = QStringLiteral("cert-%1").arg(i);
            entry.info.notAfter = now.addDays(qint64(years) * 365 * i / 3 - 200);
            entry.info.daysLeft = int(now.daysTo(entry.info.notAfter));
            entry.datastores << QStringLiteral("db-%1").arg(i);
            entries << entry;
        }
        CertificatesModel model;
        model.setCertificates(entries);
        ExpiryTimeline timeline;
        timeline.setNow(now);
        timeline.setModel(&model);
        timeline.resize(width, 300);
        timeline.show();
        QVERIFY(QTest::qWaitForWindowExposed(&timeline));
        QCOMPARE(timeline.pointCount(), 4);
        const QStringList labels = timeline.xTickLabels();
        QVERIFY2(labels.size() >= 2, qPrintable(labels.join(u' ')));
        QCOMPARE(QSet<QString>(labels.cbegin(), labels.cend()).size(), labels.size()); // none repeats
        QList<int> yearsShown;
        for (const QString &label : labels) {
            bool ok = false;
            yearsShown << label.toInt(&ok);
            QVERIFY2(ok, qPrintable(label)); // a year alone, no month
        }
        const int step = yearsShown.at(1) - yearsShown.at(0);
        QVERIFY(step >= 1);
        for (int i = 1; i < yearsShown.size(); ++i)
            QCOMPARE(yearsShown.at(i) - yearsShown.at(i - 1), step); // evenly stepped, on year boundaries
        QVERIFY(yearsShown.constFirst() <= entries.constFirst().info.notAfter.date().year());
        QVERIFY(yearsShown.constLast() > entries.constLast().info.notAfter.date().year());
        // They fit: each label has at least its own width free beside it.
        const QFontMetrics metrics(timeline.chart()->axes(Qt::Horizontal).constFirst()->labelsFont());
        QVERIFY2(labels.size() * metrics.horizontalAdvance(QStringLiteral("8888")) * 2 <= width,
                 qPrintable(labels.join(u' ')));
        QVERIFY(labels.size() <= 13);
        timeline.resize(width / 2, 300); // narrower: fewer labels, still whole years
        QTRY_VERIFY(timeline.xTickLabels().size() <= labels.size());
    }

    void exportsTheEvidencePack()
    {
        ComplianceView view;
        view.setAudit(m_snapshot, m_audit);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("pack.html"));
        QSignalSpy spy(&view, &ComplianceView::evidencePackExported);
        view.exportEvidencePack(file);
        QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 20000);
        QCOMPARE(spy.at(0).at(1).toString(), QString());
        QFile html(file);
        QVERIFY(html.open(QIODevice::ReadOnly));
        const QByteArray content = html.readAll();
        QVERIFY(content.contains("orders-db"));
        QVERIFY(content.contains("bakery-ia"));
    }

    void certificatesChartHasAPointPerCertificate()
    {
        CertificatesView view;
        view.resize(1200, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy changed(&view, &CertificatesView::certificatesChanged);
        view.setReports(m_snapshot.datastores);
        QTRY_COMPARE(changed.count(), 1);
        auto *table = view.findChild<QTableView *>(QStringLiteral("certificatesTableView"));
        QVERIFY(table);
        QCOMPARE(table->model()->rowCount(), 4); // three leaves and their shared CA
        QCOMPARE(view.timeline()->pointCount(), table->model()->rowCount());
        // Sorted by days left: the one inside the renewal window first.
        QCOMPARE(table->model()->index(0, CertificatesModel::DatastoresColumn).data().toString(),
                 QStringLiteral("orders-db"));
        QVERIFY(view.timeline()->renewalLineDate() > view.timeline()->todayLineDate());
        QCOMPARE(view.timeline()->todayLineDate().daysTo(view.timeline()->renewalLineDate()), 90);
        // The CA's ten years: one label per year (or per few years), each once, evenly stepped.
        const QStringList yearLabels = view.timeline()->xTickLabels();
        QCOMPARE(QSet<QString>(yearLabels.cbegin(), yearLabels.cend()).size(), yearLabels.size());
        QTest::qWait(50); // the chart lays its axes out on the event loop
        saveScreenshot(&view, QStringLiteral("certificates"));

        // Renew asks for the wizard with the selected certificates' datastores; auditor mode takes it away.
        QSignalSpy renew(&view, &CertificatesView::renewRequested);
        table->selectRow(0);
        auto *button = view.findChild<QPushButton *>(QStringLiteral("renewCertificatesPushButton"));
        QVERIFY(button && button->isEnabled());
        button->click();
        QCOMPARE(renew.count(), 1);
        QCOMPARE(renew.at(0).at(0).toStringList(), QStringList { QStringLiteral("orders-db") });
        view.lockReadOnly();
        QVERIFY(!view.findChild<QPushButton *>(QStringLiteral("renewCertificatesPushButton")));
        QVERIFY(!view.renewAction());
    }

    void checklistShowsItemsAndFailures()
    {
        ChecklistView view;
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setSnapshot(m_snapshot, m_audit);
        auto *tree = view.findChild<QTreeView *>(QStringLiteral("checklistTreeView"));
        QVERIFY(tree);
        QCOMPARE(tree->model()->rowCount(), 11); // backup-tested included
        for (int row = 0; row < tree->model()->rowCount(); ++row) {
            const QModelIndex index = tree->model()->index(row, 0);
            const bool failed
                = ChecklistItem::Status(index.data(ChecklistModel::StatusRole).toInt()) == ChecklistItem::Status::Fail;
            QCOMPARE(tree->isExpanded(index), failed); // what needs attention is open
        }
        QVERIFY(view.findChild<QLabel *>(QStringLiteral("checklistSummaryLabel"))->text().contains(u"1 fail"));
        view.resize(1100, 600);
        saveScreenshot(&view, QStringLiteral("checklist"));
    }

    void logsPaneReadsFiltersAndFollows()
    {
        Test::Emulator emulator;
        QVERIFY2(emulator.isValid(), qPrintable(emulator.errorString()));
        const QString ns = emulator.namespaceName();
        emulator.server().createObject(QJsonDocument::fromJson(QStringLiteral(R"({
            "apiVersion": "v1", "kind": "Pod", "metadata": {"name": "auth-db-0", "namespace": "%1"},
            "spec": {"containers": [{"name": "postgres", "image": "postgres:17-alpine"}]},
            "status": {"phase": "Running"}})")
                                                                   .arg(ns)
                                                                   .toUtf8())
                                           .object());
        const QString logPath = emulator.dir() + QStringLiteral("/auth-db.log");
        QFile log(logPath);
        QVERIFY(log.open(QIODevice::WriteOnly));
        log.write("2026-11-28 01:00:00 UTC [1] LOG:  connection authorized: user=auth database=auth SSL enabled\n"
                  "2026-11-28 01:00:01 UTC [2] FATAL:  password authentication failed for user \"auth\"\n"
                  "2026-11-28 01:00:02 UTC [3] LOG:  duration: 0.412 ms\n"
                  "2026-11-28 01:00:03 UTC [4] LOG:  could not accept SSL connection: unknown ca\n"
                  "2026-11-28 01:00:04 UTC [5] LOG:  statement: ALTER ROLE auth PASSWORD 'hunter2-secret'\n");
        log.close();
        emulator.server().setPodLogFile(ns, QStringLiteral("auth-db-0"), logPath);

        Kube::KubeconfigLoader loader;
        loader.setExplicitPath(emulator.kubeconfigPath());
        const auto config = loader.load();
        QVERIFY2(config.ok(), qPrintable(config.error()));
        const auto context = Kube::KubeconfigLoader::resolve(*config, config->currentContext);
        QVERIFY2(context.ok(), qPrintable(context.error()));
        Kube::KubeClient client(*context);

        LogsPane pane;
        QSignalSpy scanned(&pane, &LogsPane::logScanned);
        pane.setSource(Session::LogSource(&client, ns));
        pane.setDatastore(QStringLiteral("auth-db"), { QStringLiteral("auth-db-0") });
        QVERIFY(pane.lines().isEmpty()); // nothing is read while hidden
        pane.show();
        QTRY_COMPARE_WITH_TIMEOUT(pane.lines().size(), 5, 10000);
        QVERIFY(!pane.codeView()->toPlainText().contains(QStringLiteral("hunter2")));
        QVERIFY(pane.codeView()->toPlainText().contains(QStringLiteral("PASSWORD '")));
        QCOMPARE(pane.codeView()->language(), CodeView::Language::Log);

        pane.setPreset(LogsPane::Preset::AuthenticationFailed);
        QCOMPARE(pane.visibleLines().size(), 1);
        QVERIFY(pane.codeView()->toPlainText().contains(QStringLiteral("password authentication failed")));
        pane.setPreset(LogsPane::Preset::Duration);
        QCOMPARE(pane.visibleLines().size(), 1);
        pane.setPreset(LogsPane::Preset::TlsErrors);
        QCOMPARE(pane.visibleLines(), QStringList { pane.lines().at(3) });
        pane.setPreset(LogsPane::Preset::All);
        pane.setFilterText(QStringLiteral("SSL"));
        QCOMPARE(pane.visibleLines().size(), 2);
        pane.setFilterText(QString());

        // What the read found is the checklist's log evidence.
        QTRY_VERIFY(scanned.count() >= 1);
        const auto scan = scanned.last().at(1).value<LogScan>();
        QCOMPARE(scanned.last().at(0).toString(), QStringLiteral("auth-db"));
        QCOMPARE(scan.linesRead, 5);
        QCOMPARE(scan.tlsErrors.size(), 1);

        // Follow: new lines appear as the pod writes them.
        pane.setFollow(true);
        QTRY_COMPARE_WITH_TIMEOUT(pane.lines().size(), 5, 10000);
        QVERIFY(log.open(QIODevice::Append));
        log.write("2026-11-28 01:00:05 UTC [6] LOG:  connection received: host=10.0.0.7\n");
        log.close();
        QTRY_COMPARE_WITH_TIMEOUT(pane.lines().size(), 6, 10000);
        pane.resize(1000, 300);
        saveScreenshot(&pane, QStringLiteral("logs"));
        pane.stop();
    }

    // Follow survives a pod replacement: when the followed pod goes (its stream ends as the kubelet ends it), the pane
    // keeps what it read, follows the pod that replaces it (a new name, or a StatefulSet's same name that the pod list
    // never shows changing) after a marker line, and goes on following.
    void logsFollowSurvivesAPodReplacement_data()
    {
        QTest::addColumn<QString>("oldPod");
        QTest::addColumn<QString>("newPod");
        QTest::addColumn<QString>("marker");
        QTest::newRow("a Deployment's new pod") << QStringLiteral("auth-db-5d8f-abcde") << QStringLiteral("auth-db-7c9b-fghij")
                                                << QStringLiteral("──── auth-db-5d8f-abcde was replaced by auth-db-7c9b-fghij: "
                                                                  "following auth-db-7c9b-fghij ────");
        QTest::newRow("a StatefulSet's pod, same name") << QStringLiteral("redis-0") << QStringLiteral("redis-0")
                                                        << QStringLiteral("──── redis-0 restarted: following it again ────");
    }

    void logsFollowSurvivesAPodReplacement()
    {
        QFETCH(QString, oldPod);
        QFETCH(QString, newPod);
        QFETCH(QString, marker);
        Test::Emulator emulator;
        QVERIFY2(emulator.isValid(), qPrintable(emulator.errorString()));
        const QString ns = emulator.namespaceName();
        const auto writeLog = [&emulator](const QString &name, const QByteArray &text) {
            QFile log(emulator.dir() + u'/' + name);
            if (!log.open(QIODevice::Append))
                return QString();
            log.write(text);
            return log.fileName();
        };
        emulator.addPod(oldPod);
        emulator.server().setPodLogFile(ns, oldPod, writeLog(QStringLiteral("old.log"), "old 1\nold 2\nold 3\n"));

        Kube::KubeClient client(Test::contextFor(emulator.kubeconfigPath()));
        LogsPane pane;
        pane.setSource(Session::LogSource(&client, ns));
        pane.setDatastore(QStringLiteral("auth-db"), {oldPod});
        pane.setFollow(true);
        pane.show();
        QTRY_COMPARE_WITH_TIMEOUT(pane.lines().size(), 3, 10000);

        // The pod is replaced: the old one is deleted (its follow ends), the new one writes its own log.
        emulator.store().remove(QStringLiteral("pods"), ns, oldPod);
        emulator.addPod(newPod);
        emulator.server().setPodLogFile(ns, newPod, writeLog(QStringLiteral("new.log"), "new 1\nnew 2\n"));
        if (newPod != oldPod) {
            // What the live view shows the detail pane: the old pod gone, then the new one.
            QTest::qWait(300);
            pane.setDatastore(QStringLiteral("auth-db"), {});
            pane.setDatastore(QStringLiteral("auth-db"), {newPod});
        }
        const QStringList expected{QStringLiteral("old 1"), QStringLiteral("old 2"), QStringLiteral("old 3"), marker,
                                   QStringLiteral("new 1"), QStringLiteral("new 2")};
        QTRY_COMPARE_WITH_TIMEOUT(pane.lines(), expected, 10000);
        // The marker shows whatever the filter.
        pane.setFilterText(QStringLiteral("new 2"));
        QCOMPARE(pane.visibleLines(), (QStringList{marker, QStringLiteral("new 2")}));
        pane.setFilterText(QString());

        // And the new pod is followed.
        writeLog(QStringLiteral("new.log"), "new 3\n");
        QTRY_COMPARE_WITH_TIMEOUT(pane.lines().size(), 7, 10000);
        QCOMPARE(pane.lines().constLast(), QStringLiteral("new 3"));
        pane.stop();
    }

    // No grade without evidence: the panel says why there is none, and how much of the fleet a grade leaves out.
    void gradePanelSaysWhyThereIsNoGrade()
    {
        GradePanel panel;
        auto empty = std::make_shared<Audit::Audit>();
        empty->grade.fleet.letter = QStringLiteral("N/A");
        empty->grade.fleet.reason = QStringLiteral("no PostgreSQL, Redis or RabbitMQ found in namespace typo of context prod");
        panel.setAudit(empty);
        auto *letter = panel.findChild<QLabel *>(QStringLiteral("gradeLetterLabel"));
        auto *score = panel.findChild<QLabel *>(QStringLiteral("gradeScoreLabel"));
        QVERIFY(letter && score);
        QCOMPARE(letter->text(), QStringLiteral("N/A"));
        QVERIFY2(score->text().contains(QStringLiteral("namespace typo of context prod")), qPrintable(score->text()));
        QVERIFY(!score->text().contains(QStringLiteral("A+")));

        auto partial = std::make_shared<Audit::Audit>();
        partial->grade.fleet.letter = QStringLiteral("B");
        partial->grade.fleet.score = 84.0;
        partial->grade.fleet.datastoresTotal = 3;
        partial->grade.fleet.datastoresNotAssessed = 1;
        panel.setAudit(partial);
        QVERIFY2(score->text().contains(QStringLiteral("1 of 3 datastores not assessed")), qPrintable(score->text()));
    }

    // What-if by whole rule ("fix TLS-005 everywhere") or whole datastore, from the what-if table's context menu.
    void whatIfTicksAWholeRuleOrDatastore()
    {
        GradePanel panel;
        panel.setAudit(m_audit);
        auto *view = panel.findChild<QTableView *>(QStringLiteral("whatIfTableView"));
        QVERIFY(view);
        QCOMPARE(view->contextMenuPolicy(), Qt::ActionsContextMenu);
        const QList<QAction *> actions = panel.whatIfActions();
        QCOMPARE(actions.size(), 3);
        for (QAction *action : actions)
            QVERIFY(view->actions().contains(action));
        // A rule that fails on more than one datastore, if the fixture has one; else the most frequent.
        QHash<QString, QSet<QString>> byRule;
        QHash<QString, QSet<QString>> byDatastore;
        for (const Audit::Finding &finding : m_audit->findings) {
            byRule[finding.ruleId] << FindingsModel::keyOf(finding);
            byDatastore[finding.datastore] << FindingsModel::keyOf(finding);
        }
        QString rule;
        for (auto it = byRule.cbegin(); it != byRule.cend(); ++it) {
            if (rule.isEmpty() || it.value().size() > byRule.value(rule).size())
                rule = it.key();
        }
        QVERIFY(!rule.isEmpty());
        int row = -1;
        for (int r = 0; r < view->model()->rowCount() && row < 0; ++r) {
            if (view->model()->index(r, FindingsModel::RuleColumn).data().toString() == rule)
                row = r;
        }
        QVERIFY(row >= 0);
        view->setCurrentIndex(view->model()->index(row, 0));
        QCOMPARE(actions.at(0)->text(), QStringLiteral("Fix %1 Everywhere").arg(rule));
        actions.at(0)->trigger();
        QCOMPARE(panel.whatIfModel()->checkedKeys(), byRule.value(rule));
        const auto projected = [this](const QSet<QString> &keys) {
            return Audit::Grader(m_audit->assessments).whatIf(keys).fleet.letter;
        };
        QCOMPARE(panel.projectedLetter(), projected(byRule.value(rule)));
        auto *projection = panel.findChild<QLabel *>(QStringLiteral("whatIfProjectionLabel"));
        QVERIFY2(projection->text().contains(QString::number(byRule.value(rule).size())), qPrintable(projection->text()));

        // Clear, then everything on the row's datastore.
        actions.at(2)->trigger();
        QVERIFY(panel.whatIfModel()->checkedKeys().isEmpty());
        const QString datastore = view->model()->index(row, FindingsModel::DatastoreColumn).data().toString();
        QCOMPARE(actions.at(1)->text(), QStringLiteral("Fix Everything on %1").arg(datastore));
        actions.at(1)->trigger();
        QCOMPARE(panel.whatIfModel()->checkedKeys(), byDatastore.value(datastore));
        QCOMPARE(panel.projectedLetter(), projected(byDatastore.value(datastore)));
        // Adding the rule keeps the datastore's ticks.
        actions.at(0)->trigger();
        QCOMPARE(panel.whatIfModel()->checkedKeys(), byDatastore.value(datastore) + byRule.value(rule));
    }

    // The policy in use is named where the grade is (docs/policy.md): the file and its SHA-256, or built-in.
    void gradePanelNamesThePolicy()
    {
        GradePanel panel;
        auto *counts = panel.findChild<QLabel *>(QStringLiteral("severityCountsLabel"));
        QVERIFY(counts);
        auto builtIn = std::make_shared<Audit::Audit>();
        builtIn->grade.fleet.letter = QStringLiteral("A");
        builtIn->grade.fleet.score = 95.0;
        panel.setAudit(builtIn);
        QVERIFY2(counts->text().contains(QStringLiteral("Policy: built-in")), qPrintable(counts->text()));
        QVERIFY(!counts->text().contains(QStringLiteral("accepted")));

        auto graded = std::make_shared<Audit::Audit>(*builtIn);
        graded->grade.fleet.accepted = 2;
        graded->policy.path = QStringLiteral("/srv/repo/.proofer.yaml");
        graded->policy.sha256 = QString(64, u'c');
        graded->policy.acceptedRisks = {{QStringLiteral("KUBE-005"), QStringLiteral("redis*"), QStringLiteral("j"),
                                         QStringLiteral("a"), QDate(2027, 3, 31), 3}};
        panel.setAudit(graded);
        QVERIFY2(counts->text().contains(QStringLiteral("Policy: /srv/repo/.proofer.yaml")), qPrintable(counts->text()));
        QVERIFY2(counts->text().contains(QStringLiteral("2 accepted by the policy")), qPrintable(counts->text()));
        QVERIFY2(counts->toolTip().contains(QString(64, u'c')), qPrintable(counts->toolTip()));
    }

    // A policy file the console cannot use is said, never silently replaced by the built-in one.
    void brokenPolicyIsSaid()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("policy.yaml"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("profile:\n  pasword: {}\n");
        file.close();
        qputenv("PROOFER_POLICY", path.toLocal8Bit());
        MainWindow window;
        // Read off the GUI thread: not yet when the window is built, said once read.
        QVERIFY(!window.policyController()->isLoaded());
        QTRY_VERIFY(window.policyController()->isLoaded());
        qunsetenv("PROOFER_POLICY");
        auto *banner = window.findChild<QLabel *>(QStringLiteral("kubeconfigErrorLabel"));
        QVERIFY(banner);
        QVERIFY2(banner->text().contains(path + QStringLiteral(":2: unknown field \"profile.pasword\"")),
                 qPrintable(banner->text()));
    }

    void viewsArePagesOfTheConsole()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *pages = window.findChild<QTabWidget *>(QStringLiteral("mainTabWidget"));
        QVERIFY(pages);
        QCOMPARE(pages->count(), 4);
        QCOMPARE(pages->currentIndex(), int(MainWindow::FleetPage));
        const struct
        {
            const char *action;
            MainWindow::Page page;
            QKeySequence shortcut;
        } entries[] = {
            { "showComplianceAction", MainWindow::CompliancePage, QKeySequence(Qt::CTRL | Qt::Key_2) },
            { "showCertificatesAction", MainWindow::CertificatesPage, QKeySequence(Qt::CTRL | Qt::Key_3) },
            { "showChecklistAction", MainWindow::ChecklistPage, QKeySequence(Qt::CTRL | Qt::Key_4) },
            { "showFleetAction", MainWindow::FleetPage, QKeySequence(Qt::CTRL | Qt::Key_1) },
        };
        for (const auto &entry : entries) {
            auto *action = window.findChild<QAction *>(QString::fromLatin1(entry.action));
            QVERIFY(action);
            QCOMPARE(action->shortcut(), entry.shortcut);
            action->trigger();
            QCOMPARE(pages->currentIndex(), int(entry.page));
            QVERIFY(action->isChecked());
        }
        QCOMPARE(window.detailPane()->tabs()->tabText(DetailPane::LogsTab), QStringLiteral("Logs"));

        // Auditor mode: operations gone for good, logs still readable.
        auto *auditor = window.findChild<QAction *>(QStringLiteral("auditorModeAction"));
        auditor->setChecked(true);
        QVERIFY(!window.certificatesView()->renewAction());
        QVERIFY(window.detailPane()->logsPane()->isEnabled());
        auditor->setChecked(false);
        QVERIFY(window.isReadOnly());
        QVERIFY(!window.certificatesView()->renewAction());
    }

private:
    Fleet::Snapshot m_snapshot;
    std::shared_ptr<const Audit::Audit> m_audit;
};

QTEST_MAIN(TestConsoleViews)
#include "testconsoleviews.moc"
