// SPDX-License-Identifier: GPL-3.0-or-later
// The console's "Restart workload" as a journaled plan, against the Kubernetes API emulator: the rollout restart
// kubectl does (the pod-template annotation), the wait for the rollout, the journal's record of it; a paused
// workload refused with the reason, in a dry run and for real; a StatefulSet restarted as a StatefulSet.
#include "emulatorfixture.h"
#include "kubetestutil.h"

#include "kube/kubeclient.h"
#include "kube/resource.h"
#include "ops/journal.h"
#include "ops/restartworkloadsstep.h"
#include "ops/runner.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace std::chrono_literals;

class TestRestartWorkload final : public QObject
{
    Q_OBJECT

private:
    struct RunResult
    {
        Ops::Runner::Outcome outcome = Ops::Runner::Outcome::Cancelled;
        QString message;
        QStringList events; ///< "event:step" of the journal
    };

    RunResult run(Ops::Plan &plan, bool dryRun = false)
    {
        RunResult result;
        QString error;
        Ops::Journal journal = Ops::Journal::create(m_journals.path(), plan.kind(), &error);
        if (!journal.isValid())
            qFatal("journal: %s", qPrintable(error));
        Ops::Runner runner;
        runner.setJournal(&journal);
        QSignalSpy finished(&runner, &Ops::Runner::finished);
        runner.run(&plan, dryRun);
        if (!finished.wait(30000))
            qFatal("the run did not finish");
        result.outcome = finished.first().at(0).value<Ops::Runner::Outcome>();
        result.message = finished.first().at(1).toString();
        for (const Ops::Journal::Entry &entry : Ops::Journal::open(journal.path(), nullptr).entries())
            result.events << entry.event + u':' + entry.step;
        return result;
    }

    QString restartedAt(const QString &resource, const QString &name)
    {
        return m_emulator.store()
            .get(resource, m_emulator.namespaceName(), name)
            .value(QStringLiteral("spec")).toObject()
            .value(QStringLiteral("template")).toObject()
            .value(QStringLiteral("metadata")).toObject()
            .value(QStringLiteral("annotations")).toObject()
            .value(QStringLiteral("kubectl.kubernetes.io/restartedAt")).toString();
    }

