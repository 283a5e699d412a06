// SPDX-License-Identifier: GPL-3.0-or-later
#include "ops/runner.h"

#include "core/logging.h"
#include "ops/journal.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QMetaEnum>
#include <QSet>

#include <functional>
#include <map>

#include <unistd.h>

namespace Ops {

namespace {

QString outcomeName(Runner::Outcome outcome)
{
    return QString::fromLatin1(QMetaEnum::fromType<Runner::Outcome>().valueToKey(int(outcome)));
}

StepResult resultOf(const QFuture<StepResult> &future)
{
    try {
        if (future.resultCount() > 0)
            return future.result();
    } catch (const std::exception &e) {
        return StepResult::failure(QCoreApplication::translate("Ops::Runner", "The step failed: %1").arg(QString::fromLocal8Bit(e.what())));
    } catch (...) {
        return StepResult::failure(QCoreApplication::translate("Ops::Runner", "The step failed without saying why"));
    }
    return StepResult::failure(QCoreApplication::translate("Ops::Runner", "The step finished without a result"));
}

} // namespace

struct Runner::State
{
    enum class Mode { Idle, Run, DryRun, Rollback };

    Runner *q = nullptr;
    Journal *journal = nullptr;
    Plan *plan = nullptr;
    Mode mode = Mode::Idle;
    RunContext context;
    int index = 0;
    QList<int> applied;  ///< indices applied and not undone, in the order applied
    QList<int> undoQueue;
    bool cancelRequested = false;
    QString cause;       ///< why the rollback runs (the failed step's message, the cancel)
    Outcome rollbackOutcome = Outcome::RolledBack;
    QStringList dryRunFailures;
    quint64 generation = 0;

    void reset(Plan *p, Mode m)
    {
        plan = p;
        mode = m;
        context = RunContext();
        context.dryRun = m == Mode::DryRun;
        index = 0;
        applied.clear();
        undoQueue.clear();
        cancelRequested = false;
        cause.clear();
        rollbackOutcome = Outcome::RolledBack;
        dryRunFailures.clear();
        ++generation;
        q->m_running = true;
    }

    /** Runs @p next later on the runner's thread, so that synchronous steps never nest. */
    void post(std::function<void()> next)
    {
        const quint64 current = generation;
        QMetaObject::invokeMethod(
            q,
            [this, current, next = std::move(next)] {
                if (current == generation && q->m_running)
                    next();
            },
            Qt::QueuedConnection);
    }

    void await(QFuture<StepResult> future, std::function<void(const StepResult &)> done)
    {
        const quint64 current = generation;
        auto deliver = [this, current, done](const StepResult &result) {
            if (current == generation && q->m_running)
                done(result);
        };
        future
            .then(q, [this, deliver](const QFuture<StepResult> &finished) {
                const StepResult result = resultOf(finished);
                post([deliver, result] { deliver(result); });
            })
            .onCanceled(q, [this, deliver] {
                post([deliver] { deliver(StepResult::failure(QCoreApplication::translate("Ops::Runner", "The step was cancelled before it finished"))); });
            });
    }

    QString titleOf(int i) const { return plan->step(i)->title(); }

    /** Writes one line; false (with @p error) when the journal cannot be written. No journal: true. */
    bool log(QJsonObject line, QString *error = nullptr)
    {
        if (!journal)
            return true;
        QString failure;
        if (journal->append(line, &failure))
            return true;
        qCWarning(lcOps) << "journal:" << failure;
        if (error)
            *error = failure;
        return false;
    }

    bool logStep(const QString &event, int i, const StepResult *result, const QJsonObject &extra = {},
                 QString *error = nullptr)
    {
        QJsonObject line = extra;
        line.insert(QStringLiteral("event"), event);
        line.insert(QStringLiteral("step"), plan->step(i)->id());
        line.insert(QStringLiteral("index"), i);
        if (result) {
            line.insert(QStringLiteral("ok"), result->ok);
            if (!result->message.isEmpty())
                line.insert(QStringLiteral("message"), result->message);
            if (!result->facts.isEmpty())
                line.insert(QStringLiteral("facts"), result->facts);
        }
        return log(line, error);
    }

