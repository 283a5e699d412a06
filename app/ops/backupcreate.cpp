// SPDX-License-Identifier: GPL-3.0-or-later
#include "ops/backupcreate.h"
#include "fleet/backupcatalog.h"

#include "core/clock.h"
#include "core/logging.h"
#include "ops/backupformat.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QPointer>
#include <QProcess>
#include <QPromise>
#include <QRandomGenerator>
#include <QTimer>
#include <QtConcurrent>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <unistd.h>

namespace Ops {

namespace {

QString errnoText()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

constexpr qsizetype pipeChunk = 64 * 1024;
const QByteArray s_trailer = "-- PostgreSQL database dump complete";

struct WorkerOutcome
{
    bool ok = false;
    QString error;
    qint64 plainBytes = 0;
    bool sawTrailer = false;
};

/** Reads pg_dump's output from @p readFd, gzips and encrypts it into @p outFd. Runs on a worker. */
WorkerOutcome compressAndEncrypt(int readFd, int outFd, const Gpg::EncryptionKey &key, const QByteArray &header,
                                 const std::shared_ptr<std::atomic_bool> &cancelled)
{
    WorkerOutcome outcome;
    GzipCompressor gzip;
    QByteArray pending;
    qsizetype offset = 0;
    bool ended = false;
    QByteArray tail;
    QByteArray chunk(pipeChunk, Qt::Uninitialized);
    gzip.compress(header.constData(), header.size(), pending);

    const Gpg::Source source = [&](char *buffer, qint64 size, QString *error) -> qint64 {
        while (offset >= pending.size()) {
            if (ended)
                return 0;
            pending.clear();
            offset = 0;
            ssize_t n = -1;
            do {
                n = ::read(readFd, chunk.data(), size_t(chunk.size()));
            } while (n < 0 && errno == EINTR);
            if (n < 0) {
                *error = QCoreApplication::translate("Ops", "cannot read pg_dump's output: %1").arg(errnoText());
                return -1;
            }
            if (n == 0) {
                gzip.finish(pending);
                ended = true;
                continue;
            }
            outcome.plainBytes += n;
            tail = QByteArray(tail + QByteArray::fromRawData(chunk.constData(), n)).right(256);
            if (!gzip.compress(chunk.constData(), n, pending)) {
                *error = QCoreApplication::translate("Ops", "zlib could not compress the dump");
                return -1;
            }
        }
        const qint64 n = std::min<qint64>(size, pending.size() - offset);
        memcpy(buffer, pending.constData() + offset, size_t(n));
        offset += n;
        return n;
    };
    QString error;
    outcome.ok = Gpg::encrypt(source, outFd, key, cancelled.get(), &error);
    if (outcome.ok && ::fsync(outFd) != 0) {
        outcome.ok = false;
        error = QCoreApplication::translate("Ops", "cannot write the backup (is the disk full?): %1").arg(errnoText());
    }
    ::close(readFd); // pg_dump, if still writing, now gets EPIPE and stops
    outcome.error = error;
    outcome.sawTrailer = tail.contains(s_trailer);
    return outcome;
}

/** Decrypts, gunzips and checks a backup in memory. Runs on a worker. */
BackupResult verifyOnWorker(const QString &path, const Core::Secret &passphrase, const QString &homeDirectory,
                            const QString &expectedDatabase, const std::shared_ptr<std::atomic_bool> &cancelled)
{
    BackupResult result;
    result.path = path;
    result.bytes = QFileInfo(path).size();
    const auto name = BackupName::parse(path);
    DumpChecker checker(expectedDatabase, name ? name->database : QString());
    qint64 plainBytes = 0;
    GzipDecompressor gunzip([&](const char *data, qsizetype size, QString *error) {
        plainBytes += size;
        if (!checker.feed(data, size)) {
            *error = checker.error();
            return false;
        }
        return true;
    });
    const Gpg::Sink sink = [&](const char *data, qint64 size, QString *error) {
        return gunzip.feed(data, qsizetype(size), error);
    };
    const Gpg::DecryptResult decrypted = Gpg::decrypt(path, sink, passphrase, homeDirectory, cancelled.get());
    if (decrypted.status != Gpg::DecryptStatus::Ok) {
        result.error = decrypted.message;
        result.verification = decrypted.status == Gpg::DecryptStatus::NoSecretKey ? QStringLiteral("no-secret-key")
                                                                                  : QStringLiteral("failed");
        return result;
    }
    QString error;
    if (!gunzip.finish(&error) || !checker.finish()) {
        result.error = error.isEmpty() ? checker.error() : error;
        result.verification = QStringLiteral("failed");
        return result;
    }
    result.ok = true;
    result.verified = true;
    result.dumpBytes = plainBytes;
    result.tables = checker.copyRows();
    result.pgDumpVersion = checker.pgDumpVersion();
    result.verification = QStringLiteral("decrypted, gunzipped and checked (%1)").arg(decrypted.cipher);
    QJsonArray tables;
    for (const auto &[table, rows] : std::as_const(result.tables))
        tables.append(QJsonObject{{QStringLiteral("table"), table}, {QStringLiteral("rows"), rows}});
    const QJsonObject details{
        {QStringLiteral("database"), checker.headerDatabase().isEmpty() ? expectedDatabase : checker.headerDatabase()},
        {QStringLiteral("datastore"), checker.headerDatastore()},
        {QStringLiteral("pgDumpVersion"), checker.pgDumpVersion()},
        {QStringLiteral("dumpedFrom"), checker.dumpedFromVersion()},
        {QStringLiteral("dumpBytes"), plainBytes},
        {QStringLiteral("cipher"), decrypted.cipher},
        {QStringLiteral("tables"), tables},
    };
    if (!writeVerifiedSidecar(path, details, Core::Clock::currentDateTimeUtc(), &error)) {
        result.ok = false;
        result.error = error;
    }
    return result;
}

/** Runs one backup on the thread that created it. Deletes itself when done. */
class BackupJob final : public QObject
{
public:
    BackupJob(BackupRequest request, std::shared_ptr<std::atomic_bool> cancelled)
        : m_request(std::move(request))
        , m_cancelled(cancelled ? std::move(cancelled) : std::make_shared<std::atomic_bool>(false))
        , m_tmp(m_request.tempDirectory.isEmpty() ? PrivateDir::choosePath() : m_request.tempDirectory)
    {
        m_promise.start();
    }

