// SPDX-License-Identifier: GPL-3.0-or-later
// Password rotation end to end against a real demo fleet (2 PostgreSQL with log_statement='all', Redis, the
// Kubernetes API emulator): success with a verify-full login, the server log without the password, a dry
// run that changes nothing, a concurrent Secret edit that aborts before the role changes, failures after
// ALTER ROLE that put the old password back, journals without secrets, and the CLI's guard rails.
// No password is ever printed: they are compared by hash or through logins.
#include "demofixture.h"
#include "core/secret.h"
#include "demo/demofleet.h"
#include "demo/localserver.h"
#include "demo/apiserver.h"
#include "demo/objectstore.h"
#include "fleet/inventory.h"
#include "kube/kubeclient.h"
#include "kube/kubeconfigloader.h"
#include "ops/journal.h"
#include "ops/passwordrotation.h"
#include "ops/runner.h"

#include <QCryptographicHash>
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

namespace {

constexpr const char *kNamespace = "bakery-ia";

template<typename T> T await(QFuture<T> future, int timeoutMs = 120000)
{
    if (!QTest::qWaitFor([&] { return future.isFinished(); }, timeoutMs))
        return T {};
    return future.result();
}

QByteArray hashOf(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
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
    QString failedStep;
    QString journalPath;
    QStringList undone;
};

} // namespace

class TestPasswordRotation final : public QObject
{
    Q_OBJECT

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
        const QString gnupg = m_dir->filePath(QStringLiteral("gnupg"));
        QVERIFY(QDir().mkpath(gnupg));
        QFile::setPermissions(gnupg, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        qputenv("GNUPGHOME", QFile::encodeName(gnupg));
        m_recoveryDir = m_dir->filePath(QStringLiteral("recovery"));
        m_journalDir = m_dir->filePath(QStringLiteral("journal"));

        Demo::DemoOptions options;
        options.instances = 2;
        options.scenario = Demo::Scenario::Reference;
        options.stateDir = m_dir->filePath(QStringLiteral("state"));
        QString error;
        m_fleet = TestSupport::startDemoFleet(options, &error);
        QVERIFY2(m_fleet, qPrintable(error));
        m_client = TestSupport::clientForKubeconfig(m_fleet->kubeconfigPath(), &error);
        QVERIFY2(m_client, qPrintable(error));
    }

    void cleanupTestCase()
    {
        m_client.reset();
        if (!TestSupport::stopDemoFleet(m_fleet))
            qWarning("the demo fleet did not stop in time");
        // The gpg-agent that GPGME started for the recovery records.
        QProcess::execute(QStringLiteral("gpgconf"), {QStringLiteral("--kill"), QStringLiteral("gpg-agent")});
    }

    void loginTargetsUseVerifiedTls()
    {
        const Fleet::InventoryResult inventory = loadInventory();
        for (const QString &name : {QStringLiteral("auth-db"), QStringLiteral("redis")}) {
            const auto target = Ops::loginTargetFor(inventory, name);
            QVERIFY(target);
            QVERIFY(!target->caPem.isEmpty());
            QVERIFY(!target->pod.isEmpty());
            QVERIFY2(await(Ops::tryLogin(m_client.get(), *target, secretPassword(name))).isEmpty(), qPrintable(name));
            // A wrong password is refused (and says so without echoing it).
            const QString refused
                = await(Ops::tryLogin(m_client.get(), *target, Core::Secret(QByteArrayLiteral("not-the-password"))));
            QVERIFY2(!refused.isEmpty(), qPrintable(name));
            QVERIFY(!refused.contains(QStringLiteral("not-the-password")));
        }
    }

