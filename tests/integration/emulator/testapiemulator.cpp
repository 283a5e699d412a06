// SPDX-License-Identifier: GPL-3.0-or-later
// The Kubernetes API emulator: fidelity with the real kubectl (get, logs, rollout restart, errors, auth),
// then the REST details Proofer's client relies on, over raw HTTP: paging, watch, patches, preconditions,
// the test hooks (410, 429, dropped streams), and port-forward over a v4.channel.k8s.io WebSocket.
#include "emulatorfixture.h"

#include "demo/apiserver.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QSignalSpy>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>
#include <QWebSocket>
#include <QWebSocketHandshakeOptions>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

struct KubectlResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

struct HttpResult
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QJsonObject json;
    QByteArray retryAfter;
};

QJsonObject parseObject(const QByteArray &data)
{
    return QJsonDocument::fromJson(data).object();
}

QStringList itemNames(const QJsonObject &list)
{
    QStringList names;
    const QJsonArray items = list.value("items"_L1).toArray();
    for (const QJsonValue &item : items)
        names << item.toObject().value("metadata"_L1).toObject().value("name"_L1).toString();
    return names;
}

/** Reads a watch stream line by line as it arrives. */
class WatchReader final : public QObject
{
public:
    WatchReader(QNetworkAccessManager &nam, const QNetworkRequest &request)
        : m_reply(nam.get(request))
    {
        connect(m_reply, &QNetworkReply::readyRead, this, [this] { read(); });
        connect(m_reply, &QNetworkReply::finished, this, [this] {
            read();
            m_finished = true;
        });
    }
    ~WatchReader() override
    {
        m_reply->abort();
        m_reply->deleteLater();
    }

    QList<QJsonObject> events;
    bool finished() const { return m_finished; }
    QNetworkReply *reply() const { return m_reply; }
    int status() const { return m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(); }
    QStringList types() const
    {
        QStringList list;
        for (const QJsonObject &event : events)
            list << event.value("type"_L1).toString();
        return list;
    }
    QStringList typesWithoutBookmarks() const
    {
        QStringList list = types();
        list.removeAll(u"BOOKMARK"_s);
        return list;
    }

private:
    void read()
    {
        if (!m_reply->isOpen())
            return;
        m_buffer += m_reply->readAll();
        qsizetype newline;
        while ((newline = m_buffer.indexOf('\n')) >= 0) {
            const QByteArray line = m_buffer.left(newline).trimmed();
            m_buffer.remove(0, newline + 1);
            if (!line.isEmpty())
                events << parseObject(line);
        }
    }

    QNetworkReply *m_reply;
    QByteArray m_buffer;
    bool m_finished = false;
};

} // namespace

class TestApiEmulator final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    // kubectl fidelity
    void kubectlGetJson();
    void kubectlGetDeployments();
    void kubectlLabelSelector();
    void kubectlLogs();
    void kubectlDescribePod();
    void kubectlRolloutRestart();
    void kubectlNotFound();
    void kubectlForbidden();
    void kubectlBadToken();
    void kubectlGoodToken();
    void kubectlNamespaces();
    void kubectlCreateAnnotateDelete();
    void kubectlApplyRbac();
    void kubectlSecretWritesAreManagedFields();

    // raw HTTP
    void discovery();
    void rbacDiscoveryAndScope();
    void unauthenticated();
    void paging();
    void expiredContinue();
    void fieldSelector();
    void watchFromResourceVersion();
    void watchCompactedVersion();
    void watchForcedGone();
    void watchTimeout();
    void watchDropped();
    void throttled();
    void createAndConflict();
    void patchConflict();
    void mergePatchSecret();
    void updatePrecondition();
    void logTailAndFollow();
    void responseDelay();
    void requestCaps();
    void portForwardEcho();
    void portForwardRefused();

private:
    KubectlResult kubectl(const QStringList &args, const QString &kubeconfig = {});
    HttpResult request(const QByteArray &method, const QString &path, const QByteArray &body = {},
                       const QByteArray &contentType = {}, bool withCertificate = true);
    QNetworkRequest networkRequest(const QString &pathAndQuery, bool withCertificate = true) const;

    std::unique_ptr<Test::Emulator> m_emulator;
    std::unique_ptr<QNetworkAccessManager> m_nam = std::make_unique<QNetworkAccessManager>();
    QTemporaryDir m_cacheDir;
    QString m_kubectl;
    QString m_logFile;
};

void TestApiEmulator::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_emulator = std::make_unique<Test::Emulator>();
    QVERIFY2(m_emulator->isValid(), qPrintable(m_emulator->errorString()));
    QVERIFY(m_cacheDir.isValid());
    m_kubectl = QStandardPaths::findExecutable(u"kubectl"_s);
    if (m_kubectl.isEmpty() && QFile::exists(u"/usr/bin/kubectl"_s))
        m_kubectl = u"/usr/bin/kubectl"_s;

    m_emulator->addPod(u"web-1"_s, { { u"app"_s, u"web"_s } });
    m_emulator->addPod(u"web-2"_s, { { u"app"_s, u"web"_s } });
    m_emulator->addPod(u"db-0"_s, { { u"app"_s, u"db"_s } });
    m_emulator->addPvc(u"data-db-0"_s, u"8Gi"_s);
    m_emulator->addSecret(u"db-credentials"_s, { { u"password"_s, "s3cr3t-pw" }, { u"user"_s, "app" } });
    m_emulator->addDeployment(u"web"_s, 2, { { u"app"_s, u"web"_s } });
    m_emulator->addStatefulSet(u"db"_s, 1, { { u"app"_s, u"db"_s } });
    m_emulator->addService(u"db"_s, 5432, { { u"app"_s, u"db"_s } });

    m_logFile = m_emulator->dir() + u"/web-1.log"_s;
    QFile log(m_logFile);
    QVERIFY(log.open(QIODevice::WriteOnly));
    log.write("line one\nline two\nline three\n");
    log.close();
    m_emulator->server().setPodLogFile(m_emulator->namespaceName(), u"web-1"_s, m_logFile);
}

void TestApiEmulator::cleanupTestCase()
{
    m_emulator.reset();
    // Let the network threads (HTTP, and those of the local managers) end before the process does, so that
    // their thread-local OpenSSL state is freed and LeakSanitizer has nothing to report.
    m_nam.reset();
    QTest::qWait(300);
}

KubectlResult TestApiEmulator::kubectl(const QStringList &args, const QString &kubeconfig)
{
    KubectlResult result;
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"KUBECONFIG"_s, kubeconfig.isEmpty() ? m_emulator->kubeconfigPath() : kubeconfig);
    env.insert(u"KUBECACHEDIR"_s, m_cacheDir.path());
    env.insert(u"HOME"_s, m_cacheDir.path());
    process.setProcessEnvironment(env);
    QEventLoop loop;
    connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    connect(&process, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    process.start(m_kubectl, QStringList { u"--request-timeout=20s"_s } + args);
    loop.exec();
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished(5000);
        result.err = u"kubectl timed out"_s;
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err += QString::fromUtf8(process.readAllStandardError());
    return result;
}

QNetworkRequest TestApiEmulator::networkRequest(const QString &pathAndQuery, bool withCertificate) const
{
    QUrl url = m_emulator->server().url();
    const qsizetype question = pathAndQuery.indexOf(u'?');
    url.setPath(pathAndQuery.left(question));
    if (question >= 0)
        url.setQuery(pathAndQuery.mid(question + 1));
    QNetworkRequest request(url);
    request.setSslConfiguration(m_emulator->sslConfiguration(withCertificate));
    request.setRawHeader("Accept", "application/json");
    return request;
}

