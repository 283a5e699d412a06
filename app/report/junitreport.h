// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/report.h"

#include <QByteArray>

namespace Report {

/**
 * `proofer scan --format junit`: JUnit XML as Jenkins, GitLab and most CI systems read it. `<testsuites>` with one
 * `<testsuite>` per datastore (and one for the fleet-wide checks), one `<testcase>` per check of that datastore:
 * classname "namespace.datastore", name "RULE-ID title". A failed check carries a `<failure>` (type the severity,
 * message the evidence, text the evidence, basis, remediation and references); a check not assessed is
 * `<skipped message="reason"/>`; a check that does not apply is left out. Counts are consistent with the children.
 * Values that came from a server are stripped of control characters (XML 1.0 cannot hold them).
 */
QByteArray renderJunit(const Fleet::Snapshot &snapshot, const Audit::Audit &audit,
                       const RenderOptions &options = RenderOptions::current());

} // namespace Report