    void planOrderAndPreviewHoldNoSecret()
    {
        const Fleet::InventoryResult inventory = loadInventory();
        Ops::RotationOptions options = rotationOptions({QStringLiteral("auth-db")});
        const Ops::RotationPlan rotation = Ops::buildPasswordRotation(m_client.get(), inventory, options);
        QVERIFY2(rotation.plan, qPrintable(rotation.error));
        QStringList ids;
        for (int i = 0; i < rotation.plan->size(); ++i)
            ids << rotation.plan->step(i)->id();
        QCOMPARE(ids,
                 (QStringList {QStringLiteral("read-secret/auth-db"), QStringLiteral("check-login/auth-db"),
                               QStringLiteral("recovery-record/auth-db"), QStringLiteral("alter-role/auth-db"),
                               QStringLiteral("patch-secret/auth-db"), QStringLiteral("restart/auth-db"),
                               QStringLiteral("verify-login/auth-db")}));
        const QString restart = rotation.plan->step(5)->title();
        QVERIFY2(restart.contains(QStringLiteral("Deployment/auth-service")), qPrintable(restart));
        QVERIFY(!restart.contains(QStringLiteral("Deployment/auth-db")));
        QVERIFY(rotation.plan->step(3)->preview().contains(QStringLiteral("ALTER ROLE auth_user PASSWORD")));

        // Unknown names and nothing named are refused.
        options.datastores = {QStringLiteral("nope-db")};
        QVERIFY(!Ops::buildPasswordRotation(m_client.get(), inventory, options).plan);
        options.datastores.clear();
        QVERIFY(!Ops::buildPasswordRotation(m_client.get(), inventory, options).plan);
        options.all = true;
        const Ops::RotationPlan all = Ops::buildPasswordRotation(m_client.get(), inventory, options);
        QVERIFY(all.plan);
        QCOMPARE(all.datastores,
                 (QStringList {QStringLiteral("auth-db"), QStringLiteral("redis"), QStringLiteral("tenant-db")}));
        // --all is ONE plan (one journal, one rollback), with the seven steps of every datastore.
        QCOMPARE(all.plan->size(), 7 * int(all.datastores.size()));
        QCOMPARE(all.plan->parameters().value(QStringLiteral("datastores")).toArray().size(), all.datastores.size());
    }

    void dryRunChangesNothing()
    {
        const QString versionBefore = secretVersion(QStringLiteral("auth-db"));
        const Core::Secret before = secretPassword(QStringLiteral("auth-db"));
        const RunResult run = rotate({QStringLiteral("auth-db")}, true);
        QVERIFY(run.finished);
        QCOMPARE(run.outcome, Ops::Runner::Outcome::DryRunOk);
        QCOMPARE(secretVersion(QStringLiteral("auth-db")), versionBefore);
        QVERIFY(login(QStringLiteral("auth-db"), before));
        QVERIFY(recoveryRecords().isEmpty());
        assertNoSecretIn(readFile(run.journalPath), {before});
    }

