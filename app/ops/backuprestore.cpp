// SPDX-License-Identifier: GPL-3.0-or-later
#include "ops/backuprestore.h"
#include "ops/backupcreate.h"

#include "core/clock.h"
#include "core/logging.h"
#include "fleet/backupcatalog.h"
#include "ops/backupcrypto.h"
#include "ops/backupformat.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QPointer>
#include <QProcess>
#include <QPromise>
#include <QTimer>
#include <QtConcurrent>

#include <fcntl.h>
#include <unistd.h>

namespace Ops {

namespace {

/** Exact row counts of every ordinary table, keyed the way pg_dump names tables in COPY statements. */
const QString s_countRowsSql = QStringLiteral(
    "SELECT quote_ident(n.nspname) || '.' || quote_ident(c.relname), "
    "(xpath('/row/n/text()', query_to_xml(format('SELECT count(*) AS n FROM %I.%I', n.nspname, c.relname), "
    "false, true, '')))[1]::text::bigint "
    "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
    "WHERE c.relkind = 'r' AND n.nspname NOT IN ('pg_catalog', 'information_schema') "
    "AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp%' ORDER BY 1");

QFuture<SqlResult> readySql(const SqlResult &result)
{
    return QtFuture::makeReadyFuture(result);
}

QString maintenanceDatabase()
{
    return QStringLiteral("postgres");
}

QHash<QString, qint64> countsOf(const SqlRows &rows)
{
    QHash<QString, qint64> counts;
    for (const QStringList &row : rows)
        counts.insert(row.value(0), row.value(1).toLongLong());
    return counts;
}

QJsonArray comparisonJson(const QList<TableComparison> &comparison)
{
    QJsonArray tables;
    for (const TableComparison &table : comparison)
        tables.append(QJsonObject{{QStringLiteral("table"), table.table},
                                  {QStringLiteral("dump"), table.dumpRows},
                                  {QStringLiteral("scratch"), table.scratchRows},
                                  {QStringLiteral("live"), table.liveRows}});
    return tables;
}

/**
 * A restore whose scratch copy matched the dump: the backup is known to restore (the checklist's restore test).
 * Written on the catalog's own thread (recordInBackupCatalog); the future holds the error, empty when recorded.
 */
QFuture<QString> recordRestoreTest(const RestoreSession &session, QObject *context)
{
    Fleet::BackupCatalogEntry entry;
    entry.kind = Fleet::BackupCatalogEntry::Kind::RestoreTest;
    entry.namespaceName = session.request.endpoint.namespaceName;
    entry.datastore = session.request.endpoint.datastore;
    entry.database = session.request.endpoint.database;
    entry.path = QFileInfo(session.request.backupFile).absoluteFilePath();
    if (const auto name = BackupName::parse(session.request.backupFile))
        entry.takenAt = name->timestamp;
    entry.at = Core::Clock::currentDateTimeUtc();
    entry.bytes = QFileInfo(session.request.backupFile).size();
    return recordInBackupCatalog(entry, context);
}

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
        return runSql(endpoint(), database, statements, m_session->caFile, m_context.get(), timeoutMs);
    }

