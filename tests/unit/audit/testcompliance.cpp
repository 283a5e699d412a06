// SPDX-License-Identifier: GPL-3.0-or-later
// The compliance mappings (resources/compliance/*.yaml) and the matrix built from them.
#include "auditfixtures.h"

#include "audit/compliancecatalog.h"
#include "audit/compliancematrix.h"
#include "audit/ruleset.h"
#include "mockclock.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <memory>

using namespace Audit;
using namespace AuditFixtures;
using namespace Qt::StringLiterals;
using Cell = ComplianceCell::Status;

class TestCompliance final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::MockClock> m_clock;
    ComplianceCatalog m_catalog;

    static QString directory() { return qEnvironmentVariable("PROOFER_SOURCE_DIR") + u"/resources/compliance"_s; }

private slots:
    void initTestCase()
    {
        m_clock = std::make_unique<Test::MockClock>(kNow);
        QVERIFY2(!qEnvironmentVariable("PROOFER_SOURCE_DIR").isEmpty(), "ctest sets PROOFER_SOURCE_DIR");
        QString error;
        m_catalog = ComplianceCatalog::load(directory(), &error);
        QVERIFY2(!m_catalog.isEmpty(), qPrintable(error));
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void cleanupTestCase() { m_clock.reset(); }

    void yamlIsConsistentWithTheRules()
    {
        // Every rule id named exists; every rule maps to a control or is explicitly unmapped.
        const QStringList problems = m_catalog.validate(RuleSet::ids());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QVERIFY(m_catalog.unmapped().contains(u"CERT-011"_s));
    }

    void controls_data()
    {
        QTest::addColumn<QString>("framework");
        QTest::addColumn<QString>("control");
        QTest::addColumn<QString>("rule");
        QTest::newRow("GDPR 5(1)(f)") << u"gdpr"_s << u"Art. 5(1)(f)"_s << u"TLS-001"_s;
        QTest::newRow("GDPR 25") << u"gdpr"_s << u"Art. 25"_s << u"PG-LOG-004"_s;
        QTest::newRow("GDPR 32(1)(a)") << u"gdpr"_s << u"Art. 32(1)(a)"_s << u"TLS-001"_s;
        QTest::newRow("GDPR 32(1)(b)") << u"gdpr"_s << u"Art. 32(1)(b)"_s << u"PERSIST-001"_s;
        QTest::newRow("GDPR 32(1)(d)") << u"gdpr"_s << u"Art. 32(1)(d)"_s << u"CERT-002"_s;
        QTest::newRow("GDPR 33") << u"gdpr"_s << u"Art. 33"_s << u"PG-LOG-001"_s;
        QTest::newRow("PCI 3.5 stored data") << u"pci-dss"_s << u"3.5"_s << u"PG-LOG-005"_s;
        QTest::newRow("PCI 3.6 keys") << u"pci-dss"_s << u"3.6"_s << u"PG-LOG-004"_s;
        QTest::newRow("PCI 3.7 key management") << u"pci-dss"_s << u"3.7"_s << u"SECRET-003"_s;
        QTest::newRow("PCI 4.2.1 transmission") << u"pci-dss"_s << u"4.2.1"_s << u"TLS-005"_s;
        QTest::newRow("PCI 4.2.1 trusted certificates") << u"pci-dss"_s << u"4.2.1"_s << u"CERT-001"_s;
        QTest::newRow("PCI 8.3 authentication") << u"pci-dss"_s << u"8.3"_s << u"PG-AUTH-001"_s;
        QTest::newRow("PCI 10.2 audit logs") << u"pci-dss"_s << u"10.2"_s << u"PG-LOG-001"_s;
        QTest::newRow("PCI 10.3") << u"pci-dss"_s << u"10.3"_s << u"PG-LOG-004"_s;
        QTest::newRow("SOC 2 CC6.1") << u"soc2"_s << u"CC6.1"_s << u"REDIS-AUTH-001"_s;
        QTest::newRow("SOC 2 CC6.6") << u"soc2"_s << u"CC6.6"_s << u"TLS-002"_s;
        QTest::newRow("SOC 2 CC6.7") << u"soc2"_s << u"CC6.7"_s << u"TLS-001"_s;
        QTest::newRow("SOC 2 CC7.2") << u"soc2"_s << u"CC7.2"_s << u"OPS-001"_s;
        QTest::newRow("CIS log_connections") << u"cis-postgresql"_s << u"3.1.20"_s << u"PG-LOG-001"_s;
        QTest::newRow("CIS TLS 1.0/1.1 disabled") << u"cis-postgresql"_s << u"6.9"_s << u"TLS-003"_s;
    }

    void controls()
    {
        QFETCH(QString, framework);
        QFETCH(QString, control);
        QFETCH(QString, rule);
        const Framework *fw = m_catalog.framework(framework);
        QVERIFY2(fw, qPrintable(framework));
        QVERIFY(!fw->version.isEmpty());
        const auto c = std::find_if(fw->controls.cbegin(), fw->controls.cend(),
                                    [&](const Control &x) { return x.id == control; });
        QVERIFY2(c != fw->controls.cend(), qPrintable(control));
        QVERIFY(!c->title.isEmpty());
        QVERIFY2(c->ruleIds.contains(rule), qPrintable(c->ruleIds.join(u", ")));
    }

    void pciVersionAndNoLegacyTransmissionMapping()
    {
        const Framework *pci = m_catalog.framework(u"pci-dss"_s);
        QVERIFY(pci);
        QCOMPARE(pci->version, u"4.0.1"_s);
        for (const Control &c : pci->controls) {
            // Transmission is 4.2.1 in v4; "3.4" is not a transmission control.
            QVERIFY2(c.id != u"3.4", "older material's 3.4 mapping");
            if (c.id.startsWith(u"3."))
                QVERIFY2(!c.ruleIds.contains(u"TLS-001"_s), qPrintable(c.id));
        }
    }

    void validationFindsProblems()
    {
        ComplianceCatalog broken;
        QString error;
        QVERIFY(ComplianceCatalog::parse(R"(id: x
framework: X
version: "1"
controls:
  - id: "1.1"
    title: "t"
    rules: [TLS-001, NOPE-001]
)",
                                         u"x.yaml"_s, broken, &error));
        QVERIFY(ComplianceCatalog::parse("unmapped:\n  - rule: TLS-001\n    reason: r\n", u"u.yaml"_s, broken, &error));
        const QStringList problems = broken.validate({ u"TLS-001"_s, u"TLS-002"_s });
        QVERIFY2(problems.filter(u"unknown rule NOPE-001"_s).size() == 1, qPrintable(problems.join(u'\n')));
        QVERIFY2(problems.filter(u"TLS-002 maps to no control"_s).size() == 1, qPrintable(problems.join(u'\n')));
        QVERIFY2(problems.filter(u"both mapped and listed as unmapped"_s).size() == 1,
                 qPrintable(problems.join(u'\n')));

        ComplianceCatalog bad;
        QVERIFY(!ComplianceCatalog::parse("id: x\nframework: X\ncontrols: []\n", u"bad.yaml"_s, bad, &error));
        QVERIFY(error.contains(u"bad.yaml"));
        QVERIFY(!ComplianceCatalog::parse("[unbalanced", u"broken.yaml"_s, bad, &error));
        QVERIFY(error.contains(u"broken.yaml"));
        QVERIFY(ComplianceCatalog::load(u"/nonexistent/compliance"_s, &error).isEmpty());
        QVERIFY(!error.isEmpty());
    }

    void defaultDirectoryFallsBackToTheSourceTree()
    {
        qunsetenv("PROOFER_RESOURCES_DIR");
        QCOMPARE(ComplianceCatalog::defaultDirectory(), QDir::cleanPath(directory()));
    }

    void cells_data()
    {
        QTest::addColumn<Evidence>("evidence");
        QTest::addColumn<QString>("framework");
        QTest::addColumn<QString>("control");
        QTest::addColumn<int>("expected");

        const Evidence pg = hardenedPostgres();
        QTest::newRow("hardened: 4.2.1 passes") << pg << u"pci-dss"_s << u"4.2.1"_s << int(Cell::Pass);
        QTest::newRow("sslmode=require: 4.2.1 fails") << modified(pg, [](Evidence &e) {
            e.clientsWithoutVerification
                = QList<UnverifiedClient> { { u"deployment/sales-service"_s, u"sslmode=require"_s } };
        }) << u"pci-dss"_s << u"4.2.1"_s << int(Cell::Fail);
        QTest::newRow("only a low failure: 10.2 partial")
            << modified(pg, [](Evidence &e) { e.pg.settings[u"log_line_prefix"_s] = u"%m "_s; }) << u"pci-dss"_s
            << u"10.2"_s << int(Cell::Partial);
        QTest::newRow("passes with some unknown: 10.2 partial")
            << modified(pg, [](Evidence &e) { e.pg.settings.remove(u"log_line_prefix"_s); }) << u"pci-dss"_s
            << u"10.2"_s << int(Cell::Partial);
        QTest::newRow("settings unknown: CIS 3.1.20 not assessed")
            << modified(pg, [](Evidence &e) { e.pg.settings.clear(); }) << u"cis-postgresql"_s << u"3.1.20"_s
            << int(Cell::NotAssessed);
        QTest::newRow("CIS PostgreSQL on Redis: not applicable")
            << hardenedRedis() << u"cis-postgresql"_s << u"6.8"_s << int(Cell::NotApplicable);
        QTest::newRow("Redis without AUTH: CC6.1 fails")
            << modified(hardenedRedis(), [](Evidence &e) { e.redis.authRequired = false; }) << u"soc2"_s << u"CC6.1"_s
            << int(Cell::Fail);
        QTest::newRow("hardened Redis: CC6.7 passes") << hardenedRedis() << u"soc2"_s << u"CC6.7"_s << int(Cell::Pass);
    }

    void cells()
    {
        QFETCH(Evidence, evidence);
        QFETCH(QString, framework);
        QFETCH(QString, control);
        QFETCH(int, expected);
        const ComplianceMatrix matrix = ComplianceMatrix::build(m_catalog, evaluate({ evidence }, hardenedFleet()));
        const ComplianceCell *cell = matrix.cell(framework, control, evidence.name);
        QVERIFY(cell);
        QCOMPARE(cellStatusName(cell->status), cellStatusName(Cell(expected)));
        if (cell->status != Cell::NotApplicable) {
            QVERIFY(!cell->evidence.isEmpty());
            QCOMPARE(cell->observedAt, kNow);
        }
    }

    void rowSummaryAndJson()
    {
        const QList<Assessment> assessments = evaluate(referenceFleet(Stage::AsDocumented), hardenedFleet());
        const ComplianceMatrix matrix = ComplianceMatrix::build(m_catalog, assessments);
        const ComplianceRow *transmission = matrix.row(u"pci-dss"_s, u"4.2.1"_s);
        QVERIFY(transmission);
        QCOMPARE(transmission->status, Cell::Fail); // clients without verification
        const ComplianceRow *backups = matrix.row(u"cis-postgresql"_s, u"7.3"_s);
        QVERIFY(backups);
        QCOMPARE(backups->status, Cell::NotAssessed); // backup location unknown
        const ComplianceRow *connections = matrix.row(u"cis-postgresql"_s, u"3.1.20"_s);
        QCOMPARE(connections->status, Cell::Pass);

        const QJsonArray json = matrix.toJson();
        QCOMPARE(json.size(), matrix.rows().size());
        bool seen = false;
        for (const QJsonValue &v : json) {
            const QJsonObject row = v.toObject();
            for (const char *key : { "framework", "control", "status", "datastores", "evidence" })
                QVERIFY2(row.contains(QLatin1String(key)), key);
            if (row.value(u"control") == u"4.2.1"_s) {
                seen = true;
                QCOMPARE(row.value(u"framework").toString(), u"PCI DSS"_s);
                QCOMPARE(row.value(u"status").toString(), u"fail"_s);
                const QJsonObject ds = row.value(u"datastores").toObject();
                QCOMPARE(ds.value(u"auth-db").toObject().value(u"status").toString(), u"fail"_s);
                QCOMPARE(ds.value(u"auth-db").toObject().value(u"observedAt").toString(), u"2026-01-01T12:00:00Z"_s);
                bool mentionsSetting = false;
                for (const QJsonValue &line : row.value(u"evidence").toArray())
                    mentionsSetting |= line.toString().contains(u"sslmode=require");
                QVERIFY(mentionsSetting);
            }
        }
        QVERIFY(seen);
    }

    void summarize()
    {
        auto cells = [](std::initializer_list<Cell> statuses) {
            QList<ComplianceCell> list;
            for (Cell s : statuses) {
                ComplianceCell c;
                c.status = s;
                list << c;
            }
            return list;
        };
        QCOMPARE(ComplianceMatrix::summarize(cells({ Cell::Pass, Cell::Pass, Cell::NotApplicable })), Cell::Pass);
        QCOMPARE(ComplianceMatrix::summarize(cells({ Cell::Pass, Cell::Fail })), Cell::Fail);
        QCOMPARE(ComplianceMatrix::summarize(cells({ Cell::Pass, Cell::NotAssessed })), Cell::Partial);
        QCOMPARE(ComplianceMatrix::summarize(cells({ Cell::NotAssessed, Cell::NotAssessed })), Cell::NotAssessed);
        QCOMPARE(ComplianceMatrix::summarize(cells({ Cell::NotApplicable })), Cell::NotApplicable);
    }
};

QTEST_GUILESS_MAIN(TestCompliance)
#include "testcompliance.moc"
