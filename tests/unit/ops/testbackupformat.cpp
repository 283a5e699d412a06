// SPDX-License-Identifier: GPL-3.0-or-later
// Backup file names, the retention policy, the dump checks that stand between a decrypted file and
// psql, and gzip streaming (truncation, corruption, a full disk) — all without a server.
#include "ops/backupdumppolicy.h"
#include "ops/backupformat.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <QTest>

using Ops::BackupFile;
using Ops::BackupName;

namespace {

QDateTime utc(const QString &text)
{
    QDateTime when = QDateTime::fromString(text, Qt::ISODate);
    when.setTimeSpec(Qt::UTC);
    return when;
}

BackupFile backupAt(const QString &when, const QString &database = QStringLiteral("auth_db"))
{
    BackupFile file;
    file.name.database = database;
    file.name.datastore = QStringLiteral("auth-db");
    file.name.timestamp = utc(when);
    file.name.fileName = BackupName::make(database, file.name.datastore, file.name.timestamp);
    file.path = file.name.fileName;
    return file;
}

const QByteArray s_head = "--\n"
                          "-- PostgreSQL database dump\n"
                          "--\n"
                          "\n"
                          "-- Dumped from database version 15.14 (Debian 15.14-0+deb12u1)\n"
                          "-- Dumped by pg_dump version 15.14 (Debian 15.14-0+deb12u1)\n"
                          "\n"
                          "SET statement_timeout = 0;\n"
                          "SET standard_conforming_strings = on;\n"
                          "SELECT pg_catalog.set_config('search_path', '', false);\n";
const QByteArray s_tail = "\n--\n-- PostgreSQL database dump complete\n--\n\n";

QByteArray dump(const QByteArray &body, const QString &database = QStringLiteral("auth_db"))
{
    QByteArray header;
    if (!database.isEmpty())
        header = Ops::prooferHeaderLine(database, QStringLiteral("auth-db"), utc(QStringLiteral("2026-11-28T02:15:00")));
    return header + s_head + body + s_tail;
}

/** A device whose writes fail, as a full disk does. */
class FullDevice final : public QIODevice
{
public:
    FullDevice() { open(QIODevice::WriteOnly); }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64) override
    {
        setErrorString(QStringLiteral("No space left on device"));
        return -1;
    }
};

} // namespace

class TestBackupFormat final : public QObject
{
    Q_OBJECT

private slots:
    void name_data()
    {
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("datastore");
        QTest::addColumn<QString>("fileName");
        QTest::newRow("reference") << QStringLiteral("auth_db") << QStringLiteral("auth-db")
                                   << QStringLiteral("auth_db_auth-db_20261128T021500Z.sql.gz.gpg");
        QTest::newRow("hyphens and underscores")
            << QStringLiteral("alert_processor_db") << QStringLiteral("alert-processor-db")
            << QStringLiteral("alert_processor_db_alert-processor-db_20261128T021500Z.sql.gz.gpg");
        QTest::newRow("plain") << QStringLiteral("app") << QStringLiteral("pg") << QStringLiteral("app_pg_20261128T021500Z.sql.gz.gpg");
        QTest::newRow("odd characters encoded") << QStringLiteral("My DB/ñ") << QStringLiteral("pg")
                                                << QStringLiteral("My%20DB%2F%C3%B1_pg_20261128T021500Z.sql.gz.gpg");
    }

    void name()
    {
        QFETCH(QString, database);
        QFETCH(QString, datastore);
        QFETCH(QString, fileName);
        const QDateTime when = utc(QStringLiteral("2026-11-28T02:15:00"));
        QCOMPARE(BackupName::make(database, datastore, when), fileName);
        const auto parsed = BackupName::parse(QStringLiteral("/some/dir/") + fileName);
        QVERIFY(parsed);
        QCOMPARE(parsed->database, database);
        QCOMPARE(parsed->datastore, datastore);
        QCOMPARE(parsed->timestamp, when);
        QCOMPARE(parsed->timestamp.timeSpec(), Qt::UTC);
        QCOMPARE(parsed->fileName, fileName);
    }