    void rotatesPostgres()
    {
        const QString name = QStringLiteral("auth-db");
        const Core::Secret before = secretPassword(name);
        const QString serverLog = logFileOf(name);
        const qint64 logStart = QFileInfo(serverLog).size();

        const RunResult run = rotate({name});
        QVERIFY(run.finished);
        QVERIFY2(run.outcome == Ops::Runner::Outcome::Succeeded, qPrintable(run.message));

        const QJsonObject secret = secretObject(name);
        const Core::Secret after = secretPassword(name);
        QCOMPARE(after.size(), qsizetype(32));
        QVERIFY(hashOf(after.reveal()) != hashOf(before.reveal()));
        QVERIFY2(login(name, after), "the new password does not log in");
        QVERIFY2(!login(name, before), "the old password still logs in");

        const QString annotation = secret.value(QStringLiteral("metadata"))
                                       .toObject()
                                       .value(QStringLiteral("annotations"))
                                       .toObject()
                                       .value(QStringLiteral("bakery-ia.io/password-rotated-at"))
                                       .toString();
        const QDateTime rotatedAt = QDateTime::fromString(annotation, Qt::ISODate);
        QVERIFY2(rotatedAt.isValid(), qPrintable(annotation));
        QVERIFY(qAbs(rotatedAt.secsTo(QDateTime::currentDateTimeUtc())) < 600);
        // The inventory (the 90-day rule's input) reads the new date: the annotation, or the API server's record of
        // the patch (managedFields, in whole seconds), whichever is later; both are the rotation's.
        const Fleet::InventoryResult inventory = loadInventory();
        for (const Fleet::Datastore &store : inventory.datastores) {
            if (store.name == name) {
                QVERIFY2(qAbs(store.passwordRotatedAt.secsTo(rotatedAt)) <= 2,
                         qPrintable(store.passwordRotatedAt.toString(Qt::ISODate) + u' ' + store.passwordRotatedSource));
                QVERIFY2(store.passwordRotatedSource == u"annotation bakery-ia.io/password-rotated-at"
                             || store.passwordRotatedSource == u"managedFields proofer",
                         qPrintable(store.passwordRotatedSource));
            }
        }

        // log_statement='all' logged the ALTER ROLE, with the verifier only.
        const QByteArray log = readFile(serverLog).mid(logStart);
        QVERIFY2(log.contains("ALTER ROLE"), "the server log does not show the ALTER ROLE statement");
        QVERIFY(log.contains("SCRAM-SHA-256$4096:"));
        QVERIFY2(!log.contains(after.reveal()), "the new password is in the server log");
        assertNoSecretIn(readFile(run.journalPath), {before, after});
        QVERIFY2(recoveryRecords().isEmpty(), "the recovery record was not deleted");
    }

    void concurrentSecretEditAbortsBeforeTheRoleChanges()
    {
        const QString name = QStringLiteral("tenant-db");
        const Core::Secret before = secretPassword(name);
        const RunResult run = rotate({name}, false, [this, name](const QString &stepId, const QString &phase) {
            if (stepId == QString(u"read-secret/" + name) && phase == u"apply")
                editSecretBehindOurBack(name);
        });
        QVERIFY(run.finished);
        QCOMPARE(run.outcome, Ops::Runner::Outcome::RolledBack);
        QCOMPARE(run.failedStep, QString(u"alter-role/" + name));
        QVERIFY2(run.message.contains(QStringLiteral("changed since it was read")), qPrintable(run.message));
        QCOMPARE(hashOf(secretPassword(name).reveal()), hashOf(before.reveal()));
        QVERIFY2(login(name, before), "the old password no longer logs in");
        QVERIFY(recoveryRecords().isEmpty());
        assertNoSecretIn(readFile(run.journalPath), {before});
    }

    void conflictAfterAlterRoleRestoresTheOldPassword()
    {
        // The Secret changes after ALTER ROLE: the patch gets 409, and the role gets its old password back.
        const QString name = QStringLiteral("tenant-db");
        const Core::Secret before = secretPassword(name);
        const RunResult run = rotate({name}, false, [this, name](const QString &stepId, const QString &phase) {
            if (stepId == QString(u"alter-role/" + name) && phase == u"verify")
                editSecretBehindOurBack(name);
        });
        QVERIFY(run.finished);
        QCOMPARE(run.outcome, Ops::Runner::Outcome::RolledBack);
        QCOMPARE(run.failedStep, QString(u"patch-secret/" + name));
        QVERIFY2(run.message.contains(QStringLiteral("409")), qPrintable(run.message));
        QVERIFY2(run.undone.contains(QString(u"alter-role/" + name)), qPrintable(run.undone.join(u',')));
        QCOMPARE(hashOf(secretPassword(name).reveal()), hashOf(before.reveal()));
        QVERIFY2(login(name, before), "the old password was not put back");
        QVERIFY(recoveryRecords().isEmpty());
        assertNoSecretIn(readFile(run.journalPath), {before});
    }

