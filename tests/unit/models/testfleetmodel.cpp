// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/translations.h"
#include "fleetfiltermodel.h"
#include "fleetmodel.h"

#include "probe/tlsinspector.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QLocale>
#include <QSet>
#include <QIcon>
#include <QSortFilterProxyModel>
#include <QTest>

namespace {
/** A healthy PostgreSQL as a probe sees it: TLS 1.3 verified, scram, logging on, a Bound PVC. */
Fleet::DatastoreReport healthyReport(const QString &name)
{
    Fleet::DatastoreReport report;
    report.name = name;
    report.kind = Fleet::Kind::PostgreSQL;
    report.observedAt = QDateTime(QDate(2026, 12, 7), QTime(20, 41), Qt::UTC);
    Fleet::Datastore k8s;
    k8s.name = name;
    k8s.pods = {Fleet::PodFacts{name + QStringLiteral("-0"), QStringLiteral("Running"), true, 0, {}}};
    k8s.pvcs = {Fleet::PvcFacts{name + QStringLiteral("-data"), QStringLiteral("Bound"), QStringLiteral("2Gi"), {}, {}}};
    k8s.password = Fleet::PasswordShape{32, 4};
    report.k8s = k8s;
    Probe::TlsReport tls;
    tls.tlsEnabled = true;
    tls.verified = true;
    tls.negotiatedProtocol = QStringLiteral("TLSv1.3");
    tls.versions = {{Probe::TlsVersion::Tls1_3, Probe::VersionState::Accepted, {}}};
    tls.plaintextAccepted = false;
    report.tls = tls;
    Probe::PostgresFacts pg;
    pg.connected = true;
    pg.settings = {{QStringLiteral("password_encryption"), QStringLiteral("scram-sha-256")},
                   {QStringLiteral("log_connections"), QStringLiteral("on")},
                   {QStringLiteral("log_disconnections"), QStringLiteral("on")},
                   {QStringLiteral("log_duration"), QStringLiteral("on")}};
    report.postgres = pg;
    return report;
}

Audit::Finding finding(const QString &datastore, const QString &rule, Audit::Severity severity, const QString &title)
{
    Audit::Finding f;
    f.datastore = datastore;
    f.ruleId = rule;
    f.severity = severity;
    f.title = title;
    return f;
}

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

