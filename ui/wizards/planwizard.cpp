// SPDX-License-Identifier: GPL-3.0-or-later
#include "planwizard.h"

#include "ops/journal.h"
#include "ops/plan.h"
#include "statusicons.h"
#include "widgets/codeview.h"

#include <QCheckBox>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

enum Column { StepColumn, StatusColumn, MessageColumn };

QTreeWidget *makeStepTree(QWidget *parent, const QString &objectName)
{
    auto *tree = new QTreeWidget(parent);
    tree->setObjectName(objectName);
    tree->setRootIsDecorated(false);
    tree->setUniformRowHeights(true);
    tree->setHeaderLabels({PlanWizard::tr("Step"), PlanWizard::tr("Status"), PlanWizard::tr("Message")});
    tree->header()->setSectionResizeMode(StepColumn, QHeaderView::ResizeToContents);
    tree->header()->setSectionResizeMode(StatusColumn, QHeaderView::ResizeToContents);
    tree->header()->setStretchLastSection(true);
    return tree;
}

void fillSteps(QTreeWidget *tree, const Ops::Plan &plan)
{
    tree->clear();
    for (int i = 0; i < plan.size(); ++i) {
        auto *item = new QTreeWidgetItem(tree);
        item->setText(StepColumn, plan.step(i)->title());
        item->setText(StatusColumn, PlanWizard::tr("Waiting"));
        item->setIcon(StatusColumn, StatusIcons::statusIcon(StatusIcons::Status::Pending));
        item->setData(StepColumn, Qt::UserRole, plan.step(i)->id());
    }
}

QString phaseLabel(const QString &phase)
{
    if (phase == u"apply")
        return PlanWizard::tr("Applying");
    if (phase == u"verify")
        return PlanWizard::tr("Verifying");
    if (phase == u"undo")
        return PlanWizard::tr("Rolling back");
    if (phase == u"dry-run")
        return PlanWizard::tr("Checking");
    if (phase == u"observe")
        return PlanWizard::tr("Looking at what the interrupted step did");
    return phase;
}

QString phaseDone(const QString &phase, bool ok)
{
    if (!ok)
        return phase == u"undo" ? PlanWizard::tr("Rollback failed") : PlanWizard::tr("Failed");
    if (phase == u"apply")
        return PlanWizard::tr("Applied");
    if (phase == u"verify")
        return PlanWizard::tr("Verified");
    if (phase == u"undo")
        return PlanWizard::tr("Rolled back");
    if (phase == u"observe")
        return PlanWizard::tr("Observed");
    return PlanWizard::tr("Would apply");
}

QString outcomeText(Ops::Runner::Outcome outcome)
{
    switch (outcome) {
    case Ops::Runner::Outcome::Succeeded:
        return PlanWizard::tr("Done: every step applied and verified.");
    case Ops::Runner::Outcome::DryRunOk:
        return PlanWizard::tr("Dry run passed: every step can be applied. Nothing was changed.");
    case Ops::Runner::Outcome::DryRunFailed:
        return PlanWizard::tr("Dry run failed. Nothing was changed.");
    case Ops::Runner::Outcome::RolledBack:
        return PlanWizard::tr("A step failed; everything applied was rolled back.");
    case Ops::Runner::Outcome::RollbackFailed:
        return PlanWizard::tr("A step failed and the rollback did not complete. Read the journal: it says what is left.");
    case Ops::Runner::Outcome::Cancelled:
        return PlanWizard::tr("Cancelled; everything applied was rolled back.");
    }
    return {};
}