HttpResult TestApiEmulator::request(const QByteArray &method, const QString &path, const QByteArray &body,
                                    const QByteArray &contentType, bool withCertificate)
{
    QNetworkRequest req = networkRequest(path, withCertificate);
    if (!contentType.isEmpty())
        req.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    // A client without a certificate must not reuse a connection that presented one.
    QNetworkAccessManager anonymousNam;
    QNetworkReply *reply = (withCertificate ? *m_nam : anonymousNam).sendCustomRequest(req, method, body);
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    loop.exec();
    HttpResult result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    result.body = reply->readAll();
    result.json = parseObject(result.body);
    result.retryAfter = reply->rawHeader("Retry-After");
    reply->deleteLater();
    return result;
}

// ---------------------------------------------------------------- kubectl

void TestApiEmulator::kubectlGetJson()
{
    if (m_kubectl.isEmpty())
        QSKIP("kubectl is not installed");
    const KubectlResult r = kubectl({ u"get"_s, u"pods,pvc,secrets"_s, u"-o"_s, u"json"_s });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject list = parseObject(r.out.toUtf8());
    QCOMPARE(list.value("kind"_L1).toString(), u"List"_s);
    const QStringList names = itemNames(list);
    QCOMPARE(names, (QStringList { u"db-0"_s, u"web-1"_s, u"web-2"_s, u"data-db-0"_s, u"db-credentials"_s }));
    QStringList kinds;
    for (const QJsonValue &item : list.value("items"_L1).toArray())
        kinds << item.toObject().value("kind"_L1).toString();
    QCOMPARE(kinds, (QStringList { u"Pod"_s, u"Pod"_s, u"Pod"_s, u"PersistentVolumeClaim"_s, u"Secret"_s }));
    const QJsonObject secret = list.value("items"_L1).toArray().at(4).toObject();
    QCOMPARE(QByteArray::fromBase64(secret.value("data"_L1).toObject().value("password"_L1).toString().toLatin1()),
             QByteArray("s3cr3t-pw"));
    const QJsonObject pvc = list.value("items"_L1).toArray().at(3).toObject();
    QCOMPARE(pvc.value("status"_L1).toObject().value("phase"_L1).toString(), u"Bound"_s);
    QVERIFY(!pvc.value("metadata"_L1).toObject().value("uid"_L1).toString().isEmpty());
}

void TestApiEmulator::kubectlGetDeployments()
{
    if (m_kubectl.isEmpty())
        QSKIP("kubectl is not installed");
    const KubectlResult r = kubectl({ u"get"_s, u"deploy"_s });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.startsWith(u"NAME"_s), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"\nweb "_s), qPrintable(r.out));

    const KubectlResult sts = kubectl({ u"get"_s, u"statefulsets"_s, u"-o"_s, u"name"_s });
    QVERIFY2(sts.exitCode == 0, qPrintable(sts.err));
    QCOMPARE(sts.out.trimmed(), u"statefulset.apps/db"_s);
}

void TestApiEmulator::kubectlLabelSelector()
{
    if (m_kubectl.isEmpty())
        QSKIP("kubectl is not installed");
    const KubectlResult r = kubectl({ u"get"_s, u"pods"_s, u"-l"_s, u"app=web"_s, u"-o"_s, u"name"_s });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.out.split(u'\n', Qt::SkipEmptyParts), (QStringList { u"pod/web-1"_s, u"pod/web-2"_s }));

    const KubectlResult notWeb = kubectl({ u"get"_s, u"pods"_s, u"-l"_s, u"app!=web"_s, u"-o"_s, u"name"_s });
    QVERIFY2(notWeb.exitCode == 0, qPrintable(notWeb.err));
    QCOMPARE(notWeb.out.trimmed(), u"pod/db-0"_s);
}

void TestApiEmulator::kubectlLogs()
{
    if (m_kubectl.isEmpty())
        QSKIP("kubectl is not installed");
    const KubectlResult r = kubectl({ u"logs"_s, u"web-1"_s });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.out, u"line one\nline two\nline three\n"_s);

    const KubectlResult tail = kubectl({ u"logs"_s, u"web-1"_s, u"--tail=1"_s });
    QVERIFY2(tail.exitCode == 0, qPrintable(tail.err));
    QCOMPARE(tail.out, u"line three\n"_s);
}

void TestApiEmulator::kubectlDescribePod()
{
    if (m_kubectl.isEmpty())
        QSKIP("kubectl is not installed");
    const KubectlResult r = kubectl({ u"describe"_s, u"pod"_s, u"web-1"_s });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(u"Name:"_s) && r.out.contains(u"web-1"_s), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"app=web"_s), qPrintable(r.out));
}

void TestApiEmulator::kubectlRolloutRestart()
{
    if (m_kubectl.isEmpty())
        QSKIP("kubectl is not installed");
    QSignalSpy restarted(&m_emulator->server(), &Demo::ApiServer::rolloutRestarted);
    const qint64 generation = m_emulator->store()
                                  .get(u"deployments"_s, m_emulator->namespaceName(), u"web"_s)
                                  .value("metadata"_L1)
                                  .toObject()
                                  .value("generation"_L1)
                                  .toInteger();
    const KubectlResult r = kubectl({ u"rollout"_s, u"restart"_s, u"deployment/web"_s });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.out.trimmed(), u"deployment.apps/web restarted"_s);
    QCOMPARE(restarted.count(), 1);
    QCOMPARE(restarted.at(0).at(0).toString(), m_emulator->namespaceName());
    QCOMPARE(restarted.at(0).at(1).toString(), u"Deployment"_s);
    QCOMPARE(restarted.at(0).at(2).toString(), u"web"_s);

    const QJsonObject deployment = m_emulator->store().get(u"deployments"_s, m_emulator->namespaceName(), u"web"_s);
    const QJsonObject metadata = deployment.value("metadata"_L1).toObject();
    QCOMPARE(metadata.value("generation"_L1).toInteger(), generation + 1);
    const QJsonObject annotations = Demo::valueAtPath(deployment, u"spec.template.metadata.annotations"_s).toObject();
    QVERIFY(annotations.contains("kubectl.kubernetes.io/restartedAt"_L1));
    const QJsonObject status = deployment.value("status"_L1).toObject();
    QCOMPARE(status.value("observedGeneration"_L1).toInteger(), generation + 1);
    QCOMPARE(status.value("updatedReplicas"_L1).toInt(), 2);
    QCOMPARE(status.value("readyReplicas"_L1).toInt(), 2);
    QCOMPARE(status.value("availableReplicas"_L1).toInt(), 2);

    // kubectl's own check of the result agrees.
    const KubectlResult rollout = kubectl({ u"rollout"_s, u"status"_s, u"deployment/web"_s, u"--timeout=10s"_s });
    QVERIFY2(rollout.exitCode == 0, qPrintable(rollout.err));
    QVERIFY2(rollout.out.contains(u"successfully rolled out"_s), qPrintable(rollout.out));
}

void TestApiEmulator::kubectlNotFound()
{
    if (m_kubectl.isEmpty())
        QSKIP("kubectl is not installed");
    const KubectlResult r = kubectl({ u"get"_s, u"secret"_s, u"nope"_s });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"Error from server (NotFound): secrets \"nope\" not found"_s), qPrintable(r.err));
}

