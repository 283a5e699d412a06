// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kube/credentials.h"
#include "kube/kubeconfig.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QProcessEnvironment>

#include <sys/types.h>

#include <chrono>
#include <optional>

class QProcess;
class QTimer;

namespace Kube {

/**
 * Runs a client-go credential plugin (`users[].user.exec`, API versions
 * client.authentication.k8s.io/v1 and v1beta1) with an asynchronous QProcess and caches what it
 * returns until its expirationTimestamp (by Core::Clock).
 *
 * The plugin gets the parent's environment with the kubeconfig's `env` merged over it, plus
 * KUBERNETES_EXEC_INFO (with the cluster when provideClusterInfo is set). Its standard input is
 * never connected: `interactiveMode: Always` fails with an explanation. A plugin that hangs is
 * stopped after timeout(); one that writes more than maxOutputSize() is refused. It runs in its own
 * process group, killed whole when the run ends (a background child does not outlive it); what it
 * writes to standard error is shown without escape sequences or control characters. Its standard
 * output holds tokens: it is never logged, and is wiped once parsed.
 */
class ExecCredentialProvider final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExecCredentialProvider)

public:
    static constexpr std::chrono::milliseconds DefaultTimeout { 30000 };
    static constexpr qint64 DefaultMaxOutputSize = 1024 * 1024;

    /** @p context must have an exec user (authKind Exec). */
    explicit ExecCredentialProvider(const ResolvedContext &context, QObject *parent = nullptr);
    ~ExecCredentialProvider() override;

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }
    void setMaxOutputSize(qint64 bytes) { m_maxOutputSize = bytes; }
    qint64 maxOutputSize() const { return m_maxOutputSize; }
    /** The environment the plugin inherits (default: this process's). */
    void setParentEnvironment(const QProcessEnvironment &environment) { m_parentEnvironment = environment; }

    /**
     * Asks for credentials: emits credentialReady() (later, never from inside this call) with the
     * cached ones while unexpired, else runs the plugin. Calls while it runs share that run.
     */
    void request();
    /** Forgets the cached credentials: call on a 401, then request() once more. */
    void invalidate();
    /** Stops a running plugin; failed() reports the cancellation. */
    void cancel();

    bool isRunning() const;
    /** The cached credentials while unexpired. */
    std::optional<Credentials> cachedCredentials() const;

Q_SIGNALS:
    /** The plugin process is being started (@p command as the kubeconfig names it): a run that may take a while. */
    void started(const QString &command);
    void credentialReady(const Kube::Credentials &credentials);
    void failed(const QString &message);

private:
    void start();
    void readStandardOutput();
    void readStandardError();
    void processFinished(int exitCode, int exitStatus);
    void processFailedToStart();
    void timedOut();
    /** Stops and forgets the process, then reports. */
    void finishWithError(const QString &message);
    void finishWithCredentials(const Credentials &credentials);
    void stopProcess();
    Expected<Credentials> parseOutput(const QByteArray &output) const;
    QByteArray execInfo() const;
    QString stderrTail() const;
    QString subject() const;

    ResolvedContext m_context;
    std::chrono::milliseconds m_timeout = DefaultTimeout;
    qint64 m_maxOutputSize = DefaultMaxOutputSize;
    QProcessEnvironment m_parentEnvironment;
    QProcess *m_process = nullptr;
    pid_t m_processGroup = 0; ///< the plugin's process group (its pid), killed when the run ends
    QTimer *m_timer = nullptr;
    QByteArray m_stdout;
    QByteArray m_stderr;
    std::optional<Credentials> m_cached;
};

} // namespace Kube
