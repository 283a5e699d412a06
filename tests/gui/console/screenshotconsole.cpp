// SPDX-License-Identifier: GPL-3.0-or-later
// Not a test: opens the console on an emulated namespace backed by real servers (a hardened
// PostgreSQL, a weak one, a Redis) and saves a screenshot of the window once the audit is in.
//   screenshotconsole OUTPUT.png      (run under a display, e.g. Xvfb, or -platform offscreen)
#include "core/translations.h"
#include "emulatorfixture.h"
#include "session/fleetsession.h"
#include "mainwindow.h"
#include "postgresserver.h"
#include "redisserver.h"

#include <QApplication>
#include <QJsonDocument>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTextStream>
#include <QTimer>

namespace {

QJsonObject json(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

void addDatabase(Test::Emulator &emulator, const QString &name, const QString &image, quint16 port, const QString &user,
                 const QString &database, const QString &passwordKey, bool tlsVolume, quint16 localPort)
{
    auto &server = emulator.server();
    // The server reads its TLS files from the mounted Secret, as the platform's manifests configure it: the scan
    // follows these arguments through the mount to the Secret keys and verifies against that CA.
    const QString tlsArgs = !tlsVolume ? QString()
        : image.startsWith(u"redis")
        ? QStringLiteral(R"( "args": ["--tls-port", "%1", "--port", "0", "--tls-cert-file", "/tls/server.crt",
                             "--tls-key-file", "/tls/server.key", "--tls-ca-cert-file", "/tls/ca.crt"],)")
              .arg(port)
        : QStringLiteral(R"( "args": ["-c", "ssl=on", "-c", "ssl_cert_file=/tls/server.crt", "-c",
                             "ssl_key_file=/tls/server.key", "-c", "ssl_ca_file=/tls/ca.crt"],)");
    const QString volumes = tlsVolume
        ? QStringLiteral(R"(, "volumes": [{"name": "tls", "secret": {"secretName": "postgres-tls", "defaultMode": 384}},
                           {"name": "data", "persistentVolumeClaim": {"claimName": "%1-data"}}])")
              .arg(name)
        : QStringLiteral(R"(, "volumes": [{"name": "data", "emptyDir": {}}])");
    server.createObject(json(
        QStringLiteral(R"({
        "apiVersion": "apps/v1", "kind": "Deployment",
        "metadata": {"name": "%1", "namespace": "bakery-ia", "labels": {"app.kubernetes.io/component": "database"}},
        "spec": {"replicas": 1, "selector": {"matchLabels": {"app": "%1"}},
          "template": {"metadata": {"labels": {"app": "%1"}},
            "spec": {"containers": [{"name": "db", "image": "%2", "ports": [{"containerPort": %3}],
               "volumeMounts": [{"name": "data", "mountPath": "/var/lib/postgresql/data"}%9],%10
               "env": [{"name": "POSTGRES_USER", "value": "%4"}, {"name": "POSTGRES_DB", "value": "%5"},
                       {"name": "%8", "valueFrom": {"secretKeyRef": {"name": "database-secrets", "key": "%6"}}}]}]%7}}}})")
            .arg(name, image)
            .arg(port)
            .arg(user, database, passwordKey, volumes,
                 image.startsWith(u"redis") ? QStringLiteral("REDIS_PASSWORD") : QStringLiteral("POSTGRES_PASSWORD"),
                 tlsVolume ? QStringLiteral(R"(, {"name": "tls", "mountPath": "/tls", "readOnly": true})") : QString(),
                 tlsArgs)));
    server.createObject(json(QStringLiteral(R"({
        "apiVersion": "v1", "kind": "Pod", "metadata": {"name": "%1-0", "namespace": "bakery-ia", "labels": {"app": "%1"}},
        "spec": {"containers": [{"name": "db", "image": "%2"}]},
        "status": {"phase": "Running", "conditions": [{"type": "Ready", "status": "True"}],
                   "containerStatuses": [{"name": "db", "ready": true, "restartCount": 0}]}})")
                                 .arg(name, image)));
    server.createObject(json(QStringLiteral(R"({
        "apiVersion": "v1", "kind": "Service", "metadata": {"name": "%1-service", "namespace": "bakery-ia"},
        "spec": {"selector": {"app": "%1"}, "ports": [{"port": %2}]}})")
                                 .arg(name)
                                 .arg(port)));
    if (tlsVolume)
        emulator.addPvc(name + QStringLiteral("-data"), QStringLiteral("2Gi"), QStringLiteral("Bound"),
                        QStringLiteral("bakery-ia"));
    server.setPortForwardTarget(QStringLiteral("bakery-ia"), name + QStringLiteral("-0"), port, QHostAddress::LocalHost,
                                localPort);
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("Proofer"));
    QApplication::setApplicationName(QStringLiteral("proofer-screenshot"));
    QSettings().clear(); // default window layout, columns fitted to the fleet
    Core::installTranslations(QStringLiteral("en"));
    const QString output = app.arguments().value(1, QStringLiteral("console.png"));
    QTextStream err(stderr);

    Test::CertFactory ca;
    Test::PostgresServer hardened(&ca);
    Test::PostgresServer weak(&ca);
    Test::RedisServer redis(&ca);
    Test::PostgresOptions good;
    good.certificate.dnsNames = { QStringLiteral("localhost"), QStringLiteral("auth-db-service"),
                                  QStringLiteral("auth-db-service.bakery-ia.svc.cluster.local") };
    good.extraConfig << QStringLiteral("log_connections = on") << QStringLiteral("log_disconnections = on")
                     << QStringLiteral("log_duration = on");
    Test::PostgresOptions bad;
    bad.tls = false;
    bad.hbaLines = { QStringLiteral("host all all 127.0.0.1/32 md5") };
    bad.passwordEncryption = QStringLiteral("md5");
    Test::RedisOptions redisOptions;
    redisOptions.requirePass = QStringLiteral("redis-password-redis-password-32");
    redisOptions.aof = true;
    redisOptions.certificate.dnsNames = { QStringLiteral("localhost"), QStringLiteral("redis-service"),
                                          QStringLiteral("redis-service.bakery-ia.svc.cluster.local") };
    if (!hardened.start(good) || !weak.start(bad) || !redis.start(redisOptions)) {
        err << "cannot start the servers: " << hardened.errorString() << weak.errorString() << redis.errorString()
            << '\n';
        return 1;
    }
    Test::Emulator emulator;
    if (!emulator.isValid()) {
        err << emulator.errorString() << '\n';
        return 1;
    }
    const QString caData = QString::fromLatin1(ca.caCertificatePem().toBase64());
    emulator.server().createObject(
        json(QStringLiteral(R"({"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": "bakery-ia"}})")));
    emulator.server().createObject(json(QStringLiteral(R"({
        "apiVersion": "v1", "kind": "Secret", "metadata": {"name": "postgres-tls", "namespace": "bakery-ia"},
        "type": "Opaque", "data": {"ca.crt": "%1", "server.crt": "%1", "server.key": "a2V5"}})")
                                            .arg(caData)));
    emulator.server().createObject(json(QStringLiteral(R"({
        "apiVersion": "v1", "kind": "Secret", "metadata": {"name": "database-secrets", "namespace": "bakery-ia"},
        "type": "Opaque", "data": {"AUTH_DB_PASSWORD": "%1", "ORDERS_DB_PASSWORD": "%2", "REDIS_PASSWORD": "%3"}})")
                                            .arg(QString::fromLatin1(hardened.password().toUtf8().toBase64()),
                                                 QString::fromLatin1(weak.password().toUtf8().toBase64()),
                                                 QString::fromLatin1(redisOptions.requirePass.toUtf8().toBase64()))));
    addDatabase(emulator, QStringLiteral("auth-db"), QStringLiteral("postgres:17-alpine"), 5432, hardened.role(),
                hardened.database(), QStringLiteral("AUTH_DB_PASSWORD"), true, hardened.port());
    addDatabase(emulator, QStringLiteral("orders-db"), QStringLiteral("postgres:17-alpine"), 5432, weak.role(),
                weak.database(), QStringLiteral("ORDERS_DB_PASSWORD"), false, weak.port());
    addDatabase(emulator, QStringLiteral("redis"), QStringLiteral("redis:7.4-alpine"), 6379, QString(), QString(),
                QStringLiteral("REDIS_PASSWORD"), true, redis.tlsPort());

    MainWindow window;
    window.resize(1400, 872);
    window.show();
    Fleet::ScanOptions options;
    options.concurrency = 1; // a loaded CI machine: one port-forward at a time
    window.session()->setScanOptions(options);
    window.start({ emulator.kubeconfigPath(), QString(), QStringLiteral("bakery-ia"), QString(), false });
    QObject::connect(window.session(), &FleetSession::auditReady, &window, [&window, output] {
        auto *table = window.findChild<QTableView *>(QStringLiteral("fleetTableView"));
        table->setFocus();
        table->selectRow(0);
        QTimer::singleShot(1500, &window, [&window, output] {
            const QPixmap shot = window.screen()->grabWindow(window.winId());
            const QPixmap image = shot.isNull() || shot.width() < 100 ? window.grab() : shot;
            QTextStream(stdout) << (image.save(output) ? "saved " : "failed ") << output << '\n';
            // The other pages too, next to it: OUTPUT-compliance.png, -certificates.png, -checklist.png.
            const std::pair<MainWindow::Page, const char *> pages[] = { { MainWindow::CompliancePage, "compliance" },
                                                                       { MainWindow::CertificatesPage, "certificates" },
                                                                       { MainWindow::ChecklistPage, "checklist" } };
            for (const auto &[page, name] : pages) {
                window.showPage(page);
                QApplication::processEvents(); // a screenshot tool: the page must paint before the grab
                QString file = output;
                file.insert(file.lastIndexOf(u'.'), u'-' + QString::fromLatin1(name));
                QTextStream(stdout) << (window.grab().save(file) ? "saved " : "failed ") << file << '\n';
            }
            window.showPage(MainWindow::FleetPage);
            QTimer::singleShot(int(qEnvironmentVariableIntValue("SCREENSHOT_LINGER_MS")), qApp, &QApplication::quit);
        });
    });
    QTimer::singleShot(180000, qApp, &QApplication::quit);
    return app.exec();
}
