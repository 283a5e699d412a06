// SPDX-License-Identifier: GPL-3.0-or-later
#include "ops/restartworkloadsstep.h"

#include "kube/kubeclient.h"
#include "kube/resource.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Ops {

namespace {

QString goneMessage()
{
    return QCoreApplication::translate("Ops::RestartWorkloads", "The connection to the cluster is gone");
}

QString withSubject(const QString &subject, const QString &text)
{
    return subject.isEmpty() ? text : QCoreApplication::translate("Ops::RestartWorkloads", "%1: %2").arg(subject, text);
}

/**
 * Visits workloads ("Kind/name") one after the other: @p visit answers "" to go on, else the error that stops the
 * walk. The future holds "" when every one passed, else the first error.
 */
struct WorkloadWalk : std::enable_shared_from_this<WorkloadWalk>
{
    using Visit = std::function<QFuture<QString>(Kube::KubeClient *client, const Kube::Resource &resource, const QString &workload,
                                                 const QString &name)>;
    QPointer<Kube::KubeClient> client;
    QStringList workloads;
    Visit visit;
    Pending<QString> pending;

    void step(int index)
    {
        if (!client) {
            pending.finish(goneMessage());
            return;
        }
        if (index >= workloads.size()) {
            pending.finish(QString());
            return;
        }
        const QString workload = workloads.at(index);
        auto self = shared_from_this();
        visit(client, Kube::resourceForWorkloadKind(workload.section(u'/', 0, 0)), workload, workload.section(u'/', 1))
            .then(client, [self, index](const QString &error) {
                if (!error.isEmpty())
                    self->pending.finish(error);
                else
                    self->step(index + 1);
            });
    }
};

QFuture<QString> walk(Kube::KubeClient *client, const QStringList &workloads, WorkloadWalk::Visit visit)
{
    auto chain = std::make_shared<WorkloadWalk>();
    chain->client = client;
    chain->workloads = workloads;
    chain->visit = std::move(visit);
    const QFuture<QString> future = chain->pending.future();
    chain->step(0);
    return future;
}

/** "" when every workload exists and none is paused (a paused one cannot be restarted), else why not. */
QFuture<QString> checkRestartable(Kube::KubeClient *client, const QString &namespaceName, const QStringList &workloads)
{
    return walk(client, workloads, [namespaceName](Kube::KubeClient *c, const Kube::Resource &resource, const QString &workload,
                                                   const QString &name) {
        return c->get(resource.plural, namespaceName, name).then(c, [workload](const Kube::Response &r) {
            if (!r.ok())
                return r.error.message;
            if (r.object.value(QLatin1String("spec")).toObject().value(QLatin1String("paused")).toBool())
                return QCoreApplication::translate("Ops::RestartWorkloads", "%1 is paused: it cannot be restarted (kubectl rollout resume first)")
                    .arg(workload);
            return QString();
        });
    });
}

} // namespace

QFuture<QString> restartWorkloads(Kube::KubeClient *client, const QString &namespaceName, const QStringList &workloads,
                                  std::chrono::milliseconds timeout, std::function<void(const QString &)> restartedOne)
{
    return walk(client, workloads, [namespaceName, timeout, restartedOne](Kube::KubeClient *c, const Kube::Resource &resource,
                                                                         const QString &workload, const QString &name) {
        Pending<QString> pending;
        QPointer<Kube::KubeClient> guarded = c;
        c->rolloutRestart(resource.plural, namespaceName, name)
            .then(c, [guarded, pending, namespaceName, timeout, restartedOne, resource, workload, name](const Kube::Response &response) {
                if (!response.ok()) {
                    pending.finish(QCoreApplication::translate("Ops::RestartWorkloads", "rollout restart of %1 failed: %2")
                                       .arg(workload, response.error.message));
                    return;
                }
                if (restartedOne)
                    restartedOne(workload);
                if (!guarded) {
                    pending.finish(goneMessage());
                    return;
                }
                guarded->waitForRollout(resource.plural, namespaceName, name, timeout)
                    .then(guarded, [pending, workload](const Kube::Response &status) {
                        pending.finish(status.ok() ? QString()
                                                   : QCoreApplication::translate("Ops::RestartWorkloads", "%1 did not roll out: %2")
                                                         .arg(workload, status.error.message));
                    });
            });
        return pending.future();
    });
}

RestartWorkloadsStep::RestartWorkloadsStep(Kube::KubeClient *client, Settings settings,
                                           std::shared_ptr<QStringList> restarted)
    : m_client(client)
    , m_settings(std::move(settings))
    , m_restarted(restarted ? std::move(restarted) : std::make_shared<QStringList>())
{
}

QString RestartWorkloadsStep::said(const QString &text) const
{
    return withSubject(m_settings.subject, text);
}

QJsonObject RestartWorkloadsStep::facts() const
{
    QJsonObject facts{{QStringLiteral("workloads"), QJsonArray::fromStringList(m_settings.workloads)}};
    if (!m_settings.subject.isEmpty())
        facts.insert(QStringLiteral("datastore"), m_settings.subject);
    return facts;
}

