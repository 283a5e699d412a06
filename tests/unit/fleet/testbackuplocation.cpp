// SPDX-License-Identifier: GPL-3.0-or-later
// A backup location made by the platform's own script (checklist item 10): file names `<db>_<name>_<timestamp>
// .sql.gz.gpg` in the forms such scripts write, files encrypted by a real gpg (public key, passphrase, armored)
// told from those that are not (gzip only, signed only, empty), and a directory listed with its bounds and errors.
#include "fleet/backuplocation.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestBackupLocation final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QString m_gpg;

    /** Runs gpg in the test's own GNUPGHOME on @p input; the output, or a failed test. */
    QByteArray gpg(const QStringList &arguments, const QByteArray &input = {})
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"GNUPGHOME"_s, m_home.filePath(u"gnupg"_s));
        process.setProcessEnvironment(environment);
        process.start(m_gpg, QStringList { u"--batch"_s, u"--quiet"_s, u"--no-tty"_s } + arguments);
        process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(60000) || process.exitCode() != 0)
            qWarning("gpg %s: %s", qPrintable(arguments.join(u' ')), process.readAllStandardError().constData());
        return process.exitCode() == 0 ? process.readAllStandardOutput() : QByteArray();
    }

    void write(const QString &path, const QByteArray &content)
    {
        QFile file(path);
        QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(path));
        file.write(content);
    }