    QFuture<BackupResult> future() { return m_promise.future(); }

    void start()
    {
        const PgEndpoint &endpoint = m_request.endpoint;
        const QDateTime when =
            m_request.timestamp.isValid() ? m_request.timestamp.toUTC() : Core::Clock::currentDateTimeUtc();
        const QString fileName = BackupName::make(endpoint.database, endpoint.datastore, when);
        if (fileName.isEmpty())
            return fail(QCoreApplication::translate("Ops", "%1: \"%2\" cannot name a backup file (a Kubernetes-style name is needed)")
                            .arg(endpoint.describe(), endpoint.datastore));
        const QDir dir(m_request.outputDirectory);
        if (m_request.outputDirectory.isEmpty() || !dir.exists())
            return fail(QCoreApplication::translate("Ops", "the backup directory %1 does not exist").arg(m_request.outputDirectory));
        m_finalPath = dir.absoluteFilePath(fileName);
        m_partialPath = m_request.partialPath.isEmpty() ? m_finalPath + QLatin1String(partialSuffix)
                                                        : QFileInfo(m_request.partialPath).absoluteFilePath();
        if (!m_partialPath.endsWith(QLatin1String(partialSuffix)))
            return fail(QCoreApplication::translate("Ops", "%1 cannot hold a backup being written (its name must end in %2)")
                            .arg(m_partialPath, QLatin1String(partialSuffix)));
        if (QFileInfo::exists(m_finalPath))
            return fail(QCoreApplication::translate("Ops", "%1 already exists; a backup is never overwritten").arg(m_finalPath));
        const QString bin = postgresBinDir();
        if (bin.isEmpty())
            return fail(QCoreApplication::translate("Ops", "pg_dump is not installed (no /usr/lib/postgresql/N/bin/pg_dump)"));
        QString error;
        if (!clientEnvironment(endpoint, endpoint.database, m_tmp, &m_environment, &error))
            return fail(error);

        m_outFd = ::open(QFile::encodeName(m_partialPath).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        if (m_outFd < 0)
            return fail(QCoreApplication::translate("Ops", "cannot create %1: %2").arg(m_partialPath, errnoText()));
        m_createdPartial = true;
        int fds[2] = {-1, -1};
        if (::pipe2(fds, O_CLOEXEC) != 0) {
            const QString cause = errnoText();
            return fail(QCoreApplication::translate("Ops", "cannot create a pipe: %1").arg(cause));
        }
        const int readFd = fds[0];
        const int writeFd = fds[1];

        m_process = new QProcess(this);
        m_process->setProgram(bin + QStringLiteral("/pg_dump"));
        m_process->setArguments({QStringLiteral("--format=plain"), QStringLiteral("--no-password"),
                                 QStringLiteral("--lock-wait-timeout=120000")});
        m_process->setProcessEnvironment(m_environment.environment);
        m_process->setStandardOutputFile(QProcess::nullDevice());
        // pg_dump writes straight into the pipe the worker reads: no plaintext on disk, no copy here. It reads the
        // password from the in-memory passfile it inherits.
        const int passFd = m_environment.passfile->fd();
        m_process->setChildProcessModifier([writeFd, passFd] {
            ::dup2(writeFd, STDOUT_FILENO);
            ::fcntl(passFd, F_SETFD, 0);
        });
        connect(m_process, &QProcess::readyReadStandardError, this, [this] {
            m_stderr += m_process->readAllStandardError();
            if (m_stderr.size() > 64 * 1024)
                m_stderr = m_stderr.right(64 * 1024);
        });
        connect(m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus status) {
            m_stderr += m_process->readAllStandardError();
            m_exitCode = code;
            m_crashed = status != QProcess::NormalExit;
            m_processDone = true;
            conclude();
        });
        connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError processError) {
            if (processError != QProcess::FailedToStart)
                return;
            m_startError = m_process->errorString();
            m_processDone = true;
            conclude();
        });

