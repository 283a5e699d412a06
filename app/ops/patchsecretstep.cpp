// SPDX-License-Identifier: GPL-3.0-or-later
#include "ops/patchsecretstep.h"

#include "kube/kubeclient.h"
#include "ops/restartworkloadsstep.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Ops {

namespace {

QString goneMessage()
{
    return QCoreApplication::translate("Ops::PatchSecret", "The connection to the cluster is gone");
}

} // namespace

QString resourceVersionOf(const QJsonObject &object)
{
    return object.value(QLatin1String("metadata")).toObject().value(QLatin1String("resourceVersion")).toString();
}

PatchSecretStep::PatchSecretStep(Kube::KubeClient *client, QString namespaceName, QString secretName,
                                 std::chrono::milliseconds restartTimeout)
    : m_client(client)
    , m_namespaceName(std::move(namespaceName))
    , m_secretName(std::move(secretName))
    , m_restartTimeout(restartTimeout)
{
}

QFuture<QString> PatchSecretStep::prepare(Phase)
{
    return QtFuture::makeReadyFuture(QString());
}

QJsonObject PatchSecretStep::baseFacts() const
{
    return {{QStringLiteral("secret"), m_secretName}};
}

QString PatchSecretStep::said(const QString &text) const
{
    const QString who = subject();
    return who.isEmpty() ? text : QCoreApplication::translate("Ops::PatchSecret", "%1: %2").arg(who, text);
}

QFuture<StepResult> PatchSecretStep::apply(const RunContext &context)
{
    if (!m_client)
        return ready(StepResult::failure(said(goneMessage()), baseFacts()));
    if (context.dryRun) {
        Pending<StepResult> pending;
        const QString expected = expectedVersion();
        m_client->get(QStringLiteral("secrets"), m_namespaceName, m_secretName)
            .then(m_client.data(), [this, pending, expected](const Kube::Response &current) {
                QJsonObject facts = baseFacts();
                facts.insert(QStringLiteral("resourceVersionBefore"), expected);
                if (!current.ok()) {
                    pending.finish(StepResult::failure(said(current.error.message), facts));
                    return;
                }
                const QString version = resourceVersionOf(current.object);
                if (version != expected) {
                    facts.insert(QStringLiteral("resourceVersionNow"), version);
                    pending.finish(StepResult::failure(
                        said(QCoreApplication::translate("Ops::PatchSecret", "the Secret %1 was changed by someone else since it was read "
                                                                             "(resourceVersion %2, now %3): it would not be patched")
                                 .arg(m_secretName, expected, version)),
                        facts));
                    return;
                }
                pending.finish(StepResult::success(
                    said(QCoreApplication::translate("Ops::PatchSecret", "would patch the Secret %1 (resourceVersion %2)").arg(m_secretName, version)),
                    facts));
            });
        return pending.future();
    }
    Pending<StepResult> pending;
    prepare(Phase::Apply).then(m_client.data(), [this, pending](const QString &problem) {
        if (!problem.isEmpty()) {
            pending.finish(StepResult::failure(problem, baseFacts()));
            return;
        }
        if (!m_client) {
            pending.finish(StepResult::failure(said(goneMessage()), baseFacts()));
            return;
        }
        m_client->get(QStringLiteral("secrets"), m_namespaceName, m_secretName)
            .then(m_client.data(), [this, pending](const Kube::Response &current) {
                if (!current.ok()) {
                    pending.finish(StepResult::failure(
                        said(QCoreApplication::translate("Ops::PatchSecret", "reading the Secret %1 failed, it was not patched: %2")
                                 .arg(m_secretName, current.error.message)),
                        baseFacts()));
                    return;
                }
                patchNow(current.object).then(m_client.data(), [pending](const StepResult &result) { pending.finish(result); });
            });
    });
    return pending.future();
}

QFuture<StepResult> PatchSecretStep::patchNow(const QJsonObject &current)
{
    Pending<StepResult> pending;
    const QString expected = expectedVersion();
    m_client->patch(QStringLiteral("secrets"), m_namespaceName, m_secretName, changePatch(current),
                    Kube::KubeClient::PatchType::Merge, expected)
        .then(m_client.data(), [this, pending, current, expected](const Kube::Response &patched) {
            QJsonObject facts = baseFacts();
            facts.insert(QStringLiteral("resourceVersionBefore"), expected);
            if (!patched.ok()) {
                facts.insert(QStringLiteral("httpStatus"), patched.httpStatus);
                pending.finish(StepResult::failure(
                    patched.error.kind == Kube::ApiError::Kind::Conflict
                        ? said(QCoreApplication::translate("Ops::PatchSecret", "the Secret %1 was changed by someone else since it was read "
                                                                               "(409 Conflict): it was not patched. Make the plan again.")
                                   .arg(m_secretName))
                        : said(QCoreApplication::translate("Ops::PatchSecret", "patching the Secret %1 failed: %2")
                                   .arg(m_secretName, patched.error.message)),
                    facts));
                return;
            }
            const QString version = resourceVersionOf(patched.object);
            changed(version, current);
            facts.insert(QStringLiteral("resourceVersionAfter"), version);
            addAppliedFacts(&facts);
            pending.finish(StepResult::success(appliedMessage(version), facts));
        });
    return pending.future();
}