    void badNames_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::newRow("no timestamp") << QStringLiteral("auth_db_auth-db.sql.gz.gpg");
        QTest::newRow("local time") << QStringLiteral("auth_db_auth-db_20261128T021500.sql.gz.gpg");
        QTest::newRow("not encrypted") << QStringLiteral("auth_db_auth-db_20261128T021500Z.sql.gz");
        QTest::newRow("partial") << QStringLiteral("auth_db_auth-db_20261128T021500Z.sql.gz.gpg.partial");
        QTest::newRow("impossible date") << QStringLiteral("auth_db_auth-db_20261340T021500Z.sql.gz.gpg");
        QTest::newRow("no datastore") << QStringLiteral("auth_20261128T021500Z.sql.gz.gpg");
    }

    void badNames()
    {
        QFETCH(QString, fileName);
        QVERIFY(!BackupName::parse(fileName));
    }

    void invalidDatastoreGivesNoName()
    {
        QVERIFY(BackupName::make(QStringLiteral("db"), QStringLiteral("Auth_DB"), QDateTime::currentDateTimeUtc()).isEmpty());
    }

    void retention_data()
    {
        QTest::addColumn<QStringList>("times");
        QTest::addColumn<QStringList>("expected"); // reasons per backup, "prune" when none
        // now = 2026-11-28T12:00:00Z (a Saturday)
        QTest::newRow("two a day: the newer of the day is kept")
            << QStringList{QStringLiteral("2026-11-27T02:00:00"), QStringLiteral("2026-11-27T14:00:00"),
                           QStringLiteral("2026-11-28T02:00:00")}
            << QStringList{QStringLiteral("prune"), QStringLiteral("daily"),
                           QStringLiteral("newest daily weekly monthly")};
        QTest::newRow("daily window ends at 30 days; same week and month: pruned")
            << QStringList{QStringLiteral("2026-10-29T13:00:00"), QStringLiteral("2026-10-28T11:00:00"),
                           QStringLiteral("2026-11-28T11:00:00")}
            << QStringList{QStringLiteral("daily weekly monthly"), QStringLiteral("prune"),
                           QStringLiteral("newest daily weekly monthly")};
        QTest::newRow("outside the daily window, a week of its own")
            << QStringList{QStringLiteral("2026-10-20T11:00:00"), QStringLiteral("2026-10-29T13:00:00"),
                           QStringLiteral("2026-11-28T11:00:00")}
            << QStringList{QStringLiteral("weekly"), QStringLiteral("daily weekly monthly"),
                           QStringLiteral("newest daily weekly monthly")};
        QTest::newRow("weekly window: one per ISO week until 90 days")
            << QStringList{QStringLiteral("2026-09-01T00:00:00"), QStringLiteral("2026-09-02T00:00:00"),
                           QStringLiteral("2026-08-29T00:00:00"), QStringLiteral("2026-11-28T00:00:00")}
            << QStringList{QStringLiteral("prune"), QStringLiteral("weekly monthly"), QStringLiteral("monthly"),
                           QStringLiteral("newest daily weekly monthly")};
        QTest::newRow("monthly window: one per month until a year, then pruned")
            << QStringList{QStringLiteral("2026-03-10T00:00:00"), QStringLiteral("2026-03-20T00:00:00"),
                           QStringLiteral("2025-11-20T00:00:00"), QStringLiteral("2026-11-28T00:00:00")}
            << QStringList{QStringLiteral("prune"), QStringLiteral("monthly"), QStringLiteral("prune"),
                           QStringLiteral("newest daily weekly monthly")};
        QTest::newRow("the only backup is kept however old")
            << QStringList{QStringLiteral("2020-01-01T00:00:00")} << QStringList{QStringLiteral("newest")};
        QTest::newRow("future dates are kept")
            << QStringList{QStringLiteral("2027-01-01T00:00:00"), QStringLiteral("2026-11-28T00:00:00")}
            << QStringList{QStringLiteral("future"), QStringLiteral("newest daily weekly monthly")};
    }

    void retention()
    {
        QFETCH(QStringList, times);
        QFETCH(QStringList, expected);
        QList<BackupFile> files;
        for (const QString &time : times)
            files << backupAt(time);
        const auto decisions = Ops::applyRetention(files, utc(QStringLiteral("2026-11-28T12:00:00")));
        QCOMPARE(decisions.size(), files.size());
        for (int i = 0; i < decisions.size(); ++i) {
            const QString got = decisions.at(i).keep ? decisions.at(i).reasons.join(u' ') : QStringLiteral("prune");
            QCOMPARE(got, expected.at(i));
            QCOMPARE(decisions.at(i).backup.name.fileName, files.at(i).name.fileName);
        }
    }

    void retentionIsPerDatabase()
    {
        const QList<BackupFile> files = {backupAt(QStringLiteral("2025-01-01T00:00:00"), QStringLiteral("a")),
                                         backupAt(QStringLiteral("2025-01-01T00:00:00"), QStringLiteral("b"))};
        const auto decisions = Ops::applyRetention(files, utc(QStringLiteral("2026-11-28T12:00:00")));
        QVERIFY(decisions.at(0).keep);
        QVERIFY(decisions.at(1).keep);
    }

    void newestVerified()
    {
        QList<BackupFile> files = {backupAt(QStringLiteral("2026-11-20T00:00:00")),
                                   backupAt(QStringLiteral("2026-11-25T00:00:00")),
                                   backupAt(QStringLiteral("2026-11-27T00:00:00")),
                                   backupAt(QStringLiteral("2026-11-01T00:00:00"), QStringLiteral("orders_db"))};
        files[0].verified = true;
        files[1].verified = true; // files[2] is newer but not verified
        const auto ages = Ops::newestVerifiedBackups(files, utc(QStringLiteral("2026-11-28T00:00:00")));
        QCOMPARE(ages.size(), 1);
        QCOMPARE(ages.value(QStringLiteral("auth_db")).ageDays(), 3);
        QCOMPARE(ages.value(QStringLiteral("auth_db")).newest.name.timestamp, utc(QStringLiteral("2026-11-25T00:00:00")));
        QVERIFY(!ages.contains(QStringLiteral("orders_db")));
    }

    void listAndSidecar()
    {
        QTemporaryDir dir;
        const QString name = BackupName::make(QStringLiteral("auth_db"), QStringLiteral("auth-db"),
                                              utc(QStringLiteral("2026-11-28T02:15:00")));
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not really gpg");
        file.close();
        QFile partial(dir.filePath(name + QStringLiteral(".partial")));
        QVERIFY(partial.open(QIODevice::WriteOnly));
        partial.close();
        auto files = Ops::listBackups(dir.path());
        QCOMPARE(files.size(), 1);
        QVERIFY(!files.first().verified);
        QString error;
        QVERIFY(Ops::writeVerifiedSidecar(file.fileName(), {}, utc(QStringLiteral("2026-11-28T03:00:00")), &error));
        QCOMPARE(QFile::permissions(file.fileName() + QLatin1String(Ops::verifiedSuffix)) & 0x0077, 0);
        files = Ops::listBackups(dir.path());
        QVERIFY(files.first().verified);
        QCOMPARE(files.first().verifiedAt, utc(QStringLiteral("2026-11-28T03:00:00")));
        // The file changed after verification: no longer counts as verified.
        QVERIFY(file.open(QIODevice::Append));
        file.write("more");
        file.close();
        QVERIFY(!Ops::listBackups(dir.path()).first().verified);
    }

    void dumpChecks_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("fileNameDatabase");
        QTest::addColumn<QString>("error"); // empty: accepted; else a part of the message

        const QByteArray table = "CREATE TABLE public.t (id integer, note text);\n"
                                 "COPY public.t (id, note) FROM stdin;\n"
                                 "1\t\\N\n"
                                 "2\t\\\\connect is data here\n"
                                 "\\.\n";
        QTest::newRow("a good dump") << dump(table) << QString() << QString();
        QTest::newRow("restrict guards are allowed")
            << dump("\\restrict abcDEF123\n" + table + "\\unrestrict abcDEF123\n") << QString() << QString();
        QTest::newRow("no Proofer header: the file name tells the database")
            << dump(table, QString()) << QStringLiteral("auth_db") << QString();
        QTest::newRow("no Proofer header, no name") << dump(table, QString()) << QString()
                                                    << QStringLiteral("cannot tell which database");
        QTest::newRow("another database") << dump(table, QStringLiteral("orders_db")) << QString()
                                          << QStringLiteral("dump of database \"orders_db\", not of \"auth_db\"");
        QTest::newRow("another database by file name")
            << dump(table, QString()) << QStringLiteral("orders_db") << QStringLiteral("\"orders_db\", not of");
        QTest::newRow("renamed file") << dump(table) << QStringLiteral("orders_db")
                                      << QStringLiteral("named for database \"orders_db\"");
        QTest::newRow("connect") << dump("\\connect postgres\n" + table) << QString()
                                 << QStringLiteral("meta-command \\connect");
        QTest::newRow("c") << dump(table + "\\c other\n") << QString() << QStringLiteral("meta-command \\c ");
        QTest::newRow("shell escape mid-line") << dump("SELECT 1; \\! rm -rf /\n") << QString()
                                               << QStringLiteral("meta-command \\!");
        QTest::newRow("gexec after a statement") << dump("SELECT 'x' \\gexec\n") << QString()
                                                 << QStringLiteral("meta-command \\gexec");
        QTest::newRow("restrict in the middle of a statement")
            << dump("SELECT 1 \\restrict x\n;\n") << QString() << QStringLiteral("meta-command \\restrict");
        QTest::newRow("backslash inside quotes is data")
            << dump("SELECT '\\connect';\nSELECT E'\\'\\\\connect';\nSELECT \"a\\b\";\n"
                    "CREATE FUNCTION f() RETURNS text LANGUAGE sql AS $fn$ SELECT '\\c' $fn$;\n"
                    "/* \\connect /* nested */ still comment */ SELECT 1;\n-- \\connect in a comment\n")
            << QString() << QString();
        QTest::newRow("create database") << dump("CREATE DATABASE auth_db WITH TEMPLATE = template0;\n") << QString()
                                         << QStringLiteral("CREATE DATABASE");
        QTest::newRow("create database over lines")
            << dump("create\n  database \"x\";\n") << QString() << QStringLiteral("CREATE DATABASE");
        QTest::newRow("drop database") << dump("DROP DATABASE auth_db;\n") << QString()
                                       << QStringLiteral("DROP DATABASE");
        QTest::newRow("create database in a string is fine")
            << dump("SELECT 'CREATE DATABASE x';\nCOMMENT ON TABLE t IS 'DROP DATABASE';\n") << QString() << QString();
        QTest::newRow("no trailer: cut short") << Ops::prooferHeaderLine(QStringLiteral("auth_db"), QStringLiteral("auth-db"),
                                                                         QDateTime::currentDateTimeUtc())
                + s_head + table
                                               << QString() << QStringLiteral("dump is incomplete");
        QTest::newRow("ends inside COPY data")
            << Ops::prooferHeaderLine(QStringLiteral("auth_db"), QStringLiteral("auth-db"), QDateTime::currentDateTimeUtc())
                + s_head + "COPY public.t (id) FROM stdin;\n1\n2\n"
            << QString() << QStringLiteral("inside the data of table public.t");
        QTest::newRow("statement after the trailer") << dump(table) + "DROP TABLE public.t;\n" << QString()
                                                     << QStringLiteral("dump is incomplete");
        QTest::newRow("not a dump") << QByteArray("SELECT 1;\n") << QStringLiteral("auth_db")
                                    << QStringLiteral("not a pg_dump");
        QTest::newRow("no version lines")
            << QByteArray("--\n-- PostgreSQL database dump\n--\nSELECT 1;\n--\n-- PostgreSQL database dump complete\n--\n")
            << QStringLiteral("auth_db") << QStringLiteral("header is missing");
    }

    /** Statements that reach outside the scratch database: refused with their line, never their literals. */
    void dumpOutsideScratch_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("error"); // empty: accepted; else a part of the message
        QTest::addColumn<int>("line");      // line of the refused statement in dump(body); 0: accepted

        // dump(body) puts body at line 12 (the Proofer header line, 10 lines of s_head, then body).
        QTest::newRow("alter role password") << QByteArray("ALTER ROLE auth_user PASSWORD 'hunter2-secret';\n")
                                             << QStringLiteral("ALTER ROLE") << 12;
        QTest::newRow("alter user over lines, lower case")
            << QByteArray("SELECT 1;\nalter\n  user\n \"auth_user\" with superuser;\n") << QStringLiteral("ALTER USER") << 13;
        QTest::newRow("create role") << QByteArray("CREATE ROLE evil LOGIN SUPERUSER;\n") << QStringLiteral("CREATE ROLE") << 12;
        QTest::newRow("drop group") << QByteArray("DROP GROUP admins;\n") << QStringLiteral("DROP GROUP") << 12;
        QTest::newRow("comment hides the gap") << QByteArray("ALTER/* x */ROLE a NOSUPERUSER;\n") << QStringLiteral("ALTER ROLE") << 12;
        QTest::newRow("alter database") << QByteArray("ALTER DATABASE auth_db SET search_path = evil;\n")
                                        << QStringLiteral("ALTER DATABASE") << 12;
        QTest::newRow("create tablespace") << QByteArray("CREATE TABLESPACE t LOCATION '/tmp/x';\n")
                                           << QStringLiteral("CREATE TABLESPACE") << 12;
        QTest::newRow("alter system") << QByteArray("ALTER SYSTEM SET ssl = off;\n") << QStringLiteral("ALTER SYSTEM") << 12;
        QTest::newRow("copy from program") << QByteArray("COPY public.t FROM PROGRAM 'id';\n") << QStringLiteral("PROGRAM") << 12;
        QTest::newRow("copy to program") << QByteArray("COPY (SELECT 1) TO PROGRAM 'sh';\n") << QStringLiteral("PROGRAM") << 12;
        QTest::newRow("copy from a server file") << QByteArray("COPY public.t FROM '/etc/passwd';\n")
                                                 << QStringLiteral("server file") << 12;
        QTest::newRow("copy to a server file") << QByteArray("COPY public.t TO '/tmp/out';\n")
                                               << QStringLiteral("server file") << 12;
        QTest::newRow("set role") << QByteArray("SET ROLE postgres;\n") << QStringLiteral("SET ROLE") << 12;
        QTest::newRow("set local role") << QByteArray("SET LOCAL ROLE postgres;\n") << QStringLiteral("SET ROLE") << 12;
        QTest::newRow("set role as a setting") << QByteArray("SET role = 'postgres';\n") << QStringLiteral("SET ROLE") << 12;
        QTest::newRow("set session authorization")
            << QByteArray("SET SESSION AUTHORIZATION 'postgres';\n") << QStringLiteral("SESSION AUTHORIZATION") << 12;
        QTest::newRow("reset role") << QByteArray("RESET ROLE;\n") << QStringLiteral("RESET ROLE") << 12;
        QTest::newRow("set_config role") << QByteArray("SELECT pg_catalog.set_config('role', 'postgres', false);\n")
                                         << QStringLiteral("set_config") << 12;
        QTest::newRow("load") << QByteArray("LOAD '/tmp/evil.so';\n") << QStringLiteral("LOAD") << 12;
        QTest::newRow("extension outside the allow-list")
            << QByteArray("CREATE EXTENSION IF NOT EXISTS dblink WITH SCHEMA public;\n") << QStringLiteral("dblink") << 12;
        QTest::newRow("untrusted language") << QByteArray("CREATE LANGUAGE plperlu;\n") << QStringLiteral("CREATE LANGUAGE") << 12;
        QTest::newRow("lo_import") << QByteArray("SELECT lo_import('/etc/shadow');\n") << QStringLiteral("lo_import") << 12;
        QTest::newRow("lo_export in a view") << QByteArray("CREATE VIEW v AS SELECT pg_catalog.lo_export(1, '/tmp/x');\n")
                                             << QStringLiteral("lo_export") << 12;
        QTest::newRow("pg_read_file") << QByteArray("SELECT pg_read_file('/etc/passwd');\n")
                                      << QStringLiteral("pg_read_file") << 12;
        QTest::newRow("a DO block") << QByteArray("DO $$ BEGIN RAISE NOTICE 'hi'; END $$;\n") << QStringLiteral("DO") << 12;
        QTest::newRow("function that alters a role")
            << QByteArray("SELECT 1;\nCREATE FUNCTION public.f() RETURNS void LANGUAGE plpgsql AS $fn$\nBEGIN\n"
                          "  ALTER ROLE auth_user PASSWORD 'x';\nEND $fn$;\n")
            << QStringLiteral("ALTER ROLE") << 13;
        QTest::newRow("function running alter role through execute")
            << QByteArray("CREATE FUNCTION public.f() RETURNS void LANGUAGE plpgsql AS 'BEGIN EXECUTE ''alter role x superuser''; END';\n")
            << QStringLiteral("ALTER ROLE") << 12;
        QTest::newRow("a long function body still checked to its end")
            << QByteArray("CREATE FUNCTION public.f() RETURNS void LANGUAGE plpgsql AS $$\nBEGIN\n" + QByteArray(9000, ' ')
                          + "PERFORM lo_export(1, '/tmp/x');\nEND $$;\n")
            << QStringLiteral("lo_export") << 12;
        QTest::newRow("function switching role") << QByteArray("CREATE FUNCTION public.f() RETURNS int LANGUAGE sql SET role TO postgres AS $$ SELECT 1 $$;\n")
                                                 << QStringLiteral("SET ROLE") << 12;
        QTest::newRow("role membership grant") << QByteArray("GRANT pg_read_server_files TO app;\n")
                                               << QStringLiteral("GRANT") << 12;
        QTest::newRow("reassign owned") << QByteArray("REASSIGN OWNED BY app TO postgres;\n") << QStringLiteral("REASSIGN OWNED")
                                        << 12;
        QTest::newRow("subscription") << QByteArray("CREATE SUBSCRIPTION s CONNECTION 'host=x' PUBLICATION p;\n")
                                      << QStringLiteral("CREATE SUBSCRIPTION") << 12;

        QTest::newRow("commit ends the restore's transaction") << QByteArray("COMMIT;\nALTER TABLE x OWNER TO y;\n")
                                                               << QStringLiteral("COMMIT") << 12;
        QTest::newRow("begin") << QByteArray("BEGIN;\n") << QStringLiteral("BEGIN") << 12;
        QTest::newRow("end") << QByteArray("end;\n") << QStringLiteral("END") << 12;
        QTest::newRow("prepare transaction") << QByteArray("PREPARE TRANSACTION 'x';\n") << QStringLiteral("PREPARE") << 12;

        // What pg_dump writes for an ordinary database is accepted.
        QTest::newRow("ordinary pg_dump statements")
            << QByteArray("SET default_tablespace = '';\nSET default_table_access_method = heap;\n"
                          "SET client_min_messages = warning;\nSET row_security = off;\n"
                          "CREATE EXTENSION IF NOT EXISTS pgcrypto WITH SCHEMA public;\n"
                          "COMMENT ON EXTENSION pgcrypto IS 'cryptographic functions';\n"
                          "CREATE EXTENSION IF NOT EXISTS \"uuid-ossp\" WITH SCHEMA public;\n"
                          "CREATE SCHEMA app;\nALTER SCHEMA app OWNER TO app;\n"
                          "CREATE TABLE public.users (id integer NOT NULL, role text, load integer);\n"
                          "ALTER TABLE public.users OWNER TO app;\n"
                          "CREATE FUNCTION public.promote(i integer) RETURNS void LANGUAGE plpgsql AS $$\n"
                          "BEGIN UPDATE public.users SET role = 'admin' WHERE id = i; END $$;\n"
                          "ALTER FUNCTION public.promote(i integer) OWNER TO app;\n"
                          "COPY public.users (id, role, load) FROM stdin;\n1\tALTER ROLE x\t2\n\\.\n"
                          "SELECT pg_catalog.setval('public.users_id_seq', 1, false);\n"
                          "ALTER DEFAULT PRIVILEGES FOR ROLE app IN SCHEMA public GRANT ALL ON TABLES TO app;\n"
                          "GRANT ALL ON SCHEMA public TO app;\nREVOKE ALL ON TABLE public.users FROM PUBLIC;\n"
                          "COMMENT ON TABLE public.users IS 'ALTER ROLE is only words here';\n"
                          "SELECT pg_catalog.lo_create('16385');\n"
                          "SELECT pg_catalog.lo_open('16385', 131072);\nSELECT pg_catalog.lowrite(0, '\\x41');\n"
                          "SELECT pg_catalog.lo_close(0);\n"
                          "SAVEPOINT s;\nROLLBACK TO SAVEPOINT s;\n"
                          "CREATE FUNCTION public.atomic(i integer) RETURNS integer\n    LANGUAGE sql\n    BEGIN ATOMIC\n"
                          " SELECT CASE WHEN i > 0 THEN 1 ELSE 0 END;\n SELECT 2;\nEND;\n")
            << QString() << 0;
    }

    void dumpOutsideScratch()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, error);
        QFETCH(int, line);
        const QByteArray text = dump(body);
        Ops::DumpChecker checker(QStringLiteral("auth_db"), QString());
        bool ok = true;
        for (qsizetype i = 0; ok && i < text.size(); i += 5)
            ok = checker.feed(text.constData() + i, std::min<qsizetype>(5, text.size() - i));
        ok = ok && checker.finish();
        if (error.isEmpty()) {
            QVERIFY2(ok, qPrintable(checker.error()));
            return;
        }
        QVERIFY(!ok);
        QVERIFY2(checker.error().contains(error, Qt::CaseInsensitive), qPrintable(checker.error()));
        QVERIFY2(checker.error().startsWith(QStringLiteral("line %1:").arg(line)), qPrintable(checker.error()));
        QVERIFY2(checker.error().contains(QStringLiteral("outside the scratch database")), qPrintable(checker.error()));
        // The statement is quoted with its literals masked: a password in it never reaches a message.
        QVERIFY2(!checker.error().contains(QStringLiteral("hunter2")), qPrintable(checker.error()));
    }

    void dumpChecks()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, fileNameDatabase);
        QFETCH(QString, error);
        // Fed in small pieces so that lines split across chunks are covered.
        Ops::DumpChecker checker(QStringLiteral("auth_db"), fileNameDatabase);
        bool ok = true;
        for (qsizetype i = 0; ok && i < text.size(); i += 7)
            ok = checker.feed(text.constData() + i, std::min<qsizetype>(7, text.size() - i));
        ok = ok && checker.finish();
        if (error.isEmpty()) {
            QVERIFY2(ok, qPrintable(checker.error()));
        } else {
            QVERIFY(!ok);
            QVERIFY2(checker.error().contains(error), qPrintable(checker.error()));
        }
    }

    void dumpFacts()
    {
        Ops::DumpChecker checker(QStringLiteral("auth_db"), QString());
        const QByteArray text = dump("COPY public.a (x) FROM stdin;\n1\n2\n3\n\\.\nCOPY \"Odd\".\"T\" FROM stdin;\n\\.\n");
        QVERIFY(checker.feed(text.constData(), text.size()));
        QVERIFY2(checker.finish(), qPrintable(checker.error()));
        QCOMPARE(checker.dumpedFromVersion(), QStringLiteral("15.14 (Debian 15.14-0+deb12u1)"));
        QCOMPARE(checker.pgDumpVersion(), QStringLiteral("15.14 (Debian 15.14-0+deb12u1)"));
        QCOMPARE(checker.headerDatabase(), QStringLiteral("auth_db"));
        QCOMPARE(checker.headerDatastore(), QStringLiteral("auth-db"));
        const QList<QPair<QString, qint64>> rows = {{QStringLiteral("public.a"), 3}, {QStringLiteral("\"Odd\".\"T\""), 0}};
        QCOMPARE(checker.copyRows(), rows);
    }

    void ownershipLines_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<bool>("ownership");
        // As pg_dump writes them: left out of what a restore role runs, applied by the login afterwards.
        QTest::newRow("table") << QByteArray("ALTER TABLE public.orders OWNER TO app;") << true;
        QTest::newRow("quoted names") << QByteArray("ALTER TABLE public.\"Notes\" OWNER TO \"App Owner\";") << true;
        QTest::newRow("a quote in a quoted name") << QByteArray("ALTER TABLE public.\"a\"\" OWNER TO b;\" OWNER TO c;") << true;
        QTest::newRow("schema") << QByteArray("ALTER SCHEMA app OWNER TO app;") << true;
        QTest::newRow("function") << QByteArray("ALTER FUNCTION public.promote(i integer, VARIADIC t text[]) OWNER TO app;") << true;
        QTest::newRow("function without arguments") << QByteArray("ALTER FUNCTION public.hello() OWNER TO app;") << true;
        QTest::newRow("type modifiers") << QByteArray("ALTER FUNCTION public.f(numeric(10,2), character varying) OWNER TO app;") << true;
        QTest::newRow("aggregate") << QByteArray("ALTER AGGREGATE public.total(*) OWNER TO app;") << true;
        QTest::newRow("operator") << QByteArray("ALTER OPERATOR public.=== (integer, integer) OWNER TO app;") << true;
        QTest::newRow("operator class") << QByteArray("ALTER OPERATOR CLASS public.c USING btree OWNER TO app;") << true;
        QTest::newRow("large object") << QByteArray("ALTER LARGE OBJECT 16385 OWNER TO app;") << true;
        QTest::newRow("text search") << QByteArray("ALTER TEXT SEARCH CONFIGURATION public.es OWNER TO app;") << true;
        QTest::newRow("default privileges")
            << QByteArray("ALTER DEFAULT PRIVILEGES FOR ROLE app IN SCHEMA public GRANT SELECT,INSERT ON TABLES TO reader, PUBLIC;") << true;
        QTest::newRow("default privileges revoked") << QByteArray("ALTER DEFAULT PRIVILEGES FOR ROLE app REVOKE ALL ON FUNCTIONS FROM PUBLIC;")
                                                    << true;
        // Anything else stays in the dump and runs as the restore role (which is refused what it may not do).
        QTest::newRow("two statements") << QByteArray("ALTER TABLE public.t OWNER TO app; ALTER ROLE app PASSWORD 'x';") << false;
        QTest::newRow("subcommands") << QByteArray("ALTER TABLE public.t ADD CHECK (public.evil()), OWNER TO app;") << false;
        QTest::newRow("a literal") << QByteArray("ALTER TABLE 'public.t' OWNER TO app;") << false;
        QTest::newRow("default value in an argument") << QByteArray("ALTER FUNCTION public.f(i integer DEFAULT public.evil()) OWNER TO app;")
                                                      << false;
        QTest::newRow("unterminated quote") << QByteArray("ALTER TABLE \"t OWNER TO app;") << false;
        QTest::newRow("database") << QByteArray("ALTER DATABASE app OWNER TO app;") << false;
        QTest::newRow("role") << QByteArray("ALTER ROLE app OWNER TO app;") << false;
        QTest::newRow("comment after it") << QByteArray("ALTER TABLE public.t OWNER TO app; -- x") << false;
        QTest::newRow("dollar quote") << QByteArray("ALTER TABLE $$t$$ OWNER TO app;") << false;
        QTest::newRow("long and failing") << (QByteArray("ALTER FUNCTION public.f(") + QByteArray(4000, 'a') + "' OWNER TO app;") << false;
    }

    void ownershipLines()
    {
        QFETCH(QByteArray, line);
        QFETCH(bool, ownership);
        QCOMPARE(Ops::isDumpOwnershipLine(line), ownership);
    }

    void checkerFindsOwnershipLinesWhereStatementsStart()
    {
        // Only where a statement starts: not inside COPY data, a string, a function body or a statement's middle.
        const QByteArray body = "CREATE TABLE public.t (x text);\n"
                                "ALTER TABLE public.t OWNER TO app;\n"
                                "COPY public.t (x) FROM stdin;\nALTER TABLE public.t OWNER TO app;\n\\.\n"
                                "COMMENT ON TABLE public.t IS '\nALTER TABLE public.t OWNER TO app;\n';\n"
                                "CREATE FUNCTION public.f() RETURNS void LANGUAGE sql AS $$\nALTER TABLE public.t OWNER TO app;\n$$;\n"
                                "SELECT 1,\nALTER TABLE public.t OWNER TO app;\n"
                                "ALTER FUNCTION public.f() OWNER TO app;\n";
        const QByteArray text = dump(body);
        Ops::DumpChecker checker(QStringLiteral("auth_db"), QString());
        bool ok = true;
        for (qsizetype i = 0; ok && i < text.size(); i += 3)
            ok = checker.feed(text.constData() + i, std::min<qsizetype>(3, text.size() - i));
        // (The SELECT above fails in a server, not here: the checker only reads.)
        QVERIFY2(ok && checker.finish(), qPrintable(checker.error()));
        const QList<Ops::DumpChecker::Ownership> lines = checker.ownershipLines();
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0).text, QByteArray("ALTER TABLE public.t OWNER TO app;"));
        QCOMPARE(lines.at(1).text, QByteArray("ALTER FUNCTION public.f() OWNER TO app;"));
        for (const Ops::DumpChecker::Ownership &line : lines)
            QCOMPARE(text.mid(line.offset, line.text.size() + 1), line.text + '\n');
        QCOMPARE(text.indexOf("ALTER TABLE public.t OWNER TO app;"), lines.at(0).offset);
    }

    void gzipRoundTrip()
    {
        QByteArray text = dump("COPY public.a (x) FROM stdin;\n");
        for (int i = 0; i < 100000; ++i)
            text.insert(text.indexOf("FROM stdin;\n") + 12, QByteArray::number(i) + '\n');
        text.replace(s_tail, QByteArray("\\.\n" + s_tail));
        QByteArray gz = Ops::gzipBytes(text);
        QVERIFY(gz.size() < text.size() / 2);
        QBuffer in(&gz);
        in.open(QIODevice::ReadOnly);
        QByteArray outBytes;
        QBuffer out(&outBytes);
        out.open(QIODevice::WriteOnly);
        Ops::DumpChecker checker(QStringLiteral("auth_db"), QString());
        QString error;
        QVERIFY2(Ops::gunzip(in, &out, &checker, nullptr, &error), qPrintable(error));
        QCOMPARE(outBytes, text);
        QCOMPARE(checker.copyRows().value(0).second, 100000);
    }

    void concatenatedMembers()
    {
        const QByteArray text = dump("SELECT 1;\n");
        QByteArray gz = Ops::gzipBytes(text.left(40)) + Ops::gzipBytes(text.mid(40));
        QBuffer in(&gz);
        in.open(QIODevice::ReadOnly);
        QByteArray outBytes;
        QBuffer out(&outBytes);
        out.open(QIODevice::WriteOnly);
        QString error;
        QVERIFY2(Ops::gunzip(in, &out, nullptr, nullptr, &error), qPrintable(error));
        QCOMPARE(outBytes, text);
    }

    void badGzip_data()
    {
        QTest::addColumn<QByteArray>("gz");
        QTest::addColumn<QString>("error");
        QByteArray big;
        for (int i = 0; i < 50000; ++i)
            big += "row " + QByteArray::number(i * 7919) + '\n';
        const QByteArray gz = Ops::gzipBytes(dump(big));
        QTest::newRow("truncated in the middle") << gz.left(gz.size() / 2) << QStringLiteral("truncated");
        QTest::newRow("missing the trailer") << gz.left(gz.size() - 4) << QStringLiteral("truncated");
        QTest::newRow("header only") << gz.left(10) << QStringLiteral("truncated");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
        QTest::newRow("not gzip") << QByteArray("plain text, not gzip\n") << QStringLiteral("corrupt");
        QByteArray flipped = gz;
        flipped[flipped.size() - 6] = char(flipped.at(flipped.size() - 6) ^ 0xff); // the CRC
        QTest::newRow("bad CRC") << flipped << QStringLiteral("corrupt");
        QTest::newRow("trailing garbage") << gz + QByteArray("garbage") << QStringLiteral("corrupt");
    }

    void badGzip()
    {
        QFETCH(QByteArray, gz);
        QFETCH(QString, error);
        QBuffer in(&gz);
        in.open(QIODevice::ReadOnly);
        QString message;
        QVERIFY(!Ops::gunzip(in, nullptr, nullptr, nullptr, &message));
        QVERIFY2(message.contains(error), qPrintable(message));
    }

    void fullDisk()
    {
        QByteArray gz = Ops::gzipBytes(dump("SELECT 1;\n"));
        QBuffer in(&gz);
        in.open(QIODevice::ReadOnly);
        FullDevice out;
        QString error;
        QVERIFY(!Ops::gunzip(in, &out, nullptr, nullptr, &error));
        QVERIFY2(error.contains(QStringLiteral("disk full")) && error.contains(QStringLiteral("No space left")),
                 qPrintable(error));
    }

    void cancel()
    {
        QByteArray gz = Ops::gzipBytes(dump("SELECT 1;\n"));
        QBuffer in(&gz);
        in.open(QIODevice::ReadOnly);
        std::atomic_bool cancelled{true};
        QString error;
        QVERIFY(!Ops::gunzip(in, nullptr, nullptr, &cancelled, &error));
        QCOMPARE(error, QStringLiteral("cancelled"));
    }

    void quoting()
    {
        QCOMPARE(Ops::quoteIdentifier(QStringLiteral("a\"b")), QStringLiteral("\"a\"\"b\""));
        QCOMPARE(Ops::quoteLiteral(QStringLiteral("it's")), QStringLiteral("'it''s'"));
    }
};

QTEST_GUILESS_MAIN(TestBackupFormat)
#include "testbackupformat.moc"
