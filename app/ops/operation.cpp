// SPDX-License-Identifier: GPL-3.0-or-later
// The descriptors of the operation kinds: their parameters, which of resume and rollback is safe, how their plan
// is made again from a journal, and their clean-up.
#include "ops/operation.h"

#include "core/logging.h"
#include "fleet/fleetscanner.h"
#include "fleet/inventory.h"
#include "kube/kubeclient.h"
#include "ops/backupcreate.h"
#include "ops/backupformat.h"
#include "ops/backuprestore.h"
#include "ops/certrenewal.h"
#include "ops/passwordrotation.h"
#include "ops/pgendpointresolver.h"
#include "ops/recovery.h"
#include "ops/restartworkloadsstep.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QPointer>

#include <functional>

namespace Ops {

namespace {

QStringList stringsOf(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &v : value.toArray())
        list << v.toString();
    return list;
}

QString noConnection()
{
    return QCoreApplication::translate("Ops::Recovery", "There is no connection to the cluster");
}

/** Reads the namespace's inventory again and goes on with it on @p context's thread; its error ends the build. */
QFuture<BuiltPlan> withInventory(Kube::KubeClient *client, const QString &namespaceName, QObject *context,
                                 std::function<QFuture<BuiltPlan>(const Fleet::InventoryResult &)> next)
{
    return Fleet::loadInventory(client, namespaceName, context)
        .then(context, [next = std::move(next)](const Fleet::InventoryResult &inventory) {
            if (!inventory.error.isEmpty())
                return readyPlan(nullptr, inventory.error);
            return next(inventory);
        })
        .unwrap();
}

/**
 * A crashed run's private temp dir (a restore's decrypted dump, CA files): truncate and remove the regular files in
 * it and the dir itself. Only a directory named like PrivateDir's, not a link.
 */
void wipePrivateDir(const QString &path)
{
    const QFileInfo dir(path);
    if (path.isEmpty() || !dir.fileName().startsWith(QLatin1String("proofer-ops-")) || dir.isSymLink() || !dir.isDir())
        return;
    for (const QFileInfo &entry : QDir(path).entryInfoList(QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot)) {
        if (entry.isSymLink() || !entry.isFile()) {
            QFile::remove(entry.filePath()); // the link, not its target
            continue;
        }
        QFile file(entry.filePath());
        file.resize(0);
        file.remove();
    }
    if (QDir().rmdir(path))
        qCInfo(lcOps) << "removed the private temporary directory" << path << "of a crashed run";
    else
        qCWarning(lcOps) << "cannot remove the private temporary directory" << path;
}

// ---- renew-certs -------------------------------------------------------------------------------------------

class RenewCertsOperation final : public Operation
{
public:
    QString kind() const override { return QStringLiteral("renew-certs"); }
    QList<Parameter> parameters() const override
    {
        return {{QStringLiteral("namespace"), QStringLiteral("--namespace")},
                {QStringLiteral("datastores"), QStringLiteral("--datastore")},
                {QStringLiteral("caMode"), QStringLiteral("--new-ca")},
                {QStringLiteral("caCertificate"), QStringLiteral("--ca-cert")},
                {QStringLiteral("caKey"), QStringLiteral("--ca-key")},
                {QStringLiteral("caValidityDays"), QString()},
                {QStringLiteral("keyType"), QStringLiteral("--key-type")},
                {QStringLiteral("rsaBits"), QString()},
                {QStringLiteral("validityDays"), QStringLiteral("--days")},
                {QStringLiteral("outputDirectory"), QStringLiteral("--out-dir")}};
    }

    void judge(UnfinishedRun *run, const QStringList &journalSteps) const override
    {
        // A rebuilt plan makes new keys and, with a new CA, a new CA: it may only go on from files that are whole and
        // signed by the CA that was written.
        const bool caWritten = run->stepsApplied.contains(QStringLiteral("write-ca"));
        bool allFilesWritten = true;
        for (const QString &id : journalSteps) {
            if (id.startsWith(QLatin1String("write-files/")) && !run->stepsApplied.contains(id))
                allFilesWritten = false;
        }
        if (caWritten && !allFilesWritten) {
            run->canResume = false;
            run->resumeRefusal = QCoreApplication::translate("Ops::Recovery", "The new CA was written but not every certificate it signs: a plan made again would sign "
                                                                              "them with another CA. Roll back, then renew again.");
        }
        if (run->interruptedStep.startsWith(QLatin1String("write-"))) {
            run->canResume = false;
            run->resumeRefusal = QCoreApplication::translate("Ops::Recovery", "Writing the files of “%1” was interrupted: they may be incomplete. Roll back, then renew "
                                                                              "again into a new directory.")
                                     .arg(run->interruptedStep);
        }
    }

