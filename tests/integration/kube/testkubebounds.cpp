// SPDX-License-Identifier: GPL-3.0-or-later
// What the Kubernetes client reads from a hostile API server is bounded while it reads: an endless or
// 1 GB body, a Status with a 50 MB message, a continue token that never ends, a watch that says 410 at
// once. The CLI is also run as a child process against such a server and its peak RSS measured.
#include "hostileserver.h"
#include "kubetestutil.h"
#include "kube/kubeclient.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>


using namespace std::chrono_literals;
using Test::HostileServer;

namespace {

constexpr qint64 MiB = 1024 * 1024;

struct ChildRun
{
    int exitCode = -1;
    qint64 maxRssKiB = 0;
    QByteArray stderrText;
    qint64 elapsedMs = 0;
};

/**
 * Runs the headless CLI with @p arguments as a child (the event loop turns meanwhile, so a server in
 * this process answers it) and returns its exit code, its own peak RSS (ru_maxrss from wait4, taken
 * by the small launcher proofercli --peak-rss-to) and its stderr.
 */
ChildRun runCli(const QStringList &arguments, int timeoutMs)
{
    ChildRun run;
    QTemporaryDir dir;
    const QString reportPath = dir.filePath(QStringLiteral("peak"));
    QProcess process;
    process.setProgram(QStringLiteral(PROOFERCLI_BIN));
    process.setArguments(QStringList{QStringLiteral("--peak-rss-to"), reportPath} + arguments);
    process.setStandardOutputFile(QProcess::nullDevice());
    QElapsedTimer timer;
    timer.start();
    process.start();
    if (!process.waitForStarted(10000))
        qFatal("cannot start proofercli");
    if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        qWarning("proofercli killed after %d ms", timeoutMs);
    }
    run.elapsedMs = timer.elapsed();
    run.stderrText = process.readAllStandardError().left(16 * MiB);
    QFile report(reportPath);
    if (report.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> fields = report.readAll().simplified().split(' ');
        if (fields.size() == 2) {
            run.maxRssKiB = fields.at(0).toLongLong();
            run.exitCode = fields.at(1).toInt();
        }
    }
    return run;
}

} // namespace

