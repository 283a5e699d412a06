// SPDX-License-Identifier: GPL-3.0-or-later
#include "ops/recovery.h"

#include "fleet/fleetscanner.h"
#include "fleet/inventory.h"
#include "kube/kubeclient.h"
#include "core/logging.h"
#include "ops/backupcreate.h"
#include "ops/backupformat.h"
#include "ops/backuprestore.h"
#include "ops/certrenewal.h"
#include "ops/journal.h"
#include "ops/passwordrotation.h"
#include "ops/pgendpointresolver.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QPromise>
#include <QUrl>

#include <cerrno>
#include <csignal>

#include <unistd.h>

namespace Ops {

namespace {

QDateTime parseTime(const QJsonValue &value)
{
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (time.isValid())
        time = time.toUTC();
    return time;
}

QStringList stringsOf(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &v : value.toArray())
        list << v.toString();
    return list;
}

/** When process @p pid started (UTC), from /proc; invalid when unknown. */
QDateTime processStartTime(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return {};
    const QByteArray line = stat.readAll();
    // The command name is in parentheses and may hold spaces: fields are counted after the last ')'.
    const qsizetype close = line.lastIndexOf(')');
    if (close < 0)
        return {};
    const QList<QByteArray> fields = line.mid(close + 2).split(' ');
    // Field 3 (state) is fields[0]; field 22 (starttime, clock ticks after boot) is fields[19].
    if (fields.size() < 20)
        return {};
    if (fields.at(0) == "Z" || fields.at(0) == "X")
        return QDateTime::fromSecsSinceEpoch(0, Qt::UTC).addYears(1000); // a zombie: never "alive"
    bool ok = false;
    const qulonglong ticks = fields.at(19).toULongLong(&ok);
    const long hz = ::sysconf(_SC_CLK_TCK);
    if (!ok || hz <= 0)
        return {};
    QFile procStat(QStringLiteral("/proc/stat"));
    if (!procStat.open(QIODevice::ReadOnly))
        return {};
    qint64 bootTime = -1;
    for (const QByteArray &l : procStat.readAll().split('\n')) {
        if (l.startsWith("btime "))
            bootTime = l.mid(6).trimmed().toLongLong();
    }
    if (bootTime < 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(bootTime * 1000 + qint64(ticks) * 1000 / hz, Qt::UTC);
}

QString describeEvent(const Journal::Entry &entry)
{
    return QStringLiteral("%1 %2").arg(entry.step, entry.event);
}

/** Reads the lines of @p path and says which could not be read. */
QString unreadableLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<int> bad;
    int number = 0;
    bool lastBad = false;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        ++number;
        if (line.isEmpty())
            continue;
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
        lastBad = parseError.error != QJsonParseError::NoError || !document.isObject();
        if (lastBad)
            bad << number;
    }
    if (bad.isEmpty())
        return {};
    if (bad.size() == 1 && lastBad && bad.constFirst() == number)
        return QCoreApplication::translate("Ops::Recovery", "The last line of the journal (line %1) is incomplete: the process stopped while writing it. It was ignored.")
            .arg(number);
    QStringList numbers;
    for (int n : std::as_const(bad))
        numbers << QString::number(n);
    return QCoreApplication::translate("Ops::Recovery", "Lines %1 of the journal cannot be read and were ignored.").arg(numbers.join(QStringLiteral(", ")));
}

template<typename T> std::shared_ptr<QPromise<T>> startedPromise()
{
    auto promise = std::make_shared<QPromise<T>>();
    promise->start();
    return promise;
}

void deliver(const std::shared_ptr<QPromise<RebuiltPlan>> &promise, std::shared_ptr<Plan> plan, const QString &error)
{
    RebuiltPlan result;
    result.plan = std::move(plan);
    result.error = error;
    promise->addResult(result);
    promise->finish();
}

/** The rebuilt plan must have the journal's steps, in the journal's order. */
QString checkSteps(const Plan &plan, const UnfinishedRun &run)
{
    Journal journal;
    QString error;
    journal = Journal::open(run.journalPath, &error);
    if (!journal.isValid())
        return error;
    const QStringList expected = stringsOf(journal.header().value(QLatin1String("steps")));
    QStringList got;
    for (int i = 0; i < plan.size(); ++i)
        got << plan.step(i)->id();
    if (got == expected)
        return {};
    return QCoreApplication::translate("Ops::Recovery", "The plan made again from the journal does not have the same steps as the run that stopped (the "
                                                        "fleet changed since: a datastore or Secret is gone or new). It cannot be resumed or rolled "
                                                        "back automatically; the journal %1 says what was done.")
        .arg(QDir::toNativeSeparators(run.journalPath));
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

void wipeRestoreTempDir(const UnfinishedRun &run)
{
    if (!run.ownerAlive)
        wipePrivateDir(run.parameters.value(QLatin1String("tmp")).toString());
}

/**
 * A backup that crashed left the ".partial" file it was writing (named in the journal's parameters before it
 * was created): delete it. Only those files, only while they are still regular ".partial" files in the run's
 * backup directory (never a link, never a finished backup).
 */
void removeBackupPartials(const UnfinishedRun &run)
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

} // namespace

