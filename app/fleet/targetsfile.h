// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fleet/fleetscanner.h"

#include <QList>
#include <QString>

namespace Fleet {

/** The datastores of a targets file, or the error (with its line) that stops it. */
struct TargetsFile
{
    QList<ScanTarget> targets;
    QString error;
};

/**
 * Reads `proofer scan --targets FILE`: operators without Kubernetes access list their datastores.
 *
 *   datastores:
 *     - {name: auth-db, kind: postgresql, host: 10.0.0.5, port: 5432, tlsServerName: auth-db-service,
 *        caFile: ca.pem, database: auth_db, user: auth_user, passwordFile: auth.pass}   # or passwordEnv: VAR
 *
 * Relative paths resolve against the file's directory; tlsServerName defaults to host; port to the
 * kind's. A missing CA file, an unknown kind or a missing field is an error naming the line.
 */
TargetsFile loadTargetsFile(const QString &path);

} // namespace Fleet