        const QByteArray header = prooferHeaderLine(endpoint.database, endpoint.datastore, when);
        qCInfo(lcOps) << "backup of" << endpoint.describe() << "to" << m_finalPath;
        m_workerRunning = true; // set first: a failed start reports at once and must wait for the worker
        m_process->start();
        ::close(writeFd); // the child has its copy; EOF reaches the worker when pg_dump ends
        QtConcurrent::run(opsThreadPool(), compressAndEncrypt, readFd, m_outFd, m_request.key, header, m_cancelled)
            .then(this, [this](const WorkerOutcome &outcome) {
                m_worker = outcome;
                m_workerRunning = false;
                if (!outcome.ok && m_process && m_process->state() != QProcess::NotRunning)
                    m_process->kill();
                conclude();
            });
        m_result.path.clear();
    }

private:
    void fail(const QString &error)
    {
        discardPartial();
        m_result.ok = false;
        m_result.error = error;
        m_result.path.clear();
        deliver();
    }

    void discardPartial()
    {
        if (m_outFd >= 0) {
            ::close(m_outFd);
            m_outFd = -1;
        }
        // Only the file this job created: a name refused or taken by someone else is not ours to delete.
        if (m_createdPartial && !m_partialPath.isEmpty())
            QFile::remove(m_partialPath);
    }

