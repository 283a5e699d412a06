// SPDX-License-Identifier: GPL-3.0-or-later
// Certificate renewal end to end against a real demo fleet (2 PostgreSQL sharing postgres-tls, Redis with
// redis-tls, the Kubernetes API emulator): the plan and its previews, a dry run that changes nothing, a
// renewal verified by the serial each server serves after its restart, a renewal with an existing CA, a
// concurrent Secret edit that aborts with nothing changed, an injected failure after the patch that puts
// the old Secret back (and the old serial is served again), and journals without key material.
#include "demofixture.h"
#include "demo/demofleet.h"
#include "demo/apiserver.h"
#include "demo/localserver.h"
#include "demo/objectstore.h"
#include "fleet/inventory.h"
#include "kube/kubeclient.h"
#include "kube/kubeconfigloader.h"
#include "ops/certrenewal.h"
#include "ops/journal.h"
#include "ops/runner.h"
#include "probe/tlscertificate.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

#include <sys/stat.h>

namespace {

constexpr const char *kNamespace = "bakery-ia";

template<typename T> T await(QFuture<T> future, int timeoutMs = 300000)
{
    if (!QTest::qWaitFor([&] { return future.isFinished(); }, timeoutMs))
        return T{};
    return future.result();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

struct RunResult
{
    bool finished = false;
    Ops::Runner::Outcome outcome = Ops::Runner::Outcome::Cancelled;
    QString message;
    QString journalPath;
};

/** Stands for any step after the Secret patch that fails: the injected failure (after @p before, if given). */
class FailingStep final : public Ops::Step
{
public:
    explicit FailingStep(std::function<void()> before = {})
        : m_before(std::move(before))
    {
    }
    QString id() const override { return QStringLiteral("injected-failure"); }
    QString title() const override { return QStringLiteral("Injected failure"); }
    QFuture<Ops::StepResult> apply(const Ops::RunContext &context) override
    {
        if (context.dryRun)
            return Ops::ready(Ops::StepResult::success());
        if (m_before)
            m_before();
        return Ops::ready(Ops::StepResult::failure(QStringLiteral("injected failure after the patch")));
    }

private:
    std::function<void()> m_before;
};

} // namespace

class TestCertRenewal final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Demo::DemoFleet> m_fleet;
    std::unique_ptr<Kube::KubeClient> m_client;
    QString m_journalDir;
    int m_runs = 0;
    QStringList m_journals;
    QStringList m_keyFiles;

    QString ns() const { return QString::fromLatin1(kNamespace); }

    Fleet::InventoryResult loadInventory() { return await(Fleet::loadInventory(m_client.get(), ns(), this)); }

    QJsonObject secretObject(const QString &name)
    {
        return await(m_client->get(QStringLiteral("secrets"), ns(), name)).object;
    }
    static QString versionOf(const QJsonObject &object)
    {
        return object.value(QLatin1String("metadata")).toObject().value(QLatin1String("resourceVersion")).toString();
    }
    static QJsonObject dataOf(const QJsonObject &object) { return object.value(QLatin1String("data")).toObject(); }

    QString servedSerial(const QString &datastore)
    {
        const Ops::ServedCertificate served
            = await(Ops::inspectServedCertificate(m_client.get(), ns(), datastore, {}, 10000, this));
        return served.error.isEmpty() ? served.serialHex : QStringLiteral("error: ") + served.error;
    }

    qint64 serverPid(const QString &name) const
    {
        for (Demo::LocalServer *server : m_fleet->servers()) {
            if (server->name() == name)
                return server->pid();
        }
        return 0;
    }

    Ops::RenewalOptions options(const QStringList &datastores)
    {
        Ops::RenewalOptions o;
        o.namespaceName = ns();
        o.datastores = datastores;
        o.keyType = Ops::KeyPair::Type::EcP256; // fast; RSA 4096 is covered by existingCaRsa4096
        o.outputDirectory = m_dir->filePath(QStringLiteral("out-%1").arg(++m_runs));
        o.verifyTimeoutMs = 60000;
        return o;
    }

