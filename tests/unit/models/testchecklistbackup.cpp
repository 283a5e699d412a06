// SPDX-License-Identifier: GPL-3.0-or-later
// The checklist's "backup restore-tested recently" item reads the snapshot's backup section, never the backup
// catalog file (no file I/O on the GUI thread): a catalog on disk that says otherwise changes nothing.
#include "mockclock.h"

#include "checklistmodel.h"
#include "fleet/backupcatalog.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QDateTime kNow(QDate(2026, 11, 28), QTime(6, 0), Qt::UTC);

Fleet::DatastoreReport postgres(const QString &name, std::optional<Fleet::BackupObservation> backup)
{
    Fleet::DatastoreReport report;
    report.name = name;
    report.kind = Fleet::Kind::PostgreSQL;
    report.observedAt = kNow;
    report.backup = std::move(backup);
    return report;
}

Fleet::BackupObservation covered(std::optional<QDateTime> lastRestoreTest)
{
    Fleet::BackupObservation backup;
    backup.readAt = kNow;
    backup.catalogCovers = true;
    backup.fleetLocations = QStringList{QStringLiteral("/srv/backups")};
    backup.locations = backup.fleetLocations;
    backup.verifiedBackups = 1;
    backup.newestVerifiedTakenAt = kNow.addDays(-3);
    backup.newestPath = QStringLiteral("/srv/backups/app.sql.gz.gpg");
    backup.lastRestoreTestAt = lastRestoreTest;
    if (lastRestoreTest)
        backup.lastRestoreTestPath = backup.newestPath;
    return backup;
}

std::optional<ChecklistItem> backupTested(const Fleet::Snapshot &snapshot, const Audit::Audit *audit = nullptr)
{
    for (const ChecklistItem &item : ChecklistModel::compute(snapshot, audit)) {
        if (item.id == u"backup-tested")
            return item;
    }
    return std::nullopt;
}

} // namespace

class TestChecklistBackup final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QFile::remove(Fleet::BackupCatalog::defaultPath());
    }

    void readsTheLastRestoreTestFromTheSnapshot()
    {
        Test::MockClock clock(kNow);
        QVERIFY(!QFile::exists(Fleet::BackupCatalog::defaultPath())); // no catalog anywhere: the snapshot only
        Fleet::Snapshot snapshot;
        snapshot.source = QStringLiteral("kubernetes");
        snapshot.namespaceName = QStringLiteral("bakery-ia");
        snapshot.datastores = { postgres(QStringLiteral("auth-db"), covered(kNow.addDays(-2))),
                                postgres(QStringLiteral("tenant-db"), covered(std::nullopt)) };
        const auto item = backupTested(snapshot);
        QVERIFY(item);
        QCOMPARE(item->status, ChecklistItem::Status::Fail);
        QCOMPARE(item->failing(), QStringList{QStringLiteral("tenant-db")});
        QCOMPARE(item->results.size(), qsizetype(2));
        QCOMPARE(item->results.at(0).status, ChecklistItem::Status::Pass);
        QVERIFY2(item->results.at(0).evidence.join(u' ').contains(QStringLiteral("2 day(s) ago")),
                 qPrintable(item->results.at(0).evidence.join(u' ')));
        QCOMPARE(item->results.at(1).evidence, QStringList{QStringLiteral("No backup of it was ever restore-tested")});

        // Older than 30 days: no longer recent.
        clock.advanceDays(40);
        const auto later = backupTested(snapshot);
        QVERIFY(later);
        QCOMPARE(later->results.at(0).status, ChecklistItem::Status::Fail);
    }

    void unknownWithoutTheSection_data()
    {
        QTest::addColumn<int>("variant");
        QTest::newRow("older snapshot: no section") << 0;
        QTest::newRow("the catalog does not cover the fleet") << 1;
        QTest::newRow("the catalog could not be read") << 2;
    }

    void unknownWithoutTheSection()
    {
        QFETCH(int, variant);
        Test::MockClock clock(kNow);
        std::optional<Fleet::BackupObservation> backup;
        if (variant == 1) {
            backup = Fleet::BackupObservation();
            backup->readAt = kNow;
        } else if (variant == 2) {
            backup = Fleet::BackupObservation::unreadable(QStringLiteral("the backup catalog x is corrupt"), kNow);
        }
        Fleet::Snapshot snapshot;
        snapshot.source = QStringLiteral("kubernetes");
        snapshot.namespaceName = QStringLiteral("prod");
        snapshot.datastores = { postgres(QStringLiteral("auth-db"), backup) };
        const auto item = backupTested(snapshot);
        QVERIFY(item);
        QCOMPARE(item->status, ChecklistItem::Status::NotAssessed);
        QCOMPARE(item->results.constFirst().evidence,
                 QStringList{QStringLiteral("No backup made with Proofer for this fleet yet")});
    }

    void aCatalogOnDiskIsNotReadByTheModel()
    {
        Test::MockClock clock(kNow);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // The catalog now records a restore test of auth-db yesterday; the snapshot (taken before) has none.
        const QString backupFile = dir.filePath(QStringLiteral("auth.sql.gz.gpg"));
        QFile file(backupFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("x");
        file.close();
        Fleet::BackupCatalogEntry restore;
        restore.kind = Fleet::BackupCatalogEntry::Kind::RestoreTest;
        restore.namespaceName = QStringLiteral("bakery-ia");
        restore.datastore = QStringLiteral("auth-db");
        restore.path = backupFile;
        restore.at = kNow.addDays(-1);
        QVERIFY(Fleet::BackupCatalog::record(restore));
        QVERIFY(QFile::exists(Fleet::BackupCatalog::defaultPath()));

        Fleet::Snapshot snapshot;
        snapshot.source = QStringLiteral("kubernetes");
        snapshot.namespaceName = QStringLiteral("bakery-ia");
        snapshot.datastores = { postgres(QStringLiteral("auth-db"), covered(std::nullopt)),
                                postgres(QStringLiteral("tenant-db"), std::nullopt) };
        ChecklistModel model;
        model.setSnapshot(snapshot, nullptr);
        const ChecklistItem *item = model.item(QStringLiteral("backup-tested"));
        QVERIFY(item);
        QCOMPARE(item->results.size(), qsizetype(2));
        QCOMPARE(item->results.at(0).status, ChecklistItem::Status::Fail); // the snapshot's word, not the file's
        QCOMPARE(item->results.at(1).status, ChecklistItem::Status::NotAssessed);
        QFile::remove(Fleet::BackupCatalog::defaultPath());
    }
};

QTEST_GUILESS_MAIN(TestChecklistBackup)
#include "testchecklistbackup.moc"
