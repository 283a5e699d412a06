// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/backupcommand.h"
#include "cli/terminal.h"
#include "cli/clioutput.h"

#include "cli/cli.h"
#include "cli/operationoptions.h"
#include "cli/scancommand.h"
#include "core/clock.h"
#include "core/secret.h"
#include "fleet/fleetscanner.h"
#include "fleet/inventory.h"
#include "fleet/targetsfile.h"
#include "kube/kubeclient.h"
#include "kube/kubeconfigloader.h"
#include "ops/backupcreate.h"
#include "ops/backupformat.h"
#include "ops/backuprestore.h"
#include "ops/journal.h"
#include "ops/pgendpointresolver.h"
#include "ops/recovery.h"
#include "ops/runner.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>
#include <QTimer>

#include <csignal>
#include <functional>
#include <memory>

namespace Cli {

namespace {

QString backupHelpTextBody()
{
    return QCoreApplication::translate("Cli", "Usage: proofer backup [--kubeconfig FILE] [--context NAME] [--namespace NS] (--datastore NAME... | --all)\n"
              "                      --out-dir DIR (--recipient FINGERPRINT | --passphrase-file FILE) [--sign-key FINGERPRINT]\n"
              "                      [--dry-run]\n"
              "       proofer backup --targets FILE (--datastore NAME... | --all) --out-dir DIR ...\n"
              "       proofer backup --retention --out-dir DIR [--prune --yes]\n"
              "\n"
              "Backs up PostgreSQL databases: pg_dump | gzip | gpg into DIR as\n"
              "<database>_<datastore>_<yyyyMMdd>T<HHmmss>Z.sql.gz.gpg (UTC). A dump that fails leaves no file.\n"
              "Each backup is decrypted and checked after writing when this machine can (passphrase, or the\n"
              "recipient's secret key in the keyring). The run stops at the first failure; backups already\n"
              "written are kept.\n"
              "\n"
              "Options:\n"
              "  --kubeconfig FILE        kubeconfig to use (default: $KUBECONFIG, then ~/.kube/config)\n"
              "  --context NAME           context to use (default: the current context)\n"
              "  -n, --namespace NS       namespace (default: the context's)\n"
              "  --targets FILE           the datastores of this YAML file instead of a cluster\n"
              "  --datastore NAME         a PostgreSQL datastore to back up (repeat, or comma-separated)\n"
              "  --all                    every PostgreSQL datastore\n"
              "  --out-dir DIR            where the backups go\n"
              "  --recipient FINGERPRINT  encrypt to this public key of the keyring\n"
              "  --passphrase-file FILE   encrypt with the passphrase in FILE (mode 0600, first line)\n"
              "  --sign-key FINGERPRINT   sign with this secret key of the keyring (your own): a restore then\n"
              "                           names you as the signer and refuses what is not signed\n"
              "  --dry-run                check tools, directory, key and logins; write nothing\n"
              "  --retention              list what the retention policy keeps and prunes in --out-dir\n"
              "                           (daily 30 days, weekly 90, monthly 1 year)\n"
              "  --prune                  with --retention and --yes: delete what the policy prunes\n"
              "  --yes                    confirm --prune\n"
              "  -h, --help               show this help\n"
              "\n"
              "Exit status: 0 done, 1 a backup failed, 2 bad usage, 3 the cluster or datastore was unreachable.\n");
}

QString restoreHelpTextBody()
{
    return QCoreApplication::translate("Cli", "Usage: proofer restore [--kubeconfig FILE] [--context NAME] [--namespace NS] | [--targets FILE]\n"
              "                       --datastore NAME --file BACKUP.sql.gz.gpg [--passphrase-file FILE]\n"
              "                       [--allow-unsigned] (--dry-run | --yes)\n"
              "\n"
              "Decrypts the backup (its integrity and its signature checked before anything else: an unsigned\n"
              "backup, or one signed by a key your keyring does not hold valid, is refused without\n"
              "--allow-unsigned), decompresses and checks the dump (its database; nothing that reaches outside\n"
              "the scratch database: roles, databases, tablespaces, ALTER SYSTEM, COPY … PROGRAM, server files,\n"
              "role switches, LOAD, extensions outside an allow-list, DO blocks, psql meta-commands), restores\n"
              "it into a new scratch database in one transaction that is kept only if nothing outside that\n"
              "database changed (when your login may alter roles, as a role made for the restore that may not,\n"
              "dropped at its end), and compares tables and row counts. With --yes it then swaps: the live\n"
              "database is renamed <db>_previous_<time> (kept until you drop it) and the restored copy takes\n"
              "its name. With --dry-run the scratch database is dropped again: nothing live changes.\n"
              "\n"
              "Options:\n"
              "  --kubeconfig FILE        kubeconfig to use (default: $KUBECONFIG, then ~/.kube/config)\n"
              "  --context NAME           context to use (default: the current context)\n"
              "  -n, --namespace NS       namespace (default: the context's)\n"
              "  --targets FILE           the datastore from this YAML file instead of a cluster\n"
              "  --datastore NAME         the PostgreSQL datastore to restore into\n"
              "  --database NAME          the database (default: the datastore's)\n"
              "  --file FILE              the encrypted backup\n"
              "  --passphrase-file FILE   its passphrase, or the passphrase of your secret key (mode 0600)\n"
              "  --allow-unsigned         restore a backup that is not signed by a key your keyring holds valid\n"
              "                           (a bad signature is refused anyway)\n"
              "  --dry-run                rehearse everything on a scratch copy and drop it\n"
              "  --yes                    restore and swap\n"
              "  -h, --help               show this help\n"
              "\n"
              "Exit status: 0 done, 1 failed (and rolled back), 2 bad usage, 3 unreachable.\n");
}

/** Where the datastores are: a targets file or a cluster; turns ScanTargets into endpoints (port-forwards). */
class Session final : public QObject
{
public:
    int exitCode = ExitOk;
    std::unique_ptr<Kube::KubeClient> client;
    std::unique_ptr<Ops::PgEndpointResolver> resolver; ///< after client: its port-forwards close first
    QList<Fleet::ScanTarget> targets;

