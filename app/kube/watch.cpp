// SPDX-License-Identifier: GPL-3.0-or-later
#include "kube/kubeclient.h"

#include "core/logging.h"
#include "core/printable.h"
#include "kube/wire.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTimer>

namespace Kube {

Watch::Watch(KubeClient *client, const Resource &resource, const QString &namespaceName, const ListOptions &options,
             QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_resource(resource)
    , m_namespace(namespaceName)
    , m_options(options)
    , m_idleTimer(new QTimer(this))
    , m_retryTimer(new QTimer(this))
{
    m_idleTimer->setSingleShot(true);
    connect(m_idleTimer, &QTimer::timeout, this, [this] {
        if (m_reply) {
            qCDebug(lcKube) << "watch of" << m_resource.plural << "silent for too long: re-watching";
            QPointer<QNetworkReply> reply = m_reply;
            m_reply = nullptr;
            reply->abort();
            reply->deleteLater();
            scheduleReconnect(QCoreApplication::translate("Kube", "the watch stream went silent"));
        }
    });
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, [this] {
        if (m_relistPending) {
            m_relistPending = false;
            relist(m_relistReason);
        } else {
            openWatch();
        }
    });
}

Watch::~Watch()
{
    stop();
}

void Watch::setBackoff(std::chrono::milliseconds initial, std::chrono::milliseconds maximum)
{
    m_backoffInitial = initial;
    m_backoffMax = maximum;
}

QString Watch::keyOf(const QJsonObject &object)
{
    const QJsonObject metadata = object.value(QStringLiteral("metadata")).toObject();
    return metadata.value(QStringLiteral("namespace")).toString() + u'/'
           + metadata.value(QStringLiteral("name")).toString();
}

void Watch::start()
{
    if (m_running)
        return;
    m_running = true;
    relist(QString());
}

void Watch::stop()
{
    m_running = false;
    ++m_generation;
    m_idleTimer->stop();
    m_retryTimer->stop();
    m_relistPending = false;
    if (m_reply) {
        QPointer<QNetworkReply> reply = m_reply;
        m_reply = nullptr;
        reply->abort();
        reply->deleteLater();
    }
}

void Watch::relist(const QString &reason)
{
    if (!m_running)
        return;
    m_relisting = true;
    const quint64 generation = ++m_generation;
    m_client->list(m_resource.plural, m_namespace, m_options).then(this, [this, generation, reason](const Response &list) {
        if (generation != m_generation || !m_running)
            return;
        m_relisting = false;
        if (!list.ok()) {
            emit errorOccurred(list.error);
            if (list.error.kind == ApiError::Kind::Forbidden || list.error.kind == ApiError::Kind::NotFound) {
                m_running = false; // not retried: it will not get better by itself
                return;
            }
            scheduleReconnect(list.error.message);
            return;
        }
        QMap<QString, QJsonObject> objects;
        QList<QJsonObject> ordered;
        const QJsonArray items = list.object.value(QStringLiteral("items")).toArray();
        for (const QJsonValue &item : items) {
            QJsonObject object = item.toObject();
            if (!object.contains(QStringLiteral("kind")))
                object.insert(QStringLiteral("kind"), m_resource.kind);
            objects.insert(keyOf(object), object);
            ordered << object;
        }
        // Swap the whole set at once: nobody sees half of an old and half of a new list.
        m_objects = objects;
        m_resourceVersion = list.object.value(QStringLiteral("metadata")).toObject().value(
            QStringLiteral("resourceVersion")).toString();
        if (!reason.isEmpty())
            emit watchRestarted(reason);
        emit synced(ordered);
        openWatch();
    });
}

std::chrono::milliseconds Watch::nextBackoff()
{
    // As client-go's reflector: every re-list or re-watch after trouble waits, exponentially longer
    // each time up to the maximum, with jitter; the count starts over only once the watch has gone
    // without trouble for a while (a relist that succeeds is not enough: a server that answers every
    // watch with 410 would otherwise be asked again at once, forever).
    if (m_sinceTrouble.isValid() && m_sinceTrouble.elapsed() > m_backoffReset.count())
        m_failures = 0;
    m_sinceTrouble.start();
    ++m_failures;
    const qint64 base = std::min<qint64>(m_backoffMax.count(),
                                         m_backoffInitial.count() * (qint64(1) << std::min(m_failures - 1, 16)));
    // ±20 % jitter so that many clients do not come back in step.
    const double jitter = 0.8 + 0.4 * QRandomGenerator::global()->generateDouble();
    return std::chrono::milliseconds(qint64(double(base) * jitter));
}

void Watch::scheduleReconnect(const QString &reason)
{
    if (!m_running)
        return;
    const auto delay = nextBackoff();
    qCDebug(lcKube) << "watch of" << m_resource.plural << "reconnects in" << delay.count() << "ms:" << reason;
    emit watchRestarted(reason);
    m_retryTimer->start(delay);
}

void Watch::scheduleRelist(const QString &reason)
{
    if (!m_running)
        return;
    const auto delay = nextBackoff();
    qCDebug(lcKube) << "watch of" << m_resource.plural << "lists again in" << delay.count() << "ms:" << reason;
    m_relistPending = true;
    m_relistReason = reason;
    m_retryTimer->start(delay);
}

void Watch::openWatch()
{
    if (!m_running)
        return;
    if (m_resourceVersion.isEmpty()) {
        relist(QString());
        return;
    }
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("watch"), QStringLiteral("1"));
    query.addQueryItem(QStringLiteral("resourceVersion"), m_resourceVersion);
    query.addQueryItem(QStringLiteral("allowWatchBookmarks"), QStringLiteral("true"));
    query.addQueryItem(QStringLiteral("timeoutSeconds"), QString::number(m_watchTimeoutSeconds));
    if (!m_options.labelSelector.isEmpty())
        query.addQueryItem(QStringLiteral("labelSelector"), m_options.labelSelector);
    if (!m_options.fieldSelector.isEmpty())
        query.addQueryItem(QStringLiteral("fieldSelector"), m_options.fieldSelector);

