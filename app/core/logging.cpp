// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/logging.h"

Q_LOGGING_CATEGORY(lcCli, "proofer.cli")
Q_LOGGING_CATEGORY(lcKube, "proofer.kube")
Q_LOGGING_CATEGORY(lcProbe, "proofer.probe")
Q_LOGGING_CATEGORY(lcFleet, "proofer.fleet")
Q_LOGGING_CATEGORY(lcAudit, "proofer.audit")
Q_LOGGING_CATEGORY(lcOps, "proofer.ops")
Q_LOGGING_CATEGORY(lcDemo, "proofer.demo")
