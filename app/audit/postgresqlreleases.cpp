// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/postgresqlreleases.h"

namespace Audit::PostgresReleases {

const QList<Release> &table()
{
    // https://www.postgresql.org/support/versioning/ (final releases), oldest first.
    static const QList<Release> releases {
        { 900, QDate(2015, 10, 8) },  { 901, QDate(2016, 10, 27) }, { 902, QDate(2017, 11, 9) },
        { 903, QDate(2018, 11, 8) },  { 904, QDate(2020, 2, 13) },  { 905, QDate(2021, 2, 11) },
        { 906, QDate(2021, 11, 11) }, { 10, QDate(2022, 11, 10) },  { 11, QDate(2023, 11, 9) },
        { 12, QDate(2024, 11, 21) },  { 13, QDate(2025, 11, 13) },  { 14, QDate(2026, 11, 12) },
        { 15, QDate(2027, 11, 11) },  { 16, QDate(2028, 11, 9) },   { 17, QDate(2029, 11, 8) },
        { 18, QDate(2030, 11, 14) },
    };
    return releases;
}

int majorOf(int serverVersionNumber)
{
    return serverVersionNumber >= 100000 ? serverVersionNumber / 10000 : serverVersionNumber / 100;
}

QString majorName(int major)
{
    if (major >= 100)
        return QStringLiteral("%1.%2").arg(major / 100).arg(major % 100);
    return QString::number(major);
}

namespace {

/** Orders majors: 906 (9.6) comes before 10. */
int rank(int major)
{
    return major >= 100 ? major : major * 100;
}

} // namespace

Support supportOf(int serverVersionNumber, const QDate &today)
{
    const int major = majorOf(serverVersionNumber);
    const QList<Release> &releases = table();
    for (const Release &release : releases) {
        if (release.major == major)
            return { today > release.endOfLife ? Support::State::EndOfLife : Support::State::Supported,
                     release.endOfLife };
    }
    if (serverVersionNumber > 0 && rank(major) < rank(releases.first().major))
        return { Support::State::EndOfLife, std::nullopt };
    return { Support::State::Unknown, std::nullopt };
}

} // namespace Audit::PostgresReleases
