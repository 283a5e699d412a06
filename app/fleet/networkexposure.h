// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fleet/datastore.h"
#include "fleet/inventory.h"

#include <QJsonObject>

namespace Fleet {

/**
 * Whether a Kubernetes LabelSelector (matchLabels and matchExpressions with In, NotIn, Exists, DoesNotExist) selects
 * @p labels. An empty selector selects everything, as a NetworkPolicy's podSelector {} does.
 */
bool labelSelectorMatches(const QJsonObject &selector, const QJsonObject &labels);

/**
 * What reaches @p store (the pods of @p workload) over the network, from the namespace's objects:
 *  - store.exposure: every Service that selects its pods and is not ClusterIP-only (NodePort, LoadBalancer,
 *    externalIPs), and every Ingress whose backend is one of those Services; empty when there is none; unset
 *    when Services or Ingresses could not be listed (store.exposureUnknown says why).
 *  - store.ingressPolicies / store.openIngressPolicies: the NetworkPolicies that select its pods for ingress and
 *    admit only listed sources, or that admit any source (a rule without `from`); unset when NetworkPolicies could
 *    not be listed (store.policiesUnknown says why).
 * Pure.
 */
void linkNetwork(Datastore &store, const QJsonObject &workload, const ClusterObjects &objects);

} // namespace Fleet