void TestApiEmulator::kubectlForbidden()
{
    if (m_kubectl.isEmpty())
        QSKIP("kubectl is not installed");
    const QString kubeconfig = m_emulator->writeCertificateKubeconfig(u"mallory.yaml"_s, u"mallory"_s);
    QVERIFY(!kubeconfig.isEmpty());
    m_emulator->server().addDenyRule({ u"mallory"_s, u"list"_s, u"secrets"_s, {} });

    const KubectlResult denied = kubectl({ u"get"_s, u"secrets"_s }, kubeconfig);
    QCOMPARE(denied.exitCode, 1);
    QVERIFY2(denied.err.contains(u"Error from server (Forbidden): secrets is forbidden: User \"mallory\" cannot "
                                 u"list resource \"secrets\" in API group \"\" in the namespace \"proofer-test\""_s),
             qPrintable(denied.err));
    // Only what the rule names is refused.
    const KubectlResult allowed = kubectl({ u"get"_s, u"pods"_s, u"-o"_s, u"name"_s }, kubeconfig);
    QVERIFY2(allowed.exitCode == 0, qPrintable(allowed.err));
    m_emulator->server().clearDenyRules();
}

void TestApiEmulator::kubectlBadToken()
{
    if (m_kubectl.isEmpty())
        QSKIP("kubectl is not installed");
    const QString kubeconfig
        = m_emulator->writeTokenKubeconfig(u"bad-token.yaml"_s, Core::Secret(QByteArrayLiteral("not-a-valid-token")));
    // With discovery cached (as after any earlier command), the list itself meets the 401 Status.
    QCOMPARE(kubectl({ u"api-resources"_s, u"-o"_s, u"name"_s }).exitCode, 0);
    const KubectlResult r = kubectl({ u"get"_s, u"pods"_s }, kubeconfig);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"error: You must be logged in to the server (Unauthorized)"_s), qPrintable(r.err));
    QVERIFY2(!r.err.contains(u"not-a-valid-token"_s), qPrintable(r.err));
}

void TestApiEmulator::kubectlGoodToken()
{
    if (m_kubectl.isEmpty())
        QSKIP("kubectl is not installed");
    const QString kubeconfig = m_emulator->writeTokenKubeconfig(u"good-token.yaml"_s, m_emulator->token());
    const KubectlResult r = kubectl({ u"get"_s, u"pvc"_s, u"-o"_s, u"name"_s }, kubeconfig);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.out.trimmed(), u"persistentvolumeclaim/data-db-0"_s);
}

void TestApiEmulator::kubectlNamespaces()
{
    if (m_kubectl.isEmpty())
        QSKIP("kubectl is not installed");
    const KubectlResult r = kubectl({ u"get"_s, u"namespaces"_s, u"-o"_s, u"name"_s });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.split(u'\n').contains(u"namespace/proofer-test"_s), qPrintable(r.out));
}

void TestApiEmulator::kubectlCreateAnnotateDelete()
{
    if (m_kubectl.isEmpty())
        QSKIP("kubectl is not installed");
    // kubectl's generators (create configmap …) send protobuf, which the emulator refuses with 415;
    // objects from files go through the dynamic client as JSON.
    const QString file = m_emulator->dir() + u"/via-kubectl.json"_s;
    QFile json(file);
    QVERIFY(json.open(QIODevice::WriteOnly));
    json.write(R"({"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"via-kubectl"},"data":{"colour":"blue"}})");
    json.close();
    // No OpenAPI documents are served, so kubectl cannot validate client-side.
    const KubectlResult created = kubectl({ u"create"_s, u"--validate=false"_s, u"-f"_s, file });
    QVERIFY2(created.exitCode == 0, qPrintable(created.err));
    QCOMPARE(created.out.trimmed(), u"configmap/via-kubectl created"_s);
    QCOMPARE(Demo::valueAtPath(m_emulator->store().get(u"configmaps"_s, u"proofer-test"_s, u"via-kubectl"_s),
                               u"data.colour"_s)
                 .toString(),
             u"blue"_s);

    const KubectlResult annotated = kubectl({ u"annotate"_s, u"configmap"_s, u"via-kubectl"_s, u"owner=proofer"_s });
    QVERIFY2(annotated.exitCode == 0, qPrintable(annotated.err));
    QCOMPARE(annotated.out.trimmed(), u"configmap/via-kubectl annotated"_s);
    QCOMPARE(Demo::valueAtPath(m_emulator->store().get(u"configmaps"_s, u"proofer-test"_s, u"via-kubectl"_s),
                               u"metadata.annotations"_s)
                 .toObject()
                 .value("owner"_L1)
                 .toString(),
             u"proofer"_s);

    const KubectlResult deleted = kubectl({ u"delete"_s, u"configmap"_s, u"via-kubectl"_s });
    QVERIFY2(deleted.exitCode == 0, qPrintable(deleted.err));
    QCOMPARE(deleted.out.trimmed(), u"configmap \"via-kubectl\" deleted"_s);
    QVERIFY(!m_emulator->store().contains(u"configmaps"_s, u"proofer-test"_s, u"via-kubectl"_s));
}

void TestApiEmulator::kubectlSecretWritesAreManagedFields()
{
    if (m_kubectl.isEmpty())
        QSKIP("kubectl is not installed");
    // stringData is folded into data; each write of a data key is recorded in managedFields under the writer's
    // field manager with its time (what SECRET-003 reads on a platform that writes no rotation annotation).
    const QString file = m_emulator->dir() + u"/managed-secret.json"_s;
    QFile json(file);
    QVERIFY(json.open(QIODevice::WriteOnly));
    json.write(R"({"apiVersion":"v1","kind":"Secret","metadata":{"name":"managed"},"stringData":{"password":"first","user":"app"}})");
    json.close();
    const KubectlResult created = kubectl({ u"create"_s, u"--validate=false"_s, u"-f"_s, file });
    QVERIFY2(created.exitCode == 0, qPrintable(created.err));
    const KubectlResult shown = kubectl({ u"get"_s, u"secret"_s, u"managed"_s, u"-o"_s, u"json"_s, u"--show-managed-fields"_s });
    QVERIFY2(shown.exitCode == 0, qPrintable(shown.err));
    const QJsonObject secret = QJsonDocument::fromJson(shown.out.toUtf8()).object();
    QVERIFY(!secret.contains("stringData"_L1));
    QCOMPARE(Demo::valueAtPath(secret, u"data.password"_s).toString(), QString::fromLatin1(QByteArray("first").toBase64()));
    const QJsonArray entries = Demo::valueAtPath(secret, u"metadata.managedFields"_s).toArray();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().toObject().value("manager"_L1).toString(), u"kubectl-create"_s);
    QVERIFY(Demo::valueAtPath(entries.first().toObject(), u"fieldsV1"_s).toObject().value("f:data"_L1).toObject().contains("f:password"_L1));
    QVERIFY(QDateTime::fromString(entries.first().toObject().value("time"_L1).toString(), Qt::ISODate).isValid());

    // Another manager changes the password: the key moves to it; the user key stays kubectl's.
    const HttpResult patched = request("PATCH", u"/api/v1/namespaces/proofer-test/secrets/managed?fieldManager=proofer"_s,
                                       R"({"data":{"password":"c2Vjb25k"}})", "application/merge-patch+json");
    QCOMPARE(patched.status, 200);
    QMap<QString, QStringList> owned;
    for (const QJsonValue &entry : Demo::valueAtPath(patched.json, u"metadata.managedFields"_s).toArray()) {
        const QJsonObject data = Demo::valueAtPath(entry.toObject(), u"fieldsV1"_s).toObject().value("f:data"_L1).toObject();
        QStringList keys = data.keys();
        keys.removeAll(u"."_s);
        owned.insert(entry.toObject().value("manager"_L1).toString(), keys);
    }
    QCOMPARE(owned.value(u"proofer"_s), QStringList{u"f:password"_s});
    QCOMPARE(owned.value(u"kubectl-create"_s), QStringList{u"f:user"_s});
    // kubectl reads what the emulator wrote.
    const KubectlResult again = kubectl({ u"get"_s, u"secret"_s, u"managed"_s, u"--show-managed-fields"_s, u"-o"_s,
                                          u"jsonpath={.metadata.managedFields[*].manager}"_s });
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    QCOMPARE(again.out.split(u' ', Qt::SkipEmptyParts), (QStringList{ u"kubectl-create"_s, u"proofer"_s }));
}

