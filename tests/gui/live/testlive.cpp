// SPDX-License-Identifier: GPL-3.0-or-later
// The console's live view against a real demo fleet (1 PostgreSQL + Redis, in process): after the scan, watches on
// the namespace keep the rows current. A killed server shows as a restart and a not-ready pod, a rollout restart
// brings it back, a patched TLS Secret re-probes its datastore; none of it runs Rescan. Watches that the API
// emulator drops (cut streams, 410 Gone) reconnect, the status bar says so, and the view stays current.
#include "core/translations.h"
#include "demo/apiserver.h"
#include "demo/demofleet.h"
#include "demo/localserver.h"
#include "fleetmodel.h"
#include "fleetsession.h"
#include "kube/kubeclient.h"
#include "mainwindow.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <csignal>
#include <memory>
#include <sys/types.h>

using namespace std::chrono_literals;

namespace {

const QString kNamespace = QStringLiteral("bakery-ia");
const QString kDatastore = QStringLiteral("auth-db");

std::optional<Fleet::PodFacts> podOf(const FleetModel *model, const QString &name)
{
    const FleetRow *row = model->row(name);
    if (!row || !row->report || !row->report->k8s || row->report->k8s->pods.isEmpty())
        return std::nullopt;
    return row->report->k8s->pods.constFirst();
}

} // namespace

