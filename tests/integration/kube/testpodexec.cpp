// SPDX-License-Identifier: GPL-3.0-or-later
// `kubectl exec` through the API emulator to the demo kubelet's pods: a busybox pod that mounts a PVC, over HTTPS,
// with kubectl as the oracle (the same command gives the same bytes, standard error and exit code through Proofer's
// client as through kubectl), and the client's error paths: a non-zero exit, output over the bound, a command that
// never ends, a program the image does not have, a distroless image, exec forbidden, a server that speaks only
// v4.channel.k8s.io.
#include "demo/apiserver.h"
#include "demo/manifestfleet.h"
#include "demo/manifestloader.h"
#include "kube/kubeclient.h"
#include "kube/podexec.h"
#include "kubetestutil.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString ns = u"exec-test"_s;

const QByteArray manifests = R"YAML(
apiVersion: v1
kind: PersistentVolumeClaim
metadata: {name: backups}
spec:
  accessModes: [ReadWriteOnce]
  resources: {requests: {storage: 1Gi}}
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: tools}
spec:
  selector: {matchLabels: {app: tools}}
  template:
    metadata: {labels: {app: tools}}
    spec:
      containers:
      - name: shell
        image: busybox:1.36
        command: [sleep, infinity]
        volumeMounts: [{name: backups, mountPath: /backups}]
      volumes:
      - name: backups
        persistentVolumeClaim: {claimName: backups}
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: slim}
spec:
  selector: {matchLabels: {app: slim}}
  template:
    metadata: {labels: {app: slim}}
    spec:
      containers:
      - name: app
        image: gcr.io/distroless/static-debian12
        volumeMounts: [{name: backups, mountPath: /data}]
      volumes:
      - name: backups
        persistentVolumeClaim: {claimName: backups}
)YAML";

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestPodExec final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Demo::ManifestFleet> m_fleet;
    std::unique_ptr<Kube::KubeClient> m_client;
    QString m_kubectl;

    QString podOf(const QString &workload) const
    {
        for (const QJsonObject &p : m_fleet->apiServer()->store().list(u"pods"_s, ns)) {
            const QString name = p.value("metadata"_L1).toObject().value("name"_L1).toString();
            if (name.startsWith(workload + u'-'))
                return name;
        }
        return {};
    }

    QString volume() const { return m_fleet->stateDir() + u"/volumes/"_s + ns + u"/backups"_s; }

    Run kubectl(const QStringList &arguments)
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"KUBECACHEDIR"_s, m_dir->filePath(u"kubecache"_s));
        environment.insert(u"KUBECONFIG"_s, m_fleet->kubeconfigPath());
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(m_kubectl, arguments);
        Run result;
        // The event loop keeps running: the emulator kubectl talks to lives in this process.
        if (!process.waitForStarted(10000)
            || !QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 60000)) {
            process.kill();
            process.waitForFinished();
            result.err = process.errorString().toUtf8();
            return result;
        }
        result.exitCode = process.exitCode();
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        return result;
    }

    Kube::ExecResult exec(const QString &pod, const QStringList &argv, const Kube::ExecOptions &options = {})
    {
        return Test::await(Kube::execInPod(m_client.get(), ns, pod, argv, options), 60000);
    }

    void write(const QString &name, const QByteArray &content)
    {
        QFile file(volume() + u'/' + name);
        QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(file.fileName()));
        QCOMPARE(file.write(content), content.size());
    }

