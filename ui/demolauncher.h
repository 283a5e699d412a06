// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QStringList>

#include <chrono>

class QProcess;
class QTimer;

/**
 * Runs `proofer demo` as a child process for the console: starts it, notices when its kubeconfig
 * appears (written last by the demo, so its presence means the fleet is ready), and stops it with
 * SIGTERM, then SIGKILL after 10 s. Everything is driven by QProcess signals and a poll timer: the
 * GUI thread never waits.
 *
 * Environment (for tests and development):
 * - `PROOFER_DEMO_BIN`: the binary to run instead of QCoreApplication::applicationFilePath();
 * - `PROOFER_DEMO_ARGS`: extra arguments appended after `demo --kubeconfig-out FILE`, split like a
 *   shell command line (for example `--instances 1 --state-dir /tmp/x`).
 */
class DemoLauncher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoLauncher)

public:
    enum class State { Idle, Starting, Running, Stopping };
    Q_ENUM(State)

    explicit DemoLauncher(QObject *parent = nullptr);
    ~DemoLauncher() override;

    State state() const { return m_state; }
    bool isActive() const { return m_state != State::Idle; }
    /** Where the demo writes its kubeconfig copy: <AppDataLocation>/demo-kubeconfig. */
    static QString kubeconfigPath();
    /** The program and arguments start() runs. */
    static QString program();
    static QStringList arguments();
    /** The child's process id (0 when none runs). */
    qint64 processId() const;

    /** Starts the demo fleet; ready() or failed() follows. Does nothing unless Idle. */
    void start();
    /** How long start() waits for the fleet to be ready before it stops it and fails (default 240 s). */
    void setStartTimeout(std::chrono::milliseconds timeout) { m_startTimeout = timeout; }
    /** Stops the fleet (or its start): SIGTERM, SIGKILL after 10 s; stopped() follows. */
    void stop();

signals:
    void stateChanged(DemoLauncher::State state);
    /** A line of the demo's progress output. */
    void progress(const QString &line);
    /** The fleet is up and its kubeconfig is at @p kubeconfig. */
    void ready(const QString &kubeconfig);
    /** The demo exited before it was asked to: @p message ends with its last stderr lines. */
    void failed(const QString &message);
    /** The demo exited after stop(). */
    void stopped();

private:
    void setState(State state);
    void readOutput();
    void readErrors();
    void pollKubeconfig();
    void onFinished(int exitCode, int exitStatus);

    State m_state = State::Idle;
    QProcess *m_process = nullptr;
    QTimer *m_pollTimer = nullptr;
    QTimer *m_killTimer = nullptr;
    QByteArray m_stdoutBuffer;
    QByteArray m_stderrBuffer;
    QStringList m_stderrTail;
    QString m_firstError; ///< the first "error: …" line of the child's stderr
    std::chrono::milliseconds m_startTimeout{std::chrono::seconds(240)};
    QElapsedTimer m_startClock;
    bool m_timedOut = false; ///< stopped because it was not ready in time: a failure, not a stop
};