    bool logHeader(bool dryRun, QString *error)
    {
        QJsonArray ids;
        for (int i = 0; i < plan->size(); ++i)
            ids.append(plan->step(i)->id());
        QJsonObject line{
            {QStringLiteral("event"), QStringLiteral("plan")},
            {QStringLiteral("kind"), plan->kind()},
            {QStringLiteral("title"), plan->title()},
            {QStringLiteral("parameters"), plan->parameters()},
            {QStringLiteral("steps"), ids},
            {QStringLiteral("pid"), qint64(::getpid())},
        };
        if (dryRun)
            line.insert(QStringLiteral("dryRun"), true);
        return log(line, error);
    }

    void finish(Outcome outcome, const QString &message)
    {
        log({{QStringLiteral("event"), QStringLiteral("end")},
             {QStringLiteral("outcome"), outcomeName(outcome)},
             {QStringLiteral("message"), message}});
        mode = Mode::Idle;
        ++generation;
        q->m_running = false;
        qCInfo(lcOps) << "plan" << plan->kind() << "ended:" << outcomeName(outcome);
        emit q->finished(outcome, message);
    }

    /** Ends before anything started (bad journal, second run): no "end" line, the journal is not ours. */
    void refuse(Outcome outcome, const QString &message)
    {
        mode = Mode::Idle;
        ++generation;
        q->m_running = false;
        emit q->finished(outcome, message);
    }

    // ---- dry run ---------------------------------------------------------------------------

    void nextDryRun()
    {
        if (cancelRequested) {
            finish(Outcome::Cancelled, QCoreApplication::translate("Ops::Runner", "The dry run was cancelled."));
            return;
        }
        if (index >= plan->size()) {
            if (dryRunFailures.isEmpty())
                finish(Outcome::DryRunOk, QCoreApplication::translate("Ops::Runner", "The dry run found nothing in the way. Nothing was changed."));
            else
                finish(Outcome::DryRunFailed, QCoreApplication::translate("Ops::Runner", "The dry run found problems (nothing was changed):") % QLatin1Char('\n')
                                                  % dryRunFailures.join(QLatin1Char('\n')));
            return;
        }
        const int i = index;
        emit q->stepStarted(i, QStringLiteral("dry-run"));
        await(plan->step(i)->apply(context), [this, i](const StepResult &result) {
            logStep(QStringLiteral("dry-run"), i, &result);
            if (!result.ok)
                dryRunFailures << (titleOf(i) % QStringLiteral(": ") % result.message);
            emit q->stepFinished(i, QStringLiteral("dry-run"), result);
            emit q->progress(i + 1, plan->size());
            index = i + 1;
            nextDryRun();
        });
    }

    // ---- run -------------------------------------------------------------------------------

    void nextApply()
    {
        if (cancelRequested) {
            beginRollback(QCoreApplication::translate("Ops::Runner", "Cancelled by the user."), Outcome::Cancelled);
            return;
        }
        if (index >= plan->size()) {
            finish(Outcome::Succeeded, QCoreApplication::translate("Ops::Runner", "Every step was applied and verified."));
            return;
        }
        const int i = index;
        QString error;
        QJsonObject begin{{QStringLiteral("phase"), QStringLiteral("apply")}};
        const QJsonObject intent = plan->step(i)->beginState();
        if (!intent.isEmpty())
            begin.insert(QStringLiteral("state"), intent);
        if (!logStep(QStringLiteral("begin"), i, nullptr, begin, &error)) {
            beginRollback(QCoreApplication::translate("Ops::Runner", "Stopped before “%1”: %2").arg(titleOf(i), error), Outcome::RolledBack);
            return;
        }
        emit q->stepStarted(i, QStringLiteral("apply"));
        await(plan->step(i)->apply(context), [this, i](const StepResult &result) { applyFinished(i, result); });
    }

