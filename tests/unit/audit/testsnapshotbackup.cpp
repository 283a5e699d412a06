// SPDX-License-Identifier: GPL-3.0-or-later
// The backup facts travel in the snapshot: a real FleetScanner reads the backup catalog (in the test's private
// app-data dir) while it probes, each PostgreSQL report carries a "backup" section, and the audit gives the same
// OPS-003 verdicts (status and wording) from that snapshot after the catalog file — and the backups — are gone.
// The JSON section round-trips; a snapshot without it (written before it existed) leaves the facts unknown.
#include "mockclock.h"

#include "audit/snapshotevidence.h"
#include "fleet/backupcatalog.h"
#include "fleet/fleetscanner.h"
#include "fleet/snapshot.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QDateTime kNow(QDate(2026, 11, 28), QTime(6, 0), Qt::UTC);

Fleet::BackupCatalogEntry entry(const QString &path, const QDateTime &takenAt, const QString &datastore,
                                const QString &ns = QStringLiteral("bakery-ia"),
                                Fleet::BackupCatalogEntry::Kind kind = Fleet::BackupCatalogEntry::Kind::Backup)
{
    Fleet::BackupCatalogEntry e;
    e.kind = kind;
    e.namespaceName = ns;
    e.datastore = datastore;
    e.database = QStringLiteral("app");
    e.path = path;
    e.takenAt = takenAt;
    e.at = takenAt.addSecs(60);
    e.bytes = 10;
    return e;
}

/** A port nothing listens on: the probes fail at once (connection refused), the scan still reports. */
quint16 closedPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost))
        qFatal("cannot listen on 127.0.0.1");
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

Fleet::ScanTarget target(const QString &name, Fleet::Kind kind, quint16 port, const QString &ns = QString())
{
    Fleet::ScanTarget t;
    t.name = name;
    t.kind = kind;
    t.host = QStringLiteral("127.0.0.1");
    t.port = port;
    t.namespaceName = ns;
    return t;
}

/** Runs a real scan of @p targets to its end and returns the reports in target order. */
QList<Fleet::DatastoreReport> scan(const QList<Fleet::ScanTarget> &targets, const QString &catalogPath = QString(),
                                   const QStringList &backupLocations = {})
{
    Fleet::FleetScanner scanner;
    QSignalSpy finished(&scanner, &Fleet::FleetScanner::finished);
    QSignalSpy scanned(&scanner, &Fleet::FleetScanner::datastoreScanned);
    Fleet::ScanOptions options;
    options.connectTimeoutMs = 2000;
    options.datastoreTimeoutMs = 20000;
    options.backupCatalogPath = catalogPath;
    options.backupLocations = backupLocations;
    scanner.start(targets, options);
    if (!finished.wait(30000) && finished.isEmpty())
        qFatal("the scan did not finish");
    if (finished.constFirst().at(1).toBool())
        qFatal("the scan was cancelled");
    // Every report delivered one by one already carries its backup section (the console's reprobe relies on it).
    for (const QList<QVariant> &signal : std::as_const(scanned)) {
        const auto report = signal.constFirst().value<Fleet::DatastoreReport>();
        if ((report.kind == Fleet::Kind::PostgreSQL) != report.backup.has_value())
            qFatal("datastoreScanned delivered %s without its backup section", qPrintable(report.name));
    }
    return finished.constFirst().constFirst().value<QList<Fleet::DatastoreReport>>();
}

Fleet::Snapshot snapshotOf(const QList<Fleet::DatastoreReport> &reports, const QString &ns = QStringLiteral("bakery-ia"))
{
    Fleet::Snapshot snapshot;
    snapshot.takenAt = kNow;
    snapshot.source = ns.isEmpty() ? QStringLiteral("targets") : QStringLiteral("kubernetes");
    snapshot.namespaceName = ns;
    snapshot.datastores = reports;
    return snapshot;
}

/** The OPS-003 verdict on @p datastore as text: status, evidence and reason — what must not change. */
QString ops003(const Audit::Audit &audit, const QString &datastore)
{
    for (const Audit::Assessment &a : audit.assessments) {
        if (a.ruleId == u"OPS-003" && a.datastore == datastore)
            return QStringLiteral("%1 | %2 | %3")
                .arg(int(a.outcome.status))
                .arg(a.outcome.evidence.join(QStringLiteral("; ")), a.outcome.reason);
    }
    return QStringLiteral("<no OPS-003 assessment>");
}