    const quint64 generation = m_generation;
    Operation operation{QStringLiteral("watch"), m_resource, m_namespace, {}};
    m_lines.clear();
    m_goneInStream = false;
    m_client->openStream(m_resource.collectionPath(m_namespace), query, operation, this,
                         [this, generation](QNetworkReply *reply, const ApiError &error) {
                             if (generation != m_generation || !m_running) {
                                 if (reply) {
                                     reply->abort();
                                     reply->deleteLater();
                                 }
                                 return;
                             }
                             if (!reply) {
                                 emit errorOccurred(error);
                                 scheduleReconnect(error.message);
                                 return;
                             }
                             m_reply = reply;
                             connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply] {
                                 if (reply == m_reply
                                     && reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200)
                                     emit streamOpened();
                             });
                             connect(reply, &QNetworkReply::readyRead, this, &Watch::readStream);
                             connect(reply, &QNetworkReply::finished, this, &Watch::streamFinished);
                             m_idleTimer->start(m_idleTimeout);
                         });
}

void Watch::readStream()
{
    if (!m_reply)
        return;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 200)
        return; // the error body is read when the reply finishes
    m_idleTimer->start(m_idleTimeout);
    const QList<QByteArray> lines = m_lines.feed(m_reply->readAll());
    if (m_lines.overflowed()) {
        emit errorOccurred({ApiError::Kind::BadResponse, 200, {}, QCoreApplication::translate("Kube", "watch of %1: an event larger than 16 MiB")
                                                                      .arg(m_resource.qualifiedName())});
        m_lines.clear();
        m_reply->abort();
        return;
    }
    for (const QByteArray &line : lines) {
        handleLine(line);
        if (m_goneInStream)
            return;
    }
}

void Watch::handleLine(const QByteArray &line)
{
    const WatchEvent event = parseWatchEvent(line);
    switch (event.type) {
    case WatchEvent::Type::Invalid:
        emit errorOccurred({ApiError::Kind::BadResponse, 200, {},
                            QCoreApplication::translate("Kube", "watch of %1: %2: %3")
                                .arg(m_resource.qualifiedName(), event.errorMessage, sanitizeBody(line, 120))});
        return;
    case WatchEvent::Type::Error:
        if (event.errorCode == 410) {
            // The resourceVersion is too old for the server: list again and swap.
            m_goneInStream = true;
            QPointer<QNetworkReply> reply = m_reply;
            m_reply = nullptr;
            if (reply) {
                reply->abort();
                reply->deleteLater();
            }
            m_idleTimer->stop();
            scheduleRelist(QCoreApplication::translate("Kube", "the server forgot resource version %1 (410 Gone): listed again").arg(m_resourceVersion));
            return;
        }
        emit errorOccurred({kindForStatus(event.errorCode), event.errorCode, event.errorReason,
                            QCoreApplication::translate("Kube", "watch of %1: %2").arg(m_resource.qualifiedName(), event.errorMessage)});
        return;
    default:
        break;
    }
    if (!event.resourceVersion.isEmpty())
        m_resourceVersion = event.resourceVersion;
    if (event.type == WatchEvent::Type::Bookmark)
        return;
    QJsonObject object = event.object;
    if (!object.contains(QStringLiteral("kind")))
        object.insert(QStringLiteral("kind"), m_resource.kind);
    const QString key = keyOf(object);
    if (event.type == WatchEvent::Type::Added) {
        const bool known = m_objects.contains(key);
        m_objects.insert(key, object);
        if (known)
            emit objectModified(object);
        else
            emit objectAdded(object);
    } else if (event.type == WatchEvent::Type::Modified) {
        m_objects.insert(key, object);
        emit objectModified(object);
    } else if (event.type == WatchEvent::Type::Deleted) {
        m_objects.remove(key);
        emit objectDeleted(object);
    }
}

void Watch::streamFinished()
{
    auto *reply = qobject_cast<QNetworkReply *>(sender());
    if (!reply || reply != m_reply) {
        if (reply)
            reply->deleteLater();
        return;
    }
    m_reply = nullptr;
    m_idleTimer->stop();
    reply->deleteLater();
    if (!m_running)
        return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 200 && reply->error() == QNetworkReply::NoError) {
        // Any last whole line, then resume where we are (the server's timeoutSeconds ended it).
        for (const QByteArray &line : m_lines.feed(reply->readAll()))
            handleLine(line);
        const QByteArray rest = m_lines.takeRest();
        if (!rest.isEmpty() && !m_goneInStream)
            handleLine(rest);
        if (!m_goneInStream)
            openWatch();
        return;
    }
    Operation operation{QStringLiteral("watch"), m_resource, m_namespace, {}};
    const Response response = m_client->decodeFinished(reply, operation);
    if (response.error.kind == ApiError::Kind::Gone) {
        scheduleRelist(QCoreApplication::translate("Kube", "the server forgot resource version %1 (410 Gone): listed again").arg(m_resourceVersion));
        return;
    }
    if (status == 200) {
        scheduleReconnect(QCoreApplication::translate("Kube", "the watch stream of %1 was dropped: %2").arg(m_resource.qualifiedName(),
                                                                          Core::printable(reply->errorString(), 300)));
        return;
    }
    emit errorOccurred(response.error);
    if (response.error.kind == ApiError::Kind::Forbidden || response.error.kind == ApiError::Kind::NotFound) {
        m_running = false;
        return;
    }
    scheduleReconnect(response.error.message);
}

} // namespace Kube
