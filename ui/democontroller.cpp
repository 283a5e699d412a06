// SPDX-License-Identifier: GPL-3.0-or-later
#include "democontroller.h"

#include <QAction>

DemoController::DemoController(QObject *parent)
    : QObject(parent)
    , m_launcher(new DemoLauncher(this))
    , m_startAction(new QAction(this))
    , m_stopAction(new QAction(this))
{
    m_startAction->setObjectName(QStringLiteral("startDemoAction"));
    connect(m_startAction, &QAction::triggered, this, &DemoController::start);
    m_stopAction->setObjectName(QStringLiteral("stopDemoAction"));
    m_stopAction->setEnabled(false);
    connect(m_stopAction, &QAction::triggered, this, &DemoController::stop);

    connect(m_launcher, &DemoLauncher::stateChanged, this, &DemoController::onStateChanged);
    connect(m_launcher, &DemoLauncher::progress, this, [this](const QString &line) {
        m_progress = line;
        onStateChanged();
    });
    connect(m_launcher, &DemoLauncher::ready, this, [this](const QString &kubeconfig) {
        m_progress.clear();
        emit message(tr("Demo fleet ready"));
        emit ready(kubeconfig);
    });
    connect(m_launcher, &DemoLauncher::failed, this, [this](const QString &text) {
        m_failed = true;
        m_progress = text;
        onStateChanged();
        emit failed(text);
        if (m_closeAfterStop)
            emit closeNow();
    });
    connect(m_launcher, &DemoLauncher::stopped, this, [this] {
        m_progress.clear();
        emit message(tr("Demo fleet stopped"));
        if (m_closeAfterStop)
            emit closeNow();
    });
}

QString DemoController::stateText() const
{
    switch (m_launcher->state()) {
    case DemoLauncher::State::Starting:
        return m_progress.isEmpty() ? tr("Starting the demo fleet…") : tr("Starting the demo fleet…") + u'\n' + m_progress;
    case DemoLauncher::State::Stopping:
        return tr("Stopping the demo fleet…");
    case DemoLauncher::State::Running:
        return {};
    case DemoLauncher::State::Idle:
        return m_failed ? m_progress : QString();
    }
    return {};
}

void DemoController::start()
{
    if (m_launcher->isActive())
        return;
    m_failed = false;
    m_progress.clear();
    emit starting();
    m_launcher->start();
}

void DemoController::stop()
{
    m_launcher->stop();
}

bool DemoController::readyToClose()
{
    if (!m_launcher->isActive())
        return true;
    // The demo's servers stop in order, without blocking: the window closes once the child has exited.
    m_closeAfterStop = true;
    m_launcher->stop();
    return false;
}

void DemoController::retranslateUi()
{
    m_startAction->setText(tr("Start the &Demo Fleet"));
    m_startAction->setToolTip(
        tr("Run real PostgreSQL and Redis servers behind an emulated Kubernetes API on this computer"));
    m_stopAction->setText(tr("S&top the Demo Fleet"));
}

void DemoController::onStateChanged()
{
    const DemoLauncher::State state = m_launcher->state();
    m_startAction->setEnabled(state == DemoLauncher::State::Idle);
    m_stopAction->setEnabled(state == DemoLauncher::State::Starting || state == DemoLauncher::State::Running);
    emit changed();
    if (state == DemoLauncher::State::Starting || state == DemoLauncher::State::Stopping)
        emit message(stateText().section(u'\n', 0, 0));
}
