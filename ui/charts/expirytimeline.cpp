// SPDX-License-Identifier: GPL-3.0-or-later
#include "expirytimeline.h"

#include "certificatesmodel.h"
#include "core/clock.h"
#include "statusicons.h"

#include <QCategoryAxis>
#include <QChart>
#include <QCursor>
#include <QDateTimeAxis>
#include <QEvent>
#include <QFontMetrics>
#include <QLegendMarker>
#include <QLocale>
#include <QLineSeries>
#include <QScatterSeries>
#include <QResizeEvent>
#include <QToolTip>

namespace {

constexpr int kMaxLaneLabels = 24;
/** Over this many days the axis counts in years ("2027 2028 …"), below it in months ("Mar 2027"). */
constexpr qint64 kYearAxisDays = 2 * 365;
const QString kYearFormat = QStringLiteral("yyyy");
const QString kMonthFormat = QStringLiteral("MMM yyyy");

QString laneLabel(const CertificateEntry &entry)
{
    QString who = entry.datastores.isEmpty() ? entry.info.commonName : entry.datastores.constFirst();
    if (entry.datastores.size() > 1)
        who += QStringLiteral(" +%1").arg(entry.datastores.size() - 1);
    if (entry.authority)
        return ExpiryTimeline::tr("%1 · CA").arg(entry.info.commonName.isEmpty() ? who : entry.info.commonName);
    return who;
}

} // namespace

ExpiryTimeline::ExpiryTimeline(QWidget *parent)
    : QChartView(parent)
{
    setObjectName(QStringLiteral("expiryTimelineChartView"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(220);
    auto *chart = new QChart;
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    setChart(chart);

    const QList<std::pair<StatusIcons::Status, QScatterSeries::MarkerShape>> kinds {
        { StatusIcons::Status::Good, QScatterSeries::MarkerShapeCircle },
        { StatusIcons::Status::Warning, QScatterSeries::MarkerShapeRectangle },
        { StatusIcons::Status::Bad, QScatterSeries::MarkerShapeTriangle },
    };
    m_xAxis = new QDateTimeAxis(chart);
    m_xAxis->setFormat(QStringLiteral("MMM yyyy"));
    m_xAxis->setTickCount(7);
    m_yAxis = new QCategoryAxis(chart);
    m_yAxis->setReverse(true);
    m_yAxis->setGridLineVisible(false);
    chart->addAxis(m_xAxis, Qt::AlignBottom);
    chart->addAxis(m_yAxis, Qt::AlignLeft);

    for (const auto &[status, shape] : kinds) {
        auto *series = new QScatterSeries(chart);
        series->setMarkerShape(shape);
        series->setMarkerSize(11);
        chart->addSeries(series);
        series->attachAxis(m_xAxis);
        series->attachAxis(m_yAxis);
        connect(series, &QScatterSeries::hovered, this, [this](const QPointF &point, bool state) {
            if (!state || !m_model) {
                QToolTip::hideText();
                return;
            }
            const int row = qRound(point.y());
            QToolTip::showText(QCursor::pos(),
                               m_model->index(row, CertificatesModel::SubjectColumn).data(Qt::ToolTipRole).toString(),
                               this);
        });
        connect(series, &QScatterSeries::clicked, this,
                [this](const QPointF &point) { emit certificateClicked(qRound(point.y())); });
        m_points << series;
    }
    m_today = new QLineSeries(chart);
    m_renewal = new QLineSeries(chart);
    for (QLineSeries *line : { m_today, m_renewal }) {
        chart->addSeries(line);
        line->attachAxis(m_xAxis);
        line->attachAxis(m_yAxis);
    }
    retranslateUi();
    applyTheme();
    rebuild();
}

ExpiryTimeline::~ExpiryTimeline() = default;

void ExpiryTimeline::setModel(CertificatesModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (m_model) {
        connect(m_model, &QAbstractItemModel::modelReset, this, &ExpiryTimeline::rebuild);
        connect(m_model, &QAbstractItemModel::dataChanged, this, &ExpiryTimeline::rebuild);
        connect(m_model, &QAbstractItemModel::rowsInserted, this, &ExpiryTimeline::rebuild);
        connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ExpiryTimeline::rebuild);
    }
    rebuild();
}

void ExpiryTimeline::setNow(const QDateTime &now)
{
    m_now = now;
    rebuild();
}

int ExpiryTimeline::pointCount() const
{
    int count = 0;
    for (const QScatterSeries *series : m_points)
        count += series->count();
    return count;
}

void ExpiryTimeline::retranslateUi()
{
    m_points.at(0)->setName(tr("Valid"));
    m_points.at(1)->setName(tr("Inside the renewal window"));
    m_points.at(2)->setName(tr("Expired or under 30 days"));
    m_today->setName(tr("Today"));
    const int days = m_model ? m_model->renewalDays() : 90;
    m_renewal->setName(tr("Renewal line (%n day(s))", nullptr, days));
    chart()->setTitle(tr("Certificate expiry"));
}

void ExpiryTimeline::applyTheme()
{
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    chart()->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart()->setBackgroundBrush(palette().brush(QPalette::Base));
    chart()->setTitleBrush(palette().brush(QPalette::Text));
    chart()->legend()->setLabelColor(palette().color(QPalette::Text));
    m_xAxis->setLabelsColor(palette().color(QPalette::Text));
    m_yAxis->setLabelsColor(palette().color(QPalette::Text));
    const StatusIcons::Status statuses[]
        = { StatusIcons::Status::Good, StatusIcons::Status::Warning, StatusIcons::Status::Bad };
    for (int i = 0; i < m_points.size(); ++i) {
        m_points.at(i)->setColor(StatusIcons::statusColor(statuses[i]));
        m_points.at(i)->setBorderColor(palette().color(QPalette::Base));
    }
    QPen today(palette().color(QPalette::Text), 1.5, Qt::SolidLine);
    m_today->setPen(today);
    QPen renewal(StatusIcons::statusColor(StatusIcons::Status::Warning), 2, Qt::DashLine);
    m_renewal->setPen(renewal);
}

void ExpiryTimeline::rebuild()
{
    const QDateTime now = m_now.isValid() ? m_now : Core::Clock::currentDateTimeUtc();
    const int renewalDays = m_model ? m_model->renewalDays() : 90;
    m_todayDate = now;
    m_renewalDate = now.addDays(renewalDays);
    for (QScatterSeries *series : std::as_const(m_points))
        series->clear();

    // Replace the lane labels: one category per certificate.
    const QStringList labels = m_yAxis->categoriesLabels();
    for (const QString &label : labels)
        m_yAxis->remove(label);

    const int rows = m_model ? m_model->rowCount() : 0;
    QDateTime first = now;
    QDateTime last = m_renewalDate;
    for (int row = 0; row < rows; ++row) {
        const CertificateEntry *entry = m_model->certificate(row);
        const QDateTime notAfter = entry->info.notAfter;
        const StatusIcons::Status status = entry->status(renewalDays);
        const int series = status == StatusIcons::Status::Good ? 0 : status == StatusIcons::Status::Warning ? 1 : 2;
        m_points.at(series)->append(double(notAfter.toMSecsSinceEpoch()), row);
        first = qMin(first, notAfter);
        last = qMax(last, notAfter);
        // Category labels must be unique: a zero-width space per duplicate keeps them apart.
        QString label = laneLabel(*entry);
        while (m_yAxis->categoriesLabels().contains(label))
            label += QChar(0x200B);
        m_yAxis->append(label, row + 0.5);
    }
    m_yAxis->setStartValue(-0.5);
    m_yAxis->setRange(-0.5, qMax(rows, 1) - 0.5);
    m_yAxis->setLabelsVisible(rows > 0 && rows <= kMaxLaneLabels);
    m_yAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);

    m_first = first;
    m_last = last;
    updateXAxis();

    const double bottom = -0.5;
    const double top = qMax(rows, 1) - 0.5;
    m_today->replace({ QPointF(double(m_todayDate.toMSecsSinceEpoch()), bottom),
                       QPointF(double(m_todayDate.toMSecsSinceEpoch()), top) });
    m_renewal->replace({ QPointF(double(m_renewalDate.toMSecsSinceEpoch()), bottom),
                         QPointF(double(m_renewalDate.toMSecsSinceEpoch()), top) });
    retranslateUi();
}

