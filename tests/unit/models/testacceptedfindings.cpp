// SPDX-License-Identifier: GPL-3.0-or-later
// A finding an accepted risk of the policy covers, in the console's models, as the CLI and Audit::Grader count it:
// shown as accepted (a stamp, a tint, the justification in the tooltip), not counted as open in the fleet table's
// Findings, not colouring a fact cell, not tickable in the what-if; an expired acceptance is open again and says so.
#include "consolefixtures.h"
#include "core/translations.h"
#include "findingsmodel.h"
#include "fleetmodel.h"
#include "statusicons.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QIcon>
#include <QImage>
#include <QPixmap>
#include <QTest>

namespace {

const QString kJustification = QStringLiteral("Audit logging moves to pgaudit next quarter (CHG-1234)");

/** The fixtures' fleet graded with a policy that accepts @p rule on orders-db until @p expires. */
std::shared_ptr<const Audit::Audit> auditAccepting(const Fleet::Snapshot &snapshot, const QString &rule,
                                                   const QDate &expires)
{
    Audit::Policy policy;
    policy.path = QStringLiteral("/srv/policy.yaml");
    policy.acceptedRisks = { { rule, QStringLiteral("orders*"), kJustification, QStringLiteral("Jane Doe (CISO)"),
                               expires, 7 } };
    return std::make_shared<const Audit::Audit>(
        Audit::auditSnapshot(snapshot, Audit::ComplianceCatalog::defaultDirectory(), false, policy));
}

} // namespace

