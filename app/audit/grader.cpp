// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/grader.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace Audit {

namespace {

double round1(double v)
{
    return std::round(v * 10.0) / 10.0;
}

double round2(double v)
{
    return std::round(v * 100.0) / 100.0;
}

QString deductionKindName(Deduction::Kind kind)
{
    switch (kind) {
    case Deduction::Kind::Failure:
        return QStringLiteral("failure");
    case Deduction::Kind::Ceiling:
        return QStringLiteral("ceiling");
    case Deduction::Kind::FleetCap:
        return QStringLiteral("fleet-cap");
    }
    return {};
}

const QList<Severity> kAllSeverities { Severity::Critical, Severity::High, Severity::Medium, Severity::Low,
                                       Severity::Info };

Grade gradeDatastore(const QString &name, const QList<const Assessment *> &checks)
{
    Grade g;
    g.subject = name;
    // A datastore that was not reached is shown, never scored: what could be read about it (its PVC, its pod)
    // would otherwise grade a database nobody saw.
    const QString notReached = checks.isEmpty() ? QString() : checks.first()->notReached;
    QList<const Assessment *> failed;
    for (const Assessment *a : checks) {
        switch (a->outcome.status) {
        case Outcome::Status::Pass:
            ++g.assessed;
            g.assessedWeight += Grader::weight(a->severity);
            g.passedWeight += Grader::weight(a->severity);
            break;
        case Outcome::Status::Fail:
            ++g.assessed;
            g.assessedWeight += Grader::weight(a->severity);
            if (a->isAccepted()) {
                // An accepted risk costs nothing until it expires: the score is the one the check would give passed.
                ++g.accepted;
                g.passedWeight += Grader::weight(a->severity);
                break;
            }
            ++g.counts[a->severity];
            failed << a;
            if (a->severity != Severity::Info && (!g.worst || a->severity < *g.worst))
                g.worst = a->severity;
            break;
        case Outcome::Status::NotAssessed:
            ++g.notAssessed;
            break;
        case Outcome::Status::NotApplicable:
            ++g.notApplicable;
            break;
        }
    }
    g.fleetWeight = Grader::datastoreWeight(g.worst);
    if (!notReached.isEmpty()) {
        g.letter = QStringLiteral("N/A");
        g.reason = QCoreApplication::translate("Audit", "not reached: %1").arg(notReached);
        return g;
    }
    if (g.assessedWeight <= 0.0) {
        g.letter = QStringLiteral("N/A");
        g.reason = QCoreApplication::translate("Audit", "no check could be assessed");
        return g;
    }
    for (const Assessment *a : failed) {
        const double w = Grader::weight(a->severity);
        if (w > 0.0)
            g.deductions.append(
                { a->ruleId, name, a->severity, 100.0 * w / g.assessedWeight, Deduction::Kind::Failure });
    }
    double score = 100.0 * g.passedWeight / g.assessedWeight;
    g.uncappedScore = score;
    if (g.worst && score > Grader::ceiling(*g.worst)) {
        const auto capping = std::find_if(failed.cbegin(), failed.cend(),
                                          [&](const Assessment *a) { return a->severity == *g.worst; });
        g.deductions.append(
            { (*capping)->ruleId, name, *g.worst, score - Grader::ceiling(*g.worst), Deduction::Kind::Ceiling });
        score = Grader::ceiling(*g.worst);
    }
    g.score = round1(score);
    g.letter = Grader::letterFor(*g.score);
    return g;
}

} // namespace

QJsonObject Deduction::toJson() const
{
    return {
        { QStringLiteral("rule"), ruleId },
        { QStringLiteral("datastore"), datastore },
        { QStringLiteral("severity"), severityName(severity) },
        { QStringLiteral("points"), round2(points) },
        { QStringLiteral("kind"), deductionKindName(kind) },
    };
}

QString Grade::coverage() const
{
    if (datastoresNotAssessed == 0)
        return {};
    return QCoreApplication::translate("Audit", "%1 of %2 datastores not assessed").arg(datastoresNotAssessed).arg(datastoresTotal);
}

