// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/history.h"

#include <QChartView>

class QDateTimeAxis;
class QLineSeries;
class QScatterSeries;
class QValueAxis;

/**
 * The fleet score of the kept scans of one scope over time (oldest left), each point labelled with its
 * letter in the tooltip, and the letter thresholds A (93), B (83), C (73), D (63) as faint lines.
 * Follows the palette.
 */
class GradeHistoryChart final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GradeHistoryChart)

public:
    explicit GradeHistoryChart(QWidget *parent = nullptr);
    ~GradeHistoryChart() override;

    /** Newest first, as Report::HistoryStore::entries() returns them; entries without a score are skipped. */
    void setHistory(const QList<Report::HistoryEntry> &entries);
    int pointCount() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyTheme();
    /** "No history yet" until two scans are kept. */
    void updateTitle();
    void retranslateUi();

    QList<Report::HistoryEntry> m_entries; ///< the plotted ones, oldest first
    QLineSeries *m_line = nullptr;
    QScatterSeries *m_points = nullptr;
    QList<QLineSeries *> m_thresholds;
    QDateTimeAxis *m_xAxis = nullptr;
    QValueAxis *m_yAxis = nullptr;
};
