// SPDX-License-Identifier: GPL-3.0-or-later
// The headless face of the one binary: runs the built `proofer` with no display at all.
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTest>

#include <libpq-fe.h>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runProofer(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // No display of any kind: the CLI must not need one.
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    process.setProcessEnvironment(env);
    process.start(qEnvironmentVariable("PROOFER_BIN"), arguments);
    Run run;
    if (!process.waitForFinished(30000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace

class TestCli final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("PROOFER_BIN"), "PROOFER_BIN is set by ctest");
    }

    void versionListsLibraries()
    {
        const Run run = runProofer({QStringLiteral("--version")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith(QStringLiteral("Proofer 0.")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("Qt ") + QString::fromLatin1(qVersion())), qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("OpenSSL 3.")));
        const int pq = PQlibVersion();
        QVERIFY(run.out.contains(QStringLiteral("libpq %1.%2").arg(pq / 10000).arg(pq % 10000)));
        QVERIFY(run.out.contains(QStringLiteral("hiredis 0.14")) || run.out.contains(QStringLiteral("hiredis 1.")));
        QVERIFY(run.out.contains(QStringLiteral("yaml-cpp ")));
        QVERIFY(run.out.contains(QStringLiteral("GPGME ")));
        QVERIFY(run.err.isEmpty());
    }

    void helpListsEveryCommand()
    {
        const Run run = runProofer({QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        for (const char *command : {"scan", "serve", "kubeconfig", "demo", "renew-certs", "rotate-password", "backup",
                                    "restore", "history"}) {
            const QRegularExpression line(QStringLiteral("^  %1 +\\S.+$").arg(QLatin1String(command)),
                                          QRegularExpression::MultilineOption);
            QVERIFY2(line.match(run.out).hasMatch(), command);
        }
        QVERIFY(run.out.contains(QStringLiteral("--version")));
        QVERIFY(run.out.contains(QStringLiteral("--lang")));
    }

    void helpInSpanish()
    {
        const Run run = runProofer({QStringLiteral("--lang"), QStringLiteral("es"), QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("Uso: proofer")), qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("Comandos:")));
    }

    void operationsOfferDryRun_data()
    {
        QTest::addColumn<QString>("command");
        QTest::newRow("renew-certs") << QStringLiteral("renew-certs");
        QTest::newRow("rotate-password") << QStringLiteral("rotate-password");
        QTest::newRow("restore") << QStringLiteral("restore");
    }

    void operationsOfferDryRun()
    {
        // Every operation that changes the fleet can be previewed and needs --yes to act unattended.
        QFETCH(QString, command);
        const Run help = runProofer({command, QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.contains(QStringLiteral("--dry-run")), qPrintable(help.out));
        QVERIFY2(help.out.contains(QStringLiteral("--yes")), qPrintable(help.out));
        const Run bogus = runProofer({command, QStringLiteral("--no-such-option")});
        QCOMPARE(bogus.exitCode, 2);
    }

    void unknownCommand()
    {
        const Run run = runProofer({QStringLiteral("frobnicate")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("unknown command \"frobnicate\"")), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "testcli.moc"