private slots:
    void initTestCase()
    {
        m_gpg = QStandardPaths::findExecutable(u"gpg"_s);
        if (m_gpg.isEmpty())
            QSKIP("gpg is not installed");
        QVERIFY(m_home.isValid());
        QVERIFY(QDir().mkpath(m_home.filePath(u"gnupg"_s)));
        QFile::setPermissions(m_home.filePath(u"gnupg"_s), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        gpg({ u"--passphrase"_s, QString(), u"--quick-gen-key"_s, u"Backups <backups@bakery-ia.local>"_s,
              u"future-default"_s, u"default"_s, u"1d"_s });
        QVERIFY(!gpg({ u"--list-keys"_s, u"backups@bakery-ia.local"_s }).isEmpty());
    }

    void cleanupTestCase()
    {
        QProcess::execute(u"gpgconf"_s, { u"--homedir"_s, m_home.filePath(u"gnupg"_s), u"--kill"_s, u"all"_s });
    }

    void names_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("datastore");
        QTest::addColumn<QString>("takenAt"); // ISO, UTC; empty: not a backup name
        QTest::newRow("Proofer's form") << u"auth_db_auth-db_20261127T020000Z.sql.gz.gpg"_s << u"auth_db"_s
                                        << u"auth-db"_s << u"2026-11-27T02:00:00Z"_s;
        QTest::newRow("date_time") << u"orders_db_orders-db_20261201_233015.sql.gz.gpg"_s << u"orders_db"_s
                                   << u"orders-db"_s << u"2026-12-01T23:30:15Z"_s;
        QTest::newRow("date-time") << u"pos_pos-db_20261201-010203.sql.gz.gpg"_s << u"pos"_s << u"pos-db"_s
                                   << u"2026-12-01T01:02:03Z"_s;
        QTest::newRow("compact") << u"alert_processor_db_alert-processor-db_20261201010203.sql.gz.gpg"_s
                                 << u"alert_processor_db"_s << u"alert-processor-db"_s << u"2026-12-01T01:02:03Z"_s;
        QTest::newRow("T without Z") << u"a_b-db_20261201T010203.sql.gz.gpg"_s << QString() << QString() << QString();
        QTest::newRow("Z without T") << u"a_b-db_20261201_010203Z.sql.gz.gpg"_s << QString() << QString() << QString();
        QTest::newRow("no such day") << u"a_b-db_20261340_010203.sql.gz.gpg"_s << QString() << QString() << QString();
        QTest::newRow("no timestamp") << u"a_b-db.sql.gz.gpg"_s << QString() << QString() << QString();
        QTest::newRow("not gpg") << u"a_b-db_20261201_010203.sql.gz"_s << QString() << QString() << QString();
        QTest::newRow("upper-case name") << u"a_B-DB_20261201_010203.sql.gz.gpg"_s << QString() << QString() << QString();
    }

    void names()
    {
        QFETCH(QString, name);
        QFETCH(QString, database);
        QFETCH(QString, datastore);
        QFETCH(QString, takenAt);
        const std::optional<Fleet::ListedBackup> parsed = Fleet::parseBackupFileName(name);
        QCOMPARE(parsed.has_value(), !takenAt.isEmpty());
        if (!parsed)
            return;
        QCOMPARE(parsed->database, database);
        QCOMPARE(parsed->datastore, datastore);
        QCOMPARE(parsed->takenAt.toUTC().toString(Qt::ISODate), takenAt);
    }

    /** What real gpg writes: encrypted to a key, with a passphrase, armored — and what is not encrypted. */
    void encryptedMessagesFromRealGpg()
    {
        const QByteArray dump = "-- PostgreSQL database dump\nCREATE TABLE t (x int);\n";
        const QByteArray toKey = gpg({ u"--trust-model"_s, u"always"_s, u"--encrypt"_s, u"--recipient"_s,
                                       u"backups@bakery-ia.local"_s }, dump);
        QVERIFY(!toKey.isEmpty());
        QVERIFY(Fleet::startsEncryptedMessage(toKey));
        const QByteArray withPassphrase = gpg({ u"--pinentry-mode"_s, u"loopback"_s, u"--passphrase"_s, u"p4ss"_s,
                                                u"--symmetric"_s }, dump);
        QVERIFY(!withPassphrase.isEmpty());
        QVERIFY(Fleet::startsEncryptedMessage(withPassphrase));
        const QByteArray armored = gpg({ u"--trust-model"_s, u"always"_s, u"--armor"_s, u"--encrypt"_s,
                                         u"--recipient"_s, u"backups@bakery-ia.local"_s }, dump);
        QVERIFY(Fleet::startsEncryptedMessage(armored));
        const QByteArray signedOnly = gpg({ u"--sign"_s }, dump);
        QVERIFY(!signedOnly.isEmpty());
        QVERIFY(!Fleet::startsEncryptedMessage(signedOnly));
        QVERIFY(!Fleet::startsEncryptedMessage(QByteArray("\x1f\x8b\x08\x00", 4))); // gzip: pg_dump | gzip only
        QVERIFY(!Fleet::startsEncryptedMessage(dump));
        QVERIFY(!Fleet::startsEncryptedMessage(QByteArray()));
    }

    void listsALocation()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QByteArray encrypted = gpg({ u"--trust-model"_s, u"always"_s, u"--encrypt"_s, u"--recipient"_s,
                                           u"backups@bakery-ia.local"_s }, "dump");
        write(dir.filePath(u"auth_db_auth-db_20261201_020000.sql.gz.gpg"_s), encrypted);
        write(dir.filePath(u"auth_db_auth-db_20261127_020000.sql.gz.gpg"_s), encrypted);
        write(dir.filePath(u"auth_db_auth-db_20261202_020000.sql.gz.gpg"_s), QByteArray()); // killed mid-write
        write(dir.filePath(u"pubring.gpg"_s), "keys");
        write(dir.filePath(u"notes.txt"_s), "x");
        QVERIFY(QDir(dir.path()).mkdir(u"older_older-db_20261101_020000.sql.gz.gpg"_s)); // a directory: not a file
        const Fleet::BackupLocationListing listing = Fleet::listBackupLocation(dir.path());
        QVERIFY2(listing.error.isEmpty(), qPrintable(listing.error));
        QCOMPARE(listing.location, QDir(dir.path()).absolutePath());
        QCOMPARE(listing.backups.size(), 3);
        QCOMPARE(listing.otherFiles, 1);
        QVERIFY(!listing.truncated);
        // Oldest first; the empty one is listed but not encrypted.
        QCOMPARE(listing.backups.at(0).takenAt, QDateTime(QDate(2026, 11, 27), QTime(2, 0), Qt::UTC));
        QVERIFY(listing.backups.at(0).encrypted && listing.backups.at(1).encrypted);
        QCOMPARE(listing.backups.at(2).size, 0);
        QVERIFY(!listing.backups.at(2).encrypted);
        QVERIFY(listing.backups.at(2).path.startsWith(listing.location + u'/'));

        // The bound: no more entries than asked are looked at, and the listing says so.
        const Fleet::BackupLocationListing bounded = Fleet::listBackupLocation(dir.path(), 2);
        QVERIFY(bounded.truncated);
        QVERIFY(bounded.backups.size() + bounded.otherFiles <= 2);
    }

    void locationsThatCannotBeListed()
    {
        QTemporaryDir dir;
        const Fleet::BackupLocationListing missing = Fleet::listBackupLocation(dir.filePath(u"gone"_s));
        QVERIFY(missing.error.contains(u"does not exist"_s));
        QVERIFY(missing.backups.isEmpty());
        write(dir.filePath(u"file"_s), "x");
        QVERIFY(Fleet::listBackupLocation(dir.filePath(u"file"_s)).error.contains(u"not a directory"_s));
    }
};

QTEST_GUILESS_MAIN(TestBackupLocation)
#include "testbackuplocation.moc"
