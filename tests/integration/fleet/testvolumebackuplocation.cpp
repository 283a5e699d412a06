// SPDX-License-Identifier: GPL-3.0-or-later
// Checklist item 10 on a PVC: `--backup-location pvc/NAME:/path` is listed in a running pod that mounts the claim,
// through pods/exec to the demo kubelet's pods (the emulator over HTTPS, real PostgreSQL servers), and gives the
// listing a directory gives: real gpg-encrypted files (to a key, with a passphrase) told from a plaintext one, a badly
// named file counted apart. No pod, a pod without find, a missing path, a refusal and a timeout leave the location
// not listed with the reason; a scan's OPS-003 passes and fails on what the PVC holds.
#include "demo/apiserver.h"
#include "demo/manifestfleet.h"
#include "demo/manifestloader.h"
#include "fleet/backuplocation.h"
#include "fleet/volumebackuplocation.h"
#include "kube/kubeclient.h"
#include "kubetestutil.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString ns = u"pvc-backups"_s;

QByteArray manifests()
{
    QByteArray yaml;
    for (const char *db : { "auth-db", "tenant-db" }) {
        QByteArray workload = R"YAML(
apiVersion: v1
kind: Secret
metadata: {name: DB-secret}
stringData: {POSTGRES_USER: app, POSTGRES_PASSWORD: "Kq3vX8pLm2Nz7RtY4wBs9CdF6gHj1aE5"}
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: DB, labels: {app.kubernetes.io/name: DB, app.kubernetes.io/component: database}}
spec:
  selector: {matchLabels: {app.kubernetes.io/name: DB}}
  template:
    metadata: {labels: {app.kubernetes.io/name: DB, app.kubernetes.io/component: database}}
    spec:
      containers:
      - name: postgres
        image: postgres:17-alpine
        ports: [{containerPort: 5432}]
        env:
        - {name: POSTGRES_DB, value: DBNAME}
        - name: POSTGRES_USER
          valueFrom: {secretKeyRef: {name: DB-secret, key: POSTGRES_USER}}
        - name: POSTGRES_PASSWORD
          valueFrom: {secretKeyRef: {name: DB-secret, key: POSTGRES_PASSWORD}}
        volumeMounts: MOUNTS
      volumes:
      - name: data
        emptyDir: {}
      - name: backups
        persistentVolumeClaim: {claimName: backups}
---
)YAML";
        const QByteArray name(db);
        workload.replace("DBNAME", QByteArray(name.left(name.indexOf('-')) + "_db"));
        workload.replace("DB", name);
        // auth-db mounts the whole volume; tenant-db only its daily/ directory, read-only.
        workload.replace(
            "MOUNTS",
            name == "auth-db"
                ? "[{name: data, mountPath: /var/lib/postgresql/data}, {name: backups, mountPath: /backups}]"
                : "[{name: data, mountPath: /var/lib/postgresql/data}, {name: backups, mountPath: "
                  "/var/backups, subPath: daily, readOnly: true}]");
        yaml += workload;
    }
    yaml += R"YAML(