    /** Compares the dump's counts with the scratch copy's and the live database's. */
    QFuture<StepResult> compare(const QString &restoredName)
    {
        auto session = m_session;
        return sql(restoredName, {s_countRowsSql})
            .then(m_context.get(),
                  [this, session, restoredName](const SqlResult &restored) {
                      if (!restored.ok)
                          return ready(StepResult::failure(restored.error));
                      const QHash<QString, qint64> scratchCounts = countsOf(restored.results.value(0));
                      return sql(live() == restoredName ? session->previous : live(), {s_countRowsSql})
                          .then(m_context.get(), [this, session, scratchCounts, restoredName](const SqlResult &liveResult) {
                              // The live database may be unreadable (that is why one restores): shown as absent.
                              const QHash<QString, qint64> liveCounts =
                                  liveResult.ok ? countsOf(liveResult.results.value(0)) : QHash<QString, qint64>();
                              session->comparison.clear();
                              QStringList mismatches;
                              for (const auto &[table, rows] : std::as_const(session->dumpRows)) {
                                  TableComparison row;
                                  row.table = table;
                                  row.dumpRows = rows;
                                  row.scratchRows = scratchCounts.value(table, -1);
                                  row.liveRows = liveCounts.value(table, -1);
                                  if (!row.matches())
                                      mismatches << QCoreApplication::translate("Ops", "%1: %2 rows in the dump, %3 restored")
                                                        .arg(table)
                                                        .arg(row.dumpRows)
                                                        .arg(row.scratchRows);
                                  session->comparison << row;
                              }
                              const QJsonObject facts{{QStringLiteral("tables"), comparisonJson(session->comparison)}};
                              if (!mismatches.isEmpty())
                                  return ready(StepResult::failure(
                                      QCoreApplication::translate("Ops", "%1: the restored copy does not match the dump: %2")
                                          .arg(datastore(), mismatches.join(QStringLiteral("; "))),
                                      facts));
                              const StepResult success = StepResult::success(
                                  QCoreApplication::translate("Ops", "%1: %n table(s) restored with the dump's row counts",
                                                              nullptr, int(session->comparison.size()))
                                      .arg(datastore()),
                                  facts);
                              if (restoredName != session->scratch)
                                  return ready(success);
                              // The step ends once the catalog has it (or says why not): the journal records which.
                              return recordRestoreTest(*session, m_context.get()).then(m_context.get(), [success](const QString &error) {
                                  StepResult result = success;
                                  result.facts.insert(QStringLiteral("catalogRecorded"), error.isEmpty());
                                  if (!error.isEmpty())
                                      result.facts.insert(QStringLiteral("catalogError"), error);
                                  return result;
                              });
                          })
                          .unwrap();
                  })
            .unwrap();
    }

    std::shared_ptr<RestoreSession> m_session;
    std::unique_ptr<QObject> m_context;
};

// ---- 1. decrypt ----------------------------------------------------------------------------------

class DecryptStep final : public RestoreStep
{
public:
    using RestoreStep::RestoreStep;

    QString id() const override { return QStringLiteral("decrypt/") + datastore(); }
    QString title() const override
    {
        return QCoreApplication::translate("Ops", "Decrypt %1 and check its integrity").arg(QFileInfo(m_session->request.backupFile).fileName());
    }

    QFuture<StepResult> apply(const RunContext &context) override
    {
        auto session = m_session;
        if (!session->tmp.isValid())
            return ready(StepResult::failure(session->tmp.error()));
        const QString gzPath = session->tmp.filePath(QStringLiteral("backup.sql.gz"));
        auto cancelled = context.cancelled;
        return QtConcurrent::run(opsThreadPool(),
                                 [session, gzPath, cancelled]() {
                                     // A run before this one on the same plan (the wizard's dry run) may have
                                     // left its file when it was cancelled: wipe it, then create afresh.
                                     if (QFile::exists(gzPath)) {
                                         QFile stale(gzPath);
                                         stale.resize(0);
                                         stale.remove();
                                     }
                                     const int fd = ::open(QFile::encodeName(gzPath).constData(),
                                                           O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
                                     if (fd < 0) {
                                         Gpg::DecryptResult result;
                                         result.message = QCoreApplication::translate("Ops", "cannot create %1").arg(gzPath);
                                         return result;
                                     }
                                     Gpg::DecryptResult result = Gpg::decrypt(
                                         session->request.backupFile, fd, session->request.passphrase,
                                         session->request.gnupgHome, cancelled.get());
                                     if (result.status == Gpg::DecryptStatus::Ok && ::fsync(fd) != 0) {
                                         result.status = Gpg::DecryptStatus::WriteFailed;
                                         result.message = QCoreApplication::translate("Ops", "cannot write the decrypted backup (is the disk full?)");
                                     }
                                     ::close(fd);
                                     if (result.status != Gpg::DecryptStatus::Ok) {
                                         // Not a byte of an unverified plaintext stays.
                                         QFile file(gzPath);
                                         file.resize(0);
                                         file.remove();
                                     }
                                     return result;
                                 })
            .then(m_context.get(), [this, session, gzPath](const Gpg::DecryptResult &result) {
                const QJsonObject facts{{QStringLiteral("file"), session->request.backupFile},
                                        {QStringLiteral("status"), int(result.status)},
                                        {QStringLiteral("cipher"), result.cipher},
                                        {QStringLiteral("bytes"), result.bytes}};
                if (result.status != Gpg::DecryptStatus::Ok)
                    return StepResult::failure(QCoreApplication::translate("Ops", "%1: %2").arg(datastore(), result.message), facts);
                session->gzPath = gzPath;
                return StepResult::success(QCoreApplication::translate("Ops", "%1: decrypted (%2), integrity check passed")
                                               .arg(QFileInfo(session->request.backupFile).fileName(), result.cipher),
                                           facts);
            });
    }
};

// ---- 2. check ------------------------------------------------------------------------------------

struct CheckOutcome
{
    bool ok = false;
    QString error;
    QString pgDumpVersion;
    QString dumpedFrom;
    QList<QPair<QString, qint64>> rows;
    qint64 lines = 0;
    qint64 bytes = 0;
};

class CheckStep final : public RestoreStep
{
public:
    using RestoreStep::RestoreStep;

