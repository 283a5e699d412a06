// SPDX-License-Identifier: GPL-3.0-or-later
// The console's actions on a real demo fleet (the reference scenario: auth-db's clients use sslmode=require, so
// TLS-005 fails): "Accept Risk…" of a finding writes the acceptance into the policy file in use — its comments and
// the rest of it kept — the file is read back off the GUI thread and the fleet graded again, and from then the
// fleet table, the findings list and the grade panel show the finding as accepted, not open. In auditor mode the
// action does not exist. Operations History lists and exports the journals, never a secret. Rescan Thoroughly makes every observation anew where a rescan reuses them.
#include "acceptriskdialog.h"
#include "core/translations.h"
#include "demo/demofleet.h"
#include "demofixture.h"
#include "demo/apiserver.h"
#include "findingsmodel.h"
#include "fleetmodel.h"
#include "mainwindow.h"
#include "operationshistorydialog.h"
#include "operationshistorymodel.h"
#include "policycontroller.h"
#include "session/fleetsession.h"
#include "views/detailpane.h"
#include "views/eventspane.h"
#include "views/gradepanel.h"

#include <QAction>
#include <QDateEdit>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTreeWidget>
#include <QTest>

#include <memory>

namespace {

const QString kNamespace = QStringLiteral("bakery-ia");
const QString kDatastore = QStringLiteral("auth-db");
const QString kRule = QStringLiteral("TLS-005");

int rowOf(const QTableView *table, const QString &name)
{
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        if (table->model()->index(row, 0).data(FleetModel::NameRole).toString() == name)
            return row;
    }
    return -1;
}

int rowOfRule(const QAbstractItemModel *model, const QString &rule, const QString &datastore)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(FindingsModel::KeyRole).toString() == rule + u'@' + datastore)
            return row;
    }
    return -1;
}

} // namespace

