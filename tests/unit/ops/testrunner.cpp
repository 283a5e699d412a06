// SPDX-License-Identifier: GPL-3.0-or-later
// The operations runner with fake steps: the order of apply/verify/undo, the journal it writes, cancel,
// dry run, and resume/rollback of a run that "crashed" (a journal cut short).
#include "ops/journal.h"
#include "ops/runner.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QtConcurrent>

namespace {

/** What the fake steps did, in order: "apply:1", "verify:1", "undo:0", "dry-run:2", "restore:1=…". */
struct Log
{
    QStringList calls;
};

class FakeStep final : public Ops::Step
{
public:
    FakeStep(int n, Log *log)
        : m_n(n)
        , m_log(log)
    {
    }

    bool applyOk = true;
    bool verifyOk = true;
    bool undoOk = true;
    bool undoable = true;
    int applyDelayMs = -1;    ///< >= 0: apply finishes later, from a timer
    bool applyOnThread = false; ///< apply finishes on a pool thread

    QString id() const override { return QStringLiteral("fake/%1").arg(m_n); }
    QString title() const override { return QStringLiteral("Fake step %1").arg(m_n); }
    bool hasUndo() const override { return undoable; }

    QFuture<Ops::StepResult> apply(const Ops::RunContext &context) override
    {
        m_log->calls << (context.dryRun ? QStringLiteral("dry-run:%1") : QStringLiteral("apply:%1")).arg(m_n);
        if (!context.dryRun && applyOk)
            m_state = QStringLiteral("state-%1").arg(m_n);
        const Ops::StepResult result = applyOk
                                           ? Ops::StepResult::success(QStringLiteral("applied %1").arg(m_n),
                                                                      {{QStringLiteral("n"), m_n}})
                                           : Ops::StepResult::failure(QStringLiteral("apply %1 broke").arg(m_n));
        if (applyOnThread)
            return QtConcurrent::run([result] {
                QThread::msleep(20);
                return result;
            });
        if (applyDelayMs >= 0) {
            auto promise = std::make_shared<QPromise<Ops::StepResult>>();
            promise->start();
            QTimer::singleShot(applyDelayMs, [promise, result] {
                promise->addResult(result);
                promise->finish();
            });
            return promise->future();
        }
        return Ops::ready(result);
    }

    QFuture<Ops::StepResult> verify(const Ops::RunContext &) override
    {
        m_log->calls << QStringLiteral("verify:%1").arg(m_n);
        return Ops::ready(verifyOk ? Ops::StepResult::success()
                                   : Ops::StepResult::failure(QStringLiteral("verify %1 broke").arg(m_n)));
    }

    QFuture<Ops::StepResult> undo(const Ops::RunContext &) override
    {
        m_log->calls << QStringLiteral("undo:%1").arg(m_n);
        return Ops::ready(undoOk ? Ops::StepResult::success()
                                 : Ops::StepResult::failure(QStringLiteral("undo %1 broke").arg(m_n)));
    }

    QJsonObject journalState() const override { return {{QStringLiteral("value"), m_state}}; }
    bool restoreJournalState(const QJsonObject &state) override
    {
        m_state = state.value(QLatin1String("value")).toString();
        m_log->calls << QStringLiteral("restore:%1=%2").arg(m_n).arg(m_state);
        return !m_state.isEmpty();
    }

private:
    int m_n;
    Log *m_log;
    QString m_state;
};

struct Fixture
{
    Log log;
    Ops::Plan plan{QStringLiteral("fake"), QStringLiteral("A fake operation"), {{QStringLiteral("namespace"), QStringLiteral("ns")}}};
    QList<FakeStep *> steps;

    explicit Fixture(int count)
    {
        for (int i = 0; i < count; ++i) {
            auto step = std::make_unique<FakeStep>(i, &log);
            steps << step.get();
            plan.addStep(std::move(step));
        }
    }
};

struct Outcome
{
    Ops::Runner::Outcome outcome = Ops::Runner::Outcome::Cancelled;
    QString message;
};

Outcome runToEnd(Ops::Runner &runner, const std::function<void()> &start)
{
    QSignalSpy spy(&runner, &Ops::Runner::finished);
    start();
    if (spy.isEmpty() && !spy.wait(10000))
        return {Ops::Runner::Outcome::Cancelled, QStringLiteral("timed out")};
    return {spy.at(0).at(0).value<Ops::Runner::Outcome>(), spy.at(0).at(1).toString()};
}

QStringList events(const Ops::Journal &journal)
{
    QStringList list;
    for (const Ops::Journal::Entry &e : journal.entries())
        list << (e.index >= 0 ? e.event % QLatin1Char(':') % QString::number(e.index) : e.event);
    return list;
}

} // namespace

