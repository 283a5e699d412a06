// SPDX-License-Identifier: GPL-3.0-or-later
// Certificate renewal on the reference guide's layout, against a real demo fleet (2 PostgreSQL sharing
// postgres-tls, Redis with redis-tls): the Secrets hold the guide's keys (server-cert.pem, server-key.pem,
// ca-cert.pem; redis-cert.pem, redis-key.pem) plus an unrelated key, the Deployments copy them with the
// fix-tls-permissions init container into /tls, PostgreSQL reads postgresql.conf from a ConfigMap. The demo's
// servers restart from the Secret keys their Deployments mount, so what they serve proves which keys the
// renewal wrote: the new serial is served from the same keys (none renamed, the unrelated key kept, the CA
// bundle keeping the old CA). Then the in-doubt rule: a patch whose apply began and never ended is observed
// from the Secret (applied / not applied), and an observed-applied patch holds what its undo needs — the undo
// puts the old certificate back and it is served again.
#include "../../fixtures/manifests/guidelayout.h"
#include "demofixture.h"
#include "demo/apiserver.h"
#include "demo/demofleet.h"
#include "demo/objectstore.h"
#include "fleet/inventory.h"
#include "kube/kubeclient.h"
#include "ops/certrenewal.h"
#include "ops/journal.h"
#include "ops/recovery.h"
#include "ops/runner.h"
#include "probe/tlscertificate.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

constexpr const char *kNamespace = "bakery-ia";

template<typename T> T await(QFuture<T> future, int timeoutMs = 300000)
{
    if (!QTest::qWaitFor([&] { return future.isFinished(); }, timeoutMs))
        return T{};
    return future.result();
}

QJsonObject dataOf(const QJsonObject &object)
{
    return object.value(QLatin1String("data")).toObject();
}

QByteArray valueOf(const QJsonObject &data, const QString &key)
{
    return QByteArray::fromBase64(data.value(key).toString().toLatin1());
}

QString serialOf(const QByteArray &pem)
{
    return Probe::parseCertificates(pem).value(0).serialHex;
}

int indexOf(const Ops::Plan &plan, const QString &prefix)
{
    for (int i = 0; i < plan.size(); ++i) {
        if (plan.step(i)->id().startsWith(prefix))
            return i;
    }
    return -1;
}

} // namespace

