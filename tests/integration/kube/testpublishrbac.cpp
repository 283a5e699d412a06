// SPDX-License-Identifier: GPL-3.0-or-later
// packaging/k8s as a cluster would run it: the bakery-ia overlay rendered by `kubectl kustomize` and applied by
// `kubectl apply` to the Kubernetes API emulator of a demo fleet, the emulator enforcing RBAC for ServiceAccounts;
// then `proofer scan --in-cluster --publish configmap` with that ServiceAccount's token and CA. It must grade and
// publish, and the only requests refused are those the scan expects to be refused (the Secrets' list, replaced by
// reads of the Secrets the Role names, and the cluster-scoped RBAC lists) — so a permission the Role lacks fails this
// test. With a rule taken out of the Role the scan fails and says which permission is missing. `kubectl auth can-i
// --as=` the ServiceAccount gets the same answers.
//
// In a pod the datastores are reached by their Services' DNS names. The scan runs in a mount namespace of its own
// (unshare) whose /etc/hosts maps those names to 127.0.0.1, and each Service's port is the local port of its demo
// server: the same code path as in a cluster, Service names resolved and certificates verified.
#include "demofixture.h"
#include "kubetestutil.h"

#include "demo/apiserver.h"
#include "demo/localserver.h"
#include "demo/objectstore.h"
#include "kube/inclusterconfig.h"
#include "report/publish.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

namespace {

const QString Namespace = QStringLiteral("bakery-ia");
const QString ServiceAccountUser = QStringLiteral("system:serviceaccount:bakery-ia:proofer");

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

QString nameOf(const QJsonObject &object)
{
    return object.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("name")).toString();
}

} // namespace

