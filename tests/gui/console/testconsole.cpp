// SPDX-License-Identifier: GPL-3.0-or-later
// The console window against a namespace of the Kubernetes API emulator whose pod port-forwards to a
// real PostgreSQL with TLS: the context picker, the live fleet table, the detail pane with findings
// and remediation, the grade panel with its what-if; a broken kubeconfig shown inline; Cancel.
#include "core/translations.h"
#include "deductionsmodel.h"
#include "emulatorfixture.h"
#include "findingsmodel.h"
#include "fleetmodel.h"
#include "session/fleetsession.h"
#include "kube/kubeconfigloader.h"
#include "mainwindow.h"
#include "postgresserver.h"
#include "views/detailpane.h"
#include "views/gradepanel.h"
#include "widgets/codeview.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QFrame>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QProgressBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kNamespace = QStringLiteral("bakery-ia");

QJsonObject json(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

QString cell(QTableView *table, int row, int column)
{
    return table->model()->index(row, column).data().toString();
}

} // namespace

class TestConsole final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(Core::installTranslations(QStringLiteral("en")));
        QVERIFY2(m_ca.isValid(), qPrintable(m_ca.errorString()));
        Test::PostgresOptions options;
        options.certificate.dnsNames = { QStringLiteral("localhost"), QStringLiteral("auth-db-service"),
                                         QStringLiteral("auth-db-service.bakery-ia.svc.cluster.local") };
        // TLS that passes every TLS rule, the weak-suite profile included (TLS-004): the TLS cell is then Good.
        options.extraConfig << QStringLiteral("log_connections = on")
                            << QStringLiteral("ssl_ciphers = 'ECDHE+AESGCM:ECDHE+CHACHA20'");
        QVERIFY2(m_postgres.start(options), qPrintable(m_postgres.errorString()));
        QVERIFY2(m_emulator.isValid(), qPrintable(m_emulator.errorString()));

        // The same namespace as the scan CLI test: a database Deployment, its pod, Service and secrets.
        const QString caData = QString::fromLatin1(m_ca.caCertificatePem().toBase64());
        auto &server = m_emulator.server();
        server.createObject(
            json(QStringLiteral(R"({"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": "bakery-ia"}})")));
        server.createObject(json(QStringLiteral(R"({
            "apiVersion": "v1", "kind": "Secret", "metadata": {"name": "postgres-tls", "namespace": "bakery-ia"},
            "type": "Opaque", "data": {"ca.crt": "%1", "server.crt": "%1", "server.key": "a2V5"}})")
                                     .arg(caData)));
        server.createObject(json(QStringLiteral(R"({
            "apiVersion": "v1", "kind": "Secret", "metadata": {"name": "database-secrets", "namespace": "bakery-ia"},
            "type": "Opaque", "data": {"AUTH_DB_PASSWORD": "%1"}})")
                                     .arg(QString::fromLatin1(m_postgres.password().toUtf8().toBase64()))));
        server.createObject(json(QStringLiteral(R"({
            "apiVersion": "apps/v1", "kind": "Deployment",
            "metadata": {"name": "auth-db", "namespace": "bakery-ia", "labels": {"app.kubernetes.io/component": "database"}},
            "spec": {"replicas": 1, "selector": {"matchLabels": {"app": "auth-db"}},
              "template": {"metadata": {"labels": {"app": "auth-db"}},
                "spec": {"containers": [{"name": "postgres", "image": "postgres:17-alpine", "ports": [{"containerPort": 5432}],
                   "args": ["-c", "ssl=on", "-c", "ssl_cert_file=/tls/server.crt", "-c", "ssl_key_file=/tls/server.key", "-c", "ssl_ca_file=/tls/ca.crt"],
                   "volumeMounts": [{"name": "tls", "mountPath": "/tls", "readOnly": true}],
                   "env": [{"name": "POSTGRES_USER", "value": "%1"}, {"name": "POSTGRES_DB", "value": "%2"},
                           {"name": "POSTGRES_PASSWORD", "valueFrom": {"secretKeyRef": {"name": "database-secrets", "key": "AUTH_DB_PASSWORD"}}}]}],
                  "volumes": [{"name": "tls", "secret": {"secretName": "postgres-tls", "defaultMode": 384}}]}}}})")
                                     .arg(m_postgres.role(), m_postgres.database())));
        server.createObject(json(QStringLiteral(R"({
            "apiVersion": "v1", "kind": "Pod", "metadata": {"name": "auth-db-0", "namespace": "bakery-ia", "labels": {"app": "auth-db"}},
            "spec": {"containers": [{"name": "postgres", "image": "postgres:17-alpine"}]},
            "status": {"phase": "Running", "conditions": [{"type": "Ready", "status": "True"}]}})")));
        server.createObject(json(QStringLiteral(R"({
            "apiVersion": "v1", "kind": "Service", "metadata": {"name": "auth-db-service", "namespace": "bakery-ia"},
            "spec": {"selector": {"app": "auth-db"}, "ports": [{"port": 5432}]}})")));
        server.setPortForwardTarget(kNamespace, QStringLiteral("auth-db-0"), 5432, QHostAddress::LocalHost,
                                    m_postgres.port());
    }

    void contextPickerListsTheKubeconfigContexts()
    {
        Kube::KubeconfigLoader loader;
        loader.setExplicitPath(m_emulator.kubeconfigPath());
        const auto config = loader.load();
        QVERIFY2(config.ok(), qPrintable(config.error()));

        MainWindow window;
        window.show();
        window.start({ m_emulator.kubeconfigPath(), QString(), kNamespace, QString(), false });
        auto *contexts = window.findChild<QComboBox *>(QStringLiteral("contextComboBox"));
        QVERIFY(contexts);
        QCOMPARE(contexts->count(), int(config->contexts.size()));
        QCOMPARE(contexts->currentText(), config->currentContext);
        // Each context says which file it came from.
        QVERIFY(contexts->itemData(contexts->currentIndex(), Qt::ToolTipRole)
                    .toString()
                    .contains(m_emulator.kubeconfigPath()));
        auto *namespaces = window.findChild<QComboBox *>(QStringLiteral("namespaceComboBox"));
        QVERIFY(namespaces && namespaces->isEditable());
        QCOMPARE(namespaces->currentText(), kNamespace);
        // The namespace list fills the picker when the user may list namespaces.
        QTRY_VERIFY_WITH_TIMEOUT(namespaces->findText(kNamespace) >= 0, 20000);
        window.session()->cancel();
    }

    void scansTheNamespaceLive()
    {
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *status = window.findChild<QLabel *>(QStringLiteral("connectionStatusLabel"));
        auto *progress = window.findChild<QProgressBar *>(QStringLiteral("scanProgressBar"));
        auto *table = window.findChild<QTableView *>(QStringLiteral("fleetTableView"));
        auto *rescan = window.findChild<QAction *>(QStringLiteral("rescanAction"));
        QVERIFY(status && progress && table && rescan);
        QCOMPARE(rescan->shortcut(), QKeySequence(QKeySequence::Refresh));

        window.start({ m_emulator.kubeconfigPath(), QString(), kNamespace, QString(), false });
        QVERIFY(window.session()->isBusy());
        QVERIFY(!rescan->isEnabled());
        // The row appears with discovery, before its probe lands, and a progress bar shows.
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 1, 20000);
        QCOMPARE(cell(table, 0, FleetModel::NameColumn), QStringLiteral("auth-db"));
        QCOMPARE(cell(table, 0, FleetModel::KindColumn), QStringLiteral("PostgreSQL"));
        QVERIFY(progress->isVisible() || !window.session()->isBusy());
        QVERIFY(status->text().contains(kNamespace));

        QTRY_VERIFY_WITH_TIMEOUT(!window.session()->isBusy(), 120000);
        QVERIFY(!progress->isVisible());
        QVERIFY(rescan->isEnabled());
        const QString tls = cell(table, 0, FleetModel::TlsColumn);
        QVERIFY2(tls.contains(QStringLiteral("verified")) && !tls.contains(QStringLiteral("not verified")),
                 qPrintable(tls));
        QVERIFY2(cell(table, 0, FleetModel::PodColumn).contains(QStringLiteral("Running")),
                 qPrintable(cell(table, 0, FleetModel::PodColumn)));
        QVERIFY(cell(table, 0, FleetModel::AuthenticationColumn).contains(QStringLiteral("scram-sha-256")));
        QVERIFY(table->model()->index(0, FleetModel::TlsColumn).data(FleetModel::StatusRole).toInt()
                == int(FleetRow::Status::Good));

        // The fleet audit lands after the scan: grade letter and findings in the row and the grade panel.
        auto *letter = window.findChild<QLabel *>(QStringLiteral("gradeLetterLabel"));
        QVERIFY(letter);
        QTRY_VERIFY_WITH_TIMEOUT(window.session()->audit() != nullptr, 30000);
        QVERIFY2(QStringList({ QStringLiteral("A+"), QStringLiteral("A"), QStringLiteral("A-"), QStringLiteral("B+"),
                               QStringLiteral("B"), QStringLiteral("B-"), QStringLiteral("C+"), QStringLiteral("C"),
                               QStringLiteral("C-"), QStringLiteral("D+"), QStringLiteral("D"), QStringLiteral("D-"),
                               QStringLiteral("F") })
                     .contains(letter->text()),
                 qPrintable(letter->text()));
        QVERIFY(!cell(table, 0, FleetModel::GradeColumn).isEmpty());
        const int findings = table->model()->index(0, FleetModel::FindingsColumn).data().toInt();
        QVERIFY(findings > 0);
        QVERIFY(
            window.findChild<QLabel *>(QStringLiteral("gradeScoreLabel"))->text().contains(QStringLiteral("score")));
        QVERIFY(window.gradePanel()->deductionsModel()->rowCount() > 0);

        // Selecting the row (keyboard) shows its findings and the remediation, copyable.
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Home, Qt::ControlModifier);
        QTRY_COMPARE(window.detailPane()->datastoreName(), QStringLiteral("auth-db"));
        DetailPane *detail = window.detailPane();
        QCOMPARE(detail->findingsModel()->rowCount(), findings);
        // log_disconnections and log_duration are off on this server: a PG-LOG finding says so.
        QStringList ids;
        for (const Audit::Finding &finding : detail->findingsModel()->findings())
            ids << finding.ruleId;
        QVERIFY2(!ids.filter(QStringLiteral("PG-LOG-")).isEmpty(), qPrintable(ids.join(u',')));
        QVERIFY(!ids.contains(QStringLiteral("TLS-001")));
        detail->tabs()->setCurrentIndex(DetailPane::FindingsTab);
        QVERIFY(!detail->remediationView()->toPlainText().isEmpty());
        QVERIFY(detail->remediationView()->isReadOnly());
        QVERIFY(detail->remediationView()->copyAllAction());
        auto *evidence = window.findChild<CodeView *>(QStringLiteral("evidenceCodeView"));
        QVERIFY(evidence && evidence->toPlainText().contains(QStringLiteral("\"name\": \"auth-db\"")));
        QVERIFY(!evidence->toPlainText().contains(m_postgres.password()));

        // What-if: ticking every finding projects a grade.
        FindingsModel *whatIf = window.gradePanel()->whatIfModel();
        QCOMPARE(whatIf->rowCount(), int(window.session()->audit()->findings.size()));
        for (int r = 0; r < whatIf->rowCount(); ++r)
            QVERIFY(whatIf->setData(whatIf->index(r, FindingsModel::SeverityColumn), Qt::Checked, Qt::CheckStateRole));
        QVERIFY(!window.gradePanel()->projectedLetter().isEmpty());

        // The namespace is remembered for the context.
        QVERIFY(QSettings().allKeys().join(u',').contains(QStringLiteral("namespace")));

        // F5 scans again; the row stays and refills.
        rescan->trigger();
        QVERIFY(window.session()->isBusy());
        QCOMPARE(table->model()->rowCount(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(!window.session()->isBusy(), 120000);
        QCOMPARE(table->model()->rowCount(), 1);
        QVERIFY(cell(table, 0, FleetModel::TlsColumn).contains(QStringLiteral("verified")));
        QVERIFY(!QApplication::activeModalWidget());
    }

    void brokenKubeconfigIsShownInline()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("config"));
        QVERIFY(writeFile(path, "apiVersion: v1\nkind: Config\nclusters: [\n  - {name: a\n"));
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.start({ path, QString(), QString(), QString(), false });
        auto *banner = window.findChild<QFrame *>(QStringLiteral("kubeconfigErrorFrame"));
        auto *message = window.findChild<QLabel *>(QStringLiteral("kubeconfigErrorLabel"));
        QVERIFY(banner && message);
        QVERIFY(banner->isVisible());
        QVERIFY2(message->text().startsWith(QStringLiteral("error: ")), qPrintable(message->text()));
        QVERIFY2(message->text().contains(path), qPrintable(message->text()));
        QVERIFY(window.findChild<QWidget *>(QStringLiteral("openKubeconfigPushButton"))->isVisible());
        QVERIFY(!QApplication::activeModalWidget());
        QVERIFY(!window.session()->isBusy());

        // An unknown context: kubectl's message, inline too.
        window.start({ m_emulator.kubeconfigPath(), QStringLiteral("no-such-context"), QString(), QString(), false });
        QVERIFY(banner->isVisible());
        QVERIFY2(message->text().contains(QStringLiteral("no-such-context")), qPrintable(message->text()));
        QVERIFY(!QApplication::activeModalWidget());
    }

    void noKubeconfigOffersTheDemo()
    {
        QTemporaryDir home;
        const QByteArray oldKubeconfig = qgetenv("KUBECONFIG");
        qputenv("KUBECONFIG", home.filePath(QStringLiteral("missing-config")).toUtf8());
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.start({});
        qputenv("KUBECONFIG", oldKubeconfig);
        auto *title = window.findChild<QLabel *>(QStringLiteral("emptyTitleLabel"));
        auto *text = window.findChild<QLabel *>(QStringLiteral("emptyTextLabel"));
        QVERIFY(title && title->isVisible());
        QCOMPARE(title->text(), QStringLiteral("No kubeconfig found"));
        QVERIFY(text->text().contains(QStringLiteral("proofer demo")));
        // …and a button that starts it from the window.
        auto *startDemo = window.findChild<QPushButton *>(QStringLiteral("startDemoButton"));
        QVERIFY(startDemo && startDemo->isVisible() && startDemo->isEnabled());
        QVERIFY(!window.findChild<QFrame *>(QStringLiteral("kubeconfigErrorFrame"))->isVisible());
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("connectionStatusLabel"))->text(),
                 QStringLiteral("Not connected"));
        QVERIFY(!window.session()->isBusy());
    }

    void cancelStopsAScanOfASilentServer()
    {
        // Accepts connections and never says a word.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        QList<QTcpSocket *> held;
        connect(&silent, &QTcpServer::newConnection, this, [&silent, &held] {
            while (QTcpSocket *socket = silent.nextPendingConnection())
                held << socket;
        });
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("targets.yaml"));
        QVERIFY(writeFile(path,
                          QStringLiteral("datastores:\n  - {name: silent-db, kind: postgresql, host: 127.0.0.1, "
                                         "port: %1, database: app, user: app}\n")
                              .arg(silent.serverPort())
                              .toUtf8()));
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        Fleet::ScanOptions options;
        options.connectTimeoutMs = 4000;
        window.session()->setScanOptions(options);
        window.start({ QString(), QString(), QString(), path, false });

        auto *table = window.findChild<QTableView *>(QStringLiteral("fleetTableView"));
        auto *progress = window.findChild<QProgressBar *>(QStringLiteral("scanProgressBar"));
        auto *cancel = window.findChild<QAction *>(QStringLiteral("cancelScanAction"));
        QVERIFY(table && progress && cancel);
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(cell(table, 0, FleetModel::NameColumn), QStringLiteral("silent-db"));
        QVERIFY(window.session()->isBusy());
        QVERIFY(progress->isVisible());
        QVERIFY(cancel->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!held.isEmpty(), 5000); // the probe is waiting on the silent server
        QTest::qWait(200);
        QVERIFY(window.session()->isBusy());

        QElapsedTimer timer;
        timer.start();
        cancel->trigger();
        QVERIFY(!window.session()->isBusy());
        QVERIFY(timer.elapsed() < 1000);
        QVERIFY(!progress->isVisible());
        QVERIFY(!cancel->isEnabled());
        QCOMPARE(cell(table, 0, FleetModel::TlsColumn), QStringLiteral("not probed"));
        // Nothing comes back to life after the cancel.
        QTest::qWait(500);
        QVERIFY(!window.session()->isBusy());
        QCOMPARE(cell(table, 0, FleetModel::TlsColumn), QStringLiteral("not probed"));
        qDeleteAll(held);
    }

private:
    Test::CertFactory m_ca;
    Test::PostgresServer m_postgres { &m_ca };
    Test::Emulator m_emulator;
};

QTEST_MAIN(TestConsole)
#include "testconsole.moc"
