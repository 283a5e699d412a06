// SPDX-License-Identifier: GPL-3.0-or-later
// The generic operation wizard over real Ops::Runner runs of in-test steps: preview, dry run,
// apply with progress, rollback on failure, auditor mode, cancel.
#include "ops/plan.h"
#include "wizards/planwizard.h"

#include <QCheckBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

namespace {

/** Records what it did in a shared log; fails where told to; can be slow. */
class FakeStep final : public Ops::Step
{
public:
    FakeStep(QString id, QStringList *log, bool failApply = false, int delayMs = 0)
        : m_id(std::move(id))
        , m_log(log)
        , m_failApply(failApply)
        , m_delayMs(delayMs)
    {
    }

    QString id() const override { return m_id; }
    QString title() const override { return QStringLiteral("Step ") + m_id; }
    QString preview() const override { return QStringLiteral("apiVersion: v1\nkind: Secret\nmetadata:\n  name: ") + m_id; }
    bool hasUndo() const override { return true; }

    QFuture<Ops::StepResult> apply(const Ops::RunContext &context) override
    {
        if (context.dryRun) {
            m_log->append(QStringLiteral("check ") + m_id);
            return Ops::ready(Ops::StepResult::success());
        }
        m_log->append(QStringLiteral("apply ") + m_id);
        const Ops::StepResult result = m_failApply ? Ops::StepResult::failure(QStringLiteral("injected failure in ") + m_id)
                                                   : Ops::StepResult::success(QStringLiteral("did ") + m_id);
        if (m_delayMs == 0)
            return Ops::ready(result);
        auto promise = std::make_shared<QPromise<Ops::StepResult>>();
        promise->start();
        QTimer::singleShot(m_delayMs, [promise, result] {
            promise->addResult(result);
            promise->finish();
        });
        return promise->future();
    }

    QFuture<Ops::StepResult> undo(const Ops::RunContext &) override
    {
        m_log->append(QStringLiteral("undo ") + m_id);
        return Ops::ready(Ops::StepResult::success());
    }

private:
    QString m_id;
    QStringList *m_log;
    bool m_failApply;
    int m_delayMs;
};

} // namespace

class TestPlanWizard final : public QObject
{
    Q_OBJECT

private:
    QStringList m_log;
    QTemporaryDir m_journals;

    PlanWizard *makeWizard(int failAt = -1, int delayMs = 0, int steps = 3)
    {
        auto *wizard = new PlanWizard(QStringLiteral("Test operation"));
        wizard->setAttribute(Qt::WA_DeleteOnClose, false);
        wizard->setJournalDirectory(m_journals.path());
        wizard->setPlanFactory([this, failAt, delayMs, steps] {
            auto plan = std::make_unique<Ops::Plan>(QStringLiteral("test-op"), QStringLiteral("Test operation"));
            for (int i = 0; i < steps; ++i)
                plan->addStep(std::make_unique<FakeStep>(QString::number(i), &m_log, i == failAt, delayMs));
            return PlanWizard::readyPlan(std::move(plan));
        });
        return wizard;
    }

