// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/rotatepasswordcommand.h"
#include "cli/terminal.h"
#include "cli/clioutput.h"

#include "cli/cli.h"
#include "cli/operationoptions.h"
#include "core/secret.h"
#include "fleet/inventory.h"
#include "kube/kubeclient.h"
#include "ops/journal.h"
#include "ops/passwordrotation.h"
#include "ops/recovery.h"
#include "ops/recoveryrecord.h"
#include "ops/runner.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>
#include <QTimer>

#include <csignal>
#include <memory>

#include <unistd.h>

namespace Cli {

namespace {


QString rotateHelpTextBody()
{
    return QCoreApplication::translate("Cli", "Usage: proofer rotate-password [--kubeconfig FILE] [--context NAME] [--namespace NS]\n"
              "                               (--datastore NAME... | --all) [options]\n"
              "\n"
              "Rotates the passwords of PostgreSQL and Redis datastores: a new 32-character password from the\n"
              "system's CSPRNG, ALTER ROLE with a SCRAM verifier computed here (the password never reaches the\n"
              "server or its log), the credentials Secret patched with a resourceVersion precondition and\n"
              "annotated with the rotation time, the workloads that use it restarted, and a real login with the\n"
              "new password over verify-full. Any failure puts the old password back. No password is printed.\n"
              "\n"
              "Options:\n"
              "  --kubeconfig FILE               kubeconfig to use (default: $KUBECONFIG, then ~/.kube/config)\n"
              "  --context NAME                  context to use (default: the current context)\n"
              "  -n, --namespace NS              namespace (default: the context's)\n"
              "  --datastore NAME                a datastore to rotate (repeat for more)\n"
              "  --all                           every PostgreSQL and Redis of the namespace\n"
              "  --dry-run                       check everything, change nothing\n"
              "  -y, --yes                       do not ask for confirmation (required without a terminal)\n"
              "  --recovery-passphrase-file FILE passphrase that encrypts the recovery record (first line);\n"
              "                                  without it, asked on the terminal\n"
              "  --recovery-dir DIR              where recovery records go (default: the app data dir)\n"
              "  --journal-dir DIR               where the journal goes (default: the app data dir)\n"
              "  --timeout SECONDS               connect timeout per login (default: 20)\n"
              "  -h, --help                      show this help\n"
              "\n"
              "Exit status: 0 rotated (or the dry run passed), 1 failed and rolled back, 2 bad usage,\n"
              "3 the cluster or a datastore could not be reached (nothing changed), 4 the rollback failed.\n");
}

/** One run of the command on the event loop. */
class RotateRun final : public QObject
{
public:
    int exitCode = ExitOk;
    bool dryRun = false;
    bool confirm = false;
    QString journalDirectory;
    Ops::RotationOptions options;
    std::unique_ptr<Kube::KubeClient> client;
    Ops::RotationPlan rotation;
    Ops::Journal journal;
    Ops::Runner *runner = nullptr;
    QString failedStep;

    void finishWith(int code)
    {
        exitCode = code;
        QTimer::singleShot(0, QCoreApplication::instance(), &QCoreApplication::quit);
    }

    void inventoryLoaded(const Fleet::InventoryResult &inventory)
    {
        if (!inventory.error.isEmpty()) {
            err() << QCoreApplication::translate("Cli", "error: %1").arg(inventory.error) << u'\n';
            err().flush();
            finishWith(ExitUnreachable);
            return;
        }
        rotation = Ops::buildPasswordRotation(client.get(), inventory, options);
        for (const QString &skipped : std::as_const(rotation.skipped))
            err() << QCoreApplication::translate("Cli", "skipped: %1").arg(skipped) << u'\n';
        if (!rotation.plan) {
            err() << QCoreApplication::translate("Cli", "error: %1").arg(rotation.error) << u'\n';
            err().flush();
            finishWith(ExitUsage);
            return;
        }
        out() << rotation.plan->title() << u'\n';
        for (int i = 0; i < rotation.plan->size(); ++i)
            out() << QStringLiteral("  %1. ").arg(i + 1) << rotation.plan->step(i)->preview().replace(
                u'\n', QStringLiteral("\n     "))
                  << u'\n';
        out().flush();
        if (confirm && !askConfirmation(QCoreApplication::translate("Cli", "Rotate these passwords now? [y/N] "))) {
            err() << QCoreApplication::translate("Cli", "Nothing was changed.") << u'\n';
            err().flush();
            finishWith(ExitUsage);
            return;
        }
        start();
    }

