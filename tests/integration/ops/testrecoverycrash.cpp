// SPDX-License-Identifier: GPL-3.0-or-later
// A crash after each step, then resume or rollback from the journal on the next start — against a real demo
// fleet (PostgreSQL, Redis, the Kubernetes API emulator). The run happens in a child process
// (tests/support/operationcrasher) that _exit()s right after the chosen step is journaled; this process then
// lists the unfinished run, rebuilds its plan from the journal and resumes or rolls it back, and the fleet is
// checked by probing: which password logs in, what the Secret holds, which serial is served. No secret or key
// material may appear in any journal. The CLI (`proofer operations`) is exercised on crashed runs through each of its
// exits. The fixture is in recoveryfixture.h.
#include "recoveryfixture.h"

class TestRecoveryCrash final : public RecoveryFixture
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/proofer-test-") + QStringLiteral(PROOFER_TEST_TAG)
                                                + QStringLiteral("-XXXXXX"));
        QVERIFY(m_dir->isValid());
        QFile::setPermissions(m_dir->path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther);
        const QString gnupg = m_dir->filePath(QStringLiteral("gnupg"));
        QVERIFY(QDir().mkpath(gnupg));
        QFile::setPermissions(gnupg, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        qputenv("GNUPGHOME", QFile::encodeName(gnupg));
        m_journalDir = m_dir->filePath(QStringLiteral("journal"));
        m_recoveryDir = m_dir->filePath(QStringLiteral("recovery"));
        m_passphraseFile = m_dir->filePath(QStringLiteral("passphrase"));
        {
            QFile file(m_passphraseFile);
            QVERIFY(file.open(QIODevice::WriteOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
            file.write(QByteArray(kPassphrase) + '\n');
        }

        Demo::DemoOptions options;
        options.instances = 2;
        options.scenario = Demo::Scenario::Reference;
        options.stateDir = m_dir->filePath(QStringLiteral("state"));
        QString error;
        m_fleet = TestSupport::startDemoFleet(options, &error);
        QVERIFY2(m_fleet, qPrintable(error));
        m_client = TestSupport::clientForKubeconfig(m_fleet->kubeconfigPath(), &error);
        QVERIFY2(m_client, qPrintable(error));
    }

    void cleanupTestCase()
    {
        m_client.reset();
        if (!TestSupport::stopDemoFleet(m_fleet))
            qWarning("the demo fleet did not stop in time");
        QProcess::execute(QStringLiteral("gpgconf"), {QStringLiteral("--kill"), QStringLiteral("gpg-agent")});
    }

    void rotationCrashThenResume_data()
    {
        QTest::addColumn<QString>("datastore");
        QTest::addColumn<int>("step");
        for (int i = 0; i < kRotationSteps.size(); ++i)
            QTest::addRow("auth-db after %s", qPrintable(kRotationSteps.at(i))) << QStringLiteral("auth-db") << i;
        QTest::addRow("redis after alter-role") << QStringLiteral("redis") << 3;
    }

    void rotationCrashThenResume()
    {
        QFETCH(QString, datastore);
        QFETCH(int, step);
        const Core::Secret before = secretPassword(datastore);
        QVERIFY(!before.isEmpty());
        const Crash crashed = crashRotation(datastore, step);
        QVERIFY2(crashed.exitCode == 9, qPrintable(crashed.output));
        QVERIFY(!crashed.journal.isEmpty());

        const Ops::UnfinishedRun run = unfinished(crashed.journal);
        QCOMPARE(run.kind, QStringLiteral("rotate-password"));
        QVERIFY(!run.ownerAlive);
        QCOMPARE(run.stepsApplied.size(), step + 1);
        QVERIFY(run.canResume);
        QVERIFY(run.needsPassphrase);

        const Recovered resumed = recover(run, true);
        QVERIFY2(resumed.finished && resumed.outcome == Ops::Runner::Outcome::Succeeded, qPrintable(resumed.message));
        QCOMPARE(endOutcome(crashed.journal), QStringLiteral("Succeeded"));
        QVERIFY(unfinished(crashed.journal).journalPath.isEmpty());

        const Core::Secret after = secretPassword(datastore);
        QCOMPARE(after.size(), qsizetype(32));
        QVERIFY(hashOf(after.reveal()) != hashOf(before.reveal()));
        QVERIFY2(login(datastore, after), "the new password does not log in");
        QVERIFY2(!login(datastore, before), "the old password still logs in");
        QVERIFY2(recoveryRecords().isEmpty(), qPrintable(recoveryRecords().join(u' ')));
        assertNoSecretIn(crashed.journal, {before, after});
    }

    void rotationCrashThenRollback_data()
    {
        QTest::addColumn<QString>("datastore");
        QTest::addColumn<int>("step");
        // After patch-secret the old password exists nowhere any more (by design): rollback is refused, see below.
        for (int i = 0; i < 4; ++i)
            QTest::addRow("auth-db after %s", qPrintable(kRotationSteps.at(i))) << QStringLiteral("auth-db") << i;
        QTest::addRow("redis after alter-role") << QStringLiteral("redis") << 3;
    }

    void rotationCrashThenRollback()
    {
        QFETCH(QString, datastore);
        QFETCH(int, step);
        const Core::Secret before = secretPassword(datastore);
        const Crash crashed = crashRotation(datastore, step);
        QVERIFY2(crashed.exitCode == 9, qPrintable(crashed.output));
        const Ops::UnfinishedRun run = unfinished(crashed.journal);
        QVERIFY(run.canRollback);
        if (step == 3)
            QVERIFY2(!login(datastore, before), "the crash came after ALTER ROLE: the old password must be refused now");

        const Recovered rolledBack = recover(run, false);
        QVERIFY2(rolledBack.finished && rolledBack.outcome == Ops::Runner::Outcome::RolledBack, qPrintable(rolledBack.message));
        QCOMPARE(endOutcome(crashed.journal), QStringLiteral("RolledBack"));
        QCOMPARE(hashOf(secretPassword(datastore).reveal()), hashOf(before.reveal()));
        QVERIFY2(login(datastore, before), "the old password does not log in after the rollback");
        QVERIFY2(recoveryRecords().isEmpty(), qPrintable(recoveryRecords().join(u' ')));
        assertNoSecretIn(crashed.journal, {before});
    }

    void rotationRollbackWithAWrongPassphraseFailsSafely()
    {
        const QString datastore = QStringLiteral("tenant-db");
        const Core::Secret before = secretPassword(datastore);
        const Crash crashed = crashRotation(datastore, 3);
        QVERIFY2(crashed.exitCode == 9, qPrintable(crashed.output));
        const Recovered wrong = recover(unfinished(crashed.journal), false, QStringLiteral("not the passphrase"));
        QVERIFY(wrong.finished);
        QCOMPARE(wrong.outcome, Ops::Runner::Outcome::RollbackFailed);
        // The record is kept (it holds the password in use) and the run is still listed, rollback only.
        QCOMPARE(recoveryRecords().size(), 1);
        QVERIFY(!login(datastore, before));
        const Ops::UnfinishedRun again = unfinished(crashed.journal);
        QCOMPARE(again.journalPath, QFileInfo(crashed.journal).absoluteFilePath());
        QVERIFY(!again.canResume);
        QVERIFY(again.canRollback);
        // With the right passphrase the rollback finishes.
        const Recovered right = recover(again, false);
        QVERIFY2(right.outcome == Ops::Runner::Outcome::RolledBack, qPrintable(right.message));
        QCOMPARE(endOutcome(crashed.journal), QStringLiteral("RolledBack"));
        QVERIFY(login(datastore, before));
        QVERIFY(recoveryRecords().isEmpty());
        assertNoSecretIn(crashed.journal, {before});
    }

    void rotationPastThePatchOffersResumeOnly()
    {
        const Crash crashed = crashRotation(QStringLiteral("redis"), 4);
        QVERIFY2(crashed.exitCode == 9, qPrintable(crashed.output));
        const Ops::UnfinishedRun run = unfinished(crashed.journal);
        QVERIFY(run.canResume);
        QVERIFY(!run.canRollback);
        QVERIFY(!run.rollbackRefusal.isEmpty());
        const Recovered resumed = recover(run, true);
        QVERIFY2(resumed.outcome == Ops::Runner::Outcome::Succeeded, qPrintable(resumed.message));
        QVERIFY(login(QStringLiteral("redis"), secretPassword(QStringLiteral("redis"))));
    }

    /** The "observed" line a resume or rollback wrote for the in-doubt step: {"applied": …} or empty. */
    static QJsonObject observedLine(const QString &journalPath)
    {
        const Ops::Journal journal = Ops::Journal::open(journalPath, nullptr);
        for (const Ops::Journal::Entry &entry : journal.entries()) {
            if (entry.event == u"observed")
                return entry.raw;
        }
        return {};
    }

    // A kill while ALTER ROLE or the Secret PATCH is on the wire: the journal ends at "begin". The rollback or
    // resume must look at the real state (which password logs in, what the Secret holds) before doing anything,
    // and the recovery record may go only once the end state is verified.
    void rotationInDoubtIsResolvedByObserving_data()
    {
        QTest::addColumn<QString>("datastore");
        QTest::addColumn<int>("step");
        QTest::addColumn<QString>("boundary");
        QTest::addColumn<bool>("resume");
        for (const int step : {3, 4}) {
            for (const char *boundary : {"in-doubt-before", "in-doubt-after"}) {
                for (const bool resume : {false, true}) {
                    QTest::addRow("auth-db %s %s, %s", qPrintable(kRotationSteps.at(step)), boundary, resume ? "resume" : "rollback")
                        << QStringLiteral("auth-db") << step << QString::fromLatin1(boundary) << resume;
                }
            }
        }
        QTest::addRow("redis alter-role applied, rollback") << QStringLiteral("redis") << 3 << QStringLiteral("in-doubt-after") << false;
        QTest::addRow("redis alter-role applied, resume") << QStringLiteral("redis") << 3 << QStringLiteral("in-doubt-after") << true;
        QTest::addRow("auth-db recovery-record written, rollback") << QStringLiteral("auth-db") << 2 << QStringLiteral("in-doubt-after") << false;
    }

    void rotationInDoubtIsResolvedByObserving()
    {
        QFETCH(QString, datastore);
        QFETCH(int, step);
        QFETCH(QString, boundary);
        QFETCH(bool, resume);
        const Core::Secret before = secretPassword(datastore);
        QVERIFY(!before.isEmpty());
        const Crash crashed = crashRotation(datastore, step, boundary);
        QVERIFY2(crashed.exitCode == 9, qPrintable(crashed.output));
        const bool applied = boundary == u"in-doubt-after";
        const Ops::UnfinishedRun run = unfinished(crashed.journal);
        QCOMPARE(run.interruptedStep, kRotationSteps.at(step) + u'/' + datastore);
        QCOMPARE(run.stepsApplied.size(), step);
        if (step == 3)
            QCOMPARE(login(datastore, before), !applied); // the server did (or did not) take the new password
        if (step == 4)
            QCOMPARE(hashOf(secretPassword(datastore).reveal()) == hashOf(before.reveal()), !applied);
        if (step == 2)
            QCOMPARE(recoveryRecords().size(), 1);

        const Recovered recovered = recover(run, resume);
        QVERIFY2(recovered.finished, qPrintable(recovered.message));
        const QJsonObject observed = observedLine(crashed.journal);
        QVERIFY2(!observed.isEmpty(), "no observation was journaled");
        QCOMPARE(observed.value(QStringLiteral("applied")).toBool(), applied);
        if (resume) {
            QVERIFY2(recovered.outcome == Ops::Runner::Outcome::Succeeded, qPrintable(recovered.message));
            QCOMPARE(endOutcome(crashed.journal), QStringLiteral("Succeeded"));
            const Core::Secret after = secretPassword(datastore);
            QCOMPARE(after.size(), qsizetype(32));
            QVERIFY(hashOf(after.reveal()) != hashOf(before.reveal()));
            QVERIFY2(login(datastore, after), "the password in the Secret does not log in");
            QVERIFY2(!login(datastore, before), "the old password still logs in");
            assertNoSecretIn(crashed.journal, {before, after});
        } else {
            QVERIFY2(recovered.outcome == Ops::Runner::Outcome::RolledBack, qPrintable(recovered.message));
            QCOMPARE(endOutcome(crashed.journal), QStringLiteral("RolledBack"));
            QCOMPARE(hashOf(secretPassword(datastore).reveal()), hashOf(before.reveal()));
            QVERIFY2(login(datastore, before), "the old password does not log in after the rollback");
            assertNoSecretIn(crashed.journal, {before});
        }
        QVERIFY2(recoveryRecords().isEmpty(), qPrintable(recoveryRecords().join(u' ')));
    }

    // The same kill, and the record cannot be opened (wrong passphrase): nothing may be undone on a guess. The
    // rollback ends RollbackFailed (exit 4 from the CLI), says where the passwords are and how to read them,
    // keeps the record, and a later rollback with the right passphrase finishes.
    void rotationInDoubtWithoutTheRecordIsNotRolledBack()
    {
        const QString datastore = QStringLiteral("tenant-db");
        const Core::Secret before = secretPassword(datastore);
        const Crash crashed = crashRotation(datastore, 3, QStringLiteral("in-doubt-after"));
        QVERIFY2(crashed.exitCode == 9, qPrintable(crashed.output));
        QVERIFY(!login(datastore, before));
        QCOMPARE(recoveryRecords().size(), 1);

        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        const QString wrongFile = m_dir->filePath(QStringLiteral("wrong-passphrase"));
        {
            QFile file(wrongFile);
            QVERIFY(file.open(QIODevice::WriteOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
            file.write("not the passphrase\n");
        }
        process.start(qEnvironmentVariable("PROOFER_BIN"),
                      {QStringLiteral("operations"), QStringLiteral("rollback"), crashed.journal, QStringLiteral("--kubeconfig"),
                       m_fleet->kubeconfigPath(), QStringLiteral("--recovery-passphrase-file"), wrongFile, QStringLiteral("--yes")});
        QVERIFY(process.waitForStarted());
        process.closeWriteChannel();
        QVERIFY(QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 300000));
        const QByteArray output = process.readAll();
        const int exitCode = process.exitCode();
        const bool oldRefusedMeanwhile = !login(datastore, before);
        const int recordsMeanwhile = int(recoveryRecords().size());
        // Whatever the CLI did, put the fleet back for the tests that follow, then judge.
        const Recovered right = recover(unfinished(crashed.journal), false);
        QVERIFY2(right.outcome == Ops::Runner::Outcome::RolledBack, qPrintable(right.message));
        QVERIFY(login(datastore, before));
        QCOMPARE(hashOf(secretPassword(datastore).reveal()), hashOf(before.reveal()));
        QVERIFY(recoveryRecords().isEmpty());
        assertNoSecretIn(crashed.journal, {before});

        QCOMPARE(exitCode, 4);
        QVERIFY2(!output.contains("Everything that was changed has been put back"), output.constData());
        QVERIFY2(output.contains("Nothing was undone or redone"), output.constData());
        const QByteArray hint = QByteArray("gpg --decrypt ").append(QFile::encodeName(m_recoveryDir));
        QVERIFY2(output.contains(hint), output.constData());
        QVERIFY(!output.contains(before.reveal()));
        QCOMPARE(recordsMeanwhile, 1);
        QVERIFY(oldRefusedMeanwhile);
    }

    void cliListsAndRollsBack()
    {
        const QString datastore = QStringLiteral("auth-db");
        const Core::Secret before = secretPassword(datastore);
        const Crash crashed = crashRotation(datastore, 2);
        QVERIFY2(crashed.exitCode == 9, qPrintable(crashed.output));

        auto proofer = [&](const QStringList &arguments, int *code) {
            QProcess process;
            process.setProcessChannelMode(QProcess::MergedChannels);
            process.start(qEnvironmentVariable("PROOFER_BIN"), arguments);
            if (!process.waitForStarted())
                return QByteArray();
            process.closeWriteChannel();
            const bool ended = QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 300000);
            *code = !ended ? -4 : process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
            return process.readAll();
        };
        int code = -1;
        QByteArray output = proofer({QStringLiteral("operations"), QStringLiteral("--journal-dir"), m_journalDir}, &code);
        QCOMPARE(code, 1);
        QVERIFY2(output.contains(QFileInfo(crashed.journal).fileName().toUtf8()), output.constData());
        QVERIFY(output.contains("recovery-record/auth-db"));

        // Without --yes and without a terminal: refused, nothing done.
        output = proofer({QStringLiteral("operations"), QStringLiteral("rollback"), crashed.journal, QStringLiteral("--kubeconfig"),
                          m_fleet->kubeconfigPath(), QStringLiteral("--recovery-passphrase-file"), m_passphraseFile},
                         &code);
        QCOMPARE(code, 2);
        QVERIFY(output.contains("--yes"));

        output = proofer({QStringLiteral("operations"), QStringLiteral("rollback"), QFileInfo(crashed.journal).fileName(),
                          QStringLiteral("--journal-dir"), m_journalDir, QStringLiteral("--kubeconfig"), m_fleet->kubeconfigPath(),
                          QStringLiteral("--recovery-passphrase-file"), m_passphraseFile, QStringLiteral("--yes")},
                         &code);
        QVERIFY2(code == 0, output.right(2000).constData());
        QCOMPARE(endOutcome(crashed.journal), QStringLiteral("RolledBack"));
        QVERIFY(login(datastore, before));
        QVERIFY(!output.contains(before.reveal()));

        // Ended: resuming it again is refused.
        output = proofer({QStringLiteral("operations"), QStringLiteral("resume"), crashed.journal, QStringLiteral("--yes"),
                          QStringLiteral("--kubeconfig"), m_fleet->kubeconfigPath()},
                         &code);
        QCOMPARE(code, 2);
    }

    void cliExitPathsAfterKilledOperations()
    {
        // `proofer operations` list, resume, rollback on journals that killed operations left, through every exit the
        // command has (0, 1, 2, 4): each ends as a process should, by its exit code, never by a signal or an abort at
        // exit (a "double free or corruption" was seen once after a rollback printed its result). With PROOFER_BIN set
        // to a wrapper that runs it under valgrind, an invalid or double free fails here too.
        prepareRestore();
        if (QTest::currentTestFailed())
            return;
        auto proofer = [&](const QStringList &arguments, int *code) {
            QProcess process;
            process.setProcessChannelMode(QProcess::MergedChannels);
            process.start(qEnvironmentVariable("PROOFER_BIN"), arguments);
            if (!process.waitForStarted())
                return QByteArray("did not start");
            process.closeWriteChannel();
            // Still running after the wait is a failure of its own (exitCode() would say 0).
            const bool ended = QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 300000);
            *code = !ended ? -4 : process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
            const QByteArray output = process.readAll();
            // Whatever the exit code, nothing went wrong on the way out.
            for (const char *sign : {"double free", "corruption", "free(): invalid", "Segmentation", "Invalid free", "Invalid read",
                                     "Invalid write"})
                if (output.contains(sign))
                    *code = -3;
            return output;
        };
        const QStringList cluster{QStringLiteral("--kubeconfig"), m_fleet->kubeconfigPath()};
        int code = -1;

        // A restore killed after its scratch copy was made.
        const QStringList before = restoreState();
        const QString tmpDir = m_dir->filePath(QStringLiteral("tmp-%1").arg(++m_runs));
        QVERIFY(QDir().mkpath(tmpDir));
        const Crash restore = crashRestore(2, tmpDir);
        QVERIFY2(restore.exitCode == 9, qPrintable(restore.output));
        QByteArray output = proofer({QStringLiteral("operations"), QStringLiteral("list"), QStringLiteral("--journal-dir"), m_journalDir}, &code);
        QVERIFY2(code == 1, output.constData());
        QVERIFY(output.contains(QFileInfo(restore.journal).fileName().toUtf8()));
        output = proofer({QStringLiteral("operations"), QStringLiteral("resume"), restore.journal, QStringLiteral("--yes")}, &code);
        QVERIFY2(code == 2, output.constData()); // a restore is not continued
        output = proofer({QStringLiteral("operations"), QStringLiteral("rollback"), QStringLiteral("no-such-journal"), QStringLiteral("--journal-dir"),
                          m_journalDir, QStringLiteral("--yes")},
                         &code);
        QVERIFY2(code == 2, output.constData());
        output = proofer(QStringList{QStringLiteral("operations"), QStringLiteral("rollback"), restore.journal, QStringLiteral("--yes")} + cluster, &code);
        QVERIFY2(code == 0, output.right(2000).constData());
        QCOMPARE(restoreState(), before);
        output = proofer(QStringList{QStringLiteral("operations"), QStringLiteral("rollback"), restore.journal, QStringLiteral("--yes")} + cluster, &code);
        QVERIFY2(code == 2, output.constData()); // it has ended

        // A rotation killed with its recovery record written: rolled back with a wrong passphrase (exit 4, the record
        // kept), then with the right one (exit 0).
        const QString datastore = QStringLiteral("tenant-db");
        const Core::Secret password = secretPassword(datastore);
        const Crash rotation = crashRotation(datastore, 3);
        QVERIFY2(rotation.exitCode == 9, qPrintable(rotation.output));
        const QString wrongFile = m_dir->filePath(QStringLiteral("wrong-passphrase"));
        {
            QFile file(wrongFile);
            QVERIFY(file.open(QIODevice::WriteOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
            file.write("not the passphrase\n");
        }
        output = proofer(QStringList{QStringLiteral("operations"), QStringLiteral("rollback"), rotation.journal, QStringLiteral("--yes"),
                                     QStringLiteral("--recovery-passphrase-file"), wrongFile}
                             + cluster,
                         &code);
        QVERIFY2(code == 4, output.right(2000).constData());
        QCOMPARE(recoveryRecords().size(), 1);
        output = proofer(QStringList{QStringLiteral("operations"), QStringLiteral("rollback"), rotation.journal, QStringLiteral("--yes"),
                                     QStringLiteral("--recovery-passphrase-file"), m_passphraseFile}
                             + cluster,
                         &code);
        QVERIFY2(code == 0, output.right(2000).constData());
        QVERIFY(login(datastore, password));
        QVERIFY(recoveryRecords().isEmpty());
        output = proofer({QStringLiteral("operations"), QStringLiteral("--journal-dir"), m_journalDir}, &code);
        QVERIFY2(code == 0 || code == 1, output.constData());
    }

    void renewalCrashThenResume_data()
    {
        QTest::addColumn<int>("step");
        // validate, write-ca, write-files/<secret>, patch-secret/<secret>, restart/auth-db (and its verify).
        QTest::newRow("after validate") << 0;
        QTest::newRow("after write-files") << 2;
        QTest::newRow("after patch-secret") << 3;
        QTest::newRow("after restart") << 4;
    }

    void renewalCrashThenResume()
    {
        QFETCH(int, step);
        const QString datastore = QStringLiteral("auth-db");
        const QString secretName = tlsSecretOf(datastore);
        QVERIFY(!secretName.isEmpty());
        const QString servedBefore = servedSerial(datastore);
        QVERIFY2(!servedBefore.startsWith(QStringLiteral("error")), qPrintable(servedBefore));
        const QString outDir = m_dir->filePath(QStringLiteral("certs-%1").arg(++m_runs));
        const Crash crashed = crash({QStringLiteral("renew-certs"), m_fleet->kubeconfigPath(), ns(), m_journalDir, outDir, datastore,
                                     QString::number(step), QStringLiteral("apply")});
        QVERIFY2(crashed.exitCode == 9, qPrintable(crashed.output));
        const Ops::UnfinishedRun run = unfinished(crashed.journal);
        QCOMPARE(run.kind, QStringLiteral("renew-certs"));
        QCOMPARE(run.stepsApplied.size(), step + 1);
        QVERIFY2(run.canResume, qPrintable(run.resumeRefusal));

        const Recovered resumed = recover(run, true);
        QVERIFY2(resumed.outcome == Ops::Runner::Outcome::Succeeded, qPrintable(resumed.message));
        QCOMPARE(endOutcome(crashed.journal), QStringLiteral("Succeeded"));
        // The Secret holds the certificate written before the crash, and that is what is served.
        const QByteArray written = readFile(QDir(outDir).filePath(secretName + QStringLiteral("/tls.crt")));
        QVERIFY(!written.isEmpty());
        const QJsonObject data = secretObject(secretName).value(QStringLiteral("data")).toObject();
        QCOMPARE(QByteArray::fromBase64(data.value(QStringLiteral("tls.crt")).toString().toLatin1()), written);
        const QString servedNow = servedSerial(datastore);
        QVERIFY(servedNow != servedBefore);
        QVERIFY2(!servedNow.startsWith(QStringLiteral("error")), qPrintable(servedNow));
        QVERIFY(!readFile(crashed.journal).contains(readFile(QDir(outDir).filePath(secretName + QStringLiteral("/tls.key"))).mid(40, 40)));
        assertNoSecretIn(crashed.journal, {});
    }

    void renewalCrashThenRollback_data()
    {
        QTest::addColumn<int>("step");
        QTest::newRow("after validate") << 0;
        QTest::newRow("after write-ca (resume refused)") << 1;
        QTest::newRow("after patch-secret") << 3;
        QTest::newRow("after restart") << 4;
    }

    void renewalCrashThenRollback()
    {
        QFETCH(int, step);
        const QString datastore = QStringLiteral("auth-db");
        const QString secretName = tlsSecretOf(datastore);
        const QByteArray dataBefore = QJsonDocument(secretObject(secretName).value(QStringLiteral("data")).toObject()).toJson();
        const QString servedBefore = servedSerial(datastore);
        const QString outDir = m_dir->filePath(QStringLiteral("certs-%1").arg(++m_runs));
        const Crash crashed = crash({QStringLiteral("renew-certs"), m_fleet->kubeconfigPath(), ns(), m_journalDir, outDir, datastore,
                                     QString::number(step), QStringLiteral("apply")});
        QVERIFY2(crashed.exitCode == 9, qPrintable(crashed.output));
        const Ops::UnfinishedRun run = unfinished(crashed.journal);
        QVERIFY(run.canRollback);
        if (step == 1)
            QVERIFY2(!run.canResume && !run.resumeRefusal.isEmpty(), "a half-written CA must not be resumed");
        if (step >= 3)
            QVERIFY(servedSerial(datastore) != servedBefore || step == 3);

        const Recovered rolledBack = recover(run, false);
        QVERIFY2(rolledBack.outcome == Ops::Runner::Outcome::RolledBack, qPrintable(rolledBack.message));
        QCOMPARE(endOutcome(crashed.journal), QStringLiteral("RolledBack"));
        QCOMPARE(QJsonDocument(secretObject(secretName).value(QStringLiteral("data")).toObject()).toJson(), dataBefore);
        // The restarted server serves the previous certificate again (a loaded CI machine restarts slowly).
        QString servedLast;
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         servedLast = servedSerial(datastore);
                         return servedLast == servedBefore;
                     },
                     120000),
                 qPrintable(QStringLiteral("served %1, expected %2 again").arg(servedLast, servedBefore)));
        assertNoSecretIn(crashed.journal, {});
    }

    void restoreCrashThenRollback_data()
    {
        QTest::addColumn<int>("step");
        // decrypt/, check/, restore-scratch/, swap/ (tenant-db)
        QTest::newRow("after check (dump in temp files)") << 1;
        QTest::newRow("after restore-scratch") << 2;
        QTest::newRow("after swap") << 3;
    }

    void restoreCrashThenRollback()
    {
        QFETCH(int, step);
        prepareRestore();
        if (QTest::currentTestFailed())
            return;
        const QStringList before = restoreState();
        QCOMPARE(before.value(1), QStringLiteral("30"));
        QCOMPARE(before.value(2), QStringLiteral("0"));
        const QString tmpDir = m_dir->filePath(QStringLiteral("tmp-%1").arg(++m_runs));
        QVERIFY(QDir().mkpath(tmpDir));
        const Crash crashed = crashRestore(step, tmpDir);
        QVERIFY2(crashed.exitCode == 9, qPrintable(crashed.output));
        // The crash left the decrypted dump behind (the child could not wipe it), and the swap if it was done.
        QVERIFY2(!leftTempFiles(tmpDir).isEmpty(), "the crashed restore should have left its temp files");
        const QStringList crashedState = restoreState();
        if (step == 3) {
            QVERIFY(crashedState.value(0) != before.value(0));
            QCOMPARE(crashedState.value(1), QStringLiteral("40"));
        } else {
            QCOMPARE(crashedState.value(0), before.value(0));
        }

        const Ops::UnfinishedRun run = unfinished(crashed.journal);
        QCOMPARE(run.kind, QStringLiteral("restore"));
        QCOMPARE(run.stepsApplied.size(), step + 1);
        QVERIFY(!run.canResume);
        QVERIFY2(run.canRollback, qPrintable(run.rollbackRefusal));
        QCOMPARE(run.parameters.value(QStringLiteral("namespace")).toString(), ns());

        const Recovered rolledBack = recover(run, false);
        QVERIFY2(rolledBack.finished && rolledBack.outcome == Ops::Runner::Outcome::RolledBack, qPrintable(rolledBack.message));
        QCOMPARE(endOutcome(crashed.journal), QStringLiteral("RolledBack"));
        QCOMPARE(restoreState(), before); // the original database (OID, rows) is live; no scratch/previous copy
        QVERIFY2(leftTempFiles(tmpDir).isEmpty(), qPrintable(leftTempFiles(tmpDir).join(u' ')));
        assertNoSecretIn(crashed.journal, {secretPassword(QString::fromLatin1(kRestoreStore))});
        QVERIFY(!readFile(crashed.journal).contains("row 40"));
    }

    void killedDryRunLeavesNoScratchDatabase()
    {
        // A dry run restores into a scratch database too. Killed midway, that copy is listed by `proofer operations`
        // (the dry run recorded it in a journal of its own before making it) and its rollback drops it.
        prepareRestore();
        if (QTest::currentTestFailed())
            return;
        const QStringList before = restoreState();
        const QString tmpDir = m_dir->filePath(QStringLiteral("tmp-%1").arg(++m_runs));
        QVERIFY(QDir().mkpath(tmpDir));
        const Crash crashed = crash({QStringLiteral("restore"), m_fleet->kubeconfigPath(), ns(), m_journalDir, m_passphraseFile,
                                     QString::fromLatin1(kRestoreStore), QString::fromLatin1(kRestoreDb), m_backupFile,
                                     QStringLiteral("2"), QStringLiteral("dry-run")},
                                    tmpDir);
        QVERIFY2(crashed.exitCode == 9, qPrintable(crashed.output));
        QCOMPARE(restoreState().value(2), QStringLiteral("1")); // the scratch copy is there
        QCOMPARE(restoreState().value(0), before.value(0));
        Ops::UnfinishedRun copy;
        for (const Ops::UnfinishedRun &run : Ops::listUnfinishedRuns(m_journalDir)) {
            if (run.parameters.value(QStringLiteral("dryRunCopy")).toBool() && !run.ownerAlive)
                copy = run;
        }
        QVERIFY2(!copy.journalPath.isEmpty(), "the killed dry run's scratch copy is not listed");
        QCOMPARE(copy.kind, QStringLiteral("restore"));
        QVERIFY(copy.canRollback);
        const Recovered rolledBack = recover(copy, false);
        QVERIFY2(rolledBack.outcome == Ops::Runner::Outcome::RolledBack, qPrintable(rolledBack.message));
        QCOMPARE(endOutcome(copy.journalPath), QStringLiteral("RolledBack"));
        QCOMPARE(restoreState(), before);
        QVERIFY2(leftTempFiles(tmpDir).isEmpty(), qPrintable(leftTempFiles(tmpDir).join(u' ')));
        assertNoSecretIn(copy.journalPath, {secretPassword(QString::fromLatin1(kRestoreStore))});
    }

    void restrictedRestoreKilledThenRolledBack_data()
    {
        QTest::addColumn<QString>("phase");
        // restore-scratch/ (step 2) killed as it begins (nothing made yet), in a dry run once its role and scratch copy
        // exist (the dry run's own journal says so), with its work done but not journaled, and after it was journaled.
        QTest::newRow("in doubt before restore-scratch") << QStringLiteral("in-doubt-before");
        QTest::newRow("dry run with its role and copy made") << QStringLiteral("dry-run");
        QTest::newRow("in doubt after restore-scratch") << QStringLiteral("in-doubt-after");
        QTest::newRow("after restore-scratch") << QStringLiteral("apply");
    }

    void restrictedRestoreKilledThenRolledBack()
    {
        // Here tenant-db's login may create roles, so the restore runs the dump as a role made for it. Whatever a kill
        // left of that role and of the scratch copy, the journal named both before they were made and the rollback
        // removes exactly those.
        QFETCH(QString, phase);
        prepareRestore();
        if (QTest::currentTestFailed())
            return;
        const QString store = QString::fromLatin1(kRestoreStore);
        const QString login = pgEndpoint(QString::fromLatin1(kRestoreDb)).user;
        QVERIFY(!login.isEmpty());
        QCOMPARE(demoSuperuserSql(store, QStringLiteral("ALTER ROLE \"%1\" CREATEROLE").arg(login)), QStringLiteral("ALTER ROLE"));
        const auto revoke = qScopeGuard([&] { demoSuperuserSql(store, QStringLiteral("ALTER ROLE \"%1\" NOCREATEROLE").arg(login)); });
        const QStringList before = restoreState();
        QCOMPARE(restoreRoles(), QStringLiteral("0"));
        const QString tmpDir = m_dir->filePath(QStringLiteral("tmp-%1").arg(++m_runs));
        QVERIFY(QDir().mkpath(tmpDir));
        const Crash crashed = crash({QStringLiteral("restore"), m_fleet->kubeconfigPath(), ns(), m_journalDir, m_passphraseFile, store,
                                     QString::fromLatin1(kRestoreDb), m_backupFile, QStringLiteral("2"), phase},
                                    tmpDir);
        QVERIFY2(crashed.exitCode == 9, qPrintable(crashed.output));
        Ops::UnfinishedRun run;
        if (phase == u"dry-run") {
            for (const Ops::UnfinishedRun &unfinishedRun : Ops::listUnfinishedRuns(m_journalDir)) {
                if (unfinishedRun.parameters.value(QStringLiteral("dryRunCopy")).toBool() && !unfinishedRun.ownerAlive)
                    run = unfinishedRun;
            }
            QCOMPARE(restoreRoles(), QStringLiteral("1")); // the kill left the role
        } else {
            run = unfinished(crashed.journal);
        }
        QVERIFY2(!run.journalPath.isEmpty(), "the killed run is not listed");
        QVERIFY(run.parameters.value(QStringLiteral("restoreRole")).toString().startsWith(QStringLiteral("crashdb_restore_")));
        const Recovered rolledBack = recover(run, false);
        QVERIFY2(rolledBack.outcome == Ops::Runner::Outcome::RolledBack, qPrintable(rolledBack.message));
        QCOMPARE(restoreState(), before);
        QCOMPARE(restoreRoles(), QStringLiteral("0"));
        QVERIFY2(leftTempFiles(tmpDir).isEmpty(), qPrintable(leftTempFiles(tmpDir).join(u' ')));
        assertNoSecretIn(run.journalPath, {secretPassword(store)});
    }

    void restoreJournalWithoutNamespaceIsRefused()
    {
        prepareRestore();
        if (QTest::currentTestFailed())
            return;
        const QStringList before = restoreState();
        const QString tmpDir = m_dir->filePath(QStringLiteral("tmp-%1").arg(++m_runs));
        QVERIFY(QDir().mkpath(tmpDir));
        const Crash crashed = crashRestore(2, tmpDir);
        QVERIFY2(crashed.exitCode == 9, qPrintable(crashed.output));
        const Ops::UnfinishedRun run = unfinished(crashed.journal);
        Ops::UnfinishedRun old = run; // as a journal written before "namespace" was a parameter
        old.parameters.remove(QStringLiteral("namespace"));
        const Ops::RebuiltPlan rebuilt = await(Ops::rebuildPlan(m_client.get(), old, {}, this));
        QVERIFY(!rebuilt.plan);
        QVERIFY2(rebuilt.error.contains(QStringLiteral("namespace")), qPrintable(rebuilt.error));
        QVERIFY2(rebuilt.error.contains(run.parameters.value(QStringLiteral("scratch")).toString()), qPrintable(rebuilt.error));
        QCOMPARE(restoreState().value(2), QStringLiteral("1")); // refused: nothing dropped or renamed
        QCOMPARE(restoreState().value(0), before.value(0));
        // With its namespace the same run rolls back.
        const Recovered rolledBack = recover(run, false);
        QVERIFY2(rolledBack.outcome == Ops::Runner::Outcome::RolledBack, qPrintable(rolledBack.message));
        QCOMPARE(restoreState(), before);
        QVERIFY(leftTempFiles(tmpDir).isEmpty());
    }

    void backupCrashLeavesNoUnverifiedBackup_data()
    {
        QTest::addColumn<QString>("phase");
        QTest::addColumn<bool>("abandon");
        QTest::newRow("after the first backup, rollback") << QStringLiteral("apply") << false;
        QTest::newRow("during the second backup, rollback") << QStringLiteral("during") << false;
        QTest::newRow("during the second backup, abandon") << QStringLiteral("during") << true;
    }

    void backupCrashLeavesNoUnverifiedBackup()
    {
        QFETCH(QString, phase);
        QFETCH(bool, abandon);
        prepareRestore();
        if (QTest::currentTestFailed())
            return;
        const QString outDir = m_dir->filePath(QStringLiteral("backup-crash-%1").arg(++m_runs));
        QVERIFY(QDir().mkpath(outDir));
        const QString liveDb = QString::fromLatin1(kRestoreDb);
        (void)pgEndpoint(liveDb);
        QVERIFY(!m_instanceDb.isEmpty());
        const int step = phase == u"during" ? 1 : 0;
        const QString tmpDir = m_dir->filePath(QStringLiteral("tmp-%1").arg(++m_runs));
        QVERIFY(QDir().mkpath(tmpDir));
        const Crash crashed = crash({QStringLiteral("backup"), m_fleet->kubeconfigPath(), ns(), m_journalDir, m_passphraseFile,
                                     QString::fromLatin1(kRestoreStore), QStringLiteral("%1,%2").arg(liveDb, m_instanceDb), outDir,
                                     QString::number(step), phase},
                                    tmpDir);
        QVERIFY2(crashed.exitCode == 9, qPrintable(crashed.output));
        qInfo().noquote() << crashed.output.trimmed();
        // Killed mid-backup, it leaves no file holding the password (pg_dump read it from memory), and every private
        // temp dir it made is named in its journal.
        const QByteArray password = secretPassword(QString::fromLatin1(kRestoreStore)).reveal();
        QVERIFY(!password.isEmpty());
        QDirIterator everything(tmpDir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (everything.hasNext()) {
            const QString file = everything.next();
            QVERIFY2(!readFile(file).contains(password), qPrintable(file + QStringLiteral(" holds the password")));
        }
        const Ops::UnfinishedRun run = unfinished(crashed.journal);
        QStringList named;
        for (const QJsonValue &value : run.parameters.value(QStringLiteral("tmpDirs")).toArray())
            named << QFileInfo(value.toString()).absoluteFilePath();
        for (const QFileInfo &dir : QDir(tmpDir).entryInfoList({QStringLiteral("proofer-ops-*")}, QDir::Dirs | QDir::NoDotAndDotDot))
            QVERIFY2(named.contains(dir.absoluteFilePath()), qPrintable(dir.absoluteFilePath() + QStringLiteral(" is not in the journal")));
        QCOMPARE(run.kind, QStringLiteral("backup"));
        QVERIFY(!run.canResume);
        QVERIFY(run.canRollback);
        // The journal named the .partial files before they were written; dying mid-backup leaves one.
        QStringList partials;
        for (const QJsonValue &value : run.parameters.value(QStringLiteral("partials")).toArray())
            partials << value.toString();
        QCOMPARE(partials.size(), qsizetype(2));
        for (const QString &partial : std::as_const(partials))
            QCOMPARE(QFileInfo(partial).absolutePath(), QDir(outDir).absolutePath());
        if (phase == u"during" && !QFileInfo::exists(partials.at(1)))
            qInfo("the second backup was too quick to be caught with its partial file");
        if (abandon) {
            QString error;
            QVERIFY2(Ops::abandonRun(crashed.journal, &error), qPrintable(error));
        } else {
            const Recovered rolledBack = recover(run, false);
            QVERIFY2(rolledBack.outcome == Ops::Runner::Outcome::RolledBack, qPrintable(rolledBack.message));
        }
        QVERIFY(unfinished(crashed.journal).journalPath.isEmpty());
        QVERIFY2(QDir(tmpDir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty(),
                 qPrintable(QDir(tmpDir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).join(u' ')));
        for (const QString &partial : std::as_const(partials))
            QVERIFY2(!QFileInfo::exists(partial), qPrintable(partial + QStringLiteral(" is still there")));
        QVERIFY(QDir(outDir).entryList({QStringLiteral("*.partial")}, QDir::Files | QDir::Hidden).isEmpty());

        // Every file left must either be a backup that verifies, or fail verification (a partial one).
        const Core::Secret passphrase{QByteArray(kPassphrase)};
        QStringList good;
        for (const QFileInfo &file : QDir(outDir).entryInfoList(QDir::Files)) {
            if (file.fileName().endsWith(QLatin1String(".verified.json")))
                continue;
            const bool looksFinal = file.fileName().endsWith(QLatin1String(".sql.gz.gpg"));
            const QString database = file.fileName().startsWith(liveDb + u'_') ? liveDb : m_instanceDb;
            const Ops::BackupResult verified = await(Ops::verifyBackup(file.absoluteFilePath(), passphrase, {}, database, this), 120000);
            QVERIFY2(verified.ok == looksFinal, qPrintable(file.fileName() + QStringLiteral(": ") + verified.error));
            if (verified.ok)
                good << file.absoluteFilePath();
        }
        QCOMPARE(good.size(), 1); // the first backup finished before the crash and is kept
        // The catalog lists only verified files of this directory.
        // The child's catalog: same test-mode data dir, its own application name.
        const QString appData = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        Fleet::BackupCatalog catalog(QFileInfo(appData).dir().filePath(QStringLiteral("operationcrasher/backup-catalog.json")));
        QVERIFY(catalog.load());
        QStringList listed;
        for (const Fleet::BackupCatalogEntry &entry : catalog.entries()) {
            if (entry.kind == Fleet::BackupCatalogEntry::Kind::Backup && QFileInfo(entry.path).absolutePath() == QDir(outDir).absolutePath())
                listed << entry.path;
        }
        QCOMPARE(listed, good);
    }
};

QTEST_GUILESS_MAIN(TestRecoveryCrash)
#include "testrecoverycrash.moc"
