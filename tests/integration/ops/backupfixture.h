// SPDX-License-Identifier: GPL-3.0-or-later
// What the backup and restore integration tests share: a real PostgreSQL (TLS, verify-full) with a database "app"
// of 500 orders, a private GNUPGHOME with a key, a journal directory, and helpers to back up, restore, encrypt
// hand-made dumps and read the live database's state. TestBackup and TestRestoreSafety derive from it.
#pragma once

#include "kubetestutil.h"
#include "postgresserver.h"

#include "fleet/backupcatalog.h"
#include "ops/backupcreate.h"
#include "ops/backupcrypto.h"
#include "ops/backupformat.h"
#include "ops/backuprestore.h"
#include "ops/journal.h"
#include "ops/recovery.h"
#include "ops/runner.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <tuple>

#include <fcntl.h>
#include <unistd.h>

namespace BackupTest {

inline const QByteArray s_passphrase = "tortilla de patatas con cebolla 42";

struct RunOutcome
{
    Ops::Runner::Outcome outcome = Ops::Runner::Outcome::RollbackFailed;
    QString message;
    QStringList steps;
    QString all() const { return message + u'\n' + steps.join(u'\n'); }
};

inline RunOutcome runPlan(Ops::Plan *plan, bool dryRun, Ops::Journal *journal)
{
    Ops::Runner runner;
    if (journal)
        runner.setJournal(journal);
    RunOutcome out;
    bool done = false;
    QObject::connect(&runner, &Ops::Runner::stepFinished, &runner,
                     [&](int index, const QString &phase, const Ops::StepResult &result) {
                         out.steps << QStringLiteral("%1 %2 %3: %4")
                                          .arg(plan->step(index)->id(), phase,
                                               result.ok ? QStringLiteral("ok") : QStringLiteral("FAILED"),
                                               result.message);
                     });
    QObject::connect(&runner, &Ops::Runner::finished, &runner, [&](Ops::Runner::Outcome outcome, const QString &message) {
        out.outcome = outcome;
        out.message = message;
        done = true;
    });
    runner.run(plan, dryRun);
    if (!QTest::qWaitFor([&] { return done; }, 300000))
        qFatal("the plan did not finish");
    return out;
}

} // namespace BackupTest

using BackupTest::runPlan;

class BackupFixture : public QObject
{
protected:
    using RunOutcome = BackupTest::RunOutcome;
    static inline const QByteArray &s_passphrase = BackupTest::s_passphrase;

    Test::CertFactory m_ca;
    std::unique_ptr<Test::PostgresServer> m_server;
    QTemporaryDir m_dir;
    QString m_home;
    QString m_outDir;
    QString m_journalDir;
    QString m_fingerprint;
    QString m_goodBackup; ///< symmetric backup of "app" with 500 orders
    QString m_lastJournal; ///< of the last restore()
    QString m_loginUser;      ///< restore() logs in as this role when set (else the server's role)
    QByteArray m_loginPassword;

    Ops::PgEndpoint endpoint(const QString &database = QStringLiteral("app")) const
    {
        Ops::PgEndpoint e;
        e.datastore = QStringLiteral("app-db");
        e.host = QStringLiteral("localhost");
        e.hostaddr = QStringLiteral("127.0.0.1");
        e.port = m_server->port();
        e.database = database;
        e.user = m_server->role();
        e.password = Core::Secret::fromUtf8(m_server->password());
        QFile ca(m_server->caFile());
        if (ca.open(QIODevice::ReadOnly))
            e.caPem = ca.readAll();
        return e;
    }

    Ops::SqlResult sql(const QString &database, const QStringList &statements)
    {
        QObject context;
        return Test::await(Ops::runSql(endpoint(database), database, statements, m_server->caFile(), &context), 60000);
    }

