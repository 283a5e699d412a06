// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/evidence.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace Audit {

/** Ordered from most to least severe so that std::min picks the worst. */
enum class Severity { Critical, High, Medium, Low, Info };

QString severityName(Severity severity); ///< "critical", "high", … (stable, for JSON)
std::optional<Severity> severityFromName(const QString &name);

enum class Family { Tls, Certificates, Authentication, Secrets, Persistence, AuditLogging, Operations, Kubernetes };

QString familyName(Family family); ///< "tls", "certificates", … (stable)

/** Datastore rules run once per datastore of a listed kind; fleet rules run once per scan. */
enum class Scope { Datastore, Fleet };

/** The result of one rule on one datastore. Unknown facts never pass: they give NotAssessed. */
struct Outcome
{
    enum class Status { Pass, Fail, NotAssessed, NotApplicable };

    Status status = Status::NotAssessed;
    QStringList evidence; ///< the facts the verdict rests on, for people
    QString reason; ///< why it was not assessed or does not apply
    std::optional<Basis> basis; ///< where this verdict's facts came from; empty: the rule's own (Rule::basis())

    static Outcome pass(QStringList evidence) { return { Status::Pass, std::move(evidence), {}, {} }; }
    static Outcome fail(QStringList evidence) { return { Status::Fail, std::move(evidence), {}, {} }; }
    static Outcome notAssessed(QString reason) { return { Status::NotAssessed, {}, std::move(reason), {} }; }
    static Outcome notApplicable(QString reason) { return { Status::NotApplicable, {}, std::move(reason), {} }; }

    bool isAssessed() const { return status == Status::Pass || status == Status::Fail; }
    /** This outcome, saying its facts came from @p b (e.g. a rule that falls back on an inferred fact). */
    Outcome withBasis(Basis b) &&
    {
        basis = b;
        return std::move(*this);
    }
};

QString statusName(Outcome::Status status); ///< "pass", "fail", "not-assessed", "not-applicable"

/**
 * One check. Rules are pure: evaluate() reads the Evidence (and the clock for expiry) and does no I/O.
 * Title and remediation are stored untranslated (QT_TRANSLATE_NOOP) and translated on access.
 */
struct Rule
{
    using Evaluate = std::function<Outcome(const Evidence &, const FleetEvidence &)>;

    QString id; ///< stable, e.g. "PG-LOG-004"
    Family family = Family::Tls;
    Severity severity = Severity::Info;
    Scope scope = Scope::Datastore;
    QList<Kind> kinds; ///< the kinds a datastore rule applies to
    const char *titleSource = "";
    const char *remediationSource = ""; ///< exact command or configuration line
    QList<QPair<Kind, const char *>> remediationByKind; ///< overrides remediationSource for a kind
    QStringList evidenceUsed; ///< names of the facts read, e.g. "tls.enabled"
    QStringList references;
    Evaluate evaluate;

    QString title() const;
    QString remediation(std::optional<Kind> kind = std::nullopt) const;
    bool appliesTo(Kind kind) const { return scope == Scope::Datastore && kinds.contains(kind); }
    /** The basis of the rule's verdicts: that of its first fact (factBasis of evidenceUsed), unless an outcome says. */
    Basis basis() const;
    /** The rule reads a fact only the running datastore gives: not assessed when the datastore was not reached. */
    bool readsLiveFacts() const;
};

} // namespace Audit
