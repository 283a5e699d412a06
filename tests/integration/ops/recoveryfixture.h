// SPDX-License-Identifier: GPL-3.0-or-later
// What the crash tests share (TestRecoveryCrash): a demo fleet with its client, journal and recovery folders, the
// operation crasher run as a child, recovery through the Runner, and the fleet's state read back (passwords that log
// in, Secrets, served serials, the restore's databases, temp files).
#pragma once

#include "demofixture.h"
#include "core/secret.h"
#include "demo/demofleet.h"
#include "fleet/backupcatalog.h"
#include "fleet/fleetscanner.h"
#include "fleet/inventory.h"
#include "kube/kubeclient.h"
#include "kube/kubeconfigloader.h"
#include "ops/backupcreate.h"
#include "ops/backuprestore.h"
#include "ops/certrenewal.h"
#include "ops/journal.h"
#include "ops/passwordrotation.h"
#include "ops/pgendpointresolver.h"
#include "ops/pgtools.h"
#include "ops/recovery.h"
#include "ops/runner.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include <unistd.h>

namespace RecoveryTest {

constexpr const char *kNamespace = "bakery-ia";
constexpr const char *kPassphrase = "recovery passphrase for the crash tests";
constexpr const char *kRestoreStore = "tenant-db";
constexpr const char *kRestoreDb = "crashdb";

template<typename T> T await(QFuture<T> future, int timeoutMs = 240000)
{
    if (!QTest::qWaitFor([&] { return future.isFinished(); }, timeoutMs))
        return T{};
    return future.result();
}

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline QByteArray hashOf(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

struct Crash
{
    int exitCode = -1;
    QString journal;
    QString output;
};

struct Recovered
{
    bool finished = false;
    Ops::Runner::Outcome outcome = Ops::Runner::Outcome::Cancelled;
    QString message;
};

inline const QStringList kRotationSteps{QStringLiteral("read-secret"), QStringLiteral("check-login"), QStringLiteral("recovery-record"),
                                 QStringLiteral("alter-role"),  QStringLiteral("patch-secret"), QStringLiteral("restart"),
                                 QStringLiteral("verify-login")};

} // namespace RecoveryTest

using namespace RecoveryTest;

/** The demo fleet, the crasher, and the reads of the fleet's state the crash tests check. */
class RecoveryFixture : public QObject
{
protected:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Demo::DemoFleet> m_fleet;
    std::unique_ptr<Kube::KubeClient> m_client;
    QString m_journalDir;
    QString m_recoveryDir;
    QString m_passphraseFile;
    int m_runs = 0;

    QString ns() const { return QString::fromLatin1(kNamespace); }

    Fleet::InventoryResult loadInventory() { return await(Fleet::loadInventory(m_client.get(), ns(), this)); }

    QJsonObject secretObject(const QString &name) { return await(m_client->get(QStringLiteral("secrets"), ns(), name)).object; }

    Core::Secret secretPassword(const QString &datastore)
    {
        const QString secret = datastore == u"redis" ? QStringLiteral("redis-secrets") : QString(datastore + QStringLiteral("-secret"));
        const QString key = datastore == u"redis" ? QStringLiteral("REDIS_PASSWORD") : QStringLiteral("POSTGRES_PASSWORD");
        QByteArray value = QByteArray::fromBase64(
            secretObject(secret).value(QStringLiteral("data")).toObject().value(key).toString().toLatin1());
        Core::Secret result(value);
        Core::wipe(value);
        return result;
    }

    bool login(const QString &datastore, const Core::Secret &password)
    {
        const auto target = Ops::loginTargetFor(loadInventory(), datastore);
        if (!target)
            return false;
        return await(Ops::tryLogin(m_client.get(), *target, password), 60000).isEmpty();
    }

    QString tlsSecretOf(const QString &datastore)
    {
        for (const Fleet::Datastore &store : loadInventory().datastores) {
            if (store.name == datastore)
                return store.tlsSecretName;
        }
        return {};
    }

    QString servedSerial(const QString &datastore)
    {
        const Ops::ServedCertificate served = await(Ops::inspectServedCertificate(m_client.get(), ns(), datastore, {}, 10000, this));
        return served.error.isEmpty() ? served.serialHex : QStringLiteral("error: ") + served.error;
    }

    Crash crash(const QStringList &arguments, const QString &tmpDir = {})
    {
        Crash crash;
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        if (!tmpDir.isEmpty()) {
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(QStringLiteral("TMPDIR"), tmpDir);
            process.setProcessEnvironment(environment);
        }
        process.start(QString::fromUtf8(OPERATION_CRASHER), arguments);
        if (!process.waitForStarted())
            return crash;
        // The child talks to the emulator in this process: keep the event loop turning while it runs.
        (void)QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 300000);
        crash.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
        crash.output = QString::fromUtf8(process.readAll());
        for (const QString &line : crash.output.split(u'\n')) {
            if (line.startsWith(QStringLiteral("journal ")))
                crash.journal = line.mid(8).trimmed();
        }
        return crash;
    }