QString statusText(Audit::Outcome::Status status)
{
    return QString::number(int(status)) + QStringLiteral(" |");
}

} // namespace

class TestSnapshotBackup final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    quint16 m_port = 0;

    QString touch(const QString &datastore, const QDateTime &when) const
    {
        const QString path = m_dir.filePath(datastore + when.toString(QStringLiteral("-yyyyMMddTHHmmss")) + QStringLiteral(".sql.gz.gpg"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot create %s", qPrintable(path));
        file.write("x");
        return path;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_port = closedPort();
    }

    void init()
    {
        QFile::remove(Fleet::BackupCatalog::defaultPath());
        QVERIFY(!QFile::exists(Fleet::BackupCatalog::defaultPath()));
    }

    void snapshotAloneGivesTheSameVerdictAfterTheCatalogIsGone()
    {
        Test::MockClock clock(kNow);
        const QString ns = QStringLiteral("bakery-ia");
        const QString oldFile = touch(QStringLiteral("auth-db"), kNow.addDays(-30));
        const QString freshFile = touch(QStringLiteral("tenant-db"), kNow.addSecs(-3600));
        QVERIFY(Fleet::BackupCatalog::record(entry(oldFile, kNow.addDays(-30), QStringLiteral("auth-db"))));
        QVERIFY(Fleet::BackupCatalog::record(entry(freshFile, kNow.addSecs(-3600), QStringLiteral("tenant-db"))));
        QVERIFY(Fleet::BackupCatalog::record(entry(freshFile, kNow.addDays(-2), QStringLiteral("tenant-db"), ns,
                                                   Fleet::BackupCatalogEntry::Kind::RestoreTest)));

        const QList<Fleet::DatastoreReport> reports
            = scan({ target(QStringLiteral("auth-db"), Fleet::Kind::PostgreSQL, m_port, ns),
                     target(QStringLiteral("tenant-db"), Fleet::Kind::PostgreSQL, m_port, ns),
                     target(QStringLiteral("sales-db"), Fleet::Kind::PostgreSQL, m_port, ns),
                     target(QStringLiteral("cache"), Fleet::Kind::Redis, m_port, ns) });
        QCOMPARE(reports.size(), qsizetype(4));
        for (int i = 0; i < 3; ++i)
            QVERIFY2(reports.at(i).backup && reports.at(i).backup->known(), qPrintable(reports.at(i).name));
        QVERIFY(!reports.at(3).backup); // Redis: Proofer does not back it up
        const Fleet::BackupObservation &tenant = *reports.at(1).backup;
        QCOMPARE(tenant.verifiedBackups, 1);
        QCOMPARE(tenant.newestVerifiedTakenAt, std::optional<QDateTime>(kNow.addSecs(-3600)));
        QCOMPARE(tenant.lastRestoreTestAt, std::optional<QDateTime>(kNow.addDays(-2).addSecs(60)));
        QCOMPARE(tenant.fleetLocations, QStringList{QDir(m_dir.path()).absolutePath()});
        QCOMPARE(tenant.readAt, kNow);
        QCOMPARE(reports.at(2).backup->verifiedBackups, 0);

        const Fleet::Snapshot snapshot = snapshotOf(reports, ns);
        const Audit::Audit before = Audit::auditSnapshot(snapshot, QString());
        QVERIFY2(ops003(before, QStringLiteral("auth-db")).startsWith(statusText(Audit::Outcome::Status::Fail)),
                 qPrintable(ops003(before, QStringLiteral("auth-db"))));
        QVERIFY(ops003(before, QStringLiteral("auth-db")).contains(QStringLiteral("30 days old")));
        QVERIFY(ops003(before, QStringLiteral("auth-db")).contains(QDir(m_dir.path()).absolutePath()));
        QVERIFY2(ops003(before, QStringLiteral("tenant-db")).startsWith(statusText(Audit::Outcome::Status::Pass)),
                 qPrintable(ops003(before, QStringLiteral("tenant-db"))));
        QVERIFY2(ops003(before, QStringLiteral("sales-db")).contains(QStringLiteral("No backup of this datastore found")),
                 qPrintable(ops003(before, QStringLiteral("sales-db"))));
        QVERIFY(ops003(before, QStringLiteral("cache")).startsWith(statusText(Audit::Outcome::Status::NotAssessed)));

        // The catalog and the backups deleted: the audit of the snapshot does not change a word.
        QVERIFY(QFile::remove(Fleet::BackupCatalog::defaultPath()));
        QVERIFY(QFile::remove(oldFile));
        QVERIFY(QFile::remove(freshFile));
        const Audit::Audit after = Audit::auditSnapshot(snapshot, QString());
        for (const QString &name : {QStringLiteral("auth-db"), QStringLiteral("tenant-db"), QStringLiteral("sales-db"),
                                    QStringLiteral("cache")})
            QCOMPARE(ops003(after, name), ops003(before, name));

        // A new scan now sees what the catalog says now: nothing for this fleet, unknown (as before the change).
        const QList<Fleet::DatastoreReport> rescanned
            = scan({ target(QStringLiteral("auth-db"), Fleet::Kind::PostgreSQL, m_port, ns) });
        QVERIFY(rescanned.constFirst().backup);
        QVERIFY(!rescanned.constFirst().backup->catalogCovers);
        QCOMPARE(ops003(Audit::auditSnapshot(snapshotOf(rescanned, ns), QString()), QStringLiteral("auth-db")),
                 statusText(Audit::Outcome::Status::NotAssessed)
                     + QStringLiteral("  | Unknown: backup.location (Proofer's backup catalog has no backup of this "
                                      "namespace; no backup location was given to list (proofer scan --backup-location DIR))"));
    }

    void directTargetsUseTheirOwnCatalogSet()
    {
        Test::MockClock clock(kNow);
        const QString file = touch(QStringLiteral("app-db"), kNow.addDays(-1));
        QVERIFY(Fleet::BackupCatalog::record(entry(file, kNow.addDays(-1), QStringLiteral("app-db"), QString())));
        // The same name in a namespace is another datastore: the cluster fleet is not covered.
        const auto inCluster = scan({ target(QStringLiteral("app-db"), Fleet::Kind::PostgreSQL, m_port, QStringLiteral("prod")) });
        QVERIFY(inCluster.constFirst().backup && !inCluster.constFirst().backup->catalogCovers);
        const auto direct = scan({ target(QStringLiteral("app-db"), Fleet::Kind::PostgreSQL, m_port) });
        QVERIFY(direct.constFirst().backup && direct.constFirst().backup->known());
        QVERIFY2(ops003(Audit::auditSnapshot(snapshotOf(direct, QString()), QString()), QStringLiteral("app-db"))
                     .startsWith(statusText(Audit::Outcome::Status::Pass)),
                 qPrintable(ops003(Audit::auditSnapshot(snapshotOf(direct, QString()), QString()), QStringLiteral("app-db"))));
    }

    void corruptCatalogIsUnknownWithItsReason()
    {
        Test::MockClock clock(kNow);
        const QString path = m_dir.filePath(QStringLiteral("corrupt-catalog.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"entries\": [ {\"kind\": ");
        file.close();
        const auto reports = scan({ target(QStringLiteral("auth-db"), Fleet::Kind::PostgreSQL, m_port, QStringLiteral("bakery-ia")) },
                                  path);
        QVERIFY(reports.constFirst().backup);
        QVERIFY(!reports.constFirst().backup->known());
        QVERIFY2(reports.constFirst().backup->catalogError.contains(QStringLiteral("corrupt")),
                 qPrintable(reports.constFirst().backup->catalogError));
        const QString corrupt = ops003(Audit::auditSnapshot(snapshotOf(reports), QString()), QStringLiteral("auth-db"));
        QVERIFY2(corrupt.startsWith(statusText(Audit::Outcome::Status::NotAssessed)
                                    + QStringLiteral("  | Unknown: backup.location (Proofer's backup catalog could not be read: "))
                     && corrupt.contains(QStringLiteral("corrupt")),
                 qPrintable(corrupt));
        const QJsonObject json = reports.constFirst().toJson().value(QStringLiteral("backup")).toObject();
        QVERIFY(json.value(QStringLiteral("catalogError")).toString().contains(QStringLiteral("corrupt")));
    }

    /**
     * Checklist item 10: a backup location where the platform's own script writes `<db>_<name>_<timestamp>.sql.gz.gpg`
     * counts beside the catalog. Encrypted files count (seen, not decrypted, and the evidence says so), an empty one
     * does not, a location that cannot be listed is named, and the facts travel in the snapshot.
     */
    void backupLocationOfThePlatformsScript()
    {
        Test::MockClock clock(kNow);
        const QString ns = QStringLiteral("bakery-ia");
        QTemporaryDir location;
        QVERIFY(location.isValid());
        // The first bytes of gpg --encrypt's output (a public-key session key packet); testbackuplocation uses real gpg.
        const QByteArray encrypted("\x85\x01\x0c\x03\x1a\x2b\x3c\x4d\x5e\x6f\x70\x81", 12);
        auto put = [&location](const QString &name, const QByteArray &content) {
            QFile file(location.filePath(name));
            if (!file.open(QIODevice::WriteOnly))
                qFatal("cannot create %s", qPrintable(name));
            file.write(content);
        };
        put(QStringLiteral("auth_db_auth-db_20261127_020000.sql.gz.gpg"), encrypted);
        put(QStringLiteral("auth_db_auth-db_20261120_020000.sql.gz.gpg"), encrypted);
        put(QStringLiteral("tenant_db_tenant-db_20261108_020000.sql.gz.gpg"), encrypted);
        put(QStringLiteral("tenant_db_tenant-db_20261128_020000.sql.gz.gpg"), QByteArray()); // the script was killed
        const QString missing = m_dir.filePath(QStringLiteral("no-such-location"));

        const QList<Fleet::DatastoreReport> reports
            = scan({ target(QStringLiteral("auth-db"), Fleet::Kind::PostgreSQL, m_port, ns),
                     target(QStringLiteral("tenant-db"), Fleet::Kind::PostgreSQL, m_port, ns),
                     target(QStringLiteral("sales-db"), Fleet::Kind::PostgreSQL, m_port, ns) },
                   QString(), { location.path(), missing });
        const Fleet::BackupObservation &auth = *reports.at(0).backup;
        QVERIFY(!auth.known()); // the catalog has nothing for this fleet
        QVERIFY(auth.listingKnown());
        QCOMPARE(auth.listedLocations, QStringList { QDir(location.path()).absolutePath() });
        QCOMPARE(auth.listingErrors.size(), 1);
        QVERIFY2(auth.listingErrors.constFirst().contains(QStringLiteral("does not exist")), qPrintable(auth.listingErrors.join(u'|')));
        QCOMPARE(auth.listedBackups, 2);
        QCOMPARE(auth.newestListedTakenAt, std::optional<QDateTime>(QDateTime(QDate(2026, 11, 27), QTime(2, 0), Qt::UTC)));
        QCOMPARE(reports.at(1).backup->listedBackups, 1);
        QCOMPARE(reports.at(1).backup->listedNotEncrypted, 1);

        const Fleet::Snapshot snapshot = snapshotOf(reports, ns);
        const Audit::Audit audit = Audit::auditSnapshot(snapshot, QString());
        const QString authVerdict = ops003(audit, QStringLiteral("auth-db"));
        QVERIFY2(authVerdict.startsWith(statusText(Audit::Outcome::Status::Pass)), qPrintable(authVerdict));
        QVERIFY2(authVerdict.contains(QStringLiteral("auth_db_auth-db_20261127_020000.sql.gz.gpg"))
                     && authVerdict.contains(QStringLiteral("not decrypted")) && authVerdict.contains(QStringLiteral("1 days old"))
                     && authVerdict.contains(QStringLiteral("does not exist")),
                 qPrintable(authVerdict));
        const QString tenantVerdict = ops003(audit, QStringLiteral("tenant-db"));
        QVERIFY2(tenantVerdict.startsWith(statusText(Audit::Outcome::Status::Fail)) && tenantVerdict.contains(QStringLiteral("20 days old"))
                     && tenantVerdict.contains(QStringLiteral("1 file(s) for this datastore at the location are empty or not encrypted")),
                 qPrintable(tenantVerdict));
        const QString salesVerdict = ops003(audit, QStringLiteral("sales-db"));
        QVERIFY2(salesVerdict.startsWith(statusText(Audit::Outcome::Status::Fail))
                     && salesVerdict.contains(QStringLiteral("No backup of this datastore found")),
                 qPrintable(salesVerdict));

        // The snapshot alone gives the same verdicts after the files are gone.
        const QJsonObject backup = reports.at(1).toJson().value(QStringLiteral("backup")).toObject();
        QCOMPARE(backup.value(QStringLiteral("listedBackups")).toInt(), 1);
        QCOMPARE(backup.value(QStringLiteral("listedNotEncrypted")).toInt(), 1);
        const auto parsed = Fleet::BackupObservation::fromJson(backup);
        QVERIFY(parsed);
        QCOMPARE(parsed->toJson(), backup);
        QVERIFY(location.remove());
        QCOMPARE(ops003(Audit::auditSnapshot(snapshot, QString()), QStringLiteral("tenant-db")), tenantVerdict);

        // Only a location that cannot be listed: not assessed, and the reason names it.
        const auto unlisted = scan({ target(QStringLiteral("auth-db"), Fleet::Kind::PostgreSQL, m_port, ns) }, QString(), { missing });
        const QString unknown = ops003(Audit::auditSnapshot(snapshotOf(unlisted, ns), QString()), QStringLiteral("auth-db"));
        QVERIFY2(unknown.startsWith(statusText(Audit::Outcome::Status::NotAssessed)) && unknown.contains(missing)
                     && unknown.contains(QStringLiteral("does not exist")),
                 qPrintable(unknown));
    }

    void jsonRoundTripAndOlderSnapshots()
    {
        Test::MockClock clock(kNow);
        const QString file = touch(QStringLiteral("auth-db"), kNow.addDays(-3));
        QVERIFY(Fleet::BackupCatalog::record(entry(file, kNow.addDays(-3), QStringLiteral("auth-db"))));
        QVERIFY(Fleet::BackupCatalog::record(entry(file, kNow.addDays(-1), QStringLiteral("auth-db"), QStringLiteral("bakery-ia"),
                                                   Fleet::BackupCatalogEntry::Kind::RestoreTest)));
        const auto reports = scan({ target(QStringLiteral("auth-db"), Fleet::Kind::PostgreSQL, m_port, QStringLiteral("bakery-ia")),
                                    target(QStringLiteral("queue"), Fleet::Kind::RabbitMQ, m_port, QStringLiteral("bakery-ia")) });
        const QJsonObject root = snapshotOf(reports).toJson();
        QCOMPARE(root.value(QStringLiteral("schema")).toString(), QStringLiteral("proofer.snapshot/v1"));
        const QJsonArray stores = root.value(QStringLiteral("datastores")).toArray();
        QVERIFY(stores.at(1).toObject().contains(QStringLiteral("backup")));
        QVERIFY(stores.at(1).toObject().value(QStringLiteral("backup")).isNull()); // RabbitMQ: null, not absent
        const QJsonObject backup = stores.at(0).toObject().value(QStringLiteral("backup")).toObject();
        QCOMPARE(backup.value(QStringLiteral("catalogCovers")).toBool(), true);
        QVERIFY(backup.value(QStringLiteral("catalogError")).isNull());
        QCOMPARE(backup.value(QStringLiteral("verifiedBackups")).toInt(), 1);
        QCOMPARE(backup.value(QStringLiteral("newestVerified")).toObject().value(QStringLiteral("ageDays")).toInt(), 3);
        QCOMPARE(backup.value(QStringLiteral("newestVerified")).toObject().value(QStringLiteral("path")).toString(), file);
        QCOMPARE(backup.value(QStringLiteral("lastRestoreTest")).toObject().value(QStringLiteral("at")).toString(),
                 QStringLiteral("2026-11-27T06:01:00Z"));

        const auto parsed = Fleet::BackupObservation::fromJson(backup);
        QVERIFY(parsed);
        QCOMPARE(parsed->toJson(), backup);
        Fleet::DatastoreReport reread = reports.constFirst();
        reread.backup = parsed;
        QFile::remove(Fleet::BackupCatalog::defaultPath());
        QCOMPARE(ops003(Audit::auditSnapshot(snapshotOf({ reread }), QString()), QStringLiteral("auth-db")),
                 ops003(Audit::auditSnapshot(snapshotOf(reports), QString()), QStringLiteral("auth-db")));

        // Older snapshots: no "backup" (or null, or junk) is nothing, and the facts are unknown.
        QVERIFY(!Fleet::BackupObservation::fromJson(QJsonValue()));
        QVERIFY(!Fleet::BackupObservation::fromJson(QJsonValue(QJsonValue::Null)));
        QVERIFY(!Fleet::BackupObservation::fromJson(QJsonValue(QStringLiteral("yes"))));
        reread.backup.reset();
        QCOMPARE(ops003(Audit::auditSnapshot(snapshotOf({ reread }), QString()), QStringLiteral("auth-db")),
                 statusText(Audit::Outcome::Status::NotAssessed) + QStringLiteral("  | Unknown: backup.location"));
    }
};

QTEST_GUILESS_MAIN(TestSnapshotBackup)
#include "testsnapshotbackup.moc"
