// SPDX-License-Identifier: GPL-3.0-or-later
// `proofer demo` end to end: the fleet comes up, `proofer scan` and kubectl see it through the emulator,
// a rollout restart really restarts a server, SIGTERM leaves no process, the state dir is locked, and the
// three scenarios grade before < reference < hardened.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <QScopeGuard>

#include <atomic>
#include <chrono>
#include <memory>
#include <thread>
#include <vector>

#include <signal.h>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

Run runProgram(const QString &program, const QStringList &arguments, const QProcessEnvironment &environment = {},
               int timeoutMs = 180000)
{
    QProcess process;
    if (!environment.isEmpty())
        process.setProcessEnvironment(environment);
    process.start(program, arguments);
    Run run;
    if (!process.waitForStarted(10000)) {
        run.err = process.errorString();
        return run;
    }
    if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, timeoutMs)) {
        process.kill();
        process.waitForFinished();
        run.err = QStringLiteral("timed out");
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = process.readAllStandardOutput();
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QString proofer()
{
    return qEnvironmentVariable("PROOFER_BIN");
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/** Processes whose command line or working directory lies under @p dir (Redis rewrites its title). */
QStringList processesUnder(const QString &dir)
{
    QStringList found;
    const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &pid : pids) {
        bool numeric = false;
        pid.toInt(&numeric);
        if (!numeric || pid.toLongLong() == QCoreApplication::applicationPid())
            continue;
        const QString cwd = QFile::symLinkTarget(QStringLiteral("/proc/%1/cwd").arg(pid));
        QByteArray cmdline = readFile(QStringLiteral("/proc/%1/cmdline").arg(pid));
        cmdline.replace('\0', ' ');
        if (cwd.startsWith(dir) || (cmdline.contains(dir.toUtf8()) && !cmdline.contains(" demo ")))
            found << pid + u' ' + QString::fromUtf8(cmdline);
    }
    return found;
}

qint64 postmasterPid(const QString &dataDir, bool *ready = nullptr)
{
    const QList<QByteArray> lines = readFile(dataDir + QStringLiteral("/postmaster.pid")).split('\n');
    if (ready)
        *ready = lines.size() >= 8 && lines.at(7).trimmed() == "ready";
    return lines.isEmpty() ? 0 : lines.first().trimmed().toLongLong();
}

QStringList findingIds(const QJsonObject &store)
{
    QStringList ids;
    for (const QJsonValue &f : store.value(QStringLiteral("findings")).toArray())
        ids << f.toObject().value(QStringLiteral("id")).toString();
    return ids;
}

/** A running `proofer demo`. */
struct Demo
{
    std::unique_ptr<QTemporaryDir> dir;
    QProcess process;
    QString stateDir;
    QString kubeconfig;

    bool start(const QStringList &extra, QString *error)
    {
        // Named like the fixtures' dirs so that the nostrayservers check covers the demo's servers too.
        dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/proofer-test-")
                                              + QStringLiteral(PROOFER_TEST_TAG) + QStringLiteral("-XXXXXX"));
        // The servers run as "postgres" when the test runs as root: it must be able to enter the temp dir.
        QFile::setPermissions(
            dir->path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther);
        stateDir = dir->filePath(QStringLiteral("state"));
        kubeconfig = dir->filePath(QStringLiteral("kubeconfig"));
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(proofer(),
                      QStringList { QStringLiteral("demo"), QStringLiteral("--state-dir"), stateDir,
                                    QStringLiteral("--kubeconfig-out"), kubeconfig }
                          + extra);
        if (!process.waitForStarted(10000)) {
            *error = process.errorString();
            return false;
        }
        const bool up = QTest::qWaitFor(
            [&] { return QFile::exists(kubeconfig) || process.state() == QProcess::NotRunning; }, 300000);
        if (!up || !QFile::exists(kubeconfig)) {
            *error = QStringLiteral("the demo did not become ready: ") + QString::fromUtf8(process.readAll());
            return false;
        }
        return true;
    }

    bool stop(QString *output)
    {
        if (process.state() == QProcess::NotRunning)
            return true;
        ::kill(pid_t(process.processId()), SIGTERM);
        const bool done = QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 60000);
        if (output)
            *output = QString::fromUtf8(process.readAll());
        return done && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    }

    ~Demo()
    {
        if (process.state() != QProcess::NotRunning) {
            ::kill(pid_t(process.processId()), SIGTERM);
            process.waitForFinished(60000);
        }
    }
};

