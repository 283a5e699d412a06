// SPDX-License-Identifier: GPL-3.0-or-later
// The backup and restore wizards against a real demo fleet (2 PostgreSQL through the Kubernetes API
// emulator's port-forwards, real pg_dump/psql and GnuPG in a private GNUPGHOME): the backup wizard writes
// a .sql.gz.gpg that verifyBackup accepts and that lands in the backup catalog, with the retention view
// marking what the policy would prune; the restore wizard refuses a wrong passphrase on its page with the
// live database untouched (probed), and with the right one shows the tables and row counts beside the
// live database's, then swaps, keeping the previous database.
#include "demo/demofleet.h"
#include "fleet/fleetscanner.h"
#include "fleet/inventory.h"
#include "kube/kubeclient.h"
#include "kube/kubeconfigloader.h"
#include "fleet/backupcatalog.h"
#include "ops/backupcreate.h"
#include "ops/backupformat.h"
#include "ops/backuprestore.h"
#include "ops/pgendpointresolver.h"
#include "ops/pgtools.h"
#include "wizards/backupwizard.h"
#include "wizards/restorewizard.h"

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QTreeWidget>

#include <memory>

namespace {

constexpr const char *kNamespace = "bakery-ia";
const QString kPassphrase = QStringLiteral("pan de masa madre 2026");
const QString kDatastore = QStringLiteral("auth-db");
const QString kDatabase = QStringLiteral("auth_db");

template<typename T> T await(QFuture<T> future, int timeoutMs = 180000)
{
    if (!QTest::qWaitFor([&] { return future.isFinished(); }, timeoutMs))
        return T {};
    return future.result();
}

} // namespace

