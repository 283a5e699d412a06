// SPDX-License-Identifier: GPL-3.0-or-later
// The pure parts of the password rotation plan: which workloads restart, which annotation records the date,
// what the plan refuses to build.
#include "ops/passwordrotation.h"

#include <QJsonArray>
#include <QTest>

namespace {

QJsonObject workload(const QString &name, const QJsonObject &podSpec)
{
    return QJsonObject {{QStringLiteral("metadata"), QJsonObject {{QStringLiteral("name"), name}}},
                        {QStringLiteral("spec"),
                         QJsonObject {{QStringLiteral("template"), QJsonObject {{QStringLiteral("spec"), podSpec}}}}}};
}

QJsonObject container(const QJsonObject &extra)
{
    QJsonObject c {{QStringLiteral("name"), QStringLiteral("app")}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        c.insert(it.key(), it.value());
    return c;
}

} // namespace

class TestRotationPlan final : public QObject
{
    Q_OBJECT

private slots:
    void workloadsUsingSecret()
    {
        Fleet::ClusterObjects objects;
        const QJsonObject envRef {
            {QStringLiteral("env"),
             QJsonArray {QJsonObject {{QStringLiteral("name"), QStringLiteral("DB_PASSWORD")},
                                      {QStringLiteral("valueFrom"),
                                       QJsonObject {{QStringLiteral("secretKeyRef"),
                                                     QJsonObject {{QStringLiteral("name"), QStringLiteral("auth-db-secret")},
                                                                  {QStringLiteral("key"), QStringLiteral("P")}}}}}}}}};
        const QJsonObject envFrom {{QStringLiteral("envFrom"),
                                    QJsonArray {QJsonObject {{QStringLiteral("secretRef"),
                                                              QJsonObject {{QStringLiteral("name"),
                                                                            QStringLiteral("auth-db-secret")}}}}}}};
        objects.deployments << workload(QStringLiteral("auth-db"),
                                        {{QStringLiteral("containers"), QJsonArray {container(envRef)}}})
                            << workload(QStringLiteral("auth-service"),
                                        {{QStringLiteral("containers"), QJsonArray {container(envRef)}}})
                            << workload(QStringLiteral("worker"),
                                        {{QStringLiteral("initContainers"), QJsonArray {container(envFrom)}}})
                            << workload(QStringLiteral("unrelated"),
                                        {{QStringLiteral("containers"), QJsonArray {container({})}}});
        objects.statefulSets << workload(
            QStringLiteral("mounter"),
            {{QStringLiteral("containers"), QJsonArray {container({})}},
             {QStringLiteral("volumes"),
              QJsonArray {QJsonObject {{QStringLiteral("name"), QStringLiteral("creds")},
                                       {QStringLiteral("secret"),
                                        QJsonObject {{QStringLiteral("secretName"), QStringLiteral("auth-db-secret")}}}}}}});
        QCOMPARE(Ops::workloadsUsingSecret(objects, QStringLiteral("auth-db-secret"), QStringLiteral("auth-db")),
                 (QStringList {QStringLiteral("Deployment/auth-service"), QStringLiteral("Deployment/worker"),
                               QStringLiteral("StatefulSet/mounter")}));
        QVERIFY(Ops::workloadsUsingSecret(objects, QStringLiteral("other"), {}).isEmpty());
    }

    void annotationKey()
    {
        const auto secret = [](const QJsonObject &annotations) {
            return QJsonObject {
                {QStringLiteral("metadata"), QJsonObject {{QStringLiteral("annotations"), annotations}}}};
        };
        QCOMPARE(Ops::rotationAnnotationKey(secret({})), QStringLiteral("bakery-ia.io/password-rotated-at"));
        QCOMPARE(Ops::rotationAnnotationKey(
                     secret({{QStringLiteral("example.com/last-rotation"), QStringLiteral("2026-01-01T00:00:00Z")},
                             {QStringLiteral("team"), QStringLiteral("db")}})),
                 QStringLiteral("example.com/last-rotation"));
    }

    void refusesWithoutNames()
    {
        Fleet::InventoryResult inventory;
        inventory.objects.namespaceName = QStringLiteral("ns");
        Ops::RotationOptions options;
        QVERIFY(!Ops::buildPasswordRotation(nullptr, inventory, options).plan);
        options.datastores = {QStringLiteral("auth-db")};
        const Ops::RotationPlan unknown = Ops::buildPasswordRotation(nullptr, inventory, options);
        QVERIFY(!unknown.plan);
        QVERIFY(unknown.error.contains(QStringLiteral("auth-db")));
        options.datastores.clear();
        options.all = true;
        QVERIFY(!Ops::buildPasswordRotation(nullptr, inventory, options).plan);
    }
};

QTEST_GUILESS_MAIN(TestRotationPlan)
#include "testrotationplan.moc"
