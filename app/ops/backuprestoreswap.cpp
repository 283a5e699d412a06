// SPDX-License-Identifier: GPL-3.0-or-later
#include "ops/backuprestoresteps.h"

#include "core/logging.h"
#include "ops/backupformat.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QProcess>
#include <QPromise>
#include <QTimer>

#include <fcntl.h>
#include <unistd.h>

namespace Ops::RestoreSteps {

namespace {

// ---- 4. swap -------------------------------------------------------------------------------------

/** The OIDs of the databases a "SELECT datname, oid::text FROM pg_database …" answered, by name. */
QHash<QString, QString> oidsByName(const SqlResult &state)
{
    QHash<QString, QString> oids;
    for (const QStringList &row : state.results.value(0))
        oids.insert(row.value(0), row.value(1));
    return oids;
}

class SwapStep final : public RestoreStep
{
public:
    using RestoreStep::RestoreStep;

    QString id() const override { return QStringLiteral("swap/") + datastore(); }
    QString title() const override
    {
        return QCoreApplication::translate("Ops", "Swap: rename %1 to %2 and %3 to %1").arg(live(), m_session->previous, m_session->scratch);
    }
    bool hasUndo() const override { return true; }
    QJsonObject journalState() const override
    {
        return {{QStringLiteral("live"), live()},
                {QStringLiteral("previous"), m_session->previous},
                {QStringLiteral("scratch"), m_session->scratch},
                {QStringLiteral("liveOid"), m_session->liveOid},
                {QStringLiteral("scratchOid"), m_session->scratchOid}};
    }
    bool restoreJournalState(const QJsonObject &state) override
    {
        m_session->previous = state.value(QStringLiteral("previous")).toString();
        m_session->scratch = state.value(QStringLiteral("scratch")).toString();
        m_session->liveOid = state.value(QStringLiteral("liveOid")).toString();
        m_session->scratchOid = state.value(QStringLiteral("scratchOid")).toString();
        return !m_session->previous.isEmpty() && !m_session->scratch.isEmpty();
    }

    QFuture<StepResult> apply(const RunContext &context) override
    {
        auto session = m_session;
        const QString oids = QStringLiteral(
                                 "SELECT datname, oid::text, pg_catalog.pg_get_userbyid(datdba) = current_user OR "
                                 "(SELECT rolsuper FROM pg_roles WHERE rolname = current_user), "
                                 "(SELECT rolcreatedb OR rolsuper FROM pg_roles WHERE rolname = current_user) "
                                 "FROM pg_database WHERE datname IN (%1, %2, %3)")
                                 .arg(quoteLiteral(live()), quoteLiteral(session->scratch),
                                      quoteLiteral(session->previous));
        const bool dryRun = context.dryRun;
        return sql(maintenanceDatabase(), {oids})
            .then(m_context.get(),
                  [this, session, dryRun](const SqlResult &state) {
                      if (!state.ok)
                          return ready(StepResult::failure(state.error));
                      QHash<QString, QStringList> byName;
                      for (const QStringList &row : state.results.value(0))
                          byName.insert(row.value(0), row);
                      if (!byName.contains(live()))
                          return ready(StepResult::failure(QCoreApplication::translate("Ops", "%1: the database %2 does not exist").arg(datastore(), live())));
                      if (byName.contains(session->previous))
                          return ready(StepResult::failure(
                              QCoreApplication::translate("Ops", "%1: a database named %2 already exists").arg(datastore(), session->previous)));
                      const QStringList liveRow = byName.value(live());
                      if (liveRow.value(2) != u"t" || liveRow.value(3) != u"t")
                          return ready(StepResult::failure(
                              QCoreApplication::translate("Ops", "%1: the role %2 may not rename %3 (it must own it and have CREATEDB)")
                                  .arg(datastore(), endpoint().user, live())));
                      session->liveOid = liveRow.value(1);
                      if (dryRun)
                          return ready(StepResult::success(
                              QCoreApplication::translate("Ops", "%1: would rename %2 to %3 and the verified copy to %2 (sessions on %2 would be "
                                 "ended)")
                                  .arg(datastore(), live(), session->previous)));
                      if (!byName.contains(session->scratch) || byName.value(session->scratch).value(1) != session->scratchOid)
                          return ready(StepResult::failure(
                              QCoreApplication::translate("Ops", "%1: the verified copy %2 is not there any more").arg(datastore(), session->scratch)));
                      return sql(maintenanceDatabase(),
                                 {terminateSql({live(), session->scratch}), QStringLiteral("BEGIN"),
                                  QStringLiteral("ALTER DATABASE %1 RENAME TO %2")
                                      .arg(quoteIdentifier(live()), quoteIdentifier(session->previous)),
                                  QStringLiteral("ALTER DATABASE %1 RENAME TO %2")
                                      .arg(quoteIdentifier(session->scratch), quoteIdentifier(live())),
                                  QStringLiteral("COMMIT")})
                          .then(m_context.get(), [this, session](const SqlResult &renamed) {
                              const QJsonObject facts{{QStringLiteral("previous"), session->previous},
                                                      {QStringLiteral("liveOid"), session->liveOid},
                                                      {QStringLiteral("scratchOid"), session->scratchOid}};
                              if (!renamed.ok)
                                  return StepResult::failure(QCoreApplication::translate("Ops", "%1: the swap failed, nothing was renamed: %2")
                                                                 .arg(datastore(), renamed.error),
                                                             facts);
                              return StepResult::success(
                                  QCoreApplication::translate("Ops", "%1: %2 is now the restored copy; the previous database is kept as %3")
                                      .arg(datastore(), live(), session->previous),
                                  facts);
                          });
                  })
            .unwrap();
    }

