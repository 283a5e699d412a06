// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFuture>
#include <QPromise>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

namespace Ops {

/**
 * What one phase of a Step did. `facts` go to the journal verbatim: names, serials, resource
 * versions, row counts, file paths — never a password, key or token (tests scan journals for the
 * secrets they used).
 */
struct StepResult
{
    bool ok = false;
    QString message;   ///< for people (tr()), names the datastore, the step and the cause
    QJsonObject facts; ///< journaled; no secrets

    static StepResult success(const QString &message = {}, const QJsonObject &facts = {})
    {
        return {true, message, facts};
    }
    static StepResult failure(const QString &message, const QJsonObject &facts = {})
    {
        return {false, message, facts};
    }
};

/**
 * What observing the real state says of a step whose apply began and never ended (a crash while it was on
 * the wire): whether its change happened. Steps that change the cluster answer it by looking (log in with
 * both passwords, read the Secret, read the served serial, list the databases), never from the journal.
 */
struct Observation
{
    enum class State { NotApplied, Applied, Unknown };
    State state = State::Unknown;
    QString message;   ///< what was observed, for people (tr()); names the datastore and the evidence
    QJsonObject facts; ///< journaled; no secrets

    static Observation applied(const QString &message, const QJsonObject &facts = {})
    {
        return {State::Applied, message, facts};
    }
    static Observation notApplied(const QString &message, const QJsonObject &facts = {})
    {
        return {State::NotApplied, message, facts};
    }
    static Observation unknown(const QString &message, const QJsonObject &facts = {})
    {
        return {State::Unknown, message, facts};
    }
};

/** Handed to every phase of every step of one run. */
struct RunContext
{
    bool dryRun = false; ///< apply() must change nothing and say what it would do
    /** Set by the runner when the user cancels; long steps poll it and stop early. */
    std::shared_ptr<std::atomic_bool> cancelled = std::make_shared<std::atomic_bool>(false);
};

/**
 * One step of an operation: apply, verify, undo. All three are asynchronous (they return a QFuture
 * that finishes on the thread of the runner's event loop or any thread; the runner continues on its
 * own thread) and never block the calling thread.
 *
 * A step keeps what undo needs (the previous Secret's data, the old serial, the scratch database
 * name…) in itself; the non-secret part of it is returned by journalState() after apply and handed
 * back by restoreJournalState() when a crashed run is resumed or rolled back from its journal.
 * Secret material needed for undo after a crash must come from somewhere that is not the journal
 * (the Secret itself, an encrypted recovery record).
 */
class Step
{
public:
    virtual ~Step() = default;

    /** Stable id within the plan, e.g. "patch-secret/auth-db". Journaled. */
    virtual QString id() const = 0;
    /** For people, e.g. "Patch the Secret auth-db-secret". */
    virtual QString title() const = 0;
    /** What apply() will do, for the preview page and --dry-run output (may be multi-line, may be YAML). */
    virtual QString preview() const { return title(); }

    /** Does the change. With context.dryRun it only checks preconditions and changes nothing. */
    virtual QFuture<StepResult> apply(const RunContext &context) = 0;
    /** Checks the change took effect for real (a login, a handshake, a row count). Default: nothing to check. */
    virtual QFuture<StepResult> verify(const RunContext &context);
    /** Puts back what apply() changed. Default: nothing to undo. */
    virtual QFuture<StepResult> undo(const RunContext &context);
    /** False when apply() changes nothing that could need undoing (a read, a check). */
    virtual bool hasUndo() const { return false; }

    /**
     * Resolves this step after a crash caught its apply in the middle (journal: "begin", no end): observes
     * the real state and says whether the change happened. On Applied the step must hold the state undo()
     * needs (as after apply()); the runner then journals it and treats the step as applied. Unknown stops the
     * resume or rollback before anything is undone or redone. Default: a step without undo changed nothing
     * that needs putting back (NotApplied: resume runs it again); a step with undo must look (Unknown).
     */
    virtual QFuture<Observation> observe(const RunContext &context);

    /**
     * What apply() is about to create (a file, a database, a directory), named before it exists. Called by
     * the runner right before apply() and journaled in the step's "begin" line; when a crash leaves the step
     * in doubt, it is handed back through restoreJournalState() before observe(), so that observe() and
     * undo() know exactly what to look for and remove. Same keys as journalState(). Default: nothing.
     */
    virtual QJsonObject beginState() { return {}; }

    /** Non-secret state undo() needs, journaled after apply. */
    virtual QJsonObject journalState() const { return {}; }
    /** Restores what journalState() returned (resume/rollback after a crash). */
    virtual bool restoreJournalState(const QJsonObject &state)
    {
        Q_UNUSED(state);
        return true;
    }
};

/** An operation: a kind ("renew-certs", "rotate-password", "restore", "backup"), its parameters, its steps. */
class Plan
{
public:
    Plan(QString kind, QString title, QJsonObject parameters = {});

    QString kind() const { return m_kind; }
    QString title() const { return m_title; }
    /** Non-secret parameters (namespace, datastores, paths); journaled so a crashed run can be rebuilt. */
    QJsonObject parameters() const { return m_parameters; }

    void addStep(std::unique_ptr<Step> step);
    /** Replaces step @p index by what @p wrap makes of it (same id); the crash tests wrap a step to die at an exact boundary. */
    void wrapStep(int index, const std::function<std::unique_ptr<Step>(std::unique_ptr<Step>)> &wrap);
    int size() const { return int(m_steps.size()); }
    Step *step(int index) const { return m_steps.at(index).get(); }
    int indexOf(const QString &stepId) const;

private:
    QString m_kind;
    QString m_title;
    QJsonObject m_parameters;
    std::vector<std::unique_ptr<Step>> m_steps;
};

/** A future of T and its promise, finished exactly once (later finishes are ignored). */
template<typename T> struct Pending
{
    std::shared_ptr<QPromise<T>> promise = std::make_shared<QPromise<T>>();
    Pending() { promise->start(); }
    QFuture<T> future() const { return promise->future(); }
    void finish(const T &value) const
    {
        if (promise->isCanceled() || promise->future().isFinished())
            return;
        promise->addResult(value);
        promise->finish();
    }
};

/** A future that is already finished with @p value. */
template<typename T> QFuture<T> readyValue(const T &value)
{
    Pending<T> pending;
    pending.finish(value);
    return pending.future();
}

/** A future that is already finished with @p result. */
QFuture<StepResult> ready(const StepResult &result);
/** A future that is already finished with @p observation. */
QFuture<Observation> ready(const Observation &observation);

} // namespace Ops
