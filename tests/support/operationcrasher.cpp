// SPDX-License-Identifier: GPL-3.0-or-later
// Runs a renew-certs or rotate-password plan against a cluster with a journal, and dies with _exit(9) right
// after step N's phase (apply or verify) is journaled — no destructor, no "end" line, as a killed process
// leaves it. Prints "journal <path>" first. Exit 0 means it reached the end without crashing (the test fails
// then); 3 means it could not start.
//
//   operationcrasher rotate-password KUBECONFIG NAMESPACE JOURNAL_DIR RECOVERY_DIR PASSPHRASE_FILE DATASTORE STEP PHASE
//   operationcrasher renew-certs     KUBECONFIG NAMESPACE JOURNAL_DIR OUT_DIR DATASTORE STEP PHASE
//   operationcrasher restore         KUBECONFIG NAMESPACE JOURNAL_DIR PASSPHRASE_FILE DATASTORE DATABASE FILE STEP PHASE
//   operationcrasher backup          KUBECONFIG NAMESPACE JOURNAL_DIR PASSPHRASE_FILE DATASTORE DB1,DB2.. OUT_DIR STEP PHASE
// PHASE "begin": dies as soon as step N's apply is journaled as begun, before it runs (an in-doubt step).
// backup/restore use $GNUPGHOME. PHASE "during" (backup): dies while step N's apply runs, as soon as a
// ".partial" file is in OUT_DIR (or right after the step, if it was too quick to be caught).
#include "core/secret.h"
#include "fleet/inventory.h"
#include "kube/kubeclient.h"
#include "kube/kubeconfigloader.h"
#include "fleet/fleetscanner.h"
#include "ops/backupcreate.h"
#include "ops/backuprestore.h"
#include "ops/certrenewal.h"
#include "ops/journal.h"
#include "ops/passwordrotation.h"
#include "ops/pgendpointresolver.h"
#include "ops/recovery.h"
#include "ops/runner.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTimer>
#include <QStandardPaths>

#include <cstdio>
#include <memory>

