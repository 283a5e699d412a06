// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ops/plan.h"

#include <QFuture>
#include <QJsonObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <chrono>

namespace Kube {
class KubeClient;
}

namespace Ops {

/**
 * Changes one Secret with a JSON merge patch under a resourceVersion precondition, and puts it back on undo.
 * The mechanics are here once; what is written, what was there and how to tell them apart are the caller's
 * (a subclass: the certificate renewal, the password rotation):
 *
 *  - apply: prepare(Apply), read the Secret, then PATCH changePatch(secret) with the precondition
 *    expectedVersion(). A Secret edited since it was read gets 409 from the server: a clear abort, nothing
 *    patched. A dry run reads the Secret and says whether its version still is the expected one.
 *  - undo: prepare(Undo), PATCH restorePatch() with the precondition "our" resourceVersion (what the patch
 *    returned, or what observe() read), then restart restartAfterUndo() again (they restarted with the change).
 *  - observe (in doubt after a crash): prepare(Observe), read the Secret and let classify() say whether it
 *    holds the change (applied: the Secret's version becomes "ours"), what was there before, or neither.
 *
 * Messages name the Secret and, when subject() is not empty, start with it ("auth-db: …").
 */
class PatchSecretStep : public Step
{
public:
    PatchSecretStep(Kube::KubeClient *client, QString namespaceName, QString secretName,
                    std::chrono::milliseconds restartTimeout);

    bool hasUndo() const override { return true; }
    QFuture<StepResult> apply(const RunContext &context) final;
    QFuture<StepResult> undo(const RunContext &context) final;
    QFuture<Observation> observe(const RunContext &context) final;

    QString namespaceName() const { return m_namespaceName; }
    QString secretName() const { return m_secretName; }

protected:
    enum class Phase { Apply, Undo, Observe };

    /** Before each phase (not in a dry run): loads what the patch needs; a non-empty answer stops the phase with it. */
    virtual QFuture<QString> prepare(Phase phase);
    /** The resourceVersion the Secret must still have: the one read when the plan was made or the run began. */
    virtual QString expectedVersion() const = 0;
    /** The merge patch that makes the change; @p current is the Secret as read just before. */
    virtual QJsonObject changePatch(const QJsonObject &current) = 0;
    /** The patch landed: remember @p resourceVersion (undo's precondition). @p current is the Secret as read before. */
    virtual void changed(const QString &resourceVersion, const QJsonObject &current) = 0;
    /** "Ours": the version the change left (undo's precondition); empty when the Secret was not changed. */
    virtual QString changedVersion() const = 0;
    /** The merge patch that puts back what was there; an empty object with @p error set when it is not known. */
    virtual QJsonObject restorePatch(QString *error) = 0;
    /** The Secret was put back (at @p resourceVersion). */
    virtual void restored(const QString &resourceVersion) { Q_UNUSED(resourceVersion); }
    /** The workloads ("Deployment/name") to restart once the Secret was put back; cleared by the step when done. */
    virtual QStringList restartAfterUndo() const { return {}; }
    virtual void restartedAfterUndo() {}
    /**
     * After the Secret was put back (and its workloads restarted): "" when what they use now is proven to be the
     * previous data again (the renewal: the previous serial is served), else why not; undo then fails with it.
     */
    virtual QFuture<QString> verifyRestored() { return readyValue(QString()); }
    /** Whether @p secret holds the change. On Applied, hold what undo needs (changedVersion() is set by the step). */
    virtual Observation classify(const QJsonObject &secret) = 0;

    /** For the messages: "auth-db" (rotation); empty: the Secret says it all (renewal). */
    virtual QString subject() const { return {}; }
    /** Facts journaled with every phase. */
    virtual QJsonObject baseFacts() const;
    /** The message of a patch that landed (at @p resourceVersion). */
    virtual QString appliedMessage(const QString &resourceVersion) const = 0;
    /** Where the previous data can be found when it could not be put back (a file, a recovery record). */
    virtual QString restoreHint() const { return {}; }
    /** Called on every successful apply with the facts about to be journaled. */
    virtual void addAppliedFacts(QJsonObject *facts) const { Q_UNUSED(facts); }

    QString said(const QString &text) const;
    QPointer<Kube::KubeClient> client() const { return m_client; }

private:
    QFuture<StepResult> patchNow(const QJsonObject &current);
    QFuture<StepResult> restoreNow();
    void finishVerified(Pending<StepResult> pending, const QString &done, const QJsonObject &facts);

    QPointer<Kube::KubeClient> m_client;
    QString m_namespaceName;
    QString m_secretName;
    std::chrono::milliseconds m_restartTimeout;
};

/** The resourceVersion of a Kubernetes object ("" when it has none). */
QString resourceVersionOf(const QJsonObject &object);

} // namespace Ops
