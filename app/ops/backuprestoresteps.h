// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The restore plan's steps, shared by backuprestore.cpp (decrypt, check, the plan), backuprestorescratch.cpp
// and backuprestoreswap.cpp. Internal to app/ops: nothing outside includes it.

#include "ops/backuprestore.h"

#include <QFileInfo>
#include <QJsonObject>
#include <QStringList>

#include <memory>

namespace Ops::RestoreSteps {

inline QFuture<SqlResult> readySql(const SqlResult &result)
{
    return QtFuture::makeReadyFuture(result);
}

/** The database a restore connects to when it renames or drops others. */
inline QString maintenanceDatabase()
{
    return QStringLiteral("postgres");
}

/** The ids of the restore plan's steps for @p datastore (makeRestorePlan). */
QStringList restoreStepIds(const QString &datastore, bool swap);
/** The plan's journaled parameters: everything a rollback needs to find again, and every name it may remove. */
QJsonObject restoreParameters(const RestoreSession &session, bool swap);

/** Base of the restore steps: the shared session and a context object for continuations. */
class RestoreStep : public Step
{
public:
    explicit RestoreStep(std::shared_ptr<RestoreSession> session)
        : m_session(std::move(session))
        , m_context(std::make_unique<QObject>())
    {
    }

protected:
    const PgEndpoint &endpoint() const { return m_session->request.endpoint; }
    QString datastore() const { return endpoint().datastore; }
    QString live() const { return endpoint().database; }

    QFuture<SqlResult> sql(const QString &database, const QStringList &statements, int timeoutMs = 120000) const
    {
        SqlResult failed;
        if (!ensureCaFile(&failed.error))
            return readySql(failed);
        return runSql(endpoint(), database, statements, m_session->caFile, m_context.get(), timeoutMs);
    }

    /** The CA file libpq reads, written into the private dir on first use (the dir is named in the journal first). */
    bool ensureCaFile(QString *error) const
    {
        const QByteArray &ca = m_session->request.endpoint.caPem;
        if (ca.isEmpty()) {
            m_session->caFile.clear();
            return true;
        }
        const QString path = m_session->tmp.filePath(QStringLiteral("ca.pem"));
        if ((!m_session->tmp.exists() || !QFileInfo::exists(path)) && !m_session->tmp.writeFile(QStringLiteral("ca.pem"), ca, error))
            return false;
        m_session->caFile = path;
        return true;
    }

    /** Compares the dump's counts with the restored copy's (@p restoredName) and the live database's. */
    QFuture<StepResult> compare(const QString &restoredName);

    std::shared_ptr<RestoreSession> m_session;
    std::unique_ptr<QObject> m_context;
};

std::unique_ptr<Step> makeScratchStep(std::shared_ptr<RestoreSession> session);
std::unique_ptr<Step> makeSwapStep(std::shared_ptr<RestoreSession> session);

} // namespace Ops::RestoreSteps
