// SPDX-License-Identifier: GPL-3.0-or-later
// The scan history: audited snapshots kept byte for byte, listed newest first, pruned to the newest N and the last
// year, and compared by datastore and finding id.
#include "mockclock.h"
#include "reportfixtures.h"

#include "report/history.h"
#include "report/report.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

QByteArray auditedJson(const Fleet::Snapshot &snapshot)
{
    return Report::snapshotJson(snapshot, ReportFixtures::audit(snapshot));
}

QByteArray snapshotAt(const QDateTime &takenAt, const QString &namespaceName = QStringLiteral("bakery-ia"))
{
    Fleet::Snapshot snapshot = ReportFixtures::snapshot();
    snapshot.takenAt = takenAt;
    snapshot.namespaceName = namespaceName;
    return auditedJson(snapshot);
}

QJsonObject findingsSnapshot(const QString &letter, double score,
                             const QList<QPair<QString, QStringList>> &datastores, const QStringList &fleetFindings)
{
    QJsonArray stores;
    for (const auto &store : datastores) {
        QJsonArray findings;
        for (const QString &id : store.second)
            findings.append(QJsonObject{{QStringLiteral("id"), id},
                                        {QStringLiteral("datastore"), store.first},
                                        {QStringLiteral("severity"), id.startsWith(u'T') ? QStringLiteral("critical")
                                                                                         : QStringLiteral("medium")},
                                        {QStringLiteral("title"), QString(id + QStringLiteral(" title"))}});
        stores.append(QJsonObject{{QStringLiteral("name"), store.first}, {QStringLiteral("findings"), findings}});
    }
    QJsonArray fleet;
    for (const QString &id : fleetFindings)
        fleet.append(QJsonObject{{QStringLiteral("id"), id},
                                 {QStringLiteral("datastore"), QStringLiteral("namespace/bakery-ia")},
                                 {QStringLiteral("severity"), QStringLiteral("high")}});
    return QJsonObject{
        {QStringLiteral("schema"), QStringLiteral("proofer.snapshot/v1")},
        {QStringLiteral("takenAt"), QStringLiteral("2026-01-01T12:00:00Z")},
        {QStringLiteral("scope"), QJsonObject{{QStringLiteral("source"), QStringLiteral("kubernetes")},
                                              {QStringLiteral("namespace"), QStringLiteral("bakery-ia")}}},
        {QStringLiteral("datastores"), stores},
        {QStringLiteral("fleetFindings"), fleet},
        {QStringLiteral("grade"), QJsonObject{{QStringLiteral("letter"), letter}, {QStringLiteral("score"), score}}},
    };
}

QStringList keys(const QList<Report::FindingKey> &findings)
{
    QStringList list;
    for (const Report::FindingKey &f : findings)
        list << QString(f.datastore + u'/' + f.id);
    return list;
}

} // namespace