void ExpiryTimeline::updateXAxis()
{
    if (!m_first.isValid() || !m_last.isValid())
        return;
    // How many labels fit side by side: the plot is the view less the lane labels; a label wants twice its width.
    const QFontMetrics metrics(m_xAxis->labelsFont());
    const qint64 span = qMax<qint64>(m_first.daysTo(m_last), 30);
    const bool years = span > kYearAxisDays;
    const int labelWidth = metrics.horizontalAdvance(years ? QStringLiteral("8888") : QStringLiteral("May 8888"));
    const qreal plotWidth = chart()->plotArea().width() > 0 ? chart()->plotArea().width() : qreal(width()) * 0.7;
    const int fitting = qMax(2, int(plotWidth / (labelWidth * (years ? 2.0 : 1.6))));

    if (!years) {
        m_xAxis->setFormat(kMonthFormat);
        m_xAxis->setRange(m_first.addDays(-qMax<qint64>(span / 20, 15)), m_last.addDays(qMax<qint64>(span / 20, 15)));
        m_xAxis->setTickCount(qBound(2, fitting, 7));
        return;
    }
    // Whole years, a margin around the points, on a step that fits: 1, 2, 5, 10, 20, 50 years.
    const QDateTime first = m_first.toLocalTime().addDays(-30);
    const QDateTime last = m_last.toLocalTime().addDays(30);
    int from = first.date().year();
    int to = last.date().year() + 1;
    int step = 1;
    for (const int candidate : { 1, 2, 5, 10, 20, 50, 100 }) {
        step = candidate;
        if ((to - from + candidate - 1) / candidate + 1 <= qMin(fitting, 12))
            break;
    }
    from -= ((from % step) + step) % step;
    to += (step - ((to - from) % step)) % step;
    // The ticks are evenly spaced and years are not (leap days): start each at noon on 2 January so that every
    // tick lands within a day of it, inside the year its label names.
    m_xAxis->setFormat(kYearFormat);
    m_xAxis->setRange(QDateTime(QDate(from, 1, 2), QTime(12, 0)), QDateTime(QDate(to, 1, 2), QTime(12, 0)));
    m_xAxis->setTickCount((to - from) / step + 1);
}

QStringList ExpiryTimeline::xTickLabels() const
{
    QStringList labels;
    const int ticks = m_xAxis->tickCount();
    const qint64 min = m_xAxis->min().toMSecsSinceEpoch();
    const qint64 max = m_xAxis->max().toMSecsSinceEpoch();
    for (int i = 0; i < ticks; ++i) {
        const qint64 at = min + (ticks > 1 ? (max - min) * i / (ticks - 1) : 0);
        labels << QLocale().toString(QDateTime::fromMSecsSinceEpoch(at), m_xAxis->format());
    }
    return labels;
}

void ExpiryTimeline::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    updateXAxis();
}

void ExpiryTimeline::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        rebuild();
    }
    QChartView::changeEvent(event);
}
