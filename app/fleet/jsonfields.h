// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QLatin1String>
#include <QString>

/** Short readers of Kubernetes objects' JSON fields, shared by discovery's parts (a missing field reads empty). */
namespace Fleet::Json {

inline QJsonObject obj(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toObject();
}

inline QJsonArray arr(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toArray();
}

inline QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

/** metadata.name */
inline QString nameOf(const QJsonObject &object)
{
    return str(obj(object, "metadata"), "name");
}

} // namespace Fleet::Json