    Ops::RenewalPlan build(const Ops::RenewalOptions &o)
    {
        return await(Ops::buildCertRenewal(m_client.get(), loadInventory(), o, this));
    }

    RunResult run(Ops::Plan *plan, bool dryRun = false)
    {
        RunResult result;
        QString error;
        Ops::Journal journal = Ops::Journal::create(m_journalDir, plan->kind(), &error);
        if (!journal.isValid()) {
            result.message = error;
            return result;
        }
        result.journalPath = journal.path();
        m_journals << journal.path();
        Ops::Runner runner;
        runner.setJournal(&journal);
        connect(&runner, &Ops::Runner::finished, this, [&](Ops::Runner::Outcome outcome, const QString &message) {
            result.finished = true;
            result.outcome = outcome;
            result.message = message;
        });
        runner.run(plan, dryRun);
        if (!QTest::qWaitFor([&] { return result.finished; }, 600000))
            result.message = QStringLiteral("timed out");
        return result;
    }

    /** Every private key this test made or saw must stay out of the journals. */
    void assertNoKeyMaterialIn(const QString &journalPath)
    {
        const QByteArray journal = readFile(journalPath);
        QVERIFY(!journal.isEmpty());
        QVERIFY2(!journal.contains("PRIVATE KEY"), qPrintable(journalPath));
        QVERIFY2(!journal.contains("LS0tLS1CRUdJTi"), qPrintable(journalPath)); // base64 of "-----BEGIN"
        for (const QString &keyFile : std::as_const(m_keyFiles)) {
            const QByteArray key = readFile(keyFile);
            for (const QByteArray &line : key.split('\n')) {
                if (line.size() >= 32 && !line.startsWith("-----"))
                    QVERIFY2(!journal.contains(line), qPrintable(journalPath));
            }
        }
        for (const QByteArray &line : journal.split('\n')) {
            if (line.isEmpty())
                continue;
            QJsonParseError parseError;
            QJsonDocument::fromJson(line, &parseError);
            QCOMPARE(parseError.error, QJsonParseError::NoError);
        }
    }

    void collectKeyFiles(const QString &outDir)
    {
        QDir dir(outDir);
        const QStringList entries = dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        for (const QString &sub : entries) {
            for (const QString &name : {QStringLiteral("tls.key"), QStringLiteral("ca.key"), QStringLiteral("previous/tls.key")}) {
                const QString path = dir.filePath(sub + u'/' + name);
                if (QFileInfo::exists(path))
                    m_keyFiles << path;
            }
        }
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/proofer-test-")
                                                + QStringLiteral(PROOFER_TEST_TAG) + QStringLiteral("-XXXXXX"));
        QVERIFY(m_dir->isValid());
        // The servers run as "postgres" when the test runs as root: it must be able to enter the temp dir.
        QFile::setPermissions(m_dir->path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ExeGroup
                                                 | QFile::ExeOther);
        m_journalDir = m_dir->filePath(QStringLiteral("journal"));