class TestConsoleActions final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(Core::installTranslations(QStringLiteral("en")));
        QString failure;
        m_fleet = TestSupport::startSmallDemoFleet(&m_dir, &failure);
        QVERIFY2(m_fleet, qPrintable(failure));
    }

    void cleanupTestCase() { QVERIFY(TestSupport::stopDemoFleet(m_fleet)); }

    void acceptRiskFromAFinding()
    {
        // The policy in use: a file with comments and a profile, and no accepted risk yet.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("policy.yaml"));
        const QByteArray original = "# Bakery policy: reviewed by the platform team\n"
                                    "apiVersion: proofer/v1\n"
                                    "kind: Policy\n"
                                    "profile:\n"
                                    "  pods:\n"
                                    "    maxRestarts: 3   # the default, said out loud\n";
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(original);
        }
        qputenv("PROOFER_POLICY", path.toLocal8Bit());
        MainWindow window;
        QVERIFY(!window.policyController()->isLoaded()); // read off the GUI thread, not in the constructor
        QSignalSpy audits(window.session(), &Session::FleetSession::auditReady);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(window.policyController()->isLoaded());
        qunsetenv("PROOFER_POLICY");
        QCOMPARE(window.session()->policy().path, path);
        window.start({ m_fleet->kubeconfigPath(), QString(), kNamespace, QString(), false });
        QVERIFY(audits.wait(120000));

        auto *table = window.findChild<QTableView *>(QStringLiteral("fleetTableView"));
        QVERIFY(table);
        const int row = rowOf(table, kDatastore);
        QVERIFY(row >= 0);
        const int openBefore = table->model()->index(row, FleetModel::FindingsColumn).data().toInt();
        QVERIFY(openBefore > 0);
        table->selectRow(row);
        QTRY_COMPARE(window.detailPane()->datastoreName(), kDatastore);
        DetailPane *detail = window.detailPane();
        detail->tabs()->setCurrentIndex(DetailPane::FindingsTab);
        auto *findingsView = detail->findChild<QTableView *>(QStringLiteral("findingsTableView"));
        QVERIFY(findingsView);
        const int findingRow = rowOfRule(findingsView->model(), kRule, kDatastore);
        QVERIFY2(findingRow >= 0, "the reference scenario's TLS-005 finding on auth-db");
        findingsView->selectRow(findingRow);

        // The dialog, prefilled: the rule, the datastore, the policy file in use.
        auto *button = detail->findChild<QToolButton *>(QStringLiteral("acceptRiskToolButton"));
        QVERIFY(button && button->isVisible() && button->isEnabled());
        button->click();
        AcceptRiskDialog *dialog = window.policyController()->dialog();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        auto field = [dialog](const char *name) { return dialog->findChild<QLineEdit *>(QString::fromLatin1(name)); };
        QCOMPARE(field("acceptRiskRuleLineEdit")->text(), kRule);
        QVERIFY(field("acceptRiskRuleLineEdit")->isReadOnly());
        QCOMPARE(field("acceptRiskDatastoreLineEdit")->text(), kDatastore);
        QCOMPARE(field("acceptRiskFileLineEdit")->text(), path);
        QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(ok);
        auto *problem = dialog->findChild<QLabel *>(QStringLiteral("acceptRiskProblemLabel"));
        // Each required field in turn: OK stays off, and the dialog says what is missing.
        QVERIFY(!ok->isEnabled());
        QVERIFY2(problem->text().contains(QStringLiteral("justification")), qPrintable(problem->text()));
        const QString justification = QStringLiteral("Vendor clients cannot verify yet: \"verify-full\" ships in v4 # CHG-88");
        dialog->findChild<QPlainTextEdit *>(QStringLiteral("acceptRiskJustificationEdit"))->setPlainText(justification);
        field("acceptRiskApprovedByLineEdit")->setText(QString());
        QVERIFY(!ok->isEnabled());
        field("acceptRiskApprovedByLineEdit")->setText(QStringLiteral("Jane Doe (CISO)"));
        auto *expires = dialog->findChild<QDateEdit *>(QStringLiteral("acceptRiskExpiresDateEdit"));
        const QDate today = QDateTime::currentDateTimeUtc().date();
        expires->setDate(today);
        QVERIFY(!ok->isEnabled());
        QVERIFY2(problem->text().contains(QStringLiteral("after today")), qPrintable(problem->text()));
        expires->setDate(today.addDays(30));
        QVERIFY(ok->isEnabled());

        audits.clear();
        ok->click();
        QTRY_VERIFY_WITH_TIMEOUT(!window.policyController()->dialog(), 10000); // closed once written
        QTRY_VERIFY_WITH_TIMEOUT(audits.count() >= 1, 30000); // graded again, no rescan
        QVERIFY(!window.session()->isBusy());

        // The file: everything that was there, byte for byte, then the acceptance.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray written = file.readAll();
        QVERIFY2(written.startsWith(original), written.constData());
        QVERIFY2(written.contains("acceptedRisks:\n  - rule: TLS-005\n    datastore: \"auth-db\"\n"), written.constData());
        QCOMPARE(window.session()->policy().acceptedRisks.size(), 1);
        QCOMPARE(window.session()->policy().acceptedRisks.constFirst().justification, justification);

        // The fleet table: one open finding less, one accepted, the justification in the tooltip.
        const QModelIndex findings = table->model()->index(rowOf(table, kDatastore), FleetModel::FindingsColumn);
        QCOMPARE(findings.data().toInt(), openBefore - 1);
        QCOMPARE(findings.data(FleetModel::AcceptedCountRole).toInt(), 1);
        QVERIFY2(findings.data(Qt::ToolTipRole).toString().contains(justification),
                 qPrintable(findings.data(Qt::ToolTipRole).toString()));
        // The findings list: shown, as accepted, and no longer offered for acceptance.
        QTRY_COMPARE(detail->findingsModel()->findings().size(), qsizetype(openBefore));
        const int acceptedRow = rowOfRule(findingsView->model(), kRule, kDatastore);
        QVERIFY(acceptedRow >= 0);
        QVERIFY(findingsView->model()->index(acceptedRow, 0).data(FindingsModel::AcceptedRole).toBool());
        findingsView->selectRow(acceptedRow);
        QVERIFY(!button->isEnabled());
        QVERIFY2(detail->tabs()->tabText(DetailPane::FindingsTab).contains(QStringLiteral("1 accepted")),
                 qPrintable(detail->tabs()->tabText(DetailPane::FindingsTab)));
        // The grade panel: counted as accepted, and the what-if cannot tick it.
        FindingsModel *whatIf = window.gradePanel()->whatIfModel();
        const int whatIfRow = rowOfRule(whatIf, kRule, kDatastore);
        QVERIFY(whatIfRow >= 0);
        QVERIFY(!whatIf->flags(whatIf->index(whatIfRow, 0)).testFlag(Qt::ItemIsUserCheckable));
        auto *counts = window.findChild<QLabel *>(QStringLiteral("severityCountsLabel"));
        QVERIFY2(counts->text().contains(QStringLiteral("1 accepted by the policy")), qPrintable(counts->text()));
        QCOMPARE(window.session()->audit()->grade.fleet.accepted, 1);
    }

    // Rescan Thoroughly (Shift+F5, the File menu): the next scan makes every observation anew, as `proofer scan
    // --thorough`; a plain rescan reuses what the fingerprint allows. The status bar says which, the detail pane says
    // it per datastore.
    void rescanThoroughlyObservesEverything()
    {
        MainWindow window;
        QSignalSpy audits(window.session(), &Session::FleetSession::auditReady);
        QStringList shown; // the status bar as each scan ends
        connect(window.session(), &Session::FleetSession::stateChanged, this,
                [&window, &shown](Session::FleetSession::State state) {
                    if (state == Session::FleetSession::State::Ready)
                        shown << window.statusBar()->currentMessage();
                });
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.start({ m_fleet->kubeconfigPath(), QString(), kNamespace, QString(), false });
        QVERIFY(audits.wait(120000));
        auto *fileMenu = window.findChild<QMenu *>(QStringLiteral("fileMenu"));
        auto *rescan = window.findChild<QAction *>(QStringLiteral("rescanAction"));
        auto *thorough = window.findChild<QAction *>(QStringLiteral("rescanThoroughlyAction"));
        QVERIFY(fileMenu && rescan && thorough);
        QVERIFY(fileMenu->actions().contains(rescan) && fileMenu->actions().contains(thorough));
        QCOMPARE(thorough->shortcut(), QKeySequence(Qt::SHIFT | Qt::Key_F5));
        QVERIFY(thorough->isEnabled());
        const int stores = int(window.session()->snapshot().datastores.size());
        QVERIFY(stores >= 2);

        // A plain rescan: nothing changed since the first scan, every observation is reused.
        audits.clear();
        shown.clear();
        rescan->trigger();
        QVERIFY(!thorough->isEnabled()); // not while a scan runs
        QTRY_VERIFY_WITH_TIMEOUT(audits.count() >= 1 && !window.session()->isBusy(), 120000);
        QCOMPARE(window.session()->snapshot().observationMode, QStringLiteral("incremental"));
        for (const Fleet::DatastoreReport &report : window.session()->snapshot().datastores)
            QVERIFY2(report.observations && report.observations->reused, qPrintable(report.name));
        QVERIFY(!shown.isEmpty());
        // (the plural as the English catalogue will spell it, or as the source does until then)
        const QRegularExpression reused(
            QStringLiteral(R"(observations of %1 datastore(s|\(s\)) reused \(fingerprint unchanged\), 0 observed anew)")
                .arg(stores));
        QVERIFY2(shown.constLast().contains(reused), qPrintable(shown.join(u'|')));

        // Thoroughly: every observation made in this scan.
        audits.clear();
        shown.clear();
        QTest::keySequence(&window, QKeySequence(Qt::SHIFT | Qt::Key_F5));
        QVERIFY(window.session()->isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(audits.count() >= 1 && !window.session()->isBusy(), 120000);
        QCOMPARE(window.session()->snapshot().observationMode, QStringLiteral("thorough"));
        for (const Fleet::DatastoreReport &report : window.session()->snapshot().datastores)
            QVERIFY2(report.observations && !report.observations->reused, qPrintable(report.name));
        QVERIFY(!shown.isEmpty());
        QVERIFY2(shown.constLast().contains(QStringLiteral("thorough, every observation made in this scan")),
                 qPrintable(shown.join(u'|')));
        auto *table = window.findChild<QTableView *>(QStringLiteral("fleetTableView"));
        table->selectRow(rowOf(table, kDatastore));
        QTRY_COMPARE(window.detailPane()->datastoreName(), kDatastore);
        auto *overview = window.detailPane()->findChild<QTreeWidget *>(QStringLiteral("overviewTreeWidget"));
        QVERIFY(overview);
        const auto said = overview->findItems(QStringLiteral("Observations"), Qt::MatchExactly | Qt::MatchRecursive);
        QCOMPARE(said.size(), 1);
        QVERIFY2(said.constFirst()->text(1).startsWith(QStringLiteral("made in this scan")),
                 qPrintable(said.constFirst()->text(1)));

        // And the next plain rescan reuses again (the thorough scan refreshed the cache).
        audits.clear();
        rescan->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(audits.count() >= 1 && !window.session()->isBusy(), 120000);
        QCOMPARE(window.session()->snapshot().observationMode, QStringLiteral("incremental"));
        QTRY_VERIFY(overview->findItems(QStringLiteral("Observations"), Qt::MatchExactly | Qt::MatchRecursive)
                        .constFirst()
                        ->text(1)
                        .contains(QStringLiteral("(fingerprint unchanged)")));
    }

    // The detail pane's Events tab: the pod's and its workload's Kubernetes events (the demo kubelet records Scheduled,
    // Pulled and Started), read through the session only when the tab is shown.
    void eventsTabShowsThePodsEvents()
    {
        MainWindow window;
        QSignalSpy audits(window.session(), &Session::FleetSession::auditReady);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.start({ m_fleet->kubeconfigPath(), QString(), kNamespace, QString(), false });
        QVERIFY(audits.wait(120000));
        auto *table = window.findChild<QTableView *>(QStringLiteral("fleetTableView"));
        table->selectRow(rowOf(table, kDatastore));
        QTRY_COMPARE(window.detailPane()->datastoreName(), kDatastore);
        EventsPane *events = window.detailPane()->eventsPane();
        QCOMPARE(window.detailPane()->tabs()->tabText(DetailPane::EventsTab), QStringLiteral("Events"));
        QVERIFY(!events->isRead()); // hidden: nothing read
        window.detailPane()->tabs()->setCurrentIndex(DetailPane::EventsTab);
        QTRY_VERIFY_WITH_TIMEOUT(events->isRead(), 20000);
        QStringList reasons;
        for (const Session::EventRecord &event : events->events()) {
            reasons << event.reason;
            QVERIFY2(event.object.startsWith(QStringLiteral("Pod/")) || event.object.endsWith(u'/' + kDatastore),
                     qPrintable(event.object));
            QVERIFY2(!event.object.contains(QStringLiteral("redis")), qPrintable(event.object)); // auth-db's only
        }
        QVERIFY2(reasons.contains(QStringLiteral("Started")) && reasons.contains(QStringLiteral("Scheduled")),
                 qPrintable(reasons.join(u',')));
        QCOMPARE(events->tree()->topLevelItemCount(), int(events->events().size()));
        // Newest first.
        QCOMPARE(events->tree()->topLevelItem(0)->text(2), events->events().constLast().reason);
        window.session()->cancel();
    }

    void noAcceptanceInAuditorMode()
    {
        MainWindow window;
        QVERIFY(window.findChild<QAction *>(QStringLiteral("acceptRiskAction")));
        window.start({ m_fleet->kubeconfigPath(), QString(), kNamespace, QString(), true });
        QVERIFY(window.isReadOnly());
        QVERIFY(!window.findChild<QAction *>(QStringLiteral("acceptRiskAction")));
        QVERIFY(!window.findChild<QToolButton *>(QStringLiteral("acceptRiskToolButton")));
        QVERIFY(!window.detailPane()->acceptRiskAction());
        // Asked anyway (a stale signal): no dialog.
        window.policyController()->acceptRisk(Audit::Finding {});
        QVERIFY(!window.policyController()->dialog());
        window.session()->cancel();
    }

    // Operations ▸ Operations History: a real operation (a workload restart, journaled) is listed with its kind,
    // target, times and outcome, exported alone and with all the others as JSON; no secret of the namespace is in
    // the list or the files. Last: the restart replaces a pod of the fleet.
    void operationsHistoryListsAndExports()
    {
        MainWindow window;
        QSignalSpy audits(window.session(), &Session::FleetSession::auditReady);
        QSignalSpy restarted(window.session(), &Session::FleetSession::workloadRestarted);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.start({ m_fleet->kubeconfigPath(), QString(), kNamespace, QString(), false });
        QVERIFY(audits.wait(120000));
        QVERIFY(window.session()->restartWorkload(QStringLiteral("redis")));
        QVERIFY(restarted.wait(240000));
        QCOMPARE(restarted.constFirst().at(1).toString(), QString());

        auto *history = window.findChild<QAction *>(QStringLiteral("operationsHistoryAction"));
        QVERIFY(history && history->isEnabled());
        history->trigger();
        OperationsHistoryDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<OperationsHistoryDialog *>()) && dialog->isVisible());
        QTRY_VERIFY(dialog->isLoaded());
        const OperationsHistoryModel *model = dialog->model();
        QVERIFY(model->rowCount() >= 1);
        int row = -1;
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->index(r, OperationsHistoryModel::KindColumn).data().toString() == u"restart-workload")
                row = r;
        }
        QVERIFY(row >= 0);
        QVERIFY2(model->index(row, OperationsHistoryModel::DatastoreColumn).data().toString().endsWith(u"/redis"),
                 qPrintable(model->index(row, OperationsHistoryModel::DatastoreColumn).data().toString()));
        QVERIFY(!model->index(row, OperationsHistoryModel::StartedColumn).data().toString().isEmpty());
        QVERIFY(!model->index(row, OperationsHistoryModel::EndedColumn).data().toString().isEmpty());
        QCOMPARE(model->index(row, OperationsHistoryModel::OutcomeColumn).data().toString(), QStringLiteral("Succeeded"));

        // Export the selected journal, then all of them.
        auto *table = dialog->findChild<QTableView *>(QStringLiteral("operationsHistoryTableView"));
        QVERIFY(table);
        for (int r = 0; r < table->model()->rowCount(); ++r) {
            if (table->model()->index(r, OperationsHistoryModel::KindColumn).data().toString() == u"restart-workload")
                table->selectRow(r);
        }
        QVERIFY(dialog->findChild<QPushButton *>(QStringLiteral("exportJournalPushButton"))->isEnabled());
        QTemporaryDir out;
        QSignalSpy exported(dialog, &OperationsHistoryDialog::exported);
        dialog->exportTo(out.filePath(QStringLiteral("one.json")), false);
        QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 1, 10000);
        QCOMPARE(exported.at(0).at(1).toString(), QString());
        dialog->exportTo(out.filePath(QStringLiteral("all.json")), true);
        QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 2, 10000);
        QCOMPARE(exported.at(1).at(1).toString(), QString());
        const auto readJson = [&out](const char *name) {
            QFile file(out.filePath(QString::fromLatin1(name)));
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        };
        const QByteArray one = readJson("one.json");
        const QByteArray all = readJson("all.json");
        const QJsonObject single = QJsonDocument::fromJson(one).object();
        QCOMPARE(single.value(QLatin1String("kind")).toString(), QStringLiteral("restart-workload"));
        QCOMPARE(single.value(QLatin1String("outcome")).toString(), QStringLiteral("Succeeded"));
        QVERIFY(single.value(QLatin1String("entries")).toArray().size() >= 3); // plan, steps, end
        const QJsonObject every = QJsonDocument::fromJson(all).object();
        QCOMPARE(every.value(QLatin1String("journals")).toArray().size(), model->rowCount());

        // No secret of the namespace anywhere: not in the list, not in either file.
        QString shown;
        for (int r = 0; r < model->rowCount(); ++r) {
            for (int c = 0; c < model->columnCount(); ++c)
                shown += model->index(r, c).data().toString() + model->index(r, c).data(Qt::ToolTipRole).toString();
        }
        int secrets = 0;
        for (const QJsonObject &secret : m_fleet->apiServer()->store().list(QStringLiteral("secrets"), kNamespace)) {
            const QJsonObject data = secret.value(QLatin1String("data")).toObject();
            for (auto it = data.constBegin(); it != data.constEnd(); ++it) {
                const QByteArray value = QByteArray::fromBase64(it.value().toString().toLatin1());
                if (value.size() < 12 || value.contains('\n'))
                    continue; // passwords, not certificates (whose PEM armour is common text)
                ++secrets;
                QVERIFY2(!shown.contains(QString::fromUtf8(value)), qPrintable(it.key()));
                QVERIFY2(!one.contains(value) && !all.contains(value), qPrintable(it.key()));
            }
        }
        QVERIFY2(secrets > 0, "the namespace has passwords to look for");
        dialog->reject();
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Demo::DemoFleet> m_fleet;
};

QTEST_MAIN(TestConsoleActions)
#include "testconsoleactions.moc"
