// SPDX-License-Identifier: GPL-3.0-or-later
#include "recoverydialog.h"

#include "ops/journal.h"
#include "session/fleetsession.h"
#include "ops/plan.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QThreadPool>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <algorithm>

namespace {

/** What a worker read of one run before acting on it: still unfinished, and its journal locked for us. */
struct Reread
{
    bool found = false;
    Ops::UnfinishedRun run;
    std::shared_ptr<Ops::Journal> journal; ///< open, its run lock held
    QString error;
};

/**
 * Runs @p work on @p pool and hands its result to @p deliver on @p receiver's thread, always through the event
 * loop (never at once, even when the worker was quicker than this call): the busy state is seen before the result.
 * @p receiver must wait for @p pool before it dies (RecoveryDialog's destructor does).
 */
template<typename Work, typename Deliver>
void offThread(QThreadPool *pool, QObject *receiver, Work work, Deliver deliver)
{
    pool->start([receiver, work = std::move(work), deliver = std::move(deliver)]() mutable {
        auto result = work();
        QMetaObject::invokeMethod(
            receiver, [deliver = std::move(deliver), result = std::move(result)]() mutable { deliver(result); },
            Qt::QueuedConnection);
    });
}

Reread rereadAndLock(const QString &path)
{
    Reread r;
    auto journal = std::make_shared<Ops::Journal>(Ops::Journal::open(path, &r.error));
    if (!journal->isValid())
        return r;
    // Locked before it is read: another window or process cannot start on it between our check and our run.
    if (!journal->lock(0, &r.error))
        return r;
    if (!Ops::describeJournal(path, &r.run, &r.error))
        return r;
    r.found = !journal->isFinished();
    r.journal = std::move(journal);
    return r;
}

} // namespace

