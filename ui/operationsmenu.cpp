// SPDX-License-Identifier: GPL-3.0-or-later
#include "operationsmenu.h"

#include "audit/grader.h"
#include "operationshistorydialog.h"
#include "session/fleetsession.h"
#include "wizards/backupwizard.h"
#include "wizards/certrenewalwizard.h"
#include "wizards/passwordrotationwizard.h"
#include "wizards/recoverydialog.h"
#include "wizards/restorewizard.h"

#include <QAction>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QWidget>

#include <algorithm>

OperationsMenu::OperationsMenu(Session::FleetSession *session, QWidget *window, std::function<QString()> selected)
    : QObject(window)
    , m_session(session)
    , m_window(window)
    , m_selected(std::move(selected))
    , m_menu(new QMenu(window))
{
    using Session::FleetSession;
    m_menu->setObjectName(QStringLiteral("operationsMenu"));

    m_renewAction = m_menu->addAction(QString());
    m_renewAction->setObjectName(QStringLiteral("renewCertificatesAction"));
    m_renewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    connect(m_renewAction, &QAction::triggered, this, [this] { renewCertificates(); });
    m_rotateAction = m_menu->addAction(QString());
    m_rotateAction->setObjectName(QStringLiteral("rotatePasswordsAction"));
    m_rotateAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    connect(m_rotateAction, &QAction::triggered, this, [this] { rotatePasswords(); });
    m_backupAction = m_menu->addAction(QString());
    m_backupAction->setObjectName(QStringLiteral("backupDatabasesAction"));
    connect(m_backupAction, &QAction::triggered, this, [this] {
        const QString selected = m_selected();
        openWizard(new BackupWizard(m_session->kubeClient(), m_session->inventory(),
                                    selected.isEmpty() ? QStringList() : QStringList { selected }, m_window));
    });
    m_restoreAction = m_menu->addAction(QString());
    m_restoreAction->setObjectName(QStringLiteral("restoreBackupAction"));
    connect(m_restoreAction, &QAction::triggered, this, [this] {
        openWizard(new RestoreWizard(m_session->kubeClient(), m_session->inventory(), m_selected(), m_window));
    });
    m_separator = m_menu->addSeparator();
    m_restartAction = m_menu->addAction(QString());
    m_restartAction->setObjectName(QStringLiteral("restartWorkloadAction"));
    connect(m_restartAction, &QAction::triggered, this, &OperationsMenu::restartSelectedWorkload);
    // Runs that did not finish (a crash): listed at start once the cluster is read, and from this menu.
    m_unfinishedAction = m_menu->addAction(QString());
    m_unfinishedAction->setObjectName(QStringLiteral("unfinishedOperationsAction"));
    connect(m_unfinishedAction, &QAction::triggered, this, [this] {
        auto *dialog = new RecoveryDialog(m_session, m_readOnly, m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        // Window-modal: a resume or rollback uses the session's cluster connection, which a reconnect or a
        // namespace switch would take away mid-run.
        dialog->open();
    });
    // What was done: every journal, with its outcome, exportable for an audit (reads only: stays in auditor mode).
    m_historyAction = m_menu->addAction(QString());
    m_historyAction->setObjectName(QStringLiteral("operationsHistoryAction"));
    connect(m_historyAction, &QAction::triggered, this, [this] {
        auto *dialog = new OperationsHistoryDialog(QString(), m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    connect(m_session, &FleetSession::inventoryLoaded, this, [this] {
        RecoveryDialog::showIfUnfinished(m_session, m_readOnly, m_window);
    });

    connect(m_session, &FleetSession::workloadRestarting, this, [this](const QString &, const QString &workload) {
        emit message(tr("Restarting %1…").arg(workload));
    });
    connect(m_session, &FleetSession::workloadRestarted, this, [this](const QString &name, const QString &error) {
        emit message(error.isEmpty() ? tr("%1 restarted").arg(name) : tr("Restart of %1 failed: %2").arg(name, error));
        emit rescanRequested(); // what the restart changed is measured, not assumed
    });
    retranslateUi();
}

void OperationsMenu::retranslateUi()
{
    m_menu->setTitle(tr("&Operations"));
    m_unfinishedAction->setText(tr("&Unfinished Operations…"));
    m_historyAction->setText(tr("Operations &History…"));
    m_historyAction->setToolTip(tr("The operations run from this computer, from their journals: export them for an audit"));
    if (m_readOnly)
        return;
    m_renewAction->setText(tr("&Renew Certificates…"));
    m_renewAction->setToolTip(tr("Issue new server certificates, patch the TLS Secrets, restart and verify"));
    m_rotateAction->setText(tr("Rotate &Passwords…"));
    m_rotateAction->setToolTip(tr("New 32-character passwords: server, Secret, dependent services, verified login"));
    m_backupAction->setText(tr("&Back Up Databases…"));
    m_backupAction->setToolTip(tr("pg_dump | gzip | gpg of the chosen databases, verified and recorded for the audit"));
    m_restoreAction->setText(tr("Res&tore Backup…"));
    m_restoreAction->setToolTip(tr("Decrypt, check and restore a backup into a scratch database, compare, then swap"));
    m_restartAction->setText(tr("Re&start Workload"));
    m_restartAction->setToolTip(tr("Rollout restart of the selected datastore's Deployment or StatefulSet, as kubectl "
                                   "rollout restart does; a crashed pod comes back"));
}

void OperationsMenu::lockReadOnly()
{
    if (m_readOnly)
        return;
    m_readOnly = true;
    // Absent, not greyed: a greyed action is one state change away from writing, and its shortcut with it.
    for (QAction **action : { &m_renewAction, &m_rotateAction, &m_backupAction, &m_restoreAction, &m_restartAction,
                              &m_separator }) {
        delete *action;
        *action = nullptr;
    }
    updateActions();
}

void OperationsMenu::updateActions()
{
    // Operations need a cluster (they patch Secrets and restart workloads) and the inventory of a finished discovery.
    const bool operable = !m_readOnly && !m_session->isBusy() && m_session->kubeClient()
        && !m_session->inventory().datastores.isEmpty();
    if (m_readOnly)
        return; // nothing left that could be enabled
    for (QAction *action : { m_renewAction, m_rotateAction, m_backupAction, m_restoreAction })
        action->setEnabled(operable);
    m_restartAction->setEnabled(operable && !m_selected().isEmpty());
}

QStringList OperationsMenu::chosen(const QStringList &datastores) const
{
    if (!datastores.isEmpty())
        return datastores;
    const QString selected = m_selected();
    return selected.isEmpty() ? QStringList() : QStringList { selected };
}

void OperationsMenu::renewCertificates(const QStringList &datastores)
{
    if (!m_renewAction || !m_renewAction->isEnabled())
        return;
    const QStringList names = chosen(datastores);
    auto *wizard = new CertRenewalWizard(m_session->kubeClient(), m_session->inventory(), names, m_window);
    wizard->setProjection(projectionFor({ QStringLiteral("CERT-") }, names));
    openWizard(wizard);
}

void OperationsMenu::rotatePasswords(const QStringList &datastores)
{
    if (!m_rotateAction || !m_rotateAction->isEnabled())
        return;
    const QStringList names = chosen(datastores);
    auto *wizard = new PasswordRotationWizard(m_session->kubeClient(), m_session->inventory(), names, m_window);
    wizard->setProjection(projectionFor({ QStringLiteral("SECRET-") }, names));
    openWizard(wizard);
}

void OperationsMenu::restartSelectedWorkload()
{
    if (!m_restartAction || !m_restartAction->isEnabled())
        return;
    const QString name = m_selected();
    const QList<Fleet::Datastore> &stores = m_session->inventory().datastores;
    const auto store = std::find_if(stores.cbegin(), stores.cend(),
                                    [&name](const Fleet::Datastore &d) { return d.name == name; });
    if (store == stores.cend() || store->workloadName.isEmpty()) {
        emit message(tr("%1 has no workload to restart").arg(name));
        return;
    }
    // Say what will restart before it does: the pods, every datastore the workload serves, the downtime.
    QStringList pods;
    for (const Fleet::PodFacts &pod : store->pods)
        pods << pod.name;
    QStringList affected;
    for (const Fleet::Datastore &other : stores) {
        if (other.workloadKind == store->workloadKind && other.workloadName == store->workloadName)
            affected << other.name;
    }
    auto *confirm = new QMessageBox(QMessageBox::Question, tr("Restart Workload"),
                                    tr("Restart %1/%2?").arg(store->workloadKind, store->workloadName), QMessageBox::Cancel,
                                    m_window);
    confirm->setObjectName(QStringLiteral("restartConfirmMessageBox"));
    confirm->setAttribute(Qt::WA_DeleteOnClose);
    confirm->setInformativeText(
        tr("Pods replaced: %1\nDatastores unavailable meanwhile: %2\nExpected downtime: until the new pod is ready — "
           "usually under a minute; clients reconnect.")
            .arg(pods.isEmpty() ? tr("none running") : pods.join(QStringLiteral(", ")),
                 affected.join(QStringLiteral(", "))));
    QPushButton *restart = confirm->addButton(tr("Restart"), QMessageBox::AcceptRole);
    confirm->setDefaultButton(QMessageBox::Cancel);
    connect(confirm, &QMessageBox::finished, this, [this, confirm, restart, name] {
        if (confirm->clickedButton() == restart && !m_readOnly)
            m_session->restartWorkload(name);
    });
    confirm->open();
}

void OperationsMenu::openWizard(PlanWizard *wizard)
{
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setReadOnly(m_readOnly);
    // What the operation changed is measured, not assumed: scan again once it is over.
    connect(wizard, &PlanWizard::operationFinished, this, &OperationsMenu::rescanRequested);
    wizard->open();
}

QString OperationsMenu::projectionFor(const QStringList &rulePrefixes, const QStringList &datastores) const
{
    const auto audit = m_session->audit();
    if (!audit || !audit->grade.fleet.score)
        return {};
    int fixed = 0;
    const Audit::Grade &now = audit->grade.fleet;
    const Audit::Grade after = Audit::Grader(audit->assessments).whatIfFixed(rulePrefixes, datastores, &fixed).fleet;
    return tr("Grade now %1 (%2); if this operation fixes its %n finding(s): %3 (%4) — a projection, measured "
              "again by the rescan that follows.", nullptr, fixed)
        .arg(now.letter, QLocale().toString(*now.score, 'f', 1), after.letter,
             after.score ? QLocale().toString(*after.score, 'f', 1) : QStringLiteral("–"));
}
