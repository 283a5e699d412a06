// SPDX-License-Identifier: GPL-3.0-or-later
// DatastoreReport::authMethod / authRequired for PostgreSQL: the weakest host rule when pg_hba_file_rules was
// read; without rules, SCRAM only when the verifiers were read and are all SCRAM; unknown otherwise.
#include "fleet/snapshot.h"

#include <QTest>

namespace {

Probe::HbaRule rule(const QString &type, const QString &method)
{
    Probe::HbaRule r;
    r.type = type;
    r.method = method;
    return r;
}

Fleet::DatastoreReport postgresReport(const Probe::PostgresFacts &facts)
{
    Fleet::DatastoreReport report;
    report.name = QStringLiteral("db");
    report.postgres = facts;
    return report;
}

} // namespace

class TestSnapshotAuth : public QObject
{
    Q_OBJECT

private slots:
    void authMethod_data()
    {
        QTest::addColumn<QList<Probe::HbaRule>>("rules");
        QTest::addColumn<QString>("encryption");
        QTest::addColumn<bool>("verifiersRead");
        QTest::addColumn<QStringList>("nonScram");
        QTest::addColumn<QString>("method");
        QTest::addColumn<int>("required"); ///< -1 unknown, 0 no, 1 yes
        QTest::addColumn<int>("scramLogin"); ///< -1 not observed, 0 refused, 1 connected

        const QList<Probe::HbaRule> none;
        QTest::newRow("weakest host rule")
            << QList<Probe::HbaRule> { rule(QStringLiteral("hostssl"), QStringLiteral("scram-sha-256")),
                                       rule(QStringLiteral("host"), QStringLiteral("md5")),
                                       rule(QStringLiteral("local"), QStringLiteral("trust")) }
            << QStringLiteral("scram-sha-256") << true << QStringList() << QStringLiteral("md5") << 1 << -1;
        QTest::newRow("trust over TCP")
            << QList<Probe::HbaRule> { rule(QStringLiteral("hostssl"), QStringLiteral("trust")) }
            << QStringLiteral("scram-sha-256") << true << QStringList() << QStringLiteral("trust") << 0 << -1;
        QTest::newRow("no rules, all verifiers SCRAM")
            << none << QStringLiteral("scram-sha-256") << true << QStringList() << QStringLiteral("scram-sha-256") << 1 << -1;
        QTest::newRow("no rules, an md5 verifier")
            << none << QStringLiteral("scram-sha-256") << true << QStringList { QStringLiteral("legacy") }
            << QStringLiteral("unknown") << -1 << -1;
        // The probe role may read neither pg_hba_file_rules nor pg_authid: nothing says SCRAM.
        QTest::newRow("no rules, verifiers unreadable")
            << none << QStringLiteral("scram-sha-256") << false << QStringList() << QStringLiteral("unknown") << -1 << -1;
        QTest::newRow("no rules, md5 hashing")
            << none << QStringLiteral("md5") << true << QStringList() << QStringLiteral("unknown") << -1 << -1;
        // Neither readable, but the probe's own login was SCRAM with channel binding (observed), or was not.
        QTest::newRow("no rules, verifiers unreadable, login SCRAM")
            << none << QStringLiteral("scram-sha-256") << false << QStringList() << QStringLiteral("scram-sha-256") << 1 << 1;
        QTest::newRow("no rules, an md5 verifier, login SCRAM")
            << none << QStringLiteral("scram-sha-256") << true << QStringList { QStringLiteral("legacy") }
            << QStringLiteral("unknown") << -1 << 1;
        QTest::newRow("no rules, verifiers unreadable, login not SCRAM")
            << none << QStringLiteral("scram-sha-256") << false << QStringList() << QStringLiteral("unknown") << -1 << 0;
    }

    void authMethod()
    {
        QFETCH(QList<Probe::HbaRule>, rules);
        QFETCH(QString, encryption);
        QFETCH(bool, verifiersRead);
        QFETCH(QStringList, nonScram);
        QFETCH(QString, method);
        QFETCH(int, required);
        QFETCH(int, scramLogin);

        Probe::PostgresFacts facts;
        facts.connected = true;
        facts.hbaRules = rules;
        if (rules.isEmpty())
            facts.unknown.insert(QStringLiteral("hbaRules"), QStringLiteral("permission denied for view pg_hba_file_rules"));
        facts.settings.insert(QStringLiteral("password_encryption"), encryption);
        facts.nonScramRoles = nonScram;
        if (scramLogin >= 0)
            facts.scramAuthentication = scramLogin == 1;
        if (!verifiersRead)
            facts.unknown.insert(QStringLiteral("nonScramRoles"), QStringLiteral("permission denied for table pg_authid"));
        const Fleet::DatastoreReport report = postgresReport(facts);
        QCOMPARE(report.authMethod(), method);
        QCOMPARE(report.authRequired(), required < 0 ? std::nullopt : std::optional<bool>(required == 1));
        QCOMPARE(report.toJson().value(QStringLiteral("auth")).toObject().value(QStringLiteral("method")).toString(),
                 method);
    }
};

QTEST_GUILESS_MAIN(TestSnapshotAuth)
#include "testsnapshotauth.moc"
