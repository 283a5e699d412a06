// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demo/manifestloader.h"

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

class QLockFile;

namespace Demo {

class ApiServer;
class DemoKubelet;
struct DemoPki;
class LocalServer;

struct ManifestFleetOptions
{
    QString defaultNamespace; ///< for objects without one (--namespace); empty: "default"
    QString stateDir; ///< empty: defaultStateDir()
    QString kubeconfigOut; ///< an extra copy of the kubeconfig; empty: none
    QString contextNamespace; ///< the kubeconfig context's namespace; empty: the first workload's
};

/**
 * What of the manifests the demo does not translate, one line each, for people: kinds the emulator does not
 * serve (not stored), kinds stored but not acted on (Ingress, NetworkPolicy), images that run nothing, and pod
 * spec fields of the datastores that are not translated. Also returns the StorageClass names declared.
 */
QStringList untranslatedNotes(const ManifestSet &set, const QString &defaultNamespace, QStringList *storageClasses);

/**
 * `proofer demo --manifests`: the Kubernetes API emulator holding the user's objects (created as kubectl apply
 * creates them) and the demo's kubelet running their pods with real local servers. Ready once every pod has
 * settled and the kubeconfig is written; stop() stops every server.
 */
class ManifestFleet final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ManifestFleet)

public:
    ManifestFleet(const ManifestSet &manifests, const ManifestFleetOptions &options, QObject *parent = nullptr);
    ~ManifestFleet() override;

    void start();
    void stop();

    QString stateDir() const { return m_stateDir; }
    QString kubeconfigPath() const;
    QString contextNamespace() const { return m_contextNamespace; }
    QStringList podSummaries() const;
    QList<LocalServer *> servers() const;
    ApiServer *apiServer() const { return m_api; }
    qint64 startupMs() const { return m_startupMs; }
    /** First back-off of a failed container (default 10 s); tests shorten it. */
    void setBackoff(int milliseconds) { m_backoffMs = milliseconds; }

signals:
    void ready();
    void failed(const QString &error);
    void stopped();
    void progress(const QString &message);

private:
    bool prepareStateDir(QString *error);
    void finishStart();
    void fail(const QString &error);

    ManifestSet m_manifests;
    ManifestFleetOptions m_options;
    QString m_stateDir;
    QString m_contextNamespace;
    std::unique_ptr<QLockFile> m_lock;
    ApiServer *m_api = nullptr;
    DemoKubelet *m_kubelet = nullptr;
    std::shared_ptr<DemoPki> m_pki;
    QElapsedTimer m_clock;
    qint64 m_startupMs = 0;
    int m_backoffMs = 10000;
    bool m_ready = false;
    bool m_failed = false;
    bool m_stopping = false;
};

} // namespace Demo
