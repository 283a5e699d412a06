// SPDX-License-Identifier: GPL-3.0-or-later
// The operation descriptors: one per kind, found by the kind plans and journals name; what each says of a crashed
// run read from its journal (which of resume and rollback is safe, whether a cluster or a passphrase is needed); the
// journal parameter each CLI option sets; a restart-workload journal made again into the same plan.
#include "kube/kubeclient.h"
#include "ops/journal.h"
#include "ops/operation.h"
#include "ops/recovery.h"
#include "ops/restartworkloadsstep.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/wait.h>
#include <unistd.h>

namespace {

qint64 deadPid()
{
    const pid_t child = ::fork();
    if (child == 0)
        ::_exit(0);
    int status = 0;
    ::waitpid(child, &status, 0);
    return child;
}

/** A crashed run's journal: its header and "applied" lines for @p applied. */
QString writeJournal(const QString &dir, const QString &kind, const QJsonObject &parameters, const QStringList &steps,
                     const QStringList &applied)
{
    QString error;
    Ops::Journal journal = Ops::Journal::create(dir, kind, &error);
    if (!journal.isValid())
        return {};
    journal.append({{QStringLiteral("event"), QStringLiteral("plan")},
                    {QStringLiteral("kind"), kind},
                    {QStringLiteral("title"), kind},
                    {QStringLiteral("parameters"), parameters},
                    {QStringLiteral("steps"), QJsonArray::fromStringList(steps)},
                    {QStringLiteral("pid"), deadPid()},
                    {QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}});
    for (int i = 0; i < applied.size(); ++i)
        journal.append({{QStringLiteral("event"), QStringLiteral("applied")}, {QStringLiteral("step"), applied.at(i)}, {QStringLiteral("index"), i}});
    return journal.path();
}

Ops::UnfinishedRun describe(const QString &path)
{
    Ops::UnfinishedRun run;
    QString error;
    if (!Ops::describeJournal(path, &run, &error))
        qFatal("describeJournal: %s", qPrintable(error));
    return run;
}

} // namespace