class PreviewPage final : public QWizardPage
{
public:
    explicit PreviewPage(PlanWizard *wizard)
        : QWizardPage(wizard)
        , m_wizard(wizard)
    {
        setTitle(PlanWizard::tr("Preview"));
        setSubTitle(PlanWizard::tr("What the operation will do, step by step. Nothing has been changed yet."));
        auto *layout = new QVBoxLayout(this);
        m_projection = new QLabel(this);
        m_projection->setObjectName(QStringLiteral("projectionLabel"));
        m_projection->setWordWrap(true);
        layout->addWidget(m_projection);
        m_steps = makeStepTree(this, QStringLiteral("previewStepsTreeWidget"));
        m_steps->setColumnHidden(StatusColumn, true);
        m_steps->setColumnHidden(MessageColumn, true);
        layout->addWidget(m_steps, 1);
        m_code = new CodeView(this);
        m_code->setObjectName(QStringLiteral("previewCodeView"));
        layout->addWidget(m_code, 2);
        m_error = new QLabel(this);
        m_error->setObjectName(QStringLiteral("previewErrorLabel"));
        m_error->setWordWrap(true);
        m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(m_error);
        connect(m_steps, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) { showStep(item); });
    }

    void initializePage() override
    {
        m_plan.reset();
        m_wizard->setCurrentPlan(nullptr);
        m_steps->clear();
        m_code->clear();
        m_projection->setText(m_wizard->projection());
        m_projection->setVisible(!m_wizard->projection().isEmpty());
        m_error->setText(PlanWizard::tr("Preparing the operation…"));
        m_error->show();
        const quint64 generation = ++m_generation;
        emit completeChanged();
        m_wizard->buildPlan().then(this, [this, generation](const Ops::BuiltPlan &built) {
            if (generation != m_generation)
                return; // the user went back and came here again: a newer build is on its way
            m_plan = built.plan;
            m_wizard->setCurrentPlan(built.plan);
            QStringList lines;
            if (!m_wizard->projection().isEmpty())
                lines << m_wizard->projection();
            lines << built.notes;
            m_projection->setText(lines.join(u'\n'));
            m_projection->setVisible(!lines.isEmpty());
            if (!m_plan) {
                m_error->setText(PlanWizard::tr("Cannot prepare the operation: %1").arg(built.error));
            } else {
                m_error->hide();
                fillSteps(m_steps, *m_plan);
                if (m_steps->topLevelItemCount() > 0)
                    m_steps->setCurrentItem(m_steps->topLevelItem(0));
            }
            emit completeChanged();
        });
    }

    bool isComplete() const override { return m_plan && m_plan->size() > 0; }

private:
    void showStep(QTreeWidgetItem *item)
    {
        if (!item || !m_plan)
            return;
        const int index = m_steps->indexOfTopLevelItem(item);
        const QString text = m_plan->step(index)->preview();
        const bool yaml = text.startsWith(u"apiVersion:") || text.contains(u"\nkind:");
        m_code->setCode(text, yaml ? CodeView::Language::Yaml : CodeView::Language::PlainText);
    }

    PlanWizard *m_wizard;
    std::shared_ptr<Ops::Plan> m_plan;
    quint64 m_generation = 0;
    QLabel *m_projection;
    QTreeWidget *m_steps;
    CodeView *m_code;
    QLabel *m_error;
};

/** Shared by the dry-run and apply pages: the step list with live status, a bar and a line. */
class RunPage : public QWizardPage
{
public:
    RunPage(PlanWizard *wizard, const QString &prefix)
        : QWizardPage(wizard)
        , m_wizard(wizard)
    {
        m_layout = new QVBoxLayout(this);
        m_steps = makeStepTree(this, prefix + QStringLiteral("StepsTreeWidget"));
        m_bar = new QProgressBar(this);
        m_bar->setObjectName(prefix + QStringLiteral("ProgressBar"));
        m_status = new QLabel(this);
        m_status->setObjectName(prefix + QStringLiteral("StatusLabel"));
        m_status->setWordWrap(true);
        m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }

    QTreeWidget *steps() const { return m_steps; }
    QProgressBar *bar() const { return m_bar; }
    QLabel *status() const { return m_status; }

protected:
    void addRunWidgets()
    {
        m_layout->addWidget(m_steps, 1);
        m_layout->addWidget(m_bar);
        m_layout->addWidget(m_status);
    }

    PlanWizard *m_wizard;
    QVBoxLayout *m_layout;
    QTreeWidget *m_steps;
    QProgressBar *m_bar;
    QLabel *m_status;
};

class DryRunPage final : public RunPage
{
public:
    explicit DryRunPage(PlanWizard *wizard)
        : RunPage(wizard, QStringLiteral("dryRun"))
    {
        setTitle(PlanWizard::tr("Dry run"));
        setSubTitle(PlanWizard::tr("Every step checks its preconditions against the live fleet and changes nothing."));
        addRunWidgets();
        connect(wizard, &PlanWizard::dryRunFinished, this, [this](Ops::Runner::Outcome outcome) {
            m_passed = outcome == Ops::Runner::Outcome::DryRunOk;
            m_done = true;
            emit completeChanged();
        });
    }

    void initializePage() override
    {
        m_done = false;
        m_passed = false;
        emit completeChanged();
        m_wizard->startDryRun();
    }

    bool isComplete() const override { return m_done && m_passed; }

private:
    bool m_done = false;
    bool m_passed = false;
};

