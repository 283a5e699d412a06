// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QFuture>
#include <QString>
#include <QStringList>

#include <chrono>

namespace Kube {

class KubeClient;

/** How a command run in a pod is bounded. */
struct ExecOptions
{
    /** The container; empty: the API server's choice (the pod's only container; it refuses when there are several). */
    QString container;
    /** More than this on standard output stops the command (the result keeps the first bytes). */
    qint64 maxStdoutBytes = 4 * 1024 * 1024;
    /** Standard error beyond this is dropped (the command goes on). */
    qint64 maxStderrBytes = 64 * 1024;
    /** A command that has not ended after this is cancelled. */
    std::chrono::milliseconds timeout { 30000 };
};

/** What a command run in a pod did. */
struct ExecResult
{
    enum class Status {
        Exited, ///< it ran to its end: exitCode says how
        NotStarted, ///< the API server or the runtime refused or could not start it (error says why)
        OutputTooLarge, ///< more than maxStdoutBytes on standard output: stopped
        TimedOut, ///< not ended within the timeout: cancelled
        ConnectionLost, ///< the stream ended without the command's status
        Cancelled, ///< the caller cancelled the future
    };

    Status status = Status::NotStarted;
    int exitCode = -1; ///< for Exited
    QByteArray out; ///< standard output (at most maxStdoutBytes)
    QByteArray err; ///< standard error (at most maxStderrBytes)
    QString error; ///< for people, naming the pod; empty only for exit code 0
    QString protocol; ///< the channel protocol the server chose (v5.channel.k8s.io, v4.channel.k8s.io)

    bool succeeded() const { return status == Status::Exited && exitCode == 0; }
};

/**
 * `kubectl exec` without stdin or a terminal: runs @p argv in a container of @p pod through the pods/exec
 * subresource over a WebSocket (v5.channel.k8s.io, else v4.channel.k8s.io), authenticated as the client's other
 * calls. Channel 1 carries standard output, 2 standard error, 3 the command's metav1.Status (Success, or Failure
 * with reason NonZeroExitCode and the exit code in details.causes). Asynchronous on the caller's event loop;
 * bounded by @p options (output size, time); cancelling the future stops the command's stream.
 *
 * The argv travels in the request's URL and reaches the API server's and the kubelet's logs: it must never hold a
 * secret.
 */
QFuture<ExecResult> execInPod(KubeClient *client, const QString &namespaceName, const QString &pod,
                              const QStringList &argv, const ExecOptions &options = {});

/** Decodes the Status of channel 3 into @p result (status, exit code, error). False when it is not a Status. */
bool applyExecStatus(const QByteArray &statusJson, ExecResult *result);

} // namespace Kube
