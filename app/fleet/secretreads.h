// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace Fleet {

/**
 * The Secrets the workloads (Deployments, StatefulSets) of @p workloads refer to by name — volumes (secret,
 * projected), env secretKeyRef and envFrom secretRef of their containers and init containers — sorted, each once.
 * What a scan reads one by one (get) when it may not list the namespace's Secrets: a Role that names them in
 * resourceNames lets it read those and no other.
 */
QStringList referencedSecretNames(const QList<QJsonObject> &workloads);

} // namespace Fleet
