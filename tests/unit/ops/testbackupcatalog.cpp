// SPDX-License-Identifier: GPL-3.0-or-later
// The backup catalog: round trip, 0600, no secret, bad input refused, summaries per fleet and datastore
// (files gone are not counted); the retention policy the wizard shows; and the audit's backup rule fed
// from the catalog — an old verified backup fails OPS-003, a fresh one passes, none is "not assessed".
#include "mockclock.h"

#include "audit/snapshotevidence.h"
#include "checklistmodel.h"
#include "fleet/backupcatalog.h"
#include "ops/backupcreate.h"
#include "ops/backupformat.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QFuture>
#include <QLockFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

namespace {

const QDateTime kNow(QDate(2026, 11, 28), QTime(6, 0), Qt::UTC);

Fleet::BackupCatalogEntry entry(const QString &path, const QDateTime &takenAt,
                              Fleet::BackupCatalogEntry::Kind kind = Fleet::BackupCatalogEntry::Kind::Backup,
                              const QString &datastore = QStringLiteral("auth-db"),
                              const QString &ns = QStringLiteral("bakery-ia"))
{
    Fleet::BackupCatalogEntry e;
    e.kind = kind;
    e.namespaceName = ns;
    e.datastore = datastore;
    e.database = QStringLiteral("auth_db");
    e.path = path;
    e.takenAt = takenAt;
    e.at = takenAt.addSecs(60);
    e.bytes = 1234;
    return e;
}

QString touch(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot create %s", qPrintable(path));
    file.write("x");
    return path;
}

Fleet::Snapshot snapshotWith(const QStringList &postgres, const QString &ns = QStringLiteral("bakery-ia"))
{
    Fleet::Snapshot snapshot;
    snapshot.source = QStringLiteral("kubernetes");
    snapshot.namespaceName = ns;
    snapshot.takenAt = kNow;
    for (const QString &name : postgres) {
        Fleet::DatastoreReport report;
        report.name = name;
        report.kind = Fleet::Kind::PostgreSQL;
        report.observedAt = kNow;
        snapshot.datastores << report;
    }
    // What the scan does (FleetScanner, on its own thread): the catalog as it is now goes into the snapshot.
    Fleet::attachBackupCatalog(snapshot.datastores, ns, Fleet::BackupCatalog::defaultPath(), kNow);
    return snapshot;
}

const Audit::Assessment *ops003(const Audit::Audit &audit, const QString &datastore)
{
    for (const Audit::Assessment &a : audit.assessments) {
        if (a.ruleId == u"OPS-003" && a.datastore == datastore)
            return &a;
    }
    return nullptr;
}

} // namespace