apiVersion: v1
kind: PersistentVolumeClaim
metadata: {name: backups}
spec: {accessModes: [ReadWriteOnce], resources: {requests: {storage: 1Gi}}}
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata: {name: archive}
spec: {accessModes: [ReadWriteOnce], resources: {requests: {storage: 1Gi}}}
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata: {name: orphan}
spec: {accessModes: [ReadWriteOnce], resources: {requests: {storage: 1Gi}}}
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: archiver}
spec:
  selector: {matchLabels: {app: archiver}}
  template:
    metadata: {labels: {app: archiver}}
    spec:
      containers:
      - name: app
        image: gcr.io/distroless/static-debian12
        volumeMounts: [{name: archive, mountPath: /archive}]
      volumes:
      - name: archive
        persistentVolumeClaim: {claimName: archive}
)YAML";
    return yaml;
}

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestVolumeBackupLocation final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Demo::ManifestFleet> m_fleet;
    std::unique_ptr<Kube::KubeClient> m_client;
    QString m_gpg;

    QString volume(const QString &claim) const { return m_fleet->stateDir() + u"/volumes/"_s + ns + u'/' + claim; }

    QString podOf(const QString &workload) const
    {
        for (const QJsonObject &p : m_fleet->apiServer()->store().list(u"pods"_s, ns)) {
            const QString name = p.value("metadata"_L1).toObject().value("name"_L1).toString();
            if (name.startsWith(workload + u'-'))
                return name;
        }
        return {};
    }

    QByteArray gpg(const QStringList &arguments, const QByteArray &input = {})
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"GNUPGHOME"_s, m_dir->filePath(u"gnupg"_s));
        process.setProcessEnvironment(environment);
        process.start(m_gpg, QStringList { u"--batch"_s, u"--quiet"_s, u"--no-tty"_s } + arguments);
        process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(60000) || process.exitCode() != 0)
            qWarning("gpg %s: %s", qPrintable(arguments.join(u' ')), process.readAllStandardError().constData());
        return process.exitCode() == 0 ? process.readAllStandardOutput() : QByteArray();
    }

    void write(const QString &path, const QByteArray &content)
    {
        QDir().mkpath(QFileInfo(path).path());
        QFile file(path);
        QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(path));
        QCOMPARE(file.write(content), content.size());
    }

    Fleet::BackupLocationListing list(const QString &spec, const Fleet::VolumeListingOptions &options = {})
    {
        QString error;
        const auto location = Fleet::VolumeBackupLocation::parse(spec, &error);
        if (!location)
            qFatal("%s", qPrintable(error));
        return Test::await(Fleet::listVolumeBackupLocation(m_client.get(), ns, *location, options), 120000);
    }

    Run proofer(const QStringList &arguments)
    {
        QProcess process;
        process.start(qEnvironmentVariable("PROOFER_BIN"), arguments);
        Run result;
        if (!process.waitForStarted(10000)
            || !QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 180000)) {
            process.kill();
            process.waitForFinished();
            return result;
        }
        result.exitCode = process.exitCode();
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        return result;
    }

    /** The OPS-003 check of @p datastore in a JSON report. */
    static QJsonObject ops003(const QJsonObject &report, const QString &datastore)
    {
        for (const QJsonValue &store : report.value("datastores"_L1).toArray()) {
            if (store.toObject().value("name"_L1).toString() != datastore)
                continue;
            for (const QJsonValue &check : store.toObject().value("checks"_L1).toArray()) {
                if (check.toObject().value("rule"_L1).toString() == "OPS-003"_L1)
                    return check.toObject();
            }
        }
        return {};
    }

    static QString fileName(const QString &db, const QString &datastore, const QDateTime &when)
    {
        return u"%1_%2_%3.sql.gz.gpg"_s.arg(db, datastore, when.toUTC().toString(u"yyyyMMdd_HHmmss"_s));
    }

