// SPDX-License-Identifier: GPL-3.0-or-later
// The scan session without a window, against a real demo fleet (1 PostgreSQL + Redis, in process): the one pipeline
// the console and `proofer scan` both drive. The fleet model follows its signals by itself; the headless options
// (no watches, no history) are honoured; how a scan ended (graded, nothing found, nothing reached) is the session's
// to say; the live view follows a Secret change with no rescan, and names what it watches.
#include "core/translations.h"
#include "demo/apiserver.h"
#include "demo/demofleet.h"
#include "demofixture.h"
#include "fleetmodel.h"
#include "kube/kubeclient.h"
#include "kube/kubeconfigloader.h"
#include "ops/journal.h"
#include "report/history.h"
#include "session/fleetsession.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace std::chrono_literals;

namespace {

const QString kNamespace = QStringLiteral("bakery-ia");
const QString kDatastore = QStringLiteral("auth-db");

} // namespace

class TestSession final : public QObject
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
        m_client = TestSupport::clientForKubeconfig(m_fleet->kubeconfigPath(), &failure);
        QVERIFY2(m_client, qPrintable(failure));
        Kube::KubeconfigLoader loader;
        loader.setExplicitPath(m_fleet->kubeconfigPath());
        const auto config = loader.load();
        QVERIFY2(config.ok(), qPrintable(config.error()));
        const auto context = Kube::KubeconfigLoader::resolve(*config, QString());
        QVERIFY2(context.ok(), qPrintable(context.error()));
        m_context = *context;
    }

    void cleanupTestCase()
    {
        m_client.reset();
        QVERIFY(TestSupport::stopDemoFleet(m_fleet));
    }

    void headlessScanFillsAModelAndKeepsNoHistory()
    {
        const int keptBefore = int(Report::HistoryStore().entries(QString()).size());
        FleetSession session;
        FleetSession::Options options;
        options.live = false;
        options.listNamespaces = false;
        options.auditEach = false;
        options.keepHistory = false;
        session.setOptions(options);
        FleetModel model;
        model.setSession(&session);
        QSignalSpy audits(&session, &FleetSession::auditReady);
        QSignalSpy namespaces(&session, &FleetSession::namespacesListed);
        QSignalSpy audited(&session, &FleetSession::datastoreAudited);
        session.connectTo(m_context, kNamespace);
        QVERIFY(audits.wait(120000));

        QCOMPARE(session.outcome(), FleetSession::Outcome::Graded);
        QVERIFY(session.audit());
        QVERIFY(session.audit()->grade.fleet.score.has_value());
        QCOMPARE(session.snapshot().namespaceName, kNamespace);
        QCOMPARE(session.snapshot().source, QStringLiteral("kubernetes"));
        // The model built its rows from the session's signals alone: one per datastore, each probed and graded.
        QCOMPARE(model.rowCount(), session.snapshot().datastores.size());
        QVERIFY(model.rowCount() >= 2);
        for (const Fleet::DatastoreReport &report : session.snapshot().datastores) {
            const FleetRow *row = model.row(report.name);
            QVERIFY2(row, qPrintable(report.name));
            QVERIFY(row->report != nullptr);
            QVERIFY2(!row->scanning, qPrintable(report.name));
            QCOMPARE(row->gradeDetail.has_value(), session.audit()->grade.datastore(report.name) != nullptr);
        }
        // Headless: no namespace listing, no per-datastore audits, no watches, nothing kept.
        QCOMPARE(namespaces.size(), 0);
        QCOMPARE(audited.size(), 0);
        QTest::qWait(300);
        QCOMPARE(session.liveState(), FleetSession::LiveState::Off);
        QVERIFY(session.watchedResources().isEmpty());
        QVERIFY(session.history().isEmpty());
        QCOMPARE(int(Report::HistoryStore().entries(QString()).size()), keptBefore);

        // Restart Workload is a change to the cluster like every operation: journaled, and it waits for the pods.
        const QDir journals(Ops::Journal::defaultDirectory());
        const int journalsBefore = int(journals.entryList(QDir::Files).size());
        QSignalSpy restarting(&session, &FleetSession::workloadRestarting);
        QSignalSpy restarted(&session, &FleetSession::workloadRestarted);
        QVERIFY(!session.restartWorkload(QStringLiteral("no-such-db")));
        QCOMPARE(restarting.size(), 0);
        QVERIFY(session.restartWorkload(kDatastore));
        QCOMPARE(restarting.size(), 1);
        QVERIFY2(restarting.constFirst().at(1).toString().endsWith(u'/' + kDatastore),
                 qPrintable(restarting.constFirst().at(1).toString()));
        QVERIFY(restarted.wait(180000));
        QCOMPARE(restarted.constFirst().at(0).toString(), kDatastore);
        QVERIFY2(restarted.constFirst().at(1).toString().isEmpty(), qPrintable(restarted.constFirst().at(1).toString()));
        QCOMPARE(int(QDir(Ops::Journal::defaultDirectory()).entryList(QDir::Files).size()), journalsBefore + 1);
        QVERIFY(Ops::Journal::unfinished(Ops::Journal::defaultDirectory()).isEmpty());
    }

    void consoleSessionFollowsASecretWithoutARescan()
    {
        FleetSession session;
        session.setLiveDelay(50ms);
        session.setWatchBackoff(100ms, 500ms);
        FleetModel model;
        model.setSession(&session);
        QSignalSpy scans(&session, &FleetSession::scanStarted);
        QSignalSpy audits(&session, &FleetSession::auditReady);
        QSignalSpy audited(&session, &FleetSession::datastoreAudited);
        session.connectTo(m_context, kNamespace);
        QVERIFY(audits.wait(120000));
        QCOMPARE(session.outcome(), FleetSession::Outcome::Graded);
        QVERIFY(audited.size() >= 2); // each datastore graded as it landed
        QTRY_COMPARE_WITH_TIMEOUT(session.liveState(), FleetSession::LiveState::Live, 20000);
        // The watches have names, in a fixed order.
        QCOMPARE(session.watchedResources(),
                 (QStringList { QStringLiteral("pods"), QStringLiteral("PVCs"), QStringLiteral("Secrets"),
                                QStringLiteral("Deployments"), QStringLiteral("StatefulSets") }));
        QVERIFY(session.notWatched().isEmpty());
        // A full scan is kept in the history (the console's default).
        QVERIFY(!session.history().isEmpty());

        const auto store = std::find_if(session.inventory().datastores.cbegin(), session.inventory().datastores.cend(),
                                        [](const Fleet::Datastore &d) { return d.name == kDatastore; });
        QVERIFY(store != session.inventory().datastores.cend());
        const QString tlsSecret = store->tlsSecretName;
        QVERIFY(!tlsSecret.isEmpty());
        const QDateTime observedBefore = model.row(kDatastore)->report->observedAt;
        QSignalSpy reprobing(&session, &FleetSession::datastoreReprobing);
        const QJsonObject touch { { QStringLiteral("metadata"),
                                    QJsonObject { { QStringLiteral("annotations"),
                                                    QJsonObject { { QStringLiteral("proofer.test/session"),
                                                                    QStringLiteral("1") } } } } } };
        bool patched = false;
        m_client->patch(QStringLiteral("secrets"), kNamespace, tlsSecret, touch, Kube::KubeClient::PatchType::Merge)
            .then(this, [&patched](const Kube::Response &response) { patched = response.ok(); });
        QTRY_VERIFY_WITH_TIMEOUT(patched, 10000);
        // The Secret's change re-probes its datastore, saying why. (A pod event of the young fleet — "its pod is
        // ready again" — may re-probe it first: the Secret's reason must come, not necessarily first.)
        const auto secretReason = [&] {
            for (const QList<QVariant> &signal : std::as_const(reprobing)) {
                if (signal.at(0).toString() == kDatastore && signal.at(1).toString().contains(tlsSecret))
                    return true;
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(secretReason(), 20000);
        // The model follows the new probe by itself.
        QTRY_VERIFY_WITH_TIMEOUT(model.row(kDatastore)->report->observedAt > observedBefore, 60000);
        QCOMPARE(scans.size(), 1);

        // Disconnecting stops the live view.
        session.disconnectFromCluster();
        QCOMPARE(session.liveState(), FleetSession::LiveState::Off);
        QCOMPARE(session.outcome(), FleetSession::Outcome::None);
    }

    void emptyNamespaceIsNothingFound()
    {
        FleetSession session;
        FleetSession::Options options;
        options.live = false;
        options.keepHistory = false;
        session.setOptions(options);
        QSignalSpy audits(&session, &FleetSession::auditReady);
        session.connectTo(m_context, QStringLiteral("nothing-here"));
        QVERIFY(audits.wait(60000));
        QCOMPARE(session.outcome(), FleetSession::Outcome::NothingFound);
        QVERIFY(session.snapshot().datastores.isEmpty());
        QVERIFY(!session.audit()->grade.fleet.score.has_value()); // nothing scanned, no grade
    }

    void unreachableTargetsAreNoneReached()
    {
        // A port that was open a moment ago and is closed now: connection refused.
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            port = probe.serverPort();
        }
        Fleet::ScanTarget target;
        target.name = QStringLiteral("gone-db");
        target.kind = Fleet::Kind::PostgreSQL;
        target.host = QStringLiteral("127.0.0.1");
        target.port = port;
        target.user = QStringLiteral("nobody");
        target.database = QStringLiteral("nothing");
        FleetSession session;
        FleetSession::Options options;
        options.keepHistory = false;
        session.setOptions(options);
        Fleet::ScanOptions scanOptions;
        scanOptions.connectTimeoutMs = 2000;
        session.setScanOptions(scanOptions);
        FleetModel model;
        model.setSession(&session);
        QSignalSpy audits(&session, &FleetSession::auditReady);
        session.scanTargets({ target }, QStringLiteral("targets.yaml"));
        QVERIFY(audits.wait(60000));
        QCOMPARE(session.outcome(), FleetSession::Outcome::NoneReached);
        QVERIFY(FleetSession::noneReached(session.snapshot().datastores));
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(!session.audit()->grade.fleet.score.has_value()); // nothing reached, no grade
        QCOMPARE(session.liveState(), FleetSession::LiveState::Off); // targets files are not watched
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Demo::DemoFleet> m_fleet;
    std::unique_ptr<Kube::KubeClient> m_client;
    Kube::ResolvedContext m_context;
};

QTEST_MAIN(TestSession)
#include "testsession.moc"