    void applyFinished(int i, const StepResult &result)
    {
        if (!result.ok) {
            logStep(QStringLiteral("failed"), i, &result, {{QStringLiteral("phase"), QStringLiteral("apply")}});
            emit q->stepFinished(i, QStringLiteral("apply"), result);
            beginRollback(failureCause(i, result), Outcome::RolledBack);
            return;
        }
        applied << i;
        QJsonObject extra;
        const QJsonObject state = plan->step(i)->journalState();
        if (!state.isEmpty())
            extra.insert(QStringLiteral("state"), state);
        QString error;
        const bool journaled = logStep(QStringLiteral("applied"), i, &result, extra, &error);
        emit q->stepFinished(i, QStringLiteral("apply"), result);
        if (!journaled) {
            beginRollback(QCoreApplication::translate("Ops::Runner", "“%1” was applied but the journal could not record it: %2").arg(titleOf(i), error),
                          Outcome::RolledBack);
            return;
        }
        if (cancelRequested) {
            beginRollback(QCoreApplication::translate("Ops::Runner", "Cancelled by the user."), Outcome::Cancelled);
            return;
        }
        startVerify(i);
    }

    void startVerify(int i)
    {
        emit q->stepStarted(i, QStringLiteral("verify"));
        await(plan->step(i)->verify(context), [this, i](const StepResult &result) { verifyFinished(i, result); });
    }

    void verifyFinished(int i, const StepResult &result)
    {
        if (!result.ok) {
            logStep(QStringLiteral("failed"), i, &result, {{QStringLiteral("phase"), QStringLiteral("verify")}});
            emit q->stepFinished(i, QStringLiteral("verify"), result);
            beginRollback(failureCause(i, result), Outcome::RolledBack);
            return;
        }
        QString error;
        const bool journaled = logStep(QStringLiteral("verified"), i, &result, {}, &error);
        emit q->stepFinished(i, QStringLiteral("verify"), result);
        if (!journaled) {
            beginRollback(QCoreApplication::translate("Ops::Runner", "“%1” was verified but the journal could not record it: %2").arg(titleOf(i), error),
                          Outcome::RolledBack);
            return;
        }
        emit q->progress(i + 1, plan->size());
        index = i + 1;
        post([this] { nextApply(); });
    }

    QString failureCause(int i, const StepResult &result) const
    {
        return result.message.isEmpty() ? QCoreApplication::translate("Ops::Runner", "“%1” failed.").arg(titleOf(i)) : result.message;
    }

    // ---- rollback ---------------------------------------------------------------------------

    void beginRollback(const QString &why, Outcome outcome)
    {
        mode = Mode::Rollback;
        cause = why;
        rollbackOutcome = outcome;
        // Undo must run to the end even though the run was cancelled: a fresh flag for it.
        context.cancelled = std::make_shared<std::atomic_bool>(false);
        undoQueue.clear();
        for (auto it = applied.crbegin(); it != applied.crend(); ++it) {
            if (plan->step(*it)->hasUndo())
                undoQueue << *it;
        }
        // Nothing is being undone: steps without undo changed nothing.
        post([this] { nextUndo(); });
    }

    QString stillApplied() const
    {
        QStringList titles;
        for (auto it = applied.crbegin(); it != applied.crend(); ++it) {
            if (plan->step(*it)->hasUndo())
                titles << titleOf(*it);
        }
        return titles.join(QStringLiteral("; "));
    }

    void nextUndo()
    {
        if (undoQueue.isEmpty()) {
            QString message = cause;
            if (!message.isEmpty())
                message += QLatin1Char('\n');
            message += QCoreApplication::translate("Ops::Runner", "Everything that was changed has been put back.");
            finish(rollbackOutcome, message);
            return;
        }
        const int i = undoQueue.takeFirst();
        logStep(QStringLiteral("begin"), i, nullptr, {{QStringLiteral("phase"), QStringLiteral("undo")}});
        emit q->stepStarted(i, QStringLiteral("undo"));
        await(plan->step(i)->undo(context), [this, i](const StepResult &result) {
            if (result.ok) {
                logStep(QStringLiteral("undone"), i, &result);
                applied.removeAll(i);
                emit q->stepFinished(i, QStringLiteral("undo"), result);
                nextUndo();
                return;
            }
            // Stop at the first undo that fails: what is left is then a prefix of the plan, the state a
            // later rollback from the journal starts from, rather than a patchwork.
            logStep(QStringLiteral("undo-failed"), i, &result);
            emit q->stepFinished(i, QStringLiteral("undo"), result);
            QString message = cause;
            if (!message.isEmpty())
                message += QLatin1Char('\n');
            message += QCoreApplication::translate("Ops::Runner", "Undoing “%1” failed: %2").arg(titleOf(i), result.message.isEmpty() ? QCoreApplication::translate("Ops::Runner", "no reason given") : result.message);
            message += QLatin1Char('\n') % QCoreApplication::translate("Ops::Runner", "Still applied: %1").arg(stillApplied());
            if (journal)
                message += QLatin1Char('\n') % QCoreApplication::translate("Ops::Runner", "The journal %1 records what was done; roll it back again once the cause is fixed.")
                                                 .arg(QDir::toNativeSeparators(journal->path()));
            finish(Outcome::RollbackFailed, message);
        });
    }

