// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ops/plan.h"

#include <QFuture>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <chrono>
#include <functional>
#include <memory>

namespace Kube {
class KubeClient;
}

namespace Ops {

/**
 * Restarts @p workloads ("Deployment/auth-db", "StatefulSet/redis") of @p namespaceName one after the other, as
 * `kubectl rollout restart` does, and waits for each rollout (new pods ready) up to @p timeout. The future holds ""
 * when every one rolled out, else the first failure (naming the workload and the cause); @p restartedOne is told of
 * each workload once its restart was accepted (before its rollout is awaited).
 */
QFuture<QString> restartWorkloads(Kube::KubeClient *client, const QString &namespaceName, const QStringList &workloads,
                                  std::chrono::milliseconds timeout,
                                  std::function<void(const QString &)> restartedOne = {});

/**
 * The step that restarts workloads: apply = restartWorkloads(); a dry run reads each workload and says whether it
 * can be restarted (a paused one cannot). What it restarted is journaled ("restarted"), so a caller's undo can
 * restart the same ones again after it put their input back. Verify and observe are the caller's to add (a
 * subclass: the renewal checks the served certificate); by default verify checks nothing more than the rollout.
 */
class RestartWorkloadsStep : public Step
{
public:
    /** What undo does: nothing (a restart takes nothing away), or restart the same workloads once more. */
    enum class Undo { Nothing, RestartAgain };

    struct Settings
    {
        QString id;            ///< "restart/auth-db"
        QString title;         ///< for people
        QString subject;       ///< prefixes the messages ("auth-db: …"); empty: none
        QString namespaceName;
        QStringList workloads; ///< "Deployment/name"
        std::chrono::milliseconds timeout{std::chrono::minutes(5)};
        Undo undo = Undo::Nothing;
    };

    /** @p restarted (optional) is kept up to date with the workloads restarted, for the caller's undo. */
    RestartWorkloadsStep(Kube::KubeClient *client, Settings settings,
                         std::shared_ptr<QStringList> restarted = std::make_shared<QStringList>());

    QString id() const override { return m_settings.id; }
    QString title() const override { return m_settings.title; }
    /** The kubectl commands it stands for. */
    QString preview() const override;
    QFuture<StepResult> apply(const RunContext &context) override;
    bool hasUndo() const override { return m_settings.undo == Undo::RestartAgain; }
    QFuture<StepResult> undo(const RunContext &context) override;
    /** A restart caught in the middle is done again: restarting twice is harmless, the rollout is what counts. */
    QFuture<Observation> observe(const RunContext &context) override;

    QJsonObject journalState() const override;
    bool restoreJournalState(const QJsonObject &state) override;

    const Settings &settings() const { return m_settings; }
    QStringList restarted() const { return *m_restarted; }

protected:
    /** "subject: text", or text when there is no subject. */
    QString said(const QString &text) const;
    QJsonObject facts() const;

    QPointer<Kube::KubeClient> m_client;
    Settings m_settings;
    std::shared_ptr<QStringList> m_restarted;
};

/**
 * The console's "Restart workload": one journaled step that restarts @p workloadKind/@p name in @p namespaceName
 * and waits for its new pods (plan kind "restart-workload"). @p client must outlive the plan.
 */
std::unique_ptr<Plan> buildRestartWorkloadPlan(Kube::KubeClient *client, const QString &namespaceName,
                                               const QString &workloadKind, const QString &name,
                                               std::chrono::milliseconds timeout = std::chrono::minutes(5));

} // namespace Ops
