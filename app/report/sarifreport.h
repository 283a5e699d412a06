// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/report.h"

#include <QByteArray>
#include <QString>

namespace Report {

/**
 * `proofer scan --format sarif`: SARIF 2.1.0 (OASIS) for code scanning. One run; tool.driver "proofer" with every
 * rule of the catalogue (id, name, descriptions, help with the remediation, default level from the severity,
 * security-severity for GitHub); one result per finding (a failed check on a datastore or on the fleet scope) with
 * the level from its severity, the evidence as message, the location "namespace/datastore" (logical, and as the
 * artifact URI GitHub requires) and a partial fingerprint of rule, scope and datastore only, so that code scanning
 * follows a finding from run to run whatever its evidence says. Checks not assessed or not applicable are not
 * results; a datastore that was not reached and the scan's notes are tool execution notifications.
 * See docs/reports.md.
 */
QByteArray renderSarif(const Fleet::Snapshot &snapshot, const Audit::Audit &audit,
                       const RenderOptions &options = RenderOptions::current());

/** "error", "warning" or "note": SARIF's level for a severity (critical and high, medium, low and info). */
QString sarifLevel(Audit::Severity severity);

/**
 * The stable identity of a finding across runs: SHA-256 (hex) of the rule id, the scope name and the datastore
 * ("" for a fleet finding), never of the evidence or the message.
 */
QString findingFingerprint(const QString &ruleId, const QString &scope, const QString &datastore);

} // namespace Report
