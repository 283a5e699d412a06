// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/translations.h"
#include "fleetmodel.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTest>

namespace {
FleetRow row(const QString &name, int daysLeft, bool known = true)
{
    FleetRow r;
    r.name = name;
    r.certificateDaysLeft = daysLeft;
    r.certificateKnown = known;
    r.findings = daysLeft < 0 ? 3 : 0;
    return r;
}
} // namespace

class TestFleetModel final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // English plurals ("3 days") come from proofer_en.qm.
        QVERIFY(Core::installTranslations(QStringLiteral("en")));
    }

    void columnsAndHeaders()
    {
        FleetModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.columnCount(), int(FleetModel::ColumnCount));
        QCOMPARE(model.rowCount(), 0);
        QStringList headers;
        for (int c = 0; c < model.columnCount(); ++c)
            headers << model.headerData(c, Qt::Horizontal).toString();
        QCOMPARE(headers, (QStringList{QStringLiteral("Kind"), QStringLiteral("Name"), QStringLiteral("Pod"),
                                       QStringLiteral("TLS"), QStringLiteral("Certificate"), QStringLiteral("PVC"),
                                       QStringLiteral("Authentication"), QStringLiteral("Audit logging"),
                                       QStringLiteral("Persistence"), QStringLiteral("Findings"),
                                       QStringLiteral("Grade")}));
    }

    void rowsLandAndUpdate()
    {
        FleetModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.upsertRow(row(QStringLiteral("auth-db"), 400));
        model.upsertRow(row(QStringLiteral("orders-db"), -3));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(1, FleetModel::CertificateColumn).data().toString(), QStringLiteral("expired 3 days ago"));
        QCOMPARE(model.index(0, FleetModel::CertificateColumn).data().toString(), QStringLiteral("400 days"));

        // A later probe for the same datastore replaces its row in place.
        FleetRow renewed = row(QStringLiteral("orders-db"), 1095);
        model.upsertRow(renewed);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(1, FleetModel::FindingsColumn).data().toInt(), 0);

        model.setRows({row(QStringLiteral("redis"), 10, false)});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, FleetModel::CertificateColumn).data().toString(), QStringLiteral("unknown"));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void sortsByDaysNotText()
    {
        FleetModel model;
        model.setRows({row(QStringLiteral("a"), 100), row(QStringLiteral("b"), 9), row(QStringLiteral("c"), -2),
                       row(QStringLiteral("d"), 0, false)});
        QSortFilterProxyModel proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.setSortRole(FleetModel::SortRole);
        proxy.sort(FleetModel::CertificateColumn);
        QStringList order;
        for (int r = 0; r < proxy.rowCount(); ++r)
            order << proxy.index(r, FleetModel::NameColumn).data().toString();
        QCOMPARE(order, (QStringList{QStringLiteral("c"), QStringLiteral("b"), QStringLiteral("a"), QStringLiteral("d")}));
    }
};

QTEST_GUILESS_MAIN(TestFleetModel)
#include "testfleetmodel.moc"
