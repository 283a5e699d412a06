// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

#include <functional>

class PlanWizard;
class QAction;
class QMenu;
class QWidget;

namespace Session {
class FleetSession;
}

/**
 * The console's Operations menu: renew certificates, rotate passwords, back up, restore, restart a workload, and the
 * runs a crash left unfinished. It opens each operation's wizard (or the recovery dialog) on the session's cluster,
 * with the grade the operation could bring, and asks for a rescan once an operation is over (what it changed is
 * measured, not assumed). Operable exactly when the session has a cluster, a finished discovery with datastores,
 * no scan running, and the console is not in auditor mode.
 */
class OperationsMenu final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OperationsMenu)

public:
    /** @p window parents the menu and the wizards; @p selected names the datastore selected in the fleet table. */
    OperationsMenu(Session::FleetSession *session, QWidget *window, std::function<QString()> selected);

    QMenu *menu() const { return m_menu; }
    /** The operations' actions; null once auditor mode took them away. */
    QAction *renewAction() const { return m_renewAction; }
    QAction *rotateAction() const { return m_rotateAction; }
    QAction *restartAction() const { return m_restartAction; }

    /**
     * Auditor mode, for good: the actions that change the cluster (renew, rotate, back up, restore, restart) are
     * deleted with their shortcuts; what stays only reads (the unfinished runs, listed without Resume or Roll back).
     */
    void lockReadOnly();
    bool isReadOnly() const { return m_readOnly; }
    /** Enables what can run now (after a session state, a selection or auditor mode changed). */
    void updateActions();
    void retranslateUi();

    /** Opens the certificate renewal wizard on @p datastores (empty: the selected one). */
    void renewCertificates(const QStringList &datastores = {});
    /** Opens the password rotation wizard on @p datastores (empty: the selected one). */
    void rotatePasswords(const QStringList &datastores = {});
    /** `kubectl rollout restart` of the selected datastore's workload, through the session. */
    void restartSelectedWorkload();

signals:
    /** An operation or a restart ended: its effect is measured by a new scan. */
    void rescanRequested();
    /** A short message for the status bar. */
    void message(const QString &text);

private:
    void openWizard(PlanWizard *wizard);
    /** The grade now and after the operation fixed its findings (rules starting with @p rulePrefixes). */
    QString projectionFor(const QStringList &rulePrefixes, const QStringList &datastores) const;
    QStringList chosen(const QStringList &datastores) const;

    Session::FleetSession *m_session;
    QWidget *m_window;
    std::function<QString()> m_selected;
    bool m_readOnly = false;
    QMenu *m_menu = nullptr;
    QAction *m_renewAction = nullptr;
    QAction *m_rotateAction = nullptr;
    QAction *m_backupAction = nullptr;
    QAction *m_restoreAction = nullptr;
    QAction *m_restartAction = nullptr;
    QAction *m_separator = nullptr;
    QAction *m_unfinishedAction = nullptr;
    QAction *m_historyAction = nullptr;
};
