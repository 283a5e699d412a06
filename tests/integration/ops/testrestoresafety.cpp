// SPDX-License-Identifier: GPL-3.0-or-later
// What a restore must never do, against a real PostgreSQL, psql and GnuPG: run a dump statement that reaches
// outside the scratch database (roles, databases, files…: refused with its line before anything runs, and a change
// the check cannot see is not kept), restore a backup nobody trusted signed, or lose track of what a killed restore
// left (observed from the databases, then undone exactly). A dump from a newer server is warned of.
#include "backupfixture.h"

class TestRestoreSafety final : public BackupFixture
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        setUpFixture();
        if (QTest::currentTestFailed())
            return;
        const Ops::BackupResult good = backup(QStringLiteral("app"), symmetricKey());
        QVERIFY2(good.ok && good.verified, qPrintable(good.error + good.verification));
        m_goodBackup = good.path;
    }

    void cleanupTestCase() { tearDownFixture(); }

    void signedBackups()
    {
        // Signed with the operator's key: restored without --allow-unsigned, the signer named and journaled.
        QTemporaryDir out;
        Ops::Gpg::EncryptionKey key = symmetricKey();
        key.signerFingerprint = m_fingerprint;
        const Ops::BackupResult signedBackup = backup(QStringLiteral("app"), key, out.path());
        QVERIFY2(signedBackup.ok && signedBackup.verified, qPrintable(signedBackup.error + signedBackup.verification));
        RunOutcome outcome = restore(signedBackup.path, s_passphrase, true, true, false);
        QVERIFY2(outcome.outcome == Ops::Runner::Outcome::DryRunOk, qPrintable(outcome.all()));
        QVERIFY2(outcome.all().contains(QStringLiteral("signed by Proofer Backup <backup@test.invalid> (%1)").arg(m_fingerprint)),
                 qPrintable(outcome.all()));
        QJsonObject facts = decryptFacts(m_lastJournal);
        QCOMPARE(facts.value(QStringLiteral("signature")).toString(), QStringLiteral("good"));
        QCOMPARE(facts.value(QStringLiteral("signer")).toString(), m_fingerprint);

        // Not signed: refused unless allowed, and nothing decrypted stays.
        outcome = restore(m_goodBackup, s_passphrase, false, true, false);
        QVERIFY2(outcome.outcome == Ops::Runner::Outcome::RolledBack, qPrintable(outcome.all()));
        QVERIFY2(outcome.all().contains(QStringLiteral("not signed")) && outcome.all().contains(QStringLiteral("--allow-unsigned")),
                 qPrintable(outcome.all()));
        QCOMPARE(decryptFacts(m_lastJournal).value(QStringLiteral("signature")).toString(), QStringLiteral("none"));
        QCOMPARE(scratchCount(), QStringLiteral("0"));

        // Forged: signed by a key made elsewhere (anyone can make one) that this keyring does not have.
        const QString otherHome = m_dir.filePath(QStringLiteral("mallory"));
        QVERIFY(QDir().mkpath(otherHome));
        QFile::setPermissions(otherHome, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QCOMPARE(gpg({QStringLiteral("--homedir"), otherHome, QStringLiteral("--passphrase"), QString(), QStringLiteral("--quick-gen-key"),
                      QStringLiteral("Mallory <mallory@test.invalid>"), QStringLiteral("default"), QStringLiteral("default"),
                      QStringLiteral("never")}),
                 0);
        QByteArray listing;
        gpg({QStringLiteral("--homedir"), otherHome, QStringLiteral("--with-colons"), QStringLiteral("--list-keys")}, {}, &listing);
        QString mallory;
        for (const QByteArray &line : listing.split('\n')) {
            if (line.startsWith("fpr:") && mallory.isEmpty())
                mallory = QString::fromLatin1(line.split(':').value(9));
        }
        QVERIFY(!mallory.isEmpty());
        Ops::Gpg::EncryptionKey forgedKey;
        forgedKey.passphrase = Core::Secret(s_passphrase);
        forgedKey.homeDirectory = otherHome;
        forgedKey.signerFingerprint = mallory;
        const QString forged = encryptedFileWith(QStringLiteral("app_app-db_20261128T021507Z.sql.gz.gpg"),
                                                 Ops::gzipBytes(decryptedDump(m_goodBackup)), forgedKey);
        Ops::Gpg::stopAgent(otherHome);
        outcome = restore(forged, s_passphrase, true, true, false);
        QVERIFY2(outcome.outcome == Ops::Runner::Outcome::DryRunFailed, qPrintable(outcome.all()));
        QVERIFY2(outcome.all().contains(mallory) && outcome.all().contains(QStringLiteral("not in this keyring")), qPrintable(outcome.all()));
        QCOMPARE(decryptFacts(m_lastJournal).value(QStringLiteral("signature")).toString(), QStringLiteral("unknown-key"));
        // Allowed by the operator: restored, and the journal still says what the signature was.
        outcome = restore(forged, s_passphrase, true, true, true);
        QVERIFY2(outcome.outcome == Ops::Runner::Outcome::DryRunOk, qPrintable(outcome.all()));
        QVERIFY2(outcome.all().contains(QStringLiteral("restored anyway")), qPrintable(outcome.all()));
        facts = decryptFacts(m_lastJournal);
        QCOMPARE(facts.value(QStringLiteral("signature")).toString(), QStringLiteral("unknown-key"));
        QCOMPARE(facts.value(QStringLiteral("allowUnsigned")).toBool(), true);
        QFile::remove(forged);
    }

    void dumpThatAltersARole_data()
    {
        QTest::addColumn<QByteArray>("statement");
        QTest::addColumn<QString>("expected");
        QTest::newRow("ALTER ROLE of the live role") << QByteArray("ALTER ROLE app PASSWORD 'changed-by-the-dump';\n")
                                                     << QStringLiteral("ALTER ROLE");
        QTest::newRow("a function that does it when called")
            << QByteArray("CREATE FUNCTION public.evil() RETURNS void LANGUAGE plpgsql AS $$\nBEGIN\n"
                          "  ALTER ROLE app PASSWORD 'changed-by-the-dump';\nEND $$;\nSELECT public.evil();\n")
            << QStringLiteral("ALTER ROLE");
        QTest::newRow("COPY FROM PROGRAM") << QByteArray("COPY public.orders FROM PROGRAM 'id';\n") << QStringLiteral("PROGRAM");
    }

    void dumpThatAltersARole()
    {
        // Roles are cluster-wide: a statement of the dump that changes one would change the live login, whatever
        // database it runs in. Refused before anything runs, with its line; the live password still logs in.
        QFETCH(QByteArray, statement);
        QFETCH(QString, expected);
        QByteArray dump = decryptedDump(m_goodBackup);
        const qsizetype at = dump.indexOf("SET statement_timeout");
        QVERIFY(at > 0);
        const int line = int(dump.left(at).count('\n')) + 1;
        dump.insert(at, statement);
        const QString path =
            encryptedFile(QStringLiteral("app_app-db_20261128T021504Z.sql.gz.gpg"), Ops::gzipBytes(dump));
        expectRefused(path, s_passphrase, QStringLiteral("line %1: the dump reaches outside the scratch database").arg(line));
        expectRefused(path, s_passphrase, expected);
        const RunOutcome dryRun = restore(path, s_passphrase, true);
        QVERIFY2(dryRun.outcome == Ops::Runner::Outcome::DryRunFailed, qPrintable(dryRun.all()));
        QVERIFY2(!dryRun.all().contains(QStringLiteral("changed-by-the-dump")), qPrintable(dryRun.all()));
        QCOMPARE(scratchCount(), QStringLiteral("0"));
        // The live role's password is the one it had: it logs in, and the dump's does not.
        const Ops::SqlResult login = sql(QStringLiteral("app"), {QStringLiteral("SELECT 1")});
        QVERIFY2(login.ok, qPrintable(login.error));
        Ops::PgEndpoint changed = endpoint();
        changed.password = Core::Secret("changed-by-the-dump");
        QObject context;
        QVERIFY(!Test::await(Ops::runSql(changed, QStringLiteral("app"), {QStringLiteral("SELECT 1")}, m_server->caFile(), &context),
                             60000)
                     .ok);
        QFile::remove(path);
    }

    void roleChangedAtRunTimeIsNotKept()
    {
        // A dump the check cannot see through (the statement is assembled at run time) still cannot change a role:
        // the restore's transaction is stopped at the gate, before it commits, when it holds a write lock on a
        // server-wide catalog. Nothing of it is kept; the message says which role restored and what it changed.
        QByteArray dump = decryptedDump(m_goodBackup);
        const qsizetype at = dump.indexOf("-- PostgreSQL database dump complete");
        QVERIFY(at > 0);
        dump.insert(at, "CREATE FUNCTION public.sneaky() RETURNS void LANGUAGE plpgsql AS $$\nBEGIN\n"
                        "  EXECUTE 'ALT' || 'ER ROLE app PASSWORD ''changed-by-the-dump''';\nEND $$;\n"
                        "SELECT public.sneaky();\n");
        const QString path =
            encryptedFile(QStringLiteral("app_app-db_20261128T021506Z.sql.gz.gpg"), Ops::gzipBytes(dump));
        expectRefused(path, s_passphrase, QStringLiteral("pg_authid"));
        const RunOutcome dryRun = restore(path, s_passphrase, true);
        QVERIFY2(dryRun.outcome == Ops::Runner::Outcome::DryRunFailed, qPrintable(dryRun.all()));
        QVERIFY2(dryRun.all().contains(QStringLiteral("as role app")) && dryRun.all().contains(QStringLiteral("Nothing of it was kept")),
                 qPrintable(dryRun.all()));
        QCOMPARE(scratchCount(), QStringLiteral("0"));
        const Ops::SqlResult login = sql(QStringLiteral("app"), {QStringLiteral("SELECT 1")});
        QVERIFY2(login.ok, qPrintable(login.error));
        Ops::PgEndpoint changed = endpoint();
        changed.password = Core::Secret("changed-by-the-dump");
        QObject context;
        QVERIFY(!Test::await(Ops::runSql(changed, QStringLiteral("app"), {QStringLiteral("SELECT 1")}, m_server->caFile(), &context),
                             60000)
                     .ok);
        // An ordinary restore passes the gate and says which role restored.
        const RunOutcome good = restore(m_goodBackup, s_passphrase, true);
        QVERIFY2(good.outcome == Ops::Runner::Outcome::DryRunOk, qPrintable(good.all()));
        QVERIFY2(good.all().contains(QStringLiteral("as role app; nothing outside the scratch database changed")), qPrintable(good.all()));
        QFile::remove(path);
    }

    void dumpFromANewerServerIsWarnedOf()
    {
        // pg_dump of a newer major server: restored if it can be, with a warning that names both versions.
        QByteArray dump = decryptedDump(m_goodBackup);
        const qsizetype at = dump.indexOf("-- Dumped from database version ");
        QVERIFY(at > 0);
        const qsizetype end = dump.indexOf('\n', at);
        dump.replace(at, end - at, "-- Dumped from database version 99.1 (Proofer test)");
        const QString path =
            encryptedFile(QStringLiteral("app_app-db_20261128T021505Z.sql.gz.gpg"), Ops::gzipBytes(dump));
        const RunOutcome outcome = restore(path, s_passphrase, true);
        QVERIFY2(outcome.outcome == Ops::Runner::Outcome::DryRunOk, qPrintable(outcome.all()));
        const int serverMajor = m_server->superuserQuery(QStringLiteral("SHOW server_version_num")).toInt() / 10000;
        QVERIFY(serverMajor >= 10);
        QVERIFY2(outcome.all().contains(QStringLiteral("PostgreSQL 99, newer than this server (%1)").arg(serverMajor)), qPrintable(outcome.all()));
        // The dump of this server's own version is not warned of.
        const RunOutcome same = restore(m_goodBackup, s_passphrase, true);
        QVERIFY2(!same.all().contains(QStringLiteral("newer than this server")), qPrintable(same.all()));
        QCOMPARE(scratchCount(), QStringLiteral("0"));
        QFile::remove(path);
    }

    void serverWordsReachNoTerminalEscapes()
    {
        // A dump's own values come back in the server's error (#14 item 11: what a server says is shown without
        // escape sequences): the restore's message says what failed, and nothing in it drives a terminal.
        QByteArray dump = decryptedDump(m_goodBackup);
        const qsizetype at = dump.indexOf("-- PostgreSQL database dump complete");
        QVERIFY(at > 0);
        dump.insert(at, "SELECT E'\\x1b]0;pwned\\x07\\x1b[2Jcleared'::integer;\n");
        const QString path = encryptedFile(QStringLiteral("app_app-db_20261128T021509Z.sql.gz.gpg"), Ops::gzipBytes(dump));
        const RunOutcome dryRun = restore(path, s_passphrase, true);
        QVERIFY2(dryRun.outcome == Ops::Runner::Outcome::DryRunFailed, qPrintable(dryRun.all()));
        QVERIFY2(dryRun.all().contains(QStringLiteral("invalid input syntax for type integer")), qPrintable(dryRun.all()));
        QVERIFY2(dryRun.all().contains(QStringLiteral("cleared")), qPrintable(dryRun.all()));
        QVERIFY(!dryRun.all().contains(QChar(0x1b)));
        QVERIFY(!dryRun.all().contains(QChar(0x07)));
        QCOMPARE(scratchCount(), QStringLiteral("0"));
        QFile::remove(path);
    }

    void interruptedRestoreIsObserved_data()
    {
        QTest::addColumn<QString>("stepId");
        QTest::addColumn<bool>("swap");
        QTest::addColumn<bool>("copyGone");  // the scratch copy was never made (dropped here before the journal is cut)
        QTest::addColumn<bool>("runRunner"); // roll back with the Runner first (it must report only what it did)
        QTest::addColumn<int>("expected");   // Ops::Observation::State
        QTest::newRow("killed during psql: the copy exists")
            << QStringLiteral("restore-scratch/app-db") << false << false << false << int(Ops::Observation::State::Applied);
        QTest::newRow("killed before CREATE DATABASE: no copy")
            << QStringLiteral("restore-scratch/app-db") << false << true << true << int(Ops::Observation::State::NotApplied);
        QTest::newRow("killed just after the swap committed")
            << QStringLiteral("swap/app-db") << true << false << true << int(Ops::Observation::State::Applied);
    }

    void interruptedRestoreIsObserved()
    {
        // A restore killed while a step was on the wire: the journal says "begin" and nothing after. What the databases
        // show decides (Step::observe), never the journal; undoing then puts the live database back exactly.
        QFETCH(QString, stepId);
        QFETCH(bool, swap);
        QFETCH(bool, copyGone);
        QFETCH(bool, runRunner);
        QFETCH(int, expected);
        const auto before = liveState();
        QString path;
        {
            Ops::RestoreRequest request;
            request.endpoint = endpoint();
            request.backupFile = m_goodBackup;
            request.passphrase = Core::Secret(s_passphrase);
            request.gnupgHome = m_home;
            request.swap = swap;
            request.allowUnsigned = true;
            auto plan = Ops::makeRestorePlan(request);
            QString error;
            Ops::Journal journal = Ops::Journal::create(m_journalDir, QStringLiteral("restore"), &error);
            QVERIFY2(journal.isValid(), qPrintable(error));
            path = journal.path();
            const RunOutcome outcome = runPlan(plan.get(), false, &journal);
            QVERIFY2(outcome.outcome == Ops::Runner::Outcome::Succeeded, qPrintable(outcome.all()));
        }
        const QJsonObject parameters = Ops::Journal::open(path, nullptr).header().value(QStringLiteral("parameters")).toObject();
        const QString scratch = parameters.value(QStringLiteral("scratch")).toString();
        QVERIFY(!scratch.isEmpty());
        if (copyGone) {
            QString error;
            m_server->superuserQuery(QStringLiteral("DROP DATABASE \"%1\"").arg(scratch), &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
        QVERIFY(cutJournalAtBegin(path, stepId));
        Ops::UnfinishedRun run;
        QString error;
        QVERIFY2(Ops::describeJournal(path, &run, &error), qPrintable(error));
        QCOMPARE(run.interruptedStep, stepId);

        if (runRunner) {
            // Whatever the runner does with the interrupted step, it reports what it did: "rolled back" only when the
            // live database is the original again, never "dropped" a copy it did not drop.
            QList<int> applied;
            int interrupted = -1;
            auto plan = planFromJournal(path, &applied, &interrupted);
            Ops::Journal journal = Ops::Journal::open(path, &error);
            QVERIFY(journal.lock(2000, &error));
            Ops::Runner runner;
            runner.setJournal(&journal);
            RunOutcome outcome;
            bool done = false;
            QObject::connect(&runner, &Ops::Runner::finished, &runner, [&](Ops::Runner::Outcome o, const QString &message) {
                outcome.outcome = o;
                outcome.message = message;
                done = true;
            });
            runner.rollback(plan.get());
            QVERIFY(QTest::qWaitFor([&] { return done; }, 120000));
            qInfo().noquote() << outcome.message;
            if (outcome.outcome == Ops::Runner::Outcome::RolledBack) {
                // The runner observed the in-doubt step itself (Step::observe) and undid what it saw: nothing is
                // left for the step's own part below to observe.
                QCOMPARE(liveState(), before);
                QCOMPARE(scratchCount(), QStringLiteral("0"));
                QCOMPARE(previousCount(), QStringLiteral("0"));
                bool observed = false;
                for (const Ops::Journal::Entry &entry : Ops::Journal::open(path, nullptr).entries())
                    observed = observed || entry.event == u"observed";
                QVERIFY(observed);
                return;
            } else {
                QVERIFY2(!outcome.message.contains(QStringLiteral("dropped the scratch database")), qPrintable(outcome.message));
                QVERIFY2(outcome.message.contains(QStringLiteral("the swap was done")), qPrintable(outcome.message));
            }
        }

        // The step's own part: observe, then undo what it observed, then the applied steps in reverse.
        QList<int> applied;
        int interrupted = -1;
        auto plan = planFromJournal(path, &applied, &interrupted);
        QCOMPARE(interrupted, plan->indexOf(stepId));
        const Ops::Observation observed = Test::await(plan->step(interrupted)->observe({}), 60000);
        qInfo().noquote() << observed.message;
        QCOMPARE(int(observed.state), expected);
        QVERIFY(!observed.message.isEmpty());
        if (observed.state == Ops::Observation::State::Applied)
            applied << interrupted;
        for (auto it = applied.crbegin(); it != applied.crend(); ++it) {
            const Ops::StepResult undone = Test::await(plan->step(*it)->undo({}), 60000);
            QVERIFY2(undone.ok, qPrintable(undone.message));
            qInfo().noquote() << undone.message;
        }
        QCOMPARE(liveState(), before);
        QCOMPARE(scratchCount(), QStringLiteral("0"));
        QCOMPARE(previousCount(), QStringLiteral("0"));
        // Undone once more: nothing is there, and it says so rather than claiming a drop.
        const Ops::StepResult again = Test::await(plan->step(plan->indexOf(QStringLiteral("restore-scratch/app-db")))->undo({}), 60000);
        QVERIFY2(again.ok && again.message.contains(QStringLiteral("nothing to drop")), qPrintable(again.message));
    }

    // ---- a login that may alter roles never runs the dump itself ---------------------------------------------

    void restrictedRoleRefusesWhatTheCheckMisses_data()
    {
        QTest::addColumn<QByteArray>("statement"); // inside a function the dump calls: the check cannot read it
        QTest::addColumn<QString>("refusal");      // PostgreSQL's own words
        QTest::newRow("ALTER ROLE … PASSWORD of the live role")
            << QByteArray("EXECUTE 'ALT' || 'ER ROLE app PASSWORD ''changed-by-the-dump''';") << QStringLiteral("ERROR:  permission denied\n");
        QTest::newRow("CREATE ROLE") << QByteArray("EXECUTE 'CRE' || 'ATE ROLE mallory LOGIN';")
                                     << QStringLiteral("permission denied to create role");
        QTest::newRow("SET ROLE to the login") << QByteArray("EXECUTE 'SE' || 'T ROLE proofer_admin';")
                                               << QStringLiteral("permission denied to set role");
        QTest::newRow("ALTER DATABASE of the live one") << QByteArray("EXECUTE 'ALT' || 'ER DATABASE app CONNECTION LIMIT 0';")
                                                        << QStringLiteral("must be owner of database app");
    }

    void restrictedRoleRefusesWhatTheCheckMisses()
    {
        // The operation logs in as a superuser (as the postgres image's POSTGRES_USER is). A statement assembled at run
        // time passes the dump check; it runs as the role made for this restore, and PostgreSQL refuses it: the live
        // role's password, the roles and the live database are unchanged, and nothing of the restore is left.
        QFETCH(QByteArray, statement);
        QFETCH(QString, refusal);
        loginAsSuperuser();
        QByteArray dump = decryptedDump(m_goodBackup);
        const qsizetype at = dump.indexOf("-- PostgreSQL database dump complete");
        QVERIFY(at > 0);
        dump.insert(at, "CREATE FUNCTION public.sneaky() RETURNS void LANGUAGE plpgsql AS $$\nBEGIN\n  " + statement
                            + "\nEND $$;\nSELECT public.sneaky();\n");
        const QString path = encryptedFile(QStringLiteral("app_app-db_20261128T021508Z.sql.gz.gpg"), Ops::gzipBytes(dump));
        const RunOutcome dryRun = restore(path, s_passphrase, true);
        qInfo().noquote() << dryRun.all();
        QVERIFY2(dryRun.outcome == Ops::Runner::Outcome::DryRunFailed, qPrintable(dryRun.all()));
        QVERIFY2(dryRun.all().contains(refusal), qPrintable(dryRun.all()));
        QVERIFY2(dryRun.all().contains(QStringLiteral("as role app_restore_")), qPrintable(dryRun.all()));
        QVERIFY2(dryRun.all().contains(QStringLiteral("made for this restore")), qPrintable(dryRun.all()));
        // The role was named in the journal before it was made, and it is gone with the scratch copy.
        const QString role = Ops::Journal::open(m_lastJournal, nullptr)
                                 .header()
                                 .value(QStringLiteral("parameters"))
                                 .toObject()
                                 .value(QStringLiteral("restoreRole"))
                                 .toString();
        QVERIFY(role.startsWith(QStringLiteral("app_restore_")));
        QCOMPARE(scratchCount(), QStringLiteral("0"));
        QCOMPARE(restoreRoleCount(), QStringLiteral("0"));
        QCOMPARE(m_server->superuserQuery(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = 'mallory'")), QStringLiteral("0"));
        QCOMPARE(m_server->superuserQuery(QStringLiteral("SELECT datconnlimit FROM pg_database WHERE datname = 'app'")), QStringLiteral("-1"));
        // The live password still logs in; the dump's does not.
        const Ops::SqlResult login = sql(QStringLiteral("app"), {QStringLiteral("SELECT 1")});
        QVERIFY2(login.ok, qPrintable(login.error));
        Ops::PgEndpoint changed = endpoint();
        changed.password = Core::Secret("changed-by-the-dump");
        QObject context;
        QVERIFY(!Test::await(Ops::runSql(changed, QStringLiteral("app"), {QStringLiteral("SELECT 1")}, m_server->caFile(), &context), 60000)
                     .ok);
        QFile::remove(path);
    }

    void trapsForTheLoginAreNotSprung()
    {
        // What the dump made cannot run as the login afterwards: the row counts are read by the login in the restored
        // copy, where a public.quote_ident(name) would win over pg_catalog's (an exact argument type) and run as a
        // superuser. Only pg_catalog is searched there, so the trap is never called and the live password holds.
        loginAsSuperuser();
        QByteArray dump = decryptedDump(m_goodBackup);
        const qsizetype at = dump.indexOf("-- PostgreSQL database dump complete");
        QVERIFY(at > 0);
        dump.insert(at, "CREATE FUNCTION public.quote_ident(name) RETURNS text LANGUAGE plpgsql AS $$\nBEGIN\n"
                        "  EXECUTE 'ALT' || 'ER ROLE app PASSWORD ''changed-by-the-dump''';\n  RETURN $1::text;\nEND $$;\n");
        const QString path = encryptedFile(QStringLiteral("app_app-db_20261128T021510Z.sql.gz.gpg"), Ops::gzipBytes(dump));
        const RunOutcome dryRun = restore(path, s_passphrase, true);
        QVERIFY2(dryRun.outcome == Ops::Runner::Outcome::DryRunOk, qPrintable(dryRun.all()));
        QVERIFY2(dryRun.all().contains(QStringLiteral("table(s) restored with the dump's row counts")), qPrintable(dryRun.all()));
        QCOMPARE(scratchCount(), QStringLiteral("0"));
        QCOMPARE(restoreRoleCount(), QStringLiteral("0"));
        const Ops::SqlResult login = sql(QStringLiteral("app"), {QStringLiteral("SELECT 1")});
        QVERIFY2(login.ok, qPrintable(login.error));
        QFile::remove(path);
    }

    void restrictedRoleRestoresAsTheLoginDid()
    {
        // An ordinary dump restores as before: its ownership lines (ALTER … OWNER TO app) are applied by the login after
        // the dump ran, the rest of the copy is the login's, and the role is dropped before the step ends.
        loginAsSuperuser();
        const RunOutcome dryRun = restore(m_goodBackup, s_passphrase, true);
        QVERIFY2(dryRun.outcome == Ops::Runner::Outcome::DryRunOk, qPrintable(dryRun.all()));
        QVERIFY2(dryRun.all().contains(QStringLiteral("as role app_restore_")) && dryRun.all().contains(QStringLiteral("made for this restore")),
                 qPrintable(dryRun.all()));
        QVERIFY2(dryRun.all().contains(QStringLiteral("ownership statement(s) of the dump applied by proofer_admin")), qPrintable(dryRun.all()));
        QCOMPARE(scratchCount(), QStringLiteral("0"));
        QCOMPARE(restoreRoleCount(), QStringLiteral("0"));

        const auto before = liveState();
        const RunOutcome run = restore(m_goodBackup, s_passphrase, false, false);
        QVERIFY2(run.outcome == Ops::Runner::Outcome::Succeeded, qPrintable(run.all()));
        QCOMPARE(restoreRoleCount(), QStringLiteral("0"));
        const QString scratch = Ops::Journal::open(m_lastJournal, nullptr)
                                    .header()
                                    .value(QStringLiteral("parameters"))
                                    .toObject()
                                    .value(QStringLiteral("scratch"))
                                    .toString();
        QObject context;
        const Ops::SqlResult owners = Test::await(
            Ops::runSql(loginEndpoint(), scratch,
                        {QStringLiteral("SELECT string_agg(tablename || ':' || tableowner, ',' ORDER BY tablename) FROM pg_tables "
                                        "WHERE schemaname = 'public'"),
                         QStringLiteral("SELECT pg_get_userbyid(proowner) FROM pg_proc WHERE proname = 'hello'"),
                         QStringLiteral("SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database()"),
                         QStringLiteral("SELECT count(*) FROM public.orders")},
                        m_server->caFile(), &context),
            60000);
        QVERIFY2(owners.ok, qPrintable(owners.error));
        QCOMPARE(owners.results.value(0).value(0).value(0), QStringLiteral("Notes:app,orders:app"));
        QCOMPARE(owners.results.value(1).value(0).value(0), QStringLiteral("app"));
        QCOMPARE(owners.results.value(2).value(0).value(0), QStringLiteral("proofer_admin")); // the login made it, as before
        QCOMPARE(owners.results.value(3).value(0).value(0), QStringLiteral("500"));
        // Undone (the run has ended: its own step drops the copy), the live database never changed.
        QList<int> applied;
        int interrupted = -1;
        auto plan = planFromJournal(m_lastJournal, &applied, &interrupted);
        const Ops::StepResult undone = Test::await(plan->step(plan->indexOf(QStringLiteral("restore-scratch/app-db")))->undo({}), 60000);
        QVERIFY2(undone.ok, qPrintable(undone.message));
        QCOMPARE(scratchCount(), QStringLiteral("0"));
        QCOMPARE(liveState(), before);
    }

    void interruptedRestrictedRestoreIsRolledBack_data()
    {
        QTest::addColumn<bool>("database"); // the scratch database exists (owned by the role)
        QTest::addColumn<bool>("object");   // the role owns a table in it (killed during psql or the hand-over)
        QTest::newRow("killed after CREATE ROLE, before CREATE DATABASE") << false << false;
        QTest::newRow("killed after CREATE DATABASE") << true << false;
        QTest::newRow("killed during psql or the hand-over") << true << true;
    }

    void interruptedRestrictedRestoreIsRolledBack()
    {
        // The journal names the role and the scratch database before either is made; whatever a kill left of them, the
        // rollback observes it and drops exactly those, and says so.
        QFETCH(bool, database);
        QFETCH(bool, object);
        loginAsSuperuser();
        const auto before = liveState();
        const RunOutcome run = restore(m_goodBackup, s_passphrase, false, false);
        QVERIFY2(run.outcome == Ops::Runner::Outcome::Succeeded, qPrintable(run.all()));
        const QString path = m_lastJournal;
        const QJsonObject parameters = Ops::Journal::open(path, nullptr).header().value(QStringLiteral("parameters")).toObject();
        const QString scratch = parameters.value(QStringLiteral("scratch")).toString();
        const QString role = parameters.value(QStringLiteral("restoreRole")).toString();
        QVERIFY(!role.isEmpty());
        QString error;
        m_server->superuserQuery(QStringLiteral("DROP DATABASE \"%1\"").arg(scratch), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(cutJournalAtBegin(path, QStringLiteral("restore-scratch/app-db")));
        // What the kill left.
        m_server->superuserQuery(QStringLiteral("CREATE ROLE \"%1\" LOGIN NOINHERIT").arg(role), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        if (database) {
            m_server->superuserQuery(QStringLiteral("CREATE DATABASE \"%1\" OWNER \"%2\"").arg(scratch, role), &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
        if (object) {
            QObject context;
            const Ops::SqlResult made = Test::await(
                Ops::runSql(loginEndpoint(), scratch,
                            {QStringLiteral("CREATE TABLE public.half (x int)"),
                             QStringLiteral("ALTER TABLE public.half OWNER TO \"%1\"").arg(role)},
                            m_server->caFile(), &context),
                60000);
            QVERIFY2(made.ok, qPrintable(made.error));
        }
        QCOMPARE(restoreRoleCount(), QStringLiteral("1"));
        const RunOutcome rolledBack = rollBack(path);
        qInfo().noquote() << rolledBack.message;
        QVERIFY2(rolledBack.outcome == Ops::Runner::Outcome::RolledBack, qPrintable(rolledBack.message));
        QCOMPARE(restoreRoleCount(), QStringLiteral("0"));
        QCOMPARE(scratchCount(), QStringLiteral("0"));
        QCOMPARE(liveState(), before);
        bool observed = false;
        for (const Ops::Journal::Entry &entry : Ops::Journal::open(path, nullptr).entries())
            observed = observed || entry.event == u"observed";
        QVERIFY(observed);
    }

    void cleanup()
    {
        m_loginUser.clear();
        m_loginPassword.clear();
    }

private:
    /** restore() logs in as proofer_admin, a superuser with a password (made once). */
    void loginAsSuperuser()
    {
        m_loginUser = QStringLiteral("proofer_admin");
        m_loginPassword = "proofer admin's test password";
        if (m_server->superuserQuery(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = 'proofer_admin'")) == u"0") {
            QString error;
            m_server->superuserQuery(QStringLiteral("CREATE ROLE proofer_admin LOGIN SUPERUSER PASSWORD 'proofer admin''s test password'"),
                                     &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
    }

    /** Rolls back the run of the journal @p path with the Runner, as `proofer operations rollback` does. */
    RunOutcome rollBack(const QString &path)
    {
        QList<int> applied;
        int interrupted = -1;
        auto plan = planFromJournal(path, &applied, &interrupted);
        QString error;
        Ops::Journal journal = Ops::Journal::open(path, &error);
        RunOutcome outcome;
        if (!journal.lock(2000, &error)) {
            outcome.message = error;
            return outcome;
        }
        Ops::Runner runner;
        runner.setJournal(&journal);
        bool done = false;
        QObject::connect(&runner, &Ops::Runner::finished, &runner, [&](Ops::Runner::Outcome o, const QString &message) {
            outcome.outcome = o;
            outcome.message = message;
            done = true;
        });
        runner.rollback(plan.get());
        if (!QTest::qWaitFor([&] { return done; }, 120000))
            outcome.message = QStringLiteral("timed out");
        return outcome;
    }
};

QTEST_GUILESS_MAIN(TestRestoreSafety)
#include "testrestoresafety.moc"