    void factCellsFollowTheirRules_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<int>("severity");
        QTest::addColumn<QList<int>>("columns");
        QTest::addColumn<int>("status");
        using S = Audit::Severity;
        using F = FleetModel;
        const int amber = int(FleetRow::Status::Warning);
        const int red = int(FleetRow::Status::Bad);
        // The TLS column shows the server's TLS: what clients do with it is a caveat, amber even when High.
        QTest::newRow("clients do not verify: TLS amber") << "TLS-005" << int(S::High) << QList<int>{F::TlsColumn} << amber;
        QTest::newRow("plaintext accepted: TLS amber") << "TLS-002" << int(S::High) << QList<int>{F::TlsColumn} << amber;
        QTest::newRow("log_statement=all: audit red") << "PG-LOG-004" << int(S::High) << QList<int>{F::AuditColumn} << red;
        QTest::newRow("pgcrypto missing: audit amber") << "PG-LOG-005" << int(S::Medium) << QList<int>{F::AuditColumn} << amber;
        QTest::newRow("md5: authentication amber") << "PG-AUTH-003" << int(S::Medium)
                                                   << QList<int>{F::AuthenticationColumn} << amber;
        QTest::newRow("trust: authentication red") << "PG-AUTH-001" << int(S::Critical)
                                                   << QList<int>{F::AuthenticationColumn} << red;
        QTest::newRow("shared password: authentication red") << "SECRET-004" << int(S::High)
                                                             << QList<int>{F::AuthenticationColumn} << red;
        QTest::newRow("no bound claim: PVC and persistence red") << "PERSIST-001" << int(S::Critical)
                                                                 << QList<int>{F::PvcColumn, F::PersistenceColumn} << red;
    }

    void factCellsFollowTheirRules()
    {
        QFETCH(QString, rule);
        QFETCH(int, severity);
        QFETCH(QList<int>, columns);
        QFETCH(int, status);
        FleetModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const Fleet::DatastoreReport report = healthyReport(QStringLiteral("auth-db"));
        model.upsertReport(report);
        Audit::Grade grade;
        grade.letter = QStringLiteral("B-");
        grade.score = 82.0;
        // Before the audit, the facts alone: every one of these cells is good.
        for (const int column : columns)
            QCOMPARE(model.index(0, column).data(FleetModel::StatusRole).toInt(), int(FleetRow::Status::Good));
        model.applyAudit(report.name, &grade,
                         {finding(report.name, rule, Audit::Severity(severity), QStringLiteral("the rule's title"))});
        for (const int column : columns) {
            const QModelIndex cell = model.index(0, column);
            QCOMPARE(cell.data(FleetModel::StatusRole).toInt(), status);
            const QString tip = cell.data(Qt::ToolTipRole).toString();
            QVERIFY2(tip.contains(rule) && tip.contains(QStringLiteral("the rule's title")), qPrintable(tip));
        }
        // Applying the same audit again changes nothing (the facts' own status is kept apart).
        model.applyAudit(report.name, &grade,
                         {finding(report.name, rule, Audit::Severity(severity), QStringLiteral("the rule's title"))});
        QCOMPARE(model.index(0, columns.constFirst()).data(FleetModel::StatusRole).toInt(), status);
        // The area's other cells stay as their facts say, and name the rules that found nothing.
        const int other = columns.contains(FleetModel::TlsColumn) ? int(FleetModel::AuditColumn) : int(FleetModel::TlsColumn);
        QCOMPARE(model.index(0, other).data(FleetModel::StatusRole).toInt(), int(FleetRow::Status::Good));
        QVERIFY2(model.index(0, other).data(Qt::ToolTipRole).toString().contains(QStringLiteral("No finding from")),
                 qPrintable(model.index(0, other).data(Qt::ToolTipRole).toString()));
    }

    void gradeCellColouredByLetter()
    {
        FleetModel model;
        QStringList letters = {QStringLiteral("A+"), QStringLiteral("B-"), QStringLiteral("C"), QStringLiteral("D"),
                               QStringLiteral("F")};
        for (const QString &letter : letters) {
            FleetRow r = row(letter, 100);
            Audit::Grade grade;
            grade.letter = letter;
            grade.score = 50.0;
            r.applyAudit(&grade, {});
            model.upsertRow(r);
        }
        QSet<QRgb> colours;
        for (int r = 0; r < model.rowCount(); ++r) {
            const QVariant background = model.index(r, FleetModel::GradeColumn).data(Qt::BackgroundRole);
            QVERIFY2(background.isValid(), qPrintable(letters.at(r)));
            colours.insert(background.value<QBrush>().color().rgb());
        }
        QCOMPARE(colours.size(), letters.size());
        QVERIFY(!model.index(0, FleetModel::NameColumn).data(Qt::BackgroundRole).isValid());
    }

    void outageIsUnmissable()
    {
        FleetModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Fleet::DatastoreReport report = healthyReport(QStringLiteral("orders-db"));
        model.upsertReport(report);
        const QString tlsBefore = model.index(0, FleetModel::TlsColumn).data().toString();

        // The pod crashes (the kubelet says CrashLoopBackOff, last exit 137 OOMKilled) and the probe cannot reach it.
        Fleet::DatastoreReport down;
        down.name = report.name;
        down.kind = report.kind;
        down.observedAt = report.observedAt.addSecs(600);
        down.errors = {QStringLiteral("orders-db: connect: connection refused")};
        Fleet::Datastore k8s = *report.k8s;
        k8s.pods.first().ready = false;
        k8s.pods.first().restarts = 1;
        k8s.pods.first().waitingReason = QStringLiteral("CrashLoopBackOff");
        k8s.pods.first().lastExitCode = 137;
        k8s.pods.first().lastTerminationReason = QStringLiteral("OOMKilled");
        down.k8s = k8s;
        QVERIFY(down.unreachable());
        model.upsertReport(down);
        const QString pod = model.index(0, FleetModel::PodColumn).data().toString();
        QVERIFY2(pod.startsWith(QStringLiteral("CrashLoopBackOff")) && pod.contains(QStringLiteral("137"))
                     && pod.contains(QStringLiteral("OOMKilled")),
                 qPrintable(pod));
        QCOMPARE(model.index(0, FleetModel::PodColumn).data(FleetModel::StatusRole).toInt(), int(FleetRow::Status::Bad));
        // The last facts stay, greyed and dated "as of HH:MM" (local time of the last observation).
        const QString asOf = QLocale().toString(report.observedAt.toLocalTime().time(), QLocale::ShortFormat);
        const QString tls = model.index(0, FleetModel::TlsColumn).data().toString();
        QVERIFY2(tls.startsWith(tlsBefore) && tls.contains(QStringLiteral("as of ") + asOf), qPrintable(tls));
        QVERIFY(model.index(0, FleetModel::AuditColumn).data().toString().contains(QStringLiteral("as of")));
        QVERIFY(model.index(0, FleetModel::TlsColumn).data(Qt::ForegroundRole).isValid());
        QVERIFY(model.index(0, FleetModel::TlsColumn).data(Qt::ToolTipRole).toString().contains(QStringLiteral("Not reachable now")));
        // Still down at the next scan: still as of the last time it was seen, not of the failed probe.
        down.observedAt = down.observedAt.addSecs(600);
        model.upsertReport(down);
        QVERIFY(model.index(0, FleetModel::TlsColumn).data().toString().contains(QStringLiteral("as of ") + asOf));
        // Back: fresh facts, not greyed.
        model.upsertReport(report);
        QCOMPARE(model.index(0, FleetModel::TlsColumn).data().toString(), tlsBefore);
        QVERIFY(!model.index(0, FleetModel::TlsColumn).data(Qt::ForegroundRole).isValid());
    }

    void filterMatchesFindingsAndSortsStably()
    {
        FleetModel model;
        for (const QString &name : {QStringLiteral("orders-db"), QStringLiteral("auth-db"), QStringLiteral("sales-db")}) {
            FleetRow r = row(name, 100);
            Audit::Grade grade;
            grade.letter = QStringLiteral("B-");
            grade.score = 82.0;
            QList<Audit::Finding> findings;
            if (name == u"orders-db")
                findings << finding(name, QStringLiteral("TLS-005"), Audit::Severity::High,
                                    QStringLiteral("Clients use TLS without verifying the server"));
            r.applyAudit(&grade, findings);
            model.upsertRow(r);
        }
        FleetFilterModel proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        const auto names = [&proxy] {
            QStringList shown;
            for (int r = 0; r < proxy.rowCount(); ++r)
                shown << proxy.index(r, FleetModel::NameColumn).data().toString();
            return shown;
        };
        for (const QString &text : {QStringLiteral("tls-005"), QStringLiteral("High"), QStringLiteral("without verifying")}) {
            proxy.setText(text);
            QCOMPARE(names(), QStringList{QStringLiteral("orders-db")});
        }
        proxy.setText(QStringLiteral("no such thing"));
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setText(QString());
        // Equal grades: by name, whichever way the grade column is sorted.
        proxy.sort(FleetModel::GradeColumn, Qt::AscendingOrder);
        QCOMPARE(names(), (QStringList{QStringLiteral("auth-db"), QStringLiteral("orders-db"), QStringLiteral("sales-db")}));
        proxy.sort(FleetModel::GradeColumn, Qt::DescendingOrder);
        QCOMPARE(names(), (QStringList{QStringLiteral("auth-db"), QStringLiteral("orders-db"), QStringLiteral("sales-db")}));
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