class TestAcceptedFindings final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(Core::installTranslations(QStringLiteral("en")));
        m_snapshot = ConsoleFixtures::snapshot();
        const auto plain = ConsoleFixtures::audit(m_snapshot);
        // An audit-logging finding of orders-db (its logging is off in the fixture): the one accepted below.
        for (const Audit::Finding &finding : plain->findings) {
            if (finding.datastore == u"orders-db" && finding.ruleId.startsWith(u"PG-LOG-"))
                m_rule = finding.ruleId;
        }
        QVERIFY(!m_rule.isEmpty());
        m_openBefore = 0;
        for (const Audit::Finding &finding : plain->findings)
            m_openBefore += finding.datastore == u"orders-db" ? 1 : 0;
    }

    void fleetTableCountsOnlyTheOpen_data()
    {
        QTest::addColumn<QDate>("expires");
        QTest::addColumn<bool>("active");
        QTest::newRow("active") << QDate(2099, 1, 1) << true;
        QTest::newRow("expired") << QDate(2001, 1, 1) << false;
    }

    void fleetTableCountsOnlyTheOpen()
    {
        QFETCH(QDate, expires);
        QFETCH(bool, active);
        const auto audit = auditAccepting(m_snapshot, m_rule, expires);
        FleetModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (const Fleet::DatastoreReport &report : m_snapshot.datastores)
            model.upsertReport(report);
        model.applyAudit(audit->grade, audit->findings);
        const int row = model.rowOf(QStringLiteral("orders-db"));
        QVERIFY(row >= 0);
        const QModelIndex findings = model.index(row, FleetModel::FindingsColumn);
        const QString tip = findings.data(Qt::ToolTipRole).toString();
        // The grade agrees: the orders-db grade counts the accepted check apart (Grade::accepted).
        const Audit::Grade *grade = audit->grade.datastore(QStringLiteral("orders-db"));
        QVERIFY(grade);
        if (active) {
            QCOMPARE(findings.data().toInt(), m_openBefore - 1);
            QCOMPARE(findings.data(FleetModel::AcceptedCountRole).toInt(), 1);
            QVERIFY2(tip.contains(kJustification) && tip.contains(QStringLiteral("1 accepted by the policy")),
                     qPrintable(tip));
            QCOMPARE(grade->accepted, 1);
            int counted = 0;
            for (const int n : grade->counts)
                counted += n;
            QCOMPARE(counted, findings.data().toInt());
            // The audit-logging cell names it as accepted, and it alone does not make the cell red.
            const QString audited = model.index(row, FleetModel::AuditColumn).data(Qt::ToolTipRole).toString();
            QVERIFY2(audited.contains(QStringLiteral("≈ %1").arg(m_rule)) && audited.contains(QStringLiteral("accepted")),
                     qPrintable(audited));
            QVERIFY2(!audited.contains(QStringLiteral("✗ %1").arg(m_rule)), qPrintable(audited));
        } else {
            QCOMPARE(findings.data().toInt(), m_openBefore);
            QCOMPARE(findings.data(FleetModel::AcceptedCountRole).toInt(), 0);
            QVERIFY2(!tip.contains(QStringLiteral("accepted by the policy")), qPrintable(tip));
            QCOMPARE(grade->accepted, 0);
        }
    }

    void nothingOpenShowsTheStampNotATick()
    {
        // Every finding of orders-db accepted: the Findings cell says 0 with the accepted stamp, not a plain pass.
        const auto plain = ConsoleFixtures::audit(m_snapshot);
        Audit::Policy policy;
        for (const Audit::Finding &finding : plain->findings) {
            if (finding.datastore == u"orders-db")
                policy.acceptedRisks << Audit::AcceptedRisk { finding.ruleId, QStringLiteral("orders-db"), kJustification,
                                                              QStringLiteral("Jane"), QDate(2099, 1, 1), 0 };
        }
        const auto audit = std::make_shared<const Audit::Audit>(
            Audit::auditSnapshot(m_snapshot, Audit::ComplianceCatalog::defaultDirectory(), false, policy));
        FleetModel model;
        for (const Fleet::DatastoreReport &report : m_snapshot.datastores)
            model.upsertReport(report);
        model.applyAudit(audit->grade, audit->findings);
        const QModelIndex findings = model.index(model.rowOf(QStringLiteral("orders-db")), FleetModel::FindingsColumn);
        QCOMPARE(findings.data().toInt(), 0);
        QCOMPARE(findings.data(FleetModel::AcceptedCountRole).toInt(), m_openBefore);
        QCOMPARE(findings.data(FleetModel::WorstSeverityRole).toInt(), -1);
        const QIcon stamp = StatusIcons::acceptedIcon();
        const QIcon shown = findings.data(Qt::DecorationRole).value<QIcon>();
        QVERIFY(!shown.isNull());
        QCOMPARE(shown.pixmap(16, 16).toImage(), stamp.pixmap(16, 16).toImage());
        QVERIFY(shown.pixmap(16, 16).toImage() != StatusIcons::statusIcon(StatusIcons::Status::Good).pixmap(16, 16).toImage());
    }

    void findingsListShowsItAsAcceptedAndWhatIfCannotTickIt()
    {
        const auto audit = auditAccepting(m_snapshot, m_rule, QDate(2099, 1, 1));
        FindingsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCheckable(true);
        model.setFindings(audit->findings);
        int acceptedRow = -1;
        for (int r = 0; r < model.rowCount(); ++r) {
            if (model.index(r, 0).data(FindingsModel::AcceptedRole).toBool())
                acceptedRow = r;
        }
        QVERIFY(acceptedRow >= 0);
        const QModelIndex accepted = model.index(acceptedRow, FindingsModel::SeverityColumn);
        QCOMPARE(model.index(acceptedRow, FindingsModel::RuleColumn).data().toString(), m_rule);
        QVERIFY2(accepted.data().toString().endsWith(QStringLiteral("· accepted")), qPrintable(accepted.data().toString()));
        QVERIFY2(accepted.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Accepted until 2099-01-01 by Jane Doe "
                                                                                   "(CISO): ") + kJustification),
                 qPrintable(accepted.data(Qt::ToolTipRole).toString()));
        QCOMPARE(accepted.data(Qt::ForegroundRole).value<QBrush>().color(), StatusIcons::acceptedColor());
        QCOMPARE(accepted.data(Qt::DecorationRole).value<QIcon>().pixmap(16, 16).toImage(),
                 StatusIcons::acceptedIcon().pixmap(16, 16).toImage());
        // Not tickable: it costs no points already.
        QVERIFY(!accepted.data(Qt::CheckStateRole).isValid());
        QVERIFY(!model.flags(accepted).testFlag(Qt::ItemIsUserCheckable));
        QVERIFY(!model.setData(accepted, Qt::Checked, Qt::CheckStateRole));
        QVERIFY(model.checkedKeys().isEmpty());
        // The open ones are.
        const QModelIndex open = model.index(acceptedRow == 0 ? 1 : 0, FindingsModel::SeverityColumn);
        QVERIFY(model.setData(open, Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(model.checkedKeys().size(), 1);

        // Expired: open again, and the tooltip says the acceptance expired.
        model.setFindings(auditAccepting(m_snapshot, m_rule, QDate(2001, 1, 1))->findings);
        bool sawExpired = false;
        for (int r = 0; r < model.rowCount(); ++r) {
            const QModelIndex index = model.index(r, 0);
            QVERIFY(!index.data(FindingsModel::AcceptedRole).toBool());
            if (index.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Acceptance expired on 2001-01-01")))
                sawExpired = model.flags(index).testFlag(Qt::ItemIsUserCheckable);
        }
        QVERIFY(sawExpired);
    }

private:
    Fleet::Snapshot m_snapshot;
    QString m_rule;
    int m_openBefore = 0;
};

QTEST_MAIN(TestAcceptedFindings)
#include "testacceptedfindings.moc"
