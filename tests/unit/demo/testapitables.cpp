// SPDX-License-Identifier: GPL-3.0-or-later
// The Table answers kubectl get asks for: the columns and cells it prints (READY, STATUS, RESTARTS, AGE…).
#include "demo/apiresources.h"
#include "demo/apitables.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

class TestApiTables final : public QObject
{
    Q_OBJECT

private slots:
    void accept_data()
    {
        QTest::addColumn<QByteArray>("accept");
        QTest::addColumn<bool>("table");
        QTest::newRow("kubectl get") << QByteArray("application/json;as=Table;v=v1;g=meta.k8s.io,application/json;as=Table;v=v1beta1;g=meta.k8s.io,application/json")
                                     << true;
        QTest::newRow("client") << QByteArray("application/json") << false;
        QTest::newRow("json first") << QByteArray("application/json, application/json;as=Table;v=v1;g=meta.k8s.io") << false;
        QTest::newRow("v1beta1 only") << QByteArray("application/json;as=Table;v=v1beta1;g=meta.k8s.io") << false;
        QTest::newRow("none") << QByteArray() << false;
    }

    void accept()
    {
        QFETCH(QByteArray, accept);
        QFETCH(bool, table);
        QCOMPARE(Demo::acceptsTable(accept), table);
    }

    void ages_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("text");
        QTest::newRow("seconds") << qint64(15) << QStringLiteral("15s");
        QTest::newRow("119 s") << qint64(119) << QStringLiteral("119s");
        QTest::newRow("minutes and seconds") << qint64(185) << QStringLiteral("3m5s");
        QTest::newRow("minutes") << qint64(1500) << QStringLiteral("25m");
        QTest::newRow("hours and minutes") << qint64(3 * 3600 + 120) << QStringLiteral("3h2m");
        QTest::newRow("hours") << qint64(20 * 3600) << QStringLiteral("20h");
        QTest::newRow("days and hours") << qint64(3 * 86400 + 4 * 3600) << QStringLiteral("3d4h");
        QTest::newRow("days") << qint64(40 * 86400) << QStringLiteral("40d");
        QTest::newRow("years") << qint64(800 * 86400) << QStringLiteral("2y");
    }

    void ages()
    {
        QFETCH(qint64, seconds);
        QFETCH(QString, text);
        QCOMPARE(Demo::humanAge(seconds), text);
    }

    void podRows_data()
    {
        QTest::addColumn<QByteArray>("status");
        QTest::addColumn<QString>("ready");
        QTest::addColumn<QString>("shown");
        QTest::addColumn<int>("restarts");
        QTest::newRow("running") << QByteArray(R"({"phase": "Running", "containerStatuses": [{"ready": true, "restartCount": 0, "state": {"running": {}}}]})")
                                 << QStringLiteral("1/1") << QStringLiteral("Running") << 0;
        QTest::newRow("crash loop") << QByteArray(R"({"phase": "Running", "containerStatuses": [{"ready": false, "restartCount": 3, "state": {"waiting": {"reason": "CrashLoopBackOff"}}}]})")
                                    << QStringLiteral("0/1") << QStringLiteral("CrashLoopBackOff") << 3;
        QTest::newRow("init failing") << QByteArray(R"({"phase": "Pending", "initContainerStatuses": [{"state": {"waiting": {"reason": "CrashLoopBackOff"}}}], "containerStatuses": [{"ready": false, "restartCount": 0, "state": {"waiting": {"reason": "PodInitializing"}}}]})")
                                      << QStringLiteral("0/1") << QStringLiteral("Init:CrashLoopBackOff") << 0;
        QTest::newRow("unschedulable") << QByteArray(R"({"phase": "Pending"})") << QStringLiteral("0/1")
                                       << QStringLiteral("Pending") << 0;
    }

    void podRows()
    {
        QFETCH(QByteArray, status);
        QFETCH(QString, ready);
        QFETCH(QString, shown);
        QFETCH(int, restarts);
        const QDateTime now = QDateTime::fromString(QStringLiteral("2026-01-01T00:10:00Z"), Qt::ISODate);
        const QJsonObject pod { { QStringLiteral("metadata"),
                                  QJsonObject { { QStringLiteral("name"), QStringLiteral("auth-db-x") },
                                                { QStringLiteral("creationTimestamp"), QStringLiteral("2026-01-01T00:00:00Z") } } },
                                { QStringLiteral("spec"),
                                  QJsonObject { { QStringLiteral("containers"), QJsonArray { QJsonObject() } } } },
                                { QStringLiteral("status"), QJsonDocument::fromJson(status).object() } };
        const QJsonObject table = Demo::tableOf(*Demo::findApiResource(QStringLiteral("v1"), QStringLiteral("pods")),
                                                { pod }, {}, now);
        QCOMPARE(table.value(QStringLiteral("kind")).toString(), QStringLiteral("Table"));
        QStringList columns;
        for (const QJsonValue &c : table.value(QStringLiteral("columnDefinitions")).toArray()) {
            if (c.toObject().value(QStringLiteral("priority")).toInt() == 0)
                columns << c.toObject().value(QStringLiteral("name")).toString();
        }
        QCOMPARE(columns, (QStringList { QStringLiteral("Name"), QStringLiteral("Ready"), QStringLiteral("Status"),
                                         QStringLiteral("Restarts"), QStringLiteral("Age") }));
        const QJsonObject row = table.value(QStringLiteral("rows")).toArray().at(0).toObject();
        const QJsonArray cells = row.value(QStringLiteral("cells")).toArray();
        QCOMPARE(cells.at(0).toString(), QStringLiteral("auth-db-x"));
        QCOMPARE(cells.at(1).toString(), ready);
        QCOMPARE(cells.at(2).toString(), shown);
        QCOMPARE(cells.at(3).toInt(), restarts);
        QCOMPARE(cells.at(4).toString(), QStringLiteral("10m"));
        QCOMPARE(row.value(QStringLiteral("object")).toObject().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("PartialObjectMetadata"));
    }

    void claimRow()
    {
        const QJsonObject claim = QJsonDocument::fromJson(R"({"metadata": {"name": "auth-db-pvc"},
            "spec": {"volumeName": "pvc-1", "storageClassName": "standard"},
            "status": {"phase": "Bound", "accessModes": ["ReadWriteOnce"], "capacity": {"storage": "2Gi"}}})").object();
        const QJsonObject table = Demo::tableOf(
            *Demo::findApiResource(QStringLiteral("v1"), QStringLiteral("persistentvolumeclaims")), { claim }, {});
        const QJsonArray cells = table.value(QStringLiteral("rows")).toArray().at(0).toObject().value(QStringLiteral("cells")).toArray();
        QCOMPARE(cells.at(1).toString(), QStringLiteral("Bound"));
        QCOMPARE(cells.at(3).toString(), QStringLiteral("2Gi"));
        QCOMPARE(cells.at(4).toString(), QStringLiteral("RWO"));
        QCOMPARE(cells.at(5).toString(), QStringLiteral("standard"));
    }
};

QTEST_GUILESS_MAIN(TestApiTables)
#include "testapitables.moc"