    void deliver()
    {
        if (m_delivered)
            return;
        m_delivered = true;
        m_tmp.wipe();
        m_environment.passfile.reset();
        // The agent of a private GNUPGHOME ends with the backup, before the backup says it ended.
        QtConcurrent::run(opsThreadPool(), Gpg::stopAgent, m_request.key.homeDirectory).then(this, [this] {
            m_promise.addResult(m_result);
            m_promise.finish();
            deleteLater();
        });
    }

    QString dumpError() const
    {
        const QString where = m_request.endpoint.describe();
        if (m_cancelled->load())
            return QCoreApplication::translate("Ops", "%1: backup cancelled").arg(where);
        if (!m_startError.isEmpty())
            return QCoreApplication::translate("Ops", "%1: cannot run pg_dump: %2").arg(where, m_startError);
        QString cause;
        for (const QByteArray &line : m_stderr.split('\n')) {
            const QString text = cleanPgMessage(QString::fromUtf8(line));
            if (!text.isEmpty() && (cause.isEmpty() || line.contains("error")))
                cause = text;
        }
        if (m_crashed)
            return QCoreApplication::translate("Ops", "%1: pg_dump was killed before it finished%2")
                .arg(where, cause.isEmpty() ? QString() : QStringLiteral(" (") + cause + u')');
        if (m_exitCode != 0)
            return QCoreApplication::translate("Ops", "%1: pg_dump failed (exit %2): %3")
                .arg(where)
                .arg(m_exitCode)
                .arg(cause.isEmpty() ? QCoreApplication::translate("Ops", "no message") : cause);
        return {};
    }

    void conclude()
    {
        if (!m_processDone || m_workerRunning || m_delivered)
            return;
        const QString where = m_request.endpoint.describe();
        QString error = dumpError();
        if (error.isEmpty() && !m_worker.ok)
            error = QCoreApplication::translate("Ops", "%1: %2").arg(where, m_worker.error);
        if (error.isEmpty() && !m_worker.sawTrailer)
            error = QCoreApplication::translate("Ops", "%1: pg_dump's output ended without its closing line: the dump is incomplete").arg(where);
        if (!error.isEmpty())
            return fail(error);

        // Everything flushed and pg_dump exited 0: give the file its name (never replacing one).
        ::close(m_outFd);
        m_outFd = -1;
        if (::link(QFile::encodeName(m_partialPath).constData(), QFile::encodeName(m_finalPath).constData()) != 0)
            return fail(QCoreApplication::translate("Ops", "cannot name the backup %1: %2").arg(m_finalPath, errnoText()));
        QFile::remove(m_partialPath);
        m_partialPath.clear();
        const int dirFd = ::open(QFile::encodeName(QFileInfo(m_finalPath).absolutePath()).constData(),
                                 O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (dirFd >= 0) {
            ::fsync(dirFd);
            ::close(dirFd);
        }
        m_result.ok = true;
        m_result.path = m_finalPath;
        m_result.bytes = QFileInfo(m_finalPath).size();
        m_result.dumpBytes = m_worker.plainBytes;
        qCInfo(lcOps) << "backup written:" << m_finalPath << m_result.bytes << "bytes";

        if (!m_request.verify) {
            m_result.verification = QStringLiteral("not requested");
            return deliver();
        }
        const Gpg::EncryptionKey &key = m_request.key;
        QtConcurrent::run(opsThreadPool(), verifyOnWorker, m_finalPath,
                          key.recipientFingerprint.isEmpty() ? key.passphrase : Core::Secret(), key.homeDirectory,
                          m_request.endpoint.database, m_cancelled)
            .then(this, [this](const BackupResult &verified) {
                if (verified.ok) {
                    m_result.verified = true;
                    m_result.verification = verified.verification;
                    m_result.tables = verified.tables;
                    m_result.pgDumpVersion = verified.pgDumpVersion;
                } else if (verified.verification == u"no-secret-key") {
                    m_result.verification = QCoreApplication::translate("Ops", "not verified: the recipient's secret key is not in this keyring");
                } else {
                    // An unreadable backup must not look like a backup.
                    QFile::remove(m_finalPath);
                    m_result.ok = false;
                    m_result.path.clear();
                    m_result.error = QCoreApplication::translate("Ops", "%1: the written backup failed its verification and was removed: %2")
                                         .arg(m_request.endpoint.describe(), verified.error);
                }
                deliver();
            });
    }

    BackupRequest m_request;
    std::shared_ptr<std::atomic_bool> m_cancelled;
    QPromise<BackupResult> m_promise;
    BackupResult m_result;
    PrivateDir m_tmp;
    ClientEnvironment m_environment;
    QPointer<QProcess> m_process;
    QString m_finalPath;
    QString m_partialPath;
    bool m_createdPartial = false;
    int m_outFd = -1;
    QByteArray m_stderr;
    QString m_startError;
    int m_exitCode = -1;
    bool m_crashed = false;
    bool m_processDone = false;
    bool m_workerRunning = false;
    WorkerOutcome m_worker;
    bool m_delivered = false;
};

} // namespace

