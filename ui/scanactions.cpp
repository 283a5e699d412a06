// SPDX-License-Identifier: GPL-3.0-or-later
#include "scanactions.h"

#include "session/fleetsession.h"

#include <QAction>
#include <QCoreApplication>
#include <QIcon>
#include <QStyle>
#include <QWidget>

ScanActions::ScanActions(Session::FleetSession *session, QWidget *window)
    : QObject(window)
    , m_session(session)
{
    QStyle *style = window->style();

    m_rescanAction = new QAction(window);
    m_rescanAction->setObjectName(QStringLiteral("rescanAction"));
    m_rescanAction->setShortcut(QKeySequence::Refresh);
    m_rescanAction->setIcon(
        QIcon::fromTheme(QStringLiteral("view-refresh"), style->standardIcon(QStyle::SP_BrowserReload)));
    connect(m_rescanAction, &QAction::triggered, this, [this] { emit rescanRequested(false); });

    // The observation cache stands for what a fingerprint says is unchanged; an auditor may want it all seen again.
    m_thoroughAction = new QAction(window);
    m_thoroughAction->setObjectName(QStringLiteral("rescanThoroughlyAction"));
    m_thoroughAction->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F5));
    connect(m_thoroughAction, &QAction::triggered, this, [this] { emit rescanRequested(true); });

    m_cancelAction = new QAction(window);
    m_cancelAction->setObjectName(QStringLiteral("cancelScanAction"));
    m_cancelAction->setIcon(
        QIcon::fromTheme(QStringLiteral("process-stop"), style->standardIcon(QStyle::SP_BrowserStop)));
    connect(m_cancelAction, &QAction::triggered, m_session, &Session::FleetSession::cancel);

    retranslateUi();
}

void ScanActions::retranslateUi()
{
    // Rescan and Cancel Scan keep the context they were translated in (the window's) when they moved here.
    m_rescanAction->setText(QCoreApplication::translate("MainWindow", "&Rescan"));
    m_rescanAction->setToolTip(QCoreApplication::translate("MainWindow", "Probe every datastore again (%1)")
                                   .arg(m_rescanAction->shortcut().toString(QKeySequence::NativeText)));
    m_thoroughAction->setText(tr("Rescan &Thoroughly"));
    m_thoroughAction->setToolTip(
        tr("Probe every datastore again and make every observation anew, reusing none whose fingerprint is unchanged "
           "(%1)")
            .arg(m_thoroughAction->shortcut().toString(QKeySequence::NativeText)));
    m_cancelAction->setText(QCoreApplication::translate("MainWindow", "&Cancel Scan"));
}

void ScanActions::updateActions()
{
    const bool busy = m_session->isBusy();
    m_rescanAction->setEnabled(!busy && m_session->hasTarget());
    m_thoroughAction->setEnabled(m_rescanAction->isEnabled());
    m_cancelAction->setEnabled(busy);
}
