// SPDX-License-Identifier: GPL-3.0-or-later
#include "policycontroller.h"

#include "acceptriskdialog.h"
#include "session/fleetsession.h"
#include "session/policyfile.h"

#include <QFileInfo>
#include <QWidget>

PolicyController::PolicyController(Session::FleetSession *session, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_window(window)
{
    m_pool.setMaxThreadCount(1); // one file operation at a time, in the order asked
}

PolicyController::~PolicyController()
{
    m_pool.waitForDone(); // a write in flight ends before its continuation's context goes
}

void PolicyController::load()
{
    Session::PolicyFile::find(&m_pool).then(this, [this](const Session::PolicyRead &read) {
        m_loaded = true;
        if (read.policy) {
            m_session->setPolicy(*read.policy);
            m_session->regrade(); // a scan graded before the file was read is graded again
        } else {
            // The built-in policy grades meanwhile (the grade panel names it).
            emit failed(tr("The policy file is not used, the built-in policy grades instead: %1").arg(read.error));
        }
        emit loaded();
    });
}

void PolicyController::acceptRisk(const Audit::Finding &finding)
{
    if (m_readOnly || m_dialog)
        return;
    m_dialog = new AcceptRiskDialog(finding, Session::PolicyFile::defaultPath(m_session->policy()), m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &AcceptRiskDialog::acceptRequested, this, &PolicyController::write);
    m_dialog->open();
}

void PolicyController::write(const Audit::AcceptedRisk &risk, const QString &path)
{
    if (m_readOnly)
        return;
    const QString absolute = QFileInfo(path).absoluteFilePath();
    Session::PolicyFile::appendAcceptance(absolute, risk, &m_pool)
        .then(this, [this, risk, absolute](const Session::PolicyRead &read) {
            if (!read.policy) {
                if (m_dialog)
                    m_dialog->showError(read.error);
                else
                    emit failed(read.error);
                return;
            }
            // From now on the file written grades the console: the acceptance counts at once.
            Audit::Policy policy = *read.policy;
            const Audit::Policy &before = m_session->policy();
            policy.foundBy = before.path == absolute ? before.foundBy : QString();
            m_session->setPolicy(policy);
            m_session->regrade();
            if (m_dialog)
                m_dialog->accept();
            emit message(tr("%1 accepted on %2 until %3, written to %4")
                             .arg(risk.rule, risk.datastore, risk.expires.toString(Qt::ISODate), absolute));
        });
}
