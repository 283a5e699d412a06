// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/evidence.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <chrono>
#include <optional>

namespace Audit {

struct Assessment;

/**
 * A risk the organisation accepts (docs/policy.md): rule @p rule failing on the datastores whose name matches
 * @p datastore (a glob: `*`, `?`, `[…]`; fleet-wide rules are matched against the scope, "namespace/bakery-ia"),
 * with why, who approved it and until when (the day itself included, UTC).
 */
struct AcceptedRisk
{
    QString rule;
    QString datastore;
    QString justification;
    QString approvedBy;
    QDate expires;
    int line = 0; ///< where it is written in the policy file (0: not from a file)

    bool matches(const QString &ruleId, const QString &subject) const;
    bool expiredOn(const QDate &today) const { return today > expires; }
};

/** An accepted risk as it applies to one failed check: active until it expires, then a finding again. */
struct Acceptance
{
    QString justification;
    QString approvedBy;
    QDate expires;
    bool expired = false;
    QString pattern; ///< the acceptance's datastore glob
    int line = 0; ///< in the policy file

    /** "Accepted until 2027-03-31 by Jane Doe (CISO): …", or "Acceptance expired on …" (for people, translated). */
    QString describe() const;
    /** {"justification","approvedBy","expires","expired","datastore","line"} */
    QJsonObject toJson() const;
};

/**
 * What grades a scan: the profile's thresholds and attested facts, the observation cache's TTL and the accepted
 * risks, read from a policy file (Audit::PolicyLoader) or built in (Profile's defaults, none accepted).
 */
struct Policy
{
    Profile profile;
    std::chrono::seconds observationTtl = std::chrono::hours(24);
    QList<AcceptedRisk> acceptedRisks;
    QString path; ///< the file it was read from (absolute); empty: built in
    QString sha256; ///< lower-case hex SHA-256 of the file's bytes; empty: built in
    QString foundBy; ///< how the file was found: "--policy", "PROOFER_POLICY", "./.proofer.yaml", "XDG_CONFIG_HOME"

    static Policy builtIn() { return {}; }
    bool isBuiltIn() const { return path.isEmpty(); }
    /** The file's path, or "built-in". */
    QString sourceName() const;
    /**
     * The snapshot JSON's "policy": {"source": path or "built-in", "sha256": hex or null, "foundBy",
     * "observationTtlSeconds", "acceptedRisks": [{rule, datastore, justification, approvedBy, expires, expired,
     * line, matched}]} (matched: how many failed checks of @p assessments it accepted or would have).
     */
    QJsonObject toJson(const QList<Assessment> &assessments, const QDate &today) const;
};

/**
 * Marks each failed check of @p assessments that an accepted risk of @p policy covers: active when it has not expired
 * on @p today (the check then costs no points and no gate fails on it), expired otherwise (it stays a finding, and
 * says the acceptance expired). An active acceptance wins over an expired one; then the first in the file.
 */
void applyAcceptances(QList<Assessment> &assessments, const Policy &policy, const QDate &today);

} // namespace Audit
