// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kube/expected.h"
#include "kube/kubeconfig.h"

#include <QString>

#include <optional>

namespace Cli {

/** The cluster connection a command scans through, and the namespace it scans. */
struct ClusterChoice
{
    Kube::ResolvedContext context;
    QString namespaceName;
    bool inCluster = false; ///< the pod's ServiceAccount (Kube::InClusterConfig), not a kubeconfig
};

/**
 * What `proofer scan` and `proofer serve` connect to: with @p inCluster the pod's ServiceAccount; else the context
 * @p context (empty: the current one) of the kubeconfig @p kubeconfig (empty: $KUBECONFIG, then ~/.kube/config);
 * else, when no kubeconfig exists at all and the process runs in a pod, the ServiceAccount, as kubectl does.
 * @p namespaceName overrides the context's (or the pod's) namespace. An error for people otherwise.
 */
Kube::Expected<ClusterChoice> chooseCluster(const QString &kubeconfig, const QString &context,
                                            const std::optional<QString> &namespaceName, bool inCluster);

} // namespace Cli