#include <unistd.h>

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "operationcrasher: %s\n", qPrintable(message));
    std::fflush(stderr);
    return 3;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QStringList args = app.arguments();
    if (args.size() < 2)
        return fail(QStringLiteral("usage: see the source"));
    const QString kind = args.at(1);
    const bool rotate = kind == u"rotate-password";
    const bool restore = kind == u"restore";
    const bool backup = kind == u"backup";
    const qsizetype expected = rotate ? 10 : (restore || backup) ? 11 : kind == u"renew-certs" ? 9 : -1;
    if (args.size() != expected)
        return fail(QStringLiteral("bad arguments"));
    const QString kubeconfig = args.at(2);
    const QString ns = args.at(3);
    const QString journalDir = args.at(4);
    const int crashStep = args.at(args.size() - 2).toInt();
    const QString crashPhase = args.at(args.size() - 1);

    Kube::KubeconfigLoader loader;
    loader.setExplicitPath(kubeconfig);
    const auto config = loader.load();
    if (!config.ok())
        return fail(config.error());
    const auto context = Kube::KubeconfigLoader::resolve(*config, QString());
    if (!context.ok())
        return fail(context.error());
    auto client = std::make_unique<Kube::KubeClient>(*context);

    std::shared_ptr<Ops::Plan> plan;
    Ops::Journal journal;
    Ops::Runner runner;
    int code = 0;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &app, [&] {
        if (!QDir(args.at(8)).entryList({QStringLiteral("*.partial")}, QDir::Files).isEmpty()) {
            std::printf("crash during %s with a partial file\n", qPrintable(plan->step(crashStep)->id()));
            std::fflush(stdout);
            ::_exit(9);
        }
    });
    QObject::connect(&runner, &Ops::Runner::stepStarted, &app, [&](int index, const QString &phase) {
        if (crashPhase == u"during" && index == crashStep && phase == u"apply")
            poll.start(0);
        if (crashPhase == u"begin" && index == crashStep && phase == u"apply") {
            // The journal says "begin" and nothing more: the step is in doubt.
            std::printf("crash at begin of %s\n", qPrintable(plan->step(index)->id()));
            std::fflush(stdout);
            ::_exit(9);
        }
    });
    QObject::connect(&runner, &Ops::Runner::stepFinished, &app, [&](int index, const QString &phase, const Ops::StepResult &result) {
        if (index == crashStep && (phase == crashPhase || crashPhase == u"during") && result.ok) {
            std::printf("crash after %s %s\n", qPrintable(plan->step(index)->id()), qPrintable(phase));
            std::fflush(stdout);
            ::_exit(9);
        }
    });
    QObject::connect(&runner, &Ops::Runner::finished, &app, [&](Ops::Runner::Outcome outcome, const QString &message) {
        std::printf("finished %d: %s\n", int(outcome), qPrintable(message));
        std::fflush(stdout);
        code = outcome == Ops::Runner::Outcome::Succeeded ? 0 : 4;
        app.quit();
    });
    auto start = [&](std::shared_ptr<Ops::Plan> built) {
        plan = std::move(built);
        QString error;
        journal = Ops::Journal::create(journalDir, plan->kind(), &error);
        journal.setCluster(Ops::clusterJson(client.get()));
        if (!journal.isValid()) {
            code = fail(error);
            app.quit();
            return;
        }
        std::printf("journal %s\n", qPrintable(journal.path()));
        std::fflush(stdout);
        runner.setJournal(&journal);
        runner.run(plan.get());
    };

    Fleet::loadInventory(client.get(), ns, &app).then(&app, [&](const Fleet::InventoryResult &inventory) {
        if (!inventory.error.isEmpty()) {
            code = fail(inventory.error);
            app.quit();
            return;
        }
        if (restore || backup) {
            QFile file(args.at(5));
            if (!file.open(QIODevice::ReadOnly)) {
                code = fail(file.errorString());
                app.quit();
                return;
            }
            QByteArray line = file.readLine().trimmed();
            const Core::Secret passphrase(line);
            Core::wipe(line);
            Ops::PgEndpoint endpoint;
            bool found = false;
            for (const Fleet::ScanTarget &target : Fleet::targetsFromInventory(inventory)) {
                if (target.name != args.at(6))
                    continue;
                auto *resolver = new Ops::PgEndpointResolver(client.get(), &app);
                QString error;
                if (!resolver->resolve(target, &endpoint, &error)) {
                    code = fail(error);
                    app.quit();
                    return;
                }
                found = true;
            }
            if (!found) {
                code = fail(QStringLiteral("no datastore ") + args.at(6));
                app.quit();
                return;
            }
            if (restore) {
                Ops::RestoreRequest request;
                request.endpoint = endpoint;
                request.endpoint.database = args.at(7);
                request.backupFile = args.at(8);
                request.passphrase = passphrase;
                start(std::shared_ptr<Ops::Plan>(Ops::makeRestorePlan(request)));
                return;
            }
            QList<Ops::BackupRequest> requests;
            for (const QString &database : args.at(7).split(u',')) {
                Ops::BackupRequest request;
                request.endpoint = endpoint;
                request.endpoint.database = database;
                request.outputDirectory = args.at(8);
                request.key.passphrase = passphrase;
                requests << request;
            }
            start(std::shared_ptr<Ops::Plan>(Ops::makeBackupPlan(requests)));
            return;
        }
        if (rotate) {
            Ops::RotationOptions options;
            options.namespaceName = ns;
            options.datastores = {args.at(7)};
            options.recoveryDirectory = args.at(5);
            QFile file(args.at(6));
            if (!file.open(QIODevice::ReadOnly)) {
                code = fail(file.errorString());
                app.quit();
                return;
            }
            QByteArray line = file.readLine().trimmed();
            options.recoveryPassphrase = Core::Secret(line);
            Core::wipe(line);
            options.rolloutTimeout = std::chrono::seconds(60);
            Ops::RotationPlan rotation = Ops::buildPasswordRotation(client.get(), inventory, options);
            if (!rotation.plan) {
                code = fail(rotation.error);
                app.quit();
                return;
            }
            start(std::shared_ptr<Ops::Plan>(std::move(rotation.plan)));
            return;
        }
        Ops::RenewalOptions options;
        options.namespaceName = ns;
        options.datastores = {args.at(6)};
        options.keyType = Ops::KeyPair::Type::EcP256;
        options.outputDirectory = args.at(5);
        options.rolloutTimeoutMs = 60000;
        Ops::buildCertRenewal(client.get(), inventory, options, &app).then(&app, [&](const Ops::RenewalPlan &renewal) {
            if (!renewal.plan) {
                code = fail(renewal.error);
                app.quit();
                return;
            }
            start(renewal.plan);
        });
    });
    app.exec();
    return code;
}
