// SPDX-License-Identifier: GPL-3.0-or-later
// Listing the runs that did not finish: a live owner is "running elsewhere", a dead one crashed, a reused
// pid is not mistaken for the owner, dry runs and finished runs are not listed, a torn last line is
// tolerated and said, a torn line is not glued to the next append, abandon ends a run (and is refused
// while its owner lives).
#include "ops/journal.h"
#include "ops/recovery.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
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
        QVERIFY(runs.at(0).resumeRefusal.contains(QStringLiteral("temporary")));
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
};

QTEST_GUILESS_MAIN(TestRecoveryList)
#include "testrecoverylist.moc"