void TestApiEmulator::kubectlApplyRbac()
{
    if (m_kubectl.isEmpty())
        QSKIP("kubectl is not installed");
    const QString file = m_emulator->dir() + u"/rbac.yaml"_s;
    QFile yaml(file);
    QVERIFY(yaml.open(QIODevice::WriteOnly));
    yaml.write(R"(apiVersion: v1
kind: ServiceAccount
metadata:
  name: web
---
apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: web-secret
rules:
- apiGroups: [""]
  resources: ["secrets"]
  resourceNames: ["db-credentials"]
  verbs: ["get"]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: web-secret
subjects:
- kind: ServiceAccount
  name: web
  namespace: proofer-test
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: Role
  name: web-secret
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: proofer-secret-reader
rules:
- apiGroups: [""]
  resources: ["secrets"]
  verbs: ["get", "list", "watch"]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: proofer-everyone-reads-secrets
subjects:
- kind: Group
  apiGroup: rbac.authorization.k8s.io
  name: system:authenticated
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: proofer-secret-reader
)");
    yaml.close();
    // No OpenAPI documents are served, so kubectl cannot validate client-side.
    const KubectlResult applied = kubectl({ u"apply"_s, u"--validate=false"_s, u"-f"_s, file });
    QVERIFY2(applied.exitCode == 0, qPrintable(applied.err));
    QCOMPARE(applied.out.trimmed().split(u'\n'),
             (QStringList { u"serviceaccount/web created"_s, u"role.rbac.authorization.k8s.io/web-secret created"_s,
                            u"rolebinding.rbac.authorization.k8s.io/web-secret created"_s,
                            u"clusterrole.rbac.authorization.k8s.io/proofer-secret-reader created"_s,
                            u"clusterrolebinding.rbac.authorization.k8s.io/proofer-everyone-reads-secrets created"_s }));
    // Namespaced kinds land in the context's namespace, cluster-scoped ones in none.
    QVERIFY(m_emulator->store().contains(u"roles"_s, u"proofer-test"_s, u"web-secret"_s));
    QVERIFY(m_emulator->store().contains(u"rolebindings"_s, u"proofer-test"_s, u"web-secret"_s));
    QVERIFY(m_emulator->store().contains(u"clusterroles"_s, {}, u"proofer-secret-reader"_s));
    QVERIFY(m_emulator->store().contains(u"clusterrolebindings"_s, {}, u"proofer-everyone-reads-secrets"_s));

    const KubectlResult again = kubectl({ u"apply"_s, u"--validate=false"_s, u"-f"_s, file });
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    QVERIFY2(again.out.contains(u"clusterrolebinding.rbac.authorization.k8s.io/proofer-everyone-reads-secrets unchanged"_s),
             qPrintable(again.out));

    const KubectlResult namespaced
        = kubectl({ u"get"_s, u"roles,rolebindings"_s, u"-n"_s, u"proofer-test"_s, u"-o"_s, u"name"_s });
    QVERIFY2(namespaced.exitCode == 0, qPrintable(namespaced.err));
    QCOMPARE(namespaced.out.trimmed().split(u'\n'),
             (QStringList { u"role.rbac.authorization.k8s.io/web-secret"_s,
                            u"rolebinding.rbac.authorization.k8s.io/web-secret"_s }));
    const KubectlResult table = kubectl({ u"get"_s, u"clusterrolebindings"_s });
    QVERIFY2(table.exitCode == 0, qPrintable(table.err));
    QVERIFY2(table.out.startsWith(u"NAME"_s) && table.out.contains(u"proofer-everyone-reads-secrets"_s),
             qPrintable(table.out));
    const KubectlResult json = kubectl({ u"get"_s, u"rolebinding"_s, u"web-secret"_s, u"-o"_s, u"json"_s });
    QVERIFY2(json.exitCode == 0, qPrintable(json.err));
    const QJsonObject binding = parseObject(json.out.toUtf8());
    QCOMPARE(binding.value("kind"_L1).toString(), u"RoleBinding"_s);
    QCOMPARE(Demo::valueAtPath(binding, u"roleRef.name"_s).toString(), u"web-secret"_s);
    QCOMPARE(binding.value("subjects"_L1).toArray().first().toObject().value("name"_L1).toString(), u"web"_s);
    // A ClusterRoleBinding has no namespace.
    const KubectlResult wrong
        = kubectl({ u"get"_s, u"clusterrolebinding"_s, u"proofer-everyone-reads-secrets"_s, u"-o"_s, u"json"_s });
    QVERIFY2(wrong.exitCode == 0, qPrintable(wrong.err));
    QVERIFY(!Demo::valueAtPath(parseObject(wrong.out.toUtf8()), u"metadata.namespace"_s).isString());

    // A user who may not list ClusterRoleBindings sees kubectl's Forbidden message.
    const QString kubeconfig = m_emulator->writeCertificateKubeconfig(u"no-rbac.yaml"_s, u"no-rbac"_s);
    QVERIFY(!kubeconfig.isEmpty());
    m_emulator->server().addDenyRule({ u"no-rbac"_s, u"list"_s, u"clusterrolebindings"_s, {} });
    const KubectlResult denied = kubectl({ u"get"_s, u"clusterrolebindings"_s }, kubeconfig);
    m_emulator->server().clearDenyRules();
    QCOMPARE(denied.exitCode, 1);
    QVERIFY2(denied.err.contains(u"Error from server (Forbidden): clusterrolebindings.rbac.authorization.k8s.io is "
                                 u"forbidden: User \"no-rbac\" cannot list resource \"clusterrolebindings\" in API group "
                                 u"\"rbac.authorization.k8s.io\" at the cluster scope"_s),
             qPrintable(denied.err));

    const KubectlResult deleted = kubectl({ u"delete"_s, u"-f"_s, file });
    QVERIFY2(deleted.exitCode == 0, qPrintable(deleted.err));
    QVERIFY2(deleted.out.contains(u"clusterrolebinding.rbac.authorization.k8s.io \"proofer-everyone-reads-secrets\" deleted"_s),
             qPrintable(deleted.out));
    QVERIFY(!m_emulator->store().contains(u"clusterrolebindings"_s, {}, u"proofer-everyone-reads-secrets"_s));
    QVERIFY(!m_emulator->store().contains(u"roles"_s, u"proofer-test"_s, u"web-secret"_s));
}

// ---------------------------------------------------------------- raw HTTP

