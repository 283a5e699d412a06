// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/renewcertscommand.h"
#include "cli/terminal.h"
#include "cli/clioutput.h"

#include "cli/cli.h"
#include "cli/operationoptions.h"
#include "fleet/inventory.h"
#include "kube/kubeclient.h"
#include "ops/certrenewal.h"
#include "ops/journal.h"
#include "ops/recovery.h"
#include "ops/runner.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QTextStream>
#include <QTimer>

#include <csignal>
#include <memory>


namespace Cli {

namespace {


QString renewHelpTextBody()
{
    return QCoreApplication::translate("Cli", "Usage: proofer renew-certs [--kubeconfig FILE] [--context NAME] [--namespace NS]\n"
              "                           [--datastore NAME...] (--new-ca | --ca-cert FILE --ca-key FILE) [options]\n"
              "\n"
              "Renews the TLS certificates of the datastores: a new key and a certificate for every Service DNS\n"
              "name (and the names the current certificate has), signed by a new CA (10 years) or an existing one,\n"
              "checked (key, chain, names), written to the TLS Secrets with a resourceVersion precondition, the\n"
              "datastores restarted and a live handshake that each serves the new serial. On failure the previous\n"
              "Secret data is put back and the datastores restarted again.\n"
              "\n"
              "Options:\n"
              "  --kubeconfig FILE       kubeconfig to use (default: $KUBECONFIG, then ~/.kube/config)\n"
              "  --context NAME          context to use (default: the current context)\n"
              "  -n, --namespace NS      namespace (default: the context's)\n"
              "  --datastore NAME        a datastore to renew (repeatable; default: every one with TLS)\n"
              "  --new-ca                create a new CA (10 years) and sign with it\n"
              "  --ca-cert FILE          sign with this existing CA certificate (PEM)...\n"
              "  --ca-key FILE           ...and its private key (PEM)\n"
              "  --key-type TYPE         rsa4096 (default) or ec-p256\n"
              "  --days N                validity of the server certificates (default: 1095, 3 years)\n"
              "  --out-dir DIR           where the new keys and certificates are written, mode 0600\n"
              "                          (default: a new folder in Proofer's data folder)\n"
              "  --journal-dir DIR       where the journal goes (default: Proofer's journal folder)\n"
              "  --dry-run               print the plan and the previews, check the preconditions, change nothing\n"
              "  -y, --yes               do not ask for confirmation (required without a terminal)\n"
              "  -h, --help              show this help\n"
              "\n"
              "Exit status: 0 renewed (or a clean dry run), 1 failed and rolled back (or the dry run found\n"
              "problems), 2 bad usage, 3 the cluster was unreachable, 4 the rollback failed (see the journal).\n");
}

QString indent(const QString &text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &line : lines)
        line.prepend(QStringLiteral("    "));
    return lines.join(QLatin1Char('\n'));
}


} // namespace

int runRenewCertsCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    const OperationOptions common;
    common.addTo(parser);
    const QCommandLineOption datastoreOption(QStringLiteral("datastore"), QString(), QStringLiteral("name"));
    const QCommandLineOption newCaOption(QStringLiteral("new-ca"));
    const QCommandLineOption caCertOption(QStringLiteral("ca-cert"), QString(), QStringLiteral("file"));
    const QCommandLineOption caKeyOption(QStringLiteral("ca-key"), QString(), QStringLiteral("file"));
    const QCommandLineOption keyTypeOption(QStringLiteral("key-type"), QString(), QStringLiteral("type"),
                                           QStringLiteral("rsa4096"));
    const QCommandLineOption daysOption(QStringLiteral("days"), QString(), QStringLiteral("n"), QStringLiteral("1095"));
    const QCommandLineOption outDirOption(QStringLiteral("out-dir"), QString(), QStringLiteral("dir"));
    const QCommandLineOption dryRunOption(QStringLiteral("dry-run"));
    parser.addOptions({datastoreOption, newCaOption, caCertOption, caKeyOption, keyTypeOption, daysOption, outDirOption,
                       dryRunOption});
    auto usage = [](const QString &message) { return usageError(message, renewHelpText()); };
    if (const std::optional<int> done = parseCommandLine(parser, arguments, common.help, renewHelpText()))
        return *done;

    Ops::RenewalOptions options;
    options.datastores = parser.values(datastoreOption);
    const bool newCa = parser.isSet(newCaOption);
    const bool existingCa = parser.isSet(caCertOption) || parser.isSet(caKeyOption);
    if (newCa == existingCa)
        return usage(QCoreApplication::translate("Cli", "choose the CA: --new-ca, or --ca-cert FILE with --ca-key FILE"));
    if (existingCa) {
        if (!parser.isSet(caCertOption) || !parser.isSet(caKeyOption))
            return usage(QCoreApplication::translate("Cli", "--ca-cert and --ca-key go together"));
        options.caMode = Ops::RenewalOptions::CaMode::Existing;
        options.caCertificatePath = parser.value(caCertOption);
        options.caKeyPath = parser.value(caKeyOption);
    }
    const QString keyType = parser.value(keyTypeOption);
    if (keyType == u"rsa4096") {
        options.keyType = Ops::KeyPair::Type::Rsa;
        options.rsaBits = 4096;
    } else if (keyType == u"ec-p256") {
        options.keyType = Ops::KeyPair::Type::EcP256;
    } else {
        return usage(QCoreApplication::translate("Cli", "unknown key type \"%1\" (rsa4096 or ec-p256)").arg(keyType));
    }
    bool ok = false;
    options.validityDays = parser.value(daysOption).toInt(&ok);
    if (!ok || options.validityDays < 1 || options.validityDays > 3650)
        return usage(QCoreApplication::translate("Cli", "--days must be between 1 and 3650"));
    options.outputDirectory = parser.value(outDirOption);
    const bool dryRun = parser.isSet(dryRunOption);
    if (!dryRun && !common.canConfirm(parser, QCoreApplication::translate("Cli", "renew")))
        return ExitUsage;
    const QString journalDir = common.journalDirectory(parser);

    auto client = common.connect(parser, &options.namespaceName);
    if (!client)
        return ExitUsage;

    QObject scope;
    int exitCode = ExitOk;
    auto finishWith = [&exitCode](int code) {
        exitCode = code;
        QTimer::singleShot(0, QCoreApplication::instance(), &QCoreApplication::quit);
    };
    std::shared_ptr<Ops::Plan> plan;
    Ops::Journal journal;
    Ops::Runner runner;
    // Ctrl-C cancels: what was applied is rolled back before Proofer exits.
    const InterruptCancelsRun interrupt([&runner] { return &runner; });
    printStepProgress(&runner, &scope, [&plan] { return plan.get(); });
    QObject::connect(&runner, &Ops::Runner::finished, &scope, [&](Ops::Runner::Outcome outcome, const QString &message) {
        using O = Ops::Runner::Outcome;
        QTextStream &stream = (outcome == O::Succeeded || outcome == O::DryRunOk) ? out() : err();
        stream << u'\n' << message << u'\n';
        if (journal.isValid())
            stream << QCoreApplication::translate("Cli", "Journal: %1").arg(QDir::toNativeSeparators(journal.path())) << u'\n';
        stream.flush();
        switch (outcome) {
        case O::Succeeded:
        case O::DryRunOk:
            finishWith(ExitOk);
            break;
        case O::RollbackFailed:
            finishWith(ExitRollbackFailed);
            break;
        case O::DryRunFailed:
        case O::RolledBack:
        case O::Cancelled:
            finishWith(ExitRolledBack);
            break;
        }
    });

    auto startRun = [&]() {
        if (!dryRun && common.mustAsk(parser)
            && !askConfirmation(QCoreApplication::translate("Cli", "Apply this plan? [y/N] "))) {
            err() << QCoreApplication::translate("Cli", "Nothing was changed.") << u'\n';
            err().flush();
            finishWith(ExitRolledBack);
            return;
        }
        if (!dryRun)
            noteUnfinishedOperations(journalDir);
        QString error;
        journal = Ops::Journal::create(journalDir, plan->kind(), &error);
        journal.setCluster(Ops::clusterJson(client.get()));
        if (!journal.isValid()) {
            err() << QCoreApplication::translate("Cli", "error: %1").arg(error) << u'\n';
            err().flush();
            finishWith(ExitUsage);
            return;
        }
        runner.setJournal(&journal);
        out() << u'\n' << (dryRun ? QCoreApplication::translate("Cli", "Dry run: nothing will be changed.") : QCoreApplication::translate("Cli", "Applying.")) << u'\n';
        out().flush();
        runner.run(plan.get(), dryRun);
    };

    out() << QCoreApplication::translate("Cli", "Reading namespace %1…").arg(options.namespaceName) << u'\n';
    out().flush();
    Fleet::loadInventory(client.get(), options.namespaceName, &scope)
        .then(&scope, [&](const Fleet::InventoryResult &inventory) {
            if (!inventory.error.isEmpty()) {
                err() << QCoreApplication::translate("Cli", "error: %1").arg(inventory.error) << u'\n';
                err().flush();
                finishWith(ExitUnreachable);
                return;
            }
            out() << QCoreApplication::translate("Cli", "Generating keys and certificates…") << u'\n';
            out().flush();
            Ops::buildCertRenewal(client.get(), inventory, options, &scope)
                .then(&scope, [&](const Ops::RenewalPlan &built) {
                    if (!built.plan) {
                        err() << QCoreApplication::translate("Cli", "error: %1").arg(built.error) << u'\n';
                        err().flush();
                        finishWith(ExitUsage);
                        return;
                    }
                    plan = built.plan;
                    out() << u'\n' << plan->title() << u'\n';
                    out() << QCoreApplication::translate("Cli", "CA: %1 (serial %2)").arg(built.caSubject, built.caSerialHex) << u'\n';
                    for (const Ops::RenewalTarget &t : built.targets) {
                        out() << QCoreApplication::translate("Cli", "Secret %1 (%2): serial %3, %4 days left → new serial %5, valid until %6")
                                     .arg(t.secretName, t.datastores.join(QStringLiteral(", ")),
                                          t.currentSerialHex.isEmpty() ? QCoreApplication::translate("Cli", "none") : t.currentSerialHex)
                                     .arg(t.currentDaysLeft)
                                     .arg(t.newSerialHex, t.newNotAfter.toString(Qt::ISODate))
                              << u'\n';
                    }
                    for (const QString &note : built.notes)
                        out() << QCoreApplication::translate("Cli", "Note: %1").arg(note) << u'\n';
                    out() << u'\n' << QCoreApplication::translate("Cli", "Steps:") << u'\n';
                    for (int i = 0; i < plan->size(); ++i)
                        out() << QStringLiteral("%1. ").arg(i + 1) << plan->step(i)->title() << u'\n'
                              << indent(plan->step(i)->preview()) << u'\n';
                    out().flush();
                    startRun();
                });
        });
    QCoreApplication::exec();
    return exitCode;
}

QString renewHelpText()
{
    return withVerbosityHelp(renewHelpTextBody());
}

} // namespace Cli
