// SPDX-License-Identifier: GPL-3.0-or-later
// Manifests as kubectl reads them: documents, types, namespaces, directories in name order, and a malformed
// document named by file and line (proofer demo --manifests exits 2 on it).
#include "demo/manifestfleet.h"
#include "demo/manifestloader.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

bool writeFile(const QString &path, const QByteArray &text)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text) == text.size();
}

} // namespace

class TestManifestLoader final : public QObject
{
    Q_OBJECT

private slots:
    void documentsAndTypes()
    {
        const QByteArray yaml = "# a comment\n"
                                "---\n"
                                "apiVersion: v1\n"
                                "kind: Secret\n"
                                "metadata:\n"
                                "  name: s\n"
                                "stringData:\n"
                                "  PORT: \"5432\"\n"
                                "---\n"
                                "---\n"
                                "apiVersion: apps/v1\n"
                                "kind: Deployment\n"
                                "metadata: {name: d, namespace: other}\n"
                                "spec:\n"
                                "  replicas: 2\n"
                                "  paused: false\n"
                                "  template:\n"
                                "    spec:\n"
                                "      volumes:\n"
                                "      - name: v\n"
                                "        secret: {secretName: s, defaultMode: 0600, optional: yes}\n"
                                "      - name: w\n"
                                "        emptyDir: {}\n"
                                "      - name: x\n"
                                "        configMap: {name: c, defaultMode: 0o440}\n";
        Demo::ManifestSet set;
        QVERIFY2(Demo::parseManifests(yaml, QStringLiteral("in.yaml"), &set), qPrintable(set.error));
        QCOMPARE(set.objects.size(), 2);
        QCOMPARE(set.objects.at(0).line, 3);
        QCOMPARE(set.objects.at(1).line, 11);
        QCOMPARE(set.objects.at(0).object.value(QStringLiteral("stringData")).toObject().value(QStringLiteral("PORT")),
                 QJsonValue(QStringLiteral("5432"))); // quoted: a string
        const QJsonObject spec = set.objects.at(1).object.value(QStringLiteral("spec")).toObject();
        QCOMPARE(spec.value(QStringLiteral("replicas")), QJsonValue(2));
        QCOMPARE(spec.value(QStringLiteral("paused")), QJsonValue(false));
        const QJsonArray volumes
            = spec.value(QStringLiteral("template")).toObject().value(QStringLiteral("spec")).toObject().value(QStringLiteral("volumes")).toArray();
        const QJsonObject secret = volumes.at(0).toObject().value(QStringLiteral("secret")).toObject();
        QCOMPARE(secret.value(QStringLiteral("defaultMode")), QJsonValue(0600)); // YAML 1.1 octal, as kubectl reads it
        QCOMPARE(secret.value(QStringLiteral("optional")), QJsonValue(true));
        QCOMPARE(volumes.at(1).toObject().value(QStringLiteral("emptyDir")), QJsonValue(QJsonObject()));
        QCOMPARE(volumes.at(2).toObject().value(QStringLiteral("configMap")).toObject().value(QStringLiteral("defaultMode")),
                 QJsonValue(0440));
        QCOMPARE(Demo::namespaceFor(set.objects.at(0).object, QStringLiteral("bakery-ia")), QStringLiteral("bakery-ia"));
        QCOMPARE(Demo::namespaceFor(set.objects.at(0).object, QString()), QStringLiteral("default"));
        QCOMPARE(Demo::namespaceFor(set.objects.at(1).object, QStringLiteral("bakery-ia")), QStringLiteral("other"));
    }