void TestApiEmulator::discovery()
{
    const HttpResult version = request("GET", u"/version"_s);
    QCOMPARE(version.status, 200);
    QVERIFY(version.json.contains("gitVersion"_L1));

    const HttpResult core = request("GET", u"/api/v1"_s);
    QCOMPARE(core.status, 200);
    QCOMPARE(core.json.value("kind"_L1).toString(), u"APIResourceList"_s);
    QStringList names;
    for (const QJsonValue &r : core.json.value("resources"_L1).toArray())
        names << r.toObject().value("name"_L1).toString();
    for (const QString &expected :
         { u"namespaces"_s, u"pods"_s, u"pods/log"_s, u"pods/portforward"_s, u"services"_s, u"endpoints"_s,
           u"secrets"_s, u"configmaps"_s, u"persistentvolumeclaims"_s, u"events"_s })
        QVERIFY2(names.contains(expected), qPrintable(expected));

    const HttpResult apps = request("GET", u"/apis/apps/v1"_s);
    QCOMPARE(apps.status, 200);
    const QJsonArray resources = apps.json.value("resources"_L1).toArray();
    bool sawDeployments = false;
    for (const QJsonValue &value : resources) {
        const QJsonObject r = value.toObject();
        if (r.value("name"_L1).toString() == "deployments"_L1) {
            sawDeployments = true;
            QCOMPARE(r.value("kind"_L1).toString(), u"Deployment"_s);
            QCOMPARE(r.value("singularName"_L1).toString(), u"deployment"_s);
            QVERIFY(r.value("namespaced"_L1).toBool());
            QVERIFY(r.value("shortNames"_L1).toArray().contains(u"deploy"_s));
            QVERIFY(r.value("verbs"_L1).toArray().contains(u"patch"_s));
        }
    }
    QVERIFY(sawDeployments);

    const HttpResult single = request("GET", u"/api/v1/namespaces/proofer-test/pods/web-1"_s);
    QCOMPARE(single.status, 200);
    QCOMPARE(single.json.value("kind"_L1).toString(), u"Pod"_s);
    QCOMPARE(single.json.value("apiVersion"_L1).toString(), u"v1"_s);

    const HttpResult missing = request("GET", u"/apis/apps/v1/namespaces/proofer-test/deployments/nope"_s);
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.json.value("kind"_L1).toString(), u"Status"_s);
    QCOMPARE(missing.json.value("reason"_L1).toString(), u"NotFound"_s);
    QCOMPARE(missing.json.value("message"_L1).toString(), u"deployments.apps \"nope\" not found"_s);
    QCOMPARE(missing.json.value("code"_L1).toInt(), 404);
}

void TestApiEmulator::rbacDiscoveryAndScope()
{
    const HttpResult groups = request("GET", u"/apis"_s);
    QCOMPARE(groups.status, 200);
    QStringList names;
    for (const QJsonValue &g : groups.json.value("groups"_L1).toArray())
        names << g.toObject().value("name"_L1).toString();
    QCOMPARE(names, (QStringList { u"apps"_s, u"batch"_s, u"networking.k8s.io"_s, u"rbac.authorization.k8s.io"_s }));
    const HttpResult group = request("GET", u"/apis/rbac.authorization.k8s.io"_s);
    QCOMPARE(group.status, 200);
    QCOMPARE(Demo::valueAtPath(group.json, u"preferredVersion.groupVersion"_s).toString(),
             u"rbac.authorization.k8s.io/v1"_s);

    const HttpResult rbac = request("GET", u"/apis/rbac.authorization.k8s.io/v1"_s);
    QCOMPARE(rbac.status, 200);
    QMap<QString, bool> namespaced;
    for (const QJsonValue &r : rbac.json.value("resources"_L1).toArray())
        namespaced.insert(r.toObject().value("name"_L1).toString(), r.toObject().value("namespaced"_L1).toBool());
    QCOMPARE(namespaced,
             (QMap<QString, bool> { { u"roles"_s, true },
                                    { u"rolebindings"_s, true },
                                    { u"clusterroles"_s, false },
                                    { u"clusterrolebindings"_s, false } }));

    // Scope is enforced: a cluster-scoped kind under a namespace, or a namespaced one named without, is 404.
    const QByteArray role
        = R"({"apiVersion":"rbac.authorization.k8s.io/v1","kind":"ClusterRole","metadata":{"name":"probe-reader"},)"
          R"("rules":[{"apiGroups":[""],"resources":["secrets"],"verbs":["get"]}]})";
    QCOMPARE(request("POST", u"/apis/rbac.authorization.k8s.io/v1/namespaces/proofer-test/clusterroles"_s, role,
                     "application/json")
                 .status,
             404);
    const HttpResult created
        = request("POST", u"/apis/rbac.authorization.k8s.io/v1/clusterroles"_s, role, "application/json");
    QCOMPARE(created.status, 201);
    QCOMPARE(created.json.value("apiVersion"_L1).toString(), u"rbac.authorization.k8s.io/v1"_s);
    QCOMPARE(request("GET", u"/apis/rbac.authorization.k8s.io/v1/roles/probe-reader"_s).status, 404);
    const HttpResult patched = request("PATCH", u"/apis/rbac.authorization.k8s.io/v1/clusterroles/probe-reader"_s,
                                       R"({"rules":[{"apiGroups":[""],"resources":["secrets"],"verbs":["get","list"]}]})",
                                       "application/merge-patch+json");
    QCOMPARE(patched.status, 200);
    QCOMPARE(patched.json.value("rules"_L1).toArray().first().toObject().value("verbs"_L1).toArray().size(), 2);
    const HttpResult list = request("GET", u"/apis/rbac.authorization.k8s.io/v1/clusterroles"_s);
    QCOMPARE(list.status, 200);
    QCOMPARE(list.json.value("kind"_L1).toString(), u"ClusterRoleList"_s);
    QVERIFY(itemNames(list.json).contains(u"probe-reader"_s));
    QCOMPARE(request("DELETE", u"/apis/rbac.authorization.k8s.io/v1/clusterroles/probe-reader"_s).status, 200);
    QCOMPARE(request("GET", u"/apis/rbac.authorization.k8s.io/v1/clusterroles/probe-reader"_s).status, 404);
}

void TestApiEmulator::unauthenticated()
{
    const HttpResult version = request("GET", u"/version"_s, {}, {}, false);
    QCOMPARE(version.status, 200);
    const HttpResult pods = request("GET", u"/api/v1/namespaces/proofer-test/pods"_s, {}, {}, false);
    QCOMPARE(pods.status, 401);
    QCOMPARE(pods.json.value("reason"_L1).toString(), u"Unauthorized"_s);

    // A bad bearer token is refused everywhere, even where anonymous requests are allowed.
    QNetworkAccessManager nam;
    for (const QString &path : { u"/version"_s, u"/api"_s, u"/api/v1/namespaces/proofer-test/pods"_s }) {
        QNetworkRequest req = networkRequest(path, false);
        req.setRawHeader("Authorization", "Bearer not-a-valid-token");
        QNetworkReply *reply = nam.get(req);
        QTRY_VERIFY(reply->isFinished());
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 401);
        QCOMPARE(parseObject(reply->readAll()).value("reason"_L1).toString(), u"Unauthorized"_s);
        reply->deleteLater();
    }
    // The fixture's token works.
    QNetworkRequest req = networkRequest(u"/api/v1/namespaces/proofer-test/pods"_s, false);
    req.setRawHeader("Authorization", "Bearer " + m_emulator->token().reveal());
    QNetworkReply *reply = nam.get(req);
    QTRY_VERIFY(reply->isFinished());
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    reply->deleteLater();
}

