// SPDX-License-Identifier: GPL-3.0-or-later
// Truth at a glance (#17), on a real demo fleet (the reference scenario: clients use sslmode=require, so TLS-005
// fails; log_statement=all, so PG-LOG-004 fails) in a 1024×700 window: the TLS cell is amber and the audit logging
// cell red, each naming its rule; the grade cell is tinted by its letter; Findings and Grade are on screen and the
// reference fleet's 15 rows would fit; the filter matches rule ids and says when nothing matches, and the selection
// comes back; the grade panel says "capped at B- while a High finding is open". Then the PostgreSQL server is
// killed: the Pod cell says CrashLoopBackOff with the exit code, the last facts stay greyed "as of HH:MM", and
// "1 datastore down" is in the status bar and the window title.
#include "core/translations.h"
#include "deductionsmodel.h"
#include "demo/demofleet.h"
#include "demo/localserver.h"
#include "demofixture.h"
#include "fleetmodel.h"
#include "mainwindow.h"
#include "session/fleetsession.h"
#include "views/gradepanel.h"

#include <QChartView>
#include <QDateTimeAxis>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QValueAxis>

#include <csignal>
#include <memory>
#include <sys/types.h>

namespace {

const QString kNamespace = QStringLiteral("bakery-ia");
const QString kDatastore = QStringLiteral("auth-db");

int rowOf(const QTableView *table, const QString &name)
{
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        if (table->model()->index(row, 0).data(FleetModel::NameRole).toString() == name)
            return row;
    }
    return -1;
}

} // namespace

