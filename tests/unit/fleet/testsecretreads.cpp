// SPDX-License-Identifier: GPL-3.0-or-later
// The Secrets a scan reads by name when it may not list them (fleet/secretreads): every reference of the workloads'
// pod templates — secret and projected volumes, env secretKeyRef, envFrom secretRef, in containers and init
// containers — each once, sorted; nothing else (ConfigMaps, pods' own specs).
#include "fleet/secretreads.h"

#include <QJsonDocument>
#include <QTest>

class TestSecretReads final : public QObject
{
    Q_OBJECT

private slots:
    void namesEveryReferenceOnce()
    {
        const QJsonObject deployment = QJsonDocument::fromJson(R"({"kind":"Deployment","spec":{"template":{"spec":{
            "volumes":[{"name":"tls","secret":{"secretName":"postgres-tls"}},
                       {"name":"conf","configMap":{"name":"not-a-secret"}},
                       {"name":"both","projected":{"sources":[{"secret":{"name":"projected-one"}},{"configMap":{"name":"cm"}}]}}],
            "initContainers":[{"name":"fix-tls-permissions","envFrom":[{"secretRef":{"name":"init-env"}}]}],
            "containers":[{"name":"postgres","env":[
                {"name":"POSTGRES_PASSWORD","valueFrom":{"secretKeyRef":{"name":"auth-db-secret","key":"POSTGRES_PASSWORD"}}},
                {"name":"POSTGRES_USER","valueFrom":{"secretKeyRef":{"name":"auth-db-secret","key":"POSTGRES_USER"}}},
                {"name":"PLAIN","value":"x"}]}]}}}})")
                                           .object();
        const QJsonObject statefulSet = QJsonDocument::fromJson(R"({"kind":"StatefulSet","spec":{"template":{"spec":{
            "volumes":[{"name":"tls","secret":{"secretName":"postgres-tls"}}],
            "containers":[{"name":"redis","envFrom":[{"secretRef":{"name":"redis-secrets"}},{"configMapRef":{"name":"cm"}}]}]}}}})")
                                            .object();
        QCOMPARE(
            Fleet::referencedSecretNames({ deployment, statefulSet }),
            (QStringList { QStringLiteral("auth-db-secret"), QStringLiteral("init-env"), QStringLiteral("postgres-tls"),
                           QStringLiteral("projected-one"), QStringLiteral("redis-secrets") }));
        QVERIFY(Fleet::referencedSecretNames({}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSecretReads)
#include "testsecretreads.moc"