RecoveryDialog::RecoveryDialog(Session::FleetSession *session, bool readOnly, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_readOnly(readOnly)
    , m_directory(Ops::Journal::defaultDirectory())
{
    setObjectName(QStringLiteral("recoveryDialog"));
    m_pool = new QThreadPool(this);
    m_pool->setObjectName(QStringLiteral("recoveryDialogPool"));
    m_pool->setMaxThreadCount(1); // one at a time: a reload after an abandon sees the abandon
    auto *layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("unfinishedRuns"));
    m_list->setRootIsDecorated(false);
    m_list->setColumnCount(4);
    m_list->header()->setStretchLastSection(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    layout->addWidget(m_list, 2);

    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("runDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_details);

    m_progress = new QProgressBar(this);
    m_progress->setVisible(false);
    layout->addWidget(m_progress);
    m_log = new QPlainTextEdit(this);
    m_log->setObjectName(QStringLiteral("recoveryLog"));
    m_log->setReadOnly(true);
    m_log->setVisible(false);
    layout->addWidget(m_log, 1);

    auto *buttons = new QHBoxLayout;
    m_resumeButton = new QPushButton(this);
    m_resumeButton->setObjectName(QStringLiteral("resumeButton"));
    m_rollbackButton = new QPushButton(this);
    m_rollbackButton->setObjectName(QStringLiteral("rollbackButton"));
    m_abandonButton = new QPushButton(this);
    m_abandonButton->setObjectName(QStringLiteral("abandonButton"));
    m_cancelButton = new QPushButton(this);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->setVisible(false);
    m_laterButton = new QPushButton(this);
    m_laterButton->setObjectName(QStringLiteral("laterButton"));
    buttons->addWidget(m_resumeButton);
    buttons->addWidget(m_rollbackButton);
    buttons->addWidget(m_abandonButton);
    // Auditor mode lists the unfinished runs and offers nothing that would act on them.
    for (QPushButton *button : { m_resumeButton, m_rollbackButton, m_abandonButton })
        button->setVisible(!m_readOnly);
    buttons->addStretch(1);
    buttons->addWidget(m_cancelButton);
    buttons->addWidget(m_laterButton);
    layout->addLayout(buttons);

    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &RecoveryDialog::updateActions);
    connect(m_resumeButton, &QPushButton::clicked, this, &RecoveryDialog::resumeSelected);
    connect(m_rollbackButton, &QPushButton::clicked, this, &RecoveryDialog::rollbackSelected);
    connect(m_abandonButton, &QPushButton::clicked, this, [this] { abandonSelected(); });
    connect(m_cancelButton, &QPushButton::clicked, this, &RecoveryDialog::cancelRun);
    connect(m_laterButton, &QPushButton::clicked, this, &RecoveryDialog::reject);

    m_runner = new Ops::Runner(this);
    connect(m_runner, &Ops::Runner::stepStarted, this, [this](int index, const QString &phase) {
        if (m_plan && index < m_plan->size())
            log(tr("%1 (%2)…").arg(m_plan->step(index)->title(), phase));
    });
    connect(m_runner, &Ops::Runner::stepFinished, this, [this](int, const QString &, const Ops::StepResult &result) {
        log(QStringLiteral("    ") + (result.ok ? tr("ok") : tr("FAILED")) + (result.message.isEmpty() ? QString() : QStringLiteral(": ") + result.message));
    });
    connect(m_runner, &Ops::Runner::progress, this, [this](int done, int total) {
        m_progress->setRange(0, std::max(total, 1));
        m_progress->setValue(done);
    });
    connect(m_runner, &Ops::Runner::finished, this, [this](Ops::Runner::Outcome outcome, const QString &message) {
        m_hasOutcome = true;
        m_outcome = outcome;
        m_outcomeMessage = message;
        log(message);
        m_cancelButton->setVisible(false);
        m_progress->setRange(0, 1);
        m_progress->setValue(1);
        if (m_journal)
            m_journal->unlock(); // the run is over: the journal is free for a later rollback or abandon
        reload();
        emit runFinished(outcome, message);
    });

    retranslate();
    resize(760, 480);
    reload();
}

RecoveryDialog::~RecoveryDialog()
{
    // The runner goes before the plan and the journal it points into.
    delete m_runner;
    m_runner = nullptr;
    // The readers only touch files; their results are dropped (their continuations need this dialog).
    m_pool->waitForDone();
}

void RecoveryDialog::setJournalDirectory(const QString &directory)
{
    m_directory = directory;
    reload();
}

void RecoveryDialog::retranslate()
{
    setWindowTitle(tr("Unfinished Operations"));
    m_intro->setText(tr("These operations did not finish: Proofer or the machine stopped while they ran. Resume one to go on "
                        "from the first step not applied, roll it back to undo what it applied, or abandon it to handle what is "
                        "left by hand. Each journal says exactly what was done."));
    m_list->setHeaderLabels({tr("Operation"), tr("Started"), tr("How far"), tr("State")});
    m_resumeButton->setText(tr("&Resume"));
    m_rollbackButton->setText(tr("Roll &Back"));
    m_abandonButton->setText(tr("&Abandon…"));
    m_cancelButton->setText(tr("&Cancel"));
    m_laterButton->setText(tr("&Later"));
    if (!m_runs.isEmpty())
        populate();
    else
        updateActions();
}

void RecoveryDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void RecoveryDialog::reload()
{
    if (!m_loading)
        m_reselect = selectedRun() ? selectedRun()->journalPath : QString();
    m_loading = true;
    const quint64 generation = ++m_loadGeneration;
    updateActions();
    const QString directory = m_directory;
    offThread(m_pool, this, [directory] { return Ops::listUnfinishedRuns(directory); },
              [this, generation](const QList<Ops::UnfinishedRun> &runs) {
                  if (generation != m_loadGeneration)
                      return; // a newer reload is on its way
                  m_loading = false;
                  m_runs = runs;
                  populate();
                  emit loaded();
              });
}

void RecoveryDialog::populate()
{
    const QString current = m_reselect;
    m_list->clear();
    int selectRow = m_runs.isEmpty() ? -1 : 0;
    for (int i = 0; i < m_runs.size(); ++i) {
        const Ops::UnfinishedRun &run = m_runs.at(i);
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, run.title.isEmpty() ? run.kind : run.title);
        item->setToolTip(0, QDir::toNativeSeparators(run.journalPath));
        item->setText(1, run.started.isValid() ? QLocale().toString(run.started.toLocalTime(), QLocale::ShortFormat) : QString());
        item->setText(2, run.progressText());
        item->setText(3, run.ownerAlive ? tr("Running elsewhere (process %1)").arg(run.pid) : tr("Stopped"));
        if (run.journalPath == current)
            selectRow = i;
    }
    m_reselect.clear();
    for (int c = 0; c < 3; ++c)
        m_list->resizeColumnToContents(c);
    if (selectRow >= 0)
        m_list->setCurrentItem(m_list->topLevelItem(selectRow));
    updateActions();
}