QJsonObject Grade::toJson() const
{
    QJsonObject countsJson;
    for (Severity s : kAllSeverities)
        countsJson.insert(severityName(s), counts.value(s));
    QJsonArray deductionsJson;
    for (const Deduction &d : deductions)
        deductionsJson.append(d.toJson());
    QJsonObject json {
        { QStringLiteral("letter"), score ? QJsonValue(letter) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("score"), score ? QJsonValue(*score) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("uncappedScore"), round1(uncappedScore) },
        { QStringLiteral("counts"), countsJson },
        { QStringLiteral("deductions"), deductionsJson },
        { QStringLiteral("assessedWeight"), assessedWeight },
        { QStringLiteral("passedWeight"), passedWeight },
        { QStringLiteral("assessed"), assessed },
        { QStringLiteral("notAssessed"), notAssessed },
        { QStringLiteral("notApplicable"), notApplicable },
        { QStringLiteral("accepted"), accepted },
    };
    if (!reason.isEmpty())
        json.insert(QStringLiteral("reason"), reason);
    if (subject == u"fleet") {
        json.insert(QStringLiteral("datastoresTotal"), datastoresTotal);
        json.insert(QStringLiteral("datastoresNotAssessed"), datastoresNotAssessed);
        if (!coverage().isEmpty())
            json.insert(QStringLiteral("coverage"), coverage());
    }
    return json;
}

const Grade *GradeReport::datastore(const QString &name) const
{
    for (const Grade &g : datastores) {
        if (g.subject == name)
            return &g;
    }
    return nullptr;
}

QJsonObject GradeReport::toJson() const
{
    QJsonObject json = fleet.toJson();
    QJsonObject perDatastore;
    for (const Grade &g : datastores) {
        QJsonObject one = g.toJson();
        one.insert(QStringLiteral("fleetWeight"), g.fleetWeight);
        perDatastore.insert(g.subject, one);
    }
    json.insert(QStringLiteral("datastores"), perDatastore);
    return json;
}

Grader::Grader(QList<Assessment> assessments)
    : m_assessments(std::move(assessments))
{ }

GradeReport Grader::grade() const
{
    return gradeOf(m_assessments);
}

GradeReport Grader::whatIf(const QSet<QString> &fixed) const
{
    QList<Assessment> projected = m_assessments;
    for (Assessment &a : projected) {
        if (a.outcome.status == Outcome::Status::Fail && fixed.contains(a.key()))
            a.outcome = Outcome::pass({ QStringLiteral("what-if: assumed fixed") });
    }
    return gradeOf(projected);
}

GradeReport Grader::whatIfFixed(const QStringList &rulePrefixes, const QStringList &datastores, int *fixedCount) const
{
    QSet<QString> fixed;
    for (const Assessment &a : m_assessments) {
        const bool ruleMatches = std::any_of(rulePrefixes.cbegin(), rulePrefixes.cend(),
                                             [&a](const QString &prefix) { return a.ruleId.startsWith(prefix); });
        // An accepted failure costs nothing already: not one an operation fixes (nor counts as fixing).
        if (a.outcome.status == Outcome::Status::Fail && !a.isAccepted() && ruleMatches
            && (datastores.isEmpty() || datastores.contains(a.datastore)))
            fixed.insert(a.key());
    }
    if (fixedCount)
        *fixedCount = int(fixed.size());
    return whatIf(fixed);
}

