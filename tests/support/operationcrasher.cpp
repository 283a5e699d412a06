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
// backup/restore use $GNUPGHOME. PHASE "during" (backup): dies while step N's apply runs, as soon as a
// ".partial" file is in OUT_DIR (or right after the step, if it was too quick to be caught).
// The in-doubt boundaries (the journal says "begin" and nothing after it):
//   PHASE "in-doubt-before" (or "begin"): dies once step N's begin is journaled, before its apply sends anything;
//   PHASE "in-doubt-after":  dies once step N's apply has done its work (the server or the API applied it),
//                            before the runner journals it — as a kill while the answer is on the wire.
// PHASE "dry-run" (restore): runs a dry run and dies while step N runs, as soon as the dry run's own journal (in
// JOURNAL_DIR) records its scratch database as made.
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
#include <QFileInfo>
#include <QTimer>
#include <QStandardPaths>

#include <cstdio>
#include <memory>

#include <unistd.h>

namespace {

/** Runs the wrapped step; dies as soon as its apply succeeded, before anyone hears of it. */
class DieAfterApply final : public Ops::Step
{
public:
    explicit DieAfterApply(std::unique_ptr<Ops::Step> inner)
        : m_inner(std::move(inner))
    {
    }
    QString id() const override { return m_inner->id(); }
    QString title() const override { return m_inner->title(); }
    QString preview() const override { return m_inner->preview(); }
    QFuture<Ops::StepResult> apply(const Ops::RunContext &context) override
    {
        const QString id = m_inner->id();
        return m_inner->apply(context).then([id](const Ops::StepResult &result) {
            if (result.ok) {
                std::printf("crash in doubt after %s applied\n", qPrintable(id));
                std::fflush(stdout);
                ::_exit(9);
            }
            return result;
        });
    }
    QFuture<Ops::StepResult> verify(const Ops::RunContext &context) override { return m_inner->verify(context); }
    QFuture<Ops::StepResult> undo(const Ops::RunContext &context) override { return m_inner->undo(context); }
    QFuture<Ops::Observation> observe(const Ops::RunContext &context) override { return m_inner->observe(context); }
    bool hasUndo() const override { return m_inner->hasUndo(); }
    QJsonObject beginState() override { return m_inner->beginState(); }
    QJsonObject journalState() const override { return m_inner->journalState(); }
    bool restoreJournalState(const QJsonObject &state) override { return m_inner->restoreJournalState(state); }

private:
    std::unique_ptr<Ops::Step> m_inner;
};

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
        if (crashPhase == u"dry-run") {
            for (const QFileInfo &file : QDir(journalDir).entryInfoList({QStringLiteral("*.jsonl")}, QDir::Files)) {
                QFile journalFile(file.filePath());
                if (file.filePath() == journal.path() || !journalFile.open(QIODevice::ReadOnly))
                    continue;
                const QByteArray text = journalFile.readAll();
                // An earlier dry run's journal (ended: rolled back) is not this one's.
                if (text.contains("\"dryRunCopy\":true") && text.contains("\"event\":\"applied\",\"index\":2")
                    && !text.contains("\"event\":\"end\"")) {
                    std::printf("crash during the dry run of %s with its scratch database made\n", qPrintable(plan->step(crashStep)->id()));
                    std::fflush(stdout);
                    ::_exit(9);
                }
            }
            return;
        }
        if (!QDir(args.at(8)).entryList({QStringLiteral("*.partial")}, QDir::Files).isEmpty()) {
            std::printf("crash during %s with a partial file\n", qPrintable(plan->step(crashStep)->id()));
            std::fflush(stdout);
            ::_exit(9);
        }
    });
    QObject::connect(&runner, &Ops::Runner::stepStarted, &app, [&](int index, const QString &phase) {
        if ((crashPhase == u"during" && index == crashStep && phase == u"apply") || (crashPhase == u"dry-run" && index == crashStep))
            poll.start(crashPhase == u"dry-run" ? 20 : 0);
        if ((crashPhase == u"in-doubt-before" || crashPhase == u"begin") && index == crashStep && phase == u"apply") {
            // The journal says "begin" and nothing more: the step is in doubt.
            std::printf("crash in doubt before %s\n", qPrintable(plan->step(index)->id()));
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
        if (crashPhase == u"in-doubt-after" && crashStep >= 0 && crashStep < plan->size())
            plan->wrapStep(crashStep, [](std::unique_ptr<Ops::Step> step) { return std::make_unique<DieAfterApply>(std::move(step)); });
        runner.setJournal(&journal);
        runner.run(plan.get(), crashPhase == u"dry-run");
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
                request.journalDirectory = journalDir;
                request.allowUnsigned = true; // the crash tests' backups are symmetric and unsigned
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
