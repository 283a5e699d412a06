// SPDX-License-Identifier: GPL-3.0-or-later
// The log evidence of checklist items 7 and 8: which lines are TLS errors and audit lines, when each was written,
// and that Proofer's own probes' refusals are told apart from the services' errors.

#include "audit/checklist.h"
#include "fleet/logevidence.h"
#include "fleet/snapshot.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QDateTime utc(int h, int m, int s, int ms = 0)
{
    return QDateTime(QDate(2026, 12, 7), QTime(h, m, s, ms), Qt::UTC);
}

} // namespace

class TestLogEvidence final : public QObject
{
    Q_OBJECT

private slots:
    void lineTimes_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QDateTime>("expected"); // invalid: no time
        QTest::newRow("PostgreSQL %m") << u"2026-12-07 20:11:07.123 UTC [42] LOG:  connection received: host=10.0.0.7"_s
                                       << utc(20, 11, 7, 123);
        QTest::newRow("PostgreSQL %t") << u"2026-12-07 20:11:07 UTC [42] LOG:  could not accept SSL connection: unsupported protocol"_s
                                       << utc(20, 11, 7);
        QTest::newRow("numeric offset") << u"2026-12-07 21:11:07.500 +01 [7] FATAL:  no pg_hba.conf entry"_s << utc(20, 11, 7, 500);
        QTest::newRow("RabbitMQ ISO") << u"2026-12-07 20:11:07.123456+00:00 [info] <0.900.0> accepting AMQP connection"_s
                                      << utc(20, 11, 7, 123);
        QTest::newRow("Redis") << u"1:M 07 Dec 2026 20:11:07.042 # Error accepting a client connection: error:0A000102"_s
                               << utc(20, 11, 7, 42);
        QTest::newRow("no time (prefix without %m)") << u"[42] LOG:  could not accept SSL connection: EOF detected"_s << QDateTime();
        QTest::newRow("an ambiguous zone is not guessed") << u"2026-12-07 20:11:07 CET [1] LOG: x"_s << QDateTime();
    }

    void lineTimes()
    {
        QFETCH(QString, line);
        QFETCH(QDateTime, expected);
        const std::optional<QDateTime> at = Fleet::logLineTime(line);
        QCOMPARE(at.has_value(), expected.isValid());
        if (at)
            QCOMPARE(*at, expected);
    }

    void classification_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<bool>("tlsError");
        QTest::addColumn<bool>("audit");
        QTest::newRow("refused version") << u"LOG:  could not accept SSL connection: unsupported protocol"_s << true << false;
        QTest::newRow("client does not trust the CA") << u"LOG:  could not accept SSL connection: tlsv1 alert unknown ca"_s << true << false;
        QTest::newRow("a Python client") << u"ssl.SSLCertVerificationError: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed"_s
                                         << true << false;
        QTest::newRow("a Go client") << u"x509: certificate signed by unknown authority"_s << true << false;
        QTest::newRow("Redis handshake") << u"1:M 07 Dec 2026 20:11:07.042 # Error accepting a client connection: wrong version number"_s
                                         << true << false;
        QTest::newRow("connection authorized") << u"LOG:  connection authorized: user=auth_user database=auth_db SSL enabled"_s << false << true;
        QTest::newRow("statement") << u"LOG:  statement: SELECT 1"_s << false << true;
        QTest::newRow("duration") << u"LOG:  duration: 0.412 ms"_s << false << true;
        QTest::newRow("disconnection") << u"LOG:  disconnection: session time: 0:00:00.010 user=a database=b host=c"_s << false << true;
        QTest::newRow("checkpoint") << u"LOG:  checkpoint complete: wrote 3 buffers"_s << false << false;
    }

    void classification()
    {
        QFETCH(QString, line);
        QFETCH(bool, tlsError);
        QFETCH(bool, audit);
        QCOMPARE(Fleet::isTlsErrorLine(line), tlsError);
        QCOMPARE(Fleet::isAuditLine(line), audit);
    }

    void passwordsAreMasked_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("secret");
        QTest::newRow("ALTER ROLE") << u"LOG:  statement: ALTER ROLE app PASSWORD 'hunter2''x'"_s << u"hunter2"_s;
        QTest::newRow("a DSN") << u"connecting with host=db password=s3cr3t sslmode=require"_s << u"s3cr3t"_s;
        QTest::newRow("a URL") << u"error: could not connect to postgresql://app:p4ss@db-service/app"_s << u"p4ss"_s;
    }

    void passwordsAreMasked()
    {
        QFETCH(QString, line);
        QFETCH(QString, secret);
        const QString masked = Fleet::maskedLogLine(line);
        QVERIFY2(!masked.contains(secret), qPrintable(masked));
        QVERIFY(masked.contains(u"***"_s));
    }

    /** A scan's own refused attempts are left out; the services' errors, and those that cannot be placed, are not. */
    void ownProbeLinesAreLeftOut()
    {
        const QByteArray log = "2026-12-07 20:00:01.000 UTC [1] LOG:  connection authorized: user=app database=app SSL enabled\n"
                               "2026-12-07 20:00:02.000 UTC [2] LOG:  could not accept SSL connection: tlsv1 alert unknown ca\n"
                               "2026-12-07 20:10:00.100 UTC [3] LOG:  could not accept SSL connection: unsupported protocol\n"
                               "2026-12-07 20:10:01.900 UTC [4] LOG:  could not accept SSL connection: no shared cipher\n"
                               "[5] LOG:  could not accept SSL connection: EOF detected\n"
                               "2026-12-07 20:10:02.000 UTC [6] LOG:  statement: ALTER ROLE app PASSWORD 'secret-1'\n";
        const Fleet::PodLogRead read = Fleet::classifyLog(log, { { utc(20, 10, 0), utc(20, 10, 1) } });
        QVERIFY(read.read);
        QCOMPARE(read.linesRead, 6);
        QCOMPARE(read.tlsErrorCount, 1);
        QCOMPARE(read.tlsErrors.size(), 1);
        QVERIFY(read.tlsErrors.first().contains(u"unknown ca"_s));
        QCOMPARE(read.ownProbeLines, 2); // inside the window, or within two seconds of it
        QCOMPARE(read.untimedTlsErrors, 1);
        QCOMPARE(read.auditLines, 2);
        const QString json = QString::fromUtf8(QJsonDocument(read.toJson()).toJson());
        QVERIFY2(!json.contains(u"secret-1"_s), qPrintable(json));
    }

    /**
     * Errors from a loopback client are a port-forward's (kubectl port-forward, an operator's psql, Proofer's probes
     * from any machine), never a service's, which connects from its pod's address: PostgreSQL's "connection received"
     * line names the client of that backend (same [pid]); Redis names it in the error line. Left out, and counted.
     */
    void portForwardedClientsAreNotServices()
    {
        const QByteArray log = "2026-12-07 21:00:00.000 UTC [41] LOG:  connection received: host=127.0.0.1 port=51234\n"
                               "2026-12-07 21:00:00.001 UTC [41] LOG:  could not accept SSL connection: unsupported protocol\n"
                               "2026-12-07 21:00:01.000 UTC [42] LOG:  connection received: host=::1 port=51235\n"
                               "[42] LOG:  could not accept SSL connection: no shared cipher\n"
                               "2026-12-07 21:00:02.000 UTC [43] LOG:  connection received: host=10.244.1.17 port=40000\n"
                               "2026-12-07 21:00:02.001 UTC [43] LOG:  could not accept SSL connection: tlsv1 alert unknown ca\n"
                               // pid 41 is reused by a service's backend: its own connection line says so
                               "2026-12-07 21:00:03.000 UTC [41] LOG:  connection received: host=10.244.2.9 port=40001\n"
                               "2026-12-07 21:00:03.001 UTC [41] LOG:  could not accept SSL connection: EOF detected\n"
                               "1:M 07 Dec 2026 21:00:04.000 # Error accepting a client connection: wrong version number "
                               "(addr=127.0.0.1:53710 laddr=127.0.0.1:6379)\n"
                               "1:M 07 Dec 2026 21:00:05.000 # Error accepting a client connection: wrong version number "
                               "(addr=10.244.3.4:53711 laddr=10.244.0.5:6379)\n";
        const Fleet::PodLogRead read = Fleet::classifyLog(log, {});
        QCOMPARE(read.loopbackTlsErrors, 3);
        QCOMPARE(read.tlsErrorCount, 3);
        QCOMPARE(read.untimedTlsErrors, 0);
        QVERIFY(read.tlsErrors.at(0).contains(u"unknown ca"_s));
        QVERIFY(read.tlsErrors.at(1).contains(u"EOF detected"_s));
        QVERIFY(read.tlsErrors.at(2).contains(u"10.244.3.4"_s));
        QCOMPARE(read.toJson().value(u"loopbackTlsErrors"_s).toInt(), 3);
    }

    /** Items 7 and 8 read the scan's log evidence, whatever tab was opened. */
    void checklistReadsTheScansLogs()
    {
        Fleet::Snapshot snapshot;
        Fleet::DatastoreReport clean;
        clean.name = u"auth-db"_s;
        clean.kind = Fleet::Kind::PostgreSQL;
        Fleet::LogObservation logs;
        logs.datastore = Fleet::classifyLog("2026-12-07 20:00:01.000 UTC [1] LOG:  connection authorized: user=a database=a\n", {});
        Fleet::PodLogRead client;
        client.workload = u"Deployment/auth-service"_s;
        client.read = true;
        client.linesRead = 40;
        logs.consumers << client;
        clean.logs = logs;
        Fleet::DatastoreReport failing = clean;
        failing.name = u"orders-db"_s;
        failing.logs->consumers.first().tlsErrorCount = 1;
        failing.logs->consumers.first().tlsErrors = { u"SSL: CERTIFICATE_VERIFY_FAILED"_s };
        failing.logs->datastore = Fleet::classifyLog("2026-12-07 20:00:01.000 UTC [1] LOG:  checkpoint starting: time\n", {});
        Fleet::DatastoreReport unread = clean;
        unread.name = u"tenant-db"_s;
        unread.logs->datastore = {};
        unread.logs->datastore.error = u"pods \"tenant-db-0\" is forbidden"_s;
        snapshot.datastores = { clean, failing, unread };

        const QList<Audit::ChecklistItem> items = Audit::computeChecklist(snapshot, nullptr);
        auto statusOf = [&items](const QString &id, const QString &datastore) {
            for (const Audit::ChecklistItem &item : items) {
                if (item.id != id)
                    continue;
                for (const Audit::ChecklistItem::Result &result : item.results) {
                    if (result.datastore == datastore)
                        return std::make_pair(result.status, result.evidence.join(u" | "));
                }
            }
            return std::make_pair(Audit::ChecklistItem::Status::NotApplicable, QString());
        };
        using S = Audit::ChecklistItem::Status;
        QCOMPARE(statusOf(u"log-tls-errors"_s, u"auth-db"_s).first, S::Pass);
        const auto failed = statusOf(u"log-tls-errors"_s, u"orders-db"_s);
        QCOMPARE(failed.first, S::Fail);
        QVERIFY2(failed.second.contains(u"Deployment/auth-service"_s) && failed.second.contains(u"CERTIFICATE_VERIFY_FAILED"_s),
                 qPrintable(failed.second));
        const auto notRead = statusOf(u"log-tls-errors"_s, u"tenant-db"_s);
        QCOMPARE(notRead.first, S::Partial); // its client's log was read, its own was not
        QVERIFY2(notRead.second.contains(u"forbidden"_s), qPrintable(notRead.second));
        // Item 8: the settings are not audited here (no audit), but the log's own part is there.
        QVERIFY2(statusOf(u"audit-logs"_s, u"auth-db"_s).second.contains(u"connection authorized"_s),
                 qPrintable(statusOf(u"audit-logs"_s, u"auth-db"_s).second));
        QVERIFY2(statusOf(u"audit-logs"_s, u"orders-db"_s).second.contains(u"No connection or statement line"_s),
                 qPrintable(statusOf(u"audit-logs"_s, u"orders-db"_s).second));
    }
};

QTEST_GUILESS_MAIN(TestLogEvidence)
#include "testlogevidence.moc"
