// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kube/expected.h"
#include "kube/kubeconfig.h"

#include <QProcessEnvironment>
#include <QString>

namespace Kube {

class KubeconfigLoader;

/**
 * The connection of a process that runs in a pod, with client-go's InClusterConfig semantics: the API server at
 * https://$KUBERNETES_SERVICE_HOST:$KUBERNETES_SERVICE_PORT, the pod's ServiceAccount token and CA under
 * /var/run/secrets/kubernetes.io/serviceaccount/. The token is a token *file*: credentials read it again at every
 * request (and once more after a 401), so a bound token the kubelet rotates (hourly) is picked up.
 *
 * The directory can be moved with $PROOFER_SERVICEACCOUNT_DIR (tests, or a token projected elsewhere).
 */
class InClusterConfig final
{
public:
    static constexpr const char *DefaultDirectory = "/var/run/secrets/kubernetes.io/serviceaccount";
    static constexpr const char *DirectoryVariable = "PROOFER_SERVICEACCOUNT_DIR";
    /** The name of the context, cluster and user of an in-cluster connection (in messages and snapshots). */
    static constexpr const char16_t *ContextName = u"in-cluster";

    explicit InClusterConfig(const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());

    /** Where the token, ca.crt and namespace files are. */
    QString directory() const;
    /** client-go's inClusterClientConfig.Possible(): both variables set and the token file there. */
    bool possible() const;
    /**
     * The namespace the pod runs in, as kubectl takes it: $POD_NAMESPACE, else the namespace file, else "default".
     */
    QString namespaceName() const;
    /**
     * The resolved context to connect with; an error (client-go's words where it has some) when a variable is missing
     * or the token cannot be read. A ca.crt that cannot be read or holds no certificate is, as in client-go, a
     * warning: the system's CAs verify the server then.
     */
    Expected<ResolvedContext> load() const;

private:
    QProcessEnvironment m_environment;
};

/**
 * kubectl's choice when neither --kubeconfig nor --in-cluster is given: the in-cluster configuration when no
 * kubeconfig file exists where @p loader would look ($KUBECONFIG, ~/.kube/config) and @p inCluster is possible.
 */
bool inClusterByDefault(const KubeconfigLoader &loader, const InClusterConfig &inCluster);

} // namespace Kube