void RecoveryDialog::select(int row)
{
    if (row >= 0 && row < m_list->topLevelItemCount())
        m_list->setCurrentItem(m_list->topLevelItem(row));
}

const Ops::UnfinishedRun *RecoveryDialog::selectedRun() const
{
    if (!m_list)
        return nullptr;
    const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
    return row >= 0 && row < m_runs.size() ? &m_runs.at(row) : nullptr;
}

bool RecoveryDialog::isRunning() const
{
    return m_rebuilding || m_abandoning || (m_runner && m_runner->isRunning());
}

void RecoveryDialog::updateActions()
{
    const Ops::UnfinishedRun *run = m_loading ? nullptr : selectedRun();
    const bool busy = isRunning() || m_loading;
    QStringList why;
    Kube::KubeClient *const cluster = client();
    const QString connected = connectedNamespace();
    bool clusterOk = cluster != nullptr;
    if (run) {
        why << run->progressText();
        if (!run->warning.isEmpty())
            why << run->warning;
        if (!run->clusterWarning.isEmpty())
            why << run->clusterWarning;
        const QString runNamespace = run->parameterFor(QStringLiteral("--namespace"));
        if (!runNamespace.isEmpty() && !connected.isEmpty() && runNamespace != connected) {
            clusterOk = false;
            why << tr("It ran in namespace %1: connect to it to resume or roll it back.").arg(runNamespace);
        } else if (!cluster && run->needsCluster()) {
            why << tr("Connect to the cluster to resume or roll it back.");
        } else if (QString clusterError; !Ops::checkCluster(*run, cluster, &clusterError)) {
            clusterOk = false;
            why << clusterError;
        }
        if (!run->canResume)
            why << tr("Resume: %1").arg(run->resumeRefusal);
        if (!run->canRollback)
            why << tr("Roll back: %1").arg(run->rollbackRefusal);
    } else if (m_loading) {
        why << tr("Reading the journals…");
    } else if (m_runs.isEmpty()) {
        why << tr("No operation is unfinished.");
    }
    if (m_readOnly)
        why << tr("Auditor mode: operations are disabled.");
    m_details->setText(why.join(QLatin1Char('\n')));
    const bool can = run && !busy && !m_readOnly && !run->ownerAlive;
    const bool reachable = clusterOk || (run && !run->needsCluster());
    m_resumeButton->setEnabled(can && run->canResume && reachable);
    m_rollbackButton->setEnabled(can && run->canRollback && reachable);
    m_abandonButton->setEnabled(can);
    m_list->setEnabled(!busy);
    m_laterButton->setEnabled(!isRunning());
}

void RecoveryDialog::log(const QString &line)
{
    m_log->setVisible(true);
    m_log->appendPlainText(line);
}

void RecoveryDialog::resumeSelected()
{
    start(true);
}

void RecoveryDialog::rollbackSelected()
{
    start(false);
}

