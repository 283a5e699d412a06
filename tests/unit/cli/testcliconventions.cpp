// SPDX-License-Identifier: GPL-3.0-or-later
// The terminal's conventions, the same in every command, through the built binary with no display: -o is a format
// (kubectl's meaning) and never a file, a value that looks like a file is refused with a hint.
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

} // namespace

class TestCliConventions final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("PROOFER_BIN"), "PROOFER_BIN is set by ctest");
        QVERIFY(m_dir.isValid());
        // One target that refuses at once: a scan that ends quickly (exit 3) but still writes its report.
        QTcpServer reserve;
        QVERIFY(reserve.listen(QHostAddress::LocalHost));
        const quint16 port = reserve.serverPort();
        reserve.close();
        QFile targets(m_dir.filePath(QStringLiteral("targets.yaml")));
        QVERIFY(targets.open(QIODevice::WriteOnly));
        targets.write(QStringLiteral("datastores:\n  - {name: gone-db, kind: postgresql, host: 127.0.0.1, port: %1}\n")
                          .arg(port)
                          .toUtf8());
        QFile kubeconfig(m_dir.filePath(QStringLiteral("kubeconfig.yaml")));
        QVERIFY(kubeconfig.open(QIODevice::WriteOnly));
        kubeconfig.write("apiVersion: v1\nkind: Config\ncurrent-context: one\n"
                         "clusters: [{name: c, cluster: {server: 'https://127.0.0.1:1'}}]\n"
                         "users: [{name: u, user: {token: t}}]\n"
                         "contexts: [{name: one, context: {cluster: c, user: u, namespace: ns}}]\n");
    }

    /** `scan -o json` prints JSON; it once wrote a text report to a file named "json". */
    void scanOutputIsAFormat()
    {
        const Run run = proofer({QStringLiteral("scan"), QStringLiteral("--targets"), QStringLiteral("targets.yaml"),
                                 QStringLiteral("-o"), QStringLiteral("json"), QStringLiteral("--no-history"),
                                 QStringLiteral("--timeout"), QStringLiteral("2")});
        QVERIFY2(run.exitCode == 3, qPrintable(run.err));
        const QJsonObject root = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(root.value(QStringLiteral("schema")).toString(), QStringLiteral("proofer.snapshot/v1"));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("json"))));

        // --output-file writes the file; --format is the same option as -o.
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("out")));
        const Run written = proofer({QStringLiteral("scan"), QStringLiteral("--targets"), QStringLiteral("targets.yaml"),
                                     QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--output-file"),
                                     QStringLiteral("out/scan.json"), QStringLiteral("--no-history"),
                                     QStringLiteral("--timeout"), QStringLiteral("2")});
        QVERIFY2(written.exitCode == 3, qPrintable(written.err));
        QVERIFY(written.out.isEmpty());
        QFile json(m_dir.filePath(QStringLiteral("out/scan.json")));
        QVERIFY(json.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(json.readAll()).object().value(QStringLiteral("schema")).toString(),
                 QStringLiteral("proofer.snapshot/v1"));
    }

    void outputFormatsEverywhere_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("expected"); ///< on stdout for 0, on stderr otherwise
        const QString kubeconfig = QStringLiteral("kubeconfig.yaml");
        QTest::newRow("kubeconfig -o json")
            << QStringList{QStringLiteral("kubeconfig"), QStringLiteral("contexts"), QStringLiteral("--kubeconfig"),
                           kubeconfig, QStringLiteral("-o"), QStringLiteral("json")}
            << 0 << QStringLiteral("\"name\": \"one\"");
        QTest::newRow("kubeconfig --output=json")
            << QStringList{QStringLiteral("kubeconfig"), QStringLiteral("contexts"), QStringLiteral("--kubeconfig"),
                           kubeconfig, QStringLiteral("--output=json")}
            << 0 << QStringLiteral("\"name\": \"one\"");
        QTest::newRow("kubeconfig --format json")
            << QStringList{QStringLiteral("kubeconfig"), QStringLiteral("contexts"), QStringLiteral("--kubeconfig"),
                           kubeconfig, QStringLiteral("--format"), QStringLiteral("json")}
            << 0 << QStringLiteral("\"name\": \"one\"");
        QTest::newRow("history -o json") << QStringList{QStringLiteral("history"), QStringLiteral("-o"), QStringLiteral("json")}
                                         << 0 << QStringLiteral("\"entries\"");
        // Refused: a file name where a format goes, with the hint for that command.
        QTest::newRow("scan -o report.txt")
            << QStringList{QStringLiteral("scan"), QStringLiteral("--targets"), QStringLiteral("targets.yaml"),
                           QStringLiteral("-o"), QStringLiteral("report.txt")}
            << 2 << QStringLiteral("use --output-file report.txt");
        QTest::newRow("scan --output dir/report")
            << QStringList{QStringLiteral("scan"), QStringLiteral("--targets"), QStringLiteral("targets.yaml"),
                           QStringLiteral("--output"), QStringLiteral("dir/report")}
            << 2 << QStringLiteral("use --output-file dir/report");
        QTest::newRow("scan -o an existing file")
            << QStringList{QStringLiteral("scan"), QStringLiteral("--targets"), QStringLiteral("targets.yaml"),
                           QStringLiteral("-o"), QStringLiteral("out")}
            << 2 << QStringLiteral("use --output-file out");
        QTest::newRow("kubeconfig -o out.json")
            << QStringList{QStringLiteral("kubeconfig"), QStringLiteral("contexts"), QStringLiteral("--kubeconfig"),
                           kubeconfig, QStringLiteral("-o"), QStringLiteral("out.json")}
            << 2 << QStringLiteral("redirect standard output (> out.json)");
        QTest::newRow("history -o h.json") << QStringList{QStringLiteral("history"), QStringLiteral("-o"), QStringLiteral("h.json")}
                                           << 2 << QStringLiteral("redirect standard output");
        QTest::newRow("scan -o yaml")
            << QStringList{QStringLiteral("scan"), QStringLiteral("--targets"), QStringLiteral("targets.yaml"),
                           QStringLiteral("-o"), QStringLiteral("yaml")}
            << 2 << QStringLiteral("unknown output format \"yaml\" (text, json, html, pdf, sarif, junit)");
        QTest::newRow("scan --format and -o differ")
            << QStringList{QStringLiteral("scan"), QStringLiteral("--targets"), QStringLiteral("targets.yaml"),
                           QStringLiteral("--format"), QStringLiteral("html"), QStringLiteral("-o"), QStringLiteral("json")}
            << 2 << QStringLiteral("name two formats");
        QTest::newRow("kubeconfig has no --output-file")
            << QStringList{QStringLiteral("kubeconfig"), QStringLiteral("contexts"), QStringLiteral("--kubeconfig"),
                           kubeconfig, QStringLiteral("--output-file"), QStringLiteral("x")}
            << 2 << QStringLiteral("output-file");
    }

    void outputFormatsEverywhere()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, expected);
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("out")));
        const Run run = proofer(arguments);
        QVERIFY2(run.exitCode == exitCode, qPrintable(run.err));
        if (exitCode == 0)
            QVERIFY2(run.out.contains(expected.toUtf8()), run.out.constData());
        else
            QVERIFY2(run.err.contains(expected), qPrintable(run.err));
    }

private:
    Run proofer(const QStringList &arguments) const
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        env.remove(QStringLiteral("KUBECONFIG"));
        process.setProcessEnvironment(env);
        process.setWorkingDirectory(m_dir.path());
        process.start(qEnvironmentVariable("PROOFER_BIN"), arguments);
        Run run;
        if (!process.waitForFinished(60000)) {
            process.kill();
            process.waitForFinished();
            return run;
        }
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
        run.out = process.readAllStandardOutput();
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestCliConventions)
#include "testcliconventions.moc"
