// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChartView>
#include <QDateTime>
#include <QList>

class CertificatesModel;
class QCategoryAxis;
class QDateTimeAxis;
class QLineSeries;
class QScatterSeries;

/**
 * The certificates on a time line: x is the date, one point per certificate at its notAfter (one lane per
 * certificate, fewest days left at the top), marked by status with a shape and a colour of its own (valid: circle,
 * inside the renewal window: rectangle, expired or under 30 days: triangle); a vertical "today" line and the
 * renewal line (today + 90 days). Follows the palette (light or dark). Reads a CertificatesModel.
 */
class ExpiryTimeline final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExpiryTimeline)

public:
    explicit ExpiryTimeline(QWidget *parent = nullptr);
    ~ExpiryTimeline() override;

    void setModel(CertificatesModel *model);
    /** "Now" for the today and renewal lines (tests pin it); invalid: the clock. */
    void setNow(const QDateTime &now);

    /** How many certificate points are drawn (every series but the two lines). */
    int pointCount() const;
    QDateTime renewalLineDate() const { return m_renewalDate; }
    QDateTime todayLineDate() const { return m_todayDate; }
    /**
     * The x-axis tick labels as drawn, in order. Over years the axis runs from year start to year start with one
     * tick per year (or per 2, 5, 10… years when the width does not hold them all), so no label repeats or overlaps.
     */
    QStringList xTickLabels() const;

signals:
    /** A point was clicked: the model row of its certificate. */
    void certificateClicked(int row);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void rebuild();
    /** Range, format and tick count of the x axis for m_first…m_last at the current width. */
    void updateXAxis();
    void applyTheme();
    void retranslateUi();

    CertificatesModel *m_model = nullptr;
    QDateTime m_now;
    QDateTime m_todayDate;
    QDateTime m_renewalDate;
    QDateTime m_first; ///< earliest date to show (today or the earliest notAfter)
    QDateTime m_last; ///< latest date to show (the renewal line or the latest notAfter)
    QList<QScatterSeries *> m_points; ///< valid, renew, expired/urgent
    QList<QList<int>> m_pointRows; ///< model row of each point, per series
    QLineSeries *m_today = nullptr;
    QLineSeries *m_renewal = nullptr;
    QDateTimeAxis *m_xAxis = nullptr;
    QCategoryAxis *m_yAxis = nullptr;
};
