// SPDX-License-Identifier: GPL-3.0-or-later
/**
 * ManifestFleet: the user's manifests in the API emulator, run by the demo's kubelet; and the list of what
 * they hold that the demo does not translate.
 */
#include "demo/manifestfleet.h"

#include "core/logging.h"
#include "demo/apiresources.h"
#include "demo/apiserver.h"
#include "demo/demofleet.h"
#include "demo/demokubelet.h"
#include "demo/demopki.h"
#include "demo/localserver.h"
#include "demo/podtranslator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonArray>
#include <QLockFile>
#include <QTimer>

#include <sys/stat.h>

namespace Demo {

namespace {

QString demoTr(const char *text)
{
    return QCoreApplication::translate("Demo", text);
}

QJsonObject obj(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toObject();
}

} // namespace

QStringList untranslatedNotes(const ManifestSet &set, const QString &defaultNamespace, QStringList *storageClasses)
{
    Q_UNUSED(defaultNamespace)
    QStringList notes;
    // Pod spec fields that change how a server runs on a cluster, and that the demo does not reproduce.
    static const QStringList podFields = { QStringLiteral("affinity"),       QStringLiteral("tolerations"),
                                           QStringLiteral("nodeSelector"),   QStringLiteral("hostNetwork"),
                                           QStringLiteral("securityContext"), QStringLiteral("sidecarContainers") };
    static const QStringList containerFields = { QStringLiteral("livenessProbe"),   QStringLiteral("readinessProbe"),
                                                 QStringLiteral("startupProbe"),    QStringLiteral("resources"),
                                                 QStringLiteral("securityContext"), QStringLiteral("lifecycle"),
                                                 QStringLiteral("workingDir") };
    for (const ManifestObject &manifest : set.objects) {
        const QString kind = manifest.object.value(QStringLiteral("kind")).toString();
        const QString name = obj(manifest.object, "metadata").value(QStringLiteral("name")).toString();
        const QString id = kind + u'/' + name;
        if (kind == u"StorageClass") {
            if (storageClasses)
                *storageClasses << name;
            notes << demoTr("ignored: %1 (not stored; PVCs that name it bind to a directory)").arg(id);
            continue;
        }
        if (!findApiResourceByKind(kind)) {
            notes << demoTr("ignored: %1 (kind not served by the demo's API; not stored)").arg(id);
            continue;
        }
        if (kind == u"Ingress")
            notes << demoTr("ignored: %1 (stored, not served)").arg(id);
        else if (kind == u"NetworkPolicy")
            notes << demoTr("ignored: %1 (stored, not enforced)").arg(id);
        else if (kind == u"ReplicaSet" || kind == u"CronJob" || kind == u"Job")
            notes << demoTr("ignored: %1 (stored, its pods are not run)").arg(id);
        if (kind != u"Deployment" && kind != u"StatefulSet")
            continue;
        const QJsonObject spec = obj(obj(obj(manifest.object, "spec"), "template"), "spec");
        QStringList fields;
        for (const QString &field : podFields) {
            if (spec.contains(field))
                fields << field;
        }
        bool datastore = false;
        for (const QJsonValue &c : spec.value(QStringLiteral("containers")).toArray()) {
            const QJsonObject container = c.toObject();
            const ServerKind serverKind = serverKindForImage(container.value(QStringLiteral("image")).toString());
            if (serverKind != ServerKind::None) {
                datastore = true;
                for (const QString &field : containerFields) {
                    if (container.contains(field) && !fields.contains(field))
                        fields << field;
                }
            } else if (container.value(QStringLiteral("image")).toString().contains(QStringLiteral("bitnami/"))) {
                notes << demoTr("ignored: %1 container %2 (image %3 runs nothing: only the official postgres, "
                                "redis and rabbitmq images are served from manifests)")
                             .arg(id, container.value(QStringLiteral("name")).toString(),
                                  container.value(QStringLiteral("image")).toString());
            }
        }
        if (datastore && !fields.isEmpty())
            notes << demoTr("ignored: %1 fields %2 (not translated)").arg(id, fields.join(QStringLiteral(", ")));
    }
    return notes;
}

ManifestFleet::ManifestFleet(const ManifestSet &manifests, const ManifestFleetOptions &options, QObject *parent)
    : QObject(parent)
    , m_manifests(manifests)
    , m_options(options)
    , m_stateDir(options.stateDir.isEmpty() ? defaultStateDir() : QDir(options.stateDir).absolutePath())
{ }

ManifestFleet::~ManifestFleet()
{
    if (m_api)
        m_api->close();
}

QString ManifestFleet::kubeconfigPath() const
{
    return m_stateDir + QStringLiteral("/kubeconfig");
}

QStringList ManifestFleet::podSummaries() const
{
    return m_kubelet ? m_kubelet->podSummaries() : QStringList();
}

QList<LocalServer *> ManifestFleet::servers() const
{
    return m_kubelet ? m_kubelet->servers() : QList<LocalServer *>();
}

bool ManifestFleet::prepareStateDir(QString *error)
{
    if (!QDir().mkpath(m_stateDir)) {
        *error = demoTr("could not create the state directory %1").arg(m_stateDir);
        return false;
    }
    ::chmod(QFile::encodeName(m_stateDir).constData(), 0711); // the servers' user enters, never lists
    m_lock = std::make_unique<QLockFile>(m_stateDir + QStringLiteral("/demo.lock"));
    m_lock->setStaleLockTime(0);
    if (!m_lock->tryLock(0)) {
        qint64 pid = 0;
        QString host;
        QString application;
        m_lock->getLockInfo(&pid, &host, &application);
        *error = demoTr("the state directory %1 is in use by another proofer demo (pid %2); stop it first or pass "
                        "another --state-dir")
                     .arg(m_stateDir)
                     .arg(pid);
        m_lock.reset();
        return false;
    }
    const QString pki = m_stateDir + QStringLiteral("/pki");
    if (!QDir().mkpath(pki)) {
        *error = demoTr("could not create directories under %1").arg(m_stateDir);
        return false;
    }
    ::chmod(QFile::encodeName(pki).constData(), 0700);
    return true;
}

void ManifestFleet::start()
{
    m_clock.start();
    QString error;
    if (postgresBinDir().isEmpty()) {
        fail(demoTr("PostgreSQL server binaries not found in /usr/lib/postgresql (install postgresql; scripts/setup does)"));
        return;
    }
    if (!serverUser(&error) || !prepareStateDir(&error)) {
        fail(error);
        return;
    }
    // The emulator's own PKI (its server certificate and the client's): kept in the state dir; EC keys, made at once.
    const QString pkiDir = m_stateDir + QStringLiteral("/pki/");
    m_pki = loadDemoPki(pkiDir);
    if (!m_pki) {
        QList<Ops::KeyPair> keys;
        for (int i = 0; i < 5; ++i) {
            keys << Ops::generateKey(Ops::KeyPair::Type::EcP256, 0, &error);
            if (keys.last().isNull()) {
                fail(demoTr("could not generate the demo keys: %1").arg(error));
                return;
            }
        }
        m_pki = issueDemoPki(keys, pkiDir, QString::fromLatin1(DemoFleet::namespaceName));
        if (!m_pki->error.isEmpty()) {
            fail(m_pki->error);
            return;
        }
    }
    m_api = new ApiServer(this);
    if (!m_api->setServerCertificate(m_pki->apiCertificatePem, m_pki->apiKeyPem, m_pki->caPem, &error)) {
        fail(demoTr("API server certificate: %1").arg(error));
        return;
    }
    m_api->setClientCaCertificate(m_pki->caPem);
    if (!m_api->listen(QHostAddress::LocalHost, 0)) {
        fail(demoTr("the Kubernetes API emulator could not listen: %1").arg(m_api->errorString()));
        return;
    }
    // As kubectl apply creates them: in the object's namespace, else --namespace, else default. Status is the
    // cluster's to write, not the manifest's.
    QStringList storageClasses;
    untranslatedNotes(m_manifests, m_options.defaultNamespace, &storageClasses);
    for (const ManifestObject &manifest : std::as_const(m_manifests.objects)) {
        QJsonObject object = manifest.object;
        object.remove(QStringLiteral("status"));
        const QString ns = namespaceFor(object, m_options.defaultNamespace);
        const QString kind = object.value(QStringLiteral("kind")).toString();
        if (!findApiResourceByKind(kind))
            continue;
        if (m_api->createObject(object, ns, QStringLiteral("kubectl-client-side-apply")).isEmpty())
            emit progress(demoTr("%1:%2: %3/%4 not created (already there?)")
                              .arg(manifest.source)
                              .arg(manifest.line)
                              .arg(kind, obj(object, "metadata").value(QStringLiteral("name")).toString()));
        if (m_contextNamespace.isEmpty() && (kind == u"Deployment" || kind == u"StatefulSet"))
            m_contextNamespace = ns;
    }
    if (!m_options.contextNamespace.isEmpty())
        m_contextNamespace = m_options.contextNamespace;
    if (m_contextNamespace.isEmpty())
        m_contextNamespace = m_options.defaultNamespace.isEmpty() ? QStringLiteral("default") : m_options.defaultNamespace;
    m_kubelet = new DemoKubelet(m_api, m_stateDir, this);
    m_kubelet->setStorageClasses(storageClasses);
    m_kubelet->setBackoff(m_backoffMs);
    connect(m_kubelet, &DemoKubelet::progress, this, &ManifestFleet::progress);
    connect(m_kubelet, &DemoKubelet::settledChanged, this, [this] {
        if (!m_ready && !m_failed && !m_stopping)
            finishStart();
    });
    connect(m_kubelet, &DemoKubelet::stopped, this, [this] {
        if (m_api)
            m_api->close();
        QFile::remove(kubeconfigPath());
        if (m_lock)
            m_lock->unlock();
        emit stopped();
    });
    m_kubelet->start();
    QTimer::singleShot(0, this, [this] {
        if (m_kubelet->settled() && !m_ready && !m_failed && !m_stopping)
            finishStart();
    });
}

void ManifestFleet::finishStart()
{
    m_ready = true;
    // Written last: a kubeconfig on disk means the fleet is ready.
    if (const QString error = publishKubeconfig(*m_api, *m_pki, QStringLiteral("proofer-demo"), m_contextNamespace, kubeconfigPath(),
                                                m_options.kubeconfigOut);
        !error.isEmpty()) {
        fail(error);
        return;
    }
    m_startupMs = m_clock.elapsed();
    emit ready();
}

void ManifestFleet::fail(const QString &error)
{
    if (m_failed)
        return;
    m_failed = true;
    emit failed(error);
}

void ManifestFleet::stop()
{
    if (m_stopping)
        return;
    m_stopping = true;
    if (m_kubelet) {
        m_kubelet->stop();
        return;
    }
    QTimer::singleShot(0, this, [this] {
        if (m_lock)
            m_lock->unlock();
        emit stopped();
    });
}

} // namespace Demo