QFuture<StepResult> PatchSecretStep::undo(const RunContext &)
{
    if (changedVersion().isEmpty())
        return ready(StepResult::success(
            said(QCoreApplication::translate("Ops::PatchSecret", "the Secret %1 was not changed").arg(m_secretName)), baseFacts()));
    if (!m_client)
        return ready(StepResult::failure(said(goneMessage()), baseFacts()));
    Pending<StepResult> pending;
    prepare(Phase::Undo).then(m_client.data(), [this, pending](const QString &problem) {
        if (!problem.isEmpty()) {
            pending.finish(StepResult::failure(
                said(QCoreApplication::translate("Ops::PatchSecret", "cannot put back the Secret %1: %2").arg(m_secretName, problem)),
                baseFacts()));
            return;
        }
        if (!m_client) {
            pending.finish(StepResult::failure(said(goneMessage()), baseFacts()));
            return;
        }
        restoreNow().then(m_client.data(), [pending](const StepResult &result) { pending.finish(result); });
    });
    return pending.future();
}

QFuture<StepResult> PatchSecretStep::restoreNow()
{
    QString error;
    const QJsonObject patch = restorePatch(&error);
    if (patch.isEmpty())
        return ready(StepResult::failure(said(error), baseFacts()));
    Pending<StepResult> pending;
    m_client->patch(QStringLiteral("secrets"), m_namespaceName, m_secretName, patch, Kube::KubeClient::PatchType::Merge,
                    changedVersion())
        .then(m_client.data(), [this, pending](const Kube::Response &patched) {
            QJsonObject facts = baseFacts();
            const QString hint = restoreHint();
            if (!patched.ok()) {
                const QString message = patched.error.kind == Kube::ApiError::Kind::Conflict
                    ? QCoreApplication::translate("Ops::PatchSecret", "the Secret %1 was changed by someone else after it was patched "
                                                                      "(409 Conflict): its previous data was not put back")
                          .arg(m_secretName)
                    : QCoreApplication::translate("Ops::PatchSecret", "could not put back the previous data of the Secret %1: %2")
                          .arg(m_secretName, patched.error.message);
                pending.finish(StepResult::failure(said(hint.isEmpty() ? message : message + QStringLiteral("; ") + hint), facts));
                return;
            }
            const QString version = resourceVersionOf(patched.object);
            restored(version);
            facts.insert(QStringLiteral("resourceVersion"), version);
            const QString done
                = said(QCoreApplication::translate("Ops::PatchSecret", "the Secret %1 holds its previous data again").arg(m_secretName));
            const QStringList again = restartAfterUndo();
            if (again.isEmpty() || !m_client) {
                finishVerified(pending, done, facts);
                return;
            }
            // The workloads restarted with the change: once more, now that the Secret is back.
            facts.insert(QStringLiteral("restartedAgain"), QJsonArray::fromStringList(again));
            restartWorkloads(m_client, m_namespaceName, again, m_restartTimeout)
                .then(m_client.data(), [this, pending, facts, done, again](const QString &error) {
                    if (!error.isEmpty()) {
                        pending.finish(StepResult::failure(done + QStringLiteral("; ") + error, facts));
                        return;
                    }
                    restartedAfterUndo();
                    finishVerified(pending, done + QStringLiteral("; ")
                                                + QCoreApplication::translate("Ops::PatchSecret", "restarted %1 again").arg(again.join(QStringLiteral(", "))),
                                   facts);
                });
        });
    return pending.future();
}

void PatchSecretStep::finishVerified(Pending<StepResult> pending, const QString &done, const QJsonObject &facts)
{
    verifyRestored().then(m_client ? static_cast<QObject *>(m_client.data()) : QCoreApplication::instance(),
                          [this, pending, done, facts](const QString &problem) {
        if (problem.isEmpty()) {
            pending.finish(StepResult::success(done, facts));
            return;
        }
        pending.finish(StepResult::failure(
            done + QStringLiteral("; ")
                + said(QCoreApplication::translate("Ops::PatchSecret", "but it is not proven to be in use again: %1").arg(problem)),
            facts));
    });
}

QFuture<Observation> PatchSecretStep::observe(const RunContext &)
{
    if (!m_client)
        return ready(Observation::unknown(said(goneMessage()), baseFacts()));
    Pending<Observation> pending;
    prepare(Phase::Observe).then(m_client.data(), [this, pending](const QString &problem) {
        if (!problem.isEmpty()) {
            const QString hint = restoreHint();
            const QString message = QCoreApplication::translate("Ops::PatchSecret", "cannot tell whether the Secret %1 was patched: %2")
                                        .arg(m_secretName, problem);
            pending.finish(Observation::unknown(said(hint.isEmpty() ? message : message + QStringLiteral("; ") + hint), baseFacts()));
            return;
        }
        if (!m_client) {
            pending.finish(Observation::unknown(said(goneMessage()), baseFacts()));
            return;
        }
        m_client->get(QStringLiteral("secrets"), m_namespaceName, m_secretName)
            .then(m_client.data(), [this, pending](const Kube::Response &current) {
                if (!current.ok()) {
                    pending.finish(Observation::unknown(
                        said(QCoreApplication::translate("Ops::PatchSecret", "the Secret %1 cannot be read: %2").arg(m_secretName, current.error.message)),
                        baseFacts()));
                    return;
                }
                pending.finish(classify(current.object));
            });
    });
    return pending.future();
}

} // namespace Ops
