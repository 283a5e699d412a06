// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/logfollow.h"

#include "kube/kubeclient.h"

namespace Session {

LogFollow::LogFollow(Kube::KubeClient *client, const QString &namespaceName, const QString &pod, const Options &options,
                     QObject *parent)
    : QObject(parent)
    , m_pod(pod)
{
    Kube::LogOptions logOptions;
    logOptions.container = options.container;
    logOptions.tailLines = options.tailLines;
    logOptions.follow = options.follow;
    m_stream = client->logs(namespaceName, pod, logOptions);
    m_stream->setParent(this);
    connect(m_stream, &Kube::LogStream::linesReceived, this, &LogFollow::linesReceived);
    connect(m_stream, &Kube::LogStream::finished, this, [this](const Kube::ApiError &error) {
        const bool cancelled = error.kind == Kube::ApiError::Kind::Cancelled;
        Q_EMIT finished(error.isError() && !cancelled ? error.message : QString(), cancelled);
    });
}

LogFollow::~LogFollow()
{
    if (m_stream) {
        m_stream->disconnect(this);
        m_stream->stop();
    }
}

void LogFollow::start()
{
    if (m_stream)
        m_stream->start();
}

void LogFollow::stop()
{
    if (m_stream)
        m_stream->stop();
}

LogSource::LogSource(Kube::KubeClient *client, QString namespaceName)
    : m_client(client)
    , m_namespace(std::move(namespaceName))
{
}

LogFollow *LogSource::open(const QString &pod, const LogFollow::Options &options, QObject *parent) const
{
    auto *client = qobject_cast<Kube::KubeClient *>(m_client.data());
    if (!client)
        return nullptr;
    return new LogFollow(client, m_namespace, pod, options, parent);
}

} // namespace Session