class TestGuideRenewal final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Demo::DemoFleet> m_fleet;
    std::unique_ptr<Kube::KubeClient> m_client;
    int m_runs = 0;

    QString ns() const { return QString::fromLatin1(kNamespace); }
    Demo::ObjectStore &store() { return m_fleet->apiServer()->store(); }

    QJsonObject secretObject(const QString &name) { return await(m_client->get(QStringLiteral("secrets"), ns(), name)).object; }

    QString servedSerial(const QString &datastore)
    {
        const Ops::ServedCertificate served = await(Ops::inspectServedCertificate(m_client.get(), ns(), datastore, {}, 10000, this));
        return served.error.isEmpty() ? served.serialHex : QStringLiteral("error: ") + served.error;
    }

    /** The serial @p datastore serves, waiting up to a minute for it to become @p expected (servers restart). */
    QString servedSerialBecomes(const QString &datastore, const QString &expected)
    {
        QString served;
        (void)QTest::qWaitFor([&] {
            served = servedSerial(datastore);
            return served == expected;
        }, 60000);
        return served;
    }

    bool restart(const QString &workload)
    {
        const Kube::Response r = await(m_client->rolloutRestart(QStringLiteral("deployments"), ns(), workload));
        if (!r.ok())
            return false;
        return await(m_client->waitForRollout(QStringLiteral("deployments"), ns(), workload, std::chrono::milliseconds(120000))).ok();
    }

    Ops::RenewalOptions options(const QStringList &datastores)
    {
        Ops::RenewalOptions o;
        o.namespaceName = ns();
        o.datastores = datastores;
        o.keyType = Ops::KeyPair::Type::EcP256;
        o.outputDirectory = m_dir->filePath(QStringLiteral("out-%1").arg(++m_runs));
        return o;
    }

    Ops::RenewalPlan build(const Ops::RenewalOptions &o)
    {
        const Fleet::InventoryResult inventory = await(Fleet::loadInventory(m_client.get(), ns(), this));
        return await(Ops::buildCertRenewal(m_client.get(), inventory, o, this));
    }

    /** The Secret with the guide's key names (same certificates), plus a key that is nobody's business. */
    void renameSecretKeys(const QString &name, bool redis)
    {
        QJsonObject secret = store().get(QStringLiteral("secrets"), ns(), name);
        const QJsonObject data = dataOf(secret);
        const GuideLayout::Keys keys = GuideLayout::keysFor(GuideLayout::Naming::Guide, redis);
        secret.insert(QStringLiteral("type"), QStringLiteral("Opaque"));
        secret.insert(QStringLiteral("data"),
                      QJsonObject{{keys.certificate, data.value(QLatin1String("tls.crt"))},
                                  {keys.key, data.value(QLatin1String("tls.key"))},
                                  {keys.ca, data.value(QLatin1String("ca.crt"))},
                                  {QStringLiteral("README"), QString::fromLatin1(QByteArray("issued by the platform team").toBase64())}});
        Demo::ObjectStore::Result result;
        store().replace(QStringLiteral("secrets"), ns(), name, secret, &result);
    }

    /** The Deployment as the guide writes it: the init container copies the Secret into /tls, the server reads it. */
    void guideDeployment(const QString &name, bool redis)
    {
        QJsonObject deployment = store().get(QStringLiteral("deployments"), ns(), name);
        QJsonObject spec = deployment.value(QLatin1String("spec")).toObject();
        QJsonObject templ = spec.value(QLatin1String("template")).toObject();
        QJsonObject podSpec = templ.value(QLatin1String("spec")).toObject();
        const GuideLayout::Keys keys = GuideLayout::keysFor(GuideLayout::Naming::Guide, redis);
        const GuideLayout::TlsWiring tls = GuideLayout::tlsWiring(GuideLayout::Layout::Copied,
                                                                  redis ? QStringLiteral("redis-tls") : QStringLiteral("postgres-tls"), keys);
        QJsonArray volumes;
        for (const QJsonValue &v : podSpec.value(QLatin1String("volumes")).toArray()) {
            if (v.toObject().value(QLatin1String("name")).toString() != u"tls")
                volumes << v;
        }
        for (const QJsonValue &v : tls.volumes)
            volumes << v;
        QJsonObject container = podSpec.value(QLatin1String("containers")).toArray().first().toObject();
        QJsonArray mounts;
        for (const QJsonValue &m : container.value(QLatin1String("volumeMounts")).toArray()) {
            if (m.toObject().value(QLatin1String("name")).toString() != u"tls")
                mounts << m;
        }
        mounts << tls.serverMount;
        if (redis) {
            QJsonArray command;
            for (const QJsonValue &word : container.value(QLatin1String("command")).toArray()) {
                QString w = word.toString();
                w.replace(QStringLiteral("/tls/tls.crt"), QStringLiteral("/tls/") + keys.certificate)
                    .replace(QStringLiteral("/tls/tls.key"), QStringLiteral("/tls/") + keys.key)
                    .replace(QStringLiteral("/tls/ca.crt"), QStringLiteral("/tls/") + keys.ca);
                command << w;
            }
            container.insert(QStringLiteral("command"), command);
        } else {
            container.insert(QStringLiteral("args"), QJsonArray{QStringLiteral("postgres"), QStringLiteral("-c"),
                                                                QStringLiteral("config_file=/etc/postgresql/postgresql.conf")});
            mounts << QJsonObject{{QStringLiteral("name"), QStringLiteral("postgres-config")},
                                  {QStringLiteral("mountPath"), QStringLiteral("/etc/postgresql")}};
            volumes << QJsonObject{{QStringLiteral("name"), QStringLiteral("postgres-config")},
                                   {QStringLiteral("configMap"), QJsonObject{{QStringLiteral("name"), QStringLiteral("postgres-config")}}}};
        }
        container.insert(QStringLiteral("volumeMounts"), mounts);
        podSpec.insert(QStringLiteral("containers"), QJsonArray{container});
        podSpec.insert(QStringLiteral("initContainers"), QJsonArray{tls.initContainer});
        podSpec.insert(QStringLiteral("volumes"), volumes);
        templ.insert(QStringLiteral("spec"), podSpec);
        spec.insert(QStringLiteral("template"), templ);
        deployment.insert(QStringLiteral("spec"), spec);
        Demo::ObjectStore::Result result;
        store().replace(QStringLiteral("deployments"), ns(), name, deployment, &result);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/proofer-test-")
                                                + QStringLiteral(PROOFER_TEST_TAG) + QStringLiteral("-XXXXXX"));
        QVERIFY(m_dir->isValid());
        QFile::setPermissions(m_dir->path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ExeGroup
                                                 | QFile::ExeOther);
        Demo::DemoOptions demo;
        demo.instances = 2;
        demo.rabbitmq = false;
        demo.stateDir = m_dir->filePath(QStringLiteral("state"));
        QString error;
        m_fleet = TestSupport::startDemoFleet(demo, &error);
        QVERIFY2(m_fleet, qPrintable(error));
        m_client = TestSupport::clientForKubeconfig(m_fleet->kubeconfigPath(), &error);
        QVERIFY2(m_client, qPrintable(error));

        // The guide's layout, then every server restarted from it.
        const QString before = servedSerial(QStringLiteral("auth-db"));
        QVERIFY2(!before.startsWith(QStringLiteral("error")), qPrintable(before));
        renameSecretKeys(QStringLiteral("postgres-tls"), false);
        renameSecretKeys(QStringLiteral("redis-tls"), true);
        m_fleet->apiServer()->createObject(
            QJsonObject{{QStringLiteral("apiVersion"), QStringLiteral("v1")},
                        {QStringLiteral("kind"), QStringLiteral("ConfigMap")},
                        {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), QStringLiteral("postgres-config")}}},
                        {QStringLiteral("data"),
                         QJsonObject{{QStringLiteral("postgresql.conf"),
                                      GuideLayout::postgresqlConf(GuideLayout::keysFor(GuideLayout::Naming::Guide, false))}}}},
            ns());
        for (const QString &name : {QStringLiteral("auth-db"), QStringLiteral("tenant-db"), QStringLiteral("redis")}) {
            guideDeployment(name, name == u"redis");
            QVERIFY2(restart(name), qPrintable(name));
        }
        QCOMPARE(servedSerialBecomes(QStringLiteral("auth-db"), before), before);
    }

    void cleanupTestCase()
    {
        m_client.reset();
        if (m_fleet && !TestSupport::stopDemoFleet(m_fleet))
            qWarning("the demo fleet did not stop in time");
    }

    void discoveryFollowsTheGuideMounts()
    {
        const Fleet::InventoryResult inventory = await(Fleet::loadInventory(m_client.get(), ns(), this));
        QVERIFY2(inventory.error.isEmpty(), qPrintable(inventory.error));
        int checked = 0;
        for (const Fleet::Datastore &store : inventory.datastores) {
            if (store.kind == Fleet::Kind::RabbitMQ)
                continue;
            const bool redis = store.kind == Fleet::Kind::Redis;
            const GuideLayout::Keys keys = GuideLayout::keysFor(GuideLayout::Naming::Guide, redis);
            QCOMPARE(store.tlsMaterial.certificate.key, keys.certificate);
            QCOMPARE(store.tlsMaterial.key.key, keys.key);
            QCOMPARE(store.tlsMaterial.ca.key, keys.ca);
            QCOMPARE(store.tlsMaterial.key.copiedBy, QStringLiteral("fix-tls-permissions"));
            QCOMPARE(store.keyFileMode, std::optional<int>(0600));
            QVERIFY(!store.tlsSecretCaPem.isEmpty());
            ++checked;
        }
        QCOMPARE(checked, 3);
    }

    void renewalWritesBackTheKeysTheServersRead()
    {
        const QByteArray oldCa = valueOf(dataOf(secretObject(QStringLiteral("postgres-tls"))), QStringLiteral("ca-cert.pem"));
        const Ops::RenewalPlan renewal = build(options({QStringLiteral("auth-db"), QStringLiteral("redis")}));
        QVERIFY2(renewal.plan, qPrintable(renewal.error));
        QCOMPARE(renewal.targets.size(), 2);
        const QString preview = renewal.plan->step(indexOf(*renewal.plan, QStringLiteral("patch-secret/postgres-tls")))->preview();
        QVERIFY2(preview.contains(QStringLiteral("server-key.pem: <elided")), qPrintable(preview));
        QVERIFY2(!preview.contains(QStringLiteral("tls.key")), qPrintable(preview));

        QString error;
        Ops::Journal journal = Ops::Journal::create(m_dir->filePath(QStringLiteral("journal")), renewal.plan->kind(), &error);
        QVERIFY2(journal.isValid(), qPrintable(error));
        Ops::Runner runner;
        runner.setJournal(&journal);
        bool finished = false;
        Ops::Runner::Outcome outcome = Ops::Runner::Outcome::Cancelled;
        QString message;
        connect(&runner, &Ops::Runner::finished, this, [&](Ops::Runner::Outcome o, const QString &m) {
            finished = true;
            outcome = o;
            message = m;
        });
        runner.run(renewal.plan.get(), false);
        QVERIFY(QTest::qWaitFor([&] { return finished; }, 600000));
        QVERIFY2(outcome == Ops::Runner::Outcome::Succeeded, qPrintable(message));

        for (const Ops::RenewalTarget &t : renewal.targets) {
            const bool redis = t.secretName == u"redis-tls";
            const GuideLayout::Keys keys = GuideLayout::keysFor(GuideLayout::Naming::Guide, redis);
            const QJsonObject data = dataOf(secretObject(t.secretName));
            // The same keys, nothing renamed or added, the unrelated key kept.
            QStringList names = data.keys();
            names.sort();
            QStringList expected{keys.certificate, keys.key, keys.ca, QStringLiteral("README")};
            expected.sort();
            QCOMPARE(names, expected);
            QCOMPARE(valueOf(data, QStringLiteral("README")), QByteArray("issued by the platform team"));
            QCOMPARE(serialOf(valueOf(data, keys.certificate)), t.newSerialHex);
            // The CA bundle keeps the old CA for the clients that have not moved yet.
            const QByteArray bundle = valueOf(data, keys.ca);
            QStringList bundled;
            for (const Probe::CertificateInfo &ca : Probe::parseCertificates(bundle))
                bundled << ca.sha256Fingerprint;
            QVERIFY(bundled.size() >= 2);
            QVERIFY(bundled.contains(Probe::parseCertificates(oldCa).value(0).sha256Fingerprint));
            // The servers serve the new serial from the keys they read.
            for (const QString &datastore : t.datastores)
                QCOMPARE(servedSerialBecomes(datastore, t.newSerialHex), t.newSerialHex);
            // And the local copy is named after those keys too.
            QVERIFY(QFile::exists(QDir(t.directory).filePath(keys.key)));
        }
    }

    void crashAtTheBeginOfThePatch()
    {
        // A child process renews auth-db and dies once the patch is journaled as begun, before it is sent.
        const QString secretBefore = serialOf(valueOf(dataOf(secretObject(QStringLiteral("postgres-tls"))), QStringLiteral("server-cert.pem")));
        const QString journalDir = m_dir->filePath(QStringLiteral("crash-journal"));
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(QString::fromUtf8(OPERATION_CRASHER),
                      {QStringLiteral("renew-certs"), m_fleet->kubeconfigPath(), ns(), journalDir,
                       m_dir->filePath(QStringLiteral("crash-out")), QStringLiteral("auth-db"), QStringLiteral("3"), QStringLiteral("begin")});
        QVERIFY(process.waitForStarted());
        (void)QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 300000);
        const QString output = QString::fromUtf8(process.readAll());
        QVERIFY2(output.contains(QStringLiteral("crash in doubt before patch-secret/postgres-tls")), qPrintable(output));
        QString journalPath;
        for (const QString &line : output.split(u'\n')) {
            if (line.startsWith(QStringLiteral("journal ")))
                journalPath = line.mid(8).trimmed();
        }
        Ops::UnfinishedRun run;
        QString error;
        QVERIFY2(Ops::describeJournal(journalPath, &run, &error), qPrintable(error));
        QCOMPARE(run.interruptedStep, QStringLiteral("patch-secret/postgres-tls"));

        // The rebuilt plan, with the journaled state of what was applied, observes the in-doubt patch.
        const Ops::RebuiltPlan rebuilt = await(Ops::rebuildPlan(m_client.get(), run, {}, this));
        QVERIFY2(rebuilt.plan, qPrintable(rebuilt.error));
        {
            Ops::Journal journal = Ops::Journal::open(journalPath, &error);
            QVERIFY2(journal.isValid(), qPrintable(error));
            for (const Ops::Journal::Entry &entry : journal.entries()) {
                if (entry.event == u"applied")
                    QVERIFY(rebuilt.plan->step(entry.index)->restoreJournalState(entry.state));
            }
        }
        const Ops::Observation seen = await(rebuilt.plan->step(3)->observe(Ops::RunContext()));
        QVERIFY2(seen.state == Ops::Observation::State::NotApplied, qPrintable(seen.message));
        QCOMPARE(seen.facts.value(QLatin1String("secretSerial")).toString(), secretBefore);

        // Rolled back: the Secret is as it was and the servers serve it.
        {
            Ops::Journal journal = Ops::Journal::open(journalPath, &error);
            Ops::Runner runner;
            runner.setJournal(&journal);
            bool finished = false;
            QString message;
            connect(&runner, &Ops::Runner::finished, this, [&](Ops::Runner::Outcome, const QString &m) {
                finished = true;
                message = m;
            });
            const Ops::RebuiltPlan again = await(Ops::rebuildPlan(m_client.get(), run, {}, this));
            QVERIFY2(again.plan, qPrintable(again.error));
            runner.rollback(again.plan.get());
            QVERIFY2(QTest::qWaitFor([&] { return finished; }, 300000), "the rollback did not finish");
        }
        const QJsonObject data = dataOf(secretObject(QStringLiteral("postgres-tls")));
        QCOMPARE(serialOf(valueOf(data, QStringLiteral("server-cert.pem"))), secretBefore);
        QVERIFY(!data.contains(QStringLiteral("tls.crt")));
        QCOMPARE(servedSerial(QStringLiteral("auth-db")), secretBefore);
    }

    void inDoubtPatchIsObservedAndUndone()
    {
        const QString oldSerial = serialOf(valueOf(dataOf(secretObject(QStringLiteral("postgres-tls"))), QStringLiteral("server-cert.pem")));
        QCOMPARE(servedSerial(QStringLiteral("auth-db")), oldSerial);
        const Ops::RenewalOptions o = options({QStringLiteral("auth-db")});
        const Ops::RenewalPlan first = build(o);
        QVERIFY2(first.plan, qPrintable(first.error));
        const int patch = indexOf(*first.plan, QStringLiteral("patch-secret/"));
        const int restartAuth = indexOf(*first.plan, QStringLiteral("restart/auth-db"));
        QVERIFY(patch > 0 && restartAuth > patch);
        const Ops::RunContext context;
        for (int i = 0; i < patch; ++i) {
            const Ops::StepResult r = await(first.plan->step(i)->apply(context));
            QVERIFY2(r.ok, qPrintable(r.message));
        }
        // Begun, not on the wire yet: the Secret still holds the old certificate.
        Ops::Observation seen = await(first.plan->step(patch)->observe(context));
        QVERIFY2(seen.state == Ops::Observation::State::NotApplied, qPrintable(seen.message));

        // The patch reaches the cluster, and the process dies before it could write "applied".
        const Ops::StepResult patched = await(first.plan->step(patch)->apply(context));
        QVERIFY2(patched.ok, qPrintable(patched.message));
        const QString newSerial = first.targets.first().newSerialHex;

        // A new process rebuilds the plan from the journal's parameters; the files write-files journaled are read back.
        const Ops::RenewalPlan rebuilt = build(o);
        QVERIFY2(rebuilt.plan, qPrintable(rebuilt.error));
        const int writeFiles = indexOf(*rebuilt.plan, QStringLiteral("write-files/"));
        QVERIFY(rebuilt.plan->step(writeFiles)->restoreJournalState(first.plan->step(writeFiles)->journalState()));
        seen = await(rebuilt.plan->step(patch)->observe(context));
        QVERIFY2(seen.state == Ops::Observation::State::Applied, qPrintable(seen.message));
        QCOMPARE(seen.facts.value(QLatin1String("secretSerial")).toString(), newSerial);
        QVERIFY(!QJsonDocument(seen.facts).toJson().contains("PRIVATE KEY"));
        // The restart never happened: the server still serves the old serial, not what its Secret holds.
        seen = await(rebuilt.plan->step(restartAuth)->observe(context));
        QVERIFY2(seen.state == Ops::Observation::State::NotApplied, qPrintable(seen.message));

        // Observed applied: the step holds what undo needs — the old certificate is back and served.
        const Ops::StepResult undone = await(rebuilt.plan->step(patch)->undo(context));
        QVERIFY2(undone.ok, qPrintable(undone.message));
        const QJsonObject data = dataOf(secretObject(QStringLiteral("postgres-tls")));
        QCOMPARE(serialOf(valueOf(data, QStringLiteral("server-cert.pem"))), oldSerial);
        QVERIFY(data.contains(QStringLiteral("README")));
        QVERIFY(!data.contains(QStringLiteral("tls.crt")));
        QCOMPARE(servedSerialBecomes(QStringLiteral("auth-db"), oldSerial), oldSerial);
        QCOMPARE(servedSerialBecomes(QStringLiteral("tenant-db"), oldSerial), oldSerial);
        // Now the server serves what its Secret holds: the restart is observed as applied.
        seen = await(rebuilt.plan->step(restartAuth)->observe(context));
        QVERIFY2(seen.state == Ops::Observation::State::Applied, qPrintable(seen.message));
    }
};

QTEST_GUILESS_MAIN(TestGuideRenewal)
#include "testguiderenewal.moc"