    QString id() const override { return QStringLiteral("check/") + datastore(); }
    QString title() const override { return QCoreApplication::translate("Ops", "Decompress and check the dump (database %1)").arg(live()); }

    QFuture<StepResult> apply(const RunContext &context) override
    {
        auto session = m_session;
        if (session->gzPath.isEmpty())
            return ready(StepResult::failure(QCoreApplication::translate("Ops", "%1: nothing was decrypted").arg(datastore())));
        session->sqlPath.clear();
        const QString sqlPath = session->tmp.filePath(QStringLiteral("dump.sql"));
        auto cancelled = context.cancelled;
        return QtConcurrent::run(opsThreadPool(),
                                 [session, sqlPath, cancelled]() {
                                     CheckOutcome outcome;
                                     QFile in(session->gzPath);
                                     QFile out(sqlPath);
                                     if (out.exists()) {
                                         // The dump checked by an earlier run of this plan (the wizard's dry run).
                                         out.resize(0);
                                         out.remove();
                                     }
                                     if (!in.open(QIODevice::ReadOnly)) {
                                         outcome.error = QCoreApplication::translate("Ops", "cannot read %1: %2").arg(in.fileName(), in.errorString());
                                         return outcome;
                                     }
                                     if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
                                         outcome.error = QCoreApplication::translate("Ops", "cannot create %1: %2").arg(sqlPath, out.errorString());
                                         return outcome;
                                     }
                                     out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
                                     const auto name = BackupName::parse(session->request.backupFile);
                                     DumpChecker checker(session->request.endpoint.database,
                                                         name ? name->database : QString());
                                     outcome.ok = gunzip(in, &out, &checker, cancelled.get(), &outcome.error);
                                     if (outcome.ok && (!out.flush() || ::fsync(out.handle()) != 0)) {
                                         outcome.ok = false;
                                         outcome.error = QCoreApplication::translate("Ops", "cannot write the decompressed dump (is the disk full?): %1")
                                                             .arg(out.errorString());
                                     }
                                     outcome.bytes = out.size();
                                     out.close();
                                     // The compressed plaintext is not needed any more either way.
                                     in.close();
                                     in.resize(0);
                                     in.remove();
                                     if (!outcome.ok) {
                                         out.resize(0);
                                         out.remove();
                                         return outcome;
                                     }
                                     outcome.pgDumpVersion = checker.pgDumpVersion();
                                     outcome.dumpedFrom = checker.dumpedFromVersion();
                                     outcome.rows = checker.copyRows();
                                     outcome.lines = checker.lines();
                                     return outcome;
                                 })
            .then(m_context.get(), [this, session, sqlPath](const CheckOutcome &outcome) {
                session->gzPath.clear();
                if (!outcome.ok)
                    return StepResult::failure(QCoreApplication::translate("Ops", "%1: the backup is refused: %2").arg(datastore(), outcome.error));
                session->sqlPath = sqlPath;
                session->pgDumpVersion = outcome.pgDumpVersion;
                session->dumpedFrom = outcome.dumpedFrom;
                session->dumpRows = outcome.rows;
                qint64 rows = 0;
                for (const auto &table : outcome.rows)
                    rows += table.second;
                return StepResult::success(
                    QCoreApplication::translate("Ops", "%1: a pg_dump %2 of database %3 (server %4): %5 tables, %6 rows")
                        .arg(datastore(), outcome.pgDumpVersion, live(), outcome.dumpedFrom)
                        .arg(outcome.rows.size())
                        .arg(rows),
                    QJsonObject{{QStringLiteral("pgDumpVersion"), outcome.pgDumpVersion},
                                {QStringLiteral("dumpedFrom"), outcome.dumpedFrom},
                                {QStringLiteral("tables"), int(outcome.rows.size())},
                                {QStringLiteral("rows"), rows},
                                {QStringLiteral("lines"), outcome.lines},
                                {QStringLiteral("bytes"), outcome.bytes}});
            });
    }
};