class TestOperation final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void oneDescriptorPerKind_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<bool>("needsCluster");
        QTest::addColumn<bool>("needsPassphrase");
        QTest::newRow("renew-certs") << QStringLiteral("renew-certs") << true << false;
        QTest::newRow("rotate-password") << QStringLiteral("rotate-password") << true << true;
        QTest::newRow("backup") << QStringLiteral("backup") << false << false;
        QTest::newRow("restore") << QStringLiteral("restore") << true << false;
        QTest::newRow("restart-workload") << QStringLiteral("restart-workload") << true << false;
    }

    void oneDescriptorPerKind()
    {
        QFETCH(QString, kind);
        QFETCH(bool, needsCluster);
        QFETCH(bool, needsPassphrase);
        const Ops::Operation *operation = Ops::operationFor(kind);
        QVERIFY(operation);
        QCOMPARE(operation->kind(), kind);
        QCOMPARE(operation->needsCluster(), needsCluster);
        QCOMPARE(operation->needsPassphrase(), needsPassphrase);
        QSet<QString> keys;
        for (const Ops::Operation::Parameter &parameter : operation->parameters()) {
            QVERIFY2(!keys.contains(parameter.journalKey), qPrintable(parameter.journalKey));
            keys.insert(parameter.journalKey);
            QVERIFY(parameter.cliOption.isEmpty() || parameter.cliOption.startsWith(QStringLiteral("--")));
        }
        QVERIFY(!keys.isEmpty());
    }

    void kindsAreUniqueAndUnknownIsNull()
    {
        QSet<QString> kinds;
        for (const Ops::Operation *operation : Ops::operations()) {
            QVERIFY(!kinds.contains(operation->kind()));
            kinds.insert(operation->kind());
        }
        QCOMPARE(kinds.size(), 5);
        QVERIFY(!Ops::operationFor(QStringLiteral("format-disk")));
    }

    void descriptorJudgesResumeAndRollback_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QStringList>("steps");
        QTest::addColumn<QStringList>("applied");
        QTest::addColumn<bool>("canResume");
        QTest::addColumn<bool>("canRollback");
        const QStringList rotation{QStringLiteral("read-secret/a"), QStringLiteral("alter-role/a"), QStringLiteral("patch-secret/a"),
                                   QStringLiteral("restart/a")};
        QTest::newRow("rotation before the Secret") << QStringLiteral("rotate-password") << rotation
                                                   << QStringList{QStringLiteral("read-secret/a"), QStringLiteral("alter-role/a")} << true << true;
        QTest::newRow("rotation after the Secret: resume only")
            << QStringLiteral("rotate-password") << rotation
            << QStringList{QStringLiteral("read-secret/a"), QStringLiteral("alter-role/a"), QStringLiteral("patch-secret/a")} << true << false;
        const QStringList renewal{QStringLiteral("validate"), QStringLiteral("write-ca"), QStringLiteral("write-files/s1"),
                                  QStringLiteral("write-files/s2"), QStringLiteral("patch-secret/s1")};
        QTest::newRow("renewal: CA without all its certificates")
            << QStringLiteral("renew-certs") << renewal
            << QStringList{QStringLiteral("validate"), QStringLiteral("write-ca"), QStringLiteral("write-files/s1")} << false << true;
        QTest::newRow("renewal: all files written")
            << QStringLiteral("renew-certs") << renewal
            << QStringList{QStringLiteral("validate"), QStringLiteral("write-ca"), QStringLiteral("write-files/s1"), QStringLiteral("write-files/s2")}
            << true << true;
        QTest::newRow("backup: rollback only") << QStringLiteral("backup") << QStringList{QStringLiteral("backup/a")} << QStringList{} << false
                                               << true;
        QTest::newRow("restore: rollback only") << QStringLiteral("restore") << QStringList{QStringLiteral("decrypt")}
                                                << QStringList{QStringLiteral("decrypt")} << false << true;
        QTest::newRow("restart: both") << QStringLiteral("restart-workload") << QStringList{QStringLiteral("restart/a")} << QStringList{}
                                       << true << true;
        QTest::newRow("unknown kind: neither") << QStringLiteral("format-disk") << QStringList{QStringLiteral("x")} << QStringList{} << false
                                               << false;
    }

    void descriptorJudgesResumeAndRollback()
    {
        QFETCH(QString, kind);
        QFETCH(QStringList, steps);
        QFETCH(QStringList, applied);
        QFETCH(bool, canResume);
        QFETCH(bool, canRollback);
        QTemporaryDir tmp;
        const Ops::UnfinishedRun run
            = describe(writeJournal(tmp.path(), kind, {{QStringLiteral("namespace"), QStringLiteral("bakery-ia")}}, steps, applied));
        QCOMPARE(run.canResume, canResume);
        QCOMPARE(run.canRollback, canRollback);
        QCOMPARE(run.resumeRefusal.isEmpty(), canResume);
        QCOMPARE(run.rollbackRefusal.isEmpty(), canRollback);
        QCOMPARE(run.needsPassphrase, kind == u"rotate-password");
    }

    void cliOptionsNameJournalParameters()
    {
        QTemporaryDir tmp;
        const Ops::UnfinishedRun renewal = describe(writeJournal(
            tmp.path(), QStringLiteral("renew-certs"),
            {{QStringLiteral("namespace"), QStringLiteral("bakery-ia")}, {QStringLiteral("outputDirectory"), QStringLiteral("/tmp/out")},
             {QStringLiteral("datastores"), QJsonArray{QStringLiteral("auth-db"), QStringLiteral("tenant-db")}}},
            {QStringLiteral("validate")}, {}));
        QCOMPARE(renewal.parameterFor(QStringLiteral("--namespace")), QStringLiteral("bakery-ia"));
        QCOMPARE(renewal.parameterFor(QStringLiteral("--out-dir")), QStringLiteral("/tmp/out"));
        QCOMPARE(renewal.parameterFor(QStringLiteral("--datastore")), QStringLiteral("auth-db,tenant-db"));
        QCOMPARE(renewal.parameterFor(QStringLiteral("--no-such-option")), QString());
        // A backup's journal names no namespace: nothing to compare --namespace with.
        const Ops::UnfinishedRun backup = describe(writeJournal(tmp.path(), QStringLiteral("backup"),
                                                                {{QStringLiteral("directory"), QStringLiteral("/backups")}},
                                                                {QStringLiteral("backup/a")}, {}));
        QCOMPARE(backup.parameterFor(QStringLiteral("--namespace")), QString());
        QVERIFY(!backup.needsCluster());
    }

    void restartWorkloadIsMadeAgainFromItsJournal()
    {
        const std::unique_ptr<Ops::Plan> plan = Ops::buildRestartWorkloadPlan(nullptr, QStringLiteral("bakery-ia"),
                                                                                QStringLiteral("StatefulSet"), QStringLiteral("redis"),
                                                                                std::chrono::seconds(42));
        QTemporaryDir tmp;
        Ops::UnfinishedRun run = describe(writeJournal(tmp.path(), plan->kind(), plan->parameters(), {plan->step(0)->id()}, {}));
        const Ops::BuiltPlan rebuilt = Ops::operationFor(run.kind)->rebuild(nullptr, run, {}, this).result();
        QVERIFY2(rebuilt.plan, qPrintable(rebuilt.error));
        QCOMPARE(rebuilt.plan->kind(), plan->kind());
        QCOMPARE(rebuilt.plan->parameters(), plan->parameters());
        QCOMPARE(rebuilt.plan->size(), 1);
        QCOMPARE(rebuilt.plan->step(0)->id(), QStringLiteral("restart/redis"));
        QCOMPARE(rebuilt.plan->step(0)->preview(), plan->step(0)->preview());
        QVERIFY2(plan->step(0)->preview().contains(QStringLiteral("statefulset/redis")), qPrintable(plan->step(0)->preview()));
        QVERIFY2(plan->step(0)->preview().contains(QStringLiteral("--timeout=42s")), qPrintable(plan->step(0)->preview()));
    }
};

QTEST_GUILESS_MAIN(TestOperation)
#include "testoperation.moc"
