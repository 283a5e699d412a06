// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionstatus.h"

#include "session/fleetsession.h"

#include <QFont>
#include <QLabel>
#include <QPalette>
#include <QMainWindow>
#include <QStatusBar>

SessionStatus::SessionStatus(const Session::FleetSession *session, QMainWindow *window)
    : QObject(window)
    , m_session(session)
    , m_window(window)
    , m_connectionLabel(new QLabel(window))
    , m_liveLabel(new QLabel(window))
    , m_downLabel(new QLabel(window))
{
    using Session::FleetSession;
    m_connectionLabel->setObjectName(QStringLiteral("connectionStatusLabel"));
    m_liveLabel->setObjectName(QStringLiteral("liveStatusLabel"));
    m_liveLabel->setVisible(false);
    window->statusBar()->addPermanentWidget(m_connectionLabel);
    window->statusBar()->addPermanentWidget(m_liveLabel);
    m_downLabel->setObjectName(QStringLiteral("datastoresDownLabel"));
    m_downLabel->setVisible(false);
    QPalette red = m_downLabel->palette();
    red.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    m_downLabel->setPalette(red);
    QFont bold = m_downLabel->font();
    bold.setBold(true);
    m_downLabel->setFont(bold);
    window->statusBar()->insertPermanentWidget(0, m_downLabel);

    // Down: not reached by the probe, or a pod that is failing (the live view updates the pods as they change).
    connect(session, &FleetSession::datastoreScanned, this, [this](const Fleet::DatastoreReport &report) {
        bool failing = report.unreachable();
        if (report.k8s && !report.k8s->pods.isEmpty()) {
            bool anyReady = false;
            for (const Fleet::PodFacts &pod : report.k8s->pods) {
                anyReady = anyReady || pod.ready;
                failing = failing || !pod.waitingReason.isEmpty();
            }
            failing = failing || !anyReady;
        }
        if (failing == m_down.contains(report.name))
            return;
        if (failing)
            m_down.insert(report.name);
        else
            m_down.remove(report.name);
        updateDown();
    });
    connect(session, &FleetSession::inventoryLoaded, this, [this](const QList<Fleet::Datastore> &stores) {
        QSet<QString> present;
        for (const Fleet::Datastore &store : stores)
            present.insert(store.name);
        m_down.intersect(present);
        updateDown();
    });

    connect(session, &FleetSession::stateChanged, this, [this](FleetSession::State, const QString &message) {
        m_message = message;
        updateConnection();
    });
    connect(session, &FleetSession::liveStateChanged, this, &SessionStatus::updateLive);
    connect(session, &FleetSession::datastoreReprobing, this, [this](const QString &name, const QString &reason) {
        m_window->statusBar()->showMessage(tr("Probing %1 again: %2").arg(name, reason));
    });
    // The live view: a database workload created or deleted after the scan adds or removes just its row.
    connect(session, &FleetSession::datastoresAppeared, this, [this](const QList<Fleet::Datastore> &stores) {
        QStringList names;
        for (const Fleet::Datastore &store : stores)
            names << store.name;
        m_window->statusBar()->showMessage(tr("New in the cluster, probing: %1").arg(names.join(QStringLiteral(", "))));
    });
    connect(session, &FleetSession::datastoresRemoved, this, [this](const QStringList &names) {
        for (const QString &name : names)
            m_down.remove(name);
        updateDown();
        m_window->statusBar()->showMessage(tr("No longer in the cluster: %1").arg(names.join(QStringLiteral(", "))));
    });
}

void SessionStatus::retranslateUi()
{
    updateConnection();
    updateLive();
    updateDown();
}

QStringList SessionStatus::downDatastores() const
{
    QStringList names(m_down.cbegin(), m_down.cend());
    names.sort();
    return names;
}

void SessionStatus::updateDown()
{
    const QStringList names = downDatastores();
    m_downLabel->setVisible(!names.isEmpty());
    m_downLabel->setText(tr("✖ %n datastore(s) down", nullptr, int(names.size())));
    m_downLabel->setToolTip(names.join(u'\n'));
    updateConnection(); // the window title says it too
}

