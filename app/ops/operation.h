// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/secret.h"
#include "ops/plan.h"

#include <QFuture>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

class QObject;

namespace Kube {
class KubeClient;
}

namespace Ops {

struct UnfinishedRun;

/**
 * What a plan builder made: the plan, or why there is none (names the datastore, the Secret, the file…), and
 * notes for the preview. The one shape every operation's builder answers with through its descriptor
 * (Operation::rebuild), the wizards' factories, and the recovery.
 */
struct BuiltPlan
{
    std::shared_ptr<Plan> plan; ///< null when it could not be built: see error
    QString error;
    QStringList notes;
};

/** A BuiltPlan future that is already finished. */
QFuture<BuiltPlan> readyPlan(std::shared_ptr<Plan> plan, const QString &error = {}, const QStringList &notes = {});

/** What the journal cannot hold and a rebuilt plan may need. */
struct RecoveryInputs
{
    Core::Secret recoveryPassphrase; ///< rotate-password: opens the recovery records
    QString gnupgHome;               ///< restore/backup: gpg's home (empty: the default)
};

/**
 * One kind of operation ("renew-certs", "rotate-password", "backup", "restore", "restart-workload") and what
 * Proofer knows of it: its parameters (journal header ↔ CLI option), whether resuming or rolling back one of its
 * runs is safe and why not, how its plan is made again from a journal, and what a crashed run leaves that must
 * go. The recovery (recovery.cpp), the recovery dialog and `proofer operations` ask the descriptor; nothing
 * else branches on the kind.
 */
class Operation
{
public:
    /** One non-secret parameter: its key in the journal header's "parameters", the CLI option that sets it. */
    struct Parameter
    {
        QString journalKey; ///< "namespace"
        QString cliOption;  ///< "--namespace" ("" when no option sets it: the plan names it)
    };

    virtual ~Operation() = default;

    /** The kind, as plans and journals name it. */
    virtual QString kind() const = 0;
    /** The parameters its journal header holds, with the CLI options that set them. */
    virtual QList<Parameter> parameters() const = 0;
    /** Resuming or rolling it back acts on the cluster: a connection to the journal's cluster is needed. */
    virtual bool needsCluster() const { return true; }
    /** Resuming or rolling it back needs the recovery passphrase (the secrets are in encrypted records). */
    virtual bool needsPassphrase() const { return false; }

    /**
     * Whether @p run may be resumed and rolled back, from its journal alone: clears run->canResume / canRollback
     * and says why in resumeRefusal / rollbackRefusal. @p journalSteps: the step ids of the journal's header.
     */
    virtual void judge(UnfinishedRun *run, const QStringList &journalSteps) const = 0;

    /**
     * Makes the plan that wrote @p run's journal again, from its parameters and the cluster as it is now, on
     * @p context's thread. The caller checks the cluster and the steps (recovery.cpp's rebuildPlan).
     */
    virtual QFuture<BuiltPlan> rebuild(Kube::KubeClient *client, const UnfinishedRun &run, const RecoveryInputs &inputs,
                                       QObject *context) const = 0;

    /** Removes what a crashed run left behind (temporary files named in its journal); nothing while its owner lives. */
    virtual void cleanUp(const UnfinishedRun &run) const { Q_UNUSED(run); }
};

/** The descriptor of @p kind; null when Proofer does not know it. */
const Operation *operationFor(const QString &kind);

/** Every kind Proofer knows. */
QList<const Operation *> operations();

} // namespace Ops
