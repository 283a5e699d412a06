// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QFuture>
#include <QList>
#include <QPointer>
#include <QString>

namespace Kube {
class KubeClient;
}

namespace Session {

/** One Kubernetes event about an object (kubectl describe's Events), for people. */
struct EventRecord
{
    QString type; ///< "Normal" or "Warning"
    QString reason; ///< "Scheduled", "Started", "BackOff"…
    QString message;
    QString object; ///< "Pod/auth-db-0", "Deployment/auth-db"
    int count = 1;
    QDateTime lastSeen; ///< lastTimestamp, else eventTime, else firstTimestamp
};

/** What a read of events found: the events (oldest first), or why there are none. */
struct EventsRead
{
    QList<EventRecord> events;
    QString error; ///< for people; empty when every read succeeded
};

/** An object events are asked about: its kind ("Pod", "Deployment", "StatefulSet") and name. */
struct EventSubject
{
    QString kind;
    QString name;
};

/**
 * Where a view reads Kubernetes events: a cluster connection and a namespace (none for a targets file). A value, as
 * Session::LogSource is: the views read events through this, never through the Kubernetes client's types.
 */
class EventSource
{
public:
    static constexpr int MaxEventsPerObject = 500;

    EventSource() = default;
    EventSource(Kube::KubeClient *client, QString namespaceName);

    bool isValid() const { return !m_client.isNull(); }
    QString namespaceName() const { return m_namespace; }
    /**
     * The events of @p subjects (`GET /api/v1/namespaces/NS/events?fieldSelector=involvedObject.name=NAME`, one list
     * per subject, the kind checked on each event), oldest first. Finished at once with an error when not valid.
     */
    QFuture<EventsRead> read(const QList<EventSubject> &subjects) const;

    friend bool operator==(const EventSource &a, const EventSource &b)
    {
        return a.m_client == b.m_client && a.m_namespace == b.m_namespace;
    }
    friend bool operator!=(const EventSource &a, const EventSource &b) { return !(a == b); }

private:
    QPointer<QObject> m_client; ///< the Kube::KubeClient
    QString m_namespace;
};

} // namespace Session
