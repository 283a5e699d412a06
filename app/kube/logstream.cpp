// SPDX-License-Identifier: GPL-3.0-or-later
#include "kube/kubeclient.h"

#include "core/printable.h"

#include <QCoreApplication>
#include <QNetworkReply>

namespace Kube {

namespace {
constexpr qsizetype MaxLogLine = 1024 * 1024;
} // namespace

LogStream::LogStream(KubeClient *client, const QString &namespaceName, const QString &pod, const LogOptions &options,
                     QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_namespace(namespaceName)
    , m_pod(pod)
    , m_options(options)
{
}

LogStream::~LogStream()
{
    if (m_reply) {
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void LogStream::start()
{
    QUrlQuery query;
    if (m_options.follow)
        query.addQueryItem(QStringLiteral("follow"), QStringLiteral("true"));
    if (m_options.tailLines >= 0)
        query.addQueryItem(QStringLiteral("tailLines"), QString::number(m_options.tailLines));
    if (m_options.sinceSeconds >= 0)
        query.addQueryItem(QStringLiteral("sinceSeconds"), QString::number(m_options.sinceSeconds));
    if (m_options.limitBytes >= 0)
        query.addQueryItem(QStringLiteral("limitBytes"), QString::number(m_options.limitBytes));
    if (!m_options.container.isEmpty())
        query.addQueryItem(QStringLiteral("container"), m_options.container);
    const Resource pods = resourceFor(QStringLiteral("pods"));
    Operation operation{QStringLiteral("logs"), pods, m_namespace, m_pod};
    m_client->openStream(pods.objectPath(m_namespace, m_pod) + QStringLiteral("/log"), query, operation, this,
                         [this, operation](QNetworkReply *reply, const ApiError &error) {
                             if (!reply) {
                                 emit finished(error);
                                 return;
                             }
                             if (m_stopped) {
                                 reply->abort();
                                 reply->deleteLater();
                                 return;
                             }
                             m_reply = reply;
                             connect(reply, &QNetworkReply::readyRead, this, &LogStream::readMore);
                             connect(reply, &QNetworkReply::finished, this, [this, reply, operation] {
                                 reply->deleteLater();
                                 const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                                 if (status == 200) {
                                     if (reply->isOpen())
                                         readMore(); // what came with the end (never from an aborted reply)
                                     m_reply = nullptr;
                                     if (!m_buffer.isEmpty()) {
                                         emit linesReceived({QString::fromUtf8(m_buffer)});
                                         m_buffer.clear();
                                     }
                                 }
                                 m_reply = nullptr;
                                 if (m_stopped) {
                                     emit finished({ApiError::Kind::Cancelled, 0, {}, QCoreApplication::translate("Kube", "stopped")});
                                     return;
                                 }
                                 if (status == 200 && reply->error() == QNetworkReply::NoError) {
                                     emit finished({});
                                     return;
                                 }
                                 const Response response = m_client->decodeFinished(reply, operation);
                                 emit finished(response.error.isError()
                                                   ? response.error
                                                   : ApiError{ApiError::Kind::Network, status, {},
                                                              QCoreApplication::translate("Kube", "%1: %2").arg(operation.describe(),
                                                                               Core::printable(reply->errorString(), 300))});
                             });
                         });
}

void LogStream::readMore()
{
    if (!m_reply || m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200)
        return;
    m_buffer += m_reply->readAll();
    const qsizetype lastNewline = m_buffer.lastIndexOf('\n');
    if (lastNewline < 0) {
        // A line that never ends is shown in pieces rather than held without bound.
        if (m_buffer.size() > MaxLogLine) {
            emit linesReceived({QString::fromUtf8(m_buffer)});
            m_buffer.clear();
        }
        return;
    }
    const QByteArray complete = m_buffer.left(lastNewline);
    m_buffer.remove(0, lastNewline + 1);
    emit linesReceived(QString::fromUtf8(complete).split(u'\n'));
}

void LogStream::stop()
{
    m_stopped = true;
    if (m_reply)
        m_reply->abort();
}

} // namespace Kube
