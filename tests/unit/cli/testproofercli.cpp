// SPDX-License-Identifier: GPL-3.0-or-later
// proofer-cli, the command line without Qt Gui: it links no graphics library (ldd sees the whole closure), runs the
// same subcommands as proofer with no display, and says what needs the console package instead of failing.
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    Run result;
    if (!process.waitForFinished(60000))
        return result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

Run cli(const QStringList &arguments)
{
    return run(qEnvironmentVariable("PROOFER_CLI_BIN"), arguments);
}

} // namespace

class TestProoferCli final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("PROOFER_CLI_BIN"), "PROOFER_CLI_BIN is set by ctest");
    }

    // Its whole library closure, as the dynamic loader resolves it: Qt Core, Network, WebSockets, Concurrent and the
    // engine's libraries, nothing of Qt Gui, Widgets, Charts, X11, Wayland or OpenGL. proofer itself does link them
    // (the check can fail).
    void linksNoGraphicsLibrary_data()
    {
        QTest::addColumn<QString>("binary");
        QTest::addColumn<bool>("graphics");
        QTest::newRow("proofer-cli") << qEnvironmentVariable("PROOFER_CLI_BIN") << false;
        QTest::newRow("proofer") << qEnvironmentVariable("PROOFER_BIN") << true;
    }

    void linksNoGraphicsLibrary()
    {
        QFETCH(QString, binary);
        QFETCH(bool, graphics);
        const QString ldd = QStandardPaths::findExecutable(QStringLiteral("ldd"));
        QVERIFY2(!ldd.isEmpty(), "ldd (libc-bin) is needed");
        const Run libraries = run(ldd, { binary });
        QCOMPARE(libraries.exitCode, 0);
        QVERIFY2(libraries.out.contains(QStringLiteral("libQt6Core.so")), qPrintable(libraries.out));
        QVERIFY2(!libraries.out.contains(QStringLiteral("not found")), qPrintable(libraries.out));
        QStringList found;
        for (const char *library : { "libQt6Gui.so", "libQt6Widgets.so", "libQt6Charts.so", "libX11.so", "libxcb.so",
                                     "libGL.so", "libEGL.so", "libOpenGL.so", "libwayland-client.so", "libxkbcommon.so" }) {
            if (libraries.out.contains(QLatin1String(library)))
                found << QLatin1String(library);
        }
        if (graphics)
            QVERIFY2(found.contains(QStringLiteral("libQt6Widgets.so")), qPrintable(libraries.out));
        else
            QVERIFY2(found.isEmpty(), qPrintable(found.join(u' ')));
    }

    void versionAndHelp()
    {
        const Run version = cli({ QStringLiteral("--version") });
        QCOMPARE(version.exitCode, 0);
        QVERIFY2(version.out.startsWith(QStringLiteral("Proofer 0.")), qPrintable(version.out));
        const Run help = cli({ QStringLiteral("scan"), QStringLiteral("--help") });
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.contains(QStringLiteral("--fail-under")), qPrintable(help.out));
    }

    // Without a subcommand there is no window to open: it says what to do, exit 2, and never aborts on a platform
    // plugin.
    void noSubcommandSaysWhatToDo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("nothing") << QStringList();
        QTest::newRow("console options only") << QStringList { QStringLiteral("--read-only") };
    }

    void noSubcommandSaysWhatToDo()
    {
        QFETCH(QStringList, arguments);
        const Run result = cli(arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QStringLiteral("proofer-cli: a subcommand is needed"))
                     && result.err.contains(QStringLiteral("proofer package")),
                 qPrintable(result.err));
    }

    // A scan runs headless: here of a target nobody listens on, which is unreachable (exit 3), named in the output.
    void scanRunsHeadless()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        QTemporaryDir dir;
        QFile targets(dir.filePath(QStringLiteral("targets.yaml")));
        QVERIFY(targets.open(QIODevice::WriteOnly));
        targets.write(QStringLiteral("datastores:\n  - name: nobody-db\n    kind: postgresql\n    host: 127.0.0.1\n"
                                     "    port: %1\n")
                          .arg(port)
                          .toUtf8());
        targets.close();
        const Run json = cli({ QStringLiteral("scan"), QStringLiteral("--targets"), targets.fileName(), QStringLiteral("-o"),
                               QStringLiteral("json"), QStringLiteral("--timeout"), QStringLiteral("5") });
        QCOMPARE(json.exitCode, 3);
        QVERIFY2(json.out.contains(QStringLiteral("\"proofer.snapshot/v1\"")) && json.out.contains(QStringLiteral("nobody-db")),
                 qPrintable(json.out + json.err));
        // The PDF is laid out with Qt Gui: the console's binary writes it, this one says it cannot.
        const Run pdf = cli({ QStringLiteral("scan"), QStringLiteral("--targets"), targets.fileName(), QStringLiteral("-o"),
                              QStringLiteral("pdf"), QStringLiteral("--timeout"), QStringLiteral("5") });
        QVERIFY(pdf.exitCode != 0);
        QVERIFY2(pdf.err.contains(QStringLiteral("cannot write PDF")), qPrintable(pdf.err));
    }

    void demoGuiNeedsTheConsole()
    {
        const Run result = cli({ QStringLiteral("demo"), QStringLiteral("--gui") });
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QStringLiteral("proofer-cli does not have")), qPrintable(result.err));
    }
};

QTEST_GUILESS_MAIN(TestProoferCli)
#include "testproofercli.moc"