double scanScore(const QString &kubeconfig, QString *letter, QJsonObject *root = nullptr)
{
    const Run run = runProgram(proofer(),
                               { QStringLiteral("scan"), QStringLiteral("--kubeconfig"), kubeconfig,
                                 QStringLiteral("--namespace"), QStringLiteral("bakery-ia"), QStringLiteral("--format"),
                                 QStringLiteral("json") });
    const QJsonObject object = QJsonDocument::fromJson(run.out).object();
    if (root)
        *root = object;
    const QJsonObject grade = object.value(QStringLiteral("grade")).toObject();
    *letter = grade.value(QStringLiteral("letter")).toString();
    return grade.value(QStringLiteral("score")).toDouble(-1);
}

} // namespace

class TestDemoFleet final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(!proofer().isEmpty() && QFile::exists(proofer()), "PROOFER_BIN must point at the proofer binary");
        QString error;
        QVERIFY2(m_demo.start({ QStringLiteral("--instances"), QStringLiteral("2") }, &error), qPrintable(error));
        m_cache.reset(new QTemporaryDir);
    }

    void kubeconfigIsPrivate()
    {
        QCOMPARE(QFile::permissions(m_demo.kubeconfig)
                     & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                 QFile::Permissions());
        QVERIFY(readFile(m_demo.kubeconfig).contains("client-certificate-data"));
        QVERIFY(QFile::exists(m_demo.stateDir + QStringLiteral("/kubeconfig")));
    }

    void scanSeesTheFleetWithVerifiedTls()
    {
        QString letter;
        QJsonObject root;
        m_referenceScore = scanScore(m_demo.kubeconfig, &letter, &root);
        const QJsonArray stores = root.value(QStringLiteral("datastores")).toArray();
        // RabbitMQ joins the fleet when rabbitmq-server is installed (scripts/setup installs it).
        const bool rabbitmq = QFile::exists(QStringLiteral("/usr/lib/rabbitmq/bin/rabbitmq-server"));
        QCOMPARE(stores.size(), rabbitmq ? 4 : 3);
        QStringList names;
        for (const QJsonValue &value : stores) {
            const QJsonObject store = value.toObject();
            const QString name = store.value(QStringLiteral("name")).toString();
            names << name;
            const QJsonObject tls = store.value(QStringLiteral("tls")).toObject();
            QVERIFY2(tls.value(QStringLiteral("enabled")).toBool(), qPrintable(name));
            QVERIFY2(tls.value(QStringLiteral("verified")).toBool(), qPrintable(name));
            QVERIFY2(
                store.value(QStringLiteral("errors")).toArray().isEmpty(),
                qPrintable(
                    name + QString::fromUtf8(QJsonDocument(store.value(QStringLiteral("errors")).toArray()).toJson())));
            const QStringList ids = findingIds(store);
            if (name == u"rabbitmq") {
                // The platform's broker: AMQPS only, guest removed, the management API reached by port-forward.
                QCOMPARE(store.value(QStringLiteral("kind")).toString(), QStringLiteral("rabbitmq"));
                const QJsonObject facts = store.value(QStringLiteral("rabbitmq")).toObject();
                QCOMPARE(facts.value(QStringLiteral("managementReachable")).toBool(), true);
                QCOMPARE(facts.value(QStringLiteral("guestLogin")).toBool(true), false);
                QCOMPARE(tls.value(QStringLiteral("acceptsPlaintext")).toBool(true), false);
                QVERIFY2(!ids.contains(QStringLiteral("RABBITMQ-AUTH-001")), qPrintable(ids.join(u',')));
                continue;
            }
            QVERIFY2(ids.contains(QStringLiteral("TLS-005")), qPrintable(name + u": " + ids.join(u',')));
            if (name != u"redis") {
                QCOMPARE(store.value(QStringLiteral("kind")).toString(), QStringLiteral("postgresql"));
                QVERIFY2(ids.contains(QStringLiteral("PG-LOG-004")), qPrintable(name + u": " + ids.join(u',')));
                QCOMPARE(store.value(QStringLiteral("k8s"))
                             .toObject()
                             .value(QStringLiteral("password"))
                             .toObject()
                             .value(QStringLiteral("length"))
                             .toInt(),
                         32);
            } else {
                QVERIFY2(ids.contains(QStringLiteral("REDIS-AUTH-003")), qPrintable(ids.join(u',')));
                QCOMPARE(
                    store.value(QStringLiteral("settings")).toObject().value(QStringLiteral("appendonly")).toString(),
                    QStringLiteral("yes"));
            }
        }
        names.sort();
        QStringList expected { QStringLiteral("auth-db"), QStringLiteral("redis"), QStringLiteral("tenant-db") };
        if (rabbitmq)
            expected.insert(0, QStringLiteral("rabbitmq"));
        expected.sort();
        QCOMPARE(names, expected);
        QVERIFY2(m_referenceScore > 0, qPrintable(letter));

        // No password of the fleet reaches the scan output.
        const QJsonObject saved
            = QJsonDocument::fromJson(readFile(m_demo.stateDir + QStringLiteral("/credentials.json")))
                  .object()
                  .value(QStringLiteral("passwords"))
                  .toObject();
        QVERIFY(!saved.isEmpty());
        const QByteArray text = QJsonDocument(root).toJson();
        for (auto it = saved.begin(); it != saved.end(); ++it)
            QVERIFY2(!text.contains(it.value().toString().toUtf8()), qPrintable(it.key()));
    }

    // Identical servers, identical verdicts: the plaintext check (TLS-002) must not come back "not assessed" for
    // a random few when the machine is busy. Both cores spin while the scans run (bounded by a flag and by the
    // scan count); every scan must give the same findings and a known plaintext verdict for every PostgreSQL.
    void repeatedScansUnderLoadAgree()
    {
        std::atomic_bool stop = false;
        std::vector<std::thread> spinners;
        for (int i = 0; i < 2; ++i) {
            spinners.emplace_back([&stop] {
                volatile quint64 n = 0;
                const auto end = std::chrono::steady_clock::now() + std::chrono::minutes(5);
                while (!stop.load(std::memory_order_relaxed) && std::chrono::steady_clock::now() < end)
                    n = n + 1;
            });
        }
        auto joinSpinners = qScopeGuard([&] {
            stop = true;
            for (std::thread &t : spinners)
                t.join();
        });
        QString first;
        for (int scan = 0; scan < 20; ++scan) {
            QString letter;
            QJsonObject root;
            (void)scanScore(m_demo.kubeconfig, &letter, &root);
            QStringList verdicts;
            for (const QJsonValue &value : root.value(QStringLiteral("datastores")).toArray()) {
                const QJsonObject store = value.toObject();
                const QString name = store.value(QStringLiteral("name")).toString();
                QStringList ids = findingIds(store);
                ids.sort();
                const QJsonValue plaintext = store.value(QStringLiteral("tls")).toObject().value(QStringLiteral("acceptsPlaintext"));
                if (store.value(QStringLiteral("kind")).toString() == u"postgresql")
                    QVERIFY2(plaintext.isBool(), qPrintable(QStringLiteral("scan %1: %2's plaintext check gave no verdict: %3")
                                                                .arg(scan)
                                                                .arg(name, QString::fromUtf8(QJsonDocument(QJsonObject{
                                                                    {QStringLiteral("tls"), store.value(QStringLiteral("tls"))},
                                                                    {QStringLiteral("unknown"), store.value(QStringLiteral("unknown"))},
                                                                    {QStringLiteral("errors"), store.value(QStringLiteral("errors"))}}).toJson(QJsonDocument::Compact)))));
                verdicts << name + u'=' + ids.join(u',');
            }
            verdicts.sort();
            const QString joined = verdicts.join(u' ');
            QVERIFY2(!verdicts.isEmpty(), "the scan found nothing");
            if (scan == 0)
                first = joined;
            else
                QVERIFY2(joined == first, qPrintable(QStringLiteral("scan %1 differs:\n%2\nfirst:\n%3").arg(scan).arg(joined, first)));
        }
    }

    void kubectlListsThePods()
    {
        const QString kubectl = QStandardPaths::findExecutable(QStringLiteral("kubectl"));
        if (kubectl.isEmpty())
            QSKIP("kubectl is not installed");
        const Run run = runProgram(kubectl,
                                   { QStringLiteral("--kubeconfig"), m_demo.kubeconfig, QStringLiteral("get"),
                                     QStringLiteral("pods"), QStringLiteral("-n"), QStringLiteral("bakery-ia") },
                                   kubectlEnvironment());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains("auth-db-") && run.out.contains("tenant-db-") && run.out.contains("redis-"),
                 run.out.constData());
        const Run logs
            = runProgram(kubectl,
                         { QStringLiteral("--kubeconfig"), m_demo.kubeconfig, QStringLiteral("logs"),
                           QStringLiteral("-n"), QStringLiteral("bakery-ia"), QStringLiteral("deployment/auth-db") },
                         kubectlEnvironment());
        Q_UNUSED(logs); // kubectl logs deployment/… needs ReplicaSets; the pod's log is checked below
        const QString pod = podName(QStringLiteral("auth-db"));
        QVERIFY(!pod.isEmpty());
        const Run podLogs = runProgram(kubectl,
                                       { QStringLiteral("--kubeconfig"), m_demo.kubeconfig, QStringLiteral("logs"),
                                         QStringLiteral("-n"), QStringLiteral("bakery-ia"), pod },
                                       kubectlEnvironment());
        QVERIFY2(podLogs.exitCode == 0, qPrintable(podLogs.err));
        QVERIFY2(podLogs.out.contains("database system is ready to accept connections"), podLogs.out.constData());
    }

    void rolloutRestartRestartsTheServer()
    {
        const QString kubectl = QStandardPaths::findExecutable(QStringLiteral("kubectl"));
        if (kubectl.isEmpty())
            QSKIP("kubectl is not installed");
        const QString dataDir = m_demo.stateDir + QStringLiteral("/servers/auth-db/data");
        const qint64 before = postmasterPid(dataDir);
        QVERIFY(before > 0);
        const Run run = runProgram(kubectl,
                                   { QStringLiteral("--kubeconfig"), m_demo.kubeconfig, QStringLiteral("rollout"),
                                     QStringLiteral("restart"), QStringLiteral("deployment/auth-db"),
                                     QStringLiteral("-n"), QStringLiteral("bakery-ia") },
                                   kubectlEnvironment());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains("restarted"));
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         bool ready = false;
                         const qint64 now = postmasterPid(dataDir, &ready);
                         return ready && now > 0 && now != before;
                     },
                     60000),
                 "the postmaster PID did not change");
        QVERIFY2(::kill(pid_t(before), 0) != 0, "the old postmaster is still running");
        // The restarted server serves the scan again, still verified.
        QVERIFY(QTest::qWaitFor([&] { return !podName(QStringLiteral("auth-db")).isEmpty(); }, 10000));
        QString letter;
        QJsonObject root;
        QVERIFY(scanScore(m_demo.kubeconfig, &letter, &root) > 0);
        for (const QJsonValue &value : root.value(QStringLiteral("datastores")).toArray()) {
            const QJsonObject store = value.toObject();
            QVERIFY2(store.value(QStringLiteral("tls")).toObject().value(QStringLiteral("verified")).toBool(),
                     qPrintable(store.value(QStringLiteral("name")).toString()));
        }
    }

    void crashedServerIsAFailingPodUntilRestarted()
    {
        const QString kubectl = QStandardPaths::findExecutable(QStringLiteral("kubectl"));
        if (kubectl.isEmpty())
            QSKIP("kubectl is not installed");
        const QString dataDir = m_demo.stateDir + QStringLiteral("/servers/tenant-db/data");
        bool ready = false;
        const qint64 before = postmasterPid(dataDir, &ready);
        QVERIFY(before > 0 && ready);
        const int restartsBefore = podStatus(QStringLiteral("tenant-db")).restarts;
        QVERIFY(restartsBefore >= 0);

        // kill -9 of the postmaster: the pod fails and stays failed (nobody restarts it behind the console's back).
        QCOMPARE(::kill(pid_t(before), SIGKILL), 0);
        PodStatus status;
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         status = podStatus(QStringLiteral("tenant-db"));
                         return !status.ready && status.restarts > restartsBefore;
                     },
                     30000),
                 qPrintable(status.raw));
        QCOMPARE(status.waitingReason, QStringLiteral("CrashLoopBackOff"));
        QTest::qWait(2000);
        QVERIFY2(!podStatus(QStringLiteral("tenant-db")).ready, "the crashed server came back on its own");
        QCOMPARE(postmasterPid(dataDir, &ready), before); // the stale postmaster.pid: nothing started

        // What the console's restart button does: a rollout restart of the workload.
        const Run run = runProgram(kubectl,
                                   { QStringLiteral("--kubeconfig"), m_demo.kubeconfig, QStringLiteral("rollout"),
                                     QStringLiteral("restart"), QStringLiteral("deployment/tenant-db"),
                                     QStringLiteral("-n"), QStringLiteral("bakery-ia") },
                                   kubectlEnvironment());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         const qint64 now = postmasterPid(dataDir, &ready);
                         return ready && now > 0 && now != before;
                     },
                     60000),
                 "the postmaster did not start again");
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         status = podStatus(QStringLiteral("tenant-db"));
                         return status.ready;
                     },
                     20000),
                 qPrintable(status.raw));
        QVERIFY(status.restarts > restartsBefore);

        // And it serves again: the probe connects over verified TLS.
        QString letter;
        QJsonObject root;
        QVERIFY(scanScore(m_demo.kubeconfig, &letter, &root) > 0);
        bool seen = false;
        for (const QJsonValue &value : root.value(QStringLiteral("datastores")).toArray()) {
            const QJsonObject store = value.toObject();
            if (store.value(QStringLiteral("name")).toString() != u"tenant-db")
                continue;
            seen = true;
            QVERIFY2(store.value(QStringLiteral("tls")).toObject().value(QStringLiteral("verified")).toBool(),
                     QJsonDocument(store).toJson().constData());
            QVERIFY2(store.value(QStringLiteral("postgresql")).toObject().value(QStringLiteral("connected")).toBool(),
                     QJsonDocument(store).toJson().constData());
        }
        QVERIFY(seen);
    }

    void deletingACrashedPodStartsItAgain()
    {
        const QString kubectl = QStandardPaths::findExecutable(QStringLiteral("kubectl"));
        if (kubectl.isEmpty())
            QSKIP("kubectl is not installed");
        const QString dataDir = m_demo.stateDir + QStringLiteral("/servers/tenant-db/data");
        bool ready = false;
        const qint64 before = postmasterPid(dataDir, &ready);
        QVERIFY(before > 0 && ready);
        QCOMPARE(::kill(pid_t(before), SIGKILL), 0);
        QVERIFY(QTest::qWaitFor([&] { return !podStatus(QStringLiteral("tenant-db")).ready; }, 30000));
        const QString pod = podName(QStringLiteral("tenant-db"));
        const Run run = runProgram(kubectl,
                                   { QStringLiteral("--kubeconfig"), m_demo.kubeconfig, QStringLiteral("delete"),
                                     QStringLiteral("pod"), pod, QStringLiteral("-n"), QStringLiteral("bakery-ia"),
                                     QStringLiteral("--wait=false") },
                                   kubectlEnvironment());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         const qint64 now = postmasterPid(dataDir, &ready);
                         return ready && now > 0 && now != before && podStatus(QStringLiteral("tenant-db")).ready;
                     },
                     60000),
                 "deleting the pod did not start the server again");
        QVERIFY(podName(QStringLiteral("tenant-db")) != pod);
    }

    void secondDemoOnTheSameStateDirIsRefused()
    {
        const Run run = runProgram(proofer(),
                                   { QStringLiteral("demo"), QStringLiteral("--instances"), QStringLiteral("1"),
                                     QStringLiteral("--state-dir"), m_demo.stateDir },
                                   {}, 60000);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("in use")), qPrintable(run.err));
    }

    void sigtermStopsEverything()
    {
        QVERIFY(!processesUnder(m_demo.stateDir).isEmpty());
        QString output;
        QVERIFY2(m_demo.stop(&output), qPrintable(output));
        QVERIFY2(output.contains(QStringLiteral("Demo fleet stopped.")), qPrintable(output));
        const QStringList left = processesUnder(m_demo.stateDir);
        QVERIFY2(left.isEmpty(), qPrintable(left.join(u'\n')));
    }

    void scenariosGradeInOrder()
    {
        QVERIFY(m_referenceScore > 0);
        QString error;
        QString beforeLetter;
        QString hardenedLetter;
        double before = -1;
        double hardened = -1;
        {
            Demo demo;
            QVERIFY2(demo.start({ QStringLiteral("--instances"), QStringLiteral("2"), QStringLiteral("--scenario"),
                                  QStringLiteral("before") },
                                &error),
                     qPrintable(error));
            before = scanScore(demo.kubeconfig, &beforeLetter);
            QVERIFY(demo.stop(nullptr));
            QVERIFY(processesUnder(demo.stateDir).isEmpty());
        }
        {
            Demo demo;
            QVERIFY2(demo.start({ QStringLiteral("--instances"), QStringLiteral("2"), QStringLiteral("--scenario"),
                                  QStringLiteral("hardened") },
                                &error),
                     qPrintable(error));
            hardened = scanScore(demo.kubeconfig, &hardenedLetter);
            QVERIFY(demo.stop(nullptr));
            QVERIFY(processesUnder(demo.stateDir).isEmpty());
        }
        qInfo("grades: before %s (%.1f) < reference (%.1f) < hardened %s (%.1f)", qPrintable(beforeLetter), before,
              m_referenceScore, qPrintable(hardenedLetter), hardened);
        QVERIFY(before >= 0);
        QVERIFY(before < m_referenceScore);
        QVERIFY(m_referenceScore < hardened);
    }

