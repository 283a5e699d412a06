// SPDX-License-Identifier: GPL-3.0-or-later
#include "fleet/kind.h"

namespace Fleet {

QString kindName(Kind kind)
{
    return kindDisplayName(kind).toLower();
}

QString kindDisplayName(Kind kind)
{
    switch (kind) {
    case Kind::PostgreSQL:
        return QStringLiteral("PostgreSQL");
    case Kind::Redis:
        return QStringLiteral("Redis");
    case Kind::RabbitMQ:
        return QStringLiteral("RabbitMQ");
    }
    return {};
}

std::optional<Kind> kindFromName(const QString &name)
{
    const QString lower = name.toLower();
    if (lower == u"postgresql" || lower == u"postgres")
        return Kind::PostgreSQL;
    if (lower == u"redis")
        return Kind::Redis;
    if (lower == u"rabbitmq")
        return Kind::RabbitMQ;
    return std::nullopt;
}

quint16 defaultPort(Kind kind)
{
    switch (kind) {
    case Kind::PostgreSQL:
        return 5432;
    case Kind::Redis:
        return 6379;
    case Kind::RabbitMQ:
        return 5671;
    }
    return 0;
}

} // namespace Fleet
