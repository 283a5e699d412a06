// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "acceptriskdialog.h"
#include "audit/finding.h"

#include <QObject>
#include <QPointer>
#include <QThreadPool>

class QWidget;

namespace Session {
class FleetSession;
}

/**
 * The console's policy (docs/policy.md): read at start as `proofer scan` finds it, and an acceptance added from a
 * finding (AcceptRiskDialog) — the file read, edited, saved and read back on a worker, never on the GUI thread; then
 * the session grades again with it. In auditor mode no acceptance can be added.
 */
class PolicyController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PolicyController)

public:
    /** @p window parents the dialog. */
    PolicyController(Session::FleetSession *session, QWidget *window);
    ~PolicyController() override;

    /** Finds and reads the policy in use off the GUI thread; the session grades with it (again, if it already did). */
    void load();
    /** The policy read by load() is in the session (or load() failed and said so). */
    bool isLoaded() const { return m_loaded; }
    /** Opens "Accept Risk…" for @p finding; nothing in auditor mode. */
    void acceptRisk(const Audit::Finding &finding);
    void lockReadOnly() { m_readOnly = true; }
    /** The dialog open now, if any (tests). */
    AcceptRiskDialog *dialog() const { return m_dialog; }

signals:
    /** A policy file could not be used or written (for the error banner). */
    void failed(const QString &message);
    /** For the status bar. */
    void message(const QString &text);
    /** load() ended. */
    void loaded();

private:
    void write(const Audit::AcceptedRisk &risk, const QString &path);

    Session::FleetSession *m_session;
    QWidget *m_window;
    QPointer<AcceptRiskDialog> m_dialog;
    QThreadPool m_pool; ///< file reads and writes: never the global pool
    bool m_readOnly = false;
    bool m_loaded = false;
};