void RecoveryDialog::start(bool resume)
{
    const Ops::UnfinishedRun *selected = m_loading ? nullptr : selectedRun();
    if (!selected || isRunning() || m_readOnly || selected->ownerAlive)
        return;
    if ((resume && !selected->canResume) || (!resume && !selected->canRollback))
        return;
    const QString journalPath = selected->journalPath;
    const QString title = selected->title;
    Ops::RecoveryInputs inputs;
    if (selected->needsPassphrase) {
        if (m_passphraseProvider) {
            inputs.recoveryPassphrase = m_passphraseProvider();
        } else {
            bool ok = false;
            QString text = QInputDialog::getText(this, windowTitle(),
                                                 tr("The passwords are only in the encrypted recovery records. Their passphrase:"),
                                                 QLineEdit::Password, QString(), &ok);
            inputs.recoveryPassphrase = Core::Secret(text.toUtf8());
            text.fill(QLatin1Char(' '));
            if (!ok)
                return;
        }
        if (inputs.recoveryPassphrase.isEmpty())
            return;
    }
    m_hasOutcome = false;
    m_rebuilding = true;
    m_log->clear();
    log(resume ? tr("Resuming “%1”: reading its journal again…").arg(title)
               : tr("Rolling back “%1”: reading its journal again…").arg(title));
    m_progress->setVisible(true);
    m_progress->setRange(0, 0);
    m_cancelButton->setVisible(true);
    m_cancelButton->setEnabled(true);
    updateActions();

    QPointer<RecoveryDialog> self = this;
    auto stop = [self](const QString &message) {
        // Nothing was started: back to the list, read again.
        self->m_rebuilding = false;
        if (!message.isEmpty())
            self->log(message);
        self->m_cancelButton->setVisible(false);
        self->m_progress->setVisible(false);
        self->reload();
    };
    // The list was read when the dialog opened: read the journal again (off this thread), another process (or
    // another dialog) may have taken the run over or finished it since. Its lock is taken first and kept for the run.
    offThread(m_pool, this, [journalPath] { return rereadAndLock(journalPath); },
        [self, resume, inputs, stop](const Reread &again) {
            if (!self)
                return;
            if (self->m_hasOutcome) { // cancelled meanwhile
                stop({});
                emit self->runFinished(self->m_outcome, self->m_outcomeMessage);
                return;
            }
            if (!again.found) {
                stop(again.error.isEmpty() ? tr("This run has ended or changed since the list was read.") : again.error);
                return;
            }
            const Ops::UnfinishedRun &run = again.run;
            if (run.ownerAlive || (resume && !run.canResume) || (!resume && !run.canRollback)) {
                stop(resume ? run.resumeRefusal : run.rollbackRefusal);
                return;
            }
            self->log(resume ? tr("Resuming “%1”: making the plan again from the journal…").arg(run.title)
                             : tr("Rolling back “%1”: making the plan again from the journal…").arg(run.title));
            std::shared_ptr<Ops::Journal> journal = again.journal;
            Ops::rebuildPlan(self->client(), run, inputs, self)
                .then(self, [self, resume, journal](const Ops::RebuiltPlan &rebuilt) {
                    if (!self)
                        return;
                    self->m_rebuilding = false;
                    if (!rebuilt.plan || self->m_hasOutcome) {
                        journal->unlock();
                        if (!self->m_hasOutcome) {
                            self->m_hasOutcome = true;
                            self->m_outcome = Ops::Runner::Outcome::RollbackFailed;
                            self->m_outcomeMessage = rebuilt.error;
                            self->log(rebuilt.error);
                        }
                        self->m_cancelButton->setVisible(false);
                        self->m_progress->setVisible(false);
                        self->updateActions();
                        emit self->runFinished(self->m_outcome, self->m_outcomeMessage);
                        return;
                    }
                    self->m_plan = rebuilt.plan;
                    self->m_journal = std::make_unique<Ops::Journal>(*journal); // shares the lock
                    self->m_runner->setJournal(self->m_journal.get());
                    if (resume)
                        self->m_runner->resume(self->m_plan.get());
                    else
                        self->m_runner->rollback(self->m_plan.get());
                    self->updateActions();
                });
        });
}

