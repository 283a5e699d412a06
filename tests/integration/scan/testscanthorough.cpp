// SPDX-License-Identifier: GPL-3.0-or-later
// `proofer scan` with its observation cache (docs/probing.md), as users run it: a second scan of an unchanged server
// makes one connection and says in its JSON which facts it reused and when they were observed; --thorough makes
// every observation again and says so at the top of the snapshot. Connections are counted in the server's own log.
#include "certfactory.h"
#include "postgresserver.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

} // namespace

class TestScanThorough final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dataHome.isValid() && m_dir.isValid());
        QVERIFY2(m_ca.isValid(), qPrintable(m_ca.errorString()));
        Test::PostgresOptions options;
        options.certificate.dnsNames = { QStringLiteral("localhost"), QStringLiteral("orders-db-service") };
        options.extraConfig << QStringLiteral("log_connections = on");
        QVERIFY2(m_postgres.start(options), qPrintable(m_postgres.errorString()));
        QVERIFY(writeFile(m_dir.filePath(QStringLiteral("ca.pem")), m_ca.caCertificatePem()));
        QVERIFY(writeFile(m_dir.filePath(QStringLiteral("orders.pass")), m_postgres.password().toUtf8()));
        m_targets = m_dir.filePath(QStringLiteral("targets.yaml"));
        QVERIFY(writeFile(m_targets, QStringLiteral("datastores:\n"
                                                    "  - {name: orders-db, kind: postgresql, host: 127.0.0.1, port: %1, "
                                                    "tlsServerName: orders-db-service, caFile: ca.pem, database: %2, "
                                                    "user: %3, passwordFile: orders.pass}\n")
                                         .arg(m_postgres.port())
                                         .arg(m_postgres.database(), m_postgres.role())
                                         .toUtf8()));
    }

    void secondScanReusesThoroughObservesAgain()
    {
        const qint64 before = connectionsLogged();
        const Run first = scan({});
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        const qint64 thoroughCount = connectionsLogged() - before;
        QVERIFY2(thoroughCount >= 4, qPrintable(QString::number(thoroughCount)));
        const QJsonObject firstRoot = QJsonDocument::fromJson(first.out).object();
        QCOMPARE(firstRoot.value(QStringLiteral("observations")).toObject().value(QStringLiteral("mode")).toString(),
                 QStringLiteral("incremental"));
        const QJsonObject firstStore = firstRoot.value(QStringLiteral("datastores")).toArray().at(0).toObject();
        QCOMPARE(firstStore.value(QStringLiteral("observations")).toObject().value(QStringLiteral("reused")).toBool(true), false);

        QTest::qWait(1100);
        const qint64 beforeWarm = connectionsLogged();
        const Run warm = scan({});
        QVERIFY2(warm.exitCode == 0, qPrintable(warm.err));
        QCOMPARE(connectionsLogged() - beforeWarm, 1); // the login, nothing else
        const QJsonObject warmStore
            = QJsonDocument::fromJson(warm.out).object().value(QStringLiteral("datastores")).toArray().at(0).toObject();
        const QJsonObject reused = warmStore.value(QStringLiteral("observations")).toObject();
        QCOMPARE(reused.value(QStringLiteral("reused")).toBool(), true);
        QCOMPARE(reused.value(QStringLiteral("note")).toString(), QStringLiteral("reused (fingerprint unchanged)"));
        QCOMPARE(reused.value(QStringLiteral("observedAt")).toString(), firstStore.value(QStringLiteral("observedAt")).toString());
        QVERIFY(warmStore.value(QStringLiteral("observedAt")).toString() != firstStore.value(QStringLiteral("observedAt")).toString());
        // The same facts, and the same verdicts, as the scan that observed them.
        QCOMPARE(warmStore.value(QStringLiteral("tls")).toObject().value(QStringLiteral("versions")),
                 firstStore.value(QStringLiteral("tls")).toObject().value(QStringLiteral("versions")));
        QCOMPARE(warmStore.value(QStringLiteral("tls")).toObject().value(QStringLiteral("acceptsPlaintext")),
                 firstStore.value(QStringLiteral("tls")).toObject().value(QStringLiteral("acceptsPlaintext")));
        QCOMPARE(warmStore.value(QStringLiteral("grade")), firstStore.value(QStringLiteral("grade")));

        const qint64 beforeThorough = connectionsLogged();
        const Run thorough = scan({ QStringLiteral("--thorough") });
        QVERIFY2(thorough.exitCode == 0, qPrintable(thorough.err));
        QCOMPARE(connectionsLogged() - beforeThorough, thoroughCount);
        const QJsonObject thoroughRoot = QJsonDocument::fromJson(thorough.out).object();
        QCOMPARE(thoroughRoot.value(QStringLiteral("observations")).toObject().value(QStringLiteral("mode")).toString(),
                 QStringLiteral("thorough"));
        const QJsonObject observed = thoroughRoot.value(QStringLiteral("datastores")).toArray().at(0).toObject()
                                         .value(QStringLiteral("observations")).toObject();
        QCOMPARE(observed.value(QStringLiteral("reused")).toBool(true), false);
        QVERIFY2(observed.value(QStringLiteral("reason")).toString().contains(QLatin1String("thorough")),
                 qPrintable(observed.value(QStringLiteral("reason")).toString()));

        // The cache sits in the data directory, private, without the password.
        QString cachePath;
        QDirIterator it(m_dataHome.path(), { QStringLiteral("observation-cache.json") }, QDir::Files, QDirIterator::Subdirectories);
        if (it.hasNext())
            cachePath = it.next();
        QVERIFY2(!cachePath.isEmpty(), "no observation-cache.json in the data directory");
        struct stat info {};
        QCOMPARE(::stat(QFile::encodeName(cachePath).constData(), &info), 0);
        QCOMPARE(info.st_mode & 0777, mode_t(0600));
        QFile cache(cachePath);
        QVERIFY(cache.open(QIODevice::ReadOnly));
        QVERIFY(!cache.readAll().contains(m_postgres.password().toUtf8()));
        QVERIFY(!warm.out.contains(m_postgres.password().toUtf8()));
    }

    void helpNamesTheOption()
    {
        QProcess process;
        process.start(qEnvironmentVariable("PROOFER_BIN"), { QStringLiteral("scan"), QStringLiteral("--help") });
        QVERIFY(process.waitForFinished(30000));
        QVERIFY(process.readAllStandardOutput().contains("--thorough"));
    }

private:
    static bool writeFile(const QString &path, const QByteArray &data)
    {
        QFile file(path);
        return file.open(QIODevice::WriteOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner) && file.write(data) == data.size();
    }

    qint64 connectionsLogged() const
    {
        QTest::qWait(200); // the server writes its log on its own time
        QFile log(m_postgres.logFile());
        return log.open(QIODevice::ReadOnly) ? log.readAll().count("connection received:") : -1;
    }

    Run scan(const QStringList &extra) const
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dataHome.path());
        process.setProcessEnvironment(env);
        process.start(qEnvironmentVariable("PROOFER_BIN"), QStringList { QStringLiteral("scan"), QStringLiteral("--targets"),
                                                                         m_targets, QStringLiteral("--format"), QStringLiteral("json") }
                                                               + extra);
        Run run;
        if (!process.waitForFinished(120000))
            return run;
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
        run.out = process.readAllStandardOutput();
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

    QTemporaryDir m_dataHome;
    QTemporaryDir m_dir;
    Test::CertFactory m_ca;
    Test::PostgresServer m_postgres { &m_ca };
    QString m_targets;
};

QTEST_GUILESS_MAIN(TestScanThorough)

#include "testscanthorough.moc"
