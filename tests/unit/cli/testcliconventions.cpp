// SPDX-License-Identifier: GPL-3.0-or-later
// The terminal's conventions, the same in every command, through the built binary with no display: -o is a format
// (kubectl's meaning) and never a file, a value that looks like a file is refused with a hint; every short flag a
// command accepts is in its --help; an unknown option without a display is usage and exit 2, and the console without
// a display says to use a subcommand (never Qt's platform-plugin abort).
#include "programrun.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
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
        QVERIFY(TestSupport::writeUnreachableTargets(m_dir.filePath(QStringLiteral("targets.yaml"))));
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

    void everyShortFlagIsInTheHelp_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("known"); ///< flags the command is known to take: the probe must find them
        QTest::newRow("scan") << QStringLiteral("scan") << QStringLiteral("hnoqv");
        QTest::newRow("serve") << QStringLiteral("serve") << QStringLiteral("hnqv");
        QTest::newRow("kubeconfig") << QStringLiteral("kubeconfig") << QStringLiteral("hoqv");
        QTest::newRow("demo") << QStringLiteral("demo") << QStringLiteral("hqv");
        QTest::newRow("renew-certs") << QStringLiteral("renew-certs") << QStringLiteral("hnyqv");
        QTest::newRow("rotate-password") << QStringLiteral("rotate-password") << QStringLiteral("hnyqv");
        QTest::newRow("backup") << QStringLiteral("backup") << QStringLiteral("hnqv");
        QTest::newRow("restore") << QStringLiteral("restore") << QStringLiteral("hnqv");
        QTest::newRow("history") << QStringLiteral("history") << QStringLiteral("hoqv");
        QTest::newRow("operations") << QStringLiteral("operations") << QStringLiteral("hnyqv");
    }

    /**
     * Asks the command's parser which short flags it takes: every letter, each followed by a value ("-a x -b x …",
     * so that a flag taking a value cannot hide the next), after -h; the parser names the letters it does not know.
     */
    void everyShortFlagIsInTheHelp()
    {
        QFETCH(QString, command);
        QFETCH(QString, known);
        QStringList probe{command, QStringLiteral("-h")};
        QString letters;
        for (char c = 'a'; c <= 'z'; ++c)
            letters += QLatin1Char(c) + QString(QLatin1Char(c)).toUpper();
        for (const QChar letter : std::as_const(letters))
            probe << QStringLiteral("-") + letter << QStringLiteral("x");
        const Run run = proofer(probe);
        static const QRegularExpression unknownList(QStringLiteral("Unknown options?:? '?([^'.\\n]*)'?\\."));
        const QRegularExpressionMatch match = unknownList.match(run.err);
        QVERIFY2(match.hasMatch(), qPrintable(run.err));
        QSet<QString> unknown;
        for (const QString &name : match.captured(1).split(QStringLiteral(", ")))
            unknown.insert(name.trimmed());
        QSet<QString> accepted;
        for (const QChar letter : std::as_const(letters)) {
            if (!unknown.contains(QString(letter)))
                accepted.insert(QString(letter));
        }
        for (const QChar letter : std::as_const(known))
            QVERIFY2(accepted.contains(QString(letter)), qPrintable(QStringLiteral("-%1 not accepted: ").arg(letter) + run.err));

        const Run help = proofer({command, QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        for (const QString &letter : std::as_const(accepted)) {
            const QRegularExpression listed(QStringLiteral("(^|\\s|\\[)-%1[,\\s]").arg(letter), QRegularExpression::MultilineOption);
            QVERIFY2(listed.match(QString::fromUtf8(help.out)).hasMatch(),
                     qPrintable(QStringLiteral("%1 accepts -%2 but its --help does not show it").arg(command, letter)));
        }
    }

    void unknownOptionWithoutDisplay_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("unknown");
        QTest::newRow("--bogus") << QStringList{QStringLiteral("--bogus")} << QStringLiteral("--bogus");
        QTest::newRow("-x") << QStringList{QStringLiteral("-x")} << QStringLiteral("-x");
        QTest::newRow("after console options")
            << QStringList{QStringLiteral("--read-only"), QStringLiteral("--kubeconfig"), QStringLiteral("k.yaml"),
                           QStringLiteral("--bogus=1")}
            << QStringLiteral("--bogus=1");
    }

    void unknownOptionWithoutDisplay()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, unknown);
        const Run run = proofer(arguments);
        QCOMPARE(run.exitCode, 2); // not 134, Qt's abort
        QVERIFY2(run.err.contains(QStringLiteral("unknown option \"%1\"").arg(unknown)), qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("Usage: proofer")), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }

    void consoleWithoutDisplay_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("nothing") << QStringList{};
        QTest::newRow("console options")
            << QStringList{QStringLiteral("--kubeconfig"), QStringLiteral("k.yaml"), QStringLiteral("--context"),
                           QStringLiteral("one"), QStringLiteral("--namespace=ns"), QStringLiteral("--read-only")};
        QTest::newRow("Qt's options") << QStringList{QStringLiteral("-style"), QStringLiteral("fusion"), QStringLiteral("-reverse")};
    }

    void consoleWithoutDisplay()
    {
        QFETCH(QStringList, arguments);
        const Run run = proofer(arguments);
        QCOMPARE(run.exitCode, 2); // not 134, Qt's abort
        QVERIFY2(run.err.contains(QStringLiteral("no display: use a subcommand, e.g. `proofer scan`")), qPrintable(run.err));
        QVERIFY2(!run.err.contains(QStringLiteral("qt.qpa")), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }

    void logNoise_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("rules");    ///< QT_LOGGING_RULES, or empty
        QTest::addColumn<QStringList>("shown");  ///< each on stderr
        QTest::addColumn<QStringList>("hidden"); ///< none on stderr
        const QString error = QStringLiteral("error: no datastore could be reached");
        const QString probeWarning = QStringLiteral("proofer.probe: ");
        const QString cliDebug = QStringLiteral("proofer.cli: running");
        const QString qtNoise = QStringLiteral("XDG_RUNTIME_DIR");
        QTest::newRow("default: only what the command says")
            << QStringList{} << QString() << QStringList{error} << QStringList{probeWarning, cliDebug, qtNoise};
        QTest::newRow("-q: errors only") << QStringList{QStringLiteral("-q")} << QString() << QStringList{error}
                                         << QStringList{probeWarning, cliDebug, qtNoise};
        QTest::newRow("-v: Proofer's warnings") << QStringList{QStringLiteral("-v")} << QString()
                                                << QStringList{error, probeWarning} << QStringList{cliDebug, qtNoise};
        QTest::newRow("--verbose --verbose: debug and Qt's warnings")
            << QStringList{QStringLiteral("--verbose"), QStringLiteral("--verbose")} << QString()
            << QStringList{error, probeWarning, cliDebug, qtNoise} << QStringList{};
        QTest::newRow("the last of -v and -q wins")
            << QStringList{QStringLiteral("-v"), QStringLiteral("-q")} << QString() << QStringList{error}
            << QStringList{probeWarning, cliDebug, qtNoise};
        QTest::newRow("--verbose=1") << QStringList{QStringLiteral("--verbose=1")} << QString()
                                     << QStringList{probeWarning} << QStringList{cliDebug, qtNoise};
        QTest::newRow("QT_LOGGING_RULES wins over -q")
            << QStringList{QStringLiteral("-q")} << QStringLiteral("proofer.cli.debug=true")
            << QStringList{error, cliDebug, probeWarning} << QStringList{};
        QTest::newRow("QT_LOGGING_RULES can silence a category")
            << QStringList{QStringLiteral("-vv")} << QStringLiteral("proofer.probe=false;qt.*=false;default.warning=false")
            << QStringList{error, cliDebug} << QStringList{probeWarning, qtNoise};
    }

    /**
     * A scan of a refused target to a PDF (Qt Gui on the offscreen platform, with XDG_RUNTIME_DIR unset: Qt warns):
     * its standard error says only what the command means to say unless -v asks for the logs.
     */
    void logNoise()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, rules);
        QFETCH(QStringList, shown);
        QFETCH(QStringList, hidden);
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("out")));
        QMap<QString, QString> environment{{QStringLiteral("XDG_RUNTIME_DIR"), QString()}};
        if (!rules.isEmpty())
            environment.insert(QStringLiteral("QT_LOGGING_RULES"), rules);
        const Run run = proofer(QStringList{QStringLiteral("scan"), QStringLiteral("--targets"), QStringLiteral("targets.yaml"),
                                            QStringLiteral("-o"), QStringLiteral("pdf"), QStringLiteral("--output-file"),
                                            QStringLiteral("out/scan.pdf"), QStringLiteral("--no-history"),
                                            QStringLiteral("--timeout"), QStringLiteral("2")}
                                    + options,
                                environment);
        QVERIFY2(run.exitCode == 3, qPrintable(run.err));
        QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("out/scan.pdf"))));
        for (const QString &text : std::as_const(shown))
            QVERIFY2(run.err.contains(text), qPrintable(QStringLiteral("missing \"%1\" in:\n%2").arg(text, run.err)));
        for (const QString &text : std::as_const(hidden))
            QVERIFY2(!run.err.contains(text), qPrintable(QStringLiteral("\"%1\" leaked:\n%2").arg(text, run.err)));
    }

    void verbosityRefused_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        QTest::newRow("--verbose=9") << QStringList{QStringLiteral("history"), QStringLiteral("--verbose=9")}
                                     << QStringLiteral("--verbose takes a level from 0 to 3");
    }

    void verbosityRefused()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        const Run run = proofer(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(expected), qPrintable(run.err));
    }

    /** Piped (as in CI): no progress on standard error and no escape codes anywhere. */
    void quietWhenPiped()
    {
        const Run run = proofer({QStringLiteral("scan"), QStringLiteral("--targets"), QStringLiteral("targets.yaml"),
                                 QStringLiteral("--no-history"), QStringLiteral("--timeout"), QStringLiteral("2")},
                                {{QStringLiteral("TERM"), QStringLiteral("xterm-256color")}});
        QVERIFY2(run.exitCode == 3, qPrintable(run.err));
        QVERIFY2(run.out.contains("gone-db"), run.out.constData());
        QVERIFY2(!run.err.contains(QStringLiteral("[1/1]")) && !run.err.contains(QStringLiteral("Probing")), qPrintable(run.err));
        QVERIFY(!run.out.contains("\x1b["));
        QVERIFY(!run.err.contains(QLatin1Char('\x1b')));
        QCOMPARE(run.err, QStringLiteral("error: no datastore could be reached\n"));
    }

    void onATerminal_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("noColor"); ///< NO_COLOR, or empty
        QTest::addColumn<bool>("progress");
        QTest::addColumn<bool>("colour");
        QTest::newRow("progress and colour") << QStringList{} << QString() << true << true;
        QTest::newRow("--no-progress") << QStringList{QStringLiteral("--no-progress")} << QString() << false << true;
        QTest::newRow("-q") << QStringList{QStringLiteral("-q")} << QString() << false << true;
        QTest::newRow("NO_COLOR") << QStringList{} << QStringLiteral("1") << true << false;
        QTest::newRow("-o json is never coloured")
            << QStringList{QStringLiteral("-o"), QStringLiteral("json"), QStringLiteral("--no-progress")} << QString() << false << false;
    }

    /**
     * On a pseudo-terminal (util-linux script(1), which the test needs: it fails without it): a line per datastore
     * and a summary on standard error, severities and "not reached" in colour; NO_COLOR and --no-progress honoured.
     */
    void onATerminal()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, noColor);
        QFETCH(bool, progress);
        QFETCH(bool, colour);
        const QString script = QStandardPaths::findExecutable(QStringLiteral("script"));
        QVERIFY2(!script.isEmpty(), "script(1) from util-linux is needed to give proofer a terminal");
        QStringList command{qEnvironmentVariable("PROOFER_BIN"), QStringLiteral("scan"), QStringLiteral("--targets"),
                            QStringLiteral("targets.yaml"), QStringLiteral("--no-history"), QStringLiteral("--timeout"),
                            QStringLiteral("2")};
        command += options;
        for (QString &word : command)
            word = QStringLiteral("'%1'").arg(word);
        QMap<QString, QString> environment{{QStringLiteral("TERM"), QStringLiteral("xterm-256color")}};
        environment.insert(QStringLiteral("NO_COLOR"), noColor);
        const Run run = runProgram(script, {QStringLiteral("-qec"), command.join(u' '), QStringLiteral("/dev/null")}, environment);
        // script(1) puts standard output and error on the one terminal.
        const QString terminal = QString::fromUtf8(run.out);
        QVERIFY2(run.exitCode == 3, qPrintable(terminal + run.err));
        QVERIFY2(terminal.contains(QStringLiteral("gone-db")), qPrintable(terminal));
        QCOMPARE(terminal.contains(QStringLiteral("[1/1]   gone-db")), progress);
        QCOMPARE(terminal.contains(QStringLiteral("Scanned 1 datastore")), progress);
        QCOMPARE(terminal.contains(QStringLiteral("\x1b[31mDOWN (not reached)\x1b[0m")), colour);
        if (!colour)
            QVERIFY2(!terminal.contains(QLatin1Char('\x1b')), qPrintable(terminal));
    }

private:
    /** Runs the binary with no display; @p environment adds variables (an empty value removes one). */
    Run proofer(const QStringList &arguments, const QMap<QString, QString> &environment = {}) const
    {
        return runProgram(qEnvironmentVariable("PROOFER_BIN"), arguments, environment);
    }

    Run runProgram(const QString &program, const QStringList &arguments, const QMap<QString, QString> &environment) const
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        env.remove(QStringLiteral("KUBECONFIG"));
        env.remove(QStringLiteral("QT_LOGGING_RULES"));
        for (auto it = environment.begin(); it != environment.end(); ++it) {
            if (it.value().isEmpty())
                env.remove(it.key());
            else
                env.insert(it.key(), it.value());
        }
        process.setProcessEnvironment(env);
        process.setWorkingDirectory(m_dir.path());
        process.start(program, arguments);
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