class TestLive final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(Core::installTranslations(QStringLiteral("en")));
        m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/proofer-test-")
                                                + QStringLiteral(PROOFER_TEST_TAG) + QStringLiteral("-XXXXXX"));
        QVERIFY(m_dir->isValid());
        // The servers run as "postgres" when the test runs as root: it must be able to enter the temp dir.
        QFile::setPermissions(m_dir->path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ExeGroup
                                                 | QFile::ExeOther);
        Demo::DemoOptions options;
        options.instances = 1;
        options.rabbitmq = false;
        options.stateDir = m_dir->filePath(QStringLiteral("state"));
        m_fleet = std::make_unique<Demo::DemoFleet>(options);
        bool ready = false;
        QString failure;
        connect(m_fleet.get(), &Demo::DemoFleet::ready, this, [&] { ready = true; });
        connect(m_fleet.get(), &Demo::DemoFleet::failed, this, [&](const QString &error) { failure = error; });
        m_fleet->start();
        QVERIFY2(QTest::qWaitFor([&] { return ready || !failure.isEmpty(); }, 300000), "the demo did not start");
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        // Bookmarks would count as events for the drop hook: keep them out of the way.
        m_fleet->apiServer()->setBookmarkInterval(600000);
    }

    void cleanupTestCase()
    {
        if (m_fleet) {
            bool stopped = false;
            connect(m_fleet.get(), &Demo::DemoFleet::stopped, this, [&] { stopped = true; });
            m_fleet->stop();
            (void)QTest::qWaitFor([&] { return stopped; }, 60000);
            m_fleet.reset();
        }
    }

    void rowsFollowPodsAndSecretsWithoutARescan()
    {
        MainWindow window;
        FleetSession *session = window.session();
        session->setLiveDelay(50ms);
        session->setWatchBackoff(100ms, 500ms);
        QSignalSpy scans(session, &FleetSession::scanStarted);
        QSignalSpy audits(session, &FleetSession::auditReady);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.start({ m_fleet->kubeconfigPath(), QString(), kNamespace, QString(), false });
        QVERIFY(audits.wait(120000));
        QCOMPARE(scans.size(), 1);
        auto *live = window.findChild<QLabel *>(QStringLiteral("liveStatusLabel"));
        QVERIFY(live);
        QTRY_COMPARE_WITH_TIMEOUT(session->liveState(), FleetSession::LiveState::Live, 20000);
        QVERIFY(live->isVisible());
        QVERIFY2(live->text().contains(QStringLiteral("Live")), qPrintable(live->text()));
        const FleetModel *model = window.fleetModel();
        const std::optional<Fleet::PodFacts> before = podOf(model, kDatastore);
        QVERIFY(before && before->ready);
        const QString rowTextBefore = model->row(kDatastore)->podState;

        // 1. The TLS Secret changes: that one datastore is probed again (not the fleet, no Rescan).
        const auto inventoryStore = std::find_if(session->inventory().datastores.cbegin(),
                                                 session->inventory().datastores.cend(),
                                                 [](const Fleet::Datastore &d) { return d.name == kDatastore; });
        QVERIFY(inventoryStore != session->inventory().datastores.cend());
        const QString tlsSecret = inventoryStore->tlsSecretName;
        QVERIFY(!tlsSecret.isEmpty());
        const QDateTime observedBefore = model->row(kDatastore)->report->observedAt;
        QSignalSpy reprobing(session, &FleetSession::datastoreReprobing);
        QSignalSpy scanned(session, &FleetSession::datastoreScanned);
        const QJsonObject touch { { QStringLiteral("metadata"),
                                    QJsonObject { { QStringLiteral("annotations"),
                                                    QJsonObject { { QStringLiteral("proofer.test/touched"),
                                                                    QStringLiteral("1") } } } } } };
        bool patched = false;
        session->kubeClient()
            ->patch(QStringLiteral("secrets"), kNamespace, tlsSecret, touch, Kube::KubeClient::PatchType::Merge)
            .then(this, [&patched](const Kube::Response &response) { patched = response.ok(); });
        QTRY_VERIFY_WITH_TIMEOUT(patched, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!reprobing.isEmpty(), 20000);
        QCOMPARE(reprobing.constFirst().at(0).toString(), kDatastore);
        QVERIFY2(reprobing.constFirst().at(1).toString().contains(tlsSecret),
                 qPrintable(reprobing.constFirst().at(1).toString()));
        QTRY_VERIFY_WITH_TIMEOUT(model->row(kDatastore)->report->observedAt > observedBefore, 60000);
        QVERIFY(model->row(kDatastore)->report->tls.has_value());
        for (const QList<QVariant> &args : std::as_const(scanned))
            QCOMPARE(args.constFirst().value<Fleet::DatastoreReport>().name, kDatastore); // only that one
        QCOMPARE(scans.size(), 1);

        // 2. The server dies (kill -9): the pod is not ready and has one more restart, on the row, live.
        qint64 pid = 0;
        for (Demo::LocalServer *server : m_fleet->servers()) {
            if (server->name() == kDatastore)
                pid = server->pid();
        }
        QVERIFY(pid > 0);
        QCOMPARE(::kill(pid_t(pid), SIGKILL), 0);
        QTRY_VERIFY_WITH_TIMEOUT(podOf(model, kDatastore) && !podOf(model, kDatastore)->ready
                                     && podOf(model, kDatastore)->restarts > before->restarts,
                                 30000);
        const QString rowText = model->row(kDatastore)->podState;
        QVERIFY2(rowText != rowTextBefore && rowText.contains(QStringLiteral("not ready"))
                     && rowText.contains(QStringLiteral("restart")),
                 qPrintable(rowText));
        QCOMPARE(model->index(model->rowOf(kDatastore), FleetModel::PodColumn).data().toString(), rowText);
        QCOMPARE(scans.size(), 1);

        // 3. A rollout restart replaces the pod: the row shows the new, ready pod and the datastore is re-probed.
        reprobing.clear();
        bool restarted = false;
        session->kubeClient()
            ->rolloutRestart(QStringLiteral("deployments"), kNamespace, kDatastore)
            .then(this, [&restarted](const Kube::Response &response) { restarted = response.ok(); });
        QTRY_VERIFY_WITH_TIMEOUT(restarted, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(podOf(model, kDatastore) && podOf(model, kDatastore)->ready
                                     && podOf(model, kDatastore)->name != before->name,
                                 90000);
        QTRY_VERIFY_WITH_TIMEOUT(!reprobing.isEmpty(), 20000);
        QCOMPARE(scans.size(), 1);
        // The fleet was graded again from the live facts (no history entry: those are for scans).
        QVERIFY(audits.size() >= 2);
    }

    void droppedWatchesReconnectAndTheViewRecovers()
    {
        Demo::ApiServer *api = m_fleet->apiServer();
        api->setWatchDropAfterEvents(1); // every watch stream is cut after its first event
        MainWindow window;
        FleetSession *session = window.session();
        session->setLiveDelay(50ms);
        session->setWatchBackoff(100ms, 500ms);
        QSignalSpy scans(session, &FleetSession::scanStarted);
        QSignalSpy audits(session, &FleetSession::auditReady);
        QSignalSpy liveStates(session, &FleetSession::liveStateChanged);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.start({ m_fleet->kubeconfigPath(), QString(), kNamespace, QString(), false });
        QVERIFY(audits.wait(120000));
        QTRY_COMPARE_WITH_TIMEOUT(session->liveState(), FleetSession::LiveState::Live, 20000);
        const FleetModel *model = window.fleetModel();
        QTRY_VERIFY_WITH_TIMEOUT(podOf(model, kDatastore) && podOf(model, kDatastore)->ready, 30000);
        const Fleet::PodFacts before = *podOf(model, kDatastore);
        auto *live = window.findChild<QLabel *>(QStringLiteral("liveStatusLabel"));
        QVERIFY(live);

        // The first event cuts the streams: the status bar says the view is reconnecting, then live again.
        liveStates.clear();
        qint64 pid = 0;
        for (Demo::LocalServer *server : m_fleet->servers()) {
            if (server->name() == kDatastore)
                pid = server->pid();
        }
        QVERIFY(pid > 0);
        bool sawReconnecting = false;
        connect(session, &FleetSession::liveStateChanged, this, [&](FleetSession::LiveState state) {
            if (state == FleetSession::LiveState::Reconnecting) {
                sawReconnecting = true;
                QVERIFY(live->text().contains(QStringLiteral("Reconnecting")));
                QVERIFY(!live->toolTip().isEmpty());
            }
        });
        QCOMPARE(::kill(pid_t(pid), SIGKILL), 0);
        QTRY_VERIFY_WITH_TIMEOUT(podOf(model, kDatastore) && !podOf(model, kDatastore)->ready
                                     && podOf(model, kDatastore)->restarts > before.restarts,
                                 30000);
        QTRY_VERIFY_WITH_TIMEOUT(sawReconnecting, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(session->liveState(), FleetSession::LiveState::Live, 20000);
        QVERIFY(live->text().contains(QStringLiteral("Live")));

        // The next watch requests get 410 Gone: the watches list again and the view still follows the cluster.
        api->failNextWatches(3, Demo::ApiServer::WatchFailure::InStreamExpired);
        bool restarted = false;
        session->kubeClient()
            ->rolloutRestart(QStringLiteral("deployments"), kNamespace, kDatastore)
            .then(this, [&restarted](const Kube::Response &response) { restarted = response.ok(); });
        QTRY_VERIFY_WITH_TIMEOUT(restarted, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(podOf(model, kDatastore) && podOf(model, kDatastore)->ready
                                     && podOf(model, kDatastore)->name != before.name,
                                 90000);
        QTRY_COMPARE_WITH_TIMEOUT(session->liveState(), FleetSession::LiveState::Live, 20000);
        QCOMPARE(scans.size(), 1);
        api->setWatchDropAfterEvents(0);

        // Another namespace: the watches stop (nothing of bakery-ia follows the rows any more).
        QSignalSpy off(session, &FleetSession::liveStateChanged);
        window.session()->disconnectFromCluster();
        QCOMPARE(session->liveState(), FleetSession::LiveState::Off);
        QVERIFY(!live->isVisible());
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Demo::DemoFleet> m_fleet;
};

QTEST_MAIN(TestLive)
#include "testlive.moc"