class ApplyPage final : public RunPage
{
public:
    explicit ApplyPage(PlanWizard *wizard)
        : RunPage(wizard, QStringLiteral("apply"))
    {
        setTitle(PlanWizard::tr("Apply"));
        setSubTitle(PlanWizard::tr("Each step is applied, then verified against the live fleet. A failure or Cancel rolls "
                                   "back what was applied. Every step is written to the journal."));
        m_confirm = new QCheckBox(PlanWizard::tr("I have reviewed the preview and want to change the live fleet"), this);
        m_confirm->setObjectName(QStringLiteral("confirmCheckBox"));
        m_layout->addWidget(m_confirm);
        m_apply = new QPushButton(PlanWizard::tr("&Apply now"), this);
        m_apply->setObjectName(QStringLiteral("applyPushButton"));
        m_apply->setEnabled(false);
        m_layout->addWidget(m_apply, 0, Qt::AlignLeft);
        addRunWidgets();
        connect(m_confirm, &QCheckBox::toggled, this, [this](bool on) {
            m_apply->setEnabled(on && !m_started && !m_wizard->isReadOnly());
        });
        connect(m_apply, &QPushButton::clicked, this, [this] {
            m_started = true;
            m_apply->setEnabled(false);
            m_confirm->setEnabled(false);
            setCommitPage(true);
            m_wizard->startApply();
        });
        connect(wizard, &PlanWizard::operationFinished, this, [this] {
            m_done = true;
            emit completeChanged();
        });
    }

    void initializePage() override
    {
        m_started = false;
        m_done = false;
        m_confirm->setChecked(false);
        m_confirm->setEnabled(!m_wizard->isReadOnly());
        if (m_wizard->isReadOnly())
            m_status->setText(PlanWizard::tr("Auditor mode: operations are disabled. The preview and the dry run are "
                                             "all this mode allows."));
        emit completeChanged();
    }

    bool isComplete() const override { return m_done; }

private:
    QCheckBox *m_confirm;
    QPushButton *m_apply;
    bool m_started = false;
    bool m_done = false;
};

class SummaryPage final : public QWizardPage
{
public:
    explicit SummaryPage(PlanWizard *wizard)
        : QWizardPage(wizard)
        , m_wizard(wizard)
    {
        setTitle(PlanWizard::tr("Summary"));
        auto *layout = new QVBoxLayout(this);
        m_outcome = new QLabel(this);
        m_outcome->setObjectName(QStringLiteral("outcomeLabel"));
        m_outcome->setWordWrap(true);
        m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(m_outcome);
        m_journal = new QLabel(this);
        m_journal->setObjectName(QStringLiteral("journalLabel"));
        m_journal->setWordWrap(true);
        m_journal->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(m_journal);
        layout->addStretch(1);
        setFinalPage(true);
    }

    void initializePage() override
    {
        QString text = outcomeText(m_wizard->outcome());
        if (!m_wizard->outcomeMessage().isEmpty())
            text += QStringLiteral("\n\n") + m_wizard->outcomeMessage();
        m_outcome->setText(text);
        m_journal->setText(m_wizard->journalPath().isEmpty()
                               ? QString()
                               : PlanWizard::tr("Journal: %1").arg(m_wizard->journalPath()));
    }

private:
    PlanWizard *m_wizard;
    QLabel *m_outcome;
    QLabel *m_journal;
};

} // namespace

struct PlanWizard::Run
{
    std::shared_ptr<Ops::Plan> plan;
    Ops::Journal journal;
    Ops::Runner *runner = nullptr;
    bool dryRun = false;
};

PlanWizard::PlanWizard(const QString &title, QWidget *parent)
    : QWizard(parent)
{
    setObjectName(QStringLiteral("planWizard"));
    setWindowTitle(title);
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    // After Apply there is nothing left to commit: the button goes on to the outcome, and the outcome closes.
    setButtonText(QWizard::CommitButton, tr("&Continue"));
    setButtonText(QWizard::FinishButton, tr("&Close"));
    setPage(PreviewPageId, new PreviewPage(this));
    setPage(DryRunPageId, new DryRunPage(this));
    setPage(ApplyPageId, new ApplyPage(this));
    setPage(SummaryPageId, new SummaryPage(this));
    setStartId(PreviewPageId);
    resize(820, 620);
}

PlanWizard::~PlanWizard()
{
    if (m_run && m_run->runner)
        m_run->runner->disconnect(this);
}

void PlanWizard::addSettingsPage(QWizardPage *page)
{
    const int id = m_nextSettingsId++;
    setPage(id, page);
    if (id == 0)
        setStartId(0);
    // Settings pages lead to the next settings page or to the preview; QWizard follows ids in order.
}

void PlanWizard::setPlanFactory(PlanFactory factory)
{
    m_factory = std::move(factory);
}

void PlanWizard::setJournalDirectory(const QString &directory)
{
    m_journalDirectory = directory;
}

void PlanWizard::setProjection(const QString &text)
{
    m_projection = text;
}

void PlanWizard::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
}

bool PlanWizard::isRunning() const
{
    return m_run && m_run->runner && m_run->runner->isRunning();
}

