// SPDX-License-Identifier: GPL-3.0-or-later
#include "fleet/secretreads.h"

#include <QJsonArray>
#include <QSet>

namespace Fleet {

namespace {

QJsonObject objectAt(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toObject();
}

QJsonArray arrayAt(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toArray();
}

void addName(QSet<QString> &names, const QString &name)
{
    if (!name.isEmpty())
        names.insert(name);
}

} // namespace

QStringList referencedSecretNames(const QList<QJsonObject> &workloads)
{
    QSet<QString> names;
    for (const QJsonObject &workload : workloads) {
        const QJsonObject podSpec = objectAt(objectAt(objectAt(workload, "spec"), "template"), "spec");
        for (const QJsonValue &v : arrayAt(podSpec, "volumes")) {
            const QJsonObject volume = v.toObject();
            addName(names, objectAt(volume, "secret").value(QLatin1String("secretName")).toString());
            for (const QJsonValue &source : arrayAt(objectAt(volume, "projected"), "sources"))
                addName(names, objectAt(source.toObject(), "secret").value(QLatin1String("name")).toString());
        }
        for (const char *list : { "containers", "initContainers" }) {
            for (const QJsonValue &c : arrayAt(podSpec, list)) {
                const QJsonObject container = c.toObject();
                for (const QJsonValue &e : arrayAt(container, "env"))
                    addName(names,
                            objectAt(objectAt(e.toObject(), "valueFrom"), "secretKeyRef")
                                .value(QLatin1String("name"))
                                .toString());
                for (const QJsonValue &f : arrayAt(container, "envFrom"))
                    addName(names, objectAt(f.toObject(), "secretRef").value(QLatin1String("name")).toString());
            }
        }
    }
    QStringList sorted(names.cbegin(), names.cend());
    sorted.sort();
    return sorted;
}

} // namespace Fleet