void RecoveryDialog::cancelRun()
{
    if (m_rebuilding) {
        // Nothing runs yet: the plan being made is dropped when it arrives.
        m_hasOutcome = true;
        m_outcome = Ops::Runner::Outcome::Cancelled;
        m_outcomeMessage = tr("Cancelled before anything was done.");
        log(m_outcomeMessage);
        return;
    }
    if (m_runner->isRunning()) {
        m_cancelButton->setEnabled(false);
        log(tr("Cancelling: the running step finishes, then what was applied is rolled back…"));
        m_runner->cancel();
    }
}

void RecoveryDialog::abandonSelected(bool confirmed)
{
    const Ops::UnfinishedRun *run = selectedRun();
    if (!run || isRunning() || m_readOnly || run->ownerAlive)
        return;
    if (!confirmed) {
        const auto answer = QMessageBox::question(
            this, tr("Abandon Operation"),
            tr("Mark “%1” as abandoned? Nothing is changed on the cluster: what it applied (%2) stays as it is, and is yours to "
               "check by hand. The journal is kept.")
                .arg(run->title, run->stepsApplied.isEmpty() ? tr("nothing") : run->stepsApplied.join(QStringLiteral(", "))),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return;
    }
    // abandonRun reads the journal again under its lock and writes the end line: on the dialog's pool.
    m_abandoning = true;
    updateActions();
    const QString path = run->journalPath;
    offThread(m_pool, this, [path] {
        QString error;
        const bool ok = Ops::abandonRun(path, &error);
        return ok ? QString() : error;
    }, [this, path](const QString &error) {
        m_abandoning = false;
        log(error.isEmpty() ? tr("Abandoned: %1").arg(QDir::toNativeSeparators(path)) : error);
        reload();
    });
}

void RecoveryDialog::reject()
{
    if (isRunning())
        return; // Cancel first: closing must not leave a run without its window.
    QDialog::reject();
}

Kube::KubeClient *RecoveryDialog::client() const
{
    return m_session ? m_session->kubeClient() : nullptr;
}

QString RecoveryDialog::connectedNamespace() const
{
    return m_session ? m_session->namespaceName() : QString();
}

void RecoveryDialog::showIfUnfinished(Session::FleetSession *session, bool readOnly, QWidget *parent, const QString &journalDirectory,
                                      std::function<void(RecoveryDialog *)> shown)
{
    static bool done = false;    // shown once per process
    static bool reading = false; // a look is on its way
    if (done || reading)
        return;
    reading = true;
    const QString directory = journalDirectory.isEmpty() ? Ops::Journal::defaultDirectory() : journalDirectory;
    // Read off the GUI thread; on a pool of its own (never the global one), deleted with the look.
    auto *pool = new QThreadPool(QCoreApplication::instance());
    pool->setMaxThreadCount(1);
    QPointer<QWidget> guardedParent = parent;
    QPointer<Session::FleetSession> guardedSession = session;
    QObject *context = parent ? static_cast<QObject *>(parent) : static_cast<QObject *>(QCoreApplication::instance());
    QtConcurrent::run(pool, [directory] {
        const QList<Ops::UnfinishedRun> runs = Ops::listUnfinishedRuns(directory);
        return std::any_of(runs.cbegin(), runs.cend(), [](const Ops::UnfinishedRun &r) { return !r.ownerAlive; });
    }).then(context, [=](bool crashed) {
        reading = false;
        pool->deleteLater();
        if (!crashed || (parent && !guardedParent) || (session && !guardedSession))
            return;
        done = true;
        auto *dialog = new RecoveryDialog(guardedSession, readOnly, guardedParent);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        if (!journalDirectory.isEmpty())
            dialog->setJournalDirectory(journalDirectory);
        dialog->open(); // window-modal: see MainWindow's Unfinished Operations action
        if (shown)
            shown(dialog);
    });
}