    void finishWith(int code)
    {
        exitCode = code;
        QTimer::singleShot(0, QCoreApplication::instance(), &QCoreApplication::quit);
    }

    /** Endpoint for @p target: through a port-forward (owned by the resolver) when it is a pod. */
    bool endpointFor(const Fleet::ScanTarget &target, Ops::PgEndpoint *endpoint, QString *error)
    {
        if (!resolver) {
            resolver = std::make_unique<Ops::PgEndpointResolver>(client.get());
            connect(resolver.get(), &Ops::PgEndpointResolver::tunnelError, this,
                    [](const QString &message) { err() << message << u'\n'; });
        }
        return resolver->resolve(target, endpoint, error);
    }

    /** Loads the targets (file or cluster), then calls @p next on the event loop. */
    int load(const QCommandLineParser &parser, const QCommandLineOption &kubeconfig, const QCommandLineOption &context,
             const QCommandLineOption &namespaceOption, const QCommandLineOption &targetsOption,
             std::function<void()> next)
    {
        if (parser.isSet(targetsOption)) {
            const Fleet::TargetsFile file = Fleet::loadTargetsFile(parser.value(targetsOption));
            if (!file.error.isEmpty()) {
                err() << QCoreApplication::translate("Cli", "error: %1").arg(file.error) << u'\n';
                return ExitUsage;
            }
            targets = file.targets;
            QTimer::singleShot(0, this, next);
            return ExitOk;
        }
        Kube::KubeconfigLoader loader;
        loader.setExplicitPath(parser.value(kubeconfig));
        const auto config = loader.load();
        if (!config.ok()) {
            err() << QCoreApplication::translate("Cli", "error: %1").arg(config.error()) << u'\n';
            return ExitUsage;
        }
        const auto resolved = Kube::KubeconfigLoader::resolve(*config, parser.value(context));
        if (!resolved.ok()) {
            err() << QCoreApplication::translate("Cli", "error: %1").arg(resolved.error()) << u'\n';
            return ExitUsage;
        }
        const QString namespaceName =
            parser.isSet(namespaceOption) ? parser.value(namespaceOption) : resolved->namespaceName;
        client = std::make_unique<Kube::KubeClient>(*resolved);
        Fleet::loadInventory(client.get(), namespaceName, this)
            .then(this, [this, next](const Fleet::InventoryResult &inventory) {
                if (!inventory.error.isEmpty()) {
                    err() << QCoreApplication::translate("Cli", "error: %1").arg(inventory.error) << u'\n';
                    err().flush();
                    finishWith(ExitUnreachable);
                    return;
                }
                targets = Fleet::targetsFromInventory(inventory);
                next();
            });
        return ExitOk;
    }