class TestBackupWizards final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Demo::DemoFleet> m_fleet;
    std::unique_ptr<Kube::KubeClient> m_client;
    Fleet::InventoryResult m_inventory;
    std::unique_ptr<Ops::PgEndpointResolver> m_resolver;
    Ops::PgEndpoint m_endpoint;
    std::unique_ptr<Ops::PrivateDir> m_tmp;
    QString m_gnupg;
    QString m_outDir;
    QString m_journalDir;
    QString m_backup; ///< written by the backup wizard

    Ops::SqlResult sql(const QString &database, const QStringList &statements)
    {
        QObject context;
        return await(Ops::runSql(m_endpoint, database, statements, m_tmp->filePath(QStringLiteral("ca.pem")), &context),
                     60000);
    }

    QString value(const QString &database, const QString &statement)
    {
        const Ops::SqlResult result = sql(database, {statement});
        return result.ok ? result.results.value(0).value(0).value(0) : QStringLiteral("error: ") + result.error;
    }

    /** The live database's OID and the rows of its audit_log. */
    QPair<QString, QString> liveState()
    {
        return {value(QStringLiteral("postgres"),
                      QStringLiteral("SELECT oid::text FROM pg_database WHERE datname = '%1'").arg(kDatabase)),
                value(kDatabase, QStringLiteral("SELECT count(*) FROM audit_log"))};
    }

    QString databasesLike(const QString &pattern)
    {
        return value(QStringLiteral("postgres"),
                     QStringLiteral("SELECT string_agg(datname, ',' ORDER BY datname) FROM pg_database WHERE datname LIKE '%1'")
                         .arg(pattern));
    }

    /** Next page, then waits until the page may be left (its plan built, its run done). */
    static bool nextAndWait(QWizard &wizard, int expectedId)
    {
        wizard.next();
        if (wizard.currentId() != expectedId) {
            qWarning() << "on page" << wizard.currentId() << "instead of" << expectedId;
            return false;
        }
        return true;
    }

    bool runDryRun(PlanWizard &wizard, Ops::Runner::Outcome *outcome, QString *message)
    {
        QSignalSpy spy(&wizard, &PlanWizard::dryRunFinished);
        if (!nextAndWait(wizard, PlanWizard::DryRunPageId))
            return false;
        if (!spy.wait(300000) && spy.isEmpty())
            return false;
        *outcome = spy.constFirst().at(0).value<Ops::Runner::Outcome>();
        *message = spy.constFirst().at(1).toString();
        return true;
    }

    /** From the settings pages to the preview, waiting for the plan. */
    bool toPreview(PlanWizard &wizard)
    {
        if (!nextAndWait(wizard, PlanWizard::PreviewPageId))
            return false;
        return QTest::qWaitFor([&] { return wizard.currentPage()->isComplete(); }, 60000);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QFile::remove(Fleet::BackupCatalog::defaultPath());
        m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/proofer-wizards-XXXXXX"));
        QVERIFY(m_dir->isValid());
        // The servers run as "postgres" when the test runs as root: it must be able to enter the temp dir.
        QFile::setPermissions(m_dir->path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ExeGroup
                                                 | QFile::ExeOther);
        m_gnupg = m_dir->filePath(QStringLiteral("gnupg"));
        QVERIFY(QDir().mkpath(m_gnupg));
        QFile::setPermissions(m_gnupg, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        qputenv("GNUPGHOME", QFile::encodeName(m_gnupg));
        m_outDir = m_dir->filePath(QStringLiteral("backups"));
        QVERIFY(QDir().mkpath(m_outDir));
        m_journalDir = m_dir->filePath(QStringLiteral("journal"));
        if (Ops::postgresBinDir().isEmpty())
            QSKIP("pg_dump and psql are not installed (postgresql-client)");

        Demo::DemoOptions options;
        options.instances = 2;
        options.rabbitmq = false;
        options.scenario = Demo::Scenario::Reference;
        options.stateDir = m_dir->filePath(QStringLiteral("state"));
        m_fleet = std::make_unique<Demo::DemoFleet>(options);
        bool ready = false;
        QString failure;
        connect(m_fleet.get(), &Demo::DemoFleet::ready, this, [&] { ready = true; });
        connect(m_fleet.get(), &Demo::DemoFleet::failed, this, [&](const QString &error) { failure = error; });
        m_fleet->start();
        QVERIFY2(QTest::qWaitFor([&] { return ready || !failure.isEmpty(); }, 300000), "the demo did not start");
        QVERIFY2(failure.isEmpty(), qPrintable(failure));

        Kube::KubeconfigLoader loader;
        loader.setExplicitPath(m_fleet->kubeconfigPath());
        const auto config = loader.load();
        QVERIFY2(config.ok(), qPrintable(config.error()));
        const auto context = Kube::KubeconfigLoader::resolve(*config, QString());
        QVERIFY2(context.ok(), qPrintable(context.error()));
        m_client = std::make_unique<Kube::KubeClient>(*context);
        m_inventory = await(Fleet::loadInventory(m_client.get(), QString::fromLatin1(kNamespace), this));
        QVERIFY2(m_inventory.error.isEmpty(), qPrintable(m_inventory.error));

        // The test's own way in, through the same resolver the wizards use (a port-forward to the pod).
        m_resolver = std::make_unique<Ops::PgEndpointResolver>(m_client.get());
        bool found = false;
        for (const Fleet::ScanTarget &target : Fleet::targetsFromInventory(m_inventory)) {
            if (target.name != kDatastore)
                continue;
            QString error;
            QVERIFY2(m_resolver->resolve(target, &m_endpoint, &error), qPrintable(error));
            found = true;
        }
        QVERIFY(found);
        QCOMPARE(m_endpoint.hostaddr, QStringLiteral("127.0.0.1"));
        QCOMPARE(m_endpoint.namespaceName, QString::fromLatin1(kNamespace));
        QCOMPARE(m_resolver->forwarderCount(), 1);
        m_tmp = std::make_unique<Ops::PrivateDir>();
        QString error;
        QVERIFY2(m_tmp->writeFile(QStringLiteral("ca.pem"), m_endpoint.caPem, &error), qPrintable(error));
        const auto state = liveState();
        QVERIFY2(!state.first.startsWith(u"error") && !state.second.startsWith(u"error"),
                 qPrintable(state.first + u' ' + state.second));
    }

    void cleanupTestCase()
    {
        m_resolver.reset();
        m_client.reset();
        if (m_fleet) {
            bool stopped = false;
            connect(m_fleet.get(), &Demo::DemoFleet::stopped, this, [&] { stopped = true; });
            m_fleet->stop();
            (void)QTest::qWaitFor([&] { return stopped; }, 60000);
            m_fleet.reset();
        }
        QProcess::execute(QStringLiteral("gpgconf"), {QStringLiteral("--kill"), QStringLiteral("gpg-agent")});
    }

    void resolverRefusesPodsWithoutACluster()
    {
        Ops::PgEndpointResolver resolver(nullptr);
        for (const Fleet::ScanTarget &target : Fleet::targetsFromInventory(m_inventory)) {
            if (target.name != kDatastore)
                continue;
            Ops::PgEndpoint endpoint;
            QString error;
            QVERIFY(!resolver.resolve(target, &endpoint, &error));
            QVERIFY2(error.contains(kDatastore), qPrintable(error));
            QCOMPARE(resolver.forwarderCount(), 0);
        }
    }

    void backupWizardWritesAVerifiedCataloguedBackup()
    {
        // Two older files of the same database: the retention view must mark the year-old one for pruning.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QString yearOld = QDir(m_outDir).filePath(
            Ops::BackupName::make(kDatabase, kDatastore, now.addDays(-400)));
        const QString recent = QDir(m_outDir).filePath(Ops::BackupName::make(kDatabase, kDatastore, now.addDays(-2)));
        for (const QString &path : {yearOld, recent}) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("not a real backup");
        }

        BackupWizard wizard(m_client.get(), m_inventory, {kDatastore});
        wizard.setGnupgHome(m_gnupg);
        wizard.setJournalDirectory(m_journalDir);
        wizard.show();
        QCOMPARE(wizard.chosenDatastores(), QStringList{kDatastore});
        auto *passphrase = wizard.findChild<QLineEdit *>(QStringLiteral("passphraseLineEdit"));
        auto *confirm = wizard.findChild<QLineEdit *>(QStringLiteral("confirmPassphraseLineEdit"));
        auto *directory = wizard.findChild<QLineEdit *>(QStringLiteral("directoryLineEdit"));
        QVERIFY(passphrase && confirm && directory);
        QCOMPARE(passphrase->echoMode(), QLineEdit::Password);
        // Incomplete until the directory exists and the passphrases agree.
        directory->setText(m_dir->filePath(QStringLiteral("no-such-dir")));
        passphrase->setText(kPassphrase);
        confirm->setText(kPassphrase + QStringLiteral("x"));
        QVERIFY(!wizard.currentPage()->isComplete());
        directory->setText(m_outDir);
        QVERIFY(!wizard.currentPage()->isComplete());
        confirm->setText(kPassphrase);
        QVERIFY(wizard.currentPage()->isComplete());

        QVERIFY(nextAndWait(wizard, BackupWizard::RetentionPageId));
        auto *retention = wizard.findChild<QTreeWidget *>(QStringLiteral("retentionTreeWidget"));
        QVERIFY(retention);
        // Read on the wizard's own pool: the page waits for it (and the view was not filled on the GUI thread).
        auto *readers = wizard.findChild<QThreadPool *>(QStringLiteral("backupWizardReaderPool"));
        QVERIFY(readers && readers != QThreadPool::globalInstance());
        QTRY_VERIFY_WITH_TIMEOUT(!wizard.isRetentionLoading(), 10000);
        QVERIFY(wizard.currentPage()->isComplete());
        QCOMPARE(retention->topLevelItemCount(), 2);
        QStringList pruned;
        for (int i = 0; i < retention->topLevelItemCount(); ++i) {
            if (!retention->topLevelItem(i)->data(3, Qt::UserRole).toBool())
                pruned << retention->topLevelItem(i)->text(0);
        }
        QCOMPARE(pruned, QStringList{QFileInfo(yearOld).fileName()});

        QVERIFY(toPreview(wizard));
        Ops::Runner::Outcome outcome = Ops::Runner::Outcome::Cancelled;
        QString message;
        QVERIFY(runDryRun(wizard, &outcome, &message));
        QVERIFY2(outcome == Ops::Runner::Outcome::DryRunOk, qPrintable(message));
        QCOMPARE(QDir(m_outDir).entryList(QDir::Files).size(), 2); // the dry run wrote nothing

        QVERIFY(nextAndWait(wizard, PlanWizard::ApplyPageId));
        QSignalSpy finished(&wizard, &PlanWizard::operationFinished);
        wizard.startApply();
        QVERIFY(finished.wait(300000));
        QVERIFY2(wizard.outcome() == Ops::Runner::Outcome::Succeeded, qPrintable(wizard.outcomeMessage()));
        const QStringList written = wizard.writtenFiles();
        QCOMPARE(written.size(), qsizetype(1));
        m_backup = written.constFirst();
        QVERIFY(m_backup.endsWith(QStringLiteral(".sql.gz.gpg")));
        const auto name = Ops::BackupName::parse(m_backup);
        QVERIFY(name);
        QCOMPARE(name->database, kDatabase);
        QCOMPARE(name->datastore, kDatastore);
        QVERIFY(passphrase->text().isEmpty()); // the passphrase left the form

        // An independent decryption and check accepts it.
        QObject context;
        const Ops::BackupResult verified = await(
            Ops::verifyBackup(m_backup, Core::Secret::fromUtf8(kPassphrase), m_gnupg, kDatabase, &context));
        QVERIFY2(verified.ok, qPrintable(verified.error));
        QVERIFY(!verified.tables.isEmpty());

        // It is in the catalog, for this fleet, and the catalog holds no secret.
        Fleet::BackupCatalog catalog;
        QVERIFY(catalog.load());
        const Fleet::BackupCatalogSummary summary = catalog.summary(QString::fromLatin1(kNamespace), kDatastore);
        QCOMPARE(summary.verifiedBackups, 1);
        QCOMPARE(summary.newestPath, QFileInfo(m_backup).absoluteFilePath());
        QFile raw(Fleet::BackupCatalog::defaultPath());
        QVERIFY(raw.open(QIODevice::ReadOnly));
        QVERIFY(!raw.readAll().contains(kPassphrase.toUtf8()));

        // The directory is remembered, the passphrase is not saved anywhere in the settings.
        QSettings settings;
        QCOMPARE(settings.value(QLatin1String(BackupWizard::directorySettingsKey)).toString(),
                 QFileInfo(m_outDir).absoluteFilePath());
        settings.sync();
        QFile settingsFile(settings.fileName());
        if (settingsFile.open(QIODevice::ReadOnly))
            QVERIFY(!settingsFile.readAll().contains(kPassphrase.toUtf8()));
        // ... and a second wizard starts with it.
        BackupWizard again(m_client.get(), m_inventory, {});
        QCOMPARE(again.directory(), QFileInfo(m_outDir).absoluteFilePath());
        QVERIFY(again.findChild<QCheckBox *>(QStringLiteral("allDatabasesCheckBox"))->isChecked());
        QCOMPARE(again.chosenDatastores().size(), qsizetype(2));
    }

    void restoreWizardRefusesAWrongPassphrase()
    {
        QVERIFY2(!m_backup.isEmpty(), "the backup test did not run");
        const auto before = liveState();
        RestoreWizard wizard(m_client.get(), m_inventory, QString());
        wizard.setGnupgHome(m_gnupg);
        wizard.setJournalDirectory(m_journalDir);
        wizard.show();
        wizard.findChild<QLineEdit *>(QStringLiteral("backupFileLineEdit"))->setText(m_backup);
        QCOMPARE(wizard.targetDatastore(), kDatastore); // chosen from the file name
        wizard.findChild<QLineEdit *>(QStringLiteral("passphraseLineEdit"))->setText(QStringLiteral("not the passphrase"));
        QVERIFY(wizard.currentPage()->isComplete());
        QVERIFY(toPreview(wizard));
        Ops::Runner::Outcome outcome = Ops::Runner::Outcome::Cancelled;
        QString message;
        QVERIFY(runDryRun(wizard, &outcome, &message));
        QCOMPARE(outcome, Ops::Runner::Outcome::DryRunFailed);
        auto *error = wizard.findChild<QLabel *>(QStringLiteral("dryRunRestoreErrorLabel"));
        QVERIFY(error);
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QStringLiteral("wrong passphrase")), qPrintable(error->text()));
        QVERIFY(!error->text().contains(QStringLiteral("not the passphrase")));
        QVERIFY(!wizard.currentPage()->isComplete()); // no way on to the apply page
        QVERIFY(!wizard.findChild<QTreeWidget *>(QStringLiteral("dryRunComparisonTreeWidget"))->isVisible());

        // The live database is untouched (same OID, same rows) and no scratch copy is left.
        QCOMPARE(liveState(), before);
        QCOMPARE(databasesLike(QStringLiteral("auth\\_db\\_restore\\_%")), QString());
    }

    void restoreWizardComparesThenSwaps()
    {
        QVERIFY2(!m_backup.isEmpty(), "the backup test did not run");
        // A row written after the backup: the live database differs from the dump by one row.
        const QString dumped = liveState().second;
        QVERIFY(sql(kDatabase, {QStringLiteral("INSERT INTO audit_log (actor, action) VALUES ('test', 'after the backup')")}).ok);
        const auto before = liveState();
        QCOMPARE(before.second.toLongLong(), dumped.toLongLong() + 1);

        Ops::Runner::Outcome outcome = Ops::Runner::Outcome::Cancelled;
        QString message;
        {
            // The backup is not signed: the console refuses it until the operator says they checked its origin.
            RestoreWizard refused(m_client.get(), m_inventory, kDatastore);
            refused.setGnupgHome(m_gnupg);
            refused.setJournalDirectory(m_journalDir);
            refused.show();
            refused.findChild<QLineEdit *>(QStringLiteral("backupFileLineEdit"))->setText(m_backup);
            refused.findChild<QLineEdit *>(QStringLiteral("passphraseLineEdit"))->setText(kPassphrase);
            auto *allowUnsigned = refused.findChild<QCheckBox *>(QStringLiteral("allowUnsignedCheckBox"));
            QVERIFY(allowUnsigned && !allowUnsigned->isChecked());
            QVERIFY(toPreview(refused));
            QVERIFY(runDryRun(refused, &outcome, &message));
            QVERIFY2(outcome == Ops::Runner::Outcome::DryRunFailed, qPrintable(message));
            QVERIFY2(message.contains(QStringLiteral("sign"), Qt::CaseInsensitive), qPrintable(message));
        }
        QCOMPARE(liveState(), before);

        RestoreWizard wizard(m_client.get(), m_inventory, kDatastore);
        wizard.setGnupgHome(m_gnupg);
        wizard.setJournalDirectory(m_journalDir);
        wizard.show();
        wizard.findChild<QLineEdit *>(QStringLiteral("backupFileLineEdit"))->setText(m_backup);
        wizard.findChild<QLineEdit *>(QStringLiteral("passphraseLineEdit"))->setText(kPassphrase);
        wizard.findChild<QCheckBox *>(QStringLiteral("allowUnsignedCheckBox"))->setChecked(true);
        QVERIFY(toPreview(wizard));
        QVERIFY(runDryRun(wizard, &outcome, &message));
        QVERIFY2(outcome == Ops::Runner::Outcome::DryRunOk, qPrintable(message));

        // Tables and row counts of the scratch copy beside the live database's; the header was checked.
        auto *tables = wizard.findChild<QTreeWidget *>(QStringLiteral("dryRunComparisonTreeWidget"));
        QVERIFY(tables && tables->isVisible());
        QTreeWidgetItem *auditLog = nullptr;
        for (int i = 0; i < tables->topLevelItemCount(); ++i) {
            if (tables->topLevelItem(i)->text(0).endsWith(QStringLiteral("audit_log")))
                auditLog = tables->topLevelItem(i);
        }
        QVERIFY(auditLog);
        QCOMPARE(auditLog->data(1, Qt::UserRole).toLongLong(), dumped.toLongLong());
        QCOMPARE(auditLog->data(2, Qt::UserRole).toLongLong(), dumped.toLongLong());
        QCOMPARE(auditLog->data(3, Qt::UserRole).toLongLong(), before.second.toLongLong());
        const QString header = wizard.findChild<QLabel *>(QStringLiteral("dryRunDumpHeaderLabel"))->text();
        QVERIFY2(header.contains(QStringLiteral("Integrity check passed")) && header.contains(kDatabase), qPrintable(header));
        QVERIFY2(header.contains(QStringLiteral("The dump ran as role ")), qPrintable(header)); // which role restored
        // The dry run left the live database as it was, and no scratch copy.
        QCOMPARE(liveState(), before);
        QCOMPARE(databasesLike(QStringLiteral("auth\\_db\\_restore\\_%")), QString());

        // Confirmed: restore again and swap.
        QVERIFY(nextAndWait(wizard, PlanWizard::ApplyPageId));
        QSignalSpy finished(&wizard, &PlanWizard::operationFinished);
        wizard.startApply();
        QVERIFY(finished.wait(300000));
        QVERIFY2(wizard.outcome() == Ops::Runner::Outcome::Succeeded, qPrintable(wizard.outcomeMessage()));
        QVERIFY(wizard.findChild<QTreeWidget *>(QStringLiteral("applyComparisonTreeWidget"))->topLevelItemCount() > 0);

        // The live name now holds the restored copy (the dump's rows); the previous database is kept.
        const auto after = liveState();
        QVERIFY(after.first != before.first);
        QCOMPARE(after.second, dumped);
        const QString previous = databasesLike(QStringLiteral("auth\\_db\\_previous\\_%"));
        QVERIFY2(previous.startsWith(QStringLiteral("auth_db_previous_")), qPrintable(previous));
        QCOMPARE(value(previous, QStringLiteral("SELECT count(*) FROM audit_log")), before.second);
        QCOMPARE(databasesLike(QStringLiteral("auth\\_db\\_restore\\_%")), QString());

        // The successful restore is recorded as a restore test.
        Fleet::BackupCatalog catalog;
        QVERIFY(catalog.load());
        const Fleet::BackupCatalogSummary summary = catalog.summary(QString::fromLatin1(kNamespace), kDatastore);
        QVERIFY(summary.lastRestoreTestAt);
        QCOMPARE(summary.lastRestoreTestPath, QFileInfo(m_backup).absoluteFilePath());
    }
};

QTEST_MAIN(TestBackupWizards)
#include "testbackupwizards.moc"