void TestApiEmulator::paging()
{
    for (int i = 0; i < 25; ++i) {
        QJsonObject cm { { "kind"_L1, "ConfigMap"_L1 },
                         { "metadata"_L1, QJsonObject { { "name"_L1, u"cm-%1"_s.arg(i, 2, 10, QChar(u'0')) } } },
                         { "data"_L1, QJsonObject { { "i"_L1, QString::number(i) } } } };
        QVERIFY(!m_emulator->server().createObject(cm, u"paging"_s).isEmpty());
    }
    QStringList all;
    QString token;
    QList<int> pageSizes;
    do {
        QString path = u"/api/v1/namespaces/paging/configmaps?limit=10"_s;
        if (!token.isEmpty())
            path += u"&continue="_s + QString::fromLatin1(QUrl::toPercentEncoding(token));
        const HttpResult page = request("GET", path);
        QCOMPARE(page.status, 200);
        QCOMPARE(page.json.value("kind"_L1).toString(), u"ConfigMapList"_s);
        const QJsonObject metadata = page.json.value("metadata"_L1).toObject();
        QVERIFY(!metadata.value("resourceVersion"_L1).toString().isEmpty());
        token = metadata.value("continue"_L1).toString();
        const QStringList names = itemNames(page.json);
        pageSizes << int(names.size());
        all += names;
        if (!token.isEmpty())
            QCOMPARE(metadata.value("remainingItemCount"_L1).toInt(), 25 - int(all.size()));
    } while (!token.isEmpty() && pageSizes.size() < 10);
    QCOMPARE(pageSizes, (QList<int> { 10, 10, 5 }));
    QCOMPARE(all.size(), 25);
    QStringList sorted = all;
    sorted.sort();
    QCOMPARE(all, sorted);
    QCOMPARE(all.first(), u"cm-00"_s);
    QCOMPARE(all.last(), u"cm-24"_s);
}

void TestApiEmulator::expiredContinue()
{
    const HttpResult first = request("GET", u"/api/v1/namespaces/paging/configmaps?limit=5"_s);
    QCOMPARE(first.status, 200);
    const QString token = first.json.value("metadata"_L1).toObject().value("continue"_L1).toString();
    QVERIFY(!token.isEmpty());
    m_emulator->server().expireContinueTokens();
    const HttpResult next = request("GET",
                                    u"/api/v1/namespaces/paging/configmaps?limit=5&continue="_s
                                        + QString::fromLatin1(QUrl::toPercentEncoding(token)));
    QCOMPARE(next.status, 410);
    QCOMPARE(next.json.value("kind"_L1).toString(), u"Status"_s);
    QCOMPARE(next.json.value("reason"_L1).toString(), u"Expired"_s);
    QCOMPARE(next.json.value("code"_L1).toInt(), 410);
    // A fresh list works again.
    QCOMPARE(request("GET", u"/api/v1/namespaces/paging/configmaps?limit=5"_s).status, 200);
}

void TestApiEmulator::fieldSelector()
{
    const HttpResult r = request("GET", u"/api/v1/namespaces/proofer-test/pods?fieldSelector=metadata.name%3Ddb-0"_s);
    QCOMPARE(r.status, 200);
    QCOMPARE(itemNames(r.json), QStringList { u"db-0"_s });
    const HttpResult all = request("GET", u"/api/v1/pods?labelSelector=app%20in%20(web,db)"_s);
    QCOMPARE(all.status, 200);
    QCOMPARE(itemNames(all.json).size(), 3);
}

void TestApiEmulator::watchFromResourceVersion()
{
    m_emulator->server().setBookmarkInterval(200);
    const HttpResult list = request("GET", u"/api/v1/namespaces/watched/configmaps"_s);
    QCOMPARE(list.status, 200);
    const QString rv = list.json.value("metadata"_L1).toObject().value("resourceVersion"_L1).toString();
    QVERIFY(!rv.isEmpty());

    WatchReader watch(*m_nam,
                      networkRequest(u"/api/v1/namespaces/watched/configmaps?watch=true&resourceVersion="_s + rv
                                     + u"&allowWatchBookmarks=true"_s));
    QTRY_COMPARE(m_emulator->server().activeWatchCount(), 1);

    QJsonObject cm { { "kind"_L1, "ConfigMap"_L1 },
                     { "metadata"_L1, QJsonObject { { "name"_L1, "settings"_L1 } } },
                     { "data"_L1, QJsonObject { { "a"_L1, "1"_L1 } } } };
    QVERIFY(!m_emulator->server().createObject(cm, u"watched"_s).isEmpty());
    // An object in another namespace is not seen.
    QVERIFY(!m_emulator->server().createObject(cm, u"elsewhere"_s).isEmpty());
    const HttpResult patched = request("PATCH", u"/api/v1/namespaces/watched/configmaps/settings"_s,
                                       R"({"data":{"a":"2"}})", "application/merge-patch+json");
    QCOMPARE(patched.status, 200);
    const HttpResult deleted = request("DELETE", u"/api/v1/namespaces/watched/configmaps/settings"_s);
    QCOMPARE(deleted.status, 200);

    QTRY_COMPARE(watch.typesWithoutBookmarks(), (QStringList { u"ADDED"_s, u"MODIFIED"_s, u"DELETED"_s }));
    QTRY_VERIFY(watch.types().contains(u"BOOKMARK"_s));
    QJsonObject modified;
    qint64 lastVersion = rv.toLongLong();
    for (const QJsonObject &event : std::as_const(watch.events)) {
        const QJsonObject object = event.value("object"_L1).toObject();
        const qint64 version
            = object.value("metadata"_L1).toObject().value("resourceVersion"_L1).toString().toLongLong();
        QVERIFY(version >= lastVersion);
        lastVersion = version;
        if (event.value("type"_L1).toString() == "MODIFIED"_L1)
            modified = object;
        if (event.value("type"_L1).toString() == "BOOKMARK"_L1)
            QCOMPARE(object.value("kind"_L1).toString(), u"ConfigMap"_s);
    }
    QCOMPARE(modified.value("data"_L1).toObject().value("a"_L1).toString(), u"2"_s);
    QCOMPARE(modified.value("kind"_L1).toString(), u"ConfigMap"_s);

    // A new watch from the same version replays the same history.
    WatchReader replay(*m_nam,
                       networkRequest(u"/api/v1/namespaces/watched/configmaps?watch=1&resourceVersion="_s + rv));
    QTRY_COMPARE(replay.typesWithoutBookmarks(), (QStringList { u"ADDED"_s, u"MODIFIED"_s, u"DELETED"_s }));
    m_emulator->server().setBookmarkInterval(1000);
}

void TestApiEmulator::watchCompactedVersion()
{
    const HttpResult list = request("GET", u"/api/v1/namespaces/proofer-test/pods"_s);
    const QString rv = list.json.value("metadata"_L1).toObject().value("resourceVersion"_L1).toString();
    m_emulator->addPod(u"compact-me"_s);
    m_emulator->store().compact();
    WatchReader watch(*m_nam,
                      networkRequest(u"/api/v1/namespaces/proofer-test/pods?watch=true&resourceVersion="_s + rv));
    QTRY_VERIFY(watch.finished());
    QCOMPARE(watch.status(), 200);
    QCOMPARE(watch.types(), QStringList { u"ERROR"_s });
    const QJsonObject status = watch.events.first().value("object"_L1).toObject();
    QCOMPARE(status.value("code"_L1).toInt(), 410);
    QCOMPARE(status.value("reason"_L1).toString(), u"Expired"_s);
    QVERIFY(status.value("message"_L1).toString().startsWith(u"too old resource version"_s));
}

void TestApiEmulator::watchForcedGone()
{
    m_emulator->server().failNextWatches(1, Demo::ApiServer::WatchFailure::HttpGone);
    WatchReader gone(*m_nam, networkRequest(u"/api/v1/namespaces/proofer-test/pods?watch=true"_s));
    QTRY_VERIFY(gone.finished());
    QCOMPARE(gone.status(), 410);

    m_emulator->server().failNextWatches(1, Demo::ApiServer::WatchFailure::InStreamExpired);
    WatchReader inStream(*m_nam, networkRequest(u"/api/v1/namespaces/proofer-test/pods?watch=true"_s));
    QTRY_VERIFY(inStream.finished());
    QCOMPARE(inStream.status(), 200);
    QCOMPARE(inStream.types(), QStringList { u"ERROR"_s });
    QCOMPARE(inStream.events.first().value("object"_L1).toObject().value("code"_L1).toInt(), 410);

    // The next watch is healthy: the existing pods arrive as ADDED.
    WatchReader healthy(*m_nam, networkRequest(u"/api/v1/namespaces/proofer-test/pods?watch=true&resourceVersion=0"_s));
    QTRY_VERIFY(healthy.events.size() >= 3);
    QCOMPARE(healthy.types().first(), u"ADDED"_s);
}

