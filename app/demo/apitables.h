// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>

namespace Demo {

struct ApiResource;

/** True when @p accept asks for the server-side printing format (application/json;as=Table;g=meta.k8s.io;v=v1). */
bool acceptsTable(const QByteArray &accept);

/**
 * The meta.k8s.io/v1 Table of @p objects, with the columns the API server prints for the resource (pods: READY,
 * STATUS, RESTARTS, AGE, and IP, NODE at wide; deployments: READY, UP-TO-DATE, AVAILABLE; services: TYPE,
 * CLUSTER-IP, EXTERNAL-IP, PORT(S); PVCs: STATUS, VOLUME, CAPACITY, ACCESS MODES, STORAGECLASS; secrets: TYPE,
 * DATA; configmaps: DATA; others NAME and AGE), each row with the object's metadata as PartialObjectMetadata.
 */
QJsonObject tableOf(const ApiResource &resource, const QList<QJsonObject> &objects, const QJsonObject &listMetadata,
                    const QDateTime &now = QDateTime::currentDateTimeUtc());

/** "5s", "3m", "2d4h": an age as kubectl prints it. */
QString humanAge(qint64 seconds);

} // namespace Demo
