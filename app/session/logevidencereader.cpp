// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/logevidencereader.h"

#include "core/clock.h"
#include "core/logging.h"
#include "fleet/jsonfields.h"
#include "kube/kubeclient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QThreadPool>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace Session {

namespace {

/** The first container of @p pod (the server in a datastore's pod, the application in a client's). */
QString firstContainer(const QString &pod, const Fleet::ClusterObjects &objects)
{
    for (const QJsonObject &object : objects.pods) {
        if (Fleet::Json::nameOf(object) != pod)
            continue;
        const QJsonArray containers = Fleet::Json::arr(Fleet::Json::obj(object, "spec"), "containers");
        return containers.isEmpty() ? QString() : containers.first().toObject().value(QStringLiteral("name")).toString();
    }
    return {};
}

} // namespace

LogEvidenceReader::LogEvidenceReader(Kube::KubeClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

LogEvidenceReader::~LogEvidenceReader()
{
    stopReads();
}

void LogEvidenceReader::stopReads()
{
    for (Read &read : m_reads) {
        if (read.stream) {
            read.stream->disconnect(this);
            read.stream->stop();
            read.stream->deleteLater();
        }
        if (read.timer)
            read.timer->deleteLater();
    }
    m_reads.clear();
}

void LogEvidenceReader::start(const QString &namespaceName, const QList<Fleet::DatastoreReport> &reports,
                              const Fleet::ClusterObjects &objects, const QList<Fleet::ProbeWindow> &ownWindows)
{
    m_namespace = namespaceName;
    m_windows = ownWindows;
    // An earlier run still under way: its streams stop, its classifications deliver nowhere, its finished() is not
    // emitted (this run's is).
    stopReads();
    delete m_run;
    m_run = new QObject(this);
    m_wanted.clear();
    m_running = true;
    for (const Fleet::DatastoreReport &report : reports) {
        if (!report.k8s || report.k8s->pods.isEmpty())
            continue;
        Wanted wanted;
        wanted.datastore = report.name;
        wanted.ownPod = report.k8s->pods.first().name;
        if (!m_reads.contains(wanted.ownPod))
            startRead(wanted.ownPod, firstContainer(wanted.ownPod, objects));
        for (const QString &workload : report.k8s->consumers.mid(0, m_limits.maxConsumers)) {
            const QStringList pods = Fleet::podsOfWorkload(workload, objects);
            wanted.consumerWorkloads << workload;
            wanted.consumerPods << (pods.isEmpty() ? QString() : pods.first());
            if (!pods.isEmpty() && !m_reads.contains(pods.first()))
                startRead(pods.first(), firstContainer(pods.first(), objects));
        }
        m_wanted << wanted;
    }
    // Nothing to read emits at once, but after the caller has connected.
    QTimer::singleShot(0, this, &LogEvidenceReader::finishIfDone);
}

void LogEvidenceReader::startRead(const QString &pod, const QString &container)
{
    Read &read = m_reads[pod];
    read.pod = pod;
    read.container = container;
    Kube::LogOptions options;
    options.container = container;
    options.tailLines = m_limits.tailLines;
    options.sinceSeconds = m_limits.sinceSeconds;
    options.limitBytes = m_limits.maxBytes;
    Kube::LogStream *stream = m_client->logs(m_namespace, pod, options);
    stream->setParent(this);
    read.stream = stream;
    read.timer = new QTimer(this);
    read.timer->setSingleShot(true);
    connect(read.timer, &QTimer::timeout, this, [this, pod] {
        endRead(pod, QCoreApplication::translate("Session", "no answer within %1 s").arg(m_limits.timeoutMs / 1000));
    });
    connect(stream, &Kube::LogStream::linesReceived, this, [this, pod](const QStringList &lines) {
        Read &r = m_reads[pod];
        if (r.done)
            return;
        for (const QString &line : lines) {
            r.text += line.toUtf8();
            r.text += '\n';
        }
        if (r.text.size() > m_limits.maxBytes) {
            r.text.truncate(r.text.lastIndexOf('\n', m_limits.maxBytes) + 1);
            r.cut = true;
            endRead(pod, QString());
        }
    });
    connect(stream, &Kube::LogStream::finished, this, [this, pod](const Kube::ApiError &error) {
        endRead(pod, error.isError() && error.kind != Kube::ApiError::Kind::Cancelled ? error.message : QString());
    });
    read.timer->start(m_limits.timeoutMs);
    stream->start();
}

void LogEvidenceReader::endRead(const QString &pod, const QString &error)
{
    auto it = m_reads.find(pod);
    if (it == m_reads.end() || it->done)
        return;
    it->done = true;
    it->timer->stop();
    if (it->stream) {
        it->stream->disconnect(this);
        it->stream->stop();
        it->stream->deleteLater();
    }
    if (!error.isEmpty()) {
        it->result.read = false;
        it->result.error = error;
        it->result.pod = pod;
        it->text.clear();
        qCInfo(lcFleet) << "log of pod" << pod << "not read:" << error;
        finishIfDone();
        return;
    }
    // Regular expressions over up to maxBytes of text: on the pool, never on this (the GUI) thread.
    it->classifying = true;
    QtConcurrent::run(QThreadPool::globalInstance(),
                      [text = std::exchange(it->text, QByteArray()), windows = m_windows] {
                          return Fleet::classifyLog(text, windows);
                      })
        .then(m_run, [this, pod](const Fleet::PodLogRead &result) {
            Read &read = m_reads[pod];
            read.result = result;
            read.result.pod = pod;
            read.classifying = false;
            finishIfDone();
        });
}

void LogEvidenceReader::cancel()
{
    if (!m_running)
        return;
    for (auto it = m_reads.begin(); it != m_reads.end(); ++it)
        endRead(it.key(), QCoreApplication::translate("Session", "cancelled"));
}

void LogEvidenceReader::finishIfDone()
{
    if (!m_running)
        return;
    for (const Read &read : std::as_const(m_reads)) {
        if (!read.done || read.classifying)
            return;
    }
    m_running = false;
    QHash<QString, Fleet::LogObservation> logs;
    const QDateTime now = Core::Clock::currentDateTimeUtc();
    for (const Wanted &wanted : std::as_const(m_wanted)) {
        Fleet::LogObservation observation;
        observation.readAt = now;
        observation.maxLines = m_limits.tailLines;
        observation.windowSeconds = m_limits.sinceSeconds;
        observation.datastore = m_reads.value(wanted.ownPod).result;
        observation.datastore.workload = QCoreApplication::translate("Session", "the datastore");
        for (qsizetype i = 0; i < wanted.consumerWorkloads.size(); ++i) {
            Fleet::PodLogRead read;
            if (wanted.consumerPods.at(i).isEmpty()) {
                read.error = QCoreApplication::translate("Session", "it has no pod");
            } else {
                read = m_reads.value(wanted.consumerPods.at(i)).result;
            }
            read.workload = wanted.consumerWorkloads.at(i);
            observation.consumers << read;
        }
        logs.insert(wanted.datastore, observation);
    }
    Q_EMIT finished(logs);
}

} // namespace Session