// ---- 3. restore into a scratch database ----------------------------------------------------------

class ScratchStep final : public RestoreStep
{
public:
    using RestoreStep::RestoreStep;

    QString id() const override { return QStringLiteral("restore-scratch/") + datastore(); }
    QString title() const override
    {
        return QCoreApplication::translate("Ops", "Restore into the new database %1 and compare it with %2").arg(m_session->scratch, live());
    }
    bool hasUndo() const override { return true; }
    QJsonObject journalState() const override
    {
        return {{QStringLiteral("scratch"), m_session->scratch}, {QStringLiteral("scratchOid"), m_session->scratchOid}};
    }
    bool restoreJournalState(const QJsonObject &state) override
    {
        m_session->scratch = state.value(QStringLiteral("scratch")).toString();
        m_session->scratchOid = state.value(QStringLiteral("scratchOid")).toString();
        return !m_session->scratch.isEmpty();
    }

    QFuture<StepResult> apply(const RunContext &context) override
    {
        auto session = m_session;
        if (session->sqlPath.isEmpty())
            return ready(StepResult::failure(QCoreApplication::translate("Ops", "%1: no checked dump to restore").arg(datastore())));
        const bool dryRun = context.dryRun;
        auto cancelled = context.cancelled;
        // The live database's encoding and locale for the scratch copy; the scratch name must be free.
        const QString infoSql =
            QStringLiteral("SELECT pg_encoding_to_char(encoding), datcollate, datctype, "
                           "(SELECT count(*) FROM pg_database WHERE datname = %1) FROM pg_database WHERE datname = %2")
                .arg(quoteLiteral(session->scratch), quoteLiteral(live()));
        return sql(live(), {infoSql})
            .then(m_context.get(),
                  [this, session](const SqlResult &info) {
                      if (!info.ok)
                          return readySql(info);
                      const QStringList row = info.results.value(0).value(0);
                      if (row.isEmpty()) {
                          SqlResult missing;
                          missing.error = QCoreApplication::translate("Ops", "%1: the database %2 does not exist").arg(datastore(), live());
                          return readySql(missing);
                      }
                      if (row.value(3) != u"0") {
                          SqlResult taken;
                          taken.error = QCoreApplication::translate("Ops", "%1: a database named %2 already exists").arg(datastore(), session->scratch);
                          return readySql(taken);
                      }
                      const QString create = QStringLiteral(
                                                 "CREATE DATABASE %1 WITH TEMPLATE = template0 ENCODING = %2 "
                                                 "LC_COLLATE = %3 LC_CTYPE = %4")
                                                 .arg(quoteIdentifier(session->scratch), quoteLiteral(row.value(0)),
                                                      quoteLiteral(row.value(1)), quoteLiteral(row.value(2)));
                      return sql(live(), {create,
                                          QStringLiteral("SELECT oid::text FROM pg_database WHERE datname = %1")
                                              .arg(quoteLiteral(session->scratch))});
                  })
            .unwrap()
            .then(m_context.get(),
                  [this, session, cancelled](const SqlResult &created) {
                      if (!created.ok)
                          return ready(StepResult::failure(created.error));
                      session->scratchOid = created.results.value(1).value(0).value(0);
                      m_created = true;
                      return runPsql(cancelled);
                  })
            .unwrap()
            .then(m_context.get(),
                  [this, session, dryRun](const StepResult &restored) {
                      if (!restored.ok || !dryRun)
                          return ready(restored);
                      // Dry run: compare now, then drop the scratch copy — nothing stays behind.
                      return compare(session->scratch)
                          .then(m_context.get(),
                                [this](const StepResult &compared) {
                                    return dropScratch().then(m_context.get(), [compared](const StepResult &dropped) {
                                        if (!dropped.ok)
                                            return dropped;
                                        StepResult result = compared;
                                        result.message += u'\n' + dropped.message;
                                        return result;
                                    });
                                })
                          .unwrap();
                  })
            .unwrap()
            .then(m_context.get(),
                  [this, session](const StepResult &result) {
                      StepResult out = result;
                      out.facts.insert(QStringLiteral("scratch"), session->scratch);
                      if (out.ok || !m_created)
                          return ready(out);
                      // A failed apply is not undone by the runner: the half-restored copy goes now.
                      return dropScratch().then(m_context.get(), [out](const StepResult &dropped) {
                          StepResult failed = out;
                          failed.message += u'\n' + dropped.message;
                          return failed;
                      });
                  })
            .unwrap();
    }

