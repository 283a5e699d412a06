// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fleet/inventory.h"
#include "fleet/logevidence.h"
#include "fleet/snapshot.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

namespace Kube {
class KubeClient;
class LogStream;
}

class QTimer;

namespace Session {

/**
 * Reads the log evidence of a scan (checklist items 7 and 8): the recent log of each datastore's pod and of one pod
 * of each workload that uses it, every read bounded (tail lines, a time window, bytes, a timeout), all at once, each
 * pod once. TLS errors written while Proofer itself probed (@p ownWindows) are left out by the classification, which
 * runs on the global thread pool (regular expressions over up to maxBytes per pod), never on the caller's thread.
 * Emits finished() exactly once per start(), also on cancel() (with what was read); a start() while a run is under
 * way replaces it.
 */
class LogEvidenceReader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogEvidenceReader)

public:
    struct Limits
    {
        int tailLines = 500;
        int sinceSeconds = 600;
        qint64 maxBytes = 512 * 1024; ///< per pod: a log that goes on is cut there
        int timeoutMs = 10000; ///< per pod
        int maxConsumers = 8; ///< client workloads read per datastore
    };

    explicit LogEvidenceReader(Kube::KubeClient *client, QObject *parent = nullptr);
    ~LogEvidenceReader() override;

    void setLimits(const Limits &limits) { m_limits = limits; }
    void start(const QString &namespaceName, const QList<Fleet::DatastoreReport> &reports,
               const Fleet::ClusterObjects &objects, const QList<Fleet::ProbeWindow> &ownWindows);
    void cancel();

Q_SIGNALS:
    /** Datastore name → what its logs showed; a datastore without a pod has no entry. */
    void finished(const QHash<QString, Fleet::LogObservation> &logs);

private:
    struct Read
    {
        QString pod;
        QString container;
        QPointer<Kube::LogStream> stream;
        QTimer *timer = nullptr;
        QByteArray text;
        bool cut = false;
        bool done = false; ///< the read ended (the stream is stopped)
        bool classifying = false; ///< its text is being classified on the pool
        Fleet::PodLogRead result;
    };
    struct Wanted
    {
        QString datastore;
        QString ownPod;
        QStringList consumerWorkloads;
        QStringList consumerPods; ///< "" when the workload has no pod
    };

    void startRead(const QString &pod, const QString &container);
    void stopReads();
    void endRead(const QString &pod, const QString &error);
    void finishIfDone();

    Kube::KubeClient *m_client;
    Limits m_limits;
    QString m_namespace;
    QList<Fleet::ProbeWindow> m_windows;
    QHash<QString, Read> m_reads; ///< by pod
    QList<Wanted> m_wanted;
    bool m_running = false;
    QObject *m_run = nullptr; ///< the context of this run's classifications: a new start() deletes it
};

} // namespace Session