    // ---- replay of a crashed run -----------------------------------------------------------------

    struct Replay
    {
        QList<int> applied;
        QSet<int> verified;
        std::map<int, QJsonObject> states;
        bool rollingBack = false;
        int interrupted = -1;
        std::map<int, QJsonObject> beginStates; ///< what each apply named before it began (Step::beginState)
    };

    bool replay(Replay *out, QString *error) const
    {
        if (!journal || !journal->isValid()) {
            *error = QCoreApplication::translate("Ops::Runner", "There is no journal to resume or roll back from.");
            return false;
        }
        if (journal->isFinished()) {
            *error = QCoreApplication::translate("Ops::Runner", "The journal %1 records a run that has ended: there is nothing to resume or roll back.")
                         .arg(QDir::toNativeSeparators(journal->path()));
            return false;
        }
        const QJsonObject header = journal->header();
        QStringList ids;
        for (const QJsonValue &id : header.value(QLatin1String("steps")).toArray())
            ids << id.toString();
        QStringList planIds;
        for (int i = 0; i < plan->size(); ++i)
            planIds << plan->step(i)->id();
        if (header.value(QLatin1String("kind")).toString() != plan->kind() || ids != planIds) {
            *error = QCoreApplication::translate("Ops::Runner", "The journal %1 was written for another plan: its steps do not match.")
                         .arg(QDir::toNativeSeparators(journal->path()));
            return false;
        }
        if (header.value(QLatin1String("dryRun")).toBool()) {
            *error = QCoreApplication::translate("Ops::Runner", "The journal %1 records a dry run: nothing was changed.").arg(QDir::toNativeSeparators(journal->path()));
            return false;
        }
        int begun = -1;
        for (const Journal::Entry &entry : journal->entries()) {
            const int i = entry.index;
            if (entry.event == QLatin1String("plan") || entry.event == QLatin1String("resume")
                || entry.event == QLatin1String("rollback"))
                continue;
            if (i < 0 || i >= plan->size() || plan->step(i)->id() != entry.step)
                continue;
            if (entry.event == QLatin1String("begin")) {
                if (entry.raw.value(QLatin1String("phase")).toString() == QLatin1String("apply")) {
                    begun = i;
                    out->beginStates[i] = entry.state;
                }
            } else if (entry.event == QLatin1String("applied")) {
                begun = -1;
                if (!out->applied.contains(i))
                    out->applied << i;
                out->states[i] = entry.state;
            } else if (entry.event == QLatin1String("verified")) {
                out->verified.insert(i);
            } else if (entry.event == QLatin1String("failed")) {
                begun = -1;
                out->rollingBack = true;
            } else if (entry.event == QLatin1String("undone")) {
                out->applied.removeAll(i);
                out->rollingBack = true;
            } else if (entry.event == QLatin1String("undo-failed")) {
                out->rollingBack = true;
            } else if (entry.event == QLatin1String("observed")) {
                // An earlier resume or rollback resolved an in-doubt apply by looking at the real state; an
                // observation that could not tell leaves the step in doubt, to be looked at again.
                if (entry.raw.value(QLatin1String("unknown")).toBool())
                    continue;
                begun = -1;
                if (entry.raw.value(QLatin1String("applied")).toBool()) {
                    if (!out->applied.contains(i))
                        out->applied << i;
                    out->states[i] = entry.state;
                }
            }
        }
        out->interrupted = begun;
        return true;
    }

