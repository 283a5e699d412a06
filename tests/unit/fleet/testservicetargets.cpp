// SPDX-License-Identifier: GPL-3.0-or-later
// In a pod, the scan reaches each datastore through its Service's DNS name and port (Fleet::throughServices), never
// through a port-forward; the certificate is still verified against the name it should carry.
#include "fleet/servicetargets.h"

#include <QTest>

namespace {

Fleet::ScanTarget podTarget(const QString &name, Fleet::Kind kind, const QString &service, quint16 servicePort, quint16 podPort)
{
    Fleet::Datastore store;
    store.name = name;
    store.kind = kind;
    store.namespaceName = QStringLiteral("bakery-ia");
    store.serviceName = service;
    store.servicePort = servicePort;
    store.containerPort = podPort;
    Fleet::ScanTarget target;
    target.name = name;
    target.kind = kind;
    target.namespaceName = store.namespaceName;
    target.pod = name + QStringLiteral("-0");
    target.podPort = podPort;
    target.port = podPort;
    target.serverName = service + QStringLiteral(".bakery-ia.svc.cluster.local");
    target.k8s = store;
    if (kind == Fleet::Kind::RabbitMQ) {
        target.podPlaintextPort = 5672;
        target.podManagementPort = 15672;
    }
    return target;
}

} // namespace

Q_DECLARE_METATYPE(Fleet::ScanTarget)

class TestServiceTargets final : public QObject
{
    Q_OBJECT

private slots:
    void throughServices_data()
    {
        QTest::addColumn<Fleet::ScanTarget>("target");
        QTest::addColumn<QString>("endpoint"); ///< host:port after; a pod name: still port-forwarded
        QTest::addColumn<quint16>("plaintextPort");
        QTest::newRow("postgresql") << podTarget(QStringLiteral("auth-db"), Fleet::Kind::PostgreSQL, QStringLiteral("auth-db-service"), 5432, 5432)
                                    << QStringLiteral("auth-db-service.bakery-ia.svc:5432") << quint16(0);
        QTest::newRow("service port differs from the container's")
            << podTarget(QStringLiteral("redis"), Fleet::Kind::Redis, QStringLiteral("redis-service"), 6380, 6379)
            << QStringLiteral("redis-service.bakery-ia.svc:6380") << quint16(0);
        QTest::newRow("rabbitmq") << podTarget(QStringLiteral("rabbitmq"), Fleet::Kind::RabbitMQ, QStringLiteral("rabbitmq"), 5671, 5671)
                                  << QStringLiteral("rabbitmq.bakery-ia.svc:5671") << quint16(5672);
        QTest::newRow("no service: still through its pod")
            << podTarget(QStringLiteral("orders-db"), Fleet::Kind::PostgreSQL, QString(), 0, 5432) << QStringLiteral("orders-db-0")
            << quint16(0);
    }

    void throughServices()
    {
        QFETCH(Fleet::ScanTarget, target);
        QFETCH(QString, endpoint);
        QFETCH(quint16, plaintextPort);
        const QString serverName = target.serverName;
        const QList<Fleet::ScanTarget> direct = Fleet::throughServices({target});
        QCOMPARE(direct.size(), 1);
        const Fleet::ScanTarget &after = direct.constFirst();
        QCOMPARE(after.serverName, serverName); // verified against the name the certificate should carry
        if (!endpoint.contains(u':')) {
            QCOMPARE(after.pod, endpoint);
            return;
        }
        QVERIFY(after.pod.isEmpty());
        QCOMPARE(after.podPort, quint16(0));
        QCOMPARE(after.endpoint(), endpoint);
        QCOMPARE(after.plaintextPort, plaintextPort);
    }
};

QTEST_GUILESS_MAIN(TestServiceTargets)
#include "testservicetargets.moc"