class TestHistory final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { m_clock.setNow(ReportFixtures::kNow); }

    void defaultDirectoryIsTheAppDataHistory()
    {
        const QString dir = Report::HistoryStore::defaultDirectory();
        QVERIFY(dir.endsWith(QStringLiteral("/history")));
        QVERIFY(dir.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
        QCOMPARE(Report::HistoryStore().directory(), dir);
    }

    void saveListLoad()
    {
        QTemporaryDir dir;
        Report::HistoryStore store(dir.path() + QStringLiteral("/history"));
        QVERIFY(store.entries().isEmpty()); // the directory does not exist yet

        const QByteArray first = snapshotAt(ReportFixtures::kNow.addDays(-2));
        const QByteArray second = snapshotAt(ReportFixtures::kNow.addDays(-1));
        const QByteArray third = snapshotAt(ReportFixtures::kNow);
        QString error;
        const QString firstPath = store.save(first, &error);
        QVERIFY2(!firstPath.isEmpty(), qPrintable(error));
        QVERIFY(!store.save(third, &error).isEmpty());
        QVERIFY(!store.save(second, &error).isEmpty());
        // The same scan twice keeps both files.
        QVERIFY(!store.save(third, &error).isEmpty());

        // Byte for byte: the SHA-256 printed in an evidence pack is the SHA-256 of the history file.
        QFile file(firstPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), first);
        QVERIFY(firstPath.endsWith(QStringLiteral("/20251230T120000Z-bakery-ia.json")));
        // Owner only: a snapshot names hosts, settings and weaknesses.
        const auto groupOrOther = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
                                  | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
        const QFileDevice::Permissions filePermissions = QFileInfo(firstPath).permissions();
        QVERIFY(filePermissions.testFlag(QFileDevice::ReadOwner) && filePermissions.testFlag(QFileDevice::WriteOwner));
        QCOMPARE(filePermissions & groupOrOther, QFileDevice::Permissions());
        QCOMPARE(QFileInfo(dir.path() + QStringLiteral("/history")).permissions() & groupOrOther, QFileDevice::Permissions());

        const QList<Report::HistoryEntry> entries = store.entries();
        QCOMPARE(entries.size(), 4);
        QCOMPARE(entries.at(0).takenAt, ReportFixtures::kNow);
        QCOMPARE(entries.at(1).takenAt, ReportFixtures::kNow);
        QCOMPARE(entries.at(2).takenAt, ReportFixtures::kNow.addDays(-1));
        QCOMPARE(entries.at(3).takenAt, ReportFixtures::kNow.addDays(-2));
        QCOMPARE(entries.at(3).path, firstPath);

        const Fleet::Snapshot snapshot = ReportFixtures::snapshot();
        const Audit::Audit audit = ReportFixtures::audit(snapshot);
        const Report::HistoryEntry &latest = entries.constFirst();
        QCOMPARE(latest.source, QStringLiteral("kubernetes"));
        QCOMPARE(latest.scope, QStringLiteral("bakery-ia"));
        QCOMPARE(latest.context, QStringLiteral("kind-proofer"));
        QCOMPARE(latest.server, QStringLiteral("https://127.0.0.1:6443"));
        QCOMPARE(latest.letter, audit.grade.fleet.letter);
        QCOMPARE(latest.score, audit.grade.fleet.score);
        QCOMPARE(latest.counts.value(QStringLiteral("critical")), audit.grade.fleet.counts.value(Audit::Severity::Critical));
        QCOMPARE(latest.counts.value(QStringLiteral("high")), audit.grade.fleet.counts.value(Audit::Severity::High));
        QCOMPARE(latest.datastores, 4);
        QCOMPARE(latest.findings, int(audit.findings.size()));

        const auto loaded = Report::HistoryStore::load(firstPath, &error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(loaded->value(QStringLiteral("schema")).toString(), QStringLiteral("proofer.snapshot/v1"));
        QVERIFY(!Report::HistoryStore::load(dir.filePath(QStringLiteral("missing.json")), &error));
        QVERIFY(error.contains(QStringLiteral("missing.json")));
    }

    void scopeFilterAndBrokenFiles()
    {
        QTemporaryDir dir;
        Report::HistoryStore store(dir.path());
        QVERIFY(!store.save(snapshotAt(ReportFixtures::kNow)).isEmpty());
        QVERIFY(!store.save(snapshotAt(ReportFixtures::kNow.addSecs(-60), QStringLiteral("payments"))).isEmpty());
        QFile broken(dir.filePath(QStringLiteral("zz-broken.json")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{ not json");
        broken.close();
        QFile other(dir.filePath(QStringLiteral("other.json")));
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.write(R"({"schema": "something/else"})");
        other.close();

        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("history: skipping .*zz-broken.json")));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("history: skipping .*other.json")));
        QCOMPARE(store.entries().size(), 2);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("history: skipping")));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("history: skipping")));
        const QList<Report::HistoryEntry> payments = store.entries(QStringLiteral("payments"));
        QCOMPARE(payments.size(), 1);
        QCOMPARE(payments.constFirst().scope, QStringLiteral("payments"));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("history: skipping")));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("history: skipping")));
        QCOMPARE(store.entries(QStringLiteral("kind-proofer")).size(), 2); // by context

        QString error;
        QVERIFY(store.save("not a snapshot", &error).isEmpty());
        QVERIFY(error.contains(QStringLiteral("not a snapshot")));
    }

    void pruneKeepsTheNewestOfTheLastYear()
    {
        QTemporaryDir dir;
        Report::HistoryStore store(dir.path());
        // A scan older than the retention is dropped as soon as it is saved.
        QVERIFY(!store.save(snapshotAt(ReportFixtures::kNow.addDays(-Report::HistoryStore::kMaxAgeDays - 1))).isEmpty());
        QCOMPARE(store.entries().size(), 0);
        for (int days : {300, 10, 5, 2, 0})
            QVERIFY(!store.save(snapshotAt(ReportFixtures::kNow.addDays(-days))).isEmpty());
        QCOMPARE(store.entries().size(), 5);

        // 360 days later the scans of 300 and 10 days ago are older than a year; 5 days ago is exactly a year.
        QCOMPARE(store.prune(ReportFixtures::kNow.addDays(360)), 2);
        QCOMPARE(store.entries().size(), 3);
        // At most N: the newest stay.
        QCOMPARE(store.prune(ReportFixtures::kNow, 2), 1);
        const QList<Report::HistoryEntry> kept = store.entries();
        QCOMPARE(kept.size(), 2);
        QCOMPARE(kept.at(0).takenAt, ReportFixtures::kNow);
        QCOMPARE(kept.at(1).takenAt, ReportFixtures::kNow.addDays(-2));
        QCOMPARE(store.prune(ReportFixtures::kNow), 0);
    }

    void diffNewAndFixed()
    {
        const QJsonObject before = findingsSnapshot(
            QStringLiteral("D"), 64.5,
            {{QStringLiteral("auth-db"), {QStringLiteral("PG-LOG-004"), QStringLiteral("TLS-001")}},
             {QStringLiteral("redis"), {}}},
            {QStringLiteral("KUBE-001")});
        const QJsonObject after = findingsSnapshot(
            QStringLiteral("B"), 84.0,
            {{QStringLiteral("auth-db"), {QStringLiteral("PG-LOG-004")}},
             {QStringLiteral("redis"), {QStringLiteral("REDIS-AUTH-001"), QStringLiteral("TLS-001")}}},
            {});
        const Report::HistoryDiff diff = Report::diffSnapshots(before, after);
        QCOMPARE(keys(diff.newFindings), (QStringList{QStringLiteral("redis/TLS-001"), QStringLiteral("redis/REDIS-AUTH-001")}));
        QCOMPARE(keys(diff.fixedFindings),
                 (QStringList{QStringLiteral("auth-db/TLS-001"), QStringLiteral("namespace/bakery-ia/KUBE-001")}));
        QCOMPARE(diff.unchanged, 1);
        QCOMPARE(diff.from.letter, QStringLiteral("D"));
        QCOMPARE(diff.to.letter, QStringLiteral("B"));
        QCOMPARE(*diff.to.score, 84.0);
        const QJsonObject json = diff.toJson();
        QCOMPARE(json.value(QStringLiteral("newFindings")).toArray().size(), 2);
        QCOMPARE(json.value(QStringLiteral("fixedFindings")).toArray().size(), 2);

        // The same snapshot twice: nothing new, nothing fixed.
        const Report::HistoryDiff same = Report::diffSnapshots(after, after);
        QVERIFY(same.newFindings.isEmpty());
        QVERIFY(same.fixedFindings.isEmpty());
        QCOMPARE(same.unchanged, 3);
    }

    void diffOfAuditedSnapshots()
    {
        Fleet::Snapshot before = ReportFixtures::snapshot();
        Fleet::Snapshot after = before;
        // legacy-db gets TLS: its TLS-001 is fixed.
        after.datastores[1] = ReportFixtures::authDb();
        after.datastores[1].name = QStringLiteral("legacy-db");
        const auto load = [](const QByteArray &json) { return QJsonDocument::fromJson(json).object(); };
        const Report::HistoryDiff diff =
            Report::diffSnapshots(load(auditedJson(before)), load(auditedJson(after)));
        QVERIFY2(keys(diff.fixedFindings).contains(QStringLiteral("legacy-db/TLS-001")),
                 qPrintable(keys(diff.fixedFindings).join(u',')));
        QVERIFY(!keys(diff.newFindings).contains(QStringLiteral("legacy-db/TLS-001")));
        QVERIFY(*diff.to.score > *diff.from.score);
    }

private:
    Test::MockClock m_clock; // save() prunes against the clock: pinned so the fixtures never age out
};

QTEST_GUILESS_MAIN(TestHistory)
#include "testhistory.moc"