    QFuture<StepResult> verify(const RunContext &context) override
    {
        Q_UNUSED(context);
        return compare(m_session->scratch);
    }

    QFuture<StepResult> undo(const RunContext &context) override
    {
        Q_UNUSED(context);
        return dropScratch();
    }

private:
    QFuture<StepResult> runPsql(const std::shared_ptr<std::atomic_bool> &cancelled)
    {
        auto session = m_session;
        QProcessEnvironment environment;
        QString error;
        if (!clientEnvironment(endpoint(), session->scratch, session->tmp, &environment, &error))
            return ready(StepResult::failure(error));
        const QString bin = postgresBinDir();
        if (bin.isEmpty())
            return ready(StepResult::failure(QCoreApplication::translate("Ops", "psql is not installed (no /usr/lib/postgresql/N/bin/psql)")));
        auto promise = std::make_shared<QPromise<StepResult>>();
        promise->start();
        auto *process = new QProcess(m_context.get());
        process->setProgram(bin + QStringLiteral("/psql"));
        process->setArguments({QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"),
                               QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("--single-transaction"),
                               QStringLiteral("-f"), session->sqlPath});
        process->setProcessEnvironment(environment);
        process->setStandardOutputFile(QProcess::nullDevice());
        process->setStandardInputFile(QProcess::nullDevice());
        auto *poll = new QTimer(process);
        QObject::connect(poll, &QTimer::timeout, process, [process, cancelled] {
            if (cancelled && cancelled->load())
                process->kill();
        });
        poll->start(500);
        auto stderrBytes = std::make_shared<QByteArray>();
        QObject::connect(process, &QProcess::readyReadStandardError, process, [process, stderrBytes] {
            *stderrBytes += process->readAllStandardError();
            if (stderrBytes->size() > 256 * 1024)
                *stderrBytes = stderrBytes->right(256 * 1024);
        });
        auto finish = [this, process, promise, stderrBytes, session, cancelled](const QString &startError) {
            *stderrBytes += process->readAllStandardError();
            StepResult result;
            QString cause;
            for (const QByteArray &line : stderrBytes->split('\n')) {
                if (line.contains("ERROR:") || line.contains("FATAL:") || line.contains("error:")) {
                    cause = QString::fromUtf8(line).trimmed();
                    break;
                }
            }
            if (cause.isEmpty())
                cause = QString::fromUtf8(stderrBytes->trimmed()).section(u'\n', -1);
            if (!startError.isEmpty())
                result = StepResult::failure(QCoreApplication::translate("Ops", "%1: cannot run psql: %2").arg(datastore(), startError));
            else if (cancelled && cancelled->load())
                result = StepResult::failure(QCoreApplication::translate("Ops", "%1: restore cancelled").arg(datastore()));
            else if (process->exitStatus() != QProcess::NormalExit)
                result = StepResult::failure(QCoreApplication::translate("Ops", "%1: psql was killed during the restore").arg(datastore()));
            else if (process->exitCode() != 0)
                result = StepResult::failure(QCoreApplication::translate("Ops", "%1: psql stopped the restore into %2 (exit %3): %4")
                                                 .arg(datastore(), session->scratch)
                                                 .arg(process->exitCode())
                                                 .arg(cause));
            else
                result = StepResult::success(QCoreApplication::translate("Ops", "%1: restored into %2").arg(datastore(), session->scratch),
                                             QJsonObject{{QStringLiteral("scratchOid"), session->scratchOid}});
            promise->addResult(result);
            promise->finish();
            process->deleteLater();
        };
        QObject::connect(process, &QProcess::finished, process, [finish] { finish({}); });
        QObject::connect(process, &QProcess::errorOccurred, process, [finish, process](QProcess::ProcessError e) {
            if (e == QProcess::FailedToStart)
                finish(process->errorString());
        });
        qCInfo(lcOps) << "restoring" << session->request.backupFile << "into" << session->scratch;
        process->start();
        return promise->future();
    }

