// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAction;
class QMainWindow;
class QProgressBar;
class QTimer;
class QToolButton;

namespace Session {
class FleetSession;
}

/**
 * The status bar's progress: "3 of 15" while a scan runs, with Cancel beside it; a busy bar and "Cancel Sign-in"
 * when an exec-plugin login takes a while (a browser, a hardware key…) outside a scan. @p cancelAction is the
 * window's Cancel Scan; this class renames it while a sign-in holds the bar.
 */
class ScanProgress final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScanProgress)

public:
    ScanProgress(Session::FleetSession *session, QAction *cancelAction, QMainWindow *window);

    /** Shows the bar and Cancel while the session is busy (after a state change). */
    void setBusy(bool busy);
    void retranslateUi();

signals:
    /** A sign-in took long enough to say so: "Signing in to cluster with command…". */
    void signingInShown(const QString &message);
    /** The sign-in that held the bar is over: the window updates its actions. */
    void signInOver();

private:
    Session::FleetSession *m_session;
    QAction *m_cancelAction;
    QMainWindow *m_window;
    QProgressBar *m_progressBar = nullptr;
    QToolButton *m_cancelButton = nullptr;
    QTimer *m_signInTimer = nullptr;
    QString m_signInMessage;
    bool m_signInTookOver = false;
};
