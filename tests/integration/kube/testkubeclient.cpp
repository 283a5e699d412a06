// SPDX-License-Identifier: GPL-3.0-or-later
// Proofer's Kubernetes client against the API emulator over HTTPS: every behaviour the console
// relies on — paging, errors by kind, Retry-After, preconditions, rollout restart, watch with
// bookmarks, 410 relists and dropped streams, logs, timeouts and TLS verification.
#include "emulatorfixture.h"
#include "kubetestutil.h"
#include "kube/kubeclient.h"
#include "kube/kubeconfigloader.h"
#include "kube/portforwarder.h"
#include "mockclock.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace std::chrono_literals;

namespace {

template<typename T>
T await(QFuture<T> future, int timeoutMs = 20000)
{
    return Test::await(future, timeoutMs);
}

using Test::contextFor;

QString nameOf(const QJsonObject &object)
{
    return object.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("name")).toString();
}

} // namespace

class TestKubeClient final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(m_emulator.isValid(), qPrintable(m_emulator.errorString()));
    }

    void init()
    {
        m_emulator.server().clearDenyRules();
        m_emulator.server().setResponseDelay(0);
        m_emulator.server().setWatchDropAfterEvents(0);
    }

    void versionAndGet()
    {
        Kube::KubeClient client(contextFor(m_emulator.kubeconfigPath()));
        const Kube::Response version = await(client.version());
        QVERIFY2(version.ok(), qPrintable(version.error.message));
        QVERIFY(version.object.contains(QStringLiteral("gitVersion")));

        m_emulator.addPod(QStringLiteral("auth-db-0"));
        const Kube::Response pod = await(client.get(QStringLiteral("pods"), m_emulator.namespaceName(),
                                                    QStringLiteral("auth-db-0")));
        QVERIFY2(pod.ok(), qPrintable(pod.error.message));
        QCOMPARE(nameOf(pod.object), QStringLiteral("auth-db-0"));
        QCOMPARE(pod.object.value(QStringLiteral("kind")).toString(), QStringLiteral("Pod"));
    }

    void notFoundNamesTheObject()
    {
        Kube::KubeClient client(contextFor(m_emulator.kubeconfigPath()));
        const Kube::Response missing = await(client.get(QStringLiteral("secrets"), m_emulator.namespaceName(),
                                                        QStringLiteral("nope")));
        QCOMPARE(missing.error.kind, Kube::ApiError::Kind::NotFound);
        QCOMPARE(missing.error.httpStatus, 404);
        QVERIFY2(missing.error.message.contains(QStringLiteral("get secrets \"nope\" in namespace \"proofer-test\"")),
                 qPrintable(missing.error.message));
        QVERIFY(missing.error.message.contains(QStringLiteral("not found")));
    }

    void listFetchesEveryPage()
    {
        for (int i = 0; i < 25; ++i)
            m_emulator.addPvc(QStringLiteral("data-%1").arg(i, 2, 10, QLatin1Char('0')));
        Kube::KubeClient client(contextFor(m_emulator.kubeconfigPath()));
        int listRequests = 0;
        connect(&m_emulator.server(), &Demo::ApiServer::requestServed, this,
                [&listRequests](const QString &method, const QString &path, int) {
                    if (method == u"GET" && path.contains(QStringLiteral("persistentvolumeclaims")))
                        ++listRequests;
                });
        Kube::ListOptions options;
        options.limit = 10;
        const Kube::Response list = await(client.list(QStringLiteral("persistentvolumeclaims"),
                                                      m_emulator.namespaceName(), options));
        QVERIFY2(list.ok(), qPrintable(list.error.message));
        QCOMPARE(list.object.value(QStringLiteral("items")).toArray().size(), 25);
        QCOMPARE(listRequests, 3);
        QVERIFY(!list.object.value(QStringLiteral("metadata")).toObject().contains(QStringLiteral("continue")));
        disconnect(&m_emulator.server(), &Demo::ApiServer::requestServed, this, nullptr);
    }

    void expiredContinueTokenRelists()
    {
        for (int i = 0; i < 12; ++i)
            m_emulator.addSecret(QStringLiteral("s-%1").arg(i), {{QStringLiteral("k"), QByteArrayLiteral("v")}});
        Kube::KubeClient client(contextFor(m_emulator.kubeconfigPath()));
        bool expired = false;
        connect(&m_emulator.server(), &Demo::ApiServer::requestServed, this,
                [this, &expired](const QString &, const QString &path, int) {
                    if (!expired && path.contains(QStringLiteral("/secrets"))) {
                        expired = true;
                        m_emulator.server().expireContinueTokens(); // the first page's token dies
                    }
                });
        Kube::ListOptions options;
        options.limit = 5;
        const Kube::Response list = await(client.list(QStringLiteral("secrets"), m_emulator.namespaceName(), options));
        disconnect(&m_emulator.server(), &Demo::ApiServer::requestServed, this, nullptr);
        QVERIFY(expired);
        QVERIFY2(list.ok(), qPrintable(list.error.message));
        QCOMPARE(list.object.value(QStringLiteral("items")).toArray().size(),
                 m_emulator.store().list(QStringLiteral("secrets"), m_emulator.namespaceName()).size());
    }

    void forbiddenIsNotRetried()
    {
        m_emulator.server().addDenyRule({QString::fromUtf16(Test::Emulator::CertificateUser), QStringLiteral("list"),
                                         QStringLiteral("secrets"), QString()});
        Kube::KubeClient client(contextFor(m_emulator.kubeconfigPath()));
        QSignalSpy served(&m_emulator.server(), &Demo::ApiServer::requestServed);
        const Kube::Response list = await(client.list(QStringLiteral("secrets"), m_emulator.namespaceName()));
        QCOMPARE(list.error.kind, Kube::ApiError::Kind::Forbidden);
        QCOMPARE(list.error.reason, QStringLiteral("Forbidden"));
        QVERIFY2(list.error.message.contains(QStringLiteral("cannot list resource \"secrets\"")),
                 qPrintable(list.error.message));
        QCOMPARE(served.count(), 1);
    }

    void badTokenIsUnauthorized()
    {
        const QString path = m_emulator.writeTokenKubeconfig(QStringLiteral("bad-token.yaml"),
                                                             Core::Secret(QByteArrayLiteral("not-a-valid-token")));
        Kube::KubeClient client(contextFor(path));
        const Kube::Response pods = await(client.list(QStringLiteral("pods"), m_emulator.namespaceName()));
        QCOMPARE(pods.error.kind, Kube::ApiError::Kind::Unauthorized);
        QCOMPARE(pods.error.httpStatus, 401);

        const QString good = m_emulator.writeTokenKubeconfig(QStringLiteral("good-token.yaml"), m_emulator.token());
        Kube::KubeClient tokenClient(contextFor(good));
        const Kube::Response ok = await(tokenClient.list(QStringLiteral("pods"), m_emulator.namespaceName()));
        QVERIFY2(ok.ok(), qPrintable(ok.error.message));
    }

    void tooManyRequestsHonoursRetryAfter()
    {
        Kube::KubeClient client(contextFor(m_emulator.kubeconfigPath()));
        client.setRetryPolicy(3, 1500ms);
        m_emulator.server().throttleNextRequests(2, 1);
        QElapsedTimer timer;
        timer.start();
        const Kube::Response pods = await(client.list(QStringLiteral("pods"), m_emulator.namespaceName()));
        QVERIFY2(pods.ok(), qPrintable(pods.error.message));
        QVERIFY2(timer.elapsed() >= 1900, "two Retry-After: 1 waits were not honoured");

        client.setRetryPolicy(1, 1500ms);
        m_emulator.server().throttleNextRequests(5, 1);
        const Kube::Response refused = await(client.list(QStringLiteral("pods"), m_emulator.namespaceName()));
        QCOMPARE(refused.error.kind, Kube::ApiError::Kind::TooManyRequests);
        m_emulator.server().throttleNextRequests(0, 1);
    }

    void patchWithResourceVersionPrecondition()
    {
        m_emulator.addSecret(QStringLiteral("orders-db-credentials"),
                             {{QStringLiteral("password"), QByteArrayLiteral("old")}});
        Kube::KubeClient client(contextFor(m_emulator.kubeconfigPath()));
        const Kube::Response current = await(client.get(QStringLiteral("secrets"), m_emulator.namespaceName(),
                                                        QStringLiteral("orders-db-credentials")));
        QVERIFY(current.ok());
        const QString version =
            current.object.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("resourceVersion")).toString();
        const QJsonObject patch{{QStringLiteral("data"),
                                 QJsonObject{{QStringLiteral("password"), QString::fromLatin1(QByteArrayLiteral("new").toBase64())}}}};
        const Kube::Response patched = await(client.patch(QStringLiteral("secrets"), m_emulator.namespaceName(),
                                                          QStringLiteral("orders-db-credentials"), patch,
                                                          Kube::KubeClient::PatchType::Merge, version));
        QVERIFY2(patched.ok(), qPrintable(patched.error.message));
        QCOMPARE(patched.object.value(QStringLiteral("data")).toObject().value(QStringLiteral("password")).toString(),
                 QStringLiteral("bmV3"));

        // The same precondition again: the object moved on, so 409 and nothing changes.
        const Kube::Response stale = await(client.patch(QStringLiteral("secrets"), m_emulator.namespaceName(),
                                                        QStringLiteral("orders-db-credentials"), patch,
                                                        Kube::KubeClient::PatchType::Merge, version));
        QCOMPARE(stale.error.kind, Kube::ApiError::Kind::Conflict);
        QCOMPARE(stale.error.httpStatus, 409);
    }

    void rolloutRestartAsKubectlDoes()
    {
        Test::MockClock clock(QDateTime(QDate(2026, 11, 27), QTime(23, 8, 3), Qt::UTC));
        m_emulator.addDeployment(QStringLiteral("auth-db"), 1);
        Kube::KubeClient client(contextFor(m_emulator.kubeconfigPath()));
        QSignalSpy restarted(&m_emulator.server(), &Demo::ApiServer::rolloutRestarted);
        const Kube::Response done = await(client.rolloutRestart(QStringLiteral("deployments"),
                                                                m_emulator.namespaceName(), QStringLiteral("auth-db")));
        QVERIFY2(done.ok(), qPrintable(done.error.message));
        const QJsonObject annotations = done.object.value(QStringLiteral("spec")).toObject()
                                            .value(QStringLiteral("template")).toObject()
                                            .value(QStringLiteral("metadata")).toObject()
                                            .value(QStringLiteral("annotations")).toObject();
        QCOMPARE(annotations.value(QStringLiteral("kubectl.kubernetes.io/restartedAt")).toString(),
                 QStringLiteral("2026-11-27T23:08:03Z"));
        QCOMPARE(restarted.count(), 1);
        QCOMPARE(restarted.first().at(2).toString(), QStringLiteral("auth-db"));

        const Kube::Response rolled = await(client.waitForRollout(QStringLiteral("deployments"),
                                                                  m_emulator.namespaceName(),
                                                                  QStringLiteral("auth-db"), 10s));
        QVERIFY2(rolled.ok(), qPrintable(rolled.error.message));

        QJsonObject paused = m_emulator.addDeployment(QStringLiteral("paused-db"), 1);
        QJsonObject spec = paused.value(QStringLiteral("spec")).toObject();
        spec.insert(QStringLiteral("paused"), true);
        paused.insert(QStringLiteral("spec"), spec);
        m_emulator.store().replace(QStringLiteral("deployments"), m_emulator.namespaceName(),
                                   QStringLiteral("paused-db"), paused);
        const Kube::Response refused = await(client.rolloutRestart(
            QStringLiteral("deployments"), m_emulator.namespaceName(), QStringLiteral("paused-db")));
        QCOMPARE(refused.error.kind, Kube::ApiError::Kind::Refused);
        QVERIFY2(refused.error.message.contains(QStringLiteral("paused")), qPrintable(refused.error.message));
    }

    void watchFollowsChangesAndBookmarks()
    {
        const QString ns = QStringLiteral("watch-ns");
        m_emulator.addPod(QStringLiteral("a"), {}, ns);
        m_emulator.server().setBookmarkInterval(100);
        Kube::KubeClient client(contextFor(m_emulator.kubeconfigPath()));
        Kube::Watch *watch = client.watch(QStringLiteral("pods"), ns);
        QSignalSpy synced(watch, &Kube::Watch::synced);
        QSignalSpy added(watch, &Kube::Watch::objectAdded);
        QSignalSpy modified(watch, &Kube::Watch::objectModified);
        QSignalSpy deleted(watch, &Kube::Watch::objectDeleted);
        watch->start();
        QTRY_COMPARE_WITH_TIMEOUT(synced.count(), 1, 10000);
        QCOMPARE(synced.first().first().value<QList<QJsonObject>>().size(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(m_emulator.server().activeWatchCount() > 0, true, 10000);

        m_emulator.addPod(QStringLiteral("b"), {}, ns);
        QTRY_COMPARE_WITH_TIMEOUT(added.count(), 1, 10000);
        QCOMPARE(nameOf(added.first().first().toJsonObject()), QStringLiteral("b"));

        QJsonObject b = m_emulator.store().get(QStringLiteral("pods"), ns, QStringLiteral("b"));
        b.insert(QStringLiteral("status"), QJsonObject{{QStringLiteral("phase"), QStringLiteral("Running")}});
        m_emulator.store().replace(QStringLiteral("pods"), ns, QStringLiteral("b"), b);
        QTRY_COMPARE_WITH_TIMEOUT(modified.count(), 1, 10000);

        m_emulator.store().remove(QStringLiteral("pods"), ns, QStringLiteral("a"));
        QTRY_COMPARE_WITH_TIMEOUT(deleted.count(), 1, 10000);
        QCOMPARE(watch->objects().size(), 1);
        QVERIFY(watch->objects().contains(ns + QStringLiteral("/b")));

        // Bookmarks move the resource version on with nothing else happening.
        m_emulator.addPod(QStringLiteral("other"), {}, QStringLiteral("elsewhere"));
        const QString before = watch->resourceVersion();
        QTRY_VERIFY_WITH_TIMEOUT(watch->resourceVersion().toLongLong() > before.toLongLong(), 5000);
        watch->stop();
    }

    void watchRelistsOnGone_data()
    {
        QTest::addColumn<int>("mode");
        QTest::newRow("410 before the stream") << int(Demo::ApiServer::WatchFailure::HttpGone);
        QTest::newRow("410 inside the stream") << int(Demo::ApiServer::WatchFailure::InStreamExpired);
    }

    void watchRelistsOnGone()
    {
        QFETCH(int, mode);
        const QString ns = QStringLiteral("gone-%1").arg(mode);
        m_emulator.addPod(QStringLiteral("x"), {}, ns);
        m_emulator.server().failNextWatches(1, Demo::ApiServer::WatchFailure(mode));
        Kube::KubeClient client(contextFor(m_emulator.kubeconfigPath()));
        Kube::Watch *watch = client.watch(QStringLiteral("pods"), ns);
        QSignalSpy synced(watch, &Kube::Watch::synced);
        QSignalSpy restarted(watch, &Kube::Watch::watchRestarted);
        watch->start();
        QTRY_COMPARE_WITH_TIMEOUT(synced.count(), 2, 15000); // the first list, then the relist
        QVERIFY(restarted.count() >= 1);
        QVERIFY2(restarted.first().first().toString().contains(QStringLiteral("410")),
                 qPrintable(restarted.first().first().toString()));
        // And it keeps watching after the relist.
        QSignalSpy added(watch, &Kube::Watch::objectAdded);
        QTRY_VERIFY_WITH_TIMEOUT(m_emulator.server().activeWatchCount() > 0, 10000);
        m_emulator.addPod(QStringLiteral("y"), {}, ns);
        QTRY_COMPARE_WITH_TIMEOUT(added.count(), 1, 10000);
        watch->stop();
    }

    void watchSurvivesDroppedStreams()
    {
        const QString ns = QStringLiteral("drops");
        Kube::KubeClient client(contextFor(m_emulator.kubeconfigPath()));
        Kube::Watch *watch = client.watch(QStringLiteral("pods"), ns);
        watch->setBackoff(50ms, 200ms);
        QSignalSpy synced(watch, &Kube::Watch::synced);
        QSignalSpy restarted(watch, &Kube::Watch::watchRestarted);
        m_emulator.server().setWatchDropAfterEvents(1);
        watch->start();
        QTRY_COMPARE_WITH_TIMEOUT(synced.count(), 1, 10000);
        for (int i = 0; i < 3; ++i) {
            QTRY_VERIFY_WITH_TIMEOUT(m_emulator.server().activeWatchCount() > 0, 10000);
            m_emulator.addPod(QStringLiteral("p%1").arg(i), {}, ns);
            QTRY_COMPARE_WITH_TIMEOUT(watch->objects().size(), i + 1, 10000);
        }
        QVERIFY2(restarted.count() >= 2, "the dropped streams were not re-established");
        watch->stop();
    }

    void podLogsAndFollow()
    {
        QTemporaryDir dir;
        const QString logPath = dir.filePath(QStringLiteral("postgres.log"));
        QFile log(logPath);
        QVERIFY(log.open(QIODevice::WriteOnly));
        log.write("LOG:  database system is ready to accept connections\n"
                  "FATAL:  password authentication failed for user \"app\"\n");
        log.flush();
        m_emulator.addPod(QStringLiteral("orders-db-0"));
        m_emulator.server().setPodLogFile(m_emulator.namespaceName(), QStringLiteral("orders-db-0"), logPath);
        Kube::KubeClient client(contextFor(m_emulator.kubeconfigPath()));

        Kube::LogStream *once = client.logs(m_emulator.namespaceName(), QStringLiteral("orders-db-0"));
        QSignalSpy lines(once, &Kube::LogStream::linesReceived);
        QSignalSpy finished(once, &Kube::LogStream::finished);
        once->start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        QVERIFY(!finished.first().first().value<Kube::ApiError>().isError());
        QStringList all;
        for (const auto &batch : lines)
            all << batch.first().toStringList();
        QVERIFY(all.contains(QStringLiteral("FATAL:  password authentication failed for user \"app\"")));

        Kube::LogOptions follow;
        follow.follow = true;
        follow.tailLines = 1;
        Kube::LogStream *live = client.logs(m_emulator.namespaceName(), QStringLiteral("orders-db-0"), follow);
        QSignalSpy liveLines(live, &Kube::LogStream::linesReceived);
        QSignalSpy liveFinished(live, &Kube::LogStream::finished);
        live->start();
        QTRY_VERIFY_WITH_TIMEOUT(liveLines.count() >= 1, 10000);
        log.write("LOG:  duration: 0.042 ms\n");
        log.flush();
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (const auto &batch : liveLines) {
                    if (batch.first().toStringList().contains(QStringLiteral("LOG:  duration: 0.042 ms")))
                        return true;
                }
                return false;
            }(),
            10000);
        QCOMPARE(liveFinished.count(), 0);
        live->stop();
        QTRY_COMPARE_WITH_TIMEOUT(liveFinished.count(), 1, 5000);
        QCOMPARE(liveFinished.first().first().value<Kube::ApiError>().kind, Kube::ApiError::Kind::Cancelled);
    }

    void slowServerTimesOut()
    {
        m_emulator.server().setResponseDelay(2000);
        Kube::KubeClient client(contextFor(m_emulator.kubeconfigPath()));
        client.setRequestTimeout(300ms);
        const Kube::Response slow = await(client.list(QStringLiteral("pods"), m_emulator.namespaceName()));
        QCOMPARE(slow.error.kind, Kube::ApiError::Kind::Timeout);
        QVERIFY2(slow.error.message.contains(QStringLiteral("no answer")), qPrintable(slow.error.message));
        // Nothing was answered at all: nothing says the server is reachable.
        QCOMPARE(client.serverAnswers(), quint64(0));
        QVERIFY2(!slow.error.message.contains(QStringLiteral("reachable")), qPrintable(slow.error.message));
        m_emulator.server().setResponseDelay(0);
    }

    void oneSlowRequestIsItsOwnTimeout()
    {
        // Only the pods list is slow; the server answers the rest at once, so the timeout is that request's alone.
        m_emulator.server().setResponseDelay(3000, QStringLiteral("/pods"));
        Kube::KubeClient client(contextFor(m_emulator.kubeconfigPath()));
        client.setRequestTimeout(800ms);
        QFuture<Kube::Response> pods = client.list(QStringLiteral("pods"), m_emulator.namespaceName());
        const Kube::Response version = await(client.version());
        QVERIFY2(version.ok(), qPrintable(version.error.message));
        const Kube::Response slow = await(pods);
        QCOMPARE(slow.error.kind, Kube::ApiError::Kind::Timeout);
        QVERIFY2(slow.error.message.startsWith(
                     QStringLiteral("list pods in namespace \"proofer-test\": no answer to this request from ")),
                 qPrintable(slow.error.message));
        QVERIFY2(slow.error.message.contains(QStringLiteral("while the server answered others (it is reachable)")),
                 qPrintable(slow.error.message));
        QVERIFY(client.serverAnswers() >= 1);
        m_emulator.server().setResponseDelay(0);
    }

    void wrongCaFailsTls()
    {
        Kube::ResolvedContext context = contextFor(m_emulator.kubeconfigPath());
        Test::CertFactory stranger(QStringLiteral("Not the cluster's CA"));
        context.cluster.certificateAuthorityData = stranger.caCertificatePem();
        context.cluster.certificateAuthority.clear();
        Kube::KubeClient client(context);
        const Kube::Response response = await(client.version());
        QCOMPARE(response.error.kind, Kube::ApiError::Kind::Tls);
        QVERIFY2(response.error.message.contains(QStringLiteral("TLS")), qPrintable(response.error.message));
    }

    void proxyHtmlPageIsSanitised()
    {
        // Something that is not an API server (a proxy's error page) on a plain HTTP port.
        QTcpServer fake;
        QVERIFY(fake.listen(QHostAddress::LocalHost));
        connect(&fake, &QTcpServer::newConnection, this, [&fake] {
            QTcpSocket *socket = fake.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                socket->readAll();
                const QByteArray body = "<html><head><title>502</title></head><body><h1>502 Bad Gateway</h1>"
                                        "<script>alert(1)</script>\x01\x02</body></html>";
                socket->write("HTTP/1.1 502 Bad Gateway\r\nContent-Type: text/html\r\nConnection: close\r\n"
                              "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
                socket->disconnectFromHost();
            });
        });
        Kube::ResolvedContext context = contextFor(m_emulator.kubeconfigPath());
        context.cluster.server = QStringLiteral("http://127.0.0.1:%1").arg(fake.serverPort());
        Kube::KubeClient client(context);
        const Kube::Response response = await(client.list(QStringLiteral("pods"), QStringLiteral("x")));
        QCOMPARE(response.error.kind, Kube::ApiError::Kind::Server);
        QCOMPARE(response.error.httpStatus, 502);
        QVERIFY2(response.error.message.contains(QStringLiteral("502 Bad Gateway")), qPrintable(response.error.message));
        QVERIFY(!response.error.message.contains(u'<'));
        QVERIFY(!response.error.message.contains(QChar(1)));
    }

    void refusedConnectionIsNamed()
    {
        Kube::ResolvedContext context = contextFor(m_emulator.kubeconfigPath());
        QTcpServer reserve;
        QVERIFY(reserve.listen(QHostAddress::LocalHost));
        const quint16 port = reserve.serverPort();
        reserve.close();
        context.cluster.server = QStringLiteral("https://127.0.0.1:%1").arg(port);
        Kube::KubeClient client(context);
        const Kube::Response response = await(client.version());
        QCOMPARE(response.error.kind, Kube::ApiError::Kind::Network);
        QVERIFY2(response.error.message.contains(QStringLiteral("connection refused")), qPrintable(response.error.message));
    }

    void execPluginRefreshedOnceOn401()
    {
        // The plugin hands out a stale token first, then the good one: the client must re-run it
        // once on the 401 and succeed, without a second 401 reaching the caller.
        QTemporaryDir dir;
        const QString counter = dir.filePath(QStringLiteral("runs"));
        const QString plugin = dir.filePath(QStringLiteral("plugin.sh"));
        QFile script(plugin);
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write(QStringLiteral("#!/bin/sh\n"
                                    "n=$(cat '%1' 2>/dev/null || echo 0); n=$((n+1)); echo $n > '%1'\n"
                                    "if [ $n -eq 1 ]; then t=stale-token; else t='%2'; fi\n"
                                    "printf '{\"apiVersion\":\"client.authentication.k8s.io/v1\",\"kind\":\"ExecCredential\","
                                    "\"status\":{\"token\":\"%s\"}}' \"$t\"\n")
                         .arg(counter, QString::fromUtf8(m_emulator.token().reveal()))
                         .toUtf8());
        script.close();
        QFile::setPermissions(plugin, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

        Kube::ResolvedContext context = contextFor(m_emulator.kubeconfigPath());
        context.user = Kube::AuthInfo();
        context.user.name = QStringLiteral("exec-user");
        Kube::ExecConfig exec;
        exec.command = plugin;
        exec.apiVersion = QStringLiteral("client.authentication.k8s.io/v1");
        exec.interactiveMode = Kube::ExecInteractiveMode::Never;
        context.user.exec = exec;
        context.authKind = Kube::AuthKind::Exec;
        Kube::KubeClient client(context);
        const Kube::Response pods = await(client.list(QStringLiteral("pods"), m_emulator.namespaceName()));
        QVERIFY2(pods.ok(), qPrintable(pods.error.message));
        QFile runs(counter);
        QVERIFY(runs.open(QIODevice::ReadOnly));
        QCOMPARE(runs.readAll().trimmed(), QByteArray("2"));

        // A plugin that only ever has a stale token: one refresh, then the 401 is reported.
        QVERIFY(QFile::remove(counter));
        QFile always(counter);
        QVERIFY(always.open(QIODevice::WriteOnly));
        always.write("-1000\n"); // stays below 1 … never the good token
        always.close();
        QFile rewrite(plugin);
        QVERIFY(rewrite.open(QIODevice::WriteOnly | QIODevice::Truncate));
        rewrite.write(QStringLiteral("#!/bin/sh\nn=$(cat '%1'); n=$((n+1)); echo $n > '%1'\n"
                                     "printf '{\"apiVersion\":\"client.authentication.k8s.io/v1\",\"kind\":\"ExecCredential\","
                                     "\"status\":{\"token\":\"stale\"}}'\n")
                          .arg(counter)
                          .toUtf8());
        rewrite.close();
        Kube::KubeClient stale(context);
        const Kube::Response refused = await(stale.list(QStringLiteral("pods"), m_emulator.namespaceName()));
        QCOMPARE(refused.error.kind, Kube::ApiError::Kind::Unauthorized);
        QVERIFY(always.open(QIODevice::ReadOnly));
        QCOMPARE(always.readAll().trimmed(), QByteArray("-998")); // ran exactly twice
    }

    void slowExecPluginReportsItselfAndCanBeCancelled()
    {
        // A real plugin that takes its time (a login): the client says it started and ended; a cancel kills it
        // (its whole process group) and the waiting call fails saying so; a plugin that hangs meets the timeout.
        QTemporaryDir dir;
        const QString pidFile = dir.filePath(QStringLiteral("pid"));
        const QString plugin = dir.filePath(QStringLiteral("slow-login.sh"));
        auto writePlugin = [&](const QString &seconds) {
            QFile script(plugin);
            QVERIFY(script.open(QIODevice::WriteOnly | QIODevice::Truncate));
            script.write(QStringLiteral("#!/bin/sh\n"
                                        "echo $$ > '%1'\n"
                                        "sleep %2\n"
                                        "printf '{\"apiVersion\":\"client.authentication.k8s.io/v1\",\"kind\":"
                                        "\"ExecCredential\",\"status\":{\"token\":\"%3\"}}'\n")
                             .arg(pidFile, seconds, QString::fromUtf8(m_emulator.token().reveal()))
                             .toUtf8());
            script.close();
            QFile::setPermissions(plugin, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        };
        Kube::ResolvedContext context = contextFor(m_emulator.kubeconfigPath());
        context.user = Kube::AuthInfo();
        context.user.name = QStringLiteral("exec-user");
        Kube::ExecConfig exec;
        exec.command = plugin;
        exec.apiVersion = QStringLiteral("client.authentication.k8s.io/v1");
        exec.interactiveMode = Kube::ExecInteractiveMode::Never;
        context.user.exec = exec;
        context.authKind = Kube::AuthKind::Exec;

        // Success after 0.6 s: started, then finished, then the call answers.
        writePlugin(QStringLiteral("0.6"));
        {
            Kube::KubeClient client(context);
            QSignalSpy started(&client, &Kube::KubeClient::credentialPluginStarted);
            QSignalSpy finished(&client, &Kube::KubeClient::credentialPluginFinished);
            QElapsedTimer timer;
            timer.start();
            auto future = client.list(QStringLiteral("pods"), m_emulator.namespaceName());
            QVERIFY(started.wait(5000));
            QCOMPARE(started.constFirst().constFirst().toString(), plugin);
            QVERIFY(client.isCredentialPluginRunning());
            const Kube::Response pods = await(future);
            QVERIFY2(pods.ok(), qPrintable(pods.error.message));
            QVERIFY(timer.elapsed() >= 500);
            QCOMPARE(finished.size(), 1);
            QVERIFY(!client.isCredentialPluginRunning());
        }

        // Cancel while it sleeps: the plugin dies at once and the call says it was cancelled.
        writePlugin(QStringLiteral("60"));
        {
            QFile::remove(pidFile);
            Kube::KubeClient client(context);
            QSignalSpy started(&client, &Kube::KubeClient::credentialPluginStarted);
            QSignalSpy failedSpy(&client, &Kube::KubeClient::credentialsFailed);
            auto future = client.list(QStringLiteral("pods"), m_emulator.namespaceName());
            QVERIFY(started.wait(5000));
            auto readPid = [&pidFile] {
                QFile text(pidFile);
                return text.open(QIODevice::ReadOnly) ? text.readAll().trimmed().toLongLong() : 0;
            };
            QTRY_VERIFY_WITH_TIMEOUT(readPid() > 0, 5000);
            const qint64 pid = readPid();
            QVERIFY(pid > 0);
            QElapsedTimer timer;
            timer.start();
            client.cancelCredentialPlugin();
            const Kube::Response response = await(future);
            QVERIFY(timer.elapsed() < 2000);
            QCOMPARE(response.error.kind, Kube::ApiError::Kind::Credentials);
            QVERIFY2(response.error.message.contains(QStringLiteral("was cancelled")),
                     qPrintable(response.error.message));
            QVERIFY2(response.error.message.contains(plugin), qPrintable(response.error.message));
            QCOMPARE(failedSpy.size(), 1);
            auto alive = [pid] {
                // Gone, or a zombie waiting to be reaped: either way it no longer runs.
                QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
                if (!stat.open(QIODevice::ReadOnly))
                    return false;
                const QByteArray text = stat.readAll();
                return !text.mid(text.lastIndexOf(')') + 2, 1).startsWith('Z');
            };
            QTRY_VERIFY_WITH_TIMEOUT(!alive(), 5000);
        }

        // A plugin that hangs: the timeout stops it with a message that says what happened.
        {
            Kube::KubeClient client(context);
            client.setExecTimeout(700ms);
            QElapsedTimer timer;
            timer.start();
            const Kube::Response response = await(client.list(QStringLiteral("pods"), m_emulator.namespaceName()));
            QCOMPARE(response.error.kind, Kube::ApiError::Kind::Credentials);
            QVERIFY2(response.error.message.contains(QStringLiteral("did not finish within 0.7 seconds")),
                     qPrintable(response.error.message));
            QVERIFY(timer.elapsed() < 10000);
        }
    }

    void throughAnHttpProxy()
    {
        // A minimal HTTP CONNECT proxy on loopback: the client must tunnel TLS through it.
        QTcpServer proxy;
        QVERIFY(proxy.listen(QHostAddress::LocalHost));
        int connects = 0;
        connect(&proxy, &QTcpServer::newConnection, this, [&proxy, &connects] {
            QTcpSocket *downstream = proxy.nextPendingConnection();
            auto *upstream = new QTcpSocket(downstream);
            auto buffer = std::make_shared<QByteArray>();
            connect(downstream, &QTcpSocket::readyRead, downstream, [downstream, upstream, buffer, &connects] {
                if (upstream->state() == QAbstractSocket::ConnectedState) {
                    upstream->write(downstream->readAll());
                    return;
                }
                *buffer += downstream->readAll();
                const qsizetype end = buffer->indexOf("\r\n\r\n");
                if (end < 0 || upstream->state() != QAbstractSocket::UnconnectedState)
                    return;
                const QList<QByteArray> words = buffer->left(buffer->indexOf("\r\n")).split(' ');
                if (words.size() < 2 || words.first() != "CONNECT") {
                    downstream->write("HTTP/1.1 405 Method Not Allowed\r\n\r\n");
                    downstream->disconnectFromHost();
                    return;
                }
                ++connects;
                const QByteArray target = words.at(1);
                const qsizetype colon = target.lastIndexOf(':');
                connect(upstream, &QTcpSocket::connected, downstream, [downstream] {
                    downstream->write("HTTP/1.1 200 Connection established\r\n\r\n");
                });
                connect(upstream, &QTcpSocket::readyRead, downstream,
                        [downstream, upstream] { downstream->write(upstream->readAll()); });
                connect(upstream, &QTcpSocket::disconnected, downstream, [downstream] { downstream->disconnectFromHost(); });
                upstream->connectToHost(QString::fromLatin1(target.left(colon)), target.mid(colon + 1).toUShort());
            });
            connect(downstream, &QTcpSocket::disconnected, downstream, &QObject::deleteLater);
        });
        Kube::ResolvedContext context = contextFor(m_emulator.kubeconfigPath());
        context.cluster.proxyUrl = QStringLiteral("http://127.0.0.1:%1").arg(proxy.serverPort());
        Kube::KubeClient client(context);
        const Kube::Response version = await(client.version());
        QVERIFY2(version.ok(), qPrintable(version.error.message));
        QVERIFY(connects >= 1);

        // SOCKS5 cannot carry port-forward (kubectl has the same limit): said before anything starts.
        context.cluster.proxyUrl = QStringLiteral("socks5://127.0.0.1:1080");
        Kube::KubeClient socks(context);
        Kube::PortForwarder forwarder(&socks, m_emulator.namespaceName(), QStringLiteral("x"), 5432);
        QString error;
        QVERIFY(!forwarder.listen(&error));
        QVERIFY2(error.contains(QStringLiteral("SOCKS5")), qPrintable(error));
    }

private:
    Test::Emulator m_emulator;
};

QTEST_GUILESS_MAIN(TestKubeClient)
#include "testkubeclient.moc"
