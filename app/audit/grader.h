// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/rule.h"
#include "audit/ruleset.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>

#include <optional>

namespace Audit {

/** Points taken off a score, with the rule and datastore that cost them. See docs/grading.md. */
struct Deduction
{
    enum class Kind {
        Failure, ///< a failed check: 100 × its weight / the datastore's assessed weight
        Ceiling, ///< the datastore's worst open severity caps its score
        FleetCap, ///< a critical finding anywhere caps the fleet below B
    };

    QString ruleId;
    QString datastore;
    Severity severity = Severity::Info;
    double points = 0.0;
    Kind kind = Kind::Failure;

    QJsonObject toJson() const;
};

/** The grade of one datastore (subject = its name) or of the fleet (subject = "fleet"). */
struct Grade
{
    QString subject;
    std::optional<double> score; ///< 0–100, one decimal; empty when nothing could be assessed
    QString letter; ///< "A+" … "F", or "N/A" without a score
    double uncappedScore = 0.0; ///< before ceilings and the fleet cap
    QMap<Severity, int> counts; ///< failed checks by severity
    QList<Deduction> deductions; ///< sum of points == 100 − score (to rounding)
    std::optional<Severity> worst; ///< worst failed severity that weighs (info excluded)
    double assessedWeight = 0.0; ///< the denominator: weights of the checks that passed or failed
    double passedWeight = 0.0;
    double fleetWeight = 0.0; ///< how much this datastore counts in the fleet mean
    int assessed = 0;
    int notAssessed = 0;
    int notApplicable = 0;
    /// Failed checks an accepted risk of the policy covers (not expired): counted as passed weight, not in counts
    int accepted = 0;
    /// Without a score: why (e.g. "not reached: …", "no datastore was assessed"); the fleet's reason may be set by the
    /// caller, who knows the scope ("no PostgreSQL, Redis or RabbitMQ found in namespace X of context Y").
    QString reason;
    int datastoresTotal = 0; ///< fleet: the datastores graded (the fleet scope itself not counted)
    int datastoresNotAssessed = 0; ///< fleet: those left out of the score (not reached, or nothing assessed)

    /** "2 of 15 datastores not assessed"; empty when every datastore was assessed. */
    QString coverage() const;

    /**
     * {"letter","score","counts":{"critical","high","medium","low","info"},"deductions":[…], …}; without a score
     * "letter" is null and "reason" says why.
     */
    QJsonObject toJson() const;
};

struct GradeReport
{
    Grade fleet;
    QList<Grade> datastores; ///< in the order the datastores first appear in the assessments

    const Grade *datastore(const QString &name) const;
    QJsonObject toJson() const; ///< the fleet grade plus "datastores": {name: grade}
};

/**
 * Grades assessments. Pure: the same assessments give the same grade. The formula, its weights, ceilings
 * and denominators are documented in docs/grading.md.
 */
class Grader final
{
public:
    explicit Grader(QList<Assessment> assessments);

    GradeReport grade() const;
    /** The grade the fleet would have if the failed checks named by @p fixed ("ruleId@datastore") passed. */
    GradeReport whatIf(const QSet<QString> &fixed) const;
    /**
     * What an operation could bring: the grade if every failed check whose rule starts with one of @p rulePrefixes
     * ("CERT-"), on one of @p datastores (all when empty), passed. @p fixedCount: how many checks that is (an accepted
     * failure is not counted: it costs nothing already).
     */
    GradeReport whatIfFixed(const QStringList &rulePrefixes, const QStringList &datastores,
                            int *fixedCount = nullptr) const;

    static QString letterFor(double score);
    /** The lowest score that still earns @p letter ("B-" → 80, "F" → 0); nothing for what is not a letter. */
    static std::optional<double> minimumScore(const QString &letter);
    static double weight(Severity severity); ///< of a check: 10, 5, 2, 1, 0
    static double ceiling(Severity worst); ///< best score with an open finding: 59, 82, 89, 96 (info: 100)
    static double datastoreWeight(std::optional<Severity> worst); ///< in the fleet mean: 10, 5, 2, 1
    static constexpr double kFleetCriticalCap = 82.0; ///< "any critical finding caps the fleet below B"

private:
    static GradeReport gradeOf(const QList<Assessment> &assessments);

    QList<Assessment> m_assessments;
};

} // namespace Audit