class TestGlance final : public QObject
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

    void theTableTellsTheTruth()
    {
        MainWindow window;
        QSignalSpy audits(window.session(), &Session::FleetSession::auditReady);
        window.resize(1024, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.start({ m_fleet->kubeconfigPath(), QString(), kNamespace, QString(), false });
        QVERIFY(audits.wait(120000));
        auto *table = window.findChild<QTableView *>(QStringLiteral("fleetTableView"));
        QVERIFY(table);
        QTest::qWait(50);
        const int row = rowOf(table, kDatastore);
        QVERIFY(row >= 0);
        const FleetRow *facts = window.fleetModel()->row(kDatastore);
        const auto has = [facts](const QString &rule) {
            return std::any_of(facts->findingList.cbegin(), facts->findingList.cend(),
                               [&rule](const Audit::Finding &f) { return f.ruleId == rule; });
        };
        QVERIFY2(has(QStringLiteral("TLS-005")) && has(QStringLiteral("PG-LOG-004")), "the reference scenario changed");

        // Each fact cell shows its rules' verdict and names them.
        const QModelIndex tls = table->model()->index(row, FleetModel::TlsColumn);
        QCOMPARE(tls.data(FleetModel::StatusRole).toInt(), int(FleetRow::Status::Warning));
        QVERIFY2(tls.data(Qt::ToolTipRole).toString().contains(QStringLiteral("TLS-005")),
                 qPrintable(tls.data(Qt::ToolTipRole).toString()));
        const QModelIndex audit = table->model()->index(row, FleetModel::AuditColumn);
        QCOMPARE(audit.data(FleetModel::StatusRole).toInt(), int(FleetRow::Status::Bad));
        QVERIFY(audit.data(Qt::ToolTipRole).toString().contains(QStringLiteral("PG-LOG-004")));
        QVERIFY(table->model()->index(row, FleetModel::GradeColumn).data(Qt::BackgroundRole).isValid());
        QCOMPARE(table->textElideMode(), Qt::ElideMiddle);

        // At 1024×700: Findings and Grade on screen, and room for the reference fleet's 15 rows.
        const int viewportWidth = table->viewport()->width();
        for (const int column : { int(FleetModel::FindingsColumn), int(FleetModel::GradeColumn) }) {
            const int x = table->columnViewportPosition(column);
            QVERIFY2(x >= 0 && x + table->columnWidth(column) <= viewportWidth,
                     qPrintable(QStringLiteral("column %1 at %2+%3 of %4")
                                    .arg(column)
                                    .arg(x)
                                    .arg(table->columnWidth(column))
                                    .arg(viewportWidth)));
        }
        QVERIFY2(
            table->viewport()->height() >= 15 * table->rowHeight(0),
            qPrintable(
                QStringLiteral("%1 px for rows of %2 px").arg(table->viewport()->height()).arg(table->rowHeight(0))));

        // The grade panel says what caps the grade in words.
        const DeductionsModel *deductions = window.gradePanel()->deductionsModel();
        bool capped = false;
        for (int r = 0; r < deductions->rowCount(); ++r) {
            capped = capped
                || deductions->index(r, DeductionsModel::KindColumn).data().toString()
                    == QStringLiteral("capped at B- while a High finding is open");
        }
        QVERIFY(capped);

        // The history chart of a first scan says there is none yet, with axes too sparse to need "…".
        auto *history = window.findChild<QChartView *>(QStringLiteral("gradeHistoryChartView"));
        QVERIFY(history);
        QCOMPARE(history->chart()->title(), QStringLiteral("No history yet"));
        for (QAbstractAxis *axis : history->chart()->axes()) {
            if (auto *values = qobject_cast<QValueAxis *>(axis))
                QVERIFY(values->tickCount() <= 3);
            if (auto *dates = qobject_cast<QDateTimeAxis *>(axis))
                QVERIFY(dates->tickCount() <= 3);
        }

        // The filter: rule ids match; nothing matching says so; the selection comes back.
        table->selectRow(row);
        auto *filter = window.findChild<QLineEdit *>(QStringLiteral("filterLineEdit"));
        QVERIFY(filter);
        filter->setText(QStringLiteral("PG-LOG-004"));
        QCOMPARE(table->model()->rowCount(), 1); // Redis has no PostgreSQL logging rule
        QCOMPARE(table->model()->index(0, 0).data(FleetModel::NameRole).toString(), kDatastore);
        filter->setText(QStringLiteral("no-such-datastore"));
        auto *noMatch = window.findChild<QLabel *>(QStringLiteral("noMatchLabel"));
        QVERIFY(noMatch && noMatch->isVisible());
        QVERIFY2(noMatch->text().contains(QStringLiteral("No datastore matches")), qPrintable(noMatch->text()));
        filter->clear();
        QVERIFY(!noMatch->isVisible());
        QCOMPARE(table->currentIndex().data(FleetModel::NameRole).toString(), kDatastore);

        // The detail pane shows which Secret key each file the server reads comes from (#15 §1).
        auto *certificates = window.findChild<QTreeWidget *>(QStringLiteral("certificatesTreeWidget"));
        QVERIFY(certificates);
        QTreeWidgetItem *material = nullptr;
        for (int i = 0; i < certificates->topLevelItemCount(); ++i) {
            if (certificates->topLevelItem(i)->text(0) == QStringLiteral("Where the server's files come from"))
                material = certificates->topLevelItem(i);
        }
        QVERIFY(material);
        QCOMPARE(material->childCount(), 3);
        for (int i = 0; i < material->childCount(); ++i) {
            QTreeWidgetItem *file = material->child(i);
            QVERIFY2(file->text(1).startsWith(u'/'), qPrintable(file->text(1)));
            QCOMPARE(file->child(0)->text(0), QStringLiteral("From"));
            QVERIFY2(file->child(0)->text(1).contains(QStringLiteral("Secret")), qPrintable(file->child(0)->text(1)));
        }

        // The outage: the server dies and is not started again (the demo's CrashLoopBackOff).
        qint64 pid = 0;
        for (Demo::LocalServer *server : m_fleet->servers()) {
            if (server->name() == kDatastore)
                pid = server->pid();
        }
        QVERIFY(pid > 0);
        QCOMPARE(::kill(pid_t(pid), SIGKILL), 0);
        const auto podText
            = [&] { return table->model()->index(rowOf(table, kDatastore), FleetModel::PodColumn).data().toString(); };
        QTRY_VERIFY2_WITH_TIMEOUT(podText().startsWith(QStringLiteral("CrashLoopBackOff")), qPrintable(podText()),
                                  60000);
        QVERIFY2(podText().contains(QStringLiteral("137")), qPrintable(podText()));
        auto *down = window.findChild<QLabel *>(QStringLiteral("datastoresDownLabel"));
        QVERIFY(down);
        QTRY_VERIFY_WITH_TIMEOUT(down->isVisible(), 10000);
        // (English plurals come from proofer_en.ts: "1 datastore down" once the catalogue has this string.)
        const QRegularExpression oneDown(QStringLiteral("^✖ 1 datastore(\\(s\\))? down$"));
        QVERIFY2(oneDown.match(down->text()).hasMatch(), qPrintable(down->text()));
        QVERIFY2(window.windowTitle().startsWith(down->text().mid(2)), qPrintable(window.windowTitle()));
        // A rescan cannot reach it: the last facts stay, greyed and dated.
        QTRY_VERIFY_WITH_TIMEOUT(!window.session()->isBusy(), 60000);
        window.rescan();
        const auto tlsText
            = [&] { return table->model()->index(rowOf(table, kDatastore), FleetModel::TlsColumn).data().toString(); };
        QTRY_VERIFY2_WITH_TIMEOUT(tlsText().contains(QStringLiteral("as of")), qPrintable(tlsText()), 120000);
        QVERIFY(
            table->model()->index(rowOf(table, kDatastore), FleetModel::TlsColumn).data(Qt::ForegroundRole).isValid());
        QVERIFY(down->isVisible());
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Demo::DemoFleet> m_fleet;
};

QTEST_MAIN(TestGlance)
#include "testglance.moc"
