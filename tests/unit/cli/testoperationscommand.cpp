// SPDX-License-Identifier: GPL-3.0-or-later
// `proofer operations`: exit codes of list / resume / rollback / abandon without a cluster (the runs against
// the demo fleet are in tests/integration/ops/testrecoverycrash).
#include "ops/journal.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/wait.h>
#include <unistd.h>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run proofer(const QStringList &arguments)
{
    QProcess process;
    process.start(qEnvironmentVariable("PROOFER_BIN"), arguments);
    Run run;
    if (!process.waitForStarted())
        return run;
    process.closeWriteChannel(); // no terminal, no answer
    if (!process.waitForFinished(30000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

qint64 deadPid()
{
    const pid_t child = ::fork();
    if (child == 0)
        ::_exit(0);
    int status = 0;
    ::waitpid(child, &status, 0);
    return child;
}

QString writeJournal(const QString &dir, qint64 pid, bool ended = false)
{
    Ops::Journal journal = Ops::Journal::create(dir, QStringLiteral("rotate-password"), nullptr);
    journal.append({{QStringLiteral("event"), QStringLiteral("plan")},
                    {QStringLiteral("kind"), QStringLiteral("rotate-password")},
                    {QStringLiteral("title"), QStringLiteral("Rotate the passwords of auth-db")},
                    {QStringLiteral("parameters"), QJsonObject{{QStringLiteral("namespace"), QStringLiteral("bakery-ia")}}},
                    {QStringLiteral("steps"), QJsonArray{QStringLiteral("read-secret/auth-db")}},
                    {QStringLiteral("pid"), pid}});
    journal.append({{QStringLiteral("event"), QStringLiteral("applied")}, {QStringLiteral("step"), QStringLiteral("read-secret/auth-db")},
                    {QStringLiteral("index"), 0}});
    if (ended)
        journal.append({{QStringLiteral("event"), QStringLiteral("end")}, {QStringLiteral("outcome"), QStringLiteral("Succeeded")}});
    return journal.path();
}

} // namespace

class TestOperationsCommand final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY2(!qEnvironmentVariableIsEmpty("PROOFER_BIN"), "PROOFER_BIN is set by ctest"); }

    void badUsage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("unknown action") << QStringList{QStringLiteral("frobnicate")};
        QTest::newRow("resume without a journal") << QStringList{QStringLiteral("resume")};
        QTest::newRow("rollback of a missing journal") << QStringList{QStringLiteral("rollback"), QStringLiteral("/nonexistent/x.jsonl")};
        QTest::newRow("two journals") << QStringList{QStringLiteral("abandon"), QStringLiteral("a"), QStringLiteral("b")};
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--no-such-option")};
    }

    void badUsage()
    {
        QFETCH(QStringList, arguments);
        QTemporaryDir tmp;
        const Run run = proofer(QStringList{QStringLiteral("operations"), QStringLiteral("--journal-dir"), tmp.path()} + arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!run.err.isEmpty());
    }

    void listSaysWhetherAnythingIsUnfinished()
    {
        QTemporaryDir tmp;
        Run run = proofer({QStringLiteral("operations"), QStringLiteral("--journal-dir"), tmp.path()});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QStringLiteral("No unfinished operations")));

        writeJournal(tmp.path(), deadPid(), true); // ended: not listed
        run = proofer({QStringLiteral("operations"), QStringLiteral("list"), QStringLiteral("--journal-dir"), tmp.path()});
        QCOMPARE(run.exitCode, 0);

        const QString path = writeJournal(tmp.path(), deadPid());
        run = proofer({QStringLiteral("operations"), QStringLiteral("list"), QStringLiteral("--journal-dir"), tmp.path()});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains(QFileInfo(path).fileName()), qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("1 of 1 steps applied")));
        QVERIFY(run.out.contains(QStringLiteral("resume, rollback, abandon")));
    }

    void runningElsewhereIsRefused()
    {
        QTemporaryDir tmp;
        const QString path = writeJournal(tmp.path(), qint64(::getpid()));
        for (const QString &action : {QStringLiteral("resume"), QStringLiteral("rollback"), QStringLiteral("abandon")}) {
            const Run run = proofer({QStringLiteral("operations"), action, path, QStringLiteral("--yes")});
            QCOMPARE(run.exitCode, 2);
            QVERIFY2(run.err.contains(QStringLiteral("running elsewhere")), qPrintable(run.err));
        }
        QVERIFY(!Ops::Journal::open(path, nullptr).isFinished());
    }

    void abandonNeedsYesWithoutATerminal()
    {
        QTemporaryDir tmp;
        const QString path = writeJournal(tmp.path(), deadPid());
        Run run = proofer({QStringLiteral("operations"), QStringLiteral("abandon"), path});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QStringLiteral("--yes")));
        QVERIFY(!Ops::Journal::open(path, nullptr).isFinished());

        // By file name, in the journal folder.
        run = proofer({QStringLiteral("operations"), QStringLiteral("abandon"), QFileInfo(path).fileName(), QStringLiteral("--journal-dir"),
                       tmp.path(), QStringLiteral("--yes")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(Ops::Journal::open(path, nullptr).outcome(), QStringLiteral("Abandoned"));

        // Ended now: every action is refused, and the list is empty again.
        run = proofer({QStringLiteral("operations"), QStringLiteral("resume"), path, QStringLiteral("--yes")});
        QCOMPARE(run.exitCode, 2);
        run = proofer({QStringLiteral("operations"), QStringLiteral("--journal-dir"), tmp.path()});
        QCOMPARE(run.exitCode, 0);
    }

    void rotationNeedsThePassphrase()
    {
        QTemporaryDir tmp;
        const QString path = writeJournal(tmp.path(), deadPid());
        const Run run = proofer({QStringLiteral("operations"), QStringLiteral("resume"), path, QStringLiteral("--yes")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("passphrase")), qPrintable(run.err));
    }

    void listedInHelp()
    {
        const Run run = proofer({QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QStringLiteral("  operations ")));
        const Run help = proofer({QStringLiteral("operations"), QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(QStringLiteral("rollback")));
    }
};

QTEST_GUILESS_MAIN(TestOperationsCommand)
#include "testoperationscommand.moc"