private slots:
    void initTestCase()
    {
        m_gpg = QStandardPaths::findExecutable(u"gpg"_s);
        QVERIFY2(!m_gpg.isEmpty(), "gpg encrypts the backups of this test");
        m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + u"/proofer-test-"_s
                                                + QStringLiteral(PROOFER_TEST_TAG) + u"-XXXXXX"_s);
        QVERIFY(m_dir->isValid());
        QFile::setPermissions(
            m_dir->path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther);
        QVERIFY(QDir().mkpath(m_dir->filePath(u"gnupg"_s)));
        QFile::setPermissions(m_dir->filePath(u"gnupg"_s), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        gpg({ u"--passphrase"_s, QString(), u"--quick-gen-key"_s, u"Backups <backups@bakery-ia.local>"_s,
              u"future-default"_s, u"default"_s, u"1d"_s });

        Demo::ManifestSet set;
        QVERIFY2(Demo::parseManifests(manifests(), u"pvc.yaml"_s, &set), qPrintable(set.error));
        Demo::ManifestFleetOptions options;
        options.defaultNamespace = ns;
        options.stateDir = m_dir->filePath(u"state"_s);
        m_fleet = std::make_unique<Demo::ManifestFleet>(set, options);
        bool ready = false;
        QString error;
        connect(m_fleet.get(), &Demo::ManifestFleet::ready, this, [&] { ready = true; });
        connect(m_fleet.get(), &Demo::ManifestFleet::failed, this, [&](const QString &e) { error = e; });
        m_fleet->start();
        QVERIFY2(QTest::qWaitFor([&] { return ready || !error.isEmpty(); }, 240000), "the fleet did not settle");
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_client = std::make_unique<Kube::KubeClient>(Test::contextFor(m_fleet->kubeconfigPath()));

        // What the platform's backup script leaves in the volume's daily/ directory.
        const QString daily = volume(u"backups"_s) + u"/daily/"_s;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QByteArray dump = "-- PostgreSQL database dump\nCREATE TABLE t (x int);\n";
        const QByteArray toKey = gpg(
            { u"--trust-model"_s, u"always"_s, u"--encrypt"_s, u"--recipient"_s, u"backups@bakery-ia.local"_s }, dump);
        const QByteArray withPassphrase
            = gpg({ u"--pinentry-mode"_s, u"loopback"_s, u"--passphrase"_s, u"p4ss"_s, u"--symmetric"_s }, dump);
        QVERIFY(!toKey.isEmpty() && !withPassphrase.isEmpty());
        write(daily + fileName(u"auth_db"_s, u"auth-db"_s, now.addDays(-1)), toKey);
        write(daily + fileName(u"auth_db"_s, u"auth-db"_s, now.addDays(-8)), withPassphrase);
        write(daily + fileName(u"tenant_db"_s, u"tenant-db"_s, now.addDays(-30)), toKey);
        write(daily + fileName(u"tenant_db"_s, u"tenant-db"_s, now.addSecs(-3600)),
              QByteArray("\x1f\x8b\x08\x00plain", 9));
        write(daily + u"tenant-db-latest.sql.gz.gpg"_s, toKey); // not the script's name
        write(daily + u"README.txt"_s, "daily dumps\n");
        QVERIFY(QDir().mkpath(daily + u"older_older-db_20260101_000000.sql.gz.gpg"_s)); // a directory
        write(volume(u"backups"_s) + u"/"_s + fileName(u"auth_db"_s, u"auth-db"_s, now), toKey); // the root, not daily/
    }

    void cleanupTestCase()
    {
        m_client.reset();
        if (!m_fleet)
            return;
        bool stopped = false;
        connect(m_fleet.get(), &Demo::ManifestFleet::stopped, this, [&] { stopped = true; });
        m_fleet->stop();
        QVERIFY(QTest::qWaitFor([&] { return stopped; }, 60000));
        QProcess::execute(u"gpgconf"_s, { u"--homedir"_s, m_dir->filePath(u"gnupg"_s), u"--kill"_s, u"all"_s });
    }

    /** The PVC's directory listed through a pod gives what the same directory gives listed on this machine. */
    void sameListingAsTheDirectory_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("pod");
        QTest::newRow("through the whole volume's mount") << u"pvc/backups:/daily"_s << u"auth-db"_s;
        QTest::newRow("a trailing slash") << u"pvc/backups:/daily/"_s << u"auth-db"_s;
    }

    void sameListingAsTheDirectory()
    {
        QFETCH(QString, spec);
        QFETCH(QString, pod);
        const Fleet::BackupLocationListing listing = list(spec);
        QVERIFY2(listing.error.isEmpty(), qPrintable(listing.error));
        QCOMPARE(listing.location, u"/daily on PVC backups via pod %1"_s.arg(podOf(pod)));
        const Fleet::BackupLocationListing local = Fleet::listBackupLocation(volume(u"backups"_s) + u"/daily"_s);
        QVERIFY(local.error.isEmpty());
        QCOMPARE(listing.backups.size(), 4);
        QCOMPARE(listing.backups.size(), local.backups.size());
        QCOMPARE(listing.otherFiles, local.otherFiles);
        QCOMPARE(listing.otherFiles, 1);
        QCOMPARE(listing.truncated, false);
        for (qsizetype i = 0; i < listing.backups.size(); ++i) {
            const Fleet::ListedBackup &a = listing.backups.at(i);
            const Fleet::ListedBackup &b = local.backups.at(i);
            QCOMPARE(a.path, u"pvc/backups:/daily/"_s + QFileInfo(b.path).fileName());
            QCOMPARE(a.takenAt, b.takenAt);
            QCOMPARE(a.datastore, b.datastore);
            QCOMPARE(a.size, b.size);
            QCOMPARE(a.encrypted, b.encrypted);
        }
        // Real gpg's output is encrypted (to a key, with a passphrase); the plain gzip is not.
        int encrypted = 0;
        for (const Fleet::ListedBackup &b : listing.backups)
            encrypted += b.encrypted ? 1 : 0;
        QCOMPARE(encrypted, 3);

        // The same directory read through tenant-db's subPath mount (/var/backups is the volume's daily/).
        QString error;
        auto location = Fleet::VolumeBackupLocation::parse(u"pvc/backups:/daily"_s, &error);
        QVERIFY(location);
        QList<QJsonObject> tenantOnly;
        for (const QJsonObject &p : m_fleet->apiServer()->store().list(u"pods"_s, ns)) {
            if (p.value("metadata"_L1).toObject().value("name"_L1).toString() == podOf(u"tenant-db"_s))
                tenantOnly << p;
        }
        const auto reader = Fleet::volumeReaderFor(tenantOnly, *location, &error);
        QVERIFY2(reader, qPrintable(error));
        QCOMPARE(reader->directory, u"/var/backups"_s);
    }

    void theVolumesRoot()
    {
        const Fleet::BackupLocationListing listing = list(u"pvc/backups"_s);
        QVERIFY2(listing.error.isEmpty(), qPrintable(listing.error));
        QCOMPARE(listing.backups.size(), 1);
        QVERIFY(listing.backups.constFirst().encrypted);
        QVERIFY(listing.backups.constFirst().path.startsWith(u"pvc/backups:/auth_db_auth-db_"_s));
    }

    void boundedLikeADirectory()
    {
        Fleet::VolumeListingOptions options;
        options.maxEntries = 2;
        const Fleet::BackupLocationListing listing = list(u"pvc/backups:/daily"_s, options);
        QVERIFY2(listing.error.isEmpty(), qPrintable(listing.error));
        QVERIFY(listing.truncated);
        QVERIFY(listing.backups.size() + listing.otherFiles <= 2);
        // Heads read in batches of one path each give the same flags.
        options = {};
        options.maxHeadArgumentBytes = 1;
        const Fleet::BackupLocationListing batched = list(u"pvc/backups:/daily"_s, options);
        int encrypted = 0;
        for (const Fleet::ListedBackup &b : batched.backups)
            encrypted += b.encrypted ? 1 : 0;
        QCOMPARE(encrypted, 3);
    }

    void notListedWithTheReason_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("reason");
        QTest::newRow("no pod mounts it") << u"pvc/orphan:/"_s << u"pvc/orphan:/: no pod mounts PVC orphan"_s;
        QTest::newRow("a pod without find (distroless)") << u"pvc/archive:/"_s << u"executable file not found"_s;
        QTest::newRow("no such directory")
            << u"pvc/backups:/weekly"_s << u"find: /backups/weekly: No such file or directory"_s;
        QTest::newRow("a claim no pod has") << u"pvc/nope:/x"_s << u"no pod mounts PVC nope"_s;
    }

    void notListedWithTheReason()
    {
        QFETCH(QString, spec);
        QFETCH(QString, reason);
        const Fleet::BackupLocationListing listing = list(spec);
        QVERIFY2(listing.error.contains(reason), qPrintable(listing.error));
        QVERIFY2(listing.error.startsWith(spec.endsWith(u'/') || spec.contains(u':') ? spec.section(u':', 0, 0) : spec),
                 qPrintable(listing.error));
        QVERIFY(listing.backups.isEmpty());
    }

    void refusedAndTimedOut()
    {
        m_fleet->apiServer()->addDenyRule({ QString(), u"create"_s, u"pods/exec"_s, ns });
        const Fleet::BackupLocationListing denied = list(u"pvc/backups:/daily"_s);
        m_fleet->apiServer()->clearDenyRules();
        QVERIFY2(denied.error.contains(u"403"_s) && denied.error.contains(u"pods/exec"_s), qPrintable(denied.error));

        m_fleet->apiServer()->setResponseDelay(4000, u"/exec"_s);
        Fleet::VolumeListingOptions options;
        options.execTimeout = std::chrono::milliseconds(1000);
        const Fleet::BackupLocationListing slow = list(u"pvc/backups:/daily"_s, options);
        m_fleet->apiServer()->setResponseDelay(0);
        QVERIFY2(slow.error.contains(u"did not end within 1 s"_s), qPrintable(slow.error));
        QVERIFY(slow.backups.isEmpty());
    }

    /** `proofer scan --backup-location pvc/…`: OPS-003 passes and fails on what the PVC holds, and says where it
     * looked. */
    void scanGradesOnThePvc()
    {
        const Run scan
            = proofer({ u"scan"_s, u"--kubeconfig"_s, m_fleet->kubeconfigPath(), u"-n"_s, ns, u"--no-history"_s,
                        u"--format"_s, u"json"_s, u"--backup-location"_s, u"pvc/backups:/daily"_s });
        const QJsonObject report = QJsonDocument::fromJson(scan.out).object();
        QVERIFY2(!report.isEmpty(), scan.err.constData());
        const QJsonObject auth = ops003(report, u"auth-db"_s);
        const QString authText = QString::fromUtf8(QJsonDocument(auth).toJson(QJsonDocument::Compact));
        QVERIFY2(auth.value("outcome"_L1).toString() == "pass"_L1, qPrintable(authText));
        QVERIFY2(authText.contains(u"/daily on PVC backups via pod %1"_s.arg(podOf(u"auth-db"_s))),
                 qPrintable(authText));
        QVERIFY2(authText.contains(u"not decrypted"_s), qPrintable(authText));
        const QJsonObject tenant = ops003(report, u"tenant-db"_s);
        const QString tenantText = QString::fromUtf8(QJsonDocument(tenant).toJson(QJsonDocument::Compact));
        QVERIFY2(tenant.value("outcome"_L1).toString() == "fail"_L1, qPrintable(tenantText));
        QVERIFY2(tenantText.contains(u"30 days old"_s) && tenantText.contains(u"empty or not encrypted"_s),
                 qPrintable(tenantText));

        // A location no pod mounts: not assessed, never a pass or a fail, and the reason names it.
        const Run unlisted
            = proofer({ u"scan"_s, u"--kubeconfig"_s, m_fleet->kubeconfigPath(), u"-n"_s, ns, u"--no-history"_s,
                        u"--format"_s, u"json"_s, u"--backup-location"_s, u"pvc/orphan:/"_s });
        const QJsonObject none = ops003(QJsonDocument::fromJson(unlisted.out).object(), u"auth-db"_s);
        const QString noneText = QString::fromUtf8(QJsonDocument(none).toJson(QJsonDocument::Compact));
        QVERIFY2(none.value("outcome"_L1).toString() == "not-assessed"_L1,
                 qPrintable(noneText + QString::fromUtf8(unlisted.err)));
        QVERIFY2(noneText.contains(u"no pod mounts PVC orphan"_s), qPrintable(noneText));

        // A malformed location is a usage error.
        const Run bad = proofer(
            { u"scan"_s, u"--kubeconfig"_s, m_fleet->kubeconfigPath(), u"--backup-location"_s, u"pvc/Bad_Name:/x"_s });
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains("is not a PVC name"), bad.err.constData());
    }

    void parsing_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("spec"); // empty: refused
        QTest::newRow("claim and path") << u"pvc/backups:/daily"_s << u"pvc/backups:/daily"_s;
        QTest::newRow("the root by default") << u"pvc/backups"_s << u"pvc/backups:/"_s;
        QTest::newRow("cleaned") << u"pvc/backups://daily/./x/"_s << u"pvc/backups:/daily/x"_s;
        QTest::newRow("relative path") << u"pvc/backups:daily"_s << QString();
        QTest::newRow("leaves the volume") << u"pvc/backups:/../etc"_s << QString();
        QTest::newRow("not a name") << u"pvc/Backups:/"_s << QString();
        QTest::newRow("empty name") << u"pvc/:/x"_s << QString();
        QTest::newRow("a newline") << u"pvc/backups:/a\nb"_s << QString();
    }

    void parsing()
    {
        QFETCH(QString, text);
        QFETCH(QString, spec);
        QString error;
        const auto location = Fleet::VolumeBackupLocation::parse(text, &error);
        QCOMPARE(location.has_value(), !spec.isEmpty());
        if (location)
            QCOMPARE(location->spec(), spec);
        else
            QVERIFY2(error.startsWith(text), qPrintable(error));
    }

    void headsSplitByTheirHeaders()
    {
        const QStringList files { u"/b/one.gpg"_s, u"/b/gone.gpg"_s, u"/b/two.gpg"_s, u"/b/three.gpg"_s };
        // "gone" could not be opened: no header. "two" holds bytes that look like a header line.
        const QByteArray output = "==> /b/one.gpg <==\n\x85\x01\x0c\x03\n"
                                  "==> /b/two.gpg <==\n==> x <==\n\n"
                                  "==> /b/three.gpg <==\n";
        const QHash<QString, QByteArray> heads = Fleet::splitHeads(output, files);
        QCOMPARE(heads.size(), 3);
        QCOMPARE(heads.value(u"/b/one.gpg"_s), QByteArray("\x85\x01\x0c\x03"));
        QCOMPARE(heads.value(u"/b/two.gpg"_s), QByteArray("==> x <==\n"));
        QCOMPARE(heads.value(u"/b/three.gpg"_s), QByteArray());
        QVERIFY(!heads.contains(u"/b/gone.gpg"_s));
        QVERIFY(Fleet::splitHeads("head: can't open", files).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestVolumeBackupLocation)
#include "testvolumebackuplocation.moc"