QJsonObject BackupResult::facts() const
{
    QJsonObject json{
        {QStringLiteral("file"), path},
        {QStringLiteral("bytes"), bytes},
        {QStringLiteral("dumpBytes"), dumpBytes},
        {QStringLiteral("verified"), verified},
        {QStringLiteral("verification"), verification},
    };
    if (!tables.isEmpty()) {
        QJsonArray list;
        for (const auto &[table, rows] : tables)
            list.append(QJsonObject{{QStringLiteral("table"), table}, {QStringLiteral("rows"), rows}});
        json.insert(QStringLiteral("tables"), list);
    }
    return json;
}

QFuture<BackupResult> createBackup(const BackupRequest &request, QObject *context,
                                   std::shared_ptr<std::atomic_bool> cancelled)
{
    auto *job = new BackupJob(request, std::move(cancelled));
    QFuture<BackupResult> future = job->future();
    QTimer::singleShot(0, job, [job] { job->start(); });
    return future.then(context, [](const BackupResult &result) { return result; });
}

QFuture<BackupResult> verifyBackup(const QString &path, const Core::Secret &passphrase, const QString &homeDirectory,
                                   const QString &expectedDatabase, QObject *context,
                                   std::shared_ptr<std::atomic_bool> cancelled)
{
    if (!cancelled)
        cancelled = std::make_shared<std::atomic_bool>(false);
    return QtConcurrent::run(opsThreadPool(),
                             [=] {
                                 BackupResult result = verifyOnWorker(path, passphrase, homeDirectory, expectedDatabase, cancelled);
                                 Gpg::stopAgent(homeDirectory);
                                 return result;
                             })
        .then(context, [](const BackupResult &result) { return result; });
}

QFuture<QString> recordInBackupCatalog(const Fleet::BackupCatalogEntry &entry, QObject *context, const QString &catalogPath)
{
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool(QCoreApplication::instance());
        p->setMaxThreadCount(1); // one writer: the entries land in the order they were asked for
        p->setObjectName(QStringLiteral("proofer-backup-catalog"));
        return p;
    }();
    const QString path = catalogPath.isEmpty() ? Fleet::BackupCatalog::defaultPath() : catalogPath;
    return QtConcurrent::run(pool, [entry, path] {
               QString error;
               if (!Fleet::BackupCatalog::record(entry, &error, path)) {
                   if (error.isEmpty())
                       error = QCoreApplication::translate("Ops", "the backup catalog %1 cannot be written").arg(path);
                   qCWarning(lcOps) << "backup catalog:" << error;
               }
               return error;
           })
        .then(context, [](const QString &error) { return error; });
}

// ---- BackupStep ----------------------------------------------------------------------------------

