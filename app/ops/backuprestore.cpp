// SPDX-License-Identifier: GPL-3.0-or-later
#include "ops/backuprestore.h"
#include "ops/backuprestoresteps.h"
#include "ops/backupcreate.h"

#include "core/clock.h"
#include "core/logging.h"
#include "fleet/backupcatalog.h"
#include "ops/backupcrypto.h"
#include "ops/backupformat.h"
#include "ops/journal.h"

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
namespace RestoreSteps {

namespace {

/** Exact row counts of every ordinary table, keyed the way pg_dump names tables in COPY statements. */
const QString s_countRowsSql = QStringLiteral(
    "SELECT quote_ident(n.nspname) || '.' || quote_ident(c.relname), "
    "(xpath('/row/n/text()', query_to_xml(format('SELECT count(*) AS n FROM %I.%I', n.nspname, c.relname), "
    "false, true, '')))[1]::text::bigint "
    "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
    "WHERE c.relkind = 'r' AND n.nspname NOT IN ('pg_catalog', 'information_schema') "
    "AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp%' ORDER BY 1");

/**
 * The counts, read by the login in a database a dump just wrote: nothing of the dump's may run as the login. Only
 * pg_catalog is searched (a public.quote_ident(name) would otherwise win over pg_catalog's by its exact argument
 * type), and row security is off (a forced policy's function would run as a login that is not a superuser: the
 * count then fails instead).
 */
const QStringList &countRowsStatements()
{
    static const QStringList statements{QStringLiteral("SET search_path = pg_catalog"), QStringLiteral("SET row_security = off"),
                                        s_countRowsSql};
    return statements;
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
} // namespace

/** The ids of the restore plan's steps for @p datastore (makeRestorePlan). */
QStringList restoreStepIds(const QString &datastore, bool swap)
{
    QStringList ids{QStringLiteral("decrypt/") + datastore, QStringLiteral("check/") + datastore,
                    QStringLiteral("restore-scratch/") + datastore};
    if (swap)
        ids << QStringLiteral("swap/") + datastore;
    return ids;
}

/** The plan's journaled parameters: everything a rollback needs to find again, and every name it may remove. */
QJsonObject restoreParameters(const RestoreSession &session, bool swap)
{
    const RestoreRequest &request = session.request;
    return {
        {QStringLiteral("namespace"), request.endpoint.namespaceName},
        {QStringLiteral("datastore"), request.endpoint.datastore},
        {QStringLiteral("database"), request.endpoint.database},
        {QStringLiteral("file"), request.backupFile},
        {QStringLiteral("scratch"), session.scratch},
        {QStringLiteral("previous"), session.previous},
        // Made only when the login may create roles, and only after this line is written.
        {QStringLiteral("restoreRole"), session.restoreRole},
        {QStringLiteral("swap"), swap},
        // The private temp dir (CA file, decrypted dump) is made on first use: a crash leaves only this one.
        {QStringLiteral("tmp"), session.tmp.path()},
    };
}
QFuture<StepResult> RestoreStep::compare(const QString &restoredName)
{
    auto session = m_session;
    return sql(restoredName, countRowsStatements())
        .then(m_context.get(),
              [this, session, restoredName](const SqlResult &restored) {
                  if (!restored.ok)
                      return ready(StepResult::failure(restored.error));
                  const QHash<QString, qint64> scratchCounts = countsOf(restored.results.constLast());
                  return sql(live() == restoredName ? session->previous : live(), countRowsStatements())
                      .then(m_context.get(), [this, session, scratchCounts, restoredName](const SqlResult &liveResult) {
                          // The live database may be unreadable (that is why one restores): shown as absent.
                          const QHash<QString, qint64> liveCounts =
                              liveResult.ok ? countsOf(liveResult.results.constLast()) : QHash<QString, qint64>();
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


} // namespace RestoreSteps

namespace {

using namespace RestoreSteps;

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
        if (!session->tmp.create())
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
                                     // gpg is done: the agent of a private GNUPGHOME goes now.
                                     Gpg::stopAgent(session->request.gnupgHome);
                                     if (result.status != Gpg::DecryptStatus::Ok) {
                                         // Not a byte of an unverified plaintext stays.
                                         QFile file(gzPath);
                                         file.resize(0);
                                         file.remove();
                                     }
                                     return result;
                                 })
            .then(m_context.get(), [this, session, gzPath](const Gpg::DecryptResult &result) {
                QJsonObject facts{{QStringLiteral("file"), session->request.backupFile},
                                  {QStringLiteral("status"), int(result.status)},
                                  {QStringLiteral("cipher"), result.cipher},
                                  {QStringLiteral("bytes"), result.bytes}};
                if (result.status != Gpg::DecryptStatus::Ok)
                    return StepResult::failure(QCoreApplication::translate("Ops", "%1: %2").arg(datastore(), result.message), facts);
                // The signature's verdict is journaled whatever it is.
                facts.insert(QStringLiteral("signature"), Gpg::signatureStatusName(result.signature));
                facts.insert(QStringLiteral("signer"), result.signerFingerprint);
                facts.insert(QStringLiteral("allowUnsigned"), session->request.allowUnsigned);
                const QString file = QFileInfo(session->request.backupFile).fileName();
                const QString signer = result.signer.isEmpty() ? result.signerFingerprint
                                                               : QStringLiteral("%1 (%2)").arg(result.signer, result.signerFingerprint);
                QString verdict;
                bool refused = false;
                switch (result.signature) {
                case Gpg::SignatureStatus::Good:
                    verdict = QCoreApplication::translate("Ops", "signed by %1").arg(signer);
                    break;
                case Gpg::SignatureStatus::Bad:
                    verdict = QCoreApplication::translate("Ops", "its signature by %1 does not verify: it was forged or changed, or the key is revoked or "
                                                                 "expired")
                                  .arg(signer);
                    refused = true; // never allowed
                    break;
                case Gpg::SignatureStatus::Untrusted:
                    verdict = QCoreApplication::translate("Ops", "signed by %1, a key this keyring does not hold valid").arg(signer);
                    refused = !session->request.allowUnsigned;
                    break;
                case Gpg::SignatureStatus::UnknownKey:
                    verdict = QCoreApplication::translate("Ops", "signed by the key %1, which is not in this keyring").arg(signer);
                    refused = !session->request.allowUnsigned;
                    break;
                case Gpg::SignatureStatus::None:
                    verdict = QCoreApplication::translate("Ops", "not signed: anyone with the public key or the passphrase could have made it");
                    refused = !session->request.allowUnsigned;
                    break;
                }
                if (refused) {
                    QFile plain(gzPath);
                    plain.resize(0);
                    plain.remove();
                    const QString hint = result.signature == Gpg::SignatureStatus::Bad
                        ? QString()
                        : QCoreApplication::translate("Ops", " (restore it anyway only if you know where it comes from: --allow-unsigned)");
                    return StepResult::failure(QCoreApplication::translate("Ops", "%1: %2 is refused: %3%4").arg(datastore(), file, verdict, hint), facts);
                }
                session->gzPath = gzPath;
                const QString allowed = result.signature == Gpg::SignatureStatus::Good
                    ? QString()
                    : QCoreApplication::translate("Ops", " — restored anyway, as asked");
                return StepResult::success(QCoreApplication::translate("Ops", "%1: decrypted (%2), integrity check passed; %3%4")
                                               .arg(file, result.cipher, verdict, allowed),
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
    QList<QPair<qint64, QByteArray>> ownership;
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
                                     for (const DumpChecker::Ownership &line : checker.ownershipLines())
                                         outcome.ownership.append({line.offset, line.text});
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
                session->ownershipLines = outcome.ownership;
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
    session->scratch = request.scratchName.isEmpty() ? names.first : request.scratchName;
    session->previous = request.previousName.isEmpty() ? names.second : request.previousName;
    // A role and a database may share a name: the role is the scratch copy's own.
    session->restoreRole = request.namesFromJournal || !request.restoreRoleName.isEmpty() ? request.restoreRoleName : names.first;
    // Nothing is made here: the private dir and its CA file are made on first use, once the journal names them.
    if (sessionOut)
        *sessionOut = session;

    const QJsonObject parameters = RestoreSteps::restoreParameters(*session, request.swap);
    auto plan = std::make_unique<Plan>(
        QStringLiteral("restore"),
        QCoreApplication::translate("Ops", "Restore %1 into %2").arg(QFileInfo(request.backupFile).fileName(),
                                                                     request.endpoint.describe()),
        parameters);
    plan->addStep(std::make_unique<DecryptStep>(session));
    plan->addStep(std::make_unique<CheckStep>(session));
    plan->addStep(RestoreSteps::makeScratchStep(session));
    if (request.swap)
        plan->addStep(RestoreSteps::makeSwapStep(session));
    return plan;
}

} // namespace Ops