        Demo::DemoOptions demo;
        demo.instances = 2;
        demo.stateDir = m_dir->filePath(QStringLiteral("state"));
        QString error;
        m_fleet = TestSupport::startDemoFleet(demo, &error);
        QVERIFY2(m_fleet, qPrintable(error));
        m_client = TestSupport::clientForKubeconfig(m_fleet->kubeconfigPath(), &error);
        QVERIFY2(m_client, qPrintable(error));
    }

    void cleanupTestCase()
    {
        // Whatever ran, no journal holds key material.
        for (const QString &journal : std::as_const(m_journals))
            assertNoKeyMaterialIn(journal);
        m_client.reset();
        if (!TestSupport::stopDemoFleet(m_fleet))
            qWarning("the demo fleet did not stop in time");
    }

    void planCoversEveryNameAndElidesKeys()
    {
        const Fleet::InventoryResult inventory = loadInventory();
        // (RabbitMQ has TLS too when the machine has it.)
        const QStringList renewable = Ops::renewableDatastores(inventory);
        for (const QString &name : {QStringLiteral("auth-db"), QStringLiteral("redis"), QStringLiteral("tenant-db")})
            QVERIFY2(renewable.contains(name), qPrintable(renewable.join(u' ')));
        const QByteArray currentPem = QByteArray::fromBase64(
            dataOf(secretObject(QStringLiteral("postgres-tls"))).value(QLatin1String("tls.crt")).toString().toLatin1());
        const QStringList currentSans = Probe::parseCertificates(currentPem).value(0).sans;
        QVERIFY(!currentSans.isEmpty());

        const Ops::RenewalPlan renewal = build(options({QStringLiteral("auth-db")}));
        QVERIFY2(renewal.plan, qPrintable(renewal.error));
        QCOMPARE(renewal.targets.size(), 1);
        const Ops::RenewalTarget &t = renewal.targets.first();
        QCOMPARE(t.secretName, QStringLiteral("postgres-tls"));
        // postgres-tls is shared: tenant-db is renewed with auth-db, and the plan says so.
        QCOMPARE(t.datastores, (QStringList{QStringLiteral("auth-db"), QStringLiteral("tenant-db")}));
        QVERIFY(renewal.notes.join(u' ').contains(QStringLiteral("tenant-db")));
        // Every Service DNS form of both datastores: name, name.ns, name.ns.svc, name.ns.svc.cluster.local.
        QStringList serviceNames;
        for (const Fleet::Datastore &store : inventory.datastores) {
            if (store.name == u"auth-db" || store.name == u"tenant-db")
                serviceNames << store.serviceDnsNames();
        }
        QCOMPARE(serviceNames.size(), 8);
        QVERIFY(serviceNames.last().endsWith(QStringLiteral(".bakery-ia.svc.cluster.local")));
        for (const QString &name : std::as_const(serviceNames))
            QVERIFY2(t.dnsNames.contains(name), qPrintable(name + u' ' + t.dnsNames.join(u',')));
        // Nothing the current certificate names stops verifying.
        for (const QString &san : currentSans)
            QVERIFY2(t.dnsNames.contains(san) || t.ipAddresses.contains(san), qPrintable(san));
        QVERIFY(!t.newSerialHex.isEmpty());
        QVERIFY(t.newSerialHex != t.currentSerialHex);

        QStringList ids;
        for (int i = 0; i < renewal.plan->size(); ++i)
            ids << renewal.plan->step(i)->id();
        QCOMPARE(ids, (QStringList{QStringLiteral("validate"), QStringLiteral("write-ca"),
                                   QStringLiteral("write-files/postgres-tls"), QStringLiteral("patch-secret/postgres-tls"),
                                   QStringLiteral("restart/auth-db"), QStringLiteral("restart/tenant-db")}));
        const QString manifest = renewal.plan->step(3)->preview();
        QVERIFY2(manifest.contains(QStringLiteral("kind: Secret")), qPrintable(manifest));
        QVERIFY2(manifest.contains(QStringLiteral("resourceVersion: \"") + t.resourceVersion), qPrintable(manifest));
        QVERIFY2(manifest.contains(QStringLiteral("tls.key: <elided")), qPrintable(manifest));
        QVERIFY(!manifest.contains(QStringLiteral("PRIVATE KEY")));
        QVERIFY(!manifest.contains(QStringLiteral("LS0tLS1CRUdJTi")));
        QVERIFY(renewal.plan->step(4)->preview().contains(t.newSerialHex));

        Ops::RenewalOptions bad = options({QStringLiteral("nope-db")});
        QVERIFY(!build(bad).plan);
        bad = options({});
        bad.caMode = Ops::RenewalOptions::CaMode::Existing;
        bad.caCertificatePath = m_dir->filePath(QStringLiteral("missing.crt"));
        bad.caKeyPath = m_dir->filePath(QStringLiteral("missing.key"));
        const Ops::RenewalPlan missing = build(bad);
        QVERIFY(!missing.plan);
        QVERIFY2(missing.error.contains(QStringLiteral("missing.crt")), qPrintable(missing.error));
    }

    void dryRunChangesNothing()
    {
        const QJsonObject before = secretObject(QStringLiteral("postgres-tls"));
        const QString servedBefore = servedSerial(QStringLiteral("auth-db"));
        QVERIFY2(!servedBefore.startsWith(QStringLiteral("error")), qPrintable(servedBefore));
        const qint64 pidBefore = serverPid(QStringLiteral("auth-db"));

        const Ops::RenewalOptions o = options({QStringLiteral("auth-db")});
        const Ops::RenewalPlan renewal = build(o);
        QVERIFY2(renewal.plan, qPrintable(renewal.error));
        const RunResult result = run(renewal.plan.get(), true);
        QVERIFY(result.finished);
        QVERIFY2(result.outcome == Ops::Runner::Outcome::DryRunOk, qPrintable(result.message));

        QCOMPARE(versionOf(secretObject(QStringLiteral("postgres-tls"))), versionOf(before));
        QCOMPARE(servedSerial(QStringLiteral("auth-db")), servedBefore);
        QCOMPARE(serverPid(QStringLiteral("auth-db")), pidBefore);
        QVERIFY(!QFileInfo::exists(o.outputDirectory));
        Ops::Journal journal = Ops::Journal::open(result.journalPath, nullptr);
        for (const Ops::Journal::Entry &entry : journal.entries())
            QVERIFY2(entry.event == u"plan" || entry.event == u"dry-run" || entry.event == u"end", qPrintable(entry.event));
    }

    void renewsAndServesTheNewSerial()
    {
        const qint64 authPid = serverPid(QStringLiteral("auth-db"));
        const qint64 redisPid = serverPid(QStringLiteral("redis"));
        // Both Secrets (postgres-tls also serves tenant-db).
        const Ops::RenewalOptions o = options({QStringLiteral("auth-db"), QStringLiteral("redis")});
        const Ops::RenewalPlan renewal = build(o);
        QVERIFY2(renewal.plan, qPrintable(renewal.error));
        QCOMPARE(renewal.targets.size(), 2);

        const RunResult result = run(renewal.plan.get());
        QVERIFY(result.finished);
        QVERIFY2(result.outcome == Ops::Runner::Outcome::Succeeded, qPrintable(result.message));
        collectKeyFiles(o.outputDirectory);

        for (const Ops::RenewalTarget &t : renewal.targets) {
            for (const QString &store : t.datastores)
                QCOMPARE(servedSerial(store), t.newSerialHex);
            // The Secret holds what was written locally.
            const QJsonObject data = dataOf(secretObject(t.secretName));
            QCOMPARE(QByteArray::fromBase64(data.value(QLatin1String("tls.crt")).toString().toLatin1()),
                     readFile(QDir(t.directory).filePath(QStringLiteral("tls.crt"))));
            for (const QString &file : {QStringLiteral("tls.crt"), QStringLiteral("tls.key"), QStringLiteral("ca.crt"),
                                        QStringLiteral("previous/tls.key")}) {
                struct stat st{};
                QCOMPARE(::stat(QFile::encodeName(QDir(t.directory).filePath(file)).constData(), &st), 0);
                QCOMPARE(st.st_mode & 0777, mode_t(0600));
            }
        }
        struct stat st{};
        QCOMPARE(::stat(QFile::encodeName(QDir(o.outputDirectory).filePath(QStringLiteral("ca/ca.key"))).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, mode_t(0600));
        // The servers really restarted (the emulator's rollout restart restarts the local server).
        QVERIFY(serverPid(QStringLiteral("auth-db")) != authPid);
        QVERIFY(serverPid(QStringLiteral("redis")) != redisPid);
        assertNoKeyMaterialIn(result.journalPath);
        m_lastCaDir = QDir(o.outputDirectory).filePath(QStringLiteral("ca"));
    }

    void existingCaRsa4096()
    {
        QVERIFY(!m_lastCaDir.isEmpty());
        Ops::RenewalOptions o = options({QStringLiteral("redis")});
        o.caMode = Ops::RenewalOptions::CaMode::Existing;
        o.caCertificatePath = m_lastCaDir + QStringLiteral("/ca.crt");
        o.caKeyPath = m_lastCaDir + QStringLiteral("/ca.key");
        o.keyType = Ops::KeyPair::Type::Rsa;
        o.rsaBits = 4096;
        const Ops::RenewalPlan renewal = build(o);
        QVERIFY2(renewal.plan, qPrintable(renewal.error));
        QStringList ids;
        for (int i = 0; i < renewal.plan->size(); ++i)
            ids << renewal.plan->step(i)->id();
        QVERIFY(!ids.contains(QStringLiteral("write-ca")));
        const RunResult result = run(renewal.plan.get());
        QVERIFY2(result.outcome == Ops::Runner::Outcome::Succeeded, qPrintable(result.message));
        collectKeyFiles(o.outputDirectory);
        const Ops::ServedCertificate served
            = await(Ops::inspectServedCertificate(m_client.get(), ns(), QStringLiteral("redis"), {}, 10000, this));
        QCOMPARE(served.serialHex, renewal.targets.first().newSerialHex);
        QVERIFY2(served.report.verified, qPrintable(served.report.verifyError));
        QVERIFY(served.report.leaf());
        QCOMPARE(served.report.leaf()->keyType, QStringLiteral("RSA"));
        QCOMPARE(served.report.leaf()->keyBits, 4096);
        QCOMPARE(served.report.leaf()->issuer, renewal.caSubject);
    }

    void concurrentSecretEditAborts()
    {
        const Ops::RenewalPlan renewal = build(options({QStringLiteral("auth-db")}));
        QVERIFY2(renewal.plan, qPrintable(renewal.error));
        const QString servedBefore = servedSerial(QStringLiteral("auth-db"));
        // Someone edits the Secret between the plan and its run.
        const Kube::Response edited = await(m_client->patch(
            QStringLiteral("secrets"), ns(), QStringLiteral("postgres-tls"),
            {{QStringLiteral("metadata"),
              QJsonObject{{QStringLiteral("annotations"), QJsonObject{{QStringLiteral("example.com/edited"), QStringLiteral("yes")}}}}}},
            Kube::KubeClient::PatchType::Merge));
        QVERIFY2(edited.ok(), qPrintable(edited.error.message));
        const QJsonObject afterEdit = secretObject(QStringLiteral("postgres-tls"));

        const RunResult result = run(renewal.plan.get());
        QVERIFY(result.finished);
        QCOMPARE(result.outcome, Ops::Runner::Outcome::RolledBack);
        QVERIFY2(result.message.contains(QStringLiteral("postgres-tls")), qPrintable(result.message));
        QVERIFY2(result.message.contains(QStringLiteral("changed")), qPrintable(result.message));
        const QJsonObject after = secretObject(QStringLiteral("postgres-tls"));
        QCOMPARE(versionOf(after), versionOf(afterEdit));
        QCOMPARE(dataOf(after), dataOf(afterEdit));
        QCOMPARE(servedSerial(QStringLiteral("auth-db")), servedBefore);
        Ops::Journal journal = Ops::Journal::open(result.journalPath, nullptr);
        bool sawFailedPatch = false;
        for (const Ops::Journal::Entry &entry : journal.entries()) {
            QVERIFY(entry.event != u"applied" || !entry.step.startsWith(QStringLiteral("patch-secret")));
            sawFailedPatch = sawFailedPatch || (entry.event == u"failed" && entry.step == u"patch-secret/postgres-tls");
        }
        QVERIFY(sawFailedPatch);
    }

    void failureAfterThePatchRollsBack()
    {
        const Ops::RenewalPlan renewal = build(options({QStringLiteral("auth-db")}));
        QVERIFY2(renewal.plan, qPrintable(renewal.error));
        renewal.plan->addStep(std::make_unique<FailingStep>());
        const QJsonObject before = secretObject(QStringLiteral("postgres-tls"));
        const QString servedBefore = servedSerial(QStringLiteral("auth-db"));
        QVERIFY2(!servedBefore.startsWith(QStringLiteral("error")), qPrintable(servedBefore));
        const qint64 pidBefore = serverPid(QStringLiteral("auth-db"));

        const RunResult result = run(renewal.plan.get());
        QVERIFY(result.finished);
        QVERIFY2(result.outcome == Ops::Runner::Outcome::RolledBack, qPrintable(result.message));
        QVERIFY(result.message.contains(QStringLiteral("injected failure")));

        // The old Secret data is back, the servers were restarted again and serve the old serial.
        QCOMPARE(dataOf(secretObject(QStringLiteral("postgres-tls"))), dataOf(before));
        QVERIFY(QTest::qWaitFor([&] { return servedSerial(QStringLiteral("auth-db")) == servedBefore; }, 60000));
        QCOMPARE(servedSerial(QStringLiteral("tenant-db")), servedBefore);
        QVERIFY(serverPid(QStringLiteral("auth-db")) != pidBefore);
        Ops::Journal journal = Ops::Journal::open(result.journalPath, nullptr);
        QStringList events;
        for (const Ops::Journal::Entry &entry : journal.entries())
            events << entry.event + u':' + entry.step;
        QVERIFY2(events.contains(QStringLiteral("applied:patch-secret/postgres-tls")), qPrintable(events.join(u' ')));
        QVERIFY2(events.contains(QStringLiteral("undone:patch-secret/postgres-tls")), qPrintable(events.join(u' ')));
        assertNoKeyMaterialIn(result.journalPath);
    }

    void rollbackThatCannotSeeThePreviousCertificateSaysSo()
    {
        // During the run someone points auth-db's TLS volume at a copy of the renewed Secret. The rollback puts
        // postgres-tls back and restarts auth-db, which still serves the new serial: the rollback is not proven
        // and must end RollbackFailed (exit 4) naming what is served, never "everything was put back".
        const QString name = QStringLiteral("auth-db");
        Ops::RenewalOptions o = options({name});
        o.verifyTimeoutMs = 5000;
        const Ops::RenewalPlan renewal = build(o);
        QVERIFY2(renewal.plan, qPrintable(renewal.error));
        Demo::ObjectStore &store = m_fleet->apiServer()->store();
        const QJsonObject deploymentBefore = store.get(QStringLiteral("deployments"), ns(), name);
        const QJsonObject before = secretObject(QStringLiteral("postgres-tls"));
        const QString servedBefore = servedSerial(name);
        QVERIFY2(!servedBefore.startsWith(QStringLiteral("error")), qPrintable(servedBefore));
        const QString copyName = QStringLiteral("postgres-tls-copy");
        renewal.plan->addStep(std::make_unique<FailingStep>([&] {
            QJsonObject copy = store.get(QStringLiteral("secrets"), ns(), QStringLiteral("postgres-tls"));
            copy.insert(QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), copyName}});
            store.create(QStringLiteral("secrets"), ns(), copy);
            QJsonObject deployment = store.get(QStringLiteral("deployments"), ns(), name);
            const QByteArray text = QJsonDocument(deployment).toJson(QJsonDocument::Compact);
            deployment = QJsonDocument::fromJson(QByteArray(text).replace("\"secretName\":\"postgres-tls\"",
                                                                          "\"secretName\":\"postgres-tls-copy\"")).object();
            store.replace(QStringLiteral("deployments"), ns(), name, deployment);
        }));

        const RunResult result = run(renewal.plan.get());
        QVERIFY(result.finished);
        QVERIFY2(result.outcome == Ops::Runner::Outcome::RollbackFailed, qPrintable(result.message));
        QVERIFY2(result.message.contains(QStringLiteral("not proven")), qPrintable(result.message));
        QVERIFY2(result.message.contains(QStringLiteral("not ") + Probe::parseCertificates(QByteArray::fromBase64(
                     dataOf(before).value(QLatin1String("tls.crt")).toString().toLatin1())).value(0).serialHex),
                 qPrintable(result.message));
        // The Secret itself was put back; only the proof is missing.
        QCOMPARE(dataOf(secretObject(QStringLiteral("postgres-tls"))), dataOf(before));
        Ops::Journal journal = Ops::Journal::open(result.journalPath, nullptr);
        QStringList events;
        for (const Ops::Journal::Entry &entry : journal.entries())
            events << entry.event + u':' + entry.step;
        QVERIFY2(!events.contains(QStringLiteral("undone:patch-secret/postgres-tls")), qPrintable(events.join(u' ')));

        // Put auth-db back as it was for the tests that follow.
        QJsonObject restored = deploymentBefore;
        QJsonObject metadata = restored.value(QLatin1String("metadata")).toObject();
        metadata.remove(QStringLiteral("resourceVersion"));
        restored.insert(QStringLiteral("metadata"), metadata);
        store.replace(QStringLiteral("deployments"), ns(), name, restored);
        store.remove(QStringLiteral("secrets"), ns(), copyName);
        QVERIFY(await(m_client->rolloutRestart(QStringLiteral("deployments"), ns(), name)).ok());
        QVERIFY(QTest::qWaitFor([&] { return servedSerial(name) == servedBefore; }, 60000));
    }

    void cliRefusesWithoutYesAndDryRunPrintsThePlan()
    {
        const QString proofer = qEnvironmentVariable("PROOFER_BIN");
        QVERIFY(!proofer.isEmpty());
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("xdg")));
        process.setProcessEnvironment(env);
        process.setStandardInputFile(QProcess::nullDevice());
        const QStringList common{QStringLiteral("renew-certs"), QStringLiteral("--kubeconfig"), m_fleet->kubeconfigPath(),
                                 QStringLiteral("--namespace"), ns(), QStringLiteral("--new-ca"),
                                 QStringLiteral("--key-type"), QStringLiteral("ec-p256"),
                                 QStringLiteral("--journal-dir"), m_journalDir};
        process.start(proofer, common);
        // The emulator answers from this process: wait on the event loop, never block it.
        QVERIFY(QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 60000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(process.readAllStandardError().contains("--yes"));

        const QString versionBefore = versionOf(secretObject(QStringLiteral("redis-tls")));
        process.start(proofer, common + QStringList{QStringLiteral("--datastore"), QStringLiteral("redis"),
                                                    QStringLiteral("--dry-run"), QStringLiteral("--out-dir"),
                                                    m_dir->filePath(QStringLiteral("cli-out"))});
        // The emulator answers from this process: wait on the event loop, never block it.
        QVERIFY(QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 180000));
        const QByteArray output = process.readAllStandardOutput();
        const QByteArray errors = process.readAllStandardError();
        QVERIFY2(process.exitCode() == 0, errors.constData());
        QVERIFY2(output.contains("kind: Secret"), output.constData());
        QVERIFY2(output.contains("patch-secret") || output.contains("Patch the Secret redis-tls"), output.constData());
        QVERIFY(!output.contains("PRIVATE KEY"));
        QCOMPARE(versionOf(secretObject(QStringLiteral("redis-tls"))), versionBefore);
        QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("cli-out"))));

        process.start(proofer, common + QStringList{QStringLiteral("--datastore"), QStringLiteral("nope-db"),
                                                    QStringLiteral("--dry-run")});
        // The emulator answers from this process: wait on the event loop, never block it.
        QVERIFY(QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 60000));
        QCOMPARE(process.exitCode(), 2);
    }

private:
    QString m_lastCaDir;
};

QTEST_GUILESS_MAIN(TestCertRenewal)
#include "testcertrenewal.moc"