QString UnfinishedRun::progressText() const
{
    QString text = QCoreApplication::translate("Ops::Recovery", "%1 of %2 steps applied").arg(stepsApplied.size()).arg(stepCount);
    if (!lastStep.isEmpty())
        text += QCoreApplication::translate("Ops::Recovery", ", last: %1").arg(lastStep);
    if (!interruptedStep.isEmpty())
        text += QCoreApplication::translate("Ops::Recovery", "; interrupted during: %1").arg(interruptedStep);
    if (rollingBack)
        text += QCoreApplication::translate("Ops::Recovery", "; it was rolling back");
    return text;
}

bool processIsAlive(qint64 pid, const QDateTime &notAfter)
{
    if (pid <= 0)
        return false;
    if (::kill(pid_t(pid), 0) != 0 && errno != EPERM)
        return false;
    const QDateTime started = processStartTime(pid);
    if (!started.isValid())
        return true; // alive, and nothing says it is another process that took the number
    // A process that started after the journal's line is another one that reused the pid (2 s of slack
    // for the clock tick rounding).
    return !notAfter.isValid() || started <= notAfter.addSecs(2);
}

QJsonObject clusterJson(const Kube::KubeClient *client)
{
    if (!client)
        return {};
    const Kube::ResolvedContext &context = client->context();
    // Never a password in the journal, even one written into the URL.
    const QString server = QUrl(context.cluster.server).adjusted(QUrl::RemoveUserInfo).toString();
    return {{QStringLiteral("server"), server}, {QStringLiteral("context"), context.context.name}};
}

namespace {

QString normalizedServer(const QString &server)
{
    QString s = QUrl(server).adjusted(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash | QUrl::NormalizePathSegments).toString();
    while (s.endsWith(QLatin1Char('/')))
        s.chop(1); // "https://host:6443/" and "https://host:6443" are the same server
    return s.toLower();
}

QString describeCluster(const QJsonObject &cluster)
{
    const QString server = cluster.value(QLatin1String("server")).toString();
    const QString context = cluster.value(QLatin1String("context")).toString();
    return context.isEmpty() ? server : QCoreApplication::translate("Ops::Recovery", "%1 (context %2)").arg(server, context);
}

} // namespace

bool checkCluster(const UnfinishedRun &run, const Kube::KubeClient *client, QString *error)
{
    // A backup's rollback only deletes its partial files here: any connection will do.
    if (!client || run.kind == QLatin1String("backup"))
        return true;
    const QString recorded = run.cluster.value(QLatin1String("server")).toString();
    if (recorded.isEmpty())
        return true; // an older journal: unknown (UnfinishedRun::clusterWarning says so)
    const QJsonObject current = clusterJson(client);
    if (normalizedServer(recorded) == normalizedServer(current.value(QLatin1String("server")).toString()))
        return true;
    if (error)
        *error = QCoreApplication::translate("Ops::Recovery", "This run was made against the cluster %1, and Proofer is connected to %2 now. "
                                                              "Connect to the run's cluster to resume or roll it back.")
                     .arg(describeCluster(run.cluster), describeCluster(current));
    return false;
}

