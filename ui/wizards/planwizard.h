// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ops/operation.h"
#include "ops/runner.h"

#include <QFuture>
#include <QWizard>

#include <functional>
#include <memory>

namespace Ops {
class Journal;
class Plan;
}

class QLabel;
class QProgressBar;
class QTreeWidget;
class CodeView;

/**
 * A wizard is a view of an Ops::Plan: the subclass's settings pages, then
 * preview → dry run → apply with live progress and Cancel (verify runs per step) → summary
 * (or the rollback that happened). The plan is built (asynchronously: keys may be generated) when the
 * preview page opens; the dry run and the real run run that same plan, so what was previewed is what
 * is applied. Going back to the settings builds a new one.
 */
class PlanWizard : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanWizard)

public:
    /** Builds the plan from the settings pages' answers (on any thread; the wizard continues on its own). */
    using PlanFactory = std::function<QFuture<Ops::BuiltPlan>()>;
    /** For factories that build at once. */
    static QFuture<Ops::BuiltPlan> readyPlan(std::unique_ptr<Ops::Plan> plan, const QString &error = {});

    enum PageId { PreviewPageId = 100, DryRunPageId, ApplyPageId, SummaryPageId };

    explicit PlanWizard(const QString &title, QWidget *parent = nullptr);
    ~PlanWizard() override;

    /** Settings pages come first, in the order added. Call before show(). */
    void addSettingsPage(QWizardPage *page);
    void setPlanFactory(PlanFactory factory);
    /** Where journals go; default Ops::Journal::defaultDirectory(). */
    void setJournalDirectory(const QString &directory);
    /** The cluster the run acts on, recorded in its journal (Ops::clusterJson; Journal::setCluster). */
    void setCluster(const QJsonObject &cluster) { m_cluster = cluster; }
    /** A line shown on the preview, e.g. the grade now and the grade the what-if projects. */
    void setProjection(const QString &text);
    /** Auditor mode: the wizard previews and dry-runs but cannot apply. */
    void setReadOnly(bool readOnly);

    bool isRunning() const;
    bool hasOutcome() const { return m_hasOutcome; }
    Ops::Runner::Outcome outcome() const { return m_outcome; }
    QString outcomeMessage() const { return m_outcomeMessage; }
    QString journalPath() const { return m_journalPath; }

    /** Runs the plan for real (the apply page calls it; tests may too). */
    void startApply();
    /** Runs a dry run (the dry-run page calls it on entry). */
    void startDryRun();

    // Internal to the pages.
    QFuture<Ops::BuiltPlan> buildPlan() const;
    /** The plan the preview built; the runs use it. */
    void setCurrentPlan(std::shared_ptr<Ops::Plan> plan) { m_plan = std::move(plan); }
    std::shared_ptr<Ops::Plan> currentPlan() const { return m_plan; }
    QString projection() const { return m_projection; }
    bool isReadOnly() const { return m_readOnly; }

signals:
    void runStateChanged(bool running);
    void dryRunFinished(Ops::Runner::Outcome outcome, const QString &message);
    void operationFinished(Ops::Runner::Outcome outcome, const QString &message);

public slots:
    void reject() override;

private:
    struct Run;
    void startRun(bool dryRun, QTreeWidget *steps, QProgressBar *bar, QLabel *status);
    void runFinished(Ops::Runner::Outcome outcome, const QString &message);

    PlanFactory m_factory;
    std::shared_ptr<Ops::Plan> m_plan;
    QString m_journalDirectory;
    QJsonObject m_cluster;
    QString m_projection;
    bool m_readOnly = false;
    int m_nextSettingsId = 0;

    std::unique_ptr<Run> m_run;
    bool m_hasOutcome = false;
    Ops::Runner::Outcome m_outcome = Ops::Runner::Outcome::Cancelled;
    QString m_outcomeMessage;
    QString m_journalPath;
    bool m_closeWhenStopped = false;
};
