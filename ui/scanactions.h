// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAction;
class QWidget;

namespace Session {
class FleetSession;
}

/**
 * The scan's actions (the File menu and the toolbar): Rescan (F5), Rescan Thoroughly (Shift+F5: every observation made
 * again, reusing nothing from the observation cache, as `proofer scan --thorough`) and Cancel Scan. Each only asks
 * (rescanRequested(), the session's cancel()); the window decides what a rescan is when nothing is connected yet.
 */
class ScanActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScanActions)

public:
    ScanActions(Session::FleetSession *session, QWidget *window);

    QAction *rescanAction() const { return m_rescanAction; }
    QAction *thoroughAction() const { return m_thoroughAction; }
    QAction *cancelAction() const { return m_cancelAction; }

    /** Enables what can run now: a rescan when idle with something to scan, Cancel while busy. */
    void updateActions();
    void retranslateUi();

signals:
    /** Rescan (@p thorough: reusing no observation). */
    void rescanRequested(bool thorough);

private:
    Session::FleetSession *m_session;
    QAction *m_rescanAction = nullptr;
    QAction *m_thoroughAction = nullptr;
    QAction *m_cancelAction = nullptr;
};
