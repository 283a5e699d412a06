// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/evidence.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Audit {

/**
 * One control of a framework and the rules that evidence it.
 *
 * A control says what an auditor would accept as proof of it (evidenceRequired). When the rules can show only
 * a capability or a setting and never the control itself (pgcrypto installed but no encrypted column seen, log
 * settings without retention or shipping), it is capped: maxStatus Partial with the reason, so its cells are
 * never "pass". A control no rule observes yet names no rule and says why (notAssessedReason); its cells are
 * "not assessed", never "pass".
 */
struct Control
{
    /** The best status a cell of this control may reach. */
    enum class MaxStatus { Pass, Partial };

    QString id; ///< exactly as the framework numbers it, e.g. "Art. 32(1)(a)", "4.2.1", "CC6.1"
    QString title;
    QStringList ruleIds; ///< empty only with notAssessedReason
    QString note; ///< scope remarks (what a remote probe can and cannot show)
    QList<Kind> kinds; ///< the datastore kinds it concerns; empty: every kind (and the fleet scope)
    QString evidenceRequired; ///< what an auditor would accept as proof of the control itself
    MaxStatus maxStatus = MaxStatus::Pass; ///< Partial: capability only, see maxStatusReason
    QString maxStatusReason; ///< what is missing for a pass, e.g. "capability present; no encrypted columns observed"
    QList<Kind> maxStatusKinds; ///< the kinds the cap applies to; empty: every kind (and the fleet scope)
    QString notAssessedReason; ///< why no rule is mapped, e.g. "no rule observes pgAudit yet"
};

struct Framework
{
    QString id; ///< e.g. "pci-dss"
    QString name; ///< e.g. "PCI DSS"
    QString version; ///< e.g. "4.0.1"
    QString file; ///< the YAML file it came from
    QList<Kind> kinds; ///< default for its controls, e.g. [PostgreSQL] for the CIS PostgreSQL benchmark
    QList<Control> controls;
};

/**
 * The compliance mappings, kept as data in the YAML files of resources/compliance/ (one framework per file, plus
 * unmapped.yaml listing the rules that deliberately evidence no control, each with its reason).
 *
 * Where the files are: load(dir) reads every *.yaml of @p dir. defaultDirectory() tries, in order,
 * $PROOFER_RESOURCES_DIR/compliance, <application dir>/../share/proofer/compliance and
 * $PROOFER_SOURCE_DIR/resources/compliance (tests and uninstalled builds). Installation or embedding is wired
 * in CMake separately; the YAML files stay the one source of truth.
 */
class ComplianceCatalog final
{
public:
    /** Reads every *.yaml of @p directory. On failure returns an empty catalogue and sets @p error. */
    static ComplianceCatalog load(const QString &directory, QString *error = nullptr);
    /** Parses one YAML document (a framework or an unmapped list) into @p catalog; false and @p error if broken. */
    static bool parse(const QByteArray &yaml, const QString &file, ComplianceCatalog &catalog, QString *error);
    /** The first candidate directory that exists, or an empty string. */
    static QString defaultDirectory();

    const QList<Framework> &frameworks() const { return m_frameworks; }
    const Framework *framework(const QString &id) const;
    /** rule id → why it maps to no control. */
    const QMap<QString, QString> &unmapped() const { return m_unmapped; }
    /** Every rule id named by some control. */
    QStringList mappedRuleIds() const;
    bool isEmpty() const { return m_frameworks.isEmpty(); }

    /**
     * Consistency against the rule catalogue: every rule id named exists, every rule is mapped or listed as
     * unmapped (not both), control ids are unique per framework, every control says what evidence it requires,
     * a capped control says why, and a control names rules or says why none observes it (not both).
     * Returns the problems, empty when consistent.
     */
    QStringList validate(const QStringList &knownRuleIds) const;

private:
    QList<Framework> m_frameworks;
    QMap<QString, QString> m_unmapped;
};

} // namespace Audit
