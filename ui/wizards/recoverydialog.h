// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ops/recovery.h"
#include "ops/runner.h"

#include <QDialog>
#include <QPointer>

#include <functional>
#include <memory>

namespace Kube {
class KubeClient;
}
namespace Ops {
class Journal;
}

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTreeWidget;

/**
 * The operations that did not finish (Proofer or the machine stopped while they ran): what, when, how far,
 * and Resume / Roll Back / Abandon / Later. The chosen action rebuilds the plan from the journal
 * (Ops::rebuildPlan) and runs it with Ops::Runner, with live progress and Cancel; nothing blocks the GUI
 * thread. A run whose process is still alive is shown as running elsewhere and cannot be touched. In auditor
 * mode, and for runs of another namespace than the connected one, the actions are disabled.
 */
class RecoveryDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecoveryDialog)

public:
    /**
     * @p client: the connected cluster (may be null: then only Abandon works); @p namespaceName: the connected
     * namespace (runs of another one cannot be resumed or rolled back from here).
     */
    RecoveryDialog(Kube::KubeClient *client, const QString &namespaceName, bool readOnly, QWidget *parent = nullptr);
    ~RecoveryDialog() override;

    /** Where the journals are; default Ops::Journal::defaultDirectory(). Reloads the list. */
    void setJournalDirectory(const QString &directory);
    /** Asks for the recovery passphrase with this instead of a dialog (tests). */
    void setPassphraseProvider(std::function<Core::Secret()> provider) { m_passphraseProvider = std::move(provider); }

    /** Re-reads the journals. */
    void reload();
    int runCount() const { return int(m_runs.size()); }
    /** Selects row @p row (tests). */
    void select(int row);
    bool isRunning() const;
    bool hasOutcome() const { return m_hasOutcome; }
    Ops::Runner::Outcome outcome() const { return m_outcome; }
    QString outcomeMessage() const { return m_outcomeMessage; }

    void resumeSelected();
    void rollbackSelected();
    /** Asks for confirmation (unless @p confirmed), then marks the selected run abandoned. */
    void abandonSelected(bool confirmed = false);
    void cancelRun();

    /**
     * At console start: once per process, when @p journalDirectory holds runs that crashed (not running
     * elsewhere), opens the dialog (non-modal) and returns it; else null.
     */
    static RecoveryDialog *showIfUnfinished(Kube::KubeClient *client, const QString &namespaceName, bool readOnly,
                                            QWidget *parent, const QString &journalDirectory = {});

signals:
    void runFinished(Ops::Runner::Outcome outcome, const QString &message);

protected:
    void reject() override;
    void changeEvent(QEvent *event) override;

private:
    const Ops::UnfinishedRun *selectedRun() const;
    void updateActions();
    void start(bool resume);
    void log(const QString &line);
    void retranslate();

    QPointer<Kube::KubeClient> m_client;
    QString m_namespace;
    bool m_readOnly = false;
    QString m_directory;
    QList<Ops::UnfinishedRun> m_runs;
    std::function<Core::Secret()> m_passphraseProvider;

    QLabel *m_intro = nullptr;
    QTreeWidget *m_list = nullptr;
    QLabel *m_details = nullptr;
    QProgressBar *m_progress = nullptr;
    QPlainTextEdit *m_log = nullptr;
    QPushButton *m_resumeButton = nullptr;
    QPushButton *m_rollbackButton = nullptr;
    QPushButton *m_abandonButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_laterButton = nullptr;

    Ops::Runner *m_runner = nullptr;
    std::unique_ptr<Ops::Journal> m_journal;
    std::shared_ptr<Ops::Plan> m_plan;
    bool m_rebuilding = false;
    bool m_hasOutcome = false;
    Ops::Runner::Outcome m_outcome = Ops::Runner::Outcome::Cancelled;
    QString m_outcomeMessage;
};