GradeReport Grader::gradeOf(const QList<Assessment> &assessments)
{
    QStringList order;
    QMap<QString, QList<const Assessment *>> byDatastore;
    for (const Assessment &a : assessments) {
        if (!byDatastore.contains(a.datastore))
            order << a.datastore;
        byDatastore[a.datastore] << &a;
    }

    GradeReport report;
    Grade &fleet = report.fleet;
    fleet.subject = QStringLiteral("fleet");
    double weightSum = 0.0;
    double weightedScore = 0.0;
    bool anyDatastoreScored = false;
    for (const QString &name : std::as_const(order)) {
        const QList<const Assessment *> &checks = byDatastore[name];
        const bool isDatastore = !checks.isEmpty() && checks.first()->kind.has_value();
        Grade g = gradeDatastore(name, checks);
        if (isDatastore) {
            ++fleet.datastoresTotal;
            if (g.score)
                anyDatastoreScored = true;
            else
                ++fleet.datastoresNotAssessed;
        }
        if (isDatastore && !g.score) {
            // Left out of the fleet: its failed checks are findings, not points.
            fleet.notAssessed += g.notAssessed;
            fleet.notApplicable += g.notApplicable;
            fleet.accepted += g.accepted;
            report.datastores << g;
            continue;
        }
        for (Severity s : kAllSeverities)
            fleet.counts[s] += g.counts.value(s);
        fleet.assessed += g.assessed;
        fleet.notAssessed += g.notAssessed;
        fleet.notApplicable += g.notApplicable;
        fleet.accepted += g.accepted;
        fleet.assessedWeight += g.assessedWeight;
        fleet.passedWeight += g.passedWeight;
        if (g.worst && (!fleet.worst || *g.worst < *fleet.worst))
            fleet.worst = g.worst;
        if (g.score) {
            // Unrounded per-datastore score, so the fleet deductions add up exactly.
            double exact = 100.0;
            for (const Deduction &d : g.deductions)
                exact -= d.points;
            weightSum += g.fleetWeight;
            weightedScore += g.fleetWeight * exact;
        }
        report.datastores << g;
    }
    // The fleet scope's own checks (RBAC, the kubeconfig) never grade a namespace in which no datastore was assessed.
    if (weightSum <= 0.0 || !anyDatastoreScored) {
        fleet.letter = QStringLiteral("N/A");
        fleet.reason = fleet.datastoresTotal == 0
            ? QCoreApplication::translate("Audit", "no datastore to grade")
            : QCoreApplication::translate("Audit", "no datastore could be assessed (%1)").arg(fleet.coverage());
        return report;
    }
    for (const Grade &g : std::as_const(report.datastores)) {
        if (!g.score)
            continue;
        for (Deduction d : g.deductions) {
            d.points *= g.fleetWeight / weightSum;
            fleet.deductions << d;
        }
    }
    double score = weightedScore / weightSum;
    fleet.uncappedScore = score;
    if (fleet.counts.value(Severity::Critical) > 0 && score > kFleetCriticalCap) {
        const auto critical = std::find_if(assessments.cbegin(), assessments.cend(), [](const Assessment &a) {
            return a.outcome.status == Outcome::Status::Fail && a.severity == Severity::Critical && a.notReached.isEmpty()
                && !a.isAccepted();
        });
        fleet.deductions.append({ critical->ruleId, critical->datastore, Severity::Critical, score - kFleetCriticalCap,
                                  Deduction::Kind::FleetCap });
        score = kFleetCriticalCap;
    }
    fleet.score = round1(score);
    fleet.letter = letterFor(*fleet.score);
    fleet.fleetWeight = weightSum;
    return report;
}

namespace {

struct LadderStep
{
    double min;
    const char16_t *letter;
};

/** docs/grading.md's ladder, best first; F is everything below D-. */
constexpr LadderStep kLadder[] = { { 97, u"A+" }, { 93, u"A" }, { 90, u"A-" }, { 87, u"B+" }, { 83, u"B" },
                                   { 80, u"B-" }, { 77, u"C+" }, { 73, u"C" }, { 70, u"C-" }, { 67, u"D+" },
                                   { 63, u"D" },  { 60, u"D-" }, { 0, u"F" } };

} // namespace

QString Grader::letterFor(double score)
{
    for (const LadderStep &step : kLadder) {
        if (score >= step.min)
            return QString::fromUtf16(step.letter);
    }
    return QStringLiteral("F");
}

std::optional<double> Grader::minimumScore(const QString &letter)
{
    for (const LadderStep &step : kLadder) {
        if (letter.compare(QString::fromUtf16(step.letter), Qt::CaseInsensitive) == 0)
            return step.min;
    }
    return std::nullopt;
}

double Grader::weight(Severity severity)
{
    switch (severity) {
    case Severity::Critical:
        return 10.0;
    case Severity::High:
        return 5.0;
    case Severity::Medium:
        return 2.0;
    case Severity::Low:
        return 1.0;
    case Severity::Info:
        return 0.0;
    }
    return 0.0;
}

double Grader::ceiling(Severity worst)
{
    switch (worst) {
    case Severity::Critical:
        return 59.0;
    case Severity::High:
        return 82.0;
    case Severity::Medium:
        return 89.0;
    case Severity::Low:
        return 96.0;
    case Severity::Info:
        return 100.0;
    }
    return 100.0;
}

double Grader::datastoreWeight(std::optional<Severity> worst)
{
    if (!worst)
        return 1.0;
    return std::max(1.0, weight(*worst));
}

} // namespace Audit
