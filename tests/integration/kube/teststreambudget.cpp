// SPDX-License-Identifier: GPL-3.0-or-later
// Long-lived streams never starve short requests: with 5 watches, 3 log follows and a port-forward open
// against the API emulator over HTTPS, a full namespace read (what a rescan does) and an operation's
// requests (read a Secret, patch it with a precondition, restart a Deployment) are answered at once,
// and every stream is still open afterwards.
#include "emulatorfixture.h"
#include "fleet/inventory.h"
#include "kube/kubeclient.h"
#include "kube/portforwarder.h"
#include "kubetestutil.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace std::chrono_literals;

class TestStreamBudget final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(m_emulator.isValid(), qPrintable(m_emulator.errorString()));
        QVERIFY(m_logs.isValid());
    }

    void streamsNeverStarveShortRequests()
    {
        const QString ns = m_emulator.namespaceName();
        const QMap<QString, QString> database { { QStringLiteral("app.kubernetes.io/component"),
                                                  QStringLiteral("database") } };
        QList<QFile *> logFiles;
        for (const QString &name :
             { QStringLiteral("auth-db"), QStringLiteral("orders-db"), QStringLiteral("sales-db") }) {
            m_emulator.addDeployment(name, 1, database);
            const QString pod = name + QStringLiteral("-0");
            m_emulator.addPod(pod, database);
            m_emulator.addPvc(name + QStringLiteral("-data"));
            auto *file = new QFile(m_logs.filePath(pod + QStringLiteral(".log")), this);
            QVERIFY(file->open(QIODevice::WriteOnly));
            file->write("LOG:  database system is ready to accept connections\n");
            file->flush();
            logFiles << file;
            m_emulator.server().setPodLogFile(ns, pod, file->fileName());
        }
        m_emulator.addSecret(QStringLiteral("auth-db-secret"),
                             { { QStringLiteral("password"), QByteArrayLiteral("x") } });

        Kube::KubeClient client(Test::contextFor(m_emulator.kubeconfigPath()));
        client.setRequestTimeout(20s);

        // 5 watches.
        QStringList streamErrors;
        const QStringList watched { QStringLiteral("pods"), QStringLiteral("secrets"), QStringLiteral("deployments"),
                                    QStringLiteral("statefulsets"), QStringLiteral("persistentvolumeclaims") };
        QSet<QString> opened;
        for (const QString &resource : watched) {
            Kube::Watch *watch = client.watch(resource, ns);
            connect(watch, &Kube::Watch::streamOpened, this, [&opened, resource] { opened.insert(resource); });
            connect(watch, &Kube::Watch::watchRestarted, this, [&streamErrors, resource](const QString &reason) {
                streamErrors << resource + QStringLiteral(" watch restarted: ") + reason;
            });
            connect(watch, &Kube::Watch::errorOccurred, this, [&streamErrors, resource](const Kube::ApiError &error) {
                streamErrors << resource + QStringLiteral(" watch: ") + error.message;
            });
            watch->start();
        }
        // 3 log follows.
        QSet<QString> following;
        QList<Kube::LogStream *> follows;
        for (const QString &pod :
             { QStringLiteral("auth-db-0"), QStringLiteral("orders-db-0"), QStringLiteral("sales-db-0") }) {
            Kube::LogOptions follow;
            follow.follow = true;
            follow.tailLines = 1;
            Kube::LogStream *stream = client.logs(ns, pod, follow);
            connect(stream, &Kube::LogStream::linesReceived, this, [&following, pod] { following.insert(pod); });
            connect(stream, &Kube::LogStream::finished, this, [&streamErrors, pod](const Kube::ApiError &error) {
                streamErrors << pod + QStringLiteral(" log follow ended: ") + error.message;
            });
            stream->start();
            follows << stream;
        }
        // A port-forward with an open tunnel (to a server that holds the connection).
        QTcpServer target;
        QVERIFY(target.listen(QHostAddress::LocalHost));
        m_emulator.server().setPortForwardTarget(ns, QStringLiteral("auth-db-0"), 5432, QHostAddress::LocalHost,
                                                 target.serverPort());
        Kube::PortForwarder forwarder(&client, ns, QStringLiteral("auth-db-0"), 5432);
        QString error;
        QVERIFY2(forwarder.listen(&error), qPrintable(error));
        QTcpSocket local;
        local.connectToHost(QHostAddress::LocalHost, forwarder.localPort());

        const bool allOpen = QTest::qWaitFor(
            [&] { return opened.size() == watched.size() && following.size() == 3 && forwarder.activeTunnels() == 1; },
            10000);
        QVERIFY2(allOpen,
                 qPrintable(QStringLiteral("streams open after 10 s: %1 of 5 watches, %2 of 3 log follows, "
                                           "%3 tunnel(s); %4")
                                .arg(opened.size())
                                .arg(following.size())
                                .arg(forwarder.activeTunnels())
                                .arg(streamErrors.join(QStringLiteral("; ")))));

        // A rescan's namespace read and an operation's requests, while every stream stays open.
        QElapsedTimer elapsed;
        elapsed.start();
        QFuture<Fleet::InventoryResult> inventory = Fleet::loadInventory(&client, ns, this);
        QFuture<Kube::Response> operation
            = client.get(QStringLiteral("secrets"), ns, QStringLiteral("auth-db-secret"))
                  .then(this,
                        [&client, ns](const Kube::Response &secret) {
                            const QString version = secret.object.value(QStringLiteral("metadata"))
                                                        .toObject()
                                                        .value(QStringLiteral("resourceVersion"))
                                                        .toString();
                            const QJsonObject patch {
                                { QStringLiteral("data"),
                                  QJsonObject { { QStringLiteral("password"), QStringLiteral("eQ==") } } }
                            };
                            return client.patch(QStringLiteral("secrets"), ns, QStringLiteral("auth-db-secret"), patch,
                                                Kube::KubeClient::PatchType::Merge, version);
                        })
                  .unwrap();
        QFuture<Kube::Response> restart
            = client.rolloutRestart(QStringLiteral("deployments"), ns, QStringLiteral("orders-db"));
        const bool answered = QTest::qWaitFor(
            [&] { return inventory.isFinished() && operation.isFinished() && restart.isFinished(); }, 8000);
        const qint64 took = elapsed.elapsed();
        const auto state = [](bool finished) { return finished ? QStringLiteral("done") : QStringLiteral("waiting"); };
        QVERIFY2(answered,
                 qPrintable(QStringLiteral("the namespace read and the operation were still waiting after %1 ms "
                                           "(inventory %2, operation %3, restart %4)")
                                .arg(took)
                                .arg(state(inventory.isFinished()), state(operation.isFinished()),
                                     state(restart.isFinished()))));
        QVERIFY2(took < 3000, qPrintable(QStringLiteral("short requests waited %1 ms behind the streams").arg(took)));
        const Fleet::InventoryResult read = inventory.result();
        QVERIFY2(read.error.isEmpty(), qPrintable(read.error));
        QCOMPARE(read.objects.pods.size(), 3);
        QCOMPARE(read.objects.deployments.size(), 3);
        QVERIFY2(operation.result().ok(), qPrintable(operation.result().error.message));
        QVERIFY2(restart.result().ok(), qPrintable(restart.result().error.message));

        // The streams were never cut to make room: still open, and the log follows still deliver.
        QSignalSpy lateLines(follows.at(1), &Kube::LogStream::linesReceived);
        logFiles.at(1)->write("LOG:  checkpoint complete\n");
        logFiles.at(1)->flush();
        QTRY_VERIFY_WITH_TIMEOUT(lateLines.count() >= 1, 5000);
        QVERIFY2(streamErrors.isEmpty(), qPrintable(streamErrors.join(QStringLiteral("; "))));
        QCOMPARE(forwarder.activeTunnels(), 1);
        QCOMPARE(local.state(), QAbstractSocket::ConnectedState);
    }

private:
    Test::Emulator m_emulator;
    QTemporaryDir m_logs;
};

QTEST_GUILESS_MAIN(TestStreamBudget)
#include "teststreambudget.moc"