bool describeJournal(const QString &path, UnfinishedRun *run, QString *error)
{
    const Journal journal = Journal::open(path, error);
    if (!journal.isValid())
        return false;
    UnfinishedRun r;
    r.journalPath = journal.path();
    const QJsonObject header = journal.header();
    r.kind = header.value(QLatin1String("kind")).toString();
    r.title = header.value(QLatin1String("title")).toString();
    r.parameters = header.value(QLatin1String("parameters")).toObject();
    r.started = parseTime(header.value(QLatin1String("time")));
    const QStringList steps = stringsOf(header.value(QLatin1String("steps")));
    r.stepCount = int(steps.size());
    r.pid = header.value(QLatin1String("pid")).toInteger();
    r.cluster = header.value(QLatin1String("cluster")).toObject();
    QDateTime ownerSince = r.started;
    QString begun;
    bool ownerDone = false; ///< an "end" line after the owner's start: it is not running this any more
    for (const Journal::Entry &entry : journal.entries()) {
        if (entry.time.isValid())
            r.lastEvent = entry.time;
        if (entry.event == QLatin1String("resume") || entry.event == QLatin1String("rollback")) {
            r.pid = entry.raw.value(QLatin1String("pid")).toInteger(r.pid);
            ownerSince = entry.time;
            ownerDone = false;
            continue;
        }
        if (entry.event == QLatin1String("end")) {
            ownerDone = true;
            continue;
        }
        if (entry.step.isEmpty())
            continue;
        if (entry.event == QLatin1String("begin")) {
            if (entry.raw.value(QLatin1String("phase")).toString() == QLatin1String("apply"))
                begun = entry.step;
            continue;
        }
        if (entry.event == QLatin1String("applied")) {
            begun.clear();
            if (!r.stepsApplied.contains(entry.step))
                r.stepsApplied << entry.step;
        } else if (entry.event == QLatin1String("undone")) {
            r.stepsApplied.removeAll(entry.step);
            r.rollingBack = true;
        } else if (entry.event == QLatin1String("failed")) {
            begun.clear();
            r.rollingBack = true;
        } else if (entry.event == QLatin1String("undo-failed")) {
            r.rollingBack = true;
        } else if (entry.event == QLatin1String("observed")) {
            // An in-doubt apply resolved by looking at the real state (Runner: resume/rollback).
            if (!entry.raw.value(QLatin1String("unknown")).toBool())
                begun.clear();
            if (entry.raw.value(QLatin1String("applied")).toBool() && !r.stepsApplied.contains(entry.step))
                r.stepsApplied << entry.step;
        }
        r.lastStep = describeEvent(entry);
    }
    r.interruptedStep = begun;
    r.warning = unreadableLines(path);
    if (r.cluster.isEmpty() && r.kind != QLatin1String("backup"))
        r.clusterWarning = QCoreApplication::translate("Ops::Recovery", "The journal does not say which cluster the run was made "
                                                                        "against (an older Proofer wrote it): make sure you are "
                                                                        "connected to that cluster.");
    r.ownerAlive = !ownerDone && !journal.isFinished() && processIsAlive(r.pid, ownerSince);

    auto appliedWithPrefix = [&r](const QString &prefix) {
        for (const QString &id : std::as_const(r.stepsApplied)) {
            if (id.startsWith(prefix))
                return true;
        }
        return false;
    };
    if (r.kind == QLatin1String("rotate-password")) {
        r.needsPassphrase = true;
        if (appliedWithPrefix(QStringLiteral("patch-secret/"))) {
            r.canRollback = false;
            r.rollbackRefusal = QCoreApplication::translate("Ops::Recovery", "A Secret already holds its new password and its consumers may be using it: resume to "
                                                                             "finish the rotation (the encrypted recovery record is kept until the new "
                                                                             "password is verified).");
        }
    } else if (r.kind == QLatin1String("renew-certs")) {
        const bool caWritten = r.stepsApplied.contains(QStringLiteral("write-ca"));
        bool allFilesWritten = true;
        for (const QString &id : steps) {
            if (id.startsWith(QLatin1String("write-files/")) && !r.stepsApplied.contains(id))
                allFilesWritten = false;
        }
        if (caWritten && !allFilesWritten) {
            r.canResume = false;
            r.resumeRefusal = QCoreApplication::translate("Ops::Recovery", "The new CA was written but not every certificate it signs: a plan made again would sign "
                                                                           "them with another CA. Roll back, then renew again.");
        }
        if (r.interruptedStep.startsWith(QLatin1String("write-"))) {
            r.canResume = false;
            r.resumeRefusal = QCoreApplication::translate("Ops::Recovery", "Writing the files of “%1” was interrupted: they may be incomplete. Roll back, then renew "
                                                                           "again into a new directory.")
                                  .arg(r.interruptedStep);
        }
    } else if (r.kind == QLatin1String("backup")) {
        r.canResume = false;
        r.resumeRefusal = QCoreApplication::translate("Ops::Recovery", "A backup is not continued: the encryption key is not in the journal and a half-written file is "
                                                                       "never kept. The finished backups stay; roll back to close this run, then back up again.");
    } else if (r.kind == QLatin1String("restore")) {
        r.canResume = false;
        r.resumeRefusal = QCoreApplication::translate("Ops::Recovery", "A restore is not continued: its decrypted dump is not kept for a later run (a "
                                                                       "rollback wipes what is left of it). Roll back (the scratch copy is dropped, a swap is "
                                                                       "undone), then restore again.");
    } else {
        r.canResume = false;
        r.canRollback = false;
        r.resumeRefusal = r.rollbackRefusal = QCoreApplication::translate("Ops::Recovery", "Proofer does not know operations of kind “%1”.").arg(r.kind);
    }
    if (r.rollingBack && r.canRollback) {
        r.canResume = false;
        r.resumeRefusal = journal.outcome() == QLatin1String("RollbackFailed")
                              ? QCoreApplication::translate("Ops::Recovery", "Its rollback failed: roll it back again once the cause is fixed.")
                              : QCoreApplication::translate("Ops::Recovery", "It was rolling back a failure when it stopped: only a rollback can finish it.");
    }
    if (r.ownerAlive) {
        const QString running = QCoreApplication::translate("Ops::Recovery", "It is running elsewhere (process %1 is alive).").arg(r.pid);
        r.canResume = false;
        r.canRollback = false;
        r.resumeRefusal = r.rollbackRefusal = running;
    }
    *run = r;
    return true;
}

