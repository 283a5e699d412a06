// SPDX-License-Identifier: GPL-3.0-or-later
// Publishing snapshots to ConfigMaps (report/publish) through the real client against the Kubernetes API emulator
// over HTTPS: created, then updated under its resourceVersion; a 409 retried once after reading again, a second one
// an error; copies NAME-<time> kept up to N, the oldest deleted first and nothing that is not Proofer's copy of that
// NAME; a ConfigMap of the same name that is not Proofer's left alone; and reading them back, newest first, in both
// encodings, one that would decode too large refused while the others are read.
#include "emulatorfixture.h"
#include "kubetestutil.h"

#include "kube/kubeclient.h"
#include "report/publish.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTest>

namespace {

QString key(const char16_t *text)
{
    return QString::fromUtf16(text);
}

QDateTime at(int minute)
{
    return QDateTime(QDate(2026, 12, 8), QTime(3, minute, 0), Qt::UTC);
}

QByteArray snapshotJson(int minute)
{
    return "{\"takenAt\":\"" + at(minute).toString(Qt::ISODate).toUtf8() + "\"}";
}

QString nameOf(const QJsonObject &object)
{
    return object.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("name")).toString();
}

} // namespace

class TestPublish final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(m_emulator.isValid(), qPrintable(m_emulator.errorString()));
        m_client = std::make_unique<Kube::KubeClient>(Test::contextFor(m_emulator.kubeconfigPath()));
    }

    void init()
    {
        for (const QJsonObject &configMap : m_emulator.store().list(QStringLiteral("configmaps"), ns()))
            m_emulator.store().remove(QStringLiteral("configmaps"), ns(), nameOf(configMap));
    }

    void createsThenUpdatesAndKeepsCopies()
    {
        // Somebody else's ConfigMaps, one even named like a copy: never deleted.
        m_emulator.server().createObject(
            QJsonObject {
                { QStringLiteral("kind"), QStringLiteral("ConfigMap") },
                { QStringLiteral("metadata"),
                  QJsonObject { { QStringLiteral("name"), QStringLiteral("proofer-snapshot-20200101t000000z") } } } },
            ns());
        Report::PublishTarget target;
        target.namespaceName = ns();
        target.keep = 2;
        QStringList deleted;
        for (int minute = 0; minute < 4; ++minute) {
            const Report::PublishResult result = publish(target, minute);
            QVERIFY2(result.ok(), qPrintable(result.error));
            QCOMPARE(result.created, minute == 0);
            QCOMPARE(result.encoding, QStringLiteral("json"));
            QCOMPARE(result.historyName, Report::historyName(target.name, at(minute)));
            deleted += result.deleted;
        }
        // The two oldest copies went, oldest first.
        QCOMPARE(deleted,
                 (QStringList { Report::historyName(target.name, at(0)), Report::historyName(target.name, at(1)) }));
        QStringList names;
        for (const QJsonObject &configMap : m_emulator.store().list(QStringLiteral("configmaps"), ns()))
            names << nameOf(configMap);
        QCOMPARE(names,
                 (QStringList { QStringLiteral("proofer-snapshot"), QStringLiteral("proofer-snapshot-20200101t000000z"),
                                Report::historyName(target.name, at(2)), Report::historyName(target.name, at(3)) }));
        const QJsonObject latest = m_emulator.store().get(QStringLiteral("configmaps"), ns(), target.name);
        QCOMPARE(latest.value(QStringLiteral("data"))
                     .toObject()
                     .value(key(Report::PublishKeys::DataKey))
                     .toString()
                     .toUtf8(),
                 snapshotJson(3));

        // Read back: newest first, the latest before its own copy.
        const auto published = Test::await(Report::readPublishedSnapshots(m_client.get(), ns(), this));
        QVERIFY2(published.ok(), qPrintable(published.error()));
        QCOMPARE(published->size(), 3);
        QCOMPARE(published->at(0).name, target.name);
        QVERIFY(published->at(0).latest);
        QCOMPARE(published->at(0).json, snapshotJson(3));
        QCOMPARE(published->at(0).gradeLetter, QStringLiteral("B"));
        QCOMPARE(published->at(0).score, std::optional<double>(82.5));
        QCOMPARE(published->at(1).name, Report::historyName(target.name, at(3)));
        QCOMPARE(published->at(2).scannedAt, at(2));

        // Keep 0: no copy, and every earlier copy goes.
        target.keep = 0;
        const Report::PublishResult none = publish(target, 5);
        QVERIFY2(none.ok(), qPrintable(none.error));
        QVERIFY(none.historyName.isEmpty());
        QCOMPARE(none.deleted.size(), 2);
        QVERIFY(m_emulator.store().contains(QStringLiteral("configmaps"), ns(),
                                            QStringLiteral("proofer-snapshot-20200101t000000z")));
    }

    void conflictIsRetriedOnceThenSaid_data()
    {
        QTest::addColumn<int>("interferences");
        QTest::addColumn<bool>("ok");
        QTest::newRow("changed once meanwhile: retried") << 1 << true;
        QTest::newRow("changed at every read: an error") << 100 << false;
    }

    void conflictIsRetriedOnceThenSaid()
    {
        QFETCH(int, interferences);
        QFETCH(bool, ok);
        Report::PublishTarget target;
        target.namespaceName = ns();
        target.keep = 0;
        QVERIFY(publish(target, 0).ok());
        // Another writer changes the ConfigMap right after each read of it: the update's precondition fails.
        int left = interferences;
        int reads = 0;
        auto connection
            = connect(&m_emulator.server(), &Demo::ApiServer::requestServed, this,
                      [&](const QString &method, const QString &path, int) {
                          if (method != u"GET" || !path.endsWith(u"/configmaps/proofer-snapshot"))
                              return;
                          ++reads;
                          if (left-- <= 0)
                              return;
                          QJsonObject current = m_emulator.store().get(QStringLiteral("configmaps"), ns(), target.name);
                          QJsonObject metadata = current.value(QStringLiteral("metadata")).toObject();
                          metadata.remove(QStringLiteral("resourceVersion"));
                          current.insert(QStringLiteral("metadata"), metadata);
                          m_emulator.store().replace(QStringLiteral("configmaps"), ns(), target.name, current);
                      });
        const Report::PublishResult result = publish(target, 1);
        disconnect(connection);
        QCOMPARE(reads, 2);
        QCOMPARE(result.ok(), ok);
        if (!ok) {
            QCOMPARE(result.failure, Report::PublishResult::Failure::Cluster);
            QVERIFY2(result.error.contains(QStringLiteral("changed while it was being updated, twice")),
                     qPrintable(result.error));
        }
    }

    void foreignConfigMapIsNotOverwritten()
    {
        m_emulator.server().createObject(
            QJsonObject {
                { QStringLiteral("kind"), QStringLiteral("ConfigMap") },
                { QStringLiteral("metadata"),
                  QJsonObject { { QStringLiteral("name"), QStringLiteral("proofer-snapshot") } } },
                { QStringLiteral("data"), QJsonObject { { QStringLiteral("mine"), QStringLiteral("yes") } } } },
            ns());
        Report::PublishTarget target;
        target.namespaceName = ns();
        const Report::PublishResult result = publish(target, 0);
        QCOMPARE(result.failure, Report::PublishResult::Failure::NotOurs);
        QVERIFY2(result.error.contains(QStringLiteral("is not labelled app.kubernetes.io/managed-by=proofer")),
                 qPrintable(result.error));
        QCOMPARE(m_emulator.store()
                     .get(QStringLiteral("configmaps"), ns(), target.name)
                     .value(QStringLiteral("data"))
                     .toObject()
                     .value(QStringLiteral("mine"))
                     .toString(),
                 QStringLiteral("yes"));
    }

    void readingBackRefusesWhatDecodesTooLarge()
    {
        Report::PublishTarget target;
        target.namespaceName = ns();
        target.keep = 0;
        // A large snapshot goes gzip + base64; a bomb (9 MiB of zeros, a few KiB compressed) is published too.
        QByteArray large = "{\"pad\":\"" + QByteArray(700 * 1024, 'a') + "\"}";
        QVERIFY(Test::await(Report::publishSnapshot(m_client.get(), target, large, facts(0), this)).ok());
        target.name = QStringLiteral("bomb");
        QVERIFY(Test::await(
                    Report::publishSnapshot(m_client.get(), target, QByteArray(9 * 1024 * 1024, '0'), facts(1), this))
                    .ok());
        const auto published = Test::await(Report::readPublishedSnapshots(m_client.get(), ns(), this));
        QVERIFY2(published.ok(), qPrintable(published.error()));
        QCOMPARE(published->size(), 2);
        QCOMPARE(published->at(0).name, QStringLiteral("bomb"));
        QVERIFY(published->at(0).json.isEmpty());
        QVERIFY2(published->at(0).error.contains(QStringLiteral("more than 8192 KiB")),
                 qPrintable(published->at(0).error));
        QCOMPARE(published->at(1).json, large);
    }

    void forbiddenIsSaid()
    {
        m_emulator.server().addDenyRule({ QString::fromUtf16(Test::Emulator::CertificateUser), QStringLiteral("create"),
                                          QStringLiteral("configmaps"), ns() });
        Report::PublishTarget target;
        target.namespaceName = ns();
        const Report::PublishResult result = publish(target, 0);
        m_emulator.server().clearDenyRules();
        QCOMPARE(result.failure, Report::PublishResult::Failure::Cluster);
        QVERIFY2(result.error.contains(QStringLiteral("forbidden")) && result.error.contains(QStringLiteral("create")),
                 qPrintable(result.error));
    }

    void cliPublishes()
    {
        // The namespace holds no datastore: nothing to grade (3), and that snapshot is published all the same.
        const QStringList scan { QStringLiteral("scan"),
                                 QStringLiteral("--kubeconfig"),
                                 m_emulator.kubeconfigPath(),
                                 QStringLiteral("--no-history"),
                                 QStringLiteral("-o"),
                                 QStringLiteral("json"),
                                 QStringLiteral("--publish"),
                                 QStringLiteral("configmap/fleet-grade"),
                                 QStringLiteral("--publish-keep"),
                                 QStringLiteral("1") };
        int exitCode = -1;
        QByteArray out;
        QString err;
        proofer(scan, &exitCode, &out, &err);
        QVERIFY2(exitCode == 3, qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("Published to ConfigMap fleet-grade in namespace proofer-test (json")),
                 qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("nothing to grade")), qPrintable(err));
        const QJsonObject configMap
            = m_emulator.store().get(QStringLiteral("configmaps"), ns(), QStringLiteral("fleet-grade"));
        const auto published = Report::decodeSnapshotConfigMap(configMap);
        QVERIFY2(published.ok(), qPrintable(published.error()));
        QCOMPARE(QJsonDocument::fromJson(*published).object(), QJsonDocument::fromJson(out).object());
        QCOMPARE(configMap.value(QStringLiteral("metadata"))
                     .toObject()
                     .value(QStringLiteral("annotations"))
                     .toObject()
                     .value(key(Report::PublishKeys::Grade))
                     .toString(),
                 QStringLiteral("N/A"));

        // Publishing refused: the scan fails (3) and says why.
        m_emulator.server().addDenyRule({ QString::fromUtf16(Test::Emulator::CertificateUser), QStringLiteral("update"),
                                          QStringLiteral("configmaps"), ns() });
        proofer(scan, &exitCode, &out, &err);
        m_emulator.server().clearDenyRules();
        QCOMPARE(exitCode, 3);
        QVERIFY2(err.contains(QStringLiteral("error: the snapshot was not published:"))
                     && err.contains(QStringLiteral("forbidden")),
                 qPrintable(err));
    }

    void cliUsage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("another kind") << QStringList { QStringLiteral("--publish"), QStringLiteral("secret/x") }
                                      << QStringLiteral("--publish takes configmap or configmap/NAME");
        QTest::newRow("a name kubectl would refuse")
            << QStringList { QStringLiteral("--publish"), QStringLiteral("configmap/Grade") }
            << QStringLiteral("lowercase letters");
        QTest::newRow("with --targets") << QStringList { QStringLiteral("--publish"), QStringLiteral("configmap"),
                                                         QStringLiteral("--targets"), QStringLiteral("t.yaml") }
                                        << QStringLiteral("cannot be combined with --targets");
        QTest::newRow("keep out of range") << QStringList { QStringLiteral("--publish"), QStringLiteral("configmap"),
                                                            QStringLiteral("--publish-keep"), QStringLiteral("101") }
                                           << QStringLiteral("--publish-keep must be between 0 and 100");
        QTest::newRow("keep alone") << QStringList { QStringLiteral("--publish-keep"), QStringLiteral("3") }
                                    << QStringLiteral("--publish-keep needs --publish");
    }

    void cliUsage()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        int exitCode = -1;
        QByteArray out;
        QString err;
        proofer(QStringList { QStringLiteral("scan"), QStringLiteral("--no-history") } + arguments, &exitCode, &out,
                &err);
        QCOMPARE(exitCode, 2);
        QVERIFY2(err.contains(message), qPrintable(err));
    }

private:
    QString ns() const { return m_emulator.namespaceName(); }

    /** Runs bin/proofer while this thread's event loop keeps turning (the emulator lives here). */
    void proofer(const QStringList &arguments, int *exitCode, QByteArray *out, QString *err)
    {
        QProcess process;
        process.start(qEnvironmentVariable("PROOFER_BIN"), arguments);
        *exitCode = -1;
        QVERIFY(process.waitForStarted(10000));
        if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 120000)) {
            process.kill();
            process.waitForFinished();
            return;
        }
        *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
        *out = process.readAllStandardOutput();
        *err = QString::fromUtf8(process.readAllStandardError());
    }

    static Report::PublishFacts facts(int minute) { return { QStringLiteral("B"), 82.5, at(minute) }; }

    Report::PublishResult publish(const Report::PublishTarget &target, int minute)
    {
        return Test::await(Report::publishSnapshot(m_client.get(), target, snapshotJson(minute), facts(minute), this));
    }

    Test::Emulator m_emulator;
    std::unique_ptr<Kube::KubeClient> m_client;
};

QTEST_GUILESS_MAIN(TestPublish)
#include "testpublish.moc"