BackupStep::BackupStep(BackupRequest request)
    : m_request(std::move(request))
    , m_context(std::make_unique<QObject>())
{
}

QString BackupStep::id() const
{
    return QStringLiteral("backup/%1/%2").arg(m_request.endpoint.datastore, m_request.endpoint.database);
}

QString BackupStep::title() const
{
    return QCoreApplication::translate("Ops", "Back up database %1 of %2").arg(m_request.endpoint.database, m_request.endpoint.datastore);
}

QString BackupStep::preview() const
{
    const QString target = m_request.key.recipientFingerprint.isEmpty()
        ? QCoreApplication::translate("Ops", "a passphrase (symmetric)")
        : QCoreApplication::translate("Ops", "the key %1").arg(m_request.key.recipientFingerprint);
    return QCoreApplication::translate("Ops", "pg_dump %1 | gzip | gpg, encrypted with %2, into %3")
        .arg(m_request.endpoint.describe(), target, QDir::toNativeSeparators(m_request.outputDirectory));
}

QFuture<StepResult> BackupStep::apply(const RunContext &context)
{
    if (context.dryRun) {
        // Tools, directory and login: what a real run needs, checked without writing anything.
        if (postgresBinDir().isEmpty())
            return ready(StepResult::failure(QCoreApplication::translate("Ops", "pg_dump is not installed (no /usr/lib/postgresql/N/bin/pg_dump)")));
        const QFileInfo dir(m_request.outputDirectory);
        if (!dir.isDir() || !dir.isWritable())
            return ready(StepResult::failure(QCoreApplication::translate("Ops", "the backup directory %1 does not exist or is not writable")
                                                 .arg(m_request.outputDirectory)));
        auto tmp = std::make_shared<PrivateDir>();
        QString error;
        if (!m_request.endpoint.caPem.isEmpty()
            && !tmp->writeFile(QStringLiteral("ca.pem"), m_request.endpoint.caPem, &error))
            return ready(StepResult::failure(error));
        const QString caFile = m_request.endpoint.caPem.isEmpty() ? QString() : tmp->filePath(QStringLiteral("ca.pem"));
        return runSql(m_request.endpoint, m_request.endpoint.database,
                      {QStringLiteral("SELECT pg_database_size(current_database())")}, caFile, m_context.get())
            .then(m_context.get(), [this, tmp](const SqlResult &sql) {
                if (!sql.ok)
                    return StepResult::failure(sql.error);
                const qint64 size = sql.results.value(0).value(0).value(0).toLongLong();
                return StepResult::success(
                    QCoreApplication::translate("Ops", "would back up %1 (%2 MiB on the server)")
                        .arg(m_request.endpoint.describe())
                        .arg(double(size) / (1024 * 1024), 0, 'f', 1),
                    QJsonObject{{QStringLiteral("databaseBytes"), size}});
            });
    }
    return createBackup(m_request, m_context.get(), context.cancelled)
        .then(m_context.get(), [this](const BackupResult &result) {
            m_result = result;
            m_path = result.path;
            if (!result.ok)
                return ready(StepResult::failure(result.error, result.facts()));
            if (result.verified) {
                // Verified end to end: it counts for the age of the newest backup (audit, checklist).
                Fleet::BackupCatalogEntry entry;
                entry.kind = Fleet::BackupCatalogEntry::Kind::Backup;
                entry.namespaceName = m_request.endpoint.namespaceName;
                entry.datastore = m_request.endpoint.datastore;
                entry.database = m_request.endpoint.database;
                entry.path = QFileInfo(result.path).absoluteFilePath();
                if (const auto name = BackupName::parse(result.path))
                    entry.takenAt = name->timestamp;
                entry.at = Core::Clock::currentDateTimeUtc();
                entry.bytes = result.bytes;
                // Written off this thread; the step ends (and the runner journals it) only once it is
                // recorded, so whoever waits for the run finds the entry, and the journal says if it failed.
                return recordInBackupCatalog(entry, m_context.get()).then(m_context.get(), [this, result](const QString &error) {
                    QJsonObject facts = result.facts();
                    facts.insert(QStringLiteral("catalogRecorded"), error.isEmpty());
                    if (!error.isEmpty())
                        facts.insert(QStringLiteral("catalogError"), error);
                    return successOf(result, facts);
                });
            }
            return ready(successOf(result, result.facts()));
        })
        .unwrap();
}