    QFuture<BuiltPlan> rebuild(Kube::KubeClient *client, const UnfinishedRun &run, const RecoveryInputs &,
                               QObject *context) const override
    {
        QPointer<Kube::KubeClient> guarded = client;
        const QJsonObject parameters = run.parameters;
        return withInventory(client, parameters.value(QLatin1String("namespace")).toString(), context,
                             [guarded, parameters, context](const Fleet::InventoryResult &inventory) {
                                 if (!guarded)
                                     return readyPlan(nullptr, noConnection());
                                 return buildCertRenewal(guarded, inventory, RenewalOptions::fromJson(parameters), context)
                                     .then(context, [](const RenewalPlan &renewal) {
                                         return BuiltPlan{renewal.plan, renewal.plan ? QString() : renewal.error, renewal.notes};
                                     });
                             });
    }
};

// ---- rotate-password ---------------------------------------------------------------------------------------

class RotatePasswordOperation final : public Operation
{
public:
    QString kind() const override { return QStringLiteral("rotate-password"); }
    QList<Parameter> parameters() const override
    {
        return {{QStringLiteral("namespace"), QStringLiteral("--namespace")},
                {QStringLiteral("datastores"), QStringLiteral("--datastore")},
                {QStringLiteral("recoveryDirectory"), QStringLiteral("--recovery-dir")}};
    }
    bool needsPassphrase() const override { return true; }

    void judge(UnfinishedRun *run, const QStringList &) const override
    {
        for (const QString &id : std::as_const(run->stepsApplied)) {
            if (!id.startsWith(QLatin1String("patch-secret/")))
                continue;
            // The old password exists nowhere any more once the Secret holds the new one (by design).
            run->canRollback = false;
            run->rollbackRefusal = QCoreApplication::translate("Ops::Recovery", "A Secret already holds its new password and its consumers may be using it: resume to "
                                                                                "finish the rotation (the encrypted recovery record is kept until the new "
                                                                                "password is verified).");
            return;
        }
    }

    QFuture<BuiltPlan> rebuild(Kube::KubeClient *client, const UnfinishedRun &run, const RecoveryInputs &inputs,
                               QObject *context) const override
    {
        if (inputs.recoveryPassphrase.isEmpty())
            return readyPlan(nullptr, QCoreApplication::translate("Ops::Recovery", "The recovery passphrase is needed: the passwords are only in the encrypted recovery records."));
        QPointer<Kube::KubeClient> guarded = client;
        const QJsonObject parameters = run.parameters;
        const QString namespaceName = parameters.value(QLatin1String("namespace")).toString();
        return withInventory(client, namespaceName, context, [guarded, parameters, namespaceName, inputs](const Fleet::InventoryResult &inventory) {
            RotationOptions options;
            options.namespaceName = namespaceName;
            options.datastores = stringsOf(parameters.value(QLatin1String("datastores")));
            options.recoveryDirectory = parameters.value(QLatin1String("recoveryDirectory")).toString();
            options.recoveryPassphrase = inputs.recoveryPassphrase;
            RotationPlan rotation = buildPasswordRotation(guarded, inventory, options);
            if (!rotation.plan)
                return readyPlan(nullptr, rotation.error);
            return readyPlan(std::shared_ptr<Plan>(std::move(rotation.plan)), {}, rotation.skipped);
        });
    }
};

// ---- backup ------------------------------------------------------------------------------------------------

class BackupOperation final : public Operation
{
public:
    QString kind() const override { return QStringLiteral("backup"); }
    QList<Parameter> parameters() const override
    {
        return {{QStringLiteral("datastores"), QStringLiteral("--datastore")},
                {QStringLiteral("databases"), QString()},
                {QStringLiteral("directory"), QStringLiteral("--out-dir")},
                {QStringLiteral("files"), QString()},
                {QStringLiteral("partials"), QString()},
                {QStringLiteral("tmpDirs"), QString()}};
    }
    /** Its rollback only deletes local partial files: any connection will do, or none. */
    bool needsCluster() const override { return false; }

