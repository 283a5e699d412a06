// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace Fleet {

/** The kinds of datastore Proofer finds, probes and grades: one enum for the fleet, the audit and the models. */
enum class Kind { PostgreSQL, Redis, RabbitMQ };

/** "postgresql", "redis", "rabbitmq": the names used in JSON and target files. */
QString kindName(Kind kind);
/** "PostgreSQL", "Redis", "RabbitMQ": the product names, for people and for rule catalogues. */
QString kindDisplayName(Kind kind);
/** Either name, any case ("postgres" too). */
std::optional<Kind> kindFromName(const QString &name);
/** The port a kind listens on in the cluster (5432, 6379, 5671 for AMQPS). */
quint16 defaultPort(Kind kind);

} // namespace Fleet