StepResult BackupStep::successOf(const BackupResult &result, const QJsonObject &facts) const
{
    return StepResult::success(QCoreApplication::translate("Ops", "%1: backup written to %2 (%3 bytes)%4")
                                   .arg(m_request.endpoint.describe(), result.path)
                                   .arg(result.bytes)
                                   .arg(result.verified ? QCoreApplication::translate("Ops", ", verified") : QString()),
                               facts);
}

QFuture<StepResult> BackupStep::verify(const RunContext &context)
{
    Q_UNUSED(context);
    const QFileInfo info(m_path);
    if (m_path.isEmpty() || !info.exists())
        return ready(StepResult::failure(QCoreApplication::translate("Ops", "the backup %1 is missing").arg(m_path)));
    if (m_result.bytes && info.size() != m_result.bytes)
        return ready(StepResult::failure(QCoreApplication::translate("Ops", "the backup %1 changed size since it was written").arg(m_path)));
    return ready(StepResult::success(QCoreApplication::translate("Ops", "%1 is in place").arg(m_path)));
}

QFuture<StepResult> BackupStep::undo(const RunContext &context)
{
    Q_UNUSED(context);
    if (!m_path.isEmpty()) {
        QFile::remove(m_path + QLatin1String(verifiedSuffix));
        if (QFileInfo::exists(m_path) && !QFile::remove(m_path))
            return ready(StepResult::failure(QCoreApplication::translate("Ops", "cannot remove %1").arg(m_path)));
    }
    return ready(StepResult::success(QCoreApplication::translate("Ops", "removed %1").arg(m_path)));
}

QFuture<Observation> BackupStep::observe(const RunContext &context)
{
    Q_UNUSED(context);
    const QString fileName = BackupName::make(m_request.endpoint.database, m_request.endpoint.datastore, m_request.timestamp);
    if (!m_request.timestamp.isValid() || fileName.isEmpty() || m_request.outputDirectory.isEmpty())
        return ready(Observation::unknown(QCoreApplication::translate("Ops", "%1: the journal does not name the backup file it was writing")
                                              .arg(m_request.endpoint.describe())));
    const QString path = QDir(m_request.outputDirectory).absoluteFilePath(fileName);
    // The catalog may wait for another process's lock: read off this thread.
    return QtConcurrent::run(opsThreadPool(),
                             [path]() {
                                 const bool there = QFileInfo(path).isFile();
                                 const bool verified = QFileInfo::exists(path + QLatin1String(verifiedSuffix));
                                 bool catalogued = false;
                                 Fleet::BackupCatalog catalog;
                                 if (there && catalog.load()) {
                                     for (const Fleet::BackupCatalogEntry &entry : catalog.entries())
                                         catalogued = catalogued || (entry.kind == Fleet::BackupCatalogEntry::Kind::Backup && entry.path == path);
                                 }
                                 const QJsonObject facts{{QStringLiteral("file"), path},
                                                         {QStringLiteral("present"), there},
                                                         {QStringLiteral("verified"), verified},
                                                         {QStringLiteral("catalogued"), catalogued}};
                                 if (!there)
                                     return Observation::notApplied(
                                         QCoreApplication::translate("Ops", "there is no backup %1: it was never finished").arg(path), facts);
                                 if (!verified)
                                     return Observation::unknown(
                                         QCoreApplication::translate("Ops", "the backup %1 was written but never verified: verify it or delete it").arg(path),
                                         facts);
                                 return Observation::applied(
                                     catalogued ? QCoreApplication::translate("Ops", "the backup %1 is there, verified and in the backup catalog").arg(path)
                                                : QCoreApplication::translate("Ops", "the backup %1 is there and verified, but not in the backup catalog").arg(path),
                                     facts);
                             })
        .then(m_context.get(), [this, path](const Observation &observation) {
            if (observation.state == Observation::State::Applied)
                m_path = path;
            return observation;
        });
}

