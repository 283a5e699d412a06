// SPDX-License-Identifier: GPL-3.0-or-later
#include "gradehistorychart.h"

#include <QDateTimeAxis>
#include <QEvent>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>

namespace {

struct Threshold
{
    double score;
    const char *letter;
};
constexpr Threshold kThresholds[] = {{93, "A"}, {83, "B"}, {73, "C"}, {63, "D"}};

} // namespace

GradeHistoryChart::GradeHistoryChart(QWidget *parent)
    : QChartView(parent)
{
    setObjectName(QStringLiteral("gradeHistoryChartView"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(160, 150); // QChartView's own minimum would widen the grade dock and the window
    auto *chart = new QChart;
    chart->legend()->hide();
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    QFont small = chart->titleFont();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    chart->setTitleFont(small);
    setChart(chart);

    m_xAxis = new QDateTimeAxis(chart);
    m_xAxis->setFormat(QStringLiteral("dd MMM"));
    m_xAxis->setTickCount(2);
    m_yAxis = new QValueAxis(chart);
    m_yAxis->setRange(0, 100);
    // Three ticks (0, 50, 100) and no axis title: in the dock's 150 px a label never has to elide to "…".
    m_yAxis->setTickCount(3);
    m_yAxis->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(m_xAxis, Qt::AlignBottom);
    chart->addAxis(m_yAxis, Qt::AlignLeft);

    for (const Threshold &threshold : kThresholds) {
        Q_UNUSED(threshold);
        auto *line = new QLineSeries(chart);
        chart->addSeries(line);
        line->attachAxis(m_xAxis);
        line->attachAxis(m_yAxis);
        m_thresholds << line;
    }
    m_line = new QLineSeries(chart);
    m_points = new QScatterSeries(chart);
    m_points->setMarkerSize(8);
    chart->addSeries(m_line);
    chart->addSeries(m_points);
    for (QAbstractSeries *series : {static_cast<QAbstractSeries *>(m_line), static_cast<QAbstractSeries *>(m_points)}) {
        series->attachAxis(m_xAxis);
        series->attachAxis(m_yAxis);
    }
    connect(m_points, &QScatterSeries::hovered, this, [this](const QPointF &point, bool state) {
        if (!state) {
            QToolTip::hideText();
            return;
        }
        for (const Report::HistoryEntry &entry : std::as_const(m_entries)) {
            if (entry.takenAt.toMSecsSinceEpoch() == qint64(point.x())) {
                QToolTip::showText(QCursor::pos(),
                                   tr("%1 — %2 (%3)")
                                       .arg(QLocale().toString(entry.takenAt.toLocalTime(), QLocale::ShortFormat),
                                            entry.letter, QLocale().toString(entry.score.value_or(0), 'f', 1)),
                                   this);
                return;
            }
        }
    });
    applyTheme();
    retranslateUi();
}

GradeHistoryChart::~GradeHistoryChart() = default;

void GradeHistoryChart::setHistory(const QList<Report::HistoryEntry> &entries)
{
    m_entries.clear();
    for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
        if (it->score && it->takenAt.isValid())
            m_entries << *it;
    }
    QList<QPointF> points;
    for (const Report::HistoryEntry &entry : std::as_const(m_entries))
        points << QPointF(double(entry.takenAt.toMSecsSinceEpoch()), *entry.score);
    m_line->replace(points);
    m_points->replace(points);

    QDateTime from = m_entries.isEmpty() ? QDateTime::currentDateTimeUtc().addDays(-1) : m_entries.constFirst().takenAt;
    QDateTime to = m_entries.isEmpty() ? QDateTime::currentDateTimeUtc() : m_entries.constLast().takenAt;
    if (from.secsTo(to) < 3600) { // one scan, or a few close together: give the axis some width
        from = from.addSecs(-1800);
        to = to.addSecs(1800);
    }
    m_xAxis->setRange(from, to);
    // The x axis labels its ends; more ticks would elide in a narrow dock.
    m_xAxis->setTickCount(from.daysTo(to) >= 2 ? 3 : 2);
    updateTitle();
    m_xAxis->setFormat(from.daysTo(to) >= 2 ? QStringLiteral("dd MMM") : QStringLiteral("HH:mm"));
    for (int i = 0; i < m_thresholds.size(); ++i) {
        const double y = kThresholds[i].score;
        m_thresholds[i]->replace({QPointF(double(from.toMSecsSinceEpoch()), y), QPointF(double(to.toMSecsSinceEpoch()), y)});
    }
}

int GradeHistoryChart::pointCount() const
{
    return int(m_points->count());
}

void GradeHistoryChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        applyTheme();
    else if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QChartView::changeEvent(event);
}

void GradeHistoryChart::applyTheme()
{
    const QPalette pal = palette();
    chart()->setBackgroundBrush(pal.base());
    chart()->setTitleBrush(pal.text());
    for (QAbstractAxis *axis : {static_cast<QAbstractAxis *>(m_xAxis), static_cast<QAbstractAxis *>(m_yAxis)}) {
        axis->setLabelsBrush(pal.text());
        axis->setTitleBrush(pal.text());
        axis->setLinePenColor(pal.color(QPalette::Mid));
        axis->setGridLineColor(pal.color(QPalette::Midlight));
    }
    QPen line(pal.color(QPalette::Highlight), 2);
    m_line->setPen(line);
    m_points->setColor(pal.color(QPalette::Highlight));
    m_points->setBorderColor(pal.color(QPalette::Base));
    QColor faint = pal.color(QPalette::Text);
    faint.setAlphaF(0.25);
    for (QLineSeries *threshold : std::as_const(m_thresholds))
        threshold->setPen(QPen(faint, 1, Qt::DashLine));
}

void GradeHistoryChart::retranslateUi()
{
    setToolTip(tr("Fleet score (0–100) of each kept scan; dashed lines: the A, B, C and D thresholds"));
    updateTitle();
}

void GradeHistoryChart::updateTitle()
{
    chart()->setTitle(m_entries.size() < 2 ? tr("No history yet") : QString());
}
