// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/translations.h"
#include "fleetmodel.h"

#include "probe/tlsinspector.h"

#include <QAbstractItemModelTester>
#include <QIcon>
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

    void rowFromReport()
    {
        Fleet::DatastoreReport report;
        report.name = QStringLiteral("auth-db");
        report.kind = Fleet::Kind::PostgreSQL;
        Fleet::Datastore k8s;
        k8s.name = report.name;
        k8s.pods = {Fleet::PodFacts{QStringLiteral("auth-db-0"), QStringLiteral("Running"), true, 0, {}}};
        k8s.pvcs = {Fleet::PvcFacts{QStringLiteral("auth-db-data"), QStringLiteral("Bound"), QStringLiteral("1Gi"), {}, {}}};
        k8s.password = Fleet::PasswordShape{32, 4};
        report.k8s = k8s;
        Probe::TlsReport tls;
        tls.tlsEnabled = true;
        tls.verified = true;
        tls.negotiatedProtocol = QStringLiteral("TLSv1.3");
        tls.versions = {{Probe::TlsVersion::Tls1_2, Probe::VersionState::Accepted, {}},
                        {Probe::TlsVersion::Tls1_3, Probe::VersionState::Accepted, {}}};
        tls.plaintextAccepted = false;
        Probe::CertificateInfo leaf;
        leaf.subject = QStringLiteral("CN=auth-db-service");
        leaf.daysLeft = 1000;
        tls.chain = {leaf};
        report.tls = tls;
        Probe::PostgresFacts pg;
        pg.connected = true;
        pg.settings = {{QStringLiteral("log_connections"), QStringLiteral("on")},
                       {QStringLiteral("log_disconnections"), QStringLiteral("off")},
                       {QStringLiteral("password_encryption"), QStringLiteral("scram-sha-256")}};
        report.postgres = pg;

        FleetModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.upsertReport(report);
        QCOMPARE(model.rowCount(), 1);
        auto cell = [&model](int column, int role = Qt::DisplayRole) { return model.index(0, column).data(role); };
        QCOMPARE(cell(FleetModel::TlsColumn).toString(), QStringLiteral("TLSv1.3 · verified"));
        QCOMPARE(cell(FleetModel::TlsColumn, FleetModel::StatusRole).toInt(), int(FleetRow::Status::Good));
        QVERIFY(!cell(FleetModel::TlsColumn, Qt::DecorationRole).value<QIcon>().isNull());
        QCOMPARE(cell(FleetModel::PodColumn).toString(), QStringLiteral("Running"));
        QCOMPARE(cell(FleetModel::CertificateColumn).toString(), QStringLiteral("1000 days"));
        QVERIFY(cell(FleetModel::PvcColumn).toString().startsWith(QStringLiteral("Bound")));
        QCOMPARE(cell(FleetModel::AuditColumn).toString(), QStringLiteral("partial (1 of 2)"));
        QCOMPARE(cell(FleetModel::AuditColumn, FleetModel::StatusRole).toInt(), int(FleetRow::Status::Warning));
        QCOMPARE(cell(FleetModel::PersistenceColumn).toString(), QStringLiteral("on PVC"));
        QVERIFY(cell(FleetModel::AuthenticationColumn).toString().contains(QStringLiteral("32")));
        QVERIFY(cell(FleetModel::KindColumn, Qt::DecorationRole).value<QIcon>().availableSizes().isEmpty()
                || !cell(FleetModel::KindColumn, Qt::DecorationRole).value<QIcon>().isNull());

        // The audit fills findings and grade; a later probe keeps them until a new audit comes.
        Audit::Grade grade;
        grade.subject = report.name;
        grade.letter = QStringLiteral("B+");
        grade.score = 88.0;
        Audit::Finding finding;
        finding.ruleId = QStringLiteral("PG-LOG-002");
        finding.severity = Audit::Severity::Medium;
        finding.datastore = report.name;
        model.applyAudit(report.name, &grade, {finding});
        QCOMPARE(cell(FleetModel::FindingsColumn).toInt(), 1);
        QCOMPARE(cell(FleetModel::GradeColumn).toString(), QStringLiteral("B+"));
        QCOMPARE(cell(FleetModel::GradeColumn, FleetModel::SortRole).toDouble(), 88.0);
        QCOMPARE(cell(FleetModel::NameColumn, FleetModel::WorstSeverityRole).toInt(), int(Audit::Severity::Medium));
        model.upsertReport(report);
        QCOMPARE(cell(FleetModel::GradeColumn).toString(), QStringLiteral("B+"));

        // An unreachable datastore: error inline (tooltip + icon), not a dialog.
        Fleet::DatastoreReport gone;
        gone.name = QStringLiteral("gone-db");
        gone.errors = {QStringLiteral("gone-db: connect 127.0.0.1:1: connection refused")};
        model.upsertReport(gone);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(1, FleetModel::TlsColumn).data().toString(), QStringLiteral("unreachable"));
        QVERIFY(model.index(1, FleetModel::NameColumn).data(Qt::ToolTipRole).toString().contains(QStringLiteral("refused")));
        QVERIFY(!model.index(1, FleetModel::NameColumn).data(Qt::DecorationRole).value<QIcon>().isNull());
    }

    void pendingRowFromDiscovery()
    {
        Fleet::Datastore store;
        store.name = QStringLiteral("redis");
        store.kind = Fleet::Kind::Redis;
        FleetModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.upsertRow(FleetRow::fromDatastore(store));
        QCOMPARE(model.index(0, FleetModel::KindColumn).data().toString(), QStringLiteral("Redis"));
        QCOMPARE(model.index(0, FleetModel::PodColumn).data().toString(), QStringLiteral("no pod"));
        QCOMPARE(model.index(0, FleetModel::TlsColumn).data(FleetModel::StatusRole).toInt(), int(FleetRow::Status::Pending));
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