private:
    QProcessEnvironment kubectlEnvironment() const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("KUBECACHEDIR"), m_cache->path());
        return environment;
    }

    struct PodStatus
    {
        bool ready = false;
        int restarts = -1;
        QString waitingReason;
        QString raw;
    };

    /** The workload's pod as `kubectl get pods -o json` shows it. */
    PodStatus podStatus(const QString &workload) const
    {
        const QString kubectl = QStandardPaths::findExecutable(QStringLiteral("kubectl"));
        const Run run = runProgram(kubectl,
                                   { QStringLiteral("--kubeconfig"), m_demo.kubeconfig, QStringLiteral("get"),
                                     QStringLiteral("pods"), QStringLiteral("-n"), QStringLiteral("bakery-ia"),
                                     QStringLiteral("-o"), QStringLiteral("json") },
                                   kubectlEnvironment());
        PodStatus status;
        for (const QJsonValue &item :
             QJsonDocument::fromJson(run.out).object().value(QStringLiteral("items")).toArray()) {
            const QJsonObject pod = item.toObject();
            const QString name
                = pod.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("name")).toString();
            if (!name.startsWith(workload + u'-'))
                continue;
            const QJsonObject podStatus = pod.value(QStringLiteral("status")).toObject();
            const QJsonObject container
                = podStatus.value(QStringLiteral("containerStatuses")).toArray().first().toObject();
            status.ready = container.value(QStringLiteral("ready")).toBool();
            status.restarts = container.value(QStringLiteral("restartCount")).toInt(-1);
            status.waitingReason = container.value(QStringLiteral("state"))
                                       .toObject()
                                       .value(QStringLiteral("waiting"))
                                       .toObject()
                                       .value(QStringLiteral("reason"))
                                       .toString();
            status.raw = QString::fromUtf8(QJsonDocument(podStatus).toJson(QJsonDocument::Compact));
        }
        return status;
    }

    QString podName(const QString &workload) const
    {
        const QString kubectl = QStandardPaths::findExecutable(QStringLiteral("kubectl"));
        const Run run = runProgram(kubectl,
                                   { QStringLiteral("--kubeconfig"), m_demo.kubeconfig, QStringLiteral("get"),
                                     QStringLiteral("pods"), QStringLiteral("-n"), QStringLiteral("bakery-ia"),
                                     QStringLiteral("-o"), QStringLiteral("name") },
                                   kubectlEnvironment());
        for (const QByteArray &line : run.out.split('\n')) {
            const QString name = QString::fromUtf8(line.trimmed()).section(u'/', -1);
            if (name.startsWith(workload + u'-'))
                return name;
        }
        return {};
    }

    Demo m_demo;
    std::unique_ptr<QTemporaryDir> m_cache;
    double m_referenceScore = -1;
};

QTEST_GUILESS_MAIN(TestDemoFleet)
#include "testdemofleet.moc"