void TestApiEmulator::watchTimeout()
{
    WatchReader watch(*m_nam, networkRequest(u"/api/v1/namespaces/proofer-test/pods?watch=true&timeoutSeconds=1"_s));
    QTRY_VERIFY_WITH_TIMEOUT(watch.finished(), 5000);
    QCOMPARE(watch.reply()->error(), QNetworkReply::NoError);
    QCOMPARE(watch.status(), 200);
    QTRY_COMPARE(m_emulator->server().activeWatchCount(), 0);
}

void TestApiEmulator::watchDropped()
{
    m_emulator->server().setWatchDropAfterEvents(2);
    WatchReader watch(*m_nam, networkRequest(u"/api/v1/namespaces/proofer-test/pods?watch=true"_s));
    QTRY_VERIFY(watch.finished());
    m_emulator->server().setWatchDropAfterEvents(0);
    QCOMPARE(watch.events.size(), 2);
    QVERIFY2(watch.reply()->error() != QNetworkReply::NoError, "an abrupt close is not a clean end of stream");
}

void TestApiEmulator::throttled()
{
    m_emulator->server().throttleNextRequests(2, 3);
    for (int i = 0; i < 2; ++i) {
        const HttpResult r = request("GET", u"/api/v1/namespaces/proofer-test/pods"_s);
        QCOMPARE(r.status, 429);
        QCOMPARE(r.retryAfter, QByteArray("3"));
        QCOMPARE(r.json.value("reason"_L1).toString(), u"TooManyRequests"_s);
    }
    QCOMPARE(request("GET", u"/api/v1/namespaces/proofer-test/pods"_s).status, 200);
}

void TestApiEmulator::createAndConflict()
{
    const QByteArray body = R"({"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"created"},"data":{"k":"v"}})";
    const HttpResult created
        = request("POST", u"/api/v1/namespaces/proofer-test/configmaps"_s, body, "application/json");
    QCOMPARE(created.status, 201);
    QCOMPARE(created.json.value("metadata"_L1).toObject().value("namespace"_L1).toString(), u"proofer-test"_s);
    const HttpResult again = request("POST", u"/api/v1/namespaces/proofer-test/configmaps"_s, body, "application/json");
    QCOMPARE(again.status, 409);
    QCOMPARE(again.json.value("reason"_L1).toString(), u"AlreadyExists"_s);
    QCOMPARE(again.json.value("message"_L1).toString(), u"configmaps \"created\" already exists"_s);
    // Protobuf bodies (kubectl's typed generators) are refused as such, not misparsed.
    const HttpResult protobuf = request("POST", u"/api/v1/namespaces/proofer-test/configmaps"_s,
                                        QByteArray("k8s\0\x0a\x0f", 6), "application/vnd.kubernetes.protobuf");
    QCOMPARE(protobuf.status, 415);
    QCOMPARE(protobuf.json.value("reason"_L1).toString(), u"UnsupportedMediaType"_s);
}

void TestApiEmulator::patchConflict()
{
    const QString path = u"/api/v1/namespaces/proofer-test/secrets/db-credentials"_s;
    const HttpResult stale = request("PATCH", path, R"({"metadata":{"resourceVersion":"1"},"data":{"user":"eA=="}})",
                                     "application/strategic-merge-patch+json");
    QCOMPARE(stale.status, 409);
    QCOMPARE(stale.json.value("reason"_L1).toString(), u"Conflict"_s);
    QVERIFY2(stale.json.value("message"_L1)
                 .toString()
                 .startsWith(u"Operation cannot be fulfilled on secrets \"db-credentials\""_s),
             stale.body.constData());
    // Nothing changed.
    const QJsonObject secret = m_emulator->store().get(u"secrets"_s, u"proofer-test"_s, u"db-credentials"_s);
    QCOMPARE(Demo::valueAtPath(secret, u"data.user"_s).toString(), QString::fromLatin1(QByteArray("app").toBase64()));

    const HttpResult unsupported
        = request("PATCH", path, R"([{"op":"remove","path":"/data/user"}])", "application/json-patch+json");
    QCOMPARE(unsupported.status, 415);
}

void TestApiEmulator::mergePatchSecret()
{
    const QString path = u"/api/v1/namespaces/proofer-test/secrets/db-credentials"_s;
    const QJsonObject before = m_emulator->store().get(u"secrets"_s, u"proofer-test"_s, u"db-credentials"_s);
    const QString rv = Demo::valueAtPath(before, u"metadata.resourceVersion"_s).toString();
    const QByteArray newPassword = QByteArray("n3w-pw").toBase64();
    const QByteArray patch = R"({"metadata":{"resourceVersion":")" + rv.toLatin1() + R"("},"data":{"password":")"
        + newPassword + R"(","extra":"eA=="}})";
    const HttpResult r = request("PATCH", path, patch, "application/merge-patch+json");
    QCOMPARE(r.status, 200);
    QCOMPARE(Demo::valueAtPath(r.json, u"data.password"_s).toString(), QString::fromLatin1(newPassword));
    QVERIFY(Demo::valueAtPath(r.json, u"metadata.resourceVersion"_s).toString().toLongLong() > rv.toLongLong());
    const QJsonObject after = m_emulator->store().get(u"secrets"_s, u"proofer-test"_s, u"db-credentials"_s);
    QCOMPARE(Demo::valueAtPath(after, u"data.password"_s).toString(), QString::fromLatin1(newPassword));
    QCOMPARE(Demo::valueAtPath(after, u"data.user"_s).toString(), QString::fromLatin1(QByteArray("app").toBase64()));
    QCOMPARE(Demo::valueAtPath(after, u"metadata.uid"_s), Demo::valueAtPath(before, u"metadata.uid"_s));

    // null removes a key (RFC 7386).
    const HttpResult removed = request("PATCH", path, R"({"data":{"extra":null}})", "application/merge-patch+json");
    QCOMPARE(removed.status, 200);
    QVERIFY(!Demo::valueAtPath(removed.json, u"data"_s).toObject().contains("extra"_L1));
}

void TestApiEmulator::updatePrecondition()
{
    const QString path = u"/api/v1/namespaces/proofer-test/configmaps/created"_s;
    const HttpResult current = request("GET", path);
    QCOMPARE(current.status, 200);
    QJsonObject object = current.json;
    QJsonObject data { { "k"_L1, "v2"_L1 } };
    object.insert("data"_L1, data);
    const HttpResult ok = request("PUT", path, QJsonDocument(object).toJson(), "application/json");
    QCOMPARE(ok.status, 200);
    QCOMPARE(Demo::valueAtPath(ok.json, u"data.k"_s).toString(), u"v2"_s);
    // The same (now stale) resourceVersion again: 409.
    const HttpResult stale = request("PUT", path, QJsonDocument(object).toJson(), "application/json");
    QCOMPARE(stale.status, 409);
    QCOMPARE(stale.json.value("reason"_L1).toString(), u"Conflict"_s);
}

