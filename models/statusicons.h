// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QIcon>

/**
 * The console's status and kind icons, drawn as vectors at whatever size and device pixel ratio
 * they are asked for (crisp on high-DPI screens). Each status has its own shape — a tick, a
 * triangle, a cross, a question mark — so it never rests on colour alone.
 */
namespace StatusIcons {

enum class Status { Unknown, Good, Warning, Bad, Pending };
enum class Shape { Database, KeyValue, Broker };

QIcon statusIcon(Status status);
/** A datastore kind: a database cylinder (PostgreSQL), a stacked key/value block (Redis), a broker (RabbitMQ). */
QIcon kindIcon(Shape shape);
/** The colour a status is drawn with; text of that status uses it too. */
QColor statusColor(Status status);
/** A finding an accepted risk of the policy covers: shown as accepted (a stamp), neither passed nor open. */
QIcon acceptedIcon();
QColor acceptedColor();

} // namespace StatusIcons