class TestRunner final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    Ops::Journal newJournal(const QString &kind = QStringLiteral("fake"))
    {
        QString error;
        Ops::Journal journal = Ops::Journal::create(m_dir.path(), kind, &error);
        if (!journal.isValid())
            qFatal("journal: %s", qPrintable(error));
        return journal;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void succeeds()
    {
        Fixture f(3);
        Ops::Journal journal = newJournal();
        Ops::Runner runner;
        runner.setJournal(&journal);
        QList<int> progress;
        connect(&runner, &Ops::Runner::progress, this, [&](int done, int) { progress << done; });
        const Outcome o = runToEnd(runner, [&] { runner.run(&f.plan); });
        QCOMPARE(o.outcome, Ops::Runner::Outcome::Succeeded);
        QVERIFY(!runner.isRunning());
        QCOMPARE(f.log.calls, QStringList({QStringLiteral("apply:0"), QStringLiteral("verify:0"), QStringLiteral("apply:1"),
                                           QStringLiteral("verify:1"), QStringLiteral("apply:2"), QStringLiteral("verify:2")}));
        QCOMPARE(progress, QList<int>({0, 1, 2, 3}));
        QCOMPARE(events(journal),
                 QStringList({QStringLiteral("plan"), QStringLiteral("begin:0"), QStringLiteral("applied:0"),
                              QStringLiteral("verified:0"), QStringLiteral("begin:1"), QStringLiteral("applied:1"),
                              QStringLiteral("verified:1"), QStringLiteral("begin:2"), QStringLiteral("applied:2"),
                              QStringLiteral("verified:2"), QStringLiteral("end")}));
        const QList<Ops::Journal::Entry> entries = journal.entries();
        QCOMPARE(entries.last().raw.value(QLatin1String("outcome")).toString(), QStringLiteral("Succeeded"));
        QCOMPARE(entries.at(2).state.value(QLatin1String("value")).toString(), QStringLiteral("state-0"));
        QCOMPARE(entries.at(2).facts.value(QLatin1String("n")).toInt(), 0);
        QCOMPARE(journal.header().value(QLatin1String("parameters")).toObject().value(QLatin1String("namespace")).toString(),
                 QStringLiteral("ns"));
        QCOMPARE(journal.header().value(QLatin1String("steps")).toArray().size(), 3);
        QVERIFY(journal.isFinished());
    }

    void stepsFinishingOnOtherThreads()
    {
        Fixture f(3);
        f.steps[0]->applyOnThread = true;
        f.steps[1]->applyDelayMs = 30;
        f.steps[2]->applyOnThread = true;
        Ops::Runner runner;
        const Outcome o = runToEnd(runner, [&] { runner.run(&f.plan); });
        QCOMPARE(o.outcome, Ops::Runner::Outcome::Succeeded);
        QCOMPARE(f.log.calls.size(), 6);
    }

    void applyFailureUndoesEarlierStepsInReverse_data()
    {
        QTest::addColumn<int>("failing");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("first step") << 0 << QStringList({QStringLiteral("apply:0")});
        QTest::newRow("second step") << 1
                                     << QStringList({QStringLiteral("apply:0"), QStringLiteral("verify:0"),
                                                     QStringLiteral("apply:1"), QStringLiteral("undo:0")});
        QTest::newRow("last step") << 3
                                   << QStringList({QStringLiteral("apply:0"), QStringLiteral("verify:0"),
                                                   QStringLiteral("apply:1"), QStringLiteral("verify:1"),
                                                   QStringLiteral("apply:2"), QStringLiteral("verify:2"),
                                                   QStringLiteral("apply:3"), QStringLiteral("undo:2"),
                                                   QStringLiteral("undo:1"), QStringLiteral("undo:0")});
    }

    void applyFailureUndoesEarlierStepsInReverse()
    {
        QFETCH(int, failing);
        QFETCH(QStringList, expected);
        Fixture f(4);
        f.steps[failing]->applyOk = false;
        Ops::Journal journal = newJournal();
        Ops::Runner runner;
        runner.setJournal(&journal);
        const Outcome o = runToEnd(runner, [&] { runner.run(&f.plan); });
        QCOMPARE(o.outcome, Ops::Runner::Outcome::RolledBack);
        QVERIFY2(o.message.contains(QStringLiteral("apply %1 broke").arg(failing)), qPrintable(o.message));
        QCOMPARE(f.log.calls, expected);

        const QStringList ev = events(journal);
        QVERIFY(ev.contains(QStringLiteral("failed:%1").arg(failing)));
        for (int i = 0; i < failing; ++i)
            QVERIFY2(ev.indexOf(QStringLiteral("undone:%1").arg(i)) > ev.indexOf(QStringLiteral("failed:%1").arg(failing)),
                     qPrintable(ev.join(QLatin1Char(' '))));
        QVERIFY(!ev.contains(QStringLiteral("undone:%1").arg(failing)));
        QCOMPARE(journal.entries().last().raw.value(QLatin1String("outcome")).toString(), QStringLiteral("RolledBack"));
    }

    void verifyFailureUndoesThatStepToo()
    {
        Fixture f(3);
        f.steps[1]->verifyOk = false;
        Ops::Journal journal = newJournal();
        Ops::Runner runner;
        runner.setJournal(&journal);
        const Outcome o = runToEnd(runner, [&] { runner.run(&f.plan); });
        QCOMPARE(o.outcome, Ops::Runner::Outcome::RolledBack);
        QVERIFY(o.message.contains(QStringLiteral("verify 1 broke")));
        QCOMPARE(f.log.calls, QStringList({QStringLiteral("apply:0"), QStringLiteral("verify:0"), QStringLiteral("apply:1"),
                                           QStringLiteral("verify:1"), QStringLiteral("undo:1"), QStringLiteral("undo:0")}));
        const QList<Ops::Journal::Entry> entries = journal.entries();
        auto failed = std::find_if(entries.cbegin(), entries.cend(), [](const auto &e) { return e.event == QLatin1String("failed"); });
        QVERIFY(failed != entries.cend());
        QCOMPARE(failed->raw.value(QLatin1String("phase")).toString(), QStringLiteral("verify"));
        QCOMPARE(failed->message, QStringLiteral("verify 1 broke"));
    }

    void stepsWithoutUndoAreSkipped()
    {
        Fixture f(3);
        f.steps[1]->undoable = false;
        f.steps[2]->applyOk = false;
        Ops::Runner runner;
        const Outcome o = runToEnd(runner, [&] { runner.run(&f.plan); });
        QCOMPARE(o.outcome, Ops::Runner::Outcome::RolledBack);
        QCOMPARE(f.log.calls.mid(5), QStringList({QStringLiteral("undo:0")}));
    }

    void undoFailureSaysWhatIsLeft()
    {
        Fixture f(4);
        f.steps[3]->applyOk = false;
        f.steps[1]->undoOk = false;
        Ops::Journal journal = newJournal();
        Ops::Runner runner;
        runner.setJournal(&journal);
        const Outcome o = runToEnd(runner, [&] { runner.run(&f.plan); });
        QCOMPARE(o.outcome, Ops::Runner::Outcome::RollbackFailed);
        // Stops at the failed undo: step 0 stays applied with step 1, a prefix of the plan.
        QCOMPARE(f.log.calls.mid(7), QStringList({QStringLiteral("undo:2"), QStringLiteral("undo:1")}));
        QVERIFY2(o.message.contains(QStringLiteral("apply 3 broke")), qPrintable(o.message));
        QVERIFY2(o.message.contains(QStringLiteral("undo 1 broke")), qPrintable(o.message));
        QVERIFY2(o.message.contains(QStringLiteral("Fake step 1; Fake step 0")), qPrintable(o.message));
        QVERIFY2(!o.message.contains(QStringLiteral("Fake step 2;")), qPrintable(o.message));
        QVERIFY2(o.message.contains(journal.path()), qPrintable(o.message));
        const QStringList ev = events(journal);
        QVERIFY(ev.contains(QStringLiteral("undo-failed:1")));
        QCOMPARE(journal.entries().last().raw.value(QLatin1String("outcome")).toString(), QStringLiteral("RollbackFailed"));
    }

    void cancelMidRunRollsBack()
    {
        Fixture f(4);
        f.steps[1]->applyDelayMs = 50;
        Ops::Journal journal = newJournal();
        Ops::Runner runner;
        runner.setJournal(&journal);
        connect(&runner, &Ops::Runner::stepStarted, this, [&](int index, const QString &phase) {
            if (index == 1 && phase == QLatin1String("apply"))
                runner.cancel();
        });
        const Outcome o = runToEnd(runner, [&] { runner.run(&f.plan); });
        QCOMPARE(o.outcome, Ops::Runner::Outcome::Cancelled);
        QCOMPARE(f.log.calls, QStringList({QStringLiteral("apply:0"), QStringLiteral("verify:0"), QStringLiteral("apply:1"),
                                           QStringLiteral("undo:1"), QStringLiteral("undo:0")}));
        QCOMPARE(journal.entries().last().raw.value(QLatin1String("outcome")).toString(), QStringLiteral("Cancelled"));
    }

    void dryRunChangesNothing()
    {
        Fixture f(3);
        Ops::Journal journal = newJournal();
        Ops::Runner runner;
        runner.setJournal(&journal);
        const Outcome o = runToEnd(runner, [&] { runner.run(&f.plan, true); });
        QCOMPARE(o.outcome, Ops::Runner::Outcome::DryRunOk);
        QCOMPARE(f.log.calls,
                 QStringList({QStringLiteral("dry-run:0"), QStringLiteral("dry-run:1"), QStringLiteral("dry-run:2")}));
        QCOMPARE(events(journal), QStringList({QStringLiteral("plan"), QStringLiteral("dry-run:0"), QStringLiteral("dry-run:1"),
                                               QStringLiteral("dry-run:2"), QStringLiteral("end")}));
        QVERIFY(journal.header().value(QLatin1String("dryRun")).toBool());
    }

    void dryRunReportsEveryProblem()
    {
        Fixture f(3);
        f.steps[0]->applyOk = false;
        f.steps[2]->applyOk = false;
        Ops::Runner runner;
        const Outcome o = runToEnd(runner, [&] { runner.run(&f.plan, true); });
        QCOMPARE(o.outcome, Ops::Runner::Outcome::DryRunFailed);
        QCOMPARE(f.log.calls.size(), 3);
        QVERIFY(o.message.contains(QStringLiteral("apply 0 broke")));
        QVERIFY(o.message.contains(QStringLiteral("apply 2 broke")));
    }

    /** A journal as a crash after step @p k was applied (but not verified) leaves it. */
    Ops::Journal crashedJournal(Ops::Plan &plan, int k)
    {
        Ops::Journal journal = newJournal();
        QJsonArray ids;
        for (int i = 0; i < plan.size(); ++i)
            ids.append(plan.step(i)->id());
        journal.append({{QStringLiteral("event"), QStringLiteral("plan")}, {QStringLiteral("kind"), plan.kind()},
                        {QStringLiteral("title"), plan.title()}, {QStringLiteral("steps"), ids}});
        for (int i = 0; i <= k; ++i) {
            const QString id = plan.step(i)->id();
            journal.append({{QStringLiteral("event"), QStringLiteral("begin")}, {QStringLiteral("step"), id},
                            {QStringLiteral("index"), i}, {QStringLiteral("phase"), QStringLiteral("apply")}});
            journal.append({{QStringLiteral("event"), QStringLiteral("applied")}, {QStringLiteral("step"), id},
                            {QStringLiteral("index"), i},
                            {QStringLiteral("state"), QJsonObject{{QStringLiteral("value"), QStringLiteral("saved-%1").arg(i)}}}});
            if (i < k)
                journal.append({{QStringLiteral("event"), QStringLiteral("verified")}, {QStringLiteral("step"), id},
                                {QStringLiteral("index"), i}});
        }
        return journal;
    }

    void resumeAfterCrash()
    {
        Fixture f(4);
        Ops::Journal crashed = crashedJournal(f.plan, 1);
        QVERIFY(Ops::Journal::unfinished(m_dir.path()).contains(crashed.path()));

        QString error;
        Ops::Journal reopened = Ops::Journal::open(crashed.path(), &error);
        QVERIFY2(reopened.isValid(), qPrintable(error));
        Ops::Runner runner;
        runner.setJournal(&reopened);
        const Outcome o = runToEnd(runner, [&] { runner.resume(&f.plan); });
        QCOMPARE(o.outcome, Ops::Runner::Outcome::Succeeded);
        QCOMPARE(f.log.calls, QStringList({QStringLiteral("restore:0=saved-0"), QStringLiteral("restore:1=saved-1"),
                                           QStringLiteral("verify:1"), QStringLiteral("apply:2"), QStringLiteral("verify:2"),
                                           QStringLiteral("apply:3"), QStringLiteral("verify:3")}));
        QVERIFY(reopened.isFinished());
        QVERIFY(events(reopened).contains(QStringLiteral("resume")));
        QVERIFY(!Ops::Journal::unfinished(m_dir.path()).contains(crashed.path()));
    }

    void rollbackAfterCrash()
    {
        Fixture f(4);
        Ops::Journal crashed = crashedJournal(f.plan, 2);
        Ops::Runner runner;
        runner.setJournal(&crashed);
        const Outcome o = runToEnd(runner, [&] { runner.rollback(&f.plan); });
        QCOMPARE(o.outcome, Ops::Runner::Outcome::RolledBack);
        QCOMPARE(f.log.calls, QStringList({QStringLiteral("restore:0=saved-0"), QStringLiteral("restore:1=saved-1"),
                                           QStringLiteral("restore:2=saved-2"), QStringLiteral("undo:2"),
                                           QStringLiteral("undo:1"), QStringLiteral("undo:0")}));
        QVERIFY(crashed.isFinished());
    }

    void resumeOfARunThatWasRollingBackFinishesTheRollback()
    {
        Fixture f(3);
        Ops::Journal crashed = crashedJournal(f.plan, 1);
        crashed.append({{QStringLiteral("event"), QStringLiteral("undone")}, {QStringLiteral("step"), f.plan.step(1)->id()},
                        {QStringLiteral("index"), 1}});
        Ops::Runner runner;
        runner.setJournal(&crashed);
        const Outcome o = runToEnd(runner, [&] { runner.resume(&f.plan); });
        QCOMPARE(o.outcome, Ops::Runner::Outcome::RolledBack);
        QCOMPARE(f.log.calls, QStringList({QStringLiteral("restore:0=saved-0"), QStringLiteral("undo:0")}));
    }

    void rollbackThatFailedCanBeRolledBackAgain()
    {
        // The first rollback of a crashed run fails at undo 1; the run stays listed; once the cause is gone
        // a second rollback from the same journal undoes what is left, and only that.
        Fixture f(3);
        Ops::Journal crashed = crashedJournal(f.plan, 2);
        f.steps[1]->undoOk = false;
        {
            Ops::Runner runner;
            runner.setJournal(&crashed);
            const Outcome o = runToEnd(runner, [&] { runner.rollback(&f.plan); });
            QCOMPARE(o.outcome, Ops::Runner::Outcome::RollbackFailed);
        }
        QCOMPARE(crashed.outcome(), QStringLiteral("RollbackFailed"));
        QVERIFY(!crashed.isFinished());
        QVERIFY(Ops::Journal::unfinished(m_dir.path()).contains(crashed.path()));

        Fixture again(3);
        Ops::Runner runner;
        runner.setJournal(&crashed);
        const Outcome o = runToEnd(runner, [&] { runner.rollback(&again.plan); });
        QCOMPARE(o.outcome, Ops::Runner::Outcome::RolledBack);
        QCOMPARE(again.log.calls, QStringList({QStringLiteral("restore:0=saved-0"), QStringLiteral("restore:1=saved-1"),
                                               QStringLiteral("undo:1"), QStringLiteral("undo:0")}));
        QCOMPARE(crashed.outcome(), QStringLiteral("RolledBack"));
        QVERIFY(crashed.isFinished());
        QVERIFY(!Ops::Journal::unfinished(m_dir.path()).contains(crashed.path()));
    }

    void journalOfAnotherPlanIsRefused()
    {
        Fixture f(3);
        Ops::Journal crashed = crashedJournal(f.plan, 1);
        Fixture other(2);
        Ops::Runner runner;
        runner.setJournal(&crashed);
        const Outcome o = runToEnd(runner, [&] { runner.rollback(&other.plan); });
        QCOMPARE(o.outcome, Ops::Runner::Outcome::RollbackFailed);
        QVERIFY(other.log.calls.isEmpty());
        QVERIFY(!crashed.isFinished()); // still there to be rolled back with the right plan
    }
};

QTEST_GUILESS_MAIN(TestRunner)
#include "testrunner.moc"
