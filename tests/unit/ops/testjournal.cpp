// SPDX-License-Identifier: GPL-3.0-or-later
// The operations journal: JSON lines, owner-only file, torn last line, the unfinished runs.
#include "ops/journal.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

class TestJournal final : public QObject
{
    Q_OBJECT

private:
    static QJsonObject planLine(const QString &kind, bool dryRun = false)
    {
        QJsonObject line{{QStringLiteral("event"), QStringLiteral("plan")}, {QStringLiteral("kind"), kind}};
        if (dryRun)
            line.insert(QStringLiteral("dryRun"), true);
        return line;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void defaultDirectoryIsInTheAppData()
    {
        const QString dir = Ops::Journal::defaultDirectory();
        QVERIFY(dir.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
        QVERIFY(dir.endsWith(QStringLiteral("/journal")));
    }

    void createsAnOwnerOnlyFile()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("nested/journal"));
        QString error;
        Ops::Journal journal = Ops::Journal::create(dir, QStringLiteral("renew-certs"), &error);
        QVERIFY2(journal.isValid(), qPrintable(error));
        QVERIFY(QFileInfo(journal.path()).fileName().startsWith(QStringLiteral("renew-certs-")));
        QVERIFY(journal.path().endsWith(QStringLiteral(".jsonl")));
        struct stat st {};
        QCOMPARE(::stat(QFile::encodeName(journal.path()).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, mode_t(0600));
        QCOMPARE(::stat(QFile::encodeName(dir).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, mode_t(0700));

        // Two journals of the same kind in the same second get different names.
        Ops::Journal second = Ops::Journal::create(dir, QStringLiteral("renew-certs"), &error);
        QVERIFY(second.isValid());
        QVERIFY(second.path() != journal.path());
    }

    void linesAreJsonWithATime()
    {
        QTemporaryDir tmp;
        QString error;
        Ops::Journal journal = Ops::Journal::create(tmp.path(), QStringLiteral("kind"), &error);
        QVERIFY(journal.append(planLine(QStringLiteral("kind")), &error));
        QVERIFY(journal.append({{QStringLiteral("event"), QStringLiteral("applied")},
                                {QStringLiteral("step"), QStringLiteral("patch/a")},
                                {QStringLiteral("index"), 0},
                                {QStringLiteral("message"), QStringLiteral("ünïcode “quoted”\nnew line")},
                                {QStringLiteral("facts"), QJsonObject{{QStringLiteral("serial"), QStringLiteral("0a:1b")}}},
                                {QStringLiteral("state"), QJsonObject{{QStringLiteral("rv"), QStringLiteral("42")}}}},
                               &error));
        QVERIFY(!journal.isFinished());

        QFile file(journal.path());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.size(), 3); // two lines and the empty rest after the last newline
        QVERIFY(lines.last().isEmpty());
        for (int i = 0; i < 2; ++i) {
            QJsonParseError parseError;
            const QJsonDocument doc = QJsonDocument::fromJson(lines.at(i), &parseError);
            QCOMPARE(parseError.error, QJsonParseError::NoError);
            QVERIFY(doc.isObject());
            QVERIFY(QDateTime::fromString(doc.object().value(QLatin1String("time")).toString(), Qt::ISODateWithMs).isValid());
        }

        const QList<Ops::Journal::Entry> entries = journal.entries();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(1).event, QStringLiteral("applied"));
        QCOMPARE(entries.at(1).step, QStringLiteral("patch/a"));
        QCOMPARE(entries.at(1).index, 0);
        QCOMPARE(entries.at(1).message, QStringLiteral("ünïcode “quoted”\nnew line"));
        QCOMPARE(entries.at(1).facts.value(QLatin1String("serial")).toString(), QStringLiteral("0a:1b"));
        QCOMPARE(entries.at(1).state.value(QLatin1String("rv")).toString(), QStringLiteral("42"));
        QVERIFY(entries.at(1).time.isValid());
        QCOMPARE(journal.header().value(QLatin1String("kind")).toString(), QStringLiteral("kind"));

        QVERIFY(journal.append({{QStringLiteral("event"), QStringLiteral("end")}, {QStringLiteral("outcome"), QStringLiteral("Succeeded")}}));
        QVERIFY(journal.isFinished());
    }

    void tornLastLineIsIgnored()
    {
        QTemporaryDir tmp;
        QString error;
        Ops::Journal journal = Ops::Journal::create(tmp.path(), QStringLiteral("kind"), &error);
        QVERIFY(journal.append(planLine(QStringLiteral("kind"))));
        QFile file(journal.path());
        QVERIFY(file.open(QIODevice::Append));
        file.write("{\"event\":\"applied\",\"st");
        file.close();
        QCOMPARE(journal.entries().size(), 1);
    }

    void openChecksItIsAJournal()
    {
        QTemporaryDir tmp;
        QString error;
        QFile other(tmp.filePath(QStringLiteral("other.jsonl")));
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.write("{\"hello\":1}\n");
        other.close();
        QVERIFY(!Ops::Journal::open(other.fileName(), &error).isValid());
        QVERIFY(!error.isEmpty());
        QVERIFY(!Ops::Journal::open(tmp.filePath(QStringLiteral("missing.jsonl")), &error).isValid());

        Ops::Journal journal = Ops::Journal::create(tmp.path(), QStringLiteral("kind"), &error);
        QVERIFY(journal.append(planLine(QStringLiteral("kind"))));
        Ops::Journal reopened = Ops::Journal::open(journal.path(), &error);
        QVERIFY2(reopened.isValid(), qPrintable(error));
        QVERIFY(reopened.append({{QStringLiteral("event"), QStringLiteral("resume")}}));
        QCOMPARE(journal.entries().size(), 2);
    }

    void unfinishedListsCrashedRunsOldestFirst()
    {
        QTemporaryDir tmp;
        QString error;
        auto make = [&](const QString &kind, const QString &time, bool finished, bool dryRun = false) {
            Ops::Journal j = Ops::Journal::create(tmp.path(), kind, &error);
            QJsonObject line = planLine(kind, dryRun);
            line.insert(QStringLiteral("time"), time);
            j.append(line);
            if (finished)
                j.append({{QStringLiteral("event"), QStringLiteral("end")}, {QStringLiteral("outcome"), QStringLiteral("Succeeded")}});
            return j.path();
        };
        const QString newer = make(QStringLiteral("a"), QStringLiteral("2026-01-02T10:00:00.000Z"), false);
        const QString older = make(QStringLiteral("b"), QStringLiteral("2026-01-01T10:00:00.000Z"), false);
        make(QStringLiteral("c"), QStringLiteral("2026-01-01T09:00:00.000Z"), true);
        make(QStringLiteral("d"), QStringLiteral("2026-01-01T08:00:00.000Z"), false, true);
        QFile stray(tmp.filePath(QStringLiteral("notes.txt")));
        QVERIFY(stray.open(QIODevice::WriteOnly));
        QCOMPARE(Ops::Journal::unfinished(tmp.path()), QStringList({older, newer}));
        QVERIFY(Ops::Journal::unfinished(tmp.filePath(QStringLiteral("missing"))).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestJournal)
#include "testjournal.moc"
