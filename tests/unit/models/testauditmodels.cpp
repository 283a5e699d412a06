// SPDX-License-Identifier: GPL-3.0-or-later
// FindingsModel (with the what-if check boxes), DeductionsModel and the fleet filter.
#include "core/translations.h"
#include "deductionsmodel.h"
#include "findingsmodel.h"
#include "fleetfiltermodel.h"
#include "fleetmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

namespace {
Audit::Finding finding(const QString &rule, const QString &datastore, Audit::Severity severity)
{
    Audit::Finding f;
    f.ruleId = rule;
    f.datastore = datastore;
    f.severity = severity;
    f.title = rule + QStringLiteral(" title");
    f.remediation = QStringLiteral("kubectl -n bakery-ia rollout restart deployment/") + datastore;
    return f;
}
} // namespace

class TestAuditModels final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(Core::installTranslations(QStringLiteral("en"))); }

    void findingsAreCheckableForWhatIf()
    {
        FindingsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFindings({ finding(QStringLiteral("TLS-001"), QStringLiteral("legacy-db"), Audit::Severity::Critical),
                            finding(QStringLiteral("PG-LOG-004"), QStringLiteral("auth-db"), Audit::Severity::Low) });
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, FindingsModel::SeverityColumn).data().toString(), QStringLiteral("Critical"));
        QCOMPARE(model.index(0, FindingsModel::RuleColumn).data().toString(), QStringLiteral("TLS-001"));
        QVERIFY(model.index(1, 0).data(FindingsModel::RemediationRole).toString().contains(QStringLiteral("auth-db")));
        QVERIFY(!model.index(0, 0).data(Qt::CheckStateRole).isValid());
        QVERIFY(!model.setData(model.index(0, 0), Qt::Checked, Qt::CheckStateRole));

        model.setCheckable(true);
        QSignalSpy spy(&model, &FindingsModel::checkedKeysChanged);
        QCOMPARE(model.index(0, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        QVERIFY(model.flags(model.index(0, 0)).testFlag(Qt::ItemIsUserCheckable));
        QVERIFY(model.setData(model.index(0, 0), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(model.checkedKeys(), (QSet<QString> { QStringLiteral("TLS-001@legacy-db") }));
        // A new scan keeps the ticks of findings still open and drops the others.
        model.setFindings({ finding(QStringLiteral("PG-LOG-004"), QStringLiteral("auth-db"), Audit::Severity::Low) });
        QVERIFY(model.checkedKeys().isEmpty());
    }

    void deductionsShowPoints()
    {
        DeductionsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Audit::Deduction failure { QStringLiteral("TLS-001"), QStringLiteral("legacy-db"), Audit::Severity::Critical,
                                   12.5, Audit::Deduction::Kind::Failure };
        Audit::Deduction cap { QStringLiteral("TLS-001"), QString(), Audit::Severity::Critical, 4.0,
                               Audit::Deduction::Kind::FleetCap };
        model.setDeductions({ failure, cap });
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, DeductionsModel::DatastoreColumn).data().toString(), QStringLiteral("legacy-db"));
        QCOMPARE(model.index(1, DeductionsModel::DatastoreColumn).data().toString(), QStringLiteral("fleet"));
        QCOMPARE(model.index(1, DeductionsModel::KindColumn).data().toString(), QStringLiteral("fleet capped at B- while a Critical finding is open"));
        QCOMPARE(model.index(0, DeductionsModel::PointsColumn).data().toString(), QStringLiteral("−12.5"));
        QCOMPARE(model.index(0, DeductionsModel::PointsColumn).data(DeductionsModel::SortRole).toDouble(), 12.5);
        QCOMPARE(model.totalPoints(), 16.5);
    }

    void filterByTextKindAndSeverity()
    {
        FleetModel fleet;
        FleetRow auth;
        auth.name = QStringLiteral("auth-db");
        auth.applyAudit(nullptr, { finding(QStringLiteral("PG-LOG-004"), auth.name, Audit::Severity::Low) });
        FleetRow legacy;
        legacy.name = QStringLiteral("legacy-db");
        legacy.applyAudit(nullptr, { finding(QStringLiteral("TLS-001"), legacy.name, Audit::Severity::Critical) });
        FleetRow redis;
        redis.name = QStringLiteral("redis");
        redis.kind = FleetRow::Kind::Redis;
        fleet.setRows({ auth, legacy, redis });

        FleetFilterModel filter;
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setSourceModel(&fleet);
        auto names = [&filter] {
            QStringList list;
            for (int r = 0; r < filter.rowCount(); ++r)
                list << filter.index(r, FleetModel::NameColumn).data().toString();
            return list;
        };
        QCOMPARE(names().size(), 3);
        filter.setText(QStringLiteral("DB"));
        QCOMPARE(names(), (QStringList { QStringLiteral("auth-db"), QStringLiteral("legacy-db") }));
        filter.setText({});
        filter.setKind(FleetRow::Kind::Redis);
        QCOMPARE(names(), QStringList { QStringLiteral("redis") });
        filter.setKind(std::nullopt);
        filter.setMinimumSeverity(Audit::Severity::High);
        QCOMPARE(names(), QStringList { QStringLiteral("legacy-db") });
        filter.setMinimumSeverity(Audit::Severity::Low);
        QCOMPARE(names().size(), 2);
        filter.setMinimumSeverity(std::nullopt);
        QCOMPARE(names().size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestAuditModels)
#include "testauditmodels.moc"