    /** Common start of resume() and rollback(); false when it already ended with refuse(). */
    bool startFromJournal(Replay *r, const QString &event)
    {
        QString error;
        if (!replay(r, &error)) {
            refuse(Outcome::RollbackFailed, error);
            return false;
        }
        for (int i : std::as_const(r->applied)) {
            if (!plan->step(i)->restoreJournalState(r->states[i])) {
                refuse(Outcome::RollbackFailed,
                       QCoreApplication::translate("Ops::Runner", "The journal's record of “%1” cannot be read back; nothing was done.").arg(titleOf(i)));
                return false;
            }
        }
        applied = r->applied;
        if (!log({{QStringLiteral("event"), event}, {QStringLiteral("pid"), qint64(::getpid())}}, &error)) {
            refuse(Outcome::RollbackFailed, error);
            return false;
        }
        return true;
    }

    /**
     * A step whose apply began and never ended is in doubt: its change may or may not have happened. It is
     * resolved by observing the real state (Step::observe) before anything is undone or redone; the
     * observation is journaled ("observed"). Applied: the step joins the applied ones with the state it
     * observed. Not applied: nothing to undo, resume runs it again. Unknown: nothing is undone or redone,
     * the run ends RollbackFailed saying what is left.
     */
    void resolveInterrupted(const std::shared_ptr<Replay> &r, std::function<void()> then)
    {
        const int i = r->interrupted;
        if (i < 0) {
            post(std::move(then));
            return;
        }
        const QJsonObject intent = r->beginStates[i];
        if (!intent.isEmpty() && !plan->step(i)->restoreJournalState(intent)) {
            refuse(Outcome::RollbackFailed,
                   QCoreApplication::translate("Ops::Runner", "The journal's record of “%1” cannot be read back; nothing was done.").arg(titleOf(i)));
            return;
        }
        emit q->stepStarted(i, QStringLiteral("observe"));
        const quint64 current = generation;
        auto deliver = [this, current, r, i, then](const Observation &observation) {
            if (current != generation || !q->m_running)
                return;
            observed(r, i, observation, then);
        };
        plan->step(i)
            ->observe(context)
            .then(q, [this, deliver](const QFuture<Observation> &finished) {
                Observation observation;
                try {
                    observation = finished.resultCount() > 0
                                      ? finished.result()
                                      : Observation::unknown(QCoreApplication::translate("Ops::Runner", "the observation gave no result"));
                } catch (const std::exception &e) {
                    observation = Observation::unknown(QString::fromLocal8Bit(e.what()));
                } catch (...) {
                    observation = Observation::unknown(QCoreApplication::translate("Ops::Runner", "the observation failed without saying why"));
                }
                post([deliver, observation] { deliver(observation); });
            })
            .onCanceled(q, [this, deliver] {
                post([deliver] { deliver(Observation::unknown(QCoreApplication::translate("Ops::Runner", "the observation was cancelled"))); });
            });
    }

