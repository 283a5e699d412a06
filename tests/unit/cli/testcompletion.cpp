// SPDX-License-Identifier: GPL-3.0-or-later
// `proofer completion bash|zsh|fish` through the built binary: the bash script loads and registers itself, and its
// function, driven with COMP_WORDS/COMP_CWORD as bash drives it at a <TAB>, offers the commands, the options of each
// command's --help and their values (formats, severities, grades, the kubeconfig's contexts). Every option of every
// --help is in the scripts, since they are made from it.
#include "programrun.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Run = TestSupport::ProgramRun;

/** Runs @p program in @p directory, whose kubeconfig.yaml is $KUBECONFIG. */
Run run(const QString &program, const QStringList &arguments, const QString &directory)
{
    return TestSupport::runProgram(program, arguments, directory,
                                   {{QStringLiteral("KUBECONFIG"), QDir(directory).filePath(QStringLiteral("kubeconfig.yaml"))}});
}

} // namespace

class TestCompletion final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("PROOFER_BIN"), "PROOFER_BIN is set by ctest");
        m_bash = QStandardPaths::findExecutable(QStringLiteral("bash"));
        QVERIFY2(!m_bash.isEmpty(), "bash is needed to load the completion");
        QVERIFY(m_dir.isValid());
        QFile kubeconfig(m_dir.filePath(QStringLiteral("kubeconfig.yaml")));
        QVERIFY(kubeconfig.open(QIODevice::WriteOnly));
        kubeconfig.write("apiVersion: v1\nkind: Config\ncurrent-context: prod-eu\n"
                         "clusters: [{name: c, cluster: {server: 'https://127.0.0.1:1'}}]\n"
                         "users: [{name: u, user: {token: t}}]\n"
                         "contexts: [{name: prod-eu, context: {cluster: c, user: u}}, {name: staging, context: {cluster: c, user: u}}]\n");
        kubeconfig.close();
        QFile other(m_dir.filePath(QStringLiteral("other.yaml")));
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.write("apiVersion: v1\nkind: Config\n"
                    "clusters: [{name: c, cluster: {server: 'https://127.0.0.1:1'}}]\n"
                    "users: [{name: u, user: {token: t}}]\n"
                    "contexts: [{name: lab, context: {cluster: c, user: u}}]\n");
    }

    /** The issue's own check: the script loads in bash and registers the completion of proofer. */
    void bashLoads()
    {
        const Run result = bash(QStringLiteral("source <(\"$PROOFER\" completion bash) && complete -p proofer"));
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY2(result.out.contains(QStringLiteral("-F _proofer proofer")), qPrintable(result.out));
        QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
    }

    void bashCompletes_data()
    {
        QTest::addColumn<QString>("line"); ///< the words before the cursor; the last is the word being completed
        QTest::addColumn<QStringList>("offered"); ///< exactly these, in any order
        QTest::newRow("proofer sc") << QStringLiteral("proofer sc") << QStringList{QStringLiteral("scan")};
        QTest::newRow("proofer re") << QStringLiteral("proofer re")
                                    << QStringList{QStringLiteral("renew-certs"), QStringLiteral("restore")};
        QTest::newRow("after a global option") << QStringLiteral("proofer --lang es co") << QStringList{QStringLiteral("completion")};
        QTest::newRow("scan --fail-on h") << QStringLiteral("proofer scan --fail-on h") << QStringList{QStringLiteral("high")};
        QTest::newRow("scan -o s") << QStringLiteral("proofer scan -o s") << QStringList{QStringLiteral("sarif")};
        QTest::newRow("scan --format j") << QStringLiteral("proofer scan --format j") << QStringList{QStringLiteral("json"), QStringLiteral("junit")};
        QTest::newRow("history -o ''") << QStringLiteral("proofer history -o ''") << QStringList{QStringLiteral("text"), QStringLiteral("json")};
        QTest::newRow("scan --fail-under B") << QStringLiteral("proofer scan --fail-under B")
                                             << QStringList{QStringLiteral("B+"), QStringLiteral("B"), QStringLiteral("B-")};
        QTest::newRow("scan --no-") << QStringLiteral("proofer scan --no-")
                                    << QStringList{QStringLiteral("--no-history"), QStringLiteral("--no-progress")};
        QTest::newRow("scan --fail") << QStringLiteral("proofer scan --fail")
                                     << QStringList{QStringLiteral("--fail-under"), QStringLiteral("--fail-on")};
        QTest::newRow("kubeconfig c") << QStringLiteral("proofer kubeconfig c")
                                      << QStringList{QStringLiteral("check"), QStringLiteral("contexts")};
        QTest::newRow("scan --context (from $KUBECONFIG)")
            << QStringLiteral("proofer scan --context ''") << QStringList{QStringLiteral("prod-eu"), QStringLiteral("staging")};
        QTest::newRow("--context of the --kubeconfig on the line")
            << QStringLiteral("proofer rotate-password --kubeconfig other.yaml --context ''") << QStringList{QStringLiteral("lab")};
        QTest::newRow("completion ''") << QStringLiteral("proofer completion ''")
                                       << QStringList{QStringLiteral("bash"), QStringLiteral("zsh"), QStringLiteral("fish")};
        QTest::newRow("scan --timeout: a number, nothing offered") << QStringLiteral("proofer scan --timeout ''") << QStringList{};
        QTest::newRow("renew-certs --y") << QStringLiteral("proofer renew-certs --y") << QStringList{QStringLiteral("--yes")};
    }

    /** Drives the generated function as bash does at a <TAB>: COMP_WORDS, COMP_CWORD, then COMPREPLY. */
    void bashCompletes()
    {
        QFETCH(QString, line);
        QFETCH(QStringList, offered);
        const QString script = QStringLiteral("source <(\"$PROOFER\" completion bash) || exit 9\n"
                                              "COMP_WORDS=(%1); COMP_CWORD=$((${#COMP_WORDS[@]} - 1))\n"
                                              "COMP_WORDS[0]=\"$PROOFER\"\n"
                                              "_proofer\n"
                                              "printf '%s\\n' \"${COMPREPLY[@]}\"\n")
                                   .arg(line);
        const Run result = bash(script);
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QStringList got = result.out.split(u'\n', Qt::SkipEmptyParts);
        got.sort();
        offered.sort();
        QCOMPARE(got, offered);
    }

    void everyOptionIsCompleted_data()
    {
        QTest::addColumn<QString>("command");
        for (const char *command : {"scan", "serve", "kubeconfig", "demo", "renew-certs", "rotate-password", "backup",
                                    "restore", "history", "operations", "completion"})
            QTest::newRow(command) << QString::fromLatin1(command);
    }

    /** Each option line of the command's --help is offered after "proofer COMMAND -" and is in the fish script. */
    void everyOptionIsCompleted()
    {
        QFETCH(QString, command);
        const Run help = run(qEnvironmentVariable("PROOFER_BIN"), {command, QStringLiteral("--help")}, m_dir.path());
        QCOMPARE(help.exitCode, 0);
        static const QRegularExpression optionLine(QStringLiteral("^  (?:-([A-Za-z]), )?--([a-z][a-z0-9-]*)"),
                                                   QRegularExpression::MultilineOption);
        QStringList options;
        for (auto it = optionLine.globalMatch(help.out); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            if (!match.captured(1).isEmpty())
                options << u'-' + match.captured(1);
            options << QStringLiteral("--") + match.captured(2);
        }
        QVERIFY2(options.size() >= 6, qPrintable(help.out)); // -v, --verbose, -q, --quiet, -h, --help at least
        const Run bashReply = bash(QStringLiteral("source <(\"$PROOFER\" completion bash) || exit 9\n"
                                                  "COMP_WORDS=(proofer %1 -); COMP_CWORD=2; _proofer\n"
                                                  "printf '%s\\n' \"${COMPREPLY[@]}\"\n")
                                       .arg(command));
        QVERIFY2(bashReply.exitCode == 0, qPrintable(bashReply.err));
        const QStringList offered = bashReply.out.split(u'\n', Qt::SkipEmptyParts);
        const Run fish = run(qEnvironmentVariable("PROOFER_BIN"), {QStringLiteral("completion"), QStringLiteral("fish")}, m_dir.path());
        QCOMPARE(fish.exitCode, 0);
        for (const QString &option : std::as_const(options)) {
            QVERIFY2(offered.contains(option), qPrintable(QStringLiteral("bash does not offer %1 %2").arg(command, option)));
            const QString fishFlag = option.startsWith(QStringLiteral("--")) ? QStringLiteral("-l ") + option.mid(2)
                                                                             : QStringLiteral("-s ") + option.mid(1);
            QVERIFY2(fish.out.contains(QStringLiteral("__fish_seen_subcommand_from %1'").arg(command))
                         && fish.out.contains(fishFlag),
                     qPrintable(QStringLiteral("fish does not complete %1 %2").arg(command, option)));
        }
    }

    /** zsh loads the bash function through bashcompinit; fish gets its own `complete` lines. */
    void otherShells()
    {
        const Run zsh = run(qEnvironmentVariable("PROOFER_BIN"), {QStringLiteral("completion"), QStringLiteral("zsh")}, m_dir.path());
        QCOMPARE(zsh.exitCode, 0);
        QVERIFY(zsh.out.startsWith(QStringLiteral("#compdef proofer\n")));
        QVERIFY(zsh.out.contains(QStringLiteral("bashcompinit")));
        QVERIFY(zsh.out.contains(QStringLiteral("complete -o filenames -F _proofer proofer")));
        const Run fish = run(qEnvironmentVariable("PROOFER_BIN"), {QStringLiteral("completion"), QStringLiteral("fish")}, m_dir.path());
        QCOMPARE(fish.exitCode, 0);
        QVERIFY(fish.out.contains(QStringLiteral("complete -c proofer -n __fish_use_subcommand -a scan -d ")));
        QVERIFY(fish.out.contains(QStringLiteral("-l fail-on -x -a 'critical high medium low info'")));
        // The shells themselves, where installed (they are not on the build machine: bash is the one required).
        if (const QString zshBinary = QStandardPaths::findExecutable(QStringLiteral("zsh")); !zshBinary.isEmpty()) {
            const Run loaded = run(zshBinary, {QStringLiteral("-c"), QStringLiteral("autoload -U compinit && compinit -u; source <(\"%1\" completion zsh)")
                                                                         .arg(qEnvironmentVariable("PROOFER_BIN"))},
                                   m_dir.path());
            QVERIFY2(loaded.exitCode == 0, qPrintable(loaded.err));
        }
        if (const QString fishBinary = QStandardPaths::findExecutable(QStringLiteral("fish")); !fishBinary.isEmpty()) {
            const Run loaded = run(fishBinary, {QStringLiteral("-c"), QStringLiteral("\"%1\" completion fish | source")
                                                                          .arg(qEnvironmentVariable("PROOFER_BIN"))},
                                   m_dir.path());
            QVERIFY2(loaded.exitCode == 0, qPrintable(loaded.err));
        }
    }

    void refused_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no shell") << QStringList{QStringLiteral("completion")};
        QTest::newRow("tcsh") << QStringList{QStringLiteral("completion"), QStringLiteral("tcsh")};
        QTest::newRow("two shells") << QStringList{QStringLiteral("completion"), QStringLiteral("bash"), QStringLiteral("zsh")};
    }

    void refused()
    {
        QFETCH(QStringList, arguments);
        const Run result = run(qEnvironmentVariable("PROOFER_BIN"), arguments, m_dir.path());
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QStringLiteral("give one shell: bash, zsh or fish")), qPrintable(result.err));
        QVERIFY(result.out.isEmpty());
    }

private:
    Run bash(const QString &script) const
    {
        return TestSupport::runProgram(m_bash, {QStringLiteral("-c"), script}, m_dir.path(),
                                       {{QStringLiteral("PROOFER"), qEnvironmentVariable("PROOFER_BIN")},
                                        {QStringLiteral("KUBECONFIG"), m_dir.filePath(QStringLiteral("kubeconfig.yaml"))}});
    }

    QString m_bash;
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestCompletion)
#include "testcompletion.moc"
