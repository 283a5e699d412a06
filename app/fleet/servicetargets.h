// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fleet/fleetscanner.h"

#include <QList>

namespace Fleet {

/**
 * The targets of a discovered namespace as a process inside the cluster reaches them: each datastore's Service by
 * its DNS name (`<service>.<namespace>.svc`) and port, with no port-forward (which would need the right to create
 * pods/portforward). The certificate is still verified against the name it should carry (the target's serverName,
 * unchanged). A datastore without a Service stays as it was, through a port-forward to its pod.
 */
QList<ScanTarget> throughServices(QList<ScanTarget> targets);

} // namespace Fleet