    QFuture<StepResult> verify(const RunContext &context) override
    {
        Q_UNUSED(context);
        auto session = m_session;
        return sql(maintenanceDatabase(),
                   {QStringLiteral("SELECT datname, oid::text FROM pg_database WHERE datname IN (%1, %2)")
                        .arg(quoteLiteral(live()), quoteLiteral(session->previous))})
            .then(m_context.get(),
                  [this, session](const SqlResult &state) {
                      if (!state.ok)
                          return ready(StepResult::failure(state.error));
                      const QHash<QString, QString> oids = oidsByName(state);
                      if (oids.value(live()) != session->scratchOid || oids.value(session->previous) != session->liveOid)
                          return ready(StepResult::failure(
                              QCoreApplication::translate("Ops", "%1: after the swap, %2 is not the restored copy").arg(datastore(), live())));
                      return compare(live());
                  })
            .unwrap();
    }

    QFuture<StepResult> undo(const RunContext &context) override
    {
        Q_UNUSED(context);
        auto session = m_session;
        return sql(maintenanceDatabase(),
                   {QStringLiteral("SELECT datname, oid::text FROM pg_database WHERE datname IN (%1, %2, %3)")
                        .arg(quoteLiteral(live()), quoteLiteral(session->previous), quoteLiteral(session->scratch))})
            .then(m_context.get(),
                  [this, session](const SqlResult &state) {
                      if (!state.ok)
                          return ready(StepResult::failure(state.error));
                      const QHash<QString, QString> oids = oidsByName(state);
                      QStringList statements = {terminateSql({live(), session->previous}), QStringLiteral("BEGIN")};
                      const bool restoredIsLive = oids.contains(live()) && oids.value(live()) == session->scratchOid;
                      const bool previousThere = oids.contains(session->previous)
                          && (session->liveOid.isEmpty() || oids.value(session->previous) == session->liveOid);
                      if (!restoredIsLive && !previousThere)
                          return ready(StepResult::success(QCoreApplication::translate("Ops", "%1: nothing was renamed").arg(datastore())));
                      if (restoredIsLive)
                          statements << QStringLiteral("ALTER DATABASE %1 RENAME TO %2")
                                            .arg(quoteIdentifier(live()), quoteIdentifier(session->scratch));
                      if (previousThere)
                          statements << QStringLiteral("ALTER DATABASE %1 RENAME TO %2")
                                            .arg(quoteIdentifier(session->previous), quoteIdentifier(live()));
                      statements << QStringLiteral("COMMIT");
                      return sql(maintenanceDatabase(), statements).then(m_context.get(), [this](const SqlResult &r) {
                          if (!r.ok)
                              return StepResult::failure(QCoreApplication::translate("Ops", "%1: renaming back failed: %2").arg(datastore(), r.error));
                          return StepResult::success(QCoreApplication::translate("Ops", "%1: %2 is the original database again").arg(datastore(), live()));
                      });
                  })
            .unwrap();
    }