class TestBackupCatalog final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString backupPath(const QString &datastore, const QDateTime &when) const
    {
        return m_dir.filePath(Ops::BackupName::make(QStringLiteral("auth_db"), datastore, when));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        QFile::remove(Fleet::BackupCatalog::defaultPath());
    }

    void defaultPathIsInTheAppDataDir()
    {
        const QString data = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QCOMPARE(QFileInfo(Fleet::BackupCatalog::defaultPath()).absolutePath(), QDir(data).absolutePath());
    }

    void recordWaitsForTheLockOffTheCallingThread()
    {
        // Another process holds the catalog's lock for a while: the caller's thread must go on (timers fire),
        // and once the lock is free the entry is recorded before the future finishes.
        const QString path = m_dir.filePath(QStringLiteral("locked.json"));
        QFile::remove(path);
        auto holder = std::make_unique<QLockFile>(path + QStringLiteral(".lock"));
        QVERIFY(holder->tryLock(0));

        QElapsedTimer clock;
        clock.start();
        QFuture<QString> future = Ops::recordInBackupCatalog(entry(touch(backupPath(QStringLiteral("auth-db"), kNow)), kNow), this, path);
        QVERIFY2(clock.elapsed() < 500, "recordInBackupCatalog blocked its caller");
        QVERIFY(!future.isFinished());

        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
        ticker.start(20);
        QTimer::singleShot(600, this, [&holder] { holder.reset(); }); // runs only if this thread is free
        QTRY_VERIFY_WITH_TIMEOUT(future.isFinished(), 8000);
        QVERIFY2(ticks >= 10, qPrintable(QStringLiteral("the calling thread was blocked (%1 ticks)").arg(ticks)));
        QVERIFY2(future.result().isEmpty(), qPrintable(future.result()));
        Fleet::BackupCatalog catalog(path);
        QString error;
        QVERIFY2(catalog.load(&error), qPrintable(error));
        QCOMPARE(catalog.entries().size(), qsizetype(1));
    }

    void recordFailsClearlyWhenTheLockStaysTaken()
    {
        const QString path = m_dir.filePath(QStringLiteral("stuck.json"));
        QFile::remove(path);
        QLockFile holder(path + QStringLiteral(".lock"));
        QVERIFY(holder.tryLock(0));
        QFuture<QString> future = Ops::recordInBackupCatalog(entry(touch(backupPath(QStringLiteral("auth-db"), kNow)), kNow), this, path);
        QTRY_VERIFY_WITH_TIMEOUT(future.isFinished(), 10000);
        QVERIFY2(future.result().contains(QStringLiteral("locked")), qPrintable(future.result()));
        QVERIFY(!QFileInfo::exists(path));
    }

    void corruptCatalogIsAnErrorNotSilence()
    {
        const QString path = m_dir.filePath(QStringLiteral("corrupt.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"entries\": [ {\"kind\": ");
        file.close();
        Fleet::BackupCatalog catalog(path);
        QString error;
        QVERIFY(!catalog.load(&error));
        QVERIFY2(error.contains(QStringLiteral("corrupt")), qPrintable(error));
        // record() keeps the corrupt file aside and starts a new catalog.
        QVERIFY(Fleet::BackupCatalog::record(entry(touch(backupPath(QStringLiteral("auth-db"), kNow)), kNow), &error, path));
        QVERIFY(catalog.load(&error));
        QCOMPARE(catalog.entries().size(), qsizetype(1));
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("corrupt.json.corrupt-*")}).size(), 1);
    }

    void invalidEntriesAreSkipped_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("unknown kind") << QByteArray(R"({"kind":"snapshot","datastore":"a","path":"/x","at":"2026-01-01T00:00:00Z"})");
        QTest::newRow("no datastore") << QByteArray(R"({"kind":"backup","path":"/x","at":"2026-01-01T00:00:00Z"})");
        QTest::newRow("no path") << QByteArray(R"({"kind":"backup","datastore":"a","at":"2026-01-01T00:00:00Z"})");
        QTest::newRow("bad time") << QByteArray(R"({"kind":"backup","datastore":"a","path":"/x","at":"yesterday"})");
    }

    void invalidEntriesAreSkipped()
    {
        QFETCH(QByteArray, json);
        const QString path = m_dir.filePath(QStringLiteral("invalid.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("{\"format\":1,\"entries\":[" + json
                   + R"(,{"kind":"backup","datastore":"b","path":"/y","at":"2026-01-01T00:00:00Z"}]})");
        file.close();
        Fleet::BackupCatalog catalog(path);
        QVERIFY(catalog.load());
        QCOMPARE(catalog.entries().size(), qsizetype(1));
        QCOMPARE(catalog.entries().constFirst().datastore, QStringLiteral("b"));
    }

    void roundTripIsPrivateAndHoldsNoSecret()
    {
        const QString file = touch(backupPath(QStringLiteral("auth-db"), kNow.addDays(-1)));
        QString error;
        QVERIFY2(Fleet::BackupCatalog::record(entry(file, kNow.addDays(-1)), &error), qPrintable(error));
        QVERIFY(Fleet::BackupCatalog::record(entry(file, kNow.addDays(-1), Fleet::BackupCatalogEntry::Kind::RestoreTest)));
        const QString path = Fleet::BackupCatalog::defaultPath();
        QVERIFY(!(QFileInfo(path).permissions()
                  & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther)));
        Fleet::BackupCatalog catalog;
        QVERIFY(catalog.load(&error));
        QCOMPARE(catalog.entries().size(), qsizetype(2));
        const Fleet::BackupCatalogEntry &first = catalog.entries().constFirst();
        QCOMPARE(first.kind, Fleet::BackupCatalogEntry::Kind::Backup);
        QCOMPARE(first.namespaceName, QStringLiteral("bakery-ia"));
        QCOMPARE(first.path, file);
        QCOMPARE(first.takenAt, kNow.addDays(-1));
        QCOMPARE(first.at, kNow.addDays(-1).addSecs(60));
        QCOMPARE(catalog.entries().at(1).kind, Fleet::BackupCatalogEntry::Kind::RestoreTest);
        QFile raw(path);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        const QByteArray text = raw.readAll().toLower();
        for (const char *word : {"passphrase", "password", "secret"})
            QVERIFY2(!text.contains(word), word);
    }

    void summaryPerFleetAndDatastore()
    {
        const QString old = touch(backupPath(QStringLiteral("auth-db"), kNow.addDays(-10)));
        const QString fresh = touch(backupPath(QStringLiteral("auth-db"), kNow.addDays(-2)));
        const QString gone = backupPath(QStringLiteral("auth-db"), kNow.addSecs(-60)); // never written
        const QString other = touch(backupPath(QStringLiteral("tenant-db"), kNow.addDays(-1)));
        const QString otherFleet = touch(backupPath(QStringLiteral("sales-db"), kNow.addDays(-1)));
        Fleet::BackupCatalog catalog(m_dir.filePath(QStringLiteral("summary.json")));
        catalog.add(entry(old, kNow.addDays(-10)));
        catalog.add(entry(fresh, kNow.addDays(-2)));
        catalog.add(entry(fresh, kNow.addDays(-2))); // verified twice: one backup
        catalog.add(entry(gone, kNow.addSecs(-60)));
        catalog.add(entry(old, kNow.addDays(-5), Fleet::BackupCatalogEntry::Kind::RestoreTest));
        catalog.add(entry(other, kNow.addDays(-1), Fleet::BackupCatalogEntry::Kind::Backup, QStringLiteral("tenant-db")));
        catalog.add(entry(otherFleet, kNow.addDays(-1), Fleet::BackupCatalogEntry::Kind::Backup, QStringLiteral("sales-db"),
                          QStringLiteral("staging")));
        QVERIFY(catalog.save());

        QVERIFY(catalog.coversNamespace(QStringLiteral("bakery-ia")));
        QVERIFY(catalog.coversNamespace(QStringLiteral("staging")));
        QVERIFY(!catalog.coversNamespace(QString()));
        QCOMPARE(catalog.directories(QStringLiteral("bakery-ia")), QStringList{QDir(m_dir.path()).absolutePath()});

        const Fleet::BackupCatalogSummary auth = catalog.summary(QStringLiteral("bakery-ia"), QStringLiteral("auth-db"));
        QCOMPARE(auth.verifiedBackups, 2);
        QVERIFY(auth.newestVerifiedTakenAt);
        QCOMPARE(*auth.newestVerifiedTakenAt, kNow.addDays(-2)); // the newer one is gone from disk
        QCOMPARE(auth.newestPath, fresh);
        QVERIFY(auth.lastRestoreTestAt);
        QCOMPARE(*auth.lastRestoreTestAt, kNow.addDays(-5).addSecs(60));

        const Fleet::BackupCatalogSummary sales = catalog.summary(QStringLiteral("bakery-ia"), QStringLiteral("sales-db"));
        QCOMPARE(sales.verifiedBackups, 0); // that backup belongs to another namespace
        QVERIFY(!sales.newestVerifiedTakenAt);
        QVERIFY(!sales.lastRestoreTestAt);
    }

    void retentionMarksWhatThePolicyPrunes()
    {
        // The wizard's view: the default policy is daily 30 days, weekly 90, monthly 1 year.
        const Ops::RetentionPolicy policy;
        QCOMPARE(policy.dailyDays, 30);
        QCOMPARE(policy.weeklyDays, 90);
        QCOMPARE(policy.monthlyDays, 365);
        QList<Ops::BackupFile> files;
        auto add = [&](const QDateTime &when) {
            Ops::BackupFile file;
            file.name = *Ops::BackupName::parse(Ops::BackupName::make(QStringLiteral("auth_db"), QStringLiteral("auth-db"), when));
            file.path = m_dir.filePath(file.name.fileName);
            files << file;
        };
        add(kNow.addDays(-1));                     // daily: kept
        add(kNow.addDays(-1).addSecs(-3600));      // same day, older: pruned
        add(kNow.addDays(-400));                   // older than a year: pruned
        const auto decisions = Ops::applyRetention(files, kNow);
        QCOMPARE(decisions.size(), qsizetype(3));
        QVERIFY(decisions.at(0).keep);
        QVERIFY(!decisions.at(1).keep);
        QVERIFY(!decisions.at(2).keep);
        QVERIFY(decisions.at(1).reasons.isEmpty());
    }

    void auditReadsBackupAgeFromTheCatalog()
    {
        Test::MockClock clock(kNow);
        const QString oldFile = touch(backupPath(QStringLiteral("auth-db"), kNow.addDays(-30)));
        const QString freshFile = touch(backupPath(QStringLiteral("tenant-db"), kNow.addSecs(-3600)));
        QVERIFY(Fleet::BackupCatalog::record(entry(oldFile, kNow.addDays(-30))));
        QVERIFY(Fleet::BackupCatalog::record(
            entry(freshFile, kNow.addSecs(-3600), Fleet::BackupCatalogEntry::Kind::Backup, QStringLiteral("tenant-db"))));

        const Audit::Audit audit = Audit::auditSnapshot(
            snapshotWith({QStringLiteral("auth-db"), QStringLiteral("tenant-db"), QStringLiteral("sales-db")}), QString());
        const Audit::Assessment *old = ops003(audit, QStringLiteral("auth-db"));
        QVERIFY(old);
        QCOMPARE(old->outcome.status, Audit::Outcome::Status::Fail);
        QVERIFY2(old->outcome.evidence.join(u' ').contains(QStringLiteral("30 days old")),
                 qPrintable(old->outcome.evidence.join(u' ')));
        QVERIFY(old->outcome.evidence.join(u' ').contains(QDir(m_dir.path()).absolutePath()));
        const Audit::Assessment *fresh = ops003(audit, QStringLiteral("tenant-db"));
        QVERIFY(fresh);
        QCOMPARE(fresh->outcome.status, Audit::Outcome::Status::Pass);
        // A database of the fleet with no backup in the catalog fails: the catalog knows where backups go.
        const Audit::Assessment *none = ops003(audit, QStringLiteral("sales-db"));
        QVERIFY(none);
        QCOMPARE(none->outcome.status, Audit::Outcome::Status::Fail);

        // Another fleet, no entries: the backup facts stay unknown.
        const Audit::Audit elsewhere = Audit::auditSnapshot(snapshotWith({QStringLiteral("auth-db")}, QStringLiteral("prod")),
                                                            QString());
        const Audit::Assessment *unknown = ops003(elsewhere, QStringLiteral("auth-db"));
        QVERIFY(unknown);
        QCOMPARE(unknown->outcome.status, Audit::Outcome::Status::NotAssessed);

        // The old backup deleted (pruned): it no longer counts.
        QVERIFY(QFile::remove(oldFile));
        const Audit::Audit after = Audit::auditSnapshot(snapshotWith({QStringLiteral("auth-db")}), QString());
        QCOMPARE(ops003(after, QStringLiteral("auth-db"))->outcome.status, Audit::Outcome::Status::Fail);
        QVERIFY(ops003(after, QStringLiteral("auth-db"))->outcome.evidence.join(u' ').contains(QStringLiteral("No backup")));
    }

    void checklistShowsTheLastRestoreTest()
    {
        Test::MockClock clock(kNow);
        const QString tested = touch(backupPath(QStringLiteral("auth-db"), kNow.addDays(-3)));
        const QString untested = touch(backupPath(QStringLiteral("tenant-db"), kNow.addDays(-3)));
        QVERIFY(Fleet::BackupCatalog::record(entry(tested, kNow.addDays(-3))));
        QVERIFY(Fleet::BackupCatalog::record(entry(tested, kNow.addDays(-2), Fleet::BackupCatalogEntry::Kind::RestoreTest)));
        QVERIFY(Fleet::BackupCatalog::record(
            entry(untested, kNow.addDays(-3), Fleet::BackupCatalogEntry::Kind::Backup, QStringLiteral("tenant-db"))));
        const Fleet::Snapshot snapshot = snapshotWith({QStringLiteral("auth-db"), QStringLiteral("tenant-db")});
        const Audit::Audit audit = Audit::auditSnapshot(snapshot, QString());
        auto itemOf = [](const QList<ChecklistItem> &items) -> std::optional<ChecklistItem> {
            for (const ChecklistItem &item : items) {
                if (item.id == u"backup-tested")
                    return item;
            }
            return std::nullopt;
        };
        const auto item = itemOf(ChecklistModel::compute(snapshot, &audit));
        QVERIFY(item);
        QCOMPARE(item->status, ChecklistItem::Status::Fail);
        QCOMPARE(item->failing(), QStringList{QStringLiteral("tenant-db")});
        QCOMPARE(item->results.size(), qsizetype(2));
        QCOMPARE(item->results.at(0).status, ChecklistItem::Status::Pass);
        QVERIFY2(item->results.at(0).evidence.join(u' ').contains(QStringLiteral("2 day(s) ago")),
                 qPrintable(item->results.at(0).evidence.join(u' ')));

        // A restore test older than 30 days no longer counts as recent.
        clock.advanceDays(40);
        const auto later = itemOf(ChecklistModel::compute(snapshot, &audit));
        QVERIFY(later);
        QCOMPARE(later->results.at(0).status, ChecklistItem::Status::Fail);

        // A fleet the catalog knows nothing about: not assessed.
        const auto elsewhere = itemOf(ChecklistModel::compute(snapshotWith({QStringLiteral("auth-db")}, QStringLiteral("prod")), nullptr));
        QVERIFY(elsewhere);
        QCOMPARE(elsewhere->status, ChecklistItem::Status::NotAssessed);
    }
};

QTEST_GUILESS_MAIN(TestBackupCatalog)
#include "testbackupcatalog.moc"
