// SPDX-License-Identifier: GPL-3.0-or-later
// The reference guide's layout, exactly (tests/fixtures/manifests/guidelayout.h: 14 PostgreSQL and one Redis,
// Secrets postgres-tls / redis-tls with the guide's key names, a tls-certs volume, the fix-tls-permissions init
// container, postgresql.conf from a ConfigMap, component=database / component=service labels), served by the
// Kubernetes API emulator and read by discovery over HTTPS: every datastore's certificate, CA and key mode are
// found through the mount chain, the scanner verifies against that CA, the snapshot names the Secret key of each
// file — and the same layout with cert-manager's key names gives the same facts.
#include "../../fixtures/manifests/guidelayout.h"
#include "certfactory.h"
#include "emulatorfixture.h"
#include "fleet/fleetscanner.h"
#include "fleet/inventory.h"
#include "fleet/snapshot.h"
#include "kube/kubeclient.h"
#include "kubetestutil.h"
#include "probe/tlscertificate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

namespace {

template<typename T> T await(QFuture<T> future, int timeoutMs = 30000)
{
    if (!QTest::qWaitFor([&] { return future.isFinished(); }, timeoutMs))
        return T{};
    return future.result();
}

QJsonValue at(const QJsonObject &object, std::initializer_list<const char *> keys)
{
    QJsonValue value = object;
    for (const char *key : keys)
        value = value.toObject().value(QLatin1String(key));
    return value;
}

QString fingerprint(const QByteArray &pem)
{
    return Probe::parseCertificates(pem).value(0).sha256Fingerprint;
}

/** What an operator learns of one datastore's TLS material, whatever the keys are called. */
QString factsOf(const Fleet::Datastore &store)
{
    return QStringLiteral("%1 secret=%2 cert=%3 ca=%4 mode=%5 fixedByInit=%6")
        .arg(store.name, store.tlsSecretName, fingerprint(store.tlsSecretCertificatePem), fingerprint(store.tlsSecretCaPem))
        .arg(store.keyFileMode ? QString::number(*store.keyFileMode, 8) : QStringLiteral("unknown"))
        .arg(store.keyModeFixedByInitContainer);
}

} // namespace

class TestGuideLayout final : public QObject
{
    Q_OBJECT

private:
    Test::Emulator m_emulator;
    Test::CertFactory m_ca{QStringLiteral("bakery-ia CA")};
    GuideLayout::Material m_material;

