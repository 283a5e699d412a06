// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/operationscommand.h"
#include "cli/terminal.h"

#include "cli/cli.h"
#include "cli/clioutput.h"
#include "cli/operationoptions.h"
#include "kube/kubeclient.h"
#include "ops/journal.h"
#include "ops/recovery.h"
#include "ops/runner.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>
#include <QTimer>

#include <csignal>
#include <memory>

#include <unistd.h>

namespace Cli {

namespace {

QString operationsHelpTextBody()
{
    return QCoreApplication::translate("Cli", "Usage: proofer operations [list] [--journal-dir DIR]\n"
              "       proofer operations resume|rollback JOURNAL [--kubeconfig FILE] [--context NAME] [--yes]\n"
              "                          [--recovery-passphrase-file FILE]\n"
              "       proofer operations abandon JOURNAL [--yes]\n"
              "\n"
              "Lists the operations that did not finish (Proofer or the machine stopped while they ran) from\n"
              "their journals: what, when, how far, and whether the process that ran them is still alive (then\n"
              "it is running elsewhere and nothing may be done to it). resume continues from the first step not\n"
              "applied; rollback undoes the steps that were applied; abandon marks the journal ended without\n"
              "changing anything (what is left is then yours to handle). JOURNAL is a path or a file name in\n"
              "the journal folder.\n"
              "\n"
              "Options:\n"
              "  --kubeconfig FILE               kubeconfig to use (default: $KUBECONFIG, then ~/.kube/config)\n"
              "  --context NAME                  context to use (default: the current context)\n"
              "  -n, --namespace NS              must be the journal's namespace when given\n"
              "  --journal-dir DIR               the journal folder (default: Proofer's)\n"
              "  --recovery-passphrase-file FILE rotate-password: the passphrase of its recovery records\n"
              "                                  (first line); without it, asked on the terminal\n"
              "  -y, --yes                       do not ask for confirmation (required without a terminal)\n"
              "  -h, --help                      show this help\n"
              "\n"
              "Exit status: list: 0 none unfinished, 1 some are. resume/rollback: 0 finished, 1 the resumed run\n"
              "failed and was rolled back, 2 bad usage or refused, 3 the cluster could not be reached, 4 the\n"
              "rollback failed. abandon: 0 done, 2 refused.\n");
}

QString when(const QDateTime &time)
{
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QStringLiteral("?");
}

void printRun(const Ops::UnfinishedRun &run)
{
    out() << QFileInfo(run.journalPath).fileName() << u'\n';
    out() << QStringLiteral("  ") << run.title << QStringLiteral(" (") << run.kind << QStringLiteral(")\n");
    out() << QStringLiteral("  ") << QCoreApplication::translate("Cli", "started %1, process %2").arg(when(run.started)).arg(run.pid);
    if (run.ownerAlive)
        out() << QStringLiteral(" — ") << QCoreApplication::translate("Cli", "still running elsewhere");
    out() << u'\n';
    out() << QStringLiteral("  ") << run.progressText() << u'\n';
    if (!run.warning.isEmpty())
        out() << QStringLiteral("  ") << QCoreApplication::translate("Cli", "warning: %1").arg(run.warning) << u'\n';
    if (!run.ownerAlive) {
        QStringList actions;
        if (run.canResume)
            actions << QStringLiteral("resume");
        if (run.canRollback)
            actions << QStringLiteral("rollback");
        actions << QStringLiteral("abandon");
        out() << QStringLiteral("  ") << QCoreApplication::translate("Cli", "can: %1").arg(actions.join(QStringLiteral(", "))) << u'\n';
        if (!run.canResume)
            out() << QStringLiteral("  ") << QCoreApplication::translate("Cli", "no resume: %1").arg(run.resumeRefusal) << u'\n';
        if (!run.canRollback)
            out() << QStringLiteral("  ") << QCoreApplication::translate("Cli", "no rollback: %1").arg(run.rollbackRefusal) << u'\n';
    }
}

QString resolveJournal(const QString &given, const QString &directory)
{
    if (QFileInfo::exists(given))
        return QFileInfo(given).absoluteFilePath();
    const QString inDirectory = QDir(directory).filePath(given);
    if (QFileInfo::exists(inDirectory))
        return inDirectory;
    if (QFileInfo::exists(inDirectory + QStringLiteral(".jsonl")))
        return inDirectory + QStringLiteral(".jsonl");
    return {};
}

} // namespace

int runOperationsCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    const OperationOptions common;
    common.addTo(parser);
    const QCommandLineOption passphraseOption(QStringLiteral("recovery-passphrase-file"), QString(), QStringLiteral("file"));
    parser.addOption(passphraseOption);
    auto usage = [](const QString &message) { return usageError(message, operationsHelpText()); };
    if (const std::optional<int> done = parseCommandLine(parser, arguments, common.help, operationsHelpText(), true))
        return *done;
    QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty() && positional.constFirst() == u"operations")
        positional.removeFirst();
    const QString action = positional.isEmpty() ? QStringLiteral("list") : positional.constFirst();
    const QString directory = common.journalDirectory(parser);

    if (action == u"list") {
        if (positional.size() > 1)
            return usage(QCoreApplication::translate("Cli", "unexpected argument \"%1\"").arg(positional.at(1)));
        const QList<Ops::UnfinishedRun> runs = Ops::listUnfinishedRuns(directory);
        if (runs.isEmpty()) {
            out() << QCoreApplication::translate("Cli", "No unfinished operations in %1.").arg(QDir::toNativeSeparators(directory)) << u'\n';
            out().flush();
            return ExitOk;
        }
        for (const Ops::UnfinishedRun &run : runs) {
            printRun(run);
            out() << u'\n';
        }
        out() << QCoreApplication::translate("Cli", "Use \"proofer operations resume|rollback|abandon <journal>\".") << u'\n';
        out().flush();
        return ExitFailure;
    }
    if (action != u"resume" && action != u"rollback" && action != u"abandon")
        return usage(QCoreApplication::translate("Cli", "unknown action \"%1\" (list, resume, rollback or abandon)").arg(action));
    if (positional.size() != 2)
        return usage(QCoreApplication::translate("Cli", "%1 needs one journal").arg(action));
    const QString path = resolveJournal(positional.at(1), directory);
    if (path.isEmpty())
        return usage(QCoreApplication::translate("Cli", "no journal \"%1\" (give a path or a file name in %2)").arg(positional.at(1), QDir::toNativeSeparators(directory)));
    Ops::UnfinishedRun run;
    QString error;
    if (!Ops::describeJournal(path, &run, &error)) {
        err() << QCoreApplication::translate("Cli", "error: %1").arg(error) << u'\n';
        err().flush();
        return ExitUsage;
    }
    {
        const Ops::Journal journal = Ops::Journal::open(path, &error);
        if (journal.isValid() && journal.isFinished()) {
            err() << QCoreApplication::translate("Cli", "error: the run of %1 has ended: there is nothing to %2").arg(QDir::toNativeSeparators(path), action) << u'\n';
            err().flush();
            return ExitUsage;
        }
    }
    printRun(run);
    out().flush();
    if (run.ownerAlive) {
        err() << QCoreApplication::translate("Cli", "error: it is running elsewhere (process %1 is alive); nothing was done").arg(run.pid) << u'\n';
        err().flush();
        return ExitUsage;
    }
    if (action == u"resume" && !run.canResume) {
        err() << QCoreApplication::translate("Cli", "error: it cannot be resumed: %1").arg(run.resumeRefusal) << u'\n';
        err().flush();
        return ExitUsage;
    }
    if (action == u"rollback" && !run.canRollback) {
        err() << QCoreApplication::translate("Cli", "error: it cannot be rolled back: %1").arg(run.rollbackRefusal) << u'\n';
        err().flush();
        return ExitUsage;
    }
    if (!common.canConfirm(parser, action))
        return ExitUsage;

    if (action == u"abandon") {
        if (common.mustAsk(parser)
            && !askConfirmation(QCoreApplication::translate("Cli", "Mark this run abandoned? What it applied stays as it is. [y/N] "))) {
            err() << QCoreApplication::translate("Cli", "Nothing was changed.") << u'\n';
            err().flush();
            return ExitUsage;
        }
        if (!Ops::abandonRun(path, &error)) {
            err() << QCoreApplication::translate("Cli", "error: %1").arg(error) << u'\n';
            err().flush();
            return ExitUsage;
        }
        out() << QCoreApplication::translate("Cli", "Marked abandoned: %1").arg(QDir::toNativeSeparators(path)) << u'\n';
        out().flush();
        return ExitOk;
    }

    // The namespace the run's journal names (the descriptor says which parameter --namespace sets).
    const QString ns = run.parameterFor(QStringLiteral("--namespace"));
    if (parser.isSet(common.namespaceName) && !ns.isEmpty() && parser.value(common.namespaceName) != ns)
        return usage(QCoreApplication::translate("Cli", "the journal is for namespace %1, not %2").arg(ns, parser.value(common.namespaceName)));

    Ops::RecoveryInputs inputs;
    if (run.needsPassphrase) {
        if (parser.isSet(passphraseOption)) {
            inputs.recoveryPassphrase = readPassphraseFile(parser.value(passphraseOption), &error);
            if (!error.isEmpty())
                return usage(error);
        } else if (::isatty(STDIN_FILENO) == 1) {
            inputs.recoveryPassphrase = askPassphrase(QCoreApplication::translate("Cli", "Passphrase of the recovery records: "));
        }
        if (inputs.recoveryPassphrase.isEmpty())
            return usage(QCoreApplication::translate("Cli", "the recovery passphrase is needed (--recovery-passphrase-file): the passwords are only in the "
                                                            "encrypted recovery records"));
    }
    if (common.mustAsk(parser)) {
        const QString prompt = action == u"resume" ? QCoreApplication::translate("Cli", "Resume this run? [y/N] ")
                                                   : QCoreApplication::translate("Cli", "Roll this run back? [y/N] ");
        if (!askConfirmation(prompt)) {
            err() << QCoreApplication::translate("Cli", "Nothing was changed.") << u'\n';
            err().flush();
            return ExitUsage;
        }
    }

    QString namespaceName;
    std::unique_ptr<Kube::KubeClient> client;
    if (run.needsCluster()) {
        client = common.connect(parser, &namespaceName);
        if (!client)
            return ExitUsage;
    }

    QObject scope;
    int exitCode = ExitOk;
    auto finishWith = [&exitCode](int code) {
        exitCode = code;
        QTimer::singleShot(0, QCoreApplication::instance(), &QCoreApplication::quit);
    };
    std::shared_ptr<Ops::Plan> plan;
    Ops::Journal journal = Ops::Journal::open(path, &error);
    // One run at a time: a console or another shell resuming or abandoning this run holds its lock.
    if (journal.isValid() && !journal.lock(0, &error)) {
        err() << QCoreApplication::translate("Cli", "error: %1").arg(error) << u'\n';
        return ExitUsage;
    }
    const qsizetype endsBefore = journal.entries().size();
    Ops::Runner runner;
    runner.setJournal(&journal);
    const InterruptCancelsRun interrupt([&runner] { return &runner; });
    printStepProgress(&runner, &scope, [&plan] { return plan.get(); });
    const bool resuming = action == u"resume";
    QObject::connect(&runner, &Ops::Runner::finished, &scope, [&](Ops::Runner::Outcome outcome, const QString &message) {
        using O = Ops::Runner::Outcome;
        const bool good = resuming ? outcome == O::Succeeded : outcome == O::RolledBack;
        QTextStream &stream = good ? out() : err();
        stream << u'\n' << message << u'\n'
               << QCoreApplication::translate("Cli", "Journal: %1").arg(QDir::toNativeSeparators(path)) << u'\n';
        stream.flush();
        if (good)
            finishWith(ExitOk);
        else if (outcome == O::RollbackFailed)
            finishWith(journal.outcome() == u"RollbackFailed" && journal.entries().constLast().event == u"end"
                           && endsBefore < journal.entries().size()
                           ? ExitRollbackFailed
                           : ExitUsage); // no new end line: refused before anything ran
        else
            finishWith(ExitRolledBack);
    });

    out() << QCoreApplication::translate("Cli", "Making the plan again from the journal…") << u'\n';
    out().flush();
    Ops::rebuildPlan(client.get(), run, inputs, &scope).then(&scope, [&](const Ops::RebuiltPlan &rebuilt) {
        if (!rebuilt.plan) {
            err() << QCoreApplication::translate("Cli", "error: %1").arg(rebuilt.error) << u'\n';
            err().flush();
            finishWith(ExitUnreachable);
            return;
        }
        plan = rebuilt.plan;
        if (resuming)
            runner.resume(plan.get());
        else
            runner.rollback(plan.get());
    });
    QCoreApplication::exec();
    return exitCode;
}

QString operationsHelpText()
{
    return withVerbosityHelp(operationsHelpTextBody());
}

} // namespace Cli
