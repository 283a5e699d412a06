// SPDX-License-Identifier: GPL-3.0-or-later
// In-cluster access as a pod has it, against the Kubernetes API emulator over HTTPS: a ServiceAccount directory
// (token, ca.crt, namespace) and KUBERNETES_SERVICE_HOST/_PORT. The client lists with the token and verifies the
// server against ca.crt; a token rotated on disk is used from the next request on; `proofer scan --in-cluster`,
// `proofer scan` in a pod without a kubeconfig, and `proofer serve --in-cluster` connect that way. In a pod the
// datastores are reached through their Services' DNS names, which this machine cannot resolve: the test shows that
// the scan looks them up and never port-forwards, not a probe through them.
#include "emulatorfixture.h"
#include "kubetestutil.h"

#include "kube/inclusterconfig.h"
#include "kube/kubeclient.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

namespace {

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

} // namespace

class TestInCluster final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(m_emulator.isValid(), qPrintable(m_emulator.errorString()));
        QVERIFY(m_serviceAccount.isValid());
        QVERIFY(m_home.isValid());
        QVERIFY(writeFile(file(QStringLiteral("token")), m_emulator.token().reveal() + '\n'));
        QVERIFY(writeFile(file(QStringLiteral("ca.crt")), m_emulator.caCertificatePem()));
        QVERIFY(writeFile(file(QStringLiteral("namespace")), m_emulator.namespaceName().toUtf8()));
        m_emulator.addPod(QStringLiteral("web-0"));
    }

    void listsAsTheServiceAccount()
    {
        const auto resolved = Kube::InClusterConfig(podEnvironment()).load();
        QVERIFY2(resolved.ok(), qPrintable(resolved.error()));
        QVERIFY(resolved->warnings.isEmpty());
        QCOMPARE(resolved->cluster.server, QStringLiteral("https://127.0.0.1:%1").arg(m_emulator.server().port()));
        Kube::KubeClient client(*resolved);
        const Kube::Response response = Test::await(client.list(QStringLiteral("pods"), resolved->namespaceName));
        QVERIFY2(response.ok(), qPrintable(response.error.message));
        const QJsonArray items = response.object.value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.at(0).toObject().value(QStringLiteral("metadata")).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("web-0"));
    }

    void serverIsVerifiedAgainstCaCrt()
    {
        // Another CA in ca.crt: the emulator's certificate does not verify, and nothing is listed.
        QTemporaryDir other;
        QVERIFY(other.isValid());
        Test::CertFactory stranger(QStringLiteral("Some Other CA"));
        QVERIFY(writeFile(other.filePath(QStringLiteral("token")), m_emulator.token().reveal()));
        QVERIFY(writeFile(other.filePath(QStringLiteral("ca.crt")), stranger.caCertificatePem()));
        QProcessEnvironment env = podEnvironment();
        env.insert(QLatin1String(Kube::InClusterConfig::DirectoryVariable), other.path());
        const auto resolved = Kube::InClusterConfig(env).load();
        QVERIFY2(resolved.ok(), qPrintable(resolved.error()));
        Kube::KubeClient client(*resolved);
        const Kube::Response response = Test::await(client.list(QStringLiteral("pods"), resolved->namespaceName));
        QVERIFY(!response.ok());
        QCOMPARE(response.httpStatus, 0);
    }

    void rotatedTokenIsReadAgain()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(writeFile(dir.filePath(QStringLiteral("token")), m_emulator.token().reveal()));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("ca.crt")), m_emulator.caCertificatePem()));
        QProcessEnvironment env = podEnvironment();
        env.insert(QLatin1String(Kube::InClusterConfig::DirectoryVariable), dir.path());
        const auto resolved = Kube::InClusterConfig(env).load();
        QVERIFY2(resolved.ok(), qPrintable(resolved.error()));
        Kube::KubeClient client(*resolved);
        QVERIFY(Test::await(client.list(QStringLiteral("pods"), m_emulator.namespaceName())).ok());

        // The kubelet rotates the bound token: a token the server does not know is refused at the next request…
        QVERIFY(writeFile(dir.filePath(QStringLiteral("token")), QByteArrayLiteral("revoked-token-revoked-token-0001")));
        const Kube::Response refused = Test::await(client.list(QStringLiteral("pods"), m_emulator.namespaceName()));
        QCOMPARE(refused.httpStatus, 401);
        // …and the new one is used from the next request on, by the same client.
        const Core::Secret rotated(QByteArrayLiteral("rotated-token-rotated-token-0002"));
        m_emulator.addToken(rotated, QStringLiteral("system:serviceaccount:proofer-test:proofer"));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("token")), rotated.reveal() + '\n'));
        const Kube::Response accepted = Test::await(client.list(QStringLiteral("pods"), m_emulator.namespaceName()));
        QVERIFY2(accepted.ok(), qPrintable(accepted.error.message));
    }

    void scanInCluster_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("kubeconfig"); ///< $KUBECONFIG; "emulator": the emulator's client-certificate one
        QTest::addColumn<QString>("context"); ///< the context the snapshot names
        QTest::newRow("--in-cluster") << QStringList{QStringLiteral("--in-cluster")} << QString() << QStringLiteral("in-cluster");
        QTest::newRow("in a pod without a kubeconfig") << QStringList{} << QString() << QStringLiteral("in-cluster");
        QTest::newRow("$KUBECONFIG names a missing file") << QStringList{} << QStringLiteral("/nonexistent/kubeconfig")
                                                          << QStringLiteral("in-cluster");
        QTest::newRow("in a pod with a kubeconfig: the kubeconfig") << QStringList{} << QStringLiteral("emulator")
                                                                    << QStringLiteral("proofer-emulator");
    }

    void scanInCluster()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, kubeconfig);
        QFETCH(QString, context);
        QProcessEnvironment env = podEnvironment();
        if (kubeconfig == u"emulator")
            env.insert(QStringLiteral("KUBECONFIG"), m_emulator.kubeconfigPath());
        else if (!kubeconfig.isEmpty())
            env.insert(QStringLiteral("KUBECONFIG"), kubeconfig);
        const Run run = proofer(QStringList{QStringLiteral("scan"), QStringLiteral("-o"), QStringLiteral("json"), QStringLiteral("--no-history")}
                                    + arguments,
                                env);
        // The namespace holds no datastore: nothing to grade (3), and the snapshot says where it looked.
        QVERIFY2(run.exitCode == 3, qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("nothing to grade")), qPrintable(run.err));
        const QJsonObject root = QJsonDocument::fromJson(run.out).object().value(QStringLiteral("scope")).toObject();
        QCOMPARE(root.value(QStringLiteral("source")).toString(), QStringLiteral("kubernetes"));
        QCOMPARE(root.value(QStringLiteral("context")).toString(), context);
        QCOMPARE(root.value(QStringLiteral("namespace")).toString(), m_emulator.namespaceName());
        QCOMPARE(root.value(QStringLiteral("server")).toString(), QStringLiteral("https://127.0.0.1:%1").arg(m_emulator.server().port()));
        QVERIFY(!run.out.contains(m_emulator.token().reveal()));
        QVERIFY(!run.err.contains(QString::fromUtf8(m_emulator.token().reveal())));
    }

    /**
     * In a pod the datastores are reached through their Services' DNS names, never through a port-forward (which
     * would need pods/portforward). This machine cannot resolve a Service name: the scan reaches nothing, and says
     * which name it looked up; the pod's port-forward target, a real listening socket, gets no connection. The same
     * scan through a kubeconfig does port-forward to it (the control).
     */
    void datastoresThroughServices()
    {
        const QString ns = QStringLiteral("bakery-ia");
        m_emulator.server().createObject(QJsonDocument::fromJson(QByteArray(R"({
            "apiVersion": "apps/v1", "kind": "Deployment",
            "metadata": {"name": "auth-db", "namespace": "bakery-ia", "labels": {"app.kubernetes.io/component": "database"}},
            "spec": {"replicas": 1, "selector": {"matchLabels": {"app": "auth-db"}},
              "template": {"metadata": {"labels": {"app": "auth-db"}},
                "spec": {"containers": [{"name": "postgres", "image": "postgres:17-alpine", "ports": [{"containerPort": 5432}]}]}}}})"))
                                             .object());
        m_emulator.server().createObject(QJsonDocument::fromJson(QByteArray(R"({
            "apiVersion": "v1", "kind": "Pod", "metadata": {"name": "auth-db-0", "namespace": "bakery-ia", "labels": {"app": "auth-db"}},
            "spec": {"containers": [{"name": "postgres", "image": "postgres:17-alpine"}]},
            "status": {"phase": "Running", "conditions": [{"type": "Ready", "status": "True"}]}})")).object());
        m_emulator.server().createObject(QJsonDocument::fromJson(QByteArray(R"({
            "apiVersion": "v1", "kind": "Service", "metadata": {"name": "auth-db-service", "namespace": "bakery-ia"},
            "spec": {"selector": {"app": "auth-db"}, "ports": [{"port": 5432}]}})")).object());
        QTcpServer pod;
        QVERIFY(pod.listen(QHostAddress::LocalHost));
        int forwarded = 0;
        connect(&pod, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket *socket = pod.nextPendingConnection()) {
                ++forwarded;
                socket->close();
                socket->deleteLater();
            }
        });
        m_emulator.server().setPortForwardTarget(ns, QStringLiteral("auth-db-0"), 5432, QHostAddress::LocalHost, pod.serverPort());

        const QStringList scan{QStringLiteral("scan"), QStringLiteral("-n"), ns, QStringLiteral("-o"), QStringLiteral("json"),
                               QStringLiteral("--no-history"), QStringLiteral("--thorough"), QStringLiteral("--timeout"),
                               QStringLiteral("3")};
        const Run run = proofer(scan + QStringList{QStringLiteral("--in-cluster")}, podEnvironment());
        QVERIFY2(run.exitCode == 3, qPrintable(run.err));
        const QJsonArray stores = QJsonDocument::fromJson(run.out).object().value(QStringLiteral("datastores")).toArray();
        QCOMPARE(stores.size(), 1);
        const QJsonObject authDb = stores.at(0).toObject();
        QCOMPARE(authDb.value(QStringLiteral("endpoint")).toString(), QStringLiteral("auth-db-service.bakery-ia.svc:5432"));
        QVERIFY2(QJsonDocument(authDb.value(QStringLiteral("errors")).toArray()).toJson().contains("auth-db-service.bakery-ia.svc"),
                 QJsonDocument(authDb).toJson().constData());
        QTest::qWait(200);
        QCOMPARE(forwarded, 0);

        // The control: through the kubeconfig, the same scan port-forwards to the pod.
        QProcessEnvironment workstation = podEnvironment();
        workstation.insert(QStringLiteral("KUBECONFIG"), m_emulator.kubeconfigPath());
        const Run control = proofer(scan, workstation);
        QVERIFY2(control.exitCode == 3, qPrintable(control.err));
        QVERIFY(forwarded > 0);
    }

    void inClusterErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("unset");
        QTest::addColumn<QString>("message");
        QTest::newRow("not in a pod") << QStringList{QStringLiteral("--in-cluster")} << QStringLiteral("KUBERNETES_SERVICE_HOST")
                                      << QStringLiteral("unable to load in-cluster configuration");
        QTest::newRow("with --context") << QStringList{QStringLiteral("--in-cluster"), QStringLiteral("--context"), QStringLiteral("x")}
                                        << QString() << QStringLiteral("--in-cluster cannot be combined");
        QTest::newRow("with --targets") << QStringList{QStringLiteral("--in-cluster"), QStringLiteral("--targets"), QStringLiteral("t.yaml")}
                                        << QString() << QStringLiteral("--in-cluster cannot be combined");
    }

    void inClusterErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, unset);
        QFETCH(QString, message);
        QProcessEnvironment env = podEnvironment();
        env.remove(unset);
        const Run run = proofer(QStringList{QStringLiteral("scan"), QStringLiteral("--no-history")} + arguments, env);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
    }

    void serveInCluster()
    {
        QProcess serve;
        QProcessEnvironment env = podEnvironment();
        serve.setProcessEnvironment(env);
        serve.start(qEnvironmentVariable("PROOFER_BIN"),
                    {QStringLiteral("serve"), QStringLiteral("--in-cluster"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                     QStringLiteral("--interval"), QStringLiteral("10m")});
        QVERIFY(serve.waitForStarted());
        QByteArray errors;
        static const QRegularExpression listening(QStringLiteral("listening on http://127\\.0\\.0\\.1:(\\d+)/"));
        QRegularExpressionMatch match;
        QVERIFY(QTest::qWaitFor(
            [&] {
                errors += serve.readAllStandardError();
                match = listening.match(QString::fromUtf8(errors));
                return match.hasMatch() || serve.state() == QProcess::NotRunning;
            },
            15000));
        QVERIFY2(match.hasMatch(), errors.constData());
        QVERIFY2(errors.contains("as the pod's ServiceAccount"), errors.constData());
        QNetworkAccessManager network;
        QByteArray metrics;
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         QNetworkReply *reply = network.get(QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:%1/metrics").arg(match.captured(1)))));
                         if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 5000))
                             return false;
                         metrics = reply->readAll();
                         reply->deleteLater();
                         return metrics.contains("proofer_scans_total 1");
                     },
                     60000),
                 metrics.constData());
        QVERIFY2(metrics.contains(QStringLiteral("proofer_scope_info{source=\"kubernetes\",context=\"in-cluster\",namespace=\"%1\"} 1")
                                      .arg(m_emulator.namespaceName())
                                      .toUtf8()),
                 metrics.constData());
        QVERIFY(metrics.contains("proofer_scan_errors_total 0"));
        ::kill(pid_t(serve.processId()), SIGTERM);
        QVERIFY(QTest::qWaitFor([&] { return serve.state() == QProcess::NotRunning; }, 30000));
        QCOMPARE(serve.exitCode(), 0);
    }