    void judge(UnfinishedRun *run, const QStringList &) const override
    {
        run->canResume = false;
        run->resumeRefusal = QCoreApplication::translate("Ops::Recovery", "A backup is not continued: the encryption key is not in the journal and a half-written file is "
                                                                          "never kept. The finished backups stay; roll back to close this run, then back up again.");
    }

    QFuture<BuiltPlan> rebuild(Kube::KubeClient *, const UnfinishedRun &run, const RecoveryInputs &, QObject *) const override
    {
        // Nothing of a backup is undone (a written backup is kept), and it is never resumed: the plan
        // only has to name the same steps.
        const QJsonObject &parameters = run.parameters;
        const QStringList datastores = stringsOf(parameters.value(QLatin1String("datastores")));
        const QStringList databases = stringsOf(parameters.value(QLatin1String("databases")));
        const QStringList files = stringsOf(parameters.value(QLatin1String("files")));
        const QStringList partials = stringsOf(parameters.value(QLatin1String("partials")));
        const QStringList tmpDirs = stringsOf(parameters.value(QLatin1String("tmpDirs")));
        QList<BackupRequest> requests;
        for (qsizetype i = 0; i < datastores.size(); ++i) {
            BackupRequest request;
            request.endpoint.datastore = datastores.at(i);
            request.endpoint.database = databases.value(i);
            request.outputDirectory = parameters.value(QLatin1String("directory")).toString();
            // The names the journal gave before anything was written (an interrupted step observes its file by it).
            if (const auto name = BackupName::parse(files.value(i)))
                request.timestamp = name->timestamp;
            request.partialPath = partials.value(i);
            request.tempDirectory = tmpDirs.value(i);
            requests << request;
        }
        return readyPlan(std::shared_ptr<Plan>(makeBackupPlan(requests)));
    }

    /**
     * A backup that crashed left the ".partial" file it was writing (named in the journal's parameters before it
     * was created): delete it. Only those files, only while they are still regular ".partial" files in the run's
     * backup directory (never a link, never a finished backup).
     */
    void cleanUp(const UnfinishedRun &run) const override
    {
        if (run.ownerAlive)
            return;
        // The private dirs its steps made (named in the journal before they were made): CA files; never a password.
        for (const QString &path : stringsOf(run.parameters.value(QLatin1String("tmpDirs"))))
            wipePrivateDir(path);
        const QString directory = QFileInfo(run.parameters.value(QLatin1String("directory")).toString()).absoluteFilePath();
        for (const QString &path : stringsOf(run.parameters.value(QLatin1String("partials")))) {
            const QFileInfo partial(path);
            if (path.isEmpty() || !partial.fileName().endsWith(QLatin1String(partialSuffix)) || partial.isSymLink()
                || !partial.isFile() || partial.absolutePath() != directory)
                continue;
            if (QFile::remove(partial.absoluteFilePath()))
                qCInfo(lcOps) << "removed the partial backup" << partial.absoluteFilePath() << "of a crashed run";
            else
                qCWarning(lcOps) << "cannot remove the partial backup" << partial.absoluteFilePath();
        }
    }
};

// ---- restore -----------------------------------------------------------------------------------------------

class RestoreOperation final : public Operation
{
public:
    QString kind() const override { return QStringLiteral("restore"); }
    QList<Parameter> parameters() const override
    {
        return {{QStringLiteral("namespace"), QStringLiteral("--namespace")},
                {QStringLiteral("datastore"), QStringLiteral("--datastore")},
                {QStringLiteral("database"), QStringLiteral("--database")},
                {QStringLiteral("file"), QStringLiteral("--file")},
                {QStringLiteral("scratch"), QString()},
                {QStringLiteral("previous"), QString()},
                {QStringLiteral("swap"), QString()},
                {QStringLiteral("tmp"), QString()}};
    }

    void judge(UnfinishedRun *run, const QStringList &) const override
    {
        run->canResume = false;
        run->resumeRefusal = QCoreApplication::translate("Ops::Recovery", "A restore is not continued: its decrypted dump is not kept for a later run (a "
                                                                          "rollback wipes what is left of it). Roll back (the scratch copy is dropped, a swap is "
                                                                          "undone), then restore again.");
    }

