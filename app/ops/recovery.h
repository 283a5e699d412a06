// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/secret.h"
#include "ops/operation.h"
#include "ops/plan.h"

#include <QDateTime>
#include <QFuture>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

class QObject;

namespace Kube {
class KubeClient;
}

namespace Ops {

/**
 * A run whose journal has no "end" line: it crashed (or is still running in another process). Read from
 * the journal only; nothing here touches the fleet.
 */
struct UnfinishedRun
{
    QString journalPath;
    QString kind;  ///< "renew-certs", "rotate-password", "backup", "restore"
    QString title; ///< the plan's title, as it was written
    QJsonObject parameters;
    QDateTime started;   ///< UTC
    QDateTime lastEvent; ///< UTC, time of the last readable line
    qint64 pid = 0;      ///< of the process that wrote the journal last (the run, or its last resume)
    /** That process still runs: the operation is running elsewhere, not crashed. Nothing may be done to it. */
    bool ownerAlive = false;
    int stepCount = 0;
    QStringList stepsApplied; ///< ids of the steps applied and not undone, in order
    QString lastStep;         ///< title-less id of the last step that did something, with what ("applied", "undone"…)
    QString interruptedStep;  ///< id of a step whose apply began and never ended
    bool rollingBack = false; ///< it was undoing a failure when it stopped
    bool canResume = true;
    QString resumeRefusal;    ///< why it cannot be resumed (for people)
    bool canRollback = true;
    QString rollbackRefusal;  ///< why it cannot be rolled back (for people)
    /** Resume/rollback needs the recovery passphrase (password rotation: the passwords are in the encrypted
     *  recovery record, never in the journal). */
    bool needsPassphrase = false;
    QString warning; ///< the journal had an unreadable line (a torn last write), ignored
    /** The cluster it ran against ({"server","context"}, Journal::setCluster); empty: unknown (an older journal). */
    QJsonObject cluster;
    QString clusterWarning; ///< for people: the journal names no cluster (resume/rollback still allowed)

    /** "3 of 7 steps applied, last: alter-role/auth-db applied" for people. */
    QString progressText() const;
    /** The descriptor of its kind (operationFor); null when Proofer does not know the kind. */
    const Operation *operation() const { return operationFor(kind); }
    /** The journal's value of the parameter that @p cliOption ("--namespace") sets, as the descriptor maps them; "" when none. */
    QString parameterFor(const QString &cliOption) const;
    /** Resuming or rolling it back acts on a cluster (unknown kinds: assumed so). */
    bool needsCluster() const { return !operation() || operation()->needsCluster(); }
};

/** {"server": the API server URL without user info, "context": the kubeconfig context} of @p client; empty: null. */
QJsonObject clusterJson(const Kube::KubeClient *client);

/**
 * Whether @p run may be resumed or rolled back through @p client: false, with @p error naming both clusters, when
 * the journal names another API server. A journal that names none (older) is accepted with a logged warning;
 * so is a null @p client (nothing on a cluster is touched through it), and a kind that needs no cluster
 * (Operation::needsCluster: a backup's rollback only deletes local partial files).
 */
bool checkCluster(const UnfinishedRun &run, const Kube::KubeClient *client, QString *error);

/** Whether process @p pid is alive and (when the kernel says when it started) started before @p notAfter. */
bool processIsAlive(qint64 pid, const QDateTime &notAfter = {});

/** Reads one journal; false with @p error when it is not a Proofer journal. Finished journals are described too. */
bool describeJournal(const QString &path, UnfinishedRun *run, QString *error);

/** Unfinished, non-dry-run journals in @p directory, oldest first (see Journal::unfinished). */
QList<UnfinishedRun> listUnfinishedRuns(const QString &directory);

/** A plan made again from a journal: the plan, or why it could not be (see BuiltPlan). */
using RebuiltPlan = BuiltPlan;

/**
 * Rebuilds the Plan that wrote @p run's journal, from the journal's parameters and the cluster as it is now
 * (the inventory is read again), by the kind's descriptor (Operation::rebuild) after its clean-up. Refused when
 * @p client is connected to another cluster than the journal's (checkCluster). The steps are the same, in the same order; the runner then gives the
 * applied ones their journaled state (Runner::resume / Runner::rollback). Continues on @p context's thread.
 * @p client must outlive the plan.
 */
QFuture<RebuiltPlan> rebuildPlan(Kube::KubeClient *client, const UnfinishedRun &run, const RecoveryInputs &inputs,
                                 QObject *context);

/**
 * Marks the journal ended with outcome "Abandoned" (the person confirmed that what is left will be handled
 * by hand). Takes the journal's run lock first (Journal::lock, waiting up to @p lockTimeoutMs): refused, with
 * an error naming the journal, while another process or window holds it (a resume or rollback going on), and
 * while the process that owns the run is alive. Reads and writes files: not for the GUI thread.
 */
bool abandonRun(const QString &journalPath, QString *error, int lockTimeoutMs = 2000);

} // namespace Ops
