// SPDX-License-Identifier: GPL-3.0-or-later
#include "ops/backuprestoresteps.h"

#include "core/clock.h"
#include "core/logging.h"
#include "core/printable.h"
#include "core/scramverifier.h"
#include "ops/backupformat.h"
#include "ops/journal.h"
#include "ops/passwordgenerator.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QPointer>
#include <QProcess>
#include <QRandomGenerator>
#include <QPromise>
#include <QTimer>

#include <fcntl.h>
#include <unistd.h>

namespace Ops::RestoreSteps {

namespace {

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
                           "(SELECT count(*) FROM pg_database WHERE datname = %1), "
                           "(SELECT rolsuper FROM pg_catalog.pg_roles WHERE rolname = current_user), "
                           "(SELECT rolcreaterole FROM pg_catalog.pg_roles WHERE rolname = current_user), "
                           "(SELECT count(*) FROM pg_catalog.pg_roles WHERE rolname = %3) FROM pg_database WHERE datname = %2")
                .arg(quoteLiteral(session->scratch), quoteLiteral(live()), quoteLiteral(session->restoreRole));
        return sql(live(), {infoSql})
            .then(m_context.get(),
                  [this, session, dryRun](const SqlResult &info) {
                      if (!info.ok)
                          return readySql(info);
                      session->serverVersion = info.serverVersion;
                      m_superuser = info.results.value(0).value(0).value(4) == u"t";
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
                      // A login that may alter other roles does not run the dump: a role made for it does.
                      m_restricted = !session->restoreRole.isEmpty() && (m_superuser || row.value(5) == u"t");
                      if (m_restricted && row.value(6) != u"0") {
                          SqlResult taken;
                          taken.error = QCoreApplication::translate("Ops", "%1: a role named %2 already exists").arg(datastore(), session->restoreRole);
                          return readySql(taken);
                      }
                      QStringList roleStatements;
                      if (m_restricted) {
                          QString error;
                          m_rolePassword = PasswordGenerator::generate(PasswordGenerator::defaultLength, &error);
                          const QByteArray verifier = m_rolePassword.isEmpty() ? QByteArray() : Core::scramSha256Verifier(m_rolePassword);
                          if (verifier.isEmpty()) {
                              SqlResult failed;
                              failed.error = QCoreApplication::translate("Ops", "%1: cannot make a password for the restore role: %2")
                                                 .arg(datastore(), error.isEmpty() ? QStringLiteral("OpenSSL") : error);
                              return readySql(failed);
                          }
                          // Only the verifier reaches the server; the role may not log in after a day even if a crash
                          // left it (a rollback drops it). It inherits (the default): the database owner's rights on the
                          // public schema come through pg_database_owner, and it is a member of nothing else.
                          const QString until = Core::Clock::currentDateTimeUtc().addDays(1).toString(Qt::ISODate);
                          roleStatements << QStringLiteral("CREATE ROLE %1 LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION "
                                                           "NOBYPASSRLS CONNECTION LIMIT 2 VALID UNTIL %2 PASSWORD %3")
                                                .arg(quoteIdentifier(session->restoreRole), quoteLiteral(until),
                                                     quoteLiteral(QString::fromLatin1(verifier)));
                          // A CREATEROLE login must be a member to give it the database (and to take its objects back).
                          if (!m_superuser)
                              roleStatements << QStringLiteral("GRANT %1 TO CURRENT_USER").arg(quoteIdentifier(session->restoreRole));
                      }
                      if (dryRun) {
                          // Nothing the runner journals for a dry run can be rolled back: the copy is named in a
                          // journal of its own before it is made.
                          QString error;
                          if (!beginDryRunRecord(&error)) {
                              SqlResult refused;
                              refused.error = QCoreApplication::translate("Ops", "%1: the dry run cannot record its scratch database "
                                                                                 "before creating it: %2")
                                                  .arg(datastore(), error);
                              return readySql(refused);
                          }
                      }
                      m_createSent = true;
                      const QString owner = m_restricted ? QStringLiteral(" OWNER = %1").arg(quoteIdentifier(session->restoreRole)) : QString();
                      const QString create = QStringLiteral(
                                                 "CREATE DATABASE %1 WITH TEMPLATE = template0 ENCODING = %2 "
                                                 "LC_COLLATE = %3 LC_CTYPE = %4%5")
                                                 .arg(quoteIdentifier(session->scratch), quoteLiteral(row.value(0)),
                                                      quoteLiteral(row.value(1)), quoteLiteral(row.value(2)), owner);
                      return sql(live(), roleStatements
                                     + QStringList{create, QStringLiteral("SELECT oid::text FROM pg_database WHERE datname = %1")
                                                               .arg(quoteLiteral(session->scratch))});
                  })
            .unwrap()
            .then(m_context.get(),
                  [this, session, cancelled](const SqlResult &created) {
                      if (!created.ok && m_createSent) {
                          // CREATE DATABASE was sent: it may have been made before the connection failed. Look, and drop
                          // what is there (the name is this restore's own), so that nothing is left unaccounted for.
                          m_createSent = false;
                          return dropScratch().then(m_context.get(), [created](const StepResult &dropped) {
                              return StepResult::failure(created.error + u'\n' + dropped.message);
                          });
                      }
                      if (!created.ok)
                          return ready(StepResult::failure(created.error));
                      m_createSent = false;
                      session->scratchOid = created.results.constLast().value(0).value(0);
                      m_created = true;
                      recordDryRun(QStringLiteral("applied"));
                      return runPsql(cancelled);
                  })
            .unwrap()
            .then(m_context.get(),
                  [this](const StepResult &restored) {
                      if (!restored.ok || !m_restricted)
                          return ready(restored);
                      return handOver().then(m_context.get(), [restored](const StepResult &handed) {
                          StepResult result = handed.ok ? restored : handed;
                          if (handed.ok)
                              result.message += u'\n' + handed.message;
                          for (auto it = handed.facts.begin(); it != handed.facts.end(); ++it)
                              result.facts.insert(it.key(), it.value());
                          return result;
                      });
                  })
            .unwrap()
            .then(m_context.get(),
                  [this, session, dryRun](const StepResult &restored) {
                      if (!restored.ok || !dryRun)
                          return ready(restored);
                      // Dry run: compare now, then drop the scratch copy — nothing stays behind.
                      return compare(session->scratch)
                          .then(m_context.get(),
                                [this, restored](const StepResult &compared) {
                                    return dropScratch().then(m_context.get(), [restored, compared](const StepResult &dropped) {
                                        if (!dropped.ok)
                                            return dropped;
                                        StepResult result = compared;
                                        result.message = restored.message + u'\n' + compared.message + u'\n' + dropped.message;
                                        for (auto it = restored.facts.begin(); it != restored.facts.end(); ++it)
                                            result.facts.insert(it.key(), it.value());
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
                      const QString newer = newerMajorWarning(*session);
                      if (!newer.isEmpty()) {
                          out.message += u'\n' + newer;
                          out.facts.insert(QStringLiteral("newerMajor"), true);
                      }
                      if (!m_created)
                          endDryRunRecord(true, QCoreApplication::translate("Ops", "%1: no scratch database was made").arg(datastore()));
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

    /** Interrupted (a crash during CREATE DATABASE or psql): the scratch database exists or it does not. */
    QFuture<Observation> observe(const RunContext &context) override
    {
        Q_UNUSED(context);
        auto session = m_session;
        if (session->scratch.isEmpty())
            return ready(Observation::unknown(QCoreApplication::translate("Ops", "%1: the journal does not name the scratch database").arg(datastore())));
        return sql(maintenanceDatabase(), {QStringLiteral("SELECT (SELECT oid::text FROM pg_database WHERE datname = %1), "
                                                          "(SELECT count(*) FROM pg_catalog.pg_roles WHERE rolname = %2)")
                                                .arg(quoteLiteral(session->scratch), quoteLiteral(session->restoreRole))})
            .then(m_context.get(), [this, session](const SqlResult &state) {
                if (!state.ok)
                    return Observation::unknown(QCoreApplication::translate("Ops", "%1: cannot look for the scratch database %2: %3")
                                                    .arg(datastore(), session->scratch, state.error));
                const QString oid = state.results.value(0).value(0).value(0);
                const bool roleLeft = !session->restoreRole.isEmpty() && state.results.value(0).value(0).value(1) != u"0";
                if (oid.isEmpty() && roleLeft) {
                    // Killed between CREATE ROLE and CREATE DATABASE (or after the copy was dropped): the role goes.
                    m_created = true;
                    return Observation::applied(
                        QCoreApplication::translate("Ops", "%1: there is no database %2, but the restore role %3 exists").arg(datastore(), session->scratch, session->restoreRole),
                        {{QStringLiteral("scratch"), session->scratch}, {QStringLiteral("restoreRole"), session->restoreRole}});
                }
                if (oid.isEmpty())
                    return Observation::notApplied(
                        QCoreApplication::translate("Ops", "%1: there is no database %2: the scratch copy was never made").arg(datastore(), session->scratch),
                        {{QStringLiteral("scratch"), session->scratch}});
                session->scratchOid = oid;
                m_created = true;
                return Observation::applied(
                    QCoreApplication::translate("Ops", "%1: the scratch database %2 exists (OID %3), perhaps half restored").arg(datastore(), session->scratch, oid),
                    {{QStringLiteral("scratch"), session->scratch}, {QStringLiteral("scratchOid"), oid}});
            });
    }

private:
    /** "The dump comes from PostgreSQL 17, newer than this server (15)…": empty when it is not newer. */
    static QString newerMajorWarning(const RestoreSession &session)
    {
        const int dumped = QStringView(session.dumpedFrom).split(u'.').value(0).toInt();
        const int server = session.serverVersion >= 100000 ? session.serverVersion / 10000 : session.serverVersion / 100;
        if (dumped <= 0 || server <= 0 || dumped <= server)
            return {};
        return QCoreApplication::translate("Ops", "Warning: the dump comes from PostgreSQL %1, newer than this server (%2): what it "
                                                  "uses may not exist here, and a restore that works may still differ.")
            .arg(dumped)
            .arg(session.serverVersion >= 100000 ? QString::number(server) : QStringLiteral("%1.%2").arg(server / 100).arg(server % 100));
    }

    /** Starts the dry run's own journal: a "restore" run without the swap whose third step is about to create the copy. */
    bool beginDryRunRecord(QString *error)
    {
        const QString directory = m_session->request.journalDirectory.isEmpty() ? Journal::defaultDirectory()
                                                                                 : m_session->request.journalDirectory;
        auto journal = std::make_shared<Journal>(Journal::create(directory, QStringLiteral("restore"), error));
        if (!journal->isValid())
            return false;
        const QStringList ids = restoreStepIds(datastore(), false);
        QJsonObject parameters = restoreParameters(*m_session, false);
        parameters.insert(QStringLiteral("dryRunCopy"), true);
        const QString title = QCoreApplication::translate("Ops", "Scratch copy of a dry run: restore %1 into %2")
                                  .arg(QFileInfo(m_session->request.backupFile).fileName(), endpoint().describe());
        bool ok = journal->append({{QStringLiteral("event"), QStringLiteral("plan")},
                                   {QStringLiteral("kind"), QStringLiteral("restore")},
                                   {QStringLiteral("title"), title},
                                   {QStringLiteral("parameters"), parameters},
                                   {QStringLiteral("steps"), QJsonArray::fromStringList(ids)},
                                   {QStringLiteral("pid"), qint64(::getpid())}},
                                  error);
        // Decrypt and check changed nothing that needs putting back; the scratch step begins.
        for (int i = 0; ok && i < 2; ++i)
            ok = journal->append({{QStringLiteral("event"), QStringLiteral("applied")}, {QStringLiteral("step"), ids.at(i)}, {QStringLiteral("index"), i}},
                                 error);
        ok = ok
            && journal->append({{QStringLiteral("event"), QStringLiteral("begin")},
                                {QStringLiteral("step"), ids.at(2)},
                                {QStringLiteral("index"), 2},
                                {QStringLiteral("phase"), QStringLiteral("apply")},
                                {QStringLiteral("facts"), QJsonObject{{QStringLiteral("scratch"), m_session->scratch}}}},
                               error);
        if (ok)
            m_dryRunRecord = journal;
        return ok;
    }

    /** A line of the dry run's journal ("applied" once the copy exists, "undone" once it is gone); none without one. */
    void recordDryRun(const QString &event, const QString &message = {})
    {
        if (!m_dryRunRecord)
            return;
        const QStringList ids = restoreStepIds(datastore(), false);
        QJsonObject line{{QStringLiteral("event"), event}, {QStringLiteral("step"), ids.at(2)}, {QStringLiteral("index"), 2}};
        if (!message.isEmpty())
            line.insert(QStringLiteral("message"), message);
        if (event == u"applied")
            line.insert(QStringLiteral("state"), journalState());
        QString error;
        if (!m_dryRunRecord->append(line, &error))
            qCWarning(lcOps) << "dry-run journal:" << error;
    }

    /** Ends the dry run's journal: the copy is gone (RolledBack), or still there (RollbackFailed: a rollback drops it). */
    void endDryRunRecord(bool dropped, const QString &message)
    {
        if (!m_dryRunRecord)
            return;
        recordDryRun(dropped ? QStringLiteral("undone") : QStringLiteral("undo-failed"), message);
        QString error;
        m_dryRunRecord->append({{QStringLiteral("event"), QStringLiteral("end")},
                                {QStringLiteral("outcome"), dropped ? QStringLiteral("RolledBack") : QStringLiteral("RollbackFailed")},
                                {QStringLiteral("message"), message}},
                               &error);
        m_dryRunRecord.reset();
    }

    /**
     * Defence in depth behind the dump check: psql runs the dump and then our gate file in one transaction. The gate
     * waits (\prompt on psql's stdin) with the transaction open; a second connection then reads which locks psql's
     * backend holds on the server-wide catalogs. A statement that changed a role, a membership, a database or a
     * tablespace holds a write lock on pg_authid, pg_auth_members, pg_database… until the end of its transaction: then
     * the backend is terminated and nothing of the restore is kept. Only when nothing outside the scratch database
     * changed is the gate opened (a line on stdin) and the transaction committed. psql without that line (its stdin
     * closed: this process died) fails the \prompt and rolls back.
     */
    static QByteArray gateScript(const QString &token)
    {
        return QStringLiteral("SELECT 'proofer-gate %1';\n"
                              "\\prompt 'proofer: waiting for the check of the server-wide catalogs' proofer_gate\n")
            .arg(token)
            .toUtf8();
    }

    /** Write locks psql's backend @p pid holds on server-wide catalogs, as "pg_authid (RowExclusiveLock)"; owners' records
     *  (pg_shdepend) are the restored objects' own and do not count. */
    static QString sharedLocksSql(const QString &pid)
    {
        return QStringLiteral("SELECT c.relname || ' (' || l.mode || ')' FROM pg_catalog.pg_locks l "
                              "JOIN pg_catalog.pg_class c ON c.oid = l.relation "
                              "WHERE l.pid = %1 AND l.locktype = 'relation' AND l.database = 0 "
                              "AND l.mode <> 'AccessShareLock' AND c.relname NOT LIKE 'pg\\_shdepend%' ORDER BY 1")
            .arg(pid);
    }

    /** The role psql logs in as. */
    QString runAsName() const { return m_restricted ? m_session->restoreRole : endpoint().user; }

    /** The role psql logs in as, described for people. */
    QString restoredAs() const
    {
        if (m_restricted)
            return QCoreApplication::translate("Ops", "%1 (made for this restore: it cannot create or alter roles or databases, "
                                                      "nor act as %2)")
                .arg(m_session->restoreRole, endpoint().user);
        return endpoint().user + (m_superuser ? QCoreApplication::translate("Ops", " (a superuser)") : QString());
    }

    /** pg_dump's ownership lines become comments of the same length in the checked dump (the login applies them later). */
    bool hideOwnershipLines(QString *error) const
    {
        if (m_session->ownershipLines.isEmpty())
            return true;
        QFile dump(m_session->sqlPath);
        if (!dump.open(QIODevice::ReadWrite)) {
            *error = QCoreApplication::translate("Ops", "cannot open %1: %2").arg(dump.fileName(), dump.errorString());
            return false;
        }
        for (const auto &[offset, text] : std::as_const(m_session->ownershipLines)) {
            QByteArray comment = "--" + QByteArray(text.size() - 2, ' ');
            if (!dump.seek(offset) || dump.read(text.size()) != text || !dump.seek(offset) || dump.write(comment) != comment.size()) {
                *error = QCoreApplication::translate("Ops", "cannot set aside the ownership lines of the dump in %1").arg(dump.fileName());
                return false;
            }
        }
        if (!dump.flush() || ::fsync(dump.handle()) != 0) {
            *error = QCoreApplication::translate("Ops", "cannot write %1: %2").arg(dump.fileName(), dump.errorString());
            return false;
        }
        return true;
    }

    /**
     * After a restore as the restore role: the login applies pg_dump's ownership lines, takes what is left of the
     * role's (the scratch database too, as when the login ran the dump) and drops the role.
     */
    QFuture<StepResult> handOver()
    {
        auto session = m_session;
        QStringList statements;
        for (const auto &line : std::as_const(session->ownershipLines))
            statements << QString::fromUtf8(line.second);
        const qsizetype applied = statements.size();
        statements << QStringLiteral("REASSIGN OWNED BY %1 TO CURRENT_USER").arg(quoteIdentifier(session->restoreRole))
                   << QStringLiteral("DROP OWNED BY %1").arg(quoteIdentifier(session->restoreRole));
        return sql(session->scratch, statements)
            .then(m_context.get(),
                  [this, session](const SqlResult &handed) {
                      if (!handed.ok) {
                          SqlResult failed = handed;
                          failed.error = QCoreApplication::translate("Ops", "%1: the restored copy could not be handed over to %2: %3")
                                             .arg(datastore(), endpoint().user, handed.error);
                          return readySql(failed);
                      }
                      return sql(maintenanceDatabase(), {QStringLiteral("DROP ROLE %1").arg(quoteIdentifier(session->restoreRole)),
                                                         QStringLiteral("SELECT count(*) FROM pg_catalog.pg_roles WHERE rolname = %1")
                                                             .arg(quoteLiteral(session->restoreRole))});
                  })
            .unwrap()
            .then(m_context.get(), [this, session, applied](const SqlResult &dropped) {
                if (!dropped.ok)
                    return StepResult::failure(dropped.error); // names the datastore and says what failed
                if (dropped.results.value(1).value(0).value(0) != u"0")
                    return StepResult::failure(
                        QCoreApplication::translate("Ops", "%1: the role %2 is still there after DROP ROLE").arg(datastore(), session->restoreRole));
                return StepResult::success(
                    QCoreApplication::translate("Ops", "%1: %n ownership statement(s) of the dump applied by %2, the rest of the copy given to "
                                                       "%2; the role %3 is dropped",
                                                nullptr, int(applied))
                        .arg(datastore(), endpoint().user, session->restoreRole),
                    QJsonObject{{QStringLiteral("ownershipStatements"), int(applied)}, {QStringLiteral("roleDropped"), session->restoreRole}});
            });
    }

    /** Drops the restore role when it exists (after its database: it owns nothing else) and says what it did. */
    QFuture<StepResult> dropRole()
    {
        auto session = m_session;
        if (session->restoreRole.isEmpty())
            return ready(StepResult::success(QString()));
        const QString exists = QStringLiteral("SELECT count(*) FROM pg_catalog.pg_roles WHERE rolname = %1").arg(quoteLiteral(session->restoreRole));
        return sql(maintenanceDatabase(), {exists})
            .then(m_context.get(),
                  [this, session, exists](const SqlResult &state) {
                      if (!state.ok || state.results.value(0).value(0).value(0) == u"0")
                          return readySql(state);
                      return sql(maintenanceDatabase(), {QStringLiteral("DROP ROLE %1").arg(quoteIdentifier(session->restoreRole)), exists});
                  })
            .unwrap()
            .then(m_context.get(), [this, session](const SqlResult &dropped) {
                if (!dropped.ok)
                    return StepResult::failure(QCoreApplication::translate("Ops", "%1: the restore role %2 could not be dropped: %3")
                                                   .arg(datastore(), session->restoreRole, dropped.error));
                if (dropped.results.size() == 1)
                    return StepResult::success(QString()); // there is none: nothing to say
                if (dropped.results.value(1).value(0).value(0) != u"0")
                    return StepResult::failure(
                        QCoreApplication::translate("Ops", "%1: the role %2 is still there after DROP ROLE").arg(datastore(), session->restoreRole));
                return StepResult::success(QCoreApplication::translate("Ops", "%1: dropped the restore role %2").arg(datastore(), session->restoreRole));
            });
    }

    QFuture<StepResult> runPsql(const std::shared_ptr<std::atomic_bool> &cancelled)
    {
        auto session = m_session;
        ClientEnvironment environment;
        QString error;
        PgEndpoint runAs = endpoint();
        if (m_restricted) {
            runAs.user = session->restoreRole;
            runAs.password = m_rolePassword;
            if (!hideOwnershipLines(&error))
                return ready(StepResult::failure(error));
        }
        const bool environmentMade = clientEnvironment(runAs, session->scratch, session->tmp, &environment, &error);
        m_rolePassword.clear(); // in psql's in-memory passfile now, and nowhere else
        if (!environmentMade)
            return ready(StepResult::failure(error));
        const QString bin = postgresBinDir();
        if (bin.isEmpty())
            return ready(StepResult::failure(QCoreApplication::translate("Ops", "psql is not installed (no /usr/lib/postgresql/N/bin/psql)")));
        const QString token = QString::number(QRandomGenerator::system()->generate64(), 16);
        const QString gatePath = session->tmp.filePath(QStringLiteral("gate-%1.sql").arg(token));
        if (!session->tmp.writeFile(QFileInfo(gatePath).fileName(), gateScript(token), &error))
            return ready(StepResult::failure(error));
        auto promise = std::make_shared<QPromise<StepResult>>();
        promise->start();
        auto *process = new QProcess(m_context.get());
        process->setProgram(bin + QStringLiteral("/psql"));
        process->setArguments({QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"),
                               QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("--single-transaction"),
                               QStringLiteral("-f"), session->sqlPath, QStringLiteral("-f"), gatePath});
        process->setProcessEnvironment(environment.environment);
        // psql reads the password from the in-memory passfile it inherits (nothing on disk).
        const int passFd = environment.passfile->fd();
        process->setChildProcessModifier([passFd] { ::fcntl(passFd, F_SETFD, 0); });
        auto passfile = environment.passfile;
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
        // The gate: psql prints the marker when the dump has run and the transaction is still open.
        struct Gate
        {
            QByteArray tail;
            bool reached = false;
            bool opened = false;
            QString refused; ///< what changed outside the scratch database
        };
        auto gate = std::make_shared<Gate>();
        const QByteArray marker = QStringLiteral("proofer-gate %1").arg(token).toUtf8();
        QPointer<QProcess> guarded = process;
        QObject::connect(process, &QProcess::readyReadStandardOutput, process, [this, process, gate, marker, token, guarded] {
            gate->tail += process->readAllStandardOutput();
            if (gate->reached || !gate->tail.contains(marker)) {
                gate->tail = gate->tail.right(marker.size());
                return;
            }
            gate->reached = true;
            gate->tail.clear();
            inspectAtGate(token).then(m_context.get(), [gate, guarded](const QString &refused) {
                if (!guarded)
                    return;
                if (refused.isEmpty()) {
                    gate->opened = true;
                    guarded->write("ok\n");
                    guarded->closeWriteChannel();
                } else {
                    gate->refused = refused;
                    guarded->kill(); // its backend was terminated already; the transaction is gone either way
                }
            });
        });
        auto finish = [this, process, promise, stderrBytes, session, cancelled, passfile, gate, gatePath](const QString &startError) {
            *stderrBytes += process->readAllStandardError();
            QFile gateFile(gatePath);
            gateFile.remove();
            StepResult result;
            QString cause;
            for (const QByteArray &line : stderrBytes->split('\n')) {
                if (line.contains("ERROR:") || line.contains("FATAL:") || line.contains("error:")) {
                    // The dump's own words (a RAISE, a value in an error) reach a terminal: no escape sequence.
                    cause = Core::printable(line, 2000).trimmed();
                    break;
                }
            }
            if (cause.isEmpty())
                cause = Core::printable(stderrBytes->trimmed().split('\n').constLast(), 2000);
            const QString role = restoredAs();
            if (!startError.isEmpty())
                result = StepResult::failure(QCoreApplication::translate("Ops", "%1: cannot run psql: %2").arg(datastore(), startError));
            else if (!gate->refused.isEmpty())
                result = StepResult::failure(
                    QCoreApplication::translate("Ops", "%1: the restore was stopped at its last check, before it committed, as role %3: %2. "
                                                       "Nothing of it was kept.")
                        .arg(datastore(), gate->refused, role),
                    QJsonObject{{QStringLiteral("role"), runAsName()}, {QStringLiteral("changedOutside"), gate->refused}});
            else if (cancelled && cancelled->load())
                result = StepResult::failure(QCoreApplication::translate("Ops", "%1: restore cancelled").arg(datastore()));
            else if (process->exitStatus() != QProcess::NormalExit)
                result = StepResult::failure(QCoreApplication::translate("Ops", "%1: psql was killed during the restore").arg(datastore()));
            else if (process->exitCode() != 0)
                result = StepResult::failure(QCoreApplication::translate("Ops", "%1: psql stopped the restore into %2 as role %5 (exit %3): %4")
                                                 .arg(datastore(), session->scratch)
                                                 .arg(process->exitCode())
                                                 .arg(cause, role),
                                             QJsonObject{{QStringLiteral("role"), runAsName()}, {QStringLiteral("restrictedRole"), m_restricted}});
            else if (!gate->opened)
                result = StepResult::failure(
                    QCoreApplication::translate("Ops", "%1: psql ended without reaching the check of the server-wide catalogs: %2").arg(datastore(), cause));
            else
                result = StepResult::success(
                    QCoreApplication::translate("Ops", "%1: restored into %2 as role %3; nothing outside the scratch database changed")
                        .arg(datastore(), session->scratch, role),
                    QJsonObject{{QStringLiteral("scratchOid"), session->scratchOid},
                                {QStringLiteral("role"), runAsName()},
                                {QStringLiteral("restrictedRole"), m_restricted},
                                {QStringLiteral("superuser"), m_superuser && !m_restricted}});
            promise->addResult(result);
            promise->finish();
            process->deleteLater();
        };
        QObject::connect(process, &QProcess::finished, process, [finish] { finish({}); });
        QObject::connect(process, &QProcess::errorOccurred, process, [finish, process](QProcess::ProcessError e) {
            if (e == QProcess::FailedToStart)
                finish(process->errorString());
        });
        qCInfo(lcOps) << "restoring" << session->request.backupFile << "into" << session->scratch << "as" << runAsName();
        session->restoredAs = restoredAs();
        process->start();
        return promise->future();
    }

    /** psql's backend at the gate, found by the marker it just ran (a few tries: its state may show a moment late).
     *  The pid, or "" with @p error set. */
    QFuture<SqlResult> findAtGate(const QString &token, int attempt = 0)
    {
        const QString find = QStringLiteral("SELECT pid::text FROM pg_catalog.pg_stat_activity WHERE state = 'idle in transaction' "
                                            "AND query LIKE %1")
                                 .arg(quoteLiteral(QStringLiteral("%proofer-gate ") + token + u'%'));
        return sql(maintenanceDatabase(), {find})
            .then(m_context.get(),
                  [this, token, attempt](const SqlResult &found) {
                      if (!found.ok || !found.results.value(0).isEmpty() || attempt >= 10)
                          return readySql(found);
                      auto promise = std::make_shared<QPromise<SqlResult>>();
                      promise->start();
                      QTimer::singleShot(300, m_context.get(), [this, token, attempt, promise] {
                          findAtGate(token, attempt + 1).then(m_context.get(), [promise](const SqlResult &again) {
                              promise->addResult(again);
                              promise->finish();
                          });
                      });
                      return promise->future();
                  })
            .unwrap();
    }

    /** At the gate: psql's backend and its write locks on server-wide catalogs. Empty when nothing outside the scratch
     *  database changed; else what did (the backend is terminated first). */
    QFuture<QString> inspectAtGate(const QString &token)
    {
        return findAtGate(token)
            .then(m_context.get(),
                  [this](const SqlResult &found) {
                      const QString pid = found.results.value(0).value(0).value(0);
                      if (!found.ok || pid.isEmpty()) {
                          SqlResult none;
                          none.error = found.ok ? QCoreApplication::translate("Ops", "psql's session could not be found at the gate")
                                                : found.error;
                          return readySql(none);
                      }
                      return sql(maintenanceDatabase(), {QStringLiteral("SELECT %1").arg(pid), sharedLocksSql(pid)});
                  })
            .unwrap()
            .then(m_context.get(),
                  [this](const SqlResult &locks) {
                      if (!locks.ok)
                          return readySql(locks);
                      QStringList held;
                      for (const QStringList &row : locks.results.value(1))
                          held << row.value(0);
                      SqlResult verdict;
                      verdict.ok = held.isEmpty();
                      verdict.error = QCoreApplication::translate("Ops", "it changed %1 outside the scratch database")
                                          .arg(held.join(QStringLiteral(", ")));
                      if (verdict.ok)
                          return readySql(verdict);
                      const QString pid = locks.results.value(0).value(0).value(0);
                      return sql(maintenanceDatabase(), {QStringLiteral("SELECT pg_catalog.pg_terminate_backend(%1)").arg(pid)})
                          .then(m_context.get(), [verdict](const SqlResult &) { return verdict; });
                  })
            .unwrap()
            .then(m_context.get(), [](const SqlResult &verdict) {
                // Not found or unreadable: refused too (the gate never opens on doubt).
                return verdict.ok ? QString() : (verdict.error.isEmpty() ? QStringLiteral("?") : verdict.error);
            });
    }

    /**
     * Drops the scratch database this restore made (its name and, when known, its OID) and says what it did. When the
     * restored copy (that OID) is live under another name, the swap happened: it is not dropped, and that is a failure
     * (the swap must be undone first).
     */
    QFuture<StepResult> dropScratch()
    {
        auto session = m_session;
        if (session->scratch.isEmpty())
            return ready(StepResult::success(QCoreApplication::translate("Ops", "%1: no scratch database was named: nothing to drop").arg(datastore())));
        const QString byOid = session->scratchOid.isEmpty()
            ? QStringLiteral("NULL")
            : QStringLiteral("(SELECT datname FROM pg_database WHERE oid = %1)").arg(quoteLiteral(session->scratchOid));
        return sql(maintenanceDatabase(),
                   {QStringLiteral("SELECT (SELECT oid::text FROM pg_database WHERE datname = %1), %2")
                        .arg(quoteLiteral(session->scratch), byOid)})
            .then(m_context.get(),
                  [this, session](const SqlResult &state) {
                      if (!state.ok)
                          return ready(StepResult::failure(
                              QCoreApplication::translate("Ops", "%1: cannot look for the scratch database %2: %3").arg(datastore(), session->scratch, state.error)));
                      const QStringList row = state.results.value(0).value(0);
                      const QString oid = row.value(0);
                      const QString nameOfCopy = row.value(1);
                      if (!session->scratchOid.isEmpty() && !nameOfCopy.isEmpty() && nameOfCopy != session->scratch)
                          return ready(StepResult::failure(
                              QCoreApplication::translate("Ops", "%1: the restored copy (OID %2) is now named %3: the swap was done and is not "
                                                                 "undone; nothing was dropped")
                                  .arg(datastore(), session->scratchOid, nameOfCopy)));
                      if (oid.isEmpty()) {
                          m_created = false;
                          return ready(StepResult::success(
                              QCoreApplication::translate("Ops", "%1: there is no scratch database %2: nothing to drop").arg(datastore(), session->scratch)));
                      }
                      if (!session->scratchOid.isEmpty() && oid != session->scratchOid)
                          return ready(StepResult::failure(
                              QCoreApplication::translate("Ops", "%1: the database %2 is not the one this restore made (OID %3, not %4): it was not dropped")
                                  .arg(datastore(), session->scratch, oid, session->scratchOid)));
                      return sql(maintenanceDatabase(),
                                 {QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(quoteIdentifier(session->scratch)),
                                  QStringLiteral("SELECT count(*) FROM pg_database WHERE datname = %1").arg(quoteLiteral(session->scratch))})
                          .then(m_context.get(), [this, session](const SqlResult &dropped) {
                              if (!dropped.ok)
                                  return StepResult::failure(
                                      QCoreApplication::translate("Ops", "%1: the scratch database %2 could not be dropped: %3")
                                          .arg(datastore(), session->scratch, dropped.error));
                              if (dropped.results.value(1).value(0).value(0) != u"0")
                                  return StepResult::failure(
                                      QCoreApplication::translate("Ops", "%1: the scratch database %2 is still there after DROP DATABASE")
                                          .arg(datastore(), session->scratch));
                              m_created = false;
                              return StepResult::success(
                                  QCoreApplication::translate("Ops", "%1: dropped the scratch database %2").arg(datastore(), session->scratch));
                          });
                  })
            .unwrap()
            .then(m_context.get(),
                  [this](const StepResult &database) {
                      // The role goes after its database (it owns nothing else), also when there was none to drop. (A
                      // role that owns the live database cannot be dropped: DROP ROLE refuses, and that is said.)
                      return dropRole().then(m_context.get(), [database](const StepResult &role) {
                          StepResult result = database;
                          result.ok = database.ok && role.ok;
                          if (!role.message.isEmpty())
                              result.message += u'\n' + role.message;
                          return result;
                      });
                  })
            .unwrap()
            .then(m_context.get(), [this](const StepResult &result) {
                endDryRunRecord(result.ok, result.message);
                return result;
            });
    }

    std::shared_ptr<Journal> m_dryRunRecord;
    bool m_superuser = false; ///< the login is a superuser (said in the step's message when it runs the dump)
    bool m_restricted = false; ///< the dump runs as session->restoreRole, made for it
    Core::Secret m_rolePassword; ///< that role's password, until psql's passfile holds it
    bool m_createSent = false; ///< CREATE DATABASE was sent and its outcome is not known yet
    bool m_created = false;
};

} // namespace

std::unique_ptr<Step> makeScratchStep(std::shared_ptr<RestoreSession> session)
{
    return std::make_unique<ScratchStep>(std::move(session));
}

} // namespace Ops::RestoreSteps