void TestApiEmulator::logTailAndFollow()
{
    const HttpResult tail = request("GET", u"/api/v1/namespaces/proofer-test/pods/web-1/log?tailLines=2"_s);
    QCOMPARE(tail.status, 200);
    QCOMPARE(tail.body, QByteArray("line two\nline three\n"));
    const HttpResult missing = request("GET", u"/api/v1/namespaces/proofer-test/pods/ghost/log"_s);
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.json.value("message"_L1).toString(), u"pods \"ghost\" not found"_s);

    QNetworkReply *reply = m_nam->get(networkRequest(u"/api/v1/namespaces/proofer-test/pods/web-1/log?follow=true"_s));
    QByteArray received;
    connect(reply, &QNetworkReply::readyRead, this, [&] { received += reply->readAll(); });
    QTRY_COMPARE(received, QByteArray("line one\nline two\nline three\n"));
    QFile log(m_logFile);
    QVERIFY(log.open(QIODevice::Append));
    log.write("line four\n");
    log.close();
    QTRY_COMPARE(received, QByteArray("line one\nline two\nline three\nline four\n"));
    reply->abort();
    reply->deleteLater();
}

void TestApiEmulator::responseDelay()
{
    m_emulator->server().setResponseDelay(400);
    QElapsedTimer timer;
    timer.start();
    const HttpResult r = request("GET", u"/api/v1/namespaces/proofer-test/pods/web-1"_s);
    const qint64 elapsed = timer.elapsed();
    m_emulator->server().setResponseDelay(0);
    QCOMPARE(r.status, 200);
    QVERIFY2(elapsed >= 390, qPrintable(QString::number(elapsed)));
}

void TestApiEmulator::requestCaps()
{
    // Raw requests on a TLS socket, so the test controls exactly what is sent.
    const auto rawExchange = [this](const QByteArray &requestBytes) {
        QSslSocket socket;
        socket.setSslConfiguration(m_emulator->sslConfiguration());
        QByteArray response;
        connect(&socket, &QSslSocket::readyRead, this, [&] { response += socket.readAll(); });
        connect(&socket, &QSslSocket::encrypted, this, [&] { socket.write(requestBytes); });
        socket.connectToHostEncrypted(u"127.0.0.1"_s, m_emulator->server().port(), u"localhost"_s);
        QElapsedTimer timer;
        timer.start();
        while (!response.contains("\r\n\r\n") && timer.elapsed() < 10000)
            QTest::qWait(20);
        return response;
    };
    const QByteArray hugeHeader = "GET /api/v1/namespaces/proofer-test/pods HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Filler: "
        + QByteArray(70 * 1024, 'a') + "\r\n\r\n";
    const QByteArray headerResponse = rawExchange(hugeHeader);
    QVERIFY2(headerResponse.startsWith("HTTP/1.1 431 "), headerResponse.left(200).constData());

    const QByteArray hugeBody = "PATCH /api/v1/namespaces/proofer-test/secrets/db-credentials HTTP/1.1\r\n"
                                "Host: 127.0.0.1\r\nContent-Type: application/merge-patch+json\r\n"
                                "Content-Length: 5000000\r\n\r\n{";
    const QByteArray bodyResponse = rawExchange(hugeBody);
    QVERIFY2(bodyResponse.startsWith("HTTP/1.1 413 "), bodyResponse.left(200).constData());
    QVERIFY(bodyResponse.contains("\"kind\":\"Status\""));

    // A well-formed raw request on the same kind of connection works (keep-alive, Content-Length framing).
    const QByteArray ok = rawExchange("GET /version HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QVERIFY2(ok.startsWith("HTTP/1.1 200 "), ok.left(200).constData());
}

void TestApiEmulator::portForwardEcho()
{
    QTcpServer echo;
    QVERIFY(echo.listen(QHostAddress::LocalHost));
    connect(&echo, &QTcpServer::newConnection, this, [&echo] {
        QTcpSocket *socket = echo.nextPendingConnection();
        connect(socket, &QTcpSocket::readyRead, socket, [socket] { socket->write(socket->readAll()); });
    });
    m_emulator->server().setPortForwardTarget(u"proofer-test"_s, u"web-1"_s, 5432, QHostAddress::LocalHost,
                                              echo.serverPort());

    QWebSocket socket;
    socket.setSslConfiguration(m_emulator->sslConfiguration());
    QList<QByteArray> messages;
    connect(&socket, &QWebSocket::binaryMessageReceived, this, [&](const QByteArray &m) { messages << m; });
    QUrl url = m_emulator->server().url();
    url.setScheme(u"wss"_s);
    url.setPath(u"/api/v1/namespaces/proofer-test/pods/web-1/portforward"_s);
    url.setQuery(u"ports=5432"_s);
    QWebSocketHandshakeOptions options;
    options.setSubprotocols({ u"v4.channel.k8s.io"_s });
    socket.open(QNetworkRequest(url), options);
    QTRY_COMPARE(socket.state(), QAbstractSocket::ConnectedState);
    QCOMPARE(socket.subprotocol(), u"v4.channel.k8s.io"_s);
    // The port prefixes on the data and the error channel (5432 = 0x1538, little-endian).
    QTRY_COMPARE(messages.size(), 2);
    QCOMPARE(messages.at(0), QByteArray("\x00\x38\x15", 3));
    QCOMPARE(messages.at(1), QByteArray("\x01\x38\x15", 3));

    socket.sendBinaryMessage(QByteArray("\x00", 1) + "hello, postgres");
    QByteArray echoed;
    QTRY_COMPARE((echoed =
                      [&] {
                          QByteArray all;
                          for (qsizetype i = 2; i < messages.size(); ++i) {
                              if (messages.at(i).startsWith('\x00'))
                                  all += messages.at(i).mid(1);
                          }
                          return all;
                      }()),
                 QByteArray("hello, postgres"));
    socket.close();
    QTRY_COMPARE(socket.state(), QAbstractSocket::UnconnectedState);

    // Without the subprotocol the upgrade is refused.
    QWebSocket plain;
    plain.setSslConfiguration(m_emulator->sslConfiguration());
    QSignalSpy plainErrors(&plain, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error));
    plain.open(QNetworkRequest(url));
    QTRY_VERIFY(plainErrors.count() > 0 || plain.state() == QAbstractSocket::UnconnectedState);
    QVERIFY(plain.state() != QAbstractSocket::ConnectedState);
}

void TestApiEmulator::portForwardRefused()
{
    quint16 closedPort = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        closedPort = probe.serverPort();
    }
    m_emulator->server().setPortForwardTarget(u"proofer-test"_s, u"db-0"_s, 6379, QHostAddress::LocalHost, closedPort);
    QWebSocket socket;
    socket.setSslConfiguration(m_emulator->sslConfiguration());
    QList<QByteArray> messages;
    connect(&socket, &QWebSocket::binaryMessageReceived, this, [&](const QByteArray &m) { messages << m; });
    QSignalSpy disconnected(&socket, &QWebSocket::disconnected);
    QUrl url = m_emulator->server().url();
    url.setScheme(u"wss"_s);
    url.setPath(u"/api/v1/namespaces/proofer-test/pods/db-0/portforward"_s);
    url.setQuery(u"ports=6379"_s);
    QWebSocketHandshakeOptions options;
    options.setSubprotocols({ u"v4.channel.k8s.io"_s });
    socket.open(QNetworkRequest(url), options);
    QTRY_VERIFY(disconnected.count() > 0);
    QByteArray errorText;
    for (const QByteArray &message : std::as_const(messages)) {
        if (message.startsWith('\x01') && message.size() > 3)
            errorText += message.mid(1);
    }
    QVERIFY2(errorText.contains("error forwarding port 6379 to pod"), errorText.constData());
    QVERIFY2(errorText.contains("connection refused"), errorText.constData());
}

QTEST_GUILESS_MAIN(TestApiEmulator)
#include "testapiemulator.moc"