QString RestartWorkloadsStep::preview() const
{
    QStringList lines{title()};
    const int seconds = int(std::chrono::duration_cast<std::chrono::seconds>(m_settings.timeout).count());
    for (const QString &workload : m_settings.workloads) {
        // kubectl's own spelling: deployment/auth-db
        const QString ref = Kube::resourceForWorkloadKind(workload.section(u'/', 0, 0)).plural.chopped(1) + u'/'
                            + workload.section(u'/', 1);
        lines << QStringLiteral("  kubectl rollout restart %1 -n %2").arg(ref, m_settings.namespaceName)
              << QStringLiteral("  kubectl rollout status %1 -n %2 --timeout=%3s").arg(ref, m_settings.namespaceName).arg(seconds);
    }
    return lines.join(u'\n');
}

QFuture<StepResult> RestartWorkloadsStep::apply(const RunContext &context)
{
    const QJsonObject facts = this->facts();
    const QString list = m_settings.workloads.join(QStringLiteral(", "));
    if (m_settings.workloads.isEmpty())
        return ready(StepResult::success(said(QCoreApplication::translate("Ops::RestartWorkloads", "no workload to restart")), facts));
    if (!m_client)
        return ready(StepResult::failure(said(goneMessage()), facts));
    if (context.dryRun) {
        const QString subject = m_settings.subject;
        return checkRestartable(m_client, m_settings.namespaceName, m_settings.workloads).then(m_client.data(), [subject, facts, list](const QString &problem) {
            if (!problem.isEmpty())
                return StepResult::failure(withSubject(subject, problem), facts);
            return StepResult::success(
                withSubject(subject, QCoreApplication::translate("Ops::RestartWorkloads", "would restart %1 and wait for the rollout").arg(list)),
                facts);
        });
    }
    const std::shared_ptr<QStringList> restarted = m_restarted;
    restarted->clear();
    const QString subject = m_settings.subject;
    return restartWorkloads(m_client, m_settings.namespaceName, m_settings.workloads, m_settings.timeout,
                            [restarted](const QString &workload) {
                                if (!restarted->contains(workload))
                                    restarted->append(workload);
                            })
        .then(m_client.data(), [subject, facts, list](const QString &error) {
            if (!error.isEmpty())
                return StepResult::failure(withSubject(subject, error), facts);
            return StepResult::success(
                withSubject(subject, QCoreApplication::translate("Ops::RestartWorkloads", "restarted %1, rollout complete").arg(list)),
                facts);
        });
}

QFuture<StepResult> RestartWorkloadsStep::undo(const RunContext &)
{
    const QJsonObject facts = this->facts();
    if (m_settings.undo == Undo::Nothing || m_restarted->isEmpty())
        return ready(StepResult::success(said(QCoreApplication::translate("Ops::RestartWorkloads", "nothing to restart again")), facts));
    if (!m_client)
        return ready(StepResult::failure(said(goneMessage()), facts));
    const QStringList again = *m_restarted;
    const std::shared_ptr<QStringList> restarted = m_restarted;
    const QString subject = m_settings.subject;
    return restartWorkloads(m_client, m_settings.namespaceName, again, m_settings.timeout)
        .then(m_client.data(), [subject, restarted, facts, again](const QString &error) {
            if (!error.isEmpty())
                return StepResult::failure(withSubject(subject, error), facts);
            restarted->clear();
            return StepResult::success(
                withSubject(subject, QCoreApplication::translate("Ops::RestartWorkloads", "restarted %1 again").arg(again.join(QStringLiteral(", ")))),
                facts);
        });
}

QFuture<Observation> RestartWorkloadsStep::observe(const RunContext &)
{
    return ready(Observation::notApplied(
        said(QCoreApplication::translate("Ops::RestartWorkloads", "a restart caught in the middle is done again: its rollout is what counts")),
        facts()));
}

QJsonObject RestartWorkloadsStep::journalState() const
{
    return {{QStringLiteral("restarted"), QJsonArray::fromStringList(*m_restarted)}};
}

bool RestartWorkloadsStep::restoreJournalState(const QJsonObject &state)
{
    m_restarted->clear();
    for (const QJsonValue &value : state.value(QStringLiteral("restarted")).toArray())
        m_restarted->append(value.toString());
    return true;
}

std::unique_ptr<Plan> buildRestartWorkloadPlan(Kube::KubeClient *client, const QString &namespaceName,
                                               const QString &workloadKind, const QString &name,
                                               std::chrono::milliseconds timeout)
{
    const QString kind = Kube::resourceForWorkloadKind(workloadKind).kind;
    const QString workload = kind + u'/' + name;
    auto plan = std::make_unique<Plan>(
        QStringLiteral("restart-workload"),
        QCoreApplication::translate("Ops::RestartWorkloads", "Restart %1").arg(workload),
        QJsonObject{{QStringLiteral("namespace"), namespaceName},
                    {QStringLiteral("workloadKind"), kind},
                    {QStringLiteral("workload"), name},
                    {QStringLiteral("timeoutMs"), qint64(timeout.count())}});
    RestartWorkloadsStep::Settings settings;
    settings.id = QStringLiteral("restart/") + name;
    settings.title = QCoreApplication::translate("Ops::RestartWorkloads", "Restart %1 and wait for its new pods").arg(workload);
    settings.namespaceName = namespaceName;
    settings.workloads = {workload};
    settings.timeout = timeout;
    plan->addStep(std::make_unique<RestartWorkloadsStep>(client, std::move(settings)));
    return plan;
}

} // namespace Ops
