// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/grader.h"

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
    if (g.assessedWeight <= 0.0) {
        g.letter = QStringLiteral("N/A");
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

QJsonObject Grade::toJson() const
{
    QJsonObject countsJson;
    for (Severity s : kAllSeverities)
        countsJson.insert(severityName(s), counts.value(s));
    QJsonArray deductionsJson;
    for (const Deduction &d : deductions)
        deductionsJson.append(d.toJson());
    return {
        { QStringLiteral("letter"), letter },
        { QStringLiteral("score"), score ? QJsonValue(*score) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("uncappedScore"), round1(uncappedScore) },
        { QStringLiteral("counts"), countsJson },
        { QStringLiteral("deductions"), deductionsJson },
        { QStringLiteral("assessedWeight"), assessedWeight },
        { QStringLiteral("passedWeight"), passedWeight },
        { QStringLiteral("assessed"), assessed },
        { QStringLiteral("notAssessed"), notAssessed },
        { QStringLiteral("notApplicable"), notApplicable },
    };
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
    for (const QString &name : std::as_const(order)) {
        Grade g = gradeDatastore(name, byDatastore.value(name));
        for (Severity s : kAllSeverities)
            fleet.counts[s] += g.counts.value(s);
        fleet.assessed += g.assessed;
        fleet.notAssessed += g.notAssessed;
        fleet.notApplicable += g.notApplicable;
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
    if (weightSum <= 0.0) {
        fleet.letter = QStringLiteral("N/A");
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
            return a.outcome.status == Outcome::Status::Fail && a.severity == Severity::Critical;
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

QString Grader::letterFor(double score)
{
    struct Step
    {
        double min;
        const char16_t *letter;
    };
    static constexpr Step ladder[]
        = { { 97, u"A+" }, { 93, u"A" }, { 90, u"A-" }, { 87, u"B+" }, { 83, u"B" }, { 80, u"B-" },
            { 77, u"C+" }, { 73, u"C" }, { 70, u"C-" }, { 67, u"D+" }, { 63, u"D" }, { 60, u"D-" } };
    for (const Step &step : ladder) {
        if (score >= step.min)
            return QString::fromUtf16(step.letter);
    }
    return QStringLiteral("F");
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
