// SPDX-License-Identifier: GPL-3.0-or-later
// What a renewal plan refuses before it changes anything, from hand-made manifests (the guide's layout, changed
// row by row): it writes back only to Secret keys the mount chain resolved, never guesses, never splits a
// certificate from its key across Secrets, and never writes one key two ways for datastores sharing a Secret.
#include "../../fixtures/manifests/guidelayout.h"
#include "fleet/inventory.h"
#include "ops/certrenewal.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

namespace {

template<typename T> T await(QFuture<T> future, int timeoutMs = 120000)
{
    if (!QTest::qWaitFor([&] { return future.isFinished(); }, timeoutMs))
        return T{};
    return future.result();
}

using Change = std::function<void(GuideLayout::Objects &)>;

/** Applies @p change to the pod spec of the Deployment @p name. */
void editPodSpec(GuideLayout::Objects &o, const QString &name, const std::function<void(QJsonObject &)> &change)
{
    for (QJsonObject &deployment : o.deployments) {
        if (deployment.value(QLatin1String("metadata")).toObject().value(QLatin1String("name")).toString() != name)
            continue;
        QJsonObject spec = deployment.value(QLatin1String("spec")).toObject();
        QJsonObject templ = spec.value(QLatin1String("template")).toObject();
        QJsonObject podSpec = templ.value(QLatin1String("spec")).toObject();
        change(podSpec);
        templ.insert(QStringLiteral("spec"), podSpec);
        spec.insert(QStringLiteral("template"), templ);
        deployment.insert(QStringLiteral("spec"), spec);
    }
}

void setArgs(QJsonObject &podSpec, const QJsonArray &args)
{
    QJsonArray containers = podSpec.value(QLatin1String("containers")).toArray();
    QJsonObject container = containers.first().toObject();
    container.insert(QStringLiteral("args"), args);
    containers[0] = container;
    podSpec.insert(QStringLiteral("containers"), containers);
}

} // namespace

Q_DECLARE_METATYPE(Change)

class TestRenewalPlan final : public QObject
{
    Q_OBJECT

private slots:
    void refusesWhatItCannotWriteBack_data()
    {
        QTest::addColumn<Change>("change");
        QTest::addColumn<QString>("error");

        // Nothing refused: the plan gets as far as needing the cluster (there is none in a unit test).
        QTest::newRow("the guide's keys") << Change([](GuideLayout::Objects &) {})
                                          << QStringLiteral("connection to the cluster is gone");
        QTest::newRow("certificate and key from two Secrets") << Change([](GuideLayout::Objects &o) {
            editPodSpec(o, QStringLiteral("auth-db"), [](QJsonObject &podSpec) {
                QJsonArray volumes = podSpec.value(QLatin1String("volumes")).toArray();
                for (qsizetype i = 0; i < volumes.size(); ++i) {
                    if (volumes.at(i).toObject().value(QLatin1String("name")).toString() != u"tls-certs")
                        continue;
                    volumes[i] = QJsonObject{
                        {QStringLiteral("name"), QStringLiteral("tls-certs")},
                        {QStringLiteral("projected"),
                         QJsonObject{{QStringLiteral("defaultMode"), 0600},
                                     {QStringLiteral("sources"),
                                      QJsonArray{QJsonObject{{QStringLiteral("secret"),
                                                              QJsonObject{{QStringLiteral("name"), QStringLiteral("postgres-tls")},
                                                                          {QStringLiteral("items"),
                                                                           QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("server-cert.pem")},
                                                                                                  {QStringLiteral("path"), QStringLiteral("server-cert.pem")}},
                                                                                      QJsonObject{{QStringLiteral("key"), QStringLiteral("ca-cert.pem")},
                                                                                                  {QStringLiteral("path"), QStringLiteral("ca-cert.pem")}}}}}}},
                                                 QJsonObject{{QStringLiteral("secret"),
                                                              QJsonObject{{QStringLiteral("name"), QStringLiteral("postgres-key")},
                                                                          {QStringLiteral("items"),
                                                                           QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("key.pem")},
                                                                                                  {QStringLiteral("path"), QStringLiteral("server-key.pem")}}}}}}}}}}}};
                }
                podSpec.insert(QStringLiteral("volumes"), volumes);
            });
        }) << QStringLiteral("reads its certificate from the Secret postgres-tls and its key from the Secret postgres-key");
        QTest::newRow("files the manifests do not name") << Change([](GuideLayout::Objects &o) {
            editPodSpec(o, QStringLiteral("auth-db"), [](QJsonObject &podSpec) { setArgs(podSpec, QJsonArray{QStringLiteral("postgres")}); });
        }) << QStringLiteral("which certificate file its server reads is not known");
        QTest::newRow("a shared Secret read through different keys") << Change([](GuideLayout::Objects &o) {
            editPodSpec(o, QStringLiteral("tenant-db"), [](QJsonObject &podSpec) {
                setArgs(podSpec, QJsonArray{QStringLiteral("postgres"), QStringLiteral("-c"), QStringLiteral("config_file=/etc/postgresql/postgresql.conf"),
                                            QStringLiteral("-c"), QStringLiteral("ssl_key_file=/tls/ca-cert.pem")});
            });
        }) << QStringLiteral("read different keys of it");
    }

    void refusesWhatItCannotWriteBack()
    {
        QFETCH(Change, change);
        QFETCH(QString, error);
        GuideLayout::Objects objects = GuideLayout::build(QStringLiteral("bakery-ia"), GuideLayout::Naming::Guide,
                                                          GuideLayout::Layout::Direct, {"C", "K", "RC", "RK", "CA"});
        change(objects);
        Fleet::InventoryResult inventory;
        inventory.objects.namespaceName = QStringLiteral("bakery-ia");
        inventory.objects.deployments = objects.deployments;
        inventory.objects.services = objects.services;
        inventory.objects.secrets = objects.secrets;
        inventory.objects.configMaps = objects.configMaps;
        inventory.datastores = Fleet::discover(inventory.objects);
        QTemporaryDir dir;
        Ops::RenewalOptions options;
        options.namespaceName = QStringLiteral("bakery-ia");
        options.datastores = {QStringLiteral("auth-db")};
        options.keyType = Ops::KeyPair::Type::EcP256;
        options.outputDirectory = dir.filePath(QStringLiteral("out"));
        QObject context;
        const Ops::RenewalPlan plan = await(Ops::buildCertRenewal(nullptr, inventory, options, &context));
        QVERIFY(!plan.plan);
        QVERIFY2(plan.error.contains(error), qPrintable(plan.error));
    }
};

QTEST_GUILESS_MAIN(TestRenewalPlan)
#include "testrenewalplan.moc"