    QFuture<BuiltPlan> rebuild(Kube::KubeClient *client, const UnfinishedRun &run, const RecoveryInputs &inputs,
                               QObject *context) const override
    {
        const QJsonObject parameters = run.parameters;
        const QString namespaceName = parameters.value(QLatin1String("namespace")).toString();
        const QString datastore = parameters.value(QLatin1String("datastore")).toString();
        const QDateTime started = run.started;
        if (namespaceName.isEmpty())
            // An empty namespace would list every namespace and could pick a namesake datastore elsewhere.
            return readyPlan(nullptr, QCoreApplication::translate("Ops::Recovery",
                                                                  "This restore journal does not say which namespace it ran in; "
                                                                  "it cannot be rolled back from here. Drop its scratch database %1 by hand.")
                                          .arg(parameters.value(QLatin1String("scratch")).toString()));
        QPointer<Kube::KubeClient> guarded = client;
        return withInventory(client, namespaceName, context,
                             [guarded, parameters, datastore, context, inputs, started](const Fleet::InventoryResult &inventory) {
            RestoreRequest request;
            bool found = false;
            for (const Fleet::ScanTarget &target : Fleet::targetsFromInventory(inventory)) {
                if (target.name != datastore)
                    continue;
                // The port-forward lives as long as the runner's owner.
                auto *resolver = new PgEndpointResolver(guarded, context);
                QString error;
                if (!resolver->resolve(target, &request.endpoint, &error))
                    return readyPlan(nullptr, error);
                found = true;
            }
            if (!found)
                return readyPlan(nullptr, QCoreApplication::translate("Ops::Recovery", "There is no datastore %1 in the namespace any more").arg(datastore));
            request.endpoint.database = parameters.value(QLatin1String("database")).toString();
            request.backupFile = parameters.value(QLatin1String("file")).toString();
            request.gnupgHome = inputs.gnupgHome;
            request.timestamp = started;
            // The names the journal recorded before anything was made (the start time may be a second later).
            request.scratchName = parameters.value(QLatin1String("scratch")).toString();
            request.previousName = parameters.value(QLatin1String("previous")).toString();
            request.restoreRoleName = parameters.value(QLatin1String("restoreRole")).toString(); // none in older journals
            request.namesFromJournal = true;
            request.swap = parameters.value(QLatin1String("swap")).toBool(true);
            return readyPlan(std::shared_ptr<Plan>(makeRestorePlan(request)));
        });
    }

    /** Its decrypted dump and CA files, in the private temp dir the journal names. */
    void cleanUp(const UnfinishedRun &run) const override
    {
        if (!run.ownerAlive)
            wipePrivateDir(run.parameters.value(QLatin1String("tmp")).toString());
    }
};

// ---- restart-workload --------------------------------------------------------------------------------------

class RestartWorkloadOperation final : public Operation
{
public:
    QString kind() const override { return QStringLiteral("restart-workload"); }
    QList<Parameter> parameters() const override
    {
        return {{QStringLiteral("namespace"), QStringLiteral("--namespace")},
                {QStringLiteral("workloadKind"), QString()},
                {QStringLiteral("workload"), QString()},
                {QStringLiteral("timeoutMs"), QString()}};
    }

    /** Both are safe: a restart done again only restarts again, and nothing of a restart is put back. */
    void judge(UnfinishedRun *, const QStringList &) const override {}

    QFuture<BuiltPlan> rebuild(Kube::KubeClient *client, const UnfinishedRun &run, const RecoveryInputs &, QObject *) const override
    {
        const QJsonObject &p = run.parameters;
        return readyPlan(std::shared_ptr<Plan>(buildRestartWorkloadPlan(
            client, p.value(QLatin1String("namespace")).toString(), p.value(QLatin1String("workloadKind")).toString(),
            p.value(QLatin1String("workload")).toString(),
            std::chrono::milliseconds(p.value(QLatin1String("timeoutMs")).toInteger(300000)))));
    }
};

} // namespace

QFuture<BuiltPlan> readyPlan(std::shared_ptr<Plan> plan, const QString &error, const QStringList &notes)
{
    return QtFuture::makeReadyFuture(BuiltPlan{std::move(plan), error, notes});
}

QList<const Operation *> operations()
{
    static const RenewCertsOperation renewCerts;
    static const RotatePasswordOperation rotatePassword;
    static const BackupOperation backup;
    static const RestoreOperation restore;
    static const RestartWorkloadOperation restartWorkload;
    return {&renewCerts, &rotatePassword, &backup, &restore, &restartWorkload};
}

const Operation *operationFor(const QString &kind)
{
    for (const Operation *operation : operations()) {
        if (operation->kind() == kind)
            return operation;
    }
    return nullptr;
}

} // namespace Ops