    /**
     * Interrupted (a crash around the rename transaction): the databases say which way it went. The transaction renames
     * both or neither, so either the restored copy (the scratch step's OID) is live and <previous> exists, or the copy
     * still has its scratch name and there is no <previous>.
     */
    QFuture<Observation> observe(const RunContext &context) override
    {
        Q_UNUSED(context);
        auto session = m_session;
        if (session->scratchOid.isEmpty() || session->previous.isEmpty())
            return ready(Observation::unknown(
                QCoreApplication::translate("Ops", "%1: the journal does not say which database the restored copy is").arg(datastore())));
        return sql(maintenanceDatabase(),
                   {QStringLiteral("SELECT datname, oid::text FROM pg_database WHERE datname IN (%1, %2, %3) OR oid = %4")
                        .arg(quoteLiteral(live()), quoteLiteral(session->previous), quoteLiteral(session->scratch),
                             quoteLiteral(session->scratchOid))})
            .then(m_context.get(), [this, session](const SqlResult &state) {
                if (!state.ok)
                    return Observation::unknown(QCoreApplication::translate("Ops", "%1: cannot read the databases: %2").arg(datastore(), state.error));
                const QHash<QString, QString> oids = oidsByName(state);
                const QJsonObject facts{{QStringLiteral("live"), oids.value(live())},
                                        {QStringLiteral("previous"), oids.value(session->previous)},
                                        {QStringLiteral("scratch"), oids.value(session->scratch)}};
                if (oids.value(live()) == session->scratchOid && oids.contains(session->previous)) {
                    session->liveOid = oids.value(session->previous);
                    return Observation::applied(
                        QCoreApplication::translate("Ops", "%1: the swap was done: %2 is the restored copy (OID %3) and the previous database is %4 (OID %5)")
                            .arg(datastore(), live(), session->scratchOid, session->previous, session->liveOid),
                        facts);
                }
                if (oids.value(session->scratch) == session->scratchOid && !oids.contains(session->previous))
                    return Observation::notApplied(
                        QCoreApplication::translate("Ops", "%1: nothing was renamed: the restored copy is still %2 and %3 is the original")
                            .arg(datastore(), session->scratch, live()),
                        facts);
                QStringList seen;
                for (auto it = oids.cbegin(); it != oids.cend(); ++it)
                    seen << QStringLiteral("%1 (OID %2)").arg(it.key(), it.value());
                return Observation::unknown(
                    QCoreApplication::translate("Ops", "%1: the databases are neither before nor after the swap (restored copy: OID %2; found: %3)")
                        .arg(datastore(), session->scratchOid, seen.isEmpty() ? QStringLiteral("-") : seen.join(QStringLiteral(", "))),
                    facts);
            });
    }

private:
    static QString terminateSql(const QStringList &databases)
    {
        QStringList literals;
        for (const QString &name : databases)
            literals << quoteLiteral(name);
        return QStringLiteral("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                              "WHERE datname IN (%1) AND pid <> pg_backend_pid()")
            .arg(literals.join(QStringLiteral(", ")));
    }
};

} // namespace

std::unique_ptr<Step> makeSwapStep(std::shared_ptr<RestoreSession> session)
{
    return std::make_unique<SwapStep>(std::move(session));
}

} // namespace Ops::RestoreSteps