    void observed(const std::shared_ptr<Replay> &r, int i, const Observation &observation, const std::function<void()> &then)
    {
        const bool wasApplied = observation.state == Observation::State::Applied;
        QJsonObject line{{QStringLiteral("applied"), wasApplied}};
        if (observation.state == Observation::State::Unknown)
            line.insert(QStringLiteral("unknown"), true);
        if (wasApplied) {
            const QJsonObject state = plan->step(i)->journalState();
            if (!state.isEmpty())
                line.insert(QStringLiteral("state"), state);
        }
        const StepResult asResult{observation.state != Observation::State::Unknown, observation.message, observation.facts};
        QString error;
        const bool journaled = logStep(QStringLiteral("observed"), i, &asResult, line, &error);
        emit q->stepFinished(i, QStringLiteral("observe"), asResult);
        if (observation.state == Observation::State::Unknown || !journaled) {
            // Nothing may be undone or redone on a guess: a rollback of the earlier steps could delete the
            // only copy of what the in-doubt step put in place.
            QString message = QCoreApplication::translate("Ops::Runner", "“%1” was interrupted while it was being applied, and whether it happened "
                                                                         "could not be established: %2")
                                  .arg(titleOf(i), journaled ? observation.message : error);
            message += QLatin1Char('\n') % QCoreApplication::translate("Ops::Runner", "Nothing was undone or redone.");
            const QString still = stillApplied();
            if (!still.isEmpty())
                message += QLatin1Char('\n') % QCoreApplication::translate("Ops::Runner", "Still applied: %1").arg(still);
            if (journal)
                message += QLatin1Char('\n') % QCoreApplication::translate("Ops::Runner", "The journal %1 records what was done; try again once the cause is fixed.")
                                                 .arg(QDir::toNativeSeparators(journal->path()));
            finish(Outcome::RollbackFailed, message);
            return;
        }
        r->interrupted = -1;
        if (wasApplied) {
            if (!r->applied.contains(i))
                r->applied << i;
            if (!applied.contains(i))
                applied << i;
        }
        then();
    }

    void continueResume(const Replay &r);
};

Runner::Runner(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<State>())
{
    d->q = this;
}

Runner::~Runner() = default;

void Runner::setJournal(Journal *journal)
{
    d->journal = journal;
}

void Runner::run(Plan *plan, bool dryRun)
{
    Q_ASSERT(plan);
    if (m_running) {
        qCWarning(lcOps) << "Runner::run while running: ignored";
        return;
    }
    d->reset(plan, dryRun ? State::Mode::DryRun : State::Mode::Run);
    QString error;
    if (!d->logHeader(dryRun, &error)) {
        d->refuse(dryRun ? Outcome::DryRunFailed : Outcome::RolledBack,
                  QCoreApplication::translate("Ops::Runner", "Nothing was changed: the journal cannot be written (%1).").arg(error));
        return;
    }
    qCInfo(lcOps) << "plan" << plan->kind() << (dryRun ? "dry run" : "run") << plan->size() << "steps";
    emit progress(0, plan->size());
    if (dryRun)
        d->post([this] { d->nextDryRun(); });
    else
        d->post([this] { d->nextApply(); });
}

void Runner::resume(Plan *plan)
{
    Q_ASSERT(plan);
    if (m_running) {
        qCWarning(lcOps) << "Runner::resume while running: ignored";
        return;
    }
    d->reset(plan, State::Mode::Run);
    auto r = std::make_shared<State::Replay>();
    if (!d->startFromJournal(r.get(), QStringLiteral("resume")))
        return;
    d->resolveInterrupted(r, [this, r] { d->continueResume(*r); });
}

void Runner::State::continueResume(const Replay &r)
{
    if (r.rollingBack) {
        // It was already undoing a failure when it stopped: the only way on is back.
        beginRollback(QCoreApplication::translate("Ops::Runner", "The run was rolling back when it stopped; finishing the rollback."), Outcome::RolledBack);
        return;
    }
    int next = 0;
    for (int i : std::as_const(r.applied))
        next = std::max(next, i + 1);
    emit q->progress(int(r.verified.size()), plan->size());
    if (!r.applied.isEmpty() && !r.verified.contains(next - 1)) {
        const int last = next - 1;
        index = last;
        post([this, last] { startVerify(last); });
        return;
    }
    index = next;
    post([this] { nextApply(); });
}

void Runner::rollback(Plan *plan)
{
    Q_ASSERT(plan);
    if (m_running) {
        qCWarning(lcOps) << "Runner::rollback while running: ignored";
        return;
    }
    d->reset(plan, State::Mode::Rollback);
    auto r = std::make_shared<State::Replay>();
    if (!d->startFromJournal(r.get(), QStringLiteral("rollback")))
        return;
    d->resolveInterrupted(r, [this] {
        d->beginRollback(QCoreApplication::translate("Ops::Runner", "Rolling back the run that stopped."), Outcome::RolledBack);
    });
}

void Runner::cancel()
{
    if (!m_running || d->mode == State::Mode::Rollback)
        return;
    d->cancelRequested = true;
    d->context.cancelled->store(true);
}

} // namespace Ops
