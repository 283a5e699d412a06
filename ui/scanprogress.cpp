// SPDX-License-Identifier: GPL-3.0-or-later
#include "scanprogress.h"

#include "session/fleetsession.h"

#include <QAction>
#include <QMainWindow>
#include <QProgressBar>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>

ScanProgress::ScanProgress(Session::FleetSession *session, QAction *cancelAction, QMainWindow *window)
    : QObject(window)
    , m_session(session)
    , m_cancelAction(cancelAction)
    , m_window(window)
{
    using Session::FleetSession;
    m_progressBar = new QProgressBar(window);
    m_progressBar->setObjectName(QStringLiteral("scanProgressBar"));
    m_progressBar->setMaximumWidth(220);
    m_progressBar->setTextVisible(true);
    m_progressBar->setVisible(false);
    m_cancelButton = new QToolButton(window);
    m_cancelButton->setObjectName(QStringLiteral("cancelScanToolButton"));
    m_cancelButton->setDefaultAction(cancelAction);
    m_cancelButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_cancelButton->setAutoRaise(true);
    m_cancelButton->setVisible(false);
    window->statusBar()->addPermanentWidget(m_progressBar);
    window->statusBar()->addPermanentWidget(m_cancelButton);

    connect(session, &FleetSession::scanStarted, this, [this](const QList<std::pair<QString, Fleet::Kind>> &stores) {
        m_progressBar->setRange(0, qMax(int(stores.size()), 1));
        m_progressBar->setValue(0);
        retranslateUi();
    });
    connect(session, &FleetSession::progress, this, [this](int done, int total) {
        m_progressBar->setRange(0, qMax(total, 1));
        m_progressBar->setValue(done);
    });

    // An exec-plugin login that takes a while shows itself and can be cancelled.
    m_signInTimer = new QTimer(this);
    m_signInTimer->setObjectName(QStringLiteral("signInTimer"));
    m_signInTimer->setSingleShot(true);
    m_signInTimer->setInterval(300);
    connect(session, &FleetSession::signingIn, this, [this](const QString &cluster, const QString &command) {
        m_signInMessage = tr("Signing in to %1 with %2…").arg(cluster, command);
        m_signInTimer->start();
    });
    connect(m_signInTimer, &QTimer::timeout, this, [this] {
        if (!m_session->isSigningIn())
            return;
        m_window->statusBar()->showMessage(m_signInMessage);
        // A token refresh during a scan leaves the scan's progress and its Cancel alone.
        if (m_session->state() == Session::FleetSession::State::Scanning)
            return;
        m_signInTookOver = true;
        m_progressBar->setRange(0, 0); // busy: a login has no steps to count
        m_progressBar->setVisible(true);
        m_cancelAction->setEnabled(true);
        m_cancelAction->setText(tr("&Cancel Sign-in"));
        m_cancelButton->setVisible(true);
        emit signingInShown(m_signInMessage);
    });
    connect(session, &FleetSession::signInFinished, this, [this] {
        m_signInTimer->stop();
        if (!m_signInTookOver)
            return;
        m_signInTookOver = false;
        m_cancelAction->setText(tr("&Cancel Scan"));
        m_progressBar->setRange(0, 1);
        emit signInOver();
    });
}

void ScanProgress::setBusy(bool busy)
{
    m_progressBar->setVisible(busy);
    m_cancelButton->setVisible(busy);
}

void ScanProgress::retranslateUi()
{
    m_progressBar->setFormat(tr("%v of %m"));
}
