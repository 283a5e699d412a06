// SPDX-License-Identifier: GPL-3.0-or-later
// Network isolation of a datastore: how it is exposed (Service type, Ingress) and which NetworkPolicies guard it.
#include "fleet/networkexposure.h"

#include "fleet/jsonfields.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Fleet {

using namespace Json;

namespace {

QStringList strings(const QJsonArray &array)
{
    QStringList list;
    for (const QJsonValue &value : array)
        list << value.toString();
    return list;
}

/** The Services named by an Ingress's backends (networking.k8s.io/v1: backend.service.name). */
QStringList ingressBackends(const QJsonObject &ingress)
{
    QStringList services;
    const QJsonObject spec = obj(ingress, "spec");
    const QString fallback = str(obj(obj(spec, "defaultBackend"), "service"), "name");
    if (!fallback.isEmpty())
        services << fallback;
    for (const QJsonValue &rule : arr(spec, "rules")) {
        for (const QJsonValue &path : arr(obj(rule.toObject(), "http"), "paths")) {
            const QString name = str(obj(obj(path.toObject(), "backend"), "service"), "name");
            if (!name.isEmpty() && !services.contains(name))
                services << name;
        }
    }
    return services;
}

/** The policy applies to ingress: policyTypes names Ingress, or (unset) it is implied. */
bool governsIngress(const QJsonObject &spec)
{
    const QStringList types = strings(arr(spec, "policyTypes"));
    return types.isEmpty() || types.contains(QStringLiteral("Ingress"));
}

/** An ingress rule without `from` (or with an empty one) admits every source. */
bool admitsAnySource(const QJsonObject &spec)
{
    for (const QJsonValue &rule : arr(spec, "ingress")) {
        if (arr(rule.toObject(), "from").isEmpty())
            return true;
    }
    return false;
}

} // namespace

bool labelSelectorMatches(const QJsonObject &selector, const QJsonObject &labels)
{
    const QJsonObject matchLabels = obj(selector, "matchLabels");
    for (auto it = matchLabels.begin(); it != matchLabels.end(); ++it) {
        if (labels.value(it.key()) != it.value())
            return false;
    }
    for (const QJsonValue &value : arr(selector, "matchExpressions")) {
        const QJsonObject expression = value.toObject();
        const QString key = str(expression, "key");
        const QString op = str(expression, "operator");
        const QStringList values = strings(arr(expression, "values"));
        const bool has = labels.contains(key);
        const QString label = labels.value(key).toString();
        if (op == u"In" && !(has && values.contains(label)))
            return false;
        if (op == u"NotIn" && has && values.contains(label))
            return false;
        if (op == u"Exists" && !has)
            return false;
        if (op == u"DoesNotExist" && has)
            return false;
        if (op != u"In" && op != u"NotIn" && op != u"Exists" && op != u"DoesNotExist")
            return false; // an operator the API server would refuse: select nothing rather than guess
    }
    return true;
}

void linkNetwork(Datastore &store, const QJsonObject &workload, const ClusterObjects &objects)
{
    const QJsonObject labels = obj(obj(obj(obj(workload, "spec"), "template"), "metadata"), "labels");

    const QStringList exposureLists{QStringLiteral("services"), QStringLiteral("ingresses")};
    QStringList unreadable;
    for (const QString &resource : exposureLists) {
        if (objects.unreadable.contains(resource))
            unreadable << objects.unreadable.value(resource);
    }
    if (!unreadable.isEmpty()) {
        store.exposureUnknown = unreadable.join(QStringLiteral("; "));
    } else {
        QStringList exposure;
        QStringList selecting;
        for (const QJsonObject &service : objects.services) {
            const QJsonObject spec = obj(service, "spec");
            const QJsonObject selector = obj(spec, "selector");
            // A Service selects pods by equality on every label of its selector; none: it selects no pod.
            if (selector.isEmpty() || !labelSelectorMatches(QJsonObject{{QStringLiteral("matchLabels"), selector}}, labels))
                continue;
            const QString name = nameOf(service);
            selecting << name;
            const QString type = str(spec, "type");
            if (type == u"NodePort" || type == u"LoadBalancer") {
                QStringList nodePorts;
                for (const QJsonValue &port : arr(spec, "ports")) {
                    const int nodePort = port.toObject().value(QStringLiteral("nodePort")).toInt();
                    if (nodePort > 0)
                        nodePorts << QString::number(nodePort);
                }
                exposure << (nodePorts.isEmpty()
                                 ? QCoreApplication::translate("Fleet", "Service %1 is of type %2").arg(name, type)
                                 : QCoreApplication::translate("Fleet", "Service %1 is of type %2 (node port %3)")
                                       .arg(name, type, nodePorts.join(QStringLiteral(", "))));
            }
            const QStringList external = strings(arr(spec, "externalIPs"));
            if (!external.isEmpty())
                exposure << QCoreApplication::translate("Fleet", "Service %1 has externalIPs %2").arg(name, external.join(QStringLiteral(", ")));
        }
        for (const QJsonObject &ingress : objects.ingresses) {
            for (const QString &backend : ingressBackends(ingress)) {
                if (selecting.contains(backend))
                    exposure << QCoreApplication::translate("Fleet", "Ingress %1 routes to Service %2").arg(nameOf(ingress), backend);
            }
        }
        store.exposure = exposure;
    }

    if (objects.unreadable.contains(QStringLiteral("networkpolicies"))) {
        store.policiesUnknown = objects.unreadable.value(QStringLiteral("networkpolicies"));
        return;
    }
    QStringList restricting;
    QStringList open;
    for (const QJsonObject &policy : objects.networkPolicies) {
        const QJsonObject spec = obj(policy, "spec");
        if (!governsIngress(spec) || !labelSelectorMatches(obj(spec, "podSelector"), labels))
            continue;
        (admitsAnySource(spec) ? open : restricting) << nameOf(policy);
    }
    store.ingressPolicies = restricting;
    store.openIngressPolicies = open;
}

} // namespace Fleet
