// SPDX-License-Identifier: GPL-3.0-or-later
// Listing the runs that did not finish: a live owner is "running elsewhere", a dead one crashed, a reused
// pid is not mistaken for the owner, dry runs and finished runs are not listed, a torn last line is
// tolerated and said, a torn line is not glued to the next append, abandon ends a run (and is refused
// while its owner lives).
#include "kube/kubeclient.h"
#include "ops/backupcreate.h"
#include "ops/journal.h"
#include "ops/recovery.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <QElapsedTimer>
#include <QFileInfo>
#include <QFuture>

#include <csignal>

#include <fcntl.h>
#include <sys/file.h>
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

QString writeJournal(const QString &dir, const QString &kind, qint64 pid, const QDateTime &time,
                     const QList<QJsonObject> &lines, bool dryRun = false)
{
    QString error;
    Ops::Journal journal = Ops::Journal::create(dir, kind, &error);
    if (!journal.isValid())
        return {};
    QJsonObject header{{QStringLiteral("event"), QStringLiteral("plan")},
                       {QStringLiteral("kind"), kind},
                       {QStringLiteral("title"), QStringLiteral("Rotate the passwords of auth-db")},
                       {QStringLiteral("parameters"), QJsonObject{{QStringLiteral("namespace"), QStringLiteral("bakery-ia")}}},
                       {QStringLiteral("steps"), QJsonArray{QStringLiteral("read-secret/auth-db"), QStringLiteral("recovery-record/auth-db"),
                                                            QStringLiteral("alter-role/auth-db"), QStringLiteral("patch-secret/auth-db")}},
                       {QStringLiteral("pid"), pid},
                       {QStringLiteral("time"), time.toString(Qt::ISODateWithMs)}};
    if (dryRun)
        header.insert(QStringLiteral("dryRun"), true);
    journal.append(header);
    for (const QJsonObject &line : lines)
        journal.append(line);
    return journal.path();
}

QJsonObject step(const QString &event, const QString &id, int index)
{
    return {{QStringLiteral("event"), event}, {QStringLiteral("step"), id}, {QStringLiteral("index"), index}};
}

QList<QJsonObject> twoApplied()
{
    return {step(QStringLiteral("applied"), QStringLiteral("read-secret/auth-db"), 0),
            step(QStringLiteral("verified"), QStringLiteral("read-secret/auth-db"), 0),
            step(QStringLiteral("applied"), QStringLiteral("recovery-record/auth-db"), 1)};
}

} // namespace

