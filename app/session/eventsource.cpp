// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/eventsource.h"

#include "kube/kubeclient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QPromise>
#include <QStringList>

#include <algorithm>

namespace Session {

namespace {

QDateTime timeOf(const QJsonObject &event)
{
    for (const char *key : { "lastTimestamp", "eventTime", "firstTimestamp" }) {
        const QDateTime time = QDateTime::fromString(event.value(QLatin1String(key)).toString(), Qt::ISODateWithMs);
        if (time.isValid())
            return time;
    }
    return {};
}

QFuture<EventsRead> finished(const EventsRead &read)
{
    QPromise<EventsRead> promise;
    promise.start();
    promise.addResult(read);
    promise.finish();
    return promise.future();
}

} // namespace

EventSource::EventSource(Kube::KubeClient *client, QString namespaceName)
    : m_client(client)
    , m_namespace(std::move(namespaceName))
{
}

QFuture<EventsRead> EventSource::read(const QList<EventSubject> &subjects) const
{
    auto *client = qobject_cast<Kube::KubeClient *>(m_client.data());
    if (!client || subjects.isEmpty()) {
        EventsRead read;
        if (!client)
            read.error = QCoreApplication::translate("Session", "No cluster connection to read events from");
        return finished(read);
    }
    QList<QFuture<Kube::Response>> lists;
    for (const EventSubject &subject : subjects) {
        Kube::ListOptions options;
        options.fieldSelector = QStringLiteral("involvedObject.name=") + subject.name;
        options.maxItems = MaxEventsPerObject;
        options.limit = MaxEventsPerObject;
        lists << client->list(QStringLiteral("events"), m_namespace, options);
    }
    return QtFuture::whenAll(lists.begin(), lists.end()).then([subjects](const QList<QFuture<Kube::Response>> &done) {
        EventsRead read;
        QStringList errors;
        for (qsizetype i = 0; i < done.size() && i < subjects.size(); ++i) {
            const Kube::Response response = done.at(i).result();
            if (!response.ok()) {
                errors << response.error.message;
                continue;
            }
            for (const QJsonValue &item : response.object.value(QLatin1String("items")).toArray()) {
                const QJsonObject event = item.toObject();
                const QJsonObject involved = event.value(QLatin1String("involvedObject")).toObject();
                // The field selector names the object; the kind tells a pod from its workload of the same name.
                if (involved.value(QLatin1String("kind")).toString() != subjects.at(i).kind)
                    continue;
                EventRecord record;
                record.type = event.value(QLatin1String("type")).toString();
                record.reason = event.value(QLatin1String("reason")).toString();
                record.message = event.value(QLatin1String("message")).toString().left(2048);
                record.object = subjects.at(i).kind + u'/' + subjects.at(i).name;
                record.count = qMax(1, event.value(QLatin1String("count")).toInt(1));
                record.lastSeen = timeOf(event);
                read.events << record;
            }
        }
        std::stable_sort(read.events.begin(), read.events.end(),
                         [](const EventRecord &a, const EventRecord &b) { return a.lastSeen < b.lastSeen; });
        errors.removeDuplicates();
        read.error = errors.join(u'\n');
        return read;
    });
}

} // namespace Session
