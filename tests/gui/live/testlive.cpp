// SPDX-License-Identifier: GPL-3.0-or-later
// The console's live view against a real demo fleet (1 PostgreSQL + Redis, in process): after the scan, watches on
// the namespace keep the rows current. A killed server shows as a restart and a not-ready pod, a rollout restart
// brings it back, a patched TLS Secret re-probes its datastore; none of it runs Rescan. Watches that the API
// emulator drops (cut streams, 410 Gone) reconnect, the status bar says so, and the view stays current.
#include "core/translations.h"
#include "demo/apiserver.h"
#include "demofixture.h"
#include "demo/demofleet.h"
#include "demo/localserver.h"
#include "fleetmodel.h"
#include "session/fleetsession.h"
#include "kube/kubeclient.h"
#include "mainwindow.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QScopeGuard>
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
        QString failure;
        m_fleet = TestSupport::startSmallDemoFleet(&m_dir, &failure);
        QVERIFY2(m_fleet, qPrintable(failure));
        // The changes the tests make come from another client, as from kubectl: not from the console's own.
        m_client = TestSupport::clientForKubeconfig(m_fleet->kubeconfigPath(), &failure);
        QVERIFY2(m_client, qPrintable(failure));
    }

    void cleanupTestCase()
    {
        m_client.reset();
        QVERIFY(TestSupport::stopDemoFleet(m_fleet));
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
        m_client
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
        // The kubelet's words: CrashLoopBackOff with the last exit (the demo's crashed server), or "not ready".
        QVERIFY2(rowText != rowTextBefore
                     && (rowText.startsWith(QStringLiteral("CrashLoopBackOff · exit 137"))
                         || rowText.contains(QStringLiteral("not ready")))
                     && rowText.contains(QStringLiteral("restart")),
                 qPrintable(rowText));
        QCOMPARE(model->index(model->rowOf(kDatastore), FleetModel::PodColumn).data().toString(), rowText);
        QCOMPARE(scans.size(), 1);

        // 3. A rollout restart replaces the pod: the row shows the new, ready pod and the datastore is re-probed.
        reprobing.clear();
        bool restarted = false;
        m_client
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
        m_client
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

    void databaseWorkloadsComeAndGoWithoutARescan()
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
        QTRY_COMPARE_WITH_TIMEOUT(session->liveState(), FleetSession::LiveState::Live, 20000);
        const FleetModel *model = window.fleetModel();
        const int rowsBefore = model->rowCount();
        QVERIFY(model->row(kDatastore));

        // A new database Deployment (a copy of auth-db's manifest under another name, so it reaches the same
        // server through the same Service and pods): a new row appears and is probed, without a rescan.
        const QString added = QStringLiteral("ledger-db");
        Demo::ApiServer *api = m_fleet->apiServer();
        QJsonObject deployment = api->store().get(QStringLiteral("deployments"), kNamespace, kDatastore);
        QVERIFY(!deployment.isEmpty());
        const QJsonObject original = deployment.value(QStringLiteral("metadata")).toObject();
        deployment.insert(QStringLiteral("metadata"),
                          QJsonObject { { QStringLiteral("name"), added },
                                        { QStringLiteral("namespace"), kNamespace },
                                        { QStringLiteral("labels"), original.value(QStringLiteral("labels")) } });
        deployment.remove(QStringLiteral("status"));
        QSignalSpy appeared(session, &FleetSession::datastoresAppeared);
        QSignalSpy removed(session, &FleetSession::datastoresRemoved);
        QVERIFY(!api->createObject(deployment, kNamespace).isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(model->row(added), 20000);
        QCOMPARE(appeared.size(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(model->row(added)->report && !model->row(added)->scanning, 60000);
        QVERIFY2(model->row(added)->report->tls.has_value(), "the new datastore was not probed over TLS");
        QCOMPARE(model->rowCount(), rowsBefore + 1);
        QVERIFY(std::any_of(session->snapshot().datastores.cbegin(), session->snapshot().datastores.cend(),
                            [&](const Fleet::DatastoreReport &report) { return report.name == added; }));
        QCOMPARE(scans.size(), 1);
        QVERIFY(removed.isEmpty());

        // A Deployment that is not a datastore changes nothing.
        QJsonObject web { { QStringLiteral("apiVersion"), QStringLiteral("apps/v1") },
                          { QStringLiteral("kind"), QStringLiteral("Deployment") },
                          { QStringLiteral("metadata"), QJsonObject { { QStringLiteral("name"), QStringLiteral("web") } } },
                          { QStringLiteral("spec"),
                            QJsonObject { { QStringLiteral("template"),
                                            QJsonObject { { QStringLiteral("spec"),
                                                            QJsonObject { { QStringLiteral("containers"),
                                                                            QJsonArray { QJsonObject {
                                                                                { QStringLiteral("name"), QStringLiteral("web") },
                                                                                { QStringLiteral("image"),
                                                                                  QStringLiteral("nginx:1.27") } } } } } } } } } } };
        QVERIFY(!api->createObject(web, kNamespace).isEmpty());

        // Deleted: its row goes away (and only its row), still without a rescan.
        QVERIFY(!api->store().remove(QStringLiteral("deployments"), kNamespace, added).isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!model->row(added), 20000);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.constFirst().constFirst().toStringList(), QStringList { added });
        QCOMPARE(model->rowCount(), rowsBefore);
        QVERIFY(model->row(kDatastore));
        QCOMPARE(appeared.size(), 1); // the web Deployment was never a datastore
        QVERIFY(std::none_of(session->snapshot().datastores.cbegin(), session->snapshot().datastores.cend(),
                             [&](const Fleet::DatastoreReport &report) { return report.name == added; }));
        QVERIFY(std::none_of(session->inventory().datastores.cbegin(), session->inventory().datastores.cend(),
                             [&](const Fleet::Datastore &store) { return store.name == added; }));
        QCOMPARE(scans.size(), 1);
        (void)api->store().remove(QStringLiteral("deployments"), kNamespace, QStringLiteral("web"));
    }

    void refusedWatchesAreNotShownAsLive()
    {
        // RBAC lets the user list Secrets (the scan reads them) but not watch them: the status bar must not say
        // "● Live" as if Secret changes were followed; it names what is not watched and shows the API's message.
        Demo::ApiServer *api = m_fleet->apiServer();
        const auto clearRules = qScopeGuard([api] { api->clearDenyRules(); });
        api->addDenyRule({ QString(), QStringLiteral("watch"), QStringLiteral("secrets"), kNamespace });
        {
            MainWindow window;
            FleetSession *session = window.session();
            session->setLiveDelay(50ms);
            session->setWatchBackoff(100ms, 500ms);
            QSignalSpy audits(session, &FleetSession::auditReady);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.start({ m_fleet->kubeconfigPath(), QString(), kNamespace, QString(), false });
            QVERIFY(audits.wait(120000));
            QTRY_COMPARE_WITH_TIMEOUT(session->liveState(), FleetSession::LiveState::Partial, 20000);
            auto *live = window.findChild<QLabel *>(QStringLiteral("liveStatusLabel"));
            QVERIFY(live);
            QVERIFY(live->isVisible());
            QVERIFY2(!live->text().contains(QStringLiteral("● Live")), qPrintable(live->text()));
            QVERIFY2(live->text().contains(QStringLiteral("Secrets not watched: forbidden")), qPrintable(live->text()));
            QVERIFY2(live->text().contains(QStringLiteral("pods")) && live->text().contains(QStringLiteral("PVCs")),
                     qPrintable(live->text()));
            QVERIFY2(live->toolTip().contains(QStringLiteral("cannot watch resource \"secrets\"")),
                     qPrintable(live->toolTip()));
            QVERIFY(!session->watchedResources().contains(QStringLiteral("Secrets")));
            QCOMPARE(session->notWatched().size(), 1);
            QCOMPARE(session->notWatched().constFirst().what, QStringLiteral("Secrets"));

            // The watches that run still follow the cluster: a killed server shows on its row, and the state stays
            // Partial (never Live) afterwards.
            const FleetModel *model = window.fleetModel();
            QTRY_VERIFY_WITH_TIMEOUT(podOf(model, kDatastore) && podOf(model, kDatastore)->ready, 30000);
            const Fleet::PodFacts before = *podOf(model, kDatastore);
            qint64 pid = 0;
            for (Demo::LocalServer *server : m_fleet->servers()) {
                if (server->name() == kDatastore)
                    pid = server->pid();
            }
            QVERIFY(pid > 0);
            QCOMPARE(::kill(pid_t(pid), SIGKILL), 0);
            QTRY_VERIFY_WITH_TIMEOUT(podOf(model, kDatastore) && podOf(model, kDatastore)->restarts > before.restarts,
                                     30000);
            QCOMPARE(session->liveState(), FleetSession::LiveState::Partial);
            // Let the demo bring the server back before the next test.
            bool restarted = false;
            m_client->rolloutRestart(QStringLiteral("deployments"), kNamespace, kDatastore)
                .then(this, [&restarted](const Kube::Response &response) { restarted = response.ok(); });
            QTRY_VERIFY_WITH_TIMEOUT(restarted, 10000);
            QTRY_VERIFY_WITH_TIMEOUT(podOf(model, kDatastore) && podOf(model, kDatastore)->ready, 90000);
        }

        // No watch allowed at all: "Not live", never "Live".
        api->addDenyRule({ QString(), QStringLiteral("watch"), QString(), kNamespace });
        MainWindow window;
        FleetSession *session = window.session();
        session->setLiveDelay(50ms);
        QSignalSpy audits(session, &FleetSession::auditReady);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.start({ m_fleet->kubeconfigPath(), QString(), kNamespace, QString(), false });
        QVERIFY(audits.wait(120000));
        QTRY_VERIFY_WITH_TIMEOUT(session->liveState() == FleetSession::LiveState::Partial
                                     && session->watchedResources().isEmpty(),
                                 20000);
        auto *live = window.findChild<QLabel *>(QStringLiteral("liveStatusLabel"));
        QVERIFY(live);
        QTRY_VERIFY2_WITH_TIMEOUT(live->text().contains(QStringLiteral("Not live")), qPrintable(live->text()), 5000);
        QVERIFY2(!live->text().contains(QStringLiteral("● Live")), qPrintable(live->text()));
        QVERIFY2(live->text().contains(QStringLiteral("pods not watched: forbidden")), qPrintable(live->text()));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Demo::DemoFleet> m_fleet;
    std::unique_ptr<Kube::KubeClient> m_client;
};

QTEST_MAIN(TestLive)
#include "testlive.moc"