    static void applyNow(PlanWizard *wizard)
    {
        auto *confirm = wizard->findChild<QCheckBox *>(QStringLiteral("confirmCheckBox"));
        auto *apply = wizard->findChild<QPushButton *>(QStringLiteral("applyPushButton"));
        QVERIFY(confirm && apply);
        QVERIFY(!apply->isEnabled());
        confirm->setChecked(true);
        QVERIFY(apply->isEnabled());
        apply->click();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_journals.isValid());
    }

    void init() { m_log.clear(); }

    void previewListsStepsAndShowsYaml()
    {
        std::unique_ptr<PlanWizard> wizard(makeWizard());
        wizard->setProjection(QStringLiteral("Grade now C (74); after: B (85)"));
        wizard->show();
        QCOMPARE(wizard->currentId(), int(PlanWizard::PreviewPageId));
        auto *tree = wizard->findChild<QTreeWidget *>(QStringLiteral("previewStepsTreeWidget"));
        QVERIFY(tree);
        QTRY_COMPARE(tree->topLevelItemCount(), 3);
        QCOMPARE(tree->topLevelItem(1)->text(0), QStringLiteral("Step 1"));
        auto *projection = wizard->findChild<QLabel *>(QStringLiteral("projectionLabel"));
        QVERIFY(projection->text().contains(QStringLiteral("after: B")));
        QVERIFY(m_log.isEmpty()); // the preview runs nothing
    }

    void dryRunThenApplySucceeds()
    {
        std::unique_ptr<PlanWizard> wizard(makeWizard());
        wizard->show();
        QSignalSpy dry(wizard.get(), &PlanWizard::dryRunFinished);
        QTRY_VERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        wizard->next();
        QCOMPARE(wizard->currentId(), int(PlanWizard::DryRunPageId));
        QVERIFY(dry.wait(5000) || dry.count() == 1);
        QCOMPARE(dry.first().at(0).value<Ops::Runner::Outcome>(), Ops::Runner::Outcome::DryRunOk);
        QCOMPARE(m_log, QStringList({QStringLiteral("check 0"), QStringLiteral("check 1"), QStringLiteral("check 2")}));
        QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        wizard->next();
        QCOMPARE(wizard->currentId(), int(PlanWizard::ApplyPageId));
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
        QSignalSpy done(wizard.get(), &PlanWizard::operationFinished);
        applyNow(wizard.get());
        QVERIFY(done.count() == 1 || done.wait(5000));
        QCOMPARE(wizard->outcome(), Ops::Runner::Outcome::Succeeded);
        QVERIFY(m_log.contains(QStringLiteral("apply 2")));
        QVERIFY(!m_log.contains(QStringLiteral("undo 0")));
        QVERIFY(QFile::exists(wizard->journalPath()));
        // Nothing is left to commit once applied: the button says Continue, and the summary's Close.
        QVERIFY(wizard->button(QWizard::CommitButton)->isVisible());
        QCOMPARE(wizard->button(QWizard::CommitButton)->text().remove(u'&'), QStringLiteral("Continue"));
        wizard->next();
        QCOMPARE(wizard->currentId(), int(PlanWizard::SummaryPageId));
        QCOMPARE(wizard->button(QWizard::FinishButton)->text().remove(u'&'), QStringLiteral("Close"));
        auto *outcome = wizard->findChild<QLabel *>(QStringLiteral("outcomeLabel"));
        QVERIFY(outcome->text().contains(QStringLiteral("verified")));
    }

    void failureRollsBackAndSaysSo()
    {
        std::unique_ptr<PlanWizard> wizard(makeWizard(2));
        wizard->show();
        QTRY_VERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        wizard->next();
        QTRY_VERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        wizard->next();
        QSignalSpy done(wizard.get(), &PlanWizard::operationFinished);
        applyNow(wizard.get());
        QVERIFY(done.count() == 1 || done.wait(5000));
        QCOMPARE(wizard->outcome(), Ops::Runner::Outcome::RolledBack);
        QVERIFY(wizard->outcomeMessage().contains(QStringLiteral("injected failure in 2")));
        // undone in reverse order
        const int undo1 = m_log.indexOf(QStringLiteral("undo 1"));
        const int undo0 = m_log.indexOf(QStringLiteral("undo 0"));
        QVERIFY(undo1 >= 0 && undo0 > undo1);
        auto *tree = wizard->findChild<QTreeWidget *>(QStringLiteral("applyStepsTreeWidget"));
        QCOMPARE(tree->topLevelItem(0)->text(1), QStringLiteral("Rolled back"));
    }

    void auditorModeCannotApply()
    {
        std::unique_ptr<PlanWizard> wizard(makeWizard());
        wizard->setReadOnly(true);
        wizard->show();
        QTRY_VERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        wizard->next();
        QTRY_VERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        wizard->next();
        auto *confirm = wizard->findChild<QCheckBox *>(QStringLiteral("confirmCheckBox"));
        auto *apply = wizard->findChild<QPushButton *>(QStringLiteral("applyPushButton"));
        QVERIFY(!confirm->isEnabled());
        confirm->setChecked(true);
        QVERIFY(!apply->isEnabled());
        wizard->startApply();
        QVERIFY(!m_log.contains(QStringLiteral("apply 0")));
    }

    void cancelRollsBackThenCloses()
    {
        std::unique_ptr<PlanWizard> wizard(makeWizard(-1, 150, 4));
        wizard->show();
        QTRY_VERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        wizard->next();
        QTRY_VERIFY_WITH_TIMEOUT(wizard->button(QWizard::NextButton)->isEnabled(), 5000);
        wizard->next();
        QSignalSpy done(wizard.get(), &PlanWizard::operationFinished);
        applyNow(wizard.get());
        QTRY_VERIFY(m_log.contains(QStringLiteral("apply 1")));
        wizard->reject(); // the Cancel button
        QVERIFY(wizard->isVisible()); // stays open until the rollback is done
        QVERIFY(done.count() == 1 || done.wait(5000));
        QCOMPARE(wizard->outcome(), Ops::Runner::Outcome::Cancelled);
        QVERIFY(!m_log.contains(QStringLiteral("apply 3")));
        QVERIFY(m_log.contains(QStringLiteral("undo 0")));
        QTRY_VERIFY(!wizard->isVisible());
    }
};

QTEST_MAIN(TestPlanWizard)
#include "testplanwizard.moc"