    void failedRestartRestoresRoleAndSecret()
    {
        // A paused consumer Deployment cannot be restarted: after ALTER ROLE and the Secret patch, everything
        // goes back — the role's password, the Secret's value and its rotation annotation.
        const QString name = QStringLiteral("tenant-db");
        const Core::Secret before = secretPassword(name);
        const QJsonObject secretBefore = secretObject(name);
        setPaused(QStringLiteral("tenant-service"), true);
        const RunResult run = rotate({name});
        setPaused(QStringLiteral("tenant-service"), false);
        QVERIFY(run.finished);
        QCOMPARE(run.outcome, Ops::Runner::Outcome::RolledBack);
        QCOMPARE(run.failedStep, QString(u"restart/" + name));
        QVERIFY2(run.undone.contains(QString(u"patch-secret/" + name)), qPrintable(run.undone.join(u',')));
        QVERIFY2(run.undone.contains(QString(u"alter-role/" + name)), qPrintable(run.undone.join(u',')));
        QCOMPARE(hashOf(secretPassword(name).reveal()), hashOf(before.reveal()));
        const auto annotations = [](const QJsonObject &secret) {
            return secret.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("annotations")).toObject();
        };
        QCOMPARE(annotations(secretObject(name)).value(QStringLiteral("bakery-ia.io/password-rotated-at")),
                 annotations(secretBefore).value(QStringLiteral("bakery-ia.io/password-rotated-at")));
        QVERIFY2(login(name, before), "the old password was not put back");
        QVERIFY(recoveryRecords().isEmpty());
        assertNoSecretIn(readFile(run.journalPath), {before});
    }

    void rotatesRedis()
    {
        const QString name = QStringLiteral("redis");
        const Core::Secret before = secretPassword(name);
        const RunResult run = rotate({name});
        QVERIFY(run.finished);
        QVERIFY2(run.outcome == Ops::Runner::Outcome::Succeeded, qPrintable(run.message));
        const Core::Secret after = secretPassword(name);
        QVERIFY(hashOf(after.reveal()) != hashOf(before.reveal()));
        QVERIFY2(login(name, after), "the new Redis password does not log in");
        QVERIFY2(!login(name, before), "the old Redis password still logs in");
        // The summary names the user it logged in as (#14: it said "logged in as  over verified TLS"): Redis's default.
        QVERIFY2(readFile(run.journalPath).contains("redis: logged in as default over verified TLS"), readFile(run.journalPath).constData());
        assertNoSecretIn(readFile(run.journalPath), {before, after});
        QVERIFY(recoveryRecords().isEmpty());
    }

    void cliRefusesWithoutYesAndATerminal()
    {
        QProcess process;
        process.start(qEnvironmentVariable("PROOFER_BIN"),
                      {QStringLiteral("rotate-password"), QStringLiteral("--kubeconfig"), m_fleet->kubeconfigPath(),
                       QStringLiteral("--datastore"), QStringLiteral("auth-db")});
        QVERIFY(process.waitForStarted());
        process.closeWriteChannel();
        QVERIFY(QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 60000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(process.readAllStandardError().contains("--yes"));
    }

    void cliDryRunThenRotation()
    {
        const QString name = QStringLiteral("auth-db");
        const Core::Secret before = secretPassword(name);
        const QString version = secretVersion(name);
        const QString passphraseFile = m_dir->filePath(QStringLiteral("passphrase"));
        {
            QFile file(passphraseFile);
            QVERIFY(file.open(QIODevice::WriteOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
            file.write("correct horse battery staple\n");
        }
        const QStringList common = {QStringLiteral("rotate-password"), QStringLiteral("--kubeconfig"),
                                    m_fleet->kubeconfigPath(), QStringLiteral("--datastore"), name,
                                    QStringLiteral("--journal-dir"), m_journalDir, QStringLiteral("--recovery-dir"),
                                    m_recoveryDir};
        int code = -1;
        QByteArray output = runProofer(common + QStringList {QStringLiteral("--dry-run")}, &code);
        QVERIFY2(code == 0, output.right(1500).constData());
        QCOMPARE(secretVersion(name), version);
        QVERIFY(login(name, before));
        QVERIFY(!output.contains(before.reveal()));

        output = runProofer(common
                                + QStringList {QStringLiteral("--yes"), QStringLiteral("--recovery-passphrase-file"),
                                               passphraseFile},
                            &code);
        QVERIFY2(code == 0, output.right(1500).constData());
        const Core::Secret after = secretPassword(name);
        QVERIFY(hashOf(after.reveal()) != hashOf(before.reveal()));
        QVERIFY(login(name, after));
        QVERIFY(!output.contains(before.reveal()));
        QVERIFY(!output.contains(after.reveal()));
        QVERIFY(!output.contains(after.reveal().toBase64()));
        // Every journal written by the command holds neither password.
        for (const QFileInfo &journal : QDir(m_journalDir).entryInfoList({QStringLiteral("*.jsonl")}, QDir::Files))
            assertNoSecretIn(readFile(journal.filePath()), {before, after});
        QVERIFY(recoveryRecords().isEmpty());
    }

private:
    Fleet::InventoryResult loadInventory()
    {
        return await(Fleet::loadInventory(m_client.get(), QString::fromLatin1(kNamespace), this));
    }

    QString secretNameOf(const QString &datastore) const
    {
        return datastore == u"redis" ? QStringLiteral("redis-secrets") : QString(datastore + QStringLiteral("-secret"));
    }

    QJsonObject secretObject(const QString &datastore)
    {
        const Kube::Response response = await(
            m_client->get(QStringLiteral("secrets"), QString::fromLatin1(kNamespace), secretNameOf(datastore)));
        return response.object;
    }

    QString secretVersion(const QString &datastore)
    {
        return secretObject(datastore)
            .value(QStringLiteral("metadata"))
            .toObject()
            .value(QStringLiteral("resourceVersion"))
            .toString();
    }

    Core::Secret secretPassword(const QString &datastore)
    {
        const QString key = datastore == u"redis" ? QStringLiteral("REDIS_PASSWORD")
                                                  : QStringLiteral("POSTGRES_PASSWORD");
        QByteArray value = QByteArray::fromBase64(
            secretObject(datastore).value(QStringLiteral("data")).toObject().value(key).toString().toLatin1());
        Core::Secret secret(value);
        Core::wipe(value);
        return secret;
    }

    bool login(const QString &datastore, const Core::Secret &password)
    {
        const auto target = Ops::loginTargetFor(loadInventory(), datastore);
        if (!target)
            return false;
        const QFuture<QString> future = Ops::tryLogin(m_client.get(), *target, password);
        if (!QTest::qWaitFor([&] { return future.isFinished(); }, 60000))
            return false;
        return future.result().isEmpty();
    }

    QString logFileOf(const QString &datastore) const
    {
        for (Demo::LocalServer *server : m_fleet->servers()) {
            if (server->name() == datastore)
                return server->logFile();
        }
        return {};
    }

    /** Someone else edits the Secret (an annotation): its resourceVersion moves. */
    void editSecretBehindOurBack(const QString &datastore)
    {
        Demo::ObjectStore &store = m_fleet->apiServer()->store();
        QJsonObject secret = store.get(QStringLiteral("secrets"), QString::fromLatin1(kNamespace), secretNameOf(datastore));
        QJsonObject metadata = secret.value(QStringLiteral("metadata")).toObject();
        QJsonObject annotations = metadata.value(QStringLiteral("annotations")).toObject();
        annotations.insert(QStringLiteral("example.com/edited-by"), QStringLiteral("someone-else-%1").arg(++m_edits));
        metadata.insert(QStringLiteral("annotations"), annotations);
        metadata.remove(QStringLiteral("resourceVersion"));
        secret.insert(QStringLiteral("metadata"), metadata);
        Demo::ObjectStore::Result result;
        store.replace(QStringLiteral("secrets"), QString::fromLatin1(kNamespace), secretNameOf(datastore), secret,
                      &result);
        QCOMPARE(result, Demo::ObjectStore::Result::Ok);
    }

    void setPaused(const QString &deployment, bool paused)
    {
        const Kube::Response response = await(m_client->patch(
            QStringLiteral("deployments"), QString::fromLatin1(kNamespace), deployment,
            QJsonObject {{QStringLiteral("spec"), QJsonObject {{QStringLiteral("paused"), paused}}}},
            Kube::KubeClient::PatchType::Merge));
        QVERIFY2(response.ok(), qPrintable(response.error.message));
    }

    QStringList recoveryRecords() const
    {
        return QDir(m_recoveryDir).entryList(QDir::Files);
    }

    Ops::RotationOptions rotationOptions(const QStringList &datastores) const
    {
        Ops::RotationOptions options;
        options.namespaceName = QString::fromLatin1(kNamespace);
        options.datastores = datastores;
        options.recoveryPassphrase = Core::Secret(QByteArrayLiteral("test recovery passphrase"));
        options.recoveryDirectory = m_recoveryDir;
        options.rolloutTimeout = std::chrono::seconds(60);
        return options;
    }

    RunResult rotate(const QStringList &datastores, bool dryRun = false,
                     const std::function<void(const QString &stepId, const QString &phase)> &afterPhase = {})
    {
        RunResult result;
        const Fleet::InventoryResult inventory = loadInventory();
        const Ops::RotationPlan rotation
            = Ops::buildPasswordRotation(m_client.get(), inventory, rotationOptions(datastores));
        if (!rotation.plan) {
            result.message = rotation.error;
            return result;
        }
        QString error;
        Ops::Journal journal = Ops::Journal::create(m_journalDir, QStringLiteral("rotate-password"), &error);
        if (!journal.isValid()) {
            result.message = error;
            return result;
        }
        result.journalPath = journal.path();
        Ops::Runner runner;
        runner.setJournal(&journal);
        Ops::Plan *plan = rotation.plan.get();
        connect(&runner, &Ops::Runner::stepFinished, this,
                [&](int index, const QString &phase, const Ops::StepResult &step) {
                    const QString id = plan->step(index)->id();
                    if (!step.ok && result.failedStep.isEmpty() && phase != u"undo")
                        result.failedStep = id;
                    if (phase == u"undo" && step.ok)
                        result.undone << id;
                    if (step.ok && afterPhase)
                        afterPhase(id, phase);
                });
        connect(&runner, &Ops::Runner::finished, this, [&](Ops::Runner::Outcome outcome, const QString &message) {
            result.finished = true;
            result.outcome = outcome;
            result.message = message;
        });
        runner.run(plan, dryRun);
        (void)QTest::qWaitFor([&] { return result.finished; }, 240000);
        return result;
    }

    QByteArray runProofer(const QStringList &arguments, int *exitCode)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(qEnvironmentVariable("PROOFER_BIN"), arguments);
        if (!process.waitForStarted())
            return {};
        process.closeWriteChannel();
        (void)QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 240000);
        *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
        return process.readAll();
    }

    static void assertNoSecretIn(const QByteArray &text, const QList<Core::Secret> &secrets)
    {
        QVERIFY(!text.isEmpty());
        for (const Core::Secret &secret : secrets) {
            QVERIFY2(!text.contains(secret.reveal()), "a password is in the journal");
            QVERIFY2(!text.contains(secret.reveal().toBase64()), "a base64 password is in the journal");
        }
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Demo::DemoFleet> m_fleet;
    std::unique_ptr<Kube::KubeClient> m_client;
    QString m_recoveryDir;
    QString m_journalDir;
    int m_edits = 0;
};

QTEST_GUILESS_MAIN(TestPasswordRotation)
#include "testpasswordrotation.moc"