    Crash crashRotation(const QString &datastore, int step, const QString &phase = QStringLiteral("apply"))
    {
        return crash({QStringLiteral("rotate-password"), m_fleet->kubeconfigPath(), ns(), m_journalDir, m_recoveryDir,
                      m_passphraseFile, datastore, QString::number(step), phase});
    }

    Recovered recover(const Ops::UnfinishedRun &run, bool resume, const QString &passphrase = QString::fromLatin1(kPassphrase))
    {
        Recovered result;
        Ops::RecoveryInputs inputs;
        inputs.recoveryPassphrase = Core::Secret(passphrase.toUtf8());
        const Ops::RebuiltPlan rebuilt = await(Ops::rebuildPlan(m_client.get(), run, inputs, this));
        if (!rebuilt.plan) {
            result.message = QStringLiteral("rebuild: ") + rebuilt.error;
            return result;
        }
        QString error;
        Ops::Journal journal = Ops::Journal::open(run.journalPath, &error);
        if (!journal.isValid()) {
            result.message = error;
            return result;
        }
        Ops::Runner runner;
        runner.setJournal(&journal);
        connect(&runner, &Ops::Runner::finished, this, [&](Ops::Runner::Outcome outcome, const QString &message) {
            result.finished = true;
            result.outcome = outcome;
            result.message = message;
        });
        if (resume)
            runner.resume(rebuilt.plan.get());
        else
            runner.rollback(rebuilt.plan.get());
        if (!QTest::qWaitFor([&] { return result.finished; }, 300000))
            result.message = QStringLiteral("timed out");
        return result;
    }

    Ops::UnfinishedRun unfinished(const QString &journalPath)
    {
        for (const Ops::UnfinishedRun &run : Ops::listUnfinishedRuns(m_journalDir)) {
            if (run.journalPath == QFileInfo(journalPath).absoluteFilePath())
                return run;
        }
        return {};
    }

    static QString endOutcome(const QString &journalPath)
    {
        const Ops::Journal journal = Ops::Journal::open(journalPath, nullptr);
        const QList<Ops::Journal::Entry> entries = journal.entries();
        if (entries.isEmpty() || entries.constLast().event != u"end")
            return {};
        return entries.constLast().raw.value(QStringLiteral("outcome")).toString();
    }

    static void assertNoSecretIn(const QString &journalPath, const QList<Core::Secret> &secrets)
    {
        const QByteArray text = readFile(journalPath);
        QVERIFY(!text.isEmpty());
        QVERIFY2(!text.contains("PRIVATE KEY"), qPrintable(journalPath));
        QVERIFY2(!text.contains("LS0tLS1CRUdJTi"), qPrintable(journalPath)); // base64 of "-----BEGIN"
        QVERIFY2(!text.contains(kPassphrase), qPrintable(journalPath));
        for (const Core::Secret &secret : secrets) {
            if (secret.isEmpty())
                continue;
            QVERIFY2(!text.contains(secret.reveal()), "a password is in the journal");
            QVERIFY2(!text.contains(secret.reveal().toBase64()), "a base64 password is in the journal");
        }
    }

    QStringList recoveryRecords() const { return QDir(m_recoveryDir).entryList(QDir::Files); }

    QString m_backupFile; ///< a verified backup of crashdb (kRestoreRows rows in t)
    QString m_backupDir;
    QString m_instanceDb; ///< tenant-db's own database

    Ops::PgEndpoint pgEndpoint(const QString &database)
    {
        Ops::PgEndpoint endpoint;
        for (const Fleet::ScanTarget &target : Fleet::targetsFromInventory(loadInventory())) {
            if (target.name != QString::fromLatin1(kRestoreStore))
                continue;
            m_instanceDb = target.database;
            QString error;
            auto *resolver = new Ops::PgEndpointResolver(m_client.get(), this);
            if (!resolver->resolve(target, &endpoint, &error))
                qWarning() << error;
        }
        endpoint.database = database;
        return endpoint;
    }

    Ops::SqlResult sql(const QString &database, const QStringList &statements)
    {
        const Ops::PgEndpoint endpoint = pgEndpoint(database);
        Ops::PrivateDir tmp;
        QString error;
        (void)tmp.writeFile(QStringLiteral("ca.pem"), endpoint.caPem, &error);
        return await(Ops::runSql(endpoint, database, statements, tmp.filePath(QStringLiteral("ca.pem")), this), 60000);
    }

    QString first(const Ops::SqlResult &result) { return result.ok ? result.results.constLast().value(0).value(0) : result.error; }

    /** OID and row count of the live crashdb, and how many scratch/previous copies exist. */
    QStringList restoreState()
    {
        const QString db = QString::fromLatin1(kRestoreDb);
        const Ops::SqlResult state = sql(QStringLiteral("postgres"),
                                         {QStringLiteral("SELECT oid::text FROM pg_database WHERE datname = '%1'").arg(db),
                                          QStringLiteral("SELECT count(*) FROM pg_database WHERE datname LIKE '%1\\_restore\\_%' "
                                                         "OR datname LIKE '%1\\_previous\\_%'").arg(db)});
        return {state.ok ? state.results.value(0).value(0).value(0) : state.error, first(sql(db, {QStringLiteral("SELECT count(*) FROM t")})),
                state.ok ? state.results.value(1).value(0).value(0) : QString()};
    }

