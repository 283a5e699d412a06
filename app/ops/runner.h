// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ops/plan.h"

#include <QObject>
#include <QPointer>

namespace Ops {

class Journal;

/**
 * Runs a Plan: for each step apply → (journal) → verify → (journal). A failed apply or verify, or a
 * cancel, undoes the steps applied so far in reverse order (each journaled) and ends RolledBack (or
 * RollbackFailed when an undo fails, with exactly what is left said in the message). A dry run calls
 * apply() with RunContext::dryRun on every step, verifies nothing, undoes nothing, and journals nothing
 * but a "dry-run" record.
 *
 * Resume after a crash: `resume(plan, journal)` replays the journal: steps already applied are given
 * their journaled state (Step::restoreJournalState) and skipped; the run continues from the first step
 * not applied. `rollback(plan, journal)` undoes the applied steps of a crashed run instead.
 *
 * Everything is asynchronous; the runner lives on the thread that created it.
 */
class Runner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Runner)

public:
    enum class Outcome { Succeeded, DryRunOk, DryRunFailed, RolledBack, RollbackFailed, Cancelled };
    Q_ENUM(Outcome)

    explicit Runner(QObject *parent = nullptr);
    ~Runner() override;

    /** Journal to write (not owned; may be null: no journal, used by tests of steps). */
    void setJournal(Journal *journal);

    void run(Plan *plan, bool dryRun = false);
    void resume(Plan *plan);   ///< continues a crashed run from setJournal()'s records
    void rollback(Plan *plan); ///< undoes a crashed run from setJournal()'s records
    /** Stops after the running phase finishes, then rolls back what was applied. */
    void cancel();

    bool isRunning() const { return m_running; }

signals:
    void stepStarted(int index, const QString &phase); ///< phase: "apply", "verify", "undo", "dry-run"
    void stepFinished(int index, const QString &phase, const Ops::StepResult &result);
    void progress(int done, int total);
    void finished(Ops::Runner::Outcome outcome, const QString &message);

private:
    struct State;
    std::unique_ptr<State> d;
    bool m_running = false;
};

} // namespace Ops
