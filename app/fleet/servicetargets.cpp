// SPDX-License-Identifier: GPL-3.0-or-later
#include "fleet/servicetargets.h"

namespace Fleet {

QList<ScanTarget> throughServices(QList<ScanTarget> targets)
{
    for (ScanTarget &target : targets) {
        if (!target.k8s || target.k8s->serviceName.isEmpty() || target.namespaceName.isEmpty())
            continue;
        target.host = QStringLiteral("%1.%2.svc").arg(target.k8s->serviceName, target.namespaceName);
        target.port = target.k8s->servicePort ? target.k8s->servicePort : defaultPort(target.kind);
        // RabbitMQ's plain AMQP and management ports, as the Service is assumed to expose them (the container's).
        target.plaintextPort = target.podPlaintextPort;
        target.managementPort = target.podManagementPort;
        target.pod.clear();
        target.podPort = 0;
        target.podPlaintextPort = 0;
        target.podManagementPort = 0;
    }
    return targets;
}

} // namespace Fleet
