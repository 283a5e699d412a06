// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/snapshotevidence.h"
#include "fleet/snapshot.h"

#include <QString>

namespace Report {

/** The terminal report of `proofer scan`: a table of the datastores, the fleet grade and the findings. */
QString renderText(const Fleet::Snapshot &snapshot, const Audit::Audit &audit);

/** "Policy: built-in", or "Policy: /path/proofer.yaml (SHA-256 …)": what graded the scan, for people. */
QString policyLine(const Audit::Policy &policy);

} // namespace Report