QJsonObject BackupStep::journalState() const
{
    return {{QStringLiteral("path"), m_path}};
}

bool BackupStep::restoreJournalState(const QJsonObject &state)
{
    m_path = state.value(QStringLiteral("path")).toString();
    return true;
}

std::unique_ptr<Plan> makeBackupPlan(const QList<BackupRequest> &givenRequests)
{
    QJsonArray datastores;
    QJsonArray databases;
    QJsonArray partials;
    QJsonArray tmpDirs;
    QJsonArray files;
    QString directory;
    const QDateTime planTime = Core::Clock::currentDateTimeUtc();
    QString namespaceName;
    QList<BackupRequest> requests = givenRequests;
    // One token per plan: the partial files of this run have names no other run uses, and the journal's
    // header names them before the first is created.
    const QString token = QString::number(QRandomGenerator::system()->generate64(), 16).rightJustified(16, QLatin1Char('0'));
    for (BackupRequest &request : requests) {
        namespaceName = request.endpoint.namespaceName;
        datastores.append(request.endpoint.datastore);
        databases.append(request.endpoint.database);
        directory = request.outputDirectory;
        if (request.partialPath.isEmpty() && !request.outputDirectory.isEmpty()) {
            QString stem = QStringLiteral("%1_%2").arg(request.endpoint.database, request.endpoint.datastore);
            for (QChar &c : stem) {
                if (!c.isLetterOrNumber() && c != QLatin1Char('-') && c != QLatin1Char('_'))
                    c = QLatin1Char('_');
            }
            request.partialPath = QDir(request.outputDirectory).absoluteFilePath(
                QString(stem % QLatin1Char('-') % token % QLatin1String(partialSuffix)));
        }
        partials.append(request.partialPath);
        // The private dir pg_dump's CA file goes into: named here, made only when the step runs.
        if (request.tempDirectory.isEmpty())
            request.tempDirectory = PrivateDir::choosePath();
        tmpDirs.append(request.tempDirectory);
        if (!request.timestamp.isValid())
            request.timestamp = planTime;
        const QString fileName = BackupName::make(request.endpoint.database, request.endpoint.datastore, request.timestamp);
        files.append(fileName.isEmpty() || request.outputDirectory.isEmpty() ? QString()
                                                                               : QDir(request.outputDirectory).absoluteFilePath(fileName));
    }
    const bool symmetric = !requests.isEmpty() && requests.first().key.recipientFingerprint.isEmpty();
    QJsonObject parameters{
        {QStringLiteral("namespace"), namespaceName},
        {QStringLiteral("datastores"), datastores},
        {QStringLiteral("databases"), databases},
        {QStringLiteral("directory"), directory},
        {QStringLiteral("partials"), partials},
        {QStringLiteral("tmpDirs"), tmpDirs},
        {QStringLiteral("files"), files},
        {QStringLiteral("encryption"), symmetric ? QStringLiteral("passphrase") : QStringLiteral("recipient")},
    };
    if (!symmetric)
        parameters.insert(QStringLiteral("recipient"), requests.first().key.recipientFingerprint);
    auto plan = std::make_unique<Plan>(QStringLiteral("backup"),
                                       QCoreApplication::translate("Ops", "Back up %n database(s)", nullptr,
                                                                   int(requests.size())),
                                       parameters);
    for (const BackupRequest &request : requests)
        plan->addStep(std::make_unique<BackupStep>(request));
    return plan;
}

} // namespace Ops