    /** Files left in the private temp dirs (proofer-ops-*) under @p tmpDir. */
    static QStringList leftTempFiles(const QString &tmpDir)
    {
        QStringList files;
        QDirIterator it(tmpDir, {QStringLiteral("proofer-ops-*")}, QDir::Dirs | QDir::NoDotAndDotDot);
        while (it.hasNext()) {
            const QString dir = it.next();
            for (const QString &file : QDir(dir).entryList(QDir::Files | QDir::Hidden))
                files << dir + u'/' + file;
        }
        return files;
    }

    /** Once: crashdb on tenant-db with 40 rows, backed up (symmetric, kPassphrase), then 10 rows deleted live. */
    void prepareRestore()
    {
        if (!m_backupFile.isEmpty())
            return;
        const QString db = QString::fromLatin1(kRestoreDb);
        Ops::SqlResult made = sql(QStringLiteral("postgres"), {QStringLiteral("CREATE DATABASE %1").arg(db)});
        QVERIFY2(made.ok, qPrintable(made.error));
        made = sql(db, {QStringLiteral("CREATE TABLE t (id int PRIMARY KEY, note text)"),
                        QStringLiteral("INSERT INTO t SELECT g, 'row ' || g FROM generate_series(1, 40) g")});
        QVERIFY2(made.ok, qPrintable(made.error));
        m_backupDir = m_dir->filePath(QStringLiteral("backups"));
        QVERIFY(QDir().mkpath(m_backupDir));
        Ops::BackupRequest request;
        request.endpoint = pgEndpoint(db);
        request.outputDirectory = m_backupDir;
        request.key.passphrase = Core::Secret(QByteArray(kPassphrase));
        const Ops::BackupResult backup = await(Ops::createBackup(request, this), 120000);
        QVERIFY2(backup.ok && backup.verified, qPrintable(backup.error + backup.verification));
        m_backupFile = backup.path;
        made = sql(db, {QStringLiteral("DELETE FROM t WHERE id > 30")});
        QVERIFY2(made.ok, qPrintable(made.error));
    }

    /**
     * Runs @p sql as the postgres superuser of the demo's @p datastore, over its Unix socket (peer authentication
     * mapped for the user the server runs as); the first value of the result, or "error: …".
     */
    QString demoSuperuserSql(const QString &datastore, const QString &sql)
    {
        const QString dataDir = m_dir->filePath(QStringLiteral("state/servers/%1/data").arg(datastore));
        const QList<QByteArray> pid = readFile(dataDir + QStringLiteral("/postmaster.pid")).split('\n');
        if (pid.size() < 5)
            return QStringLiteral("error: no postmaster.pid in ") + dataDir;
        const QStringList psqlCommand{Ops::postgresBinDir() + QStringLiteral("/psql"), QStringLiteral("-X"), QStringLiteral("-At"),
                                      QStringLiteral("-h"), QString::fromUtf8(pid.at(4).trimmed()), QStringLiteral("-p"),
                                      QString::fromUtf8(pid.at(3).trimmed()), QStringLiteral("-U"), QStringLiteral("postgres"),
                                      QStringLiteral("-d"), QStringLiteral("postgres"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                                      QStringLiteral("-c"), sql};
        QProcess psql;
        psql.setProcessChannelMode(QProcess::MergedChannels);
        // The server's user (root runs it as postgres), whom the demo's peer map lets in as postgres.
        if (QFileInfo(dataDir).ownerId() == ::geteuid())
            psql.start(psqlCommand.constFirst(), psqlCommand.mid(1));
        else
            psql.start(QStringLiteral("runuser"), QStringList{QStringLiteral("-u"), QFileInfo(dataDir).owner(), QStringLiteral("--")} + psqlCommand);
        if (!psql.waitForFinished(60000) || psql.exitCode() != 0)
            return QStringLiteral("error: ") + QString::fromUtf8(psql.readAll());
        return QString::fromUtf8(psql.readAll()).trimmed();
    }

    /** Roles made for restores of crashdb that are still there. */
    QString restoreRoles() { return demoSuperuserSql(QString::fromLatin1(kRestoreStore), QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname LIKE 'crashdb\\_restore\\_%'")); }

    Crash crashRestore(int step, const QString &tmpDir)
    {
        return crash({QStringLiteral("restore"), m_fleet->kubeconfigPath(), ns(), m_journalDir, m_passphraseFile,
                      QString::fromLatin1(kRestoreStore), QString::fromLatin1(kRestoreDb), m_backupFile, QString::number(step),
                      QStringLiteral("apply")},
                     tmpDir);
    }
};
