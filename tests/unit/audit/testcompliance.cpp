// SPDX-License-Identifier: GPL-3.0-or-later
// The compliance mappings (resources/compliance/*.yaml) and the matrix built from them.
#include "auditfixtures.h"

#include "audit/compliancecatalog.h"
#include "audit/compliancematrix.h"
#include "audit/ruleset.h"
#include "mockclock.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
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
        QTest::newRow("PCI 3.5.1 stored data") << u"pci-dss"_s << u"3.5.1"_s << u"PG-LOG-005"_s;
        QTest::newRow("PCI 3.6 keys") << u"pci-dss"_s << u"3.6"_s << u"PG-LOG-004"_s;
        QTest::newRow("PCI 4.2.1 transmission") << u"pci-dss"_s << u"4.2.1"_s << u"TLS-005"_s;
        QTest::newRow("PCI 4.2.1 trusted certificates") << u"pci-dss"_s << u"4.2.1"_s << u"CERT-001"_s;
        QTest::newRow("PCI 8.3 authentication") << u"pci-dss"_s << u"8.3"_s << u"PG-AUTH-001"_s;
        QTest::newRow("PCI 10.2 audit logs") << u"pci-dss"_s << u"10.2"_s << u"PG-LOG-001"_s;
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

    /**
     * A rule cites the same controls the matrix maps it to: a finding that cites PCI DSS 3.6.1 while the matrix
     * counts it under 4.2.1 sends an auditor to the wrong requirement. A citation agrees when it names a control
     * that maps the rule, or a parent or child of one ("10.2.1" under "10.2").
     */
    void ruleReferencesAgreeWithTheMappings()
    {
        const QList<QPair<QString, QString>> prefixes { { u"PCI DSS v4.0.1 "_s, u"pci-dss"_s },
                                                         { u"GDPR "_s, u"gdpr"_s },
                                                         { u"SOC 2 "_s, u"soc2"_s } };
        const auto sameBranch = [](const QString &a, const QString &b) {
            return a == b || a.startsWith(b + u'.') || b.startsWith(a + u'.');
        };
        QStringList problems;
        for (const Rule &rule : RuleSet::all()) {
            for (const QString &reference : rule.references) {
                for (const auto &[prefix, frameworkId] : prefixes) {
                    if (!reference.startsWith(prefix))
                        continue;
                    const QString cited = reference.mid(prefix.size());
                    const Framework *fw = m_catalog.framework(frameworkId);
                    QVERIFY(fw);
                    const bool agrees = std::any_of(fw->controls.cbegin(), fw->controls.cend(), [&](const Control &c) {
                        return c.ruleIds.contains(rule.id) && sameBranch(c.id, cited);
                    });
                    if (!agrees)
                        problems << rule.id + u" cites "_s + reference + u" but "_s + fw->file
                                + u" maps it to no such control"_s;
                }
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    /** The two citations issue 15 names as misapplied: key file permissions and password age. */
    void misappliedCitationsAreGone_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("cites");
        QTest::addColumn<QString>("mustNotCite");
        QTest::newRow("CERT-013 is transmission (4.2.1), not key custody (3.6.1)")
            << u"CERT-013"_s << u"PCI DSS v4.0.1 4.2.1"_s << u"PCI DSS v4.0.1 3.6.1"_s;
        QTest::newRow("SECRET-003 is system accounts (8.6.3), not user passwords (8.3.9)")
            << u"SECRET-003"_s << u"PCI DSS v4.0.1 8.6.3"_s << u"PCI DSS v4.0.1 8.3.9"_s;
    }

    void misappliedCitationsAreGone()
    {
        QFETCH(QString, rule);
        QFETCH(QString, cites);
        QFETCH(QString, mustNotCite);
        const Rule *r = RuleSet::find(rule);
        QVERIFY(r);
        QVERIFY2(r->references.contains(cites), qPrintable(r->references.join(u"; ")));
        QVERIFY2(!r->references.contains(mustNotCite), qPrintable(r->references.join(u"; ")));
    }

    /** The README's "N audit rules" is the catalogue's size (issue 15: the count must match). */
    void readmeCountsEveryRule()
    {
        QFile readme(qEnvironmentVariable("PROOFER_SOURCE_DIR") + u"/README.md"_s);
        QVERIFY2(readme.open(QIODevice::ReadOnly), qPrintable(readme.fileName()));
        const QString text = QString::fromUtf8(readme.readAll()).simplified();
        const QRegularExpressionMatch m = QRegularExpression(u"(\\d+) audit rules"_s).match(text);
        QVERIFY2(m.hasMatch(), "README.md names no rule count");
        QCOMPARE(m.captured(1).toInt(), int(RuleSet::all().size()));
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
        QTest::newRow("passes with some unknown: CIS 5.4 partial")
            << modified(pg, [](Evidence &e) { e.pg.hbaRules.reset(); }) << u"cis-postgresql"_s << u"5.4"_s
            << int(Cell::Partial);
        QTest::newRow("settings unknown: CIS 3.1.20 not assessed")
            << modified(pg, [](Evidence &e) { e.pg.settings.clear(); }) << u"cis-postgresql"_s << u"3.1.20"_s
            << int(Cell::NotAssessed);
        QTest::newRow("TLS off: CIS 6.9 not assessed, not n/a") << modified(pg, [](Evidence &e) {
            e.tls = {};
            e.tls.enabled = false;
            e.certificate = {};
        }) << u"cis-postgresql"_s << u"6.9"_s << int(Cell::NotAssessed);
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
        if (cell->status != Cell::NotApplicable && !cell->evidence.isEmpty())
            QCOMPARE(cell->observedAt, kNow);
        if (cell->status != Cell::NotApplicable && cell->status != Cell::NotAssessed)
            QVERIFY(!cell->evidence.isEmpty());
        // Whatever is short of a pass is named.
        if (cell->status == Cell::Partial || cell->status == Cell::NotAssessed)
            QVERIFY(!cell->missing.isEmpty());
        if (cell->status == Cell::Pass)
            QVERIFY2(cell->missing.isEmpty(), qPrintable(cell->missing.join(u'\n')));
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
            QVERIFY(!row.value(u"evidenceRequired").toString().isEmpty());
            if (row.value(u"control") == u"Art. 33"_s) {
                QCOMPARE(row.value(u"maxStatus").toString(), u"partial"_s);
                QVERIFY(row.value(u"maxStatusReason").toString().contains(u"retention"));
                const QJsonObject auth = row.value(u"datastores").toObject().value(u"auth-db").toObject();
                QCOMPARE(auth.value(u"status").toString(), u"partial"_s);
                QVERIFY(auth.value(u"missing").toArray().first().toString().contains(u"shipping"));
            }
            if (row.value(u"control") == u"4.2.1"_s) {
                seen = true;
                QCOMPARE(row.value(u"maxStatus").toString(), u"pass"_s);
                QVERIFY(!row.contains(u"maxStatusReason"));
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

    void everyControlSaysWhatEvidenceItRequires()
    {
        // "What would an auditor accept as proof?" is answered in every YAML entry, and the catalogue reads it.
        int controls = 0;
        for (const Framework &fw : m_catalog.frameworks()) {
            for (const Control &c : fw.controls) {
                ++controls;
                QVERIFY2(c.evidenceRequired.size() > 20, qPrintable(fw.id + u' ' + c.id));
                if (c.maxStatus == Control::MaxStatus::Partial)
                    QVERIFY2(!c.maxStatusReason.isEmpty(), qPrintable(fw.id + u' ' + c.id));
                if (c.ruleIds.isEmpty())
                    QVERIFY2(c.notAssessedReason.startsWith(u"Not assessed: no rule observes"),
                             qPrintable(fw.id + u' ' + c.id));
            }
        }
        QVERIFY(controls >= 30);
    }

    void misappliedMappingsAreGone()
    {
        const auto control = [this](const QString &framework, const QString &id) -> const Control * {
            const Framework *fw = m_catalog.framework(framework);
            if (!fw)
                return nullptr;
            for (const Control &c : fw->controls) {
                if (c.id == id)
                    return &c;
            }
            return nullptr;
        };
        // CIS 7.3 asks for physical base backups: pg_dump files (OPS-003) are not evidence of it.
        const Control *baseBackups = control(u"cis-postgresql"_s, u"7.3"_s);
        QVERIFY(baseBackups);
        QVERIFY(!baseBackups->ruleIds.contains(u"OPS-003"_s));
        // Database password age is not the lifecycle of keys protecting stored account data.
        const Control *keyLifecycle = control(u"pci-dss"_s, u"3.7"_s);
        QVERIFY(keyLifecycle);
        QVERIFY(!keyLifecycle->ruleIds.contains(u"SECRET-003"_s));
        // Secrets in the log are not evidence that the log is protected from modification.
        const Control *logProtection = control(u"pci-dss"_s, u"10.3"_s);
        QVERIFY(logProtection);
        QVERIFY(!logProtection->ruleIds.contains(u"PG-LOG-004"_s));
        // pgcrypto installed is not logical access security.
        const Control *access = control(u"soc2"_s, u"CC6.1"_s);
        QVERIFY(access);
        QVERIFY(!access->ruleIds.contains(u"PG-LOG-005"_s));
        // pgAudit is mapped, and nothing observes it yet.
        const Control *pgAudit = control(u"cis-postgresql"_s, u"3.2"_s);
        QVERIFY(pgAudit);
        QVERIFY(pgAudit->title.contains(u"pgAudit"));
        QVERIFY(pgAudit->ruleIds.isEmpty());
        QVERIFY(pgAudit->notAssessedReason.contains(u"pgAudit"));
    }

    void capabilityOnlyControls_data()
    {
        QTest::addColumn<Evidence>("evidence");
        QTest::addColumn<QString>("framework");
        QTest::addColumn<QString>("control");
        QTest::addColumn<int>("expected");
        QTest::addColumn<QStringList>("named"); // words the missing evidence must name

        const Evidence pg = hardenedPostgres();
        // TLS off, log_statement = 'none': the one fact that made PCI DSS 3.6 "pass" before.
        const Evidence tlsOff = modified(pg, [](Evidence &e) {
            e.tls = {};
            e.tls.enabled = false;
            e.tls.plaintextAccepted = true;
            e.certificate = {};
            e.ca = {};
            e.pg.settings[u"log_statement"_s] = u"none"_s;
        });
        QTest::newRow("PCI 3.6, TLS off and log_statement none")
            << tlsOff << u"pci-dss"_s << u"3.6"_s << int(Cell::Partial) << QStringList { u"encrypted columns"_s };
        QTest::newRow("PCI 3.6, hardened")
            << pg << u"pci-dss"_s << u"3.6"_s << int(Cell::Partial) << QStringList { u"encrypted columns"_s };
        QTest::newRow("PCI 3.6, log_statement all fails")
            << modified(pg, [](Evidence &e) { e.pg.settings[u"log_statement"_s] = u"all"_s; }) << u"pci-dss"_s
            << u"3.6"_s << int(Cell::Fail) << QStringList { u"encrypted columns"_s };
        const QStringList capability { u"capability present"_s, u"no encrypted columns observed"_s };
        QTest::newRow("pgcrypto only: PCI 3.5.1")
            << pg << u"pci-dss"_s << u"3.5.1"_s << int(Cell::Partial) << capability;
        QTest::newRow("pgcrypto only: GDPR 32(1)(a)")
            << pg << u"gdpr"_s << u"Art. 32(1)(a)"_s << int(Cell::Partial) << capability;
        QTest::newRow("pgcrypto only: CIS 6.11 asks only that it is installed")
            << pg << u"cis-postgresql"_s << u"6.11"_s << int(Cell::Pass) << QStringList();
        const QStringList logs { u"retention"_s, u"shipping"_s };
        QTest::newRow("GDPR Art. 33 on log settings") << pg << u"gdpr"_s << u"Art. 33"_s << int(Cell::Partial) << logs;
        QTest::newRow("PCI 10.2 on log settings") << pg << u"pci-dss"_s << u"10.2"_s << int(Cell::Partial) << logs;
        QTest::newRow("PCI 10.3: nothing observes it")
            << pg << u"pci-dss"_s << u"10.3"_s << int(Cell::NotAssessed) << logs;
        QTest::newRow("CIS 3.2 pgAudit: not assessed, never pass")
            << pg << u"cis-postgresql"_s << u"3.2"_s << int(Cell::NotAssessed)
            << QStringList { u"no rule observes pgAudit yet"_s };
        QTest::newRow("CIS 7.3 with fresh pg_dump files: not assessed")
            << pg << u"cis-postgresql"_s << u"7.3"_s << int(Cell::NotAssessed) << QStringList { u"base backups"_s };
        QTest::newRow("CIS 6.9 with TLS off names why")
            << tlsOff << u"cis-postgresql"_s << u"6.9"_s << int(Cell::NotAssessed)
            << QStringList { u"TLS-003: TLS is off (see TLS-001)"_s };
        QTest::newRow("PCI 8.3.2 on PostgreSQL: storage observed (SCRAM)")
            << pg << u"pci-dss"_s << u"8.3.2"_s << int(Cell::Pass) << QStringList();
        QTest::newRow("PCI 8.3.2 on Redis: storage not observed")
            << hardenedRedis() << u"pci-dss"_s << u"8.3.2"_s << int(Cell::Partial) << QStringList { u"Redis"_s };
        QTest::newRow("GDPR Art. 33 on Redis: no rule observes it")
            << hardenedRedis() << u"gdpr"_s << u"Art. 33"_s << int(Cell::NotAssessed)
            << QStringList { u"No rule of this control observes Redis"_s, u"retention"_s };
    }

    void capabilityOnlyControls()
    {
        QFETCH(Evidence, evidence);
        QFETCH(QString, framework);
        QFETCH(QString, control);
        QFETCH(int, expected);
        QFETCH(QStringList, named);
        const ComplianceMatrix matrix = ComplianceMatrix::build(m_catalog, evaluate({ evidence }, hardenedFleet()));
        const ComplianceCell *cell = matrix.cell(framework, control, evidence.name);
        QVERIFY(cell);
        const QString missing = cell->missing.join(u'\n');
        QVERIFY2(cellStatusName(cell->status) == cellStatusName(Cell(expected)),
                 qPrintable(cellStatusName(cell->status) + u'\n' + cell->evidence.join(u'\n') + u'\n' + missing));
        for (const QString &word : named)
            QVERIFY2(missing.contains(word, Qt::CaseInsensitive), qPrintable(word + u" not in: " + missing));
        // The row cannot pass either.
        if (expected != int(Cell::Pass))
            QVERIFY(matrix.row(framework, control)->status != Cell::Pass);
    }

    void notAssessedRuleIsNeverPass_data()
    {
        QTest::addColumn<QString>("framework");
        QTest::addColumn<QString>("control");
        QTest::addColumn<QString>("unknownRule");
        for (const Framework &fw : m_catalog.frameworks()) {
            for (const Control &c : fw.controls) {
                for (const QString &rule : c.ruleIds)
                    QTest::addRow("%s %s, %s unknown", qPrintable(fw.id), qPrintable(c.id), qPrintable(rule))
                        << fw.id << c.id << rule;
            }
        }
    }

    void notAssessedRuleIsNeverPass()
    {
        // Hand-made outcomes: every rule of the control passed on this datastore except one not assessed.
        QFETCH(QString, framework);
        QFETCH(QString, control);
        QFETCH(QString, unknownRule);
        const Framework *fw = m_catalog.framework(framework);
        QVERIFY(fw);
        const Control *c = nullptr;
        for (const Control &x : fw->controls)
            c = x.id == control ? &x : c;
        QVERIFY(c);
        const Kind kind = c->kinds.isEmpty() ? Kind::PostgreSQL : c->kinds.constFirst();
        QList<Assessment> assessments;
        for (const QString &rule : c->ruleIds) {
            Assessment a;
            a.ruleId = rule;
            a.severity = Severity::High;
            a.datastore = u"x-db"_s;
            a.kind = kind;
            a.observedAt = kNow;
            a.outcome = rule == unknownRule ? Outcome::notAssessed(u"Unknown: probe timed out"_s)
                                            : Outcome::pass({ u"observed"_s });
            assessments << a;
        }
        const ComplianceMatrix matrix = ComplianceMatrix::build(m_catalog, assessments);
        const ComplianceCell *cell = matrix.cell(framework, control, u"x-db"_s);
        QVERIFY(cell);
        QVERIFY2(cell->status == Cell::Partial || cell->status == Cell::NotAssessed,
                 qPrintable(cellStatusName(cell->status)));
        QVERIFY2(cell->missing.contains(unknownRule + u": Unknown: probe timed out"),
                 qPrintable(cell->missing.join(u'\n')));
        QVERIFY(matrix.row(framework, control)->status != Cell::Pass);
    }

    void cappedControlsNeverPassOnTheHardenedFleet()
    {
        const QList<Assessment> assessments = evaluate(referenceFleet(Stage::Hardened), hardenedFleet());
        const ComplianceMatrix matrix = ComplianceMatrix::build(m_catalog, assessments);
        int capped = 0;
        int passing = 0;
        for (const Framework &fw : m_catalog.frameworks()) {
            for (const Control &c : fw.controls) {
                const ComplianceRow *row = matrix.row(fw.id, c.id);
                QVERIFY(row);
                QCOMPARE(row->evidenceRequired, c.evidenceRequired);
                if (c.ruleIds.isEmpty() || (c.maxStatus == Control::MaxStatus::Partial && c.maxStatusKinds.isEmpty())) {
                    ++capped;
                    QVERIFY2(row->status != Cell::Pass, qPrintable(fw.id + u' ' + c.id));
                    for (const ComplianceCell &cell : row->cells)
                        QVERIFY2(cell.status != Cell::Pass, qPrintable(fw.id + u' ' + c.id + u' ' + cell.datastore));
                } else if (row->status == Cell::Pass) {
                    ++passing;
                }
            }
        }
        QVERIFY(capped > 0);
        QVERIFY(passing > 0); // the hardened fleet still passes the controls the rules do evidence
    }

    void catalogueValidatesTheNewFields()
    {
        ComplianceCatalog catalog;
        QString error;
        QVERIFY2(ComplianceCatalog::parse(R"(id: x
framework: X
version: "1"
controls:
  - id: "1"
    title: "no evidenceRequired"
    rules: [TLS-001]
  - id: "2"
    title: "capped without reason"
    evidenceRequired: "e"
    maxStatus: partial
    rules: [TLS-001]
  - id: "3"
    title: "no rule, no reason"
    evidenceRequired: "e"
    rules: []
  - id: "4"
    title: "rules and a reason"
    evidenceRequired: "e"
    notAssessedReason: "Not assessed: r"
    rules: [TLS-001]
  - id: "5"
    title: "fine"
    evidenceRequired: "the handshake"
    maxStatus: partial
    maxStatusReason: "settings only"
    maxStatusKinds: [Redis]
    rules: [TLS-001]
)",
                                          u"x.yaml"_s, catalog, &error),
                 qPrintable(error));
        const QStringList problems = catalog.validate({ u"TLS-001"_s });
        QCOMPARE(problems.size(), 4);
        QVERIFY(problems.filter(u"control 1 has no evidenceRequired"_s).size() == 1);
        QVERIFY(problems.filter(u"control 2 is capped at partial without maxStatusReason"_s).size() == 1);
        QVERIFY(problems.filter(u"control 3 names no rule and no notAssessedReason"_s).size() == 1);
        QVERIFY(problems.filter(u"control 4 names rules and a notAssessedReason"_s).size() == 1);
        const Control &fine = catalog.frameworks().constFirst().controls.constLast();
        QCOMPARE(fine.maxStatus, Control::MaxStatus::Partial);
        QCOMPARE(fine.maxStatusReason, u"settings only"_s);
        QVERIFY(fine.maxStatusKinds == QList<Kind> { Kind::Redis });
        QCOMPARE(fine.evidenceRequired, u"the handshake"_s);

        ComplianceCatalog bad;
        QVERIFY(!ComplianceCatalog::parse("id: x\nframework: X\nversion: \"1\"\ncontrols:\n  - id: \"1\"\n    title: "
                                          "t\n    maxStatus: fail\n    rules: []\n",
                                          u"bad.yaml"_s, bad, &error));
        QVERIFY2(error.contains(u"maxStatus"), qPrintable(error));
    }

    void remediationsPutNoSecretOnACommandLine()
    {
        // Arguments are visible to every local user (ps, /proc/<pid>/cmdline) and in the pod spec.
        const QStringList forbidden { u"--requirepass"_s, u"'>'"_s,         u"on >"_s, u"redis-cli -a"_s,
                                      u"PGPASSWORD="_s,   u"--password="_s, u"-p$"_s };
        for (const Rule &rule : RuleSet::all()) {
            for (const Kind kind : { Kind::PostgreSQL, Kind::Redis, Kind::RabbitMQ }) {
                const QString text = rule.remediation(kind);
                for (const QString &bad : forbidden)
                    QVERIFY2(!text.contains(bad), qPrintable(rule.id + u": " + text));
            }
        }
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
        // The one rule of docs/grading.md §8: n/a cells left out; any fail fails; pass only when all left pass.
        QCOMPARE(ComplianceMatrix::summarize(cells({ Cell::Pass, Cell::Partial })), Cell::Partial);
        QCOMPARE(ComplianceMatrix::summarize(cells({ Cell::Pass, Cell::NotApplicable, Cell::NotAssessed })),
                 Cell::Partial);
        QCOMPARE(ComplianceMatrix::summarize(cells({ Cell::NotAssessed, Cell::Fail })), Cell::Fail);
        QCOMPARE(ComplianceMatrix::summarize(cells({ Cell::Partial, Cell::Partial })), Cell::Partial);
        QCOMPARE(ComplianceMatrix::summarize(cells({ Cell::NotApplicable, Cell::NotAssessed })), Cell::NotAssessed);
        QCOMPARE(ComplianceMatrix::summarize({}), Cell::NotApplicable);
    }
};

QTEST_GUILESS_MAIN(TestCompliance)
#include "testcompliance.moc"