    /** OID and order count of the live database "app". */
    QPair<QString, QString> liveState()
    {
        const QString oid = m_server->superuserQuery(QStringLiteral("SELECT oid FROM pg_database WHERE datname = 'app'"));
        const Ops::SqlResult rows = sql(QStringLiteral("app"), {QStringLiteral("SELECT count(*) FROM public.orders")});
        return {oid, rows.ok ? rows.results.value(0).value(0).value(0) : rows.error};
    }

    QString scratchCount()
    {
        return m_server->superuserQuery(
            QStringLiteral("SELECT count(*) FROM pg_database WHERE datname LIKE 'app\\_restore\\_%'"));
    }

    Ops::BackupResult backup(const QString &database, const Ops::Gpg::EncryptionKey &key, const QString &outDir = {})
    {
        Ops::BackupRequest request;
        request.endpoint = endpoint(database);
        request.outputDirectory = outDir.isEmpty() ? m_outDir : outDir;
        request.key = key;
        QObject context;
        return Test::await(Ops::createBackup(request, &context), 120000);
    }

    Ops::Gpg::EncryptionKey symmetricKey() const
    {
        Ops::Gpg::EncryptionKey key;
        key.passphrase = Core::Secret(s_passphrase);
        key.homeDirectory = m_home;
        return key;
    }

    /** endpoint(), logged in as m_loginUser when set. */
    Ops::PgEndpoint loginEndpoint() const
    {
        Ops::PgEndpoint e = endpoint();
        if (!m_loginUser.isEmpty()) {
            e.user = m_loginUser;
            e.password = Core::Secret(m_loginPassword);
        }
        return e;
    }

    RunOutcome restore(const QString &file, const QByteArray &passphrase, bool dryRun, bool swap = true, bool allowUnsigned = true)
    {
        Ops::RestoreRequest request;
        request.endpoint = loginEndpoint();
        request.backupFile = file;
        request.passphrase = Core::Secret(passphrase);
        request.gnupgHome = m_home;
        request.swap = swap;
        request.allowUnsigned = allowUnsigned; // most backups here are unsigned: the signature has its own tests
        auto plan = Ops::makeRestorePlan(request);
        QString error;
        Ops::Journal journal = Ops::Journal::create(m_journalDir, QStringLiteral("restore"), &error);
        [&] { QVERIFY2(journal.isValid(), qPrintable(error)); }();
        m_lastJournal = journal.path();
        return runPlan(plan.get(), dryRun, &journal);
    }

    /** Writes @p plain gzipped (or as given) and encrypted with the test passphrase to @p name in the out dir. */
    QString encryptedFile(const QString &name, const QByteArray &gz) { return encryptedFileWith(name, gz, symmetricKey()); }

    QString encryptedFileWith(const QString &name, const QByteArray &gz, const Ops::Gpg::EncryptionKey &key)
    {
        const QString path = m_dir.filePath(name);
        const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
        qsizetype offset = 0;
        QString error;
        const bool ok = Ops::Gpg::encrypt(
            [&](char *buffer, qint64 size, QString *) -> qint64 {
                const qint64 n = std::min<qint64>(size, gz.size() - offset);
                memcpy(buffer, gz.constData() + offset, size_t(n));
                offset += n;
                return n;
            },
            fd, key, nullptr, &error);
        ::close(fd);
        if (!ok)
            qWarning() << error;
        return path;
    }

    QByteArray decryptedDump(const QString &file)
    {
        QByteArray gz;
        const auto result = Ops::Gpg::decrypt(
            file,
            [&](const char *data, qint64 size, QString *) {
                gz.append(data, size);
                return true;
            },
            Core::Secret(s_passphrase), m_home, nullptr);
        if (result.status != Ops::Gpg::DecryptStatus::Ok)
            return {};
        QByteArray plain;
        Ops::GzipDecompressor gunzip([&](const char *data, qsizetype size, QString *) {
            plain.append(data, size);
            return true;
        });
        QString error;
        gunzip.feed(gz.constData(), gz.size(), &error);
        return plain;
    }