QFuture<Ops::BuiltPlan> PlanWizard::readyPlan(std::unique_ptr<Ops::Plan> plan, const QString &error)
{
    return Ops::readyPlan(std::shared_ptr<Ops::Plan>(std::move(plan)), error);
}

QFuture<Ops::BuiltPlan> PlanWizard::buildPlan() const
{
    if (!m_factory)
        return readyPlan(nullptr, tr("no operation was set up"));
    return m_factory();
}

void PlanWizard::startDryRun()
{
    auto *page = static_cast<RunPage *>(this->page(DryRunPageId));
    startRun(true, page->steps(), page->bar(), page->status());
}

void PlanWizard::startApply()
{
    if (m_readOnly)
        return;
    auto *page = static_cast<RunPage *>(this->page(ApplyPageId));
    startRun(false, page->steps(), page->bar(), page->status());
}

void PlanWizard::startRun(bool dryRun, QTreeWidget *steps, QProgressBar *bar, QLabel *status)
{
    if (isRunning())
        return;
    QString error;
    auto run = std::make_unique<Run>();
    run->dryRun = dryRun;
    run->plan = m_plan;
    if (!run->plan) {
        error = tr("the preview did not prepare a plan");
        status->setText(tr("Cannot prepare the operation: %1").arg(error));
        if (dryRun)
            emit dryRunFinished(Ops::Runner::Outcome::DryRunFailed, error);
        return;
    }
    if (!dryRun) {
        const QString directory = m_journalDirectory.isEmpty() ? Ops::Journal::defaultDirectory() : m_journalDirectory;
        run->journal = Ops::Journal::create(directory, run->plan->kind(), &error);
        if (!run->journal.isValid()) {
            status->setText(tr("Cannot write the journal, so nothing was changed: %1").arg(error));
            return;
        }
        run->journal.setCluster(m_cluster);
        m_journalPath = run->journal.path();
    }
    fillSteps(steps, *run->plan);
    bar->setRange(0, run->plan->size());
    bar->setValue(0);
    status->setText(dryRun ? tr("Checking…") : tr("Applying…"));

    auto *runner = new Ops::Runner(this);
    run->runner = runner;
    if (!dryRun)
        runner->setJournal(&run->journal);
    connect(runner, &Ops::Runner::stepStarted, steps, [steps](int index, const QString &phase) {
        if (QTreeWidgetItem *item = steps->topLevelItem(index)) {
            item->setText(StatusColumn, phaseLabel(phase));
            item->setIcon(StatusColumn, StatusIcons::statusIcon(StatusIcons::Status::Pending));
            steps->scrollToItem(item);
        }
    });
    connect(runner, &Ops::Runner::stepFinished, steps,
            [steps](int index, const QString &phase, const Ops::StepResult &result) {
                if (QTreeWidgetItem *item = steps->topLevelItem(index)) {
                    item->setText(StatusColumn, phaseDone(phase, result.ok));
                    item->setIcon(StatusColumn, StatusIcons::statusIcon(result.ok ? StatusIcons::Status::Good
                                                                                  : StatusIcons::Status::Bad));
                    item->setText(MessageColumn, result.message);
                    item->setToolTip(MessageColumn, result.message);
                }
            });
    connect(runner, &Ops::Runner::progress, bar, [bar](int done, int total) {
        bar->setRange(0, total);
        bar->setValue(done);
    });
    connect(runner, &Ops::Runner::finished, this,
            [this, status](Ops::Runner::Outcome outcome, const QString &message) {
                status->setText(outcomeText(outcome) + (message.isEmpty() ? QString() : u'\n' + message));
                runFinished(outcome, message);
            });
    if (m_run && m_run->runner)
        m_run->runner->deleteLater();
    m_run = std::move(run);
    button(QWizard::BackButton)->setEnabled(false);
    emit runStateChanged(true);
    runner->run(m_run->plan.get(), dryRun);
}

void PlanWizard::runFinished(Ops::Runner::Outcome outcome, const QString &message)
{
    // m_run (the plan, the journal, the runner) stays until the next run: the runner may still be
    // unwinding from the signal that brought us here.
    const bool dryRun = m_run && m_run->dryRun;
    button(QWizard::BackButton)->setEnabled(dryRun);
    emit runStateChanged(false);
    if (dryRun) {
        emit dryRunFinished(outcome, message);
    } else {
        m_hasOutcome = true;
        m_outcome = outcome;
        m_outcomeMessage = message;
        emit operationFinished(outcome, message);
    }
    if (m_closeWhenStopped) {
        m_closeWhenStopped = false;
        QWizard::reject();
    }
}

void PlanWizard::reject()
{
    if (isRunning()) {
        // Cancel means: stop after the running phase and roll back; the dialog closes when that is done.
        m_closeWhenStopped = true;
        m_run->runner->cancel();
        return;
    }
    QWizard::reject();
}