private:
    QString file(const QString &name) const { return m_serviceAccount.filePath(name); }

    /** What a pod's process sees: the service variables and the ServiceAccount directory; no kubeconfig anywhere. */
    QProcessEnvironment podEnvironment()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("KUBECONFIG"));
        env.insert(QStringLiteral("HOME"), m_home.path()); // no ~/.kube/config
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("KUBERNETES_SERVICE_HOST"), QStringLiteral("127.0.0.1"));
        env.insert(QStringLiteral("KUBERNETES_SERVICE_PORT"), QString::number(m_emulator.server().port()));
        env.insert(QLatin1String(Kube::InClusterConfig::DirectoryVariable), m_serviceAccount.path());
        return env;
    }

    /** Runs bin/proofer while this thread's event loop keeps turning (the emulator lives here). */
    Run proofer(const QStringList &arguments, const QProcessEnvironment &env)
    {
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(qEnvironmentVariable("PROOFER_BIN"), arguments);
        Run run;
        if (!process.waitForStarted(10000))
            return run;
        if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 120000)) {
            process.kill();
            process.waitForFinished();
            return run;
        }
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
        run.out = process.readAllStandardOutput();
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

    Test::Emulator m_emulator;
    QTemporaryDir m_serviceAccount;
    QTemporaryDir m_home;
};

QTEST_GUILESS_MAIN(TestInCluster)
#include "testincluster.moc"
