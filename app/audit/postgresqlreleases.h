// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace Audit::PostgresReleases {

/** One major release of PostgreSQL and the day its maintainers stop fixing it (the versioning policy). */
struct Release
{
    int major; ///< as server_version_num / 10000 from 10 on (17), / 100 before (906 for 9.6)
    QDate endOfLife;
};

/**
 * The end-of-life table, as data: https://www.postgresql.org/support/versioning/ (each major is fixed for five
 * years after its first release). Oldest first. A major older than the first row is past its end of life; one newer
 * than the last is not known to this table (a newer PostgreSQL than this Proofer knows), never assumed supported.
 */
const QList<Release> &table();

/** The major of a server_version_num: 170006 → 17, 90624 → 906. */
int majorOf(int serverVersionNumber);
/** The major as people write it: 17 → "17", 906 → "9.6". */
QString majorName(int major);

/** How a major stands against the table. */
struct Support
{
    enum class State { Supported, EndOfLife, Unknown };
    State state = State::Unknown;
    std::optional<QDate> endOfLife; ///< empty for a major older than the table (long past) or newer (unknown)
};

Support supportOf(int serverVersionNumber, const QDate &today);

} // namespace Audit::PostgresReleases
