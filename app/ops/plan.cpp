// SPDX-License-Identifier: GPL-3.0-or-later
#include "ops/plan.h"

#include <QCoreApplication>
#include <QPromise>

namespace Ops {

QFuture<StepResult> Step::verify(const RunContext &context)
{
    Q_UNUSED(context);
    return ready(StepResult::success());
}

QFuture<StepResult> Step::undo(const RunContext &context)
{
    Q_UNUSED(context);
    return ready(StepResult::success());
}

QFuture<Observation> Step::observe(const RunContext &context)
{
    Q_UNUSED(context);
    return ready(hasUndo() ? Observation::unknown(QCoreApplication::translate(
                                 "Ops", "“%1” cannot tell whether its change happened: check it by hand").arg(title()))
                           : Observation::notApplied(QCoreApplication::translate(
                                 "Ops", "“%1” changes nothing that needs putting back").arg(title())));
}

Plan::Plan(QString kind, QString title, QJsonObject parameters)
    : m_kind(std::move(kind))
    , m_title(std::move(title))
    , m_parameters(std::move(parameters))
{
}

void Plan::addStep(std::unique_ptr<Step> step)
{
    Q_ASSERT(step);
    Q_ASSERT(indexOf(step->id()) < 0);
    m_steps.push_back(std::move(step));
}

void Plan::wrapStep(int index, const std::function<std::unique_ptr<Step>(std::unique_ptr<Step>)> &wrap)
{
    Q_ASSERT(index >= 0 && index < size());
    std::unique_ptr<Step> &slot = m_steps.at(size_t(index));
    const QString id = slot->id();
    slot = wrap(std::move(slot));
    Q_ASSERT(slot && slot->id() == id);
}

int Plan::indexOf(const QString &stepId) const
{
    for (int i = 0; i < size(); ++i) {
        if (m_steps.at(size_t(i))->id() == stepId)
            return i;
    }
    return -1;
}

QFuture<StepResult> ready(const StepResult &result)
{
    return QtFuture::makeReadyFuture(result);
}

QFuture<Observation> ready(const Observation &observation)
{
    return QtFuture::makeReadyFuture(observation);
}

} // namespace Ops