    Test::Emulator m_emulator;
    QTemporaryDir m_journals;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(m_emulator.isValid(), qPrintable(m_emulator.errorString()));
        QVERIFY(m_journals.isValid());
    }

    void workloadKindsMapToTheirResource_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("plural");
        QTest::newRow("Deployment") << QStringLiteral("Deployment") << QStringLiteral("deployments");
        QTest::newRow("StatefulSet") << QStringLiteral("StatefulSet") << QStringLiteral("statefulsets");
        QTest::newRow("unknown: a Deployment") << QString() << QStringLiteral("deployments");
    }

    void workloadKindsMapToTheirResource()
    {
        QFETCH(QString, kind);
        QFETCH(QString, plural);
        const Kube::Resource resource = Kube::resourceForWorkloadKind(kind);
        QCOMPARE(resource.plural, plural);
        QCOMPARE(resource.group, QStringLiteral("apps"));
    }

    void restartIsJournaledAndWaitsForTheRollout_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("resource");
        QTest::newRow("Deployment") << QStringLiteral("Deployment") << QStringLiteral("deployments");
        QTest::newRow("StatefulSet") << QStringLiteral("StatefulSet") << QStringLiteral("statefulsets");
    }

    void restartIsJournaledAndWaitsForTheRollout()
    {
        QFETCH(QString, kind);
        QFETCH(QString, resource);
        const QString name = kind.toLower() + QStringLiteral("-db");
        if (kind == u"StatefulSet")
            m_emulator.addStatefulSet(name, 1);
        else
            m_emulator.addDeployment(name, 1);
        Kube::KubeClient client(Test::contextFor(m_emulator.kubeconfigPath()));
        QSignalSpy restarted(&m_emulator.server(), &Demo::ApiServer::rolloutRestarted);

        const std::unique_ptr<Ops::Plan> dry = Ops::buildRestartWorkloadPlan(&client, m_emulator.namespaceName(), kind, name, 10s);
        QCOMPARE(dry->kind(), QStringLiteral("restart-workload"));
        QCOMPARE(dry->size(), 1);
        QCOMPARE(dry->step(0)->id(), QString(u"restart/" + name));
        QVERIFY2(dry->step(0)->preview().contains(QString(u"kubectl rollout restart " + resource.chopped(1) + u'/' + name)),
                 qPrintable(dry->step(0)->preview()));
        const RunResult preview = run(*dry, true);
        QCOMPARE(preview.outcome, Ops::Runner::Outcome::DryRunOk);
        QCOMPARE(restarted.count(), 0);
        QVERIFY(restartedAt(resource, name).isEmpty());

        const std::unique_ptr<Ops::Plan> plan = Ops::buildRestartWorkloadPlan(&client, m_emulator.namespaceName(), kind, name, 10s);
        QCOMPARE(plan->parameters().value(QStringLiteral("namespace")).toString(), m_emulator.namespaceName());
        const RunResult result = run(*plan);
        QVERIFY2(result.outcome == Ops::Runner::Outcome::Succeeded, qPrintable(result.message));
        QCOMPARE(restarted.count(), 1);
        QCOMPARE(restarted.first().at(2).toString(), name);
        QVERIFY(!restartedAt(resource, name).isEmpty());
        QVERIFY2(result.events.contains(QString(u"applied:restart/" + name)), qPrintable(result.events.join(u' ')));
        QCOMPARE(result.events.constLast(), QStringLiteral("end:"));
    }

    void twoRestartsInOneSecondAreTwoRollouts()
    {
        // kubectl's restartedAt has seconds: a second restart in the same second would write the same annotation,
        // change nothing, and "roll out" without restarting a pod (a rollback's restart after a crashed renewal).
        const QString name = QStringLiteral("twice-db");
        m_emulator.addDeployment(name, 1);
        Kube::KubeClient client(Test::contextFor(m_emulator.kubeconfigPath()));
        QSignalSpy restarted(&m_emulator.server(), &Demo::ApiServer::rolloutRestarted);
        QStringList stamps;
        for (int i = 0; i < 3; ++i) {
            const std::unique_ptr<Ops::Plan> plan = Ops::buildRestartWorkloadPlan(&client, m_emulator.namespaceName(),
                                                                                   QStringLiteral("Deployment"), name, 10s);
            const RunResult result = run(*plan);
            QVERIFY2(result.outcome == Ops::Runner::Outcome::Succeeded, qPrintable(result.message));
            stamps << restartedAt(QStringLiteral("deployments"), name);
        }
        QCOMPARE(restarted.count(), 3);
        QVERIFY2(stamps.at(0) < stamps.at(1) && stamps.at(1) < stamps.at(2), qPrintable(stamps.join(u' ')));
    }

    void pausedWorkloadIsRefusedWithTheReason()
    {
        const QString name = QStringLiteral("paused-db");
        QJsonObject paused = m_emulator.addDeployment(name, 1);
        QJsonObject spec = paused.value(QStringLiteral("spec")).toObject();
        spec.insert(QStringLiteral("paused"), true);
        paused.insert(QStringLiteral("spec"), spec);
        m_emulator.store().replace(QStringLiteral("deployments"), m_emulator.namespaceName(), name, paused);
        Kube::KubeClient client(Test::contextFor(m_emulator.kubeconfigPath()));

        const std::unique_ptr<Ops::Plan> dry = Ops::buildRestartWorkloadPlan(&client, m_emulator.namespaceName(), QStringLiteral("Deployment"), name, 10s);
        const RunResult preview = run(*dry, true);
        QCOMPARE(preview.outcome, Ops::Runner::Outcome::DryRunFailed);
        QVERIFY2(preview.message.contains(QStringLiteral("paused")), qPrintable(preview.message));

        const std::unique_ptr<Ops::Plan> plan = Ops::buildRestartWorkloadPlan(&client, m_emulator.namespaceName(), QStringLiteral("Deployment"), name, 10s);
        const RunResult result = run(*plan);
        QVERIFY2(result.outcome == Ops::Runner::Outcome::RolledBack, qPrintable(result.message));
        QVERIFY2(result.message.contains(QStringLiteral("paused")), qPrintable(result.message));
        QVERIFY2(result.events.contains(QString(u"failed:restart/" + name)), qPrintable(result.events.join(u' ')));
        QVERIFY(restartedAt(QStringLiteral("deployments"), name).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRestartWorkload)
#include "testrestartworkload.moc"