class TestPublishRbac final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QVERIFY(m_serviceAccount.isValid());
        QString error;
        m_fleet = TestSupport::startSmallDemoFleet(&m_fleetDir, &error);
        QVERIFY2(m_fleet, qPrintable(error));
        Demo::ApiServer *api = m_fleet->apiServer();
        api->setServiceAccountRbac(true);
        // What the kubelet mounts in the CronJob's pod: the ServiceAccount's token, the cluster's CA, the namespace.
        const Core::Secret token(QByteArrayLiteral("proofer-serviceaccount-token-0123456789abcdef"));
        api->addToken(token, ServiceAccountUser);
        QVERIFY(writeFile(m_serviceAccount.filePath(QStringLiteral("token")), token.reveal()));
        QVERIFY(writeFile(m_serviceAccount.filePath(QStringLiteral("ca.crt")),
                          Test::contextFor(m_fleet->kubeconfigPath()).cluster.certificateAuthorityData));
        QVERIFY(writeFile(m_serviceAccount.filePath(QStringLiteral("namespace")), Namespace.toUtf8()));

        // Each Service on its demo server's local port; /etc/hosts (in the scan's mount namespace) names them all.
        QByteArray hosts = "127.0.0.1 localhost\n";
        for (QJsonObject service : api->store().list(QStringLiteral("services"), Namespace)) {
            const QString app = service.value(QStringLiteral("spec"))
                                    .toObject()
                                    .value(QStringLiteral("selector"))
                                    .toObject()
                                    .value(QStringLiteral("app"))
                                    .toString();
            for (Demo::LocalServer *server : m_fleet->servers()) {
                if (server->name() != app)
                    continue;
                QJsonObject spec = service.value(QStringLiteral("spec")).toObject();
                QJsonArray ports = spec.value(QStringLiteral("ports")).toArray();
                QJsonObject port = ports.at(0).toObject();
                port.insert(QStringLiteral("port"), int(server->port()));
                ports.replace(0, port);
                spec.insert(QStringLiteral("ports"), ports);
                service.insert(QStringLiteral("spec"), spec);
                api->store().replace(QStringLiteral("services"), Namespace, nameOf(service), service);
                m_services << nameOf(service);
            }
            hosts += "127.0.0.1 " + nameOf(service).toUtf8() + '.' + Namespace.toUtf8() + ".svc\n";
        }
        QVERIFY2(m_services.size() >= 2, qPrintable(m_services.join(u' ')));
        m_hostsFile = m_home.filePath(QStringLiteral("hosts"));
        QVERIFY(writeFile(m_hostsFile, hosts));
    }

    void cleanupTestCase() { QVERIFY(TestSupport::stopDemoFleet(m_fleet)); }

    void manifestsApply()
    {
        // kubectl is the oracle: it renders the overlay offline and applies it as the demo's administrator.
        const Run rendered
            = run(QStringLiteral("kubectl"),
                  { QStringLiteral("kustomize"), sourceDir() + QStringLiteral("/packaging/k8s/overlays/bakery-ia") });
        QVERIFY2(rendered.exitCode == 0, qPrintable(rendered.err));
        m_manifests = rendered.out;
        const Run applied = run(QStringLiteral("kubectl"),
                                { QStringLiteral("--kubeconfig"), m_fleet->kubeconfigPath(), QStringLiteral("apply"),
                                  QStringLiteral("--validate=false"), QStringLiteral("-f"), QStringLiteral("-") },
                                m_manifests);
        QVERIFY2(applied.exitCode == 0, qPrintable(applied.err + QString::fromUtf8(applied.out)));
        for (const char *line :
             { "serviceaccount/proofer created", "role.rbac.authorization.k8s.io/proofer created",
               "rolebinding.rbac.authorization.k8s.io/proofer created", "cronjob.batch/proofer-scan created" })
            QVERIFY2(applied.out.contains(line), applied.out.constData());
        const QJsonObject cronJob
            = m_fleet->apiServer()->store().get(QStringLiteral("cronjobs"), Namespace, QStringLiteral("proofer-scan"));
        QCOMPARE(Demo::valueAtPath(cronJob, QStringLiteral("spec.concurrencyPolicy")).toString(),
                 QStringLiteral("Forbid"));
        QCOMPARE(Demo::valueAtPath(cronJob, QStringLiteral("spec.successfulJobsHistoryLimit")).toInt(), 3);
        QCOMPARE(Demo::valueAtPath(cronJob, QStringLiteral("spec.failedJobsHistoryLimit")).toInt(), 3);
        const QJsonObject pod
            = Demo::valueAtPath(cronJob, QStringLiteral("spec.jobTemplate.spec.template.spec")).toObject();
        QCOMPARE(Demo::valueAtPath(pod, QStringLiteral("securityContext.runAsNonRoot")).toBool(), true);
        QVERIFY(Demo::valueAtPath(pod, QStringLiteral("securityContext.runAsUser")).toInt() > 0);
        QCOMPARE(pod.value(QStringLiteral("serviceAccountName")).toString(), QStringLiteral("proofer"));
        QCOMPARE(Demo::valueAtPath(pod, QStringLiteral("securityContext.seccompProfile.type")).toString(),
                 QStringLiteral("RuntimeDefault"));
        const QJsonObject container = pod.value(QStringLiteral("containers")).toArray().at(0).toObject();
        QCOMPARE(Demo::valueAtPath(container, QStringLiteral("securityContext.readOnlyRootFilesystem")).toBool(), true);
        QCOMPARE(Demo::valueAtPath(container, QStringLiteral("securityContext.allowPrivilegeEscalation")).toBool(),
                 false);
        QCOMPARE(Demo::valueAtPath(container, QStringLiteral("securityContext.capabilities.drop")).toArray(),
                 QJsonArray { QStringLiteral("ALL") });
        QVERIFY(!Demo::valueAtPath(container, QStringLiteral("resources.limits.memory")).toString().isEmpty());
        QVERIFY(!Demo::valueAtPath(container, QStringLiteral("resources.requests.cpu")).toString().isEmpty());
        QCOMPARE(container.value(QStringLiteral("image")).toString(),
                 QStringLiteral("registry.example.com/proofer/proofer-cli:0.1.0"));
        // The scan the CronJob runs is the one this test runs.
        const QStringList args = [&] {
            QStringList list;
            for (const QJsonValue &v : container.value(QStringLiteral("args")).toArray())
                list << v.toString();
            return list;
        }();
        QVERIFY(args.contains(QStringLiteral("--in-cluster")));
        QVERIFY(args.contains(QStringLiteral("--publish")));
        m_scanArguments = args;
    }

    void scanGradesAndPublishes()
    {
        QVERIFY(!m_scanArguments.isEmpty());
        QList<QPair<QString, int>> refused;
        auto connection = connect(m_fleet->apiServer(), &Demo::ApiServer::requestServed, this,
                                  [&](const QString &method, const QString &path, int status) {
                                      if (status == 403)
                                          refused << qMakePair(method + u' ' + path, status);
                                  });
        const Run scan = proofer(m_scanArguments + QStringList { QStringLiteral("-o"), QStringLiteral("json") });
        disconnect(connection);
        QVERIFY2(scan.exitCode == 0, qPrintable(scan.err));
        QVERIFY2(scan.err.contains(QStringLiteral("Published to ConfigMap proofer-snapshot in namespace bakery-ia")),
                 qPrintable(scan.err));

        // It graded: every datastore reached through its Service, logged in (its Secret read by name).
        const QJsonObject snapshot = QJsonDocument::fromJson(scan.out).object();
        QVERIFY2(!Demo::valueAtPath(snapshot, QStringLiteral("grade.letter")).toString().isEmpty(),
                 scan.out.left(2000).constData());
        const QJsonArray stores = snapshot.value(QStringLiteral("datastores")).toArray();
        QCOMPARE(stores.size(), m_services.size());
        for (const QJsonValue &value : stores) {
            const QJsonObject store = value.toObject();
            QVERIFY2(store.value(QStringLiteral("endpoint")).toString().contains(QStringLiteral(".bakery-ia.svc:")),
                     QJsonDocument(store).toJson().left(1500).constData());
        }

        // Refused, and nothing else: listing Secrets (they are read by name), and cluster-scoped RBAC (a Role cannot
        // grant it).
        QSet<QString> refusals;
        for (const auto &r : std::as_const(refused))
            refusals << r.first;
        const QSet<QString> expected { QStringLiteral("GET /api/v1/namespaces/bakery-ia/secrets"),
                                       QStringLiteral("GET /apis/rbac.authorization.k8s.io/v1/clusterroles"),
                                       QStringLiteral("GET /apis/rbac.authorization.k8s.io/v1/clusterrolebindings") };
        QVERIFY2(refusals == expected,
                 qPrintable(QStringList(refusals.cbegin(), refusals.cend()).join(QStringLiteral(", "))));

        // Published: the ConfigMap holds the JSON the scan printed, and its copy is kept.
        const Demo::ObjectStore &store = m_fleet->apiServer()->store();
        const QJsonObject configMap
            = store.get(QStringLiteral("configmaps"), Namespace, QStringLiteral("proofer-snapshot"));
        const auto published = Report::decodeSnapshotConfigMap(configMap);
        QVERIFY2(published.ok(), qPrintable(published.error()));
        QCOMPARE(QJsonDocument::fromJson(*published).object(), snapshot);
        int copies = 0;
        for (const QJsonObject &other : store.list(QStringLiteral("configmaps"), Namespace))
            copies += nameOf(other).startsWith(QStringLiteral("proofer-snapshot-")) ? 1 : 0;
        QCOMPARE(copies, 1);
    }

    void missingPermissionFails_data()
    {
        QTest::addColumn<QString>("resource"); ///< the rule of the Role that names it is taken out
        QTest::addColumn<QString>("verb");
        QTest::addColumn<QString>("message");
        QTest::newRow("list pods")
            << QStringLiteral("pods") << QStringLiteral("list")
            << QStringLiteral("cannot list resource \"pods\" in API group \"\" in the namespace \"bakery-ia\"");
        QTest::newRow("list deployments")
            << QStringLiteral("deployments") << QStringLiteral("list")
            << QStringLiteral("cannot list resource \"deployments\" in API group \"apps\"");
        QTest::newRow("write configmaps") << QStringLiteral("configmaps") << QStringLiteral("update")
                                          << QStringLiteral("cannot get resource \"configmaps\" in API group \"\"");
    }

    void missingPermissionFails()
    {
        QFETCH(QString, resource);
        QFETCH(QString, verb);
        QFETCH(QString, message);
        QVERIFY(!m_scanArguments.isEmpty());
        Demo::ObjectStore &store = m_fleet->apiServer()->store();
        const QJsonObject role = store.get(QStringLiteral("roles"), Namespace, QStringLiteral("proofer"));
        QJsonArray rules;
        int removed = 0;
        for (const QJsonValue &rule : role.value(QStringLiteral("rules")).toArray()) {
            const QJsonObject r = rule.toObject();
            if (r.value(QStringLiteral("resources")).toArray().contains(resource)
                && r.value(QStringLiteral("verbs")).toArray().contains(verb)) {
                ++removed;
                continue;
            }
            rules << r;
        }
        QCOMPARE(removed, 1);
        QJsonObject narrowed = role;
        narrowed.insert(QStringLiteral("rules"), rules);
        QJsonObject metadata = narrowed.value(QStringLiteral("metadata")).toObject();
        metadata.remove(QStringLiteral("resourceVersion"));
        narrowed.insert(QStringLiteral("metadata"), metadata);
        store.replace(QStringLiteral("roles"), Namespace, QStringLiteral("proofer"), narrowed);

        const Run scan = proofer(m_scanArguments);
        QJsonObject restored = role;
        restored.insert(QStringLiteral("metadata"), metadata);
        store.replace(QStringLiteral("roles"), Namespace, QStringLiteral("proofer"), restored);

        QVERIFY2(scan.exitCode == 3, qPrintable(QString::number(scan.exitCode) + u' ' + scan.err));
        QVERIFY2(scan.err.contains(QStringLiteral("forbidden")), qPrintable(scan.err));
        QVERIFY2(scan.err.contains(QStringLiteral("User \"system:serviceaccount:bakery-ia:proofer\"")),
                 qPrintable(scan.err));
        QVERIFY2(scan.err.contains(message), qPrintable(scan.err));
    }

    void canI_data()
    {
        QTest::addColumn<QStringList>("question");
        QTest::addColumn<bool>("yes");
        auto row = [](const char *tag, const QString &question, bool yes) {
            QTest::newRow(tag) << question.split(u' ') << yes;
        };
        row("list pods", QStringLiteral("list pods"), true);
        row("watch pods", QStringLiteral("watch pods"), false);
        row("list deployments", QStringLiteral("list deployments.apps"), true);
        row("list networkpolicies", QStringLiteral("list networkpolicies.networking.k8s.io"), true);
        row("get pods/log", QStringLiteral("get pods --subresource=log"), true);
        row("create pods/portforward", QStringLiteral("create pods --subresource=portforward"), false);
        row("create pods/exec", QStringLiteral("create pods --subresource=exec"), false);
        row("get secrets/postgres-tls", QStringLiteral("get secrets/postgres-tls"), true);
        row("get secrets/auth-db-secret", QStringLiteral("get secrets/auth-db-secret"), true);
        row("get another Secret", QStringLiteral("get secrets/jwt-signing-key"), false);
        row("list secrets", QStringLiteral("list secrets"), false);
        row("update configmaps", QStringLiteral("update configmaps"), true);
        row("patch configmaps", QStringLiteral("patch configmaps"), false);
        row("delete deployments", QStringLiteral("delete deployments.apps"), false);
        row("list pods elsewhere", QStringLiteral("list pods -n default"), false);
    }

    void canI()
    {
        // kubectl's own question (a SelfSubjectAccessReview as the ServiceAccount, by impersonation) gets the answer
        // the emulator's RBAC gives the scan's requests.
        QFETCH(QStringList, question);
        QFETCH(bool, yes);
        QStringList arguments { QStringLiteral("--kubeconfig"), m_fleet->kubeconfigPath(), QStringLiteral("auth"),
                                QStringLiteral("can-i") };
        arguments += question;
        if (!question.contains(QStringLiteral("-n")))
            arguments += { QStringLiteral("-n"), Namespace };
        arguments += QStringLiteral("--as=") + ServiceAccountUser;
        const Run answer = run(QStringLiteral("kubectl"), arguments);
        // "yes", or "no" and the emulator's reason ("no - no RBAC rule … allows it").
        QVERIFY2(yes ? answer.out.trimmed() == "yes" : answer.out.startsWith("no"),
                 qPrintable(QString::fromUtf8(answer.out) + answer.err));
        QVERIFY2(!answer.err.contains(QStringLiteral("Warning")), qPrintable(answer.err));
        QCOMPARE(answer.exitCode, yes ? 0 : 1);
    }

    void servePublishes()
    {
        // The exporter as a Deployment would run it, with the same ServiceAccount: every scan published.
        QProcess serve;
        QProcessEnvironment env = podEnvironment();
        serve.setProcessEnvironment(env);
        serve.start(QStringLiteral("unshare"),
                    unshared({ QStringLiteral("serve"), QStringLiteral("--in-cluster"), QStringLiteral("--listen"),
                               QStringLiteral("127.0.0.1:0"), QStringLiteral("--interval"), QStringLiteral("10m"),
                               QStringLiteral("--publish"), QStringLiteral("configmap/proofer-exporter"),
                               QStringLiteral("--publish-keep"), QStringLiteral("0") }));
        QVERIFY(serve.waitForStarted());
        const Demo::ObjectStore &store = m_fleet->apiServer()->store();
        const bool published = QTest::qWaitFor(
            [&] {
                return store.contains(QStringLiteral("configmaps"), Namespace, QStringLiteral("proofer-exporter"))
                    || serve.state() == QProcess::NotRunning;
            },
            120000);
        ::kill(pid_t(serve.processId()), SIGTERM);
        QVERIFY(QTest::qWaitFor([&] { return serve.state() == QProcess::NotRunning; }, 30000));
        const QString errors = QString::fromUtf8(serve.readAllStandardError());
        QVERIFY2(published
                     && store.contains(QStringLiteral("configmaps"), Namespace, QStringLiteral("proofer-exporter")),
                 qPrintable(errors));
        QCOMPARE(serve.exitCode(), 0);
        QVERIFY2(!errors.contains(QStringLiteral("not published")), qPrintable(errors));
        const auto json = Report::decodeSnapshotConfigMap(
            store.get(QStringLiteral("configmaps"), Namespace, QStringLiteral("proofer-exporter")));
        QVERIFY2(json.ok(), qPrintable(json.error()));
        QVERIFY(!Demo::valueAtPath(QJsonDocument::fromJson(*json).object(), QStringLiteral("grade.letter"))
                     .toString()
                     .isEmpty());
    }

    void roleIsLeast()
    {
        // What was applied is the least privilege this test showed sufficient: no watch, no port-forward, Secrets by
        // name.
        const QJsonObject role
            = m_fleet->apiServer()->store().get(QStringLiteral("roles"), Namespace, QStringLiteral("proofer"));
        const QByteArray rules
            = QJsonDocument(role.value(QStringLiteral("rules")).toArray()).toJson(QJsonDocument::Compact);
        QVERIFY(rules.contains("\"resourceNames\":[\"postgres-tls\""));
        QVERIFY(!rules.contains("\"watch\""));
        QVERIFY(!rules.contains("portforward"));
    }

