// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/history.h"

#include "audit/snapshotevidence.h"

#include <QWidget>

#include <memory>

namespace Session {
class FleetSession;
}

class DeductionsModel;
class GradeHistoryChart;
class FindingsModel;
class QAction;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

/**
 * The fleet's grade: the letter and score, the failed checks by severity, every deduction behind
 * the score, and the what-if projection (tick findings to see the grade the fleet would have with
 * them fixed, from Audit::Grader::whatIf).
 */
class GradePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GradePanel)

public:
    explicit GradePanel(QWidget *parent = nullptr);
    /** Follows @p session: stale while a scan runs, the fleet's grade and history when its audit is ready. */
    void setSession(const Session::FleetSession *session);
    ~GradePanel() override;

    /** Shows @p audit (null: "no grade yet"). */
    void setAudit(const std::shared_ptr<const Audit::Audit> &audit);
    /** The grade is being recomputed (a scan runs): the old one is shown dimmed as stale. */
    void setStale(bool stale);
    /** The kept scans of this scope (newest first) for the chart, and what changed since the previous one. */
    void setHistory(const QList<Report::HistoryEntry> &entries, const std::optional<Report::HistoryDiff> &changes);
    GradeHistoryChart *historyChart() const { return m_historyChart; }
    QString changesText() const;

    FindingsModel *whatIfModel() const { return m_whatIfModel; }
    /** The what-if table's "Fix RULE Everywhere", "Fix Everything on DATASTORE" and "Clear" (of its current row). */
    QList<QAction *> whatIfActions() const { return { m_fixRuleAction, m_fixDatastoreAction, m_clearAction }; }
    DeductionsModel *deductionsModel() const { return m_deductionsModel; }
    QString projectedLetter() const { return m_projectedLetter; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateGrade();
    void updateProjection();
    void updateChanges();
    void updateWhatIfActions();

    std::shared_ptr<const Audit::Audit> m_audit;
    QLabel *m_letter = nullptr;
    QLabel *m_score = nullptr;
    QLabel *m_counts = nullptr;
    QLabel *m_deductionsTitle = nullptr;
    QLabel *m_whatIfTitle = nullptr;
    QLabel *m_projection = nullptr;
    QLabel *m_historyTitle = nullptr;
    QLabel *m_changes = nullptr;
    GradeHistoryChart *m_historyChart = nullptr;
    std::optional<Report::HistoryDiff> m_diff;
    DeductionsModel *m_deductionsModel = nullptr;
    QSortFilterProxyModel *m_deductionsProxy = nullptr;
    QTableView *m_deductionsView = nullptr;
    FindingsModel *m_whatIfModel = nullptr;
    QTableView *m_whatIfView = nullptr;
    QAction *m_fixRuleAction = nullptr;
    QAction *m_fixDatastoreAction = nullptr;
    QAction *m_clearAction = nullptr;
    QString m_projectedLetter;
    bool m_stale = false;
};