QList<UnfinishedRun> listUnfinishedRuns(const QString &directory)
{
    QList<UnfinishedRun> runs;
    for (const QString &path : Journal::unfinished(directory)) {
        UnfinishedRun run;
        QString error;
        if (describeJournal(path, &run, &error))
            runs << run;
    }
    return runs;
}

QFuture<RebuiltPlan> rebuildPlan(Kube::KubeClient *client, const UnfinishedRun &run, const RecoveryInputs &inputs,
                                 QObject *context)
{
    auto promise = startedPromise<RebuiltPlan>();
    QFuture<RebuiltPlan> future = promise->future();
    {
        QString error;
        if (!checkCluster(run, client, &error)) {
            deliver(promise, nullptr, error);
            return future;
        }
        if (client && run.cluster.isEmpty() && run.kind != QLatin1String("backup"))
            qCWarning(lcOps) << "the journal" << run.journalPath << "does not say which cluster it ran against; going on with"
                             << client->context().context.name;
    }
    const QJsonObject parameters = run.parameters;
    const QString namespaceName = parameters.value(QLatin1String("namespace")).toString();
    QPointer<Kube::KubeClient> guarded = client;

    auto finishWith = [promise, run](std::shared_ptr<Plan> plan, QString error) {
        if (plan && error.isEmpty())
            error = checkSteps(*plan, run);
        deliver(promise, error.isEmpty() ? std::move(plan) : nullptr, error);
    };

    if (run.kind == QLatin1String("backup")) {
        // Nothing of a backup is undone (a written backup is kept), and it is never resumed: the plan
        // only has to name the same steps. The file it was writing when it stopped goes.
        removeBackupPartials(run);
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
        finishWith(std::shared_ptr<Plan>(makeBackupPlan(requests)), {});
        return future;
    }

    if (!guarded) {
        deliver(promise, nullptr, QCoreApplication::translate("Ops::Recovery", "There is no connection to the cluster"));
        return future;
    }

    if (run.kind == QLatin1String("rotate-password")) {
        if (inputs.recoveryPassphrase.isEmpty()) {
            deliver(promise, nullptr, QCoreApplication::translate("Ops::Recovery", "The recovery passphrase is needed: the passwords are only in the encrypted recovery records."));
            return future;
        }
        Fleet::loadInventory(client, namespaceName, context)
            .then(context, [guarded, parameters, namespaceName, inputs, finishWith](const Fleet::InventoryResult &inventory) {
                if (!inventory.error.isEmpty()) {
                    finishWith(nullptr, inventory.error);
                    return;
                }
                RotationOptions options;
                options.namespaceName = namespaceName;
                options.datastores = stringsOf(parameters.value(QLatin1String("datastores")));
                options.recoveryDirectory = parameters.value(QLatin1String("recoveryDirectory")).toString();
                options.recoveryPassphrase = inputs.recoveryPassphrase;
                RotationPlan rotation = buildPasswordRotation(guarded, inventory, options);
                if (!rotation.plan) {
                    finishWith(nullptr, rotation.error);
                    return;
                }
                finishWith(std::shared_ptr<Plan>(std::move(rotation.plan)), {});
            });
        return future;
    }

    if (run.kind == QLatin1String("renew-certs")) {
        Fleet::loadInventory(client, namespaceName, context)
            .then(context, [guarded, parameters, context, finishWith](const Fleet::InventoryResult &inventory) {
                if (!inventory.error.isEmpty()) {
                    finishWith(nullptr, inventory.error);
                    return;
                }
                if (!guarded) {
                    finishWith(nullptr, QCoreApplication::translate("Ops::Recovery", "There is no connection to the cluster"));
                    return;
                }
                const RenewalOptions options = RenewalOptions::fromJson(parameters);
                buildCertRenewal(guarded, inventory, options, context)
                    .then(context, [finishWith](const RenewalPlan &renewal) {
                        finishWith(renewal.plan, renewal.plan ? QString() : renewal.error);
                    });
            });
        return future;
    }

    if (run.kind == QLatin1String("restore")) {
        wipeRestoreTempDir(run);
        const QString datastore = parameters.value(QLatin1String("datastore")).toString();
        const QDateTime started = run.started;
        if (namespaceName.isEmpty()) {
            // An empty namespace would list every namespace and could pick a namesake datastore elsewhere.
            finishWith(nullptr, QCoreApplication::translate("Ops::Recovery",
                                                            "This restore journal does not say which namespace it ran in; "
                                                            "it cannot be rolled back from here. Drop its scratch database %1 by hand.")
                                    .arg(parameters.value(QLatin1String("scratch")).toString()));
            return future;
        }
        Fleet::loadInventory(client, namespaceName, context)
            .then(context, [guarded, parameters, datastore, context, inputs, started, finishWith](const Fleet::InventoryResult &inventory) {
                if (!inventory.error.isEmpty()) {
                    finishWith(nullptr, inventory.error);
                    return;
                }
                RestoreRequest request;
                bool found = false;
                for (const Fleet::ScanTarget &target : Fleet::targetsFromInventory(inventory)) {
                    if (target.name != datastore)
                        continue;
                    // The port-forward lives as long as the runner's owner.
                    auto *resolver = new PgEndpointResolver(guarded, context);
                    QString error;
                    if (!resolver->resolve(target, &request.endpoint, &error)) {
                        finishWith(nullptr, error);
                        return;
                    }
                    found = true;
                }
                if (!found) {
                    finishWith(nullptr, QCoreApplication::translate("Ops::Recovery", "There is no datastore %1 in the namespace any more").arg(datastore));
                    return;
                }
                request.endpoint.database = parameters.value(QLatin1String("database")).toString();
                request.backupFile = parameters.value(QLatin1String("file")).toString();
                request.gnupgHome = inputs.gnupgHome;
                request.timestamp = started;
                // The names the journal recorded before anything was made (the start time may be a second later).
                request.scratchName = parameters.value(QLatin1String("scratch")).toString();
                request.previousName = parameters.value(QLatin1String("previous")).toString();
                request.swap = parameters.value(QLatin1String("swap")).toBool(true);
                finishWith(std::shared_ptr<Plan>(makeRestorePlan(request)), {});
            });
        return future;
    }

    deliver(promise, nullptr, QCoreApplication::translate("Ops::Recovery", "Proofer does not know operations of kind “%1”.").arg(run.kind));
    return future;
}