    QFuture<StepResult> dropScratch()
    {
        auto session = m_session;
        if (session->scratch.isEmpty())
            return ready(StepResult::success());
        // Only drop what this restore created: the scratch name and, when known, its OID.
        const QString guard = session->scratchOid.isEmpty()
            ? QString()
            : QStringLiteral(" AND oid = %1").arg(quoteLiteral(session->scratchOid));
        return sql(live(),
                   {QStringLiteral("SELECT count(*) FROM pg_database WHERE datname = %1%2")
                        .arg(quoteLiteral(session->scratch), guard)})
            .then(m_context.get(),
                  [this, session](const SqlResult &exists) {
                      if (!exists.ok)
                          return readySql(exists);
                      if (exists.results.value(0).value(0).value(0) == u"0")
                          return readySql(SqlResult{true, {}, {}, 0});
                      return sql(live(), {QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)")
                                              .arg(quoteIdentifier(session->scratch))});
                  })
            .unwrap()
            .then(m_context.get(), [this, session](const SqlResult &dropped) {
                if (!dropped.ok)
                    return StepResult::failure(
                        QCoreApplication::translate("Ops", "%1: the scratch database %2 could not be dropped: %3")
                            .arg(datastore(), session->scratch, dropped.error));
                m_created = false;
                return StepResult::success(QCoreApplication::translate("Ops", "%1: dropped the scratch database %2").arg(datastore(), session->scratch));
            });
    }

    bool m_created = false;
};

// ---- 4. swap -------------------------------------------------------------------------------------

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
                      QHash<QString, QString> oids;
                      for (const QStringList &row : state.results.value(0))
                          oids.insert(row.value(0), row.value(1));
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
                      QHash<QString, QString> oids;
                      for (const QStringList &row : state.results.value(0))
                          oids.insert(row.value(0), row.value(1));
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

QPair<QString, QString> restoreDatabaseNames(const QString &database, const QDateTime &when)
{
    const QString stamp = when.toUTC().toString(QStringLiteral("yyyyMMdd_HHmmss"));
    // 63 bytes at most: "_previous_" (10) + stamp (15) leaves 38 bytes for the database part.
    QString base = database;
    while (base.toUtf8().size() > 38)
        base.chop(1);
    return {base + QStringLiteral("_restore_") + stamp, base + QStringLiteral("_previous_") + stamp};
}

std::unique_ptr<Plan> makeRestorePlan(const RestoreRequest &request, std::shared_ptr<RestoreSession> *sessionOut)
{
    auto session = std::make_shared<RestoreSession>();
    session->request = request;
    const QDateTime when = request.timestamp.isValid() ? request.timestamp : Core::Clock::currentDateTimeUtc();
    const auto names = restoreDatabaseNames(request.endpoint.database, when);
    session->scratch = names.first;
    session->previous = names.second;
    QString error;
    if (!request.endpoint.caPem.isEmpty() && session->tmp.isValid()
        && session->tmp.writeFile(QStringLiteral("ca.pem"), request.endpoint.caPem, &error))
        session->caFile = session->tmp.filePath(QStringLiteral("ca.pem"));
    if (sessionOut)
        *sessionOut = session;

    const QJsonObject parameters{
        {QStringLiteral("namespace"), request.endpoint.namespaceName},
        {QStringLiteral("datastore"), request.endpoint.datastore},
        {QStringLiteral("database"), request.endpoint.database},
        {QStringLiteral("file"), request.backupFile},
        {QStringLiteral("scratch"), session->scratch},
        {QStringLiteral("previous"), session->previous},
        {QStringLiteral("swap"), request.swap},
        // A crashed run leaves its private temp dir (decrypted dump, passfile): recovery wipes it.
        {QStringLiteral("tmp"), session->tmp.path()},
    };
    auto plan = std::make_unique<Plan>(
        QStringLiteral("restore"),
        QCoreApplication::translate("Ops", "Restore %1 into %2").arg(QFileInfo(request.backupFile).fileName(),
                                                                     request.endpoint.describe()),
        parameters);
    plan->addStep(std::make_unique<DecryptStep>(session));
    plan->addStep(std::make_unique<CheckStep>(session));
    plan->addStep(std::make_unique<ScratchStep>(session));
    if (request.swap)
        plan->addStep(std::make_unique<SwapStep>(session));
    return plan;
}

} // namespace Ops
