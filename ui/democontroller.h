// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demolauncher.h"

#include <QObject>
#include <QString>

class QAction;

/**
 * The console's side of the demo fleet: the Start and Stop actions, the launcher they drive, and the text the
 * fleet table's empty state shows while it starts, stops or after it failed. The window only places the actions
 * and opens the kubeconfig when the fleet is ready.
 */
class DemoController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoController)

public:
    explicit DemoController(QObject *parent = nullptr);

    DemoLauncher *launcher() const { return m_launcher; }
    QAction *startAction() const { return m_startAction; }
    QAction *stopAction() const { return m_stopAction; }

    bool isActive() const { return m_launcher->isActive(); }
    bool isIdle() const { return m_launcher->state() == DemoLauncher::State::Idle; }
    bool isStarting() const { return m_launcher->state() == DemoLauncher::State::Starting; }
    /** What the empty fleet table says about the demo now: progress, stopping, or the last failure. */
    QString stateText() const;

    void start();
    void stop();
    /**
     * Called when the window is asked to close: false when the demo runs and is now stopping (closeNow() follows
     * once its servers stopped or it failed), true when nothing runs and the window may close at once.
     */
    bool readyToClose();
    void retranslateUi();

signals:
    /** start() begins a launch. */
    void starting();
    /** Start, progress, stop or failure: the controls and the empty state need a refresh. */
    void changed();
    /** A message for the status bar. */
    void message(const QString &text);
    /** The fleet is up: open @p kubeconfig. */
    void ready(const QString &kubeconfig);
    /** The demo exited before it was asked to. */
    void failed(const QString &message);
    /** The demo stopped after readyToClose() said to wait: the window may close now. */
    void closeNow();

private:
    void onStateChanged();

    DemoLauncher *m_launcher = nullptr;
    QAction *m_startAction = nullptr;
    QAction *m_stopAction = nullptr;
    QString m_progress; ///< the demo's last progress line, or its failure
    bool m_failed = false;
    bool m_closeAfterStop = false;
};
