// SPDX-License-Identifier: GPL-3.0-or-later
// Backup and restore end to end against a real PostgreSQL (TLS, verify-full) with the real pg_dump,
// psql and GnuPG (GPGME, a private GNUPGHOME): round trips, and every way a restore must refuse —
// with the live database untouched (same OID, same rows) each time.
#include "backupfixture.h"

#include <QJsonArray>

class TestBackup final : public BackupFixture
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        setUpFixture();
    }

    void cleanupTestCase() { tearDownFixture(); }

    void backupWithPassphrase()
    {
        // An agent runs for the private GNUPGHOME (gpg would start one): the backup stops it when it ends.
        const QString socket = agentSocket();
        QVERIFY(!socket.isEmpty());
        QProcess agent;
        agent.start(QStringLiteral("gpg-connect-agent"), {QStringLiteral("--homedir"), m_home, QStringLiteral("/bye")});
        QVERIFY(agent.waitForFinished(30000));
        QVERIFY2(QFileInfo::exists(socket), qPrintable(socket));
        const Ops::BackupResult result = backup(QStringLiteral("app"), symmetricKey());
        QVERIFY2(result.ok, qPrintable(result.error));
        QTRY_VERIFY2_WITH_TIMEOUT(!QFileInfo::exists(socket), qPrintable(socket + QStringLiteral(" is still there")), 15000);
        QVERIFY(QFile::exists(result.path));
        const auto name = Ops::BackupName::parse(result.path);
        QVERIFY(name);
        QCOMPARE(name->database, QStringLiteral("app"));
        QCOMPARE(name->datastore, QStringLiteral("app-db"));
        QCOMPARE(QFile::permissions(result.path) & 0x0077, 0);
        QVERIFY2(result.verified, qPrintable(result.verification));
        QVERIFY(QFile::exists(result.path + QLatin1String(Ops::verifiedSuffix)));
        QVERIFY(result.tables.contains(qMakePair(QStringLiteral("public.orders"), qint64(500))));
        QVERIFY(result.tables.contains(qMakePair(QStringLiteral("public.\"Notes\""), qint64(4))));
        QVERIFY(QDir(m_outDir).entryList({QStringLiteral("*.partial")}, QDir::Files).isEmpty());
        // A standard OpenPGP file: gpg itself decrypts it, and the plaintext is gzip.
        QByteArray gz;
        QCOMPARE(gpg({QStringLiteral("--pinentry-mode"), QStringLiteral("loopback"), QStringLiteral("--passphrase-fd"),
                      QStringLiteral("0"), QStringLiteral("--no-symkey-cache"), QStringLiteral("-d"), result.path},
                     s_passphrase + '\n', &gz),
                 0);
        QVERIFY(gz.startsWith("\x1f\x8b"));
        const QByteArray dump = decryptedDump(result.path);
        QVERIFY(dump.startsWith("-- proofer-backup: "));
        QVERIFY(dump.contains("-- PostgreSQL database dump complete"));
        // The retention view and the age of the newest verified backup see it.
        const auto ages = Ops::newestVerifiedBackups(Ops::listBackups(m_outDir), QDateTime::currentDateTimeUtc());
        QVERIFY(ages.contains(QStringLiteral("app")));
        QVERIFY(ages.value(QStringLiteral("app")).ageSeconds < 600);
        m_goodBackup = result.path;
    }

    void backupToRecipient()
    {
        QTemporaryDir out;
        Ops::Gpg::EncryptionKey key;
        key.recipientFingerprint = m_fingerprint;
        key.homeDirectory = m_home;
        const Ops::BackupResult result = backup(QStringLiteral("app"), key, out.path());
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY2(result.verified, qPrintable(result.verification)); // the secret key is in this keyring
        QByteArray gz;
        QCOMPARE(gpg({QStringLiteral("-d"), result.path}, {}, &gz), 0);
        QVERIFY(gz.startsWith("\x1f\x8b"));
    }

    void failingDumpLeavesNoFile()
    {
        QTemporaryDir out;
        // Wrong password: pg_dump exits 1 at once.
        Ops::BackupRequest request;
        request.endpoint = endpoint();
        request.endpoint.password = Core::Secret("not the password");
        request.outputDirectory = out.path();
        request.key = symmetricKey();
        QObject context;
        const Ops::BackupResult wrong = Test::await(Ops::createBackup(request, &context), 120000);
        QVERIFY(!wrong.ok);
        QVERIFY2(wrong.error.contains(QStringLiteral("pg_dump failed")) && wrong.error.contains(QStringLiteral("password")),
                 qPrintable(wrong.error));
        QVERIFY2(QDir(out.path()).isEmpty(), qPrintable(QDir(out.path()).entryList().join(u' ')));

        // Killed midway: a pg_dump that writes the start of a dump, then dies (as when the server goes away).
        QTemporaryDir bin;
        QFile fake(bin.filePath(QStringLiteral("pg_dump")));
        QVERIFY(fake.open(QIODevice::WriteOnly));
        fake.write("#!/bin/sh\nprintf -- '--\\n-- PostgreSQL database dump\\n--\\n\\nSET x = 1;\\nCOPY public.t (a) "
                   "FROM stdin;\\n1\\n'\nsleep 0.2\nkill -9 $$\n");
        fake.close();
        fake.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QVERIFY(QFile::link(Ops::postgresBinDir() + QStringLiteral("/psql"), bin.filePath(QStringLiteral("psql"))));
        qputenv("PROOFER_PG_BINDIR", QFile::encodeName(bin.path()));
        request.endpoint = endpoint();
        const Ops::BackupResult killed = Test::await(Ops::createBackup(request, &context), 120000);
        qunsetenv("PROOFER_PG_BINDIR");
        QVERIFY(!killed.ok);
        QVERIFY2(killed.error.contains(QStringLiteral("killed")), qPrintable(killed.error));
        QVERIFY2(QDir(out.path()).isEmpty(), qPrintable(QDir(out.path()).entryList().join(u' ')));

        // Exits 0 but its output is cut short (no closing line): still no file.
        QVERIFY(fake.open(QIODevice::WriteOnly | QIODevice::Truncate));
        fake.write("#!/bin/sh\nprintf -- '--\\n-- PostgreSQL database dump\\n--\\nSET x = 1;\\n'\nexit 0\n");
        fake.close();
        qputenv("PROOFER_PG_BINDIR", QFile::encodeName(bin.path()));
        const Ops::BackupResult cut = Test::await(Ops::createBackup(request, &context), 120000);
        qunsetenv("PROOFER_PG_BINDIR");
        QVERIFY(!cut.ok);
        QVERIFY2(cut.error.contains(QStringLiteral("incomplete")), qPrintable(cut.error));
        QVERIFY(QDir(out.path()).isEmpty());
    }

    void interruptedBackupIsObserved()
    {
        // A backup killed while it ran: the journal names its file before it is written; what is on disk says
        // whether it happened (a verified file, in the catalog), not the journal.
        QTemporaryDir out;
        Ops::BackupRequest request;
        request.endpoint = endpoint();
        request.outputDirectory = out.path();
        request.key = symmetricKey();
        auto plan = Ops::makeBackupPlan({request});
        QString error;
        Ops::Journal journal = Ops::Journal::create(m_journalDir, QStringLiteral("backup"), &error);
        QVERIFY2(journal.isValid(), qPrintable(error));
        const RunOutcome outcome = runPlan(plan.get(), false, &journal);
        QVERIFY2(outcome.outcome == Ops::Runner::Outcome::Succeeded, qPrintable(outcome.all()));
        const QJsonObject parameters = journal.header().value(QStringLiteral("parameters")).toObject();
        const QString file = parameters.value(QStringLiteral("files")).toArray().at(0).toString();
        QVERIFY2(QFileInfo(file).isFile(), qPrintable(file));
        QVERIFY(parameters.value(QStringLiteral("tmpDirs")).toArray().at(0).toString().contains(QStringLiteral("proofer-ops-")));

        // The step made again from the journal's names, as a rollback does.
        auto observeAgain = [&] {
            Ops::BackupRequest again;
            again.endpoint.datastore = QStringLiteral("app-db");
            again.endpoint.database = QStringLiteral("app");
            again.outputDirectory = out.path();
            again.timestamp = Ops::BackupName::parse(file)->timestamp;
            auto rebuilt = Ops::makeBackupPlan({again});
            return Test::await(rebuilt->step(0)->observe({}), 60000);
        };
        Ops::Observation observed = observeAgain();
        QVERIFY2(observed.state == Ops::Observation::State::Applied, qPrintable(observed.message));
        QVERIFY(observed.facts.value(QStringLiteral("catalogued")).toBool());
        QVERIFY(QFile::remove(file + QLatin1String(Ops::verifiedSuffix)));
        observed = observeAgain();
        QVERIFY2(observed.state == Ops::Observation::State::Unknown && observed.message.contains(QStringLiteral("never verified")),
                 qPrintable(observed.message));
        QVERIFY(QFile::remove(file));
        observed = observeAgain();
        QVERIFY2(observed.state == Ops::Observation::State::NotApplied, qPrintable(observed.message));
    }

    void dryRunChangesNothing()
    {
        QVERIFY(!m_goodBackup.isEmpty());
        const auto before = liveState();
        QCOMPARE(before.second, QStringLiteral("500"));
        const RunOutcome outcome = restore(m_goodBackup, s_passphrase, true);
        QVERIFY2(outcome.outcome == Ops::Runner::Outcome::DryRunOk, qPrintable(outcome.all()));
        QVERIFY2(outcome.all().contains(QStringLiteral("dropped the scratch database")), qPrintable(outcome.all()));
        QCOMPARE(liveState(), before);
        QCOMPARE(scratchCount(), QStringLiteral("0"));
    }

    void wrongPassphrase()
    {
        expectRefused(m_goodBackup, "not the passphrase", QStringLiteral("wrong passphrase"));
    }

    void truncatedGpg()
    {
        QFile whole(m_goodBackup);
        QVERIFY(whole.open(QIODevice::ReadOnly));
        const QByteArray bytes = whole.readAll();
        const QString path = m_dir.filePath(QFileInfo(m_goodBackup).fileName());
        QFile cut(path);
        QVERIFY(cut.open(QIODevice::WriteOnly | QIODevice::Truncate));
        cut.write(bytes.left(bytes.size() * 2 / 3));
        cut.close();
        expectRefused(path, s_passphrase, QStringLiteral("truncated"));
        QFile::remove(path);
    }

    void truncatedGzip()
    {
        // A cleanly encrypted file whose content is a gzip stream cut short.
        const QByteArray gz = Ops::gzipBytes(decryptedDump(m_goodBackup));
        QVERIFY(gz.size() > 100);
        const QString path = encryptedFile(QStringLiteral("app_app-db_20261128T021500Z.sql.gz.gpg"), gz.left(gz.size() / 2));
        expectRefused(path, s_passphrase, QStringLiteral("gzip data is truncated"));
    }

    void dumpOfAnotherDatabase()
    {
        const Ops::SqlResult created = sql(QStringLiteral("app"), {QStringLiteral("CREATE DATABASE other")});
        QVERIFY2(created.ok, qPrintable(created.error));
        const Ops::BackupResult other = backup(QStringLiteral("other"), symmetricKey());
        QVERIFY2(other.ok, qPrintable(other.error));
        expectRefused(other.path, s_passphrase, QStringLiteral("dump of database \"other\", not of \"app\""));
        // Renamed to look like a backup of "app": the header inside still says "other".
        const QString renamed = m_dir.filePath(QStringLiteral("app_app-db_20261128T021501Z.sql.gz.gpg"));
        QVERIFY(QFile::copy(other.path, renamed));
        expectRefused(renamed, s_passphrase, QStringLiteral("named for database \"app\" but holds a dump of \"other\""));
        QFile::remove(other.path);
        QFile::remove(other.path + QLatin1String(Ops::verifiedSuffix));
    }

    void dumpWithConnect()
    {
        QByteArray dump = decryptedDump(m_goodBackup);
        const qsizetype at = dump.indexOf("SET statement_timeout");
        QVERIFY(at > 0);
        dump.insert(at, "\\connect postgres\n");
        const QString path =
            encryptedFile(QStringLiteral("app_app-db_20261128T021502Z.sql.gz.gpg"), Ops::gzipBytes(dump));
        expectRefused(path, s_passphrase, QStringLiteral("meta-command \\connect"));
    }

    void restoreThatFailsInPsql()
    {
        // A dump that passes the checks but fails halfway in psql: the half-restored scratch copy is dropped.
        QByteArray dump = decryptedDump(m_goodBackup);
        const qsizetype at = dump.indexOf("-- PostgreSQL database dump complete");
        QVERIFY(at > 0);
        dump.insert(at, "SELECT proofer_no_such_function();\n");
        const QString path =
            encryptedFile(QStringLiteral("app_app-db_20261128T021503Z.sql.gz.gpg"), Ops::gzipBytes(dump));
        expectRefused(path, s_passphrase, QStringLiteral("proofer_no_such_function"));
    }

    void restoreAndSwap()
    {
        // The live database moves on after the backup: 100 orders deleted.
        const Ops::SqlResult changed = sql(QStringLiteral("app"), {QStringLiteral("DELETE FROM public.orders WHERE id > 400")});
        QVERIFY2(changed.ok, qPrintable(changed.error));
        const auto before = liveState();
        QCOMPARE(before.second, QStringLiteral("400"));

        const RunOutcome outcome = restore(m_goodBackup, s_passphrase, false);
        QVERIFY2(outcome.outcome == Ops::Runner::Outcome::Succeeded, qPrintable(outcome.all()));
        const auto after = liveState();
        QCOMPARE(after.second, QStringLiteral("500"));
        QVERIFY(after.first != before.first);
        // The previous database is kept, under its new name, with its own rows.
        const QString previous = m_server->superuserQuery(
            QStringLiteral("SELECT datname FROM pg_database WHERE datname LIKE 'app\\_previous\\_%'"));
        QVERIFY(!previous.isEmpty());
        QCOMPARE(m_server->superuserQuery(QStringLiteral("SELECT oid FROM pg_database WHERE datname = '%1'").arg(previous)),
                 before.first);
        const Ops::SqlResult old = sql(previous, {QStringLiteral("SELECT count(*) FROM public.orders")});
        QVERIFY2(old.ok, qPrintable(old.error));
        QCOMPARE(old.results.value(0).value(0).value(0), QStringLiteral("400"));
        QCOMPARE(scratchCount(), QStringLiteral("0"));
        // What looked like meta-commands came back as data.
        const Ops::SqlResult notes =
            sql(QStringLiteral("app"), {QStringLiteral("SELECT count(*) FROM public.\"Notes\" WHERE line LIKE '%connect%'")});
        QCOMPARE(notes.results.value(0).value(0).value(0), QStringLiteral("1"));
    }

    void commandLine()
    {
        const QString proofer = qEnvironmentVariable("PROOFER_BIN");
        QVERIFY2(QFileInfo(proofer).isExecutable(), "PROOFER_BIN is not set to the proofer binary");
        QTemporaryDir dir;
        QVERIFY(Test::CertFactory::writeFile(dir.filePath(QStringLiteral("ca.pem")), endpoint().caPem));
        QFile pass(dir.filePath(QStringLiteral("app.pass")));
        QVERIFY(pass.open(QIODevice::WriteOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        pass.write(m_server->password().toUtf8());
        pass.close();
        QFile targets(dir.filePath(QStringLiteral("targets.yaml")));
        QVERIFY(targets.open(QIODevice::WriteOnly));
        targets.write(QStringLiteral("datastores:\n"
                                     "  - {name: app-db, kind: postgresql, host: 127.0.0.1, port: %1, tlsServerName: localhost,\n"
                                     "     caFile: ca.pem, database: app, user: app, passwordFile: app.pass}\n")
                          .arg(m_server->port())
                          .toUtf8());
        targets.close();
        const QString good = dir.filePath(QStringLiteral("good.pass"));
        const QString bad = dir.filePath(QStringLiteral("bad.pass"));
        const QString loose = dir.filePath(QStringLiteral("loose.pass"));
        for (const auto &[path, text, mode] :
             {std::tuple{good, s_passphrase, 0600}, std::tuple{bad, QByteArray("nope"), 0600},
              std::tuple{loose, s_passphrase, 0644}}) {
            QVERIFY(Test::CertFactory::writeFile(path, text + '\n', mode));
        }
        const QString outDir = dir.filePath(QStringLiteral("out"));
        QVERIFY(QDir().mkpath(outDir));
        QString allOutput;
        auto run = [&](const QStringList &arguments, QString *output = nullptr) {
            QProcess process;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("GNUPGHOME"), m_home);
            env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg")));
            process.setProcessEnvironment(env);
            process.start(proofer, arguments);
            process.waitForFinished(300000);
            const QString text = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
            allOutput += text;
            if (output)
                *output = text;
            return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        };
        const QStringList where = {QStringLiteral("--targets"), targets.fileName(), QStringLiteral("--datastore"),
                                   QStringLiteral("app-db")};
        QString output;
        QCOMPARE(run(QStringList{QStringLiteral("backup")} + where
                         + QStringList{QStringLiteral("--out-dir"), outDir, QStringLiteral("--passphrase-file"), loose},
                     &output),
                 2);
        QVERIFY2(output.contains(QStringLiteral("chmod 600")), qPrintable(output));
        QCOMPARE(run(QStringList{QStringLiteral("backup")} + where
                         + QStringList{QStringLiteral("--out-dir"), outDir, QStringLiteral("--passphrase-file"), good},
                     &output),
                 0);
        const QList<Ops::BackupFile> files = Ops::listBackups(outDir);
        QCOMPARE(files.size(), 1);
        QVERIFY(files.first().verified);
        QCOMPARE(run({QStringLiteral("backup"), QStringLiteral("--retention"), QStringLiteral("--out-dir"), outDir}, &output), 0);
        QVERIFY2(output.contains(QStringLiteral("keep")) && output.contains(files.first().name.fileName), qPrintable(output));

        const QStringList restore = QStringList{QStringLiteral("restore")} + where
            + QStringList{QStringLiteral("--allow-unsigned"), QStringLiteral("--file"), files.first().path, QStringLiteral("--passphrase-file")};
        QCOMPARE(run(restore + QStringList{good}, &output), 2); // neither --dry-run nor --yes
        const auto before = liveState();
        QCOMPARE(run(restore + QStringList{good, QStringLiteral("--dry-run")}, &output), 0);
        QVERIFY2(output.contains(QStringLiteral("public.orders")), qPrintable(output));
        // The summary says which role the dump ran as (the login here: it cannot create roles).
        QVERIFY2(output.contains(QStringLiteral("The dump ran as role %1.").arg(m_server->role())), qPrintable(output));
        QCOMPARE(liveState(), before);
        QCOMPARE(run(restore + QStringList{bad, QStringLiteral("--yes")}, &output), 1);
        QVERIFY2(output.contains(QStringLiteral("wrong passphrase")), qPrintable(output));
        QCOMPARE(liveState(), before);
        QCOMPARE(scratchCount(), QStringLiteral("0"));
        // The verified backup and the dry run's restore test are in the backup catalog (what the audit reads).
        QString catalogPath;
        QDirIterator catalogs(m_dir.filePath(QStringLiteral("xdg")), {QStringLiteral("backup-catalog.json")}, QDir::Files,
                              QDirIterator::Subdirectories);
        if (catalogs.hasNext())
            catalogPath = catalogs.next();
        QVERIFY2(!catalogPath.isEmpty(), "the CLI recorded nothing in the backup catalog");
        Fleet::BackupCatalog catalog(catalogPath);
        QVERIFY(catalog.load());
        const Fleet::BackupCatalogSummary summary = catalog.summary(QString(), QStringLiteral("app-db"));
        QCOMPARE(summary.verifiedBackups, 1);
        QCOMPARE(summary.newestPath, QFileInfo(files.first().path).absoluteFilePath());
        QVERIFY(summary.lastRestoreTestAt);
        // Nothing the commands printed, nor their journals, holds a secret.
        QVERIFY(!allOutput.contains(QString::fromUtf8(s_passphrase)));
        QVERIFY(!allOutput.contains(m_server->password()));
        QDirIterator it(m_dir.filePath(QStringLiteral("xdg")), QDir::Files, QDirIterator::Subdirectories);
        int journals = 0;
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray text = file.readAll();
            QVERIFY(!text.contains(s_passphrase));
            QVERIFY(!text.contains(m_server->password().toUtf8()));
            ++journals;
        }
        QVERIFY(journals >= 3);
    }

    void undoOfTheSwapRenamesBack()
    {
        // A failing step after the swap rolls it back: the swap's undo puts the original name back.
        const auto before = liveState();
        Ops::RestoreRequest request;
        request.endpoint = endpoint();
        request.backupFile = m_goodBackup;
        request.passphrase = Core::Secret(s_passphrase);
        request.gnupgHome = m_home;
        request.allowUnsigned = true;
        auto plan = Ops::makeRestorePlan(request);
        struct Failing final : Ops::Step
        {
            QString id() const override { return QStringLiteral("fail"); }
            QString title() const override { return QStringLiteral("fail"); }
            QFuture<Ops::StepResult> apply(const Ops::RunContext &) override
            {
                return Ops::ready(Ops::StepResult::failure(QStringLiteral("injected failure")));
            }
        };
        plan->addStep(std::make_unique<Failing>());
        const RunOutcome outcome = runPlan(plan.get(), false, nullptr);
        QVERIFY2(outcome.outcome == Ops::Runner::Outcome::RolledBack, qPrintable(outcome.all()));
        QCOMPARE(liveState(), before);
        QCOMPARE(scratchCount(), QStringLiteral("0"));
    }
};

QTEST_GUILESS_MAIN(TestBackup)
#include "testbackup.moc"