private slots:
    void initTestCase()
    {
        m_kubectl = QStandardPaths::findExecutable(u"kubectl"_s);
        QVERIFY2(!m_kubectl.isEmpty(), "kubectl is the oracle of this test");
        m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + u"/proofer-test-"_s
                                                + QStringLiteral(PROOFER_TEST_TAG) + u"-XXXXXX"_s);
        QVERIFY(m_dir->isValid());
        Demo::ManifestSet set;
        QVERIFY2(Demo::parseManifests(manifests, u"exec.yaml"_s, &set), qPrintable(set.error));
        Demo::ManifestFleetOptions options;
        options.defaultNamespace = ns;
        options.stateDir = m_dir->filePath(u"state"_s);
        m_fleet = std::make_unique<Demo::ManifestFleet>(set, options);
        bool ready = false;
        QString error;
        connect(m_fleet.get(), &Demo::ManifestFleet::ready, this, [&] { ready = true; });
        connect(m_fleet.get(), &Demo::ManifestFleet::failed, this, [&](const QString &e) { error = e; });
        m_fleet->start();
        QVERIFY2(QTest::qWaitFor([&] { return ready || !error.isEmpty(); }, 120000), "the fleet did not settle");
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_client = std::make_unique<Kube::KubeClient>(Test::contextFor(m_fleet->kubeconfigPath()));
        QVERIFY(!podOf(u"tools"_s).isEmpty());
        QVERIFY(QFileInfo(volume()).isDir());

        QByteArray binary(200, '\0');
        for (char &c : binary)
            c = char(QRandomGenerator::global()->bounded(256));
        write(u"auth_db_auth-db_20261201_020000.sql.gz.gpg"_s, binary);
        write(u"auth_db_auth-db_20261202_020000.sql.gz.gpg"_s, "\x85\x01\x0c\x03 not much");
        write(u"empty.gpg"_s, {});
        write(u"notes.txt"_s, "line one\nline two\n");
        QVERIFY(QDir(volume()).mkdir(u"older"_s));
    }

    void cleanupTestCase()
    {
        m_client.reset();
        if (!m_fleet)
            return;
        bool stopped = false;
        connect(m_fleet.get(), &Demo::ManifestFleet::stopped, this, [&] { stopped = true; });
        m_fleet->stop();
        QVERIFY(QTest::qWaitFor([&] { return stopped; }, 60000));
    }

    void sameBytesAsKubectl_data()
    {
        QTest::addColumn<QStringList>("argv");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("the listing: find -exec stat")
            << QStringList { u"find"_s,  u"/backups"_s, u"-maxdepth"_s, u"1"_s,  u"-type"_s, u"f"_s,  u"-name"_s,
                             u"*.gpg"_s, u"-exec"_s,    u"stat"_s,      u"-c"_s, u"%s %n"_s, u"{}"_s, u"+"_s }
            << 0;
        QTest::newRow("the heads: head -c 32 -v")
            << QStringList { u"head"_s,
                             u"-c"_s,
                             u"32"_s,
                             u"-v"_s,
                             u"/backups/auth_db_auth-db_20261201_020000.sql.gz.gpg"_s,
                             u"/backups/auth_db_auth-db_20261202_020000.sql.gz.gpg"_s }
            << 0;
        QTest::newRow("ls") << QStringList { u"ls"_s, u"/backups"_s } << 0;
        QTest::newRow("words with spaces and URL characters")
            << QStringList { u"echo"_s, u"a b"_s, u"%s&x=1+2#?"_s, u"ñ"_s } << 0;
        QTest::newRow("a missing file: exit 1") << QStringList { u"stat"_s, u"-c"_s, u"%s"_s, u"/backups/nope"_s } << 1;
        QTest::newRow("a missing directory: exit 1")
            << QStringList { u"find"_s, u"/nowhere"_s, u"-maxdepth"_s, u"1"_s } << 1;
    }

    /** kubectl is the oracle: the same command gives the same output, standard error and exit code. */
    void sameBytesAsKubectl()
    {
        QFETCH(QStringList, argv);
        QFETCH(int, exitCode);
        const QString pod = podOf(u"tools"_s);
        const Run oracle = kubectl(QStringList { u"exec"_s, u"-n"_s, ns, pod, u"--"_s } + argv);
        QVERIFY2(oracle.exitCode == exitCode, oracle.err.constData());
        const Kube::ExecResult result = exec(pod, argv);
        QCOMPARE(result.status, Kube::ExecResult::Status::Exited);
        QCOMPARE(result.exitCode, exitCode);
        QCOMPARE(result.out, oracle.out);
        QCOMPARE(result.protocol, u"v5.channel.k8s.io"_s);
        if (exitCode == 0) {
            QVERIFY(result.succeeded());
            QVERIFY(result.error.isEmpty());
        } else {
            // kubectl adds its own line after the command's standard error.
            QVERIFY2(!result.err.isEmpty() && oracle.err.startsWith(result.err), oracle.err.constData());
            QVERIFY2(result.error.contains(u"exit code %1"_s.arg(exitCode)) && result.error.contains(pod),
                     qPrintable(result.error));
        }
        if (argv.constFirst() == u"find"_s && exitCode == 0) {
            QCOMPARE(result.out,
                     QByteArray("200 /backups/auth_db_auth-db_20261201_020000.sql.gz.gpg\n"
                                "13 /backups/auth_db_auth-db_20261202_020000.sql.gz.gpg\n0 /backups/empty.gpg\n"));
        }
    }

    void moreOutputThanTheBound()
    {
        write(u"big.bin"_s, QByteArray(6 * 1024 * 1024, 'x'));
        Kube::ExecOptions options;
        options.maxStdoutBytes = 4 * 1024 * 1024;
        const Kube::ExecResult result = exec(podOf(u"tools"_s), { u"cat"_s, u"/backups/big.bin"_s }, options);
        QCOMPARE(result.status, Kube::ExecResult::Status::OutputTooLarge);
        QCOMPARE(result.out.size(), options.maxStdoutBytes);
        QVERIFY2(result.error.contains(u"more than 4194304 bytes"_s) && result.error.contains(u"stopped"_s),
                 qPrintable(result.error));
        QVERIFY(QFile::remove(volume() + u"/big.bin"_s));
        // The client is fine afterwards.
        QVERIFY(exec(podOf(u"tools"_s), { u"true"_s }).succeeded());
    }

    void aCommandThatNeverEndsIsCancelled()
    {
        Kube::ExecOptions options;
        options.timeout = std::chrono::milliseconds(1500);
        QElapsedTimer clock;
        clock.start();
        const Kube::ExecResult result = exec(podOf(u"tools"_s), { u"sleep"_s, u"3600"_s }, options);
        QCOMPARE(result.status, Kube::ExecResult::Status::TimedOut);
        QVERIFY2(clock.elapsed() < 10000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY2(result.error.contains(u"did not end within 1.5 s"_s), qPrintable(result.error));
        // A short sleep ends in time.
        options.timeout = std::chrono::milliseconds(10000);
        QVERIFY(exec(podOf(u"tools"_s), { u"sleep"_s, u"0.2"_s }, options).succeeded());
    }

    void cancelledByTheCaller()
    {
        QFuture<Kube::ExecResult> future
            = Kube::execInPod(m_client.get(), ns, podOf(u"tools"_s), { u"sleep"_s, u"3600"_s });
        QTest::qWait(300);
        QVERIFY(!future.isFinished());
        future.cancel();
        QTRY_VERIFY_WITH_TIMEOUT(future.isFinished(), 5000);
        QVERIFY(future.isCanceled());
        // The client is fine afterwards.
        QVERIFY(exec(podOf(u"tools"_s), { u"true"_s }).succeeded());
    }

    void programsTheImageDoesNotHave()
    {
        const Kube::ExecResult shell = exec(podOf(u"tools"_s), { u"bash"_s, u"-c"_s, u"true"_s });
        QCOMPARE(shell.status, Kube::ExecResult::Status::NotStarted);
        QVERIFY2(shell.error.contains(u"executable file not found"_s), qPrintable(shell.error));
        const Kube::ExecResult distroless = exec(podOf(u"slim"_s), { u"find"_s, u"/data"_s });
        QCOMPARE(distroless.status, Kube::ExecResult::Status::NotStarted);
        QVERIFY2(distroless.error.contains(u"executable file not found"_s), qPrintable(distroless.error));
        const Run oracle = kubectl({ u"exec"_s, u"-n"_s, ns, podOf(u"slim"_s), u"--"_s, u"find"_s, u"/data"_s });
        QVERIFY(oracle.exitCode != 0);
        QVERIFY2(oracle.err.contains("executable file not found"), oracle.err.constData());
    }

    void missingPodAndForbiddenExec()
    {
        const Kube::ExecResult missing = exec(u"no-such-pod"_s, { u"true"_s });
        QCOMPARE(missing.status, Kube::ExecResult::Status::NotStarted);
        QVERIFY2(missing.error.contains(u"404"_s), qPrintable(missing.error));

        m_fleet->apiServer()->addDenyRule({ QString(), u"create"_s, u"pods/exec"_s, ns });
        const Kube::ExecResult denied = exec(podOf(u"tools"_s), { u"true"_s });
        const Run oracle = kubectl({ u"exec"_s, u"-n"_s, ns, podOf(u"tools"_s), u"--"_s, u"true"_s });
        m_fleet->apiServer()->clearDenyRules();
        QCOMPARE(denied.status, Kube::ExecResult::Status::NotStarted);
        QVERIFY2(denied.error.contains(u"permission denied (HTTP 403)"_s) && denied.error.contains(u"pods/exec"_s),
                 qPrintable(denied.error));
        QVERIFY(oracle.exitCode != 0);
        QVERIFY2(oracle.err.contains("forbidden"), oracle.err.constData());
    }

    void serverWithV4Only()
    {
        m_fleet->apiServer()->setExecSubprotocols({ u"v4.channel.k8s.io"_s });
        const Kube::ExecResult result = exec(podOf(u"tools"_s), { u"ls"_s, u"/backups"_s });
        const Kube::ExecResult failing = exec(podOf(u"tools"_s), { u"ls"_s, u"/nope"_s });
        m_fleet->apiServer()->setExecSubprotocols({ u"v5.channel.k8s.io"_s, u"v4.channel.k8s.io"_s });
        QVERIFY2(result.succeeded(), qPrintable(result.error));
        QCOMPARE(result.protocol, u"v4.channel.k8s.io"_s);
        QVERIFY(result.out.contains("notes.txt\n"));
        QCOMPARE(failing.status, Kube::ExecResult::Status::Exited);
        QCOMPARE(failing.exitCode, 1);
        QCOMPARE(failing.err, QByteArray("ls: /nope: No such file or directory\n"));
    }

    void statusDecoding_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<bool>("decoded");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("success") << QByteArray(R"({"metadata":{},"status":"Success"})") << true
                                 << int(Kube::ExecResult::Status::Exited) << 0;
        QTest::newRow("exit 3") << QByteArray(
            R"({"metadata":{},"status":"Failure","message":"command terminated with )"
            R"(non-zero exit code: error executing command [sh -c exit 3], exit code 3",)"
            R"("reason":"NonZeroExitCode","details":{"causes":[{"reason":"ExitCode",)"
            R"("message":"3"}]}})")
                                << true << int(Kube::ExecResult::Status::Exited) << 3;
        QTest::newRow("internal error") << QByteArray(R"({"status":"Failure","message":"Internal error occurred: x",)"
                                                      R"("reason":"InternalError","code":500})")
                                        << true << int(Kube::ExecResult::Status::NotStarted) << -1;
        QTest::newRow("non-zero without a code")
            << QByteArray(R"({"status":"Failure","reason":"NonZeroExitCode","details":{"causes":[]}})") << true
            << int(Kube::ExecResult::Status::NotStarted) << -1;
        QTest::newRow("not a status") << QByteArray(R"({"status":"Maybe"})") << false << 0 << 0;
        QTest::newRow("not JSON") << QByteArray("exit 3") << false << 0 << 0;
    }

    void statusDecoding()
    {
        QFETCH(QByteArray, json);
        QFETCH(bool, decoded);
        QFETCH(int, status);
        QFETCH(int, exitCode);
        Kube::ExecResult result;
        QCOMPARE(Kube::applyExecStatus(json, &result), decoded);
        if (!decoded)
            return;
        QCOMPARE(int(result.status), status);
        QCOMPARE(result.exitCode, exitCode);
    }
};

QTEST_GUILESS_MAIN(TestPodExec)
#include "testpodexec.moc"