    void expectRefused(const QString &file, const QByteArray &passphrase, const QString &expected)
    {
        const auto before = liveState();
        const RunOutcome outcome = restore(file, passphrase, false);
        qInfo().noquote() << outcome.message;
        QVERIFY2(outcome.outcome == Ops::Runner::Outcome::RolledBack, qPrintable(outcome.all()));
        QVERIFY2(outcome.all().contains(expected), qPrintable(outcome.all()));
        QCOMPARE(liveState(), before);
        QCOMPARE(scratchCount(), QStringLiteral("0"));
    }

    int gpg(const QStringList &arguments, const QByteArray &input = {}, QByteArray *output = nullptr)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("GNUPGHOME"), m_home);
        process.setProcessEnvironment(env);
        process.start(QStringLiteral("gpg"), QStringList{QStringLiteral("--batch")} + arguments);
        process.write(input);
        process.closeWriteChannel();
        process.waitForFinished(120000);
        if (output)
            *output = process.readAllStandardOutput();
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }

    /** Cuts the journal @p path back to the line where @p stepId's apply began: what a run killed during it leaves. */
    static bool cutJournalAtBegin(const QString &path, const QString &stepId)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return false;
        QByteArray kept;
        bool found = false;
        while (!file.atEnd() && !found) {
            const QByteArray line = file.readLine();
            kept += line;
            const QJsonObject object = QJsonDocument::fromJson(line).object();
            found = object.value(QStringLiteral("event")).toString() == u"begin" && object.value(QStringLiteral("step")).toString() == stepId
                && object.value(QStringLiteral("phase")).toString() == u"apply";
        }
        file.close();
        if (!found || !file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return false;
        return file.write(kept) == kept.size();
    }

    /**
     * The restore plan of the journal @p path made again, its applied steps given their journaled state (as the
     * runner does before it resumes or rolls back). @p applied: their indices, in order; @p interrupted: the step
     * whose apply began and never ended (-1: none).
     */
    std::unique_ptr<Ops::Plan> planFromJournal(const QString &path, QList<int> *applied, int *interrupted)
    {
        QString error;
        const Ops::Journal journal = Ops::Journal::open(path, &error);
        const QJsonObject parameters = journal.header().value(QStringLiteral("parameters")).toObject();
        Ops::RestoreRequest request;
        request.endpoint = loginEndpoint();
        request.backupFile = parameters.value(QStringLiteral("file")).toString();
        request.passphrase = Core::Secret(s_passphrase);
        request.gnupgHome = m_home;
        request.swap = parameters.value(QStringLiteral("swap")).toBool();
        request.scratchName = parameters.value(QStringLiteral("scratch")).toString();
        request.previousName = parameters.value(QStringLiteral("previous")).toString();
        request.restoreRoleName = parameters.value(QStringLiteral("restoreRole")).toString();
        request.namesFromJournal = true;
        auto plan = Ops::makeRestorePlan(request);
        *interrupted = -1;
        applied->clear();
        for (const Ops::Journal::Entry &entry : journal.entries()) {
            if (entry.index < 0 || entry.index >= plan->size())
                continue;
            if (entry.event == u"begin" && entry.raw.value(QStringLiteral("phase")).toString() == u"apply")
                *interrupted = entry.index;
            if (entry.event == u"applied") {
                *interrupted = -1;
                plan->step(entry.index)->restoreJournalState(entry.state);
                applied->append(entry.index);
            }
            if (entry.event == u"undone")
                applied->removeAll(entry.index);
        }
        return plan;
    }

    /** Roles made for restores of "app" that are still there. */
    QString restoreRoleCount()
    {
        return m_server->superuserQuery(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname LIKE 'app\\_restore\\_%'"));
    }

    QString previousCount()
    {
        return m_server->superuserQuery(
            QStringLiteral("SELECT count(*) FROM pg_database WHERE datname LIKE 'app\\_previous\\_%'"));
    }

    /** The facts of the decrypt step in the journal @p path. */
    static QJsonObject decryptFacts(const QString &path)
    {
        for (const Ops::Journal::Entry &entry : Ops::Journal::open(path, nullptr).entries()) {
            if (entry.step.startsWith(QStringLiteral("decrypt/")) && !entry.facts.isEmpty())
                return entry.facts;
        }
        return {};
    }

    /** initTestCase of the tests: the server, its data, the keyring. */
    void setUpFixture()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_home = m_dir.filePath(QStringLiteral("gnupg"));
        m_outDir = m_dir.filePath(QStringLiteral("backups"));
        m_journalDir = m_dir.filePath(QStringLiteral("journal"));
        QVERIFY(QDir().mkpath(m_home));
        QVERIFY(QDir().mkpath(m_outDir));
        QVERIFY(QDir().mkpath(m_journalDir));
        QFile::setPermissions(m_home, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        qputenv("GNUPGHOME", QFile::encodeName(m_home));

        m_server = std::make_unique<Test::PostgresServer>(&m_ca);
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
        QString error;
        m_server->superuserQuery(QStringLiteral("ALTER ROLE app CREATEDB"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const Ops::SqlResult created = sql(
            QStringLiteral("app"),
            {QStringLiteral("CREATE TABLE public.orders (id integer PRIMARY KEY, note text)"),
             QStringLiteral("INSERT INTO public.orders SELECT g, 'order ' || g FROM generate_series(1, 500) g"),
             // Data that looks like psql meta-commands must survive as data.
             QStringLiteral("CREATE TABLE public.\"Notes\" (line text)"),
             QStringLiteral("INSERT INTO public.\"Notes\" VALUES (E'\\\\connect postgres'), ('\\c other'), (NULL), "
                            "('CREATE DATABASE x;')"),
             QStringLiteral("CREATE FUNCTION public.hello() RETURNS text LANGUAGE sql AS $$ SELECT '\\connect' $$")});
        QVERIFY2(created.ok, qPrintable(created.error));

        QCOMPARE(gpg({QStringLiteral("--passphrase"), QString(), QStringLiteral("--quick-gen-key"),
                      QStringLiteral("Proofer Backup <backup@test.invalid>"), QStringLiteral("default"),
                      QStringLiteral("default"), QStringLiteral("never")}),
                 0);
        QByteArray listing;
        gpg({QStringLiteral("--with-colons"), QStringLiteral("--list-keys")}, {}, &listing);
        for (const QByteArray &line : listing.split('\n')) {
            if (line.startsWith("fpr:")) {
                m_fingerprint = QString::fromLatin1(line.split(':').value(9));
                break;
            }
        }
        QVERIFY(!m_fingerprint.isEmpty());
    }

    /** cleanupTestCase of the tests: no secret in any journal; the agent and the server stopped. */
    void tearDownFixture()
    {
        // No secret in any journal or file name this test produced.
        QDirIterator it(m_journalDir, QDir::Files, QDirIterator::Subdirectories);
        int journals = 0;
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray text = file.readAll();
            QVERIFY2(!text.contains(s_passphrase), qPrintable(file.fileName()));
            QVERIFY2(!text.contains(m_server->password().toUtf8()), qPrintable(file.fileName()));
            ++journals;
        }
        QVERIFY(journals > 0);
        QProcess kill;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("GNUPGHOME"), m_home);
        kill.setProcessEnvironment(env);
        kill.start(QStringLiteral("gpgconf"), {QStringLiteral("--kill"), QStringLiteral("gpg-agent")});
        kill.waitForFinished();
        m_server.reset();
    }

    /** Where the gpg-agent of the test's private GNUPGHOME listens. */
    QString agentSocket()
    {
        QProcess gpgconf;
        gpgconf.start(QStringLiteral("gpgconf"), {QStringLiteral("--homedir"), m_home, QStringLiteral("--list-dirs"), QStringLiteral("agent-socket")});
        gpgconf.waitForFinished(30000);
        return QString::fromUtf8(gpgconf.readAllStandardOutput()).trimmed();
    }
};
