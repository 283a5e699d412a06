// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/versioninfo.h"

#include <QtGlobal>

#include <gpgme.h>
#include <hiredis/hiredis.h>
#include <libpq-fe.h>
#include <openssl/crypto.h>
#include <zlib.h>

namespace Core {

QString applicationVersion()
{
    return QStringLiteral(PROOFER_VERSION);
}

QList<LibraryVersion> libraryVersions()
{
    // PQlibVersion(): major * 10000 + minor since PostgreSQL 10.
    const int pq = PQlibVersion();
    const QString libpq = QStringLiteral("%1.%2").arg(pq / 10000).arg(pq % 10000);
    // hiredis 0.14 has no run-time version call: these are the headers it was built with.
    const QString hiredis = QStringLiteral("%1.%2.%3").arg(HIREDIS_MAJOR).arg(HIREDIS_MINOR).arg(HIREDIS_PATCH);
    const char *gpgme = gpgme_check_version(nullptr);

    return {
        {QStringLiteral("Qt"), QString::fromLatin1(qVersion())},
        {QStringLiteral("OpenSSL"), QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION))},
        {QStringLiteral("libpq"), libpq},
        {QStringLiteral("hiredis"), hiredis},
        {QStringLiteral("yaml-cpp"), QStringLiteral(PROOFER_YAMLCPP_VERSION)},
        {QStringLiteral("GPGME"), gpgme ? QString::fromLatin1(gpgme) : QStringLiteral("?")},
        {QStringLiteral("zlib"), QString::fromLatin1(zlibVersion())},
    };
}

} // namespace Core