private:
    static QString sourceDir() { return qEnvironmentVariable("PROOFER_SOURCE_DIR"); }

    /** Runs @p program while this thread's event loop turns (the emulator and the demo fleet live here). */
    Run run(const QString &program, const QStringList &arguments, const QByteArray &input = {},
            const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
    {
        QProcess process;
        QProcessEnvironment environment = env;
        environment.insert(QStringLiteral("KUBECACHEDIR"), m_home.filePath(QStringLiteral("kube-cache")));
        process.setProcessEnvironment(environment);
        process.start(program, arguments);
        Run result;
        if (!process.waitForStarted(10000)) {
            result.err = process.errorString();
            return result;
        }
        if (!input.isEmpty())
            process.write(input);
        process.closeWriteChannel();
        if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 180000)) {
            process.kill();
            process.waitForFinished();
            result.err = QStringLiteral("timed out");
            return result;
        }
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
        result.out = process.readAllStandardOutput();
        result.err += QString::fromUtf8(process.readAllStandardError());
        return result;
    }

    /**
     * bin/proofer as the CronJob's pod runs it: the service variables and the ServiceAccount directory, no kubeconfig,
     * in a mount namespace whose /etc/hosts resolves the Services' names.
     */
    Run proofer(const QStringList &arguments)
    {
        return run(QStringLiteral("unshare"), unshared(arguments), {}, podEnvironment());
    }

    /** unshare's arguments that run bin/proofer @p arguments with /etc/hosts replaced (podEnvironment() names it). */
    static QStringList unshared(const QStringList &arguments)
    {
        // unshare -r maps this user to root in a new user namespace (no privilege needed), -m gives it its own mounts.
        const QString script = QStringLiteral("mount --bind \"$PROOFER_HOSTS\" /etc/hosts && exec \"$@\"");
        return QStringList { QStringLiteral("-rm"), QStringLiteral("sh"),
                             QStringLiteral("-c"),  script,
                             QStringLiteral("sh"),  qEnvironmentVariable("PROOFER_BIN") }
        + arguments;
    }

    /** What the CronJob's pod gives the process: the service variables, the ServiceAccount directory, no kubeconfig. */
    QProcessEnvironment podEnvironment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("KUBECONFIG"));
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), m_home.filePath(QStringLiteral("cache")));
        env.insert(QStringLiteral("KUBERNETES_SERVICE_HOST"), QStringLiteral("127.0.0.1"));
        env.insert(QStringLiteral("KUBERNETES_SERVICE_PORT"), QString::number(m_fleet->apiServer()->port()));
        env.insert(QStringLiteral("POD_NAMESPACE"), Namespace);
        env.insert(QLatin1String(Kube::InClusterConfig::DirectoryVariable), m_serviceAccount.path());
        env.insert(QStringLiteral("PROOFER_HOSTS"), m_hostsFile);
        env.insert(QStringLiteral("KUBECACHEDIR"), m_home.filePath(QStringLiteral("kube-cache")));
        return env;
    }

    std::unique_ptr<QTemporaryDir> m_fleetDir;
    std::unique_ptr<Demo::DemoFleet> m_fleet;
    QTemporaryDir m_home;
    QTemporaryDir m_serviceAccount;
    QString m_hostsFile;
    QStringList m_services;
    QByteArray m_manifests;
    QStringList m_scanArguments;
};

QTEST_GUILESS_MAIN(TestPublishRbac)
#include "testpublishrbac.moc"
