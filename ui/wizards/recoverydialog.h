// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ops/recovery.h"
#include "ops/runner.h"

#include <QDialog>
#include <QPointer>

#include <functional>
#include <memory>

namespace Session {
class FleetSession;
}
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
class QThreadPool;
class QTreeWidget;

/**
 * The operations that did not finish (Proofer or the machine stopped while they ran): what, when, how far,
 * and Resume / Roll Back / Abandon / Later. The chosen action rebuilds the plan from the journal
 * (Ops::rebuildPlan) and runs it with Ops::Runner, with live progress and Cancel; nothing blocks the GUI
 * thread: the journals are read (and the chosen one read again before acting, and abandoned) on the dialog's
 * own thread pool, with the list and the actions disabled meanwhile. A run whose process is still alive is shown as running elsewhere and cannot be touched. In auditor
 * mode, and for runs of another namespace than the connected one, the actions are disabled.
 */
class RecoveryDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecoveryDialog)

public:
    /**
     * @p session: the console's session, whose cluster connection and namespace resume and roll back use (may be
     * null, or not connected: then only Abandon works; runs of another namespace cannot be resumed or rolled back
     * from here).
     */
    RecoveryDialog(Session::FleetSession *session, bool readOnly, QWidget *parent = nullptr);
    ~RecoveryDialog() override;

    /** Where the journals are; default Ops::Journal::defaultDirectory(). Reloads the list. */
    void setJournalDirectory(const QString &directory);
    /** Asks for the recovery passphrase with this instead of a dialog (tests). */
    void setPassphraseProvider(std::function<Core::Secret()> provider) { m_passphraseProvider = std::move(provider); }

    /** Re-reads the journals, off the GUI thread; loaded() when done. */
    void reload();
    /** The journals are being read: the list and the actions wait. */
    bool isLoading() const { return m_loading; }
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
     * elsewhere), opens the dialog (non-modal) and passes it to @p shown. The journals are read off the GUI
     * thread: this returns at once, the dialog comes later (never when @p parent was deleted meanwhile).
     */
    static void showIfUnfinished(Session::FleetSession *session, bool readOnly, QWidget *parent,
                                 const QString &journalDirectory = {},
                                 std::function<void(RecoveryDialog *)> shown = {});

signals:
    void runFinished(Ops::Runner::Outcome outcome, const QString &message);
    /** The journals were read (reload()). */
    void loaded();

protected:
    void reject() override;
    void changeEvent(QEvent *event) override;

private:
    const Ops::UnfinishedRun *selectedRun() const;
    void populate();
    void updateActions();
    void start(bool resume);
    void log(const QString &line);
    void retranslate();

    /** The session's cluster connection now (null when there is none). */
    Kube::KubeClient *client() const;
    QString connectedNamespace() const;

    QPointer<Session::FleetSession> m_session;
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

    QThreadPool *m_pool = nullptr; ///< reads and writes the journals, never the GUI thread
    quint64 m_loadGeneration = 0;  ///< a reload's result older than the last one asked is dropped
    bool m_loading = false;
    bool m_abandoning = false;
    QString m_reselect; ///< journal to select again after a reload
    Ops::Runner *m_runner = nullptr;
    std::unique_ptr<Ops::Journal> m_journal;
    std::shared_ptr<Ops::Plan> m_plan;
    bool m_rebuilding = false;
    bool m_hasOutcome = false;
    Ops::Runner::Outcome m_outcome = Ops::Runner::Outcome::Cancelled;
    QString m_outcomeMessage;
};