    /** Publishes the layout in namespace @p ns and reads it back through the API. */
    Fleet::InventoryResult publishAndDiscover(const QString &ns, GuideLayout::Naming naming, GuideLayout::Layout layout)
    {
        const GuideLayout::Objects objects = GuideLayout::build(ns, naming, layout, m_material);
        for (const QList<QJsonObject> *list : {&objects.secrets, &objects.configMaps, &objects.pvcs, &objects.services,
                                               &objects.deployments}) {
            for (const QJsonObject &object : *list) {
                if (m_emulator.server().createObject(object, ns).isEmpty())
                    qWarning() << "not created:" << object.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("name"));
            }
        }
        Kube::KubeClient client(Test::contextFor(m_emulator.kubeconfigPath()));
        QObject context;
        return await(Fleet::loadInventory(&client, ns, &context));
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_emulator.isValid(), qPrintable(m_emulator.errorString()));
        QVERIFY2(m_ca.isValid(), qPrintable(m_ca.errorString()));
        Test::LeafOptions pg;
        pg.commonName = QStringLiteral("*.bakery-ia.svc.cluster.local");
        pg.dnsNames = {QStringLiteral("*.bakery-ia.svc.cluster.local"), QStringLiteral("localhost")};
        const Test::IssuedCertificate postgres = m_ca.issue(pg);
        Test::LeafOptions rd;
        rd.commonName = QStringLiteral("redis-service.bakery-ia.svc.cluster.local");
        rd.dnsNames = {QStringLiteral("redis-service.bakery-ia.svc.cluster.local")};
        const Test::IssuedCertificate redis = m_ca.issue(rd);
        QVERIFY(!postgres.certificatePem.isEmpty() && !redis.certificatePem.isEmpty());
        m_material = {postgres.certificatePem, postgres.key.privateKeyPem.reveal(), redis.certificatePem,
                      redis.key.privateKeyPem.reveal(), m_ca.caCertificatePem()};
    }

    void everyDatastoreThroughTheMountChain_data()
    {
        QTest::addColumn<int>("layout");
        QTest::newRow("copied by fix-tls-permissions into /tls") << int(GuideLayout::Layout::Copied);
        QTest::newRow("Secret mounted at /tls") << int(GuideLayout::Layout::Direct);
    }

    void everyDatastoreThroughTheMountChain()
    {
        QFETCH(int, layout);
        const auto theLayout = GuideLayout::Layout(layout);
        const QString suffix = theLayout == GuideLayout::Layout::Copied ? QStringLiteral("copied") : QStringLiteral("direct");
        QStringList factsByNaming[2];
        for (const GuideLayout::Naming naming : {GuideLayout::Naming::Guide, GuideLayout::Naming::CertManager}) {
            const QString ns = (naming == GuideLayout::Naming::Guide ? QStringLiteral("guide-") : QStringLiteral("cm-")) + suffix;
            const Fleet::InventoryResult inventory = publishAndDiscover(ns, naming, theLayout);
            QVERIFY2(inventory.error.isEmpty(), qPrintable(inventory.error));
            QCOMPARE(inventory.datastores.size(), 15);
            const QString caPrint = fingerprint(m_ca.caCertificatePem());
            for (const Fleet::Datastore &store : inventory.datastores) {
                const bool redis = store.kind == Fleet::Kind::Redis;
                const GuideLayout::Keys keys = GuideLayout::keysFor(naming, redis);
                QVERIFY2(store.tlsMaterial.configured, qPrintable(store.name));
                QCOMPARE(store.tlsMaterial.certificate.path, QString(QStringLiteral("/tls/") + keys.certificate));
                QCOMPARE(store.tlsMaterial.certificate.describe(),
                         QStringLiteral("Secret %1 key %2").arg(redis ? QStringLiteral("redis-tls") : QStringLiteral("postgres-tls"), keys.certificate));
                QCOMPARE(store.tlsMaterial.key.describe(),
                         QStringLiteral("Secret %1 key %2").arg(redis ? QStringLiteral("redis-tls") : QStringLiteral("postgres-tls"), keys.key));
                QCOMPARE(fingerprint(store.tlsSecretCertificatePem),
                         fingerprint(redis ? m_material.redisCertificate : m_material.postgresCertificate));
                QCOMPARE(fingerprint(store.tlsSecretCaPem), caPrint);
                QCOMPARE(store.keyFileMode, std::optional<int>(0600));
                factsByNaming[naming == GuideLayout::Naming::Guide ? 0 : 1] << factsOf(store);
            }
            // The scanner verifies every server against the CA the server itself is configured with.
            const QList<Fleet::ScanTarget> targets = Fleet::targetsFromInventory(inventory);
            QCOMPARE(targets.size(), 15);
            for (const Fleet::ScanTarget &target : targets) {
                QVERIFY2(fingerprint(target.caPem) == caPrint, qPrintable(target.name));
                // An error about that CA names the Secret key it was read from.
                const bool redis = target.kind == Fleet::Kind::Redis;
                QCOMPARE(target.caSource, QStringLiteral("Secret %1 key %2")
                                              .arg(redis ? QStringLiteral("redis-tls") : QStringLiteral("postgres-tls"),
                                                   GuideLayout::keysFor(naming, redis).ca));
            }
            // The snapshot says which Secret key each server file comes from.
            Fleet::DatastoreReport report;
            report.name = inventory.datastores.first().name;
            report.k8s = inventory.datastores.first();
            report.tls = Probe::TlsReport{};
            const QJsonObject material = at(report.toJson(), {"tls", "material"}).toObject();
            const GuideLayout::Keys keys = GuideLayout::keysFor(naming, false);
            QCOMPARE(at(material, {"certificate", "secret"}).toString(), QStringLiteral("postgres-tls"));
            QCOMPARE(at(material, {"certificate", "key"}).toString(), keys.certificate);
            QCOMPARE(at(material, {"key", "key"}).toString(), keys.key);
            QCOMPARE(at(material, {"key", "mode"}).toString(), QStringLiteral("0600"));
            QCOMPARE(at(material, {"ca", "key"}).toString(), keys.ca);
            QCOMPARE(at(material, {"ca", "path"}).toString(), QString(QStringLiteral("/tls/") + keys.ca));
            const QByteArray json = QJsonDocument(report.toJson()).toJson();
            QVERIFY(!json.contains("PRIVATE KEY"));
        }
        // cert-manager's names: the same facts.
        QCOMPARE(factsByNaming[1], factsByNaming[0]);
    }
};

QTEST_GUILESS_MAIN(TestGuideLayout)
#include "testguidelayout.moc"
