// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QSet>

class QLabel;
class QMainWindow;

namespace Session {
class FleetSession;
}

/**
 * What the status bar and the window title say about the session: the connection ("Connected: ctx · ns",
 * "Cannot reach ctx" with the reason when the API server answered nothing, "⚠ ctx · ns: the namespace could not be
 * read" when it answered but a read failed), the live view ("● Live", "◌ Reconnecting…", "◐ Live (…; Secrets not
 * watched: forbidden)"), and a transient message when the live view probes a datastore again or sees one come or go.
 * An outage is unmissable: "✖ 1 datastore down" in the status bar and at the head of the window title while a
 * datastore cannot be reached or its pod is failing (CrashLoopBackOff, not ready), naming them in the tooltip.
 * Never colour alone: each state has a glyph and words.
 */
class SessionStatus final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionStatus)

public:
    /** Adds its labels to @p window's status bar. */
    SessionStatus(const Session::FleetSession *session, QMainWindow *window);

    /** Appends @p lines (one a line) to the connection label's tooltip until the next state change. */
    void addConnectionNotes(const QStringList &lines);
    void retranslateUi();

    /** The datastores down now (unreachable, or a pod failing), by name. */
    QStringList downDatastores() const;

private:
    void updateConnection();
    void updateLive();
    void updateDown();

    const Session::FleetSession *m_session;
    QMainWindow *m_window;
    QLabel *m_connectionLabel = nullptr;
    QLabel *m_liveLabel = nullptr;
    QLabel *m_downLabel = nullptr;
    QSet<QString> m_down;
    QString m_message; ///< the session's last state message (a failure's reason)
};
