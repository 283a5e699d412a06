// SPDX-License-Identifier: GPL-3.0-or-later
// The models behind the compliance matrix, the certificates view and the checklist, over a hand-built scan.
#include "certificatesmodel.h"
#include "checklistmodel.h"
#include "compliancematrixmodel.h"
#include "consolefixtures.h"
#include "core/translations.h"

#include <QAbstractItemModelTester>
#include <QTest>

class TestConsoleViewModels final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(Core::installTranslations(QStringLiteral("en")));
        m_snapshot = ConsoleFixtures::snapshot();
        m_audit = ConsoleFixtures::audit(m_snapshot);
        QVERIFY2(m_audit->complianceError.isEmpty(), qPrintable(m_audit->complianceError));
        QVERIFY(!m_audit->compliance.rows().isEmpty());
    }

    void complianceMatrixHasACellPerControlAndDatastore()
    {
        ComplianceMatrixModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setAudit(m_audit);
        const QList<Audit::ComplianceRow> &rows = m_audit->compliance.rows();
        QCOMPARE(model.controlCount(), int(rows.size()));
        // The datastores across (the fleet scope of fleet-wide rules included), after the control and fleet columns.
        QVERIFY(model.datastores().contains(QStringLiteral("auth-db")));
        QVERIFY(model.datastores().contains(QStringLiteral("redis")));
        QCOMPARE(model.columnCount(), ComplianceMatrixModel::FirstDatastoreColumn + int(model.datastores().size()));
        QCOMPARE(model.headerData(ComplianceMatrixModel::FirstDatastoreColumn, Qt::Horizontal).toString(),
                 model.datastores().constFirst());

        int cells = 0;
        for (int g = 0; g < model.rowCount(); ++g) {
            const QModelIndex group = model.index(g, 0);
            QVERIFY(!group.data().toString().isEmpty());
            for (int r = 0; r < model.rowCount(group); ++r) {
                const QModelIndex control = model.index(r, 0, group);
                const Audit::ComplianceRow *row = model.controlRow(control);
                QVERIFY(row);
                QVERIFY(control.data().toString().startsWith(row->control));
                for (int c = ComplianceMatrixModel::FirstDatastoreColumn; c < model.columnCount(); ++c) {
                    const QModelIndex index = model.index(r, c, group);
                    const Audit::ComplianceCell *cell = model.cell(index);
                    QVERIFY(cell);
                    QCOMPARE(index.data(ComplianceMatrixModel::CellStatusRole).toInt(), int(cell->status));
                    // Never colour alone: a word always, an icon unless not applicable.
                    QVERIFY(!index.data().toString().isEmpty());
                    if (cell->status != Audit::ComplianceCell::Status::NotApplicable)
                        QVERIFY(!index.data(Qt::DecorationRole).value<QIcon>().isNull());
                    QVERIFY(index.data(Qt::ToolTipRole).toString().contains(cell->datastore));
                    ++cells;
                }
            }
        }
        QCOMPARE(cells, int(rows.size() * model.datastores().size()));
    }

    void complianceCellDrillsDownToRuleEvidence()
    {
        ComplianceMatrixModel model;
        model.setAudit(m_audit);
        const int authColumn
            = ComplianceMatrixModel::FirstDatastoreColumn + int(model.datastores().indexOf(QStringLiteral("auth-db")));
        bool found = false;
        for (int g = 0; g < model.rowCount() && !found; ++g) {
            const QModelIndex group = model.index(g, 0);
            for (int r = 0; r < model.rowCount(group) && !found; ++r) {
                const QModelIndex index = model.index(r, authColumn, group);
                const Audit::ComplianceCell *cell = model.cell(index);
                if (!cell || cell->evidence.isEmpty())
                    continue;
                const QList<ComplianceMatrixModel::RuleEvidence> evidence = model.ruleEvidence(index);
                QVERIFY(!evidence.isEmpty());
                for (const auto &e : evidence) {
                    QCOMPARE(e.datastore, QStringLiteral("auth-db"));
                    QVERIFY(model.ruleIds(index).contains(e.ruleId));
                    QVERIFY(!e.title.isEmpty());
                    QVERIFY(e.observedAt.isValid());
                }
                found = true;
            }
        }
        QVERIFY(found);
    }

    void drillDownWordsPassingRulesAsPassing()
    {
        // Rule titles name the problem a rule looks for ("TLS is off"): a passing rule must not read like one.
        ComplianceMatrixModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setAudit(m_audit);
        int passes = 0;
        int failures = 0;
        for (int g = 0; g < model.rowCount(); ++g) {
            const QModelIndex group = model.index(g, 0);
            for (int r = 0; r < model.rowCount(group); ++r) {
                for (int c = ComplianceMatrixModel::FirstDatastoreColumn; c < model.columnCount(); ++c) {
                    for (const auto &e : model.ruleEvidence(model.index(r, c, group))) {
                        QVERIFY(!e.statement.isEmpty());
                        if (e.status == u"pass") {
                            ++passes;
                            QVERIFY2(e.statement != e.title, qPrintable(e.statement));
                            QVERIFY2(e.statement.contains(QStringLiteral("not found")), qPrintable(e.statement));
                            QVERIFY2(e.statement.contains(e.title), qPrintable(e.statement));
                            QVERIFY2(e.severity.endsWith(QStringLiteral("if it failed")), qPrintable(e.severity));
                            QVERIFY(e.remediation.isEmpty());
                        } else if (e.status == u"fail") {
                            ++failures;
                            QCOMPARE(e.statement, e.title);
                            QVERIFY(!e.severity.contains(QStringLiteral("if it failed")));
                        } else if (e.status == u"not-assessed") {
                            QVERIFY2(e.statement.startsWith(QStringLiteral("Could not check")), qPrintable(e.statement));
                        }
                    }
                }
            }
        }
        QVERIFY(passes > 0);
        QVERIFY(failures > 0);
        QCOMPARE(ComplianceMatrixModel::outcomeStatement(QStringLiteral("TLS is off"), Audit::Outcome::Status::Pass),
                 QStringLiteral("Checked for “TLS is off”: not found"));
        QCOMPARE(ComplianceMatrixModel::outcomeStatement(QStringLiteral("TLS is off"), Audit::Outcome::Status::Fail),
                 QStringLiteral("TLS is off"));
    }

    void checklistFoldsLikeTheMatrix_data()
    {
        using S = ChecklistItem::Status;
        QTest::addColumn<QList<S>>("statuses");
        QTest::addColumn<S>("expected");
        QTest::newRow("nothing") << QList<S> {} << S::NotApplicable;
        QTest::newRow("only n/a") << QList<S> { S::NotApplicable, S::NotApplicable } << S::NotApplicable;
        QTest::newRow("all pass") << QList<S> { S::Pass, S::NotApplicable, S::Pass } << S::Pass;
        QTest::newRow("one fails") << QList<S> { S::Pass, S::Fail, S::NotAssessed } << S::Fail;
        QTest::newRow("none assessed") << QList<S> { S::NotAssessed, S::NotAssessed } << S::NotAssessed;
        QTest::newRow("pass and unknown") << QList<S> { S::Pass, S::NotAssessed } << S::Partial;
        QTest::newRow("partial inside") << QList<S> { S::Pass, S::Partial } << S::Partial;
    }

    void checklistFoldsLikeTheMatrix()
    {
        // One fold for the checklist and the compliance matrix: the same statuses give the same verdict.
        QFETCH(QList<ChecklistItem::Status>, statuses);
        QFETCH(ChecklistItem::Status, expected);
        QCOMPARE(ChecklistItem::fold(statuses), expected);
        QList<Audit::ComplianceCell> cells;
        QList<ChecklistItem::Result> results;
        for (const ChecklistItem::Status status : statuses) {
            Audit::ComplianceCell cell;
            cell.status = status;
            cells << cell;
            ChecklistItem::Result result;
            result.status = status;
            results << result;
        }
        QCOMPARE(Audit::ComplianceMatrix::summarize(cells), expected);
        QCOMPARE(ChecklistItem::summarize(results), expected);
    }

    void certificatesAreDistinctAndSortedByExpiry()
    {
        CertificatesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCertificates(CertificatesModel::collect(m_snapshot.datastores));
        // Three served leaves and one CA shared by all.
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.certificate(0)->info.daysLeft, 45);
        QCOMPARE(model.index(0, CertificatesModel::DatastoresColumn).data().toString(), QStringLiteral("orders-db"));
        QCOMPARE(model.index(0, CertificatesModel::StatusColumn).data().toString(), QStringLiteral("renew now"));
        QCOMPARE(model.index(0, CertificatesModel::StatusColumn).data(CertificatesModel::StatusRole).toInt(),
                 int(StatusIcons::Status::Warning));
        QVERIFY(
            model.index(0, CertificatesModel::DaysLeftColumn).data().toString().startsWith(QStringLiteral("45 day")));
        const CertificateEntry *ca = model.certificate(3);
        QVERIFY(ca->authority);
        QCOMPARE(ca->datastores.size(), 3);
        QVERIFY(model.index(3, CertificatesModel::RoleColumn).data().toString().startsWith(QStringLiteral("CA")));
        QCOMPARE(model.index(2, CertificatesModel::StatusColumn).data().toString(), QStringLiteral("valid"));
        QVERIFY(!model.index(0, CertificatesModel::StatusColumn).data(Qt::DecorationRole).value<QIcon>().isNull());
    }

    void checklistItemsComeFromTheScan()
    {
        ChecklistModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshot(m_snapshot, m_audit);
        QCOMPARE(model.rowCount(), 11); // backup-tested included
        using S = ChecklistItem::Status;
        QCOMPARE(model.item(QStringLiteral("pods"))->status, S::Pass);
        QCOMPARE(model.item(QStringLiteral("pvcs"))->status, S::Pass);
        QCOMPARE(model.item(QStringLiteral("tls-mounted"))->status, S::Pass);
        QCOMPARE(model.item(QStringLiteral("pg-tls"))->results.size(), 2);
        QCOMPARE(model.item(QStringLiteral("redis-tls"))->results.size(), 1);
        QCOMPARE(model.item(QStringLiteral("pgcrypto"))->status, S::Pass);
        QCOMPARE(model.item(QStringLiteral("passwords"))->status, S::Pass);
        // orders-db logs neither connections nor durations.
        const ChecklistItem *audit = model.item(QStringLiteral("audit-logs"));
        QCOMPARE(audit->status, S::Fail);
        QCOMPARE(audit->failing(), QStringList { QStringLiteral("orders-db") });
        // No log evidence yet: not assessed, until a log pane reports what it read.
        QCOMPARE(model.item(QStringLiteral("log-tls-errors"))->status, S::NotAssessed);
        model.setLogScan(QStringLiteral("auth-db"), LogScan { 200, {}, ConsoleFixtures::kTakenAt });
        QCOMPARE(model.item(QStringLiteral("log-tls-errors"))->status, S::Partial);
        model.setLogScan(QStringLiteral("redis"),
                         LogScan { 50,
                                   { QStringLiteral("Error accepting a client connection: tlsv1 alert") },
                                   ConsoleFixtures::kTakenAt });
        QCOMPARE(model.item(QStringLiteral("log-tls-errors"))->failing(), QStringList { QStringLiteral("redis") });

        // The item row shows status and failing datastores; its children one datastore each.
        int auditRow = -1;
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.index(row, 0).data(ChecklistModel::ItemIdRole).toString() == u"audit-logs")
                auditRow = row;
        }
        QVERIFY(auditRow >= 0);
        const QModelIndex item = model.index(auditRow, 0);
        QCOMPARE(model.index(auditRow, ChecklistModel::StatusColumn).data().toString(), QStringLiteral("fail"));
        QCOMPARE(model.index(auditRow, ChecklistModel::FailingColumn).data().toString(), QStringLiteral("orders-db"));
        QCOMPARE(model.rowCount(item), 2);
        QVERIFY(!model.index(1, ChecklistModel::EvidenceColumn, item).data().toString().isEmpty());
        // Without a scan every item is not applicable (nothing to check) and nothing breaks.
        model.setSnapshot({}, nullptr);
        QCOMPARE(model.item(QStringLiteral("pods"))->status, S::NotApplicable);
    }

private:
    Fleet::Snapshot m_snapshot;
    std::shared_ptr<const Audit::Audit> m_audit;
};

QTEST_GUILESS_MAIN(TestConsoleViewModels)
#include "testconsoleviewmodels.moc"
