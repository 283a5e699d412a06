// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/clusterchoice.h"

#include "kube/inclusterconfig.h"
#include "kube/kubeconfigloader.h"

namespace Cli {

Kube::Expected<ClusterChoice> chooseCluster(const QString &kubeconfig, const QString &context,
                                            const std::optional<QString> &namespaceName, bool inCluster)
{
    Kube::KubeconfigLoader loader;
    loader.setExplicitPath(kubeconfig);
    const Kube::InClusterConfig pod;
    ClusterChoice choice;
    if (inCluster || (kubeconfig.isEmpty() && context.isEmpty() && Kube::inClusterByDefault(loader, pod))) {
        const Kube::Expected<Kube::ResolvedContext> resolved = pod.load();
        if (!resolved)
            return Kube::Expected<ClusterChoice>::failure(resolved.error());
        choice.context = *resolved;
        choice.inCluster = true;
    } else {
        const auto config = loader.load();
        if (!config)
            return Kube::Expected<ClusterChoice>::failure(config.error());
        const auto resolved = Kube::KubeconfigLoader::resolve(*config, context);
        if (!resolved)
            return Kube::Expected<ClusterChoice>::failure(resolved.error());
        choice.context = *resolved;
    }
    choice.namespaceName = namespaceName.value_or(choice.context.namespaceName);
    return choice;
}

} // namespace Cli