class TestKubeBounds final : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        // A reply that was aborted is never read (that used to warn on every timeout and cap).
        QTest::failOnWarning(QRegularExpression(QStringLiteral("device not open")));
    }

    void endlessBodyStopsAtTheCap()
    {
        HostileServer server(HostileServer::Mode::EndlessBody);
        QVERIFY2(server.isValid(), qPrintable(server.errorString()));
        Kube::KubeClient client(Test::contextFor(server.kubeconfigPath()));
        Kube::ReadLimits limits;
        limits.maxResponseSize = 8 * MiB;
        client.setReadLimits(limits);
        const Kube::Response response = Test::await(client.list(QStringLiteral("pods"), QStringLiteral("hostile")));
        QCOMPARE(response.error.kind, Kube::ApiError::Kind::BadResponse);
        QVERIFY2(response.error.message.contains(QStringLiteral("response larger than 8 MiB")),
                 qPrintable(response.error.message));
        QVERIFY2(!response.error.message.contains(QStringLiteral("JSON")), qPrintable(response.error.message));
        // It stopped reading there: the server pushed the cap and what the loopback socket buffers took while the
        // abort went through, and nothing flows afterwards (an endless body read on would grow without end).
        QTest::qWait(300);
        const qint64 atAbort = server.bytesSent();
        QVERIFY2(atAbort < 64 * MiB, qPrintable(QString::number(atAbort)));
        QTest::qWait(700);
        QVERIFY2(server.bytesSent() - atAbort < 4 * MiB, qPrintable(QStringLiteral("%1 then %2").arg(atAbort).arg(server.bytesSent())));
    }

    void declaredHugeBodyIsRefusedBeforeReading()
    {
        HostileServer server(HostileServer::Mode::HugeBody);
        QVERIFY2(server.isValid(), qPrintable(server.errorString()));
        Kube::KubeClient client(Test::contextFor(server.kubeconfigPath()));
        const Kube::Response response = Test::await(client.get(QStringLiteral("pods"), QStringLiteral("hostile"),
                                                               QStringLiteral("x")));
        QCOMPARE(response.error.kind, Kube::ApiError::Kind::BadResponse);
        QVERIFY2(response.error.message.contains(QStringLiteral("response larger than 32 MiB")),
                 qPrintable(response.error.message));
        QTest::qWait(300);
        QVERIFY2(server.bytesSent() < 24 * MiB, qPrintable(QString::number(server.bytesSent())));
    }

    void answersReadAtOnceShareABudget()
    {
        HostileServer server(HostileServer::Mode::EndlessBody);
        QVERIFY2(server.isValid(), qPrintable(server.errorString()));
        Kube::KubeClient client(Test::contextFor(server.kubeconfigPath()));
        Kube::ReadLimits limits;
        limits.maxResponseSize = 8 * MiB;
        // Well under two answers' caps: six answers streamed at once meet the shared budget before any meets its
        // own cap, however the machine schedules them.
        limits.maxInFlight = 9 * MiB;
        client.setReadLimits(limits);
        QList<QFuture<Kube::Response>> lists;
        for (const char *resource : {"pods", "secrets", "services", "configmaps", "deployments", "statefulsets"})
            lists << client.list(QString::fromLatin1(resource), QStringLiteral("hostile"));
        // Every answer is cut, by the shared budget or (when a busy machine happens to read them one after the
        // other) by its own cap; none is read whole.
        for (auto &future : lists) {
            const Kube::Response response = Test::await(future);
            QCOMPARE(response.error.kind, Kube::ApiError::Kind::BadResponse);
            QVERIFY2(response.error.message.contains(QStringLiteral("at once"))
                         || response.error.message.contains(QStringLiteral("larger than 8 MiB")),
                     qPrintable(response.error.message));
        }
    }

    void statusWithAHugeMessage_data()
    {
        QTest::addColumn<qint64>("messageSize");
        QTest::newRow("50 MB message") << qint64(50 * 1000 * 1000);
        QTest::newRow("100 KB message") << qint64(100 * 1000);
    }

    void statusWithAHugeMessage()
    {
        QFETCH(qint64, messageSize);
        HostileServer server(HostileServer::Mode::HugeStatus);
        QVERIFY2(server.isValid(), qPrintable(server.errorString()));
        server.setStatusMessageSize(messageSize);
        Kube::KubeClient client(Test::contextFor(server.kubeconfigPath()));
        const Kube::Response response = Test::await(client.list(QStringLiteral("secrets"), QStringLiteral("hostile")));
        QCOMPARE(response.error.kind, Kube::ApiError::Kind::Forbidden);
        QCOMPARE(response.error.httpStatus, 403);
        QVERIFY2(response.error.message.size() < 2400, qPrintable(QString::number(response.error.message.size())));
        QVERIFY(response.error.message.contains(QStringLiteral("forbidden")));
        QVERIFY(!response.error.message.contains(QChar(0x1b)));
        QVERIFY(!response.error.message.contains(QChar(0x07)));
        QVERIFY(response.object.value(QStringLiteral("message")).toString().size() <= 2049);
    }

    void timeoutReadsNothing()
    {
        // Accepts and never answers (not even the TLS handshake): the call times out and is aborted.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        HostileServer server(HostileServer::Mode::GoneWatch);
        Kube::ResolvedContext context = Test::contextFor(server.kubeconfigPath());
        context.cluster.server = QStringLiteral("https://127.0.0.1:%1").arg(silent.serverPort());
        Kube::KubeClient client(context);
        client.setRequestTimeout(200ms);
        const Kube::Response response = Test::await(client.version());
        QCOMPARE(response.error.kind, Kube::ApiError::Kind::Timeout);
    }

    void repeatedContinueTokenStops()
    {
        HostileServer server(HostileServer::Mode::RepeatedContinue);
        QVERIFY2(server.isValid(), qPrintable(server.errorString()));
        Kube::KubeClient client(Test::contextFor(server.kubeconfigPath()));
        const Kube::Response response = Test::await(client.list(QStringLiteral("pods"), QStringLiteral("hostile")));
        QCOMPARE(response.error.kind, Kube::ApiError::Kind::BadResponse);
        QVERIFY2(response.error.message.contains(QStringLiteral("\"again\" again")), qPrintable(response.error.message));
        QCOMPARE(server.requestCount(), 2);
    }

    void pagesAndItemsAreBounded_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<int>("maxPages");
        QTest::addColumn<int>("maxItems");
        QTest::addColumn<int>("requests");
        QTest::addColumn<QString>("message");
        QTest::newRow("a new token on every page")
            << int(HostileServer::Mode::EndlessContinue) << 40 << 100000 << 40 << QStringLiteral("more than 40 pages");
        QTest::newRow("full pages, item cap")
            << int(HostileServer::Mode::FullPages) << 1000 << 1200 << 3 << QStringLiteral("more than 1200 items");
        QTest::newRow("full pages, default item cap")
            << int(HostileServer::Mode::FullPages) << 1000 << 100000 << 201 << QStringLiteral("more than 100000 items");
    }

    void pagesAndItemsAreBounded()
    {
        QFETCH(int, mode);
        QFETCH(int, maxPages);
        QFETCH(int, maxItems);
        QFETCH(int, requests);
        QFETCH(QString, message);
        HostileServer server{HostileServer::Mode(mode)};
        QVERIFY2(server.isValid(), qPrintable(server.errorString()));
        Kube::KubeClient client(Test::contextFor(server.kubeconfigPath()));
        Kube::ListOptions options;
        options.maxPages = maxPages;
        options.maxItems = maxItems;
        const Kube::Response response =
            Test::await(client.list(QStringLiteral("pods"), QStringLiteral("hostile"), options), 120000);
        QCOMPARE(response.error.kind, Kube::ApiError::Kind::BadResponse);
        QVERIFY2(response.error.message.contains(message), qPrintable(response.error.message));
        QVERIFY2(response.error.message.startsWith(QStringLiteral("list pods")), qPrintable(response.error.message));
        QCOMPARE(server.requestCount(), requests);
    }

    void goneInStreamRelistsWithBackoff()
    {
        // Every watch is answered with an in-stream ERROR 410: each relist must wait longer than the last
        // (it used to relist and re-watch at once: ~58 lists and ~55 watches a second).
        HostileServer server(HostileServer::Mode::GoneWatch);
        QVERIFY2(server.isValid(), qPrintable(server.errorString()));
        Kube::KubeClient client(Test::contextFor(server.kubeconfigPath()));
        Kube::Watch *watch = client.watch(QStringLiteral("pods"), QStringLiteral("hostile"));
        QSignalSpy synced(watch, &Kube::Watch::synced);
        watch->start();
        QTest::qWait(4500);
        watch->stop();
        const QList<qint64> lists = server.listTimes();
        const QList<qint64> watches = server.watchTimes();
        QStringList gaps;
        for (qsizetype i = 1; i < lists.size(); ++i)
            gaps << QString::number(lists.at(i) - lists.at(i - 1));
        qInfo("in 4.5 s: %lld lists, %lld watches; ms between lists: %s", qint64(lists.size()), qint64(watches.size()),
              qPrintable(gaps.join(u' ')));
        QVERIFY(synced.count() >= 3); // it keeps trying, and each relist succeeds
        QVERIFY2(lists.size() <= 5, qPrintable(QString::number(lists.size())));
        QVERIFY2(watches.size() <= 5, qPrintable(QString::number(watches.size())));
        for (qsizetype i = 2; i < lists.size(); ++i)
            QVERIFY2(lists.at(i) - lists.at(i - 1) > lists.at(i - 1) - lists.at(i - 2), qPrintable(gaps.join(u' ')));
        QVERIFY2(lists.at(1) - lists.at(0) >= 350, qPrintable(gaps.join(u' '))); // 500 ms ±20 %, not at once
    }

    void cliPeakMemoryIsBounded_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("maxRssMiB");
        // The endless body: the scan's 11 lists stream at once (6 connections) and are cut by the 32 MiB
        // budget of answers in flight (it reached 3.55 GB; a 1 GB body, 2.26 GB; the 50 MB Status, 2.9 GB).
        QTest::newRow("endless body") << int(HostileServer::Mode::EndlessBody) << QStringLiteral("MiB") << 100;
        QTest::newRow("1 GB body") << int(HostileServer::Mode::HugeBody) << QStringLiteral("larger than 32 MiB") << 100;
        QTest::newRow("403 with a 50 MB message")
            << int(HostileServer::Mode::HugeStatus) << QStringLiteral("HTTP 403") << 100;
    }

    void cliPeakMemoryIsBounded()
    {
        QFETCH(int, mode);
        QFETCH(QString, message);
        QFETCH(int, maxRssMiB);
        HostileServer server{HostileServer::Mode(mode)};
        QVERIFY2(server.isValid(), qPrintable(server.errorString()));
        const ChildRun run = runCli({QStringLiteral("scan"), QStringLiteral("--kubeconfig"), server.kubeconfigPath(),
                                     QStringLiteral("--no-history"), QStringLiteral("--timeout"), QStringLiteral("20")},
                                    90000);
        qInfo("proofer scan: exit %d, peak RSS %lld KiB, %lld ms, %lld bytes sent, stderr %lld bytes", run.exitCode,
              run.maxRssKiB, run.elapsedMs, server.bytesSent(), qint64(run.stderrText.size()));
        QCOMPARE(run.exitCode, 3); // the cluster was unreachable (its answers unusable)
        QVERIFY2(run.maxRssKiB > 0 && run.maxRssKiB < maxRssMiB * 1024, qPrintable(QString::number(run.maxRssKiB)));
        QVERIFY2(run.stderrText.size() < 16 * 1024, run.stderrText.left(2000).constData());
        QVERIFY2(QString::fromUtf8(run.stderrText).contains(message), run.stderrText.left(2000).constData());
        QVERIFY(!run.stderrText.contains('\x1b'));
    }
};

QTEST_GUILESS_MAIN(TestKubeBounds)
#include "testkubebounds.moc"