    void listsAreExpanded()
    {
        Demo::ManifestSet set;
        QVERIFY(Demo::parseManifests("apiVersion: v1\nkind: List\nitems:\n"
                                     "- {apiVersion: v1, kind: ConfigMap, metadata: {name: a}}\n"
                                     "- {apiVersion: v1, kind: ConfigMap, metadata: {name: b}}\n",
                                     QStringLiteral("list.yaml"), &set));
        QCOMPARE(set.objects.size(), 2);
        QCOMPARE(set.objects.at(1).object.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("name")),
                 QJsonValue(QStringLiteral("b")));
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("says");
        QTest::newRow("bad indentation") << QByteArray("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n"
                                                       " data: x\n")
                                         << QStringLiteral("m.yaml:5:") << QString();
        QTest::newRow("unclosed flow") << QByteArray("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a\n")
                                       << QStringLiteral("m.yaml:") << QString();
        QTest::newRow("no kind, second document")
            << QByteArray("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n---\napiVersion: v1\nmetadata: "
                          "{name: b}\n")
            << QStringLiteral("m.yaml:5:") << QStringLiteral("kind not set");
        QTest::newRow("not a mapping") << QByteArray("- a\n- b\n") << QStringLiteral("m.yaml:1:")
                                       << QStringLiteral("mapping");
        QTest::newRow("no name") << QByteArray("apiVersion: v1\nkind: Secret\nmetadata: {}\n")
                                 << QStringLiteral("m.yaml:1:") << QStringLiteral("metadata.name");
        QTest::newRow("duplicate key") << QByteArray("apiVersion: v1\nkind: Secret\nmetadata: {name: a}\nkind: x\n")
                                       << QStringLiteral("m.yaml:4:") << QStringLiteral("already defined");
    }

    void malformed()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, where);
        QFETCH(QString, says);
        Demo::ManifestSet set;
        QVERIFY(!Demo::parseManifests(yaml, QStringLiteral("m.yaml"), &set));
        QVERIFY2(set.error.startsWith(where), qPrintable(set.error));
        QVERIFY2(set.error.contains(says), qPrintable(set.error));
    }

    void directoryInNameOrder()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(QStringLiteral("b/20-x.yaml")),
                          "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: third}\n"));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("a/10-x.yml")),
                          "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: first}\n"));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("a/20-x.json")),
                          R"({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "second"}})"));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("a/README.md")), "not a manifest"));
        const Demo::ManifestSet set = Demo::loadManifests(dir.path());
        QVERIFY2(set.error.isEmpty(), qPrintable(set.error));
        QStringList names;
        for (const Demo::ManifestObject &object : set.objects)
            names << object.object.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("name")).toString();
        QCOMPARE(names, (QStringList { QStringLiteral("first"), QStringLiteral("second"), QStringLiteral("third") }));
    }

    void untranslatedIsListed()
    {
        Demo::ManifestSet set;
        QVERIFY(Demo::parseManifests(
            "apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata: {name: api-gateway}\n---\n"
            "apiVersion: batch/v1\nkind: CronJob\nmetadata: {name: backup}\n---\n"
            "apiVersion: storage.k8s.io/v1\nkind: StorageClass\nmetadata: {name: fast}\n---\n"
            "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: db}\nspec:\n  template:\n    spec:\n"
            "      containers:\n      - {name: pg, image: 'postgres:17-alpine', livenessProbe: {}, resources: {}}\n"
            "      - {name: mq, image: 'bitnami/rabbitmq:3'}\n"
            "      - {name: broker, image: 'rabbitmq:3.13-management'}\n",
            QStringLiteral("m.yaml"), &set));
        QStringList classes;
        const QStringList notes = Demo::untranslatedNotes(set, {}, &classes);
        QCOMPARE(classes, QStringList { QStringLiteral("fast") });
        QVERIFY2(notes.contains(QStringLiteral("ignored: Ingress/api-gateway (stored, not served)")),
                 qPrintable(notes.join(u'\n')));
        // The API stores CronJobs (packaging/k8s applies one): stored, and said not to run.
        QVERIFY2(notes.join(u'\n').contains(QStringLiteral("ignored: CronJob/backup (stored, its pods are not run)")),
                 qPrintable(notes.join(u'\n')));
        QVERIFY2(notes.join(u'\n').contains(QStringLiteral("Deployment/db fields livenessProbe, resources")),
                 qPrintable(notes.join(u'\n')));
        QVERIFY2(notes.join(u'\n').contains(QStringLiteral("container mq (image bitnami/rabbitmq:3 runs nothing")),
                 qPrintable(notes.join(u'\n')));
        // The official rabbitmq image runs a broker: it is not listed as running nothing.
        QVERIFY2(!notes.join(u'\n').contains(QStringLiteral("container broker")), qPrintable(notes.join(u'\n')));
    }

    // proofer demo --manifests on a malformed file: its file and line on standard error, exit status 2.
    void cliExitsTwoOnMalformed()
    {
        const QString proofer = qEnvironmentVariable("PROOFER_BIN");
        QVERIFY2(QFile::exists(proofer), "PROOFER_BIN must point at the proofer binary");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("platform/10-bad.yaml"));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("platform/00-ok.yaml")),
                          "apiVersion: v1\nkind: Namespace\nmetadata: {name: bakery-ia}\n"));
        QVERIFY(writeFile(path, "apiVersion: v1\nkind: Secret\nmetadata:\n  name: a\n  labels: [x\n"));
        QProcess process;
        process.start(proofer, { QStringLiteral("demo"), QStringLiteral("--manifests"), dir.filePath(QStringLiteral("platform")),
                                 QStringLiteral("--state-dir"), dir.filePath(QStringLiteral("state")) });
        QVERIFY(process.waitForFinished(30000));
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QCOMPARE(process.exitCode(), 2);
        QVERIFY2(err.contains(path + QStringLiteral(":")), qPrintable(err));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("state/kubeconfig"))));

        // Standard input too, named "-".
        QProcess fromStdin;
        fromStdin.start(proofer, { QStringLiteral("demo"), QStringLiteral("--manifests"), QStringLiteral("-"),
                                   QStringLiteral("--state-dir"), dir.filePath(QStringLiteral("state")) });
        QVERIFY(fromStdin.waitForStarted());
        fromStdin.write("apiVersion: v1\nkind: Secret\n");
        fromStdin.closeWriteChannel();
        QVERIFY(fromStdin.waitForFinished(30000));
        QCOMPARE(fromStdin.exitCode(), 2);
        QVERIFY2(fromStdin.readAllStandardError().contains("-:1:"), "stdin error not named");
    }
};

QTEST_GUILESS_MAIN(TestManifestLoader)
#include "testmanifestloader.moc"