    /** Runs @p plan; prints each phase; ends the event loop with the exit code. */
    void runPlan(Ops::Plan *plan, bool dryRun, std::function<void(Ops::Runner::Outcome)> after = {})
    {
        QString error;
        m_journal = std::make_unique<Ops::Journal>(
            Ops::Journal::create(Ops::Journal::defaultDirectory(), plan->kind(), &error));
        if (client)
            m_journal->setCluster(Ops::clusterJson(client.get())); // a targets file: no cluster to record
        if (!m_journal->isValid())
            err() << QCoreApplication::translate("Cli", "warning: no journal: %1").arg(error) << u'\n';
        auto *runner = new Ops::Runner(this);
        if (m_journal->isValid())
            runner->setJournal(m_journal.get());
        connect(runner, &Ops::Runner::stepFinished, this,
                [plan](int index, const QString &phase, const Ops::StepResult &result) {
                    err() << QStringLiteral("[%1/%2] %3 %4: %5\n")
                                 .arg(index + 1)
                                 .arg(plan->size())
                                 .arg(phase, result.ok ? QCoreApplication::translate("Cli", "ok") : QCoreApplication::translate("Cli", "FAILED"), result.message);
                    err().flush();
                });
        connect(runner, &Ops::Runner::finished, this,
                [this, after](Ops::Runner::Outcome outcome, const QString &message) {
                    if (!message.isEmpty())
                        err() << message << u'\n';
                    if (m_journal && m_journal->isValid())
                        err() << QCoreApplication::translate("Cli", "journal: %1").arg(m_journal->path()) << u'\n';
                    err().flush();
                    if (after)
                        after(outcome);
                    const bool ok = outcome == Ops::Runner::Outcome::Succeeded || outcome == Ops::Runner::Outcome::DryRunOk;
                    finishWith(ok ? ExitOk : ExitFailure);
                });
        // Ctrl-C: cancel, which rolls back what was applied.
        std::signal(SIGINT, [](int) {
            QMetaObject::invokeMethod(QCoreApplication::instance(), [] {
                for (auto *r : QCoreApplication::instance()->findChildren<Ops::Runner *>())
                    r->cancel();
            });
        });
        runner->run(plan, dryRun);
    }

private:
    std::unique_ptr<Ops::Journal> m_journal;
};

int retentionReport(const QString &directory, bool prune)
{
    const QList<Ops::BackupFile> files = Ops::listBackups(directory);
    const QDateTime now = Core::Clock::currentDateTimeUtc();
    const auto decisions = Ops::applyRetention(files, now);
    int pruned = 0;
    int failed = 0;
    out() << QStringLiteral("%1 %2 %3\n").arg(QCoreApplication::translate("Cli", "ACTION"), -7).arg(QCoreApplication::translate("Cli", "WHY"), -30).arg(QCoreApplication::translate("Cli", "FILE"));
    for (const Ops::RetentionDecision &decision : decisions) {
        QString action = decision.keep ? QCoreApplication::translate("Cli", "keep") : QCoreApplication::translate("Cli", "prune");
        if (!decision.keep && prune) {
            QFile::remove(decision.backup.path + QLatin1String(Ops::verifiedSuffix));
            if (QFile::remove(decision.backup.path)) {
                action = QCoreApplication::translate("Cli", "deleted");
                ++pruned;
            } else {
                action = QCoreApplication::translate("Cli", "ERROR");
                ++failed;
            }
        }
        out() << QStringLiteral("%1 %2 %3%4\n")
                     .arg(action, -7)
                     .arg(decision.reasons.join(u','), -30)
                     .arg(decision.backup.name.fileName, decision.backup.verified ? QCoreApplication::translate("Cli", " (verified)") : QString());
    }
    out() << u'\n';
    const auto ages = Ops::newestVerifiedBackups(files, now);
    QStringList databases;
    for (const Ops::BackupFile &file : files) {
        if (!databases.contains(file.name.database))
            databases << file.name.database;
    }
    for (const QString &database : std::as_const(databases)) {
        if (ages.contains(database))
            out() << QCoreApplication::translate("Cli", "%1: newest verified backup %n day(s) old (%2)", nullptr,
                                                 ages.value(database).ageDays())
                         .arg(database, ages.value(database).newest.name.fileName)
                  << u'\n';
        else
            out() << QCoreApplication::translate("Cli", "%1: no verified backup").arg(database) << u'\n';
    }
    if (prune)
        out() << QCoreApplication::translate("Cli", "%n backup(s) deleted", nullptr, pruned) << u'\n';
    out().flush();
    return failed ? ExitFailure : ExitOk;
}

QStringList splitNames(const QStringList &values)
{
    QStringList names;
    for (const QString &value : values) {
        for (const QString &name : value.split(u',', Qt::SkipEmptyParts))
            names << name.trimmed();
    }
    return names;
}

} // namespace

int runBackupCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption kubeconfigOption(QStringLiteral("kubeconfig"), QString(), QStringLiteral("file"));
    const QCommandLineOption contextOption(QStringLiteral("context"), QString(), QStringLiteral("name"));
    const QCommandLineOption namespaceOption({QStringLiteral("n"), QStringLiteral("namespace")}, QString(),
                                             QStringLiteral("namespace"));
    const QCommandLineOption targetsOption(QStringLiteral("targets"), QString(), QStringLiteral("file"));
    const QCommandLineOption datastoreOption(QStringLiteral("datastore"), QString(), QStringLiteral("name"));
    const QCommandLineOption allOption(QStringLiteral("all"));
    const QCommandLineOption outDirOption(QStringLiteral("out-dir"), QString(), QStringLiteral("dir"));
    const QCommandLineOption recipientOption(QStringLiteral("recipient"), QString(), QStringLiteral("fingerprint"));
    const QCommandLineOption passphraseOption(QStringLiteral("passphrase-file"), QString(), QStringLiteral("file"));
    const QCommandLineOption signKeyOption(QStringLiteral("sign-key"), QString(), QStringLiteral("fingerprint"));
    const QCommandLineOption dryRunOption(QStringLiteral("dry-run"));
    const QCommandLineOption retentionOption(QStringLiteral("retention"));
    const QCommandLineOption pruneOption(QStringLiteral("prune"));
    const QCommandLineOption yesOption(QStringLiteral("yes"));
    const QCommandLineOption helpOption(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    parser.addOptions({kubeconfigOption, contextOption, namespaceOption, targetsOption, datastoreOption, allOption,
                       outDirOption, recipientOption, passphraseOption, signKeyOption, dryRunOption, retentionOption,
                       pruneOption, yesOption, helpOption});
    auto usage = [](const QString &message) { return usageError(message, backupHelpText()); };
    if (const std::optional<int> done = parseCommandLine(parser, arguments, helpOption, backupHelpText()))
        return *done;
    const QString outDir = parser.value(outDirOption);
    if (outDir.isEmpty())
        return usage(QCoreApplication::translate("Cli", "--out-dir is required"));
    if (!QFileInfo(outDir).isDir())
        return usage(QCoreApplication::translate("Cli", "--out-dir %1 is not a directory").arg(outDir));
    if (parser.isSet(retentionOption)) {
        if (parser.isSet(pruneOption) && !parser.isSet(yesOption))
            return usage(QCoreApplication::translate("Cli", "--prune deletes backups: add --yes to confirm"));
        return retentionReport(outDir, parser.isSet(pruneOption));
    }
    if (parser.isSet(pruneOption))
        return usage(QCoreApplication::translate("Cli", "--prune only goes with --retention"));
    const QStringList names = splitNames(parser.values(datastoreOption));
    if (names.isEmpty() == !parser.isSet(allOption))
        return usage(QCoreApplication::translate("Cli", "name the datastores with --datastore, or say --all"));
    if (parser.isSet(targetsOption)
        && (parser.isSet(kubeconfigOption) || parser.isSet(contextOption) || parser.isSet(namespaceOption)))
        return usage(QCoreApplication::translate("Cli", "--targets cannot be combined with --kubeconfig, --context or --namespace"));
    if (parser.isSet(recipientOption) == parser.isSet(passphraseOption))
        return usage(QCoreApplication::translate("Cli", "give exactly one of --recipient and --passphrase-file"));
    Ops::Gpg::EncryptionKey key;
    key.recipientFingerprint = parser.value(recipientOption).remove(u' ');
    key.signerFingerprint = parser.value(signKeyOption).remove(u' ');
    if (parser.isSet(passphraseOption)) {
        QString error;
        key.passphrase = readPassphraseFile(parser.value(passphraseOption), &error, PassphraseFileRules::Private);
        if (key.passphrase.isEmpty())
            return usage(error);
    }
    const bool dryRun = parser.isSet(dryRunOption);
    const bool all = parser.isSet(allOption);

    auto session = std::make_shared<Session>();
    std::unique_ptr<Ops::Plan> plan;
    const int loaded = session->load(
        parser, kubeconfigOption, contextOption, namespaceOption, targetsOption,
        [session, names, all, key, outDir, dryRun, &plan] {
            QList<Ops::BackupRequest> requests;
            QStringList unknown = names;
            for (const Fleet::ScanTarget &target : std::as_const(session->targets)) {
                if (target.kind != Fleet::Kind::PostgreSQL || (!all && !names.contains(target.name)))
                    continue;
                unknown.removeAll(target.name);
                Ops::BackupRequest request;
                QString error;
                if (!session->endpointFor(target, &request.endpoint, &error)) {
                    err() << QCoreApplication::translate("Cli", "error: %1").arg(error) << u'\n';
                    session->finishWith(ExitUnreachable);
                    return;
                }
                request.outputDirectory = outDir;
                request.key = key;
                requests << request;
            }
            if (!unknown.isEmpty()) {
                err() << QCoreApplication::translate("Cli", "error: no PostgreSQL datastore named %1").arg(unknown.join(QStringLiteral(", "))) << u'\n';
                session->finishWith(ExitUsage);
                return;
            }
            if (requests.isEmpty()) {
                err() << QCoreApplication::translate("Cli", "error: no PostgreSQL datastore to back up") << u'\n';
                session->finishWith(ExitUsage);
                return;
            }
            plan = Ops::makeBackupPlan(requests);
            for (int i = 0; i < plan->size(); ++i)
                err() << QStringLiteral("  %1\n").arg(plan->step(i)->preview());
            Ops::Plan *raw = plan.get();
            session->runPlan(raw, dryRun, [raw](Ops::Runner::Outcome) {
                for (int i = 0; i < raw->size(); ++i) {
                    const auto *step = static_cast<const Ops::BackupStep *>(raw->step(i));
                    if (step->result().ok)
                        out() << step->result().path << u'\n';
                }
                out().flush();
            });
        });
    if (loaded != ExitOk) {
        err().flush();
        return loaded;
    }
    QCoreApplication::exec();
    return session->exitCode;
}

int runRestoreCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption kubeconfigOption(QStringLiteral("kubeconfig"), QString(), QStringLiteral("file"));
    const QCommandLineOption contextOption(QStringLiteral("context"), QString(), QStringLiteral("name"));
    const QCommandLineOption namespaceOption({QStringLiteral("n"), QStringLiteral("namespace")}, QString(),
                                             QStringLiteral("namespace"));
    const QCommandLineOption targetsOption(QStringLiteral("targets"), QString(), QStringLiteral("file"));
    const QCommandLineOption datastoreOption(QStringLiteral("datastore"), QString(), QStringLiteral("name"));
    const QCommandLineOption databaseOption(QStringLiteral("database"), QString(), QStringLiteral("name"));
    const QCommandLineOption fileOption(QStringLiteral("file"), QString(), QStringLiteral("file"));
    const QCommandLineOption passphraseOption(QStringLiteral("passphrase-file"), QString(), QStringLiteral("file"));
    const QCommandLineOption dryRunOption(QStringLiteral("dry-run"));
    const QCommandLineOption yesOption(QStringLiteral("yes"));
    const QCommandLineOption allowUnsignedOption(QStringLiteral("allow-unsigned"));
    const QCommandLineOption helpOption(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    parser.addOptions({kubeconfigOption, contextOption, namespaceOption, targetsOption, datastoreOption, databaseOption,
                       fileOption, passphraseOption, allowUnsignedOption, dryRunOption, yesOption, helpOption});
    auto usage = [](const QString &message) { return usageError(message, restoreHelpText()); };
    if (const std::optional<int> done = parseCommandLine(parser, arguments, helpOption, restoreHelpText()))
        return *done;
    const QString datastore = parser.value(datastoreOption);
    if (datastore.isEmpty())
        return usage(QCoreApplication::translate("Cli", "--datastore is required"));
    const QString file = parser.value(fileOption);
    if (file.isEmpty() || !QFileInfo(file).isFile())
        return usage(QCoreApplication::translate("Cli", "--file must name an existing backup file"));
    if (parser.isSet(dryRunOption) == parser.isSet(yesOption))
        return usage(QCoreApplication::translate("Cli", "say --dry-run to rehearse on a scratch copy, or --yes to restore and swap"));
    if (parser.isSet(targetsOption)
        && (parser.isSet(kubeconfigOption) || parser.isSet(contextOption) || parser.isSet(namespaceOption)))
        return usage(QCoreApplication::translate("Cli", "--targets cannot be combined with --kubeconfig, --context or --namespace"));
    Core::Secret passphrase;
    if (parser.isSet(passphraseOption)) {
        QString error;
        passphrase = readPassphraseFile(parser.value(passphraseOption), &error, PassphraseFileRules::Private);
        if (passphrase.isEmpty())
            return usage(error);
    }
    const bool dryRun = parser.isSet(dryRunOption);
    const bool allowUnsigned = parser.isSet(allowUnsignedOption);
    const QString database = parser.value(databaseOption);

    auto session = std::make_shared<Session>();
    std::unique_ptr<Ops::Plan> plan;
    std::shared_ptr<Ops::RestoreSession> restore;
    const int loaded = session->load(
        parser, kubeconfigOption, contextOption, namespaceOption, targetsOption,
        [session, datastore, database, file, passphrase, dryRun, allowUnsigned, &plan, &restore] {
            for (const Fleet::ScanTarget &target : std::as_const(session->targets)) {
                if (target.name != datastore)
                    continue;
                if (target.kind != Fleet::Kind::PostgreSQL) {
                    err() << QCoreApplication::translate("Cli", "error: %1 is not a PostgreSQL datastore").arg(datastore) << u'\n';
                    session->finishWith(ExitUsage);
                    return;
                }
                Ops::RestoreRequest request;
                QString error;
                if (!session->endpointFor(target, &request.endpoint, &error)) {
                    err() << QCoreApplication::translate("Cli", "error: %1").arg(error) << u'\n';
                    session->finishWith(ExitUnreachable);
                    return;
                }
                if (!database.isEmpty())
                    request.endpoint.database = database;
                request.backupFile = QFileInfo(file).absoluteFilePath();
                request.passphrase = passphrase;
                request.allowUnsigned = allowUnsigned;
                request.swap = true; // in a dry run the swap only checks that it could be done
                plan = Ops::makeRestorePlan(request, &restore);
                for (int i = 0; i < plan->size(); ++i)
                    err() << QStringLiteral("  %1. %2\n").arg(i + 1).arg(plan->step(i)->preview());
                auto restoreSession = restore;
                session->runPlan(plan.get(), dryRun, [restoreSession](Ops::Runner::Outcome) {
                    if (!restoreSession->restoredAs.isEmpty())
                        out() << QCoreApplication::translate("Cli", "The dump ran as role %1.\n").arg(restoreSession->restoredAs);
                    if (restoreSession->comparison.isEmpty()) {
                        out().flush();
                        return;
                    }
                    out() << QStringLiteral("%1 %2 %3 %4\n")
                                 .arg(QCoreApplication::translate("Cli", "TABLE"), -40)
                                 .arg(QCoreApplication::translate("Cli", "DUMP"), 10)
                                 .arg(QCoreApplication::translate("Cli", "RESTORED"), 10)
                                 .arg(QCoreApplication::translate("Cli", "LIVE"), 10);
                    for (const Ops::TableComparison &row : std::as_const(restoreSession->comparison))
                        out() << QStringLiteral("%1 %2 %3 %4\n")
                                     .arg(row.table, -40)
                                     .arg(row.dumpRows, 10)
                                     .arg(row.scratchRows, 10)
                                     .arg(row.liveRows < 0 ? QStringLiteral("-") : QString::number(row.liveRows), 10);
                    out().flush();
                });
                return;
            }
            err() << QCoreApplication::translate("Cli", "error: no datastore named %1").arg(datastore) << u'\n';
            session->finishWith(ExitUsage);
        });
    if (loaded != ExitOk) {
        err().flush();
        return loaded;
    }
    QCoreApplication::exec();
    // The plan and its temp files go before the session's port-forwards.
    plan.reset();
    restore.reset();
    return session->exitCode;
}

QString backupHelpText()
{
    return withVerbosityHelp(backupHelpTextBody());
}

QString restoreHelpText()
{
    return withVerbosityHelp(restoreHelpTextBody());
}

} // namespace Cli
