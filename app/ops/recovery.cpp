// SPDX-License-Identifier: GPL-3.0-or-later
#include "ops/recovery.h"

#include "kube/kubeclient.h"
#include "core/logging.h"
#include "ops/journal.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
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

QString UnfinishedRun::parameterFor(const QString &cliOption) const
{
    const Operation *kind = operation();
    if (!kind)
        return {};
    for (const Operation::Parameter &parameter : kind->parameters()) {
        if (parameter.cliOption == cliOption)
            return parameters.value(parameter.journalKey).toVariant().toStringList().join(QStringLiteral(","));
    }
    return {};
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
    if (!client || !run.needsCluster())
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
    if (r.cluster.isEmpty() && r.needsCluster())
        r.clusterWarning = QCoreApplication::translate("Ops::Recovery", "The journal does not say which cluster the run was made "
                                                                        "against (an older Proofer wrote it): make sure you are "
                                                                        "connected to that cluster.");
    r.ownerAlive = !ownerDone && !journal.isFinished() && processIsAlive(r.pid, ownerSince);

    // Which of resume and rollback is safe is the kind's knowledge.
    if (const Operation *operation = r.operation()) {
        r.needsPassphrase = operation->needsPassphrase();
        operation->judge(&r, steps);
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
    const Operation *operation = run.operation();
    if (!operation)
        return readyPlan(nullptr, QCoreApplication::translate("Ops::Recovery", "Proofer does not know operations of kind “%1”.").arg(run.kind));
    QString error;
    if (!checkCluster(run, client, &error))
        return readyPlan(nullptr, error);
    if (operation->needsCluster()) {
        if (!client)
            return readyPlan(nullptr, QCoreApplication::translate("Ops::Recovery", "There is no connection to the cluster"));
        if (run.cluster.isEmpty())
            qCWarning(lcOps) << "the journal" << run.journalPath << "does not say which cluster it ran against; going on with"
                             << client->context().context.name;
    }
    // What the crashed run left behind goes first (a half-written backup, a decrypted dump).
    operation->cleanUp(run);
    return operation->rebuild(client, run, inputs, context).then(context, [run](BuiltPlan built) {
        if (built.plan && built.error.isEmpty())
            built.error = checkSteps(*built.plan, run);
        if (!built.error.isEmpty())
            built.plan.reset();
        return built;
    });
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
    if (const Operation *operation = run.operation())
        operation->cleanUp(run);
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