void SessionStatus::addConnectionNotes(const QStringList &lines)
{
    if (!lines.isEmpty())
        m_connectionLabel->setToolTip(m_connectionLabel->toolTip() + u'\n' + lines.join(u'\n'));
}

void SessionStatus::updateConnection()
{
    using Session::FleetSession;
    QString text;
    QString toolTip;
    switch (m_session->state()) {
    case FleetSession::State::NotConnected:
        text = tr("Not connected");
        break;
    case FleetSession::State::Connecting:
        text = tr("Connecting to %1…").arg(m_session->contextName());
        toolTip = m_session->serverUrl();
        break;
    case FleetSession::State::Discovering:
    case FleetSession::State::Scanning:
    case FleetSession::State::Ready:
        if (!m_session->contextName().isEmpty()) {
            text = tr("Connected: %1 · %2").arg(m_session->contextName(), m_session->namespaceName());
            toolTip = m_session->serverUrl();
        } else {
            text = tr("Targets file");
            toolTip = m_session->snapshot().targetsFile;
        }
        break;
    case FleetSession::State::Failed:
        // "Cannot reach" only when the cluster answered nothing: a request that failed while others were answered
        // is that request's failure (the message names it).
        if (m_session->contextName().isEmpty())
            text = tr("Scan failed");
        else if (m_session->isClusterReachable())
            text = tr("⚠ %1 · %2: the namespace could not be read").arg(m_session->contextName(), m_session->namespaceName());
        else
            text = tr("Cannot reach %1").arg(m_session->contextName());
        toolTip = m_message;
        break;
    }
    m_connectionLabel->setText(text);
    m_connectionLabel->setToolTip(toolTip);
    QString title = m_session->contextName().isEmpty()
        ? tr("Proofer")
        : tr("%1 (%2) — Proofer").arg(m_session->namespaceName(), m_session->contextName());
    if (!m_down.isEmpty())
        title = tr("%n datastore(s) down", nullptr, int(m_down.size())) + QStringLiteral(" · ") + title;
    m_window->setWindowTitle(title);
}

void SessionStatus::updateLive()
{
    using Session::FleetSession;
    switch (m_session->liveState()) {
    case FleetSession::LiveState::Off:
        m_liveLabel->setVisible(false);
        m_liveLabel->clear();
        return;
    case FleetSession::LiveState::Live:
        // A glyph and a word, never colour alone.
        m_liveLabel->setText(tr("● Live"));
        m_liveLabel->setToolTip(
            tr("Watching the pods, volumes, secrets and workloads of %1: rows change as the cluster does, "
               "without a rescan")
                .arg(m_session->namespaceName()));
        break;
    case FleetSession::LiveState::Reconnecting:
        m_liveLabel->setText(tr("◌ Reconnecting…"));
        m_liveLabel->setToolTip(tr("A watch of the cluster dropped and is coming back: %1").arg(m_session->liveDetail()));
        break;
    case FleetSession::LiveState::Partial: {
        // Some watches were refused (RBAC): say what is followed and what is not, never a plain "Live".
        QStringList refused;
        for (const FleetSession::NotWatched &item : m_session->notWatched())
            refused << tr("%1 not watched: %2").arg(item.what, item.reason);
        const QStringList watched = m_session->watchedResources();
        const QString separator = QStringLiteral(", ");
        if (watched.isEmpty()) {
            m_liveLabel->setText(tr("⚠ Not live (%1)").arg(refused.join(QStringLiteral("; "))));
            m_liveLabel->setToolTip(tr("Rows show the cluster as of the last scan: no watch of %1 was allowed.\n%2")
                                        .arg(m_session->namespaceName(), m_session->liveDetail()));
        } else {
            m_liveLabel->setText(
                tr("◐ Live (%1; %2)").arg(watched.join(separator), refused.join(QStringLiteral("; "))));
            m_liveLabel->setToolTip(tr("Rows follow the %1 of %2 without a rescan; what is not watched shows as of "
                                       "the last scan.\n%3")
                                        .arg(watched.join(separator), m_session->namespaceName(),
                                             m_session->liveDetail()));
        }
        break;
    }
    }
    m_liveLabel->setVisible(true);
}