    void start()
    {
        QString error;
        if (!dryRun)
            noteUnfinishedOperations(journalDirectory);
        journal = Ops::Journal::create(journalDirectory, QStringLiteral("rotate-password"), &error);
        if (client)
            journal.setCluster(Ops::clusterJson(client.get()));
        if (!journal.isValid()) {
            err() << QCoreApplication::translate("Cli", "error: %1").arg(error) << u'\n';
            err().flush();
            finishWith(ExitUsage);
            return;
        }
        runner = new Ops::Runner(this);
        runner->setJournal(&journal);
        connect(runner, &Ops::Runner::stepFinished, this,
                [this](int index, const QString &phase, const Ops::StepResult &result) {
                    const QString id = rotation.plan->step(index)->id();
                    if (!result.ok && failedStep.isEmpty() && (phase == u"apply" || phase == u"verify"
                                                               || phase == u"dry-run"))
                        failedStep = id;
                    const QString mark = result.ok ? QStringLiteral("ok") : QStringLiteral("FAILED");
                    out() << QStringLiteral("[%1] %2 %3: %4\n").arg(mark, phase, id, result.message);
                    out().flush();
                });
        connect(runner, &Ops::Runner::finished, this, [this](Ops::Runner::Outcome outcome, const QString &message) {
            out() << message << u'\n';
            out() << QCoreApplication::translate("Cli", "Journal: %1").arg(journal.path()) << u'\n';
            out().flush();
            // A failure before anything changed (the Secret unreadable, the login refused): unreachable.
            const bool beforeChanges = failedStep.startsWith(QStringLiteral("read-secret/"))
                                       || failedStep.startsWith(QStringLiteral("check-login/"));
            switch (outcome) {
            case Ops::Runner::Outcome::Succeeded:
            case Ops::Runner::Outcome::DryRunOk:
                finishWith(ExitOk);
                return;
            case Ops::Runner::Outcome::DryRunFailed:
            case Ops::Runner::Outcome::RolledBack:
                finishWith(beforeChanges ? ExitUnreachable : ExitRolledBack);
                return;
            case Ops::Runner::Outcome::Cancelled:
                finishWith(ExitRolledBack);
                return;
            case Ops::Runner::Outcome::RollbackFailed:
                err() << QCoreApplication::translate("Cli", "error: the rollback did not complete; the journal and the messages above say what is "
                            "left")
                      << u'\n';
                err().flush();
                finishWith(ExitRollbackFailed);
                return;
            }
        });
        runner->run(rotation.plan.get(), dryRun);
    }
};

} // namespace

int runRotatePasswordCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    const OperationOptions common;
    common.addTo(parser);
    const QCommandLineOption datastoreOption(QStringLiteral("datastore"), QString(), QStringLiteral("name"));
    const QCommandLineOption allOption(QStringLiteral("all"));
    const QCommandLineOption dryRunOption(QStringLiteral("dry-run"));
    const QCommandLineOption passphraseOption(QStringLiteral("recovery-passphrase-file"), QString(),
                                              QStringLiteral("file"));
    const QCommandLineOption recoveryDirOption(QStringLiteral("recovery-dir"), QString(), QStringLiteral("dir"));
    const QCommandLineOption timeoutOption(QStringLiteral("timeout"), QString(), QStringLiteral("seconds"),
                                           QStringLiteral("20"));
    parser.addOptions({datastoreOption, allOption, dryRunOption, passphraseOption, recoveryDirOption, timeoutOption});
    auto usage = [](const QString &message) { return usageError(message, rotateHelpText()); };
    if (const std::optional<int> done = parseCommandLine(parser, arguments, common.help, rotateHelpText()))
        return *done;
    const QStringList datastores = parser.values(datastoreOption);
    const bool all = parser.isSet(allOption);
    if (datastores.isEmpty() == !all)
        return usage(QCoreApplication::translate("Cli", "name the datastores with --datastore, or give --all (not both)"));
    bool ok = false;
    const int timeoutSeconds = parser.value(timeoutOption).toInt(&ok);
    if (!ok || timeoutSeconds < 1 || timeoutSeconds > 600)
        return usage(QCoreApplication::translate("Cli", "--timeout must be between 1 and 600 seconds"));
    const bool dryRun = parser.isSet(dryRunOption);
    const bool terminal = ::isatty(STDIN_FILENO) == 1;
    if (!dryRun && !common.canConfirm(parser, QCoreApplication::translate("Cli", "rotate")))
        return ExitUsage;

    auto run = std::make_shared<RotateRun>();
    run->dryRun = dryRun;
    run->confirm = !dryRun && common.mustAsk(parser);
    run->journalDirectory = common.journalDirectory(parser);
    run->options.datastores = datastores;
    run->options.all = all;
    run->options.connectTimeoutMs = timeoutSeconds * 1000;
    run->options.recoveryDirectory = parser.value(recoveryDirOption);
    if (!dryRun) {
        if (parser.isSet(passphraseOption)) {
            QString error;
            run->options.recoveryPassphrase = readPassphraseFile(parser.value(passphraseOption), &error);
            if (!error.isEmpty())
                return usage(error);
        } else if (terminal) {
            run->options.recoveryPassphrase = askPassphrase(QCoreApplication::translate("Cli", "Passphrase for the recovery record: "));
            const Core::Secret again = askPassphrase(QCoreApplication::translate("Cli", "Again: "));
            if (!(again == run->options.recoveryPassphrase))
                return usage(QCoreApplication::translate("Cli", "the two passphrases differ"));
        }
        if (run->options.recoveryPassphrase.isEmpty())
            return usage(QCoreApplication::translate("Cli", "a recovery passphrase is needed (--recovery-passphrase-file): until the Secret holds "
                            "the new password, only the encrypted recovery record does"));
    }

    QString namespaceName;
    run->client = common.connect(parser, &namespaceName);
    if (!run->client)
        return ExitUsage;
    run->options.namespaceName = namespaceName;
    run->client->setRequestTimeout(std::chrono::seconds(std::max(30, timeoutSeconds * 3)));

    // Ctrl-C: the runner stops after the running phase and rolls back what was applied.
    const InterruptCancelsRun interrupt([raw = run.get()]() -> Ops::Runner * { return raw->runner; });

    Fleet::loadInventory(run->client.get(), namespaceName, run.get())
        .then(run.get(), [run](const Fleet::InventoryResult &inventory) { run->inventoryLoaded(inventory); });
    QCoreApplication::exec();
    const int code = run->exitCode;
    // The runner goes before the plan (it may hold pointers into it), the client last.
    delete run->runner;
    run->runner = nullptr;
    run->rotation.plan.reset();
    return code;
}

QString rotateHelpText()
{
    return withVerbosityHelp(rotateHelpTextBody());
}

} // namespace Cli