bool abandonRun(const QString &journalPath, QString *error, int lockTimeoutMs)
{
    Journal journal = Journal::open(journalPath, error);
    if (!journal.isValid())
        return false;
    // The run lock first, as a run, a resume and a rollback take it: what is read below cannot change under us,
    // and a resume or rollback going on elsewhere is not ended behind its back.
    if (!journal.lock(lockTimeoutMs, error))
        return false;
    UnfinishedRun run;
    if (!describeJournal(journalPath, &run, error))
        return false;
    if (journal.isFinished()) {
        if (error)
            *error = QCoreApplication::translate("Ops::Recovery", "The run of %1 has ended already.").arg(QDir::toNativeSeparators(journalPath));
        return false;
    }
    if (run.ownerAlive) {
        if (error)
            *error = QCoreApplication::translate("Ops::Recovery", "It is running elsewhere (process %1 is alive): it cannot be abandoned.").arg(run.pid);
        return false;
    }
    if (run.kind == QLatin1String("restore"))
        wipeRestoreTempDir(run);
    if (run.kind == QLatin1String("backup"))
        removeBackupPartials(run);
    QString still = run.stepsApplied.join(QStringLiteral(", "));
    return journal.append({{QStringLiteral("event"), QStringLiteral("end")},
                           {QStringLiteral("outcome"), QStringLiteral("Abandoned")},
                           {QStringLiteral("message"),
                            QCoreApplication::translate("Ops::Recovery", "Abandoned by the operator; left as it was: %1")
                                .arg(still.isEmpty() ? QCoreApplication::translate("Ops::Recovery", "nothing applied") : still)},
                           {QStringLiteral("pid"), qint64(::getpid())}},
                          error);
}

} // namespace Ops