class TestRecoveryList final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void emptyOrMissingDirectoryListsNothing()
    {
        QTemporaryDir tmp;
        QVERIFY(Ops::listUnfinishedRuns(tmp.path()).isEmpty());
        QVERIFY(Ops::listUnfinishedRuns(tmp.filePath(QStringLiteral("nope"))).isEmpty());
    }

    void deadOwnerIsACrash()
    {
        QTemporaryDir tmp;
        const QString path = writeJournal(tmp.path(), QStringLiteral("rotate-password"), deadPid(),
                                          QDateTime::currentDateTimeUtc(), twoApplied());
        const QList<Ops::UnfinishedRun> runs = Ops::listUnfinishedRuns(tmp.path());
        QCOMPARE(runs.size(), 1);
        const Ops::UnfinishedRun &run = runs.constFirst();
        QCOMPARE(run.journalPath, path);
        QCOMPARE(run.kind, QStringLiteral("rotate-password"));
        QCOMPARE(run.title, QStringLiteral("Rotate the passwords of auth-db"));
        QVERIFY(!run.ownerAlive);
        QCOMPARE(run.stepCount, 4);
        QCOMPARE(run.stepsApplied, (QStringList{QStringLiteral("read-secret/auth-db"), QStringLiteral("recovery-record/auth-db")}));
        QVERIFY2(run.lastStep.contains(QStringLiteral("recovery-record/auth-db")), qPrintable(run.lastStep));
        QVERIFY(run.canResume);
        QVERIFY(run.canRollback);
        QVERIFY(run.needsPassphrase);
        QVERIFY(run.started.isValid());
        QVERIFY(run.warning.isEmpty());
        QVERIFY2(run.progressText().contains(QStringLiteral("2 of 4")), qPrintable(run.progressText()));
    }

    void liveOwnerIsRunningElsewhere()
    {
        QTemporaryDir tmp;
        writeJournal(tmp.path(), QStringLiteral("rotate-password"), qint64(::getpid()), QDateTime::currentDateTimeUtc(), twoApplied());
        const QList<Ops::UnfinishedRun> runs = Ops::listUnfinishedRuns(tmp.path());
        QCOMPARE(runs.size(), 1);
        QVERIFY(runs.constFirst().ownerAlive);
        QVERIFY(!runs.constFirst().canResume);
        QVERIFY(!runs.constFirst().canRollback);
        QVERIFY(runs.constFirst().resumeRefusal.contains(QString::number(::getpid())));
        // And it cannot be abandoned under its owner's feet.
        QString error;
        QVERIFY(!Ops::abandonRun(runs.constFirst().journalPath, &error));
        QVERIFY2(error.contains(QStringLiteral("running elsewhere")), qPrintable(error));
        QCOMPARE(Ops::listUnfinishedRuns(tmp.path()).size(), 1);
    }

    void reusedPidIsNotTheOwner()
    {
        // This process started long after the journal was written: the pid only happens to match.
        QTemporaryDir tmp;
        writeJournal(tmp.path(), QStringLiteral("rotate-password"), qint64(::getpid()),
                     QDateTime(QDate(2001, 1, 1), QTime(0, 0), Qt::UTC), twoApplied());
        const QList<Ops::UnfinishedRun> runs = Ops::listUnfinishedRuns(tmp.path());
        QCOMPARE(runs.size(), 1);
        QVERIFY(!runs.constFirst().ownerAlive);
        QVERIFY(!Ops::processIsAlive(0));
        QVERIFY(Ops::processIsAlive(::getpid()));
        QVERIFY(!Ops::processIsAlive(deadPid()));
    }

    void resumeLineMakesItsProcessTheOwner()
    {
        QTemporaryDir tmp;
        QList<QJsonObject> lines = twoApplied();
        lines << QJsonObject{{QStringLiteral("event"), QStringLiteral("resume")}, {QStringLiteral("pid"), qint64(::getpid())}};
        writeJournal(tmp.path(), QStringLiteral("rotate-password"), deadPid(), QDateTime::currentDateTimeUtc(), lines);
        const QList<Ops::UnfinishedRun> runs = Ops::listUnfinishedRuns(tmp.path());
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs.constFirst().pid, qint64(::getpid()));
        QVERIFY(runs.constFirst().ownerAlive);
    }

    void failedRollbackByALiveProcessCanBeRetried()
    {
        // This process rolled it back and the rollback failed: it ended its attempt, so the run is not
        // "running elsewhere" although the process lives on.
        QTemporaryDir tmp;
        QList<QJsonObject> lines = twoApplied();
        lines << QJsonObject{{QStringLiteral("event"), QStringLiteral("rollback")}, {QStringLiteral("pid"), qint64(::getpid())}}
              << step(QStringLiteral("undo-failed"), QStringLiteral("recovery-record/auth-db"), 1)
              << QJsonObject{{QStringLiteral("event"), QStringLiteral("end")}, {QStringLiteral("outcome"), QStringLiteral("RollbackFailed")}};
        writeJournal(tmp.path(), QStringLiteral("rotate-password"), deadPid(), QDateTime::currentDateTimeUtc(), lines);
        const QList<Ops::UnfinishedRun> runs = Ops::listUnfinishedRuns(tmp.path());
        QCOMPARE(runs.size(), 1);
        QVERIFY(!runs.constFirst().ownerAlive);
        QVERIFY(runs.constFirst().canRollback);
        QVERIFY(!runs.constFirst().canResume);
        QVERIFY(runs.constFirst().resumeRefusal.contains(QStringLiteral("rollback failed")));
    }

    void dryRunsAndFinishedRunsAreNotListed()
    {
        QTemporaryDir tmp;
        writeJournal(tmp.path(), QStringLiteral("renew-certs"), deadPid(), QDateTime::currentDateTimeUtc(), {}, true);
        QList<QJsonObject> ended = twoApplied();
        ended << QJsonObject{{QStringLiteral("event"), QStringLiteral("end")}, {QStringLiteral("outcome"), QStringLiteral("Succeeded")}};
        writeJournal(tmp.path(), QStringLiteral("rotate-password"), deadPid(), QDateTime::currentDateTimeUtc(), ended);
        QVERIFY(Ops::listUnfinishedRuns(tmp.path()).isEmpty());
        // Something that is not a journal at all is skipped too.
        QFile junk(QDir(tmp.path()).filePath(QStringLiteral("junk.jsonl")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("not json\n");
        junk.close();
        QVERIFY(Ops::listUnfinishedRuns(tmp.path()).isEmpty());
        Ops::UnfinishedRun run;
        QString error;
        QVERIFY(!Ops::describeJournal(junk.fileName(), &run, &error));
        QVERIFY2(error.contains(QStringLiteral("not a Proofer journal")), qPrintable(error));
    }

    void tornLastLineIsToleratedAndSaid()
    {
        QTemporaryDir tmp;
        const QString path = writeJournal(tmp.path(), QStringLiteral("rotate-password"), deadPid(),
                                          QDateTime::currentDateTimeUtc(), twoApplied());
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::Append));
            file.write("{\"event\":\"applied\",\"step\":\"alter-role/auth-db\",\"ind"); // the crash cut it here
        }
        QList<Ops::UnfinishedRun> runs = Ops::listUnfinishedRuns(tmp.path());
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs.constFirst().stepsApplied.size(), 2); // the torn line never happened
        QVERIFY2(runs.constFirst().warning.contains(QStringLiteral("incomplete")), qPrintable(runs.constFirst().warning));

        // What is written next starts on its own line: it is not lost with the torn one.
        Ops::Journal journal = Ops::Journal::open(path, nullptr);
        QVERIFY(journal.isValid());
        QVERIFY(journal.append(step(QStringLiteral("undone"), QStringLiteral("recovery-record/auth-db"), 1)));
        runs = Ops::listUnfinishedRuns(tmp.path());
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs.constFirst().stepsApplied, QStringList{QStringLiteral("read-secret/auth-db")});
        QVERIFY(runs.constFirst().rollingBack);
        QVERIFY2(runs.constFirst().warning.contains(QStringLiteral("cannot be read")), qPrintable(runs.constFirst().warning));
    }

    void interruptedApplyIsNamed()
    {
        QTemporaryDir tmp;
        QList<QJsonObject> lines = twoApplied();
        QJsonObject begin = step(QStringLiteral("begin"), QStringLiteral("alter-role/auth-db"), 2);
        begin.insert(QStringLiteral("phase"), QStringLiteral("apply"));
        lines << begin;
        writeJournal(tmp.path(), QStringLiteral("rotate-password"), deadPid(), QDateTime::currentDateTimeUtc(), lines);
        const QList<Ops::UnfinishedRun> runs = Ops::listUnfinishedRuns(tmp.path());
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs.constFirst().interruptedStep, QStringLiteral("alter-role/auth-db"));
        QVERIFY(runs.constFirst().progressText().contains(QStringLiteral("alter-role/auth-db")));
    }

    void rotationPastTheSecretPatchCannotRollBack()
    {
        QTemporaryDir tmp;
        QList<QJsonObject> lines = twoApplied();
        lines << step(QStringLiteral("applied"), QStringLiteral("alter-role/auth-db"), 2)
              << step(QStringLiteral("applied"), QStringLiteral("patch-secret/auth-db"), 3);
        writeJournal(tmp.path(), QStringLiteral("rotate-password"), deadPid(), QDateTime::currentDateTimeUtc(), lines);
        const Ops::UnfinishedRun run = Ops::listUnfinishedRuns(tmp.path()).value(0);
        QVERIFY(run.canResume);
        QVERIFY(!run.canRollback);
        QVERIFY(!run.rollbackRefusal.isEmpty());
    }

    void restoreAndBackupOfferRollbackOnly()
    {
        QTemporaryDir tmp;
        writeJournal(tmp.path(), QStringLiteral("restore"), deadPid(), QDateTime::currentDateTimeUtc(), {});
        writeJournal(tmp.path(), QStringLiteral("backup"), deadPid(), QDateTime::currentDateTimeUtc().addSecs(1), {});
        writeJournal(tmp.path(), QStringLiteral("mystery"), deadPid(), QDateTime::currentDateTimeUtc().addSecs(2), {});
        const QList<Ops::UnfinishedRun> runs = Ops::listUnfinishedRuns(tmp.path());
        QCOMPARE(runs.size(), 3);
        QCOMPARE(runs.at(0).kind, QStringLiteral("restore"));
        QVERIFY(!runs.at(0).canResume);
        QVERIFY(runs.at(0).canRollback);
        QVERIFY(runs.at(0).resumeRefusal.contains(QStringLiteral("decrypted dump is not kept")));
        QCOMPARE(runs.at(1).kind, QStringLiteral("backup"));
        QVERIFY(!runs.at(1).canResume);
        QVERIFY(runs.at(1).canRollback);
        QVERIFY(!runs.at(2).canResume);
        QVERIFY(!runs.at(2).canRollback);
    }

    void abandonEndsTheRun()
    {
        QTemporaryDir tmp;
        const QString path = writeJournal(tmp.path(), QStringLiteral("rotate-password"), deadPid(),
                                          QDateTime::currentDateTimeUtc(), twoApplied());
        QString error;
        QVERIFY2(Ops::abandonRun(path, &error), qPrintable(error));
        QVERIFY(Ops::listUnfinishedRuns(tmp.path()).isEmpty());
        const Ops::Journal journal = Ops::Journal::open(path, nullptr);
        const QJsonObject last = journal.entries().constLast().raw;
        QCOMPARE(last.value(QStringLiteral("event")).toString(), QStringLiteral("end"));
        QCOMPARE(last.value(QStringLiteral("outcome")).toString(), QStringLiteral("Abandoned"));
        QVERIFY(last.value(QStringLiteral("message")).toString().contains(QStringLiteral("recovery-record/auth-db")));
        // Twice is refused: it has ended.
        QVERIFY(!Ops::abandonRun(path, &error));
    }

    void abandonTakesTheRunLock()
    {
        // A resume (or rollback) in another process holds the journal's run lock: abandon must not write.
        QTemporaryDir tmp;
        const QString path = writeJournal(tmp.path(), QStringLiteral("rotate-password"), deadPid(),
                                          QDateTime::currentDateTimeUtc(), twoApplied());
        int ready[2];
        QCOMPARE(::pipe(ready), 0);
        const QByteArray file = QFile::encodeName(path);
        const pid_t holder = ::fork();
        if (holder == 0) {
            const int fd = ::open(file.constData(), O_RDONLY);
            if (fd < 0 || ::flock(fd, LOCK_EX) != 0)
                ::_exit(1);
            (void)!::write(ready[1], "x", 1);
            for (;;)
                ::pause();
        }
        ::close(ready[1]);
        char byte = 0;
        QCOMPARE(::read(ready[0], &byte, 1), ssize_t(1));
        ::close(ready[0]);

        QString error;
        QElapsedTimer waited;
        waited.start();
        const bool abandoned = Ops::abandonRun(path, &error);
        const qint64 elapsed = waited.elapsed();
        ::kill(holder, SIGKILL);
        int status = 0;
        ::waitpid(holder, &status, 0);
        QVERIFY2(!abandoned, "abandon wrote its end line while another process held the run lock");
        QVERIFY2(error.contains(QStringLiteral("in use")) && error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
        QVERIFY(elapsed < 10000);
        QVERIFY(Ops::Journal::open(path, nullptr).outcome().isEmpty());
        QCOMPARE(Ops::listUnfinishedRuns(tmp.path()).size(), 1);

        // The holder died: the kernel dropped its lock, abandon goes through.
        QVERIFY2(Ops::abandonRun(path, &error), qPrintable(error));
        QCOMPARE(Ops::Journal::open(path, nullptr).outcome(), QStringLiteral("Abandoned"));
    }

    void abandonWaitsForALockHeldHere()
    {
        // Another Journal object of this process (a resume in the recovery dialog) holds it: a short wait, then a
        // clear refusal; once it is released, abandon works.
        QTemporaryDir tmp;
        const QString path = writeJournal(tmp.path(), QStringLiteral("rotate-password"), deadPid(),
                                          QDateTime::currentDateTimeUtc(), twoApplied());
        Ops::Journal resuming = Ops::Journal::open(path, nullptr);
        QString error;
        QVERIFY2(resuming.lock(0, &error), qPrintable(error));
        QVERIFY(resuming.isLocked());
        QElapsedTimer waited;
        waited.start();
        QVERIFY(!Ops::abandonRun(path, &error, 300));
        QVERIFY(waited.elapsed() >= 250);
        QVERIFY2(error.contains(QStringLiteral("in use")), qPrintable(error));
        QVERIFY(Ops::Journal::open(path, nullptr).outcome().isEmpty());
        resuming.unlock();
        QVERIFY(!resuming.isLocked());
        QVERIFY2(Ops::abandonRun(path, &error, 0), qPrintable(error));
    }

    void crashedBackupLosesItsPartialFile_data()
    {
        QTest::addColumn<bool>("abandon");
        QTest::newRow("rollback") << false;
        QTest::newRow("abandon") << true;
    }

    void crashedBackupLosesItsPartialFile()
    {
        // The plan names the .partial files in the journal's header before they are written; a crash leaves
        // one; rollback and abandon delete it — and nothing else: not a finished backup, not a link, not a
        // .partial the journal does not name.
        QFETCH(bool, abandon);
        QTemporaryDir tmp;
        const QString out = tmp.filePath(QStringLiteral("backups"));
        QVERIFY(QDir().mkpath(out));
        Ops::BackupRequest request;
        request.endpoint.datastore = QStringLiteral("auth-db");
        request.endpoint.database = QStringLiteral("auth");
        request.outputDirectory = out;
        Ops::BackupRequest second = request;
        second.endpoint.database = QStringLiteral("orders");
        const std::unique_ptr<Ops::Plan> plan = Ops::makeBackupPlan({request, second});
        const QStringList partials = [&] {
            QStringList list;
            for (const QJsonValue &v : plan->parameters().value(QStringLiteral("partials")).toArray())
                list << v.toString();
            return list;
        }();
        QCOMPARE(partials.size(), 2);
        for (const QString &partial : partials) {
            QVERIFY2(partial.endsWith(QStringLiteral(".partial")), qPrintable(partial));
            QCOMPARE(QFileInfo(partial).absolutePath(), QDir(out).absolutePath());
        }
        QCOMPARE(Ops::makeBackupPlan({request})->parameters().value(QStringLiteral("partials")).toArray().size(), 1);
        QVERIFY(Ops::makeBackupPlan({request})->parameters().value(QStringLiteral("partials")).toArray().at(0).toString() != partials.at(0));

        auto touch = [](const QString &path) {
            QFile file(path);
            return file.open(QIODevice::WriteOnly) && file.write("partial") == 7;
        };
        QVERIFY(touch(partials.at(0)));                          // the crash left it
        const QString finished = QDir(out).filePath(QStringLiteral("auth_auth-db_20261128T060000Z.sql.gz.gpg"));
        QVERIFY(touch(finished));
        const QString stranger = QDir(out).filePath(QStringLiteral("other.partial"));
        QVERIFY(touch(stranger));
        const QString target = tmp.filePath(QStringLiteral("precious"));
        QVERIFY(touch(target));
        QVERIFY(QFile::link(target, partials.at(1)));             // a link where the second would be: not followed

        QJsonObject header{{QStringLiteral("event"), QStringLiteral("plan")},
                           {QStringLiteral("kind"), plan->kind()},
                           {QStringLiteral("title"), plan->title()},
                           {QStringLiteral("parameters"), plan->parameters()},
                           {QStringLiteral("steps"), QJsonArray{plan->step(0)->id(), plan->step(1)->id()}},
                           {QStringLiteral("pid"), deadPid()},
                           {QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}};
        QString error;
        Ops::Journal journal = Ops::Journal::create(tmp.path(), QStringLiteral("backup"), &error);
        QVERIFY2(journal.isValid(), qPrintable(error));
        QVERIFY(journal.append(header));
        QVERIFY(journal.append(step(QStringLiteral("begin"), plan->step(0)->id(), 0)));
        const QString path = journal.path();
        journal = Ops::Journal(); // the crashed process is gone, and its lock with it

        if (abandon) {
            QVERIFY2(Ops::abandonRun(path, &error), qPrintable(error));
        } else {
            const QList<Ops::UnfinishedRun> runs = Ops::listUnfinishedRuns(tmp.path());
            QCOMPARE(runs.size(), 1);
            QVERIFY(runs.constFirst().canRollback);
            QFuture<Ops::RebuiltPlan> rebuilt = Ops::rebuildPlan(nullptr, runs.constFirst(), {}, this);
            QTRY_VERIFY(rebuilt.isFinished());
            QVERIFY2(rebuilt.result().plan, qPrintable(rebuilt.result().error));
        }
        QVERIFY(!QFileInfo::exists(partials.at(0)));
        QVERIFY(QFileInfo(partials.at(1)).isSymLink());
        QVERIFY(QFileInfo::exists(target));
        QVERIFY(QFileInfo::exists(finished));
        QVERIFY(QFileInfo::exists(stranger));
    }

    void resumeAndRollbackRefuseAnotherCluster()
    {
        auto clientFor = [](const QString &server, const QString &context) {
            Kube::ResolvedContext resolved;
            resolved.context.name = context;
            resolved.cluster.name = context;
            resolved.cluster.server = server;
            resolved.namespaceName = QStringLiteral("bakery-ia");
            return std::make_unique<Kube::KubeClient>(resolved);
        };
        const auto clusterA = clientFor(QStringLiteral("https://cluster-a.example:6443"), QStringLiteral("prod"));
        const auto clusterB = clientFor(QStringLiteral("https://cluster-b.example:6443"), QStringLiteral("staging"));
        // The same API server under another context name, with user info in the URL: the same cluster.
        const auto clusterA2 = clientFor(QStringLiteral("https://admin:s3cr3t-pw@cluster-a.example:6443/"), QStringLiteral("prod-admin"));
        QVERIFY(!Ops::clusterJson(clusterA2.get()).value(QStringLiteral("server")).toString().contains(QStringLiteral("s3cr3t")));

        QTemporaryDir tmp;
        QString error;
        {
            // Written as the wizards write it: the journal knows the cluster and puts it in the plan line.
            Ops::Journal journal = Ops::Journal::create(tmp.path(), QStringLiteral("renew-certs"), &error);
            QVERIFY2(journal.isValid(), qPrintable(error));
            journal.setCluster(Ops::clusterJson(clusterA2.get()));
            QVERIFY(journal.append({{QStringLiteral("event"), QStringLiteral("plan")},
                                    {QStringLiteral("kind"), QStringLiteral("renew-certs")},
                                    {QStringLiteral("title"), QStringLiteral("Renew")},
                                    {QStringLiteral("parameters"), QJsonObject{{QStringLiteral("namespace"), QStringLiteral("bakery-ia")}}},
                                    {QStringLiteral("steps"), QJsonArray{QStringLiteral("validate")}},
                                    {QStringLiteral("pid"), deadPid()}}));
            QFile file(journal.path());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY(!file.readAll().contains("s3cr3t"));
        }
        const QList<Ops::UnfinishedRun> runs = Ops::listUnfinishedRuns(tmp.path());
        QCOMPARE(runs.size(), 1);
        const Ops::UnfinishedRun run = runs.constFirst();
        QCOMPARE(run.cluster.value(QStringLiteral("server")).toString(), QStringLiteral("https://cluster-a.example:6443/"));
        QCOMPARE(run.cluster.value(QStringLiteral("context")).toString(), QStringLiteral("prod-admin"));
        QVERIFY(run.clusterWarning.isEmpty());

        QVERIFY(Ops::checkCluster(run, clusterA.get(), &error));
        QVERIFY(!Ops::checkCluster(run, clusterB.get(), &error));
        QVERIFY2(error.contains(QStringLiteral("cluster-a.example")) && error.contains(QStringLiteral("cluster-b.example"))
                     && error.contains(QStringLiteral("staging")),
                 qPrintable(error));
        QFuture<Ops::RebuiltPlan> rebuilt = Ops::rebuildPlan(clusterB.get(), run, {}, this);
        QTRY_VERIFY(rebuilt.isFinished());
        QVERIFY(!rebuilt.result().plan);
        QVERIFY2(rebuilt.result().error.contains(QStringLiteral("cluster-b.example")), qPrintable(rebuilt.result().error));

        // An older journal names no cluster: usable, with a warning.
        QTemporaryDir old;
        writeJournal(old.path(), QStringLiteral("rotate-password"), deadPid(), QDateTime::currentDateTimeUtc(), twoApplied());
        const Ops::UnfinishedRun unknown = Ops::listUnfinishedRuns(old.path()).value(0);
        QVERIFY(unknown.cluster.isEmpty());
        QVERIFY2(unknown.clusterWarning.contains(QStringLiteral("cluster")), qPrintable(unknown.clusterWarning));
        QVERIFY(Ops::checkCluster(unknown, clusterB.get(), &error));
    }

    void createHoldsTheRunLock()
    {
        QTemporaryDir tmp;
        QString error;
        Ops::Journal running = Ops::Journal::create(tmp.path(), QStringLiteral("backup"), &error);
        QVERIFY2(running.isValid(), qPrintable(error));
        QVERIFY(running.isLocked());
        QVERIFY(running.append({{QStringLiteral("event"), QStringLiteral("plan")}, {QStringLiteral("kind"), QStringLiteral("backup")}}));
        Ops::Journal other = Ops::Journal::open(running.path(), &error);
        QVERIFY2(other.isValid(), qPrintable(error));
        QVERIFY(!other.lock(0, &error));
        Ops::Journal copy = running; // copies share it
        running = Ops::Journal();
        QVERIFY(!other.lock(0));
        copy = Ops::Journal();
        QVERIFY2(other.lock(0, &error), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestRecoveryList)
#include "testrecoverylist.moc"
