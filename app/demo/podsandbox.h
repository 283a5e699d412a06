// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demo/podtranslator.h"

#include <QString>
#include <QStringList>

namespace Demo {

/**
 * Writes the pod's volumes under its sandbox: Secret and ConfigMap files (fresh at each start, with their modes,
 * owned by root as the kubelet writes them), emptyDir (0777) and PVC directories (kept across starts). Secret
 * bytes are never logged. False with @p error when a file cannot be written.
 */
bool materializeVolumes(const PodPlan &plan, QString *error);

/** What carrying out an init container did. */
struct InitOutcome
{
    bool supported = true; ///< false: its command is not a simple copy/chmod/chown/mkdir, and it was not run
    bool ok = true; ///< false: a step failed as it would in the container (a missing source, …)
    QString message; ///< why not supported, or what failed; for the pod's events and log
    QStringList log; ///< the steps carried out, as a shell with -x would show them
};

/**
 * Carries out @p init when its command is a simple script of cp, chmod, chown and mkdir over its mounted paths
 * (sh -c "cp /src/&lowast; /tls/ && chmod 600 /tls/key.pem && chown 70:70 /tls/&lowast;"), with paths mapped to the host and
 * any non-root owner mapped to the user the demo's servers run as. Anything else is not run (supported false).
 */
InitOutcome runInitContainer(const ContainerPlan &init);

/** What a command run in a pod's container (pods/exec) did, as the demo carries it out. */
struct ExecOutcome
{
    bool started = true; ///< false: the runtime could not start it (no such executable); failure says what it says
    QString failure;
    QByteArray out;
    QByteArray err;
    int exitCode = 0;
    int durationMs = 0; ///< the command ends this long after it started (sleep)
};

/**
 * Carries out @p argv in @p container as pods/exec would, with the container's paths mapped to the host (its mounts,
 * else its sandbox root; /dev/null and /dev/zero are the host's): find (start paths, -maxdepth, -mindepth, -type
 * f|d|l, -name, -print, -exec CMD … {} + or \;), stat -c (%s %n %F %a %%), head (-c N, -n N, -q, -v), cat, ls (-1,
 * -a), echo, true, false and sleep, with busybox's messages and exit codes. Any other program, and every program of
 * a distroless image, is not found (started false, with the runtime's words). Output past @p maxOutput bytes is cut.
 * Blocking file I/O on the demo's own files.
 */
ExecOutcome runExecCommand(const ContainerPlan &container, const QStringList &argv, qint64 maxOutput);

} // namespace Demo
